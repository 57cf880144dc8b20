"""Session twenty-nine's words pass, part two: need words as caseworkers in the countries of
return type them (Albanian, Arabic with its article, Darija in Latin letters, French,
Ukrainian, Russian, Romanian), with typos, plurals and "not" placed every way; each silent
misread found is pinned here."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.person_words import SEX_WORDS
from svcmatch.taxonomy import fold, read_need


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        # Albanian
        ("kredi", ("income_generation",)),
        ("kurs profesional", ("vocational_training",)),
        ("strehimi", ("shelter",)),  # a close spelling: said as one
        # Arabic: its article on the word, a broken plural
        ("الطبيب", ("medical",)),
        ("المحامي", ("legal",)),
        ("أطباء", ("medical",)),
        # Darija in Latin letters, as Morocco's caseworkers write it
        ("tbib", ("medical",)),
        ("sbitar", ("medical",)),
        ("mo7ami", ("legal",)),
        ("lwra9", ("documentation",)),
        ("khedma", ("employment",)),
        ("l'khedma", ("employment",)),
        ("sakan", ("housing",)),
        ("l3a2ila", ("family",)),
        # French
        ("CNI", ("documentation",)),
        ("soutien psy", ("psychosocial",)),
        ("centre d'accueil", ("shelter",)),
        # Romanian (Moldova's returns)
        ("adăpost", ("shelter",)),
        ("adapost", ("shelter",)),
        ("loc de munca", ("employment",)),
        ("asistență juridică", ("legal",)),
        ("buletin", ("documentation",)),
        # English
        ("urgent shelter", ("shelter",)),
        ("meds", ("medical",)),
    ],
)
def test_words_caseworkers_type_are_read(word: str, codes: tuple[str, ...]) -> None:
    assert read_need(word).codes == codes


@pytest.mark.parametrize(
    "word",
    [
        "argent",  # French money: was 'rent', housing
        "bani",  # Romanian money: was Albanian 'banim', housing
        "flous",  # Darija money
        "гроші",
        "деньги",
    ],
)
def test_money_in_other_languages_names_both_codes(word: str) -> None:
    with pytest.raises(InputError, match="could mean basic_needs or income_generation"):
        read_need(word)


@pytest.mark.parametrize(
    ("word", "said"), [("urgent", "priority"), ("nothing", "no need"), ("n/a", "no need")]
)
def test_words_that_are_no_need_say_so(word: str, said: str) -> None:
    # 'urgent' was read as 'rent' (housing) and 'nothing' as 'clothing' (basic needs)
    with pytest.raises(InputError, match=said):
        read_need(word)


@pytest.mark.parametrize(
    "word",
    [
        "no-shelter",  # was read as shelter by spelling
        "shelter=no",  # so was this
        "shelter (no)",
        "not: shelter",
        "doesn't need shelter",
        "s'ka nevojë për strehim",
        "ma bghatsh sakan",
        "bla sakan",
        "machi tbib",
        "немає житла",
        "fără adăpost",
    ],
)
def test_not_placed_every_way_is_refused(word: str) -> None:
    with pytest.raises(InputError, match="says what she does not need"):
        read_need(word)


@pytest.mark.parametrize(
    ("word", "codes"), [("non-emergency shelter", ("shelter",)), ("non-food items", ("basic_needs",))]
)
def test_a_prefix_not_is_still_part_of_its_word(word: str, codes: tuple[str, ...]) -> None:
    assert read_need(word).codes == codes


def test_a_short_words_typo_is_one_letter_more_or_less() -> None:
    assert read_need("rentt").codes == ("housing",)
    with pytest.raises(InputError):  # two letters more than 'rent': no typo of it
        read_need("arrent")


@pytest.mark.parametrize(
    ("word", "code", "matched"),
    [("schооl", "education", "school"), ("пpиют", "shelter", "приют"), ("житлo", "housing", "житло")],
)
def test_a_word_in_two_scripts_is_a_close_spelling(word: str, code: str, matched: str) -> None:
    # a keyboard switched mid-word: 'schооl' (two Cyrillic о) was "unknown need"
    reading = read_need(word)
    assert (reading.codes, reading.how, reading.matched) == ((code,), "spelling", matched)
    with pytest.raises(InputError, match="is not a known word"):
        read_need(word, tolerant=False)  # never stored as read


@pytest.mark.parametrize(
    ("word", "sex"), [("femeie", "female"), ("fata", "female"), ("barbat", "male"), ("băiat", "male")]
)
def test_romanian_sex_words(word: str, sex: str) -> None:
    assert SEX_WORDS[fold(word)] == sex
