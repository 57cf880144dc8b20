"""`locate`: a town or region name, as a person types it, to a place with region and coordinates."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any, NamedTuple, NoReturn

from ..errors import InputError
from ..negation import negations_in
from .areas import DISTRICT_SEATS, area_error, area_named
from .countries import EXTRA_SOURCES, countries_named, is_country_name, resolve_country
from .distance import distance_km
from .districts import PROVINCE_SEATS, SEAT_POINTS
from .gazetteer import (
    DATA_DIR,
    INDEX_MIN_POPULATION,
    Gazetteer,
    Town,
    countries_with_town,
    has_gazetteer,
    load_gazetteer,
    places_left_out,
)
from .names import (
    adjective_stems,
    albanian_nominatives,
    consonant_key,
    district_adjective_stem,
    district_named,
    fold_name,
    has_arabic,
    has_region_type,
    has_town_word,
    irregular_adjective_seat,
    kind_words_only,
    latin_skeleton,
    letters_of,
    one_slip_apart,
    readings,
    skeleton,
    sound_key,
    strip_region_type,
    to_latin,
    town_named,
    without_elision,
)
from .parts import LazyIndex
from .region_names import (
    RegionIndex,
    city_named_by_type,
    country_regions_named,
    is_city_region,
    region_code,
    region_index,
)
from .run_data import (
    CITY_OF_REGION_AROUND,
    FOREIGN_TOWNS_BESIDE,
    REGION_ABBREVIATIONS_AFTER_A_TOWN,
    REGION_AROUND_CITY,
)

#: Scores (0-1) by how a name matched; a town's own name beats a region named the same
#: unless the query says "oblast", "county", "region"...
EXACT = 1.0
REGION_BARE = 0.99
REGION_CUT = 0.9  # 'Vinnitsa' is 'Vinnitsa Oblast' without its type word, but first a town
SUBREGION = 0.98
SOUND_ALIKE = 0.9  # + up to 0.05 by spelling similarity
FUZZY_WEIGHT = 0.92  # x rapidfuzz ratio / 100
#: The query is the first word of a town's longer name ('Kamianets'): the one town this large
#: whose name starts so is taken before a sound-alike of the whole query; others rank below any
#: other reading by spelling, as alternatives.
FIRST_WORD_CITY = 10_000
#: A city's section this large is a place of its own (Navotas, Obolon): it counts a tenth of its
#: people in a tie, not a hundredth, so that a village of the name elsewhere does not win.
LARGE_SECTION = 100_000
FIRST_WORD_OF_CITY = 0.96
FIRST_WORD_OF_NAME = 0.6
PART_OF_NAME = 0.85  # the query is all the words of a longer name ('Biougra' in 'Tine Biougra')
#: A name is some of the query's words: the old compound 'Pereyaslav-Khmelnytskyi' is Pereiaslav
#: (the head word) before Khmelnytskyi (a word it shares with another town).
NAME_IN_QUERY = 0.8
NAME_STARTS_QUERY = 0.82
#: A region named by its centre and Ukrainian's -shchyna (Lvivshchyna is Lviv Oblast).
LAND_OF = 0.97
_LAND_SUFFIX = re.compile(r"(?:chch|shch|sch|ch|shh)(?:y|i)na$")
#: Arabic written without short vowels, met with a Latin name of the same consonants.
SAME_CONSONANTS = 0.86  # + up to 0.04 by how near the Latin name is to the Arabic read aloud
NEAR_CONSONANTS = 0.83
_MIN_CONSONANTS = 2
#: Candidates this close to the best score tie; the larger place wins.
TIE = 0.005
#: A town named exactly as a region but lying elsewhere and under 1/20 of the region's size
#: ranks just below the region ('California' is the state, not California, Maryland).
TOWN_BEATS_REGION = 20
SMALL_NAMESAKE = REGION_BARE - TIE - 0.001
#: rapidfuzz ratio (0-100) a typo must reach, by query length (short names need more).
_FUZZY_CUTOFFS = ((4, 86.0), (6, 80.0), (99, 76.0))
MAX_ALTERNATIVES = 5
#: A record's city that no place has as its name but that comes this close to a town is a
#: misspelling of it ('Shkodrr', 0.94); a weaker likeness ('Borsh' and Orosh, 0.74) is another
#: village, one that the gazetteer does not list.
CITY_MISSPELLING = 0.85
#: A reading by spelling less alike than this is refused with the places it came close to: in
#: session twenty-eight's screen, readings of 0.70-0.80 went to another town about 30 times and
#: to the one meant about 8 (`_refuse_a_weak_spelling`; figures in docs/geography.md).
WEAK_SPELLING = 0.8


@dataclass(frozen=True, slots=True)
class Place:
    """Where a query points: a town or a region, its ISO 3166-2 region and coordinates."""

    query: str
    name: str
    kind: str  # "town" | "region" | "district"
    region: str
    region_name: str
    latitude: float | None
    longitude: float | None
    score: float
    population: int | None = None
    alternatives: tuple[Place, ...] = ()
    #: Another place matched the query exactly as well (two towns of one name).
    ambiguous: bool = False
    #: How the query was read: "name" (a name of the place, in any language or script, or a
    #: region without its type word) or "spelling" (a sound-alike or a typo).
    how: str = "name"
    #: For kind "district" (an old district or municipality, Albania's Tropojë): the town that
    #: is its seat (Bajram Curri), whose coordinates the place has; its region is the county.
    seat: str | None = None
    #: Read by spelling from another of the town's names than the one shown: that name, folded
    #: ('lemberg' for 'Lemburg', read as Lviv), so that the reading can be checked.
    near: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "name": self.name,
            "kind": self.kind,
            "region": self.region,
            "region_name": self.region_name,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "score": self.score,
            "population": self.population,
            "ambiguous": self.ambiguous,
            "how": self.how,
            **({"seat": self.seat} if self.seat else {}),
            **({"near": self.near} if self.near else {}),
            "alternatives": [_alternative_json(a) for a in self.alternatives],
        }


def _alternative_json(place: Place) -> dict[str, Any]:
    document = place.to_json()
    for key in ("query", "alternatives", "ambiguous", "how"):
        document.pop(key)
    return document


def close_to_words(near: str | None) -> str:
    """What a reading adds when it came close to another of the town's names (Place.near)."""
    return f", close to its other name {near!r}" if near else ""


class _Candidate(NamedTuple):  # a named tuple: cheaper to define than a dataclass (gazetteer.Town)
    score: float
    kind: str  # "town" | "region" | "district"
    key: int | str  # town index or region code
    label: str = ""  # the province name when a province matched
    how: str = "name"  # "name" | "spelling"
    sub: str = ""  # the subregion (province, old district) that matched
    near: str = ""  # for a town read by spelling: the name (folded) that the query came close to


def locate(query: str, country: str) -> Place:
    """Resolve a town or region name (any spelling, script, exonym, old name or typo) in a country.

    'NAME, REGION' limits the search to one region ('Ivanivka, Odesa Oblast'). Where names tie,
    the larger place wins and the others are in `alternatives`. InputError lists the closest
    names when nothing plausible matches.
    """
    text = str(query).translate(_OTHER_COMMAS)
    if text != query:  # 'تازة، فاس مكناس': the comma of Arabic script, as its own
        return replace(_locate_parts(text, country), query=query)
    return _locate_parts(query, country)


#: Commas of other scripts, read as the comma: Arabic's (also Persian's and Urdu's), Chinese's
#: two, Ethiopic's and Burmese's ('تازة، فاس مكناس' was Fes, 'جرجيس، مدنين' Medenine, the
#: town before it dropped; session twenty-seven's screen).
_OTHER_COMMAS = str.maketrans(dict.fromkeys("،、，፣၊", ","))


def _locate_parts(query: str, country: str) -> Place:
    parts = [part.strip() for part in str(query).split(",")]
    if len(parts) < 3 or not all(parts):
        return _locate(query, country)
    # 'Shkodër, Vau i Dejës, Bushat', 'Kyiv Oblast, Bucha raion, Irpin': three parts written from
    # the largest down, as forms ask for them, read as from the smallest up (they were refused
    # as no 'Shkodër, Vau i Dejës' near Bushat, or read by a close spelling as Bucha): first
    # where the first part is a region and the last is not, else where the order given reads
    # nothing; the refusal of the order given stands where neither reads
    smallest_first = ", ".join(reversed(parts))
    if country_regions_named(parts[0], country) and not country_regions_named(parts[-1], country):
        try:
            return replace(_locate(smallest_first, country), query=query)
        except InputError:
            pass
    try:
        return _locate(query, country)
    except InputError as refused:
        try:
            return replace(_locate(smallest_first, country), query=query)
        except InputError:
            raise refused from None


def _locate(query: str, country: str) -> Place:
    alpha2 = resolve_country(country).alpha2
    text = _clean(query, alpha2)
    gazetteer = load_gazetteer(alpha2)
    index = region_index(alpha2)
    folded = fold_name(text)
    district: Place | None = None  # a district the village was given in ('Ivanivka, Odeskyi raion')
    if "(" in text and (gazetteer.names.get(folded) or index.names.get(folded)):
        name, within = text, None  # 'Frankfurt (Oder)', 'Guyane (française)': a name as written
    else:
        name, within = _split_region(text, alpha2)
        if within is None and name == text:
            name, district = _split_district(text, alpha2, index)
            within = district.region if district is not None else None
        if within is None and name == text:
            name, within = _split_trailing_region(text, folded, alpha2, gazetteer, index)
        if within is None and name == text:
            town_after = _split_town(text, folded, gazetteer, index)
            if town_after is not None:
                return _near_town(query, text, *town_after, alpha2, gazetteer, index)
        elif within is not None and "," in name:
            name, district, place = _in_region_given(query, name, within, alpha2, gazetteer, index)
            if place is not None:
                return place
    code = region_code(name, alpha2)
    if code is not None and within is None:
        return _region_place(query, gazetteer, index, code, EXACT, "")
    # 'huyện Ý Yên', 'Ý Yên District': an area with a district's word ('huyện Ý Yên' was Vĩnh Yên,
    # by a close spelling)
    area = area_named(name, alpha2) or area_named(district_named(fold_name(name)), alpha2)
    if area is not None and fold_name(name) in NOT_PLACES and fold_name(name) != name.strip().lower():
        area = None  # 'même' (French "same") is no place; 'Meme', Cameroon's division, is
    if within is None:
        refuse_a_code_of_no_region(name, alpha2)
        if area is not None:  # before the country's names: 'Herzegovina' is a land of BA
            return _area_place(query, name, alpha2, area, gazetteer, index)
    elif area is not None and area[1] == (within,) and not _a_town_in(name, within, gazetteer):
        # 'Ý Yên, Nam Định', 'Sơn Động, VN-54': an area of the region given (each was refused as
        # no place named so in the region); 'Wencheng, Zhejiang', whose name towns elsewhere have
        return _area_place(query, name, alpha2, area, gazetteer, index, elsewhere=True)
    if within is None:
        _refuse_the_country(query, fold_name(name), alpha2, gazetteer, index)
        _refuse_no_place_named(query, fold_name(name), alpha2, gazetteer, index)
        _refuse_a_foreign_town_beside(query, fold_name(name), alpha2)
        _refuse_no_one_place(query, name, alpha2, gazetteer, index)
    candidates = _candidates(name, gazetteer, index)
    if within is not None:
        kept = [c for c in candidates if _region_of(c, gazetteer, index) == within]
        if kept and all(c.kind == "region" for c in kept) and any(c.kind == "town" for c in candidates):
            # 'Mexico City, Mexico': the city, the country's name dropped (was the State of
            # Mexico, which 'Mexico' after the comma and 'Mexico City' with "city" cut both name)
            in_country = _in_country_after_all(query, text, alpha2, gazetteer, index)
            if in_country is not None:
                return in_country
        candidates = kept
    if district is not None:
        candidates = _in_district(query, name, candidates, district, gazetteer, index)
    elif candidates and all(c.how == "spelling" for c in candidates):
        near = _best(query, candidates, gazetteer, index)
        _refuse_a_country_named(query, name, alpha2, near)
        _refuse_a_town_of_another_country(query, name, alpha2, near)
        _refuse_a_town_lost_to_what_follows(query, text, alpha2, near, gazetteer)
    if not candidates:
        if within is None:
            _refuse_a_country_named(query, name, alpha2, None)
        town_after = _split_town(text, folded, gazetteer, index) if within is not None else None
        if town_after is not None:  # 'Sidi Moumen, Casablanca': a prefecture and a city
            return _near_town(query, text, *town_after, alpha2, gazetteer, index)
        if within is not None:  # 'Puebla, Mexico': not in the State of Mexico, but in Mexico
            in_country = _in_country_after_all(query, text, alpha2, gazetteer, index)
            if in_country is not None:
                return in_country
            # 'Damascus, Rif Dimashq': a town named exactly in another region (Damascus is a
            # governorate of its own, which Rif Dimashq surrounds) is refused naming where it is
            # (it was "no place matches", its closest names villages of Rif Dimashq)
            _refuse_a_town_known_elsewhere(name, within, alpha2, gazetteer, index)
        _refuse_no_place(query, name, alpha2, gazetteer, within)
    return _refuse_a_weak_spelling(
        _refuse_a_place_not_meant(_best(query, candidates, gazetteer, index), name), name
    )


#: Words that say a place is to be kept away from ('away from Kharkiv', 'far from Lagos', 'larg
#: Tiranës'), folded: such a text was read as the place itself by a close spelling.
_AWAY_WORDS = frozenset(
    fold_name(word)
    for word in (
        *("away", "far", "larg", "loin", "lejos", "lontano"),
        *("далеко", "подалі", "подальше", "بعيد", "بعيدا"),
    )
)


def _not_meant_words(folded: str, own: str = "", names: Iterable[str] = ()) -> list[str]:
    """The words of a folded text that say a place is not meant: a "not" ('not Tirana', 'pa
    Tiranë') that is no word of `names`, or a word for "away" ('far from Tirana'); with `own`, the
    folded name it was read as, only words added to it."""
    said = [word for word in negations_in(folded, own or None) if word not in names]
    return said or [
        word
        for word in folded.split()
        if word in _AWAY_WORDS and word not in own.split() and len(folded.split()) > len(own.split())
    ]


def _refuse_a_place_not_meant(place: Place, name: str) -> Place:
    """A place read by spelling from a text that says "not" ('not Tirana', 'anywhere but
    Tirana', 'pa Tiranë') is the place she does not go to: it was read as Tirana, and a match
    planned her return there (sixteenth adversarial pass). A "not" that the name itself holds
    ('Porto de Mós', 'Val di Non') is the name's."""
    if place.how != "spelling":
        return place
    folded, own = fold_name(name), place.near or fold_name(place.name)
    # a word of the place's own name is the name's ('Chieng Mai' came close to 'chiangmai': its
    # 'mai' is Chiang Mai's, not Italian's "never")
    said = _not_meant_words(folded, own, set(fold_name(place.name).split()))
    if said:
        raise InputError(
            f"{place.query!r} says which place is not meant ({said[0]!r}); it came close to {place.name}",
            "give the town or region itself; a region she must keep away from is --avoid-region",
        )
    return place


