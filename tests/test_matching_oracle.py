"""The fast search against a brute-force scorer written from docs/matching.md (not from the code).

Random directories and random cases (languages, disability, several needs, --top, weights):
every result, its order, its score and the plan's accommodation must be what scoring every
eligible provider by the documented formula and sorting them gives. A bound left out of the
search, or a factor the search and the score read differently, fails here.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from svcmatch.errors import InputError
from svcmatch.geo.gazetteer import load_gazetteer
from svcmatch.matching import Case, Weights, match
from svcmatch.matching.engine import matcher_for
from svcmatch.matching.grid import SIZES
from svcmatch.matching.rules import NOT_HOUSED_THERE, Entry, Point, coarse_km, failures, haversine_km
from svcmatch.model import Coverage, Directory, DirectoryInfo, Provider

TODAY = dt.date(2026, 3, 1)
SHKODER = (42.06828, 19.51258)
KM_PER_DEGREE = 111.19
ACCOMMODATION = ("shelter", "housing")
#: needs of the place of return, ranked from there whatever the plan houses her (docs/matching.md)
AT_HOME = ("family", "documentation", "social_protection")
#: a job and a business, ranked from the place of return where the plan houses her at a shelter
#: more than FAR_KM from it (docs/matching.md, nineteenth caseworker pass)
SETTLED = ("employment", "income_generation")
#: courses: from the place of return too where every option not full is more than FAR_KM from
#: that far shelter (docs/matching.md, twenty-second caseworker pass)
COURSES = ("vocational_training", "education")
FAR_KM = 60.0
PLACES = ("shelter", "housing", "childcare")
LANGUAGE_SERVICES = ("psychosocial", "legal", "medical", "case_management")
NEEDS = (
    *("shelter", "medical", "psychosocial", "childcare", "family", "documentation", "employment"),
    "vocational_training",
)


# --- the documented formula, written out --------------------------------------------------


def documented_points(p: Provider, need: str, km: float | None, case: Case, w: Weights) -> float:
    """docs/matching.md, "The score": the sum of each factor's points."""
    points = -w.distance * math.log2(1 + (w.distance_unknown_km if km is None else km) / w.distance_scale_km)
    staying = need in ACCOMMODATION
    if p.vot_specialised:
        points += w.vot_specialised if staying else w.vot_service
    if case.language and set(case.language) & set(p.languages):
        points += w.language if need in LANGUAGE_SERVICES else w.language_other
    if case.exploitation and case.exploitation in p.exploitation_types:
        points += w.exploitation
    if case.disability and not staying and p.disability_access:
        points += w.disability
    if p.verified_on is not None:
        points += w.freshness * 0.5 ** (max((TODAY - p.verified_on).days, 0) / 365)
    if need in PLACES and p.capacity_available and p.capacity_available > 0 and recent(p):
        points += w.capacity
    return points


def recent(p: Provider) -> bool:
    return p.capacity_updated is not None and (TODAY - p.capacity_updated).days <= 30


def full(p: Provider, need: str) -> bool:
    return need in PLACES and p.capacity_available is not None and p.capacity_available <= 0 and recent(p)


def shown(p: Provider, km: float | None) -> float | None:
    return km if km is None or not p.confidential_address else float(coarse_km(km))


