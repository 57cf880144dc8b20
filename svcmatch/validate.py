"""`directory validate`: the errors and warnings in one country's directory."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .model import Directory, Provider, check_values
from .tabular import field_of
from .taxonomy import fold

SEVERITIES = ("error", "warning")
#: Two providers this close (km) with similar names are probably one.
NEARBY_KM = 5.0
#: A provider this far (km) from every known town of its region probably has wrong coordinates.
FAR_FROM_REGION_KM = 50.0
#: rapidfuzz token_sort_ratio at or above which two names count as similar.
SIMILAR_NAME = 90.0
#: Name-token buckets larger than this are too common to compare within (the exact-name pass still runs).
_MAX_BUCKET = 400
_STOP_WORDS = frozenset(
    {
        "and",
        "the",
        "for",
        "of",
        "dhe",
        "per",
        "për",
        "ne",
        "në",
        "des",
        "les",
        "pour",
        "centre",
        "center",
        "qendra",
        "association",
        "shoqata",
        "organisation",
        "organization",
        "ngo",
    }
)
_PHONE = re.compile(r"(?:\+|00)?[\d\s().\-/]+(?:\s*(?:ext\.?|x|#)\s*\d{1,6})?", re.IGNORECASE)
_EMAIL = re.compile(r"[^\s@\"(),:;<>\[\]\\]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with one provider: what is wrong and how to repair it."""

    severity: str  # "error" or "warning"
    provider: str  # provider id
    field: str
    message: str
    fix: str

    def describe(self) -> str:
        """One line, like a linter: 'al-tir-1a2b: error: email: ... (fix: ...)'."""
        where = f"{self.provider}: {self.severity}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what} (fix: {self.fix})"

    def to_row(self) -> dict[str, str]:
        return {
            "severity": self.severity,
            "provider": self.provider,
            "field": self.field,
            "message": self.message,
            "fix": self.fix,
        }


def validate(directory: Directory, *, today: dt.date, stale_after_days: int = 365) -> list[Finding]:
    """Every error and warning in the directory, in file order, a provider's errors first.

    Errors make the data wrong (matching would mislead); warnings ask a person to look.
    """
    checker = _Checker(directory.info.country, today, stale_after_days)
    findings: list[Finding] = []
    for provider in directory.providers:
        findings.extend(checker.check(provider))
    findings.extend(duplicate_findings(directory.providers, checker.country))
    order = {p.id: index for index, p in enumerate(directory.providers)}
    findings.sort(key=lambda f: (order.get(f.provider, -1), SEVERITIES.index(f.severity)))
    return findings


def value_errors(provider: Provider, country: str) -> list[Finding]:
    """The errors in one record's values that import refuses: languages, coordinates outside the
    country, phone and e-mail syntax, regions (required fields are left to `validate`)."""
    checker = _checkers.get(country)
    if checker is None:
        checker = _checkers[country] = _Checker(country, dt.date.today(), 365)
    found: list[Finding] = []
    for check in (checker._region, checker._languages_known, checker._location, checker._contacts):
        found.extend(f for f in check(provider) if f.severity == "error")
    return found


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """{"error": n, "warning": m}."""
    result = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        result[finding.severity] += 1
    return result


def parse_period(text: str) -> int:
    """'365d', '12m', '1y', '52w', '12 months', '1 year' or a number of days -> days."""
    from .errors import InputError

    match = re.fullmatch(
        r"\s*(\d{1,5})\s*(?:([dwmy])|days?|(w)eeks?|(m)onths?|(y)ears?)?\s*", text.casefold()
    )
    if not match or int(match.group(1)) == 0:
        raise InputError(f"{text!r} is not a period", "write days or months, e.g. 365d, 12m, 1y")
    number = int(match.group(1))
    unit = next((u for u in match.groups()[1:] if u), "d")
    per_unit = {"d": 1.0, "w": 7.0, "m": 365.25 / 12, "y": 365.25}[unit]
    return max(1, int(number * per_unit))


_checkers: dict[str, _Checker] = {}


