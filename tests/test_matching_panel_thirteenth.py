"""A caseworker's thirteenth pass over issue 12's rules (the held-out panel runs `match --format
json`, `package` and `batch`): what a careful caseworker would overrule or misread, each test a
case on a small hand-made directory of a country the earlier passes did not try (Ghana,
Indonesia), that failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import hand_made_directory, match_json, package_on, run_on

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.languages import read_language
from svcmatch.matching import Case
from svcmatch.matching.scoring import speaks_any, speaks_words

TODAY = "2026-12-06"


def _match(root: Path, options: list[str], *extra: str) -> Any:
    return match_json(root, options, TODAY, *extra)


def _package(root: Path, options: list[str], fmt: str = "json", *extra: str) -> Any:
    return package_on(root, options, TODAY, "GH-13", fmt, *extra)


# --- Ghana: a Twi speaker, and providers that record Akan, the macrolanguage of Twi and Fante ---

#: Kumasi (Ashanti): a women's shelter, a clinic and legal aid speaking English and Akan; a
#: counselling centre speaking only English 1 km from the shelter, and one speaking Akan 3 km away.
KUMASI: list[dict[str, Any]] = [
    {"id": "gh-shelter", "name": "Kumasi Women's Shelter", "categories": ["shelter"], "city": "Kumasi",
     "region": "GH-AH", "latitude": 6.69, "longitude": -1.62, "sexes": ["female"], "min_age": 18,
     "accompanying_children": True, "vot_specialised": True, "capacity_available": 4,
     "capacity_updated": "2026-12-01", "languages": ["en", "ak"]},
    {"id": "gh-clinic", "name": "Komfo Anokye Clinic", "categories": ["medical"], "city": "Kumasi",
     "region": "GH-AH", "latitude": 6.70, "longitude": -1.63, "languages": ["en", "ak"]},
    {"id": "gh-counsel-en", "name": "Kumasi Counselling Centre", "categories": ["psychosocial"],
     "city": "Kumasi", "region": "GH-AH", "latitude": 6.68, "longitude": -1.615, "languages": ["en"]},
    {"id": "gh-counsel-ak", "name": "Asafo Trauma Support", "categories": ["psychosocial"], "city": "Kumasi",
     "region": "GH-AH", "latitude": 6.665, "longitude": -1.64, "languages": ["ak", "en"]},
    {"id": "gh-legal", "name": "FIDA Kumasi Legal Aid", "categories": ["legal"], "city": "Kumasi",
     "region": "GH-AH", "latitude": 6.685, "longitude": -1.625, "languages": ["en", "ak"]},
]  # fmt: skip
KUMASI_CASE = ["--country", "GH", "--to", "Kumasi", "--needs", "shelter,medical,psychosocial,legal",
               "--sex", "female", "--age", "32", "--children", "2"]  # fmt: skip


def test_a_provider_recording_akan_speaks_to_a_twi_speaker(tmp_path: Path) -> None:
    """A mother of two returning to Kumasi speaks Twi (`tw`), the Akan that most Ghanaians speak;
    Ghanaian records write it as Akan (`ak`), the macrolanguage of Twi and Fante. Every provider
    "spoke none of the person's languages", the counselling centre speaking only English ranked
    first and was planned, and the warnings said to arrange an interpreter at the clinic and the
    legal aid that speak it. Akan is one of ISO 639-3's macrolanguages, alike with its languages
    as Arabic is with Darija."""
    root = hand_made_directory(tmp_path, "GH", KUMASI, "en")
    found = _match(root, [*KUMASI_CASE, "--language", "Twi"])
    plan = {s["need"]: s["id"] for s in found["plan"]}
    assert plan == {"shelter": "gh-shelter", "medical": "gh-clinic", "psychosocial": "gh-counsel-ak",
                    "legal": "gh-legal"}  # fmt: skip
    counsel = found["needs"]["psychosocial"][0]
    assert "speaks Akan (the person's Twi is a variety of it)" in counsel["reasons"], counsel["reasons"]
    assert not [w for w in found["warnings"] if "interpreter" in w], found["warnings"]
    package = _package(root, [*KUMASI_CASE, "--language", "Twi"])
    assert not [n for n in package["notes"] if n["code"] == "interpreter"], package["notes"]


@pytest.mark.parametrize(
    ("person", "provider", "words"),
    [
        ("tw", "ak", "speaks Akan (the person's Twi is a variety of it)"),
        ("fat", "ak", "speaks Akan (the person's Fanti is a variety of it)"),
        ("ak", "tw", "speaks Twi (a variety of the person's Akan)"),
        ("id", "ms", "speaks Malay (the person's Indonesian is a variety of it)"),
        ("npi", "ne", "speaks Nepali (the person's Nepali (individual language) is a variety of it)"),
        ("gaz", "om", "speaks Oromo (the person's West Central Oromo is a variety of it)"),
        ("uzn", "uz", "speaks Uzbek (the person's Northern Uzbek is a variety of it)"),
        ("azb", "az", "speaks Azerbaijani (the person's South Azerbaijani is a variety of it)"),
        ("pbu", "ps", "speaks Pushto (the person's Northern Pashto is a variety of it)"),
        ("khk", "mn", "speaks Mongolian (the person's Halh Mongolian is a variety of it)"),
        ("gug", "gn", "speaks Guarani (the person's Paraguayan Guaraní is a variety of it)"),
    ],
)
def test_macrolanguages_of_countries_of_return_are_alike_with_their_languages(
    person: str, provider: str, words: str
) -> None:
    """ISO 639-3's macrolanguages spoken in countries of return (Ghana's Akan, Indonesia's Malay,
    Nepal's Nepali, Ethiopia's Oromo, Afghanistan's Uzbek and Pashto, Azerbaijani, Mongolian,
    Paraguay's Guarani) were left out of the groups: a provider recording the macrolanguage
    spoke none of the languages of a person who gives one of its languages."""
    assert speaks_any((person,), (provider,))
    assert speaks_words((person,), frozenset({provider})) == words


# --- a language's name that is another language's code: never read silently as the code ---


@pytest.mark.parametrize(
    ("typed", "code", "named"),
    [
        ("Ga", "ga", "gaa"),  # Accra's language; ga is Irish
        ("Fur", "fur", "fvr"),  # Darfur's; fur is Friulian
        ("Tem", "tem", "kdh"),  # Togo's and Ghana's Tem (Kotokoli); tem is Timne
        ("Dan", "da", "dnj"),  # Liberia's and Côte d'Ivoire's; dan is Danish
        ("Mon", "mn", "mnw"),  # Myanmar's Mon; mon is Mongolian
    ],
)
def test_a_language_named_like_another_ones_code_is_refused_with_both(
    typed: str, code: str, named: str
) -> None:
    """`--language Ga` (the language of Accra) was read, exactly and without a word, as the
    code `ga`, Irish: every provider speaking Ga 'spoke none of the person's languages'. A name
    written as names are (a capital, then small letters) that is also the code of another
    language could mean either: it is refused, naming both codes (DOMAIN.md: a word that could
    mean two equally is an error naming both). The code itself, as codes are written, stays the
    code."""
    with pytest.raises(InputError) as raised:
        read_language(typed)
    assert code in raised.value.hint and named in raised.value.hint, raised.value.hint
    assert read_language(typed.lower()).code == code
    assert read_language(named).code == named


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Asante Twi", "tw"),
        ("Asante", "tw"),
        ("Fante", "fat"),  # pycountry's Fanti
        ("Gã", "gaa"),  # Ga as its speakers write it (never Irish)
        ("Dangme", "ada"),
        ("Nzema", "nzi"),
        ("Frafra", "gur"),
        ("Basa Jawa", "jv"),
        ("Jawa", "jv"),
        ("Bahasa Sunda", "su"),
        ("Bahasa Melayu", "ms"),
        ("Madura", "mad"),
        ("Minang", "min"),
        ("Bugis", "bug"),
    ],
)
def test_languages_as_people_returning_to_ghana_and_indonesia_name_them(name: str, code: str) -> None:
    """`--language "Asante Twi"`, `Fante`, `Basa Jawa`, `Bugis` were refused as "not an ISO 639
    language" (pycountry names them Twi, Fanti, Javanese, Buginese); they are read, and said."""
    reading = read_language(name)
    assert reading.code == code and reading.how is not None


