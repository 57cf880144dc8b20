"""Where she stays, weighed by her services (the twenty-fourth caseworker pass), never moves a family
from a shelter with room for them to one known this month to be too small: the verifier's find of
session twenty-nine (a mother of two moved to a shelter with 1 free place, for its daycare)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import hand_made_directory, match_json

TODAY = "2026-12-07"


def _record(rid: str, name: str, categories: list[str], city: str, point: tuple[float, float], **more: Any):
    region = {"Shkodër": "AL-10", "Koplik": "AL-10", "Lezhë": "AL-08"}[city]
    return {
        "id": rid,
        "name": name,
        "categories": categories,
        "city": city,
        "region": region,
        "latitude": point[0],
        "longitude": point[1],
        "phone": "+355 22 000 000",
        "accompanying_children": True,
        **more,
    }


def _directory(tmp_path: Path, koplik_places: dict[str, Any]) -> Path:
    return hand_made_directory(
        tmp_path,
        "AL",
        [
            _record("s-a", "Shelter Shkoder", ["shelter"], "Shkodër", (42.07328, 19.51258), **ROOM),
            _record(
                "s-b",
                "Family Shelter Koplik",
                ["shelter", "childcare"],
                "Koplik",
                (42.19361, 19.43639),
                **koplik_places,
            ),
            _record("d-t", "Daycare Lezhe", ["childcare"], "Lezhë", (41.78361, 19.64361), max_age=6),
        ],
        "sq",
    )


ROOM = {"capacity_available": 5, "capacity_updated": "2026-12-01"}
MOTHER = ["--country", "AL", "--to", "Shkoder", "--needs", "shelter,childcare", "--children", "2"]
MOTHER += ["--sex", "female", "--age", "30", "--language", "sq"]


def _plan(result: Any) -> dict[str, str]:
    return {step["need"]: step["id"] for step in result["plan"]}


@pytest.mark.parametrize(
    ("koplik", "housed_at"),
    [
        ({"capacity_available": 1, "capacity_updated": "2026-12-01"}, "s-a"),  # 1 free place, 3 needed
        ({"capacity_available": 1, "capacity_updated": "2025-03-01"}, "s-b"),  # a stale count: unknown
        ({"capacity_available": 3, "capacity_updated": "2026-12-01"}, "s-b"),  # room for the three
        ({}, "s-b"),  # no count: the daycare in the shelter decides, as the caseworker pass planned it
    ],
)
def test_a_family_stays_where_there_is_room(tmp_path: Path, koplik: dict[str, Any], housed_at: str) -> None:
    result = match_json(_directory(tmp_path, koplik), MOTHER, TODAY)
    assert _plan(result)["shelter"] == housed_at
