"""The compact per-country gazetteers: where they live, loading them once, and nearest-town lookups."""

from __future__ import annotations

import functools
import json
import math
import re
import zlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ..errors import DataError, InputError
from ..settings import GAZETTEERS_ENV, Settings, refuse_if_others_can_change
from .distance import EARTH_RADIUS_KM, distance_km, haversine_km
from .names import consonant_key
from .parts import PartsFile, inflate_all

DATA_DIR = Path(__file__).parent / "data"
#: Format 2 (written since 2026-12) reads a part at a time; format 1 (one JSON document, what
#: `gazetteer build` wrote before) is still read, all at once.
SUPPORTED_FORMATS = (1, 2)


def left_out_text(count: int, min_population: int) -> str:
    """What a build with --min-population adds to its source: how many places it left out, so
    that a fix names a build at 500 only where that lists more (`places_left_out`)."""
    return f"; left out {count:,} places of fewer than {min_population:,} people"


def places_left_out(source: str) -> int | None:
    """The count that left_out_text wrote into a gazetteer's source (None: a file built before
    2026-12-06, or at 500 people, which says nothing)."""
    found = re.search(_LEFT_OUT, source)
    return int(found.group(1).replace(",", "")) if found else None


#: The population floor a gazetteer source states (a text that `re` compiles on first use: a
#: cold `match` does not use it).
_LEFT_OUT = r"; left out ([\d,]+) places of fewer than "


#: A folder's index of the towns in its gazetteers (written by `svcmatch gazetteer build`), so
#: that a name missing in one country is looked for in the others without loading them all.
TOWN_INDEX = "towns.json.gz"
#: Towns of this many people or more are in the index (GeoNames' own threshold for cities).
INDEX_MIN_POPULATION = 15_000
_CELL = 0.25  # degrees: the grid of the nearest-town index
#: Degrees: the cells (about 5 km) for which nearest_town keeps the towns that can be nearest.
_FINE = 0.05
_FINE_CELLS_KEPT = 200_000


# Town and Region are named tuples, not dataclasses: a dataclass costs about 0.5 ms to define
# at import, a named tuple a fifth of that, on every cold start (docs/geography.md, Speed).
class Town(NamedTuple):
    name: str
    latitude: float
    longitude: float
    population: int
    region: str
    #: A district of a larger, better-known city (GeoNames lists those as places too).
    section: bool


class Region(NamedTuple):
    code: str
    name: str
    type: str
    names: tuple[str, ...]
    latitude: float | None  # centre of population of its towns
    longitude: float | None
    population: int


