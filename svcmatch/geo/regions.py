"""Regions (ISO 3166-2): codes and names people use, and where a point lies relative to them."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..errors import InputError
from .countries import resolve_country
from .gazetteer import Gazetteer, has_gazetteer, load_gazetteer
from .names import fold_name, has_region_type, skeleton, strip_region_type

_CODE = re.compile(r"(?:([A-Za-z]{2})[-\s]?)?([A-Za-z0-9]{1,3})")
#: A point this many times farther from its nearest town than that town is from its own
#: nearest neighbour (plus a margin) is taken to lie outside the country (sea, desert, abroad).
_SPACING_FACTOR = 0.75
_MARGIN_KM = 15.0


@dataclass(frozen=True, slots=True)
class RegionIndex:
    """A country's region names: folded name (with and without its type word) -> region codes."""

    country: str
    names: dict[str, tuple[str, ...]]
    #: Keys that are a region's name as written (not only once its type word is cut off).
    full_names: frozenset[str]
    full_codes: dict[str, tuple[str, ...]]
    subregion_names: dict[str, tuple[str, ...]]
    skeletons: dict[str, tuple[str, ...]]
    shown: dict[str, str]
    #: Every code a name may resolve to: regions, and subregions (-> their region).
    parent: dict[str, str]
    #: An old district's key ('AL-07/tropoje') -> the name of its seat ('Bajram Curri').
    seats: dict[str, str] = field(default_factory=dict)


def _add(index: dict[str, list[str]], name: str, code: str) -> None:
    for key in {fold_name(name), strip_region_type(fold_name(name))}:
        if key and code not in index.setdefault(key, []):
            index[key].append(code)


@functools.lru_cache(maxsize=16)
def region_index(country: str) -> RegionIndex:
    """The region names of a country (alpha-2), from its gazetteer or else from pycountry."""
    names: dict[str, list[str]] = {}
    subs: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    parent: dict[str, str] = {}
    full: dict[str, list[str]] = {}
    seats: dict[str, str] = {}
    if has_gazetteer(country):
        gazetteer = load_gazetteer(country)
        for region in gazetteer.regions.values():
            shown[region.code] = region.name
            parent[region.code] = region.code
            for name in region.names:
                _add(names, name, region.code)
                full.setdefault(fold_name(name), []).append(region.code)
        for code, (name, region_code) in gazetteer.subregions.items():
            shown[code] = name
            parent[code] = region_code
            _add(subs, name, code)
        seats = _add_former_districts(country, names, subs, shown, parent)
    else:
        for code, name, parent_code in _pycountry_regions(country):
            shown[code] = name
            parent[code] = parent_code or code
            _add(names if not parent_code else subs, name, code)
            full.setdefault(fold_name(name), []).append(code)
    skeletons: dict[str, list[str]] = {}
    for key, codes in names.items():
        for code in codes:
            sk = skeleton(key)
            if len(sk) >= 3 and code not in skeletons.setdefault(sk, []):
                skeletons[sk].append(code)
    return RegionIndex(
        country,
        _frozen(names),
        frozenset(full),
        _frozen(full),
        _frozen(subs),
        _frozen(skeletons),
        shown,
        parent,
        seats,
    )


def _add_former_districts(
    country: str,
    names: dict[str, list[str]],
    subs: dict[str, list[str]],
    shown: dict[str, str],
    parent: dict[str, str],
) -> dict[str, str]:
    """Old districts and municipalities (Albania's Tropojë, Kurbin) as subregions of their
    county, under keys 'AL-07/tropoje' that no user types; returns the seat of each key."""
    from .region_data import FORMER_DISTRICTS

    seats: dict[str, str] = {}
    for county, districts in FORMER_DISTRICTS.get(country, {}).items():
        for seat, district_names in districts:
            for name in district_names:
                folded = fold_name(name)
                if folded in names:  # the county's own name
                    continue
                key = f"{county}/{folded}"
                shown[key] = district_names[0]
                parent[key] = county
                seats[key] = seat
                _add(subs, name, key)
    return seats


def _frozen(index: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(codes) for key, codes in index.items()}


def _pycountry_regions(country: str) -> list[tuple[str, str, str]]:
    """(code, name, parent-region or '') for a country without a gazetteer: the top level."""
    import pycountry

    subdivisions = list(pycountry.subdivisions.get(country_code=country) or [])  # type: ignore[no-untyped-call]
    top = {s.code for s in subdivisions if not getattr(s, "parent_code", None)}
    rows = []
    for sub in subdivisions:
        parent = getattr(sub, "parent_code", None) or ""
        while parent and parent not in top:
            parent = next((getattr(s, "parent_code", "") or "" for s in subdivisions if s.code == parent), "")
        rows.append((sub.code, sub.name, parent))
    return sorted(rows)


def regions(country: str) -> list[tuple[str, str]]:
    """(code, name) of every region a directory of this country may use, by code."""
    alpha2 = resolve_country(country).alpha2
    index = region_index(alpha2)
    return sorted((code, index.shown[code]) for code, up in index.parent.items() if code == up)


