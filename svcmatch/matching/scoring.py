"""The ranking score: its weights (one frozen dataclass), its factors, and their plain words."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from ..errors import InputError

#: A record not verified for this many months is stale: ranked lower and flagged.
STALE_MONTHS = 12

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class Weights:
    """Every number that decides the ranking and the plan; `--weights FILE` overrides them.

    The score of a provider for a need is the weighted mean of factors that each lie in 0..1,
    over the factors that apply to the case (languages only when the person's languages are
    given, exploitation only when its type is given, needs covered only for two or more
    needs, disability only with --disability), so that 1.0 is the best possible match.
    """

    distance: float = 0.40  # factor exp(-km / distance_scale_km)
    language: float = 0.15  # share of the person's languages the provider speaks
    vot_specialised: float = 0.15  # 1 when specialised in VoTs
    exploitation: float = 0.10  # 1 when it lists the person's form of exploitation
    freshness: float = 0.10  # 1 verified today, 0.5 at 12 months, 0 when stale or never
    capacity: float = 0.10  # 1 free places, capacity_unknown when unknown, 0 when full
    needs_covered: float = 0.10  # share of the person's other needs it also meets
    disability: float = 0.10  # 1 with disability access (only with --disability)
    distance_scale_km: float = 30.0  # the distance factor falls to 37% at this many km
    distance_unknown: float = 0.5  # distance factor of a provider with no known location
    capacity_unknown: float = 0.5  # capacity factor when free places are not known
    stale_factor: float = 0.5  # the whole score of a stale record (not verified for
    #                            STALE_MONTHS, or never) is multiplied by this
    plan_provider_cost: float = 0.07  # the plan gives up this much total score to use one
    #                                   provider fewer (see plan.py)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Weights:
        """Weights from a JSON object; unknown keys and bad numbers raise InputError."""
        known = {f.name for f in fields(cls)}
        changes: dict[str, float] = {}
        for key, value in values.items():
            if key not in known:
                raise InputError(f"unknown weight {key!r}", f"weights are: {', '.join(sorted(known))}")
            changes[key] = _weight_value(key, value)
        return replace(cls(), **changes)

    @classmethod
    def from_file(cls, path: str | Path) -> Weights:
        """Weights from a JSON file such as {"distance": 0.5, "language": 0.3}."""
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as error:
            raise InputError(
                f"cannot read weights file {str(path)!r}: {error.strerror}", "give a readable JSON file"
            ) from None
        except (ValueError, UnicodeDecodeError) as error:
            raise InputError(
                f"weights file {str(path)!r} is not JSON: {error}",
                'write an object such as {"distance": 0.5}',
            ) from None
        if not isinstance(document, dict):
            raise InputError(
                f"weights file {str(path)!r} is not a JSON object",
                'write an object such as {"distance": 0.5}',
            )
        return cls.from_mapping(document)

    def to_json(self) -> dict[str, float]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _weight_value(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError(f"weight {key!r} is not a number: {value!r}", "write a number such as 0.2")
    number = float(value)
    if number < 0:
        raise InputError(f"weight {key!r} is negative", "weights are 0 or more")
    if key == "distance_scale_km" and number == 0:
        raise InputError("weight 'distance_scale_km' is 0", "give a distance such as 40")
    if key in ("distance_unknown", "capacity_unknown", "stale_factor", "plan_provider_cost") and number > 1:
        raise InputError(f"weight {key!r} is above 1", "scores and factors lie in 0..1")
    return number


def distance_factor(km: float | None, weights: Weights) -> float:
    if km is None:
        return weights.distance_unknown
    return math.exp(-km / weights.distance_scale_km)


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from `earlier` to `later` (0 when later is not after it)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def is_stale(verified_on: dt.date | None, today: dt.date) -> bool:
    return verified_on is None or months_between(verified_on, today) >= STALE_MONTHS


def freshness_factor(verified_on: dt.date | None, today: dt.date) -> float:
    """1 when verified today, falling linearly to 0.5 at 12 months; 0 when stale or never."""
    if verified_on is None or is_stale(verified_on, today):
        return 0.0
    days = max((today - verified_on).days, 0)
    return 1.0 - 0.5 * min(days / 365.0, 1.0)


def capacity_factor(capacity: int | None, weights: Weights) -> float:
    if capacity is None:
        return weights.capacity_unknown
    return 1.0 if capacity > 0 else 0.0


def verification_words(verified_on: dt.date | None, today: dt.date) -> tuple[str | None, str | None]:
    """(reason, warning) about when the record was last checked; one of them is None."""
    if verified_on is None:
        return None, "never verified"
    if is_stale(verified_on, today):
        return None, f"not verified since {MONTHS[verified_on.month - 1]} {verified_on.year}"
    months = months_between(verified_on, today)
    if months == 0:
        return "verified this month", None
    return f"verified {months} month{'s' if months != 1 else ''} ago", None


def capacity_words(capacity: int | None) -> tuple[str | None, str | None]:
    if capacity is None:
        return None, "capacity unknown"
    if capacity <= 0:
        return None, "temporarily full"
    return f"{capacity} free place{'s' if capacity != 1 else ''}", None


def join_words(items: list[str]) -> str:
    """['a'] -> 'a'; ['a', 'b'] -> 'a and b'; ['a', 'b', 'c'] -> 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
