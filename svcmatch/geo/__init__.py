"""Geography: countries, places, regions and distances, all offline.

Importing this package is cheap: the gazetteers are read on first use, once per process.
"""

from __future__ import annotations

from .countries import Country, resolve_country
from .distance import distance_km, geodesic_km
from .locate import Place, city_misspelt, locate, locate_quietly, read_city
from .regions import (
    RegionReading,
    country_regions_named,
    distance_to_region_km,
    enclosed_regions,
    inside_country,
    read_region,
    region_at,
    region_name,
    regions,
    resolve_region,
)

__all__ = [
    "Country",
    "Place",
    "RegionReading",
    "city_misspelt",
    "country_regions_named",
    "distance_km",
    "distance_to_region_km",
    "enclosed_regions",
    "geodesic_km",
    "inside_country",
    "locate",
    "locate_quietly",
    "read_city",
    "read_region",
    "region_at",
    "region_name",
    "regions",
    "resolve_country",
    "resolve_region",
]
