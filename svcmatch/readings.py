"""Readings: each input read other than exactly (a synonym, a translation, a close spelling,
an ambiguous place, a town for its region), for stderr and the `readings` JSON key."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from .errors import InputError
from .geo import read_city, resolve_country
from .geo.gazetteer import has_gazetteer
from .geo.locate import close_to_words
from .geo.names import fold_name
from .languages import is_language_code, read_language, resolve_language
from .model import DATE_FORM_WORDS, EXPLOITATION_TYPES, STATUSES, parse_list, spaced_code
from .person_words import ANY_SEX_WORDS, EXPLOITATION_WORDS, SEX_WORDS, TRANSLATED
from .taxonomy import fold, is_need_code, read_need, read_needs, resolve_need

#: The values of `how`, in the order the issue names them.
HOWS = ("synonym", "translation", "spelling", "ambiguous", "region_of_town")


class Reading(NamedTuple):
    """One input and what it was read as: {"field", "input", "read_as", "how"}."""

    field: str
    input: str
    read_as: str
    how: str

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "input": self.input, "read_as": self.read_as, "how": self.how}

    def sentence(self) -> str:
        """'needs: read 'doctr' as medical (spelling)'."""
        return f"{self.field}: read {self.input!r} as {self.read_as} ({_HOW_WORDS.get(self.how, self.how)})"


#: How a date with dots whose day and month could swap was read (03.04.2026, day first).
DOTS = "dots"

#: How a coordinate in degrees, minutes and seconds was read (41°19'39"N as 41.3275).
DEGREES = "degrees"

#: How a code written with a space or hyphen for its '_' was read ('Temporarily closed').
SPACED_CODE = "spaced_code"

#: How a country given by its ISO 3166 number short of its zeros was read ('8' as AL, 008).
NUMERIC_CODE = "numeric_code"

_HOW_WORDS = {
    **DATE_FORM_WORDS,  # (DOTS among them)
    SPACED_CODE: "the code, a space or hyphen for its _",
    DEGREES: "degrees, minutes, seconds and hemisphere",
    NUMERIC_CODE: "its ISO 3166 number, short of its zeros",
    "synonym": "synonym",
    "translation": "translation",
    "spelling": "close spelling",
    "ambiguous": "ambiguous: several places have this name",
    "region_of_town": "the region of this town",
}


def status_reading(raw: Any, status: str, field: str = "status") -> Reading | None:
    """How a status written other than as its code in any case was read ('Temporarily closed',
    'temporarily-closed' as temporarily_closed: read without a word until 2026-12-07)."""
    typed = raw.strip() if isinstance(raw, str) else ""
    if not typed or status not in STATUSES or typed.lower() == status:
        return None
    return Reading(field, typed, status, SPACED_CODE)


def exploitation_readings(raw: Any, field: str = "exploitation_types") -> tuple[Reading, ...]:
    """The forms of exploitation written with a space or hyphen for their '_' ('domestic
    servitude'), each with its code, to be said."""
    try:
        items = parse_list(raw) if isinstance(raw, (str, list, tuple)) else ()
    except InputError:
        return ()
    found = ((item.strip(), spaced_code(item, EXPLOITATION_TYPES)) for item in items)
    return tuple(
        Reading(field, typed, code, SPACED_CODE)
        for typed, code in found
        if code in EXPLOITATION_TYPES and typed.lower() != code
    )


def person_words_read(field: str, items: Iterable[str]) -> tuple[tuple[str, ...], tuple[Reading, ...]]:
    """A record's sexes or forms of exploitation, each word for one read as its code as `match
    --sex` and `--exploitation` read them ('mujer' and 'F' as female, 'trabajo forzoso' as
    labour), and a reading for each such word. A code, 'any', a code with a space for its '_'
    (said by `exploitation_readings`) and a word that names none are left as they are, for the
    checks to take or refuse. A Colombian office's sexes cell 'mujer' was refused, though a
    caseworker's `--sex mujer` was read (ninth office pass). A sexes cell's word for all of them
    ('semua', 'both') is read as 'any' (twenty-second caseworker pass)."""
    words, codes = (
        (SEX_WORDS, ("female", "male", "other"))
        if field == "sexes"
        else (EXPLOITATION_WORDS, EXPLOITATION_TYPES)
    )
    found: list[str] = []
    said: list[Reading] = []
    for item in items:
        typed = item.strip()
        code = words.get(fold(typed))
        if code is None and field == "sexes":
            code = ANY_SEX_WORDS.get(fold(typed))  # 'semua', 'both': every sex
        if code is None or typed.lower() in (*codes, "any") or spaced_code(typed, codes) in codes:
            found.append(item)
            continue
        found.append(code)
        said.append(Reading(field, typed, code, "translation" if fold(typed) in TRANSLATED else "synonym"))
    return tuple(found), tuple(said)


def need_readings(words: str | Iterable[str], field: str = "needs") -> tuple[Reading, ...]:
    """The need words of a case that are not codes, with how each was read."""
    return tuple(
        Reading(field, r.word, ", ".join(r.codes), r.how) for r in read_needs(words) if r.how is not None
    )


def need_readings_of(words: Iterable[str], field: str = "categories") -> tuple[Reading, ...]:
    """Readings of a record's category words that resolve (those that do not are reported by
    the checks); a close spelling is left to the strict reader to refuse."""
    found: list[Reading] = []
    for word in words:
        try:
            reading = read_need(word)
        except InputError:
            continue
        if reading.how is not None and reading.how != "spelling":
            found.append(Reading(field, reading.word, ", ".join(reading.codes), reading.how))
    return tuple(found)


def language_readings(items: Iterable[str], field: str = "languages") -> tuple[Reading, ...]:
    """Readings of language names ('Shqip' as sq (Albanian)); unknown ones are left to the checks."""
    found: list[Reading] = []
    for item in items:
        try:
            reading = read_language(item)
        except InputError:
            continue
        if reading.how is not None:
            found.append(Reading(field, reading.text, reading.label, reading.how))
    return tuple(found)


def place_reading(field: str, query: str, place: Any) -> Reading | None:
    """How a place was read (a Place or a Destination: name, kind, region, region_name, how,
    ambiguous, seat), or None when the query is a town's or region's own name; an old district
    is always said, with its seat."""
    name, region, region_name = str(place.name), str(place.region), str(place.region_name)
    same = place.kind == "region" and name == region_name
    target = f"{region} {region_name}" if same else f"{name} ({region} {region_name})"
    seat = getattr(place, "seat", None)
    if seat:  # Tropojë: an old district, measured from its seat
        target = f"the district of {name} (seat {seat}) in {region} {region_name}"
    other_script = _script(query) != _script(name)
    if getattr(place, "how", "name") == "spelling":
        # before "ambiguous": places that come equally close do not have the name ('Bharapur',
        # read as Bharatpur or Bhadrapur, 380 km apart)
        # close to another of its names: 'Thuong Ca' is Sơn Dương, close to 'thuong chau'
        target += close_to_words(getattr(place, "near", None))
        return Reading(field, query, target, "translation" if other_script else "spelling")
    if getattr(place, "ambiguous", False):
        return Reading(field, query, target, "ambiguous")
    if fold_name(query) == fold_name(name) and (place.kind == "town" or name == region_name):
        return None
    if place.kind == "region":
        code = _code_read(query, region)
        if code is not None:  # 'AL-02', 'al02', '02': exact; 'AL-2', '2': a digit supplied
            return None if code == "exact" else Reading(field, query, target, "spelling")
    return Reading(field, query, target, "translation" if other_script else "synonym")


def _code_read(query: str, region: str) -> str | None:
    """'exact' when the query is the region's code, with or without the country's letters;
    'padded' when it is short of a leading zero ('AL-2', '2' for AL-02, as read_region reads a
    region to avoid); None when it is no code of the region."""
    written = "".join(query.split()).replace("-", "").upper()
    country, _, local = region.upper().partition("-")
    if written.startswith(country) and written[len(country) :] and written != country:
        written = written[len(country) :]
    if written == local:
        return "exact"
    if written.isdigit() and local.isdigit() and written.lstrip("0") == local.lstrip("0"):
        return "padded"
    return None


def city_readings(provider: Any, country: str) -> tuple[Reading, ...]:
    """How a record's city reads, when it names a town (or an old district) other than by its
    own name: 'Shkodra' as Shkodër, 'Kiev' as Kyiv. The city is stored as written; a city that
    only comes close to a name is the checks' to refuse, and one that names a town of another
    region too (svcmatch.checks)."""
    alpha2 = resolve_country(country).alpha2
    city, region = str(provider.city).strip(), str(provider.region or "")
    if not city or not has_gazetteer(alpha2):
        return ()
    place = read_city(city, alpha2, region)
    if place is None or place.how != "name" or (region and place.region != region):
        return ()
    reading = place_reading("city", city, place)
    return () if reading is None else (reading,)


def region_reading(field: str, reading: Any) -> Reading | None:
    """A Reading of a svcmatch.geo.RegionReading, None when it was exact."""
    if reading.how is None:
        return None
    label = reading.label if reading.how != "region_of_town" else f"{reading.label} (town {reading.name})"
    return Reading(field, reading.text, label, reading.how)


def _script(text: str) -> str:
    """The first script of a text's letters: 'LATIN', 'CYRILLIC', 'ARABIC', 'GREEK'."""

    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split(" ")[0]
    return ""


#: A region code (a text that `re` compiles on first use: a cold `match` does not use it).
_REGION_CODE = r"[A-Z]{2}-[A-Z0-9]{1,3}"


def check_stored_words(provider: Any) -> None:
    """InputError unless a provider's categories, region and languages are codes, as a
    directory file stores them: a word ('doctr', 'avocat', 'Tropoja', 'Shqip') is never
    stored, and the error says what it would be read as."""
    for word in provider.categories:
        if not is_need_code(word):
            hint = _what_it_means(functools.partial(_codes_of, word))
            raise InputError(f"category {word!r} is not a need code", hint)
    for region in (provider.region, *provider.coverage.regions):
        if region and not re.fullmatch(_REGION_CODE, region):
            raise InputError(
                f"region {region!r} is not an ISO 3166-2 code",
                f"store its code: `svcmatch locate {region!r} --country CC` names it",
            )
    for code in provider.languages:
        if not is_language_code(code):
            hint = _what_it_means(functools.partial(resolve_language, code))
            raise InputError(f"language {code!r} is not an ISO 639 code", hint)


def _codes_of(word: str) -> str:
    return ", ".join(resolve_need(word, tolerant=False))


def _what_it_means(read: Callable[[], str]) -> str:
    try:
        return f"store the code {read()} instead"
    except InputError as error:
        return error.hint or error.message


def unique(readings: Iterable[Reading]) -> tuple[Reading, ...]:
    """Readings without repeats, in order: a word typed twice in other letter cases or spacing
    ('Doctor, doctor') is one reading, said once as first typed (twentieth caseworker pass)."""
    kept: dict[tuple[str, str, str, str], Reading] = {}
    for reading in readings:
        key = (reading.field, " ".join(reading.input.split()).casefold(), reading.read_as, reading.how)
        kept.setdefault(key, reading)
    return tuple(kept.values())


def readings_json(readings: Iterable[Reading]) -> list[dict[str, Any]]:
    return [r.to_json() for r in readings]


def readings_text(readings: Iterable[Reading]) -> str:
    """One cell for a table or CSV row: "needs: read 'doctr' as medical (close spelling); ..."."""
    return "; ".join(r.sentence() for r in readings)
