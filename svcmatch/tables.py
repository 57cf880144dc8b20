"""One reader for every user table: CSV, XLSX, ODS, XLS, JSON and JSON lines, from a file or stdin."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import posixpath
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .fileio import (
    MAX_LINE_BYTES,
    RepeatedKey,
    decode_text,
    float_sized_int,
    read_limited,
    read_stream,
    unique_keys,
)
from .model import number_text

#: Every format the reader takes, for --format / --input-format choices.
FORMATS: tuple[str, ...] = ("csv", "xlsx", "ods", "xls", "json", "jsonl")
#: Formats laid out as a grid of cells under a header row (the others hold JSON records).
GRID_FORMATS = frozenset({"csv", "xlsx", "ods", "xls"})
SUFFIXES = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".ods": "ods",
    ".xls": "xls",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
#: The extras are installed from the svcmatch folder, as the README installs them: svcmatch is
#: no package of an index, where `pip install 'svcmatch[xlsx]'` would look (newcomer find 18).
EXTRAS_INSTALL = "install the spreadsheet extras from the svcmatch folder: pip install '.[xlsx,ods]'"
XLSX_HINT = f"{EXTRAS_INSTALL}; or save the sheet as CSV UTF-8"
ODS_HINT = f"{EXTRAS_INSTALL}; or save the sheet as .xlsx or CSV UTF-8"

#: Separators a CSV may use: comma, semicolon (Excel where the decimal mark is a comma), tab.
DELIMITERS = (",", ";", "\t")
#: Single-byte encodings that detection (chardet) chooses among when a text file is not UTF-8:
#: what Excel's plain "CSV" writes in western, central and eastern Europe, Greece, Turkey and
#: where Arabic is written (cp1256: Morocco's offices).
#: Fewer candidates make short files detect right; --encoding reads any other.
SINGLE_BYTE_ENCODINGS = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1256")
#: Those of them for the Latin script, and for Cyrillic, Greek and Arabic (`_script_encodings`).
LATIN_ENCODINGS = ("cp1252", "cp1250", "cp1254")
OTHER_SCRIPT_ENCODINGS = ("cp1251", "cp1253", "cp1256")
#: How much of a streamed text decides its encoding (a file read whole is checked whole).
SAMPLE_BYTES = 64 * 1024
#: Rows searched for the header (a title or notes may stand above it).
HEADER_SEARCH_ROWS = 20

# Bounds for spreadsheets: a small hostile file must not cost minutes or gigabytes.
#: An .xlsx/.ods is a zip: what it may unpack to before anything parses it.
MAX_XLSX_UNPACKED = 512 * 1024 * 1024
#: openpyxl holds the shared strings whole in memory.
MAX_XLSX_SHARED_STRINGS = 64 * 1024 * 1024
#: openpyxl parses styles.xml whole (about 14 times its size in memory); real ones are < 1 MiB.
MAX_XLSX_STYLES = 8 * 1024 * 1024
#: The widest row read: the template has about 40 columns.
MAX_COLUMNS = 256
#: The most rows a spreadsheet may hold (five times the largest directory known).
MAX_ROWS = 500_000
#: Seconds a spreadsheet may take to read before it is refused.
MAX_SECONDS = 120.0
#: Objects and lists a JSON document may hold (braces inside texts are counted too): four for
#: each of MAX_ROWS small records; an export holds about eight for each of some thousands.
MOST_JSON_CONTAINERS = 2_000_000


@dataclass
class TableInfo:
    """What was read, and how: said to the user so that no reading is a silent guess."""

    name: str
    format: str
    encoding: str | None = None
    #: How the encoding was chosen: "byte-order mark", "UTF-8", "detected", "--encoding".
    encoding_source: str = ""
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    #: The workbook's hidden sheets, said as such: one read, or listed, is not on the screen.
    hidden_sheets: tuple[str, ...] = ()
    header_row: int | None = None
    #: A detected encoding's reading of the file's letters beyond ASCII (`letters_read`).
    letters: str = ""
    #: Non-blank rows above the header (a title, notes) that were not read.
    skipped_rows: tuple[int, ...] = ()
    #: Non-blank lines below a Markdown table (an e-mail's greeting) that were not read.
    trailing_rows: tuple[int, ...] = ()
    #: Cells below the header that carry a comment (a workbook's note on a cell), not read.
    comments: tuple[str, ...] = ()
    #: Rows below the header, and named columns ("C (phone)"), hidden in the sheet: read as the
    #: others, and said, since they are not on the screen (an office hides the closed ones).
    hidden_rows: tuple[int, ...] = ()
    hidden_columns: tuple[str, ...] = ()
    #: What the rows are, for messages ("the cases"); the file name when empty.
    what: str = ""

    def describe(self) -> str:
        """One line: "read al.csv: CSV, cp1252 (detected), ';'-separated, header on row 2"."""
        parts = ["Markdown table" if self.format == "markdown" else self.format.upper()]
        if self.encoding:
            shown = encoding_name(self.encoding)
            how = self.encoding_source
            parts.append(f"{shown} ({how})" if how and how != "UTF-8" else shown)
            if self.letters:
                parts.append(self.letters)
        if self.delimiter:
            parts.append({"\t": "tab", ",": "comma", ";": "semicolon"}[self.delimiter] + "-separated")
        if self.sheet is not None:
            others = [
                s + (" (hidden)" if s in self.hidden_sheets else "") for s in self.sheets if s != self.sheet
            ]
            hidden = ", a hidden sheet" if self.sheet in self.hidden_sheets else ""
            parts.append(
                f"sheet {self.sheet!r}{hidden}" + (f" (also: {', '.join(others)})" if others else "")
            )
        if self.header_row is not None:
            above = ""
            if self.skipped_rows:
                rows = ", ".join(str(n) for n in self.skipped_rows)
                above = f" (row{'s' if len(self.skipped_rows) > 1 else ''} {rows} above it not read)"
            parts.append(f"header on row {self.header_row}{above}")
        if self.trailing_rows:
            first, last = self.trailing_rows[0], self.trailing_rows[-1]
            parts.append(f"line{f's {first}-{last}' if last > first else f' {first}'} below it not read")
        if self.comments:
            many = "s" if len(self.comments) > 1 else ""
            shown = ", ".join(self.comments[:10]) + (
                f" and {len(self.comments) - 10} more" if len(self.comments) > 10 else ""
            )
            parts.append(
                f"comment{many} in cell{many} {shown} not read (a comment is no cell's value: "
                "type what matters into the row's cells)"
            )
        if self.hidden_rows or self.hidden_columns:
            parts.append(_hidden_said(self.hidden_rows, self.hidden_columns))
        return f"read {self.name}: {', '.join(parts)}"

    @property
    def is_plain(self) -> bool:
        """True when the reading was exact and needs no saying: UTF-8 text, header on row 1.

        A workbook is never plain: which sheet and which header row were read are always said.
        """
        return (
            self.encoding_source in ("", "UTF-8", "byte-order mark")
            and self.header_row in (None, 1)
            and self.sheet is None
            and self.format != "markdown"
        )


@dataclass(frozen=True, slots=True)
class Row:
    """One row as read: its number in the file, its cells (grids) or record (JSON), or why it is unreadable.

    `number` is the spreadsheet row (the header's row counts) or, for JSON, the record's
    position (JSON list) or line (JSON lines), from 1.
    """

    number: int
    cells: tuple[str, ...] = ()
    record: Any = None
    error: str = ""
    #: The file's last row, and the file ends in it without a line break (a CSV cut off in the
    #: middle of a row: an interrupted copy or download, a full disk).
    unended: bool = False
    #: ... and ends inside a quoted cell, which was never closed.
    open_quote: bool = False
    #: The fix for `error`, where it is not "check the quoting in that row".
    hint: str = ""
    #: For a row whose quoted cell took the rows below into it: those rows' cells, as read.
    taken_in: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class HeaderRule:
    """How to recognise the header row: the known column names, after `normalise`."""

    known: Collection[str]
    normalise: Callable[[str], str]
    #: What the rows are, for a message ("providers", "cases").
    rows: str = "rows"
    #: Whether a cell names a column in an office's own words ('Emri', 'Qyteti'): a header of
    #: such words only is still the header, and its columns are named in the errors (it was
    #: taken for the title above it, whose merged cells or one unknown column were all said).
    names_a_column: Callable[[str], bool] | None = None

    def score(self, cells: Iterable[str]) -> int:
        return sum(1 for cell in cells if cell.strip() and self.normalise(cell) in self.known)

    def score_in_words(self, cells: Iterable[str]) -> int:
        named = self.names_a_column
        return 0 if named is None else sum(1 for cell in cells if cell.strip() and named(cell))


def column_key(cell: str) -> str:
    """A header cell as a column name: "Min age" -> "min_age", "\\ufeffcase-id" -> "case_id"."""
    name = cell.strip().lstrip("\ufeff").strip().strip('"').strip().casefold()
    # any run of white space is one space: a header wrapped in its cell ("Min<Alt+Enter>age"),
    # a non-breaking space copied from a web page, two spaces
    return "_".join(name.split()).replace("-", "_")


class Table:
    """Rows of a user table: `header` (grids), `info` (what was read) and iteration over `Row`s."""

    def __init__(self, info: TableInfo, header: tuple[str, ...] | None, rows: Iterator[Row]) -> None:
        self.info = info
        self.header = header
        self._rows = rows
        self._counter: _Counting | None = None

    def __iter__(self) -> Iterator[Row]:
        return self._rows

    @property
    def bytes_read(self) -> int:
        """How far the reading has got in the input (for a progress bar)."""
        return self._counter.count if self._counter is not None else 0

    @property
    def is_grid(self) -> bool:
        return self.header is not None


# --------------------------------------------------------------------------- entry points


def read_source(source: str | Path, what: str = "input file") -> bytes:
    """A file's bytes ('-' is standard input), bounded, with one-line errors that name the fix."""
    shown = "standard input" if str(source) == "-" else str(source)
    try:
        return read_limited(source, what)
    except FileNotFoundError:
        raise InputError(f"{what} {shown!r} does not exist", "check the file name") from None
    except IsADirectoryError:
        raise InputError(f"{what} {shown!r} is a folder", "give a file (.csv, .xlsx, .ods, .json)") from None
    except (OSError, ValueError) as error:  # ValueError: a closed standard input
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(f"cannot read {shown!r}: {reason}", "check the file and its permissions") from None


def read_text_file(source: str | Path, what: str) -> str:
    """A small text file the user names (weights, a taxonomy map): bounded like every input,
    UTF-8 or UTF-16 with its BOM (fileio.decode_text), with one-line errors that name the fix."""
    data = read_source(source, what)
    try:
        return decode_text(data)
    except UnicodeDecodeError as error:
        shown = "standard input" if str(source) == "-" else str(source)
        raise InputError(
            f"{what} {shown!r} is not UTF-8 text (byte {error.start + 1})", "save it as UTF-8"
        ) from None


def read_json_file(source: str | Path, what: str, hint: str) -> Any:
    """A small JSON file the user names: `read_text_file`, then `load_json`'s refusals (NaN,
    Infinity, lone surrogates, deep nesting, integers too long to read)."""
    shown = "standard input" if str(source) == "-" else str(source)
    return load_json(read_text_file(source, what), f"{what} {shown!r}", hint)


def format_for(name: str, data: bytes = b"", explicit: str | None = None) -> str:
    """The format: given, else from the file name's extension, else from the first bytes."""
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"unknown table format {explicit!r}", f"use one of {', '.join(FORMATS)}")
        return explicit
    suffix = Path(name).suffix.casefold() if name != "-" else ""
    if suffix in SUFFIXES:
        found = SUFFIXES[suffix]
        if found == "json" and _looks_like_json_lines(data):
            return "jsonl"
        return found
    return sniff_format(data)


