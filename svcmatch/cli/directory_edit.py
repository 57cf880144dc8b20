"""`svcmatch directory init/add/edit/remove/show/list/stats/history`: keep one country's file."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from ..checks import (
    Period,
    checker_for,
    doubtful_point,
    id_findings,
    id_from_town,
    refusals,
    refuse,
    stale_period,
)
from ..errors import DataError, InputError, NotFoundError
from ..geo import read_region
from ..geo.geocode import geocode_offline
from ..languages import language_codes
from ..model import (
    BOOL_FIELDS,
    CONFIDENTIAL_EXTRA_KEYS,
    DATE_FIELDS,
    FIELD_NAMES,
    HSDS_KEY,
    LIST_FIELDS,
    STATUSES,
    Directory,
    Provider,
    bool_translation,
    coerce_field,
    normalise,
    parse_coverage,
    parse_list,
    provider_from_record,
    unpack_json,
    withhold_in_texts,
)
from ..phones import read_phones
from ..privacy import (
    LOCATING_DETAILS,
    LOCATING_FIELDS,
    SheltersPlaces,
    is_confidential,
    public_advisories,
    public_coverage,
    public_directory,
    public_name,
    public_provider,
    public_record,
    public_region,
    withheld_author,
    withhold_values,
)
from ..readings import (
    Reading,
    city_readings,
    exploitation_readings,
    language_readings,
    need_readings,
    need_readings_of,
    person_words_read,
    region_reading,
    status_reading,
)
from ..render import render
from ..storage import HISTORY_FOLDER, REVISION, DirectoryStore, Root, available_countries, bundled_root
from ..tables import read_source, read_table, sniff_format
from ..tabular import KEPT_WHEN_BLANK, Duplicates, check_mark, status_translation, typed_day
from ..taxonomy import NEED_CODES, is_need_code, resolve_needs
from ..validate import shelter_place_warnings
from .command_fix import CommandFix
from .common import (
    ARGUMENTS,
    AppContext,
    WholeNumber,
    emit,
    format_option,
    handle_errors,
    open_directory,
    open_store,
    pass_app,
    reports_on_stdout,
    say_date_reading,
    say_later,
    table_width,
    today_of,
    today_option,
    warn,
)
from .directory_calendar import calendar_option

LIST_COLUMNS = ("id", "name", "categories", "city", "region", "status", "verified_on")
HISTORY_COLUMNS = ("time", "author", "action", "change", "provider", "field", "old", "new")
#: Option names of list fields: singular and repeatable, as in `--category shelter --category legal`.
_LIST_OPTION_NAMES = {
    "categories": ("--category", "--categories", "--need", "--needs"),
    "sexes": ("--sex", "--sexes"),
    "exploitation_types": ("--exploitation-type", "--exploitation-types"),
    "languages": ("--language", "--languages"),
    "documents_required": ("--document-required", "--documents-required"),
}
_FIELD_HELP = {
    "name": "Name of the service point.",
    "categories": "Need code it serves (repeat, or separate with commas; --needs as match names it).",
    "region": "ISO 3166-2 region code (or name), e.g. AL-10.",
    "coverage": "national, radius:KM, or region codes separated by |.",
    "sexes": "Sex served: female, male, other or any (repeatable).",
    "exploitation_types": "Form of exploitation handled (repeatable; any = all).",
    "languages": "A language spoken: an ISO 639 code (sq, rom) or its name (Shqip, Romanian), "
    "said as read; repeatable.",
    "organization_type": "ngo, government, international, health_facility, legal_aid, community, "
    "private, faith_based or other (other text is kept as typed).",
    "city": "Town of the service point (checked against the region's towns).",
    "address": "Street address (never shown for a confidential shelter).",
    "coordinates_approximate": "The coordinates are approximate (a town centre, not the door).",
    "outreach": "It reaches people outside its town (outreach or mobile services).",
    "min_age": "Youngest age served, in whole years.",
    "max_age": "Oldest age served, in whole years.",
    "unaccompanied_minors": "It takes unaccompanied minors.",
    "accompanying_children": "It takes the person's accompanying children.",
    "vot_specialised": "Specialised in victims of trafficking (VoTs).",
    "official_status_required": "It takes only people with official victim status.",
    "disability_access": "It has disability access.",
    "phone": "Phone with the country code, e.g. +355 4 222 333 (several: separate with |).",
    "email": "E-mail address (several: separate with |).",
    "website": "Website address.",
    "focal_point": "Contact person (a confidential shelter is reached through them).",
    "capacity_available": "Free places now (give --capacity-updated, the day confirmed).",
    "verified_by": "Who last checked the record.",
    "confidential_address": "A confidential shelter: its address, town and point never leave the file.",
    "documents_required": "A document the person must bring (repeatable).",
    "how_to_refer": "How to refer a person to it (call first, a form, ...).",
    "notes": "Free text for caseworkers; never a person's name.",
    "latitude": "Decimal degrees, e.g. 42.0683.",
    "longitude": "Decimal degrees, e.g. 19.5126.",
    "status": "active, inactive or temporarily_closed.",
    "capacity_updated": "Date the free places were confirmed (YYYY-MM-DD).",
    "verified_on": "Date the record was last checked (YYYY-MM-DD).",
}
_ADD_FIELDS = tuple(name for name in FIELD_NAMES if name not in ("id", "extra"))
#: What a field's value is, in its option's help (`--verified-on DATE`; every one said TEXT).
_FIELD_METAVARS = {
    "latitude": "DEGREES",
    "longitude": "DEGREES",
    "min_age": "YEARS",
    "max_age": "YEARS",
    "capacity_available": "N",
    "capacity_updated": "DATE",
    "verified_on": "DATE",
    "region": "REGION",
    "coverage": "COVERAGE",
    "status": "STATUS",
    "categories": "NEED",
    "sexes": "SEX",
    "languages": "LANGUAGE",
    "exploitation_types": "TYPE",
}
_AUTHOR_HELP = "Who makes the change, for the history (default: $SVCMATCH_AUTHOR, else the OS user)."


def author_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--author", default=None, help=_AUTHOR_HELP)(function)


def days_in_calendar(record: Mapping[str, Any], calendar: str, where: str = "") -> dict[str, Any]:
    """The record with each date typed in `calendar` as its Gregorian day, each reading said
    (`tabular.typed_day`); as it is for the Gregorian calendar."""
    converted = dict(record)
    for name in sorted(DATE_FIELDS & record.keys()) if calendar != "gregorian" else ():
        if record[name] is None or not str(record[name]).strip():  # cleared, as in the Gregorian one
            continue
        day, reading = typed_day(record[name], calendar, where + name)
        converted[name] = day
        if reading is not None:
            warn(reading.sentence())
    return converted


def _field_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """One option per provider field, named after it (list fields singular and repeatable)."""
    for name in reversed(_ADD_FIELDS):
        flag = "--" + name.replace("_", "-")
        help_text = _FIELD_HELP.get(name, name.replace("_", " ").capitalize() + ".")
        if name in BOOL_FIELDS:
            option = click.option(f"{flag}/--no-{flag[2:]}", name, default=None, help=help_text)
        elif name in LIST_FIELDS:
            metavar = _FIELD_METAVARS.get(name)
            option = click.option(
                *_LIST_OPTION_NAMES[name], name, multiple=True, metavar=metavar, help=help_text
            )
        else:
            option = click.option(flag, name, default=None, metavar=_FIELD_METAVARS.get(name), help=help_text)
        function = option(function)
    return function


# --- init, add, edit, remove -------------------------------------------------------------------


@click.command()
@click.argument("country")
@click.option("--title", default="", help="A title for the directory, e.g. 'Albania: NRM partners'.")
@author_option
@pass_app
@handle_errors
def init(app: AppContext, country: str, title: str, author: str | None) -> None:
    """Start an empty directory file for COUNTRY in the directories folder.

    Without --directories (or SVCMATCH_DIRECTORIES), it is ./directories/, created here when
    it does not exist yet.

    \b
    Example:
      svcmatch --directories ./my-dirs directory init AL --title "Albania referral partners"
    """
    if app.directories is None and app.settings.directories is None and not Path("directories").is_dir():
        Path("directories").mkdir()  # as `git init` does: the folder svcmatch looks for here
        samples = ", ".join(available_countries(Root(bundled_root(), bundled=True)))
        warn(
            "created ./directories/ in the current folder; svcmatch uses it when run from here, "
            f"instead of the bundled samples ({samples})"
        )
    store = open_store(app, country)
    if store.exists() and store.is_sample():
        # said before the sample's own refusal, whose fix (--allow-sample) led to "already exists"
        raise InputError(
            f"{store.path} already exists: it is the SAMPLE directory (fictional providers)",
            "start your own in another folder: "
            f"`svcmatch --directories ./my-dirs directory init {store.country}`",
        )
    store.create(title=title, author=author)
    warn(f"created {store.path}; add providers with `svcmatch directory add {store.country} ...`")
    beside = _samples_beside(store)
    if beside:  # a checkout's ./directories: a real directory among the samples, without a word
        warn(
            f"note: {store.path.parent} holds the SAMPLE directories of {', '.join(beside)}; "
            f"{store.path.name} is beside them (keep your own apart: remove it and its history "
            f"folder {store.path.parent / HISTORY_FOLDER / store.country.lower()}, then "
            f"`svcmatch --directories ./my-dirs directory init {store.country}`)"
        )


def _samples_beside(store: DirectoryStore) -> list[str]:
    """The countries whose directory files beside the store's are marked as sample data."""
    return [
        code
        for code in available_countries(Root(store.path.parent))
        if code != store.country and DirectoryStore(code, store.path.parent).is_sample()
    ]


