"""The place of return and the avoided regions, resolved through `svcmatch.geo.locate`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..geo import RegionReading, locate, read_region
from ..geo.distance import distance_km


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
    #: What tells each of `alternatives` from the place taken, in the same order: its kind
    #: ("town", "region", ...), its population (None when unknown) and how far it is from the
    #: place taken in km (None for a region, or without coordinates). A city and a village of
    #: one name in one region were said alike ("Zaporizhzhya (UA-23 Zaporizhzhia Oblast)").
    alternatives_told: tuple[tuple[str, int | None, float | None], ...] = ()
    #: The population of the place taken (None when unknown).
    population: int | None = None
    #: Several places match the name equally well; this one was taken (the largest).
    ambiguous: bool = False
    #: "name" or "spelling" (svcmatch.geo.Place.how).
    how: str = "name"
    #: The seat of an old district (kind "district"): distances are measured from it.
    seat: str | None = None
    #: Read by spelling from another of the town's names (svcmatch.geo.Place.near).
    near: str | None = None

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
            # (most places have none: no list made by a comprehension, a function made each time)
            "alternatives": self._alternatives_json() if self.alternatives else [],
        }

    def _alternatives_json(self) -> list[dict[str, Any]]:
        return [
            {
                "name": name,
                "region": region,
                "region_name": region_name,
                "kind": kind,
                "population": population,
                "distance_km": km,
            }
            for (name, region, region_name), (kind, population, km) in zip(
                self.alternatives, self.told(), strict=True
            )
        ]

    def told(self) -> tuple[tuple[str, int | None, float | None], ...]:
        """`alternatives_told`, or nothing known of each (a Destination made without it)."""
        return self.alternatives_told or tuple(("town", None, None) for _ in self.alternatives)

    def others_words(self) -> str:
        """The other places of an ambiguous name, each told apart from the one taken: 'Zaporizhzhya
        (UA-23 Zaporizhzhia Oblast, 1,073 people, 91 km from it); Zaporizhzhia Oblast (UA-23, the
        region)'."""
        said = []
        for (name, region, region_name), (kind, population, km) in zip(
            self.alternatives, self.told(), strict=True
        ):
            if kind == "region":
                said.append(f"{name} ({region}, the region)")
                continue
            told = [f"{region} {region_name}"]
            if population:
                told.append(f"{population:,} people")
            if km is not None:
                told.append(f"{round(km)} km from it")
            said.append(f"{name} ({', '.join(told)})")
        return "; ".join(said)


def locate_place(query: str, country: str) -> Any:
    """`svcmatch.geo.locate`; the one door through which matching reaches the gazetteer."""
    return locate(query, country)


def resolve_destination(query: str, country: str) -> Destination:
    place = locate_place(query, country)
    region = str(getattr(place, "region", "") or "")
    if not region:
        raise InputError(f"place {query!r} has no known region", "name the town or region of return")
    others = tuple(getattr(place, "alternatives", ()) or ())
    alternatives = tuple((str(alt.name), str(alt.region), str(alt.region_name)) for alt in others)
    latitude, longitude = (
        _coordinate(getattr(place, "latitude", None)),
        _coordinate(getattr(place, "longitude", None)),
    )
    told = tuple(_told(alt, latitude, longitude) for alt in others)
    return Destination(
        query=query,
        name=str(place.name),
        kind=str(getattr(place, "kind", "town")),
        region=region,
        region_name=str(getattr(place, "region_name", "") or region),
        latitude=latitude,
        longitude=longitude,
        alternatives=alternatives,
        alternatives_told=told,
        population=_population(place),
        ambiguous=bool(getattr(place, "ambiguous", False)),
        how=str(getattr(place, "how", "name")),
        seat=getattr(place, "seat", None),
        near=getattr(place, "near", None),
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


def _told(
    other: Any, latitude: float | None, longitude: float | None
) -> tuple[str, int | None, float | None]:
    """(kind, population, km from the place taken) of another place of the name."""
    kind = str(getattr(other, "kind", "town") or "town")
    lat, lon = _coordinate(getattr(other, "latitude", None)), _coordinate(getattr(other, "longitude", None))
    km = None
    if kind != "region" and None not in (lat, lon, latitude, longitude):
        km = round(distance_km(latitude, longitude, lat, lon), 1)  # type: ignore[arg-type]
    return kind, _population(other), km


def _population(place: Any) -> int | None:
    value = getattr(place, "population", None)
    return int(value) if isinstance(value, (int, float)) and value > 0 else None


def _coordinate(value: Any) -> float | None:
    return None if value is None else float(value)
