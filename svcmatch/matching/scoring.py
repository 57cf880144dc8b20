"""The ranking score: its weights (one frozen dataclass), its factors (one table), their words."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..languages import language_name
from ..model import Provider, quoted
from ..taxonomy import ACCOMMODATION_NEEDS
from .freshness import (
    CAPACITY_FRESH_DAYS,
    STALE_MONTHS,
    capacity_is_fresh,
    freshness_value,
    in_the_future,
    is_stale,
    month_year,
    months_between,
)

__all__ = ["CAPACITY_FRESH_DAYS", "STALE_MONTHS", "is_stale", "months_between"]

#: Needs for which free places and "full" mean something (places to stay, places for children).
CAPACITY_NEEDS = frozenset({"shelter", "housing", "childcare"})
#: Services that happen in a language: one that speaks the person's language ranks first.
LANGUAGE_NEEDS = frozenset({"psychosocial", "legal", "medical", "case_management"})
#: The smallest step of the distance term between a provider and one "more than twice as far
#: and more than 30 km farther", in units of the `distance` weight, with the default 30 km
#: scale: log2(1.5), reached at 30 km against 60 km (see distance_rule_step).
DISTANCE_RULE_STEP = math.log2(1.5)


def distance_rule_step(scale_km: float) -> float:
    """The smallest step of log2(1 + km / scale_km) between d km and any distance more than
    twice as far and more than 30 km farther: at d = 30 against 60 km, log2((scale + 60) /
    (scale + 30)) (below d + 30 km is the bound, above it 2d, and both steps grow away from 30).
    log2(1.5) at a 30 km scale; smaller for a larger scale (0.415 at 60 km)."""
    return math.log2((scale_km + 60.0) / (scale_km + 30.0))


#: Points taken from a full provider for ordering only: it is listed after every provider
#: not known to be full, and never planned (its shown score leaves this out).
FULL_DROP = 1000.0
#: The weights of the factors that may not outweigh distance (see Weights.check).
NON_DECISIVE = ("vot_service", "exploitation", "freshness", "capacity")
REMOVED_WEIGHTS = {
    "needs_covered": "the plan keeps her to few places (plan_provider_cost) instead",
    "stale_factor": "trust in a verification decays continuously (freshness)",
    "capacity_unknown": "an unknown capacity earns no capacity points",
    "distance_unknown": "see distance_unknown_km",
}


@dataclass(frozen=True, slots=True)
class Weights:
    """Every number that decides the ranking and the plan; `--weights FILE` overrides them.

    Each factor adds `weight × value` points (value in 0..1) to a provider's score for a need,
    and distance takes points away: `distance × log2(1 + km / distance_scale_km)`. The score
    is the sum of these points (see FACTORS and docs/matching.md).

    The factors that are not decisive (NON_DECISIVE) may never add up to one step of the
    distance rule (`distance × log2(1.5)`): `check()` refuses weights that would let them
    outweigh distance.
    """

    distance: float = 0.30  # points lost per doubling of (1 + km / distance_scale_km)
    vot_specialised: float = 0.36  # a VoT-specialised shelter or housing (decisive)
    vot_service: float = 0.03  # a VoT-specialised service of any other need
    language: float = 1.20  # speaks one of the person's languages, for psychosocial, legal,
    #                         medical and case management (decisive; outweighs every other
    #                         factor and distance within the distance rule: see check())
    language_other: float = 0.10  # the same, for every other need (decisive)
    disability: float = 0.50  # disability access with --disability, for services (decisive;
    #                           accommodation without access is excluded)
    exploitation: float = 0.04  # lists the person's form of exploitation
    freshness: float = 0.05  # verification: halves every year; 0 when never verified
    capacity: float = 0.04  # free places confirmed in the last 30 days (shelter, housing,
    #                         childcare)
    distance_scale_km: float = 30.0  # the distance term's unit
    distance_unknown_km: float = 50.0  # a provider with no known location ranks as if this far
    plan_provider_cost: float = 0.10  # points the plan gives up to use one provider fewer

    def check(self) -> Weights:
        """These weights, or InputError when the non-decisive factors outweigh the distance rule."""
        budget = sum(getattr(self, name) for name in NON_DECISIVE)
        unit = distance_rule_step(self.distance_scale_km)
        step = self.distance * unit
        if budget >= step:
            raise InputError(
                f"weights {', '.join(NON_DECISIVE)} add up to {budget:g}, as much as one step of "
                f"distance ({step:.3f}): a far provider could outrank a near one on them",
                f"raise 'distance' above {budget / unit:.3f} or lower those weights",
            )
        rivals = self.language_rivals()
        if self.language <= rivals:
            raise InputError(
                f"weight 'language' ({self.language:g}) is no more than what distance within the "
                f"distance rule and the other factors of {join_words(sorted(LANGUAGE_NEEDS))} add up "
                f"to ({rivals:.3f}): a provider speaking none of the person's languages could rank "
                "above one that speaks one",
                f"raise 'language' above {rivals:.3f} or lower 'distance' or 'disability'",
            )
        return self

    def language_rivals(self) -> float:
        """The most points a provider speaking none of the person's languages can have over one
        that speaks one, for a need of LANGUAGE_NEEDS, when the speaker is not both more than
        twice as far and more than 30 km farther (issue 12's language rule): the distance term
        between d and max(2d, d + 30) km (at most `distance × max(1, log2(1 + 30 / scale))`)
        plus every other factor that applies to those needs. `language` must exceed it."""
        gap = self.distance * max(1.0, math.log2(1.0 + 30.0 / self.distance_scale_km))
        others = max(
            sum(f.weight(need, self) for f in FACTORS if f.name != "language") for need in LANGUAGE_NEEDS
        )
        return gap + others

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Weights:
        """Weights from a JSON object; unknown keys and bad numbers raise InputError."""
        known = {f.name for f in fields(cls)}
        changes: dict[str, float] = {}
        for key, value in values.items():
            if key in REMOVED_WEIGHTS:
                raise InputError(f"weight {key!r} is no longer used: {REMOVED_WEIGHTS[key]}", "remove it")
            if key not in known:
                raise InputError(f"unknown weight {key!r}", f"weights are: {', '.join(sorted(known))}")
            changes[key] = _weight_value(key, value)
        return replace(cls(), **changes).check()

    @classmethod
    def from_file(cls, path: str | Path) -> Weights:
        """Weights from a JSON file such as {"distance": 0.5, "language": 0.3}."""
        # bounded, and hostile JSON is a one-line error; loaded here because importing the
        # table reader costs a cold `match` 12-19 ms (-X importtime) and only --weights reads it
        from ..tables import read_json_file

        document = read_json_file(path, "weights file", 'write an object such as {"distance": 0.5}')
        if not isinstance(document, dict):
            raise InputError(
                f"weights file {str(path)!r} is not a JSON object",
                'write an object such as {"distance": 0.5}',
            )
        return cls.from_mapping(document)

    def to_json(self) -> dict[str, float]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def changed(self) -> dict[str, float]:
        """The weights that differ from the defaults ({} for the defaults), as --weights gives them."""
        usual = DEFAULT_WEIGHTS
        if self is usual or self == usual:  # every match's JSON asks: the usual answer first
            return {}
        return {name: value for name, value in self.to_json().items() if value != getattr(usual, name)}


#: The default weights, one object: `changed()` knows them by identity (every match's JSON asks).
DEFAULT_WEIGHTS = Weights()


#: The largest weight (points, or km for the two distances): weights of 1e300 made scores add up
#: to Infinity, which no JSON holds (tenth pass).
MOST_WEIGHT = 1_000_000.0


def _weight_value(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError(f"weight {key!r} is not a number: {quoted(value)}", "write a number such as 0.2")
    number = float(value)
    if number < 0:
        raise InputError(f"weight {key!r} is negative", "weights are 0 or more")
    if number > MOST_WEIGHT:  # the points of a score then add up past what a float holds
        raise InputError(f"weight {key!r} is above 1,000,000: {number:g}", "give a number such as 0.2")
    if key == "distance_scale_km" and number == 0:
        raise InputError("weight 'distance_scale_km' is 0", "give a distance such as 40")
    if key == "plan_provider_cost" and number > 1:
        raise InputError(f"weight {key!r} is above 1", "give a number of points from 0 to 1")
    return number


def distance_points(km: float | None, weights: Weights) -> float:
    """The points distance takes away (0 at 0 km): the one distance formula."""
    if km is None:
        km = weights.distance_unknown_km
    return -weights.distance * math.log2(1.0 + km / weights.distance_scale_km)


#: Languages that ISO 639-3 counts as one of a macrolanguage's (ar, sq, rom, ff, kr, zh, fa, ku,
#: sw, ak, ms, ne, om, uz, az, ps, mn, gn, bal) or that ISO 639-5 puts in a group (ber, Berber:
#: Amazigh), as svcmatch stores the macrolanguage or group (its two-letter code where it has
#: one): the spoken varieties of the countries of return and of the people returning there. A
#: provider that records the macrolanguage speaks one of its languages and a person who speaks one speaks the
#: macrolanguage: in Morocco a counsellor recorded as speaking Arabic speaks Darija (`ary`), and
#: one recorded as speaking Amazigh (`ber`) a Tamazight. Two languages of one macrolanguage are
#: not alike (Moroccan and Egyptian Arabic, Tarifit and Tachelhit).
LANGUAGE_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        ("ary", "arq", "aeb", "ayl", "arz", "apd", "apc", "acm", "afb", "arb", "ars", "shu"), "ar"
    ),
    **dict.fromkeys(("aln", "als", "aae", "aat"), "sq"),
    **dict.fromkeys(("rmy", "rmn", "rmc", "rml", "rmo", "rmf", "rmw"), "rom"),
    **dict.fromkeys(("zgh", "tzm", "shi", "rif", "kab", "taq", "thv", "ttq"), "ber"),
    **dict.fromkeys(("fuv", "fub", "fuh", "fuq", "ffm", "fue", "fuf", "fuc", "fui"), "ff"),
    **dict.fromkeys(("knc", "kby", "krt", "bms"), "kr"),
    # every spoken language of ISO 639-3's Chinese (Min Dong, Fuzhou's, was left out until the
    # tenth caseworker pass)
    **dict.fromkeys(
        (
            "cmn",
            "yue",
            "wuu",
            "nan",
            "hak",
            "gan",
            "hsn",
            "cdo",
            "cjy",
            "cpx",
            "czh",
            "czo",
            "mnp",
            "cnp",
            "csp",
        ),
        "zh",
    ),
    **dict.fromkeys(("pes", "prs"), "fa"),
    **dict.fromkeys(("kmr", "ckb", "sdh"), "ku"),
    **dict.fromkeys(("swh", "swc"), "sw"),
    # Filipino is the national standard of Tagalog (tenth caseworker pass: a provider recording
    # Tagalog "spoke none" of a Filipino speaker's languages)
    "fil": "tl",
    # thirteenth caseworker pass: ISO 639-3's macrolanguages of other countries of return were
    # left out, so a Ghanaian provider recording Akan "spoke none" of a Twi speaker's languages
    **dict.fromkeys(("tw", "fat"), "ak"),  # Akan: Twi (ISO 639-1 tw), Fante
    **dict.fromkeys(("id", "zsm"), "ms"),  # Malay: Indonesian, Standard Malay
    **dict.fromkeys(("npi", "dty"), "ne"),  # Nepali
    **dict.fromkeys(("gax", "gaz", "hae", "orc"), "om"),  # Oromo
    **dict.fromkeys(("uzn", "uzs"), "uz"),  # Uzbek
    **dict.fromkeys(("azj", "azb"), "az"),  # Azerbaijani
    **dict.fromkeys(("pbt", "pbu", "pst"), "ps"),  # Pashto
    **dict.fromkeys(("khk", "mvf"), "mn"),  # Mongolian
    **dict.fromkeys(("gug", "gui", "gun", "nhd", "gnw"), "gn"),  # Guarani
    **dict.fromkeys(("bgp", "bgn", "bcc"), "bal"),  # Baluchi
}
_GROUP_MEMBERS: dict[str, frozenset[str]] = {
    group: frozenset(code for code, of in LANGUAGE_GROUPS.items() if of == group)
    for group in set(LANGUAGE_GROUPS.values())
}


def understood(languages: frozenset[str]) -> frozenset[str]:
    """The codes a provider may record for a person who speaks `languages`: each of them, the
    macrolanguage or group of each, and the languages of each that is one (LANGUAGE_GROUPS)."""
    found = set(languages)
    for code in languages:
        group = LANGUAGE_GROUPS.get(code)
        if group is not None:
            found.add(group)
        found |= _GROUP_MEMBERS.get(code, frozenset())
    return frozenset(found)


def speaks_any(person: Iterable[str], provider: Iterable[str]) -> bool:
    """Whether the provider records one of the person's languages, or its macrolanguage or one
    of its languages (the `language` factor's test, for the package's notes too)."""
    return not understood(frozenset(person)).isdisjoint(provider)


@lru_cache(maxsize=1024)
def speaks_words(person: tuple[str, ...], provider: frozenset[str]) -> str:
    """'speaks Hungarian'; what the provider records of the person's languages, in her order,
    with how when it is not a language she gave: 'speaks Arabic (the person's Moroccan Arabic is
    a variety of it)' (it records the macrolanguage), 'speaks Moroccan Arabic (a variety of the
    person's Arabic)' (it records one of its languages); '' when it speaks none of them."""
    exact = [code for code in person if code in provider]
    said = set(exact)
    parts = {code: language_name(code) for code in exact}
    for code in person:
        if code in said:
            continue
        group = LANGUAGE_GROUPS.get(code)
        members = sorted((_GROUP_MEMBERS.get(code, frozenset()) & provider) - said)
        if group is not None and group in provider and group not in said:
            name = language_name(group)
            of = "one of them" if name.endswith(" languages") else "a variety of it"
            parts[code] = f"{name} (the person's {language_name(code)} is {of})"
            said.add(group)
        elif members:
            varieties = "a variety" if len(members) == 1 else "varieties"
            names = join_words([language_name(m) for m in members])
            parts[code] = f"{names} ({varieties} of the person's {language_name(code)})"
            said.update(members)
    ordered = [parts[code] for code in person if code in parts]
    return "speaks " + join_words(ordered) if ordered else ""


class Fields:
    """What the case factors read of a case (`languages`: the person's, with what a provider may
    record for them, `understood`)."""

    __slots__ = ("disability", "exploitation", "languages")

    def __init__(self, languages: frozenset[str], exploitation: str | None, disability: bool) -> None:
        self.languages = understood(languages)
        self.exploitation = exploitation
        self.disability = disability


@dataclass(frozen=True, slots=True)
class Factor:
    """One scoring factor: the score, the search's bounds and the explanations all read it.

    A static factor depends on the provider, the need and the date only (the search orders
    each need's providers by the static points); a case factor is yes or no for a provider
    and a case (the search keeps, per case, the set of providers that earn it).
    """

    name: str
    #: points at value 1 for this need (0: the factor does not apply to the need)
    weight: Callable[[str, Weights], float]
    #: whether it may outweigh distance for this need (the distance rule's decisive properties)
    decisive: Callable[[str], bool]
    #: static factors: the value 0..1 of (provider, need, today)
    value: Callable[[Provider, str, dt.date], float] | None = None
    #: case factors: whether the case asks for it, and whether a provider earns it
    asked: Callable[[Fields], bool] | None = None
    earns: Callable[[Provider, Fields], bool] | None = None
    #: case factors: the case value and the provider fields that `earns` reads (for grouping)
    case_key: Callable[[Fields], Hashable] | None = None
    provider_key: Callable[[Provider], Hashable] | None = None

    @property
    def static(self) -> bool:
        return self.value is not None


def _is_accommodation(need: str) -> bool:
    return need in ACCOMMODATION_NEEDS


def _never(need: str) -> bool:
    return False


def _always(need: str) -> bool:
    return True


def free_places_known(p: Provider, today: dt.date) -> bool:
    """Free places confirmed in the last CAPACITY_FRESH_DAYS."""
    return (
        p.capacity_available is not None
        and p.capacity_available > 0
        and capacity_is_fresh(p.capacity_updated, today)
    )


def is_full(p: Provider, need: str, today: dt.date) -> bool:
    """0 places, confirmed in the last 30 days, for a need that has places: never planned."""
    return (
        need in CAPACITY_NEEDS
        and p.capacity_available is not None
        and p.capacity_available <= 0
        and capacity_is_fresh(p.capacity_updated, today)
    )


#: The factors besides distance, in the order `factors` lists them.
FACTORS: tuple[Factor, ...] = (
    Factor(
        "vot_specialised",
        lambda need, w: w.vot_specialised if need in ACCOMMODATION_NEEDS else w.vot_service,
        _is_accommodation,
        value=lambda p, need, today: 1.0 if p.vot_specialised else 0.0,
    ),
    Factor(
        "language",
        lambda need, w: w.language if need in LANGUAGE_NEEDS else w.language_other,
        _always,
        asked=lambda c: bool(c.languages),
        earns=lambda p, c: not c.languages.isdisjoint(p.languages),
        case_key=lambda c: c.languages,
        provider_key=attrgetter("languages"),
    ),
    Factor(
        "exploitation",
        lambda need, w: w.exploitation,
        _never,
        asked=lambda c: c.exploitation is not None,
        earns=lambda p, c: c.exploitation in p.exploitation_types,
        case_key=lambda c: c.exploitation,
        provider_key=attrgetter("exploitation_types"),
    ),
    Factor(
        "disability",
        lambda need, w: 0.0 if need in ACCOMMODATION_NEEDS else w.disability,
        _always,
        asked=lambda c: c.disability,
        earns=lambda p, c: p.disability_access,
        case_key=lambda c: c.disability,
        provider_key=attrgetter("disability_access"),
    ),
    Factor(
        "freshness",
        lambda need, w: w.freshness,
        _never,
        value=lambda p, need, today: freshness_value(p.verified_on, today),
    ),
    Factor(
        "capacity",
        lambda need, w: w.capacity if need in CAPACITY_NEEDS else 0.0,
        _never,
        value=lambda p, need, today: 1.0 if free_places_known(p, today) else 0.0,
    ),
)
STATIC_FACTORS = tuple(f for f in FACTORS if f.static)
CASE_FACTORS = tuple(f for f in FACTORS if not f.static)


def static_points(p: Provider, need: str, today: dt.date, weights: Weights) -> float:
    """The case-independent points of a provider for a need (FULL_DROP less when full)."""
    points = 0.0
    for f in STATIC_FACTORS:
        weight = f.weight(need, weights)
        if weight > 0:
            points += weight * f.value(p, need, today)  # type: ignore[misc]
    return points - FULL_DROP if is_full(p, need, today) else points


def case_factors(need: str, fields_: Fields, weights: Weights) -> list[tuple[Factor, float]]:
    """The case factors that apply to this need and case, with the points each is worth."""
    found: list[tuple[Factor, float]] = []
    for f in CASE_FACTORS:
        points = f.weight(need, weights)
        if points > 0 and f.asked(fields_):  # type: ignore[misc]
            found.append((f, points))
    return found


#: Per factor that applies to a provider and need, in FACTORS order: (name, points, None) for
#: a static factor, (name, weight, factor) for a case factor (see factor_slots).
FactorSlots = tuple[tuple[str, float, Factor | None], ...]


def factor_slots(p: Provider, need: str, today: dt.date, weights: Weights) -> FactorSlots:
    """The case-independent part of `factor_points`: the static factors' points, and the case
    factors that apply to the need with their weight (a matcher keeps these per provider)."""
    return slots_of(p, need, today, weighed(need, weights))


def weighed(need: str, weights: Weights) -> tuple[tuple[Factor, float], ...]:
    """The factors that apply to the need (a weight above 0), with their weights, in FACTORS
    order: the same for each of the need's providers (a matcher keeps them per need)."""
    found: list[tuple[Factor, float]] = []
    for f in FACTORS:
        weight = f.weight(need, weights)
        if weight > 0:
            found.append((f, weight))
    return tuple(found)


def slots_of(
    p: Provider, need: str, today: dt.date, factors: tuple[tuple[Factor, float], ...]
) -> FactorSlots:
    """`factor_slots` from the need's `weighed` factors."""
    found: list[tuple[str, float, Factor | None]] = []
    for f, weight in factors:
        if f.value is not None:  # static (the property is a call for each provider shown first)
            found.append((f.name, weight * f.value(p, need, today), None))
        else:
            found.append((f.name, weight, f))
    return tuple(found)


def slot_points(
    slots: FactorSlots, p: Provider, km: float | None, fields_: Fields, weights: Weights
) -> dict[str, float]:
    """`factor_points` from the provider's `factor_slots`."""
    return {"distance": distance_points(km, weights), **slot_points_besides_distance(slots, p, fields_)}


def slot_points_besides_distance(slots: FactorSlots, p: Provider, fields_: Fields) -> dict[str, float]:
    """`slot_points` of every factor but distance (they do not depend on where she is)."""
    found: dict[str, float] = {}
    for name, points, factor in slots:
        if factor is None:
            found[name] = points
        elif factor.asked(fields_):  # type: ignore[misc]
            found[name] = points if factor.earns(p, fields_) else 0.0  # type: ignore[misc]
    return found


def factor_points(
    p: Provider, need: str, km: float | None, fields_: Fields, today: dt.date, weights: Weights
) -> dict[str, float]:
    """The points of each factor that applies (distance first), as the score adds them up."""
    return slot_points(factor_slots(p, need, today, weights), p, km, fields_, weights)


@lru_cache(maxsize=4096)  # each provider shown asks; its date is one of a few hundred
def verification_words(verified_on: dt.date | None, today: dt.date) -> tuple[str | None, str | None]:
    """(reason, warning) about when the record was last checked; one of them is None."""
    if verified_on is None:
        return None, "never verified"
    if in_the_future(verified_on, today):
        return None, f"verified on {verified_on.isoformat()}, a date in the future: check the record"
    if is_stale(verified_on, today):
        return None, f"not verified since {month_year(verified_on)}"
    months = months_between(verified_on, today)
    if months == 0 and (verified_on.year, verified_on.month) == (today.year, today.month):
        return "verified this month", None
    if months == 0:  # in the previous calendar month: "this month" said so on 4 December of 20 November
        days = (today - verified_on).days
        return f"verified {days} day{'s' if days != 1 else ''} ago", None
    return f"verified {months} month{'s' if months != 1 else ''} ago", None


def capacity_words(p: Provider, need: str, today: dt.date) -> tuple[str | None, str | None]:
    """(reason, warning) about places; None for needs without places (services)."""
    if need not in CAPACITY_NEEDS:
        return None, None
    places = p.capacity_available
    if places is None:
        return None, "capacity unknown"
    count = f"{places} free place{'s' if places != 1 else ''}"
    if in_the_future(p.capacity_updated, today):
        assert p.capacity_updated is not None
        return None, f"capacity unknown: {count} dated {p.capacity_updated.isoformat()}, a date in the future"
    if not capacity_is_fresh(p.capacity_updated, today):
        when = f" as of {month_year(p.capacity_updated)}" if p.capacity_updated else " (undated)"
        return None, f"capacity unknown: {count}{when}"
    assert p.capacity_updated is not None
    when = p.capacity_updated.isoformat()
    if places <= 0:
        return None, f"full (0 free places as of {when}): call before referring"
    return f"{count} as of {when}", None


def places_needed(need: str, children: int) -> int | None:
    """The free places a place to stay or childcare needs for the case: the person and each
    child for shelter and housing (they live there together), each child for childcare; None
    for other needs, and when the case gives no number of children (any free place may do)."""
    if children <= 0:
        return None
    if need in ACCOMMODATION_NEEDS:
        return 1 + children
    return children if need == "childcare" else None


def places_short_words(places: int, need: str, children: int) -> str | None:
    """The warning for free places (confirmed recently) fewer than the case needs ('too few
    free places for the person and 2 children (1 free place, 3 needed): call before
    referring'), else None: for a mother with two children, a shelter with one free place is
    as good as full (DOMAIN.md: a full shelter is a phone call, not a plan)."""
    needed = places_needed(need, children)
    if needed is None or places >= needed:
        return None
    kids = f"{children} child{'ren' if children != 1 else ''}"
    who = f"the person and {kids}" if need in ACCOMMODATION_NEEDS else kids
    free = f"{places} free place{'s' if places != 1 else ''}"
    return f"too few free places for {who} ({free}, {needed} needed): call before referring"


def join_words(items: list[str]) -> str:
    """['a'] -> 'a'; ['a', 'b'] -> 'a and b'; ['a', 'b', 'c'] -> 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
