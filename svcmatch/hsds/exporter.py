"""HSDS export: providers as nested service records, and those records as a tabular package."""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..checks import is_web_address
from ..errors import DataError, InputError
from ..locating import Locator
from ..model import (
    WITHHELD_IN_TEXT,
    Provider,
    locating_pattern,
    own_extra,
    point_of,
    town_country,
    withhold_in_texts,
    withhold_in_value,
)
from ..privacy import LOCATING_DETAILS, public_coverage, public_region, without_places
from ..taxonomy import is_need_code
from . import mapping as m
from .aside import PLACE_RESOURCES, unpack
from .spec import (
    CHILDREN,
    CHILDREN_31,
    ENUMS,
    TABLES,
    URI_KEYS,
    check_cell,
    is_datetime,
    is_link,
    is_uri,
    is_uuid,
)
from .vocab import LINK_TYPES, NAMESPACE, our_term, term_group

Record = dict[str, Any]
_BOOL_TERMS = (
    "unaccompanied_minors",
    "accompanying_children",
    "vot_specialised",
    "official_status_required",
    "disability_access",
    "outreach",
    "coordinates_approximate",
    "confidential_address",
)
_STATUS = {"active": "active", "inactive": "inactive", "temporarily_closed": "temporarily closed"}


@dataclass
class ExportReport:
    """What export did that the user should know."""

    version: str = "3.1"
    withheld: list[str] = field(default_factory=list)
    no_capacity: list[str] = field(default_factory=list)
    #: (table, id) -> the provider whose record first kept that UUID.
    claimed: dict[tuple[str, str], str] = field(default_factory=dict)

    def claim(self, table: str, value: Any, pid: str, *, shared: bool) -> bool:
        """Whether an imported UUID may be written again: once per provider and table, so that
        the two providers of one service at two locations do not write one service id twice;
        a location or an organization (and what hangs under them) is one object however many
        services use it."""
        if not is_uuid(value):
            return False
        if shared:
            return True
        return self.claimed.setdefault((table, str(value)), pid) == pid

    dropped: set[str] = field(default_factory=set)
    messages: list[str] = field(default_factory=list)
    #: What HSDS 3.1 added that a 3.0 export left out: "table.key" -> the providers that had it.
    left_out_31: dict[str, set[str]] = field(default_factory=dict)


def derived_uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def provider_to_service(
    provider: Provider, country: str, *, include_confidential: bool, report: ExportReport, revision: int = 0
) -> Record:
    """One provider as one nested HSDS service record (with at most one service_at_location)."""
    withhold = provider.confidential_address and not include_confidential
    stored_address, stored_city, stored_point = provider.address, provider.city, point_of(provider)
    if withhold:
        provider = withhold_in_texts(provider)  # a note or how_to_refer that gives the address
    hsds = unpack(provider.extra, with_place=not withhold) if isinstance(provider.extra, Mapping) else {}
    if withhold:
        report.withheld.append(provider.id)
        pattern = locating_pattern(stored_address, stored_city, stored_point, town_country(provider))
        if pattern is not None:  # a description, alert, language note or phone that gives the
            hsds = _withheld(hsds, pattern)  # address or town, kept or keyed or unusable
        hsds = without_places(hsds, pattern)  # a place under any key, written by hand
    record: Record = copy.deepcopy(dict(hsds.get("record") or {}))
    keyed: Mapping[str, Any] = hsds.get("keyed") or {}
    if withhold:
        record.pop("service_at_locations", None)
    _put_single_fields(record, provider, hsds, withhold)
    _put_lists(record, provider, country, keyed, withhold, report, revision)
    _put_organization(record, provider)
    _put_unusable(record, hsds, withhold)
    if not withhold:
        _put_location(record, provider, country, hsds)
    _leave_out_unsafe_links(record, report, provider.id)
    _leave_out_off_earth(record)
    record = _complete(m.prune(record), "service", report, provider.id)
    if report.version == "3.0":
        _leave_out_31(record, "service", report, provider.id)
    _assign_ids(record, "service", ("service",), provider.id, None, report)
    result: Record = ordered(record, "service")
    return result


#: Links a page or a tool makes clickable: only a web address may stand there.
_WEB_LINK_KEYS = frozenset({"url", "website", "schedule_link"})
#: Schemes that a browser runs or reads from the machine it runs on, never written anywhere.
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:", "blob:")


