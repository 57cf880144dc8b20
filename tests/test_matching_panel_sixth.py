"""A caseworker's sixth pass over issue 12's rules (the held-out panel runs `match --format
json`, `package` and `batch`): what a careful caseworker would overrule or distrust, each test a
case that failed before its fix."""

from __future__ import annotations

import json
import shlex
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.taxonomy import stay_need

TODAY = "2026-12-04"


def _run(command: str, options: str, *extra: str) -> str:
    args = [command, *shlex.split(options), "--today", TODAY, *extra]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _package(options: str, fmt: str = "json") -> Any:
    text = _run("package", options, "--case-ref", "X-6", "--draft", "--format", fmt)
    return json.loads(text) if fmt == "json" else text


# --- where she stays: the plan's shelter, else its housing, whatever order the needs came in ---

#: Vlorë with official status: the plan houses her at the National Shelter for Women Survivors
#: (confidential, Tirana) and gives housing to the Reintegration Fund (Tirana, not confidential).
VLORE = "--country AL --to Vlore --sex female --age 30 --official-status"


@pytest.mark.parametrize(
    ("needs", "stay"),
    [
        (["housing", "shelter", "medical"], "shelter"),
        (["shelter", "housing"], "shelter"),
        (["medical", "housing"], "housing"),
        (["medical"], None),
    ],
)
def test_she_stays_at_the_shelter_else_the_housing(needs: list[str], stay: str | None) -> None:
    assert stay_need(needs) == stay


@pytest.mark.parametrize("needs", ["housing,shelter,medical", "shelter,housing,medical"])
def test_the_packages_distances_are_from_the_shelter_she_stays_in_whatever_the_needs_order(
    needs: str,
) -> None:
    """`package --needs housing,shelter,medical` said the clinic was '4 km from the person's
    accommodation (Example Reintegration Fund)': the match measured it from the shelter's
    public area (the plan houses her at the shelter, else the housing), and the package named
    the first accommodation need in the case's order."""
    document = _package(f"{VLORE} --needs {needs}")
    chosen = {service["need"]: service["provider"] for service in document["needs"]}
    shelter, medical = chosen["shelter"], chosen["medical"]
    assert shelter["confidential_address"]
    if medical["id"] != shelter["id"]:
        assert medical["distance_from_place"] == shelter["name"]
        assert medical["distance_about"]
    for alternative in next(s for s in document["needs"] if s["need"] == "medical")["alternatives"]:
        if alternative["distance_from"] == "accommodation":
            assert alternative["distance_from_place"] == shelter["name"]
            assert alternative["distance_about"]


def test_the_tables_near_misses_are_about_from_the_shelter_whatever_the_needs_order() -> None:
    """The table's near misses of a service are measured from the confidential shelter's public
    area ('~17 km'); with housing named before shelter they said '17 km', as if exact."""
    tables = [
        _run("match", f"{VLORE} --needs {needs} --explain-excluded")
        for needs in ("shelter,housing,medical", "housing,shelter,medical")
    ]
    lines = [[line for line in table.splitlines() if line.startswith("  medical: ")] for table in tables]
    assert lines[0] and lines[0] == lines[1]
    assert all(", ~" in line for line in lines[0])
