"""The provider record: its fields, their types, and conversion from and to plain values."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import math
import operator
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any, Literal

from .dates import YEAR_WORD, full_year, named_month_date
from .errors import InputError
from .languages import is_language_code
from .locating import (
    STREET_WORDS,
    Locator,
    point_numbers,
    search_forms,
    spelled_in,
    town_glued_in,
    words_with_town_glued,
)
from .taxonomy import is_need_code, split_words

#: 2: each provider record carries `revision` (files of version 1 read as revision 0).
SCHEMA_VERSION = 2

STATUSES = ("active", "inactive", "temporarily_closed")
SEXES = ("female", "male", "other")
EXPLOITATION_TYPES = (
    "sexual",
    "labour",
    "begging",
    "criminality",
    "domestic_servitude",
    "forced_marriage",
    "organ_removal",
)
ORGANIZATION_TYPES = (
    "ngo",
    "government",
    "international",
    "health_facility",
    "legal_aid",
    "community",
    "private",
    "faith_based",
    "other",
)

CoverageKind = Literal["national", "regions", "radius"]

#: The fields that give a confidential shelter's location away; they never leave the file.
CONFIDENTIAL_FIELDS = ("address", "latitude", "longitude")
#: Keys of `extra` that hold what locates a confidential shelter (an HSDS import's location
#: details, svcmatch/hsds/aside.py): withheld wherever CONFIDENTIAL_FIELDS are.
CONFIDENTIAL_EXTRA_KEYS = ("hsds_location",)
#: The key of `extra` where an HSDS import keeps the rest of a record (hsds.aside.KEY).
HSDS_KEY = "hsds"


def pack_json(value: Mapping[str, Any]) -> str:
    """Compact JSON, deflated and in base64: how an import keeps material aside in `extra` (a
    third of the size on real feeds: the file loads faster); `unpack_json` reads it back."""
    import base64  # lazy: about 0.6 ms of every start, for material an import keeps aside only

    data = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    return base64.b64encode(zlib.compress(data, 9)).decode("ascii")


#: The most that material kept aside may unpack to: what one import may read whole
#: (fileio.MAX_INPUT_BYTES). A value written by hand (`add --json`, an `extra` cell) could unpack
#: a thousandfold: 540 KB to 400 MB, which took 860 MB of memory and 72 s for one edit.
MOST_KEPT_BYTES = 50 * 1024 * 1024


def unpack_json(value: Any) -> dict[str, Any]:
    """Material kept aside as objects: `pack_json`'s text, JSON text, or objects as older files
    hold them; {} for anything else (`kept_problem` says what)."""
    unpacked = _unpacked(value)
    return unpacked if isinstance(unpacked, dict) else {}


def kept_problem(value: Any) -> str | None:
    """Why `value` is no material an import keeps aside (a text that does not unpack to an
    object within MOST_KEPT_BYTES, or is nested too deeply to read); None when it is one."""
    unpacked = _unpacked(value)
    return unpacked if isinstance(unpacked, str) else None


def _unpacked(value: Any) -> dict[str, Any] | str:
    if isinstance(value, Mapping):
        return dict(value)
    if not isinstance(value, str):
        return f"is {type(value).__name__}, not a text"
    try:
        if value.startswith("{"):
            text = value
        else:
            import base64  # lazy: as in pack_json

            inflater = zlib.decompressobj()
            data = inflater.decompress(base64.b64decode(value), MOST_KEPT_BYTES)
            if inflater.unconsumed_tail:
                return f"unpacks to more than {MOST_KEPT_BYTES // (1024 * 1024)} MiB"
            text = data.decode("utf-8")
        unpacked = json.loads(text)
    except RecursionError:
        return "is nested too deeply to read"
    except (ValueError, zlib.error):
        return "is neither packed nor JSON text"
    return dict(unpacked) if isinstance(unpacked, Mapping) else "holds no JSON object"


def own_extra(extra: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of `extra` that are someone's own (`add --json`, a spreadsheet's extra cell), not
    what an HSDS import keeps aside."""
    return {k: v for k, v in extra.items() if k != HSDS_KEY and k not in CONFIDENTIAL_EXTRA_KEYS}


def public_extra(extra: Mapping[str, Any]) -> dict[str, Any]:
    """`extra` without what locates a confidential shelter: only what an HSDS import kept of the
    service (`extra["hsds"]`, packed; an import of before the split kept the location inside it
    as objects: that whole key is left out then). Every other key is someone's own (`add
    --json`, a spreadsheet's extra cell) and may hold anything, a postal code or a GPS point:
    it is withheld like the address."""
    value = extra.get(HSDS_KEY)
    return {HSDS_KEY: value} if isinstance(value, str) else {}


@dataclass(frozen=True, slots=True)
class Coverage:
    """Where a provider serves people: the whole country, a list of regions, or a radius."""

    kind: CoverageKind = "regions"
    regions: tuple[str, ...] = ()
    km: float | None = None

    def to_text(self) -> str:
        """The spreadsheet form: 'national', 'radius:40' or 'AL-01|AL-11'."""
        if self.kind == "national":
            return "national"
        if self.kind == "radius":
            km = number_text(self.km or 0)
            # 1.125 km as '1.1250': '1.125' is refused as maybe 1125 km (`refuse_thousands`), and
            # an export of a 1.125 km radius was refused by the import it was made for
            return f"radius:{km}0" if re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", km) else f"radius:{km}"
        return "|".join(self.regions)

    def to_record(self) -> dict[str, Any]:
        if self.kind == "national":
            return {"kind": "national"}
        if self.kind == "radius":
            return {"kind": "radius", "km": self.km}
        return {"kind": "regions", "regions": list(self.regions)}


@dataclass(frozen=True, slots=True, repr=False, eq=False)  # (those three are written below)
class Provider:
    """One service point of one organisation, as kept in a country's directory file.

    Empty `sexes`, `exploitation_types` mean "no restriction"; empty `coverage.regions`
    with kind "regions" means the provider's own region.
    """

    id: str
    name: str
    organization_type: str = ""
    categories: tuple[str, ...] = ()
    city: str = ""
    address: str = ""
    region: str = ""
    latitude: float | None = None
    longitude: float | None = None
    coordinates_approximate: bool = False
    coverage: Coverage = field(default_factory=Coverage)
    outreach: bool = False
    sexes: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    unaccompanied_minors: bool = False
    accompanying_children: bool = False
    vot_specialised: bool = False
    official_status_required: bool = False
    exploitation_types: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    disability_access: bool = False
    phone: str = ""
    email: str = ""
    website: str = ""
    focal_point: str = ""
    capacity_available: int | None = None
    capacity_updated: dt.date | None = None
    status: str = "active"
    verified_on: dt.date | None = None
    verified_by: str = ""
    confidential_address: bool = False
    documents_required: tuple[str, ...] = ()
    how_to_refer: str = ""
    notes: str = ""
    #: Data from other formats (e.g. HSDS) with no field here, kept so that nothing is lost.
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def covered_regions(self) -> tuple[str, ...]:
        """Regions a "regions" coverage names, the provider's own region when none are named."""
        if self.coverage.regions:
            return self.coverage.regions
        return (self.region,) if self.region else ()

    def serves_sex(self, sex: str | None) -> bool:
        return not self.sexes or sex is None or sex in self.sexes

    def to_record(self) -> dict[str, Any]:
        """The JSON document stored in the directory file (all fields, stable types).

        Every field's value is taken in one call (`_ALL_FIELDS`); only the fields whose values
        are not JSON's own (tuples, the coverage, dates, extra) are converted one by one, and
        any other field only when it holds something else (run for every record of a write)."""
        record = dict(zip(FIELD_NAMES, _ALL_FIELDS(self), strict=True))
        for name in _CONVERTED_FIELDS:
            record[name] = _to_plain(record[name])
        if not {*map(type, _PLAIN_FIELDS(self))} <= _PLAIN_TYPES:
            record = {name: _to_plain(value) for name, value in record.items()}
        return record

    def with_changes(self, **changes: Any) -> Provider:
        """A copy with some fields changed: dataclasses.replace, without its cost (it builds
        the arguments of __init__ field by field: a third of an import's new ids)."""
        unknown = changes.keys() - _FIELD_SET
        if unknown:
            raise TypeError(f"Provider has no field {sorted(unknown)[0]!r}")
        new = object.__new__(Provider)
        values = map(changes.get, FIELD_NAMES, _ALL_FIELDS(self))
        any(map(_set_field, itertools.repeat(new), FIELD_NAMES, values))  # see build_provider
        return new

    # __repr__, __eq__ and __hash__ as @dataclass writes them (the fields in order, compared and
    # hashed as one tuple), written here: @dataclass compiles its methods from source at every
    # start, which for 36 fields took about 1% of a cold `match` (docs/benchmarks.md, thirteenth
    # pass). tests/test_model.py holds them to the dataclass's own, but for a confidential
    # shelter's repr, which withholds its place (fifteenth adversarial pass).
    def __repr__(self) -> str:
        """The record as a script prints or logs it (a traceback's values, a notebook): a
        confidential shelter as outputs show it, its address, town, point and where an import
        kept them withheld (the dataclass's repr gave them all); the fields themselves stay the
        script's to use."""
        values = dict(zip(FIELD_NAMES, _ALL_FIELDS(self), strict=True))
        if self.confidential_address:
            from .privacy import WITHHELD, public_provider  # a cycle: privacy builds on this module

            try:
                values.update(zip(FIELD_NAMES, _ALL_FIELDS(public_provider(self)), strict=True))
            except (ValueError, OverflowError):  # a point built off the earth (NaN): no cell to judge by
                values.update(dict.fromkeys(("extra", *LOCATABLE_TEXTS), WITHHELD))
            values["coordinates_approximate"] = WITHHELD  # True says: the point is the town's
            for name in ("address", "city", "latitude", "longitude"):
                values[name] = WITHHELD if getattr(self, name) not in ("", None) else getattr(self, name)
        shown = ", ".join(f"{name}={value!r}" for name, value in values.items())
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(_ALL_FIELDS(self) == _ALL_FIELDS(other))

    def __hash__(self) -> int:
        return hash(_ALL_FIELDS(self))

    def public_view(self) -> Provider:
        """What matching may know of a confidential shelter: no address, and its location moved
        to the centre of its ~11 km cell (`public_location`), so that no number of distances,
        --max-km limits or radius tests from any number of places narrows it down further."""
        if not self.confidential_address:
            return self
        shown = withhold_in_texts(self)  # a note or how_to_refer that gives the address
        if self.latitude is None or self.longitude is None:
            return replace(shown, address="")
        latitude, longitude = public_location(self.latitude, self.longitude)
        return replace(shown, address="", latitude=latitude, longitude=longitude)


