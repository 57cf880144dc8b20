"""The fourteenth adversarial pass over every command (issues 11, 14 and 15's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root
from test_security_siblings import write_raw

from svcmatch.model import unpack_json

# --- an organization's other locations kept in a public service's material -------------------------


def _with_unpacked(text: str) -> str:
    """`text` and the unpacked JSON of every packed value in it (`show` gives `extra` packed)."""
    found = re.findall(r"eN[0-9A-Za-z+/=]{8,}", text)
    return text + "".join(json.dumps(unpack_json(value), ensure_ascii=False) for value in found)


def _uuid(n: int) -> str:
    return f"6e000000-0000-4000-8000-{n:012d}"


#: One organization, two places: its public office in Lezhë, its shelter in the village of Orosh.
_OFFICE = {
    "id": _uuid(101),
    "name": "Office Lezhë",
    "latitude": 41.7836,
    "longitude": 19.6436,
    "addresses": [
        {
            "id": _uuid(102),
            "address_1": "Rruga Public 9",
            "city": "Lezhë",
            "state_province": "Lezhë",
            "postal_code": "4501",
            "country": "AL",
            "address_type": "physical",
        }
    ],
}
_SHELTER_PLACE = {
    "id": _uuid(103),
    "name": "Strehëza Drita",
    "latitude": 41.83412,
    "longitude": 20.08456,
    "addresses": [
        {
            "id": _uuid(104),
            "address_1": "Rruga Zzsecret 77",
            "city": "Orosh",
            "state_province": "Lezhë",
            "postal_code": "4599",
            "country": "AL",
            "address_type": "physical",
        }
    ],
}
_ORGANIZATION = {"id": _uuid(1), "name": "Qendra Drita", "locations": [_OFFICE, _SHELTER_PLACE]}
#: What locates the shelter: street, village, postal code, point.
_SECRETS = ("Zzsecret", "Orosh", "4599", "41.834", "20.084")


def _service(number: int, name: str, term: str, location: dict[str, object]) -> dict[str, object]:
    return {
        "id": _uuid(number),
        "name": name,
        "description": name,
        "status": "active",
        "assured_date": "2026-10-01",
        "organization": _ORGANIZATION,
        "phones": [{"id": _uuid(number + 1), "number": f"+355 22 000 {number:03d}"}],
        "attributes": [
            {
                "id": _uuid(number + 2),
                "link_entity": "service",
                "link_type": "service_category",
                "taxonomy_term": {"id": _uuid(number + 3), "name": term, "taxonomy": "Open Eligibility"},
            }
        ],
        "service_at_locations": [{"id": _uuid(number + 4), "location": location}],
    }


def _office_and_shelter(tmp_path: Path) -> tuple[Path, str, str]:
    """A directory of a feed's two services of one organization, the shelter then made
    confidential by its office; (root, the public service's id, the shelter's id)."""
    root = make_root(tmp_path / "d", CLINIC)
    feed = tmp_path / "feed.json"
    services = [
        _service(10, "Ndihmë juridike Drita", "Legal aid", _OFFICE),
        _service(20, "Strehë Drita", "Emergency Shelter", _SHELTER_PLACE),
    ]
    feed.write_text(json.dumps(services, ensure_ascii=False), encoding="utf-8")
    imported = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds")
    assert imported.exit_code == 0, imported.output
    ids = {
        p["name"]: pid for pid, p in json.loads((root / "al.json").read_text("utf-8"))["providers"].items()
    }
    office, shelter = ids["Ndihmë juridike Drita"], ids["Strehë Drita"]
    turned = cli(root, "directory", "edit", "AL", shelter, "--set", "confidential_address=yes")
    assert turned.exit_code == 0, turned.output
    return root, office, shelter


def _outputs(root: Path, tmp_path: Path, office: str, *extra: str) -> dict[str, str]:
    said: dict[str, str] = {}
    for fmt in ("table", "json", "csv"):
        said[f"show {fmt}"] = cli(root, "directory", "show", "AL", office, "-f", fmt).output
        said[f"history {fmt}"] = cli(root, "directory", "history", "AL", "-f", fmt).output
    for fmt in ("csv", "json", "xlsx", "hsds-json", "hsds-csv"):
        out = tmp_path / f"export-{fmt}" / ("out" if fmt == "hsds-csv" else f"out.{fmt.split('-')[-1]}")
        out.parent.mkdir(parents=True)
        result = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out), *extra)
        assert result.exit_code == 0, result.output
        if fmt == "xlsx":
            import openpyxl

            book = openpyxl.load_workbook(out, read_only=True)
            said[fmt] = " ".join(
                str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row
            )
        else:
            files = sorted(out.glob("*.csv")) if out.is_dir() else [out]
            said[fmt] = "".join(p.read_text("utf-8-sig") for p in files)
    return said


def test_a_public_services_kept_organization_locations_never_give_a_shelters_place(tmp_path: Path) -> None:
    """An organization runs a public legal-aid office and a shelter, and its HSDS feed lists both
    places under `organization.locations` of each of its services (as HSDS nests them). The
    import keeps the organization's other locations aside in each service's material, the
    office's too; once the office made the shelter confidential, `show` of the office (every
    format, packed), `export` (CSV, JSON, XLSX packed; hsds-json and hsds-csv in clear) and
    `history` gave the shelter's street, village, postal code and point without
    --include-confidential. They are now left out of a public record's kept material wherever
    a confidential shelter's own is withheld; the owner's --include-confidential export keeps
    them."""
    root, office, _shelter = _office_and_shelter(tmp_path)
    for label, text in _outputs(root, tmp_path / "plain", office).items():
        found = [secret for secret in _SECRETS if secret in _with_unpacked(text)]
        assert not found, (label, found)
    owner = _outputs(root, tmp_path / "owner", office, "--include-confidential")
    assert "Zzsecret" in owner["hsds-json"] and "Zzsecret" in _with_unpacked(owner["json"])


def test_a_redacted_export_of_such_a_public_service_is_imported_again_unchanged(tmp_path: Path) -> None:
    """The export that leaves the shelter's place out of the office's kept material, imported
    again (CSV, JSON), changes nothing: the stored material stays whole."""
    root, _office, _shelter = _office_and_shelter(tmp_path)
    for fmt in ("csv", "json"):
        kept = (root / "al.json").read_bytes()
        out = tmp_path / f"again.{fmt}"
        assert cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out)).exit_code == 0
        again = cli(root, "directory", "import", "AL", str(out))
        assert again.exit_code == 0 and "0 updated" in again.stderr, again.output
        assert (root / "al.json").read_bytes() == kept


def test_history_files_never_keep_a_shelters_place_in_a_public_services_material(tmp_path: Path) -> None:
    """The history files of the directories folder hold no confidential shelter's place
    (threat model): the import's entry of the office held the organization's locations, the
    shelter's among them, packed, after the shelter was made confidential."""
    root, office, _shelter = _office_and_shelter(tmp_path)
    again = cli(root, "directory", "edit", "AL", office, "--set", "notes=opening hours changed")
    assert again.exit_code == 0, again.output
    feed = tmp_path / "later.json"  # a service of the organization imported once the shelter is confidential
    feed.write_text(json.dumps([_service(30, "Këshillim Drita", "Counseling", _OFFICE)]), encoding="utf-8")
    later = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds")
    assert later.exit_code == 0 and "1 added" in later.stderr, later.output
    for path in sorted((root / "history").rglob("*.json")):
        found = [s for s in _SECRETS if s in _with_unpacked(path.read_text("utf-8"))]
        assert not found, (path.name, found)


