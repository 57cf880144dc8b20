"""The twenty-fourth caseworker pass over issue 12: plans a careful caseworker would not overrule
as a whole (where she stays weighed by what it does to her services, ...), each a caseworker's case
on a small hand-made directory that failed before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import hand_made_directory, match_json

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
