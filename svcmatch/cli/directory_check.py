"""`svcmatch directory stale` and `verify`: which records are due for a check, and stamping one."""

from __future__ import annotations

import datetime as dt

import click

from ..coverage import due_for_verification
from ..errors import InputError, NotFoundError
from ..model import parse_date
from ..referrals import last_contact
from ..render import Layout, render
from ..validate import parse_period, stale_period
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
    table_width,
    today_of,
    today_option,
    warn,
    within_today_range,
)
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
    help="Due when last verified this long ago or longer: 12m, 1y (calendar months), 365d, 52w. "
    "[default: 12m, stale as match counts it]",
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
    period = parse_period(older_than) if older_than is not None else stale_period()
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
@click.argument("provider_id", metavar="ID")
@click.option(
    "--by",
    "by",
    default=None,
    metavar="NAME",
    help="Who checked the record (default: $SVCMATCH_AUTHOR, else the OS user).",
)
@click.option(
    "--on", "on", default=None, metavar="DATE", help="The day of the check, YYYY-MM-DD (default: today)."
)
@pass_app
@handle_errors
@reports_on_stdout
def verify(app: AppContext, country: str, provider_id: str, by: str | None, on: str | None) -> None:
    """Stamp a record as checked with the provider today (or --on DATE), by you (or --by NAME).

    \b
    Examples:
      svcmatch directory verify AL al-shk-1a2b
      svcmatch directory verify AL al-shk-1a2b --by "Elira M." --on 2026-03-01
    """
    day = parse_date(on, "--on") if on is not None else dt.date.today()
    if day > dt.date.today():
        raise InputError(f"--on {day.isoformat()} is in the future", "give the day the check was made")
    within_today_range(day, "--on")
    who = (by if by is not None else app.settings.author_name()).strip()
    if not who:
        raise InputError("--by is empty", 'name who checked the record, e.g. --by "Elira M."')
    store = open_store(app, country)
    with store.transaction(author=who, action="verify") as transaction:
        provider = transaction.get(provider_id)
        if provider is None:
            raise NotFoundError(
                f"no provider {provider_id!r} in the {store.country} directory",
                f"list the records due with `svcmatch directory stale {store.country}`",
            )
        if provider.verified_on is not None and day < provider.verified_on:
            # a typo of the year, or a script's old date, made a fresh record stale without a word
            raise InputError(
                f"--on {day.isoformat()} is before the record's last verification "
                f"({provider.verified_on.isoformat()}): it would make {provider_id} look older than it is",
                "give the day of this check; to correct a wrong date, "
                f"`svcmatch directory edit {store.country} {provider_id} --set verified_on=DAY`",
            )
        transaction.put(provider.with_changes(verified_on=day, verified_by=who))
    emit(f"{provider_id}: verified on {day.isoformat()} by {who}\n")
