"""The ninth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path
from typing import Any

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root

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
