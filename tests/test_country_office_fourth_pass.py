"""A fourth country office pass: sheets as Excel saves them in each office's locale, an Open
Referral dataset in and out, and a week of closed-loop referrals. Each test is a problem that
the pass found."""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import referral_package
from helpers import run_directory as run
from hypothesis import example, given, settings
from hypothesis import strategies as st

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.referrals import ReferralStore
from svcmatch.storage import DirectoryStore
from svcmatch.tables import SINGLE_BYTE_ENCODINGS, choose_encoding, read_table


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def new_directory(root: Path, country: str) -> None:
    DirectoryStore(country, root).create(author="t")


# --- a Ukrainian export saved by Excel as "CSV" (cp1251) --------------------------------------------


UA_SHEET = (
    "name,categories,city,address,region,phone\r\n"
    'Example Shelter Lviv,shelter,Lviv,"вул. Прикладна, 7",UA-46,+380 32 000 0007\r\n'
    'Example Legal Centre Kyiv,legal,Kyiv,"вул. Прикладна, 12",UA-30,+380 44 000 0012\r\n'
    "Example Clinic Odesa,medical,Odesa,Example street 3,UA-51,+380 48 000 0003\r\n"
)


def test_a_cp1251_sheet_of_latin_names_and_cyrillic_addresses_reads_as_cyrillic(
    root: Path, tmp_path: Path
) -> None:
    """A Ukrainian office exports the directory (names in Latin letters, addresses in Cyrillic),
    edits it in Excel and saves it as plain "CSV", which a Ukrainian Windows writes in cp1251.
    chardet read it as cp1252, and the import stored 'âóë. Ïðèêëàäíà, 7' for every address,
    with a note that suggested cp1250."""
    new_directory(root, "UA")
    sheet = tmp_path / "ua.csv"
    sheet.write_bytes(UA_SHEET.encode("cp1251"))
    result = run(root, "import", "UA", str(sheet))
    assert result.exit_code == 0, result.output
    assert "cp1251 (detected, not UTF-8), its letters read as 'вул', 'Прикладна'," in result.output
    assert "give --encoding" not in result.output  # the words show it; no western code page to try
    addresses = {p.address for p in DirectoryStore("UA", root).load().providers}
    assert addresses == {"вул. Прикладна, 7", "вул. Прикладна, 12", "Example street 3"}


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Qendra Shkodër,Durrës,Vlorë,Gjirokastër,500 €,20 °C", "cp1252"),
        ("Łódź,Kraków,ulica Świętokrzyska,źdźbło", "cp1250"),
        ("Şişli,İstanbul,Beşiktaş", "cp1254"),
        ("Fermé en été", "cp1252"),  # été: two letters in three beyond ASCII
        ("été", "cp1252"),
        ("Αθήνα,Θεσσαλονίκη,οδός Παραδείγματος", "cp1253"),
        ("Київ,Львів,Притулок Надія", "cp1251"),
        ("مركز الأمل,مأوى للنساء", "cp1256"),
        ("Centre Espoir,Fermé l'été,مأوى للنساء", "cp1256"),
    ],
)
def test_each_scripts_code_page_reads_its_own_letters(text: str, codec: str) -> None:
    """The split by script leaves each code page's own letters as they were read before."""
    table = read_table(f"name;notes\r\nA;{text}\r\n".encode(codec), "x.csv")
    assert [row.cells for row in table] == [("A", text)]


# --- an HSDS package whose tables were opened in Excel and saved again ---------------------------


def excel_saved(folder: Path, table: str, delimiter: str, codec: str) -> None:
    """Open `table` of an HSDS package in Excel and save it as "CSV" in the office's locale:
    its own code page or UTF-8 with a BOM, semicolons where the decimal mark is a comma, and
    an empty row below the last."""
    path = folder / table
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([*rows, [""] * len(rows[0])])
    path.write_bytes(out.getvalue().encode(codec))


