"""An eighth country office pass: dates with a month's name or a two-digit year, a totals row
left out when asked, and an HSDS export imported again. Each test is a problem it found."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from helpers import referral_package
from helpers import run_directory as run
from hypothesis import example, given
from hypothesis import strategies as st
from test_country_office_fifth_pass import new_directory
from test_country_office_seventh_pass import stored

from svcmatch.cli import main
from svcmatch.dates import MONTH_WORDS, WEEKDAY_WORDS, fold_word, month_of
from svcmatch.errors import InputError
from svcmatch.hsds import aside
from svcmatch.model import dotted_date_reading, parse_date
from svcmatch.referrals import ReferralStore, read_day, read_month
from svcmatch.storage import DirectoryStore

HSDS_EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "hsds-3.0" / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hsds"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def imported(root: Path, tmp_path: Path, rows: str, *options: str) -> Result:
    """`directory import AL` of a CSV of these rows into a new directory."""
    new_directory(root, "AL")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(rows, encoding="utf-8")
    return run(root, "import", "AL", str(sheet), *options)


def dated(*cells: str) -> str:
    """A sheet of one provider in Tiranë per date cell, each verified on that day."""
    rows = "".join(f'Qendra {n},medical,Tiranë,AL-11,"{cell}"\n' for n, cell in enumerate(cells, start=1))
    return "name,categories,city,region,verified_on\n" + rows


_NAME = "the month's name"
_SHORT = "a two-digit year read as 2000-2029, as spreadsheets read 00-29"


# --- dates with a month's name or a two-digit year ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "day", "how"),
    [
        ("1 March 2026", "2026-03-01", _NAME),
        ("Mar 1, 2026", "2026-03-01", _NAME),
        ("March 1st, 2026", "2026-03-01", _NAME),
        ("1 mars 2026", "2026-03-01", _NAME),
        ("1er févr. 2026", "2026-02-01", _NAME),
        ("1 березня 2026", "2026-03-01", _NAME),
        ("1 березня 2026 р.", "2026-03-01", _NAME),
        ("1 марта 2026 г.", "2026-03-01", _NAME),
        ("5 nëntor 2026", "2026-11-05", _NAME),
        ("1 de marzo de 2026", "2026-03-01", _NAME),
        ("1. März 2026", "2026-03-01", _NAME),
        ("05-Mar-25", "2025-03-05", f"{_NAME}; {_SHORT}"),
        ("01-janv-26", "2026-01-01", f"{_NAME}; {_SHORT}"),
        ("13/3/26", "2026-03-13", _SHORT),
        ("3/13/26", "2026-03-13", _SHORT),
        ("3/13/26 10:30 AM", "2026-03-13", _SHORT),
        ("01.03.26", "2026-03-01", f"dots: day first; {_SHORT}"),
    ],
)
def test_a_month_name_or_a_two_digit_year_is_imported_and_said(
    root: Path, tmp_path: Path, typed: str, day: str, how: str
) -> None:
    """Excel users write `1 March 2026`, `1 березня 2026`, `05-Mar-25` and `13/3/26`: each was
    refused, `not a date (write it as YYYY-MM-DD)`, the whole sheet with it."""
    result = imported(root, tmp_path, dated(typed))
    assert result.exit_code == 0, result.output
    assert f"verified_on: read {typed!r} as {day} ({how})" in result.stderr
    assert stored(root)["Qendra 1"]["verified_on"] == day


def test_a_date_of_two_readings_is_refused_naming_both_as_they_are_written(
    root: Path, tmp_path: Path
) -> None:
    """`1/3/26` was refused with `write it as YYYY-MM-DD`: the fix now gives the two days."""
    result = imported(root, tmp_path, dated("1/3/26"))
    assert (
        "row 2, verified_on: '1/3/26' could be day 1 of month 3 or day 3 of month 1 (write the one meant as "
        "YYYY-MM-DD: 2026-01-03 or 2026-03-01, or give --date-order dmy (day first) or mdy (month first))"
    ) in result.stderr
    with pytest.raises(InputError) as refused:
        parse_date("03/12/2026", "--on")
    assert refused.value.hint == "write the one meant as YYYY-MM-DD: 2026-03-12 or 2026-12-03"
    with pytest.raises(InputError) as refused:
        read_day("06/11/2026", "--date")
    assert refused.value.hint == "write the one meant as YYYY-MM-DD: 2026-06-11 or 2026-11-06"


def test_a_two_digit_year_takes_the_order_its_column_shows(root: Path, tmp_path: Path) -> None:
    """`1/3/26` is read in the order `25/3/26` shows, as a four-digit year's date is, and said."""
    result = imported(root, tmp_path, dated("25/3/26", "1/3/26"))
    assert result.exit_code == 0, result.output
    assert "as row 2 (25/3/26) shows: 1/3/26 (row 3) is 2026-03-01" in result.stderr
    assert f"verified_on: read '1/3/26' as 2026-03-01 ({_SHORT})" in result.stderr
    assert stored(root)["Qendra 2"]["verified_on"] == "2026-03-01"


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("1/3/26", "'1/3/26' could be day 1 of month 3 or day 3 of month 1"),
        ("1/3/95", "'1/3/95' has a two-digit year, which spreadsheets read as 1995 (write the year in full"),
        ("5-Mar-95", "'5-Mar-95' has a two-digit year, which spreadsheets read as 1995"),
        ("March 2026", "'March 2026' is not a date (write it as YYYY-MM-DD, e.g. 2026-03-01, or with the "
         "month's name, 1 March 2026)"),
        ("1 Marsch 2026", "'1 Marsch 2026' is not a date (write it as YYYY-MM-DD"),
        ("31 February 2026", "'31 February 2026' is not a real date"),
    ],
)  # fmt: skip
def test_a_date_without_one_reading_is_refused_with_the_forms(
    root: Path, tmp_path: Path, typed: str, error: str
) -> None:
    result = imported(root, tmp_path, dated(typed))
    assert result.exit_code == 1
    assert f"row 2, verified_on: {error}" in result.stderr
    assert stored(root) == {}


