"""A seventh country office pass: dates, phones, countries and periods read other than exactly
and said, where they were read without a word or refused. Each test is a problem it found."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import directory_folder
from helpers import run_directory as run
from hypothesis import example, given
from hypothesis import strategies as st
from test_country_office_fifth_pass import new_directory

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.model import dotted_date_reading, other_date_form, parse_date
from svcmatch.phones import without_text_marks
from svcmatch.storage import DirectoryStore


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def stored(root: Path, country: str = "AL") -> dict[str, dict[str, object]]:
    return {p.name: p.to_record() for p in DirectoryStore(country, root).load().providers}


def one_cell(root: Path, tmp_path: Path, column: str, value: str) -> Result:
    """`imported` of one provider in Tiranë whose `column` holds `value`."""
    return imported(
        root, tmp_path, f"name,categories,city,region,{column}\nQendra,medical,Tiranë,AL-11,{value}\n"
    )


def imported(root: Path, tmp_path: Path, rows: str) -> Result:
    """`directory import AL` of a CSV of these rows under the header of the name, the needs,
    the town and region, and one more column, into a new directory."""
    new_directory(root, "AL")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(rows, encoding="utf-8")
    return run(root, "import", "AL", str(sheet))


# --- dates written another way -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "how"),
    [
        ("2026-3-1", "year-month-day"),
        ("2026.03.01", "dots: year first"),
        ("2026. 03. 01.", "dots: year first"),
        ("2026/03/01", "slashes: year first"),
        ("1. 3. 2026", "dots: day first"),
        ("1. 3. 2026.", "dots: day first"),
    ],
)
def test_a_date_in_a_form_of_one_reading_is_imported_and_said(
    root: Path, tmp_path: Path, typed: str, how: str
) -> None:
    """`2026-3-1` was read without a word; `2026.03.01` and `1. 3. 2026` were refused as no date."""
    result = one_cell(root, tmp_path, "verified_on", typed)
    assert result.exit_code == 0, result.output
    assert f"verified_on: read {typed!r} as 2026-03-01 ({how})" in result.stderr
    assert stored(root)["Qendra"]["verified_on"] == "2026-03-01"


def test_an_iso_date_is_read_without_a_word(root: Path, tmp_path: Path) -> None:
    result = imported(
        root,
        tmp_path,
        "name,categories,city,region,verified_on\nQendra,medical,Tiranë,AL-11,2026-03-01\n",
    )
    assert result.exit_code == 0, result.output
    assert "verified_on: read" not in result.stderr


@pytest.mark.parametrize("typed", ["2026.13.01", "31. 2. 2026", "2026-2-30"])
def test_a_date_of_those_forms_that_is_no_day_is_refused(root: Path, tmp_path: Path, typed: str) -> None:
    result = imported(
        root,
        tmp_path,
        f"name,categories,city,region,verified_on\nQendra,medical,Tiranë,AL-11,{typed}\n",
    )
    assert result.exit_code == 1
    assert f"verified_on: {typed!r} is not a real date (write it as YYYY-MM-DD)" in result.stderr
    assert stored(root) == {}


def test_add_and_verify_say_a_date_written_another_way(root: Path) -> None:
    new_directory(root, "AL")
    added = run(root, "add", "AL", "--name", "Qendra", "--category", "legal", "--city", "Tiranë", "--region",
                "AL-11", "--verified-on", "2026-3-1", "--capacity-updated", "1. 3. 2026")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "verified_on: read '2026-3-1' as 2026-03-01 (year-month-day)" in added.stderr
    assert "capacity_updated: read '1. 3. 2026' as 2026-03-01 (dots: day first)" in added.stderr
    verified = run(root, "verify", "AL", added.stdout.strip(), "--on", "2026.03.05")
    assert verified.exit_code == 0, verified.output
    assert "--on: read '2026.03.05' as 2026-03-05 (dots: year first)" in verified.stderr
    assert stored(root)["Qendra"]["verified_on"] == "2026-03-05"


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31)),
    st.sampled_from(
        [
            "{y}-{m}-{d}",
            "{y}.{m:02d}.{d:02d}",
            "{y}. {m}. {d}.",
            "{d}. {m}. {y}",
            "{y}/{m:02d}/{d}",
            "{y}/{m}/{d:02d}",
        ]
    ),
)
@example(dt.date(2026, 3, 1), "{d}. {m}. {y}")
def test_every_form_reads_back_its_date_and_says_it(day: dt.date, form: str) -> None:
    text = form.format(y=day.year, m=day.month, d=day.day)
    assert parse_date(text) == day
    said = dotted_date_reading(text, "verified_on")
    if text == day.isoformat():
        assert said is None and other_date_form(text) is None
    else:
        assert said is not None and said.startswith(f"verified_on: read {text!r} as {day.isoformat()} (")


@pytest.mark.parametrize("typed", ["2026.03", "1. 3.", "2026..03.01", "1 3 2026"])
def test_other_texts_with_dots_are_still_no_date(typed: str) -> None:
    with pytest.raises(InputError, match="is not a date"):
        parse_date(typed)


# --- a phone typed after Excel's text mark --------------------------------------------------------


def test_the_text_mark_before_a_phone_is_left_out_and_said_once(root: Path, tmp_path: Path) -> None:
    """`'0692345678` (typed so in a sheet that its leading 0 stays) lost its ' without a word."""
    result = imported(
        root,
        tmp_path,
        "name,categories,city,region,phone\n"
        "Qendra A,medical,Tiranë,AL-11,'0692345678\n"
        "Qendra B,legal,Shkodër,AL-10,'0692345679|'+355 69 234 5670\n",
    )
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "mark for text" in line]
    assert said == [
        "svcmatch: note: phone: read \"'0692345678\" (row 2) as '0692345678', and every phone of the file "
        "so: a ' before a number is a spreadsheet's mark for text, not part of the number"
    ]
    phones = {name: record["phone"] for name, record in stored(root).items()}
    assert phones == {"Qendra A": "+355 69 234 5678", "Qendra B": "+355 69 234 5679 | +355 69 234 5670"}


