"""`svcmatch directory validate|import|export`: check a directory, and move it in and out of spreadsheets."""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..errors import ExitCode, InputError
from ..fileio import MAX_INPUT_BYTES, clean_temp_files, private_mode, write_bytes_atomic
from ..hsds import (
    keep_uncarried,
    note_local_edits,
    read_hsds,
    refuse_removed,
    refuse_undone,
    refuse_unidentified_duplicates,
    stream_hsds_json,
    write_hsds,
)
from ..model import Directory, Provider
from ..render import render, visible
from ..tables import read_source
from ..tabular import (
    MOST_ERRORS,
    DryRun,
    ImportOutcome,
    ImportTarget,
    Progress,
    ReadResult,
    Removed,
    RowProblem,
    apply_import,
    earlier_values,
    hidden_count,
    planned_changes,
    read_bytes,
    removed_records,
    write_table,
)
from ..validate import counts, parse_period, period_reading, shelter_place_warnings
from ..validate import validate as run_validate
from .common import (
    AppContext,
    emit,
    excel_mark,
    format_named_by,
    handle_errors,
    open_directory,
    open_store,
    pass_app,
    refuse_to_overwrite,
    reports_on_stdout,
    table_options,
    table_width,
    today_of,
    warn,
    written_through,
)
from .directory_calendar import calendar_option
from .referral_cmd import referral_feedback

VALIDATE_FORMATS = ("text", "table", "json", "jsonl", "csv", "markdown")
IMPORT_FORMATS = ("csv", "xlsx", "ods", "xls", "json", "jsonl", "hsds")
EXPORT_FORMATS = ("csv", "json", "xlsx", "hsds-json", "hsds-csv")


@click.command()
@click.argument("country")
@click.option(
    "--stale-after",
    default=None,
    metavar="PERIOD",
    help="Warn about records not verified for this long: days (365d), months (12m), years (1y); "
    "a bare number counts days (12 is 12 days, said) [default: 12 calendar months, as match "
    "counts a record stale].",
)
@click.option(
    "--today",
    metavar="DATE",
    default=None,
    help="Judge staleness as of this date (YYYY-MM-DD) instead of today.",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(VALIDATE_FORMATS),
    default="text",
    show_default=True,
    help="Output format; text is one finding a line.",
)
@pass_app
@handle_errors
def validate(app: AppContext, country: str, stale_after: str | None, today: str | None, fmt: str) -> None:
    """Check a directory: errors (wrong data) and warnings (data to look at).

    Errors: missing name, category or region; unknown categories; a region, language or
    coordinates that do not fit the country; bad phone or e-mail. Warnings: likely
    duplicates, records not verified for 12 months, inactive records, coordinates far from
    the region, confidential shelters without a focal point, missing coordinates. Every
    finding says how to repair it. Exit status 0 without errors, 1 with at least one.

    \b
    Example:
      svcmatch directory validate AL --stale-after 6m
    """
    period = parse_period(stale_after, "--stale-after") if stale_after is not None else None
    if stale_after is not None and (said := period_reading(stale_after, "--stale-after")):
        warn(said)
    directory = open_directory(app, country)
    day = today_of(app, today)  # '2026/12/01' was "does not match the format '%Y-%m-%d'"
    feedback = referral_feedback(app, directory.info.country, day)
    findings = run_validate(
        directory,
        today=day,
        stale_after=period,
        not_eligible={pid: f.not_eligible for pid, f in feedback.items()},
        unanswered={pid: f.unanswered for pid, f in feedback.items()},
    )
    number = counts(findings)
    rows = [finding.to_row() for finding in findings]
    if fmt == "text":
        # a finding quotes directory text (another record's name): shown, not obeyed, as in tables
        emit("".join(visible(finding.describe()) + "\n" for finding in findings))
    else:
        document = {
            "country": directory.info.country,
            "providers": len(directory.providers),
            "errors": number["error"],
            "warnings": number["warning"],
            "findings": rows,
        }
        emit(
            render(
                rows,
                fmt,
                columns=["severity", "provider", "field", "message", "fix"],
                document=document,
                width=table_width(),
            )
        )
    warn(
        f"{directory.info.country}: {_plural(number['error'], 'error')}, "
        f"{_plural(number['warning'], 'warning')} in {_plural(len(directory.providers), 'provider')}"
    )
    sys.exit(int(ExitCode.PROBLEMS) if number["error"] else int(ExitCode.OK))