#: The free texts of a record that outputs show of a confidential shelter, where a person may
#: have written its address or town ("ring at Rruga ... 7", "the only shelter in Orosh"). Its
#: name is among them: "Women's Shelter Orosh" in every output named the village whose name
#: outputs withhold (a name that holds its town is refused at the door, like a note).
LOCATABLE_TEXT_FIELDS = (
    "name",
    "notes",
    "how_to_refer",
    "documents_required",
    "focal_point",
    "organization_type",
    "verified_by",
)


#: A confidential shelter's contact links, searched for its place as a name is (its town, its
#: point, its street address with its number) and shown with it withheld: every output gives
#: them, and `orosh.safehouse@example.org` or `orosh-shelter.example.org` named the village
#: that outputs withhold everywhere else (twelfth adversarial pass; the website was searched
#: for the point and the street address only, the e-mail for nothing).
LOCATABLE_LINKS = ("website", "email")
#: Every text of a record that outputs show of a confidential shelter with its place withheld.
LOCATABLE_TEXTS = (*LOCATABLE_TEXT_FIELDS, *LOCATABLE_LINKS)
#: A confidential shelter's codes and phone, as a file written by hand or by another tool may
#: hold them with its town ("moved to Orosh" as its status, "Orosh" among its languages, a
#: phone "(Orosh office)"): every door refuses such values, but `list`, `show`, `stats`,
#: `validate`, `match`, the package and every export printed them (seventeenth adversarial
#: pass). Searched for its town and street address, never its point (a phone's digits are no
#: coordinates).
LOCATABLE_VALUES = ("status", "categories", "sexes", "languages", "exploitation_types", "phone")


def place_searched(field: str, address: str, city: str) -> tuple[str, str]:
    """The (address, town) that a confidential shelter's free text `field` is searched for, its
    point always: a name, a website and an e-mail its town, not its street's words ('Example
    Road' beside 'Example Shelter', a slug 'example-road'); any other text both."""
    return ("", city) if field in ("name", *LOCATABLE_LINKS) else (address, city)


#: The texts searched for the town glued to a word too (`locating.town_glued_in`): mailbox and
#: host names glue their words ('oroshsafehouse@'), and names do in CamelCase ('OroshHouse').
GLUED_TOWN_FIELDS = ("name", "website", "email")


#: What a text shows in place of the address or town it held.
WITHHELD_IN_TEXT = "(withheld)"


#: A point as a text may give it: (latitude, longitude), or None.
Point = tuple[float, float] | None


def point_of(record: Provider | Mapping[str, Any]) -> Point:
    """A provider's (or a stored record's) point, for the patterns below; None without one."""
    if isinstance(record, Provider):
        latitude, longitude = record.latitude, record.longitude
    else:
        latitude, longitude = record.get("latitude"), record.get("longitude")
    if isinstance(latitude, (int, float)) and isinstance(longitude, (int, float)):
        return float(latitude), float(longitude)
    return None


def town_country(record: Provider | Mapping[str, Any]) -> str:
    """The country of a provider's (or a stored record's) town, from its region code ("AL-09"
    -> "AL"); "" without one. Its town's other names are those of that country's gazetteer
    (`locating`)."""
    region = record.region if isinstance(record, Provider) else record.get("region")
    if isinstance(region, str) and len(region) > 3 and region[2] == "-" and region[:2].isalpha():
        return region[:2].upper()
    return ""


def locating_pattern(address: str, city: str, point: Point = None, country: str = "") -> Locator | None:
    """What finds a confidential shelter's address (at least 4 characters, any spacing),
    town (at least 3, a whole word), in any case, and its point (`point_parts`), and each in any
    other spelling (locating.Locator; the town's other names in `country`'s gazetteer, every
    country's when it is ""); None when it has none of them."""
    parts = locating_parts(address, city, point, country)
    if not parts:
        return None
    exact = _either(tuple(part.exact.pattern for part in parts if part.exact is not None))
    return Locator(exact, address, city, point, country)


def locating_parts(address: str, city: str, point: Point = None, country: str = "") -> tuple[Locator, ...]:
    """The parts of `locating_pattern`, each of its own: a text holds the address, town or
    point when one of them finds it (the last finds them in any other spelling). An import asks
    for every confidential row, and the parts repeat (a town, a street) where the pair does
    not: each is compiled once."""
    parts = (_locating_part(address, 4), _locating_part(city, 3))
    found = tuple(part for part in parts if part is not None)
    exact = found + point_parts(*point) if point is not None else found
    return _locators(exact, address, city, point, country) if exact else ()


@functools.lru_cache(maxsize=8192)
def _locators(
    exact: tuple[re.Pattern[str], ...], address: str, city: str, point: Point, country: str
) -> tuple[Locator, ...]:
    return (*(Locator(part, "", "", None) for part in exact), Locator(None, address, city, point, country))


def has_locating_parts(address: str, city: str, point: Point = None) -> bool:
    """Whether `locating_parts` would find any part (without compiling a pattern)."""
    return point is not None or _long_enough(address, 4) or _long_enough(city, 3)


def gives_location(text: str, address: str, city: str, point: Point = None, country: str = "") -> bool:
    """Whether `text` holds the address, town (of `country`) or point: what one of
    `locating_parts` finds.
    The point is looked for by `point_in_text`, which compiles nothing: an import asks this of
    every confidential row's texts, and each row has a point of its own."""
    if not text:
        return False  # no part finds anything in an empty text (each needs a character)
    for name, least in ((address, 4), (city, 3)):
        # compiled and asked only where the text may hold the name (most texts: it cannot)
        part = _locating_part(name, least) if _long_enough(name, least) and _may_hold(text, name) else None
        if part is not None and part.search(text):
            return True
    if point is not None and point_in_text(text, *point):
        return True
    return spelled_in(text, address, city, point, country)  # in another spelling ('Oroshi', '41º50')


