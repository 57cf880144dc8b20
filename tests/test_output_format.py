"""`-o FILE` without `--format` writes the format the file's extension names: `match -o
results.csv` wrote a text table and `batch -o results.csv` JSON lines into a .csv file. A given
`--format` always wins, and an extension that names no format of the command keeps the default."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main

MATCH = ["match", "--country", "AL", "--to", "Shkoder", "--needs", "shelter", "--sex", "female"]


def _run(*args: str) -> None:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("results.csv", lambda text: next(csv.reader(text.splitlines()))[:3] == ["need", "rank", "plan"]),
        ("results.json", lambda text: "needs" in json.loads(text)),
        ("results.jsonl", lambda text: all(json.loads(line) for line in text.splitlines())),
        ("results.md", lambda text: text.lstrip().startswith(("#", "|", "**"))),
        ("results.txt", lambda text: "----" in text),  # no format of its own: the table
    ],
)
def test_match_writes_the_format_its_output_file_names(tmp_path: Path, name: str, check: object) -> None:
    out = tmp_path / name
    _run(*MATCH, "-o", str(out))
    # utf-8-sig: a CSV file starts with a byte-order mark, for Excel (ninth caseworker pass)
    text = out.read_text(encoding="utf-8-sig")
    assert callable(check) and check(text), text[:300]


def test_a_given_format_wins_over_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    _run(*MATCH, "-o", str(out), "--format", "json")
    assert "needs" in json.loads(out.read_text(encoding="utf-8"))


def test_batch_writes_csv_to_a_csv_file(tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nc1,AL,Shkoder,shelter\n", encoding="utf-8")
    out = tmp_path / "results.csv"
    _run("batch", str(cases), "-o", str(out))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))  # a BOM for Excel
    assert [row["case_id"] for row in rows] == ["c1"]
    jsonl = tmp_path / "results.jsonl"
    _run("batch", str(cases), "-o", str(jsonl))
    assert json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])["case_id"] == "c1"
    forced = tmp_path / "forced.csv"
    _run("batch", str(cases), "-o", str(forced), "--format", "jsonl")
    assert json.loads(forced.read_text(encoding="utf-8").splitlines()[0])["case_id"] == "c1"
