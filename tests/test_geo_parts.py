"""The gazetteer file's layout (format 2): one JSON document, read a chunk at a time."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcmatch.errors import DataError
from svcmatch.geo import gazetteer, locate, parts
from svcmatch.geo.gazetteer import load_gazetteer
from svcmatch.geo.region_names import region_index
from svcmatch.settings import Settings

DATA = Path(gazetteer.__file__).parent / "data"


def _document(towns: int, keys: int) -> dict[str, Any]:
    """A gazetteer-shaped document: rows of towns, keys in several scripts naming them."""
    names = {f"{chr(0x61 + i % 26)}{chr(0x430 + i % 32)} {i}": [i % max(towns, 1)] for i in range(keys)}
    return {
        "format": 2,
        "country": "ZZ",
        "source": "test",
        "regions": [["ZZ-01", "One", "Region", ["One"], 1.0, 2.0, 10]],
        "subregions": {},
        "towns": [[f"Town {i}", i / 10, -i / 10, 1000 - i, "ZZ-01", i % 2] for i in range(towns)],
        "names": {key: names[key] for key in sorted(names)},
        "skeletons": {"t": sorted(names)[:3]} if names else {},
        "border": [[float(i), float(i)] for i in range(towns // 3)],
    }


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of a few hundred characters, so that a small document has many."""
    monkeypatch.setattr(
        parts, "PARTS", {name: (is_array, 300) for name, (is_array, _) in parts.PARTS.items()}
    )


@pytest.mark.parametrize(("towns", "keys"), [(0, 0), (1, 1), (500, 2000)])
def test_the_file_is_one_json_document_of_the_same_content(small_chunks: None, towns: int, keys: int) -> None:
    document = _document(towns, keys)
    data = parts.write_parts(document)
    whole = json.loads(gzip.decompress(data))
    layout = whole.pop("layout")
    assert whole == document
    assert list(whole) == ["format", "country", "source", "regions", "subregions", *parts.PARTS]
    if towns > 100:
        assert len(layout["towns"]["chunks"]) > 10 and len(layout["names"]["chunks"]) > 10


def test_chunks_read_as_the_lists_and_dicts_they_hold(small_chunks: None) -> None:
    document = _document(500, 2000)
    read = parts.PartsFile(parts.write_parts(document))
    assert not read.whole
    towns = read.rows("towns", tuple)
    assert len(towns) == 500
    assert towns[0] == tuple(document["towns"][0]) and towns[-1] == tuple(document["towns"][-1])
    assert towns[123] == tuple(document["towns"][123])
    assert towns[10:13] == [tuple(row) for row in document["towns"][10:13]]
    with pytest.raises(IndexError):
        towns[500]
    assert list(towns) == [tuple(row) for row in document["towns"]]
    names = read.index("names")
    assert len(names) == 2000
    for key, value in document["names"].items():
        assert names[key] == value and key in names and names.get(key) == value
    assert "" not in names and "zzz" not in names and names.get("0") is None and 5 not in names
    with pytest.raises(KeyError):
        names["nowhere"]
    assert list(names) == list(document["names"])
    assert dict(read.index("skeletons")) == document["skeletons"]


def test_a_lookup_reads_only_the_chunks_it_needs(small_chunks: None, monkeypatch: pytest.MonkeyPatch) -> None:
    read = parts.PartsFile(parts.write_parts(_document(500, 2000)))
    chunks: list[tuple[str, int]] = []
    original = read.chunk
    monkeypatch.setattr(read, "chunk", lambda part, n: chunks.append((part, n)) or original(part, n))
    names, towns = read.index("names"), read.rows("towns", tuple)
    key = sorted(_document(500, 2000)["names"])[1234]
    assert towns[names[key][0]][0].startswith("Town")
    assert [part for part, _ in chunks] == ["names", "towns"]


@pytest.mark.usefixtures("small_chunks")
@given(st.dictionaries(st.text(max_size=12), st.lists(st.integers(0, 9), max_size=3), max_size=60))
def test_any_keys_are_found_in_their_chunk(keys: dict[str, list[int]]) -> None:
    """Keys in any script, empty, or sharing prefixes, in any order: the file holds them sorted, a
    lookup bisects to the chunk that holds each, and finds nothing for a key that is not there."""
    names = parts.PartsFile(parts.write_parts(_document(3, 0) | {"names": keys})).index("names")
    assert list(names) == sorted(keys) and dict(names) == keys and len(names) == len(keys)
    for key, value in keys.items():
        assert names.get(key) == value
        assert names.get(key + "\U0010ffff") is None or key + "\U0010ffff" in keys


def test_the_build_is_reproducible_byte_for_byte() -> None:
    document = _document(300, 900)
    assert parts.write_parts(document) == parts.write_parts(json.loads(json.dumps(document)))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A gazetteer folder searched before the shipped one."""
    monkeypatch.setattr(gazetteer, "_settings", Settings(gazetteer_folders=(tmp_path,)))
    load_gazetteer.cache_clear()
    region_index.cache_clear()
    yield tmp_path
    load_gazetteer.cache_clear()
    region_index.cache_clear()


def test_a_format_1_file_is_still_read(folder: Path) -> None:
    """What `gazetteer build` wrote before format 2 (one gzip member, the whole document) loads
    and locates as the shipped file does."""
    shipped = json.loads(gzip.decompress((DATA / "al.json.gz").read_bytes()))
    shipped.pop("layout")
    (folder / "al.json.gz").write_bytes(gzip.compress(json.dumps(shipped | {"format": 1}).encode(), mtime=0))
    assert load_gazetteer("AL").path == folder / "al.json.gz"
    place = locate("Scutari", "AL")
    assert (place.name, place.region) == ("Shkodër", "AL-10")
    assert len(load_gazetteer("AL").towns) == len(shipped["towns"])


@pytest.mark.parametrize(
    "content",
    [b"", b"not gzip", gzip.compress(b'{"format": 2, "country": "AL", "towns"'), gzip.compress(b"[1, 2]")],
)
def test_a_damaged_file_is_a_data_error(folder: Path, content: bytes) -> None:
    (folder / "al.json.gz").write_bytes(content)
    with pytest.raises(DataError, match=r"al\.json\.gz"):
        load_gazetteer("AL")


def test_cold_locate_in_the_largest_country_reads_a_few_chunks() -> None:
    """A fresh process that locates a town of the United States reads the head, the names'
    chunk and the chunks of the towns named so (out of about 200), never the whole file."""
    script = (
        "from svcmatch.geo import locate, parts\n"
        "read = []\n"
        "original = parts.PartsFile.chunk\n"
        "parts.PartsFile.chunk = lambda self, part, n: read.append(part) or original(self, part, n)\n"
        "place = locate('Dallas', 'US')\n"
        "print(place.region, len(read), sorted(set(read)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    region, count, read = out.split(" ", 2)
    assert region == "US-TX"
    assert int(count) <= 12 and read.strip() == "['names', 'towns']"
