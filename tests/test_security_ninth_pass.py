"""The ninth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from pathlib import Path
from typing import Any

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root

from svcmatch.model import pack_json, unpack_json

#: A record as `add --json` takes it, with an `extra` to fill.
RECORD: dict[str, Any] = {
    "name": "Drop-in Centre",
    "categories": ["medical"],
    "city": "Lezhë",
    "region": "AL-08",
    "phone": "+355 22 000 111",
    "verified_on": "2026-11-01",
    "languages": ["sq"],
    "coverage": {"kind": "national"},
}


def _write_store_record(root: Path, pid: str, extra: dict[str, Any]) -> None:
    """Put `extra` into a stored record as another tool (or a hand edit) would: straight into
    the directory file, past every door."""
    path = root / "al.json"
    document = json.loads(path.read_text("utf-8"))
    document["providers"][pid]["extra"] = extra
    path.write_text(json.dumps(document, indent=2, sort_keys=True), "utf-8")


# --- what an HSDS import keeps aside, written by hand: nested too deep, or a zlib bomb ---------------

#: JSON nested 100,000 deep, as a text (json.loads of it raised RecursionError).
DEEP = '{"a":' * 100_000 + "1" + "}" * 100_000
#: 60 MiB of JSON from 60 KB of text: a packed value that unpacks past what an import may read.
BOMB = base64.b64encode(zlib.compress(b'{"a":"' + b" " * (60 * 1024 * 1024) + b'"}', 9)).decode("ascii")


@pytest.mark.parametrize("key", ["hsds", "hsds_location"])
@pytest.mark.parametrize("value", [DEEP, BOMB], ids=["deep", "bomb"])
def test_kept_material_that_cannot_be_read_is_refused_at_the_door(
    tmp_path: Path, key: str, value: str
) -> None:
    """`add --json` with `extra: {"hsds": <JSON nested 100,000 deep>}` was added, and `export -f
    hsds-json`, `edit --set confidential_address=yes` then gave a RecursionError traceback; a
    60 KB packed value that unpacks to 400 MB took 860 MB of memory and 72 s for one edit. Such a
    value is refused at the door, nothing written."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    record = tmp_path / "r.json"
    record.write_text(json.dumps({**RECORD, "extra": {key: value}}), "utf-8")
    result = cli(root, "directory", "add", "AL", "--json", str(record))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and f"extra.{key}" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == before


