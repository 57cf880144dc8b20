"""A package says what each distance is measured from. 'Distance: 1.1 km' for a clinic read as
1.1 km from the place of return, where the match measured it from the accommodation that its
plan houses her in, 286 km away (the Moroccan sample, returning to Marrakesh, housing only in
Rabat; since the twenty-fourth caseworker pass that housing is read as support where she returns,
and the test houses her at a shelter); '0 km' from a region of return read as a place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main

CASE = ["--sex", "female", "--age", "24", "--case-ref", "X-1", "--draft"]


def _package(tmp_path: Path, fmt: str, *args: str, lang: str = "en") -> str:
    out = tmp_path / f"p-{lang}.{fmt}"
    result = CliRunner().invoke(
        main, ["package", *args, *CASE, "--format", fmt, "--lang", lang, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


#: Since the twenty-fourth caseworker pass the Marrakesh case's housing (a national fund's, 286 km
#: away in Rabat, no shelter) is read as support where she returns, and her clinic is measured from
#: Marrakesh (docs/matching.md, "Housing is where she lives"): the package's words for a distance
#: from the accommodation are tested on a shelter in Casablanca and her clinic 23 km from it.
CASABLANCA = ["--country", "MA", "--to", "Casablanca", "--needs", "medical, shelter"]


def test_a_service_measured_from_the_planned_accommodation_says_so(tmp_path: Path) -> None:
    document = json.loads(_package(tmp_path, "json", *CASABLANCA))
    services = {service["need"]: service["provider"] for service in document["needs"]}
    shelter, medical = services["shelter"], services["medical"]
    assert (shelter["distance_from"], shelter["distance_from_place"]) == ("destination", "Casablanca")
    assert (medical["distance_from"], medical["distance_from_place"]) == ("accommodation", shelter["name"])
    assert medical["distance_km"] > 20
    markdown = _package(tmp_path, "md", *CASABLANCA)
    assert (
        f"**Distance:** {medical['distance_km']} km from the person's accommodation ({shelter['name']})"
        in markdown
    )
    assert f"**Distance:** {shelter['distance_km']} km from Casablanca" in markdown


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", "km de l'hébergement de la personne (Example Women's Shelter Casablanca)"),
        ("sq", "km larg nga vendi ku strehohet personi (Example Women's Shelter Casablanca)"),
        ("uk", "км (від: місце проживання особи (Example Women's Shelter Casablanca))"),
        ("ar", "كم من مكان إقامة الشخص (Example Women's Shelter Casablanca)"),
    ],
)
def test_in_every_package_language(tmp_path: Path, lang: str, words: str) -> None:
    assert words in _package(tmp_path, "md", *CASABLANCA, lang=lang)


def test_a_region_of_return_is_no_place_to_measure_from(tmp_path: Path) -> None:
    args = ["--country", "UA", "--to", "Kharkiv Oblast", "--needs", "medical, legal"]
    document = json.loads(_package(tmp_path, "json", *args))
    kinds = {
        (provider["distance_from"], provider["distance_km"] == 0)
        for service in document["needs"]
        for provider in [service["provider"], *service["alternatives"]]
    }
    assert ("region", True) in kinds and ("region", False) in kinds
    markdown = _package(tmp_path, "md", *args)
    assert "**Distance:** in the region of return" in markdown
    assert "km from the region of return (Kharkiv Oblast)" in markdown


def test_from_a_confidential_shelter_that_houses_her_a_distance_is_about(tmp_path: Path) -> None:
    """Her services are measured from the shelter's public cell, as match says ('about 2 km from
    the accommodation'); the package said '2.4 km from the person's accommodation'."""
    args = ["--country", "UA", "--to", "Zaporizhzhia", "--needs", "shelter, medical"]
    document = json.loads(_package(tmp_path, "json", *args))
    services = {service["need"]: service["provider"] for service in document["needs"]}
    shelter, medical = services["shelter"], services["medical"]
    assert shelter["confidential_address"] and not medical["confidential_address"]
    assert (medical["distance_from"], medical["distance_about"]) == ("accommodation", True)
    assert medical["distance_km"] == round(medical["distance_km"])
    markdown = _package(tmp_path, "md", *args)
    km = int(medical["distance_km"])
    assert f"**Distance:** about {km} km from the person's accommodation ({shelter['name']})" in markdown
