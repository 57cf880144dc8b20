"""Benchmark `locate`: cold start of `svcmatch locate` against the floor, and warm resolutions per second.

python benchmarks/bench_locate.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COLD = [sys.executable, "-m", "svcmatch", "locate", "Shkoder", "--country", "AL"]
FLOOR = [sys.executable, "-c", "import json, click"]
#: Names that take each path: exact, other script, old name, sound-alike, typo, region.
WARM = [
    ("Shkoder", "AL"),
    ("Тирана", "AL"),
    ("Scutari", "AL"),
    ("Lemberg", "UA"),
    ("Kharkov", "UA"),
    ("Vinnitsa", "UA"),
    ("Zaporozhe", "UA"),
    ("Lvivska oblast", "UA"),
    ("طنجة", "MA"),
    ("Marakech", "MA"),
    ("Souss-Massa", "MA"),
    ("Ivanivka", "UA"),
    ("Shkdoer", "AL"),
    ("Elbsan", "AL"),
    ("Casablnca", "MA"),
]


def _best_of(command: list[str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    floor_min, floor_median = _best_of(FLOOR, args.runs)
    cold_min, cold_median = _best_of(COLD, args.runs)
    print(
        f"floor  python -c 'import json, click': min {floor_min * 1000:.0f} ms, "
        f"median {floor_median * 1000:.0f} ms"
    )
    print(
        f"cold   svcmatch locate Shkoder --country AL: min {cold_min * 1000:.0f} ms, "
        f"median {cold_median * 1000:.0f} ms (+{(cold_min - floor_min) * 1000:.0f} ms over the floor)"
    )

    from svcmatch.geo import locate

    start = time.perf_counter()
    for query, country in WARM:
        locate(query, country)  # first use loads the gazetteers
    first = time.perf_counter() - start
    rounds = 50
    start = time.perf_counter()
    for _ in range(rounds):
        for query, country in WARM:
            locate(query, country)
    elapsed = time.perf_counter() - start
    print(
        f"warm   first pass (loads AL, MA, UA): {first * 1000:.0f} ms; then "
        f"{rounds * len(WARM) / elapsed:.0f} resolutions/s over {len(WARM)} mixed names"
    )


if __name__ == "__main__":
    main()