@pytest.mark.parametrize("value", [DEEP, BOMB], ids=["deep", "bomb"])
def test_stored_kept_material_that_cannot_be_read_is_no_traceback(tmp_path: Path, value: str) -> None:
    """The same value stored by another tool: every command that reads kept material says one
    line or goes on without it; `validate` names it."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    _write_store_record(root, "al-clinic-1", {"hsds": value})
    _write_store_record(root, "al-hope-1", {"hsds": value})
    for args in (
        ("directory", "export", "AL", "-f", "hsds-json", "-o", str(tmp_path / "o.json")),
        ("directory", "export", "AL", "-f", "hsds-csv", "-o", str(tmp_path / "o")),
        ("directory", "export", "AL", "-f", "json", "-o", str(tmp_path / "o2.json")),
        ("directory", "show", "AL", "al-hope-1", "-f", "json"),
        ("directory", "history", "AL", "-f", "json"),
    ):
        result = cli(root, *args)
        assert result.exit_code == 0, (args, result.output, result.exception)
    # an edit is refused for the stored flaw, as for any other (one line, naming it) ...
    edited = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "confidential_address=yes")
    assert edited.exit_code == 2 and "extra.hsds" in edited.stderr, (edited.output, edited.exception)
    # ... and a script's change through the API, which refuses only new flaws, scrubs the history
    from svcmatch.storage import DirectoryStore

    store = DirectoryStore("AL", root)
    with store.transaction(author="script") as transaction:
        clinic = next(p for p in store.load().providers if p.id == "al-clinic-1")
        transaction.put(clinic.with_changes(confidential_address=True))
    assert cli(root, "directory", "history", "AL", "-f", "json").exit_code == 0
    validated = cli(root, "directory", "validate", "AL")
    assert validated.exit_code != 0 and "extra.hsds" in validated.output, validated.output


# --- what an HSDS import keeps, written by hand for a confidential shelter --------------------------

#: Location-like material written by hand into a confidential shelter's `extra["hsds"]` (`add
#: --json`, an `extra` cell): each string must stay in the file.
HAND_KEPT = {
    "record": {
        "fees_description": "Free of charge KEEPME",
        "postal_code": "PC4501",
        "location_hint": "HINTnear the old school",
        "gps": [41.83412, 20.08456],
        "service_at_locations": [{"location": {"description": "BLUEGATE house"}}],
        "metadata": [{"field_name": "address_2", "previous_value": "KATI3 secret"}],
        "organization": {"name": "Org KEEPORG", "locations": [{"name": "ORGLOC building"}]},
        "Zip": "ZIP4502",
        "mapLink": "MAPLINK42",
    },
    "unusable": [{"field": "postal_code", "value": "PC4503", "reason": "not used"}],
    "number": 41.83412,
}
HAND_DETAILS = (
    "PC4501",
    "HINTnear",
    "20.08",
    "BLUEGATE",
    "KATI3",
    "ORGLOC",
    "ZIP4502",
    "MAPLINK42",
    "PC4503",
)


def _with_unpacked(text: str) -> str:
    """`text` and the unpacked JSON of every packed value in it (`show` gives extra.hsds packed)."""
    found = re.findall(r"eN[0-9A-Za-z+/=]{8,}", text)
    return text + "".join(json.dumps(unpack_json(value)) for value in found)


def test_what_is_written_by_hand_as_kept_material_never_locates_a_confidential_shelter(
    tmp_path: Path,
) -> None:
    """`extra["hsds"]` is trusted as what an HSDS import kept: written by hand (`add --json`, an
    `extra` cell) for a confidential shelter, a postal code, "near the old school", a GPS point,
    a location's description under the keys an import would have put aside, were shown by `show`
    (packed) and written by every export, the HSDS export in clear. Everything location-like in it
    is now withheld whatever wrote it; what is not (fees) is shown as before."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    stored = {"hsds": pack_json(HAND_KEPT)}
    record = json.loads(cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json").stdout)
    exported = tmp_path / "rec.json"
    shown = cli(root, "directory", "export", "AL", "-f", "json", "--include-confidential")
    whole = [r for r in json.loads(shown.stdout) if r["id"] == "al-hope-1"]
    whole[0]["extra"] = stored
    exported.write_text(json.dumps(whole), "utf-8")
    assert record["revision"] == whole[0]["revision"]
    imported = cli(root, "directory", "import", "AL", str(exported))
    assert imported.exit_code == 0, imported.output
    outputs = {
        f"show {fmt}": cli(root, "directory", "show", "AL", "al-hope-1", "-f", fmt).stdout
        for fmt in ("table", "json", "csv")
    }
    outputs["history"] = cli(root, "directory", "history", "AL", "-f", "json").stdout
    for fmt in ("csv", "json", "hsds-json"):
        out = tmp_path / f"export.{fmt}"
        result = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out))
        assert result.exit_code == 0, result.output
        outputs[f"export {fmt}"] = out.read_text(encoding="utf-8-sig")
    package = tmp_path / "pkg"
    assert cli(root, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(package)).exit_code == 0
    outputs["export hsds-csv"] = "".join(p.read_text("utf-8") for p in sorted(package.iterdir()))
    xlsx = tmp_path / "export.xlsx"
    assert cli(root, "directory", "export", "AL", "-o", str(xlsx)).exit_code == 0
    import openpyxl

    sheet = openpyxl.load_workbook(xlsx).active
    outputs["export xlsx"] = "\n".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    for name, text in outputs.items():
        text = _with_unpacked(text)
        assert [detail for detail in HAND_DETAILS if detail in text] == [], name
        if name not in ("history", "export hsds-csv"):
            assert "KEEPME" in text, name  # what does not locate is shown
    again = tmp_path / "again.json"
    assert cli(root, "directory", "export", "AL", "-f", "json", "-o", str(again)).exit_code == 0
    assert cli(root, "directory", "import", "AL", str(again)).exit_code == 0  # the redacted export
    document = json.loads((root / "al.json").read_text("utf-8"))
    assert document["providers"]["al-hope-1"]["extra"] == stored  # kept whole
    shown_all = cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json", "--include-confidential")
    assert all(detail in _with_unpacked(shown_all.stdout) for detail in HAND_DETAILS)


