"""The one table reader: every dialect, encoding and format that import, batch and add --json read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.batch import CaseReader
from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.storage import DirectoryStore
from svcmatch.tables import (
    HeaderRule,
    column_key,
    format_for,
    load_json,
    open_table,
    read_table,
    sniff_delimiter,
)
from svcmatch.tabular import read_bytes

PROVIDERS = "name;categories;region;city\r\nQendra Shpresë;shelter;AL-02;Durrës\r\n"
CASES = "case_id,country,to,needs\r\nA,AL,Durrës,legal\r\nB,AL,Tirana,shelter\r\n"
RULE = HeaderRule(frozenset({"case_id", "country", "to", "needs"}), column_key)


def cells(table_rows: object) -> list[tuple[str, ...]]:
    return [row.cells for row in table_rows]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("quirk", "data"),
    [
        ("UTF-8", CASES.encode()),
        ("UTF-8 with BOM", CASES.encode("utf-8-sig")),
        ("UTF-16 LE with BOM (Excel's Unicode text)", CASES.encode("utf-16")),
        ("UTF-16 BE with BOM", b"\xfe\xff" + CASES.encode("utf-16-be")),
        ("old Mac CR-only line endings", CASES.replace("\r\n", "\r").encode()),
        ("Unix LF line endings", CASES.replace("\r\n", "\n").encode()),
        ("semicolons (Excel where the decimal mark is a comma)", CASES.replace(",", ";").encode()),
        ("tabs (copied from a sheet)", CASES.replace(",", "\t").encode()),
        ("cp1252 (Excel's plain CSV in western Europe)", CASES.encode("cp1252")),
        ("UTF-16 with CR-only endings", CASES.replace("\r\n", "\r").encode("utf-16")),
    ],
)
def test_every_dialect_and_encoding_gives_the_same_rows(quirk: str, data: bytes) -> None:
    table = read_table(data, "cases.csv", header=RULE)
    assert table.header == ("case_id", "country", "to", "needs"), quirk
    assert cells(table) == [("A", "AL", "Durrës", "legal"), ("B", "AL", "Tirana", "shelter")], quirk
    # the streamed path (batch) reads the same
    assert [case.values["to"] for case in CaseReader(io.BytesIO(data), "csv")] == ["Durrës", "Tirana"]


def test_a_single_byte_encoding_is_detected_and_said() -> None:
    table = read_table(PROVIDERS.encode("cp1252"), "al.csv")
    assert table.info.encoding in ("cp1252", "cp1250")  # ë and Ë are the same bytes in both
    assert "detected, not UTF-8" in table.info.describe()
    ukrainian = "name,city\r\nЦентр допомоги,Львів\r\nПритулок Надія,Київ\r\n".encode("cp1251")
    table = read_table(ukrainian, "ua.csv")
    assert table.info.encoding == "cp1251"
    assert cells(table) == [("Центр допомоги", "Львів"), ("Притулок Надія", "Київ")]


def test_encoding_can_be_forced_and_a_wrong_one_is_one_line() -> None:
    data = "name\r\nКиїв\r\n".encode("koi8_u")
    assert cells(read_table(data, "x.csv", encoding="koi8-u")) == [("Київ",)]
    assert read_table(data, "x.csv", encoding="koi8-u").info.encoding_source == "--encoding"
    with pytest.raises(InputError, match=r"byte 7 is not UTF-8 text.*--encoding"):
        read_table(data, "x.csv", encoding="utf-8")
    with pytest.raises(InputError, match="not an encoding Python knows"):
        read_table(data, "x.csv", encoding="klingon")


def test_a_title_above_the_header_is_skipped_and_said() -> None:
    data = ("Cases for March, 2026\r\n\r\n" + CASES).encode()
    table = read_table(data, "cases.csv", header=RULE)
    assert table.info.header_row == 3 and table.info.skipped_rows == (1,)
    assert "header on row 3 (row 1 above it not read)" in table.info.describe()
    assert [row.number for row in table] == [4, 5]


def test_formats_from_name_or_first_bytes() -> None:
    assert format_for("a.ods") == "ods" and format_for("a.XLS") == "xls"
    assert format_for("-", b'{"a": 1}\n{"a": 2}\n') == "jsonl"
    assert format_for("-", b'{\n  "providers": []\n}') == "json"
    assert format_for("x.json", b'{"a": 1}\n{"a": 2}\n') == "jsonl"
    assert format_for("-", b"[1]") == "json"
    assert format_for("-", b"PK\x03\x04") == "xlsx"
    assert format_for("-", b"\xd0\xcf\x11\xe0") == "xls"
    assert format_for("-", "a,b\n".encode("utf-16")) == "csv"


def test_json_lines_and_json_give_records_with_their_numbers() -> None:
    lines = read_table(b'{"name": "A"}\n\n{"name": "B"}\nnot json\n', "p.jsonl")
    rows = list(lines)
    assert [(r.number, r.record) for r in rows[:2]] == [(1, {"name": "A"}), (3, {"name": "B"})]
    assert rows[2].number == 4 and rows[2].error.startswith("line is not JSON")
    listed = read_table(b'{"providers": [{"name": "A"}]}', "p.json")
    assert [r.record for r in listed] == [{"name": "A"}]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"capacity_available": NaN}', "NaN is not a number JSON allows"),
        ('{"latitude": Infinity}', "Infinity is not a number JSON allows"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"n": ' + "9" * 5000 + "}", "digits"),
        ('{"name": "\\ud800"}', "lone UTF-16 surrogate"),
    ],
)
def test_json_that_is_not_data_is_refused_in_one_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_json(text, "p.json")


def test_batch_reads_utf16_and_cr_only_files_without_a_traceback(tmp_path: Path) -> None:
    for name, data in (
        ("utf16.csv", CASES.encode("utf-16")),
        ("mac.csv", CASES.replace("\r\n", "\r").encode("cp1252")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        result = CliRunner().invoke(main, ["batch", str(path), "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output and "_csv.Error" not in result.output
        rows = result.stdout.splitlines()
        assert [row.split(",")[:3] for row in rows[1:]] == [["A", "2", "Durrës"], ["B", "3", "Tirana"]]


def test_batch_reads_a_workbook_and_says_which_sheet(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Lists"
    book.active.append(["sex", "female", "male"])
    sheet = book.create_sheet("Cases")
    sheet.append(["Caseload March"])
    for line in CASES.splitlines():
        sheet.append(line.split(","))
    path = tmp_path / "cases.xlsx"
    book.save(path)
    result = CliRunner().invoke(main, ["batch", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "sheet 'Cases' (also: Lists), header on row 2 (row 1 above it not read)" in result.stderr
    assert [row.split(",")[0] for row in result.stdout.splitlines()[1:]] == ["A", "B"]


def test_import_and_batch_and_add_read_stdin_through_the_same_reader(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    DirectoryStore("AL", root).create(author="t")
    runner = CliRunner()
    imported = runner.invoke(
        main,
        ["--directories", str(root), "directory", "import", "AL", "-"],
        input=PROVIDERS.encode("utf-16"),
    )
    assert imported.exit_code == 0, imported.output
    record = {"name": "Ndihma Ligjore", "categories": ["legal"], "region": "AL-11"}
    lines = (json.dumps(record) + "\n" + json.dumps({**record, "name": "Ndihma 2"}) + "\n").encode()
    added = runner.invoke(
        main, ["--directories", str(root), "directory", "add", "AL", "--json", "-"], input=lines
    )
    assert added.exit_code == 0, added.output
    names = sorted(p.name for p in DirectoryStore("AL", root).load().providers)
    assert names == ["Ndihma 2", "Ndihma Ligjore", "Qendra Shpresë"]


def test_import_says_a_detected_encoding(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    DirectoryStore("AL", root).create(author="t")
    sheet = tmp_path / "al.csv"
    sheet.write_bytes(PROVIDERS.encode("cp1252"))
    result = CliRunner().invoke(main, ["--directories", str(root), "directory", "import", "AL", str(sheet)])
    assert result.exit_code == 0, result.output
    assert "(detected, not UTF-8)" in result.stderr
    (provider,) = DirectoryStore("AL", root).load().providers
    assert provider.name == "Qendra Shpresë" and provider.city == "Durrës"
    forced = CliRunner().invoke(
        main,
        ["--directories", str(root), "directory", "import", "AL", str(sheet), "--encoding", "utf-8"],
    )
    assert forced.exit_code == 2 and "is not UTF-8 text" in forced.stderr


def test_read_bytes_of_a_csv_with_nul_is_refused() -> None:
    with pytest.raises(InputError, match="NUL"):
        read_bytes(b"name\r\nA\x00B\r\n", "AL", fmt="csv")


def test_streamed_reading_counts_its_bytes() -> None:
    data = CASES.encode() * 1
    table = open_table(io.BytesIO(data), "cases.csv", header=RULE)
    list(table)
    assert table.bytes_read == len(data)


def test_a_notes_column_full_of_semicolons_does_not_make_them_the_separator() -> None:
    from svcmatch.tables import sniff_delimiter

    lines = ["id,name,notes", "a-1,Shelter,call first; ask for Ana; weekdays only", "a-2,Clinic,"]
    assert sniff_delimiter(lines) == ","
    excel = ["name;latitude;longitude", "Shelter;41,3275;19,8187", "Clinic;42,07;19,51"]
    assert sniff_delimiter(excel) == ";"
    assert sniff_delimiter(["id\tname", "a\tb"]) == "\t"


def test_quoted_line_breaks_do_not_make_a_semicolon_the_separator() -> None:
    """Found by the CSV round trip: a name ';', e-mails joined by '; ' and cells with line
    breaks. Counted by record, the comma read 4 records over 6 lines and the semicolon 5 of 6."""
    text = (
        "id,name,email,notes\r\n"
        "0,0,a.b@example.org; info@example.org,\r\n"
        '1,;,a.b@example.org; info@example.org,"0\n0"\r\n'
        '2,0,a.b@example.org; info@example.org,"0\n;"\r\n'
    )
    assert sniff_delimiter(text.splitlines()) == ","


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib", "bz2", "uu", "quopri", "undefined"])
def test_a_codec_that_is_no_text_encoding_is_a_one_line_error(tmp_path: Path, codec: str) -> None:
    """`--encoding rot13` (hex, base64...) names a codec of Python's that decodes no text, and
    'undefined' decodes nothing: import and batch gave LookupError's or UnicodeError's traceback."""
    root = tmp_path / "dirs"
    DirectoryStore("AL", root).create(author="t")
    sheet, cases = tmp_path / "al.csv", tmp_path / "cases.csv"
    sheet.write_text(PROVIDERS, encoding="utf-8")
    cases.write_text(CASES, encoding="utf-8")
    for args in (
        ["directory", "import", "AL", str(sheet), "--encoding", codec],
        ["batch", str(cases), "--encoding", codec],
    ):
        result = CliRunner().invoke(main, ["--directories", str(root), *args])
        assert result.exit_code == 2, result.output
        assert f"--encoding {codec!r} is not a text encoding" in result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)
    with pytest.raises(InputError, match="not a text encoding"):
        read_table(PROVIDERS.encode(), "x.csv", encoding=codec)


def test_a_line_break_in_a_quoted_cell_reads_as_a_sheet_holds_it(tmp_path: Path) -> None:
    """Excel writes a line break inside a cell as \\r\\n in a CSV and \\n in a workbook: the CSV
    cell read as \\r\\n, so importing examples/providers-al.csv, exporting it to .xlsx and
    importing that said '1 updated' for a change of line ends only (the docs engineer's pass)."""
    table = read_table(b'id,notes\r\nal-1,"first;\r\nsecond"\r\nal-2,plain\r\n', "al.csv")
    assert cells(table) == [("al-1", "first;\nsecond"), ("al-2", "plain")]
    root = ["--directories", str(tmp_path)]
    examples = Path(__file__).resolve().parents[1] / "examples" / "providers-al.csv"
    assert CliRunner().invoke(main, [*root, "directory", "init", "AL"]).exit_code == 0
    assert CliRunner().invoke(main, [*root, "directory", "import", "AL", str(examples)]).exit_code == 0
    sheet = tmp_path / "al.xlsx"
    assert CliRunner().invoke(main, [*root, "directory", "export", "AL", "-o", str(sheet)]).exit_code == 0
    again = CliRunner().invoke(main, [*root, "directory", "import", "AL", str(sheet)])
    assert again.exit_code == 0, again.output
    assert "0 updated" in again.stderr and "4 unchanged" in again.stderr
