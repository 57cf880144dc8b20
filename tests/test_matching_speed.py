"""The thirteenth speed pass's shortcuts give what the plain code they replace gives.

Each shortcut skips work that cannot change the answer; each test here compares it with the
plain code, written out, on random inputs (docs/benchmarks.md, "Thirteenth pass").
"""

from __future__ import annotations

import datetime as dt
import math
import struct

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_matching_oracle import KM_PER_DEGREE, SHKODER, TODAY, _providers, _weights

from svcmatch import storage
from svcmatch.errors import InputError
from svcmatch.geo.distance import EARTH_RADIUS_KM
from svcmatch.matching import match
from svcmatch.matching.case import Case
from svcmatch.matching.engine import (
    _KM_ORIGINS,
    FULL_DROP,
    Hit,
    Matcher,
    _decisive_over,
    _Terms,
    _with_decisive_notes,
    far_beyond,
    matcher_for,
)
from svcmatch.matching.plan import Choice, choose_plan
from svcmatch.matching.result import json_points, rounded
from svcmatch.matching.rules import Entry, Point, haversine_km
from svcmatch.matching.scoring import FACTORS, Factor, FactorSlots, Weights, join_words
from svcmatch.model import Coverage, Directory, DirectoryInfo, Provider


def _plain_notes(found: list[Hit], shown: list[Hit], need: str, terms: _Terms) -> list[str]:
    """_with_decisive_notes as it was written before the shortcut: every hit below each shown one."""
    notes = []
    for b in shown:
        note = ""
        for a in found[found.index(b) + 1 :]:
            if far_beyond(b.shown_km, a.shown_km):
                properties = _decisive_over(b, a, need, terms)
                if properties:
                    note = f"ranked above nearer {a.entry.provider.name} for {join_words(properties)}"
                    break
        notes.append(note)
    return notes


_hits = st.lists(
    st.tuples(
        st.one_of(st.none(), st.sampled_from([0.0, 0.4, 3.0, 14.9, 15.0, 29.0, 31.0, 60.0, 61.0, 300.0])),
        st.booleans(),  # full
        st.booleans(),  # VoT-specialised
        st.sampled_from([(), ("uk",), ("hu",)]),
        st.booleans(),  # disability access
    ),
    min_size=1,
    max_size=9,
)


@settings(max_examples=300, deadline=None)
@given(_hits, st.data(), st.sampled_from(["shelter", "legal", "medical"]))
def test_decisive_notes_are_those_of_every_hit_below_compared(
    drawn: list[tuple[float | None, bool, bool, tuple[str, ...], bool]], data: st.DataObject, need: str
) -> None:
    found = []
    for i, (km, full, vot, languages, access) in enumerate(drawn):
        provider = Provider(
            id=f"p{i}",
            name=f"Provider {i}",
            categories=(need,),
            city="Kyiv",
            region="UA-30",
            languages=languages,
            vot_specialised=vot,
            disability_access=access,
            coverage=Coverage("national"),
        )
        found.append(Hit(Entry(i, provider), -FULL_DROP if full else 0.0, km, km, False))
    shown = data.draw(st.lists(st.sampled_from(found), unique=True, max_size=len(found)))
    case = Case(country="UA", to="Kyiv", needs=(need,), language=("uk", "hu"), disability=True)
    terms = _Terms(case)
    expected = _plain_notes(found, shown, need, terms)
    _with_decisive_notes(found, shown, need, terms)
    assert [hit.decided for hit in shown] == expected


def test_a_move_that_changes_nothing_is_not_valued() -> None:
    """choose_plan skips a move whose every need already has its choice (read with map): two
    needs at one provider stay there, a cheaper plan with one provider fewer is taken."""
    a, b = Choice("a", 1.0, None), Choice("b", 0.95, None)
    assert choose_plan(["legal", "medical"], {"legal": [a], "medical": [Choice("a", 0.9, None)]}, 0.1) == {
        "legal": a,
        "medical": Choice("a", 0.9, None),
    }
    picked = choose_plan(["legal", "medical"], {"legal": [a], "medical": [b, Choice("a", 0.9, None)]}, 0.1)
    assert picked["medical"].id == "a"  # 0.05 points given up for one provider fewer (0.1)


