"""The eighteenth caseworker pass over issue 12 (the held-out panel runs `match --format json`,
`package` and `batch`): each test is a case a careful caseworker would overrule or misread, on a
small hand-made directory or on a bundled sample, and failed before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import match_json, package_on, sample_folder

TODAY = "2026-12-07"


def _match(root: Path, options: list[str]) -> Any:
    found = match_json(root, options, TODAY)
    found["planned"] = {step["need"]: step["id"] for step in found["plan"]}
    return found


# --- documents and benefits, at the place of return where she is registered ---

#: a boy of 15 returning alone to Benin City (NG sample): the only home that takes him is the
#: children's home in Abuja, ~370 km away
BOY_BENIN = ["--country", "NG", "--to", "Benin City", "--sex", "male", "--age", "15", "--unaccompanied",
             "--language", "bin"]  # fmt: skip


def test_documents_and_benefits_are_planned_where_he_is_registered(tmp_path: Path) -> None:
    """Housed ~370 km away in Abuja, his identity papers were planned at a legal aid network beside
    the home and his benefits at the Benin City service "about 369 km from the accommodation", with
    a far-away warning. Civil documents are issued where a person is registered, and state benefits
    and social services are paid and given there: his place of return. A careful caseworker plans
    both in Benin City (the clinic that speaks his Bini, the family support service), as family
    support already is, and warns of nothing far for them; his counselling stays at the home."""
    root = sample_folder(tmp_path, "ng")
    found = _match(root, [*BOY_BENIN, "--needs", "shelter,documentation,social_protection,psychosocial"])
    assert found["planned"] == {
        "shelter": "ng-exa-99b8",
        "documentation": "ng-ben-671c",
        "social_protection": "ng-ben-6ac3",
        "psychosocial": "ng-exa-99b8",
    }
    for need in ("documentation", "social_protection"):
        first = found["needs"][need][0]
        assert first["distance_from"] == "destination"
        assert "1 km from Benin City" in first["reasons"]
    far = [w for w in found["warnings"] if w.startswith("the only ")]
    assert len(far) == 1 and far[0].startswith("the only shelter options are far away")
    # the services moved near the home are only those he goes to from there
    assert "and plans psychosocial support near there" in far[0]


# --- a shelter chosen instead: which distances are from it ---

WOMAN_KUKES = ["--country", "AL", "--to", "Kukes", "--sex", "female", "--age", "30"]


def test_the_chosen_shelter_note_says_which_distances_are_from_the_place_of_return(tmp_path: Path) -> None:
    """`package --select shelter=` the national shelter ~100 km away instead of the Kukës family
    shelter: the note said every other service's distance was "from" the chosen shelter, but family
    support and documents are measured from Kukës, the place of return (the package itself says
    "0.4 km from Kukës" on the card). The note says which are from where."""
    root = sample_folder(tmp_path, "al")
    case = [
        *WOMAN_KUKES,
        "--needs",
        "shelter,family,documentation,medical",
        "--select",
        "shelter=al-exa-d378",
    ]
    text = package_on(root, case, TODAY, "AL-18", "markdown")
    assert (
        "the other services were chosen near Example Family Shelter Kukës (their distances here are from "
        "Example National Shelter for Women Survivors), but Family support and Documentation near Kukës, "
        "the place of return, and measured from there"
    ) in text
    only_home = [*WOMAN_KUKES, "--needs", "shelter,family", "--select", "shelter=al-exa-d378"]
    text = package_on(root, only_home, TODAY, "AL-18", "markdown")
    assert "the other services were chosen near" not in text
    assert "Family support: chosen near Kukës, the place of return, and measured from there" in text
    french = package_on(root, only_home, TODAY, "AL-18", "markdown", "--lang", "fr")
    assert "le lieu de retour, et mesurés depuis ce lieu" in french
