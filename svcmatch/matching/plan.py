"""The plan for services: one provider per need, preferring fewer places when it costs little."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter, is_
from typing import Any, NamedTuple

_EPSILON = 1e-9


class Choice(NamedTuple):
    """A result the plan may choose: its provider, its points and what it stands for."""

    id: str
    points: float
    hit: Any


def choose_plan(
    needs: Sequence[str],
    candidates: Mapping[str, Sequence[Choice]],
    provider_cost: float,
    used: frozenset[str] = frozenset(),
) -> dict[str, Choice]:
    """Choose one of the candidates (best first) for each need that has any.

    The plan maximises the sum of the chosen points minus `provider_cost` for each distinct
    provider not already in `used` (her accommodation), so services at the place where she
    stays, or two services at one place, beat separate places when that costs less than one
    provider's worth of points. It starts from each need's first candidate and makes the best
    improving move until none is left: move every need a provider is a candidate for onto
    it, or move one need onto a provider the plan already uses. Ties go to the earlier
    candidate (moves are tried in the order of the results, never of the ids), so the outcome
    is deterministic and survives a new import; with cost 0 it is each need's first one.
    """
    # (loops, no comprehensions: each is a function made per call, and a batch plans each case)
    open_needs: list[str] = []
    for need in needs:
        if candidates.get(need):
            open_needs.append(need)
    by_id: dict[str, dict[str, Choice]] = {}
    best_rank: dict[str, int] = {}
    for need in open_needs:
        for rank, choice in enumerate(candidates[need]):
            by_id.setdefault(choice.id, {}).setdefault(need, choice)
            if rank < best_rank.get(choice.id, rank + 1):  # min() as a comparison (ints: the same)
                best_rank[choice.id] = rank
    # Moves are tried in the order of the results (a provider's best rank, then the needs'
    # order), never of the ids: of two moves worth the same, the plan takes the provider that
    # ranks first, and a directory imported again with new ids keeps its plan.
    order = sorted(by_id, key=best_rank.__getitem__)  # stable: first appearance breaks ties
    ordered, by_id = by_id, {}
    for provider_id in order:
        by_id[provider_id] = ordered[provider_id]
    chosen: dict[str, Choice] = {}
    for need in open_needs:
        chosen[need] = candidates[need][0]
    value = _value(chosen, {}, provider_cost, used)
    while True:
        best_move: Mapping[str, Choice] | None = None
        best_value = value + _EPSILON
        in_plan = set(map(_ID, chosen.values())) | used
        for move in _moves(chosen, by_id, in_plan):
            if len(move) == 1 and provider_cost >= 0:
                ((need, choice),) = move.items()
                if choice.id not in in_plan and choice.points <= chosen[need].points:
                    # one need onto a provider the plan does not use, for no more points: the
                    # plan keeps as many providers or gains one, so it is worth no more (a float
                    # sum rises and falls with its terms, or within an ulp, far below _EPSILON)
                    # and is never taken (a cost below 0, which only a library caller's Weights
                    # can hold, values them all)
                    continue
            # each of its needs already has its choice (map, not a generator: a dozen moves a plan)
            if all(map(is_, map(chosen.__getitem__, move), move.values())):
                continue  # changes nothing: its value is the plan's own
            candidate_value = _value(chosen, move, provider_cost, used)
            if candidate_value > best_value:
                best_move, best_value = move, candidate_value
        if best_move is None:
            break
        chosen.update(best_move)
        value = best_value
    return chosen


def residents_first(
    choices: list[Choice], stays: Iterable[Any], far_beyond: Callable[[float | None, float | None], bool]
) -> list[Choice]:
    """A service's candidates (best first) less those at a public shelter that does not house her
    (none of `stays`, the entries of her accommodation: `rules.stay_not_hers`) where another
    candidate at a known distance is no worse a choice by the distance rule (`far_beyond`): a
    shelter's services are usually for those it houses, so a careful caseworker plans the clinic
    beside it, and the shelter's care only where nothing else is within reach (the one option:
    planned, and the call may open it)."""
    for c in choices:  # (loops: batch runs it for every service of every case)
        if c.hit.entry.residence:
            break
    else:  # most needs: no public shelter among the candidates
        return choices
    passed = [c.hit.entry.residence and c.hit.entry not in stays for c in choices]
    return passed_over(choices, passed, far_beyond)


def reachable_first(
    choices: list[Choice], far_beyond: Callable[[float | None, float | None], bool]
) -> list[Choice]:
    """A service's candidates (best first) less those no referral can reach (no phone, e-mail or
    focal point on record: `rules.reachable`) where a reachable candidate at a known distance is no
    worse a choice by the distance rule: a plan is a referral, and one sent to a name and a town is a
    call nobody can make (twenty-fourth caseworker pass; `validate` warns of the record). Where
    nothing else is within reach it stays planned, and the case's warning says it."""
    for c in choices:  # (loops: batch runs it for every service of every case)
        if not c.hit.entry.reachable:
            break
    else:  # most needs: every candidate reachable
        return choices
    passed = []
    for c in choices:
        passed.append(not c.hit.entry.reachable)
    return passed_over(choices, passed, far_beyond)


