"""The gazetteer file's layout: one JSON document in gzip members, read a chunk at a time.

A gazetteer (`<cc>.json.gz`, format 2) is a gzip file of several members. Decompressed as a
whole (`zcat`, `gzip.open`) they are one JSON document, the same keys as format 1:

    {"format": 2, "country": ..., "source": ..., "layout": {...}, "regions": [...],
     "subregions": {...}, "border": [...], "towns": [...], "names": {...}, "skeletons": {...}}

The first member is the head: the small keys, whose text ends with the comma before
"border". Each large part (border, towns, names, skeletons) follows as chunks of about
PARTS' characters, one gzip member each, between members holding only the JSON between
parts ('"border":[', '],"towns":[' ...). The head's "layout" gives, for each part, its length
and its chunks as [first row number or first key, offset, length], offsets counted in bytes
from the end of the head member. So a reader decompresses the head, then only the chunks it
needs: the chunk of names that would hold a key (keys are sorted), the chunks of the towns
it names. The whole file is written at once by `write_parts`, reproducibly (gzip time 0).
"""

from __future__ import annotations

import bisect
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar, overload

import orjson

from ..errors import DataError

#: The parts, in file order: whether each is a JSON array (rows) or an object (keys), and the
#: characters of JSON text per chunk. One chunk decompresses and parses in a fraction of a
#: millisecond; deflate's 32 KiB window loses little compression at these sizes. Towns are read
#: a few at a time (the towns one name has), spread over the file, so their chunks are smaller.
PARTS: dict[str, tuple[bool, int]] = {
    "border": (True, 24_000),
    "towns": (True, 8_000),
    "names": (False, 24_000),
    "skeletons": (False, 24_000),
}

T = TypeVar("T")
V = TypeVar("V")


def _member(text: str) -> bytes:
    """One gzip member, byte for byte the same for the same text (no time, no file name)."""
    packer = zlib.compressobj(level=9, wbits=31)  # wbits 31: a gzip member, its time 0
    return packer.compress(text.encode("utf-8")) + packer.flush()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _chunks(items: list[str], chars: int) -> list[tuple[int, str]]:
    """(index of the first item, text) of consecutive items joined by commas, each chunk
    but the first starting with the comma that separates it from the one before."""
    chunks: list[tuple[int, str]] = []
    start, size = 0, 0
    for index, item in enumerate(items):
        size += len(item) + 1
        if size >= chars or index == len(items) - 1:
            text = ",".join(items[start : index + 1])
            chunks.append((start, text if start == 0 else "," + text))
            start, size = index + 1, 0
    return chunks


def write_parts(document: Mapping[str, Any]) -> bytes:
    """The bytes of a gazetteer file (format 2) holding `document`, whose border, towns, names
    and skeletons are written as chunks and the other keys in the head."""
    members: list[bytes] = []
    layout: dict[str, Any] = {}
    offset = 0

    def add(text: str) -> tuple[int, int]:
        nonlocal offset
        member = _member(text)
        members.append(member)
        offset += len(member)
        return offset - len(member), len(member)

    previous_close = ""
    for name, (is_array, chars) in PARTS.items():
        add(f"{previous_close}{_dumps(name)}:{'[' if is_array else '{'}")
        value = document[name]
        if is_array:
            items = [_dumps(row) for row in value]
            firsts: list[Any] = list(range(len(items)))
        else:
            firsts = sorted(value)  # sorted, so that a reader finds a key's chunk by bisection
            items = [f"{_dumps(key)}:{_dumps(value[key])}" for key in firsts]
        chunks = [[firsts[start], *add(text)] for start, text in _chunks(items, chars)]
        layout[name] = {"count": len(items), "chunks": chunks}
        previous_close = "]," if is_array else "},"
    add(previous_close[:-1] + "}")
    head = {key: value for key, value in document.items() if key not in PARTS}
    head = {
        "format": head.pop("format"),
        "country": head.pop("country"),
        "source": head.pop("source", ""),
    } | {
        "layout": layout,
        **head,
    }
    return _member(_dumps(head)[:-1] + ",") + b"".join(members)


