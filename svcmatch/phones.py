"""Phone numbers read for a directory's country and written in international format (phonenumbers)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import phonenumbers
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    CountryCodeSource,
    NumberParseException,
    PhoneNumberFormat,
)

from .checks import EXTENSION_WORDS
from .errors import InputError

#: Excel shows a long number as 3,55692E+11 and a CSV saved from it keeps only those digits.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
#: Digits alone (a spreadsheet's number) that keep at most the six digits Excel shows of a
#: large number in scientific notation (3.55692E+11), then only zeros: 355692000000.
_CUT_BY_SCIENTIFIC = re.compile(r"([1-9]\d{0,5}?)0{5,}")
#: A phone a spreadsheet (or a script through one) wrote as a decimal number: 692345678.0.
_AS_DECIMAL = re.compile(r"\+?\d{6,}[.,]0+")
#: Cells hold several numbers separated by |, ; or , (a comma inside a number is Excel's doing).
_SEPARATORS = re.compile(r"[|;,]")
#: The mark typed before a number to keep a spreadsheet from making it one ('0692345678, so
#: that its leading 0 stays): Excel's and LibreOffice's mark for text, not part of the number.
_TEXT_MARK = re.compile(r"(^|[|;,])(\s*)['’](?=\s*[+(\d])")


def without_text_marks(cell: str) -> str:
    """A phone cell without the spreadsheet's text mark before each number ("'0692345678")."""
    return _TEXT_MARK.sub(r"\1\2", cell)


@dataclass(frozen=True)
class PhoneReading:
    """One number as read: its text to store, and how it was read when that was not exact."""

    given: str
    number: str
    e164: str
    note: str = ""


@functools.lru_cache(maxsize=4096)  # an import reads each row's number again for its duplicate search
def read_phone(text: str, country: str) -> PhoneReading:
    """One phone number for a directory of `country`, in international format when it is valid.

    - "+355 69 234 5678", "069 234 5678", "00355 69 234 5678" -> "+355 69 234 5678".
    - "355692345678" (a spreadsheet dropped the +) and "692345678" (it dropped the leading 0)
      are read the one way they can be, and the reading is said in `note`.
    - A number that is possible but not in the country's plan (a new range, a test number)
      is kept as written when it has its "+country code"; without one it is refused.
    Raises InputError (with the fix) for what cannot be a phone number.
    """
    given = text.strip()
    return _quick_reading(given, country) or _full_reading(given, country)


def _full_reading(given: str, country: str) -> PhoneReading:
    """`read_phone` through phonenumbers' parser, for a number in any form."""
    example = example_phone(country)
    if _SCIENTIFIC.fullmatch(given.replace(" ", "")):
        raise InputError(
            f"{given!r} is a number in scientific notation: the spreadsheet has cut its digits",
            f"format the column as Text and type the whole number again, e.g. {example}",
        )
    if _AS_DECIMAL.fullmatch(given):
        raise InputError(
            f"{given!r} is a number with a decimal point: the spreadsheet made the phone a number "
            "(a leading 0 or + may be lost too)",
            f"format the column as Text and type the whole number again, e.g. {example}",
        )
    cut = _CUT_BY_SCIENTIFIC.fullmatch(given)
    if cut:
        digits = cut.group(1)
        shown = (
            f"{digits[0]}.{digits[1:]}E+{len(given) - 1}"
            if len(digits) > 1
            else f"{digits}E+{len(given) - 1}"
        )
        raise InputError(
            f"{given!r} ends in {len(given) - len(digits)} zeros: it looks like a number that a "
            f"spreadsheet showed in scientific notation ({shown}) and saved so, its last digits lost",
            f"format the column as Text and type the whole number again, e.g. {example}; if the "
            "number is right, write it with its + and spaces",
        )
    extension = _EXTENSION_WORD.search(given)
    text = f"{given[: extension.start()]} ext. {extension[1]}" if extension else given
    try:
        parsed = phonenumbers.parse(text, country, keep_raw_input=True)
    except NumberParseException:
        raise InputError(f"{given!r} is not a phone number", f"write it as {example}") from None
    if not phonenumbers.is_possible_number(parsed):
        raise InputError(
            f"{given!r} has too few or too many digits for a phone number",
            f"write the whole number with its country code, e.g. {example}",
        )
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    if not phonenumbers.is_valid_number(parsed):
        if given.startswith("+") or parsed.country_code_source == CountryCodeSource.FROM_NUMBER_WITH_IDD:
            return PhoneReading(given, given, e164)  # written deliberately in international form
        raise InputError(
            f"{given!r} is not a phone number in use in {country}",
            f"check it, and write it with its country code, e.g. {example}",
        )
    number = phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)
    how = _how_read(given, parsed, country, number)
    if extension and not how:
        how = f"read {given!r} as {number}: {extension[0].strip()!r} as its extension"
    return PhoneReading(given, number, e164, how)


