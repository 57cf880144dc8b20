"""An import (and any one transaction) judges all its rows by one day: a clock that passes
midnight while the rows are checked must not refuse a date as "in the future" in one row and
take it in the next."""

from __future__ import annotations

import datetime as dt
import types
from pathlib import Path

import pytest
from helpers import run_directory as run

from svcmatch import checks, settings, tabular
from svcmatch.errors import InputError
from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore

#: The day the clock starts on; every reading after the first is the day after (midnight passed).
FIRST_DAY = dt.date(2026, 3, 1)
NEXT_DAY = FIRST_DAY + dt.timedelta(days=1)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[dt.date]:
    """The days the clock gave, in order: the first reading is FIRST_DAY, every later one
    NEXT_DAY. Put in place of `datetime` where svcmatch reads today."""
    readings: list[dt.date] = []

    class MovingDate(dt.date):
        @classmethod
        def today(cls) -> MovingDate:
            day = FIRST_DAY if not readings else NEXT_DAY
            readings.append(day)
            return cls(day.year, day.month, day.day)

    moving = types.SimpleNamespace(date=MovingDate, timedelta=dt.timedelta)
    for module in (checks, settings, tabular):
        monkeypatch.setattr(module, "dt", moving)
    return readings


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


#: Three rows verified on the day after the clock's first: each is in the future on that day.
ROWS = "name;categories;region;verified_on\r\n" + "".join(
    f"Qendra {n};legal;AL-11;{NEXT_DAY.isoformat()}\r\n" for n in range(1, 4)
)


def test_every_row_of_a_file_is_checked_against_the_same_day(clock: list[dt.date]) -> None:
    result = tabular.read_bytes(ROWS.encode(), "AL", fmt="csv")
    future = [p for p in result.problems if p.field == "verified_on"]
    assert [p.row for p in future] == [2, 3, 4]  # all three, not the first one only
    assert all("a date in the future" in p.message for p in future)
    assert result.providers == []


def test_the_command_reads_today_once(root: Path, clock: list[dt.date]) -> None:
    refused = run(root, "import", "AL", "-", input=ROWS)
    assert refused.exit_code == 1, refused.stderr
    assert refused.stderr.count("a date in the future") == 3
    assert DirectoryStore("AL", root).load().providers == ()
    assert len(clock) == 1  # one reading of the clock for the whole import


def test_a_day_given_to_the_reader_is_the_one_used(clock: list[dt.date]) -> None:
    result = tabular.read_bytes(ROWS.encode(), "AL", fmt="csv", today=NEXT_DAY)
    assert result.problems == []
    assert [p.verified_on for p in result.providers] == [NEXT_DAY] * 3
    assert clock == []  # the clock was not read


def test_a_transaction_checks_every_put_against_the_day_it_began(root: Path, clock: list[dt.date]) -> None:
    store = DirectoryStore("AL", root)
    today = Provider(id="al-a", name="A", categories=("legal",), region="AL-11", verified_on=FIRST_DAY)
    tomorrow = Provider(id="al-b", name="B", categories=("legal",), region="AL-11", verified_on=NEXT_DAY)
    with pytest.raises(InputError, match="a date in the future"), store.transaction(author="t") as txn:
        txn.put(today)
        txn.put(tomorrow)  # the clock passed midnight: still the first day's check
    assert store.load().providers == ()
