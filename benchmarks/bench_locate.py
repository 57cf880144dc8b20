"""Benchmark `locate`: cold `svcmatch locate` in a small and in large countries against the
floor, a cold miss, warm resolutions per second, and the size of the wheel (issue 16).

python benchmarks/bench_locate.py [--runs 5] [--no-wheel]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "svcmatch" / "geo" / "data"
LOCATE = [sys.executable, "-m", "svcmatch", "locate"]
#: Cold `locate` in a small country and in large ones (the shipped file each one loads).
COLD = [("Shkoder", "AL"), ("Fuqing", "CN"), ("Feira de Santana", "BR"), ("Lyon", "FR"), ("Dallas", "US")]
#: A town of another country: answered from the town index, not by loading every gazetteer.
MISS = ("Kharkiv", "AL")
FLOOR = [sys.executable, "-c", "import json, click"]
PIP_WHEEL = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q"]
#: The size the wheel must stay under (issue 16).
WHEEL_LIMIT = 25 * 1024 * 1024
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


def _best_of(command: list[str], runs: int, check: bool = True) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def _cold(label: str, command: list[str], runs: int, floor: tuple[float, float], check: bool = True) -> None:
    least, median = _best_of(command, runs, check)
    print(
        f"cold   {label}: min {least * 1000:.0f} ms, median {median * 1000:.0f} ms "
        f"(x{median / floor[1]:.1f} the floor's median)"
    )


def wheel_size() -> int:
    """Build the wheel offline (hatchling from the test extra) and return its size in bytes."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [*PIP_WHEEL, str(REPO), "-w", out],
            check=True,
            capture_output=True,
        )
        (built,) = Path(out).glob("svcmatch-*.whl")
        return built.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-wheel", action="store_true", help="do not build the wheel to measure it")
    args = parser.parse_args()
    floor = _best_of(FLOOR, args.runs)
    print(
        f"floor  python -c 'import json, click': "
        f"min {floor[0] * 1000:.0f} ms, median {floor[1] * 1000:.0f} ms"
    )
    for query, country in COLD:
        size = (DATA / f"{country.lower()}.json.gz").stat().st_size
        label = f"svcmatch locate {query!r} --country {country} ({country} file {size / 1024:.0f} KB)"
        _cold(label, [*LOCATE, query, "--country", country], args.runs, floor)
        _cold(
            label + " --format json",
            [*LOCATE, query, "--country", country, "--format", "json"],
            args.runs,
            floor,
        )
    query, country = MISS
    _cold(
        f"svcmatch locate {query} --country {country} (a town of UA: exit 2)",
        [*LOCATE, query, "--country", country],
        args.runs,
        floor,
        check=False,
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
    gazetteers = sorted(DATA.glob("??.json.gz"))
    data = sum(path.stat().st_size for path in DATA.iterdir() if path.is_file())
    print(f"data   {len(gazetteers)} gazetteers, svcmatch/geo/data {data / 2**20:.1f} MiB")
    if not args.no_wheel:
        size = wheel_size()
        print(f"wheel  {size / 2**20:.1f} MiB ({size:,} bytes); limit {WHEEL_LIMIT / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
