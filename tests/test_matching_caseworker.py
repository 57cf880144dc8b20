"""Issue 12's caseworker cases: the five patterns a careful caseworker would overrule, each
decisive property, the plan's anchor, full and stale capacity, ties and advisories."""

from __future__ import annotations

import datetime as dt
import json
import shlex
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.matching import Case, MatchResult, Weights, match
from svcmatch.model import Coverage, Directory, DirectoryInfo, Provider
from svcmatch.storage import bundled_root

TODAY = dt.date(2026, 3, 1)
SHKODER = (42.06828, 19.51258)
KM_PER_DEGREE = 111.19
RECENT = dt.date(2026, 2, 24)


def prov(pid: str, km: float = 1.0, **fields: Any) -> Provider:
    """A provider `km` north of Shkodër (AL-10), active, verified in January."""
    values: dict[str, Any] = {
        "name": pid.replace("-", " ").title(),
        "categories": ("shelter",),
        "city": "Shkodër",
        "region": "AL-10",
        "latitude": SHKODER[0] + km / KM_PER_DEGREE,
        "longitude": SHKODER[1],
        "verified_on": dt.date(2026, 1, 15),
        "coverage": Coverage("national"),
    }
    values.update(fields)
    return Provider(id=pid, **values)


def run(*providers: Provider, explain: bool = False, **case: Any) -> MatchResult:
    values: dict[str, Any] = {"country": "AL", "to": "Shkoder", "needs": ("shelter",), **case}
    directory = Directory(DirectoryInfo("AL"), providers)
    return match(Case(**values), directory, today=TODAY, explain_excluded=explain)


def ids(result: MatchResult, need: str = "shelter") -> list[str]:
    return [m.id for m in result.needs[need]]


def plan(result: MatchResult) -> dict[str, str]:
    return {step.need: step.id for step in result.plan}


def sample(options: str, root: Path | None = None) -> dict[str, Any]:
    """`svcmatch match OPTIONS --format json` on the bundled samples (or a copy)."""
    args = ["--directories", str(root or bundled_root()), "match", *shlex.split(options)]
    result = CliRunner().invoke(main, [*args, "--today", "2026-11-28", "--format", "json"])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


# --- 1. distance always counts ---------------------------------------------------------------


def test_melitopol_her_own_regions_shelter_above_kyiv() -> None:
    document = sample("--country UA --to Melitopol --needs shelter --sex female --age 30 --top 5")
    shelters = document["needs"]["shelter"]
    kyiv = [r for r in shelters if r["region"] == "UA-30"]  # Kyiv city: its national shelter
    nearer = [r for r in shelters if r["distance_km"] is not None and r["distance_km"] < 200]
    assert nearer and kyiv
    assert shelters.index(nearer[0]) < shelters.index(kyiv[0])


def test_two_national_shelters_differing_in_distance_and_verification_rank_by_distance() -> None:
    near = prov("near", km=110, verified_on=dt.date(2025, 4, 1))
    far = prov("far", km=540, verified_on=dt.date(2026, 2, 20))
    assert ids(run(far, near)) == ["near", "far"]


def test_freshness_exploitation_and_capacity_never_outweigh_the_distance_rule() -> None:
    near = prov("near", km=10, verified_on=dt.date(2024, 1, 1))
    far = prov(
        "far",
        km=45,  # more than twice as far and more than 30 km farther
        exploitation_types=("sexual",),
        capacity_available=4,
        capacity_updated=RECENT,
    )
    assert ids(run(far, near, exploitation="sexual")) == ["near", "far"]


# --- each decisive property ------------------------------------------------------------------


def test_a_vot_specialised_shelter_may_rank_above_a_nearer_plain_one_and_says_why() -> None:
    result = run(prov("plain", km=3), prov("vot", km=40, vot_specialised=True))
    assert ids(result) == ["vot", "plain"]
    assert "ranked above nearer Plain for a VoT-specialised shelter" in result.needs["shelter"][0].reasons