def _one_slip(name: str, place: Place) -> bool:
    """Whether a name is one slip from the name a place was read by (or has the same letters,
    spaced otherwise)."""
    return any(
        letters_of(name) == letters_of(near) or one_slip_apart(name, near)
        for near in (place.name, place.near)
        if near
    )


class WeakSpelling(InputError):
    """A reading by spelling too loose to be taken (`_refuse_a_weak_spelling`); `place` is the
    place it came close to, for a caller that tells a close spelling from a name itself (a
    record's city, which is stored as written and never placed at such a town)."""

    def __init__(self, message: str, hint: str, place: Place) -> None:
        super().__init__(message, hint)
        self.place = place


def _refuse_a_weak_spelling(place: Place, name: str) -> Place:
    """A place read only by a spelling less alike than WEAK_SPELLING is refused, naming it and
    the others as close ("did you mean Sofia?"), unless the name is one slip from the name it
    came close to (two letters swapped, one dropped, added or changed: 'Odsesa'). In session
    twenty-eight's screen of names as caseworkers type them such readings were the place meant
    about one time in five: villages the gazetteer lacks ('Sotirya' was Sofia, 270 km away;
    'Sharya', a Yazidi town of Duhok, Ash Shaṭrah in Dhi Qar). A wrong place of return plans a
    return to the wrong town; a refusal costs one retype."""
    if place.how != "spelling" or place.score >= WEAK_SPELLING:
        return place
    if _one_slip(name, place):
        return place  # 'Ragzrad' (Razgrad), 'Th ủĐức' (Thủ Đức, its space moved)
    # another place it came close to is one slip from it, and no place of another name is:
    # 'Tusla' is Tulsa, not Tuscola, 'Densa' Desna (two of them), not Odesa
    slips = [p for p in place.alternatives if p.how == "spelling" and _one_slip(name, p)]
    if slips and len({fold_name(p.name) for p in slips}) == 1:
        others = (place, *(p for p in place.alternatives if p is not slips[0]))
        return replace(slips[0], alternatives=others[:MAX_ALTERNATIVES], ambiguous=len(slips) > 1)
    if _QUIET.get():
        raise WeakSpelling(f"no place matches {place.query!r}", "give its nearest town or its region", place)
    # those one slip from it first ('Henre': Herne, Heere; then Aachen, which came closer)
    close = sorted(
        (place, *(p for p in place.alternatives if p.how == "spelling")), key=lambda p: p not in slips
    )
    said: dict[tuple[str, str], str] = {}
    for near in close:
        within = "" if near.region_name == near.name else f", {near.region_name}"
        said.setdefault((fold_name(near.name), near.region), f"{near.name}{within} ({near.region})")
    meant = " or ".join(dict.fromkeys(p.name for p in close[:2] if p in slips)) or place.name
    raise WeakSpelling(
        f"no place is named {place.query!r} in {place.region[:2]}; the closest are only loosely alike: "
        f"{'; '.join(list(said.values())[:3])} (a spelling scored {place.score:.2f}, under the "
        f"{WEAK_SPELLING:.2f} taken)",
        f"did you mean {meant}? give its name if so; else her nearest town or its region",
        place,
    )


_CODE_SHAPE = re.compile(r"([A-Za-z]{2})-[A-Za-z0-9]{1,3}")


def refuse_a_code_of_no_region(query: str, alpha2: str) -> None:
    """'GT-AV' (Guatemala's code for Alta Verapaz until ISO numbered them) or 'NP-BA' (Nepal's
    Bagmati zone, not the province NP-P3) is a code of the country that is no region code:
    read as a place name, it gave towns as the closest ('Puerto Barrios'). Call it only for a
    text that `region_code` does not know."""
    shape = _CODE_SHAPE.fullmatch(query.strip())
    if shape is None:
        return
    if shape.group(1).upper() != alpha2:
        refuse_a_code_of_another_country(query, alpha2)
        return
    if load_gazetteer(alpha2).names.get(fold_name(query)):
        return
    codes = sorted(set(region_index(alpha2).parent.values()), key=lambda code: (len(code), code))
    raise InputError(
        f"{query!r} is no region code of {alpha2}",
        f"its region codes are {codes[0]} to {codes[-1]}, an older ISO list's are not read; "
        f"`svcmatch locate NAME --country {alpha2}` gives a region's code from its name",
    )


def refuse_a_code_of_another_country(query: str, alpha2: str) -> None:
    """'UA-43' given for AL (a directory's advisory, a region to avoid, 'Tirana, UA-43'): a region
    code of another country. It was "unknown region 'UA-43' in AL" with three Albanian counties
    as the closest, or, after a comma, dropped by a close spelling of the whole ('Tirana, UA-43'
    was Tirana). Refused, naming the country and region the code is."""
    shape = _CODE_SHAPE.fullmatch(query.strip())
    if shape is None or shape.group(1).upper() == alpha2:
        return
    code = query.strip().upper()
    try:
        found = resolve_country(shape.group(1))
    except InputError:
        return
    other = found.alpha2
    if other == alpha2 or not has_gazetteer(other) or code not in region_index(other).shown:
        return
    raise InputError(
        f"{query.strip()!r} is a region of {found.name} ({code} {region_index(other).shown[code]}), "
        f"not of {alpha2}",
        f"give --country {other} if she returns there; `svcmatch locate NAME --country {alpha2}` "
        f"gives a region code of {alpha2} from its name",
    )


#: Set while a caller that drops the refusal reads a name (`read_city`): the refusal is then
#: raised without the closest names and the countries that have the name, which cost most of
#: the time a name close to no place takes (a village the gazetteer lacks, in an import's checks).
_QUIET: ContextVar[bool] = ContextVar("svcmatch_geo_quiet", default=False)


def _refuse_no_place(
    query: str, name: str, alpha2: str, gazetteer: Gazetteer, within: str | None
) -> NoReturn:
    """Nothing of the country has the name. Where its gazetteer leaves out small places (the
    shipped files of 1,000 people or more, and those of countries GeoNames lists thinly: Nepal's
    has 84 places), a town of that name elsewhere does not put the place outside the country."""
    if _QUIET.get():
        raise InputError(f"no place matches {query!r} in {alpha2}", "give its nearest town or its region")
    coarse = not _lists_small_places(gazetteer)
    fix = "give its nearest town or its region" + (
        f", or build a gazetteer with smaller places: svcmatch gazetteer build {alpha2} (docs/geography.md)"
        if coarse and _build_adds_places(gazetteer)
        else ""
    )
    found_in = _countries_naming(name, alpha2) if within is None else []
    if found_in:
        where = _countries_said(found_in)
        if not coarse:
            raise InputError(f"{query!r} is in {where}, not in {alpha2}", f"give --country {found_in[0]}")
        raise InputError(
            f"{query!r} is a town of {where}; {alpha2}'s gazetteer ({_listed(gazetteer)}) "
            "has no place of that name",
            f"give --country {found_in[0]} if she returns there; for a place of {alpha2}, {fix}",
        )
    closest = _suggestions(name, gazetteer, within)
    hint = f"{closest}; or {fix}" if closest else f"check the spelling, or {fix}"
    raise InputError(f"no place matches {query!r} in {alpha2}", hint)


def _lists_small_places(gazetteer: Gazetteer) -> bool:
    """Whether a name's absence from the gazetteer means something: it was built at 500 people
    (`gazetteer build`'s default, which keeps seats without a population figure) and it is not
    a shipped file of a country that GeoNames lists thinly. AL, MA, NG and UA ship so, checked
    by hand; the shipped files of 19 other countries keep every place GeoNames lists too (ID,
    NP, PE, TH, VN ...), but GeoNames' places there are too few for a name it lacks to be taken
    as lying abroad."""
    if gazetteer.path.parent == DATA_DIR and gazetteer.country not in _CHECKED_BY_HAND:
        return False
    return bool(gazetteer.towns) and not _build_adds_places(gazetteer)


def rebuild_lists_more(country: str) -> bool:
    """Whether `gazetteer build CC` would list more places than the gazetteer in use, so that a
    fix may name the build."""
    return _build_adds_places(load_gazetteer(country))


def _build_adds_places(gazetteer: Gazetteer) -> bool:
    """Whether the file leaves out places of 500 to 999 people that a build at 500 adds. A build
    says how many it left out (in 51 countries GeoNames has none: Bangladesh, Ethiopia ...); a
    file built before 2026-12-06 does not, and is taken as cut where its smallest known
    population is 1,000 or more."""
    left = places_left_out(gazetteer.source)
    if left is not None:
        return left > 0
    known = (town.population for town in reversed(gazetteer.towns) if town.population)
    return bool(gazetteer.towns) and next(known, 0) >= _COARSE_POPULATION


def _listed(gazetteer: Gazetteer) -> str:
    if _build_adds_places(gazetteer):
        return "places of 1,000 people or more"
    return f"the {len(gazetteer.towns):,} places GeoNames lists"


#: The population floor of most shipped gazetteers.
_COARSE_POPULATION = 1_000
#: The countries whose shipped gazetteers list places of 500 people and the seats, checked by hand.
_CHECKED_BY_HAND = frozenset({"AL", "MA", "NG", "UA"})


def _refuse_the_country(
    query: str, folded: str, alpha2: str, gazetteer: Gazetteer, index: RegionIndex
) -> None:
    """'Ukraine', 'Shqipëria', 'Morocco' as the place of return name the country, not a place in
    it: read by a close spelling they were a town (Ukrainske, Marrakesh) or a state (Niger for
    Nigeria), and 'Kosovo' was Kosovo Polje. What stays a place:
    - a region whose own name it is;
    - a town whose own name it is, unless it is the country's English name and the town is
      small: Djibouti and Luxembourg stay, and so do Kanata and Tunis (Canada's and Tunisia's
      names in other languages), but 'Colombia' (a village in Huila) and 'Mozambique' are
      refused with the way to ask for the town ('Colombia, CO-HUI');
    - the country's city: 'Kuwait' for Kuwait City, 'Panama' for Panama City;
    - a city's name in another language, where the city is large, unless it is the country's
      English name: 'مراكش' is Marrakesh in Arabic (and Morocco in Persian), 'تونس' and
      'الجزائر' are Tunis and Algiers as well as their countries (the reading is shown), but
      'Paraguay' is refused although Asunción has it among its names.
    Large means 100,000 people or more, or a tenth of the country's largest town (San Marino)."""
    if any(fold_name(index.shown[code]) == folded for code in index.names.get(folded, ())):
        return
    towns = [gazetteer.towns[town] for town in gazetteer.names.get(folded, ())]
    country = resolve_country(alpha2).name
    english = folded == fold_name(country)
    if not english and any(fold_name(town.name) == folded for town in towns):
        return  # a town's own name, the usual query: the names file is not read
    if not is_country_name(folded, alpha2):  # the names file is read only here
        return
    largest = gazetteer.towns[0].population if towns else 0  # towns are listed largest first
    for town in towns:
        own = fold_name(town.name)
        city = town.population >= min(_CITY_NAMED_AS_COUNTRY, largest / 10)
        if folded == town_named(own) != own:  # 'Kuwait' for Kuwait City: the country's city
            return
        if city and (folded == own or not english):
            return
    largest_named = max(towns, key=lambda t: t.population, default=None)
    named, fix = "", "give the town or"
    if largest_named is not None:
        named = f"; the town {largest_named.name} ({largest_named.region}) has that name too"
        fix = f"write '{largest_named.name}, {largest_named.region}' for the town, or give"
    raise InputError(
        f"{query!r} is the country {country} ({alpha2}), not a place in it{named}",
        f"{fix} the region of return (`svcmatch locate NAME --country {alpha2}` checks one)",
    )


#: A town this large (or a tenth of the largest) that bears its country's name is read as the town.
_CITY_NAMED_AS_COUNTRY = 100_000

#: What caseworkers and forms write where no place is known, folded: each was read by a close
#: spelling as a village ('shelter' as Selitë, 'abroad' as Zabrid in Zakarpattia) or refused
#: with a fix that sent them abroad ('same': "give --country ES"). A place of one of these
#: names in the country of return is still that place (Ghana's No).
NOT_PLACES = frozenset(
    fold_name(text)
    for text in (
        "home", "at home", "hometown", "home town", "unknown", "not known", "don't know", "dont know",
        "n/a", "na", "none", "nil", "null", "same", "same as before", "as before", "no", "yes",
        "abroad", "overseas", "shelter", "safe house", "family", "with family", "tbd", "tbc", "unk",
        "other", "various", "anywhere", "somewhere", "nowhere", "undecided", "not decided",
        "shtëpi", "në shtëpi", "i panjohur", "e panjohur", "jashtë", "jashtë shtetit",
        "дім", "вдома", "дома", "невідомо", "неизвестно", "за кордоном", "за границей",
        "за рубежом", "не знаю",
        "maison", "domicile", "inconnu", "inconnue", "étranger", "à l'étranger",
        "البيت", "المنزل", "مجهول", "غير معروف", "الخارج",
        # session twenty-four's screen: words for home and 'the same' in other countries of
        # return, each read as a village by a close spelling ('acasă' was Acâș, 'ghar' Gaur)
        "acasă", "la părinți", "necunoscut", "în străinătate", "străinătate",
        "ghar", "घर", "rumah", "kampung", "kampung halaman", "tidak tahu",
        "keur", "casa", "la casa", "en casa", "mi casa", "la misma", "el mismo", "lo mismo",
        "desconocido", "desconocida", "extranjero", "el extranjero", "বাড়ি", "nhà", "bahay",
        "quê", "quê nhà", "nhà tôi", "baan", "บ้าน", "بيتي", "منزلي", "pareho", "sa bahay", "guriga",
        # session twenty-five's screens: Kreyòl, Malagasy, Swahili, Lingala, French, Portuguese,
        # Shona, Hindi, Arabic and Russian words for home and 'the same' ('lakay' was Arcahaie,
        # 'kijijini' Kijini, 'mboka' Boma, 'même' a village, 'mera ghar' Mera, 'داري' Adir)
        "lakay", "an-trano", "antrano", "kijijini", "nyumbani", "mboka", "chez moi", "même",
        "le même", "la même", "em casa", "desconhecido", "desconhecida", "kumusha", "same as above",
        "mera ghar", "gaon", "wahi", "beit", "داري", "el dar", "дом", "домой",
        # and the third screen's: Turkish, Persian, Portuguese, Bemba, Kinyarwanda, Kirundi,
        # French, Arabic and Jamaican ('memleket' was Mesudiye, 'خانه' Piranshahr, 'cidade
        # natal' Natal, 'kumushi' Mkushi)
        "memleket", "memleketim", "köyüm", "köyümüz", "خانه", "خونه", "روستا", "cidade natal",
        "minha terra", "minha casa", "kumushi", "mu rugo", "iwacu", "au village", "au pays",
        "في البيت", "yaad", "a yaad",
        # session twenty-six's screen: Malawi's 'boma' (a district's offices: was Liwonde, by a
        # close spelling), and words for home and 'I do not know' of other countries of return
        "boma", "the boma", "lakay mwen", "kwathu", "kumudzi", "ples", "hap bilong mi", "البلد",
        "مش عارف", "ເຮືອນ", "အိမ်", "ගෙදර", "வீடு", "je ne sais pas", "sais pas",
        # session twenty-seven's: Georgian 'home' ('saxli' was Sadakhlo, by a close spelling)
        "saxli", "sakhli", "სახლი", "chemi saxli", "ჩემი სახლი",
    )
)  # fmt: skip