def passed_over(
    choices: list[Choice], passed: list[bool], far_beyond: Callable[[float | None, float | None], bool]
) -> list[Choice]:
    """`choices` less those `passed` marks, where one it does not mark, at a known distance, is no
    worse a choice by the distance rule (`far_beyond`); all of them when nothing is to be weighed."""
    if False not in passed or True not in passed:  # nothing to weigh
        return choices
    nearest = None
    for c, theirs in zip(choices, passed, strict=True):
        km = c.hit.shown_km
        if km is not None and not theirs and (nearest is None or km < nearest):
            nearest = km
    if nearest is None:  # no other candidate's distance known: nothing shown no worse
        return choices
    return [
        c
        for c, theirs in zip(choices, passed, strict=True)
        if not theirs or far_beyond(nearest, c.hit.shown_km)
    ]


def _moves(
    chosen: Mapping[str, Choice], by_id: Mapping[str, Mapping[str, Choice]], in_plan: set[str]
) -> list[Mapping[str, Choice]]:
    """Every move, in the order they are tried (`in_plan`: the providers the plan uses, and
    her accommodation)."""
    moves: list[Mapping[str, Choice]] = []
    for provider_id, offers in by_id.items():
        moves.append(offers)
        if provider_id in in_plan:
            for need, choice in sorted(offers.items()):
                if chosen[need].id != provider_id:
                    moves.append({need: choice})
    return moves


def _value(
    chosen: Mapping[str, Choice], move: Mapping[str, Choice], provider_cost: float, used: frozenset[str]
) -> float:
    """The value of the plan with `move` made (the chosen needs in their order, as a merged
    dict would hold them, without making it)."""
    plan = list(map(move.get, chosen, chosen.values()))  # no comprehension: it is called per move
    return sum(map(_POINTS, plan)) - provider_cost * len(set(map(_ID, plan)) - used)


_POINTS: Callable[[Choice], float] = attrgetter("points")
_ID: Callable[[Choice], str] = attrgetter("id")


#: The places to stay tried besides the first that is not full (`other_stays`): a batch plans
#: every case, and each stay tried ranks her services again.
STAYS_TRIED = 2


def other_stays(
    stays: Sequence[Any],
    first: Any,
    far_beyond: Callable[[float | None, float | None], bool],
    would_serve: Callable[[Any], bool],
) -> list[Any]:
    """The places to stay (hits, best first) the plan weighs against `first`, the first that is
    not full: at most STAYS_TRIED of those below it that are not full, not far beyond it by the
    distance rule, and that `would_serve` says give her, themselves, a service the plan from
    `first` serves badly (the engine's `_serves_better`). A careful caseworker houses her where her
    services are when it costs little; a stay that changes little of her plan is not tried (a batch
    plans every case, and each stay tried ranks her services again)."""
    found: list[Any] = []
    below = False
    for h in stays:
        if h is first:
            below = True
            continue
        if not below or h.full or far_beyond(h.shown_km, first.shown_km):
            continue
        if h.shown_km is None and first.shown_km is not None:
            continue  # the distance rule cannot be read: not weighed against a known place
        if would_serve(h):
            found.append(h)
            if len(found) == STAYS_TRIED:
                break
    return found