@click.command()
@click.argument("country")
@click.option(
    "--json",
    "json_file",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
    default=None,
    help="Add the record (or list of records, or JSON lines) in this JSON file; - reads standard input.",
)
@click.option("--id", "provider_id", default=None, help="Id of the new record (default: a fresh one).")
@click.option(
    "--allow-duplicates",
    is_flag=True,
    help="Add a record without an id even when it looks like one already there (same name and "
    "town, phone or e-mail), as import's option does.",
)
@_field_options
@calendar_option("the days typed")
@author_option
@pass_app
@handle_errors
@reports_on_stdout
def add(
    app: AppContext,
    /,
    country: str,
    json_file: Any,
    provider_id: str | None,
    allow_duplicates: bool,
    calendar: str,
    author: str | None,
    **options: Any,
) -> None:
    """Add a provider to COUNTRY's directory; prints the new id.

    Give the fields as options, or whole records with --json. Repeat list options or separate
    their values with commas. A record without an id that looks like one already there (the
    same name and town, phone or e-mail, or an earlier record of the same --json) is refused
    as a likely duplicate, as import refuses it, unless --allow-duplicates.

    \b
    Examples:
      svcmatch directory add AL --name "Qendra Shpresa" --category shelter --category psychosocial \\
          --region AL-10 --city Shkodër --sex female --language sq --phone "+355 22 000 000"
      svcmatch directory add AL --json new-providers.json
      svcmatch directory add ET --name "Hope Shelter" --category shelter --region ET-AA \\
          --verified-on 15/03/2019 --calendar ethiopian
    """
    store = open_store(app, country)
    resolver = functools.partial(_read_region, country=store.country)
    if json_file is not None:
        if provider_id or any(value not in (None, ()) for value in options.values()):
            raise InputError("--json cannot be combined with field options", "put every field in the JSON")
        records = _json_records(json_file)
    else:
        records = [_option_record(provider_id, options, store.country)]
    records = [
        days_in_calendar(r, calendar, f"record {index}: " if len(records) > 1 else "")
        for index, r in enumerate(records, start=1)
    ]
    # a fix is the command line typed, with the option to give (not the --json file's)
    fix = CommandFix(ARGUMENTS, store.country, _option_flags) if json_file is None and _typed("add") else None
    providers = [
        _new_provider(r, store.country, resolver, index if len(records) > 1 else None, fix)
        for index, r in enumerate(records, start=1)
    ]
    with store.transaction(author=author, action="add") as transaction:
        added: list[str] = []
        written: list[Provider] = []
        unplaced: list[Provider] = []
        info = transaction.directory.info
        duplicates = None if allow_duplicates else Duplicates(transaction.directory.providers, store.country)
        for index, (record, provider) in enumerate(zip(records, providers, strict=True), start=1):
            if record.get("id") and transaction.get(provider.id) is not None:
                raise InputError(
                    f"provider {provider.id!r} already exists",
                    f"change it with `svcmatch directory edit {store.country} {provider.id}`",
                )
            if record.get("id"):  # a person's id for a new shelter: not its town's letters (al-oro-1)
                refuse(id_findings(provider), f"provider {provider.id}: ")
            if not record.get("id") and duplicates is not None:
                _refuse_a_duplicate(duplicates, provider, store.country, index if len(records) > 1 else None)
            if not record.get("id"):
                provider = provider.with_changes(id=transaction.new_id(provider))
            transaction.put(provider)
            added.append(provider.id)
            written.append(provider)
            if not provider.has_location:
                unplaced.append(provider)
        at_shelters = shelter_place_warnings(transaction.directory.providers, written)
    emit("".join(f"{pid}\n" for pid in added))
    warn(f"added {len(added)} provider{'s' if len(added) != 1 else ''} to {store.path}")
    for finding in at_shelters:
        warn(finding.describe())
    for note in _unplaced_notes(Directory(info, tuple(unplaced)), store.country):
        warn(f"note: {note}")


