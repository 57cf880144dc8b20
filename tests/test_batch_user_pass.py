"""A script author's and a batch user's pass over `svcmatch batch` (session fourteen).

Each test holds a problem found by running batch as its users do: caseloads saved by Excel or
written by scripts, mixed countries, bad rows among good ones, exit codes a script checks.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import directory_folder

from svcmatch import batch
from svcmatch.cli import main
from svcmatch.errors import ExitCode

TODAY = "2026-03-01"

PROVIDERS = [
    {
        "id": "al-tir-0001",
        "name": "Women's Safe House",
        "categories": ["shelter", "medical"],
        "city": "Tirana",
        "address": "Rruga 1",
        "region": "AL-11",
        "latitude": 41.33,
        "longitude": 19.82,
        "coverage": {"kind": "national"},
        "sexes": ["female"],
        "verified_on": "2026-01-15",
    },
    {
        "id": "al-shk-0002",
        "name": "Shkodër Legal Aid",
        "categories": ["legal"],
        "city": "Shkodër",
        "address": "Rruga 2",
        "region": "AL-10",
        "latitude": 42.07,
        "longitude": 19.51,
        "coverage": {"kind": "national"},
        "verified_on": "2026-02-01",
    },
]


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return directory_folder(tmp_path / "directories", PROVIDERS)


def _run(root: Path, args: list[str], data: bytes | None = None) -> Result:
    return CliRunner().invoke(
        main, ["--directories", str(root), "batch", *args, "--today", TODAY], input=data
    )


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def _errors(result: Result) -> dict[str, str]:
    return {str(r["case_id"]): str(r["error"]) for r in _records(result.stdout) if "error" in r}


# --------------------------------------------------------------------------- a damaged directory


def test_a_damaged_directory_file_is_exit_3_as_documented_and_said_once(root: Path, tmp_path: Path) -> None:
    """docs/batch.md: exit 3 when 'a directory file cannot be read'. A caseload of AL and UA
    cases where ua.json was damaged (a git merge left it cut) exited 1, as if some cases were
    wrong, with the damage in every UA record and never on stderr; a script checking for 3 to
    alert the country office never saw it. The AL cases are still matched."""
    (root / "ua.json").write_text('{"meta": ', encoding="utf-8")
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs\nA1,AL,Tirana,shelter\nU1,UA,Lviv,shelter\nU2,UA,Kyiv,legal\n"
        "A2,AL,Nowhere-Xyz,legal\n",
        encoding="utf-8",
    )
    result = _run(root, [str(cases)])
    assert result.exit_code == ExitCode.DATA == 3, result.output
    records = _records(result.stdout)
    assert [r["case_id"] for r in records] == ["A1", "U1", "U2", "A2"]
    assert "error" not in records[0] and "ua.json" in str(records[1]["error"])
    said = [line for line in result.stderr.splitlines() if "ua.json" in line]
    assert len(said) == 1 and said[0].startswith("svcmatch: error: "), result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "svcmatch: 4 cases: 1 matched (0 with unmet needs), 3 failed "
        "(2 because a directory file cannot be used)"
    )


def test_a_damaged_directory_file_is_read_once_per_run_not_once_per_case(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each UA case read the damaged file again: 256 reads of it in a caseload of 1,000."""
    (root / "ua.json").write_text("{", encoding="utf-8")
    reads: list[str] = []
    real = batch.load_directory

    def counted(country: str, directories: str | None = None) -> object:
        reads.append(country)
        return real(country, directories)

    monkeypatch.setattr(batch, "load_directory", counted)
    settings = batch.BatchSettings(today=dt.date(2026, 3, 1), root=str(root))
    data = "case_id,country,to,needs\n" + "".join(f"U{i},UA,Lviv,shelter\n" for i in range(20))
    outcomes = list(batch.run_batch(batch.CaseReader(io.BytesIO(data.encode()), "csv"), settings))
    assert len(outcomes) == 20 and not any(o.ok for o in outcomes)
    assert reads == ["UA"]
    summary = batch.Summary()
    for outcome in outcomes:
        summary.add(outcome)
    assert summary.exit_code == ExitCode.DATA


def test_a_country_without_a_directory_stays_a_failed_case_exit_1(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nA1,AL,Tirana,shelter\nM1,MA,Fez,shelter\n", encoding="utf-8")
    result = _run(root, [str(cases)])
    assert result.exit_code == 1, result.output
    assert "no directory for MA" in _errors(result)["M1"]
