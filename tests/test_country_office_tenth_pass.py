"""A tenth country office pass: offices of countries not tried before (Ethiopia's calendar,
Thailand's Buddhist era, Indonesia, Nigeria, Uzbekistan, Bangladesh) keeping their directories in
spreadsheets. Each test is a problem it found."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import Result
from helpers import directory_folder
from helpers import run_directory as run
from hypothesis import example, given
from hypothesis import strategies as st

from svcmatch.dates import ethiopian_to_gregorian, gregorian_to_ethiopian
from svcmatch.errors import InputError
from svcmatch.hsds import services_json, stream_hsds_json
from svcmatch.languages import language_codes
from svcmatch.model import Directory, DirectoryInfo, parse_date, provider_from_record
from svcmatch.render import json_safe
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import read_bytes


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def imported(root: Path, tmp_path: Path, country: str, sheet: str, *options: str) -> Result:
    """`directory import COUNTRY` of a CSV sheet, into a directory made empty first."""
    directory_folder(root, [], country=country)
    path = tmp_path / "sheet.csv"
    path.write_text(sheet, encoding="utf-8")
    return run(root, "import", country, str(path), *options)


# --- the Ethiopian calendar ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ethiopian", "gregorian"),
    [
        ((2019, 1, 1), dt.date(2026, 9, 11)),  # Meskerem 1, 2019: the new year
        ((2019, 3, 15), dt.date(2026, 11, 24)),
        ((2016, 4, 28), dt.date(2024, 1, 7)),  # Genna in a year after a leap year
        ((2015, 13, 6), dt.date(2023, 9, 11)),  # the sixth day of Pagume, 2015 a leap year
        ((2016, 1, 1), dt.date(2023, 9, 12)),
        ((2018, 13, 5), dt.date(2026, 9, 10)),
    ],
)
def test_days_of_the_ethiopian_calendar_are_their_gregorian_days(
    ethiopian: tuple[int, int, int], gregorian: dt.date
) -> None:
    assert ethiopian_to_gregorian(*ethiopian, "d") == gregorian
    assert gregorian_to_ethiopian(gregorian) == ethiopian


@given(st.dates(dt.date(1000, 1, 1), dt.date(3000, 12, 31)))
@example(dt.date(2027, 9, 11))
def test_every_day_goes_to_the_ethiopian_calendar_and_back(day: dt.date) -> None:
    assert ethiopian_to_gregorian(*gregorian_to_ethiopian(day), "d") == day


@pytest.mark.parametrize("day", [(2018, 13, 6), (2019, 14, 1), (2019, 2, 31), (2019, 0, 3)])
def test_no_day_of_the_ethiopian_calendar_is_refused(day: tuple[int, int, int]) -> None:
    with pytest.raises(InputError, match="is no day of the Ethiopian calendar"):
        ethiopian_to_gregorian(*day, "verified_on: 'x'")


_ETHIOPIAN_SHEET = (
    "name,categories,city,region,verified_on,capacity_available,capacity_updated\n"
    "Hope Shelter,shelter,Adama,ET-OR,15/03/2019,2,20/03/2019\n"
    "Good Clinic,medical,Addis Ababa,ET-AA,30/02/2018,,\n"
    "Legal Aid,legal,Bahir Dar,ET-AM,05/13/2018,,\n"
)


def test_an_ethiopian_sheet_is_converted_with_calendar_ethiopian_and_said(root: Path, tmp_path: Path) -> None:
    """`15/03/2019` in an Ethiopian office's sheet was read as 15 March 2019: the record showed as
    verified years ago; `30/02/2018` (a day of Tir) and `05/13/2018` (of Pagume) were refused."""
    result = imported(root, tmp_path, "ET", _ETHIOPIAN_SHEET, "--calendar", "ethiopian")
    assert result.exit_code == 0, result.output
    days = {p.name: (p.verified_on, p.capacity_updated) for p in DirectoryStore("ET", root).load().providers}
    assert days == {
        "Hope Shelter": (dt.date(2026, 11, 24), dt.date(2026, 11, 29)),
        "Good Clinic": (dt.date(2025, 11, 9), None),
        "Legal Aid": (dt.date(2026, 9, 10), None),
    }
    assert (
        "note: verified_on: read '15/03/2019' as 2026-11-24 (the Ethiopian calendar, --calendar ethiopian)"
        in result.stderr
    )
    assert "05/13/2018 (row 4) is day 5 of month 13" in result.stderr


def test_an_ethiopian_date_with_a_gregorian_months_name_is_refused(root: Path, tmp_path: Path) -> None:
    sheet = "name,categories,city,region,verified_on\nHope Shelter,shelter,Adama,ET-OR,1 March 2019\n"
    result = imported(root, tmp_path, "ET", sheet, "--calendar", "ethiopian")
    assert result.exit_code == 1
    assert "'1 March 2019' names a month of the Gregorian calendar" in result.stderr


def test_an_ethiopian_day_and_month_that_swap_are_refused_naming_both(root: Path, tmp_path: Path) -> None:
    """'13/05/2018' is the 13th of Tir, or written month first the 5th of Pagume: the Gregorian
    rule (no month 13) would have taken the first without a word."""
    sheet = "name,categories,city,region,verified_on\nHope Shelter,shelter,Adama,ET-OR,13/05/2018\n"
    result = imported(root, tmp_path, "ET", sheet, "--calendar", "ethiopian")
    assert result.exit_code == 1
    assert "'13/05/2018' could be day 13 of month 5 or day 5 of month 13" in result.stderr
    assert "--date-order dmy" in result.stderr


def _sheet_of(*days: str) -> bytes:
    rows = "".join(f"Clinic {n},medical,Adama,ET-OR,{day}\n" for n, day in enumerate(days))
    return ("name,categories,city,region,verified_on\n" + rows).encode()


def test_an_ethiopian_sheet_read_as_gregorian_is_warned_of_naming_the_option() -> None:
    today = dt.date(2026, 12, 7)  # 28 Hidar 2019 in the Ethiopian calendar
    result = read_bytes(_sheet_of("15/03/2019", "28/12/2018"), "ET", name="s.csv", today=today)
    assert result.errors == []
    (warning,) = [p.describe() for p in result.problems if p.severity == "warning"]
    assert warning == (
        "read as Gregorian, every date of the file is 7 or more years old and none is after 2019, "
        "the year the Ethiopian calendar counts now: if they are Ethiopian dates, 2019-03-15 (day 15 "
        "of month 3) is 2026-11-24 (import again with --calendar ethiopian to convert them)"
    )


@pytest.mark.parametrize(
    ("country", "days"),
    [("ET", ("15/03/2019", "01/11/2026")), ("ET", ("15/03/2015",)), ("AL", ("15/03/2019",))],
)
def test_no_warning_where_the_dates_are_not_all_ethiopian(country: str, days: tuple[str, ...]) -> None:
    result = read_bytes(_sheet_of(*days), country, name="s.csv", today=dt.date(2026, 12, 7))
    assert [p for p in result.problems if p.severity == "warning"] == []


def test_calendar_is_refused_for_hsds(root: Path, tmp_path: Path) -> None:
    directory_folder(root, [], country="ET")
    (tmp_path / "feed").mkdir()
    result = run(root, "import", "ET", str(tmp_path / "feed"), "--calendar", "ethiopian")
    assert result.exit_code != 0
    assert "--calendar applies to tables, not HSDS" in result.stderr


# --- Thailand's Buddhist era and month names ---------------------------------------------------

_THAI_SHEET = (
    "name,categories,city,region,verified_on\n"
    "Baan Kredtrakarn,shelter,Bangkok,TH-10,15/11/2569\n"
    "Foundation for Women,medical,Bangkok,TH-10,1 ธันวาคม 2569\n"
    "Mirror Foundation,legal,Chiang Rai,TH-57,15 พ.ย. 2569\n"
)


def test_a_year_of_the_buddhist_era_is_refused_naming_calendar_thai(root: Path, tmp_path: Path) -> None:
    """A Thai office writes 2569 for 2026: it was 'a date in the future (set verified_on=<today>)',
    a fix that throws the day away, and '1 ธันวาคม 2569' was no date at all."""
    result = imported(root, tmp_path, "TH", _THAI_SHEET)
    assert result.exit_code == 1
    assert (
        "row 2, verified_on: '15/11/2569' is of the year 2569, a year of the Thai Buddhist era (2026 in the "
        "Gregorian calendar) (import with --calendar thai to convert the file's dates, or write it as "
        "2026-11-15)"
    ) in result.stderr
    assert "row 3, verified_on: '1 ธันวาคม 2569' is of the year 2569" in result.stderr
    assert "read '1 ธันวาคม 2569'" not in result.stderr  # nothing said as read of a refused cell


def test_a_thai_sheet_is_converted_with_calendar_thai_and_said(root: Path, tmp_path: Path) -> None:
    result = imported(root, tmp_path, "TH", _THAI_SHEET, "--calendar", "thai")
    assert result.exit_code == 0, result.output
    days = sorted(p.verified_on for p in DirectoryStore("TH", root).load().providers if p.verified_on)
    assert days == [dt.date(2026, 11, 15), dt.date(2026, 11, 15), dt.date(2026, 12, 1)]
    assert (
        "verified_on: read '15 พ.ย. 2569' as 2026-11-15 (the Thai Buddhist era less 543 years, "
        "--calendar thai)" in result.stderr
    )


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("1 ธันวาคม 2026", dt.date(2026, 12, 1)),
        ("15 พ.ย. 2026", dt.date(2026, 11, 15)),
        ("5 Desember 2026", dt.date(2026, 12, 5)),  # Indonesian
        ("Senin, 7 Desember 2026", dt.date(2026, 12, 7)),
        ("17 Agustus 2026", dt.date(2026, 8, 17)),
        ("5 Disamba 2026", dt.date(2026, 12, 5)),  # Hausa
        ("5 dekabr 2026", dt.date(2026, 12, 5)),  # Uzbek
        ("5 декабр 2026", dt.date(2026, 12, 5)),
        ("৫ ডিসেম্বর ২০২৬".translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")), dt.date(2026, 12, 5)),
        ("সোমবার, 7 ডিসেম্বর 2026", dt.date(2026, 12, 7)),  # Bengali
    ],
)
def test_month_names_of_the_new_offices_are_read(typed: str, day: dt.date) -> None:
    assert parse_date(typed) == day


# --- the hsds-json export, written a service at a time ------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 3])
@pytest.mark.parametrize("include", [False, True])
def test_hsds_json_written_a_service_at_a_time_is_the_whole_lists_text(count: int, include: bool) -> None:
    """The export of 5,000 services held them all and then their 115 MiB of text at once (1 GB of
    memory); written a service at a time it must stay the text of the list written whole."""
    providers = [
        provider_from_record(
            {
                "id": f"al-tir-{n:04d}",
                "name": f"Qendra {n} \u202e‮ «Shpresa»",  # a bidi control, escaped by json_safe
                "categories": ["shelter", "legal"][: n % 2 + 1],
                "city": "Tiranë",
                "region": "AL-11",
                "latitude": 41.3275,
                "longitude": 19.8187,
                "address": "Rruga e Kavajës 1",
                "confidential_address": n == 1,
                "notes": "line one\nline two",
                "verified_on": "2026-11-01",
            }
        )
        for n in range(count)
    ]
    directory = Directory(DirectoryInfo("AL"), tuple(providers))
    records, messages = services_json(directory, include_confidential=include)
    pieces: list[str] = []
    said: list[str] = []
    stream_hsds_json(directory, pieces.append, said.append, include_confidential=include)
    assert len(pieces) == count + 1
    assert "".join(pieces) == json_safe(json.dumps(records, ensure_ascii=False, indent=2)) + "\n"
    assert said == [*messages, f"wrote {count} HSDS service record(s) to standard output"]


# --- the new offices' words: headers, yes and no, languages ----------------------------------


@pytest.mark.parametrize(
    ("country", "header", "meant"),
    [
        ("ID", "Kota", "city"),
        ("ID", "Bahasa", "languages"),
        ("ID", "Tanggal verifikasi", "verified_on"),
        ("ID", "Provinsi", "region"),
        ("TH", "ชื่อ", "name"),
        ("TH", "ประเภทบริการ", "categories"),
        ("TH", "จังหวัด", "region"),
        ("TH", "วันที่ตรวจสอบ", "verified_on"),
        ("NG", "Lambar waya", "phone"),
        ("UZ", "Viloyat", "region"),
        ("UZ", "Tillar", "languages"),
        ("UZ", "Наименование", "name"),
        ("BD", "নাম", "name"),
        ("BD", "জেলা", "region"),
        ("BD", "ভাষা", "languages"),
    ],
)
def test_a_header_in_the_new_offices_languages_names_the_column_meant(
    root: Path, tmp_path: Path, country: str, header: str, meant: str
) -> None:
    """An Indonesian office's `Kota`, `Bahasa`, `Tanggal verifikasi` and a Thai one's `ชื่อ` were
    unknown columns with no column named: the office was left to guess from the docs."""
    result = imported(root, tmp_path, country, f"name,{header}\nA,x\n")
    assert result.exit_code == 1
    assert f"unknown column {header!r} (did you mean {meant}? rename it" in result.stderr


_YES_NO_SHEET = (
    "name,categories,city,region,accompanying_children,vot_specialised,disability_access\n"
    "Rumah Aman,shelter,Surabaya,ID-JI,ya,tidak,benar\n"
    "Baan,shelter,Surabaya,ID-JI,ใช่,ไม่,ไม่ใช่\n"
    "Gida,shelter,Surabaya,ID-JI,na'am,a'a,ha\n"
    "Uy,shelter,Surabaya,ID-JI,yo‘q,হ্যাঁ,না\n"
)


def test_yes_and_no_in_the_new_offices_languages_are_read_and_said(root: Path, tmp_path: Path) -> None:
    """An Indonesian sheet's `ya` and `tidak` were refused, `is not yes or no`."""
    result = imported(root, tmp_path, "ID", _YES_NO_SHEET, "--allow-duplicates")
    assert result.exit_code == 0, result.output
    read = {
        p.name: (p.accompanying_children, p.vot_specialised, p.disability_access)
        for p in DirectoryStore("ID", root).load().providers
    }
    assert read == {
        "Rumah Aman": (True, False, True),
        "Baan": (True, False, False),
        "Gida": (True, False, True),
        "Uy": (False, True, False),
    }
    assert "note: accompanying_children: read 'ya' as yes (translation)" in result.stderr


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Inggris", "en"),
        ("Bahasa Inggris", "en"),
        ("Indonesia", "id"),
        ("อังกฤษ", "en"),
        ("พม่า", "my"),
        ("เขมร", "km"),
        ("Turanci", "en"),
        ("Yarbanci", "yo"),
        ("ingliz tili", "en"),
        ("rus tili", "ru"),
        ("o‘zbek", "uz"),
        ("узбекский", "uz"),
        ("ইংরেজি", "en"),
    ],
)
def test_languages_by_their_names_in_the_new_offices_languages(typed: str, code: str) -> None:
    """A Thai sheet's `ไทย, อังกฤษ` was refused (`อังกฤษ not ISO 639 language codes`), and so was
    an Indonesian one's `Indonesia, Inggris`."""
    assert language_codes((typed,)) == (code,)


