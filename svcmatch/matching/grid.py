"""The grid that matching reads space by: lower bounds of the distance to a cell, and the
cells nearest first from a point, worked out only as far as a search reads them.

A directory's cells are as wide as its density asks (`size_for`): a search reads cells
nearest first until no later one can hold a better provider, so in a sparse directory small
cells are mostly read empty, and in a dense one large cells hold many providers read only to
be passed over."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Iterator, Sequence

from ..geo.distance import EARTH_RADIUS_KM
from .rules import Entry

#: Grid cell size in degrees: reach (radius, outreach), the search's cells, near misses nearest
#: first (the default; a Matcher takes `size_for` its directory).
GRID_DEG = 0.5
#: The cell sizes a directory may get (degrees), and the located providers a cell should hold
#: on average, about (measured: docs/matching.md, "Speed").
SIZES = (0.25, 0.5, 1.0, 2.0)
PER_CELL = 150

Cell = tuple[int, int]
#: A cell with a lower bound of its distance (km) from where distances are measured.
Near = tuple[float, Cell]


def size_for(points: Iterable[tuple[float, float]]) -> float:
    """The cell size (of SIZES) for these located providers (latitude, longitude): the largest
    whose occupied cells hold no more than PER_CELL providers on average, else the smallest."""
    located = list(points)
    for size in reversed(SIZES):
        cells = {cell_at(latitude, longitude, size) for latitude, longitude in located}
        if len(located) <= PER_CELL * max(len(cells), 1):
            return size
    return SIZES[0]


def cell_of(e: Entry, size: float = GRID_DEG) -> Cell:
    return (
        math.floor((e.provider.latitude or 0.0) / size),
        math.floor((e.provider.longitude or 0.0) / size),
    )


def cell_at(latitude: float, longitude: float, size: float = GRID_DEG) -> Cell:
    return (math.floor(latitude / size), math.floor(longitude / size))


def min_km(south: float, north: float, west: float, east: float, cell: Cell, size: float = GRID_DEG) -> float:
    """A lower bound of the distance from any point of the box (degrees; a point when south ==
    north and west == east) to any point of the cell.

    The haversine adds sin²(Δlat/2) and cos(lat1)·cos(lat2)·sin²(Δlon/2): each term is at
    least its value at the least latitude gap, the least longitude gap and the cosine of the
    widest latitude of either, so the distance is at least the haversine of those. The terms
    of the cell's row and of its column are worked out apart (`row_terms`, `column_term`), so
    that a walk from a point works each out once for all the cells of a row or column."""
    half_lat, cos_widest = row_terms(south, north, cell[0], size)
    return bound_km(half_lat, cos_widest, column_term(west, east, cell[1], size))


def row_terms(south: float, north: float, row: int, size: float = GRID_DEG) -> tuple[float, float]:
    """min_km's terms for the cells of a row: sin(Δlat/2) at the least latitude gap, and the
    cosine of the widest latitude of the box and the row."""
    # max() and min() written as the comparisons they make, in their order (the same value,
    # -0.0 and NaN included): a search works out a few bounds a case, and each builtin's call
    # cost four times its comparisons
    low = row * size
    lat_gap = low - north
    if south - low - size > lat_gap:
        lat_gap = south - low - size
    if lat_gap < 0.0:
        lat_gap = 0.0
    widest = abs(south)
    for edge in (abs(north), abs(low), abs(low + size)):
        if edge > widest:
            widest = edge
    if widest > 90.0:
        widest = 90.0
    return math.sin(math.radians(lat_gap) / 2), math.cos(math.radians(widest))


def column_term(west: float, east: float, column: int, size: float = GRID_DEG) -> float:
    """min_km's term for the cells of a column: sin(Δlon/2) at the least longitude gap."""
    west_edge = column * size
    east_edge = west_edge + size
    if west_edge > east:  # the cell lies east: directly, or west round the globe
        lon_gap, round_the_globe = west_edge - east, 360.0 - (east_edge - west)
    elif west > east_edge:
        lon_gap, round_the_globe = west - east_edge, 360.0 - (east - west_edge)
    else:
        lon_gap = round_the_globe = 0.0
    if round_the_globe < lon_gap:
        lon_gap = round_the_globe
    if lon_gap < 0.0:
        lon_gap = 0.0
    return math.sin(math.radians(lon_gap) / 2)


def bound_km(half_lat: float, cos_widest: float, half_lon_sine: float) -> float:
    """min_km from its row's and its column's terms."""
    half_lon = half_lon_sine * cos_widest
    h = half_lat * half_lat + half_lon * half_lon
    km = 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(1.0 if h > 1.0 else h)) * 0.999 - 0.01
    return 0.0 if km < 0.0 else km


def cell_min_km(a: Cell, b: Cell, size: float = GRID_DEG) -> float:
    """A lower bound of the distance between any point of cell `a` and any point of cell `b`."""
    south, west = a[0] * size, a[1] * size
    return min_km(south, south + size, west, west + size, b, size)


def cells_by_distance(cell: Cell, cells: Sequence[Cell], size: float = GRID_DEG) -> tuple[Near, ...]:
    """`cells` nearest first from anywhere in `cell`."""
    return tuple(sorted((cell_min_km(cell, c, size), c) for c in cells))


class CellWalk:
    """Cells nearest first from a point, each with a lower bound of its distance from it.

    Searches from a point usually stop within a few cells, so the bounds are worked out as
    far as someone reads, and kept for the next reader: the cells come in the order of their
    bound from the point's own cell (`by_cell`, which is never more than the bound from the
    point), and a heap releases a cell once no cell still to come can be nearer."""

    __slots__ = (
        "_by_cell",
        "_columns",
        "_heap",
        "_latitude",
        "_longitude",
        "_next",
        "_rows",
        "_size",
        "found",
    )

    def __init__(
        self, latitude: float, longitude: float, by_cell: tuple[Near, ...], size: float = GRID_DEG
    ) -> None:
        self._size = size
        self._latitude = latitude
        self._longitude = longitude
        self._by_cell = by_cell
        self._next = 0
        self._heap: list[Near] = []
        #: min_km's terms from the point, by row and by column of the cells (row_terms, column_term)
        self._rows: dict[int, tuple[float, float]] = {}
        self._columns: dict[int, float] = {}
        #: the cells released so far, nearest first
        self.found: list[Near] = []

    def __iter__(self) -> Iterator[Near]:
        found = self.found
        i = 0
        while True:
            if i < len(found):
                yield found[i]
                i += 1
            elif not self.release():
                return

    def release(self) -> bool:
        """Release the next nearest cell; False when every cell is out."""
        by_cell, heap, rows, columns = self._by_cell, self._heap, self._rows, self._columns
        lat, lon, size = self._latitude, self._longitude, self._size
        while self._next < len(by_cell) and (not heap or by_cell[self._next][0] <= heap[0][0]):
            cell = by_cell[self._next][1]
            self._next += 1
            # min_km from the point, its row's and column's terms kept for the next cell
            row = rows.get(cell[0])
            if row is None:
                row = rows[cell[0]] = row_terms(lat, lat, cell[0], size)
            column = columns.get(cell[1])
            if column is None:
                column = columns[cell[1]] = column_term(lon, lon, cell[1], size)
            heapq.heappush(heap, (bound_km(row[0], row[1], column), cell))
        if not heap:
            return False
        self.found.append(heapq.heappop(heap))
        return True