_WORKBOOKS = ("xlsx", "ods", "xls")


def _refuse_other_kind(shown: str, head: bytes, found: str, forced: bool) -> None:
    """A workbook read as text, or text read as a workbook, because of its name or --format:
    an .xlsx saved as providers.csv was 'mixes encodings: line 1 is UTF-8, line 1 is not', and
    a web page's CSV 'Excel export' named .xls 'not a readable .xls file (CalamineError)'."""
    if not head:
        return
    held = sniff_format(head)
    how = "--format" if forced else "its name"
    if held in _WORKBOOKS and found not in _WORKBOOKS:
        raise InputError(
            f"{shown} holds a workbook ({held}), not {found.upper()} text, as {how} says",
            f"give --format {held}, or leave --format out and name the file .{held}",
        )
    if found in _WORKBOOKS and held not in _WORKBOOKS:
        kind = "csv" if held == "csv" else "json"
        raise InputError(
            f"{shown} holds text, not a workbook ({found}), as {how} says",
            f"give --format {held}, or name the file .{kind}",
        )


def sniff_format(data: bytes) -> str:
    """The format from the first bytes: a zip (xlsx or ods), an OLE file (xls), JSON, else CSV."""
    if data.startswith(b"PK"):
        return "ods" if b"application/vnd.oasis.opendocument.spreadsheet" in data[:200] else "xlsx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-32" if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else "utf-16"
        try:
            head = head.decode(codec, errors="ignore").encode("utf-8")
        except UnicodeError:
            return "csv"
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl" if _looks_like_json_lines(data) else "json"
    return "csv"


def _looks_like_json_lines(data: bytes) -> bool:
    """True when the first line is a whole JSON object ({...}\n{...}); pretty-printed JSON, and
    one line holding the {"providers": [...]} wrapper, are JSON."""
    text = data[:SAMPLE_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"{"):
        return False
    first, _, rest = text.partition(b"\n")
    try:
        value = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return bool(rest.strip()) or not (isinstance(value, dict) and isinstance(value.get("providers"), list))


def read_table(
    data: bytes,
    name: str = "input",
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    header: HeaderRule | None = None,
    what: str = "",
) -> Table:
    """A table from bytes already read (see `open_table`); the encoding is judged on all of them."""
    how = None
    found = format_for(name, data[:SAMPLE_BYTES], fmt)
    _refuse_other_kind(
        "standard input" if name == "-" else Path(name).name, data[:SAMPLE_BYTES], found, bool(fmt)
    )
    if found in ("csv", "jsonl"):
        shown = "standard input" if name == "-" else Path(name).name
        codec, how = choose_encoding(data, shown, encoding, complete=True)
        try:
            data.decode(codec)
        except UnicodeDecodeError as error:
            raise _not_encoded(shown, codec, error.start) from None
        encoding = codec
    table = open_table(
        io.BytesIO(data), name, fmt=fmt, encoding=encoding, sheet=sheet, header=header, what=what
    )
    if how is not None:
        table.info.encoding_source = how
        if how.startswith("detected"):
            table.info.letters = letters_read(data[:SAMPLE_BYTES], str(encoding))
    return table


def open_table(
    stream: IO[bytes],
    name: str = "input",
    *,
    fmt: str | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    header: HeaderRule | None = None,
    what: str = "",
) -> Table:
    """Open a table from a binary stream; CSV and JSON lines are read as they go (bounded memory).

    `name` is the file name shown in messages ('-' for standard input) and, with no `fmt`,
    tells the format by its extension; without one the first bytes do. `encoding` forces the
    text encoding; without it a byte-order mark, then UTF-8, then detection among
    SINGLE_BYTE_ENCODINGS decide, and `info` says which. `sheet` names the sheet of a
    workbook; without it the sheet whose header best fits `header` is read. `header` finds
    the header row among the first rows (a title may stand above it).
    Raises InputError when the table cannot be read at all; a row that cannot be read is a
    Row with `error`.
    """
    shown = "standard input" if name == "-" else Path(name).name
    counter = _Counting(stream)
    head = counter.peek(SAMPLE_BYTES)
    found = format_for(name, head, fmt)
    _refuse_other_kind(shown, head, found, fmt is not None)
    if sheet is not None and found not in ("xlsx", "ods", "xls"):
        raise InputError(f"--sheet applies to workbooks, and {shown} is {found.upper()}", "leave --sheet out")
    if encoding is not None and found in ("xlsx", "ods", "xls"):
        raise InputError(
            f"--encoding applies to CSV and JSON, and {shown} is {found.upper()}", "leave --encoding out"
        )
    if found in ("csv", "jsonl"):
        text, info = _text_stream(counter, shown, found, encoding)
        info.what = what
        table = _csv_table(text, info, header) if found == "csv" else _jsonl_table(text, info)
    else:
        data = read_stream(io.BufferedReader(counter), "input file")
        if found == "json":
            table = _json_table(data, shown, encoding, what)
        elif found == "xlsx":
            table = _grid_table(_XlsxBook(data, shown), shown, found, sheet, header)
        else:
            table = _grid_table(_CalamineBook(data, shown, found), shown, found, sheet, header)
    table._counter = counter
    return table


# --------------------------------------------------------------------------- text and encodings


