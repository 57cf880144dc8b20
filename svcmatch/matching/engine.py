"""The matcher: a per-directory index by need and grid cell, the ranking search, and `match`."""

from __future__ import annotations

import datetime as dt
import gc
import math
from bisect import insort
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from operator import itemgetter
from typing import TypeVar

from ..errors import InputError, NotFoundError
from ..geo import RegionReading
from ..geo.distance import EARTH_RADIUS_KM
from ..geo.distance import haversine_km as great_circle_km
from ..geo.gazetteer import has_gazetteer, load_gazetteer
from ..geo.region_names import region_name
from ..geo.regions import located_region
from ..languages import language_name
from ..model import Directory, Provider, parse_date, public_views
from ..readings import Reading, place_reading, region_reading, unique
from ..taxonomy import (
    ACCOMMODATION_NEEDS,
    AT_HOME_NEEDS,
    COURSE_NEEDS,
    NEEDS_BY_CODE,
    SETTLED_NEEDS,
    fold,
    stay_need,
)
from .case import Case
from .destination import Destination, resolve_destination, resolve_region_of
from .freshness import capacity_is_fresh
from .grid import Cell, CellWalk, Near, cell_at, cell_min_km, cell_of, cells_by_distance, size_for
from .index import ROUNDING_KM, NeedIndex, Span, run_of
from .plan import Choice, choose_plan, other_stays, reachable_first, residents_first
from .result import (
    MatchResult,
    NearMiss,
    PlanStep,
    ProviderMatch,
    Written,
    json_points,
    km_words,
    rounded,
    whole_km,
)
from .rules import (
    COARSE_KM,
    MEASURED_COARSELY,
    NOT_HOUSED_FAR,
    NOT_HOUSED_THERE,
    NOT_RESIDENT,
    ROUGH_LOCATION,
    Context,
    Entry,
    Point,
    age_warning,
    children_assumed,
    children_return,
    coarse_km,
    decides_unknown,
    failures,
    haversine_km,
    located_roughly,
    no_common_person,
    no_common_words,
    outreach_to_ask,
    regions_of_towns,
    sex_words,
    shelter_not_hers,
    stay_not_hers,
    street_key,
    street_point,
    teaches_her_children,
    unfit_for_stay,
)
from .scoring import (
    CAPACITY_NEEDS,
    DEFAULT_WEIGHTS,
    FULL_DROP,
    LANGUAGE_NEEDS,
    NON_DECISIVE,
    Factor,
    FactorSlots,
    Fields,
    Weights,
    capacity_words,
    case_factors,
    distance_points,
    free_places_known,
    is_full,
    is_stale,
    join_words,
    places_short_words,
    slot_points_besides_distance,
    slots_of,
    speaks_any,
    speaks_words,
    static_points,
    verification_words,
    weighed,
)

#: Near misses listed per need (unmet needs and --explain-excluded).
NEAR_MISS_LIMIT = 5
#: Results the plan chooses among for each need, whatever --top shows.
PLAN_DEPTH = 5
#: When the nearest option for a need is farther than this from where she stays, say so.
FAR_KM = 60.0
#: The order in which near misses are listed: the most actionable first (a call, a
#: coverage exception or a status check can change them; sex and age cannot).
NEAR_MISS_ORDER = (
    "coverage",
    "capacity",
    "status",
    "official_status",
    "max_km",
    "avoid_provider",
    "avoid_region",
    "exploitation",
    "disability",
    "children",
    "unaccompanied",
    "sex",
    "age",
)
#: The rules of a near miss that a call can change (NEAR_MISS_ORDER): the next call when
#: every eligible place is full. Not sex or age, and not the caseworker's own exclusions (a
#: region to avoid is where the traffickers are).
CALLABLE_RULES = frozenset(NEAR_MISS_ORDER) - {"sex", "age", "avoid_provider", "avoid_region"}
_EPS = 1e-9
#: A Hit's points below this: full (FULL_DROP taken away).
_FULL_BELOW = -FULL_DROP / 2
#: The first item of a pair.
_FIRST = itemgetter(0)
#: The second item of a pair.
_SECOND = itemgetter(1)
#: A plan.Choice of (id, points, hit), made as its tuple (its class's __new__ is a Python call).
_choice = partial(tuple.__new__, Choice)
_CACHE_LIMIT = 50_000
#: The points whose measured distances a matcher keeps (Matcher.kms_from): at most one per
#: provider each, a few hundred near each point in a batch.
_KM_ORIGINS = 2048
#: How near its reach a provider's distance must be for the haversine to decide whether it
#: reaches a point (Matcher.reached): a cosine's rounding moves the distance it stands for by
#: under 0.000_1 km at the reaches a directory holds, a thousandth of this.
REACH_MARGIN_KM = 0.1
#: A reach beyond this is always tested by the haversine (near half the Earth's circumference
#: a cosine changes too slowly to tell distances apart).
_COSINE_KM = 5000.0

Broken = list[tuple[str, str]]
SortKey = tuple[float, float, bool, int, bool, tuple[str, ...], str]
K = TypeVar("K")
V = TypeVar("V")


class Origin:
    """Where ranking distances are measured from: the place of return, or, for services,
    where the plan houses her (her accommodation's location; a confidential shelter's
    public cell)."""

    __slots__ = ("anchor", "from_home", "key", "name", "point", "region", "settles_home", "stay", "towns")

    def __init__(
        self,
        point: Point | None,
        name: str,
        key: tuple[float, float],
        anchor: Entry | None,
        stay: Entry | None = None,
    ) -> None:
        self.point = point
        self.name = name
        self.key = key
        self.anchor = anchor  # the accommodation distances are measured from
        self.stay = stay or anchor  # where she stays (0 km), located or not
        #: a region of return: providers in it rank at 0 km, others from its nearest town
        self.region: str | None = None
        self.towns: tuple[Point, ...] = ()
        #: housed at a shelter far from the place of return: she settles there, not here
        #: (`SETTLED_NEEDS` are measured from the place of return)
        self.settles_home = False
        #: the courses she takes after the stay, none near her far shelter (`COURSE_NEEDS`):
        #: measured from the place of return too
        self.from_home: frozenset[str] = frozenset()


class Served:
    """Her services planned from one place to stay (Matcher.serve): what the plan weighs when it
    chooses where she stays."""

    __slots__ = ("_away", "anchor", "gathered", "hits", "housed", "met", "origin", "picks", "stays", "value")

    def __init__(
        self,
        stays: dict[str, Hit],
        anchor: Hit | None,
        origin: Origin,
        hits: dict[str, list[Hit]],
        picks: dict[str, Choice],
        provider_cost: float,
    ) -> None:
        self.stays, self.anchor, self.origin, self.hits, self.picks = stays, anchor, origin, hits, picks
        self._away: frozenset[str] | None = None
        #: the trade-offs of the services kept near the plan's others in a region of return (`_gathered`)
        self.gathered: dict[str, str] = {}
        self.met = len(picks)
        ids, points = set(), 0.0
        for h in stays.values():
            ids.add(h.entry.provider.id)
            points += h.points
        #: the providers of her places to stay
        self.housed = frozenset(ids)
        for c in picks.values():
            ids.add(c.id)
            points += c.points
        # choose_plan's sum, her accommodation counted as a place too: the whole plan's worth
        self.value = points - provider_cost * len(ids)

    def away(self) -> frozenset[str]:
        """The services planned at no place to stay of hers, or not met: those another stay may give."""
        if self._away is not None:
            return self._away
        found = []
        for need in self.hits:  # her services, in her order
            c = self.picks.get(need)
            if c is None or c.id not in self.housed:
                found.append(need)
        self._away = frozenset(found)
        return self._away

    def beats(self, other: Served, provider_cost: float) -> bool:
        """Whether this plan is worth moving her for: it meets more needs, or as many by more than
        one place's worth of points (a stay farther from home for one trip fewer is no gain)."""
        if self.met != other.met:
            return self.met > other.met
        return self.value > other.value + provider_cost + _EPS


class Hit:
    """An eligible provider for a need, with its points (FULL_DROP less when full)."""

    __slots__ = ("decided", "entry", "free", "full", "in_region", "km", "points", "shown_km", "twins")

    def __init__(
        self,
        entry: Entry,
        points: float,
        km: float | None,
        shown_km: float | None,
        in_region: bool,
        free: bool = False,
    ) -> None:
        self.entry = entry
        self.free = free  # free places confirmed in the last 30 days, for a need with places
        self.points = points
        self.km = km  # from the origin; exact, never shown for a confidential shelter
        self.shown_km = shown_km  # what the person sees and what ranks: coarse when confidential
        self.in_region = in_region
        self.full = points < _FULL_BELOW
        self.decided = ""  # which decisive property put it above a nearer result
        self.twins: tuple[str, ...] = ()  # the other records of its service point, not shown

    @property
    def key(self) -> SortKey:
        """Points, then the ties rule: distance, in the region, fresher verification, known free
        places, name, id (so that re-imported records with new ids keep their order)."""
        return _sort_key(self.entry, self.points, self.shown_km, self.in_region, self.free)


def _sort_key(entry: Entry, points: float, shown_km: float | None, in_region: bool, free: bool) -> SortKey:
    verified, name, pid = entry.tie
    return (
        -round(points, 9),
        math.inf if shown_km is None else shown_km,
        not in_region,
        verified,
        not free,
        name,
        pid,
    )


class Facts:
    """What a provider's shown results say whatever the case and need on one date: its
    verification words, stale, its contact, and its case-independent JSON once one is written
    (made once per provider and shared by its needs' `Known`)."""

    __slots__ = ("contact", "stale", "verification", "written")

    def __init__(self, p: Provider, verified: tuple[tuple[str | None, str | None], bool]) -> None:
        self.verification, self.stale = verified
        contact = {
            "focal_point": p.focal_point,
            "phone": p.phone,
            "email": p.email,
            "website": p.website,
            "city": p.city,
        }
        if p.confidential_address:
            del contact["city"]  # a village's name locates a shelter better than its cell
        else:
            contact["address"] = p.address
        self.contact = contact
        #: the JSON of what its shown results say whatever the case and need, once one is written
        self.written = Written()


class Known:
    """The case-independent facts of one provider's result for one need on one date: its
    static factor points (and each factor's points rounded as the JSON shows them), its
    capacity words, and its `Facts` (verification words, stale, contact, written JSON)."""

    __slots__ = ("capacity", "contact", "rounded", "slots", "stale", "verification", "written")

    def __init__(self, p: Provider, need: str, today: dt.date, scoring: Scoring, facts: Facts) -> None:
        self.slots: FactorSlots = slots_of(p, need, today, scoring.weighed(need))
        self.capacity = capacity_words(p, need, today)
        self.verification = facts.verification
        self.stale = facts.stale
        self.contact = facts.contact
        #: the points any factor of its slots can add, rounded to 4 decimals (round is slow):
        #: kept for every provider of the Scoring (a few weights times a few values)
        rounded = scoring.rounded
        self.rounded = rounded
        for _, slot, _ in self.slots:  # (a loop: a comprehension is a function made each time)
            if slot not in rounded:
                rounded[slot] = json_points(slot, 4)
        self.written = facts.written


class Scoring:
    """The case-independent points of each need's providers for one date and one set of
    weights, and each need's bit-mask index in that order (built when first asked for)."""

    def __init__(self, offering: dict[str, list[Entry]], today: dt.date, weights: Weights) -> None:
        self.weights = weights
        self.today = today
        #: the distance points of a provider without a location
        self.unknown_points = distance_points(None, weights)
        self._offering = offering
        self._indexes: dict[str, NeedIndex | None] = {}
        self._known: dict[tuple[str, int], Known] = {}
        #: the factors that apply to each need, with their weights (scoring.weighed)
        self._weighed: dict[str, tuple[tuple[Factor, float], ...]] = {}
        #: a factor's points rounded as the JSON shows them, by points (Known.rounded)
        self.rounded: dict[float, float] = {0.0: 0.0}
        #: each provider's Facts, shared by its needs' Known (by Entry.index)
        self._facts: dict[int, Facts] = {}
        #: (verification_words, is_stale) by verification date: a few hundred dates
        self._verified: dict[dt.date | None, tuple[tuple[str | None, str | None], bool]] = {}
        #: best_points by distance, as far as asked for
        self.reaches: dict[float, float] = {}

    def best_points(self, min_km: float) -> float:
        """The most distance points a provider at least `min_km` away can have (a confidential
        shelter ranks by its distance rounded, up to ROUNDING_KM less), kept per distance."""
        found = self.reaches.get(min_km)
        if found is None:
            found = _remember(
                self.reaches, min_km, distance_points(max(min_km - ROUNDING_KM, 0.0), self.weights)
            )
        return found

    def weighed(self, need: str) -> tuple[tuple[Factor, float], ...]:
        found = self._weighed.get(need)
        if found is None:
            found = self._weighed[need] = weighed(need, self.weights)
        return found

    def known(self, e: Entry, need: str) -> Known:
        """What a shown result says of the provider whatever the case (kept for the next case)."""
        found = self._known.get((need, e.index))
        if found is None:
            facts = self._facts.get(e.index)
            if facts is None:  # one per provider of the directory
                verified_on = e.provider.verified_on
                verified = self._verified.get(verified_on)
                if verified is None:
                    today = self.today
                    verified = (verification_words(verified_on, today), is_stale(verified_on, today))
                    verified = _remember(self._verified, verified_on, verified)
                facts = self._facts[e.index] = Facts(e.provider, verified)
            known = Known(e.provider, need, self.today, self, facts)
            found = _remember(self._known, (need, e.index), known)
        return found

    def index(self, need: str) -> NeedIndex | None:
        if need not in self._indexes:
            active = [e for e in self._offering.get(need, ()) if e.provider.status == "active"]
            base = {e.index: static_points(e.provider, need, self.today, self.weights) for e in active}
            free = (
                {e.index for e in active if free_places_known(e.provider, self.today)}
                if need in CAPACITY_NEEDS
                else set()
            )
            self._indexes[need] = _without_gc(lambda: NeedIndex(need, active, base, free)) if active else None
        return self._indexes[need]


class _Terms:
    """What a case asks of the factors, fixed once per case."""

    __slots__ = ("children", "fields", "needs")

    def __init__(self, case: Case) -> None:
        self.needs = case.needs
        self.children = case.children > 0
        self.fields = Fields(frozenset(case.language), case.exploitation, case.disability)


