"""`directory validate|import|export` through the CLI: exit codes, all-or-nothing, round trips."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import run_directory as run

from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import COLUMNS, write_csv

FRESH = dt.date.today() - dt.timedelta(days=10)


def _days_since(day: dt.date) -> int:
    """Counted when the test runs, not when the module was imported: a run that crosses
    midnight saw 11 days where the test said 10 (found in a landing at 23:58)."""
    return (dt.date.today() - day).days


OFFICE = Provider(
    id="al-tir-0001",
    name="Qendra Tjetër Vizion",
    categories=("shelter", "psychosocial"),
    city="Tiranë",
    region="AL-11",
    latitude=41.3275,
    longitude=19.8187,
    languages=("sq",),
    phone="+355 4 222 3334",
    email="info@example.org",
    verified_on=FRESH,
    notes='=HYPERLINK("http://x")',
)
HIDDEN = Provider(
    id="al-str-0002",
    name="Strehëz",
    categories=("shelter",),
    city="Shkodër",
    address="Rruga e fshehtë 1",
    region="AL-10",
    latitude=42.0683,
    longitude=19.5126,
    coverage=Coverage("radius", km=40.0),
    confidential_address=True,
    focal_point="Arta",
    verified_on=FRESH,
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = DirectoryStore("AL", tmp_path)
    store.create()
    with store.transaction(author="test") as transaction:
        transaction.put(OFFICE)
        transaction.put(HIDDEN)
    return tmp_path


def stored(root: Path) -> bytes:
    return (root / "al.json").read_bytes()


def test_validate_exit_0_with_only_warnings(root: Path) -> None:
    result = run(root, "validate", "AL")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "svcmatch: AL: 0 errors, 0 warnings in 2 providers\n"


def test_validate_exit_1_with_an_error_and_says_how_to_fix(root: Path) -> None:
    document = json.loads((root / "al.json").read_text(encoding="utf-8"))
    document["providers"][OFFICE.id]["email"] = "not-an-email"  # by another tool: the checks refuse it
    (root / "al.json").write_text(json.dumps(document), encoding="utf-8")
    result = run(root, "validate", "AL", "--stale-after", "5d")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "al-str-0002: warning: verified_on: last verified "
        f"{FRESH.isoformat()}, {_days_since(FRESH)} days ago (fix: check the record with the provider, "
        "then svcmatch directory "
        "verify AL al-str-0002 --by <your name>)",
        "al-tir-0001: error: email: 'not-an-email' is not an e-mail address "
        "(fix: svcmatch directory edit AL al-tir-0001 --set email=name@example.org)",
        "al-tir-0001: warning: verified_on: last verified "
        f"{FRESH.isoformat()}, {_days_since(FRESH)} days ago (fix: check the record with the provider, "
        "then svcmatch directory "
        "verify AL al-tir-0001 --by <your name>)",
    ]
    assert result.stderr == "svcmatch: AL: 1 error, 2 warnings in 2 providers\n"
    document = json.loads(run(root, "validate", "AL", "--format", "json").stdout)
    assert (document["errors"], document["warnings"], document["findings"][0]["field"]) == (1, 0, "email")


def test_export_csv_to_stdout_hides_confidential_location(root: Path) -> None:
    result = run(root, "export", "AL")
    assert result.exit_code == 0
    assert result.stdout_bytes == write_csv(DirectoryStore("AL", root).load()).encode("utf-8")
    assert "Rruga e fshehtë" not in result.stdout and "42.0683" not in result.stdout
    assert result.stderr == (
        "svcmatch: left out the address, town and coordinates of 1 confidential shelter "
        "(--include-confidential keeps them)\n"
    )
    assert "Rruga e fshehtë" in run(root, "export", "AL", "--include-confidential").stdout


def test_export_then_import_changes_nothing(root: Path, tmp_path: Path) -> None:
    before = stored(root)
    assert run(root, "export", "AL", "-o", str(root / "al.json")).exit_code == 2
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    for name in ("al.csv", "al.json", "al.xlsx"):
        assert run(root, "export", "AL", "-o", str(tmp_path / name)).exit_code == 0
        result = run(root, "import", "AL", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert result.stderr.endswith("0 added, 0 updated, 2 unchanged\n")
        assert stored(root) == before
    assert (tmp_path / "al.csv").read_bytes().startswith(b"\xef\xbb\xbfid,name,")


def test_import_is_all_or_nothing_and_reports_every_bad_row(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "new.csv"
    sheet.write_text(
        "name;categories;region;latitude;longitude\r\n"
        "Shtëpia e Re;shelter;Durrës;41,3233;19,4414\r\n"
        "Bad;xylophone;Durrës;41,3;19,4\r\n"
        "Worse;legal;Durrës;abc;19,4\r\n",
        encoding="utf-8-sig",
    )
    before = stored(root)
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "svcmatch: error: row 3, categories: unknown categories xylophone "
        "(set categories=<need codes>; closest codes to 'xylophone': basic_needs, employment, "
        "security; `svcmatch needs` lists them)",
        "svcmatch: error: row 4, latitude: 'abc' is not a number (write a decimal number such as 41.3275)",
        f"svcmatch: import refused, nothing written: 2 problems in {sheet} "
        "(fix them, or use --skip-invalid to import 1 good row)",
    ]
    assert stored(root) == before

    dry = run(root, "import", "AL", str(sheet), "--dry-run")
    assert dry.exit_code == 1 and stored(root) == before
    assert dry.stderr.splitlines()[-1] == (
        "svcmatch: dry run, nothing written: 1 good row would give 1 added, 0 updated, 0 unchanged; "
        "2 problems"
    )

    skipped = run(root, "import", "AL", str(sheet), "--skip-invalid", "--author", "Office Durrës")
    assert skipped.exit_code == 1
    assert skipped.stderr.splitlines()[-1] == (
        f"svcmatch: imported {sheet} into AL: 1 added, 0 updated, 0 unchanged; "
        "refused 2 problems (rows left out)"
    )
    added = [p for p in DirectoryStore("AL", root).load().providers if p.name == "Shtëpia e Re"]
    assert [(p.region, p.latitude, p.id.startswith("al-")) for p in added] == [("AL-02", 41.3233, True)]
    assert DirectoryStore("AL", root).history()[-1].author == "Office Durrës"


def test_import_updates_by_id_and_keeps_confidential_location(root: Path) -> None:
    result = run(
        root,
        "import",
        "AL",
        "-",
        input="id,name,address,latitude,longitude\r\nal-str-0002,Strehëz e Re,,,\r\n",
    )
    assert result.exit_code == 0, result.output
    shelter = DirectoryStore("AL", root).load().get("al-str-0002")
    assert shelter == HIDDEN.with_changes(name="Strehëz e Re")


def test_dry_run_of_a_good_file_exits_0_and_writes_nothing(root: Path) -> None:
    before = stored(root)
    result = run(root, "import", "AL", "-", "--dry-run", input="id,phone\r\nal-tir-0001,+355 4 999 9999\r\n")
    assert result.exit_code == 0
    assert "1 updated" in result.stderr and stored(root) == before


def test_formula_cells_round_trip_through_the_cli(root: Path) -> None:
    exported = run(root, "export", "AL").stdout
    assert ',"\'=HYPERLINK(""http://x"")",' in exported and ",+355 4 222 3334," in exported
    assert run(root, "import", "AL", "-", input=exported).exit_code == 0
    assert DirectoryStore("AL", root).load().get("al-tir-0001") == OFFICE


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["missing.csv"],
            "svcmatch: error: import file 'missing.csv' does not exist (check the file name)\n",
        ),
        (
            ["-", "--strict"],
            "svcmatch: error: --strict and --taxonomy-map apply to --format hsds only (leave them out)\n",
        ),
        (
            ["-", "--format", "json"],
            "svcmatch: error: standard input: not valid JSON: Expecting value at line 1, column 1 "
            "(give a JSON list of provider records)\n",
        ),
    ],
)
def test_unreadable_input_is_one_line_and_writes_nothing(root: Path, args: list[str], message: str) -> None:
    before = stored(root)
    result = run(root, "import", "AL", *args, input="not json")
    assert (result.exit_code, result.stderr) == (2, message)
    assert stored(root) == before


def test_unknown_column_refuses_the_whole_file_even_with_skip_invalid(root: Path) -> None:
    result = run(root, "import", "AL", "-", "--skip-invalid", input="nmae,categories\r\nX,shelter\r\n")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "svcmatch: error: row 1, nmae: unknown column 'nmae' (did you mean name?"
        " rename it to a template column (docs/spreadsheets.md), or delete the column)"
    )
    assert len(DirectoryStore("AL", root).load().providers) == 2


def test_export_xlsx_needs_a_file_on_a_terminal_but_not_in_a_pipe(root: Path) -> None:
    result = run(root, "export", "AL", "--format", "xlsx")
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"PK")


def test_hsds_export_then_import_goes_through_the_same_apply_path(root: Path, tmp_path: Path) -> None:
    target = tmp_path / "al-hsds.json"
    exported = run(root, "export", "AL", "--format", "hsds-json", "-o", str(target), "--include-confidential")
    assert exported.exit_code == 0, exported.output
    result = run(root, "import", "AL", str(target), "--format", "hsds", "--dry-run")
    assert result.exit_code in (0, 1), result.output
    assert "would give" in result.stderr


def test_template_header_is_what_export_writes(root: Path) -> None:
    assert run(root, "export", "AL").stdout.splitlines()[0] == ",".join(COLUMNS) + ",revision"
