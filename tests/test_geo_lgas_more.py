"""Local government areas of Ondo, Anambra and Ogun (session twenty-three). Each was read by a
close spelling as a district or town of another state ('Yewa South' as Warri South, Delta;
'Idemili North' as Oshimili North, Delta; 'Odigbo' as Oyigbo, Rivers) or "no place matches"."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "seat", "region"),
    [
        ("Yewa South", "Ilaro", "NG-OG"),
        ("Ado-Odo/Ota", "Ota", "NG-OG"),  # was refused as naming two places
        ("Obafemi Owode", "Owode", "NG-OG"),
        ("Abeokuta South", "Abeokuta", "NG-OG"),
        ("Idemili North", "Ogidi", "NG-AN"),
        ("Anaocha", "Neni", "NG-AN"),  # was Anchau, Kaduna
        ("Ogbaru", "Atani", "NG-AN"),  # was Ogba, Lagos
        ("Onitsha South", "Onitsha", "NG-AN"),
        ("Njikoka", "Abagana", "NG-AN"),
        ("Odigbo", "Ore", "NG-ON"),
        ("Odigbo LGA", "Ore", "NG-ON"),
        ("Ilaje", "Igbokoda", "NG-ON"),  # was Ilawe-Ekiti
        ("Akoko North-East", "Ikare", "NG-ON"),  # was Ika North East, Delta
        ("Ifedore", "Igbara-Oke", "NG-ON"),
    ],
)
def test_a_local_government_area_is_measured_from_its_seat(query: str, seat: str, region: str) -> None:
    place = locate(query, "NG")
    assert (place.kind, place.seat, place.region) == ("district", seat, region), place
    assert place.name.lower().startswith(query.split(" LGA")[0].lower()), place.name


def test_a_town_named_like_an_lga_stays_the_town() -> None:
    for town in ("Ondo", "Akure", "Onitsha", "Ore", "Ota"):
        assert locate(town, "NG").kind == "town"


def test_two_places_with_a_slash_are_still_refused() -> None:
    with pytest.raises(InputError, match="names 2 places"):
        locate("Lagos/Abuja", "NG")
