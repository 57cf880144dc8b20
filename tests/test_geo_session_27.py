"""What session twenty-seven's own geography work found: a city that is a region of its own,
named with 'city' and a region's type word ('Sofia City Province', 'Tashkent city region', 'Osh
city oblast'), was the region around the city, another region (ISO's BG-23, UZ-TO, KG-O)."""

from __future__ import annotations

import pytest

from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "country", "kind", "region"),
    [
        ("Sofia City Province", "BG", "region", "BG-22"),  # was BG-23, Sofia Province around it
        ("Sofia city oblast", "BG", "region", "BG-22"),
        ("Tashkent city region", "UZ", "region", "UZ-TK"),  # was UZ-TO
        ("Osh city region", "KG", "region", "KG-GO"),  # was KG-O
        ("Osh city oblast", "KG", "region", "KG-GO"),
        ("Kyiv city oblast", "UA", "region", "UA-30"),
        ("Almaty city region", "KZ", "region", "KZ-75"),
        # what must not change: the region around the city, and the city alone
        ("Sofia Province", "BG", "region", "BG-23"),
        ("Sofia oblast", "BG", "region", "BG-23"),
        ("Sofia region", "BG", "region", "BG-23"),
        ("Sofia", "BG", "town", "BG-22"),
        ("Sofia City", "BG", "town", "BG-22"),
        ("Sofia-grad", "BG", "region", "BG-22"),
        ("Tashkent region", "UZ", "region", "UZ-TO"),
        ("Osh oblast", "KG", "region", "KG-O"),
        ("Osh", "KG", "town", "KG-GO"),
        ("Kyiv oblast", "UA", "region", "UA-32"),
        ("Minsk oblast", "BY", "region", "BY-MI"),
    ],
)
def test_a_city_region_named_with_city_and_a_type_word(
    query: str, country: str, kind: str, region: str
) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == (kind, region)


@pytest.mark.parametrize(
    ("query", "country", "town", "region"),
    [
        # a town beside a city's part: the town, not the part ('Godawari, Lalitpur' was Patan,
        # Lalitpur's part of the valley's city, though Lalitpur's Godawari lies 10 km from it)
        ("Godawari, Lalitpur", "NP", "Godawari", "NP-P3"),
        # a city, then its part: the part, as before
        ("Kathmandu, Patan", "NP", "Pātan", "NP-P3"),
        ("Rabat, Agdal", "MA", "Agdal", "MA-04"),
        ("Marrakech, Gueliz", "MA", "Guéliz", "MA-07"),
        ("Casablanca, Sidi Moumen", "MA", "Sidi Moumen", "MA-06"),
    ],
)
def test_a_town_beside_a_part_of_a_city(query: str, country: str, town: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.name, place.region) == ("town", town, region)


@pytest.mark.parametrize(
    ("query", "country", "town"),
    [
        # a name written twice: a ValueError from zip(strict=True) in negation.negations_in
        # (every word of the text was the name's, so none was left to look at)
        ("Tirana-Tirana", "AL", "Tirana"),
        ("Київ-Київ", "UA", "Kyiv"),
        ("Одеса Одеса", "UA", "Odesa"),
        ("Одеса/Одеса", "UA", "Odesa"),
        ("Одеса (Одеса)", "UA", "Odesa"),
        ("София-София", "BG", "Sofia"),
    ],
)
def test_a_name_written_twice_is_read_not_a_crash(query: str, country: str, town: str) -> None:
    assert locate(query, country).name == town
