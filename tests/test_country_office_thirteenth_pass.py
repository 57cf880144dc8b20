"""A thirteenth country office pass: what a newcomer found walking the README as a country office
and a referral desk (session 28's finds): phones typed to `add` and `edit`, a sheet of answers
with several bad rows, the ids an import gives, ... Each test is a problem it found."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import directory_folder, referral_package, sample_folder
from helpers import run_directory as run

from svcmatch.cli import main
from svcmatch.referrals import ReferralStore, planned
from svcmatch.storage import DirectoryStore
from svcmatch.validate import validate

_AUTHOR = ("--author", "tester")

_LEGAL_DESK = {
    "id": "al-tir-3c4d",
    "name": "Legal Aid Desk Tiranë",
    "categories": ["legal"],
    "region": "AL-11",
    "city": "Tiranë",
    "phone": "+355 4 222 3333",
    "status": "active",
}


def _typed_into_the_file(root: Path, provider_id: str, phone: str) -> Path:
    """A phone typed into the directory file by hand (every write path refuses a bad one)."""
    path = root / "al.json"
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["providers"][provider_id]["phone"] = phone
    path.write_text(json.dumps(stored, ensure_ascii=False, indent=2), encoding="utf-8")
    return root


def _stored_phone(root: Path, provider_id: str) -> str:
    (provider,) = [p for p in DirectoryStore("AL", root).load().providers if p.id == provider_id]
    return provider.phone


# --- one phone check for every way in (find 24) ------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "refused"),
    [
        ("12345", "'12345' is not a phone number in use in AL"),
        ("35542000202", "'35542000202' is not a phone number in use in AL"),
    ],
)
def test_add_refuses_a_phone_that_import_refuses(tmp_path: Path, typed: str, refused: str) -> None:
    """`add --phone 12345` stored 12345; the same number in a sheet was refused."""
    root = directory_folder(tmp_path / "dirs", [])
    given = ("--name", "Test", "--category", "legal", "--region", "AL-11", "--phone", typed)
    added = run(root, "add", "AL", *given, *_AUTHOR)
    assert added.exit_code == 2, added.output
    assert refused in added.stderr
    assert "give --phone '+355" in added.stderr  # the fix, the option to give
    assert DirectoryStore("AL", root).load().providers == ()
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"name,categories,region,phone\nTest,legal,AL-11,{typed}\n", encoding="utf-8")
    imported = run(root, "import", "AL", str(sheet), *_AUTHOR)
    assert imported.exit_code == 1
    assert refused in imported.stderr


def test_edit_refuses_a_phone_that_import_refuses(tmp_path: Path) -> None:
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    edited = run(root, "edit", "AL", "al-tir-3c4d", "--set", "phone=35542000202", *_AUTHOR)
    assert edited.exit_code == 2
    assert "'35542000202' is not a phone number in use in AL" in edited.stderr
    assert _stored_phone(root, "al-tir-3c4d") == "+355 4 222 3333"


def test_add_and_edit_store_a_phone_as_import_stores_it_and_say_the_reading(tmp_path: Path) -> None:
    """A number typed without its leading 0 is read as import reads it, said, and stored in
    international format (it was stored as typed, and the partner dialled 692345678)."""
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    edited = run(root, "edit", "AL", "al-tir-3c4d", "--set", "phone=692345678", *_AUTHOR)
    assert edited.exit_code == 0, edited.output
    assert "phone: read '692345678' as +355 69 234 5678: its leading 0 was missing" in edited.stderr
    assert _stored_phone(root, "al-tir-3c4d") == "+355 69 234 5678"
    added = run(
        root,
        "add",
        "AL",
        "--name",
        "Qendra",
        "--category",
        "shelter",
        "--region",
        "AL-10",
        "--phone",
        "022 345 678 | 069 876 5432",
        *_AUTHOR,
    )
    assert added.exit_code == 0, added.output
    assert _stored_phone(root, added.stdout.strip()) == "+355 22 345 678 | +355 69 876 5432"


def test_an_edit_of_another_field_leaves_the_stored_phone_as_it_is(tmp_path: Path) -> None:
    """Only a phone given is read again: an edit of the notes changes no other field."""
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    _typed_into_the_file(root, "al-tir-3c4d", "022 345 678")
    edited = run(root, "edit", "AL", "al-tir-3c4d", "--set", "notes=Mornings only", *_AUTHOR)
    assert edited.exit_code == 0, edited.output
    assert "edited al-tir-3c4d: notes" in edited.stderr
    assert _stored_phone(root, "al-tir-3c4d") == "022 345 678"


def test_validate_reports_a_stored_phone_the_countrys_plan_refuses(tmp_path: Path) -> None:
    """A phone stored before `add` read phones (or typed into the file) was never checked again."""
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    _typed_into_the_file(root, "al-tir-3c4d", "12345")
    checked = run(root, "validate", "AL")
    assert checked.exit_code == 1
    assert (
        "al-tir-3c4d: error: phone: '12345' is not a phone number in use in AL (fix: svcmatch directory "
        'edit AL al-tir-3c4d --set phone="+355 22 345 678", the whole number with its country code'
    ) in checked.stdout


def test_a_reimport_of_an_unchanged_row_says_its_stored_phone_is_refused(tmp_path: Path) -> None:
    """The export of a record with a bad stored phone imported again: '0 problems', and the
    number a partner would call went on unchecked. It is taken (the row changes nothing) and said."""
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    _typed_into_the_file(root, "al-tir-3c4d", "12345")
    exported = tmp_path / "export.csv"
    assert run(root, "export", "AL", "-o", str(exported)).exit_code == 0
    again = run(root, "import", "AL", str(exported), *_AUTHOR)
    assert again.exit_code == 0, again.output
    assert (
        "warning: row 2 (al-tir-3c4d), phone: '12345' is not a phone number in use in AL (the stored phone: "
        "the row leaves it as it is) (write the whole number with its country code" in again.stderr
    )
    assert "0 added, 0 updated, 1 unchanged" in again.stderr


@pytest.mark.parametrize("country", ["al", "ma", "ng", "ua"])
def test_the_samples_phones_are_numbers_their_countrys_plan_allows(country: str) -> None:
    """The NG sample's +234 00 555 0036 was too short for Nigeria: it would not import into a
    fresh directory, and `validate` now says so of a stored one."""
    samples = Path(__file__).resolve().parents[1] / "directories"
    directory = DirectoryStore(country.upper(), samples).load()
    phones = [f for f in validate(directory, today=dt.date(2026, 12, 8)) if f.field == "phone"]
    assert phones == []


# --- referral update --from: every bad row in one run (find 34) ---------------------------------


def _answers(root: Path, sheet: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["--directories", str(root), "referral", "update", "--from", str(sheet), *args]
    )
    return result.exit_code, result.output


def _opened(tmp_path: Path, prepared: str = "2026-12-07") -> tuple[Path, dict[str, str]]:
    folder = sample_folder(tmp_path, "al")
    needs = {"shelter": "al-shk-ae62", "medical": "al-shk-7bb7", "legal": "al-shk-9013"}
    opened = ReferralStore(folder / "referrals").open_package(
        referral_package(case_ref="AL-2026-0044", prepared=prepared, needs=needs)
    )
    return folder, {referral.need: referral.id for referral, _new in opened}


def test_every_bad_row_of_an_answers_file_is_said_in_one_run(tmp_path: Path) -> None:
    """Four runs for four bad rows: each run named only the first."""
    folder, ids = _opened(tmp_path)
    sheet = tmp_path / "answers.csv"
    sheet.write_bytes(
        (
            "\ufeffid;status;reason;date\r\n"
            f"{ids['shelter']};po;;2026-12-08\r\n"
            f"{ids['medical']};declined;;2026-12-08\r\n"
            f"{ids['legal']};completed;;2026-12-08\r\n"
        ).encode()
    )
    code, said = _answers(folder, sheet, "--today", "2026-12-08")
    assert code == 2
    lines = said.splitlines()
    assert lines == [
        "svcmatch: error: row 2: unknown referral status 'po' (use one of requested, accepted, declined, "
        "in_progress, completed, failed, cancelled)",
        "svcmatch: error: row 3: status declined takes a reason (give the reason column: one of no_capacity, "
        "not_eligible, could_not_contact, declined_by_person, referred_elsewhere, other)",
        f"svcmatch: error: row 4 ({ids['legal']}): a referral that is requested cannot become completed "
        "(from requested it can become only accepted, declined, cancelled)",
        f"svcmatch: error: 3 rows of {sheet} cannot be recorded (each said above): nothing was recorded (fix "
        "them and run it again)",
    ]
    assert {r.status for r in ReferralStore(folder / "referrals").referrals()} == {"requested"}


def test_one_bad_row_is_refused_as_before(tmp_path: Path) -> None:
    folder, ids = _opened(tmp_path)
    sheet = tmp_path / "answers.csv"
    sheet.write_text(f"id,status\n{ids['shelter']},accepted\n{ids['legal']},completed\n", encoding="utf-8")
    code, said = _answers(folder, sheet, "--today", "2026-12-08")
    assert code == 2
    assert said == (
        f"svcmatch: error: row 3 ({ids['legal']}): a referral that is requested cannot become completed "
        "(from requested it can become only accepted, declined, cancelled)\n"
    )


def test_a_day_with_one_possible_reading_is_read_so_and_said(tmp_path: Path) -> None:
    """'07/12/2026' of a referral opened on 2026-12-07 was refused for its two readings, though
    2026-07-12 is five months before the package was made."""
    folder, ids = _opened(tmp_path)
    sheet = tmp_path / "answers.csv"
    sheet.write_text(f"id,status,date\n{ids['shelter']},accepted,07/12/2026\n", encoding="utf-8")
    code, said = _answers(folder, sheet, "--today", "2026-12-08")
    assert code == 0, said
    assert (
        "row 2: date: read '07/12/2026' as 2026-12-07: 2026-07-12, the other reading, is before the "
        "package's day (2026-12-07)"
    ) in said
    assert ReferralStore(folder / "referrals").get(ids["shelter"]).updated == "2026-12-07"


def test_a_day_both_of_whose_readings_can_be_is_still_refused(tmp_path: Path) -> None:
    folder, ids = _opened(tmp_path, prepared="2026-03-01")
    sheet = tmp_path / "answers.csv"
    sheet.write_text(f"id,status,date\n{ids['shelter']},accepted,07/06/2026\n", encoding="utf-8")
    code, said = _answers(folder, sheet, "--today", "2026-12-08")
    assert code == 2
    assert "could be day 7 of month 6 or day 6 of month 7" in said


def test_a_day_whose_other_reading_is_after_today_is_read_so(tmp_path: Path) -> None:
    folder, ids = _opened(tmp_path, prepared="2026-01-02")
    sheet = tmp_path / "answers.csv"
    sheet.write_text(f"id,status,date\n{ids['shelter']},accepted,01/03/2026\n", encoding="utf-8")
    code, said = _answers(folder, sheet, "--today", "2026-01-05")
    assert code == 0, said
    assert "read '01/03/2026' as 2026-01-03: 2026-03-01, the other reading, is after today (2026-01-05)" in (
        said
    )


# --- a real import names the ids it gave (find 14) ---------------------------------------------


def test_a_real_import_prints_each_new_id_and_name(tmp_path: Path) -> None:
    """The dry run listed 'would add (new 2): ...', the real run only counted: the new ids, which
    `match --avoid-provider` and `package --select` take, were nowhere but in the file."""
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "id,name,categories,region,city\n"
        "al-tir-3c4d,Legal Aid Desk Tiranë,legal|documentation,AL-11,Tiranë\n"
        ",Health Centre Vlorë,medical,AL-12,Vlorë\n"
        ",Job Centre Durrës,employment,AL-02,Durrës\n",
        encoding="utf-8",
    )
    imported = run(root, "import", "AL", str(sheet), *_AUTHOR)
    assert imported.exit_code == 0, imported.output
    names = {p.name: p.id for p in DirectoryStore("AL", root).load().providers}
    assert imported.stdout == (
        f"added {names['Health Centre Vlorë']}: Health Centre Vlorë\n"
        f"added {names['Job Centre Durrës']}: Job Centre Durrës\n"
    )
    assert "2 added, 1 updated, 0 unchanged" in imported.stderr


# --- coverage: a region under an advisory is no green cell (find 19) ---------------------------


def test_the_heat_map_greys_a_region_under_an_advisory_and_says_why(tmp_path: Path) -> None:
    """Crimea and Sevastopol were green with national providers, their gaps listed as gaps to
    fill, though their advisory says no return there can be planned."""
    from svcmatch.coverage import coverage_matrix
    from svcmatch.html.coverage import to_html

    samples = Path(__file__).resolve().parents[1] / "directories"
    report = coverage_matrix(DirectoryStore("UA", samples).load())
    page = to_html(report)
    crimea = next(line for line in page.splitlines() if "UA-43" in line and "<tr>" in line)
    assert not re.search(r'class="c\d"', crimea) and crimea.count('class="adv"') == len(report.needs)
    assert "(under an advisory: a return there may not be possible)" in crimea
    assert "A region under an advisory is grey, whatever its counts" in page
    kyiv = next(line for line in page.splitlines() if "UA-30" in line and "<tr>" in line)
    assert 'class="adv"' not in kyiv
    listed, apart = page.split("<h3>In regions under an advisory")
    gaps_section = listed[listed.index('<section class="gaps">') :]
    assert "UA-43" not in gaps_section and "(UA-43): Reception" in apart
    there = len(report.advised(report.gaps()))
    assert there > 0
    assert f"Gaps: {len(report.gaps()) - there} (and {there} under an advisory)." in page


def test_the_coverage_table_says_what_its_counts_under_an_advisory_are(tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[1] / "directories"
    said = CliRunner().invoke(main, ["--directories", str(samples), "coverage", "UA"])
    assert said.exit_code == 0
    assert "of them under an advisory); 1* = thin spot" in said.stderr
    assert (
        "a return there may not be possible, whatever the counts, which are the providers whose "
        "coverage includes the region (every national one does), not services known to work there"
    ) in said.stderr


# --- status words and check marks as an office's Excel sheet has them (finds 17, and ✓ ✗ x) ------


def _workbook(tmp_path: Path, rows: list[list[object]]) -> Path:
    """An .xlsx sheet as Excel saves one (openpyxl), the template's columns in its first row."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "categories", "region", "city", "phone", "status", "vot_specialised", "outreach"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "office.xlsx"
    book.save(path)
    return path


