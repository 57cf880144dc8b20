"""The nearest town of a point: the fast search (each town's radians worked out once, towns
whose latitude alone puts them no nearer left out) gives the same town at the same distance
as the plain search that works out every distance with distance_km."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.geo.distance import distance_km
from svcmatch.geo.gazetteer import Gazetteer, Town, _grid, _nearest, load_gazetteer

BOXES = {"UA": (44.0, 53.0, 22.0, 41.0), "AL": (39.5, 43.0, 19.0, 21.2), "MA": (27.0, 36.0, -13.0, -1.0)}


_GRIDS: dict[int, dict[tuple[int, int], list[int]]] = {}


def plain_nearest(gazetteer: Gazetteer, lat: float, lon: float) -> tuple[int, float] | None:
    """The ring search with every town's distance worked out by distance_km."""
    towns = gazetteer.towns
    grid = _GRIDS.get(id(towns))
    if grid is None:
        grid = _GRIDS[id(towns)] = _grid([(t.latitude, t.longitude) for t in towns])
    return _nearest(grid, lambda i: distance_km(lat, lon, towns[i].latitude, towns[i].longitude), lat, lon)


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(sorted(BOXES)),
    st.floats(min_value=-0.2, max_value=1.2),
    st.floats(min_value=-0.2, max_value=1.2),
)
def test_the_same_town_at_the_same_distance_anywhere(country: str, y: float, x: float) -> None:
    south, north, west, east = BOXES[country]
    lat, lon = south + y * (north - south), west + x * (east - west)
    gazetteer = load_gazetteer(country)
    assert gazetteer.nearest_town(lat, lon) == plain_nearest(gazetteer, lat, lon)


def test_the_same_town_near_towns_and_on_them() -> None:
    """Points a few km from towns (as providers are), and on a town itself."""
    gazetteer = load_gazetteer("UA")
    rnd = random.Random(17)
    for town in rnd.sample(gazetteer.towns, 300):
        for lat, lon in (
            (town.latitude, town.longitude),
            (town.latitude + rnd.uniform(-0.03, 0.03), town.longitude + rnd.uniform(-0.03, 0.03)),
        ):
            assert gazetteer.nearest_town(lat, lon) == plain_nearest(gazetteer, lat, lon)


def test_a_tie_goes_to_the_town_the_plain_search_finds_first() -> None:
    """Two towns at one point (a town and a district of it): the first one searched wins."""
    towns = [
        Town("Far", 48.9, 24.9, 100, "UA-26", False),
        Town("First", 48.5, 24.5, 100, "UA-26", False),
        Town("Second", 48.5, 24.5, 100, "UA-26", True),
    ]
    gazetteer = Gazetteer("UA", "test", load_gazetteer("UA").path, towns, {}, {}, {}, {}, [])
    assert gazetteer.nearest_town(48.51, 24.52) == plain_nearest(gazetteer, 48.51, 24.52)
    assert gazetteer.nearest_town(48.51, 24.52)[0] == 1
