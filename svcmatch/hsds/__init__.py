"""Open Referral HSDS: import 1.1, 2.0, 3.0 and 3.1 (JSON or tabular packages); export 3.0 or 3.1."""

from __future__ import annotations

import datetime as dt
import glob
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..checks import refusals
from ..errors import DataError, InputError, SvcmatchError
from ..fileio import (
    PRIVATE_FOLDER,
    atomic_text_file,
    clean_temp_files,
    private_mode,
    process_alive,
    write_bytes_atomic,
    write_text_atomic,
)
from ..model import FIELD_NAMES, Directory, Provider, unpack_json
from ..privacy import LOCATING_DETAILS, LOCATING_FIELDS, locating_extra, public_directory, public_name
from ..render import json_safe
from ..tabular import Duplicates, ReadResult, Removed, RowProblem, field_changes, keep_hidden
from .aside import KEY, PLACE_KEY, pack, unpack
from .exporter import (
    ExportReport,
    csv_text,
    exported_website,
    flatten,
    left_out_on_export,
    provider_to_service,
)
from .importer import ImportContext, convert, services_to_drafts
from .source import read_source, refuse_too_many_services
from .spec import CHILDREN, TABLES, datapackage, shape_problem, tables_of
from .vocab import load_term_map

__all__ = [
    "FORMATS",
    "HsdsReadResult",
    "hsds_json_text",
    "keep_uncarried",
    "read_hsds",
    "services_json",
    "stream_hsds_json",
    "write_hsds",
]

#: Export formats: a JSON list of nested services, or a tabular data package folder.
FORMATS = ("hsds-json", "hsds-csv")
#: HSDS versions export writes (`--hsds-version`); 3.1 adds service capacity, labelled URLs,
#: attribute labels and service areas of a service at a location.
VERSIONS = ("3.0", "3.1")
DEFAULT_VERSION = "3.1"


@dataclass
class HsdsReadResult(ReadResult):
    """A ReadResult that knows, for each provider, which fields its HSDS record carried."""

    carried: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Provider id -> the revision its record had when svcmatch exported it.
    revisions: dict[str, int] = field(default_factory=dict)
    #: "json" or "csv" (a tabular package): a package has no column for a publisher's own fields.
    form: str = ""


def keep_uncarried(result: ReadResult, directory: Directory) -> ReadResult:
    """The result with each provider that updates a stored one keeping the stored value of every
    field its source did not carry: a feed without svcmatch's attributes never resets
    `confidential_address`, the local `capacity_available` or `notes`, nor coordinates
    geocoded here. Other `extra` keys than the HSDS ones are kept too. Also: a service the
    publisher renamed keeps its stored id (`keep_renamed_ids`); a feed from elsewhere never
    moves back a newer verification or capacity (`_newer_checks`); svcmatch's own tabular
    export never deletes what it could not write (`_with_unwritten`); and the stored records
    of the feed's organizations that it leaves out are named (`_note_left_out`)."""
    carried = getattr(result, "carried", None)
    if not carried:
        return result
    result = keep_renamed_ids(result, directory)
    carried = result.carried if isinstance(result, HsdsReadResult) else carried
    stored_by_id = {p.id: p for p in directory.providers}
    providers = []
    located = dict(result.located)
    notes = list(result.notes)
    problems = list(result.problems)
    shelters = _shelters_by_place(directory)
    for provider in result.providers:
        stored = stored_by_id.get(provider.id)
        fields = carried.get(provider.id)
        if stored is None and shelters and "confidential_address" not in (fields or ()):
            provider = _at_a_shelters_place(provider, shelters, directory.info.country, notes, problems)
        if stored is not None and fields is not None:
            if stored.confidential_address:  # given, it counts as changed: no guess is confirmed
                given = tuple(  # whether its point is a town's centre too (coordinates_approximate)
                    n
                    for n in (*LOCATING_FIELDS, *LOCATING_DETAILS)
                    if n in fields and getattr(provider, n) not in (None, "")
                )
                if locating_extra(provider.extra):  # the location details a feed's record kept
                    given += ("extra",)
                if given:
                    located[provider.id] = given
            kept = {name: getattr(stored, name) for name in FIELD_NAMES if name not in fields}
            extra = {k: v for k, v in stored.extra.items() if k != KEY}
            if provider.id in getattr(result, "revisions", {}):
                provider = _service_capacity_kept(stored, provider)
            given_extra = provider.extra
            if provider.id in getattr(result, "revisions", {}):
                nested = getattr(result, "form", "") != "csv"
                given_extra = _with_unwritten(stored.extra, given_extra, nested)
            if provider.id in getattr(result, "revisions", {}):
                given_extra = _with_unusable_kept(stored.extra, given_extra)
            if stored.confidential_address and provider.id in getattr(result, "revisions", {}):
                given_extra = _with_withheld_place_ids(stored.extra, given_extra)
            kept["extra"] = {**extra, **_same_material(stored.extra, given_extra)}
            if stored.website and provider.website == exported_website(stored.website):
                kept["website"] = stored.website  # what export wrote of it: no change
            if provider.id not in getattr(result, "revisions", {}):  # a feed from elsewhere
                kept.update(_newer_checks(stored, provider, notes))
            provider = replace(provider, **kept)
        providers.append(provider)
    result = replace(result, providers=providers, located=located, notes=notes, problems=problems)
    return _note_left_out(result, directory)