def test_an_offices_status_words_and_check_marks_are_read_and_said(tmp_path: Path) -> None:
    """'status=aktiv' was the one cell of an Albanian row refused; a ✓ in a yes/no column too."""
    root = directory_folder(tmp_path / "dirs", [])
    sheet = _workbook(
        tmp_path,
        [
            ["Qendra Shpresa", "strehim", "AL-10", "Shkodër", "069 234 5678", "aktiv", "✓", "jo"],
            ["Zyra Ligjore", "avokat", "AL-11", "Tiranë", 692345679, "mbyllur përkohësisht", "✔", ""],
            ["Klinika", "mjek", "AL-12", "Vlorë", "+355 33 222 111", "Joaktiv", "☑", "no"],
        ],
    )
    imported = run(root, "import", "AL", str(sheet), *_AUTHOR)
    assert imported.exit_code == 0, imported.output
    for said in (
        "status: read 'aktiv' as active (translation)",
        "status: read 'mbyllur përkohësisht' as temporarily_closed (translation)",
        "status: read 'Joaktiv' as inactive (translation)",
        "vot_specialised: read '✓' as yes (check mark)",
        "phone: read '692345679' as +355 69 234 5679: its leading 0 was missing",
    ):
        assert said in imported.stderr, said
    stored = {p.name: p for p in DirectoryStore("AL", root).load().providers}
    assert [(stored[n].status, stored[n].vot_specialised, stored[n].outreach) for n in sorted(stored)] == [
        ("inactive", True, False),
        ("active", True, False),
        ("temporarily_closed", True, False),
    ]


