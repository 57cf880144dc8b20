"""Points far from every town (swapped coordinates, 0,0) get answers, not errors."""

from __future__ import annotations

from svcmatch.geo import distance_to_region_km, inside_country


def test_far_points_are_outside_and_far() -> None:
    assert inside_country(0.0, 0.0, "AL") is False
    assert inside_country(19.8, 41.3, "AL") is False  # latitude and longitude swapped
    assert distance_to_region_km(0.0, 0.0, "AL-10") > 4000
    assert inside_country(41.3275, 19.8187, "AL") is True