def _named_exactly(folded: str, gazetteer: Gazetteer, index: RegionIndex) -> bool:
    """Whether a folded text is exactly the name of a town, a region or a district."""
    return bool(gazetteer.names.get(folded) or index.names.get(folded) or index.subregion_names.get(folded))


def _refuse_no_place_named(
    query: str, folded: str, alpha2: str, gazetteer: Gazetteer, index: RegionIndex
) -> None:
    """A text that is no name of a place of the country, but says none is known ('unknown',
    'abroad') or has no letters (a phone number, '?'), is refused saying so, never read by
    spelling."""
    if _named_exactly(folded, gazetteer, index):
        return
    fix = f"give the town or region she returns to in {alpha2}"
    if not any(ch.isalpha() for ch in query):
        raise InputError(f"{query!r} names no place (it has no letters)", fix)
    if folded in NOT_PLACES:
        raise InputError(f"{query!r} is not the name of a place", fix)


def _refuse_a_country_named(query: str, name: str, alpha2: str, near: Place | None) -> None:
    """A text that names another country ('Italy', 'Libya', 'Россия': the country she comes
    back from), where nothing of the country of return has that name, is refused saying so:
    read by a close spelling, each was a village of Ukraine or the Philippines. `near`, the
    place it came close to: a shortening of its name is that place ('Armeni' for SV is the town
    Armenia, 'Guadalup' Guadalupe), not the country."""
    folded = fold_name(name)
    if len(folded) <= 3 or (near is not None and (near.near or fold_name(near.name)).startswith(folded)):
        return
    others = [code for code in countries_named(folded) if code != alpha2]
    if others:
        where = " or ".join(f"{resolve_country(code).name} ({code})" for code in others)
        raise InputError(
            f"{query!r} names the country {where}, not a place in {alpha2}",
            f"give the town or region she returns to in {alpha2}, or give --country {others[0]} "
            "if she returns there",
        )


#: The words that join two places: "or", "and" in the countries of return's languages (session
#: twenty-six added Spanish, Romanian, Ukrainian in Latin letters, Indonesian, Vietnamese: 'Cali o
#: Bogotá', 'Chisinau sau Balti', 'Kharkiv chy Kyiv' were read as the first).
_JOINING_WORDS = "or|and|або|или|и|і|ou|et|ose|dhe|o|ó|u|y|sau|chy|ili|atau|dan|hoặc|hoac"
#: What people write between two places: 'Lviv/Kyiv', 'Lviv - Kyiv', 'Lviv or Kyiv', 'Lviv & Kyiv'.
#: (A text that `re` compiles on first use: a cold `match` of one place does not use it.)
_BETWEEN_PLACES = rf"(?i)\s*/\s*|\s+[-–—]\s+|\s*[&+;|]\s*|\s+(?:{_JOINING_WORDS})\s+"
#: A text that ends with one of those words or signs: 'Fier /' is no town before a region
#: (compiled on first use, by re's cache: a cold `match` may never need it).
_ENDS_BETWEEN = rf"(?i)(?:\s*[/&+;|]|\s[-–—]|\s(?:{_JOINING_WORDS}))$"


def _refuse_no_one_place(
    query: str, name: str, alpha2: str, gazetteer: Gazetteer, index: RegionIndex
) -> None:
    """A query that names no one place is refused, not read by spelling: words for a kind of
    place alone ('oblast', 'city', 'raion': 'city' was Donetsk), and two places ('Lviv/Kyiv',
    'Lviv - Kyiv', 'Lviv or Kyiv' were the larger one, Kyiv). A name that is written so stays one."""
    folded = fold_name(name)
    if _named_exactly(folded, gazetteer, index):
        return  # 'Ado-Odo/Ota', a local government area, is one place
    if kind_words_only(folded):
        raise InputError(
            f"{query!r} says what kind of place, not which one",
            f"give the town's or region's name (`svcmatch locate NAME --country {alpha2}` checks one)",
        )
    parts = [part for part in re.split(_BETWEEN_PLACES, name) if part.strip()]
    if len(parts) < 2:
        return
    words = set(folded.split())
    joined_by_a_word = words - set(fold_name(" ".join(parts)).split())  # 'y', not '/' or 'ou'
    if joined_by_a_word and any(words <= set(known.split()) for known in index.names):
        # 'San Andrés y Providencia': a region's name shortened (San Andrés, Providencia y Santa
        # Catalina), not two places
        return
    named = [_exact_name(fold_name(part), gazetteer, index) for part in parts]
    if all(named) and len(set(named)) > 1:  # 'Dnipro/Dnipropetrovsk': one town's two names
        places = list(dict.fromkeys(named))
        raise InputError(
            f"{query!r} names {len(places)} places ({', '.join(places)}), not one",
            "give the one place she returns to",
        )


def _exact_name(folded: str, gazetteer: Gazetteer, index: RegionIndex) -> str:
    """The shown name of the town or region that the folded text names exactly, or ''."""
    for town in gazetteer.names.get(folded, ()):
        return gazetteer.towns[town].name
    for code in index.names.get(folded, ()):
        return index.shown[code]
    return ""


def _area_place(
    query: str,
    name: str,
    alpha2: str,
    area: tuple[str, tuple[str, ...]],
    gazetteer: Gazetteer,
    index: RegionIndex,
    elsewhere: bool = False,
) -> Place:
    """An area in one region is that region (shown as a reading, as a synonym is); one across
    several, or whose name a town has too, is refused with what it could be. `elsewhere`: the
    area's region was given, and towns of its name lie only in other regions."""
    towns = [] if elsewhere else [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(name), ())]
    seat = DISTRICT_SEATS.get(alpha2, {}).get(area[0]) if len(area[1]) == 1 else None
    seats = [
        t for t in gazetteer.names.get(fold_name(seat or ""), ()) if gazetteer.towns[t].region in area[1]
    ]
    if seats and not towns:  # 'Sindhupalchok': the district, measured from its seat, Chautara
        place = _best(query, [_Candidate(EXACT, "district", seats[0])], gazetteer, index)
        return replace(place, name=area[0])  # said as "the district of Sindhupalchok (seat Chautārā)"
    if len(area[1]) == 1 and not towns:
        return _region_place(query, gazetteer, index, area[1][0], EXACT, "")
    named = ", ".join(f"{t.name} ({t.region} {index.shown.get(t.region, t.region)})" for t in towns[:3])
    raise InputError(*area_error(query, area, named))


def _a_town_in(name: str, region: str, gazetteer: Gazetteer) -> bool:
    return any(gazetteer.towns[t].region == region for t in gazetteer.names.get(fold_name(name), ()))


def locate_quietly(query: str, country: str) -> Place:
    """`locate`, for a caller that drops its refusal (an import's checks): the InputError of a
    name that matches no place comes without the closest names and the countries that have the
    name, which cost most of the time such a name takes."""
    quiet = _QUIET.set(True)
    try:
        return locate(query, country)
    finally:
        _QUIET.reset(quiet)


@functools.lru_cache(maxsize=4096)
def read_city(city: str, country: str, region: str = "") -> Place | None:
    """How a record's city reads: the town (or old district) it names, looked for in the
    record's region first; with `how` "spelling" when it only comes close to one; None when
    nothing in the country comes near it (a village that the gazetteer does not list)."""
    text = " ".join(str(city).split())
    if not text or not any(ch.isalnum() for ch in text):
        return None
    alpha2 = resolve_country(country).alpha2
    folded = fold_name(text)
    if folded in NOT_PLACES and not _named_exactly(folded, load_gazetteer(alpha2), region_index(alpha2)):
        return None  # 'n/a', 'unknown': no town (with a region, it was read as the region, a synonym)
    if region:
        try:
            place = locate_quietly(f"{text}, {region}", alpha2)
        except InputError:
            pass
        else:
            if place.how == "name":
                return _own_name(text, place)
    try:
        return _own_name(text, locate_quietly(text, alpha2))
    except WeakSpelling as loose:
        return loose.place  # told apart by its `how` and score, as every close spelling is
    except InputError:
        return None


def _own_name(text: str, place: Place) -> Place:
    """The town under the name the text gives it when that is its own: of towns that match
    equally well, the one whose name the text is; and a town named as its region is named
    ('Tiranë', the county's name, is the town GeoNames calls Tirana: no other reading)."""
    folded = fold_name(text)
    if place.kind != "town" or fold_name(place.name) == folded:
        return place
    for other in place.alternatives:
        named = other.region == place.region and fold_name(other.name) == folded
        if named and other.kind == "town" and other.score >= place.score - TIE:
            return replace(other, query=place.query, how=place.how)
        if named and other.kind == "region" and other.score >= REGION_BARE:
            return replace(place, name=other.name)
    return place


def city_misspelt(city: str, country: str, region: str = "") -> Place | None:
    """The town a record's city is a misspelling of ('Shkodrr' for Shkodër): no place has the
    name as written (in the record's region or elsewhere in the country), and a town comes
    within CITY_MISSPELLING of it. None otherwise: a write path stores the city as written."""
    place = read_city(city, country, region)
    if place is None or place.how != "spelling" or place.score < CITY_MISSPELLING:
        return None
    return place


#: Two numbers, as a point is written: '49.84, 24.03', '49,84 24,03', '-33.9;18.4'.
_COORDINATES = re.compile(r"[-+]?\d{1,3}(?:[.,]\d+)?°?\s*[,; ]\s*[-+]?\d{1,3}(?:[.,]\d+)?°?")


def _example_town(alpha2: str) -> str:
    """The country's most populous town, as an example of a place name ('Shkoder' read as a
    hint for Ukraine)."""
    towns = load_gazetteer(alpha2).towns if has_gazetteer(alpha2) else []
    return max(towns, key=lambda t: t.population).name if towns else "the town's name"


def _clean(query: str, alpha2: str) -> str:
    text = " ".join(str(query).split())
    if not text or len(text) > 120 or not any(ch.isalnum() for ch in text):
        raise InputError(
            f"{query!r} is not a place name", f"give a town or region, e.g. {_example_town(alpha2)}"
        )
    if _COORDINATES.fullmatch(text):
        raise InputError(
            f"{query!r} looks like coordinates, not a place name",
            "give the town or region of return by its name "
            f"(`svcmatch locate NAME --country {alpha2}` checks one)",
        )
    dashed = re.fullmatch(_DASHED_COUNTRY, text) if _DASHES.intersection(text) else None
    if dashed and is_country_name(fold_name(dashed[2]), alpha2):
        # 'Cali - Colombia', 'Tijuana - México', 'Dhading - Nepal': the place, then its country
        # (refused as two places where the country's name is also a place's, or "no place")
        text = f"{dashed[1]}, {dashed[2]}"
    lettered = re.fullmatch(_DASHED_LETTERS, text) if _DASHES.intersection(text) else None
    if (
        lettered
        and not re.search(rf"(?:^|\W){alpha2}$", lettered[1])
        and region_code(f"{alpha2}-{lettered[2]}", alpha2)
    ):
        # (not a region's code itself: 'MA-CAS', 'Casablanca, MA-CAS')
        # 'Belém - PA', 'Belém/PA', 'Marabá-PA': a town, then its state's letters, as Brazilians
        # write them (refused as saying "not": 'pa' is Albanian for "without")
        text = f"{lettered[1]}, {lettered[2]}"
    if alpha2 == "PH":  # Tagalog 'Rehiyon XI' was Region IX, by a close spelling
        text = _TAGALOG_REGION.sub("Region ", text)
    if alpha2 in ("TZ", "KE"):  # Swahili 'wilaya' is a district there (Algeria's is a province)
        district = re.sub(_SWAHILI_DISTRICT, "", text)
        text = f"{district} district" if district != text and district else text
    if alpha2 == "TR":  # 'Van ili', 'İl: Hatay': the province (was the city, by a close spelling)
        named = _TURKISH_PROVINCE.sub("", text)
        text = f"{named} province" if named != text and named else text
    text = without_elision(text)
    if alpha2 == "TH":  # 'อ.แม่สาย จ.เชียงราย': district and province shortened, as addresses write them
        text = re.sub(_THAI_SHORT_WORDS, lambda m: _THAI_WORDS[m[1]], text)
    if alpha2 in _GLUED_TYPE_WORDS:  # 'จังหวัดตาก': Thai and Lao write no space after the word
        # and 'อำเภอแม่สาย จังหวัดเชียงราย': the district, then its province (a space parts them)
        text = _GLUED_TYPE_WORDS[alpha2].sub(r"\1 ", re.sub(_THAI_NEXT_PART, ", ", text))
        # 'อำเภอเมืองเชียงราย': a province's capital district (Mueang), which is its town
        text = re.sub(r"(?<![^\s,])อำเภอ\s+เมือง\s*(?=\S)", "", text)
    if alpha2 == "CN" and area_named(text, alpha2) is None:
        # 'Fuqing County' was all of Fujian, read as a province named by its seat
        text = _CHINESE_COUNTY.sub("district", text)
    if alpha2 in _GLUED_UNIT_WORDS and not _known_name(text, alpha2):
        text = ", ".join(_unglued(part.strip(), alpha2) for part in text.split(","))
    if alpha2 == "VN":
        # 'tỉnh Nghệ An', 'tỉnh Hà Tĩnh': the province (was "no place matches", or the town of
        # Hà Tĩnh); only before a province's name ('Tinh Gia' is a district of Thanh Hóa); in
        # each part of an address ('huyện Nghi Lộc, tỉnh Nghệ An' was Bình Long, 1,000 km away)
        text = ", ".join(_vietnamese_province(part.strip(), alpha2) for part in text.split(","))
    return text


#: Words for province, district and subdistrict that Thai and Lao write joined to the name
#: ('จังหวัดตาก', 'อำเภอแม่สาย', 'ແຂວງບໍ່ແກ້ວ' were "no place matches"; with a space they
#: read; session twenty-seven's screen), at the start of a word; Lao ເມືອງ is not among them
#: ('ເມືອງໄຊ' is the town of Muang Xay).
_GLUED_TYPE_WORDS = {
    "TH": re.compile(r"(?<![^\s,])(จังหวัด|อำเภอ|กิ่งอำเภอ|ตำบล)(?=\S)"),
    "LA": re.compile(r"(?<![^\s,])(ແຂວງ)(?=\S)"),
}


