"""The directory file's text: `storage.serialise` writes exactly the bytes of json.dumps with
sort_keys and a two-space indent (offices diff the files in git), however fast it gets there."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.errors import DataError
from svcmatch.storage import history_text, load_directory, serialise

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "directories").glob("*.json"))


def reference(document: Any) -> bytes:
    """The writer as it was: the pure-Python indented encoder of the standard library."""
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_samples_are_written_back_byte_for_byte(path: Path) -> None:
    raw = path.read_bytes()
    document = json.loads(raw)
    assert serialise(document) == reference(document) == raw


# Text that stresses the column splitting: the separator (NUL) and other controls, the
# %-format's own character, brackets and braces that look like structure, quotes and escapes.
TEXT = st.text(
    alphabet=st.sampled_from(list('aZ09 %s{}[],:"\\\x00\x01\x1f\n\t\u2028é€😀')) | st.characters(),
    max_size=12,
).filter(lambda text: not any(0xD800 <= ord(char) <= 0xDFFF for char in text))
KEYS = st.text(alphabet=st.sampled_from(list('abc%s\x00"{[ é')), max_size=4)
PLAIN = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    # NaN and infinity are not JSON: no write path lets them in, and a directory file that
    # holds one is refused as damaged (test below); orjson would write them as null.
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, -2.5e-06, 1.5e-07, 9.9e-05, 1e-4, 1e16, 5e-324])  # where orjson's floats differ
    | TEXT
)
JSON = st.recursive(
    PLAIN,
    lambda inner: (
        st.lists(inner, max_size=5) | st.tuples(inner, inner) | st.dictionaries(KEYS, inner, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=120, deadline=None)
@given(JSON)
def test_any_document_is_written_as_json_dumps_writes_it(document: Any) -> None:
    assert serialise(document) == reference(document)


#: A record's field: mostly plain, sometimes a short list or object (categories, coverage).
FIELD = (
    PLAIN
    | st.lists(TEXT, max_size=3)
    | st.dictionaries(KEYS, PLAIN | st.lists(PLAIN, max_size=2), max_size=3)
)


@st.composite
def tables(draw: st.DrawFn) -> dict[str, Any]:
    """A table of records that share their keys, some with a key of their own: the columns."""
    # Not the optional keys below: fixed_dictionaries refuses a key in both (a drawn "%s" did).
    keys = draw(st.lists(KEYS.filter(lambda k: k not in ("own", "%s")), min_size=1, max_size=6, unique=True))
    record = st.fixed_dictionaries({key: FIELD for key in keys}, optional={"own": FIELD, "%s": FIELD})
    records = draw(st.lists(record, max_size=40))
    table = {f"r{number}": record for number, record in enumerate(records)}
    return {"meta": {"directory": {"country": "AL"}}, "providers": table, "list": records}


@settings(max_examples=60, deadline=None)
@given(tables())
def test_tables_of_records_are_written_as_json_dumps_writes_them(document: dict[str, Any]) -> None:
    assert serialise(document) == reference(document)


@settings(max_examples=60, deadline=None)
@given(tables(), st.sampled_from(["", "a", "meta", "zz", "%s"]))
def test_an_object_of_tables_alone_is_written_as_json_dumps_writes_it(
    document: dict[str, Any], empty: str
) -> None:
    """The directory file's shape (an object of tables keyed by id), which `serialise` lays
    out in pieces above the records; an empty table among them."""
    del document["list"]
    document[empty] = {}
    assert serialise(document) == reference(document)
    assert serialise({empty: {}}) == reference({empty: {}})


def test_what_json_dumps_would_convert_or_refuse_goes_to_json_dumps() -> None:
    converted = {"b": {1: "one", 2.5: [math.inf]}, "a": [{None: True}]}
    assert serialise(converted) == reference(converted)
    for tables_keyed_oddly in ({"b": {1: {"x": 1}}, "a": {}}, {2: {"x": {}}}):
        assert serialise(tables_keyed_oddly) == reference(tables_keyed_oddly)
    with pytest.raises(TypeError):
        serialise({"a": [{"b": {1, 2}}]})
    with pytest.raises(ValueError, match="Circular"):
        looped: dict[str, Any] = {}
        looped["self"] = [looped]
        serialise(looped)


#: Arrays that repeat down a column, some equal as Python values but written differently
#: (1, True and 1.0; 0.0 and -0.0), which the writer lays out once per distinct array.
REPEATED = st.sampled_from(
    [[1], [True], [1.0], [0.0], [-0.0], ["a", "b"], ("a", "b"), ["a", None], [None], [["a"]], [{"k": 1}]]
)


@st.composite
def repeated_columns(draw: st.DrawFn) -> dict[str, Any]:
    """Many records (past the writer's few-objects path) with repeated arrays, and keys in
    different orders (records grouped by their keys)."""
    records = []
    for number in range(draw(st.integers(min_value=16, max_value=60))):
        record = {"list": draw(REPEATED), "other": draw(REPEATED | PLAIN), "n": number}
        if draw(st.booleans()):
            record = dict(reversed(record.items()))
        if draw(st.integers(min_value=0, max_value=5)) == 0:
            record["own"] = draw(FIELD)
        records.append(record)
    return {"providers": {f"r{number}": record for number, record in enumerate(records)}}


@settings(max_examples=60, deadline=None)
@given(repeated_columns())
def test_repeated_arrays_and_grouped_records_are_written_as_json_dumps_writes_them(
    document: dict[str, Any],
) -> None:
    assert serialise(document) == reference(document)


def history_reference(document: dict[str, Any]) -> bytes:
    """The history layout as docs/directory-format.md gives it: each change one compact
    json.dumps line."""
    changes = ",\n    ".join(
        json.dumps(c, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for c in document["changes"]
    )
    fields = [
        f"{json.dumps(key)}: "
        + (
            ("[\n    " + changes + "\n  ]" if changes else "[]")
            if key == "changes"
            else json.dumps(document[key], ensure_ascii=False, sort_keys=True)
        )
        for key in sorted(document)
    ]
    return ("{\n  " + ",\n  ".join(fields) + "\n}\n").encode("utf-8")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.dictionaries(KEYS, JSON, max_size=5), max_size=6), TEXT)
def test_a_history_file_holds_each_change_as_json_dumps_writes_it(changes: list[Any], author: str) -> None:
    document = {"action": "import", "author": author, "changes": changes, "time": "2026-12-03T22:00:00Z"}
    assert history_text(document) == history_reference(document)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_a_directory_file_that_holds_nan_is_refused_with_its_line(tmp_path: Path, value: str) -> None:
    """Python's reader takes NaN and the infinities, which are not JSON; a directory file that
    holds one (in a record's extra, where no field check looks) is damaged, named with its
    line, and never written back (serialise's fast writer would write null)."""
    sample = json.loads(SAMPLES[0].read_bytes())
    first = sorted(sample["providers"])[0]
    sample["providers"][first]["extra"] = {"score": "PLACEHOLDER"}
    text = json.dumps(sample, ensure_ascii=False, sort_keys=True, indent=2).replace('"PLACEHOLDER"', value)
    path = tmp_path / SAMPLES[0].name
    path.write_text(text + "\n", encoding="utf-8")
    line = text[: text.index(value)].count("\n") + 1
    with pytest.raises(DataError, match=f"line {line}: holds {value}, which is not a number JSON knows"):
        load_directory(SAMPLES[0].stem.upper(), tmp_path)
    assert path.read_text(encoding="utf-8") == text + "\n"


@pytest.mark.parametrize(
    "document",
    [2.5e-06, 1e-05, -1.5e-07, [1.5e-07], {"a": 3e-09, "b": [9.9e-05, 1e-4]}, {"x": "e-5"}, 5e-324, 1e16],
)
def test_the_floats_orjson_writes_otherwise_are_written_as_json_dumps_writes_them(document: Any) -> None:
    """Where orjson's layout of a float differs from json.dumps' (0.00001 for 1e-05, 1.5e-7 for
    1.5e-07), anywhere in the document, a document that is one number included."""
    assert serialise(document) == reference(document)


@pytest.mark.parametrize(
    "value",
    [2.5e-06, 1e-05, -1.5e-07, [1.5e-07], {"a": 3e-09, "b": [9.9e-05, 1e-4]}, {"x": "e-5"}, 1e16, 2**70],
)
def test_a_history_change_orjson_writes_otherwise_is_written_as_json_dumps_writes_it(value: Any) -> None:
    """The history's changes are written by orjson, but where its text differs from json.dumps'
    (a float under 10^-4, ending a list or an object in the compact layout) or it refuses a
    value (an integer beyond 64 bits), as json.dumps writes them."""
    changes = [{"new": {"extra": {"v": value}}, "old": {}, "operation": "add", "provider": "x-1"}]
    document = {"action": "import", "author": "a", "changes": changes, "time": "2026-12-05T03:00:00Z"}
    assert history_text(document) == history_reference(document)


def test_a_change_holding_the_mark_between_changes_is_written_as_json_dumps_writes_it() -> None:
    """orjson writes all the changes in one call, a NUL string between each two: a change that
    holds a NUL string as an item of a list (what the mark looks like) is still written whole."""
    changes: list[Any] = [
        {"new": {"documents_required": ["a", "\x00", "b"]}, "old": {}, "provider": "x-1"},
        {"new": {"notes": "\x00"}, "old": {"x": ["\x00"]}, "provider": "x-2"},
        {"new": {}, "old": {}, "provider": "x-3"},
    ]
    for count in range(1, len(changes) + 1):
        document = {"action": "import", "author": "a", "changes": changes[:count], "time": "t"}
        assert history_text(document) == history_reference(document)
