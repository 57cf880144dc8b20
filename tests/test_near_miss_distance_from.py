"""A near miss says what its distance is measured from, as the need's results do: the 5 km of
the Abuja childcare service are from the person's accommodation, 690 km from Maiduguri, and
read without it they said the service was 5 km from Maiduguri (the caseworker's pass)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from svcmatch.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "directories"


def matched(*args: str) -> dict:
    options = ["--sex", "female", "--age", "25", "--today", "2026-12-04", "--format", "json"]
    result = CliRunner().invoke(main, ["--directories", str(SAMPLES), "match", *args, *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_near_misses_of_a_service_are_measured_from_her_accommodation() -> None:
    document = matched("--country", "NG", "--to", "Maiduguri", "--needs", "shelter,childcare,medical")
    misses = document["near_misses"]["childcare"]
    assert misses and {m["distance_from"] for m in misses} == {"accommodation"}
    assert misses[0]["distance_km"] < 10


def test_near_misses_from_the_place_or_the_region_of_return() -> None:
    town = matched("--country", "NG", "--to", "Maiduguri", "--needs", "childcare")
    assert {m["distance_from"] for m in town["near_misses"]["childcare"]} == {"destination"}
    region = matched("--country", "AL", "--to", "Kukës County", "--needs", "medical", "--explain-excluded")
    assert {m["distance_from"] for ms in region["near_misses"].values() for m in ms} == {"region"}