def test_an_exported_phone_reads_back_without_a_note(root: Path, tmp_path: Path) -> None:
    """Export writes '+355 ... | ... (its guard against formulas): read back as it was, unsaid."""
    directory_folder(root, [{"id": "al-tir-1", "name": "Clinic", "categories": ["medical"], "region": "AL-11",
                             "city": "Tiranë", "phone": "+355 69 234 5678 | +355 69 234 5679"}])  # fmt: skip
    sheet = tmp_path / "al.csv"
    assert run(root, "export", "AL", "-o", str(sheet)).exit_code == 0
    assert "'+355 69 234 5678 | +355 69 234 5679" in sheet.read_text(encoding="utf-8-sig")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    assert "mark for text" not in result.stderr
    assert "1 unchanged" in result.stderr


@pytest.mark.parametrize(
    ("cell", "left"),
    [("'0692345678", "0692345678"), (" '069 234 5678", " 069 234 5678"), ("'+355 4 1|'069", "+355 4 1|069"),
     ("O'Brien 0692", "O'Brien 0692"), ("'abc", "'abc")],
)  # fmt: skip
def test_only_a_mark_before_a_number_is_left_out(cell: str, left: str) -> None:
    assert without_text_marks(cell) == left


# --- a country named in another language ---------------------------------------------------------


def test_init_says_which_country_a_name_in_another_language_was_read_as(root: Path) -> None:
    """`directory init gana` made gh.json without saying that 'gana' was read as Ghana."""
    result = run(root, "init", "gana")
    assert result.exit_code == 0, result.output
    assert "country: read 'gana' as GH Ghana" in result.stderr
    assert (root / "gh.json").is_file()


@pytest.mark.parametrize("typed", ["GH", "gh", "GHA", "Ghana", "ghana"])
def test_a_code_or_the_english_name_is_read_without_a_word(root: Path, typed: str) -> None:
    result = run(root, "init", typed)
    assert result.exit_code == 0, result.output
    assert "country: read" not in result.stderr


def test_a_name_before_the_iso_comma_is_the_english_name(root: Path) -> None:
    """pycountry writes 'Moldova, Republic of': 'Moldova' is its name, said by nobody."""
    result = run(root, "init", "Moldova")
    assert result.exit_code == 0, result.output
    assert "country: read" not in result.stderr


# --- a period given as a bare number ------------------------------------------------------------


def test_stale_says_a_bare_number_is_days(root: Path) -> None:
    new_directory(root, "AL")
    result = run(root, "stale", "AL", "--older-than", "12", "--format", "json")
    assert result.exit_code == 0, result.output
    assert (
        "--older-than: read '12' as 12 days (a bare number counts days; write 12m for months)"
        in result.stderr
    )