@functools.lru_cache(maxsize=8192)
def point_parts(latitude: float, longitude: float) -> tuple[re.Pattern[str], ...]:
    """Patterns of a point written in a text, coordinate by coordinate, to about 1 km or finer:
    decimal degrees with two decimals or more (41.83, 41,8341 or 41.834 for 41.83412, cut or
    rounded, as a map link or a GPS note has them) and degrees with minutes (41°50')."""
    parts: list[re.Pattern[str]] = []
    for value in (latitude, longitude):
        size = abs(value)
        hundredths = {math.floor(size * 100), round(size * 100)}
        for whole, decimals in sorted(divmod(number, 100) for number in hundredths):
            parts.append(re.compile(rf"(?<![\d.]){whole}[.,]{decimals:02d}\d*"))
        minutes = {math.floor(size * 60), round(size * 60)}
        for degrees, minute in sorted(divmod(number, 60) for number in minutes):
            parts.append(re.compile(rf"(?<!\d){degrees}\s*°\s*0?{minute}(?!\d)"))
    return tuple(parts)


#: Every decimal number a text holds, as (whole part, the first two decimals), and every
#: degrees-with-minutes, as (degrees, minutes): what `point_parts` look for, found in one pass.
#: Each match takes only its first digits, so that the next may start at its decimals ("1,41,83").
_DECIMAL_NUMBERS = re.compile(r"(?<![\d.])(\d+)(?=[.,](\d\d))")
#: (_DEGREES_MINUTES: a text that `re` compiles on first use, as a cold `match` does not use it.)
_DEGREES_MINUTES = r"(?<!\d)(\d+)(?=\s*°\s*(\d+))"


def point_in_text(text: str, latitude: float, longitude: float) -> bool:
    """Whether one of `point_parts(latitude, longitude)` finds something in `text`, without
    compiling them: the numbers of the text are compared with the point's hundredths and
    minutes (a test holds the two to each other). A part's digits are ASCII, while a pattern's
    digit class also takes other scripts' digits: those are found as numbers here and equal none."""
    if "," not in text and "." not in text and "°" not in text:
        return False  # each part needs one of them
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return False  # no text gives it (and point_parts cannot be made of it)
    decimals, minutes = point_numbers(latitude, longitude)
    if any(found in decimals for found in _DECIMAL_NUMBERS.findall(text)):
        return True
    return "°" in text and any(found in minutes for found in re.findall(_DEGREES_MINUTES, text))


def _long_enough(text: str, least: int) -> bool:
    """Whether `_locating_part(text, least)` is a pattern (not None)."""
    return len("".join(text.split())) >= least


def _may_hold(text: str, name: str) -> bool:
    """False where `_locating_part(name, ...)` cannot find anything in `text`, without
    compiling it: both ASCII, and a word of the name not in the text in any case (the pattern
    matches each word, case-insensitively, and in ASCII text an ASCII letter matches only its
    two cases). True otherwise (any other script: the pattern is asked)."""
    if not (text.isascii() and name.isascii()):
        return True
    lowered = text.lower()
    return all(word in lowered for word in name.lower().split())


@functools.lru_cache(maxsize=8192)
def _locating_part(text: str, least: int) -> re.Pattern[str] | None:
    words = text.split()
    if len("".join(words)) < least:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _either(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


def withheld_in_text(text: str, address: str, city: str, point: Point = None, country: str = "") -> str:
    """The text with the address, town and point written WITHHELD_IN_TEXT, as
    `locating_pattern` withholds them; the pattern of them all (compiled for each pair, which an
    import's history meets once per confidential record) is asked only of a text where one is."""
    if not gives_location(text, address, city, point, country):
        return text  # the pattern would find nothing (either is found where one part is)
    locator = locating_pattern(address, city, point, country)
    return locator.sub(WITHHELD_IN_TEXT, text) if locator else text


def withhold_in_value(value: Any, pattern: Locator) -> Any:
    """`value` (text, or lists and objects of them) with every match of `pattern` withheld."""
    if isinstance(value, str):
        return pattern.sub(WITHHELD_IN_TEXT, value)
    if isinstance(value, Mapping):
        return {key: withhold_in_value(item, pattern) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(withhold_in_value(item, pattern) for item in value)
    return value


def gives_place_in(
    field: str, text: str, address: str, city: str, point: Point = None, country: str = ""
) -> bool:
    """Whether a confidential shelter's text `field` gives its place: what `place_searched`
    searches the field for, and in a website or a name its street address too
    (`link_gives_address`)."""
    searched_address, searched_city = place_searched(field, address, city)
    return (
        gives_location(text, searched_address, searched_city, point, country)
        or (field in ADDRESS_IN_A_ROW and link_gives_address(text, address))
        or (field in GLUED_TOWN_FIELDS and town_glued_in(text, city, country))
        or any(town_glued_in(link, city, country) for link in _links_in(field, text))
        or bool(_glued_words(field, text, city, country))
    )


#: A web or e-mail address inside a free text ('see oroshhouse.org', 'arta@oroshcare.al').
_LINK_IN_TEXT = re.compile(
    r"[^\s<>()\[\]\"',;]*(?:@|://|www\.|\.[a-z]{2,}\b)[^\s<>()\[\]\"',;]*", re.IGNORECASE
)


def _links_in(field: str, text: str) -> list[str]:
    """The web and e-mail addresses that a free text (not a link or a name, searched whole)
    holds, searched for the town glued to a word as a link is."""
    if field in GLUED_TOWN_FIELDS or ("." not in text and "@" not in text):
        return []
    return _LINK_IN_TEXT.findall(text)


def _glued_words(field: str, text: str, city: str, country: str) -> list[str]:
    """The words of a free text (not a link or a name, searched whole) that begin or end with
    the town glued to another word ('Ask for the OroshHouse desk', 'ring at oroshhouse'), as a
    name's are looked for (fourteenth adversarial pass: a free text was searched for the town
    as a word only, and in the links it holds)."""
    if field in GLUED_TOWN_FIELDS or len("".join(city.split())) < 5:
        return []
    # a word as written, its marks and joiners in it (a CamelCase name is one word)
    return words_with_town_glued(text, city, country)


def _own_code(field: str, value: str) -> bool:
    """Whether a value of LOCATABLE_VALUES is one of its field's codes, which name no place
    even where a town is spelt like one: a shelter in Malé that takes men (`male`) was matched
    as one that serves nobody, its sexes withheld."""
    code = value.strip().lower()
    if field == "languages":
        return is_language_code(code)
    if field == "categories":
        return is_need_code(code)
    codes = {"status": STATUSES, "sexes": (*SEXES, "any"), "exploitation_types": (*EXPLOITATION_TYPES, "any")}
    return code in codes.get(field, ())


def withheld_place_in(
    field: str, text: str, address: str, city: str, point: Point = None, country: str = ""
) -> str:
    """The text of `field` as an output may show it (`gives_place_in`'s rule): a website or a
    name that gives the street address is withheld whole."""
    if field in ADDRESS_IN_A_ROW and link_gives_address(text, address):
        return WITHHELD_IN_TEXT
    if field in LOCATABLE_VALUES:
        if _own_code(field, text):  # 'male' of a shelter in Malé, 'bo' (Tibetan) in Bo: no place
            return text
        point = None
    searched_address, searched_city = place_searched(field, address, city)
    shown = withheld_in_text(text, searched_address, searched_city, point, country)
    if field in GLUED_TOWN_FIELDS and town_glued_in(shown, city, country):
        return WITHHELD_IN_TEXT  # glued to a word, or in an IDN host: not to be cut out
    for link in _links_in(field, shown):  # a link inside a note: that link withheld
        if town_glued_in(link, city, country):
            shown = shown.replace(link, WITHHELD_IN_TEXT)
    for word in _glued_words(field, shown, city, country):  # 'the OroshHouse desk': that word
        shown = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", WITHHELD_IN_TEXT, shown)
    return shown


_LINK_WORDS = re.compile(r"[^\W_]+")
#: The texts searched for the street address's number and name one after the other, whatever
#: stands around them: a map link (`?q=Rruga+Zzsecret+77`), and a name ("Hope Refuge Zzsecret
#: 77"), which is not searched for the street's words alone (a shelter may be named like its
#: street) but gave the whole address, number and all, in every output (eleventh pass).
ADDRESS_IN_A_ROW = ("website", "name", "email")


def link_gives_address(link: str, address: str) -> bool:
    """Whether a web address (or a name) gives a street address (a map link `?q=Rruga+Zzsecret+77`): the
    address's words, without its kind of street (locating.STREET_WORDS) and abbreviations of
    three letters or fewer ('rr.', 'вул.'), one after the other in the link, in any order, in any
    search form (%-escapes read). An address without a number and a word is never looked for:
    a slug with the street's name alone ('example-road') gives no address."""
    if not link or not address:
        return False
    for address_form in search_forms(address):
        core = sorted(_address_words(address_form))
        if not any(w.isdigit() for w in core) or all(w.isdigit() for w in core):
            continue
        for form in search_forms(link):
            words = _address_words(form)
            if any(sorted(words[i : i + len(core)]) == core for i in range(len(words) - len(core) + 1)):
                return True
    return False


def _address_words(form: str) -> list[str]:
    return [
        word
        for word in _LINK_WORDS.findall(form)
        if word not in STREET_WORDS and not (word.isalpha() and len(word) <= 3)
    ]


def withhold_in_texts(provider: Provider) -> Provider:
    """A confidential shelter with its address, town and point written WITHHELD_IN_TEXT
    wherever a free text (LOCATABLE_TEXT_FIELDS) holds them, and its point or street address in
    its website (a map link); anyone else as is."""
    point = point_of(provider)
    if not provider.confidential_address or not has_locating_parts(provider.address, provider.city, point):
        return provider
    changes: dict[str, Any] = {}
    country = town_country(provider)
    address, city = provider.address, provider.city
    for name in (*LOCATABLE_TEXTS, *LOCATABLE_VALUES):
        value = getattr(provider, name)
        if not value:
            continue  # "" or (): nothing to withhold (most of a record's texts)
        if isinstance(value, tuple):
            withheld: Any = tuple(
                withheld_place_in(name, item, address, city, point, country) for item in value
            )
        else:
            withheld = withheld_place_in(name, value, address, city, point, country)
        if withheld != value:
            changes[name] = withheld
    return replace(provider, **changes) if changes else provider


def public_views(providers: Iterable[Provider]) -> list[Provider]:
    """Each provider's `public_view`, for a directory's every record at once: the towns of its
    confidential shelters are counted first, so that a country with more of them than a
    `match`'s few has its gazetteer's other names of towns read in one go
    (`cell_place.expect_towns`)."""
    records = list(providers)
    towns: dict[str, set[str]] = {}
    for record in records:
        if record.confidential_address and record.city:
            towns.setdefault(town_country(record), set()).add(record.city)
    if towns:
        from .cell_place import expect_towns  # lazy: it reads geo, which imports us

        for country, cities in towns.items():
            if len(country) == 2:
                expect_towns(country, len(cities))
    return [record.public_view() for record in records]


#: Side of the cells that hide a confidential shelter's location, in degrees of latitude (11 km).
CONFIDENTIAL_CELL_DEG = 0.1


def public_location(latitude: float, longitude: float) -> tuple[float, float]:
    """The centre of the cell (0.1 degree of latitude high, about as wide) holding a point."""
    row = math.floor(latitude / CONFIDENTIAL_CELL_DEG)
    centre_lat = (row + 0.5) * CONFIDENTIAL_CELL_DEG
    lon_step = CONFIDENTIAL_CELL_DEG / max(math.cos(math.radians(centre_lat)), 0.05)
    centre_lon = (math.floor(longitude / lon_step) + 0.5) * lon_step
    return round(centre_lat, 6), round(centre_lon, 6)


def _to_plain(value: Any) -> Any:
    if type(value) in _PLAIN_TYPES:  # most fields: no conversion (checked first, per field per write)
        return value
    if isinstance(value, Coverage):
        return value.to_record()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return dict(value)
    return value


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})
_set_field = object.__setattr__  # how a frozen dataclass's own __init__ sets its fields


