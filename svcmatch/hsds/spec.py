"""The HSDS 3.0 objects as svcmatch needs them: tables, columns, types, nesting, value checks."""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass
from typing import Any

from ..checks import is_email, split_url

#: Column codes: u uuid, e email, r uri, n number, d date, t time, T datetime, s string;
#: a trailing "!" marks a column the tabular schema requires, a trailing "+" one that HSDS 3.1
#: added to a 3.0 table. The order is the official data package's.
_TABLES: tuple[tuple[str, str, str], ...] = (
    (
        "organization",
        "organizations.csv",
        "id:u! name! alternate_name description! email:e website:r tax_status tax_id "
        "year_incorporated:n legal_status logo uri:r parent_organization_id:u",
    ),
    ("program", "programs.csv", "id:u! organization_id:u! name! alternate_name description!"),
    (
        "service",
        "services.csv",
        "id:u! organization_id:u! program_id:u name! alternate_name description url:r email:e status! "
        "interpretation_services application_process fees_description wait_time fees accreditations "
        "eligibility_description minimum_age:n maximum_age:n assured_date:d assurer_email:e licenses "
        "alert last_modified:T",
    ),
    (
        "attribute",
        "attributes.csv",
        "id:u! link_id:u! taxonomy_term_id:u! link_type link_entity! value label+",
    ),
    ("service_at_location", "service_at_location.csv", "id:u! service_id:u! location_id:u! description"),
    (
        "location",
        "locations.csv",
        "id:u! location_type! url:r organization_id:u name alternate_name description transportation "
        "latitude:n longitude:n external_identifier external_identifier_type",
    ),
    (
        "phone",
        "phones.csv",
        "id:u! location_id:u service_id:u organization_id:u contact_id:u service_at_location_id:u "
        "number! extension:n type description",
    ),
    (
        "contact",
        "contacts.csv",
        "id:u! organization_id:u service_id:u service_at_location_id:u location_id:u name title "
        "department email:e",
    ),
    (
        "address",
        "addresses.csv",
        "id:u! location_id:u attention address_1! address_2 city! region state_province! postal_code! "
        "country! address_type!",
    ),
    (
        "schedule",
        "schedules.csv",
        "id:u! service_id:u location_id:u service_at_location_id:u valid_from:d valid_to:d dtstart:d "
        "timezone:n until:d count:n wkst freq interval:n byday byweekno bymonthday byyearday "
        "description opens_at:t closes_at:t schedule_link:r attending_type notes",
    ),
    ("funding", "funding.csv", "id:u! organization_id:u service_id:u source"),
    (
        "service_area",
        "service_areas.csv",
        "id:u! service_id:u service_at_location_id:u+ name description extent extent_type uri",
    ),
    ("required_document", "required_documents.csv", "id:u! service_id:u document uri:r"),
    ("language", "languages.csv", "id:u! service_id:u location_id:u phone_id:u name code note"),
    ("accessibility", "accessibility.csv", "id:u! location_id:u description details url:r"),
    (
        "taxonomy_term",
        "taxonomy_terms.csv",
        "id:u! code name! description! parent_id:u taxonomy language taxonomy_id:u term_uri:r",
    ),
    (
        "metadata",
        "metadata.csv",
        "id:u! resource_id:u! resource_type! last_action_date:d! last_action_type! field_name! "
        "previous_value! replacement_value! updated_by!",
    ),
    ("meta_table_description", "meta_table_descriptions.csv", "id:u! name language character_set"),
    (
        "cost_option",
        "cost_options.csv",
        "id:u! service_id:u! valid_from:d valid_to:d option currency amount:n amount_description",
    ),
    (
        "organization_identifier",
        "organization_identifiers.csv",
        "id:u! organization_id:u! identifier_scheme identifier_type! identifier!",
    ),
    ("taxonomy", "taxonomies.csv", "id:u! name! description! uri:r version"),
)

