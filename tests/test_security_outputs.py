"""Outputs opened by other programs: HTML escaped, CSV formulas neutralised, JSON always valid."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore

SCRIPT = '<script>alert("x")</script>'
IMG = "<img src=x onerror=alert(1)>"
FORMULAS = [
    '=HYPERLINK("http://evil","click")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
]
HOSTILE = Provider(
    id="al-tir-0001",
    name=f"Qendra {SCRIPT}",
    categories=("shelter", "legal"),
    city=IMG,
    region="AL-11",
    latitude=41.3275,
    longitude=19.8187,
    coverage=Coverage("national"),
    phone="+355 4 222 333",
    focal_point=FORMULAS[0],
    email="a@example.org",
    website="javascript:alert(1)",
    notes=FORMULAS[1],
    how_to_refer=f"call {IMG}\u2028then\x0bwrite",
    organization_type="ngo",
    documents_required=(FORMULAS[3],),
)
FORMULA_NAMES = [
    Provider(
        id=f"al-f-{n}",
        name=text,
        categories=("legal",),
        region="AL-10",
        city="Shkodër",
        latitude=42.07,
        longitude=19.51,
        coverage=Coverage("national"),
        focal_point=text,
    )
    for n, text in enumerate(FORMULAS)
]
CASE = ["--country", "AL", "--to", "Tirana", "--needs", "shelter,legal"]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dirs")
    store = DirectoryStore("AL", folder)
    store.create(author="t", title=f"Directory {SCRIPT}")
    # Written by another tool: the checks refuse control characters in new records (issue 14
    # item 21), and every output must still be safe with a file that holds them.
    document = json.loads(store.path.read_text(encoding="utf-8"))
    document["providers"] = {p.id: p.to_record() for p in (HOSTILE, *FORMULA_NAMES)}
    store.path.write_text(json.dumps(document), encoding="utf-8")
    return folder


def run(root: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--directories", str(root), *args])
    assert result.exit_code in (0, 1), (args, result.output)
    return result.stdout


def assert_escaped(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered and 'href="javascript:' not in lowered
    assert "&lt;script&gt;" in lowered or "&lt;img" in lowered  # the values are there, as text


def test_html_escapes_every_value(root: Path) -> None:
    assert_escaped(
        run(
            root,
            "package",
            *CASE,
            "--case-ref",
            "R-1",
            "--draft",
            "--format",
            "html",
            "--notes-for",
            f"shelter={SCRIPT}",
            "--met-by",
            IMG,
            "--prepared-by",
            SCRIPT,
        )
    )
    coverage = run(root, "coverage", "AL", "-f", "html").lower()
    assert "<script" not in coverage and "<img" not in coverage


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


def assert_no_formula(text: str, name: str) -> None:
    bad = [
        c
        for c in cells(text)
        if c[:1] in ("=", "+", "-", "@", "\t", "\r")
        and not c.replace(" ", "").lstrip("+-").replace(".", "").isdigit()
    ]
    assert not bad, (name, bad)


def test_every_csv_output_neutralises_formulas(root: Path, tmp_path: Path) -> None:
    outputs = {
        "list": run(root, "directory", "list", "AL", "-f", "csv"),
        "show": run(root, "directory", "show", "AL", "al-f-0", "-f", "csv"),
        "stale": run(root, "directory", "stale", "AL", "-f", "csv"),
        "history": run(root, "directory", "history", "AL", "-f", "csv"),
        "export": run(root, "directory", "export", "AL", "--format", "csv"),
        "match": run(root, "match", *CASE, "-f", "csv", "--top", "10"),
        "coverage": run(root, "coverage", "AL", "-f", "csv"),
    }
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs\n"
        + "".join(f'"{f}",AL,Tirana,legal\n' for f in FORMULAS)
        + '"=1+2",AL,"=cmd|x",legal\n',
        encoding="utf-8",
    )
    outputs["batch"] = run(root, "batch", str(cases), "--format", "csv")
    for name, text in outputs.items():
        assert_no_formula(text, name)
    assert "'=HYPERLINK" in outputs["match"] and "+355 4 222 333" in outputs["export"]  # phones stay


def test_every_json_output_is_valid_json(root: Path, tmp_path: Path) -> None:
    documents = [
        run(root, "match", *CASE, "-f", "json", "--explain-excluded"),
        run(root, "package", *CASE, "--case-ref", "R-1", "--draft", "--format", "json"),
        run(root, "coverage", "AL", "-f", "json"),
        run(root, "directory", "list", "AL", "-f", "json"),
        run(root, "directory", "show", "AL", HOSTILE.id, "-f", "json"),
        run(root, "directory", "history", "AL", "-f", "json"),
        run(root, "directory", "export", "AL", "--format", "json"),
        run(root, "locate", "Tirana", "--country", "AL", "-f", "json"),
    ]
    for text in documents:
        json.loads(text)
    lines = run(root, "directory", "list", "AL", "-f", "jsonl").rstrip("\n").split("\n")
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps({"case_id": SCRIPT + "\u2028", "country": "AL", "to": "Tirana", "needs": "legal"})
        + "\n{broken\n",
        encoding="utf-8",
    )
    lines += run(root, "batch", str(cases)).rstrip("\n").split("\n")  # JSON lines: \n only
    assert len(lines) == len(FORMULA_NAMES) + 1 + 2
    for line in lines:
        json.loads(line)
    json.loads(run(root, "batch", str(cases), "--format", "json"))
