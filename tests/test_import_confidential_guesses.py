"""An import cannot tell a right guess of where a confidential shelter is from a wrong one: a row
that gives its town, address or coordinates counts as changing them, whatever their values, in
--dry-run's list, in the counts, in the revision and in the history (found by the attacks
engineer: `id,city` / `al-hope-1,Orosh` said "1 unchanged", a wrong town "1 updated")."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import run_directory as run

from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore, load_directory

HIDDEN = Provider(
    id="al-hope-1",
    name="Shelter Hope",
    categories=("shelter",),
    city="Rrëshen",
    address="Rruga e fshehtë 1",
    region="AL-08",
    latitude=41.7672,
    longitude=19.8756,
    confidential_address=True,
    focal_point="Arta",
)
#: (column, the stored value, a wrong guess) of each locating field.
GUESSES = [
    ("city", "Rrëshen", "Orosh"),
    ("address", "Rruga e fshehtë 1", "Rruga e fshehtë 2"),
    ("latitude", "41.7672", "41.7673"),
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = DirectoryStore("AL", tmp_path / "dirs")
    store.create(author="t")
    with store.transaction(author="t") as transaction:
        transaction.put(HIDDEN)
    return tmp_path / "dirs"


def guess(root: Path, tmp_path: Path, column: str, value: str, *options: str) -> tuple[int, str]:
    sheet = tmp_path / "g.csv"
    sheet.write_text(f"id,{column}\nal-hope-1,{value}\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet), *options)
    return result.exit_code, result.output


def history(root: Path) -> list[object]:
    entries = json.loads(run(root, "history", "AL", "--format", "json").output)
    return [{k: v for k, v in entry.items() if k != "time"} for entry in entries]


@pytest.mark.parametrize(("column", "right", "wrong"), GUESSES)
def test_a_dry_run_says_the_same_of_a_right_and_a_wrong_guess(
    root: Path, tmp_path: Path, column: str, right: str, wrong: str
) -> None:
    said = [guess(root, tmp_path, column, value, "--dry-run") for value in (right, wrong)]
    assert said[0] == said[1]
    assert f"would change al-hope-1, {column}: (withheld) -> (withheld)" in said[0][1]
    assert "1 updated" in said[0][1]


@pytest.mark.parametrize(("column", "right", "wrong"), GUESSES)
def test_an_import_writes_a_right_and_a_wrong_guess_alike(
    root: Path, tmp_path: Path, column: str, right: str, wrong: str
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(root, copy)
    outputs, histories = [], []
    for folder, value in ((root, right), (copy, wrong)):
        outputs.append(guess(folder, tmp_path, column, value))
        histories.append(history(folder))
        assert load_directory("AL", folder).revisions["al-hope-1"] == 2
    assert outputs[0] == outputs[1] and "1 updated" in outputs[0][1]
    assert histories[0] == histories[1]
    assert re.search(rf"{column}.*withheld", json.dumps(histories[0][-1]))


@pytest.mark.parametrize(("column", "right", "wrong"), GUESSES)
def test_a_row_of_an_older_revision_is_refused_alike(
    root: Path, tmp_path: Path, column: str, right: str, wrong: str
) -> None:
    with DirectoryStore("AL", root).transaction(author="t") as transaction:
        transaction.put(HIDDEN.with_changes(focal_point="Besa"))  # revision 2
    said = []
    for value in (right, wrong):
        sheet = tmp_path / "g.csv"
        sheet.write_text(f"id,{column},revision\nal-hope-1,{value},1\n", encoding="utf-8")
        result = run(root, "import", "AL", str(sheet))
        said.append((result.exit_code, result.output))
    assert said[0] == said[1] and said[0][0] == 1
    assert f"{column}: changed since this file was exported" in said[0][1]


def test_an_export_that_hides_the_location_still_imports_unchanged(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "e.csv"
    assert run(root, "export", "AL", "-o", str(sheet)).exit_code == 0
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 0 and "0 updated, 1 unchanged" in result.output