def _shelters_by_place(directory: Directory) -> dict[str, str]:
    """The HSDS location id each stored confidential shelter came from -> the shelter's id."""
    places: dict[str, str] = {}
    for shelter in directory.providers:
        if shelter.confidential_address and KEY in shelter.extra:
            source = unpack(shelter.extra).get("source")
            if isinstance(source, dict) and isinstance(source.get("location"), str):
                places.setdefault(source["location"], shelter.id)
    return places


def _at_a_shelters_place(
    provider: Provider,
    shelters: Mapping[str, str],
    country: str,
    notes: list[str],
    problems: list[RowProblem],
) -> Provider:
    """A new record that the feed gives at the place (the same HSDS location) of a stored
    confidential shelter, confidential too, and said: added public (the partner's counselling
    for the shelter's residents), it gave the shelter's street in every output (third country
    office pass). A feed that says `confidential_address` itself is taken at its word."""
    if provider.confidential_address:
        return provider
    source = unpack(provider.extra).get("source")
    shelter = shelters.get(source.get("location", "")) if isinstance(source, dict) else None
    if shelter is None:
        return provider
    provider = replace(provider, confidential_address=True)
    notes.append(
        f"{provider.id}: the feed gives it at the place of a confidential shelter (the same HSDS "
        f"location as {shelter}): imported as confidential too, its address, town and point "
        "withheld from every output (a public service there: `svcmatch directory edit "
        f"{country} {provider.id} --set confidential_address=no`, which makes the place public)"
    )
    for finding in refusals(provider, country, complete=False):
        problems.append(
            RowProblem(None, provider.id, finding.field, None, f"{finding.message} ({finding.fix})")
        )
    return provider


def _newer_checks(stored: Provider, provider: Provider, notes: list[str]) -> dict[str, Any]:
    """The stored verification and capacity where they are newer than the feed's (an office
    that called the provider yesterday, after the partner's last update): a re-import moved
    `verified_on` back (the record then counted stale sooner, its `verified_by` another
    person's) and took last month's free places for today's."""
    kept: dict[str, Any] = {}
    if stored.verified_on and provider.verified_on and stored.verified_on > provider.verified_on:
        kept.update(verified_on=stored.verified_on, verified_by=stored.verified_by)
        notes.append(
            f"{stored.id}: verified here on {stored.verified_on}, after the feed's date "
            f"{provider.verified_on}: the newer verification is kept"
        )
    if (
        stored.capacity_updated
        and provider.capacity_updated
        and stored.capacity_updated > provider.capacity_updated
    ):
        kept.update(capacity_available=stored.capacity_available, capacity_updated=stored.capacity_updated)
        notes.append(
            f"{stored.id}: capacity confirmed here on {stored.capacity_updated}, after the feed's "
            f"{provider.capacity_updated}: kept"
        )
    return kept


def _service_capacity_kept(stored: Provider, provider: Provider) -> Provider:
    """`provider` (from svcmatch's own export) without the capacity it took from a service's
    capacity that the stored record keeps for the whole service (a service at several
    locations: importer._take_capacity gives it to none). Export writes one service per
    provider, at one location, so the re-import read that capacity as the provider's own."""
    if stored.capacity_available is not None or provider.capacity_available is None:
        return provider
    record = unpack(stored.extra, with_place=False).get("record")
    kept = record.get("capacities") if isinstance(record, dict) else None
    first = kept[0] if isinstance(kept, list) and kept and isinstance(kept[0], dict) else None
    feed = unpack(provider.extra)
    taken = (feed.get("keyed") or {}).get("capacity")
    if first is None or first.get("available") != provider.capacity_available or not isinstance(taken, dict):
        return provider
    if str(first.get("updated", ""))[:10] != str(provider.capacity_updated or ""):
        return provider
    feed_record = feed.setdefault("record", {})
    restored = {**taken, "available": provider.capacity_available}
    restored.setdefault("updated", first.get("updated"))
    feed_record["capacities"] = [restored, *list(feed_record.get("capacities") or [])]
    del feed["keyed"]["capacity"]
    if not feed["keyed"]:
        del feed["keyed"]
    extra = {k: v for k, v in provider.extra.items() if k not in (KEY, PLACE_KEY)}
    return replace(provider, capacity_available=None, capacity_updated=None, extra={**extra, **pack(feed)})


#: The ids of a service's place in what a record keeps of its source (importer._take_ids).
_PLACE_SOURCE_IDS = ("service_at_location", "location")


