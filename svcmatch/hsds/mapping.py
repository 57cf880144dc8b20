"""Shared pieces of the HSDS mapping: record paths, regions, languages, coverage areas."""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..errors import InputError, SvcmatchError
from ..geo import read_region as geo_read_region
from ..geo import region_name as geo_region_name
from ..languages import is_language_code, read_language
from ..model import Coverage, Provider
from ..readings import Reading, region_reading
from ..taxonomy import NEEDS_BY_CODE, fold

Path_ = tuple[str | int, ...]
SAL: Path_ = ("service_at_locations", 0)
LOC: Path_ = (*SAL, "location")
ADDR: Path_ = (*LOC, "addresses", 0)

#: Where export writes each single-valued field, unless the import recorded another place.
CANONICAL: dict[str, Path_] = {
    "name": ("name",),
    "email": ("email",),
    "website": ("url",),
    "phone": ("phones", 0, "number"),
    "focal_point": ("contacts", 0, "name"),
    "how_to_refer": ("application_process",),
    "min_age": ("minimum_age",),
    "max_age": ("maximum_age",),
    "verified_on": ("assured_date",),
    "status": ("status",),
    "address": (*ADDR, "address_1"),
    "city": (*ADDR, "city"),
    "region": (*ADDR, "region"),
    "latitude": (*LOC, "latitude"),
    "longitude": (*LOC, "longitude"),
}


def dotted(path: Path_) -> str:
    return ".".join(str(part) for part in path)


def undotted(text: str) -> Path_:
    return tuple(int(part) if part.isdigit() else part for part in text.split("."))


def get_path(obj: Any, path: Path_) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(obj, list) or part >= len(obj):
                return None
        elif not isinstance(obj, dict):
            return None
        obj = obj[part] if isinstance(part, int) else obj.get(part)
    return obj


def pop_path(obj: Any, path: Path_) -> Any:
    parent = get_path(obj, path[:-1])
    if isinstance(parent, dict) and isinstance(path[-1], str):
        return parent.pop(path[-1], None)
    return None


def set_path(obj: dict[str, Any], path: Path_, value: Any) -> None:
    """Set a value, creating the dicts and lists on the way (a missing list item is appended)."""
    current: Any = obj
    for part, following in itertools.pairwise(path):
        empty: Any = [] if isinstance(following, int) else {}
        if isinstance(part, int):
            while len(current) <= part:
                current.append({} if not isinstance(following, int) else [])
            if not isinstance(current[part], (dict, list)):
                current[part] = empty
            current = current[part]
        else:
            if not isinstance(current.get(part), (dict, list)):
                current[part] = empty
            current = current[part]
    last = path[-1]
    if isinstance(last, int):
        while len(current) <= last:
            current.append(None)
    current[last] = value


def prune(obj: Any) -> Any:
    """Drop empty dicts, lists and strings; a list keeps empty dicts that hold a place before others."""
    if isinstance(obj, dict):
        cleaned = {k: prune(v) for k, v in obj.items()}
        return {k: v for k, v in cleaned.items() if v not in ({}, [], None, "")}
    if isinstance(obj, list):
        items = [prune(v) for v in obj]
        while items and items[-1] in ({}, [], None, ""):
            items.pop()
        return items
    return obj


# --- regions ------------------------------------------------------------------------------------


def resolve_region(text: str, country: str) -> str | None:
    """The ISO 3166-2 code of a region of `country` named by code or name; None when unknown."""
    found = read_region_of(text, country)
    return found[0] if found is not None else None


def read_region_of(text: str, country: str) -> tuple[str, Reading | None] | None:
    """(the ISO 3166-2 code of a region of `country` named by code or name, how it was read
    when other than exactly: a synonym, an old district, a town's region); None when unknown."""
    cleaned = str(text).strip()
    if not cleaned:
        return None
    attempts = [cleaned]
    if re.fullmatch(r"[A-Za-z0-9]{1,3}", cleaned):  # a US-style state code: CA is US-CA
        attempts.insert(0, f"{country.upper()}-{cleaned.upper()}")
    for attempt in attempts:
        try:
            found = geo_read_region(attempt, country)
        except SvcmatchError:
            continue
        if not found.code.upper().startswith(f"{country.upper()}-"):
            return None
        reading = region_reading("region", found)
        return found.code, (reading._replace(input=cleaned) if reading is not None else None)
    return None


def region_name(code: str) -> str:
    try:
        return geo_region_name(code)
    except SvcmatchError:
        return code