class _Refused(Exception):
    """Raised inside the transaction so that it writes nothing."""


@click.command("import")
@click.argument("country")
@click.argument("file", type=click.Path(path_type=str))
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(IMPORT_FORMATS),
    default=None,
    help="Input format. Default: from the file name (.csv, .xlsx, .ods, .xls, .json, .jsonl; a folder "
    "or a .zip is an HSDS package), else from the first bytes.",
)
@table_options
@click.option("--dry-run", is_flag=True, help="Check the file and report what would change; write nothing.")
@click.option("--skip-invalid", is_flag=True, help="Import the good rows and report the bad ones.")
@click.option(
    "--skip-totals",
    is_flag=True,
    help="Leave out a row that looks like a totals row ('Total' over counts), with a note; "
    "refused by default.",
)
@click.option(
    "--date-order",
    type=click.Choice(["dmy", "mdy"]),
    default=None,
    help="Read dates such as 3/1/2026 day first (dmy) or month first (mdy); refused as ambiguous without.",
)
@calendar_option("the file's dates")
@click.option(
    "--allow-duplicates",
    is_flag=True,
    help="Add rows without an id even when they match a stored record (same name and town, phone or e-mail).",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Leave out the notes on stderr (errors and the summary stay)."
)
@click.option(
    "--overwrite",
    is_flag=True,
    help="Let rows exported before a later edit of their record replace it (refused by default).",
)
@click.option(
    "--taxonomy-map",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="HSDS only: CSV mapping the file's taxonomy terms to need codes.",
)
@click.option("--strict", is_flag=True, help="HSDS only: refuse records that would need guessing.")
@click.option(
    "--make-public",
    is_flag=True,
    help="Let rows whose confidential_address is no make a confidential shelter public: its "
    "address, town and point are then shown by every output (refused by default).",
)
@click.option(
    "--author",
    default=None,
    help="Who is recorded in the history (default: $SVCMATCH_AUTHOR or the OS user).",
)
@pass_app
@handle_errors
@reports_on_stdout
def import_(
    app: AppContext,
    country: str,
    file: str,
    fmt: str | None,
    encoding: str | None,
    sheet: str | None,
    dry_run: bool,
    skip_invalid: bool,
    skip_totals: bool,
    date_order: str | None,
    calendar: str,
    allow_duplicates: bool,
    quiet: bool,
    overwrite: bool,
    taxonomy_map: Path | None,
    strict: bool,
    make_public: bool,
    author: str | None,
) -> None:
    """Import providers from a spreadsheet (CSV, .xlsx, .ods, .xls), JSON, or HSDS into a directory.

    Columns are the template's (see docs/spreadsheets.md); the header row is found under a
    title, and stderr says which sheet, header row and encoding were read. Rows whose id
    exists update that record, rows without an id are added with a new one. A row exported
    before a later edit of its record (its revision is older) is refused field by field
    unless --overwrite; a row that makes a confidential shelter public (its
    confidential_address no) is refused unless --make-public. All or nothing: when any row is
    wrong nothing is written, and every
    bad row is reported with its row number and value. --dry-run lists every change on
    stdout, field by field. Exit status 1 when a row was refused (also with --skip-invalid).

    \b
    Examples:
      svcmatch directory import AL providers.csv --dry-run
      svcmatch directory import AL providers.xlsx --skip-invalid --author "Office Tirana"
      svcmatch directory import AL hsds-export/ --format hsds --taxonomy-map terms.csv
      svcmatch directory import AL partner-hsds.zip
    """
    if fmt is None and file != "-" and (Path(file).is_dir() or Path(file).suffix.lower() == ".zip"):
        fmt = "hsds"  # a package's folder, or the zip a publisher sends it as
    if fmt != "hsds" and (strict or taxonomy_map is not None):
        raise InputError("--strict and --taxonomy-map apply to --format hsds only", "leave them out")
    if fmt == "hsds" and (encoding or sheet):
        raise InputError("--encoding and --sheet apply to tables, not HSDS", "leave them out")
    if fmt == "hsds" and calendar != "gregorian":  # HSDS writes its dates as ISO 8601 (Gregorian)
        raise InputError("--calendar applies to tables, not HSDS, whose dates are Gregorian", "leave it out")
    if fmt == "hsds" and skip_totals:  # an HSDS service is no sheet's row
        raise InputError("--skip-totals applies to tables, not HSDS", "leave it out")
    store = open_store(app, country)
    data = None if fmt == "hsds" else _input_bytes(file)
    preread = None
    if fmt == "hsds":
        with progress_bar(quiet, f"reading {Path(file).name}") as progress:
            preread = _read_hsds(
                file, store.country, taxonomy_map, strict, progress, app.settings.today_date()
            )
    reading = _Reading(data or b"", fmt, file, encoding, sheet)
    reading.options = {
        "overwrite": overwrite,
        "date_order": date_order,
        "calendar": calendar,
        "allow_duplicates": allow_duplicates,
        "skip_invalid": skip_invalid,
        "skip_totals": skip_totals,
        "earlier": earlier_values(store.history),  # tells a file's own edits from newer ones
        "removed": removed_records(store.history),  # a record removed since does not come back
    }
    reading.quiet = quiet
    if dry_run:
        directory = store.load()

        result = (
            _with_stored(
                preread, directory, overwrite, reading.options["removed"], store.history, allow_duplicates
            )
            if preread
            else reading.read(store.country, directory, app.settings.today_date())
        )
        _refuse_making_public(result, directory, make_public)
        emit("".join(line + "\n" for line in planned_changes(directory, result.providers, result.located)))
        target = DryRun(directory)
        outcome = apply_import(target, result.providers, located=result.located)
        _report(result, quiet)
        warn(
            f"dry run, nothing written: {_plural(len(result.providers), 'good row')} would give "
            f"{outcome.summary()}; {_plural(len(result.errors), 'problem')}"
        )
        _say_at_shelters(directory.providers, _written(target, outcome), store.country)
        sys.exit(int(ExitCode.PROBLEMS) if result.errors else int(ExitCode.OK))
    try:
        with store.transaction(author=author, action="import") as transaction:
            stored = transaction.directory
            result = (
                _with_stored(
                    preread, stored, overwrite, reading.options["removed"], store.history, allow_duplicates
                )
                if preread
                else reading.read(store.country, stored, transaction.today)
            )
            if result.errors and not skip_invalid:
                raise _Refused()
            _refuse_making_public(result, stored, make_public)
            outcome = apply_import(
                transaction, result.providers, checked=preread is None, located=result.located
            )
            before, written = stored.providers, _written(transaction, outcome)
    except _Refused:
        _report(result, quiet)
        good = len(result.providers)
        warn(
            f"import refused, nothing written: {_plural(len(result.errors), 'problem')} in {file}"
            + (f" (fix them, or use --skip-invalid to import {_plural(good, 'good row')})" if good else "")
        )
        sys.exit(int(ExitCode.PROBLEMS))
    _report(result, quiet)
    # the new ids, as `add` prints them, each with its name (as the dry run's "would add" line):
    # a country office gives them to `match --avoid-provider` and `package --select`
    names = {provider.id: provider.name for provider in written}
    emit("".join(f"added {pid}: {names.get(pid, '')}\n" for pid in outcome.added))
    skipped = f"; refused {_plural(len(result.errors), 'problem')} (rows left out)" if result.errors else ""
    warn(f"imported {file} into {store.country}: {outcome.summary()}{skipped}")
    _say_at_shelters(before, written, store.country)
    sys.exit(int(ExitCode.PROBLEMS) if result.errors else int(ExitCode.OK))


