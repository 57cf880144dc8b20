"""`svcmatch match`: rank the providers that can take one person, need by need, and explain why."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import click

from .case_options import case_from_options, case_options, load_weights, say_readings, weights_option
from .common import AppContext, emit, format_option, handle_errors, open_directory, output_option, pass_app

if TYPE_CHECKING:
    from ..matching import MatchResult

#: The table fits a terminal this wide.
TABLE_WIDTH = 100
_TABLE_COLUMNS = ("need", "#", "provider", "km", "score", "why (! = watch out)")
_MARKDOWN_COLUMNS = (
    "need",
    "rank",
    "plan",
    "name",
    "id",
    "distance_km",
    "score",
    "reasons",
    "warnings",
    "phone",
    "email",
    "note",
)


@click.command()
@case_options
@weights_option
@click.option("--explain-excluded", is_flag=True, help="List near misses and the rule that excluded each.")
@click.option(
    "--today",
    metavar="DATE",
    help="Judge how fresh records are on this date (YYYY-MM-DD) "
    "instead of today, for outputs that can be reproduced.",
)
@format_option(("table", "json", "jsonl", "markdown", "csv"))
@output_option
@pass_app
@handle_errors
def match(
    app: AppContext,
    case_values: dict[str, Any],
    weights_file: str | None,
    explain_excluded: bool,
    today: str | None,
    fmt: str,
    output: str | None,
) -> None:
    """Rank the providers that can take one person, for each need, with the reasons.

    Hard rules (status, eligibility, coverage, --max-km, avoided regions and providers) are
    never broken; the plan (* in the table) picks one provider per need, preferring one place
    for several needs. A confidential shelter's address never appears; its distance is rounded.

    \b
    Examples:
      svcmatch match --country AL --to Shkoder --needs shelter,doctor --sex female --age 24
      svcmatch match --case case.json --language it --format json -o match.json
    """
    from ..matching import match as run_match
    from ..model import parse_date

    case = case_from_options(case_values)
    weights = load_weights(weights_file)
    on = parse_date(today, "--today") if today else None
    directory = open_directory(app, case.country)
    result = run_match(case, directory, weights=weights, today=on, explain_excluded=explain_excluded)
    say_readings(result.readings)
    emit(render_match(result, fmt), output)


def render_match(result: MatchResult, fmt: str) -> str:
    """The result in one of table, json, markdown, csv."""
    from ..matching import ROW_COLUMNS
    from ..render import render

    if fmt == "json":
        return render([], "json", document=result.to_json())
    if fmt in ("csv", "jsonl"):
        return render(result.rows(), fmt, columns=ROW_COLUMNS)
    if fmt == "markdown":
        return render(_markdown_rows(result), "markdown", columns=_MARKDOWN_COLUMNS)
    return _table(result) + _table_footer(result)


def _table(result: MatchResult) -> str:
    """The table, its notes column narrowed until every line fits TABLE_WIDTH."""
    note_width = 40
    while True:
        text = layout_table(table_rows(result, note_width), _TABLE_COLUMNS)
        widest = max(len(line) for line in text.splitlines())
        if widest <= TABLE_WIDTH or note_width <= 20:
            return text
        note_width -= widest - TABLE_WIDTH


def layout_table(rows: list[dict[str, str]], columns: tuple[str, ...]) -> str:
    """The layout of render's tables (tabulate's "simple"), without importing tabulate, which
    costs a quarter of `match`'s start-up budget: columns as wide as their longest cell or
    their header plus 2, two spaces apart, a dashed rule under the header."""
    cells = [[str(row.get(column, "")).strip() for column in columns] for row in rows]
    widths = [max([len(header) + 2, *(len(line[i]) for line in cells)]) for i, header in enumerate(columns)]
    lines = [list(columns), ["-" * width for width in widths], *cells]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() + "\n"
        for line in lines
    )


def _markdown_rows(result: MatchResult) -> list[dict[str, Any]]:
    rows = result.rows()
    for row in rows:
        row["plan"] = "yes" if row["plan"] else ""
    return rows


def table_rows(result: MatchResult, note_width: int = 40) -> list[dict[str, str]]:
    """Rows of the terminal table, with the notes wrapped to `note_width` characters."""
    name_width = 26
    chosen = {(step.need, step.id) for step in result.plan}
    rows: list[dict[str, str]] = []
    for need, matches in result.needs.items():
        for m in matches:
            km = "" if m.distance_km is None else f"{'~' if m.distance_coarse else ''}{m.distance_km:.0f}"
            notes = [*m.reasons, *("! " + w for w in m.warnings)]
            mark = "*" if (need, m.id) in chosen else ""
            first = {
                "need": need if m.rank == 1 else "",
                "#": f"{m.rank}{mark}",
                "provider": _clip(m.name, name_width),
                "km": km,
                "score": f"{m.score:.2f}",
            }
            rows.extend(_wrapped(first, "; ".join(notes), note_width))
    for need in result.unmet:
        first = {"need": need, "#": "-", "provider": "(none can take this person)", "km": "", "score": ""}
        rows.extend(_wrapped(first, result.unmet_reasons.get(need, ""), note_width))
    return rows


def _wrapped(first: dict[str, str], notes: str, width: int) -> list[dict[str, str]]:
    lines = textwrap.wrap(notes, width) or [""]
    blank = dict.fromkeys(first, "")
    return [{**(first if i == 0 else blank), _TABLE_COLUMNS[-1]: line} for i, line in enumerate(lines)]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table_footer(result: MatchResult) -> str:
    info = result.directory
    source = f"{info.path or info.country}{' (SAMPLE data)' if info.sample else ''}"
    lines = [
        "",
        f"To {result.destination.name} ({result.destination.region_name}, {result.destination.region}); "
        f"* = plan; ~ = rounded distance (confidential address); as of {result.today.isoformat()}",
        f"Directory: {source}",
    ]
    text = "\n".join(textwrap.shorten(line, TABLE_WIDTH, placeholder="…") if line else line for line in lines)
    return text + "\n" + "".join(line + "\n" for line in readings_lines(result))


def readings_lines(result: MatchResult) -> list[str]:
    """Under the table: each input read other than exactly, and the other places of an
    ambiguous destination, wrapped (never cut)."""
    lines = [f"Readings: {r.sentence()}" for r in result.readings]
    dest = result.destination
    if dest.ambiguous and dest.alternatives:
        others = "; ".join(f"{name} ({code} {region})" for name, code, region in dest.alternatives)
        lines.append(f"'{dest.query}' is ambiguous: took {dest.name} ({dest.region}); others: {others}")
    return [part for line in lines for part in textwrap.wrap(line, TABLE_WIDTH, subsequent_indent="  ")]
