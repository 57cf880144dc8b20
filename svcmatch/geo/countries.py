"""Countries: 'AL', 'ALB', '008', 'Albania', 'Shqipëria', 'Україна', 'Maroc' -> one ISO 3166-1 country."""

from __future__ import annotations

import functools
import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..errors import DataError, InputError
from .gazetteer import read_compact
from .names import fold_name

#: Places GeoNames files under another country code that ISO 3166-2 of this country covers:
#: ISO 3166-2:MA's regions MA-10, MA-11 and MA-12 carry "(EH)"/"(EH-partial)" and include
#: Western Sahara, which GeoNames lists as EH. Their region is the one of the nearest Moroccan
#: town (the build), and 'Laayoune, Western Sahara' is a place of MA (`locate`).
EXTRA_SOURCES: dict[str, tuple[str, ...]] = {"MA": ("EH",)}

_CODES = Path(__file__).parent / "data" / "countries.json"
_NAMES = Path(__file__).parent / "data" / "country_names.json.gz"
_HINT = "give an ISO code such as AL, MAR or 804, or a name such as Albania or Україна"
#: Letters (any script) in words separated by spaces, apostrophes, dashes, dots, commas or
#: brackets, or a number: anything else (a path, '..', a NUL) is refused before any lookup.
_SAFE = re.compile(r"[^\W\d_]+(?:[ '’‘\-.,()]+[^\W\d_]+)*[.)]?|\d{1,3}")
#: rapidfuzz scores (0-100) for typos: below the cutoff nothing is suggested as the answer.
_TYPO_CUTOFF = 85.0


@dataclass(frozen=True, slots=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: str
    name: str


class _CountryTable(NamedTuple):  # a named tuple: cheaper to define than a dataclass (gazetteer.Town)
    by_alpha2: dict[str, Country]
    by_alpha3: dict[str, Country]
    by_numeric: dict[str, Country]


@functools.lru_cache(maxsize=1)
def _table() -> _CountryTable:
    try:
        rows = json.loads(_CODES.read_text(encoding="utf-8"))["countries"]
    except (OSError, ValueError, KeyError) as error:
        raise DataError(f"cannot read {_CODES}: {error}", "reinstall svcmatch") from None
    countries = [Country(a2, a3, num, name) for a2, a3, num, name in rows]
    return _CountryTable(
        {c.alpha2: c for c in countries}, {c.alpha3: c for c in countries}, {c.numeric: c for c in countries}
    )


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, list[str]]:
    """Folded country name -> alpha-2 codes (what resolve_country matches names against)."""
    names: dict[str, list[str]] = read_compact(_NAMES)["names"]
    return names


@functools.lru_cache(maxsize=1)
def _names_text() -> bytes:
    """The names file, decompressed but not parsed (parsing its 18,000 names costs ~14 ms)."""
    try:
        with open(_NAMES, "rb") as handle:
            return gzip.decompress(handle.read())
    except (OSError, EOFError) as error:
        raise DataError(f"cannot read {_NAMES}: {error}", "rebuild or reinstall the data file") from None


def is_country_name(folded: str, alpha2: str) -> bool:
    """Whether a folded name is one of the country's names."""
    return alpha2 in countries_named(folded)


def countries_named(folded: str) -> list[str]:
    """The countries a folded name is a name of, without parsing every name: the file is
    compact JSON written by `write_compact` (`"name":["AL",...]`, keys unique, values lists of
    codes), so the name's key is found in its text and only its list is read."""
    if country_names.cache_info().currsize:
        return country_names().get(folded, [])
    text = _names_text()
    key = ('"' + json.dumps(folded, ensure_ascii=False)[1:-1] + '":[').encode()
    at = text.find(key)
    if at < 0:
        return []
    start = at + len(key) - 1
    try:
        codes: list[str] = json.loads(text[start : text.index(b"]", start) + 1])
    except ValueError as error:
        raise DataError(f"cannot read {_NAMES}: {error}", "rebuild or reinstall the data file") from None
    return codes