def test_an_exported_ethiopian_sheet_edited_keeps_its_gregorian_days() -> None:
    """An Ethiopian office exports its directory (dates written YYYY-MM-DD, Gregorian), types a
    new record's day the Ethiopian way and imports with --calendar ethiopian: the exported days
    were converted as if Ethiopian (2026-11-24 as a day of the Ethiopian year 2026: 2034)."""
    result = read_bytes(
        _sheet_of("2026-11-24", "15/03/2019"),
        "ET",
        name="s.csv",
        calendar="ethiopian",
        today=dt.date(2026, 12, 7),
    )
    assert result.errors == []
    assert sorted(p.verified_on for p in result.providers if p.verified_on) == [dt.date(2026, 11, 24)] * 2
    assert [p for p in result.problems if p.severity == "warning"] == []


def test_a_gregorian_day_that_looks_ethiopian_under_calendar_ethiopian_is_warned_of() -> None:
    result = read_bytes(
        _sheet_of("2019-03-15"), "ET", name="s.csv", calendar="ethiopian", today=dt.date(2026, 12, 7)
    )
    (warning,) = [p.describe() for p in result.problems if p.severity == "warning"]
    assert warning.startswith("1 date(s) of the file (2019-03-15, ...) are read as Gregorian days")
    assert "write them as text, day/month/year" in warning


