"""`svcmatch directory advise`: an advisory that caseworkers must see before a return to a region."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import click

from ..errors import InputError, NotFoundError
from ..geo.regions import located_region, read_region, regions
from ..model import gives_location, point_of
from ..privacy import public_advisories
from ..storage import META_ID, META_TABLE, PROVIDERS_TABLE
from .common import AppContext, emit, handle_errors, open_store, pass_app, reports_on_stdout, warn

#: An advisory is a short notice, not a report.
MAX_TEXT = 1000


@click.command()
@click.argument("country")
@click.argument("region")
@click.option("--text", "text", default=None, metavar="TEXT", help="The advisory, in plain words.")
@click.option("--clear", is_flag=True, help="Remove the region's advisory.")
@click.option(
    "--by",
    "by",
    default=None,
    metavar="NAME",
    help="Who set it, for the history (default: $SVCMATCH_AUTHOR, else the OS user).",
)
@pass_app
@handle_errors
@reports_on_stdout
def advise(app: AppContext, country: str, region: str, text: str | None, clear: bool, by: str | None) -> None:
    """Set (--text) or remove (--clear) the advisory for REGION of COUNTRY's directory.

    `match`, `batch` and `package` repeat it in their warnings whenever the place of return
    lies in that region; `directory stats` lists the advisories. REGION is an ISO 3166-2 code
    or a region's name, read exactly (a town's name is refused: give its region).

    \b
    Examples:
      svcmatch directory advise UA UA-43 --text "Under temporary military occupation: no return"
      svcmatch directory advise UA UA-43 --clear
    """
    if clear == (text is not None):
        raise InputError("give either --text or --clear", 'e.g. --text "Under military occupation"')
    body = " ".join((text or "").split())
    if text is not None and not body:
        raise InputError("--text is empty", "write the advisory, or use --clear to remove it")
    if len(body) > MAX_TEXT:
        raise InputError(f"--text has {len(body)} characters", f"keep it under {MAX_TEXT}")
    store = open_store(app, country)
    if clear and _clear_unknown_key(store, region, by if by is not None else app.settings.author_name()):
        return
    reading = read_region(region, store.country)
    if reading.how == "region_of_town":
        raise InputError(f"{region!r} is a town, not a region", f"give its region: {reading.label}")
    if reading.how is not None:
        warn(f"read region {region!r} as {reading.label}")
    who = (by if by is not None else app.settings.author_name()).strip()
    replaced: str | None = None
    keys: list[str] = []
    with store.transaction(author=who or None, action="advise") as transaction:
        current = dict(transaction.tables()[META_TABLE].get(META_ID, {}).get("advisories") or {})
        if clear:
            # under its code, or another spelling that match reads as it (AL08: storage._read_advisories)
            keys = [key for key in current if located_region(key, store.country) == reading.code]
            if not keys:
                raise NotFoundError(
                    f"no advisory for {reading.label} in the {store.country} directory",
                    f"list them with `svcmatch directory stats {store.country}`",
                )
            for key in keys:
                del current[key]
        else:
            records = transaction.tables()[PROVIDERS_TABLE].values()
            _refuse_a_shelters_place(body, records)
            replaced = current.get(reading.code)
            if replaced is not None:  # said as every output shows it (written while a shelter was public)
                ((_, replaced),) = public_advisories([(reading.code, replaced)], records)
            current[reading.code] = body
        transaction.set_meta(advisories=dict(sorted(current.items())))
    if not clear and replaced not in (None, body):  # another office's words, overwritten: say so
        warn(f"replaced the advisory for {reading.label}, which said: {replaced}")
    done = "removed" if clear else "set"
    misfiled = [key for key in keys if key != reading.code] if clear else []
    stored_as = f" (stored as {', '.join(map(repr, misfiled))})" if misfiled else ""
    emit(f"{reading.label}: advisory {done}{stored_as}\n")


def _clear_unknown_key(store: Any, key: str, who: str) -> bool:
    """Remove an advisory stored under exactly `key` when that is no region code of the
    country ('AL-7' written by hand, which `validate` reports): True when it was removed."""
    if key in {code for code, _name in regions(store.country)}:
        return False
    with store.transaction(author=who.strip() or None, action="advise") as transaction:
        current = dict(transaction.tables()[META_TABLE].get(META_ID, {}).get("advisories") or {})
        if key not in current:
            return False
        del current[key]
        transaction.set_meta(advisories=dict(sorted(current.items())))
    emit(f"{key}: advisory removed\n")
    return True


def _refuse_a_shelters_place(text: str, records: Iterable[Mapping[str, Any]]) -> None:
    """An advisory is shown to every caseworker who plans a return to its region (`match`,
    `batch`, `package`, `stats`): one that gives a confidential shelter's street address or
    exact point would give it to all of them, as a provider's own notes would. (A town is a
    fair word in an advisory of its region, and says nothing of which shelter is there.)"""
    for record in records:
        if record.get("confidential_address") is not True:
            continue
        if gives_location(text, str(record.get("address") or ""), "", point_of(record)):
            raise InputError(
                f"the advisory gives the address or exact point of the confidential shelter "
                f"{record.get('id')}, which every caseworker would see",
                "write the advisory without it (the shelter's focal point gives its address)",
            )