def brute_force(
    case: Case, providers: list[Provider], w: Weights, stay: str | None = None
) -> dict[str, list[tuple[str, float]]]:
    """Every eligible provider of each need scored and sorted as the docs say; services from
    the accommodation the plan takes (the first one that is not full, or `stay`, the id of the
    one the plan chose instead when it weighed her services: plan.other_stays), but family support, for her
    family at the place of return, from there (as a place to stay is). From a region of return
    (it has towns in the gazetteer): 0 km in it, else from its town nearest to the provider,
    and so are coverage by a radius and --max-km."""
    matcher = matcher_for(Directory(DirectoryInfo("AL"), tuple(providers)))
    ctx = matcher.context(case)
    home = ctx.point
    dest = ctx.destination
    towns = [Point(t.latitude, t.longitude) for t in load_gazetteer("AL").towns if t.region == dest.region]
    by_region = dest.kind == "region" and bool(towns)

    def from_home(e: Entry) -> float | None:
        if not e.located:
            return None
        if by_region:
            return min(haversine_km(t, e.lat_r, e.lon_r, e.cos_lat) for t in towns)
        return haversine_km(home, e.lat_r, e.lon_r, e.cos_lat) if home else None

    found: dict[str, list[tuple[str, float]]] = {}
    anchor: Entry | None = None
    far_shelter = False  # housed at a shelter more than FAR_KM away: she settles at the place of return

    def ranked(need: str, from_stay: bool) -> list[tuple[Any, str, float, Entry]]:
        origin = home
        if from_stay and anchor is not None and anchor.located:
            origin = Point(anchor.provider.latitude or 0.0, anchor.provider.longitude or 0.0)
        rows = []
        for e in matcher.entries:  # public views: a confidential shelter is where its cell is
            p = e.provider
            if need not in p.categories:
                continue
            to_home = from_home(e)
            if failures(e, need, ctx, to_home):
                continue
            if origin is home and by_region:
                # in it, located or not (without a location, not known to be within a limit)
                inside = p.region == dest.region and (e.located or case.max_km is None)
                km = 0.0 if inside else to_home
                km_shown = km if inside else shown(p, km)
            else:
                km = haversine_km(origin, e.lat_r, e.lon_r, e.cos_lat) if origin and e.located else None
                km_shown = shown(p, km)
            if anchor is e and from_stay:
                km_shown = 0.0
            points = documented_points(p, need, km_shown, case, w)
            verified = -p.verified_on.toordinal() if p.verified_on else 0
            # known free places: confirmed in the last 30 days, for a need with places
            no_places = not (need in PLACES and (p.capacity_available or 0) > 0 and recent(p))
            key = (
                full(p, need),
                -round(points, 9),
                math.inf if km_shown is None else km_shown,
                p.region != ctx.destination.region,
                verified,
                no_places,
                p.name.casefold(),
                p.id,
            )
            rows.append((key, p.id, points, e))
        rows.sort(key=lambda row: row[0])
        return rows

    for need in sorted(case.needs, key=lambda n: n not in ACCOMMODATION):
        from_stay = (
            need not in ACCOMMODATION and need not in AT_HOME and not (need in SETTLED and far_shelter)
        )  # docs/matching.md: from the place of return
        rows = ranked(need, from_stay)
        open_km = [key[2] for key, _, _, _ in rows if not key[0] and math.isfinite(key[2])]
        if need in COURSES and far_shelter and from_stay and open_km and min(open_km) > FAR_KM:
            rows = ranked(need, False)  # no course near the far shelter: taken where she settles
        found[need] = [(pid, points) for _, pid, points, _ in rows]
        if need in ACCOMMODATION and anchor is None:
            open_rows = [(e, key[2]) for key, _, _, e in rows if not key[0]]
            chosen = [(e, km) for e, km in open_rows if e.provider.id == stay]
            first = chosen[0] if chosen else next(iter(open_rows), None)
            if first is not None:
                anchor, stay_km = first
                far_shelter = need == "shelter" and math.isfinite(stay_km) and stay_km > FAR_KM
    return found


# --- random directories and cases ------------------------------------------------------------

_dates = st.sampled_from([None, dt.date(2026, 2, 20), dt.date(2025, 6, 1), dt.date(2023, 1, 1)])
_providers = st.builds(
    lambda i, km, east, needs, langs, access, vot, places, updated, verified, kind, secret, expl, located: (
        Provider(
            id=f"p{i:03d}",
            # shared names: the ties rule must reach the id; in towns (and, confidential, under
            # names) of their own, since two records of one name in one town are one service
            # point, shown once (tests/test_matching_panel_sixteenth.py)
            name=f"Safe House {i}" if secret else f"Provider {i % 7}",
            categories=needs,
            city=f"Shkodër {i}",
            region="AL-10" if abs(km) < 40 else "AL-11",
            latitude=SHKODER[0] + km / KM_PER_DEGREE if located else None,
            longitude=SHKODER[1] + east / KM_PER_DEGREE if located else None,
            languages=langs,
            disability_access=access,
            vot_specialised=vot,
            capacity_available=places,
            capacity_updated=updated,
            verified_on=verified,
            coverage=Coverage(kind, km=60.0 if kind == "radius" else None),
            confidential_address=secret,
            exploitation_types=expl,
        )
    ),
    st.integers(0, 999),
    st.sampled_from([0.0, 0.4, 1.0, 3.0, 12.0, 25.0, 40.0, 70.0, 140.0, 300.0, -8.0, -35.0]),
    st.sampled_from([0.0, 1.5, -20.0]),
    st.lists(st.sampled_from(NEEDS), min_size=1, max_size=3, unique=True).map(tuple),
    st.sampled_from([(), ("sq",), ("en",), ("sq", "it")]),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, 0, 3]),
    _dates,
    _dates,
    st.sampled_from(["regions", "radius", "national", "national"]),
    st.booleans(),
    st.sampled_from([(), ("sexual",)]),
    st.sampled_from([True, True, True, False]),
)
_cases = st.fixed_dictionaries(
    {
        "needs": st.lists(st.sampled_from(NEEDS), min_size=1, max_size=3, unique=True).map(tuple),
        "language": st.sampled_from([(), ("sq",), ("en", "it")]),
        "disability": st.booleans(),
        "exploitation": st.sampled_from([None, "sexual"]),
        "max_km": st.sampled_from([None, None, 50.0]),
        "top": st.integers(1, 6),
        "to": st.sampled_from(["Shkoder", "Shkoder", "Shkodër County"]),
    }
)
_weights = st.fixed_dictionaries(
    {},
    optional={
        "distance": st.sampled_from([0.2, 0.3, 0.6]),
        "vot_specialised": st.sampled_from([0.0, 0.36, 1.0]),
        "language": st.sampled_from([1.0, 1.5, 2.5]),  # Weights.check keeps the language rule
        "language_other": st.sampled_from([0.0, 0.1]),
        "disability": st.sampled_from([0.1, 0.3]),
        "freshness": st.sampled_from([0.0, 0.05]),
        "capacity": st.sampled_from([0.0, 0.04]),
        "distance_scale_km": st.sampled_from([10.0, 30.0, 60.0]),
        "distance_unknown_km": st.sampled_from([20.0, 50.0]),
    },
)