def test_a_date_of_no_real_day_is_refused_without_a_reading(root: Path, tmp_path: Path) -> None:
    """`13/3/26` with --date-order mdy was said as read, `read '13/3/26' as 2026-13-03`, then
    refused as no real date."""
    result = imported(root, tmp_path, dated("13/3/26", "2026-2-30"), "--date-order", "mdy")
    assert result.exit_code == 1
    assert "row 2, verified_on: '13/3/26' is not a real date" in result.stderr
    assert "row 3, verified_on: '2026-2-30' is not a real date" in result.stderr
    assert "read '13/3/26'" not in result.stderr and "read '2026-2-30'" not in result.stderr


def test_a_two_digit_year_of_the_last_century_refuses_its_row_alone(root: Path, tmp_path: Path) -> None:
    """`1/3/95` in a column whose order `13/3/26` shows stopped the import with an error
    naming no row (exit 2), where it is a problem of its row."""
    result = imported(root, tmp_path, dated("13/3/26", "1/3/95"), "--skip-invalid")
    assert result.exit_code == 1
    assert "row 3, verified_on: '1/3/95' has a two-digit year" in result.stderr
    assert list(stored(root)) == ["Qendra 1"]


def test_add_edit_verify_and_today_read_and_say_them(root: Path) -> None:
    new_directory(root, "AL")
    added = run(root, "add", "AL", "--name", "Qendra", "--category", "legal", "--city", "Tiranë", "--region",
                "AL-11", "--verified-on", "1 березня 2026")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert f"verified_on: read '1 березня 2026' as 2026-03-01 ({_NAME})" in added.stderr
    record_id = added.stdout.strip()
    edited = run(root, "edit", "AL", record_id, "--set", "capacity_updated=2 mars 2026")
    assert edited.exit_code == 0, edited.output
    assert f"capacity_updated: read '2 mars 2026' as 2026-03-02 ({_NAME})" in edited.stderr
    verified = run(root, "verify", "AL", record_id, "--on", "Mar 5, 2026")
    assert verified.exit_code == 0, verified.output
    assert f"--on: read 'Mar 5, 2026' as 2026-03-05 ({_NAME})" in verified.stderr
    assert stored(root)["Qendra"]["verified_on"] == "2026-03-05"
    stale = run(root, "stale", "AL", "--today", "1/12/26")
    assert stale.exit_code == 2
    assert "--today: '1/12/26' could be day 1 of month 12 or day 12 of month 1" in stale.stderr
    stale = run(root, "stale", "AL", "--today", "1 December 2026")
    assert stale.exit_code == 0, stale.output
    assert f"--today: read '1 December 2026' as 2026-12-01 ({_NAME})" in stale.stderr


