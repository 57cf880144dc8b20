"""Closed-loop referrals: what became of each referral a package sent, kept beside the directories.

A referral is one need sent to one provider for one case. Its life is a list of events, one small
JSON file each, under `<root>/referrals/<cc>/<referral id>/`: the file names never collide, so
two offices that record answers on two git branches merge without a conflict, and two answers
to the same referral both survive, ordered by date. The store holds the case reference,
country, need, provider id, dates, status, reason, note and author: never anything else from the
case (no name, age, sex or languages).

Statuses and their transitions follow FHIR TaskStatus (docs/referrals.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import fileio
from .characters import unsafe_character
from .dates import ethiopian_day_meant, full_year, month_of, other_calendar_year
from .errors import DataError, InputError, LockTimeout, NotFoundError
from .geo import resolve_country
from .geo.countries import country_names
from .geo.gazetteer import countries_with_town
from .geo.names import fold_name
from .model import (
    both_days_hint,
    date_or_text,
    day_and_month,
    dotted_date_reading,
    other_date_form,
    parse_date,
    quoted,
    refuse_other_digits,
)
from .negation import negations_in
from .referral_feedback import ProviderFeedback
from .referral_feedback import ReferralFeedback as ReferralFeedback  # its home until 2026-12-06, for scripts
from .storage import file_lock
from .taxonomy import NEEDS_BY_CODE, fold

if TYPE_CHECKING:
    pass

STATUSES: tuple[str, ...] = (
    "requested",
    "accepted",
    "declined",
    "in_progress",
    "completed",
    "failed",
    "cancelled",
)
REASONS: tuple[str, ...] = (
    "no_capacity",
    "not_eligible",
    "could_not_contact",
    "declined_by_person",
    "referred_elsewhere",
    "other",
)
#: status -> the statuses it may move to; a status not listed here is final.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "requested": ("accepted", "declined", "cancelled"),
    "accepted": ("in_progress", "completed", "failed", "cancelled"),
    "in_progress": ("completed", "failed", "cancelled"),
}
#: Statuses after which nothing more happens to a referral.
FINAL: frozenset[str] = frozenset({"declined", "completed", "failed", "cancelled"})
#: Statuses that take a reason.
NEEDS_REASON: frozenset[str] = frozenset({"declined", "failed"})
#: How long a receiving partner has to answer, by package priority.
DEADLINE_HOURS: dict[str, int] = {"emergency": 24, "urgent": 72, "normal": 14 * 24}
#: The window over which match, batch and package sum up a provider's referrals.
FEEDBACK_DAYS = 365
#: A no_capacity answer this recent counts as "full as of that date".
FULL_DAYS = 30
#: Three not_eligible declines in FEEDBACK_DAYS make `validate` doubt a provider's eligibility data.
NOT_ELIGIBLE_WARNING = 3
#: A note longer than this is refused (it is an answer's note, not a case file).
MAX_NOTE = 500
#: An event file larger than this is damaged (one event, its note at most MAX_NOTE characters).
MAX_EVENT_BYTES = 64 * 1024

#: A referral id. (This module's patterns are texts that `re` compiles on first use: a cold
#: `match` imports it for its counts and uses none of them.)
_ID = r"ref-[0-9a-f]{12}"


# --------------------------------------------------------------------------- ids and deadlines


#: A case reference: a pseudonymous code that stands for the person, never a name (`package
#: --case-ref`, and what `referral open` takes into the store from a package).
#: Two or more words written like names, a capital then small letters, joined by '_', '-' or
#: nothing, with no digit ('Elira_Hoxha', 'EliraHoxha') are a name: "Elira Hoxha" is refused, and
#: the caseworker tried again with what the rule allows (fifteenth adversarial pass).
CASE_REF = r"(?![A-Z][a-z]+(?:[_-]?[A-Z][a-z]+)+\Z)[A-Za-z0-9][A-Za-z0-9_-]{0,39}"
CASE_REF_RULE = "use letters, digits, - and _ (at most 40), e.g. AL-2026-0042; never a name"
#: The parts of a case reference: runs of letters (a small letter then a capital starts a new
#: one: 'EliraHoxha') and runs of digits.
_REF_PARTS = r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+"


def is_case_ref(text: str) -> bool:
    """Whether `text` is a pseudonymous case code (`CASE_REF`) and not a name in another form.

    Two or more words of three letters or more (an office's capital letters, 'IOM', 'CARE',
    count as a code, not a word), with no number but a date or a year of birth beside them,
    are a given name and a surname: 'elira_hoxha', 'ELIRA-HOXHA', 'AL-Elira-Hoxha' and
    'Elira_Hoxha_1990' were taken by `package` and kept by `referral open` (twenty-second
    adversarial pass). Office codes keep a number of their own ('IOM-Rome-7', 'AL-2026-0042',
    'IOM-Roma-Tirana-2026-0042'), which no date of birth is."""
    if not re.fullmatch(CASE_REF, text):
        return False
    parts = re.findall(_REF_PARTS, text)
    words = _words(parts)
    numbers = [part for part in parts if part.isdigit()]
    return len(words) < 2 or not _a_birth_date(numbers)


#: Words an office writes in its case codes, folded: what a case is, where it is kept, what
#: programme it is of, and months (the place words are looked up: `_known_place`).
_OFFICE_WORDS_TEXT = (
    "case caso cas rast rasti sprava delo dossier dosja file fascicolo expediente akte ref reference "
    "referenca referencia riferimento office ufficio oficina bureau zyra ofis desk unit team hub field "
    "centre center centro qendra project projet progetto proyecto projekt programme program programma "
    "mission return retour rientro retorno kthim client beneficiary beneficiario beneficiaire "
    "victim survivor vot avrr reintegration referral intake emergency urgent normal "
    "iom oim mom unhcr acnur unicef unodc unfpa undp osce caritas ngo ong ojq tact "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december"
)
_OFFICE_WORDS = frozenset(_OFFICE_WORDS_TEXT.split())


def name_like_words(text: str) -> list[str]:
    """The words of a case reference that may be a person's name: with two words or more of
    three letters or more, those that are no office word (`_OFFICE_WORDS`, a need's code), name
    no country or town known offline, and hold a vowel ('shk', 'tir' are an office's
    abbreviations), when one of them is of four letters or more. 'AL-Elira-Hoxha-2026-0042' ->
    ['Elira', 'Hoxha'], which `is_case_ref` takes for an office's code (the office's number
    beside them); 'IOM-Roma-Tirana-2026-0042', 'IOM-Rome-Case-2026-12', 'gr-ath-tir-12' and a
    UUID -> [] (twenty-fourth adversarial pass). A name that is also a town ('Victoria-Santos-7')
    is not found: a residual, said in docs/security.md."""
    chunks = [chunk for chunk in re.split(r"[-_]", text) if not _HEX_NUMBER.fullmatch(chunk)]
    words = _words(re.findall(_REF_PARTS, "-".join(chunks)))
    # a common surname of a country of return, alone too ('Hoxha-2026-0042': twenty-fifth pass)
    surnames = [word for word in words if fold(word) in common_surnames()]
    if len(words) < 2:
        return surnames
    unknown = [
        word for word in words if _VOWEL.search(word) and not _office_word(word) and not _known_place(word)
    ]
    found = unknown if any(len(word) >= 4 for word in unknown) else []
    return found + [word for word in surnames if word not in found]


_SURNAMES_FILE = Path(__file__).parent / "data" / "common_surnames.txt"


@functools.cache
def common_surnames() -> frozenset[str]:
    """The common surnames of svcmatch/data/common_surnames.txt, folded (read on first use)."""
    lines = _SURNAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


#: A part of a reference that is a hexadecimal number (a UUID's, a hash's): digits among a-f.
_HEX_NUMBER = re.compile(r"(?=[A-Fa-f]*[0-9])[0-9A-Fa-f]+")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")


def _words(parts: list[str]) -> list[str]:
    """The parts of a case reference that are words: three letters or more, an office's capital
    letters ('IOM', 'CARE') left out."""
    return [
        part
        for part in parts
        if len(part) >= 3 and part.isalpha() and not (part.isupper() and len(part) <= 4)
    ]


def refuse_name_like_words(case_ref: str, what: str, again: str) -> None:
    """Refuse a case reference holding words that may be the person's name (`name_like_words`),
    which a package and the referral store would keep; `again` starts the fix."""
    words = name_like_words(case_ref)
    if words:
        raise InputError(
            f"{what} {case_ref!r} holds {', '.join(repr(word) for word in words)}, which name no place "
            "or office and may be the person's name (the package and the referral store keep it)",
            f"{again} the office's code without them, such as AL-2026-0042; if they name no one, "
            "say so: --case-ref-not-a-name",
        )


def _office_word(word: str) -> bool:
    folded = fold(word)
    return folded in _OFFICE_WORDS or folded in NEEDS_BY_CODE


def _known_place(word: str) -> bool:
    """Whether a word names a country (exactly, in any of its names) or a town of a gazetteer."""
    return fold_name(word) in country_names() or bool(countries_with_town(fold(word)))


def _a_birth_date(numbers: list[str]) -> bool:
    """Whether the numbers beside the words are none, or a date of birth: a year (1990), a date
    in one number (12031990, 19900312, 120390), or a day, a month and a year (12-03-1990).
    A year and a number of the office's own ('2026-0042', '2026-12') are a code."""
    if not numbers:
        return True
    if len(numbers) == 3:
        small = [number for number in numbers if len(number) <= 2]
        year = [number for number in numbers if _a_year(number)]
        return len(small) == 2 and len(year) == 1 and all(1 <= int(number) <= 31 for number in small)
    if len(numbers) != 1:
        return False
    number = numbers[0]
    if len(number) == 8:  # 12031990 or 19900312
        return (_a_year(number[4:]) and _day_month(number[:2], number[2:4])) or (
            _a_year(number[:4]) and _day_month(number[6:], number[4:6])
        )
    return _a_year(number) or (len(number) == 6 and _day_month(number[:2], number[2:4]))


