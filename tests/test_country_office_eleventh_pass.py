"""An eleventh country office pass: the calendars at every door (an Ethiopian office's day typed
at `add`, `edit` and `verify --on`), offices of countries not tried before (the Philippines,
Viet Nam, Nepal, Afghanistan, Myanmar) and the spreadsheets offices really send. Each test is a
problem it found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import Result
from helpers import directory_folder, verified_days
from helpers import imported_sheet as imported
from helpers import run_directory as run
from hypothesis import example, given
from hypothesis import strategies as st

from svcmatch.dates import (
    SOLAR_HIJRI_YEARS,
    bikram_sambat_years,
    gregorian_to_solar_hijri,
    solar_hijri_to_gregorian,
)
from svcmatch.errors import InputError
from svcmatch.storage import DirectoryStore
from svcmatch.tabular import read_bytes, typed_day


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


# --- the Solar Hijri calendar (Afghanistan) ---------------------------------------------------


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1405, 1, 1), dt.date(2026, 3, 21)),  # Nowruz 1405
        ((1404, 1, 1), dt.date(2025, 3, 21)),
        ((1403, 1, 1), dt.date(2024, 3, 20)),
        ((1403, 12, 30), dt.date(2025, 3, 20)),  # the 30th of the last month: 1403 a leap year
        ((1404, 12, 29), dt.date(2026, 3, 20)),
        ((1400, 1, 1), dt.date(2021, 3, 21)),
        ((1399, 1, 1), dt.date(2020, 3, 20)),
        ((1357, 11, 22), dt.date(1979, 2, 11)),
        ((1304, 1, 1), dt.date(1925, 3, 21)),
        ((1405, 9, 16), dt.date(2026, 12, 7)),
        ((1408, 12, 30), dt.date(2030, 3, 20)),  # 1408, not 1407, is the leap year after 1403
    ],
)
def test_days_of_the_solar_hijri_calendar_are_their_gregorian_days(
    hijri: tuple[int, int, int], gregorian: dt.date
) -> None:
    assert solar_hijri_to_gregorian(*hijri, "d") == gregorian
    assert gregorian_to_solar_hijri(gregorian) == hijri


@given(st.dates(dt.date(1921, 3, 21), dt.date(2121, 3, 20)))
@example(dt.date(2026, 3, 20))
@example(dt.date(2025, 3, 20))
def test_every_day_goes_to_the_solar_hijri_calendar_and_back(day: dt.date) -> None:
    year, month, date = gregorian_to_solar_hijri(day)
    assert year in SOLAR_HIJRI_YEARS
    assert solar_hijri_to_gregorian(year, month, date, "d") == day


@pytest.mark.parametrize("day", [(1404, 12, 30), (1405, 7, 31), (1405, 13, 1), (1405, 0, 1), (1600, 1, 1)])
def test_no_day_of_the_solar_hijri_calendar_is_refused(day: tuple[int, int, int]) -> None:
    with pytest.raises(InputError, match="Solar Hijri"):
        solar_hijri_to_gregorian(*day, "verified_on: 'x'")


_AFGHAN_SHEET = (
    "name,categories,city,region,verified_on\n"
    "Women's Shelter,shelter,Kabul,Kabul,1405/02/10\n"
    "Legal Aid,legal,Herat,Herat,31/06/1405\n"
    "Clinic,medical,Kabul,Kabul,2026-11-24\n"
)


def test_an_afghan_sheet_is_converted_with_calendar_solar_hijri_and_said(root: Path, tmp_path: Path) -> None:
    result = imported(root, tmp_path, "AF", _AFGHAN_SHEET, "--calendar", "solar-hijri")
    assert result.exit_code == 0, result.output
    assert verified_days(root, "AF") == {
        "Women's Shelter": dt.date(2026, 4, 30),
        "Legal Aid": dt.date(2026, 9, 22),
        "Clinic": dt.date(2026, 11, 24),
    }
    assert (
        "verified_on: read '1405/02/10' as 2026-04-30 (the Solar Hijri calendar, --calendar solar-hijri)"
        in result.stderr
    )
    assert "read '2026-11-24' as 2026-11-24 (a Gregorian year, no year of the Solar Hijri" in result.stderr


def test_a_solar_hijri_year_without_the_option_is_refused_naming_it(root: Path, tmp_path: Path) -> None:
    """'1405-02-10' was refused as 'before 1900, no day it was checked (a spreadsheet's blank date
    cell reads 1899-12-30)': the office was told of blank cells, not of its calendar."""
    result = imported(root, tmp_path, "AF", _AFGHAN_SHEET)
    assert result.exit_code == 1
    assert (
        "row 2, verified_on: '1405/02/10' is of the year 1405, a year of the Solar Hijri calendar "
        "(2026-04-30 in the Gregorian calendar) (import with --calendar solar-hijri to convert the "
        "file's dates, or write it as 2026-04-30)"
    ) in result.stderr
    assert "blank date cell" not in result.stderr
    assert verified_days(root, "AF") == {}  # all or nothing


