"""The sixth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_security_second_pass import SHELTER, cli, make_root, one_line_error

from svcmatch.cli import main

# --- the author of a change names a confidential shelter's town ---------------------------------------


@pytest.mark.parametrize(
    ("how", "author"),
    [("--author", "Orosh office"), ("env", "Oroshi staff"), ("--author", "Rruga Zzsecret 77 team")],
)
def test_an_author_that_gives_a_confidential_shelters_place_is_refused(
    tmp_path: Path, how: str, author: str
) -> None:
    """`directory edit AL al-hope-1 --set notes=x --author "Orosh office"` was written into the
    history, and `directory history` printed "Orosh office" beside every field of the shelter it
    changed: its notes refuse the town, a referral's --by refuses it, the author did not."""
    root = make_root(tmp_path, SHELTER)
    kept = (root / "al.json").read_bytes()
    entries = sorted((root / "history" / "al").glob("*.json"))
    args = ["directory", "edit", "AL", "al-hope-1", "--set", "notes=call first"]
    if how == "--author":
        result = cli(root, *args, "--author", author)
    else:
        result = CliRunner(env={"SVCMATCH_AUTHOR": author}).invoke(main, ["--directories", str(root), *args])
    one_line_error(result, "author", "confidential shelter al-hope-1", "--author")
    assert (root / "al.json").read_bytes() == kept
    assert sorted((root / "history" / "al").glob("*.json")) == entries
    assert cli(root, *args, "--author", "Tirana office").exit_code == 0  # another town is a fair name


def test_the_history_withholds_an_author_that_named_a_shelters_town_before_it_turned_confidential(
    tmp_path: Path,
) -> None:
    """A shelter edited by "Orosh office" while it was public, then marked confidential: the
    scrub withheld its earlier address, town and point but left the author, and `history`
    (every format) and the history files kept "Orosh office" beside the shelter's changes."""
    root = make_root(tmp_path, dataclasses.replace(SHELTER, confidential_address=False))
    assert (
        cli(
            root, "directory", "edit", "AL", "al-hope-1", "--set", "notes=x", "--author", "Orosh office"
        ).exit_code
        == 0
    )
    turned = cli(
        root, "directory", "edit", "AL", "al-hope-1", "--set", "confidential_address=true", "--author", "b"
    )
    assert turned.exit_code == 0, turned.output
    for fmt in ("table", "json", "csv", "markdown"):
        shown = cli(root, "directory", "history", "AL", "-f", fmt).output
        assert "al-hope-1" in shown and "Orosh" not in shown, shown
    files = "".join(path.read_text(encoding="utf-8") for path in (root / "history" / "al").glob("*.json"))
    assert "Orosh" not in files
    authors = {
        json.loads(path.read_text(encoding="utf-8"))["author"]
        for path in (root / "history" / "al").glob("*.json")
    }
    assert "(withheld) office" in authors
