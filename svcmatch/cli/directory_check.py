"""`svcmatch directory stale` and `verify`: which records are due for a check, and stamping them."""

from __future__ import annotations

import datetime as dt
import shlex

import click

from ..coverage import due_for_verification
from ..dates import other_calendar_year
from ..errors import InputError, NotFoundError
from ..model import Provider
from ..referrals import last_contact
from ..render import Layout, render
from ..storage import DirectoryStore
from ..tabular import typed_day
from ..validate import parse_period, period_reading, stale_period
from .common import (
    AppContext,
    emit,
    format_option,
    handle_errors,
    open_directory,
    open_store,
    output_option,
    pass_app,
    reports_on_stdout,
    say_date_reading,
    say_later,
    table_width,
    today_of,
    today_option,
    warn,
    within_today_range,
)
from .directory_calendar import calendar_option
from .directory_edit import provider_filter, selection_options
from .referral_cmd import referral_store

#: The table shows who to call; JSON and CSV carry every column.
_SHORT_COLUMNS = (
    "id",
    "name",
    "city",
    "verified_on",
    "days",
    "last_referral_contact",
    "focal_point",
    "phone",
)
#: On a narrow terminal the town goes first: whom to call and since when are the point.
_STALE_LAYOUT = Layout(drop=("city", "focal_point", "last_referral_contact", "name"))


@click.command()
@click.argument("country")
@click.option(
    "--older-than",
    "older_than",
    default=None,
    metavar="PERIOD",
    help="Due when last verified this long ago or longer: 12m, 1y (calendar months), 365d, 52w; "
    "a bare number counts days (12 is 12 days, said). [default: 12m, stale as match counts it]",
)
@today_option
@format_option()
@output_option
@pass_app
@handle_errors
def stale(
    app: AppContext, country: str, older_than: str | None, today: str | None, fmt: str, output: str | None
) -> None:
    """List the records due for verification, never-verified and oldest first, with whom to call.

    Due means stale, as `match` flags it and `validate` and `stats` count it: never verified,
    or not verified for 12 calendar months (or for --older-than).

    An accepted referral (`svcmatch referral`) is contact with the provider: its last date is
    shown beside verified_on.

    \b
    Examples:
      svcmatch directory stale AL
      svcmatch directory stale UA --older-than 6m --format csv -o to-call.csv
    """
    period = parse_period(older_than, "--older-than") if older_than is not None else stale_period()
    if older_than is not None and (said := period_reading(older_than, "--older-than")):
        warn(said)
    directory = open_directory(app, country)
    due = due_for_verification(directory, stale_after=period, today=today_of(app, today))
    # An accepted referral is contact with the provider: shown beside verified_on.
    contact = last_contact(referral_store(app, quiet=True).referrals(directory.info.country))
    rows = [{**item.to_row(), "last_referral_contact": contact.get(item.provider.id, "")} for item in due]
    columns = list(_SHORT_COLUMNS) if fmt in ("table", "markdown") else None
    if columns and not any(row["last_referral_contact"] for row in rows):
        columns.remove("last_referral_contact")  # no referral recorded: no empty column
    emit(render(rows, fmt, columns=columns, width=table_width(output), layout=_STALE_LAYOUT), output)
    count = f"{len(rows)} of {len(directory.providers)} records"
    warn(f"{count} never verified, or not verified for {period} or longer")