@dataclass
class Gazetteer:
    """One country's towns, regions and name indexes, as loaded from its file.

    `towns`, `names`, `skeletons` and `border` read their part of the file on first use, a
    chunk at a time (see `GazetteerFile`): an exact name reads one chunk of names and the
    chunks of the towns it names, so that a cold lookup in a large country costs about what
    one in a small country does."""

    country: str
    source: str
    path: Path
    towns: Sequence[Town]
    regions: dict[str, Region]
    #: Province or prefecture code -> (name, region code), e.g. MA-CAS -> ("Casablanca", "MA-06").
    subregions: dict[str, tuple[str, str]]
    names: Mapping[str, list[int]]
    skeletons: Mapping[str, list[str]]
    border: Sequence[tuple[float, float]]
    _grid: dict[tuple[int, int], list[int]] | None = field(default=None, repr=False)
    _border_grid: dict[tuple[int, int], list[int]] | None = field(default=None, repr=False)
    #: The nearest-town grid with each town's radians and cosine worked out (nearest_town).
    _town_cells: _TownCells | None = field(default=None, repr=False)
    _consonants: dict[str, list[str]] | None = field(default=None, repr=False)
    _spacing: dict[int, float] = field(default_factory=dict, repr=False)
    #: Fine cell -> the towns that can be nearest to a point in it (nearest_town).
    _fine_cells: dict[tuple[int, int], _FineCell] = field(default_factory=dict, repr=False)
    _border_cells: dict[tuple[int, int], list[tuple[float, float, float]]] | None = field(
        default=None, repr=False
    )
    _region_towns: dict[str, list[tuple[int, float, float, float]]] = field(default_factory=dict, repr=False)

    def by_consonants(self, key: str) -> list[str]:
        """Latin name keys whose consonant_key() is `key` (the index is built on first use)."""
        if self._consonants is None:
            index: dict[str, list[str]] = defaultdict(list)
            for name in self.names:
                if name.isascii():
                    index[consonant_key(name)].append(name)
            self._consonants = dict(index)
        return self._consonants.get(key, [])

    def consonant_keys(self) -> list[str]:
        self.by_consonants("")
        assert self._consonants is not None
        return list(self._consonants)

    def nearest_town(self, lat: float, lon: float, region: str | None = None) -> tuple[int, float]:
        """(index, km) of the town nearest to a point, optionally among one region's towns; of
        towns at the same distance, the first in the file."""
        if region is not None:
            members = self._region_towns.get(region)
            if members is None:
                members = self._region_towns[region] = [
                    (i, *_radians(t.latitude, t.longitude))
                    for i, t in enumerate(self.towns)
                    if t.region == region
                ]
            if not members:
                raise DataError(f"the gazetteer has no towns in {region}", "rebuild the gazetteer")
            return _nearest_of(members, lat, lon)
        cell = self._fine_cell(lat, lon)
        phi, lam, cos_phi = _radians(lat, lon)
        best, best_km, reach = -1, math.inf, cell.radius
        for centre_km, index, town_phi, town_lam, town_cos in cell.towns:
            if centre_km - reach > best_km:  # this town and the farther ones lie farther
                break
            km = haversine_km(phi, lam, cos_phi, town_phi, town_lam, town_cos)
            if km < best_km or (km == best_km and index < best):
                best, best_km = index, km
        return best, best_km

    def _fine_cell(self, lat: float, lon: float) -> _FineCell:
        key = (int(lat // _FINE), int(lon // _FINE))
        cell = self._fine_cells.get(key)
        if cell is None:
            if len(self._fine_cells) >= _FINE_CELLS_KEPT:  # a bound on the memory of a long run
                self._fine_cells.clear()
            cell = self._fine_cells[key] = self._make_fine_cell(key)
        return cell

    def _make_fine_cell(self, key: tuple[int, int]) -> _FineCell:
        """The towns that can be nearest to some point of a fine cell, and the neighbours' places
        that can be nearer to it than its nearest town (see _FineCell).

        With c the cell's centre, r the farthest any point of the cell lies from c, and u any
        town: a point p of the cell has its nearest town t within d(p, u) <= d(c, u) + r, so
        d(c, t) <= d(p, t) + r <= d(c, u) + 2r, and so does a place b of a neighbour nearer to
        p than t. Every town and place within d(c, u) + 2r of the centre is kept; u is the ring
        search's answer for the centre (any town would do; a near one keeps the lists short)."""
        if not self.towns:
            raise DataError(f"the gazetteer of {self.country} has no towns", "rebuild the gazetteer")
        south, west = key[0] * _FINE, key[1] * _FINE
        c_lat, c_lon = south + _FINE / 2, west + _FINE / 2
        # the farthest point of a small cell from its centre is a corner; the factor and the
        # metre cover the curvature and a point that rounding puts a hair outside its cell
        corners = (
            distance_km(c_lat, c_lon, a, b) for a in (south, south + _FINE) for b in (west, west + _FINE)
        )
        r = 1.01 * max(corners) + 0.001
        cells = self._cells()
        found = _nearest(cells.grid, cells.search(c_lat, c_lon).cell_km, c_lat, c_lon)
        assert found is not None  # the towns are not empty
        reach = found[1] + 2 * r + 1e-6
        c_phi, c_lam, c_cos = _radians(c_lat, c_lon)
        within = _cells_within(c_lat, c_lon, reach, len(cells.towns))
        towns = sorted(
            (km, *town)
            for town in _members(cells.towns, within)
            if _LATITUDE_KM * abs(town[1] - c_phi) <= reach
            and (km := haversine_km(c_phi, c_lam, c_cos, town[1], town[2], town[3])) <= reach
        )
        border = [
            place
            for place in self._border_places(c_lat, c_lon, reach)
            if _LATITUDE_KM * abs(place[0] - c_phi) <= reach
            and haversine_km(c_phi, c_lam, c_cos, *place) <= reach
        ]
        return _FineCell(r, reach - r, towns, border)

    def nearest_border_km(self, lat: float, lon: float) -> float:
        """Distance to the nearest place of a neighbouring country (inf when none is known)."""
        if not self.border:
            return float("inf")
        if self._border_grid is None:
            self._border_grid = _grid(self.border)
        found = _nearest(
            self._border_grid, lambda i: distance_km(lat, lon, self.border[i][0], self.border[i][1]), lat, lon
        )
        return float("inf") if found is None else found[1]

    def town_near_and_border_far(self, lat: float, lon: float, km: float) -> bool:
        """Whether every point of the point's fine cell has a town within `km` and no place of a
        neighbour nearer than its nearest town (kept per cell: an import checks every row's
        point). With c the cell's centre, r its radius and t0 the town nearest to c, a point p
        of the cell has a town within d(p, t0) <= d(c, t0) + r <= km; the cell keeps every
        neighbour's place within d(c, t0) + 2r of c, so with none kept each place b lies at
        d(p, b) >= d(c, b) - r > d(c, t0) + r, farther than p's nearest town."""
        cell = self._fine_cell(lat, lon)
        return not cell.border and bool(cell.towns) and cell.towns[0][0] + cell.radius <= km - 1e-6

    def border_within(self, lat: float, lon: float, km: float) -> bool:
        """Whether a place of a neighbouring country lies nearer than `km` to the point: a search
        of the cells within reach only (`nearest_border_km` looks as far as the nearest place
        is, which from the middle of a country is hundreds of km of cells, for each point)."""
        if not self.border or km <= 0:
            return False
        cell = self._fine_cell(lat, lon)
        # the point's fine cell kept every place this near; else the cells within reach
        places = cell.border if km <= cell.border_reach else self._border_places(lat, lon, km)
        phi, lam, cos_phi = _radians(lat, lon)
        return any(haversine_km(phi, lam, cos_phi, *place) < km for place in places)

    def _border_places(self, lat: float, lon: float, km: float) -> Iterator[tuple[float, float, float]]:
        """(radians, cosine) of the neighbours' places in the grid cells within `km` of a point."""
        if self._border_cells is None:
            self._border_cells = defaultdict(list)
            for place_lat, place_lon in self.border:
                self._border_cells[_cell(place_lat, place_lon)].append(_radians(place_lat, place_lon))
        return _members(self._border_cells, _cells_within(lat, lon, km, len(self._border_cells)))

    def spacing_km(self, index: int) -> float:
        """How far the town's nearest other town is: the scale of 'near' around it (kept per
        town: the inside-the-country check asks it for every point)."""
        known = self._spacing.get(index)
        if known is None:
            known = self._spacing[index] = self._spacing_km(index)
        return known

    def _spacing_km(self, index: int) -> float:
        """The ring search gives an upper bound (it can stop early far north); every town within
        it is then looked at. 50 km when no other town lies within the ring search's reach."""
        town = self.towns[index]
        cells = self._cells()
        search = cells.search(town.latitude, town.longitude, index)
        found = _nearest(cells.grid, search.cell_km, town.latitude, town.longitude)
        if found is None or found[1] == math.inf:
            return 50.0
        within = _cells_within(town.latitude, town.longitude, found[1] + 1e-6, len(cells.towns))
        phi, lam, cos_phi = _radians(town.latitude, town.longitude)
        return min(
            haversine_km(phi, lam, cos_phi, *other[1:])
            for other in _members(cells.towns, within)
            if other[0] != index
        )

    def _cells(self) -> _TownCells:
        if self._town_cells is None:
            if self._grid is None:
                self._grid = _grid([(t.latitude, t.longitude) for t in self.towns])
            self._town_cells = _TownCells(self._grid, self.towns)
        return self._town_cells


class _TownCells:
    """The nearest-town grid as `_nearest` searches it, one cell at a time: each cell of the grid
    is one entry of `grid` (its own key), whose distance is that of its nearest town. An import
    asks for 100,000 points, some 60 towns each: a call per town cost most of the search."""

    def __init__(self, grid: dict[tuple[int, int], list[int]], towns: Sequence[Town]) -> None:
        self.grid: dict[tuple[int, int], list[Any]] = {cell: [cell] for cell in grid}
        self.towns = {
            cell: [(index, *_radians(towns[index].latitude, towns[index].longitude)) for index in members]
            for cell, members in grid.items()
        }

    def search(self, lat: float, lon: float, exclude: int = -1) -> _CellSearch:
        """A point's search (passing over the town `exclude`: the nearest other town)."""
        return _CellSearch(self.towns, *_radians(lat, lon), exclude)


class _CellSearch:
    """One point's search: `cell_km` is the km from the point to a cell's nearest town (the first
    of equals, as `_nearest` keeps the first strictly nearer), as distance_km works it out
    (haversine_km, with each town's radians and cosine worked out once); `town` says which town
    that was. A town whose difference in latitude alone puts it no nearer than the nearest
    found so far is passed over: it could not be strictly nearer, so the search finds the same
    town at the same distance as one that works out every distance."""

    def __init__(
        self,
        towns: dict[tuple[int, int], list[tuple[int, float, float, float]]],
        phi: float,
        lam: float,
        cos_phi: float,
        exclude: int = -1,
    ) -> None:
        self.towns = towns
        self.phi, self.lam, self.cos_phi = phi, lam, cos_phi
        self.exclude = exclude
        self.nearest = math.inf
        self.town: dict[tuple[int, int], int] = {}

    def cell_km(self, cell: tuple[int, int]) -> float:
        phi, lam, cos_phi = self.phi, self.lam, self.cos_phi
        nearest, in_cell = self.nearest, math.inf
        for index, town_phi, town_lam, town_cos in self.towns[cell]:
            # the arc is at least the difference in latitude; the factor absorbs rounding
            if _LATITUDE_KM * abs(town_phi - phi) >= nearest or index == self.exclude:
                continue
            km = haversine_km(phi, lam, cos_phi, town_phi, town_lam, town_cos)
            if km < in_cell:
                in_cell = km
                self.town[cell] = index
                if km < nearest:
                    nearest = km
        self.nearest = nearest
        return in_cell


#: km per radian of latitude, a hair short of the Earth's radius (a lower bound despite rounding).
_LATITUDE_KM = EARTH_RADIUS_KM * (1 - 1e-9)


class _FineCell(NamedTuple):
    """What nearest_town and border_within need for the points of one fine cell: `radius`, the
    farthest a point of the cell lies from its centre; `towns`, (km from the centre, index,
    radians, cosine) of every town that can be nearest to one of its points, nearest the
    centre first; `border`, (radians, cosine) of every neighbour's place within
    `border_reach` + `radius` of the centre, so within `border_reach` of any point of the cell."""

    radius: float
    border_reach: float
    towns: list[tuple[float, int, float, float, float]]
    border: list[tuple[float, float, float]]


def _cells_within(lat: float, lon: float, km: float, limit: int) -> list[tuple[int, int]] | None:
    """The grid cells that reach within `km` of a point (None near a pole, across 180°, or
    where they would be more than `limit`, the cells that hold anything: every cell)."""
    reach_lat = km / 110.0 + _CELL  # a degree of latitude is at least 110 km
    reach_lon = km / (110.0 * max(math.cos(math.radians(min(abs(lat) + reach_lat, 89.9))), 0.01)) + _CELL
    if abs(lat) + reach_lat >= 89.0 or not -180.0 < lon - reach_lon < lon + reach_lon < 180.0:
        return None
    low_i, low_j = _cell(lat - reach_lat, lon - reach_lon)
    high_i, high_j = _cell(lat + reach_lat, lon + reach_lon)
    if (high_i - low_i + 1) * (high_j - low_j + 1) > limit:
        return None
    return [(i, j) for i in range(low_i, high_i + 1) for j in range(low_j, high_j + 1)]


_T = TypeVar("_T")


def _members(grid: Mapping[tuple[int, int], list[_T]], cells: list[tuple[int, int]] | None) -> Iterator[_T]:
    if cells is None:
        for members in grid.values():
            yield from members
    else:
        for cell in cells:
            yield from grid.get(cell, ())


def _nearest_of(towns: list[tuple[int, float, float, float]], lat: float, lon: float) -> tuple[int, float]:
    """(index, km) of the nearest of `towns` (index, radians, cosine); the first of equals."""
    phi, lam, cos_phi = _radians(lat, lon)
    best, best_km = -1, math.inf
    for index, town_phi, town_lam, town_cos in towns:
        km = haversine_km(phi, lam, cos_phi, town_phi, town_lam, town_cos)
        if km < best_km:
            best, best_km = index, km
    return best, best_km


def _radians(lat: float, lon: float) -> tuple[float, float, float]:
    phi = math.radians(lat)
    return phi, math.radians(lon), math.cos(phi)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // _CELL), int(lon // _CELL)


def _grid(points: Sequence[tuple[float, float]] | Sequence[list[float]]) -> dict[tuple[int, int], list[int]]:
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, (lat, lon) in enumerate(points):
        grid[_cell(lat, lon)].append(index)
    return dict(grid)


def _nearest(
    grid: dict[tuple[int, int], list[int]], km: Any, lat: float, lon: float
) -> tuple[int, float] | None:
    """Search rings of cells outwards; stop one ring after the first hit (a cell is ~28 km)."""
    ci, cj = _cell(lat, lon)
    best: tuple[int, float] | None = None
    for ring in range(0, 80):
        cells = [
            (ci + di, cj + dj)
            for di in range(-ring, ring + 1)
            for dj in range(-ring, ring + 1)
            if max(abs(di), abs(dj)) == ring
        ]
        for cell in cells:
            for index in grid.get(cell, ()):
                d = km(index)
                if best is None or d < best[1]:
                    best = (index, d)
        if best is not None and best[1] < ring * _CELL * 111.0 * 0.5:
            return best
    if best is None:  # far from every town (swapped coordinates, 0,0): look at all of them
        indices = [index for members in grid.values() for index in members]
        best = min(((index, km(index)) for index in indices), key=lambda p: p[1], default=None)
    return best


_settings: Settings | None = None


def use_settings(settings: Settings) -> None:
    """Look for gazetteers where `settings` say (the command line calls this once)."""
    global _settings
    if settings != _settings:
        _settings = settings
        load_gazetteer.cache_clear()


def search_dirs() -> list[Path]:
    """Where gazetteers are looked for, first hit wins: the settings' gazetteer folders
    ($SVCMATCH_GAZETTEERS), the user's data folder (where `svcmatch gazetteer build` writes),
    the package."""
    settings = _settings or Settings()
    return [*settings.gazetteer_folders, user_data_dir(), DATA_DIR]


def user_data_dir() -> Path:
    return (_settings or Settings()).gazetteer_folder


def gazetteer_path(alpha2: str) -> Path | None:
    name = f"{alpha2.lower()}.json.gz"
    for folder in search_dirs():
        path = folder / name
        if path.is_file():
            return path
    return None


def _refuse_if_others_can_change(path: Path) -> None:
    """A file of a folder the user named, or of the user's data folder, is read only if no
    other user could have put it there (settings.refuse_if_others_can_change); the package's
    own data folder is as safe as its code."""
    if path.parent != DATA_DIR:
        refuse_if_others_can_change(
            path,
            "the gazetteer file",
            "keep gazetteers in a folder that only you can write (chown, chmod go-w), or leave it out of "
            + GAZETTEERS_ENV,
        )


def has_gazetteer(alpha2: str) -> bool:
    return gazetteer_path(alpha2) is not None


@functools.lru_cache(maxsize=8)
def load_gazetteer(alpha2: str) -> Gazetteer:
    """The gazetteer of a country given as alpha-2; read once per process, each part of the
    file on first use (`parts`)."""
    path = gazetteer_path(alpha2)
    if path is None:
        raise InputError(
            f"no gazetteer for {alpha2}",
            f"build one: svcmatch gazetteer build {alpha2} (needs pip install 'svcmatch[gazetteer]')",
        )
    _refuse_if_others_can_change(path)
    try:
        parts = PartsFile(path.read_bytes(), str(path))
    except (OSError, ValueError, EOFError, zlib.error) as error:
        raise DataError(f"cannot read {path}: {error}", "rebuild or reinstall the data file") from None
    head = parts.head
    if (
        not isinstance(head, dict)
        or head.get("format") not in SUPPORTED_FORMATS
        or head.get("country") != alpha2
    ):
        raise DataError(
            f"{path} is not a gazetteer of {alpha2} in a format this svcmatch reads",
            f"rebuild it: svcmatch gazetteer build {alpha2}",
        )
    return _from_parts(parts, path)


def countries_with_town(key: str, exclude: str = "") -> list[str]:
    """The countries with a gazetteer that have a town of this folded name ('kharkiv' -> UA).
    A folder with a town index is answered from it (towns of INDEX_MIN_POPULATION or more);
    the gazetteers of a folder without one are loaded. A country found in an earlier folder
    hides the same country's file in later ones, as for loading."""
    found: list[str] = []
    seen = {exclude}
    for folder in search_dirs():
        index = town_index(folder)
        naming = _index_naming(folder, index, key) if index is not None else None
        for country in _gazetteer_countries(folder, _mtime(folder)):
            if country in seen:
                continue
            seen.add(country)
            if naming is not None and index is not None and country in index:
                named = country in naming
            else:
                named = key in load_gazetteer(country).names
            if named:
                found.append(country)
    return sorted(found)


@functools.lru_cache(maxsize=16)
def _gazetteer_countries(folder: Path, mtime: int) -> tuple[str, ...]:
    """The countries whose gazetteer file a folder holds, in the order of their files (kept
    while the folder is unchanged: `mtime`)."""
    return tuple(path.name[:2].upper() for path in sorted(folder.glob("??.json.gz")))


def _mtime(folder: Path) -> int:
    try:
        return folder.stat().st_mtime_ns
    except OSError:
        return 0


#: Look-ups in a folder's town index answered by searching each country's text (about 1.5 ms
#: for 200 countries) before the index is turned round once (about 85 ms): an import or a
#: batch asks for hundreds of names, a `locate` for one.
_SEARCHES_BEFORE_INVERTING = 64
_index_searches: dict[Path, int] = {}
#: folder -> (the town index read, turned round)
_inverted: dict[Path, tuple[dict[str, str], dict[str, frozenset[str]]]] = {}


def _index_naming(folder: Path, index: dict[str, str], key: str) -> frozenset[str]:
    """The countries whose entry in the folder's town index (`index`, as `town_index` read
    it) names the town `key`."""
    kept = _inverted.get(folder)
    if kept is not None and kept[0] is index:
        return kept[1].get(key, frozenset())
    searches = _index_searches[folder] = _index_searches.get(folder, 0) + 1
    if searches <= _SEARCHES_BEFORE_INVERTING:
        line = f"\n{key}\n"
        return frozenset(country for country, names in index.items() if line in names)
    found: dict[str, set[str]] = {}
    for country, names in index.items():
        # each name stands between two newlines (a blank line is an empty name, as the search
        # finds it); the text's own first and last newlines border no name
        for name in names[1:-1].split("\n") if len(names) > 1 else ():
            found.setdefault(name, set()).add(country)
    inverted = {name: frozenset(countries) for name, countries in found.items()}
    _inverted[folder] = (index, inverted)
    return inverted.get(key, frozenset())


@functools.cache
def town_index(folder: Path) -> dict[str, str] | None:
    """Country -> its indexed town names, one a line between newlines; None when the folder
    has no readable index (its gazetteers are then loaded)."""
    path = folder / TOWN_INDEX
    if not path.is_file():
        return None
    _refuse_if_others_can_change(path)
    try:
        countries = read_compact(path)["countries"]
    except (DataError, KeyError):
        return None
    if not isinstance(countries, dict):
        return None
    return {str(cc): str(names) for cc, names in countries.items()}


def read_compact(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            document = json.loads(inflate_all(handle.read()))
    except (OSError, ValueError, EOFError, zlib.error) as error:
        raise DataError(f"cannot read {path}: {error}", "rebuild or reinstall the data file") from None
    except RecursionError:
        raise DataError(
            f"cannot read {path}: nested too deeply", "rebuild or reinstall the data file"
        ) from None
    if not isinstance(document, dict):
        raise DataError(f"{path} is not a gazetteer", "rebuild or reinstall the data file")
    return document


def _town(row: list[Any]) -> Town:
    try:
        name, lat, lon, population, region, section = row
        return Town(str(name), float(lat), float(lon), int(population), str(region), bool(section))
    except (TypeError, ValueError, OverflowError):
        raise _damaged_row("town", row) from None


def _point(row: list[Any]) -> tuple[float, float]:
    try:
        return float(row[0]), float(row[1])
    except (TypeError, ValueError, IndexError, KeyError):
        raise _damaged_row("border point", row) from None


def _damaged_row(what: str, row: Any) -> DataError:
    """A row of a gazetteer that a hand or a disk damaged: one line, never a traceback mid-command."""
    return DataError(
        f"a gazetteer is damaged: a {what} reads {str(row)[:80]!r}", "rebuild or reinstall the data file"
    )


def _from_parts(parts: PartsFile, path: Path) -> Gazetteer:
    head = parts.head
    try:
        regions = {c: Region(c, n, t, tuple(ns), la, lo, p) for c, n, t, ns, la, lo, p in head["regions"]}
        subregions = {c: (v[0], v[1]) for c, v in head["subregions"].items()}
        return Gazetteer(
            head["country"],
            head.get("source", ""),
            path,
            parts.rows("towns", _town),
            regions,
            subregions,
            parts.index("names"),
            parts.index("skeletons"),
            parts.rows("border", _point),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise DataError(f"{path} is damaged ({error})", "rebuild or reinstall the data file") from None