# --- a character that shows as nothing, inside a shelter's town ----------------------------------------

#: Characters that show as nothing that the search for a town read as letters: the combining
#: grapheme joiner, the Hangul fillers, Khmer's inherent vowels, a variation selector (emoji
#: use U+FE0F after a symbol; after a letter it shows nothing), a Mongolian one.
_SHOWS_AS_NOTHING = (
    "\u034f",
    "\u115f",
    "\u3164",
    "\uffa0",
    "\u17b4",
    "\ufe0f",
    "\ufe00",
    "\u180b",
    "\U000e0101",
)


@pytest.mark.parametrize("hidden", _SHOWS_AS_NOTHING)
def test_a_character_that_shows_as_nothing_never_hides_a_shelters_town(tmp_path: Path, hidden: str) -> None:
    """`edit --set name="Or\\u034fosh House"` of the confidential shelter of Orosh was taken,
    exit 0, and every output printed the name, which shows as "Orosh House": the combining
    grapheme joiner (and the Hangul fillers, variation selectors, ...) split the town's word
    for the search, where a zero-width space is refused. A text holding one is searched
    without it (and one no text needs is refused as a zero-width space is)."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    for field in ("name", "notes", "focal_point"):
        result = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}=Or{hidden}osh House")
        assert result.exit_code == 2, (field, result.output)
    listed = cli(root, "directory", "list", "AL", "-f", "json")
    assert "osh" not in listed.stdout, listed.stdout


def test_a_dry_run_never_quotes_a_shelters_place_from_a_public_services_material(tmp_path: Path) -> None:
    """`import --format hsds --dry-run` of the organization's feed in which the shelter's
    location changed said "would change <office>, extra (hsds_location)
    record.organization.locations.1.addresses.0.address_1: 'Rruga Zzsecret 77' -> ...": the
    stored street of the confidential shelter, quoted from the office's kept material. The
    report shows the material as every output does."""
    root, _office, _shelter = _office_and_shelter(tmp_path)
    service = json.loads(json.dumps(_service(10, "Ndihmë juridike Drita", "Legal aid", _OFFICE)))
    service["organization"]["locations"][1]["addresses"][0]["address_1"] = "Rruga Tjeter 5"
    service["phones"][0]["number"] = "+355 22 000 777"
    feed = tmp_path / "again.json"
    feed.write_text(json.dumps([service], ensure_ascii=False), encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0 and "would change" in result.output, result.output
    assert not [secret for secret in _SECRETS if secret in _with_unpacked(result.output)], result.output


# --- an id made from a town, of a record that turns confidential ------------------------------------------


def test_a_shelter_whose_id_was_made_from_its_town_is_told_when_it_turns_confidential(tmp_path: Path) -> None:
    """`directory add` gives a public record an id from its town's first letters
    (`al-oro-87bc` for Orosh); made confidential later, it keeps that id, which every output,
    package and referral shows: in a region whose only town beginning 'Oro' is Orosh, the id
    names the village that every output withholds. `edit` said only "edited ...:
    confidential_address" and `validate` nothing. Both now say it (a warning: an id never
    changes by itself), with what to do."""
    root = make_root(tmp_path / "d", CLINIC)
    added = cli(
        root,
        *("directory", "add", "AL", "--name", "Strehë Drita", "--categories", "shelter", "--city", "Orosh"),
        *("--region", "AL-08", "--phone", "+355 22 000 555", "--coverage", "national"),
    )
    assert added.exit_code == 0, added.output
    made = added.stdout.strip()
    assert made.startswith("al-oro-"), made
    turned = cli(root, "directory", "edit", "AL", made, "--set", "confidential_address=yes")
    assert turned.exit_code == 0, turned.output
    assert f"id {made}" in turned.stderr and "first letters of its town" in turned.stderr, turned.stderr
    assert "Orosh" not in turned.stderr, turned.stderr
    validate = cli(root, "directory", "validate", "AL")
    assert f"{made}: warning: id: " in validate.output and "Orosh" not in validate.output, validate.output
    again = cli(root, "directory", "edit", "AL", made, "--set", "notes=rooms for 6")
    assert "first letters" not in again.stderr, again.stderr  # said when it turns, and by validate


# --- a shelter's kept material with its town glued to a word ----------------------------------------------


def test_a_shelters_kept_material_never_gives_its_town_glued_to_a_word(tmp_path: Path) -> None:
    """The thirteenth pass refused and withheld a confidential shelter's e-mail, website and
    name with its town glued to a word (`oroshsafehouse@`, `OroshHouse`), but what an HSDS
    import keeps of its organization (its e-mail `info@oroshcare.example`, a description "Runs
    the OroshHouse shelter") was searched for the town as a word only: `show` (packed),
    `export` (every format) and the history printed them once the shelter was confidential."""
    root = make_root(tmp_path / "d", CLINIC)
    service = _service(20, "Strehë Drita", "Emergency Shelter", _SHELTER_PLACE)
    service["organization"] = {
        "id": _uuid(1),
        "name": "Qendra Drita",
        "email": "info@oroshcare.example",
        "description": "Runs the OroshHouse shelter",
    }
    service["email"] = "strehe@drita.example"  # its own (the organization's is kept aside)
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([service], ensure_ascii=False), encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(feed), "--format", "hsds").exit_code == 0
    (shelter,) = [
        pid for pid in json.loads((root / "al.json").read_text("utf-8"))["providers"] if "strehe" in pid
    ]
    turned = cli(root, "directory", "edit", "AL", shelter, "--set", "confidential_address=yes")
    assert turned.exit_code == 0, turned.output
    for label, text in _outputs(root, tmp_path / "out", shelter).items():
        shown = _with_unpacked(text).casefold()
        assert "oroshcare" not in shown and "oroshhouse" not in shown, label


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("notes", "Call OroshHouse reception"),
        ("how_to_refer", "Ask for the OroshHouse desk"),
        ("focal_point", "Arta (OroshCare)"),
        ("documents_required", "OroshCare referral form"),
        ("verified_by", "OroshCare office"),
        ("notes", "ring at oroshhouse"),
    ],
)
def test_a_shelters_free_text_never_gives_its_town_glued_to_a_word(
    tmp_path: Path, field: str, text: str
) -> None:
    """`edit --set how_to_refer="Ask for the OroshHouse desk"` of the confidential shelter of
    Orosh was taken, exit 0, and every output (the package's card among them) printed it: the
    thirteenth pass looked for the town glued to a word in a name, e-mail or website, and in a
    link inside a free text, not in a free text's other words. Such a word is now refused at
    the door and, stored before, withheld alone in every output."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    refused = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}={text}")
    assert refused.exit_code == 2 and "gives the address or town" in refused.stderr, refused.output
    stored = [text] if field == "documents_required" else text
    write_raw(root, {"al-hope-1": {field: stored}})  # written by another tool, or before the rule
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")
    outputs = [
        cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json").stdout,
        cli(root, "directory", "list", "AL", "-f", "json").stdout,
        cli(root, "directory", "export", "AL", "-f", "csv").stdout,
        cli(root, "match", *case, "-f", "json").stdout,
        cli(
            root,
            "package",
            *case,
            "--select",
            "shelter=al-hope-1",
            "--case-ref",
            "X-1",
            "--draft",
            "-f",
            "md",
        ).stdout,
    ]
    for shown in outputs:
        assert shown and "orosh" not in shown.casefold(), shown


def test_a_note_about_a_shelter_never_gives_a_town_near_it_glued_to_a_word(tmp_path: Path) -> None:
    """What a caseworker or a partner writes about a confidential shelter (a referral's note,
    the package's --notes-for) is judged by the towns of its cell, as words: "placed at
    OroshHouse" was recorded and shown by `referral show`, and "meet at OroshHouse gate" printed
    in the package (the thirteenth pass's residual). A word that begins or ends with a town
    near the shelter is now one as the town itself is."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")
    saved = tmp_path / "m.json"
    saved.write_text(cli(root, "match", *case, "-f", "json").stdout, encoding="utf-8")
    package = ("package", "--from", str(saved), "--select", "shelter=al-hope-1")
    noted = cli(
        root, *package, "--case-ref", "X-2", "--draft", "--notes-for", "shelter=meet at OroshHouse gate"
    )
    assert "orosh" not in noted.stdout.casefold(), noted.stdout
    sent = tmp_path / "pkg.json"
    consent = ("--consent-date", "2026-12-01", "--consent-recipients", "shelter")
    made = cli(root, *package, "--case-ref", "X-1", *consent, "-f", "json")
    assert made.exit_code == 0, made.output
    sent.write_text(made.stdout, encoding="utf-8")
    opened = cli(root, "referral", "open", "--from", str(sent))
    (referral,) = [word for word in opened.stdout.split() if word.startswith("ref-")]
    answer = cli(
        root, "referral", "update", referral, "--status", "accepted", "--note", "placed at OroshHouse"
    )
    assert answer.exit_code == 2, answer.output
    shown = cli(root, "referral", "show", referral)
    assert "orosh" not in shown.stdout.casefold(), shown.stdout
