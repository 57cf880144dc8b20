"""A place typed with a word that says it is a town ('Shkoder city', 'city of Lviv', 'Kukës
town', 'місто Львів') is the town, never the region named like it; a city with a region's
status ('Kyiv city') and names that hold the word ('Benin City') keep their reading."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.geo import locate
from svcmatch.geo.regions import read_region


@pytest.mark.parametrize(
    ("query", "country", "town", "region"),
    [
        ("Shkoder city", "AL", "Shkodër", "AL-10"),
        ("Durres city", "AL", "Durrës", "AL-02"),
        ("qyteti Shkodër", "AL", "Shkodër", "AL-10"),
        ("Kukes town", "AL", "Kukës", "AL-07"),
        ("Lviv city", "UA", "Lviv", "UA-46"),
        ("city of Lviv", "UA", "Lviv", "UA-46"),
        ("місто Львів", "UA", "Lviv", "UA-46"),
        ("Kharkiv city", "UA", "Kharkiv", "UA-63"),
        ("ville de Fès", "MA", "Fes", "MA-03"),
        # as Ukrainian and Russian addresses write them: before, 'м. Львів' was Mliiv in Cherkasy
        ("м. Львів", "UA", "Lviv", "UA-46"),
        ("m. Lviv", "UA", "Lviv", "UA-46"),
        ("г. Киев", "UA", "Kyiv", "UA-30"),
        ("м. Одеса", "UA", "Odesa", "UA-51"),
        ("смт Слобожанське", "UA", "Slobozhanske", "UA-63"),
    ],
)
def test_a_town_word_names_the_town_exactly(query: str, country: str, town: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.name, place.region) == ("town", town, region)
    assert place.score == 1.0 and place.how == "name"  # read exactly: the word says what it is


def test_a_village_word_keeps_the_own_name_rule() -> None:
    # 'село Іванівка' is one of the Ivanivkas, not a town that had Ivanivka as an old name
    assert locate("село Іванівка", "UA").name == "Ivanivka"
    assert locate("Ivanivka village", "UA").name == "Ivanivka"
    assert locate("с. Іванівка", "UA").name == "Ivanivka"  # before: Zvanivka, by a close spelling


@pytest.mark.parametrize(
    ("query", "country", "kind", "name"),
    [
        ("Kyiv city", "UA", "region", "Kyiv"),  # a city with a region's status: the region
        ("Sevastopol city", "UA", "region", "Sevastopol"),
        ("Benin City", "NG", "town", "Benin City"),  # the word is part of the town's name
        ("Kharkiv city oblast", "UA", "region", "Kharkiv Oblast"),  # a region's type word wins
    ],
)
def test_names_the_town_word_does_not_change(query: str, country: str, kind: str, name: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.name) == (kind, name)


def test_a_town_word_in_an_avoided_region_is_the_towns_region_shown_as_such() -> None:
    # 'Lviv city' is no region: its region is avoided, and the reading says it is the town's
    reading = read_region("Lviv city", "UA")
    assert (reading.code, reading.how) == ("UA-46", "region_of_town")
    assert read_region("Kyiv city", "UA").how is None  # the region Kyiv (a City), as written


def test_match_to_a_town_typed_with_city_measures_from_the_town() -> None:
    result = CliRunner().invoke(
        main,
        [
            "match",
            "--country",
            "AL",
            "--to",
            "Shkoder city",
            "--needs",
            "shelter",
            "--sex",
            "female",
            "--age",
            "24",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["destination"]["kind"] == "town" and found["destination"]["name"] == "Shkodër"
    assert all(m["distance_from"] == "destination" for m in found["needs"]["shelter"])