# --- a public record at a confidential shelter's place ----------------------------------------------------


def _validate_warnings(root: Path) -> list[dict[str, Any]]:
    result = cli(root, "directory", "validate", "AL", "-f", "json")
    findings = json.loads(result.stdout)["findings"]
    return [f for f in findings if "confidential shelter" in f["message"]]


@pytest.mark.parametrize(
    "changes",
    [
        {"address": "rruga  ZZSECRET 77"},
        {"latitude": 41.8345, "longitude": 20.0850},
        {"notes": "Counselling on the ground floor of Rruga Zzsecret 77."},
    ],
    ids=["address", "point", "note"],
)
def test_validate_warns_of_a_public_record_at_a_confidential_shelters_place(
    tmp_path: Path, changes: dict[str, Any]
) -> None:
    """A public record (the NGO's drop-in counselling listed at the shelter's building, by hand
    or from a feed) at a confidential shelter's street address or point, or whose note gives that
    address, is shown whole by every output, `match` included, and `validate` said nothing. It
    now warns on the public record, naming no shelter."""
    public = CLINIC.with_changes(
        id="al-drop-1", name="Drop-in Counselling", city="Orosh", phone="+355 22 000 222", **changes
    )
    root = make_root(tmp_path / "d", SHELTER, CLINIC, public)
    (warning,) = _validate_warnings(root)
    assert warning["provider"] == "al-drop-1" and warning["severity"] == "warning", warning
    assert "al-hope-1" not in json.dumps(warning) and "Shelter Hope" not in json.dumps(warning)
    elsewhere = CLINIC.with_changes(
        id="al-drop-1",
        name="Drop-in Counselling",
        city="Orosh",
        phone="+355 22 000 222",
        address="Rruga Zzsecret 12",
        latitude=41.8460,
        longitude=20.0850,
        notes="Near Orosh",
    )
    assert _validate_warnings(make_root(tmp_path / "e", SHELTER, CLINIC, elsewhere)) == []


# --- a saved match's weights, edited by hand ---------------------------------------------------------------


