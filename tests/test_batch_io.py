"""Batch input and output without matching: reading cases, writing records, package file names."""

from __future__ import annotations

import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcmatch.batch import (
    CSV_COLUMNS,
    CaseReader,
    Outcome,
    PackageFolder,
    RawCase,
    Summary,
    input_format_for,
    record_json,
    record_writer,
    safe_filename,
    split_case,
)
from svcmatch.errors import ExitCode, InputError


def _read(data: bytes, fmt: str | None = None) -> list[RawCase]:
    return list(CaseReader(io.BytesIO(data), fmt))


def test_excel_csv_with_bom_semicolons_and_crlf() -> None:
    data = "\ufeffcase_id;Country;to;needs;age\r\nA1;AL;Shkodër;shelter|medical;24\r\n;;;;\r\n".encode()
    cases = _read(data, "csv")
    assert cases == [
        RawCase(
            2, {"case_id": "A1", "country": "AL", "to": "Shkodër", "needs": "shelter|medical", "age": "24"}
        )
    ]


def test_csv_row_is_the_spreadsheet_row_and_quoted_newlines_stay_in_one_cell() -> None:
    data = b'case_id,to,needs\nA,"Tirana\nnorth",shelter\n\nB,Durres,legal\n'
    cases = _read(data, "csv")
    assert [(c.row, c.values["case_id"]) for c in cases] == [(2, "A"), (4, "B")]
    assert cases[0].values["to"] == "Tirana\nnorth"


def test_windows_1252_line_is_read_as_excel_wrote_it() -> None:
    data = "case_id;to\r\nA;Durrës\r\n".encode("cp1252")
    assert _read(data, "csv")[0].values["to"] == "Durrës"


def test_unknown_or_missing_columns_are_usage_errors() -> None:
    with pytest.raises(InputError, match="unknown columns: neeeds"):
        CaseReader(io.BytesIO(b"case_id,neeeds\nA,shelter\n"), "csv")
    with pytest.raises(InputError, match="no case_id column"):
        CaseReader(io.BytesIO(b"country,to\nAL,Tirana\n"), "csv")
    with pytest.raises(InputError, match="empty"):
        CaseReader(io.BytesIO(b""), "csv")


def test_too_many_cells_is_a_row_error_not_a_stop() -> None:
    cases = _read(b"to,case_id\nTirana,A,extra\nDurres,B\n", "csv")
    assert cases[0].error.startswith("3 cells but the header has 2 columns (a cell holds a ',' ")
    assert cases[0].values == {"case_id": "A"}
    assert cases[1].values == {"to": "Durres", "case_id": "B"}


def test_jsonl_bad_lines_become_row_errors_with_their_line_number() -> None:
    data = b'{"case_id": "A", "to": "Tirana"}\n\nnot json\n[1]\n{"case_id": "B", "nedds": 1}\n'
    cases = _read(data)
    assert cases[0] == RawCase(1, {"case_id": "A", "to": "Tirana"})
    assert [c.row for c in cases[1:]] == [3, 4, 5]
    assert cases[1].error.startswith("line is not JSON")
    assert cases[2].error == "line is not a JSON object ({...})"
    assert cases[3].error.startswith("unknown keys: nedds (rename nedds to needs; keys are case_id")


def test_format_from_extension_or_sniffed_for_stdin() -> None:
    assert input_format_for("x.CSV") == "csv"
    assert input_format_for("x.ndjson") == "jsonl"
    assert input_format_for("-") is None
    assert input_format_for("x.data", "jsonl") == "jsonl"
    assert input_format_for("cases.xlsx") == "xlsx"  # the one table reader reads workbooks too
    with pytest.raises(InputError, match="extension"):
        input_format_for("cases.data")
    assert CaseReader(io.BytesIO(b'{"case_id": "A"}\n'), None).input_format == "jsonl"
    assert CaseReader(io.BytesIO(b"case_id\nA\n"), None).input_format == "csv"


def test_split_case_separates_case_and_package_values_and_leaves_blanks_out() -> None:
    case_id, case, package = split_case(
        {
            "case_id": " A1 ",
            "country": "AL",
            "needs": "shelter|medical",
            "age": "24",
            "sex": "",
            "language": ["it", "sq"],
            "consent_date": "2026-03-01",
            "draft": "no",
            "risk": [],
        }
    )
    assert case_id == "A1"
    assert case == {"country": "AL", "needs": "shelter|medical", "age": "24", "language": ["it", "sq"]}
    assert package == {"consent_date": "2026-03-01", "draft": "no"}
    with pytest.raises(InputError, match="case_id is empty"):
        split_case({"case_id": " ", "country": "AL"})


RECORDS = [
    {
        "case_id": "A",
        "row": 2,
        "case": {},
        "destination": {"name": "Shkodër", "region": "AL-10"},
        "plan": [{"need": "shelter", "id": "al-1"}, {"need": "legal", "id": "=cmd()"}],
        "unmet": ["medical"],
    },
    {"case_id": "=HYPERLINK(1)", "row": 3, "error": "unknown place 'Nowhere'"},
]


def _written(fmt: str, records: list[dict[str, object]]) -> str:
    buffer = io.StringIO(newline="")
    writer = record_writer(fmt, buffer)
    for record in records:
        writer.write(record)
    writer.close()
    return buffer.getvalue()


def test_csv_output_is_flat_neutralised_and_crlf() -> None:
    assert _written("csv", RECORDS) == (
        ",".join(CSV_COLUMNS) + "\r\n"
        "A,2,Shkodër,AL-10,shelter=al-1|legal==cmd(),medical,,,,,\r\n"
        "'=HYPERLINK(1),3,,,,,,,unknown place 'Nowhere',,\r\n"
    )


