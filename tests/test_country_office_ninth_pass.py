"""A ninth country office pass: languages a directory file gives by name, and what an office
saw keeping its directory. Each test is a problem it found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from helpers import directory_folder
from helpers import run_directory as run

from svcmatch.cli import main
from svcmatch.languages import stored_languages
from svcmatch.storage import DirectoryStore

RECORD = {
    "id": "al-ber-0001",
    "name": "Qendra Psikosociale Berat",
    "categories": ["psychosocial"],
    "city": "Berat",
    "region": "AL-01",
    "latitude": 40.7058,
    "longitude": 19.9522,
    "coverage": {"kind": "national"},
    "languages": ["sq"],
    "verified_on": "2026-11-01",
}


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def hand_edited(root: Path, languages: list[Any], **record: Any) -> Path:
    """A directory of one record whose languages a hand edit (or another tool) wrote; its file."""
    directory_folder(root, [{**RECORD, **record}])
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][record.get("id", RECORD["id"])]["languages"] = languages
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def imported_cell(root: Path, tmp_path: Path, column: str, cell: str) -> Result:
    """`directory import AL` of a sheet that sets one column of RECORD (stored first) to `cell`."""
    directory_folder(root, [RECORD])
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f'id,{column}\nal-ber-0001,"{cell}"\n', encoding="utf-8")
    return run(root, "import", "AL", str(sheet))


def match(root: Path, *options: str) -> Result:
    args = ["--directories", str(root), "match", "--country", "AL", "--to", "Berat", "--today", "2026-12-01"]
    return CliRunner().invoke(main, [*args, "--needs", "psychosocial", *options])


# --- languages given by name in a directory file -----------------------------------------------


def test_a_language_given_by_name_in_the_file_is_read_as_its_code_and_said(root: Path) -> None:
    """A hand edit wrote `"languages": ["Albanian", "Romani"]`: they loaded as 'albanian' and
    'romani', `match` told a Romani speaker the provider 'speaks none of the person's languages'
    and `validate` called the record wrong."""
    hand_edited(root, ["Albanian", "Romani"])
    directory = DirectoryStore("AL", root).load()
    assert directory.providers[0].languages == ("sq", "rom")
    assert directory.info.languages_by_name == (
        ("al-ber-0001", "Albanian", "sq"),
        ("al-ber-0001", "Romani", "rom"),
    )
    found = match(root, "--language", "rom", "--format", "json")
    assert found.exit_code == 0, found.output
    assert "speaks none" not in found.stdout
    assert "gives languages by name in 1 record (al-ber-0001), read as their codes" in found.stderr
    checked = run(root, "validate", "AL")
    assert checked.exit_code == 0, checked.output
    assert (
        "al-ber-0001: warning: languages: the file gives 2 languages by name, read as codes: 'Albanian' as "
        "sq (Albanian), 'Romani' as rom (Romany) (fix: write the codes: svcmatch directory edit AL "
        "al-ber-0001 --set 'languages=sq|rom')"
    ) in checked.stdout


def test_a_write_stores_the_codes_and_says_it(root: Path) -> None:
    path = hand_edited(root, ["Albanian", "Shqip", "english"])
    edited = run(root, "edit", "AL", "al-ber-0001", "--set", "phone=+355 32 000 111")
    assert edited.exit_code == 0, edited.output
    assert "gives languages by name in 1 record (al-ber-0001)" in edited.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["providers"]["al-ber-0001"]["languages"] == [
        "sq",
        "en",
    ]
    assert "languages" not in run(root, "validate", "AL").stdout


def test_a_confidential_shelters_stored_words_are_not_echoed(root: Path) -> None:
    hand_edited(
        root,
        ["Albanian"],
        categories=["shelter"],
        confidential_address=True,
        id="al-exa-0001",
        name="Strehimi",
    )
    checked = run(root, "validate", "AL")
    assert (
        "read as its code: sq (Albanian) (fix: write the codes: svcmatch directory edit AL al-exa-0001"
        in (checked.stdout)
    )
    assert "'Albanian'" not in checked.stdout


@pytest.mark.parametrize(
    ("stored", "codes", "read"),
    [
        (["sq", "rom"], ["sq", "rom"], ()),
        (["SQ", "It"], ["sq", "it"], ()),  # a code in capitals is the code, nothing to say
        (["Tagalog", "Filipino"], ["tl", "fil"], (("Tagalog", "tl"), ("Filipino", "fil"))),
        (["Tiếng Việt"], ["vi"], (("Tiếng Việt", "vi"),)),
        (["Albanain"], ["Albanain"], ()),  # a typo is never guessed: `validate` reports it
        (["Ga"], ["Ga"], (("Ga", ""),)),  # Irish's code and Accra's language: which is not known
    ],
)
def test_stored_languages_read_names_exactly(
    stored: list[str], codes: list[str], read: tuple[Any, ...]
) -> None:
    assert stored_languages(stored) == (codes, read)


def test_a_name_not_read_exactly_is_still_an_error(root: Path) -> None:
    hand_edited(root, ["Albanain"])
    checked = run(root, "validate", "AL")
    assert checked.exit_code == 1
    assert "al-ber-0001: error: languages: albanain not ISO 639 language codes" in checked.stdout


def test_a_code_written_as_another_languages_name_is_an_error(root: Path) -> None:
    """'Ga' is Irish's code and the name of Accra's language: it loaded as Irish without a word."""
    hand_edited(root, ["Ga", "English"])
    checked = run(root, "validate", "AL")
    assert checked.exit_code == 1
    assert (
        "al-ber-0001: error: languages: language 'Ga' is the code of Irish and the name of Ga (fix: give the "
        "code of hers: ga (Irish) or gaa (Ga): svcmatch directory edit AL al-ber-0001 --set languages=...)"
    ) in checked.stdout
    assert "'English' as en (English)" in checked.stdout


# --- a large HSDS feed from another tool ---------------------------------------------------------


def feed(count: int, *, far: int | None = None) -> list[dict[str, Any]]:
    """HSDS services in Hà Nội as another tool writes them: its own fields, its own taxonomy
    (term ids that are no UUIDs); service `far` placed in the sea, outside Viet Nam."""
    services = []
    for number in range(count):
        latitude, longitude = (10.0, 115.0) if number == far else (21.0285, 105.8542)
        services.append(
            {
                "id": f"svc-{number:04d}",
                "name": f"Tư vấn Hà Nội {number}",
                "status": "active",
                "x_partner_code": f"VN-P-{number}",
                "service_at_locations": [
                    {
                        "id": f"sal-{number}",
                        "location": {"id": f"loc-{number}", "latitude": latitude, "longitude": longitude},
                    }
                ],
                "attributes": [
                    {"id": f"at{number}", "taxonomy_term": {"id": "t-clinic", "name": "Health clinic"}}
                ],
            }
        )
    return services


def test_a_feed_lists_its_errors_first_and_a_note_given_for_many_records_once(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed of 5,000 services gave 1,700 notes, the same two on every record, and listed
    1,000 lines: 19 of its 51 errors were among those not listed."""
    from svcmatch.cli import directory_io

    assert run(root, "init", "VN").exit_code == 0
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed(30, far=29), ensure_ascii=False), encoding="utf-8")
    result = run(root, "import", "VN", str(path), "--format", "hsds", "--dry-run")
    assert result.exit_code == 1, result.output
    lines = [
        line for line in result.stderr.splitlines() if "svcmatch: error:" in line or "is not a UUID" in line
    ]
    assert len(lines) == 2
    assert lines[0].startswith("svcmatch: error: record vn-tu-van-ha-noi-29-")
    assert lines[1].endswith(
        "taxonomy_term.id 't-clinic' is not a UUID; kept aside (the same for 29 more records)"
    )
    monkeypatch.setattr(directory_io, "MOST_LISTED", 1)
    result = run(root, "import", "VN", str(path), "--format", "hsds", "--dry-run")
    assert "svcmatch: error: record vn-tu-van-ha-noi-29-" in result.stderr
    assert "svcmatch: ... and 2 more, not listed (0 errors, 2 notes)" in result.stderr


