"""Geography: countries, places, regions and distances, all offline."""

from __future__ import annotations

from .countries import Country, resolve_country

__all__ = ["Country", "resolve_country"]