def grid_of(size: float) -> Any:
    """Matchers made meanwhile read space by cells `size` degrees wide, whatever their density
    would choose (grid.size_for): the search's answers must not depend on it."""
    return mock.patch("svcmatch.matching.engine.size_for", lambda points: size)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_providers, max_size=25, unique_by=lambda p: p.id), _cases, _weights, st.sampled_from(SIZES))
def test_the_search_finds_what_scoring_everyone_finds(
    providers: list[Provider], values: dict[str, Any], weights: dict[str, float], size: float
) -> None:
    try:
        w = Weights.from_mapping(weights)
    except InputError:
        assume(False)
        raise
    case = Case(country="AL", **values)
    with grid_of(size):
        result = match(case, Directory(DirectoryInfo("AL"), tuple(providers)), today=TODAY, weights=w)
    plan = {step.need: step.id for step in result.plan}
    # where the plan houses her: the first open stay, or another it weighed her services by
    housed = next((plan[need] for need in ("shelter", "housing") if need in plan), None)
    expected = brute_force(case, providers, w, housed)
    for need in case.needs:
        got = [(m.id, m.score) for m in result.needs[need]]
        want = expected[need][: case.top]
        if len(got) == case.top + 1:  # the plan's choice, shown with its rank below --top
            pid, _ = got[-1]
            assert pid == plan.get(need) and pid not in [p for p, _ in want]
            assert result.needs[need][-1].rank == [p for p, _ in expected[need]].index(pid) + 1
            want = [*want, next(item for item in expected[need] if item[0] == pid)]
        assert [pid for pid, _ in got] == [pid for pid, _ in want], need
        for (_, score), (_, points) in zip(got, want, strict=True):
            assert math.isclose(score, points, abs_tol=1e-6)
        for m in result.needs[need]:
            assert math.isclose(sum(m.factors.values()), m.score, abs_tol=1e-3)
    for need in case.needs:
        if need in ACCOMMODATION:
            first_open = next((pid for pid, _ in expected[need] if not _full_id(providers, pid, need)), None)
            if plan.get(need) != first_open:  # housed elsewhere for her services: it says so
                step = next(step for step in result.plan if step.need == need)
                assert plan.get(need) in [pid for pid, _ in expected[need]] and step.trade_off, step
            else:
                assert plan.get(need) == first_open
        assert plan.get(need) is None or not _full_id(providers, plan[need], need)


def _full_id(providers: list[Provider], pid: str, need: str) -> bool:
    return full(next(p for p in providers if p.id == pid), need)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_providers, max_size=25, unique_by=lambda p: p.id), _cases, _weights)
