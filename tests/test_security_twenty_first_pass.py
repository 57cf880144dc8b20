"""The twenty-first adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from helpers import sample_folder
from test_security_second_pass import cli

from svcmatch.locating import street_address_in


def refused(result: Result, *words: str) -> None:
    """A refusal: exit 2, its last line of stderr the error naming `words` (notes before it: a
    sample file, a reading), no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("svcmatch: error:") and all(word in last for word in words), result.stderr
    assert "Traceback" not in result.output


# --- a street address written number first ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "22 Rue de l'Exemple",  # the MA sample's confidential shelters' addresses
        "86 Example Road",  # the NG sample's
        "14 Adeola Odeku Street",
        "No. 12 Allen Avenue, Ikeja",
        "12, avenue Hassan II",
        "12bis rue Ibn Batouta",
        "Plot 5 Zzsecret Road",
        "14 Adeola Odeku St",
        "12 شارع محمد الخامس",
        "زنقة 5",
    ],
)
def test_a_street_address_written_number_first_is_an_address(text: str) -> None:
    assert street_address_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "she arrived on 2026-12-07 by road",
        "room for 2 on the street",
        "3 km from the main road",
        "2 close friends",
    ],
)
def test_a_number_beside_a_street_word_in_a_sentence_is_no_address(text: str) -> None:
    assert not street_address_in(text), text


def test_a_note_giving_a_shelters_street_number_first_is_refused(tmp_path: Path) -> None:
    """`package --notes-for "shelter=she will stay at 22 Rue de l'Exemple"` of the MA sample's
    confidential shelter in Marrakech made the package, exit 0, the street address in it; `referral
    update --note "received at 22 Rue de l'Exemple"` stored it and `referral show` showed it: a
    street address was found only kind of street first ('Rruga Zzsecret 77'), as Albania and Ukraine
    write it, never number first as French, English and Arabic do (Morocco, Nigeria)."""
    root = sample_folder(tmp_path, "ma")
    case = ("--country", "MA", "--to", "Marrakech", "--needs", "shelter", "--sex", "female", "--age", "30")
    chosen = ("--select", "shelter=ma-exa-1dd0", "--case-ref", "MA-2026-0001", "--consent-date", "2026-12-01")
    noted = cli(
        root,
        "package",
        *case,
        *chosen,
        "-f",
        "json",
        "--notes-for",
        "shelter=she stays at 22 Rue de l'Exemple",
    )
    refused(noted, "--notes-for", "street address")
    package = tmp_path / "pkg.json"
    made = cli(root, "package", *case, *chosen, "--today", "2026-12-02", "-f", "json", "-o", str(package))
    assert made.exit_code == 0, made.output
    assert cli(root, "referral", "open", "--from", str(package), "--today", "2026-12-02").exit_code == 0
    referral = json.loads(package.read_text(encoding="utf-8"))["referrals"][0]["id"]
    for note in ("received at 22 Rue de l'Exemple", "she is at 22, rue de l'Exemple"):
        answer = ("referral", "update", referral, "--status", "accepted", "--today", "2026-12-03")
        refused(cli(root, *answer, "--note", note), "note", "street address")
    assert "Exemple" not in "".join(
        p.read_text(encoding="utf-8") for p in (root / "referrals").rglob("*.json")
    )
