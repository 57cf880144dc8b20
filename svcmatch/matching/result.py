"""What a match returns: ranked providers per need, the plan, unmet needs and near misses."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import PurePath
from typing import Any

from ..model import DirectoryInfo
from ..readings import Reading
from .case import Case
from .destination import Destination
from .scoring import Weights


@dataclass(frozen=True, slots=True, init=False)
class ProviderMatch:
    """One eligible provider for one need, with its place in the ranking and why."""

    need: str
    rank: int
    id: str
    name: str
    score: float
    distance_km: float | None
    distance_coarse: bool
    needs_covered: tuple[str, ...]
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]
    contact: dict[str, str]
    confidential_address: bool
    documents_required: tuple[str, ...]
    how_to_refer: str
    region: str
    stale: bool = False  # not verified for STALE_MONTHS, or never (freshness.is_stale)
    #: points of each factor, in the score's unit; they add up to `score`
    factors: dict[str, float] = field(default_factory=dict)
    full: bool = False  # no free places, confirmed in the last 30 days: listed, never planned
    #: where distance_km is measured from: "destination" or "accommodation" (her shelter)
    distance_from: str = "destination"
    #: what its referrals say (svcmatch.referrals: sent, accepted, declined ...); None when
    #: the referral store was not consulted (the bare `match()`)
    referrals: dict[str, Any] | None = None

    def __init__(
        self,
        need: str,
        rank: int,
        id: str,
        name: str,
        score: float,
        distance_km: float | None,
        distance_coarse: bool,
        needs_covered: tuple[str, ...],
        reasons: tuple[str, ...],
        warnings: tuple[str, ...],
        contact: dict[str, str],
        confidential_address: bool,
        documents_required: tuple[str, ...],
        how_to_refer: str,
        region: str,
        stale: bool = False,
        factors: dict[str, float] | None = None,
        full: bool = False,
        distance_from: str = "destination",
        referrals: dict[str, Any] | None = None,
    ) -> None:
        # The generated __init__ of a frozen dataclass sets each field through
        # object.__setattr__ (8-10 µs for these 20, and a batch makes one per result shown);
        # setting the slots directly (in the order of the fields) costs half of that.
        put = _MATCH_SLOTS
        put[0](self, need)
        put[1](self, rank)
        put[2](self, id)
        put[3](self, name)
        put[4](self, score)
        put[5](self, distance_km)
        put[6](self, distance_coarse)
        put[7](self, needs_covered)
        put[8](self, reasons)
        put[9](self, warnings)
        put[10](self, contact)
        put[11](self, confidential_address)
        put[12](self, documents_required)
        put[13](self, how_to_refer)
        put[14](self, region)
        put[15](self, stale)
        put[16](self, {} if factors is None else factors)
        put[17](self, full)
        put[18](self, distance_from)
        put[19](self, referrals)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "rank": self.rank,
            "score": round(self.score, 3),
            "distance_km": self.distance_km,
            "distance_coarse": self.distance_coarse,
            "needs_covered": list(self.needs_covered),
            "reasons": list(self.reasons),
            "warnings": list(self.warnings),
            "contact": dict(self.contact),
            "confidential_address": self.confidential_address,
            "documents_required": list(self.documents_required),
            "how_to_refer": self.how_to_refer,
            "region": self.region,
            "stale": self.stale,
            "full": self.full,
            "distance_from": self.distance_from,
            "factors": dict(self.factors),
            "referrals": None if self.referrals is None else dict(self.referrals),
        }

    def to_json_text(self) -> str:
        """`to_json()` as JSON text, the same as `RECORD_JSON.encode(self.to_json())`, without
        making the dict: its parts that do not depend on the case (id and name; contact to
        full) are encoded once per provider and reused while those values stay the same."""
        head, middle = _fixed_parts(self)
        return "".join(
            (
                head,
                _value(self.rank),
                ', "score": ',
                _value(round(self.score, 3)),
                ', "distance_km": ',
                _value(self.distance_km),
                ', "distance_coarse": ',
                _value(self.distance_coarse),
                ', "needs_covered": ',
                _strings(self.needs_covered),
                ', "reasons": ',
                _strings(self.reasons),
                ', "warnings": ',
                _strings(self.warnings),
                middle,
                _value(self.distance_from),
                ', "factors": ',
                _factors(self.factors),
                ', "referrals": ',
                "null}" if self.referrals is None else RECORD_JSON.encode(dict(self.referrals)) + "}",
            )
        )


#: The setters of ProviderMatch's slots, in the order of its fields (and of __init__'s parameters).
_MATCH_SLOTS = tuple(getattr(ProviderMatch, f.name).__set__ for f in fields(ProviderMatch))

#: How batch writes a record (json.dumps(record, ensure_ascii=False, default=str), made once:
#: a record holds no cycles, so the encoder need not look for them on every object).
RECORD_JSON = json.JSONEncoder(ensure_ascii=False, default=str, check_circular=False)


def _value(value: Any) -> str:
    """One JSON value as RECORD_JSON writes it (text, whole and finite numbers, true, false and
    null directly, as its C encoder does; anything else through it)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return RECORD_JSON.encode(value)


