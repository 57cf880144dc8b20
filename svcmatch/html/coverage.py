"""The coverage heat map: a region × need matrix as one printable HTML page."""

from __future__ import annotations

import datetime as dt
from html import escape as _html_escape

from ..coverage import GAP, Cell, CoverageReport
from ..render import visible
from ..taxonomy import NEEDS_BY_CODE

_HEAT_CLASSES = ((0, "c0"), (1, "c1"), (2, "c2"), (4, "c3"))

_PAGE_CSS = """
@page { size: A4 landscape; margin: 10mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 11px; color: #1a1a1a;
       margin: 16px; }
h1 { font-size: 18px; margin: 0 0 4px; }
p { margin: 2px 0 6px; }
.sample { display: inline-block; background: #fff3cd; border: 1px solid #b8860b; padding: 3px 8px;
          font-weight: bold; }
.legend span { display: inline-block; padding: 1px 8px; margin-right: 4px; border: 1px solid #999; }
table.matrix { border-collapse: collapse; margin-top: 8px; }
.matrix th, .matrix td { border: 1px solid #9a9a9a; padding: 2px 5px; text-align: center; }
.matrix th.need { height: 128px; vertical-align: bottom; white-space: nowrap; font-weight: 600; }
.matrix th.need span { writing-mode: vertical-rl; transform: rotate(180deg); }
.matrix th.region, .matrix td.region { text-align: left; white-space: nowrap; }
.matrix td.code { font-family: Consolas, "Courier New", monospace; white-space: nowrap; }
.matrix tfoot td { font-weight: 600; background: #f0f0f0; }
.c0 { background: #c62828; color: #ffffff; font-weight: bold; }
.c1 { background: #f9a825; }
.c2 { background: #d4e9a8; }
.c3 { background: #8cc665; }
.c4 { background: #2e7d32; color: #ffffff; }
.adv { background: #cfd8dc; color: #37474f; }
.advisory { font-weight: normal; font-size: 10px; background: #37474f; color: #ffffff;
            padding: 0 4px; margin-left: 4px; }
.gaps, .advisories { margin-top: 12px; }
.gaps li { margin: 1px 0; }
@media print {
  body { margin: 0; font-size: 9.5px; }
  .gaps { page-break-before: always; }
  table.matrix { page-break-inside: avoid; }
}
"""


def escape(text: str) -> str:
    """Text as HTML, its control characters and bidirectional overrides made visible."""
    return _html_escape(visible(text), quote=True)


def need_label(code: str) -> str:
    return NEEDS_BY_CODE[code].label


def _heat_class(count: int) -> str:
    for ceiling, name in _HEAT_CLASSES:
        if count <= ceiling:
            return name
    return "c4"


def to_html(report: CoverageReport, *, country_name: str = "", today: dt.date | None = None) -> str:
    """One self-contained, printable HTML page (no scripts, no external resources): the
    matrix as a heat map with region names, the legend, and the gap list. Every value is
    escaped."""
    country = f"{country_name} ({report.country})" if country_name else report.country
    title = f"Coverage of service providers — {country}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{_PAGE_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        *_html_header(report, today),
        *_html_matrix(report),
        *_html_advisories(report),
        *_html_gaps(report),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _html_header(report: CoverageReport, today: dt.date | None) -> list[str]:
    who = report.population.describe().replace(",", ", ") if report.population else "everyone"
    lines = []
    if report.sample:
        lines.append('<p class="sample">SAMPLE DATA — fictional providers, not for real referrals</p>')
    source = report.directory_file or "directory"
    if report.directory_version:
        source += f", version {report.directory_version}"
    prepared = f" Prepared on {today.isoformat()}." if today else ""
    lines.append(
        f"<p>Active providers that can serve <strong>{escape(who)}</strong>, by region "
        f"and need. Source: {escape(source)}.{escape(prepared)}</p>"
    )
    lines.append(
        "<p>A national provider counts in every region; a provider that serves a radius "
        "counts in its own region and in every region whose main towns lie within "
        "the radius.</p>"
    )
    gaps, thin = report.gaps(), report.thin()
    advised = ""
    if report.advisories:
        advised = '<span class="adv">under an advisory</span>'
        lines.append(
            "<p>A region under an advisory is grey, whatever its counts: they are the providers "
            "whose coverage includes it (every national provider does), not services known to work "
            "there, and its advisory (listed below the table) may say that no return there can be "
            "planned. Its gaps are listed apart.</p>"
        )
    lines.append(
        '<p class="legend"><span class="c0">0 gap</span><span class="c1">1 thin</span>'
        f'<span class="c2">2</span><span class="c3">3–4</span><span class="c4">5+</span>{advised}'
        f" Gaps: {_outside(report, gaps)}. Thin spots: {_outside(report, thin)}.</p>"
    )
    return lines