def _unplaced_notes(unplaced: Directory, country: str) -> list[str]:
    """What added records without coordinates mean, and how each gets them: those whose town
    `directory geocode` places, together; each whose city it cannot place, with why. A city
    that is no place of the gazetteer ('Eblasn', two slips from Elbasan) was stored as written
    with the note that geocode would fill it, which then skipped it."""
    if not unplaced.providers:
        return []
    skipped = geocode_offline(unplaced).skips
    notes = [
        f"{skip.provider_id} has no coordinates, and `svcmatch directory geocode {country}` cannot "
        f"place it: {skip.reason}; its city is stored as written (give its point with "
        f"`svcmatch directory edit {country} {skip.provider_id} --set latitude=.. --set longitude=..`)"
        for skip in skipped
    ]
    left = {skip.provider_id for skip in skipped}
    placed = [p.id for p in unplaced.providers if p.id not in left]
    return ([_no_coordinates(placed, country)] if placed else []) + notes


def _no_coordinates(ids: Sequence[str], country: str) -> str:
    """What added records without coordinates mean for matching, and the command that fills them:
    `match` ranked a shelter added in the person's own town below one 80 km away, with "distance
    unknown", and `add` had not said so."""
    if len(ids) == 1:
        which, them = f"{ids[0]} has", "it is"
    else:
        more = f" and {len(ids) - 3} more" if len(ids) > 3 else ""
        which, them = f"{len(ids)} of them, {', '.join(ids[:3])}{more}, have", "they are"
    return (
        f"{which} no coordinates: `match` cannot tell how far {them} and says 'distance unknown' "
        f"(fill them from the town with `svcmatch directory geocode {country}`, or give the latitude "
        "and longitude)"
    )