class _Counting(io.RawIOBase):
    """A binary stream that counts the bytes read through it and can peek at its start."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0
        self._head = b""
        self._offset = 0

    def peek(self, size: int) -> bytes:
        chunks = [self._head]
        have = len(self._head)
        while have < size:
            chunk = self.stream.read(size - have)
            if not chunk:
                break
            chunks.append(chunk)
            have += len(chunk)
        self._head = b"".join(chunks)
        return self._head

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        left = len(self._head) - self._offset
        if left > 0:
            size = min(len(view), left)
            view[:size] = self._head[self._offset : self._offset + size]
            self._offset += size
            if self._offset == len(self._head):
                self._head, self._offset = b"", 0  # the sample is consumed: let it go
        else:
            chunk = self.stream.read(len(view))
            size = len(chunk)
            view[:size] = chunk
        self.count += size
        return size


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str, str]:
    """(text, encoding, how it was chosen) for a whole text file; see `choose_encoding`."""
    chosen, how = choose_encoding(data, name, encoding, complete=True)
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as error:
        raise _not_encoded(name, chosen, error.start) from None
    return text, chosen, how


#: Text codecs of Python's that no file is saved in: 'undefined' decodes nothing; the escape
#: codecs read a cell's `\\u00eb` as ë and a UTF-8 'ë' as 'Ã«', IDNA and Punycode host names.
#: `--encoding unicode_escape` read a table so, exit 0 (seventeenth adversarial pass).
_NO_FILE_ENCODINGS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna"})


def choose_encoding(sample: bytes, name: str, forced: str | None, *, complete: bool) -> tuple[str, str]:
    """(codec, how chosen) for text beginning with `sample`: --encoding, a BOM, UTF-8, else detected.

    `complete` says whether the sample is the whole text (else a character cut at its end is
    not an error).
    """
    if forced:
        try:
            info = codecs.lookup(forced)
        except LookupError:
            info = None
        # rot13, hex, base64, zlib... are codecs of Python's, but no text encodings ('undefined'
        # refuses to decode anything): reading with them was a traceback
        if info is None or not getattr(info, "_is_text_encoding", True) or info.name in _NO_FILE_ENCODINGS:
            what = "an encoding Python knows" if info is None else "a text encoding"
            raise InputError(
                f"--encoding {forced!r} is not {what}",
                "use a name such as utf-8, utf-16, cp1252, cp1251 or latin-1",
            )
        codec = info.name
        if codec == "utf-8":
            codec = "utf-8-sig"  # a BOM is never part of the first column's name
        return codec, "--encoding"
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "byte-order mark"
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        return "utf-32", "byte-order mark"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "byte-order mark"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8-sig", "UTF-8"
    except UnicodeDecodeError as error:
        utf8_error = error.start
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        return utf16, "detected: UTF-16 without a byte-order mark"
    mixed = _utf8_line(sample)
    if mixed is not None:
        raise InputError(
            f"{name} mixes encodings: line {_line_of(sample, mixed)} is UTF-8, "
            f"line {_line_of(sample, utf8_error)} is not (byte {utf8_error + 1}); "
            "read as one encoding, one of them would be garbled",
            "save the whole file again as 'CSV UTF-8 (comma delimited)', "
            "or give --encoding to read it all as one encoding",
        )
    candidates = _script_encodings(sample)
    if _classic_mac_lines(sample) and candidates == LATIN_ENCODINGS:
        return "mac-roman", "detected: lines ended by CR alone, as Excel for Mac's 'CSV (Macintosh)' writes"
    if candidates == LATIN_ENCODINGS and _dos_letters(sample):
        return "cp850", "detected: letters of a DOS code page, as Excel's 'CSV (MS-DOS)' writes"
    import chardet  # lazy: about 80 ms; only a file that is not UTF-8 needs a guess

    found = chardet.detect(  # (its default answer for "no match" must be among those it may give)
        sample, include_encodings=candidates, no_match_encoding=candidates[0], compat_names=False
    )
    codec = codecs.lookup(str(found.get("encoding") or candidates[0])).name
    try:
        sample.decode(codec)
    except UnicodeDecodeError:
        raise _not_encoded(name, "utf-8", utf8_error) from None
    return codec, "detected, not UTF-8"


def _classic_mac_lines(sample: bytes) -> bool:
    """Whether the lines of a text end in CR alone: Excel for Mac's 'CSV (Macintosh)' writes
    them so, in the Mac's own code page, Mac Roman ('Shkodër' was read as cp1250, 'Shkod‘r',
    and refused as no place). Windows' code pages end lines in CR LF, and so does Excel for
    Mac's plain 'CSV', in UTF-8."""
    return b"\r" in sample and b"\n" not in sample


#: The bytes that are a letter in the DOS code page of western Europe (cp850: 0x89 is ë) and
#: punctuation in each Windows one (0x89 is ‰), but for the quotes and dashes that stand
#: between letters there too ("l’enfant", "Shkodër–Tiranë", Catalan "col·lectiu").
_DOS_ONLY_LETTERS = bytes(
    byte
    for byte in range(128, 256)
    if bytes([byte]).decode("cp850").isalpha()
    and not any(bytes([byte]).decode(codec, errors="ignore").isalpha() for codec in LATIN_ENCODINGS)
    and byte not in b"\x91\x92\x96\x97\xb7"
)
_DOS_WORD = re.compile(b"[A-Za-z][" + re.escape(_DOS_ONLY_LETTERS) + b"]+[A-Za-z]")
#: A letter a Windows code page writes from 0xC0 (é, ë, ç, š in cp1250), between letters.
_WINDOWS_WORD = re.compile(rb"[A-Za-z][\xc0-\xff]+[A-Za-z]")


def _dos_letters(sample: bytes) -> bool:
    """Whether the letters beyond ASCII of a single-byte text are those of a DOS code page:
    more of its words hold a byte that only DOS makes a letter ('Shkod\\x89r', Shkodër in
    cp850, was read as cp1250, 'Shkod‰r', and refused as no place) than one that Windows
    writes its accented letters with."""
    return len(_DOS_WORD.findall(sample)) > len(_WINDOWS_WORD.findall(sample))


#: The bytes above 127 that are a letter in one of those code pages (not ° § « € ...).
_LETTER_BYTES = bytes(
    byte
    for byte in range(128, 256)
    if any(bytes([byte]).decode(codec, errors="ignore").isalpha() for codec in SINGLE_BYTE_ENCODINGS)
)
#: A word of two letters or more in a single-byte text, of ASCII letters and those bytes.
_SINGLE_BYTE_WORD = re.compile(b"[A-Za-z" + re.escape(_LETTER_BYTES) + b"]{2,}")


def _script_encodings(sample: bytes) -> tuple[str, ...]:
    """The code pages of the script that the words of a single-byte text are written in.

    Whatever the code page, a byte above 127 is a letter beyond ASCII. A Latin-script word
    holds a few among its ASCII letters ('Città', 'Durrës', 'été'); a Cyrillic, Greek or Arabic
    word is made of them alone. A text with words of three such letters or more, at least one
    for every four words of the other kind, is in one of those scripts: a Ukrainian sheet of
    Latin names and Cyrillic addresses, a Moroccan one of French names and Arabic notes.
    Left to all five western code pages, chardet read a Ukrainian sheet (svcmatch's own export
    saved by Excel as cp1251) as cp1252, and the import stored 'âóë. Ïðèêëàäíà' for 'вул.
    Прикладна'; an Arabic sheet (cp1256) was read as Cyrillic.
    """
    alone = mixed = 0
    for word in _SINGLE_BYTE_WORD.findall(sample[: 4 * SAMPLE_BYTES]):
        if min(word) > 127:
            alone += len(word) >= 3
        elif max(word) > 127:
            mixed += 1
    return OTHER_SCRIPT_ENCODINGS if alone and alone * 4 >= mixed else LATIN_ENCODINGS


#: A character of two to four bytes as UTF-8 writes it: in a file that is not UTF-8, a sign that
#: some of its lines are (a row pasted from elsewhere, a file appended to by two programs).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: A whole line (between line breaks) of ASCII and such characters, holding at least one of them.
_UTF8_LINE = re.compile(
    rb"(?:^|(?<=[\r\n]))(?=[^\r\n]*[\x80-\xff])(?:[\x00-\x09\x0b\x0c\x0e-\x7f]|"
    + _UTF8_SEQUENCE.pattern
    + rb")+(?=[\r\n]|\Z)"
)


