"""A caseworker's eighth pass over issue 12's rules (the held-out panel runs `match --format
json`, `package` and `batch`): what a careful caseworker would overrule or distrust, each test a
case on a small hand-made directory that failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import hand_made_directory

from svcmatch.cli import main

TODAY = "2026-12-05"
#: Around Shkodër and Lezhë (34 km apart): a plain women's shelter in Shkodër, a VoT-specialised
#: one in Lezhë (where the plan houses her), a counselling service beside each (the one in Shkodër
#: last verified in October 2024), all national and speaking Albanian.
RECORDS: list[dict[str, Any]] = [
    {"id": "shelter-shk", "name": "Shelter Shkoder", "categories": ["shelter"], "city": "Shkodër",
     "region": "AL-10", "latitude": 42.068, "longitude": 19.512, "sexes": ["female"]},
    {"id": "shelter-lez", "name": "Shelter Lezhe", "categories": ["shelter"], "city": "Lezhë",
     "region": "AL-08", "latitude": 41.781, "longitude": 19.641, "sexes": ["female"],
     "vot_specialised": True},
    {"id": "couns-shk", "name": "Counselling Shkoder", "categories": ["psychosocial"], "city": "Shkodër",
     "region": "AL-10", "latitude": 42.07, "longitude": 19.515, "verified_on": "2024-10-01"},
    {"id": "couns-lez", "name": "Counselling Lezhe", "categories": ["psychosocial"], "city": "Lezhë",
     "region": "AL-08", "latitude": 41.783, "longitude": 19.643},
]  # fmt: skip
CASE = ["--country", "AL", "--to", "Shkoder", "--needs", "shelter,psychosocial", "--sex", "female",
        "--age", "30", "--language", "sq"]  # fmt: skip


def _to(place: str) -> list[str]:
    return [place if word == "Shkoder" else word for word in CASE]


def _root(tmp_path: Path, records: list[dict[str, Any]] = RECORDS) -> Path:
    return hand_made_directory(tmp_path, "AL", records, "sq")


def _run(root: Path, command: str, options: list[str], *extra: str) -> str:
    args = ["--directories", str(root), command, *options, "--today", TODAY, *extra]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _package(root: Path, options: list[str], fmt: str) -> str:
    return _run(root, "package", options, "--case-ref", "X-8", "--draft", "--format", fmt)


# --- the package's alternatives say what to check, in every format ---


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_alternative_says_what_to_check_in_markdown_and_html(tmp_path: Path, fmt: str) -> None:
    """The JSON package gave each alternative its warnings ("not verified since October 2024"),
    and the Markdown and HTML left them out: the alternative is whom the receiving side calls
    when the chosen one declines, and a stale record is a call to check first."""
    root = _root(tmp_path)
    options = [*CASE, "--top", "2"]
    document = json.loads(_package(root, options, "json"))
    psychosocial = next(s for s in document["needs"] if s["need"] == "psychosocial")
    alternative = psychosocial["alternatives"][0]
    assert alternative["id"] == "couns-shk"
    assert "not verified since October 2024" in alternative["warnings"]
    text = _package(root, options, fmt)
    alternatives = text[text.index("Alternatives for Psychosocial") :]
    assert "not verified since October 2024" in alternatives
    assert "To check" in alternatives


def test_an_alternative_shown_above_says_only_what_was_not_said_there(tmp_path: Path) -> None:
    """A provider shown above (the chosen one of another need, or an alternative already) is
    named "see above"; what to check about it for this need that was not said there is said."""
    records = [
        *RECORDS,
        # a shelter that also counsels, with an old capacity figure: its shelter warning is
        # not one of its counselling card's
        {"id": "house", "name": "House Lezhe", "categories": ["shelter", "psychosocial"], "city": "Lezhë",
         "region": "AL-08", "latitude": 41.79, "longitude": 19.65, "sexes": ["female"],
         "capacity_available": 4, "capacity_updated": "2026-03-02", "vot_specialised": True},
    ]  # fmt: skip
    root = _root(tmp_path, records)
    options = [*CASE, "--select", "shelter=shelter-lez", "--top", "3"]
    document = json.loads(_package(root, options, "json"))
    shelter = next(s for s in document["needs"] if s["need"] == "shelter")
    house = next(a for a in shelter["alternatives"] if a["id"] == "house")
    said = [w for w in house["warnings"] if "March 2026" in w]
    assert said, house["warnings"]
    text = _package(root, options, "md")
    card = text[text.index("### Psychosocial") : text.index("### Alternatives")]
    assert "March 2026" not in card  # a counselling card says nothing of its places
    alternatives = text[text.index("### Alternatives for Shelter") :]
    assert "see above" in alternatives and said[0] in alternatives


# --- the package's place of return: a town named as its region is not the region ---


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_package_tells_a_region_of_return_from_its_town(tmp_path: Path, fmt: str) -> None:
    """`--to "Shkodër County"` and `--to Shkodër` both gave "Town or region of return: Shkodër
    (AL-10)": the receiving side read the region as the town (the seventh pass left it)."""
    root = _root(tmp_path)
    town = _package(root, _to("Shkodër"), fmt)
    region = _package(root, _to("Shkodër County"), fmt)
    assert "Shkodër — Shkodër (AL-10)" in town
    assert "Shkodër (AL-10): the region, no town given" in region
    assert json.loads(_package(root, _to("Shkodër County"), "json"))["return"]["kind"] == "region"
    assert json.loads(_package(root, _to("Shkodër"), "json"))["return"]["kind"] == "town"


