"""A caseworker's fourth pass over issue 12's rules (the held-out panel runs `match --format
json`): what a careful caseworker would overrule or misread on the samples, each test a case
that failed before its fix."""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

import pytest
from click.testing import CliRunner

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
    assert hotline["distance_km"] == 4.5
    assert hotline["reasons"][0] == "5 km from the accommodation"
    row = next(line for line in _match(MAIDUGURI, fmt="table").splitlines() if hotline["id"] in line)
    assert re.search(rf"{hotline['id']}\s+.*\s5\s+-?\d", row), row


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
