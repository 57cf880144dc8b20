"""The grid the search reads space by: its bounds never exceed a real distance, and the cells
come nearest first from a point, all of them, whatever the order they were fed in."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from svcmatch.geo.distance import distance_km
from svcmatch.matching.grid import (
    GRID_DEG,
    PER_CELL,
    SIZES,
    CellWalk,
    cell_at,
    cell_min_km,
    cells_by_distance,
    min_km,
    size_for,
)

_latitudes = st.floats(-80.0, 80.0, allow_nan=False)
_longitudes = st.floats(-179.0, 179.0, allow_nan=False)
_fractions = st.floats(0.0, 1.0, allow_nan=False)
_cells = st.tuples(st.integers(-160, 159), st.integers(-358, 357))
_sizes = st.sampled_from(SIZES)


def _inside(cell: tuple[int, int], u: float, v: float, size: float = GRID_DEG) -> tuple[float, float]:
    return (cell[0] + u) * size, (cell[1] + v) * size


def _on_earth(cell: tuple[int, int], size: float) -> tuple[int, int]:
    """The cell of that size holding the point that `cell` of GRID_DEG starts at, so that
    drawn cells stay within the globe whatever the size."""
    return cell_at(cell[0] * GRID_DEG, cell[1] * GRID_DEG, size)


@settings(max_examples=300, deadline=None)
@given(_latitudes, _longitudes, _cells, _fractions, _fractions, _sizes)
def test_the_bound_from_a_point_never_exceeds_the_distance_to_any_point_of_the_cell(
    lat: float, lon: float, cell: tuple[int, int], u: float, v: float, size: float
) -> None:
    cell = _on_earth(cell, size)
    there = _inside(cell, u, v, size)
    assume(-90 <= there[0] <= 90)
    assert min_km(lat, lat, lon, lon, cell, size) <= distance_km(lat, lon, *there)


@settings(max_examples=300, deadline=None)
@given(_cells, _cells, _fractions, _fractions, _fractions, _fractions, _sizes)
def test_the_bound_between_cells_never_exceeds_the_bound_from_a_point_of_either(
    a: tuple[int, int], b: tuple[int, int], u: float, v: float, s: float, t: float, size: float
) -> None:
    a, b = _on_earth(a, size), _on_earth(b, size)
    here, there = _inside(a, u, v, size), _inside(b, s, t, size)
    assume(-90 <= here[0] <= 90 and -90 <= there[0] <= 90)
    assert cell_min_km(a, b, size) <= min_km(here[0], here[0], here[1], here[1], b, size) + 1e-9
    assert cell_min_km(a, b, size) <= distance_km(*here, *there)


def test_neighbouring_cells_are_0_km_apart_and_farther_ones_about_their_gap() -> None:
    assert cell_min_km((100, 60), (101, 61)) == 0.0
    gap = cell_min_km((100, 60), (104, 60))  # three cells of latitude between them: 1.5°
    assert math.isclose(gap, 1.5 * 111.19, rel_tol=0.01)


@settings(max_examples=100, deadline=None)
@given(_latitudes, _longitudes, st.lists(_cells, max_size=40), st.integers(0, 40), _sizes)
def test_a_walk_gives_every_cell_nearest_first_however_far_it_is_read(
    lat: float, lon: float, drawn: list[tuple[int, int]], stop: int, size: float
) -> None:
    cells = list(dict.fromkeys(_on_earth(c, size) for c in drawn))
    home = cell_at(lat, lon, size)
    walk = CellWalk(lat, lon, cells_by_distance(home, cells, size), size)
    expected = sorted((min_km(lat, lat, lon, lon, c, size), c) for c in cells)
    first = [near for near, _ in zip(walk, range(stop), strict=False)]  # a search that stops early
    assert first == expected[: len(first)]
    assert list(walk) == expected  # the next reader gets the rest, from the start


def test_a_sparse_directory_gets_large_cells_and_a_dense_one_small_ones() -> None:
    """The largest size whose occupied cells hold PER_CELL providers or fewer on average."""
    towns = [(41.0 + i * 0.3, 19.5 + j * 0.3) for i in range(5) for j in range(5)]  # 1.5° square
    assert size_for([]) == max(SIZES)
    assert size_for(towns) == max(SIZES)
    crowded = [town for town in towns for _ in range(PER_CELL)]  # PER_CELL at each town
    assert size_for(crowded) == min(SIZES)  # even one town per cell holds PER_CELL
    middling = [town for town in towns for _ in range(40)]  # 1,000 in 25 towns
    chosen = size_for(middling)
    assert min(SIZES) < chosen < max(SIZES)
    cells = {cell_at(*point, chosen) for point in middling}
    assert len(middling) <= PER_CELL * len(cells)
    larger = SIZES[SIZES.index(chosen) + 1]
    assert len(middling) > PER_CELL * len({cell_at(*point, larger) for point in middling})


def _min_km_with_builtins(
    south: float, north: float, west: float, east: float, cell: tuple[int, int], size: float
) -> float:
    """min_km as it was written with min() and max(), which it now writes as their comparisons."""
    low, west_edge = cell[0] * size, cell[1] * size
    lat_gap = max(low - north, south - low - size, 0.0)
    east_edge = west_edge + size
    if west_edge > east:
        lon_gap = max(min(west_edge - east, 360.0 - (east_edge - west)), 0.0)
    elif west > east_edge:
        lon_gap = max(min(west - east_edge, 360.0 - (east - west_edge)), 0.0)
    else:
        lon_gap = 0.0
    widest = min(max(abs(south), abs(north), abs(low), abs(low + size)), 90.0)
    cos_widest = math.cos(math.radians(widest))
    half_lat = math.sin(math.radians(lat_gap) / 2)
    half_lon = math.sin(math.radians(lon_gap) / 2) * cos_widest
    h = half_lat * half_lat + half_lon * half_lon
    return max(2 * 6371.0088 * math.asin(math.sqrt(min(h, 1.0))) * 0.999 - 0.01, 0.0)


@settings(max_examples=400, deadline=None)
@given(
    st.floats(-90.0, 90.0),
    st.floats(-90.0, 90.0),
    st.floats(-180.0, 180.0),
    st.floats(-180.0, 180.0),
    st.tuples(st.integers(-400, 400), st.integers(-800, 800)),
    _sizes,
)
def test_the_bound_is_the_one_min_and_max_gave_to_the_bit(
    a: float, b: float, c: float, d: float, cell: tuple[int, int], size: float
) -> None:
    """Written as comparisons for speed, the bound is the same float (its sign included) as
    with the builtins, for boxes, points and cells anywhere, beyond the globe too."""
    for south, north, west, east in ((min(a, b), max(a, b), min(c, d), max(c, d)), (a, a, c, c)):
        got, want = (
            min_km(south, north, west, east, cell, size),
            _min_km_with_builtins(south, north, west, east, cell, size),
        )
        assert math.copysign(1.0, got) == math.copysign(1.0, want)
        assert got == want or (math.isnan(got) and math.isnan(want))