# --- a provider below --top is looked up with the match's own weights ---


def test_an_alternative_below_top_is_measured_from_the_accommodation_the_weights_chose(
    tmp_path: Path,
) -> None:
    """With `--weights '{"vot_specialised": 0}'` the plan houses her in Shkodër, and with `--top
    1` the package looked the counselling alternative in Lezhë up again with the default
    weights, which house her in Lezhë: "0.3 km from the person's accommodation (Shelter
    Shkoder)" for a service 33 km from it (the seventh pass left the look-up's weights)."""
    root = _root(tmp_path)
    weights = tmp_path / "weights.json"
    weights.write_text('{"vot_specialised": 0}', encoding="utf-8")
    options = [*CASE, "--weights", str(weights), "--top", "1"]
    found = json.loads(_run(root, "match", options, "--format", "json"))
    assert [step["id"] for step in found["plan"]] == ["shelter-shk", "couns-shk"]
    assert found["weights"] == {"vot_specialised": 0.0}
    deeper = json.loads(
        _run(root, "match", [*CASE, "--weights", str(weights), "--top", "2"], "--format", "json")
    )
    shown = next(r for r in deeper["needs"]["psychosocial"] if r["id"] == "couns-lez")
    saved = tmp_path / "match.json"
    saved.write_text(json.dumps(found), encoding="utf-8")
    for document in (
        json.loads(_package(root, options, "json")),
        json.loads(
            _run(root, "package", ["--from", str(saved)], "--case-ref", "X-8", "--draft", "--format", "json")
        ),
    ):
        psychosocial = next(s for s in document["needs"] if s["need"] == "psychosocial")
        (alternative,) = [a for a in psychosocial["alternatives"] if a["id"] == "couns-lez"]
        assert alternative["distance_from"] == "accommodation"
        assert alternative["distance_km"] == shown["distance_km"] > 30


def test_a_match_with_the_default_weights_says_none() -> None:
    """The `weights` key is there only when the match was ranked with other weights."""
    found = json.loads(
        CliRunner().invoke(main, ["match", *CASE, "--today", TODAY, "--format", "json"]).stdout
    )
    assert "weights" not in found


# --- a national shelter without a location: the package warns as match does ---

NO_LOCATION: list[dict[str, Any]] = [
    {"id": "nat-shelter", "name": "National Shelter", "categories": ["shelter"], "city": "Tiranë",
     "region": "AL-11", "sexes": ["female"]},
    RECORDS[2],
]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_national_shelter_without_a_location_is_distance_unknown_in_the_package(
    tmp_path: Path, lang: str
) -> None:
    """Match warns "distance unknown" on a national shelter without coordinates (she would live
    there; seventh pass), the package's notes did not, and so it kept match's English words
    beside its own: "To check: capacity unknown; distance unknown; capacity unknown", in a
    French package too."""
    root = _root(tmp_path, NO_LOCATION)
    found = json.loads(_run(root, "match", CASE, "--format", "json"))
    assert found["needs"]["shelter"][0]["warnings"] == ["distance unknown", "capacity unknown"]
    document = json.loads(_package(root, [*CASE, "--lang", lang], "json"))
    shelter = next(s for s in document["needs"] if s["need"] == "shelter")
    assert [note["code"] for note in shelter["provider"]["notes"]] == ["distance_unknown", "capacity_unknown"]
    text = _package(root, [*CASE, "--lang", lang], "md")
    checks = [line for line in text.splitlines() if line.startswith("- **To check") or "vérifier" in line]
    assert checks[0].count("capacit") == 1, checks  # the shelter's card comes first


# --- a point that is its town's, not its building's, is said to be approximate ---


def test_a_location_that_is_its_towns_centre_is_said_to_be_approximate(tmp_path: Path) -> None:
    """A record placed on its town's centre (`coordinates_approximate`, as `directory geocode`
    offline places it) was "under 1 km from Shkodër" like one whose building is there, in the
    match and the package: the distance is now said to be about, in both; a confidential
    shelter's says so already, and whether its point is its town's is never said."""
    rough = {**RECORDS[3], "id": "couns-rough", "name": "Counselling Rough", "coordinates_approximate": True}
    secret = {
        **RECORDS[0],
        "id": "safe-north",  # a confidential shelter's id never begins with its town's letters
        "name": "Safe House North",
        "coordinates_approximate": True,
        "confidential_address": True,
    }
    root = _root(tmp_path, [secret, RECORDS[1], rough])
    found = json.loads(_run(root, "match", CASE, "--format", "json"))
    (counselling,) = found["needs"]["psychosocial"]
    warning = "approximate location (its town's, not its building's): distances to it are about"
    assert warning in counselling["warnings"]
    assert all(warning not in r["warnings"] for r in found["needs"]["shelter"])
    document = json.loads(_package(root, CASE, "json"))
    service = next(s for s in document["needs"] if s["need"] == "psychosocial")
    assert service["provider"]["notes"] == [{"code": "location_approximate"}]
    assert "emplacement approximatif" in _package(root, [*CASE, "--lang", "fr"], "md")


