"""The twenty-second adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import sample_folder
from test_security_second_pass import cli
from test_security_twenty_first_pass import refused

from svcmatch.referrals import is_case_ref

# --- a case reference holding a name in another form -------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "elira_hoxha",
        "ELIRA_HOXHA",
        "AL-Elira-Hoxha",
        "Elira_Hoxha_1990",
        "elira-hoxha-12-03-1990",
        "Elira_Hoxha_19900312",
        "hoxhaElira1990",
    ],
)
def test_a_case_reference_holding_a_name_in_another_form_is_refused(tmp_path: Path, name: str) -> None:
    """`package --case-ref elira_hoxha` (and 'AL-Elira-Hoxha', 'Elira_Hoxha_1990') made the
    package, and `referral open` kept the name in the store: only two capitalised words were a
    name. Two words of three letters or more with no number but a date of birth beside them are
    refused, by package and by referral open (a package of another tool, or edited)."""
    assert not is_case_ref(name)
    root = sample_folder(tmp_path, "al")
    case = ("--country", "AL", "--to", "Shkoder", "--needs", "medical", "--sex", "female", "--age", "30")
    refused(cli(root, "package", *case, "--case-ref", name, "--draft"), "case reference", "never a name")
    package = tmp_path / "pkg.json"
    made = cli(
        root, "package", *case, "--case-ref", "AL-2026-0042", "--consent-date", "2026-12-01", "-f", "json"
    )
    assert made.exit_code == 0, made.output
    document = json.loads(made.stdout)
    document["case_ref"] = name
    package.write_text(json.dumps(document), encoding="utf-8")
    refused(cli(root, "referral", "open", "--from", str(package)), "case reference", "never a name")
    assert not (root / "referrals").exists() or name not in "".join(
        p.read_text(encoding="utf-8") for p in (root / "referrals").rglob("*.json")
    )


@pytest.mark.parametrize(
    "code",
    [
        "IOM-Rome-7",
        "AL-2026-0042",
        "IOM-Roma-Tirana-2026-0042",
        "IOM-Rome-Case-2026-12",
        "Tirana-Office-12",
        "CARE-IT-AL-0042",
        "UNHCR-Rome-12",
        "VoT-AL-12",
        "caso-2026-11",
        "GR-ATH-2026-117",
        "Referenca",
        "Tirana-Office-000123",
    ],
)
def test_office_codes_stay_case_references(code: str) -> None:
    assert is_case_ref(code)


# --- a referral to a confidential shelter removed since -----------------------------------------------


def test_a_note_about_a_confidential_shelter_removed_since_is_judged_as_before(tmp_path: Path) -> None:
    """Notes giving a confidential shelter's street are refused, and withheld by `referral show`;
    but once `directory remove` took the shelter's record, there was no record to judge them by:
    `referral update --note "received at 22 Rue de l'Exemple"` was stored and `referral show`
    showed it (and one stored before). The history keeps the removed shelter's region and that it
    was confidential: notes are judged by them."""
    root = sample_folder(tmp_path, "ma")
    case = ("--country", "MA", "--to", "Marrakech", "--needs", "shelter", "--sex", "female", "--age", "30")
    chosen = ("--select", "shelter=ma-exa-1dd0", "--case-ref", "MA-2026-0001", "--consent-date", "2026-12-01")
    package = tmp_path / "pkg.json"
    made = cli(root, "package", *case, *chosen, "--today", "2026-12-02", "-f", "json", "-o", str(package))
    assert made.exit_code == 0, made.output
    assert cli(root, "referral", "open", "--from", str(package), "--today", "2026-12-02").exit_code == 0
    referral = json.loads(package.read_text(encoding="utf-8"))["referrals"][0]["id"]
    removed = cli(root, "directory", "remove", "MA", "ma-exa-1dd0", "--allow-sample", "--author", "office")
    assert removed.exit_code == 0, removed.output
    answer = ("referral", "update", referral, "--status", "accepted", "--today", "2026-12-03")
    refused(cli(root, *answer, "--note", "received at 22 Rue de l'Exemple"), "note", "street address")
    # a note stored before the rule (by hand, or an older svcmatch): shown withheld
    assert cli(root, *answer, "--note", "received").exit_code == 0
    for event in (root / "referrals").rglob("*.json"):
        text = event.read_text(encoding="utf-8")
        if '"received"' in text:
            event.write_text(text.replace('"received"', '"received at 22 Rue de l\'Exemple"'), "utf-8")
    shown = cli(root, "referral", "show", referral, "-f", "json")
    assert shown.exit_code == 0, shown.output
    assert "Exemple" not in shown.output
    assert "withheld" in shown.output
