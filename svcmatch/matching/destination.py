"""The place of return and the avoided regions, resolved through `svcmatch.geo.locate`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..geo import RegionReading, locate, read_region


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
    #: Other places the name may mean: (name, region code, region name).
    alternatives: tuple[tuple[str, str, str], ...] = ()
    #: Several places match the name equally well; this one was taken (the largest).
    ambiguous: bool = False
    #: "name" or "spelling" (svcmatch.geo.Place.how).
    how: str = "name"
    #: The seat of an old district (kind "district"): distances are measured from it.
    seat: str | None = None

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
            "ambiguous": self.ambiguous,
            **({"seat": self.seat} if self.seat else {}),
            "alternatives": [
                {"name": name, "region": region, "region_name": region_name}
                for name, region, region_name in self.alternatives
            ],
        }


def locate_place(query: str, country: str) -> Any:
    """`svcmatch.geo.locate`; the one door through which matching reaches the gazetteer."""
    return locate(query, country)


def resolve_destination(query: str, country: str) -> Destination:
    place = locate_place(query, country)
    region = str(getattr(place, "region", "") or "")
    if not region:
        raise InputError(f"place {query!r} has no known region", "name the town or region of return")
    alternatives = tuple(
        (str(alt.name), str(alt.region), str(alt.region_name))
        for alt in getattr(place, "alternatives", ()) or ()
    )
    return Destination(
        query=query,
        name=str(place.name),
        kind=str(getattr(place, "kind", "town")),
        region=region,
        region_name=str(getattr(place, "region_name", "") or region),
        latitude=_coordinate(getattr(place, "latitude", None)),
        longitude=_coordinate(getattr(place, "longitude", None)),
        alternatives=alternatives,
        ambiguous=bool(getattr(place, "ambiguous", False)),
        how=str(getattr(place, "how", "name")),
        seat=getattr(place, "seat", None),
    )


def resolve_region_of(query: str, country: str) -> RegionReading:
    """The region to avoid, read exactly: a code, a region's or district's name, or a town's
    name (its region); a close spelling is refused with suggestions (a safety rule)."""
    try:
        # 'MA-CAS' (the prefecture of Casablanca) avoids all of Casablanca-Settat (MA-06): a
        # wider area than the code names, read so and said (geo.read_region's reading)
        return read_region(query, country)
    except InputError as error:
        raise InputError(f"avoid_region: {error.message}", error.hint) from None


def _coordinate(value: Any) -> float | None:
    return None if value is None else float(value)
