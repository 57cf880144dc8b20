"""The fourth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import hashlib
import json
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
