"""`svcmatch match`: rank the providers that can take one person, need by need, and explain why."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import click

from .case_options import case_from_options, case_options, load_weights, say_readings, weights_option
from .common import (
    AppContext,
    emit,
    format_option,
    handle_errors,
    open_directory,
    output_option,
    pass_app,
    terminal_width,
)

if TYPE_CHECKING:
    from ..matching import MatchResult

#: The table fits a terminal this wide when the width is not known (COLUMNS, the terminal).
TABLE_WIDTH = 100
#: The table is laid out for at least this many columns (its notes need room).
MIN_WIDTH = 80
#: A result never takes more than this many lines of the table.
MAX_LINES = 3
_TABLE_COLUMNS = ("need", "#", "id", "provider", "km", "score", "why (! = watch out)")
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
    emit(render_match(result, fmt, None if output else terminal_width()), output)


def render_match(result: MatchResult, fmt: str, width: int | None = None) -> str:
    """The result in one of table, json, markdown, csv (the table fits `width` columns: the
    terminal's, as common.terminal_width finds it, else TABLE_WIDTH)."""
    from ..matching import ROW_COLUMNS
    from ..render import render

    if fmt == "json":
        return render([], "json", document=result.to_json())
    if fmt in ("csv", "jsonl"):
        return render(result.rows(), fmt, columns=ROW_COLUMNS)
    if fmt == "markdown":
        return render(_markdown_rows(result), "markdown", columns=_MARKDOWN_COLUMNS) + _markdown_warnings(
            result
        )
    width = max(width or TABLE_WIDTH, MIN_WIDTH)
    return _table(result, width) + _table_notes(result, width) + _table_footer(result, width)


def _table(result: MatchResult, width: int) -> str:
    """The table, its notes column as wide as the other columns leave (each result in at most
    MAX_LINES lines: the notes are cut with … beyond that); on a narrow terminal the
    provider names are clipped first."""
    from ..render import plain_table

    name_width = 24 if width >= 90 else 16
    fixed = plain_table(table_rows(result, 1, name_width), _TABLE_COLUMNS[:-1])
    used = max(len(line) for line in fixed.splitlines()) + 2
    note_width = max(width - used, len(_TABLE_COLUMNS[-1]) + 2, 16)
    return plain_table(table_rows(result, note_width, name_width), _TABLE_COLUMNS)


def layout_table(rows: list[dict[str, str]], columns: tuple[str, ...]) -> str:
    """render.plain_table (kept for callers of the old name)."""
    from ..render import plain_table

    return plain_table(rows, columns)


def _markdown_rows(result: MatchResult) -> list[dict[str, Any]]:
    rows = result.rows()
    for row in rows:
        row["plan"] = "yes" if row["plan"] else ""
    return rows


def _markdown_warnings(result: MatchResult) -> str:
    from ..render import markdown_text

    if not result.warnings:
        return ""
    return "\n" + markdown_text([{"warnings": w} for w in result.warnings], ["warnings"])


def table_rows(result: MatchResult, note_width: int = 40, name_width: int = 24) -> list[dict[str, str]]:
    """Rows of the terminal table, with the notes wrapped to `note_width` characters."""
    chosen = {(step.need, step.id) for step in result.plan}
    rows: list[dict[str, str]] = []
    for need, matches in result.needs.items():
        for m in matches:
            km = "" if m.distance_km is None else f"{'~' if m.distance_coarse else ''}{m.distance_km:.0f}"
            notes = [*m.reasons, *("! " + w for w in m.warnings)]
            mark = "*" if (need, m.id) in chosen else ("F" if m.full else "")
            first = {
                "need": need if m.rank == 1 else "",
                "#": f"{m.rank}{mark}",
                "id": m.id,
                "provider": _clip(m.name, name_width),
                "km": km,
                "score": f"{m.score:.2f}",
            }
            rows.extend(_wrapped(first, "; ".join(notes), note_width))
    for need in result.unmet:
        first = {"need": need, "#": "-", "id": "", "provider": "(unmet)", "km": "", "score": ""}
        rows.extend(_wrapped(first, result.unmet_reasons.get(need, ""), note_width))
    return rows


def _wrapped(first: dict[str, str], notes: str, width: int) -> list[dict[str, str]]:
    lines = textwrap.wrap(notes, width) or [""]
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], _clip(" ".join(lines[MAX_LINES - 1 :]), width)]
    blank = dict.fromkeys(first, "")
    return [{**(first if i == 0 else blank), _TABLE_COLUMNS[-1]: line} for i, line in enumerate(lines)]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table_notes(result: MatchResult, width: int) -> str:
    """Under the table: the plan's trade-offs, the case's warnings and the near misses."""
    lines: list[str] = []
    trade_offs = [step for step in result.plan if step.trade_off]
    if trade_offs:
        lines += ["", "Plan:"]
        lines += [_indented(f"{step.need}: {step.trade_off}", width) for step in trade_offs]
    if result.warnings:
        lines += ["", "Warnings:"]
        lines += [_indented(f"! {warning}", width) for warning in result.warnings]
    if result.near_misses:
        lines += ["", "Near misses (each breaks one rule; most actionable first):"]
        for need, misses in result.near_misses.items():
            for miss in misses:
                km = (
                    ""
                    if miss.distance_km is None
                    else f", {'~' if miss.distance_coarse else ''}{miss.distance_km:g} km"
                )
                lines.append(
                    _indented(f"{need}: {miss.id} {miss.name}{km}: {miss.rule}: {miss.detail}", width)
                )
    return "".join(line + "\n" for line in lines)


def _indented(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, initial_indent="  ", subsequent_indent="    "))


def _table_footer(result: MatchResult, width: int) -> str:
    info = result.directory
    source = f"{info.path or info.country}{' (SAMPLE data)' if info.sample else ''}"
    lines = [
        "",
        f"To {result.destination.name} ({result.destination.region_name}, {result.destination.region}); "
        f"* = plan; F = full; ~ = rounded distance (confidential address); as of {result.today.isoformat()}",
        f"Directory: {source}",
    ]
    text = "\n".join(textwrap.shorten(line, width, placeholder="…") if line else line for line in lines)
    return text + "\n" + "".join(line + "\n" for line in readings_lines(result, width))


def readings_lines(result: MatchResult, width: int = TABLE_WIDTH) -> list[str]:
    """Under the table: each input read other than exactly, and the other places of an
    ambiguous destination, wrapped (never cut)."""
    lines = [f"Readings: {r.sentence()}" for r in result.readings]
    dest = result.destination
    if dest.ambiguous and dest.alternatives:
        others = "; ".join(f"{name} ({code} {region})" for name, code, region in dest.alternatives)
        lines.append(f"'{dest.query}' is ambiguous: took {dest.name} ({dest.region}); others: {others}")
    return [part for line in lines for part in textwrap.wrap(line, width, subsequent_indent="  ")]