# --- dates as the new offices write them -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "day", "how"),
    [
        ("01.03.2026 г.", "2026-03-01", "dots: day first"),  # refused by the eighth pass: 'not a date'
        ("01.03.2026г.", "2026-03-01", "dots: day first"),
        ("1.3.2026 р.", "2026-03-01", "dots: day first"),
        ("1 Disyembre 2026", "2026-12-01", "the month's name"),
        ("Disyembre 1, 2026", "2026-12-01", "the month's name"),
        ("Martes, Disyembre 1, 2026", "2026-12-01", "the month's name"),
        ("ngày 1 tháng 12 năm 2026", "2026-12-01", "ngày, tháng, năm: day, month, year"),
        ("Ngày 01 tháng 12, 2026", "2026-12-01", "ngày, tháng, năm: day, month, year"),
    ],
)
def test_a_date_in_the_new_offices_words_is_read_at_every_door_and_said(
    root: Path, tmp_path: Path, typed: str, day: str, how: str
) -> None:
    imported = imported_cell(root, tmp_path, "verified_on", typed)
    assert imported.exit_code == 0, imported.output
    assert f"verified_on: read {typed!r} as {day} ({how})" in imported.stderr
    verified = run(root, "verify", "AL", "al-ber-0001", "--on", typed, "--by", "Drita")
    assert verified.exit_code == 0, verified.output
    assert f"read {typed!r} as {day}" in verified.stderr
    assert DirectoryStore("AL", root).load().providers[0].verified_on.isoformat() == day