def _written(target: ImportTarget, outcome: ImportOutcome) -> list[Provider]:
    """The records an import added or changed, as `target` holds them now."""
    return [p for p in (target.get(pid) for pid in (*outcome.added, *outcome.updated)) if p is not None]


def _say_at_shelters(before: Iterable[Provider], written: list[Provider], country: str) -> None:
    """Warn of each public record the import wrote (or would write) at a confidential
    shelter's street address or point (`validate.shelter_place_warnings`), at most MOST_LISTED."""
    at_shelters = shelter_place_warnings(before, written)
    for finding in at_shelters[:MOST_LISTED]:
        warn(finding.describe())
    if len(at_shelters) > MOST_LISTED:
        warn(
            f"and {len(at_shelters) - MOST_LISTED} more such warnings "
            f"(`svcmatch directory validate {country}` lists them)"
        )


#: The most problems an import lists on stderr (the others are counted): a file of a million
#: bad rows read with --skip-invalid would otherwise print millions of lines.
MOST_LISTED = MOST_ERRORS

#: Shortest time between two drawings of the progress bar (100,000 rows would draw 100,000 times).
_DRAW_EVERY_SECONDS = 0.1


@contextmanager
def progress_bar(quiet: bool, label: str) -> Iterator[Progress | None]:
    """A progress bar on stderr while a long import reads its records (issue 15), only when
    stderr is a terminal and not --quiet: a pipe or a log file gets no bar characters."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(
        itertools.repeat(None), label=label, file=sys.stderr, show_pos=True, show_eta=False
    ) as bar:
        drawn = 0.0
        latest = 0

        def advance(done: int, total: int | None) -> None:
            nonlocal drawn, latest
            latest = done
            now = time.monotonic()
            if now - drawn < _DRAW_EVERY_SECONDS and done != total:
                return
            drawn = now
            if total is not None:
                bar.length = total
            bar.update(done - bar.pos)

        yield advance
        bar.update(latest - bar.pos)  # the last count, which the drawing interval may have skipped


def _input_bytes(file: str) -> bytes:
    """The input file's bytes, read before anything is locked or written."""
    return read_source(file, "import file")