def _day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _a_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")


def referral_id(case_ref: str, need: str, provider_id: str, prepared: dt.date) -> str:
    """The stable id of one planned referral: the same package always gives the same ids."""
    text = "\x1f".join((case_ref.strip(), need, provider_id, prepared.isoformat()))
    return "ref-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def deadline(priority: str, prepared: dt.datetime | dt.date) -> str:
    """When the receiving partner's answer is due: emergency 24 h, urgent 72 h, normal 14 days."""
    hours = DEADLINE_HOURS[priority]
    if isinstance(prepared, dt.datetime):
        return (prepared + dt.timedelta(hours=hours)).isoformat(timespec="minutes")
    return (prepared + dt.timedelta(days=max(1, hours // 24))).isoformat()


def planned(
    case_ref: str, services: Iterable[Mapping[str, Any]], priority: str, prepared: dt.datetime | dt.date
) -> list[dict[str, str]]:
    """The package's `referrals`: one per need and chosen provider, with its id and deadline."""
    day = prepared.date() if isinstance(prepared, dt.datetime) else prepared
    due = deadline(priority, prepared)
    referrals = []
    for service in services:
        provider = service.get("provider") or {}
        need = str(service.get("need") or "")
        provider_id = str(provider.get("id") or "")
        if not need or not provider_id:
            continue
        referrals.append(
            {
                "id": referral_id(case_ref, need, provider_id, day),
                "need": need,
                "provider_id": provider_id,
                "deadline": due,
            }
        )
    return referrals


# --------------------------------------------------------------------------- values


def parse_day(text: Any, what: str = "date") -> dt.date:
    """An ISO date (YYYY-MM-DD, or the date part of an ISO date-time); no guessing of day order."""
    cleaned = date_or_text(text, what)
    if isinstance(cleaned, dt.date):
        return cleaned
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned):
            return dt.date.fromisoformat(cleaned)
        # YYYY-MM-DD and a time only: Python 3.11's fromisoformat also reads week dates and
        # 20261206, which 3.10's refuses (one command, two results)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", cleaned):
            raise ValueError(cleaned)
        return dt.datetime.fromisoformat(cleaned.replace("Z", "+00:00")).date()
    except ValueError:
        shown = quoted(text[:40] if isinstance(text, str) else text)  # true, not Python's 'True'
        raise InputError(f"{what} {shown} is not a date", "write it as YYYY-MM-DD") from None


#: A day written day and month first (21.11.2026, 22/11/2026, 22-11-2026), as partners write it.
_LOCAL_DAY = r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})"


def read_day(
    text: Any, what: str = "date", order: str | None = None, more: str = ""
) -> tuple[dt.date, str | None]:
    """`parse_day`, and a day written the local way as `directory add` reads it
    (`model.day_and_month`: dots are day first; 22/11/2026 the one order its numbers allow, or
    `order`, "dmy" or "mdy"; 06/11/2026 without it refused, naming both and then `more`;
    `model.other_date_form`'s 2026-3-1, 2026.03.01 and 1. 3. 2026): (day, the reading to say,
    or None for an ISO date)."""
    refuse_other_digits(text, what)
    cleaned = str(text).strip() if isinstance(text, str) else ""
    if other_date_form(cleaned, shown=f"{what} {cleaned!r}") is not None:  # 2026-3-1, 1 March 2026: said
        return parse_date(cleaned, what), dotted_date_reading(cleaned, what)
    local = re.fullmatch(_LOCAL_DAY, cleaned)
    if local is None:
        return parse_day(text, what), None
    first, separator, second, year = local.groups()
    shown = f"{what} {cleaned!r}"
    full = full_year(year, shown)
    hint = both_days_hint(int(first), int(second), full, more)
    day, month = day_and_month(int(first), int(second), separator, shown, order, hint=hint)
    try:
        value = dt.date(full, month, day)
    except ValueError:
        raise InputError(f"{shown} is not a real date", "write it as YYYY-MM-DD") from None
    how = " (dots: day first)" if separator == "." else ""  # worded as `directory add` says it
    if order is not None and separator != "." and int(first) <= 12 and int(second) <= 12 and first != second:
        how = f" ({_ORDER_WORDS[order]}, --date-order {order})"
    return value, f"{what}: read {cleaned!r} as {value.isoformat()}{how}"


def _ethiopian_said(country: str, day: dt.date, today: dt.date) -> str:
    """For a partner in Ethiopia whose day is of the years the Ethiopian calendar counts now
    (15/03/2019), what it is if written in that calendar ('; as a day of the Ethiopian calendar,
    it is 2026-11-24'), else nothing: 'before the package's day' alone left the partner's
    calendar unsaid (eleventh office pass)."""
    meant = ethiopian_day_meant(day, today) if country == "ET" else None
    return "" if meant is None else f"; as a day of the Ethiopian calendar, it is {meant.isoformat()}"


#: How a day read by --date-order is said.
_ORDER_WORDS = {"dmy": "day first", "mdy": "month first"}
#: The end of the fix of a day whose day and month could swap, where --date-order is an option.
DATE_ORDER_MORE = ", or give --date-order dmy (day first) or mdy (month first)"

#: Words for a day or period counted from today: no date of a report's period is read from them.
_RELATIVE = re.compile(
    r"(?i)\b(?:today|yesterday|tomorrow|now|ago|last|this|next|past|previous|week|weeks|month|months|year)\b"
)
#: The forms a report's period takes, for the fix of one it does not.
PERIOD_FORMS = "a day as YYYY-MM-DD (or 1.12.2026, day first), or a month with --month 2026-12"


