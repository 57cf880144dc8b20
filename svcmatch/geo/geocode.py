"""Fill providers' missing coordinates: offline from the gazetteer, online (when asked) from Nominatim."""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlsplit

from ..errors import DataError, InputError, NetworkError
from ..fileio import write_text_atomic
from ..model import Directory, Provider
from ..privacy import WITHHELD, public_name
from ..settings import Settings, refuse_if_others_can_change
from .countries import resolve_country
from .locate import Place, WeakSpelling, locate, rebuild_lists_more
from .regions import region_centre

#: Nominatim's usage policy: at most one request per second, and a user agent that names you.
MIN_DELAY_SECONDS = 1.0
#: After a failed request, wait this long and try once more before giving up.
ERROR_WAIT_SECONDS = 2.0
DEFAULT_NOMINATIM = "https://nominatim.openstreetmap.org"

#: A geocoder: query text -> (latitude, longitude), or None when the service knows no such place.
Geocoder = Callable[[str], "tuple[float, float] | None"]


@dataclass(frozen=True, slots=True)
class Fill:
    """The coordinates found for one provider, and how."""

    provider_id: str
    name: str
    query: str
    latitude: float
    longitude: float
    approximate: bool
    source: str  # "gazetteer" | "nominatim"
    matched: str  # what the source matched: a town, a region, an address
    #: A confidential shelter: its point and what it was placed by are never shown.
    confidential: bool = False


@dataclass(frozen=True, slots=True)
class Skip:
    provider_id: str
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    fills: tuple[Fill, ...]
    skips: tuple[Skip, ...]


def missing(directory: Directory) -> list[Provider]:
    """Providers without coordinates, in file order."""
    return [p for p in directory.providers if not p.has_location]


def geocode_offline(directory: Directory) -> GeocodeResult:
    """Town centroid from the gazetteer for each provider's city (within its region when it has
    one), else its region's centre of population; always marked approximate."""
    country = directory.info.country
    fills: list[Fill] = []
    skips: list[Skip] = []
    for provider in missing(directory):
        try:
            fills.append(_offline_fill(provider, country))
        except InputError as error:
            # a confidential shelter's reason would name its town: say only that it failed
            reason = _CONFIDENTIAL_NOT_PLACED if provider.confidential_address else str(error)  # with its fix
            skips.append(Skip(provider.id, public_name(provider), reason))
    return GeocodeResult(tuple(fills), tuple(skips))


_CONFIDENTIAL_NOT_PLACED = f"its town could not be placed {WITHHELD}; set its coordinates by hand"
#: Why `--online` leaves a confidential shelter out (issue 14 item 4).
CONFIDENTIAL_OFFLINE_ONLY = (
    "confidential shelter: its address is never sent to an online service; "
    "run geocode without --online (town centre), or set its coordinates by hand"
)


def _offline_fill(provider: Provider, country: str) -> Fill:
    if provider.city.strip():
        query = f"{provider.city}, {provider.region}" if provider.region else provider.city
        try:
            place = _close_spelling_too(query, country)
        except InputError:
            if not provider.region:
                raise
            place = _close_spelling_too(provider.city, country)
            if place.region != provider.region and place.how != "spelling":
                # Placing it there would contradict its region: one of the two is wrong.
                raise InputError(
                    f"city {provider.city!r} is {place.name} in {place.region}, "
                    f"not in its region {provider.region}",
                    "correct the city or the region",
                ) from None
        if place.how == "spelling":
            # `add` stores such a city as written, with no reading: placing it at the town it
            # is close to would write that guess into the file (Bhaktapur at Bharatpur, 100 km).
            # Nor is it that town in another region ('Bardibas' is not Bardiyā).
            build = (
                ", or build a gazetteer that lists it: "
                f"svcmatch gazetteer build {country} (docs/geography.md)"
                if rebuild_lists_more(country)
                else ""
            )
            raise InputError(
                f"city {provider.city!r} is no place of the gazetteer as written "
                f"(only close to {place.name} in {place.region})",
                f"correct the city, or set latitude and longitude by hand{build}",
            )
        if place.latitude is None or place.longitude is None:
            raise InputError(f"{place.name} has no coordinates in the gazetteer", "set them by hand")
        return Fill(
            provider.id,
            public_name(provider),
            query,
            place.latitude,
            place.longitude,
            True,
            "gazetteer",
            f"{place.kind} {place.name} ({place.region})",
            provider.confidential_address,
        )
    if provider.region:
        centre = region_centre(provider.region)
        if centre is not None:
            return Fill(
                provider.id,
                public_name(provider),
                provider.region,
                centre[0],
                centre[1],
                True,
                "gazetteer",
                f"region {provider.region}",
                provider.confidential_address,
            )
    raise InputError("no city or region to place it by", "set city or region first")


