"""A country office keeping its directory, as it works: spreadsheets saved by Excel, imports
and re-imports, list and coverage filters. Each test is a problem that the pass found."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from helpers import run_directory as run

from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


def put(root: Path, *providers: Provider) -> None:
    with DirectoryStore("AL", root).transaction(author="t") as transaction:
        for provider in providers:
            transaction.put(provider)


def as_excel_saves_it(exported: str, **cells: str) -> str:
    """An export opened in Excel with a European locale and saved as CSV: semicolons, decimal
    commas, phones made numbers (their + dropped); `cells` sets columns of every row."""
    rows = list(csv.reader(io.StringIO(exported.lstrip("\ufeff"))))
    header = rows[0]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows[1:]:
        record = dict(zip(header, row, strict=True))
        record["phone"] = record["phone"].replace("+", "").replace(" ", "")
        for column in ("latitude", "longitude"):
            record[column] = record[column].replace(".", ",")
        record.update(cells)
        writer.writerow([record[column] for column in header])
    return out.getvalue()


# --- phones that a spreadsheet made numbers ----------------------------------------------------


def test_a_number_kept_as_written_comes_back_from_excel_without_its_plus(root: Path) -> None:
    """A number outside the numbering plan is kept as written with its +country code (the
    bundled samples' numbers all are); Excel drops the + when it makes the cell a number. The
    re-import refused every row ('not a phone number in use in AL'): the same numbers, however
    written, keep the stored text."""
    put(
        root,
        Provider(id="al-1", name="Q", categories=("legal",), region="AL-11", phone="+355 4 000 202"),
        Provider(id="al-2", name="R", categories=("legal",), region="AL-11", phone="+355 00 555 0010"),
    )
    saved = as_excel_saves_it(run(root, "export", "AL").stdout)
    assert ";3554000202;" in saved and ";355005550010;" in saved
    result = run(root, "import", "AL", "-", input=saved)
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith("0 added, 0 updated, 2 unchanged\n")
    phones = {p.id: p.phone for p in DirectoryStore("AL", root).load().providers}
    assert phones == {"al-1": "+355 4 000 202", "al-2": "+355 00 555 0010"}


def test_other_digits_than_the_stored_number_are_still_refused(root: Path) -> None:
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11", phone="+355 4 000 202"))
    saved = as_excel_saves_it(run(root, "export", "AL").stdout, phone="3554000203")
    result = run(root, "import", "AL", "-", input=saved)
    assert result.exit_code == 1
    assert "'3554000203' is not a phone number in use in AL" in result.stderr


def test_an_xlsx_number_cell_of_a_number_kept_as_written(root: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11", phone="+355 4 000 202"))
    book = openpyxl.Workbook()
    book.active.append(["id", "name", "phone"])
    book.active.append(["al-1", "Q", 3554000202])
    path = tmp_path / "p.xlsx"
    book.save(path)
    result = run(root, "import", "AL", str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith("0 added, 0 updated, 1 unchanged\n")


# --- coverage in the office's own words ---------------------------------------------------------


@pytest.mark.parametrize("word", ["nationwide", "whole country", "kombëtare", "all"])
def test_a_coverage_that_is_no_region_names_coverage_and_its_forms(root: Path, word: str) -> None:
    """'nationwide' in the coverage column was 'unknown region 'nationwide' in AL (closest:
    AL-11 Tiranë, AL-01 Berat, AL-10 Shkodër)': the fix offered three regions, never national
    or radius:KM, and `add --coverage nationwide` did not even say it was the coverage."""
    imported = run(
        root, "import", "AL", "-", input=f"name;categories;region;coverage\r\nQ;legal;AL-11;{word}\r\n"
    )
    assert imported.exit_code == 1
    line = next(line for line in imported.stderr.splitlines() if "error" in line)
    assert line.startswith(f"svcmatch: error: row 2, coverage: unknown region '{word}' in AL (write national")
    assert "radius:40" in line and "closest: " in line
    added = run(
        root, "add", "AL", "--name", "Q", "--category", "legal", "--region", "AL-11", "--coverage", word
    )
    assert added.exit_code == 2
    assert added.stderr.startswith(
        f"svcmatch: error: coverage: unknown region '{word}' in AL (write national"
    )
    assert len(added.stderr.splitlines()) == 1
    assert DirectoryStore("AL", root).load().providers == ()


@pytest.mark.parametrize(
    ("cell", "fix"), [("radius 40", "radius:40"), ("radius40km", "radius:40"), ("radius", "radius:KM")]
)
def test_a_radius_without_its_colon_says_where_the_colon_goes(root: Path, cell: str, fix: str) -> None:
    """'radius 40' was refused as 'coverage radius has no distance', though it has one."""
    result = run(
        root, "add", "AL", "--name", "Q", "--category", "legal", "--region", "AL-11", "--coverage", cell
    )
    assert result.exit_code == 2
    assert f"write it as {fix}" in result.stderr
    if cell != "radius":
        assert "has no distance" not in result.stderr


# --- filters read in people's words are said ----------------------------------------------------


def invoke(*args: str) -> object:
    from click.testing import CliRunner

    from svcmatch.cli import main

    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("doctr", "category: read 'doctr' as medical (close spelling)"),
        ("avocat", "category: read 'avocat' as legal (translation)"),
        ("lawyer", "category: read 'lawyer' as legal (synonym)"),
    ],
)
def test_list_says_how_it_read_a_need_word(root: Path, word: str, said: str) -> None:
    """`directory list AL --category doctr` listed the medical providers without a word: a
    close spelling read silently, where the same command says how it read --region."""
    put(root, Provider(id="al-1", name="Q", categories=("medical", "legal"), region="AL-11"))
    result = run(root, "list", "AL", "--category", word)
    assert result.exit_code == 0, result.output
    assert f"svcmatch: {said}\n" in result.stderr
    assert "al-1" in result.stdout
    exact = run(root, "list", "AL", "--category", "medical")
    assert "read" not in exact.stderr


def test_coverage_says_how_it_read_its_need_words(root: Path) -> None:
    """`coverage AL --needs doctr,mental` drew the MED and PSY columns without saying that
    it had read 'doctr' by its spelling."""
    put(root, Provider(id="al-1", name="Q", categories=("medical",), region="AL-11"))
    result = invoke("--directories", str(root), "coverage", "AL", "--needs", "doctr,mental health")
    assert result.exit_code == 0, result.output
    assert "svcmatch: needs: read 'doctr' as medical (close spelling)\n" in result.stderr
    assert "svcmatch: needs: read 'mental health' as psychosocial (synonym)\n" in result.stderr
    exact = invoke("--directories", str(root), "coverage", "AL", "--needs", "medical")
    assert "read" not in exact.stderr


def test_list_takes_its_needs_with_commas_as_match_does(root: Path) -> None:
    """`directory list AL --needs shelter,legal` (the --needs of match, which takes commas) was
    'unknown need 'shelter,legal''."""
    put(
        root,
        Provider(id="al-1", name="Q", categories=("shelter",), region="AL-11"),
        Provider(id="al-2", name="R", categories=("legal",), region="AL-11"),
        Provider(id="al-3", name="S", categories=("medical",), region="AL-11"),
    )
    for given in (
        ["--needs", "shelter,legal"],
        ["--category", "shelter, lawyer"],
        ["--need", "shelter", "--need", "legal"],
    ):
        result = run(root, "list", "AL", *given, "--format", "json")
        assert result.exit_code == 0, (given, result.output)
        assert [p["id"] for p in __import__("json").loads(result.stdout)] == ["al-1", "al-2"], given


# --- advisories written by hand (the file is shared under git) ---------------------------------


def hand_edit_meta(root: Path, **meta: object) -> None:
    import json

    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["meta"]["directory"].update(meta)
    path.write_text(
        json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


@pytest.mark.parametrize("key", ["AL-7", "al-08", "Kukës"])
def test_validate_finds_an_advisory_that_no_region_has(root: Path, key: str) -> None:
    """An advisory written by hand (or merged in git) under 'AL-7', 'al-08' or a region's name
    loaded, was listed by stats, and match never showed it to a caseworker going there;
    validate said nothing ('0 errors')."""
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11", verified_on=None))
    hand_edit_meta(root, advisories={key: "Floods: roads closed"})
    result = run(root, "validate", "AL", "--today", "2026-12-01")
    assert result.exit_code == 1, result.output
    line = next(line for line in result.stdout.splitlines() if line.startswith("error: advisories"))
    assert f"{key!r} is no region code of AL" in line
    assert f"svcmatch directory advise AL {key} --clear" in line
    cleared = run(root, "advise", "AL", key, "--clear")
    assert cleared.exit_code == 0, cleared.output
    assert DirectoryStore("AL", root).load().info.advisories == ()


def test_a_stored_advisory_of_a_real_region_is_no_finding(root: Path) -> None:
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11"))
    assert run(root, "advise", "AL", "AL-07", "--text", "Floods").exit_code == 0
    assert "advisories" not in run(root, "validate", "AL").stdout


@pytest.mark.parametrize(
    ("meta", "said"),
    [
        ({"owner": "Office Tirana"}, "unknown key 'owner'"),
        ({"title": 5}, "title is not text"),
        ({"advisories": {"AL-07": 5}}, "advisories: 'AL-07' has no text"),
    ],
)
def test_a_hand_edited_meta_record_names_what_is_wrong(
    root: Path, meta: dict[str, object], said: str
) -> None:
    """'meta record is not valid (keys advisories, country, owner, ...)' listed every key and
    named none as the problem."""
    hand_edit_meta(root, **meta)
    result = run(root, "list", "AL")
    assert result.exit_code == 3
    assert said in result.stderr and len(result.stderr.splitlines()) == 1


# --- an output file named for a format that the command does not write -------------------------


@pytest.mark.parametrize("name", ["al.ods", "al.xls", "al.jsonl", "al.tsv", "al.pdf", "al.html"])
def test_export_refuses_a_file_name_of_a_format_it_does_not_write(
    root: Path, tmp_path: Path, name: str
) -> None:
    """`directory export AL -o al.ods` wrote CSV text into al.ods, exit 0, and LibreOffice
    could not open it as the spreadsheet its name says (as .xls, .jsonl: CSV again)."""
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11"))
    result = run(root, "export", "AL", "-o", str(tmp_path / name))
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1
    assert "export writes csv, json, xlsx, hsds-json, hsds-csv" in result.stderr
    assert "--format" in result.stderr
    assert not (tmp_path / name).exists()
    forced = run(root, "export", "AL", "-o", str(tmp_path / name), "--format", "csv")
    assert forced.exit_code == 0 and (tmp_path / name).read_text(encoding="utf-8-sig").startswith("id,")


@pytest.mark.parametrize("name", ["al.csv", "al.txt", "al", "al.XLSX", "al.Json"])
def test_export_still_takes_the_names_it_writes(root: Path, tmp_path: Path, name: str) -> None:
    pytest.importorskip("openpyxl")
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11"))
    assert run(root, "export", "AL", "-o", str(tmp_path / name)).exit_code == 0


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["stale", "AL"], "to-call.xlsx"),
        (["stale", "AL"], "to-call.ods"),
        (["stale", "AL"], "to-call.pdf"),
    ],
)
def test_a_report_refuses_a_file_name_of_a_format_it_does_not_write(
    root: Path, tmp_path: Path, args: list[str], name: str
) -> None:
    """`directory stale AL -o to-call.xlsx` wrote a text table into to-call.xlsx, exit 0."""
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11"))
    result = run(root, *args, "-o", str(tmp_path / name))
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1
    assert f"names a format that {args[0]} does not write" in result.stderr
    assert not (tmp_path / name).exists()


def test_coverage_refuses_a_workbook_name(root: Path, tmp_path: Path) -> None:
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11"))
    result = invoke("--directories", str(root), "coverage", "AL", "-o", str(tmp_path / "cov.xlsx"))
    assert result.exit_code == 2
    assert "names a format that coverage does not write" in result.stderr
    assert not (tmp_path / "cov.xlsx").exists()
    html = invoke("--directories", str(root), "coverage", "AL", "-o", str(tmp_path / "cov.html"))
    assert html.exit_code == 0 and (tmp_path / "cov.html").read_text(encoding="utf-8").lstrip().startswith(
        "<!"
    )


# --- a date with a time, as LibreOffice, pandas and HSDS write it ---------------------------------


@pytest.mark.parametrize(
    "cell", ["2025-04-03 00:00:00", "2025-04-03 14:30", "2025-04-03T14:30:00Z", "2025-04-03T14:23:06.5+01:00"]
)
def test_an_iso_date_with_its_time_is_that_date(root: Path, cell: str) -> None:
    """'2025-04-03 00:00:00' (a date cell as pandas or a LibreOffice export writes it) was 'not
    a date', while '2025-04-03T...' was read whatever followed the T."""
    import datetime as dt

    result = run(
        root, "import", "AL", "-", input=f"name;categories;region;verified_on\r\nQ;legal;AL-11;{cell}\r\n"
    )
    assert result.exit_code == 0, result.output
    assert [p.verified_on for p in DirectoryStore("AL", root).load().providers] == [dt.date(2025, 4, 3)]