def country_name(country: str) -> str:
    import pycountry  # lazy: heavy (about 100 ms), and only HSDS export names countries

    found = pycountry.countries.get(alpha_2=country.upper())
    return str(found.name) if found is not None else country.upper()


def organization_description(name: str, categories: tuple[str, ...]) -> str:
    """What export writes as a required organization description when the record has none."""
    labels = [NEEDS_BY_CODE[code].label for code in categories if code in NEEDS_BY_CODE]
    return f"{name}: {', '.join(labels)}" if labels else name


# --- languages ----------------------------------------------------------------------------------


def language_code(text: Any) -> str | None:
    """The code a record keeps (ISO 639-1, else the 639-3 code of a language without one, as
    languages.is_language_code) from a code, a name, or a BCP 47 tag; None when unknown."""
    found = read_language_of(text)
    return found[0] if found is not None else None


def read_language_of(text: Any) -> tuple[str, Reading | None] | None:
    """(the code of a language given by code or name, how it was read when other than exactly),
    read as a sheet's languages column reads it (languages.read_language: 'Shqip', 'Romani',
    'alb'); a BCP 47 tag ('en-GB') is its language, said. None when it names no language."""
    if not isinstance(text, str) or not text.strip():
        return None
    cleaned = " ".join(text.split())
    primary = re.split(r"[-_]", cleaned, maxsplit=1)[0]
    tagged = primary != cleaned and re.fullmatch(r"[A-Za-z]{2,3}", primary) is not None
    try:
        found = read_language(primary if tagged else cleaned)
    except InputError:
        return None
    if not is_language_code(found.code):
        return None
    how = "synonym" if tagged else found.how
    return found.code, (Reading("languages", cleaned, found.label, how) if how is not None else None)


def language_name(code: str) -> str:
    import pycountry  # lazy: heavy (about 100 ms), and only HSDS languages need its database

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code


# --- coverage as service areas --------------------------------------------------------------------

#: A radius as export writes it ("Within 50 km of Berat"): digits 0-9 and one decimal point (a
#: feed's "Within 1.2.3 km" was a ValueError traceback, its "Within ٥٠ km" 50 km without a word).
_RADIUS = re.compile(r"within ([0-9]+(?:\.[0-9]+)?) km\b", re.IGNORECASE)


def _radius_km(name: str) -> float | None:
    """The km of a service area named as a radius, None for any other name (and for 0 km), and
    for one whose dot may separate thousands (`radius_in_thousands`)."""
    found = _RADIUS.search(name)
    if found is None or radius_in_thousands(name):
        return None
    return float(found.group(1)) or None


def radius_in_thousands(name: str) -> bool:
    """Whether a radius's dot may separate thousands: three digits after it, the last a 0
    ('Within 1.500 km of X', 1,500 km as German or Albanian write it, was read as 1.5 km).
    Export writes no trailing zero (`coverage_areas`: 1.5, not 1.500), so its own radius is
    never such a number (attacks engineer, session twenty-five)."""
    found = _RADIUS.search(name)
    return found is not None and re.fullmatch(r"[0-9]+\.[0-9]{2}0", found.group(1)) is not None


def coverage_areas(provider: Provider, country: str) -> list[tuple[str, dict[str, Any]]]:
    """(key, service_area) that export writes for a provider's coverage; keys as area_key gives."""
    coverage = provider.coverage
    if coverage.kind == "national":
        return [("national", {"name": country_name(country), "description": "Whole country (national)"})]
    if coverage.kind == "radius":
        place = provider.city or provider.name
        km = f"{coverage.km:g}" if coverage.km is not None else "0"
        return [("radius", {"name": f"Within {km} km of {place}"})]
    return [(code, {"name": region_name(code)}) for code in provider.covered_regions()]


def area_key(area: dict[str, Any], country: str) -> str | None:
    """'national', 'radius' or an ISO 3166-2 code for a service area, None when it names none."""
    name = area.get("name")
    if not isinstance(name, str) or not name.strip():
        return None
    if fold(name) in (fold(country_name(country)), "national", fold(country)):
        return "national"
    if _radius_km(name) is not None:
        return "radius"
    return resolve_region(name, country)


def coverage_from_areas(keys: list[str], areas: list[dict[str, Any]]) -> Coverage | None:
    if "national" in keys:
        return Coverage("national")
    if "radius" in keys:
        for area in areas:
            km = _radius_km(str(area.get("name") or ""))
            if km is not None:
                return Coverage("radius", km=km)
    regions = tuple(dict.fromkeys(key for key in keys if key not in ("national", "radius")))
    return Coverage("regions", regions) if regions else None
