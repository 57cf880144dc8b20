"""The case: one person's return and needs, checked and normalised; it never holds a name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from typing import Any

from ..errors import InputError
from ..geo import resolve_country
from ..geo.countries import read_by_spelling, short_number
from ..languages import resolve_language
from ..model import (
    EXPLOITATION_TYPES,
    parse_bool,
    parse_float,
    parse_int,
    quoted,
    refuse_other_digits,
    refuse_thousands,
    text_items,
)
from ..person_words import EXPLOITATION_WORDS, SEX_WORDS, TRANSLATED
from ..readings import NUMERIC_CODE, SPACED_CODE, Reading, language_readings, need_readings, unique
from ..taxonomy import fold, resolve_needs, split_words

#: The most results per need a case may ask for (--top).
MAX_TOP = 100
#: taxonomy.fold, remembered: a batch reads the same few sexes and forms of exploitation in
#: row after row, and each is folded up to four times (read, then said as a reading or not).
_fold = lru_cache(maxsize=1024)(fold)


@dataclass(frozen=True, kw_only=True)
class Case:
    """What decides which providers can take a person, named after `match`'s long options.

    Construction checks and normalises every value (need words to codes, 'Italian' to 'it',
    'AL'/'Albania' to 'AL'), raising InputError that names the key.
    """

    country: str
    to: str
    needs: tuple[str, ...]
    sex: str | None = None
    age: int | None = None
    unaccompanied: bool = False
    children: int = 0
    language: tuple[str, ...] = ()
    exploitation: str | None = None
    official_status: bool | None = None
    disability: bool = False
    avoid_region: tuple[str, ...] = ()
    avoid_provider: tuple[str, ...] = ()
    max_km: float | None = None
    top: int = 3
    #: How need words and languages were read other than exactly (svcmatch.readings).
    readings: tuple[Reading, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        for name, value in _normalised({name: getattr(self, name) for name in _FIELDS}).items():
            object.__setattr__(self, name, value)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Case:
        """A case from a JSON object or a CSV row: keys as the long options ('-' or '_').

        Text cells are read as people type them: 'yes', '3', 'sq|it', 'shelter, doctor'.
        Empty cells mean "not given".
        """
        given: dict[str, Any] = {}
        said: list[Reading] = []
        for raw_key, value in values.items():
            key = _KEYS.get(raw_key) if isinstance(raw_key, str) else None
            if key is None:
                key = str(raw_key).strip().replace("-", "_")
                if key == "case_id":  # a caseload's row or line as it is: its code is batch's
                    continue
                if key not in _KNOWN:
                    raise InputError(f"unknown case key {raw_key!r}", f"keys are: {', '.join(CASE_KEYS)}")
            if key in given:  # 'avoid_region' and 'avoid-region': which one was meant is not known
                raise InputError(f"the case gives {key!r} twice ({raw_key!r})", "keep one of them")
            if isinstance(value, str):
                if not value.strip():
                    continue
                given[key] = _from_text_cell(key, value)
                if key in _BOOL_KEYS and isinstance(given[key], bool):
                    said.extend(_bool_reading(key, value, given[key]))
            elif value is not None:
                given[key] = _from_cell(key, value)
        if said:
            given["readings"] = tuple(said)
        for required in ("country", "to", "needs"):
            if required not in given:
                raise InputError(
                    f"the case has no {required!r}",
                    f"give --{required} or a {required!r} key in the case file",
                )
        if cls is not Case:
            return cls(**given)
        # As Case(**given) makes it, without setting each field twice through a frozen
        # dataclass's object.__setattr__ (a batch makes one per row): its fields, every one
        # normalised, are given as its __dict__ at once.
        case = object.__new__(cls)
        object.__setattr__(case, "__dict__", _normalised({**_DEFAULTS, **given}))
        return case

    def written(self) -> dict[str, Any]:
        """`to_json()` for a JSON writer: its tuples as they are, which it writes as lists."""
        return dict(zip(CASE_KEYS, _CASE_VALUES(self), strict=True))

    def to_json(self) -> dict[str, Any]:
        """The normalised case; `Case.from_mapping` reads it back to an equal case."""
        # a tuple as a JSON document's list (a batch writes one per case)
        return {
            name: [*value] if isinstance(value, tuple) else value
            for name, value in zip(CASE_KEYS, _CASE_VALUES(self), strict=True)
        }


CASE_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Case) if f.name != "readings")
_FIELDS = (*CASE_KEYS, "readings")
#: The values of CASE_KEYS of a case, in their order.
_CASE_VALUES: Callable[[Case], tuple[Any, ...]] = attrgetter(*CASE_KEYS)
_KNOWN = frozenset(CASE_KEYS)
#: The keys a case may be given by, as people write them ('max-km', ' top '), read once.
_KEYS = {spelling: key for key in CASE_KEYS for spelling in (key, key.replace("_", "-"))}
#: Case's defaults (all of its fields but the three required ones have one).
_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Case) if f.default is not MISSING}

_LIST_KEYS = frozenset({"needs", "language", "avoid_region", "avoid_provider"})
_BOOL_KEYS = frozenset({"unaccompanied", "official_status", "disability"})
#: A cell that says the official victim status is not known (a spreadsheet's yes/no/unknown).
_UNKNOWN = frozenset({"unknown", "not known", "?"})


@lru_cache(maxsize=4096)
def _from_text_cell(key: str, value: str) -> Any:
    """_from_cell of a text cell, remembered (a batch's columns repeat their values)."""
    return _from_cell(key, value)


def _from_cell(key: str, value: Any) -> Any:
    """Turn a text cell (or a JSON value) into the type the Case field has."""
    if key in _LIST_KEYS:
        if isinstance(value, str):
            _refuse_blank(key, value)  # ',' to avoid: an empty value, refused before it splits to none
            return tuple(split_words(value))
        if isinstance(value, (list, tuple)):
            return text_items(value, key)  # null, true, 7: refused in JSON's words, not read as 'None'
        raise InputError(f"{key}: {quoted(value)} is not a list", f"write {key} as a list or 'a|b'")
    if key == "official_status" and isinstance(value, str) and _fold(value) in _UNKNOWN:
        return None  # a status not yet known, as a form of exploitation 'unknown' is
    if key in _BOOL_KEYS:
        return _bool(key, value)
    if key in ("age", "children", "top"):
        return parse_int(value, key)
    if key == "max_km":
        refuse_other_digits(value, key)  # its fix gives the digits 0-9 ('٣٠': 30), kept below
        refuse_thousands(value, key, "max_km ")  # '1,500': 1.5 km or 1500 km
        try:
            return parse_float(value, key)
        except InputError as error:  # its hint is a coordinate's ("such as 41.3275"), not a distance's
            raise InputError(error.message, "write the distance in km as a number, such as 50") from None
    if not isinstance(value, str):
        raise InputError(f"{key}: {quoted(value)} is not text", f"write {key} as text")
    return value


def _bool_reading(key: str, text: str, value: bool) -> tuple[Reading, ...]:
    """A yes/no cell in another language ('VRAI', 'po', 'так') said as read, as a need word or
    a language is: every input read other than exactly is shown."""
    if text.strip().casefold() in _PLAIN_YES_NO:
        return ()
    return (Reading(key, text, "yes" if value else "no", "translation"),)


#: The yes/no words read exactly (model.parse_bool's English words and digits).
_PLAIN_YES_NO = frozenset({"yes", "y", "true", "t", "1", "no", "n", "false", "f", "0"})


def _bool(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, str)):
        return parse_bool(str(value), key)
    raise InputError(f"{key}: {quoted(value)} is not yes or no", "write true or false")


