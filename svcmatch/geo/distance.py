"""Distances: a fast haversine for ranking; geopy's geodesic only where a person sees the figure."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

#: Mean Earth radius (IUGG), km. The haversine on a sphere is within 0.5% of the ellipsoid.
EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance by the haversine formula: microseconds, for ranking thousands."""
    phi1, phi2 = radians(lat1), radians(lat2)
    dphi = phi2 - phi1
    dlmb = radians(lon2 - lon1)
    h = sin(dphi / 2) ** 2 + cos(phi1) * cos(phi2) * sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(h)))


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Exact distance on the WGS-84 ellipsoid (geopy, Karney): for a figure shown to a person."""
    from geopy.distance import geodesic

    return float(geodesic((lat1, lon1), (lat2, lon2)).km)