@pytest.mark.parametrize("cell", ["2025-04-03Tgarbage", "2025-04-03T", "2025-04-03 noon", "2025-04-03 25"])
def test_a_date_followed_by_other_text_is_refused(root: Path, cell: str) -> None:
    result = run(
        root, "import", "AL", "-", input=f"name;categories;region;verified_on\r\nQ;legal;AL-11;{cell}\r\n"
    )
    assert result.exit_code == 1
    assert f"verified_on: '{cell}' is not a date (write it as YYYY-MM-DD" in result.stderr
    assert DirectoryStore("AL", root).load().providers == ()


# --- an extra column in the office's sheet ---------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "meant"),
    [
        ("Emri", "name"),
        ("Telefoni", "phone"),
        ("Téléphone", "phone"),
        ("Телефон", "phone"),
        ("Qyteti", "city"),
        ("Ville", "city"),
        ("Місто", "city"),
        ("Adresa", "address"),
        ("Services", "categories"),
        ("Contact person", "focal_point"),
        ("Comments", "notes"),
        ("E-mail", "email"),
        ("Lat", "latitude"),
        ("lng", "longitude"),
        ("Internal ID", None),
        ("Nr.", None),
        ("Last contact", None),
        ("Donor", None),
    ],
)
def test_an_unknown_column_names_the_column_meant_or_none(root: Path, column: str, meant: str | None) -> None:
    """An extra column refuses the file, rightly, but its fix named a column at random: 'Emri'
    (Albanian for name) 'did you mean verified_on?', 'Telefoni' 'did you mean id?', 'Ville'
    'did you mean accompanying_children?', 'Nr.' 'did you mean unaccompanied_minors?'."""
    result = run(
        root,
        "import",
        "AL",
        "-",
        "--dry-run",
        input=f"name;categories;region;{column}\r\nQ;legal;AL-11;x\r\n",
    )
    assert result.exit_code == 1
    line = next(line for line in result.stderr.splitlines() if "error" in line)
    assert f"unknown column '{column}'" in line
    if meant:
        assert f"did you mean {meant}?" in line
    else:
        assert "did you mean" not in line
    assert "or delete the column" in line