#: An extension after the words of `checks.EXTENSION_WORDS` ('loc. 12'), read as 'ext. 12'.
_EXTENSION_WORD = re.compile(rf"\s*[,;]?\s*\b(?:{EXTENSION_WORDS})\b\.?\s*(\d{{1,6}})\s*$", re.I)

#: A number as the directory stores it (phonenumbers' international format), or in E.164:
#: "+", the digits, a single space or hyphen between groups.
_PLAIN_INTERNATIONAL = re.compile(r"\+[0-9]+(?:[ -][0-9]+)*")


def _quick_reading(given: str, country: str) -> PhoneReading | None:
    """The reading of a valid number written with the directory's own "+country code" (E.164,
    or as svcmatch stores it), without phonenumbers' parser: what `read_phone` would give,
    exactly, or None when the number is anything else (the full reading then decides).

    An import reads one number a row, and phonenumbers' parse, validation and formatting cost
    about 0.1 ms a number; this asks the same questions of the same metadata (`_Plan`): the
    country calling code, the national prefix that parsing would strip, the possible lengths
    and patterns of validity, and the international format. tests/test_phones.py holds it to
    phonenumbers over every region's numbers."""
    plan = _plan(country)
    if plan is None or not _PLAIN_INTERNATIONAL.fullmatch(given):
        return None
    digits = given[1:].replace(" ", "").replace("-", "")
    if not digits.startswith(plan.code):
        return None
    national = digits[len(plan.code) :]
    if (
        national[:1] in ("", "0")  # an Italian leading zero, or nothing
        or (plan.prefix is not None and plan.prefix.match(national))  # parse may strip it
        or not plan.valid(national)
    ):
        return None
    return PhoneReading(given, f"+{plan.code} {plan.format(national)}", "+" + digits)


@dataclass(frozen=True)
class _Plan:
    """A country's numbering plan as phonenumbers' metadata gives it, compiled once."""

    code: str
    prefix: re.Pattern[str] | None
    #: For each length a valid national number may have: the general description's pattern,
    #: and one pattern of every kind of number (fixed line, mobile, toll free...) of that
    #: length, as alternatives: phonenumbers' is_valid_number asks the general one, then each
    #: kind in turn, and a number is valid when one fits.
    lengths: Mapping[int, tuple[re.Pattern[str], re.Pattern[str] | None]]
    #: (the last leading-digits pattern or None, the pattern, the format, the format as a
    #: str.format template or None) of each format.
    formats: tuple[tuple[re.Pattern[str] | None, re.Pattern[str], str, str | None], ...]

    def valid(self, national: str) -> bool:
        """phonenumbers.is_valid_number of a national number of this plan."""
        general, kinds = self.lengths.get(len(national), (None, None))
        return (
            general is not None
            and kinds is not None
            and general.fullmatch(national) is not None
            and kinds.fullmatch(national) is not None
        )

    def format(self, national: str) -> str:
        """The national number as phonenumbers' INTERNATIONAL format writes it after the code:
        the first format whose leading digits and pattern fit, its groups put in its rule."""
        for leading, pattern, rule, template in self.formats:
            if leading is None or leading.match(national):
                whole = pattern.fullmatch(national)
                if whole is not None:
                    return (
                        template.format(*whole.groups())
                        if template is not None
                        else pattern.sub(rule, national)
                    )
        return national


