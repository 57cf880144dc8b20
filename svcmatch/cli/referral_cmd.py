"""`svcmatch referral ...`: what became of each referral a package sent (docs/referrals.md)."""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import click

from ..cell_place import gives_cell_place
from ..dates import ORDER_NAMES, orders_shown
from ..errors import InputError, SvcmatchError
from ..fileio import decode_text
from ..geo import resolve_country
from ..labels import LANGUAGES, label
from ..model import Directory, Provider
from ..package_words import human_time
from ..privacy import WITHHELD
from ..referrals import (
    ANSWER_COLUMNS,
    DATE_ORDER_MORE,
    FINAL,
    LISTED_COLUMNS,
    Answer,
    Referral,
    ReferralStore,
    check_status,
    day_one_way,
    feedback,
    package_referrals,
    parse_day,
    read_day,
    read_month,
    read_period_day,
    reasons_text,
    stats,
    status_reading,
    still_open,
)
from ..render import Layout, render, visible
from ..storage import DirectoryStore, load_directory, resolve_root
from ..tables import column_key, load_json, looks_like_markdown, markdown_table, read_source, read_table
from . import LazyGroup
from .common import (
    AppContext,
    emit,
    format_option,
    handle_errors,
    output_option,
    pass_app,
    referral_folder,
    reports_on_stdout,
    say_later,
    table_width,
    warn,
    within_today_range,
)
from .directory_calendar import calendar_option

_FORMATS = ("table", "json", "jsonl", "csv", "markdown", "md")
_LIST_COLUMNS = ("id", "country", "case_ref", "need", "provider_id", "status", "reason", "opened", "deadline")
#: What a narrow terminal does without, least useful first (the last line of the table names them).
_LIST_LAYOUT = Layout(
    ids=frozenset({"id", "case_ref", "provider_id"}), drop=("country", "updated", "opened", "reason")
)
#: The region is in the table of regions below the providers'; the median days to answer go
#: before the counts (the unanswered ones are what a manager chases), the services given and
#: failed (a month's end) before the answers.
_STATS_LAYOUT = Layout(
    ids=frozenset({"provider_id"}), drop=("region", "median_days_to_answer", "failed", "completed")
)

#: The regions' table gives way on a narrow terminal as the providers' does: the services
#: given and failed (a month's end) first, then the answers still awaited.
_REGIONS_LAYOUT = Layout(drop=("failed", "completed", "awaiting"))


def referral_store(app: AppContext, *, quiet: bool = False) -> ReferralStore:
    """Referral events live beside the directory files; beside the read-only samples they go
    to the user's data folder instead. Unless `quiet`, the folder is said on stderr once the
    command has run (never before a one-line error): a caseworker who ran `referral list` from
    another folder found none and thought them lost (thirteenth office pass)."""
    folder = referral_folder(app)
    if not quiet:
        say_later(_kept_in(app, folder))
    return ReferralStore(folder, lock_timeout=app.settings.lock_timeout)


def _kept_in(app: AppContext, folder: Path) -> str:
    """Where the referrals are kept, and what chose that folder."""
    shown = folder.absolute()
    if resolve_root(app.directories, app.settings).bundled:
        return (
            f"note: no directories folder is set; referrals are kept in {shown} (give --directories "
            "or set SVCMATCH_DIRECTORIES to keep them beside your directory files)"
        )
    if app.directories or app.settings.directories:
        return f"note: referrals are kept in {shown}, beside the directory files"
    return (
        f"note: referrals are kept in {shown}, beside the current folder's directories: from another "
        "folder give --directories or set SVCMATCH_DIRECTORIES to reach them"
    )


def referral_feedback(app: AppContext, country: str, today: dt.date) -> dict[str, Any]:
    """Per provider id, what its referrals of the last 12 months say (empty without any)."""
    return feedback(referral_store(app, quiet=True).referrals(country), today)


def referred_provider(
    app: AppContext, country: str, provider_id: str, read: dict[str, Directory | None] | None = None
) -> Provider | None:
    """The provider a referral went to, as the directory holds it now (None without one).
    `read` keeps the directories read, by country: a file of many answers reads each once."""
    read = {} if read is None else read
    if country not in read:
        try:
            read[country] = load_directory(country, app.directories, settings=app.settings)
        except SvcmatchError:
            read[country] = None
    directory = read[country]
    if directory is None:
        return None
    return directory.get(provider_id) or _removed_shelter(app, country, provider_id)


def _removed_shelter(app: AppContext, country: str, provider_id: str) -> Provider | None:
    """A confidential shelter removed from the directory, as its history's last values keep it
    (its region: the history never keeps its address, town or point), so that notes about it
    are judged as before: once `directory remove` took the record, `referral show` showed a note
    giving its street and `referral update` stored one (twenty-second adversarial pass). The
    history is read once a command for each country (`AppContext.removed_shelters`)."""
    if country not in app.removed_shelters:
        app.removed_shelters[country] = _removed_shelters(app, country)
    return app.removed_shelters[country].get(provider_id)


def _removed_shelters(app: AppContext, country: str) -> dict[str, Provider]:
    """The confidential shelters that the history of `country`'s directory says were removed."""
    try:
        records = DirectoryStore(country, app.directories, settings=app.settings).history()
    except (SvcmatchError, OSError):
        return {}
    removed: dict[str, Mapping[str, Any]] = {}
    for record in records:  # oldest first: an id added again after its removal is no removal
        if record.provider_id is not None:
            if record.operation == "remove":
                removed[record.provider_id] = record.old
            else:
                removed.pop(record.provider_id, None)
    return {
        key: Provider(
            id=key,
            name=str(last.get("name") or key),
            region=str(last.get("region") or ""),
            confidential_address=True,
        )
        for key, last in removed.items()
        if last.get("confidential_address") is True
    }


def _check_texts(
    app: AppContext,
    store: ReferralStore,
    answers: list[Answer],
    refused: list[tuple[int, InputError]] | None = None,
) -> dict[str, Provider | None]:
    """A note or a name that would carry a confidential shelter's place is refused: a point of
    its cell, a town in or near it, a street address (`cell_place`: the answer is the same
    wherever the shelter is in its cell, so that no refusal confirms a guess); `referral show`
    shows them to whoever reads the store. Gives the provider of each referral answered.
    With `refused`, each refusal is put there with its row, and the others still checked."""
    providers: dict[str, Provider | None] = {}  # by referral id: a file may answer one many times
    read: dict[str, Directory | None] = {}
    for number, answer in enumerate(answers, start=1):
        try:
            _check_answer_texts(app, store, answers, number, answer, providers, read)
        except InputError as error:
            if refused is None:
                raise
            refused.append((answer.row or number, error))
    return providers


