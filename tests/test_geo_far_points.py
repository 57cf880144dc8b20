"""Points far from every town (swapped coordinates, 0,0) get answers, not errors."""

from __future__ import annotations

import importlib
import random

import pytest

from svcmatch.geo import distance_to_region_km, inside_country
from svcmatch.geo.gazetteer import load_gazetteer


def test_far_points_are_outside_and_far() -> None:
    assert inside_country(0.0, 0.0, "AL") is False
    assert inside_country(19.8, 41.3, "AL") is False  # latitude and longitude swapped
    assert distance_to_region_km(0.0, 0.0, "AL-10") > 4000
    assert inside_country(41.3275, 19.8187, "AL") is True


def test_a_point_beyond_every_town_is_answered_without_a_town_search(monkeypatch: pytest.MonkeyPatch) -> None:
    # a point far outside the country costs a ring search over thousands of empty cells
    # (0.15 s each): the towns' box answers it first; points near a border still search
    gazetteer = load_gazetteer("UA")
    searched: list[tuple[float, float]] = []
    real = gazetteer.nearest_town

    def counting(lat: float, lon: float, region: str | None = None) -> tuple[int, float]:
        searched.append((lat, lon))
        return real(lat, lon, region)

    monkeypatch.setattr(gazetteer, "nearest_town", counting)
    for lat, lon in [(30.52, 50.45), (0.0, 0.0), (-33.9, 18.4), (60.0, -100.0)]:
        assert inside_country(lat, lon, "UA") is False
    assert searched == []
    assert inside_country(50.45, 30.52, "UA") is True  # Kyiv: its fine cell answers (test_geo_regions)
    assert searched == []
    assert inside_country(48.62, 22.30, "UA") is True  # Uzhhorod, at the Slovak border, searches
    assert searched == [(48.62, 22.30)]


@pytest.mark.parametrize(
    ("country", "box"), [("UA", (43, 54, 20, 42)), ("AL", (39, 43, 18, 22)), ("FJ", (-20, -15, 176, 181))]
)
def test_the_towns_box_gives_the_answers_of_the_town_search(country: str, box: tuple[float, ...]) -> None:
    regions = importlib.import_module("svcmatch.geo.regions")
    gazetteer = load_gazetteer(country)
    rng = random.Random(5)
    for _ in range(60):  # around the country and beyond its border, across 180° for Fiji
        lat, lon = rng.uniform(box[0], box[1]), (rng.uniform(box[2], box[3]) + 180.0) % 360.0 - 180.0
        index, km = gazetteer.nearest_town(lat, lon)
        reaches = km <= regions._SPACING_FACTOR * gazetteer.spacing_km(index) + regions._MARGIN_KM
        expected = reaches and not gazetteer.border_within(lat, lon, km)
        assert regions._inside(gazetteer, lat, lon) is expected
