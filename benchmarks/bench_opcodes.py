"""Python opcodes that batch's cases run: a load-independent figure for comparing two versions.

    python benchmarks/bench_opcodes.py                       # cases 1,000 to 1,300 of the bench
    python benchmarks/bench_opcodes.py --functions 30        # and where they go, by function
    PYTHONPATH=OLD python benchmarks/bench_opcodes.py        # an older checkout (git archive REV)

On the shared 2-core machine the CPU time of the same code swings by 10-20% from one process to
the next, which hides any change smaller than that. The number of opcodes the interpreter runs
for the same cases does not swing: it is the same in every run, whatever the load. It counts
Python work only (not the C inside orjson, big-integer operations or dict look-ups), so it
judges a change to the Python path of a case; the CPU time, alternated, judges the rest.

The directory and the cases are the ones `python -m benchmarks` generates (run it once). The
matcher's index is built for every need first, then the cases run through `batch.run_batch`
(as `svcmatch batch` runs them in one process) and each record is turned into its JSON line;
only the cases from --first to --last are traced (with `sys.settrace`, about 30 times slower),
after the earlier ones have filled the caches that a batch fills as it goes.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
import tempfile
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from svcmatch import batch, storage
from svcmatch.matching import Weights, matcher_for
from svcmatch.taxonomy import NEED_CODES

BENCH = Path(tempfile.gettempdir()) / "svcmatch-bench"
TODAY = dt.date(2026, 3, 1)  # as benchmarks/run.py


def count(directory: Path, cases: Path, first: int, last: int) -> collections.Counter[CodeType]:
    """The opcodes run by cases first..last - 1 (0-based), by code object."""
    loaded = storage.load_directory("UA", str(directory))
    scoring = matcher_for(loaded).scoring(TODAY, Weights())
    for need in NEED_CODES:
        scoring.index(need)
    counts: collections.Counter[CodeType] = collections.Counter()

    def each_opcode(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode":
            counts[frame.f_code] += 1
        return each_opcode

    def each_call(frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_opcodes = True
        return each_opcode

    with open(cases, "rb") as stream:
        outcomes = batch.run_batch(
            batch.CaseReader(stream, "csv"), batch.BatchSettings(today=TODAY), directories={"UA": loaded}
        )
        for n, outcome in enumerate(outcomes):
            if n == first:
                sys.settrace(each_call)
            if n >= first:
                batch.record_json(outcome.record)
            if n == last - 1:
                sys.settrace(None)
                break
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", type=Path, default=BENCH / "dir-10000", help="a generated directory")
    parser.add_argument("--cases", type=Path, default=BENCH / "cases-10000.csv", help="a generated case file")
    parser.add_argument("--first", type=int, default=1000, help="the first case traced (0-based)")
    parser.add_argument("--last", type=int, default=1300, help="the case after the last one traced")
    parser.add_argument("--functions", type=int, default=0, help="list the N functions that run the most")
    args = parser.parse_args(argv)
    if not args.cases.exists():
        raise SystemExit(f"no {args.cases}: run `python -m benchmarks --matching` once to generate it")
    counts = count(args.directory, args.cases, args.first, args.last)
    cases = args.last - args.first
    total = sum(counts.values())
    print(f"{batch.__file__}: {total:,} opcodes for {cases} cases, {total // cases:,} a case")
    for code, n in counts.most_common(args.functions):
        where = f"{Path(code.co_filename).name}:{code.co_firstlineno}"
        name = getattr(code, "co_qualname", code.co_name)  # co_qualname: Python 3.11 on
        print(f"{100 * n / total:5.1f}% {n // cases:7,d} a case  {name} ({where})")


if __name__ == "__main__":
    main()