def build_provider(values: Mapping[str, Any]) -> Provider:
    """`Provider(**values)`, at half its cost (its __init__ binds 36 keyword arguments and sets
    each field through a global look-up: 12 us a record, paid by every row an import reads and
    every record a directory file holds). The same record, and the same TypeError for a
    missing or unknown field (which Provider itself then raises)."""
    if "id" not in values or "name" not in values or not _FIELD_SET.issuperset(values):
        return Provider(**values)
    new = object.__new__(Provider)
    # map() sets every field in one C loop; any() runs it (each call returns None)
    any(map(_set_field, itertools.repeat(new), FIELD_NAMES, map(values.get, FIELD_NAMES, _DEFAULTS)))
    if "extra" not in values:
        _set_field(new, "extra", {})  # a dict of its own, as the field's default_factory makes
    return new


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Provider))
_FIELD_SET = frozenset(FIELD_NAMES)  # membership tests run per field of every record read
#: The fields `to_record` converts (their types are not JSON's), and getters of every value and
#: of the others' (which are checked to be plain).
_CONVERTED_FIELDS = tuple(
    f.name for f in fields(Provider) if f.type.startswith(("tuple", "Coverage", "dt.date", "Mapping"))
)
_ALL_FIELDS = operator.attrgetter(*FIELD_NAMES)
_PLAIN_FIELDS = operator.attrgetter(*(name for name in FIELD_NAMES if name not in _CONVERTED_FIELDS))
#: Each field's default, for `build_provider` (the default factories' values are immutable but
#: for extra's dict, which build_provider makes for each record).
_DEFAULTS = tuple(
    f.default_factory() if f.default_factory is not MISSING else None if f.default is MISSING else f.default
    for f in fields(Provider)
)

#: The spreadsheet template's columns, in order (issue 2); every one maps to a field.
TEMPLATE_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "organization_type",
    "categories",
    "city",
    "address",
    "region",
    "latitude",
    "longitude",
    "coverage",
    "sexes",
    "min_age",
    "max_age",
    "unaccompanied_minors",
    "accompanying_children",
    "vot_specialised",
    "official_status_required",
    "exploitation_types",
    "languages",
    "disability_access",
    "phone",
    "email",
    "website",
    "focal_point",
    "capacity_available",
    "capacity_updated",
    "status",
    "verified_on",
    "verified_by",
    "confidential_address",
    "notes",
)

BOOL_FIELDS = frozenset(
    {
        "coordinates_approximate",
        "outreach",
        "unaccompanied_minors",
        "accompanying_children",
        "vot_specialised",
        "official_status_required",
        "disability_access",
        "confidential_address",
    }
)
LIST_FIELDS = frozenset({"categories", "sexes", "exploitation_types", "languages", "documents_required"})
INT_FIELDS = frozenset({"min_age", "max_age", "capacity_available"})
FLOAT_FIELDS = frozenset({"latitude", "longitude"})
DATE_FIELDS = frozenset({"capacity_updated", "verified_on"})
#: The fields of plain text: `coerce_field` reads a cell of one as the cell without its spaces.
TEXT_FIELDS = (
    _FIELD_SET
    - BOOL_FIELDS
    - LIST_FIELDS
    - INT_FIELDS
    - FLOAT_FIELDS
    - DATE_FIELDS
    - {
        "coverage",
        "extra",
        "region",
        "status",
    }
)