# --- two people editing one record at once --------------------------------------------------------


def test_a_refused_old_row_tells_the_files_own_edit_from_the_newer_one(root: Path, tmp_path: Path) -> None:
    """A exports, B edits the focal point, A edits the notes in the export and imports it. The
    row is refused, rightly, but both fields were 'changed since this file was exported':
    notes was not, it was A's own edit. The history tells which fields changed after the
    file's revision; only those are said to have changed since."""
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11", notes="old"))
    exported = run(root, "export", "AL").stdout
    assert run(root, "edit", "AL", "al-1", "--set", "focal_point=Besa", "--author", "B").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
    rows[0]["notes"] = "A's edit"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    result = run(root, "import", "AL", "-", input=out.getvalue())
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 2
    focal = next(line for line in errors if "focal_point" in line)
    notes = next(line for line in errors if "notes" in line)
    assert "focal_point: changed since this file was exported (stored revision 2, the file's 1)" in focal
    assert "changed since" not in notes.split("(export")[0].replace("focal_point changed since", "")
    assert "notes: edited in this file; the row is refused with it" in notes
    assert "stored 'old', file \"A's edit\"" in notes
    assert [p.notes for p in DirectoryStore("AL", root).load().providers] == ["old"]


# --- yes and no as offices write them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("VRAI", True),  # a French Excel's TRUE, as its CSV writes a boolean cell
        ("FAUX", False),
        ("WAHR", True),  # German
        ("FALSCH", False),
        ("VERO", True),  # Italian
        ("ИСТИНА", True),  # Russian
        ("ЛОЖЬ", False),
        ("po", True),  # Albanian
        ("Jo", False),
        ("oui", True),
        ("так", True),  # Ukrainian
        ("ні", False),
        ("да", True),  # Russian
        ("нет", False),
        ("sì", True),
        ("sí", True),
        ("ja", True),
        ("nein", False),
        ("tak", True),  # Polish
        ("nie", False),
        ("sim", True),
        ("não", False),
        ("ναι", True),
        ("όχι", False),
        ("نعم", True),
        ("لا", False),
    ],
)
def test_yes_and_no_in_the_offices_languages_are_read_and_said(root: Path, cell: str, value: bool) -> None:
    """'VRAI' (a boolean cell of a French Excel saved as CSV), 'да' or 'ja' was 'not yes or no';
    'oui', 'po' and 'так' were read without a word, where a need word in those languages is said."""
    result = run(
        root, "import", "AL", "-", input=f"name;categories;region;vot_specialised\r\nQ;legal;AL-11;{cell}\r\n"
    )
    assert result.exit_code == 0, result.output
    said = "yes" if value else "no"
    assert f"svcmatch: note: vot_specialised: read '{cell}' as {said} (translation)\n" in result.stderr
    assert [p.vot_specialised for p in DirectoryStore("AL", root).load().providers] == [value]


