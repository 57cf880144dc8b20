"""Read many place names in every shipped country and write each reading, one per line, so
that a change to geography can be checked for answers it changed without meaning to.

python benchmarks/scan_locate.py OUT.tsv [--towns 300] [--countries UA,AL] [--variants]
python benchmarks/scan_locate.py --compare BEFORE.tsv AFTER.tsv
python benchmarks/scan_locate.py --spelling [--towns 300] [--countries UA,AL]

The names are each country's largest towns (by population) and every name of each region
(its own, its other names and their forms with the region's type word), each read by
`locate` as a caseworker's `--to` would be; `--variants` adds, for each of those towns, the
ways people shorten or mistype a name (its first word, when it has several; the name without
its last letter; two letters swapped), which exercise the readings by spelling. A line holds
the country, the query and what it was read as (kind, name, region, how) or the first words
of the refusal. `--compare` prints the queries whose reading differs and counts them. It
prints the time the scan took. `--spelling` reads only the mistyped forms and counts, by score,
the readings by spelling and those that are the town the form was made from, and the readings
refused as too loose (`refused`: how many came close to the town they were made from).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "svcmatch" / "geo" / "data"


def _variants(name: str) -> list[str]:
    words = name.replace("-", " ").split()
    found = [words[0]] if len(words) > 1 and len(words[0]) >= 5 else []
    if len(name) >= 5:
        found += [name[:-1], name[:2] + name[3] + name[2] + name[4:]]
    return found


def _queries(alpha2: str, towns: int, variants: bool = False) -> list[str]:
    from svcmatch.geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(alpha2)
    largest = sorted(range(len(gazetteer.towns)), key=lambda i: -gazetteer.towns[i].population)[:towns]
    names = [gazetteer.towns[i].name for i in largest]
    if variants:
        names += [variant for name in list(names) for variant in _variants(name)]
    for region in gazetteer.regions.values():
        names.append(region.name)
        names.extend(region.names)
        if region.type:
            names.append(f"{region.name} {region.type}")
    return list(dict.fromkeys(n for n in names if n.strip()))


def _reading(query: str, alpha2: str) -> str:
    from svcmatch.errors import SvcmatchError
    from svcmatch.geo.locate import locate

    try:
        place = locate(query, alpha2)
    except SvcmatchError as error:
        return "refused: " + str(error).split(":")[0][:60]
    return f"{place.kind}\t{place.name}\t{place.region}\t{place.how}"


def scan(out: Path, towns: int, countries: list[str], variants: bool = False) -> None:
    start = time.perf_counter()
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for alpha2 in countries:
            for query in _queries(alpha2, towns, variants):
                handle.write(f"{alpha2}\t{query}\t{_reading(query, alpha2)}\n")
                count += 1
    print(f"{count} names in {len(countries)} countries read in {time.perf_counter() - start:.0f} s -> {out}")


def spelling(towns: int, countries: list[str]) -> None:
    """Each mistyped form of a country's largest towns read: of the readings by spelling, how
    many in each band of score are the town the form was made from (its name and region), and
    of those refused as too loose (`locate.WeakSpelling`), how many came close to that town."""
    from svcmatch.errors import SvcmatchError
    from svcmatch.geo.gazetteer import load_gazetteer
    from svcmatch.geo.locate import WeakSpelling, locate

    bands: dict[str, list[int]] = {}
    for alpha2 in countries:
        gazetteer = load_gazetteer(alpha2)
        made_from: dict[str, set[tuple[str, str]]] = {}
        for town in sorted(gazetteer.towns, key=lambda t: -t.population)[:towns]:
            for variant in _variants(town.name):
                made_from.setdefault(variant, set()).add((town.name, town.region))
        for variant, sources in made_from.items():
            try:
                place, band = locate(variant, alpha2), ""
            except WeakSpelling as loose:
                place, band = loose.place, "refused"
            except SvcmatchError:
                continue
            if place.how != "spelling":
                continue
            low = min(int(place.score * 50) / 50, 0.9)
            band = band or (f">= {low:.2f}" if low >= 0.9 else f"{low:.2f}-{low + 0.02:.2f}")
            counts = bands.setdefault(band, [0, 0])
            counts[0] += 1
            counts[1] += (place.name, place.region) in sources
    print("score      read by spelling  the town it was made from")
    for band in sorted(bands):
        read, right = bands[band]
        print(f"{band:10} {read:16}  {right} ({100 * right / read:.0f}%)")


def compare(before: Path, after: Path) -> int:
    def read(path: Path) -> dict[tuple[str, str], str]:
        rows = (line.rstrip("\n").split("\t", 2) for line in path.open(encoding="utf-8"))
        return {(r[0], r[1]): r[2] for r in rows}

    old, new = read(before), read(after)
    changed = [key for key in old if key in new and old[key] != new[key]]
    for key in changed:
        print(f"{key[0]}\t{key[1]}\n    before: {old[key]}\n    after:  {new[key]}")
    print(f"{len(changed)} of {len(old)} readings changed; {len(set(new) - set(old))} new queries")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--towns", type=int, default=300)
    parser.add_argument("--countries", default="")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--variants", action="store_true", help="add shortened and mistyped names")
    parser.add_argument("--spelling", action="store_true", help="count readings by spelling by score")
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    shipped = sorted(p.name.split(".")[0].upper() for p in DATA.glob("??.json.gz"))
    countries = args.countries.upper().split(",") if args.countries else shipped
    if args.spelling:
        spelling(args.towns, countries)
        return 0
    if args.out is None:
        parser.error("give OUT.tsv, --spelling or --compare BEFORE AFTER")
    scan(args.out, args.towns, countries, args.variants)
    return 0


if __name__ == "__main__":
    sys.exit(main())