class _Reading:
    """Reads the table once its directory is known (under the lock, or for a dry run)."""

    def __init__(self, data: bytes, fmt: str | None, file: str, encoding: str | None, sheet: str | None):
        self.data, self.fmt, self.file, self.encoding, self.sheet = data, fmt, file, encoding, sheet
        self.options: dict[str, Any] = {}
        self.quiet = False

    def read(self, country: str, directory: Directory, today: dt.date) -> ReadResult:
        """`today`: the one day every row is checked against (read once, not per row)."""
        with progress_bar(self.quiet, f"reading {Path(self.file).name}") as progress:
            return read_bytes(
                self.data,
                country,
                fmt=self.fmt,
                existing=directory,
                name=self.file,
                encoding=self.encoding,
                sheet=self.sheet,
                progress=progress,
                today=today,
                **self.options,
            )


def _read_hsds(
    file: str,
    country: str,
    taxonomy_map: Path | None,
    strict: bool,
    progress: Progress | None,
    today: dt.date,
) -> ReadResult:
    """The feed, every record judged as of `today` (the settings' day, as the table reader's)."""
    return read_hsds(
        Path(file), country, taxonomy_map=taxonomy_map, strict=strict, progress=progress, today=today
    )


def _with_stored(
    result: ReadResult,
    directory: Directory,
    overwrite: bool = False,
    removed: Removed | None = None,
    changes: Callable[[], Iterable[Any]] | None = None,
    allow_duplicates: bool = False,
) -> ReadResult:
    """HSDS: fields a record's source does not carry keep their stored values; a record that
    svcmatch exported at an older revision does not undo a newer edit unless --overwrite; nor
    does it bring back a record removed since (a feed from elsewhere does, with a note); a
    feed from elsewhere that replaces a local edit says so (`changes`: the store's history)."""
    result = refuse_undone(keep_uncarried(result, directory), directory, overwrite=overwrite)
    if not allow_duplicates:
        result = refuse_unidentified_duplicates(result, directory)
    if removed is not None:
        result = refuse_removed(result, directory, removed, overwrite=overwrite)
    return note_local_edits(result, directory, changes) if changes is not None else result


def _refuse_making_public(result: ReadResult, directory: Directory, make_public: bool) -> None:
    """A row whose confidential_address is no makes a stored confidential shelter public, and
    every output then shows its street address, town and point: a sheet made from a template
    whose column says no on every row did it without a word. It takes --make-public."""
    if make_public:
        return
    hidden = {provider.id for provider in directory.providers if provider.confidential_address}
    lifted = [p.id for p in result.providers if p.id in hidden and not p.confidential_address]
    if lifted:
        shown = ", ".join(lifted[:10]) + (f" and {len(lifted) - 10} more" if len(lifted) > 10 else "")
        raise InputError(
            f"the file would make confidential shelter(s) {shown} public (confidential_address no): "
            "every output would then show the street address, town and point; nothing was written",
            "leave the cell blank (or yes) to keep them confidential, or give --make-public to publish them",
        )


