"""A caseworker's fifth pass over issue 12's rules (the held-out panel runs `match --format
json`): what a careful caseworker in Morocco, Albania, Ukraine or Nigeria would overrule or
misread, each test a case that failed before its fix."""

from __future__ import annotations

import json
import shlex
from typing import Any

import pytest
from click.testing import CliRunner
from test_matching_caseworker import TODAY, ids, prov

from svcmatch.cli import main
from svcmatch.matching import Case, match
from svcmatch.matching.rules import located_region
from svcmatch.model import Directory, DirectoryInfo
from svcmatch.taxonomy import read_need


def _match(options: str) -> dict[str, Any]:
    """`svcmatch match OPTIONS --format json` on the bundled samples, judged on 2026-12-04."""
    args = ["match", *shlex.split(options), "--today", "2026-12-04", "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


# --- safety: the region to avoid is read exactly, and a wider reading is said ------------------


def test_a_province_code_to_avoid_is_read_as_its_region_and_said() -> None:
    """`--avoid-region MA-CAS` (the prefecture of Casablanca) avoided all of Casablanca-Settat
    (MA-06: Settat, El Jadida, Mohammedia too) without a word, while `--to MA-CAS` said
    "read 'MA-CAS' as MA-06 Casablanca-Settat". A wider area than the code names is a reading."""
    document = _match("--country MA --to Rabat --needs shelter --avoid-region MA-CAS")
    assert {
        "field": "avoid_region",
        "input": "MA-CAS",
        "read_as": "MA-06 Casablanca-Settat",
        "how": "synonym",
    } in document["readings"]
    assert document["case"]["avoid_region"] == ["MA-CAS"]


@pytest.mark.parametrize("code", ["MA-06", "ma06", "MA 06", "06"])
def test_the_regions_own_code_to_avoid_gives_no_reading(code: str) -> None:
    document = _match(f"--country MA --to Rabat --needs shelter --avoid-region '{code}'")
    assert [r for r in document["readings"] if r["field"] == "avoid_region"] == []


def test_a_province_code_to_avoid_still_avoids_its_region() -> None:
    document = _match("--country MA --to Casablanca --needs shelter,legal --avoid-region MA-CAS")
    assert all(m["region"] != "MA-06" for results in document["needs"].values() for m in results)
    assert any("a region you asked to avoid" in w for w in document["warnings"])


# --- need words: an English word is read as itself, not as a typo of another need --------------


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("medication", "medical"),  # was read as a close spelling of 'education'
        ("medications", "medical"),
        ("pharmacy", "medical"),  # was unknown
        ("prescription", "medical"),
        ("meal", "basic_needs"),  # was read as a close spelling of 'mental' (psychosocial)
        ("meals", "basic_needs"),
        ("food aid", "basic_needs"),
    ],
)
def test_common_english_need_words_are_synonyms_not_typos(word: str, code: str) -> None:
    reading = read_need(word)
    assert reading.codes == (code,)
    assert reading.how == "synonym"


def test_medication_is_planned_as_medical_care_not_school() -> None:
    """`--needs shelter,medication` on the AL sample planned a school ('education', a close
    spelling) and no medical care."""
    document = _match("--country AL --to Shkoder --needs shelter,medication --sex female --age 24")
    assert list(document["needs"]) == ["shelter", "medical"]
    assert {"field": "needs", "input": "medication", "read_as": "medical", "how": "synonym"} in document[
        "readings"
    ]


def test_a_provider_recorded_in_a_province_is_avoided_with_its_region() -> None:
    """A directory file written by hand holds a shelter in Casablanca with region "MA-CAS" (the
    prefecture; `validate` reports it, `match` reads the file all the same). Returning to Rabat
    with the traffickers in Casablanca, `--avoid-region MA-CAS`, `MA-06` and `Casablanca`
    (each read as MA-06) all listed it: the rule compared "MA-CAS" with "MA-06"."""
    casa = prov("casa", region="MA-CAS", city="Casablanca", latitude=33.59, longitude=-7.61)
    rabat = prov("rabat", region="MA-04", city="Rabat", latitude=34.02, longitude=-6.84)
    directory = Directory(DirectoryInfo("MA"), (casa, rabat))
    for avoided in ("MA-CAS", "MA-06", "Casablanca"):
        case = Case(country="MA", to="Rabat", needs=("shelter",), avoid_region=(avoided,))
        result = match(case, directory, today=TODAY)
        assert ids(result) == ["rabat"], avoided
    kept = match(Case(country="MA", to="Rabat", needs=("shelter",)), directory, today=TODAY)
    assert ids(kept) == ["rabat", "casa"]
    assert located_region("MA-CAS") == "MA-06"
    assert located_region("AL-10") == "AL-10"
    assert located_region("XK-01") == "XK-01"  # no ISO subdivisions: itself
