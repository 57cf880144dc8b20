"""Childcare asked without a number of children: the children return with her, and the plan
never houses her where they cannot stay (a careful caseworker's reading of DOMAIN.md's
"care for children who return with the person"), said in the warnings, never silently."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from svcmatch.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "directories"
NADOR = ["match", "--country", "MA", "--to", "Nador", "--sex", "female", "--age", "28"]


def matched(*args: str) -> dict:
    result = CliRunner().invoke(
        main, ["--directories", str(SAMPLES), *NADOR, *args, "--today", "2026-12-04", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def planned(document: dict, need: str) -> str:
    return next(step["id"] for step in document["plan"] if step["need"] == need)


def test_childcare_without_a_count_houses_her_where_children_are_taken() -> None:
    # The Nador emergency shelter takes no accompanying children: before, it housed her while
    # the plan arranged childcare for the children who return with her.
    alone = matched("--needs", "shelter")
    with_childcare = matched("--needs", "shelter,childcare")
    with_children = matched("--needs", "shelter,childcare", "--children", "1")
    nador_shelter = planned(alone, "shelter")
    assert planned(with_childcare, "shelter") != nador_shelter
    assert planned(with_childcare, "shelter") == planned(with_children, "shelter")
    shown = [r["id"] for r in with_childcare["needs"]["shelter"]]
    assert nador_shelter not in shown
    said = [w for w in with_childcare["warnings"] if w.startswith("childcare is asked")]
    assert said == [
        "childcare is asked, so children return with the person (the case does not say how many: "
        "--children): shelter is planned only where accompanying children are taken"
    ]
    assert not [w for w in with_children["warnings"] if w.startswith("childcare is asked")]
    assert not [w for w in alone["warnings"] if w.startswith("childcare is asked")]


def test_the_far_away_warning_names_only_services_planned_near_her_accommodation() -> None:
    # childcare is planned at Nador, ~377 km from the national shelter: it has its own far-away
    # warning and is not said to be planned "near there"
    document = matched("--needs", "shelter,childcare")
    far = [w for w in document["warnings"] if w.startswith("the only shelter options are far away")]
    assert far and "plans childcare near there" not in far[0]


def test_the_package_says_the_number_of_children_is_not_stated(tmp_path: Path) -> None:
    """Beside the note that children return with her, the package said 'Accompanying children: 0'."""
    out = tmp_path / "package.json"
    args = ["--directories", str(SAMPLES), "package", *NADOR[1:], "--needs", "shelter,childcare"]
    args += ["--case-ref", "X-1", "--draft", "--format", "json", "--today", "2026-12-04", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    package = json.loads(out.read_text(encoding="utf-8"))
    assert package["person"]["children"] is None
    assert "children_assumed" in [note["code"] for note in package["notes"]]
