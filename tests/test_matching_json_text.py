"""`MatchResult.to_json_text` (what batch writes) against the encoder over `to_json()`.

The text is written without making the dicts, from parts kept per provider: it must be the
same bytes as `RECORD_JSON.encode(result.to_json())` for any result, including values of
unexpected types and a provider whose fixed parts changed since they were kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_matching_oracle import _cases, _providers

import svcmatch
from svcmatch.batch import JsonArrayWriter, JsonLinesWriter, Outcome
from svcmatch.matching import Case, MatchResult, ProviderMatch, match
from svcmatch.matching.result import RECORD_JSON
from svcmatch.model import Directory, DirectoryInfo, Provider
from svcmatch.render import json_safe

TODAY = dt.date(2026, 3, 1)


def encoded(result: MatchResult) -> str:
    return RECORD_JSON.encode(result.to_json())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_providers, max_size=20, unique_by=lambda p: p.id), _cases)
def test_the_text_is_the_encoded_document(providers: list[Provider], values: dict[str, Any]) -> None:
    directory = Directory(DirectoryInfo("AL"), tuple(providers))
    result = match(Case(country="AL", to="Shkoder", **values), directory, today=TODAY)
    assert result.to_json_text() == encoded(result)
    for matches in result.needs.values():
        for m in matches:
            assert m.to_json_text() == RECORD_JSON.encode(m.to_json())


@pytest.mark.parametrize(
    ("country", "values"),
    [
        ("AL", {"to": "Shkoder", "needs": "shelter,doctor,lawyer", "sex": "female", "age": 24}),
        ("AL", {"to": "Kukës County", "needs": "shelter,psychosocial", "language": "sq|it", "top": 8}),
        ("AL", {"to": "Tirana", "needs": "medical,legal", "disability": "yes"}),
        ("UA", {"to": "Melitopol", "needs": "shelter,legal", "sex": "female", "age": 30}),
        ("UA", {"to": "Київ", "needs": "psychosocial,medical", "language": "uk|hu"}),
        ("MA", {"to": "Fès", "needs": "shelter,medical", "max_km": 80}),
    ],
)
def test_the_text_is_the_encoded_document_on_the_samples(country: str, values: dict[str, Any]) -> None:
    case = Case.from_mapping({"country": country, **values})
    result = match(case, svcmatch.load_directory(country), today=TODAY)
    assert result.to_json_text() == encoded(result)


def _a_result() -> MatchResult:
    result = match(
        Case.from_mapping({"country": "AL", "to": "Shkoder", "needs": "shelter,medical", "top": 4}),
        svcmatch.load_directory("AL"),
        today=TODAY,
    )
    assert any(result.needs.values())
    return result


def _with_first(result: MatchResult, **changes: Any) -> MatchResult:
    need, matches = next((n, ms) for n, ms in result.needs.items() if ms)
    first = dataclasses.replace(matches[0], **changes)
    return dataclasses.replace(result, needs={**result.needs, need: (first, *matches[1:])})


@pytest.mark.parametrize(
    "changes",
    [
        {"stale": 1},  # equal to True as a key, written "1", not "true"
        {"full": 0, "confidential_address": 1},
        {"documents_required": ["a list", "not hashable"]},
        {"contact": {"phone": "+355 1", "focal_point": "someone else"}},  # same provider, new contact
        {"contact": {"phone": 355}},
        {"score": math.nan, "distance_km": math.inf},
        {"distance_km": 12, "distance_coarse": 1},
        {"factors": {"distance": -0.1, 3: 0.2}},  # a name that is not text
        {"factors": {"distance": 1, "language": True, "freshness": None}},
        {"reasons": ("a", 2), "warnings": ["x\u202ey", "del\x7f", "é"]},
        {"name": "Qendra \u202e\u2066 \x85 Ç", "how_to_refer": "call\x9b"},
        {"referrals": {"sent": 2, "accepted": 1}},
        {"distance_from": None, "needs_covered": "ab"},
        {"rank": True},
    ],
)
def test_unusual_values_are_written_as_the_encoder_writes_them(changes: dict[str, Any]) -> None:
    result = _a_result()
    result.to_json_text()  # keeps the fixed parts of its providers
    changed = _with_first(result, **changes)
    assert changed.to_json_text() == encoded(changed)
    assert json_safe(changed.to_json_text()) == json_safe(encoded(changed))
    assert result.to_json_text() == encoded(result)  # and the unchanged one still is itself


def test_a_value_equal_to_a_kept_one_but_of_another_type_is_not_confused_with_it() -> None:
    result = _a_result()
    for field in ("stale", "full", "confidential_address"):
        for value, twin in ((True, 1), (False, 0)):
            _with_first(result, **{field: value}).to_json_text()  # kept with true / false
            changed = _with_first(result, **{field: twin})  # 1 == True as a key
            assert changed.to_json_text() == encoded(changed)


def test_a_changed_contact_is_never_written_from_what_was_kept() -> None:
    result = _a_result()
    before = result.to_json_text()
    matches = next(ms for ms in result.needs.values() if ms)
    matches[0].contact["phone"] = "+355 99 999 9999"  # the dict itself changed after it was kept
    assert "+355 99 999 9999" in result.to_json_text()
    assert result.to_json_text() == encoded(result) != before


def test_batch_writes_an_outcome_as_its_record() -> None:
    result = _with_first(_a_result(), name="Qendra \u202e")  # a terminal control: escaped
    lazy = Outcome("C-1", result=result, row=7)
    made = Outcome("C-1", {"case_id": "C-1", "row": 7, **result.to_json()})
    assert lazy.json_text() == made.json_text() == json_safe(RECORD_JSON.encode(made.record))
    assert "\\u202e" in lazy.json_text()
    assert lazy.json_text("C-1.html") == json_safe(RECORD_JSON.encode({**made.record, "package": "C-1.html"}))
    assert lazy.record == made.record and lazy.ok and made.ok
    assert lazy.has_unmet == made.has_unmet == bool(result.unmet)
    assert lazy.sample_country == made.sample_country == "AL"  # the bundled sample
    assert lazy.detached().record == made.record
    for writer_type in (JsonLinesWriter, JsonArrayWriter):
        by_record, by_outcome = io.StringIO(), io.StringIO()
        one, other = writer_type(by_record), writer_type(by_outcome)
        one.write(made.record)
        other.write_outcome(lazy)
        one.write({**made.record, "package": "p.md"})
        other.write_outcome(lazy, "p.md")
        assert by_record.getvalue() == by_outcome.getvalue()
    failed = Outcome("C-2", {"case_id": "C-2", "row": 8, "error": "no town"})
    assert not failed.ok and failed.sample_country is None
    assert json.loads(failed.json_text()) == failed.record


def test_an_outcome_needs_a_record_or_a_result() -> None:
    with pytest.raises(ValueError):
        Outcome("C-3")


def test_provider_match_text_matches_for_a_bare_result() -> None:
    m = ProviderMatch(
        need="medical",
        rank=1,
        id="x",
        name="X",
        score=0.5,
        distance_km=None,
        distance_coarse=False,
        needs_covered=("medical",),
        reasons=(),
        warnings=(),
        contact={},
        confidential_address=False,
        documents_required=(),
        how_to_refer="",
        region="AL-10",
    )
    assert m.to_json_text() == RECORD_JSON.encode(m.to_json())