class Matcher:
    """A directory indexed for matching; build it once (`matcher_for`) and match many cases."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self.entries: list[Entry] = []
        self.by_id: dict[str, Entry] = {}
        self.offering: dict[str, list[Entry]] = {}
        self.all_cells: list[Cell] = []
        _without_gc(self._index_providers)
        self._cells: dict[str, dict[Cell, list[Entry]]] = {}  # every status, for near misses
        self._scorings: dict[tuple[dt.date, Weights], Scoring] = {}
        self._places: dict[tuple[str, str], Destination | InputError] = {}
        self._place_readings: dict[tuple[str, str], tuple[Reading | None]] = {}
        self._points: dict[tuple[float, float], Point] = {}
        self._regions: dict[tuple[str, str], RegionReading] = {}
        self._walks: dict[tuple[float, float], CellWalk] = {}
        self._kms: dict[tuple[float, float], dict[int, float]] = {}
        self._by_cell: dict[Cell, tuple[Near, ...]] = {}
        self._region_orders: dict[str, tuple[Near, ...]] = {}
        self._cell_regions: dict[Cell, set[str]] | None = None
        self._reaching: dict[Cell, list[Entry]] | None = None
        #: the same, each with its reach's cosines and its point on the unit sphere (reached)
        self._reach_tests: dict[Cell, list[tuple[float, float, float, float, float, float, Entry]]] = {}
        self._reached: dict[tuple[float, float], dict[str, list[Entry]]] = {}
        self._farthest = 0.0  # the farthest reach of any provider
        self._towns: dict[str, tuple[Point, ...]] = {}
        self._region_kms: dict[tuple[str, int], float] = {}
        self._region_reached: dict[str, dict[str, list[Entry]]] = {}
        self._service_points: dict[str, dict[tuple[str, str], list[str]]] = {}  # by region
        self._town_regions: dict[str, frozenset[str]] | None = None  # rules.regions_of_towns, when asked
        self._streets: dict[tuple[str, str], list[int]] | None = None  # _by_street, when asked
        #: region code -> the advisory text (directory meta): said wherever the plan puts her
        self.advisories = dict(getattr(directory.info, "advisories", ()) or ())

    def _index_providers(self) -> None:
        # A confidential shelter enters matching without its address and with its location
        # blurred to an ~11 km cell: no distance, --max-km or radius test can trilaterate it.
        self.entries = [Entry(i, p) for i, p in enumerate(public_views(self.directory.providers))]
        self.by_id = {e.provider.id: e for e in self.entries}
        country, read = self.directory.info.country, dict[str, str]()
        #: the grid's cell size (degrees) for this directory's density
        self.grid = size_for(
            (e.provider.latitude, e.provider.longitude)  # type: ignore[misc]
            for e in self.entries
            if e.located
        )
        for e in self.entries:
            e.cell = cell_of(e, self.grid)
            # a region stored otherwise (AL08, Lezhë: a hand edit) is its region's here too, so
            # that an advisory or the region of return finds it (the avoid rule reads it so)
            region = read.get(e.region)
            if region is None:
                region = read[e.region] = located_region(e.region, country) or e.region
            e.region = region
            for need in e.categories:
                self.offering.setdefault(need, []).append(e)
        self.all_cells = sorted({e.cell for e in self.entries if e.located})

    # --- cached work -------------------------------------------------------------------------

    def scoring(self, today: dt.date, weights: Weights) -> Scoring:
        key = (today, weights)
        found = self._scorings.get(key)
        if found is None:
            if len(self._scorings) >= 4:
                self._scorings.clear()
            found = self._scorings[key] = Scoring(self.offering, today, weights)
        return found

    def destination(self, country: str, query: str) -> Destination:
        """The resolved place of return; a place that does not resolve is remembered too (a
        batch repeats its bad names, and each failed look-up costs a fuzzy search)."""
        found = _cached(self._places, (country, query), lambda: _place_or_error(query, country))
        if isinstance(found, InputError):
            raise InputError(found.message, found.hint)
        return found

    def avoided_region(self, country: str, query: str) -> RegionReading:
        return _cached(self._regions, (country, query), lambda: resolve_region_of(query, country))

    def cell_order(self, key: tuple[float, float]) -> CellWalk:
        """Every grid cell that holds a provider, nearest first from the point (latitude,
        longitude) = key, with a lower bound of its distance (worked out as far as read)."""
        found = self._walks.get(key)
        if found is None:
            home = cell_at(*key, self.grid)
            by_cell = _cached(self._by_cell, home, lambda: cells_by_distance(home, self.all_cells, self.grid))
            found = _cached(self._walks, key, lambda: CellWalk(key[0], key[1], by_cell, self.grid))
        return found

    def kms_from(self, key: tuple[float, float]) -> dict[int, float]:
        """The distances measured from the point (latitude, longitude) = key, by Entry.index:
        a batch ranks from a few hundred places of return and places to stay, each many times,
        and reads the same providers near each (kept for _KM_ORIGINS points at most)."""
        found = self._kms.get(key)
        if found is None:
            if len(self._kms) >= _KM_ORIGINS:
                self._kms.clear()
            found = self._kms[key] = {}
        return found

    def reached(self, key: tuple[float, float], point: Point | None) -> dict[str, list[Entry]]:
        """The providers whose radius or outreach reaches the point (latitude, longitude) =
        key, by need, kept per point: only the cells near enough are read."""
        if point is None:
            return {}
        found = self._reached.get(key)
        if found is None:
            self.reaching()
            tests = self._reach_tests
            hits: defaultdict[str, list[Entry]] = defaultdict(list)
            lat_r, lon_r, cos_lat = point.lat_r, point.lon_r, point.cos_lat
            # the point on the unit sphere: a provider's reach is first told by the cosine of
            # its angle (a dot product, no call); only one within REACH_MARGIN_KM of its reach
            # either way is measured by the haversine, which alone decides as before
            px, py, pz = cos_lat * math.cos(lon_r), cos_lat * math.sin(lon_r), math.sin(lat_r)
            for min_km, cell in self.cell_order(key):
                if min_km > self._farthest:
                    break
                for reach, inside, outside, x, y, z, e in tests.get(cell, ()):
                    if reach < min_km:
                        break  # the rest of the cell reaches less far
                    cosine = px * x + py * y + pz * z
                    if cosine >= inside or (
                        cosine > outside
                        and reach >= great_circle_km(lat_r, lon_r, cos_lat, e.lat_r, e.lon_r, e.cos_lat)
                    ):
                        for need in e.categories:
                            hits[need].append(e)
            found = _remember(self._reached, key, dict(hits))
        return found

    def reaching(self) -> dict[Cell, list[Entry]]:
        """The located providers with a radius or outreach, per grid cell, farthest reach first."""
        if self._reaching is None:
            self._reaching = {}
            for e in sorted(self.entries, key=lambda e: -e.reach_km):
                if e.located and e.reach_km > 0:
                    self._reaching.setdefault(e.cell, []).append(e)
            self._farthest = max((cell[0].reach_km for cell in self._reaching.values()), default=0.0)
            self._reach_tests = {
                cell: [(e.reach_km, *_reach_cosines(e.reach_km), *_unit_vector(e), e) for e in entries]
                for cell, entries in self._reaching.items()
            }
        return self._reaching

    def reached_for(self, ctx: Context) -> dict[str, list[Entry]]:
        """The providers whose radius or outreach reaches the place of return, by need."""
        dest = ctx.destination
        return self.region_reached(ctx) if dest.kind == "region" else self.reached_for_point(ctx)

    def region_reached(self, ctx: Context) -> dict[str, list[Entry]]:
        """The providers whose radius or outreach reaches a region of return, by need: those
        located in it, and those reaching one of its towns (from its centre when the country has
        no gazetteer); `rules.covers` reads a region the same way. Kept per region."""
        dest = ctx.destination
        found = self._region_reached.get(dest.region)
        if found is None:
            towns = self.region_towns(ctx.case.country, dest.region)
            hits: dict[str, list[Entry]] = {}
            if not towns:
                for need, entries in self.reached_for_point(ctx).items():
                    hits[need] = list(entries)
            town_cells: dict[Cell, list[Point]] = {}
            grid = self.grid
            for t in towns:
                town_cells.setdefault(cell_at(math.degrees(t.lat_r), math.degrees(t.lon_r), grid), []).append(
                    t
                )
            for cell, entries in self.reaching().items():
                near = [(cell_min_km(cell, c, grid), points) for c, points in town_cells.items()]
                near = [(bound, points) for bound, points in near if bound <= entries[0].reach_km]
                for e in entries:
                    if e.region == dest.region or any(
                        bound <= e.reach_km
                        and any(haversine_km(t, e.lat_r, e.lon_r, e.cos_lat) <= e.reach_km for t in points)
                        for bound, points in near
                    ):
                        for need in e.categories:
                            hits.setdefault(need, []).append(e)
            found = self._region_reached[dest.region] = hits
        return found

    def reached_for_point(self, ctx: Context) -> dict[str, list[Entry]]:
        """The providers whose radius or outreach reaches the point of return, by need."""
        dest = ctx.destination
        return self.reached((dest.latitude or 0.0, dest.longitude or 0.0), ctx.point)

    def place_km(self, ctx: Context, e: Entry) -> float | None:
        """How far the provider is from the place of return as the hard rules read it (coverage,
        --max-km): from a region of return, from its town nearest to the provider."""
        if not e.located:
            return None
        dest = ctx.destination
        if dest.kind == "region":
            towns = self.region_towns(ctx.case.country, dest.region)
            if towns:
                return self.region_km(dest.region, towns, e)
        return None if ctx.point is None else haversine_km(ctx.point, e.lat_r, e.lon_r, e.cos_lat)

    def region_cell_order(self, region: str, towns: tuple[Point, ...]) -> tuple[Near, ...]:
        """Every grid cell that holds a provider, nearest first from a region of return: 0 km
        for a cell holding a provider recorded in the region (it ranks as if there), else a
        lower bound of the distance from the region's nearest town."""
        found = self._region_orders.get(region)
        if found is None:
            if self._cell_regions is None:
                self._cell_regions = {}
                for e in self.entries:
                    if e.located:
                        self._cell_regions.setdefault(e.cell, set()).add(e.region)
            in_region = self._cell_regions
            grid = self.grid
            town_cells = {cell_at(math.degrees(t.lat_r), math.degrees(t.lon_r), grid) for t in towns}
            found = self._region_orders[region] = tuple(
                sorted(
                    (0.0 if region in in_region[c] else min(cell_min_km(t, c, grid) for t in town_cells), c)
                    for c in self.all_cells
                )
            )
        return found

    def blocks(
        self, index: NeedIndex, origin: Origin, scoring: Scoring, limit: float | None
    ) -> Iterator[tuple[Span, float]]:
        """The runs of the need's providers in the order the search reads them, each with the
        most distance points any of its providers can have, never increasing: grid cells
        nearest first from the origin, and the providers without a location where their
        points for an unknown distance come (with a limit they are never within it)."""
        unlocated_span = index.unlocated
        unlocated = unlocated_span[0] < unlocated_span[1] and limit is None
        stay = origin.stay
        # 0 km: she stays at one without a location, or one recorded in the region of return
        # ranks as in it (thirteenth caseworker pass: it ranked as 'distance unknown', 50 km)
        unknown = 0.0 if origin.region or (stay is not None and not stay.located) else scoring.unknown_points
        spans = index.spans
        cells: Sequence[Near]
        walk: CellWalk | None = None
        if origin.region:
            cells = self.region_cell_order(origin.region, origin.towns)
        elif origin.point is not None:
            walk = self.cell_order(origin.key)
            cells = walk.found  # read as it grows (the walk's own iterator costs a layer)
        else:  # nothing to measure from: every distance is unknown
            if unlocated:
                yield unlocated_span, unknown
            for every in spans.values():
                yield every, scoring.unknown_points
            return
        # from the place of return, a cell wholly beyond the limit holds nobody within it
        beyond = limit if limit is not None and origin.anchor is None and not origin.region else math.inf
        reaches = scoring.reaches  # best_points, as far as worked out
        read = 0
        while read < len(cells) or (walk is not None and walk.release()):
            min_km, cell = cells[read]
            read += 1
            if min_km > beyond:
                return
            span = spans.get(cell)
            if span is None:
                continue
            reach = reaches.get(min_km)
            if reach is None:
                reach = scoring.best_points(min_km)
            if unlocated and reach < unknown:
                unlocated = False
                yield unlocated_span, unknown
            yield span, reach
        if unlocated:
            yield unlocated_span, unknown

    def need_cells(self, need: str) -> dict[Cell, list[Entry]]:
        """The providers of a need (every status) by grid cell."""
        found = self._cells.get(need)
        if found is None:
            found = self._cells[need] = {}
            for e in self.offering.get(need, ()):
                if e.located:
                    found.setdefault(e.cell, []).append(e)
        return found

    # --- matching ----------------------------------------------------------------------------

    def match(
        self,
        case: Case,
        *,
        weights: Weights | None = None,
        today: dt.date | None = None,
        explain_excluded: bool = False,
        every_record: bool = False,
    ) -> MatchResult:
        weights = weights or DEFAULT_WEIGHTS
        today = today or dt.date.today()
        ctx = self.context(case)
        scoring = self.scoring(today, weights)
        terms = _Terms(case)
        depth = max(case.top, PLAN_DEPTH)
        home = self.home(ctx)
        hits: dict[str, list[Hit]] = {}
        chosen: dict[str, Hit] = {}
        # Where she stays comes first: accommodation is ranked from the place of return and
        # the plan takes each accommodation need's first result that is not full.
        for need in case.needs:
            if need in ACCOMMODATION_NEEDS:
                hits[need] = self.rank(need, ctx, scoring, terms, home, depth)
                for h in hits[need]:  # its first not full (a loop: a generator is a function made)
                    if not h.full:
                        chosen[need] = h if h.entry.reachable else _reachable_stay(hits[need], h)
                        break
        # (loops, not comprehensions, below: Python 3.11 makes a function for each comprehension
        # it runs, about 20 a case in this method before; the same values in the same order)
        services = []
        for need in case.needs:
            if need not in ACCOMMODATION_NEEDS:
                services.append(need)
        served = self.serve(chosen, services, case, ctx, scoring, terms, home, depth, weights)
        stay = stay_need(chosen)
        housed_instead = ""
        if stay is not None and services:
            # the place to stay weighed by what it does to her services: the few other stays the
            # distance rule allows that give a service she would go elsewhere for (plan.other_stays)
            first = served
            would_serve = partial(_serves_better, first, case, terms)
            short = partial(_too_few_places, stay, case.children, scoring.today)
            for other in other_stays(hits[stay][:PLAN_DEPTH], chosen[stay], far_beyond, would_serve):
                if short(other) and not short(chosen[stay]):
                    # a family never leaves a stay with room for one known this month too small
                    # for them, for its daycare (the verifier's fewstay, session twenty-nine)
                    continue
                housed = {**chosen, stay: other}
                tried = self.serve(housed, services, case, ctx, scoring, terms, home, depth, weights)
                if _fixes(tried, first, other, terms) and tried.beats(served, weights.plan_provider_cost):
                    served = tried
            if served is not first:
                housed_instead = _housed_instead(stay, served, first, home, terms)
                chosen[stay] = served.stays[stay]
        origin, anchor = served.origin, served.anchor
        hits.update(served.hits)
        stay_provider = anchor.entry.provider if anchor is not None else None
        for need, choice in served.picks.items():
            chosen[need] = choice.hit
        at_provider: dict[str, list[str]] = {}
        for need in case.needs:
            if need in chosen:
                at_provider.setdefault(chosen[need].entry.provider.id, []).append(need)
        # the far-away warning's 'nearest' must be the nearest, whatever rank it reached: where
        # every result searched is far, a nearer one below them is looked for (`nearer`)
        far: dict[str, Hit | None] = {}
        nearer: dict[str, Hit] = {}
        for need in hits:  # accommodation first, as searched (the warnings' order)
            far[need] = nearest = _nearest_if_far(hits[need])
            if nearest is not None and _in_town_of_return(
                chosen.get(need), ctx.destination, origin, home, need
            ):
                far[need] = nearest = None
            if nearest is not None and nearest.shown_km is not None and len(hits[need]) >= depth:
                need_origin = _measured_from(need, origin, home)
                found = self.nearer_than(need, ctx, scoring, need_origin, nearest.shown_km)
                if found is not None and found.shown_km is not None:
                    nearer[need] = found
                    far[need] = found if found.shown_km > FAR_KM else None
        passed_over: dict[str, str] = {}
        for need in services:
            # near ones the plan passed over as unfit for her accommodation (unknown age or sex)
            # leave the far-away warning to the nearest that fits (sixteenth caseworker pass)
            below = nearer.get(need)
            pick = chosen.get(need)
            fits = _far_for_the_stay(need, hits[need], below, case, stay_provider, pick)
            if fits is None and not _usable_near(pick):  # or past a confidential shelter not hers
                searched = [*hits[need], *([below] if below else ())]
                measured = _measured_from(need, origin, home)
                fits = self.past_not_hers(need, ctx, scoring, measured, searched, stay_provider, at_provider)
            if fits is not None:
                far[need], passed_over[need] = fits
        ranked: dict[str, tuple[ProviderMatch, ...]] = {}
        for need in case.needs:
            need_origin = _measured_from(need, origin, home)
            records = hits[need] if every_record else _one_per_service_point(hits[need], chosen.get(need))
            if len(records) < case.top <= len(hits[need]):
                # records held twice took places the search filled: search deeper for the rest
                depth_more = len(hits[need]) + case.top - len(records)
                same = {h.entry.provider.id: h for h in hits[need]}  # the plan's own Hit, kept
                deeper = self.rank(need, ctx, scoring, terms, need_origin, depth_more)
                records = _one_per_service_point(
                    [same.get(h.entry.provider.id, h) for h in deeper], chosen.get(need)
                )
            shown = _shown(records, case.top, chosen.get(need), need, terms, nearer.get(need))
            presented = []  # (a loop: a generator is a function made per need)
            for rank, hit in shown:
                presented.append(self.present(hit, rank, need, ctx, terms, scoring, need_origin, at_provider))
            ranked[need] = tuple(presented)
        steps, not_chosen = [], []
        for need in case.needs:
            if need in chosen:
                step = _plan_step(
                    need,
                    chosen[need],
                    hits[need],
                    _measured_from(need, origin, home),
                    at_provider,
                    chosen[need].points,  # never full: its points are its score
                    terms,
                    stay_provider if need in services else None,
                    case,
                )
                if need in served.gathered:
                    step = PlanStep(
                        step.need, step.id, step.name, step.score, step.alternatives, served.gathered[need]
                    )
                if need == stay and housed_instead:
                    step = PlanStep(
                        step.need, step.id, step.name, step.score, step.alternatives, housed_instead
                    )
                steps.append(step)
            else:
                not_chosen.append(need)
        plan, unmet = tuple(steps), tuple(not_chosen)
        pools: dict[str, list[NearMiss]] = {}
        for need in case.needs:
            if explain_excluded or need in unmet:
                pool = self.near_pool(need, ctx, _measured_from(need, origin, home))
                pools[need] = self.said_full(need, pool, today)
        for need in case.needs:
            # a place to stay found only far away, or a service only far from where it is measured
            # from (her accommodation, or the place of return): the near misses within FAR_KM are
            # calls (the shelters of her town that do not record taking children; a clinic beside her
            # shelter covering its town, not the place of return, where coverage is judged; the
            # registry of her own town that needs official status: twenty-fourth caseworker pass,
            # the screener's FA, where she was housed nowhere or the need is one done at home)
            if need in pools or far[need] is None:
                continue
            near_origin = _measured_from(need, origin, home)
            pools[need] = self.said_full(need, self.near_pool(need, ctx, near_origin, FAR_KM), today)
        near_misses: dict[str, tuple[NearMiss, ...]] = {}
        for need, pool in pools.items():
            pools[need] = pool = self.one_per_service_point(pool)
            actionable = _most_actionable(pool)
            if actionable:
                near_misses[need] = actionable
        reasons = {}
        for need in unmet:
            measured = _measured_from(need, origin, home)
            reasons[need] = self.unmet_sentence(need, ctx, pools[need], hits[need], measured, today)
        return MatchResult(
            case=case,
            destination=ctx.destination,
            needs=ranked,
            plan=plan,
            unmet=unmet,
            unmet_reasons=reasons,
            near_misses=near_misses,
            directory=self.directory.info,
            today=today,
            weights=weights,
            warnings=tuple(self.case_warnings(ctx, ranked, far, chosen, origin, home, passed_over)),
            readings=self.readings(case, ctx.destination),
        )

    def serve(
        self,
        stays: dict[str, Hit],
        services: list[str],
        case: Case,
        ctx: Context,
        scoring: Scoring,
        terms: _Terms,
        home: Origin,
        depth: int,
        weights: Weights,
    ) -> Served:
        """Her services planned from where `stays` (the accommodation chosen, by need) house her."""
        stay = stay_need(stays)
        anchor = stays[stay] if stay is not None else None
        origin = home
        support = anchor is not None and _support_where_she_returns(stay, anchor)
        if anchor is not None and not support:
            located = anchor.entry.located
            origin = self.anchored(anchor.entry) if located else self.unanchored(ctx, anchor.entry)
            origin.settles_home = stay == "shelter" and _housed_far(anchor)
        hits: dict[str, list[Hit]] = {}
        for need in services:
            hits[need] = self.rank(need, ctx, scoring, terms, _measured_from(need, origin, home), depth)
            if (
                origin.settles_home
                and need in COURSE_NEEDS
                and self.only_far(need, ctx, scoring, origin, hits[need])
            ):
                origin.from_home |= {need}  # taken after the stay, where she settles
                hits[need] = self.rank(need, ctx, scoring, terms, home, depth)
        ids = []
        for h in stays.values():
            ids.append(h.entry.provider.id)
        used = frozenset(ids)
        stay_provider = anchor.entry.provider if anchor is not None else None
        options: dict[str, list[Choice]] = {}
        for need in services:
            choices = []
            for h in hits[need][:PLAN_DEPTH]:
                if not h.full:
                    choices.append(_choice((h.entry.provider.id, h.points, h)))
            kept = reachable_first(_for_residents(_not_elsewhere(choices, need, stays), stays), far_beyond)
            fitting = _fitting(kept, need, case, stay_provider)
            options[need] = _near_unrecorded(fitting, need, terms)
        # housed far from the place of return, family support (for her family, where it lives) is
        # no place she goes: its first option, never joined to her services to keep her to one place;
        # nor are a job and a business where she settles after a far shelter
        housed_far = _housed_far(anchor) and not support
        apart, goes_to = [], []
        for need in services:
            if housed_far and _measured_from(need, origin, home) is home:
                apart.append(need)
            else:
                goes_to.append(need)
        picks = choose_plan(goes_to, options, weights.plan_provider_cost, used)
        picks.update(choose_plan(apart, options, 0.0))
        served = Served(stays, anchor, origin, hits, picks, weights.plan_provider_cost)
        if origin.region and origin.anchor is None:
            served.gathered = _gathered(picks, options, origin.region, origin.point, terms, weights)
        return served

    def home(self, ctx: Context) -> Origin:
        dest = ctx.destination
        origin = Origin(ctx.point, dest.name, (dest.latitude or 0.0, dest.longitude or 0.0), None)
        if dest.kind == "region":
            towns = self.region_towns(ctx.case.country, dest.region)
            if towns:
                origin.region, origin.towns = dest.region, towns
        return origin

    def region_towns(self, country: str, region: str) -> tuple[Point, ...]:
        """The gazetteer's towns of a region (none when the country has no gazetteer)."""
        found = self._towns.get(region)
        if found is None:
            towns = load_gazetteer(country).towns if has_gazetteer(country) else []
            found = self._towns[region] = tuple(
                Point(t.latitude, t.longitude) for t in towns if t.region == region
            )
        return found

    def region_km(self, region: str, towns: tuple[Point, ...], e: Entry) -> float:
        """From the region's town nearest to the provider (how --max-km reads a region)."""
        key = (region, e.index)
        found = self._region_kms.get(key)
        if found is None:
            found = min(haversine_km(town, e.lat_r, e.lon_r, e.cos_lat) for town in towns)
            if len(self._region_kms) >= _CACHE_LIMIT:
                self._region_kms.clear()
            self._region_kms[key] = found
        return found

    def unanchored(self, ctx: Context, e: Entry) -> Origin:
        """Her accommodation has no known location: distances from the place of return."""
        origin = self.home(ctx)
        origin.stay = e
        return origin

    def anchored(self, e: Entry) -> Origin:
        p = e.provider
        latitude, longitude = p.latitude or 0.0, p.longitude or 0.0
        return Origin(Point(latitude, longitude), p.name, (latitude, longitude), e)

    def readings(self, case: Case, dest: Destination) -> tuple[Reading, ...]:
        """Every input of the case read other than exactly (svcmatch.readings)."""
        (to,) = _cached(
            self._place_readings, (case.country, case.to), lambda: (place_reading("to", case.to, dest),)
        )
        read = [*case.readings, to]
        for q in case.avoid_region:
            read.append(region_reading("avoid_region", self.avoided_region(case.country, q)))
        found = []
        for r in read:  # (loops: a comprehension is a function made per case)
            if r is not None:
                found.append(r)
        return unique(found)

    def context(self, case: Case) -> Context:
        country = self.directory.info.country
        if country and case.country != country.upper():
            raise InputError(
                f"the case is for {case.country} but the directory is {country}'s",
                f"use the {case.country} directory or --country {country}",
            )
        dest = self.destination(case.country, case.to)
        for pid in case.avoid_provider:  # (a loop: a comprehension is a function made per case)
            if pid not in self.by_id:
                raise NotFoundError(
                    f"avoid_provider: no provider {pid!r} in the directory",
                    "check the id with `svcmatch directory list`",
                )
        point = None
        if dest.latitude is not None and dest.longitude is not None:
            latitude, longitude = dest.latitude, dest.longitude
            point = _cached(self._points, (latitude, longitude), lambda: Point(latitude, longitude))
        avoid_regions = (
            frozenset(self.avoided_region(case.country, q).code for q in case.avoid_region)
            if case.avoid_region
            else frozenset()
        )
        # each record of an avoided service point is avoided (thirteenth caseworker pass)
        twins = self.twins(case.avoid_provider) if case.avoid_provider else None
        town_avoided = self.town_avoided(avoid_regions) if avoid_regions else None
        # (asked only of a case that avoids a provider, as twins is)
        unsaid = self.at_shelters_address(case.avoid_provider) if case.avoid_provider else frozenset()
        avoid_ids = frozenset(case.avoid_provider)
        return Context(case, dest, point, avoid_regions, avoid_ids, twins, town_avoided, unsaid)

    def town_avoided(self, avoid: frozenset[str]) -> dict[str, str]:
        """The records stored under another region than their town's whose town lies in a region
        to avoid, with that region (`rules.regions_of_towns`, read once per directory: eighteenth
        caseworker pass, a shelter in Tirana stored under Lezhë was planned under --avoid-region
        Tirana)."""
        if self._town_regions is None:
            self._town_regions = regions_of_towns(self.entries, self.directory.info.country)
        return {pid: min(regions & avoid) for pid, regions in self._town_regions.items() if regions & avoid}

    def twins(self, ids: Iterable[str]) -> dict[str, str]:
        """The other records of the service points of `ids` (`rules.service_point`: one name in
        one town, a record held twice), each with the id it shares its point with. Avoiding one
        avoids the place: the plan housed a person who refused a shelter at its second record."""
        given = [i for i in ids if i in self.by_id]  # one removed since a saved match: none
        found = {
            other: given_id
            for given_id in given
            for other in self._points_in(self.by_id[given_id].region).get(
                self.by_id[given_id].service_point(), ()
            )
            if other not in given
        }
        # and the public records at its street address, under another name (sixteenth
        # adversarial pass: 'Strehëza Shpresa' was planned at the refused 'Shelter Hope''s)
        streets = {key: i for i in given if (key := street_point(self.by_id[i].provider)) is not None}
        if streets:  # in the directory's order, as every entry was once read here (200 ms a case
            # of 10,000 providers: twentieth adversarial pass)
            records, at = self.directory.providers, self._by_street()
            for index, street in sorted((index, key) for key in streets for index in at.get(key, ())):
                other = records[index]
                if not other.confidential_address and other.id not in given:
                    found.setdefault(other.id, streets[street])
        return found

    def _by_street(self) -> dict[tuple[str, str], list[int]]:
        """The positions of the directory's records by street address in their town
        (`rules.street_key`, a confidential shelter's too), worked out on first use."""
        if self._streets is None:
            self._streets = {}
            for index, p in enumerate(self.directory.providers):
                if (key := street_key(p)) is not None:
                    self._streets.setdefault(key, []).append(index)
        return self._streets

    def at_shelters_address(self, ids: Iterable[str]) -> frozenset[str]:
        """The records that share a street address with a record of `ids` where one of the two
        is a confidential shelter, read from the directory (matching's view of a shelter has no
        address): the public records at an avoided shelter's address, and the shelters at an
        avoided public record's. Avoided with it, as the plan sent her who refused the shelter
        to the same building under its public name (twentieth adversarial pass), and never
        named (`Context.unsaid`): which one stands at the other's address would give the address."""
        given = set(ids)
        if not given:
            return frozenset()
        found: set[str] = set()
        records, at = self.directory.providers, self._by_street()
        for p in (records[self.by_id[i].index] for i in given if i in self.by_id):
            if (key := street_key(p)) is not None:
                found.update(
                    q.id
                    for q in map(records.__getitem__, at.get(key, ()))
                    if q.id not in given and q.confidential_address != p.confidential_address
                )
        return frozenset(found)

    def _points_in(self, region: str) -> dict[tuple[str, str], list[str]]:
        """The service points of the providers of a region (as read: AL08 is AL-08), each with its
        records' ids; worked out on first use, for that region only (one point is one town's, or
        a confidential shelter's region)."""
        found = self._service_points.get(region)
        if found is None:
            found = self._service_points[region] = {}
            for e in self.entries:
                if e.region == region:
                    found.setdefault(e.service_point(), []).append(e.provider.id)
        return found

    def rank(
        self, need: str, ctx: Context, scoring: Scoring, terms: _Terms, origin: Origin, top: int
    ) -> list[Hit]:
        """The best `top` eligible providers for the need, by distance from `origin`.

        The candidates (covered and eligible, from the need's bit masks) are read cell by cell,
        nearest cell first (`blocks`); within a cell, split by the case factors they earn, best
        static points first. A group is left as soon as not even the cell's best distance and
        the group's factors could lift its next provider above the top-th, and the search
        ends at the first cell where no provider of the need could.
        """
        index = scoring.index(need)
        #: the top k found so far, in the order of Hit.key (a Hit made only for one kept)
        hits: list[Hit] = []
        if index is None:
            return hits
        candidates = index.covering(ctx, self.reached_for)
        candidates &= index.eligible(ctx)
        if not candidates:
            return hits
        memo = _searches.kept
        if memo is not None:  # a batch's run: the same search asked again is answered as before
            # everything the search reads besides the need's index: the candidates (coverage
            # and eligibility), the case factors' fields, where distances are measured from
            # (and, with a limit from an accommodation, the place the limit is read from), the
            # region of return (ties), the limit and the depth
            fields_, stay, dest, limit = terms.fields, origin.stay, ctx.destination, ctx.case.max_km
            searched = (
                self,
                scoring,
                need,
                candidates,
                fields_.languages,
                fields_.exploitation,
                fields_.disability,
                None if origin.point is None else origin.key,
                origin.region,
                None if stay is None else stay.index,
                origin.anchor is None,
                limit,
                top,
                dest.region,
                None
                if limit is None or origin.anchor is None
                else (dest.kind, dest.latitude, dest.longitude),
            )
            found = memo.get(searched)
            if found is not None:
                for h in found:  # new Hits (the plan notes on its own): the same values
                    hits.append(Hit(h.entry, h.points, h.km, h.shown_km, h.in_region, h.free))
                return hits
        data = candidates.to_bytes(index.size_bytes, "little")
        weights = scoring.weights
        bonuses = _bonus_runs(index, terms, weights)
        most = sum(map(_FIRST, bonuses))  # (no generator: one is a function made per search)
        best = index.top_base + most
        limit = ctx.case.max_km
        region = ctx.destination.region
        order, base, located, frees = index.order, index.base, index.located, index.free
        lats, lons, coss = index.lat_r, index.lon_r, index.cos_lat
        point = origin.point
        here = point is not None  # distances from a point (else from a region, or none known)
        lat_here, lon_here, cos_here = (
            (point.lat_r, point.lon_r, point.cos_lat) if point is not None else (0.0, 0.0, 0.0)
        )
        by_region, stay = origin.region, origin.stay
        kms = self.kms_from(origin.key) if here else {}
        floor = -math.inf  # what a provider's points must reach to be kept: the k-th's, once k
        # distance_points and index.run_of are written out in the loop below (the same
        # operations in the same order): it runs for each of a case's ~50 candidates and cells
        w_distance, scale = weights.distance, weights.distance_scale_km
        unknown_points = scoring.unknown_points
        for span, reach in self.blocks(index, origin, scoring, limit):
            if best + reach < floor:
                break  # no later cell can do better
            first = span[0]
            if base[first] + most + reach < floor:
                continue  # not even the cell's best (its first) could
            run = (int.from_bytes(data[span[2] : span[3]], "little") >> span[4]) & span[5]
            if not run:
                continue
            groups: list[tuple[float, tuple[float, ...], int]] = [(0.0, (), run)]
            for points, members in bonuses:
                earners = (int.from_bytes(members[span[2] : span[3]], "little") >> span[4]) & span[5]
                split: list[tuple[float, tuple[float, ...], int]] = []
                for bonus, earned, group in groups:
                    earning = group & earners
                    if earning:
                        split.append((bonus + points, (*earned, points), earning))
                    if earning != group:
                        split.append((bonus, earned, group ^ earning))
                groups = split
            if len(groups) > 1:
                groups.sort(key=_FIRST, reverse=True)  # most bonus first, ties as split (stable)
            for bonus, earned, group in groups:
                ceiling = reach + bonus
                while group:
                    low = group & -group
                    group ^= low
                    i = first + low.bit_length() - 1
                    if base[i] + ceiling < floor:
                        break
                    e = order[i]
                    km: float | None
                    if by_region and located[i]:
                        to_region = self.region_km(by_region, origin.towns, e)
                        km = 0.0 if e.region == by_region else to_region
                        if limit is not None and to_region > limit:
                            continue
                    elif here and located[i]:
                        km = kms.get(e.index)
                        if km is None:
                            km = kms[e.index] = great_circle_km(
                                lat_here, lon_here, cos_here, lats[i], lons[i], coss[i]
                            )
                    elif by_region and e.region == by_region and limit is None:
                        km = 0.0  # recorded in the region of return, without a location: in it
                    else:
                        km = None
                    if limit is not None:
                        if by_region:
                            if km is None:
                                continue  # no known location: not known to be within the limit
                        else:
                            to_dest = km if origin.anchor is None else self.place_km(ctx, e)
                            if to_dest is None or to_dest > limit:
                                continue
                    shown: float | None = km
                    if e is stay:
                        km = shown = 0.0  # she is there
                    elif km is not None and e.confidential and not (by_region and km == 0):
                        shown = float(coarse_km(km))
                    if shown is None:
                        points = base[i] + unknown_points
                    else:
                        points = base[i] + -w_distance * math.log2(1.0 + shown / scale)
                    if points + bonus < floor:
                        continue
                    for pts in earned:
                        points += pts
                    # kept if it ranks among the top k (`free`: free places known, for a need
                    # with places: they break ties); written here, a call per candidate cost more
                    if points < floor:
                        continue
                    in_region, free = e.region == region, frees[i]
                    at = len(hits)
                    while at:  # from the k-th up, while it ranks before the one above it
                        other = hits[at - 1]
                        apart = points - other.points
                        # points further apart than _APART order the two as their rounded keys would
                        if apart > _APART or (
                            apart >= -_APART and _sort_key(e, points, shown, in_region, free) < other.key
                        ):
                            at -= 1
                        else:
                            break
                    if at >= top:
                        continue
                    hits.insert(at, Hit(e, points, km, shown, in_region, free))
                    if len(hits) > top:
                        del hits[top:]
                    if len(hits) >= top:
                        floor = hits[-1].points - _EPS
        if memo is not None:
            if len(memo) >= SEARCHES_KEPT:
                memo.popitem(last=False)
            memo[searched] = tuple(hits)  # a Hit's values are never changed, only its notes
        return hits

    def nearer_than(
        self,
        need: str,
        ctx: Context,
        scoring: Scoring,
        origin: Origin,
        than: float,
        skip: Callable[[Entry], bool] | None = None,
    ) -> Hit | None:
        """The nearest eligible provider of the need that is not full, if one is nearer than
        `than` km from `origin` (measured as `rank` measures: 0 km in a region of return, a
        confidential shelter rounded); None when none is. For the far-away warning, whose
        'nearest' must be true whatever ranks the search reached: a provider speaking none of
        her languages next door ranks below five speakers 130 km away. Called only when every
        result searched is far, so it reads the cells nearest first and stops at `than`. `skip`:
        providers that are no option for her (a confidential shelter where she does not stay)."""
        index = scoring.index(need)
        if index is None:
            return None
        candidates = index.covering(ctx, self.reached_for) & index.eligible(ctx)
        if not candidates:
            return None
        data = candidates.to_bytes(index.size_bytes, "little")
        limit = ctx.case.max_km
        by_region, stay = origin.region, origin.stay
        point = origin.point
        order, base, located = index.order, index.base, index.located
        best: tuple[float, SortKey, int, float | None] | None = None  # shown km, ties, bit, km
        # The distance below is rank()'s inner loop read once more (rank keeps it inline: it runs
        # for every candidate of every case). A change to how rank measures is made here too;
        # tests/test_matching_oracle.py's far-away property fails where the two disagree.
        for span, reach in self.blocks(index, origin, scoring, limit):
            bound = than if best is None else best[0]
            if reach < distance_points(bound, scoring.weights) - _EPS:
                break  # every later cell is farther (by more than a rounding) than the bound
            first = span[0]
            run = run_of(data, span)
            while run:
                low = run & -run
                run ^= low
                i = first + low.bit_length() - 1
                if base[i] < -FULL_DROP / 2:
                    continue  # full (the far-away warning does not count it)
                e = order[i]
                if skip is not None and skip(e):
                    continue
                km: float | None
                if not located[i]:
                    # no known distance, but where she stays, or in the region of return, without
                    # a location: 0 km, as rank reads it (with a limit, neither is within it)
                    if limit is not None or not (e is stay or (by_region and e.region == by_region)):
                        continue
                    km = 0.0
                elif by_region:
                    to_region = self.region_km(by_region, origin.towns, e)
                    km = 0.0 if e.region == by_region else to_region
                    if limit is not None and to_region > limit:
                        continue
                elif point is not None:
                    km = haversine_km(point, e.lat_r, e.lon_r, e.cos_lat)
                    if limit is not None:
                        to_dest = km if origin.anchor is None else self.place_km(ctx, e)
                        if to_dest is None or to_dest > limit:
                            continue
                else:
                    continue
                shown = km
                if e is stay:
                    km = shown = 0.0
                elif e.confidential and not (by_region and km == 0):
                    shown = float(coarse_km(km))
                if shown >= than:
                    continue
                key = _sort_key(e, 0.0, shown, e.region == ctx.destination.region, False)
                if best is None or (shown, key) < best[:2]:
                    best = (shown, key, i, km)
        if best is None:
            return None
        shown, key, i, km = best
        e = order[i]
        points = base[i] + distance_points(shown, scoring.weights)
        free = need in CAPACITY_NEEDS and free_places_known(e.provider, scoring.today)
        return Hit(e, points, km, shown, e.region == ctx.destination.region, free)

    def only_far(
        self, need: str, ctx: Context, scoring: Scoring, origin: Origin, need_hits: list[Hit]
    ) -> bool:
        """Whether every result not full is farther than FAR_KM from `origin` (the far-away
        warning's test, the nearest looked for below the results searched as it is)."""
        nearest = _nearest_if_far(need_hits)
        if nearest is None or nearest.shown_km is None:
            return False
        if len(need_hits) < max(ctx.case.top, PLAN_DEPTH):
            return True  # every eligible result was searched
        found = self.nearer_than(need, ctx, scoring, origin, nearest.shown_km)
        return found is None or found.shown_km is None or found.shown_km > FAR_KM

    def past_not_hers(
        self,
        need: str,
        ctx: Context,
        scoring: Scoring,
        origin: Origin,
        found: list[Hit],
        stay: Provider | None,
        at_provider: Mapping[str, list[str]],
    ) -> tuple[Hit, str] | None:
        """The far-away warning of a service whose nearest option is a confidential shelter where
        she does not stay (`rules.shelter_not_hers`), which the plan passes over: the nearest
        option she can use, wherever it ranks (looked for below `found`, the results searched, so
        that --top changes nothing), and why the nearer one is not it; None when that one is not
        the nearest, or one she can use is within FAR_KM, or none is located. Nineteenth
        caseworker pass: housed in Benin City, her medical care was planned 365 km away in Abuja,
        and nothing warned: the Edo safe house ~10 km away counted as her near option."""
        known = [h for h in found if not h.full and h.shown_km is not None]
        housed_at = _housed_at(at_provider)
        nearest = min(known, key=lambda h: h.shown_km or 0.0, default=None)
        if nearest is None or not shelter_not_hers(nearest.entry.provider, need, housed_at):
            return None

        def no_option(e: Entry) -> bool:
            p = e.provider
            return shelter_not_hers(p, need, housed_at) or unfit_for_stay(p, need, ctx.case, stay) is not None

        usable = [h for h in known if not no_option(h.entry)]
        best = min(usable, key=lambda h: h.shown_km or 0.0, default=None)
        than = best.shown_km if best is not None and best.shown_km is not None else math.inf
        below = self.nearer_than(need, ctx, scoring, origin, than, no_option)
        best = below if below is not None else best
        if best is None or best.shown_km is None or best.shown_km <= FAR_KM:
            return None
        return best, f"{nearest.entry.provider.name} {NOT_HERS}"

    def present(
        self,
        hit: Hit,
        rank: int,
        need: str,
        ctx: Context,
        terms: _Terms,
        scoring: Scoring,
        origin: Origin,
        at_provider: dict[str, list[str]],
    ) -> ProviderMatch:
        p = hit.entry.provider
        known = scoring.known(hit.entry, need)
        others = slot_points_besides_distance(known.slots, p, terms.fields)
        distance = distance_points(hit.shown_km, scoring.weights)
        factors = {"distance": json_points(distance, 4)}
        for name, points in others.items():
            factors[name] = known.rounded[points]
        km_home = hit.km if origin.anchor is None else self.place_km(ctx, hit.entry)
        reasons, warnings = _explain(hit, need, ctx, known, origin, km_home)
        if (
            p.confidential_address
            and need not in ACCOMMODATION_NEEDS
            and shelter_not_hers(p, need, _housed_at(at_provider))
        ):
            warnings.insert(0, NOT_HOUSED_THERE)  # first, as the package says it
        elif (
            origin.anchor is not None
            and hit.shown_km is not None
            and hit.shown_km > FAR_KM
            and stay_not_hers(p, need, _housed_at(at_provider))
        ):
            warnings.insert(0, NOT_HOUSED_FAR)  # another home far away: its care is for its residents
        region = hit.entry.region  # its stored region read (AL08 is AL-08)
        if self.advisories and region in self.advisories and region != ctx.destination.region:
            warnings.append(f"in {_region_words(region)}, under an advisory: see the warnings")
        coarse = p.confidential_address and origin.stay is not hit.entry  # about, from its public area
        shown_km = _shown_km(hit.shown_km, coarse)
        about = coarse and shown_km is not None
        if shown_km is not None and not coarse and origin.stay is not hit.entry and _secret_stay(origin):
            # from a confidential accommodation's public cell (~11 km wide) a distance is about
            # too: its whole km, as the table says it ("3.6 km" read as from where she stays)
            shown_km, about = whole_km(shown_km), True
        covered = at_provider.get(p.id)
        if covered is None or need not in covered:
            covered = [need]
            for n in terms.needs:  # (a loop: a generator is a function made per result)
                if n != need and n not in ACCOMMODATION_NEEDS and n in hit.entry.categories:
                    covered.append(n)
        # given by position, in the order of its fields: 19 keywords cost about 10,000 machine
        # instructions a call more (about 2% of a batch's case)
        shown = ProviderMatch(
            need,
            rank,
            p.id,
            p.name,
            sum([distance, *others.values()]),  # score: as slot_points' values add up
            shown_km,  # distance_km
            about,  # distance_coarse
            tuple(covered),  # needs_covered
            tuple(reasons),
            tuple(warnings),
            dict(known.contact),
            p.confidential_address,
            p.documents_required,
            p.how_to_refer,
            p.region,
            known.stale,
            factors,
            hit.full,
            _distance_from(origin),
        )
        shown.__dict__["_written"] = known.written  # its case-independent JSON (no field)
        return shown

    def case_warnings(
        self,
        ctx: Context,
        ranked: dict[str, tuple[ProviderMatch, ...]],
        far: dict[str, Hit | None],
        chosen: dict[str, Hit],
        origin: Origin,
        home: Origin,
        passed_over: Mapping[str, str] | None = None,
    ) -> list[str]:
        """What the caseworker must see about the case as a whole (the `warnings` list; `far`:
        each need's nearest option when it is far away, else None; `passed_over`: why nearer
        ones do not fit her accommodation, where `far` names the nearest that does)."""
        dest, case = ctx.destination, ctx.case
        found: list[str] = []
        # first, as the package's "To check" says it: the return itself is where the traffickers are
        if dest.region in ctx.avoid_regions and dest.kind == "region":  # not a place in it
            found.append(
                f"the region of return, {dest.region_name} ({dest.region}), is a region you asked to avoid"
            )
        elif dest.region in ctx.avoid_regions:
            found.append(
                f"the place of return, {dest.name}, lies in {dest.region_name} ({dest.region}), "
                "a region you asked to avoid"
            )
        for code, text in advisories_for(self.directory, dest.region):
            found.append(f"advisory for {dest.region_name} ({code}): {text}")
        if case.avoid_provider:
            for other, given in self.twins(case.avoid_provider).items():
                name = self.by_id[other].provider.name
                if self.by_id[other].service_point() == self.by_id[given].service_point():
                    found.append(
                        f"{other} ({name}) is avoided too: the same service point as {given}, recorded twice "
                        "in the directory"
                    )
                else:  # only its street address is the avoided one's: another service there, or the
                    # same under another name (session 28's Q1: "recorded twice" of a shelter and
                    # the clinic in its building could make an office delete a real record)
                    found.append(
                        f"{other} ({name}) is avoided too: it has the same street address as {given}, "
                        "and may be the same place under another name"
                    )
        other_places = alternative_advisories(self.directory, dest)
        for place, code, name, text in other_places:
            found.append(
                f"'{dest.query}' may also name {place} in {name} ({code}), under an advisory: {text}"
            )
        if self.advisories:  # where the plan puts her is a return there too
            for need in case.needs:
                hit = chosen.get(need)
                if hit is None or hit.entry.region not in self.advisories or hit.entry.region == dest.region:
                    continue
                at = [n for n in case.needs if n in chosen and chosen[n].entry is hit.entry]
                if at[0] == need:  # once per provider, naming every need it takes
                    found.append(
                        f"advisory for {_region_words(hit.entry.region)}, where the plan puts "
                        f"{join_words([_label(n) for n in at])} at {hit.entry.provider.name}: "
                        f"{self.advisories[hit.entry.region]}"
                    )
        if self.advisories:  # a shown result says "under an advisory: see the warnings": here
            planned = {chosen[n].entry.region for n in case.needs if n in chosen}
            shown = ((self.by_id[m.id].region, m.name) for need in case.needs for m in ranked.get(need, ()))
            said = {*planned, dest.region, *(code for _, code, _, _ in other_places)}  # given above
            for code, names in shown_under_advisories(shown, self.advisories, said):
                found.append(
                    f"advisory for {_region_words(code)}, the region of {join_words(names)}: "
                    f"{self.advisories[code]}"
                )
        if children_assumed(case.children, case.needs) and not ACCOMMODATION_NEEDS.isdisjoint(case.needs):
            stays = [_label(n) for n in case.needs if n in ACCOMMODATION_NEEDS]
            found.append(
                "childcare is asked, so children return with the person (the case does not say how many: "
                f"--children): {join_words(stays)} {'are' if len(stays) > 1 else 'is'} planned only where "
                "accompanying children are taken"
            )
        # another place of that name in a region to avoid: she may mean it (thirteenth
        # adversarial pass; an advisory of such a place is said above, since the tenth)
        avoided = (
            {code: (place, name) for place, code, name in dest.alternatives if code in ctx.avoid_regions}
            if ctx.avoid_regions
            else {}
        )
        for code, (place, name) in avoided.items() if dest.kind != "region" else ():
            if code != dest.region:
                found.append(
                    f"'{dest.query}' may also name {place} in {name} ({code}), a region you asked to "
                    "avoid: make sure which place the person returns to"
                )
        if case.exploitation is None:
            restricting = sorted(
                {
                    m.name
                    for matches in ranked.values()
                    for m in matches
                    if self.by_id[m.id].provider.exploitation_types
                }
            )
            if restricting:
                found.append(
                    "the form of exploitation is not given, and "
                    + join_words(restricting)
                    + (" handles" if len(restricting) == 1 else " handle")
                    + " only some forms: ask the person before referring"
                )
        in_plan = []
        for need in case.needs:  # (loops: a comprehension is a function made per case)
            if need in chosen:
                in_plan.append((need, chosen[need].entry.provider))
        for clash in no_common_person(case.sex, case.age, in_plan, children_return(case)):
            found.append(no_common_words(*clash))
        for need, nearest in far.items():  # accommodation first, as the needs were searched
            if nearest is not None:
                p = nearest.entry.provider
                km = _shown_km(nearest.shown_km, p.confidential_address)
                measured = _measured_from(need, origin, home)
                away = _away(km, p.confidential_address).removesuffix(" away")
                if measured.region and measured.anchor is None:
                    where = f"{away} outside the region of return ({dest.region_name})"
                elif _secret_stay(measured):
                    secret = f"({measured.name}, address confidential)"
                    where = f"{_from_accommodation(away, measured, False)} {secret}"
                else:
                    where = f"{away} from {_where(measured)}"
                moved = ""
                stay = chosen.get(need)
                # only where her services were measured from it: a stay without a location
                # leaves them measured from the place of return (nothing to move back)
                if stay is not None and stay.entry is origin.anchor:
                    moved = self._services_moved(ctx, stay, origin, home, chosen)
                elif stay is not None and _support_where_she_returns(need, stay):
                    moved = _support_words(stay, home)
                unfit = (passed_over or {}).get(need, "")
                # a mobile team or outreach may come to her: to her place of return, or, housed
                # elsewhere, to her accommodation where it covers the whole country
                comes = ""
                if measured.anchor is None:
                    comes = outreach_to_ask(nearest.entry, ctx)
                elif nearest.entry.national:
                    comes = outreach_to_ask(nearest.entry, ctx, "the whole country")
                found.append(
                    f"the only {_label(need)} options are far away: the nearest, {p.name}, "
                    f"is {where}{comes}{moved}" + (f"; nearer, {unfit}" if unfit else "")
                )
        apart = _apart_in_region(case, dest, origin, chosen)
        if apart:
            found.append(apart)
        interpreter = interpreter_words(case, chosen)
        if interpreter:
            found.append(interpreter)
        return found

    def _services_moved(
        self, ctx: Context, stay: Hit, origin: Origin, home: Origin, chosen: Mapping[str, Hit]
    ) -> str:
        """Where the plan houses her far away, her services are planned near there: said after
        the far-away warning of the need where she stays, with how to plan them near the place
        of return (a service's '1 km from the accommodation' hid a move of 286 km). Only the
        services the plan meets near her accommodation (within FAR_KM): an unmet one is planned
        nowhere, and one whose only options are far from it has its own far-away warning."""
        case, dest = ctx.case, ctx.destination
        services = [
            n
            for n in case.needs
            if _measured_from(n, origin, home) is origin
            and n in chosen
            and (km := chosen[n].shown_km) is not None
            and km <= FAR_KM
        ]
        if not services:
            return ""
        p = stay.entry.provider
        far = _away(_shown_km(stay.shown_km, p.confidential_address), p.confidential_address)
        far = far.removesuffix(" away")
        if home.region and home.anchor is None:
            where = f"{far} outside the region of return ({dest.region_name})"
        else:
            where = f"{far} from {dest.name}"
        moved = (
            f"; the plan houses the person at {p.name}, {where}, and plans "
            f"{join_words([_label(n) for n in services])} near there"
        )
        if dest.region in ctx.avoid_regions:
            # her own region avoided (thirteenth caseworker pass): no advice to plan them there
            return moved
        accommodation = join_words([_label(n) for n in case.needs if n in ACCOMMODATION_NEEDS])
        # a region is not a place one is near: 'to plan them near Autonomous Republic of Crimea'
        in_region = dest.kind == "region"
        near = f"in the region of return ({dest.region_name})" if in_region else f"near {dest.name}"
        return f"{moved}: to plan them {near}, match them without {accommodation}"

    def near_pool(
        self, need: str, ctx: Context, origin: Origin, within: float | None = None
    ) -> list[NearMiss]:
        """The nearest providers offering the need that break exactly one hard rule, nearest
        first (at most NEAR_MISS_LIMIT × 4), from which the near misses are chosen: measured
        as the need's results are (a service from her accommodation, where she goes to it);
        the rules read the distance from the place of return (Matcher.place_km). `within`:
        only those at most that far (the near ones of a need whose results are all far away:
        the calls beside where she stays; read from the nearest cells only)."""
        found: list[tuple[float, str, NearMiss]] = []
        pool = NEAR_MISS_LIMIT * 4 if within is None else NEAR_MISS_LIMIT
        home = self.home(ctx)
        anchor = origin.point if origin.anchor is not None else None
        from_cell = _secret_stay(origin)  # distances from a confidential shelter's public cell: about
        if ctx.point is not None:
            cells = self.need_cells(need)
            order: Iterable[Near]
            if anchor is not None:
                order = self.cell_order(origin.key)
            elif home.region:  # as its results are: 0 in the region, else from its nearest town
                order = self.region_cell_order(home.region, home.towns)
            else:
                order = self.cell_order((ctx.destination.latitude or 0.0, ctx.destination.longitude or 0.0))
            for min_km, cell in order:
                if len(found) >= pool and min_km - COARSE_KM > found[pool - 1][0]:
                    break
                if within is not None and min_km - COARSE_KM > within:
                    break
                for e in cells.get(cell, ()):
                    km = self.place_km(ctx, e)
                    if anchor is not None:
                        at = e is origin.stay
                        shown = 0.0 if at else haversine_km(anchor, e.lat_r, e.lon_r, e.cos_lat)
                        _add_near_miss(
                            found,
                            e,
                            need,
                            ctx,
                            km,
                            shown,
                            not at,
                            limit_from_return=True,
                            from_cell=from_cell,
                        )
                    else:
                        inside = _in_region(home, e)
                        _add_near_miss(found, e, need, ctx, km, 0.0 if inside else km, not inside)
        if within is None:
            for e in self.offering.get(need, ()):
                if ctx.point is None or not e.located:
                    # one recorded in the region of return is in it, as its results are
                    inside = anchor is None and _in_region(home, e) and ctx.case.max_km is None
                    _add_near_miss(found, e, need, ctx, None, 0.0 if inside else None, False)
        measured = _distance_from(origin)
        misses = [miss for km, _, miss in found[:pool] if within is None or km <= within]
        if measured != "destination":
            misses = [replace(m, distance_from=measured) for m in misses]
        stay = origin.anchor
        if stay is not None and stay.region and stay.region != ctx.destination.region:
            # coverage is read at the place of return (a hard rule), but a service covering
            # where she stays is one to call: say so, or "outside its coverage" reads as "no"
            there = (
                f"outside its coverage; it covers {_region_words(stay.region)}, where the accommodation is"
            )
            misses = [
                replace(m, detail=there)
                if m.rule == "coverage" and stay.region in self.by_id[m.id].regions
                else m
                for m in misses
            ]
        if stay is not None and anchor is not None:
            # a radius or outreach that reaches where she stays, not the place of return: a call too
            place = (
                f"the region of return ({ctx.destination.region_name})"
                if ctx.destination.kind == "region"
                else ctx.destination.name
            )
            misses = [
                replace(m, detail=f"outside its coverage; it reaches the accommodation, not {place}")
                if m.rule == "coverage" and m.detail == "outside its coverage" and self._reaches(m.id, anchor)
                else m
                for m in misses
            ]
        return misses

    def one_per_service_point(self, misses: list[NearMiss]) -> list[NearMiss]:
        """The near misses with one record of each service point (the same name in the same town,
        `rules.service_point`) that misses for the same reason: its freshest record, where the
        first of them stood. Fifteenth caseworker pass: on the AL sample a man returning to
        Shkodër with his children was shown "Example Family Shelter Kukes" and "Example Family
        Shelter Kukës", one house, as two of his five near misses. Records that miss for other
        reasons stay (an avoided provider, and its twin "the same service point as ...")."""
        best: dict[tuple[tuple[str, str], str, str], NearMiss] = {}
        for miss in misses:
            key = (self.by_id[miss.id].service_point(), miss.rule, miss.detail)
            held = best.get(key)
            if held is None or self.by_id[miss.id].tie < self.by_id[held.id].tie:
                best[key] = miss
        return list(dict.fromkeys(best[(self.by_id[m.id].service_point(), m.rule, m.detail)] for m in misses))

    def _reaches(self, provider_id: str, point: Point) -> bool:
        e = self.by_id[provider_id]
        return e.located and e.reach_km > 0 and haversine_km(point, e.lat_r, e.lon_r, e.cos_lat) <= e.reach_km

    def said_full(self, need: str, misses: list[NearMiss], today: dt.date) -> list[NearMiss]:
        """A near miss that is full as well (0 free places confirmed in the last 30 days) says
        so: it is no call to make first, with or without an exception to its rule."""
        if need not in CAPACITY_NEEDS:
            return misses
        found = []
        for miss in misses:
            p = self.by_id[miss.id].provider
            if is_full(p, need, today):
                miss = replace(miss, detail=f"{miss.detail}; it is full too ({_no_places(p)})")
            found.append(miss)
        return found

    def unmet_sentence(
        self,
        need: str,
        ctx: Context,
        misses: list[NearMiss],
        need_hits: list[Hit],
        origin: Origin,
        today: dt.date,
    ) -> str:
        """Why nothing can take the need: every eligible one is full (named), the nearest near
        miss (`misses`, nearest first; at one distance the most actionable), or why nothing is
        near; distances as the need's results have them (`origin`)."""
        label = _label(need)
        full = [h for h in need_hits[:PLAN_DEPTH] if h.full]  # as many whatever --top shows
        if full:
            # one house held twice is one call: named once, its other records with it
            named = join_words([_full_words(hits) for hits in _by_service_point(full)])
            home = self.home(ctx)
            # a near miss with room (beyond --max-km, a rule to ask about) is the next call, before
            # anything beyond the directory
            room = [
                m
                for m in misses
                if m.rule in CALLABLE_RULES and not is_full(self.by_id[m.id].provider, need, today)
            ]
            said = f"every eligible {label} provider is full: {named}; call them"
            if not room:
                return f"{said}, or look beyond the directory"
            miss = min(room, key=_nearest_then_actionable)
            e = self.by_id[miss.id]
            where = _place_words(miss.distance_km, miss.distance_coarse, e, home, origin, ctx.destination)
            return f"{said}, or the nearest near miss, {miss.name}, {where}, {_but(miss.detail)}"
        home = self.home(ctx)
        if misses:
            miss = min(misses, key=_nearest_then_actionable)
            if miss.distance_km is None:  # none has a known distance: none is 'nearest'
                return _unplaced_sentence(label, misses, miss, ctx.case.max_km)
            e = self.by_id[miss.id]
            where = _place_words(miss.distance_km, miss.distance_coarse, e, home, origin, ctx.destination)
            said = f"nearest {label} is {miss.name}, {where}, {_but(miss.detail)}"
            if miss.rule in CALLABLE_RULES:
                return said
            # a door no call opens (a girls' home for a boy): the nearest a call may open too,
            # as when every eligible place is full (fourteenth caseworker pass)
            callable_misses = [
                m
                for m in misses
                if m.rule in CALLABLE_RULES
                and m.distance_km is not None
                and not is_full(self.by_id[m.id].provider, need, today)
            ]
            if not callable_misses:
                return said
            call = min(callable_misses, key=_nearest_then_actionable)
            e = self.by_id[call.id]
            where = _place_words(call.distance_km, call.distance_coarse, e, home, origin, ctx.destination)
            return f"{said}; the nearest a call can change is {call.name}, {where}, {_but(call.detail)}"
        closest = self._closest_offering(need, ctx, home, origin)
        if closest is None:
            return f"no active provider in the directory offers {label}"
        e, km, broken = closest
        exact = _in_region(home, e) or (origin.anchor is not None and e is origin.stay)
        coarse = e.provider.confidential_address and km is not None
        shown = _shown_km(float(coarse_km(km)) if coarse and km is not None and not exact else km, coarse)
        where = _place_words(shown, coarse, e, home, origin, ctx.destination)
        but = _but(join_words([words for _, words in broken]))
        return f"nearest {label} is {e.provider.name}, {where}, {but}"

    def _closest_offering(
        self, need: str, ctx: Context, home: Origin, origin: Origin
    ) -> tuple[Entry, float | None, Broken] | None:
        """The provider of the need that breaks the fewest rules, nearest first (never an
        inactive one: it is not a service any more), with its distance as results show it."""
        best: tuple[tuple[int, float, str], Entry, float | None, Broken] | None = None
        anchor = origin.point if origin.anchor is not None else None
        for e in self.offering.get(need, ()):
            if e.provider.status == "inactive" or e.provider.id in ctx.unsaid:
                continue
            km = self.place_km(ctx, e)
            broken = failures(e, need, ctx, km)
            if anchor is not None:
                broken = _limit_from_return(broken, e, ctx, km)
                at = e is origin.stay
                km = 0.0 if at else (haversine_km(anchor, e.lat_r, e.lon_r, e.cos_lat) if e.located else None)
            elif _in_region(home, e):
                km = 0.0
            key = (len(broken), math.inf if km is None else km, e.provider.id)
            if best is None or key < best[0]:
                best = (key, e, km, broken)
        return None if best is None else best[1:]