@pytest.mark.parametrize(
    ("typed", "day"), [("13-03-2026", dt.date(2026, 3, 13)), ("3-13-2026", dt.date(2026, 3, 13))]
)
def test_a_day_and_month_with_hyphens_are_read_at_every_door_as_import_reads_them(
    typed: str, day: dt.date
) -> None:
    """Import read `13-03-2026` (the one order its numbers allow); `add`, `edit`, `verify --on`,
    `--today` and `referral update --date` refused it as no date, while they read `13-3-26`."""
    assert parse_date(typed) == day
    assert read_day(typed, "--date")[0] == day
    with pytest.raises(InputError, match="could be day 3 of month 4 or day 4 of month 3"):
        parse_date("03-04-2026")


def test_a_referral_date_and_month_read_the_names_too(tmp_path: Path) -> None:
    folder = tmp_path / "dirs"
    folder.mkdir()
    shutil.copy(ROOT / "directories" / "al.json", folder / "al.json")
    ((referral, _),) = ReferralStore(folder / "referrals").open_package(referral_package())
    result = CliRunner().invoke(
        main,
        ["--directories", str(folder), "referral", "update", str(referral.id), "--status", "accepted",
         "--date", "21 Nov 2026", "--today", "2026-11-25"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"--date: read '21 Nov 2026' as 2026-11-21 ({_NAME})" in result.stderr
    assert read_month("листопад 2026") == ("2026-11", "--month: read 'листопад 2026' as 2026-11")
    assert read_month("novembre 2026")[0] == "2026-11"
    assert read_day("03.11.26", "--date")[0] == dt.date(2026, 11, 3)
    with pytest.raises(InputError, match="could be day 3 of month 11 or day 11 of month 3"):
        read_day("3/11/26", "--date")


def _meanings(table: dict[str, tuple[str, ...]], count: int) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for names in table.values():
        assert len(names) == count
        for number, words in enumerate(names, start=1):
            for word in words.split():
                found.setdefault(fold_word(word), set()).add(number)
    return found


def test_no_month_or_weekday_word_names_two() -> None:
    """A word of two languages ('mars', 'mai', 'maj', 'sept', 'dez', 'sábado') names the same
    month or day in each, and no word is both a month and a day: a word naming two would be read
    as whichever language came first."""
    months, weekdays = _meanings(MONTH_WORDS, 12), _meanings(WEEKDAY_WORDS, 7)
    assert {word: found for word, found in months.items() if len(found) > 1} == {}
    assert {word: found for word, found in weekdays.items() if len(found) > 1} == {}
    assert set(months) & set(weekdays) == set()


@pytest.mark.parametrize(
    "typed",
    [
        "Monday, March 2, 2026",
        "lundi 2 mars 2026",
        "Montag, 2. März 2026",
        "e hënë, 2 mars 2026",
        "понеділок, 2 березня 2026 р.",
        "lunes, 2 de marzo de 2026",
        "segunda-feira, 2 de março de 2026",
        "الاثنين، 2 مارس 2026",
    ],
)
def test_a_spreadsheets_long_date_is_read_with_its_weekday(typed: str) -> None:
    """Excel's long date format begins with the day of the week in most languages: a CSV saved
    from such a column was refused, not a date."""
    assert parse_date(typed) == dt.date(2026, 3, 2)
    assert dotted_date_reading(typed, "verified_on") == f"verified_on: read {typed!r} as 2026-03-02 ({_NAME})"


def test_a_long_date_whose_weekday_is_another_is_refused() -> None:
    with pytest.raises(InputError) as refused:
        parse_date("Tuesday, March 2, 2026", "verified_on")
    assert str(refused.value) == (
        "verified_on: 'Tuesday, March 2, 2026' names a Tuesday, but 2026-03-02 is a Monday (check which "
        "of the two is right, and write the date as YYYY-MM-DD)"
    )


_FORMS = ["{d} {name} {y}", "{name} {d}, {y}", "{d}-{name}-{yy}", "{d}. {name} {y}", "{d} {name}. {y}"]


@given(
    st.dates(dt.date(2000, 1, 1), dt.date(2029, 12, 31)),
    st.sampled_from(sorted(MONTH_WORDS)),
    st.sampled_from(_FORMS),
    st.data(),
)
@example(dt.date(2026, 3, 1), "uk", "{d} {name} {y}", None)
def test_every_name_of_a_month_reads_back_its_date_and_says_it(
    day: dt.date, language: str, form: str, data: Any
) -> None:
    words = MONTH_WORDS[language][day.month - 1].split()
    name = words[0] if data is None else data.draw(st.sampled_from(words))
    text = form.format(d=day.day, name=name, y=day.year, yy=f"{day.year % 100:02d}")
    if data is not None and data.draw(st.booleans()):  # a long date: its weekday first
        weekday = data.draw(st.sampled_from(WEEKDAY_WORDS[language][day.weekday()].split()))
        text = f"{weekday}, {text}"
    assert month_of(name) == day.month
    assert parse_date(text) == day
    said = dotted_date_reading(text, "verified_on")
    assert said is not None
    assert said.startswith(f"verified_on: read {text!r} as {day.isoformat()} (the month's")


# --- a totals row, left out when asked ---------------------------------------------------------

_TOTALS_SHEET = (
    "name;categories;region;capacity_available\nStrehëza A;shelter;AL-11;3\nStrehëza B;shelter;AL-11;4\n"
    "Total;;;7\n"
)


def test_a_totals_row_is_refused_naming_the_option_that_leaves_it_out(root: Path, tmp_path: Path) -> None:
    result = imported(root, tmp_path, _TOTALS_SHEET)
    assert result.exit_code == 1
    assert (
        "row 4, name: 'Total' with nothing but capacity_available looks like a totals row, not a provider "
        "(delete the row from the sheet, or import with --skip-totals to leave it out)"
    ) in result.stderr
    assert stored(root) == {}


def test_skip_totals_leaves_the_totals_row_out_and_says_so(root: Path, tmp_path: Path) -> None:
    """An office whose sheet sums its places on its last row deleted that row before each
    import: the import was refused for it, every month."""
    result = imported(root, tmp_path, _TOTALS_SHEET, "--skip-totals")
    assert result.exit_code == 0, result.output
    assert "row 4: 'Total' with nothing but capacity_available looks like a totals row, left out (--skip" in (
        result.stderr
    )
    assert sorted(stored(root)) == ["Strehëza A", "Strehëza B"]


def test_skip_totals_leaves_only_totals_rows_out(root: Path, tmp_path: Path) -> None:
    result = imported(root, tmp_path, _TOTALS_SHEET + "Qendra;;AL-11;\n", "--skip-totals")
    assert result.exit_code == 1
    assert "row 5, categories: no need category" in result.stderr
    assert stored(root) == {}


def test_skip_totals_is_refused_with_hsds(root: Path) -> None:
    new_directory(root, "AL")
    result = run(root, "import", "AL", str(FIXTURES / "al_package"), "--format", "hsds", "--skip-totals")
    assert result.exit_code == 2
    assert "--skip-totals applies to tables, not HSDS (leave it out)" in result.stderr


# --- an HSDS export imported again -------------------------------------------------------------


def _unusable(root: Path) -> list[Any]:
    (provider,) = DirectoryStore("AL", root).load().providers
    return list(aside.unpack(provider.extra)["unusable"])


@pytest.mark.parametrize(("form", "name"), [("hsds-json", "export.json"), ("hsds-csv", "export")])
def test_an_export_imported_again_keeps_the_values_set_aside_it_could_not_write(
    root: Path, tmp_path: Path, form: str, name: str
) -> None:
    """HSDS's example sets aside a latitude of 100 and its longitude, which export does not write
    back: the first re-import of the export dropped them (an update, a new revision), and its dry
    run showed the list before and after cut alike."""
    if not HSDS_EXAMPLES.is_dir():
        pytest.skip("the HSDS 3.0 examples are not here")
    new_directory(root, "AL")
    assert run(root, "import", "AL", str(HSDS_EXAMPLES / "service_full.json"), "-f", "hsds").exit_code == 0
    before = _unusable(root)
    assert any(item["field"].endswith("location.latitude") for item in before)
    first = tmp_path / name
    assert run(root, "export", "AL", "--format", form, "-o", str(first)).exit_code == 0
    again = run(root, "import", "AL", str(first), "--format", "hsds")
    assert again.exit_code == 0, again.output
    assert _unusable(root) == before


def test_a_dry_run_names_each_value_set_aside_that_a_feed_drops(root: Path, tmp_path: Path) -> None:
    """A feed from elsewhere that corrects the latitude drops two values set aside: the dry run
    showed the list of 12 before and of 10 after, both cut to the same 80 characters."""
    if not HSDS_EXAMPLES.is_dir():
        pytest.skip("the HSDS 3.0 examples are not here")
    import json

    new_directory(root, "AL")
    assert run(root, "import", "AL", str(HSDS_EXAMPLES / "service_full.json"), "-f", "hsds").exit_code == 0
    record = json.loads((HSDS_EXAMPLES / "service_full.json").read_text(encoding="utf-8"))
    location = record["service_at_locations"][0]["location"]
    location["latitude"], location["longitude"] = 41.33, 19.82
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(record), encoding="utf-8")
    result = run(root, "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    lines = [line for line in result.stdout.splitlines() if "unusable" in line]
    assert len(lines) == 2, result.stdout
    assert "-> (none)" in lines[0] and '"field": "service_at_locations.0.location.latitude"' in lines[0]
    assert '"field": "service_at_locations.0.location.longitude"' in lines[1]


def test_a_confidential_shelters_place_change_log_stays_withheld_after_a_backup_round_trip(
    root: Path, tmp_path: Path
) -> None:
    """HSDS's example logs a change of its location's name ('MyCity Civic Center') under the
    service. Export wrote it as the service's (resource_type 'service'), so an export with
    --include-confidential imported again (an office's backup) filed it with the public
    material: the next export, without --include-confidential, gave the shelter's old and new
    place names."""
    if not HSDS_EXAMPLES.is_dir():
        pytest.skip("the HSDS 3.0 examples are not here")
    new_directory(root, "AL")
    assert run(root, "import", "AL", str(HSDS_EXAMPLES / "service_full.json"), "-f", "hsds").exit_code == 0
    (provider,) = DirectoryStore("AL", root).load().providers
    given = ("confidential_address=yes", "region=AL-11", "city=Tiranë", "categories=shelter")
    edited = run(root, "edit", "AL", provider.id, *(part for value in given for part in ("--set", value)))
    assert edited.exit_code == 0, edited.output
    backup = tmp_path / "backup.json"
    assert (
        run(root, "export", "AL", "-f", "hsds-json", "-o", str(backup), "--include-confidential").exit_code
        == 0
    )
    assert "Civic Center" in backup.read_text(encoding="utf-8")
    assert run(root, "import", "AL", str(backup), "-f", "hsds").exit_code == 0
    for form, name in (("hsds-json", "shared.json"), ("hsds-csv", "shared")):
        shared = tmp_path / name
        assert run(root, "export", "AL", "-f", form, "-o", str(shared)).exit_code == 0
        files = [shared] if shared.is_file() else sorted(shared.iterdir())
        assert not [f.name for f in files if "Civic Center" in f.read_text(encoding="utf-8")]


def test_a_json_export_imported_again_changes_only_what_export_corrects(root: Path, tmp_path: Path) -> None:
    """The first re-import of svcmatch's JSON export of HSDS's example also dropped the
    organization's other location's latitude of 100 and its longitude (export leaves out a point
    off the earth) and moved the location's change log to the public material; what remains is
    what export writes otherwise on purpose: the attribute's `link_entity` ('link_entity' in the
    example) as the service it hangs under, and its term's taxonomy id."""
    if not HSDS_EXAMPLES.is_dir():
        pytest.skip("the HSDS 3.0 examples are not here")
    new_directory(root, "AL")
    assert run(root, "import", "AL", str(HSDS_EXAMPLES / "service_full.json"), "-f", "hsds").exit_code == 0
    first = tmp_path / "first.json"
    assert run(root, "export", "AL", "-f", "hsds-json", "-o", str(first)).exit_code == 0
    dry = run(root, "import", "AL", str(first), "-f", "hsds", "--dry-run")
    changed = [line.split(": ")[0].rsplit(" ", 1)[-1] for line in dry.stdout.splitlines()]
    assert changed == ["record.attributes.0.link_entity", "record.attributes.0.taxonomy_term.taxonomy_id"]
    assert run(root, "import", "AL", str(first), "-f", "hsds").exit_code == 0
    second = tmp_path / "second.json"
    assert run(root, "export", "AL", "-f", "hsds-json", "-o", str(second)).exit_code == 0
    again = run(root, "import", "AL", str(second), "-f", "hsds")
    assert "0 added, 0 updated, 1 unchanged" in again.stderr


# --- a workbook's hidden rows and columns ------------------------------------------------------


def test_hidden_rows_and_columns_of_a_workbook_are_said(root: Path, tmp_path: Path) -> None:
    """An office hides the rows of closed providers and an old column: the import read them as
    any other without a word, though they are not on the screen."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "categories", "city", "region", "phone", "notes"])
    for letter in "ABC":
        sheet.append(
            [f"Qendra {letter}", "legal", "Tiranë", "AL-11", f"+355 4 222 33{ord(letter) % 10}", "x"]
        )
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["F"].hidden = True
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    new_directory(root, "AL")
    result = run(root, "import", "AL", str(path))
    assert result.exit_code == 0, result.output
    assert "row 3 and column F (notes) hidden in the sheet, read as the others (unhide them" in result.stderr
    assert len(stored(root)) == 3
    sheet.row_dimensions[3].hidden = False
    sheet.column_dimensions["F"].hidden = False
    book.save(path)
    shown = run(root, "import", "AL", str(path), "--dry-run")
    assert "hidden in the sheet" not in shown.stderr


def test_a_value_deleted_from_the_json_export_by_hand_stays_deleted(root: Path, tmp_path: Path) -> None:
    """What a re-import of svcmatch's own JSON export keeps of the stored material is what export
    leaves out (a point off the earth), never a value the office deleted from the file."""
    if not HSDS_EXAMPLES.is_dir():
        pytest.skip("the HSDS 3.0 examples are not here")
    import json

    new_directory(root, "AL")
    assert run(root, "import", "AL", str(HSDS_EXAMPLES / "service_full.json"), "-f", "hsds").exit_code == 0
    exported = tmp_path / "export.json"
    assert run(root, "export", "AL", "-f", "hsds-json", "-o", str(exported)).exit_code == 0
    (service,) = json.loads(exported.read_text(encoding="utf-8"))
    assert service.pop("wait_time")
    exported.write_text(json.dumps([service]), encoding="utf-8")
    assert run(root, "import", "AL", str(exported), "-f", "hsds").exit_code == 0
    (provider,) = DirectoryStore("AL", root).load().providers
    kept = aside.unpack(provider.extra)["record"]
    assert "wait_time" not in kept
    assert kept["organization"]["locations"][0]["latitude"] == 100