def test_a_vietnamese_date_without_its_year_word_or_a_swapped_one_is_refused() -> None:
    from svcmatch.errors import InputError
    from svcmatch.model import parse_date

    for text in ("tháng 12 năm 2026", "ngày 1 tháng 13 năm 2026"):
        with pytest.raises(InputError):
            parse_date(text)


# --- a sheet's header in the office's language ----------------------------------------------------


@pytest.mark.parametrize(
    ("header", "meant"),
    [
        ("Pangalan", "name"),
        ("Lungsod", "city"),
        ("Wika", "languages"),  # said nothing
        ("Petsa ng beripikasyon", "verified_on"),
        ("Tên tổ chức", "name"),
        ("Số điện thoại", "phone"),
        ("Ngôn ngữ", "languages"),
        ("ስም", "name"),
        ("ስልክ", "phone"),
        ("ከተማ", "city"),
        ("Idiomas", "languages"),
        ("Persona de contacto", "focal_point"),
        ("اللغات", "languages"),
    ],
)
def test_a_header_in_the_offices_language_names_the_column_meant(
    root: Path, tmp_path: Path, header: str, meant: str
) -> None:
    assert run(root, "init", "PH").exit_code == 0
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f"name,city,{header}\nBahay Silungan,Manila,x\n" if meant != "name" else f"{header},city\nA,Manila\n"
    )
    result = run(root, "import", "PH", str(sheet))
    assert result.exit_code == 1
    assert f"unknown column {header!r} (did you mean {meant}? rename it" in result.stderr


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Ingles", "en"),
        ("inglés", "en"),
        ("tiếng Anh", "en"),
        ("Pranses", "fr"),
        ("Arabisch", "ar"),
        ("chino", "zh"),
    ],
)
def test_a_language_named_in_a_sending_or_new_offices_language_is_read_and_said(
    root: Path, tmp_path: Path, name: str, code: str
) -> None:
    """A Philippine sheet's 'Tagalog, Ingles' was refused: 'ingles not ISO 639 language codes'."""
    result = imported_cell(root, tmp_path, "languages", f"sq|{name}")
    assert result.exit_code == 0, result.output
    assert f"languages: read {name!r} as {code} (" in result.stderr
    assert DirectoryStore("AL", root).load().providers[0].languages == ("sq", code)