def _strings(items: Iterable[str]) -> str:
    """A list of texts as RECORD_JSON writes it."""
    try:
        return "[" + ", ".join(map(encode_basestring, items)) + "]"
    except TypeError:  # not all text
        return RECORD_JSON.encode(list(items))


def _factors(factors: dict[str, float]) -> str:
    """The factors object as RECORD_JSON writes it."""
    parts = []
    for name, points in factors.items():
        if type(name) is not str:
            return RECORD_JSON.encode(dict(factors))
        parts.append(
            encode_basestring(name)
            + ": "
            + (float.__repr__(points) if type(points) is float and math.isfinite(points) else _value(points))
        )
    return "{" + ", ".join(parts) + "}"


#: A result's text up to its rank, and from its contact to its distance_from, keyed by every
#: value they are made of (and the contact compared): a provider's whatever the case.
_FIXED: dict[tuple[object, ...], tuple[dict[str, str], str, str]] = {}
_FIXED_LIMIT = 50_000


def _fixed_parts(m: ProviderMatch) -> tuple[str, str]:
    key = (
        m.id,
        m.name,
        m.documents_required,
        m.how_to_refer,
        m.region,
        m.confidential_address,
        m.stale,
        m.full,
        type(m.confidential_address),  # True == 1 as a key; "true" is not "1"
        type(m.stale),
        type(m.full),
    )
    try:
        found = _FIXED.get(key)
    except TypeError:  # a value that is not hashable: made each time
        return _made_fixed_parts(m)[1:]
    if found is None or found[0] != m.contact:
        found = _made_fixed_parts(m)
        if len(_FIXED) >= _FIXED_LIMIT:
            _FIXED.clear()
        _FIXED[key] = found
    return found[1], found[2]


