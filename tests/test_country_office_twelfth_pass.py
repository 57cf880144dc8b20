"""A twelfth country office pass: the months of Nepal's, Myanmar's and Afghanistan's offices
(the Gregorian months in their languages, the Solar Hijri months, the calendars svcmatch does
not convert), a partner's day in another calendar at `referral update`, and the cells of the
template as offices type them. Each test is a problem it found."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import imported_sheet as imported
from helpers import ods_file, ods_text_cell, referral_package, sample_folder, verified_days
from helpers import run_directory as run
from hypothesis import example, given
from hypothesis import strategies as st

from svcmatch.cli import main
from svcmatch.dates import (
    MONTH_WORDS,
    OTHER_CALENDAR_MONTHS,
    OTHER_CALENDAR_NAMES,
    WEEKDAY_WORDS,
    fold_word,
    gregorian_to_solar_hijri,
    solar_hijri_to_gregorian,
)
from svcmatch.errors import InputError
from svcmatch.model import bool_translation, parse_date, refuse_other_digits
from svcmatch.referrals import ReferralStore
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import NO_VALUE_WORDS, coordinate_in_degrees, typed_day

#: An office's directories, in each test's folder (its writes name their author).
_AUTHOR = ("--author", "tester")


# --- the Gregorian months in Nepali, Burmese, Dari and Pashto ----------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "15 मार्च 2026",  # Nepali
        "मार्च 15, 2026",
        "15 မတ် 2026",  # Burmese
        "15 မတ်လ 2026",  # with လ, 'month'
        "15 مارچ 2026",  # Dari and Pashto
        "15 مارس 2026",  # Iran's Persian
        "سه‌شنبه، 17 مارچ 2026",  # a long date: its weekday first, with its zero-width non-joiner
    ],
)
def test_a_gregorian_month_named_in_the_new_offices_languages_is_read(typed: str) -> None:
    """'15 मार्च 2026' was 'not a date', and the fix of '१५ मार्च २०२६' (another script's
    digits: write it in 0-9) sent the office to that very text."""
    day = parse_date(typed, "verified_on")
    assert (day.month, day.year) == (3, 2026)
    assert day.day in (15, 17)


@pytest.mark.parametrize("typed", ["१५ मार्च २०२६", "၁၅ မတ် ၂၀၂၆", "۱۵ مارچ ۲۰۲۶"])
def test_the_fix_of_a_date_in_another_scripts_digits_is_a_date(typed: str) -> None:
    with pytest.raises(InputError) as refused:
        refuse_other_digits(typed, "verified_on")
    written = refused.value.hint.rpartition(": ")[2]
    assert parse_date(written, "verified_on") == dt.date(2026, 3, 15)


def test_a_month_typed_on_an_arabic_keyboard_is_the_persian_keyboards_month() -> None:
    """Arabic's ي and ك, Persian's ی and ک: an Afghan sheet holds either."""
    assert fold_word("جنوري") == fold_word("جنوری")
    assert parse_date("15 جنوري 2026") == parse_date("15 جنوری 2026") == dt.date(2026, 1, 15)
    assert parse_date("15 دسمبر 2025") == dt.date(2025, 12, 15)


def test_a_date_with_a_gregorian_month_of_the_new_languages_is_said_at_import(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    sheet = "name,categories,region,verified_on\nKendra,legal,NP-P3,15 नोभेम्बर 2026\n"
    result = imported(root, tmp_path, "NP", sheet, *_AUTHOR)
    assert result.exit_code == 0, result.output
    assert "verified_on: read '15 नोभेम्बर 2026' as 2026-11-15 (the month's name)" in result.output
    assert verified_days(root, "NP") == {"Kendra": dt.date(2026, 11, 15)}


# --- the months of other calendars ------------------------------------------------------------


def test_no_month_of_another_calendar_is_a_gregorian_month_or_a_weekday() -> None:
    """A word of both tables would be read as whichever came first; a word of two calendars
    would name the wrong one in its refusal."""
    gregorian = {fold_word(w) for months in MONTH_WORDS.values() for m in months for w in m.split()}
    weekdays = {fold_word(w) for days in WEEKDAY_WORDS.values() for d in days for w in d.split()}
    seen: dict[str, tuple[str, int]] = {}
    for calendar, months in OTHER_CALENDAR_MONTHS.items():
        assert len(months) == 12
        for number, words in enumerate(months, start=1):
            for word in words.split():
                folded = fold_word(word)
                assert folded not in gregorian | weekdays, word
                assert seen.setdefault(folded, (calendar, number)) == (calendar, number), word
    assert set(OTHER_CALENDAR_NAMES) == set(OTHER_CALENDAR_MONTHS)


@pytest.mark.parametrize("typed", ["15 حمل 1405", "15 فروردین 1405", "15 Hamal 1405", "15 Farvardin 1405"])
def test_a_solar_hijri_month_is_refused_naming_the_calendar_its_option_and_the_day(typed: str) -> None:
    """'15 حمل 1405' (an Afghan office's day) was 'not a date', the fix the forms to write."""
    with pytest.raises(InputError) as refused:
        parse_date(typed, "verified_on")
    assert str(refused.value) == (
        f"verified_on: {typed!r} names month 1 of the Solar Hijri calendar (2026-04-04 in the Gregorian "
        "calendar) (give --calendar solar-hijri to convert it (import, add, edit, verify, referral "
        "update), or write it as 2026-04-04)"
    )


@pytest.mark.parametrize(
    ("typed", "calendar"),
    [
        ("15 बैशाख 2083", "Nepal's Bikram Sambat calendar"),
        ("15 Baisakh 2083", "Nepal's Bikram Sambat calendar"),
        ("1 বৈশাখ 1433", "the Bengali calendar (Bangabda)"),
        ("1 တန်ခူး 1388", "the Burmese calendar"),
    ],
)
def test_a_month_of_a_calendar_svcmatch_does_not_convert_is_refused_naming_it(
    typed: str, calendar: str
) -> None:
    with pytest.raises(InputError) as refused:
        parse_date(typed, "verified_on")
    assert str(refused.value) == (
        f"verified_on: {typed!r} names a month of {calendar}, which svcmatch does not convert (write the "
        "day in the Gregorian calendar, as YYYY-MM-DD)"
    )
    for other in ("solar-hijri", "ethiopian", "thai"):  # nor under any --calendar
        with pytest.raises(InputError, match="does not convert"):
            typed_day(typed, other, "verified_on")


def test_a_month_of_another_calendar_with_a_two_digit_year_is_refused() -> None:
    with pytest.raises(InputError, match="has a year of 2 digits in the Solar Hijri calendar"):
        typed_day("15 حمل 05", "solar-hijri", "verified_on")


_SOLAR_HIJRI_NAMES = [words.split() for words in OTHER_CALENDAR_MONTHS["solar-hijri"]]


@given(st.dates(dt.date(1921, 3, 21), dt.date(2121, 3, 20)), st.data())
@example(dt.date(2026, 4, 4), None)
def test_every_solar_hijri_month_name_reads_its_day_under_the_option(
    day: dt.date, data: st.DataObject | None
) -> None:
    year, month, date = gregorian_to_solar_hijri(day)
    names = _SOLAR_HIJRI_NAMES[month - 1]
    name = names[0] if data is None else data.draw(st.sampled_from(names))
    typed = f"{date} {name} {year}"
    read, reading = typed_day(typed, "solar-hijri", "verified_on")
    assert read == day == solar_hijri_to_gregorian(year, month, date, "")
    assert reading is not None
    assert reading.sentence() == (
        f"verified_on: read {typed!r} as {day.isoformat()} (the Solar Hijri calendar, --calendar solar-hijri)"
    )


def test_an_afghan_sheet_with_solar_hijri_months_is_read_under_the_option(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    sheet = (
        "name,categories,region,verified_on\nMarkaz,legal,AF-KAB,10 ثور 1405\n"
        "Daftar,legal,AF-KAB,5 Qaws 1405\n"
    )
    refused = imported(root, tmp_path, "AF", sheet, *_AUTHOR)
    assert refused.exit_code == 1
    assert "row 2, verified_on: '10 ثور 1405' names month 2 of the Solar Hijri calendar (2026-04-30" in (
        refused.output
    )
    result = run(root, "import", "AF", str(tmp_path / "sheet.csv"), "--calendar", "solar-hijri", *_AUTHOR)
    assert result.exit_code == 0, result.output
    assert (
        "verified_on: read '5 Qaws 1405' as 2026-11-26 (the Solar Hijri calendar, --calendar solar-hijri)"
        in (result.output)
    )
    assert verified_days(root, "AF") == {"Markaz": dt.date(2026, 4, 30), "Daftar": dt.date(2026, 11, 26)}


def test_a_solar_hijri_month_typed_at_add_is_read_under_the_option(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    imported(root, tmp_path, "AF", "name,categories,region\n", *_AUTHOR)
    args = ["add", "AF", "--name", "Markaz", "--category", "legal", "--region", "AF-KAB", *_AUTHOR]
    refused = run(root, *args, "--verified-on", "10 Sawr 1405")
    assert refused.exit_code != 0
    assert "give --calendar solar-hijri to convert it" in refused.output
    result = run(root, *args, "--verified-on", "10 Sawr 1405", "--calendar", "solar-hijri", *_AUTHOR)
    assert result.exit_code == 0, result.output
    assert "verified_on: read '10 Sawr 1405' as 2026-04-30 (the Solar Hijri calendar" in result.output
    assert verified_days(root, "AF") == {"Markaz": dt.date(2026, 4, 30)}


# --- a partner's day in another calendar at `referral update` ---------------------------------


def _answer(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--directories", str(root), "referral", "update", *args])
    return result.exit_code, result.output


def _referral(tmp_path: Path) -> tuple[Path, str]:
    folder = sample_folder(tmp_path, "al")
    ((referral, _),) = ReferralStore(folder / "referrals").open_package(
        referral_package(prepared="2026-11-20")
    )
    return folder, referral.id


def test_referral_update_reads_a_thai_partners_day_under_the_option(tmp_path: Path) -> None:
    """Without --calendar the day is refused, its Gregorian day the fix; a Thai partner's sheet
    of answers had to be retyped row by row."""
    folder, rid = _referral(tmp_path)
    code, said = _answer(folder, rid, "--status", "accepted", "--date", "22/11/2569", "--today", "2026-12-07")
    assert code == 2
    assert "a year of the Thai Buddhist era (2026-11-22 in the Gregorian calendar)" in said
    code, said = _answer(
        folder,
        rid,
        "--status",
        "accepted",
        "--date",
        "22/11/2569",
        "--calendar",
        "thai",
        "--today",
        "2026-12-07",
    )
    assert code == 0, said
    assert (
        "--date: read '22/11/2569' as 2026-11-22 (the Thai Buddhist era less 543 years, --calendar thai)"
        in said
    )
    stored = ReferralStore(folder / "referrals").get(rid)
    assert (stored.status, stored.updated) == ("accepted", "2026-11-22")


def test_referral_update_from_a_file_reads_its_days_in_the_calendar_given(tmp_path: Path) -> None:
    folder, rid = _referral(tmp_path)
    answers = tmp_path / "answers.csv"
    answers.write_text(f"id,status,reason,date\n{rid},declined,no_capacity,5 Qaws 1405\n", encoding="utf-8")
    code, said = _answer(folder, "--from", str(answers), "--today", "2026-12-07")
    assert code == 2
    assert "names month 9 of the Solar Hijri calendar (2026-11-26 in the Gregorian calendar)" in said
    code, said = _answer(folder, "--from", str(answers), "--calendar", "solar-hijri", "--today", "2026-12-07")
    assert code == 0, said
    assert (
        "row 2, date: read '5 Qaws 1405' as 2026-11-26 (the Solar Hijri calendar, --calendar solar-hijri)"
        in said
    )
    listed = CliRunner().invoke(main, ["--directories", str(folder), "referral", "list", "--format", "json"])
    (item,) = json.loads(listed.stdout)
    assert (item["status"], item["updated"]) == ("declined", "2026-11-26")


# --- a percentage where a number belongs ------------------------------------------------------

_PERCENT_FIX = (
    "is a percentage, where a number belongs (write the number alone, 18; in a sheet whose column "
    "shows percentages, format the column as Number and type its numbers again)"
)


def test_a_percentage_typed_in_a_csv_is_refused_as_one(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    result = imported(
        root, tmp_path, "AL", "name,categories,region,min_age\nQendra,legal,AL-11,18%\n", *_AUTHOR
    )
    assert result.exit_code == 1
    assert f"row 2, min_age: '18%' {_PERCENT_FIX}" in result.output


def test_a_workbooks_percentage_cell_is_refused_as_the_sheet_shows_it(tmp_path: Path) -> None:
    """Excel and LibreOffice keep 18% as 0.18: the refusal named '0.18', a number the office never
    saw, with the fix 'write a number such as 18'."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "categories", "region", "min_age", "notes"])
    sheet.append(["Qendra", "legal", "AL-11", 0.18, 0.5])
    sheet["D2"].number_format = "0%"
    sheet["E2"].number_format = '0.0"%"'  # a percent sign as text: the number as it is
    root = tmp_path / "dirs"
    imported(root, tmp_path, "AL", "name,categories,region\n", *_AUTHOR)
    book.save(tmp_path / "p.xlsx")
    result = run(root, "import", "AL", str(tmp_path / "p.xlsx"), *_AUTHOR)
    assert result.exit_code == 1
    assert f"row 2, min_age: '18%' {_PERCENT_FIX}" in result.output
    sheet["D2"].number_format = "General"
    sheet["D2"].value = 18
    book.save(tmp_path / "p.xlsx")
    result = run(root, "import", "AL", str(tmp_path / "p.xlsx"), *_AUTHOR)
    assert result.exit_code == 0, result.output
    (provider,) = DirectoryStore("AL", root).load().providers
    assert (provider.min_age, provider.notes) == (18, "0.5")


def _cell(kind: str, value: str, shown: str) -> str:
    typed = f'office:value-type="{kind}" office:value="{value}"'
    return f"<table:table-cell {typed}><text:p>{shown}</text:p></table:table-cell>"


def test_an_ods_percentage_cell_is_refused_as_libreoffice_shows_it(tmp_path: Path) -> None:
    """Under a title row, one column in from A (calamine leaves an empty first column out), in a
    row LibreOffice wrote twice as one repeated row: each percentage cell is found."""
    pytest.importorskip("python_calamine")
    percent = _cell("percentage", "0.18", "18%")
    rows = [
        f"<table:table-row><table:table-cell/>{ods_text_cell('Partners')}</table:table-row>",
        "<table:table-row><table:table-cell/>"
        + "".join(ods_text_cell(v) for v in ("name", "categories", "region", "min_age", "max_age"))
        + "</table:table-row>",
        '<table:table-row table:number-rows-repeated="2"><table:table-cell/>'
        + "".join(ods_text_cell(v) for v in ("Qendra", "legal", "AL-11"))
        + _cell("float", "18", "18")
        + percent
        + "</table:table-row>",
    ]
    root = tmp_path / "dirs"
    imported(root, tmp_path, "AL", "name,categories,region\n", *_AUTHOR)
    result = run(root, "import", "AL", str(ods_file(tmp_path / "p.ods", rows)), "--dry-run", *_AUTHOR)
    assert result.exit_code == 1
    assert f"row 3, max_age: '18%' {_PERCENT_FIX}" in result.output
    assert f"row 4, max_age: '18%' {_PERCENT_FIX}" in result.output
    assert "min_age" not in result.output


# --- a word for no value in a column of values --------------------------------------------------


@pytest.mark.parametrize(
    ("column", "cell", "means"),
    [
        ("min_age", "n/a", "no minimum age"),
        ("max_age", "-", "no maximum age"),
        ("verified_on", "—", "never verified"),
        ("latitude", "None", "no point (`directory geocode` fills it from the town)"),
        ("sexes", "N/A", "any sex"),
        ("confidential_address", "-", "no"),
        ("status", "néant", "active"),
    ],
)
def test_a_word_for_no_value_is_refused_naming_the_empty_cell(
    tmp_path: Path, column: str, cell: str, means: str
) -> None:
    """'n/a' in max_age was 'not a whole number (write a number such as 18)': the office was not
    told that an empty cell says it, nor what an empty cell means there."""
    root = tmp_path / "dirs"
    sheet = f"name,categories,region,{column}\nQendra,legal,AL-11,{cell}\nDrita,legal,AL-11,\n"
    result = imported(root, tmp_path, "AL", sheet, "--dry-run", *_AUTHOR)
    assert result.exit_code == 1
    assert (
        f"row 2, {column}: {cell!r} stands for no value, where the column takes a value or an empty cell "
        f"(leave the cell empty if that is meant: empty, {column} means {means})"
    ) in result.output
    assert "row 3" not in result.output


def test_no_word_for_no_value_is_a_value() -> None:
    """'na' is Nauru's language code, 'нет' a no of a yes/no column: neither is refused there."""
    assert "na" not in NO_VALUE_WORDS
    assert [word for word in NO_VALUE_WORDS if bool_translation(word) is not None] == []


def test_referral_update_reads_a_partners_day_in_its_calendar_in_the_order_given(tmp_path: Path) -> None:
    """04/11/2569 under --calendar thai could be 4 November or 11 April: refused naming both, and
    read in the order --date-order gives (it was refused whatever the option said)."""
    folder, rid = _referral(tmp_path)
    thai = ["--status", "accepted", "--calendar", "thai", "--today", "2026-12-07"]
    code, said = _answer(folder, rid, *thai, "--date", "04/11/2569")
    assert code == 2
    assert "--date: '04/11/2569' could be day 4 of month 11 or day 11 of month 4" in said
    code, said = _answer(folder, rid, *thai, "--date", "04/11/2569", "--date-order", "mdy")
    assert code == 2  # 11 April, before the package's day: read in the order given
    assert "2026-04-11 is before the package's day" in said
    code, said = _answer(folder, rid, *thai, "--date", "22/11/2569", "--date-order", "dmy")
    assert code == 0, said
    assert ReferralStore(folder / "referrals").get(rid).updated == "2026-11-22"


# --- coordinates as a map gives them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("latitude", "longitude", "read"),
    [
        ("41°19'39\"N", "19°49'07\"E", (41.3275, 19.818611)),
        ("41° 19.65' N", "19° 49.11666' E", (41.3275, 19.818611)),
        ("N 41°19′39″", "E 19°49′7″", (41.3275, 19.818611)),
        ("41.3275° N", "19.8187°E", (41.3275, 19.8187)),
        ("-41°19'39\"", "19°49'07\"W", (-41.3275, -19.818611)),
    ],
)
def test_a_coordinate_in_degrees_minutes_and_seconds_is_read_and_said(
    latitude: str, longitude: str, read: tuple[float, float]
) -> None:
    """A point copied from a map or a GPS device (41°19'39"N) was 'not a number (write a decimal
    number such as 41.3275)': the office had to work the decimal out."""
    assert (
        coordinate_in_degrees("latitude", latitude),
        coordinate_in_degrees("longitude", longitude),
    ) == read
    assert coordinate_in_degrees("latitude", "41.3275") is None  # a decimal, read as ever


@pytest.mark.parametrize(
    ("column", "cell", "message"),
    [
        ("latitude", "41°19'39\"E", "names the hemisphere E where a latitude takes N or S"),
        ("longitude", "19°49'07\"S", "names the hemisphere S where a longitude takes E or W"),
        ("latitude", "-41°19'39\"S", "has both a minus and the hemisphere S"),
        ("latitude", "41°61'39\"N", "has minutes or seconds of 60 or more"),
        ("latitude", "41.3275, 19.8187", "holds two numbers, a latitude and a longitude"),
    ],
)
def test_a_coordinate_that_cannot_be_right_is_refused(column: str, cell: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        coordinate_in_degrees(column, cell)


def test_a_sheet_of_points_copied_from_a_map_is_imported_and_said(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    sheet = 'name;categories;region;latitude;longitude\nQendra;legal;AL-11;"41°19\'39""N";"19°49\'07""E"\n'
    result = imported(root, tmp_path, "AL", sheet, *_AUTHOR)
    assert result.exit_code == 0, result.output
    assert (
        "latitude: read '41°19\\'39\"N' as 41.3275 (degrees, minutes, seconds and hemisphere)"
        in result.output
    )
    (provider,) = DirectoryStore("AL", root).load().providers
    assert (provider.latitude, provider.longitude) == (41.3275, 19.818611)
    pasted = 'name;categories;region;latitude\nDrita;legal;AL-11;"41.3275, 19.8187"\n'
    refused = run(root, "import", "AL", "-", "--dry-run", *_AUTHOR, input=pasted)
    assert refused.exit_code == 1
    assert (
        "latitude: '41.3275, 19.8187' holds two numbers, a latitude and a longitude (give 41.3275 in "
        "latitude and 19.8187 in longitude)"
    ) in refused.output


# --- a provider no referral can reach -----------------------------------------------------------


def test_validate_warns_of_an_active_provider_no_referral_can_reach(tmp_path: Path) -> None:
    """The README's own `add` line makes a shelter with no phone, e-mail or focal point: `match`
    planned it first, `package` sent its name and town alone, and `validate` said nothing."""
    root = tmp_path / "dirs"
    imported(root, tmp_path, "AL", "name,categories,region\n", *_AUTHOR)
    for name, contact in (("Qendra", ()), ("Drita", ("--phone", "+355 22 000 001")), ("Mbyllur", ())):
        added = run(
            root,
            "add",
            "AL",
            "--name",
            name,
            "--category",
            "shelter",
            "--region",
            "AL-10",
            *contact,
            *_AUTHOR,
        )
        assert added.exit_code == 0, added.output
    ids = {p.name: p.id for p in DirectoryStore("AL", root).load().providers}
    assert run(root, "edit", "AL", ids["Mbyllur"], "--set", "status=inactive", *_AUTHOR).exit_code == 0
    found = run(root, "validate", "AL", "--format", "json")
    warned = [
        f
        for f in json.loads(found.stdout)["findings"]
        if f["message"].startswith("no phone, e-mail or focal point")
    ]
    assert [f["provider"] for f in warned] == [ids["Qendra"]]
    assert warned[0]["fix"] == (
        f"find how to reach it, then svcmatch directory edit AL {ids['Qendra']} --set phone=.. "
        "(or email=.., focal_point=..)"
    )