def _with_withheld_place_ids(stored: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """`given`'s kept material (a re-import of svcmatch's own export) with the stored ids of a
    confidential shelter's place that the export withheld with the place: without them, the
    partner's next feed renaming the service no longer found it at its place
    (`keep_renamed_ids`), and added it again as a public record giving its street (third
    country office pass)."""
    if KEY not in stored or KEY not in given:
        return dict(given)
    kept, feed = unpack(stored).get("source"), unpack(given)
    source = feed.get("source")
    if not isinstance(kept, dict) or not isinstance(source, dict):
        return dict(given)
    withheld = {k: kept[k] for k in _PLACE_SOURCE_IDS if k in kept and k not in source}
    if not withheld:
        return dict(given)
    feed["source"] = {**source, **withheld}
    return {**{k: v for k, v in given.items() if k not in (KEY, PLACE_KEY)}, **pack(feed)}


def _with_unwritten(
    stored: Mapping[str, Any], given: Mapping[str, Any], nested: bool = False
) -> dict[str, Any]:
    """`given`'s kept material (a re-import of svcmatch's own tabular export) with the stored
    values that the package has no column for (a publisher's own fields: organizations.csv's
    `partner_code`): export said it left them out, and the re-import deleted them. `nested`
    (svcmatch's own JSON export): the stored values that export leaves out (an organization's
    other location at latitude 100, off the earth; `exporter.left_out_on_export`), which the
    first re-import deleted, an update of the record; a value deleted from the file by hand
    stays deleted."""
    if KEY not in stored or KEY not in given:
        return dict(given)
    kept, feed = unpack(stored), unpack(given)
    record = feed.get("record")
    if not isinstance(record, dict) or not isinstance(kept.get("record"), dict):
        return dict(given)
    _add_unwritten(kept["record"], record, "service", nested)
    return {**given, **pack(feed)}


def _with_unusable_kept(stored: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """`given`'s kept material (a re-import of svcmatch's own export, either form) with the
    stored values set aside as unusable that export does not write back (a latitude of 100 and
    its pair, an e-mail that is none), in their stored places: the first re-import of an export
    dropped them, an update of the record (a new revision) whose dry run showed the list of
    unusable values before and after, cut to the same 80 characters."""
    if KEY not in stored or KEY not in given:
        return dict(given)
    kept, feed = unpack(stored), unpack(given)
    was, now = kept.get("unusable"), feed.get("unusable") or []
    if not isinstance(was, list) or not was or not isinstance(now, list):
        return dict(given)
    carried: dict[Any, list[Any]] = {}
    for item in now:
        carried.setdefault(_unusable_field(item), []).append(item)
    merged: list[Any] = []
    placed: set[Any] = set()
    for item in was:  # a field the file carried as the file gives it, the others as stored
        field = _unusable_field(item)
        if field not in carried:
            merged.append(item)
        elif field not in placed:
            merged.extend(carried[field])
            placed.add(field)
    merged += [item for item in now if _unusable_field(item) not in placed and item not in merged]
    if merged == now:
        return dict(given)
    feed["unusable"] = merged
    return {**given, **pack(feed)}


def _unusable_field(item: Any) -> Any:
    """The path of the value an entry of `unusable` set aside (None for an entry of another kind)."""
    return item.get("field") if isinstance(item, dict) else None


def _add_unwritten(stored: dict[str, Any], given: dict[str, Any], table: str, nested: bool = False) -> None:
    columns = {c.name for version in VERSIONS for c in TABLES[table].columns_of(version)}
    children = CHILDREN.get(table, {})
    for key, value in stored.items():
        child = children.get(key)
        if child is None:
            unwritten = left_out_on_export(key, value, stored) if nested else key not in columns
            if key not in given and unwritten:
                given[key] = value
            continue
        theirs = given.get(key)
        if isinstance(value, dict) and isinstance(theirs, dict) and value.get("id") == theirs.get("id"):
            _add_unwritten(value, theirs, child[0], nested)
        elif isinstance(value, list) and isinstance(theirs, list):
            by_id = {item.get("id"): item for item in theirs if isinstance(item, dict) and item.get("id")}
            for item in value:
                if isinstance(item, dict) and item.get("id") in by_id:
                    _add_unwritten(item, by_id[item["id"]], child[0], nested)


def _same_material(stored: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """`given`'s kept HSDS material, with the stored text of each part that holds the same
    values in another order: export writes an object's keys in the schema's order, so the
    first re-import of a feed whose columns came in another order was an update of every
    record (a new revision, a history entry) that changed nothing."""
    same = {
        key: stored[key]
        for key in (KEY, PLACE_KEY)
        if key in stored
        and key in given
        and stored[key] != given[key]
        and unpack_json(stored[key]) == unpack_json(given[key])
    }
    return {**given, **same}


def _organization_of(provider: Provider) -> str | None:
    """The HSDS organization id a provider was imported from (None when it kept none)."""
    if KEY not in provider.extra:
        return None
    source = unpack(provider.extra, with_place=False).get("source")
    organization = source.get("organization") if isinstance(source, dict) else None
    return str(organization) if organization else None


def _note_left_out(result: ReadResult, directory: Directory) -> ReadResult:
    """Say which stored records of the feed's organizations the feed no longer gives (a partner
    closed a service, or moved it to another location): an import never removes a record, and
    a record the feed dropped would stay in the directory, and in matches, without a word."""
    organizations = {_organization_of(p) for p in result.providers} - {None}
    if not organizations:
        return result
    given = {p.id for p in result.providers} | {p.record for p in result.problems if p.record}
    absent = sorted(
        p.id for p in directory.providers if p.id not in given and _organization_of(p) in organizations
    )
    if not absent:
        return result
    shown = ", ".join(absent[:10]) + (f", ... ({len(absent) - 10} more)" if len(absent) > 10 else "")
    many = len(absent) > 1
    note = (
        f"{len(absent)} stored record{'s' if many else ''} of the feed's organizations "
        f"{'are' if many else 'is'} not in it ({shown}): an import never removes a record; "
        f"{'they stay as they are' if many else 'it stays as it is'} "
        f"(remove one with `svcmatch directory remove {directory.info.country} ID`)"
    )
    return replace(result, notes=[*result.notes, note])


#: The HSDS ids that make one provider of a feed: its service at its location.
_PLACE_IDS = ("service", "service_at_location", "location")


def _source_key(provider: Provider) -> tuple[str, ...] | None:
    """The HSDS ids a provider was imported from (service, service at location, location), or
    None when it kept none (svcmatch's own export, or a feed without ids)."""
    if KEY not in provider.extra:
        return None
    source = unpack(provider.extra, with_place=False).get("source")
    if not isinstance(source, dict) or not source.get("service"):
        return None
    return tuple(str(source.get(name) or "") for name in _PLACE_IDS)


def keep_renamed_ids(result: ReadResult, directory: Directory) -> ReadResult:
    """The result with each new provider that comes from the same HSDS service at the same
    location (the same ids) as a stored provider given that provider's id, and a note saying
    so. A provider id is made of the service's name and a digest of its ids, so a partner that
    renamed a service gave it another id: its re-import added a second provider beside the
    old one, which stayed in the directory with the old name."""
    if not isinstance(result, HsdsReadResult):
        return result
    stored_by_id = {p.id: p for p in directory.providers}
    fresh = [p for p in result.providers if p.id not in stored_by_id and _source_key(p)]
    if not fresh:
        return result
    by_source: dict[tuple[str, ...], list[Provider]] = {}
    for provider in directory.providers:
        key = _source_key(provider)
        if key is not None:
            by_source.setdefault(key, []).append(provider)
    given = {p.id for p in result.providers}
    renamed: dict[str, Provider] = {}
    taken: set[str] = set()
    for provider in fresh:
        matches = by_source.get(_source_key(provider) or (), [])
        if len(matches) == 1 and matches[0].id not in given and matches[0].id not in taken:
            renamed[provider.id] = matches[0]
            taken.add(matches[0].id)
    if not renamed:
        return result
    notes = list(result.notes)
    providers = []
    for provider in result.providers:
        old = renamed.get(provider.id)
        if old is None:
            providers.append(provider)
            continue
        providers.append(replace(provider, id=old.id))
        notes.append(
            f"{old.id}: the feed's {public_name(provider)!r} is its HSDS service at the same "
            f"location (the same ids), renamed from {public_name(old)!r}: it updates {old.id}"
        )

    def moved(mapping: dict[str, Any]) -> dict[str, Any]:
        return {(renamed[k].id if k in renamed else k): v for k, v in mapping.items()}

    return replace(
        result,
        providers=providers,
        notes=notes,
        carried=moved(result.carried),
        revisions=moved(result.revisions),
        located=moved(result.located),
    )


def refuse_undone(result: ReadResult, directory: Directory, *, overwrite: bool) -> ReadResult:
    """The result without a record exported at another revision than the stored one's (an
    older one: it would undo the newer edit; a newer one: another copy's export) whose import
    would change the stored record: a problem per field, as a spreadsheet's row gets, unless
    `overwrite`. A feed from elsewhere carries no revision."""
    revisions = getattr(result, "revisions", None)
    if not revisions or overwrite:
        return result
    stored_by_id = {p.id: p for p in directory.providers}
    providers, problems = [], list(result.problems)
    for provider in result.providers:
        stored, revision = stored_by_id.get(provider.id), revisions.get(provider.id)
        current = directory.revision(provider.id)
        changed = (  # a revision the stored record never had (newer): from another copy's export
            field_changes(stored, keep_hidden(stored, provider), result.located.get(provider.id, ()))
            if stored is not None and revision is not None and revision != current
            else []
        )
        why = (
            f"changed since this feed was exported (stored revision {current}, the feed's {revision})"
            if revision is not None and revision < current
            else f"the feed's revision {revision} is newer than the stored {current}: it comes from "
            "another copy of the directory (or was edited by hand), and would undo this copy's edits"
        )
        for name, before, after in changed:
            problems.append(
                RowProblem(
                    None,
                    provider.id,
                    name,
                    None,
                    f"{why}: stored {before}, feed {after} (export again and redo the edit "
                    "there, or import with --overwrite to keep the feed's)",
                )
            )
        if not changed:
            providers.append(provider)
    return replace(result, providers=providers, problems=problems)


def refuse_removed(
    result: ReadResult, directory: Directory, removed: Removed, *, overwrite: bool
) -> ReadResult:
    """The result without a record of svcmatch's own export (it carries its revision) whose id
    was removed from the directory since: last month's export, imported again, brought a closed
    provider back without a word (a problem, unless `overwrite`). A record of a feed from
    elsewhere that gives a removed id is added again, with a note: the feed still lists it."""
    stored = {p.id for p in directory.providers}
    revisions = getattr(result, "revisions", {})
    providers, problems, notes = [], list(result.problems), list(result.notes)
    for provider in result.providers:
        gone = removed(provider.id) if provider.id not in stored else None
        if gone is None:
            providers.append(provider)
            continue
        when = f"on {gone.time:%Y-%m-%d} by {gone.author}"
        if provider.id in revisions and not overwrite:
            problems.append(
                _id_problem(
                    provider.id,
                    f"{provider.id} was removed from the directory {when}, after this feed was exported: "
                    "the feed would add it again (delete it from the feed, or import with --overwrite "
                    "to add it again)",
                )
            )
            continue
        notes.append(f"{provider.id} was removed from the directory {when}; the feed adds it again")
        providers.append(provider)
    return replace(result, providers=providers, problems=problems, notes=notes)


def _id_problem(provider_id: str, message: str) -> RowProblem:
    """A record of the feed refused whole (its id names it), with the message and its fix."""
    return RowProblem(None, provider_id, "id", None, message)


def refuse_unidentified_duplicates(result: ReadResult, directory: Directory) -> ReadResult:
    """The result without a new record that a feed gives without HSDS ids and that is likely a
    stored one (the same name and town, phone or e-mail: the rule of a spreadsheet's row without
    an id, tabular.Duplicates). Its provider id is made of its name, address and phone, so a
    feed that changed a phone gave the same service point another id, and the re-import added
    a second one beside it. Records with ids are told apart by them (`keep_renamed_ids`)."""
    stored = {p.id for p in directory.providers}
    fresh = [p for p in result.providers if p.id not in stored and _source_key(p) is None]
    if not fresh or not stored:
        return result
    duplicates = Duplicates(directory.providers, directory.info.country)
    refused: set[str] = set()
    problems = list(result.problems)
    for provider in fresh:
        found = duplicates.take(provider, provider.id)
        if found is None or found[0] not in stored:
            continue
        other, kind = found
        refused.add(provider.id)
        problems.append(
            _id_problem(
                provider.id,
                f"likely a duplicate of {other} ({kind}): the feed gives no HSDS ids to tell them apart "
                f"(import with --allow-duplicates to add it, then `svcmatch directory remove "
                f"{directory.info.country} {other}` if it replaces that one)",
            )
        )
    if not refused:
        return result
    providers = [p for p in result.providers if p.id not in refused]
    return replace(result, providers=providers, problems=problems)


def note_local_edits(
    result: ReadResult, directory: Directory, changes: Callable[[], Iterable[Any]]
) -> ReadResult:
    """The result with a note for each field a feed from elsewhere would change whose last
    recorded change was made here (an edit, a verification, a geocode), not by an import: the
    office's correction goes back to the publisher's value without a word otherwise. svcmatch's
    own export is judged by its revisions instead (`refuse_undone`)."""
    revisions = getattr(result, "revisions", {})
    stored_by_id = {p.id: p for p in directory.providers}
    updating = [p for p in result.providers if p.id in stored_by_id and p.id not in revisions]
    if not updating:
        return result
    last: dict[tuple[str, str], Any] = {}
    try:
        for change in changes():  # oldest first
            if change.provider_id is not None:
                for name in change.fields:
                    last[(change.provider_id, name)] = change
    except SvcmatchError:  # a history that cannot be read tells nothing
        return result
    notes = list(result.notes)
    for provider in updating:
        stored = stored_by_id[provider.id]
        for name, _before, after in field_changes(stored, keep_hidden(stored, provider)):
            change = last.get((provider.id, name))
            if change is None or change.action == "import" or name == "extra":
                continue
            notes.append(
                f"{provider.id}, {name}: edited here by {change.author} on {change.time:%Y-%m-%d} "
                f"({change.action}), after this feed's last import; the feed gives {after} and "
                "replaces it (keep yours: ask the publisher to correct it, or edit again after the import)"
            )
    return replace(result, notes=notes)


def read_hsds(
    path: Path | str,
    country: str,
    *,
    taxonomy_map: Path | None,
    strict: bool,
    progress: Callable[[int, int | None], None] | None = None,
    today: dt.date | None = None,
) -> HsdsReadResult:
    """Providers from HSDS JSON or a tabular data package, with what could not be used.

    One provider per service at a location (a service with no location gives one without
    coordinates). Values that cannot be used are reported as notes and kept aside in
    `extra["hsds"]`; with `strict` they refuse the record instead. `progress`, when given,
    is told how many services were converted and how many there are (tabular.Progress).
    Every record is checked against one day: `today`, else the calendar's, read once.
    """
    cc = country.strip().upper()
    context = ImportContext(cc, load_term_map(taxonomy_map), strict)
    if today is not None:
        context.today = today
    source = read_source(path)
    refuse_too_many_services(source, Path(path).name if str(path) != "-" else "standard input")
    result = HsdsReadResult(problems=list(source.problems), notes=list(source.notes))
    if context.term_map.read_as:  # a map kept in a workbook, or in a Windows code page
        result.notes.append(context.term_map.read_as)
    seen: set[str] = set()
    services: dict[str, str] = {}  # an HSDS service id and its places -> where the feed gave it
    for done, (record, where) in enumerate(source.services, start=1):
        if progress is not None:
            progress(done, len(source.services))
        shape = shape_problem(record)
        if shape:
            name = record.get("name")
            context.problems.append(
                RowProblem(
                    None,
                    str(record.get("id") or where),
                    None,
                    name if isinstance(name, str) else None,
                    f"{where}: {shape}: not an HSDS service record; refused",
                )
            )
            continue
        service_id = record.get("id")
        if isinstance(service_id, str) and service_id:
            # one service at two locations comes as two service_at_location records: the same
            # service at the same place twice, under another name, made a phantom provider
            occurrence = f"{service_id} {_places_of(record)}"
            if occurrence in services:
                context.problems.append(
                    RowProblem(
                        None,
                        service_id,
                        "id",
                        service_id,
                        f"{where}: the service {service_id} is given twice (first at "
                        f"{services[occurrence]}); refused",
                    )
                )
                continue
            services[occurrence] = where
        for draft in services_to_drafts(record, where):
            provider = convert(draft, context)
            if provider is None:
                continue
            if provider.id in seen:
                context.problems.append(
                    RowProblem(
                        None,
                        provider.id,
                        "id",
                        provider.id,
                        f"{where}: a second record with the same provider id; refused",
                    )
                )
                continue
            seen.add(provider.id)
            result.providers.append(provider)
    result.carried = {p.id: context.carried[p.id] for p in result.providers}
    result.revisions = {p.id: context.revisions[p.id] for p in result.providers if p.id in context.revisions}
    result.form = source.form
    result.problems.extend(context.problems)
    result.problems.extend(_unmapped_problems(context.unmapped))
    result.notes.extend(_summary(source.form, len(source.services), result, context))
    return result


def _places_of(record: dict[str, Any]) -> str:
    """The service_at_locations of a service record, by their ids (or their locations')."""
    places = []
    for sal in record.get("service_at_locations") or ():
        if isinstance(sal, dict):
            location = sal.get("location")
            located = location.get("id") if isinstance(location, dict) else None
            places.append(str(sal.get("id") or sal.get("location_id") or located or ""))
    return "|".join(sorted(places))


def _unmapped_problems(unmapped: dict[tuple[str, str, str], int]) -> list[RowProblem]:
    problems = []
    for (taxonomy, code, name), count in sorted(unmapped.items()):
        label = (
            f"{name!r}"
            + (f" (code {code!r})" if code else "")
            + (f" of taxonomy {taxonomy!r}" if taxonomy else "")
        )
        problems.append(
            RowProblem(
                None,
                None,
                "attributes",
                name or code,
                f"taxonomy term {label} maps to no need code ({count} record(s)); "
                "kept aside: map it with --taxonomy-map",
                "note",
            )
        )
    return problems


def _summary(form: str, services: int, result: ReadResult, context: ImportContext) -> list[str]:
    notes = [f"read {services} HSDS service record(s) ({form}): {len(result.providers)} provider(s)"]
    if context.kept:
        by_table: dict[str, list[str]] = {}
        for name in sorted(context.kept):
            table, _, column = name.partition(".")
            by_table.setdefault(table, []).append(column)
        shown = "; ".join(f"{table}: {', '.join(columns)}" for table, columns in by_table.items())
        notes.append(f"kept aside in extra['hsds'] and written back on export: {shown}")
    for (name, code, needs), count in sorted(context.mapped.items()):  # readings, said as match says them
        label = f"{name!r}" + (f" (code {code!r})" if code else "") if name else f"code {code!r}"
        notes.append(f"categories: read taxonomy term {label} as {', '.join(needs)} ({count} record(s))")
    for (name, code, read_as), count in sorted(context.mapped_eligibility.items()):
        label = f"{name!r}" + (f" (code {code!r})" if code else "") if name else f"code {code!r}"
        field_name = read_as.split(" ", 1)[0]
        notes.append(f"{field_name}: read taxonomy term {label} as {read_as} ({count} record(s))")
    for sentence, count in sorted(context.readings.items()):
        notes.append(f"{sentence} ({count} record(s))")
    if context.unmapped:
        notes.append(f"{len(context.unmapped)} taxonomy term(s) map to no need code (see the notes)")
    uncategorised = sum(1 for p in result.providers if not p.categories)
    if uncategorised:  # stored, as a feed gives them, but no match finds them (ninth office pass)
        notes.append(
            f"{uncategorised} provider(s) have no need category, so no match finds them: map their "
            f"taxonomy terms with --taxonomy-map and import again, or set their categories "
            f"(`svcmatch directory validate {context.country}` lists them)"
        )
    given = {p.id for p in result.providers}
    shared = {pid: service for pid, service in context.shared_capacity.items() if pid in given}
    if shared:
        notes.append(_shared_capacity_note(sorted(shared), len(set(shared.values())), context.country))
    return notes


def _shared_capacity_note(providers: list[str], services: int, country: str) -> str:
    many = services > 1
    return (
        f"capacity: {services} service{'s' if many else ''} at several locations "
        f"give{'' if many else 's'} {'their' if many else 'its'} places for the whole service "
        f"({', '.join(providers)}): given to none of {'their' if many else 'its'} locations (kept, "
        "and written back on export); set each service point's with `svcmatch directory edit "
        f"{country} ID --set capacity_available=N --set capacity_updated=YYYY-MM-DD`"
    )


def services_json(
    directory: Directory, *, include_confidential: bool, version: str = DEFAULT_VERSION
) -> tuple[list[dict[str, object]], list[str]]:
    """The directory as nested HSDS service records, and messages about what export did."""
    report = ExportReport(version=version)
    records = list(_service_records(directory, include_confidential, report))
    return records, _messages(report)


def _service_records(
    directory: Directory, include_confidential: bool, report: ExportReport
) -> Iterator[dict[str, object]]:
    """The directory's nested HSDS service records, one at a time, in the order of their ids;
    `report` gathers what export did as they are made."""
    if report.version not in VERSIONS:
        raise InputError(
            f"HSDS version {report.version!r} is not written", f"use one of {', '.join(VERSIONS)}"
        )
    country = directory.info.country
    directory = directory if include_confidential else public_directory(directory, mark=False)
    for provider in sorted(directory.providers, key=lambda p: p.id):
        yield provider_to_service(
            provider,
            country,
            include_confidential=include_confidential,
            report=report,
            revision=directory.revision(provider.id),
        )


def _messages(report: ExportReport) -> list[str]:
    messages = list(report.messages)
    if report.no_capacity:
        messages.append(
            f"left out the capacity of {len(report.no_capacity)} provider(s): HSDS 3.0 has no place "
            "for it (--hsds-version 3.1 writes it)"
        )
    if report.withheld:
        messages.append(
            f"withheld the address and coordinates of {len(report.withheld)} confidential "
            f"shelter(s): {', '.join(report.withheld)} (--include-confidential writes them)"
        )
    if report.left_out_31:
        shown = ", ".join(
            f"{key} ({len(ids)} provider(s))" for key, ids in sorted(report.left_out_31.items())
        )
        messages.append(f"left out what HSDS 3.0 has no place for: {shown} (--hsds-version 3.1 writes it)")
    if report.dropped:
        dropped = ", ".join(sorted(report.dropped))
        messages.append(f"left out of the CSV tables (no column in HSDS {report.version}): {dropped}")
    return messages


def write_hsds(
    directory: Directory, path: Path, fmt: str, *, include_confidential: bool, version: str = DEFAULT_VERSION
) -> list[str]:
    """Write the directory as hsds-json (one file) or hsds-csv (a package folder); returns messages."""
    if fmt not in FORMATS:
        raise InputError(f"unknown HSDS format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    path = Path(path)
    # what holds confidential shelters' addresses goes to a new file made private (0600) and a new
    # folder made 0700, as an office protects the directory file (fileio.private_mode)
    private = include_confidential and any(p.confidential_address for p in directory.providers)
    if fmt == "hsds-json":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            clean_temp_files(path)  # what a killed earlier export left beside it
            messages: list[str] = []
            with atomic_text_file(path, private_mode(path) if private else None) as handle:
                stream_hsds_json(
                    directory,
                    handle.write,
                    messages.append,
                    include_confidential=include_confidential,
                    version=version,
                    to=str(path),
                )
            return messages
        except OSError as exc:
            raise DataError(f"cannot write {path}: {exc.strerror}", "choose a path you can write") from None
    records, messages = services_json(directory, include_confidential=include_confidential, version=version)
    if path.suffix.lower() == ".zip":
        return [*messages, *_write_zipped_package(records, path, version, private)]
    return [*messages, *_write_package(records, path, version, private)]


def hsds_json_text(
    directory: Directory, *, include_confidential: bool, version: str = DEFAULT_VERSION
) -> tuple[str, list[str]]:
    """The hsds-json text of a directory, and messages (the last says what was written)."""
    pieces: list[str] = []
    messages: list[str] = []
    stream_hsds_json(
        directory, pieces.append, messages.append, include_confidential=include_confidential, version=version
    )
    return "".join(pieces), messages


def stream_hsds_json(
    directory: Directory,
    write: Callable[[str], object],
    say: Callable[[str], object],
    *,
    include_confidential: bool,
    version: str = DEFAULT_VERSION,
    to: str = "standard output",
) -> None:
    """Give `write` the hsds-json text of a directory a service at a time, the same text as the
    list of them written whole (`json.dumps(records, indent=2)`): the export of 5,000 services
    held them all, then their 115 MiB of text, at once (1 GB of memory). Then give `say` the
    messages about what export did, and last what was written `to`. A write that fails (a full
    disk) is raised once every service is made, and what export left out said: only the line
    that it wrote is not (a broken pipe stops at once: its reader has gone)."""
    report = ExportReport(version=version)
    records = _service_records(directory, include_confidential, report)
    opening, count = "[\n  ", 0
    try:
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False)
            write(opening + json_safe(text).replace("\n", "\n  "))  # (a newline in a text is \n in JSON)
            opening, count = ",\n  ", count + 1
        write("\n]\n" if count else "[]\n")
    except OSError as error:
        if not isinstance(error, BrokenPipeError):
            for _record in records:  # the rest, for what the report says of them
                pass
            for message in _messages(report):
                say(message)
        raise
    for message in _messages(report):
        say(message)
    say(f"wrote {count} HSDS service record(s) to {to}")


def _write_package(
    records: list[dict[str, object]], folder: Path, version: str, private: bool = False
) -> list[str]:
    """Write the package into a private folder beside `folder`, then move it in: a failure
    (a full disk, a table path that is a folder, SIGTERM) leaves `folder` as it was, never
    part new and part old. A new folder is renamed into place whole; into an existing one each
    table replaces its earlier copy, once every table is written."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file", "hsds-csv writes a folder: give a folder path with -o")
    report = ExportReport(version=version)
    tables = flatten([dict(r) for r in records], report)
    names = [table.path for table in tables_of(version)] + ["datapackage.json"]
    taken = [name for name in names if (folder / name).is_dir() or (folder / name).is_symlink()]
    if taken:
        raise InputError(
            f"{folder / taken[0]} is a folder or a link, where the package's table goes",
            "give -o a new or empty folder",
        )
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_stages(folder)
        stage = Path(
            tempfile.mkdtemp(
                prefix=f".{_stage_stem(folder)}.{os.getpid()}.", suffix=_STAGE, dir=folder.parent
            )
        )
    except OSError as exc:
        raise DataError(f"cannot create {folder}: {exc.strerror}", "choose a folder you can write") from None
    try:
        for table in tables_of(version):
            _write_text(
                stage / table.path, csv_text(table.name, list(tables[table.name].values()), version), private
            )
        descriptor = datapackage(version)
        _write_text(stage / "datapackage.json", json.dumps(descriptor, indent=2) + "\n", private)
        stale = _move_in(stage, folder, version, names, private)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    count = len(tables["service"])
    return [
        *_messages(report),
        *stale,
        f"wrote {count} HSDS service(s) as a tabular data package to {folder}",
    ]


def _write_zipped_package(
    records: list[dict[str, object]], path: Path, version: str, private: bool = False
) -> list[str]:
    """The package as the zip of its folder (how publishers send one, and what import reads
    back), written in one step. Its members carry a fixed date, so that the same directory
    gives the same bytes (a zip under git, or compared with yesterday's, shows no change)."""
    report = ExportReport(version=version)
    tables = flatten([dict(r) for r in records], report)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for table in tables_of(version):
            text = csv_text(table.name, list(tables[table.name].values()), version)
            bundle.writestr(_member(table.path), text.encode("utf-8"))
        descriptor = json.dumps(datapackage(version), indent=2) + "\n"
        bundle.writestr(_member("datapackage.json"), descriptor.encode("utf-8"))
    try:
        clean_temp_files(path)
        write_bytes_atomic(path, buffer.getvalue(), private_mode(path) if private else None)
    except OSError as exc:
        raise DataError(f"cannot write {path}: {exc.strerror}", "choose a path you can write") from None
    count = len(tables["service"])
    return [*_messages(report), f"wrote {count} HSDS service(s) as a tabular data package (zipped) to {path}"]


def _member(name: str) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16
    return member


#: The end of the name of a package being written (`.<folder>.<pid>.<random>.hsds-part`).
_STAGE = ".hsds-part"
_STAGE_NAME = re.compile(r"\.(.+)\.(\d+)\.\w+" + re.escape(_STAGE))


def _move_in(stage: Path, folder: Path, version: str, names: list[str], private: bool = False) -> list[str]:
    """Move the written package from `stage` into `folder`: the folder whole where there is
    none yet, else table by table (each an atomic replace of the earlier one)."""
    try:
        if not folder.exists():
            # (the stage folder is private, 0700: a new folder follows the umask, unless private)
            os.mkdir(folder, PRIVATE_FOLDER if private else 0o777)
            stale: list[str] = []
        else:
            stale = _stale_tables(folder, version)
        for name in names:
            os.replace(stage / name, folder / name)
    except OSError as exc:
        raise DataError(f"cannot write {folder}: {exc.strerror}", "choose a folder you can write") from None
    return stale


def _stage_stem(folder: Path) -> str:
    """The part of `folder`'s name in its stages' names: at most 200 bytes, so that a folder
    whose name is long but allowed (255 bytes) still has a stage beside it."""
    name = folder.name
    while len(name.encode("utf-8", "surrogateescape")) > 200:
        name = name[:-1]
    return name


def _remove_stale_stages(folder: Path) -> None:
    """Remove what an export killed by SIGKILL left beside `folder` (a whole package, perhaps
    with confidential addresses): the stages of `folder` whose process is gone."""
    stem = _stage_stem(folder)
    for entry in folder.parent.glob(f".{glob.escape(stem)}.*{_STAGE}"):
        found = _STAGE_NAME.fullmatch(entry.name)
        if (
            found is None
            or found.group(1) != stem
            or entry.is_symlink()
            or process_alive(int(found.group(2)))
        ):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _stale_tables(folder: Path, version: str) -> list[str]:
    """A 3.0 package written where svcmatch wrote a 3.1 one: the 3.1 tables it left (url.csv,
    units.csv, service_capacity.csv) would be read with the package, so they go. In a folder
    that is not svcmatch's own package they stay, and the message says so."""
    found = [
        folder / t.path
        for t in TABLES.values()
        if t.hsds31 and version == "3.0" and (folder / t.path).is_file()
    ]
    if not found:
        return []
    try:
        ours = json.loads((folder / "datapackage.json").read_text("utf-8"))["name"] == "svcmatch-hsds-export"
    except (OSError, ValueError, KeyError, TypeError):
        ours = False
    names = ", ".join(path.name for path in found)
    if not ours:
        return [
            f"WARNING: {folder} also holds {names}, which HSDS 3.0 has not: "
            "remove them before sharing the folder"
        ]
    for path in found:
        path.unlink()
    return [f"removed {names} of the earlier HSDS 3.1 export in {folder}"]


def _write_text(path: Path, text: str, private: bool = False) -> None:
    """Write to a temporary file beside `path`, then replace it (no half-written file); a new
    file `private` (confidential addresses in it) is made 0o600."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        clean_temp_files(path)  # what a killed earlier export left beside it
        write_text_atomic(path, text, private_mode(path) if private else None)
    except OSError as exc:
        raise DataError(f"cannot write {path}: {exc.strerror}", "choose a path you can write") from None