def test_a_solar_hijri_day_that_is_none_is_refused_on_its_row(root: Path, tmp_path: Path) -> None:
    sheet = "name,categories,city,region,verified_on\nClinic,medical,Kabul,Kabul,30/12/1404\n"
    result = imported(root, tmp_path, "AF", sheet, "--calendar", "solar-hijri")
    assert result.exit_code == 1
    assert "'30/12/1404' is no day of the Solar Hijri calendar" in result.stderr


# --- Nepal's Bikram Sambat --------------------------------------------------------------------


def test_a_bikram_sambat_year_is_named_not_set_to_today(root: Path, tmp_path: Path) -> None:
    """A Nepali office's `2083-08-20` (Bikram Sambat, 2026-27) was 'a date in the future (set
    verified_on=<today>)': a fix that throws the day away. svcmatch does not convert the calendar
    (its months' lengths are published year by year), and says so."""
    year = dt.date.today().year + 57
    sheet = f"name,categories,city,region,verified_on\nMaiti,shelter,Kathmandu,Bagmati,{year}-08-20\n"
    result = imported(root, tmp_path, "NP", sheet)
    assert result.exit_code == 1
    first = year - 57
    assert (
        f"row 2, verified_on: {year}-08-20 is of the year {year}, a year of Nepal's Bikram Sambat calendar "
        f"({first}-{(first + 1) % 100:02d} in the Gregorian calendar), which svcmatch does not convert "
        "(set verified_on=<the day in the Gregorian calendar>)"
    ) in result.stderr
    assert "a date in the future" not in result.stderr


@pytest.mark.parametrize(
    ("day", "years"),
    [
        (dt.date(2083, 8, 20), "2026-27"),
        (dt.date(2082, 12, 1), "2025-26"),
        (dt.date(2080, 1, 1), "2023-24"),
        (dt.date(2076, 11, 3), None),  # 2026 typed with a 7 for its 2: no year of Nepal's calendar
        (dt.date(2027, 1, 1), None),  # next month: a mistake of another kind
        (dt.date(2090, 1, 1), None),
        (dt.date(2026, 12, 1), None),
    ],
)
def test_which_years_are_told_as_bikram_sambat(day: dt.date, years: str | None) -> None:
    assert bikram_sambat_years(day, dt.date(2026, 12, 7)) == years


# --- Thailand: a year that is none of the Buddhist era -----------------------------------------


