"""Instructions that batch's cases run, C included (valgrind's callgrind): a load-independent figure.

    python benchmarks/bench_instructions.py                         # cases 1,000 to 1,500 (under a minute)
    python benchmarks/bench_instructions.py --first 0 --last 10000  # every case (about 10 minutes)
    PYTHONPATH=OLD python benchmarks/bench_instructions.py          # an older checkout (git archive REV)

`bench_opcodes.py` counts the Python opcodes a case runs; this counts the machine instructions,
so it also sees what runs in C (big-integer masks, dict look-ups, orjson, allocation) and what a
change moves from Python to C. The same count in every run, whatever the machine's load, where
CPU time on the shared machine swings by 15-20% from one process to the next.

It runs itself under `valgrind --tool=callgrind` with instrumentation off, loads the directory
and builds the matcher's index for every need (not counted), then runs the cases through
`batch.run_batch` as `svcmatch batch` does in one process, each record turned into its JSON line;
`callgrind_control` turns instrumentation on for cases --first to --last only. The directory and
the cases are those `python -m benchmarks` generates (run it once).

The counted process runs with a fixed PYTHONHASHSEED (HASH_SEED): the order of a set of strings
follows the hash seed: with a random one, two runs of the same code counted 3,381,505 and
3,383,270 instructions a case; with the seed fixed, every run of one version counts the same.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(tempfile.gettempdir()) / "svcmatch-bench"
TODAY = dt.date(2026, 3, 1)  # as benchmarks/run.py
_INSIDE = "SVCMATCH_BENCH_UNDER_CALLGRIND"
#: The hash seed of the counted process: the same code counts the same instructions in every run.
HASH_SEED = "0"


def run_cases(directory: Path, cases: Path, first: int, last: int) -> None:
    """Under callgrind: the cases first..last - 1 (0-based) with instrumentation on."""
    from svcmatch import batch, storage
    from svcmatch.matching import Weights, matcher_for
    from svcmatch.taxonomy import NEED_CODES

    loaded = storage.load_directory("UA", str(directory))
    scoring = matcher_for(loaded).scoring(TODAY, Weights())
    for need in NEED_CODES:
        scoring.index(need)

    def instrument(state: str) -> None:
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], capture_output=True, check=True)

    with open(cases, "rb") as stream:
        outcomes = batch.run_batch(
            batch.CaseReader(stream, "csv"), batch.BatchSettings(today=TODAY), directories={"UA": loaded}
        )
        for n, outcome in enumerate(outcomes):
            if n == first:
                instrument("on")
            batch.record_json(outcome.record)
            if n == last - 1:
                instrument("off")
                break


def count(directory: Path, cases: Path, first: int, last: int) -> int:
    """The instructions that cases first..last - 1 ran, counted by callgrind in a fresh process."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("this needs valgrind (apt-get install valgrind)")
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        *("--directory", str(directory), "--cases", str(cases)),
        *("--first", str(first), "--last", str(last)),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, _INSIDE: "1", "PYTHONHASHSEED": HASH_SEED}
    )
    found = re.search(r"Collected : (\d+)", result.stderr)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog=f"The counted process runs with PYTHONHASHSEED={HASH_SEED} (whatever the environment says), "
        "so that two runs of the same code give the same count.",
    )
    parser.add_argument("--directory", type=Path, default=BENCH / "dir-10000", help="a generated directory")
    parser.add_argument("--cases", type=Path, default=BENCH / "cases-10000.csv", help="a generated case file")
    parser.add_argument("--first", type=int, default=1000, help="the first case counted (0-based)")
    parser.add_argument("--last", type=int, default=1500, help="the case after the last one counted")
    args = parser.parse_args(argv)
    if os.environ.get(_INSIDE):
        run_cases(args.directory, args.cases, args.first, args.last)
        return
    if not args.cases.exists():
        raise SystemExit(f"no {args.cases}: run `python -m benchmarks --matching` once to generate it")
    if not 0 <= args.first < args.last:
        raise SystemExit("--first must be 0 or more and below --last")
    total = count(args.directory, args.cases, args.first, args.last)
    cases = args.last - args.first
    import svcmatch

    where = Path(svcmatch.__file__).parent
    print(f"{where}: {total:,} instructions for {cases} cases, {total // cases:,} a case")


if __name__ == "__main__":
    main()