def read_month(text: Any, what: str = "--month") -> tuple[str, str | None]:
    """A month as YYYY-MM, and the reading to say when it was written otherwise: '2026-11'
    (None), '11.2026', '11/2026', '2026/11', 'Nov 2026', 'November 2026', 'листопад 2026' (a
    month's name of `dates.MONTH_WORDS`; said as read). Relative words ('last month') and
    anything else are refused with the forms to use."""
    refuse_other_digits(text, what)
    cleaned = " ".join(str(text).split())
    found = re.fullmatch(r"(\d{4})-(\d{1,2})", cleaned) or re.fullmatch(r"(\d{4})/(\d{1,2})", cleaned)
    year, month = (found[1], found[2]) if found else ("", "")
    if not found:
        local = re.fullmatch(r"(\d{1,2})[./](\d{4})", cleaned)
        named = re.fullmatch(r"([^\W\d_]+)[.,]?[ -]?(\d{4})", cleaned)
        # Excel's mmm-yy ('Nov-26'), with its hyphen or a slash: 'Nov 26' may be a day
        short = re.fullmatch(r"([^\W\d_]+)\.?[-/](\d{2})", cleaned)
        if local:
            month, year = local[1], local[2]
        elif named and (number := month_of(named[1])) is not None:  # 'Nov 2026', 'листопад 2026'
            month, year = str(number), named[2]
        elif short and (number := month_of(short[1])) is not None:
            month, year = str(number), str(full_year(short[2], f"{what} {cleaned!r}"))
    if not year or not 1 <= int(month) <= 12 or not 1 <= int(year) <= dt.MAXYEAR:
        relative = "; svcmatch reads no period counted from today" if _RELATIVE.search(cleaned) else ""
        raise InputError(
            f"{what} {cleaned[:40]!r} is not a month{relative}",
            "write it as YYYY-MM, e.g. --month 2026-11, or with the month's name and year, Nov 2026",
        )
    value = f"{int(year):04d}-{int(month):02d}"
    return value, None if cleaned == value else f"{what}: read {cleaned!r} as {value}"


def read_period_day(text: Any, what: str) -> tuple[dt.date, str | None]:
    """A day of a report's period (`--since`, `--until`): `read_day`'s forms (ISO; 1.12.2026
    day first; 22/11/2026 where one order is possible), each other than ISO said. A month
    ('2026-11', 'Dec 2026') is refused naming --month; a day counted from today ('last
    week', 'yesterday') is refused with the forms to use."""
    cleaned = " ".join(str(text).split())
    refuse_other_digits(cleaned, what)  # with its 0-9 form, which the forms below would replace
    try:
        month, _said = read_month(cleaned, what)
    except InputError:
        pass
    else:
        raise InputError(
            f"{what} {cleaned!r} is a month, not a day",
            f"give a day (YYYY-MM-DD), or the whole month with --month {month}",
        )
    if _RELATIVE.search(cleaned):
        raise InputError(
            f"{what} {cleaned[:40]!r} is counted from today; svcmatch reads no such period",
            "give " + PERIOD_FORMS,
        )
    if re.fullmatch(_LOCAL_DAY, cleaned) or other_date_form(cleaned, shown=f"{what} {cleaned!r}"):  # said
        return read_day(cleaned, what)
    try:
        return parse_day(cleaned, what), None
    except InputError as error:
        raise InputError(error.message, "give " + PERIOD_FORMS) from None


def _did_you_mean(typed: str, codes: Sequence[str]) -> str:
    """The fix of an unknown status or reason: the codes, and the one a typo is closest to
    ('acepted', 'no capacty'), as a suggestion; a close spelling is never read as the code."""
    import difflib  # lazy: only a refused word needs it

    cleaned = str(typed).strip().lower().replace("-", "_").replace(" ", "_")
    close = difflib.get_close_matches(cleaned, codes, n=1, cutoff=0.75)
    # a partner's 'not accepted' is no typo of accepted: a "not" the code lacks is never suggested
    # away; nor is one the code has added ('eligible' was told "did you mean not_eligible?")
    words, code = _fold_word(cleaned.replace("_", " ")), close[0].replace("_", " ") if close else ""
    if close and (negations_in(words, code) or negations_in(code, words)):
        close = []
    return (f"did you mean {close[0]}? " if close else "") + "use one of " + ", ".join(codes)


def check_status(status: str) -> str:
    cleaned = str(status).strip().lower().replace("-", "_").replace(" ", "_")
    if cleaned not in STATUSES:
        raise InputError(f"unknown referral status {status!r}", _did_you_mean(status, STATUSES))
    return cleaned


def status_reading(status: str, what: str = "--status") -> str | None:
    """How a status written other than as its code ('In progress') was read, to be said."""
    code = check_status(status)
    return None if str(status).strip().lower() == code else f"{what}: read {str(status).strip()!r} as {code}"


#: The package's reply form (every --lang, docs/package.md) asks for "accepted, or declined with
#: a reason" in the partner's language: its words, and the reasons as the package's notes word
#: them (labels `decline_*`), read as the codes, each said as a reading.
_FORM_STATUSES: dict[str, tuple[str, ...]] = {
    "accepted": ("acceptée", "accepté", "pranuar", "прийнято", "مقبولة"),
    "declined": ("refusée", "refusé", "refuzuar", "відхилено", "مرفوضة"),
}
_FORM_REASONS: dict[str, tuple[str, ...]] = {
    "no_capacity": ("pas de place", "pa vende", "немає місць", "لا توجد أماكن", "لا أماكن شاغرة"),
    "not_eligible": (
        "non éligible",
        "personne non éligible",
        "jo e kualifikuar",
        "personi nuk i plotëson kushtet",
        "не відповідає умовам",
        "особа не відповідає умовам",
        "غير مؤهل",
        "الشخص غير مؤهل",
    ),
    "could_not_contact": (
        "could not contact the person",
        "contact impossible",
        "personne injoignable",
        "nuk u arrit kontakti",
        "personi nuk u kontaktua dot",
        "не вдалося зв'язатися",
        "не вдалося зв'язатися з особою",
        "تعذر الاتصال",
        "تعذر الاتصال بالشخص",
    ),
    "declined_by_person": (
        "declined by the person",
        "refus de la personne",
        "refuzuar nga personi",
        "відмова особи",
        "رفض الشخص",
    ),
    "referred_elsewhere": (
        "orientée ailleurs",
        "referuar diku tjetër",
        "направлено деінде",
        "أحيل إلى جهة أخرى",
    ),
    "other": (
        "other reason",
        "autre",
        "autre raison",
        "tjetër",
        "arsye tjetër",
        "інше",
        "інша причина",
        "سبب آخر",
    ),
}
#: The common words of a partner's reply for a reason, beyond the form's, in the languages of
#: the sample countries (English, French, Arabic, Albanian, Ukrainian, Russian; Nigerian
#: Pidgin), read exactly as listed here (folded for case, accents and apostrophes) and said as
#: readings; docs/referrals.md lists them. Any other word is refused with the codes.
_REPLY_REASONS: dict[str, tuple[str, ...]] = {
    "no_capacity": (
        *("full", "fully booked", "at capacity", "no places", "no place", "no free places"),
        *("no space", "no room", "no beds", "no vacancy", "no vacancies"),
        *("complet", "complète", "plein", "pleine", "pas de places", "aucune place", "plus de place"),
        *("plus de places", "pas de place disponible", "capacité atteinte"),
        *("plot", "s'ka vend", "s'ka vende", "ska vend", "ska vende", "nuk ka vend", "nuk ka vende"),
        *("pa vend", "nuk ka vende të lira"),
        *("немає вільних місць", "нема місць", "місць немає", "заповнено", "переповнено"),
        *("нет мест", "нет свободных мест", "мест нет", "заполнено", "переполнено"),
        *("ممتلئ", "ممتلئة", "مكتمل", "مكتملة", "لا يوجد مكان", "لا توجد أماكن شاغرة"),
        *("e don full", "space don full"),
    ),
    "not_eligible": (
        *("ineligible", "inéligible", "pas éligible", "не підходить", "не подходит"),
        *("не соответствует условиям", "غير مؤهلة"),
    ),
    "could_not_contact": (
        *("unreachable", "no contact", "injoignable", "pas de contact"),
        *("не удалось связаться", "недоступний", "недоступен"),
    ),
}
#: The form's answer cell: "declined (no capacity)", "Refusée (pas de place)".
_FORM_CELL = r"\s*([^()]+?)\s*\(([^()]*)\)\s*"


def _form_words(table: Mapping[str, Sequence[str]]) -> dict[str, str]:
    return {_fold_word(word): code for code, words in table.items() for word in words}


def _fold_word(text: str) -> str:
    return fold(text.replace("’", "'").replace("ʼ", "'"))  # (Ukrainian apostrophes)


