"""The directory store at 100,000 providers: import through a Transaction, one small write,
and reading the file (the fast path `match` uses, and TinyDB's own).

    python benchmarks/bench_store.py                 # 100,000 providers
    python benchmarks/bench_store.py --providers 10000
    python benchmarks/bench_store.py --no-command     # the store's figures only
    python benchmarks/bench_store.py --command-only --compare DIR --rounds 2
        # only the whole command, and the same command of an older checkout (DIR, e.g. from
        # `git archive`), in turns, so that both meet the same load on a shared machine
    python benchmarks/bench_store.py --parts          # where the command's CPU time goes
    python benchmarks/bench_store.py --command-only --reimport --compare DIR --rounds 2
        # also the update path: the same rows again, as an export (ids, revisions) that a
        # country office re-imports unchanged

Each figure is the CPU time of this process (time.process_time), on this machine, so that
other work on a shared machine does not inflate it. The first import figures are the store's
part of `svcmatch directory import` (tabular.apply_import into a Transaction, then the commit:
one file write and one history entry). The last figure is the whole command, as a user runs
it: `svcmatch directory import UA providers.csv --quiet` of the same providers as a CSV
without ids, into an empty directory (reading, every row's checks, the duplicate search, the
commit), CPU of the child process (user + system) and its wall-clock time. With --reimport,
also `svcmatch directory import` of the directory's own export (ids and revisions; the
confidential shelters' location left blank, as export leaves it: every row unchanged) into
the directory it came from.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import generate  # noqa: E402
from svcmatch.checks import checker_for  # noqa: E402
from svcmatch.cli import main as svcmatch_main  # noqa: E402
from svcmatch.model import Directory, Provider, provider_from_record  # noqa: E402
from svcmatch.storage import DirectoryStore, load_directory  # noqa: E402
from svcmatch.tabular import apply_import, write_table  # noqa: E402
from svcmatch.transaction import DirectoryStorage, open_database  # noqa: E402


def timed(label: str, seconds: float, note: str = "") -> None:
    print(f"{label:<58} {seconds:8.2f} s{('  ' + note) if note else ''}", flush=True)


def valid_providers(country: str, count: int, places: list[generate.Town]) -> list[Provider]:
    """`count` generated providers that the write paths accept: the generator scatters points
    up to ~3 km around a town, which puts a few border towns' providers across the border;
    those are left out (and more are drawn), as an import would refuse them."""
    checker = checker_for(country)
    found: list[Provider] = []
    for record in generate.provider_records(country, count * 2, places):
        if country == "UA":  # the generator's phones are random digits, which import refuses
            record["phone"] = f"+380 44 {200 + len(found) // 10_000:03d} {len(found) % 10_000:04d}"
        provider = provider_from_record(record)
        if not checker.errors(provider, complete=False):
            found.append(provider)
            if len(found) == count:
                return found
    raise SystemExit(f"the generator gave fewer than {count:,} valid providers")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--providers", type=int, default=100_000)
    parser.add_argument("--country", default="UA")
    parser.add_argument("--no-command", action="store_true", help="leave out the whole-command import")
    parser.add_argument("--command-only", action="store_true", help="only the whole-command import")
    parser.add_argument("--compare", type=Path, help="also import with the svcmatch of this checkout")
    parser.add_argument("--rounds", type=int, default=1, help="how many times each command runs")
    parser.add_argument("--parts", action="store_true", help="the command in this process, timed by part")
    parser.add_argument("--reimport", action="store_true", help="also re-import the directory's export")
    options = parser.parse_args(argv)
    count, country = options.providers, options.country
    places = generate.towns(country)
    providers = valid_providers(country, count, places)
    if options.parts or options.command_only:
        with tempfile.TemporaryDirectory() as scratch:
            directory = stored(country, Path(scratch), providers)
            if options.parts:
                table = Path(scratch) / "providers.csv"
                table.write_text(new_rows_csv(directory), encoding="utf-8")
                timed_parts(country, count, table, Path(scratch) / "parts")
            else:
                commands(options, country, count, Path(scratch), directory)
        return
    with tempfile.TemporaryDirectory() as scratch:
        store = DirectoryStore(country, Path(scratch))
        store.create(title="bench", author="bench")

        changed = [p.with_changes(phone="+380 00 555 0000") for p in providers]
        for rows, what, key in (
            (providers, f"import {count:,} new providers (Transaction + commit)", "added"),
            (providers, f"import the same {count:,} again (all unchanged, no write)", "unchanged"),
            (changed, f"import {count:,} changed providers (update)", "updated"),
        ):
            start = time.process_time()
            with store.transaction(author="bench", action="import") as transaction:
                outcome = apply_import(transaction, rows)
            timed(what, time.process_time() - start)
            assert len(getattr(outcome, key)) == count

        start = time.process_time()
        with store.transaction(author="bench", action="edit") as transaction:
            transaction.put(providers[0].with_changes(phone="+380 00 555 0001"))
        timed(f"one edit in a {count:,}-provider file", time.process_time() - start)

        size = store.path.stat().st_size / 1024**2
        start = time.process_time()
        directory = load_directory(country, Path(scratch))
        timed(f"load_directory ({size:.0f} MiB, fast path for match)", time.process_time() - start)
        assert len(directory.providers) == count

        start = time.process_time()
        database = open_database(DirectoryStorage(store.path, store.country))
        documents = database.table("providers").all()
        timed("TinyDB read: table('providers').all()", time.process_time() - start, "(checked, same parse)")
        assert len(documents) == count

        if not options.no_command:
            commands(options, country, count, Path(scratch), directory)


def stored(country: str, root: Path, providers: list[Provider]) -> Directory:
    """A directory of these providers in `root`, as `load_directory` reads it."""
    store = DirectoryStore(country, root)
    store.create(title="bench", author="bench")
    with store.transaction(author="bench", action="import") as transaction:
        apply_import(transaction, providers)
    return load_directory(country, root)


def commands(
    options: argparse.Namespace, country: str, count: int, scratch: Path, directory: Directory
) -> None:
    """The whole command (and with --compare, an older checkout's), --rounds times, in turns."""
    table = scratch / "providers.csv"
    table.write_text(new_rows_csv(directory), encoding="utf-8")
    checkouts: list[tuple[str, Path | None]] = [("", None)]
    if options.compare is not None:
        checkouts.append((f" [{options.compare.name}]", options.compare.resolve()))
    export = scratch / "export.csv"
    if options.reimport:
        root = scratch / "exported"
        cli_import(root, country, table)
        command = [sys.executable, "-m", "svcmatch", "--directories", str(root), "directory", "export"]
        subprocess.run([*command, country, "-o", str(export)], check=True, capture_output=True)
    for round_ in range(options.rounds):
        for label, checkout in checkouts:
            cpu, wall = cli_import(scratch / f"cli{round_}{label.strip()}", country, table, checkout)
            what = f"svcmatch directory import of a {count:,}-row CSV (command){label}"
            timed(what, cpu, f"CPU; {wall:.2f} s wall")
            if options.reimport:  # into the directory the export came from: every row unchanged
                folder = scratch / f"re{round_}{label.strip()}"
                shutil.copytree(scratch / "exported", folder)
                cpu, wall = cli_import(folder, country, export, checkout, init=False)
                what = f"the same {count:,} rows again, from its export (command){label}"
                timed(what, cpu, f"CPU; {wall:.2f} s wall")


#: The parts of `directory import` that `--parts` times: (module, owner, function, label).
PARTS = (
    ("svcmatch.tabular", "_Rows", "_grid_rows", "reading the CSV's rows (csv, each row's cells)"),
    ("svcmatch.tabular", "_NewRows", "__init__", "each column's distinct cells (tabular._NewRows)"),
    ("svcmatch.checks", "Checker", "errors", "the rows' checks (checks.Checker.errors)"),
    ("svcmatch.tabular", None, "read_bytes", "the rest of reading (records, phones, notes)"),
    ("svcmatch.tabular", None, "apply_import", "apply_import (new ids, Transaction.put)"),
    ("svcmatch.transaction", "Transaction", "tables", "handing the changes to TinyDB"),
    ("svcmatch.storage", None, "_change_entries", "the history's changes (_change_entries)"),
    ("svcmatch.transaction", None, "serialise", "laying out the directory file (serialise)"),
    ("svcmatch.storage", None, "history_text", "laying out the history (history_text)"),
    ("svcmatch.transaction", None, "write_bytes_atomic", "writing the directory file (fsync, rename)"),
    ("svcmatch.storage", None, "write_bytes_atomic", "writing the history's journal"),
)


def timed_parts(country: str, count: int, table: Path, root: Path) -> None:
    """`svcmatch directory import` in this process, with each part's own CPU time (a part's
    time leaves out the parts timed inside it)."""
    spent: dict[str, float] = {}
    inner: list[float] = []

    def timer(function: Any, label: str) -> Any:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - start
                spent[label] = spent.get(label, 0.0) + elapsed - inner.pop()
                if inner:
                    inner[-1] += elapsed

        return timed_call

    for module_name, owner_name, name, label in PARTS:
        module = importlib.import_module(module_name)
        owner = getattr(module, owner_name) if owner_name else module
        setattr(owner, name, timer(getattr(owner, name), label))
    arguments = ["--directories", str(root), "directory"]
    for command in (["init", country], ["import", country, str(table), "--quiet"]):
        start = time.process_time()
        spent.clear()
        try:
            svcmatch_main.main([*arguments, *command], standalone_mode=False)
        except SystemExit as exit_:
            if exit_.code:
                raise
    total = time.process_time() - start
    for _module, _owner, _name, label in PARTS:
        timed(label, spent.get(label, 0.0))
    timed("the rest (start, locks, reading the empty file, messages)", total - sum(spent.values()))
    timed(f"svcmatch directory import of a {count:,}-row CSV, in this process", total, "CPU")


def new_rows_csv(directory: Directory) -> str:
    """The directory as the spreadsheet template, without ids or revisions: new rows."""
    text = write_table(directory, "csv", include_confidential=True)
    assert isinstance(text, str)
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        row["id"] = row["revision"] = ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def cli_import(
    root: Path, country: str, table: Path, checkout: Path | None = None, *, init: bool = True
) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of `svcmatch directory import` in a child process (of the
    svcmatch in `checkout`, when given, run from that folder), into a new directory unless
    not `init`."""
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root)]
    env = dict(os.environ, PYTHONPATH=str(checkout)) if checkout is not None else None
    if init:
        init_command = [*command, "directory", "init", country]
        subprocess.run(init_command, check=True, capture_output=True, env=env, cwd=checkout)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run(
        [*command, "directory", "import", country, str(table), "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        cwd=checkout,
    )
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"the import failed: {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


if __name__ == "__main__":
    main()
