"""validate's search for public records that give a confidential shelter's place
(`validate.shelter_place_findings`): shelters in many villages of one region, public records in
its main town whose texts name no shelter's town (the common case), or, with --towns-named, whose
notes name a shelter's village (each such text is then searched with that village's addresses).

    python benchmarks/bench_shelter_places.py                   # 2,000 shelters, 20,000 records
    python benchmarks/bench_shelter_places.py --towns-named
    PYTHONPATH=/path/to/an/older/checkout python benchmarks/bench_shelter_places.py   # to compare

Each figure is the CPU time of this process (time.process_time), best of --rounds.
"""

from __future__ import annotations

import argparse
import random
import time

from svcmatch.model import Provider
from svcmatch.validate import shelter_place_findings


def providers(shelters: int, public: int, villages: int, towns_named: bool) -> list[Provider]:
    draw = random.Random(1)

    def point() -> dict[str, float]:
        return {"latitude": 41.7 + draw.random() * 0.2, "longitude": 19.6 + draw.random() * 0.2}

    hidden = [
        Provider(
            id=f"s{i}",
            name=f"Shelter {i}",
            categories=("shelter",),
            city=f"Fshati{i % villages}",
            region="AL-08",
            address=f"Rruga Sekrete {i}",
            confidential_address=True,
            **point(),
        )
        for i in range(shelters)
    ]

    def named(i: int) -> str:
        return f" fshati{i % villages} " if towns_named else " "

    shown = [
        Provider(
            id=f"p{i}",
            name=f"Clinic {i}",
            categories=("medical",),
            city="Lezhë",
            region="AL-08",
            address=f"Rruga Publike {i}",
            notes=f"call the desk at Rruga Publike {i}{named(i)}ask for Ana",
            how_to_refer="phone first, then e-mail the case worker",
            **point(),
        )
        for i in range(public)
    ]
    return hidden + shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shelters", type=int, default=2000)
    parser.add_argument("--public", type=int, default=20000)
    parser.add_argument("--villages", type=int, default=500)
    parser.add_argument("--towns-named", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    records = providers(args.shelters, args.public, args.villages, args.towns_named)
    best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        found = shelter_place_findings(records)
        best = min(best, time.process_time() - start)
    print(f"{len(records):,} records, {len(found):,} warnings: {best:.2f} s CPU (best of {args.rounds})")


if __name__ == "__main__":
    main()