#: The most one gzip member of a gazetteer may unpack to. The largest shipped file unpacks to
#: 4.4 MB; a file that unpacks to more (a 1.3 MB file of 300 MB of spaces, put in
#: SVCMATCH_GAZETTEERS, took 608 MB of memory before its error) is refused as damaged first.
MOST_UNPACKED = 64 * 1024 * 1024
_TOO_LARGE = f"it unpacks to more than {MOST_UNPACKED // (1024 * 1024)} MiB"


def inflate(data: bytes | memoryview) -> tuple[bytes, bytes, bool]:
    """The first gzip member of `data` unpacked, the bytes after it, and whether it ended;
    ValueError when it unpacks to more than MOST_UNPACKED."""
    reader = zlib.decompressobj(wbits=31)
    text = reader.decompress(data, MOST_UNPACKED)
    if reader.unconsumed_tail:
        raise ValueError(_TOO_LARGE)
    return text, reader.unused_data, reader.eof


def inflate_all(data: bytes) -> bytes:
    """Every gzip member of `data` unpacked and joined (a format-2 gazetteer is several), as
    `gzip.decompress` does, but refused past MOST_UNPACKED in all (ValueError)."""
    pieces: list[bytes] = []
    size = 0
    while data:
        text, data, ended = inflate(data)
        if not ended:
            raise ValueError("the file is cut short")
        size += len(text)
        if size > MOST_UNPACKED:
            raise ValueError(_TOO_LARGE)
        pieces.append(text)
    return b"".join(pieces)


class PartsFile:
    """A format-2 gazetteer file, read: its head, and any chunk of a part on demand."""

    def __init__(self, data: bytes, name: str = "the gazetteer") -> None:
        """ValueError when the head cannot be read (cut short, not UTF-8, not JSON, nested too
        deeply); `name` (the file) goes into the DataError of a chunk read later."""
        raw, unused, ended = inflate(data)
        text = raw.decode("utf-8")
        if not ended:
            raise ValueError("the file is cut short")
        #: A format-1 file is one member, the whole document: every part is in the head.
        self.whole = not unused and not text.endswith(",")
        try:
            self.head: dict[str, Any] = json.loads(text if self.whole else text[:-1] + "}")
        except RecursionError:
            raise ValueError("its JSON is nested too deeply") from None
        if not isinstance(self.head, dict):
            raise ValueError("not a gazetteer")
        self._data = memoryview(data)
        self._start = len(data) - len(unused)
        self.name = name

    def chunk(self, part: str, number: int) -> Any:
        """The rows (a list) or keys (a dict) of one chunk of a part; DataError naming the file
        when the chunk is damaged (it is read long after the file was opened, mid-command)."""
        try:
            text = self._text(part, number)
            return orjson.loads(b"[%b]" % text if PARTS[part][0] else b"{%b}" % text)  # twice json's speed
        except (KeyError, IndexError, TypeError, ValueError, RecursionError, zlib.error) as error:
            raise self._damaged(part, error) from None

    def chunk_text(self, part: str, number: int) -> bytes:
        """The JSON text of one chunk of a part, its rows or keys without the brackets around
        them (LazyIndex.keys_holding searches it); DataError when it cannot be unpacked."""
        try:
            return self._text(part, number)
        except (KeyError, IndexError, TypeError, ValueError, zlib.error) as error:
            raise self._damaged(part, error) from None

    def _text(self, part: str, number: int) -> bytes:
        _first, offset, length = self.head["layout"][part]["chunks"][number]
        start = self._start + offset
        return inflate(self._data[start : start + length])[0].lstrip(b",")

    def _damaged(self, part: str, error: Exception) -> DataError:
        detail = "nested too deeply" if isinstance(error, RecursionError) else error
        return DataError(
            f"{self.name} is damaged: its {part} cannot be read ({detail})",
            "rebuild or reinstall the data file",
        )

    def rows(self, part: str, convert: Callable[[Any], T]) -> LazyRows[T]:
        if self.whole:
            return LazyRows.of([convert(row) for row in self.head[part]])
        layout = self.head["layout"][part]
        firsts = [first for first, _offset, _length in layout["chunks"]]
        return LazyRows(firsts, layout["count"], lambda n: self.chunk(part, n), convert)

    def index(self, part: str) -> Mapping[str, Any]:
        if self.whole:
            found: dict[str, Any] = self.head[part]
            return found
        layout = self.head["layout"][part]
        firsts = [first for first, _offset, _length in layout["chunks"]]
        return LazyIndex(
            firsts, layout["count"], lambda n: self.chunk(part, n), lambda n: self.chunk_text(part, n)
        )


