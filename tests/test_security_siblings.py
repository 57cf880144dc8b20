"""Siblings of issue 14's holes, found by trying its attacks on every other command and format.

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from svcmatch.cli import main
from svcmatch.html.pdf import FOLDER_PREFIX, remove_stale_folders
from svcmatch.model import Coverage, Provider
from svcmatch.referrals import referral_id
from svcmatch.storage import DirectoryStore, lock_path

FRESH = dt.date.today() - dt.timedelta(days=30)
#: A confidential shelter in a village: 'Orosh' (AL-08 Lezhë) locates it far better than its cell.
VILLAGE_SHELTER = Provider(
    id="al-hope-1",
    name="Shelter Hope",
    categories=("shelter", "medical"),
    city="Orosh",
    region="AL-08",
    address="Rruga Zzsecret 77",
    latitude=41.83412,
    longitude=20.08456,
    coverage=Coverage("national"),
    sexes=("female",),
    languages=("sq",),
    confidential_address=True,
    focal_point="Focal Hope",
    phone="+355 22 000 000",
    verified_on=FRESH,
)
PUBLIC_CLINIC = Provider(
    id="al-clinic-1",
    name="Public Clinic",
    categories=("medical",),
    city="Lezhë",
    region="AL-08",
    address="Rruga Public 1",
    latitude=41.78,
    longitude=19.64,
    coverage=Coverage("national"),
    languages=("sq",),
    phone="+355 22 000 001",
    verified_on=FRESH,
)
#: What a terminal would obey: OSC 52 (set the clipboard), a bell, a carriage return, a bidi
#: override and a bidi isolate.
HOSTILE_TEXT = "x\x1b]52;c;aGVsbG8=\x07y\rz\u202ew\u2067v"
RAW = re.compile("[\x1b\x07\r\u202e\u2067]")


def cli(root: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--directories", str(root), *args], input=input)


def make_root(folder: Path, *providers: Provider) -> Path:
    store = DirectoryStore("AL", folder)
    store.create(author="test")
    with store.transaction(author="test") as transaction:
        for provider in providers:
            transaction.put(provider)
    return folder


def write_raw(root: Path, change: dict[str, object], meta: dict[str, object] | None = None) -> None:
    """Change the stored records as another tool would (the checks refuse such values)."""
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    for provider_id, values in change.items():
        document["providers"][provider_id].update(values)  # type: ignore[call-overload]
    document["meta"]["directory"].update(meta or {})
    path.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")


# --- confidential shelters: what names their town ------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_validate_never_names_a_confidential_shelters_town(tmp_path: Path, fmt: str) -> None:
    root = make_root(tmp_path, VILLAGE_SHELTER, PUBLIC_CLINIC)
    # a town of another region, and a misspelt town without coordinates
    write_raw(root, {"al-hope-1": {"region": "AL-10"}})
    result = cli(root, "directory", "validate", "AL", "--format", fmt)
    assert result.exit_code == 1 and "al-hope-1" in result.output
    assert "Orosh" not in result.output
    write_raw(root, {"al-hope-1": {"region": "AL-08", "city": "Orrosh", "latitude": None, "longitude": None}})
    result = cli(root, "directory", "validate", "AL", "--format", fmt)
    assert "no place of Albania as written" in result.output
    assert "Orosh" not in result.output and "Orrosh" not in result.output
    write_raw(root, {"al-hope-1": {"confidential_address": False}})  # a public record is named
    assert "Orosh" in cli(root, "directory", "validate", "AL", "--format", fmt).output


def test_a_new_confidential_shelters_id_does_not_spell_its_town(tmp_path: Path) -> None:
    root = make_root(tmp_path)
    common = ["--category", "shelter", "--region", "AL-08", "--city", "Orosh", "--phone", "+355 22 000 002"]
    result = cli(root, "directory", "add", "AL", "--name", "Shelter Two", "--confidential-address", *common)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().startswith("al-she-")  # of the name, never 'al-oro-'
    table = tmp_path / "new.csv"
    table.write_text(
        "name,categories,region,city,phone,confidential_address\n"
        "Strehë Tre,shelter,AL-08,Orosh,+355 22 000 003,yes\n"
        "Klinika,medical,AL-08,Orosh,+355 22 000 004,no\n",
        encoding="utf-8",
    )
    assert cli(root, "directory", "import", "AL", str(table)).exit_code == 0
    ids = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]
    by_name = {record["name"]: record_id for record_id, record in ids.items()}
    assert by_name["Strehë Tre"].startswith("al-str-")
    assert by_name["Klinika"].startswith("al-oro-")  # a public record keeps its town's slug


# --- outputs never land where svcmatch keeps its own files ----------------------------------------


def _outputs(root: Path, target: Path) -> dict[str, list[str]]:
    case = ["--country", "AL", "--to", "Lezhë", "--needs", "medical"]
    return {
        "match": ["match", *case, "-o", str(target)],
        "coverage": ["coverage", "AL", "--format", "csv", "-o", str(target)],
        "package": ["package", *case, "--case-ref", "R-1", "--draft", "--format", "md", "-o", str(target)],
        **{
            f"export {fmt}": ["directory", "export", "AL", "--format", fmt, "-o", str(target)]
            for fmt in ("csv", "json", "xlsx", "hsds-json", "hsds-csv")
        },
    }


def test_no_output_replaces_a_lock_or_creates_a_history_referral_or_directory_file(tmp_path: Path) -> None:
    root = make_root(tmp_path / "dirs", VILLAGE_SHELTER, PUBLIC_CLINIC)
    lock = lock_path(root / "al.json")
    lock.touch()
    lock_inode = lock.stat().st_ino
    (root / "referrals").mkdir()
    targets = [
        lock,  # replacing it would let two writers hold "the" lock at once
        root / "history" / "al" / "new-entry.json",  # a phantom history entry
        root / "referrals" / "open.json",
        root / "ma.json",  # would become Morocco's directory file
    ]
    before = {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}
    for target in targets:
        for name, args in _outputs(root, target).items():
            result = cli(root, *args)
            assert result.exit_code == 2, (name, target, result.output)
            assert "svcmatch: error: -o" in result.stderr, (name, result.stderr)
    after = {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}
    assert after == before
    assert lock.stat().st_ino == lock_inode
    fine = tmp_path / "report.md"
    assert cli(root, *_outputs(root, fine)["package"]).exit_code == 0


@pytest.mark.parametrize("fmt", ["xlsx", "hsds-json"])
def test_export_in_any_format_never_overwrites_another_directory_file(tmp_path: Path, fmt: str) -> None:
    root = make_root(tmp_path / "dirs", VILLAGE_SHELTER)
    other = make_root(tmp_path / "other", PUBLIC_CLINIC) / "al.json"
    kept = other.read_bytes()
    result = cli(root, "directory", "export", "AL", "--format", fmt, "-o", str(other))
    assert result.exit_code == 2 and "is a directory file" in result.stderr
    assert other.read_bytes() == kept


@pytest.mark.parametrize("where", ["history", "root"])
def test_batch_packages_never_go_into_the_directories_folder(tmp_path: Path, where: str) -> None:
    root = make_root(tmp_path / "dirs", PUBLIC_CLINIC)
    cases = tmp_path / "cases.csv"
    # a case "ma" writes ma.json: in the directories folder, Morocco's directory file
    cases.write_text("case_id,case_ref,draft,country,to,needs\nma,R-1,yes,AL,Lezhë,medical\n", "utf-8")
    folder = root / "history" / "al" if where == "history" else root
    before = sorted(root.rglob("*"))
    out = str(tmp_path / "out.jsonl")
    result = cli(root, "batch", str(cases), "-o", out, "--packages", str(folder), "--package-format", "json")
    assert result.exit_code == 2 and "--packages" in result.stderr
    assert sorted(root.rglob("*")) == before


# --- control characters: refused when new, shown (never obeyed) when stored ------------------------


def test_advisories_and_titles_refuse_control_characters(tmp_path: Path) -> None:
    root = make_root(tmp_path / "dirs", PUBLIC_CLINIC)
    kept = (root / "al.json").read_bytes()
    for bad in ("\x1b]52;c;aGVsbG8=\x07", "\x07", "\u202e", "\u2067", "\x9b"):
        result = cli(root, "directory", "advise", "AL", "AL-08", "--text", f"Closed{bad}road")
        assert result.exit_code == 2 and "control character" in result.stderr, (bad, result.output)
    assert (root / "al.json").read_bytes() == kept
    result = cli(tmp_path / "new", "directory", "init", "AL", "--title", "Title\x1b[2J")
    assert result.exit_code == 2 and "control character" in result.stderr
    assert not (tmp_path / "new" / "al.json").exists()
    assert cli(root, "directory", "advise", "AL", "AL-08", "--text", "Road closed").exit_code == 0


def test_a_new_record_refuses_bidi_isolates(tmp_path: Path) -> None:
    root = make_root(tmp_path, PUBLIC_CLINIC)
    for ch in "\u2066\u2067\u2068\u2069":
        result = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"notes=a{ch}b")
        assert result.exit_code == 2 and "U+206" in result.stderr, result.output


def test_stored_directory_text_is_shown_not_obeyed_in_match_notes_and_packages(tmp_path: Path) -> None:
    root = make_root(tmp_path, PUBLIC_CLINIC)
    write_raw(
        root,
        {"al-clinic-1": {"name": f"Clinic {HOSTILE_TEXT}", "how_to_refer": HOSTILE_TEXT}},
        meta={"advisories": {"AL-08": f"Advisory {HOSTILE_TEXT}"}},
    )
    case = ["--country", "AL", "--to", "Lezhë", "--needs", "medical,shelter"]
    outputs = {
        f"match {fmt}": cli(root, "match", *case, "--format", fmt) for fmt in ("table", "markdown", "json")
    }
    outputs.update(
        {
            f"package {fmt}": cli(root, "package", *case, "--case-ref", "R-1", "--draft", "--format", fmt)
            for fmt in ("md", "html", "json")
        }
    )
    outputs["coverage html"] = cli(root, "coverage", "AL", "--format", "html")
    for name, result in outputs.items():
        assert result.exit_code == 0, (name, result.output)
        assert "Advisory" in result.output or "coverage" in name, name
        assert not RAW.search(result.output), (name, RAW.findall(result.output))
    assert "\\e]52" in outputs["match table"].stdout  # shown, as render.visible shows it


def test_warnings_on_stderr_show_control_characters(tmp_path: Path) -> None:
    root = make_root(tmp_path, PUBLIC_CLINIC)
    write_raw(root, {"al-clinic-1": {"name": f"Clinic {HOSTILE_TEXT}"}})
    # `remove` names the record it removed, from the file
    result = cli(root, "directory", "remove", "AL", "al-clinic-1")
    assert result.exit_code == 0, result.output
    assert not RAW.search(result.stderr), result.stderr


def test_the_lock_file_is_left_alone_by_a_refused_output(tmp_path: Path) -> None:
    root = make_root(tmp_path, PUBLIC_CLINIC)
    lock = lock_path(root / "al.json")
    lock.touch()
    os.chmod(lock, 0o600)
    result = cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "-o", str(lock))
    assert result.exit_code == 2
    assert lock.read_bytes() == b"" and (lock.stat().st_mode & 0o777) == 0o600


# --- encodings: a file is read in one encoding, or refused ------------------------------------------

HEADER = "name,categories,region,city,phone,languages\n"
ACCENTED = st.text(alphabet="éèëçàüöñÉÇ", min_size=1, max_size=4)


@settings(max_examples=30)
@given(first=ACCENTED, second=ACCENTED, order=st.booleans())
def test_a_csv_whose_lines_mix_utf8_and_cp1252_is_refused_not_garbled(
    tmp_path_factory: pytest.TempPathFactory, first: str, second: str, order: bool
) -> None:
    # A row pasted into a UTF-8 file from a cp1252 one (or the other way round): read as one
    # encoding, one of the two rows would be stored garbled ('LezhĂ«').
    root = make_root(tmp_path_factory.mktemp("dirs"))
    utf8 = f"Qendra {first},medical,AL-08,Lezhë,+355 22 000 011,sq\n".encode()
    cp1252 = f"Qendra {second},medical,AL-08,Lezhe,+355 22 000 012,sq\n".encode("cp1252")
    table = tmp_path_factory.mktemp("in") / "mixed.csv"
    table.write_bytes(HEADER.encode() + (utf8 + cp1252 if order else cp1252 + utf8))
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "import", "AL", str(table))
    assert result.exit_code == 2 and "mixes encodings" in result.stderr, result.output
    assert (root / "al.json").read_bytes() == kept
    forced = cli(root, "directory", "import", "AL", str(table), "--encoding", "cp1252", "--dry-run")
    # the user may say which encoding to read it all as: the UTF-8 row, read so, is then refused
    # with its letters as written ('LezhÃ«' is 'Lezhë'), never stored garbled (since 2026-12-07)
    assert forced.exit_code != 0 and "'LezhÃ«' holds letters read wrongly once" in forced.stderr, (
        forced.output
    )


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_and_said(tmp_path: Path, codec: str) -> None:
    root = make_root(tmp_path / "dirs")
    table = tmp_path / "sheet.csv"
    table.write_bytes((HEADER + "Qendra Lezhë,medical,AL-08,Lezhë,+355 22 000 011,sq\n").encode(codec))
    result = cli(root, "directory", "import", "AL", str(table))
    assert result.exit_code == 0, result.output
    assert f"{codec} (detected: UTF-16 without a byte-order mark)" in result.stderr
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]
    assert [record["name"] for record in stored.values()] == ["Qendra Lezhë"]


# --- confidential shelters: reports and what an HSDS import kept -----------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown"])
def test_stale_never_shows_a_confidential_shelters_town(tmp_path: Path, fmt: str) -> None:
    never_verified = dataclasses.replace(VILLAGE_SHELTER, verified_on=None)
    root = make_root(tmp_path, never_verified, PUBLIC_CLINIC)
    write_raw(root, {"al-clinic-1": {"verified_on": None}})
    result = cli(root, "directory", "stale", "AL", "--format", fmt)
    assert result.exit_code == 0 and "al-hope-1" in result.stdout, result.output
    assert "Orosh" not in result.output and "Zzsecret" not in result.output
    assert "Lezhë" in result.stdout  # a public record's town is shown


def test_hsds_change_metadata_about_a_place_is_kept_aside(tmp_path: Path) -> None:
    from svcmatch.hsds.vocab import our_term

    feed = [
        {
            "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f11",
            "name": "Strehë e Sigurt",
            "status": "active",
            "attributes": [
                {"taxonomy_term": {"code": "shelter", "name": "Shelter", "taxonomy": "x"}},
                {"taxonomy_term": our_term("confidential_address"), "value": "true"},
            ],
            # a change log: the location's old and new street address
            "metadata": [
                {
                    "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f99",
                    "resource_id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f13",
                    "resource_type": "location",
                    "last_action_date": "2026-01-01",
                    "last_action_type": "update",
                    "field_name": "address_1",
                    "previous_value": "Rruga Qqold 5",
                    "replacement_value": "Rruga Qqnew 6",
                    "updated_by": "office",
                },
                {
                    "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f98",
                    "resource_id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f11",
                    "resource_type": "service",
                    "last_action_date": "2026-01-01",
                    "last_action_type": "update",
                    "field_name": "postal_code",
                    "previous_value": "Qq4501",
                    "replacement_value": "Qq4502",
                    "updated_by": "office",
                },
            ],
        }
    ]
    root = make_root(tmp_path / "dirs")
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(path), "--format", "hsds").exit_code == 0
    (record_id,) = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]
    outputs = [
        cli(root, "directory", "show", "AL", record_id, "--format", "json").stdout,
        cli(root, "directory", "history", "AL", "--format", "json").stdout,
        cli(root, "directory", "export", "AL", "--format", "hsds-json").stdout,
        cli(root, "directory", "export", "AL", "--format", "json").stdout,
    ]
    for output in outputs:
        assert output and "Qq" not in _unpacked(output)
    everything = cli(root, "directory", "export", "AL", "--format", "hsds-json", "--include-confidential")
    assert {"Qqold", "Qqnew", "Qq4501", "Qq4502"} <= set(re.findall(r"Qq\w+", everything.stdout))


def _unpacked(text: str) -> str:
    """The text with every packed blob (extra['hsds'], deflated base64) unpacked beside it."""
    import base64
    import zlib

    for blob in re.findall(r"[A-Za-z0-9+/=]{40,}", text):
        try:
            text += "\n" + zlib.decompress(base64.b64decode(blob)).decode("utf-8")
        except (ValueError, zlib.error):
            continue
    return text


# --- hostile JSON in every reader -------------------------------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 100_000 + "1" + "}" * 100_000
HUGE_INTEGER = '{"country": ' + "1" * 5000 + "}"


@pytest.mark.parametrize("text", [DEEP, DEEP_OBJECT, HUGE_INTEGER], ids=["deep", "deep-object", "huge-int"])
def test_hostile_json_in_a_case_file_or_a_match_document_is_one_line(tmp_path: Path, text: str) -> None:
    root = make_root(tmp_path / "dirs", PUBLIC_CLINIC)
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    package = ["package", "--from", str(path), "--case-ref", "R-1", "--draft"]
    for args in (["match", "--case", str(path)], package):
        result = cli(root, *args)
        assert result.exit_code == 2, (args, result.exception)
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("svcmatch: error: ") and "set_int_max_str_digits" not in line


@pytest.mark.parametrize("cell", ['{"a":' + "[" * 60_000 + "]" * 60_000 + "}", '{"a":' + "1" * 5000 + "}"])
def test_hostile_json_in_an_extra_cell_is_a_row_problem(tmp_path: Path, cell: str) -> None:
    root = make_root(tmp_path / "dirs")
    table = tmp_path / "sheet.csv"
    row = 'Q,medical,AL-08,Lezhë,+355 22 000 011,sq,"' + cell.replace('"', '""') + '"\n'
    table.write_text(HEADER.strip() + ",extra\n" + row, encoding="utf-8")
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "import", "AL", str(table))
    assert result.exit_code != 0 and isinstance(result.exception, (SystemExit, type(None))), result.exception
    assert "row 2, extra" in result.stderr and "Traceback" not in result.output
    assert (root / "al.json").read_bytes() == kept


# --- free texts that give a confidential shelter's address or town -------------------------------

NOTES = {
    "notes": "Ring twice at rruga zzsecret 77; the only shelter in Orosh",
    "how_to_refer": "Bring her to Rruga  Zzsecret 77 after calling",
    "documents_required": ["a map to Orosh"],
}


def test_free_texts_never_give_a_confidential_shelters_address_or_town(tmp_path: Path) -> None:
    root = make_root(tmp_path / "dirs", VILLAGE_SHELTER, PUBLIC_CLINIC)
    write_raw(root, {"al-hope-1": NOTES})  # written by another tool, or before the check
    case = ["--country", "AL", "--to", "Lezhë", "--needs", "shelter"]
    outputs = {
        "show": cli(root, "directory", "show", "AL", "al-hope-1", "--format", "json"),
        "show table": cli(root, "directory", "show", "AL", "al-hope-1"),
        "match": cli(root, "match", *case, "--format", "json"),
        "package": cli(root, "package", *case, "--case-ref", "R-1", "--draft", "--format", "md"),
        **{
            f"export {fmt}": cli(root, "directory", "export", "AL", "--format", fmt)
            for fmt in ("csv", "json", "hsds-json")
        },
    }
    for name, result in outputs.items():
        assert result.exit_code == 0 and "(withheld)" in result.stdout, (name, result.output)
        assert not re.search("zzsecret|orosh", result.output, re.IGNORECASE), (name, result.output)
    everything = cli(root, "directory", "show", "AL", "al-hope-1", "--include-confidential")
    assert "Zzsecret" in everything.stdout and "Orosh" in everything.stdout
    exported = tmp_path / "al.xlsx"
    assert cli(root, "directory", "export", "AL", "-o", str(exported)).exit_code == 0
    before = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-hope-1"]
    assert cli(root, "directory", "import", "AL", str(exported)).exit_code == 0  # a round trip
    after = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-hope-1"]
    assert after == before


@pytest.mark.parametrize(
    "assignment",
    ["notes=ring at Rruga Zzsecret 77", "how_to_refer=come to orosh", "focal_point=Orosh office"],
)
def test_a_new_free_text_that_gives_the_address_or_town_is_refused(tmp_path: Path, assignment: str) -> None:
    root = make_root(tmp_path, VILLAGE_SHELTER, PUBLIC_CLINIC)
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", assignment)
    assert result.exit_code == 2 and "gives the address or town" in result.stderr, result.output
    assert (root / "al.json").read_bytes() == kept
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", assignment).exit_code == 0  # public


def test_history_withholds_a_note_that_gave_the_address_once_the_shelter_turns_confidential(
    tmp_path: Path,
) -> None:
    public = dataclasses.replace(VILLAGE_SHELTER, confidential_address=False, notes="at Rruga Zzsecret 77")
    root = make_root(tmp_path, public)
    result = cli(
        root,
        "directory",
        "edit",
        "AL",
        "al-hope-1",
        "--set",
        "confidential_address=yes",
        "--set",
        "notes=call first",
    )
    assert result.exit_code == 0, result.output
    history = cli(root, "directory", "history", "AL", "--format", "json").stdout
    assert "Zzsecret" not in history and "Orosh" not in history
    assert "(withheld)" in history


# --- the referral store: nothing in it stops a later command -------------------------------------


def _package(case_ref: str, need: str, provider_id: str, deadline: str) -> dict[str, object]:
    prepared = dt.date(2026, 11, 20)
    return {
        "schema": "svcmatch-referral-package",
        "case_ref": case_ref,
        "draft": False,
        "prepared": {"at": prepared.isoformat()},
        "priority": {"level": "normal"},
        "return": {"country": "AL"},
        "referrals": [
            {
                "id": referral_id(case_ref, need, provider_id, prepared),
                "need": need,
                "provider_id": provider_id,
                "deadline": deadline,
            }
        ],
    }


@pytest.mark.parametrize(
    ("need", "provider_id", "deadline"),
    [
        ("medical", "al-clinic-1", "9999-99-99"),
        ("medical", "al-clinic-1", "soon"),
        ("x\x1b[2J", "al-clinic-1", "2026-12-04"),
        ("medical", "../../x", "2026-12-04"),
        ("medical", "al-clinic-1\u202e", "2026-12-04"),
        ("", "", ""),
    ],
)
def test_a_package_with_a_damaged_referral_is_refused_and_the_store_stays_readable(
    tmp_path: Path, need: str, provider_id: str, deadline: str
) -> None:
    root = make_root(tmp_path / "dirs", PUBLIC_CLINIC)
    path = tmp_path / "package.json"
    path.write_text(json.dumps(_package("AL-1", need, provider_id, deadline)), encoding="utf-8")
    result = cli(root, "referral", "open", "--from", str(path))
    assert result.exit_code == 2 and "is damaged" in result.stderr, result.output
    assert not (root / "referrals" / "al").exists() or not any((root / "referrals" / "al").iterdir())
    assert cli(root, "referral", "list").exit_code == 0
    path.write_text(json.dumps(_package("AL-2", "medical", "al-clinic-1", "2026-12-04")), encoding="utf-8")
    assert cli(root, "referral", "open", "--from", str(path)).exit_code == 0


def test_a_referral_note_or_name_refuses_bidi_controls(tmp_path: Path) -> None:
    root = make_root(tmp_path / "dirs", PUBLIC_CLINIC)
    path = tmp_path / "package.json"
    path.write_text(json.dumps(_package("AL-2", "medical", "al-clinic-1", "2026-12-04")), encoding="utf-8")
    assert cli(root, "referral", "open", "--from", str(path)).exit_code == 0
    (rid,) = [line.split()[0] for line in cli(root, "referral", "list").stdout.splitlines() if "ref-" in line]
    for option in ("--note", "--by"):
        for bad in ("\u202e", "\u2067", "\x1b[2J"):
            result = cli(root, "referral", "update", rid, "--status", "accepted", option, f"a{bad}b")
            assert result.exit_code == 2, (option, bad, result.output)
    assert (
        cli(root, "referral", "update", rid, "--status", "accepted", "--note", "called twice").exit_code == 0
    )


def test_a_duplicate_warning_never_places_a_confidential_shelter_in_a_town(tmp_path: Path) -> None:
    # No coordinates: the duplicate check compares towns, and "may duplicate <a record of Orosh>"
    # said where the shelter is, whose town every output withholds.
    shelter = dataclasses.replace(VILLAGE_SHELTER, latitude=None, longitude=None, name="Strehimi Shpresa")
    in_orosh = dataclasses.replace(PUBLIC_CLINIC, id="al-p1", city="Orosh", latitude=None, longitude=None)
    in_lezhe = dataclasses.replace(PUBLIC_CLINIC, id="al-p2", latitude=None, longitude=None)
    root = make_root(tmp_path)
    write_raw_records(root, shelter, in_orosh, in_lezhe)
    write_raw(root, {"al-p1": {"name": "Strehimi Shpresa"}, "al-p2": {"name": "Strehimi Shpresa"}})
    rows = list(
        csv.DictReader(io.StringIO(cli(root, "directory", "validate", "AL", "--format", "csv").stdout))
    )
    named = {row["provider"] for row in rows if "may duplicate al-hope-1" in row["message"]}
    assert named == {"al-p1", "al-p2"}  # both or neither: nothing says which town


def write_raw_records(root: Path, *providers: Provider) -> None:
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"].update({p.id: p.to_record() for p in providers})
    path.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_reimporting_an_older_hsds_export_never_undoes_a_newer_edit(tmp_path: Path, fmt: str) -> None:
    root = make_root(tmp_path / "dirs", PUBLIC_CLINIC, VILLAGE_SHELTER)
    old = tmp_path / ("old.json" if fmt == "hsds-json" else "old")
    assert cli(root, "directory", "export", "AL", "--format", fmt, "-o", str(old)).exit_code == 0
    unchanged = cli(root, "directory", "import", "AL", str(old), "--format", "hsds")  # fresh: fine
    assert unchanged.exit_code == 0, unchanged.output
    assert cli(root, "directory", "export", "AL", "--format", fmt, "-o", str(old)).exit_code == 0
    edited = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 999 999")
    assert edited.exit_code == 0
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "import", "AL", str(old), "--format", "hsds")
    assert result.exit_code == 1 and "changed since this feed was exported" in result.stderr, result.output
    assert "'+355 22 999 999'" in result.stderr and (root / "al.json").read_bytes() == kept
    forced = cli(root, "directory", "import", "AL", str(old), "--format", "hsds", "--overwrite")
    assert forced.exit_code == 0, forced.output
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-clinic-1"]
    assert stored["phone"] == "+355 22 000 001"  # asked for: the feed's value


# --- temporary files of a killed print ----------------------------------------------------------


def test_a_pdf_print_folder_left_by_a_killed_svcmatch_is_removed_by_the_next_print(tmp_path: Path) -> None:
    # What html_to_pdf makes: a private folder holding the package (a person's data). SIGKILL
    # runs no cleanup; the next print removes the folder of a process that is gone.
    script = (
        "import os, sys, tempfile, time\n"
        f"folder = tempfile.mkdtemp(prefix=f'{FOLDER_PREFIX}{{os.getpid()}}-', dir={str(tmp_path)!r})\n"
        "with open(os.path.join(folder, 'package.html'), 'w') as page:\n"
        "    page.write('case AL-1')\n"
        "print(folder, flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    left = Path(child.stdout.readline().strip())
    mine = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-", dir=tmp_path))  # a live print
    other = tmp_path / "svcmatch-other"
    other.mkdir()
    assert remove_stale_folders(tmp_path) == []  # its process is alive: kept
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert remove_stale_folders(tmp_path) == [left]
    assert not left.exists() and mine.is_dir() and other.is_dir()
    legacy = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=tmp_path))  # an older svcmatch's
    assert remove_stale_folders(tmp_path) == []
    os.utime(legacy, (0, 0))  # older than any print can last
    assert remove_stale_folders(tmp_path) == [legacy]


def test_what_an_hsds_import_kept_never_gives_a_confidential_shelters_address_or_town(tmp_path: Path) -> None:
    from svcmatch.hsds.vocab import our_term

    feed = [
        {
            "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f11",
            "name": "Strehë e Sigurt",
            "status": "active",
            "description": "The only shelter in Orosh, at Rruga Zzsecret 77",
            "alert": "Moved to Rruga Zzsecret 77",
            "attributes": [
                {"taxonomy_term": {"code": "shelter", "name": "Shelter", "taxonomy": "x"}},
                {"taxonomy_term": our_term("confidential_address"), "value": "true"},
            ],
            "service_at_locations": [
                {
                    "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f12",
                    "location": {
                        "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f13",
                        "addresses": [
                            {
                                "address_1": "Rruga Zzsecret 77",
                                "city": "Orosh",
                                "region": "AL-08",
                                "country": "AL",
                                "address_type": "physical",
                            }
                        ],
                    },
                }
            ],
        }
    ]
    root = make_root(tmp_path / "dirs")
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(path), "--format", "hsds").exit_code == 0
    (record_id,) = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]
    outputs = {
        "show": cli(root, "directory", "show", "AL", record_id, "--format", "json").stdout,
        **{
            f"export {fmt}": cli(root, "directory", "export", "AL", "--format", fmt).stdout
            for fmt in ("csv", "json", "hsds-json")
        },
    }
    for name, output in outputs.items():
        assert output and not re.search("zzsecret|orosh", _unpacked(output), re.IGNORECASE), name
        assert "(withheld)" in _unpacked(output), name
    everything = cli(root, "directory", "export", "AL", "--format", "hsds-json", "--include-confidential")
    assert "The only shelter in Orosh, at Rruga Zzsecret 77" in everything.stdout
    before = (root / "al.json").read_bytes()
    for fmt in ("csv", "xlsx"):
        exported = tmp_path / f"al.{fmt}"
        assert cli(root, "directory", "export", "AL", "-o", str(exported)).exit_code == 0
        result = cli(root, "directory", "import", "AL", str(exported))
        assert result.exit_code == 0 and "0 updated" in result.stderr, result.output
    assert (root / "al.json").read_bytes() == before  # the redacted export changes nothing


def test_a_spreadsheet_named_as_hsds_never_reads_the_package_beside_it(tmp_path: Path) -> None:
    # `import AL providers.csv --format hsds` read the folder of providers.csv as a package: a
    # services.csv that happened to lie beside it was imported, and not the file named.
    root = make_root(tmp_path / "dirs")
    package = tmp_path / "package"
    other = make_root(tmp_path / "other", PUBLIC_CLINIC)
    assert cli(other, "directory", "export", "AL", "--format", "hsds-csv", "-o", str(package)).exit_code == 0
    sheet = package / "providers.csv"
    sheet.write_text(HEADER + "Qendra,medical,AL-08,Lezhë,+355 22 000 011,sq\n", encoding="utf-8")
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "import", "AL", str(sheet), "--format", "hsds")
    assert result.exit_code == 2 and "providers.csv is not a table of an HSDS package" in result.stderr
    assert (root / "al.json").read_bytes() == kept
    named = cli(root, "directory", "import", "AL", str(package / "services.csv"), "--format", "hsds")
    assert named.exit_code == 0, named.output  # a table of the package names the package


def test_a_bad_directories_folder_from_the_environment_is_named_cleanly(tmp_path: Path) -> None:
    a_file = tmp_path / "afile"
    a_file.write_text("x", encoding="utf-8")
    result = CliRunner(env={"SVCMATCH_DIRECTORIES": str(a_file)}).invoke(main, ["directory", "list", "AL"])
    assert result.exit_code == 2
    assert (
        result.stderr.startswith("svcmatch: error: --directories: directory ")
        and "env var" not in result.stderr
    )


def test_batch_and_hsds_json_escape_what_a_terminal_would_act_on(tmp_path: Path) -> None:
    name = "Clinic \u202ew\u2067v\x9b[2J"  # bidi override and isolate, a C1 CSI
    root = make_root(tmp_path / "dirs", PUBLIC_CLINIC)
    write_raw(root, {"al-clinic-1": {"name": name}})
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nc1,AL,Lezhë,medical\n", encoding="utf-8")
    outputs = {
        f"batch {fmt}": cli(root, "batch", str(cases), "--format", fmt).stdout for fmt in ("jsonl", "json")
    }
    outputs["hsds-json"] = cli(root, "directory", "export", "AL", "--format", "hsds-json").stdout
    for name_, text in outputs.items():
        assert text and not re.search("[\u202e\u2067\x9b]", text), name_
    records = [json.loads(line) for line in outputs["batch jsonl"].splitlines()]
    assert records[0]["needs"]["medical"][0]["name"] == name  # the same JSON, read back whole
    assert json.loads(outputs["hsds-json"])[0]["name"] == name
