"""Need words resolve to codes; unknown and ambiguous words are clear errors."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.taxonomy import GROUPS, NEED_CODES, NEEDS, resolve_need, resolve_needs

DOMAIN_WORDS = {
    "shelter": ["accommodation", "safe house", "emergency housing", "refuge"],
    "housing": ["rent", "flat", "apartment", "long-term housing"],
    "basic_needs": ["food", "clothes", "hygiene", "cash"],
    "medical": ["doctor", "health", "clinic", "hospital", "medicine"],
    "psychosocial": ["counselling", "counseling", "therapy", "mental health", "trauma"],
    "legal": ["lawyer", "legal aid", "court", "compensation"],
    "documentation": ["ID card", "passport", "birth certificate", "papers"],
    "family": ["family tracing", "reunification", "parents"],
    "education": ["school", "literacy", "scholarship"],
    "vocational_training": ["training", "course", "apprenticeship"],
    "employment": ["job", "work", "job placement"],
    "income_generation": ["business", "microcredit", "start-up grant"],
    "social_protection": ["benefits", "welfare", "social assistance"],
    "childcare": ["daycare", "kindergarten"],
    "security": ["safety", "protection", "safety plan"],
    "reception": ["airport pick-up", "escort", "arrival"],
}


@pytest.mark.parametrize(("code", "word"), [(c, w) for c, ws in DOMAIN_WORDS.items() for w in ws])
def test_domain_words_resolve(code: str, word: str) -> None:
    assert resolve_need(word) == (code,)


def test_every_code_resolves_to_itself() -> None:
    for code in NEED_CODES:
        assert resolve_need(code) == (code,)
        assert resolve_need(code.upper().replace("_", " ")) == (code,)


def test_livelihood_expands_to_its_group() -> None:
    assert resolve_need("Livelihood") == GROUPS["livelihood"]


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Counselling ", "psychosocial"),
        ("lawyr", "legal"),
        ("médical", "medical"),
        ("SHELTR", "shelter"),
        ("kindergarden", "childcare"),
    ],
)
def test_case_accents_and_typos(word: str, code: str) -> None:
    assert resolve_need(word) == (code,)


def test_unknown_word_suggests_codes() -> None:
    with pytest.raises(InputError) as caught:
        resolve_need("xylophone")
    assert "unknown need 'xylophone'" in str(caught.value)
    assert "closest codes" in str(caught.value)


def test_list_keeps_order_and_removes_repeats() -> None:
    assert resolve_needs("shelter, doctor; lawyer|shelter") == ("shelter", "medical", "legal")
    assert resolve_needs(["livelihood", "job"]) == GROUPS["livelihood"]


def test_empty_list_is_an_error() -> None:
    with pytest.raises(InputError, match="no needs given"):
        resolve_needs(" , ")


def test_only_the_listed_words_mean_two_codes() -> None:
    from svcmatch.taxonomy import AMBIGUOUS, _lexicon, fold

    two_meanings = {word for word, entry in _lexicon().items() if len(entry.meanings) > 1}
    assert two_meanings == {fold(word) for word in AMBIGUOUS}
    assert len(NEEDS) == 17


@pytest.mark.parametrize("word", ["grant", "Care", "legal documents"])
def test_ambiguous_word_names_both_codes(word: str) -> None:
    with pytest.raises(InputError) as caught:
        resolve_need(word)
    message = str(caught.value)
    assert "could mean" in message
    codes = [c for c in NEED_CODES if c in message]
    assert len(codes) == 2, message


def test_typo_of_an_ambiguous_word_is_ambiguous_too() -> None:
    with pytest.raises(InputError, match="could mean basic_needs or income_generation"):
        resolve_need("grnat")