def _close_spelling_too(city: str, country: str) -> Place:
    """`locate`, with a reading by spelling too loose to be taken as the place it came close
    to, which `_offline_fill` skips as it skips any close spelling (it names the place)."""
    try:
        return locate(city, country)
    except WeakSpelling as loose:
        return loose.place


# --- online ------------------------------------------------------------------------------------


def cache_path(settings: Settings | None = None) -> Path:
    """The settings' cache folder ($SVCMATCH_CACHE, else XDG_CACHE_HOME/svcmatch, else
    ~/.cache/svcmatch) / nominatim.json."""
    return (settings or Settings()).geocode_cache


class GeocodeCache:
    """Answers already fetched (including 'not found'), kept on disk between runs, in a file
    only its owner can read (0600): it holds the addresses that were looked up, and never a
    confidential shelter's (those are never looked up, and `forget` drops older ones)."""

    #: The cache file's permissions, whatever the umask or an older file had.
    MODE = 0o600

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, list[float] | None] = {}
        if path.is_file():
            refuse_if_others_can_change(  # planted answers would be stored as providers' points
                path,
                "the geocoding cache",
                "keep it in a folder that only you can write, or set $SVCMATCH_CACHE to one",
            )
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, RecursionError):
                loaded = {}  # a damaged cache is only a slower run, never an error
            if isinstance(loaded, dict):
                # an answer that is no point (a hand edit, another tool) is no answer: asked again
                self.entries = {key: value for key, value in loaded.items() if _is_answer(value)}
        self.changed = False

    def get(self, key: str) -> tuple[bool, tuple[float, float] | None]:
        if key not in self.entries:
            return False, None
        value = self.entries[key]
        return True, None if value is None else (float(value[0]), float(value[1]))

    def put(self, key: str, value: tuple[float, float] | None) -> None:
        self.entries[key] = None if value is None else [value[0], value[1]]
        self.changed = True

    def forget(self, texts: Iterable[str]) -> None:
        """Drop every answer whose query holds one of these texts (the addresses of confidential
        shelters, which an older svcmatch looked up and cached)."""
        wanted = [text for text in texts if text]
        stale = [key for key in self.entries if any(text in key for text in wanted)]
        for key in stale:
            del self.entries[key]
        self.changed |= bool(stale)

    def save(self) -> None:
        if not self.changed:
            return

        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            text = json.dumps(self.entries, ensure_ascii=False, sort_keys=True, indent=0)
            write_text_atomic(self.path, text, self.MODE)
        except OSError as error:
            raise DataError(
                f"cannot write the geocoding cache {self.path}: {error.strerror or error}",
                "set $SVCMATCH_CACHE to a writable folder",
            ) from None


def _is_answer(value: Any) -> bool:
    """Whether a cached answer is one `put` writes: None (not found) or [latitude, longitude]."""
    if value is None:
        return True
    if not isinstance(value, list) or len(value) != 2:
        return False
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value):
        return False
    latitude, longitude = float(value[0]), float(value[1])
    return abs(latitude) <= 90 and abs(longitude) <= 180


