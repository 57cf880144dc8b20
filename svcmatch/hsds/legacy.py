"""HSDS 1.1 and 2.0 tables read as HSDS 3.0 rows (the files whose names or columns changed).

Each converter takes one row of the old file (cells without blanks) and gives the 3.0 rows it
becomes, as (table, row). Tables that kept their name and columns (organizations, services,
locations, phones, contacts, ...) need none: 3.0 reads them as they are, and columns it does not
know are kept aside like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Row = dict[str, Any]
Converter = Callable[[Row, str], list[tuple[str, Row]]]


def _renamed(table: str, names: dict[str, str], **fixed: str) -> Converter:
    def convert(row: Row, stem: str) -> list[tuple[str, Row]]:
        out = {names.get(key, key): value for key, value in row.items()}
        return [(table, {**out, **fixed})]

    return convert


def _address(kind: str) -> Converter:
    """physical_addresses.csv / postal_addresses.csv: one 3.0 addresses table with a type.
    Ids are made unique across the two files (both often count from 1)."""

    def convert(row: Row, stem: str) -> list[tuple[str, Row]]:
        return [("address", {**row, "id": f"{stem}:{row.get('id', '')}", "address_type": kind})]

    return convert


def _attribute(row: Row, stem: str, *, link: str, entity: str, term: str) -> Row:
    attribute = {
        "id": f"{stem}:{row.get('id', '')}",
        "link_id": row.get(link, ""),
        "link_entity": entity,
        "link_type": stem,
        "taxonomy_term_id": row.get(term, ""),
    }
    return {key: value for key, value in attribute.items() if value not in ("", None)}


def _services_taxonomy(row: Row, stem: str) -> list[tuple[str, Row]]:
    """1.1 services_taxonomy.csv: id, service_id, taxonomy_id, taxonomy_detail."""
    attribute = _attribute(row, stem, link="service_id", entity="service", term="taxonomy_id")
    if row.get("taxonomy_detail"):
        attribute["value"] = row["taxonomy_detail"]
    return [("attribute", attribute)]


def _service_attributes(row: Row, stem: str) -> list[tuple[str, Row]]:
    """2.0 service_attributes.csv: id, service_id, taxonomy_term_id."""
    return [
        ("attribute", _attribute(row, stem, link="service_id", entity="service", term="taxonomy_term_id"))
    ]


def _other_attributes(row: Row, stem: str) -> list[tuple[str, Row]]:
    """2.0 other_attributes.csv: id, link_id, link_type (the object's table), taxonomy_term_id."""
    entity = str(row.get("link_type") or "")
    return [("attribute", _attribute(row, stem, link="link_id", entity=entity, term="taxonomy_term_id"))]


def _taxonomy_1(row: Row, stem: str) -> list[tuple[str, Row]]:
    """1.1 taxonomy.csv: id, name, parent_id, parent_name, vocabulary."""
    term = {key: value for key, value in row.items() if key not in ("vocabulary", "parent_name")}
    if row.get("vocabulary"):
        term["taxonomy"] = row["vocabulary"]
    return [("taxonomy_term", term)]


def _eligibility(row: Row, stem: str) -> list[tuple[str, Row]]:
    """1.1/2.0 eligibility.csv: id, service_id, eligibility (a word such as "Women" or "Veterans").
    Each becomes an attribute with a term of taxonomy `eligibility`, which the eligibility map
    reads (Women -> female) and the notes name when it maps to nothing."""
    text = str(row.get("eligibility") or "").strip()
    if not text:
        return []
    term_id = f"eligibility:{text}"
    term = {"id": term_id, "name": text, "taxonomy": "eligibility"}
    attribute = _attribute(
        {**row, "taxonomy_term_id": term_id},
        stem,
        link="service_id",
        entity="service",
        term="taxonomy_term_id",
    )
    return [("taxonomy_term", term), ("attribute", attribute)]


#: Old file stem -> converter. A stem here is read even when no datapackage.json names it.
LEGACY: dict[str, Converter] = {
    "services_at_location": _renamed("service_at_location", {}),
    "physical_addresses": _address("physical"),
    "postal_addresses": _address("postal"),
    "services_taxonomy": _services_taxonomy,
    "service_attributes": _service_attributes,
    "other_attributes": _other_attributes,
    "eligibility": _eligibility,
    "accessibility_for_disabilities": _renamed("accessibility", {"accessibility": "description"}),
    "regular_schedules": _renamed("schedule", {"weekday": "byday"}),
    "holiday_schedules": _renamed("schedule", {}),
}
#: 1.1 taxonomy.csv holds terms (the 3.0 `taxonomy` resource is taxonomies.csv, whole taxonomies):
#: a file read as `taxonomy` with one of these columns is 1.1's.
TAXONOMY_1_COLUMNS = frozenset({"parent_id", "parent_name", "vocabulary"})
TAXONOMY_1 = _taxonomy_1
#: 3.0 file names whose 1.x/2.0 form has other column names (old -> new).
RENAMED_COLUMNS: dict[str, dict[str, str]] = {
    "taxonomy_term": {"term": "name", "vocabulary": "taxonomy"},  # 2.0 taxonomy_terms.csv
    "service_area": {"service_area": "name"},  # 1.1 service_areas.csv
    "language": {"language": "name"},  # 1.1 languages.csv
}
#: Old files with no place in a provider: read by nothing, said by name.
NOT_READ: dict[str, str] = {
    "payment_accepted": "payment methods have no place in svcmatch or HSDS 3.0",
}