@pytest.mark.parametrize(
    ("delimiter", "codec", "said"),
    [
        (";", "utf-8-sig", "read services.csv: CSV, UTF-8 (byte-order mark), semicolon-separated"),
        (
            ";",
            "cp1252",
            "read services.csv: CSV, cp1252 (detected, not UTF-8), its letters read as 'Shkodër'",
        ),
        (
            ",",
            "cp1252",
            "read services.csv: CSV, cp1252 (detected, not UTF-8), its letters read as 'Shkodër'",
        ),
    ],
)
def test_an_hsds_table_saved_again_by_excel_is_read_and_said(
    root: Path, tmp_path: Path, delimiter: str, codec: str, said: str
) -> None:
    """An office opens the services.csv of its HSDS package in Excel (to fix a name) and saves
    it. Read with commas as UTF-8, semicolons gave no service at all and the import said
    '0 added' with exit 0; a Windows code page was 'cannot read services.csv: 'utf-8' codec
    can't decode byte 0xeb ...'."""
    new_directory(root, "AL")
    assert run(root, "add", "AL", "--name", "Qendra Shkodër", "--category", "shelter",
               "--region", "AL-10", "--city", "Shkodër").exit_code == 0  # fmt: skip
    package = tmp_path / "package"
    assert run(root, "export", "AL", "--format", "hsds-csv", "-o", str(package)).exit_code == 0
    excel_saved(package, "services.csv", delimiter, codec)
    other = tmp_path / "other"
    new_directory(other, "AL")
    result = run(other, "import", "AL", str(package))
    assert result.exit_code == 0, result.output
    assert f"svcmatch: note: {said}" in result.stderr
    assert "(HSDS's tables are UTF-8, with commas)" in result.stderr
    assert "no id" not in result.stderr  # the empty row Excel left below is no record
    assert [p.name for p in DirectoryStore("AL", other).load().providers] == ["Qendra Shkodër"]


def test_an_hsds_tables_doubtful_code_page_is_said_with_a_fix_that_works(root: Path, tmp_path: Path) -> None:
    """A detected western code page names the other one to try; for a sheet that is --encoding,
    which an HSDS import refuses ('--encoding and --sheet apply to tables, not HSDS')."""
    new_directory(root, "AL")
    assert run(root, "add", "AL", "--name", "Città perché può", "--category", "shelter",
               "--region", "AL-10", "--city", "Shkodër").exit_code == 0  # fmt: skip
    package = tmp_path / "package"
    assert run(root, "export", "AL", "--format", "hsds-csv", "-o", str(package)).exit_code == 0
    excel_saved(package, "services.csv", ",", "cp1252")
    other = tmp_path / "other"
    new_directory(other, "AL")
    result = run(other, "import", "AL", str(package), "--dry-run")
    line = next(line for line in result.stderr.splitlines() if "read services.csv" in line)
    assert "(if they look wrong, save the table again as CSV UTF-8: it may be cp125" in line
    assert "--encoding" not in line


def test_an_hsds_package_as_published_is_read_without_a_word_of_its_tables(
    root: Path, tmp_path: Path
) -> None:
    new_directory(root, "AL")
    assert run(root, "add", "AL", "--name", "Qendra Shkodër", "--category", "shelter",
               "--region", "AL-10", "--city", "Shkodër").exit_code == 0  # fmt: skip
    package = tmp_path / "package"
    assert run(root, "export", "AL", "--format", "hsds-csv", "-o", str(package)).exit_code == 0
    other = tmp_path / "other"
    new_directory(other, "AL")
    result = run(other, "import", "AL", str(package))
    assert result.exit_code == 0, result.output
    assert "read services.csv" not in result.stderr and "with commas" not in result.stderr


# --- a Ukrainian sheet in cp1251 whose capitals meet the letter і ----------------------------------


@pytest.mark.parametrize(
    "sheet",
    [
        "name;categories;city;region\r\nПритулок Надія;shelter;Рівне;UA-56\r\n",  # Рі: bytes D0 B3
        "name;categories;city;region;Місто\r\nПритулок;shelter;Lviv;UA-46;Львів\r\n",  # Мі: CC B3
        "name;categories;city;region\r\nЦентр Ніжин;legal;Nizhyn;UA-74\r\n",  # Ні: CD B3
    ],
)
def test_a_cp1251_sheet_is_not_said_to_mix_encodings(root: Path, tmp_path: Path, sheet: str) -> None:
    """A capital letter followed by 'і' is two bytes that UTF-8 also reads as one letter: a
    Ukrainian office's sheet saved as plain "CSV" was refused, 'ua.csv mixes encodings: line 1
    is UTF-8, line 1 is not (byte 1)', whatever its header said."""
    new_directory(root, "UA")
    path = tmp_path / "ua.csv"
    path.write_bytes(sheet.encode("cp1251"))
    result = run(root, "import", "UA", str(path), "--dry-run")
    assert "mixes encodings" not in result.stderr, result.output
    assert "CSV, cp1251 (detected, not UTF-8)" in result.stderr


