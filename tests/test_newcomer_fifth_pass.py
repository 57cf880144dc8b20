"""A fifth newcomer pass: following README.md from a fresh clone. Each test is a problem that
the pass found."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.storage import DirectoryStore, bundled_root


def test_init_among_a_checkouts_samples_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a clone, ./directories holds the samples: `directory init GH` put the office's real
    directory among them without a word (`git clean` in the checkout would take it away)."""
    shutil.copytree(bundled_root(), tmp_path / "directories")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    monkeypatch.setenv("SVCMATCH_AUTHOR", "newcomer")
    result = CliRunner().invoke(main, ["directory", "init", "GH"])
    assert result.exit_code == 0, result.output
    assert (
        "note: directories holds the SAMPLE directories of AL, MA, NG, UA; gh.json is beside them "
        "(keep your own apart: remove it and its history folder directories/history/gh, then "
        "`svcmatch --directories ./my-dirs directory init GH`)"
    ) in result.stderr
    # the newcomer's find (session 28): "remove it" left directories/history/gh/ among the samples
    assert (tmp_path / "directories" / "history" / "gh").is_dir()
    assert not DirectoryStore("GH", tmp_path / "directories").is_sample()


def test_init_in_a_folder_of_its_own_says_nothing_of_samples(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--directories", str(tmp_path / "mine"), "directory", "init", "GH"])
    assert result.exit_code == 0, result.output
    assert "SAMPLE" not in result.stderr