def _utf8_line(sample: bytes) -> int | None:
    """Where a line of `sample` that is UTF-8 text, beyond ASCII, begins; None if none is.

    A UTF-8 sequence alone is no proof: in cp1251 a capital letter and the Ukrainian 'і' that
    follows it ('Мі', 'Рі', 'Ні': bytes CC B3) are one, and a Ukrainian sheet with a column
    'Місто' or a town 'Рівне' was refused as mixing encodings, 'line 1 is UTF-8, line 1 is not'.
    A whole line that decodes as UTF-8 is one (a row pasted from elsewhere)."""
    first = _UTF8_SEQUENCE.search(sample)  # (most single-byte files have none: no line to judge)
    if first is None:
        return None
    start = max(sample.rfind(b"\n", 0, first.start()), sample.rfind(b"\r", 0, first.start())) + 1
    found = _UTF8_LINE.search(sample, start)
    return found.start() if found is not None else None


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _utf16_without_bom(sample: bytes) -> str | None:
    """utf-16-le or -be for text whose every other byte is mostly NUL (Latin text written as
    UTF-16 without a byte-order mark), if it decodes as such; else None."""
    pairs = len(sample) // 2
    if pairs < 2 or sample.count(0) < pairs // 2:
        return None
    for codec, zeros, other in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        if zeros.count(0) >= pairs * 0.6 and other.count(0) <= pairs * 0.05:
            try:
                sample[: pairs * 2].decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def encoding_name(codec: str) -> str:
    """A codec as people name it: utf-8-sig -> UTF-8, utf-16 -> UTF-16, cp1252 as is."""
    names = {"utf_8": "UTF-8", "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}
    return names.get(codec, codec)


def _not_encoded(name: str, encoding: str, position: int) -> InputError:
    return InputError(
        f"{name}: byte {position + 1} is not {encoding_name(encoding)} text",
        "save the sheet as 'CSV UTF-8 (comma delimited)', or give its encoding with --encoding",
    )


def _text_stream(counter: _Counting, name: str, fmt: str, forced: str | None) -> tuple[IO[str], TableInfo]:
    sample = counter.peek(SAMPLE_BYTES)
    codec, how = choose_encoding(sample, name, forced, complete=len(sample) < SAMPLE_BYTES)
    buffered = io.BufferedReader(counter, buffer_size=16 * 1024)
    text = io.TextIOWrapper(buffered, encoding=codec, errors="strict", newline="")
    letters = letters_read(sample, codec) if how.startswith("detected") else ""
    return text, TableInfo(name, fmt, encoding=codec, encoding_source=how, letters=letters)


#: A word holding a letter beyond ASCII.
_WIDE_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")


def letters_read(sample: bytes, codec: str, fix: str = "give --encoding {other}") -> str:
    """What a detected encoding made of the file's letters beyond ASCII, for the person to
    judge: "its letters read as 'Città', 'perché' (if they look wrong, give --encoding cp1250)".
    A code page's name tells no one whether 'Città' became 'Cittŕ' (cp1252 read as cp1250):
    the words do. The other encoding named is the other of the western pair (cp1252, cp1250)
    when it reads those bytes otherwise; a Cyrillic or Greek file's words speak for themselves.
    `fix` says what to do then, where --encoding is no option (an HSDS package's table)."""
    text = sample.decode(codec, errors="replace")
    words = list(dict.fromkeys(word[:24] for word in _WIDE_WORD.findall(text)))[:3]
    if not words:
        return ""
    name = codecs.lookup(codec).name
    # the western pair; DOS's of western and central Europe
    other = "cp1250" if name == "cp1252" else "cp852" if name == "cp850" else "cp1252"
    try:
        if name in OTHER_SCRIPT_ENCODINGS or sample.decode(other) == text:
            other = ""  # Cyrillic or Greek; or the same letters either way (ë, é, ç)
    except UnicodeDecodeError:
        other = ""
    said = ", ".join(repr(word) for word in words)
    return f"its letters read as {said}" + (
        f" (if they look wrong, {fix.format(other=other)})" if other else ""
    )


def _lines(text: IO[str], info: TableInfo) -> Iterator[str]:
    """Lines of a text stream (\\n, \\r\\n or an old Mac's \\r), each bounded in length."""
    name, encoding = info.name, info.encoding or "UTF-8"
    number = 0
    while True:
        try:
            line = text.readline(MAX_LINE_BYTES + 1)
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: line {number + 1} or the next is not {encoding_name(encoding)} text",
                "give the file's encoding with --encoding, or save it as CSV UTF-8",
            ) from None
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES:
            raise InputError(
                f"line {number} of {info.what or name} is longer than {MAX_LINE_BYTES // 1024} KiB",
                f"one record a line; check {name}",
            )
        yield line


def sniff_delimiter(lines: Iterable[str]) -> str:
    """The separator that splits the first lines most consistently: comma, semicolon or tab.

    Each candidate parses the lines as CSV (quotes respected); the one whose commonest number of
    cells (more than one) holds on the most lines wins, then the one with more cells. A record
    counts the lines it spans, so that a quoted cell with line breaks does not count against
    the separator that reads it whole. Counting characters alone would take a notes column
    full of "; " for the separator.
    """
    # NUL: Python 3.10's csv refuses it; it says nothing about the separator anyway.
    sample = [line.replace("\x00", "") for line in lines if line.strip()]
    best, best_score = ",", (0, 0, 0)
    for rank, sep in enumerate(DELIMITERS):
        widths: list[int] = []
        spans: list[int] = []
        reader = csv.reader(sample, delimiter=sep)
        try:
            for row in reader:
                spans.append(reader.line_num - sum(spans))
                widths.append(len(row))
        except csv.Error:
            continue
        if not widths:
            continue
        modal = Counter(widths).most_common(1)[0][0]
        lines_fitting = sum(span for width, span in zip(widths, spans, strict=True) if width == modal)
        if modal < 2:
            continue
        score = (lines_fitting, modal, -rank)
        if score > best_score:
            best, best_score = sep, score
    return best


# --------------------------------------------------------------------------- CSV


#: A Unicode noncharacter (kept for a program's internal use, never in text) that carries a NUL
#: through Python 3.10's csv reader.
_NUL_STAND_IN = "\U0010fffe"


def _csv_table(text: IO[str], info: TableInfo, rule: HeaderRule | None) -> Table:
    lines = _lines(text, info)
    first: list[str] = []
    for line in lines:
        first.append(line)
        if len(first) >= HEADER_SEARCH_ROWS:
            break
    info.delimiter = sniff_delimiter(first)

    # whether the last line read ended with a line break, and the lines of the record being
    # read (the reader takes lines only as a record needs them)
    ended: list[bool] = [True]
    record_lines: list[str] = []

    def all_lines() -> Iterator[str]:
        for line in itertools.chain(first, lines):
            ended[0] = line.endswith(("\n", "\r"))
            record_lines.append(line)
            yield line

    source = all_lines()
    if sys.version_info < (3, 11):  # 3.10's csv refuses NUL: read it as later Pythons do
        source = (line.replace("\0", _NUL_STAND_IN) for line in source)
    reader = csv.reader(source, delimiter=info.delimiter, strict=False)

    def rows() -> Iterator[Row]:
        number = 0  # the spreadsheet's row: a quoted newline stays in its row
        held: Row | None = None  # each row is given once the next is read: the last is marked
        last: list[str] = []  # the lines of the row held
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                if held is not None:
                    open_quote = ends_in_a_quote(last, info.delimiter or ",")
                    yield Row(
                        held.number, held.cells, unended=not ended[0] or open_quote, open_quote=open_quote
                    )
                return
            except csv.Error as error:  # e.g. a cell past csv's 128 KiB limit: this row only
                number += 1
                if held is not None:
                    yield held
                    held = None
                yield Row(number, error=f"row cannot be read: {error}")
                continue
            number += 1
            last = record_lines.copy()
            record_lines.clear()
            if len(last) > 1:  # a line break in a quoted cell: Excel writes \r\n in a CSV, \n in a sheet
                cells = [cell.replace("\r\n", "\n") for cell in cells]
            if sys.version_info < (3, 11):
                cells = [cell.replace(_NUL_STAND_IN, "\0") for cell in cells]
            if held is not None:
                yield held
            held = Row(number, tuple(cells))

    return _with_header(info, rows(), rule)


