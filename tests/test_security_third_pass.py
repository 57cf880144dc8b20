"""The third adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, cli, make_root
from test_security_siblings import PUBLIC_CLINIC, VILLAGE_SHELTER, write_raw

from svcmatch.model import pack_json

# --- invisible characters: a text that looks like another -------------------------------------------

#: Characters that show as nothing: a zero-width space, joiner and non-joiner, the word joiner,
#: a soft hyphen, a byte-order mark inside a text, the line separator, the Arabic letter mark,
#: a tag character (hidden text).
INVISIBLES = ["\u200b", "\u200d", "\u200c", "\u2060", "\u00ad", "\ufeff", "\u2028", "\u061c", "\U000e0041"]


@pytest.mark.parametrize("char", INVISIBLES, ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_are_refused_in_new_records(tmp_path: Path, char: str) -> None:
    # 'Public\u200bClinic' passes for another provider in every list and package, and a town
    # or street with one inside hides from the search that withholds a confidential shelter's
    root = make_root(tmp_path, CLINIC)
    kept = (root / "al.json").read_bytes()
    added = cli(root, "directory", "add", "AL", "--name", f"Public{char}Clinic", "--category", "medical",
                "--region", "AL-08", "--city", "Lezhë")  # fmt: skip
    assert added.exit_code == 2 and f"U+{ord(char):04X}" in added.stderr, (added.exit_code, added.output)
    edited = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"notes=call{char}first")
    assert edited.exit_code == 2, edited.output
    record = {"name": "X", "categories": ["medical"], "region": "AL-08", "extra": {"note": f"a{char}b"}}
    from_json = cli(root, "directory", "add", "AL", "--json", "-", input=json.dumps(record))
    assert from_json.exit_code == 2, from_json.output
    assert (root / "al.json").read_bytes() == kept


def test_invisible_characters_are_refused_in_an_import(tmp_path: Path) -> None:
    root = make_root(tmp_path, CLINIC)
    sheet = tmp_path / "new.csv"
    sheet.write_text("name,categories,region,city\nQendra\u200bRe,medical,AL-08,Lezhë\n", encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code != 0 and "U+200B" in result.output, result.output
    assert "Qendra" not in (root / "al.json").read_text(encoding="utf-8")


def test_stored_invisible_characters_are_shown_not_hidden(tmp_path: Path) -> None:
    root = make_root(tmp_path, CLINIC)
    write_raw(root, {"al-clinic-1": {"name": "Public\u200bClinic", "notes": "a\u2028b\u00adc"}})
    for fmt in ("table", "markdown"):
        shown = cli(root, "directory", "show", "AL", "al-clinic-1", "--format", fmt)
        assert shown.exit_code == 0, shown.output
        assert "u200bClinic" in shown.stdout and "\u200b" not in shown.stdout, shown.stdout
        assert "\u2028" not in shown.stdout and "\u00ad" not in shown.stdout
    listed = cli(root, "directory", "list", "AL", "--format", "json")
    assert "\u200b" not in listed.stdout and "Public\\u200bClinic" in listed.stdout
    assert json.loads(listed.stdout)[0]["name"] == "Public\u200bClinic"  # the same JSON, escaped
    match = cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "medical")
    assert match.exit_code == 0 and "\u200b" not in match.stdout and "\\u200b" in match.stdout


# --- a confidential shelter's town, street or point, spelled otherwise ------------------------------

#: The village shelter's town (Orosh), street (Rruga Zzsecret 77) and point (41.83412, 20.08456)
#: as people type them: in capitals, inflected, with an accent, a Cyrillic letter, a zero-width
#: space stored by another tool, fullwidth letters, in Cyrillic; the street without 'Rruga' or
#: its number; degrees with º, ˚, d, or spaces before a minute mark; fullwidth and Arabic digits.
SPELLINGS = [
    "the house in Oroshi",
    "OROSHIT",
    "in Orósh",
    "in \u041erosh",
    "in Or\u200bosh",
    "in Ｏｒｏｓｈ",
    "in Орош",
    "Zzsecret 77",
    "Rr. Zzsecret",
    "at 41º50' N",
    "at 41˚50'",
    "41d50m",
    "41 50' N, 20 05' E",
    "at ４１.８３４",
    "at ٤١٫٨٣٤",
]
#: What shows the spelling, or a part of it that gives the place away.
SPELLED = re.compile(r"(?i)or[oó]sh|[oо]rosh|ｏｓｈ|орош|zzsecret|41[º˚d ]|４１|٤١")


@pytest.mark.parametrize("text", SPELLINGS)
def test_a_confidential_shelters_place_spelled_otherwise_is_refused_in_its_texts(
    tmp_path: Path, text: str
) -> None:
    root = make_root(tmp_path, VILLAGE_SHELTER)
    kept = (root / "al.json").read_bytes()
    for field in ("notes", "how_to_refer", "focal_point"):
        result = cli(
            root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}={text.replace(chr(0x200B), '')}"
        )
        assert result.exit_code == 2 and "confidential shelter" in result.stderr, (field, result.output)
    assert (root / "al.json").read_bytes() == kept
    public = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "notes=call the focal point first")
    assert public.exit_code == 0, public.output  # a text that gives nothing away is taken


@pytest.mark.parametrize("text", SPELLINGS)
def test_a_confidential_shelters_place_spelled_otherwise_never_leaves_the_file(
    tmp_path: Path, text: str
) -> None:
    root = make_root(tmp_path, VILLAGE_SHELTER, PUBLIC_CLINIC)
    extra = {"hsds": pack_json({"record": {"description": f"Shelter. {text}."}})}
    write_raw(root, {"al-hope-1": {"notes": text, "how_to_refer": f"Call. {text}", "extra": extra}})
    case = ["--country", "AL", "--to", "Lezhë", "--needs", "shelter,medical"]
    outputs = {
        "show": cli(root, "directory", "show", "AL", "al-hope-1", "--format", "json"),
        "list": cli(root, "directory", "list", "AL", "--format", "csv"),
        "export": cli(root, "directory", "export", "AL", "--format", "json"),
        "hsds": cli(root, "directory", "export", "AL", "--format", "hsds-json"),
        "match": cli(root, "match", *case, "--format", "json"),
        "package": cli(root, "package", *case, "--case-ref", "R-1", "--draft", "--format", "md"),
    }
    for name, result in outputs.items():
        assert result.exit_code == 0, (name, result.output)
        shown = result.stdout.replace("\\u200b", "").replace("\u200b", "")  # as a reader sees it
        assert not SPELLED.search(shown), (name, SPELLED.findall(shown))
    assert "Shelter Hope" in outputs["match"].stdout  # the shelter is there, its place is not
    owner = cli(root, "directory", "show", "AL", "al-hope-1", "--format", "json", "--include-confidential")
    assert SPELLED.search(owner.stdout)  # asked for, it is shown (so the checks above can fail)
    # a re-import of the redacted export keeps what is stored
    sheet = tmp_path / "al.csv"
    assert cli(root, "directory", "export", "AL", "-o", str(sheet)).exit_code == 0
    again = cli(root, "directory", "import", "AL", str(sheet))
    assert again.exit_code == 0 and "0 updated" in again.stderr, again.output