def test_language_is_decisive_and_first_for_counselling() -> None:
    hungarian = prov("magyar", km=3, categories=("psychosocial",), languages=("hu", "uk"))
    other = prov("ukrainian", km=3, categories=("psychosocial",), languages=("uk",))
    result = run(other, hungarian, needs=("psychosocial",), language=("hu",))
    assert ids(result, "psychosocial") == ["magyar", "ukrainian"]
    farther = run(
        prov("magyar", km=45, categories=("psychosocial",), languages=("hu",)),
        other,
        needs=("psychosocial",),
        language=("hu",),
    )
    assert ids(farther, "psychosocial") == ["magyar", "ukrainian"]
    (first, second) = farther.needs["psychosocial"]
    assert "ranked above nearer Ukrainian for speaking Hungarian" in first.reasons
    assert "speaks none of the person's languages" in second.warnings


def test_a_provider_recording_no_languages_gets_a_warning_not_a_bonus() -> None:
    silent = prov("silent", categories=("legal",), languages=())
    (found,) = run(silent, needs=("legal",), language=("it",)).needs["legal"]
    assert found.factors["language"] == 0.0
    assert "no languages recorded: check it can work in Italian" in found.warnings


def test_disability_access_a_wheelchair_user_needs() -> None:
    steps = prov("steps", km=3)
    access = prov("access", km=15, disability_access=True)
    result = run(steps, access, disability=True, explain=True)
    assert ids(result) == ["access"] and plan(result) == {"shelter": "access"}
    assert result.near_misses["shelter"][0].id == "steps"
    assert result.near_misses["shelter"][0].rule == "disability"
    clinic = prov("clinic", km=2, categories=("medical",))
    ramp = prov("ramp", km=40, categories=("medical",), disability_access=True)
    services = run(clinic, ramp, needs=("medical",), disability=True)
    assert ids(services, "medical") == ["ramp", "clinic"]
    assert "no disability access recorded" in services.needs["medical"][1].warnings


def test_free_places_where_the_nearer_one_is_full() -> None:
    full = prov("full", km=1, capacity_available=0, capacity_updated=RECENT)
    free = prov("free", km=20, capacity_available=5, capacity_updated=RECENT)
    result = run(full, free)
    assert ids(result) == ["free", "full"] and plan(result) == {"shelter": "free"}
    assert result.needs["shelter"][1].full
    assert (
        "full (0 free places as of 2026-02-24): call before referring" in result.needs["shelter"][1].warnings
    )


# --- 2. services are planned where she lives --------------------------------------------------


def test_the_readmes_first_command_plans_medical_near_her_shelter() -> None:
    options = "--country AL --to Shkoder --needs shelter,doctor --sex female --age 24"
    document = sample(options)
    steps = {step["need"]: step for step in document["plan"]}
    medical = next(r for r in document["needs"]["medical"] if r["id"] == steps["medical"]["id"])
    assert medical["distance_from"] == "accommodation" and medical["distance_km"] < 5
    for top in (1, 2, 5):
        again = sample(f"{options} --top {top}")
        assert again["plan"] == document["plan"], top  # a display option never changes the plan


def test_the_anchor_moves_with_the_accommodation() -> None:
    north = prov("north", km=30, categories=("shelter",))
    clinic_north = prov("clinic-north", km=31, categories=("medical",))
    clinic_south = prov("clinic-south", km=-30, categories=("medical",))
    first = run(north, clinic_north, clinic_south, needs=("shelter", "medical"))
    assert plan(first) == {"shelter": "north", "medical": "clinic-north"}
    south = prov("south", km=-29, categories=("shelter",))
    second = run(
        north, south, clinic_north, clinic_south, needs=("shelter", "medical"), avoid_provider=("north",)
    )
    assert plan(second) == {"shelter": "south", "medical": "clinic-south"}
    assert second.needs["medical"][0].reasons[0] == "1 km from the accommodation"