_NEAR_MISS_RANK = {rule: i for i, rule in enumerate(NEAR_MISS_ORDER)}
#: The rules of a near miss that no call changes (a men's shelter will not take her): shown last.
_NO_CALL_RULES = frozenset({"sex", "age"})


def _most_actionable(pool: list[NearMiss]) -> tuple[NearMiss, ...]:
    """The near misses shown: near ones first, each group most actionable first (NEAR_MISS_ORDER).

    Of the nearest (`pool`, nearest first) they are chosen near ones first: a miss beyond
    FAR_KM (as the far-away warning counts) is no call to make before one near her, so four
    coverage misses 100-300 km away do not crowd out the men's shelter next door that breaks
    only its exploitation list. The nearest of all (which an unmet reason names) is always
    among them. They are shown in the order they were chosen in, but a sex or an age (which no
    call changes) last: a coverage miss 394 km away is no call to make before the shelter 1 km
    away that does not record taking children (sixteenth caseworker pass)."""
    shown = sorted(pool, key=_near_then_actionable)[:NEAR_MISS_LIMIT]
    if pool:
        nearest = min(pool, key=_nearest_then_actionable)
        if nearest not in shown:
            shown[-1] = nearest
    shown.sort(key=_shown_order)  # stable: the pool's nearest-first order breaks ties
    return tuple(shown)


