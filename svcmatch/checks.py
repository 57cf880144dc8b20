"""The checks of a provider record: findings (field, severity, message, fix) for every caller.

Every write path (`directory add`, `edit`, `import`, HSDS import, `Transaction.put`) refuses a
record with an error finding; `directory validate` reports errors and warnings of stored ones.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import itertools
import math
import operator
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal
from urllib.parse import SplitResult, urlsplit

from . import geo
from .cell_place import names_a_town_near
from .characters import UNSAFE_CHARACTERS, UNSAFE_MULTILINE
from .characters import unsafe_character as unsafe_character
from .dates import ethiopian_day_meant, other_calendar_year
from .errors import DataError, InputError
from .geo import Place, city_misspelt, distance_to_region_km, locate_quietly, read_city
from .geo.gazetteer import Town, countries_with_town, has_gazetteer, load_gazetteer
from .geo.names import fold_name, one_slip_apart, to_latin, town_named
from .geo.regions import CountryPoint, located_region, place_in_country, region_name
from .languages import is_language_code, languages_named
from .model import (
    CONFIDENTIAL_EXTRA_KEYS,
    EXPLOITATION_TYPES,
    HSDS_KEY,
    LOCATABLE_TEXTS,
    SEXES,
    STATUSES,
    WITHHELD_IN_TEXT,
    Provider,
    gives_location,
    gives_place_in,
    kept_problem,
    point_of,
    public_location,
    town_country,
    withheld_in_text,
)
from .settings import EARLIEST_DAY
from .taxonomy import NEEDS_BY_CODE, fold, read_need

SEVERITIES = ("error", "warning")
#: A provider this far (km) from every known town of its region probably has wrong coordinates.
FAR_FROM_REGION_KM = 50.0
#: The oldest age a record may name.
MAX_AGE = 130
#: Free-text fields that may hold several lines (a newline or a tab is fine there, nowhere else).
MULTILINE_FIELDS = frozenset({"address", "how_to_refer", "notes"})
#: A point this close (km) to a region's towns counts as in it: a border place confirms its region.
_CONFIRMS_REGION_KM = 1.0

#: The words offices write before an extension beyond phonenumbers' own (ext., x, #): a
#: Philippine office's 'loc. 12', Spanish 'anexo' and 'interno', French 'poste', Russian and
#: Ukrainian 'доб.' (ninth office pass: '(02) 8921 0000 loc. 12' was refused); `phones` reads them.
EXTENSION_WORDS = r"loc|local|anexo|interno|poste|доб|вн"
_PHONE = re.compile(
    rf"(?:\+|00)?[\d\s().\-/]+(?:\s*(?:ext\.?|x|#|(?:{EXTENSION_WORDS})\.?)\s*\d{{1,6}})?", re.IGNORECASE
)
_EXTENSION = re.compile(r"ext\.?|x|#", re.IGNORECASE)
_CONTACT_SEPARATORS = re.compile(r"[|,;]")
_EMAIL = re.compile(r"[^\s@\"(),:;<>\[\]\\]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with one record: the field, how bad, what is wrong, and how to repair it.

    An "error" makes the data wrong (every write path refuses it); a "warning" asks a person
    to look. `provider` is the record's id when the finding is reported for a stored record.
    """

    field: str
    severity: str  # "error" or "warning"
    message: str
    fix: str
    provider: str = ""

    def describe(self) -> str:
        """One line, like a linter: 'al-tir-1a2b: error: email: ... (fix: ...)'."""
        where = f"{self.provider}: {self.severity}" if self.provider else self.severity
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what} (fix: {self.fix})"

    def to_row(self) -> dict[str, str]:
        return {
            "severity": self.severity,
            "provider": self.provider,
            "field": self.field,
            "message": self.message,
            "fix": self.fix,
        }


# --- one value --------------------------------------------------------------------------------


def is_phone(text: str) -> bool:
    """Digits with spaces, + ( ) - . /, an optional extension; 5 to 15 digits before it."""
    if not _PHONE.fullmatch(text):
        return False
    number = _EXTENSION.split(text, 1)[0]
    digits = sum(map(str.isdigit, number))
    return 5 <= digits <= 15


def is_email(text: Any) -> bool:
    """An e-mail address: a local part, @, a domain with a dot and a top-level name of letters."""
    return isinstance(text, str) and bool(_EMAIL.fullmatch(text.strip())) and ".." not in text