def region_name(code: str) -> str:
    """The name shown for a region code ('AL-10' -> 'Shkodër'), provinces too ('MA-CAS')."""
    cleaned = str(code).strip().upper()
    if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", cleaned):
        raise InputError(f"{code!r} is not a region code", "write it as CC-XX, e.g. AL-10")
    index = region_index(resolve_country(cleaned[:2]).alpha2)
    if cleaned not in index.shown:
        raise InputError(f"unknown region {code!r}", f"see `svcmatch locate` or the regions of {cleaned[:2]}")
    return index.shown[cleaned]


def region_code(text: str, country: str) -> str | None:
    """The region a code means ('AL-10', '10', 'al10', 'MA-CAS' -> 'MA-06'), None if not a code."""
    match = _CODE.fullmatch(text.strip())
    if match is None:
        return None
    prefix, suffix = match.groups()
    if prefix and prefix.upper() != country:
        return None
    if not prefix and not suffix.isdigit():
        return None
    index = region_index(country)
    candidates = [f"{country}-{suffix.upper()}"]
    if suffix.isdigit() and len(suffix) == 1:
        candidates.append(f"{country}-0{suffix}")
    for code in candidates:
        if code in index.parent:
            return index.parent[code]
    return None


def country_regions_named(text: str, country: str) -> list[str]:
    """Every region a name or code could mean (empty when none): exact names and codes only."""
    alpha2 = resolve_country(country).alpha2
    code = region_code(text, alpha2)
    if code:
        return [code]
    index = region_index(alpha2)
    folded = fold_name(text)
    # A region's own name beats another's with its type word cut: 'Kyiv' is the city, not the oblast.
    if folded in index.full_names:
        full = [c for c in index.names.get(folded, ()) if _has_full_name(index, c, folded)]
        full = [c for c in full if not _city_by_type(c, folded)]
        if full:
            return full
    found: list[str] = []
    for key in dict.fromkeys([folded, strip_region_type(folded)]):
        for code in index.names.get(key, ()):
            if code not in found:
                found.append(code)
        for sub in index.subregion_names.get(key, ()):
            if index.parent[sub] not in found:
                found.append(index.parent[sub])
    return found


def _city_by_type(code: str, folded: str) -> bool:
    """'Kyiv region' names Kyiv Oblast, not the city of Kyiv (a region with a City's status)."""
    if not has_region_type(folded) or not has_gazetteer(code[:2]):
        return False
    from .locate import city_named_by_type

    return city_named_by_type(code, folded, load_gazetteer(code[:2]))


def _has_full_name(index: RegionIndex, code: str, folded: str) -> bool:
    return code in index.full_codes.get(folded, ())


@dataclass(frozen=True, slots=True)
class RegionReading:
    """How a region was read: its code, the name that matched (a region's, an old district's or
    a town's), and how (None when exact; `synonym`, `translation`, `region_of_town`, `spelling`)."""

    text: str
    code: str
    name: str
    how: str | None

    @property
    def label(self) -> str:
        """'AL-07 Kukës'."""
        return f"{self.code} {region_name(self.code)}"


def read_region(text: str, country: str, *, tolerant: bool = False) -> RegionReading:
    """A region from its ISO 3166-2 code, a name of it (any listed language or script, with or
    without its type word), an old district or a province in it, or a town in it.

    A name is read exactly (folded for case and accents); a close spelling is refused with the
    place it is close to, unless `tolerant` (where nothing is stored or enforced by it). A town
    name that several regions share is refused with those regions.
    """
    alpha2 = resolve_country(country).alpha2
    cleaned = " ".join(str(text).split())
    if not cleaned or len(cleaned) > 120:
        raise InputError(f"{text!r} is not a region", "give an ISO 3166-2 code such as AL-10 or a name")
    if region_code(cleaned, alpha2) is not None:
        code = region_code(cleaned, alpha2) or ""
        return RegionReading(cleaned, code, region_name(code), None)
    found = country_regions_named(cleaned, alpha2)
    if len(found) > 1:
        names = " or ".join(f"{c} {region_name(c)}" for c in found)
        raise InputError(f"region {text!r} could be {names}", "give the region code")
    if found:
        how = _name_how(cleaned, found[0])
        if how is not None and _is_town_in(cleaned, found[0]):
            # Krujë, Casablanca: a town, and the district or province named after it
            return RegionReading(cleaned, found[0], cleaned, "region_of_town")
        return RegionReading(cleaned, found[0], region_name(found[0]), how)
    return _region_of_place(cleaned, alpha2, tolerant)


def _is_town_in(text: str, code: str) -> bool:
    country = code[:2]
    if not has_gazetteer(country):
        return False
    gazetteer = load_gazetteer(country)
    return any(gazetteer.towns[t].region == code for t in gazetteer.names.get(fold_name(text), ()))


def _name_how(text: str, code: str) -> str | None:
    """None when the text is the region's shown name (with or without its type word)."""
    folded = fold_name(text)
    shown = fold_name(region_name(code))
    if folded == shown or strip_region_type(folded) == strip_region_type(shown):
        return None
    return "translation" if _other_script(text, region_name(code)) else "synonym"