def test_a_gregorian_year_under_calendar_thai_is_said(root: Path, tmp_path: Path) -> None:
    """Under `--calendar thai`, `15/03/2019` and `2026-11-24` were stored as written without a
    word (the attacks engineer's find): the file was declared Buddhist-era."""
    sheet = (
        "name,categories,city,region,verified_on\n"
        "Clinic,medical,Bangkok,TH-10,15/03/2019\n"
        "Shelter,shelter,Bangkok,TH-10,2026-11-24\n"
        "Legal,legal,Bangkok,TH-10,15/11/2569\n"
    )
    result = imported(root, tmp_path, "TH", sheet, "--calendar", "thai")
    assert result.exit_code == 0, result.output
    assert verified_days(root, "TH") == {
        "Clinic": dt.date(2019, 3, 15),
        "Shelter": dt.date(2026, 11, 24),
        "Legal": dt.date(2026, 11, 15),
    }
    for typed, read in (("15/03/2019", "2019-03-15"), ("2026-11-24", "2026-11-24")):
        assert (
            f"note: verified_on: read '{typed}' as {read} (a Gregorian year, no year of the Buddhist era, "
            "under --calendar thai)"
        ) in result.stderr


# --- the calendars at add, edit and verify --on -------------------------------------------------

_ADDED = ["--name", "Hope Shelter", "--category", "shelter", "--region", "ET-AA", "--city", "Addis Ababa"]


def test_add_with_calendar_ethiopian_converts_the_day_and_says_it(root: Path) -> None:
    """An Ethiopian office typing its day at `add` had no --calendar: 15/03/2019 was stored as
    15 March 2019, a record seven years stale."""
    directory_folder(root, [], country="ET")
    result = run(root, "add", "ET", *_ADDED, "--verified-on", "15/03/2019", "--calendar", "ethiopian")
    assert result.exit_code == 0, result.output
    assert verified_days(root, "ET") == {"Hope Shelter": dt.date(2026, 11, 24)}
    assert (
        "verified_on: read '15/03/2019' as 2026-11-24 (the Ethiopian calendar, --calendar ethiopian)"
        in result.stderr
    )


def test_add_json_with_calendar_ethiopian_converts_each_record(root: Path, tmp_path: Path) -> None:
    directory_folder(root, [], country="ET")
    path = tmp_path / "new.json"
    path.write_text(
        '[{"name": "A", "categories": "shelter", "region": "ET-AA", "verified_on": "15/03/2019"},'
        ' {"name": "B", "categories": "legal", "region": "ET-AA", "capacity_updated": "01/01/2019"}]'
    )
    result = run(root, "add", "ET", "--json", str(path), "--calendar", "Ethiopian")
    assert result.exit_code == 0, result.output
    stored = {
        p.name: (p.verified_on, p.capacity_updated) for p in DirectoryStore("ET", root).load().providers
    }
    assert stored == {"A": (dt.date(2026, 11, 24), None), "B": (None, dt.date(2026, 9, 11))}
    assert "record 2: capacity_updated: read '01/01/2019' as 2026-09-11" in result.stderr


def test_a_typed_ethiopian_day_and_month_that_swap_are_refused_naming_both(root: Path) -> None:
    directory_folder(root, [], country="ET")
    result = run(root, "add", "ET", *_ADDED, "--verified-on", "05/03/2019", "--calendar", "ethiopian")
    assert result.exit_code == 2
    assert result.stderr == (
        "svcmatch: error: verified_on: '05/03/2019' could be day 5 of month 3 or day 3 of month 5 "
        "(write it with dots, day first, as svcmatch reads every date with dots: 05.03.2019 or 03.05.2019)\n"
    )
    assert verified_days(root, "ET") == {}


def test_edit_with_calendar_ethiopian_converts_and_an_empty_value_still_clears(root: Path) -> None:
    record = {"id": "et-add-0001", "name": "Clinic", "categories": ["medical"], "region": "ET-AA"}
    directory_folder(root, [record], country="ET")
    result = run(
        root, "edit", "ET", "et-add-0001", "--set", "verified_on=14/03/2019", "--calendar", "ethiopian"
    )
    assert result.exit_code == 0, result.output
    assert "verified_on: read '14/03/2019' as 2026-11-23 (the Ethiopian calendar" in result.stderr
    assert verified_days(root, "ET") == {"Clinic": dt.date(2026, 11, 23)}
    result = run(root, "edit", "ET", "et-add-0001", "--set", "verified_on=", "--calendar", "ethiopian")
    assert result.exit_code == 0, result.output
    assert verified_days(root, "ET") == {"Clinic": None}


