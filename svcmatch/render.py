"""Every output format of svcmatch: table, JSON, JSON lines, CSV and Markdown.

Commands hand a list of flat rows (dicts) or a JSON document to `render`; they never branch
on the format themselves.
"""

from __future__ import annotations

import functools
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from .characters import INVISIBLE, SELECTORS, part_of_text

FORMATS = ("table", "json", "jsonl", "csv", "markdown")

#: First characters that make a spreadsheet treat a cell as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    """Prefix a quote to cells a spreadsheet would run as a formula (CSV injection).

    A phone number ('+355 4 123 456') or a negative number ('-19.8') is data, not a formula,
    and is left as it is. A NUL becomes U+FFFD: it is never data, and Python 3.10's csv
    cannot write it, so every Python writes the same bytes. Every other character a terminal
    acts on or does not show (ESC, a lone CR, bidi controls, `characters.INVISIBLE`) is shown
    as `visible` shows it: a CSV printed to a terminal is not obeyed; a line break and a tab
    stay, for multi-line notes.
    """
    text = text.replace("\0", "\ufffd")
    # (isprintable: one C scan, most cells; a variation selector is printable, never ASCII)
    if not (text.isascii() and text.isprintable()) and re.search(_CSV_CONTROL, text):
        text = re.sub(_CSV_CONTROL, _shown, text)
    if not text or not text.startswith(_FORMULA_STARTS):
        return text
    if _looks_like_number(text):
        return text
    return "'" + text


def _looks_like_number(text: str) -> bool:
    body = text[1:] if text[0] in "+-" else text
    digits = body.replace(" ", "").replace("(", "").replace(")", "").replace("-", "").replace(".", "")
    return bool(body) and digits.isdigit()


#: What JSON leaves raw but a terminal acts on or does not show (DEL and C1 controls, bidi
#: marks, overrides and isolates, characters.INVISIBLE), as ranges of code points, and as the
#: \\u escapes that JSON writes for them.
_TERMINAL_ACTIVE = (
    (0x7F, 0x9F),
    (0xAD, 0xAD),
    (0x34F, 0x34F),
    (0x61C, 0x61C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2069),
    (0x3164, 0x3164),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF9, 0xFFFB),
)
_JSON_ESCAPES = {code: f"\\u{code:04x}" for low, high in _TERMINAL_ACTIVE for code in range(low, high + 1)}
#: Any of those characters: most documents hold none, and a search is cheaper than a translate.
_JSON_ESCAPED = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _TERMINAL_ACTIVE) + "]")


#: What JSON leaves raw beyond _JSON_ESCAPES: a variation selector where it chooses no glyph
#: (`characters.selects`), the invisible characters beyond U+FFFF (tag characters).
_UNSEEN = f"[{INVISIBLE}{SELECTORS}]"  # a text: compiled on first use (a cold match needs it not)


def json_safe(text: str) -> str:
    """JSON text with what a terminal would act on (C1 controls, bidi controls) as \\u escapes:
    the same JSON, that no terminal or viewer shows reordered."""
    if text.isascii() and "\x7f" not in text:
        return text  # two scans in C, several times faster than the search (DEL is the one ASCII)
    if _JSON_ESCAPED.search(text):
        text = text.translate(_JSON_ESCAPES)
    if max(text) < "\u180b":  # Latin, Cyrillic, Arabic...: no selector or unseen character beyond
        return text
    return re.sub(_UNSEEN, _json_unseen, text) if re.search(_UNSEEN, text) else text


def _json_unseen(found: re.Match[str]) -> str:
    """An invisible character or variation selector as JSON escapes it (a pair of \\u escapes
    beyond U+FFFF), unless it is part of the text (an emoji's selector)."""
    if part_of_text(found.string, found.start()):
        return found.group()
    code = ord(found.group()) - 0x10000
    if code < 0:
        return f"\\u{code + 0x10000:04x}"
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def to_json(document: Any) -> str:
    """Pretty, deterministic JSON (UTF-8 text, keys in the order given)."""
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2, default=str)) + "\n"


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return "|".join(cell_text(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else repr(value)
    return str(value)


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """CSV with a header row, neutralised formula cells, CRLF line ends as RFC 4180 says."""
    rows = list(rows)
    columns = list(columns) if columns is not None else _columns(rows)
    import csv  # lazy: about 0.6 ms of every start, for the CSV format only

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise_cell(cell_text(row.get(c))) for c in columns])
    return buffer.getvalue()


