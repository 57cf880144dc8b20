"""The twenty-first caseworker pass over issue 12: cases a careful caseworker would have overruled
or misread in `match`, `batch` and `package`, each on a small hand-made directory of a country of
return without a sample (Kenya, Indonesia, Guatemala, ...), each failing before its fix (the
held-out panel runs the same commands on other countries' directories)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import match_json

from svcmatch.errors import InputError
from svcmatch.taxonomy import read_need

TODAY = "2026-12-07"


def _match(root: Path, options: list[str], *extra: str) -> Any:
    found = match_json(root, options, TODAY, *extra)
    found["planned"] = {step["need"]: step["id"] for step in found["plan"]}
    return found


# --- words of the field that read as nothing ---


@pytest.mark.parametrize(
    ("word", "code"),
    [
        # a pregnant woman's care before the birth, said without "care"
        ("antenatal", "medical"),
        ("prenatal", "medical"),
        ("tuberculosis", "medical"),
        ("malaria", "medical"),
        ("physiotherapy", "medical"),
        # what a case note calls the trauma: counselling and psychiatric care are psychosocial
        ("depression", "psychosocial"),
        ("anxiety", "psychosocial"),
        ("PTSD", "psychosocial"),
        ("psychological first aid", "psychosocial"),
        ("self-help group", "psychosocial"),
        # the trade she asks to learn
        ("skills", "vocational_training"),
        ("tailoring", "vocational_training"),
        ("hairdressing", "vocational_training"),
        ("sewing", "vocational_training"),
        # a small business of her own: microcredit and a start-up grant
        ("loan", "income_generation"),
        ("seed money", "income_generation"),
        ("small shop", "income_generation"),
        ("market stall", "income_generation"),
        ("livestock", "income_generation"),
        ("cash transfer", "basic_needs"),
        ("rice", "basic_needs"),
        ("blankets", "basic_needs"),
        # a migrant worker's claims against the employer or the recruiter
        ("unpaid wages", "legal"),
        ("wage claim", "legal"),
        ("recruitment fees", "legal"),
        ("testify", "legal"),
        # the passport the employer kept
        ("passport replacement", "documentation"),
        ("lost passport", "documentation"),
        ("national ID", "documentation"),
        ("transitional housing", "housing"),
    ],
)
def test_words_of_the_field_are_read_as_their_need(word: str, code: str) -> None:
    """Caseworkers returning people from fishing boats, factories and households write these in
    case notes: each was "unknown need" (or, `national ID`, read by a close spelling), so the
    case stopped with an error; each is now read as the need it names, and said (`synonym`)."""
    reading = read_need(word)
    assert reading.codes == (code,)
    assert reading.how == "synonym"


# --- an unaccompanied child's guardian: which code to name ---


def test_guardianship_is_refused_saying_which_code_names_which_office() -> None:
    """`guardianship` (an unaccompanied boy's) stays refused as legal or social protection: a
    court appoints the guardian in some countries of return, the child protection service in
    others, and reading either would guess (judged again in this pass). The fix said only "name
    the code you mean", so a caseworker who knew the office, not the code, was left to guess; it
    now says which code names which office."""
    with pytest.raises(InputError) as raised:
        read_need("guardianship")
    assert "could mean legal or social_protection" in raised.value.message
    assert raised.value.hint == (
        "name the code you mean: social_protection where the child protection service appoints the "
        "guardian, legal where a court does; both, comma separated, where both take part"
    )
