"""One need's providers as bit masks, so that eligibility costs a few big-integer operations.

Bit i stands for the i-th provider offering the need, in order of the case-independent part
of the score (best first): the set bits of "covered and eligible", lowest first, are the
candidates in the order in which the search can stop early.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from ..model import Provider
from .rules import GROUPED_RULES, Context, Entry, haversine_km

#: Grid cell size in degrees: reach (radius, outreach), distance bands, near misses nearest first.
GRID_DEG = 0.5
#: Distance bands (km): a provider known to be beyond a band cannot earn the distance points
#: of a nearer one, which lets the search leave far providers unread.
BANDS_KM = (30.0, 80.0, 200.0, 500.0)
#: A confidential shelter ranks by its distance rounded to 10 km: up to 5 km less than exact.
_ROUNDING_KM = 5.0
_CACHE_LIMIT = 4096

Cell = tuple[int, int]
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def cell_of(e: Entry) -> Cell:
    return (
        math.floor((e.provider.latitude or 0.0) / GRID_DEG),
        math.floor((e.provider.longitude or 0.0) / GRID_DEG),
    )


def mask_of(indices: Iterable[int], size: int) -> int:
    """The int whose bits `indices` are set (from a byte string: linear in the size and the
    number of indices, and a byte per 8 providers rather than per provider)."""
    bits = bytearray((size + 7) >> 3)
    for i in indices:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


#: set_bits takes this many bits one at a time before reading the rest from the mask's text.
_FIRST_BITS = 16


def set_bits(mask: int) -> Iterator[int]:
    """The indices of the set bits, lowest first.

    A search usually stops after a few bits: those are taken off one at a time (cheap, while
    the text of a 100,000-bit mask is not); the rest, if asked for, come from its text."""
    for _ in range(_FIRST_BITS):
        if not mask:
            return
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low
    if mask:
        text = format(mask, "b")
        top = len(text) - 1
        i = text.rfind("1")
        while i >= 0:
            yield top - i
            i = text.rfind("1", 0, i)


class NeedIndex:
    """The active providers of one need, best case-independent score first, as bit masks."""

    def __init__(self, need: str, entries: Iterable[Entry], base: Mapping[int, float]) -> None:
        self.need = need
        self.order = sorted(entries, key=lambda e: (-base[e.index], e.provider.id))
        self.base = [base[e.index] for e in self.order]
        size = len(self.order)
        self.all = (1 << size) - 1
        self.position = {e.provider.id: i for i, e in enumerate(self.order)}
        self.national = mask_of((i for i, e in enumerate(self.order) if e.national), size)
        self.region_cover = _masks(((r, i) for i, e in enumerate(self.order) for r in e.regions), size)
        self.located = [e.located for e in self.order]
        self.lat_r = [e.lat_r for e in self.order]
        self.lon_r = [e.lon_r for e in self.order]
        self.cos_lat = [e.cos_lat for e in self.order]
        by_cell: dict[Cell, dict[float, list[int]]] = {}
        for i, e in enumerate(self.order):
            if e.reach_km > 0 and e.located:
                by_cell.setdefault(e.cell, {}).setdefault(e.reach_km, []).append(i)
        self.reach = {
            cell: tuple((km, mask_of(idx, size)) for km, idx in sorted(by_reach.items()))
            for cell, by_reach in by_cell.items()
        }
        self.max_reach = max((km for groups in self.reach.values() for km, _ in groups), default=0.0)
        cells: dict[Cell, list[int]] = {}
        for i, e in enumerate(self.order):
            if e.located:
                cells.setdefault(e.cell, []).append(i)
        self.cells = {cell: mask_of(idx, size) for cell, idx in cells.items()}
        self.unlocated = mask_of((i for i, e in enumerate(self.order) if not e.located), size)
        self._groupings: dict[str, list[tuple[Entry, int]]] = {}
        self._members: dict[tuple[str, Hashable], int] = {}
        self._covered: dict[tuple[str, float, float], int] = {}
        self._bands: dict[Hashable, tuple[int, ...]] = {}
        self._kept: dict[Hashable, object] = {}

    def kept(self, key: Hashable, compute: Callable[[], V]) -> V:
        """`compute()`, kept for the next case with the same key (what the caller derives from
        this need's providers and the case, e.g. the bonuses of its case factors)."""
        found = self._kept.get(key)
        if found is None:
            found = _remember(self._kept, key, compute())
        return found  # type: ignore[return-value]

    def members(
        self,
        name: str,
        case_key: Hashable,
        key: Callable[[Provider], Hashable] | None,
        test: Callable[[Entry], bool],
        grouping_name: str | None = None,
    ) -> int:
        """The providers for which `test` holds, kept for the next case with the same `case_key`.

        With `key` (the provider fields that `test` reads) the test runs once per group of
        providers alike (groups named `grouping_name`, else `name`, are built once); without,
        once per provider (cheaper for a one-off yes/no field)."""
        cache_key = (name, case_key)
        found = self._members.get(cache_key)
        if found is None:
            if key is None:
                found = mask_of((i for i, e in enumerate(self.order) if test(e)), len(self.order))
            else:
                grouping = self._groupings.get(grouping_name or name)
                if grouping is None:
                    grouping = self._groupings[grouping_name or name] = _groups(self.order, key)
                found = 0
                for representative, members in grouping:
                    if test(representative):
                        found |= members
            _remember(self._members, cache_key, found)
        return found

    def eligible(self, ctx: Context) -> int:
        """The providers that break none of the grouped rules and are not avoided."""
        mask = everyone = self.all
        kept = self._members
        for name, rule, key, case_key in GROUPED_RULES:
            value = case_key(ctx)
            allowed = kept.get((name, value))
            if allowed is None:
                allowed = self.members(
                    name,
                    value,
                    key,
                    lambda e, rule=rule: rule(e, self.need, ctx, None) is None,  # type: ignore[misc]
                )
            if allowed != everyone:
                mask &= allowed
        for provider_id in ctx.avoid_ids:
            position = self.position.get(provider_id)
            if position is not None:
                mask &= ~(1 << position)
        return mask

    def covering(self, ctx: Context, cells: Callable[[], Sequence[tuple[float, Cell]]]) -> int:
        """The providers whose coverage includes the place of return (national ones, those
        naming its region, those whose radius or outreach gets there); cached per place.
        `cells` are ordered from the place of return."""
        dest = ctx.destination
        key = (dest.region, dest.latitude or 0.0, dest.longitude or 0.0)
        found = self._covered.get(key)
        if found is None:
            covered = self.national | self.region_cover.get(dest.region, 0)
            covered |= self._reached(ctx, cells(), covered)
            found = _remember(self._covered, key, covered)
        return found

    def bands(self, origin: Hashable, cells: Sequence[tuple[float, Cell]]) -> tuple[int, ...]:
        """For each of BANDS_KM, the providers that may lie within it of the origin (and those
        with no known location); `cells` are ordered from the origin, cached per origin."""
        found = self._bands.get(origin)
        if found is None:
            found = _remember(self._bands, origin, self._within(cells))
        return found

    def _reached(self, ctx: Context, cells: Sequence[tuple[float, Cell]], covered: int) -> int:
        """Providers not otherwise covering the place whose radius or outreach reaches it."""
        near = 0  # reach providers in cells close enough: a superset, checked one by one
        for min_km, cell in cells:
            if min_km > self.max_reach:
                break
            for km, members in self.reach.get(cell, ()):
                if min_km <= km:
                    near |= members
        near &= ~covered
        point = ctx.point
        if not near or point is None:
            return 0
        order = self.order
        reached = [
            i
            for i in set_bits(near)
            if order[i].reach_km >= haversine_km(point, order[i].lat_r, order[i].lon_r, order[i].cos_lat)
        ]
        return mask_of(reached, len(order))

    def _within(self, cells: Sequence[tuple[float, Cell]]) -> tuple[int, ...]:
        """For each of BANDS_KM, the providers in the cells that may lie within it (one pass:
        each band is the one before and the cells beyond that band's limit)."""
        if not cells:
            return (self.all,) * len(BANDS_KM)
        found = self.unlocated
        bands: list[int] = []
        for min_km, cell in cells:
            while min_km - _ROUNDING_KM >= BANDS_KM[len(bands)]:
                bands.append(found)
                if len(bands) == len(BANDS_KM):
                    return tuple(bands)
            found |= self.cells.get(cell, 0)
        return tuple(bands) + (found,) * (len(BANDS_KM) - len(bands))


def _masks(pairs: Iterable[tuple[str, int]], size: int) -> dict[str, int]:
    grouped: dict[str, list[int]] = {}
    for key, i in pairs:
        grouped.setdefault(key, []).append(i)
    return {key: mask_of(indices, size) for key, indices in grouped.items()}


def _groups(order: Sequence[Entry], key: Callable[[Provider], Hashable]) -> list[tuple[Entry, int]]:
    """Providers grouped by the fields a rule reads: (a representative, the group's mask)."""
    grouped: dict[Hashable, list[int]] = {}
    for i, e in enumerate(order):
        k = key(e.provider)
        members = grouped.get(k)
        if members is None:
            grouped[k] = [i]
        else:
            members.append(i)
    return [(order[indices[0]], mask_of(indices, len(order))) for indices in grouped.values()]


def _remember(cache: dict[K, V], key: K, value: V) -> V:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value