class _Checker:
    """The checks of one record, with what they need of the country loaded once."""

    def __init__(self, country: str, today: dt.date, stale_after_days: int) -> None:
        from . import geo

        self.country = country
        self.today = today
        self.stale_after_days = stale_after_days
        self.region_codes = {code for code, _name in geo.regions(country)}
        self.country_name = geo.resolve_country(country).name
        self._inside_country: Callable[[float, float, str], bool] = geo.inside_country
        self.distance_to_region: Callable[[float, float, str], float] = geo.distance_to_region_km
        self._languages: dict[str, bool] = {}
        self._inside_cache: dict[tuple[float, float], bool] = {}
        self._region_cache: dict[tuple[float, float, str], float] = {}

    def check(self, provider: Provider) -> list[Finding]:
        found: list[Finding] = []
        for check in (
            self._values,
            self._required,
            self._region,
            self._languages_known,
            self._location,
            self._contacts,
            self._freshness,
            self._status,
            self._confidential,
        ):
            found.extend(check(provider))
        return found

    def inside_country(self, lat: float, lon: float) -> bool:
        """Cached per ~1 km cell: records cluster in towns, and the gazetteer search is not free."""
        from .errors import DataError

        key = (round(lat, 2), round(lon, 2))
        inside = self._inside_cache.get(key)
        if inside is None:
            try:
                inside = self._inside_country(lat, lon, self.country)
            except DataError:  # the gazetteer finds no town within ~2000 km: far outside
                inside = False
            self._inside_cache[key] = inside
        return inside

    def km_to_region(self, lat: float, lon: float, region: str) -> float:
        key = (round(lat, 2), round(lon, 2), region)
        km = self._region_cache.get(key)
        if km is None:
            from .errors import DataError

            try:
                km = self.distance_to_region(lat, lon, region)
            except DataError:  # no town within ~2000 km
                km = float("inf")
            self._region_cache[key] = km
        return km

    def _edit(self, provider: Provider, assignment: str) -> str:
        return f"svcmatch directory edit {self.country} {provider.id} --set {assignment}"

    def _finding(self, severity: str, provider: Provider, name: str, message: str, fix: str) -> Finding:
        return Finding(severity, provider.id, name, message, fix)

    def _values(self, provider: Provider) -> Iterable[Finding]:
        for message in check_values(provider):
            name = field_of(message) or ""
            fix = self._edit(provider, f"{name}=...") if name else "correct the record"
            yield self._finding("error", provider, name, message, fix)

    def _required(self, provider: Provider) -> Iterable[Finding]:
        if not provider.categories:
            yield self._finding(
                "error",
                provider,
                "categories",
                "no need category",
                self._edit(provider, "categories=shelter|medical") + " (see `svcmatch needs`)",
            )
        if not provider.region:
            yield self._finding(
                "error",
                provider,
                "region",
                "no region",
                self._edit(provider, "region=<ISO 3166-2 code or region name>"),
            )

    def _region(self, provider: Provider) -> Iterable[Finding]:
        if provider.region and provider.region not in self.region_codes:
            yield self._finding(
                "error",
                provider,
                "region",
                f"{provider.region} is not a region of {self.country_name}",
                self._edit(provider, f"region=<a {self.country}-.. code or region name>"),
            )
        outside = [r for r in provider.coverage.regions if r not in self.region_codes]
        if outside:
            yield self._finding(
                "error",
                provider,
                "coverage",
                f"{', '.join(outside)} not regions of {self.country_name}",
                self._edit(provider, "coverage=<regions, national or radius:KM>"),
            )

    def _languages_known(self, provider: Provider) -> Iterable[Finding]:
        unknown = [code for code in provider.languages if not self._is_language(code)]
        if unknown:
            yield self._finding(
                "error",
                provider,
                "languages",
                f"{', '.join(unknown)} not ISO 639 language codes",
                self._edit(provider, "languages=sq|en") + " (ISO 639 codes such as sq, en or rom)",
            )

    def _is_language(self, code: str) -> bool:
        known = self._languages.get(code)
        if known is None:
            from .languages import is_language_code

            known = self._languages[code] = is_language_code(code)
        return known

    def _location(self, provider: Provider) -> Iterable[Finding]:
        if provider.latitude is None or provider.longitude is None:
            if provider.latitude is None and provider.longitude is None:
                yield self._finding(
                    "warning",
                    provider,
                    "latitude",
                    "no coordinates: distances to it are unknown",
                    f"svcmatch directory geocode {self.country}, or "
                    + self._edit(provider, "latitude=.. --set longitude=.."),
                )
            return
        lat, lon = provider.latitude, provider.longitude
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return  # check_values reported it
        where = "the coordinates" if provider.confidential_address else f"({lat}, {lon})"
        if not self.inside_country(lat, lon):
            swapped = self._swapped(provider, lat, lon)
            yield self._finding(
                "error",
                provider,
                "latitude",
                f"{where} lie outside {self.country_name}"
                + ("; latitude and longitude look swapped" if swapped else ""),
                self._edit(provider, "latitude=.. --set longitude=.."),
            )
        elif provider.region in self.region_codes:
            km = self.km_to_region(lat, lon, provider.region)
            if km > FAR_FROM_REGION_KM:
                yield self._finding(
                    "warning",
                    provider,
                    "latitude",
                    f"{where} lie about {km:.0f} km from region {provider.region}",
                    "check the coordinates and the region",
                )

    def _swapped(self, provider: Provider, lat: float, lon: float) -> bool:
        """Whether latitude and longitude were entered the wrong way round: the swapped point
        lies in the record's region (asked of the region first, which is cheap for far points)."""
        if provider.region not in self.region_codes or not -90 <= lon <= 90:
            return False
        return self.km_to_region(lon, lat, provider.region) <= FAR_FROM_REGION_KM and self.inside_country(
            lon, lat
        )

    def _contacts(self, provider: Provider) -> Iterable[Finding]:
        for phone in _items(provider.phone):
            if not is_phone(phone):
                yield self._finding(
                    "error",
                    provider,
                    "phone",
                    f"{phone!r} is not a phone number",
                    self._edit(provider, 'phone="+355 4 222 333"')
                    + " (digits, spaces, + ( ) - /; several separated by |)",
                )
        for email in _items(provider.email):
            if not is_email(email):
                yield self._finding(
                    "error",
                    provider,
                    "email",
                    f"{email!r} is not an e-mail address",
                    self._edit(provider, "email=name@example.org"),
                )

    def _freshness(self, provider: Provider) -> Iterable[Finding]:
        verify = f"svcmatch directory verify {self.country} {provider.id} --by <your name>"
        if provider.verified_on is None:
            yield self._finding(
                "warning",
                provider,
                "verified_on",
                "never verified",
                "check the record with the provider, then " + verify,
            )
        elif provider.verified_on > self.today:
            yield self._finding(
                "warning",
                provider,
                "verified_on",
                f"verified on {provider.verified_on.isoformat()}, a date in the future",
                verify,
            )
        else:
            age = (self.today - provider.verified_on).days
            if age > self.stale_after_days:
                yield self._finding(
                    "warning",
                    provider,
                    "verified_on",
                    f"last verified {provider.verified_on.isoformat()}, {age} days ago",
                    "check the record with the provider, then " + verify,
                )
        if provider.capacity_updated is not None and provider.capacity_updated > self.today:
            yield self._finding(
                "warning",
                provider,
                "capacity_updated",
                f"{provider.capacity_updated.isoformat()} is in the future",
                self._edit(provider, f"capacity_updated={self.today.isoformat()}"),
            )

    def _status(self, provider: Provider) -> Iterable[Finding]:
        if provider.status in ("inactive", "temporarily_closed"):
            yield self._finding(
                "warning",
                provider,
                "status",
                f"{provider.status.replace('_', ' ')}: matching leaves it out",
                self._edit(provider, "status=active") + " when it reopens, or remove it",
            )

    def _confidential(self, provider: Provider) -> Iterable[Finding]:
        if provider.confidential_address and not provider.focal_point:
            yield self._finding(
                "warning",
                provider,
                "focal_point",
                "confidential shelter without a focal point: referrals have no one to contact",
                self._edit(provider, 'focal_point="<name, role>"'),
            )