def _refuse_a_duplicate(duplicates: Duplicates, provider: Provider, country: str, index: int | None) -> None:
    """Refuse a new record that is likely one stored, or an earlier one of the same --json (a
    script that ran `add` again after a timeout added the service point twice)."""
    found = duplicates.take(provider, f"record {index} of the --json" if index else "the record before")
    if found is None:
        return
    other, kind = found
    where = f"record {index}: " if index else ""
    fix = (
        "give each service point once"
        if other.startswith("record ")
        else f"change it with `svcmatch directory edit {country} {other}`"
    )
    raise InputError(
        f"{where}likely a duplicate of {other} ({kind}); nothing was added",
        f"{fix}, or give --allow-duplicates to add it anyway",
    )


def _option_record(provider_id: str | None, options: Mapping[str, Any], country: str) -> dict[str, Any]:
    missing = [
        f"--{name}"
        for name in ("name", "category", "region")
        if not options.get("categories" if name == "category" else name)
    ]
    if missing:
        hint = f"give {'it' if len(missing) == 1 else 'them'}, or whole records with --json FILE"
        towns = checker_for(country).towns_named(options["city"]) if options.get("city") else ()
        regions = sorted({region for _name, region in towns})
        city = options.get("city")
        if "--region" in missing and len(regions) == 1:  # a suggestion, never filled in on its own
            hint += f"; {city} is in {regions[0]}: --region {regions[0]}"
        elif "--region" in missing and regions:
            hint += f"; towns named {city} lie in several regions ({', '.join(regions)}): give yours"
        raise InputError(f"add needs {', '.join(missing)}", hint)
    record: dict[str, Any] = {"id": provider_id or ""}
    for name, value in options.items():
        if value is None or value == ():
            continue
        record[name] = "|".join(value) if name in LIST_FIELDS else value
    return record


def _json_records(source: str) -> list[dict[str, Any]]:
    """The records of a JSON file, a JSON list or JSON lines, through the one table reader."""
    name = "standard input" if source == "-" else source
    data = read_source(source, "--json file")
    fmt = "jsonl" if sniff_format(data) == "jsonl" else "json"  # one object a line, or a document
    table = read_table(data, source, fmt=fmt)
    records = []
    for row in table:
        if row.error:
            raise InputError(f"{name}: line {row.number}: {row.error}", "give one JSON object a line")
        records.append(row.record)
    if not records or not all(isinstance(record, dict) for record in records):
        raise InputError(f"{name} holds no provider records", "give one JSON object or a list of objects")
    return records


def _typed(command: str) -> bool:
    """Whether the words typed (`ARGUMENTS`, set by the root command) are this command's: a
    script that calls the command object itself leaves the last line run there."""
    return "directory" in ARGUMENTS and command in ARGUMENTS


def _option_flags(field: str) -> tuple[str, ...]:
    """The options of `directory add` that give a field, the first as its help names it."""
    return _LIST_OPTION_NAMES.get(field, ("--" + field.replace("_", "-"),))


def _new_provider(
    record: Mapping[str, Any],
    country: str,
    resolver: Callable[[str], str],
    number: int | None,
    fix: CommandFix | None = None,
) -> Provider:
    """A checked Provider from a record (its id stays "new" until the transaction gives one)."""
    record = _status_translated(record)
    try:
        provider = provider_from_record({**record, "id": record.get("id") or "new"}, resolver)
    except InputError as error:
        where = f"record {number}: " if number is not None else ""
        raise InputError(where + error.message, error.hint) from None
    for name in BOOL_FIELDS & record.keys():
        if bool_translation(record[name]) is not None:  # "po", "oui": said, as import says it
            said = "yes" if getattr(provider, name) else "no"
            warn(Reading(name, str(record[name]).strip(), said, "translation").sentence())
    for name in sorted(DATE_FIELDS & record.keys()):
        say_date_reading(record[name], f"record {number}: {name}" if number is not None else name)
    if (spaced := status_reading(record.get("status"), provider.status)) is not None:
        say_later(spaced.sentence())  # 'temporarily closed', as import says it
    for reading in exploitation_readings(record.get("exploitation_types")):
        say_later(reading.sentence())  # 'domestic servitude'
    return _checked(provider, country, number, typed=record.get("languages"), fix=fix)


