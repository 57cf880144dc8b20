"""The checks of records that have a point and a city, as an import checks each row: a third
name a town the gazetteer knows, two thirds a village it does not list (for which the checks
ask the town nearest the point: a city one slip from that town's name is the town misspelt).

    python benchmarks/bench_city_checks.py                 # 3,000 records, best of 3
    python benchmarks/bench_city_checks.py --records 30000
    python benchmarks/bench_city_checks.py --without-points   # the cities alone place the records
    python benchmarks/bench_city_checks.py --village-words 2  # villages of two words ('Guri i Zi')
    PYTHONPATH=/path/to/an/older/checkout python benchmarks/bench_city_checks.py   # to compare

Each figure is the CPU time of this process (time.process_time), so that other work on a
shared machine does not inflate it. The checker is kept between rounds, as the write paths
keep it (`checks.checker_for`), so the best round counts what each row costs, not the first
look-up of each name (a place search, much the larger cost of a village on the first round).
"""

from __future__ import annotations

import argparse
import random
import time

from svcmatch.checks import checker_for
from svcmatch.geo.gazetteer import load_gazetteer
from svcmatch.model import Provider


def records(count: int, seed: int = 3, points: bool = True, words: int = 1) -> list[Provider]:
    """`count` Albanian records beside a town's centre: its name, a made-up village, or the
    town's name backwards (no slip of it); without `points`, none has a point (the checks then
    ask whether the city is a town misspelt)."""
    chance = random.Random(seed)
    towns = [t for t in load_gazetteer("AL").towns if t.region]
    made: list[Provider] = []
    for i in range(count):
        town = chance.choice(towns)
        village = " ".join(
            "".join(chance.choice("abcdefghijklmnoprstuvz") for _ in range(7 if words == 1 else 5)).title()
            for _ in range(words)
        )
        city = (town.name, village, town.name[::-1].title())[i % 3]
        made.append(
            Provider(
                id=f"al-x-{i}",
                name=f"Provider {i}",
                categories=("medical",),
                region=town.region,
                city=city,
                latitude=town.latitude + 0.001 if points else None,
                longitude=town.longitude + 0.001 if points else None,
                phone="+355 69 234 5678",
            )
        )
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--without-points", action="store_true", help="records with a city and no point")
    parser.add_argument("--village-words", type=int, default=1, help="words of a made-up village's name")
    args = parser.parse_args()
    made = records(args.records, points=not args.without_points, words=args.village_words)
    best, errors = float("inf"), 0
    for _ in range(args.rounds):
        checker = checker_for("AL")
        start = time.process_time()
        errors = sum(len(checker.errors(p)) for p in made)
        best = min(best, time.process_time() - start)
    print(f"{best * 1000:.0f} ms CPU for {args.records} records (best of {args.rounds}), {errors} errors")


if __name__ == "__main__":
    main()
