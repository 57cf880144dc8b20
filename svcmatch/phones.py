"""Phone numbers read for a directory's country and written in international format (phonenumbers)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import CountryCodeSource, NumberParseException, PhoneNumberFormat

from .errors import InputError

#: Excel shows a long number as 3,55692E+11 and a CSV saved from it keeps only those digits.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
#: Cells hold several numbers separated by |, ; or , (a comma inside a number is Excel's doing).
_SEPARATORS = re.compile(r"[|;,]")


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
    example = _example(country)
    if _SCIENTIFIC.fullmatch(given.replace(" ", "")):
        raise InputError(
            f"{given!r} is a number in scientific notation: the spreadsheet has cut its digits",
            f"format the column as Text and type the whole number again, e.g. {example}",
        )
    try:
        parsed = phonenumbers.parse(given, country, keep_raw_input=True)
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
    return PhoneReading(given, number, e164, _how_read(given, parsed, country, number))


def _how_read(given: str, parsed: phonenumbers.PhoneNumber, country: str, number: str) -> str:
    source = parsed.country_code_source
    if source == CountryCodeSource.FROM_NUMBER_WITHOUT_PLUS_SIGN:
        return f"read {given!r} as {number}: its + was missing (as when a spreadsheet makes it a number)"
    if source == CountryCodeSource.FROM_DEFAULT_COUNTRY:
        prefix = _national_prefix(country)
        digits = re.sub(r"\D", "", given)
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
def _example(country: str) -> str:
    sample = phonenumbers.example_number(country.upper())
    if sample is None:
        return "+<country code> <number>"
    return phonenumbers.format_number(sample, PhoneNumberFormat.INTERNATIONAL)


def read_phones(cell: str, country: str) -> list[PhoneReading]:
    """Every number of a phone cell ("+355 4 222 333 | 069 234 5678"), each read by `read_phone`.

    A cell that is one number in scientific notation is refused whole, before it is split on
    its comma.
    """
    text = cell.strip()
    if not text:
        return []
    if _SCIENTIFIC.fullmatch(text.replace(" ", "")):
        read_phone(text, country)  # raises with the fix
    return [read_phone(part, country) for part in _SEPARATORS.split(text) if part.strip()]


def same_numbers(first: str, second: str, country: str) -> bool:
    """True when two phone cells hold the same numbers, however they are written."""
    if first.strip() == second.strip():
        return True
    try:
        return [r.e164 for r in read_phones(first, country)] == [r.e164 for r in read_phones(second, country)]
    except InputError:
        return False


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