def test_needs_covered_counts_only_what_she_uses_there() -> None:
    hub = prov("hub", km=80, categories=("shelter", "medical"), vot_specialised=False)
    result = run(
        prov("home"), hub, prov("clinic", km=1.5, categories=("medical",)), needs=("shelter", "medical")
    )
    assert plan(result) == {"shelter": "home", "medical": "clinic"}
    shelters = {m.id: m for m in result.needs["shelter"]}
    assert shelters["hub"].needs_covered == ("shelter", "medical")  # it offers both ...
    assert shelters["home"].needs_covered == ("shelter",)  # ... she uses home only for shelter
    assert "needs_covered" not in shelters["hub"].factors  # and it earns no points for them


# --- 3. capacity -------------------------------------------------------------------------------


def test_a_need_whose_only_eligible_shelters_are_full_is_unmet_naming_them() -> None:
    result = run(prov("full", capacity_available=0, capacity_updated=RECENT))
    assert result.unmet == ("shelter",) and plan(result) == {}
    assert result.unmet_reasons["shelter"].startswith("every eligible shelter provider is full: Full (full,")
    assert ids(result) == ["full"]  # listed, so that the caseworker can call


def test_a_capacity_figure_older_than_30_days_is_unknown() -> None:
    old = prov("old", capacity_available=5, capacity_updated=dt.date(2025, 3, 10))
    (found,) = run(old).needs["shelter"]
    assert "capacity unknown: 5 free places as of March 2025" in found.warnings
    assert found.factors["capacity"] == 0.0 and not found.full
    stale_full = prov("was-full", capacity_available=0, capacity_updated=dt.date(2025, 3, 10))
    result = run(stale_full)
    assert plan(result) == {"shelter": "was-full"} and not result.unmet


# --- 5. a region of return is a region ----------------------------------------------------------


def test_a_region_of_return_plans_the_shelter_in_the_region() -> None:
    document = sample('--country AL --to "Kukës County" --needs shelter --sex female --age 30')
    first = document["needs"]["shelter"][0]
    assert first["region"] == "AL-07" and first["distance_from"] == "region"
    assert first["reasons"][0] == "in the region of return (Kukës)"
    assert not any("km from Kukës" in r for r in first["reasons"])


def test_max_km_from_a_region_counts_from_its_nearest_town() -> None:
    from svcmatch.geo import locate
    from svcmatch.geo.distance import distance_km
    from svcmatch.geo.gazetteer import load_gazetteer

    centre = locate("Shkodër County", "AL")
    towns = [t for t in load_gazetteer("AL").towns if t.region == "AL-10"]
    edge = max(towns, key=lambda t: distance_km(t.latitude, t.longitude, centre.latitude, centre.longitude))
    assert distance_km(edge.latitude, edge.longitude, centre.latitude, centre.longitude) > 20
    inside = prov("inside", latitude=edge.latitude, longitude=edge.longitude)
    result = run(inside, to="Shkodër County", max_km=5.0)
    assert ids(result) == ["inside"]  # far from the centre, but in a town of the region
    assert result.needs["shelter"][0].reasons[0] == "in the region of return (Shkodër)"


# --- ties and the case's warnings --------------------------------------------------------------


def test_ties_break_by_distance_region_freshness_places_name_then_id() -> None:
    a = prov("z-1", name="Alpha")
    b = prov("a-2", name="Beta")
    assert ids(run(b, a)) == ["z-1", "a-2"]  # by name, not by id
    reimported = run(prov("q-9", name="Alpha"), prov("b-1", name="Beta"))
    assert [m.name for m in reimported.needs["shelter"]] == ["Alpha", "Beta"]


