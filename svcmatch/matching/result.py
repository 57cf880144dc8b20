"""What a match returns: ranked providers per need, the plan, unmet needs and near misses."""

from __future__ import annotations

import datetime as dt
import math
import reprlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter, methodcaller
from pathlib import PurePath
from typing import Any, TypeVar

import orjson

from ..model import DirectoryInfo
from ..readings import Reading
from .case import Case
from .destination import Destination
from .scoring import Weights

_T = TypeVar("_T")


def _compared_by_fields(cls: type[_T]) -> type[_T]:
    """`__eq__`, `__hash__` and `__repr__` as `@dataclass(frozen=True)` writes them (the fields
    compared and hashed as one tuple, shown in order, '...' for a value that holds itself), for a
    dataclass declared with `eq=False, repr=False`: @dataclass compiles each method it writes from
    source at every start, about 2.9 M instructions for ProviderMatch's three, 0.5% of a cold
    `match` (docs/benchmarks.md, "Twenty-second speed pass"). tests/test_matching_speed.py holds
    them to the dataclass's own."""
    declared = fields(cls)  # type: ignore[arg-type]
    compared = attrgetter(*[f.name for f in declared if f.compare])
    hashed = attrgetter(*[f.name for f in declared if f.hash or (f.hash is None and f.compare)])
    shown = [(f.name, f"{f.name}=") for f in declared if f.repr]

    def __eq__(self: _T, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(compared(self) == compared(other))

    def __hash__(self: _T) -> int:
        return hash(hashed(self))

    @reprlib.recursive_repr()
    def __repr__(self: _T) -> str:
        values = ", ".join([said + repr(getattr(self, name)) for name, said in shown])
        return f"{self.__class__.__qualname__}({values})"

    for method in (__eq__, __hash__, __repr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)
    return cls


#: Each item's to_json() (map: no comprehension made per need).
_TO_JSON = methodcaller("to_json")
#: Each shown result's written() (MatchResult.written).
_WRITTEN = methodcaller("written")
#: Sets an attribute past a frozen dataclass's __setattr__.
_SET = object.__setattr__


#: 10 ** digits for the digits `rounded` takes (0 to 4).
_TENS = (1.0, 10.0, 100.0, 1000.0, 10000.0)
#: Below this, a float and a whole number and a half are exact, and so is a float less its floor.
_SCALED_EXACT = 2.0**31


def rounded(value: float, digits: int) -> float:
    """round(value, digits), the same float, for digits 0 to 4, without its decimal conversion.

    `round` writes the value's exact decimal expansion rounded to the digits, half to even, and
    reads it back (about 2,400 machine instructions; a batch rounds some 30 values a case). The
    value times 10**digits, rounded to a float, is on the same side of every whole number and
    half as the exact product (rounding keeps order, and those are floats), unless it is a half
    itself: then `round` decides. Elsewhere the whole number nearest to it is the one `round`
    finds, and dividing that by 10**digits is correctly rounded, as `round`'s reading back is.
    Far out, for a zero (whose sign `round` keeps) or a value that is not finite: `round`
    itself. tests/test_matching_speed.py holds it to `round` bit for bit."""
    scaled = value * _TENS[digits]
    if -_SCALED_EXACT < scaled < _SCALED_EXACT:
        whole = math.floor(scaled)
        part = scaled - whole  # exact
        if part > 0.5:
            whole += 1
        elif part == 0.5:
            return round(value, digits)
        if whole:
            return whole / _TENS[digits]
    return round(value, digits)


def whole_km(km: float) -> int:
    """The whole km that every word and the table's km column show for a distance: the JSON's
    tenth (`distance_km`, round(km, 1)) rounded half up, so that 4.5 is 5 everywhere (one
    rounding of one value: the table rounded the tenth half to even, 4, while the words
    rounded the exact 4.52 km, 5)."""
    return math.floor(rounded(km, 1) + 0.5)


def json_points(value: float, digits: int) -> float:
    """Points as the JSON gives them: rounded, and never a negative zero (0 km takes "-0.0"
    points from distance, and a small loss rounds to -0.0; a reader shows it as "-0")."""
    return rounded(value, digits) + 0.0


def km_words(km: float) -> str:
    """A distance in words: '5 km', or 'under 1 km' where the whole km is 0."""
    whole = whole_km(km)
    return f"{whole} km" if whole >= 1 else "under 1 km"


@_compared_by_fields
@dataclass(frozen=True, init=False, eq=False, repr=False)
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
        # object.__setattr__, and slots are set one descriptor call each (a batch makes one
        # per result shown): its fields are given as its __dict__, built at once.
        _SET(
            self,
            "__dict__",
            {
                "need": need,
                "rank": rank,
                "id": id,
                "name": name,
                "score": score,
                "distance_km": distance_km,
                "distance_coarse": distance_coarse,
                "needs_covered": needs_covered,
                "reasons": reasons,
                "warnings": warnings,
                "contact": contact,
                "confidential_address": confidential_address,
                "documents_required": documents_required,
                "how_to_refer": how_to_refer,
                "region": region,
                "stale": stale,
                "factors": {} if factors is None else factors,
                "full": full,
                "distance_from": distance_from,
                "referrals": referrals,
            },
        )

    def with_referrals(
        self, referrals: dict[str, Any], reasons: tuple[str, ...], warnings: tuple[str, ...]
    ) -> ProviderMatch:
        """A copy with what its referrals say (`dataclasses.replace` builds it through
        `__init__` by name, about three times slower; a batch makes one per result shown)."""
        copy = object.__new__(ProviderMatch)
        told = {"reasons": reasons, "warnings": warnings, "referrals": referrals}
        _SET(copy, "__dict__", {**vars(self), **told})
        return copy

    def written(self) -> WrittenMatch:
        """`to_json()` as batch writes it: the same JSON text, with its id and name, and its
        contact to `stale`, as JSON made at the provider's first result for the need and kept
        (`Written`) for the next case that shows it; the other values as they are (tuples for
        lists: a JSON writer writes both alike). For JSON writers only: see WrittenMatch."""
        written: Written | None = self.__dict__.get("_written")
        if written is None or written.head is None:
            head, middle = self._case_independent_json()
            if written is not None:
                written.head, written.middle = head, middle
        else:
            head, middle = written.head, written.middle
        shown = WrittenMatch(
            {
                "id": head,  # the id, then the name (one text of JSON: keys and values)
                "rank": self.rank,
                "score": rounded(self.score, 3) + 0.0,
                "distance_km": self.distance_km,
                "distance_coarse": self.distance_coarse,
                "needs_covered": self.needs_covered,
                "reasons": self.reasons,
                "warnings": self.warnings,
                "contact": middle,  # the contact, then confidential_address ... stale
                "full": self.full,
                "distance_from": self.distance_from,
                "factors": self.factors,
                "referrals": self.referrals,
            }
        )
        shown.match = self
        return shown

    def _case_independent_json(self) -> tuple[Any, Any]:
        """The JSON of `id` and `name`, and of `contact` to `stale` (`to_json`'s order), each as
        an orjson.Fragment that holds the keys after its first value: written as the values of
        `id` and `contact`, they make the keys and values that `to_json` gives."""
        head = orjson.dumps(self.id) + b',"name":' + orjson.dumps(self.name)
        middle = orjson.dumps(
            {
                "contact": self.contact,
                "confidential_address": self.confidential_address,
                "documents_required": self.documents_required,
                "how_to_refer": self.how_to_refer,
                "region": self.region,
                "stale": self.stale,
            }
        )[len(b'{"contact":') : -1]
        return orjson.Fragment(head), orjson.Fragment(middle)

    def to_json(self) -> dict[str, Any]:
        # copies as [*...] and {**...}, and json_points written out: a call each costs more,
        # and a batch writes one of these per result shown
        return {
            "id": self.id,
            "name": self.name,
            "rank": self.rank,
            "score": rounded(self.score, 3) + 0.0,
            "distance_km": self.distance_km,
            "distance_coarse": self.distance_coarse,
            "needs_covered": [*self.needs_covered],
            "reasons": [*self.reasons],
            "warnings": [*self.warnings],
            "contact": {**self.contact},
            "confidential_address": self.confidential_address,
            "documents_required": [*self.documents_required],
            "how_to_refer": self.how_to_refer,
            "region": self.region,
            "stale": self.stale,
            "full": self.full,
            "distance_from": self.distance_from,
            "factors": {**self.factors},
            "referrals": None if self.referrals is None else {**self.referrals},
        }


class Written:
    """Where a provider's shown results for one need keep their case-independent JSON
    (`ProviderMatch.written`), made at the first one written: held by its `Known`, so by
    one directory's matcher, date and weights. Copied or pickled empty."""

    __slots__ = ("head", "middle")

    def __init__(self) -> None:
        self.head: Any = None
        self.middle: Any = None

    def __reduce__(self) -> tuple[type[Written], tuple[()]]:
        return (Written, ())


class WrittenMatch(dict):  # type: ignore[type-arg]
    """A shown result as batch's JSON writers write it (`ProviderMatch.written`): a dict whose
    `id` and `contact` values are JSON text that holds the keys after them, so that orjson
    writes exactly `to_json()`'s text. `plain()` is `to_json()` with its values; pickled (to
    another process) it is that plain dict."""

    __slots__ = ("match",)
    match: ProviderMatch

    def plain(self) -> dict[str, Any]:
        """The shown result as `to_json()` gives it, with this one's `referrals` (a batch gives
        them after, `ReferralFeedback.to_json`)."""
        document = self.match.to_json()
        told = self["referrals"]
        document["referrals"] = None if told is None else {**told}
        return document

    def __reduce__(self) -> tuple[type[dict], tuple[dict[str, Any]]]:  # type: ignore[type-arg]
        return (dict, (self.plain(),))


@_compared_by_fields
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class NearMiss:
    """A provider that offers the need but breaks exactly one hard rule (named in `rule`)."""

    id: str
    name: str
    rule: str
    detail: str
    distance_km: float | None
    distance_coarse: bool
    #: what distance_km is measured from, as the need's results' `distance_from`: "destination",
    #: "region" or "accommodation" (a service's, from where the plan houses her)
    distance_from: str = "destination"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "rule": self.rule,
            "detail": self.detail,
            "distance_km": self.distance_km,
            "distance_coarse": self.distance_coarse,
            "distance_from": self.distance_from,
        }


