"""A batch writes each shown result from JSON kept per provider and need (`MatchResult.written`):
the bytes are those of `to_json()`, the first time and from what was kept, and nothing kept for
one directory is written for another (docs/matching.md, "A nineteenth speed pass")."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from test_matching_oracle import TODAY, _cases, _providers

from svcmatch import storage
from svcmatch.batch import BatchSettings, CaseProcessor, RawCase, record_json, run_batch
from svcmatch.matching import Case, match
from svcmatch.matching.result import WrittenMatch
from svcmatch.model import Directory, DirectoryInfo, Provider
from svcmatch.referral_feedback import ReferralFeedback

ROOT = Path(__file__).resolve().parent.parent / "directories"


def _lines(document: dict[str, Any]) -> str:
    return record_json(document)


@settings(max_examples=120)
@given(st.lists(_providers, min_size=1, max_size=20, unique_by=lambda p: p.id), _cases, st.data())
def test_written_results_are_the_json_of_to_json(
    providers: list[Provider], values: dict[str, Any], data: st.DataObject
) -> None:
    directory = Directory(DirectoryInfo("AL"), tuple(providers))
    case = Case(country="AL", **values)
    first = match(case, directory, today=TODAY)
    assert _lines(first.written()) == _lines(first.to_json())
    # the second time from the JSON kept with the first (the same providers shown)
    again = match(replace(case, top=data.draw(st.integers(1, 6))), directory, today=TODAY)
    assert _lines(again.written()) == _lines(again.to_json())
    for shown in again.written()["needs"].values():
        for written in shown:
            assert json.loads(orjson.dumps(written)) == json.loads(orjson.dumps(written.plain()))


def test_the_sample_directories_write_the_same_bytes_with_and_without_referrals(tmp_path: Path) -> None:
    today = dt.date(2026, 3, 1)
    for country, place, needs in (
        ("AL", "Shkoder", ("shelter", "medical", "legal", "livelihood")),
        ("MA", "Casablanca", ("shelter", "psychosocial", "legal")),
        ("UA", "Kyiv", ("shelter", "medical", "documentation", "employment")),
    ):
        directory = storage.load_directory(country, str(ROOT))
        case = Case.from_mapping({"country": country, "to": place, "needs": "|".join(needs), "top": "8"})
        result = match(case, directory, today=today)
        answers = ReferralFeedback(tmp_path / "referrals", today)
        for _ in range(2):  # made, then kept
            assert _lines(answers.to_json(result, written=True)) == _lines(answers.to_json(result))
            assert _lines(result.written()) == _lines(result.to_json())


def test_a_written_result_pickles_and_copies_as_its_plain_json() -> None:
    directory = storage.load_directory("AL", str(ROOT))
    result = match(Case.from_mapping({"country": "AL", "to": "Tirana", "needs": "shelter|legal"}), directory)
    document, written = result.to_json(), result.written()
    for need, shown in written["needs"].items():
        for plain, one in zip(document["needs"][need], shown, strict=True):
            assert isinstance(one, WrittenMatch)
            unpickled = pickle.loads(pickle.dumps(one))  # as a --jobs worker sends it
            assert type(unpickled) is dict and unpickled == plain
            assert one.plain() == plain
    for matches in result.needs.values():
        for m in matches:  # what a result keeps of its JSON is never copied or pickled with it
            assert copy.deepcopy(m) == m and pickle.loads(pickle.dumps(m)) == m
            assert _lines(pickle.loads(pickle.dumps(m)).written()) == _lines(m.to_json())


def test_an_integer_beyond_orjson_writes_the_plain_results() -> None:
    """orjson refuses an integer beyond 64 bits, and the standard encoder writes the record:
    the written results' JSON texts come out as their plain values, not as texts."""
    directory = storage.load_directory("AL", str(ROOT))
    result = match(
        Case.from_mapping({"country": "AL", "to": "Shkoder", "needs": "shelter|medical"}), directory
    )
    huge = 1 << 70
    assert json.loads(_lines({"big": huge, **result.written()})) == json.loads(
        json.dumps({"big": huge, **result.to_json()}, ensure_ascii=False)
    )


def test_what_is_kept_for_one_directory_is_never_written_for_another() -> None:
    """Two directories whose provider has the same id and need, not the same name and phone:
    each batch's lines name its own (the JSON is kept by each directory's matcher)."""
    directory = storage.load_directory("AL", str(ROOT))
    case = Case.from_mapping({"country": "AL", "to": "Shkoder", "needs": "medical", "top": "8"})
    shown = match(case, directory).needs["medical"]
    renamed = {m.id for m in shown}
    other = replace(
        directory,
        providers=tuple(
            replace(p, name=p.name + " (other office)", phone="+355 69 000 0000") if p.id in renamed else p
            for p in directory.providers
        ),
    )
    first = match(case, directory).written()  # made and kept for the first directory
    second = match(case, other).written()
    assert _lines(second) == _lines(match(case, other).to_json())
    assert "(other office)" not in _lines(first) and "(other office)" in _lines(second)
    assert "+355 69 000 0000" in _lines(second)


def test_a_batch_record_with_a_package_keeps_plain_results(tmp_path: Path) -> None:
    """A package reads the record's results: with --packages they stay `to_json()`'s dicts."""
    values = {"case_id": "c1", "country": "AL", "to": "Shkoder", "needs": "shelter", "draft": "yes"}
    settings_ = BatchSettings(today=dt.date(2026, 3, 1), root=str(ROOT), package_format="json")
    record = CaseProcessor(settings_)(RawCase(2, values)).record
    assert all(type(m) is dict for shown in record["needs"].values() for m in shown)
    plain = CaseProcessor(BatchSettings(today=dt.date(2026, 3, 1), root=str(ROOT)))(RawCase(2, values)).record
    assert all(isinstance(m, WrittenMatch) for shown in plain["needs"].values() for m in shown)


def test_one_process_and_two_write_the_same_lines() -> None:
    rows = [
        {"case_id": f"c{n}", "country": "AL", "to": town, "needs": needs}
        for n, (town, needs) in enumerate(
            [("Shkoder", "shelter|medical"), ("Tirana", "legal|livelihood"), ("Durres", "psychosocial")] * 3
        )
    ]
    settings_ = BatchSettings(today=dt.date(2026, 3, 1), root=str(ROOT))
    raw = [RawCase(n + 2, row) for n, row in enumerate(rows)]
    here = [record_json(o.record) for o in run_batch(raw, settings_)]
    pooled = [record_json(o.record) for o in run_batch(raw, settings_, jobs=2, chunksize=2)]
    assert here == pooled
