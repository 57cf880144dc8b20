"""The eighth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, cli, make_root

# --- svcmatch's own HSDS export, imported again, changes nothing ----------------------------------------

#: A record as a country office types it: several phones and e-mails in one cell (as the
#: directory allows), a website without its scheme, runs of spaces and line breaks in its texts.
TYPED = {
    "name": "Drop-in  Centre",
    "categories": ["medical", "legal"],
    "city": "Lezhë",
    "region": "AL-08",
    "address": "Rruga  Dy\nKati 2",
    "phone": "+355 22 000 099 | 0692 000 000",
    "email": "info@drop-in.example; legal@drop-in.example",
    "website": "drop-in.example/al",
    "how_to_refer": "1. Call the focal point.\n2.  Send the form.",
    "documents_required": ["ID  card", "referral letter"],
    "focal_point": "Ana  Maria (social worker)",
    "verified_on": "2026-11-01",
    "languages": ["sq"],
    "coverage": {"kind": "national"},
    "latitude": 41.78,
    "longitude": 19.64,
}


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_our_own_hsds_export_of_typed_texts_imported_again_changes_nothing(tmp_path: Path, fmt: str) -> None:
    """`export -f hsds-json` then `import --format hsds` into the same directory said "1
    updated" for a record as people type it: the import set aside its two phones ("malformed")
    and two e-mails ("not an email address") into extra, read the website back with the
    `https://` that export puts before it, and squeezed the line breaks and runs of spaces out
    of its address, name, focal point, documents and how to refer ('1. Call.\\n2. Send' became
    '1. Call. 2. Send'): the history got an edit that nobody made."""
    root = make_root(tmp_path / "d", CLINIC)
    record = tmp_path / "typed.json"
    record.write_text(json.dumps(TYPED), "utf-8")
    added = cli(root, "directory", "add", "AL", "--json", str(record))
    assert added.exit_code == 0, added.output
    out = tmp_path / ("out.json" if fmt == "hsds-json" else "out")
    assert cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out)).exit_code == 0
    before = (root / "al.json").read_bytes()
    dry = cli(root, "directory", "import", "AL", str(out), "--format", "hsds", "--dry-run")
    assert dry.exit_code == 0 and "0 updated" in dry.stderr, dry.stderr
    assert "would change" not in dry.stderr and "kept aside" not in dry.stderr, dry.stderr
    result = cli(root, "directory", "import", "AL", str(out), "--format", "hsds")
    assert result.exit_code == 0 and "0 updated" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == before