#: Words for a unit or a town that Chinese and Burmese write after the name without a space
#: ('河口县', Hekou county; '瑞丽市', Ruili city; 'မြဝတီမြို့', the town of Myawaddy), longest
#: first; and the words for a province or a city-province that Chinese writes before the rest
#: of an address ('云南省瑞丽市', '北京市朝阳区'). Each was "no place matches", or 'မြဝတီမြို့'
#: Myeik, 400 km away, by a close spelling (session twenty-eight).
_GLUED_UNIT_WORDS = {
    "CN": ("自治县", "县", "区", "市", "镇", "乡"),
    "MM": ("မြို့နယ်", "မြို့"),
    "LA": (),
}
#: Lao 'district' before the name ('ເມືອງວັງວຽງ', Vang Vieng district, was "no place matches";
#: 'ເມືອງໄຊ' is the town of Muang Xay's own name, kept).
_GLUED_UNIT_PREFIXES = {"LA": ("ເມືອງ",)}
#: 'county' and 'prefecture' in China name units below a province, as 'district' does ('Fuqing
#: County', 'Pingyang County' were the whole of Fujian and of Guangdong: session twenty-eight's
#: screen); a county (县) written in Chinese is a district word already.
_CHINESE_COUNTY = re.compile(r"(?i)\b(?:county|prefecture)\b")
_CHINESE_PROVINCE = re.compile(r"(\S+?(?:省|自治区|市))(\S{2,})")


def _known_name(text: str, alpha2: str) -> bool:
    folded = fold_name(text)
    return bool(load_gazetteer(alpha2).names.get(folded) or region_index(alpha2).names.get(folded))


def _unglued(text: str, alpha2: str) -> str:
    """A name and the unit word written after it parted by a space, where the name without the
    word is a place's ('河口县' -> '河口 县', which reads as the county at its seat); a Chinese
    province or city-province written before a town, put after it as its region ('云南省瑞丽市'
    -> '瑞丽 市, 云南省'). The text as given where it is a name of its own ('温州市', '朝阳区')."""
    if not text or _known_name(text, alpha2):
        return text
    province = _CHINESE_PROVINCE.fullmatch(text) if alpha2 == "CN" else None
    if province and province[1].endswith("市"):  # '北京市': Beijing, a city-province ('北京')
        province = province if country_regions_named(province[1][:-1], alpha2) else None
    if province and country_regions_named(province[1].removesuffix("市"), alpha2):
        return f"{_unglued(province[2], alpha2)}, {province[1].removesuffix('市')}"
    for word in _GLUED_UNIT_WORDS[alpha2]:
        stem = text[: -len(word)]
        if text.endswith(word) and len(stem) >= 2 and not stem[-1].isspace() and _known_name(stem, alpha2):
            return f"{stem} {word}"
    for word in _GLUED_UNIT_PREFIXES.get(alpha2, ()):
        stem = text[len(word) :]
        if text.startswith(word) and len(stem) >= 2 and not stem[0].isspace() and _known_name(stem, alpha2):
            return f"{word} {stem}"
    return text


_THAI_WORDS = {"อ": "อำเภอ", "จ": "จังหวัด", "ต": "ตำบล"}
_THAI_SHORT_WORDS = re.compile(r"(?<![^\s,])([อจต])\.\s*(?=\S)")
_THAI_NEXT_PART = re.compile(r"(?<=\S)\s+(?=(?:จังหวัด|อำเภอ|ແຂວງ)\S)")


def _vietnamese_province(text: str, alpha2: str) -> str:
    province = _VIETNAMESE_PROVINCE.match(text)
    if province and country_regions_named(text[province.end() :], alpha2):
        return f"{text[province.end() :]} province"
    return text


#: A place, a dash or slash between spaces, then (perhaps) the country's name.
_DASHED_COUNTRY = r"(.*\S)\s+[-\u2013\u2014/]\s+(\S.*)"

#: The dashes and the slash those two read after (a text without one is not looked at).
_DASHES = frozenset("-\u2013\u2014/")

#: A place, a dash or slash, then a region's letters in capitals ('Belém - PA', 'Belém/PA').
_DASHED_LETTERS = r"(.*[^\W\d_])\s*[-\u2013\u2014/]\s*([A-Z]{2,3})"

#: Tagalog 'region' before a region's number ('Rehiyon ng Dabaw' is a region's own name).
_TAGALOG_REGION = re.compile(r"^rehiyon\s+(?=[IVX]+$|\d+$)", re.IGNORECASE)

#: Swahili 'district of': 'Wilaya ya Kahama' (was the whole region of Shinyanga).
_SWAHILI_DISTRICT = r"(?i)^wilaya\s+ya\s+"

#: Turkish 'province': 'Van ili' (the province of Van), 'İl: Hatay' as forms write it.
_TURKISH_PROVINCE = re.compile(r"^[iİI]l\s*:\s*|\s+[iİI]li$", re.IGNORECASE)

#: Vietnamese 'province' before a province's name, with or without its tone marks.
_VIETNAMESE_PROVINCE = re.compile(r"^t[iỉ]nh\s+(?=\S)", re.IGNORECASE)

_BRACKETED = re.compile(r"\s*(.*?\S)\s*\(\s*([^()]*?\S)\s*\)\s*")


def _split_region(text: str, alpha2: str) -> tuple[str, str | None]:
    """'Ivanivka, Odesa Oblast' -> ('Ivanivka', 'UA-51'); a trailing country name is dropped.
    A region or country in brackets is read the same way ('Benin City (Edo)'); brackets that
    name neither are kept ('Frankfurt (Oder)' is a name as written: locate checks that first)."""
    bracketed = _BRACKETED.fullmatch(text)
    if bracketed:
        as_comma = f"{bracketed[1]}, {bracketed[2]}"
        head, region = _split_region(as_comma, alpha2)
        if head != as_comma:  # the brackets named a region or the country
            return head, region
    if "," not in text:
        return text, None
    head, tail = (part.strip() for part in text.rsplit(",", 1))
    if not head:
        return text, None
    if _the_country_first(head, tail, alpha2):
        return _split_region(tail, alpha2)
    abbreviated = REGION_ABBREVIATIONS_AFTER_A_TOWN.get(alpha2, {}).get(" ".join(tail.lower().split()))
    found = [abbreviated] if abbreviated else country_regions_named(tail, alpha2) if tail else []
    area = None if found or not tail else area_named(tail, alpha2)
    if area is not None and len(area[1]) == 1 and not load_gazetteer(alpha2).names.get(fold_name(tail)):
        # 'Bharatpur, Chitwan', 'Khalanga, Jajarkot': a town, then the district it is in (Nepal's
        # districts are no regions of ISO 3166-2: each was read by a close spelling)
        found = [area[1][0]]
    if area is not None and len(area[1]) > 1:
        gazetteer = load_gazetteer(alpha2)
        heads = gazetteer.names.get(fold_name(head)) or ()
        inside = [t for t in heads if gazetteer.towns[t].region in area[1]]
        if inside:  # 'Lubumbashi, Katanga': the town, in the lands named (was "names Kazakhstan")
            return head, max((gazetteer.towns[t] for t in inside), key=lambda t: t.population).region
    letters = not found and _REGION_LETTERS.fullmatch(tail) and region_code(f"{alpha2}-{tail}", alpha2)
    if letters:
        # 'Goiânia, GO', 'São Paulo, SP', 'Agra, UP': the region's code without the country's
        # letters, as addresses write it (was Goianinha, 2,000 km away, or refused; 'Belém, PA'
        # as saying "not", Albanian 'pa')
        found = [f"{alpha2}-{tail}"]
    first = None if letters or abbreviated else _region_first(text, head, tail, alpha2)
    if len(found) == 1 and _no_place_but_home(head):
        # 'home village, Rivne oblast', 'village, Kisii county': the region, the place in it
        # unknown (each was "no place matches", its closest names villages far away)
        return tail, None
    if len(found) == 1 and first is None:
        town_region = None if area is not None else _a_town_beside_named(head, tail, alpha2)
        if town_region is not None:  # 'Casablanca, Berrechid': Berrechid, not Casablanca in its region
            return tail, town_region
        return head, found[0]
    refuse_a_code_of_another_country(tail, alpha2)  # 'Tirana, UA-43'
    if kind_words_only(fold_name(tail)):
        # 'Tirana, city', 'Lviv (city)': a word for the kind of place, which a close spelling of
        # a country's name read as the Vatican City ("names Holy See ... after the comma")
        return text, None
    try:
        named = resolve_country(tail)
    except InputError:
        named = None
    if named is not None and (area or _a_place_not_a_country_by_spelling(tail, named.alpha2, alpha2)):
        named = None  # ('Kinshasa, Katanga': a land of CD, which a close spelling read as Kazakhstan)
    other = named.alpha2 if named is not None else None
    if other == alpha2 or other in EXTRA_SOURCES.get(alpha2, ()):
        return _split_region(head, alpha2)  # 'Laayoune, Western Sahara' for MA
    if named is not None and len(tail) > 3 and not _near_a_town_named(head, tail, alpha2):
        _refuse_nothing_near_a_town_named_as_a_country(text, head, tail, named.name, other, alpha2)
        # 'Tirana, Kosovo' for AL was read as Tirana, the country dropped by a close spelling
        raise InputError(
            f"{text!r} names {named.name} ({other}) after the comma, not a place in {alpha2}",
            f"give --country {other} if she returns there; "
            f"for a place of {alpha2}, give it without the country",
        )
    if re.fullmatch(rf"{alpha2}(?:[\s-][A-Z0-9]{{1,3}}|\d{{1,3}})", tail, re.IGNORECASE):
        # 'Lviv, UA-99': a region's code written wrong, not a name to read by spelling
        raise InputError(
            f"{tail!r} in {text!r} is no region code of {alpha2}",
            "give the region's code or name as `svcmatch locate` shows it ('Ivanivka, Odesa Oblast')",
        )
    if first is not None and named is None:
        # the region first, as forms and addresses from the largest down write it ('Odesa
        # Oblast, Izmail', 'Dolj, Craiova', 'Lagos, Ikeja', 'Durrës, Shijak'): the place, looked
        # for in the region (it was refused as "no place named 'Odesa Oblast' is known in or
        # near Izmayil", or read as the first: 'Durrës, Shijak' was Durrës, in Shijak's county)
        gazetteer = load_gazetteer(alpha2)
        towns = tuple(gazetteer.names.get(fold_name(tail)) or ())
        beside = None
        elsewhere = bool(towns) and all(gazetteer.towns[t].region != first for t in towns)
        if elsewhere:
            beside = _smaller_town_after(head, towns, gazetteer, region_index(alpha2), [], DISTRICT_KM)
        if beside:  # 'Tunis, Ettadhamen', 'Kyiv, Brovary': the city, then a town beside it
            return tail, _region_of_the_largest(beside, gazetteer)
        if elsewhere and _a_part_of_the_city(first, towns, gazetteer):
            # 'Čair, Skopje', 'Karpoš, Skopje': a municipality of the city, then the city, which
            # lies in another of them (it was refused as no Skopje in Čair)
            return head, first
        _refuse_a_town_of_another_region(tail, head, first, alpha2)
        return tail, first
    return text, None


def _a_place_not_a_country_by_spelling(tail: str, other: str, alpha2: str) -> bool:
    """'Goma' in 'Nord-Kivu, Goma', 'Ganta' in 'Nimba, Ganta', 'Kenema' in 'Eastern, Kenema':
    a town or region of the country named exactly after the comma, which only a close spelling
    reads as another country (Oman, Ghana, Denmark), is the place (each was refused as naming
    that country)."""
    if other == alpha2 or countries_named(fold_name(tail)):
        return False
    return bool(load_gazetteer(alpha2).names.get(fold_name(tail))) or bool(
        country_regions_named(tail, alpha2)
    )


def _in_region_given(
    query: str, name: str, within: str, alpha2: str, gazetteer: Gazetteer, index: RegionIndex
) -> tuple[str, Place | None, Place | None]:
    """'Irpin, Bucha raion' or 'Bushat, Vau i Dejës' left of a region ('..., Kyiv Oblast'): a
    village and its district, or a part and its town, in that region -> (the name to look for,
    its district, or the place found); read as a whole, such a text came close to the district's
    or town's own name ('Irpin, Bucha raion, Kyiv Oblast' was Bucha, by a close spelling)."""
    head, district = _split_district(name, alpha2, index)
    if district is not None and _in_region(district.region, within, index):
        return head, district, None
    town_after = _split_town(name, fold_name(name), gazetteer, index)
    if town_after is not None:
        towns = tuple(t for t in town_after[1] if _in_region(gazetteer.towns[t].region, within, index))
        if towns:
            try:
                place = _near_town(query, name, town_after[0], towns, alpha2, gazetteer, index)
            except InputError:
                return name, None, None
            if place.region is not None and _in_region(place.region, within, index):
                return name, None, place
    return name, None, None


#: A region's code as addresses write it after a town, without the country's letters: 'SP'.
_REGION_LETTERS = re.compile(r"[A-Z]{2,3}")


def _a_town_beside_named(head: str, tail: str, alpha2: str) -> str | None:
    """The region of the town `tail` names, where `tail` is a province or district of that town
    (no region's own name) and `head` a larger town within 60 km of it: 'Casablanca, Berrechid',
    'Tanger, Tétouan', 'Oujda, Berkane' are Berrechid, Tétouan and Berkane (each was the city
    first, in the province's region); None otherwise."""
    if alpha2 in _TOWN_THEN_DISTRICT or country_regions_named(tail, alpha2, districts=False):
        return None
    gazetteer = load_gazetteer(alpha2)
    towns = tuple(gazetteer.names.get(fold_name(tail)) or ())
    index = region_index(alpha2)
    beside = _smaller_town_after(head, towns, gazetteer, index, [], DISTRICT_KM) if towns else None
    return _region_of_the_largest(beside, gazetteer) if beside else None


def _region_of_the_largest(candidates: list[_Candidate], gazetteer: Gazetteer) -> str:
    """The region of the most populous of towns found."""
    return max((gazetteer.towns[int(c.key)] for c in candidates), key=lambda t: t.population).region


def _region_of_a_seat_named(head: str, alpha2: str) -> str | None:
    """'Karaganda region', 'Samarkand oblast': a region named by its seat with a type word (the
    region around a city-region's city: 'Almaty region'), where one region is meant."""
    folded = fold_name(head)
    if not has_region_type(folded) or has_town_word(folded):
        return None
    gazetteer = load_gazetteer(alpha2)
    regions = {
        REGION_AROUND_CITY.get(town.region, town.region)
        for town in (gazetteer.towns[t] for t in gazetteer.names.get(strip_region_type(folded)) or ())
        if town.region and not 0 < town.population < SEAT_FLOOR
    }
    return regions.pop() if len(regions) == 1 else None


def _no_place_but_home(head: str) -> bool:
    """Whether the words before a region say only that she returns home ('home village', 'her
    village', 'unknown')."""
    folded = fold_name(head)
    return folded in NOT_PLACES or folded in _HOME_WORDS or kind_words_only(folded)


