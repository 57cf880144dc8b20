"""Towns beside the country of return, and the lands people name (session twenty-three).

A town of a neighbouring country, typed with --country AL, was read by a close spelling as a
place of Albania ('Skopje' as Voskopojë, a village of Korçë; 'Podgorica' as Korçë), and the
Albanian names of such towns likewise ('Kërçovë' as Kuçovë) or as "no place matches" ('Ulqin').
Lands that people name as home ('Prykarpattia', 'Myzeqe', 'Drâa', 'Middle Belt') were a region
on the other side of the mountains by spelling, a village, or nothing."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "other", "near"),
    [
        ("Skopje", "MK", "Voskopojë"),
        ("Podgorica", "ME", "Korçë"),
        ("Preveza", "GR", "Prezë"),
        ("Gostivar", "MK", "Gostimë"),
        ("Kumanovo", "MK", "Kuman"),
    ],
)
def test_a_town_beside_albania_is_refused_naming_the_place_it_came_close_to(
    query: str, other: str, near: str
) -> None:
    with pytest.raises(InputError) as raised:
        locate(query, "AL")
    message = str(raised.value)
    assert "is a town of" in message and f"({other}), not of AL" in message, message
    assert f"it only comes close to {near}" in message and f"give --country {other}" in message


@pytest.mark.parametrize(
    ("query", "other"),
    [
        ("Kërçovë", "MK"),  # was Kuçovë (Berat), by spelling
        ("Tetovë", "MK"),
        ("Shkup", "MK"),
        ("Strugë", "MK"),  # was Strum (Fier)
        ("Ulqin", "ME"),
        ("Tivar", "ME"),
        ("Janinë", "GR"),
        ("Konitsa", "GR"),  # was Korçë
        ("Kastoria", "GR"),  # was Kastriot (Dibër)
    ],
)
def test_albanian_names_of_towns_beside_albania(query: str, other: str) -> None:
    with pytest.raises(InputError, match=rf"is in .* \({other}\), not in AL"):
        locate(query, "AL")


def test_a_far_town_of_another_country_is_a_slip() -> None:
    # Ethiopia's Harar is 4,000 km from Zimbabwe: 'Harar' there is Harare, said as a reading.
    place = locate("Harar", "ZW")
    assert (place.name, place.how) == ("Harare", "spelling")


def test_albanian_towns_are_still_read() -> None:
    for query, name in [("Korca", "Korçë"), ("Kucove", "Kuçovë"), ("Diber", "Dibër"), ("Shkodra", "Shkodër")]:
        assert locate(query, "AL").name == name


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        ("Prykarpattia", "UA", "UA-26"),  # was Zakarpattia Oblast, by spelling
        ("Прикарпаття", "UA", "UA-26"),
        ("Myzeqe", "AL", "AL-04"),
        ("Dukagjin", "AL", "AL-10"),
        ("Kurvelesh", "AL", "AL-05"),
        ("Draa", "MA", "MA-08"),  # was Daoura (Laâyoune-Sakia El Hamra), by spelling
        ("Jbala", "MA", "MA-01"),
    ],
)
def test_a_land_in_one_region_is_that_region(query: str, country: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == ("region", region), place


@pytest.mark.parametrize(
    ("query", "country", "codes"),
    [
        ("Moyen Atlas", "MA", ("MA-03", "MA-05")),
        ("Provinces du Sud", "MA", ("MA-10", "MA-11", "MA-12")),
        ("Middle Belt", "NG", ("NG-BE", "NG-PL", "NG-FC")),
        ("Arewa", "NG", ("NG-KN", "NG-BO", "NG-SO")),
        ("Ijawland", "NG", ("NG-BY", "NG-RI")),
    ],
)
def test_a_land_across_regions_is_refused_naming_them(
    query: str, country: str, codes: tuple[str, ...]
) -> None:
    with pytest.raises(InputError, match="lies across several regions") as raised:
        locate(query, country)
    assert all(code in str(raised.value) for code in codes)


def test_the_first_words_of_a_name_of_the_country_are_not_a_town_beside() -> None:
    # Russia's Belgorod is Bilhorod in Ukrainian, 40 km from Kharkiv oblast; but 'Bilhorod'
    # typed for UA is Bilhorod-Dnistrovskyi, a shortening of its name, shown as a reading.
    place = locate("Bilhorod", "UA")
    assert (place.name, place.how) == ("Bilhorod-Dnistrovskyi", "spelling")