def _normalised(case: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of the case (by name) checked and in canonical form; InputError names the
    first bad one."""
    values: dict[str, Any] = {
        "country": _country(case["country"]),
        "to": _text("to", case["to"]),
        "needs": _needs(case["needs"]),
        "sex": _choice("sex", case["sex"], SEX_WORDS, "female, male or other"),
        "age": _optional_int("age", case["age"], 0, 130),
        "unaccompanied": _flag("unaccompanied", case["unaccompanied"]),
        "children": _optional_int("children", case["children"], 0, 30) or 0,
        "language": _languages(case["language"]),
        "exploitation": _choice(
            "exploitation", case["exploitation"], EXPLOITATION_WORDS, ", ".join(EXPLOITATION_TYPES)
        ),
        "official_status": None
        if case["official_status"] is None
        else _flag("official_status", case["official_status"]),
        "disability": _flag("disability", case["disability"]),
        "avoid_region": _avoided("avoid_region", case["avoid_region"]),
        "avoid_provider": _avoided("avoid_provider", case["avoid_provider"]),
        "max_km": _max_km(case["max_km"]),
        "top": _optional_int("top", case["top"], 1, MAX_TOP) or 3,
    }
    values["readings"] = unique(
        (
            *case["readings"],
            *_need_readings(case["needs"]),
            *_language_readings(tuple(_text_items("language", case["language"]))),
            *_choice_reading("sex", case["sex"], values["sex"]),
            *_choice_reading("exploitation", case["exploitation"], values["exploitation"]),
            *_country_reading(case["country"], values["country"]),
        )
    )
    if values["unaccompanied"] and values["age"] is not None and values["age"] >= 18:
        raise InputError(
            f"unaccompanied: the person is {values['age']}, not a minor",
            "use --unaccompanied only for children under 18",
        )
    return values


@lru_cache(maxsize=256)
def _country(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InputError("country: none given", "give an ISO code such as AL, MA or UA")
    return resolve_country(text).alpha2


@lru_cache(maxsize=256)
def _country_reading(text: str, code: str) -> tuple[Reading, ...]:
    """A country read by a close spelling ('Morroco' as MA, 'Albnia' as AL) or by its ISO
    number short of its leading zeros ('8' as AL 008, as 'AL-2' is a reading of AL-02: a number
    typed into the wrong option; twenty-third adversarial pass) is a reading the person sees
    (geo.countries.read_by_spelling, short_number)."""
    typed = " ".join(text.split())
    how = NUMERIC_CODE if short_number(typed) else "spelling" if read_by_spelling(text, code) else ""
    return (Reading("country", typed, f"{code} {resolve_country(code).name}", how),) if how else ()


def _text(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{key}: none given", f"give --{key.replace('_', '-')}")
    return " ".join(value.split())


def _needs(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = tuple(split_words(value))
    if not isinstance(value, (list, tuple)) or not all(map(isinstance, value, repeat(str))):
        raise InputError(
            f"needs: {quoted(value)} is not a list of needs", "give e.g. --needs shelter,medical"
        )
    return _resolve_needs_cached(tuple(value))


@lru_cache(maxsize=1024)
def _resolve_needs_cached(words: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return resolve_needs(words)
    except InputError as error:
        raise InputError(f"needs: {error.message}", error.hint, error.lines) from None


def _need_readings(words: Any) -> tuple[Reading, ...]:
    """need_readings, remembered for the next case with the same words (a batch repeats them)."""
    if isinstance(words, list):
        words = tuple(words)
    return _need_readings_cached(words) if isinstance(words, (str, tuple)) else need_readings(words)


@lru_cache(maxsize=1024)
def _need_readings_cached(words: str | tuple[str, ...]) -> tuple[Reading, ...]:
    return need_readings(words)


@lru_cache(maxsize=256)
def _language_readings(items: tuple[str, ...]) -> tuple[Reading, ...]:
    return language_readings(items, "language")


@lru_cache(maxsize=256)
def _language_code(item: str) -> str:
    try:
        return resolve_language(item)
    except InputError as error:
        raise InputError(f"language: {error.message}", error.hint) from None


def _choice(key: str, value: Any, words: Mapping[str, str], allowed: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{key}: {quoted(value)} is not text", f"use one of {allowed}")
    folded = _fold(value)
    if folded in ("", "any", "unknown"):
        return None
    found = words.get(folded)
    if found is None:
        hint = f"use one of {allowed}"
        if key == "sex" and _GENDER_WORDS.search(folded):
            # thirteenth caseworker pass: 'trans woman' was refused with the three words alone
            hint += (
                ", the sex under which the services are to take the person; a record says which "
                "sexes a provider serves, not whether it takes transgender or intersex people: ask it"
            )
        raise InputError(f"{key}: {value!r} is not known", hint)
    return found


#: Words of gender identity in a sex given: read as none of the three (never guessed), the
#: refusal says what the value is for.
_GENDER_WORDS = re.compile(r"trans|intersex|\b(?:mtf|ftm|genderqueer|agender)\b")


def _choice_reading(key: str, value: Any, code: str | None) -> tuple[Reading, ...]:
    """A word read as another word's code ('woman' as female, 'forced labour' as labour) is a
    reading the person sees, and so is the code with a space or hyphen for its '_' ('domestic
    servitude', as import says it: nineteenth caseworker pass); the code in any case is not."""
    if code is None or not isinstance(value, str) or value.strip().lower() == code:
        return ()
    if _fold(value) == _fold(code):
        return (Reading(key, value.strip(), code, SPACED_CODE),)
    return (Reading(key, value, code, "translation" if _fold(value) in TRANSLATED else "synonym"),)


def _optional_int(key: str, value: Any, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(
            f"{key}: {quoted(value)} is not a whole number", f"give a number from {low} to {high}"
        )
    if not low <= value <= high:
        raise InputError(f"{key}: {value} is out of range", f"give a number from {low} to {high}")
    return value


def _flag(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InputError(f"{key}: {quoted(value)} is not true or false", "give true or false")
    return value


def _languages(value: Any) -> tuple[str, ...]:
    items = _text_items("language", value)
    codes: list[str] = []
    for item in items:
        code = _language_code(item)
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _unique_texts(key: str, value: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(item.split()) for item in _text_items(key, value)))


_AVOID_KEYS = ("avoid_region", "avoid_provider")


def _avoided(key: str, value: Any) -> tuple[str, ...]:
    if type(value) is tuple and not value:
        return ()  # nothing to avoid, as most cases (what the checks below give it, sooner)
    _refuse_blank(key, value)
    return _unique_texts(key, value)


def _refuse_blank(key: str, value: Any) -> None:
    """What to avoid is a safety rule: an empty cell or key is none, but a list holding a blank
    item (`[""]`, `["AL-07", " "]`) or text of separators only (`","`) is refused, as on the
    command line, rather than read as nothing to avoid."""
    if key not in _AVOID_KEYS:
        return
    fix = f"give each {key.replace('_', ' ')} or leave {key} out"
    if isinstance(value, str) and value.strip() and not split_words(value):
        raise InputError(f"{key}: {value!r} holds an empty value", fix)
    if isinstance(value, (list, tuple)):
        blank = next((n for n, v in enumerate(value, start=1) if isinstance(v, str) and not v.strip()), None)
        if blank is not None:  # the list was quoted as Python writes a tuple: ('AL-11', '')
            raise InputError(f"{key}: item {blank} of the list holds an empty value", fix)


def _text_items(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return split_words(value)
    # (no generators or comprehensions, and the ABC asked only of what is no tuple or list: a
    # batch asks this of each case's languages)
    if not (type(value) in (tuple, list) or isinstance(value, Iterable)) or not all(
        map(isinstance, value, repeat(str))
    ):
        raise InputError(
            f"{key}: {quoted(value)} is not a list of text", f"give --{key.replace('_', '-')} TEXT"
        )
    items: list[str] = []
    for v in value:
        stripped = v.strip()
        if stripped:
            items.append(stripped)
    return items


def _max_km(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(f"max_km: {quoted(value)} is not a number", "give a distance in km such as 50")
    if not 0 < value <= 5000:
        raise InputError(
            f"max_km: {value:g} is out of range", "give a distance above 0 and up to 5000 km, e.g. 50"
        )
    return float(value)