def _check_answer_texts(
    app: AppContext,
    store: ReferralStore,
    answers: list[Answer],
    number: int,
    answer: Answer,
    providers: dict[str, Provider | None],
    read: dict[str, Directory | None],
) -> None:
    """`_check_texts` of one answer."""
    if answer.id not in providers:
        referral = store.answered(answer, number, len(answers))
        providers[answer.id] = referred_provider(app, referral.country, referral.provider_id, read)
    provider = providers[answer.id]
    for name, text in (("note", answer.note or ""), ("by", answer.by)):
        if gives_cell_place(provider, text):
            where = answer.where(number, len(answers))
            raise InputError(
                f"{where}: the {name} names a town, a street address or coordinates near the "
                "confidential shelter it was referred to",
                f"write the {name} without the address, town or coordinates: the shelter is reached "
                "through its focal point",
            )


def _check_opened_by(
    app: AppContext, package: dict[str, Any], by: str, read: dict[str, Directory | None]
) -> None:
    """Who opens a package's referrals (`--by`, else the package's `prepared.by`) is held to
    `update --by`'s rule: a name that gives the place of a confidential shelter one of them
    goes to is refused before anything is written (`referral show` shows it). The referrals
    are the store's reading of the package: its list, or (an older package) its needs."""
    prepared = package.get("prepared")
    name = by.strip() or str((prepared.get("by") if isinstance(prepared, Mapping) else None) or "")
    if not name:
        return
    planned, country, _, _ = package_referrals(package)  # (a bad package: the store's refusal)
    for item in planned:
        provider = referred_provider(app, country, item["provider_id"], read)
        if gives_cell_place(provider, name):
            raise InputError(
                f"--by (or the package's prepared-by) names a town, a street address or coordinates near "
                f"the confidential shelter {item['provider_id']} that a referral goes to",
                "write the name without the address, town or coordinates",
            )


#: A package's words for the contact fields it may give of a provider (the error names them).
_CONTACT_WORDS = {"address": "street address", "city": "town", "email": "e-mail", "website": "website"}


def _check_places_given(
    app: AppContext, package: Mapping[str, Any], read: dict[str, Directory | None]
) -> None:
    """A package made while a shelter was public gives its street address and town (or, made
    again from the old match, its old name and e-mail that name the town): once the shelter
    is confidential, sending it gives the partner the shelter's place. Such a package is
    refused before anything is written, naming what gives the place, never its value."""
    back = package.get("return")
    country = str(back.get("country") or "").upper() if isinstance(back, Mapping) else ""
    needs = package.get("needs")
    for service in needs if isinstance(needs, list) else ():  # (a damaged package: the store refuses it)
        if not isinstance(service, Mapping):
            continue
        others = service.get("alternatives")
        for entry in [service.get("provider"), *(others if isinstance(others, list) else ())]:
            if not isinstance(entry, Mapping):
                continue
            provider = referred_provider(app, country, str(entry.get("id") or ""), read)
            if provider is None or not provider.confidential_address:
                continue
            contact = entry.get("contact") if isinstance(entry.get("contact"), Mapping) else {}
            assert isinstance(contact, Mapping)
            texts = {"name": entry.get("name"), "how to refer": entry.get("how_to_refer")}
            texts.update((_CONTACT_WORDS.get(str(key), str(key)), value) for key, value in contact.items())
            given = [
                what
                for what, text in texts.items()
                if text and (what in ("street address", "town") or gives_cell_place(provider, str(text)))
            ]
            if given:
                raise InputError(
                    f"the package gives the place of {provider.id}, a confidential shelter now (its "
                    f"{', '.join(given)}): it was made before the shelter became confidential",
                    "do not send it; make a new match and package (`svcmatch match ... --format json -o "
                    "match.json`, then `svcmatch package --from match.json`); nothing was recorded",
                )


def _withheld_about(provider: Provider | None, text: str) -> str:
    """A stored note or name as `referral show` shows it: withheld whole where it would carry
    the place of the confidential shelter the referral went to (`_check_texts`' rule, so that
    what is shown confirms no guess written into a note)."""
    return WITHHELD if gives_cell_place(provider, text) else text


def _today(app: AppContext, given: str | None) -> dt.date:
    """--today as every other command's reads it (2026-11-3, 3.11.2026: said once, after the
    command's work; they were refused as no date here until 2026-12-07)."""
    if given is not None:  # an empty one is refused, as today_of refuses it
        day, said = read_day(given, "--today")
        if said and said not in click.get_current_context().meta.setdefault(_TODAY_SAID, set()):
            click.get_current_context().meta[_TODAY_SAID].add(said)
            say_later(said)
        return within_today_range(day)
    return app.settings.today or dt.date.today()


#: The context's key of the --today readings said (a command reads its --today more than once).
_TODAY_SAID = "svcmatch.referral_today_said"


def _now(app: AppContext, given: str | None) -> dt.datetime | None:
    """The moment deadlines are measured against: now, unless a day is given as today (then a
    referral is overdue after its deadline's day)."""
    if given is not None or app.settings.today is not None:
        return None
    return dt.datetime.now().astimezone()


def _fmt(fmt: str) -> str:
    return "markdown" if fmt == "md" else fmt