def test_validate_says_a_bare_number_is_days(root: Path) -> None:
    new_directory(root, "AL")
    result = run(root, "validate", "AL", "--stale-after", "30")
    assert (
        "--stale-after: read '30' as 30 days (a bare number counts days; write 30m for months)"
        in result.stderr
    )


@pytest.mark.parametrize("typed", ["12m", "365d", "1y", "6 months"])
def test_a_period_with_its_unit_is_not_said(root: Path, typed: str) -> None:
    new_directory(root, "AL")
    result = run(root, "stale", "AL", "--older-than", typed)
    assert result.exit_code == 0, result.output
    assert "--older-than: read" not in result.stderr


def test_the_help_says_a_bare_number_counts_days(root: Path) -> None:
    for command, option in (("stale", "--older-than"), ("validate", "--stale-after")):
        text = " ".join(run(root, command, "--help").stdout.split())
        assert "a bare number counts days" in text, option


# --- a feed of another tool: its fields ending in _id ----------------------------------------------


def test_a_feeds_tax_id_and_own_ids_are_kept_and_written_back(root: Path, tmp_path: Path) -> None:
    """An organization's `tax_id` (its tax number) and a tool's `crm_id` fields were dropped
    without a word: every key ending in `_id` was taken for a link that export derives again."""
    new_directory(root, "AL")
    feed = {
        "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f21",
        "name": "Qendra Ligjore",
        "status": "active",
        "crm_id": "S-9",
        "organization": {"name": "Qendra Ligjore", "tax_id": "K12345678A", "x_crm_id": "CRM-77"},
        "attributes": [{"taxonomy_term": {"code": "legal", "name": "Legal aid", "taxonomy": "x"}}],
        "service_at_locations": [
            {"location": {"addresses": [{"address_1": "Rruga 1", "city": "Tiranë", "state_province": "AL-11",
                                         "country": "AL", "address_type": "physical"}]}}
        ],
    }  # fmt: skip
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([feed]), encoding="utf-8")
    result = run(root, "import", "AL", str(path), "--format", "hsds")
    assert result.exit_code == 0, result.output
    assert "organization: tax_id, x_crm_id; service: crm_id" in result.stderr
    out = tmp_path / "out.json"
    assert run(root, "export", "AL", "--format", "hsds-json", "-o", str(out)).exit_code == 0
    (record,) = json.loads(out.read_text(encoding="utf-8"))
    assert record["crm_id"] == "S-9"
    assert (record["organization"]["tax_id"], record["organization"]["x_crm_id"]) == ("K12345678A", "CRM-77")
    package = tmp_path / "package"
    exported = run(root, "export", "AL", "--format", "hsds-csv", "-o", str(package))
    assert "left out of the CSV tables (no column in HSDS 3.1): organization.x_crm_id, service.crm_id" in (
        exported.stderr
    )
    assert "K12345678A" in (package / "organizations.csv").read_text(encoding="utf-8")
    assert run(root, "import", "AL", str(out), "--format", "hsds").exit_code == 0  # its own export
    assert run(root, "export", "AL", "--format", "hsds-json", "-o", str(out)).exit_code == 0
    (record,) = json.loads(out.read_text(encoding="utf-8"))
    assert (record["crm_id"], record["organization"]["tax_id"]) == ("S-9", "K12345678A")


# --- a workbook's hidden sheet ---------------------------------------------------------------------


def test_a_hidden_sheet_read_or_listed_is_said_to_be_hidden(root: Path, tmp_path: Path) -> None:
    """The sheet an import read was named, but not that it is hidden (not on the screen)."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    shown = book.active
    shown.title = "Notes"
    shown.append(["Lista e partnerëve"])
    kept = book.create_sheet("Old")
    kept.sheet_state = "hidden"
    kept.append(["name", "categories", "city", "region"])
    kept.append(["Qendra", "legal", "Tiranë", "AL-11"])
    path = tmp_path / "partners.xlsx"
    book.save(path)
    new_directory(root, "AL")
    read = run(root, "import", "AL", str(path), "--dry-run")
    assert "XLSX, sheet 'Old', a hidden sheet (also: Notes), header on row 1" in read.stderr
    named = run(root, "import", "AL", str(path), "--sheet", "Notes", "--dry-run")
    assert "sheet 'Notes' (also: Old (hidden))" in named.stderr


# --- a command or period mistyped ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (["referral", "lsit"], "no command 'lsit' in 'svcmatch referral' (did you mean list?)"),
        (
            ["referral", "help", "update"],
            "no command 'help' in 'svcmatch referral' (help is an option here: "
            "`svcmatch referral update --help`)",
        ),
        (["gazetteer", "biuld"], "no command 'biuld' in 'svcmatch gazetteer' (did you mean build?)"),
    ],
)
def test_a_mistyped_subcommand_of_referral_is_told_as_directorys_is(typed: list[str], said: str) -> None:
    """`referral lsit` gave click's own "no such command 'lsit'. Did you mean 'list'?"."""
    result = CliRunner().invoke(main, typed)
    assert result.exit_code != 0
    assert result.stderr == f"svcmatch: error: {said}\n"