#: What caseworkers write before a region for a place they do not know the name of.
_HOME_WORDS = frozenset(
    (
        "home village",
        "her village",
        "his village",
        "native village",
        "village of origin",
        "her home",
        "family home",
    )
)


def _the_country_first(head: str, tail: str, alpha2: str) -> bool:
    """'Albania, AL-05', 'Albania, Tirana': the country, then the place, as some forms write it
    (each was no place); not where the country's name is a town's too ('México, Puebla')."""
    if "," in head or not tail or not is_country_name(fold_name(head), alpha2):
        return False
    return not load_gazetteer(alpha2).names.get(fold_name(head))  # 'Colombia, CO-HUI': the village


def _region_first(text: str, head: str, tail: str, alpha2: str) -> str | None:
    """The region of 'REGION, PLACE': `head` a region's own name or code (or its seat's name with
    a type word: 'Karaganda region, Temirtau'), `tail` a place that is no region's own name (a
    town, or a district or province of the region), no country, and the whole no region's name;
    None otherwise."""
    if "," in head or not tail or _names_a_region(text, alpha2):
        return None
    own = _names_a_region(head, alpha2)
    seat = None if own else _region_of_a_seat_named(head, alpha2)
    if not own and seat is None:
        return None
    folded = fold_name(tail)
    if _names_a_region(tail, alpha2) or countries_named(folded) or _not_meant_words(folded):
        return None  # 'Durrës, not Tirana' is refused as it was
    regions = [seat] if seat is not None else country_regions_named(head, alpha2)
    return regions[0] if len(regions) == 1 else None


#: How far a region's centre may lie from a city whose part it is ('Čair, Skopje'): the
#: municipalities of a city that ISO 3166-2 lists as regions lie within a few km of its point.
PART_OF_CITY_KM = 10.0


def _a_part_of_the_city(region: str, towns: tuple[int, ...], gazetteer: Gazetteer) -> bool:
    """Whether the region is one of the parts of the largest of these towns, a city of
    LARGE_SECTION people or more: its centre within PART_OF_CITY_KM of the city, and not the
    region around a city-region (Minsk Oblast around Minsk)."""
    centre = gazetteer.regions.get(region)
    if not towns or centre is None or centre.latitude is None or centre.longitude is None:
        return False
    city = max((gazetteer.towns[t] for t in towns), key=lambda t: t.population)
    return (
        city.population >= LARGE_SECTION
        and CITY_OF_REGION_AROUND.get(region) != city.region
        and distance_km(city.latitude, city.longitude, centre.latitude, centre.longitude) <= PART_OF_CITY_KM
    )


def _refuse_a_town_known_elsewhere(
    name: str, within: str, alpha2: str, gazetteer: Gazetteer, index: RegionIndex
) -> None:
    """'Damascus, Rif Dimashq': no place of the name in the region given, and a town of exactly
    that name in another; refused naming it as the gazetteer's, since the region given may
    have a smaller namesake the gazetteer lacks ('Las Vegas, Santa Barbara' in Honduras)."""
    towns = [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(name)) or ()]
    if not towns:
        return
    found = max(towns, key=lambda t: t.population)
    closest = "" if _QUIET.get() else _suggestions(name, gazetteer, within)  # 'Novoselytsya'
    there = f" ({closest} there)" if closest else ""
    raise InputError(
        f"no place named {name!r} is known in {index.shown.get(within, within)} ({within}){there}; "
        f"the {name!r} that {alpha2}'s gazetteer knows is in "
        f"{index.shown.get(found.region, found.region)} ({found.region})",
        f"give {found.name!r} alone if she returns there, or the nearest town of the region that "
        f"`svcmatch locate` finds",
    )


def _refuse_a_town_of_another_region(town: str, given: str, region: str, alpha2: str) -> None:
    """'Lviv Oblast, Izmail': a town named exactly, none of whose namesakes lies in the region
    written before it, is refused naming the region it is in."""
    gazetteer = load_gazetteer(alpha2)
    towns = [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(town)) or ()]
    if not towns or any(t.region == region for t in towns):
        return
    found = max(towns, key=lambda t: t.population)
    shown = region_index(alpha2).shown
    raise InputError(
        f"{town!r} is in {shown.get(found.region, found.region)} ({found.region}), "
        f"not in {given!r} ({region})",
        f"give the town alone ({found.name!r}), or the region it is in",
    )


def _names_a_region(text: str, alpha2: str) -> bool:
    """Whether a text is a region's own name or code (not a district's: 'Egor' is an LGA of
    Benin City, and 'Egor, Benin City' the LGA)."""
    return bool(country_regions_named(text, alpha2, districts=False))


def _split_district(text: str, alpha2: str, index: RegionIndex) -> tuple[str, Place | None]:
    """'Ivanivka, Odeskyi raion', 'Petrivka (Bilhorod-Dnistrovskyi district)', 'Ewu, Esan
    Central LGA': a village, then its district -> ('Ivanivka', the district), so that the
    village is looked for there; 'Kyiv oblast, Bucha raion': a region, then a district of it ->
    ('Bucha raion', None), the district. The district must be read exactly (by its name, or its
    seat's name or adjective; 'Odeskyi' alone is the adjective of a district). Read as a whole,
    such a text came close to a place in another region ('Ivanivka, Odeskyi raion' was
    Bilozerka, Kherson oblast)."""
    bracketed = _BRACKETED.fullmatch(text)
    as_comma = f"{bracketed[1]}, {bracketed[2]}" if bracketed else text
    if "," not in as_comma:
        return text, None
    head, tail = (part.strip() for part in as_comma.rsplit(",", 1))
    folded_tail = fold_name(tail)
    if not head or not (district_named(folded_tail) or district_adjective_stem(folded_tail)):
        return text, None  # the text as given, brackets and all, for the readings after this
    try:
        district = locate_quietly(tail if district_named(folded_tail) else f"{tail} raion", alpha2)
    except InputError:
        return text, None
    if district.kind != "district" or district.how != "name":
        return text, None
    regions = country_regions_named(head, alpha2)
    if regions and _in_region(district.region, regions[0], index):
        return tail, None  # the region, then its district: the district
    return head, district


#: How far from a district's seat a village given with it is looked for first: Ukraine's
#: raions since 2020 reach 40-80 km from their seat.
DISTRICT_KM = 60.0


def _in_district(
    query: str,
    head: str,
    candidates: list[_Candidate],
    district: Place,
    gazetteer: Gazetteer,
    index: RegionIndex,
) -> list[_Candidate]:
    """Of the places named `head` in the district's region, those within DISTRICT_KM of its
    seat, where there are any ('Petrivka' names eleven villages of Odesa oblast); refused,
    naming the district to give instead, where the region has none."""
    if not candidates:
        raise InputError(
            f"no place named {head!r} is known in {district.query} ({district.region}), "
            f"in {gazetteer.country}'s gazetteer",
            f"give {district.query!r} to measure from its seat, {district.seat}",
        )
    assert district.latitude is not None and district.longitude is not None
    near = [
        c
        for c in candidates
        if (place := _place(query, c, gazetteer, index)).latitude is not None
        and place.longitude is not None
        and distance_km(place.latitude, place.longitude, district.latitude, district.longitude) <= DISTRICT_KM
    ]
    return near or candidates


def _refuse_nothing_near_a_town_named_as_a_country(
    text: str, head: str, tail: str, country: str, other: str | None, alpha2: str
) -> None:
    """'Ogba, Benin' for NG, Ogba being no place the gazetteer knows: Benin is Benin City to
    Nigerians, and the refusal says both readings (it said only "names Benin (BJ) after the
    comma", sending the caseworker to another country). A town of the other country ('Cotonou,
    Benin') is that country's, as before."""
    gazetteer = load_gazetteer(alpha2)
    towns = [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(tail)) or ()]
    if not towns or other is None or other in _countries_naming(head, alpha2):
        return
    town = max(towns, key=lambda t: t.population)
    raise InputError(
        f"no place named {head!r} is known in or near {town.name} ({town.region}), in {alpha2}'s "
        f"gazetteer; {tail!r} is also the country {country} ({other})",
        f"give {town.name!r} to measure from the town, or --country {other} if she returns there",
    )


def _near_a_town_named(head: str, tail: str, alpha2: str) -> bool:
    """Whether `head` names a place near a town of the country named `tail`: 'Uselu, Benin' for
    NG is a part of Benin City, which Nigerians call Benin, not a place in the Republic of Benin
    (it was refused as naming BJ). 'Chisinau, Moldova' for UA is still Moldova the country:
    nothing named Chisinau lies near UA's villages called Moldova."""
    gazetteer = load_gazetteer(alpha2)
    index = region_index(alpha2)
    towns = gazetteer.names.get(fold_name(tail)) or ()
    return (bool(towns) and bool(_near(head, head, towns, gazetteer, index))) or bool(
        _in_city_named_first(tail, head, tail, gazetteer, index)
    )


def _in_city_named_first(
    query: str, head: str, tail: str, gazetteer: Gazetteer, index: RegionIndex
) -> list[_Candidate]:
    """'Abuja, Kubwa', 'Casablanca, Sidi Moumen': the city first, then its part; the places
    named `tail` in or near a town named `head` (none where no town is named `head`)."""
    cities = gazetteer.names.get(fold_name(head)) or ()
    return _near(query, tail, cities, gazetteer, index) if cities and tail else []


def _split_trailing_region(
    text: str, folded: str, alpha2: str, gazetteer: Gazetteer, index: RegionIndex
) -> tuple[str, str | None]:
    """'Ivanivka UA-51' or 'Ivanivka Odesa Oblast' (a region after a space, without the comma)
    -> ('Ivanivka', 'UA-51'), read as 'Ivanivka, UA-51' is: only where the whole text is no
    name of its own and the words before the region name a town of that region exactly, so
    that a town whose last word names a region keeps its name. It was read by spelling as a
    whole ('Ivanivka UA-51' as Bilozerka, Kherson Oblast). An area's name is its own ('Tanger
    Tetouan', Morocco's region of 1997-2015, is not Tangier in the province of Tétouan)."""
    if gazetteer.names.get(folded) or index.names.get(folded) or area_named(text, alpha2) is not None:
        return text, None
    words = text.split(" ")
    for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        regions = country_regions_named(tail, alpha2)
        if len(regions) != 1:
            continue
        between = re.search(_ENDS_BETWEEN, head) or re.search(_ENDS_BETWEEN, f" {words[cut]}")
        if between and not index.names.get(fold_name(re.sub(_ENDS_BETWEEN, "", f" {tail}").strip())):
            # 'Fier / Lushnje': two towns, not Fier in the old district of Lushnjë ('Izmail /
            # Odesa Oblast', 'Lushnje / Fier': a town, then the region it is in)
            continue
        own = fold_name(head)  # 'selo Ivanivka Odeska oblast': the village's word as well
        towns = gazetteer.names.get(own) or gazetteer.names.get(town_named(own)) or ()
        if any(_in_region(gazetteer.towns[t].region, regions[0], index) for t in towns):
            return head, regions[0]
    return text, None


def _split_town(
    text: str, folded: str, gazetteer: Gazetteer, index: RegionIndex
) -> tuple[str, tuple[int, ...]] | None:
    """'Sidi Moumen, Casablanca', 'Kubwa, Abuja': a part of a town, then the town (no region of
    that name) -> ('Sidi Moumen', the towns named 'Casablanca'), where the whole text is no name
    of its own and the words before the comma name something. Read as a whole, such a text came
    close to a town elsewhere ('Garki, Abuja' was Garki in Jigawa, 400 km from Abuja) or to
    nothing at all."""
    if "," not in text or gazetteer.names.get(folded) or index.names.get(folded):
        return None
    head, tail = (part.strip() for part in text.rsplit(",", 1))
    towns = gazetteer.names.get(fold_name(tail)) if head and tail else None
    return (head, tuple(towns)) if towns else None


def _refuse_a_town_lost_to_what_follows(
    query: str, text: str, alpha2: str, near: Place, gazetteer: Gazetteer
) -> None:
    """'Toamasina, Atsinanana': a town named exactly, then words that name no region, read as a
    whole by a close spelling as another place (Fenoarivo Atsinanana, 90 km away; 'Mahajanga,
    Boeny' Ambato Boeny; Toamasina is also its province's name, so the rest was looked for in
    it; 'Kuta, Badung' Bandung, 850 km away) are refused, naming the town, not read as the other
    place."""
    head, _, tail = text.rpartition(",")
    head, tail = head.strip(), tail.strip()
    towns = gazetteer.names.get(fold_name(head)) if head and tail else None
    if not towns or any(gazetteer.towns[t].name == near.name for t in towns):
        return
    from rapidfuzz import fuzz  # heavy: only for a text read by spelling

    lat, lon = near.latitude, near.longitude
    beside = (
        lat is not None
        and lon is not None
        and any(
            distance_km(gazetteer.towns[t].latitude, gazetteer.towns[t].longitude, lat, lon) <= DISTRICT_KM
            for t in towns
        )
    )
    if beside and fuzz.ratio(fold_name(tail), fold_name(near.name)) >= _cutoff(fold_name(tail)):
        return  # 'Durres, Shijk': a slip in the town after the comma, beside the first, read and said
    raise InputError(
        f"{tail!r} in {query!r} names no region or town of {alpha2} that svcmatch knows",
        f"give {gazetteer.towns[towns[0]].name!r} alone, or its region as `svcmatch locate "
        f"{head!r} --country {alpha2}` shows it",
    )


def _in_country_after_all(
    query: str, text: str, alpha2: str, gazetteer: Gazetteer, index: RegionIndex
) -> Place | None:
    """'Puebla, Mexico', 'Colon, Panama', 'Jahra, Kuwait': the words after the comma name the
    country, and also its capital or the region of it ('Mexico' is Mexico City and the State of
    Mexico). Where nothing of the words before the comma lies in that region or near that town,
    they are read in the whole country, the country's name dropped as in 'Shkoder, Albania'.
    Such a text was refused as no place near the capital (the session-twenty `PART, CITY`
    reading). None where the tail is no name of the country; refused where the head names
    nothing in the whole country."""
    bracketed = _BRACKETED.fullmatch(text)
    if bracketed:  # 'Puebla (México)', as 'Puebla, México'
        text = f"{bracketed[1]}, {bracketed[2]}"
    head, _, tail = text.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if not head or len(tail) <= 3 or not is_country_name(fold_name(tail), alpha2):
        return None
    candidates = _candidates(head, gazetteer, index)
    if not candidates:
        _refuse_no_place(query, head, alpha2, gazetteer, None)
    return _refuse_a_place_not_meant(_best(query, candidates, gazetteer, index), head)