#: Tables HSDS 3.1 added: service capacity with its unit, and labelled URLs (a service's
#: `additional_urls`, an organization's `additional_websites`).
_TABLES_31: tuple[tuple[str, str, str], ...] = (
    ("url", "url.csv", "id:u! label url:r! organization_id:u service_id:u"),
    ("unit", "units.csv", "id:u! name! scheme identifier uri:r"),
    (
        "service_capacity",
        "service_capacity.csv",
        "id:u! service_id:u! unit_id:u! available:n! maximum:n description updated:T!",
    ),
)

_TYPES = {
    "u": ("string", "uuid"),
    "e": ("string", "email"),
    "r": ("string", "uri"),
    "n": ("number", None),
    "d": ("date", None),
    "t": ("time", None),
    "T": ("datetime", None),
    "s": ("string", None),
}

#: Foreign-key-looking columns that are not foreign keys in the official package.
_NOT_FOREIGN_KEYS = frozenset({"link_id", "resource_id", "parent_id", "parent_organization_id"})


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an HSDS table: its name, its kind of value, whether it is required."""

    name: str
    kind: str  # one of the codes of _TYPES
    required: bool
    hsds31: bool = False  # added by HSDS 3.1


@dataclass(frozen=True, slots=True)
class Table:
    """One HSDS table: its name, its file in a tabular data package, its columns."""

    name: str
    path: str
    columns: tuple[Column, ...]
    hsds31: bool = False

    def column(self, name: str) -> Column | None:
        for column in self.columns:
            if column.name == name:
                return column
        return None

    def columns_of(self, version: str) -> tuple[Column, ...]:
        """The columns this table has in an HSDS version."""
        return self.columns if version != "3.0" else tuple(c for c in self.columns if not c.hsds31)


def _parse_table(name: str, path: str, spec: str, hsds31: bool = False) -> Table:
    columns = []
    for item in spec.split():
        flags = item[len(item.rstrip("!+")) :]
        column_name, _, kind = item.rstrip("!+").partition(":")
        columns.append(Column(column_name, kind or "s", "!" in flags, "+" in flags))
    return Table(name, path, tuple(columns), hsds31)


TABLES: dict[str, Table] = {name: _parse_table(name, path, spec) for name, path, spec in _TABLES}
TABLES.update({name: _parse_table(name, path, spec, True) for name, path, spec in _TABLES_31})


def tables_of(version: str) -> list[Table]:
    """The tables of an HSDS version (3.0: 21; 3.1: 24)."""
    return [table for table in TABLES.values() if version != "3.0" or not table.hsds31]


#: Nested keys: parent object -> key -> (child table, a list of children?).
CHILDREN: dict[str, dict[str, tuple[str, bool]]] = {
    "service": {
        "organization": ("organization", False),
        "program": ("program", False),
        "phones": ("phone", True),
        "schedules": ("schedule", True),
        "service_areas": ("service_area", True),
        "service_at_locations": ("service_at_location", True),
        "languages": ("language", True),
        "funding": ("funding", True),
        "cost_options": ("cost_option", True),
        "required_documents": ("required_document", True),
        "contacts": ("contact", True),
        "capacities": ("service_capacity", True),
        "additional_urls": ("url", True),
    },
    "service_at_location": {
        "location": ("location", False),
        "service_areas": ("service_area", True),
        "contacts": ("contact", True),
        "phones": ("phone", True),
        "schedules": ("schedule", True),
    },
    "location": {
        "languages": ("language", True),
        "addresses": ("address", True),
        "contacts": ("contact", True),
        "accessibility": ("accessibility", True),
        "phones": ("phone", True),
        "schedules": ("schedule", True),
    },
    "organization": {
        "funding": ("funding", True),
        "contacts": ("contact", True),
        "phones": ("phone", True),
        "locations": ("location", True),
        "programs": ("program", True),
        "organization_identifiers": ("organization_identifier", True),
        "additional_websites": ("url", True),
    },
    "contact": {"phones": ("phone", True)},
    "phone": {"languages": ("language", True)},
    "attribute": {"taxonomy_term": ("taxonomy_term", False)},
    "taxonomy_term": {"taxonomy_detail": ("taxonomy", False)},
    "service_capacity": {"unit": ("unit", False)},
}
#: Nested keys HSDS 3.1 added (an export to 3.0 leaves them out, and says so).
CHILDREN_31 = frozenset(
    {
        ("service", "capacities"),
        ("service", "additional_urls"),
        ("organization", "additional_websites"),
        ("service_at_location", "service_areas"),
    }
)
#: Every object may carry attributes and metadata (except these).
_NO_ATTRIBUTES = frozenset({"attribute", "metadata", "taxonomy_term", "taxonomy", "meta_table_description"})
for _table in TABLES:
    if _table not in _NO_ATTRIBUTES:
        CHILDREN.setdefault(_table, {})["attributes"] = ("attribute", True)
    if _table not in ("metadata", "unit"):
        CHILDREN.setdefault(_table, {})["metadata"] = ("metadata", True)

#: For a child table, the parents it may hang under, most specific first (tabular form).
PARENT_ORDER: dict[str, tuple[str, ...]] = {
    "phone": ("contact", "service_at_location", "location", "service", "organization"),
    "contact": ("service_at_location", "location", "service", "organization"),
    "schedule": ("service_at_location", "location", "service"),
    "language": ("phone", "location", "service"),
    "funding": ("service", "organization"),
    "address": ("location",),
    "accessibility": ("location",),
    "service_area": ("service_at_location", "service"),
    "url": ("service", "organization"),
    "required_document": ("service",),
    "cost_option": ("service",),
    "service_capacity": ("service",),
    "service_at_location": ("service",),
    "organization_identifier": ("organization",),
}


def shape_problem(obj: Any, table: str = "service", path: str = "") -> str | None:
    """Why a nested record does not have the shape of HSDS (a list where an object belongs, an
    object where a value belongs), naming the first place; None when its shape is HSDS's.
    Keys HSDS does not know may hold anything: they are kept aside as they are."""
    where = path or table
    if not isinstance(obj, dict):
        return f"{where} is {_kind(obj)}, not an object"
    children = CHILDREN.get(table, {})
    spec = TABLES.get(table)
    for key, value in obj.items():
        place = f"{path}.{key}" if path else str(key)
        child = children.get(key)
        if value is None:
            continue
        if child is None:
            if spec is not None and spec.column(key) is not None and isinstance(value, (dict, list)):
                return f"{place} is {_kind(value)}, not a single value"
            continue
        child_table, many = child
        if not many:
            problem = shape_problem(value, child_table, place)
        elif not isinstance(value, list):
            problem = f"{place} is {_kind(value)}, not a list of objects"
        else:
            problem = next(
                (p for i, v in enumerate(value) if (p := shape_problem(v, child_table, f"{place}.{i}"))),
                None,
            )
        if problem:
            return problem
    return None


def _kind(value: Any) -> str:
    if value is None:  # a null among a list's objects was said to be "an object, not an object"
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def foreign_keys(table: Table, version: str = "3.1") -> list[tuple[str, str]]:
    """(column, referenced table) of a table, as the official data package declares them."""
    keys = []
    for column in table.columns_of(version):
        if column.name.endswith("_id") and column.name not in _NOT_FOREIGN_KEYS:
            target = column.name[:-3]
            if target in TABLES:
                keys.append((column.name, target))
    return keys


def datapackage(version: str = "3.1") -> dict[str, Any]:
    """The tabular data package descriptor of an HSDS version's tables, as svcmatch writes them."""
    resources = []
    for table in tables_of(version):
        fields = []
        for column in table.columns_of(version):
            kind, fmt = _TYPES[column.kind]
            field: dict[str, Any] = {"name": column.name, "type": kind}
            if fmt:
                field["format"] = fmt
            field["constraints"] = {"required": column.required}
            if column.name == "id":
                field["constraints"]["unique"] = True
            fields.append(field)
        schema: dict[str, Any] = {"fields": fields, "primaryKey": "id"}
        keys = foreign_keys(table, version)
        if keys:
            schema["foreignKeys"] = [
                {"fields": column, "reference": {"resource": target, "fields": "id"}}
                for column, target in keys
            ]
        resource = {
            "name": table.name,
            "path": table.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }
        if table.hsds31:
            resource["description"] = "HSDS 3.1 object (service capacity, its unit, labelled URLs)."
        resources.append(resource)
    return {
        "name": "svcmatch-hsds-export",
        "profile": "tabular-data-package",
        "title": f"svcmatch directory in Open Referral HSDS {version}",
        "resources": resources,
    }