def test_a_utf8_row_pasted_into_a_cp1251_sheet_is_still_refused_naming_both_lines(
    root: Path, tmp_path: Path
) -> None:
    new_directory(root, "UA")
    path = tmp_path / "ua.csv"
    path.write_bytes(
        "name;categories;city;region\r\nПритулок Надія;shelter;Рівне;UA-56\r\n".encode("cp1251")
        + "Центр Ніжин;legal;Nizhyn;UA-74\r\n".encode()
    )
    result = run(root, "import", "UA", str(path))
    assert result.exit_code == 2
    assert "ua.csv mixes encodings: line 3 is UTF-8, line 2 is not (byte 30)" in result.stderr


# --- a totals row whose sum was lost ---------------------------------------------------------------


@pytest.mark.parametrize("word", ["Gjithsej", "TOTAL:", "Всього", "Итого", "Summe", "Totale"])
def test_a_totals_word_alone_at_the_bottom_is_named_as_a_totals_row(
    root: Path, tmp_path: Path, word: str
) -> None:
    """An office's sheet ends in 'Gjithsej;;;;' (its sum was in a column the template does not
    have, or lost on a save): the row got `no need category (set categories=shelter|medical
    ...)` and `no region`, whose fixes would make the word Total a provider."""
    new_directory(root, "AL")
    sheet = tmp_path / "al.csv"
    sheet.write_text(f"name;categories;city;region\r\nQendra A;shelter;Tiranë;AL-11\r\n;;;\r\n{word};;;\r\n")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"svcmatch: error: row 4, name: {word!r} with nothing else looks like a totals row, not a provider "
        "(delete the row from the sheet, or import with --skip-totals to leave it out)"
    )
    assert "set categories" not in result.stderr