def _near_town(
    query: str,
    text: str,
    head: str,
    towns: tuple[int, ...],
    alpha2: str,
    gazetteer: Gazetteer,
    index: RegionIndex,
) -> Place:
    """The places named `head` in or near one of `towns` (within its reach: a city's parts lie
    farther out than a village's); where none is and the town's name is also the country's
    ('Puebla, Mexico'), the places named `head` in the whole country; refused, naming the town
    to give instead, when none is."""
    candidates = _near(query, head, towns, gazetteer, index)
    parts = [t for t in towns if gazetteer.towns[t].section]
    heads = [gazetteer.towns[int(c.key)] for c in candidates if c.kind == "town"]
    if (
        parts
        and candidates
        and not any(head.section for head in heads)
        and any(head.population > min(gazetteer.towns[t].population for t in parts) for head in heads)
    ):
        # the city first, then its part ('Rabat, Agdal', 'Marrakech, Gueliz'): the part (read as
        # a whole, it was the city near its part); not a smaller town beside a city's part
        # ('Godawari, Lalitpur' was Patan, a part of the valley's city, not Godawari beside it)
        return _best(query, [_Candidate(EXACT, "town", t) for t in parts], gazetteer, index)
    smaller = _smaller_town_after(head, towns, gazetteer, index, candidates)
    if smaller is not None:
        return _best(query, smaller, gazetteer, index)
    if candidates:
        return _best(query, candidates, gazetteer, index)
    in_country = _in_country_after_all(query, text, alpha2, gazetteer, index)
    if in_country is not None:
        return in_country
    named = _regions_named_after(towns, gazetteer, index)
    candidates = [c for c in _candidates(head, gazetteer, index) if _region_of(c, gazetteer, index) in named]
    if candidates:
        return _best(query, candidates, gazetteer, index)
    tail = text.rsplit(",", 1)[1].strip() if "," in text else ""
    candidates = _in_city_named_first(query, head, tail, gazetteer, index)
    if candidates:  # 'Casablanca, Sidi Moumen' is Sidi Moumen, in Casablanca
        return _best(query, candidates, gazetteer, index)
    smaller = _smaller_town_after(head, towns, gazetteer, index, [], DISTRICT_KM)
    if smaller is not None:  # 'Khouribga, Oued Zem': the province's town, 55 km from its seat
        return _best(query, smaller, gazetteer, index)
    if gazetteer.country in _TOWN_THEN_DISTRICT:
        district = [
            _Candidate(EXACT, "town", t)
            for t in gazetteer.names.get(fold_name(head)) or ()
            if any(_km_between(gazetteer.towns[t], gazetteer.towns[o]) <= DISTRICT_KM for o in towns)
        ]
        if district:  # 'Siliguri, Darjeeling': the town, then the district named after its seat
            return _best(query, district, gazetteer, index)
    spelt = {c.key for c in _candidates(head, gazetteer, index) if c.kind == "region"}
    inside = [t for t in towns if gazetteer.towns[t].region in spelt]
    if inside:
        # 'St Catherine, Spanish Town', 'Adjara, Batumi': the region by a close spelling, then
        # its town (each was refused as no place so named near the town, the region named)
        return _best(query, [_spelt(_Candidate(EXACT, "town", t)) for t in inside], gazetteer, index)
    town = max((gazetteer.towns[t] for t in towns), key=lambda t: t.population)
    cities = [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(head)) or ()]
    if tail and cities and max(c.population for c in cities) > town.population:
        # 'Guangzhou, Tianhe' (Tianhe a district the gazetteer lacks, and a town of Chongqing):
        # the city first, then a part of it (it said that no Guangzhou is known near Tianhe)
        city = max(cities, key=lambda c: c.population)
        raise InputError(
            f"no place named {tail!r} is known in or near {city.name} ({city.region}), in "
            f"{alpha2}'s gazetteer; the {tail!r} it knows is {town.name} ({town.region}), "
            f"{_km_between(city, town):.0f} km away",
            f"give {city.name!r} to measure from the city, or {town.name!r} if she returns there",
        )
    where = f"{town.name} ({town.region} {index.shown.get(town.region, '')})".replace(" )", ")")
    if named:  # the places of the regions named after the town were searched too
        regions = " or ".join(f"{index.shown.get(c, c)} ({c})" for c in sorted(named))
        where = f"{town.name}, nor elsewhere in {regions}"
    raise InputError(
        f"no place named {head!r} is known in or near {where}, in {alpha2}'s gazetteer",
        f"give {town.name!r} to measure from the town, or the nearest place that "
        f"`svcmatch locate {head!r} --country {alpha2}` finds",
    )


def _smaller_town_after(
    head: str,
    towns: tuple[int, ...],
    gazetteer: Gazetteer,
    index: RegionIndex,
    near: list[_Candidate],
    km: float | None = None,
) -> list[_Candidate] | None:
    """'Tunis, Ettadhamen', 'Tirana, Kamëz', 'Khouribga, Oued Zem': a city (or the province
    named after it) first, then a smaller town beside it, as addresses are written from the
    largest down: the smaller town (it was the city, or refused). `near` are the places named
    `head` found near `towns`; with `km`, any town named `head` within that distance counts (a
    province reaches farther than a city's parts). None where the head is no larger town."""
    if km is not None:
        if _names_a_region(gazetteer.towns[towns[0]].name, gazetteer.country):
            return None  # 'Tirana, Durrës': two cities, the second also a county's name
        near = [
            _Candidate(EXACT, "town", t)
            for t in gazetteer.names.get(fold_name(head)) or ()
            if any(_km_between(gazetteer.towns[t], gazetteer.towns[o]) <= km for o in towns)
            and (index.subregion_names.get(fold_name(head)) or gazetteer.towns[t].population >= LARGE_SECTION)
        ]
    heads = [gazetteer.towns[int(c.key)] for c in near if c.kind == "town" and c.how == "name"]
    if not heads or gazetteer.country in _TOWN_THEN_DISTRICT:
        return None  # a close spelling of a town is no city named first ('Gjdaër, Dajc')
    smallest = min(h.population for h in heads)
    tails = [
        t
        for t in towns
        if (
            0 < 2 * gazetteer.towns[t].population < smallest
            or (gazetteer.towns[t].population == 0 and smallest >= LARGE_SECTION)
        )
        # beside one of them: 'Cibinong, Bogor' was a village named Bogor, 110 km away
        and any(_km_between(gazetteer.towns[t], h) <= (km or DISTRICT_KM) for h in heads)
    ]
    return [_Candidate(EXACT, "town", t) for t in tails] or None


#: Countries whose addresses name a town, then its district or province, and whose districts
#: and provinces are named after a town ('Tacloban, Leyte', 'Siliguri, Darjeeling', 'Cibinong,
#: Bogor', 'Lahan, Siraha'): there the second part is never read as a smaller town beside the
#: first (each was that town, 10 to 800 km from the one meant; session twenty-six's screen).
_TOWN_THEN_DISTRICT = frozenset(
    ("PH", "ID", "IN", "NP", "BD", "PK", "LK", "MM", "TH", "VN", "KH", "LA", "MY")
)


def _km_between(a: Town, b: Town) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _regions_named_after(towns: Iterable[int], gazetteer: Gazetteer, index: RegionIndex) -> set[str]:
    """The regions named after one of `towns`, the town being in the region (or, for a city that
    is a region of its own, in the region around it): Dnipro, formerly Dnipropetrovsk, names
    Dnipropetrovsk Oblast; Kyiv names Kyiv city and Kyiv Oblast; Durrës names Durrës County.
    Ukrainians and Russians name an oblast by its centre ('Uman, Cherkassy', 'Pavlograd,
    Dnepropetrovsk'), and so do Albanians a county ('Fushë-Krujë, Durrës'). Only the keys of the
    town's own region are read, so that few names are looked up."""
    named: set[str] = set()
    for t in towns:
        region = gazetteer.towns[t].region
        for key, codes in index.names.items():
            if region in codes and t in (gazetteer.names.get(key) or ()):
                named.update(codes)
    return named


def _near(
    query: str, head: str, towns: Iterable[int], gazetteer: Gazetteer, index: RegionIndex
) -> list[_Candidate]:
    """The places named `head` in or near one of `towns`: within its reach (a city's parts lie
    farther out than a village's), a town, or a district measured from its seat ('Egor, Benin
    City': a local government area of the city, at Uselu)."""
    anchors = [gazetteer.towns[t] for t in towns]

    def near(candidate: _Candidate) -> bool:
        if candidate.kind == "region" and not candidate.sub:
            return False
        place = _place(query, candidate, gazetteer, index)
        if place.kind not in ("town", "district") or place.latitude is None or place.longitude is None:
            return False
        return any(
            distance_km(place.latitude, place.longitude, a.latitude, a.longitude)
            <= _town_reach_km(a.population)
            for a in anchors
        )

    return [c for c in _candidates(head, gazetteer, index) if near(c)]


def _town_reach_km(population: int) -> float:
    """How far from a town's point its parts may lie: 6.5 km for a town of 10,000 people, 30 km
    for Abuja (2.7 million: Kubwa is 22 km out), 50 km for Lagos (9 million)."""
    return 5.0 + 0.015 * math.sqrt(population)


def _in_region(region: str, within: str, index: RegionIndex) -> bool:
    """A town's region is the region named, or lies in it (a district of a county)."""
    return region == within or index.parent.get(region) == within


#: The least population of a town that a region's name with its type word ('Province of
#: Tiznit') reads as the region's seat; a seat without a figure counts.
SEAT_FLOOR = 10_000


#: The words for a raion, which is a region in Azerbaijan and Moldova but below one elsewhere.
_RAION_WORDS = re.compile(r"\b(?:raion|rajon|rajoni|rayon|район)\b")


def _a_raion_below_regions(folded: str, gazetteer: Gazetteer) -> bool:
    """Whether a text's only region word is a raion's in a country whose regions are no raions:
    'Lviv raion' is the raion of Lviv (since 2020), not Lviv Oblast, which it was, as exact;
    'Briceni raion' stays MD-BR (session twenty-eight's screen: 'Khmelnytskyi raion')."""
    if not _RAION_WORDS.search(folded) or has_region_type(_RAION_WORDS.sub(" ", folded)):
        return False
    return not any(region.type in ("Rayon", "District") for region in gazetteer.regions.values())


def _candidates(text: str, gazetteer: Gazetteer, index: RegionIndex) -> list[_Candidate]:
    folded = fold_name(text)
    raion = _a_raion_below_regions(folded, gazetteer)
    typed = has_region_type(folded) and not raion
    bare = strip_region_type(folded)
    found: dict[tuple[str, int | str], _Candidate] = {}

    def add(candidate: _Candidate) -> None:
        key = (candidate.kind, candidate.key)
        if key not in found or found[key].score < candidate.score:
            found[key] = candidate

    # a region's type word names the region, where the town of that name also has it among its
    # names ('Changwat Chiang Rai', which GeoNames gives the town, was the town: session
    # twenty-seven, the caseworker engineer's find)
    region_typed = typed and not has_town_word(folded) and bool(index.names.get(bare))
    for town in () if region_typed else gazetteer.names.get(folded, ()):
        add(_Candidate(EXACT, "town", town))
    # 'Lviv city', 'Kukës town': the town, not the region named like it ('Benin City' is a name)
    named_towns = _towns_named_by_word(folded, bare, gazetteer, index)
    for town in named_towns:
        add(_Candidate(EXACT, "town", town))
    for key in dict.fromkeys([folded] if raion else [folded, bare]):
        region_score = EXACT if typed else REGION_BARE if key in index.full_names else REGION_CUT
        for code in index.names.get(key, ()):
            if typed and has_town_word(folded):
                code = _city_region_around(code, bare, gazetteer)
            if typed and city_named_by_type(code, folded, gazetteer):
                continue  # 'Kyiv Oblast', 'Kyiv region' are the oblast, never the city of Kyiv
            if named_towns and not is_city_region(code, gazetteer):
                continue  # 'Lviv city' is the town of Lviv, not Lviv Oblast (Kyiv city is both)
            add(_Candidate(region_score, "region", code))
        for sub in index.subregion_names.get(key, ()):
            add(_Candidate(SUBREGION, "region", index.parent[sub], index.shown[sub], sub=sub))
    for code in _land_of(folded, gazetteer, index):
        add(_Candidate(LAND_OF, "region", code))
    district = "" if found else district_named(folded)
    for sub in index.subregion_names.get(district, ()) if district else ():
        if sub in index.seats:  # 'Tropojë district', 'Bashkia Tropojë': the old district, at its seat
            add(_Candidate(SUBREGION, "region", index.parent[sub], index.shown[sub], sub=sub))
    seats: tuple[int, ...] = ()
    if district and not found:
        seats = tuple(gazetteer.names.get(district, ()))
        seats += tuple(t for t in _seats_by_adjective(district, gazetteer) if t not in seats)
        if not seats and gazetteer.country in _ALBANIAN_GENITIVES:  # 'Komuna e Prizrenit' (XK)
            seats = _albanian_district_seats(district, gazetteer, index)
        if not seats:  # 'Bogura district': a district of ISO 3166-2 whose seat has another name
            for sub in index.subregion_names.get(district, ()):
                if _province_seat(sub, index, gazetteer):
                    add(_Candidate(SUBREGION, "region", index.parent[sub], index.shown[sub], sub=sub))
    for town in seats:
        # 'Berehove raion', 'Izmail district': the district of that town, measured from it (before,
        # the whole oblast, so that every provider in Zakarpattia ranked as in the place of return);
        # 'Berehivskyi raion', 'Берегівський район': the same, by its adjective
        add(_Candidate(LAND_OF, "district", town))
    if typed and bare and not found:
        # 'إقليم القنيطرة', 'Province of Tiznit': a province named by its seat is the region of it;
        # 'Minsk oblast' the oblast around the city, not the city's own region
        around = not has_town_word(folded)
        for town in gazetteer.names.get(bare, ()):
            seat = gazetteer.towns[town]
            if 0 < seat.population < SEAT_FLOOR:
                continue  # 'Région du Poro' is no region of Poro, a village of 1,208 people
            region = REGION_AROUND_CITY.get(seat.region, seat.region) if around else seat.region
            add(_Candidate(LAND_OF, "region", region, seat.name if region == seat.region else ""))
    if not found or max(c.score for c in found.values()) < REGION_BARE:
        for candidate in _first_word_of(folded, gazetteer):
            add(candidate)
        for candidate in _sound_alikes(text, folded, bare, gazetteer, index):
            add(_spelt(candidate))
    if not found or max(c.score for c in found.values()) < SOUND_ALIKE:
        for candidate in _typos(folded, bare, gazetteer, index):
            add(_spelt(candidate))
    _sound_beats_a_small_first_word(found, gazetteer)
    return _regions_named_beat_towns_elsewhere(list(found.values()), gazetteer, folded)


def _city_region_around(code: str, bare: str, gazetteer: Gazetteer) -> str:
    """'Sofia City Province', 'Osh city oblast': the city-region whose city has the name, where
    `code` is the region around it (REGION_AROUND_CITY); else `code`."""
    city = CITY_OF_REGION_AROUND.get(code)
    if city is not None and any(gazetteer.towns[t].region == city for t in gazetteer.names.get(bare, ())):
        return city
    return code


