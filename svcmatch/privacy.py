"""What may leave the directory file about a confidential shelter: the one home of that rule.

A confidential shelter (`confidential_address: true`) is a place where people hide from
those who trafficked them. Nothing that locates it leaves the directory file through any
command, format, history or cache, unless its owner asks with `--include-confidential`:

- its street address, its town (for a village, the town locates a shelter far better than
  the cell below), its exact point (latitude, longitude), and whatever an import kept aside
  in `extra` about its location (`CONFIDENTIAL_EXTRA_KEYS`, an HSDS location's details),
  and every key of `extra` that is someone's own rather than an HSDS import's (model.public_extra);
- what may be shown instead: its region, and a point moved to the centre of its ~11 km cell
  (`public_point`), from which distances are computed and then shown rounded to 10 km
  (matching.rules.coarse_km).

Every output path calls these helpers; none keeps its own list of fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from .locating import spelled_in, town_glued_in
from .model import (
    CONFIDENTIAL_EXTRA_KEYS,
    HSDS_KEY,
    LOCATABLE_TEXTS,
    LOCATABLE_VALUES,
    WITHHELD_IN_TEXT,
    Coverage,
    Directory,
    Provider,
    has_locating_parts,
    locating_pattern,
    pack_json,
    point_in_text,
    point_of,
    public_extra,
    public_location,
    town_country,
    unpack_json,
    withheld_in_text,
    withheld_place_in,
    withhold_in_texts,
    withhold_in_value,
)

#: What an output writes in place of a value it withholds, where it says anything at all.
WITHHELD = "(withheld: confidential shelter)"
#: The provider fields that locate a confidential shelter, besides `extra`'s location keys.
LOCATING_FIELDS: tuple[str, ...] = ("address", "city", "latitude", "longitude")
#: What an output leaves blank of a confidential shelter: the locating fields and `extra`.
WITHHELD_FIELDS: tuple[str, ...] = (*LOCATING_FIELDS, "extra")
#: What says how a confidential shelter's point was found, withheld like the point: "yes"
#: says it is the centre of a gazetteer town (the offline geocoder's fill), and a ~11 km cell
#: holds a single town for 18% of Albania's towns and 80% of Morocco's and Nigeria's.
LOCATING_DETAILS: tuple[str, ...] = ("coordinates_approximate",)

__all__ = [
    "CONFIDENTIAL_EXTRA_KEYS",
    "LOCATING_DETAILS",
    "LOCATING_FIELDS",
    "WITHHELD",
    "WITHHELD_FIELDS",
    "SheltersPlaces",
    "is_confidential",
    "kept_places_again",
    "locating_extra",
    "public_advisories",
    "public_coverage",
    "public_directory",
    "public_name",
    "public_point",
    "public_provider",
    "public_record",
    "public_region",
    "withheld_author",
    "withhold_values",
]


def is_confidential(provider: Provider | Mapping[str, Any] | None) -> bool:
    """Whether a provider (or its stored record) is a confidential shelter."""
    if provider is None:
        return False
    if isinstance(provider, Provider):
        return provider.confidential_address
    return bool(provider.get("confidential_address"))


def locating_extra(extra: Mapping[str, Any]) -> dict[str, Any]:
    """The part of `extra` that locates a shelter (what `public_extra` leaves out)."""
    public = public_extra(extra)
    return {key: value for key, value in extra.items() if key not in public}


def public_provider(provider: Provider, country: str = "") -> Provider:
    """The provider as any output may show it: a confidential shelter without its address,
    town, coordinates and `extra` location details, its region as `public_region` shows it
    (everything else kept)."""
    if not provider.confidential_address:
        return provider
    return replace(
        withhold_in_texts(provider),  # a note or how_to_refer that gives the address or town
        address="",
        city="",
        latitude=None,
        longitude=None,
        extra=shown_extra(provider),
        region=public_region(provider, country),
        coverage=public_coverage(provider, country),
    )


#: A region code as a directory file holds it ('AL-08', 'MA-CAS'): no town's name in it.
_REGION_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


def public_region(provider: Provider, country: str = "") -> str:
    """The region any output may show of a record: as stored, but for a confidential shelter
    whose file holds other than a code there (written by hand or by another tool: 'Orosh', its
    village, which match reads as the village's region), the code that `country`'s regions read
    it as, else WITHHELD_IN_TEXT. Every directory output printed 'OROSH' (sixteenth adversarial
    pass); the doors store a code."""
    return _shown_region(provider.region, country) if provider.confidential_address else provider.region


def public_coverage(provider: Provider, country: str = "") -> Coverage:
    """The coverage any output may show of a record: a confidential shelter's regions as
    `public_region` shows its region ('regions: Orosh' in a file written by hand)."""
    coverage = provider.coverage
    if not provider.confidential_address or not coverage.regions:
        return coverage
    return replace(coverage, regions=tuple(_shown_region(region, country) for region in coverage.regions))


def _shown_region(text: str, country: str) -> str:
    if not text or _REGION_CODE.fullmatch(text):
        return text
    if country:
        from .geo.regions import located_region  # a cycle: geo (geocode) imports privacy

        read = located_region(text, country)
        if read is not None:
            return read
    return WITHHELD_IN_TEXT


def public_name(provider: Provider) -> str:
    """The name any output may show: a confidential shelter's with what gives its town, street
    address or point withheld (a name stored before the rule, or by another tool), as
    `public_provider` shows it. Every message that names a record by its name asks here."""
    if not provider.confidential_address:
        return provider.name
    point, country = point_of(provider), town_country(provider)
    return withheld_place_in("name", provider.name, provider.address, provider.city, point, country)


def shown_extra(provider: Provider) -> dict[str, Any]:
    """`extra` as an output may show it of a confidential shelter: without its location keys,
    and with its address and town withheld in what an HSDS import kept (a service's
    description or alert that gives them), and without anything in it that names a place
    (`without_places`: the material may have been written by hand)."""
    extra = public_extra(provider.extra)
    if not isinstance(extra.get(HSDS_KEY), str):
        return extra  # (public_extra drops the objects an older import kept there)
    pattern = locating_pattern(provider.address, provider.city, point_of(provider), town_country(provider))
    kept = unpack_json(extra[HSDS_KEY])
    withheld = without_places(kept, pattern)
    if withheld != kept:
        extra[HSDS_KEY] = pack_json(withheld)
    return extra


#: The beginnings of the words of a key (`postal_code`, `mapLink`, `gps`, a dotted path) that
#: name a place. An HSDS import puts what locates a service into `extra["hsds_location"]` by
#: where it stands in the feed (hsds.aside); `extra["hsds"]` written by hand (`add --json`, an
#: `extra` cell, another tool) may hold a postal code or a GPS point under any key: of a
#: confidential shelter, outputs leave out every key that names a place.
PLACE_WORDS = (
    "address",
    "accessib",
    "area",
    "building",
    "city",
    "coord",
    "county",
    "direction",
    "district",
    "extent",
    "geo",
    "gps",
    "lat",
    "lng",
    "location",
    "lon",
    "map",
    "municipal",
    "neighbo",
    "place",
    "postal",
    "postcode",
    "province",
    "region",
    "site",
    "street",
    "town",
    "transport",
    "village",
    "where",
    "zip",
)
#: A key written as a field name or a dotted path of them (not a text used as a key, such as
#: a document's title under which an import keeps its link). This and _KEY_WORDS are texts that
#: `re` compiles on first use: a cold `match` does not use them.
_FIELD_NAME = r"[A-Za-z][A-Za-z0-9_.\-]{0,100}"
_KEY_WORDS = r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])"
#: Keys whose value names the field or resource an object of kept material is about (a change
#: log's `field_name` or `resource_type`, a set-aside value's `field`).
_NAMING_KEYS = ("field", "field_name", "resource_type")


def names_a_place(key: str) -> bool:
    """Whether a key of kept material (or a field path) names a place (PLACE_WORDS)."""
    if not re.fullmatch(_FIELD_NAME, key):
        return False
    return any(word.casefold().startswith(PLACE_WORDS) for word in re.findall(_KEY_WORDS, key))


def without_places(value: Any, pattern: Any = None) -> Any:
    """Kept material as an output may show it of a confidential shelter: without every key that
    names a place and every object about one (a change log of `address_2`, a set-aside
    `postal_code`), and with what `pattern` (model.locating_pattern) finds in a text, or in a
    number written as a text (a coordinate), withheld."""
    if isinstance(value, Mapping):
        return {
            key: without_places(item, pattern)
            for key, item in value.items()
            if not names_a_place(str(key)) and not _about_a_place(item)
        }
    if isinstance(value, (list, tuple)):
        return [without_places(item, pattern) for item in value if not _about_a_place(item)]
    if pattern is None:
        return value
    if isinstance(value, str):
        if town_glued_in(value, pattern.city, pattern.country):
            return WITHHELD_IN_TEXT  # 'info@oroshcare...', 'OroshHouse': glued, not to be cut out
        return withhold_in_value(value, pattern)
    if isinstance(value, float) and pattern.search(repr(value)):
        return WITHHELD_IN_TEXT
    return value


def _about_a_place(value: Any) -> bool:
    return isinstance(value, Mapping) and any(
        isinstance(value.get(key), str) and names_a_place(value[key]) for key in _NAMING_KEYS
    )


def public_record(
    provider: Provider, *, include_confidential: bool = False, country: str = ""
) -> dict[str, Any]:
    """`provider.to_record()` as an output may show it (see `public_provider`)."""
    if include_confidential:
        return provider.to_record()
    record = public_provider(provider, country).to_record()
    if provider.confidential_address:
        record.update(dict.fromkeys(LOCATING_DETAILS))  # null: withheld (a re-import keeps it)
    return record


def withhold_values(
    values: Mapping[str, Any], confidential: bool, *records: Mapping[str, Any] | None
) -> dict[str, Any]:
    """Field values (a history entry's old or new values) with what locates a confidential
    shelter replaced by WITHHELD: the record says that those fields changed, not what they were.
    With the stored `records` (before and after the change), a free text that gives their
    address or town has it withheld too (model.withhold_in_texts)."""
    if not confidential:
        return dict(values)
    places = [_place_of(record) for record in records if isinstance(record, Mapping)]
    places = [place for place in places if has_locating_parts(*place[:3])]
    result: dict[str, Any] = {}
    for name, value in values.items():
        if name in (*LOCATABLE_TEXTS, *LOCATABLE_VALUES) and isinstance(value, (str, list, tuple)):
            for address, city, point, country in places:  # as withhold_in_texts
                value = (
                    withheld_place_in(name, value, address, city, point, country)
                    if isinstance(value, str)
                    else [withheld_place_in(name, str(item), address, city, point, country) for item in value]
                )
            result[name] = value
        elif (name in LOCATING_FIELDS and value not in (None, "")) or name in LOCATING_DETAILS:
            result[name] = WITHHELD
        elif name == "region" and isinstance(value, str) and value and not _REGION_CODE.fullmatch(value):
            result[name] = WITHHELD  # a region stored as its town ('OROSH'), as `public_region`
        elif name == "coverage" and isinstance(value, Mapping) and isinstance(value.get("regions"), list):
            regions = [
                r if isinstance(r, str) and _REGION_CODE.fullmatch(r) else WITHHELD for r in value["regions"]
            ]
            result[name] = {**value, "regions": regions}
        elif name == "extra" and isinstance(value, Mapping):
            result[name] = _withheld_extra(value, places)
        else:
            result[name] = value
    return result


def _place_of(record: Mapping[str, Any]) -> tuple[str, str, Any, str]:
    """A stored record's (address, town, point, the town's country), as `withheld_in_text` takes them."""
    return (
        str(record.get("address") or ""),
        str(record.get("city") or ""),
        point_of(record),
        town_country(record),
    )


def _withheld_extra(extra: Mapping[str, Any], places: list[tuple[str, str, Any, str]]) -> dict[str, Any]:
    """A history entry's `extra` of a confidential shelter: its location keys WITHHELD, and its
    address, town and point withheld in what an HSDS import kept (a language's note, a phone's
    description, a service's description: shown_extra's rule for the history)."""
    shown = {**public_extra(extra), **dict.fromkeys(locating_extra(extra), WITHHELD)}
    if not isinstance(shown.get(HSDS_KEY), str):
        return shown
    kept = unpack_json(shown[HSDS_KEY])
    withheld = without_places(kept)
    for address, city, point, country in places:
        pattern = locating_pattern(address, city, point, country)
        if pattern is not None:
            withheld = without_places(withheld, pattern)
    if withheld != kept:
        shown[HSDS_KEY] = pack_json(withheld)
    return shown


def withheld_author(author: str, *records: Mapping[str, Any] | None) -> str:
    """Who made a change to a confidential shelter (`--author`, `$SVCMATCH_AUTHOR`) as the
    history may show it: what gives the address, town or point of any of the shelter's
    `records` (as stored now, as it was before the change) withheld, as in its free texts."""
    for record in records:
        if isinstance(record, Mapping) and author:
            author = withheld_in_text(author, *_place_of(record))
    return author


def public_advisories(
    advisories: Iterable[tuple[str, str]], providers: Iterable[Provider | Mapping[str, Any]]
) -> tuple[tuple[str, str], ...]:
    """The advisories (region, text) as outputs may show them: the street address and point of
    every confidential shelter withheld, as `directory advise` refuses them in a new advisory
    (its town stays: a fair word in its region's advisory). One written while the shelter was
    public, or by hand, kept them, and every match of a return to the region printed them."""
    advisories = tuple(advisories)
    if not advisories:
        return advisories
    places = [
        (str(address or ""), "", point_of(record), town_country(record))
        for record in providers
        if is_confidential(record)
        for address in [record.address if isinstance(record, Provider) else record.get("address")]
        if has_locating_parts(str(address or ""), "", point_of(record))
    ]
    # one search of every advisory together per shelter (a directory may hold thousands),
    # compiling nothing per shelter (gives_location's street pattern costs 0.7 ms to compile:
    # a directory of 2,000 shelters took 0.4 s to load), then each advisory withheld by the few
    # shelters found in them
    together = "\n\n".join(text for _, text in advisories)
    compact = "".join(together.split()).lower()
    found = [place for place in places if _in_advisories(together, compact, *place)]
    shown = []
    for code, text in advisories:
        for place in found:
            text = withheld_in_text(text, *place)
        shown.append((code, text))
    return tuple(shown)


def _in_advisories(text: str, compact: str, address: str, city: str, point: Any, country: str) -> bool:
    """Whether `text` may hold the street address or point: `gives_location` without compiling
    the street's pattern (its words in any spacing and case hold the street without spaces,
    lower case, in `compact`)."""
    street = "".join(address.split()).lower()
    if len(street) >= 4 and street in compact:
        return True
    if point is not None and point_in_text(text, *point):
        return True
    return spelled_in(text, address, city, point, country)


class SheltersPlaces:
    """What finds a directory's confidential shelters' places in the kept material of its public
    records (`hidden_in_kept`): an organization that runs an office and a shelter lists both
    places under `organization.locations` of each of its services (as HSDS nests them), and an
    import keeps the organization's other locations aside in each service's material, the
    office's too (fourteenth adversarial pass). `of` gives None for a directory without one."""

    __slots__ = ("_found", "ids", "patterns")

    def __init__(self, patterns: list[Any], ids: frozenset[str]) -> None:
        self.patterns, self.ids = patterns, ids
        self._found: dict[str, bool] = {}

    @classmethod
    def of(cls, records: Iterable[Provider | Mapping[str, Any]]) -> SheltersPlaces | None:
        patterns: list[Any] = []
        ids: set[str] = set()
        for record in records:
            if not is_confidential(record):
                continue
            address, city, point, country = (
                (record.address, record.city, point_of(record), town_country(record))
                if isinstance(record, Provider)
                else _place_of(record)
            )
            pattern = locating_pattern(address, city, point, country)
            if pattern is not None:
                patterns.append(pattern)
            extra = record.extra if isinstance(record, Provider) else record.get("extra")
            if isinstance(extra, Mapping):  # the ids of its own locations, as its feed gave them
                for key in CONFIDENTIAL_EXTRA_KEYS:
                    ids.update(_location_ids(unpack_json(extra.get(key))))
        return cls(patterns, frozenset(ids)) if patterns or ids else None

    def gives(self, value: Any) -> bool:
        """Whether kept material (a location, a set-aside value) gives one of the places: its
        texts and numbers searched together, once (an organization's locations repeat in the
        material of each of its services)."""
        texts: list[str] = []
        _texts_in(value, texts)
        if not self.ids.isdisjoint(texts):
            return True
        text = "\n".join(texts)
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = any(pattern.search(text) for pattern in self.patterns)
        return found

    def extra(self, extra: Mapping[str, Any], *, mark: bool = True) -> dict[str, Any]:
        """A public record's `extra` as an output shows it: each of its organization's other
        locations (and each value set aside from them) that gives a confidential shelter's
        place replaced by WITHHELD (`mark`: a re-import of the output puts the stored one back,
        `kept_places_again`) or left out (HSDS, which takes only a location there); the
        service's own location stays."""
        shown = dict(extra)
        for key in CONFIDENTIAL_EXTRA_KEYS:
            value = extra.get(key)
            if not isinstance(value, str):
                continue
            kept = unpack_json(value)
            withheld = self._without(kept, mark)
            if withheld != kept:
                shown[key] = pack_json(withheld)
        return shown

    def _without(self, kept: dict[str, Any], mark: bool) -> dict[str, Any]:
        record = kept.get("record")
        result = dict(kept)
        locations = _organization_locations(kept)
        if isinstance(record, Mapping) and locations is not None:
            own = _location_ids(kept)
            shown = self._shown(locations, mark, own)
            if shown != locations:
                organization = {**record["organization"], "locations": shown}
                result["record"] = {**record, "organization": organization}
        unusable = kept.get("unusable")
        if isinstance(unusable, list):
            left = self._shown(unusable, mark, set())
            if left != unusable:
                result["unusable"] = left
        return result

    def _shown(self, items: list[Any], mark: bool, own: set[str]) -> list[Any]:
        shown: list[Any] = []
        for item in items:
            if isinstance(item, Mapping) and item.get("id") in own:
                shown.append(item)
            elif item == WITHHELD or self.gives(item):
                if mark:
                    shown.append(WITHHELD)
            else:
                shown.append(item)
        return shown


def _texts_in(value: Any, texts: list[str]) -> None:
    """The texts of kept material, and its numbers as texts (a coordinate), into `texts`."""
    if isinstance(value, Mapping):
        for item in value.values():
            _texts_in(item, texts)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _texts_in(item, texts)
    elif isinstance(value, str):
        texts.append(value)
    elif isinstance(value, float):
        texts.append(repr(value))


def _organization_locations(kept: Mapping[str, Any]) -> list[Any] | None:
    record = kept.get("record")
    organization = record.get("organization") if isinstance(record, Mapping) else None
    locations = organization.get("locations") if isinstance(organization, Mapping) else None
    return locations if isinstance(locations, list) else None


def _location_ids(kept: Mapping[str, Any]) -> set[str]:
    """The ids of the locations a service's kept place material holds as its own."""
    record = kept.get("record")
    places = record.get("service_at_locations") if isinstance(record, Mapping) else None
    ids: set[str] = set()
    for place in places if isinstance(places, list) else ():
        location = place.get("location") if isinstance(place, Mapping) else None
        if isinstance(location, Mapping) and isinstance(location.get("id"), str) and location["id"]:
            ids.add(location["id"])
    return ids


def kept_places_again(incoming: Mapping[str, Any], stored: Mapping[str, Any]) -> dict[str, Any]:
    """An imported record's `extra` with each WITHHELD that an output put in place of a stored
    organization location or set-aside value (`SheltersPlaces.extra`) given back the stored
    one (in order, of those the incoming list lacks): a re-import of `show` or `export` changes
    nothing. A WITHHELD without a stored value to give back stays as it is."""
    result = dict(incoming)
    for key in CONFIDENTIAL_EXTRA_KEYS:
        value, kept = incoming.get(key), stored.get(key)
        if not isinstance(value, str) or not isinstance(kept, str) or value == kept:
            continue
        if WITHHELD not in str(unpack_json(value)):
            continue
        given, known = unpack_json(value), unpack_json(kept)
        again = dict(given)
        locations, stored_locations = _organization_locations(given), _organization_locations(known)
        if locations is not None and stored_locations is not None:
            locations = _put_back(locations, stored_locations)
            organization = {**again["record"]["organization"], "locations": locations}
            again["record"] = {**again["record"], "organization": organization}
        if isinstance(given.get("unusable"), list) and isinstance(known.get("unusable"), list):
            again["unusable"] = _put_back(given["unusable"], known["unusable"])
        result[key] = kept if again == known else pack_json(again)
    return result


def _put_back(items: list[Any], stored: list[Any]) -> list[Any]:
    left_out = iter([item for item in stored if item not in items])
    return [next(left_out, item) if item == WITHHELD else item for item in items]


def public_directory(directory: Directory, *, mark: bool = True) -> Directory:
    """The directory as outputs show its public records (`show`, `export` in every format): what
    their kept material holds of a confidential shelter's place withheld (`SheltersPlaces`;
    `mark`: as WITHHELD, else left out). Confidential shelters are withheld by each output
    itself, as before."""
    holding = {
        provider.id
        for provider in directory.providers
        if not provider.confidential_address and any(key in provider.extra for key in CONFIDENTIAL_EXTRA_KEYS)
    }
    places = SheltersPlaces.of(directory.providers) if holding else None  # (compiled only then)
    if places is None:
        return directory
    shown = [replace(p, extra=places.extra(p.extra, mark=mark)) if p.id in holding else p for p in directory]
    return replace(directory, providers=tuple(shown))


def public_point(provider: Provider) -> tuple[float, float] | None:
    """The point any computation whose result a user sees may use: a confidential shelter's
    ~11 km cell centre (model.public_location), anyone else's own point; None without one."""
    if provider.latitude is None or provider.longitude is None:
        return None
    if provider.confidential_address:
        return public_location(provider.latitude, provider.longitude)
    return provider.latitude, provider.longitude