def jsonl_text(rows: Iterable[Any]) -> str:
    return "".join(json_safe(json.dumps(row, ensure_ascii=False, default=str)) + "\n" for row in rows)


#: A table is never laid out narrower than this; a narrower terminal wraps its lines.
MIN_TABLE_WIDTH = 80
#: A long text takes at most this many lines of its cell (columns in `Layout.whole` take more).
MAX_CELL_LINES = 3
#: The narrowest a wrapped text column gets.
MIN_TEXT_WIDTH = 8

#: Columns that hold an id, a code or a time: never cut, never wrapped, in any table.
ID_COLUMNS = frozenset({"id", "provider", "code", "region", "case_id", "phone", "time"})
#: Columns whose text is what the table is for: wrapped on as many lines as they need, never cut.
WHOLE_COLUMNS = frozenset({"synonyms", "value", "message", "fix", "old", "new"})
#: Columns a narrow terminal does without, least useful first (they stay in csv, json, markdown).
DROP_ORDER = (
    "population",
    "score",
    "longitude",
    "latitude",
    "region_name",
    "email",
    "author",
    "change",
    "action",
    "focal_point",
    "city",
    "verified_on",
    "days",
    "status",
    "kind",
    "categories",
    "name",
)

#: Characters that would act on a terminal rather than show: C0 and C1 controls, DEL, the
#: bidirectional overrides and isolates that reorder what is shown ("Trojan source"), and the
#: characters that show as nothing (characters.INVISIBLE: a zero-width space hides a word).
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069{INVISIBLE}{SELECTORS}]")
_SHOWN_AS = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e"}
#: What a CSV cell shows as `visible` does: the same but for a line break (also CRLF) and a tab.
#: A text that `re` compiles on first use (a cell that holds one): compiling it took about
#: 0.4 ms of every cold `match` (thirteenth pass, docs/benchmarks.md).
_CSV_CONTROL = (
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069{INVISIBLE}{SELECTORS}]|\r(?!\n)"
)


def visible(text: str) -> str:
    """Text with every control character shown as an escape (ESC as '\\e', CR as '\\r',
    others as '\\xNN' or '\\uNNNN'), so directory text cannot move the cursor, rewrite a line,
    set the clipboard (OSC 52) or reorder what a terminal shows."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_shown, text)


def _shown(found: re.Match[str]) -> str:
    char = found.group()
    if part_of_text(found.string, found.start()):
        return char  # a Persian word's non-joiner, an emoji's selector: part of the text
    if char in _SHOWN_AS:
        return _SHOWN_AS[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def one_line(text: str) -> str:
    """A cell's text on one line: line breaks and tabs as spaces, other controls visible."""
    return visible(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))


class Layout(NamedTuple):
    """How a table gives way to a narrow terminal. The defaults read the column names."""

    ids: frozenset[str] = ID_COLUMNS
    whole: frozenset[str] = WHOLE_COLUMNS
    drop: tuple[str, ...] = DROP_ORDER


#: What a table without a layout of its own does: the defaults above.
DEFAULT_LAYOUT = Layout()


def table_text(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    width: int | None = None,
    layout: Layout = DEFAULT_LAYOUT,
) -> str:
    """A plain-text table: a header, a dashed rule, columns two spaces apart. With `width`,
    the table is laid out to fit it: long texts wrap (up to MAX_CELL_LINES lines, cut with '…'
    beyond), the widest text columns narrow first, then the gap between columns shrinks, then
    the least useful columns are left out, and a last line names them. Ids are never cut or
    wrapped. Without `width`, every value is shown in full on one line. Widths are display
    widths (`display_width`)."""
    rows = list(rows)
    if not rows:
        return "(none)\n"
    fit = _fit(rows, columns, width, layout)
    text = _lines(list(fit.widths), fit.cells, fit.widths, fit.gap, layout, MAX_CELL_LINES)
    if fit.dropped:
        note = f"(left out to fit {width} columns: {', '.join(fit.dropped)}; --format csv shows every column)"
        text += "".join(line + "\n" for line in wrap(note, width or 0))
    return text