#: The least population of a town that a district's adjective names as its seat: districts are
#: named after towns, and a village's adjective would more likely be a misreading.
ADJECTIVE_SEAT_POPULATION = 1_000
_adjective_seats: dict[tuple[str, str], dict[str, tuple[int, ...]]] = {}


def _albanian_district_seats(district: str, gazetteer: Gazetteer, index: RegionIndex) -> tuple[int, ...]:
    """'Rrethi i Shkodrës', 'Rrethi i Tropojës', 'Rrethi i Matit': an old district named in the
    genitive, as Albanian writes it after 'rrethi i' (it was Allkaj, in Fier, by a close
    spelling). The district of the town of its nominative, or of a county's own town."""
    for name in albanian_nominatives(district):
        seats = [
            t
            for key in (name, *(fold_name(index.shown[c]) for c in index.names.get(name, ())))
            for t in gazetteer.names.get(key, ())
        ]
        for sub in index.subregion_names.get(name, ()):
            seats += [t for t in gazetteer.names.get(fold_name(index.seats.get(sub, "")), ())]
        if seats:
            return tuple(dict.fromkeys(seats))
    return ()


def _seats_by_adjective(district: str, gazetteer: Gazetteer) -> tuple[int, ...]:
    """The towns of ADJECTIVE_SEAT_POPULATION or more whose name the district's adjective is
    formed from ('berehivskyi' -> Berehove, 'одескии' -> Odesa; see `names.adjective_stems`):
    Ukrainian and Russian name a district so, and offices write it so. () for any other name.
    The index of stems is built once per gazetteer, on the first such query."""
    stem = district_adjective_stem(district)
    if not stem:
        return ()
    irregular = irregular_adjective_seat(stem)
    if irregular:
        return tuple(gazetteer.names.get(irregular, ()))
    key = (gazetteer.country, str(gazetteer.path))
    index = _adjective_seats.get(key)
    if index is None:
        built: dict[str, set[int]] = {}
        for name, towns in gazetteer.names.items():
            large = [t for t in towns if gazetteer.towns[t].population >= ADJECTIVE_SEAT_POPULATION]
            if large:
                for each in adjective_stems(name):
                    built.setdefault(each, set()).update(large)
        index = _adjective_seats[key] = {k: tuple(sorted(v)) for k, v in built.items()}
    return index.get(stem, ())


def _sound_beats_a_small_first_word(
    found: dict[tuple[str, int | str], _Candidate], gazetteer: Gazetteer
) -> None:
    """A town named by its first word gives way to a sound-alike five times its size: 'Ribat' is
    more likely Rabat mistyped than Ribat Al Khayr shortened."""
    for key, candidate in list(found.items()):
        if candidate.score != FIRST_WORD_OF_CITY:
            continue
        size = gazetteer.towns[int(candidate.key)].population
        if any(
            other.kind == "town"
            and SOUND_ALIKE <= other.score < FIRST_WORD_OF_CITY
            and gazetteer.towns[int(other.key)].population >= 5 * size
            for other in found.values()
        ):
            found[key] = candidate._replace(score=FIRST_WORD_OF_NAME)


def _first_word_of(folded: str, gazetteer: Gazetteer) -> list[_Candidate]:
    """A town named by the first word of one of its names, as people shorten a long one: 'Kamianets'
    for Kamianets-Podilskyi (was read by sound as Kamianytsia, a village 400 km away), 'Bilhorod'
    for Bilhorod-Dnistrovskyi, 'Zielona' for Zielona Góra. It is taken before any sound-alike
    only when it is the one town of FIRST_WORD_CITY people or more whose name starts so: 'Saint',
    'Santa', 'Nova', 'Stara' start many, and stay readings by sound. Others are alternatives.
    Said as a reading by spelling."""
    if " " in folded or len(folded) < 5:
        return []
    names = gazetteer.names
    prefix = folded + " "
    if isinstance(names, LazyIndex):
        keys: Iterable[str] = names.starting_with(prefix)
    else:
        keys = (key for key in names if key.startswith(prefix))
    towns = {
        town
        for key in keys
        for town in names[key]
        if len(key.split()) == len(fold_name(gazetteer.towns[town].name).split())
    }  # its own name or a spelling of it ('Kamianets-Podilskyi'), not a nickname ('Pivdenna Palmira', Odesa)
    large = [
        town
        for town in towns
        if gazetteer.towns[town].population >= FIRST_WORD_CITY and not gazetteer.towns[town].section
    ]  # a city's district ('Lisovyi Masyv' of Kyiv) is no town whose name was shortened
    return [
        _Candidate(
            FIRST_WORD_OF_CITY if large == [town] else FIRST_WORD_OF_NAME, "town", town, how="spelling"
        )
        for town in sorted(towns)
    ]


def _towns_named_by_word(folded: str, bare: str, gazetteer: Gazetteer, index: RegionIndex) -> tuple[int, ...]:
    """The towns a query names with a word that says it is a town ('Lviv city', 'Kukës town'),
    where that is not the query's reading already: a town's or region's own name ('Benin City',
    'Gaborone City'), or a city with a region's status ('Kyiv city' stays the region Kyiv)."""
    if folded in gazetteer.names or folded in index.full_names:
        return ()
    if any(is_city_region(code, gazetteer) for code in index.names.get(bare, ())):
        return ()
    named = town_named(folded)
    towns = tuple(gazetteer.names.get(named, ()))
    if not towns and named and gazetteer.country in _ALBANIAN_GENITIVES:
        # 'Qyteti i Shkodrës', 'Qyteti i Prizrenit': the town in the genitive after Albanian's
        # "town of" ("no place matches"; session twenty-eight's screen)
        for nominative in albanian_nominatives(named):
            towns = tuple(gazetteer.names.get(nominative, ()))
            if towns:
                break
    return towns


#: Countries whose places are named in Albanian, where a unit's or a town's name after its word
#: is in the genitive ('Rrethi i Shkodrës', 'Komuna e Prizrenit', 'Qyteti i Shkodrës').
_ALBANIAN_GENITIVES = frozenset(("AL", "XK", "MK"))


def _spelt(candidate: _Candidate) -> _Candidate:
    return candidate._replace(how="spelling")


def _land_of(folded: str, gazetteer: Gazetteer, index: RegionIndex) -> list[str]:
    """Ukrainian names a region by its centre with -shchyna: Львівщина, Lvivshchyna and
    Львовщина are Lviv Oblast, Вінниччина Vinnytsia Oblast, Одещина Odesa Oblast (the stem
    and a region name start alike); never the cities Kyiv and Sevastopol themselves."""
    latin = to_latin(folded)
    stem = _LAND_SUFFIX.sub("", latin)
    if stem == latin or len(stem) < 3:
        return []
    found: list[str] = []
    for key, codes in index.names.items():
        name = to_latin(key)
        if len(name) >= 3 and (name.startswith(stem) or stem.startswith(name)):
            found += [c for c in codes if gazetteer.regions[c].type != "City" and c not in found]
    return found


def _regions_named_beat_towns_elsewhere(
    candidates: list[_Candidate], gazetteer: Gazetteer, folded: str
) -> list[_Candidate]:
    """A region's name matched as written beats a town that only sounds like the query and lies
    in another region: 'Volyn' is Volyn Oblast, not Vilino in Crimea; 'Vinnitsa' still finds the
    city of Vinnytsia, which lies in the region of that name.

    A region's own name also beats a small town of exactly that name in another region:
    'California' is the state, not California, Maryland (12,000 people), and 'Florida' the
    state, not Florida, New York; a town that has the name only as another name of its own
    ('Morelos' for Ecatepec de Morelos) does not beat the region either. A town of that very
    name inside the region (Shkodër, Kharkiv, Lagos), or any town at least 1/TOWN_BEATS_REGION
    of the region's size (Washington, D.C. beside Washington State; Shkodër for 'Shkodra'), is
    still the answer, with the region among the alternatives, unless GeoNames gives it no
    population ('Chuy', a village of Chüy Region; 'Cojedes', of Cojedes State), even where it
    gives the region none either ('Taiwan' is CN-TW, not Dawan, a town of Guangdong that
    GeoNames also calls Taiwan)."""
    named = {str(c.key) for c in candidates if c.kind == "region" and c.score >= REGION_CUT}
    if not named:
        return candidates
    cap = REGION_CUT - 0.01
    by_name = [
        gazetteer.regions[str(c.key)].population
        for c in candidates
        if c.kind == "region" and c.score >= REGION_BARE and not c.sub
    ]
    largest = max(by_name, default=0)
    if any(c.kind == "region" and c.sub and c.score >= SUBREGION for c in candidates):
        # a province named as written ('Cagayan'): ISO's second level, whose people the
        # gazetteer does not count, is taken to have REGION_FLOOR at least
        largest = max(largest, REGION_FLOOR)
    found: list[_Candidate] = []
    sounded = {
        fold_name(gazetteer.regions[str(c.key)].name): gazetteer.regions[str(c.key)].population
        for c in candidates
        if c.kind == "region"
        and c.how == "spelling"
        and str(c.key) in named
        and str(c.key) in gazetteer.regions
    }
    for c in candidates:
        if c.kind == "town":
            town = _town(c, gazetteer)
            # a region that only sounds like the query does not push back a town of its very
            # name that sounds as like it, where the town would win by its name ('Santo Domngo'
            # was the province around the capital, DO-32, not the city; session twenty-eight)
            as_large = town.population * TOWN_BEATS_REGION >= sounded.get(fold_name(town.name), -1) >= 0
            if c.score < EXACT and c.score > cap and town.region not in named and not as_large:
                c = c._replace(score=cap)
            elif c.score >= EXACT and (not town.population or town.population * TOWN_BEATS_REGION < largest):
                # a namesake whose population GeoNames does not give (a village, or a seat
                # with no figure) is not known to be the place meant: the region comes first
                # (a province's town of its name, without a figure, is its seat: Gaibandha)
                namesake = (
                    town.region in named
                    and fold_name(town.name) == folded
                    and (not by_name or (town.population > 0 and town.population * NAMESAKE_SHARE >= largest))
                )
                if not namesake:  # below a region's name, or a province's where only one was named
                    c = c._replace(score=SMALL_NAMESAKE if by_name else SUBREGION - TIE - 0.001)
        found.append(c)
    return found


#: A town named as its region is, inside it, is the place meant where it has at least a
#: hundredth of the region's people (Nan, 20,000 people, of Nan province's 480,000): a village
#: smaller than that is no seat the region is named after ('Shirak', 1,038 people, and 'Kotayk'
#: were those villages, not Armenia's provinces of 210,000 and 280,000; session twenty-eight's
#: screen), and the region comes first, the village among the alternatives.
NAMESAKE_SHARE = 100

#: The people a province named as written is taken to have, at least, against a town of its
#: name elsewhere: a town of fewer than a twentieth of them (50,000) is not the place meant
#: ('Cagayan' was Mapun, an island off Borneo that GeoNames also calls so, 1,200 km from the
#: province). A larger one still wins ('Isabela' is the City of Isabela, 67,000 people), and so
#: does a town of the name in the province's own region ('Leyte', 7,223 people).
REGION_FLOOR = 1_000_000


def _town(candidate: _Candidate, gazetteer: Gazetteer) -> Town:
    assert isinstance(candidate.key, int)
    return gazetteer.towns[candidate.key]


def _sound_alikes(
    query: str, folded: str, bare: str, gazetteer: Gazetteer, index: RegionIndex
) -> list[_Candidate]:
    from rapidfuzz import fuzz  # heavy (70 ms to import): only when no name matched exactly

    found: list[_Candidate] = []
    for latin in readings(folded):
        sound = latin_skeleton(latin)
        if len(sound) < 2:
            continue
        for key in gazetteer.skeletons.get(sound, ()):
            similarity = fuzz.ratio(latin, to_latin(key))
            if similarity >= 72:
                found += [
                    _Candidate(SOUND_ALIKE + 0.05 * similarity / 100, "town", t, near=key)
                    for t in gazetteer.names[key]
                ]
    if has_arabic(query):
        found += _arabic_sound_alikes(query, gazetteer)
    region_sound = skeleton(bare)
    if len(region_sound) >= 3:
        found += [_Candidate(SOUND_ALIKE, "region", code) for code in index.skeletons.get(region_sound, ())]
    return found


def _arabic_sound_alikes(query: str, gazetteer: Gazetteer) -> list[_Candidate]:
    """Latin names with the consonants of an Arabic name; among them (and with one consonant
    more or less, for long names) the spelling nearest the Arabic read aloud wins."""
    from rapidfuzz import fuzz, process  # heavy: only for Arabic that no name matched exactly

    consonants = consonant_key(query)
    spoken = sound_key(query)
    if not consonants:
        return []
    keys = {key: SAME_CONSONANTS for key in gazetteer.by_consonants(consonants)}
    if len(consonants) < _MIN_CONSONANTS:  # one consonant ('Assa', آسا): the vowels must agree too
        keys = {key: score for key, score in keys.items() if fuzz.ratio(spoken, sound_key(key)) >= 85}
    if len(consonants) >= 5:
        for near, _ratio, _ in process.extract(
            consonants, gazetteer.consonant_keys(), scorer=fuzz.ratio, score_cutoff=88, limit=4
        ):
            for key in gazetteer.by_consonants(near):
                keys.setdefault(key, NEAR_CONSONANTS)
    return [
        _Candidate(score + 0.04 * fuzz.ratio(spoken, sound_key(key)) / 100, "town", t)
        for key, score in keys.items()
        for t in gazetteer.names[key]
    ]


def _cutoff(text: str) -> float:
    return next(cutoff for length, cutoff in _FUZZY_CUTOFFS if len(text) <= length)


def _typos(folded: str, bare: str, gazetteer: Gazetteer, index: RegionIndex) -> list[_Candidate]:
    from rapidfuzz import fuzz, process  # heavy (70 ms to import): only when nothing matched by name

    found: list[_Candidate] = []
    own = _without_generic(folded)
    generic = _GENERIC_WORDS.intersection(folded.split())

    def alike(key: str) -> bool:
        """Whether a name is close for more than a generic word both share: 'Lombok Timur' is
        not 'Lebak Timur', nor 'Halmahera Selatan' the province 'Sumatera Selatan'. The rest
        of the name a close spelling, or its start ('West En' is West End), still is."""
        if not generic or _GENERIC_WORDS.intersection(key.split()) != generic:
            return True
        other = _without_generic(key)
        return not own or not other or other.startswith(own) or fuzz.ratio(own, other) >= _cutoff(own)

    for key, ratio, _ in process.extract(
        folded, list(gazetteer.names), scorer=fuzz.ratio, score_cutoff=_cutoff(folded), limit=8
    ):
        if alike(key):
            score = FUZZY_WEIGHT * ratio / 100
            found += [_Candidate(score, "town", t, near=key) for t in gazetteer.names[key]]
    if len(folded) >= 4:
        words = folded.split()
        for key, _ratio, _ in process.extract(
            folded, list(gazetteer.names), scorer=fuzz.token_set_ratio, score_cutoff=100, limit=8
        ):
            if len(words) > 1 and _GENERIC_WORDS.issuperset(key.split()):
                continue  # 'Lombok Timur' (East Lombok) is no village named Timur, 600 km away
            found += [_Candidate(_part_score(words, key), "town", t, near=key) for t in gazetteer.names[key]]
    if bare:
        for key, ratio, _ in process.extract(
            bare, list(index.names), scorer=fuzz.ratio, score_cutoff=_cutoff(bare), limit=4
        ):
            if alike(key):
                found += [_Candidate(FUZZY_WEIGHT * ratio / 100, "region", c) for c in index.names[key]]
        for key, ratio, _ in process.extract(
            bare, list(index.subregion_names), scorer=fuzz.ratio, score_cutoff=_cutoff(bare), limit=4
        ):
            found += [
                _Candidate(FUZZY_WEIGHT * ratio / 100, "region", index.parent[sub], index.shown[sub], sub=sub)
                for sub in index.subregion_names[key]
            ]
    return found