# --- a Colombian office's sheet -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "typed", "code", "how"),
    [
        ("sexes", "mujer", "female", "translation"),
        ("sexes", "F", "female", "synonym"),
        ("sexes", "hombre", "male", "translation"),
        ("exploitation_types", "trabajo forzoso", "labour", "translation"),
        ("exploitation_types", "forced labour", "labour", "synonym"),
    ],
)
def test_a_sex_or_exploitation_in_words_is_read_at_import_add_and_edit_as_match_reads_it(
    root: Path, tmp_path: Path, column: str, typed: str, code: str, how: str
) -> None:
    """A Colombian sheet's sexes 'mujer' was refused ('not one of female, male, other, any'),
    though `match --sex mujer` read it."""
    result = imported_cell(root, tmp_path, column, typed)
    assert result.exit_code == 0, result.output
    assert f"{column}: read {typed!r} as {code} ({how})" in result.stderr
    assert getattr(DirectoryStore("AL", root).load().providers[0], column) == (code,)
    edited = run(root, "edit", "AL", "al-ber-0001", "--set", f"{column}={typed}")
    assert edited.exit_code == 0, edited.output
    assert f"{column}: read {typed.lower()!r} as {code} ({how})" in edited.stderr


@pytest.mark.parametrize(
    ("country", "name", "city", "region", "begins"),
    [
        ("ET", "Ethiopian Women Lawyers Association", "አዲስ አበባ", "ET-AA", "et-add-"),  # Addis Ababa
        ("EG", "دار الأمان", "القاهرة", "EG-C", "eg-cai-"),  # Cairo
        ("ET", "Mekelle Legal Aid", "መቀለ", "ET-TI", "et-mek-"),  # not read: the name's letters
    ],
)
def test_a_new_records_id_in_a_town_of_another_script_takes_latin_letters(
    root: Path, country: str, name: str, city: str, region: str, begins: str
) -> None:
    """Towns in a script without a Latin table ('አዲስ አበባ', 'القاهرة') gave every record there an
    id such as et-x-8bdc: the town's name in the gazetteer gives the letters, else the name."""
    assert run(root, "init", country).exit_code == 0
    added = run(
        root, "add", country, "--name", name, "--categories", "legal", "--city", city, "--region", region
    )
    assert added.exit_code == 0, added.output
    assert added.stdout.startswith(begins), added.stdout


@pytest.mark.parametrize(
    ("typed", "country", "stored"),
    [
        ("(02) 8921 0000 loc. 12", "PH", "+63 2 8921 0000 ext. 12"),
        ("02-8921-0000 local 12", "PH", "+63 2 8921 0000 ext. 12"),
        ("01 23 45 67 89 poste 12", "FR", "+33 1 23 45 67 89 ext. 12"),
        ("+7 495 123-45-67 доб. 123", "RU", "+7 495 123-45-67 ext. 123"),
    ],
)
def test_an_extension_in_the_offices_words_is_read_and_said(typed: str, country: str, stored: str) -> None:
    """A Philippine office's '(02) 8921 0000 loc. 12' was refused as a number of the wrong length."""
    from svcmatch.checks import is_phone
    from svcmatch.phones import read_phone

    assert is_phone(typed)  # as `add` and `edit` keep it
    reading = read_phone(typed, country)
    assert reading.number == stored
    assert reading.note.startswith(f"read {typed!r} as {stored}: ")
    assert reading.note.endswith("as its extension")


