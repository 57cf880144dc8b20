"""A caseworker's thirteenth pass over issue 12's rules (the held-out panel runs `match --format
json`, `package` and `batch`): what a careful caseworker would overrule or misread, each test a
case on a small hand-made directory of a country the earlier passes did not try (Ghana,
Indonesia), that failed before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import hand_made_directory, match_json, package_on

from svcmatch.errors import InputError
from svcmatch.languages import read_language
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