def test_verify_on_with_calendar_ethiopian_converts_and_says(root: Path) -> None:
    record = {"id": "et-add-0001", "name": "Clinic", "categories": ["medical"], "region": "ET-AA"}
    directory_folder(root, [record], country="ET")
    result = run(root, "verify", "ET", "et-add-0001", "--on", "16/03/2019", "--calendar", "ethiopian")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("et-add-0001: verified on 2026-11-25 by tester")
    assert (
        "--on: read '16/03/2019' as 2026-11-25 (the Ethiopian calendar, --calendar ethiopian)"
        in result.stderr
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "1405-02-10",
            "a year of the Solar Hijri calendar (2026-04-30 in the Gregorian calendar) "
            "(give --on 2026-04-30)",
        ),
        (f"{dt.date.today().year + 57}-08-20", "a year of Nepal's Bikram Sambat calendar"),
    ],
)
def test_verify_on_a_day_of_another_calendars_year_names_it(root: Path, typed: str, said: str) -> None:
    record = {"id": "af-kbl-0001", "name": "Clinic", "categories": ["medical"], "region": "AF-KAB"}
    directory_folder(root, [record], country="AF")
    result = run(root, "verify", "AF", "af-kbl-0001", "--on", typed)
    assert result.exit_code == 2
    assert said in result.stderr
    assert "before 1900" not in result.stderr and "in the future" not in result.stderr


def test_verify_on_with_calendar_solar_hijri(root: Path) -> None:
    record = {"id": "af-kbl-0001", "name": "Clinic", "categories": ["medical"], "region": "AF-KAB"}
    directory_folder(root, [record], country="AF")
    result = run(root, "verify", "AF", "af-kbl-0001", "--on", "1405/02/10", "--calendar", "solar-hijri")
    assert result.exit_code == 0, result.output
    assert verified_days(root, "AF") == {"Clinic": dt.date(2026, 4, 30)}


@pytest.mark.parametrize(
    ("typed", "calendar", "day", "how"),
    [
        ("15/03/2019", "ethiopian", dt.date(2026, 11, 24), "ethiopian"),
        ("2019-03-15", "ethiopian", dt.date(2019, 3, 15), "ethiopian_gregorian"),  # said, as written
        ("15/11/2569", "thai", dt.date(2026, 11, 15), "thai"),
        ("15/03/2019", "thai", dt.date(2019, 3, 15), "thai_gregorian"),
        ("10/02/1405", "solar-hijri", None, None),  # day and month could swap: refused
        ("1405/02/10", "solar-hijri", dt.date(2026, 4, 30), "solar-hijri"),
        ("2026-03-01", "gregorian", dt.date(2026, 3, 1), None),
    ],
)
def test_a_typed_day_in_each_calendar(
    typed: str, calendar: str, day: dt.date | None, how: str | None
) -> None:
    if day is None:
        with pytest.raises(InputError, match="could be day 10 of month 2 or day 2 of month 10"):
            typed_day(typed, calendar, "verified_on")
        return
    read, reading = typed_day(typed, calendar, "verified_on")
    assert read == day
    assert (reading.how if reading is not None else None) == how


def test_a_library_import_in_solar_hijri_is_all_or_nothing() -> None:
    sheet = (
        "name,categories,city,region,verified_on\n"
        "A,shelter,Kabul,AF-KAB,1405/02/10\n"
        "B,legal,Kabul,AF-KAB,1405/07/31\n"
    )
    result = read_bytes(
        sheet.encode(), "AF", name="s.csv", calendar="solar-hijri", today=dt.date(2026, 12, 7)
    )
    assert [p.describe() for p in result.errors] == [
        "row 3, verified_on: '1405/07/31' is no day of the Solar Hijri calendar (six months "
        "of 31 days, five of 30, then one of 29 in 1405) (write it as day/month/year or year/month/day "
        "of the Solar Hijri calendar)"
    ]