#: Words of a longer name that name no place alone: the points of the compass (Indonesia's
#: regencies are 'Lombok Timur', 'Aceh Utara', 'Sumba Barat Daya') and words for a market, a
#: mountain, a cape, a village, a temple. A village GeoNames names by one of them ('Timur',
#: 'Barat', 'Pasar' in East Java) is not read from a longer text by its word.
_GENERIC_WORDS = frozenset(
    (
        *("timur", "barat", "utara", "selatan", "tengah", "tenggara", "daya", "laut", "raya"),
        *("north", "south", "east", "west", "central", "upper", "lower", "new", "old"),
        *("nord", "sud", "est", "ouest", "centre", "norte", "sur", "este", "oeste", "centro"),
        *("pasar", "psar", "phsar", "gunung", "tanjung", "kampung", "kota", "desa", "banjar"),
        *("market", "wat", "mercado", "marche", "bazar", "bazaar", "souk", "suq"),
    )
)


def _without_generic(folded: str) -> str:
    """The words of a folded name that are not _GENERIC_WORDS ('lombok timur' -> 'lombok')."""
    words = folded.split()
    return " ".join(w for w in words if w not in _GENERIC_WORDS) if len(words) > 1 else folded


def _part_score(words: list[str], key: str) -> float:
    """Score of a name that shares all its words, or all the query's words, with the query."""
    if set(words) <= set(key.split()):
        return PART_OF_NAME
    return NAME_STARTS_QUERY if words[: len(key.split())] == key.split() else NAME_IN_QUERY


def _region_of(candidate: _Candidate, gazetteer: Gazetteer, index: RegionIndex) -> str:
    if candidate.kind in ("town", "district"):
        assert isinstance(candidate.key, int)
        return gazetteer.towns[candidate.key].region
    return index.parent.get(str(candidate.key), str(candidate.key))


def _rank_population(candidate: _Candidate, gazetteer: Gazetteer, queries: tuple[str, ...]) -> int:
    """Size for breaking ties: a town whose own name the query is counts five times its
    population against one for which it is an old or foreign name (Sloviansk is Slovyansk,
    not Nikopol's 18th-century name); a city district counts a hundredth, one of 100,000 people
    or more a tenth."""
    if candidate.kind == "region":
        return 0  # a town of the same name and score is the more specific answer
    assert isinstance(candidate.key, int)
    town = gazetteer.towns[candidate.key]  # a district's: its town (the larger is the seat)
    weight = town.population
    if town.section:
        weight //= 10 if weight >= LARGE_SECTION else 100
    own = fold_name(town.name)
    sound = skeleton(own)
    for query in queries:  # the whole text, and each of its parts ('Hohoe, Volta')
        # 'selo ivanivka', 'ivanivka district' name Ivanivka; 'novo selo' is a town's own name
        named = query if query in gazetteer.names else town_named(query) or district_named(query) or query
        if own == named or (len(sound) > 1 and sound == skeleton(named)):
            # a skeleton of one letter says nothing: 'ho' and 'hohoe' are both 'h' (Hohoe, a town
            # of 92,000, was read as Ho, 60 km south, which GeoNames also calls Hohoe)
            return weight * 5 + 1  # + 1: of two places without a figure, the one so named (Wuse)
    return weight


def _best(query: str, candidates: list[_Candidate], gazetteer: Gazetteer, index: RegionIndex) -> Place:
    top = max(c.score for c in candidates)
    folded = fold_name(query)
    parts = (folded, *(fold_name(p) for p in query.split(",") if p.strip())) if "," in query else (folded,)
    ordered = sorted(
        candidates,
        key=lambda c: (
            c.score < top - TIE,
            -c.score if c.score < top - TIE else 0,
            -_rank_population(c, gazetteer, parts),
            str(c.key),
        ),
    )
    places = [_place(query, c, gazetteer, index) for c in ordered]
    best, others = places[0], _distinct(places[0], places[1:])
    ambiguous = best.kind in ("town", "district") and any(
        p.kind == best.kind and p.score >= top - TIE for p in others
    )
    floor = max(top - 0.15, 0.6)
    alternatives = tuple(p for p in others if p.score >= floor)[:MAX_ALTERNATIVES]
    return replace(best, alternatives=alternatives, ambiguous=ambiguous)


def _distinct(best: Place, others: list[Place]) -> list[Place]:
    """Drop repeats of one place (a town that matched by two names, two entries for one city)."""
    seen = [best]
    result: list[Place] = []
    for place in others:
        if any(_same_place(place, s) for s in seen):
            continue
        seen.append(place)
        result.append(place)
    return result


def _same_place(a: Place, b: Place) -> bool:
    if a.kind != b.kind or a.region != b.region:
        return False
    if a.kind != "town":
        return a.kind == "region" or a.name == b.name
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    return a.name == b.name and distance_km(a.latitude, a.longitude, b.latitude, b.longitude) < 3.0


def _place(query: str, candidate: _Candidate, gazetteer: Gazetteer, index: RegionIndex) -> Place:
    if candidate.kind == "region":
        place = _region_place(query, gazetteer, index, str(candidate.key), candidate.score, candidate.label)
        seat = index.seats.get(candidate.sub) or _province_seat(candidate.sub, index, gazetteer)
        point = _seat_point(seat, place.region, gazetteer) if seat else None
        # an old district, or a province of a region (Morocco's Chtouka-Aït Baha): measured
        # from its seat, not from its region
        if seat and point:
            place = replace(place, kind="district", latitude=point[0], longitude=point[1], population=None)
            place = replace(place, seat=seat)
        return replace(place, how=candidate.how)
    assert isinstance(candidate.key, int)
    town = gazetteer.towns[candidate.key]
    district = candidate.kind == "district"  # a district named by its town, which is its seat
    near = candidate.near if candidate.how == "spelling" and candidate.near != fold_name(town.name) else ""
    return Place(
        query,
        town.name,
        candidate.kind,
        town.region,
        index.shown.get(town.region, ""),
        town.latitude,
        town.longitude,
        round(candidate.score, 3),
        None if district else town.population,
        how=candidate.how,
        seat=town.name if district else None,
        near=near or None,
    )


def _province_seat(code: str | None, index: RegionIndex, gazetteer: Gazetteer) -> str | None:
    """The seat of a subdivision of a region (a province or prefecture, ISO 3166-2's second
    level): the one PROVINCE_SEATS names, else its namesake town in its region (Larache, of the
    province of Larache); None for a region itself, or where neither is known (it is then read
    as its region, as before)."""
    if not code or "/" in code or index.parent.get(code, code) == code:
        return None
    named = PROVINCE_SEATS.get(code)
    if named is not None:
        return named
    name = index.shown.get(code, "")
    towns = [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(name), ())]
    towns = [t for t in towns if t.region == index.parent[code]]
    return max(towns, key=lambda t: t.population).name if towns else None


def _seat_point(seat: str, county: str, gazetteer: Gazetteer) -> tuple[float, float] | None:
    """Where a district's seat is: the largest town of that name in the county, else the point
    region_data.SEAT_POINTS gives for a seat the gazetteer lacks; None when neither knows it."""
    towns = [gazetteer.towns[t] for t in gazetteer.names.get(fold_name(seat), ())]
    towns = [t for t in towns if t.region == county]
    if towns:
        town = max(towns, key=lambda t: t.population)
        return town.latitude, town.longitude
    return SEAT_POINTS.get(seat)


def _region_place(
    query: str, gazetteer: Gazetteer, index: RegionIndex, code: str, score: float, label: str
) -> Place:
    region = gazetteer.regions[code]
    return Place(
        query,
        label or region.name,
        "region",
        code,
        region.name,
        region.latitude,
        region.longitude,
        round(score, 3),
        region.population,
    )


def _refuse_a_foreign_town_beside(query: str, folded: str, alpha2: str) -> None:
    """'Melilla', 'Sebta' with --country MA: towns of Spain (FOREIGN_TOWNS_BESIDE), refused as
    Spain's before a close spelling finds a place of Morocco far away."""
    for other, names in FOREIGN_TOWNS_BESIDE.get(alpha2, {}).items():
        if folded in {fold_name(n) for n in names}:
            where = f"{resolve_country(other).name} ({other})"
            raise InputError(f"{query!r} is in {where}, not in {alpha2}", f"give --country {other}")


def _refuse_a_town_of_another_country(query: str, name: str, alpha2: str, near: Place) -> None:
    """A name that only comes close to places of the country but is the name of a town beside
    it, in another country (of INDEX_MIN_POPULATION people or more, within BESIDE_KM of one
    of the country's places), is that town: 'Skopje' for AL was read by spelling as Voskopojë,
    a village of Korçë, 'Podgorica' as Korçë, 'Preveza' as Prezë. A town far away is taken for
    a slip ('Harar', Ethiopia's, typed in Zimbabwe is Harare), and so is the first words of a
    name of the country ('Bilhorod' for UA is Bilhorod-Dnistrovskyi, not Russia's Belgorod;
    'Praga' for PL is Warsaw's Praga Południe). The refusal names the place it came close to,
    for a caseworker who meant it."""
    folded = fold_name(name)
    shortened = fold_name(near.near or near.name).startswith(folded)
    if re.search(rf"\b{re.escape(folded)}\b", near.near or fold_name(near.name)):
        # 'Kano' for NE: Nigeria's city, not Koira Kano, a quarter of Niamey, by a word; 'Riga'
        # for UA: Latvia's capital, not Riga Quarter; not 'Lagos' for MX, Lagos de Moreno
        small = (near.population or 0) < WORDED_PLACE_MAX
        found_in = [c for c in _countries_naming(name, alpha2) if small and _large(name, c)]
    else:
        found_in = [
            c
            for c in _countries_naming(name, alpha2)
            if _beside(name, c, alpha2) or (not shortened and _large(name, c))
        ]
    if not found_in:
        return
    where = _countries_said(found_in)
    raise InputError(
        f"{query!r} is a town of {where}, not of {alpha2}; "
        f"it only comes close to {near.name} ({near.region})",
        f"give --country {found_in[0]} if she returns there; for {near.name}, give its name",
    )


#: How near to a country of return a town of another country lies for its name to be that
#: town's rather than a slip for a place of the country of return.
BESIDE_KM = 100.0


def _beside(name: str, other: str, alpha2: str) -> bool:
    """Whether a town of `other` named `name` (as large as the town index lists) lies within
    BESIDE_KM of a place of `alpha2`."""
    there = load_gazetteer(other)
    here = load_gazetteer(alpha2)
    towns = (there.towns[t] for t in there.names.get(fold_name(name)) or ())
    return any(
        here.nearest_town(town.latitude, town.longitude)[1] <= BESIDE_KM
        for town in towns
        if town.population >= INDEX_MIN_POPULATION
    )


#: A town of another country this large, named exactly, is that town however far away: a
#: destination of trafficking ('Madrid' for RO was Andrid, 'Dubai' for ID Dumai, 'Bangkok' for
#: BG Bansko, each by a close spelling). Smaller towns far away stay slips ('Harar' in ZW).
LARGE_FOREIGN_CITY = 300_000

#: The most people of a place of the country that a large city abroad takes a word of its name
#: from ('Kano' for NE: Koira Kano, a quarter of Niamey; not 'Lagos' for MX, Lagos de Moreno,
#: 150,000 people, which a caseworker there means).
WORDED_PLACE_MAX = 20_000
#: A city this large is that city by any of its names, in any script ('Москва', 'دبي',
#: 'Milano', 'Praha' were villages of UA, SD and AL by a close spelling).
WORLD_CITY = 1_000_000


def _large(name: str, other: str) -> bool:
    """Whether `other` has a town of LARGE_FOREIGN_CITY people or more whose own name (not one
    of its other names: 'Cham' is Damascus in French) is `name`."""
    there = load_gazetteer(other)
    folded = fold_name(name)
    return any(
        (town := there.towns[t]).population >= LARGE_FOREIGN_CITY
        and (fold_name(town.name) == folded or (town.population >= WORLD_CITY and _distinctive(folded)))
        for t in there.names.get(folded) or ()
    )


def _distinctive(folded: str) -> bool:
    """Whether another name of a world city is long enough, or of another script than Latin, to
    be that city's ('Москва', 'Milano'); short Latin ones are many cities' ('Sama', 'Tana')."""
    return len(folded) >= 6 or not folded.isascii()


def _countries_naming(name: str, alpha2: str) -> list[str]:
    """The other countries with a shipped or built gazetteer that have a town of this exact
    name ('Kharkiv' typed with --country AL is in UA), the one with the largest such town
    first: a refusal's "give --country" names it ('Tripoli' named Greece, the first in the
    alphabet, before Libya)."""
    key = fold_name(name)
    found = countries_with_town(key, exclude=alpha2)
    if len(found) < 2:
        return found

    def largest(country: str) -> int:
        towns = load_gazetteer(country)
        return max((towns.towns[t].population for t in towns.names.get(key) or ()), default=0)

    return sorted(found, key=lambda country: (-largest(country), country))


def _countries_said(found_in: list[str]) -> str:
    """'Libya (LY), Lebanon (LB) and Greece (GR)'; past four, 'and N more'."""
    said = [f"{resolve_country(c).name} ({c})" for c in found_in[:4]]
    if len(found_in) > 4:
        said.append(f"{len(found_in) - 4} more")
    return ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]


def _suggestions(text: str, gazetteer: Gazetteer, within: str | None) -> str:
    from rapidfuzz import fuzz, process  # heavy: only when nothing matched

    folded = fold_name(text)
    names: list[str] = []
    for key, _score, _ in process.extract(folded, list(gazetteer.names), scorer=fuzz.WRatio, limit=30):
        for t in gazetteer.names[key]:
            town = gazetteer.towns[t]
            if (within is None or town.region == within) and town.name not in names:
                names.append(town.name)
    return "closest: " + ", ".join(names[:3]) if names else ""