# --- the person's own region avoided: she is housed elsewhere, and planned there ---

#: Tamale (Northern Region) under an advisory; a shelter, a counselling centre and a skills
#: centre in Kumasi; a skills centre in Tamale.
TAMALE: list[dict[str, Any]] = [
    {"id": "gh-shelter", "name": "Kumasi Women's Shelter", "categories": ["shelter", "psychosocial"],
     "city": "Kumasi", "region": "GH-AH", "latitude": 6.69, "longitude": -1.62, "sexes": ["female"],
     "vot_specialised": True, "capacity_available": 4, "capacity_updated": "2026-12-01"},
    {"id": "gh-skills-kumasi", "name": "Kumasi Vocational Institute", "categories": ["vocational_training"],
     "city": "Kumasi", "region": "GH-AH", "latitude": 6.70, "longitude": -1.64},
    {"id": "gh-skills-tamale", "name": "Tamale Skills Centre", "categories": ["vocational_training"],
     "city": "Tamale", "region": "GH-NP", "latitude": 9.40, "longitude": -0.84},
]  # fmt: skip
TAMALE_CASE = ["--country", "GH", "--to", "Tamale", "--needs", "shelter,vocational_training,psychosocial",
               "--sex", "female", "--age", "30"]  # fmt: skip


def test_her_own_region_avoided_the_far_away_warning_does_not_say_to_plan_her_services_there(
    tmp_path: Path,
) -> None:
    """A woman returning to Tamale, where her traffickers are: the caseworker avoids the
    Northern Region and the plan houses her in Kumasi, 313 km away. The far-away warning went on
    "... and plans vocational training and psychosocial support near there: to plan them near
    Tamale, match them without shelter", advice that plans her services in the region she must
    avoid (and that the avoided region's providers can never meet). It stops at what the plan
    does; the warning before it says that Tamale lies in a region she asked to avoid."""
    root = hand_made_directory(tmp_path, "GH", TAMALE, "en")
    found = _match(root, [*TAMALE_CASE, "--avoid-region", "GH-NP"])
    far = [w for w in found["warnings"] if w.startswith("the only shelter options are far away")]
    assert far == [
        "the only shelter options are far away: the nearest, Kumasi Women's Shelter, is 313 km from "
        "Tamale; the plan houses the person at Kumasi Women's Shelter, 313 km from Tamale, and plans "
        "vocational training and psychosocial support near there"
    ], found["warnings"]
    assert (
        "the place of return, Tamale, lies in Northern (GH-NP), a region you asked to avoid"
        in found["warnings"]
    )
    # not avoided: the way back to Tamale's own services is still said
    found = _match(root, TAMALE_CASE)
    assert any(w.endswith("to plan them near Tamale, match them without shelter") for w in found["warnings"])