class LazyRows(Sequence[T], Generic[T]):
    """A list whose chunks are read on first use, and each row made (`convert`) when first
    asked for (the towns, the border)."""

    def __init__(
        self, firsts: list[int], count: int, load: Callable[[int], list[Any]], convert: Callable[[Any], T]
    ) -> None:
        self._firsts = firsts
        self._count = count
        self._load = load
        self._convert = convert
        self._chunks: list[list[Any] | None] = [None] * len(firsts)
        self._made: dict[int, T] = {}
        self._all: list[T] | None = None

    @classmethod
    def of(cls, rows: list[T]) -> LazyRows[T]:
        """Rows already in memory (a format-1 file)."""
        made = cls([0] if rows else [], len(rows), lambda _n: rows, lambda row: row)
        made._all = rows
        return made

    def _chunk(self, number: int) -> list[Any]:
        found = self._chunks[number]
        if found is None:
            found = self._chunks[number] = self._load(number)
        return found

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return self.all()[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        if self._all is not None:
            return self._all[index]
        found = self._made.get(index)
        if found is None:
            number = bisect.bisect_right(self._firsts, index) - 1
            found = self._made[index] = self._convert(self._chunk(number)[index - self._firsts[number]])
        return found

    def all(self) -> list[T]:
        """Every row, as one list (read and made once)."""
        if self._all is None:
            convert, made = self._convert, self._made
            self._all = [
                made[index] if index in made else convert(row)
                for index, row in enumerate(
                    row for number in range(len(self._firsts)) for row in self._chunk(number)
                )
            ]
            self._chunks = [None] * len(self._firsts)
        return self._all

    def __iter__(self) -> Iterator[T]:
        return iter(self.all())


class LazyIndex(Mapping[str, V], Generic[V]):
    """A dict of sorted keys whose chunks are read on first use: a lookup reads the one chunk
    that would hold the key (the names, the sound-alike keys)."""

    def __init__(
        self,
        firsts: list[str],
        count: int,
        load: Callable[[int], dict[str, V]],
        text: Callable[[int], bytes] | None = None,
    ) -> None:
        self._firsts = firsts
        self._count = count
        self._load = load
        #: a chunk's JSON text, unparsed (keys_holding), where the file gives it
        self._text = text
        self._chunks: list[dict[str, V] | None] = [None] * len(firsts)
        self._keys: list[str] | None = None

    def _chunk(self, number: int) -> dict[str, V]:
        found = self._chunks[number]
        if found is None:
            found = self._chunks[number] = self._load(number)
        return found

    def _holder(self, key: object) -> dict[str, V] | None:
        if not isinstance(key, str):
            return None
        number = bisect.bisect_right(self._firsts, key) - 1
        return self._chunk(number) if number >= 0 else None

    def __getitem__(self, key: str) -> V:
        holder = self._holder(key)
        if holder is None:
            raise KeyError(key)
        return holder[key]

    def get(self, key: str, default: Any = None) -> Any:
        holder = self._holder(key)
        return default if holder is None else holder.get(key, default)

    def __contains__(self, key: object) -> bool:
        holder = self._holder(key)
        return holder is not None and key in holder

    def __len__(self) -> int:
        return self._count

    def starting_with(self, prefix: str) -> Iterator[str]:
        """The keys that start with `prefix`, in order, reading only the chunks that hold them."""
        number = max(bisect.bisect_right(self._firsts, prefix) - 1, 0)
        for chunk in range(number, len(self._firsts)):
            for key in self._chunk(chunk):
                if key.startswith(prefix):
                    yield key
                elif key > prefix:
                    return

    def __iter__(self) -> Iterator[str]:
        if self._keys is None:
            self._keys = [key for number in range(len(self._firsts)) for key in self._chunk(number)]
        return iter(self._keys)

    def items(self) -> Iterator[tuple[str, V]]:  # type: ignore[override]
        """Every (key, value), in order, chunk by chunk (Mapping's own looks each key up again)."""
        for number in range(len(self._firsts)):
            yield from self._chunk(number).items()

    def keys_holding(self, numbers: Iterable[int]) -> list[str]:
        """The keys, in order, whose value (a list of whole numbers, as a gazetteer's names
        index holds the towns of each name) holds one of `numbers`: each chunk not read yet is
        searched in its text rather than parsed (`_keys_in_text`: a fifth of the instructions;
        a cold `match` asks for one town's other names); one read already, or whose text is not
        as `write_parts` writes it, is read as a dict."""
        wanted = set(numbers)
        found: list[str] = []
        for number in range(len(self._firsts)):
            keys = None
            if self._chunks[number] is None and self._text is not None:
                keys = _keys_in_text(self._text(number), wanted)
            if keys is None:
                keys = [key for key, value in self._chunk(number).items() if not wanted.isdisjoint(value)]  # type: ignore[arg-type]
            found += keys
        return found


def keys_holding(index: Mapping[str, list[int]], numbers: Iterable[int]) -> list[str]:
    """The keys of `index`, in order, whose list holds one of `numbers` (LazyIndex.keys_holding;
    a format-1 file's index is a dict)."""
    if isinstance(index, LazyIndex):
        return index.keys_holding(numbers)
    wanted = set(numbers)
    return [key for key, value in index.items() if not wanted.isdisjoint(value)]


#: What a chunk of an index of lists of whole numbers holds outside its keys, as `write_parts`
#: writes it: '":[', the numbers, their commas, ']' and the comma before the next key.
_BETWEEN_KEYS = b"0123456789,:[]"


def _keys_in_text(text: bytes, wanted: set[int]) -> list[str] | None:
    """The keys of one chunk's text (`"key":[1,2],"key":[3]`) whose list holds one of
    `wanted`, found by searching the text for each number between its brackets or commas;
    None where the text could say it otherwise than these searches read it (an escaped
    character, anything but whole numbers, brackets, commas and colons outside the keys, or a
    number's searched form inside a key): the caller parses it then. For the same chunk, the
    same keys in the same order as the parsed dict."""
    if b"\\" in text:
        return None  # an escape: a quote may stand inside a key
    pieces = text.split(b'"')
    # with no escapes every quote opens or closes a key: keys at the odd places, between them
    # (and after the last) the lists, which must hold nothing a number could be written with
    # besides its digits (no sign, point, exponent or space)
    if len(pieces) % 2 == 0 or pieces[0] or b"".join(pieces[2::2]).translate(None, _BETWEEN_KEYS):
        return None
    keys = b"\x00".join(pieces[1::2])
    starts: dict[int, str] = {}
    for number in wanted:
        if not isinstance(number, int) or number < 0:
            return None
        for needle in (b"[%d," % number, b"[%d]" % number, b",%d," % number, b",%d]" % number):
            if needle in keys:
                return None  # found in a key, it would not be a list's number
            at = text.find(needle)
            while at >= 0:
                end = text.rfind(b'"', 0, at)  # the key of this list: its closing quote,
                start = text.rfind(b'"', 0, end)  # and its opening one
                if start not in starts:
                    try:
                        starts[start] = text[start + 1 : end].decode("utf-8")
                    except UnicodeDecodeError:
                        return None  # the parser says what is wrong with it
                at = text.find(needle, at + 1)
    return [starts[start] for start in sorted(starts)]
