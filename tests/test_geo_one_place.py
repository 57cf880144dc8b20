"""A place of return that names no one place is refused, not read by spelling: two places
('Lviv/Kyiv', 'Lviv - Kyiv', 'Львів або Київ' were read as the larger, Kyiv) and words for a
kind of place alone ('city' was Donetsk; 'oblast', 'raion' a list of guesses)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import locate, read_region


@pytest.mark.parametrize(
    ("query", "country", "places"),
    [
        ("Lviv/Kyiv", "UA", "Lviv, Kyiv"),
        ("Lviv - Kyiv", "UA", "Lviv, Kyiv"),
        ("Lviv or Kyiv", "UA", "Lviv, Kyiv"),
        ("Lviv & Kyiv", "UA", "Lviv, Kyiv"),
        ("Львів або Київ", "UA", "Lviv, Kyiv"),
        ("Lviv and Kyiv Oblast", "UA", "Lviv, Kyiv Oblast"),
        ("Shkodër dhe Lezhë", "AL", "Shkodër, Lezhë"),
        ("Fès ou Meknès", "MA", "Fes, Meknes"),
    ],
)
def test_two_places_are_refused_naming_both(query: str, country: str, places: str) -> None:
    with pytest.raises(InputError, match=rf"names 2 places \({places}\), not one"):
        locate(query, country)


@pytest.mark.parametrize("query", ["city", "oblast", "raion", "district", "м.", "city of", "Oblast Region"])
def test_a_kind_of_place_alone_is_refused(query: str) -> None:
    with pytest.raises(InputError, match="says what kind of place, not which one"):
        locate(query, "UA")


@pytest.mark.parametrize(
    ("query", "country", "name"),
    [
        ("Ivano-Frankivsk", "UA", "Ivano-Frankivsk"),  # a hyphen inside a name is no separator
        ("Kamianets-Podilskyi", "UA", "Kamyanets-Podilskyi"),
        ("Lviv city", "UA", "Lviv"),
        ("Vau i Dejës", "AL", "Vau i Dejës"),
        ("Kyiv/Kiev", "UA", "Kyiv"),  # one town's two names
        ("Lviv / Zzzz", "UA", "Lviv"),  # not two places: read as before, shown as a reading
    ],
)
def test_one_place_written_with_such_words_stays_that_place(query: str, country: str, name: str) -> None:
    assert locate(query, country).name == name


def test_match_to_two_places_exits_with_one_line_and_a_region_to_avoid_is_refused_too() -> None:
    case = ["--needs", "shelter", "--sex", "female", "--age", "30"]
    result = CliRunner().invoke(main, ["match", "--country", "UA", "--to", "Lviv/Kyiv", *case])
    assert result.exit_code != 0
    (line,) = [text for text in result.output.splitlines() if "error" in text]
    assert "'Lviv/Kyiv' names 2 places (Lviv, Kyiv), not one" in line
    with pytest.raises(InputError):
        read_region("Lviv/Kyiv", "UA")


@pytest.mark.parametrize(
    "query", ["49.84,24.03", "49.84, 24.03", "49.84 24.03", "49,84 24,03", "49.84°, 24.03°"]
)
def test_coordinates_are_refused_as_coordinates(query: str) -> None:
    # they were 'no place matches', with three villages as the closest names
    with pytest.raises(InputError, match="looks like coordinates, not a place name") as refused:
        locate(query, "UA")
    # the fix names the country, as the other refusals do (it said a literal `--country CC`)
    assert "`svcmatch locate NAME --country UA` checks one" in refused.value.hint


@pytest.mark.parametrize("query", ["Lviv, UA-99", "Lviv, UA99", "Lviv, ua-99"])
def test_a_region_code_that_is_no_region_is_refused_not_dropped(query: str) -> None:
    # 'Lviv, UA-99' was read whole by spelling as Lviv: a wrong code said nothing
    with pytest.raises(InputError, match="is no region code of UA"):
        locate(query, "UA")


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [("Lviv, UA-46", "UA", "UA-46"), ("Casablanca, MA-CAS", "MA", "MA-06"), ("Fès, Maroc", "MA", "MA-03")],
)
def test_a_region_code_or_country_after_the_town_still_reads(query: str, country: str, region: str) -> None:
    assert locate(query, country).region == region