# --- records without coordinates, from a region of return: those recorded in it are in it ---

#: Ghana's office has not placed its records yet (no latitude/longitude): a women's shelter and a
#: clinic in Kumasi (Ashanti), a VoT-specialised safe home offering medical care in Accra (Greater
#: Accra), a men's shelter in Kumasi.
UNPLACED: list[dict[str, Any]] = [
    {"id": "gh-shelter", "name": "Kumasi Women's Shelter", "categories": ["shelter"], "city": "Kumasi",
     "region": "GH-AH", "sexes": ["female"], "capacity_available": 4, "capacity_updated": "2026-12-01"},
    {"id": "gh-safe-home", "name": "Sankofa Safe Home", "categories": ["shelter", "medical"], "city": "Accra",
     "region": "GH-AA", "vot_specialised": True, "sexes": ["female"]},
    {"id": "gh-clinic", "name": "Komfo Anokye Clinic", "categories": ["medical"], "city": "Kumasi",
     "region": "GH-AH"},
    {"id": "gh-men", "name": "Kumasi Men's Shelter", "categories": ["shelter"], "city": "Kumasi",
     "region": "GH-AH", "sexes": ["male"]},
]  # fmt: skip
UNPLACED_CASE = ["--country", "GH", "--to", "Ashanti Region", "--needs", "shelter,medical", "--sex", "female",
                 "--age", "32"]  # fmt: skip