def _made_fixed_parts(m: ProviderMatch) -> tuple[dict[str, str], str, str]:
    head = '{"id": ' + _value(m.id) + ', "name": ' + _value(m.name) + ', "rank": '
    middle = "".join(
        (
            ', "contact": ',
            RECORD_JSON.encode(dict(m.contact)),
            ', "confidential_address": ',
            _value(m.confidential_address),
            ', "documents_required": ',
            _strings(m.documents_required),
            ', "how_to_refer": ',
            _value(m.how_to_refer),
            ', "region": ',
            _value(m.region),
            ', "stale": ',
            _value(m.stale),
            ', "full": ',
            _value(m.full),
            ', "distance_from": ',
        )
    )
    return dict(m.contact), head, middle


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A provider that offers the need but breaks exactly one hard rule (named in `rule`)."""

    id: str
    name: str
    rule: str
    detail: str
    distance_km: float | None
    distance_coarse: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "rule": self.rule,
            "detail": self.detail,
            "distance_km": self.distance_km,
            "distance_coarse": self.distance_coarse,
        }


@dataclass(frozen=True, slots=True)
class PlanStep:
    """The provider the plan chooses for one need, and the others that could take it."""

    need: str
    id: str
    name: str
    score: float
    alternatives: tuple[str, ...]
    #: what the plan gave up for this step, in plain words ('' when it took the first result)
    trade_off: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "need": self.need,
            "id": self.id,
            "name": self.name,
            "score": round(self.score, 3),
            "alternatives": list(self.alternatives),
            "trade_off": self.trade_off,
        }


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The whole answer for one case; `to_json()` is exactly `match --format json`."""

    case: Case
    destination: Destination
    needs: dict[str, tuple[ProviderMatch, ...]]
    plan: tuple[PlanStep, ...]
    unmet: tuple[str, ...]
    unmet_reasons: dict[str, str]
    near_misses: dict[str, tuple[NearMiss, ...]]
    directory: DirectoryInfo
    today: dt.date
    weights: Weights = field(default_factory=Weights)
    #: Inputs read other than exactly (svcmatch.readings), for stderr and the `readings` key.
    readings: tuple[Reading, ...] = ()
    #: what the caseworker must see about the case as a whole (advisories, avoided region ...)
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            **self._json_before_needs(),
            "needs": {need: [m.to_json() for m in matches] for need, matches in self.needs.items()},
            **self._json_after_needs(),
        }

    def to_json_text(self) -> str:
        """`to_json()` as JSON text, the same as `RECORD_JSON.encode(self.to_json())`, with each
        result written by `ProviderMatch.to_json_text` (no dict made for them)."""
        before = RECORD_JSON.encode(self._json_before_needs())
        after = RECORD_JSON.encode(self._json_after_needs())
        try:
            needs = ", ".join(
                [
                    encode_basestring(need) + ": [" + ", ".join([m.to_json_text() for m in matches]) + "]"
                    for need, matches in self.needs.items()
                ]
            )
        except TypeError:  # a need that is not text
            needs = RECORD_JSON.encode({need: [m.to_json() for m in ms] for need, ms in self.needs.items()})[
                1:-1
            ]
        return before[:-1] + ', "needs": {' + needs + "}, " + after[1:]

    def _json_before_needs(self) -> dict[str, Any]:
        return {"case": self.case.to_json(), "destination": self.destination.to_json()}

    def _json_after_needs(self) -> dict[str, Any]:
        return {
            "plan": [step.to_json() for step in self.plan],
            "unmet": list(self.unmet),
            "unmet_reasons": dict(self.unmet_reasons),
            "near_misses": {need: [n.to_json() for n in misses] for need, misses in self.near_misses.items()},
            "warnings": list(self.warnings),
            "directory": directory_json(self.directory),
            "as_of": self.today.isoformat(),
            "readings": [r.to_json() for r in self.readings],
        }

    def rows(self) -> list[dict[str, Any]]:
        """One flat row per ranked provider, then one per unmet need, then one per near miss:
        `match --format csv`'s rows, ready for `pandas.DataFrame(result.rows())`. Keys as
        ROW_COLUMNS; docs/api.md has the details."""
        chosen = {(step.need, step.id) for step in self.plan}
        rows: list[dict[str, Any]] = []
        for need, matches in self.needs.items():
            for m in matches:
                rows.append(
                    {
                        "need": need,
                        "rank": m.rank,
                        "plan": (need, m.id) in chosen,
                        "id": m.id,
                        "name": m.name,
                        "score": round(m.score, 3),
                        "distance_km": m.distance_km,
                        "distance_coarse": m.distance_coarse,
                        "needs_covered": list(m.needs_covered),
                        "reasons": "; ".join(m.reasons),
                        "warnings": "; ".join(m.warnings),
                        **{key: m.contact.get(key, "") for key in CONTACT_KEYS},
                        "note": "",
                    }
                )
        for need in self.unmet:
            rows.append(
                {
                    "need": need,
                    "rank": None,
                    "plan": False,
                    "id": "",
                    "name": "",
                    "note": "unmet: " + self.unmet_reasons.get(need, ""),
                }
            )
        for need, misses in self.near_misses.items():
            for miss in misses:
                rows.append(
                    {
                        "need": need,
                        "rank": None,
                        "plan": False,
                        "id": miss.id,
                        "name": miss.name,
                        "distance_km": miss.distance_km,
                        "distance_coarse": miss.distance_coarse,
                        "note": f"near miss ({miss.rule}): {miss.detail}",
                    }
                )
        for reading in self.readings:
            note = reading.sentence()
            rows.append({"need": "", "rank": None, "plan": False, "id": "", "name": "", "note": note})
        return rows


CONTACT_KEYS = ("focal_point", "phone", "email", "website", "city", "address")
ROW_COLUMNS = (
    "need",
    "rank",
    "plan",
    "id",
    "name",
    "score",
    "distance_km",
    "distance_coarse",
    "needs_covered",
    "reasons",
    "warnings",
    *CONTACT_KEYS,
    "note",
)


def directory_json(info: DirectoryInfo) -> dict[str, Any]:
    return {
        "country": info.country,
        "file": _file_name(info.path) if info.path else None,
        "version": info.version,
        "sample": info.sample,
        "title": info.title,
    }


@lru_cache(maxsize=64)
def _file_name(path: str) -> str:
    """The file's name without its folders (remembered: a batch asks for it once per case)."""
    return PurePath(path).name