@pytest.mark.parametrize("cell", ["yes", "No", "TRUE", "false", "y", "0", "1"])
def test_yes_and_no_in_english_are_read_without_a_note(root: Path, cell: str) -> None:
    result = run(
        root, "import", "AL", "-", input=f"name;categories;region;vot_specialised\r\nQ;legal;AL-11;{cell}\r\n"
    )
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr


def test_a_yes_or_no_in_no_known_language_is_refused(root: Path) -> None:
    result = run(
        root, "import", "AL", "-", input="name;categories;region;vot_specialised\r\nQ;legal;AL-11;maybe\r\n"
    )
    assert result.exit_code == 1
    assert "vot_specialised: 'maybe' is not yes or no" in result.stderr


def test_edit_and_add_json_say_a_yes_or_no_read_as_a_translation(root: Path) -> None:
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11"))
    edited = run(root, "edit", "AL", "al-1", "--set", "vot_specialised=po")
    assert edited.exit_code == 0
    assert "svcmatch: vot_specialised: read 'po' as yes (translation)\n" in edited.stderr
    added = run(
        root,
        "add",
        "AL",
        "--json",
        "-",
        input='{"name": "R", "categories": ["legal"], "region": "AL-11", "outreach": "VRAI"}',
    )
    assert added.exit_code == 0, added.output
    assert "svcmatch: outreach: read 'VRAI' as yes (translation)\n" in added.stderr
    assert {p.id: (p.vot_specialised, p.outreach) for p in DirectoryStore("AL", root).load().providers}[
        "al-1"
    ] == (True, False)


