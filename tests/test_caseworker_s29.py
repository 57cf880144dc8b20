"""The twenty-fourth caseworker pass over issue 12: plans a careful caseworker would not overrule
as a whole (where she stays weighed by what it does to her services, ...), each a caseworker's case
on a small hand-made directory that failed before its fix."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
from helpers import hand_made_directory, match_json, sample_folder

TODAY = "2026-12-07"


def _record(
    rid: str, name: str, categories: list[str], city: str, point: tuple[float, float], **more: Any
) -> dict[str, Any]:
    region = {"Casablanca": "MA-06", "Mohammedia": "MA-06", "Rabat": "MA-04", "Settat": "MA-06"}[city]
    return {
        "id": rid,
        "name": name,
        "categories": categories,
        "city": city,
        "region": region,
        "latitude": point[0],
        "longitude": point[1],
        "phone": "+212 500 000 000",
        **more,
    }


CASABLANCA = (33.5731, -7.5898)
MOHAMMEDIA = (33.6866, -7.3830)  # about 23 km from Casablanca
RABAT = (34.0209, -6.8416)  # about 86 km from Casablanca, 64 km from Mohammedia

#: A shelter in Casablanca that gives nothing else; one in Mohammedia whose team speaks Tamazight
#: and gives medical care and counselling to those it houses; a clinic and a counselling centre in
#: Rabat that speak Arabic only.
STAY_CHOICE = [
    _record("s-c", "Shelter Casablanca", ["shelter"], "Casablanca", CASABLANCA, languages=["ar"]),
    _record(
        "s-m",
        "Shelter Mohammedia",
        ["shelter", "medical", "psychosocial"],
        "Mohammedia",
        MOHAMMEDIA,
        languages=["ar", "zgh"],
    ),
    _record("m-r", "Clinic Rabat", ["medical"], "Rabat", RABAT, languages=["ar"]),
    _record("c-r", "Counselling Rabat", ["psychosocial"], "Rabat", RABAT, languages=["ar"]),
]

WOMAN = ["--country", "MA", "--to", "Casablanca", "--sex", "female", "--age", "30"]


def _plan(result: Any) -> dict[str, str]:
    return {step["need"]: step["id"] for step in result["plan"]}


HOUSED_THERE = {
    # public: the plan sent her 23 km from her shelter to the other shelter's in-house care
    False: (
        "shelter at Shelter Mohammedia (24 km from Casablanca), which gives medical care and psychosocial "
        "support in Standard Moroccan Tamazight at the accommodation; Shelter Casablanca is 21 km nearer "
        "but would send the person 23 km from it for them"
    ),
    # confidential (its care for its residents only): she was sent 85 km to Rabat, in Arabic
    True: (
        "shelter at Amal Safe House (about 20 km from Casablanca), which gives medical care and "
        "psychosocial support in Standard Moroccan Tamazight at the accommodation; Shelter Casablanca "
        "ranks first but would send the person 85 km from it for them"
    ),
}


@pytest.mark.parametrize("confidential", [False, True])
def test_the_stay_that_gives_her_services_in_her_language_is_planned(
    tmp_path: Path, confidential: bool
) -> None:
    """Housed at the first shelter, a Tamazight speaker was sent to the other shelter's care 23 km
    away, or (that shelter confidential) 85 km on to Rabat for a clinic and counselling in Arabic;
    the shelter 23 km from Casablanca gives both in Tamazight to those it houses: a caseworker houses
    her there, and the trade-off says what the nearer one would cost her."""
    records = [dict(r) for r in STAY_CHOICE]
    if confidential:
        records[1].update(confidential_address=True, name="Amal Safe House")
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    needs = ["--needs", "shelter,medical,psychosocial", "--language", "zgh"]
    result = match_json(root, [*WOMAN, *needs], TODAY)
    assert _plan(result) == {"shelter": "s-m", "medical": "s-m", "psychosocial": "s-m"}
    shelter = result["plan"][0]
    assert shelter["alternatives"] == ["s-c"]
    assert shelter["trade_off"] == HOUSED_THERE[confidential]
    assert result["warnings"] == []
    # the ranking of the places to stay is the ranking's: the plan weighs, the results do not move
    assert [r["id"] for r in result["needs"]["shelter"]][:2] == ["s-c", "s-m"]
    # the same plan whatever --top shows
    assert _plan(match_json(root, [*WOMAN, *needs, "--top", "1"], TODAY)) == _plan(result)


def test_a_stay_farther_for_one_trip_fewer_is_no_gain(tmp_path: Path) -> None:
    """She speaks Arabic, and a clinic and a counselling centre beside the first shelter speak it:
    moving her 23 km from her town to save a short trip is no better plan; she stays at the first."""
    near = [
        _record("m-c", "Clinic Casablanca", ["medical"], "Casablanca", (33.5790, -7.5900), languages=["ar"]),
        _record(
            "c-c",
            "Counselling Casablanca",
            ["psychosocial"],
            "Casablanca",
            (33.5700, -7.5850),
            languages=["ar"],
        ),
    ]
    root = hand_made_directory(tmp_path, "MA", [*STAY_CHOICE, *near], "ar")
    result = match_json(root, [*WOMAN, "--needs", "shelter,medical,psychosocial", "--language", "ar"], TODAY)
    assert _plan(result) == {"shelter": "s-c", "medical": "m-c", "psychosocial": "c-c"}
    assert result["plan"][0]["trade_off"] == ""


def test_a_stay_beyond_the_distance_rule_is_not_weighed(tmp_path: Path) -> None:
    """The Tamazight-speaking shelter in Rabat (86 km, beyond the distance rule of the one in
    Casablanca) is not where a caseworker houses her for her services: the first stays."""
    far = [
        _record("s-c", "Shelter Casablanca", ["shelter"], "Casablanca", CASABLANCA, languages=["ar"]),
        _record("s-r", "Shelter Rabat", ["shelter", "medical"], "Rabat", RABAT, languages=["ar", "zgh"]),
        _record("m-s", "Clinic Settat", ["medical"], "Settat", (33.0010, -7.6166), languages=["ar"]),
    ]
    root = hand_made_directory(tmp_path, "MA", far, "ar")
    result = match_json(root, [*WOMAN, "--needs", "shelter,medical", "--language", "zgh"], TODAY)
    assert _plan(result)["shelter"] == "s-c"


# --- a region of return: her services kept to one town of it, or said to be apart ---

SETTAT = (33.0010, -7.6166)  # about 64 km from Casablanca, in the same region (MA-06)
REGION = [
    "--country",
    "MA",
    "--to",
    "Casablanca-Settat",
    "--sex",
    "female",
    "--age",
    "30",
    "--language",
    "ar",
]


def test_a_region_of_return_keeps_her_services_in_one_town(tmp_path: Path) -> None:
    """Every provider in the region of return ranks at 0 km: her medical care went to Settat, 64 km
    from her legal aid and counselling in Casablanca, for a verification two months fresher. A
    careful caseworker keeps her to one town: the clinic in Casablanca, as good but for freshness."""
    records = [
        _record("m-s", "A Clinic Settat", ["medical"], "Settat", SETTAT, verified_on="2026-12-01"),
        _record(
            "m-c", "B Clinic Casablanca", ["medical"], "Casablanca", CASABLANCA, verified_on="2026-10-01"
        ),
        _record("o-c", "Centre Casablanca", ["legal", "psychosocial"], "Casablanca", (33.5800, -7.6000)),
    ]
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    result = match_json(root, [*REGION, "--needs", "medical,legal,psychosocial"], TODAY)
    assert [r["id"] for r in result["needs"]["medical"]][:2] == ["m-s", "m-c"]  # the ranking keeps its order
    assert _plan(result) == {"medical": "m-c", "legal": "o-c", "psychosocial": "o-c"}
    assert result["plan"][0]["trade_off"] == (
        "medical at B Clinic Casablanca (in the region of return, 1 km from Centre Casablanca, with the "
        "plan's other services); A Clinic Settat ranks above it but is 64 km from them"
    )
    assert not [w for w in result["warnings"] if "names no town" in w]


def test_a_region_of_return_says_when_her_services_are_apart(tmp_path: Path) -> None:
    """Her job can be had only in Settat, her legal aid and counselling only in Casablanca: the plan
    cannot keep them together, and says so, with the fix, where it said nothing."""
    records = [
        _record("j-s", "Jobs Desk Settat", ["employment"], "Settat", SETTAT),
        _record("o-c", "Centre Casablanca", ["legal", "psychosocial"], "Casablanca", (33.5800, -7.6000)),
    ]
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    result = match_json(root, [*REGION, "--needs", "legal,psychosocial,employment"], TODAY)
    assert _plan(result) == {"legal": "o-c", "psychosocial": "o-c", "employment": "j-s"}
    assert (
        "the region of return (Casablanca-Settat) names no town, and the plan's services in it are up to "
        "64 km apart (Centre Casablanca and Jobs Desk Settat): give the town of return with --to to plan "
        "them near it"
    ) in result["warnings"]
    # with the town, nothing of the sort (the far-away warning speaks, from Casablanca)
    town = match_json(root, [*WOMAN, "--language", "ar", "--needs", "legal,psychosocial,employment"], TODAY)
    assert not [w for w in town["warnings"] if "names no town" in w]


# --- a provider no referral can reach ---


def _unreachable(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "phone": "", "email": "", "focal_point": ""}


def test_a_provider_no_referral_can_reach_is_passed_over(tmp_path: Path) -> None:
    """The nearest shelter and clinic record no phone, e-mail or focal point: they were planned
    first and sent in the package with nothing but a name and a town. A caseworker plans the ones
    she can call, 2 km on, and the trade-offs say why; the unreachable ones keep their ranks."""
    records = [
        _unreachable(_record("s-u", "Shelter Anfa", ["shelter"], "Casablanca", (33.5883, -7.6114))),
        _record("s-r", "Shelter Maarif", ["shelter"], "Casablanca", (33.5700, -7.6300)),
        _unreachable(_record("m-u", "Clinic Anfa", ["medical"], "Casablanca", (33.5700, -7.6310))),
        _record("m-r", "Clinic Maarif", ["medical"], "Casablanca", (33.5500, -7.6500)),
    ]
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    result = match_json(root, [*WOMAN, "--language", "ar", "--needs", "shelter,medical"], TODAY)
    assert _plan(result) == {"shelter": "s-r", "medical": "m-r"}
    assert result["needs"]["shelter"][0]["id"] == "s-u"
    assert result["plan"][0]["trade_off"].endswith(
        "; Shelter Anfa records no phone, e-mail or focal point: a referral cannot reach it"
    )
    assert result["plan"][1]["trade_off"].endswith(
        "; Clinic Anfa records no phone, e-mail or focal point: a referral cannot reach it"
    )
    # the only clinic within reach cannot be reached: still planned (the nearest help, a call away)
    (tmp_path / "alone").mkdir()
    root = hand_made_directory(tmp_path / "alone", "MA", records[:3], "ar")
    result = match_json(root, [*WOMAN, "--language", "ar", "--needs", "shelter,medical"], TODAY)
    assert _plan(result) == {"shelter": "s-r", "medical": "m-u"}


# --- the near misses of a service far from the place of return ---


def test_a_far_service_measured_from_the_place_of_return_lists_the_call_near_it(tmp_path: Path) -> None:
    """Her civil registry (done where she is registered) and, housed nowhere, her clinic are only
    86 km away in Rabat; the registry 1 km from Casablanca requires official victim status, and the
    clinic there is temporarily closed: the calls a caseworker makes were said only with
    --explain-excluded (housed, the clinic beside her shelter was listed; the registry never)."""
    records = [
        _record("d-c", "Registry Casablanca", ["documentation"], "Casablanca", (33.5883, -7.6114)),
        _record("d-r", "Registry Rabat", ["documentation"], "Rabat", RABAT),
        _record(
            "m-c",
            "Clinic Casablanca",
            ["medical"],
            "Casablanca",
            (33.5900, -7.6100),
            status="temporarily_closed",
        ),
        _record("m-r", "Clinic Rabat", ["medical"], "Rabat", RABAT),
    ]
    records[0]["official_status_required"] = True
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    case = [*WOMAN, "--language", "ar", "--needs", "medical,documentation", "--no-official-status"]
    result = match_json(root, case, TODAY)
    assert _plan(result) == {"medical": "m-r", "documentation": "d-r"}
    assert [(m["id"], m["rule"], m["distance_from"]) for m in result["near_misses"]["documentation"]] == [
        ("d-c", "official_status", "destination")
    ]
    assert [(m["id"], m["rule"]) for m in result["near_misses"]["medical"]] == [("m-c", "status")]


# --- a far fund's housing is support where she returns ---


def test_far_housing_that_is_no_shelter_leaves_her_services_where_she_returns(tmp_path: Path) -> None:
    """The only housing is a national fund's in Rabat, 86 km from Casablanca, which gives no
    shelter: its rent support is paid where she lives as likely as it houses her in Rabat. Her job
    and legal aid went to Rabat with it; a caseworker keeps them in Casablanca, where she returns,
    and the warning says the reading and the fix."""
    records = [
        _record("f-r", "Reintegration Fund", ["housing", "employment"], "Rabat", RABAT, vot_specialised=True),
        _record("j-c", "Jobs Desk Casablanca", ["employment"], "Casablanca", (33.5883, -7.6114)),
        _record("l-c", "Legal Aid Casablanca", ["legal"], "Casablanca", (33.5900, -7.6100)),
        _record("l-r", "Legal Aid Rabat", ["legal"], "Rabat", (34.0200, -6.8400)),
    ]
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    result = match_json(root, [*WOMAN, "--language", "ar", "--needs", "housing,employment,legal"], TODAY)
    assert _plan(result) == {"housing": "f-r", "employment": "j-c", "legal": "l-c"}
    assert (
        "the only housing options are far away: the nearest, Reintegration Fund, is 86 km from Casablanca; "
        "the plan reads Reintegration Fund's housing as support where the person returns (rent support, a "
        "fund's grant) and plans the other services near Casablanca: if it houses her in Rabat, match them "
        "with --to Rabat"
    ) in result["warnings"]


def test_a_shelter_recorded_in_the_town_of_return_is_no_far_option(tmp_path: Path) -> None:
    """The shelter the plan houses her at is recorded in Casablanca, without coordinates: "the
    only shelter options are far away: the nearest, Shelter Rabat, is 86 km from Casablanca" sent
    a reader of the warnings to Rabat (session 28's F2). Its distance stays unknown, as its result
    says; the town is hers, and no far-away warning is given."""
    unplaced = _record("s-c", "Shelter Casablanca", ["shelter"], "Casablanca", CASABLANCA)
    del unplaced["latitude"], unplaced["longitude"]
    records = [unplaced, _record("s-r", "Shelter Rabat", ["shelter"], "Rabat", RABAT)]
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    result = match_json(root, [*WOMAN, "--language", "ar", "--needs", "shelter"], TODAY)
    assert _plan(result) == {"shelter": "s-c"}
    assert not [w for w in result["warnings"] if "far away" in w], result["warnings"]
    # recorded in another town, it is still a far option's case
    elsewhere = {**unplaced, "city": "Settat"}
    (tmp_path / "elsewhere").mkdir()
    root = hand_made_directory(tmp_path / "elsewhere", "MA", [elsewhere, records[1]], "ar")
    result = match_json(root, [*WOMAN, "--language", "ar", "--needs", "shelter"], TODAY)
    assert [w for w in result["warnings"] if "far away" in w]


def test_a_service_avoided_with_the_one_at_its_address_is_not_said_to_be_recorded_twice(
    tmp_path: Path,
) -> None:
    """Avoiding a shelter avoids the clinic at its street address too (it may be the same place under
    another name), but "recorded twice in the directory" was said of two services in one building,
    which could make an office delete a real record (session 28's Q1)."""
    records = [
        _record("s-c", "Shelter Casablanca", ["shelter"], "Casablanca", CASABLANCA, address="12 Rue Panel"),
        _record("m-c", "Clinic Casablanca", ["medical"], "Casablanca", CASABLANCA, address="12 Rue Panel"),
        _record("m-r", "Clinic Rabat", ["medical"], "Rabat", RABAT),
    ]
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    case = [*WOMAN, "--language", "ar", "--needs", "medical", "--avoid-provider", "s-c"]
    result = match_json(root, case, TODAY)
    assert _plan(result) == {"medical": "m-r"}
    assert (
        "m-c (Clinic Casablanca) is avoided too: it has the same street address as s-c, and may be the same "
        "place under another name"
    ) in result["warnings"]
    assert not [w for w in result["warnings"] if "recorded twice" in w]


@pytest.mark.parametrize(
    ("options", "kept"),
    [
        # a mother of two in Elbasan County: moved 30 km to the national shelter for its clinic, her
        # children's daycare went from 2 km to 38 km away (the verifier's q260)
        (
            '--to "Elbasan County" --needs shelter,medical,documentation,legal,childcare --sex female '
            "--age 30 --children 2 --language en --exploitation criminality",
            {"shelter": "al-elb-2781", "childcare": "al-elb-0919"},
        ),
        # housed in Durrës with her course and jobs desk 1 km away: moved 30 km to save one trip to
        # legal aid, which the new stay did not give (q868)
        (
            "--to Durrës --needs shelter,vocational_training,employment,legal --sex female --age 56 "
            "--children 1 --language it",
            {"shelter": "al-dur-6ff1"},
        ),
    ],
)
def test_a_stay_is_not_moved_where_it_fixes_nothing_itself_or_breaks_another_service(
    tmp_path: Path, options: str, kept: dict[str, str]
) -> None:
    """The plan moves her only where the new stay gives, itself, a service the first plan served
    badly, and no service is served badly that was served well (the AL sample)."""
    root = sample_folder(tmp_path, "al")
    result = match_json(root, ["--country", "AL", *shlex.split(options)], TODAY)
    assert {need: _plan(result)[need] for need in kept} == kept


def test_a_region_of_return_keeps_her_services_in_one_town_whatever_the_order_of_the_needs(
    tmp_path: Path,
) -> None:
    """A clinic and a legal aid office in Casablanca, and the same pair in Settat, all alike: the
    town the plan took followed the order the needs were typed in (the verifier's find). On a tie
    the place nearest the region's point is where her services go, in either order."""
    settat = (33.0010, -7.6166)
    records = [
        _record("m-s", "A Clinic Settat", ["medical"], "Settat", settat),
        _record("l-s", "B Legal Settat", ["legal"], "Settat", (33.0020, -7.6170)),
        _record("m-c", "B Clinic Casablanca", ["medical"], "Casablanca", (33.5883, -7.6114)),
        _record("l-c", "A Legal Casablanca", ["legal"], "Casablanca", (33.5890, -7.6120)),
    ]  # by name, her clinic ranks first in Settat and her legal aid in Casablanca
    root = hand_made_directory(tmp_path, "MA", records, "ar")
    for needs in ("medical,legal", "legal,medical"):
        assert _plan(match_json(root, [*REGION, "--needs", needs], TODAY)) == {
            "medical": "m-c",
            "legal": "l-c",
        }