# --- value checks (the formats the HSDS schemas declare, and plain types) -----------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")

#: Columns with a format, whatever table they are in (for nested records).
EMAIL_KEYS = frozenset({"email", "assurer_email"})
URI_KEYS = frozenset({"url", "website", "uri", "schedule_link", "term_uri"})
DATETIME_KEYS = frozenset({"last_modified", "updated"})
#: service_area.uri has no format in HSDS 3.0.
URI_EXEMPT_PARENTS = frozenset({"service_area"})


def is_link(name: str) -> bool:
    """Whether a column holds a link to another object (`service_id`), which export derives
    again: not an organization's `tax_id`, its tax number (export dropped it)."""
    return name.endswith("_id") and name != "tax_id"


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return bool(
        re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", value)
    )


def is_uri(value: Any) -> bool:
    """An absolute URI with a scheme and, for web addresses, a host."""
    if not isinstance(value, str) or not value or any(ch.isspace() for ch in value):
        return False
    parts = split_url(value)
    if parts is None or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", parts.scheme or ""):
        return False
    return bool(parts.netloc) if parts.scheme.lower() in ("http", "https") else bool(parts.path)


def is_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        return False
    try:
        parse_datetime(value)
    except ValueError:
        return False
    return True


def parse_datetime(value: str) -> dt.datetime:
    """An ISO 8601 date-time as HSDS writes it ("Z", any number of fraction digits), on every
    Python svcmatch supports (3.10's fromisoformat takes neither)."""
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    found = re.match(r"^(.*T\d{2}:\d{2}:\d{2})\.(\d+)(.*)$", text)
    if found:
        text = f"{found.group(1)}.{(found.group(2) + '000000')[:6]}{found.group(3)}"
    return dt.datetime.fromisoformat(text)