def _actionable(miss: NearMiss) -> int:
    return _NEAR_MISS_RANK.get(miss.rule, len(NEAR_MISS_ORDER))


def _near_then_actionable(miss: NearMiss) -> tuple[bool, int]:
    return miss.distance_km is None or miss.distance_km > FAR_KM, _actionable(miss)


def _shown_order(miss: NearMiss) -> tuple[bool, bool, int]:
    return (miss.rule in _NO_CALL_RULES, *_near_then_actionable(miss))


def _nearest_then_actionable(miss: NearMiss) -> tuple[float, int]:
    return math.inf if miss.distance_km is None else miss.distance_km, _actionable(miss)


def advisories_for(directory: Directory, region: str) -> list[tuple[str, str]]:
    """The directory's advisories (meta `advisories`) that cover this region."""
    found = getattr(directory.info, "advisories", ()) or ()
    return [(code, text) for code, text in found if code == region] if found else []


def alternative_advisories(directory: Directory, dest: Destination) -> list[tuple[str, str, str, str]]:
    """(place, region code, region name, advisory) for each other region that the name of
    the place of return may mean (`dest.alternatives`: Pervomaisk of Luhansk Oblast where the
    largest, of Mykolaiv Oblast, was taken) and that is under an advisory, once per region:
    the caseworker who meant that place must see it as for the place taken."""
    advisories = dict(getattr(directory.info, "advisories", ()) or ())
    seen = {dest.region}
    found = []
    for place, code, name in dest.alternatives:
        if code not in seen and code in advisories:
            found.append((place, code, name, advisories[code]))
        seen.add(code)
    return found