def test_a_record_without_coordinates_in_the_region_of_return_is_in_it(tmp_path: Path) -> None:
    """A woman returning to the Ashanti Region, on a directory whose records have no
    coordinates yet. Issue 12: from a region of return, a provider recorded in that region counts
    as in it and ranks as if near. Those without a location ranked as "serves the whole country;
    distance unknown" (50 km) wherever they were recorded, so a VoT safe home in Accra ranked
    above the Kumasi clinic for her medical care (by 0.03 points, a VoT service), and the plan
    sent her to another region for it. A record in the region of return is in it, located or
    not: 0 km, "in the region of return (Ashanti)", in the results, the near misses, the package
    and batch; one elsewhere stays "distance unknown"."""
    root = hand_made_directory(tmp_path, "GH", UNPLACED, "en")
    found = _match(root, UNPLACED_CASE, "--explain-excluded")
    assert {s["need"]: s["id"] for s in found["plan"]} == {"shelter": "gh-shelter", "medical": "gh-clinic"}
    shelter, clinic = found["needs"]["shelter"][0], found["needs"]["medical"][0]
    assert shelter["id"] == "gh-shelter" and clinic["id"] == "gh-clinic"
    for result in (shelter, clinic):
        assert result["distance_km"] == 0.0 and result["distance_from"] == "region", result
        assert result["reasons"][0] == "in the region of return (Ashanti)", result["reasons"]
        assert "distance unknown" not in result["warnings"], result["warnings"]
    safe_home = next(r for r in found["needs"]["medical"] if r["id"] == "gh-safe-home")
    assert safe_home["distance_km"] is None and "serves the whole country" in safe_home["reasons"]
    men = next(m for m in found["near_misses"]["shelter"] if m["id"] == "gh-men")
    assert men["distance_km"] == 0.0 and men["distance_from"] == "region", men
    package = _package(root, UNPLACED_CASE, "md")
    assert "- **Distance:** in the region of return" in package, package
    (tmp_path / "cases.csv").write_text(
        "case_id,country,to,needs,sex,age\nc1,GH,Ashanti Region,shelter|medical,female,32\n", encoding="utf-8"
    )
    record = json.loads(run_on(root, "batch", [str(tmp_path / "cases.csv")], TODAY).splitlines()[0])
    assert [(s["need"], s["id"]) for s in record["plan"]] == [
        ("shelter", "gh-shelter"),
        ("medical", "gh-clinic"),
    ]
    # with a limit, a record without a location is not known to be within it (rule 3)
    limited = _match(root, [*UNPLACED_CASE, "--max-km", "40"])
    assert limited["unmet"] == ["shelter", "medical"], limited["unmet"]


# --- the case as the caseworker writes it: a trans woman, a man forced to scam ---


def test_a_trans_womans_sex_is_refused_with_what_the_value_is_for(tmp_path: Path) -> None:
    """`--sex "trans woman"` was refused with "use one of female, male or other", which leaves
    the caseworker to guess what the tool does with each. It is still refused (her sex is never
    guessed), and the fix says what the value is for and what the records do not say."""
    root = hand_made_directory(tmp_path, "GH", KUMASI, "en")
    case = ["--directories", str(root), "match", "--country", "GH", "--to", "Kumasi", "--needs", "shelter"]
    for typed in ("trans woman", "transgender", "MtF", "intersex"):
        result = CliRunner().invoke(main, [*case, "--sex", typed])
        assert result.exit_code == 2, result.output
        assert "not whether it takes transgender or intersex people: ask it" in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
    assert "transgender" not in CliRunner().invoke(main, [*case, "--sex", "foo"]).output


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("scam compound", "criminality"),  # held in a compound in Cambodia or Myanmar to defraud people
        ("forced scamming", "criminality"),
        ("scam centre", "criminality"),
        ("drug mule", "criminality"),
        ("forced theft", "criminality"),
        ("criminal exploitation", "criminality"),
        ("organ harvesting", "organ_removal"),
    ],
)
def test_forms_of_exploitation_as_caseworkers_write_them(typed: str, code: str) -> None:
    """A man returning to Indramayu after a scam compound in Cambodia: `--exploitation "scam
    compound"` (forced criminality, as UNODC counts it) was refused as "not known", and so were
    `drug mule`, `forced theft`, `organ harvesting`. They are read, and said."""
    case = Case(country="ID", to="Indramayu", needs=("shelter",), exploitation=typed)
    assert case.exploitation == code
    assert [(r.field, r.input, r.read_as) for r in case.readings] == [("exploitation", typed, code)]


