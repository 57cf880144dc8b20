"""What an import skips gives what doing it gives: an unchanged row is the stored record (not a
copy of it), a new record is put under its new id without a copy, and a confidential record
without an HSDS text keeps its hidden values without the locating pattern being compiled."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_tabular import SHELTER, TIRANA

from svcmatch import tabular
from svcmatch.errors import InputError
from svcmatch.model import HSDS_KEY, Coverage, Directory, DirectoryInfo, Provider, pack_json
from svcmatch.privacy import shown_extra
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import DryRun, ReadResult, apply_import, keep_hidden, read_bytes, write_csv

STORED = (
    TIRANA.with_changes(
        coverage=Coverage("radius", km=40.0),
        capacity_available=2,
        notes="call first",
        extra={"source": {"n": 1}},
    ),
    SHELTER.with_changes(extra={"own": "x"}),
    Provider(
        id="al-dur-0003",
        name="Klinika",
        categories=("medical",),
        city="Durrës",
        region="AL-02",
        confidential_address=True,
        documents_required=("ID card",),
    ),
)
STORED_DIRECTORY = Directory(DirectoryInfo("AL", "al.json"), STORED, {p.id: 3 for p in STORED})

#: Edits a re-import's rows may carry: none (the row is unchanged), or one cell changed to a
#: value that is equal but written otherwise, or to another value.
EDITS: list[dict[str, str]] = [
    {},
    {"latitude": "41.32750"},
    {"min_age": "18.0"},
    {"capacity_available": "2"},
    {"coverage": "radius:40"},
    {"phone": "+355 4 222 334"},
    {"notes": "call first "},
    {"notes": "walk in"},
    {"sexes": "female|male|other"},
    {"confidential_address": ""},
    {"address": ""},
    {"languages": "en|sq"},
    {"extra": '{"source": {"n": 1.0}}'},
    {"revision": "1"},
]


def as_read(result: ReadResult) -> list[Any]:
    """The records, each value with its type (1 and 1.0, True and 1 are equal, not the same)."""
    return [
        ([(name, value, type(value)) for name, value in p.to_record().items()], p.coverage)
        for p in result.providers
    ] + [result.problems, result.notes]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(STORED) - 1), st.sampled_from(EDITS)), max_size=6))
def test_an_unchanged_row_reads_as_a_copy_of_the_stored_record_would(
    monkeypatch: pytest.MonkeyPatch, rows: list[tuple[int, dict[str, str]]]
) -> None:
    export = list(csv.reader(io.StringIO(write_csv(STORED_DIRECTORY, include_confidential=True))))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(export[0])
    for at, edit in rows:
        cells = dict(zip(export[0], export[at + 1], strict=True))
        writer.writerow([edit.get(name, cell) for name, cell in cells.items()])
    data = out.getvalue().encode("utf-8")
    read = read_bytes(data, "AL", fmt="csv", existing=STORED_DIRECTORY, overwrite=True)
    with monkeypatch.context() as patch:
        patch.setattr(tabular, "_holds", lambda base, changes: False)
        copied = read_bytes(data, "AL", fmt="csv", existing=STORED_DIRECTORY, overwrite=True)
    assert as_read(read) == as_read(copied)


def test_a_reimported_export_gives_the_stored_records_themselves() -> None:
    data = write_csv(STORED_DIRECTORY, include_confidential=True).encode("utf-8")
    read = read_bytes(data, "AL", fmt="csv", existing=STORED_DIRECTORY)
    assert read.problems == []
    assert all(got is stored for got, stored in zip(read.providers, STORED, strict=True))


def test_a_confidential_record_without_an_hsds_text_compiles_no_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shelter = STORED[2]
    shown = shelter.with_changes(address="", latitude=None, longitude=None)
    monkeypatch.setattr(tabular, "shown_extra", _refused)
    assert keep_hidden(shelter, shown) == shelter
    assert keep_hidden(shelter, shown.with_changes(notes="new")) == shelter.with_changes(notes="new")


def test_an_hsds_text_as_export_showed_it_keeps_the_stored_one() -> None:
    shelter = STORED[1].with_changes(extra={HSDS_KEY: pack_json({"description": "Rruga 1, Shkodër"})})
    shown = shelter.with_changes(address="", latitude=None, longitude=None, extra=shown_extra(shelter))
    assert shown.extra != shelter.extra
    assert keep_hidden(shelter, shown) == shelter


def _refused(provider: Provider) -> dict[str, Any]:
    raise AssertionError("shown_extra was asked")


def test_a_new_record_is_put_under_its_new_id_as_a_copy_with_it_would_be(tmp_path: Path) -> None:
    new = STORED[0].with_changes(id="")
    records = []
    for folder, as_copy in (("a", False), ("b", True)):
        store = DirectoryStore("AL", tmp_path / folder)
        store.create(author="t")
        with store.transaction(author="t", action="import") as transaction:
            if as_copy:
                transaction.put(new.with_changes(id="al-tir-9999"), checked=True)
            else:
                transaction.put(new, checked=True, as_id="al-tir-9999")
        records.append((store.path.read_bytes(), [(c.new, c.revision) for c in store.history()]))
    assert records[0] == records[1]
    dry = DryRun(Directory(DirectoryInfo("AL"), ()))
    dry.put(new, as_id="al-new-1")
    assert dry.providers == {"al-new-1": STORED[0].with_changes(id="al-new-1")}


def test_a_new_id_that_is_no_plain_word_is_refused_by_its_name(tmp_path: Path) -> None:
    store = DirectoryStore("AL", tmp_path)
    store.create(author="t")
    with pytest.raises(InputError, match="'x y' is not a plain word"), store.transaction(author="t") as t:
        t.put(STORED[0].with_changes(id=""), as_id="x y")
    with pytest.raises(InputError, match=r"provider al-x-1: .*latitude"), store.transaction(author="t") as t:
        t.put(STORED[0].with_changes(id="", latitude=91.0), as_id="al-x-1")


def test_apply_import_names_the_new_ids() -> None:
    class Target(DryRun):
        def new_id(self, provider: Provider) -> str:
            return f"al-new-{len(self.providers)}"

    target = Target(STORED_DIRECTORY)
    outcome = apply_import(target, [STORED[0].with_changes(id=""), STORED[1]])
    assert (outcome.added, outcome.unchanged) == (["al-new-3"], ["al-shk-0002"])
    assert target.providers["al-new-3"] == STORED[0].with_changes(id="al-new-3")
