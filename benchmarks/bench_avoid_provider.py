"""Matches whose case avoids a provider (`--avoid-provider`, a batch's avoid_provider column),
against the same cases avoiding none: the records of an avoided service point and the records
at its street address (`Matcher.twins`, `Matcher.at_shelters_address`) are looked up per case.

    python -m benchmarks.generate --country UA --providers 10000 --cases 10 --out /tmp/bench
    python benchmarks/bench_avoid_provider.py /tmp/bench/dir-10000
    PYTHONPATH=/path/to/an/older/checkout python benchmarks/bench_avoid_provider.py /tmp/bench/dir-10000

Each figure is cases a second of this process's CPU time (time.process_time), best of --rounds,
after one warm-up case (the index is built once per directory).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from svcmatch.matching import Case, match
from svcmatch.model import Directory
from svcmatch.storage import DirectoryStore


def cases_a_second(cases: list[Case], directory: Directory, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for case in cases:
            match(case, directory)
        best = min(best, time.process_time() - start)
    return len(cases) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder holding the directory file")
    parser.add_argument("--country", default="UA")
    parser.add_argument("--to", default="Kyiv")
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    directory = DirectoryStore(args.country, args.folder).load()
    base = {"country": args.country, "to": args.to, "needs": ["shelter", "medical"]}
    ids = [p.id for p in directory.providers[: args.cases]]
    avoiding = [Case.from_mapping({**base, "avoid_provider": [i]}) for i in ids]
    plain = [Case.from_mapping(base)] * len(avoiding)
    match(avoiding[0], directory)  # the index, once
    print(f"{len(directory.providers):,} providers, {len(avoiding)} cases")
    print(f"avoiding one provider: {cases_a_second(avoiding, directory, args.rounds):,.0f} cases/s")
    print(f"avoiding none:         {cases_a_second(plain, directory, args.rounds):,.0f} cases/s")


if __name__ == "__main__":
    main()
