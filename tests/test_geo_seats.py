"""The administrative seats to which GeoNames gives no population are in every shipped file.

Until 2026-12-06 the files of most countries kept places of 1,000 people or more, and a seat
with no figure fell below the cut: district towns of 80,000 people were "no place matches", or
were read by a close spelling as a town of another region ('Awaran', in Balochistan, as
Jhawarian in Punjab; 'Sefwi Wiawso' as Sefwi; 'Chandel', in Manipur, as Chandili in Odisha)."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate
from svcmatch.geo.gazetteer import left_out_text, load_gazetteer, places_left_out
from svcmatch.geo.locate import rebuild_lists_more


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        ("Gaibandha", "BD", "BD-F"),
        ("Chilas", "PK", "PK-GB"),
        ("Awaran", "PK", "PK-BA"),
        ("Sefwi Wiawso", "GH", "GH-WN"),
        ("Fray Bartolomé de Las Casas", "GT", "GT-16"),
        ("Chandel", "IN", "IN-MN"),
        ("Kathwana", "KE", "KE-41"),
        ("Adado", "SO", "SO-GA"),
    ],
)
def test_a_seat_without_a_population_figure_is_a_town(query: str, country: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.name, place.region, place.how) == ("town", query, region, "name")


def test_a_region_named_exactly_beats_a_town_without_a_population_figure() -> None:
    # Dawan, a town of Guangdong that GeoNames also calls Taiwan, came in with the seats and took
    # 'Taiwan' from CN-TW, whose population GeoNames does not give either.
    for query in ("Taiwan", "Táiwān"):
        place = locate(query, "CN")
        assert (place.kind, place.region) == ("region", "CN-TW")


def test_the_build_is_named_where_it_adds_the_places_of_500_to_999() -> None:
    # GT's file leaves out its places of 500 to 999 people (Sipacapa): a build adds them
    assert rebuild_lists_more("GT")
    with pytest.raises(InputError) as raised:
        locate("Sipacapa", "GT")
    assert "svcmatch gazetteer build GT" in (raised.value.hint or "")
    # GeoNames has no such place in Bangladesh: the build gives the same file, and is not named
    assert not rebuild_lists_more("BD")
    with pytest.raises(InputError) as raised:
        locate("Kalapara", "BD")
    assert "gazetteer build" not in (raised.value.hint or "")
    # NP's and AL's files keep every place GeoNames lists
    assert not rebuild_lists_more("NP") and not rebuild_lists_more("AL")


def test_a_build_says_how_many_places_it_left_out() -> None:
    assert places_left_out(load_gazetteer("GT").source) == 10
    assert places_left_out(load_gazetteer("BD").source) == 0
    assert places_left_out(load_gazetteer("AL").source) is None  # built at 500: nothing left out
    assert places_left_out("cities500" + left_out_text(2_777, 1_000)) == 2_777