def test_json_output_is_a_valid_array_written_as_it_goes() -> None:
    text = _written("json", RECORDS)
    assert json.loads(text) == RECORDS
    assert text.startswith("[\n{") and text.endswith("}\n]\n")
    assert json.loads(_written("json", [])) == []


def test_jsonl_output_is_one_object_per_line() -> None:
    lines = _written("jsonl", RECORDS).splitlines()
    assert [json.loads(line) for line in lines] == RECORDS


def test_summary_counts_and_exit_code() -> None:
    summary = Summary()
    summary.add(Outcome("A", {"case_id": "A", "row": 2, "unmet": []}))
    assert summary.exit_code == ExitCode.OK
    summary.add(Outcome("B", {"case_id": "B", "row": 3, "unmet": ["legal"]}))
    summary.add(Outcome("C", {"case_id": "C", "row": 4, "error": "x"}))
    assert summary.text() == "3 cases: 2 matched (1 with unmet needs), 1 failed"
    assert summary.exit_code == ExitCode.PROBLEMS == 1


@pytest.mark.parametrize(
    ("case_id", "name"),
    [
        ("AL-2026-001", "AL-2026-001"),
        ("../../etc/passwd", "etc_passwd"),
        ("/abs/path", "abs_path"),
        ("a\x00b", "a_b"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ("..", "case"),
        ("-rf", "rf"),
        ("-.-x", "x"),
        ("", "case"),
        ("C:\\Windows\\x", "C_Windows_x"),
        ("Шкодер 12", "Шкодер_12"),
        ("x" * 300, "x" * 100),
    ],
)
def test_safe_filename(case_id: str, name: str) -> None:
    assert safe_filename(case_id) == name


@given(st.text(max_size=300))
def test_safe_filename_never_leaves_the_folder(case_id: str) -> None:
    name = safe_filename(case_id)
    assert name and "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", "-")) and len(name.encode("utf-8")) <= 100
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def test_package_folder_disambiguates_collisions(tmp_path: Path) -> None:
    folder = PackageFolder(tmp_path / "out", "md")
    names = [folder.write(case_id, f"package {case_id}\n") for case_id in ("A/1", "A_1", "a_1", "A?1")]
    assert names == ["A_1.md", "A_1-2.md", "a_1-3.md", "A_1-4.md"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(names)
    assert (tmp_path / "out" / "a_1-3.md").read_text() == "package a_1\n"


def _generated_csv(rows: int) -> Iterator[bytes]:
    yield b"case_id;country;to;needs;age\r\n"
    for number in range(rows):
        yield f"C{number:06d};AL;Tirana;shelter|medical|legal;{18 + number % 40}\r\n".encode()


class _Chunks(io.RawIOBase):
    """A file-like stream over generated bytes, never held in memory as a whole."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks, self.pending = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self.pending:
            chunk = next(self.chunks, None)
            if chunk is None:
                return 0
            self.pending = chunk
        size = min(len(buffer), len(self.pending))
        buffer[:size], self.pending = self.pending[:size], self.pending[size:]
        return size


def test_reading_and_writing_20k_rows_streams_in_bounded_memory() -> None:
    stream = io.BufferedReader(_Chunks(_generated_csv(20_000)))
    sink = io.StringIO()
    tracemalloc.start()
    try:
        writer = record_writer("jsonl", sink)
        count = 0
        for raw in CaseReader(stream, "csv"):
            writer.write({"case_id": raw.values["case_id"], "row": raw.row})
            count += 1
            if count == 1000:
                tracemalloc.reset_peak()
            sink.seek(0)
            sink.truncate()  # the sink is the terminal: what it keeps is not the batch's memory
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < 200_000, f"peak {peak} bytes grows with the number of rows"


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_records_escape_what_a_terminal_acts_on_even_in_ascii_text(fmt: str) -> None:
    """json_safe skips its search on ASCII text without DEL: DEL is the one ASCII character
    it escapes, and C1 and bidi controls are not ASCII."""
    out = io.StringIO()
    writer = record_writer(fmt, out)
    writer.write({"case_id": "A", "note": "plain ascii"})
    writer.write({"case_id": "B", "note": "del\x7f"})
    writer.write({"case_id": "C", "note": "c1\x9b bidi\u202e é"})
    writer.close()
    text = out.getvalue()
    assert '"plain ascii"' in text
    assert "\x7f" not in text and "\\u007f" in text
    assert "\x9b" not in text and "\u202e" not in text and "\\u009b" in text and "\\u202e" in text
    assert "é" in text


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(), _JSON_VALUES, max_size=6))
def test_a_record_line_reads_back_as_the_standard_encoder_writes_it(record: dict) -> None:
    """batch writes records with orjson (five times faster): the line reads back to what the
    standard library's encoder wrote, integers beyond 64 bits included (orjson refuses them,
    the standard encoder writes them), on one line. (NaN and infinity are refused at every
    door, so no record holds one; orjson would write null where the standard encoder writes
    the NaN that is not JSON.)"""
    line = record_json(record)
    assert "\n" not in line
    assert json.loads(line) == json.loads(json.dumps(record, ensure_ascii=False))


def test_a_record_line_writes_what_json_does_not_know_as_text() -> None:
    """Dates, dataclasses and keys that are not text come out as the standard encoder with
    default=str writes them (orjson would write a dataclass as an object, a date as ISO)."""
    import dataclasses
    import datetime as dt

    @dataclasses.dataclass
    class Thing:
        x: int = 1

    record = {"day": dt.date(2026, 3, 1), "at": dt.datetime(2026, 3, 1, 8, 30), "thing": Thing(), 7: "seven"}
    assert json.loads(record_json(record)) == json.loads(json.dumps(record, ensure_ascii=False, default=str))
