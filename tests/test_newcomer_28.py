"""The newcomer's screen of session twenty-eight: what the README and the help show runs as shown
and does what it says."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from svcmatch.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_match_help_example_names_a_case_file_that_ships() -> None:
    """`match --help` showed `--case case.json`, a file no one has: run from the clone it said
    "cannot read case file 'case.json'". Its example now names the shipped one."""
    command = main.get_command(click.Context(main), "match")
    assert command is not None and command.help is not None
    files = re.findall(r"--case (\S+)", command.help)
    assert files
    for name in files:
        assert (ROOT / name).is_file(), name


def test_readme_office_block_reads_the_office_directory_not_the_sample() -> None:
    """The country office's block built ./my-dirs/al.json and then ran `svcmatch coverage AL`,
    which read the bundled SAMPLE (10 gaps) instead of the office's file (164 gaps)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("directory init AL", 1)[1].split("```", 1)[0]
    for line in block.splitlines():
        if line.startswith("svcmatch ") and " AL" in line:
            assert line.startswith("svcmatch --directories ./my-dirs "), line


def test_the_help_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    args = [
        "match",
        "--case",
        "examples/case-al.json",
        "--language",
        "it",
        "--format",
        "json",
        "-o",
        "m.json",
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "m.json").stat().st_size > 0