# --- the plan's trade-offs in every format ---

ONE_STOP: list[dict[str, Any]] = [
    RECORDS[0],
    {"id": "clinic", "name": "Clinic Next Door", "categories": ["medical"], "city": "Shkodër",
     "region": "AL-10", "latitude": 42.077, "longitude": 19.512},
    {"id": "counsel", "name": "Counsel Next Door", "categories": ["psychosocial"], "city": "Shkodër",
     "region": "AL-10", "latitude": 42.059, "longitude": 19.512},
    {"id": "one-stop", "name": "One-Stop Centre", "categories": ["medical", "psychosocial"],
     "city": "Shkodër", "region": "AL-10", "latitude": 42.086, "longitude": 19.512},
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_the_plans_trade_off_is_in_csv_and_markdown(tmp_path: Path, fmt: str) -> None:
    """The table prints the plan's trade-offs under "Plan:" and the JSON gives them; the CSV and
    Markdown rows did not, so a caseworker pasting the match into her notes lost why the plan
    did not take the first result (here: one place for two services, 1 km farther)."""
    root = _root(tmp_path, ONE_STOP)
    options = [*CASE[:5], "shelter,medical,psychosocial", *CASE[6:]]
    found = json.loads(_run(root, "match", options, "--format", "json"))
    trade_offs = {step["need"]: step["trade_off"] for step in found["plan"] if step["trade_off"]}
    assert set(trade_offs) == {"medical", "psychosocial"}, found["plan"]
    text = _run(root, "match", options, "--format", fmt)
    for need, trade_off in trade_offs.items():
        (row,) = [
            line for line in text.splitlines() if line.startswith((need, f"| {need}")) and "one-stop" in line
        ]
        assert f"trade-off: {trade_off}" in row


# --- the help says what --disability does ---


@pytest.mark.parametrize("command", ["match", "package"])
def test_the_help_says_disability_is_a_rule_for_a_place_to_stay(command: str) -> None:
    """`--help` said "Prefer disability access.", where a shelter or housing without it is never
    planned (rule 10): read as a preference, it could be left out for a person who needs it."""
    text = " ".join(CliRunner().invoke(main, [command, "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert "Prefer disability access" not in text
    assert "a shelter or housing must record it" in text


# --- an alternative is another service point, not the chosen one held twice ---

TWICE: list[dict[str, Any]] = [
    {"id": "kukes-1", "name": "Family Shelter Kukës", "categories": ["shelter"], "city": "Kukës",
     "region": "AL-07", "latitude": 42.077, "longitude": 20.421, "sexes": ["female"],
     "phone": "+355 24 222 333"},
    # the same shelter, typed again without its accents (one phone, one address): validate
    # warns of it; the directory holds it all the same
    {"id": "kukes-2", "name": "Family Shelter Kukes", "categories": ["shelter"], "city": "Kukës",
     "region": "AL-07", "latitude": 42.077, "longitude": 20.421, "sexes": ["female"],
     "phone": "+355 24 222 333", "verified_on": "2025-06-01"},
    {"id": "peshkopi", "name": "Women's Shelter Peshkopi", "categories": ["shelter"], "city": "Peshkopi",
     "region": "AL-09", "latitude": 41.685, "longitude": 20.429, "sexes": ["female"]},
]  # fmt: skip


def test_an_alternative_is_never_the_chosen_shelter_held_twice(tmp_path: Path) -> None:
    """'Example Family Shelter Kukes' was the plan's alternative (and the package's) to 'Example
    Family Shelter Kukës': one phone, one address, the record held twice (the AL sample holds
    such a pair). Calling it again is no alternative: the next service point is."""
    records = [{**record, "coverage": {"kind": "national"}} for record in TWICE]
    root = _root(tmp_path, records)
    options = [*_to("Kukës")[:5], "shelter", *CASE[6:], "--top", "3"]
    found = json.loads(_run(root, "match", options, "--format", "json"))
    # one row too, since the sixteenth caseworker pass (tests/test_matching_panel_sixteenth.py)
    assert [r["id"] for r in found["needs"]["shelter"]] == ["kukes-1", "peshkopi"]
    (step,) = found["plan"]
    assert (step["id"], step["alternatives"]) == ("kukes-1", ["peshkopi"])
    document = json.loads(_package(root, options, "json"))
    (shelter,) = document["needs"]
    assert [a["id"] for a in shelter["alternatives"]] == ["peshkopi"]
    chosen = json.loads(_package(root, [*options, "--select", "shelter=kukes-2"], "json"))
    assert [a["id"] for a in chosen["needs"][0]["alternatives"]] == ["peshkopi"]
