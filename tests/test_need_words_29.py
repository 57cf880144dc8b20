"""Session twenty-nine's words pass: the review of the eight newest need-word files (each
language's words and "not" forms, as typed without tones or on another keyboard), every
unreadable need word said in one message with suggestions that name the code meant, articles
before a need, each word listed once, and one list of the languages for the README and help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.languages import read_language
from svcmatch.taxonomy import LANGUAGE_NAMES, LANGUAGES, fold, need_words, read_need, resolve_needs

ROOT = Path(__file__).resolve().parent.parent
LIVELIHOOD = ("vocational_training", "employment", "income_generation")


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        # Vietnamese, with its tones and as typed without them
        ("nhà tạm lánh", ("shelter",)),
        ("nha tam lanh", ("shelter",)),
        ("bac si", ("medical",)),
        ("tu van tam ly", ("psychosocial",)),
        ("giay to tuy than", ("documentation",)),
        ("nơi tạm trú", ("shelter",)),  # 'trú' (reside) folds as 'trừ' (except) does
        ("noi tam tru", ("shelter",)),
        ("nhà trọ", ("housing",)),
        ("phong tro", ("housing",)),
        ("sinh kế", LIVELIHOOD),
        ("hỗ trợ pháp lý và tâm lý", ("legal", "psychosocial")),
        # Tagalog
        ("kanlungan", ("shelter",)),
        ("kabuhayan", LIVELIHOOD),  # livelihood, not income generation alone
        ("tagapag-alaga ng bata", ("childcare",)),
        ("abogado", ("legal",)),
        # Nepali
        ("आश्रय", ("shelter",)),
        ("मनोवैज्ञानिक उपचार", ("psychosocial",)),  # was "holds 2 needs"
        ("जीविकोपार्जन", LIVELIHOOD),
        # Persian and Dari: a Persian keyboard's non-joiner, an Arabic keyboard's ي and ك
        ("روان‌درمانی", ("psychosocial",)),
        ("روان درماني", ("psychosocial",)),
        ("آموزش فنی و حرفه‌ای", ("vocational_training",)),
        ("كارت شناسايي", ("documentation",)),
        ("خانهٔ امن", ("shelter",)),
        ("مشاوره شغلی", ("employment",)),
        ("تذکره", ("documentation",)),
        # Bengali
        ("আশ্রয়কেন্দ্র", ("shelter",)),
        ("আইনি পরামর্শ", ("legal",)),
        ("জীবিকা", LIVELIHOOD),
        # Thai
        ("ที่พัก", ("shelter",)),
        ("ให้คำปรึกษาทางกฎหมาย", ("legal",)),
        ("จิตบำบัด", ("psychosocial",)),
        # Lao
        ("ທີ່ພັກພິງ", ("shelter",)),
        ("ໂຮງໝໍ", ("medical",)),
        # Burmese
        ("ခိုလှုံရာ", ("shelter",)),
        ("ရှေ့နေ", ("legal",)),
    ],
)
def test_reviewed_words_are_read_as_their_need(word: str, codes: tuple[str, ...]) -> None:
    reading = read_need(word, tolerant=False)
    assert reading.codes == codes
    assert reading.how == "translation"


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("bantay bata", "tl"),  # Bantay Bata is the Philippines' child-abuse hotline, no childcare
        ("ທຶນ", "lo"),  # Lao: as often a scholarship as a business's capital
    ],
)
def test_words_that_meant_another_thing_are_gone(word: str, language: str) -> None:
    assert fold(word) not in {fold(w) for words in need_words(language).values() for w in words}
    with pytest.raises(InputError):
        read_need(word, tolerant=False)


@pytest.mark.parametrize(
    ("word", "written"),
    [
        ("không cần nhà tạm lánh", "không"),
        ("khong can cho o", "không"),
        ("hindi kailangan ng tirahan", "hindi"),
        ("walang trabaho", "walang"),
        ("आश्रय चाहिँदैन", "चाहिँदैन"),
        ("आश्रय चाहिदैन", "चाहिदैन"),  # without its candrabindu, as often typed
        ("आश्रय आवश्यक छैन", "छैन"),
        ("سرپناه نمی‌خواهد", "نمي"),  # the non-joiner read as a space
        ("به سرپناه نیاز ندارد", "ندارد"),
        ("بدون سرپناه", "بدون"),
        ("আশ্রয় লাগবে না", "না"),
        ("আশ্রয়ের দরকার নেই", "নেই"),
        ("ไม่ต้องการที่พัก", "ไม่"),  # one word: the "not" inside it
        ("ไม่ ที่พัก", "ไม่"),
        ("ບໍ່ຕ້ອງການທີ່ພັກ", "ບໍ່"),
        ("ခိုလှုံရာ မလိုဘူး", "မလိုဘူး"),
        ("ခိုလှုံရာမလိုဘူး", "မလို"),
    ],
)
def test_a_need_said_with_not_is_refused_in_each_language(word: str, written: str) -> None:
    with pytest.raises(InputError) as caught:
        read_need(word)
    assert caught.value.message == f"need {word!r} says what she does not need ({written!r})"
    assert "what she lacks" in (caught.value.hint or "")


def test_hindi_is_a_language_before_it_is_tagalog_for_not() -> None:
    with pytest.raises(InputError) as caught:
        read_language("Hindi Urdu")
    assert "it holds 2 languages" in str(caught.value)
    with pytest.raises(InputError) as caught:
        read_language("no English")
    assert "does not speak" in str(caught.value)


def _match(needs: str) -> list[str]:
    args = ["match", "--country", "AL", "--to", "Tirana", "--needs", needs, "--sex", "f", "--age", "30"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    return result.stderr.splitlines()


def test_every_unreadable_need_word_is_said_in_one_run() -> None:
    lines = _match("shelterr, a job, somebody to talk with, money, foo")
    assert lines[0] == (
        "svcmatch: error: needs: 3 need words could not be read: 'somebody to talk with', 'money', 'foo'"
    )
    assert lines[1].startswith("  unknown need 'somebody to talk with' (closest codes: psychosocial, ")
    assert lines[2] == "  need 'money' could mean basic_needs or income_generation (name the code you mean)"
    assert lines[3].startswith("  unknown need 'foo' (closest codes: ")
    assert len(lines) == 4


def test_one_unreadable_word_is_one_line_as_before() -> None:
    lines = _match("shelter, foo")
    assert len(lines) == 1
    assert lines[0].startswith("svcmatch: error: needs: unknown need 'foo' (closest codes: ")


def test_the_library_gives_every_problem_in_the_hint_too() -> None:
    with pytest.raises(InputError) as caught:
        resolve_needs("money, foo")
    assert len(caught.value.lines) == 2
    assert "could mean basic_needs or income_generation" in (caught.value.hint or "")
    assert "unknown need 'foo'" in (caught.value.hint or "")


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("somebody to talk with", "psychosocial"),
        ("money for rent", "housing"),
        ("help with papers", "documentation"),
        ("quelqu'un pour parler", "psychosocial"),
    ],
)
def test_suggestions_name_the_code_meant_first(word: str, first: str) -> None:
    with pytest.raises(InputError) as caught:
        read_need(word)
    assert (caught.value.hint or "").startswith(f"closest codes: {first}, ")


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        ("someone to talk to", ("psychosocial",)),
        ("talk to someone", ("psychosocial",)),
        ("place to sleep", ("shelter",)),
        ("quelqu'un à qui parler", ("psychosocial",)),
        ("з ким поговорити", ("psychosocial",)),
        ("dikë për të folur", ("psychosocial",)),
    ],
)
def test_phrases_caseworkers_write_are_words(word: str, codes: tuple[str, ...]) -> None:
    assert read_need(word, tolerant=False).codes == codes


@pytest.mark.parametrize(
    ("word", "codes", "matched"),
    [
        ("a job", ("employment",), "job"),
        ("un avocat", ("legal",), "avocat"),
        ("l'avocat", ("legal",), "avocat"),
        ("the doctor", ("medical",), "doctor"),
        ("ein Anwalt", ("legal",), "anwalt"),
        ("a place to sleep", ("shelter",), "place to sleep"),
    ],
)
def test_an_article_before_a_need_is_read_and_said(word: str, codes: tuple[str, ...], matched: str) -> None:
    reading = read_need(word, tolerant=False)
    assert (reading.codes, reading.matched) == (codes, matched)
    assert reading.how is not None  # not the word itself: shown under readings


def test_an_article_before_an_ambiguous_word_still_names_both() -> None:
    with pytest.raises(InputError, match="could mean basic_needs or income_generation"):
        read_need("a money")


def test_needs_joined_with_an_article_in_french() -> None:
    reading = read_need("hébergement et un avocat")
    assert reading.codes == ("shelter", "legal")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_word_is_listed_once(language: str) -> None:
    seen: set[str] = set()
    for words in need_words(language).values():
        for word in words:
            assert fold(word) not in seen, (language, word)
            seen.add(fold(word))


def test_needs_lists_a_word_once() -> None:
    result = CliRunner().invoke(main, ["needs", "--format", "json"])
    medical = next(row for row in json.loads(result.stdout) if row["code"] == "medical")
    assert medical["synonyms"].count("antenatal care") == 1


def test_the_languages_of_need_words_are_one_list() -> None:
    names = list(LANGUAGE_NAMES.values())
    said = ", ".join(names[:-1]) + " and " + names[-1]
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"in {said} (" in readme
    help_text = " ".join(CliRunner().invoke(main, ["needs", "--help"]).output.split())
    for code, name in LANGUAGE_NAMES.items():
        assert f"{code} {name}" in help_text
    assert sorted(LANGUAGES) == sorted(path.stem for path in (ROOT / "svcmatch/data/needs").glob("*.txt"))


def test_needs_lists_a_groups_words() -> None:
    result = CliRunner().invoke(main, ["needs", "--lang", "tl", "--format", "json"])
    rows = json.loads(result.stdout)
    assert next(row for row in rows if row["code"] == "livelihood")["synonyms"] == [
        "kabuhayan",
        "tulong pangkabuhayan",
    ]