def test_a_name_alone_that_is_no_totals_word_gets_the_usual_errors(root: Path, tmp_path: Path) -> None:
    new_directory(root, "AL")
    sheet = tmp_path / "al.csv"
    sheet.write_text("name;categories;city;region\r\nQendra A;shelter;Tiranë;AL-11\r\nQendra e Re;;;\r\n")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    assert "row 3, categories: no need category" in result.stderr
    assert "totals row" not in result.stderr


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(min_size=1, max_size=64).filter(lambda data: max(data) > 127))
@example(raw=b"A\x93a")  # DOS's ô between letters: cp850 (eleventh office pass)
@example(raw=b"A\xe9\rb")  # lines ended by CR alone: Mac Roman
def test_detection_of_any_bytes_gives_a_code_page_and_no_warning(raw: bytes) -> None:
    """chardet warns when its answer for 'no match' (cp1252) is not among the candidates: with
    the Cyrillic and Greek pair alone, a fuzzed import stopped on that warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            codec, _how = choose_encoding(raw, "x.csv", None, complete=True)
        except InputError:
            return  # mixed encodings, or bytes no code page decodes: a one-line error
    detected = (*SINGLE_BYTE_ENCODINGS, "cp850", "mac-roman")  # DOS's and the Mac's since the eleventh pass
    assert codec in (*detected, "utf-8-sig", "utf-16-le", "utf-16-be", "utf-16", "utf-32")


def exported_package(root: Path, tmp_path: Path) -> Path:
    """A one-service HSDS package exported by svcmatch, and a fresh AL directory to import it."""
    new_directory(root, "AL")
    assert run(root, "add", "AL", "--name", "Qendra Shkodër", "--category", "shelter",
               "--region", "AL-10", "--city", "Shkodër").exit_code == 0  # fmt: skip
    package = tmp_path / "package"
    assert run(root, "export", "AL", "--format", "hsds-csv", "-o", str(package)).exit_code == 0
    new_directory(tmp_path / "other", "AL")
    return package


def rename_columns(path: Path, names: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8-sig")
    header, _, rest = text.partition("\n")
    path.write_text(",".join(names.get(cell, cell) for cell in header.split(",")) + "\n" + rest)


def test_an_hsds_table_with_capitalised_columns_is_read_and_said(root: Path, tmp_path: Path) -> None:
    """An office typed 'ID' and 'Name' over services.csv's header in a spreadsheet: no row had
    an 'id', no service was read, and the import said '0 added', exit 0."""
    package = exported_package(root, tmp_path)
    rename_columns(
        package / "services.csv", {"id": "ID", "name": "Name", "organization_id": "Organization ID"}
    )
    result = run(tmp_path / "other", "import", "AL", str(package))
    assert result.exit_code == 0, result.output
    assert (
        "svcmatch: note: services.csv: read the columns 'ID' as id, 'Organization ID' as organization_id, "
        "'Name' as name (HSDS's column names are lower case, with _)"
    ) in result.stderr
    assert [p.name for p in DirectoryStore("AL", tmp_path / "other").load().providers] == ["Qendra Shkodër"]


def test_an_hsds_services_table_without_an_id_column_is_refused_not_imported_empty(
    root: Path, tmp_path: Path
) -> None:
    package = exported_package(root, tmp_path)
    rename_columns(package / "services.csv", {"id": "service_ref"})
    result = run(tmp_path / "other", "import", "AL", str(package))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "svcmatch: error: services.csv has no id column, so no service can be read from its 1 row (its "
        "columns: 'service_ref', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', "
        "...) (name the services' identifier column id, as HSDS does (docs/hsds.md))"
    ]


# --- a sheet whose point is in one column, as a map gives it ---------------------------------------


@pytest.mark.parametrize("header", ["coordinates", "GPS", "Koordinatat", "Координати", "Lat/Long"])
def test_a_column_holding_a_point_says_to_split_it_into_latitude_and_longitude(
    root: Path, tmp_path: Path, header: str
) -> None:
    """An office pastes '41.3275, 19.8187' from a map into one column: the error said to rename
    it to a template column, and no template column holds two numbers."""
    new_directory(root, "AL")
    sheet = tmp_path / "al.csv"
    sheet.write_text(
        f'name,categories,city,region,{header}\r\nQendra A,shelter,Tiranë,AL-11,"41.3275, 19.8187"\r\n'
    )
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"svcmatch: error: row 1, {header}: unknown column {header!r} (a point in one column: split it into "
        "the columns latitude and longitude, each a decimal number such as 41.3275 and 19.8187, or delete "
        "the column)"
    )


def test_a_caseworkers_cp1251_cases_with_rivne_are_matched_in_batch(tmp_path: Path) -> None:
    """The same reader reads batch's cases: a Ukrainian caseworker's sheet of cases saved as
    plain "CSV" (Рівне: bytes D0 B3) was refused whole as mixing encodings."""
    cases = tmp_path / "cases.csv"
    cases.write_bytes("case_id;country;to;needs\r\nUA-1;UA;Рівне;притулок\r\n".encode("cp1251"))
    result = CliRunner().invoke(main, ["batch", str(cases), "--format", "csv", "--today", "2026-11-28"])
    assert result.exit_code == 0, result.output
    assert "CSV, cp1251 (detected, not UTF-8), its letters read as 'Рівне', 'притулок'" in result.stderr
    assert "UA-1,2,Rivne,UA-56,shelter=" in result.stdout


# --- a week of referrals: a typo in an answer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--status", "acepted"],
            "unknown referral status 'acepted' (did you mean accepted? use one of requested,",
        ),
        (
            ["--status", "declned", "--reason", "no_capacity"],
            "unknown referral status 'declned' (did you mean declined?",
        ),
        (
            ["--status", "declined", "--reason", "no capacty"],
            "unknown reason 'no capacty' (did you mean no_capacity?",
        ),
        (["--status", "done"], "unknown referral status 'done' (use one of requested,"),
        # a "not" is no typo: 'not accepted' is never told to write accepted
        (["--status", "not accepted"], "unknown referral status 'not accepted' (use one of requested,"),
        (["--status", "not completed"], "unknown referral status 'not completed' (use one of requested,"),
        (
            ["--status", "declined", "--reason", "not elgible"],
            "unknown reason 'not elgible' (did you mean not_eligible?",
        ),
    ],
)
def test_a_typo_in_an_answer_names_the_status_or_reason_it_is_closest_to(
    tmp_path: Path, args: list[str], said: str
) -> None:
    """A caseworker recording Tuesday's answers types 'acepted': the error listed seven statuses
    without the one she meant; nothing is read by its close spelling."""
    store = ReferralStore(tmp_path / "referrals")
    ((referral, _),) = store.open_package(referral_package("AL-7", "2026-11-20"))
    result = CliRunner().invoke(
        main,
        ["--directories", str(tmp_path), "referral", "update", referral.id, *args, "--date", "2026-11-21"],
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(f"svcmatch: error: {said}")
    assert store.get(referral.id).status == "requested"


@pytest.mark.parametrize(
    ("header", "meant"),
    [
        ("Gjinia", "sexes"),
        ("Стать", "sexes"),
        ("Mosha min", "min_age"),
        ("Вік до", "max_age"),
        ("Verifikuar më", "verified_on"),
        ("Дата перевірки", "verified_on"),
        ("Kapaciteti", "capacity_available"),
        ("Вільні місця", "capacity_available"),
        ("Категорії", "categories"),
    ],
)
def test_an_offices_own_header_for_sex_ages_verification_and_places_names_its_column(
    root: Path, tmp_path: Path, header: str, meant: str
) -> None:
    """An Albanian or Ukrainian office's sheet (Gjinia, Mosha min, Verifikuar më, Kapaciteti;
    Стать, Вік до, Дата перевірки, Вільні місця, Категорії) got 'unknown column' with no
    column named, where its name, town and phone columns were named."""
    new_directory(root, "AL")
    sheet = tmp_path / "al.csv"
    sheet.write_text(f"name;categories;region;{header}\r\nQendra A;shelter;AL-11;x\r\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    assert f"unknown column {header!r} (did you mean {meant}? " in result.stderr


def test_a_moroccan_sheet_saved_as_plain_csv_on_arabic_windows_reads_its_arabic(
    root: Path, tmp_path: Path
) -> None:
    """Excel's plain "CSV" on an Arabic Windows is cp1256, which detection did not consider:
    a Moroccan office's names came in as 'гСЯТ ЗбГгб' (read as cp1251), said as its letters,
    with no code page to try."""
    new_directory(root, "MA")
    sheet = tmp_path / "ma.csv"
    sheet.write_bytes(
        "name;categories;city;region;notes\r\n"
        "مركز الأمل;medical;Casablanca;MA-06;مأوى للنساء\r\n"
        "Centre Espoir;shelter;Fès;MA-03;Fermé l'été\r\n".encode("cp1256")
    )
    result = run(root, "import", "MA", str(sheet))
    assert result.exit_code == 0, result.output
    assert "CSV, cp1256 (detected, not UTF-8), its letters read as 'مركز', 'الأمل'" in result.stderr
    names = sorted(p.name for p in DirectoryStore("MA", root).load().providers)
    assert names == ["Centre Espoir", "مركز الأمل"]


def test_a_json_file_in_a_detected_code_page_shows_the_letters_it_gave(root: Path, tmp_path: Path) -> None:
    """A JSON export edited in an old Notepad (saved as 'ANSI', cp1252) and imported: the note
    said 'JSON, cp1250 (detected, not UTF-8)' without the letters, as CSV shows them, so that
    'Cittŕ' for 'Città' could not be seen before it was stored."""
    new_directory(root, "AL")
    path = tmp_path / "al.json"
    path.write_bytes(
        '[{"name": "Qendra Città", "categories": "shelter", "region": "AL-10", "city": "Shkodër"}]'.encode(
            "cp1252"
        )
    )
    result = run(root, "import", "AL", str(path), "--dry-run")
    assert result.exit_code == 0, result.output
    note = next(
        line for line in result.stderr.splitlines() if line.startswith("svcmatch: note: read al.json")
    )
    assert "(detected, not UTF-8), its letters read as '" in note
