"""The seventeenth adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root

# --- a package from a saved match gives the contact details of now ---------------------------------


def test_a_package_from_a_saved_match_gives_the_phone_the_directory_has_now(tmp_path: Path) -> None:
    """`package --from match.json` of a match saved before the office changed the clinic's phone
    and e-mail gave the partner the old number, exit 0, without a word: the package reads them
    from the directory as it is now, and the card says which changed."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical")
    saved.write_text(cli(root, "match", *case, "-f", "json").stdout, encoding="utf-8")
    package = ("package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "json")
    before = json.loads(cli(root, *package).stdout)["needs"][0]["provider"]
    assert not any(note["code"] == "contact_since" for note in before["notes"])
    changes = ("--set", "phone=+355 22 999 999", "--set", "email=new@clinic.example")
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *changes).exit_code == 0
    result = cli(root, *package)
    assert result.exit_code == 0, result.output
    provider = json.loads(result.stdout)["needs"][0]["provider"]
    assert provider["contact"]["phone"] == "+355 22 999 999"
    assert provider["contact"]["email"] == "new@clinic.example"
    assert {"code": "contact_since", "fields": ["phone", "email"]} in provider["notes"]
    assert "(Phone and E-mail)" in " ".join(provider["warnings"])
    french = cli(root, *package[:-2], "-f", "md", "--lang", "fr")
    assert "+355 22 000 001" not in french.stdout and "(Téléphone et Courriel)" in french.stdout


# --- a confidential shelter's town written into its codes or phone ----------------------------------


def _stored_as(root: Path, provider_id: str, field: str, value: object) -> None:
    """A directory file edited by hand (or written by another tool): every door refuses it."""
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][provider_id][field] = value
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False), encoding="utf-8")


_SHELTER_CASE = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter,psychosocial", "--sex", "female")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "moved to Orosh"),
        ("phone", "+355 22 000 000 (Orosh office)"),
        ("sexes", ["female", "Orosh"]),
        ("languages", ["sq", "Orosh"]),
        ("exploitation_types", ["sexual", "Orosh"]),
        ("categories", ["shelter", "psychosocial", "Orosh"]),
    ],
)
def test_a_confidential_shelters_town_written_into_its_codes_never_leaves_the_file(
    tmp_path: Path, field: str, value: object
) -> None:
    """A file whose confidential shelter holds its village in its status ("moved to Orosh"), a
    language, a form of exploitation, a sex or its phone printed 'Orosh' in `list`, `show`,
    `stats`, `validate`'s message or fix, the exports, `match` and the package (its notes: "cannot
    take the person: moved to orosh", "handles only sexual and orosh"). Every output withholds
    it as it withholds it in the shelter's free texts; the edit that corrects it leaves no trace
    of it in the history."""
    shelter = dataclasses.replace(SHELTER, categories=("shelter", "psychosocial"))
    root = make_root(tmp_path / "d", CLINIC, shelter)
    _stored_as(root, "al-hope-1", field, value)
    package = ("package", *_SHELTER_CASE, "--case-ref", "X-1", "--draft")
    outputs = {
        "list": cli(root, "directory", "list", "AL", "-f", "csv"),
        "show": cli(root, "directory", "show", "AL", "al-hope-1"),
        "show json": cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json"),
        "stats": cli(root, "directory", "stats", "AL", "-f", "json"),
        "validate": cli(root, "directory", "validate", "AL"),
        "stale": cli(root, "directory", "stale", "AL", "--today", "2099-01-01", "-f", "json"),
        "csv": cli(root, "directory", "export", "AL", "-f", "csv"),
        "json": cli(root, "directory", "export", "AL", "-f", "json"),
        "match": cli(root, "match", *_SHELTER_CASE, "-f", "json"),
        "match table": cli(root, "match", *_SHELTER_CASE),
        "package": cli(root, *package, "-f", "json"),
        "package html": cli(root, *package, "-f", "html"),
    }
    for command, result in outputs.items():
        assert result.output and "orosh" not in result.output.casefold(), (command, result.output)
    corrected = {"status": "active", "phone": "+355 22 000 000"}.get(field)
    if corrected is not None:
        edit = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}={corrected}")
        assert edit.exit_code == 0, edit.output
        history = cli(root, "directory", "history", "AL", "-f", "json")
        files = "".join(path.read_text(encoding="utf-8") for path in (root / "history").rglob("*.json"))
        assert field in history.stdout
        for shown in (history.output, files):
            assert "orosh" not in shown.casefold(), shown