def _other_script(text: str, name: str) -> bool:
    """Whether the text is written in another script than the name (Київ for Kyiv)."""
    return any(ch.isalpha() and not ch.isascii() and not _latin(ch) for ch in text) != any(
        ch.isalpha() and not ch.isascii() and not _latin(ch) for ch in name
    )


def _latin(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


def _region_of_place(text: str, country: str, tolerant: bool) -> RegionReading:
    from .locate import TIE, locate

    try:
        place = locate(text, country)
    except InputError as error:
        raise InputError(
            f"unknown region {text!r} in {country}", _closest_regions(text, country, error.hint or "")
        ) from None
    where = f"{place.name} in {place.region} {place.region_name}"
    if place.how == "spelling":
        if not tolerant and not _other_script(text, place.name):
            raise InputError(
                f"region {text!r} is not a region or town of {country} as written (closest: {where})",
                f"write {place.region} or the exact name; a region is never read by a close spelling",
            )
        how = "translation" if _other_script(text, place.name) else "spelling"
        return RegionReading(text, place.region, place.name, how)
    if place.kind == "town":
        regions = {place.region} | {
            a.region for a in place.alternatives if a.kind == "town" and a.score >= place.score - TIE
        }
        if len(regions) > 1:
            names = ", ".join(f"{c} {region_name(c)}" for c in sorted(regions))
            raise InputError(f"{text!r} names towns in several regions: {names}", "give the region code")
        return RegionReading(text, place.region, place.name, "region_of_town")
    how = _name_how(text, place.region) or "synonym"
    return RegionReading(text, place.region, place.name, how)


def _closest_regions(text: str, country: str, fallback: str) -> str:
    from rapidfuzz import fuzz, process

    index = region_index(country)
    folded = strip_region_type(fold_name(text)) or fold_name(text)
    scored = process.extract(folded, list(index.names), scorer=fuzz.ratio, limit=8)
    closest = list(dict.fromkeys(c for key, _s, _ in scored for c in index.names[key]))[:3]
    return "closest: " + ", ".join(f"{c} {index.shown[c]}" for c in closest) if closest else fallback


def resolve_region(text: str, country: str, tolerant: bool = False) -> str:
    """ISO 3166-2 code of a region given by code, name or town (see `read_region`): exact by
    default, as write paths and avoided regions need; `tolerant=True` also takes a close spelling.
    """
    return read_region(text, country, tolerant=tolerant).code


def region_at(lat: float, lon: float, country: str) -> str:
    """The region whose nearest town is nearest to the point (a Voronoi guess of the border)."""
    gazetteer = load_gazetteer(resolve_country(country).alpha2)
    index, _km = gazetteer.nearest_town(lat, lon)
    return gazetteer.towns[index].region


def inside_country(lat: float, lon: float, country: str) -> bool:
    """Whether a point lies in the country, approximately: nearer to one of its towns than to a
    neighbour's place, and not far beyond its towns (sea, desert). Good to a few km at borders."""
    gazetteer = load_gazetteer(resolve_country(country).alpha2)
    return _inside(gazetteer, lat, lon)


def _inside(gazetteer: Gazetteer, lat: float, lon: float) -> bool:
    index, km = gazetteer.nearest_town(lat, lon)
    if km > _SPACING_FACTOR * gazetteer.spacing_km(index) + _MARGIN_KM:
        return False
    return not gazetteer.border_within(lat, lon, km)  # no neighbour's place nearer than the town


def distance_to_region_km(lat: float, lon: float, region: str) -> float:
    """Approximate distance from a point to a region: 0 when the point's nearest town lies in it,
    else the distance to the region's nearest town (an over-estimate by up to the town spacing)."""
    code = str(region).strip().upper()
    alpha2 = resolve_country(code[:2]).alpha2
    index = region_index(alpha2)
    code = index.parent.get(code, "")
    if not code:
        raise InputError(f"unknown region {region!r}", "give an ISO 3166-2 code such as AL-10")
    gazetteer = load_gazetteer(alpha2)
    nearest, km = gazetteer.nearest_town(lat, lon)
    if gazetteer.towns[nearest].region == code and _inside(gazetteer, lat, lon):
        return 0.0
    _index, km = gazetteer.nearest_town(lat, lon, region=code)
    return km


def region_centre(code: str) -> tuple[float, float] | None:
    """The centre of population of a region's towns (None without a gazetteer)."""
    alpha2 = code[:2].upper()
    if not has_gazetteer(alpha2):
        return None
    region = load_gazetteer(alpha2).regions.get(region_index(alpha2).parent.get(code.upper(), ""))
    if region is None or region.latitude is None or region.longitude is None:
        return None
    return region.latitude, region.longitude


__all__ = [
    "RegionReading",
    "country_regions_named",
    "distance_to_region_km",
    "inside_country",
    "read_region",
    "region_at",
    "region_code",
    "region_name",
    "regions",
    "resolve_region",
]
