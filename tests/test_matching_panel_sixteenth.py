"""A caseworker's sixteenth pass over issue 12's rules (the held-out panel runs `match --format
json`, `package` and `batch`): what a careful caseworker would overrule or misread, each test a
case on a small hand-made directory (Kyrgyzstan) or on the bundled samples, that failed before
its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import hand_made_directory, match_json, sample_folder

TODAY = "2026-12-06"


def _match(root: Path, options: list[str], *extra: str) -> Any:
    return match_json(root, options, TODAY, *extra)


def _plan(found: Any) -> dict[str, str]:
    return {step["need"]: step["id"] for step in found["plan"]}


# --- Kyrgyzstan, Osh: a father returning with his two children ---

#: Osh: an emergency shelter and a men's hostel in town, neither taking accompanying children; a
#: women's shelter in town; a family shelter in Bishkek (~300 km) that covers only Bishkek.
OSH: list[dict[str, Any]] = [
    {"id": "kg-osh-emergency", "name": "Osh Emergency Shelter", "categories": ["shelter"], "city": "Osh",
     "region": "KG-GO", "latitude": 40.531, "longitude": 72.80, "accompanying_children": False},
    {"id": "kg-osh-men", "name": "Osh Men's Hostel", "categories": ["shelter"], "city": "Osh",
     "region": "KG-GO", "latitude": 40.54, "longitude": 72.78, "sexes": ["male"],
     "accompanying_children": False, "vot_specialised": True},
    {"id": "kg-osh-women", "name": "Osh Women's Shelter", "categories": ["shelter"], "city": "Osh",
     "region": "KG-GO", "latitude": 40.52, "longitude": 72.81, "sexes": ["female"],
     "accompanying_children": True},
    {"id": "kg-bsk-family", "name": "Bishkek Family Shelter", "categories": ["shelter"], "city": "Bishkek",
     "region": "KG-GB", "latitude": 42.87, "longitude": 74.59, "accompanying_children": True,
     "coverage": {"kind": "regions", "regions": ["KG-GB"]}},
]  # fmt: skip
FATHER = ["--country", "KG", "--to", "Osh", "--needs", "shelter", "--sex", "male", "--age", "38",
          "--children", "2", "--language", "ky"]  # fmt: skip


def test_near_misses_near_her_come_before_far_ones_of_a_more_actionable_rule(tmp_path: Path) -> None:
    """No shelter in reach takes a father with his children. His near misses listed the family
    shelter ~300 km away in Bishkek first (a coverage miss, the "most actionable" rule), above the
    two shelters in Osh that do not record taking children: the calls a caseworker makes first are
    in his town. Near ones come first, then far ones; a sex or an age, which no call changes, last."""
    root = hand_made_directory(tmp_path, "KG", OSH, "ky")
    found = _match(root, FATHER)
    assert found["unmet"] == ["shelter"]
    misses = [(m["id"], m["rule"]) for m in found["near_misses"]["shelter"]]
    assert misses == [
        ("kg-osh-emergency", "children"),
        ("kg-osh-men", "children"),
        ("kg-bsk-family", "coverage"),
        ("kg-osh-women", "sex"),
    ], misses


def test_the_samples_near_misses_put_kyiv_before_dnipro(tmp_path: Path) -> None:
    """The UA sample, a father of two returning to Kyiv: the emergency shelter 1 km away that does
    not take children was listed below two coverage misses 132 and 394 km away."""
    root = sample_folder(tmp_path, "ua")
    case = ["--country", "UA", "--to", "Kyiv", "--needs", "shelter", "--sex", "male", "--age", "40",
            "--children", "2"]  # fmt: skip
    misses = [m["name"] for m in _match(root, case)["near_misses"]["shelter"]]
    assert misses[0] == "Example Emergency Shelter Kyiv", misses
    assert misses[-1] == "Example National Shelter for Women Survivors", misses
