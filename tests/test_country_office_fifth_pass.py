"""A fifth country office pass: a town typed with two letters swapped, many records verified
in one command, and sheets as Excel saves them. Each test is a problem that the pass found."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import directory_folder
from helpers import run_directory as run

from svcmatch.checks import one_slip_apart
from svcmatch.storage import DirectoryStore


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def new_directory(root: Path, country: str) -> None:
    directory_folder(root, [], country=country)


def cities(root: Path, country: str) -> set[str]:
    return {p.city for p in DirectoryStore(country, root).load().providers}


# --- a town with two letters swapped -----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "town", "region"),
    [("Skhoder", "Shkodër", "AL-10"), ("Eblasan", "Elbasan", "AL-03"), ("Saradne", "Sarandë", "AL-12")],
)
def test_add_refuses_a_town_typed_with_two_letters_swapped_naming_the_town(
    root: Path, typed: str, town: str, region: str
) -> None:
    """`directory add --city Skhoder` stored 'Skhoder' without a word, while the gazetteer reads
    it as Shkodër: two letters swapped in a short name score below the bar of a misspelling,
    and the record kept a town that no place has as its name."""
    new_directory(root, "AL")
    result = run(root, "add", "AL", "--name", "Qendra Test", "--category", "medical", "--region", region,
                 "--city", typed, "--phone", "+355 22 111 222")  # fmt: skip
    assert result.exit_code != 0
    assert f"city {typed!r} is no place of Albania as written (close to {town} in {region}" in result.output
    assert f"city={town}" in result.output
    assert cities(root, "AL") == set()


def test_a_village_the_gazetteer_does_not_list_is_still_stored_as_written(root: Path) -> None:
    """Borsh (a village by the sea in Vlorë) is two slips from Orosh: another place, kept."""
    new_directory(root, "AL")
    result = run(root, "add", "AL", "--name", "Qendra Test", "--category", "medical", "--region", "AL-12",
                 "--city", "Borsh", "--phone", "+355 22 111 222")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert cities(root, "AL") == {"Borsh"}


def test_an_import_with_a_swapped_town_is_refused_whole(root: Path, tmp_path: Path) -> None:
    new_directory(root, "AL")
    sheet = tmp_path / "al.csv"
    sheet.write_text(
        "name,categories,city,region,phone\n"
        "Qendra A,medical,Shkodër,AL-10,+355 22 111 222\n"
        "Qendra B,legal,Skhoder,AL-10,+355 22 111 223\n",
        encoding="utf-8",
    )
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code != 0
    assert "'Skhoder' is no place of Albania as written" in result.output
    assert cities(root, "AL") == set()


@pytest.mark.parametrize(
    ("typed", "name", "slip"),
    [
        ("Skhoder", "Shkodër", True),  # swapped
        ("Shkodar", "Shkodër", True),  # changed
        ("Shkder", "Shkodër", True),  # left out
        ("Shkoderr", "Shkodër", True),  # added
        ("Borsh", "Orosh", False),  # two slips
        ("Shkodër", "Shkodra", False),  # two slips
        ("Fier", "Fier", False),  # the name itself
        ("Puka", "Puke", False),  # too short to tell a slip from another village
    ],
)
def test_one_slip_apart(typed: str, name: str, slip: bool) -> None:
    assert one_slip_apart(typed, name) is slip
