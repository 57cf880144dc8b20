"""Confidential shelters: their address and location never leave svcmatch unless asked for."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import svcmatch
from svcmatch.cli import main
from svcmatch.geo import distance_km
from svcmatch.model import Coverage, Directory, Provider, public_location
from svcmatch.storage import DirectoryStore

FRESH = dt.date.today() - dt.timedelta(days=30)
# Distinctive strings and digits: any of them in an output is a leak.
SECRET = Provider(
    id="al-secret-1",
    name="Strehimi Sekret",
    categories=("shelter", "medical", "psychosocial", "legal"),
    city="Tiranë",
    region="AL-11",
    address="Rruga Zzyzx Sekrete 771",
    latitude=41.4321,
    longitude=19.6789,
    coverage=Coverage("national"),
    sexes=("female",),
    vot_specialised=True,
    confidential_address=True,
    focal_point="Focal Point Sekret",
    phone="+355 69 000 0001",
    verified_on=FRESH,
)
RADIUS = Provider(
    id="al-secret-2",
    name="Strehimi Veri",
    categories=("shelter",),
    city="Shkodër",
    region="AL-10",
    address="Qqvx Hidden Lane 42",
    latitude=42.2468,
    longitude=20.0246,
    coverage=Coverage("radius", km=60.0),
    confidential_address=True,
    focal_point="Focal Veri",
    phone="+355 69 000 0002",
    verified_on=FRESH,
)
OPEN = Provider(
    id="al-open-1",
    name="Ndihma Ligjore",
    categories=("legal", "shelter"),
    city="Tiranë",
    region="AL-11",
    address="Rruga e Kavajës 1",
    latitude=41.3275,
    longitude=19.8187,
    coverage=Coverage("national"),
    phone="+355 4 000 0003",
    verified_on=FRESH,
)
LEAK = re.compile(r"Zzyzx|Qqvx|41\.43|19\.67|19\.68|42\.24|20\.02")
TOWNS = ("Shkoder", "Tirana", "Vlore", "Kukes", "Durres", "Korce", "Elbasan", "Fier", "Lezhe", "Puke")
CASE = ["--country", "AL", "--needs", "shelter,medical,psychosocial,legal", "--sex", "female", "--age", "30"]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dirs")
    store = DirectoryStore("AL", folder)
    store.create(author="test")
    with store.transaction(author="test") as transaction:
        for provider in (SECRET, RADIUS, OPEN):
            transaction.put(provider)
    return folder


def run(root: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--directories", str(root), *args])
    assert result.exit_code in (0, 1), (args, result.output, result.exception)
    return result.output


def leaks(text: str) -> list[str]:
    return LEAK.findall(text)


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_match_never_shows_the_address_or_location(root: Path, fmt: str) -> None:
    for town in TOWNS[:4]:
        for extra in ([], ["--max-km", "5"], ["--avoid-region", "AL-11"]):
            output = run(root, "match", *CASE, "--to", town, "--explain-excluded", "-f", fmt, *extra)
            assert not leaks(output), (town, extra)
    assert "Strehimi Sekret" in run(root, "match", *CASE, "--to", "Tirana", "-f", fmt)  # it is matched


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_package_never_shows_the_address_or_location(root: Path, fmt: str) -> None:
    output = run(root, "package", *CASE, "--to", "Tirana", "--case-ref", "R-1", "--draft", "--format", fmt)
    assert "Focal Point Sekret" in output  # the way to reach the shelter is there
    assert not leaks(output)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_batch_and_its_packages_never_show_them(root: Path, tmp_path: Path, fmt: str) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,case_ref,draft,country,to,needs,sex,age\n"
        + "".join(
            f"c{n},R-{n},yes,AL,{town},shelter|medical|legal,female,30\n" for n, town in enumerate(TOWNS)
        ),
        encoding="utf-8",
    )
    packages = tmp_path / "packages"
    output = run(root, "batch", str(cases), "--format", fmt, "--packages", str(packages))
    assert "al-secret-1" in output and not leaks(output)
    written = sorted(packages.iterdir())
    assert len(written) == len(TOWNS)
    assert not [path.name for path in written if leaks(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "html"])
def test_coverage_never_shows_them(root: Path, fmt: str) -> None:
    assert not leaks(run(root, "coverage", "AL", "-f", fmt))


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown"])
def test_directory_reports_never_show_them(root: Path, fmt: str) -> None:
    for command in (
        ["list", "AL"],
        ["stats", "AL"],
        ["stale", "AL"],
        ["history", "AL"],
        ["show", "AL", "al-secret-1"],
        ["history", "AL", "al-secret-2"],
    ):
        output = run(root, "directory", *command, "-f", fmt)
        assert not leaks(output), command
    assert not leaks(run(root, "directory", "validate", "AL"))
    assert not leaks(run(root, "locate", "Tirana", "--country", "AL", "-f", "json"))


def test_exports_hide_them_unless_asked(root: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "json"):
        assert not leaks(run(root, "directory", "export", "AL", "--format", fmt))
    run(root, "directory", "export", "AL", "-o", str(tmp_path / "al.xlsx"))
    with zipfile.ZipFile(tmp_path / "al.xlsx") as book:
        assert not any(leaks(book.read(name).decode("utf-8", "replace")) for name in book.namelist())
    for fmt, target in (("hsds-json", tmp_path / "h.json"), ("hsds-csv", tmp_path / "hsds")):
        run(root, "directory", "export", "AL", "--format", fmt, "-o", str(target))
        files = [target] if target.is_file() else sorted(target.iterdir())
        assert not [f.name for f in files if leaks(f.read_text(encoding="utf-8"))]
    # The owner of the file, asking explicitly, sees them (so the checks above can fail).
    assert "Zzyzx" in run(root, "directory", "show", "AL", "al-secret-1", "--include-confidential")
    assert "Zzyzx" in run(root, "directory", "export", "AL", "--format", "json", "--include-confidential")


# --- no sequence of distances gives the location away -------------------------------------------


def _towns() -> list[str]:
    from svcmatch.geo.gazetteer import load_gazetteer

    towns = sorted(load_gazetteer("AL").towns, key=lambda t: -t.population)
    return list(dict.fromkeys(t.name for t in towns))[:50]


def _observations(directory: Directory) -> list[object]:
    """What an attacker sees of the shelter: every result and near miss naming it, from many
    towns, with --max-km limits that bracket its distance."""
    seen: list[object] = []
    for town in _towns():
        for limit in (None, 3, 7, 12, 18, 25, 35, 50):
            case = svcmatch.Case(country="AL", to=town, needs=("shelter",), sex="female", top=5, max_km=limit)
            document = svcmatch.match(case, directory, explain_excluded=True).to_json()
            seen.append(
                [
                    town,
                    limit,
                    [r for r in document["needs"]["shelter"] if r["id"].startswith("al-secret")],
                    [
                        m
                        for m in document.get("near_misses", {}).get("shelter", [])
                        if m["id"].startswith("al-secret")
                    ],
                ]
            )
    return seen


def _directory(*providers: Provider) -> Directory:
    from svcmatch.model import DirectoryInfo

    info = DirectoryInfo(country="AL", path="al.json", schema_version=1, sample=False, version="test")
    return Directory(info=info, providers=tuple(providers))


def test_distances_to_a_confidential_shelter_are_coarse_from_every_town() -> None:
    directory = _directory(SECRET, OPEN)
    for town in _towns():
        document = svcmatch.match(
            svcmatch.Case(country="AL", to=town, needs=("shelter",), sex="female"), directory
        ).to_json()
        (found,) = [r for r in document["needs"]["shelter"] if r["id"] == SECRET.id]
        assert found["distance_coarse"] is True
        assert found["distance_km"] % 10 == 0, (town, found["distance_km"])
        assert "address" not in found["contact"]
        assert not re.search(r"\b\d+\.\d+ km", " ".join(found["reasons"]))


def test_moving_the_shelter_within_its_cell_changes_nothing_an_attacker_sees() -> None:
    """Trilateration needs outputs that change with the true location. Two locations 6+ km
    apart in one public cell give identical outputs from 50 towns and every --max-km probe:
    the location is never known better than its ~11 km cell."""
    moved_lat, moved_lon = SECRET.latitude + 0.04, SECRET.longitude + 0.06  # type: ignore[operator]
    assert public_location(moved_lat, moved_lon) == public_location(SECRET.latitude, SECRET.longitude)  # type: ignore[arg-type]
    assert distance_km(SECRET.latitude, SECRET.longitude, moved_lat, moved_lon) > 6  # type: ignore[arg-type]
    moved = SECRET.with_changes(latitude=moved_lat, longitude=moved_lon)
    assert _observations(_directory(SECRET, OPEN)) == _observations(_directory(moved, OPEN))


def test_the_public_cell_is_at_least_10_km_across_and_holds_the_point() -> None:
    for lat, lon in [(41.4321, 19.6789), (34.0209, -6.8416), (50.4501, 30.5234), (-33.9, 18.4)]:
        centre = public_location(lat, lon)
        assert distance_km(lat, lon, *centre) < 9  # still a useful distance for ranking
        north = public_location(centre[0] + 0.049, centre[1])
        east = public_location(centre[0], centre[1] + 0.049 / max(0.05, math.cos(math.radians(centre[0]))))
        assert north == centre and east == centre  # ±5.4 km around the centre share it


def test_the_exact_shelter_location_reaches_no_output_through_the_api() -> None:
    document = svcmatch.match(
        svcmatch.Case(country="AL", to="Tirana", needs=("shelter", "legal"), sex="female"),
        _directory(SECRET, OPEN),
        explain_excluded=True,
    ).to_json()
    assert not leaks(json.dumps(document, ensure_ascii=False))