def test_an_hsds_json_export_larger_than_import_reads_says_how_to_export_it_for_import(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """svcmatch's own hsds-json export of 5,000 services (74 MiB) was refused by `import` (50 MiB)
    without a word at export time; the hsds-csv package of them is 14 MiB."""
    from svcmatch.cli import directory_io

    directory_folder(root, [RECORD])
    monkeypatch.setattr(directory_io, "MAX_INPUT_BYTES", 1_000)
    out = tmp_path / "al.json"
    for target in (["-o", str(out)], []):
        result = run(root, "export", "AL", "--format", "hsds-json", *target)
        assert result.exit_code == 0, result.output
        said = "more than `svcmatch directory import` reads (0 MiB): to import it again, export --format"
        assert said in result.stderr
    monkeypatch.setattr(directory_io, "MAX_INPUT_BYTES", 1_000_000)
    assert "more than" not in run(root, "export", "AL", "--format", "hsds-json", "-o", str(out)).stderr


def test_an_hsds_radius_whose_dot_may_separate_thousands_is_not_read_as_km(
    root: Path, tmp_path: Path
) -> None:
    """'Within 1.500 km of Tiranë' (1,500 km as German or Albanian write it) was read as a
    radius of 1.5 km (the attacks engineer's find)."""
    assert run(root, "init", "AL").exit_code == 0
    service = {
        "id": "svc-1",
        "name": "Qendra Ligjore",
        "status": "active",
        "service_areas": [{"id": "sa-1", "name": "Within 1.500 km of Tiranë"}],
        "service_at_locations": [
            {"id": "sal-1", "location": {"id": "loc-1", "latitude": 41.3275, "longitude": 19.8187}}
        ],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([service], ensure_ascii=False), encoding="utf-8")
    result = run(root, "import", "AL", str(path), "--format", "hsds")
    assert result.exit_code == 0, result.output
    assert "its radius may be thousands of km" in result.stderr
    provider = DirectoryStore("AL", root).load().providers[0]
    assert provider.coverage.kind != "radius"


def test_a_cases_sheets_headers_in_the_caseworkers_language_are_named_not_told_to_be_deleted(
    root: Path, tmp_path: Path
) -> None:
    """A Colombian caseworker's cases (caso, país, destino, necesidades, sexo, edad) were told
    "delete the columns caso, país, destino, necesidades, edad, which batch does not read"."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "caso,país,destino,necesidades,sexo,edad,Notas\nC-1,AL,Berat,médico,mujer,30,x\n", "utf-8"
    )
    result = CliRunner().invoke(main, ["--directories", str(root), "batch", str(cases)])
    assert result.exit_code == 2
    assert (
        "(rename caso to case_id, país to country, destino to to, necesidades to needs, sexo to sex, edad to "
        "age; delete the columns notas, which batch does not read;"
    ) in result.stderr


@pytest.mark.parametrize(("typed", "value"), [("oo", True), ("Hindi", False), ("có", True), ("không", False)])
def test_yes_and_no_in_tagalog_and_vietnamese_are_read_and_said(
    root: Path, tmp_path: Path, typed: str, value: bool
) -> None:
    result = imported_cell(root, tmp_path, "vot_specialised", typed)
    assert result.exit_code == 0, result.output
    assert f"vot_specialised: read {typed!r} as {'yes' if value else 'no'} (translation)" in result.stderr
    assert DirectoryStore("AL", root).load().providers[0].vot_specialised is value


def test_a_feed_says_how_many_providers_it_stores_without_a_need_category(root: Path, tmp_path: Path) -> None:
    """5,000 services, a third of them under terms no map knew: 'good rows ... 0 problems', and
    1,666 providers that no match would ever find (`validate` called each an error)."""
    assert run(root, "init", "VN").exit_code == 0
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed(3), ensure_ascii=False), encoding="utf-8")
    result = run(root, "import", "VN", str(path), "--format", "hsds")
    assert result.exit_code == 0, result.output
    assert (
        "3 provider(s) have no need category, so no match finds them: map their taxonomy terms with "
        "--taxonomy-map and import again, or set their categories (`svcmatch directory validate VN` "
        "lists them)"
    ) in result.stderr
