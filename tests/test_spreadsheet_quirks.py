"""Spreadsheets as people save them (issue 15): phones a spreadsheet made numbers, and more."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from helpers import ods_file, ods_text_cell
from helpers import run_directory as run

from svcmatch.errors import InputError
from svcmatch.phones import international, read_phone, read_phones
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import read_bytes


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


HEADER = "name;categories;region;phone\r\n"


def phones(root: Path) -> list[str]:
    return [p.phone for p in DirectoryStore("AL", root).load().providers]


@pytest.mark.parametrize(
    ("quirk", "cell", "stored", "note"),
    [
        ("international, spaced", "+355 69 234 5678", "+355 69 234 5678", ""),
        ("national with its 0", "069 234 5678", "+355 69 234 5678", ""),
        ("the 00 international prefix", "00355 69 234 5678", "+355 69 234 5678", ""),
        ("Excel dropped the +", "355692345678", "+355 69 234 5678", "its + was missing"),
        ("Excel dropped the leading 0", "692345678", "+355 69 234 5678", "its leading 0 was missing"),
        ("two numbers", "069 234 5678 | 04 222 3334", "+355 69 234 5678 | +355 4 222 3334", ""),
    ],
)
def test_phones_are_read_for_the_country_and_stored_international(
    root: Path, quirk: str, cell: str, stored: str, note: str
) -> None:
    result = run(
        root, "import", "AL", "-", input=f"name;categories;region;phone\r\nQendra;legal;AL-11;{cell}\r\n"
    )
    assert result.exit_code == 0, (quirk, result.output)
    assert phones(root) == [stored], quirk
    if note:
        assert f"note: row 2, phone: read {cell!r} as {stored}: {note}" in result.stderr, quirk
    else:
        assert "note:" not in result.stderr, quirk


@pytest.mark.parametrize(
    ("quirk", "cell", "message"),
    [
        ("Excel's scientific notation, decimal comma", "3,55692E+11", "scientific notation"),
        ("Excel's scientific notation, decimal point", "3.55692E+11", "scientific notation"),
        ("too short", "+355 4", "is not a phone number"),
        ("not in use, and no country code", "01 555 0010", "not a phone number in use in AL"),
        ("words", "call the office", "is not a phone number"),
    ],
)
def test_phones_that_cannot_be_right_are_refused_with_the_fix(
    root: Path, quirk: str, cell: str, message: str
) -> None:
    result = run(
        root, "import", "AL", "-", input=f"name;categories;region;phone\r\nQendra;legal;AL-11;{cell}\r\n"
    )
    assert result.exit_code == 1, quirk
    assert (
        message in result.stderr and "e.g. +355 22 345 678" in result.stderr
    ) or "write it as" in result.stderr
    assert phones(root) == [], quirk


def test_an_xlsx_phone_cell_that_became_a_number(root: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["name", "categories", "region", "phone"])
    book.active.append(["Qendra", "legal", "AL-11", 355692345678])
    book.active.append(["Zyra", "legal", "AL-11", 692345678])
    path = tmp_path / "p.xlsx"
    book.save(path)
    result = run(root, "import", "AL", str(path))
    assert result.exit_code == 0, result.output
    assert sorted(phones(root)) == ["+355 69 234 5678", "+355 69 234 5678"]
    assert "sheet 'Sheet', header on row 1" in result.stderr


def test_export_writes_phones_in_international_format_and_reimport_changes_nothing(root: Path) -> None:
    with DirectoryStore("AL", root).transaction(author="t") as transaction:
        from svcmatch.model import Provider

        transaction.put(
            Provider(id="al-1", name="Q", categories=("legal",), region="AL-11", phone="069 234 5678")
        )
    exported = run(root, "export", "AL").stdout
    assert ",+355 69 234 5678," in exported
    again = run(root, "import", "AL", "-", input=exported)
    assert again.exit_code == 0 and again.stderr.endswith("0 added, 0 updated, 1 unchanged\n")
    assert phones(root) == ["069 234 5678"]  # the same number: the stored text is kept


def test_phone_helpers() -> None:
    assert read_phone("044 123 4567", "UA").number == "+380 44 123 4567"
    assert international("069 234 5678|not a number", "AL") == "+355 69 234 5678 | not a number"
    assert [r.number for r in read_phones("+355 69 234 5678; 04 222 3334", "AL")] == [
        "+355 69 234 5678",
        "+355 4 222 3334",
    ]
    with pytest.raises(InputError, match="scientific notation"):
        read_phones("3,55692E+11", "AL")  # refused whole, not split on its comma
    assert read_bytes(io.BytesIO(b"").getvalue() or b"name\r\n", "AL", fmt="csv").providers == []


# --- dates -------------------------------------------------------------------------------------

DATED = "name;categories;region;verified_on\r\nQendra;legal;AL-11;{}\r\n"


def verified(root: Path) -> list[object]:
    return [p.verified_on for p in DirectoryStore("AL", root).load().providers]


def test_an_ambiguous_day_and_month_is_refused_unless_the_order_is_given(root: Path) -> None:
    import datetime as dt

    refused = run(root, "import", "AL", "-", input=DATED.format("3/1/2026"))
    assert refused.exit_code == 1
    assert "'3/1/2026' could be day 3 of month 1 or day 1 of month 3" in refused.stderr
    assert "--date-order dmy (day first) or mdy (month first)" in refused.stderr
    assert verified(root) == []
    assert (
        run(root, "import", "AL", "-", "--date-order", "mdy", input=DATED.format("3/1/2026")).exit_code == 0
    )
    assert verified(root) == [dt.date(2026, 3, 1)]


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("13/1/2026", (2026, 1, 13)),
        ("1/13/2026", (2026, 1, 13)),
        ("01.03.2026", (2026, 3, 1)),
        ("2026-03-01", (2026, 3, 1)),
    ],
)
def test_dates_with_one_reading_are_read(root: Path, cell: str, day: tuple[int, int, int]) -> None:
    import datetime as dt

    assert run(root, "import", "AL", "-", input=DATED.format(cell)).exit_code == 0
    assert verified(root) == [dt.date(*day)]


def test_an_excel_date_serial_is_read_when_the_cell_is_formatted_as_a_date(
    root: Path, tmp_path: Path
) -> None:
    import datetime as dt

    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "categories", "region", "verified_on"])
    sheet.append(["Qendra", "legal", "AL-11", 46082])
    sheet["D2"].number_format = "dd/mm/yyyy"
    path = tmp_path / "dated.xlsx"
    book.save(path)
    assert run(root, "import", "AL", str(path)).exit_code == 0
    assert verified(root) == [dt.date(2026, 3, 1)]
    sheet["D2"].number_format = "General"  # a bare number in a date column: said, not guessed
    book.save(path)
    refused = run(root, "import", "AL", str(path), "--allow-duplicates")
    assert refused.exit_code == 1
    assert "'46082' is a spreadsheet's date number (2026-03-01 if the column was a date)" in refused.stderr


# --- layout ------------------------------------------------------------------------------------


def test_a_merged_title_and_a_first_sheet_of_lists(root: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    lists = book.active
    lists.title = "Lists"
    for row in (["categories", "regions"], ["shelter", "AL-11"], ["legal", "AL-02"]):
        lists.append(row)
    sheet = book.create_sheet("Partners 2026")
    sheet.append(["Referral partners, Albania"])
    sheet.merge_cells("A1:D1")
    sheet.append(["name", "categories", "region", "city"])
    sheet.append(["Qendra", "legal", "AL-11", "Tiranë"])
    path = tmp_path / "partners.xlsx"
    book.save(path)
    result = run(root, "import", "AL", str(path))
    assert result.exit_code == 0, result.output
    assert (
        "read partners.xlsx: XLSX, sheet 'Partners 2026' (also: Lists), header on row 2 "
        "(row 1 above it not read)" in result.stderr
    )
    forced = run(root, "import", "AL", str(path), "--sheet", "Lists", "--dry-run")
    assert forced.exit_code == 1 and "sheet 'Lists'" in forced.stderr
    missing = run(root, "import", "AL", str(path), "--sheet", "Providers")
    assert (
        missing.exit_code == 2
        and "has no sheet 'Providers' (its sheets are: Lists, Partners 2026)" in missing.stderr
    )


def test_ods_is_read_through_the_optional_reader(root: Path, tmp_path: Path) -> None:
    pytest.importorskip("python_calamine")
    rows = (
        "<table:table-row>" + "".join(ods_text_cell(v) for v in row) + "</table:table-row>"
        for row in (["name", "categories", "region"], ["Qendra LibreOffice", "legal", "AL-11"])
    )
    path = ods_file(tmp_path / "providers.ods", rows)
    result = run(root, "import", "AL", str(path))
    assert result.exit_code == 0, result.output
    assert [p.name for p in DirectoryStore("AL", root).load().providers] == ["Qendra LibreOffice"]
    assert "read providers.ods: ODS, sheet 'providers', header on row 1" in result.stderr


# --- re-imports without ids, and --quiet --------------------------------------------------------


def test_rows_without_id_that_match_stored_records_are_likely_duplicates(root: Path) -> None:
    first = "name;categories;region;city;phone;email\r\nQendra;legal;AL-11;Tiranë;069 234 5678;a@b.al\r\n"
    assert run(root, "import", "AL", "-", input=first).exit_code == 0
    again = (
        "name;categories;region;city;phone;email\r\n"
        "Qendra;legal;AL-11;Tiranë;;\r\n"
        "Other;legal;AL-02;Durrës;+355 69 234 5678;\r\n"
        "Third;legal;AL-12;Vlorë;;A@B.al\r\n"
    )
    result = run(root, "import", "AL", "-", "--dry-run", input=again)
    assert result.exit_code == 1
    (stored,) = DirectoryStore("AL", root).load().providers
    for row, kind in ((2, "same name and town"), (3, "same phone"), (4, "same e-mail")):
        assert (
            f"row {row}, id: likely a duplicate of {stored.id} ({kind}) (put {stored.id} in the id column "
            "to update it, or import with --allow-duplicates)" in result.stderr
        )
    assert run(root, "import", "AL", "-", "--allow-duplicates", input=again).exit_code == 0
    assert len(DirectoryStore("AL", root).load().providers) == 4


def test_quiet_leaves_out_notes_but_not_errors_or_the_summary(root: Path) -> None:
    sheet = "Title\r\n" + HEADER + "Qendra;legal;AL-11;355692345678\r\nBad;legal;AL-11;3,55692E+11\r\n"
    loud = run(root, "import", "AL", "-", "--dry-run", input=sheet)
    quiet = run(root, "import", "AL", "-", "--dry-run", "--quiet", input=sheet)
    assert "note:" in loud.stderr and "note:" not in quiet.stderr
    assert [line for line in loud.stderr.splitlines() if "note:" not in line] == quiet.stderr.splitlines()
    assert "scientific notation" in quiet.stderr and "dry run, nothing written" in quiet.stderr
