"""`svcmatch coverage`: the region × need matrix of a country's directory, with its gaps."""

from __future__ import annotations

import datetime as dt

import click

from ..coverage import coverage_matrix, parse_population, table_legend, table_rows
from ..errors import InputError
from ..geo import resolve_country
from ..html.coverage import to_html as coverage_html
from ..model import Directory
from ..readings import need_readings
from ..referrals import reasons_text, stats
from ..render import render
from ..taxonomy import resolve_needs
from .common import (
    AppContext,
    emit,
    format_option,
    handle_errors,
    open_directory,
    output_option,
    pass_app,
    table_width,
    warn,
)
from .referral_cmd import referral_store


@click.command()
@click.argument("country")
@click.option(
    "--for",
    "population",
    default=None,
    metavar="TOKENS",
    help="Narrow to a population: comma separated sex (female, male, other), age, "
    "'unaccompanied', 'children', 'no_status' (no official victim status), exploitation type. "
    "E.g. female,16,unaccompanied.",
)
@click.option(
    "--needs",
    default=None,
    metavar="LIST",
    help="Only these needs as columns (codes or words; default: every need).",
)
@click.option(
    "--referrals",
    "referrals",
    is_flag=True,
    help="Per region and need, how many referrals (svcmatch referral) were declined or failed, and why: "
    "the gaps that the records do not show.",
)
@format_option(("table", "json", "jsonl", "csv", "markdown", "html"))
@output_option
@pass_app
@handle_errors
def coverage(
    app: AppContext,
    country: str,
    population: str | None,
    needs: str | None,
    referrals: bool,
    fmt: str,
    output: str | None,
) -> None:
    """Show how many active providers cover each region for each need: gaps and thin spots.

    A national provider counts in every region; a radius counts in its own region and in
    every region whose main towns it reaches. Gaps (0) and thin spots (1) are marked.

    \b
    Examples:
      svcmatch coverage AL
      svcmatch coverage MA --for male --needs shelter,medical,psychosocial,legal
      svcmatch coverage UA --for female,16,unaccompanied --format html -o ua-coverage.html
      svcmatch coverage AL --referrals
    """
    who = parse_population(population) if population is not None else None
    directory = open_directory(app, country)
    for reading in need_readings(needs) if needs else ():
        warn(reading.sentence())  # 'doctr' as medical: said, as match says it
    if referrals:
        _referral_gaps(app, directory, needs, fmt, output)
        return
    report = coverage_matrix(directory, population=who, needs=needs)
    if fmt == "html":
        name = resolve_country(report.country).name
        emit(coverage_html(report, country_name=name, today=dt.date.today()), output)
        return
    rows = table_rows(report) if fmt == "table" else report.rows()
    emit(render(rows, fmt, document=report.to_json(), width=table_width(output)), output)
    if fmt == "table":
        for line in table_legend(report).splitlines():
            warn(line)


#: The columns of `coverage --referrals`.
_GAP_KEYS = ("region", "need", "sent", "declined", "failed", "reasons")


def _referral_gaps(
    app: AppContext, directory: Directory, needs: str | None, fmt: str, output: str | None
) -> None:
    """`coverage --referrals`: per region × need, referrals sent, declined and failed, and why."""
    if fmt == "html":
        raise InputError("coverage --referrals has no HTML form", "use --format table, json, csv or markdown")
    code = directory.info.country
    wanted = set(resolve_needs(needs)) if needs else None
    region_of = {p.id: p.region for p in directory.providers if p.region}
    found = [r for r in referral_store(app, quiet=True).referrals(code) if wanted is None or r.need in wanted]
    # (the regions' rows of `referral stats` without its acceptance counts: gaps, as documented)
    regions = stats(found, region_of, today=dt.date.today())["regions"]
    rows = [{key: row[key] for key in _GAP_KEYS} for row in regions]
    if fmt in ("table", "markdown", "csv"):
        rows = [{**row, "reasons": reasons_text(row["reasons"])} for row in rows]
    document = {"country": code, "referrals": sum(r["sent"] for r in rows), "regions": rows}
    emit(render(rows, fmt, document=document, width=table_width(output)), output)
    if fmt == "table":
        declined = sum(r["declined"] + r["failed"] for r in rows)
        warn(f"{len(found)} referrals, {declined} declined or failed, by the provider's region and the need")