def test_the_distance_rule_holds_unless_a_decisive_property_decides(
    providers: list[Provider], values: dict[str, Any], weights: dict[str, float]
) -> None:
    """For the default weights and any weights Weights.check takes (a rule of the issue)."""
    try:
        w = Weights.from_mapping(weights)
    except InputError:
        assume(False)
        raise
    case = Case(country="AL", **{**values, "top": 100})
    result = match(case, Directory(DirectoryInfo("AL"), tuple(providers)), today=TODAY, weights=w)
    by_id = {p.id: p for p in providers}
    for need, matches in result.needs.items():
        for i, far in enumerate(matches):
            for near in matches[i + 1 :]:
                a, b = far.distance_km, near.distance_km
                if a is None or b is None or not (a > 2 * b and a > b + 30):
                    continue
                pf, pn = by_id[far.id], by_id[near.id]
                spoken = set(case.language)
                decisive = (
                    (need in ACCOMMODATION and pf.vot_specialised and not pn.vot_specialised)
                    or (bool(spoken & set(pf.languages)) and not spoken & set(pn.languages))
                    or (
                        case.disability
                        and need not in ACCOMMODATION
                        and pf.disability_access > pn.disability_access
                    )
                    or (near.full and not far.full)
                )
                assert decisive, (need, far.id, near.id)
                assert any(r.startswith("ranked above nearer") for r in far.reasons), far.reasons


def _counsellor(pid: str, km: float, languages: tuple[str, ...], **fields: Any) -> Provider:
    """A national counselling service `km` north of Shkodër."""
    return Provider(
        id=pid,
        name=f"Counsellor {int(pid[1:]) % 5}",
        categories=("psychosocial",),
        city=f"Shkodër {pid}",  # one service point each (a name in a town is one: shown once)
        region="AL-10",
        latitude=SHKODER[0] + km / KM_PER_DEGREE,
        longitude=SHKODER[1],
        languages=languages,
        coverage=Coverage("national"),
        **fields,
    )


_counsellors = st.builds(
    lambda i, km, langs, access, verified, expl: _counsellor(
        f"c{i:03d}", km, langs, disability_access=access, verified_on=verified, exploitation_types=expl
    ),
    st.integers(0, 999),
    st.sampled_from([0.0, 1.0, 3.0, 12.0, 25.0, 30.0, 45.0, 60.0, 140.0]),
    st.sampled_from([(), ("sq",), ("en",)]),
    st.booleans(),
    _dates,
    st.sampled_from([(), ("sexual",)]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_providers, max_size=10, unique_by=lambda p: p.id),
    st.lists(_counsellors, min_size=2, max_size=8, unique_by=lambda p: p.id),
    _cases,
    _weights,
)
def test_the_language_rule_holds_for_any_weights_taken(
    providers: list[Provider],
    counsellors: list[Provider],
    values: dict[str, Any],
    weights: dict[str, float],
) -> None:
    """Issue 12: for counselling, legal aid, medical care and case management, a provider that
    speaks one of the person's languages ranks above one that speaks none of them, unless the
    speaker is more than twice as far and more than 30 km farther; for any weights accepted
    (Weights.check refuses the others)."""
    try:
        w = Weights.from_mapping(weights)
    except InputError:
        assume(False)
        raise
    needs = tuple(dict.fromkeys(("psychosocial", *values["needs"])))
    case = Case(country="AL", **{**values, "needs": needs, "language": ("sq",), "top": 100})
    everyone = (*providers, *counsellors)
    result = match(case, Directory(DirectoryInfo("AL"), everyone), today=TODAY, weights=w)
    by_id = {p.id: p for p in everyone}
    spoken = set(case.language)
    for need, matches in result.needs.items():
        if need not in LANGUAGE_SERVICES:
            continue
        for i, silent in enumerate(matches):
            if spoken & set(by_id[silent.id].languages):
                continue
            for speaker in matches[i + 1 :]:
                if not spoken & set(by_id[speaker.id].languages):
                    continue
                a, b = speaker.distance_km, silent.distance_km
                assert a is None or b is None or (a > 2 * b and a > b + 30), (need, speaker.id, silent.id)


