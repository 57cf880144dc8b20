"""One need's providers as bit masks, so that eligibility costs a few big-integer operations.

Bit i stands for the i-th provider offering the need, grid cell by grid cell (those without a
location last), best case-independent points first within a cell: each cell's providers are
one run of bits, which the search reads cell by cell from where distances are measured, and
within a cell in the order in which it can stop early.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from ..model import Provider
from .grid import Cell
from .rules import GROUPED_RULES, Context, Entry

#: A confidential shelter ranks by its distance rounded to 10 km: up to 5 km less than exact.
ROUNDING_KM = 5.0
_CACHE_LIMIT = 4096

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def mask_of(indices: Iterable[int], size: int) -> int:
    """The int whose bits `indices` are set (from a byte string: linear in the size and the
    number of indices, and a byte per 8 providers rather than per provider)."""
    bits = bytearray((size + 7) >> 3)
    for i in indices:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


#: One cell's run of bits in a need's masks: bits first to end - 1, with where `run_of` finds
#: them (the bytes that hold them, the shift to the first, the mask of the run's length),
#: worked out once per cell rather than at each of the searches' reads (`span_of`).
Span = tuple[int, int, int, int, int, int]


def span_of(first: int, end: int) -> Span:
    """The Span of bits first to end - 1."""
    return (first, end, first >> 3, (end + 7) >> 3, first & 7, (1 << (end - first)) - 1)


def run_of(data: bytes, span: Span) -> int:
    """The span's bits of the mask whose little-endian bytes are `data`, as a small int (bit 0
    for its first): one cell's run, without a shift of the whole mask."""
    return (int.from_bytes(data[span[2] : span[3]], "little") >> span[4]) & span[5]


class NeedIndex:
    """The active providers of one need, best case-independent score first, as bit masks."""

    def __init__(
        self, need: str, entries: Iterable[Entry], base: Mapping[int, float], free: Collection[int] = ()
    ) -> None:
        self.need = need
        self.order = sorted(
            entries,
            key=lambda e: (not e.located, e.cell if e.located else (0, 0), -base[e.index], e.provider.id),
        )
        self.base = [base[e.index] for e in self.order]
        #: whether free places are known (`free`, by Entry.index: a need with places), each
        self.free = [e.index in free for e in self.order]
        #: the best case-independent points of any provider of the need
        self.top_base = max(self.base, default=0.0)
        size = len(self.order)
        self.all = (1 << size) - 1
        self.size_bytes = (size + 7) >> 3
        self.position = {e.provider.id: i for i, e in enumerate(self.order)}
        #: each provider's bit by its Entry.index (the providers of other needs, or inactive, not)
        self.at = {e.index: i for i, e in enumerate(self.order)}
        self.national = mask_of((i for i, e in enumerate(self.order) if e.national), size)
        self.region_cover = _masks(((r, i) for i, e in enumerate(self.order) for r in e.regions), size)
        self.located = [e.located for e in self.order]
        self.lat_r = [e.lat_r for e in self.order]
        self.lon_r = [e.lon_r for e in self.order]
        self.cos_lat = [e.cos_lat for e in self.order]
        #: each cell's run of bits, and the run of the providers without a location
        runs: dict[Cell, tuple[int, int]] = {}
        located = sum(self.located)
        for i in range(located):
            cell = self.order[i].cell
            runs[cell] = (runs.get(cell, (i, i))[0], i + 1)
        self.spans: dict[Cell, Span] = {cell: span_of(first, end) for cell, (first, end) in runs.items()}
        self.unlocated = span_of(located, size)
        self._groupings: dict[str, list[tuple[Entry, int]]] = {}
        self._members: dict[tuple[str, Hashable], int] = {}
        self._covered: dict[tuple[str, bool, float, float], int] = {}
        self._kept: dict[Hashable, object] = {}

    def kept(self, key: Hashable, compute: Callable[..., V], *args: Any) -> V:
        """`compute(*args)`, kept for the next case with the same key (what the caller derives
        from this need's providers and the case, e.g. the bonuses of its case factors)."""
        found = self._kept.get(key)
        if found is None:
            found = _remember(self._kept, key, compute(*args))
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
        for (name, rule, key, _), cache_key in zip(GROUPED_RULES, ctx.grouped(), strict=True):
            allowed = kept.get(cache_key)
            if allowed is None:
                allowed = self.members(
                    name,
                    cache_key[1],
                    key,
                    lambda e, rule=rule: rule(e, self.need, ctx, None) is None,  # type: ignore[misc]
                )
            if allowed != everyone:
                mask &= allowed
        for provider_id in ctx.left_out:
            position = self.position.get(provider_id)
            if position is not None:
                mask &= ~(1 << position)
        return mask

    def covering(self, ctx: Context, reached: Callable[[Context], Mapping[str, Sequence[Entry]]]) -> int:
        """The providers whose coverage includes the place of return: national ones, those
        naming its region, and those `reached` lists for the need (the providers whose radius
        or outreach gets there, by need: to a region, to one of its towns); cached per place."""
        dest = ctx.destination
        key = (dest.region, dest.kind == "region", dest.latitude or 0.0, dest.longitude or 0.0)
        found = self._covered.get(key)
        if found is None:
            # mask_of written out: the bits set as the providers come (no list of them made)
            bits, at = bytearray(self.size_bytes), self.at
            for e in reached(ctx).get(self.need, ()):
                i = at.get(e.index)
                if i is not None:
                    bits[i >> 3] |= 1 << (i & 7)
            covered = self.national | self.region_cover.get(dest.region, 0) | int.from_bytes(bits, "little")
            found = _remember(self._covered, key, covered)
        return found


def _masks(pairs: Iterable[tuple[str, int]], size: int) -> dict[str, int]:
    grouped: dict[str, list[int]] = {}
    for key, i in pairs:
        grouped.setdefault(key, []).append(i)
    return {key: mask_of(indices, size) for key, indices in grouped.items()}


def _groups(order: Sequence[Entry], key: Callable[[Provider], Hashable]) -> list[tuple[Entry, int]]:
    """Providers grouped by the fields a rule reads: (a representative, the group's mask)."""
    grouped: dict[Hashable, list[int]] = {}
    for i, k in enumerate(map(key, [e.provider for e in order])):
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
