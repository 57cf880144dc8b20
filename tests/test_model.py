"""The provider model: value parsing, coercion and records."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import fields
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from svcmatch.errors import InputError
from svcmatch.model import (
    WITHHELD_IN_TEXT,
    Coverage,
    Provider,
    _locating_part,
    _may_hold,
    build_provider,
    coerce_field,
    gives_location,
    has_locating_parts,
    locating_parts,
    locating_pattern,
    parse_bool,
    parse_coverage,
    parse_date,
    parse_float,
    parse_int,
    point_in_text,
    point_parts,
    provider_from_record,
    template_row,
    withheld_in_text,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yes", True),
        ("Y", True),
        ("1", True),
        ("TRUE", True),
        ("no", False),
        ("n", False),
        ("0", False),
        ("false", False),
    ],
)
def test_parse_bool(text: str, value: bool) -> None:
    assert parse_bool(text) is value


def test_parse_bool_rejects_other_words() -> None:
    with pytest.raises(InputError, match="'maybe' is not yes or no"):
        parse_bool("maybe", "disability_access")


@pytest.mark.parametrize(
    ("text", "value"), [("41,3275", 41.3275), (" 19.8187 ", 19.8187), ("-3", -3.0), ("\u221212.5", -12.5)]
)
def test_parse_float_reads_decimal_commas(text: str, value: float) -> None:
    assert parse_float(text) == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", "nan", "inf", "1e400", ""])
def test_parse_float_rejects(text: str) -> None:
    with pytest.raises(InputError):
        parse_float(text, "latitude")


def test_parse_int() -> None:
    assert parse_int("18") == 18
    assert parse_int("18.0") == 18
    with pytest.raises(InputError, match="below 0"):
        parse_int("-1", "min_age")
    with pytest.raises(InputError, match="not a whole number"):
        parse_int("eighteen", "min_age")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-03-01", dt.date(2026, 3, 1)),
        ("01.03.2026", dt.date(2026, 3, 1)),
        ("13/3/2026", dt.date(2026, 3, 13)),  # the one order its numbers allow
        ("3/13/2026", dt.date(2026, 3, 13)),
        ("2026-03-01T10:00:00", dt.date(2026, 3, 1)),
    ],
)
def test_parse_date(text: str, value: dt.date) -> None:
    assert parse_date(text) == value


#: 1/3/2026 is the 1st of March or the 3rd of January: refused, never guessed (the import refuses it too)
@pytest.mark.parametrize("text", ["2026-02-30", "yesterday", "2026/13/01", "31.31.2026", "1/3/2026"])
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date(text, "verified_on")


def test_parse_coverage_forms() -> None:
    assert parse_coverage("national") == Coverage("national")
    assert parse_coverage("radius:40") == Coverage("radius", km=40.0)
    assert parse_coverage("radius: 12,5 km") == Coverage("radius", km=12.5)
    assert parse_coverage("al-01|AL-11") == Coverage("regions", ("AL-01", "AL-11"))
    assert parse_coverage({"kind": "radius", "km": 5}) == Coverage("radius", km=5.0)
    with pytest.raises(InputError, match="radius"):
        parse_coverage("radius:")
    with pytest.raises(InputError, match="out of range"):
        parse_coverage("radius:-4")


def test_coerce_blank_cells_mean_not_set() -> None:
    assert coerce_field("min_age", "") is None
    assert coerce_field("languages", " ") == ()
    assert coerce_field("vot_specialised", "") is False
    assert coerce_field("coverage", "") == Coverage()


def test_coerce_unknown_field_names_the_template() -> None:
    with pytest.raises(InputError, match="unknown field 'colour'"):
        coerce_field("colour", "red")


def test_record_round_trip_and_any() -> None:
    record = {
        "id": "al-tir-0001",
        "name": "Test",
        "categories": "shelter|medical",
        "sexes": "any",
        "exploitation_types": "sexual|labour",
        "coverage": "national",
        "verified_on": "2026-05-01",
        "latitude": "41,33",
        "longitude": "19.82",
    }
    provider = provider_from_record(record)
    assert provider.sexes == ()
    assert provider.coverage.kind == "national"
    assert provider_from_record(provider.to_record()) == provider
    row = template_row(provider)
    assert row["sexes"] == "any"
    assert row["categories"] == "shelter|medical"
    assert row["latitude"] == "41.33"


@given(st.floats(min_value=-90, max_value=90, allow_nan=False))
def test_float_text_round_trip(value: float) -> None:
    assert parse_float(repr(value)) == value


@given(st.text(max_size=30))
def test_parsers_never_raise_anything_but_input_error(text: str) -> None:
    for parser in (parse_bool, parse_int, parse_float, parse_date, parse_coverage):
        with contextlib.suppress(InputError):
            parser(text)  # type: ignore[operator]


def test_stored_fast_path_equals_the_careful_path_on_the_samples() -> None:
    from svcmatch.model import provider_from_stored
    from svcmatch.storage import load_directory

    for country in ("AL", "MA", "UA"):
        for provider in load_directory(country).providers:
            record = provider.to_record()
            assert provider_from_stored(record) == provider_from_record(record)


@pytest.mark.parametrize(
    "changes",
    [
        {"region": " al-10 "},
        {"status": "Temporarily closed"},
        {"languages": ["SQ", "sq"]},
        {"coverage": {"kind": "radius", "km": "12,5"}},
        {"min_age": "18"},
        {"latitude": "41,3"},
        {"verified_on": "01.03.2026"},
        {"vot_specialised": "yes"},
        {"coverage": "national"},
        {"name": "  padded  "},
    ],
)
def test_stored_fast_path_hands_unusual_values_to_the_careful_path(changes: dict[str, object]) -> None:
    from svcmatch.model import provider_from_stored

    record = {**Provider(id="al-x", name="X", region="AL-10").to_record(), **changes}
    assert provider_from_stored(record) == provider_from_record(record)


def test_stored_fast_path_raises_the_careful_errors() -> None:
    from svcmatch.model import provider_from_stored

    with pytest.raises(InputError, match="unknown fields colour"):
        provider_from_stored({"id": "x", "name": "X", "colour": "red"})
    with pytest.raises(InputError, match="not a whole number"):
        provider_from_stored({"id": "x", "name": "X", "min_age": "old"})
    for field in ("min_age", "max_age", "capacity_available"):  # as a cell of 400 digits is refused
        for huge in (10**400, 10**9):
            with pytest.raises(InputError, match="not a whole number"):
                provider_from_record({"id": "x", "name": "X", field: huge})
            with pytest.raises(InputError, match="not a whole number"):
                provider_from_stored({"id": "x", "name": "X", field: huge})
    record = {"id": "x", "name": "X", "capacity_available": 10**9 - 1}
    assert provider_from_stored(record) == provider_from_record(record)


def test_build_provider_is_provider_with_those_values() -> None:
    values: dict[str, Any] = {"id": "al-tir-0001", "name": "Q", "categories": ("shelter",), "min_age": 18}
    built = build_provider(values)
    assert built == Provider(**values) and repr(built) == repr(Provider(**values))
    every = {f.name: getattr(built, f.name) for f in fields(Provider)}
    assert build_provider(every) == built
    assert build_provider(values).extra is not built.extra  # a dict of its own, as the default
    for wrong in ({"id": "x"}, {"id": "x", "name": "n", "nmae": "typo"}):
        with pytest.raises(TypeError):
            build_provider(wrong)


_WORDS = st.text(alphabet=st.sampled_from(list("aArRİiıßsK7 .-\t")), max_size=10)


@given(
    address=_WORDS,
    city=_WORDS,
    text=st.text(alphabet=st.sampled_from(list("aArRİiıßsK7 .-\tx")), max_size=24),
)
def test_the_locating_parts_find_what_the_locating_pattern_finds(address: str, city: str, text: str) -> None:
    pattern = locating_pattern(address, city)
    parts = locating_parts(address, city)
    assert (pattern is None) == (not parts)
    if pattern is not None:
        assert bool(pattern.search(text)) == any(part.search(text) for part in parts)
        assert bool(pattern.search(address + " " + city))
        assert withheld_in_text(text, address, city) == pattern.sub(WITHHELD_IN_TEXT, text)
    else:
        assert withheld_in_text(text, address, city) == text


# --- a point in a text: the numeric scan against the patterns ---------------------------------

#: Points as records hold them, and points on the edges of the scan's numbers (whole hundredths
#: and minutes, and just below them, where cutting and rounding differ).
_POINTS = st.one_of(
    st.floats(-180, 180, allow_nan=False),
    st.integers(-18_000, 18_000).map(lambda n: n / 100),
    st.integers(-10_800, 10_800).map(lambda n: n / 60),
    st.integers(-18_000, 18_000).map(lambda n: n / 100 - 0.00001),
)


@st.composite
def _texts_of(draw: st.DrawFn, latitude: float, longitude: float) -> str:
    """A text made of pieces of the point as people write it (decimals cut or rounded, with a
    dot or a comma, degrees and minutes with and without spaces and a leading 0), numbers close
    to them, and stray characters that border a number (digits of other scripts among them)."""
    pieces: list[str] = []
    for value in (latitude, longitude):
        size = abs(value)
        for places in range(1, 6):
            pieces += [f"{size:.{places}f}", f"{value:.{places}f}".replace(".", ",")]
        degrees, minutes = divmod(round(size * 60), 60)
        pieces += [
            f"{degrees}°{minutes}",
            f"{degrees} ° {minutes:02d}'",
            f"{degrees}°0{minutes}",
            f"{degrees + 1}°",
        ]
    stray = st.text(alphabet=st.sampled_from(list("0123456789.,°- \t'x\u0664\u00a0")), max_size=4)
    border = st.sampled_from(list(".,°0-1 \u0664'"))  # one character next to a number
    return "".join(draw(st.lists(st.one_of(st.sampled_from(pieces), border, stray), max_size=6)))


@given(data=st.data(), latitude=_POINTS, longitude=_POINTS)
def test_point_in_text_finds_what_the_point_parts_find(
    data: st.DataObject, latitude: float, longitude: float
) -> None:
    text = data.draw(_texts_of(latitude, longitude))
    expected = any(part.search(text) for part in point_parts(latitude, longitude))
    assert point_in_text(text, latitude, longitude) == expected
    # gives_location also finds the point in other spellings ('1.1\u0664' with an Arabic digit):
    # what the locating parts find, at least what the patterns find
    located = any(part.search(text) for part in locating_parts("", "", (latitude, longitude)))
    assert gives_location(text, "", "", (latitude, longitude)) == located >= expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("41.83", True),
        ("at 41,834 N", True),
        ("41.8341", True),
        ("41.84", True),  # rounded
        ("41.85", False),
        ("41.8", False),  # to 10 km: not the point
        ("141.83", False),
        ("041.83", False),
        ("0.41.83", False),
        ("-41.83", True),
        ("1,41,83", True),  # the second number starts at the first one's decimals
        ("1.41.83", False),
        ("\u066441.83", False),  # a digit of another script before it: a longer number
        ("41°50", True),
        ("41 ° 050'", True),
        ("41°0050", False),
        ("41°501", False),
        ("141°50", False),
        ("19.52", True),  # the longitude
        ("19°31'", True),
        ("", False),
    ],
)
def test_point_in_text_table(text: str, found: bool) -> None:
    point = (41.8362, 19.5203)  # 41.83 cut, 41.84 rounded, 41°50'
    assert point_in_text(text, *point) is found
    assert any(part.search(text) for part in point_parts(*point)) is found


def test_a_point_that_is_not_a_number_is_in_no_text() -> None:
    for point in ((float("nan"), 19.5), (41.8, float("inf"))):
        assert not point_in_text("41.80 19.50 41°48", *point)
        assert has_locating_parts("", "", point)
    assert not has_locating_parts("", "ab", None) and has_locating_parts("Rr 17", "", None)


@given(
    address=_WORDS,
    city=_WORDS,
    point=st.one_of(st.none(), st.tuples(_POINTS, _POINTS)),
    text=st.text(alphabet=st.sampled_from(list("aArRİiıßsK7 .-\tx41,°")), max_size=24),
)
def test_gives_location_is_what_the_locating_parts_find(
    address: str, city: str, point: tuple[float, float] | None, text: str
) -> None:
    parts = locating_parts(address, city, point)
    assert has_locating_parts(address, city, point) == bool(parts)
    assert gives_location(text, address, city, point) == any(part.search(text) for part in parts)


def test_a_providers_repr_eq_and_hash_are_what_dataclass_would_write() -> None:
    """Provider writes __repr__, __eq__ and __hash__ itself (dataclass compiled them from source
    at every start): the fields in order, compared and hashed as one tuple, as dataclass does."""
    provider = Provider(
        id="al-x", name="X", region="AL-10", categories=("shelter",), coverage=Coverage("radius", (), 20.0)
    )
    values = tuple(getattr(provider, f.name) for f in fields(Provider))
    shown = ", ".join(f"{f.name}={getattr(provider, f.name)!r}" for f in fields(Provider))
    assert repr(provider) == f"Provider({shown})"
    with pytest.raises(TypeError, match="unhashable type: 'dict'"):
        hash(provider)  # its extra is a dict, as dataclass's hash of the fields would say
    hashable = provider.with_changes(extra=())
    assert hash(hashable) == hash((*values[:-1], ()))
    assert provider == Provider(**{f.name: getattr(provider, f.name) for f in fields(Provider)})
    assert provider != values and provider.__eq__(values) is NotImplemented
    for name in [f.name for f in fields(Provider)]:  # every field is compared
        other = provider.with_changes(**{name: _another(getattr(provider, name))})
        assert provider != other, name


def _another(value: Any) -> Any:
    """A value unequal to `value`, of its kind where that is easy."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (str, tuple)):
        return value + (("z",) if isinstance(value, tuple) else "z")
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, Coverage):
        return Coverage("national")
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    return "z" if value is None else None


#: ASCII letters, and what a pattern that ignores case matches them with: the long s, the Kelvin
#: sign, the dotted and the dotless i (and a ligature, which it does not).
_CASE_LETTERS = "aAkKsSiI7 -\t\x1f\u017f\u212a\u0130\u0131\ufb01"


@settings(max_examples=500)
@given(
    name=st.text(alphabet=st.sampled_from(list(_CASE_LETTERS)), min_size=1, max_size=8),
    text=st.text(alphabet=st.sampled_from(list(_CASE_LETTERS + "fx")), max_size=20),
)
@example(name="\u017fara", text="Sara")
@example(name="Kiev", text="\u212aiev")
@example(name="\u0130stanbul", text="istanbul")
def test_a_text_passed_over_without_its_pattern_is_one_it_finds_nothing_in(name: str, text: str) -> None:
    """gives_location asks a name's pattern (compiled) only of a text that may hold it
    (`_may_hold`: an ASCII text without each word of an ASCII name, in any case, cannot): never
    of one where it would have found the name (the long s, the Kelvin sign and the dotted I
    match ASCII letters in a pattern that ignores case)."""
    pattern = _locating_part(name, 1)
    if pattern is not None and pattern.search(text):
        assert _may_hold(text, name)