def _read_word(
    text: str, what: str, codes: Sequence[str], form: Mapping[str, str]
) -> tuple[str | None, str | None]:
    """(code, None) for a code as typed (in any case); (code, reading) for a code written with
    a space or hyphen for '_' ('In progress': it was read without a word until 2026-12-07) and
    for a word of the reply form; (None, None) for anything else."""
    folded = _fold_word(text)
    exact = next((code for code in codes if folded == fold(code)), None)
    if exact is not None:
        return exact, None if text.strip().lower() == exact else f"{what}: read {text.strip()!r} as {exact}"
    code = form.get(folded)
    return (code, f"{what}: read {text.strip()!r} as {code}") if code else (None, None)


def read_answer(
    status: Any, reason: Any, reason_given: str = "--reason"
) -> tuple[str, str | None, tuple[str, ...]]:
    """An answer's status and reason as typed, or as the reply form words them (the status
    cell may hold both: "declined (no capacity)"): (status, reason, readings). `reason_given`:
    where a missing reason is given, as its fix says ("--reason", or "the reason column")."""
    status_text, reason_text = str(status or ""), str(reason or "").strip()
    code, said = _read_word(status_text, "status", STATUSES, _STATUS_WORDS)
    in_cell = None
    if code is None and (cell := re.fullmatch(_FORM_CELL, status_text)):
        code, said = _read_word(cell[1], "status", STATUSES, _STATUS_WORDS)
        in_cell = cell[2].strip() if code is not None else None
    if code is None:
        if _fold_word(status_text) in _NO_ANSWER:
            raise InputError(
                f"{status_text.strip()!r} is not a status: a referral that was not answered stays requested",
                "`svcmatch referral list --overdue` lists it once its deadline has passed; to stop "
                "waiting, record --status cancelled --note 'no answer', then refer elsewhere",
            )
        _refuse_a_reason_as_status(status_text)
        check_status(status_text)  # the refusal that lists the statuses
    assert code is not None
    readings = [said] if said else []
    if in_cell:
        if reason_text and _read_reason(reason_text, code)[0] != _read_reason(in_cell, code)[0]:
            raise InputError(
                f"the status {status_text.strip()!r} and the reason {reason_text!r} give two reasons",
                "give the reason once",
            )
        cleaned, _ = _read_reason(in_cell, code)
        return code, cleaned, (f"status: read {status_text.strip()!r} as {code}, reason {cleaned}",)
    cleaned, said = _read_reason(reason_text, code, reason_given)
    readings += [said] if said else []
    return code, cleaned, tuple(readings)


def _refuse_a_reason_as_status(text: str) -> None:
    """A partner's "full" or "no_capacity" where the status goes is a reason: the fix names
    the status and reason to give (which status is the caseworker's to say: declined, or
    failed once accepted)."""
    reason, _said = _read_word(text, "reason", REASONS, _REASON_WORDS)
    if reason is not None:
        raise InputError(
            f"{text.strip()!r} is a reason ({reason}), not a status",
            f"give the status declined (failed, for a referral accepted before) and the reason {reason}: "
            f"--status declined --reason {reason}, or those two columns of a file",
        )


def check_reason(reason: str | None, status: str) -> str | None:
    """A reason's code (as typed or in the reply form's words) for `status`."""
    return _read_reason(reason, status)[0]


def _read_reason(
    reason: str | None, status: str, reason_given: str = "--reason"
) -> tuple[str | None, str | None]:
    """A reason's code and how it was read; refused where the status takes none, or needs one."""
    given = str(reason or "").strip()
    cleaned, said = _read_word(given, "reason", REASONS, _REASON_WORDS) if given else (None, None)
    if given and cleaned is None:
        raise InputError(f"unknown reason {reason!r}", _did_you_mean(given, REASONS))
    if status in NEEDS_REASON and cleaned is None:
        raise InputError(
            f"status {status} takes a reason",
            f"give {reason_given}: one of " + ", ".join(REASONS),
        )
    if status not in NEEDS_REASON and cleaned is not None:
        raise InputError(f"status {status} takes no reason", "give a reason only with declined or failed")
    return cleaned, said


_STATUS_WORDS = _form_words(_FORM_STATUSES)
#: What a caseworker types for a partner that never answered: no status (it stays requested).
_NO_ANSWER = frozenset(
    _fold_word(word)
    for word in (
        "no answer",
        "no response",
        "no reply",
        "unanswered",
        "not answered",
        "pas de réponse",
        "sans réponse",
        "pa përgjigje",
        "nuk u përgjigj",
        "немає відповіді",
        "без відповіді",
        "لا رد",
        "لا يوجد رد",
    )
)
_REASON_WORDS = _form_words(_FORM_REASONS) | _form_words(_REPLY_REASONS)


def _check_id(referral: str) -> str:
    cleaned = str(referral).strip().lower()
    if not re.fullmatch(_ID, cleaned):
        raise InputError(
            f"{str(referral)[:40]!r} is not a referral id",
            "referral ids look like ref-1a2b3c4d5e6f; `svcmatch referral list` shows them",
        )
    return cleaned


def _check_note(note: str | None) -> str | None:
    if note is None or not note.strip():
        return None
    if len(note) > MAX_NOTE:
        raise InputError(f"the note is {len(note)} characters long", f"keep it under {MAX_NOTE}")
    unsafe = unsafe_character(note, multiline=True)  # the rule of every text a record holds
    if unsafe is not None:
        raise InputError(f"the note holds the control character {unsafe}", "write plain text")
    return " ".join(note.split())


def _clean_text(value: Any, what: str, limit: int = 120) -> str:
    text = " ".join(str(value or "").split())
    bad = unsafe_character(text)
    if bad is not None:  # was told to "use at most 500 characters" (twentieth adversarial pass)
        raise InputError(f"{what} {text[:40]!r} holds the control character {bad}", "write it as plain text")
    if len(text) > limit:
        raise InputError(f"{what} {text[:40]!r} is not a short plain text", f"use at most {limit} characters")
    return text


def _stored_text(document: Mapping[str, Any], key: str) -> str:
    """A text of a stored event ('' when missing); anything else (a list, a number, an object
    written by hand or by another tool) makes the event damaged: every command that reads it
    would fail on it later, with a traceback."""
    value = document.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(key)
    return value


# --------------------------------------------------------------------------- events and referrals


class Event(NamedTuple):
    """One thing that happened to a referral: it was opened, or a partner answered."""

    referral: str
    kind: str  # "open" | "update"
    status: str
    date: str  # the day it happened (YYYY-MM-DD)
    recorded: str  # when svcmatch wrote it (ISO date-time, UTC)
    by: str = ""
    reason: str | None = None
    note: str | None = None
    # On the "open" event only:
    country: str = ""
    case_ref: str = ""
    need: str = ""
    provider_id: str = ""
    deadline: str = ""

    def to_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "referral": self.referral,
            "kind": self.kind,
            "status": self.status,
            "date": self.date,
            "recorded": self.recorded,
            "by": self.by or None,
        }
        if self.kind == "open":
            document.update(
                country=self.country,
                case_ref=self.case_ref,
                need=self.need,
                provider_id=self.provider_id,
                deadline=self.deadline,
            )
        else:
            document.update(reason=self.reason, note=self.note)
        return document

    @classmethod
    def from_json(cls, document: Mapping[str, Any], path: Path) -> Event:
        try:
            kind = str(document["kind"])
            if kind not in ("open", "update"):
                raise ValueError(kind)
            reason = _stored_text(document, "reason") or None
            if reason is not None and reason not in REASONS:
                raise ValueError(reason)
            return cls(
                referral=_check_id(document["referral"]),
                kind=kind,
                status=check_status(document["status"]),
                date=parse_day(document["date"]).isoformat(),
                recorded=_stored_text(document, "recorded"),
                by=_stored_text(document, "by"),
                reason=reason,
                note=_stored_text(document, "note") or None,
                country=_stored_text(document, "country"),
                case_ref=_stored_text(document, "case_ref"),
                need=_stored_text(document, "need"),
                provider_id=_stored_text(document, "provider_id"),
                deadline=_stored_text(document, "deadline"),
            )
        except (KeyError, TypeError, ValueError, InputError):
            raise DataError(
                f"referral event {path} is damaged", "restore it from git, or remove it by hand"
            ) from None

    @property
    def order(self) -> tuple[int, str, str]:
        return (0 if self.kind == "open" else 1, self.date, self.recorded)


