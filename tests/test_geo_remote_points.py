"""A record's point in a part of the country whose places the shipped gazetteer does not list.

Most gazetteers keep places of 1,000 people or more (Nepal 62, Colombia 961, Pakistan 540;
Indonesia had 503 before its file kept every place GeoNames lists). A point was refused ("lie
outside Nigeria") when it lay farther from its nearest listed town than that town's own
spacing allowed, or nearer to a neighbour's place than to one: a rural clinic 30 km north of
Benin City could not be added, nor one in Dhading, 30 km west of Kathmandu. Of 25,441 places
of 500 people or more in 42 countries that the shipped files left out, 2,222 were refused so
(benchmarks/scan_inside.py). Such a point is now taken with a warning that says why it is
doubtful; a point surely abroad (beyond every town, or at less than half the distance of the
country's nearest town from a neighbour's place) is still refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from helpers import run_directory as run

from svcmatch.geo import inside_country
from svcmatch.geo.regions import place_in_country
from svcmatch.storage import DirectoryStore

POINTS = [
    # country, region, latitude, longitude: places of the country beyond its listed towns
    ("NG", "NG-ED", 6.60795, 5.62575),  # 30 km north of Benin City
    ("NP", "NP-P3", 27.70169, 85.01588),  # Dhading, 30 km west of Kathmandu
    ("NP", "NP-P1", 26.66371, 86.97213),  # 30 km west of Itahari, by the Indian border
    ("CO", "CO-GUV", 0.5, -72.5),  # the Guaviare forest, 110 km from Miraflores
    ("PK", "PK-BA", 27.0, 63.0),  # west of Panjgur, by the Iranian border
]


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    for country in ("NG", "NP", "CO", "PK"):
        DirectoryStore(country, tmp_path / "dirs").create(title="remote points")
    return tmp_path / "dirs"


def add(root: Path, country: str, region: str, lat: float, lon: float, *more: str) -> Result:
    return run(
        root,
        "add",
        country,
        "--name",
        "Rural Health Post",
        "--category",
        "medical",
        "--region",
        region,
        "--latitude",
        str(lat),
        "--longitude",
        str(lon),
        *more,
    )


@pytest.mark.parametrize(("country", "region", "lat", "lon"), POINTS)
def test_a_place_beyond_the_listed_towns_is_added_with_a_warning(
    root: Path, country: str, region: str, lat: float, lon: float
) -> None:
    result = add(root, country, region, lat, lon)
    assert result.exit_code == 0, result.output
    assert "that svcmatch knows" in result.stderr and "check the coordinates on a map" in result.stderr
    stored = json.loads((root / f"{country.lower()}.json").read_text(encoding="utf-8"))["providers"]
    assert [(p["latitude"], p["longitude"]) for p in stored.values()] == [(lat, lon)]
    assert place_in_country(lat, lon, country).verdict == "doubtful"
    assert not inside_country(lat, lon, country)  # the plain answer is unchanged


def test_the_warning_names_the_nearest_town_and_its_distance(root: Path) -> None:
    result = add(root, "NG", "NG-ED", 6.60795, 5.62575)
    # Eyaen, Benin City's northernmost part, since session twenty-one (it was Ugbowo, 23 km)
    assert "(6.60795, 5.62575) lie 19 km from Eyaen, the nearest town of Nigeria that svcmatch knows" in (
        result.stderr
    )


def test_a_confidential_shelters_warning_names_no_town_and_no_distance(root: Path) -> None:
    result = add(root, "NG", "NG-ED", 6.60795, 5.62575, "--confidential-address")
    assert result.exit_code == 0, result.output
    assert "the coordinates lie far from any town of Nigeria that svcmatch knows" in result.stderr
    assert "Uselu" not in result.stderr and "25 km" not in result.stderr and "6.60795" not in result.stderr


@pytest.mark.parametrize(
    ("country", "region", "lat", "lon"),
    [
        ("NG", "NG-ED", 6.37, 2.43),  # Cotonou, Benin
        ("NP", "NP-P3", 26.98, 84.85),  # Raxaul, India, across the border from Birgunj
        ("NP", "NP-P3", 85.01588, 27.70169),  # Dhading's point, latitude and longitude swapped
        ("NP", "NP-P3", 48.0, 2.0),  # France
    ],
)
def test_a_point_surely_abroad_is_still_refused(
    root: Path, country: str, region: str, lat: float, lon: float
) -> None:
    before = (root / f"{country.lower()}.json").read_bytes()
    result = add(root, country, region, lat, lon)
    assert result.exit_code == 2, result.output
    assert "lie outside" in result.stderr
    assert (root / f"{country.lower()}.json").read_bytes() == before


@pytest.mark.parametrize(
    ("country", "lat", "lon"),
    [
        ("CO", 2.12172, -74.76614),  # San Vicente del Caguán
        ("PK", 26.97186, 64.09459),  # Panjgur, a district's seat
    ],
)
def test_a_seat_that_geonames_gives_no_population_is_a_listed_town(
    country: str, lat: float, lon: float
) -> None:
    # These were 50 and 110 km from a listed town, and added with a warning: the shipped files
    # left out the seats GeoNames gives no population. Since 2026-12-06 they keep them.
    assert place_in_country(lat, lon, country).verdict == "inside"