# --- Nepal's, Afghanistan's and Myanmar's sheets --------------------------------------------------


@pytest.mark.parametrize(
    ("country", "header", "meant"),
    [
        ("NP", "नाम", "name"),
        ("NP", "सेवा", "categories"),
        ("NP", "प्रदेश", "region"),
        ("NP", "फोन", "phone"),
        ("NP", "भाषा", "languages"),
        ("NP", "प्रमाणित मिति", "verified_on"),
        ("NP", "कैफियत", "notes"),
        ("AF", "نام", "name"),
        ("AF", "ولایت", "region"),
        ("AF", "ولسوالی", "city"),
        ("AF", "شماره تماس", "phone"),
        ("AF", "زبان‌ها", "languages"),  # with the zero-width non-joiner Persian writes
        ("AF", "تاریخ تایید", "verified_on"),
        ("AF", "نوم", "name"),  # Pashto
        ("AF", "ژبه", "languages"),
        ("MM", "အမည်", "name"),
        ("MM", "ဝန်ဆောင်မှု", "categories"),
        ("MM", "မြို့နယ်", "city"),
        ("MM", "တိုင်းဒေသကြီး", "region"),
        ("MM", "ဖုန်းနံပါတ်", "phone"),
        ("MM", "ဘာသာစကား", "languages"),
    ],
)
def test_a_header_in_the_new_offices_languages_names_the_column_meant(
    root: Path, tmp_path: Path, country: str, header: str, meant: str
) -> None:
    """A Nepali office's `नाम`, an Afghan one's `ولایت` and a Myanmar one's `အမည်` were unknown
    columns with no column named."""
    result = imported(root, tmp_path, country, f"name,{header}\nA,x\n")
    assert result.exit_code == 1
    assert f"unknown column {header!r} (did you mean {meant}? rename it" in result.stderr


def test_yes_and_no_in_nepali_dari_pashto_and_burmese_are_read_and_said(root: Path, tmp_path: Path) -> None:
    """`हो`, `بلی` and `ဟုတ်` were refused, `is not yes or no`."""
    sheet = (
        "name,categories,city,region,accompanying_children,vot_specialised,disability_access\n"
        "Maiti,shelter,Kathmandu,NP-P3,हो,होइन,छ\n"
        "Khana,shelter,Kathmandu,NP-P3,بلی,نخیر,نه\n"
        "Kor,shelter,Kathmandu,NP-P3,هو,ဟုတ်,မဟုတ်\n"
        "Eain,shelter,Kathmandu,NP-P3,ရှိ,မရှိ,छैन\n"
    )
    result = imported(root, tmp_path, "NP", sheet, "--allow-duplicates")
    assert result.exit_code == 0, result.output
    read = {
        p.name: (p.accompanying_children, p.vot_specialised, p.disability_access)
        for p in DirectoryStore("NP", root).load().providers
    }
    assert read == {
        "Maiti": (True, False, True),
        "Khana": (True, False, False),
        "Kor": (True, True, False),
        "Eain": (True, False, False),
    }
    assert "note: accompanying_children: read 'हो' as yes (translation)" in result.stderr


def test_a_phone_in_burmese_digits_is_not_said_to_miss_its_leading_zero(root: Path, tmp_path: Path) -> None:
    """'၀၉ ၂၅၀ ၁၂၃ ၄၅၆' begins with its 0 (၀): the note said 'its leading 0 was missing (as when a
    spreadsheet makes it a number)', a wrong account of what was typed."""
    sheet = "name,categories,city,region,phone\nShelter,shelter,Mandalay,MM-04,၀၉ ၂၅၀ ၁၂၃ ၄၅၆\n"
    result = imported(root, tmp_path, "MM", sheet)
    assert result.exit_code == 0, result.output
    assert "was missing" not in result.stderr
    (provider,) = DirectoryStore("MM", root).load().providers
    assert provider.phone == "+95 9 250 123 456"