def ends_in_a_quote(lines: list[str], delimiter: str) -> bool:
    """Whether a record's lines end inside a quoted cell that is never closed (the lenient
    reader takes the cell as it is; the strict one says so). A quote inside an unquoted
    cell (`5" wide`) is no open quote."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


# --------------------------------------------------------------------------- Markdown

#: E-mail quote marks before a line of a reply ("> ", ">> ").
_QUOTE_MARKS = re.compile(r"[ \t]*(?:>[ \t]?)*")
#: A Markdown table's separator row: `|---|:---:|`.
_MARKDOWN_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?")
#: A cell boundary: a '|' not escaped as '\|'.
_CELL_BAR = re.compile(r"(?<!\\)\|")


def _unquoted(line: str) -> str:
    return _QUOTE_MARKS.sub("", line, count=1).strip()


def looks_like_markdown(data: bytes) -> bool:
    """Whether text holds a Markdown table: a row of cells between '|' followed by its separator
    row (`|---|---|`), perhaps quoted in an e-mail reply ('> '): a package's reply form, filled
    in and sent back. (No CSV has such a separator row.)"""
    lines = [_unquoted(line) for line in data[:SAMPLE_BYTES].decode("utf-8", "ignore").splitlines()]
    return any(
        _MARKDOWN_RULE.fullmatch(line) and lines[number - 1].startswith("|")
        for number, line in enumerate(lines)
        if number
    )


def markdown_table(data: bytes, name: str, what: str = "") -> Table:
    """The first Markdown table of a text (see `looks_like_markdown`), e-mail quote marks taken
    off. Rows are the text's lines, the header's line counting; lines above the table are said
    as not read, and so are those below it. A line of text between two rows (an e-mail program
    wrapped a long row) is a row error, so that no answer in it is lost without a word."""
    shown = "standard input" if name == "-" else Path(name).name
    text, codec, how = decode_bytes(data, shown)
    info = TableInfo(shown, "markdown", encoding=codec, encoding_source=how, what=what)
    lines = [_unquoted(line) for line in text.splitlines()]
    top = next(
        (
            n
            for n in range(len(lines) - 1)
            if lines[n].startswith("|") and _MARKDOWN_RULE.fullmatch(lines[n + 1])
        ),
        None,
    )
    if top is None:
        raise InputError(
            f"{shown}: no Markdown table found", "give the table with its header row and |---| row"
        )
    info.header_row = top + 1
    info.skipped_rows = tuple(n + 1 for n in range(top) if lines[n])
    # (a line ending in '|' is the wrapped end of a row, even below the last whole row)
    last = max(n for n in range(top, len(lines)) if lines[n].startswith("|") or lines[n].endswith("|"))
    info.trailing_rows = tuple(n + 1 for n in range(last + 1, len(lines)) if lines[n])
    rows = []
    for n in range(top + 2, last + 1):
        if lines[n].startswith("|"):
            rows.append(Row(n + 1, tuple(_markdown_cells(lines[n]))))
        elif lines[n]:
            rows.append(
                Row(
                    n + 1,
                    error=f"{lines[n][:40]!r} is not a row of the table (an e-mail program may have wrapped "
                    "the row above)",
                    hint="join it to the row above, so that each row of the table is on one line",
                )
            )
    return Table(info, tuple(_markdown_cells(lines[top])), iter(rows))


def _markdown_cells(line: str) -> list[str]:
    inner = line.strip().removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_BAR.split(inner)]


# --------------------------------------------------------------------------- JSON


def _json_table(data: bytes, name: str, encoding: str | None, what: str = "") -> Table:
    text, codec, how = decode_bytes(data, name, encoding)
    info = TableInfo(name, "json", encoding=codec, encoding_source=how, what=what)
    if how.startswith("detected"):  # the letters it gave, as for CSV: a code page's name tells no one
        info.letters = letters_read(data[:SAMPLE_BYTES], codec)
    # the hint names what the command reads: a directory's provider records unless told
    document = load_json(
        text, name, f"give a JSON list of {what.removeprefix('the ')}" if what else _RECORDS_HINT
    )
    if isinstance(document, dict) and isinstance(document.get("providers"), list):
        document = document["providers"]
    records = document if isinstance(document, list) else [document]
    return Table(info, None, iter([Row(n, record=r) for n, r in enumerate(records, start=1)]))


def _jsonl_table(text: IO[str], info: TableInfo) -> Table:
    def rows() -> Iterator[Row]:
        for number, line in enumerate(_lines(text, info), start=1):
            if not line.strip():
                continue
            try:
                yield Row(number, record=load_json(line, info.name))
            except InputError as error:
                yield Row(number, error=f"line is not JSON: {_line_problem(error.message, info.name)}")

    return Table(info, None, rows())


def _line_problem(message: str, name: str) -> str:
    """load_json's message about one line of JSON lines, without the file's name (the row says
    the line) and without 'at line 1' (the line's own first line, which misled), with the fix."""
    message = message.removeprefix(f"{name}: ").removeprefix("not valid JSON: ")
    return (
        re.sub(r" at line 1, column (\d+)$", r" at column \1", message)
        + " (write one JSON object on each line)"
    )


_RECORDS_HINT = "give a JSON list of provider records"


def load_json(text: str, name: str, hint: str = _RECORDS_HINT) -> Any:
    """A JSON document, refusing what JSON does not define: NaN, Infinity, lone surrogates.

    Deep nesting and huge integers are one-line InputErrors, not tracebacks; so is a document
    of more than MOST_JSON_CONTAINERS objects and lists (`[{},{},...]`: 50 MiB of them would
    take gigabytes of memory), counted before it is parsed.
    """
    refuse_too_many_containers(text, name)
    try:
        document = json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=unique_keys, parse_int=float_sized_int
        )
    except RepeatedKey as error:
        raise InputError(f"{name}: {error}", "keep one of them: which was meant is not known") from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"{name}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
            hint,
        ) from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply", hint) from None
    except ValueError as error:  # a constant, or an integer past Python's 4,300 digits
        if "integer string conversion" in str(error):
            raise InputError(f"{name}: holds an integer longer than 4,300 digits", hint) from None
        raise InputError(f"{name}: {error}", "give numbers as plain decimals") from None
    _check_strings(document, name)
    return document


def refuse_too_many_containers(text: str, name: str) -> None:
    """Refuse JSON text of more than MOST_JSON_CONTAINERS objects and lists before parsing it."""
    if (containers := text.count("{") + text.count("[")) > MOST_JSON_CONTAINERS:
        raise InputError(
            f"{name}: holds {containers:,} objects and lists, more than {MOST_JSON_CONTAINERS:,} "
            "(a directory of a few thousand providers holds some tens of thousands)",
            "split it into smaller files",
        )


def _refuse_constant(word: str) -> Any:
    raise ValueError(f"{word} is not a number JSON allows")


def _check_strings(value: Any, name: str) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            texts: Iterable[str] = (item,)
        elif isinstance(item, dict):
            texts = item.keys()
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
            continue
        else:
            continue
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise InputError(
                    f"{name}: a string holds a lone UTF-16 surrogate ({text[:20]!r}...)",
                    "write the character itself, or a pair of \\u escapes",
                ) from None


# --------------------------------------------------------------------------- spreadsheets