#: A format's pattern that is only groups of digits ("(\d{3})(\d{3,4})"): its first match is
#: the whole number when the whole number fits it, so re.sub's result is its rule filled in.
_DIGIT_GROUPS = re.compile(r"(?:\(\\d(?:\{\d+(?:,\d+)?\})?\))+")
#: A format's rule of group references and plain characters ("\1 \2-\3").
_PLAIN_RULE = re.compile(r"(?:[^\\{}]|\\[1-9])*")


def _template(pattern: str, rule: str) -> str | None:
    """The rule as a str.format template ("{0} {1}-{2}"), when `_Plan.format` may use it."""
    if not (_DIGIT_GROUPS.fullmatch(pattern) and _PLAIN_RULE.fullmatch(rule)):
        return None
    return re.sub(r"\\([1-9])", lambda ref: "{" + str(int(ref.group(1)) - 1) + "}", rule)


@functools.cache
def _plan(country: str) -> _Plan | None:
    """The compiled plan of a country that alone uses its calling code (None otherwise: +1, +7,
    +44 and the like are left to phonenumbers, which tells their regions apart)."""
    region = country.upper()
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.country_code is None:
        return None
    general = _desc(metadata.general_desc)
    if (
        COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code) != (region,)
        or general is None
        or not general[0]
    ):
        return None
    descs = [
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
        metadata.fixed_line,
    ]
    if not metadata.same_mobile_and_fixed_line_pattern:
        descs.append(metadata.mobile)
    kinds = [found for found in map(_desc, descs) if found is not None]
    lengths: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
    for length in general[0]:
        fitting = [pattern.pattern for possible, pattern in kinds if not possible or length in possible]
        either = re.compile("|".join(f"(?:{pattern})" for pattern in fitting)) if fitting else None
        lengths[length] = (general[1], either)
    formats = []
    for number_format in metadata.intl_number_format or metadata.number_format:
        leading, pattern, rule = (
            number_format.leading_digits_pattern,
            number_format.pattern,
            number_format.format,
        )
        if pattern is None or rule is None:
            return None
        formats.append(
            (
                re.compile(leading[-1]) if leading else None,
                re.compile(pattern),
                rule,
                _template(pattern, rule),
            )
        )
    parsing_prefix = metadata.national_prefix_for_parsing
    return _Plan(
        code=str(metadata.country_code),
        prefix=re.compile(parsing_prefix) if parsing_prefix else None,
        lengths=lengths,
        formats=tuple(formats),
    )


def _desc(desc: phonenumbers.PhoneNumberDesc | None) -> tuple[frozenset[int], re.Pattern[str]] | None:
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length), re.compile(desc.national_number_pattern)


def _how_read(given: str, parsed: phonenumbers.PhoneNumber, country: str, number: str) -> str:
    source = parsed.country_code_source
    if source == CountryCodeSource.FROM_NUMBER_WITHOUT_PLUS_SIGN:
        return f"read {given!r} as {number}: its + was missing (as when a spreadsheet makes it a number)"
    if source == CountryCodeSource.FROM_DEFAULT_COUNTRY:
        prefix = _national_prefix(country)
        # in 0-9: '၀၉ ၂၅၀ ...' (Burmese digits) begins with its 0, and was told it was missing
        digits = "".join(str(unicodedata.decimal(digit)) for digit in re.findall(r"\d", given))
        if prefix and not digits.startswith(prefix) and _needs_prefix(parsed, country, prefix):
            return (
                f"read {given!r} as {number}: its leading {prefix} was missing "
                "(as when a spreadsheet makes it a number)"
            )
    return ""