def shown_under_advisories(
    shown: Iterable[tuple[str, str]], advisories: Mapping[str, str], said: set[str]
) -> list[tuple[str, list[str]]]:
    """(region, names of the shown results there) for each region under an advisory where a
    shown result (region, name) lies, in the order they are shown, but those already `said`
    (the place of return's, where the plan puts her): each such result says "under an
    advisory: see the warnings", and the warnings must then give it (tenth adversarial pass)."""
    regions: dict[str, list[str]] = {}
    for code, name in shown:
        if code in advisories and code not in said:
            names = regions.setdefault(code, [])
            if name not in names:
                names.append(name)
    return list(regions.items())


@lru_cache(maxsize=64)
def _region_words(code: str) -> str:
    """'AL-08' -> 'Lezhë (AL-08)' (the code alone when it names no region)."""
    try:
        return f"{region_name(code)} ({code})"
    except InputError:
        return code


def _in_region(home: Origin, e: Entry) -> bool:
    """Whether the provider is in the region of return that `home` (a region) names."""
    return home.region is not None and e.region == home.region


def _place_words(
    km: float | None, coarse: bool, e: Entry, home: Origin, origin: Origin, dest: Destination
) -> str:
    """Where a provider is, as the need's results say it: '3 km from the accommodation', 'at the
    accommodation', 'in the region of return (Kukës)', '25 km outside the region of return
    (Kukës)', '14 km away'."""
    if origin.anchor is not None and km is not None:
        if e is origin.stay:
            return "at the accommodation"
        return _from_accommodation(_away(km, coarse).removesuffix(" away"), origin, coarse)
    if home.region is None or km is None:
        return _away(km, coarse)
    if _in_region(home, e):
        return f"in the region of return ({dest.region_name})"
    return f"{_away(km, coarse).removesuffix(' away')} outside the region of return ({dest.region_name})"


def _distance_from(origin: Origin) -> str:
    """What distance_km is measured from: her accommodation, the region of return (0 inside
    it, else from its nearest town) or the place of return."""
    if origin.anchor is not None:
        return "accommodation"
    return "region" if origin.region else "destination"


def _label(need: str) -> str:
    return NEEDS_BY_CODE[need].label.lower() if need in NEEDS_BY_CODE else need


def interpreter_words(case: Case, chosen: Mapping[str, Hit]) -> str:
    """The case's warning where the plan puts counselling, legal aid, medical care or case
    management at providers that record languages, none of them hers: "medical care and legal
    aid are planned at X and Y, which speak none of the person's languages (Rohingya): arrange an
    interpreter" ('' when none). Twelfth caseworker pass: each result said "speaks none of the
    person's languages", and nothing said that the plan needs an interpreter (DOMAIN.md: without
    one, such a service is of little use). One that records no languages has its own check."""
    if not case.language:
        return ""
    needs = []
    for n in case.needs:  # (a loop: a comprehension is a function made per case)
        if (
            n in LANGUAGE_NEEDS
            and n in chosen
            and chosen[n].entry.languages
            and not speaks_any(case.language, chosen[n].entry.languages)
        ):
            needs.append(n)
    if not needs:
        return ""
    names = list(dict.fromkeys(chosen[n].entry.provider.name for n in needs))
    verb = "is" if len(needs) == 1 else "are"
    which = "which speaks" if len(names) == 1 else "which speak"
    spoken = join_words([language_name(c) for c in case.language])
    return (
        f"{join_words([_label(n) for n in needs])} {verb} planned at {join_words(names)}, {which} none of "
        f"the person's languages ({spoken}): arrange an interpreter"
    )