@pytest.mark.parametrize("cross", ["x", "X", "✗", "☒", "❌"])
def test_a_cross_in_a_yes_no_column_is_refused_naming_the_fix(tmp_path: Path, cross: str) -> None:
    """A cross marks a box for yes in one office's sheet and crosses it out in another's; read as
    no in confidential_address it would make a shelter's address public: no guess."""
    root = directory_folder(tmp_path / "dirs", [])
    sheet = _workbook(tmp_path, [["Qendra", "shelter", "AL-10", "Shkodër", "", "active", cross, "no"]])
    refused = run(root, "import", "AL", str(sheet), *_AUTHOR)
    assert refused.exit_code == 1
    assert (
        f"row 2, vot_specialised: '{cross}' could mark yes (a box marked with a cross) or no (a box crossed "
        "out) (write yes or no; a tick (✓) is read as yes)"
    ) in refused.stderr
    assert DirectoryStore("AL", root).load().providers == ()


@pytest.mark.parametrize("closed", ["mbyllur", "closed", "fermé", "закрыт"])
def test_a_word_for_closed_alone_is_no_status(tmp_path: Path, closed: str) -> None:
    """Closed for good (inactive) or for a time (temporarily_closed): which is not said."""
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    edited = run(root, "edit", "AL", "al-tir-3c4d", "--set", f"status={closed}", *_AUTHOR)
    assert edited.exit_code == 2
    assert "is not one of active, inactive, temporarily_closed" in edited.stderr


