"""`Checker.towns_named` answers a word that no town has as its name without asking `locate`
(whose refusal of it costs ~7 ms): the shortcut must never drop a town `locate` reads exactly."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from svcmatch.checks import Checker
from svcmatch.errors import DataError, InputError
from svcmatch.geo import locate
from svcmatch.geo.gazetteer import load_gazetteer

COUNTRIES = ("AL", "UA", "MA", "NG")
CHECKERS = {country: Checker(country) for country in COUNTRIES}


def towns_by_locate(word: str, country: str) -> tuple[tuple[str, str], ...]:
    """What `towns_named` answered before the shortcut: `locate`'s towns of score 1."""
    try:
        place = locate(word, country)
    except (InputError, DataError):
        return ()
    return tuple(
        (p.name, p.region) for p in (place, *place.alternatives) if p.kind == "town" and p.score >= 1.0
    )


def one_word_names(country: str) -> list[str]:
    return sorted({t.name for t in load_gazetteer(country).towns if t.name.isalpha()})


def slipped(name: str, at: int, how: int, letter: str) -> str:
    """`name` with one slip at `at`: a letter left out, changed, added, or two swapped."""
    at %= len(name)
    if how == 0:
        return name[:at] + name[at + 1 :]
    if how == 1:
        return name[:at] + letter + name[at + 1 :]
    if how == 2:
        return name[:at] + letter + name[at:]
    return name[:at] + name[at + 1 : at + 2] + name[at] + name[at + 2 :]


LETTERS = "abcdefghijklmnopqrstuvwxyzëçабвгдеєжзиіїйклмнопрстуфхцчшщьюяابتثجحخدذرزسشصضطظعغفقكلمنهوي"


@settings(max_examples=300, deadline=None)
@given(
    country=st.sampled_from(COUNTRIES),
    pick=st.integers(min_value=0),
    at=st.integers(min_value=0, max_value=40),
    how=st.integers(min_value=0, max_value=3),
    letter=st.sampled_from(LETTERS),
)
@example(country="AL", pick=0, at=0, how=1, letter="a")
def test_a_town_slipped_one_letter_is_answered_as_locate_answers_it(
    country: str, pick: int, at: int, how: int, letter: str
) -> None:
    names = one_word_names(country)
    word = slipped(names[pick % len(names)], at, how, letter)
    checker = Checker(country)  # fresh: nothing kept from another example
    assert checker.towns_named(word) == towns_by_locate(word, country)


@settings(max_examples=200, deadline=None)
@given(country=st.sampled_from(COUNTRIES), word=st.text(alphabet=LETTERS, min_size=1, max_size=12))
@example(country="UA", word="львів")
@example(country="MA", word="فاس")
def test_any_word_of_letters_is_answered_as_locate_answers_it(country: str, word: str) -> None:
    assert Checker(country).towns_named(word) == towns_by_locate(word, country)


@pytest.mark.parametrize("country", ["AL", "MA"])
def test_every_one_word_town_still_asks_locate(country: str) -> None:
    checker = CHECKERS[country]
    assert [name for name in one_word_names(country) if checker._no_town_so_named(name)] == []


@pytest.mark.parametrize("word", ["Borsh", "Xyzqwert", "Skhoder", "Лвьів"])
def test_villages_the_gazetteer_does_not_list_skip_locate(word: str) -> None:
    """The words the shortcut is for; 'Skhoder' too (one slip of Shkodër: no town's name)."""
    assert CHECKERS["AL"]._no_town_so_named(word) == (towns_by_locate(word, "AL") == ())