class _Book:
    """A workbook: its sheet names and the rows of one sheet, as typed values."""

    sheet_names: list[str]

    def rows(self, sheet: str) -> Iterator[list[Any]]:
        raise NotImplementedError

    def merged(self, sheet: str) -> list[tuple[str, int]]:
        """The sheet's merged ranges, each with its last row ("B2:B5", 5)."""
        return []

    def comments(self, sheet: str) -> list[tuple[str, int]]:
        """The sheet's cells that carry a comment, each with its row ("D7", 7)."""
        return []

    def hidden(self) -> tuple[str, ...]:
        """The names of the hidden sheets (until 2026-12-07 a hidden sheet was read, or
        listed, as any other, and nothing said that it is not on the screen)."""
        return ()

    def hidden_cells(self, sheet: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The sheet's hidden rows, and its hidden columns (1 for A), as its XML marks them."""
        return (), ()

    def close(self) -> None:
        """Release the workbook."""


def check_zip(data: bytes, name: str) -> None:
    """Refuse a zip (xlsx, ods) that unpacks to more than a directory can hold, before parsing it."""
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: the reader's own error says so
    total = sum(entry.file_size for entry in entries)
    strings = sum(e.file_size for e in entries if e.filename.endswith("sharedStrings.xml"))
    styles = sum(e.file_size for e in entries if e.filename.endswith("styles.xml"))
    if total > MAX_XLSX_UNPACKED or strings > MAX_XLSX_SHARED_STRINGS:
        raise InputError(
            f"{name}: unpacks to {total // (1024 * 1024)} MiB, more than a directory can hold",
            "save the sheet again from a spreadsheet program, or export it as CSV",
        )
    if styles > MAX_XLSX_STYLES:
        raise InputError(
            f"{name}: its styles part unpacks to {styles // (1024 * 1024)} MiB "
            f"(more than {MAX_XLSX_STYLES // (1024 * 1024)} MiB of cell formats)",
            "clear the formats (select all, Clear Formats) and save again, or save it as CSV",
        )


class _XlsxBook(_Book):
    def __init__(self, data: bytes, name: str) -> None:
        try:
            import openpyxl  # lazy: heavy; only an .xlsx file needs it
        except ImportError:
            raise InputError("reading .xlsx files needs openpyxl", XLSX_HINT) from None
        check_zip(data, name)
        try:
            self.book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise InputError(
                f"{name}: not a readable .xlsx file ({type(error).__name__})",
                "open it in a spreadsheet and save it again as .xlsx",
            ) from None
        self.sheet_names = list(self.book.sheetnames)
        self.data, self.name = data, name

    def rows(self, sheet: str) -> Iterator[list[Any]]:
        worksheet = self.book[sheet]
        uncomputed = _uncomputed_formulas(self.data, getattr(worksheet, "_worksheet_path", ""))
        # The <dimension> tag may be stale (rows lost) or hostile (A1:XFD1048576): ignore it.
        worksheet.reset_dimensions()
        rows = worksheet.iter_rows()
        for number in itertools.count(1):
            try:
                values = [_shown_value(cell) for cell in next(rows)]
            except StopIteration:
                return
            except Exception as error:  # the sheet's XML, read row by row: a DTD's entities (an
                # external one, a billion laughs), a part cut off; openpyxl raises many kinds
                raise InputError(
                    f"{self.name}: sheet {sheet!r} is not readable after row {number - 1} "
                    f"({type(error).__name__}: {str(error)[:80]})",
                    "open it in a spreadsheet and save it again as .xlsx, or save it as CSV",
                ) from None
            if number in uncomputed:
                cell, what, fix = uncomputed[number]
                raise InputError(f"{self.name}: cell {cell} of sheet {sheet!r} {what}", fix)
            yield values

    def merged(self, sheet: str) -> list[tuple[str, int]]:
        return _merged_ranges(self.data, getattr(self.book[sheet], "_worksheet_path", ""))

    def comments(self, sheet: str) -> list[tuple[str, int]]:
        return _commented_cells(self.data, getattr(self.book[sheet], "_worksheet_path", ""))

    def hidden_cells(self, sheet: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return _hidden_rows_and_columns(self.data, getattr(self.book[sheet], "_worksheet_path", ""))

    def hidden(self) -> tuple[str, ...]:
        return tuple(
            n for n in self.sheet_names if getattr(self.book[n], "sheet_state", "visible") != "visible"
        )

    def close(self) -> None:
        self.book.close()


def _shown_value(cell: Any) -> Any:
    """A cell's value, a `Percent` where its number format shows it as one ('0%', '0.00%'; not a
    '%' in quotes or after a backslash, shown as written)."""
    value = cell.value
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return value
    shown = _QUOTED_IN_FORMAT.sub("", getattr(cell, "number_format", None) or "")
    return Percent(value) if "%" in shown else value


#: The literal text of a number format: "..." and a character after a backslash.
_QUOTED_IN_FORMAT = re.compile(r'"[^"]*"|\\.')


#: A merged range of a sheet (`<mergeCell ref="B2:B5"/>`, any namespace prefix).
_MERGE_TAG = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([A-Z]{1,3}\d+):([A-Z]{1,3})(\d+)"')


def _merged_ranges(data: bytes, part: str) -> list[tuple[str, int]]:
    """(range, last row) of each merged range of the sheet, read from its XML in chunks."""
    found: dict[str, int] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part.lstrip("/")) as source:
            tail = b""
            while chunk := source.read(1 << 20):
                for match in _MERGE_TAG.finditer(tail + chunk):
                    found[f"{match[1].decode()}:{match[2].decode()}{match[3].decode()}"] = int(match[3])
                tail = chunk[-200:]
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return []  # openpyxl's own reading says what is wrong with the file
    return sorted(found.items(), key=lambda item: item[1])


#: A row or a column of a sheet's XML (`<row r="7" hidden="1" ...>`, `<col min="3" max="3"
#: hidden="1"/>`), any namespace prefix; and the attributes this reads of them.
_ROW_OR_COLUMN_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|col)\s([^>]*)>")
_ATTRIBUTE = re.compile(rb'\b(r|min|max|hidden)="([^"]*)"')
#: The most columns a hidden range names (Excel hides A:XFD's unused columns as one range).
_MOST_COLUMNS = 256


def _hidden_rows_and_columns(data: bytes, part: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The numbers of the sheet's hidden rows and columns (a row hidden by hand or by a filter),
    read from its XML in chunks; openpyxl's read-only reading gives every row alike."""
    rows: set[int] = set()
    columns: set[int] = set()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part.lstrip("/")) as source:
            tail = b""
            while chunk := source.read(1 << 20):
                for match in _ROW_OR_COLUMN_TAG.finditer(tail + chunk):
                    found = dict(_ATTRIBUTE.findall(match[2]))
                    if found.get(b"hidden") not in (b"1", b"true"):
                        continue
                    if match[1] == b"row" and found.get(b"r", b"").isdigit():
                        rows.add(int(found[b"r"]))
                    elif match[1] == b"col" and found.get(b"min", b"").isdigit():
                        first = int(found[b"min"])
                        last = int(found[b"max"]) if found.get(b"max", b"").isdigit() else first
                        columns.update(range(first, min(last, _MOST_COLUMNS) + 1))
                tail = chunk[-300:]
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return (), ()  # openpyxl's own reading says what is wrong with the file
    return tuple(sorted(rows)), tuple(sorted(columns))