_TRUE = {"yes", "y", "true", "t", "1"}
_FALSE = {"no", "n", "false", "f", "0"}
#: Yes and no in the languages of the offices and the sending countries (French, Albanian,
#: Ukrainian, Russian, Arabic, Italian, Spanish, Greek, Portuguese, German, Polish; Tagalog,
#: Vietnamese and Amharic since the ninth office pass: a Philippine sheet's 'oo' was refused;
#: Indonesian, Thai, Hausa, Uzbek and Bengali since the tenth: 'ya', 'tidak'; Nepali, Dari,
#: Pashto and Burmese since the eleventh: 'हो', 'بلی', 'ဟုတ်'), and the
#: words a localised Excel writes for a boolean cell in a CSV (VRAI, WAHR, ИСТИНА, ...): read
#: as translations, which the import says (`bool_translation`).
_TRUE_WORDS = {
    "oui", "vrai", "po", "e vertete", "e vërtetë", "так", "правда", "да", "истина", "نعم", "صحيح",
    "si", "sì", "sí", "vero", "verdadero", "ναι", "αληθές", "sim", "verdadeiro", "ja", "wahr",
    "tak", "prawda", "oo", "opo", "có", "አዎ",
    "ya", "benar", "ใช่", "na'am", "ha", "ҳа", "হ্যাঁ", "হাঁ",  # tenth office pass: id, th, ha, uz, bn
    "हो", "छ", "بلی", "بله", "هو", "ဟုတ်", "ဟုတ်ကဲ့", "ရှိ",  # eleventh: ne, fa/prs, ps, my
}  # fmt: skip
_FALSE_WORDS = {
    "non", "faux", "jo", "e gabuar", "ні", "хибність", "нет", "ложь", "لا", "خطأ", "falso", "όχι",
    "οχι", "ψευδές", "não", "nao", "nein", "falsch", "nie", "fałsz", "hindi", "không", "አይደለም",
    "tidak", "salah", "ไม่", "ไม่ใช่", "a'a", "yo'q", "yoʻq", "yo‘q", "йўқ", "না",
    "होइन", "छैन", "نخیر", "نه", "မဟုတ်", "မရှိ",
}  # fmt: skip


def bool_translation(text: Any) -> bool | None:
    """True or False for a yes or no in another language than English (`_TRUE_WORDS`), else
    None (English, a bool, or no yes or no at all)."""
    if isinstance(text, bool):
        return None
    folded = str(text).strip().casefold()
    return True if folded in _TRUE_WORDS else False if folded in _FALSE_WORDS else None


def parse_bool(text: str | bool, what: str = "value") -> bool:
    if isinstance(text, bool):
        return text
    folded = str(text).strip().casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    translated = bool_translation(folded)
    if translated is not None:
        return translated
    raise InputError(f"{what}: {quoted(text)} is not yes or no", "write yes/no, true/false, y/n or 1/0")


#: What parse_int and parse_float take (texts that `re` compiles on first use and keeps in its
#: cache, as the other patterns here that a cold `match` does not use: an import reads two
#: numbers a row).
_INTEGER = r"[+-]?\d{1,9}"
#: The first whole number with more digits than `_INTEGER` reads.
_MOST_WHOLE = 10**9
_DECIMAL = r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?"


def refuse_other_digits(text: Any, what: str) -> None:
    """Refuse a number or date written in another script's digits (٣٠, ３０, ३०): `\\d`, int()
    and float() read each as its number, so `--age ٣٠` was 30 and `--today 2026-12-0７` the 7th
    without a word (twentieth adversarial pass). The fix gives the same text in 0-9."""
    if not isinstance(text, str) or text.isascii():
        return
    if not any(ch.isdecimal() and not ch.isascii() for ch in text):
        return
    cleaned = text.strip()
    plain = "".join(str(int(ch)) if ch.isdecimal() else ch for ch in cleaned)
    shown = quoted(cleaned)
    raise InputError(
        f"{what}: {shown} is written in another script's digits", f"write it in the digits 0-9: {plain}"
    )


def parse_int(text: str | int, what: str = "value", minimum: int = 0) -> int:
    refuse_other_digits(text, what)
    if isinstance(text, bool):
        raise InputError(f"{what}: {quoted(text)} is not a whole number", "write a number such as 18")
    if isinstance(text, int):
        value = text
        if abs(value) >= _MOST_WHOLE:  # a JSON number held to a cell's rule (twelfth adversarial pass:
            # add --json stored 10**20 free places, where the same digits in a cell are refused)
            raise InputError(f"{what}: {quoted(text)} is not a whole number", "write a number such as 18")
    else:
        cleaned = str(text).strip()
        if cleaned.endswith((".0", ",0")):
            cleaned = cleaned[:-2]  # spreadsheets write 18 as 18.0 (18,0 in most of Europe)
        if not re.fullmatch(_INTEGER, cleaned):
            raise InputError(f"{what}: {quoted(text)} is not a whole number", _whole_number_fix(cleaned))
        value = int(cleaned)
    if value < minimum:
        raise InputError(f"{what}: {value} is below {minimum}", f"write {minimum} or more")
    return value


#: A whole number with words after it, as exports write it: '17 years', '2 kids', '17y'.
_NUMBER_WITH_UNIT = r"(\d{1,9})\s*[^\W\d_][\w .]*"


def _whole_number_fix(cleaned: str) -> str:
    """The fix for a text that is no whole number: the number it gives where it gives one with a
    unit ('17 years': "write the number alone: 17"; 'such as 18' was read as the age to write)."""
    found = re.fullmatch(_NUMBER_WITH_UNIT, cleaned)
    if found and re.search(r"\d", cleaned[found.end(1) :]):
        # '16 or 17', '1 boy and 2 girls': the first number is a guess (sixteenth adversarial pass)
        found = None
    return f"write the number alone: {found[1]}" if found else "write a number such as 18"


def refuse_thousands(text: Any, what: str, form: str) -> None:
    """A distance written with a separator and three digits ('1,500', '1.500') is 1500 km in
    English and 1.5 km where a comma is the decimal mark, which `parse_float` reads it as: refused
    naming both (twenty-first adversarial pass: a coverage radius of 1,500 km was stored as 1.5
    km, a batch's max_km the same). `form` writes the fix ('radius:', 'max_km ')."""
    grouped = re.fullmatch(r"\s*([1-9]\d{0,2})[.,](\d{3})\s*", text) if isinstance(text, str) else None
    if grouped:
        whole, small = int(grouped[1] + grouped[2]), f"{grouped[1]}.{grouped[2]}".rstrip("0").rstrip(".")
        raise InputError(
            f"{what} {text.strip()!r} could be {small} km or {whole} km",
            f"write it without a thousands separator: {form}{whole}, or {form}{small}",
        )


def parse_float(text: str | float, what: str = "value") -> float:
    """A decimal number; a decimal comma (41,3275) is read as Excel writes it in Europe."""
    refuse_other_digits(text, what)
    if isinstance(text, bool):
        raise InputError(f"{what}: {quoted(text)} is not a number", "write a decimal number")
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        cleaned = str(text).strip().replace("\u2212", "-")
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        if not re.fullmatch(_DECIMAL, cleaned):
            raise InputError(
                f"{what}: {quoted(text)} is not a number", "write a decimal number such as 41.3275"
            )
        value = float(cleaned)
    if not math.isfinite(value):
        raise InputError(f"{what}: {quoted(text)} is not a finite number", "write a decimal number")
    return value


def day_and_month(
    first: int,
    second: int,
    separator: str,
    shown: str,
    order: str | None = None,
    hint: str = "write it as YYYY-MM-DD",
) -> tuple[int, int]:
    """(day, month) of a date written with both before the year (3/1/2026): by `order` ("dmy"
    or "mdy"), else the one order its numbers allow (dots are written day first wherever they
    are used). Both orders possible (03/12/2026) is an InputError naming them: never a guess."""
    if order is None and separator == ".":
        order = "dmy"
    if order == "mdy" or (order is None and second > 12 and first <= 12):
        return second, first
    if order == "dmy" or first > 12 or first == second:
        return first, second
    raise InputError(f"{shown} could be day {first} of month {second} or day {second} of month {first}", hint)


def both_days_hint(first: int, second: int, year: int, more: str = "") -> str:
    """The fix of a date whose day and month could swap (03/01/2026): the two days it could be,
    as they are written exactly ('write the one meant as YYYY-MM-DD: 2026-01-03 or 2026-03-01'),
    then `more` (', or give --date-order ...')."""
    try:
        days = sorted({dt.date(year, second, first), dt.date(year, first, second)})
    except ValueError:  # (one of them no real day: the numbers allow one order, and this is unused)
        return "write it as YYYY-MM-DD" + more
    return f"write the one meant as YYYY-MM-DD: {' or '.join(d.isoformat() for d in days)}{more}"