def _leave_out_off_earth(obj: Any) -> None:
    """Leave out a pair of coordinates that is no place on earth wherever the kept record holds
    one (the organization's copy of the service's location, its other locations): import set
    the service location's pair aside as unusable, and `_fits` writes it back nowhere."""
    if isinstance(obj, dict):
        if "latitude" in obj or "longitude" in obj:
            latitude, longitude = obj.get("latitude"), obj.get("longitude")
            if not (_degrees(latitude, 90) and _degrees(longitude, 180)):
                obj.pop("latitude", None)
                obj.pop("longitude", None)
        for value in obj.values():
            _leave_out_off_earth(value)
    elif isinstance(obj, list):
        for item in obj:
            _leave_out_off_earth(item)


def left_out_on_export(key: str, value: Any, holder: Mapping[str, Any]) -> bool:
    """Whether export leaves the value of `key` in `holder` (an object of the kept record) out:
    a coordinate of a pair that is no place on earth (`_leave_out_off_earth`: both of the pair),
    or a link that is no web address (`_leave_out_unsafe_links`)."""
    if key in ("latitude", "longitude"):
        return not (_degrees(holder.get("latitude"), 90) and _degrees(holder.get("longitude"), 180))
    if key in URI_KEYS and isinstance(value, str) and value:
        bare = "".join(value.split()).lower()
        return (key in _WEB_LINK_KEYS and not is_web_address(value)) or bare.startswith(_UNSAFE_SCHEMES)
    return False


def _degrees(value: Any, limit: float) -> bool:
    """A number of degrees within ±limit (None: absent, as HSDS allows)."""
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value) and -limit <= value <= limit


def _leave_out_unsafe_links(obj: Any, report: ExportReport, pid: str) -> None:
    """Leave out a link that is no web address (`javascript:alert(1)` that an import kept
    aside, or a website stored by another tool): a partner's HSDS tool makes `url` and
    `website` links, and such a link runs what it holds on the partner's machine."""
    if isinstance(obj, list):
        for item in obj:
            _leave_out_unsafe_links(item, report, pid)
        return
    if not isinstance(obj, dict):
        return
    for key in list(obj):
        value = obj[key]
        if isinstance(value, str) and key in URI_KEYS and value:
            bare = "".join(value.split()).lower()
            if (key in _WEB_LINK_KEYS and not is_web_address(value)) or bare.startswith(_UNSAFE_SCHEMES):
                del obj[key]
                report.messages.append(f"{pid}: {key} {value[:60]!r} is no web address and was left out")
        else:
            _leave_out_unsafe_links(value, report, pid)


def _withheld(value: Any, pattern: Locator) -> Any:
    """`value` with a confidential shelter's place withheld (model.withhold_in_value); a link
    that gave it is left out (None), as HSDS takes only a URI there."""
    if isinstance(value, str):
        shown = withhold_in_value(value, pattern)
        return None if shown != value and is_uri(value) else shown
    if isinstance(value, Mapping):
        return {key: _withheld(item, pattern) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_withheld(item, pattern) for item in value)
    return value


def ordered(obj: Any, table: str) -> Any:
    """Keys in the schema's order: columns, then nested objects, then anything else."""
    if not isinstance(obj, dict):
        return obj
    children = CHILDREN.get(table, {})
    names = [c.name for c in TABLES[table].columns] + list(children)
    keys = [k for k in names if k in obj] + [k for k in obj if k not in names]
    result: Record = {}
    for key in keys:
        value = obj[key]
        if key in children:
            child_table = children[key][0]
            value = (
                [ordered(v, child_table) for v in value]
                if isinstance(value, list)
                else ordered(value, child_table)
            )
        result[key] = value
    return result


def exported_website(website: str) -> str:
    """A stored website as HSDS takes it, a URI: a host name with a path gets `https://`."""
    return f"https://{website}" if website and "://" not in website and not is_uri(website) else website


