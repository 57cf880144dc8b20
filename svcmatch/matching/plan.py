"""The plan: one provider per need, preferring fewer distinct providers when it costs little."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .result import PlanStep, ProviderMatch

_ALTERNATIVES = 2


def choose_plan(needs: Sequence[str], ranked: Mapping[str, Sequence[ProviderMatch]],
                tolerance: float) -> tuple[PlanStep, ...]:
    """Greedy one-stop plan over the ranked results shown for each need.

    A provider may take a need when its score is at most `tolerance` below that need's best.
    Repeatedly, the provider that may take the most of the needs still open wins (then the
    higher total score, then the id), and takes all of them. With tolerance 0 the plan is
    simply each need's first result.
    """
    best = {need: ranked[need][0].score for need in needs if ranked.get(need)}
    scores: dict[str, dict[str, ProviderMatch]] = {}
    for need in best:
        for result in ranked[need]:
            scores.setdefault(result.id, {})[need] = result
    chosen: dict[str, ProviderMatch] = {}
    open_needs = [need for need in needs if need in best]
    while open_needs:
        options = []
        for provider_id, by_need in scores.items():
            takes = [n for n in open_needs if n in by_need and by_need[n].score >= best[n] - tolerance - 1e-9]
            if takes:
                total = sum(by_need[n].score for n in takes)
                options.append((-len(takes), -total, provider_id, takes))
        _, _, provider_id, takes = min(options)
        for need in takes:
            chosen[need] = scores[provider_id][need]
        open_needs = [n for n in open_needs if n not in takes]
    return tuple(_step(need, chosen[need], ranked[need]) for need in needs if need in chosen)


def _step(need: str, choice: ProviderMatch, results: Sequence[ProviderMatch]) -> PlanStep:
    others = tuple(r.id for r in results if r.id != choice.id)[:_ALTERNATIVES]
    return PlanStep(need=need, id=choice.id, name=choice.name, score=choice.score, alternatives=others)
