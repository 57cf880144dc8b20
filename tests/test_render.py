"""The rendering module: exact output of each format, and CSV formula neutralising."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from svcmatch.cli import main
from svcmatch.render import display_width, neutralise_cell, render, visible, wrap
from svcmatch.storage import DirectoryStore, bundled_root, load_directory
from svcmatch.taxonomy import NEEDS

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


# --------------------------------------------------------------------------- terminal width

LONG_NAME = "Qendra Kombëtare për Mbështetjen e Viktimave të Trafikimit dhe Riintegrimin e Tyre Tiranë"
LONG_ID = "al-tir-qendra-kombetare-a1b2"


@pytest.fixture(scope="module")
def wide_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Albanian sample's records in a directory of its own, one record with a long name
    and a long id, and a history."""
    root = tmp_path_factory.mktemp("width") / "dirs"
    sample = load_directory("AL", bundled_root())
    store = DirectoryStore("AL", root)
    store.create(title="Albania, width test")
    with store.transaction(author="setup", action="import") as transaction:
        for provider in sample.providers:
            transaction.put(provider)
        first = sample.providers[0]
        transaction.put(dataclasses.replace(first, id=LONG_ID, name=LONG_NAME, notes="x " * 300))
    with store.transaction(author="a person with a rather long name", action="edit") as transaction:
        provider = transaction.get(LONG_ID)
        assert provider is not None
        transaction.put(dataclasses.replace(provider, phone="+355 4 000 1111", notes="y " * 200))
    return root


#: Every table command, and the column whose values are ids that must show whole.
TABLE_COMMANDS: list[tuple[list[str], str]] = [
    (["needs"], "code"),
    (["directory", "list", "AL"], "id"),
    (["directory", "show", "AL", LONG_ID], ""),
    (["directory", "stats", "AL"], ""),
    (["directory", "history", "AL"], "provider"),
    (["directory", "stale", "AL", "--older-than", "1d"], "id"),
    (["directory", "validate", "AL", "--format", "table"], "provider"),
    (["coverage", "AL"], "region"),
    (["locate", "Ivanivka", "--country", "UA"], "region"),
]


def _run_table(root: Path, args: list[str], columns: str | None) -> str:
    result = CliRunner().invoke(
        main, ["--directories", str(root), *args], env={"COLUMNS": columns}, catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize(
    ("args", "id_column"), TABLE_COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, list) else v
)
def test_tables_fit_the_terminal_and_never_cut_an_id(
    wide_root: Path, args: list[str], id_column: str, width: int
) -> None:
    text = _run_table(wide_root, args, str(width))
    assert text.strip()
    too_long = [line for line in text.splitlines() if len(line) > width]
    assert not too_long, f"{len(too_long[0])} > {width}: {too_long[0]!r}"
    if id_column:
        table_args = [a for a in args if a not in ("--format", "table")]
        rows = [
            json.loads(line)
            for line in _run_table(wide_root, [*table_args, "--format", "jsonl"], None).splitlines()
        ]
        ids = {str(row[id_column]) for row in rows if row.get(id_column)}
        assert ids
        words = set(text.split())
        assert ids <= words, sorted(ids - words)[:5]


#: `match` on each sample country, with several needs, near misses, and the destination in
#: its own script (Cyrillic, Arabic): the readings and notes under the table must fit too.
MATCH_CASES: dict[str, list[str]] = {
    "AL": ["--to", "Шкодра", "--needs", "shelter,doctor,lawyer,counselling,livelihood"],
    "MA": ["--to", "الدار البيضاء", "--needs", "shelter,legal,medical,psychosocial"],
    "UA": ["--to", "Мелітополь", "--needs", "shelter,psychosocial,legal,vocational_training"],
}


def _match_case(country: str) -> list[str]:
    """A case for a sample country: the one above, else the town of its first provider."""
    if country in MATCH_CASES:
        return MATCH_CASES[country]
    directory = load_directory(country, bundled_root())
    town = next(p.city for p in directory.providers if p.city)
    return ["--to", town, "--needs", "shelter,medical,legal,psychosocial"]


SAMPLE_COUNTRIES = sorted(path.stem.upper() for path in bundled_root().glob("??.json"))


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize("country", SAMPLE_COUNTRIES)
def test_match_fits_the_terminal_and_never_cuts_an_id(country: str, width: int) -> None:
    args = [
        "--directories",
        str(bundled_root()),
        "match",
        "--country",
        country,
        *_match_case(country),
        "--sex",
        "female",
        "--age",
        "30",
        "--explain-excluded",
    ]
    shown = CliRunner().invoke(main, args, env={"COLUMNS": str(width)}, catch_exceptions=False)
    assert shown.exit_code == 0, shown.output
    printed = [*shown.stdout.splitlines(), *shown.stderr.splitlines()]  # all the person sees
    too_long = [line for line in printed if display_width(line) > width]
    assert not too_long, f"{display_width(too_long[0])} > {width}: {too_long[0]!r}"
    document = json.loads(
        CliRunner().invoke(main, [*args, "--format", "json"], catch_exceptions=False).stdout
    )
    ids = {m["id"] for matches in document["needs"].values() for m in matches}
    ids |= {m["id"] for misses in document["near_misses"].values() for m in misses}
    assert len(ids) >= 3 and document["near_misses"]
    assert ids <= set(shown.stdout.split()), sorted(ids - set(shown.stdout.split()))