def _single_values(provider: Provider, hsds: Mapping[str, Any], withhold: bool) -> dict[str, Any]:
    website = exported_website(provider.website)
    email = provider.email
    if withhold:  # a link whose place was withheld ('(withheld).safehouse@...') is no address: left out
        email, website = ("" if WITHHELD_IN_TEXT in link else link for link in (email, website))
    status = _STATUS.get(provider.status, "active")
    if status == "inactive" and (hsds.get("keyed") or {}).get("status") == "defunct":
        status = "defunct"
    values: dict[str, Any] = {
        "name": provider.name,
        "email": email,
        "website": website if is_uri(website) and is_web_address(website) else "",
        "phone": provider.phone,
        "focal_point": provider.focal_point,
        "how_to_refer": provider.how_to_refer,
        "min_age": provider.min_age,
        "max_age": provider.max_age,
        "verified_on": provider.verified_on.isoformat() if provider.verified_on else None,
        "status": status,
    }
    if not withhold:
        values.update(
            {
                "address": provider.address,
                "city": provider.city,
                "region": provider.region,
                "latitude": provider.latitude,
                "longitude": provider.longitude,
            }
        )
    return values


def _put_single_fields(record: Record, provider: Provider, hsds: Mapping[str, Any], withhold: bool) -> None:
    paths: Mapping[str, str] = hsds.get("paths") or {}
    address_index = int(paths.get("address_index", 0) or 0)
    for name, value in _single_values(provider, hsds, withhold).items():
        if value is None or value == "":
            continue
        path = m.undotted(paths[name]) if name in paths else m.CANONICAL[name]
        if name in ("address", "city", "region") and name not in paths:
            path = (*m.LOC, "addresses", address_index, path[-1])
        m.set_path(record, path, value)
    if provider.verified_by and "@" in provider.verified_by and " " not in provider.verified_by:
        record["assurer_email"] = provider.verified_by


#: Path parts of a location: a withheld confidential shelter gets none of its set-aside values back.
_PLACE_PARTS = frozenset(
    {"service_at_locations", "location", "locations", "addresses", "latitude", "longitude"}
)


def _put_unusable(record: Record, hsds: Mapping[str, Any], withhold: bool) -> None:
    """Values that import set aside go back where they came from, so that nothing is lost, when
    HSDS accepts them there (a phone number or region in the publisher's own words) and no
    field of ours has taken the place. Impossible coordinates and malformed emails, URLs and
    dates stay out: they would make the output invalid."""
    for item in hsds.get("unusable") or []:
        path = m.undotted(str(item.get("field", "")))
        if not path or (withhold and _PLACE_PARTS & {str(part) for part in path}):
            continue
        parent = m.get_path(record, path[:-1])
        name = path[-1]
        if not isinstance(parent, dict) or not isinstance(name, str) or parent.get(name) not in (None, ""):
            continue
        if _fits(path, item.get("value")):
            parent[name] = item["value"]


def _fits(path: tuple[str | int, ...], value: Any) -> bool:
    """Whether HSDS takes this value at this path: the column's kind, its enumeration, and for
    coordinates the range of the earth."""
    table = "service"
    for part in path[:-1]:
        if isinstance(part, str):
            child = CHILDREN.get(table, {}).get(part)
            if child is None:
                return False
            table = child[0]
    column = TABLES[table].column(str(path[-1]))
    if column is None or column.name == "id" or is_link(column.name):
        return False
    if column.name in ("latitude", "longitude"):
        return False  # out of range (that is why import set it aside): no place on earth
    allowed = ENUMS.get((table, column.name))
    return check_cell(column.kind, value) is None and (allowed is None or value in allowed)


def _attribute(code: str, value: str | None = None) -> Record:
    group = term_group(code) or "record"
    attribute: Record = {
        "link_type": LINK_TYPES[group],
        "link_entity": "service",
        "taxonomy_term": our_term(code),
    }
    if value is not None:
        attribute["value"] = value
    return attribute


def _refuse_unknown_categories(provider: Provider, country: str) -> None:
    """A stored category that is no need code (a file edited by hand or by another tool:
    'doctor') has no HSDS term: the export stopped on a KeyError traceback (seventeenth
    adversarial pass). Refused with one line naming the record and the fix."""
    unknown = [code for code in provider.categories if not is_need_code(code)]
    if unknown:
        where = country or "COUNTRY"
        raise DataError(
            f"{provider.id}: category {unknown[0]!r} is no need code, and HSDS has no term for it",
            f"correct it with `svcmatch directory edit {where} {provider.id} --set categories=...`; "
            f"`svcmatch directory validate {where}` lists every such value",
        )


