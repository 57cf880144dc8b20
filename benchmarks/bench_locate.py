"""Benchmark `locate`: cold `svcmatch locate` and `svcmatch match` in every shipped country (or
the largest files) against the floor, a cold miss, warm resolutions per second, inside-the-country
checks per second (what an import asks of each record's point), and the size of the wheel
(issues 10 and 16: cold start within three times the floor).

python benchmarks/bench_locate.py [--runs 5] [--largest 20 | --all | --countries CN,BR] [--no-wheel]

Each country is asked for the largest town of its shipped file, by that town's name (an exact
lookup, what most queries are). `match` runs on a directory of one provider in that town,
written to a temporary folder. The floor (`python -c "import json, click"`) is measured in the
same rounds as each country's commands, interleaved, so that machine load hits both alike.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "svcmatch" / "geo" / "data"
SVCMATCH = [sys.executable, "-m", "svcmatch"]
#: Return countries measured whatever the selection: a small file (AL) and large ones (CN, BR, NG).
ALWAYS = ("AL", "CN", "BR", "NG")
#: The data's own cost: the first `locate` in a fresh process, timed inside it (CPU), in a
#: small and in the largest files.
FIRST = ("AL", "BR", "FR", "US")
FIRST_CODE = """
import time
from svcmatch.geo import locate
start = time.process_time()
locate({query!r}, {country!r})
print(time.process_time() - start)
"""
#: A town of another country: answered from the town index, not by loading every gazetteer.
MISS = ("Kharkiv", "AL")
FLOOR = [sys.executable, "-c", "import json, click"]
#: Issue 10's bound on a cold start, as a multiple of the floor.
BOUND = 3.0
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


#: Like an installed package: compiled modules are cached (in a folder of this run, not in the
#: tree), even where PYTHONDONTWRITEBYTECODE is set, for the floor and for svcmatch alike.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _seconds(command: list[str], check: bool = True) -> tuple[float, float]:
    """(wall, CPU) seconds of one run: the CPU time (user and system, of the process and its
    children) varies less than the wall time on a machine that others share."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _rounds(
    commands: dict[str, list[str]], runs: int, check: bool = True
) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall and median CPU seconds of each command, run `runs` times in interleaved
    rounds (after one untimed run each, so that the disk cache is warm for all)."""
    for command in commands.values():
        _seconds(command, check)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(_seconds(command, check))
    wall = {name: statistics.median(w for w, _cpu in values) for name, values in times.items()}
    cpu = {name: statistics.median(c for _w, c in values) for name, values in times.items()}
    return wall, cpu


def largest_town(country: str) -> tuple[str, float, float, str]:
    """(name, latitude, longitude, region) of the first town of a shipped file (the largest)."""
    with gzip.open(DATA / f"{country.lower()}.json.gz") as handle:
        name, lat, lon, _population, region, _section = json.load(handle)["towns"][0]
    return name, lat, lon, region


def write_directory(folder: Path, country: str) -> None:
    """A directory file of one provider in the country's largest town."""
    name, lat, lon, region = largest_town(country)
    provider = {
        "id": f"{country.lower()}-bench-0001",
        "name": "Bench shelter",
        "categories": ["shelter", "medical"],
        "city": name,
        "region": region,
        "latitude": lat,
        "longitude": lon,
        "languages": ["en"],
        "status": "active",
        "verified_on": "2026-11-01",
        "coverage": {"kind": "radius", "km": 50.0},
        "revision": 1,
    }
    document = {
        "meta": {"directory": {"country": country, "sample": False, "schema_version": 2, "title": "bench"}},
        "providers": {provider["id"]: provider},
    }
    (folder / f"{country.lower()}.json").write_text(json.dumps(document), encoding="utf-8")


def shipped_countries() -> list[str]:
    """Every shipped gazetteer's country, the largest file first."""
    paths = sorted(DATA.glob("??.json.gz"), key=lambda p: (-p.stat().st_size, p.name))
    return [path.name[:2].upper() for path in paths]


def measure_country(country: str, folder: Path, runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """Wall and CPU medians as multiples of the floor's, for cold locate, locate --format json
    and match in a country."""
    town = largest_town(country)[0]
    write_directory(folder, country)
    wall, cpu = _rounds(
        {
            "floor": FLOOR,
            "locate": [*SVCMATCH, "locate", town, "--country", country],
            "locate json": [*SVCMATCH, "locate", town, "--country", country, "--format", "json"],
            "match": [
                *SVCMATCH,
                "--directories",
                str(folder),
                "match",
                "--country",
                country,
                "--to",
                town,
                "--needs",
                "shelter",
                "--format",
                "json",
            ],
        },
        runs,
    )
    return (
        {name: median / wall["floor"] for name, median in wall.items() if name != "floor"},
        {name: median / cpu["floor"] for name, median in cpu.items() if name != "floor"},
    )


def first_locate(country: str, runs: int) -> float:
    """The least CPU seconds of the first `locate` of the country's largest town in a fresh
    process (after `import svcmatch.geo`): what reading the gazetteer costs."""
    code = FIRST_CODE.format(query=largest_town(country)[0], country=country)
    return min(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, check=True
            ).stdout
        )
        for _ in range(runs)
    )