@pytest.mark.parametrize(
    "weights",
    [[1], "x", 5, {"distance": "NaN"}, {"distance": -1}, {"nope": 1}, {"distance": 1e308}],
    ids=["list", "text", "number", "nan-text", "negative", "unknown", "huge"],
)
def test_a_saved_matchs_weights_edited_by_hand_are_one_line_naming_them(tmp_path: Path, weights: Any) -> None:
    """`package --from m.json --select shelter=X` where m.json's `weights` (written by `match
    --weights`) had been edited into a list, a text, a negative or unknown weight said "--select
    shelter=al-hope-1: not an eligible shelter provider in this match (eligible: al-clinic-1)",
    exit 2: the package's look-up below --top swallowed the bad weights and refused the
    caseworker's choice for a reason that was not true. The document is now refused for its
    weights, naming the file and the weight."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    saved = tmp_path / "m.json"
    made = cli(
        root,
        *("match", "--country", "AL", "--to", "Lezhë", "--needs", "medical,shelter", "--sex", "female"),
        *("--top", "1", "-f", "json", "-o", str(saved)),
    )
    assert made.exit_code == 0, made.output
    document = json.loads(saved.read_text("utf-8"))
    good = cli(
        root, "package", "--from", str(saved), "--case-ref", "X1", "--draft", "--select", "shelter=al-hope-1"
    )
    assert good.exit_code == 0, good.output  # below --top, looked up again
    document["weights"] = weights
    saved.write_text(json.dumps(document), "utf-8")
    result = cli(
        root, "package", "--from", str(saved), "--case-ref", "X1", "--draft", "--select", "shelter=al-hope-1"
    )
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "weight" in lines[0] and "m.json" in lines[0], result.stderr
    assert "not an eligible" not in lines[0]


# --- a link with a bracketed host ------------------------------------------------------------------------


@pytest.mark.parametrize("link", ["http://[notip]/x", "http://[::1", "https://a]b"])
def test_an_hsds_link_with_a_bracketed_host_is_no_traceback(tmp_path: Path, link: str) -> None:
    """An HSDS feed whose service `url`, organization `website` or `schedule_link` was
    `http://[notip]/x` (or an unclosed `[`) gave a ValueError traceback from urllib at `import
    --format hsds` (the link check, hsds.spec.is_uri), and a website stored so by another tool
    at `export -f hsds-json`. Such a link is no web address: it is kept aside and left out of
    the export, as a `javascript:` link is."""
    from test_hsds_inputs import FEED_SERVICE

    root = make_root(tmp_path / "d", CLINIC)
    feed = json.loads(json.dumps(FEED_SERVICE))
    feed["url"] = link
    feed.setdefault("organization", {})["website"] = link
    feed["schedules"] = [{"opens_at": "09:00", "closes_at": "17:00", "byday": "MO", "schedule_link": link}]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([feed]), "utf-8")
    result = cli(root, "directory", "import", "AL", str(path), "--format", "hsds")
    assert result.exit_code == 0, (result.output, result.exception)
    _write_store_record(root, "al-clinic-1", {})
    document = json.loads((root / "al.json").read_text("utf-8"))
    document["providers"]["al-clinic-1"]["website"] = link
    (root / "al.json").write_text(json.dumps(document, indent=2, sort_keys=True), "utf-8")
    for fmt in ("hsds-json", "hsds-csv"):
        out = tmp_path / f"out-{fmt}"
        exported = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out))
        assert exported.exit_code == 0, (exported.output, exported.exception)
        text = (
            out.read_text("utf-8") if out.is_file() else "".join(p.read_text("utf-8") for p in out.iterdir())
        )
        assert link not in text
    validated = cli(root, "directory", "validate", "AL")
    assert "Traceback" not in validated.output and "website" in validated.output, validated.output


# --- a directory file with a second name ----------------------------------------------------------------


def test_a_hard_linked_directory_file_is_refused_not_split_from_its_other_name(tmp_path: Path) -> None:
    """A directory file shared by a hard link (`ln al.json /shared/al.json`, the sibling of item
    13's symbolic link) was replaced by `directory edit` with a new file: exit 0, "edited", and
    the shared name silently kept the old content. A file with another name is now refused, as a
    read-only one is (exit 3, the fix named), nothing written; a symbolic link is written through
    as before."""
    root = make_root(tmp_path / "d", CLINIC)
    shared = tmp_path / "shared.json"
    shared.hardlink_to(root / "al.json")
    before = shared.read_bytes()
    result = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 000 009")
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "hard link" in lines[0] and "ln -s" in lines[0], result.stderr
    assert shared.read_bytes() == before == (root / "al.json").read_bytes()
    assert (root / "al.json").stat().st_nlink == 2


# --- a map link that gives a confidential shelter's street address -----------------------------------


MAP_LINKS = (
    "https://maps.example.org/?q=Rruga+Zzsecret+77",
    "https://maps.example.org/?q=Rruga%20Zzsecret%2077",
    "https://www.openstreetmap.org/search?query=zzsecret%2077",
)


@pytest.mark.parametrize("link", MAP_LINKS)
def test_a_map_link_that_gives_a_confidential_shelters_street_address_is_refused(
    tmp_path: Path, link: str
) -> None:
    """`directory edit AL al-hope-1 --set website="https://maps.example.org/?q=Rruga+Zzsecret+77"`
    was stored ("edited"), and `show`, `match`, `package` and every export printed the street
    address in the link: the website was searched for the point only. It is searched for the
    street address too (not for the town: a website may name its town's NGO network), refused at
    every door, and a stored one is withheld in every output."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    before = (root / "al.json").read_bytes()
    result = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"website={link}")
    assert result.exit_code == 2 and "website" in result.stderr, result.output
    assert (root / "al.json").read_bytes() == before
    document = json.loads(before)
    document["providers"]["al-hope-1"]["website"] = link  # stored by another tool
    (root / "al.json").write_text(json.dumps(document, indent=2, sort_keys=True), "utf-8")
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")
    outputs = [
        cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json").stdout,
        cli(root, "directory", "list", "AL", "-f", "csv").stdout,
        cli(root, "directory", "export", "AL", "-f", "json").stdout,
        cli(root, "directory", "export", "AL", "-f", "hsds-json").stdout,
        cli(root, "match", *case, "-f", "json").stdout,
        cli(root, "package", *case, "--case-ref", "X1", "--draft", "-f", "json").stdout,
    ]
    for text in outputs:
        assert text and "zzsecret" not in text.casefold(), text


# --- the fix an error names never makes a closed service open ---------------------------------------


@pytest.mark.parametrize(
    ("status", "suggested"),
    [
        ("closed", "inactive"),
        ("defunct", "inactive"),
        ("suspended", "temporarily_closed"),
        ("paused", "temporarily_closed"),
    ],
)
def test_the_fix_for_an_unknown_status_never_reopens_a_closed_service(
    tmp_path: Path, status: str, suggested: str
) -> None:
    """`import` of a sheet whose status cell said `closed` (or `suspended`, `defunct`) was refused
    with "status 'closed' is not one of active, inactive, temporarily_closed (set status=active)":
    a careless user who did what the error said made a closed service active, and `match`
    referred people to it. The fix now names the status the word means, never `active`."""
    root = make_root(tmp_path / "d", CLINIC)
    sheet = tmp_path / "s.csv"
    sheet.write_text(f"id,status\nal-clinic-1,{status}\n", "utf-8")
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code != 0, result.output
    assert f"status={suggested}" in result.stderr and "status=active" not in result.stderr, result.stderr
    unknown = tmp_path / "u.csv"
    unknown.write_text("id,status\nal-clinic-1,maybe\n", "utf-8")
    refused = cli(root, "directory", "import", "AL", str(unknown))
    assert refused.exit_code != 0 and "status=active" not in refused.stderr, refused.stderr


@pytest.mark.parametrize(
    ("assignment", "widened"),
    # ('women' and 'sex' are read as female and sexual since the ninth office pass, as `match`
    # reads them, and said: words that name none are refused, and their fix widens nothing)
    [("sexes=ladies", "sexes=female|male"), ("exploitation_types=sexy", "exploitation_types=sexual|labour")],
)
def test_the_fix_for_an_unknown_restriction_never_widens_it(
    tmp_path: Path, assignment: str, widened: str
) -> None:
    """`edit --set sexes=women` of a women's shelter said "(set sexes=female|male)", and
    `exploitation_types=sex` "(set exploitation_types=sexual|labour, or any)": done as written,
    the shelter took men, or labour cases. The fix now names the values to choose from."""
    root = make_root(tmp_path / "d", SHELTER)
    result = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", assignment)
    assert result.exit_code == 2, result.output
    assert widened not in result.stderr and "<" in result.stderr, result.stderr


# --- an HSDS feed that gives one service twice ---------------------------------------------------------


def test_an_hsds_feed_that_gives_one_service_id_twice_is_refused(tmp_path: Path) -> None:
    """A feed holding the service `0d1b5f8e-...` twice, the second time under another name (a
    publisher's broken export, or two pages of an API that overlap after an edit), was imported
    "2 added": two providers for one service, both matched, one of them phantom. The second is
    now refused naming the id (and the import with it, unless --skip-invalid)."""
    from test_hsds_inputs import FEED_SERVICE

    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    renamed = {**json.loads(json.dumps(FEED_SERVICE)), "name": "Another Name Entirely"}
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([FEED_SERVICE, renamed]), "utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds")
    assert result.exit_code != 0, result.output
    assert FEED_SERVICE["id"] in result.stderr and "twice" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == before


