"""Spreadsheet round trips that must not lose data or protection (issue 14 items 1, 11, 14, 18)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_import_export import HIDDEN, OFFICE

from svcmatch import tables
from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import EXPORT_COLUMNS, read_bytes

openpyxl = pytest.importorskip("openpyxl")
DEFLATED = zipfile.ZIP_DEFLATED


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = DirectoryStore("AL", tmp_path / "dirs")
    store.create()
    with store.transaction(author="test") as transaction:
        transaction.put(OFFICE)
        transaction.put(HIDDEN)
    return tmp_path / "dirs"


def run(root: Path, *args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args], input=input)


def stored(root: Path, provider_id: str) -> object:
    return next(p for p in DirectoryStore("AL", root).load().providers if p.id == provider_id)


def edited_csv(text: str, provider_id: str, **cells: str) -> str:
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    for row in rows:
        if row["id"] == provider_id:
            row.update(cells)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


# --- item 1: a blank confidential_address cell keeps the protection ------------------------


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_confidential_cell_keeps_the_stored_flag(root: Path, blank: str) -> None:
    exported = run(root, "export", "AL").stdout
    sheet = edited_csv(exported, HIDDEN.id, confidential_address=blank, notes="called on Monday")
    result = run(root, "import", "AL", "-", input=sheet)
    assert result.exit_code == 0, result.output
    shelter = stored(root, HIDDEN.id)
    assert shelter.confidential_address is True  # type: ignore[attr-defined]
    assert shelter.notes == "called on Monday"  # type: ignore[attr-defined]
    assert shelter.address == HIDDEN.address  # type: ignore[attr-defined]
    match = CliRunner().invoke(
        main,
        ["--directories", str(root), "match", "--country", "AL", "--to", "Shkodër", "--needs", "shelter"],
    )
    assert HIDDEN.address not in match.output


def test_a_blank_confidential_field_in_json_keeps_the_flag_and_no_means_no(root: Path) -> None:
    record = {"id": HIDDEN.id, "confidential_address": None, "notes": "x"}
    assert run(root, "import", "AL", "-", "--format", "json", input=f"[{_json(record)}]").exit_code == 0
    assert stored(root, HIDDEN.id).confidential_address is True  # type: ignore[attr-defined]
    record["confidential_address"] = "no"
    # eighth pass: making a confidential shelter public takes --make-public
    assert run(root, "import", "AL", "-", "--format", "json", input=f"[{_json(record)}]").exit_code == 2
    assert stored(root, HIDDEN.id).confidential_address is True  # type: ignore[attr-defined]
    made = run(root, "import", "AL", "-", "--format", "json", "--make-public", input=f"[{_json(record)}]")
    assert made.exit_code == 0
    assert stored(root, HIDDEN.id).confidential_address is False  # type: ignore[attr-defined]


def _json(record: dict[str, object]) -> str:
    import json

    return json.dumps(record)


# --- item 11: an old export does not undo a newer edit ---------------------------------------


def test_each_exported_row_carries_the_revision(root: Path, tmp_path: Path) -> None:
    text = run(root, "export", "AL").stdout
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert {row["id"]: row["revision"] for row in rows} == {OFFICE.id: "1", HIDDEN.id: "1"}
    assert '"revision": 1' in run(root, "export", "AL", "--format", "json").stdout
    path = tmp_path / "al.xlsx"
    assert run(root, "export", "AL", "-o", str(path)).exit_code == 0
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header[-1] == "revision" and sheet.cell(2, len(header)).value == 1


def test_an_old_export_is_refused_field_by_field_unless_overwrite(root: Path) -> None:
    old = run(root, "export", "AL").stdout
    assert run(root, "edit", "AL", OFFICE.id, "--set", "phone=+355 4 222 9999").exit_code == 0
    stale = edited_csv(old, OFFICE.id, email="new@example.org")
    result = run(root, "import", "AL", "-", input=stale)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("svcmatch: error:")]
    assert lines == [
        f"svcmatch: error: row 3 ({OFFICE.id}), phone: changed since this file was exported (stored "
        "revision 2, the file's 1): stored '+355 4 222 9999', file '+355 4 222 3334' (export again and "
        "redo the edit there, or import with --overwrite to keep the file's)",
        # the file's own edit, refused with the row: not said to have changed since (the history tells)
        f"svcmatch: error: row 3 ({OFFICE.id}), email: edited in this file; the row is refused with it, "
        "since phone changed after the export (stored revision 2, the file's 1): stored 'info@example.org', "
        "file 'new@example.org' (export again and redo the edit there, or import with --overwrite to keep "
        "the file's)",
    ]
    assert stored(root, OFFICE.id).phone == "+355 4 222 9999"  # type: ignore[attr-defined]
    # the same old file with no change to that record passes: the row is unchanged
    assert (
        run(root, "import", "AL", "-", input=edited_csv(old, OFFICE.id, phone="+355 4 222 9999")).exit_code
        == 0
    )
    # --overwrite takes the file's values
    assert run(root, "import", "AL", "-", "--overwrite", input=stale).exit_code == 0
    assert stored(root, OFFICE.id).phone == "+355 4 222 3334"  # type: ignore[attr-defined]


def test_a_row_without_revision_updates_as_before(root: Path) -> None:
    assert run(root, "edit", "AL", OFFICE.id, "--set", "phone=+355 4 222 9999").exit_code == 0
    sheet = f"id,email\r\n{OFFICE.id},fresh@example.org\r\n"
    assert run(root, "import", "AL", "-", input=sheet).exit_code == 0
    assert stored(root, OFFICE.id).email == "fresh@example.org"  # type: ignore[attr-defined]


def test_a_stale_confidential_row_never_prints_the_address(root: Path) -> None:
    old = run(root, "export", "AL", "--include-confidential").stdout
    assert run(root, "edit", "AL", HIDDEN.id, "--set", "address=Rruga tjetër 2").exit_code == 0
    result = run(root, "import", "AL", "-", input=old)
    assert result.exit_code == 1 and "address: changed since" in result.stderr
    assert "(withheld)" in result.stderr
    assert "Rruga" not in result.output


def test_dry_run_lists_every_change_field_by_field(root: Path) -> None:
    exported = run(root, "export", "AL").stdout
    sheet = edited_csv(exported, OFFICE.id, email="new@example.org", min_age="18")
    sheet += ",Ndihma e Re,,legal,Durrës,,AL-02" + "," * (len(EXPORT_COLUMNS) - 7) + "\r\n"
    result = run(root, "import", "AL", "-", "--dry-run", input=sheet)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"would change {OFFICE.id}, min_age: '' -> '18'",
        f"would change {OFFICE.id}, email: 'info@example.org' -> 'new@example.org'",
        "would add (new 3): Ndihma e Re",
    ]
    assert stored(root, OFFICE.id).email == OFFICE.email  # type: ignore[attr-defined]


# --- item 14: every row of a stale <dimension>; long text never cut --------------------------


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "providers"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _with_dimension(data: bytes, ref: str) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>'.encode(), content)
            target.writestr(entry, content)
    return out.getvalue()


ROWS = [["name", "categories", "region"]] + [[f"Qendra {n}", "legal", "AL-11"] for n in range(6)]


def test_a_stale_dimension_tag_loses_no_row() -> None:
    data = _with_dimension(_workbook(ROWS), "A1:C2")  # says 1 data row; there are 6
    result = read_bytes(data, "AL", fmt="xlsx")
    assert [p.name for p in result.providers] == [f"Qendra {n}" for n in range(6)]


def test_a_dimension_of_the_whole_sheet_costs_nothing() -> None:
    data = _with_dimension(_workbook(ROWS), "A1:XFD1048576")
    assert len(data) < 10_000
    table = tables.read_table(data, "hostile.xlsx")
    assert table.header == ("name", "categories", "region")
    rows = list(table)
    assert len(rows) == 6 and all(len(row.cells) == 3 for row in rows)


def test_long_text_round_trips_through_csv_and_xlsx_refuses_it_whole(root: Path, tmp_path: Path) -> None:
    long_note = " ".join(["Hapur çdo ditë."] * 2500)  # 39,999 characters: more than an .xlsx cell holds
    assert run(root, "edit", "AL", OFFICE.id, "--set", f"notes={long_note}").exit_code == 0
    target = tmp_path / "al.xlsx"
    refused = run(root, "export", "AL", "-o", str(target))
    assert refused.exit_code == 2 and not target.exists()
    assert "notes has 39,999 characters, more than a .xlsx cell holds whole (32,767)" in refused.stderr
    assert "export as CSV or JSON" in refused.stderr
    exported = run(root, "export", "AL").stdout
    again = run(root, "import", "AL", "-", input=exported)
    assert again.exit_code == 0 and again.stderr.endswith("0 added, 0 updated, 2 unchanged\n")
    assert stored(root, OFFICE.id).notes == long_note  # type: ignore[attr-defined]


def test_csv_export_refuses_a_value_it_could_not_read_back(root: Path) -> None:
    huge = "x" * (csv.field_size_limit() + 1)
    assert run(root, "edit", "AL", OFFICE.id, "--set", f"notes={huge}").exit_code == 0
    result = run(root, "export", "AL")
    assert result.exit_code == 2 and "more than a CSV cell holds whole" in result.stderr
    assert huge not in result.output


# --- item 18: small hostile workbooks are bounded ---------------------------------------------


def test_a_huge_styles_part_is_refused_before_it_is_parsed() -> None:
    data = _workbook(ROWS)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            if entry.filename == "xl/styles.xml":
                filler = b"<!--" + b"x" * (tables.MAX_XLSX_STYLES + 1) + b"-->"
                target.writestr(entry, source.read(entry) + filler)
            else:
                target.writestr(entry, source.read(entry))
    assert len(out.getvalue()) < 100_000
    with pytest.raises(InputError, match=r"styles part unpacks to 8 MiB.*Clear Formats"):
        tables.read_table(out.getvalue(), "styles.xlsx")


def test_a_value_far_to_the_right_is_refused() -> None:
    book = openpyxl.Workbook()
    book.active.append(["name", "categories"])
    book.active.cell(row=2, column=tables.MAX_COLUMNS + 1, value="x")
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InputError, match=r"row 2 .* column 257; a table is read up to column 256"):
        list(tables.read_table(buffer.getvalue(), "wide.xlsx"))


def test_rows_and_time_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _workbook(ROWS * 200)
    monkeypatch.setattr(tables, "MAX_ROWS", 100)
    with pytest.raises(InputError, match="more than 100 rows"):
        list(tables.read_table(data, "long.xlsx"))
    monkeypatch.setattr(tables, "MAX_ROWS", 500_000)
    monkeypatch.setattr(tables, "MAX_SECONDS", -1.0)
    with pytest.raises(InputError, match=r"took more than -1 s \(row 1000\)"):
        list(tables.read_table(data, "slow.xlsx"))