def wheel_size() -> int:
    """Build the wheel offline (hatchling from the test extra) and return its size in bytes."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([*PIP_WHEEL, str(REPO), "-w", out], check=True, capture_output=True)
        (built,) = Path(out).glob("svcmatch-*.whl")
        return built.stat().st_size


def selection(args: argparse.Namespace) -> list[str]:
    shipped = shipped_countries()
    if args.countries:
        return [c.strip().upper() for c in args.countries.split(",") if c.strip()]
    chosen = shipped if args.all else shipped[: args.largest]
    return [*chosen, *(c for c in ALWAYS if c not in chosen)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--largest", type=int, default=20, help="the N largest files (default 20)")
    parser.add_argument("--all", action="store_true", help="every shipped country")
    parser.add_argument("--countries", help="these countries only, e.g. CN,BR")
    parser.add_argument("--no-wheel", action="store_true", help="do not build the wheel to measure it")
    args = parser.parse_args()
    print(
        f"cold start, median of {args.runs} fresh processes each, as multiples of the floor's median "
        f"(python -c 'import json, click'), measured in the same rounds; bound x{BOUND:g}.\n"
        "Wall time is what the bound is about; CPU time (user + system) varies less under load."
    )
    names = ("locate", "locate json", "match")
    print(
        f"{'country':<8} {'file KB':>8} | wall: {'locate':>7} {'json':>7} {'match':>7} "
        f"| cpu: {'locate':>7} {'json':>7} {'match':>7}"
    )
    worst: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory(prefix="svcmatch-bench-") as tmp:
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        for country in selection(args):
            size = (DATA / f"{country.lower()}.json.gz").stat().st_size
            wall, cpu = measure_country(country, Path(tmp), args.runs)
            worst += [(ratio, f"{name} {country}") for name, ratio in wall.items()]
            over = " OVER" if max(wall.values()) > BOUND else ""
            print(
                f"{country:<8} {size / 1024:8.0f} | wall: "
                + " ".join(f"{f'x{wall[n]:.2f}':>7}" for n in names)
                + " | cpu: "
                + " ".join(f"{f'x{cpu[n]:.2f}':>7}" for n in names)
                + f"  {largest_town(country)[0]}{over}"
            )
        worst.sort(reverse=True)
        over = [label for ratio, label in worst if ratio > BOUND]
        print(f"worst (wall): {', '.join(f'{label} x{ratio:.2f}' for ratio, label in worst[:3])}")
        print(f"over x{BOUND:g} (wall): {len(over)}" + (f" ({', '.join(over)})" if over else ""))
        firsts = ", ".join(f"{cc} {first_locate(cc, args.runs) * 1000:.1f} ms" for cc in FIRST)
        print(f"first  locate of the largest town in a fresh process (CPU, least of {args.runs}): {firsts}")
        query, country = MISS
        miss = [*SVCMATCH, "locate", query, "--country", country]
        wall, cpu = _rounds({"floor": FLOOR, "miss": miss}, args.runs, check=False)
        print(
            f"miss   svcmatch locate {query} --country {country} (a town of UA: exit 2): "
            f"{wall['miss'] * 1000:.0f} ms, wall x{wall['miss'] / wall['floor']:.2f}, "
            f"cpu x{cpu['miss'] / cpu['floor']:.2f}"
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
    points_per_second()
    gazetteers = sorted(DATA.glob("??.json.gz"))
    data = sum(path.stat().st_size for path in DATA.iterdir() if path.is_file())
    print(f"data   {len(gazetteers)} gazetteers, svcmatch/geo/data {data / 2**20:.1f} MiB")
    if not args.no_wheel:
        size = wheel_size()
        print(f"wheel  {size / 2**20:.1f} MiB ({size:,} bytes); limit {WHEEL_LIMIT / 2**20:.0f} MiB")


def points_per_second(count: int = 100_000) -> None:
    """What an import asks of each provider's coordinates: `inside_country` of points scattered
    up to ~3 km around towns (the store benchmark's providers), fresh gazetteers, CPU time."""
    import random

    from svcmatch.geo import inside_country
    from svcmatch.geo.gazetteer import load_gazetteer

    for country in ("UA", "US", "NO"):
        towns = load_gazetteer(country).towns
        rng = random.Random(3)
        chosen = rng.sample(list(towns), min(400, len(towns)))
        points = [
            (t.latitude + rng.uniform(-0.03, 0.03), t.longitude + rng.uniform(-0.03, 0.03))
            for t in (rng.choice(chosen) for _ in range(count))
        ]
        load_gazetteer.cache_clear()
        start = time.process_time()
        inside = sum(inside_country(lat, lon, country) for lat, lon in points)
        seconds = time.process_time() - start
        print(
            f"points inside_country, {country}: {count:,} points around 400 towns in {seconds:.2f} s CPU "
            f"({count / seconds:,.0f}/s; {inside:,} inside)"
        )


if __name__ == "__main__":
    main()