def user_agent_or_error(user_agent: str | None) -> str:
    agent = (user_agent or "").strip()
    if not agent:
        raise InputError(
            "--online needs a user agent that identifies you to Nominatim",
            "pass --user-agent 'my-office-svcmatch (me@example.org)' or set $SVCMATCH_USER_AGENT",
        )
    return agent


def nominatim_geocoder(user_agent: str, url: str = DEFAULT_NOMINATIM, country: str = "") -> Geocoder:
    """geopy's Nominatim behind its RateLimiter (1 request/s); errors raise NetworkError."""
    # geopy takes seconds to import: only `geocode --online` needs it.
    from geopy.exc import GeocoderTimedOut, GeocoderUnavailable, GeopyError
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    # RateLimiter logs each retry with its traceback; with no handler of its own, Python's
    # last-resort handler would print that to the user's terminal. The error is raised anyway.
    geopy_logger = logging.getLogger("geopy")
    if not geopy_logger.handlers:
        geopy_logger.addHandler(logging.NullHandler())

    parts, host = _nominatim_url(url)
    service = Nominatim(
        user_agent=user_agent, domain=parts.netloc + parts.path.rstrip("/"), scheme=parts.scheme, timeout=10
    )
    limited = RateLimiter(
        service.geocode,
        min_delay_seconds=MIN_DELAY_SECONDS,
        max_retries=1,
        error_wait_seconds=ERROR_WAIT_SECONDS,
        swallow_exceptions=False,
    )

    def geocode(query: str) -> tuple[float, float] | None:
        try:
            location = limited(query, exactly_one=True, country_codes=country.lower() or None)
        except GeopyError as error:
            unreached = (
                _unreached(error) if isinstance(error, (GeocoderUnavailable, GeocoderTimedOut)) else ""
            )
            if unreached:
                # no network, a name that does not resolve, a refused connection: geopy's text
                # is a line of urllib3's internals, cut (session twenty-eight's newcomer, find 38)
                raise NetworkError(
                    f"could not reach Nominatim at {host} ({unreached})",
                    "check the connection and --nominatim-url, or run without --online "
                    "(which fills from the gazetteer)",
                ) from None
            raise NetworkError(
                f"Nominatim at {host} failed: {_first_line(error, parts.netloc, host)}",
                "check the network and --nominatim-url, or run without --online",
            ) from None
        except OSError as error:
            raise NetworkError(
                f"cannot reach Nominatim at {host}: {_first_line(error, parts.netloc, host)}",
                "check the network, or run without --online",
            ) from None
        if location is None:
            return None
        return float(location.latitude), float(location.longitude)

    return geocode