def test_warnings_for_an_avoided_destination_and_an_unknown_exploitation_type() -> None:
    only_labour = prov("labour", exploitation_types=("labour",))
    result = run(only_labour, avoid_region=("Shkodër",))
    assert any("a region you asked to avoid" in w for w in result.warnings)
    told = run(only_labour)
    assert any("the form of exploitation is not given" in w for w in told.warnings)
    warning = "handles only labour exploitation: ask the person before referring"
    assert warning in told.needs["shelter"][0].warnings


def test_far_options_are_said() -> None:
    result = run(prov("far", km=150))
    assert result.warnings == (
        "the only shelter options are far away: the nearest, Far, is 150 km from Shkodër",
    )


def test_weights_that_let_small_factors_outweigh_distance_are_refused() -> None:
    import pytest

    from svcmatch.errors import InputError

    with pytest.raises(InputError, match="raise 'distance'"):
        Weights.from_mapping({"freshness": 0.5})


# --- advisories ---------------------------------------------------------------------------------


def test_the_ua_sample_carries_the_occupation_advisories() -> None:
    document = sample("--country UA --to Simferopol --needs shelter --sex female --age 30")
    assert any(w.startswith("advisory for ") and "UA-43" in w for w in document["warnings"])
    sevastopol = sample("--country UA --to Sevastopol --needs shelter --sex female --age 30")
    assert any("UA-40" in w for w in sevastopol["warnings"])
    kyiv = sample("--country UA --to Kyiv --needs shelter --sex female --age 30")
    assert not any(w.startswith("advisory") for w in kyiv["warnings"])


def test_advise_sets_shows_repeats_and_clears(tmp_path: Path) -> None:
    document = json.loads((bundled_root() / "al.json").read_text(encoding="utf-8"))
    document["meta"]["directory"]["sample"] = False  # a country office's own file
    (tmp_path / "al.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()

    def cli(*args: str) -> Any:
        return runner.invoke(main, ["--directories", str(tmp_path), *args])

    text = "Flooding in the valley: confirm roads before planning a return"
    done = cli("directory", "advise", "AL", "AL-07", "--text", text)
    assert done.exit_code == 0 and "AL-07 Kukës: advisory set" in done.stdout
    assert "AL-07" in json.loads(cli("directory", "stats", "AL", "--format", "json").stdout)["advisories"]
    document = sample("--country AL --to Kukes --needs shelter --sex female --age 30", tmp_path)
    assert f"advisory for Kukës (AL-07): {text}" in document["warnings"]
    table = cli("match", "--country", "AL", "--to", "Kukes", "--needs", "shelter").stdout
    assert "advisory for Kukës" in table
    package = cli("package", "--from", "-", "--case-ref", "C1", "--draft", "--format", "json")
    del package  # the package reads a saved match: below, from the document
    town = cli("directory", "advise", "AL", "Krumë", "--text", "x")
    assert town.exit_code != 0
    assert cli("directory", "advise", "AL", "AL-07", "--clear").exit_code == 0
    assert cli("directory", "advise", "AL", "AL-07", "--clear").exit_code != 0
    again = sample("--country AL --to Kukes --needs shelter --sex female --age 30", tmp_path)
    assert not any(w.startswith("advisory") for w in again["warnings"])


def test_the_package_repeats_the_warnings() -> None:
    from svcmatch.package import PackageOptions, build_package

    document = sample("--country UA --to Simferopol --needs shelter --sex female --age 30")
    options = PackageOptions.from_mapping({"case_ref": "C-1", "draft": True, "format": "json"})
    package = build_package(document, options, today=dt.date(2026, 11, 28))
    assert package["warnings"] == document["warnings"] and package["warnings"]


def test_the_words_do_not_assume_the_persons_sex() -> None:
    """A man returning to Kukës: services are measured "from the accommodation", never "her"."""
    document = sample("--country AL --to Kukës --needs shelter,medical,psychosocial --sex male --age 34")
    words = json.dumps(document, ensure_ascii=False)
    assert "from the accommodation" in words or "at the accommodation" in words
    assert " her " not in words and "her accommodation" not in words
