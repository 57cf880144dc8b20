"""Regions (ISO 3166-2): codes and names people use, and where a point lies relative to them."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..errors import InputError
from .areas import area_error, area_named
from .countries import resolve_country
from .distance import EARTH_RADIUS_KM
from .gazetteer import Gazetteer, has_gazetteer, load_gazetteer
from .locate import TIE, locate, refuse_a_code_of_another_country, refuse_a_code_of_no_region
from .names import fold_name, has_region_type, has_town_word, strip_region_type, town_named
from .region_names import (
    RegionIndex,
    country_regions_named,
    is_city_region,
    names_a_part,
    region_code,
    region_code_read,
    region_index,
    region_name,
    regions,
)
from .run_data import REGION_AROUND_CITY

#: A point this many times farther from its nearest town than that town is from its own
#: nearest neighbour (plus a margin) is taken to lie outside the country (sea, desert, abroad).
_SPACING_FACTOR = 0.75
_MARGIN_KM = 15.0


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


@lru_cache(maxsize=4096)
def located_region(code: str, country: str) -> str | None:
    """The region (ISO 3166-2, top level) that a provider's stored region lies in, None when it
    names none. `directory add` and `import` store the region's code, but a file written by hand
    or by another tool, or an HSDS feed without a state_province, may hold a province (MA-CAS, in
    MA-06), a code without its hyphen (AL08), a region's name (Lezhë), a fullwidth code or
    nothing (`validate` reports each): a region to avoid still avoids the providers in it, read as
    the region to avoid is read (a code short of a digit, AL-8, counts as AL-08 here: only more is
    avoided). Twelfth adversarial pass: the stored text was compared with the code. An advisory's
    region in the directory file is read the same way (thirteenth pass: storage._read_advisories)."""
    text = unicodedata.normalize("NFKC", code).strip()
    if not text:
        return None
    try:
        found = region_code_read(text, country)
        return found[0] if found else read_region(text, country).code
    except InputError:
        return None


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
        example = next(iter(region_index(alpha2).parent), f"{alpha2}-..")
        raise InputError(f"{text!r} is not a region", f"give an ISO 3166-2 code such as {example} or a name")
    by_code = region_code_read(cleaned, alpha2)
    if by_code is not None:
        code, padded = by_code
        if padded:  # '8' or 'AL-8' for AL-08: a digit supplied
            if not tolerant:
                raise InputError(
                    f"region {text!r} is not a region code of {alpha2} as written "
                    f"(closest: {code} {region_name(code)})",
                    f"write {code}; a region is never read by a close spelling",
                )
            return RegionReading(cleaned, code, region_name(code), "spelling")
        # MA-CAS, a prefecture, is read as MA-06 Casablanca-Settat: a wider area, said; a
        # bare number ('11', a spreadsheet's cell) is the code of the country of return, said
        bare = not cleaned.upper().startswith(alpha2)
        how = "synonym" if names_a_part(cleaned, alpha2) or bare else None
        return RegionReading(cleaned, code, region_name(code), how)
    found = country_regions_named(cleaned, alpha2, around=False)
    if len(found) > 1:
        names = " or ".join(f"{c} {region_name(c)}" for c in found)
        raise InputError(f"region {text!r} could be {names}", "give the region code")
    if found:
        city = _city_of_the_name(cleaned, found[0])
        if city is not None:
            return _the_city_or_refused(text, cleaned, found[0], city)
        _refuse_a_city_named_as_a_region(text, found[0])
        how = _name_how(cleaned, found[0])
        if how is not None and _is_town_in(cleaned, found[0]):
            # Krujë, Casablanca: a town, and the district or province named after it
            return RegionReading(cleaned, found[0], cleaned, "region_of_town")
        town = town_named(fold_name(cleaned))
        if town and not _city_region(found[0]) and _is_town_in(town, found[0]):
            # 'Lviv city' is the town of Lviv: its region, read so and shown, never the oblast's name
            return RegionReading(cleaned, found[0], _town_shown(town, found[0]), "region_of_town")
        return RegionReading(cleaned, found[0], region_name(found[0]), how)
    area = area_named(cleaned, alpha2)
    if area is not None:
        return _area_region(cleaned, alpha2, area)
    return _region_of_place(cleaned, alpha2, tolerant)


def _city_of_the_name(text: str, code: str) -> str | None:
    """A region beside `code` whose town bears the text's name: the town of Osh is KG-GO, a
    city-region, beside Osh Region (KG-O); Tashkent is UZ-TK beside Tashkent Region (UZ-TO).
    Said with a town word, the region the town lies in: 'Sofia city' is BG-22, not Sofia
    Province (BG-23). A region's own name with no town word stays that region otherwise: a
    screen of every region's name found the towns beside it mostly GeoNames' misplacements
    (Taipei in Taichung), so only city-regions count."""
    country = code[:2]
    if not has_gazetteer(country):
        return None
    gazetteer = load_gazetteer(country)
    named = town_named(fold_name(text))
    towns = [gazetteer.towns[t] for t in gazetteer.names.get(named or fold_name(text), ())]
    regions = {town.region for town in towns}
    if named and len(regions) == 1 and code not in regions:  # 'Sofia city': Sofia is BG-22
        return regions.pop()
    return next((r for r in sorted(regions) if r != code and is_city_region(r, gazetteer)), None)


def _the_city_or_refused(text: str, cleaned: str, code: str, city: str) -> RegionReading:
    """'Osh city' is the city-region, read so and shown; 'Osh' could be either, and a region to
    avoid is never a guess: before, both were Osh Region without a word, and the city was not
    avoided."""
    if town_named(fold_name(cleaned)):
        return RegionReading(cleaned, city, region_name(city), "region_of_town")
    raise InputError(
        f"region {text!r} could be {code} {region_name(code)} or {city} {region_name(city)}, the city",
        "give the region code",
    )


def _refuse_a_city_named_as_a_region(text: str, code: str) -> None:
    """'Almaty Region', 'Minsk Region': a city-region's name with a region's type word is most
    often the region around the city, which has a code of its own (KZ-19, BY-MI). The gazetteer
    gives every region its name with 'region' as another name, so both were read as the city:
    the region asked for was not avoided."""
    folded = fold_name(text)
    if has_region_type(folded) and not has_town_word(folded) and _city_region(code):
        raise InputError(
            f"region {text!r} could be the city {code} {region_name(code)} or the region around it",
            f"give the region code ({code} is the city; `svcmatch locate NAME --country {code[:2]}` "
            "gives the other's)",
        )


def _area_region(text: str, country: str, area: tuple[str, tuple[str, ...]]) -> RegionReading:
    """An area in one region is that region (a town of the same name there too, as Budzhak in
    Odesa Oblast); one across several regions, or whose name a town elsewhere has, is refused
    with each region, so that each can be given by its code."""
    towns = []
    if has_gazetteer(country):
        gazetteer = load_gazetteer(country)
        towns = [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(text), ())]
    codes = area[1]
    if len(codes) == 1 and all(t.region == codes[0] for t in towns):
        return RegionReading(text, codes[0], region_name(codes[0]), "synonym")
    named = ", ".join(
        f"{t.name} ({t.region} {region_name(t.region)})" for t in towns if t.region not in codes
    )
    raise InputError(*area_error(text, area, named, as_region=True))


def _is_town_in(text: str, code: str) -> bool:
    country = code[:2]
    if not has_gazetteer(country):
        return False
    gazetteer = load_gazetteer(country)
    return any(gazetteer.towns[t].region == code for t in gazetteer.names.get(fold_name(text), ()))


def _city_named_around(text: str, code: str) -> str:
    """The city-region whose town a text names with a region's type word, where `locate` read it
    as the region around the city ('Minsk Region' is Minsk Oblast as a place of return, and
    could be either as a region to avoid); `code` otherwise."""
    folded = fold_name(text)
    city = next((c for c, around in REGION_AROUND_CITY.items() if around == code), None)
    if city is None or not has_region_type(folded) or has_town_word(folded):
        return code
    gazetteer = load_gazetteer(code[:2])
    towns = gazetteer.names.get(strip_region_type(folded), ())
    return city if any(gazetteer.towns[t].region == city for t in towns) else code


def _city_region(code: str) -> bool:
    return has_gazetteer(code[:2]) and is_city_region(code, load_gazetteer(code[:2]))


def _town_shown(folded: str, code: str) -> str:
    """The gazetteer's name of the town `folded` names in the region."""
    gazetteer = load_gazetteer(code[:2])
    towns = [gazetteer.towns[t] for t in gazetteer.names.get(folded, ())]
    return next((t.name for t in towns if t.region == code), folded)


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
    refuse_a_code_of_another_country(text, country)  # 'UA-43' for AL: says whose it is
    try:
        refuse_a_code_of_no_region(text, country)
    except InputError as error:
        raise InputError(f"unknown region {text!r} in {country}", error.hint) from None
    try:
        place = locate(text, country)
    except InputError as error:
        raise InputError(
            f"unknown region {text!r} in {country}", _closest_regions(text, country, error.hint or "")
        ) from None
    _refuse_a_city_named_as_a_region(text, _city_named_around(text, place.region))
    where = f"{place.name} in {place.region} {place.region_name}"
    if place.how == "spelling":
        # in another script too: an exact transliteration is a name (Кукес, Тирана, not "spelling");
        # 'Кукос' is a close spelling, as 'Kukos' is, and a region to avoid is never a guess
        if not tolerant:
            _refuse_two_regions(text, country, place.region, where)
            raise InputError(
                f"region {text!r} is not a region or town of {country} as written (closest: {where})",
                f"write {place.region} or the exact name; a region is never read by a close spelling",
            )
        how = "translation" if _other_script(text, place.name) else "spelling"
        return RegionReading(text, place.region, place.name, how)
    if place.kind in ("town", "district"):
        # a district too: 'Hekou district' (six Hekous) and '河口县' were the first one's
        # region, the others' not avoided (session twenty-eight)
        regions = {place.region} | {
            a.region for a in place.alternatives if a.kind == place.kind and a.score >= place.score - TIE
        }
        if len(regions) > 1:
            names = ", ".join(f"{c} {region_name(c)}" for c in sorted(regions))
            several = f"{text!r} names {place.kind}s in several regions: {names}"
            raise InputError(several, "give the region code")
    if place.kind == "town":
        return RegionReading(text, place.region, place.name, "region_of_town")
    how = _name_how(text, place.region) or "synonym"
    return RegionReading(text, place.region, place.name, how)


