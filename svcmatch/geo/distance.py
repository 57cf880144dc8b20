"""Distances: a fast haversine for ranking; geopy's geodesic only where a person sees the figure."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

#: Mean Earth radius (IUGG), km. The haversine on a sphere is within 0.5% of the ellipsoid.
EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance by the haversine formula: microseconds, for ranking thousands."""
    phi1, phi2 = radians(lat1), radians(lat2)
    return haversine_km(phi1, radians(lon1), cos(phi1), phi2, radians(lon2), cos(phi2))


def haversine_km(
    lat1_r: float, lon1_r: float, cos_lat1: float, lat2_r: float, lon2_r: float, cos_lat2: float
) -> float:
    """The one haversine: points in radians with the cosine of their latitude, which matching
    keeps for each provider so that a distance costs two sines, a square root and an arcsine."""
    half_lat = sin((lat2_r - lat1_r) / 2)
    half_lon = sin((lon2_r - lon1_r) / 2)
    h = half_lat * half_lat + cos_lat1 * cos_lat2 * half_lon * half_lon
    # min(h, 1.0) as its comparison (the same value, NaN included): the builtin's call cost
    # four times as much, and matching measures some 60 distances a case
    return _TWO_R * asin(sqrt(1.0 if h > 1.0 else h))


_TWO_R = 2 * EARTH_RADIUS_KM


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Exact distance on the WGS-84 ellipsoid (geopy, Karney): for a figure shown to a person."""
    from geopy.distance import geodesic  # heavy (seconds to import): only for a figure shown as exact

    return float(geodesic((lat1, lon1), (lat2, lon2)).km)