def our_attributes(provider: Provider, withhold: bool, revision: int = 0, country: str = "") -> list[Record]:
    """svcmatch's own attributes of a provider: id, need categories, eligibility, record fields,
    and the record's revision (so that re-importing an older export undoes no newer edit)."""
    attributes = [_attribute("provider_id", provider.id)]
    if revision:
        attributes.append(_attribute("revision", str(revision)))
    _refuse_unknown_categories(provider, country)
    attributes += [_attribute(code) for code in provider.categories]
    attributes += [_attribute("sex", sex) for sex in provider.sexes]
    attributes += [_attribute("exploitation_type", kind) for kind in provider.exploitation_types]
    attributes += [_attribute("language", code) for code in provider.languages]
    for name in _BOOL_TERMS:
        if not (withhold and name in LOCATING_DETAILS):  # a re-import keeps what a feed leaves out
            attributes.append(_attribute(name, "true" if getattr(provider, name) else "false"))
    own = own_extra(provider.extra)
    if own and not withhold:  # a confidential shelter's own keys may hold anything: kept home
        attributes.append(_attribute("extra", json.dumps(own, ensure_ascii=False, sort_keys=True)))
    if withhold and provider.region:
        # the region is coarse; the place is not. Without it, the shelter imported elsewhere had
        # no region (and its coverage, written out as that region, changed on every re-import)
        attributes.append(_attribute("region", public_region(provider, country)))
    coverage = public_coverage(provider, country) if withhold else provider.coverage
    attributes.append(_attribute("coverage", coverage.to_text() or "own_region"))
    for name in ("organization_type", "notes"):
        if getattr(provider, name):
            attributes.append(_attribute(name, getattr(provider, name)))
    if provider.verified_by and not ("@" in provider.verified_by and " " not in provider.verified_by):
        attributes.append(_attribute("verified_by", provider.verified_by))
    return attributes


def _put_lists(
    record: Record,
    provider: Provider,
    country: str,
    keyed: Mapping[str, Any],
    withhold: bool,
    report: ExportReport,
    revision: int = 0,
) -> None:
    attributes = our_attributes(provider, withhold, revision, country)
    for entry in keyed.get("terms") or []:
        if set(entry.get("needs") or ()) & set(provider.categories):
            attributes.append(copy.deepcopy(entry["attribute"]))
    record["attributes"] = attributes + list(record.get("attributes") or [])
    languages = keyed.get("languages") or {}
    record["languages"] = [
        {"name": m.language_name(code), "code": code, **languages.get(code, {})}
        for code in provider.languages
    ] or None
    documents = keyed.get("documents") or {}
    record["required_documents"] = (
        [{"document": text, **documents.get(text, {})} for text in provider.documents_required]
        + list(record.get("required_documents") or [])
    ) or None
    areas = keyed.get("service_areas") or {}
    covered = replace(provider, coverage=public_coverage(provider, country)) if withhold else provider
    generated = [{**area, **areas.get(key, {})} for key, area in m.coverage_areas(covered, country)]
    if withhold and provider.coverage.kind == "radius":
        generated = []  # "within 20 km of <town>" says where the shelter is
    record["service_areas"] = (generated + list(record.get("service_areas") or [])) or None
    if report.version == "3.0":  # 3.0 has no capacities: the stored ones stay here
        if provider.capacity_available is not None or record.pop("capacities", None):
            report.no_capacity.append(provider.id)
        return
    capacity = _capacity(provider, keyed, report)
    if capacity:
        record["capacities"] = [capacity, *list(record.get("capacities") or [])]


def _capacity(provider: Provider, keyed: Mapping[str, Any], report: ExportReport) -> Record | None:
    """HSDS 3.1 service capacity; 3.0 schemas allow the extra property (no additionalProperties)."""
    if provider.capacity_available is None:
        return None
    updated = provider.capacity_updated  # never the verification date: a re-import would take it
    if updated is None:  # for the capacity's, and an undated figure would come back as a fresh one
        report.messages.append(
            f"{provider.id}: capacity not written (HSDS needs the date it was updated, and "
            "capacity_updated is empty: set it with directory edit)"
        )
        return None
    capacity: Record = {"unit": {"name": "place"}, **(keyed.get("capacity") or {})}
    stamp = capacity.get("updated")
    if not (isinstance(stamp, str) and stamp[:10] == updated.isoformat() and is_datetime(stamp)):
        stamp = f"{updated.isoformat()}T00:00:00Z"  # the imported time of day only while the date holds
    capacity.update({"available": provider.capacity_available, "updated": stamp})
    if not isinstance(capacity.get("unit"), dict) or not capacity["unit"].get("name"):
        capacity["unit"] = {"name": "place"}
    return capacity