def _where(origin: Origin) -> str:
    return f"the accommodation ({origin.name})" if origin.anchor is not None else origin.name


def _secret_stay(origin: Origin) -> bool:
    """Whether distances are measured from a confidential shelter's public area (its ~11 km
    cell), not from the shelter: they are then about, not exact."""
    return origin.anchor is not None and origin.anchor.provider.confidential_address


def _from_accommodation(km_text: str, origin: Origin, coarse: bool) -> str:
    """'3 km from the accommodation'; from a confidential shelter's public area, 'about 3 km from
    the accommodation': '3 km' read as from the shelter, which may be anywhere in its ~11 km cell
    (a provider's own coarse distance says 'about' already)."""
    if coarse or not _secret_stay(origin):
        return f"{km_text} from the accommodation"
    about = "" if km_text.startswith(("under", "about")) else "about "
    return f"{about}{km_text} from the accommodation"


def _away(km: float | None, coarse: bool) -> str:
    if km is None:
        return "distance unknown"
    # as the table and the reasons show it (a whole km), never a tenth more precise
    return f"about {km:g} km away" if coarse else f"{km_words(km)} away"


def _limit_from_return(broken: Broken, e: Entry, ctx: Context, km: float | None) -> Broken:
    """A broken --max-km, where the distance shown is from her accommodation, with the distance
    the limit was measured by (from the place of return; from a region of return, from its
    town nearest to the provider): "4 km from the accommodation, beyond the limit of 10 km"
    read as a contradiction; "13 km from Shkodër, beyond the limit of 10 km" does not."""
    if km is None:
        return broken
    limit = ctx.case.max_km
    if e.confidential:
        far = f"about {coarse_km(km)} km"
    elif limit is not None and whole_km(km) <= limit:  # "1 km ..., beyond the limit of 1 km"
        far = f"{math.ceil(km * 10) / 10:g} km"
    else:
        far = km_words(km)
    dest = ctx.destination
    if dest.kind != "region":
        where = f"{far} from {dest.name}"
    elif e.region == dest.region:
        where = f"{far} from the nearest town of the region of return ({dest.region_name})"
    else:
        where = f"{far} outside the region of return ({dest.region_name})"
    return [(rule, f"{where}, {words}" if rule == "max_km" else words) for rule, words in broken]


def _housed_far(stay: Hit | None) -> bool:
    """Whether the plan houses her more than FAR_KM from the place of return. Seventeenth
    caseworker pass: housed ~460 km from Oujda, her childcare was planned at the Oujda family
    support service that took her family support, "to keep the person to one place", 78 km
    farther from her shelter than the nearer daycare."""
    return stay is not None and stay.shown_km is not None and stay.shown_km > FAR_KM


def _support_where_she_returns(stay: str | None, hit: Hit) -> bool:
    """Whether the plan's place to stay is housing from a provider that is no shelter, more than
    FAR_KM from the place of return: rent support or a reintegration fund's grant, paid where she
    lives, as likely as a flat where it is (the record cannot tell), and her services are not moved
    to its town on that guess: they are planned from the place of return, where she returns, as
    where the plan houses her nowhere (twenty-fourth caseworker pass, the screener's FD: with
    official status, the NG sample's national fund in Abuja moved a Benin City returnee's job and
    legal aid 365 km; `rules.stay_not_hers` already read such a record as no residence)."""
    return stay == "housing" and "shelter" not in hit.entry.categories and _housed_far(hit)


def _support_words(stay: Hit, home: Origin) -> str:
    """What the far-away warning of such housing adds (`_support_where_she_returns`)."""
    p = stay.entry.provider
    town = f" {p.city}" if p.city else " its town"
    return (
        f"; the plan reads {p.name}'s housing as support where the person returns (rent support, a "
        f"fund's grant) and plans the other services near {home.name}: if it houses her in{town}, match them "
        f"with --to{town}"
    )


def _measured_from(need: str, origin: Origin, home: Origin) -> Origin:
    """Where a need's results are measured from: a place to stay, and the needs of the place of
    return (`AT_HOME_NEEDS`: family support, documents, benefits), from the place of return
    (`home`); every other service from where the plan houses her (`origin`). Tracing, family
    assessment, mediation and reunification happen where her family lives, papers are issued and
    benefits paid where she is registered. Seventeenth caseworker pass: a boy of 15 returning
    alone to Benin City, housed at a children's home ~370 km away, had his family support planned
    at that home, not at the Benin City service beside his family that speaks his Bini. A job and
    a business (`SETTLED_NEEDS`) are from the place of return where the plan houses her at a
    shelter far from it (`Origin.settles_home`): she settles there after the stay; so are the
    courses with no option near that shelter (`Origin.from_home`), taken after the stay."""
    if need in ACCOMMODATION_NEEDS or need in AT_HOME_NEEDS or need in origin.from_home:
        return home
    return home if origin.settles_home and need in SETTLED_NEEDS else origin


def _in_town_of_return(pick: Hit | None, dest: Destination, origin: Origin, home: Origin, need: str) -> bool:
    """Whether the plan's choice for a need measured from the place of return is recorded in the
    town of return itself, without coordinates: "the only shelter options are far away" was said
    of a plan housing her at a shelter recorded in Shkodër, for Shkodër (session 28's F2; its
    distance is unknown, as its result says, but the town is hers)."""
    if pick is None or pick.shown_km is not None or dest.kind == "region":
        return False
    if _measured_from(need, origin, home) is not home and need not in ACCOMMODATION_NEEDS:
        return False
    city = pick.entry.provider.city
    return bool(city) and not pick.entry.confidential and fold(city) == fold(dest.name)


def _nearest_if_far(need_hits: list[Hit]) -> Hit | None:
    """The nearest result not full when every one is farther than FAR_KM from where she stays
    (the far-away warning's), else None."""
    nearest: Hit | None = None  # the first of the least distance, as min() gives it
    for h in need_hits:  # (a loop: a batch asks this for each need of each case)
        km = h.shown_km
        if h.full or km is None:
            continue
        if km <= FAR_KM:
            return None
        if nearest is None or km < nearest.shown_km:  # type: ignore[operator]
            nearest = h
    return nearest


#: Why the plan passed over a confidential shelter for a service (`rules.shelter_not_hers`).
NOT_HERS = "is a confidential shelter where the person does not stay"


def _usable_near(pick: Hit | None) -> bool:
    """Whether the plan's choice for a service is within FAR_KM and no confidential shelter (one
    where she does not stay may be a choice where nothing else is left): then no far-away warning
    is due, whatever ranks nearer (the case of almost every service, so `past_not_hers` is skipped)."""
    return (
        pick is not None
        and not pick.entry.confidential
        and pick.shown_km is not None
        and pick.shown_km <= FAR_KM
    )


def _far_for_the_stay(
    need: str, need_hits: list[Hit], nearer: Hit | None, case: Case, stay: Provider | None, pick: Hit | None
) -> tuple[Hit, str] | None:
    """The far-away warning of a service whose near options the plan passed over as unfit for
    her accommodation (`rules.unfit_for_stay`: the case gives no age or sex): the nearest one
    that fits, and why the nearest of all does not ("Example Children's Protection Home takes
    people up to 17, where the accommodation takes people aged 18 and over"); None when the
    warning stands as it is. Sixteenth caseworker pass: housed at an adults' shelter, her
    education was planned 345 km away, and nothing warned: the children's home near the
    shelter, which the plan passed over, counted as her near option."""
    if stay is None or pick is None or pick.shown_km is None or pick.shown_km <= FAR_KM:
        return None
    known = [h for h in (*need_hits, *([nearer] if nearer else ())) if not h.full and h.shown_km is not None]
    fits = [h for h in known if unfit_for_stay(h.entry.provider, need, case, stay) is None]
    if not fits or min(h.shown_km or 0.0 for h in fits) <= FAR_KM:
        return None
    nearest = min(known, key=lambda h: h.shown_km or 0.0)
    unfit = unfit_for_stay(nearest.entry.provider, need, case, stay)
    if unfit is None:
        return None
    return min(fits, key=lambda h: h.shown_km or 0.0), f"{nearest.entry.provider.name} {unfit}"


def _no_places(p: Provider) -> str:
    """'0 free places as of 2026-12-01': why a provider is full (referrals.apply says a
    decline for no capacity instead, where that is why)."""
    return f"0 free places as of {p.capacity_updated}"


def _by_service_point(hits: list[Hit]) -> list[list[Hit]]:
    """The hits grouped by service point (`rules.service_point`), in the order of their first."""
    points: dict[tuple[str, str], list[Hit]] = {}
    for hit in hits:
        e = hit.entry
        points.setdefault(e.point or e.service_point(), []).append(hit)  # (kept: no call)
    return list(points.values())


def _full_words(records: list[Hit]) -> str:
    """'X (x-1, 0 free places as of 2026-12-01)' of a full provider, with its other records of
    one service point ('...; also recorded as x-2'). Seventeenth caseworker pass: a house held
    twice, both records full, was named twice in the unmet reason, two calls where one is due."""
    p = records[0].entry.provider
    also = join_words([h.entry.provider.id for h in records[1:]])
    return f"{p.name} ({p.id}, {_no_places(p)}{f'; also recorded as {also}' if also else ''})"


def _unplaced_sentence(label: str, misses: list[NearMiss], miss: NearMiss, limit: float | None) -> str:
    """Why nothing can take the need when no near miss has a known distance (a directory whose
    records have no coordinates yet): 'nearest X, distance unknown, but its distance is unknown
    (limit 50 km)' named one by its id as the nearest, and the package said it was "beyond the
    distance limit" (thirteenth caseworker pass)."""
    if miss.rule == "max_km" and limit is not None:
        names = [m.name for m in misses if m.rule == "max_km" and m.distance_km is None]
        shown = names[:3] + ([f"{len(names) - 3} more"] if len(names) > 3 else [])
        has = "has" if len(names) == 1 else "have"
        return (
            f"no {label} provider is known to be within the limit of {limit:g} km: "
            f"{join_words(shown)} {has} no known location"
        )
    return f"no {label} provider can take the person; {miss.name}, distance unknown, {_but(miss.detail)}"


def _but(detail: str) -> str:
    """'it is inactive' -> 'but it is inactive'; 'outside its coverage' stays as it is."""
    return f"but {detail}" if detail.startswith(("it ", "its ", "you ")) else detail


#: Points further apart than this order two results as their keys' points rounded to 9
#: decimals do (rounding moves each by at most 5e-10), so the keys need not be made.
_APART = 2e-9


def _place_or_error(query: str, country: str) -> Destination | InputError:
    try:
        return resolve_destination(query, country)
    except InputError as error:
        return error


def _bonuses(index: NeedIndex, terms: _Terms, w: Weights) -> list[tuple[float, int]]:
    """(points, providers that earn them) for each case factor that applies (kept per need
    for the next case that asks the same of the factors)."""
    fields_ = terms.fields
    key = ("bonuses", fields_.languages, fields_.exploitation, fields_.disability)
    return index.kept(key, _case_bonuses, index, fields_, w)  # (no lambda: one made per search)


def _bonus_runs(index: NeedIndex, terms: _Terms, w: Weights) -> list[tuple[float, bytes]]:
    """`_bonuses` with each mask as its bytes, from which the search reads one cell's run."""
    fields_ = terms.fields
    key = ("bonus runs", fields_.languages, fields_.exploitation, fields_.disability)
    return index.kept(key, _as_runs, index, terms, w)  # (no lambda: one made per search)


def _as_runs(index: NeedIndex, terms: _Terms, w: Weights) -> list[tuple[float, bytes]]:
    return [
        (points, members.to_bytes(index.size_bytes, "little"))
        for points, members in _bonuses(index, terms, w)
    ]


def _case_bonuses(index: NeedIndex, fields_: Fields, w: Weights) -> list[tuple[float, int]]:
    found: list[tuple[float, int]] = []
    for factor, points in case_factors(index.need, fields_, w):
        earns = factor.earns
        assert earns is not None and factor.case_key is not None
        members = index.members(
            "factor " + factor.name,  # not the name of a rule: members() caches by name
            factor.case_key(fields_),
            factor.provider_key,
            lambda e, earns=earns: earns(e.provider, fields_),  # type: ignore[misc]
        )
        found.append((points, members))
    return found


def _decisive_over(b: Hit, a: Hit, need: str, terms: _Terms) -> list[str]:
    """The decisive properties (docs/matching.md, the distance rule) that `b` has over `a`."""
    pb, pa = b.entry.provider, a.entry.provider
    found: list[str] = []
    if need in ACCOMMODATION_NEEDS and pb.vot_specialised and not pa.vot_specialised:
        found.append("a VoT-specialised shelter" if need == "shelter" else "VoT-specialised housing")
    spoken = terms.fields.languages
    if spoken and not spoken.isdisjoint(pb.languages) and spoken.isdisjoint(pa.languages):
        speaking = "speaking " + join_words([language_name(c) for c in sorted(spoken & set(pb.languages))])
        # one whose record gives no languages may speak hers: the call to make (eleventh pass:
        # "for speaking Nigerian Pidgin" read as the clinic next door speaking none)
        found.append(speaking if pa.languages else f"{speaking} ({pa.name} records no languages)")
    if (
        terms.fields.disability
        and need not in ACCOMMODATION_NEEDS
        and pb.disability_access
        and not pa.disability_access
    ):
        found.append("the disability access the person needs")
    if a.full and not b.full:  # "free places" only when known: else the caseworker would not call first
        room = "free places" if b.free else "not being known to be full"
        found.append(f"{room} ({pa.name} is full)")
    return found


def far_beyond(far: float | None, near: float | None) -> bool:
    """The distance rule: more than twice as far and more than 30 km farther."""
    return far is not None and near is not None and far > 2 * near and far > near + 30


def _shown(
    found: list[Hit], top: int, pick: Hit | None, need: str, terms: _Terms, nearer: Hit | None = None
) -> list[tuple[int, Hit]]:
    """The results shown for a need, with their ranks: the first `top`, and the plan's choice
    with its own rank when it ranks below them (the plan never depends on --top, so what it
    names is always shown: its contact, and what `package --from` reads). `nearer`: the
    nearest eligible provider, ranked below every one found (Matcher.nearer_than)."""
    shown = list(enumerate(found[:top], 1))
    if pick is not None and pick not in map(_SECOND, shown):  # (Hit has no __eq__: `in` is `is`)
        shown.append((found.index(pick) + 1, pick))
    below = found if nearer is None else [*found, nearer]
    _with_decisive_notes(below, list(map(_SECOND, shown)), need, terms)
    return shown


def _one_per_service_point(found: list[Hit], pick: Hit | None) -> list[Hit]:
    """The results with one record of each service point (the same name in the same town, a
    record held twice: `rules.service_point`), its first, or the plan's choice, which then
    remembers the others (`twins`, said in its reasons). Sixteenth caseworker pass: on the AL
    sample "Example Family Shelter Kukës" and "Example Family Shelter Kukes" ranked 1 and 2,
    one house, and the caseworker read two options where there was one (the near misses and
    the alternatives already held one record of a point)."""
    points = _by_service_point(found)
    if len(points) == len(found):
        return found
    kept: list[Hit] = []
    for records in points:
        first = pick if pick is not None and any(h is pick for h in records) else records[0]
        first.twins = tuple(h.entry.provider.id for h in records if h is not first)
        kept.append(first)
    return [hit for hit in found if any(hit is k for k in kept)]


def _with_decisive_notes(found: list[Hit], shown: list[Hit], need: str, terms: _Terms) -> None:
    """Each shown hit remembers (in `decided`) which decisive property put it above a nearer
    one that the distance rule would otherwise rank first: any found below it, shown or not
    (so that its reasons do not depend on --top)."""
    # nearest[j]: the least known distance among found[j:]. far_beyond holds for a nearer one
    # only if it holds for the nearest below (it is monotonic in the nearer distance), so a hit
    # with none beyond the distance rule below it (most of them) skips the comparisons.
    nearest: list[float | None] = [None] * (len(found) + 1)
    for j in range(len(found) - 1, -1, -1):
        km, below = found[j].shown_km, nearest[j + 1]
        nearest[j] = below if km is None or (below is not None and below <= km) else km
    for b in shown:
        note = ""
        at = found.index(b) + 1
        if not far_beyond(b.shown_km, nearest[at]):
            b.decided = note
            continue
        for a in found[at:]:
            if far_beyond(b.shown_km, a.shown_km):
                properties = _decisive_over(b, a, need, terms)
                if properties:
                    note = f"ranked above nearer {a.entry.provider.name} for {join_words(properties)}"
                    break
        b.decided = note