def _items(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[|,;]", cell) if part.strip()]


def is_phone(text: str) -> bool:
    """Digits with spaces, + ( ) - . /, an optional extension; 5 to 15 digits before it."""
    if not _PHONE.fullmatch(text):
        return False
    number = re.split(r"(?i)ext\.?|x|#", text)[0]
    digits = sum(1 for ch in number if ch.isdigit())
    return 5 <= digits <= 15


def is_email(text: str) -> bool:
    return bool(_EMAIL.fullmatch(text)) and ".." not in text


# --- likely duplicates ------------------------------------------------------------------------


def duplicate_findings(providers: Sequence[Provider], country: str) -> list[Finding]:
    """Warnings for likely duplicates: same phone, same e-mail, or similar names nearby.

    Linear in the directory (buckets by phone, e-mail, region + name token), never all pairs.
    Each later record of a pair gets one warning naming the earlier one and every reason.
    """
    reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key_of, reason in ((_phone_keys, "same phone"), (_email_keys, "same e-mail")):
        for group in _groups(providers, key_of).values():
            for later in group[1:]:
                reasons[(group[0], later)].append(reason)
    for pair in _similar_nearby(providers):
        reasons[pair].append("similar name nearby")
    findings = []
    for (first, later), why in sorted(reasons.items()):
        original = providers[first]
        findings.append(
            Finding(
                "warning",
                providers[later].id,
                "name",
                f"may duplicate {original.id} ({original.name}): {', '.join(why)}",
                f"merge them and `svcmatch directory remove {country} {providers[later].id}`, "
                "or make the difference clear in the names",
            )
        )
    return findings


def _groups(providers: Sequence[Provider], key_of: Callable[[Provider], set[str]]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, provider in enumerate(providers):
        for key in key_of(provider):
            groups[key].append(index)
    return {key: members for key, members in groups.items() if len(members) > 1}


def _phone_keys(provider: Provider) -> set[str]:
    """The last 8 digits of each number: '+355 4 222 3334' and '04 222 3334' meet."""
    keys = set()
    for phone in _items(provider.phone):
        digits = "".join(ch for ch in re.split(r"(?i)ext\.?|x|#", phone)[0] if ch.isdigit())
        if len(digits) >= 8:
            keys.add(digits[-8:])
    return keys


def _email_keys(provider: Provider) -> set[str]:
    return {email.casefold() for email in _items(provider.email) if "@" in email}


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\W+", fold(name)) if len(t) >= 3 and t not in _STOP_WORDS]


def _similar_nearby(providers: Sequence[Provider]) -> set[tuple[int, int]]:
    """Pairs (earlier, later) of similar names in one region that lie close together."""
    from rapidfuzz import fuzz

    folded = [fold(p.name) for p in providers]
    tokens = [_tokens(p.name) for p in providers]
    digits = [re.findall(r"\d+", name) for name in folded]  # "Shelter 1" and "Shelter 2" are two
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, provider in enumerate(providers):
        for token in set(tokens[index]):
            buckets[(provider.region, token)].append(index)
    exact: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, provider in enumerate(providers):
        exact[(provider.region, " ".join(sorted(re.split(r"\W+", folded[index]))))].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in exact.values():
        pairs.update(_close_pairs(providers, members))
    for index, provider in enumerate(providers):
        rarest = sorted({t for t in tokens[index]}, key=lambda t: len(buckets[(provider.region, t)]))[:2]
        for token in rarest:
            bucket = buckets[(provider.region, token)]
            if len(bucket) > _MAX_BUCKET:
                continue
            for other in bucket:
                if other <= index or (index, other) in pairs:
                    continue
                if (
                    _nearby(provider, providers[other])
                    and digits[index] == digits[other]
                    and fuzz.token_sort_ratio(folded[index], folded[other]) >= SIMILAR_NAME
                ):
                    pairs.add((index, other))
    return pairs


def _close_pairs(providers: Sequence[Provider], members: list[int]) -> Iterable[tuple[int, int]]:
    """Pairs of identically named providers that are nearby: a sweep over latitude, not all pairs."""
    if len(members) < 2:
        return
    located = sorted(
        (m for m in members if providers[m].has_location), key=lambda m: providers[m].latitude or 0.0
    )
    window = NEARBY_KM / 111.0
    for position, first in enumerate(located):
        for second in located[position + 1 :]:
            if (providers[second].latitude or 0.0) - (providers[first].latitude or 0.0) > window:
                break
            if _nearby(providers[first], providers[second]):
                yield (min(first, second), max(first, second))
    unlocated = [m for m in members if not providers[m].has_location]
    by_city: dict[str, list[int]] = defaultdict(list)
    for member in unlocated:
        by_city[fold(providers[member].city)].append(member)
    for group in by_city.values():
        for later in group[1:]:
            yield (group[0], later)
    no_city = by_city.get("")
    if no_city:  # a record without a town may be the same as one with it
        for city, group in by_city.items():
            if city:
                yield (min(no_city[0], group[0]), max(no_city[0], group[0]))


def _nearby(first: Provider, second: Provider) -> bool:
    """Within NEARBY_KM when both have coordinates; else the same town (or no town given)."""
    if first.has_location and second.has_location:
        from .geo import distance_km

        return (
            distance_km(
                _coord(first.latitude),
                _coord(first.longitude),
                _coord(second.latitude),
                _coord(second.longitude),
            )
            <= NEARBY_KM
        )
    return not first.city or not second.city or fold(first.city) == fold(second.city)


def _coord(value: Any) -> float:
    return float(value)