@_compared_by_fields
@dataclass(frozen=True, init=False, eq=False, repr=False)
class PlanStep:
    """The provider the plan chooses for one need, and the others that could take it."""

    need: str
    id: str
    name: str
    score: float
    alternatives: tuple[str, ...]
    #: what the plan gave up for this step, in plain words ('' when it took the first result)
    trade_off: str = ""

    def __init__(
        self, need: str, id: str, name: str, score: float, alternatives: tuple[str, ...], trade_off: str = ""
    ) -> None:
        # its fields given as its __dict__ at once, as ProviderMatch's (a step per need planned)
        values = {"need": need, "id": id, "name": name, "score": score, "alternatives": alternatives}
        values["trade_off"] = trade_off
        _SET(self, "__dict__", values)

    def to_json(self) -> dict[str, Any]:
        return {
            "need": self.need,
            "id": self.id,
            "name": self.name,
            "score": rounded(self.score, 3) + 0.0,  # json_points, written out (a call a step)
            "alternatives": [*self.alternatives],
            "trade_off": self.trade_off,
        }


@_compared_by_fields
@dataclass(frozen=True, init=False, eq=False, repr=False)
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

    def __init__(
        self,
        case: Case,
        destination: Destination,
        needs: dict[str, tuple[ProviderMatch, ...]],
        plan: tuple[PlanStep, ...],
        unmet: tuple[str, ...],
        unmet_reasons: dict[str, str],
        near_misses: dict[str, tuple[NearMiss, ...]],
        directory: DirectoryInfo,
        today: dt.date,
        weights: Weights | None = None,
        readings: tuple[Reading, ...] = (),
        warnings: tuple[str, ...] = (),
    ) -> None:
        # its fields given as its __dict__ at once, as ProviderMatch's (one a case)
        _SET(
            self,
            "__dict__",
            {
                "case": case,
                "destination": destination,
                "needs": needs,
                "plan": plan,
                "unmet": unmet,
                "unmet_reasons": unmet_reasons,
                "near_misses": near_misses,
                "directory": directory,
                "today": today,
                "weights": Weights() if weights is None else weights,
                "readings": readings,
                "warnings": warnings,
            },
        )

    def to_json(self) -> dict[str, Any]:
        return self._document(_TO_JSON, self.case.to_json())

    def written(self) -> dict[str, Any]:
        """`to_json()` as batch's JSON writers write it: each shown result a WrittenMatch, the
        case's lists as its tuples."""
        return self._document(_WRITTEN, self.case.written())

    def _document(
        self, shown: Callable[[ProviderMatch], dict[str, Any]], case: dict[str, Any]
    ) -> dict[str, Any]:
        # loops and map: a comprehension is a function made each time (a batch writes one a case)
        needs: dict[str, list[dict[str, Any]]] = {}
        for need, matches in self.needs.items():
            needs[need] = list(map(shown, matches))
        near_misses: dict[str, list[dict[str, Any]]] = {}
        for need, misses in self.near_misses.items():
            near_misses[need] = list(map(_TO_JSON, misses))
        return {
            "case": case,
            "destination": self.destination.to_json(),
            "needs": needs,
            "plan": list(map(_TO_JSON, self.plan)),
            "unmet": [*self.unmet],
            "unmet_reasons": {**self.unmet_reasons},
            "near_misses": near_misses,
            "warnings": [*self.warnings],
            "directory": directory_json(self.directory),
            "as_of": self.today.isoformat(),
            "readings": list(map(_TO_JSON, self.readings)),
            # the weights it was ranked with, when not the defaults: `package` matches the case
            # again for a provider below --top, and must rank and plan it as this match did
            **({"weights": changed} if (changed := self.weights.changed()) else {}),
        }

    def rows(self) -> list[dict[str, Any]]:
        """One flat row per ranked provider, then one per unmet need, then one per near miss,
        then one per warning of the case and one per reading:
        `match --format csv`'s rows, ready for `pandas.DataFrame(result.rows())`. Keys as
        ROW_COLUMNS; docs/api.md has the details."""
        chosen = {(step.need, step.id) for step in self.plan}
        # the plan's trade-off on its choice's row, as the table prints it under "Plan:": a CSV or
        # Markdown without it hid why legal aid went to a provider speaking none of her languages
        trade_offs = {
            (step.need, step.id): "trade-off: " + step.trade_off for step in self.plan if step.trade_off
        }
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
                        "score": json_points(m.score, 3),
                        "distance_km": m.distance_km,
                        "distance_coarse": m.distance_coarse,
                        "needs_covered": list(m.needs_covered),
                        "reasons": "; ".join(m.reasons),
                        "warnings": "; ".join(m.warnings),
                        **{key: m.contact.get(key, "") for key in CONTACT_KEYS},
                        "note": trade_offs.get((need, m.id), ""),
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
        for warning in self.warnings:  # the case's (an advisory, ...): a CSV must not lose them
            rows.append(
                {"need": "", "rank": None, "plan": False, "id": "", "name": "", "note": "warning: " + warning}
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