def _explain(
    hit: Hit, need: str, ctx: Context, known: Known, origin: Origin, km_home: float | None
) -> tuple[list[str], list[str]]:
    """The plain words for a result: why it ranks where it does, and what to watch out for
    (`km_home`: how far it is from the place of return, as the hard rules read it)."""
    e, case = hit.entry, ctx.case
    reasons: list[str] = []
    warnings: list[str] = []
    decided = hit.decided
    if origin.stay is e:
        reasons.append("at the accommodation")
    elif hit.km is not None:
        reasons.append(_distance_words(hit, ctx.destination, origin))
        kept = _kept_within_limit(hit, origin, case.max_km) if case.max_km is not None else ""
        if kept:
            reasons.append(kept)
    elif e.national:
        reasons.append("serves the whole country")
        if need in ACCOMMODATION_NEEDS:  # she would live there: where it is matters
            warnings.append("distance unknown")
    else:
        warnings.append("distance unknown")
    if hit.km is not None and located_roughly(e.provider):
        warnings.append(ROUGH_LOCATION)
    if decided:
        reasons.append(decided)
    if (
        km_home is not None
        and not e.national
        and ctx.destination.region not in e.regions
        and (e.radius_km is None or km_home > e.radius_km)
    ):
        reasons.append(_outreach_words(hit, e, ctx.destination, origin))
    p = e.provider
    spoken = speaks_words(case.language, e.languages) if case.language else ""
    if spoken:
        reasons.append(spoken)
    elif case.language and not e.languages:
        warnings.append(_no_languages_recorded(case.language))
    elif case.language:
        warnings.append("speaks none of the person's languages")
    if p.vot_specialised:
        reasons.append("specialised in VoTs")
    if case.exploitation and case.exploitation in p.exploitation_types:
        reasons.append(f"experienced with {case.exploitation.replace('_', ' ')} exploitation")
    if case.disability and p.disability_access:
        reasons.append("disability access")
    elif case.disability:
        warnings.append("no disability access recorded")
    for reason, warning in (known.capacity, known.verification):
        if reason:
            reasons.append(reason)
        if warning:
            warnings.append(warning)
    if known.capacity[0] and p.capacity_available is not None:  # free places, confirmed lately
        short = places_short_words(p.capacity_available, need, case.children)
        if short:
            warnings.append(short)
    if p.official_status_required and case.official_status is None:
        warnings.append("requires official victim status")
    warnings.extend(_unknown_fact_warnings(p, case, need))
    if hit.twins:
        also = join_words(list(hit.twins))
        reasons.append(f"also recorded as {also}: the same service point, held twice in the directory")
    return reasons, warnings


def _outreach_words(hit: Hit, e: Entry, dest: Destination, origin: Origin) -> str:
    """Its outreach reaches the place of return: 'reaches you' where she is there, or where the
    plan houses her within its reach; else it names the place of return. '51 km from the
    accommodation; reaches you through outreach' read as a counsellor who comes to her shelter,
    while the outreach reached only her town of return, 51 km away."""
    if origin.anchor is None or (hit.km is not None and hit.km <= e.reach_km):
        return "reaches you through outreach"
    where = f"the region of return ({dest.region_name})" if dest.kind == "region" else dest.name
    return f"reaches {where} through outreach, not the accommodation"


@lru_cache(maxsize=256)
def _no_languages_recorded(languages: tuple[str, ...]) -> str:
    return "no languages recorded: check it can work in " + join_words([language_name(c) for c in languages])


def _unknown_fact_warnings(p: Provider, case: Case, need: str) -> list[str]:
    """A provider that serves one sex, an age range or some forms of exploitation passes when
    the case does not give them; the warning tells the caseworker what to check (and, for
    childcare, the children's ages)."""
    if case.sex is not None and case.exploitation is not None and p.min_age is None and p.max_age is None:
        return []  # the case decides each (age_warning has nothing to say without ages)
    found: list[str] = []
    if case.sex is None and p.sexes:
        found.append(sex_words(p.sexes))
    theirs = need == "education" and teaches_her_children(need, p, case.age, children_return(case))
    ages = age_warning(p, need, case.age, theirs)
    if ages:
        found.append(ages)
    if case.exploitation is None and p.exploitation_types:
        kinds = []
        for t in p.exploitation_types:  # (a loop: a comprehension is a function made per result)
            kinds.append(t.replace("_", " "))
        found.append(f"handles only {join_words(kinds)} exploitation: ask the person before referring")
    return found


def _kept_within_limit(hit: Hit, origin: Origin, limit: float | None) -> str:
    """Why a confidential shelter shown farther than `--max-km` is listed: the limit keeps it by
    its public cell, and its distance is shown rounded to 10 km, never below. Seventeenth
    caseworker pass: `--max-km 5` listed a safe house "about 10 km from Osh" without a word, read
    as the limit broken. Nothing more is said of where it is: that it is listed already says
    that its public cell is within the limit."""
    shown = hit.shown_km
    if limit is None or origin.anchor is not None or not hit.entry.provider.confidential_address:
        return ""
    if shown is None or shown <= limit or (origin.region and hit.km == 0):
        return ""
    return f"within the limit of {limit:g} km {MEASURED_COARSELY}"


def _distance_words(hit: Hit, dest: Destination, origin: Origin) -> str:
    km = hit.shown_km or 0.0
    where = "the accommodation" if origin.anchor is not None else dest.name
    if origin.region and origin.anchor is None:
        secret = ", address confidential" if hit.entry.provider.confidential_address else ""
        if hit.entry.provider.region == origin.region:
            return f"in the region of return ({dest.region_name}){secret}"
        about = "about " if secret else ""
        return f"{about}{km_words(km)} outside the region of return ({dest.region_name}){secret}"
    if origin.anchor is not None and not hit.entry.provider.confidential_address:
        return _from_accommodation(km_words(km), origin, False)
    if hit.entry.provider.confidential_address:
        if origin.anchor is None and dest.kind == "region" and hit.entry.provider.region == dest.region:
            return f"in the region of return ({dest.region_name}), address confidential"
        return f"about {km:g} km from {where}, address confidential"
    return f"{km_words(km)} from {where}"


def _plan_step(
    need: str,
    hit: Hit,
    need_hits: list[Hit],
    origin: Origin,
    at_provider: dict[str, list[str]],
    score: float,
    terms: _Terms,
    stay: Provider | None = None,
    case: Case | None = None,
) -> PlanStep:
    p = hit.entry.provider
    point = hit.entry.service_point()
    # (each Entry keeps its point: read it where it is known, a call costs more)
    options = []
    for h in need_hits:  # (loops: a comprehension is a function made per step)
        if not h.full and (h.entry.point or h.entry.service_point()) != point:
            options.append(h)
    if stay is not None and case is not None and (case.sex is None or case.age is None):
        # alternatives to a plan are for the person it houses: those that fit her accommodation
        # first (the youth shelter passed over for an adult's education is no alternative to it)
        options.sort(key=lambda h: unfit_for_stay(h.entry.provider, need, case, stay) is not None)
    others = []
    for h in options[:_ALTERNATIVES]:
        others.append(h.entry.provider.id)
    trade_off = _trade_off(need, hit, need_hits, origin, at_provider, terms, stay, case)
    return PlanStep(need, p.id, p.name, score, tuple(others), trade_off)  # (by position: keywords cost more)


#: A service planned farther than this from where she stays is one another stay may serve better
#: (the distance rule's 30 km).
_TRIP_KM = 30.0


def _badly_served(served: Served, terms: _Terms) -> frozenset[str]:
    """Her services that a plan serves badly (the bar `_serves_better` reads): not met, planned
    at no known distance or more than _TRIP_KM from where they are measured from, at a shelter
    that does not house her, or, for a service held in a language, where none of hers is spoken."""
    speaks = terms.fields.languages
    found = []
    for need in served.hits:  # her services, in her order
        c = served.picks.get(need)
        if c is None or c.hit.shown_km is None or c.hit.shown_km > _TRIP_KM:
            found.append(need)
            continue
        unspoken = need in LANGUAGE_NEEDS and speaks and speaks.isdisjoint(c.hit.entry.provider.languages)
        if unspoken or (c.hit.entry.residence and c.id not in served.housed):  # or at a shelter not hers
            found.append(need)
    return frozenset(found)


def _fixes(tried: Served, first: Served, stay: Hit, terms: _Terms) -> bool:
    """Whether housing her at `stay` fixes what it was tried for: the plan from it gives there,
    itself, a service the first plan serves badly, and serves no service badly that the first
    served well (verifier's q260: a mother moved 30 km for a clinic trip had her children's
    daycare planned 38 km away; q868: moved from her home town to save one trip to legal aid,
    which the new stay did not give)."""
    before, after = _badly_served(first, terms), _badly_served(tried, terms)
    if not after <= before:
        return False
    here = stay.entry.provider.id
    for need in before:
        c = tried.picks.get(need)
        if c is not None and c.id == here and need not in after:
            return True
    return False


def _too_few_places(need: str, children: int, today: dt.date, stay: Hit) -> bool:
    """Whether a place to stay is known, from a count confirmed in the last 30 days, to have
    fewer free places than the case needs: what its result warns of (places_short_words)."""
    places = stay.entry.provider.capacity_available
    return (
        places is not None
        and capacity_is_fresh(stay.entry.provider.capacity_updated, today)
        and places_short_words(places, need, children) is not None
    )


def _serves_better(first: Served, case: Case, terms: _Terms, h: Hit) -> bool:
    """Whether the place to stay `h` gives, itself, one of her services that the plan from the
    first stay (`first`) serves badly: leaves unmet, plans at `h` (she would live at one shelter and
    go to another's care), plans more than _TRIP_KM away, or, for a service held in a language,
    plans where none of hers is spoken while `h` speaks one. Never a stay that takes only some
    sexes or ages the case does not give (`rules.decides_unknown`)."""
    p = h.entry.provider
    offered = p.categories
    for need in first.away():
        if need not in offered:
            continue
        c = first.picks.get(need)
        if c is None or c.id == p.id or c.hit.shown_km is None or c.hit.shown_km > _TRIP_KM:
            break
        speaks = terms.fields.languages
        unspoken = need in LANGUAGE_NEEDS and speaks and speaks.isdisjoint(c.hit.entry.provider.languages)
        if unspoken and not speaks.isdisjoint(p.languages):
            break
    else:
        return False
    return not decides_unknown(case, p)


def _gathered(
    picks: dict[str, Choice],
    options: Mapping[str, list[Choice]],
    region: str,
    middle: Point | None,
    terms: _Terms,
    weights: Weights,
) -> dict[str, str]:
    """In a region of return where the plan houses her nowhere located, every provider in the region
    ranks at 0 km, and her services were split between its towns by freshness or name (Tirana and
    Kavajë, 26 km apart, by a verification two months fresher). The plan keeps them together: the
    place holding most of her services (on a tie, the nearest the region's point, `middle`: never the
    order the needs were given in) is where the others are looked for, and a service alone at
    its provider moves to the candidate of the region nearest it (the place itself first) that gives
    up no decisive property and no more points than the non-decisive factors add up to (they never
    outweigh one step of distance either). Changes `picks`; the moved services' trade-offs, by need
    (twenty-fourth caseworker pass)."""
    count: dict[str, int] = {}
    for c in picks.values():
        count[c.id] = count.get(c.id, 0) + 1
    centre, best_key = None, (0, 0.0)
    for c in picks.values():  # most services, then the nearest the region's point (not the needs' order)
        if not _placed_in(c, region):
            continue
        e = c.hit.entry
        key = (-count[c.id], haversine_km(middle, e.lat_r, e.lon_r, e.cos_lat) if middle is not None else 0.0)
        if centre is None or key < best_key:
            centre, best_key = c, key
    if centre is None:
        return {}
    here = Point(centre.hit.entry.provider.latitude or 0.0, centre.hit.entry.provider.longitude or 0.0)
    budget = 0.0
    for name in NON_DECISIVE:
        budget += getattr(weights, name)
    said: dict[str, str] = {}
    for need, pick in list(picks.items()):
        if pick.id == centre.id or count[pick.id] > 1 or not _placed_in(pick, region):
            continue
        e = pick.hit.entry
        best, best_km = None, haversine_km(here, e.lat_r, e.lon_r, e.cos_lat)
        for c in options.get(need, ()):
            if c is pick or not _placed_in(c, region) or c.points < pick.points - budget:
                continue
            if _decisive_over(pick.hit, c.hit, need, terms):
                continue
            ce = c.hit.entry
            km = 0.0 if c.id == centre.id else haversine_km(here, ce.lat_r, ce.lon_r, ce.cos_lat)
            if km < best_km:
                best, best_km = c, km
        if best is None or best_km > haversine_km(here, e.lat_r, e.lon_r, e.cos_lat) - _TOWN_KM:
            continue
        apart = haversine_km(here, e.lat_r, e.lon_r, e.cos_lat)
        picks[need] = best
        name = centre.hit.entry.provider.name
        at = f"at {name}" if best.id == centre.id else f"{km_words(best_km)} from {name}"
        said[need] = (
            f"{need.replace('_', ' ')} at {best.hit.entry.provider.name} (in the region of return, {at}, "
            f"with the plan's other services); {e.provider.name} ranks above it but is {km_words(apart)} "
            "from them"
        )
    return said


#: How much nearer the plan's other services a provider must be to keep her to one town of a
#: region of return (`_gathered`): another part of the same town is no move.
_TOWN_KM = 10.0


def _placed_in(c: Choice, region: str) -> bool:
    """Whether a candidate is located in `region`, its point public (not a confidential shelter)."""
    e = c.hit.entry
    return e.region == region and e.located and not e.confidential


def _apart_in_region(case: Case, dest: Destination, origin: Origin, chosen: Mapping[str, Hit]) -> str:
    """Where the place of return is a region and the plan houses her nowhere located, every provider
    in the region ranks at 0 km, and the plan may split her services between its towns by freshness
    or name: said when two of them lie more than _TRIP_KM apart, with the fix ('' when not).
    Twenty-fourth caseworker pass: for "Odesa Oblast", medical care, legal aid and counselling at
    Izmail and her job in Odesa, 193 km apart, without a word (with the town, three far-away
    warnings said it). A confidential shelter's point is never measured (its distance would place it)."""
    if dest.kind != "region" or origin.anchor is not None:
        return ""
    entries: list[Entry] = []
    for need in case.needs:  # (loops: a comprehension is a function made per case)
        if need in ACCOMMODATION_NEEDS or need not in chosen:
            continue
        e = chosen[need].entry
        if e.located and not e.confidential and e.region == dest.region and e not in entries:
            entries.append(e)
    widest, pair = _TRIP_KM, None
    for i, a in enumerate(entries):
        here = Point(a.provider.latitude or 0.0, a.provider.longitude or 0.0)
        for b in entries[i + 1 :]:
            km = haversine_km(here, b.lat_r, b.lon_r, b.cos_lat)
            if km > widest:
                widest, pair = km, (a, b)
    if pair is None:
        return ""
    names = join_words([pair[0].provider.name, pair[1].provider.name])
    return (
        f"the region of return ({dest.region_name}) names no town, and the plan's services in it are "
        f"up to {km_words(widest)} apart ({names}): give the town of return with --to to plan them near it"
    )


#: The trade-off's words for a nearer one passed over as no referral can reach it (plan.reachable_first).
UNREACHABLE = "records no phone, e-mail or focal point: a referral cannot reach it"


def _reachable_stay(stays: list[Hit], first: Hit) -> Hit:
    """For the first place to stay that is not full and that no referral can reach (no phone, e-mail
    or focal point), the first below it, not full and reachable, that is no worse a choice by the
    distance rule; `first` when there is none (planned, with the case's warning): the stay's side
    of `plan.reachable_first`."""
    below = False
    for h in stays:
        if h is first:
            below = True
        elif below and not h.full and h.entry.reachable and h.shown_km is not None:
            return first if far_beyond(h.shown_km, first.shown_km) else h
    return first