#: A web address written without its scheme: a host name with a dot, an optional port and path.
_WEB_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+(?::\d{1,5})?(?:[/?#]\S*)?")


def is_web_address(text: Any) -> bool:
    """An http(s) address with a host, or a host name with an optional path (www.example.org/x).

    Any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`) is refused: a partner's
    HSDS tool or web page makes the website a link, and such a link runs what it holds."""
    if not isinstance(text, str) or not text.strip():
        return False
    text = text.strip()
    if any(ch.isspace() or ch in '<>"`\\' for ch in text):
        return False  # no address holds them unescaped; an HTML attribute would end at a quote
    if "://" in text or ":" in text.split("/", 1)[0].split(".", 1)[0]:
        parts = split_url(text)
        return parts is not None and parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    return bool(_WEB_HOST.fullmatch(text))


def split_url(text: str) -> SplitResult | None:
    """A URL's parts (urllib's `urlsplit`); None where it cannot be one: a bracketed host that
    is no IP address ('http://[notip]/x': Python 3.11's urlsplit refuses it, 3.10's took it),
    an unclosed '['."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if ("[" in parts.netloc or "]" in parts.netloc) and not _bracketed_host_is_ip(parts.netloc):
        return None
    return parts


def _bracketed_host_is_ip(netloc: str) -> bool:
    """Whether a bracketed host is an IPv6 address or an IPvFuture one (RFC 3986), as Python
    3.11's urlsplit requires of it."""
    found = re.fullmatch(r"(?:[^@]*@)?\[([^\]]*)\](?::[0-9]*)?", netloc)
    if found is None:
        return False
    host = found.group(1)
    if host[:1] in ("v", "V"):
        return re.fullmatch(r"[vV][0-9A-Fa-f]+\.[A-Za-z0-9._~!$&'()*+,;=:-]+", host) is not None
    try:
        return ipaddress.ip_address(host).version == 6
    except ValueError:
        return False


def contact_items(cell: str) -> list[str]:
    """The phones or e-mails of one cell: several are separated by |, comma or semicolon."""
    return [part.strip() for part in _CONTACT_SEPARATORS.split(cell) if part.strip()] if cell else []


# --- the record alone --------------------------------------------------------------------------

FixOf = Callable[[Provider, str], str]


#: Values a fix gives as examples of the form, never as the answer (a command that would store
#: them is not said as the one to run): besides these, a placeholder ('..', '<name, role>') and
#: the country's example phone number (`phones.example_phone`).
EXAMPLE_VALUES = frozenset({"shelter|medical", "sq|en", "name@example.org", "https://example.org"})


def is_example(value: str, country: str) -> bool:
    """Whether a value of a fix is an example or a placeholder rather than the value to give."""
    if value in EXAMPLE_VALUES or value.startswith("<") or ".." in value:
        return True
    from .phones import example_phone  # phonenumbers' data: only for a refused record

    return value == example_phone(country)


def _set_fix(_provider: Provider, assignment: str) -> str:
    return "set " + assignment.replace(" --set ", " and ")


def value_findings(
    provider: Provider,
    *,
    today: dt.date | None = None,
    fix: FixOf = _set_fix,
    complete: bool = True,
    memo: Memo | None = None,
) -> list[Finding]:
    """The errors a record has on its own, whatever its country: required fields (with
    `complete`), enumerated values, ranges, numbers that are not finite, dates in the future
    and unsafe characters. `memo`: where the findings of checks that read a few values
    repeated down a file are kept (`remembered`); only for a `fix` that names no record."""
    found: list[Finding] = list(_required(provider, fix)) if complete else []
    found += remembered(memo, _enumerations, _ENUMERATED(provider), provider, fix)
    found += _coordinates(provider, fix)
    found += _ages(provider, fix)
    found += _future_dates(provider, today or dt.date.today(), fix)
    found += _characters(provider, fix)
    found += _list_items(provider, fix)
    found += _located_in_texts(provider, fix)
    return found


#: The texts `_located_in_texts` looks at, and a getter of them all in one call.
_LOCATABLE_NAMES = LOCATABLE_TEXTS
_LOCATABLE_VALUES = operator.attrgetter(*_LOCATABLE_NAMES)


def _located_in_texts(provider: Provider, fix: FixOf) -> Iterator[Finding]:
    """A confidential shelter's free texts (notes, how_to_refer, ...) must not give its address,
    town or point, nor its website its point or street address (a map link): every output
    shows them (privacy withholds what a stored one holds)."""
    if not provider.confidential_address:
        return
    point, country = point_of(provider), town_country(provider)
    address, city = provider.address, provider.city
    for name, value in zip(_LOCATABLE_NAMES, _LOCATABLE_VALUES(provider), strict=True):
        texts = value if isinstance(value, tuple) else (value,)
        if any(gives_place_in(name, text, address, city, point, country) for text in texts):
            yield Finding(
                name,
                "error",
                f"{name} gives the address or town, or the exact point, of this confidential shelter, "
                "which every output shows",
                fix(provider, f'{name}="<the same without the address, town or coordinates>"'),
            )
        elif any(_names_a_town_beside(provider, text) for text in texts):
            yield Finding(
                name,
                "error",
                f"{name} names a town beside this confidential shelter (in or near its ~11 km cell), "
                "which places it closer than any output does",
                fix(provider, f'{name}="<the same without the towns around it>"'),
            )


def _names_a_town_beside(provider: Provider, text: str) -> bool:
    """Whether a confidential shelter's own text names a village beside it ('Strehëza Kurbnesh'
    of a shelter in Orosh, 5 km away), as a caseworker's note about it may not (cell_place;
    fifteenth adversarial pass); the name of its region, which outputs give, is fair."""
    point = point_of(provider)
    if not text or point is None or not all(map(math.isfinite, point)) or not provider.region:
        return False  # without a point, every town of its region would be one (the cell's rule)
    try:
        shown_region = region_name(provider.region)
    except InputError:  # a region the checks report on their own
        shown_region = ""
    return names_a_town_near(provider, text, except_town=shown_region)


def id_findings(provider: Provider) -> list[Finding]:
    """A new confidential shelter's id must not spell its address or town (`al-orosh-house`):
    every output, package and referral names the id, and an id is never changed. Asked of a
    record when it is first stored (Transaction.put, an import's new rows); a record that turns
    confidential keeps the id it has."""
    if not provider.confidential_address or not provider.id:
        return []
    # nor begin with its town's first letters, as a public record's does (`--id al-oro-1` of a
    # shelter in Orosh was taken without a word, where one turned confidential is warned of:
    # twentieth adversarial pass)
    if not _id_gives_place(provider):
        return []
    return [
        Finding(
            "id",
            "error",
            f"id {provider.id} spells the address or town of this confidential shelter, or begins "
            "with its town's first letters as a public record's id does, which every output and "
            "referral names",
            "leave the id out for a fresh one, or give one without the place",
        )
    ]


def _id_gives_place(provider: Provider) -> bool:
    """Whether a record's id begins with its town's letters or spells its address or town."""
    return id_begins_with_town(provider.id, provider.city) or id_spells_place(
        provider.id, provider.address, provider.city
    )


def id_begins_with_town(record_id: str, city: str) -> bool:
    """Whether an id's second part begins the town's letters as ids take them (`al-oro-87bc`)."""
    letters = re.sub(r"[^a-z0-9]", "", to_latin(fold(city)))  # as ids take a town's
    stem = record_id.split("-")[1:2]
    return bool(letters) and bool(stem) and len(stem[0]) >= 3 and letters.startswith(stem[0])


def id_from_town(provider: Provider) -> list[Finding]:
    """A confidential shelter whose id begins with its town's first letters, as `add` and
    `import` make a public record's (`al-oro-87bc` in Orosh: Transaction.new_id), or spells its
    address or town: made while it was public, it keeps the id (ids never change), which every
    output, package and referral shows; in a region where one town begins so, it names the
    village every output withholds (a warning: only the office can judge and choose)."""
    if not provider.confidential_address or not provider.id or not provider.city:
        return []
    if not _id_gives_place(provider):
        return []
    return [
        Finding(
            "id",
            "warning",
            f"id {provider.id} begins with the first letters of its town, or spells its place, as "
            "the id of a public record may: every output, package and referral shows it",
            "to give the shelter an id without them, add its record again without an id (a new "
            "one is made from its name) and remove this one; its history and referrals stay "
            "under this id",
        )
    ]


def id_spells_place(record_id: str, address: str, city: str) -> bool:
    """Whether an id spells this address or town (what `id_findings` refuses of a confidential
    shelter): asked without a copy of the record for each id a new one is tried with."""
    words = _NOT_A_WORD.sub(" ", record_id)  # al-orosh_2 -> "al orosh ": a word per part
    return gives_location(words, address, city)


_NOT_A_WORD = re.compile(r"[\W\d_]+")


#: Findings of a check, kept by the check and the values it reads (see `remembered`).
Memo = dict[tuple[Any, ...], list[Finding]]
#: The values `_enumerations` reads: an import's rows repeat a few of them.
_ENUMERATED = operator.attrgetter("categories", "sexes", "exploitation_types", "status")
#: The most findings a memo keeps (a process that checks for days).
_MOST_REMEMBERED = 100_000


def remembered(
    memo: Memo | None,
    check: Callable[[Provider, FixOf], Iterator[Finding]],
    key: tuple[Any, ...],
    provider: Provider,
    fix: FixOf,
) -> list[Finding]:
    """`check`'s findings of the record, kept in `memo` by `key`, the values of the record it
    reads (a value that is no key, a list a script gave, is checked each time). The check's
    findings and their fixes must depend on those values only."""
    if memo is None:
        return list(check(provider, fix))
    try:
        found = memo.get((check, key))
    except TypeError:
        return list(check(provider, fix))
    if found is None:
        if len(memo) >= _MOST_REMEMBERED:
            memo.clear()
        found = memo[(check, key)] = list(check(provider, fix))
    return found


def _required(provider: Provider, fix: FixOf) -> Iterator[Finding]:
    if not provider.name.strip():
        yield Finding("name", "error", "name is empty", fix(provider, 'name="<name of the service point>"'))
    if not provider.categories:
        yield Finding(
            "categories",
            "error",
            "no need category",
            fix(provider, "categories=shelter|medical") + ", codes of `svcmatch needs`",
        )
    if not provider.region:
        yield Finding(
            "region", "error", "no region", fix(provider, "region=<ISO 3166-2 code or region name>")
        )


#: List fields whose items come from a closed set: the set, whether "any" is allowed too, how
#: the error names the wrong items, the value its fix sets, and what the fix adds.
_CLOSED_LISTS: tuple[tuple[str, Collection[str], bool, str, str, str], ...] = (
    (
        "categories",
        NEEDS_BY_CODE,
        False,
        "unknown categories {}",
        "categories=shelter|medical",
        ", codes of `svcmatch needs`",
    ),
    # the fixes name the values to choose from: a fix is followed as written, and an example
    # (`sexes=female|male`, `exploitation_types=sexual|labour`) widened a women's shelter to men
    ("sexes", SEXES, True, "sexes {} not one of female, male, other, any", "sexes=<female|male|other>", ""),
    (
        "exploitation_types",
        EXPLOITATION_TYPES,
        True,
        "unknown exploitation types {}",
        "exploitation_types=<" + "|".join(EXPLOITATION_TYPES) + ">",
        ", or any",
    ),
)


def _enumerations(provider: Provider, fix: FixOf) -> Iterator[Finding]:
    for name, allowed, any_too, message, assignment, more in _CLOSED_LISTS:
        wrong = [v for v in getattr(provider, name) if v not in allowed and not (any_too and v == "any")]
        if wrong and name == "categories":
            yield Finding(name, "error", message.format(", ".join(wrong)), _categories_fix(provider, fix))
        elif wrong:
            yield Finding(name, "error", message.format(", ".join(wrong)), fix(provider, assignment) + more)
    if provider.status not in STATUSES:
        yield Finding(
            "status",
            "error",
            f"status {provider.status!r} is not one of {', '.join(STATUSES)}",
            fix(provider, f"status={_status_meant(provider.status)}"),
        )


#: Words of a status that is not ours, and the status they mean: the fix an error names is
#: followed as written, and `status=active` made a closed service one that `match` refers to.
_STATUS_WORDS = (
    (("temp", "suspend", "paus", "hold"), "temporarily_closed"),
    (("clos", "defunct", "shut", "inact", "ended", "stopp"), "inactive"),
)


def _categories_fix(provider: Provider, fix: FixOf) -> str:
    """The fix of categories holding words that are no need codes: the codes they are read as,
    as `directory add` reads them ('doctor' is medical), when every word is one; else what each
    other word is close to, or could mean. Never an example to copy: `categories=shelter|medical`
    followed as written made a clinic (a hand-typed 'Doctor') a shelter (third country office
    pass)."""
    codes: list[str] = []
    unread: list[str] = []
    for word in provider.categories:
        try:
            found = (word,) if word in NEEDS_BY_CODE else read_need(word, tolerant=False).codes
        except InputError as error:
            unread.append(_need_word_said(word, error))
            continue
        codes.extend(code for code in found if code not in codes)
    if not unread:
        return fix(provider, "categories=" + "|".join(codes))
    said = "; ".join(unread)
    return fix(provider, "categories=<need codes>") + f"; {said}; `svcmatch needs` lists them"


def _need_word_said(word: str, error: InputError) -> str:
    """What `read_need`'s error says of one word, in a fix naming several."""
    if error.message.startswith("unknown need") and error.hint:  # 'closest codes: a, b, c; ...'
        return error.hint.split(";")[0].replace("closest codes:", f"closest codes to {word!r}:")
    said = error.message.removeprefix("need ")
    hint = (error.hint or "").split("; `svcmatch needs`")[0]
    return f"{said} ({hint})" if hint else said


def _status_meant(status: Any) -> str:
    """The status a word that is not one of STATUSES means, or a placeholder, never `active`."""
    folded = str(status).casefold()
    for words, meant in _STATUS_WORDS:
        if any(word in folded for word in words):
            return meant
    return "<" + "|".join(STATUSES) + ">"


def _coordinates(provider: Provider, fix: FixOf) -> Iterator[Finding]:
    for name, value, limit in (("latitude", provider.latitude, 90), ("longitude", provider.longitude, 180)):
        if value is None or -limit <= value <= limit:  # NaN fails the range: it is reported below
            continue
        where = fix(provider, "latitude=.. --set longitude=..")
        if not math.isfinite(value):
            yield Finding(name, "error", f"{name} {value} is not a finite number", where)
        else:
            yield Finding(name, "error", f"{name} {value} is outside -{limit}..{limit}", where)
    if (provider.latitude is None) != (provider.longitude is None):
        yield Finding(
            "latitude",
            "error",
            "only one of latitude and longitude is set",
            fix(provider, "latitude=.. --set longitude=.."),
        )


def _ages(provider: Provider, fix: FixOf) -> Iterator[Finding]:
    low, high = provider.min_age, provider.max_age
    if low is not None and high is not None and low > high:
        yield Finding(
            "min_age",
            "error",
            f"min_age {low} is above max_age {high}",
            fix(provider, "min_age=.. --set max_age=.."),
        )
    if high is not None and high > MAX_AGE:
        yield Finding("max_age", "error", f"max_age {high} is not a human age", fix(provider, "max_age=.."))


def _future_dates(provider: Provider, today: dt.date, fix: FixOf) -> Iterator[Finding]:
    for name in ("verified_on", "capacity_updated"):
        day = getattr(provider, name)
        if day is None:
            continue
        other = other_calendar_year(day, today)
        if other is not None:
            message, gregorian = other
            yield Finding(name, "error", message, fix(provider, f"{name}={gregorian}"))
        elif day > today and name == "verified_on":
            yield Finding(
                name,
                "error",
                f"verified on {day.isoformat()}, a date in the future",
                fix(provider, f"verified_on={today.isoformat()}") + ", the day it was checked",
            )
        elif day > today:
            yield Finding(
                name,
                "error",
                f"{day.isoformat()} is in the future",
                fix(provider, f"{name}={today.isoformat()}"),
            )
        elif day < EARLIEST_DAY:  # 0001-01-01 was stored without a word
            yield Finding(
                name,
                "error",
                f"{day.isoformat()} is before {EARLIEST_DAY.year}, no day it was checked (a "
                "spreadsheet's blank date cell reads 1899-12-30)",
                fix(provider, f"{name}=<the day it was checked>"),
            )


#: The fields that hold one line of text, and those that hold tuples of text.
_LINE_FIELDS = tuple(f.name for f in fields(Provider) if f.type == "str" and f.name not in MULTILINE_FIELDS)
_LIST_FIELDS = tuple(f.name for f in fields(Provider) if f.type == "tuple[str, ...]")


#: Getters of those fields' values, all in one call (this runs for every record a write checks).
_LINE_VALUES = operator.attrgetter(*_LINE_FIELDS)
_LIST_VALUES = operator.attrgetter(*_LIST_FIELDS)
_MULTILINE_VALUES = operator.attrgetter(*MULTILINE_FIELDS)


#: A letter of UTF-8 read once as Windows-1252: a lead byte's letter ('Ã', 'Ð'), then a
#: continuation byte's ('«', '¡', '€'): 'ShkodÃ«r' is Shkodër, 'Ð›ÑŒÐ²Ñ–Ð²' is Львів.
_READ_AS_CP1252 = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def read_once_as_cp1252(text: str) -> str | None:
    """The text as written, when it is UTF-8 that a program read once as Windows-1252 and saved
    so ('ShkodÃ«r' -> 'Shkodër'); None for any other text (every such pair of letters must
    decode: 'Ã©tÃ©' does, a name with a real 'Ã' beside a real '«' does not)."""
    if not _READ_AS_CP1252.search(text):
        return None
    try:
        written = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return written if written != text else None


def _characters(provider: Provider, fix: FixOf) -> Iterator[Finding]:
    lines = "".join(_LINE_VALUES(provider)) + "".join(itertools.chain.from_iterable(_LIST_VALUES(provider)))
    multiline = " ".join(_MULTILINE_VALUES(provider))
    if _READ_AS_CP1252.search(lines + multiline):  # rare: say which value, as it was written
        for name in (*_LINE_FIELDS, *_LIST_FIELDS, *sorted(MULTILINE_FIELDS)):
            value = getattr(provider, name)
            for text in (value,) if isinstance(value, str) else value:
                written = read_once_as_cp1252(str(text))
                if written is not None:
                    yield Finding(
                        name,
                        "error",
                        f"{text!r} holds letters read wrongly once (UTF-8 opened as Windows-1252 and "
                        "saved so)",
                        f"write it as {written!r}: correct the sheet, or import the file it was copied from",
                    )
                    break
    if re.search(UNSAFE_CHARACTERS, lines + "".join(provider.coverage.regions)) or re.search(
        UNSAFE_MULTILINE, multiline
    ):  # rare: say where
        for name in (*_LINE_FIELDS, *_LIST_FIELDS, "coverage", *sorted(MULTILINE_FIELDS)):
            value = getattr(provider, name)
            texts = (
                provider.coverage.regions
                if name == "coverage"
                else (value,)
                if isinstance(value, str)
                else value
            )
            for text in texts:
                bad = unsafe_character(str(text), multiline=name in MULTILINE_FIELDS)
                if bad:
                    yield Finding(
                        name,
                        "error",
                        f"contains the control character {bad}, which terminals act on or do not show",
                        "remove it: write the text without control characters",
                    )
                    break
    yield from _extra_findings(provider.extra)


def _list_items(provider: Provider, fix: FixOf) -> Iterator[Finding]:
    """No item of a list holds '|': a spreadsheet cell writes a list's items between '|', so
    such an item came back as two after an export and an import (found by the attacks
    engineer: add --json of documents_required ["passport|ID card"])."""
    if "|" not in "".join(itertools.chain.from_iterable(_LIST_VALUES(provider))):
        return
    for name, items in zip(_LIST_FIELDS, _LIST_VALUES(provider), strict=True):
        if any("|" in item for item in items):
            yield Finding(
                name,
                "error",
                f"an item of {name} holds '|', which a spreadsheet cell puts between items",
                fix(provider, f'{name}="<items separated by |, none holding one>"'),
            )


def _extra_findings(extra: Mapping[str, Any]) -> Iterator[Finding]:
    problem = _unsafe_json(extra, "extra")
    if problem:
        yield Finding("extra", "error", problem, "remove the value from the source, then import it again")
    for key in (HSDS_KEY, *CONFIDENTIAL_EXTRA_KEYS):  # what outputs unpack: readable, bounded
        kept = kept_problem(extra[key]) if key in extra else None
        if kept:
            yield Finding(
                "extra",
                "error",
                f"extra.{key} {kept}: it holds what an HSDS import keeps aside",
                f"leave extra.{key} out (`import --format hsds` writes it), or import the feed again",
            )


def _unsafe_json(value: Any, path: str) -> str | None:
    """What makes a JSON value unfit for the directory file: NaN, Infinity, control characters."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"{path} is {value}, not a finite number"
    if isinstance(value, str):
        bad = unsafe_character(value, multiline=True)
        return f"{path} contains the control character {bad}" if bad else None
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _unsafe_json(str(key), f"{path} key") or _unsafe_json(item, f"{path}.{key}")
            if found:
                return found
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _unsafe_json(item, f"{path}[{index}]")
            if found:
                return found
    return None


# --- freshness ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """How long after its last verification a record is stale: `count` whole calendar months
    (12m, 1y), as `match` counts them (matching.freshness.is_stale), or `count` days (365d, 52w).
    `validate`, `directory stale` and `directory stats` all ask this one question."""

    count: int
    unit: Literal["months", "days"] = "months"

    def is_stale(self, verified_on: dt.date | None, today: dt.date) -> bool:
        """Never verified, verified on a date after `today` (no verification: match and validate
        say so), or verified `count` months (or days) or longer before `today`."""
        if self.unit == "months":
            # Lazy on purpose: svcmatch.matching.freshness runs svcmatch.matching's __init__ (the
            # whole engine: 70 ms of CPU on a quiet machine, 126-175 ms measured with
            # `python -X importtime` on the shared one), which `directory list`, `show` and every
            # write (they import this module for `refusals`) would pay for nothing.
            from .matching.freshness import is_stale

            return is_stale(verified_on, today, self.count)
        return verified_on is None or verified_on > today or (today - verified_on).days >= self.count

    def __str__(self) -> str:
        return f"{self.count} {self.unit if self.count != 1 else self.unit[:-1]}"


def stale_period() -> Period:
    """Stale as `match` counts it: not verified for matching.freshness.STALE_MONTHS months."""
    from .matching.freshness import STALE_MONTHS  # lazy, as in Period.is_stale

    return Period(STALE_MONTHS)


# --- the record in its country -------------------------------------------------------------------


class Checker:
    """The checks of records of one country, with what they need of it loaded once.

    `commands=True` writes each fix as the svcmatch command that repairs a stored record
    (as `directory validate` shows them); `fix_of` writes it as its caller says (`directory
    add` as the command line typed, with the value to give); otherwise a fix says which value
    to set.
    """

    def __init__(
        self,
        country: str,
        *,
        today: dt.date | None = None,
        stale_after: Period | None = None,
        commands: bool = False,
        fix_of: FixOf | None = None,
    ) -> None:
        self.country = geo.resolve_country(country).alpha2
        self.today = today or dt.date.today()
        self.stale_after = stale_after
        self.commands = commands
        self.fix_of = fix_of
        self.region_codes = {code for code, _name in geo.regions(self.country)}
        self.country_name = geo.resolve_country(self.country).name
        self._languages: dict[str, bool] = {}
        self._inside_cache: dict[tuple[float, float], CountryPoint] = {}
        self._region_cache: dict[tuple[float, float, str], float] = {}
        self._towns: dict[str, tuple[tuple[str, str], ...]] = {}
        self._gazetteer: bool | None = None
        self._misspellings: dict[tuple[str, str], Place | None] = {}
        self._towns_abroad: dict[str, tuple[str, ...]] = {}
        self._memo: Memo = {}

    # the findings ---------------------------------------------------------------------------

    def errors(self, provider: Provider, *, complete: bool = True) -> list[Finding]:
        """Every error of the record: what a write path refuses. Without `complete`, a missing
        name, category or region is left to `validate` (a feed that does not give them)."""
        try:
            if self._clean(provider, complete):
                return []
        except (TypeError, ValueError, AttributeError):  # a script's odd value: the checks say
            pass
        return self.findings(provider, warnings=False, complete=complete)

    def _clean(self, provider: Provider, complete: bool) -> bool:
        """Whether `findings(provider, warnings=False, complete=complete)` is surely empty: the
        common record of an import (without extra, with coordinates) tested
        in one pass, each check's condition for finding nothing as the checks below write it;
        False leaves the record to every check. An import of 100,000 rows asked the dozen
        checks, each a generator, of every row (about 25 us a row, 2.5-3 s); most rows have
        no finding. `tests/test_checks_clean.py` holds the two to each other."""
        if provider.extra:
            return False  # _extra_findings
        lat, lon = provider.latitude, provider.longitude
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return False  # _coordinates, _location, _city_as_written (NaN fails the ranges)
        if complete and not (provider.name.strip() and provider.categories and provider.region):
            return False  # _required
        low, high = provider.min_age, provider.max_age
        if high is not None and (high > MAX_AGE or (low is not None and low > high)):
            return False  # _ages
        verified, updated, today = provider.verified_on, provider.capacity_updated, self.today
        if (verified is not None and not EARLIEST_DAY <= verified <= today) or (
            updated is not None and not EARLIEST_DAY <= updated <= today
        ):
            return False  # _future_dates
        listed = "".join(itertools.chain.from_iterable(_LIST_VALUES(provider)))
        if "|" in listed:
            return False  # _list_items
        if re.search(
            UNSAFE_CHARACTERS, "".join(_LINE_VALUES(provider)) + listed + "".join(provider.coverage.regions)
        ) or re.search(UNSAFE_MULTILINE, " ".join(_MULTILINE_VALUES(provider))):
            return False  # _characters
        if _READ_AS_CP1252.search(
            "".join(_LINE_VALUES(provider)) + listed + "".join(_MULTILINE_VALUES(provider))
        ):
            return False  # _characters (letters read wrongly once)
        if not (
            _CATEGORIES.issuperset(provider.categories)
            and _SEX_WORDS.issuperset(provider.sexes)
            and _EXPLOITATION_WORDS.issuperset(provider.exploitation_types)
            and provider.status in STATUSES
        ):
            return False  # _enumerations
        codes = self.region_codes
        if (provider.region and provider.region not in codes) or not codes.issuperset(
            provider.coverage.regions
        ):
            return False  # _region
        if not all(map(self._is_language, provider.languages)):
            return False  # _languages_known
        if not self.inside_country(lat, lon):
            return False  # _location
        if self.phone_problem(provider.phone) is not None or not all(
            map(is_email, contact_items(provider.email))
        ):
            return False  # _contacts
        if provider.website and not is_web_address(provider.website):
            return False  # _contacts
        if provider.city.strip() and provider.region in self.region_codes:
            towns = self.towns_named(provider.city)
            if towns and all(region != provider.region for _name, region in towns):
                return False  # _city_in_region (unless the point confirms the region: asked)
        if provider.city.strip() and self._has_gazetteer() and self._town_at_point(provider) is not None:
            return False  # _city_as_written (a misspelt town at the point)
        # _located_in_texts, last: its search of a confidential shelter's texts costs the most
        return not provider.confidential_address or next(_located_in_texts(provider, _set_fix), None) is None

    def findings(self, provider: Provider, *, warnings: bool = True, complete: bool = True) -> list[Finding]:
        """Errors, then (with `warnings`) warnings, each with the record's id when it has one."""
        memo = None if self.commands or self.fix_of else self._memo  # a command in a fix names the record
        found = value_findings(provider, today=self.today, fix=self.fix, complete=complete, memo=memo)
        if complete and not provider.region and provider.city and not provider.confidential_address:
            found = self._with_the_towns_region(found, provider)
        found += remembered(memo, self._words, _WORDS(provider), provider, self.fix)
        found += self._location(provider, warnings)
        found += self._contacts(provider)
        found += self._city_in_region(provider)
        found += self._city_as_written(provider)
        if warnings:
            found += self._freshness(provider)
            found += self._status(provider)
            found += self._confidential(provider)
        if provider.id and self.commands:
            found = [_for_provider(f, provider.id) for f in found]
        if provider.confidential_address and found:
            found = [_place_withheld(f, provider) for f in found]
        if len(found) > 1:  # most records have no finding
            found.sort(key=lambda f: SEVERITIES.index(f.severity))
        return found

    def _with_the_towns_region(self, found: list[Finding], provider: Provider) -> list[Finding]:
        """'no region' of a record whose city is a town known exactly names the town's region
        in its fix, as `directory add` does: a suggestion, never filled in (a new office's first
        sheet said only 'set region=<ISO 3166-2 code or region name>')."""
        regions = sorted({region for _name, region in self.towns_named(provider.city)})
        if not regions:
            return found
        said = (
            f"{provider.city} is in {regions[0]}"
            if len(regions) == 1
            else f"towns named {provider.city} lie in several regions ({', '.join(regions)}): give yours"
        )
        return [
            Finding(f.field, f.severity, f.message, f"{f.fix}; {said}", f.provider)
            if (f.field, f.message) == ("region", "no region")
            else f
            for f in found
        ]

    def fix(self, provider: Provider, assignment: str) -> str:
        if self.fix_of is not None:
            return self.fix_of(provider, assignment)
        if self.commands:
            return f"svcmatch directory edit {self.country} {provider.id} --set {assignment}"
        return _set_fix(provider, assignment)

    # cached geography -------------------------------------------------------------------------

    def inside_country(self, lat: float, lon: float) -> bool:
        return self.point_in_country(lat, lon).verdict == "inside"

    def point_in_country(self, lat: float, lon: float) -> CountryPoint:
        """Cached per point. (It was cached per ~1 km cell, and a point near a border took the
        answer of the first point of its cell that a process checked that day: the same record
        was taken by one import and refused by the next, by the order of the rows. The
        gazetteer search costs about 8 us a point: 0.75 s for 100,000 distinct points.)"""
        key = (lat, lon)
        found = self._inside_cache.get(key)
        if found is None:
            try:
                found = place_in_country(lat, lon, self.country)
            except DataError:  # the gazetteer finds no town within ~2000 km: far outside
                found = CountryPoint("outside")
            except InputError:  # no gazetteer for the country (a US feed): nothing to check against
                found = CountryPoint("inside")
            if len(self._inside_cache) >= _MOST_CACHED:  # a process that checks for days
                self._inside_cache.clear()
            self._inside_cache[key] = found
        return found

    def km_to_region(self, lat: float, lon: float, region: str) -> float:
        """Cached per point and region (see `inside_country`)."""
        key = (lat, lon, region)
        km = self._region_cache.get(key)
        if km is None:
            try:
                km = distance_to_region_km(lat, lon, region)
            except DataError:  # no town within ~2000 km
                km = float("inf")
            if len(self._region_cache) >= _MOST_CACHED:
                self._region_cache.clear()
            self._region_cache[key] = km
        return km

    def towns_named(self, city: str) -> tuple[tuple[str, str], ...]:
        """(name, region) of the towns whose name is exactly `city` (folded for case and
        accents); empty when the gazetteer does not know the name exactly."""
        key = city.strip()
        known = self._towns.get(key)
        if known is None and self._no_town_so_named(key):
            known = self._towns[key] = ()
        if known is None:
            try:
                place = locate_quietly(key, self.country)  # its refusal is dropped here
            except (InputError, DataError):
                known = ()
            else:
                known = tuple(
                    (p.name, p.region)
                    for p in (place, *place.alternatives)
                    if p.kind == "town" and p.score >= 1.0
                )
            self._towns[key] = known
        return known

    def _no_town_so_named(self, key: str) -> bool:
        """Whether `locate` surely reads no town exactly from `key`, without asking it: one word
        of letters (no comma, space or bracket that splits off a region or a town) that is no
        name of a town of the gazetteer (its names and spellings, folded as `locate` folds) and
        holds no word saying it is a town ('м.Львів'). Even quietly (`locate_quietly`, which
        other words ask), `locate` searches for close spellings of such a word: ~7 ms for each
        village of an import that the gazetteer does not list with its refusal, ~1.2 ms without.
        `tests/test_checks_towns_named.py` holds the two to each other."""
        if not key.isalpha():
            return False
        try:
            names = load_gazetteer(self.country).names
        except (InputError, DataError):
            return False
        folded = fold_name(key)
        return folded not in names and not town_named(folded)

    # the checks ---------------------------------------------------------------------------------

    def _words(self, provider: Provider, _fix: FixOf) -> Iterator[Finding]:
        """The region, coverage and languages (`remembered` by `_WORDS`: rows repeat them)."""
        yield from self._region(provider)
        yield from self._languages_known(provider)

    def _region(self, provider: Provider) -> Iterator[Finding]:
        if provider.region and provider.region not in self.region_codes:
            # a name or a code without its hyphen typed into the file by hand ('Vlora', 'AL12'):
            # the region match reads it as, for the fix (it named none, only '<a AL-.. code>')
            read = located_region(provider.region, self.country)
            # a confidential shelter's may name its town ('Orosh'): never quoted (sixteenth pass)
            stored = "its region as stored" if provider.confidential_address else provider.region
            yield Finding(
                "region",
                "error",
                f"{stored} is not a region of {self.country_name}"
                if read is None
                else f"{stored} is no region code of {self.country_name}: match reads it as "
                f"{read} {region_name(read)}",
                self.fix(provider, f"region={read or f'<a {self.country}-.. code or region name>'}"),
            )
        outside = [r for r in provider.coverage.regions if r not in self.region_codes]
        if outside:
            yield Finding(
                "coverage",
                "error",
                f"its coverage as stored names regions that are not regions of {self.country_name}"
                if provider.confidential_address  # as its region: never quoted (sixteenth pass)
                else f"{', '.join(outside)} not regions of {self.country_name}",
                self.fix(provider, "coverage=<regions, national or radius:KM>"),
            )

    def _languages_known(self, provider: Provider) -> Iterator[Finding]:
        unknown = [code for code in provider.languages if not self._is_language(code)]
        if unknown:
            # a name ISO gives only with more words: the languages to choose from (Tamang)
            named = [f"{code}: {', '.join(found)}" for code in unknown if (found := languages_named(code))]
            yield Finding(
                "languages",
                "error",
                f"{', '.join(unknown)} not ISO 639 language codes",
                self.fix(provider, "languages=sq|en")
                + ", ISO 639 codes such as sq, en or rom"
                + "".join(f"; {line}" for line in named),
            )

    def _is_language(self, code: str) -> bool:
        known = self._languages.get(code)
        if known is None:
            known = self._languages[code] = is_language_code(code)
        return known

    def _location(self, provider: Provider, warnings: bool) -> Iterator[Finding]:
        if provider.latitude is None or provider.longitude is None:
            if warnings and provider.latitude is None and provider.longitude is None:
                yield Finding(
                    "latitude",
                    "warning",
                    "no coordinates: distances to it are unknown",
                    f"svcmatch directory geocode {self.country}, or "
                    + self.fix(provider, "latitude=.. --set longitude=.."),
                )
            return
        lat, lon = provider.latitude, provider.longitude
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return  # value_findings reported it
        where = "the coordinates" if provider.confidential_address else f"({lat}, {lon})"
        found = self.point_in_country(lat, lon)
        swapped = found.verdict != "inside" and self._swapped(provider, lat, lon)
        if found.verdict == "outside" or swapped:
            yield Finding(
                "latitude",
                "error",
                f"{where} lie outside {self.country_name}"
                + ("; latitude and longitude look swapped" if swapped else ""),
                self.fix(provider, "latitude=.. --set longitude=.."),
            )
        elif found.verdict == "doubtful":
            # not surely outside: a remote place the gazetteer does not list is taken, said
            if warnings:
                yield self._doubtful(where, found, provider)
        elif warnings and provider.region in self.region_codes:
            if provider.confidential_address:  # from its ~11 km cell, to 10 km, as outputs say
                km = self.km_to_region(*public_location(lat, lon), provider.region)
                shown = f"{round(km, -1):.0f}"
            else:
                km = self.km_to_region(lat, lon, provider.region)
                shown = f"{km:.0f}"
            if km > FAR_FROM_REGION_KM:
                yield Finding(
                    "latitude",
                    "warning",
                    f"{where} lie about {shown} km from region {provider.region}",
                    "check the coordinates and the region",
                )

    def doubtful_point(self, provider: Provider) -> Finding | None:
        """The warning on a point that is neither surely in the country nor surely outside
        (`CountryPoint`), which every write path says and takes; None for any other point."""
        lat, lon = provider.latitude, provider.longitude
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        found = self.point_in_country(lat, lon)
        if found.verdict != "doubtful" or self._swapped(provider, lat, lon):
            return None
        where = "the coordinates" if provider.confidential_address else f"({lat}, {lon})"
        return self._doubtful(where, found, provider)

    def _doubtful(self, where: str, found: CountryPoint, provider: Provider) -> Finding:
        """Why a point is doubtful; a confidential shelter's words name no town and no distance."""
        known = f"any town of {self.country_name} that svcmatch knows"
        if provider.confidential_address:
            why = f"far from {known}" if found.far else f"nearer a neighbouring country's place than {known}"
        elif found.far:
            why = (
                f"{found.km:.0f} km from {found.town}, the nearest town of {self.country_name}"
                " that svcmatch knows: sea, desert, or a place its gazetteer does not list"
            )
        else:
            nearest = f"the nearest, {found.town}, {found.km:.0f} km away"
            why = f"nearer a neighbouring country's place than {known} ({nearest})"
        return Finding("latitude", "warning", f"{where} lie {why}", _CHECK_POINT)

    def _swapped(self, provider: Provider, lat: float, lon: float) -> bool:
        """Whether latitude and longitude were entered the wrong way round: the swapped point
        lies in the record's region (asked of the region first, which is cheap for far points)."""
        if provider.region not in self.region_codes or not -90 <= lon <= 90:
            return False
        return self.km_to_region(lon, lat, provider.region) <= FAR_FROM_REGION_KM and self.inside_country(
            lon, lat
        )

    def phone_problem(self, cell: str) -> str | None:
        """What is wrong with a phone cell, or None: each number written as a phone is (digits
        with spaces and + ( ) - /), then read for the country as import reads it (phones.py):
        '12345' or '35542000202' typed to `add` or `edit`, or stored by hand, is refused there."""
        if not cell.strip():
            return None
        for phone in contact_items(cell):
            if not is_phone(phone):
                return f"{phone!r} is not a phone number"
        from .phones import read_phones  # phonenumbers' data: only for a record with a phone

        try:
            read_phones(cell, self.country)
        except InputError as error:
            return error.message
        return None

    def _contacts(self, provider: Provider) -> Iterator[Finding]:
        problem = self.phone_problem(provider.phone)
        if problem is not None:
            from .phones import example_phone  # phonenumbers' data: only for a bad phone

            yield Finding(
                "phone",
                "error",
                problem,
                self.fix(provider, f'phone="{example_phone(self.country)}"')
                + ", the whole number with its country code, several separated by |",
            )
        for email in contact_items(provider.email):
            if not is_email(email):
                # a confidential shelter's, quoted, could give the town outputs withhold in it
                shown = "the e-mail" if provider.confidential_address else repr(email)
                yield Finding(
                    "email",
                    "error",
                    f"{shown} is not an e-mail address",
                    self.fix(provider, "email=name@example.org"),
                )
        if provider.website and not is_web_address(provider.website):
            shown = "the website" if provider.confidential_address else repr(provider.website)
            yield Finding(
                "website",
                "error",
                f"{shown} is not a web address (http:// or https://, or a host name such as www.example.org)",
                self.fix(provider, "website=https://example.org"),
            )

    def _city_in_region(self, provider: Provider) -> Iterator[Finding]:
        """A city that is a known town of another region contradicts the region, unless the
        coordinates lie in the region (a place on a border, or a second town of the name)."""
        if not provider.city.strip() or provider.region not in self.region_codes:
            return
        towns = self.towns_named(provider.city)
        if not towns or any(region == provider.region for _name, region in towns):
            return
        if provider.has_location and self._confirms(provider):
            return
        elsewhere = ", ".join(dict.fromkeys(f"{name} in {region}" for name, region in towns))
        regions = " or ".join(dict.fromkeys(region for _name, region in towns))
        city = repr(provider.city)
        if provider.confidential_address:  # the finding may be shared: it never names the town
            city, elsewhere = "(withheld: confidential shelter)", "in " + regions
        yield Finding(
            "region",
            "error",
            f"city {city} is {elsewhere}, not in region {provider.region}",
            self.fix(provider, f"region={regions}") + ", or correct the city",
        )

    def _city_as_written(self, provider: Provider) -> Iterator[Finding]:
        """A city that only comes close to a town's name ('Shkodrr') is refused with the town,
        never stored as a guess; coordinates place a village the gazetteer does not list."""
        if not provider.city.strip() or not self._has_gazetteer():
            return
        if provider.has_location:
            yield from self._misspelt_at_point(provider)
            return
        town = self._misspelt(provider.city, provider.region)
        abroad = self._abroad(provider.city) if town is None else ()
        if abroad:  # 'Lomé' in a Ghana file: match had no place for it, geocode looked in Ghana
            city = "of this confidential shelter" if provider.confidential_address else repr(provider.city)
            yield Finding(
                "city",
                "error",
                f"city {city} is no place of {self.country_name}: it is a town of {', '.join(abroad)}",
                "give the town in " + self.country_name + " (a provider abroad belongs in that country's "
                "directory), or latitude and longitude for a place the gazetteer does not list",
            )
        elif town is not None and provider.confidential_address:  # never names the town
            yield Finding(
                "city",
                "error",
                f"the city of this confidential shelter is no place of {self.country_name} as written",
                "correct the city (`directory show --include-confidential` shows it), "
                "or give latitude and longitude for a place the gazetteer does not list",
            )
        elif town is not None:
            yield Finding(
                "city",
                "error",
                f"city {provider.city!r} is no place of {self.country_name} as written "
                f"(close to {town.name} in {town.region} {town.region_name})",
                self.fix(provider, f"city={town.name}")
                + ", or give latitude and longitude for a place the gazetteer does not list",
            )

    def _misspelt_at_point(self, provider: Provider) -> Iterator[Finding]:
        """A city one slip from the name of the town the record's point lies in ('Skhoder' at
        Shkodër's centre) is that town misspelt: the point places the record, and the city it
        names is still shown and exported as written."""
        town = self._town_at_point(provider)
        if town is None:
            return
        if provider.confidential_address:  # never names the town
            yield Finding(
                "city",
                "error",
                f"the city of this confidential shelter is no place of {self.country_name} as written",
                "correct the city (`directory show --include-confidential` shows it)",
            )
            return
        yield Finding(
            "city",
            "error",
            f"city {provider.city!r} is no place of {self.country_name} as written: the record's point "
            f"lies in {town.name} ({town.region} {region_name(town.region)})",
            self.fix(provider, f"city={town.name}"),
        )

    def _town_at_point(self, provider: Provider) -> Town | None:
        """The town whose centre lies within `_IN_TOWN_KM` of the record's point, when the
        city is no name the gazetteer knows but one slip from that town's; else None."""
        city = provider.city.strip()
        if not city or provider.latitude is None or provider.longitude is None or self.towns_named(city):
            return None
        lat, lon = float(provider.latitude), float(provider.longitude)
        if not (math.isfinite(lat) and math.isfinite(lon)):  # a NaN point: refused by its own check
            return None
        gazetteer = load_gazetteer(self.country)
        index, km = gazetteer.nearest_town(lat, lon)
        if index < 0 or km > _IN_TOWN_KM:
            return None
        town = gazetteer.towns[index]
        return town if one_slip_apart(city, town.name) else None

    def _has_gazetteer(self) -> bool:
        """Asked once per checker, as its other geography (it looks for the file on disk)."""
        if self._gazetteer is None:
            self._gazetteer = has_gazetteer(self.country)
        return self._gazetteer

    def _abroad(self, city: str) -> tuple[str, ...]:
        """The other countries with a town of this exact name (of 15,000 people or more: the town
        index), when the country's own gazetteer has no town of it; kept per city (an import's
        rows repeat their villages; about 0.5 ms each)."""
        key = city.strip()
        found = self._towns_abroad.get(key)
        if found is None:
            found = () if self.towns_named(key) else tuple(countries_with_town(fold_name(key), self.country))
            self._towns_abroad[key] = found
        return found

    def _misspelt(self, city: str, region: str) -> Place | None:
        """`geo.city_misspelt`, kept per city and region like `towns_named`; and a town whose
        name the city is one slip of the keys from ('Skhoder' for Shkodër, 'Eblasan'): two
        letters swapped score below `city_misspelt`'s bar in a short name, yet no village is
        named so (a weaker likeness with two slips, 'Borsh' and Orosh, is another place)."""
        key = (city, region)
        if key not in self._misspellings:
            town = city_misspelt(city, self.country, region)
            if town is None:
                read = read_city(city, self.country, region)
                if read is not None and read.how == "spelling" and one_slip_apart(city, read.name):
                    town = read
            self._misspellings[key] = town
        return self._misspellings[key]

    def _confirms(self, provider: Provider) -> bool:
        lat, lon = float(provider.latitude or 0.0), float(provider.longitude or 0.0)
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            return False
        return self.km_to_region(lat, lon, provider.region) <= _CONFIRMS_REGION_KM

    def _freshness(self, provider: Provider) -> Iterator[Finding]:
        verify = f"svcmatch directory verify {self.country} {provider.id} --by <your name>"
        if provider.verified_on is None:
            yield Finding(
                "verified_on",
                "warning",
                "never verified",
                "check the record with the provider, then " + verify,
            )
        elif (self.stale_after or stale_period()).is_stale(provider.verified_on, self.today):
            age = (self.today - provider.verified_on).days
            ethiopian = self._ethiopian_reading(provider, provider.verified_on)
            yield Finding(
                "verified_on",
                "warning",
                f"last verified {provider.verified_on.isoformat()}, {age} days ago"
                + (f" ({ethiopian[0]})" if ethiopian else ""),
                "check the record with the provider, then "
                + verify
                + (
                    f"; if the day was written in the Ethiopian calendar, {ethiopian[1]}" if ethiopian else ""
                ),
            )

    def _ethiopian_reading(self, provider: Provider, day: dt.date) -> tuple[str, str] | None:
        """For a record of Ethiopia verified on a day of the years the Ethiopian calendar counts
        now (2017-2019 in 2026), what the day is if it was written in that calendar, and the
        fix that sets it: an office's 15/03/2019 typed at `add` or `edit` was stored as 15 March
        2019, seven years stale without a word."""
        meant = ethiopian_day_meant(day, self.today) if self.country == "ET" else None
        if meant is None:
            return None
        return (
            f"{day.year} is a year the Ethiopian calendar counts now: as an Ethiopian day, it is "
            f"{meant.isoformat()}",
            self.fix(provider, f"verified_on={meant.isoformat()}"),
        )

    def _status(self, provider: Provider) -> Iterator[Finding]:
        if provider.status in ("inactive", "temporarily_closed"):
            yield Finding(
                "status",
                "warning",
                f"{provider.status.replace('_', ' ')}: matching leaves it out",
                self.fix(provider, "status=active") + " when it reopens, or remove it",
            )

    def _confidential(self, provider: Provider) -> Iterator[Finding]:
        yield from id_from_town(provider)
        if provider.confidential_address and not provider.focal_point:
            yield Finding(
                "focal_point",
                "warning",
                "confidential shelter without a focal point: referrals have no one to contact",
                self.fix(provider, 'focal_point="<name, role>"'),
            )


def _for_provider(finding: Finding, provider_id: str) -> Finding:
    return Finding(finding.field, finding.severity, finding.message, finding.fix, provider_id)


def _place_withheld(finding: Finding, provider: Provider) -> Finding:
    """A confidential shelter's finding with its town and street address withheld in its message
    and fix: one that quotes a value written with them by hand ("status 'moved_to_orosh' is
    not one of ...") printed them in `validate` (seventeenth adversarial pass)."""
    place = (provider.address, provider.city, None, town_country(provider))
    message, fix = (withheld_in_text(text, *place) for text in (finding.message, finding.fix))
    if (message, fix) == (finding.message, finding.fix):
        return finding
    if message == WITHHELD_IN_TEXT:  # a value glued to the town ('moved_to_orosh'): withheld whole
        message = f"{finding.field} holds a value that gives this confidential shelter's place (withheld)"
    return Finding(finding.field, finding.severity, message, fix, finding.provider)


#: The words `_enumerations` takes, for `Checker._clean`.
_CATEGORIES = frozenset(NEEDS_BY_CODE)
_SEX_WORDS = frozenset((*SEXES, "any"))
_EXPLOITATION_WORDS = frozenset((*EXPLOITATION_TYPES, "any"))
#: The values `Checker._words` reads.
_WORDS = operator.attrgetter("region", "coverage", "languages")
#: The most points a checker keeps the geography of (about 150 bytes each).
_MOST_CACHED = 1_000_000
_CHECK_POINT = "check the coordinates on a map; if they are right, nothing needs doing"


# --- for the write paths ----------------------------------------------------------------------

_checkers: dict[tuple[str, dt.date], Checker] = {}


def checker_for(country: str, today: dt.date | None = None) -> Checker:
    """The write paths' checker of a country (kept, so that its caches serve every record)."""
    day = today or dt.date.today()
    key = (country.upper(), day)
    checker = _checkers.get(key)
    if checker is None:
        checker = _checkers[key] = Checker(country, today=day)
    return checker


def refusals(
    provider: Provider,
    country: str,
    *,
    today: dt.date | None = None,
    complete: bool = True,
    fix: FixOf | None = None,
) -> list[Finding]:
    """The errors for which a write path refuses the record (empty when it may be stored).

    `directory add`, `edit` and `import` ask for a `complete` record (a name, a need category
    and a region); HSDS import and `Transaction.put` store what a feed or a script gives and
    leave a missing one to `validate`, but refuse every wrong value. `fix` writes the fixes
    (`Checker`'s `fix_of`); asked only of a record refused.
    """
    errors = checker_for(country, today).errors(provider, complete=complete)
    if errors and fix is not None:
        errors = Checker(country, today=today, fix_of=fix).errors(provider, complete=complete)
    return errors


def doubtful_point(provider: Provider, country: str, *, today: dt.date | None = None) -> Finding | None:
    """The warning that a write path says, and stores the record, for a point that the
    gazetteer cannot place surely in the country or outside it (Checker.doubtful_point)."""
    return checker_for(country, today).doubtful_point(provider)


def new_refusals(
    provider: Provider, before: Provider | None, country: str, *, today: dt.date | None = None
) -> list[Finding]:
    """The errors a change brings: those of `provider` that the stored `before` did not have.

    An error already stored is `directory validate`'s to report; it does not block an
    unrelated change (a verification, a geocode) of the same record.
    """
    checker = checker_for(country, today)
    found = checker.errors(provider, complete=False)
    if before is None or not found:
        return found
    old = {(f.field, f.message) for f in checker.errors(before, complete=False)}
    return [f for f in found if (f.field, f.message) not in old]


def refuse(findings: list[Finding], where: str = "", then: str = "") -> None:
    """Raise InputError naming every error finding and its fix; nothing when there is none.
    `then`: the command that makes every fix at once, said after them."""
    errors = [f for f in findings if f.severity == "error"]
    if not errors:
        return
    message = "; ".join(f"{f.field}: {f.message}" if f.field else f.message for f in errors)
    fixes = "; ".join(dict.fromkeys(f.fix for f in errors)) + (f"; run `{then}`" if then else "")
    raise InputError(f"{where}{message}", fixes)


#: A record's point this close to a town's centre lies in the town: a city one slip from the
#: town's name is the town misspelt, not a village that the gazetteer does not list.
_IN_TOWN_KM = 5.0