def _plain_plan(
    needs: list[str], candidates: dict[str, list[Choice]], cost: float, used: frozenset[str]
) -> dict[str, Choice]:
    """choose_plan as the docstring says it, every move valued: the provider's needs onto it, or
    one need onto a provider the plan uses; the best one that adds more than 1e-9, first of equals."""
    open_needs = [need for need in needs if candidates.get(need)]
    offers: dict[str, dict[str, Choice]] = {}
    first_rank: dict[str, int] = {}
    for need in open_needs:
        for rank, choice in enumerate(candidates[need]):
            offers.setdefault(choice.id, {}).setdefault(need, choice)
            first_rank[choice.id] = min(rank, first_rank.get(choice.id, rank))
    providers = sorted(offers, key=first_rank.__getitem__)

    def worth(plan: dict[str, Choice]) -> float:
        return sum(c.points for c in plan.values()) - cost * len({c.id for c in plan.values()} - used)

    plan = {need: candidates[need][0] for need in open_needs}
    while True:
        uses = {c.id for c in plan.values()} | used
        moves = []
        for pid in providers:
            moves.append(offers[pid])
            if pid in uses:
                moves += [{n: c} for n, c in sorted(offers[pid].items()) if plan[n].id != pid]
        now, best = worth(plan), None
        best_worth = now + 1e-9
        for move in moves:
            after = {**plan, **move}
            if worth(after) > best_worth:
                best, best_worth = move, worth(after)
        if best is None:
            return plan
        plan.update(best)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_plan_skips_only_moves_that_cannot_pay(data: st.DataObject) -> None:
    """choose_plan leaves unvalued a move of one need onto a provider it does not use for no more
    points; its plan is the plain one's, with providers shared between needs, ties, her
    accommodation among them and costs from none to more than a result's points (and below 0,
    which `--weights` refuses and a library caller's Weights may hold)."""
    needs = data.draw(
        st.lists(st.sampled_from(["legal", "medical", "psychosocial", "family"]), min_size=1, unique=True)
    )
    ids = st.sampled_from(["a", "b", "c", "d", "e", "f"])
    points = st.sampled_from([0.0, 0.25, 0.5, 0.5 + 1e-10, 0.6, 0.95, 1.0, 1.3])
    candidates = {
        need: [
            Choice(pid, score, None)
            for pid, score in data.draw(
                st.lists(st.tuples(ids, points), max_size=5, unique_by=lambda pair: pair[0])
            )
        ]
        for need in needs
    }
    for choices in candidates.values():
        choices.sort(key=lambda c: -c.points)  # results come best first
    cost = data.draw(st.sampled_from([0.0, 0.05, 0.1, 0.3, 2.0, -0.3]))  # below 0: a library caller's
    used = frozenset(data.draw(st.lists(ids, max_size=2)))
    assert choose_plan(needs, candidates, cost, used) == _plain_plan(needs, candidates, cost, used)


def test_distances_kept_per_point_are_bounded_and_exact() -> None:
    """Matcher.kms_from keeps the distances rank measured from a point: a second case from the
    same place reads them and ranks as the first did; the points kept are at most _KM_ORIGINS."""
    directory = storage.load_directory("AL", "directories")
    matcher = Matcher(directory)
    case = Case(country="AL", to="Shkodër", needs=("shelter", "medical", "legal"), sex="female", age=30)
    first = match(case, directory, today=dt.date(2026, 11, 28))
    kept = matcher_for(directory)._kms
    assert kept and all(kms for kms in kept.values())
    for key, kms in kept.items():
        point = Point(*key)
        for e in matcher_for(directory).entries:
            if e.index in kms:
                assert kms[e.index] == haversine_km(point, e.lat_r, e.lon_r, e.cos_lat)
    assert match(case, directory, today=dt.date(2026, 11, 28)).to_json() == first.to_json()
    for n in range(_KM_ORIGINS + 10):
        matcher.kms_from((40.0 + n / 1000, 20.0))[n] = 1.0
    assert 0 < len(matcher._kms) <= _KM_ORIGINS


def _plain_slots(p: Provider, need: str, today: dt.date, weights: Weights) -> FactorSlots:
    """factor_slots as it was written before the nineteenth speed pass: every factor's weight
    asked for each provider."""
    found: list[tuple[str, float, Factor | None]] = []
    for f in FACTORS:
        weight = f.weight(need, weights)
        if weight <= 0:
            continue
        if f.value is not None:
            found.append((f.name, weight * f.value(p, need, today), None))
        else:
            found.append((f.name, weight, f))
    return tuple(found)