def _problem_lines(problems: list[RowProblem]) -> list[str]:
    """The lines that report an import's problems: the errors first (an HSDS feed of 5,000
    services gave 1,700 notes, and 19 of its 51 errors came after the thousand lines listed),
    then each note once, with how many more records it was given for (the same note of a
    taxonomy term on each of 834 records was 834 lines)."""
    errors = [f"error: {p.describe()}" for p in problems if p.severity == "error"]
    alike: dict[tuple[str, str | None, str | None, str], list[RowProblem]] = {}
    for problem in problems:
        if problem.severity != "error":
            key = (problem.severity, problem.field, problem.value, problem.message)
            alike.setdefault(key, []).append(problem)
    others = []
    for (severity, *_), group in alike.items():
        more = f" (the same for {_plural(len(group) - 1, 'more record')})" if len(group) > 1 else ""
        others.append(f"{severity}: {group[0].describe()}{more}")
    return errors + others


def _report(result: ReadResult, quiet: bool = False) -> None:
    """The file's notes and problems, then how the table was read when that was not plain UTF-8
    CSV with its header on row 1 (the sheet, the header row, a detected encoding)."""
    for note in [] if quiet else result.notes:
        warn(f"note: {note}")
    shown = [p for p in result.problems if not (quiet and p.severity == "note")]
    lines = _problem_lines(shown)
    for line in lines[:MOST_LISTED]:
        warn(line)
    if len(lines) > MOST_LISTED:
        errors = sum(1 for line in lines[MOST_LISTED:] if line.startswith("error: "))
        notes = len(lines) - MOST_LISTED - errors
        warn(
            f"... and {len(lines) - MOST_LISTED:,} more, not listed "
            f"({errors:,} error{'' if errors == 1 else 's'}, {notes:,} note{'' if notes == 1 else 's'})"
        )
    if result.stopped_at is not None:
        warn(
            f"note: stopped reading before row {result.stopped_at} after {len(result.errors):,} errors "
            "(fix them and import again; --skip-invalid reads every row)"
        )
    if result.info is not None and not result.info.is_plain and not quiet:
        warn(f"note: {result.info.describe()}")


@click.command()
@click.argument("country")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default=None,
    help="Output format. Default: from the -o file name, else csv.",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(path_type=str),
    default=None,
    help="Write to this file (a folder for hsds-csv) instead of standard output.",
)
@click.option(
    "--include-confidential",
    is_flag=True,
    help="Keep the address and coordinates of confidential shelters (left out by default).",
)
@click.option(
    "--hsds-version",
    type=click.Choice(["3.0", "3.1"]),
    default=None,
    help="HSDS version of hsds-json/hsds-csv (default 3.1; 3.0 has no service capacity).",
)
@pass_app
@handle_errors
def export(
    app: AppContext,
    country: str,
    fmt: str | None,
    output: str | None,
    include_confidential: bool,
    hsds_version: str | None,
) -> None:
    """Export a directory as a spreadsheet (CSV, .xlsx), JSON, or HSDS.

    CSV and .xlsx use the template's columns, so that export then import changes nothing.
    Cells a spreadsheet would run as a formula are neutralised with a leading ' (import
    removes it). Confidential shelters' address and coordinates are left out unless
    --include-confidential; importing such a file keeps the stored ones.

    \b
    Examples:
      svcmatch directory export AL -o al-providers.xlsx
      svcmatch directory export AL --format json > al.json
      svcmatch directory export AL --format hsds-csv -o hsds-al/
      svcmatch directory export AL --format hsds-json --hsds-version 3.0 > al-hsds.json
    """
    directory = open_directory(app, country)
    source = Path(directory.info.path).resolve() if directory.info.path else None
    if output and Path(output).expanduser().resolve() == source:
        raise InputError(f"-o {output} is the directory file itself", "export to another file name")
    if output and output != "-":
        refuse_to_overwrite(Path(output).expanduser(), "-o")  # every format, a folder too
    fmt = fmt or _output_format(output)
    if fmt.startswith("hsds"):
        version = hsds_version or "3.1"
        _export_hsds(directory, fmt, output, include_confidential, version)  # it says what it withheld
        _say_confidential_kept(directory, output, include_confidential)
        return
    if hsds_version:
        raise InputError("--hsds-version applies to --format hsds-json and hsds-csv", "leave it out")
    _export_table(directory, fmt, output, include_confidential)
    _say_confidential_kept(directory, output, include_confidential)
    hidden = 0 if include_confidential else hidden_count(directory)
    if hidden:
        warn(
            f"left out the address, town and coordinates of {_plural(hidden, 'confidential shelter')} "
            "(--include-confidential keeps them)"
        )