def _national_prefix(country: str) -> str:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(country.upper())
    return (metadata.national_prefix or "") if metadata is not None else ""


def _needs_prefix(parsed: phonenumbers.PhoneNumber, country: str, prefix: str) -> bool:
    """True when the country writes this number with its trunk prefix at home (069..., not 69...)."""
    national = phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national).startswith(prefix)


@functools.cache
def example_phone(country: str) -> str:
    """An example number of the country, in international format ('+977 1-4567890' for NP)."""
    sample = phonenumbers.example_number(country.upper())
    if sample is None:
        return "+<country code> <number>"
    return phonenumbers.format_number(sample, PhoneNumberFormat.INTERNATIONAL)


def read_phones(cell: str, country: str) -> list[PhoneReading]:
    """Every number of a phone cell ("+355 4 222 333 | 069 234 5678"), each read by `read_phone`.

    A cell that is one number in scientific notation, or a decimal one (692345678,0), is
    refused whole, before it is split on its comma.
    """
    text = cell.strip()
    if not text:
        return []
    if _SCIENTIFIC.fullmatch(text.replace(" ", "")) or _AS_DECIMAL.fullmatch(text):
        read_phone(text, country)  # raises with the fix
    try:
        return [read_phone(part, country) for part in _SEPARATORS.split(text) if part.strip()]
    except InputError:
        _refuse_other_separator(text, country)
        raise


def _refuse_other_separator(text: str, country: str) -> None:
    """Raise with the separator to use when `text` is numbers separated by '/' (as offices
    write a landline and a mobile); return when it is not."""
    parts = [part.strip() for part in text.split("/")]
    if len(parts) < 2 or not all(parts):
        return
    try:
        numbers = [read_phone(part, country).number for part in parts]
    except InputError:
        return
    raise InputError(
        f"{text!r} holds {len(parts)} numbers separated by '/'",
        f"separate them with |: {' | '.join(numbers)}",
    )


def same_numbers(first: str, second: str, country: str) -> bool:
    """True when two phone cells hold the same numbers, however they are written."""
    if first.strip() == second.strip():
        return True
    try:
        return [r.e164 for r in read_phones(first, country)] == [r.e164 for r in read_phones(second, country)]
    except InputError:
        return _plus_dropped(first, second)


#: A cell that holds only what a phone number is written with.
_PHONE_CHARACTERS = re.compile(r"[\d\s+().\-/]+")


def _plus_dropped(stored: str, cell: str) -> bool:
    """True when `cell` is `stored`, a number kept as written with its +country code (one the
    numbering plan does not know), as a spreadsheet gives it back: the same digits without
    the + (or with 00 for it), the cell made a number."""
    stored_parts = [part.strip() for part in _SEPARATORS.split(stored) if part.strip()]
    cell_parts = [part.strip() for part in _SEPARATORS.split(cell) if part.strip()]
    if not stored_parts or len(stored_parts) != len(cell_parts):
        return False
    for kept, given in zip(stored_parts, cell_parts, strict=True):
        if not kept.startswith("+") or not _PHONE_CHARACTERS.fullmatch(given):
            return False
        digits = re.sub(r"\D", "", given)
        if digits != re.sub(r"\D", "", kept) and digits != "00" + re.sub(r"\D", "", kept):
            return False
    return True


def international(cell: str, country: str) -> str:
    """A stored phone cell for display and export: each valid number in international format,
    anything else as stored."""
    parts = []
    for part in _SEPARATORS.split(cell):
        if not part.strip():
            continue
        try:
            parts.append(read_phone(part, country).number)
        except InputError:
            parts.append(part.strip())
    return " | ".join(parts) if parts else cell
