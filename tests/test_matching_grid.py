"""The grid the search reads space by: its bounds never exceed a real distance, and the cells
come nearest first from a point, all of them, whatever the order they were fed in."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.geo.distance import distance_km
from svcmatch.matching.grid import GRID_DEG, CellWalk, cell_at, cell_min_km, cells_by_distance, min_km

_latitudes = st.floats(-80.0, 80.0, allow_nan=False)
_longitudes = st.floats(-179.0, 179.0, allow_nan=False)
_fractions = st.floats(0.0, 1.0, allow_nan=False)
_cells = st.tuples(st.integers(-160, 159), st.integers(-358, 357))


def _inside(cell: tuple[int, int], u: float, v: float) -> tuple[float, float]:
    return (cell[0] + u) * GRID_DEG, (cell[1] + v) * GRID_DEG


@settings(max_examples=300, deadline=None)
@given(_latitudes, _longitudes, _cells, _fractions, _fractions)
def test_the_bound_from_a_point_never_exceeds_the_distance_to_any_point_of_the_cell(
    lat: float, lon: float, cell: tuple[int, int], u: float, v: float
) -> None:
    there = _inside(cell, u, v)
    assert min_km(lat, lat, lon, lon, cell) <= distance_km(lat, lon, *there)


@settings(max_examples=300, deadline=None)
@given(_cells, _cells, _fractions, _fractions, _fractions, _fractions)
def test_the_bound_between_cells_never_exceeds_the_bound_from_a_point_of_either(
    a: tuple[int, int], b: tuple[int, int], u: float, v: float, s: float, t: float
) -> None:
    here = _inside(a, u, v)
    assert cell_min_km(a, b) <= min_km(here[0], here[0], here[1], here[1], b) + 1e-9
    assert cell_min_km(a, b) <= distance_km(*here, *_inside(b, s, t))


def test_neighbouring_cells_are_0_km_apart_and_farther_ones_about_their_gap() -> None:
    assert cell_min_km((100, 60), (101, 61)) == 0.0
    gap = cell_min_km((100, 60), (104, 60))  # three cells of latitude between them: 1.5°
    assert math.isclose(gap, 1.5 * 111.19, rel_tol=0.01)


@settings(max_examples=100, deadline=None)
@given(_latitudes, _longitudes, st.lists(_cells, max_size=40, unique=True), st.integers(0, 40))
def test_a_walk_gives_every_cell_nearest_first_however_far_it_is_read(
    lat: float, lon: float, cells: list[tuple[int, int]], stop: int
) -> None:
    home = cell_at(lat, lon)
    walk = CellWalk(lat, lon, cells_by_distance(home, cells))
    expected = sorted((min_km(lat, lat, lon, lon, c), c) for c in cells)
    first = [near for near, _ in zip(walk, range(stop), strict=False)]  # a search that stops early
    assert first == expected[: len(first)]
    assert list(walk) == expected  # the next reader gets the rest, from the start