def test_add_with_a_buddhist_era_day_is_told_the_gregorian_day(root: Path) -> None:
    """`add --verified-on 15/11/2569` was told to give today's date instead, throwing away the day."""
    directory_folder(root, [], country="TH")
    record = ["--name", "Clinic", "--category", "medical", "--region", "TH-10", "--city", "Bangkok"]
    result = run(root, "add", "TH", *record, "--verified-on", "15/11/2569")
    assert result.exit_code == 2
    assert (
        "verified_on: 2569-11-15 is of the year 2569, a year of the Thai Buddhist era (2026-11-15 in the "
        "Gregorian calendar) (give --verified-on 2026-11-15;"
    ) in result.stderr


def test_validate_says_what_a_stale_ethiopian_records_day_is_in_the_ethiopian_calendar(root: Path) -> None:
    """`add ET --verified-on 15/03/2019` (an Ethiopian office's day) stored 15 March 2019: validate
    called it 2,800 days stale, without a word of the calendar."""
    today = dt.date.today()
    year = gregorian_to_ethiopian(today)[0]
    record = {"id": "et-add-0001", "name": "Clinic", "categories": ["medical"], "city": "Addis Ababa"}
    directory_folder(root, [{**record, "region": "ET-AA", "verified_on": f"{year}-01-01"}], country="ET")
    result = run(root, "validate", "ET")
    meant = ethiopian_to_gregorian(year, 1, 1, "")
    said = f"({year} is a year the Ethiopian calendar counts now: as an Ethiopian day, it is {meant})"
    assert said in result.stdout
    assert f"svcmatch directory edit ET et-add-0001 --set verified_on={meant.isoformat()})" in result.stdout