def is_time(value: Any) -> bool:
    return isinstance(value, str) and bool(_TIME.fullmatch(value))


def check_cell(kind: str, value: Any) -> str | None:
    """Why a value does not fit a column kind, or None when it fits."""
    checks = {
        "u": (is_uuid, "is not a UUID"),
        "e": (is_email, "is not an email address"),
        "r": (is_uri, "is not an absolute URI"),
        "d": (is_date, "is not a date (YYYY-MM-DD)"),
        "t": (is_time, "is not a time (HH:MM:SS)"),
        "T": (is_datetime, "is not a date-time"),
    }
    if kind == "n":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else "is not a number"
    if kind in checks:
        check, reason = checks[kind]
        return None if check(value) else reason
    return None if isinstance(value, str) else "is not text"


def parse_number(text: str) -> int | float | None:
    """A CSV number cell as int or float; None when it is not a number."""
    cleaned = text.strip()
    if not cleaned.isascii():  # ١٦, ３０: another script's digits are no number (kept as the text)
        return None
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", cleaned):
        return None
    number = float(cleaned)
    if not math.isfinite(number):
        return None  # 1e999: kept as the text it is, never as Infinity
    return int(number) if number.is_integer() and "e" not in cleaned.lower() else number


#: Enumerations of HSDS 3.0 (schemas) that a nested record must respect.
ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("service", "status"): frozenset({"active", "inactive", "defunct", "temporarily closed"}),
    ("location", "location_type"): frozenset({"physical", "postal", "virtual"}),
    ("address", "address_type"): frozenset({"physical", "postal", "virtual"}),
    ("schedule", "wkst"): frozenset({"MO", "TU", "WE", "TH", "FR", "SA", "SU"}),
    ("schedule", "freq"): frozenset({"WEEKLY", "MONTHLY"}),
}
