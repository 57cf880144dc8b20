"""How a record's city reads when it names no place the gazetteer lists (a village), as an
import reads every city: `geo.read_city` with the record's region, over made-up village names.

    python benchmarks/bench_read_city.py                       # 300 names in Nigeria (Edo)
    python benchmarks/bench_read_city.py --names 2000 --country UA --region UA-21
    PYTHONPATH=/path/to/an/older/checkout python benchmarks/bench_read_city.py   # to compare

The figure is the CPU time of this process (time.process_time), so that other work on a
shared machine does not inflate it; the names are new to the process, as an import's are.
"""

from __future__ import annotations

import argparse
import random
import time

from svcmatch.geo import read_city


def village_names(count: int, seed: int = 7) -> list[str]:
    """`count` made-up names of six to ten letters, consonant and vowel in turn."""
    chance = random.Random(seed)
    return [
        "".join(
            chance.choice("aeiou" if i % 2 else "bdfgklmnprstvwz") for i in range(chance.randint(6, 10))
        ).title()
        for _ in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=300)
    parser.add_argument("--country", default="NG")
    parser.add_argument("--region", default="NG-ED")
    args = parser.parse_args()
    names = village_names(args.names)
    read_city("Benin City", args.country, args.region)  # the gazetteer's head, read once
    start = time.process_time()
    unread = sum(read_city(name, args.country, args.region) is None for name in names)
    spent = (time.process_time() - start) * 1000
    print(
        f"{spent:,.0f} ms CPU for {len(names):,} made-up village names"
        f" ({args.country}, {args.region}), {unread:,} unread"
    )


if __name__ == "__main__":
    main()