def resolve_country(text: str) -> Country:
    """Resolve a country given as alpha-2, alpha-3, numeric, its English, official or a local name
    (pycountry's translations and common endonyms), or any of these with a small typo.

    Anything that could name a path ('../x', '/etc', 'a\\0') is refused before any lookup.
    """
    cleaned = str(text).strip()
    if not cleaned or len(cleaned) > 80 or not _SAFE.fullmatch(_without_marks(cleaned)):
        raise InputError(f"{text!r} is not a country", _HINT)
    table = _table()
    found = _by_code(table, cleaned)
    if found is not None:
        return found
    key = fold_name(cleaned)
    codes = list(_SHARED_NAMES.get(key, ())) or country_names().get(key)
    if codes is None:
        codes = _by_typo(table, key, text)
    if len(codes) > 1:
        names = " or ".join(f"{table.by_alpha2[c].name} ({c})" for c in codes)
        raise InputError(f"country {text!r} could be {names}", "give the ISO code of the one you mean")
    return table.by_alpha2[codes[0]]


def _without_marks(text: str) -> str:
    """The text without its combining marks and joiners, which `\\w` does not match: the vowel
    signs of Bengali, Devanagari, Sinhala, Burmese ('বাংলাদেশ', 'नेपाल' were "not a country")."""
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("M") and ch not in _JOINERS)


_JOINERS = frozenset("\u200c\u200d")


def short_number(text: str) -> bool:
    """Whether a country was given as its ISO 3166 number short of its leading zeros ('8' for
    008, Albania): a reading to show, as a region's code short of its zero is ('AL-2')."""
    cleaned = " ".join(str(text).split())
    return cleaned.isdigit() and len(cleaned) < 3


def read_by_spelling(text: str, alpha2: str) -> bool:
    """Whether `resolve_country(text)` gave alpha2 by a close spelling ('Sierra Leon', 'Albnia'),
    a reading to show: a code ('AL', 'ALB', '008') and a name of the country in any language
    ('Albania', 'Albanie', 'Shqipëri', 'Україна') are exact."""
    cleaned = " ".join(str(text).split())
    if cleaned.isdigit() or (len(cleaned) <= 3 and cleaned.isascii()):
        return False
    return not is_country_name(fold_name(cleaned), alpha2)


#: Names that each of two countries is called by in everyday speech, though ISO gives the name
#: to one: 'Congo' is read as neither, since people say it of both.
_SHARED_NAMES = {"congo": ("CG", "CD"), "the congo": ("CG", "CD")}


def _by_code(table: _CountryTable, cleaned: str) -> Country | None:
    if cleaned.isdigit():
        return table.by_numeric.get(cleaned.zfill(3)) or _unknown(cleaned)
    if len(cleaned) == 2 and cleaned.isascii():
        return table.by_alpha2.get(cleaned.upper())
    if len(cleaned) == 3 and cleaned.isascii():
        return table.by_alpha3.get(cleaned.upper())
    return None


def _unknown(text: str) -> Country:
    raise InputError(f"unknown country {text!r}", _HINT)


def _by_typo(table: _CountryTable, key: str, text: str) -> list[str]:
    from rapidfuzz import fuzz, process  # heavy (70 ms to import): only for a name that is not exact

    names = country_names()
    scored = process.extract(key, list(names), scorer=fuzz.ratio, limit=6)
    if not scored or scored[0][1] < _TYPO_CUTOFF or len(key) < 4:
        partial = _named_in(names, key)
        if partial:
            return partial
        closest = ", ".join(
            dict.fromkeys(
                f"{table.by_alpha2[c].name} ({c})" for name, _s, _i in scored[:3] for c in names[name]
            )
        )
        raise InputError(f"unknown country {text!r}", f"closest: {closest}" if closest else _HINT)
    best = scored[0][1]
    codes: list[str] = []
    for name, score, _ in scored:
        if score >= best - 0.01:
            codes += [c for c in names[name] if c not in codes]
    return codes


def _named_in(names: dict[str, list[str]], key: str) -> list[str]:
    """Countries whose name has every word of the key ('Korea': KR and KP; 'Macedonia': MK),
    when a few do; a word that many names share ('republic') names none."""
    words = set(key.split())
    if len(key) < 4:
        return []
    codes = list(dict.fromkeys(c for name, cs in names.items() if words <= set(name.split()) for c in cs))
    return codes if len(codes) <= 3 else []