def _nominatim_url(url: str) -> tuple[SplitResult, str]:
    """The URL's parts, and the host to name in messages: without a user name or password that
    the URL may carry ('http://user:secret@host/'), which are never printed."""
    shown = re.sub(r"//[^/]*@", "//…@", url)  # a user name and password are not echoed either
    try:
        parts = urlsplit(url if "://" in url else f"https://{url}")
        port = parts.port  # raises for a port that is no number
    except ValueError as error:
        raise InputError(
            f"{shown!r} is not a Nominatim URL: {error}", "give it as https://host[/path]"
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{shown!r} is not a Nominatim URL", "give it as https://host[/path]")
    host = parts.hostname if port is None else f"{parts.hostname}:{port}"
    return parts, host


#: What a connection error's text says, by words the resolvers and sockets of the libraries
#: geopy uses (requests, urllib3, aiohttp, urllib) write, in the words said instead; another
#: text ('HTTP Error 503') is the server's answer, said as it is.
_UNREACHED = (
    (
        (
            "nameresolution",
            "name or service not known",
            "failed to resolve",
            "getaddrinfo",
            "nodename nor servname",
            "temporary failure in name resolution",
        ),
        "no network, or its name does not resolve",
    ),
    (("refused",), "the connection was refused"),
    (("timed out", "timeout"), "it did not answer in time"),
)


def _unreached(error: BaseException) -> str:
    text = str(error).lower()
    return next((said for words, said in _UNREACHED if any(w in text for w in words)), "")


def _first_line(error: BaseException, netloc: str = "", host: str = "") -> str:
    text = str(error).strip() or type(error).__name__
    if netloc and netloc != host:  # the library's message may quote the URL with its password
        text = text.replace(netloc, host)
    return text.splitlines()[0][:200]


def online_query(provider: Provider, country_name: str) -> str:
    parts = [provider.address, provider.city, country_name]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def geocode_online(
    directory: Directory, geocoder: Geocoder, cache: GeocodeCache, service: str
) -> GeocodeResult:
    """Ask the geocoder (through the cache) for each provider without coordinates. A network
    error propagates: the caller writes nothing, but answers so far stay in the cache.

    A confidential shelter is never looked up (its address would leave the machine): it is
    skipped, with the reason, and the cache forgets any answer about its address."""
    country = resolve_country(directory.info.country)
    fills: list[Fill] = []
    skips: list[Skip] = []
    hidden = [p for p in directory.providers if p.confidential_address]
    cache.forget([online_query(p, country.name) for p in hidden] + [p.address.strip() for p in hidden])
    try:
        for provider in missing(directory):
            if provider.confidential_address:
                skips.append(Skip(provider.id, public_name(provider), CONFIDENTIAL_OFFLINE_ONLY))
                continue
            if not (provider.address.strip() or provider.city.strip()):
                skips.append(Skip(provider.id, public_name(provider), "no address or city to look up"))
                continue
            query = online_query(provider, country.name)
            found = _cached_lookup(geocoder, cache, f"{service}|{query}", query)
            if found is None:
                skips.append(Skip(provider.id, public_name(provider), f"Nominatim does not know {query!r}"))
                continue
            fills.append(
                Fill(
                    provider.id,
                    public_name(provider),
                    query,
                    round(found[0], 6),
                    round(found[1], 6),
                    not provider.address.strip(),
                    "nominatim",
                    query,
                )
            )
    finally:
        cache.save()
    return GeocodeResult(tuple(fills), tuple(skips))


def _cached_lookup(
    geocoder: Geocoder, cache: GeocodeCache, key: str, query: str
) -> tuple[float, float] | None:
    known, value = cache.get(key)
    if known:
        return value
    value = geocoder(query)
    cache.put(key, value)
    return value


def apply_fills(
    fills: Iterable[Fill], get: Callable[[str], Provider | None], put: Callable[[Provider], None]
) -> int:
    """Write the fills through a transaction's get/put; a provider that gained coordinates
    meanwhile (another writer) is left alone. Returns how many were written."""
    written = 0
    for fill in fills:
        current = get(fill.provider_id)
        if current is None or current.has_location:
            continue
        put(
            current.with_changes(
                latitude=fill.latitude, longitude=fill.longitude, coordinates_approximate=fill.approximate
            )
        )
        written += 1
    return written


def fill_rows(result: GeocodeResult) -> list[dict[str, Any]]:
    """One row a provider; a confidential shelter's point and the town it was placed by are
    withheld (the file gets them; the screen and a piped output do not)."""
    rows: list[dict[str, Any]] = [
        {
            "id": f.provider_id,
            "name": f.name,
            "latitude": None if f.confidential else f.latitude,
            "longitude": None if f.confidential else f.longitude,
            # that a confidential shelter's point is a town's centre names the town, with its cell
            "approximate": None if f.confidential else f.approximate,
            "source": WITHHELD if f.confidential else f.source,
            "matched": WITHHELD if f.confidential else f.matched,
            "skipped": "",
        }
        for f in result.fills
    ]
    rows += [
        {
            "id": s.provider_id,
            "name": s.name,
            "latitude": None,
            "longitude": None,
            "approximate": None,
            "source": "",
            "matched": "",
            "skipped": s.reason,
        }
        for s in result.skips
    ]
    return rows