def _housed_instead(stay: str, served: Served, first: Served, home: Origin, terms: _Terms) -> str:
    """The trade-off of a place to stay the plan took over the first that is not full, for what it
    does to her services: "shelter at Koplik Shelter (20 km from Shkodër), which gives medical care
    and psychosocial support in Hungarian at the accommodation; Plain Shelter Shkoder is 19 km
    nearer but would send the person 87 km from it for them" (twenty-fourth caseworker pass)."""
    here, there = served.stays[stay], first.stays[stay]
    p = here.entry.provider
    lost = first.away()
    gained, speaks = [], False
    for need in served.picks:  # her services, in her order
        if need in lost and served.picks[need].id == p.id:
            gained.append(need)
            speaks = speaks or (need in LANGUAGE_NEEDS and not terms.fields.languages.isdisjoint(p.languages))
    coarse = here.entry.confidential or there.entry.confidential
    about = "about " if here.entry.confidential else ""
    where = f" ({about}{km_words(here.shown_km)} from {home.name})" if here.shown_km is not None else ""
    text = f"{stay} at {p.name}{where}"
    if gained:
        spoken = []
        for code in sorted(terms.fields.languages & set(p.languages)):
            spoken.append(language_name(code))
        in_words = f" in {' or '.join(spoken)}" if speaks else ""
        text += f", which gives {join_words([_label(n) for n in gained])}{in_words} at the accommodation"
    else:
        text += ", where the person's services are nearer"
    gap = (
        whole_km(here.shown_km) - whole_km(there.shown_km)
        if here.shown_km is not None and there.shown_km is not None
        else 0
    )
    if gap > 0 and not coarse:
        nearer = f"is {km_words(gap)} nearer"
    elif gap >= 2 * COARSE_KM:
        nearer = f"is about {km_words(gap)} nearer"
    else:
        nearer = "ranks first"
    farthest: float | None = None
    unmet = False
    for need in gained:
        c = first.picks.get(need)
        if c is None:
            unmet = True
        elif c.hit.shown_km is not None and (farthest is None or c.hit.shown_km > farthest):
            farthest = c.hit.shown_km
    them = "them" if len(gained) > 1 else join_words([_label(n) for n in gained])
    if unmet:
        cost = f"would leave {them} unmet" if farthest is None else f"would leave some of {them} unmet"
    elif farthest is not None and gained:
        cost = f"would send the person {km_words(farthest)} from it for {them}"
    else:
        cost = "would plan the person's services farther"
    ask = ""
    if terms.fields.exploitation is None and p.exploitation_types:  # the case's warning asks too
        kinds = join_words(sorted(p.exploitation_types))
        ask = f" (it handles only {kinds} exploitation: ask the person first)"
    return f"{text}{ask}; {there.entry.provider.name} {nearer} but {cost}"


def _not_elsewhere(choices: list[Choice], need: str, stays: Mapping[str, Hit]) -> list[Choice]:
    """The plan's candidates for a service less the confidential shelters that do not house her
    (`rules.shelter_not_hers`; `stays`: the accommodation the plan chose, by need); all of them
    when nothing else is there: the one option, planned with its warning to call first."""
    for c in choices:
        if c.hit.entry.confidential:
            break
    else:  # most candidates: nothing to leave out (a loop: batch runs it for every service)
        return choices
    housed_at = frozenset(h.entry.provider.id for h in stays.values())
    kept = [c for c in choices if not shelter_not_hers(c.hit.entry.provider, need, housed_at)]
    return kept or choices


def _for_residents(choices: list[Choice], stays: Mapping[str, Hit]) -> list[Choice]:
    """The plan's candidates for a service less those at a public shelter that does not house her
    (`stays`: the accommodation the plan chose, by need) where another is no worse a choice by the
    distance rule (`plan.residents_first`)."""
    entries = []
    for h in stays.values():  # (a loop: a comprehension is a function made per call)
        entries.append(h.entry)
    return residents_first(choices, entries, far_beyond)


def _housed_at(at_provider: Mapping[str, list[str]]) -> frozenset[str]:
    """The providers the plan houses her at (a place to stay planned there)."""
    found = []
    for pid, needs in at_provider.items():  # (a loop: a generator is a function made per call)
        if not ACCOMMODATION_NEEDS.isdisjoint(needs):
            found.append(pid)
    return frozenset(found)


def _fitting(choices: list[Choice], need: str, case: Case, stay: Provider | None) -> list[Choice]:
    """The plan's candidates for a service that fit the accommodation's sexes and ages when
    the case does not give hers (`rules.unfit_for_stay`); all of them when none does (the
    case's warnings then say that no age, or sex, fits the plan)."""
    if stay is None or (case.sex is not None and case.age is not None):
        return choices  # every one fits: unfit_for_stay reads only a sex or age not given
    fit = [c for c in choices if unfit_for_stay(c.hit.entry.provider, need, case, stay) is None]
    return fit or choices


def _near_unrecorded(choices: list[Choice], need: str, terms: _Terms) -> list[Choice]:
    """The plan's candidates for counselling, legal aid, medical care or case management less
    those that break the distance rule against a nearer candidate that records no languages,
    with speaking hers their only decisive property over it. Not knowing that the nearer one
    speaks none of her languages (it may: its record is silent), a careful caseworker calls it
    before planning a service hundreds of km away; the results keep their order, the trade-off
    and the nearer one's "no languages recorded: check it can work in ..." say so (sixteenth
    caseworker pass: a Kyrgyz speaker housed near Osh had her medical care planned 280 km away
    in Bishkek, over the city clinic 19 km from her shelter that records no languages)."""
    if need not in LANGUAGE_NEEDS or not terms.fields.languages:
        return choices
    silent = []
    for c in choices:  # (loops: a comprehension is a function made per service)
        if not c.hit.entry.provider.languages and c.hit.shown_km is not None:
            silent.append(c)
    if not silent:
        return choices  # none passed over
    kept = [b for b in choices if not any(_passed_for(b.hit, a.hit, need, terms) for a in silent)]
    return kept or choices


def _passed_for(b: Hit, a: Hit, need: str, terms: _Terms) -> bool:
    """Whether `b` breaks the distance rule against `a` with speaking her languages all it has
    over it of the decisive properties."""
    if not far_beyond(b.shown_km, a.shown_km):
        return False
    decisive = _decisive_over(b, a, need, terms)
    return len(decisive) == 1 and decisive[0].startswith("speaking ")


_ALTERNATIVES = 2


def _trade_off(
    need: str,
    hit: Hit,
    need_hits: list[Hit],
    origin: Origin,
    at_provider: dict[str, list[str]],
    terms: _Terms,
    stay: Provider | None = None,
    case: Case | None = None,
) -> str:
    """In plain words, what the plan gave up for this step ('' when it took the first result)."""
    first = need_hits[0] if need_hits else hit
    p = hit.entry.provider
    if first is hit:
        return ""
    if first.full:
        return f"{first.entry.provider.name} is full; {p.name} has room"
    unfit = None if case is None else unfit_for_stay(first.entry.provider, need, case, stay)
    shared = at_provider.get(p.id, [need])
    # a confidential shelter's distance is about (rounded to COARSE_KM from its public cell), as
    # its reasons say: "40 km from Shkodër" stated it as a fact
    about = "about " if hit.entry.confidential else ""
    if hit.entry is origin.stay:
        km = " (at the accommodation)"
    elif hit.shown_km is None:
        km = ""
    elif origin.anchor is not None:
        km = f" ({about}{_from_accommodation(km_words(hit.shown_km), origin, hit.entry.confidential)})"
    elif origin.region:
        inside = hit.entry.region == origin.region
        km = (
            " (in the region of return)"
            if inside
            else f" ({about}{km_words(hit.shown_km)} outside the region of return)"
        )
    else:
        km = f" ({about}{km_words(hit.shown_km)} from {origin.name})"
    nearer = ""
    # from a confidential accommodation's public cell, both distances are blurred as much
    coarse = hit.entry.confidential or first.entry.confidential or _secret_stay(origin)
    # the difference of the two whole km the table shows, not of the exact distances; where
    # one of them is a confidential shelter's (rounded to COARSE_KM, from a cell ~11 km wide)
    # only a difference beyond that blur is said, as about: "Y is 7 km nearer" than a safe
    # house shown "about 40 km" away was false, the safe house being 32 km away
    gap = (
        whole_km(hit.shown_km) - whole_km(first.shown_km)
        if first.shown_km is not None and hit.shown_km is not None and first.shown_km < hit.shown_km
        else 0
    )
    if unfit is not None:
        nearer = f"; {first.entry.provider.name} {unfit}"
    elif first.entry.confidential and shelter_not_hers(first.entry.provider, need, _housed_at(at_provider)):
        nearer = f"; {first.entry.provider.name} {NOT_HERS}"
    elif first.entry.residence and stay_not_hers(first.entry.provider, need, _housed_at(at_provider)):
        nearer = f"; {first.entry.provider.name} {NOT_RESIDENT}"  # plan.residents_first passed it over
    elif not first.entry.reachable and hit.entry.reachable:  # plan.reachable_first passed it over
        nearer = f"; {first.entry.provider.name} {UNREACHABLE}"
    elif gap > 0 and not coarse:
        nearer = f"; {first.entry.provider.name} is {km_words(gap)} nearer"
    elif gap >= 2 * COARSE_KM:
        nearer = f"; {first.entry.provider.name} is about {km_words(gap)} nearer"
    else:
        # what the plan gives up, when it is a decisive property ("speaking Russian"): a
        # caseworker reading only "ranks first" did not see that legal aid went to a provider
        # speaking none of her languages
        given_up = _decisive_over(first, hit, need, terms)
        why = f" for {join_words(given_up)}" if given_up else ""
        farther = whole_km(first.shown_km or 0.0) - whole_km(hit.shown_km or 0.0)
        if not p.languages and far_beyond(first.shown_km, hit.shown_km) and not coarse:  # _near_unrecorded
            why += f", but {km_words(farther)} farther: ask {p.name} first"
        nearer = f"; {first.entry.provider.name} ranks first{why}"
    nearer += _nearer_speaking_none(need, hit, first, need_hits, terms)
    if len(shared) > 1:
        names = join_words([n.replace("_", " ") for n in shared])
        return f"{names} at {p.name}{km} to keep the person to one place{nearer}"
    return f"{need.replace('_', ' ')} at {p.name}{km}{nearer}"


def _nearer_speaking_none(need: str, hit: Hit, first: Hit, need_hits: list[Hit], terms: _Terms) -> str:
    """For a service held in a language, the nearest option the plan passed over, by the
    distance rule, for speaking none of her languages, as the trade-off says it ('' when none):
    the plan said "medical at the Kyiv team (442 km from Zaporizhzhya)" and nothing of the
    clinic 1 km away that speaks Ukrainian only, the call a caseworker with an interpreter makes
    (twentieth caseworker pass; the language rule is the product owner's, the words say it)."""
    if need not in LANGUAGE_NEEDS or not terms.fields.languages or hit.entry.confidential:
        return ""
    for a in need_hits:  # ranked: the nearest such option is looked for among them all
        if a is hit or a is first or a.full or a.entry.confidential or not a.entry.provider.languages:
            continue
        if not far_beyond(hit.shown_km, a.shown_km) or a.shown_km is None or hit.shown_km is None:
            continue
        if any(d.startswith("speaking ") for d in _decisive_over(hit, a, need, terms)):
            gap = km_words(whole_km(hit.shown_km) - whole_km(a.shown_km))
            return f"; {a.entry.provider.name} is {gap} nearer but speaks none of the person's languages"
    return ""


def _shown_km(km: float | None, coarse: bool) -> float | None:
    if km is None:
        return None
    return int(km) if coarse else rounded(km, 1)


def _add_near_miss(
    found: list[tuple[float, str, NearMiss]],
    e: Entry,
    need: str,
    ctx: Context,
    km: float | None,
    shown_km: float | None,
    blur: bool,
    *,
    limit_from_return: bool = False,
    from_cell: bool = False,
) -> None:
    """`km` as the rules read it (Matcher.place_km), `shown_km` as the need's results measure
    it (rounded for a confidential shelter when `blur`: not in the region of return, not her
    accommodation); `limit_from_return`: `shown_km` is from her accommodation, so a broken
    --max-km says the distance it was measured by; `from_cell`: `shown_km` is from a confidential
    accommodation's public cell, so it is about (its whole km) as well."""
    if e.provider.status == "inactive" or e.provider.id in ctx.unsaid:
        # closed for good: nothing to act on (a temporary closure is worth knowing); unsaid:
        # at an avoided record's address, which naming it would give
        return
    broken = failures(e, need, ctx, km, most=2)
    if len(broken) != 1:
        return
    if limit_from_return:
        broken = _limit_from_return(broken, e, ctx, km)
    rule, detail = broken[0]
    coarse = e.provider.confidential_address and shown_km is not None
    shown = float(coarse_km(shown_km)) if coarse and shown_km is not None and blur else shown_km
    said = _shown_km(shown, coarse)
    if from_cell and blur and not coarse and shown is not None:
        said, coarse = whole_km(shown), True  # "3.6 km" from the cell's centre read as from the shelter
    miss = NearMiss(e.provider.id, e.provider.name, rule, detail, said, coarse)
    # kept nearest first (then by id: no two entries of one id, so a miss is never compared)
    insort(found, (math.inf if shown is None else shown, e.provider.id, miss))


def _reach_cosines(reach: float) -> tuple[float, float]:
    """The cosines of the angles (at the Earth's centre) of `reach` less and more
    REACH_MARGIN_KM: a provider whose point's cosine with hers is at least the first reaches
    her, at most the second does not; between the two the haversine decides. Beyond
    _COSINE_KM the cosine tells too little: the haversine decides every time."""
    if reach > _COSINE_KM:
        return 2.0, -2.0
    nearer, farther = reach - REACH_MARGIN_KM, reach + REACH_MARGIN_KM
    return math.cos(nearer / EARTH_RADIUS_KM), math.cos(farther / EARTH_RADIUS_KM)


def _unit_vector(e: Entry) -> tuple[float, float, float]:
    """The provider's point on the unit sphere."""
    return e.cos_lat * math.cos(e.lon_r), e.cos_lat * math.sin(e.lon_r), math.sin(e.lat_r)


def _without_gc(build: Callable[[], V]) -> V:
    """`build()` with the cyclic garbage collector paused: an index is many long-lived objects
    and no cycles, and each collection while it grows would walk the whole directory again
    (at 100,000 providers this took most of the time of building the matcher)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        if enabled:
            gc.enable()


def _cached(cache: dict[K, V], key: K, compute: Callable[[], V]) -> V:
    """Look up or compute; the cache is emptied when full (batch runs see few distinct keys)."""
    found = cache.get(key)
    if found is None:
        found = _remember(cache, key, compute())
    return found


def _remember(cache: dict[K, V], key: K, value: V) -> V:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


#: A batch's run's searches, each with its answer: the Hits found, whose values are never
#: changed (only their notes, `decided` and `twins`, which a search answered again starts without).
#: Ordered, so that the oldest is dropped at once: a dict's first key is found past every one
#: deleted before it, and dropping the oldest of a full dict that way cost the bench's cases
#: 8,000-8,500 1.5% a case.
SearchMemo = OrderedDict[tuple[object, ...], tuple[Hit, ...]]


class _Searches:
    """The memo of the batch's run whose case is being matched (`keep_searches`): a caseload
    repeats a place of return, a need and a person's eligibility, and so the same search. Keyed
    by everything the search reads (`Matcher.rank`); at most SEARCHES_KEPT, the oldest dropped
    first; `kept` is None but while a run's case is matched, so that nothing is kept past it."""

    __slots__ = ("kept",)

    def __init__(self) -> None:
        self.kept: SearchMemo | None = None


#: How many searches a batch's run keeps (each a few Hits and its key: at 10,000 providers a
#: few MB in all).
SEARCHES_KEPT = 16384
_searches = _Searches()


def keep_searches(kept: SearchMemo | None) -> SearchMemo | None:
    """From now on, each search's answer is kept in `kept` for the same search asked again (a
    batch's run, around each case: `kept` is the run's own); None: none is kept.
    Returns what was kept in before, to be put back."""
    before, _searches.kept = _searches.kept, kept
    return before


_MATCHERS: dict[int, Matcher] = {}


def matcher_for(directory: Directory) -> Matcher:
    """The Matcher of this Directory object, built on first use and kept for the next cases."""
    found = _MATCHERS.get(id(directory))
    if found is None or found.directory is not directory:
        if len(_MATCHERS) >= 8:
            _MATCHERS.clear()
        found = _MATCHERS[id(directory)] = Matcher(directory)
    return found


def match(
    case: Case,
    directory: Directory,
    *,
    weights: Weights | None = None,
    today: dt.date | None = None,
    explain_excluded: bool = False,
    every_record: bool = False,
) -> MatchResult:
    """Rank the providers of `directory` that can take the person of `case`, need by need.

    Hard rules are never broken; the plan picks one provider per need; needs nothing meets are
    in `unmet` with the nearest near miss. Pass `today` for results that do not depend on the
    date (freshness of verification); a date as text ("2026-12-01") is read as --today reads it.
    The results hold one record of a service point held twice (the other's id in its reasons);
    `every_record` shows each (what `package --select` reads: she may choose the other record).
    """
    day = None if today is None else parse_date(today, "today")  # a str was a TypeError deep down
    matcher = matcher_for(directory)
    return matcher.match(
        case, weights=weights, today=day, explain_excluded=explain_excluded, every_record=every_record
    )