#: An ISO date, and the time a timestamp gives after it ('2025-04-03 00:00:00' as pandas or a
#: spreadsheet writes a date cell, '2025-04-03T14:23:06.5+01:00' as HSDS does): only a time.
_ISO_DATE_TIME = (
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


#: A date with dots (03.04.2026), and a time after it as a spreadsheet writes one.
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def dotted_date_reading(text: Any, what: str = "date") -> str | None:
    """How a date with dots whose day and month could swap (03.04.2026) is read, to be said:
    day first, as dots are written wherever they are used (`day_and_month`). It was read so
    without a word at every door but `referral update` (seventeenth adversarial pass). Also a
    date of `other_date_form` (2026-3-1, 2026.03.01, 1. 3. 2026). None for any other text: an
    ISO date, one order possible (15.04.2026), day and month alike."""
    try:
        form = other_date_form(text)
    except InputError:  # 1/3/95: refused where it is read
        return None
    if form is not None:
        year, month, day, how = form
        return f"{what}: read {text.strip()!r} as {year:04d}-{month:02d}-{day:02d} ({DATE_FORM_WORDS[how]})"
    date = swappable_dotted_date(text)
    return None if date is None else f"{what}: read {text.strip()!r} as {date.isoformat()} (dots: day first)"


#: Dates of one reading written other than YYYY-MM-DD or 03.04.2026, read and said (until
#: 2026-12-07 the first was read without a word, the others refused as no date): ISO without
#: its zeros (2026-3-1); year first with dots (2026.03.01, and 2026. 03. 01. as Hungarian
#: offices write it) or with slashes (2026/03/01, as a spreadsheet in an East Asian locale
#: writes it); day first with a space after each dot (1. 3. 2026, as Czech, Slovak, German and
#: Polish offices write it). How each is said: `DATE_FORM_WORDS`.
_DATE_FORMS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), "digits"),
    (re.compile(r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?"), "year_first"),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), "year_slashes"),
    # with the word for year after it too, '01.03.2026 г.' (eighth office pass: refused)
    (re.compile(r"(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})\.?" + YEAR_WORD), "dots"),
    # Vietnamese in words: 'ngày 1 tháng 12 năm 2026' (day 1, month 12, year 2026)
    (re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|,?\s+)(\d{4})", re.I), "words"),
)
_SHORT_YEAR_WORDS = "a two-digit year read as 2000-2029, as spreadsheets read 00-29"
DATE_FORM_WORDS = {
    "digits": "year-month-day",
    "year_first": "dots: year first",
    "year_slashes": "slashes: year first",
    "dots": "dots: day first",
    "words": "ngày, tháng, năm: day, month, year",
    "month_name": "the month's name",
    "month_name_short_year": f"the month's name; {_SHORT_YEAR_WORDS}",
    "short_year": _SHORT_YEAR_WORDS,
    "dots_short_year": f"dots: day first; {_SHORT_YEAR_WORDS}",
    "ethiopian": "the Ethiopian calendar, --calendar ethiopian",
    "thai": "the Thai Buddhist era less 543 years, --calendar thai",
    "solar-hijri": "the Solar Hijri calendar, --calendar solar-hijri",
    # a year that is none of the calendar's, read as the Gregorian one it is
    "ethiopian_gregorian": "YYYY-MM-DD, a Gregorian day, under --calendar ethiopian",
    "thai_gregorian": "a Gregorian year, no year of the Buddhist era, under --calendar thai",
    "solar-hijri_gregorian": (
        "a Gregorian year, no year of the Solar Hijri calendar, under --calendar solar-hijri"
    ),
}
#: A day and month in either order and a year of two digits (1/3/26, 13-03-26, 01.03.26), and a
#: time after it as a spreadsheet writes one ('3/13/26 10:30 AM').
_SHORT_YEAR_DATE = re.compile(
    r"(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?"
)
#: The forms a refused date may be written in, for its fix.
DATE_FORMS_HINT = "write it as YYYY-MM-DD, e.g. 2026-03-01, or with the month's name, 1 March 2026"


def other_date_form(text: Any, order: str | None = None, shown: str = "") -> tuple[int, int, int, str] | None:
    """(year, month, day, how) of a date written in a form of `_DATE_FORMS`, with its month's
    name (1 March 2026, Mar 1, 2026, 1 mars 2026, 1 березня 2026: `dates.named_month_date`) or
    with a two-digit year (01.03.26, day first; 13/3/26 in the one order its numbers allow, or in
    `order`: "dmy" or "mdy"); None for any other text (2026-03-01, 03.04.2026: read as ever;
    1/3/26 without `order`: refused by `parse_date` naming both readings). The date may be no
    real one. A two-digit year past 29 is an InputError (`dates.full_year`), naming `shown` (else
    the text)."""
    cleaned = text.strip() if isinstance(text, str) else ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned) or _DOTTED_DATE.fullmatch(cleaned):
        return None
    for pattern, how in _DATE_FORMS:
        found = pattern.fullmatch(cleaned)
        if found:
            first, second, third = (int(part) for part in found.groups())
            return (third, second, first, how) if how in ("dots", "words") else (first, second, third, how)
    named = named_month_date(cleaned, shown)
    if named is not None:
        year, month, day, short = named
        return year, month, day, "month_name_short_year" if short else "month_name"
    found = _SHORT_YEAR_DATE.fullmatch(cleaned)
    if found is None:
        return None
    before, separator, after, digits = found.groups()
    year = full_year(digits, shown or repr(cleaned))
    order = None if separator == "." else order
    try:
        day, month = day_and_month(int(before), int(after), separator, "", order)
    except InputError:  # 1/3/26: both orders possible
        return None
    return year, month, day, "dots_short_year" if separator == "." else "short_year"


def swappable_dotted_date(text: Any) -> dt.date | None:
    """The date, day first, of a text with dots whose day and month could swap (03.04.2026)."""
    found = _DOTTED_DATE.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    if day == month or day > 12 or month > 12:
        return None
    return dt.date(year, month, day)


def date_or_text(text: Any, what: str) -> dt.date | str:
    """A date given as one (a spreadsheet's date cell), else the text to read, stripped; a text
    in another script's digits is refused (`refuse_other_digits`)."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    refuse_other_digits(text, what)
    return str(text).strip()


def parse_date(text: str | dt.date, what: str = "date") -> dt.date:
    """ISO dates (2026-03-01), also 01.03.2026 (day first) and 13/03/2026, 13-03-2026 or
    03/13/2026 (the one order their numbers allow; 03/12/2026 is refused, see `day_and_month`;
    import reads the hyphen too, and until 2026-12-07 the other doors refused it), and the forms
    of `other_date_form` (2026-3-1, 2026.03.01, 1. 3. 2026, 1 March 2026, 13/3/26), which its
    callers say; a text of none is refused with the forms to write (`DATE_FORMS_HINT`)."""
    cleaned = date_or_text(text, what)
    if isinstance(cleaned, dt.date):
        return cleaned
    match = re.fullmatch(_ISO_DATE_TIME, cleaned)
    form = other_date_form(cleaned, shown=f"{what}: {cleaned!r}")
    if form is not None:
        year, month, day, _how = form
    elif match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})", cleaned)
        match = match or _SHORT_YEAR_DATE.fullmatch(cleaned)
        if not match:
            raise InputError(f"{what}: {quoted(text)} is not a date", DATE_FORMS_HINT)
        first, separator, second, year_text = match.groups()
        year = full_year(year_text, f"{what}: {cleaned!r}")
        hint = both_days_hint(int(first), int(second), year)
        day, month = day_and_month(int(first), int(second), separator, f"{what}: {cleaned!r}", hint=hint)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(f"{what}: {quoted(text)} is not a real date", "write it as YYYY-MM-DD") from None


def parse_list(value: str | list[Any] | tuple[Any, ...], what: str = "value") -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(v.strip() for v in text_items(value, what) if v.strip())
    if not isinstance(value, str):  # a file written by hand: a number, an object, true
        # (the value itself is not quoted: a confidential shelter's could hold its town)
        raise InputError(
            f"{what}: {json_kind(value)} where a list of texts is written",
            "write a list of texts, or texts separated by commas",
        )
    return tuple(split_words(value))


def text_items(items: list[Any] | tuple[Any, ...], what: str) -> tuple[str, ...]:
    """The items of a list from a file, each a text; an item that is none (null, a number, true,
    an object) is refused naming its place in the list, in JSON's words: it was read as the
    text Python writes for it ('None', 'True', "{'a': 1}") and refused as that word."""
    for number, item in enumerate(items, start=1):
        if not isinstance(item, str):
            raise InputError(
                f"{what}: item {number} of the list is {json_kind(item)}, not a text",
                "write each item as a text in double quotes, or leave it out",
            )
    return tuple(items)


def quoted(value: Any) -> str:
    """A value as a refusal quotes it: a text in quotes, a number as written, true, false and null
    as JSON writes them, a list or an object by its kind alone. Python's words ([24], True, None,
    {'a': 1}) are no file's, and a list could hold a confidential shelter's town."""
    if isinstance(value, str):
        return repr(value)
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return repr(value)
    return json_kind(value)


def json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words (the value itself is not quoted)."""
    return _KINDS.get(type(value), "a " + type(value).__name__)


