"""A caseworker's seventh pass (issue 12): free places fewer than the person and her children
need (the warning is made in engine.py, the lead's module, applied from the caseworker's
proposed diff with the package's note)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.matching.scoring import places_needed

TODAY = "2026-12-05"
#: A full shelter in Shkodër; a shelter in Lezhë, 34 km away, and a daycare beside it, each with
#: one free place; `confirmed` is when the free places were last confirmed.
RECORDS: list[dict[str, Any]] = [
    {"id": "shelter-full", "name": "Shelter Full", "categories": ["shelter"], "city": "Shkodër",
     "region": "AL-10", "latitude": 42.07, "longitude": 19.51, "capacity_available": 0},
    {"id": "shelter-one-place", "name": "Shelter One Place", "categories": ["shelter"], "city": "Lezhë",
     "region": "AL-08", "latitude": 41.781, "longitude": 19.641, "capacity_available": 1},
    {"id": "daycare-one-place", "name": "Daycare One Place", "categories": ["childcare"], "city": "Lezhë",
     "region": "AL-08", "latitude": 41.782, "longitude": 19.642, "capacity_available": 1,
     "min_age": 0, "max_age": 6},
]  # fmt: skip
CASE = "--country AL --to Shkoder --needs shelter,childcare --sex female --age 30"


def _root(tmp_path: Path, confirmed: str) -> Path:
    records = [
        {
            "status": "active",
            "coverage": {"kind": "national"},
            "sexes": ["female"],
            "accompanying_children": True,
            "languages": ["sq"],
            "verified_on": "2026-11-01",
            "capacity_updated": confirmed,
            **record,
        }
        for record in RECORDS
    ]
    (tmp_path / "records.json").write_text(json.dumps(records), encoding="utf-8")
    for args in (
        ["directory", "init", "AL"],
        ["directory", "add", "AL", "--json", str(tmp_path / "records.json")],
    ):
        result = CliRunner().invoke(main, ["--directories", str(tmp_path / "dirs"), *args])
        assert result.exit_code == 0, result.output
    return tmp_path / "dirs"


def _run(root: Path, command: str, options: str, *extra: str) -> str:
    args = ["--directories", str(root), command, *options.split(), "--today", TODAY, *extra]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _warnings(document: dict[str, Any], need: str, provider: str) -> list[str]:
    return next(r["warnings"] for r in document["needs"][need] if r["id"] == provider)


@pytest.mark.parametrize(
    ("need", "children", "needed"),
    [("shelter", 2, 3), ("housing", 1, 2), ("childcare", 2, 2), ("shelter", 0, None), ("medical", 2, None)],
)
def test_places_needed(need: str, children: int, needed: int | None) -> None:
    assert places_needed(need, children) == needed


def test_one_free_place_is_too_few_for_a_mother_and_two_children(tmp_path: Path) -> None:
    """A mother returning to Shkodër with two children: the plan housed her at the Lezhë shelter,
    "1 free place as of 2026-12-02" (ranked above the full one nearer "for free places"), and
    the two children at a daycare with one free place, without a word that three people need
    three places and two children two."""
    root = _root(tmp_path, "2026-12-02")
    found = json.loads(_run(root, "match", f"{CASE} --children 2", "--format", "json"))
    assert {s["need"]: s["id"] for s in found["plan"]} == {
        "shelter": "shelter-one-place",
        "childcare": "daycare-one-place",
    }
    assert (
        "too few free places for the person and 2 children (1 free place, 3 needed): call before referring"
        in (_warnings(found, "shelter", "shelter-one-place"))
    )
    assert "too few free places for 2 children (1 free place, 2 needed): call before referring" in (
        _warnings(found, "childcare", "daycare-one-place")
    )
    one_child = json.loads(_run(root, "match", f"{CASE} --children 1", "--format", "json"))
    assert any("too few" in w for w in _warnings(one_child, "shelter", "shelter-one-place"))
    assert not any("too few" in w for w in _warnings(one_child, "childcare", "daycare-one-place"))
    alone = json.loads(_run(root, "match", CASE.replace(",childcare", ""), "--format", "json"))
    assert not any("too few" in w for w in _warnings(alone, "shelter", "shelter-one-place"))


def test_an_old_figure_is_unknown_not_too_few(tmp_path: Path) -> None:
    """A figure older than 30 days is unknown ("capacity unknown: 1 free place as of ..."): it
    says no "too few" either."""
    root = _root(tmp_path, "2026-09-01")
    found = json.loads(_run(root, "match", f"{CASE} --children 2", "--format", "json"))
    assert not any(
        "too few" in w for results in found["needs"].values() for r in results for w in r["warnings"]
    )


def test_the_package_says_too_few_places_in_its_language(tmp_path: Path) -> None:
    root = _root(tmp_path, "2026-12-02")
    options = f"{CASE} --children 2 --case-ref X-7 --draft"
    package = json.loads(_run(root, "package", options, "--format", "json"))
    cards = {n["need"]: n["provider"] for n in package["needs"]}
    assert {"code": "places_short", "places": 1, "needed": 3, "stay": True} in cards["shelter"]["notes"]
    assert {"code": "places_short", "places": 1, "needed": 2, "stay": False} in cards["childcare"]["notes"]
    assert not any(n.get("code") == "unexplained" for card in cards.values() for n in card["notes"])
    french = _run(root, "package", options, "--format", "md", "--lang", "fr")
    assert (
        "trop peu de places libres pour la personne et les enfants (places libres : 1 ; nécessaires : 3)"
        in french
    )
