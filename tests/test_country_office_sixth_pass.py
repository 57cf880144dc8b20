"""A sixth country office pass: fixes as the command line typed, villages the gazetteer does not
list, and sheets as Excel saves them. Each test is a problem that the pass found."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from helpers import directory_folder
from helpers import run_directory as run
from test_country_office_fifth_pass import cities, new_directory

from svcmatch.checks import read_once_as_cp1252
from svcmatch.cli.command_fix import assignments, shell_word, with_options, with_settings
from svcmatch.storage import DirectoryStore


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def the_command(output: str) -> list[str]:
    """The words of the command line a fix says to run (between its backquotes)."""
    line = output.split("; run `", 1)[1].split("`", 1)[0]
    return shlex.split(line)


# --- a fix is the command line to run ----------------------------------------------------------


ADD = ["add", "AL", "--name", "Qendra Test", "--category", "medical", "--region", "AL-10"]


def test_add_of_a_town_one_slip_off_says_the_command_line_to_run(root: Path) -> None:
    """`directory add --city Skhoder` said 'set city=Shkodër': no command the user had typed.
    The fix gives the option, and the line typed with it, which then adds the record."""
    new_directory(root, "AL")
    result = run(root, *ADD, "--city", "Skhoder", "--phone", "+355 22 111 222")
    assert result.exit_code != 0
    assert "set city=" not in result.stderr
    assert "(give --city Shkodër, or give latitude and longitude" in result.stderr
    command = the_command(result.stderr)
    assert command == ["svcmatch", "--directories", str(root), "directory", *ADD, "--city", "Shkodër",
                       "--phone", "+355 22 111 222"]  # fmt: skip
    again = run(root, *command[4:])  # the line as said (run_directory gives --directories itself)
    assert again.exit_code == 0, again.output
    assert cities(root, "AL") == {"Shkodër"}


def test_add_with_the_town_at_its_point_says_the_line_with_the_option_in_place(root: Path) -> None:
    new_directory(root, "AL")
    result = run(root, *ADD, "--city=Shkodrr", "--latitude", "42.0683", "--longitude", "19.5126")
    assert result.exit_code != 0
    assert the_command(result.stderr)[-6:] == [
        "--city",
        "Shkodër",
        "--latitude",
        "42.0683",
        "--longitude",
        "19.5126",
    ]


def test_edit_says_the_command_line_with_the_set_to_give(root: Path) -> None:
    directory_folder(root, [{"id": "al-shk-1", "name": "Clinic", "categories": ["medical"], "region": "AL-10",
                             "city": "Shkodër"}])  # fmt: skip
    result = run(root, "edit", "AL", "al-shk-1", "--set", "city=Skhoder", "--set", "notes=new door")
    assert result.exit_code != 0
    assert "give --set city=Shkodër" in result.stderr
    assert the_command(result.stderr)[4:] == ["edit", "AL", "al-shk-1", "--set", "city=Shkodër", "--set",
                                             "notes=new door"]  # fmt: skip


def test_a_fix_with_an_example_value_says_no_line_to_run(root: Path) -> None:
    """A line with `--email name@example.org` run as said would store the example."""
    new_directory(root, "AL")
    result = run(root, *ADD, "--city", "Shkodër", "--email", "info@@example")
    assert result.exit_code != 0
    assert "give --email name@example.org" in result.stderr
    assert "run `" not in result.stderr


def test_a_confidential_shelters_fix_never_repeats_its_line(root: Path) -> None:
    new_directory(root, "AL")
    result = run(root, "add", "AL", "--name", "Strehë", "--category", "shelter", "--region", "AL-11",
                 "--city", "Vorë", "--address", "Rruga e Fshehtë 4", "--confidential-address",
                 "--focal-point", "Arta K.", "--sex", "femael")  # fmt: skip
    assert result.exit_code != 0
    assert "run `" not in result.stderr and "Fshehtë" not in result.stderr


@pytest.mark.parametrize(
    ("fix", "changes"),
    [
        ("city=Shkodër", [("city", "Shkodër")]),
        ('phone="+355 22 345 678"', [("phone", "+355 22 345 678")]),
        ("latitude=.. --set longitude=..", [("latitude", ".."), ("longitude", "..")]),
        ("region=<ISO 3166-2 code or region name>", [("region", "<ISO 3166-2 code or region name>")]),
    ],
)
def test_assignments(fix: str, changes: list[tuple[str, str]]) -> None:
    assert assignments(fix) == changes


def test_options_given_once_where_first_typed() -> None:
    def flags(name: str) -> tuple[str, ...]:
        return ("--category", "--need") if name == "categories" else ("--" + name,)

    argv = ["directory", "add", "AL", "--need", "doctr", "--city", "X", "--category=legal"]
    assert with_options(argv, [("categories", "medical|legal"), ("region", "AL-10")], flags) == [
        "directory", "add", "AL", "--category", "medical|legal", "--city", "X", "--region", "AL-10"
    ]  # fmt: skip
    assert with_settings(["edit", "AL", "x", "--set=city=Y", "--set", "phone=1"], [("city", "Z")]) == [
        "edit", "AL", "x", "--set", "city=Z", "--set", "phone=1"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "word", ["Shkodër", "Qendra Test", "+355 22 111 222", "sq|en", "it's", "Київ", "a`b"]
)
def test_a_shell_word_reads_back_as_itself(word: str) -> None:
    assert shlex.split(shell_word(word)) == [word]


# --- a city the gazetteer cannot place, stored without a point ---------------------------------


def test_add_of_a_city_two_slips_from_a_town_says_geocode_cannot_place_it(root: Path) -> None:
    """'Eblasn' (two slips from Elbasan) was stored as written, rightly, with the note that
    `directory geocode` would fill its point from the town, which then skipped it."""
    new_directory(root, "AL")
    result = run(root, *ADD[:-1], "AL-03", "--city", "Eblasn", "--phone", "+355 22 111 222")
    assert result.exit_code == 0, result.output
    (added,) = result.stdout.split()
    assert (
        f"note: {added} has no coordinates, and `svcmatch directory geocode AL` cannot place it: "
        "no place matches 'Eblasn' in AL (closest: Elbasan" in result.stderr
    )
    assert f"`svcmatch directory edit AL {added} --set latitude=.. --set longitude=..`" in result.stderr
    assert "fill them from the town" not in result.stderr
    (stored,) = DirectoryStore("AL", root).load().providers
    assert (stored.city, stored.latitude, stored.longitude) == ("Eblasn", None, None)  # no guess stored


def test_add_of_a_town_without_a_point_still_says_geocode_fills_it(root: Path) -> None:
    new_directory(root, "AL")
    result = run(root, *ADD, "--city", "Shkodër")
    assert result.exit_code == 0, result.output
    assert "fill them from the town with `svcmatch directory geocode AL`" in result.stderr
    assert "cannot place" not in result.stderr


# --- a sheet as an office keeps it in Excel ----------------------------------------------------


def office_workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """An .xlsx as an office keeps it: a merged title above the header, then the rows."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ofruesit"
    sheet.append(["Lista e ofruesve 2026"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    for row in (header, *rows):
        sheet.append(row)
    book.save(path)
    return path


def test_a_header_in_the_offices_words_under_a_merged_title_names_each_column(
    root: Path, tmp_path: Path
) -> None:
    """A sheet headed 'Emri, Kategoria, Qyteti, ...' under a merged title was refused for the
    title's merged cells (or, unmerged, for one unknown column 'Lista e ofruesve 2026'): no row
    named a template column, so the title was taken for the header."""
    new_directory(root, "AL")
    sheet = office_workbook(
        tmp_path / "al.xlsx",
        ["Emri", "Kategoria", "Qyteti", "Qarku", "Telefoni"],
        [["Qendra Shpresa", "shelter", "Shkodër", "AL-10", "+355 22 111 222"]],
    )
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code != 0
    assert "merged" not in result.stderr and "Lista e ofruesve" not in result.stderr
    for column, meant in (
        ("Emri", "name"),
        ("Kategoria", "categories"),
        ("Qyteti", "city"),
        ("Telefoni", "phone"),
    ):
        assert f"row 2, {column}: unknown column {column!r} (did you mean {meant}? rename it" in result.stderr
    assert "header on row 2 (row 1 above it not read)" in result.stderr
    assert cities(root, "AL") == set()


def test_a_totals_row_counting_the_providers_in_a_column_is_named_as_such(root: Path, tmp_path: Path) -> None:
    """'Gjithsej' with the count of providers under the categories column got the errors of a
    provider (no region; unknown category '3'), whose fixes would make it one."""
    new_directory(root, "AL")
    sheet = office_workbook(
        tmp_path / "al.xlsx",
        ["name", "categories", "city", "region", "phone"],
        [["Qendra Shpresa", "shelter", "Shkodër", "AL-10", "+355 22 111 222"], [None] * 5, ["Gjithsej", 1]],
    )
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code != 0
    assert (
        "row 5, name: 'Gjithsej' with nothing but numbers (categories) looks like a totals row, "
        "not a provider (delete the row from the sheet, or import with --skip-totals to leave it out)"
        in result.stderr
    )
    assert "unknown categories" not in result.stderr


def test_a_refused_add_is_one_line_after_readings_of_its_other_options(root: Path) -> None:
    """`--region FCT --category doctor --city Abj` printed the readings of FCT and doctor, then
    the error: an error is one line, and the readings of a record not added say nothing."""
    new_directory(root, "NG")
    result = run(
        root, "add", "NG", "--name", "Clinic", "--category", "doctor", "--region", "FCT", "--city", "Abj"
    )
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("svcmatch: error: city: city 'Abj'")
    added = run(
        root, "add", "NG", "--name", "Clinic", "--category", "doctor", "--region", "FCT", "--city", "Abuja"
    )
    assert added.exit_code == 0, added.output
    assert "region: read 'FCT' as NG-FC" in added.stderr and "read 'doctor' as medical" in added.stderr


@pytest.mark.parametrize("cell", ["692345678.0", "692345678,0", "+355692345678.0"])
def test_a_phone_saved_as_a_decimal_number_is_refused_naming_why(
    root: Path, tmp_path: Path, cell: str
) -> None:
    """'692345678.0' (a phone column a spreadsheet made numbers, written back as decimals) was
    'too few or too many digits ... write the whole number with its country code'."""
    new_directory(root, "AL")
    sheet = tmp_path / "al.csv"
    sheet.write_text(
        f'name,categories,city,region,phone\nA,shelter,Shkodër,AL-10,"{cell}"\n', encoding="utf-8"
    )
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code != 0
    assert (
        f"phone: {cell!r} is a number with a decimal point: the spreadsheet made the phone a number"
        in result.stderr
    )
    assert "format the column as Text" in result.stderr


def test_a_sheet_whose_letters_were_read_wrongly_once_is_refused_with_them_written(
    root: Path, tmp_path: Path
) -> None:
    """A CSV that Excel opened as Windows-1252 and saved as UTF-8 holds 'ShkodÃ«r' for Shkodër:
    the city was refused as no place, and the name 'Qendra e GruasÃ«' would have been stored."""
    new_directory(root, "AL")
    sheet = tmp_path / "al.csv"
    sheet.write_text(
        "name,categories,city,region,phone\nQendra e GruasÃ«,shelter,Tirana,AL-11,+355 22 111 201\n",
        encoding="utf-8",
    )
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code != 0
    assert (
        "row 2, name: 'Qendra e GruasÃ«' holds letters read wrongly once (UTF-8 opened as Windows-1252 and "
        "saved so) (write it as 'Qendra e Gruasë': correct the sheet" in result.stderr
    )
    assert cities(root, "AL") == set()


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("ShkodÃ«r", "Shkodër"),
        ("Ð›ÑŒÐ²Ñ–Ð²", "Львів"),
        ("Ã‰cole", "École"),
        ("Vlorë–Sarandë", None),  # a real 'ë' before a dash
        ("São Tomé", None),
        ("Shkodër", None),
        ("«Shpresa»", None),
    ],
)
def test_read_once_as_cp1252(text: str, written: str | None) -> None:
    assert read_once_as_cp1252(text) == written


def test_a_merged_name_over_two_columns_of_the_header_is_named_as_such(root: Path, tmp_path: Path) -> None:
    """'Contact' merged over the phone and e-mail columns (named a row below): the error spoke of
    a field cleared and a restriction lifted, and told to give each row its own value."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "categories", "city", "region", "Contact", None])
    sheet.merge_cells("E1:F1")
    sheet.append([None, None, None, None, "phone", "email"])
    sheet.append(["Qendra A", "shelter", "Shkodër", "AL-10", "+355 22 111 201", "a@example.org"])
    book.save(tmp_path / "al.xlsx")
    new_directory(root, "AL")
    result = run(root, "import", "AL", str(tmp_path / "al.xlsx"))
    assert result.exit_code != 0
    assert (
        "cells E1:F1 of sheet 'Sheet' are merged in the header (row 1): one name over several columns "
        "leaves the others unnamed (unmerge them (Format, Merge cells, Unmerge) and give each column its "
        "own name in that one header row" in result.stderr
    )
