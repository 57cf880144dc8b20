"""The matcher: a per-directory index by need and grid cell, the ranking search, and `match`."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ..errors import InputError, NotFoundError
from ..languages import language_name
from ..model import Directory, Provider
from ..readings import Reading, place_reading, region_reading, unique
from ..taxonomy import NEEDS_BY_CODE
from .case import Case
from .destination import Destination, resolve_destination, resolve_region_of
from .index import BANDS_KM, GRID_DEG, Cell, NeedIndex, cell_of, set_bits
from .plan import choose_plan
from .result import MatchResult, NearMiss, ProviderMatch

if TYPE_CHECKING:
    from ..geo import RegionReading
from .rules import (
    ACCOMMODATION_NEEDS,
    COARSE_KM,
    Context,
    Entry,
    Point,
    age_words,
    coarse_km,
    failures,
    haversine_km,
    sex_words,
)
from .scoring import (
    Weights,
    capacity_factor,
    capacity_words,
    distance_factor,
    freshness_factor,
    is_stale,
    join_words,
    verification_words,
)

#: Near misses listed per need (unmet needs and --explain-excluded).
NEAR_MISS_LIMIT = 5
_EPS = 1e-9
_TWO_R = 2 * 6371.0088  # twice the mean Earth radius (km), as rules.haversine_km
_DEFAULT_WEIGHTS = Weights()
_CACHE_LIMIT = 50_000

Broken = list[tuple[str, str]]
K = TypeVar("K")
V = TypeVar("V")


class Hit:
    """An eligible provider for a need, scored (numerator of the score: divide by the norm)."""

    __slots__ = ("covered", "entry", "km", "points", "shown_km")

    def __init__(
        self, entry: Entry, points: float, km: float | None, shown_km: float | None, covered: tuple[str, ...]
    ) -> None:
        self.entry = entry
        self.points = points
        self.km = km  # exact; never shown for a confidential shelter
        self.shown_km = shown_km  # what the person sees and what ranks: coarse when confidential
        self.covered = covered

    def sort_key(self) -> tuple[float, float, str]:
        return (
            -round(self.points, 9),
            math.inf if self.shown_km is None else self.shown_km,
            self.entry.provider.id,
        )


class Scoring:
    """The case-independent part of each provider's score for one date and one set of weights,
    and each need's bit-mask index in that order (built when the need is first asked for)."""

    def __init__(
        self, entries: list[Entry], offering: dict[str, list[Entry]], today: dt.date, weights: Weights
    ) -> None:
        self.weights = weights
        self.base = [self._base(e, today, weights) for e in entries]
        #: the factor each provider's score is multiplied by: stale_factor for a stale record
        self.trust = [
            weights.stale_factor if is_stale(e.provider.verified_on, today) else 1.0 for e in entries
        ]
        self._offering = offering
        self._indexes: dict[str, NeedIndex | None] = {}

    def index(self, need: str) -> NeedIndex | None:
        if need not in self._indexes:
            active = [e for e in self._offering.get(need, ()) if e.provider.status == "active"]
            self._indexes[need] = NeedIndex(need, active, self.base) if active else None
        return self._indexes[need]

    @staticmethod
    def _base(e: Entry, today: dt.date, w: Weights) -> float:
        p = e.provider
        return (
            w.vot_specialised * p.vot_specialised
            + w.freshness * freshness_factor(p.verified_on, today)
            + w.capacity * capacity_factor(p.capacity_available, w)
        )


class _Terms:
    """What a case adds to the score, fixed once per case."""

    __slots__ = (
        "children",
        "disability",
        "dynamic_max",
        "exploitation",
        "language_count",
        "languages",
        "multi",
        "needs",
        "norm",
    )

    def __init__(self, case: Case, w: Weights) -> None:
        self.needs = case.needs
        self.children = case.children > 0
        self.languages = frozenset(case.language)
        self.language_count = len(case.language)
        self.exploitation = case.exploitation
        self.multi = len(case.needs) > 1
        self.disability = case.disability
        self.dynamic_max = (
            (w.language if case.language else 0.0)
            + (w.exploitation if case.exploitation else 0.0)
            + (w.needs_covered if self.multi else 0.0)
            + (w.disability if case.disability else 0.0)
        )
        self.norm = w.distance + w.vot_specialised + w.freshness + w.capacity + self.dynamic_max


