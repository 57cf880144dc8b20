"""Which near misses are shown: near ones are chosen before far ones, then all are shown in the
order of how actionable they are (issue 12). On the Ukrainian sample a man returning to Lviv
(domestic servitude) finds no shelter; the men's shelter 0.4 km away breaks only its
exploitation list, and four coverage misses 115-336 km away crowded it out of the five shown
(the caseworker's sixth pass): a caseworker calls Lviv first."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.matching.engine import FAR_KM, NEAR_MISS_LIMIT, NEAR_MISS_ORDER

SAMPLES = Path(__file__).resolve().parents[1] / "directories"


def near_misses(*args: str) -> list[dict]:
    options = ["--today", "2026-12-05", "--format", "json"]
    result = CliRunner().invoke(main, ["--directories", str(SAMPLES), "match", *args, *options])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["unmet"] == ["shelter"]
    misses: list[dict] = document["near_misses"]["shelter"]
    return misses


def test_the_shelter_next_door_is_not_crowded_out_by_far_coverage_misses() -> None:
    misses = near_misses(
        "--country", "UA", "--to", "Lviv", "--needs", "shelter", "--sex", "male", "--age", "40",
        "--exploitation", "domestic_servitude",
    )  # fmt: skip
    by_name = {m["name"]: m for m in misses}
    assert by_name["Example Men's Shelter Lviv"]["rule"] == "exploitation"
    assert by_name["Example Men's Shelter Lviv"]["distance_km"] < 1
    assert len(misses) == NEAR_MISS_LIMIT
    # every near one is shown before a far one is
    assert all(m["distance_km"] <= FAR_KM for m in misses if m["rule"] != "coverage")


def test_the_misses_shown_keep_the_order_of_how_actionable_they_are() -> None:
    misses = near_misses(
        "--country", "UA", "--to", "Lviv", "--needs", "shelter", "--sex", "male", "--age", "40",
        "--exploitation", "domestic_servitude",
    )  # fmt: skip
    ranks = [NEAR_MISS_ORDER.index(m["rule"]) for m in misses]
    assert ranks == sorted(ranks), [m["rule"] for m in misses]
    assert misses[-1]["rule"] == "sex"