def _put_organization(record: Record, provider: Provider) -> None:
    organization = record.get("organization")
    if not isinstance(organization, dict):
        organization = record["organization"] = {}
    organization.setdefault("name", provider.name)
    if not organization.get("description"):  # required, and an empty CSV cell counts as missing
        organization["description"] = m.organization_description(provider.name, provider.categories)
    if not is_uuid(organization.get("id")):
        organization["id"] = derived_uuid("organization", provider.id)


def _put_location(record: Record, provider: Provider, country: str, hsds: Mapping[str, Any]) -> None:
    location = m.get_path(record, m.LOC)
    if not isinstance(location, dict):
        return
    location.setdefault("location_type", "physical")
    location.setdefault("name", provider.name)
    for address in location.get("addresses") or []:
        if not isinstance(address, dict):
            continue
        region = address.get("region") or ""
        address.setdefault("address_1", "")
        address.setdefault("city", "")
        address.setdefault("state_province", m.region_name(region) if region else "")
        address.setdefault("postal_code", "")
        address.setdefault("country", country.upper())
        address.setdefault("address_type", "physical")


#: Required columns with an enumeration: "" would break the schema (an organization's own
#: location, imported without a type, is a physical place unless it said otherwise).
_REQUIRED_DEFAULTS = {("location", "location_type"): "physical", ("address", "address_type"): "physical"}


def _complete(obj: Any, table: str, report: ExportReport, pid: str) -> Any:
    """Fill required text columns with "", drop objects that lack a required non-text value."""
    if not isinstance(obj, dict):
        return obj
    spec = TABLES.get(table)
    for key in list(obj):
        child = CHILDREN.get(table, {}).get(key)
        if child is None:
            continue
        child_table, many = child
        if many and isinstance(obj[key], list):
            items = [_complete(item, child_table, report, pid) for item in obj[key] if isinstance(item, dict)]
            obj[key] = [item for item in items if item is not None]
            if not obj[key]:
                obj.pop(key)
        elif not many:
            completed = _complete(obj[key], child_table, report, pid)
            if completed is None:
                obj.pop(key)
            else:
                obj[key] = completed
    if spec is None:
        return obj
    for column in spec.columns:
        if not column.required or column.name == "id" or column.name.endswith("_id") or column.name in obj:
            continue
        if column.kind == "s":
            obj[column.name] = _REQUIRED_DEFAULTS.get((table, column.name), "")
        elif not (table == "service_capacity" and column.name in ("unit_id",)):
            report.messages.append(f"{pid}: a {table} without {column.name} was left out")
            return None
    return obj


def _leave_out_31(obj: Record, table: str, report: ExportReport, pid: str) -> None:
    """A record as HSDS 3.0 has it: without the objects and columns 3.1 added (labelled URLs,
    a service at location's own service areas, attribute labels), noting what went."""
    spec = TABLES[table]
    for key in list(obj):
        child = CHILDREN.get(table, {}).get(key)
        column = spec.column(key)
        if (table, key) in CHILDREN_31 or (column is not None and column.hsds31):
            obj.pop(key)
            report.left_out_31.setdefault(f"{table}.{key}", set()).add(pid)
        elif child is not None:
            for item in obj[key] if isinstance(obj[key], list) else [obj[key]]:
                if isinstance(item, dict):
                    _leave_out_31(item, child[0], report, pid)


