"""The directory store at 100,000 providers: import through a Transaction, one small write,
and reading the file (the fast path `match` uses, and TinyDB's own).

    python benchmarks/bench_store.py                 # 100,000 providers
    python benchmarks/bench_store.py --providers 10000

Each figure is the CPU time of this process (time.process_time), on this machine, so that
other work on a shared machine does not inflate it. The import figure is
the store's part of `svcmatch directory import` (tabular.apply_import into a Transaction,
then the commit: one file write and one history entry); reading and checking the spreadsheet
rows is measured apart, by the import command's own benchmark.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import generate  # noqa: E402
from svcmatch.checks import checker_for  # noqa: E402
from svcmatch.model import Provider, provider_from_record  # noqa: E402
from svcmatch.storage import DirectoryStore, load_directory  # noqa: E402
from svcmatch.tabular import apply_import  # noqa: E402
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
    options = parser.parse_args(argv)
    count, country = options.providers, options.country
    places = generate.towns(country)
    providers = valid_providers(country, count, places)
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


if __name__ == "__main__":
    main()