def test_one_service_at_two_locations_is_still_two_providers(tmp_path: Path) -> None:
    """The refusal above never takes one service at two places (two service_at_location records
    nesting the same service) for a repeat: each is a provider, as before."""
    from test_hsds_inputs import FEED_SERVICE

    root = make_root(tmp_path / "d", CLINIC)
    service = {k: v for k, v in json.loads(json.dumps(FEED_SERVICE)).items() if k != "service_at_locations"}
    (located,) = FEED_SERVICE["service_at_locations"]
    second = json.loads(json.dumps(located))
    second["id"] = "5ab2c3d4-0000-4000-8000-000000000002"
    second["location"]["id"] = "5ab2c3d4-0000-4000-8000-000000000003"
    second["location"]["name"] = "Second place"
    records = [{**located, "service": service}, {**second, "service": service}]
    feed = tmp_path / "sal.json"
    feed.write_text(json.dumps(records), "utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0 and "2 added" in result.stderr, result.output


# --- a verification never moves a record's date back -------------------------------------------------


@pytest.mark.parametrize("on", ["2020-01-01", "1899-01-01", "0001-01-02"])
def test_verify_on_a_day_before_the_stored_one_is_refused(tmp_path: Path, on: str) -> None:
    """`directory verify AL al-clinic-1 --on 2020-01-01` of a record verified a month ago (a
    typo of the year, or a script's old date) moved its verification back: exit 0, "verified
    on 2020-01-01", and `match` ranked it as stale; `--on 0001-01-02` was taken as well. A day
    before the stored one (or before 1900) is now refused, nothing written; the same day or a
    later one is a verification as before."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    result = cli(root, "directory", "verify", "AL", "al-clinic-1", "--on", on, "--by", "me")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--on" in lines[0], result.stderr
    assert (root / "al.json").read_bytes() == before
    stored = CLINIC.verified_on.isoformat()
    again = cli(root, "directory", "verify", "AL", "al-clinic-1", "--on", stored, "--by", "me")
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize("command", ["match", "export"])
def test_an_output_file_with_a_second_name_is_refused_not_split(tmp_path: Path, command: str) -> None:
    """`match ... -o out.json` where out.json is hard-linked to a shared copy replaced it under
    the name given, exit 0, and the shared name silently kept the old output (the shell's `>`
    writes into the file): refused as a read-only output is, nothing written."""
    root = make_root(tmp_path / "d", CLINIC)
    out = tmp_path / "out.json"
    out.write_text("[]", "utf-8")
    (tmp_path / "shared.json").hardlink_to(out)
    args = (
        ("match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "-f", "json")
        if command == "match"
        else ("directory", "export", "AL", "-f", "json")
    )
    result = cli(root, *args, "-o", str(out))
    assert result.exit_code == 2 and "hard link" in result.stderr, result.output
    assert (tmp_path / "shared.json").read_text("utf-8") == "[]" == out.read_text("utf-8")


def test_an_hsds_package_whose_services_table_gives_one_id_twice_is_refused(tmp_path: Path) -> None:
    """The tabular sibling: a `services.csv` holding one service id twice, the second row with
    another name (or status), imported "2 added" with the second row dropped by a note ("the
    first row wins"): the publisher's edit was lost without an error. It is refused as a JSON
    feed's repeated service is; a row repeated as it is stays a note."""
    import csv

    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    package = tmp_path / "pkg"
    assert cli(root, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(package)).exit_code == 0
    table = package / "services.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    target = make_root(
        tmp_path / "e", CLINIC.with_changes(id="al-other-1", name="Other", phone="+355 22 000 444")
    )
    for changes, refused in (({}, False), ({"name": "Another Name"}, True), ({"status": "inactive"}, True)):
        with table.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, list(rows[0]))
            writer.writeheader()
            writer.writerows([*rows, {**rows[0], **changes}])
        result = cli(target, "directory", "import", "AL", str(package), "--format", "hsds", "--dry-run")
        assert (result.exit_code != 0) == refused, (changes, result.output)
        assert ("given twice" in result.stderr) == refused, result.stderr
