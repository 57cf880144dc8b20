"""What HSDS import keeps aside in `extra`: round-trip material as JSON text, place details apart.

Two keys of a provider's `extra`:

- `hsds` (`KEY`): what export needs to give back what import read (the rest of the record, where
  values came from, details of list items, the source ids, values that could not be used). It is
  stored as one JSON text, not as nested objects, so that loading a directory reads one string
  per record instead of building thousands of dicts (matching never needs it; export parses it).
- `hsds_location` (`PLACE_KEY`): everything of that material that can locate the service: its
  service_at_locations (location name, description, transportation, addresses with address_2
  and postal codes, a second postal address, coordinates given as text, accessibility), the
  organization's other locations, service areas svcmatch could not read as coverage, and values
  set aside from those places. `privacy` withholds this key for a confidential shelter wherever
  the address is withheld (show, export, history).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import HSDS_KEY, pack_json, unpack_json

KEY = HSDS_KEY
PLACE_KEY = "hsds_location"

#: Keys of a nested service record that hold a place; and of its organization.
_PLACE_RECORD_KEYS = ("service_at_locations", "service_areas")
_PLACE_ORGANIZATION_KEYS = ("locations",)
#: Prefixes of set-aside value paths that point into a place.
_PLACE_PATHS = ("service_at_locations", "service_areas", "organization.locations")


def _is_place_path(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + ".") for prefix in _PLACE_PATHS)


def split(hsds: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what may be shown, what locates the service) of the kept material."""
    public = {key: value for key, value in hsds.items() if key not in ("record", "unusable", "keyed")}
    place: dict[str, Any] = {}
    record = dict(hsds.get("record") or {})
    place_record = {key: record.pop(key) for key in _PLACE_RECORD_KEYS if key in record}
    organization = record.get("organization")
    if isinstance(organization, dict):
        organization = dict(organization)
        moved = {key: organization.pop(key) for key in _PLACE_ORGANIZATION_KEYS if key in organization}
        if moved:
            place_record["organization"] = moved
            record["organization"] = organization
    metadata = record.get("metadata")
    if isinstance(metadata, list) and any(_about_a_place(entry) for entry in metadata):
        place_record["metadata"] = [entry for entry in metadata if _about_a_place(entry)]
        record["metadata"] = [entry for entry in metadata if not _about_a_place(entry)]
        if not record["metadata"]:
            del record["metadata"]
    if record:
        public["record"] = record
    if place_record:
        place["record"] = place_record
    unusable = list(hsds.get("unusable") or [])
    for name, items in (
        ("public", [u for u in unusable if not _is_place_path(str(u.get("field", "")))]),
        ("place", [u for u in unusable if _is_place_path(str(u.get("field", "")))]),
    ):
        if items:
            (public if name == "public" else place)["unusable"] = items
    keyed = dict(hsds.get("keyed") or {})
    if "service_areas" in keyed:
        place["keyed"] = {"service_areas": keyed.pop("service_areas")}
    if keyed:
        public["keyed"] = keyed
    return public, place


#: A metadata entry (a change log: field, previous and new value) about one of these resources,
#: or about a field whose name holds one of these words, records where the service is or was.
PLACE_RESOURCES = frozenset({"location", "address", "service_at_location", "service_area", "accessibility"})
_PLACE_FIELD_WORDS = (
    "address",
    "city",
    "postal",
    "latitude",
    "longitude",
    "location",
    "transportation",
    "state_province",
    "region",
    "extent",
)


def _about_a_place(entry: Any) -> bool:
    if not isinstance(entry, Mapping):
        return False
    resource = str(entry.get("resource_type") or "").casefold()
    field = str(entry.get("field_name") or "").casefold()
    return resource in PLACE_RESOURCES or any(word in field for word in _PLACE_FIELD_WORDS)


def merge(public: Mapping[str, Any], place: Mapping[str, Any]) -> dict[str, Any]:
    """The kept material whole again (the inverse of `split`)."""
    merged: dict[str, Any] = dict(public)
    record = dict(public.get("record") or {})
    for key, value in (place.get("record") or {}).items():
        if key == "organization":
            record["organization"] = {**(record.get("organization") or {}), **value}
        elif key == "metadata":
            record["metadata"] = [*(record.get("metadata") or []), *value]
        else:
            record[key] = value
    if record:
        merged["record"] = record
    unusable = [*(public.get("unusable") or []), *(place.get("unusable") or [])]
    if unusable:
        merged["unusable"] = unusable
    keyed = {**(public.get("keyed") or {}), **(place.get("keyed") or {})}
    if keyed:
        merged["keyed"] = keyed
    return merged


def pack(hsds: Mapping[str, Any]) -> dict[str, str]:
    """The `extra` keys of the kept material: JSON texts, the place apart (absent when empty)."""
    public, place = split(hsds)
    extra = {KEY: pack_json(public)}
    if place:
        extra[PLACE_KEY] = pack_json(place)
    return extra


def unpack(extra: Mapping[str, Any], *, with_place: bool = True) -> dict[str, Any]:
    """The kept material of a provider's `extra` (without the place part unless `with_place`)."""
    public = unpack_json(extra.get(KEY))
    if not with_place:
        public, _ = split(public)  # an older file may hold the place inside `hsds`
        return public
    return merge(public, unpack_json(extra.get(PLACE_KEY)))