@dataclass
class Referral:
    """A referral as its events make it: the open event, then each answer in date order.

    An answer that does not follow from the status before it (two offices answered the same
    referral on two branches) stays in the history, marked as not applied.
    """

    id: str
    country: str
    case_ref: str
    need: str
    provider_id: str
    opened: str
    deadline: str
    status: str = "requested"
    reason: str | None = None
    updated: str = ""
    events: list[Event] = field(default_factory=list)
    applied: list[bool] = field(default_factory=list)

    @classmethod
    def from_events(cls, events: Sequence[Event]) -> Referral:
        ordered = sorted(events, key=lambda e: e.order)
        first = ordered[0]
        if first.kind != "open":
            raise DataError(
                f"referral {first.referral} has answers but no open event",
                "restore its open.json from git, or open the package again",
            )
        referral = cls(
            id=first.referral,
            country=first.country,
            case_ref=first.case_ref,
            need=first.need,
            provider_id=first.provider_id,
            opened=first.date,
            deadline=first.deadline,
            updated=first.date,
        )
        referral.events = [first]
        referral.applied = [True]
        for event in ordered[1:]:
            if event.kind == "open":
                continue
            ok = event.status in TRANSITIONS.get(referral.status, ())
            referral.events.append(event)
            referral.applied.append(ok)
            if ok:
                referral.status, referral.reason, referral.updated = event.status, event.reason, event.date
        return referral

    def as_of(self, day: dt.date) -> Referral | None:
        """The referral as it stood at the end of `day`; None if it was opened after it."""
        text = day.isoformat()
        if self.opened > text:
            return None
        if all(event.date <= text for event in self.events):
            return self
        return Referral.from_events([event for event in self.events if event.date <= text])

    def said(self, shown: Callable[[Referral, str], str] | None = None) -> str:
        """The status with its reason, and the day and author of the answer that set it
        ("declined (no_capacity) on 2026-11-22 by Besa"): a refusal tells the second of two
        people answering at once that the first one did."""
        text = self.status + (f" ({self.reason})" if self.reason else "")
        last = [event for event, ok in zip(self.events, self.applied, strict=True) if ok][-1]
        if last.kind != "update":
            return text
        by = shown(self, last.by) if shown is not None and last.by else last.by
        return f"{text} on {last.date}" + (f" by {by}" if by else "")

    def earliest_answer(self) -> dt.date:
        """The first day an answer to it may have: its last event's day; for one still
        requested, the day before the package's, as the package's day is the caseworker's and
        a partner west of her (Rome at 00:30 is Bogotá's evening before) answers on its own."""
        last = parse_day(self.updated)
        return last - dt.timedelta(days=1) if self.status == "requested" else last

    def answered(self) -> dt.date | None:
        """The day the partner first answered (accepted or declined), if it did."""
        for event, ok in zip(self.events, self.applied, strict=True):
            if ok and event.kind == "update" and event.status in ("accepted", "declined"):
                return parse_day(event.date)
        return None

    def unanswered(self, today: dt.date) -> bool:
        """Never answered (accepted or declined), and its deadline's day is past as of `today`:
        still requested, or cancelled after the deadline by a caseworker who gave up waiting.
        (One cancelled before its deadline was withdrawn, not left unanswered.)"""
        try:
            due = self.due()
        except DataError:  # (a deadline edited by hand: `referral list` names it; the figures go on)
            return False
        if self.answered() is not None or not due < today:
            return False
        given_up = self.status == "cancelled" and parse_day(self.updated) > due
        return self.status == "requested" or given_up

    def due(self) -> dt.date:
        try:
            return parse_day(self.deadline)
        except InputError:  # a store file edited by hand, or opened before packages were checked
            raise DataError(
                f"referral {self.id}: its deadline {self.deadline[:30]!r} is not a date",
                "restore its open.json from git, or open the package again",
            ) from None

    def is_overdue(self, today: dt.date, now: dt.datetime | None = None) -> bool:
        """Still requested past the deadline: with `now` (an aware time), past the deadline's
        moment where it has one (an emergency's 24 h end at the hour); else after its day."""
        if self.status != "requested":
            return False
        if now is not None and "T" in self.deadline:
            with contextlib.suppress(ValueError):  # (a day, or a time without its zone: by day)
                moment = dt.datetime.fromisoformat(self.deadline.replace("Z", "+00:00"))
                if moment.tzinfo is not None:
                    return moment < now
        return self.due() < today

    def to_json(self, today: dt.date, now: dt.datetime | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "country": self.country,
            "case_ref": self.case_ref,
            "need": self.need,
            "provider_id": self.provider_id,
            "status": self.status,
            "reason": self.reason,
            "opened": self.opened,
            "deadline": self.deadline,
            "updated": self.updated,
            "overdue": self.is_overdue(today, now),
        }

    def history(self) -> list[dict[str, Any]]:
        rows = []
        for event, ok in zip(self.events, self.applied, strict=True):
            rows.append(
                {
                    "date": event.date,
                    "status": event.status,
                    "reason": event.reason,
                    "by": event.by or None,
                    "note": event.note,
                    "recorded": event.recorded,
                    "applied": ok,
                }
            )
        return rows


class Answer(NamedTuple):
    """One reply to record: a row of `referral update --from`, or the options of `update ID`."""

    id: str
    status: str
    reason: str | None = None
    date: dt.date | None = None
    by: str = ""
    note: str | None = None

    #: How a status or reason other than its code was read ("reason: read 'pas de place' as no_capacity").
    readings: tuple[str, ...] = ()
    #: The row of the answers file it came from (the sheet's row: the header's counts).
    row: int | None = None

    def where(self, number: int, count: int) -> str:
        """How an error names this answer: its row and id, its place in a list and id, or its id."""
        if self.row is not None:
            return f"row {self.row} ({self.id})"
        return f"answer {number} ({self.id})" if count > 1 else self.id

    @classmethod
    def from_values(
        cls, values: Mapping[str, Any], where: str = "", row: int | None = None, order: str | None = None
    ) -> Answer:
        """The answer a file's row or the options give; `order` ("dmy", "mdy": --date-order, or
        the one the file's date column shows) reads a day whose day and month could swap."""
        where = f"row {row}" if row is not None else where
        prefix = f"{where}: " if where else ""
        try:
            status, reason, readings = read_answer(
                _answer_text(values.get("status"), "status"),
                _answer_text(values.get("reason"), "reason"),
                "the reason column" if row is not None else "--reason",
            )
            date = _answer_text(values.get("date"), "date")
            day, said = read_day(date, order=order, more=DATE_ORDER_MORE) if date else (None, None)
            return cls(
                id=_check_id(_answer_text(values.get("id"), "id") or ""),
                status=status,
                reason=reason,
                date=day,
                by=_clean_text(_answer_text(values.get("by"), "by"), "by"),
                note=_check_note(_answer_text(values.get("note"), "note")),
                readings=(*readings, said) if said else readings,
                row=row,
            )
        except InputError as error:
            raise InputError(prefix + error.message, error.hint) from None


