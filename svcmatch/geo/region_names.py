"""Region names and codes: each country's index of the names of its regions (ISO 3166-2, in every
listed language, with old districts and provinces), and the codes that a name or code means."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..errors import InputError
from .countries import resolve_country
from .districts import FORMER_DISTRICTS
from .gazetteer import Gazetteer, has_gazetteer, load_gazetteer
from .names import fold_name, has_region_type, has_town_word, plain_letters, skeleton, strip_region_type
from .run_data import CITY_OF_REGION_AROUND, REGION_AROUND_CITY, SUBREGION_EXONYMS

_CODE = re.compile(r"(?:([A-Za-z]{2})[-\s]?)?([A-Za-z0-9]{1,3})")


@dataclass(frozen=True)
class RegionIndex:
    """A country's region names: folded name (with and without its type word) -> region codes."""

    country: str
    names: dict[str, tuple[str, ...]]
    #: Keys that are a region's name as written (not only once its type word is cut off).
    full_names: frozenset[str]
    full_codes: dict[str, tuple[str, ...]]
    subregion_names: dict[str, tuple[str, ...]]
    shown: dict[str, str]
    #: Every code a name may resolve to: regions, and subregions (-> their region).
    parent: dict[str, str]
    #: An old district's key ('AL-07/tropoje') -> the name of its seat ('Bajram Curri').
    seats: dict[str, str] = field(default_factory=dict)

    @functools.cached_property
    def skeletons(self) -> dict[str, tuple[str, ...]]:
        """Sound-alike key (3 letters or more) -> region codes; made on first use, as only a
        name that matched nothing exactly needs it."""
        skeletons: dict[str, list[str]] = {}
        for key, codes in self.names.items():
            sk = skeleton(key)
            for code in codes:
                if len(sk) >= 3 and code not in skeletons.setdefault(sk, []):
                    skeletons[sk].append(code)
        return _frozen(skeletons)


_BRACKETS = re.compile(r"\s*[\[\]()]\s*")
_ISO_CODE = r"[A-Z]{2}-[A-Z0-9]{1,3}"
#: A region code at the end of a name (a text that `re` compiles on first use: a cold `match`
#: does not use it).
_TRAILING_CODE = rf"\s*\b{_ISO_CODE}$"