def _assign_ids(
    obj: Record,
    table: str,
    path: tuple[str, ...],
    pid: str,
    parent: tuple[str, str] | None,
    report: ExportReport,
) -> None:
    """Ids derived from our provider id (uuid5); foreign keys set from the nesting."""
    if table in ("taxonomy_term", "taxonomy"):
        if not is_uuid(obj.get("id")):
            label = str(obj.get("code") or obj.get("name"))
            obj["id"] = derived_uuid(table, str(obj.get("taxonomy") or ""), label)
    elif table != "organization" and not report.claim(
        table, obj.get("id"), pid, shared="location" in path or path[0] == "organization"
    ):
        obj["id"] = derived_uuid("provider", pid, *path)
    spec = TABLES[table]
    for column in spec.columns:
        if is_link(column.name) and column.name in obj and not is_uuid(obj[column.name]):
            obj.pop(column.name)
    if parent is not None:
        parent_table, parent_id = parent
        if table == "attribute":
            obj["link_id"], obj["link_entity"] = parent_id, parent_table
        elif table == "metadata":
            obj["resource_id"] = parent_id
            if str(obj.get("resource_type") or "").casefold() not in PLACE_RESOURCES:
                # a change to a place logged under its service keeps its type: re-imported as
                # the service's, it left the withheld place material of a confidential shelter
                obj["resource_type"] = parent_table
        elif spec.column(f"{parent_table}_id") is not None:
            obj[f"{parent_table}_id"] = parent_id
    if table == "organization":  # shared by services: its parts get ids of its own
        pid, path = str(obj["id"]), ("organization",)
    for key, (child_table, many) in CHILDREN.get(table, {}).items():
        value = obj.get(key)
        if many and isinstance(value, list):
            for index, item in enumerate(value):
                _assign_ids(item, child_table, (*path, key, str(index)), pid, (table, obj["id"]), report)
        elif not many and isinstance(value, dict):
            _assign_ids(value, child_table, (*path, key), pid, None, report)
            if spec.column(f"{key}_id") is not None:
                obj[f"{key}_id"] = value["id"]
            elif key == "taxonomy_detail":
                obj["taxonomy_id"] = value["id"]
    program = obj.get("program")
    if table == "service" and isinstance(program, dict) and "organization_id" in obj:
        program["organization_id"] = obj["organization_id"]  # tabular HSDS requires it of a program


# --- tabular ------------------------------------------------------------------------------------


def flatten(records: list[Record], report: ExportReport) -> dict[str, dict[str, Record]]:
    """Nested service records as rows per table (rows keyed by id; shared rows written once)."""
    tables: dict[str, dict[str, Record]] = {name: {} for name in TABLES}
    for record in records:
        _flatten(record, "service", tables, report)
    return tables


def _flatten(obj: Record, table: str, tables: dict[str, dict[str, Record]], report: ExportReport) -> None:
    spec = TABLES[table]
    names = {column.name for column in spec.columns_of(report.version)}
    row: Record = {}
    for key, value in obj.items():
        child = CHILDREN.get(table, {}).get(key)
        if child is not None:
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, dict):
                    _flatten(item, child[0], tables, report)
        elif key in names:
            row[key] = value
        else:
            report.dropped.add(f"{table}.{key}")
    existing = tables[table].get(row["id"])
    if existing is None:
        tables[table][row["id"]] = row
    elif existing != row:
        # One object met at several places of the nested record (the official example's phone
        # under its service, location, organization and contact): each place gives it its own
        # link ids, and the tabular row holds all of them, as the official phones.csv has it.
        # Only link ids are taken from a later place: any other value (a place's coordinates,
        # left out of a withheld copy) stays the first one's.
        for key, value in row.items():
            if key.endswith("_id") and _blank(existing.get(key)) and not _blank(value):
                existing[key] = value
        conflict = sorted(
            k
            for k in existing.keys() | row.keys()
            if existing.get(k) != row.get(k)
            and not (k.endswith("_id") and (_blank(row.get(k)) or existing.get(k) == row.get(k)))
        )
        if conflict:
            report.messages.append(
                f"{spec.path}: two different rows share id {row['id']} ({', '.join(conflict)}); "
                "the first one's values are kept"
            )


def _blank(value: Any) -> bool:
    return value is None or value == ""


def csv_text(table: str, rows: list[Record], version: str = "3.1") -> str:
    columns = TABLES[table].columns_of(version)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    limit = csv.field_size_limit()
    for row in rows:
        cells = [_cell(row.get(c.name)) for c in columns]
        for column, cell in zip(columns, cells, strict=True):
            if len(cell) > limit:  # svcmatch's own import (and Python's csv) would refuse the table
                raise InputError(
                    f"HSDS table {table}: {column.name} of row {row.get('id', '?')} has "
                    f"{len(cell):,} characters, more than a CSV cell holds whole ({limit:,}); "
                    "nothing was written",
                    "export as hsds-json, which keeps it whole",
                )
        writer.writerow(cells)
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
