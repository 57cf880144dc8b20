"""The country's own name given as the place of return ('Ukraine', 'Shqipëria', 'Morocco') is
refused with a one-line error: read by a close spelling it was a town (Ukrainske, Marrakesh)
or a state (Niger for Nigeria), and 'Kosovo' was Kosovo Polje. A town whose own name it is,
or its city ('Kuwait City'), stays a place."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("Ukraine", "UA"),
        ("Україна", "UA"),
        ("Albania", "AL"),
        ("Shqipëria", "AL"),
        ("Morocco", "MA"),
        ("المغرب", "MA"),
        ("Nigeria", "NG"),
        ("Kosovo", "XK"),
        ("Kosova", "XK"),
    ],
)
def test_the_country_is_not_a_place_in_it(query: str, country: str) -> None:
    with pytest.raises(InputError, match=rf"is the country .* \({country}\), not a place in it") as error:
        locate(query, country)
    assert "region of return" in error.value.hint


@pytest.mark.parametrize(
    ("query", "country", "name"),
    [
        ("Djibouti", "DJ", "Djibouti"),
        ("Luxembourg", "LU", "Luxembourg"),
        ("Singapore", "SG", "Singapore"),
        ("Kuwait", "KW", "Kuwait City"),
        ("Panama", "PA", "Panama City"),
        ("Niger", "NG", "Niger"),  # Nigeria's Niger State: the country Niger is NE
    ],
)
def test_a_place_named_like_its_country_stays_a_place(query: str, country: str, name: str) -> None:
    assert locate(query, country).name == name


def test_match_to_the_country_exits_with_one_line() -> None:
    result = CliRunner().invoke(
        main,
        [
            "match",
            "--country",
            "UA",
            "--to",
            "Ukraine",
            "--needs",
            "shelter",
            "--sex",
            "female",
            "--age",
            "30",
        ],
    )
    assert result.exit_code != 0
    (line,) = [text for text in result.output.splitlines() if "error" in text]
    assert "'Ukraine' is the country Ukraine (UA), not a place in it" in line


def test_the_country_names_lookup_agrees_with_the_parsed_file() -> None:
    from svcmatch.geo import countries

    names = countries.country_names()
    countries.country_names.cache_clear()  # the lookup then reads the text, not the parsed names
    try:
        for key in [*list(names)[::37], "format", "names", "source", "shkodra", 'a"b', "ukr"]:
            for code in ("AL", "UA", "MA", "NG", "XK", *names.get(key, ())):
                assert countries.is_country_name(key, code) == (code in names.get(key, ())), (key, code)
    finally:
        countries.country_names.cache_clear()


def test_locating_a_town_does_not_parse_every_country_name() -> None:
    """Cold `match` start-up: parsing the 18,000 names of country_names.json.gz cost 16 ms of
    CPU for every place of return (found by the matching engineer); a town's own name does not
    read the file at all, another name of it reads it without parsing it."""
    import subprocess
    import sys

    code = (
        "from svcmatch.geo import countries, locate\n"
        "locate('Shkodër', 'AL')\n"
        "assert countries._names_text.cache_info().currsize == 0\n"
        "locate('Shkodra', 'AL')\n"
        "assert countries.country_names.cache_info().currsize == 0\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("query", "country", "name"),
    [
        ("مراكش", "MA", "Marrakesh"),  # Marrakesh in Arabic, Morocco in Persian: was refused
        ("تونس", "TN", "Tunis"),  # Tunis and Tunisia in Arabic
        ("الجزائر", "DZ", "Algiers"),  # Algiers and Algeria in Arabic
        ("Luxemburg", "LU", "Luxembourg"),
        ("Kanata", "CA", "Kanata"),  # the town's own name; a name of Canada in another language
    ],
)
def test_a_large_citys_name_that_its_country_shares_is_the_city(query: str, country: str, name: str) -> None:
    assert locate(query, country).name == name


def test_a_city_read_from_a_name_it_shares_with_its_country_is_said() -> None:
    result = CliRunner().invoke(
        main, ["match", "--country", "MA", "--to", "مراكش", "--needs", "medical", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    readings = json.loads(result.stdout)["readings"]
    read_as = "Marrakesh (MA-07 Marrakech-Safi)"
    assert {"field": "to", "input": "مراكش", "read_as": read_as, "how": "translation"} in readings


@pytest.mark.parametrize(
    ("query", "country", "town"),
    [
        ("Colombia", "CO", "Colombia, CO-HUI"),  # a village of 7,000 in Huila: was read as it unsaid
        ("Mozambique", "MZ", "Mozambique, MZ-N"),
        ("Paraguay", "PY", "Asunción, PY-ASU"),  # one of Asunción's names, and the country's English one
    ],
)
def test_the_countrys_english_name_is_no_small_town(query: str, country: str, town: str) -> None:
    refusal = rf"is the country .* \({country}\), not a place in it; the town"
    with pytest.raises(InputError, match=refusal) as error:
        locate(query, country)
    assert f"write '{town}' for the town" in error.value.hint
    assert locate(town, country).name == town.split(",")[0]