def _bracket_parts(regions: list[tuple[str, str]], full: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(name, code) for each part of a region's ISO name that gives a second form in brackets,
    'Illes Balears [Islas Baleares]', 'Wales [Cymru GB-CYM]', 'Galicia [Galicia]': each part is
    a name of the region as written, unless two regions share it ('Svalbard (Arctic Region)',
    'Jan Mayen (Arctic Region)'), it is another region's name, a code ('SE-01'), a qualifier
    in lower case ('Guyane (française)') or a type word alone ('Maritime (Région)')."""
    owners: dict[str, set[str]] = {}
    parts: list[tuple[str, str]] = []
    for name, code in regions:
        if not _BRACKETS.search(name):
            continue
        for part in filter(None, _BRACKETS.split(name)):
            part = re.sub(_TRAILING_CODE, "", part).strip()
            key = fold_name(part)
            # a qualifier ('française', 'city') or a bare type word ('Région') is no name
            if (
                len(key) > 2
                and part[0].isupper()
                and strip_region_type(key)
                and not re.fullmatch(_ISO_CODE, part)
            ):
                owners.setdefault(key, set()).add(code)
                parts.append((part, code))
    return [
        (part, code)
        for part, code in dict.fromkeys(parts)
        if owners[fold_name(part)] == {code} and set(full.get(fold_name(part), [code])) == {code}
    ]


_NUMBER_ONLY = re.compile(r"(?:no\.? ?)?(?:\d+|[ivx]+)(?:-?[ab])?")


def _add(index: dict[str, list[str]], name: str, code: str) -> str:
    """Index a name with and without its type word, and with its letters đ, ł, ø written plain
    (GeoNames gives its towns such forms, pycountry its regions not); returns it folded."""
    folded = fold_name(name)
    keys = {folded, strip_region_type(folded)}
    # 'Region 7', 'Province No. 1' without their type word are a bare number: not a name
    keys = {key for key in keys if key == folded or not _NUMBER_ONLY.fullmatch(key)}
    for key in {*keys, *map(plain_letters, keys)}:
        if key and code not in index.setdefault(key, []):
            index[key].append(code)
    return folded


def _add_full(full: dict[str, list[str]], index: dict[str, list[str]], name: str, code: str) -> None:
    """Index a region's full name, and keep it (and its form with đ, ł, ø written plain: 'Dong
    Nai' is Đồng Nai's full name as people type it) among the full names."""
    folded = _add(index, name, code)
    for key in dict.fromkeys((folded, plain_letters(folded))):
        full.setdefault(key, []).append(code)


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
                _add_full(full, names, name, region.code)
        for name, code in _bracket_parts([(r.name, r.code) for r in gazetteer.regions.values()], full):
            _add_full(full, names, name, code)
        for code, (name, region_code) in gazetteer.subregions.items():
            shown[code] = name
            parent[code] = region_code
            _add(subs, name, code)
            for other in SUBREGION_EXONYMS.get(country, {}).get(code, ()):
                _add(subs, other, code)
        seats = _add_former_districts(country, names, subs, shown, parent)
    else:
        for code, name, parent_code in _pycountry_regions(country):
            shown[code] = name
            parent[code] = parent_code or code
            _add_full(full, names if not parent_code else subs, name, code)
        top = [(shown[code], code) for code in shown if parent[code] == code]
        for name, code in _bracket_parts(top, full):
            _add_full(full, names, name, code)
    return RegionIndex(
        country,
        _frozen(names),
        frozenset(full),
        _frozen(full),
        _frozen(subs),
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
    import pycountry  # 0.6 s to import: only for a country without a gazetteer

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
    found = region_code_read(text, country)
    return None if found is None else found[0]


def region_code_read(text: str, country: str) -> tuple[str, bool] | None:
    """(region, padded) for a code, None if not a code: `padded` when the code needed a digit
    supplied ('8' or 'AL-8' for AL-08) or a leading zero dropped ('KH-01' for KH-1, whose
    country writes its codes without one), so that it was not read as written."""
    written = _code_as_written(text, country)
    if written is None:
        return None
    index = region_index(country)
    candidates = [written]
    suffix = written.split("-", 1)[1]
    if suffix.isdigit() and len(suffix) == 1:
        candidates.append(f"{country}-0{suffix}")
    elif suffix.isdigit() and suffix.startswith("0") and suffix.lstrip("0"):
        candidates.append(f"{country}-{suffix.lstrip('0')}")
    for padded, code in enumerate(candidates):
        if code in index.parent:
            return index.parent[code], bool(padded)
    return None


def names_a_part(text: str, country: str) -> bool:
    """Whether `text` is the ISO 3166-2 code of a subdivision inside a region (a province or
    prefecture such as MA-CAS in MA-06), not a region's own code (AL-02, al02, 02): read as
    its region, a wider area than it names, which is said (a reading, never silent)."""
    written = _code_as_written(text, country)
    parent = None if written is None else region_index(country).parent.get(written)
    return parent is not None and parent != written


def _code_as_written(text: str, country: str) -> str | None:
    """'AL-10' for 'AL-10', 'al10' or '10' in AL; None for what is not a code of the country."""
    match = _CODE.fullmatch(text.strip())
    if match is None:
        return None
    prefix, suffix = match.groups()
    if (prefix and prefix.upper() != country) or (not prefix and not suffix.isdigit()):
        return None
    return f"{country}-{suffix.upper()}"


def country_regions_named(
    text: str, country: str, *, districts: bool = True, around: bool = True
) -> list[str]:
    """Every region a name or code could mean (empty when none): exact names and codes only;
    with `districts`, also the region of a district (a subregion) of that name; with `around`,
    a city-region's name with a region's type word is the region around the city ('Minsk
    oblast', REGION_AROUND_CITY), as a place of return is read (a region to avoid is refused
    as either, `regions.read_region`)."""
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
    city_region = around and has_town_word(folded) and has_region_type(folded)
    around = around and has_region_type(folded) and not has_town_word(folded)
    for key in dict.fromkeys([folded, strip_region_type(folded)]):
        for code in index.names.get(key, ()):
            if around:
                code = REGION_AROUND_CITY.get(code, code)  # 'Minsk oblast' is not the city
            if code not in found:
                found.append(code)
        for sub in index.subregion_names.get(key, ()) if districts else ():
            if index.parent[sub] not in found:
                found.append(index.parent[sub])
    if city_region:  # 'Sofia City Province', 'Osh city oblast': the city, not the region around it
        found = list(dict.fromkeys(CITY_OF_REGION_AROUND.get(code, code) for code in found))
    return found


def _city_by_type(code: str, folded: str) -> bool:
    """'Kyiv region' names Kyiv Oblast, not the city of Kyiv (a region with a City's status)."""
    if not has_region_type(folded) or not has_gazetteer(code[:2]):
        return False
    return city_named_by_type(code, folded, load_gazetteer(code[:2]))


def _has_full_name(index: RegionIndex, code: str, folded: str) -> bool:
    return code in index.full_codes.get(folded, ())


def is_city_region(code: str, gazetteer: Gazetteer) -> bool:
    """A region with a City's status (Kyiv, Sevastopol): its town words name it too."""
    region = gazetteer.regions.get(code)
    return region is not None and region.type == "City"


def city_named_by_type(code: str, folded: str, gazetteer: Gazetteer) -> bool:
    """A city with region status (Kyiv, Sevastopol) named with another region's type word."""
    return is_city_region(code, gazetteer) and not has_town_word(folded)
