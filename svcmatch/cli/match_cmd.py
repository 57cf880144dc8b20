"""`svcmatch match`: rank the providers that can take one person, need by need, and explain why."""

from __future__ import annotations

from typing import Any

import click

from ..matching import ROW_COLUMNS, MatchResult, km_words, whole_km
from ..matching import match as run_match
from ..matching.destination import Destination
from ..render import Layout, cut_cells, one_line, render, wrap
from ..taxonomy import stay_need
from .case_options import case_from_options, case_options, load_weights, say_readings, weights_option
from .common import (
    AppContext,
    emit,
    excel_mark,
    format_option,
    handle_errors,
    open_directory,
    output_option,
    pass_app,
    referral_folder,
    terminal_width,
    today_of,
    today_option,
)

_WHY = "why (! = watch out)"
_TABLE_COLUMNS = ("need", "#", "id", "provider", "km", "score", _WHY)
#: On a narrow terminal the score goes first (the rank says the order); ids are never cut, and
#: a provider's name and its reasons wrap on up to three lines (render.MAX_CELL_LINES).
TABLE_LAYOUT = Layout(ids=frozenset({"id"}), whole=frozenset(), drop=("score",))
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
@today_option
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
      svcmatch match --case examples/case-al.json --language it --format json -o match.json
    """
    case = case_from_options(case_values)
    weights = load_weights(weights_file)
    on = today_of(app, today)
    directory = open_directory(app, case.country)
    # What the referral store says (docs/referrals.md): providers full by a recent answer, and
    # each result's `referrals`. Without a folder for the country it says nothing that a table,
    # Markdown or CSV shows (the JSON shows the zero counts), so those do not load it.
    folder = referral_folder(app)
    answers = None
    if fmt == "json" or (folder / directory.info.country.lower()).is_dir():
        from ..referral_feedback import ReferralFeedback  # lazy: a table, Markdown or CSV never needs it

        answers = ReferralFeedback(folder, on)
        directory = answers.view(directory)
    result = run_match(case, directory, weights=weights, today=on, explain_excluded=explain_excluded)
    if answers is not None:
        result = answers.apply(result)
    say_readings(result.readings, result.case)
    content = render_match(result, fmt, None if output else terminal_width())
    emit(excel_mark(fmt, output) + content, output, private=True)  # the person's case: 0o600 when new


def render_match(result: MatchResult, fmt: str, width: int | None = None) -> str:
    """The result in one of table, json, markdown, csv. The table and the notes under it fit
    `width` columns (the terminal's, common.terminal_width); without a width (a pipe, a file)
    every value is shown whole."""
    if fmt == "json":
        return render([], "json", document=result.to_json())
    if fmt in ("csv", "jsonl"):
        return render(result.rows(), fmt, columns=ROW_COLUMNS)
    if fmt == "markdown":
        return render(_markdown_rows(result), "markdown", columns=_MARKDOWN_COLUMNS)
    rows = table_rows(result)
    table = render(rows, "table", columns=_TABLE_COLUMNS, width=width, layout=TABLE_LAYOUT)
    return (
        table
        + _cut_warnings(result, rows, width)
        + _table_notes(result, width)
        + _table_footer(result, width)
    )


def _cut_warnings(result: MatchResult, rows: list[dict[str, str]], width: int | None) -> str:
    """Under a table laid out to fit a terminal: each warning ('!') that a result's reasons,
    cut with '…' to three lines, do not show whole, so that no warning is lost to the width."""
    if width is None:
        return ""
    shown = cut_cells(rows, _WHY, _TABLE_COLUMNS, width, TABLE_LAYOUT)
    if not any(text is not None for text in shown):
        return ""
    lines: list[str] = []
    results = [(need, m) for need, matches in result.needs.items() for m in matches]
    for (need, m), text in zip(results, shown, strict=False):
        if text is None:
            continue
        visible = "".join(text.split())  # the cell's lines break at spaces
        for warning in m.warnings:
            if "".join(f"! {one_line(warning)}".split()) not in visible:
                lines.append(_indented(f"{need} {m.rank} {m.id}: ! {warning}", width))
    head = f"Cut above to fit {width} columns (whole in a wider terminal, or --format csv or json)"
    head += ", and the warnings cut:" if lines else "."
    return "\n" + "".join(part + "\n" for part in _wrap(head, width)) + "".join(line + "\n" for line in lines)


def _markdown_rows(result: MatchResult) -> list[dict[str, Any]]:
    rows = result.rows()
    for row in rows:
        row["plan"] = "yes" if row["plan"] else ""
    return rows


def table_rows(result: MatchResult) -> list[dict[str, str]]:
    """Rows of the terminal table: one a result, then one an unmet need."""
    chosen = {(step.need, step.id) for step in result.plan}
    secret_stay = _confidential_stay(result)
    rows: list[dict[str, str]] = []
    for need, matches in result.needs.items():
        for m in matches:
            # from a confidential shelter's public area a distance is about, as the words say
            from_area = m.distance_from == "accommodation" and secret_stay not in (None, m.id)
            about = m.distance_coarse or from_area
            km = "" if m.distance_km is None else "~" * about + f"{whole_km(m.distance_km)}"
            # The distance first, then what to watch out for, then the rest: a result shows at
            # most three lines on a narrow terminal, and "! full" must not be the part cut off.
            notes = [*m.reasons[:1], *("! " + w for w in m.warnings), *m.reasons[1:]]
            mark = "*" if (need, m.id) in chosen else ("F" if m.full else "")
            rows.append(
                {
                    "need": need if m.rank == 1 else "",
                    "#": f"{m.rank}{mark}",
                    "id": m.id,
                    "provider": m.name,
                    "km": km,
                    "score": f"{m.score:.2f}",
                    _WHY: "; ".join(notes),
                }
            )
    for need in result.unmet:
        rows.append({"need": need, "#": "-", "provider": "(unmet)", _WHY: result.unmet_reasons.get(need, "")})
    return rows


def _confidential_stay(result: MatchResult) -> str | None:
    """The id of the confidential shelter where the plan houses her (services are measured from
    its public area), else None."""
    need = stay_need(step.need for step in result.plan)
    step = next((step for step in result.plan if step.need == need), None)
    if step is None:
        return None
    stay = next((m for m in result.needs.get(step.need, ()) if m.id == step.id), None)
    return step.id if stay is not None and stay.confidential_address else None


def _table_notes(result: MatchResult, width: int | None) -> str:
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
        lines += ["", "Near misses (each breaks one rule; near ones first, the most actionable first):"]
        secret_stay = _confidential_stay(result)
        for need, misses in result.near_misses.items():
            for miss in misses:
                km = ""  # whole km, as the table's and the reasons' distances
                if miss.distance_from == "region" and miss.distance_km == 0:
                    # 0 km from a region of return is in it (its results say so): "under 1 km",
                    # "~under 1 km" of a confidential shelter, read as from somewhere (eleventh pass)
                    km = f", in the region of return ({result.destination.region_name})"
                elif miss.distance_km is not None:
                    # a service's, from a confidential shelter's public area: about, as its words say
                    # (not family support's, documents' or benefits': from the place of return)
                    from_area = miss.distance_from == "accommodation" and secret_stay not in (None, miss.id)
                    km = f", {'~' if miss.distance_coarse or from_area else ''}{km_words(miss.distance_km)}"
                lines.append(
                    _indented(f"{need}: {miss.id} {miss.name}{km}: {miss.rule}: {miss.detail}", width)
                )
    return "".join(line + "\n" for line in lines)


def _indented(text: str, width: int | None) -> str:
    return "\n".join(_wrap(text, width, "  ", "    "))


def _wrap(text: str, width: int | None, first: str = "", rest: str = "  ") -> list[str]:
    """A line of text under the table, wrapped to `width` (never cut); whole without one.
    Directory text (an advisory, a provider's name) is shown, never obeyed by the terminal."""
    text = one_line(text)
    return [first + text] if width is None else wrap(text, width, first, rest)


def _table_footer(result: MatchResult, width: int | None) -> str:
    info = result.directory
    source = f"{info.path or info.country}{' (SAMPLE data)' if info.sample else ''}"
    lines = [
        f"{_to_words(result.destination)}; * = plan; F = full; "
        f"~ = about (a confidential address); as of {result.today.isoformat()}",
        f"Directory: {source}",
        *readings_lines(result),
    ]
    return "\n" + "".join(part + "\n" for line in lines for part in _wrap(line, width))


def _to_words(destination: Destination) -> str:
    """Where distances are measured from: a town, a region (its providers at 0 km, the others
    from its nearest town: "To Kukës (Kukës, AL-07)" read as the town), or an old district's
    seat."""
    where = f"({destination.region_name}, {destination.region})"
    if destination.kind == "region":
        return f"To the region of return {destination.region_name} ({destination.region})"
    if destination.kind == "district" and destination.seat:
        return f"To the district of {destination.name}, from its seat {destination.seat} {where}"
    return f"To {destination.name} {where}"


def readings_lines(result: MatchResult) -> list[str]:
    """Under the table: each input read other than exactly, and the other places of an
    ambiguous destination."""
    lines = [f"Readings: {r.sentence()}" for r in result.readings]
    dest = result.destination
    if dest.ambiguous and dest.alternatives:
        taken = f"{dest.region}, {dest.population:,} people" if dest.population else dest.region
        if dest.how == "spelling":  # no place has the name: 'Bharapur', as close to Bhadrapur
            lines.append(
                f"'{dest.query}' is no place as written: took {dest.name} ({taken}), the closest "
                f"spelling; as close: {dest.others_words()}"
            )
        else:
            lines.append(
                f"'{dest.query}' is ambiguous: took {dest.name} ({taken}); others: {dest.others_words()}"
            )
    return lines