# --- the official HSDS examples through the store and back ----------------------------------------

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(
    not (SHARED / "hsds-3.0").is_dir(), reason="the official HSDS files are not beside the project"
)
@pytest.mark.parametrize("version", ["hsds-3.0", "hsds-3.1-dev"])
def test_the_official_example_exports_every_link_of_a_shared_phone_and_no_place_off_the_earth(
    tmp_path: Path, version: str
) -> None:
    """Imported into a directory and exported as an HSDS package, the official example's phone
    (one id, linked to its service, location, organization, contact and service at location,
    one row of the official phones.csv) became the contact's phone alone: 'phones.csv: two
    different rows share id ...; the first is kept' (and so for contacts, languages,
    schedules, locations, funding), and the service had no phone. The organization's copy of
    the location gave back latitude 100 and longitude 101, which import had set aside as off
    the earth."""
    import json

    root = tmp_path / "dirs"
    DirectoryStore("US", root).create(author="t")
    example = SHARED / version / "examples" / "service_full.json"
    assert run(root, "import", "US", str(example), "--format", "hsds", "-q").exit_code == 0
    package = tmp_path / "pkg"
    exported = run(root, "export", "US", "--format", "hsds-csv", "-o", str(package))
    assert exported.exit_code == 0, exported.output
    assert "two different rows share id" not in exported.stderr
    phones = list(csv.DictReader(io.StringIO((package / "phones.csv").read_text(encoding="utf-8"))))
    (phone,) = [row for row in phones if row["id"] == "1554f2e2-a373-45db-a3fa-9fc48a61c15e"]
    for link in ("service_id", "location_id", "organization_id", "contact_id", "service_at_location_id"):
        assert phone[link], link
    locations = list(csv.DictReader(io.StringIO((package / "locations.csv").read_text(encoding="utf-8"))))
    assert all(row["latitude"] in ("", None) and row["longitude"] in ("", None) for row in locations)
    as_json = run(root, "export", "US", "--format", "hsds-json")
    assert as_json.exit_code == 0
    text = json.dumps(json.loads(as_json.stdout))
    assert '"latitude": 100' not in text and '"longitude": 101' not in text


