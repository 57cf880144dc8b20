"""Spreadsheets as Excel and openpyxl save them, imported into a fresh directory through the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from helpers import run_directory as run
from hypothesis import HealthCheck, given, settings
from test_tabular import directories

from svcmatch.model import Directory
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import read_bytes, write_csv

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "providers-al.csv"


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    result = run(tmp_path, "init", "AL")
    assert result.exit_code == 0, result.output
    return tmp_path


def test_the_example_spreadsheet_is_as_excel_saves_it() -> None:
    data = EXAMPLE.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid;name;")
    assert data.count(b"\r\n") >= 5 and b"\n" not in data.replace(b"\r\n", b"")
    assert b";42,0683;19,5126;" in data


def test_excel_csv_imports_into_a_fresh_directory(fresh: Path) -> None:
    result = run(fresh, "import", "AL", str(EXAMPLE), "--author", "Office Tirana")
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith(f"svcmatch: imported {EXAMPLE} into AL: 4 added, 0 updated, 0 unchanged\n")
    # every word read other than as a code is said once (issue 13)
    assert "svcmatch: note: categories: read 'doctor' as medical (synonym)\n" in result.stderr
    providers = {p.id: p for p in DirectoryStore("AL", fresh).load().providers}
    shelter = providers["al-exa-1a2b"]
    assert (shelter.latitude, shelter.longitude) == (42.0683, 19.5126)  # decimal commas
    assert shelter.region == "AL-10" and shelter.coverage.regions == ("AL-10", "AL-08")  # names
    assert shelter.capacity_updated == dt.date(2026, 10, 15)  # 15.10.2026
    assert shelter.notes == "Call the focal point first;\nadmissions at any hour by phone."
    assert shelter.confidential_address and shelter.vot_specialised and not shelter.unaccompanied_minors
    assert providers["al-tir-3c4d"].region == "AL-11"  # "Tirana"
    new = {p.name: p for p in providers.values() if p.id not in ("al-exa-1a2b", "al-tir-3c4d")}
    clinic = new["Example Health Centre Vlorë"]
    assert clinic.categories == ("medical", "psychosocial")  # "doctor, counselling"
    assert clinic.status == "active"  # a blank status cell
    assert clinic.verified_on == dt.date(2026, 11, 1)  # 01.11.2026: dots are day first
    assert clinic.id.startswith("al-vlo-")
    jobs = new["Example Job and Business Centre Durrës"]
    assert jobs.categories == ("vocational_training", "employment", "income_generation")  # livelihood
    history = json.loads(run(fresh, "history", "AL", "--format", "json").stdout)
    assert {e["author"] for e in history if e["action"] == "import"} == {"Office Tirana"}
    assert run(fresh, "validate", "AL").exit_code == 0


def test_excel_csv_with_an_unknown_word_is_refused_whole(fresh: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8-sig").replace("doctor, counselling", "doctor, xylophone")
    result = run(fresh, "import", "AL", "-", input=text.encode("utf-8-sig"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("svcmatch: error:")]
    assert errors[0] == (
        "svcmatch: error: row 4, categories: unknown categories xylophone "
        "(set categories=<need codes>; closest codes to 'xylophone': basic_needs, employment, "
        "security; `svcmatch needs` lists them)"
    )
    assert DirectoryStore("AL", fresh).load().providers == ()


def test_xlsx_made_with_openpyxl_imports_into_a_fresh_directory(fresh: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Partners 2026"
    sheet.append(["Name", "Categories", "City", "Region", "Latitude", "Longitude", "Coverage", "Min age"])
    sheet.append(
        ["Strehëz (example)", "Shelter, Medical", "Korçë", "Korçë", 40.6186, 20.7808, "national", 18]
    )
    sheet.append([None, None, None, None, None, None, None, None])
    sheet.append(["Punë (example)", "livelihood", "Durrës", "AL-02", 41.3233, 19.4414, "radius:30", None])
    sheet["I1"] = "VoT specialised"
    sheet["I2"] = True
    sheet["J1"] = "Verified on"
    sheet["J2"] = dt.datetime(2026, 3, 2)
    sheet["K1"] = "Capacity available"
    sheet["K4"] = 2.0
    path = tmp_path / "office.xlsx"
    book.save(path)
    result = run(fresh, "import", "AL", str(path))
    assert result.exit_code == 0, result.output
    listed = json.loads(run(fresh, "list", "AL", "--format", "json").stdout)
    assert [(p["name"], p["categories"], p["region"], p["verified_on"]) for p in listed] == [
        ("Punë (example)", ["vocational_training", "employment", "income_generation"], "AL-02", None),
        ("Strehëz (example)", ["shelter", "medical"], "AL-06", "2026-03-02"),
    ]
    stored = {p.name: p for p in DirectoryStore("AL", fresh).load().providers}
    assert stored["Strehëz (example)"].vot_specialised is True
    assert stored["Strehëz (example)"].min_age == 18
    assert stored["Punë (example)"].capacity_available == 2
    assert stored["Punë (example)"].coverage.km == 30


def _as_excel_resaves(exported: str) -> bytes:
    """What Excel in a decimal-comma locale writes when it saves the export again as CSV UTF-8."""
    rows = list(csv.reader(io.StringIO(exported, newline="")))
    header = rows[0]
    for row in rows[1:]:
        for index, column in enumerate(header):
            if column in ("latitude", "longitude"):
                row[index] = row[index].replace(".", ",")
            elif column.endswith(("_on", "_updated")) and row[index]:
                row[index] = dt.date.fromisoformat(row[index]).strftime("%d.%m.%Y")
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directories())
def test_export_then_excel_resave_then_import_into_a_fresh_directory(original: Directory) -> None:
    resaved = _as_excel_resaves(write_csv(original, include_confidential=True))
    fresh = read_bytes(resaved, "AL", fmt="csv")
    assert fresh.problems == []
    assert tuple(fresh.providers) == original.providers
