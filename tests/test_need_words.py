"""Need words in twenty-one languages: every code has words in each, no word names two codes
unless listed as ambiguous, and the misreadings of issue 13 stay fixed."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.taxonomy import (
    LANGUAGES,
    NEED_CODES,
    NEEDS,
    fold,
    need_words,
    read_need,
    read_needs,
    resolve_need,
)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", NEED_CODES)
def test_every_code_has_words_in_every_language(code: str, language: str) -> None:
    words = need_words(language).get(code, [])
    assert words, f"{code} has no words in {language}"
    for word in words:
        assert resolve_need(word, tolerant=False) == (code,), (language, word)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_words_of_other_languages_are_read_as_translations(language: str) -> None:
    english = {fold(word) for words in need_words("en").values() for word in words}
    english |= {fold(n.label) for n in NEEDS} | {fold(n.code) for n in NEEDS}
    for words in need_words(language).values():
        for word in words:
            reading = read_need(word, tolerant=False)
            if fold(word) not in english:
                assert reading.how == "translation", word


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("avocat", "legal"),
        ("aide juridique", "legal"),
        ("emploi", "employment"),
        ("logement", "housing"),
        ("strehim", "shelter"),
        ("mjek", "medical"),
        ("житло", "housing"),
        ("психолог", "psychosocial"),
        ("طبيب", "medical"),
        ("مساعدة قانونية", "legal"),
        ("alloggio", "shelter"),
        ("avvocato", "legal"),
        ("abogado", "legal"),
        ("γιατρός", "medical"),
        ("emprego", "employment"),
        ("praca", "employment"),
        ("AIDE JURIDIQUE", "legal"),
        ("MJEK", "medical"),
        ("Strehim Emergjent", "shelter"),
        ("szkola", "education"),  # Polish written without ł
        ("ΓΙΑΤΡΟΣ", "medical"),
    ],
)
def test_issue_13_words_in_other_languages(word: str, code: str) -> None:
    assert resolve_need(word, tolerant=False) == (code,)


@pytest.mark.parametrize(
    ("word", "code"), [("mental", "psychosocial"), ("mental health", "psychosocial"), ("dental", "medical")]
)
def test_mental_and_dental_are_never_housing(word: str, code: str) -> None:
    reading = read_need(word, tolerant=False)
    assert reading.codes == (code,)
    assert reading.how == "synonym"


@pytest.mark.parametrize("word", ["foo", "xylophone", "fo", "qwertyuiop"])
def test_a_word_close_to_nothing_is_an_error_everywhere(word: str) -> None:
    for tolerant in (True, False):
        with pytest.raises(InputError, match="unknown need"):
            resolve_need(word, tolerant=tolerant)


def test_a_close_spelling_is_read_only_when_tolerant() -> None:
    reading = read_need("doctr")
    assert (reading.codes, reading.how, reading.matched) == (("medical",), "spelling", "doctor")
    with pytest.raises(InputError) as caught:
        resolve_need("doctr", tolerant=False)
    assert "'doctor'" in caught.value.message and "medical" in caught.value.message


def test_avocat_is_not_vocational_training() -> None:
    assert resolve_need("avocat") == ("legal",)
    assert resolve_need("avocats") == ("legal",)  # a plural, read as a close spelling


@pytest.mark.parametrize(
    ("word", "both"), [("accoglienza", "reception or shelter"), ("care", "childcare or medical")]
)
def test_a_word_meaning_two_codes_names_both(word: str, both: str) -> None:
    with pytest.raises(InputError, match=both):
        resolve_need(word, tolerant=False)


def test_codes_are_read_exactly() -> None:
    reading = read_need("Psychosocial", tolerant=False)
    assert reading.how is None


def test_needs_lang_lists_the_words_of_one_language() -> None:
    result = CliRunner().invoke(main, ["needs", "--lang", "fr", "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    rows = {row["code"]: row for row in json.loads(result.stdout)}
    assert "avocat" in rows["legal"]["synonyms"]
    assert rows["legal"]["language"] == "fr"
    assert set(NEED_CODES) <= set(rows)


def test_needs_lang_refuses_an_unknown_language() -> None:
    result = CliRunner().invoke(main, ["needs", "--lang", "xx"])
    assert result.exit_code == 2


def test_the_english_shortcut_reads_every_english_word_as_the_full_lexicon_does() -> None:
    from svcmatch.taxonomy import _lexicon

    full = _lexicon()
    for word, entry in _lexicon(("en",)).items():
        assert (entry.meanings, entry.how) == (full[word].meanings, full[word].how), word


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a list as caseworkers write it: each need was refused or read by a close spelling
        ("medical, psychological and legal assistance", ("medical", "psychosocial", "legal")),
        ("медична, психологічна, юридична допомога", ("medical", "psychosocial", "legal")),
        ("медична, психологічна та юридична допомога", ("medical", "psychosocial", "legal")),
        ("медицинская, психологическая и юридическая помощь", ("medical", "psychosocial", "legal")),
        ("ndihmë mjekësore, psikologjike dhe ligjore", ("medical", "psychosocial", "legal")),
        ("aide médicale, psychologique et juridique", ("medical", "psychosocial", "legal")),
        ("طبية وقانونية", ("medical", "legal")),
        ("shelter & food", ("shelter", "basic_needs")),
    ],
)
def test_a_list_of_needs_as_people_write_it(text: str, codes: tuple[str, ...]) -> None:
    readings = read_needs(text)
    assert tuple(code for reading in readings for code in reading.codes) == codes
    assert all(reading.how in ("synonym", "translation") for reading in readings if reading.word not in codes)


def test_a_joined_phrase_is_read_only_when_every_part_is_known() -> None:
    with pytest.raises(InputError, match="unknown need 'bread and butter'"):
        read_needs("bread and butter")
    joined = read_need("psychological and legal assistance", tolerant=False)
    assert (joined.codes, joined.how) == (("psychosocial", "legal"), "synonym")


@pytest.mark.parametrize(
    ("word", "code"),
    [
        # the words of reintegration programmes in Nigeria and Morocco: each was refused
        ("start-up kit", "income_generation"),
        ("starter pack", "income_generation"),
        ("economic empowerment", "income_generation"),
        ("skills acquisition", "vocational_training"),
        ("medical check-up", "medical"),
        ("HIV test", "medical"),
        ("trauma counselling", "psychosocial"),
        ("transit shelter", "shelter"),
        ("airport reception", "reception"),
        ("school fees", "education"),
        ("kit de démarrage", "income_generation"),
        ("AGR", "income_generation"),
        ("dépistage VIH", "medical"),
    ],
)
def test_reintegration_programme_words(word: str, code: str) -> None:
    reading = read_need(word, tolerant=False)
    assert reading.codes == (code,)
