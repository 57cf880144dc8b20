"""A warning ('!') of a `match` result is never lost to a terminal's width: the table cuts a
result's reasons to three lines, and whatever warning the cut hides is written whole under the
table (session twenty-eight: at 80 columns the README's first command showed '! a…' for "a
confidential shelter where the person does not stay ..." and '! capacit…')."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from svcmatch.cli import main

README_CASE = [
    "match",
    "--country",
    "AL",
    "--to",
    "Shkodra",
    "--needs",
    "shelter, doctor, lawyer",
    "--sex",
    "female",
    "--age",
    "24",
    "--language",
    "sq",
    "--language",
    "it",
    "--today",
    "2026-12-07",
]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _run(*args: str, columns: str | None) -> str:
    result = CliRunner().invoke(main, [*README_CASE, *args], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    return result.stdout


def _seen(table: str) -> tuple[str, str]:
    """What the table's 'why' column shows (its lines read down the column, squeezed), and
    what is written under the table."""
    lines = table.split("\n")
    start = lines[0].index("why (")
    column, end = [], len(lines)
    for index, line in enumerate(lines[2:], start=2):
        if not line.strip() or line.startswith("("):
            end = index
            break
        column.append(line[start:])
    return _squeezed(" ".join(column)), "\n".join(lines[end:])


@pytest.mark.parametrize("columns", ["80", "90", "100", "120", "160"])
def test_every_warning_is_shown_whole_at_any_width(columns: str) -> None:
    document = json.loads(_run("--format", "json", columns=None))
    results = [(need, r) for need, rs in document["needs"].items() for r in rs]
    assert any(r["warnings"] for _, r in results)  # the sample case has warnings to lose
    in_cells, below = _seen(_run(columns=columns))
    for need, r in results:
        for warning in r["warnings"]:
            listed = f"{need} {r['rank']} {r['id']}: ! " in below and _squeezed(warning) in _squeezed(below)
            assert _squeezed(f"! {warning}") in in_cells or listed, (columns, r["id"], warning)


def test_at_80_columns_the_cut_warnings_are_listed_under_the_table() -> None:
    table = _run(columns="80")
    in_cells, below = _seen(table)
    assert "Cut above to fit 80 columns" in below
    assert "shelter 2 al-exa-d378: ! capacity unknown: 1 free place as of October 2026" in below
    assert _squeezed("! capacity unknown: 1 free place as of October 2026") not in in_cells
    # a warning the cell shows whole is not repeated
    assert _squeezed("! capacity unknown;") in in_cells
    assert "shelter 1 al-shk-ae62" not in below


def test_a_pipe_shows_every_value_whole_and_no_such_list() -> None:
    table = _run(columns=None)
    assert "Cut above" not in table
    assert "…" not in table
