"""The quick reading of numbers in international form gives exactly phonenumbers' reading (property)."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from svcmatch.errors import InputError
from svcmatch.phones import PhoneReading, _full_reading, _plan, _quick_reading, read_phone

#: Every region whose calling code is its own (the others are left to phonenumbers).
PLANNED = sorted(region for region in phonenumbers.SUPPORTED_REGIONS if _plan(region) is not None)
TYPES = [
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.PAGER,
    PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL,
]


def full(text: str, country: str) -> PhoneReading | str:
    """phonenumbers' reading, or the error's message and hint."""
    try:
        return _full_reading(text.strip(), country)
    except InputError as error:
        return f"{error.message} ({error.hint})"


def test_most_regions_have_a_plan_and_shared_codes_do_not() -> None:
    assert len(PLANNED) > 150
    assert {"AL", "UA", "DE", "FR", "NG"} <= set(PLANNED)
    assert not {"US", "CA", "RU", "KZ", "GB", "IM", "MA"} & set(PLANNED)  # +1, +7, +44, +212 are shared


def test_every_example_number_reads_the_same_quickly_in_international_form_and_e164() -> None:
    quick = 0
    for region in PLANNED:
        for kind in TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for form in (PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164):
                text = phonenumbers.format_number(example, form)
                found = _quick_reading(text, region)
                if found is not None:
                    quick += 1
                    assert found == full(text, region), (region, kind, text)
    assert quick > 1600  # of 1,686: all but those of a national prefix or leading zero


@pytest.mark.parametrize(
    ("text", "country", "number"),
    [
        ("+380 44 200 0000", "UA", "+380 44 200 0000"),
        ("+380442000000", "UA", "+380 44 200 0000"),
        ("+355 69 234 5678", "AL", "+355 69 234 5678"),
        ("+355692345678", "AL", "+355 69 234 5678"),
        ("+375 24 912-34-56", "BY", "+375 24 912-34-56"),
        ("+380-44-200-0000", "UA", "+380 44 200 0000"),
    ],
)
def test_the_directorys_own_form_and_e164_take_the_quick_way(text: str, country: str, number: str) -> None:
    found = _quick_reading(text, country)
    assert found == PhoneReading(text, number, "+" + text[1:].replace(" ", "").replace("-", ""))
    assert read_phone(text, country) == found == full(text, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("+380 044 200 0000", "UA"),  # a national prefix after the code: parsing strips it
        ("+375 810 992 0265", "BY"),  # valid as written, but parsing strips its 8 (BY's prefix)
        ("+380 44 200 000", "UA"),  # too short: the full reading says so
        ("+380 99 999 9999 9", "UA"),  # too long
        ("+355 69 234 5678", "UA"),  # another country's code
        ("+1 202 555 0143", "US"),  # a shared code
        ("+380/44/200/0000", "UA"),  # other separators
        ("+380 (44) 200 0000", "UA"),
        ("+380  44 200 0000", "UA"),  # two spaces
        ("++380 44 200 0000", "UA"),
        ("+٣٨٠ 44 200 0000", "UA"),  # other digits
        ("044 200 0000", "UA"),  # national form
    ],
)
def test_anything_else_is_left_to_phonenumbers(text: str, country: str) -> None:
    assert _quick_reading(text, country) is None


@st.composite
def international_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A region, and digits after a "+": its own code or another region's, then any digits,
    split by single spaces or hyphens anywhere."""
    region = draw(st.sampled_from(PLANNED))
    other = draw(st.sampled_from(PLANNED))
    code = str(phonenumbers.country_code_for_region(draw(st.sampled_from([region, region, other]))))
    rest = draw(st.text(alphabet="0123456789", min_size=0, max_size=18))
    digits = code + rest
    cuts = sorted(draw(st.sets(st.integers(1, max(1, len(digits) - 1)), max_size=5)))
    groups = [digits[start:end] for start, end in zip([0, *cuts], [*cuts, len(digits)], strict=True)]
    separators = draw(st.lists(st.sampled_from([" ", "-"]), min_size=len(groups), max_size=len(groups)))
    return "+" + "".join(sep + group for sep, group in zip(["", *separators], groups, strict=False)), region


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A region's example number with its last digits changed: mostly still valid."""
    region = draw(st.sampled_from(PLANNED))
    kind = draw(st.sampled_from(TYPES))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    if example is None:
        return "+" + str(phonenumbers.country_code_for_region(region)), region
    national = phonenumbers.national_significant_number(example)
    keep = draw(st.integers(0, len(national)))
    tail = draw(st.text(alphabet="0123456789", min_size=len(national) - keep, max_size=len(national) - keep))
    number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=0)
    text = "+" + str(example.country_code) + national[:keep] + tail
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text, region
    form = draw(st.sampled_from([PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164]))
    return phonenumbers.format_number(number, form), region


@settings(max_examples=1500, deadline=None)
@given(case=st.one_of(international_texts(), valid_numbers()))
def test_the_quick_reading_is_phonenumbers_reading_or_none(case: tuple[str, str]) -> None:
    text, region = case
    found = _quick_reading(text, region)
    if found is not None:
        assert found == full(text, region)


#: Regions whose parsing strips (or rewrites) more than a leading 0 after the country code.
PREFIXED = [
    region
    for region in PLANNED
    if (phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix_for_parsing or "0") != "0"
]


@st.composite
def prefixed_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A region of PREFIXED: its code, then its national prefix or none, then digits."""
    region = draw(st.sampled_from(PREFIXED))
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = draw(st.sampled_from(["", metadata.national_prefix or "", "1900", "1001", "1500"]))
    rest = draw(st.text(alphabet="0123456789", min_size=1, max_size=12))
    return f"+{metadata.country_code} {prefix}{rest}", region


def test_some_regions_strip_more_than_a_zero() -> None:
    assert {"BY", "CR", "NF", "SM", "TM"} <= set(PREFIXED)


@settings(max_examples=1500, deadline=None)
@given(case=prefixed_texts())
def test_a_national_prefix_after_the_code_is_read_as_phonenumbers_reads_it(case: tuple[str, str]) -> None:
    """ "+<code> <prefix><number>": parsing strips the prefix (or rewrites the number, as in San
    Marino and Norfolk Island) when what is left is a number."""
    text, region = case
    found = _quick_reading(text, region)
    if found is not None:
        assert found == full(text, region)