# --- lists written with the Arabic comma ------------------------------------------------------------


def test_a_list_written_with_the_arabic_comma_is_a_list(tmp_path: Path) -> None:
    """'طبيب، محامي' (doctor، lawyer: Arabic writes its comma ،) was one unknown category, and
    'العربية، الفرنسية' one unknown language: a Moroccan office's row refused."""
    root = tmp_path / "dirs"
    DirectoryStore("MA", root).create(author="t")
    sheet = "name;categories;region;languages\r\nجمعية الأمل;طبيب، محامي;MA-03;العربية، الفرنسية\r\n"
    result = run(root, "import", "MA", "-", input=sheet)
    assert result.exit_code == 0, result.output
    (provider,) = DirectoryStore("MA", root).load().providers
    assert (provider.categories, provider.languages) == (("medical", "legal"), ("ar", "fr"))
    added = run(root, "add", "MA", "--name", "Q", "--category", "سكن؛ طبيب", "--region", "MA-03")
    assert added.exit_code == 0, added.output


# --- a file whose name says another format than it holds -----------------------------------------


def workbook_bytes() -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["name", "categories", "region"])
    book.active.append(["Q", "legal", "AL-11"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "given"), [("providers.csv", ()), ("providers.xlsx", ("--format", "csv"))])
def test_a_workbook_read_as_text_says_it_is_a_workbook(
    root: Path, tmp_path: Path, name: str, given: tuple[str, ...]
) -> None:
    """An .xlsx saved as providers.csv (or read with --format csv) was 'providers.csv mixes
    encodings: line 1 is UTF-8, line 1 is not (byte 11) ... save the whole file again as CSV UTF-8'."""
    path = tmp_path / name
    path.write_bytes(workbook_bytes())
    result = run(root, "import", "AL", str(path), *given)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert f"{name} holds a workbook (xlsx), not CSV text" in result.stderr
    assert "mixes encodings" not in result.stderr


@pytest.mark.parametrize("name", ["web.xls", "web.xlsx"])
def test_text_named_as_a_workbook_says_it_is_text(root: Path, tmp_path: Path, name: str) -> None:
    """A web page's 'Excel export' that is CSV text named .xls was 'not a readable .xls file
    (CalamineError) (open it in a spreadsheet and save it again)'."""
    path = tmp_path / name
    path.write_text("name,categories,region\r\nQ,legal,AL-11\r\n", encoding="utf-8")
    result = run(root, "import", "AL", str(path))
    assert result.exit_code == 2
    assert f"{name} holds text, not a workbook" in result.stderr
    assert "--format csv" in result.stderr


