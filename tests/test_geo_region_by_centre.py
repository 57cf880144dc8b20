"""'TOWN, CENTRE': a region named by its centre (session twenty-three). Ukrainians and Russians
write an oblast as its centre's name ('Uman, Cherkassy', 'Pavlograd, Dnepropetrovsk'), and
Albanians a county so ('Fushë-Krujë, Durrës'). Read as a part of the centre, each was refused
('no place named 'Pavlograd' is known in or near Dnipro'), the town being 70 km out."""

from __future__ import annotations

import re

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "country", "name", "region"),
    [
        ("Pavlograd, Dnepropetrovsk", "UA", "Pavlohrad", "UA-12"),  # Dnipro's old name names the oblast
        ("Krivoy Rog, Dnepropetrovsk", "UA", "Kryvyy Rih", "UA-12"),
        ("Nikopol, Dnepropetrovsk", "UA", "Nikopol", "UA-12"),
        ("Melitopol, Zaporozhe", "UA", "Melitopol", "UA-23"),
        ("Uman, Cherkassy", "UA", "Uman", "UA-71"),
        ("Kolomyya, Ivano-Frankovsk", "UA", "Kolomyia", "UA-26"),
        ("Izyum, Kharkov", "UA", "Izyum", "UA-63"),
        ("Bila Tserkva, Kyiv", "UA", "Bila Tserkva", "UA-32"),  # Kyiv names the city and the oblast
        ("Brovary, Kiev", "UA", "Brovary", "UA-32"),
        ("Fushë-Krujë, Durrës", "AL", "Fushë-Krujë", "AL-02"),
        ("Himare, Vlore", "AL", "Himarë", "AL-12"),
    ],
)
def test_a_town_then_the_centre_of_its_region(query: str, country: str, name: str, region: str) -> None:
    place = locate(query, country)
    assert (place.name, place.region) == (name, region), place


def test_a_part_of_the_centre_is_still_the_centres() -> None:
    # Near the centre first: Kyiv's Obolon is Kyiv's, not a village of that name in the oblast.
    place = locate("Obolon, Kyiv", "UA")
    assert (place.name, place.region) == ("Obolon", "UA-30")


def test_a_town_of_another_region_is_refused_naming_both_searches() -> None:
    with pytest.raises(InputError) as raised:
        locate("Uman, Lviv", "UA")  # Uman is in Cherkasy oblast
    message = str(raised.value)
    assert "in or near Lviv, nor elsewhere in Lviv Oblast (UA-46)" in message
    assert "Uman" in message and "\n" not in message


def test_a_centre_that_does_not_name_its_region_is_only_a_town() -> None:
    # Volyn Oblast is not named after Lutsk: 'Kovel, Lutsk' is read as a part of Lutsk, and refused.
    refused = re.escape("in or near Lutsk (UA-07 Volyn Oblast), in UA's gazetteer")
    with pytest.raises(InputError, match=refused):
        locate("Kovel, Lutsk", "UA")