def _outside(report: CoverageReport, cells: list[Cell]) -> str:
    """How many cells, and how many of them are in regions under an advisory."""
    there = len(report.advised(cells))
    return f"{len(cells) - there} (and {there} under an advisory)" if there else str(len(cells))


def _html_matrix(report: CoverageReport) -> list[str]:
    head = "".join(
        f'<th class="need" scope="col"><span>{escape(need_label(n))}</span></th>' for n in report.needs
    )
    lines = [
        '<table class="matrix">',
        f'<thead><tr><th class="region" scope="col" colspan="2">Region</th>{head}</tr></thead>',
        "<tbody>",
    ]
    advised = dict(report.advisories)
    for code, name in report.regions:
        mark = '<span class="advisory">advisory</span>' if code in advised else ""
        cells = []
        for need in report.needs:
            count = report.counts[code][need]
            tip = f"{name} — {need_label(need)}: {count}"
            if code in advised:  # not green: a return there may not be possible
                tip += " (under an advisory: a return there may not be possible)"
            heat = "adv" if code in advised else _heat_class(count)
            cells.append(f'<td class="{heat}" title="{escape(tip)}">{count}</td>')
        lines.append(
            f'<tr><td class="code">{escape(code)}</td>'
            f'<th class="region" scope="row">{escape(name)}{mark}</th>{"".join(cells)}</tr>'
        )
    open_regions = [code for code, _name in report.regions if code not in advised]
    gaps_per_need = "".join(
        f"<td>{sum(1 for code in open_regions if report.counts[code][n] == GAP)}</td>" for n in report.needs
    )
    footer = "Regions with a gap" + (" (not under an advisory)" if advised else "")
    lines += [
        "</tbody>",
        f'<tfoot><tr><td class="region" colspan="2">{footer}</td>{gaps_per_need}</tr></tfoot>',
        "</table>",
    ]
    return lines


def _html_advisories(report: CoverageReport) -> list[str]:
    """The directory's advisories for regions of the matrix: a national provider counts in a
    region under military occupation too, and the advisory says what the counts cannot."""
    if not report.advisories:
        return []
    names = dict(report.regions)
    items = [
        f"<li><strong>{escape(names.get(code, code))}</strong> ({escape(code)}): {escape(text)}</li>"
        for code, text in report.advisories
    ]
    return [
        '<section class="advisories"><h2>Advisories: check before planning a return there</h2>',
        "<ul>",
        *items,
        "</ul>",
        "</section>",
    ]


def _html_gaps(report: CoverageReport) -> list[str]:
    """The gaps by region; those of regions under an advisory apart, as no gap to fill before
    the advisory says a return there can be planned."""
    gaps = report.gaps()
    there = report.advised(gaps)
    items, items_there = _gap_items([c for c in gaps if c not in there]), _gap_items(there)
    if not items and not items_there:
        return ['<section class="gaps"><h2>Gaps</h2><p>No gaps.</p></section>']
    lines = ['<section class="gaps"><h2>Gaps: needs no active provider meets</h2>']
    lines += ["<ul>", *items, "</ul>"] if items else ["<p>None outside the regions under an advisory.</p>"]
    if items_there:
        lines += [
            "<h3>In regions under an advisory (a return there may not be possible: see its advisory)</h3>",
            "<ul>",
            *items_there,
            "</ul>",
        ]
    return [*lines, "</section>"]


def _gap_items(cells: list[Cell]) -> list[str]:
    by_region: dict[tuple[str, str], list[str]] = {}
    for cell in cells:
        by_region.setdefault((cell.region, cell.region_name), []).append(need_label(cell.need))
    return [
        f"<li><strong>{escape(name)}</strong> ({escape(code)}): {escape(', '.join(needs))}</li>"
        for (code, name), needs in by_region.items()
    ]