def test_match_piped_keeps_every_value_whole() -> None:
    args = ["--directories", str(bundled_root()), "match", "--country", "UA", *MATCH_CASES["UA"]]
    shown = CliRunner().invoke(main, [*args, "--explain-excluded"], env={"COLUMNS": None})
    assert shown.exit_code == 0, shown.output
    document = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).stdout)
    assert "…" not in shown.stdout
    for matches in document["needs"].values():
        for m in matches:
            assert m["name"] in shown.stdout and m["reasons"][0] in shown.stdout


@pytest.mark.parametrize(
    ("text", "width"),
    [("Shkodër", 7), ("Shkode\u0308r", 7), ("الدار البيضاء", 13), ("مُسَاعَدَة", 6), ("東京都", 6), ("", 0)],
)
def test_display_width_counts_terminal_columns(text: str, width: int) -> None:
    assert display_width(text) == width


def test_wrap_measures_wide_characters_and_never_cuts_a_word_that_fits() -> None:
    lines = wrap("東京都 東京都 東京都 ua-exa-7521 x", 15, "  ", "    ")
    assert lines == ["  東京都 東京都", "    東京都", "    ua-exa-7521", "    x"]
    assert all(display_width(line) <= 15 for line in lines)
    assert wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"]  # longer than a line: broken


def test_a_wide_terminal_shows_whole_values(wide_root: Path) -> None:
    shown = _run_table(wide_root, ["directory", "show", "AL", LONG_ID], "200")
    assert LONG_NAME in shown
    assert "…" not in _run_table(wide_root, ["directory", "list", "AL"], "200")


def test_piped_output_keeps_full_values(wide_root: Path) -> None:
    text = _run_table(wide_root, ["directory", "list", "AL"], None)
    assert LONG_NAME in text and "…" not in text
    assert max(len(line) for line in text.splitlines()) > 120


def test_needs_never_cuts_its_synonyms() -> None:
    text = _run_table(Path("."), ["needs"], "80")
    words = set(text.replace(",", " ").split())
    for need in NEEDS:
        for synonym in need.synonyms:
            assert set(synonym.split()) <= words, synonym


ROWS_WIDE = [
    {"id": "al-x-0001", "name": "A name " * 20, "city": "Tiranë", "status": "active", "score": 0.5},
    {
        "id": "al-x-0002-a-very-long-identifier",
        "name": "short",
        "city": "Durrës",
        "status": "closed",
        "score": 1,
    },
]


def test_table_layout_wraps_long_text_on_three_lines_and_drops_the_least_useful() -> None:
    text = render(ROWS_WIDE, "table", width=70)
    lines = text.splitlines()
    assert all(len(line) <= 70 for line in lines)
    assert "al-x-0002-a-very-long-identifier" in text
    assert "score" not in lines[0]  # the least useful column went first
    assert "(left out to fit 70 columns: score" in text and "name" in lines[0]
    first_row = [line for line in lines[2:] if line.startswith("al-x-0001")]
    continued = lines[lines.index(first_row[0]) + 1 : lines.index(first_row[0]) + 3]
    assert all(line.startswith(" ") for line in continued)
    assert "…" in continued[-1]


def test_table_without_width_keeps_every_value_whole() -> None:
    text = render(ROWS_WIDE, "table", width=None)
    assert ("A name " * 20).strip() in text and "score" in text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("evil\x1b]52;c;ZWNobyBoaQ==\x07", "evil\\e]52;c;ZWNobyBoaQ==\\x07"),
        ("ok\rfake line", "ok\\rfake line"),
        ("csi \x9b2J", "csi \\x9b2J"),
        ("rtl \u202eexe.txt", "rtl \\u202eexe.txt"),
        ("plain Shkodër", "plain Shkodër"),
    ],
)
def test_control_characters_are_made_visible(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    table = render([{"id": "x", "name": raw}], "table", width=None)
    markdown = render([{"id": "x", "name": raw}], "markdown")
    for text in (table, markdown):
        assert not any(ch in text for ch in "\x1b\r\x07\x9b\u202e")
    assert "\x9b" not in render([{"name": raw}], "json") and "\u202e" not in render([{"name": raw}], "jsonl")


@given(st.text(max_size=60))
def test_visible_text_holds_no_control_character(text: str) -> None:
    assert not any(unicodedata.category(ch) == "Cc" for ch in visible(text))


def test_csv_writes_a_nul_as_the_replacement_character() -> None:
    # Python 3.10's csv cannot write NUL; every Python writes the same bytes.
    assert render([{"a": "x\0y"}], "csv", columns=["a"]) == "a\r\nx\ufffdy\r\n"
