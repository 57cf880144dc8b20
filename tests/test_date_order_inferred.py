"""A date column's order told by its own unambiguous dates: 03/04/2025 is read day first when
25/04/2025 in the same column shows that order, and the import says so; a column whose dates
show both orders is refused. Never a silent guess (docs/spreadsheets.md, "Dates")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import run_directory as run
from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.storage import DirectoryStore
from svcmatch.tabular import read_bytes


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


def csv_of(*dates: str, column: str = "verified_on", separator: str = ";") -> str:
    """A CSV of one row per date (rows 2, 3, ... after the header)."""
    lines = [separator.join(("name", "categories", "region", column))]
    lines += [separator.join((f"Qendra {n}", "legal", "AL-11", date)) for n, date in enumerate(dates, 1)]
    return "\r\n".join(lines) + "\r\n"


def stored(root: Path, column: str = "verified_on") -> dict[str, object]:
    return {p.name: getattr(p, column) for p in DirectoryStore("AL", root).load().providers}


def test_an_ambiguous_date_takes_the_order_its_column_shows_and_says_so(root: Path) -> None:
    done = run(root, "import", "AL", "-", input=csv_of("03/04/2025", "25/04/2025", "12/01/2025"))
    assert done.exit_code == 0, done.stderr
    assert (
        "note: read the dates of column verified_on as day/month/year, as row 3 (25/04/2025) shows: "
        "03/04/2025 (row 2) is 2025-04-03 (give --date-order to read them otherwise)"
    ) in done.stderr
    assert stored(root) == {
        "Qendra 1": dt.date(2025, 4, 3),
        "Qendra 2": dt.date(2025, 4, 25),
        "Qendra 3": dt.date(2025, 1, 12),
    }


def test_month_first_is_inferred_the_same_way(root: Path) -> None:
    done = run(root, "import", "AL", "-", input=csv_of("03/04/2025", "04/25/2025"))
    assert done.exit_code == 0, done.stderr
    assert "as month/day/year, as row 3 (04/25/2025) shows: 03/04/2025 (row 2) is 2025-03-04" in done.stderr
    assert stored(root) == {"Qendra 1": dt.date(2025, 3, 4), "Qendra 2": dt.date(2025, 4, 25)}


def test_the_dry_run_says_it_too(root: Path) -> None:
    done = run(root, "import", "AL", "-", "--dry-run", input=csv_of("25/04/2025", "03/04/2025"))
    assert done.exit_code == 0, done.stderr
    assert "as day/month/year, as row 2 (25/04/2025) shows: 03/04/2025 (row 3) is 2025-04-03" in done.stderr
    assert stored(root) == {}


@pytest.mark.parametrize(
    "dates",
    [
        ("25/04/2025", "04/26/2025", "03/04/2025"),  # an ambiguous date between them
        ("25/04/2025", "04/26/2025"),  # each readable alone, but the column says two things
    ],
)
def test_a_column_whose_dates_show_both_orders_is_refused(root: Path, dates: tuple[str, ...]) -> None:
    done = run(root, "import", "AL", "-", input=csv_of(*dates))
    assert done.exit_code == 1
    assert (
        "column verified_on holds dates written day first (row 2: 25/04/2025) and month first "
        "(row 3: 04/26/2025), so the order of its dates cannot be told"
    ) in done.stderr
    assert done.stderr.count("so the order of its dates cannot be told") == len(dates)
    assert "give --date-order dmy (day first) or mdy (month first)" in done.stderr
    assert "note: read the dates" not in done.stderr
    assert stored(root) == {}


def test_skip_invalid_leaves_out_the_rows_of_such_a_column_but_not_iso_dates(root: Path) -> None:
    done = run(
        root, "import", "AL", "-", "--skip-invalid", input=csv_of("25/04/2025", "04/26/2025", "2025-04-27")
    )
    assert done.exit_code == 1
    assert stored(root) == {"Qendra 3": dt.date(2025, 4, 27)}


def test_a_given_order_is_used_as_before_without_a_note(root: Path) -> None:
    refused = run(root, "import", "AL", "-", "--date-order", "mdy", input=csv_of("25/04/2025", "03/04/2025"))
    assert refused.exit_code == 1
    assert "'25/04/2025' is not a real date" in refused.stderr
    assert "note: read the dates" not in refused.stderr
    done = run(root, "import", "AL", "-", "--date-order", "dmy", input=csv_of("25/04/2025", "03/04/2025"))
    assert done.exit_code == 0, done.stderr
    assert "note: read the dates" not in done.stderr
    assert stored(root) == {"Qendra 1": dt.date(2025, 4, 25), "Qendra 2": dt.date(2025, 4, 3)}


def test_without_an_ambiguous_date_nothing_is_inferred_or_said(root: Path) -> None:
    done = run(root, "import", "AL", "-", input=csv_of("25/04/2025", "2025-04-03", "05/05/2025"))
    assert done.exit_code == 0, done.stderr
    assert "note:" not in done.stderr
    assert stored(root) == {
        "Qendra 1": dt.date(2025, 4, 25),
        "Qendra 2": dt.date(2025, 4, 3),
        "Qendra 3": dt.date(2025, 5, 5),
    }


def test_an_ambiguous_column_without_a_telling_date_is_still_refused(root: Path) -> None:
    done = run(
        root, "import", "AL", "-", input=csv_of("03/04/2025", "2025-04-25", "05.06.2025", "07/07/2025")
    )
    assert done.exit_code == 1
    assert "'03/04/2025' could be day 3 of month 4 or day 4 of month 3" in done.stderr
    assert (
        "note: read the dates" not in done.stderr
    )  # an ISO date, dots, a day equal to its month tell nothing


def test_dates_with_dots_stay_day_first_and_show_nothing(root: Path) -> None:
    done = run(
        root, "import", "AL", "-", input=csv_of("04/25/2025", "03/04/2025", "05.04.2025", "25.04.2025")
    )
    assert done.exit_code == 0, done.stderr  # 25.04.2025 is no evidence against month first
    assert stored(root) == {
        "Qendra 1": dt.date(2025, 4, 25),
        "Qendra 2": dt.date(2025, 3, 4),
        "Qendra 3": dt.date(2025, 4, 5),
        "Qendra 4": dt.date(2025, 4, 25),
    }


def test_each_date_column_has_its_own_order(root: Path) -> None:
    text = (
        "name;categories;region;verified_on;capacity_updated\r\n"
        "Qendra 1;legal;AL-11;25/04/2025;03/04/2025\r\n"
        "Qendra 2;legal;AL-11;03/04/2025;04/05/2025\r\n"
    )
    done = run(root, "import", "AL", "-", input=text)
    assert done.exit_code == 1  # verified_on shows its order; capacity_updated does not
    assert "read the dates of column verified_on as day/month/year" in done.stderr
    assert "row 2, capacity_updated: '03/04/2025' could be day 3 of month 4" in done.stderr
    assert "row 3, capacity_updated: '04/05/2025' could be day 4 of month 5" in done.stderr
    assert "verified_on: '03/04/2025'" not in done.stderr


# --- files as Excel saves them -------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),  # "CSV UTF-8": a BOM, semicolons
        lambda text: text.encode("cp1252"),  # "CSV (separated by semicolons)" on Windows
    ],
    ids=["utf-8 with BOM", "cp1252"],
)
def test_excel_saved_csvs_are_read_the_same_way(root: Path, tmp_path: Path, encoded: object) -> None:
    text = csv_of("03/04/2025", "25/04/2025").replace("Qendra 1", "Qendra Shëndetësore")
    path = tmp_path / "excel.csv"
    path.write_bytes(encoded(text))  # type: ignore[operator]
    done = run(root, "import", "AL", str(path))
    assert done.exit_code == 0, done.stderr
    assert "as day/month/year, as row 3 (25/04/2025) shows: 03/04/2025 (row 2) is 2025-04-03" in done.stderr
    assert stored(root) == {"Qendra Shëndetësore": dt.date(2025, 4, 3), "Qendra 2": dt.date(2025, 4, 25)}


def test_xlsx_text_dates_are_inferred_and_real_date_cells_tell_nothing(root: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "categories", "region", "verified_on"])
    sheet.append(["Qendra 1", "legal", "AL-11", "03/04/2025"])  # text typed in a Text column
    sheet.append(["Qendra 2", "legal", "AL-11", dt.datetime(2025, 4, 25)])  # a real date cell
    sheet["D3"].number_format = "dd/mm/yyyy"
    path = tmp_path / "dates.xlsx"
    book.save(path)
    refused = run(root, "import", "AL", str(path))
    assert refused.exit_code == 1  # a date cell is stored as a number: how it is shown says nothing
    assert "'03/04/2025' could be day 3 of month 4 or day 4 of month 3" in refused.stderr
    sheet["D3"] = "25/04/2025"  # the same date as text shows the column's order
    book.save(path)
    done = run(root, "import", "AL", str(path))
    assert done.exit_code == 0, done.stderr
    assert "as day/month/year, as row 3 (25/04/2025) shows: 03/04/2025 (row 2) is 2025-04-03" in done.stderr
    assert stored(root) == {"Qendra 1": dt.date(2025, 4, 3), "Qendra 2": dt.date(2025, 4, 25)}


# --- any column of dates --------------------------------------------------------------------------

days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2025, 12, 31))


@settings(max_examples=60, deadline=None)
@given(dates=st.lists(days, min_size=1, max_size=12), order=st.sampled_from(["dmy", "mdy"]), data=st.data())
def test_a_column_written_in_one_order_reads_back_as_written(
    dates: list[dt.date], order: str, data: st.DataObject
) -> None:
    """Every date of a column written in one order (with one date whose day is above 12, so
    that the order shows) is read back as the day it was, whatever the others are."""
    telling = data.draw(days.filter(lambda day: day.day > 12))
    dates = data.draw(st.permutations([*dates, telling]))
    written = [
        f"{d.day:02d}/{d.month:02d}/{d.year}" if order == "dmy" else f"{d.month:02d}/{d.day:02d}/{d.year}"
        for d in dates
    ]
    result = read_bytes(csv_of(*written).encode(), "AL", fmt="csv", allow_duplicates=True)
    assert result.errors == []
    assert [p.verified_on for p in result.providers] == dates
    ambiguous = any(d.day <= 12 and d.day != d.month for d in dates)
    assert any("read the dates of column verified_on" in note for note in result.notes) == ambiguous
