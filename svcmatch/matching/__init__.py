"""Matching: `Case`, `match`, `MatchResult`, the scoring `Weights` and the plan."""

from __future__ import annotations

from ..taxonomy import ACCOMMODATION_NEEDS
from .case import CASE_KEYS, Case
from .destination import Destination
from .engine import Matcher, match, matcher_for
from .freshness import STALE_MONTHS, is_stale
from .result import ROW_COLUMNS, MatchResult, NearMiss, PlanStep, ProviderMatch, km_words, whole_km
from .rules import COARSE_KM, OUTREACH_KM
from .scoring import FACTORS, Weights

__all__ = [
    "ACCOMMODATION_NEEDS",
    "CASE_KEYS",
    "COARSE_KM",
    "FACTORS",
    "OUTREACH_KM",
    "ROW_COLUMNS",
    "STALE_MONTHS",
    "Case",
    "Destination",
    "MatchResult",
    "Matcher",
    "NearMiss",
    "PlanStep",
    "ProviderMatch",
    "Weights",
    "is_stale",
    "km_words",
    "match",
    "matcher_for",
    "whole_km",
]
