"""Reading a table a column at a time (`tabular._NewRows`) gives exactly what reading it one
row at a time gives: the same records, the same problems and notes, in the same order."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from svcmatch import tabular
from svcmatch.model import Coverage, Directory, DirectoryInfo, Provider
from svcmatch.tabular import ReadResult, read_bytes

#: For each column, cells people write: good ones, ones read other than exactly (a note), and
#: bad ones (a problem), so that notes and problems fall on many rows, in every order.
CELLS: dict[str, list[str]] = {
    "id": ["", "", "", "", "al-tir-0001", "x y", "dup-1"],
    "name": ["Qendra A", "Qendra B", "", "Bad\x1b[31mname", " spaced "],
    "categories": [
        "shelter",
        "shelter|medical",
        "doctor|avocat",
        "xylophone",
        "doctr",
        "lawyer",
        "",
        "'=bad",
    ],
    "city": ["Tiranë", "Shkodër", "Durrës", "Tiranaa", "", "Vlorë"],
    "region": ["AL-11", "Tirana", "Shkodër", "AL-99", "", "Durres", "qarku i tiranës"],
    "latitude": ["41.3275", "", "abc", "91", "42.07", "48.5"],
    "longitude": ["19.8187", "", "19.51", "abc", "30.5"],
    "coverage": ["national", "radius:25", "Tirana|AL-02", "AL-99", "Shkodër", ""],
    "sexes": ["female", "any", "women", "", "female|male|other"],
    "languages": ["sq", "Albanian|english", "zz", "sq|en", "shqip", ""],
    "min_age": ["", "18", "ten", "-1"],
    "max_age": ["", "65", "200", "5"],
    "verified_on": ["2026-01-15", "", "2099-01-01", "3/1/2026", "01.02.2025"],
    "phone": ["+355 4 222 333", "", "04 222 333", "abc", "355 4 222 3334", "+1 202 555 0143"],
    "email": ["info@example.org", "", "not-an-email"],
    "confidential_address": ["no", "yes", "", "maybe"],
    "notes": ["", "=SUM(A1)", "'=SUM(A1)", "see Tiranë"],
    "extra": ["", '{"a": 1}', "{bad"],
    "status": ["", "active", "closed"],
    "revision": ["", "1", "abc"],
}
COLUMNS = list(CELLS)

STORED = Provider(
    id="al-tir-0001",
    name="Stored",
    categories=("shelter",),
    city="Tiranë",
    region="AL-11",
    phone="+355 4 222 333",
)


def one_row_at_a_time(monkeypatch: pytest.MonkeyPatch, data: bytes, **options: Any) -> ReadResult:
    """The reference: every row through `_Rows._add`, one cell at a time (no column read
    first: each cell is read when a row first takes it)."""
    with monkeypatch.context() as patch:
        patch.setattr(tabular._NewRows, "__init__", lambda self, names, rows, reader: None)
        patch.setattr(tabular._NewRows, "changes", lambda self, at, cells: None)
        return read_bytes(data, "AL", name="t.csv", **options)


def table(rows: list[list[str]], columns: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def as_compared(result: ReadResult) -> tuple[Any, ...]:
    return ([p.to_record() for p in result.providers], result.problems, result.notes)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(COLUMNS), min_size=2, unique=True),
    st.lists(
        st.lists(st.integers(min_value=0, max_value=9), min_size=len(COLUMNS), max_size=len(COLUMNS)),
        max_size=25,
    ),
    st.booleans(),
)
@example(  # a new row giving a revision makes the sheet an export in both reads (CI, 3.10)
    columns=["name", "revision", "categories", "city", "region", "latitude", "longitude", "id"],
    picks=[[0] * 7 + [6] + [0] * 12, [0, 1] + [0] * 18],
    stored=True,
)
@example(  # a row refused for its id still gives a revision: an export in both reads (session 23)
    columns=[
        *("name", "categories", "revision", "city", "region", "latitude", "longitude", "coverage"),
        *("sexes", "languages", "min_age", "max_age", "verified_on", "phone", "email", "id"),
    ],
    picks=[[0] * 15 + [6] + [0] * 4, [0, 0, 1] + [0] * 12 + [5] + [0] * 4],
    stored=True,
)
@example(  # a date with dots is said where the row takes it, after the row's coverage (lead, 2026-12-07)
    columns=["coverage", "name", "categories", "verified_on"],
    picks=[[2, 0, 0, 4] + [0] * 16],
    stored=False,
)
def test_a_table_reads_as_it_does_one_row_at_a_time(
    monkeypatch: pytest.MonkeyPatch, columns: list[str], picks: list[list[int]], stored: bool
) -> None:
    rows = [[CELLS[name][pick[at] % len(CELLS[name])] for at, name in enumerate(columns)] for pick in picks]
    data = table(rows, columns)
    existing = Directory(DirectoryInfo("AL", "al.json"), [STORED]) if stored else None
    expected = one_row_at_a_time(monkeypatch, data, existing=existing)
    assert as_compared(read_bytes(data, "AL", name="t.csv", existing=existing)) == as_compared(expected)


def test_a_note_is_said_where_its_cell_is_first_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """Row 3 repeats row 2's id and is not read: its cells say nothing, though they are read
    with their columns. 'Shkodra' is said by row 4's coverage cell (a coverage note) before
    row 4's languages, and again by row 5's region cell (a region note: each names its column,
    since 2026-12-06); a language as typed ('Albanian')."""
    columns = ["id", "name", "categories", "region", "coverage", "languages"]
    rows = [
        ["dup-1", "A", "shelter", "AL-11", "national", "sq"],
        ["dup-1", "B", "shelter", "Durres", "Vlore", "Albanian"],
        ["", "C", "shelter", "AL-11", "Shkodra", "Albanian"],
        ["", "D", "shelter", "Shkodra", "national", "english"],
    ]
    data = table(rows, columns)
    result = read_bytes(data, "AL", name="t.csv")
    assert as_compared(result) == as_compared(one_row_at_a_time(monkeypatch, data))
    assert result.notes == [
        "coverage: read 'Shkodra' as AL-10 Shkodër (town Shkodra) (the region of this town)",
        "languages: read 'Albanian' as sq (Albanian) (synonym)",
        "region: read 'Shkodra' as AL-10 Shkodër (town Shkodra) (the region of this town)",
        "languages: read 'english' as en (English) (synonym)",
    ]
    assert [p.row for p in result.problems] == [3]
    assert [p.name for p in result.providers] == ["A", "C", "D"]
    assert result.providers[1].coverage == Coverage("regions", ("AL-10",))


#: Coordinate cells: plain decimals (what the quick column reader takes), and cells around them
#: that it must leave to the cell reader or read as the cell reader does.
COORDINATE_CELLS = st.one_of(
    st.floats(min_value=-180, max_value=180).map(repr),
    st.integers(min_value=-999, max_value=999).map(str),
    st.sampled_from(
        ["", " ", "\n", "1.5\n", "\n-2.25", "1.5\n2.5", "1,5", "\u22121.5", "1e5", ".5", "5.", "-0.0"]
    ),
    st.sampled_from(["9" * 300 + ".5", "9" * 309, "9" * 400, "0" * 500 + "1.25", "abc", "+1.5", "1.5 "]),
    st.text(alphabet="0123456789.-\n ,", max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["latitude", "longitude", "extra"]), st.lists(COORDINATE_CELLS, max_size=12))
def test_a_column_read_in_bulk_is_read_as_each_cell_is(column: str, cells: list[str]) -> None:
    """`_quick_column` reads a column of plain decimals (or an empty extra column) without a
    call per cell: its values must be the cell reader's, of the same types (-0.0 and 0.0 apart)."""
    if column == "extra":
        cells = ["" if cell.strip(" \n") else cell for cell in cells]
    quick = tabular._quick_column(column, tuple(cells))
    if quick is None:
        return
    reader = tabular._Rows("AL", None)
    read = [reader._read_cell(column, cell) for cell in cells]
    assert all(not heard for _value, heard in read)
    assert [repr(value) for value in quick] == [repr(value) for value, _heard in read]


def test_a_column_of_plain_decimals_is_read_in_bulk() -> None:
    assert tabular._quick_column("latitude", ("41.3275", "", "-19", "0.5")) == [41.3275, None, -19.0, 0.5]
    assert tabular._quick_column("extra", ("", "")) == [{}, {}]
    for cells in (("41.3275", "abc"), ("1,5",), (" 1.5",), ("9" * 400,)):
        assert tabular._quick_column("latitude", cells) is None
