"""Spreadsheets as people save them (issue 15): phones a spreadsheet made numbers, and more."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.phones import international, read_phone, read_phones
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import read_bytes


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


HEADER = "name;categories;region;phone\r\n"


def run(root: Path, *args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args], input=input)


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
