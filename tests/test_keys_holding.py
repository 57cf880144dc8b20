"""LazyIndex.keys_holding: the keys of a gazetteer's names index that name some towns, found in
each chunk's text (a cold `match` asks for one confidential shelter's town's other names), held
to the parsed dict it stands for."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.geo import parts
from svcmatch.geo.gazetteer import load_gazetteer


def _holding(index: Any, numbers: set[int]) -> list[str]:
    """The oracle: every key, in order, whose parsed list holds one of the numbers."""
    return [key for key, value in index.items() if not numbers.isdisjoint(value)]


def _file(names: dict[str, list[int]]) -> parts.PartsFile:
    document = {
        "format": 2,
        "country": "ZZ",
        "source": "test",
        "regions": [],
        "subregions": {},
        "towns": [["Town", 0.0, 0.0, 1, "ZZ-01", 0]],
        "names": {key: names[key] for key in sorted(names)},
        "skeletons": {},
        "border": [],
    }
    return parts.PartsFile(parts.write_parts(document))


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        parts, "PARTS", {name: (is_array, 120) for name, (is_array, _) in parts.PARTS.items()}
    )


#: Keys that look like the lists they name: commas, digits, brackets, colons, quotes, backslashes.
_AWKWARD = st.text(alphabet=st.sampled_from('ab 0123,[]:"\\\x00тي'), max_size=10)


@pytest.mark.usefixtures("small_chunks")
@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(_AWKWARD | st.text(max_size=8), st.lists(st.integers(0, 120), max_size=4), max_size=40),
    st.sets(st.integers(0, 120), max_size=3),
    st.lists(st.integers(0, 40), max_size=2),
)
def test_the_keys_found_are_the_parsed_dicts(
    names: dict[str, list[int]], wanted: set[int], read: list[int]
) -> None:
    """Any keys (shaped like a list's numbers, escaped, in any script), any numbers, some chunks
    read already: the same keys in the same order as a pass over the parsed chunks."""
    index = _file(names).index("names")
    assert isinstance(index, parts.LazyIndex)
    for n in read:  # a lookup reads a chunk: keys_holding reads it as a dict then
        index.get(sorted(names)[n % len(names)] if names else "")
    assert index.keys_holding(wanted) == _holding(index, wanted)
    assert parts.keys_holding(dict(index.items()), wanted) == _holding(index, wanted)


def test_a_chunk_as_the_build_writes_it_is_searched_not_parsed(
    small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = {f"name {i}": [i % 7, 100 + i] for i in range(200)} | {"[3,": [3], "x,3]": [4], 'q"3': [5]}
    read = _file(names)
    parsed: list[int] = []
    original = read.chunk
    monkeypatch.setattr(read, "chunk", lambda part, n: parsed.append(n) or original(part, n))
    index = read.index("names")
    found = index.keys_holding({3, 105})
    assert found == _holding(_file(names).index("names"), {3, 105})
    assert "[3," in found and "name 5" in found and "x,3]" not in found
    chunks = len(read.head["layout"]["names"]["chunks"])
    assert chunks > 10 and len(parsed) <= 2  # the chunks holding a key shaped like a list, or escaped


@pytest.mark.parametrize(
    "text",
    [
        b'"a": [0]',  # spaces, as another writer might put them
        b'"a":[ 0]',
        b'"a":[-0]',  # another way to write 0
        b'"a":[0.0]',
        b'"a":[0e0]',
        b'"a\\"b":[0]',  # an escaped quote in a key
        b'"a":[1],"b":[0 ]',
    ],
)
def test_a_chunk_written_otherwise_is_left_to_the_parser(text: bytes) -> None:
    """The search reads only what `write_parts` writes: a text that could hold a number in
    another form is parsed instead (and the parsed dict finds 'a' or 'b' holding 0)."""
    assert parts._keys_in_text(text, {0}) is None
    index = parts.LazyIndex([""], 1, lambda _n: json.loads(b"{%b}" % text), lambda _n: text)
    assert index.keys_holding({0}) == _holding(json.loads(b"{%b}" % text), {0})
    assert index.keys_holding({0})


@pytest.mark.parametrize("country", ["AL", "MA", "UA", "NG"])
def test_the_shipped_gazetteers_give_each_towns_names_as_the_parsed_index(country: str) -> None:
    """Every shipped chunk is searched (none is left to the parser), and a town's names are
    those the parsed index gives, for towns spread over the file."""
    gazetteer = load_gazetteer(country)
    towns = len(gazetteer.towns)
    for start in range(0, towns, max(towns // 12, 1)):
        wanted = {start, (start * 7 + 3) % towns}
        fresh = load_gazetteer.__wrapped__(country).names
        assert isinstance(fresh, parts.LazyIndex)
        assert fresh.keys_holding(wanted) == _holding(gazetteer.names, wanted)
        assert all(chunk is None for chunk in fresh._chunks)  # searched, never parsed