def test_encoding_with_a_workbook_is_refused_as_sheet_with_csv_is(root: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.xlsx"
    path.write_bytes(workbook_bytes())
    result = run(root, "import", "AL", str(path), "--encoding", "cp1252")
    assert result.exit_code == 2
    assert "--encoding applies to CSV and JSON, and p.xlsx is XLSX (leave --encoding out)" in result.stderr


# --- a row deleted from the sheet ---------------------------------------------------------------


def test_an_import_says_which_stored_records_its_sheet_leaves_out(root: Path) -> None:
    """The office deleted a closed provider's row from its export and imported the sheet: '0
    added, 0 updated, 1 unchanged', and the provider stayed, without a word (an import never
    removes a record)."""
    put(
        root,
        Provider(id="al-1", name="Q", categories=("legal",), region="AL-11"),
        Provider(id="al-2", name="R", categories=("legal",), region="AL-11"),
        Provider(id="al-3", name="S", categories=("legal",), region="AL-11"),
    )
    exported = run(root, "export", "AL").stdout
    kept = "".join(
        line for line in exported.splitlines(keepends=True) if not line.startswith(("al-2,", "al-3,"))
    )
    for args in ((), ("--dry-run",)):
        result = run(root, "import", "AL", "-", *args, input=kept)
        assert result.exit_code == 0, result.output
        assert (
            "svcmatch: note: 2 stored records are not in the file (al-2, al-3): an import never removes a "
            "record; they stay as they are (remove one with `svcmatch directory remove AL ID`)\n"
        ) in result.stderr
    assert len(DirectoryStore("AL", root).load().providers) == 3
    quiet = run(root, "import", "AL", "-", "--quiet", input=kept)
    assert "not in the file" not in quiet.stderr
    new_only = run(root, "import", "AL", "-", input="name,categories,region\r\nT,legal,AL-11\r\n")
    assert new_only.exit_code == 0 and "not in the file" not in new_only.stderr  # a sheet of new records
    some = run(root, "import", "AL", "-", input="id,notes\r\nal-1,x\r\n")
    assert some.exit_code == 0 and "not in the file" not in some.stderr  # a few rows to update, no export


# --- an encoding detected, with the letters it gave ------------------------------------------------


def test_a_detected_encoding_shows_the_letters_it_read(root: Path, tmp_path: Path) -> None:
    """'read it.csv: CSV, cp1250 (detected, not UTF-8)': an Italian note saved by Excel as
    cp1252 was read as cp1250 and stored as 'Cittŕ, perché puň', and the note named a code
    page, which no office can judge. It now shows the words with letters beyond ASCII as
    they were read, and the other encoding to give if they look wrong."""
    sheet = tmp_path / "it.csv"
    sheet.write_bytes(
        "name;categories;city;region;notes\r\nCasa Famiglia;legal;Vlorë;AL-12;Città, perché può\r\n".encode(
            "cp1252"
        )
    )
    result = run(root, "import", "AL", str(sheet), "--dry-run")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stderr.splitlines() if line.startswith("svcmatch: note: read it.csv"))
    assert "(detected, not UTF-8), its letters read as 'Vlorë', 'Città'" in line or "'Cittŕ'" in line
    assert "if they look wrong, give --encoding cp125" in line
    forced = run(root, "import", "AL", str(sheet), "--encoding", "cp1252")
    assert forced.exit_code == 0, forced.output
    assert [p.notes for p in DirectoryStore("AL", root).load().providers] == ["Città, perché può"]


# --- a confidential shelter's town in the notes of an import or edit that did not give it --------


def shelter() -> Provider:
    return Provider(
        id="al-she-1",
        name="Shtëpia",
        categories=("shelter",),
        region="AL-10",
        city="Koplik",
        address="Rruga Zzsekret 7",
        confidential_address=True,
        focal_point="Drita",
    )


@pytest.mark.parametrize("args", [(), ("--dry-run",)])
def test_an_import_that_does_not_give_a_shelters_town_never_says_it(
    root: Path, args: tuple[str, ...]
) -> None:
    """`directory import AL -` of 'id,notes / al-she-1,x' (dry run too, which needs no right to
    write) said 'note: city: read 'Koplik' as Koplik (AL-10 Shkodër) (ambiguous: several places
    have this name)': the stored town of a confidential shelter, which the file never held."""
    put(root, shelter())
    result = run(root, "import", "AL", "-", *args, input="id,notes\r\nal-she-1,x\r\n")
    assert result.exit_code == 0, result.output
    assert "koplik" not in result.output.casefold()