def column_letters(index: int) -> str:
    """A workbook's column by its letters: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _hidden_said(rows: tuple[int, ...], columns: tuple[str, ...]) -> str:
    """'rows 7, 9 and hidden column C (phone) hidden in the sheet, read as the others (...)'."""
    said = []
    if rows:
        shown = ", ".join(map(str, rows[:10])) + (f" and {len(rows) - 10} more" if len(rows) > 10 else "")
        said.append(f"row{'s' if len(rows) > 1 else ''} {shown}")
    if columns:
        said.append(f"column{'s' if len(columns) > 1 else ''} {', '.join(columns)}")
    return (
        f"{' and '.join(said)} hidden in the sheet, read as the others (unhide them to see what is "
        "read; delete a row or column that should not be)"
    )


#: A comment of a sheet's comments part (`<comment ref="D7" ...>`, any namespace prefix).
_COMMENT_TAG = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?comment\s[^>]*?ref="([A-Z]{1,3})(\d+)"')
#: The relationship of a sheet to its comments part, and where that part is.
_COMMENTS_REL = re.compile(rb'<Relationship\s[^>]*?Type="[^"]*/comments"[^>]*>')
_TARGET = re.compile(rb'Target="([^"]+)"')


def _commented_cells(data: bytes, part: str) -> list[tuple[str, int]]:
    """(cell, row) of each cell of the sheet that carries a comment (Excel's and LibreOffice's
    notes, kept in the comments part the sheet's relationships name), read in chunks."""
    folder, _, file = part.lstrip("/").rpartition("/")
    found: dict[str, int] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            rels = archive.read(f"{folder}/_rels/{file}.rels")[: 1 << 20]
            relation = _COMMENTS_REL.search(rels)
            target = _TARGET.search(relation[0]) if relation else None
            if target is None:
                return []
            name = target[1].decode("utf-8", "replace")
            name = name.lstrip("/") if name.startswith("/") else posixpath.normpath(f"{folder}/{name}")
            with archive.open(name) as source:
                tail = b""
                while chunk := source.read(1 << 20):
                    for match in _COMMENT_TAG.finditer(tail + chunk):
                        found[f"{match[1].decode()}{match[2].decode()}"] = int(match[2])
                    tail = chunk[-200:]
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return []  # no comments part, or openpyxl's own reading says what is wrong with the file
    return sorted(found.items(), key=lambda item: (item[1], len(item[0]), item[0]))


#: A cell's formula element (`<f>`, `<f t="shared" ...>`, `<x:f>`), as no other tag of a sheet is
#: named (conditional formats and validations hold `<formula>`, `<formula1>`).
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")


def _uncomputed_formulas(data: bytes, part: str) -> dict[int, tuple[str, str, str]]:
    """Row number -> (cell, what is wrong, fix) of the sheet's first formula cell with no saved
    value, or whose saved value is an error (`#N/A`, `#REF!`: a lookup that failed).

    openpyxl reads the first (a workbook written by a script: openpyxl saves no values) as
    blank, which would clear a field or lift a restriction (a region to avoid, the
    confidential flag) without a word, and the second as its text, which would replace a
    focal point or a phone with `#N/A`. A saved value, even an empty text, is read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part.lstrip("/")) as source:
            tail = b""
            while chunk := source.read(1 << 20):
                if _FORMULA_TAG.search(tail + chunk):
                    break
                tail = chunk[-64:]
            else:
                return {}
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return {}  # openpyxl's own reading says what is wrong with the file
    from openpyxl.xml.functions import iterparse  # lazy: openpyxl's own (safe) parser of the part

    found: dict[int, tuple[str, str, str]] = {}
    try:
        _find_uncomputed(data, part, iterparse, found)
    except (SyntaxError, ValueError):  # xml's ParseError: the rows' reading says it, one line
        return found
    return found


def _find_uncomputed(data: bytes, part: str, iterparse: Any, found: dict[int, tuple[str, str, str]]) -> None:
    number = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(part.lstrip("/")) as source:
        for _event, element in iterparse(source):
            if element.tag.rpartition("}")[2] != "row":
                continue
            given = element.get("r", "")
            number = int(given) if given.isdigit() else number + 1
            for cell in element:
                parts = {child.tag.rpartition("}")[2]: child for child in cell}
                where = cell.get("r") or f"in row {number}"
                formula = "=" + (parts["f"].text or "") if "f" in parts else ""
                if formula and _unsaved(parts.get("v"), cell.get("t", "n")):
                    found.setdefault(number, (where, _UNSAVED.format(formula[:60]), _UNSAVED_FIX))
                elif cell.get("t") == "e" and "v" in parts:
                    error = (parts["v"].text or "")[:20]
                    found.setdefault(number, (where, _FAILED.format(error, formula[:60]), _FAILED_FIX))
            element.clear()


_UNSAVED = "holds a formula ({!r}) whose value was never saved, so it would read as blank"
_UNSAVED_FIX = (
    "open the file in a spreadsheet program and save it (the values are computed and saved), "
    "or paste the cells as values"
)
_FAILED = "holds the error {} (of a formula {!r} that failed), which would be stored as text"
_FAILED_FIX = "correct the formula or type the value, and save again"


def _unsaved(value: Any, kind: str) -> bool:
    """A formula's saved value is missing: no `<v>`, or an empty one where only a text may be
    empty (openpyxl writes `<v/>` in a number cell; a formula giving "" is `t="str"`)."""
    if value is None:
        return kind != "inlineStr"
    return not (value.text or "") and kind not in ("str", "s", "inlineStr")


#: The tags of an .ods's content that place a cell (LibreOffice and odfpy write these prefixes).
_ODS_TAG = re.compile(
    r'<(table:table|table:table-row|table:table-cell|table:covered-table-cell)(?=[\s/>])((?:[^>"]|"[^"]*")*)'
)
_ODS_ATTRIBUTE = re.compile(r'([\w:.-]+)\s*=\s*"([^"]*)"')


@dataclass
class _OdsSheet:
    """What calamine does not say of an .ods sheet: its first formula cell without a value type
    (read as blank, as openpyxl reads an .xlsx formula never computed: `_uncomputed_formulas`),
    and its merged ranges (only the first cell holds the value), each with its last row."""

    formula: tuple[int, str] | None = None
    merged: list[tuple[str, int]] = field(default_factory=list)
    #: The cells whose value type is a percentage, as (first row, last row, first column, last
    #: column) in the XML's order (1 for A): a span, not each cell, as a row repeated holds many
    percentages: list[tuple[int, int, int, int]] = field(default_factory=list)


def _ods_sheet(data: bytes, sheet: str) -> _OdsSheet:
    found = _OdsSheet()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as source:
            content = source.read()
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return found  # calamine's own reading says what is wrong with the file
    if b"table:formula=" not in content and b"-spanned=" not in content and _ODS_PERCENT not in content:
        return found
    current, row, following, column = None, 0, 1, 0
    for match in _ODS_TAG.finditer(content.decode("utf-8", "replace")):
        tag, attributes = match.group(1), dict(_ODS_ATTRIBUTE.findall(match.group(2)))
        if tag == "table:table":
            current, row, following = _xml_text(attributes.get("table:name", "")), 0, 1
        elif tag == "table:table-row":
            repeated = attributes.get("table:number-rows-repeated", "1")
            row, following = following, following + (int(repeated) if repeated.isdigit() else 1)
            column = 0
        elif current == sheet:
            column += 1
            if (
                found.formula is None
                and "table:formula" in attributes
                and "office:value-type" not in attributes
            ):
                found.formula = row, _xml_text(attributes["table:formula"])
            rows = attributes.get("table:number-rows-spanned", "1")
            columns = attributes.get("table:number-columns-spanned", "1")
            height, width = (int(n) if n.isdigit() else 1 for n in (rows, columns))
            if height > 1 or width > 1:
                cells = f"{_letters(column)}{row}:{_letters(column + width - 1)}{row + height - 1}"
                found.merged.append((cells, row + height - 1))
            repeated = attributes.get("table:number-columns-repeated", "1")
            width = int(repeated) if repeated.isdigit() else 1
            if attributes.get("office:value-type") == "percentage":
                found.percentages.append((row, following - 1, column, column + width - 1))
            column += width - 1
    return found


#: An .ods cell whose value is a percentage (`office:value-type="percentage"`).
_ODS_PERCENT = b'value-type="percentage"'


def _letters(column: int) -> str:
    """A column's letters as spreadsheets write them (1 -> A, 27 -> AA)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _xml_text(value: str) -> str:
    """An attribute's text with XML's five entities read (a sheet name may hold & or ')."""
    for entity, character in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        value = value.replace(entity, character)
    return value


class _CalamineBook(_Book):
    """.ods and .xls through python-calamine (the optional `ods` extra)."""

    def __init__(self, data: bytes, name: str, fmt: str) -> None:
        try:
            from python_calamine import CalamineWorkbook  # lazy: optional (the `ods` extra)
        except ImportError:
            raise InputError(f"reading .{fmt} files needs python-calamine", ODS_HINT) from None
        if fmt == "ods":
            check_zip(data, name)
        try:
            self.book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception as error:  # calamine's errors are of its own kinds
            raise InputError(
                f"{name}: not a readable .{fmt} file ({type(error).__name__})",
                "open it in a spreadsheet and save it again",
            ) from None
        self.sheet_names = list(self.book.sheet_names)
        self.data, self.name, self.fmt = data, name, fmt

    def merged(self, sheet: str) -> list[tuple[str, int]]:
        return _ods_sheet(self.data, sheet).merged if self.fmt == "ods" else []

    def rows(self, sheet: str) -> Iterator[list[Any]]:
        ods = _ods_sheet(self.data, sheet) if self.fmt == "ods" else _OdsSheet()
        if found_formula := ods.formula:
            row, formula = found_formula
            raise InputError(
                f"{self.name}: row {row} of sheet {sheet!r} holds a formula ({formula[:60]!r}) "
                "whose value was never saved, so it would read as blank",
                "open the file in a spreadsheet program and save it (the values are computed "
                "and saved), or paste the cells as values",
            )
        try:
            found = self.book.get_sheet_by_name(sheet)
            first_column = found.start[1] if found.start else 0  # calamine leaves out empty columns
            yield from _with_percentages(found.iter_rows(), ods.percentages, first_column)
        except InputError:
            raise
        except Exception as error:
            raise InputError(
                f"sheet {sheet!r} cannot be read ({type(error).__name__}: {error})",
                "open it in a spreadsheet and save it again",
            ) from None


def _with_percentages(
    rows: Iterable[list[Any]], spans: list[tuple[int, int, int, int]], first_column: int
) -> Iterator[list[Any]]:
    """The rows of an .ods sheet (from its first, its columns from `first_column`, 0 for A), each
    number of a percentage cell (`_OdsSheet.percentages`) a `Percent`."""
    waiting, active = iter(spans), []
    span = next(waiting, None)
    for number, row in enumerate(rows, start=1):
        values = list(row)
        while span is not None and span[0] <= number:
            active.append(span)
            span = next(waiting, None)
        active = [each for each in active if each[1] >= number]
        for _first_row, _last_row, first, last in active:
            for index in range(max(first - 1 - first_column, 0), min(last - first_column, len(values))):
                values[index] = percent_of(values[index])
        yield values


def _bounded(book: _Book, sheet: str, name: str) -> Iterator[Row]:
    """The sheet's rows as text cells, refusing what is too wide, too long or too slow."""
    deadline = time.monotonic() + MAX_SECONDS
    for number, values in enumerate(book.rows(sheet), start=1):
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise InputError(
                f"{name}: row {number} of sheet {sheet!r} has a value in column {len(values)}; "
                f"a table is read up to column {MAX_COLUMNS}",
                "delete the far columns, or copy the providers into a new sheet",
            )
        if number > MAX_ROWS and values:
            raise InputError(
                f"{name}: sheet {sheet!r} has more than {MAX_ROWS:,} rows",
                "split it into smaller files, or delete the empty rows at its end",
            )
        if number % 1000 == 0 and time.monotonic() > deadline:
            raise InputError(
                f"{name}: reading sheet {sheet!r} took more than {MAX_SECONDS:.0f} s (row {number})",
                "save it again as CSV UTF-8 and import that",
            )
        yield Row(number, tuple(cell_text(value) for value in values))


class Percent(float):
    """A number cell shown as a percentage: 0.18 that the sheet shows as 18% (a column formatted
    as percent, where typing 18 gives 18%). Its text is what the sheet shows, as a CSV saved from
    it holds: a whole number's column refused '0.18', a number the office never saw."""


def percent_of(value: Any) -> Any:
    """A number as a `Percent`; any other value as it is."""
    return Percent(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def cell_text(value: Any) -> str:
    """A typed spreadsheet cell as the text a CSV would hold (dates as YYYY-MM-DD, a percentage
    as the sheet shows it, 18%)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Percent):
        return number_text(round(value * 100, 9)) + "%"
    if isinstance(value, (int, float)):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def _grid_table(book: _Book, name: str, fmt: str, sheet: str | None, rule: HeaderRule | None) -> Table:
    names = book.sheet_names
    if not names:
        book.close()
        raise InputError(f"{name}: the workbook has no sheets", "save it again from a spreadsheet")
    if sheet is not None:
        chosen = _named_sheet(names, sheet, name, book)
    elif len(names) == 1:
        chosen = names[0]
    else:
        chosen = _best_sheet(book, names, name, rule)
    info = TableInfo(name, fmt, sheet=chosen, sheets=tuple(names), hidden_sheets=book.hidden())

    merged = book.merged(chosen)

    def rows() -> Iterator[Row]:
        try:
            yield from _bounded(book, chosen, name)
        finally:
            book.close()

    commented = book.comments(chosen)
    hidden_rows, hidden_columns = book.hidden_cells(chosen)
    table = _with_header(info, rows(), rule)
    if info.header_row is not None:
        info.comments = tuple(cell for cell, row in commented if row > info.header_row)
        info.hidden_rows = tuple(row for row in hidden_rows if row > info.header_row)
        header = table.header or ()
        info.hidden_columns = tuple(
            f"{column_letters(number - 1)} ({header[number - 1].strip()})"
            for number in hidden_columns
            if number <= len(header) and header[number - 1].strip()
        )
    for cells, last_row in merged:
        found = re.match(r"[A-Za-z]*(\d+)", cells)
        first_row = int(found[1]) if found else 0
        if info.header_row is not None and first_row <= info.header_row <= last_row:
            # a group's name over its columns ('Contact' over phone and e-mail, named a row below)
            raise InputError(
                f"{name}: cells {cells} of sheet {chosen!r} are merged in the header (row "
                f"{info.header_row}): one name over several columns leaves the others unnamed",
                "unmerge them (Format, Merge cells, Unmerge) and give each column its own name in "
                "that one header row (the template's names: docs/spreadsheets.md)",
            )
        if info.header_row is not None and last_row >= info.header_row:
            raise InputError(
                f"{name}: cells {cells} of sheet {chosen!r} are merged: only the first holds the "
                "value, and the others would read as blank (a field cleared, a restriction lifted)",
                "unmerge them (Format, Merge cells, Unmerge) and give each row its own value",
            )
    return table


def _named_sheet(names: list[str], sheet: str, name: str, book: _Book) -> str:
    if sheet in names:
        return sheet
    folded = [n for n in names if n.casefold() == sheet.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    book.close()
    raise InputError(f"{name} has no sheet {sheet!r}", f"its sheets are: {', '.join(names)}")


def _best_sheet(book: _Book, names: list[str], name: str, rule: HeaderRule | None) -> str:
    """The sheet whose header names most known columns; "providers" wins a tie, then the first."""
    if rule is None:
        return names[0]
    scores: dict[str, int] = {}
    for sheet in names:
        best = 0
        for count, row in enumerate(_bounded(book, sheet, name)):
            if count >= HEADER_SEARCH_ROWS:
                break
            best = max(best, rule.score(row.cells))
        scores[sheet] = best
    chosen = max(names, key=lambda s: (scores[s], s.casefold() == "providers", -names.index(s)))
    # another sheet with a header of its own (a sheet per region, as offices keep them): its
    # rows would be left out, said only as "(also: ...)"; which to read is the user's to say
    alike = [s for s in names if scores[s] >= _ALIKE_SCORE and 2 * scores[s] >= scores[chosen]]
    if len(alike) > 1:
        book.close()
        raise InputError(
            f"{name} holds {rule.rows} on {len(alike)} sheets ({', '.join(alike)}), and one sheet "
            "is read at a time",
            "give --sheet NAME, for each sheet in turn",
        )
    return chosen


#: Known columns a sheet's header names for it to hold a table of its own (a "Lists" sheet of
#: allowed values names one or two).
_ALIKE_SCORE = 3


def _with_header(info: TableInfo, rows: Iterator[Row], rule: HeaderRule | None) -> Table:
    """Find the header among the first rows; the rows above it are said, not read."""
    first: list[Row] = []
    for row in rows:
        if row.error or any(cell.strip() for cell in row.cells):
            first.append(row)
        if len(first) >= HEADER_SEARCH_ROWS:
            break
    readable = [row for row in first if not row.error]
    if not readable:
        if first:
            raise InputError(f"{info.name}: the header row cannot be read: {first[0].error}", "check quoting")
        raise InputError(f"{info.name}: the table is empty", "the first row must name the columns")
    header = readable[0]
    if rule is not None:
        best = max(rule.score(row.cells) for row in readable)
        if best:
            header = next(row for row in readable if rule.score(row.cells) == best)
        else:  # no row names a template column: the one in the office's own words, if any
            best = max(rule.score_in_words(row.cells) for row in readable)
            if best >= _ALIKE_SCORE:
                header = next(row for row in readable if rule.score_in_words(row.cells) == best)
    info.header_row = header.number
    info.skipped_rows = tuple(row.number for row in first if row.number < header.number)

    def rest() -> Iterator[Row]:
        for row in itertools.chain((row for row in first if row.number > header.number), rows):
            swallowed = _rows_in_a_cell(row, header.cells, info.delimiter)
            if swallowed is not None:
                yield swallowed
            elif row.unended and (row.open_quote or len(row.cells) < len(header.cells)):
                yield _cut_off(row, len(header.cells))
            else:
                yield row

    return Table(info, header.cells, rest())


def _line_cells(line: str, delimiter: str) -> list[str]:
    """The cells of one line of a cell, read as a row; none where the csv module cannot read it
    (a carriage return inside it, '\r0': that was a traceback of `batch` on a stray quote)."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _rows_in_a_cell(row: Row, header: tuple[str, ...], delimiter: str | None) -> Row | None:
    """A CSV row one of whose quoted cells holds lines shaped as rows of the table (as many
    cells as the header, or more), as a row that cannot be read: a stray double quote in that
    cell took the rows below into it, up to the next quote or the end of the file. Read as it
    is, those cases were missing from the results without a word, and the row itself failed
    for a cell it never had (batch user pass 2, session sixteen). A line break in a note
    (Excel's Alt+Enter) leaves lines of a cell or two: read as they are."""
    width = len(header)
    if delimiter is None or width < 3 or not any("\n" in cell for cell in row.cells):
        return None
    for index, cell in enumerate(row.cells):
        if "\n" not in cell:
            continue
        parsed = [_line_cells(line, delimiter) for line in cell.split("\n")[1:]]
        if not any(len(cells) >= width for cells in parsed):
            continue
        # Once one line is a whole row, the shorter ones are rows too: a row that leaves out its
        # trailing empty cells (as exports do), or the last one, which the closing quote cut
        # (`A5,AL,Korce,"shelter, doctor",...`: its quote closed the stray one). They were
        # named nowhere and lost without a word (batch screen, session twenty-nine).
        least = max(2, width // 2)
        taken_in = tuple(tuple(cells) for cells in parsed if len(cells) >= least)
        shaped = len(taken_in)
        column = header[index] if index < width and header[index].strip() else f"column {index + 1}"
        where = f"the {column} cell of row {row.number}"
        return Row(
            row.number,
            row.cells,
            error=f"its {column} cell holds {shaped} {'line' if shaped == 1 else 'lines'} that read as rows "
            "of their own: a double quote opened in that cell is closed only further down (or never), "
            "so the rows below it were read into that one cell, not as rows",
            hint=f'remove the stray " from {where}, or close it where the cell ends; '
            "then read the file again",
            taken_in=taken_in,
        )
    return None


def _cut_off(row: Row, width: int) -> Row:
    """The last row of a CSV that ends in the middle of it, as a row that cannot be read: its
    missing cells would read as blank (import clears what they hold, a batch case avoids
    nothing), its open quote's cell would be stored cut."""
    what = (
        "inside a quoted cell that is never closed"
        if row.open_quote
        else f"with {len(row.cells)} of the header's {width} cells and no line break"
    )
    return Row(
        row.number,
        row.cells,
        error=f"the file ends in row {row.number} {what}: it looks cut off (a copy or download "
        "interrupted), and reading it would store a cut value or take its missing cells for blank",
        hint="get the whole file again; if that row is complete, close its quote or end it with a line break",
    )