def _refuse_two_regions(text: str, country: str, region: str, where: str) -> None:
    """A text that holds a region's code beside another region's name ('AL-11 Lezhë', a comma
    forgotten) was told "write AL-08" only: the fix, followed, dropped the region its code named,
    a region to avoid among them. It names both, and the fix gives each."""
    others = []
    for word in re.findall(r"\b[A-Za-z]{2}-[0-9A-Za-z]{1,3}\b", text):
        read = region_code_read(word, country)
        if read is not None and read[0] != region and read[0] not in others:
            others.append(read[0])
    if others:
        raise InputError(
            f"region {text!r} names more than one region: {', '.join(others)} and {where}",
            f"give each region as a value of its own ({', '.join([*others, region])}), or the one you mean",
        )


def _closest_regions(text: str, country: str, fallback: str) -> str:
    from rapidfuzz import fuzz, process  # heavy (70 ms to import): only for an unknown region

    index = region_index(country)
    folded = strip_region_type(fold_name(text)) or fold_name(text)
    scored = process.extract(folded, list(index.names), scorer=fuzz.ratio, limit=8)
    closest = list(dict.fromkeys(c for key, _s, _ in scored for c in index.names[key]))[:3]
    if not closest:
        return fallback
    return "closest: " + ", ".join(f"{c} {index.shown[c]}" for c in closest) + "; " + _regions_fix(index)