def test_an_edit_that_does_not_give_a_shelters_town_never_says_it(root: Path) -> None:
    """`directory edit AL al-she-1 --set notes=x` said the shelter's town the same way."""
    put(root, shelter())
    result = run(root, "edit", "AL", "al-she-1", "--set", "notes=x")
    assert result.exit_code == 0, result.output
    assert "koplik" not in result.output.casefold()
    given = run(root, "edit", "AL", "al-she-1", "--set", "city=Koplik")
    assert given.exit_code == 0  # a town the user gives may be read back to the user


def test_a_damaged_history_file_never_stops_an_import_that_asks_the_history(root: Path) -> None:
    """The history only words the refusal of an old row: a history file that cannot be read
    leaves the words as they were, and never refuses the import by itself."""
    put(root, Provider(id="al-1", name="Q", categories=("legal",), region="AL-11", notes="old"))
    exported = run(root, "export", "AL").stdout
    assert run(root, "edit", "AL", "al-1", "--set", "focal_point=Besa").exit_code == 0
    next(iter(sorted((root / "history" / "al").glob("*.json")))).write_text("{broken", encoding="utf-8")
    result = run(root, "import", "AL", "-", input=exported.replace(",old,", ",A's edit,"))
    assert result.exit_code == 1
    assert "history record" not in result.stderr
    assert "focal_point: changed since this file was exported" in result.stderr


# --- need words an office writes that the lists lacked ---------------------------------------------


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("këshillim psikologjik", "psychosocial"),  # Albanian: psychological counselling
        ("strehim i përkohshëm", "shelter"),  # temporary shelter
        ("banim", "housing"),  # dwelling, housing
        ("accompagnement psychosocial", "psychosocial"),
        ("استقبال في المطار", "reception"),  # reception at the airport, without the article
    ],
)
def test_need_words_of_the_offices_sheets(word: str, code: str) -> None:
    """Words of the country offices' own sheets that were refused at import ('unknown need')."""
    from svcmatch.taxonomy import read_need

    reading = read_need(word, tolerant=False)
    assert reading.codes == (code,) and reading.how == "translation"


@pytest.mark.parametrize(
    ("cell", "day"), [("46082.5", "2026-03-01"), ("46082,75", "2026-03-01"), ("45750", "2025-04-03")]
)
def test_a_spreadsheet_date_number_with_its_time_is_named_as_one(root: Path, cell: str, day: str) -> None:
    """'46082,5' (a date and time cell of a European Excel, saved from a column not formatted
    as a date) was 'not a date (write it as YYYY-MM-DD)', where '46082' was named as the date
    number it is."""
    result = run(
        root, "import", "AL", "-", input=f"name;categories;region;verified_on\r\nQ;legal;AL-11;{cell}\r\n"
    )
    assert result.exit_code == 1
    assert (
        f"verified_on: '{cell}' is a spreadsheet's date number ({day} if the column was a date)"
        in result.stderr
    )


def test_a_shared_rows_later_place_gives_only_its_link_ids() -> None:
    """Rows of one id merge their link ids; any other value stays the first place's (a copy
    that left a place's coordinates out is never filled from another copy), and is said."""
    from svcmatch.hsds.exporter import ExportReport, _flatten

    report = ExportReport()
    tables: dict[str, dict[str, dict[str, object]]] = {"phone": {}, "location": {}}
    first = {"id": "p1", "number": "1", "service_id": "s1"}
    later = {"id": "p1", "number": "1", "location_id": "l1"}
    for row in (first, later):
        _flatten(dict(row), "phone", tables, report)  # type: ignore[arg-type]
    assert tables["phone"]["p1"] == {"id": "p1", "number": "1", "service_id": "s1", "location_id": "l1"}
    assert report.messages == []
    _flatten({"id": "l1", "name": "Shelter", "location_type": "physical"}, "location", tables, report)  # type: ignore[arg-type]
    _flatten(
        {"id": "l1", "name": "Shelter", "location_type": "physical", "latitude": 42.2, "longitude": 19.4},
        "location",
        tables,  # type: ignore[arg-type]
        report,
    )
    assert "latitude" not in tables["location"]["l1"]
    assert report.messages == [
        "locations.csv: two different rows share id l1 (latitude, longitude); the first one's values are kept"
    ]
