"""The coverage matrix: counts on a small hand-made directory, the gap list, the outputs."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.coverage import (
    CoverageReport,
    Population,
    coverage_matrix,
    parse_population,
    top_region,
)
from svcmatch.errors import InputError
from svcmatch.html.coverage import to_html
from svcmatch.model import Coverage, Directory, DirectoryInfo, Provider
from svcmatch.storage import DirectoryStore

SHKODER = (42.06828, 19.51258)
LEZHE = (41.78361, 19.64361)  # about 33 km south of Shkodër
KUKES = (42.07694, 20.42194)  # about 75 km east of Shkodër
#: One main town per region, so that the radius cases do not depend on the gazetteer.
POINTS = {"AL-10": [SHKODER], "AL-08": [LEZHE], "AL-07": [KUKES]}


def _provider(pid: str, categories: tuple[str, ...], region: str = "AL-10", **fields: Any) -> Provider:
    values: dict[str, Any] = {
        "id": pid,
        "name": pid.title(),
        "categories": categories,
        "region": region,
        "coverage": Coverage("regions", (region,)),
    }
    return Provider(**{**values, **fields})


def _hand_made() -> list[Provider]:
    return [
        _provider(
            "national-legal",
            ("legal",),
            region="AL-11",
            coverage=Coverage("national"),
            unaccompanied_minors=True,
        ),
        _provider(
            "women-shelter",
            ("shelter", "psychosocial"),
            sexes=("female",),
            min_age=18,
            accompanying_children=True,
            confidential_address=True,
            address="Secret Street 1",
            latitude=42.07,
            longitude=19.5,
        ),
        _provider(
            "adult-shelter", ("shelter",), min_age=18, coverage=Coverage("regions", ("AL-10", "AL-07"))
        ),
        _provider("closed-shelter", ("shelter",), region="AL-01", status="temporarily_closed"),
        _provider(
            "radius-clinic",
            ("medical",),
            latitude=SHKODER[0],
            longitude=SHKODER[1],
            coverage=Coverage("radius", km=40.0),
            unaccompanied_minors=True,
        ),
        _provider(
            "minors-home", ("shelter", "education"), region="AL-11", max_age=17, unaccompanied_minors=True
        ),
        _provider(
            "labour-men",
            ("shelter",),
            region="AL-11",
            sexes=("male",),
            min_age=18,
            exploitation_types=("labour",),
        ),
        _provider("status-legal", ("legal",), region="AL-12", official_status_required=True),
    ]


def _directory(providers: list[Provider], country: str = "AL") -> Directory:
    return Directory(
        DirectoryInfo(country=country, path=f"/x/{country.lower()}.json", version="sha256:ab", sample=True),
        tuple(providers),
    )


def _matrix(population: str | None = None, **kwargs: Any) -> CoverageReport:
    who = parse_population(population) if population else None
    return coverage_matrix(_directory(_hand_made()), population=who, region_points=POINTS, **kwargs)


def test_national_provider_counts_in_every_region() -> None:
    report = _matrix()
    assert len(report.regions) == 12
    assert [code for code, _ in report.regions if report.counts[code]["legal"] != 1] == ["AL-12"]
    assert report.counts["AL-12"]["legal"] == 2


def test_regional_providers_count_in_their_regions_only() -> None:
    counts = _matrix().counts
    assert counts["AL-10"]["shelter"] == 2  # women-shelter, adult-shelter
    assert counts["AL-07"]["shelter"] == 1  # adult-shelter lists AL-07 too
    assert counts["AL-11"]["shelter"] == 2  # minors-home, labour-men
    assert counts["AL-08"]["shelter"] == 0
    assert counts["AL-10"]["psychosocial"] == 1 and counts["AL-11"]["psychosocial"] == 0


def test_inactive_and_closed_providers_do_not_count() -> None:
    assert _matrix().counts["AL-01"]["shelter"] == 0


def test_radius_reaches_regions_whose_main_towns_lie_within_it() -> None:
    counts = _matrix().counts
    assert counts["AL-10"]["medical"] == 1  # its own region
    assert counts["AL-08"]["medical"] == 1  # Lezhë, 33 km away
    assert counts["AL-07"]["medical"] == 0  # Kukës, 75 km away
    wider = [
        p.with_changes(coverage=Coverage("radius", km=80.0)) if p.id == "radius-clinic" else p
        for p in _hand_made()
    ]
    assert coverage_matrix(_directory(wider), region_points=POINTS).counts["AL-07"]["medical"] == 1


def test_radius_with_the_gazetteer_main_towns() -> None:
    """Default points come from the shipped gazetteer: Lezhë is in reach of Shkodër at 40 km."""
    counts = coverage_matrix(_directory(_hand_made())).counts
    assert counts["AL-10"]["medical"] == 1
    assert counts["AL-08"]["medical"] == 1
    assert counts["AL-12"]["medical"] == 0  # Vlorë is 190 km away


@pytest.mark.parametrize(
    ("population", "region", "expected"),
    [
        ("male", "AL-10", 1),  # the women's shelter drops out
        ("female", "AL-10", 2),
        ("female,children", "AL-10", 1),  # only the women's shelter takes children
        ("female,16", "AL-10", 0),  # both are for adults
        ("female,16,unaccompanied", "AL-11", 1),  # the minors' home
        ("16", "AL-11", 1),
        ("male", "AL-11", 2),  # no age: the minors' home may take a boy
        ("male,30,labour", "AL-11", 1),
        ("male,30,sexual", "AL-11", 0),  # the men's shelter handles labour only
        ("male,30", "AL-11", 1),
    ],
)
def test_population_narrows_by_eligibility(population: str, region: str, expected: int) -> None:
    assert _matrix(population).counts[region]["shelter"] == expected


def test_children_narrow_accommodation_only() -> None:
    """As in matching, accompanying children matter for shelter and housing, not for legal aid."""
    report = _matrix("children")
    assert report.counts["AL-10"]["shelter"] == 1
    assert report.counts["AL-10"]["legal"] == 1


def test_population_is_judged_by_matchings_own_rules() -> None:
    """`coverage --for` counts whom `match` would refer (matching.rules, one copy): a daycare
    for children aged 0-6 takes a mother of 30's children (its ages are the children's, as
    match reads them; the old copy compared her age), and an adults-only shelter does not
    take an unaccompanied minor whose age is not given."""
    daycare = _provider("daycare", ("childcare",), min_age=0, max_age=6)
    adults = _provider("adults", ("shelter",), min_age=18)
    report = coverage_matrix(
        _directory([daycare, adults]), population=parse_population("female,30"), region_points=POINTS
    )
    assert report.counts["AL-10"]["childcare"] == 1
    minors = coverage_matrix(
        _directory([daycare, adults]), population=parse_population("unaccompanied"), region_points=POINTS
    )
    assert minors.counts["AL-10"]["shelter"] == 0


def test_no_status_leaves_out_providers_that_require_it() -> None:
    assert _matrix().counts["AL-12"]["legal"] == 2
    assert _matrix("no_status").counts["AL-12"]["legal"] == 1


def test_gap_and_thin_lists() -> None:
    report = _matrix(needs="shelter,medical")
    assert report.needs == ("shelter", "medical")
    gaps = {(c.region, c.need) for c in report.gaps()}
    thin = {(c.region, c.need) for c in report.thin()}
    assert ("AL-08", "shelter") in gaps and ("AL-01", "shelter") in gaps
    assert ("AL-07", "medical") in gaps
    assert ("AL-10", "shelter") not in gaps and ("AL-10", "shelter") not in thin
    assert ("AL-07", "shelter") in thin and ("AL-08", "medical") in thin
    assert len(gaps) + len(thin) + 2 == 24  # AL-10 and AL-11 shelters have two each
    document = report.to_json()
    assert {
        "region": "AL-08",
        "region_name": report.to_json()["region_names"]["AL-08"],
        "need": "shelter",
    } in document["gaps"]
    assert document["regions"]["AL-10"] == {"shelter": 2, "medical": 1}


def test_province_counts_for_its_region() -> None:
    casablanca = _provider("casa", ("legal",), region="MA-CAS", coverage=Coverage("regions", ("MA-CAS",)))
    chtouka = _provider("chtouka", ("legal",), region="MA-CHT", coverage=Coverage("regions", ("MA-CHT",)))
    report = coverage_matrix(_directory([casablanca, chtouka], "MA"))
    assert len(report.regions) == 12
    assert report.counts["MA-06"]["legal"] == 1
    assert report.counts["MA-09"]["legal"] == 1  # pycountry's wrong parent, corrected
    assert top_region("MA-NOU", "MA") == "MA-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("female,16,unaccompanied", Population(sex="female", age=16, unaccompanied=True)),
        ("Men", Population(sex="male")),
        (" 30 ; WOMAN | children ", Population(sex="female", age=30, children=True)),
        ("labor,male", Population(sex="male", exploitation="labour")),
        ("domestic_servitude", Population(exploitation="domestic_servitude")),
        ("No status,men", Population(sex="male", no_status=True)),
        ("female,female", Population(sex="female")),
    ],
)
def test_parse_population(text: str, expected: Population) -> None:
    assert parse_population(text) == expected


@pytest.mark.parametrize(
    "text", ["", "female,male", "16,17", "unaccompanied,18", "200", "alien", "sexual,labour"]
)
def test_parse_population_refuses_bad_tokens(text: str) -> None:
    with pytest.raises(InputError):
        parse_population(text)


def test_population_describe_round_trips() -> None:
    population = parse_population("unaccompanied,girl,15,sexual,no status")
    assert population.describe() == "female,15,unaccompanied,no_status,sexual"
    assert parse_population(population.describe()) == population


# --- HTML ----------------------------------------------------------------------------------------


def test_html_is_self_contained_and_printable() -> None:
    page = to_html(_matrix(), country_name="Albania")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script|@import|url\(|\b(?:src|href)\s*=", page, re.IGNORECASE)
    assert "http://" not in page and "https://" not in page
    assert "size: A4 landscape" in page
    assert "Shkodër" in page and "AL-10" in page  # names, not only codes
    assert "SAMPLE DATA" in page
    assert 'class="c0"' in page and 'class="c1"' in page and 'class="c2"' in page


def test_html_escapes_every_value() -> None:
    evil = '<img onerror=alert(1)>"'
    report = CoverageReport(
        country="AL",
        regions=(("AL-01", evil),),
        needs=("shelter",),
        counts={"AL-01": {"shelter": 0}},
        directory_file=evil,
        directory_version=evil,
    )
    page = to_html(report, country_name=evil)
    assert "<img" not in page
    assert "&lt;img onerror=alert(1)&gt;&quot;" in page


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = DirectoryStore("AL", tmp_path)
    store.create(title="test", sample=False)
    with store.transaction(author="test") as transaction:
        for provider in _hand_made():
            transaction.put(provider)
    return tmp_path


def _run(root: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), "coverage", *args])


def test_command_json(root: Path) -> None:
    result = _run(root, "AL", "--format", "json", "--needs", "shelter,legal")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["country"] == "AL"
    assert document["regions"]["AL-10"] == {"shelter": 2, "legal": 1}
    assert {
        "region": "AL-08",
        "region_name": document["region_names"]["AL-08"],
        "need": "shelter",
    } in document["gaps"]
    assert document["for"] is None


def test_command_csv_and_table(root: Path) -> None:
    result = _run(root, "AL", "--format", "csv", "--for", "male", "--needs", "shelter")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 12
    assert {r["region"]: r["shelter"] for r in rows}["AL-10"] == "1"
    table = _run(root, "AL", "--needs", "shelter,medical")
    assert table.exit_code == 0
    line = next(line for line in table.stdout.splitlines() if line.startswith("AL-08"))
    assert line.split()[-2:] == ["0!", "1*"]
    assert "gap" in table.stderr
    assert "can serve: everyone" in table.stderr
    narrowed = _run(root, "AL", "--for", "female,16,unaccompanied", "--needs", "shelter")
    assert "can serve: female,16,unaccompanied" in narrowed.stderr  # the table says for whom


def test_command_html_to_file(root: Path, tmp_path: Path) -> None:
    target = tmp_path / "coverage.html"
    result = _run(root, "AL", "--format", "html", "-o", str(target), "--for", "female,16,unaccompanied")
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "female, 16, unaccompanied" in page and "Albania" in page


def test_confidential_address_appears_in_no_format(root: Path) -> None:
    for fmt in ("table", "json", "csv", "html"):
        result = _run(root, "AL", "--format", fmt)
        assert result.exit_code == 0
        assert "Secret" not in result.stdout and "42.07" not in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["AL", "--for", "female,alien"],
        ["AL", "--needs", "xylophone"],
        ["Atlantis"],
        ["AL", "--for", "unaccompanied,40"],
    ],
)
def test_command_bad_input_is_one_line(root: Path, args: list[str]) -> None:
    result = _run(root, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("svcmatch: error: ") and result.stderr.count("\n") == 1