#: JSON's names of the kinds of value a file may hold where a text or a list is written.
_KINDS = {
    type(None): "null",
    bool: "a yes/no value (true or false)",
    int: "a number",
    float: "a number",
    dict: "a JSON object",
    list: "a list",
}


RegionResolver = Callable[[str], str]


#: The keys of a coverage record (Coverage.to_record).
_COVERAGE_KEYS = frozenset({"kind", "regions", "km"})


def parse_coverage(value: Any, resolve_region: RegionResolver | None = None) -> Coverage:
    """'national', 'radius:40', a list of regions (codes, or names with a resolver), or a record."""
    if isinstance(value, Coverage):
        return value
    if isinstance(value, Mapping):
        unknown = sorted(str(key) for key in value if key not in _COVERAGE_KEYS)
        if unknown:  # {"town": "Lezhë"} read as covering no region, without a word
            raise InputError(
                f"coverage holds keys it does not read: {', '.join(unknown)}",
                'write {"kind": "regions", "regions": [...]}, {"kind": "radius", "km": 40} or '
                '{"kind": "national"}',
            )
        kind = value.get("kind", "regions")
        if kind == "national":
            return Coverage("national")
        if kind == "radius":
            return Coverage("radius", km=_positive_km(value.get("km")))
        if kind == "regions":
            return Coverage(
                "regions", tuple(_regions(parse_list(value.get("regions") or [], "coverage"), resolve_region))
            )
        raise InputError(f"coverage kind {quoted(kind)} is unknown", "use national, regions or radius")
    if isinstance(value, str) and value.strip().casefold().startswith("radius"):
        rest = value.strip()[len("radius") :]
        _, colon, km = rest.partition(":")
        if not colon and rest.strip():  # "radius 40", "radius40km": the colon left out
            digits = re.search(r"\d+(?:[.,]\d+)?", rest)
            raise InputError(
                f"coverage {value.strip()!r} has no ':' between radius and the distance",
                f"write it as radius:{digits.group() if digits else 'KM'}",
            )
        return Coverage("radius", km=_positive_km(km.strip().casefold().removesuffix("km").strip()))
    items = parse_list(value, "coverage") if not isinstance(value, str) else tuple(split_words(value))
    if len(items) == 1 and items[0].casefold() == "national":
        return Coverage("national")
    return Coverage("regions", tuple(_regions(items, resolve_region)))


def _positive_km(value: Any) -> float:
    if value in (None, ""):
        raise InputError("coverage radius has no distance", "write it as radius:KM, e.g. radius:40")
    refuse_thousands(value, "coverage radius", "radius:")
    km = parse_float(value, "coverage radius")
    if km <= 0 or km > 5000:
        raise InputError(f"coverage radius {km:g} km is out of range", "use 1 to 5000 km")
    return km


def _regions(items: tuple[str, ...], resolve_region: RegionResolver | None) -> list[str]:
    regions: list[str] = []
    for item in items:
        try:
            code = resolve_region(item) if resolve_region else item.strip().upper()
        except InputError as error:
            raise _coverage_error(error) from None
        if code not in regions:
            regions.append(code)
    return regions


def _coverage_error(error: InputError) -> InputError:
    """A region's error as the coverage's: named so, and, for a word that is no region at all
    ('nationwide'), with the other forms a coverage takes before the closest regions."""
    hint = error.hint
    if error.message.startswith("unknown region"):
        forms = "write national, radius:KM such as radius:40, or regions separated by |"
        hint = f"{forms}; {hint}" if hint else forms
    return InputError(f"coverage: {error.message}", hint)


def number_text(value: float) -> str:
    """A number as text that reads back exactly: 40 -> '40', 12.345678 -> '12.345678'."""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def coerce_field(name: str, value: Any, resolve_region: RegionResolver | None = None) -> Any:
    """Convert a typed value or a text cell to the field's type; raises InputError naming it.

    Empty text means "not set": None, empty list, False or "" as the field's type has it
    (a blank status is "active", the default).
    Enumerated values (categories, status, sexes, ...) are checked in `checks`.
    """
    if name not in _FIELD_SET:
        raise InputError(f"unknown field {name!r}", f"fields are: {', '.join(TEMPLATE_COLUMNS)}")
    blank = value is None or (isinstance(value, str) and not value.strip())
    if name == "coverage":
        return Coverage() if blank else parse_coverage(value, resolve_region)
    if name == "extra":
        if isinstance(value, str):  # `directory edit --set extra=...` gives text
            raise InputError(
                "extra is an object (what an import kept aside), not text to set",
                "to change it, export the directory as JSON, edit the record's 'extra' and import it",
            )
        if not isinstance(value, Mapping):
            raise InputError("extra must be an object", "leave it as the import wrote it")
        found = _not_finite(value, "extra")
        if found:  # 1e400 in a file read as inf: `show -f json` and `export -f json` wrote Infinity
            raise InputError(f"{found} is not a finite number", "remove the value, or write a number")
        return dict(value)
    if name in LIST_FIELDS:
        items = () if blank else parse_list(value, name)
        if name in ("languages", "sexes", "exploitation_types", "categories"):
            items = tuple(dict.fromkeys(i.strip().lower() for i in items))
        if name == "exploitation_types":  # 'domestic servitude' (said by readings.spaced_codes)
            items = tuple(dict.fromkeys(spaced_code(i, EXPLOITATION_TYPES) for i in items))
        refuse_any_beside(name, items)
        return items
    if name in BOOL_FIELDS:
        return False if blank else parse_bool(value, name)
    if name in INT_FIELDS:
        return None if blank else parse_int(value, name)
    if name in FLOAT_FIELDS:
        return None if blank else parse_float(value, name)
    if name in DATE_FIELDS:
        return None if blank else parse_date(value, name)
    if isinstance(value, (bool, list, tuple, Mapping)):  # a JSON record's name true was stored as
        # 'True', its how-to-refer false as 'False', an address ["Rruga 1"] as "['Rruga 1']"
        raise InputError(f"{name}: {quoted(value)} is not a text", f"write {name} as a text")
    if name == "region":
        if blank:
            return ""
        return resolve_region(str(value)) if resolve_region else str(value).strip().upper()
    if name == "status":
        # A blank status cell is the default, as for a record that never named one.
        return "active" if blank else str(value).strip().lower().replace(" ", "_").replace("-", "_")
    return "" if blank else str(value).strip()


def spaced_code(text: str, codes: tuple[str, ...]) -> str:
    """The code a text names with a space or hyphen for its '_' ('domestic servitude'), else
    the text: it was refused as unknown until 2026-12-07, though `match --exploitation` reads it."""
    code = "_".join(text.strip().lower().replace("-", " ").split())
    return code if code in codes else text


def refuse_any_beside(name: str, items: tuple[str, ...]) -> None:
    """Refuse 'any' beside the sexes or forms of exploitation served (a cell 'female|any', an
    HSDS feed's two attributes): `normalise` folded it into no restriction, and a women's
    shelter was opened to men without a word (thirteenth adversarial pass)."""
    if name in ("sexes", "exploitation_types") and "any" in items and len(items) > 1:
        served = "|".join(item for item in items if item != "any")
        raise InputError(
            f"{name} gives 'any' together with {served}: which is meant is not known",
            f"set {name}={served} for only those, or {name}=any for no restriction",
        )


def normalise(provider: Provider) -> Provider:
    """Fold 'any' in sexes and exploitation types into the empty tuple that means 'any'."""
    changes = any_folded(provider.sexes, provider.exploitation_types)
    return provider.with_changes(**changes) if changes else provider