def cut_cells(
    rows: Iterable[Mapping[str, Any]],
    column: str,
    columns: Sequence[str],
    width: int | None,
    layout: Layout = DEFAULT_LAYOUT,
) -> list[str | None]:
    """For each row, what `table_text` (same arguments) shows of its `column` when it cuts
    it with '…' (its lines joined by spaces, without the '…'; "" when it leaves the column
    out), else None: so that a caller can show elsewhere what was cut."""
    rows = list(rows)
    if not rows:
        return []
    fit = _fit(rows, columns, width, layout)
    if column not in fit.widths:
        return ["" if text else None for text in fit.cells[column]]
    if column in layout.ids or column in layout.whole:
        return [None for _ in rows]  # never cut
    shown: list[str | None] = []
    for text in fit.cells[column]:
        size = fit.widths[column]
        cut = len(wrap(text, size, breaks=CELL_BREAKS)) > MAX_CELL_LINES
        shown.append(" ".join(_wrapped(text, size, column, layout, MAX_CELL_LINES))[:-1] if cut else None)
    return shown


class _Fit(NamedTuple):
    widths: dict[str, int]  # the columns kept, in order, and their widths
    cells: dict[str, list[str]]  # every column's texts, one line each
    gap: int
    dropped: list[str]


def _fit(
    rows: list[Mapping[str, Any]], columns: Sequence[str] | None, width: int | None, layout: Layout
) -> _Fit:
    """How a table of `rows` fits `width`: which columns it keeps, how wide, how far apart."""
    columns = list(columns) if columns is not None else _columns(rows)
    cells = {c: [one_line(cell_text(row.get(c))) for row in rows] for c in columns}
    longest = {c: max(display_width(text) for text in cells[c]) for c in columns}
    natural = {c: max(len(c) + 2, longest[c]) for c in columns}
    if width is None or _total(natural, 2) <= width:
        return _Fit(natural, cells, 2, [])
    widths = {c: max(len(c), longest[c]) for c in columns}  # no padding: the gap separates
    word = {c: max(display_width(w) for text in cells[c] for w in [*text.split(), ""]) for c in columns}
    least = {c: _least_width(c, widths[c], word[c], layout) for c in columns}
    comfortable = {c: _comfortable_width(widths[c], least[c], c in layout.whole) for c in columns}
    kept, dropped, gap = list(columns), [], 2
    for name in layout.drop:
        if _total({c: comfortable[c] for c in kept}, gap) <= width:
            break
        if name in kept and len(kept) > 1:
            kept.remove(name)
            dropped.append(name)
    if _total({c: comfortable[c] for c in kept}, gap) > width:
        gap = 1  # a tight table beats a cut one
    widths = {c: widths[c] for c in kept}
    while _total(widths, gap) > width:
        narrowable = [c for c in kept if widths[c] > least[c]]
        if not narrowable:
            break  # ids wider than the terminal: the terminal wraps them, nothing is cut
        widths[max(narrowable, key=lambda c: widths[c])] -= 1
    return _Fit(widths, cells, gap, dropped)


#: A column whose values are at most this long is never wrapped (dates, counts, statuses).
SHORT_VALUES = 12
#: A text column this wide reads well, however long its values (they wrap or are cut).
COMFORTABLE_TEXT = 24
#: A word longer than this may be broken when its column narrows.
LONG_WORD = 10


def _least_width(column: str, tight: int, longest_word: int, layout: Layout) -> int:
    """The narrowest a column may get: ids and short values never wrap; a text column keeps
    its words whole up to SHORT_VALUES characters."""
    if column in layout.ids or tight <= SHORT_VALUES:
        return tight
    return max(len(column), MIN_TEXT_WIDTH, min(longest_word, LONG_WORD))