_FAR_AWAY = "options are far away: the nearest, "
#: Counsellors either near Shkodër or far from it, the far ones speaking Albanian more often: a
#: need whose five best results are all far while a nearer one ranks below them.
_near_or_far = st.builds(
    lambda i, km, speaks, full: _counsellor(
        f"n{i:03d}",
        km,
        ("sq",) if speaks or km > 60 else ("en",),
        capacity_available=0 if full else None,
        capacity_updated=TODAY if full else None,
        verified_on=TODAY,
    ),
    st.integers(0, 999),
    st.sampled_from([1.0, 20.0, 50.0, 61.0, 70.0, 90.0, 140.0, 300.0]),
    st.booleans(),
    st.sampled_from([False, False, True]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_providers, max_size=10, unique_by=lambda p: p.id),
    st.lists(_near_or_far, min_size=4, max_size=12, unique_by=lambda p: p.id),
    _cases,
    st.sampled_from(SIZES),
)
def test_the_far_away_warning_names_the_nearest_whatever_top_shows(
    providers: list[Provider], counsellors: list[Provider], values: dict[str, Any], size: float
) -> None:
    """The far-away warnings are the same at any --top, and each names the nearest result that
    is not full of its need, when every result (top 100) is that far (tenth caseworker pass: the
    nearest was looked for among the five searched only, so a counsellor next door ranked 7th
    below Albanian speakers far away left the warning false, and named another than the
    nearest)."""
    directory = Directory(DirectoryInfo("AL"), (*providers, *counsellors))
    values = {
        **values,
        "language": ("sq",),
        "needs": tuple(dict.fromkeys(("psychosocial", *values["needs"]))),
    }
    with grid_of(size):
        shown = match(Case(country="AL", **values), directory, today=TODAY)
        everyone = match(Case(country="AL", **{**values, "top": 100}), directory, today=TODAY)
    said = [w for w in shown.warnings if _FAR_AWAY in w]
    assert said == [w for w in everyone.warnings if _FAR_AWAY in w]
    for need, matches in everyone.needs.items():
        located = [m for m in matches if not m.full and m.distance_km is not None]
        # a confidential shelter where she does not stay is no near option for a service while
        # another is left (nineteenth caseworker pass): the warning names the nearest other one
        located = [m for m in located if NOT_HOUSED_THERE not in m.warnings] or located
        nearest = min((m.distance_km for m in located if m.distance_km is not None), default=None)
        far = [w for w in said if w.startswith(f"the only {NEED_WORDS[need]} {_FAR_AWAY}")]
        if nearest is not None and abs(nearest - 60) < 0.1:
            continue  # the JSON's tenth cannot tell 59.96 from 60.04 km (the rule reads the exact km)
        if nearest is None or nearest <= 60:
            assert not far, (need, far)
        else:
            (warning,) = far
            named = warning.split(_FAR_AWAY)[1].split(", is ")[0]
            assert named in {m.name for m in located if m.distance_km == nearest}, warning


NEED_WORDS = {"shelter": "shelter", "medical": "medical care", "psychosocial": "psychosocial support",
              "childcare": "childcare", "family": "family support",
              "documentation": "documentation", "employment": "employment",
              "vocational_training": "vocational training"}  # fmt: skip


def test_where_she_stays_without_a_location_is_not_far_away() -> None:
    """Found by the property above (session twenty): she stays at a shelter in Shkodër without a
    location that also counsels; five Albanian-speaking counsellors 61 km away rank above it. The
    far-away warning's search for a nearer one skipped the shelter (no location), so at --top 1
    'the only psychosocial support options are far away' was said, though she can be counselled
    where she stays (0 km), and at --top 100 it was not."""
    stay = Provider(
        id="p001",
        name="Provider 1",
        categories=("shelter", "medical", "psychosocial"),
        city="Shkodër",
        region="AL-10",
    )
    far = [_counsellor(f"n{i:03d}", 61.0, ("sq",), verified_on=TODAY) for i in range(5)]
    directory = Directory(DirectoryInfo("AL"), (stay, *far))
    for top in (1, 100):
        case = Case(country="AL", to="Shkoder", needs=("psychosocial", "shelter"), language=("sq",), top=top)
        result = match(case, directory, today=TODAY)
        assert not [w for w in result.warnings if _FAR_AWAY in w], (top, result.warnings)
        assert {step.need: step.id for step in result.plan}["shelter"] == "p001"
    assert ("p001", 0.0) in {(m.id, m.distance_km) for m in result.needs["psychosocial"]}


def test_services_are_scored_from_the_stay_the_plan_weighed_them_by() -> None:
    """CI's find (session twenty-nine): the plan housed her at p002, 40 km away, which gives her
    medical care in-house (plan.other_stays), but the brute-force scorer ranked medical care from
    the first open shelter (p001) and expected p000."""

    def provider(i: int, km: float, needs: tuple[str, ...], kind: str) -> Provider:
        return Provider(
            id=f"p{i:03d}",
            name=f"Provider {i}",
            categories=needs,
            city=f"Shkodër {i}",
            region="AL-10" if abs(km) < 40 else "AL-11",
            latitude=SHKODER[0] + km / KM_PER_DEGREE,
            longitude=SHKODER[1],
            coverage=Coverage(kind, km=60.0 if kind == "radius" else None),
        )

    providers = [
        provider(0, 0.0, ("medical",), "regions"),
        provider(1, -35.0, ("shelter",), "regions"),
        provider(2, 40.0, ("shelter", "medical"), "radius"),
    ]
    values = {"needs": ("shelter", "medical"), "top": 1, "to": "Shkoder"}
    test_the_search_finds_what_scoring_everyone_finds.hypothesis.inner_test(providers, values, {}, 0.25)  # type: ignore[attr-defined]
