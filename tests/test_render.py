"""The rendering module: exact output of each format, and CSV formula neutralising."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcmatch.render import neutralise_cell, render

ROWS = [
    {"id": "al-1", "name": "Qendra | Vatra", "languages": ["sq", "it"], "free": 3, "ok": True},
    {"id": "al-2", "name": '=HYPERLINK("x")', "languages": [], "free": None, "ok": False},
]


def test_table() -> None:
    assert render(ROWS, "table") == (
        "id    name             languages    free    ok\n"
        "----  ---------------  -----------  ------  ----\n"
        "al-1  Qendra | Vatra   sq|it        3       yes\n"
        'al-2  =HYPERLINK("x")                       no\n'
    )


def test_csv_neutralises_formulas_only() -> None:
    assert render(ROWS, "csv") == (
        'id,name,languages,free,ok\r\nal-1,Qendra | Vatra,sq|it,3,yes\r\nal-2,"\'=HYPERLINK(""x"")",,,no\r\n'
    )


def test_json_and_jsonl() -> None:
    assert json.loads(render(ROWS, "json")) == ROWS
    lines = render(ROWS, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == ROWS


def test_markdown_escapes_pipes_and_markup() -> None:
    text = render([{"name": "a|b <script>", "note": "[x](javascript:alert(1))"}], "markdown")
    assert text == ("| name | note |\n|---|---|\n| a\\|b \\<script\\> | \\[x\\](javascript:alert(1)) |\n")


def test_empty_table() -> None:
    assert render([], "table") == "(none)\n"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("+355 4 222 333", "+355 4 222 333"),
        ("-19.8", "-19.8"),
        ("+1 (555) 010-0000", "+1 (555) 010-0000"),
        ("=1+2", "'=1+2"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_neutralise_cell(cell: str, expected: str) -> None:
    assert neutralise_cell(cell) == expected


@given(st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), st.text(max_size=20)), max_size=5))
def test_csv_is_always_parseable_and_safe(rows: list[dict[str, str]]) -> None:
    text = render(rows, "csv", columns=["a", "b", "c"])
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert len(parsed) == len(rows) + 1
    for line in parsed[1:]:
        for cell in line:
            assert not cell.startswith(("=", "@"))