def _comfortable_width(tight: int, least: int, whole: bool) -> int:
    """The width at which a text column still reads well: its longest value on about
    MAX_CELL_LINES lines (a column of whole texts: on twice as many)."""
    if least == tight:
        return tight
    lines = MAX_CELL_LINES * 2 if whole else MAX_CELL_LINES
    return min(tight, max(least, min(-(-tight // lines) + 2, COMFORTABLE_TEXT)))


def _total(widths: Mapping[str, int], gap: int) -> int:
    return sum(widths.values()) + gap * max(0, len(widths) - 1)


def _lines(
    columns: Sequence[str],
    cells: Mapping[str, Sequence[str]],
    widths: Mapping[str, int],
    gap: int,
    layout: Layout,
    max_lines: int,
) -> str:
    """Header, dashed rule and rows; a row whose cells wrap takes several lines."""
    space = " " * gap
    out = [
        space.join(pad(c, widths[c]) for c in columns).rstrip(),
        space.join("-" * widths[c] for c in columns),
    ]
    for index in range(len(cells[columns[0]]) if columns else 0):
        parts = [_wrapped(cells[c][index], widths[c], c, layout, max_lines) for c in columns]
        for line in range(max(len(p) for p in parts)):
            out.append(
                space.join(
                    pad(p[line] if line < len(p) else "", widths[c])
                    for p, c in zip(parts, columns, strict=True)
                ).rstrip()
            )
    return "\n".join(out) + "\n"


def _wrapped(text: str, width: int, column: str, layout: Layout, max_lines: int) -> list[str]:
    if column in layout.ids or display_width(text) <= width:
        return [text]
    lines = wrap(text, width, breaks=CELL_BREAKS) or [""]
    if column in layout.whole or len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    kept[-1] = (_prefix(last, width - 1) if display_width(last) >= width else last) + "…"
    return kept


# --------------------------------------------------------------------------- display width


def display_width(text: str) -> int:
    """The columns a text takes on a terminal: East Asian wide and full-width characters take
    two, combining marks (Arabic vowel signs, accents typed apart) and invisible format
    characters take none, every other character one."""
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


@functools.cache  # a table asks about the same few letters (ë, ç, ...) again and again
def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def pad(text: str, width: int) -> str:
    """`text` and spaces to fill `width` display columns (str.ljust counts characters)."""
    return text + " " * (width - display_width(text))


def _prefix(text: str, width: int) -> str:
    """The longest start of `text` that fits `width` columns (at least one character)."""
    used = 0
    for end, char in enumerate(text):
        used += _char_width(char)
        if used > width:
            return text[: max(end, 1)]
    return text


#: Where prose wraps: at spaces (patterns that `re` compiles on first use: only a terminal's
#: width wraps).
SPACES = r"(\s+)"
#: Where a table cell wraps: at spaces, after the '|' that joins a list's items
#: ('shelter|legal') and after the '_' of a field name ('verified_' 'on').
CELL_BREAKS = r"(\s+|(?<=[|_]))"


def wrap(text: str, width: int, first: str = "", rest: str = "", *, breaks: str = SPACES) -> list[str]:
    """`text` in lines of at most `width` display columns, the first starting with `first`,
    the others with `rest` (indents). Lines break where `breaks` matches; a word longer than
    a line is broken (the terminal would break it anyway, with no indent)."""
    lines: list[str] = []
    line, used, started, space = first, display_width(first), False, False
    for piece in re.split(breaks, text):
        if not piece:
            continue
        if piece.isspace():
            space = started
            continue
        size = display_width(piece)
        if started and used + space + size > width:
            lines.append(line)
            line, used, started, space = rest, display_width(rest), False, False
        while not started and used + size > width and width > used:
            head = _prefix(piece, width - used)
            lines.append(line + head)
            line, used = rest, display_width(rest)
            piece = piece[len(head) :]
            size = display_width(piece)
        line += " " * space + piece
        used += space + size
        started, space = True, False
    if started or not lines:
        lines.append(line)
    return lines


def markdown_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    rows = list(rows)
    columns = list(columns) if columns is not None else _columns(rows)
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        cells = [_markdown_cell(cell_text(row.get(c))) for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _markdown_cell(text: str) -> str:
    escaped = one_line(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
    for ch in "<>*_`[]":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns


def render(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    document: Any = None,
    *,
    width: int | None = None,
    layout: Layout = DEFAULT_LAYOUT,
) -> str:
    """Render rows in one of FORMATS. `document` (when given) is what JSON prints instead of
    the rows, for commands whose JSON is richer than their table. A table fits `width`
    (the command line passes the terminal's); without it every value is shown whole."""
    rows = list(rows)
    if fmt == "json":
        return to_json(document if document is not None else rows)
    if fmt == "jsonl":
        return jsonl_text(rows)
    if fmt == "csv":
        return csv_text(rows, columns)
    if fmt == "markdown":
        return markdown_text(rows, columns)
    if fmt == "table":
        return table_text(rows, columns, width, layout)
    raise ValueError(f"unknown format {fmt!r}")
