"""The plan: one provider per need, preferring fewer distinct providers when it costs little."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .result import PlanStep, ProviderMatch

_ALTERNATIVES = 2
_EPSILON = 1e-9


def choose_plan(
    needs: Sequence[str], ranked: Mapping[str, Sequence[ProviderMatch]], provider_cost: float
) -> tuple[PlanStep, ...]:
    """Choose one of the ranked results for each need.

    The plan maximises the sum of the chosen scores minus `provider_cost` for each distinct
    provider, so one place that offers shelter, medical and psychosocial care beats three
    when it costs less than two providers' worth of score, and a far-away one-stop place does
    not beat near ones. It starts from each need's best result and makes the best improving
    move until none is left: move every need a provider is ranked for onto that provider, or
    move one need onto a provider the plan already uses. Ties go to the earlier-ranked
    result, so the outcome is deterministic; with cost 0 it is each need's first result.
    """
    open_needs = [need for need in needs if ranked.get(need)]
    by_id: dict[str, dict[str, ProviderMatch]] = {}
    for need in open_needs:
        for result in ranked[need]:
            by_id.setdefault(result.id, {})[need] = result
    chosen = {need: ranked[need][0] for need in open_needs}
    value = _value(chosen, provider_cost)
    while True:
        best_move: dict[str, ProviderMatch] | None = None
        best_value = value + _EPSILON
        for move in _moves(chosen, by_id):
            candidate = {**chosen, **move}
            candidate_value = _value(candidate, provider_cost)
            if candidate_value > best_value:
                best_move, best_value = move, candidate_value
        if best_move is None:
            break
        chosen.update(best_move)
        value = best_value
    return tuple(_step(need, chosen[need], ranked[need]) for need in open_needs)


def _moves(
    chosen: Mapping[str, ProviderMatch], by_id: Mapping[str, Mapping[str, ProviderMatch]]
) -> list[dict[str, ProviderMatch]]:
    used = {match.id for match in chosen.values()}
    moves: list[dict[str, ProviderMatch]] = []
    for provider_id in sorted(by_id):
        offers = by_id[provider_id]
        moves.append(dict(offers))
        if provider_id in used:
            moves.extend(
                {need: match} for need, match in sorted(offers.items()) if chosen[need].id != provider_id
            )
    return moves


def _value(chosen: Mapping[str, ProviderMatch], provider_cost: float) -> float:
    distinct = {match.id for match in chosen.values()}
    return sum(match.score for match in chosen.values()) - provider_cost * len(distinct)


def _step(need: str, choice: ProviderMatch, results: Sequence[ProviderMatch]) -> PlanStep:
    others = tuple(r.id for r in results if r.id != choice.id)[:_ALTERNATIVES]
    return PlanStep(need=need, id=choice.id, name=choice.name, score=choice.score, alternatives=others)
