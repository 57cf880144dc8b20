"""Geography: countries, places, regions and distances, all offline.

Importing this package is cheap: the gazetteers are read on first use, once per process.
"""

from __future__ import annotations

from .countries import Country, resolve_country
from .distance import distance_km, geodesic_km
from .locate import Place, locate
from .regions import (
    country_regions_named,
    distance_to_region_km,
    inside_country,
    region_at,
    region_name,
    regions,
    resolve_region,
)

__all__ = [
    "Country",
    "Place",
    "country_regions_named",
    "distance_km",
    "distance_to_region_km",
    "geodesic_km",
    "inside_country",
    "locate",
    "region_at",
    "region_name",
    "regions",
    "resolve_country",
    "resolve_region",
]
