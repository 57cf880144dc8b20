"""The place of return and the avoided regions, resolved through `svcmatch.geo.locate`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class Destination:
    """Where the person returns to: a town or a region, with its ISO 3166-2 region."""

    query: str
    name: str
    kind: str
    region: str
    region_name: str
    latitude: float | None
    longitude: float | None
    alternatives: tuple[str, ...] = ()

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "region": self.region,
            "region_name": self.region_name,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "kind": self.kind,
            "query": self.query,
            "alternatives": list(self.alternatives),
        }


def locate_place(query: str, country: str) -> Any:
    """`svcmatch.geo.locate`; the one door through which matching reaches the gazetteer."""
    from ..geo import locate

    return locate(query, country)


def resolve_destination(query: str, country: str) -> Destination:
    place = locate_place(query, country)
    region = str(getattr(place, "region", "") or "")
    if not region:
        raise InputError(f"place {query!r} has no known region", "name the town or region of return")
    alternatives = tuple(_place_label(alt) for alt in getattr(place, "alternatives", ()) or ())
    return Destination(
        query=query,
        name=str(place.name),
        kind=str(getattr(place, "kind", "town")),
        region=region,
        region_name=str(getattr(place, "region_name", "") or region),
        latitude=_coordinate(getattr(place, "latitude", None)),
        longitude=_coordinate(getattr(place, "longitude", None)),
        alternatives=alternatives,
    )


def resolve_region_of(query: str, country: str) -> str:
    """The ISO 3166-2 region of a town or region name (for --avoid-region)."""
    try:
        place = locate_place(query, country)
    except InputError as error:
        raise InputError(f"avoid_region: {error.message}", error.hint) from None
    region = str(getattr(place, "region", "") or "")
    if not region:
        raise InputError(f"avoid_region: {query!r} has no known region", "name a region or a town in it")
    return region


def _place_label(place: Any) -> str:
    region_name = getattr(place, "region_name", "") or getattr(place, "region", "")
    return f"{place.name} ({region_name})" if region_name else str(place.name)


def _coordinate(value: Any) -> float | None:
    return None if value is None else float(value)