class Matcher:
    """A directory indexed for matching; build it once (`matcher_for`) and match many cases."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        # A confidential shelter enters matching without its address and with its location
        # blurred to an ~11 km cell: no distance, --max-km or radius test can trilaterate it.
        self.entries = [Entry(i, p.public_view()) for i, p in enumerate(directory.providers)]
        self.by_id = {e.provider.id: e for e in self.entries}
        self.offering: dict[str, list[Entry]] = {}
        for e in self.entries:
            e.cell = cell_of(e)
            for need in e.categories:
                self.offering.setdefault(need, []).append(e)
        self.all_cells = sorted({e.cell for e in self.entries if e.located})
        self._cells: dict[str, dict[Cell, list[Entry]]] = {}  # every status, for near misses
        self._scorings: dict[tuple[dt.date, Weights], Scoring] = {}
        self._places: dict[tuple[str, str], Destination | InputError] = {}
        self._regions: dict[tuple[str, str], RegionReading] = {}
        self._orders: dict[tuple[float, float], tuple[tuple[float, Cell], ...]] = {}

    # --- cached work -------------------------------------------------------------------------

    def scoring(self, today: dt.date, weights: Weights) -> Scoring:
        key = (today, weights)
        found = self._scorings.get(key)
        if found is None:
            if len(self._scorings) >= 4:
                self._scorings.clear()
            found = self._scorings[key] = Scoring(self.entries, self.offering, today, weights)
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

    def cell_order(self, point: Point, dest: Destination) -> tuple[tuple[float, Cell], ...]:
        """Every grid cell that holds a provider, nearest first, with a lower bound of its distance."""
        return _cached(
            self._orders,
            (dest.latitude or 0.0, dest.longitude or 0.0),
            lambda: tuple(sorted((_cell_min_km(point, dest, c), c) for c in self.all_cells)),
        )

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
    ) -> MatchResult:
        weights = weights or _DEFAULT_WEIGHTS
        today = today or dt.date.today()
        ctx = self.context(case)
        scoring = self.scoring(today, weights)
        terms = _Terms(case, weights)
        ranked: dict[str, tuple[ProviderMatch, ...]] = {}
        for need in case.needs:
            hits = self.rank(need, ctx, scoring, terms)
            ranked[need] = tuple(
                self.present(hit, rank, need, ctx, terms, today) for rank, hit in enumerate(hits, 1)
            )
        unmet = tuple(need for need in case.needs if not ranked[need])
        near = {need: self.near_misses(need, ctx) for need in case.needs if explain_excluded or need in unmet}
        reasons = {need: self.unmet_sentence(need, ctx, near[need]) for need in unmet}
        return MatchResult(
            case=case,
            destination=ctx.destination,
            needs=ranked,
            plan=choose_plan(case.needs, ranked, weights.plan_provider_cost),
            unmet=unmet,
            unmet_reasons=reasons,
            near_misses={n: m for n, m in near.items() if m},
            directory=self.directory.info,
            today=today,
            weights=weights,
            readings=self.readings(case, ctx.destination),
        )

    def readings(self, case: Case, dest: Destination) -> tuple[Reading, ...]:
        """Every input of the case read other than exactly (svcmatch.readings)."""
        found = [*case.readings, place_reading("to", case.to, dest)]
        found += [
            region_reading("avoid_region", self.avoided_region(case.country, q)) for q in case.avoid_region
        ]
        return unique(r for r in found if r is not None)

    def context(self, case: Case) -> Context:
        country = self.directory.info.country
        if country and case.country != country.upper():
            raise InputError(
                f"the case is for {case.country} but the directory is {country}'s",
                f"use the {case.country} directory or --country {country}",
            )
        dest = self.destination(case.country, case.to)
        unknown = [pid for pid in case.avoid_provider if pid not in self.by_id]
        if unknown:
            raise NotFoundError(
                f"avoid_provider: no provider {unknown[0]!r} in the directory",
                "check the id with `svcmatch directory list`",
            )
        point = (
            Point(dest.latitude, dest.longitude)
            if dest.latitude is not None and dest.longitude is not None
            else None
        )
        avoid_regions = frozenset(self.avoided_region(case.country, q).code for q in case.avoid_region)
        return Context(case, dest, point, avoid_regions, frozenset(case.avoid_provider))

    def rank(self, need: str, ctx: Context, scoring: Scoring, terms: _Terms) -> list[Hit]:
        """The best `top` eligible providers for the need.

        The candidates (covered and eligible, from the need's bit masks) are split by the case
        bonuses they can earn; each group is read best case-independent score first, and is
        left as soon as not even a distance of 0 km and every bonus of the group could lift
        the next provider above the k-th result found.
        """
        index = scoring.index(need)
        if index is None:
            return []
        point = ctx.point
        cells = self.cell_order(point, ctx.destination) if point is not None else ()
        covered, bands = index.covering(ctx, cells)
        candidates = covered & index.eligible(ctx)
        search = _Search(ctx, scoring, terms)
        w_distance = scoring.weights.distance
        limit = ctx.case.max_km
        order, base, located = index.order, index.base, index.located
        lats, lons, coss = index.lat_r, index.lon_r, index.cos_lat
        # distance points a provider beyond each band cannot exceed, as bonuses of the nearer
        limits = [search.distance_points(km) for km in BANDS_KM]
        nearer = [
            (w_distance - limits[0], bands[0]),
            *((limits[k] - limits[k + 1], bands[k + 1]) for k in range(len(BANDS_KM) - 1)),
        ]
        far = limits[-1] if point is not None else w_distance
        for reach, bonus, group in _split(candidates, nearer, _bonuses(index, ctx, terms, scoring.weights)):
            ceiling = far + reach + bonus
            for i in set_bits(group):
                if base[i] + ceiling < search.threshold - _EPS:
                    break
                e = order[i]
                if point is not None and located[i]:
                    half_lat = math.sin((lats[i] - point.lat_r) / 2)
                    half_lon = math.sin((lons[i] - point.lon_r) / 2)
                    a = half_lat * half_lat + point.cos_lat * coss[i] * half_lon * half_lon
                    km: float | None = _TWO_R * math.asin(math.sqrt(min(a, 1.0)))
                else:
                    km = None
                if limit is not None and (km is None or km > limit):
                    continue
                shown = km if km is None or not e.provider.confidential_address else float(coarse_km(km))
                static = base[i] + search.distance_points(shown)
                if static + bonus >= search.threshold - _EPS:
                    search.consider(e, km, shown, static)
        return search.hits

    def present(
        self, hit: Hit, rank: int, need: str, ctx: Context, terms: _Terms, today: dt.date
    ) -> ProviderMatch:
        p = hit.entry.provider
        reasons, warnings = _explain(hit, need, ctx, today)
        contact = {
            "focal_point": p.focal_point,
            "phone": p.phone,
            "email": p.email,
            "website": p.website,
            "city": p.city,
        }
        if not p.confidential_address:
            contact["address"] = p.address
        return ProviderMatch(
            need=need,
            rank=rank,
            id=p.id,
            name=p.name,
            score=hit.points / terms.norm if terms.norm else 0.0,
            distance_km=_shown_km(hit.shown_km, p.confidential_address),
            distance_coarse=p.confidential_address and hit.shown_km is not None,
            needs_covered=hit.covered,
            reasons=tuple(reasons),
            warnings=tuple(warnings),
            contact=contact,
            confidential_address=p.confidential_address,
            documents_required=p.documents_required,
            how_to_refer=p.how_to_refer,
            region=p.region,
            stale=is_stale(p.verified_on, today),
        )

    def near_misses(self, need: str, ctx: Context) -> tuple[NearMiss, ...]:
        """Providers offering the need that break exactly one hard rule, nearest first."""
        found: list[tuple[float, str, NearMiss]] = []
        point = ctx.point
        if point is not None:
            cells = self.need_cells(need)
            for min_km, cell in self.cell_order(point, ctx.destination):
                if len(found) >= NEAR_MISS_LIMIT and min_km - COARSE_KM > found[NEAR_MISS_LIMIT - 1][0]:
                    break
                for e in cells.get(cell, ()):
                    km = haversine_km(point, e.lat_r, e.lon_r, e.cos_lat)
                    _add_near_miss(found, e, need, ctx, km)
        for e in self.offering.get(need, ()):
            if point is None or not e.located:
                _add_near_miss(found, e, need, ctx, None)
        return tuple(miss for _, _, miss in found[:NEAR_MISS_LIMIT])

    def unmet_sentence(self, need: str, ctx: Context, misses: tuple[NearMiss, ...]) -> str:
        """'nearest legal aid is X, 80 km away, outside its coverage', or why nothing is near."""
        label = NEEDS_BY_CODE[need].label.lower() if need in NEEDS_BY_CODE else need
        if misses:
            miss = misses[0]
            return (
                f"nearest {label} is {miss.name}, {_away(miss.distance_km, miss.distance_coarse)}, "
                f"{_but(miss.detail)}"
            )
        closest = self._closest_offering(need, ctx)
        if closest is None:
            return f"no active provider in the directory offers {label}"
        e, km, broken = closest
        coarse = e.provider.confidential_address and km is not None
        shown = _shown_km(float(coarse_km(km)) if coarse and km is not None else km, coarse)
        return (
            f"nearest {label} is {e.provider.name}, {_away(shown, coarse)}, "
            f"{_but(join_words([words for _, words in broken]))}"
        )

    def _closest_offering(self, need: str, ctx: Context) -> tuple[Entry, float | None, Broken] | None:
        """The provider of the need that breaks the fewest rules, nearest first (never an
        inactive one: it is not a service any more)."""
        best: tuple[tuple[int, float, str], Entry, float | None, Broken] | None = None
        for e in self.offering.get(need, ()):
            if e.provider.status == "inactive":
                continue
            km = haversine_km(ctx.point, e.lat_r, e.lon_r, e.cos_lat) if ctx.point and e.located else None
            broken = failures(e, need, ctx, km)
            key = (len(broken), math.inf if km is None else km, e.provider.id)
            if best is None or key < best[0]:
                best = (key, e, km, broken)
        return None if best is None else best[1:]


def _away(km: float | None, coarse: bool) -> str:
    if km is None:
        return "distance unknown"
    return f"{'about ' if coarse else ''}{km:g} km away"


def _but(detail: str) -> str:
    """'it is inactive' -> 'but it is inactive'; 'outside its coverage' stays as it is."""
    return f"but {detail}" if detail.startswith(("it ", "its ", "you ")) else detail


class _Search:
    """The running top-k of one need's search."""

    def __init__(self, ctx: Context, scoring: Scoring, terms: _Terms) -> None:
        self.ctx, self.scoring, self.terms = ctx, scoring, terms
        self.top = ctx.case.top
        self.hits: list[Hit] = []
        self.threshold = -math.inf  # the points of the k-th hit once there are k
        w = scoring.weights
        self.w_distance, self.weights = w.distance, w

    def distance_points(self, km: float | None) -> float:
        """The distance factor (one formula, in scoring.py) times its weight."""
        return self.w_distance * distance_factor(km, self.weights)

    def consider(self, e: Entry, km: float | None, shown: float | None, static: float) -> None:
        covered, dynamic = self._dynamic(e)
        # a stale record's points shrink; the search's bounds, taken without it, stay upper bounds
        points = (static + dynamic) * self.scoring.trust[e.index]
        if points < self.threshold - _EPS:
            return
        self.hits.append(Hit(e, points, km, shown, covered))
        if len(self.hits) > 1:
            self.hits.sort(key=Hit.sort_key)
            del self.hits[self.top :]
        if len(self.hits) >= self.top:
            self.threshold = self.hits[-1].points

    def _dynamic(self, e: Entry) -> tuple[tuple[str, ...], float]:
        """The needs of the case this provider meets, and the case-dependent points."""
        t, w = self.terms, self.scoring.weights
        p = e.provider
        points = 0.0
        if t.multi:
            covered = tuple(
                n
                for n in t.needs
                if n in e.categories
                and (n not in ACCOMMODATION_NEEDS or not t.children or p.accompanying_children)
            )
            points += w.needs_covered * (len(covered) - 1) / (len(t.needs) - 1)
        else:
            covered = t.needs
        if t.language_count:
            points += w.language * len(t.languages & e.languages) / t.language_count
        if t.exploitation is not None and t.exploitation in p.exploitation_types:
            points += w.exploitation
        if t.disability and p.disability_access:
            points += w.disability
        return covered, points


def _place_or_error(query: str, country: str) -> Destination | InputError:
    try:
        return resolve_destination(query, country)
    except InputError as error:
        return error


def _bonuses(index: NeedIndex, ctx: Context, terms: _Terms, w: Weights) -> list[tuple[float, int]]:
    """(most points, providers that can earn them) for each case bonus that applies."""
    case = ctx.case
    found: list[tuple[float, int]] = []
    if terms.language_count and w.language:
        spoken = terms.languages
        found.append(
            (
                w.language,
                index.members("speaks", spoken, lambda p: p.languages, lambda e: bool(spoken & e.languages)),
            )
        )
    if case.exploitation is not None and w.exploitation:
        kind = case.exploitation
        found.append(
            (
                w.exploitation,
                index.members(
                    "expert",
                    kind,
                    lambda p: p.exploitation_types,
                    lambda e: kind in e.provider.exploitation_types,
                ),
            )
        )
    if terms.multi and w.needs_covered:
        offering = 0
        for other in case.needs:
            if other != index.need:
                offering |= _offering(index, other, terms.children)
        found.append((w.needs_covered, offering))
    if case.disability and w.disability:
        found.append(
            (w.disability, index.members("disability", None, None, lambda e: e.provider.disability_access))
        )
    return found


def _offering(index: NeedIndex, need: str, children: bool) -> int:
    """The providers of the index that also offer `need` (taking the children for shelter and housing)."""
    offers = index.members(
        f"offers {need}",
        None,
        lambda p: p.categories,
        lambda e: need in e.categories,
        grouping_name="categories",
    )
    if children and need in ACCOMMODATION_NEEDS:
        offers &= index.members("takes children", None, None, lambda e: e.provider.accompanying_children)
    return offers


def _split(
    candidates: int, distance: list[tuple[float, int]], bonuses: list[tuple[float, int]]
) -> list[tuple[float, float, int]]:
    """The candidates split by the distance points and the case bonuses they may earn:
    (most distance points above the farthest band, most bonus points, group), most first."""
    groups = [(0.0, 0.0, candidates)] if candidates else []
    for kind, items in ((0, distance), (1, bonuses)):
        for points, members in items:
            split: list[tuple[float, float, int]] = []
            for reach, bonus, group in groups:
                earning, other = group & members, group & ~members
                if earning and kind == 0:
                    split.append((reach + points, bonus, earning))
                elif earning:
                    split.append((reach, bonus + points, earning))
                if other:
                    split.append((reach, bonus, other))
            groups = split
    groups.sort(key=lambda item: -(item[0] + item[1]))
    return groups


def _explain(hit: Hit, need: str, ctx: Context, today: dt.date) -> tuple[list[str], list[str]]:
    """The plain words for a result: why it ranks where it does, and what to watch out for."""
    e, p, case = hit.entry, hit.entry.provider, ctx.case
    reasons: list[str] = []
    warnings: list[str] = []
    if hit.km is not None:
        reasons.append(_distance_words(hit, ctx.destination))
    elif e.national:
        reasons.append("serves the whole country")
    else:
        warnings.append("distance unknown")
    if (
        hit.km is not None
        and not e.national
        and ctx.destination.region not in e.regions
        and (e.radius_km is None or hit.km > e.radius_km)
    ):
        reasons.append("reaches you through outreach")
    spoken = [c for c in case.language if c in e.languages]
    if spoken:
        reasons.append("speaks " + join_words([language_name(c) for c in spoken]))
    elif case.language and e.languages:
        warnings.append("speaks none of the person's languages")
    if p.vot_specialised:
        reasons.append("specialised in VoTs")
    if case.exploitation and case.exploitation in p.exploitation_types:
        reasons.append(f"experienced with {case.exploitation.replace('_', ' ')} exploitation")
    others = [n.replace("_", " ") for n in hit.covered if n != need]
    if others:
        reasons.append("also offers " + join_words(others))
    if case.disability and p.disability_access:
        reasons.append("disability access")
    elif case.disability:
        warnings.append("no disability access recorded")
    for reason, warning in (capacity_words(p.capacity_available), verification_words(p.verified_on, today)):
        if reason:
            reasons.append(reason)
        if warning:
            warnings.append(warning)
    if p.official_status_required and case.official_status is None:
        warnings.append("requires official victim status")
    warnings.extend(_unknown_fact_warnings(p, case))
    return reasons, warnings


def _unknown_fact_warnings(p: Provider, case: Case) -> list[str]:
    """A provider that serves one sex or an age range passes when the case does not give the
    person's sex or age; the warning tells the caseworker what to check."""
    found: list[str] = []
    if case.sex is None and p.sexes:
        found.append(sex_words(p.sexes))
    if case.age is None and (p.min_age is not None or p.max_age is not None):
        found.append(age_words(p.min_age, p.max_age))
    return found


def _distance_words(hit: Hit, dest: Destination) -> str:
    km = hit.shown_km or 0.0
    if hit.entry.provider.confidential_address:
        if hit.entry.provider.region == dest.region:
            return f"in the region of return ({dest.region_name}), address confidential"
        return f"about {km:g} km from {dest.name}, address confidential"
    return f"{km:.0f} km from {dest.name}" if km >= 1 else f"under 1 km from {dest.name}"


def _shown_km(km: float | None, coarse: bool) -> float | None:
    if km is None:
        return None
    return int(km) if coarse else round(km, 1)


def _add_near_miss(
    found: list[tuple[float, str, NearMiss]], e: Entry, need: str, ctx: Context, km: float | None
) -> None:
    if e.provider.status == "inactive":
        return  # closed for good: nothing to act on (a temporary closure is worth knowing)
    broken = failures(e, need, ctx, km)
    if len(broken) != 1:
        return
    rule, detail = broken[0]
    coarse = e.provider.confidential_address and km is not None
    shown = float(coarse_km(km)) if coarse and km is not None else km
    miss = NearMiss(e.provider.id, e.provider.name, rule, detail, _shown_km(shown, coarse), coarse)
    found.append((math.inf if shown is None else shown, e.provider.id, miss))
    found.sort(key=lambda item: (item[0], item[1]))


def _cell_min_km(point: Point, dest: Destination, cell: Cell) -> float:
    """A lower bound of the distance from the destination to anything in the cell."""
    lat0, lon0 = cell[0] * GRID_DEG, cell[1] * GRID_DEG
    lat = min(max(dest.latitude or 0.0, lat0), lat0 + GRID_DEG)
    lon = min(max(dest.longitude or 0.0, lon0), lon0 + GRID_DEG)
    nearest = Point(lat, lon)
    return max(haversine_km(point, nearest.lat_r, nearest.lon_r, nearest.cos_lat) * 0.995 - 0.5, 0.0)


def _cached(cache: dict[K, V], key: K, compute: Callable[[], V]) -> V:
    """Look up or compute; the cache is emptied when full (batch runs see few distinct keys)."""
    found = cache.get(key)
    if found is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        found = cache[key] = compute()
    return found


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
) -> MatchResult:
    """Rank the providers of `directory` that can take the person of `case`, need by need.

    Hard rules are never broken; the plan picks one provider per need; needs nothing meets are
    in `unmet` with the nearest near miss. Pass `today` for results that do not depend on the
    date (freshness of verification).
    """
    return matcher_for(directory).match(case, weights=weights, today=today, explain_excluded=explain_excluded)