# --- the CSVs Excel writes besides UTF-8 and Windows' code pages -----------------------------------

_ALBANIAN = (
    "name,categories,city,region,notes\n"
    "Qendra Çelësi,shelter,Shkodër,AL-10,për gratë\n"
    "Qendra Dy,medical,Korçë,AL-06,mjekë\n"
)


def _import_bytes(root: Path, tmp_path: Path, data: bytes) -> Result:
    directory_folder(root, [], country="AL")
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    return run(root, "import", "AL", str(path))


def test_excel_for_macs_csv_macintosh_is_read_as_mac_roman(root: Path, tmp_path: Path) -> None:
    """Excel for Mac's 'CSV (Macintosh)' (Mac Roman, lines ended by CR) was read as cp1250:
    'Shkodër' became 'Shkod‘r', refused as no place, and 'Korçë' was no longer Korçë."""
    data = _ALBANIAN.replace("\n", "\r").encode("mac-roman")
    result = _import_bytes(root, tmp_path, data)
    assert result.exit_code == 0, result.output
    assert sorted(p.city for p in DirectoryStore("AL", root).load().providers) == ["Korçë", "Shkodër"]
    assert (
        "CSV, mac-roman (detected: lines ended by CR alone, as Excel for Mac's 'CSV (Macintosh)' "
        "writes), its letters read as 'Çelësi', 'Shkodër', 'për'"
    ) in result.stderr


def test_excels_csv_ms_dos_is_read_as_the_dos_code_page(root: Path, tmp_path: Path) -> None:
    """Excel's 'CSV (MS-DOS)' (cp850 in western Europe) was read as cp1250: 'Shkod‰r'."""
    data = _ALBANIAN.replace("\n", "\r\n").encode("cp850")
    result = _import_bytes(root, tmp_path, data)
    assert result.exit_code == 0, result.output
    assert sorted(p.notes for p in DirectoryStore("AL", root).load().providers) == ["mjekë", "për gratë"]
    assert (
        "CSV, cp850 (detected: letters of a DOS code page, as Excel's 'CSV (MS-DOS)' writes)" in result.stderr
    )


@pytest.mark.parametrize(
    "text",
    [
        _ALBANIAN,
        _ALBANIAN + "Centre l’Espoir,legal,Tiranë,AL-11,col·lectiu d’advocats – Tiranë–Durrës\n",
        "name,categories,city,region,notes\nCittà,legal,Tiranë,AL-11,perché “sì” è\n",
    ],
)
def test_a_windows_csv_stays_read_as_windows(root: Path, tmp_path: Path, text: str) -> None:
    """Quotes, dashes and the middle dot that Windows' code pages put between letters are no
    sign of DOS."""
    result = _import_bytes(root, tmp_path, text.replace("\n", "\r\n").encode("cp1252"))
    assert result.exit_code == 0, result.output
    assert "cp850" not in result.stderr and "mac-roman" not in result.stderr
    rows = [line.split(",") for line in text.splitlines()[1:]]
    stored = {p.name: p.notes for p in DirectoryStore("AL", root).load().providers}
    assert stored == {row[0]: row[4] for row in rows}


@pytest.mark.parametrize("typed", ["2600-01-01", "2570-05-05", "9999-12-31", "1499-12-01"])
def test_another_calendars_day_that_is_in_the_future_too_is_no_fix(root: Path, typed: str) -> None:
    """`--verified-on 2600-01-01` was told to give 2057-01-01 (the Buddhist era's reading), a
    day in the future too, refused again when followed (the attacks engineer's find)."""
    directory_folder(root, [], country="AL")
    added = ["--name", "Clinic", "--category", "medical", "--region", "AL-11", "--city", "Tirana"]
    result = run(root, "add", "AL", *added, "--verified-on", typed)
    assert result.exit_code == 2
    assert "Buddhist era" not in result.stderr and "Solar Hijri" not in result.stderr
