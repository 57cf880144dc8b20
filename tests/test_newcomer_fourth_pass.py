"""A fourth newcomer pass: README.md followed from the top, then the newcomer's own country's
directory started with `directory init`. Each test is a problem that the pass found."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.storage import bundled_root

MATCH = [
    "match",
    "--country",
    "AL",
    "--to",
    "Shkodra",
    "--needs",
    "shelter",
    "--sex",
    "female",
    "--age",
    "24",
]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of the newcomer's own, with no ./directories yet and no folder set."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path


def test_after_init_of_their_own_country_the_readme_match_names_the_sample(here: Path) -> None:
    """A Kosovo office's newcomer ran README's match on the AL sample, then `directory init XK`
    (which made ./directories here). The same match then failed: `no directory for AL
    (directories/al.json does not exist; directories holds: XK) (start one with ... directory
    init AL)`, a fix that gives an empty directory; nothing said where the sample had gone."""
    assert CliRunner().invoke(main, MATCH).exit_code == 0
    init = CliRunner().invoke(main, ["directory", "init", "XK"])
    assert init.exit_code == 0, init.output
    assert (
        "svcmatch uses it when run from here, instead of the bundled samples (AL, MA, NG, UA)" in init.stderr
    )
    again = CliRunner().invoke(main, MATCH)
    assert again.exit_code != 0
    assert again.stderr.count("\n") == 1
    assert "the bundled sample of AL is read only without --directories and ./directories" in again.stderr
    fix = f"or use the sample: `svcmatch --directories {bundled_root()} ...`"
    assert fix in again.stderr
    assert CliRunner().invoke(main, ["--directories", str(bundled_root()), *MATCH]).exit_code == 0


def test_a_country_with_no_sample_is_told_only_to_start_one(here: Path) -> None:
    CliRunner().invoke(main, ["directory", "init", "XK"])
    result = CliRunner().invoke(main, ["match", "--country", "CO", "--to", "Bogotá", "--needs", "shelter"])
    assert result.exit_code != 0
    assert result.stderr == (
        "svcmatch: error: no directory for CO (directories/co.json does not exist; directories holds: XK) "
        "(start one with `svcmatch --directories directories directory init CO`)\n"
    )