def _checked(
    provider: Provider,
    country: str,
    number: int | None = None,
    city_given: bool = True,
    typed: Any = None,
    fix: CommandFix | None = None,
    phone_given: bool = True,
) -> Provider:
    """The provider if it passes every write path's checks in COUNTRY's directory, else InputError.

    Categories may be given in people's words ('lawyer', 'livelihood'): they become codes.
    The city's reading is said only when the city was given (`city_given`): an edit of the
    notes said the stored town, a confidential shelter's too. Languages are said as `typed`
    (the value given), not as the record holds them ('English', not 'english'), as import says them.
    A phone given (`phone_given`) is read for the country as import reads it and stored in
    international format ('069 234 5678' as +355 69 234 5678, said); one that cannot be read is
    refused by the checks below, with the fix.
    """
    if phone_given and provider.phone.strip():
        provider = _read_phone_cell(provider, country)
    for reading in (
        *need_readings_of(provider.categories),
        *language_readings(parse_list(typed) if typed else provider.languages),
        *(city_readings(provider, country) if city_given else ()),
    ):
        say_later(reading.sentence())  # never before a refusal's one line
    if not all(is_need_code(code) for code in provider.categories):
        provider = provider.with_changes(categories=resolve_needs(provider.categories, tolerant=False))
    languages = language_codes(provider.languages)
    if languages != provider.languages:
        provider = provider.with_changes(languages=languages)
    for field in ("sexes", "exploitation_types"):  # 'mujer' as female, as import reads it
        codes, said = person_words_read(field, getattr(provider, field))
        if said:
            for reading in said:
                say_later(reading.sentence())
            provider = provider.with_changes(**{field: codes})
    found = refusals(provider, country, fix=fix)
    # a confidential shelter's line would echo its town and address: its fixes say what to give
    command = fix.command() if fix is not None and not provider.confidential_address else ""
    refuse(found, f"record {number}: " if number is not None else "", then=command)
    doubtful = doubtful_point(provider, country)
    if doubtful is not None:
        where = "" if number is None else f"record {number}: "
        warn(f"{where}warning: {doubtful.message} ({doubtful.fix})")
    return provider


