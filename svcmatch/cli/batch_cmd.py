"""`svcmatch batch`: match a whole caseload from CSV or JSON lines, one record per case."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import click

from .. import batch as core
from .. import render
from ..batch import INPUT_FORMATS, OUTPUT_FORMATS, PACKAGE_FORMATS
from ..errors import ExitCode, InputError
from ..geo import resolve_country
from ..storage import DirectoryStore, is_directory_file
from .case_options import load_weights, weights_option
from .common import (
    AppContext,
    FormatChoice,
    WholeNumber,
    atomic_text_file,
    excel_mark,
    format_from_output,
    handle_errors,
    note_sample,
    parse_today,
    pass_app,
    referral_folder,
    refuse_a_planted_link,
    refuse_store_path,
    table_options,
    warn,
)


@click.command()
@click.argument("cases", type=str)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False, path_type=str),
    default=None,
    help="Write the results to this file (replaced when the run ends) instead of stdout.",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=FormatChoice(OUTPUT_FORMATS),
    default="jsonl",
    callback=format_from_output,
    help="Output: JSON lines, a flat CSV row per case, or a JSON array (default: from the -o file's "
    "extension, else JSON lines).",
)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=None,
    help="Format of CASES. Default: from its extension (.csv, .jsonl, .xlsx, .ods); sniffed for stdin.",
)
@table_options
@click.option("--country", default=None, metavar="CC", help="Country for cases whose country cell is blank.")
@click.option(
    "--jobs",
    "-j",
    type=WholeNumber(1, 64),
    default=1,
    show_default=True,
    help="Processes to spread the cases over; the output is the same as with 1.",
)
@click.option(
    "--packages",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="Also write one referral package per matched case into this folder.",
)
@click.option(
    "--package-format",
    type=FormatChoice(PACKAGE_FORMATS),
    default="html",
    show_default=True,
    help="Format of the --packages files.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace package files that an earlier run left in the --packages folder.",
)
@click.option(
    "--today",
    default=None,
    metavar="DATE",
    help="The date the run counts as today (YYYY-MM-DD). Default: the date at start.",
)
@weights_option
@pass_app
@handle_errors
def batch(
    app: AppContext,
    cases: str,
    output: str | None,
    fmt: str,
    input_format: str | None,
    encoding: str | None,
    sheet: str | None,
    country: str | None,
    jobs: int,
    packages: str | None,
    package_format: str,
    force: bool,
    today: str | None,
    weights_file: str | None,
) -> None:
    """Match every case in CASES (CSV, .xlsx, .ods or JSON lines; - for stdin); one result per case, in order.

    Columns: case_id and match's options (country, to, needs, sex, age, ...); list cells take
    items separated by |, ',' or ';', or one a line. With --packages, also the package options
    (case_ref, consent_date, draft, ...); --weights FILE ranks as match --weights does. A bad
    case gives a record with an error and the run goes on. Exit code 0 when every case matched,
    1 when some failed, 2 for a usage error, 3 when a directory file cannot be used (its cases
    fail, the others are matched).

    \b
    Examples:
      svcmatch batch cases.csv -o results.jsonl
      svcmatch batch cases.csv --country AL --format csv --jobs 2 > results.csv
      svcmatch batch cases.csv --packages out/ --package-format md --today 2026-11-28
    """
    run_date = parse_today(today) if today else dt.date.today()
    default_country = _country_code(country) if country else None
    settings = core.BatchSettings(
        today=run_date,
        default_country=default_country,
        root=app.directories,
        package_format=package_format if packages else None,
        referrals=referral_folder(app),
        weights=load_weights(weights_file),  # as match reads them, before anything is written
    )
    processor = core.CaseProcessor(settings)
    if default_country:
        processor.directory(default_country)  # a missing directory is a usage error, before any output
    if packages:
        refuse_store_path(Path(packages), "--packages")
        refuse_a_planted_link(Path(packages).expanduser(), "--packages")
    # the format is the files' extension (jsonl: the JSON on one line; it was a KeyError)
    folder = core.PackageFolder(Path(packages), package_format, force=force) if packages else None
    for given in (output, cases) if folder is not None else ():
        # `-o out/c1.html --packages out/` replaced c1's package with the results, and with
        # --force a package c1.json replaced the cases file c1.json: that case's package takes
        # the next name (c1-2.json)
        path = Path(given).expanduser().resolve() if given not in (None, "-") else None
        if folder is not None and path is not None and path.parent == folder.root:
            folder.used.add(path.name.casefold())
    summary = core.Summary()
    samples: dict[str, None] = {}  # countries whose directory is sample data, in order met
    unusable: dict[str, None] = {}  # why a directory file cannot be used, said once each (exit 3)
    source = Path(cases).expanduser()
    if cases != "-" and source.is_file() and is_directory_file(source):  # never read a pipe's head here
        raise InputError(  # read as one case, it failed with 'unknown keys: meta, providers'
            f"{cases!r} is a directory file (providers), not cases",
            "give the cases file (case_id, country, to, needs, ...; see docs/batch.md)",
        )
    with _input(cases) as (stream, size):
        reader = core.CaseReader(
            stream, core.input_format_for(cases, input_format), name=cases, encoding=encoding, sheet=sheet
        )
        if not reader.info.is_plain:
            warn(f"note: {reader.info.describe()}")
        outcomes = core.run_batch(reader, settings, jobs=jobs, directories=processor.directories)
        progress = _Progress(reader, size)
        # closed whatever stops the run (a package that exists already, a full disk), so that the
        # run's gc.freeze() is undone at once and not when the traceback goes (a caller in-process)
        with contextlib.closing(outcomes), _output(output) as out:
            out.write(excel_mark(fmt, output))
            writer = core.record_writer(fmt, out)
            for done in outcomes:
                outcome = core.packaged(done, folder)
                writer.write(outcome.record)
                summary.add(outcome)
                progress.tick(summary)
                if outcome.exit_code == ExitCode.DATA:
                    unusable.setdefault(str(outcome.record.get("error")), None)
                used = outcome.record.get("directory") if outcome.ok else None
                if isinstance(used, dict) and used.get("sample") is True:
                    samples.setdefault(str(used.get("country")), None)
            if not summary.cases and reader.input_format == "jsonl":
                # an empty export: "0 cases", exit 0, and the -o file of the last run emptied (a
                # CSV with nothing in it is refused before this; one with its header only is a
                # table of no cases, and reads as one)
                raise InputError(
                    "the cases file holds no case (it is empty, or blank lines only)",
                    'give one case a line ({"case_id": ..., "country": ..., "to": ..., "needs": ...})',
                )
            writer.close()
        progress.done()
    if samples:
        for code in samples:
            note_sample(DirectoryStore(code, app.directories, settings=app.settings).path)
    for reason in unusable:  # an error stays on one line (as common.fail says it)
        click.echo(f"svcmatch: error: {render.visible(reason)}", err=True)
    warn(summary.text())
    if summary.exit_code:
        sys.exit(int(summary.exit_code))


def _country_code(text: str) -> str:
    return resolve_country(text).alpha2


@contextmanager
def _input(name: str) -> Iterator[tuple[IO[bytes], int | None]]:
    """CASES as a binary stream, with its size in bytes when it is a regular file."""
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("standard input is closed", "give the cases file's name, or pipe it in")
        yield sys.stdin.buffer, None
        return
    path = Path(name).expanduser()
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(
            f"cannot read {name!r}: {error.strerror}", "check the path of the cases file"
        ) from None
    with handle:
        yield handle, path.stat().st_size if path.is_file() else None


@contextmanager
def _output(name: str | None) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside -o that replaces it only when the run completes
    (a device or a FIFO such as /dev/null is written directly: replacing it would break it).

    Text is written as UTF-8 with "\\n" kept as is on every system, so that two runs give the
    same bytes.
    """
    if name is None or name == "-":
        stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            yield stdout
        finally:
            stdout.flush()
            stdout.detach()
        return
    # /dev/null, a FIFO: fileio writes into it, never replaces it; a full disk names the file
    with atomic_text_file(Path(name), private=True) as handle:  # the cases' results: 0o600 when new
        yield handle


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, reader: object, size: int | None) -> None:
        self.reader = reader
        self.size = size
        self.enabled = sys.stderr.isatty()
        self.last = 0.0
        self.start = time.monotonic()

    def tick(self, summary: object) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        cases = getattr(summary, "cases", 0)
        failed = getattr(summary, "failed", 0)
        rate = cases / max(now - self.start, 1e-9)
        share = ""
        if self.size:
            share = f" {min(100, 100 * getattr(self.reader, 'bytes_read', 0) // self.size):3d}%"
        sys.stderr.write(f"\rsvcmatch: batch{share} {cases} cases, {failed} failed, {rate:,.0f}/s ")
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.last:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
