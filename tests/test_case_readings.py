"""A sex or a form of exploitation given by a word other than its code is a reading the
caseworker sees (stderr, JSON `readings`, batch); the code itself, in any case, is not."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.matching import Case

MATCH = ["match", "--country", "AL", "--to", "Tirana", "--needs", "shelter", "--age", "30"]


@pytest.mark.parametrize(
    ("key", "word", "code"),
    [
        ("sex", "woman", "female"),
        ("sex", "boy", "male"),
        ("exploitation", "forced labour", "labour"),
        ("exploitation", "sex", "sexual"),
        ("exploitation", "marriage", "forced_marriage"),
        ("exploitation", "organs", "organ_removal"),
        ("exploitation", "domestic work", "domestic_servitude"),
    ],
)
def test_a_word_for_a_code_is_a_reading(key: str, word: str, code: str) -> None:
    case = Case.from_mapping({"country": "AL", "to": "Tirana", "needs": ["shelter"], key: word})
    assert getattr(case, key) == code
    assert [(r.field, r.input, r.read_as, r.how) for r in case.readings] == [(key, word, code, "synonym")]


@pytest.mark.parametrize(
    ("key", "word"), [("sex", "Female"), ("exploitation", "Domestic_Servitude"), ("exploitation", "labour")]
)
def test_the_code_itself_is_exact(key: str, word: str) -> None:
    case = Case.from_mapping({"country": "AL", "to": "Tirana", "needs": ["shelter"], key: word})
    assert case.readings == ()


def test_match_says_it_on_stderr_and_in_json() -> None:
    args = [*MATCH, "--sex", "woman", "--exploitation", "forced labour", "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "sex: read 'woman' as female (synonym)" in result.stderr
    readings = json.loads(result.stdout)["readings"]
    assert {
        "field": "exploitation",
        "input": "forced labour",
        "read_as": "labour",
        "how": "synonym",
    } in readings


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("жінка", "female"),
        ("Ж", "female"),  # a Ukrainian or Russian form's letter
        ("ч", "male"),
        ("женщина", "female"),
        ("femër", "female"),
        ("femme", "female"),
        ("homme", "male"),
        ("أنثى", "female"),
        ("autre", "other"),
    ],
)
def test_a_sex_in_a_country_offices_language_is_a_translation(word: str, code: str) -> None:
    """'femme', 'жінка', 'femër' were refused ('sex: ... is not known'), as a caseworker in
    Morocco, Ukraine or Albania writes them."""
    case = Case.from_mapping({"country": "AL", "to": "Tirana", "needs": ["shelter"], "sex": word})
    assert case.sex == code
    assert [(r.field, r.input, r.read_as, r.how) for r in case.readings] == [
        ("sex", word, code, "translation")
    ]


def test_coverage_reads_the_same_sex_words() -> None:
    from svcmatch.coverage import parse_population

    assert parse_population("жінка, 17").sex == "female"
    assert parse_population("women").sex == "female"


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("трудова експлуатація", "labour"),
        ("сексуальная эксплуатация", "sexual"),
        ("shfrytëzim seksual", "sexual"),
        ("exploitation sexuelle", "sexual"),
        ("mariage forcé", "forced_marriage"),
        ("زواج قسري", "forced_marriage"),
    ],
)
def test_an_exploitation_in_a_country_offices_language_is_a_translation(word: str, code: str) -> None:
    case = Case.from_mapping({"country": "AL", "to": "Tirana", "needs": ["shelter"], "exploitation": word})
    assert case.exploitation == code
    assert [(r.field, r.input, r.read_as, r.how) for r in case.readings] == [
        ("exploitation", word, code, "translation")
    ]


def test_coverage_reads_the_same_exploitation_words() -> None:
    from svcmatch.coverage import parse_population

    assert parse_population("forced labour").exploitation == "labour"  # was refused by coverage
    assert parse_population("трудова експлуатація").exploitation == "labour"


@pytest.mark.parametrize("km", [0, -3, 5000.5])
def test_a_max_km_out_of_range_says_what_is_taken(km: float) -> None:
    """0 was refused with "give a distance from 1 to 5000 km" while 0.5 is taken: the hint
    names the range that is read."""
    with pytest.raises(InputError) as caught:
        Case(country="AL", to="Tirana", needs=("shelter",), max_km=km)
    assert "above 0 and up to 5000 km" in str(caught.value)
    assert Case(country="AL", to="Tirana", needs=("shelter",), max_km=0.5).max_km == 0.5