@settings(max_examples=60, deadline=None)
@given(st.lists(_providers, min_size=1, max_size=12, unique_by=lambda p: p.id), _weights, st.data())
def test_a_providers_known_slots_and_rounded_points_are_its_own(
    providers: list[Provider], weights: dict[str, float], data: st.DataObject
) -> None:
    """Each need's weighed factors are kept per need, and the points rounded as the JSON shows
    them are kept for every provider of a Scoring: each provider's slots, and each slot's rounded
    points, are those worked out for it alone."""
    try:
        w = Weights.from_mapping(weights)
    except InputError:
        assume(False)
        raise
    directory = Directory(DirectoryInfo("AL"), tuple(providers))
    today = data.draw(st.sampled_from([TODAY, dt.date(2027, 6, 1)]))
    scoring = matcher_for(directory).scoring(today, w)
    for i, p in enumerate(providers):
        for need in p.categories:
            known = scoring.known(Entry(i, p), need)
            assert known.slots == _plain_slots(p, need, today, w)
            for _, points, _ in known.slots:
                assert known.rounded[points] == json_points(points, 4)
            assert known.rounded[0.0] == 0.0


_reaching_providers = st.lists(
    st.tuples(
        st.floats(-60.0, 60.0),  # km north of Shkodër
        st.floats(-60.0, 60.0),  # km east
        st.sampled_from([None, 0.0, 0.001, 0.6, 5.0, 20.0, 30.0, 59.5, 100.0, 7_000.0]),  # radius
        st.booleans(),  # outreach
        st.lists(st.sampled_from(["shelter", "medical", "legal"]), min_size=1, max_size=2, unique=True),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(_reaching_providers, st.data())
def test_the_providers_reaching_a_point_are_those_the_haversine_finds(
    drawn: list[tuple[float, float, float | None, bool, list[str]]], data: st.DataObject
) -> None:
    """Matcher.reached tells most providers' reach by the cosine of their angle with the point
    and leaves those within REACH_MARGIN_KM of it to the haversine: it finds the providers whose
    reach is at least their haversine distance, as the plain test does, also for a point drawn
    at a provider's reach to within a metre, a millimetre or nothing."""
    providers = [
        Provider(
            id=f"p{i:02d}",
            name=f"Provider {i}",
            categories=tuple(needs),
            city="Shkodër",
            region="AL-10",
            latitude=SHKODER[0] + north / KM_PER_DEGREE,
            longitude=SHKODER[1] + east / KM_PER_DEGREE,
            coverage=Coverage("radius", km=radius) if radius is not None else Coverage("national"),
            outreach=outreach,
        )
        for i, (north, east, radius, outreach, needs) in enumerate(drawn)
    ]
    matcher = Matcher(Directory(DirectoryInfo("AL"), tuple(providers)))
    at = data.draw(st.sampled_from(matcher.entries))
    gap = data.draw(st.sampled_from([0.0, 1e-9, -1e-9, 1e-6, -1e-6, 0.001, -0.001, 0.09, -0.11, 3.0]))
    # due north of a provider, its reach plus the gap away (along a meridian the haversine is the
    # angle times the radius)
    north = math.degrees(at.lat_r + (at.reach_km + gap) / EARTH_RADIUS_KM)
    east = data.draw(st.floats(-1.0, 1.0))
    for latitude, longitude in [(north, math.degrees(at.lon_r)), (SHKODER[0] + east, SHKODER[1] - east)]:
        if not -90 < latitude < 90:
            continue
        point = Point(latitude, longitude)
        plain: dict[str, list[str]] = {}
        for e in matcher.entries:
            if e.reach_km > 0 and e.reach_km >= haversine_km(point, e.lat_r, e.lon_r, e.cos_lat):
                for need in e.categories:
                    plain.setdefault(need, []).append(e.provider.id)
        found = matcher.reached((latitude, longitude), point)
        assert {need: sorted(e.provider.id for e in entries) for need, entries in found.items()} == {
            need: sorted(ids) for need, ids in plain.items()
        }


def test_a_match_runs_no_comprehension_of_its_own() -> None:
    """Matcher.match builds its lists and dicts in loops (twenty-second speed pass): Python 3.11
    makes a function object for each comprehension or generator it runs, about 20 a case there
    before. Counted by a profile hook over matches that plan, pass over full places, find near
    misses and leave a need unmet, with and without `explain_excluded`."""
    import sys

    directory = storage.load_directory("AL", "directories")
    code = Matcher.match.__code__
    inside = range(code.co_firstlineno, max(line for _, _, line in code.co_lines() if line) + 1)
    made: list[str] = []

    def hook(frame, event, _arg):  # type: ignore[no-untyped-def]
        here = frame.f_code
        ours = here.co_filename == code.co_filename and here.co_firstlineno in inside
        if event == "call" and ours and here.co_name.startswith("<"):
            made.append(f"{here.co_name} at line {here.co_firstlineno}")

    cases = [
        Case(country="AL", to="Shkodër", needs=("shelter", "medical", "legal"), sex="female", age=30),
        Case(country="AL", to="Tiranë", needs=("shelter", "childcare", "employment"), sex="male", age=17),
        Case(country="AL", to="Korçë", needs=("housing", "family", "psychosocial"), sex="female", age=44),
    ]
    sys.setprofile(hook)
    try:
        results = [
            match(case, directory, today=dt.date(2026, 11, 28), explain_excluded=n == 1)
            for n, case in enumerate(cases)
        ]
    finally:
        sys.setprofile(None)
    assert any(r.plan for r in results) and any(r.near_misses for r in results)
    assert made == []


def test_results_compare_hash_and_show_as_their_dataclasses_would() -> None:
    """ProviderMatch, NearMiss, PlanStep and MatchResult write __eq__, __hash__ and __repr__
    themselves (result._compared_by_fields, twenty-second speed pass): the same as a dataclass of
    the same fields gives, on a sample's results with near misses, and with one field changed."""
    import dataclasses
    import inspect
    from typing import Any

    from svcmatch.matching.result import MatchResult, NearMiss, PlanStep, ProviderMatch

    directory = storage.load_directory("AL", "directories")
    case = Case(country="AL", to="Shkodër", needs=("shelter", "medical", "childcare"), sex="male", age=16)
    result = match(case, directory, today=dt.date(2026, 11, 28), explain_excluded=True)
    found: list[Any] = [result, *result.plan, *(m for ms in result.needs.values() for m in ms)]
    found += [m for ms in result.near_misses.values() for m in ms]
    assert {type(x) for x in found} == {MatchResult, PlanStep, ProviderMatch, NearMiss}
    for cls in (MatchResult, PlanStep, ProviderMatch, NearMiss):  # none compiled from source at start
        for name in ("__eq__", "__hash__", "__repr__"):
            assert inspect.unwrap(getattr(cls, name)).__code__.co_filename != "<string>", (cls, name)
    for x in found:
        declared = dataclasses.fields(x)
        plain = dataclasses.make_dataclass(
            type(x).__name__,
            [(f.name, Any, dataclasses.field(compare=f.compare, hash=f.hash, repr=f.repr)) for f in declared],
            frozen=True,
        )
        plain.__qualname__ = type(x).__qualname__
        values = {f.name: getattr(x, f.name) for f in declared}
        ours, theirs = x, plain(**values)
        assert repr(ours) == repr(theirs)
        try:
            expected: object = hash(theirs)
        except TypeError as error:  # a dict among its fields
            expected = str(error)
        try:
            assert hash(ours) == expected
        except TypeError as error:
            assert str(error) == expected
        assert ours == dataclasses.replace(ours)
        for f in declared:
            changed = {f.name: "changed"}
            assert (ours == dataclasses.replace(ours, **changed)) == (
                theirs == dataclasses.replace(theirs, **changed)
            )
        assert ours != theirs and ours.__eq__(theirs) is NotImplemented


def _bits(value: float) -> bytes:
    return struct.pack("<d", value)


_tie_sides = st.sampled_from([0.0, math.inf, -math.inf])


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(-1e5, 1e5),
        # halves at every digit, exact and an ulp either side: where round's half to even decides
        st.builds(
            lambda whole, digits, side: (
                math.nextafter((whole + 0.5) / 10**digits, side) if side else (whole + 0.5) / 10**digits
            ),
            st.integers(-(10**8), 10**8),
            st.integers(0, 4),
            _tie_sides,
        ),
        st.builds(
            lambda whole, digits: whole / 10**digits, st.integers(-(10**10), 10**10), st.integers(0, 4)
        ),
    ),
    st.integers(0, 4),
)
def test_rounded_is_round_bit_for_bit(value: float, digits: int) -> None:
    want, got = round(value, digits), rounded(value, digits)
    assert _bits(got) == _bits(want) or (math.isnan(got) and math.isnan(want))
