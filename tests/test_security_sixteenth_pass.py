"""The sixteenth adversarial pass over every command (issues 13-16's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, cli, make_root, one_line_error

# --- a "not" read as what it negates ----------------------------------------------------------------

_CASE = ("--country", "AL", "--to", "Lezhë", "--sex", "female")


@pytest.mark.parametrize(
    ("words", "negation"),
    [
        ("no shelter", "no"),
        ("pa strehim", "pa"),
        ("medical, no legal aid", "no"),
        ("no family tracing", "no"),
    ],
)
def test_a_need_she_does_not_have_is_refused_not_read_as_the_need(
    tmp_path: Path, words: str, negation: str
) -> None:
    """`match --needs "no shelter"` was read by close spelling as shelter, exit 0, and a shelter
    planned for a woman who had said she needs none (so 'pa strehim', Albanian for 'without
    shelter', and a batch cell 'medical, no legal aid'): the spelling reader skipped words
    shorter than four letters. A word that says "not" is no typo."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", *_CASE, "--needs", words, "-f", "json")
    one_line_error(result, "says what she does not need", repr(negation))
    cases = tmp_path / "cases.csv"
    cases.write_text(f'case_id,country,to,needs\nc1,AL,Lezhë,"{words}"\n', encoding="utf-8")
    batch = cli(root, "batch", str(cases))
    assert batch.exit_code == 1 and "does not need" in json.loads(batch.stdout)["error"], batch.output


def test_a_not_that_a_need_phrase_holds_itself_is_still_read(tmp_path: Path) -> None:
    """Portuguese 'no' (in the) of 'acolhimento no aeroporto' and the 'non' of 'non food items'
    are the phrases' own words: their typos are still read, and said."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", *_CASE, "--needs", "acolhimento no aeroportu,non food itemz", "-f", "json")
    assert result.exit_code in (0, 1), result.output
    document = json.loads(result.stdout)
    assert document["case"]["needs"] == ["reception", "basic_needs"]
    assert [reading["how"] for reading in document["readings"]] == ["spelling", "spelling"]


@pytest.mark.parametrize("spoken", ["no English", "English but no Italian", "no sq", "jo anglisht"])
def test_a_language_she_does_not_speak_is_never_told_as_one_to_write(tmp_path: Path, spoken: str) -> None:
    """`match --language "no English"` was refused with "it holds 2 languages: separate them with
    commas, no, English", and the fix it named read 'no' as Norwegian and English as a
    language she speaks (so 'English but no Italian': 'but', Bungain, and 'no', Norwegian);
    counselling in English was then planned as hers. A text that says "not" is told as such."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", *_CASE, "--needs", "medical", "--language", spoken)
    one_line_error(result, "a language she does not speak")
    assert "separate them with commas" not in result.stderr


def test_two_languages_written_in_one_value_are_still_told_to_separate(tmp_path: Path) -> None:
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", *_CASE, "--needs", "medical", "--language", "Albanian or Italian")
    one_line_error(result, "separate them with commas, Albanian, Italian")


@pytest.mark.parametrize(
    ("place", "negation"),
    [
        ("not Tirana", "not"),
        ("anywhere but Tirana", "but"),
        ("jo Tiranë", "jo"),
        ("Durrës, not Tirana", "not"),
    ],
)
def test_a_place_she_does_not_go_to_is_refused_not_read_as_it(
    tmp_path: Path, place: str, negation: str
) -> None:
    """`match --to "anywhere but Tirana"` was read by close spelling as Tirana, exit 0, and every
    service planned in Tirana, the one place the caseworker had ruled out ('not Tirana', the
    Albanian 'jo Tiranë', a batch cell 'Durrës, not Tirana' the same). A place read by spelling
    from a text that says "not" is refused."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", "--country", "AL", "--to", place, "--needs", "medical", "-f", "json")
    one_line_error(result, "says which place is not meant", repr(negation))
    cases = tmp_path / "cases.csv"
    cases.write_text(f'case_id,country,to,needs\nc1,AL,"{place}",medical\n', encoding="utf-8")
    batch = cli(root, "batch", str(cases))
    assert batch.exit_code == 1 and "not meant" in json.loads(batch.stdout)["error"], batch.output


@pytest.mark.parametrize(("place", "read_as"), [("Tiranaa", "Tirana"), ("Portto de Mos", "Porto de Mós")])
def test_a_not_that_a_place_name_holds_itself_is_still_read(tmp_path: Path, place: str, read_as: str) -> None:
    """A typo is still read by spelling, and a name's own 'no' or 'Mós' is the name's."""
    country = "PT" if "Portto" in place else "AL"
    result = cli(tmp_path, "locate", place, "--country", country, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["name"] == read_as