def test_verify_on_a_buddhist_era_day_is_told_the_gregorian_day(root: Path) -> None:
    record = {
        "id": "th-bkk-0001",
        "name": "Clinic",
        "categories": ["medical"],
        "city": "Bangkok",
        "region": "TH-10",
    }
    directory_folder(root, [record], country="TH")
    result = run(root, "verify", "TH", "th-bkk-0001", "--on", "15/11/2569", "--by", "Somchai")
    assert result.exit_code == 2
    assert result.stderr == (
        "svcmatch: error: --on 2569-11-15 is of the year 2569, a year of the Thai Buddhist era "
        "(2026-11-15 in the Gregorian calendar) (give --on 2026-11-15)\n"
    )


def test_calendar_is_read_in_any_case(root: Path, tmp_path: Path) -> None:
    """`--calendar Ethiopian`, as the calendar's name is written, was refused."""
    sheet = "name,categories,city,region,verified_on\nHope Shelter,shelter,Adama,ET-OR,15/03/2019\n"
    result = imported(root, tmp_path, "ET", sheet, "--calendar", "Ethiopian")
    assert result.exit_code == 0, result.output
    assert "read '15/03/2019' as 2026-11-24 (the Ethiopian calendar" in result.stderr


def test_a_calendar_svcmatch_does_not_read_is_refused_by_the_library() -> None:
    with pytest.raises(InputError, match="calendar 'julian' is not one svcmatch reads"):
        read_bytes(_sheet_of("15/03/2019"), "ET", name="s.csv", calendar="julian")
