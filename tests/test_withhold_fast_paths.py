"""The shorter ways `model.withhold_in_texts` searches a confidential shelter's texts (twenty-first
speed pass) against the code they replaced, kept here as the oracles: a text's plain search
form made by one `str.translate`, and the words of an ASCII text with the town glued to them
found without `town_glued_in`'s look-ups. Both are safety checks: any text they read otherwise
fails these tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from svcmatch import cell_place, locating, model, storage
from svcmatch.cell_place import other_town_names
from svcmatch.locating import town_glued_in, words_as_written, words_with_town_glued


def plain_oracle(text: str) -> str:
    """A text's plain form as `locating._plain_forms` made it, character by character."""
    decomposed = unicodedata.normalize("NFKD", locating._DROPPED.sub("", text).casefold())
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() else ch
        for ch in decomposed
        if not unicodedata.combining(ch)
    ).translate(locating._MARKS)


def plain_forms_oracle(text: str) -> tuple[str, ...]:
    if text.isascii():
        forms: tuple[str, ...] = (text.lower(),)
    else:
        plain = plain_oracle(text)
        forms = tuple(
            dict.fromkeys((plain.translate(locating._LOOKALIKES), plain.translate(locating._TRANSLITERATION)))
        )
    spaced = locating._SPACED_OUT
    return forms + tuple(spaced.sub(locating._together, form) for form in forms if spaced.search(form))


def glued_oracle(text: str, city: str, country: str) -> list[str]:
    """The words `model._glued_words` found before: each word as written asked of `town_glued_in`."""
    return [word for word in words_as_written(text, 5) if town_glued_in(word, city, country)]


#: Characters a search form treats apart: marks, other scripts' digits, look-alikes, separators
#: of _MARKS, joiners and variation selectors, the kashida, compatibility forms.
_TRICKY = (
    "\u0301\u0308\u0327\u064e\u09bc"  # combining marks
    "٣۴४৭๓１²½"  # digits of other scripts, fullwidth, superscript, a fraction (not decimal)
    "Оrоsһ٫٬′″’ʹةىکی"  # look-alikes, _MARKS
    "\u200b\u200d\ufe0f\u0640ﬁẞİıſK"  # invisible, kashida, ligature, special cases of casefold
)
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(_TRICKY)), max_size=24)


@settings(max_examples=600, deadline=None)
@given(texts)
@example("Шкодер ٣٤ Orósh")
@example("ﬁ٫ẞ\u0301")
def test_a_plain_search_form_is_the_one_made_character_by_character(text: str) -> None:
    assert locating._plain_forms(text) == plain_forms_oracle(text)


def test_plain_characters_kept_are_bounded() -> None:
    for code in range(0x4E00, 0x4E00 + 2 * locating._PlainCharacters.MOST_KEPT):
        assert locating._plain_forms(chr(code) + "é") == plain_forms_oracle(chr(code) + "é")
    assert len(locating._PLAIN) <= locating._PlainCharacters.MOST_KEPT


#: Towns of countries with a gazetteer (their other names are searched too) and of none.
_TOWNS = (("Orosh", "AL"), ("Shkodër", "AL"), ("Korostyshiv", "UA"), ("Lviv", "UA"), ("Tiznit", "MA"),
          ("Marrakech", "MA"), ("Zzyzxville", ""), ("Kyiv", ""), ("Ab", "AL"))  # fmt: skip
_PIECES = ("house", "safe", "Shelter", "ORO", "-", " ", ".", "@", "_", "9", "é", "\u200d", "xn--", "%20", "Ш")


@st.composite
def texts_with_towns(draw: st.DrawFn) -> tuple[str, str, str]:
    city, country = draw(st.sampled_from(_TOWNS))
    names = (city, *other_town_names(city, country)[:6])
    piece = st.one_of(st.sampled_from(names), st.sampled_from(_PIECES), st.text(max_size=4))
    glue = draw(st.lists(piece, max_size=8))
    text = "".join(glue)
    if draw(st.booleans()):
        text = text.swapcase()
    return text, city, country


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_towns())
@example(("Ask for the OroshHouse desk", "Orosh", "AL"))
@example(("ring at houseshkodra 9", "Shkodër", "AL"))
@example(("safeKOROSTYSHIV", "Korostyshiv", "UA"))
def test_the_words_with_the_town_glued_are_those_town_glued_in_finds(drawn: tuple[str, str, str]) -> None:
    text, city, country = drawn
    assert words_with_town_glued(text, city, country) == glued_oracle(text, city, country)


def test_the_oracle_finds_glued_towns_at_all() -> None:
    """(The property above compares something: the glued words are found in both ways.)"""
    found = words_with_town_glued("the OroshHouse desk and houseorosh", "Orosh", "AL")
    assert (
        found
        == ["OroshHouse", "houseorosh"]
        == glued_oracle("the OroshHouse desk and houseorosh", "Orosh", "AL")
    )


def test_other_names_of_towns_read_in_one_go_are_those_read_town_by_town() -> None:
    """`cell_place.expect_towns` (a matcher's many confidential shelters) turns the gazetteer's
    names round at once: each town's other names are those a pass over every name finds."""
    towns = ("Kyiv", "Lviv", "Korostyshiv", "Zaporizhzhia", "Chernihiv", "Odesa")
    saved = dict(cell_place._passes)
    try:
        by_pass = []
        for town in towns:
            cell_place._passes["UA"] = 0  # a pass over the names for this town
            cell_place.other_town_names.cache_clear()
            by_pass.append(set(cell_place.other_town_names(town, "UA")))
        cell_place._passes.pop("UA")
        cell_place.other_town_names.cache_clear()
        cell_place.expect_towns("ua", len(towns))
        assert cell_place._passes["UA"] == cell_place._PASSES_BEFORE_TURNING
        at_once = [set(cell_place.other_town_names(town, "UA")) for town in towns]
    finally:
        cell_place._passes.clear()
        cell_place._passes.update(saved)
        cell_place.other_town_names.cache_clear()
    assert at_once == by_pass and all(by_pass)


def test_a_directory_s_public_views_are_its_records_public_views() -> None:
    samples = str(Path(__file__).resolve().parents[1] / "directories")
    for country in ("AL", "MA", "UA", "NG"):
        providers = storage.load_directory(country, samples).providers
        assert model.public_views(providers) == [p.public_view() for p in providers]
        assert any(p.confidential_address for p in providers)