def _regions_fix(index: RegionIndex) -> str:
    """How to find the region of a place the gazetteer lacks: a spelling's closest regions are
    no guide to it (Kailali, a district of NP-P7, is closest to NP-P6 Karnali)."""
    regions = sorted({index.parent.get(code, code) for code in index.shown})
    if len(regions) <= _REGIONS_LISTED:
        listed = ", ".join(f"{code} {index.shown[code]}" for code in regions)
        return f"a district or town the gazetteer lacks: give its region, one of {listed}"
    return (
        "a district or town the gazetteer lacks: give its region "
        f"(`svcmatch locate TOWN --country {index.country}` says the region of a town near it)"
    )


#: Up to this many regions (Albania's and Morocco's 12) are listed in an unknown region's fix.
_REGIONS_LISTED = 12


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
    return _judged(gazetteer, lat, lon).verdict == "inside"


@dataclass(frozen=True, slots=True)
class CountryPoint:
    """How a point lies against a country's towns, for a record's coordinates (`inside_country`
    says only inside or not).

    `verdict` is "inside"; "outside" (beyond every town, or a neighbour's place at less than
    half the distance of the country's nearest town: abroad, or the coordinates swapped); or
    "doubtful": not inside, but not surely outside either. A doubtful point is `far` beyond
    its nearest town's reach (sea, desert, or a part of the country whose places the gazetteer
    does not list: most keep places of 1,000 people or more, 62 in Nepal), or nearer to a
    neighbour's place than to the country's nearest town (`town`, `km` away) at a border
    where the gazetteer lists the neighbour's places more densely than the country's own."""

    verdict: str
    town: str = ""
    km: float = 0.0
    far: bool = False