def _for_people(rows: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    """The rows, their deadline written for people in a table or Markdown as the package writes
    it ('2026-12-22 03:23 (UTC+00:00)'; it was '2026-12-22T03:23+00:00' here, a third form
    beside the package's); CSV and JSON keep ISO 8601, for scripts and `update --from`."""
    if _fmt(fmt) not in ("table", "markdown"):
        return rows
    return [{**row, "deadline": human_time(row["deadline"])} if row.get("deadline") else row for row in rows]


@click.group(cls=LazyGroup)  # a mistyped subcommand as `directory`'s: 'did you mean list?'
def referral() -> None:
    """Track referrals: open them from a package, record the partners' answers, see what is due.

    Statuses follow FHIR TaskStatus: requested -> accepted | declined | cancelled;
    accepted -> in_progress | completed | failed | cancelled; in_progress -> completed |
    failed | cancelled. Nothing about the person is kept: only the case reference, the need,
    the provider and the answers.

    \b
    Examples:
      svcmatch package --from match.json --case-ref AL-2026-0042 ... --format json -o pkg.json
      svcmatch referral open --from pkg.json --by "Elira M."
      svcmatch referral update ref-1a2b3c4d5e6f --status declined --reason no_capacity
      svcmatch referral list --overdue
    """


#: --today of the referral commands: the day that counts as today (a deadline, an overdue list).
_today_option = click.option(
    "--today", default=None, metavar="YYYY-MM-DD", help="The day that counts as today."
)


@referral.command("open")
@click.option(
    "--from", "source", required=True, metavar="PACKAGE.json", help="A package made with --format json."
)
@click.option(
    "--by", default="", metavar="NAME", help="Who sent the referrals (default: the package's preparer)."
)
@_today_option
@format_option(_FORMATS)
@pass_app
@handle_errors
@reports_on_stdout
def open_(app: AppContext, source: str, by: str, today: str | None, fmt: str) -> None:
    """Record a package's referrals as requested and print their ids.

    Opening the same package again changes nothing. A draft package, or one whose consent
    has ended (--consent-until before today), is refused: a referral is sent only with
    consent.

    \b
    Example:
      svcmatch referral open --from pkg.json --by "Elira M."
    """
    package = _read_json(source)
    store = referral_store(app)
    read: dict[str, Directory | None] = {}  # the directories read, by country: once for every check
    _check_opened_by(app, package, by, read)
    _check_places_given(app, package, read)
    day = _today(app, today)
    opened = store.open_package(package, by=by, today=day)
    new = sum(1 for _, created in opened if created)
    warn(f"{new} referral(s) opened, {len(opened) - new} already recorded")
    given = {item["id"]: item["deadline"] for item in package_referrals(package)[0]}
    for item, created in opened:
        due = given.get(item.id, item.deadline)
        if not created and item.status not in FINAL and parse_day(due) != item.due():
            warn(
                f"{item.id} keeps the deadline {item.deadline} it was opened with; this package gives {due} "
                "(another priority): tell the partner, and follow it up by the new one"
            )
        if not created and item.status in FINAL:  # the same package again, or the same day's
            shown = item.said(
                lambda r, text: _withheld_about(referred_provider(app, r.country, r.provider_id, read), text)
            )
            later = parse_day(item.opened) + dt.timedelta(days=1)
            warn(
                f"{item.id} is {shown}: it is closed. A package for the same case, need, provider "
                f"and day has its id; to refer again, make the package with `package --today {later}`"
            )
    fresh = [r for r, created in opened if created]
    for item in fresh:  # a package from a match saved days ago: the provider may have closed since
        provider = referred_provider(app, item.country, item.provider_id, read)
        if read.get(item.country) is None or (provider is not None and provider.status == "active"):
            continue  # (no directory to ask, or open)
        state = "not in the directory" if provider is None else f"{provider.status} in the directory"
        warn(
            f"{item.provider_id} is {state} now ({item.need}, {item.id}): call it before the package goes; "
            f"`svcmatch referral update {item.id} --status cancelled` if it cannot take the person"
        )
    for mine, other in still_open(store.referrals(fresh[0].country), fresh) if fresh else ():
        warn(
            f"{other.case_ref} still has an open {other.need} referral to {other.provider_id} "
            f"({other.id}, {other.status}) beside the new one to {mine.provider_id}: if it replaces it, "
            f"`svcmatch referral update {other.id} --status cancelled`"
        )
    dated = max((parse_day(r.opened) for r, _ in opened), default=day)
    if dated > day + dt.timedelta(days=1):  # (a day ahead: a partner east of here)
        warn(
            f"the package is dated {dated}, after today ({day}): its referrals count from that day "
            f"(no answer can be dated before {dated - dt.timedelta(days=1)}, deadline "
            f"{opened[0][0].deadline}); make the package again without --today to send it today"
        )
    rows = [
        {"id": r.id, "need": r.need, "provider_id": r.provider_id, "deadline": r.deadline, "new": created}
        for r, created in opened
    ]
    emit(render(_for_people(rows, fmt), _fmt(fmt), width=table_width()))


@referral.command("update")
@click.argument("referral_id", required=False)
@click.option(
    "--status",
    default=None,
    metavar="STATUS",
    help="accepted, declined, in_progress, completed, failed or cancelled (or the reply form's "
    "words in the package's language; 'declined (no capacity)' gives the reason too).",
)
@click.option(
    "--reason",
    default=None,
    metavar="REASON",
    help="With declined or failed: no_capacity, not_eligible, "
    "could_not_contact, declined_by_person, referred_elsewhere or other (or the reply form's words).",
)
@click.option(
    "--note", default=None, metavar="TEXT", help="A short note. Never write the person's name or story here."
)
@click.option(
    "--date", "date_", default=None, metavar="YYYY-MM-DD", help="The day of the answer (default: today)."
)
@click.option("--by", default="", metavar="NAME", help="Who answered or recorded it.")
@click.option(
    "--date-order",
    type=click.Choice(["dmy", "mdy"]),
    default=None,
    help="Read days such as 4/11/2026 (--date, the file's date column) day first (dmy) or month first "
    "(mdy); without it such a day is refused, unless the file's other days show the order.",
)
@click.option(
    "--from",
    "source",
    default=None,
    metavar="FILE",
    help="Many answers: CSV, XLSX, JSON or JSON lines with id, status, reason, date, by, note "
    "('-': standard input). All or nothing.",
)
@calendar_option("the answers' days (--date, the file's date column)")
@_today_option
@format_option(_FORMATS)
@pass_app
@handle_errors
@reports_on_stdout
def update(
    app: AppContext,
    referral_id: str | None,
    status: str | None,
    reason: str | None,
    note: str | None,
    date_: str | None,
    by: str,
    date_order: str | None,
    source: str | None,
    calendar: str,
    today: str | None,
    fmt: str,
) -> None:
    """Record a receiving partner's answer to one referral, or many from a file.

    A declined or failed referral takes a reason. A change that its status does not allow
    (a completed referral cannot be declined) is refused. Notes are free text: do not write
    the person's name or anything that identifies them.

    \b
    Examples:
      svcmatch referral update ref-1a2b3c4d5e6f --status accepted --by "Qendra Shpresa"
      svcmatch referral update ref-1a2b3c4d5e6f --status declined --reason no_capacity
      svcmatch referral update --from answers.csv
      svcmatch referral update --from answers.csv --calendar thai
    """
    if source is not None:
        if referral_id or status:
            raise InputError("give either a referral id with --status, or --from FILE", "not both")
        one = {"--reason": reason, "--note": note, "--date": date_, "--by": by or None}
        given = [option for option, value in one.items() if value is not None]
        if given:  # (they were dropped without a word)
            in_file = ", ".join(f"the {option[2:]} column" for option in given)
            raise InputError(
                f"{', '.join(given)} {'is' if len(given) == 1 else 'are'} for one answer, not with --from",
                f"give {in_file} in {source}",
            )
        refused: list[tuple[int, InputError]] = []  # every bad row, said in one run
        rows = _rows_in_calendar(_read_rows(source), calendar.lower(), date_order, refused)
        if not rows:
            raise InputError(
                f"{source} holds no answers", "give rows with id, status, reason, date, by, note"
            )
        read: dict[str, Directory | None] = {}
        answers = _answers_in(
            rows,
            referral_store(app, quiet=True),
            lambda r, text: _withheld_about(referred_provider(app, r.country, r.provider_id, read), text),
            date_order,
            refused,
            _today(app, today),
        )
    else:
        refused = []
        if not referral_id or not status:
            raise InputError(
                "which referral, and what became of it?", "give REFERRAL_ID --status STATUS, or --from FILE"
            )
        if date_ is not None and not date_.strip():  # `--date "$DAY"` with DAY unset: not today
            raise InputError(
                "--date is empty", "give the day of the answer as YYYY-MM-DD, or leave --date out"
            )
        day_given, said = (
            _day_in_calendar(date_, calendar.lower(), "--date", date_order)
            if date_ is not None
            else (None, None)
        )
        if said:
            warn(said)
        values = {
            "id": referral_id,
            "status": status,
            "reason": reason,
            "date": day_given,
            "by": by,
            "note": note,
        }
        answers = [Answer.from_values(values)]
    for answer in answers:
        for reading in answer.readings:  # every reading other than an exact one is said
            warn(f"row {answer.row}: {reading}" if answer.row is not None else reading)
    day = _today(app, today)
    store = referral_store(app)
    providers = _check_texts(app, store, answers, refused if source is not None else None)
    if source is not None:
        _refuse_rows(source, refused, answers, store, day, providers)
    updated = (
        []
        if not answers
        else store.update(
            answers, today=day, shown=lambda item, text: _withheld_about(providers.get(item.id), text)
        )
    )
    # (none: every row of the file as recorded, or blank; a script still reads `[]`)
    warn(f"{len(answers)} answer(s) recorded")
    columns = [*_LIST_COLUMNS, "updated", "overdue"]
    emit(
        render(
            _for_people([r.to_json(day, _now(app, today)) for r in updated], fmt),
            _fmt(fmt),
            columns=columns,
            width=table_width(),
            layout=_LIST_LAYOUT,
        )
    )


@referral.command("list")
@click.option("--country", default=None, metavar="CC", help="Only this country of return.")
@click.option("--status", default=None, metavar="STATUS", help="Only referrals with this status.")
@click.option("--provider", default=None, metavar="ID", help="Only referrals to this provider.")
@click.option("--case-ref", default=None, metavar="REF", help="Only the referrals of this case.")
@click.option("--overdue", is_flag=True, help="Only requested referrals past their deadline.")
@_today_option
@format_option(_FORMATS)
@output_option
@pass_app
@handle_errors
def list_(
    app: AppContext,
    country: str | None,
    status: str | None,
    provider: str | None,
    case_ref: str | None,
    overdue: bool,
    today: str | None,
    fmt: str,
    output: str | None,
) -> None:
    """List referrals and their status; --overdue shows those still waiting past the deadline.

    \b
    Examples:
      svcmatch referral list --country AL --status requested
      svcmatch referral list --case-ref AL-2026-0042
      svcmatch referral list --overdue --today 2026-12-20 --format json
    """
    code = resolve_country(country).alpha2 if country else None
    wanted = check_status(status) if status else None
    if status and (said := status_reading(status)):
        warn(said)
    if overdue and wanted not in (None, "requested"):  # (an empty list read as nothing to chase)
        raise InputError(
            f"--overdue lists referrals still requested past their deadline; --status {wanted} gives none",
            f"leave out --overdue to list the {wanted} ones (their last answer is in the updated column)",
        )
    day, now = _today(app, today), _now(app, today)
    rows = []
    every = referral_store(app).referrals(code)
    if provider and not any(item.provider_id == provider for item in every):
        _check_provider(app, provider, code, every)
    case = case_ref.strip() if case_ref is not None else None
    if case == "":  # `--case-ref "$REF"` with REF unset listed every case's referrals
        raise InputError("--case-ref is empty", "give the case reference, or leave --case-ref out")
    if case and not any(item.case_ref == case for item in every):
        cases = {item.case_ref.casefold(): item.case_ref for item in every}
        close = [cases[c] for c in difflib.get_close_matches(case.casefold(), cases, n=2, cutoff=0.75)]
        meant = f": did you mean {' or '.join(close)}?" if close else ""
        warn(f"no referral of case {case!r} in {referral_folder(app).absolute()}{meant}")
    for item in every:
        if wanted and item.status != wanted:
            continue
        if provider and item.provider_id != provider:
            continue
        if case and item.case_ref != case:
            continue
        if overdue and not item.is_overdue(day, now):
            continue
        rows.append(item.to_json(day, now))
    if fmt == "table" and not rows:
        warn("no referrals match")
    columns = [*_LIST_COLUMNS, "updated", "overdue"]
    text = render(
        _for_people(rows, fmt), _fmt(fmt), columns=columns, width=table_width(output), layout=_LIST_LAYOUT
    )
    emit(text, output, private=True)  # case references: 0o600 when new


def _check_provider(app: AppContext, provider: str, country: str | None, referrals: list[Referral]) -> None:
    """`list --provider` with an id that no referral went to: fine for a provider of the
    directory (an empty list); for one that no directory holds either, the list stays empty (a
    script reads it) and stderr names the closest ids: a typo or capitals listed nothing with
    "no referrals match", and the manager read that the shelter had never been sent anyone."""
    countries = [country] if country else sorted({item.country for item in referrals})
    read: dict[str, Directory | None] = {}
    if not countries or any(referred_provider(app, cc, provider, read) is not None for cc in countries):
        return
    known = {item.provider_id for item in referrals}
    for directory in filter(None, read.values()):
        known.update(p.id for p in directory.providers)
    by_fold = {pid.casefold(): pid for pid in known}
    close = [by_fold[c] for c in difflib.get_close_matches(provider.casefold(), by_fold, n=2, cutoff=0.75)]
    where = " or ".join(f"the {cc} directory" for cc in countries)
    warn(
        f"--provider {provider!r}: no referral went to it, and {where} holds no such provider"
        + (
            f": did you mean {' or '.join(close)}?"
            if close
            else " (ids as `svcmatch referral list` shows them)"
        )
    )


@referral.command("show")
@click.argument("referral_id")
@_today_option
@format_option(_FORMATS)
@pass_app
@handle_errors
def show(app: AppContext, referral_id: str, today: str | None, fmt: str) -> None:
    """The full history of one referral, event by event.

    \b
    Example:
      svcmatch referral show ref-1a2b3c4d5e6f
    """
    item = referral_store(app).get(referral_id)
    day, now = _today(app, today), _now(app, today)
    provider = referred_provider(app, item.country, item.provider_id)
    history = [
        {
            **row,
            "by": _withheld_about(provider, row["by"] or "") or None,
            "note": _withheld_about(provider, row["note"] or "") or None,
        }
        for row in item.history()
    ]
    if fmt == "json":
        emit(render([], "json", document={**item.to_json(day, now), "events": history}))
        return
    if fmt == "table":
        heading = (
            f"{item.id}  {item.case_ref}  {item.need} -> {item.provider_id}  {item.status}"
            f"{' (' + item.reason + ')' if item.reason else ''}  "
            f"deadline {_for_people([{'deadline': item.deadline}], fmt)[0]['deadline']}"
            f"{'  OVERDUE' if item.is_overdue(day, now) else ''}"
        )
        click.echo(visible(heading))  # the store's texts, perhaps written by hand: shown, not obeyed
        if not all(row["applied"] for row in history):
            warn(
                "an answer marked applied=no did not follow from the status before it "
                "(answers recorded on two branches)"
            )
    emit(render(history, _fmt(fmt), width=table_width()))


@referral.command("stats")
@click.argument("country")
@click.option(
    "--since",
    default=None,
    metavar="YYYY-MM-DD",
    help="Only referrals opened on or after this day (or 1.12.2026, day first; said as read).",
)
@click.option(
    "--until",
    default=None,
    metavar="YYYY-MM-DD",
    help="Only referrals opened on or before this day (or 31.12.2026, day first; said as read).",
)
@click.option(
    "--month",
    default=None,
    metavar="YYYY-MM",
    help="Only referrals opened in this month (its first day to its last), for a month's report "
    "(or 12.2026, 'Dec 2026'; said as read).",
)
@_today_option
@format_option(_FORMATS)
@output_option
@pass_app
@handle_errors
def stats_(
    app: AppContext,
    country: str,
    since: str | None,
    until: str | None,
    month: str | None,
    today: str | None,
    fmt: str,
    output: str | None,
) -> None:
    """Per provider: referrals sent, accepted, declined by reason, median days to answer, and
    left unanswered past their deadline; per region and need: how many were accepted, declined
    or failed (and why), and left unanswered.

    \b
    Examples:
      svcmatch referral stats AL
      svcmatch referral stats AL --since 2026-07-01 --until 2026-09-30 --format csv -o q3.csv
      svcmatch referral stats AL --month 2026-11 --format markdown -o 2026-11.md
    """
    if month is not None:
        if since is not None or until is not None:
            raise InputError(
                "--month with --since or --until", "give the month, or the period's days, not both"
            )
        since, until = month_days(month)
    code = resolve_country(country).alpha2
    region_of: dict[str, str] = {}
    try:
        directory = load_directory(code, app.directories, settings=app.settings)
        region_of = {p.id: p.region for p in directory.providers if p.region}
    except SvcmatchError:
        warn(f"no directory for {code}: regions are not shown")
    first = _period_day(since, "--since") if since is not None else None
    last = _period_day(until, "--until") if until is not None else None
    if first is not None and last is not None and last < first:
        raise InputError(f"--since {first} is after --until {last}", "give the period's first day to --since")
    chosen = [
        item
        for item in referral_store(app).referrals(code)
        if (first is None or parse_day(item.opened) >= first)
        and (last is None or parse_day(item.opened) <= last)
    ]
    report = stats(chosen, region_of, today=_today(app, today))
    if fmt == "json":
        emit(render([], "json", document={"country": code, **report}), output)
        return
    if fmt == "jsonl":
        rows = [{"table": "provider", **r} for r in report["providers"]]
        rows += [{"table": "region", **r} for r in report["regions"]]
        emit(render(rows, "jsonl"), output)
        return
    providers = [
        {**r, "declined_by_reason": reasons_text(r["declined_by_reason"])} for r in report["providers"]
    ]
    regions = [{**r, "reasons": reasons_text(r["reasons"])} for r in report["regions"]]
    text = render(providers, _fmt(fmt), width=table_width(output), layout=_STATS_LAYOUT)
    if fmt in ("table", "markdown", "md"):
        text += "\n" + render(regions, _fmt(fmt), width=table_width(output), layout=_REGIONS_LAYOUT)
    else:  # csv: one table
        warn(
            "the CSV holds the providers' table; the regions' table (declined and failed per region "
            "and need, and why) is in --format json, jsonl or markdown"
        )
    emit(text, output)


def month_days(month: str) -> tuple[str, str]:
    """The first and last day of a month ('2026-02' -> 2026-02-01, 2026-02-28; 'Feb 2026' and
    '02.2026' too, the reading said)."""
    value, said = read_month(month)
    if said:
        say_later(said)
    year, number = int(value[:4]), int(value[5:])
    days = calendar.monthrange(year, number)[1]
    return dt.date(year, number, 1).isoformat(), dt.date(year, number, days).isoformat()


def _period_day(text: str, option: str) -> dt.date:
    """--since or --until's day (`read_period_day`), its reading said."""
    day, said = read_period_day(text, option)
    if said:
        say_later(said)
    return day


@referral.command("purge")
@click.option(
    "--closed-before", required=True, metavar="YYYY-MM-DD", help="Delete referrals finished before this day."
)
@click.option("--dry-run", is_flag=True, help="Only say what would be deleted.")
@pass_app
@handle_errors
def purge(app: AppContext, closed_before: str, dry_run: bool) -> None:
    """Delete finished referrals (declined, completed, failed, cancelled) closed before a date,
    for retention rules. Open referrals are never deleted.

    \b
    Example:
      svcmatch referral purge --closed-before 2026-01-01
    """
    day, today = parse_day(closed_before, "--closed-before"), _today(app, None)
    if day > today:  # a typo of the year (2062 for 2026) deleted every finished referral for good
        raise InputError(
            f"--closed-before {closed_before} is after today ({today.isoformat()}): it would delete every "
            "finished referral, those closed today too",
            "give a day that has passed (a purge cannot be undone; --dry-run says what it would delete)",
        )
    gone = referral_store(app).purge(day, dry_run=dry_run)
    verb = "would delete" if dry_run else "deleted"
    warn(f"{verb} {len(gone)} referral(s) closed before {closed_before}")
    for item in gone:
        click.echo(item.id)


#: The cells of an answers file's row that hold an answer (a row with none of them holds none).
_ANSWER_CELLS = ("status", "reason", "date", "by", "note")


def _answers_in(
    rows: list[tuple[int, dict[str, Any]]],
    store: ReferralStore,
    shown: Callable[[Referral, str], str],
    order: str | None = None,
    refused: list[tuple[int, InputError]] | None = None,
    today: dt.date | None = None,
) -> list[Answer]:
    """The answers of a file's rows. A row that gives no answer (the reply form's row of a
    referral not answered yet: its id alone) is said and not recorded; so is a row of
    `referral list`, fed back, whose status, reason and `updated` are those recorded (a row the
    manager did not edit: it was refused as "requested cannot become requested", and with it
    the rows she did edit), or that still says `requested` (never an answer) of a referral
    answered since the list was taken (said with that answer; `shown` withholds a name). A day
    whose day and month could swap (04/11/2026) is read in `order` (--date-order), else in the
    one the date column's other days show (`_column_order`), else in the one order that gives
    a day its referral can have been answered on (`_one_way`). With `refused`, a row that is
    refused is put there with its number, and the next rows are read."""
    given, blank = [], []
    for number, values in rows:
        if any(str(values.get(cell) or "").strip() for cell in _ANSWER_CELLS):
            given.append((number, values))
        else:
            shown_id = str(values.get("id") or "").strip()
            blank.append(f"row {number}" + (f" ({shown_id})" if shown_id else ""))
    if blank:
        warn(f"{_counted(blank)} no answer (a referral not answered yet): not recorded: {', '.join(blank)}")
    answers, same, again = [], [], []
    order = order or _column_order(given)
    for number, values in given:
        try:
            answer = _one_way(values, number, order, store, today) or Answer.from_values(
                values, row=number, order=order
            )
            _belong_together(answer, values, store)
            as_recorded = "updated" in values and _as_recorded(answer, values["updated"], store)
        except InputError as error:
            if refused is None:
                raise
            refused.append((number, error))
            continue
        untouched = answer.status == "requested" and not (answer.date or answer.by or answer.note)
        if as_recorded:
            same.append(f"row {number}")
        elif _recorded_already(answer, store):
            again.append(f"row {number}")
        elif "updated" in values and untouched:
            since = store.answered(answer)
            if since.status == "requested":  # (its `updated` written some other way)
                same.append(f"row {number}")
                continue
            warn(
                f"row {number} still says requested, and {since.id} is {since.said(shown)} since the list "
                "was taken: not recorded"
            )
        else:
            answers.append(answer)
    if same:
        warn(f"{_counted(same)} the referral as recorded (a row not edited): not recorded: {', '.join(same)}")
    if again:
        warn(f"{_counted(again)} an answer recorded already: not recorded again: {', '.join(again)}")
    return answers


def _one_way(
    values: Mapping[str, Any], number: int, order: str | None, store: ReferralStore, today: dt.date | None
) -> Answer | None:
    """The answer of a row whose day could be read two ways (07/12/2026) and, with no order given
    or shown by the column, can be only one of them: the other is before the referral could be
    answered (2026-07-12, months before the package's day) or after today. Said so; None for
    any other row (read as before: such a day without an order is refused, naming both)."""
    if order is not None or today is None:
        return None
    cell = values.get("date")
    try:
        referral = store.get(str(values.get("id") or "").strip())
    except InputError:
        return None
    found = day_one_way(cell, referral.earliest_answer(), today)
    if found is None:
        return None
    meant, other = found
    answer = Answer.from_values(values, row=number, order=meant)
    assert answer.date is not None  # (a day read in `meant`)
    why = f"after today ({today.isoformat()})" if other > today else _earliest_said(referral)
    said = f"date: read {str(cell).strip()!r} as {answer.date.isoformat()}: {other.isoformat()}, "
    said += f"the other reading, is {why}"
    readings = tuple(r for r in answer.readings if not r.startswith("date: "))
    return answer._replace(readings=(*readings, said))


def _earliest_said(referral: Referral) -> str:
    """Why a day is too early for an answer to the referral, in words."""
    if referral.status == "requested":
        return f"before the package's day ({referral.opened})"
    return f"before the referral's last event ({referral.updated})"


def _refuse_rows(
    source: str,
    refused: list[tuple[int, InputError]],
    answers: list[Answer],
    store: ReferralStore,
    today: dt.date,
    providers: Mapping[str, Provider | None],
) -> None:
    """Every row of an answers file that cannot be recorded, each said on its own line, then
    one error: nothing is recorded (`directory import` says every bad row so; `referral update
    --from` said one a run until the thirteenth office pass: four runs for four rows). One alone
    is the error itself, as before."""
    failed = {row for row, _error in refused}
    checked = [answer for answer in answers if answer.row not in failed]
    for error in store.refusals(
        checked, today=today, shown=lambda item, text: _withheld_about(providers.get(item.id), text)
    ):
        refused.append((_row_of(error, checked), error))
    if not refused:
        return
    if len(refused) == 1:
        raise refused[0][1]
    for _row, error in sorted(refused, key=lambda pair: pair[0]):
        warn(f"error: {error}")
    rows = sorted({row for row, _error in refused})
    raise InputError(
        f"{len(rows)} row{'s' if len(rows) > 1 else ''} of {source} cannot be recorded (each said above): "
        "nothing was recorded",
        "fix them and run it again",
    )


def _row_of(error: InputError, answers: list[Answer]) -> int:
    """The row an error of `ReferralStore.refusals` names ('row 4 (ref-...): ...'), for the order."""
    found = re.match(r"row (\d+)\b", error.message)
    return int(found.group(1)) if found else max((a.row or 0 for a in answers), default=0)


def _day_in_calendar(text: str, calendar: str, what: str, order: str | None) -> tuple[dt.date, str | None]:
    """A partner's day written in `calendar` (--calendar), as its Gregorian day, and what to say of
    its reading (`tabular.typed_day`, as `directory add` reads one); a Gregorian one as
    `read_day` reads it, in `order`. Until the twelfth office pass a Thai partner's sheet was
    refused row by row, each with the Gregorian day to type instead."""
    if calendar == "gregorian":
        return read_day(text, what, order, DATE_ORDER_MORE)
    from ..tabular import typed_day  # lazy: the sheet reader, for another calendar's days only

    day, reading = typed_day(text, calendar, what, order)
    return day, None if reading is None else reading.sentence()


def _rows_in_calendar(
    rows: list[tuple[int, dict[str, Any]]],
    calendar: str,
    order: str | None,
    refused: list[tuple[int, InputError]] | None = None,
) -> list[tuple[int, dict[str, Any]]]:
    """The rows of an answers file, each day of its date column written in `calendar` as its
    Gregorian day (in `order`, --date-order, where its day and month could swap), said
    (`_day_in_calendar`); as they are in the Gregorian calendar."""
    if calendar == "gregorian":
        return rows
    converted = []
    for number, values in rows:
        cell = values.get("date")
        if isinstance(cell, str) and cell.strip():
            try:
                day, said = _day_in_calendar(cell, calendar, f"row {number}, date", order)
            except InputError as error:
                if refused is None:
                    raise
                refused.append((number, error))
                continue
            values = {**values, "date": day}
            if said:
                warn(said)
        converted.append((number, values))
    return converted


def _column_order(rows: list[tuple[int, dict[str, Any]]]) -> str | None:
    """The order of day and month that the date column's days show, said, where some of its days
    could be read either way (04/11/2026 beside 13/11/2026: day first), as `directory import`
    reads a date column; None where they show none, or both (the swappable days are refused)."""
    cells = [(number, values["date"]) for number, values in rows if isinstance(values.get("date"), str)]
    shown, ambiguous = orders_shown(cells)
    if len(shown) != 1 or ambiguous is None:
        return None
    ((order, (row, cell)),) = shown.items()
    warn(
        f"read the days of column date as {ORDER_NAMES[order]}, as row {row} ({cell}) shows: {ambiguous[1]} "
        f"(row {ambiguous[0]}) is {read_day(ambiguous[1], order=order)[0].isoformat()} (give --date-order "
        "to read them otherwise)"
    )
    return order


def _recorded_already(answer: Answer, store: ReferralStore) -> bool:
    """Whether the store holds this very answer (its status, reason, name and note, and its day
    if the row gives one): the file run again, after a run killed half-way (SIGKILL cuts a
    write of many answers) or by a script that retries. Each was refused ("accepted cannot
    become accepted"), and with it the rows not yet recorded (twenty-first adversarial pass). No
    status comes twice in a referral's life, so such an answer is never a new one. A row without
    a name, note or day (`referral list` fed back) is no such answer: one answered since the
    list was taken is still refused, saying who answered."""
    if answer.status == "requested" or not (answer.by or answer.note or answer.date):
        return False
    referral = store.answered(answer)
    return any(
        ok
        and event.kind == "update"
        and (event.status, event.reason, event.by, event.note)
        == (answer.status, answer.reason, answer.by, answer.note)
        and (answer.date is None or event.date == answer.date.isoformat())
        for event, ok in zip(referral.events, referral.applied, strict=True)
    )


#: The cells of a `referral list` row that name its referral besides its id.
_NAMING_CELLS = ("country", "case_ref", "need", "provider_id")


def _belong_together(answer: Answer, values: Mapping[str, Any], store: ReferralStore) -> None:
    """A row of `referral list` fed back whose case_ref, need, provider_id or country are not
    those of the referral its id names is refused: an id column sorted or pasted alone in a
    sheet gave each status to another case's referral, without a word."""
    given = {cell: str(values.get(cell) or "").strip() for cell in _NAMING_CELLS}
    if not any(given.values()):
        return
    referral = store.answered(answer)
    stored = {cell: str(getattr(referral, cell)) for cell in _NAMING_CELLS}
    if all(not text or text.casefold() == stored[cell].casefold() for cell, text in given.items()):
        return
    said = " ".join(text for text in given.values() if text)
    raise InputError(
        f"row {answer.row}: its cells do not belong together: {referral.id} is {referral.case_ref}'s "
        f"{referral.need} referral to {referral.provider_id}, and the row says {said}",
        "was a column sorted or pasted alone? take `svcmatch referral list` again and edit that; "
        "nothing was recorded",
    )


def _counted(rows: list[str]) -> str:
    return f"{len(rows)} row{'s give' if len(rows) > 1 else ' gives'}"


def _as_recorded(answer: Answer, listed: Any, store: ReferralStore) -> bool:
    """Whether a row of `referral list` is the referral as recorded: its status and reason, and
    the day of its last change (`updated`), with no date, name or note of an answer."""
    if answer.date is not None or answer.by or answer.note:
        return False
    referral = store.answered(answer)
    same = (referral.status, referral.reason) == (answer.status, answer.reason)
    return same and _same_day(listed, referral.updated)


def _same_day(listed: Any, recorded: str) -> bool:
    """Whether a listed day is the recorded one (YYYY-MM-DD), as the list gave it or as a
    spreadsheet saved it again in its locale's way (22/11/2026 or 11/22/2026): a comparison,
    in either order of day and month, never a reading stored."""
    try:
        return parse_day(listed).isoformat() == recorded
    except InputError:
        pass
    local = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", str(listed).strip())
    if local is None:
        return False
    first, second, year = (int(part) for part in local.groups())
    orders = {(year, second, first), (year, first, second)}
    return any(f"{y:04d}-{m:02d}-{d:02d}" == recorded for y, m, d in orders)


def reply_form_columns() -> dict[str, str]:
    """The package's reply form's headings in every package language (as `tables.column_key`
    makes them) -> the answers file's column each holds; "" for the columns the form repeats
    from the package (need, provider, deadline), which are not read. The form filled in and
    sent back was refused: "column 'Referral id' not read"."""
    held = {
        "referral_id": "id",
        "reply_answer": "status",
        "reply_date": "date",
        "reply_by": "by",
        "reply_need": "",
        "reply_provider": "",
        "deadline": "",
    }
    return {column_key(label(key, lang)): column for lang in LANGUAGES for key, column in held.items()}


def answer_columns(columns: Mapping[str, str], source: str) -> list[str]:
    """The columns of `referral list` among `columns` (key as `tables.column_key` makes it ->
    name as written), which are not read; any other column that is not an answer's is
    refused, naming the one meant: a sheet's "Date answered" or "notes" was dropped without
    a word."""
    unknown = [
        c
        for c in columns
        if c and c not in ANSWER_COLUMNS and c not in LISTED_COLUMNS and not c.startswith(_FORM_ONLY)
    ]
    if unknown:
        said = []
        for column in unknown:
            close = difflib.get_close_matches(column, ANSWER_COLUMNS, n=1, cutoff=0.75)
            said.append(repr(columns[column]) + (f" (did you mean {close[0]}?)" if close else ""))
        raise InputError(
            f"{source}: {'columns' if len(unknown) > 1 else 'column'} {', '.join(said)} not read",
            "an answers file has the columns " + ", ".join(ANSWER_COLUMNS) + "; rename or delete the others",
        )
    return [c for c in columns if c in LISTED_COLUMNS]


def _read_json(source: str) -> dict[str, Any]:
    hint = "give the JSON of `svcmatch package ... --format json`"
    try:
        text = decode_text(read_source(source, "package"))
    except UnicodeDecodeError:
        raise InputError(f"{source} is not UTF-8 JSON", hint) from None
    document = load_json(text, source, hint)
    if not isinstance(document, dict):
        raise InputError(f"{source} is not a referral package", hint)
    return document


def _read_rows(source: str) -> list[tuple[int, dict[str, Any]]]:
    """Answers from any table the one reader takes (CSV, XLSX, JSON, JSON lines, the package's
    reply form as a Markdown table pasted from an e-mail; '-' is stdin), each with its row in
    the file (the sheet's row, the header's counting; a Markdown table's line)."""
    data = read_source(source, "answers file")
    if looks_like_markdown(data):
        table = markdown_table(data, source, what="referral answers")
    else:
        table = read_table(data, source, what="referral answers")
    if not table.info.is_plain:
        warn(table.info.describe())
    form = _FormColumns(reply_form_columns())
    rows: list[tuple[int, dict[str, Any]]] = []
    header = [form.key(str(cell)) for cell in table.header or ()]
    if form.read:  # the reply form: its 'Need' holds the package's words, not a need code to check
        header = [
            _FORM_ONLY + key if str(cell).strip() in form.unread else key
            for key, cell in zip(header, table.header or (), strict=True)
        ]
    _given_once([str(cell).strip() for cell in table.header or ()], source, form.key)
    named = {key: str(cell).strip() for key, cell in zip(header, table.header or (), strict=True)}
    for row in table:
        if row.error:
            raise InputError(
                f"{source} row {row.number}: {row.error}", row.hint or "fix the row; nothing was recorded"
            )
        if table.is_grid:
            if any(row.cells[len(header) :]):
                raise InputError(f"{source} row {row.number} has more cells than the header", "fix the row")
            values = dict(zip(header, row.cells, strict=False))
        elif isinstance(row.record, dict):
            _given_once([str(k) for k in row.record], f"{source} answer {row.number}", form.key)
            values = {form.key(str(k)): v for k, v in row.record.items()}
            named.update((form.key(str(k)), str(k)) for k in row.record)
        else:
            raise InputError(
                f"{source} answer {row.number} is not an object", "give id, status, reason, date, by, note"
            )
        if any(str(v or "").strip() for v in values.values()):
            rows.append((row.number, values))
    if not form.read and all(column_key(name) in LISTED_COLUMNS for name in form.unread):
        form.unread.clear()  # (`referral list`'s own "need": no reply form)
    listed = [column for column in answer_columns(named, source) if named[column] not in form.unread]
    if form.read or form.unread:
        warn(
            f"{source}: read the package's reply form: "
            + ", ".join(f"{name!r} as {column}" for name, column in form.read.items())
            + (f"; not read: {', '.join(map(repr, form.unread))}" if form.unread else "")
        )
    if listed:
        warn(
            f"{source}: the columns {', '.join(listed)} (of `referral list`) are not read: an answer's "
            "day is its date column (today without one)"
        )
    return rows


#: Before the key of a reply form's column that is not read (no header a person writes holds it:
#: a header "(notes)" is a column not read, refused, not one of the form's).
_FORM_ONLY = "\x1fform:"


class _FormColumns:
    """An answers file's column names as keys, the reply form's headings read as the columns
    they hold (said: `read`), and those it repeats from the package kept as unread keys in
    `_FORM_ONLY` (said: `unread`)."""

    def __init__(self, form: Mapping[str, str]) -> None:
        self.form = form
        self.read: dict[str, str] = {}
        self.unread: dict[str, None] = {}

    def key(self, name: str) -> str:
        key = column_key(name)
        held = self.form.get(key)
        if held is None or key in ANSWER_COLUMNS or key in LISTED_COLUMNS:  # ('Date', 'Need': as they are)
            if held == "":  # ('Need': not read, and said as the form's)
                self.unread[name.strip()] = None
            return key
        if held:
            self.read[name.strip()] = held
            return held
        self.unread[name.strip()] = None
        return _FORM_ONLY + key


def _given_once(names: list[str], where: str, key: Callable[[str], str] = column_key) -> None:
    """One column under two spellings ("Status" and "status", or "id" and the reply form's
    "Referral id"): which was meant is not known (the last one was read, the other dropped)."""
    spellings: dict[str, list[str]] = {}
    for name in names:
        if key(name):
            spellings.setdefault(key(name), []).append(name)
    twice = next((given for given in spellings.values() if len(given) > 1), None)
    if twice is not None:
        raise InputError(
            f"{where} gives the column {key(twice[0])} twice ({', '.join(map(repr, twice))})",
            "keep one of them: which was meant is not known; nothing was recorded",
        )