def _status_translated(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The record with its status in the office's language ('aktiv', 'fermé temporairement':
    `tabular.STATUS_WORDS`) as its code, the reading said; as it is otherwise."""
    typed = record.get("status")
    code = status_translation(typed)
    if code is None:
        return record
    say_later(Reading("status", str(typed).strip(), code, "translation").sentence())
    return {**record, "status": code}


def _read_phone_cell(provider: Provider, country: str) -> Provider:
    """The provider with its phone cell as import stores it, each reading other than an exact
    one said; as it was when the cell cannot be read (the checks then refuse it)."""
    try:
        readings = read_phones(provider.phone, country)
    except InputError:
        return provider
    for reading in readings:
        if reading.note:
            say_later(f"phone: {reading.note}")
    return provider.with_changes(phone=" | ".join(reading.number for reading in readings))


@click.command()
@click.argument("country")
@click.argument("provider_id", metavar="ID")
@click.option(
    "--set",
    "assignments",
    multiple=True,
    required=True,
    metavar="FIELD=VALUE",
    help="A field and its new value (repeatable); an empty value clears the field (a yes/no, "
    "status, sexes and exploitation_types have no empty value: give one).",
)
@calendar_option("the days typed")
@author_option
@pass_app
@handle_errors
def edit(
    app: AppContext,
    country: str,
    provider_id: str,
    assignments: tuple[str, ...],
    calendar: str,
    author: str | None,
) -> None:
    """Change fields of provider ID in COUNTRY's directory.

    List values are separated by | or commas; yes/no fields take yes/no/true/false.

    \b
    Examples:
      svcmatch directory edit AL al-shk-1a2b --set phone="+355 22 111 222" --set status=inactive
      svcmatch directory edit AL al-shk-1a2b --set languages=sq,en --set verified_on=2026-03-01
      svcmatch directory edit ET et-add-1a2b --set verified_on=15/03/2019 --calendar ethiopian
    """
    store = open_store(app, country)
    resolver = functools.partial(_read_region, country=store.country)
    changes: dict[str, Any] = {}
    typed: dict[str, str] = {}  # as given: readings say what was typed
    for text in assignments:
        name, value = _assignment(text, resolver, calendar)
        typed[name] = text.partition("=")[2]
        if name in changes and changes[name] != value:  # the last would win without a word
            raise InputError(
                f"--set gives {name} twice ({changes[name]!r}, then {value!r})",
                f"give --set {name}=... once, with the value you mean",
            )
        changes[name] = value
    with store.transaction(author=author, action="edit") as transaction:
        provider = _existing(transaction.get(provider_id), provider_id, store.country)
        city_given = bool(str(changes.get("city") or "").strip())
        updated = _checked(
            normalise(provider.with_changes(**changes)),
            store.country,
            city_given=city_given,
            typed=typed.get("languages"),
            fix=CommandFix(ARGUMENTS, store.country) if _typed("edit") else None,
            phone_given="phone" in changes,
        )
        changed = [name for name in changes if getattr(updated, name) != getattr(provider, name)]
        # A confidential shelter's address, town or point given counts as changed whatever its
        # value, as in an import: "nothing changed" (and no new revision) would confirm a guess.
        touched = tuple(
            name
            for name in (*LOCATING_FIELDS, *LOCATING_DETAILS)
            if name in changes and changes[name] not in (None, "") and is_confidential(provider)
        )
        changed += [name for name in touched if name not in changed]
        transaction.put(updated, touched=touched)
        at_shelters = shelter_place_warnings(transaction.directory.providers, [updated])
    warn(f"edited {provider_id}: {', '.join(changed)}" if changed else f"{provider_id}: nothing changed")
    for finding in at_shelters:
        warn(finding.describe())
    if updated.confidential_address and not provider.confidential_address:  # said when it turns
        for finding in id_from_town(updated):
            warn(f"{finding.severity}: {finding.message} ({finding.fix})")


#: What an empty `--set` of a field with no empty value would have made it, and its values.
_NO_EMPTY_VALUE = {
    "status": ("active", "active, inactive or temporarily_closed"),
    "sexes": ("any", "female, male, other or any"),
    "exploitation_types": ("any", "sexual, labour, begging, ... or any"),
}


def _assignment(text: str, resolver: Callable[[str], str], calendar: str = "gregorian") -> tuple[str, Any]:
    name, equals, value = text.partition("=")
    name = name.strip().replace("-", "_")
    if not equals or not name:
        raise InputError(
            f"--set {text!r} is not FIELD=VALUE",
            f"write it as --set {name or 'FIELD'}=VALUE, e.g. --set status=inactive",
        )
    if name == "id":
        raise InputError("the id of a record cannot change", "remove the record and add it again")
    if name in KEPT_WHEN_BLANK and not value.strip():  # `--set status="$STATUS"`, the variable unset
        became, choices = _NO_EMPTY_VALUE.get(name, ("no", "yes or no"))
        raise InputError(
            f"--set {name}= is empty, and {name} has no empty value (it would have become {became} "
            "without a word)",
            f"give --set {name}= one of {choices}",
        )
    if name == "status":
        value = _status_translated({name: value})[name]  # 'aktiv': read and said, as import reads it
    if name in BOOL_FIELDS and (ticked := check_mark(name, value)) is not None:  # '✓', as import reads it
        say_later(Reading(name, value.strip(), "yes" if ticked else "no", "check mark").sentence())
        value = "yes" if ticked else "no"
    coerced = coerce_field(name, days_in_calendar({name: value}, calendar).get(name), resolver)
    if name in BOOL_FIELDS and bool_translation(value) is not None:  # 'po', 'oui': said, as import says it
        warn(Reading(name, value.strip(), "yes" if coerced else "no", "translation").sentence())
    if name in DATE_FIELDS and calendar == "gregorian":
        say_date_reading(value, name)
    if name == "status" and (spaced := status_reading(value, coerced)) is not None:
        say_later(spaced.sentence())
    for reading in exploitation_readings(value) if name == "exploitation_types" else ():
        say_later(reading.sentence())
    return name, coerced


def _existing(provider: Provider | None, provider_id: str, country: str) -> Provider:
    if provider is None:
        raise NotFoundError(
            f"no provider {provider_id!r} in the {country} directory",
            f"list the ids with `svcmatch directory list {country}`",
        )
    return provider


@click.command()
@click.argument("country")
@click.argument("provider_id", metavar="ID")
@author_option
@pass_app
@handle_errors
def remove(app: AppContext, country: str, provider_id: str, author: str | None) -> None:
    """Remove provider ID from COUNTRY's directory (the history keeps its last values).

    \b
    Example:
      svcmatch directory remove AL al-shk-1a2b --author "M. Hoxha"
    """
    store = open_store(app, country)
    with store.transaction(author=author, action="remove") as transaction:
        provider = _existing(transaction.get(provider_id), provider_id, store.country)
        transaction.delete(provider_id)
    warn(f"removed {provider_id} ({public_name(provider)})")


# --- show, list, stats, history ----------------------------------------------------------------


@click.command()
@click.argument("country")
@click.argument("provider_id", metavar="ID")
@click.option(
    "--include-confidential",
    is_flag=True,
    help="Show a confidential shelter's address and coordinates (for the file's owner only).",
)
@format_option()
@pass_app
@handle_errors
def show(app: AppContext, country: str, provider_id: str, include_confidential: bool, fmt: str) -> None:
    """Show every field of provider ID.

    A confidential shelter's address and coordinates are left out unless --include-confidential.

    \b
    Example:
      svcmatch directory show AL al-shk-1a2b --format json
    """
    directory = open_directory(app, country)
    provider = _existing(directory.get(provider_id), provider_id, directory.info.country)
    if not include_confidential:  # what its kept material holds of a shelter's place left out
        shelters = (p for p in directory.providers if p.confidential_address)
        provider = public_directory(replace(directory, providers=(provider, *shelters))).providers[0]
    record = provider.to_record()
    if provider.confidential_address and not include_confidential:
        record = public_record(provider, country=directory.info.country)
        for name in (*LOCATING_FIELDS, *LOCATING_DETAILS):
            record.pop(name)
        warn(
            "address, town, coordinates and location details of this confidential shelter are "
            "hidden (--include-confidential shows them)"
        )
    # The stored record carries its revision: `import` of this JSON, edited, must not undo an
    # edit made since (it refuses a row of an older revision, as it does an older export's).
    record[REVISION] = directory.revision(provider.id)
    coverage = (
        provider.coverage if include_confidential else public_coverage(provider, directory.info.country)
    )
    shown = {**record, "coverage": coverage.to_text(), "extra": _readable_extra(record["extra"])}
    rows = [{"field": name, "value": value} for name, value in shown.items()]
    emit(render(rows, fmt, columns=["field", "value"], document=record, width=table_width()))


def _readable_extra(extra: Mapping[str, Any]) -> dict[str, Any]:
    """`extra` as a row shows it: what an HSDS import kept aside as the objects it holds, not as
    the packed text stored (deflated, base64), which told a data manager nothing (third country
    office pass). The JSON form gives the stored record, to edit and import again."""
    packed = (HSDS_KEY, *CONFIDENTIAL_EXTRA_KEYS)
    return {
        key: unpack_json(value) if key in packed and isinstance(value, str) else value
        for key, value in extra.items()
    }


def selection_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """--category and --region, as `list` and `verify` select providers (`provider_filter`)."""
    function = click.option(
        "--region", default=None, help="Only providers located in this region (code or name)."
    )(function)
    return click.option(
        "--category",
        "--need",
        "--needs",
        "categories",
        multiple=True,
        help="Only providers serving this need (code or word; repeatable; --needs as match names it).",
    )(function)


@click.command("list")
@click.argument("country")
@selection_options
@click.option("--status", type=click.Choice(STATUSES), default=None, help="Only providers with this status.")
@format_option()
@pass_app
@handle_errors
def list_(
    app: AppContext,
    country: str,
    categories: tuple[str, ...],
    region: str | None,
    status: str | None,
    fmt: str,
) -> None:
    """List the providers of COUNTRY's directory, optionally filtered.

    Addresses and coordinates are never listed.

    \b
    Examples:
      svcmatch directory list AL --category shelter --region AL-10
      svcmatch directory list UA --status temporarily_closed --format csv
    """
    directory = open_directory(app, country)
    selected = provider_filter(categories, region, directory.info.country)
    rows = [
        {
            column: _plain(getattr(public_provider(p, directory.info.country), column))
            for column in LIST_COLUMNS
        }
        for p in directory.providers
        if selected(p) and (status is None or p.status == status)
    ]
    emit(render(rows, fmt, columns=LIST_COLUMNS, width=table_width()))


def provider_filter(
    categories: tuple[str, ...], region: str | None, country: str, *, writes: bool = False
) -> Callable[[Provider], bool]:
    """Whether a provider serves one of the needs (codes or words; any of them) and is located
    in the region (a code or a name), as `list` and `verify` select; readings said on stderr.
    For a command that `writes` to the records it selects, a need read only by a close
    spelling is refused: a record is never changed on a guess."""
    words = ", ".join(categories)  # each option may hold several, with commas, as match's --needs
    wanted = set(resolve_needs(words)) if categories else None
    for reading in need_readings(words, field="category") if categories else ():
        if writes and reading.how == "spelling":  # records stamped on a guess: refused
            raise InputError(
                f"--category {reading.input!r} is no need word, only close to {reading.read_as}",
                f"give the need code: --category {reading.read_as.split(',')[0]}",
            )
        warn(reading.sentence())  # 'doctr' as medical: said, as --region's reading is
    region_code = _read_region(region, country) if region else None
    return lambda p: (
        (wanted is None or bool(wanted & set(p.categories)))
        and (region_code is None or p.region == region_code)
    )


def _read_region(text: str, country: str) -> str:
    """A region code from a code, a name or a town, read exactly (svcmatch.geo.read_region); a
    reading other than exact (a town for its region, another language) is said on stderr."""
    reading = read_region(text, country)
    said = region_reading("region", reading)
    if said is not None:
        say_later(said.sentence())  # never before a refusal's one line
    return reading.code


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@click.command()
@click.argument("country")
@click.option(
    "--stale-months",
    type=WholeNumber(1, 600),
    default=None,
    help="A record not verified for this many calendar months is stale [default: 12, as match counts it].",
)
@today_option
@format_option()
@pass_app
@handle_errors
def stats(app: AppContext, country: str, stale_months: int | None, today: str | None, fmt: str) -> None:
    """Count COUNTRY's providers by category, region and status, and the stale records.

    \b
    Example:
      svcmatch directory stats MA --stale-months 6
    """
    directory = open_directory(app, country)
    period = Period(stale_months) if stale_months is not None else stale_period()
    summary = directory_stats(directory, period, today_of(app, today))
    rows = [{"group": "total", "value": "providers", "count": summary["providers"]}]
    for group, key in (("category", "by_category"), ("region", "by_region"), ("status", "by_status")):
        rows += [{"group": group, "value": value, "count": count} for value, count in summary[key].items()]
    rows.append(
        {
            "group": "verification",
            "value": f"stale ({period} or more)",
            "count": len(summary["stale"]),
        }
    )
    rows.append({"group": "verification", "value": "never verified", "count": len(summary["never_verified"])})
    # advisories (`directory advise`): what caseworkers must see before a return there
    rows += [
        {"group": "advisory", "value": code, "count": text} for code, text in summary["advisories"].items()
    ]
    emit(render(rows, fmt, columns=["group", "value", "count"], document=summary, width=table_width()))


def directory_stats(directory: Directory, period: Period, today: dt.date) -> dict[str, Any]:
    """Counts by category (need-code order), region, status; ids of the records stale after
    `period` (checks.Period, in months) and of those never verified."""
    providers = directory.providers
    # a confidential shelter's codes written with its town ("moved to Orosh") withheld
    shown = [withhold_in_texts(p) for p in providers]
    categories = Counter(code for p in shown for code in p.categories)
    order = {code: index for index, code in enumerate(NEED_CODES)}
    return {
        "country": directory.info.country,
        "providers": len(providers),
        "by_category": dict(sorted(categories.items(), key=lambda item: (order.get(item[0], 99), item[0]))),
        "by_region": dict(
            sorted(Counter(public_region(p, directory.info.country) or "(none)" for p in providers).items())
        ),
        "by_status": _ordered_counts((p.status for p in shown), STATUSES),
        "stale_months": period.count,
        "stale": [
            p.id for p in providers if p.verified_on is not None and period.is_stale(p.verified_on, today)
        ],
        "never_verified": [p.id for p in providers if p.verified_on is None],
        "advisories": dict(directory.info.advisories),
    }


def _ordered_counts(values: Iterable[str], order: Sequence[str]) -> dict[str, int]:
    counts = Counter(values)
    return {value: counts[value] for value in [*order, *sorted(set(counts) - set(order))] if counts[value]}


@click.command()
@click.argument("country")
@click.argument("provider_id", metavar="[ID]", required=False)
@format_option()
@pass_app
@handle_errors
def history(app: AppContext, country: str, provider_id: str | None, fmt: str) -> None:
    """Show who changed what in COUNTRY's directory, and when (oldest first), one row per field.

    The history records that a confidential shelter's address or coordinates changed, never
    what they were or became: they never leave the directory file.

    \b
    Examples:
      svcmatch directory history AL
      svcmatch directory history AL al-shk-1a2b --format json
    """
    store = open_store(app, country)
    records = store.history(provider_id)
    if provider_id is not None and not records:
        raise NotFoundError(
            f"no history of provider {provider_id!r} in the {store.country} directory",
            f"list the ids with `svcmatch directory list {store.country}`",
        )
    try:
        stored = {p.id: p.to_record() for p in store.load().providers}
        confidential: set[str | None] | None = {pid for pid, p in stored.items() if p["confidential_address"]}
    except DataError:  # a damaged file: its history helps to repair it, with every address masked
        stored, confidential = {}, None
    shelters = SheltersPlaces.of(stored.values())  # a public record's kept places (privacy)
    document: list[dict[str, Any]] = []
    for record in records:
        # svcmatch never writes these values into the history; mask them anyway in records
        # that came from elsewhere (a hand-edited or foreign history file).
        hidden = (
            confidential is None
            or record.provider_id in confidential
            or any(values.get("confidential_address") for values in (record.old, record.new))
        )
        # a free text written by an older svcmatch may give the place as it is now stored
        places = (stored.get(record.provider_id or ""), record.old, record.new)
        old, new = (
            _masked(values, places) if hidden else _kept_shown(values, shelters)
            for values in (record.old, record.new)
        )
        if record.provider_id is None:  # the directory's own: its advisories, as every output shows them
            old, new = (_public_meta(values, stored.values()) for values in (old, new))
        document.append(
            {
                "time": record.time.isoformat(timespec="seconds").replace("+00:00", "Z"),
                "author": withheld_author(record.author, *places) if hidden else record.author,
                "action": record.action,
                "operation": record.operation,
                "provider": record.provider_id,
                "old": old,
                "new": new,
            }
        )
    rows = [
        {
            "time": entry["time"],
            "author": entry["author"],
            "action": entry["action"],
            "change": entry["operation"],
            "provider": entry["provider"] or "(directory)",
            "field": name,
            "old": _cell(entry["old"].get(name)),
            "new": _cell(entry["new"].get(name)),
        }
        for entry in document
        for name in sorted({*entry["old"], *entry["new"]})
    ]
    emit(render(rows, fmt, columns=HISTORY_COLUMNS, document=document, width=table_width()))


def _public_meta(values: dict[str, Any], stored: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A change of the directory's meta with its advisories as outputs show them (no
    confidential shelter's street address or point: `privacy.public_advisories`)."""
    advisories = values.get("advisories")
    if not isinstance(advisories, Mapping) or not all(isinstance(t, str) for t in advisories.values()):
        return values
    return {**values, "advisories": dict(public_advisories(advisories.items(), stored))}


def _masked(values: Mapping[str, Any], places: Sequence[Mapping[str, Any] | None]) -> dict[str, Any]:
    return withhold_values(values, True, *places)


def _kept_shown(values: Mapping[str, Any], shelters: SheltersPlaces | None) -> dict[str, Any]:
    """A public record's values with what its kept material gives of a shelter's place withheld."""
    extra = values.get("extra")
    if shelters is None or not isinstance(extra, Mapping):
        return dict(values)
    return {**values, "extra": shelters.extra(extra)}


def _cell(value: Any) -> Any:
    """History cells: coverage as its spreadsheet text, the rest as render writes it."""
    if isinstance(value, Mapping) and "kind" in value:
        return parse_coverage(value).to_text()
    return value