def test_add_and_edit_read_status_words_and_check_marks_as_import_does(tmp_path: Path) -> None:
    root = directory_folder(tmp_path / "dirs", [_LEGAL_DESK])
    edited = run(
        root,
        "edit",
        "AL",
        "al-tir-3c4d",
        "--set",
        "status=fermé temporairement",
        "--set",
        "outreach=✓",
        *_AUTHOR,
    )
    assert edited.exit_code == 0, edited.output
    assert "status: read 'fermé temporairement' as temporarily_closed (translation)" in edited.stderr
    assert "outreach: read '✓' as yes (check mark)" in edited.stderr
    given = ("--name", "Centro", "--category", "medical", "--region", "AL-12", "--status", "inattivo")
    added = run(root, "add", "AL", *given, *_AUTHOR)
    assert added.exit_code == 0, added.output
    assert "status: read 'inattivo' as inactive (translation)" in added.stderr
    stored = {p.id: p for p in DirectoryStore("AL", root).load().providers}
    assert (stored["al-tir-3c4d"].status, stored["al-tir-3c4d"].outreach) == ("temporarily_closed", True)
    assert stored[added.stdout.strip()].status == "inactive"


def test_no_status_word_is_a_code_or_two_statuses() -> None:
    from svcmatch.model import STATUSES
    from svcmatch.tabular import STATUS_WORDS

    assert not set(STATUS_WORDS) & set(STATUSES)
    assert set(STATUS_WORDS.values()) == set(STATUSES)