def place_in_country(lat: float, lon: float, country: str) -> CountryPoint:
    """Whether a record's point lies in the country: see `CountryPoint`."""
    return _judged(load_gazetteer(resolve_country(country).alpha2), lat, lon)


def _judged(gazetteer: Gazetteer, lat: float, lon: float) -> CountryPoint:
    if gazetteer.town_near_and_border_far(lat, lon, _MARGIN_KM):
        # the answer below for every point of its fine cell: a town within the margin (so
        # neither beyond every town nor beyond its town's reach) and no neighbour's place nearer
        return CountryPoint("inside")
    if _beyond_every_town(gazetteer, lat, lon):  # swapped coordinates, another continent
        return CountryPoint("outside")
    index, km = gazetteer.nearest_town(lat, lon)
    if gazetteer.border_within(lat, lon, km / 2):
        return CountryPoint("outside", gazetteer.towns[index].name, km)
    far = km > _SPACING_FACTOR * gazetteer.spacing_km(index) + _MARGIN_KM
    if far or gazetteer.border_within(lat, lon, km):
        return CountryPoint("doubtful", gazetteer.towns[index].name, km, far)
    return CountryPoint("inside")


class _TownBox:
    """The towns' box (south, north, west, east; `wraps` round 180°: no longitude bound), the
    least cosine of a town's latitude, and (worked out the first time a point lies outside
    the box) the farthest any town's "inside" reaches: its spacing x factor + margin."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        lats = [t.latitude for t in gazetteer.towns]
        lons = [t.longitude for t in gazetteer.towns]
        self.south, self.north, self.west, self.east = min(lats), max(lats), min(lons), max(lons)
        self.wraps = self.east - self.west > 180.0  # Russia, Fiji, the United States
        self.least_cos = math.cos(math.radians(max(abs(self.south), abs(self.north))))
        self._gazetteer = gazetteer
        self._reach: float | None = None

    @property
    def reach(self) -> float:
        if self._reach is None:
            g = self._gazetteer
            self._reach = max(_SPACING_FACTOR * g.spacing_km(i) + _MARGIN_KM for i in range(len(g.towns)))
        return self._reach


_BOXES: dict[int, _TownBox] = {}  # by id(gazetteer); the box keeps its gazetteer alive


def _beyond_every_town(gazetteer: Gazetteer, lat: float, lon: float) -> bool:
    """Whether the point lies farther from every town than any town's "inside" reaches, by a
    lower bound of its distance to the towns' box. A point far outside the country (swapped
    latitude and longitude) cost a ring search over thousands of empty cells: 0.15 s each."""
    if not gazetteer.towns:
        return False
    box = _BOXES.get(id(gazetteer))
    if box is None:
        if len(_BOXES) >= 64:
            _BOXES.clear()
        box = _BOXES[id(gazetteer)] = _TownBox(gazetteer)
    if box.south <= lat <= box.north and (box.wraps or box.west <= lon <= box.east):
        return False
    lat_gap = max(box.south - lat, lat - box.north, 0.0)
    lon_gap = 0.0 if box.wraps else max(box.west - lon, lon - box.east, 0.0)
    lon_gap = min(lon_gap, 360.0 - lon_gap)
    # haversine: each term at least its value at the least gaps and the widest latitude
    across = math.cos(math.radians(lat)) * box.least_cos * math.sin(math.radians(lon_gap) / 2) ** 2
    h = math.sin(math.radians(lat_gap) / 2) ** 2 + across
    least_km = 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(h, 1.0)))
    return least_km * 0.999 - 0.01 > box.reach


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
    "CountryPoint",
    "RegionReading",
    "country_regions_named",
    "distance_to_region_km",
    "enclosed_regions",
    "inside_country",
    "place_in_country",
    "read_region",
    "region_at",
    "region_code",
    "region_name",
    "regions",
    "resolve_region",
]


#: How far from a city region's centre of population its ring of points lies (beyond Kyiv's
#: and Sevastopol's own towns, inside the oblast and Crimea; a larger city region is not found).
_RING_KM = 35.0
_ENCLOSED: dict[str, dict[str, tuple[str, ...]]] = {}
#: The region types of a city or territory with a region's own status (ISO 3166-2's words).
_CITY_TYPES = ("city", "capital", "federal territory", "union territory")
#: Of the 16 points of the ring, how many must lie in the region round it (the rest in the
#: city region itself or the sea); half of them where some lie in another country.
_RING_OTHER = 4
_RING_HALF = 8


def enclosed_regions(code: str) -> tuple[str, ...]:
    """The cities with a region's status that lie inside region `code`, which avoiding `code`
    does not avoid: a city ringed by it (Kyiv city, UA-30, in Kyiv Oblast, UA-32;
    Sevastopol, UA-40, against Crimea, UA-43, with the sea round the rest). Found from the
    gazetteer: a region of a city's type whose ring of 16 points 35 km from its centre lies in
    it, at sea or in one other region (4 points at least; 8 where some lie in another country:
    Osh in Osh Region, against Uzbekistan, but not Ceuta, facing Andalusia across the strait).
    Empty for a country without a gazetteer."""
    country = code[:2].upper()
    found = _ENCLOSED.get(country)
    if found is None:
        found = _ENCLOSED[country] = _enclosures(country) if has_gazetteer(country) else {}
    return found.get(code.upper(), ())


def _enclosures(country: str) -> dict[str, tuple[str, ...]]:
    gazetteer = load_gazetteer(country)
    inside: dict[str, list[str]] = {}
    for code, region in gazetteer.regions.items():
        kind = (region.type or "").casefold()
        lat0, lon0 = region.latitude, region.longitude  # its centre of population
        if not any(word in kind for word in _CITY_TYPES) or lat0 is None or lon0 is None:
            continue  # a district or province ringed by another is not said (too often a guess)
        around: list[str] = []
        foreign = 0
        for step in range(16):
            angle = math.radians(step * 22.5)
            lat = lat0 + _RING_KM / 111.2 * math.cos(angle)
            lon = lon0 + _RING_KM / (111.2 * max(math.cos(math.radians(lat0)), 0.01)) * math.sin(angle)
            index, km = gazetteer.nearest_town(lat, lon)
            if gazetteer.border_within(lat, lon, km):
                foreign += 1  # another country's land: Osh, against Uzbekistan
            elif km <= _RING_KM:  # (farther from every town: the sea)
                around.append(gazetteer.towns[index].region)
        others = [r for r in around if r != code]
        # with another country on the ring, the region round the city holds half of it: Ceuta
        # faces Andalusia across the strait (5 points) and Kinshasa Kongo Central (4)
        if len(set(others)) == 1 and len(others) >= (_RING_HALF if foreign else _RING_OTHER):
            inside.setdefault(others[0], []).append(code)
    return {outer: tuple(sorted(inner)) for outer, inner in inside.items()}
