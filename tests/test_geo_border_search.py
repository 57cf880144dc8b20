"""The inside-the-country check asks for a neighbour's place within reach only: the same answer
as the nearest neighbour's place, found without searching hundreds of km of cells per point."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.geo import inside_country
from svcmatch.geo.gazetteer import load_gazetteer

BOXES = {"UA": (44.0, 53.0, 22.0, 41.0), "AL": (39.5, 43.0, 19.0, 21.2), "MD": (45.0, 49.0, 26.0, 30.5)}


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(BOXES)),
    st.floats(min_value=0, max_value=1),
    st.floats(min_value=0, max_value=1),
    st.floats(min_value=0, max_value=400),
)
def test_border_within_agrees_with_the_nearest_border_place(
    country: str, y: float, x: float, km: float
) -> None:
    south, north, west, east = BOXES[country]
    lat, lon = south + y * (north - south), west + x * (east - west)
    gazetteer = load_gazetteer(country)
    assert gazetteer.border_within(lat, lon, km) == (gazetteer.nearest_border_km(lat, lon) < km)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(BOXES)), st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=1)
)
def test_border_within_at_the_distance_of_the_nearest_town(country: str, y: float, x: float) -> None:
    """What the inside-the-country check asks: the places kept for the point's ~5 km cell
    give the same answer as the nearest neighbour's place."""
    south, north, west, east = BOXES[country]
    lat, lon = south + y * (north - south), west + x * (east - west)
    gazetteer = load_gazetteer(country)
    _index, km = gazetteer.nearest_town(lat, lon)
    assert gazetteer.border_within(lat, lon, km) == (gazetteer.nearest_border_km(lat, lon) < km)


def test_points_each_side_of_a_border() -> None:
    assert inside_country(48.4460, 27.7990, "UA")  # Mohyliv-Podilskyi, on the Dniester
    assert not inside_country(48.3730, 27.7990, "UA")  # Otaci, across the river in Moldova
    assert inside_country(48.3730, 27.7990, "MD")
