"""A third newcomer pass: README.md followed word for word on a fresh machine, then the first
things a newcomer tries (each command's help, typos, a town spelled their way, their own
country's directory). Each test is a problem that the pass found."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import run_directory as run

from svcmatch.cli import main
from svcmatch.storage import DirectoryStore


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    DirectoryStore("GH", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


# --- a provider added without coordinates: match said "distance unknown", nothing before it did ---


def test_add_says_a_record_without_coordinates_is_at_an_unknown_distance(root: Path) -> None:
    """A Ghana office adds its shelter in Accra as README's `add` does (a town, no coordinates);
    `match --to Accra` then ranked it 'distance unknown', and nothing at `add` had said why."""
    result = run(
        root, "add", "GH", "--name", "Example Shelter Accra", "--category", "shelter",
        "--region", "GH-AA", "--city", "Accra",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    new_id = result.stdout.strip()
    assert (
        f"svcmatch: note: {new_id} has no coordinates: `match` cannot tell how far it is and says "
        "'distance unknown' (fill them from the town with `svcmatch directory geocode GH`, or give "
        "the latitude and longitude)"
    ) in result.stderr
    placed = run(
        root, "add", "GH", "--name", "Example Clinic Kumasi", "--category", "medical",
        "--region", "GH-AH", "--city", "Kumasi", "--latitude", "6.6885", "--longitude", "-1.6244",
    )  # fmt: skip
    assert placed.exit_code == 0, placed.output
    assert "no coordinates" not in placed.stderr


def test_add_json_names_the_records_without_coordinates(root: Path, tmp_path: Path) -> None:
    records = [
        {"name": f"Example Legal Aid {n}", "categories": "legal", "region": "GH-AA", "city": "Accra"}
        for n in range(1, 5)
    ] + [
        {
            "name": "Example Clinic",
            "categories": "medical",
            "region": "GH-AA",
            "latitude": 5.556,
            "longitude": -0.197,
        }
    ]
    (tmp_path / "new.json").write_text(json.dumps(records), encoding="utf-8")
    result = run(root, "add", "GH", "--json", str(tmp_path / "new.json"))
    assert result.exit_code == 0, result.output
    ids = result.stdout.split()
    said = f"svcmatch: note: 4 of them, {ids[0]}, {ids[1]}, {ids[2]} and 1 more, have no coordinates:"
    assert said in result.stderr
    assert ids[4] not in result.stderr


def test_an_xlsx_export_without_the_extra_says_to_export_csv_not_to_save_a_sheet(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newcomer on a fresh machine (`pip install .`, no extras) runs README's `export -o
    al.xlsx`: the fix said "or save the sheet as CSV UTF-8", a sheet they do not have yet."""
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # not installed
    result = run(root, "export", "GH", "-o", str(tmp_path / "gh.xlsx"))
    assert result.exit_code == 2
    assert result.stderr == (
        "svcmatch: error: writing .xlsx files needs openpyxl (install the spreadsheet extras from the "
        "svcmatch folder: pip install '.[xlsx,ods]'; or export as CSV (-o with a .csv name; Excel opens "
        "it))\n"
    )
    assert not (tmp_path / "gh.xlsx").exists()


def test_init_over_the_sample_says_it_exists_and_where_to_start_ones_own(tmp_path: Path) -> None:
    """A newcomer in the repository's folder (which holds ./directories/, the samples) runs
    `directory init AL`. It said the file is SAMPLE data and to 'give --allow-sample to change
    it anyway'; given, that said 'already exists'."""
    DirectoryStore("AL", tmp_path / "directories").create(sample=True, author="t")
    for flags in ((), ("--allow-sample",)):
        result = CliRunner().invoke(
            main, ["--directories", str(tmp_path / "directories"), *flags, "directory", "init", "AL"]
        )
        assert result.exit_code == 2
        error = result.stderr.splitlines()[-1]
        assert error == (
            f"svcmatch: error: {tmp_path / 'directories' / 'al.json'} already exists: it is the SAMPLE "
            "directory (fictional providers) (start your own in another folder: "
            "`svcmatch --directories ./my-dirs directory init AL`)"
        )


def test_add_and_edit_say_a_language_name_as_it_was_typed(root: Path, tmp_path: Path) -> None:
    """`add --language English,Twi` said "read 'english' as en", as import said 'shqip' before
    the second country office pass made it say what was typed."""
    added = run(
        root, "add", "GH", "--name", "Example Clinic", "--category", "medical", "--region", "GH-AH",
        "--city", "Kumasi", "--language", "English,Twi",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "svcmatch: languages: read 'English' as en (English) (synonym)\n" in added.stderr
    assert "svcmatch: languages: read 'Twi' as tw (Twi) (synonym)\n" in added.stderr
    new_id = added.stdout.strip()
    edited = run(root, "edit", "GH", new_id, "--set", "languages=Ewe|English")
    assert edited.exit_code == 0, edited.output
    assert "read 'Ewe' as ee (Ewe)" in edited.stderr and "read 'English' as en" in edited.stderr
    record = {
        "name": "Example Shelter",
        "categories": "shelter",
        "region": "GH-AA",
        "languages": ["Français"],
    }
    (tmp_path / "new.json").write_text(json.dumps(record), encoding="utf-8")
    from_json = run(root, "add", "GH", "--json", str(tmp_path / "new.json"))
    assert from_json.exit_code == 0, from_json.output
    assert "read 'Français' as fr" in from_json.stderr


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["--name", "X", "--category", "shelter"], "add needs --region (give it, or whole records"),
        (["--name", "X"], "add needs --category, --region (give them, or whole records"),
    ],
)
def test_add_missing_one_option_says_give_it(root: Path, given: list[str], said: str) -> None:
    result = run(root, "add", "GH", *given)
    assert result.exit_code == 2
    assert f"svcmatch: error: {said}" in result.stderr


def test_a_format_that_begins_two_choices_names_both(root: Path, tmp_path: Path) -> None:
    """`import --format hsds` works, so an office exports with `--format hsds`: the error named
    hsds-csv alone, and an office that wanted the JSON feed got the tables."""
    result = run(root, "export", "GH", "--format", "hsds", "-o", str(tmp_path / "gh.json"))
    assert result.exit_code == 2
    assert result.stderr == (
        "svcmatch: error: --format: unknown value 'hsds' (did you mean hsds-json or hsds-csv? choose one "
        "of csv, json, xlsx, hsds-json, hsds-csv)\n"
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["help"], "no command 'help' (help is an option here: `svcmatch --help`)"),
        (["help", "match"], "no command 'help' (help is an option here: `svcmatch match --help`)"),
        (
            ["directory", "help", "import"],
            "no command 'help' in 'svcmatch directory' (help is an option here: "
            "`svcmatch directory import --help`)",
        ),
    ],
)
def test_help_typed_as_a_command_points_to_the_help_option(args: list[str], said: str) -> None:
    """`svcmatch help match`, as git and pip take it, said `svcmatch --help` lists the commands:
    the newcomer wanted match's options."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr == f"svcmatch: error: {said}\n"
