"""A caseworker's fourth pass over issue 12's rules (the held-out panel runs `match --format
json`): what a careful caseworker would overrule or misread on the samples, each test a case
that failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from typing import Any

import pytest
from click.testing import CliRunner
from test_matching_caseworker import ids, plan, prov, run

from svcmatch.cli import main
from svcmatch.matching import km_words, whole_km

# --- whole km: one rounding of one value, wherever a distance is written ----------------------


def _match(options: str, fmt: str = "json") -> str:
    """`svcmatch match OPTIONS` on the bundled samples, judged on 2026-12-04."""
    args = ["match", *shlex.split(options), "--today", "2026-12-04", "--format", fmt]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("km", "words"),
    [
        (4.5, "5 km"),
        (4.46, "5 km"),
        (4.44, "4 km"),
        (379.5, "380 km"),
        (2.5, "3 km"),
        (0.5, "1 km"),
        (0.44, "under 1 km"),
    ],
)
def test_whole_km_rounds_the_shown_tenth_half_up(km: float, words: str) -> None:
    """The JSON's distance_km is round(km, 1); every whole km is that tenth rounded half up
    (the table rounded 4.5 half to even, 4, the words the exact km)."""
    assert km_words(km) == words
    assert whole_km(round(km, 1)) == whole_km(km)


MAIDUGURI = "--country NG --to Maiduguri --needs shelter,security --sex female --age 25"


def test_maiduguri_hotline_table_and_reasons_say_the_same_whole_km() -> None:
    """The NG sample's hotline is 4.5 km from the shelter (JSON): the table said 4, its reason
    "5 km from the accommodation"."""
    document = json.loads(_match(MAIDUGURI))
    hotline = document["needs"]["security"][0]
    # 4.5 km from the shelter's public cell: its whole km, about (twenty-fifth attacks pass)
    assert (hotline["distance_km"], hotline["distance_coarse"]) == (5, True)
    # "about": measured from the confidential shelter's public area (below)
    assert hotline["reasons"][0] == "about 5 km from the accommodation"
    row = next(line for line in _match(MAIDUGURI, fmt="table").splitlines() if hotline["id"] in line)
    assert re.search(rf"{hotline['id']}\s+.*\s~5\s+-?\d", row), row


OUJDA = "--country MA --to Oujda --needs shelter,legal,documentation --sex female --age 25 --top 5"


def test_oujda_legal_aid_at_379_5_km_is_380_in_the_table_and_the_words() -> None:
    """The MA sample's Rabat legal aid is 379.5 km from the Nador shelter: the table said 380,
    the reasons 379 km."""
    document = json.loads(_match(OUJDA))
    legal = next(r for r in document["needs"]["legal"] if r["distance_km"] == 379.5)
    assert legal["reasons"][0] == "380 km from the accommodation"
    row = next(
        line for line in _match(OUJDA, fmt="table").splitlines() if legal["id"] in line and "380 km" in line
    )
    assert re.search(rf"{legal['id']}\s+.*\s380\s+-?\d", row), row


CASES = [
    ("MA", "Oujda"),
    ("MA", "Nador"),
    ("MA", "Rabat"),
    ("MA", "Fes"),
    ("MA", "Laayoune"),
    ("NG", "Maiduguri"),
    ("NG", "Lagos"),
    ("AL", "Shkoder"),
    ("UA", "Lviv"),
]


@pytest.mark.parametrize(("country", "to"), CASES)
def test_every_reason_gives_the_whole_km_the_table_gives(country: str, to: str) -> None:
    """Over the samples: each result's first reason and the table's km column agree."""
    needs = "shelter,legal,medical,psychosocial,security,employment,documentation"
    options = f"--country {country} --to {to} --needs {needs} --sex female --age 25 --top 5"
    document: dict[str, Any] = json.loads(_match(options))
    checked = 0
    for results in document["needs"].values():
        for r in results:
            said = re.match(r"(?:about )?(\d+) km ", r["reasons"][0])
            if r["distance_km"] is not None and said:
                assert int(said.group(1)) == whole_km(r["distance_km"]), r
                checked += 1
    assert checked


# --- an unaccompanied minor: her age is under 18 even when the case leaves it out; childcare's
# --- ages are her children's ---------------------------------------------------------------


def test_an_unaccompanied_minor_of_unknown_age_is_never_planned_at_an_adults_only_shelter() -> None:
    """`--unaccompanied` without `--age`: an adults-only shelter (18 and over) 1 km away that
    records taking unaccompanied minors was ranked first and planned, with only the warning
    "takes people aged 18 and over"; an unaccompanied minor is under 18 by definition."""
    adults = prov("adults", km=1, min_age=18, unaccompanied_minors=True)
    youth = prov("youth", km=40, min_age=12, max_age=17, unaccompanied_minors=True)
    result = run(adults, youth, unaccompanied=True, sex="female", explain=True)
    assert ids(result) == ["youth"]
    assert plan(result) == {"shelter": "youth"}
    assert [(m.id, m.rule) for m in result.near_misses["shelter"]] == [("adults", "age")]
    assert result.near_misses["shelter"][0].detail == "it takes people aged 18 and over"
    assert "takes ages 12-17" in result.needs["shelter"][0].warnings  # her age is still unknown


def test_childcare_ages_are_the_childrens_not_the_persons() -> None:
    """A daycare for children aged 0-6 was refused to their mother (30), and to a 16-year-old
    unaccompanied mother, as "it takes ages 0-6": childcare cares for her children, so her age
    is not compared with its ages; the result says whose ages to check."""
    daycare = prov(
        "daycare",
        km=1,
        categories=("childcare",),
        min_age=0,
        max_age=6,
        accompanying_children=True,
        unaccompanied_minors=True,
    )
    for person in ({"age": 30}, {"age": 16, "unaccompanied": True}):
        result = run(daycare, needs=("childcare",), children=1, **person)
        assert ids(result, "childcare") == ["daycare"], person
        assert (
            "cares for children aged 0-6: check the children's ages" in result.needs["childcare"][0].warnings
        )
    # a shelter's ages are still the person's; and so are they for its childcare when they start
    # at 18, which is no child's age (eleventh caseworker pass: this shelter's crèche was childcare
    # for the 16-year-old it cannot house, "cares for children aged 18 and over")
    shelter = prov("shelter", km=1, categories=("shelter", "childcare"), min_age=18)
    teen = run(shelter, needs=("shelter", "childcare"), age=16, children=1)
    assert teen.unmet == ("shelter", "childcare")


# --- a date in the future is no date: capacity and verification ------------------------------


def test_a_capacity_confirmed_on_a_date_after_today_is_unknown() -> None:
    """capacity_updated 2026-03-20, the case judged on 2026-03-01: '0 free places' counted as
    full (never planned) and '5 free places as of 2026-03-20' as a fact; validate calls such a
    date an error ('is in the future'). Now it is unknown, and the words say why."""
    future = dt.date(2026, 3, 20)
    full = prov("full", km=1, capacity_available=0, capacity_updated=future)
    roomy = prov("roomy", km=2, capacity_available=5, capacity_updated=future)
    result = run(full, roomy)
    assert ids(result) == ["full", "roomy"]
    assert plan(result) == {"shelter": "full"}
    first, second = result.needs["shelter"]
    assert not first.full
    assert "capacity unknown: 0 free places dated 2026-03-20, a date in the future" in first.warnings
    assert "capacity unknown: 5 free places dated 2026-03-20, a date in the future" in second.warnings
    assert not any("free places as of" in r for r in second.reasons)
    assert second.factors["capacity"] == 0.0
    assert result.unmet == ()


def test_a_verification_dated_after_today_is_not_trusted() -> None:
    """verified_on 2026-06-01, judged on 2026-03-01, said 'verified this month' and earned the
    full freshness points of a record checked today."""
    future = prov("future", km=1, verified_on=dt.date(2026, 6, 1))
    result = run(future)
    m = result.needs["shelter"][0]
    assert "verified this month" not in m.reasons
    assert "verified on 2026-06-01, a date in the future: check the record" in m.warnings
    assert m.stale and m.factors.get("freshness", 0.0) == 0.0


# --- a plan that houses her far away moves her services there: say so -------------------------


def test_a_plan_housing_her_far_away_says_her_services_are_planned_there() -> None:
    """MA sample, Marrakesh: housing's only option is in Rabat (286 km), and medical care and
    legal aid were then planned in Rabat ('1 km from the accommodation') without a word that
    the plan moves her; the Marrakesh legal aid clinic 1 km from Marrakesh was left out (the
    lead's note in TEAM.md, 19:30).

    Since the twenty-fourth caseworker pass (the screener's FD) a far housing provider that is no
    shelter, as this national fund, is read as support where she returns: a caseworker keeps her
    clinic and legal aid in Marrakesh, and the warning says the reading and the fix. A far shelter
    still moves them, and says so (tests/test_matching_panel_fifth.py and later)."""
    case = '--country MA --to Marrakech --needs "medical, legal, housing" --sex female --age 24'
    document = json.loads(_match(case))
    assert document["warnings"] == [
        "the only housing options are far away: the nearest, Example Reintegration Fund, is 286 km from "
        "Marrakesh; the plan reads Example Reintegration Fund's housing as support where the person returns "
        "(rent support, a fund's grant) and plans the other services near Marrakesh: if it houses her in "
        "Rabat, match them with --to Rabat",
        # measured from Marrakesh, the only medical care is the national mobile team's, as for a
        # person housed nowhere
        "the only medical care options are far away: the nearest, Example Mobile Health Team, is 286 km from "
        "Marrakesh (measured to its base; it runs outreach or mobile services covering Marrakesh: ask "
        "whether they come to the person)",
    ]
    alone = json.loads(_match("--country MA --to Marrakech --needs medical,legal --sex female --age 24"))
    assert not any("the plan houses" in w for w in alone["warnings"])
    near = json.loads(_match("--country AL --to Shkoder --needs shelter,medical --sex female --age 24"))
    assert not any("the plan houses" in w for w in near["warnings"])


def test_a_trade_off_says_what_the_first_result_had_that_the_plan_gave_up() -> None:
    """UA sample, a Russian speaker returning to Kharkiv Oblast: legal aid is planned at the
    one-stop centre with her medical care, which speaks none of her languages; the trade-off said
    only "Example National Anti-Trafficking Hotline ranks first", not that it ranks first for
    speaking Russian (the language rule for legal aid)."""
    options = "--country UA --to 'Kharkiv Oblast' --needs shelter,legal,medical --sex male --language ru"
    document = json.loads(_match(options))
    legal = next(step for step in document["plan"] if step["need"] == "legal")
    assert legal["trade_off"] == (
        "legal and medical at Example One-Stop Centre for Survivors Kharkiv (1 km from the accommodation) "
        "to keep the person to one place; Example National Anti-Trafficking Hotline ranks first for "
        "speaking Russian"
    )


# --- from a confidential shelter, a service's distance is about -----------------------------


def test_services_measured_from_a_confidential_shelters_area_say_about() -> None:
    """AL sample, Tirana: the plan houses her at the national shelter (confidential), and her
    services were '4 km from the accommodation', '3 km', '5 km': measured from the shelter's
    public ~11 km cell, which a caseworker read as from the shelter itself. Now 'about 4 km from
    the accommodation', '~4' in the table, '~' on the near misses of services under it."""
    options = "--country AL --to Tirana --needs shelter,medical,legal --sex female --age 22 --language sq"
    document = json.loads(_match(options))
    assert document["needs"]["shelter"][0]["confidential_address"]
    medical = document["needs"]["medical"]
    assert medical[0]["reasons"][0] == "at the accommodation"
    mobile = medical[1]
    # about in the JSON too: whole km, distance_coarse (twenty-fifth attacks pass: "3.6 km")
    assert mobile["distance_from"] == "accommodation" and mobile["distance_coarse"]
    assert mobile["distance_km"] == whole_km(mobile["distance_km"])
    assert mobile["reasons"][0] == f"about {whole_km(mobile['distance_km'])} km from the accommodation"
    table = _match(options, fmt="table")
    row = next(line for line in table.splitlines() if mobile["id"] in line)
    assert re.search(rf"{mobile['id']}\s+.*\s~{whole_km(mobile['distance_km'])}\s+-?\d", row), row
    shelter_row = next(line for line in table.splitlines() if line.startswith("shelter"))
    assert " ~10 " in shelter_row  # the shelter's own distance stays rounded, from Tirana
    # from a shelter whose address is public, distances stay exact
    shkoder = json.loads(_match("--country AL --to Shkoder --needs shelter,medical --sex female --age 22"))
    assert not shkoder["needs"]["shelter"][0]["confidential_address"]
    assert shkoder["needs"]["medical"][0]["reasons"][0] == "2 km from the accommodation"