def _answer_text(value: Any, what: str) -> Any:
    """An answer's cell as text: a spreadsheet's number cell as written (and its date cell as a
    date); an object, a list or true of a JSON answer is refused (a note was a traceback, a name
    stored as Python's "{'a': 1}", a status ["completed"] refused as "['completed']")."""
    if value is None or isinstance(value, (str, dt.date)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    kind = (
        "true or false" if isinstance(value, bool) else "a list" if isinstance(value, list) else "an object"
    )
    raise InputError(f"{what} is {kind}, not text", f"write {what} as text")


#: The columns of an answers file (`referral update --from`).
ANSWER_COLUMNS: tuple[str, ...] = ("id", "status", "reason", "date", "by", "note")
#: The other columns of `referral list`: its output, edited and fed back, is an answers file.
LISTED_COLUMNS: tuple[str, ...] = (
    "country",
    "case_ref",
    "need",
    "provider_id",
    "opened",
    "deadline",
    "updated",
    "overdue",
)


# --------------------------------------------------------------------------- the store


class ReferralStore:
    """Referral events under `<folder>/<cc>/<referral id>/`, written atomically under a lock."""

    def __init__(self, folder: Path, *, lock_timeout: float | None = None) -> None:
        self.folder = folder
        self.lock_timeout = lock_timeout

    # ---- reading

    def _event_files(self, country: str | None = None) -> Iterator[Path]:
        # os.scandir, not pathlib: match reads every event of a country, and a large store
        # has thousands of them (benchmarks/bench_referrals.py).
        if not self.folder.is_dir():
            return
        names = [country.lower()] if country else sorted(os.listdir(self.folder))
        for cc in names:
            if not re.fullmatch(r"[a-z]{2}", cc) or not (self.folder / cc).is_dir():
                continue
            with os.scandir(self.folder / cc) as found:
                referrals = sorted(e.path for e in found if e.is_dir() and re.fullmatch(_ID, e.name))
            for folder in referrals:
                yield from _events_in(folder)

    def _read_event(self, path: Path) -> Event:
        try:
            with open(path, "rb") as handle:
                document = json.loads(fileio.read_stream(handle, "referral event", MAX_EVENT_BYTES))
        except OSError as error:
            raise DataError(
                f"cannot read referral event {path}: {error.strerror}", "check its permissions"
            ) from None
        except InputError:
            raise DataError(
                f"referral event {path} is too large to be one event", "restore it from git"
            ) from None
        except (ValueError, RecursionError):
            raise DataError(f"referral event {path} is not JSON", "restore it from git") from None
        if not isinstance(document, Mapping):
            raise DataError(f"referral event {path} is not a JSON object", "restore it from git")
        try:  # a \\ud800 escape reads as half a character, which no output can write
            json.dumps(document, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise DataError(
                f"referral event {path} holds half of a UTF-16 pair, not a character", "restore it from git"
            ) from None
        return Event.from_json(document, path)

    def referrals(self, country: str | None = None) -> list[Referral]:
        """Every referral (of one country), oldest first."""
        events: dict[str, list[Event]] = defaultdict(list)
        for path in self._event_files(country):
            event = self._read_event(path)
            events[event.referral].append(event)
        found = [Referral.from_events(group) for group in events.values()]
        return sorted(found, key=lambda r: (r.opened, r.case_ref, r.need, r.id))

    def get(self, referral: str) -> Referral:
        wanted = _check_id(referral)
        for cc_folder in sorted(self.folder.glob("??")) if self.folder.is_dir() else ():
            folder = cc_folder / wanted
            events = _events_in(folder) if folder.is_dir() else []
            if events:  # (a folder without events, left by a killed writer, is no referral)
                return Referral.from_events([self._read_event(p) for p in events])
        raise NotFoundError(
            f"no referral {wanted} in {self.folder}",
            "`svcmatch referral list` shows the referrals recorded here",
        )

    def answered(self, answer: Answer, number: int = 1, count: int = 1) -> Referral:
        """The referral an answer is for; one that is not here is named with the answer's row
        (a file of 200 answers named only the id, and the supervisor searched the sheet)."""
        try:
            return self.get(answer.id)
        except NotFoundError as error:
            if answer.row is None and count == 1:
                raise
            where = f"row {answer.row}" if answer.row is not None else f"answer {number}"
            raise NotFoundError(f"{where}: {error.message}", error.hint) from None

    # ---- writing

    def _write_all(self, events: Sequence[tuple[Event, str]]) -> None:
        """Write (event, file name) pairs all or none: SIGTERM and SIGHUP wait for the end, and
        a failure half-way (a full disk) removes the events this call wrote. (A SIGKILL may
        still cut it.)"""
        written: list[Path] = []
        made: list[Path] = []
        with fileio.uninterrupted():
            try:
                for event, name in events:
                    folder = self.folder / event.country.lower() / event.referral
                    if not folder.is_dir():
                        folder.parent.mkdir(fileio.UNSHARED_FOLDER, parents=True, exist_ok=True)
                        folder.mkdir(fileio.UNSHARED_FOLDER)
                        made.append(folder)
                    text = json.dumps(event.to_json(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
                    # no right for other users: a case reference beside the service she is sent to (a
                    # shelter); the group keeps what the umask gives it (a team's shared store)
                    fileio.write_text_atomic(folder / name, text, fileio.unshared_mode(folder / name))
                    written.append(folder / name)
            except BaseException as error:
                for path in written:
                    path.unlink(missing_ok=True)
                for folder in reversed(made):  # a folder without events would be a referral without any
                    with contextlib.suppress(OSError):
                        folder.rmdir()
                if isinstance(error, OSError):
                    raise DataError(
                        f"cannot write the referral store {self.folder}: {error.strerror or error}; "
                        "nothing was recorded",
                        "free some disk space (or check the folder's permissions) and run it again",
                    ) from None
                raise

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The store's write lock; one held too long is named as the store's (it said
        "<store>/referrals/referrals is locked", a path that is not there)."""
        self.folder.mkdir(fileio.UNSHARED_FOLDER, parents=True, exist_ok=True)
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(file_lock(self.folder / "referrals", self.lock_timeout))
            except LockTimeout as error:
                waited = error.message[error.message.rfind("(waited") :]
                raise LockTimeout(
                    f"the referral store {self.folder} is held by another caseworker's command (an "
                    f"update, an open or a purge) {waited}",
                    error.hint,
                ) from None
            yield

    def open_package(
        self,
        package: Mapping[str, Any],
        *,
        by: str = "",
        now: dt.datetime | None = None,
        today: dt.date | None = None,
    ) -> list[tuple[Referral, bool]]:
        """Record a package's referrals as `requested`; (referral, newly opened) for each.
        Opening the same package twice changes nothing. With `today`, a package whose
        consent ended before it opens nothing new (a referral is sent only with consent)."""
        planned_refs, country, case_ref, prepared = package_referrals(package)
        ended = _consent_ended(package, today)
        if ended is not None and not all(
            (self.folder / country.lower() / item["id"] / "open.json").is_file() for item in planned_refs
        ):  # refused before the store (its folder, its lock) is made
            raise _consent_refusal(ended)
        by = _clean_text(by, "--by") or _clean_text(
            (package.get("prepared") or {}).get("by"), "the package's prepared-by", 500
        )  # a package edited by hand: its texts are held to the store's rule too
        recorded = _now(now)
        results: list[tuple[Referral, bool]] = []
        opened: list[tuple[Event, str]] = []
        with self._locked():
            for item in planned_refs:
                folder = self.folder / country.lower() / item["id"]
                if (folder / "open.json").is_file():
                    results.append((self.get(item["id"]), False))
                    continue
                event = Event(
                    referral=item["id"],
                    kind="open",
                    status="requested",
                    date=prepared.isoformat(),
                    recorded=recorded,
                    by=by,
                    country=country,
                    case_ref=case_ref,
                    need=item["need"],
                    provider_id=item["provider_id"],
                    deadline=item["deadline"],
                )
                opened.append((event, "open.json"))
                results.append((Referral.from_events([event]), True))
            if opened and ended is not None:  # (one purged since the look above)
                raise _consent_refusal(ended)
            self._write_all(opened)
        return results

    def update(
        self,
        answers: Sequence[Answer],
        *,
        today: dt.date,
        now: dt.datetime | None = None,
        shown: Callable[[Referral, str], str] | None = None,
    ) -> list[Referral]:
        """Record answers, all or nothing: every answer is checked against the referral's
        status (and the answers before it in the list) before any is written. `shown` gives a
        stored name as a refusal may show it (the CLI withholds one that would place a
        confidential shelter, as `referral show` does)."""
        recorded = _now(now)
        with self._locked():
            base = dt.datetime.fromisoformat(recorded.replace("Z", "+00:00"))
            events, states = self._events(answers, today, base, shown, None)
            named = []
            for event in events:
                digest = hashlib.sha256(json.dumps(event.to_json(), sort_keys=True).encode()).hexdigest()[:10]
                named.append((event, f"{event.date}-{digest}.json"))
            self._write_all(named)
        return list(states.values())

    def refusals(
        self,
        answers: Sequence[Answer],
        *,
        today: dt.date,
        shown: Callable[[Referral, str], str] | None = None,
    ) -> list[InputError]:
        """Why each answer that `update` would refuse is refused (its unknown referral, a day
        before the package's, a status its referral cannot take), every one of them, in the
        answers' order; nothing is written. `referral update --from` says them all in one run,
        as `directory import` says every bad row (until the thirteenth office pass, one a run)."""
        refused: list[InputError] = []
        self._events(answers, today, dt.datetime.now(dt.timezone.utc), shown, refused)
        return refused

    def _events(
        self,
        answers: Sequence[Answer],
        today: dt.date,
        base: dt.datetime,
        shown: Callable[[Referral, str], str] | None,
        refused: list[InputError] | None,
    ) -> tuple[list[Event], dict[str, Referral]]:
        """The events that record `answers`, each checked against its referral's status (and the
        answers before it), and the referrals they make. A refusal is raised; with `refused`, it
        is put there instead and the answer left out (the next is checked after the others)."""
        states: dict[str, Referral] = {}
        events: list[Event] = []
        for number, answer in enumerate(answers, start=1):
            try:
                referral = states.get(answer.id) or self.answered(answer, number, len(answers))
                # After every event the referral has: a machine whose clock is behind (a shared
                # folder) would otherwise replay its answer before the one it followed.
                stamp = _after(_now(base + dt.timedelta(microseconds=number)), referral.events)
                day = answer.date or today
                _check_answer(answer, answer.where(number, len(answers)), referral, day, today, shown)
            except InputError as error:
                if refused is None:
                    raise
                refused.append(error)
                continue
            event = Event(
                referral=referral.id,
                kind="update",
                status=answer.status,
                date=day.isoformat(),
                recorded=stamp,
                by=answer.by,
                reason=answer.reason,
                note=answer.note,
                country=referral.country,
            )
            events.append(event)
            states[answer.id] = Referral.from_events([*referral.events, event])
        return events, states

    def purge(self, closed_before: dt.date, *, dry_run: bool = False) -> list[Referral]:
        """Delete the referrals that reached a final status before `closed_before`."""
        if not self.folder.is_dir():  # nothing to delete: no store (and no lock file) made
            return []
        with self._locked():
            gone = [r for r in self.referrals() if r.status in FINAL and parse_day(r.updated) < closed_before]
            if not dry_run:
                import shutil  # lazy: about 2 ms (bz2, lzma) of a cold match --format json

                with fileio.uninterrupted():  # a referral half removed would be a damaged one
                    for referral in gone:
                        shutil.rmtree(self.folder / referral.country.lower() / referral.id)
        return gone


def _check_answer(
    answer: Answer,
    where: str,
    referral: Referral,
    day: dt.date,
    today: dt.date,
    shown: Callable[[Referral, str], str] | None,
) -> None:
    """Raise InputError when `referral` cannot take `answer` on `day`: a day of another
    calendar's year, in the future, before the package's day or the last event; a status its
    status does not allow."""
    if (other := other_calendar_year(day, today)) is not None:  # 15/11/2569: 2026-11-15
        message, gregorian = other
        raise InputError(f"{where}: the date {message}", f"give the day as {gregorian}")
    if day > today:
        raise InputError(f"{where}: the date {day} is in the future", "give the day it happened")
    earliest = referral.earliest_answer()
    if day < earliest:
        if referral.status == "requested":
            raise InputError(
                f"{where}: the date {day} is before the package's day ({referral.opened})"
                + _ethiopian_said(referral.country, day, today),
                "give the day the answer came: at most a day before the package's day "
                "(a partner in another time zone)",
            )
        raise InputError(
            f"{where}: the date {day} is before the referral's last event ({referral.updated})"
            + _ethiopian_said(referral.country, day, today),
            "give the day the answer came, on or after that date",
        )
    allowed = TRANSITIONS.get(referral.status, ())
    if answer.status not in allowed:
        then = f"only {', '.join(allowed)}" if allowed else f"nothing: {referral.status} is final"
        raise InputError(
            f"{where}: a referral that is {referral.said(shown)} cannot become {answer.status}",
            f"from {referral.status} it can become {then}",
        )


def day_one_way(text: Any, earliest: dt.date, today: dt.date) -> tuple[str, dt.date] | None:
    """For a day whose day and month could swap (07/12/2026), the order ("dmy" or "mdy") of the
    one reading that an answer's day can have, from `earliest` to `today`, and the other
    reading (2026-07-12, months before the package); None when the text is not such a day, or
    when both readings, or neither, can be."""
    if not isinstance(text, str):
        return None
    try:
        read_day(text)
    except InputError:
        pass
    else:
        return None  # one reading already, or none that swaps
    days = {}
    for order in _ORDER_WORDS:
        try:
            days[order] = read_day(text, order=order)[0]
        except InputError:
            return None
    fitting = [order for order, day in days.items() if earliest <= day <= today]
    if len(fitting) != 1:
        return None
    (order,) = fitting
    (other,) = (day for each, day in days.items() if each != order)
    return order, other


def _events_in(folder: str | Path) -> list[Path]:
    """The event files of one referral's folder. A hidden file is none: a store copied to a USB
    stick or a network share from a Mac gets an AppleDouble `._open.json` beside each file (the
    Finder's metadata, not JSON), which stopped every referral command."""
    with os.scandir(folder) as found:
        names = [e.path for e in found if e.name.endswith(".json") and e.name[0] != "." and e.is_file()]
    return [Path(name) for name in sorted(names)]


def _after(stamp: str, events: Sequence[Event]) -> str:
    """`stamp`, or a microsecond after the latest `recorded` of `events` if that is not before
    it: the answers of one day replay in the order they were recorded in, whatever the clocks."""
    latest = max((event.recorded for event in events), default="")
    if stamp > latest:
        return stamp
    try:
        moment = dt.datetime.fromisoformat(latest.replace("Z", "+00:00"))
    except ValueError:  # a stamp written by hand: the order of its day stays as it is
        return stamp
    return _now(moment + dt.timedelta(microseconds=1))


def _consent_ended(package: Mapping[str, Any], today: dt.date | None) -> dt.date | None:
    """The last day of the package's consent, if it is before `today` (the day it holds
    until still counts)."""
    consent = package.get("consent")
    until = consent.get("until") if isinstance(consent, Mapping) else None
    if today is None or not until:
        return None
    day = parse_day(until, "the package's consent-until")
    return day if day < today else None


def _consent_refusal(ended: dt.date) -> InputError:
    return InputError(
        f"the person's consent ended on {ended}: a referral is sent only with consent",
        "ask the person again, and make the package with the new --consent-date and --consent-until",
    )


def _now(now: dt.datetime | None) -> str:
    moment = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    # Microseconds: answers recorded one after another on the same day replay in that order.
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


#: A provider id as the directory files hold them (storage keeps the same rule).
_PROVIDER_ID = r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}"


def _check_planned(item: Mapping[str, Any], need: str, provider_id: str) -> None:
    """A planned referral of a package names a need code, a provider id and a deadline that the
    store can hold and every later command can read (a bad one would stop `referral list`)."""
    try:
        parse_day(item.get("deadline"), "deadline")
        good = need in NEEDS_BY_CODE and re.fullmatch(_PROVIDER_ID, provider_id) is not None
    except InputError:
        good = False
    if not good:
        shown = f"{need[:30]!r} -> {provider_id[:40]!r}, deadline {str(item.get('deadline'))[:30]!r}"
        raise InputError(
            f"the package's referral {shown} is damaged", "make the package again; do not edit it by hand"
        )


def package_referrals(package: Mapping[str, Any]) -> tuple[list[dict[str, str]], str, str, dt.date]:
    """A package's referrals (id, need, provider_id, deadline), country, case reference and
    day, as `open_package` records them; a package it cannot record is refused."""
    if package.get("schema") != "svcmatch-referral-package":
        hint = "give the JSON of `svcmatch package ... --format json`"
        if "needs" in package and "plan" in package:
            hint = "this is a match result; make the package with `svcmatch package --from` first"
        raise InputError("this file is not a referral package", hint)
    if package.get("draft"):
        raise InputError(
            "this package is a draft: a referral is sent only with the person's consent",
            "make the package again with the consent options and without --draft",
        )
    case_ref = _clean_text(package.get("case_ref"), "case reference", 80)
    if not case_ref:
        raise InputError("the package has no case reference", "make it again with --case-ref")
    if not is_case_ref(case_ref):  # a package of another tool, or edited: a name, say
        raise InputError(
            "the package's case reference is not a pseudonymous code (the store keeps nothing "
            "about the person but the case reference)",
            f"make the package again with --case-ref: {CASE_REF_RULE}",
        )
    if package.get("case_ref_not_a_name") is not True:
        refuse_name_like_words(case_ref, "the package's case reference", "make the package again with")
    country = str((package.get("return") or {}).get("country") or "").upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise InputError("the package names no country of return", "make it again from a match result")
    try:  # 'ZZ' filed referrals under a country that is none, which no command could name
        country = resolve_country(country).alpha2
    except InputError:
        raise InputError(
            f"the package's country of return {country!r} is not a country",
            "make it again from a match result",
        ) from None
    prepared_at = (package.get("prepared") or {}).get("at") or ""  # as written: true said so
    prepared = parse_day(prepared_at, "the package's prepared date")
    items = package.get("referrals")
    if not isinstance(items, list):  # a package made before referral ids: derive them
        priority = str((package.get("priority") or {}).get("level") or "normal")
        items = planned(case_ref, package.get("needs") or (), priority, prepared)
    referrals = []
    for item in items:
        if not isinstance(item, Mapping):
            raise InputError("the package's referrals list is damaged", "make the package again")
        need, provider_id = str(item.get("need") or ""), str(item.get("provider_id") or "")
        _check_planned(item, need, provider_id)
        expected = referral_id(case_ref, need, provider_id, prepared)
        if item.get("id") != expected:
            raise InputError(
                f"the package's referral id {str(item.get('id'))[:40]!r} does not match its contents",
                "make the package again; do not edit referral ids by hand",
            )
        referrals.append(
            {"id": expected, "need": need, "provider_id": provider_id, "deadline": str(item.get("deadline"))}
        )
    if not referrals:
        raise InputError("the package plans no referral", "it has no chosen provider for any need")
    return referrals, country, case_ref, prepared


# --------------------------------------------------------------------------- what the answers say


def feedback(referrals: Iterable[Referral], today: dt.date) -> dict[str, ProviderFeedback]:
    """Per provider id, what its referrals say as of `today`: those opened in the last
    FEEDBACK_DAYS days are summed up, and a no_capacity decline or failure of the last
    FULL_DAYS days makes it full. Answers dated after `today` do not count yet."""
    since = today - dt.timedelta(days=FEEDBACK_DAYS)
    full_after = (today - dt.timedelta(days=FULL_DAYS)).isoformat()
    groups: dict[str, list[Referral]] = defaultdict(list)
    full: dict[str, tuple[str, str]] = {}
    for whole in referrals:
        referral = whole.as_of(today)
        if referral is None:
            continue
        if parse_day(referral.opened) >= since:
            groups[referral.provider_id].append(referral)
        no_capacity = referral.status in NEEDS_REASON and referral.reason == "no_capacity"
        if no_capacity and referral.updated >= full_after:
            full[referral.provider_id] = max(
                full.get(referral.provider_id, ("", "")), (referral.updated, referral.status)
            )
    return {
        provider_id: _summary(groups.get(provider_id, []), full.get(provider_id), today)
        for provider_id in sorted(groups.keys() | full.keys())
    }


def _summary(group: Sequence[Referral], full: tuple[str, str] | None, today: dt.date) -> ProviderFeedback:
    import statistics  # lazy: about 10 ms to import, needed only for a provider with answers

    declines = sorted((r for r in group if r.status == "declined"), key=lambda r: (r.updated, r.id))
    answered = [(r, day) for r in group if (day := r.answered()) is not None]
    # (an answer dated the day before the package's, in a time zone west of it: 0 days)
    days = [max(0, (day - parse_day(r.opened)).days) for r, day in answered]
    reasons = Counter(r.reason or "other" for r in declines)
    return ProviderFeedback(
        sent=len(group),
        accepted=sum(1 for r, _ in answered if r.status != "declined"),
        declined=len(declines),
        last_decline_reason=declines[-1].reason if declines else None,
        last_decline_date=declines[-1].updated if declines else None,
        median_days_to_answer=float(statistics.median(days)) if days else None,
        full_since=full[0] if full else None,
        full_by=full[1] if full else None,
        not_eligible=reasons.get("not_eligible", 0),
        unanswered=sum(1 for r in group if r.unanswered(today)),
        decline_reasons=tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
    )


def still_open(referrals: Iterable[Referral], new: Sequence[Referral]) -> list[tuple[Referral, Referral]]:
    """(new referral, another one of its case and need that is not final): a second package
    for the same need (another provider chosen) leaves the first referral open until someone
    cancels it."""
    wanted = {(r.country, r.case_ref, r.need): r for r in new}
    ids = {r.id for r in new}
    found = []
    for other in referrals:
        mine = wanted.get((other.country, other.case_ref, other.need))
        if mine is not None and other.id not in ids and other.status not in FINAL:
            found.append((mine, other))
    return found


def last_contact(referrals: Iterable[Referral]) -> dict[str, str]:
    """Per provider id, the last day a partner accepted a referral (contact with the provider)."""
    contact: dict[str, str] = {}
    for referral in referrals:
        for event, ok in zip(referral.events, referral.applied, strict=True):
            accepted = ok and event.kind == "update" and event.status == "accepted"
            if accepted and event.date > contact.get(referral.provider_id, ""):
                contact[referral.provider_id] = event.date
    return contact


def stats(
    referrals: Sequence[Referral], region_of: Mapping[str, str] | None = None, *, today: dt.date | None = None
) -> dict[str, list[dict[str, Any]]]:
    """`referral stats`: per provider, and per region × need, what was sent, accepted, declined
    (and why), left unanswered past its deadline as of `today` (the calendar's, for a script
    that calls it as it did before `unanswered`), and completed (per provider, failed too)."""
    region_of = region_of or {}
    today = today or dt.date.today()
    by_provider: dict[str, list[Referral]] = defaultdict(list)
    by_region: dict[tuple[str, str], list[Referral]] = defaultdict(list)
    for referral in referrals:
        by_provider[referral.provider_id].append(referral)
        by_region[(region_of.get(referral.provider_id, "?"), referral.need)].append(referral)
    providers = []
    for provider_id, group in sorted(by_provider.items()):
        summary = _summary(group, None, today)  # the same counts and median as match's `referrals`
        providers.append(
            {
                "provider_id": provider_id,
                "region": region_of.get(provider_id),
                "sent": summary.sent,
                "accepted": summary.accepted,
                "declined": summary.declined,
                "declined_by_reason": dict(sorted(summary.decline_reasons)),
                "median_days_to_answer": summary.median_days_to_answer,
                "unanswered": summary.unanswered,
                "awaiting": _awaiting(group, today),
                **_delivered(group),
            }
        )
    regions = []
    for (region, need), group in sorted(by_region.items()):
        reasons = Counter(r.reason or "other" for r in group if r.status in ("declined", "failed"))
        regions.append(
            {
                "region": region if region != "?" else None,
                "need": need,
                "sent": len(group),
                "declined": sum(1 for r in group if r.status == "declined"),
                "failed": sum(1 for r in group if r.status == "failed"),
                "reasons": dict(sorted(reasons.items())),
                "accepted": sum(1 for r in group if r.answered() is not None and r.status != "declined"),
                "unanswered": sum(1 for r in group if r.unanswered(today)),
                "awaiting": _awaiting(group, today),
                "completed": _delivered(group)["completed"],
            }
        )
    return {"providers": providers, "regions": regions}


def _awaiting(group: Sequence[Referral], today: dt.date) -> int:
    """How many are still requested, their deadline's day not past as of `today`: answers still
    to come. `unanswered 0` beside seven referrals nobody had answered read as "all answered"
    (newcomer find 41); with `awaiting` the columns account for every referral sent."""
    return sum(1 for r in group if r.status == "requested" and not r.unanswered(today))


def _delivered(group: Sequence[Referral]) -> dict[str, int]:
    """How many referrals ended with the service given (`completed`) or not (`failed`): what a
    month's or a donor's report counts, and `stats` gave only as accepted (until 2026-12-07)."""
    return {status: sum(1 for r in group if r.status == status) for status in ("completed", "failed")}


def reasons_text(reasons: Mapping[str, int]) -> str:
    return ", ".join(f"{reason} {count}" for reason, count in reasons.items())