# --- referral deadlines one way, and where referrals live (finds 10, 21, 28, 8) ----------------


def _referral_cli(root: Path | None, *args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    prefix = ["--directories", str(root)] if root is not None else []
    result = CliRunner().invoke(main, [*prefix, "referral", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_tables_deadline_is_written_as_the_package_writes_it(tmp_path: Path) -> None:
    """'2026-12-08T23:34+00:00' in `referral list`, '2026-12-08 23:34 (UTC+00:00)' in the package."""
    folder = sample_folder(tmp_path, "al")
    prepared = dt.datetime(2026, 12, 7, 23, 34, tzinfo=dt.timezone.utc)
    package = {
        **referral_package(case_ref="AL-2026-0044"),
        "prepared": {"at": prepared.isoformat(timespec="minutes")},
        "referrals": planned(
            "AL-2026-0044", [{"need": "shelter", "provider": {"id": "al-shk-ae62"}}], "normal", prepared
        ),
    }
    ReferralStore(folder / "referrals").open_package(package)
    code, table, _said = _referral_cli(folder, "list", "--today", "2026-12-08")
    assert code == 0
    assert "2026-12-21 23:34 (UTC+00:00)" in table and "T23:34" not in table
    code, csv_text, _said = _referral_cli(folder, "list", "--today", "2026-12-08", "--format", "csv")
    assert "2026-12-21T23:34+00:00" in csv_text  # for scripts and `update --from`, as before
    (referral,) = ReferralStore(folder / "referrals").referrals()
    code, shown, _said = _referral_cli(folder, "show", referral.id, "--today", "2026-12-08")
    assert "deadline 2026-12-21 23:34 (UTC+00:00)" in shown


def test_every_referral_command_says_where_the_referrals_are_kept(tmp_path: Path) -> None:
    """A caseworker who ran `referral list` from another folder was told only 'no referral ...
    here', and thought them lost."""
    folder = sample_folder(tmp_path, "al")
    ReferralStore(folder / "referrals").open_package(referral_package(case_ref="AL-2026-0044"))
    kept = f"note: referrals are kept in {(folder / 'referrals').absolute()}, beside the directory files"
    for args in (("list",), ("stats", "AL"), ("list", "--case-ref", "AL-2026-0045")):
        code, _out, said = _referral_cli(folder, *args, "--today", "2026-12-08")
        assert code == 0
        assert kept in said, args
    _code, _out, said = _referral_cli(folder, "list", "--case-ref", "AL-2026-0045", "--today", "2026-12-08")
    assert f"no referral of case 'AL-2026-0045' in {(folder / 'referrals').absolute()}" in said


def test_a_refused_referral_command_is_one_line(tmp_path: Path) -> None:
    folder = sample_folder(tmp_path, "al")
    code, _out, said = _referral_cli(folder, "show", "ref-000000000000")
    assert code == 2
    assert said.count("\n") == 1 and "kept in" not in said


def test_referral_stats_counts_the_referrals_awaiting_an_answer(tmp_path: Path) -> None:
    """`unanswered 0` for seven referrals nobody had answered read as 'all answered'."""
    folder = sample_folder(tmp_path, "al")
    ReferralStore(folder / "referrals").open_package(referral_package(case_ref="AL-2026-0044"))
    code, out, _said = _referral_cli(folder, "stats", "AL", "--today", "2026-11-25", "--format", "json")
    assert code == 0
    (provider,) = json.loads(out)["providers"]
    assert (provider["sent"], provider["unanswered"], provider["awaiting"]) == (1, 0, 1)
    code, out, _said = _referral_cli(folder, "stats", "AL", "--today", "2026-12-25", "--format", "json")
    (provider,) = json.loads(out)["providers"]
    assert (provider["unanswered"], provider["awaiting"]) == (1, 0)


# --- minor finds: the template, the extras, an export with the shelters' places (13, 18, 37) -----


def test_directory_template_names_init_and_export(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["directory", "template", "AL"])
    assert result.exit_code == 2
    assert "did you mean validate" not in result.stderr
    assert (
        "the template is the export of a new directory: `svcmatch directory init CC`, then `svcmatch "
        "directory export CC -o template.csv`; docs/spreadsheets.md, The template"
    ) in result.stderr


def test_the_extras_are_installed_from_the_svcmatch_folder() -> None:
    from svcmatch.tables import ODS_HINT, XLSX_HINT

    for hint in (XLSX_HINT, ODS_HINT):
        assert "pip install '.[xlsx,ods]'" in hint and "svcmatch[" not in hint


def test_an_export_with_the_shelters_places_says_so(tmp_path: Path) -> None:
    """Without the option the export says what it left out; with it, it said nothing."""
    folder = sample_folder(tmp_path, "al")
    shelters = [p.id for p in DirectoryStore("AL", folder).load().providers if p.confidential_address]
    assert shelters
    out = tmp_path / "conf.csv"
    result = run(folder, "export", "AL", "--include-confidential", "-o", str(out))
    assert result.exit_code == 0
    assert (
        f"warning: {out} holds the addresses, towns and coordinates of {len(shelters)} confidential "
        f"shelter{'s' if len(shelters) > 1 else ''} ({', '.join(shelters[:5])}"
    ) in result.stderr
    assert "never send it to a partner" in result.stderr
    public = run(folder, "export", "AL", "-o", str(tmp_path / "pub.csv"))
    assert "never send it" not in public.stderr