@click.command()
@click.argument("country")
@click.argument("provider_ids", metavar="[ID]...", nargs=-1)
@selection_options
@click.option(
    "--by",
    "by",
    default=None,
    metavar="NAME",
    help="Who checked the records (default: $SVCMATCH_AUTHOR, else the OS user).",
)
@click.option(
    "--on", "on", default=None, metavar="DATE", help="The day of the check, YYYY-MM-DD (default: today)."
)
@calendar_option("the days typed")
@pass_app
@handle_errors
@reports_on_stdout
def verify(
    app: AppContext,
    country: str,
    provider_ids: tuple[str, ...],
    categories: tuple[str, ...],
    region: str | None,
    by: str | None,
    on: str | None,
    calendar: str,
) -> None:
    """Stamp records as checked with the providers today (or --on DATE), by you (or --by NAME).

    Give the ids of the records checked, or --region and --category (either or both) for every
    provider that `directory list` shows with them, and any ids besides. All or nothing: an
    unknown id, or a record last verified after --on, and no record is stamped.

    \b
    Examples:
      svcmatch directory verify AL al-shk-1a2b
      svcmatch directory verify AL al-shk-1a2b al-tir-3c4d --by "Elira M." --on 2026-03-01
      svcmatch directory verify AL --region AL-10 --category shelter
      svcmatch directory verify ET et-add-1a2b --on 15/03/2019 --calendar ethiopian
    """
    day, reading = typed_day(on, calendar, "--on") if on is not None else (dt.date.today(), None)
    if reading is not None:  # 15/03/2019 under --calendar ethiopian: 2026-11-24
        say_later(reading.sentence())
    elif on is not None:
        say_date_reading(on, "--on")
    other = other_calendar_year(day, dt.date.today())
    if other is not None:  # 15/11/2569: 2026-11-15; 1405-02-10: 2026-04-30; 2083-08-20: not converted
        message, gregorian = other
        raise InputError(f"--on {message}", f"give --on {gregorian}")
    if day > dt.date.today():
        raise InputError(f"--on {day.isoformat()} is in the future", "give the day the check was made")
    within_today_range(day, "--on")
    who = (by if by is not None else app.settings.author_name()).strip()
    if not who:
        raise InputError("--by is empty", 'name who checked the record, e.g. --by "Elira M."')
    if not provider_ids and not categories and region is None:
        raise InputError(
            "no record to verify",
            f"give the ids of the records checked (`svcmatch directory stale {country}` lists those due), "
            "or --region and/or --category for every provider they select",
        )
    store = open_store(app, country)
    ids = list(dict.fromkeys(provider_ids))  # an id given twice is stamped once
    if categories or region is not None:
        ids += [p.id for p in _selected(store, categories, region) if p.id not in ids]
    with store.transaction(author=who, action="verify") as transaction:
        records = {provider_id: transaction.get(provider_id) for provider_id in ids}
        _refuse_unknown([i for i, p in records.items() if p is None], store.country)
        _refuse_newer([p for p in records.values() if p is not None], day, store.country)
        for provider in records.values():
            assert provider is not None
            transaction.put(provider.with_changes(verified_on=day, verified_by=who))
    emit("".join(f"{provider_id}: verified on {day.isoformat()} by {who}\n" for provider_id in ids))
    if len(ids) > 1:
        warn(f"verified {len(ids)} records of the {store.country} directory on {day.isoformat()} by {who}")


def _selected(store: DirectoryStore, categories: tuple[str, ...], region: str | None) -> list[Provider]:
    """The providers --category and --region select, as `directory list` shows them; none is
    an error (a region or need mistyped would stamp nothing without a word)."""
    selected = provider_filter(categories, region, store.country, writes=True)
    found = [p for p in store.load().providers if selected(p)]
    if not found:
        options = [*(("--category", c) for c in categories), *([("--region", region)] if region else [])]
        given = " ".join(f"{name} {shlex.quote(value)}" for name, value in options)
        raise NotFoundError(
            f"no provider of the {store.country} directory is selected by {given}; nothing was verified",
            f"`svcmatch directory list {store.country} {given}` shows what they select",
        )
    return found


def _refuse_unknown(missing: list[str], country: str) -> None:
    if missing:
        raise NotFoundError(
            f"no provider {', '.join(map(repr, missing))} in the {country} directory; nothing was verified",
            f"correct the id (`svcmatch directory list {country}` lists them), then verify again",
        )


def _refuse_newer(providers: list[Provider], day: dt.date, country: str) -> None:
    """A day before a record's last verification (a typo of the year, or a script's old date)
    would make a fresh record stale without a word."""
    newer = [p for p in providers if p.verified_on is not None and day < p.verified_on]
    if newer and len(providers) == 1:
        (provider,) = newer
        assert provider.verified_on is not None
        raise InputError(
            f"--on {day.isoformat()} is before the record's last verification "
            f"({provider.verified_on.isoformat()}): it would make {provider.id} look older than it is",
            "give the day of this check; to correct a wrong date, "
            f"`svcmatch directory edit {country} {provider.id} --set verified_on=DAY`",
        )
    if newer:
        listed = ", ".join(f"{p.id} ({p.verified_on})" for p in newer)
        raise InputError(
            f"--on {day.isoformat()} is before the last verification of {listed}: "
            "it would make them look older than they are; nothing was verified",
            "give the day of this check, or leave those records out",
        )
