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
    assert f"give --city {town}" in result.output
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


# --- verify: the ten providers phoned this morning, in one command -----------------------------


RECORDS = [
    {"id": "al-shk-1", "name": "Shelter A", "categories": ["shelter"], "region": "AL-10", "city": "Shkodër",
     "verified_on": "2025-01-10"},
    {"id": "al-shk-2", "name": "Shelter B", "categories": ["shelter", "psychosocial"], "region": "AL-10",
     "city": "Shkodër"},
    {"id": "al-shk-3", "name": "Clinic C", "categories": ["medical"], "region": "AL-10", "city": "Shkodër",
     "verified_on": "2025-06-01"},
    {"id": "al-tir-1", "name": "Shelter D", "categories": ["shelter"], "region": "AL-11", "city": "Tiranë",
     "verified_on": "2026-02-20"},
]  # fmt: skip


@pytest.fixture
def phoned(tmp_path: Path) -> Path:
    return directory_folder(tmp_path / "dirs", RECORDS)


def verified(root: Path) -> dict[str, tuple[str, str]]:
    return {
        p.id: (p.verified_on.isoformat() if p.verified_on else "", p.verified_by)
        for p in DirectoryStore("AL", root).load().providers
    }


def test_verify_stamps_several_ids_at_once(phoned: Path) -> None:
    """An office that has just phoned three providers verified them with three commands."""
    result = run(
        phoned, "verify", "AL", "al-shk-1", "al-shk-3", "al-tir-1", "--by", "Elira M.", "--on", "2026-03-01"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "".join(
        f"{i}: verified on 2026-03-01 by Elira M.\n" for i in ("al-shk-1", "al-shk-3", "al-tir-1")
    )
    assert "verified 3 records of the AL directory on 2026-03-01 by Elira M." in result.stderr
    assert verified(phoned) == {
        "al-shk-1": ("2026-03-01", "Elira M."),
        "al-shk-2": ("", ""),
        "al-shk-3": ("2026-03-01", "Elira M."),
        "al-tir-1": ("2026-03-01", "Elira M."),
    }


def test_verify_stamps_every_provider_of_a_region_and_need(phoned: Path) -> None:
    result = run(phoned, "verify", "AL", "--region", "Shkodra", "--category", "shelter", "--by", "Elira M.",
                 "--on", "2026-03-01")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "al-shk-1: verified on 2026-03-01 by Elira M.",
        "al-shk-2: verified on 2026-03-01 by Elira M.",
    ]
    assert "region: read 'Shkodra' as AL-10" in result.stderr  # a reading is said
    assert verified(phoned)["al-shk-3"] == ("2025-06-01", "")
    assert verified(phoned)["al-tir-1"] == ("2026-02-20", "")


def test_verify_takes_ids_besides_a_selection(phoned: Path) -> None:
    result = run(phoned, "verify", "AL", "al-tir-1", "--category", "medical", "--on", "2026-03-01")
    assert result.exit_code == 0, result.output
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["al-tir-1", "al-shk-3"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["al-shk-1", "al-nope", "al-gone"],
            "no provider 'al-nope', 'al-gone' in the AL directory; nothing was verified",
        ),
        (
            ["al-shk-1", "al-tir-1", "--on", "2026-01-05"],
            "before the last verification of al-tir-1 (2026-02-20)",
        ),
        (["--region", "AL-10", "--on", "2025-03-01"], "al-shk-3 (2025-06-01)"),
        (["--region", "AL-01"], "no provider of the AL directory is selected by --region AL-01"),
        (["--category", "doctr"], "--category 'doctr' is no need word, only close to medical"),
        (["--region", "Nowhere"], "Nowhere"),
        ([], "no record to verify (give the ids of the records checked"),
    ],
)
def test_verify_of_several_is_all_or_nothing(phoned: Path, args: list[str], said: str) -> None:
    before = (phoned / "al.json").read_bytes()
    result = run(phoned, "verify", "AL", *args)
    assert result.exit_code != 0
    assert said in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("svcmatch: error: ")]
    assert len(errors) == 1
    assert (phoned / "al.json").read_bytes() == before


# --- a sheet whose headers are in the office's language -----------------------------------------


@pytest.mark.parametrize(("header", "column"), [("Регіон", "region"), ("Регион", "region")])
def test_a_region_header_in_ukrainian_or_russian_names_the_column(
    root: Path, tmp_path: Path, header: str, column: str
) -> None:
    """A Ukrainian office's sheet (Назва, Категорії, Місто, Регіон, Телефон): every column
    was named with the template's but 'Регіон', which got no suggestion at all."""
    new_directory(root, "UA")
    sheet = tmp_path / "ua.csv"
    sheet.write_text(f"Назва,Категорії,Місто,{header}\nПритулок,shelter,Львів,UA-46\n", encoding="utf-8")
    result = run(root, "import", "UA", str(sheet))
    assert result.exit_code != 0
    assert f"unknown column {header!r} (did you mean {column}? rename it" in result.output


# --- the same slip with the town's own coordinates ---------------------------------------------


@pytest.mark.parametrize(("typed", "town"), [("Skhoder", "Shkodër"), ("Shkodrr", "Shkodër")])
def test_a_town_typed_with_a_slip_at_its_own_point_is_refused(root: Path, typed: str, town: str) -> None:
    """With the point of Shkodër's centre given, 'Skhoder' and 'Shkodrr' were stored as
    written without a word: the point placed the record, so the city was taken as a village
    that the gazetteer does not list, though the point lies in the town it misspells."""
    new_directory(root, "AL")
    result = run(root, "add", "AL", "--name", "Qendra Test", "--category", "medical", "--region", "AL-10",
                 "--city", typed, "--latitude", "42.0683", "--longitude", "19.5126")  # fmt: skip
    assert result.exit_code != 0
    assert (
        f"city {typed!r} is no place of Albania as written: the record's point lies in {town} (AL-10 Shkodër)"
        in result.output
    )
    assert f"give --city {town}" in result.output
    assert cities(root, "AL") == set()


def test_a_village_beside_a_town_keeps_its_own_name_with_its_point(root: Path) -> None:
    """A village whose name is no slip of the town its point is near is stored as written."""
    new_directory(root, "AL")
    result = run(root, "add", "AL", "--name", "Qendra Test", "--category", "medical", "--region", "AL-10",
                 "--city", "Guri i Zi", "--latitude", "42.0300", "--longitude", "19.5500")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert cities(root, "AL") == {"Guri i Zi"}


def test_a_confidential_shelter_at_a_misspelt_town_is_refused_without_naming_the_town(root: Path) -> None:
    new_directory(root, "AL")
    result = run(root, "add", "AL", "--name", "Strehë", "--category", "shelter", "--region", "AL-10",
                 "--city", "Skhoder", "--latitude", "42.0683", "--longitude", "19.5126",
                 "--confidential-address", "--focal-point", "Arta K.")  # fmt: skip
    assert result.exit_code != 0
    assert "the city of this confidential shelter is no place of Albania as written" in result.output
    assert "Shkod" not in result.output
