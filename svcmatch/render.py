"""Every output format of svcmatch: table, JSON, JSON lines, CSV and Markdown.

Commands hand a list of flat rows (dicts) or a JSON document to `render`; they never branch
on the format themselves.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv", "markdown")

#: First characters that make a spreadsheet treat a cell as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    """Prefix a quote to cells a spreadsheet would run as a formula (CSV injection).

    A phone number ('+355 4 123 456') or a negative number ('-19.8') is data, not a formula,
    and is left as it is.
    """
    if not text or not text.startswith(_FORMULA_STARTS):
        return text
    if _looks_like_number(text):
        return text
    return "'" + text


def _looks_like_number(text: str) -> bool:
    body = text[1:] if text[0] in "+-" else text
    digits = body.replace(" ", "").replace("(", "").replace(")", "").replace("-", "").replace(".", "")
    return bool(body) and digits.isdigit()


def to_json(document: Any) -> str:
    """Pretty, deterministic JSON (UTF-8 text, keys in the order given)."""
    return json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"


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
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise_cell(cell_text(row.get(c))) for c in columns])
    return buffer.getvalue()


def jsonl_text(rows: Iterable[Any]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)


def table_text(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None, max_width: int | None = 40
) -> str:
    from tabulate import tabulate

    rows = list(rows)
    columns = list(columns) if columns is not None else _columns(rows)
    if not rows:
        return "(none)\n"
    body = [[_clip(cell_text(row.get(c)), max_width) for c in columns] for row in rows]
    return tabulate(body, headers=columns, tablefmt="simple", disable_numparse=True) + "\n"


def markdown_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    rows = list(rows)
    columns = list(columns) if columns is not None else _columns(rows)
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        cells = [_markdown_cell(cell_text(row.get(c))) for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _markdown_cell(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
    for ch in "<>*_`[]":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped


def _clip(text: str, width: int | None) -> str:
    text = text.replace("\n", " ")
    if width is None or len(text) <= width:
        return text
    return text[: width - 1] + "…"


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns


def render(
    rows: Iterable[Mapping[str, Any]], fmt: str, columns: Sequence[str] | None = None, document: Any = None
) -> str:
    """Render rows in one of FORMATS. `document` (when given) is what JSON prints instead of
    the rows, for commands whose JSON is richer than their table."""
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
        return table_text(rows, columns)
    raise ValueError(f"unknown format {fmt!r}")
