"""A batch's run keeps each search's answer for the same search asked again (engine.keep_searches).

The memo is keyed by everything the search reads: matched with it, in any order and with cases
asked twice, every case's result is the one matched without it. It answers a search asked again
without reading the grid, holds at most SEARCHES_KEPT answers, and nothing of a run is kept
past it (a confidential shelter's public cell and distances among them).
"""

from __future__ import annotations

import io
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_matching_oracle import TODAY, _providers

from svcmatch import batch
from svcmatch.matching import Case, engine, match
from svcmatch.matching.engine import Matcher, keep_searches
from svcmatch.model import Directory, DirectoryInfo, Provider

#: a case's values, each drawn from a few, so that cases differ in one or two of them
_CHOICES: dict[str, list[Any]] = {
    "needs": [("shelter", "medical"), ("medical",), ("shelter", "psychosocial"), ("psychosocial", "medical")],
    "language": [(), ("sq",), ("en", "it")],
    "disability": [False, True],
    "exploitation": [None, "sexual"],
    "max_km": [None, 50.0, 5.0],
    "top": [6, 7, 3],  # below 6 the plan's depth is searched (PLAN_DEPTH)
    # two places in the providers' region, its county, and a town of another region
    "to": ["Shkoder", "Vau i Dejës", "Shkodër County", "Lezhë"],
    "sex": [None, "female", "male"],
    "age": [None, 16, 30],
    "children": [0, 1],
    "avoid_region": [(), ("AL-11",)],
}
#: the oracle's providers, of fewer needs (more candidates each), some of them for one sex, an
#: age range, or taking children
_eligible = st.builds(
    lambda p, needs, sexes, ages, children: replace(
        p, categories=needs, sexes=sexes, min_age=ages[0], max_age=ages[1], accompanying_children=children
    ),
    _providers,
    st.sampled_from([("shelter",), ("medical",), ("shelter", "medical"), ("medical", "psychosocial")]),
    st.sampled_from([(), (), ("female",), ("male",)]),
    st.sampled_from([(None, None), (None, None), (18, None), (None, 25)]),
    st.booleans(),
)
_base = st.fixed_dictionaries({name: st.sampled_from(values) for name, values in _CHOICES.items()})
_changes = st.lists(
    st.sampled_from(sorted(_CHOICES)).flatmap(
        lambda name: st.tuples(st.just(name), st.sampled_from(_CHOICES[name]))
    ),
    min_size=1,
    max_size=5,
)


def _results(directory: Directory, cases: list[Case], kept: engine.SearchMemo | None) -> list[Any]:
    found = []
    for case in cases:
        before = keep_searches(kept)
        try:
            found.append(match(case, directory, today=TODAY).to_json())
        finally:
            keep_searches(before)
    return found


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_eligible, min_size=8, max_size=30, unique_by=lambda p: p.id),
    _base,
    _changes,
    st.randoms(use_true_random=False),
)
def test_a_search_answered_again_is_the_search_made_again(
    providers: list[Provider], base: dict[str, Any], changes: list[tuple[str, Any]], rng: Any
) -> None:
    directory = Directory(DirectoryInfo("AL"), tuple(providers))
    cases = [Case(country="AL", **base)]
    for name, value in changes:  # each the case before with one value changed
        cases.append(Case(country="AL", **{**base, name: value}))
    again = [*cases, *rng.sample(cases, len(cases))]  # each asked twice, in another order
    without = _results(directory, again, None)
    kept: engine.SearchMemo = OrderedDict()
    assert _results(directory, again, kept) == without


def _sample() -> Directory:
    return Directory(
        DirectoryInfo("AL"),
        (
            Provider(
                id="al-1",
                name="Shelter One",
                categories=("shelter", "medical"),
                city="Shkodër",
                region="AL-10",
                latitude=42.07,
                longitude=19.51,
            ),
            Provider(
                id="al-2",
                name="Clinic Two",
                categories=("medical", "legal"),
                city="Shkodër",
                region="AL-10",
                latitude=42.06,
                longitude=19.52,
            ),
        ),
    )


def _rows(count: int) -> io.BytesIO:
    lines = ["case_id,country,to,needs,sex,age"]
    lines += [f"C{n},AL,Shkoder,shelter|medical|legal,female,30" for n in range(count)]
    return io.BytesIO("\n".join(lines).encode())


def _run(directory: Directory, count: int) -> Iterator[batch.Outcome]:
    return batch.run_batch(
        batch.CaseReader(_rows(count), "csv"), batch.BatchSettings(today=TODAY), directories={"AL": directory}
    )


def test_a_run_answers_a_search_asked_again_without_reading_the_grid() -> None:
    directory = _sample()
    reads = mock.patch.object(Matcher, "blocks", autospec=True, side_effect=Matcher.blocks)
    with reads as blocks:
        outcomes = list(_run(directory, 3))
        first = blocks.call_count  # (the first case's searches, and the plan's checks)
    assert first > 0
    with reads as blocks:
        list(_run(directory, 1))
        alone = blocks.call_count
    assert first == alone  # the second and third cases read no cell: their searches were kept
    records = [{k: v for k, v in o.record.items() if k not in ("case_id", "row")} for o in outcomes]
    assert records[0] == records[1] == records[2]


def test_nothing_of_a_run_is_kept_past_it() -> None:
    directory = _sample()
    seen: list[int] = []

    def matching(*args: Any, **kwargs: Any) -> Any:
        kept = engine._searches.kept
        assert kept is not None
        seen.append(id(kept))
        return match(*args, **kwargs)

    with mock.patch.object(batch, "match", matching):
        run = _run(directory, 4)
        next(run)
        assert engine._searches.kept is None  # only while a case is matched
        next(run)
        run.close()  # a run ended early
    assert engine._searches.kept is None
    assert len(set(seen)) == 1  # one memo for the run's cases
    list(_run(directory, 1))
    assert engine._searches.kept is None


def test_the_memo_keeps_at_most_its_bound_the_oldest_dropped() -> None:
    directory = _sample()
    kept: engine.SearchMemo = OrderedDict()
    # (a depth below the plan's, PLAN_DEPTH, is searched to the plan's: tops from 6 differ)
    cases = [Case(country="AL", to="Shkoder", needs=("medical",), top=top) for top in (6, 7, 8, 9)]
    with mock.patch.object(engine, "SEARCHES_KEPT", 2):
        _results(directory, cases, kept)
    assert [key[12] for key in kept] == [8, 9]