# --- a provider avoided, and the same service point recorded twice ---


def test_a_provider_avoided_is_avoided_under_each_of_its_records(tmp_path: Path) -> None:
    """The person refuses the Kumasi women's shelter (she was held near it); the caseworker
    gives `--avoid-provider gh-shelter`. The office's file holds that shelter twice (imported
    again from a sheet in capitals: one name, one town, as `validate` warns), and the plan housed
    her at the other record: the same house. Every record of the avoided provider's service
    point is avoided (`rules.service_point`, as the plan's alternatives read it), the warnings
    say so, and its near miss says why."""
    twin = {**KUMASI[0], "id": "gh-shelter-2", "name": "KUMASI WOMEN'S SHELTER", "verified_on": "2025-01-10"}
    other = {**KUMASI[0], "id": "gh-obuasi", "name": "Obuasi Family Shelter", "city": "Obuasi",
             "latitude": 6.20, "longitude": -1.67}  # fmt: skip
    root = hand_made_directory(tmp_path, "GH", [*KUMASI, twin, other], "en")
    options = [*KUMASI_CASE, "--avoid-provider", "gh-shelter"]
    found = _match(root, options, "--explain-excluded")
    assert [s["id"] for s in found["plan"] if s["need"] == "shelter"] == ["gh-obuasi"], found["plan"]
    assert [r["id"] for r in found["needs"]["shelter"]] == ["gh-obuasi"]
    assert (
        "gh-shelter-2 (KUMASI WOMEN'S SHELTER) is avoided too: the same service point as gh-shelter, "
        "recorded twice in the directory"
    ) in found["warnings"], found["warnings"]
    misses = {m["id"]: m["detail"] for m in found["near_misses"]["shelter"]}
    assert misses["gh-shelter"] == "you asked to avoid it", misses
    assert misses["gh-shelter-2"] == "the same service point as gh-shelter, which you asked to avoid", misses
    package = _package(root, options)
    assert [n["provider"]["id"] for n in package["needs"] if n["need"] == "shelter"] == ["gh-obuasi"]


def test_without_coordinates_and_a_limit_no_provider_is_called_the_nearest(tmp_path: Path) -> None:
    """The same directory without coordinates, from the town of Kumasi with `--max-km 50`: no
    provider is known to be within the limit (rule 3), so both needs are unmet. The reasons said
    "nearest shelter is Sankofa Safe Home, distance unknown, but its distance is unknown (limit
    50 km)", naming the Accra safe home (first by its id) as the nearest, and the package told the
    receiving partners it "is beyond the distance limit (50 km)". Neither is known: the reasons
    name those without a location, and the package says what is not known."""
    root = hand_made_directory(tmp_path, "GH", UNPLACED, "en")
    options = ["--country", "GH", "--to", "Kumasi", "--needs", "shelter,medical", "--sex", "female",
               "--age", "32", "--max-km", "50"]  # fmt: skip
    found = _match(root, options)
    assert found["unmet"] == ["shelter", "medical"]
    assert found["unmet_reasons"] == {
        "shelter": "no shelter provider is known to be within the limit of 50 km: Sankofa Safe Home and "
        "Kumasi Women's Shelter have no known location",
        "medical": "no medical care provider is known to be within the limit of 50 km: Komfo Anokye Clinic "
        "and Sankofa Safe Home have no known location",
    }, found["unmet_reasons"]
    text = " ".join(_package(root, options, "md").split())
    assert "beyond the distance limit" not in text and "the nearest" not in text, text
    assert (
        "Shelter: Sankofa Safe Home (distance unknown) cannot take the person: it is not known to be "
        "within the distance limit (50 km)"
    ) in text, text
