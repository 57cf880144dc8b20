"""Caseworker cases on the bundled sample directories (AL, MA, UA) through `match --format json`.

Each case is what an IOM caseworker would type for one returning person, with what a domain
expert expects to see. Every case is also checked against rules that must hold for any
output: the hard rules read again from the directory file itself, inactive and temporarily
closed providers never listed, avoided regions never listed, stale records flagged and ranked
below fresh ones, best score first, confidential shelters without address or exact distance.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.storage import bundled_root

TODAY = "2026-11-28"  # freshness judged on a fixed date, so the cases do not age


@dataclass(frozen=True)
class Expect:
    """What a domain expert expects of one case."""

    first: dict[str, str] = field(default_factory=dict)  # need -> id ranked first
    plan: dict[str, str] = field(default_factory=dict)  # need -> id the plan chooses
    above: tuple[tuple[str, str, str], ...] = ()  # (need, better id, worse id)
    never: tuple[str, ...] = ()  # ids listed for no need
    never_regions: tuple[str, ...] = ()  # no provider located there is listed
    unmet: tuple[str, ...] = ()  # needs reported unmet, with a reason
    region: str | None = None  # the destination's region
    warns: tuple[tuple[str, str, str], ...] = ()  # (need, id, warning words)


#: (what the caseworker has in mind, the options as typed at a terminal, what is expected)
CASES: list[tuple[str, str, Expect]] = [
    # --- Albania ------------------------------------------------------------------------------
    (
        "woman, sexual exploitation, back to Shkodër: women's shelter in town, one-stop plan",
        "--country AL --to Shkoder --needs shelter,medical,psychosocial,legal --sex female --age "
        "24 --exploitation sexual --language sq --language it",
        Expect(
            first={"shelter": "al-shk-ae62", "medical": "al-shk-7bb7", "psychosocial": "al-shk-ae62"},
            plan={"shelter": "al-shk-ae62", "psychosocial": "al-shk-ae62"},
            region="AL-10",
            warns=(("legal", "al-shk-9013", "not verified since November 2023"),),
        ),
    ),
    (
        "man, labour exploitation, Elbasan: men's shelter in town, never a women's shelter",
        "--country AL --to Elbasan --needs shelter,livelihood --sex male --age 35 --exploitation "
        "labour --language sq",
        Expect(
            first={"shelter": "al-elb-e25d", "employment": "al-elb-61fe"},
            plan={"employment": "al-elb-61fe", "income_generation": "al-elb-61fe"},
            never=("al-exa-d378", "al-shk-ae62", "al-dur-6ff1"),
        ),
    ),
    (
        "man typed the Italian exonym Scutari: only the national men's shelter, address withheld",
        "--country AL --to Scutari --needs shelter --sex male --age 30 --exploitation labour",
        Expect(first={"shelter": "al-exa-f97c"}, never=("al-shk-ae62",), region="AL-10"),
    ),
    (
        "unaccompanied boy of 16, Berat: the youth shelter in town, which also offers school",
        "--country AL --to Berat --needs shelter,school --sex male --age 16 --unaccompanied",
        Expect(first={"shelter": "al-ber-badb", "education": "al-ber-badb"}, plan={"shelter": "al-ber-badb"}),
    ),
    (
        "unaccompanied girl of 16, Shkodër (no youth shelter there): the national children's home",
        "--country AL --to 'Shkodër' --needs shelter,psychosocial --sex female --age 16 "
        "--unaccompanied --exploitation sexual",
        Expect(first={"shelter": "al-exa-dc15"}, never=("al-shk-ae62", "al-exa-d378")),
    ),
    (
        "unaccompanied boy of 16, Shkodër, traffickers in Tirana: shelter unmet, said plainly",
        "--country AL --to Shkoder --needs shelter,legal --sex male --age 16 --unaccompanied "
        "--avoid-region Tirana",
        Expect(never_regions=("AL-11",), unmet=("shelter",)),
    ),
    (
        "mother with two children, Durrës: a shelter that takes the children",
        "--country AL --to Durres --needs shelter,childcare --sex female --age 28 --children 2 "
        "--exploitation sexual",
        Expect(first={"shelter": "al-dur-6ff1", "childcare": "al-dur-eebf"}),
    ),
    (
        "woman back to Durrës, traffickers in Tirana: nothing located in Tirana county",
        "--country AL --to 'Durrës' --needs shelter,medical,legal --sex female --age 22 "
        "--avoid-region Tirane --exploitation sexual",
        Expect(first={"shelter": "al-dur-6ff1", "legal": "al-dur-b300"}, never_regions=("AL-11",)),
    ),
    (
        "woman without official victim status: the reintegration fund that requires it is not offered",
        "--country AL --to Tirana --needs livelihood --sex female --age 30 --no-official-status",
        Expect(first={"employment": "al-tir-e2ae"}, never=("al-tir-d2c6",)),
    ),
    (
        "status not known: the reintegration fund is offered, with a warning",
        "--country AL --to Tirana --needs livelihood,housing --sex female --age 30",
        Expect(
            first={"housing": "al-tir-d2c6"},
            warns=(("housing", "al-tir-d2c6", "requires official victim status"),),
        ),
    ),
    (
        "Korçë training: the fresh record ranks above its stale duplicate",
        "--country AL --to Korce --needs training --sex female --age 25",
        Expect(
            first={"vocational_training": "al-kor-8184"},
            above=(("vocational_training", "al-kor-8184", "al-kor-ab79"),),
        ),
    ),
    (
        "Kukës, woman with a child: fresh family shelter first; the closed day centre never",
        "--country AL --to Kukes --needs shelter,psychosocial --sex female --age 40 --children 1",
        Expect(
            first={"shelter": "al-kuk-76e2", "psychosocial": "al-kuk-626e"},
            above=(("shelter", "al-kuk-76e2", "al-kuk-4ef2"),),
            never=("al-kuk-e24a",),
        ),
    ),
    (
        "Korçë housing: the inactive housing project never appears",
        "--country AL --to 'Korçë' --needs housing --sex male --age 33",
        Expect(never=("al-kor-a559",)),
    ),
    (
        "Durazzo (Italian exonym), speaks English: port reception team in Durrës",
        "--country AL --to Durazzo --needs reception,shelter --sex female --age 19 --language en",
        Expect(first={"reception": "al-dur-3629", "shelter": "al-dur-6ff1"}, region="AL-02"),
    ),
    (
        "man, labour, Gjirokastra: one one-stop centre in town for medical, psychosocial and legal",
        "--country AL --to Gjirokastra --needs medical,psychosocial,legal --sex male --age 45 "
        "--exploitation labour",
        Expect(plan={"medical": "al-gji-fa18", "psychosocial": "al-gji-fa18", "legal": "al-gji-fa18"}),
    ),
    (
        "unaccompanied girl of 15, Bulqizë: the stale youth shelter in town, flagged, above the far home",
        "--country AL --to Bulqize --needs shelter --sex female --age 15 --unaccompanied",
        # Issue 12: distance always counts; freshness is not a decisive property. The youth
        # shelter in town ranks first, flagged, so that the caseworker calls it; the verified
        # children's home in Tirana (~40 km) comes next.
        Expect(
            first={"shelter": "al-bul-76a0"},
            above=(("shelter", "al-bul-76a0", "al-exa-dc15"),),
            warns=(("shelter", "al-bul-76a0", "not verified since October 2023"),),
        ),
    ),
    (
        "sex not given: a women's shelter is listed, with what to check",
        "--country AL --to Shkoder --needs shelter --age 30",
        Expect(warns=(("shelter", "al-shk-ae62", "serves women only"),)),
    ),
    # --- Morocco ------------------------------------------------------------------------------
    (
        "woman, Casablanca, Arabic and French: women's shelter and legal clinic in town",
        "--country MA --to Casablanca --needs shelter,psychosocial,legal --sex female --age 30 "
        "--exploitation sexual --language ar --language fr",
        Expect(
            first={"shelter": "ma-cas-942c", "legal": "ma-cas-2bda"}, plan={"psychosocial": "ma-cas-942c"}
        ),
    ),
    (
        "Casablanca typed in Arabic script",
        "--country MA --to 'الدار البيضاء' --needs shelter --sex female --age 30",
        Expect(first={"shelter": "ma-cas-942c"}, region="MA-06"),
    ),
    (
        "man, labour, Fez (exonym): never the women's shelter in Fès",
        "--country MA --to Fez --needs shelter,job --sex male --age 40 --exploitation labour --language ar",
        # Issue 12: services are ranked from where the plan houses him (the men's shelter,
        # ~170 km away), no longer from Fès; but a job is for where he will live after the
        # shelter's short stay (nineteenth caseworker pass): housed that far, it is ranked from
        # Fès again, and the Fès job desk comes first, not the fund near the shelter.
        Expect(first={"employment": "ma-fes-1a5a"}, never=("ma-fes-27c0", "ma-exa-d435"), region="MA-03"),
    ),
    (
        "woman, domestic servitude, Fès typed in Arabic script",
        "--country MA --to فاس --needs shelter --sex female --age 26 --exploitation domestic_servitude",
        Expect(first={"shelter": "ma-fes-27c0"}, region="MA-03"),
    ),
    (
        "unaccompanied boy of 15, Agadir: youth shelter in town",
        "--country MA --to Agadir --needs shelter,school --sex male --age 15 --unaccompanied --language ar",
        Expect(first={"shelter": "ma-aga-6ef8"}),
    ),
    (
        "woman with a child, Marrakech: the confidential women's shelter, coarse distance",
        "--country MA --to Marrakech --needs shelter,medical --sex female --age 33 --children 1",
        Expect(first={"shelter": "ma-exa-1dd0"}, region="MA-07"),
    ),
    (
        "man, labour, Marrakesh: men's shelter in town, never the women's shelter",
        "--country MA --to Marrakesh --needs shelter --sex male --age 33 --exploitation labour",
        Expect(first={"shelter": "ma-mar-37ab"}, never=("ma-exa-1dd0",)),
    ),
    (
        "woman back to Rabat, traffickers in Casablanca",
        "--country MA --to Rabat --needs shelter,legal --sex female --age 27 --avoid-region Casablanca",
        # Issue 12: services are ranked from her accommodation; the national shelter where the
        # plan houses her also gives legal aid, so it comes first (0 km from where she stays).
        Expect(first={"legal": "ma-exa-d435"}, never_regions=("MA-06",)),
    ),
    (
        "Khémisset: the temporarily closed day centre never appears",
        "--country MA --to Khemisset --needs psychosocial --sex female --age 35",
        Expect(never=("ma-khe-ccf0",)),
    ),
    (
        "Guelmim housing without official status: unmet, the reason is not the closed project",
        "--country MA --to Guelmim --needs housing --sex female --age 35 --no-official-status",
        Expect(never=("ma-gue-6e99",), unmet=("housing",)),
    ),
    (
        "Fès training: the fresh centre above the stale one",
        "--country MA --to Fes --needs training --sex female --age 22",
        Expect(above=(("vocational_training", "ma-fes-1bb2", "ma-fes-0f55"),)),
    ),
    # --- Ukraine ------------------------------------------------------------------------------
    (
        "woman, Lviv typed in Cyrillic: women's shelter in town",
        "--country UA --to Львів --needs shelter,psychosocial --sex female --age 31 "
        "--exploitation sexual --language uk",
        Expect(first={"shelter": "ua-lvi-5c36"}, region="UA-46"),
    ),
    (
        "man, labour, Lemberg (German exonym): men's shelter in Lviv",
        "--country UA --to Lemberg --needs shelter,job --sex male --age 42 --exploitation labour "
        "--language uk --language pl",
        Expect(first={"shelter": "ua-lvi-c89e", "employment": "ua-lvi-ae0d"}, never=("ua-lvi-5c36",)),
    ),
    (
        "Dnipropetrovsk (old name), woman with a child",
        "--country UA --to Dnipropetrovsk --needs shelter,legal --sex female --age 29 --children 1",
        Expect(first={"shelter": "ua-dni-a6d6"}, region="UA-12"),
    ),
    (
        "Kirovohrad (old name), unaccompanied girl of 16: youth shelter in Kropyvnytskyi",
        "--country UA --to Kirovohrad --needs shelter --sex female --age 16 --unaccompanied",
        Expect(first={"shelter": "ua-kro-1356"}, region="UA-35"),
    ),
    (
        "Kharkiv, traffickers in Kyiv: nothing located in Kyiv city",
        "--country UA --to Kharkiv --needs shelter,medical,legal --sex female --age 34 --avoid-region Kyiv",
        Expect(first={"shelter": "ua-kha-090b", "medical": "ua-kha-b767"}, never_regions=("UA-30",)),
    ),
    (
        "unaccompanied boy of 16, Kyiv typed in Cyrillic",
        "--country UA --to Київ --needs shelter --sex male --age 16 --unaccompanied",
        Expect(never=("ua-kyi-b865", "ua-exa-1f45"), region="UA-30"),
    ),
    (
        "Melitopol: the inactive community centre never appears",
        "--country UA --to Melitopol --needs psychosocial,legal --sex female --age 38",
        Expect(never=("ua-mel-f26b",)),
    ),
    (
        "man, labour, Odessa (old spelling): men's shelter in town",
        "--country UA --to Odessa --needs shelter --sex male --age 27 --exploitation labour",
        Expect(first={"shelter": "ua-ode-1976"}, region="UA-51"),
    ),
    (
        "Kovel reception: the fresh team above its stale duplicate",
        "--country UA --to Kovel --needs reception --sex female --age 30",
        Expect(first={"reception": "ua-kov-042f"}, above=(("reception", "ua-kov-042f", "ua-kov-5ba9"),)),
    ),
    (
        "Chernivtsi: the confidential women's shelter is full, and says so",
        "--country UA --to Chernivtsi --needs shelter --sex female --age 23 --language ro",
        # Issue 12: its "0 places" is from October, older than 30 days: capacity unknown, said
        # with the date of the figure rather than as a fact.
        Expect(warns=(("shelter", "ua-exa-7662", "capacity unknown: 0 free places as of October 2026"),)),
    ),
]


@cache
def providers(country: str) -> dict[str, dict[str, Any]]:
    document = json.loads((bundled_root() / f"{country.lower()}.json").read_text(encoding="utf-8"))
    records = document["providers"]
    return records if isinstance(records, dict) else {r["id"]: r for r in records}


def run_match(options: str) -> dict[str, Any]:
    """`svcmatch match OPTIONS --format json` on the bundled samples, as typed in a shell."""
    args = ["--directories", str(bundled_root()), "match", *shlex.split(options)]
    command = [*args, "--today", TODAY, "--format", "json"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def far_beyond(far: float | None, near: float | None) -> bool:
    return far is not None and near is not None and far > 2 * near and far > near + 30


def _stale(record: dict[str, Any]) -> bool:
    verified = record.get("verified_on")
    return verified is None or verified < "2025-11-28"  # 12 months before TODAY


def check_invariants(document: dict[str, Any]) -> None:
    """What holds for every case, read again from the directory file itself."""
    case = document["case"]
    records = providers(case["country"])
    # the place of return has its own coordinates (a sample shelter may sit at the town centre)
    text = json.dumps({k: v for k, v in document.items() if k != "destination"}, ensure_ascii=False)
    listed_addresses = {records[r["id"]]["address"] for rs in document["needs"].values() for r in rs}
    for need, results in document["needs"].items():
        # issue 12: a full place to stay is listed after every one that is not known to be full
        scores = [r["score"] for r in results if not r["full"]]
        assert scores == sorted(scores, reverse=True), need
        fulls = [r["full"] for r in results]
        assert fulls == sorted(fulls), need
        for i, r in enumerate(results):
            p = records[r["id"]]
            assert p["status"] == "active" and need in p["categories"], r["id"]
            assert not case["sex"] or not p["sexes"] or case["sex"] in p["sexes"], r["id"]
            age = case["age"]
            assert age is None or p["min_age"] is None or age >= p["min_age"], r["id"]
            assert age is None or p["max_age"] is None or age <= p["max_age"], r["id"]
            assert not case["unaccompanied"] or p["unaccompanied_minors"], r["id"]
            if case["children"] and need in ("shelter", "housing"):
                assert p["accompanying_children"], r["id"]
            kinds = p["exploitation_types"]
            assert not case["exploitation"] or not kinds or case["exploitation"] in kinds, r["id"]
            assert case["official_status"] is not False or not p["official_status_required"], r["id"]
            # stale records are flagged. (Issue 12: they no longer rank below every fresh
            # record whatever the distance: trust decays continuously and distance always counts.)
            if _stale(p):
                assert r["stale"] and any("verified" in w for w in r["warnings"]), r["id"]
            # the distance rule: never above a provider more than twice and 30 km nearer,
            # unless a decisive property, named in the reasons, decided
            for nearer in results[i + 1 :]:
                if far_beyond(r["distance_km"], nearer["distance_km"]) and not r["full"]:
                    assert any(w.startswith("ranked above nearer") for w in r["reasons"]), (
                        r["id"],
                        nearer["id"],
                    )
            if p["confidential_address"]:
                assert "address" not in r["contact"] and "city" not in r["contact"], r["id"]
                # a service at her (confidential) accommodation is 0 km from it: that says nothing
                at_home = r["distance_from"] == "accommodation" and r["distance_km"] == 0
                assert r["distance_coarse"] or at_home, r["id"]
                assert r["distance_km"] is None or r["distance_km"] % 10 == 0, r["id"]
                # (the sample gives one public provider the same made-up address)
                assert p["address"] not in text or p["address"] in listed_addresses - {""}
                assert str(p["latitude"]) not in text and str(p["longitude"]) not in text
    for step in document["plan"]:
        assert step["id"] in {r["id"] for r in document["needs"][step["need"]]}


@pytest.mark.parametrize(("title", "options", "expect"), CASES, ids=[c[0][:60] for c in CASES])
def test_caseworker_case(title: str, options: str, expect: Expect) -> None:
    document = run_match(options)
    check_invariants(document)
    needs = document["needs"]
    listed = {r["id"] for results in needs.values() for r in results}
    if expect.region:
        assert document["destination"]["region"] == expect.region
    for need, pid in expect.first.items():
        assert needs[need] and needs[need][0]["id"] == pid, (need, [r["id"] for r in needs[need]])
    plan = {step["need"]: step["id"] for step in document["plan"]}
    for need, pid in expect.plan.items():
        assert plan.get(need) == pid, (need, plan)
    for need, better, worse in expect.above:
        order = [r["id"] for r in needs[need]]
        assert better in order
        assert worse not in order or order.index(better) < order.index(worse), order
    for pid in expect.never:
        assert pid not in listed, pid
    for region in expect.never_regions:
        assert all(providers(document["case"]["country"])[pid]["region"] != region for pid in listed)
    for need in expect.unmet:
        assert need in document["unmet"] and not needs[need]
        reason = document["unmet_reasons"][need]
        assert reason.startswith(("nearest", "no active provider")), reason
        assert " inactive" not in reason
    for need, pid, words in expect.warns:
        (result,) = [r for r in needs[need] if r["id"] == pid]
        assert words in result["warnings"], result["warnings"]


def test_more_than_25_cases_across_the_three_countries() -> None:
    countries = [shlex.split(options)[1] for _, options, _ in CASES]
    assert len(CASES) >= 25 and {countries.count(c) >= 7 for c in ("AL", "MA", "UA")} == {True}
