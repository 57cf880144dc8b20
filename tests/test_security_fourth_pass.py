"""The fourth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, cli, make_root, one_line_error

from svcmatch.hsds.vocab import our_term
from svcmatch.storage import load_directory

# --- an HSDS record's id is no digest of a confidential shelter's place ----------------------------


def _feed_without_ids(street: str, town: str, *, confidential: bool) -> list[dict[str, object]]:
    """One HSDS service as a hand-written feed gives it: no ids anywhere."""
    attributes = [{"taxonomy_term": our_term("shelter"), "value": "true"}]
    if confidential:
        attributes.append({"taxonomy_term": our_term("confidential_address"), "value": "true"})
    address = {"address_1": street, "city": town, "state_province": "AL-08", "country": "AL"}
    return [
        {
            "name": "Shelter Hope",
            "status": "active",
            "phones": [{"number": "+355 22 000 000"}],
            "attributes": attributes,
            "service_at_locations": [{"location": {"addresses": [{**address, "address_type": "physical"}]}}],
        }
    ]


def _imported_id(tmp_path: Path, name: str, feed: list[dict[str, object]]) -> str:
    root = make_root(tmp_path / name, CLINIC)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(path), "--format", "hsds")
    assert result.exit_code == 0, result.output
    (new,) = [p for p in load_directory("AL", root).providers if p.id != CLINIC.id]
    return new.id


def test_an_hsds_import_never_makes_a_confidential_shelters_id_from_its_place(tmp_path: Path) -> None:
    # A feed without ids got the id '<cc>-<name>-' + sha256('name|address|city|phone')[:8], so
    # anyone who saw the id, the name and the phone (list, show) could confirm a guessed town
    # or street offline: 'al-shelter-hope-c5b8c7ce' is Rruga Zzsecret 77, Orosh.
    there = _imported_id(tmp_path, "a", _feed_without_ids("Rruga Zzsecret 77", "Orosh", confidential=True))
    digest = hashlib.sha256(b"Shelter Hope|Rruga Zzsecret 77|Orosh|+355 22 000 000").hexdigest()[:8]
    assert not there.endswith(digest), there
    elsewhere = _imported_id(tmp_path, "b", _feed_without_ids("Rruga Tjeter 5", "Rrëshen", confidential=True))
    assert there == elsewhere  # the id says nothing of the street or town
    public = _imported_id(tmp_path, "c", _feed_without_ids("Rruga Zzsecret 77", "Orosh", confidential=False))
    assert public.endswith(digest)  # a public record's id is made as before (re-imports match it)


# --- a taxonomy map with an enormous cell --------------------------------------------------------


def test_a_taxonomy_map_with_an_enormous_cell_is_one_line(tmp_path: Path) -> None:
    # csv's field limit (128 KiB) raised _csv.Error out of the term map reader: a traceback.
    root = make_root(tmp_path / "dirs", CLINIC)
    feed = tmp_path / "feed.json"
    feed.write_text("[]", encoding="utf-8")
    terms = tmp_path / "terms.csv"
    terms.write_text("term,need\nHousing," + "x" * 200_000 + "\n", encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "-f", "hsds", "--taxonomy-map", str(terms))
    one_line_error(result, "terms.csv", "CSV")


@pytest.mark.parametrize("cell", ['"unterminated', "a\x00b"])
def test_a_taxonomy_map_that_is_no_csv_is_one_line(tmp_path: Path, cell: str) -> None:
    root = make_root(tmp_path / "dirs", CLINIC)
    feed = tmp_path / "feed.json"
    feed.write_text("[]", encoding="utf-8")
    terms = tmp_path / "terms.csv"
    terms.write_text(f"Housing,{cell}\n", encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "-f", "hsds", "--taxonomy-map", str(terms))
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output


# --- what an HSDS import kept of a confidential shelter, in the history and the HSDS export ---------

#: Where a feed's texts give the shelter's place, in parts of a service that svcmatch keeps aside
#: (extra["hsds"]) or maps item by item (a language's note, a document's link).
PLACE_TEXT = "near the Orosh bridge, Rruga Zzsecret 77"


def _feed_with_place_texts() -> list[dict[str, object]]:
    (service,) = _feed_without_ids("Rruga Zzsecret 77", "Orosh", confidential=True)
    return [
        {
            **service,
            "id": "5e000000-0000-4000-8000-0000000000a1",
            "phones": [{"number": "+355 22 000 000", "description": f"night line {PLACE_TEXT}"}],
            "contacts": [{"name": "Zana", "title": f"head of the house {PLACE_TEXT}"}],
            "languages": [{"code": "sq", "note": f"spoken {PLACE_TEXT}"}],
            "required_documents": [{"document": "ID card", "uri": "https://example.org/zzsecret-77.pdf"}],
        }
    ]


def test_the_history_and_the_hsds_export_never_give_what_an_import_kept_of_the_place(tmp_path: Path) -> None:
    # The history printed (and wrote) extra["hsds"] as imported, so a phone's description or a
    # contact's title that named the village came out of `directory history -f json` (packed:
    # base64 of deflated JSON, one line of Python away); the HSDS export withheld the place in
    # the kept record but wrote a language's note and a document's link as imported.
    from svcmatch.model import unpack_json

    root = make_root(tmp_path / "dirs", CLINIC)
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(_feed_with_place_texts()), encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(feed), "--format", "hsds").exit_code == 0
    (shelter,) = [p for p in load_directory("AL", root).providers if p.confidential_address]
    assert "Orosh" in json.dumps(unpack_json(shelter.extra["hsds"]))  # kept, in the file
    assert cli(root, "directory", "remove", "AL", shelter.id).exit_code == 0  # the whole record
    shown = {fmt: cli(root, "directory", "history", "AL", "-f", fmt).stdout for fmt in ("json", "csv")}
    exported = {}
    for fmt in ("hsds-json", "hsds-csv"):
        make_root(tmp_path / fmt, CLINIC)
        assert cli(tmp_path / fmt, "directory", "import", "AL", str(feed), "--format", "hsds").exit_code == 0
        out = tmp_path / f"out-{fmt}"
        assert cli(tmp_path / fmt, "directory", "export", "AL", "-f", fmt, "-o", str(out)).exit_code == 0
        files = sorted(out.iterdir()) if out.is_dir() else [out]
        exported[fmt] = "\n".join(path.read_text(encoding="utf-8") for path in files)
    written = {path.name: path.read_text(encoding="utf-8") for path in (root / "history").rglob("*.json")}
    for name, text in {**shown, **exported, **written}.items():
        unpacked = [json.dumps(unpack_json(packed)) for packed in re.findall(r"[A-Za-z0-9+/=]{40,}", text)]
        for whole in (text, *unpacked):
            assert not re.search(r"(?i)orosh|zzsecret", whole), (name, whole[:2000])
    records = json.loads(exported["hsds-json"])
    (document,) = [d for r in records for d in r.get("required_documents") or []]
    assert "uri" not in document  # a link that gave the place is left out: HSDS takes only a URI


# --- `show --format json`, edited and imported, never undoes a newer edit -------------------------


def test_a_shown_record_imported_again_never_undoes_a_newer_edit(tmp_path: Path) -> None:
    # `show --format json` gives the stored record (docs/directory-commands.md) but without its
    # revision, so 'show > rec.json; (someone edits the phone); fix rec.json; import rec.json'
    # put the old phone back: "1 updated", the other office's edit gone without a word.
    root = make_root(tmp_path / "dirs", CLINIC)
    saved = tmp_path / "rec.json"
    shown = cli(root, "directory", "show", "AL", CLINIC.id, "--format", "json")
    saved.write_text(shown.stdout.replace("Rruga Public 1", "Rruga Public 2"), encoding="utf-8")
    assert cli(root, "directory", "edit", "AL", CLINIC.id, "--set", "phone=+355 22 999 999").exit_code == 0
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "import", "AL", str(saved))
    assert result.exit_code != 0 and "changed since this file was exported" in result.stderr, result.output
    assert "+355 22 999 999" in result.stderr and (root / "al.json").read_bytes() == kept
    assert cli(root, "directory", "import", "AL", str(saved), "--overwrite").exit_code == 0  # when asked
    again = cli(root, "directory", "show", "AL", CLINIC.id, "--format", "json")
    saved.write_text(again.stdout.replace("Rruga Public 2", "Rruga Public 3"), encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(saved)).exit_code == 0  # a fresh one updates
    (clinic,) = load_directory("AL", root).providers
    assert clinic.address == "Rruga Public 3" and clinic.phone == "+355 22 000 001"


# --- completion variables set by hand ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "cword", "said"),
    [
        ("svcmatch directory show AL ", "abc", "COMP_CWORD is no number"),
        ("svcmatch directory show AL ", "", "COMP_CWORD is no number"),
        (None, "1", "COMP_WORDS is not set"),
    ],
)
def test_completion_variables_set_by_hand_are_one_line(words: str | None, cword: str, said: str) -> None:
    # click reads COMP_WORDS with os.environ[...] and COMP_CWORD with int(): a traceback.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMP_")}
    env.update(
        {
            "_SVCMATCH_COMPLETE": "zsh_complete",
            "COMP_CWORD": cword,
            **({"COMP_WORDS": words} if words else {}),
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "svcmatch"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()] and said in done.stderr, done.stderr


# --- an HSDS round trip invents no capacity date ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_an_hsds_round_trip_never_dates_an_undated_capacity(tmp_path: Path, fmt: str) -> None:
    # Export wrote the day the record was verified as the capacity's `updated` (HSDS 3.1
    # requires one), and import took it back as capacity_updated: '0 free places' that nobody
    # dated became a fresh count, and match then treated the shelter as full.
    from dataclasses import replace

    undated = replace(CLINIC, capacity_available=0, capacity_updated=None)
    root = make_root(tmp_path / "dirs", undated)
    out = tmp_path / "out"
    exported = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out))
    assert exported.exit_code == 0 and "capacity not written" in exported.stderr, exported.output
    fresh = make_root(tmp_path / "fresh")
    assert cli(fresh, "directory", "import", "AL", str(out), "--format", "hsds").exit_code == 0
    (back,) = load_directory("AL", fresh).providers
    assert back.capacity_updated is None and back.capacity_available is None
    again = cli(root, "directory", "import", "AL", str(out), "--format", "hsds")
    assert again.exit_code == 0, again.output
    (kept,) = load_directory("AL", root).providers
    assert (kept.capacity_available, kept.capacity_updated) == (0, None)  # the stored ones kept


# --- svcmatch's own HSDS export, imported again, changes nothing -------------------------------------


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_our_own_hsds_export_imported_again_changes_nothing(tmp_path: Path, fmt: str) -> None:
    # Export then import must be a no-op. Imported into the directory it came from, it updated
    # every record (the sample NG: 96 of 96): the ids export derives were kept in extra as if a
    # feed had brought them, with the capacity's unit and midnight date; and the language 'pcm'
    # (Nigerian Pidgin, ISO 639-3, no 639-1 code, which records keep) was set aside, so 46
    # records lost it, and with it their matches for a Pidgin speaker.
    root = tmp_path / "dirs"
    root.mkdir()
    sample = Path(__file__).resolve().parent.parent / "directories" / "ng.json"
    (root / "ng.json").write_bytes(sample.read_bytes())
    out = tmp_path / "out"
    assert cli(root, "directory", "export", "NG", "-f", fmt, "-o", str(out)).exit_code == 0
    before = (root / "ng.json").read_bytes()
    result = cli(root, "directory", "import", "NG", str(out), "--format", "hsds", "--allow-sample")
    assert result.exit_code == 0 and "0 updated" in result.stderr, result.stderr[-600:]
    assert (root / "ng.json").read_bytes() == before
    stored = {p.id: p for p in load_directory("NG", root).providers}
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert cli(fresh, "directory", "init", "NG").exit_code == 0
    assert cli(fresh, "directory", "import", "NG", str(out), "--format", "hsds").exit_code == 0
    for provider in load_directory("NG", fresh).providers:  # a new folder gets the same records
        assert provider.languages == stored[provider.id].languages
        assert provider.extra == stored[provider.id].extra == {}


# --- no answer tells a right guess of where a confidential shelter is from a wrong one ---------------


def _edit_answer(tmp_path: Path, name: str, *assignment: str) -> tuple[str, int, list[str]]:
    """What `edit` says, the revision after it, and the fields its history entry lists."""
    from test_security_siblings import VILLAGE_SHELTER

    root = make_root(tmp_path / name, VILLAGE_SHELTER)
    said = cli(root, "directory", "edit", "AL", VILLAGE_SHELTER.id, "--set", *assignment)
    assert said.exit_code == 0, said.output
    shown = json.loads(cli(root, "directory", "show", "AL", VILLAGE_SHELTER.id, "-f", "json").stdout)
    entries = json.loads(cli(root, "directory", "history", "AL", VILLAGE_SHELTER.id, "-f", "json").stdout)
    return said.stderr, shown["revision"], sorted(entries[-1]["new"]) if len(entries) > 1 else []


@pytest.mark.parametrize(
    ("right", "wrong"),
    [("city=Orosh", "city=Rrëshen"), ("address=Rruga Zzsecret 77", "address=Rruga Tjeter 5")],
)
def test_edit_never_tells_a_right_guess_of_a_confidential_shelters_place(
    tmp_path: Path, right: str, wrong: str
) -> None:
    # `edit --set city=Orosh` said "al-hope-1: nothing changed" (no new revision, no history
    # entry) when the shelter is in Orosh, and "edited al-hope-1: city" otherwise: one guess an
    # edit (the sibling of the import's dry run, fixed by the store engineer in c2739d5).
    assert _edit_answer(tmp_path, "right", right) == _edit_answer(tmp_path, "wrong", wrong)


def test_the_directory_version_in_outputs_confirms_no_guess_of_a_shelters_town(tmp_path: Path) -> None:
    # The `version` that match/batch/package/coverage print was the checksum of the directory
    # file's bytes. The file is deterministic JSON of what `export -f json` shows but for the
    # withheld fields, so rebuilding it for each town of the region (a confidential shelter
    # placed by the offline geocoder sits on its town's point) found the town in 19 guesses.
    from svcmatch.geo.gazetteer import load_gazetteer
    from svcmatch.storage import serialise

    root = make_root(tmp_path / "dirs", CLINIC)
    added = cli(root, "directory", "add", "AL", "--name", "Shelter Hope", "--category", "shelter",
                "--region", "AL-08", "--city", "Orosh", "--confidential-address")  # fmt: skip
    assert added.exit_code == 0 and cli(root, "directory", "geocode", "AL").exit_code == 0
    match = cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "-f", "json")
    version = json.loads(match.stdout)["directory"]["version"]
    records = {r["id"]: r for r in json.loads(cli(root, "directory", "export", "AL", "-f", "json").stdout)}
    (shelter,) = [r for r in records.values() if r["confidential_address"]]
    document = json.loads((root / "al.json").read_text(encoding="utf-8"))
    towns = [t for t in load_gazetteer("AL").towns if t.region == "AL-08"]
    rebuilt = {}
    for town in towns:
        guess = {
            **shelter,
            "city": town.name,
            "latitude": round(town.latitude, 5),
            "coordinates_approximate": True,
        }
        guess["longitude"] = round(town.longitude, 5)
        text = serialise({**document, "providers": {**records, shelter["id"]: guess}})
        rebuilt[town.name] = "sha256:" + hashlib.sha256(text).hexdigest()[:16]
    file_checksum = "sha256:" + hashlib.sha256((root / "al.json").read_bytes()).hexdigest()[:16]
    assert rebuilt["Orosh"] == file_checksum  # the rebuilding is right: the old version fell to it
    assert version not in rebuilt.values()


def test_an_hsds_import_never_tells_a_right_guess_of_a_confidential_shelters_town(tmp_path: Path) -> None:
    # The spreadsheet import's oracle (fixed in c2739d5) had an HSDS twin: a feed naming the
    # shelter by its provider id and a guessed town said 'would change al-hope-1, city' only
    # for a wrong guess, in a dry run.
    from test_security_siblings import VILLAGE_SHELTER

    answers = []
    for town in ("Orosh", "Rrëshen"):
        root = make_root(tmp_path / town, VILLAGE_SHELTER)
        attributes = [{"taxonomy_term": our_term(code), "value": "true"} for code in ("shelter", "medical")]
        attributes.append({"taxonomy_term": our_term("provider_id"), "value": VILLAGE_SHELTER.id})
        address = {"city": town, "state_province": "AL-08", "country": "AL", "address_type": "physical"}
        feed = tmp_path / f"{town}.json"
        service = {"name": "Shelter Hope", "status": "active", "attributes": attributes}
        service["service_at_locations"] = [{"location": {"addresses": [address]}}]
        feed.write_text(json.dumps([service]), encoding="utf-8")
        said = cli(root, "directory", "import", "AL", str(feed), "-f", "hsds", "--dry-run")
        assert said.exit_code == 0, said.output
        answers.append((said.stdout, [line for line in said.stderr.splitlines() if "note:" not in line]))
    assert answers[0] == answers[1] and "city" in answers[0][0]
