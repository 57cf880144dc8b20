"""How old a record's facts are: the one definition of "stale", the decay of trust, fresh capacity.

`match`, `validate`, `directory stale` and `directory stats` all read "stale" from here.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

#: A record not verified for this many months (or never) is stale: flagged, and its
#: verification no longer earns points.
STALE_MONTHS = 12
#: Trust in a verification halves every this many days (continuous: 1 today, 0.5 at one
#: year, 0.25 at two years; 0 when never verified).
FRESHNESS_HALF_LIFE_DAYS = 365
#: A capacity figure older than this many days is unknown ("a rumour", DOMAIN.md).
CAPACITY_FRESH_DAYS = 30

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from `earlier` to `later` (0 when later is not after it)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def in_the_future(day: dt.date | None, today: dt.date) -> bool:
    """A date after `today` (the case's date): no record can have been checked then, so the
    fact it dates is not trusted (validate reports such a date as an error, "in the future")."""
    return day is not None and day > today


def is_stale(verified_on: dt.date | None, today: dt.date, months: int = STALE_MONTHS) -> bool:
    """Never verified, verified on a date in the future (no verification), or not verified for
    `months` whole calendar months (default STALE_MONTHS)."""
    return verified_on is None or verified_on > today or months_between(verified_on, today) >= months


@lru_cache(maxsize=4096)  # the index asks for every provider and need: dates repeat
def freshness_value(verified_on: dt.date | None, today: dt.date) -> float:
    """0..1: 1 verified today, halving every FRESHNESS_HALF_LIFE_DAYS; 0 when never verified
    or verified on a date in the future."""
    if verified_on is None or in_the_future(verified_on, today):
        return 0.0
    days = max((today - verified_on).days, 0)
    return float(0.5 ** (days / FRESHNESS_HALF_LIFE_DAYS))


def capacity_is_fresh(updated: dt.date | None, today: dt.date) -> bool:
    """A capacity figure counts as a fact only when dated within CAPACITY_FRESH_DAYS, and not
    after `today` (a date in the future is no confirmation)."""
    return updated is not None and 0 <= (today - updated).days <= CAPACITY_FRESH_DAYS


def month_year(day: dt.date) -> str:
    """'March 2025'."""
    return f"{MONTHS[day.month - 1]} {day.year}"
