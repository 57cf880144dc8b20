"""The nearest town of a point: the fast search (the towns that can be nearest to a point of a
~5 km cell, kept per cell) gives the same town at the same distance as a brute-force search
that works out every town's distance with distance_km, the first town of equals winning.

The ring search that finds the centre's town for each cell (`_nearest`) stops early, which far
north (beyond 60°) or far out to sea can miss the nearest town; the brute force cannot."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.geo.distance import distance_km
from svcmatch.geo.gazetteer import _FINE, Gazetteer, Town, _grid, _nearest, load_gazetteer

BOXES = {
    "UA": (44.0, 53.0, 22.0, 41.0),
    "AL": (39.5, 43.0, 19.0, 21.2),
    "MA": (27.0, 36.0, -13.0, -1.0),
    "NO": (57.0, 72.0, 3.0, 32.0),  # far north, where a ring of cells is narrow
    "IS": (62.5, 67.5, -25.0, -12.0),
    "CL": (-57.0, -17.0, -112.0, -65.0),  # Rapa Nui, 3,500 km out in the Pacific
}


_GRIDS: dict[int, dict[tuple[int, int], list[int]]] = {}


def brute_nearest(gazetteer: Gazetteer, lat: float, lon: float) -> tuple[int, float]:
    """Every town's distance worked out by distance_km; the first of equals."""
    towns = gazetteer.towns
    return min(
        ((i, distance_km(lat, lon, t.latitude, t.longitude)) for i, t in enumerate(towns)), key=lambda p: p[1]
    )


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
    assert gazetteer.nearest_town(lat, lon) == brute_nearest(gazetteer, lat, lon)


@pytest.mark.parametrize("country", ["UA", "NO"])
def test_the_same_town_near_towns_and_on_them(country: str) -> None:
    """Points a few km from towns (as providers are), on a town itself, and on the corners of
    the ~5 km cells (each corner is in one cell and on the edge of three)."""
    gazetteer = load_gazetteer(country)
    rnd = random.Random(17)
    for town in rnd.sample(list(gazetteer.towns), 80):
        for lat, lon in (
            (town.latitude, town.longitude),
            (town.latitude + rnd.uniform(-0.03, 0.03), town.longitude + rnd.uniform(-0.03, 0.03)),
            (round(town.latitude / _FINE) * _FINE, round(town.longitude / _FINE) * _FINE),
        ):
            assert gazetteer.nearest_town(lat, lon) == brute_nearest(gazetteer, lat, lon)


def test_far_north_the_nearest_town_the_ring_search_missed() -> None:
    """A point in northern Norway whose nearest town the ring search alone gets wrong."""
    gazetteer = load_gazetteer("NO")
    lat, lon = 69.95192, 22.15500
    ring = plain_nearest(gazetteer, lat, lon)
    assert ring is not None and ring[1] > brute_nearest(gazetteer, lat, lon)[1]
    assert gazetteer.nearest_town(lat, lon) == brute_nearest(gazetteer, lat, lon)


@pytest.mark.parametrize("country", ["AL", "NO", "CL"])
def test_the_spacing_of_a_town_is_the_distance_to_its_nearest_other_town(country: str) -> None:
    """Within the ring search's reach (about 2,000 km); 50 km for a town with none that near
    (Rapa Nui), where it was once infinite, which took the whole Pacific for Chile."""
    gazetteer = load_gazetteer(country)
    for index in range(0, len(gazetteer.towns), max(1, len(gazetteer.towns) // 40)):
        town = gazetteer.towns[index]
        others = [
            distance_km(town.latitude, town.longitude, t.latitude, t.longitude)
            for i, t in enumerate(gazetteer.towns)
            if i != index
        ]
        nearest = min(others, default=math.inf)
        assert gazetteer.spacing_km(index) == (nearest if nearest < 1900 else 50.0)


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