@pytest.mark.parametrize(("command", "option"), [("stale", "--older-than"), ("validate", "--stale-after")])
def test_a_period_refused_names_its_option(root: Path, command: str, option: str) -> None:
    new_directory(root, "AL")
    result = run(root, command, "AL", option, "6mo")
    assert result.exit_code != 0
    assert (
        f"error: {option} '6mo' is not a period (write days or months, e.g. 365d, 12m, 1y)" in result.stderr
    )


def test_stats_stale_months_given_a_unit_names_a_number_of_months(root: Path) -> None:
    """`stats --stale-months 12m` (the form `stale --older-than` takes) was told "e.g.
    --stale-months 25": a number no office would mean."""
    new_directory(root, "AL")
    result = run(root, "stats", "AL", "--stale-months", "12m")
    assert result.exit_code == 2
    assert "(give a whole number from 1 to 600 in digits, e.g. --stale-months 12)" in result.stderr


# --- a status written with a space for its _ ------------------------------------------------------


@pytest.mark.parametrize("typed", ["Temporarily closed", "temporarily-closed"])
def test_a_status_with_a_space_for_its_underscore_is_said(root: Path, tmp_path: Path, typed: str) -> None:
    """`Temporarily closed` was read as temporarily_closed without a word, as `referral update
    --status "In progress"` was."""
    result = imported(
        root, tmp_path, f"name,categories,city,region,status\nQendra,medical,Tiranë,AL-11,{typed}\n"
    )
    assert result.exit_code == 0, result.output
    said = f"status: read {typed!r} as temporarily_closed (the code, a space or hyphen for its _)"
    assert said in result.stderr
    assert stored(root)["Qendra"]["status"] == "temporarily_closed"
    added = run(root, "add", "AL", "--name", "Zyra", "--category", "legal", "--city", "Tiranë",
                "--region", "AL-11", "--status", typed)  # fmt: skip
    assert added.exit_code == 0, added.output
    assert said in added.stderr
    edited = run(root, "edit", "AL", added.stdout.strip(), "--set", "status=Inactive")
    assert edited.exit_code == 0, edited.output
    assert "status: read" not in edited.stderr  # the code in another case: read as it is


@pytest.mark.parametrize(("typed", "code"), [("domestic servitude", "domestic_servitude"),
                                             ("Forced-Marriage", "forced_marriage")])  # fmt: skip
def test_a_form_of_exploitation_with_a_space_for_its_underscore_is_read_and_said(
    root: Path, tmp_path: Path, typed: str, code: str
) -> None:
    """`domestic servitude` was refused as an unknown type (`match --exploitation` reads it)."""
    result = one_cell(root, tmp_path, "exploitation_types", f"{typed}|sexual")
    assert result.exit_code == 0, result.output
    assert (
        f"exploitation_types: read {typed!r} as {code} (the code, a space or hyphen for its _)"
        in result.stderr
    )
    assert stored(root)["Qendra"]["exploitation_types"] == [code, "sexual"]


def test_a_form_of_exploitation_that_is_no_code_is_still_refused(root: Path, tmp_path: Path) -> None:
    # ('forced labour' is read as labour since the ninth office pass, as `match --exploitation`
    # reads it, and said: tests/test_country_office_ninth_pass.py)
    result = imported(
        root,
        tmp_path,
        "name,categories,city,region,exploitation_types\nQ,medical,Tiranë,AL-11,trafficking\n",
    )
    assert result.exit_code == 1
    assert "unknown exploitation types trafficking" in result.stderr
    assert stored(root) == {}
