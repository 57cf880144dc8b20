"""The seventeenth adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_security_second_pass import CLINIC, cli, make_root

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