#: The most confidential shelters' ids an export's warning names (the others are counted).
_MOST_SHELTERS_NAMED = 5


def _say_confidential_kept(directory: Directory, output: str | None, include_confidential: bool) -> None:
    """With --include-confidential, say that the file holds the confidential shelters' places,
    naming them: the export without it says what it left out, and with it said nothing
    (newcomer find 37), though the file must stay in the office."""
    shelters = [p.id for p in directory.providers if p.confidential_address] if include_confidential else []
    if not shelters:
        return
    where = output if output and output != "-" else "the output"
    named = ", ".join(shelters[:_MOST_SHELTERS_NAMED])
    more = f" and {len(shelters) - _MOST_SHELTERS_NAMED} more" if len(shelters) > _MOST_SHELTERS_NAMED else ""
    warn(
        f"warning: {where} holds the addresses, towns and coordinates of "
        f"{_plural(len(shelters), 'confidential shelter')} ({named}{more}): keep it in the office, "
        "never send it to a partner"
    )


def _output_format(output: str | None) -> str:
    """The format the -o name gives: .json, .xlsx, .csv, else CSV; a name of another format
    (al.ods, al.xls, al.jsonl) is refused, never filled with CSV that no program opens as it."""
    named = format_named_by(output)
    if named is None:
        return "csv"
    if named not in ("csv", "json", "xlsx"):
        raise InputError(
            f"-o {output!r} names a format that export does not write",
            f"export writes {', '.join(EXPORT_FORMATS)}: name the file .csv, .json or .xlsx, "
            "or give --format to write one of them into that name"
            + (" (--format hsds-csv writes an HSDS package zipped)" if named == "zip" else ""),
        )
    return named


def _export_table(directory: Directory, fmt: str, output: str | None, include_confidential: bool) -> None:
    """Write the table; one that holds confidential shelters' addresses goes to a new -o file
    made 0o600 (fileio.private_mode), as an office protects the directory file."""
    content = write_table(directory, fmt, include_confidential=include_confidential)
    private = include_confidential and hidden_count(directory) > 0
    if isinstance(content, str):
        emit(excel_mark(fmt, output) + content, output, private=private)
        return
    if output and output != "-":
        target = written_through(Path(output).expanduser())
        clean_temp_files(target)  # what a killed earlier export left beside it
        write_bytes_atomic(target, content, private_mode(target) if private else None)
        return
    stdout = sys.stdout.buffer
    if stdout.isatty():
        raise InputError(
            f"{fmt} is a binary format", f"write it to a file: -o {directory.info.country.lower()}.xlsx"
        )
    stdout.write(content)
    stdout.flush()


def _export_hsds(
    directory: Directory, fmt: str, output: str | None, include_confidential: bool, version: str
) -> None:
    if fmt == "hsds-json" and (not output or output == "-"):
        sizes: list[int] = []

        def write(piece: str) -> None:  # a service at a time: the whole text of 5,000 was 1 GB of memory
            emit(piece)
            sizes.append(len(piece.encode("utf-8")))

        # the last message, "wrote ...", once it was (to a full disk it was not)
        stream_hsds_json(directory, write, warn, include_confidential=include_confidential, version=version)
        _note_too_large_to_import("the export", sum(sizes))
        return
    if not output or output == "-":
        raise InputError(f"--format {fmt} writes a folder", "name it with -o, e.g. -o hsds-al/")

    written = write_hsds(
        directory,
        written_through(Path(output)),
        fmt,
        include_confidential=include_confidential,
        version=version,
    )
    for message in written:
        warn(message)
    if fmt == "hsds-json":
        _note_too_large_to_import(output, Path(output).stat().st_size)


def _note_too_large_to_import(name: str, size: int) -> None:
    """Say when an HSDS JSON export is larger than `import` reads: svcmatch's own export of
    5,000 services (74 MiB: each service carries its attributes' taxonomy terms) was refused
    by the import it was made for; the tabular package of the same services is 14 MiB."""
    if size > MAX_INPUT_BYTES:
        warn(
            f"note: {name} is {size / 2**20:.0f} MiB, more than `svcmatch directory import` reads "
            f"({MAX_INPUT_BYTES >> 20} MiB): to import it again, export --format hsds-csv (a tabular "
            "package, some five times smaller)"
        )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
