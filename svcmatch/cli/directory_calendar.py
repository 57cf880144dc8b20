"""The --calendar option of the commands that read days an office or a partner writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..dates import CALENDARS


def calendar_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--calendar, for import, the doors of one record and `referral update`: the calendar
    `what` (the file's dates, the days typed) are written in (an Ethiopian office's
    15/03/2019). Its own module: `referral update` takes it without the directory commands'
    imports."""
    return click.option(
        "--calendar",
        type=click.Choice(CALENDARS, case_sensitive=False),
        default="gregorian",
        show_default=True,
        help=f"The calendar {what} are written in: ethiopian (15/03/2019 is 2026-11-24), thai (the "
        "Buddhist era: 2569 is 2026) or solar-hijri (1405/02/10 and 10 Sawr 1405 are 2026-04-30) "
        "converts each and says so.",
    )
