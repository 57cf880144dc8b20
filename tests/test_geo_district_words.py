"""A district named by its town with a district's word ('Berehove raion', 'Izmail district',
'Ikeja LGA', 'район Берегове') is that district, measured from its town (its seat) and said
so in a reading; before, 'Berehove raion' was the whole of Zakarpattia Oblast, so that every
provider in the oblast ranked as in the place of return."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "country", "seat", "region"),
    [
        ("Berehove raion", "UA", "Berehove", "UA-21"),  # the largest Berehove: the raion's seat
        ("Berehove district", "UA", "Berehove", "UA-21"),
        ("район Берегове", "UA", "Berehove", "UA-21"),  # й folds to и in queries
        ("Izmail district", "UA", "Izmayil", "UA-51"),
        ("Ikeja LGA", "NG", "Ikeja", "NG-LA"),
        ("Ikeja local government", "NG", "Ikeja", "NG-LA"),
        ("Ikeja Local Govt", "NG", "Ikeja", "NG-LA"),
        ("Bashkia Vorë", "AL", "Vorë", "AL-11"),  # an Albanian municipality, written as on its seal
    ],
)
def test_a_district_word_names_the_district_at_its_town(
    query: str, country: str, seat: str, region: str
) -> None:
    place = locate(query, country)
    assert (place.kind, place.seat, place.region) == ("district", seat, region)
    town = locate(seat, country)
    assert (place.latitude, place.longitude) == (town.latitude, town.longitude)


def test_a_district_of_a_common_town_name_is_ambiguous_and_keeps_the_own_name_rule() -> None:
    place = locate("Ivanivka district", "UA")
    assert place.name == "Ivanivka" and place.ambiguous  # not Bilozerka, once called Ivanivka
    assert all(a.kind == "district" for a in place.alternatives)


@pytest.mark.parametrize(
    ("query", "seat"),
    [
        ("Tropoja", "Bajram Curri"),
        ("Tropojë district", "Bajram Curri"),  # before: no place matched
        ("Bashkia Tropojë", "Bajram Curri"),
        ("Malësi e Madhe district", "Koplik"),
        ("Kurbin district", "Laç"),
    ],
)
def test_an_albanian_old_district_keeps_its_seat_with_a_district_word(query: str, seat: str) -> None:
    place = locate(query, "AL")
    assert (place.kind, place.seat) == ("district", seat)


def test_match_to_a_district_measures_from_its_seat_and_says_so() -> None:
    result = CliRunner().invoke(
        main,
        [
            "match",
            "--country",
            "UA",
            "--to",
            "Izmail district",
            "--needs",
            "shelter",
            "--sex",
            "female",
            "--age",
            "30",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["destination"]["kind"] == "district" and found["destination"]["seat"] == "Izmayil"
    (reading,) = [r for r in found["readings"] if r["field"] == "to"]
    assert reading["read_as"] == "the district of Izmayil (seat Izmayil) in UA-51 Odesa Oblast"