def any_folded(sexes: tuple[str, ...], exploitation_types: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """What `normalise` changes: the fields whose 'any' (or every sex) means no restriction."""
    changes: dict[str, tuple[str, ...]] = {}
    if "any" in sexes or set(sexes) >= set(SEXES):
        changes["sexes"] = ()
    if "any" in exploitation_types:
        changes["exploitation_types"] = ()
    return changes


def provider_from_record(record: Mapping[str, Any], resolve_region: RegionResolver | None = None) -> Provider:
    """Build a Provider from a stored document or a dict of user values; raises InputError."""
    if "id" not in record or not str(record.get("id") or "").strip():
        raise InputError("record has no id", "every provider needs a stable string id")
    unknown = [k for k in record if k not in _FIELD_SET]
    if unknown:
        raise InputError(
            f"unknown fields {', '.join(sorted(unknown))}", f"fields are: {', '.join(FIELD_NAMES)}"
        )
    values = {name: coerce_field(name, value, resolve_region) for name, value in record.items()}
    values["id"] = str(record["id"]).strip()
    values.setdefault("name", "")
    return normalise(build_provider(values))


class _Slow(Exception):
    """A stored value that the fast path does not take as it is: use coerce_field instead."""


_LOWER_LIST_FIELDS = frozenset({"languages", "sexes", "exploitation_types", "categories"})


def _stored_bool(value: Any) -> bool:
    if type(value) is bool:
        return value
    raise _Slow


def _stored_text(value: Any) -> str:
    if type(value) is str and value == value.strip():
        return value
    raise _Slow


def _stored_list(value: Any) -> tuple[str, ...]:
    if type(value) is list and all(type(v) is str and v and v == v.strip() for v in value):
        return tuple(value)
    raise _Slow


def _stored_code_list(value: Any) -> tuple[str, ...]:
    items = _stored_list(value)
    if all(v == v.lower() for v in items) and len(set(items)) == len(items):
        return items
    raise _Slow


def _stored_int(value: Any) -> int | None:
    # below _MOST_WHOLE, as parse_int takes it: a stored min_age or capacity of 400 digits went
    # through here where the careful path refuses it (the twenty-eighth session's attack pass)
    if value is None or (type(value) is int and 0 <= value < _MOST_WHOLE):
        return value
    raise _Slow


def _stored_float(value: Any) -> float | None:
    if value is None:
        return None
    if type(value) in (int, float) and math.isfinite(value):
        return float(value)
    raise _Slow


def _stored_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if type(value) is str and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _Slow


def _stored_coverage(value: Any) -> Coverage:
    if type(value) is dict:
        kind = value.get("kind")
        if kind == "national" and len(value) == 1:
            return Coverage("national")
        regions = value.get("regions")
        if (
            kind == "regions"
            and len(value) == 2
            and type(regions) is list
            and all(type(r) is str and r and r == r.strip().upper() for r in regions)
            and len(set(regions)) == len(regions)
        ):
            return Coverage("regions", tuple(regions))
        km = value.get("km")
        if (
            kind == "radius"
            and len(value) == 2
            and isinstance(km, (int, float))
            and not isinstance(km, bool)
            and 0 < km <= 5000
        ):
            return Coverage("radius", km=float(km))
    raise _Slow


def _stored_extra(value: Any) -> dict[str, Any]:
    if type(value) is dict and all(type(item) is str for item in value.values()):
        return dict(value)  # most records: none, or what an import kept, packed as text
    raise _Slow  # coerce_field checks every number in it


def _not_finite(value: Any, path: str) -> str | None:
    """The path of a number in `value` that is NaN or infinite ('extra.score'), else None."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return where
        if isinstance(item, Mapping):
            stack.extend((v, f"{where}.{k}") for k, v in item.items())
        elif isinstance(item, (list, tuple)):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
    return None


def _stored_region(value: Any) -> str:
    if _stored_text(value) == value.upper():
        return str(value)
    raise _Slow


def _stored_status(value: Any) -> str:
    if value in STATUSES:
        return str(value)
    raise _Slow


def _stored_converter(name: str) -> Callable[[Any], Any]:
    special: dict[str, Callable[[Any], Any]] = {
        "coverage": _stored_coverage,
        "extra": _stored_extra,
        "region": _stored_region,
        "status": _stored_status,
    }
    if name in special:
        return special[name]
    if name in BOOL_FIELDS:
        return _stored_bool
    if name in LIST_FIELDS:
        return _stored_code_list if name in _LOWER_LIST_FIELDS else _stored_list
    if name in INT_FIELDS:
        return _stored_int
    if name in FLOAT_FIELDS:
        return _stored_float
    if name in DATE_FIELDS:
        return _stored_date
    return _stored_text


#: Field name -> converter of a stored JSON value that needs no coercion (raises _Slow otherwise).
_STORED: dict[str, Callable[[Any], Any]] = {name: _stored_converter(name) for name in FIELD_NAMES}


def provider_from_stored(record: Mapping[str, Any]) -> Provider:
    """Build a Provider from a record as svcmatch stores it, fast; anything unusual takes the
    careful path of `provider_from_record`, with the same result and the same errors."""
    try:
        if "id" not in record or not _FIELD_SET.issuperset(record):
            raise _Slow
        values = {name: _STORED[name](value) for name, value in record.items()}
        if not values["id"]:
            raise _Slow
        values.setdefault("name", "")
        return normalise(build_provider(values))
    except _Slow:
        return provider_from_record(record)


def template_row(provider: Provider) -> dict[str, str]:
    """The provider as the spreadsheet template's text cells."""
    row: dict[str, str] = {}
    for column in TEMPLATE_COLUMNS:
        value = getattr(provider, column)
        if column == "coverage":
            row[column] = value.to_text()
        elif column == "sexes" or column == "exploitation_types":
            row[column] = "|".join(value) if value else "any"
        elif isinstance(value, tuple):
            row[column] = "|".join(value)
        elif isinstance(value, bool):
            row[column] = "yes" if value else "no"
        elif isinstance(value, float):
            row[column] = repr(value)
        elif isinstance(value, dt.date):
            row[column] = value.isoformat()
        elif value is None:
            row[column] = ""
        else:
            row[column] = str(value)
    return row


@dataclass(frozen=True, slots=True)
class DirectoryInfo:
    """What a directory file says about itself, and where it was read from."""

    country: str  # ISO 3166-1 alpha-2, upper case
    path: str | None = None
    schema_version: int = SCHEMA_VERSION
    sample: bool = False
    #: A short checksum of the file's bytes: which version of the file a match came from.
    version: str = ""
    title: str = ""
    #: (region code, text) pairs from the file's meta: returns there need the caseworker's eye
    #: (a confidential shelter's street address or point withheld, `privacy.public_advisories`)
    advisories: tuple[tuple[str, str], ...] = ()
    #: The regions whose stored advisory gives such a place, withheld in `advisories`
    #: (`directory validate` says so: the file keeps the words).
    advisories_withheld: tuple[str, ...] = ()
    #: (key as the file holds it, the region it was read as, "" for none) for each advisory
    #: stored under another spelling than its region's code (`AL08`, `Lezhë`: a hand edit, a
    #: merge), which `advisories` gives under the code (`directory validate` names the key).
    advisories_misfiled: tuple[tuple[str, str], ...] = ()
    #: (provider id, name as the file holds it, code read) for each language a record gives by
    #: its name ('Albanian', 'Romani': a hand edit, another tool), which the record holds as its
    #: code (`directory validate` and every command that reads the file say so).
    languages_by_name: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Directory:
    """One country's providers, in file order (sorted by id); `len()` and iteration go over them."""

    info: DirectoryInfo
    providers: tuple[Provider, ...] = ()
    #: Each provider's revision: how many changes a Transaction made to it (0: none recorded).
    revisions: Mapping[str, int] = field(default_factory=dict, hash=False)

    def revision(self, provider_id: str) -> int:
        """The stored revision of a provider (0 for a record from before revisions were kept)."""
        return self.revisions.get(provider_id, 0)

    def __len__(self) -> int:
        return len(self.providers)

    def __iter__(self) -> Iterator[Provider]:
        return iter(self.providers)

    def get(self, provider_id: str) -> Provider | None:
        for provider in self.providers:
            if provider.id == provider_id:
                return provider
        return None
