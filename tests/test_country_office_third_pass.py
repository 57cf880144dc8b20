"""A third country office pass on data from outside and upkeep: an IOM office's workbook kept
for years, a partner's HSDS 3.1 feed exported back, and months of upkeep (hand edits,
validate). Each test is a problem that the pass found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import run_directory as run

from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


CLINIC = Provider(
    id="al-vlo-1",
    name="Qendra Shendetesore Vlore",
    categories=("medical",),
    region="AL-12",
    city="Vlorë",
    verified_on=None,
)


def put(root: Path, *providers: Provider) -> None:
    with DirectoryStore("AL", root).transaction(author="t") as transaction:
        for provider in providers:
            transaction.put(provider)


def hand_edit(root: Path, provider_id: str, **fields: object) -> None:
    """The data manager opens al.json in a text editor and changes fields of one record."""
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][provider_id].update(fields)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")


# --- a need word where a code belongs: the fix never names needs the record does not have --------


def test_validate_fixes_a_hand_typed_need_word_with_its_code_not_an_example(root: Path) -> None:
    put(root, CLINIC)
    hand_edit(root, "al-vlo-1", categories=["Doctor"])
    result = run(root, "validate", "AL")
    line = next(line for line in result.output.splitlines() if "categories" in line)
    assert "unknown categories doctor" in line
    assert "--set categories=medical)" in line  # 'doctor' is medical, read as add reads it
    assert "shelter" not in line  # the example 'shelter|medical' made a clinic a shelter


def test_an_import_names_the_codes_closest_to_an_unknown_need_word(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "q1.csv"
    sheet.write_text("name,categories,region\nQendra,Strehim|psychospołeczne,AL-11\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "categories:" in line and "error" in line)
    assert "unknown categories psychospołeczne" in line
    assert "closest codes to 'psychospołeczne': psychosocial" in line
    assert "categories=shelter|medical" not in line  # shelter is right, medical is not


def test_the_albanian_word_for_psychosocial_is_a_need_word(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "q1.csv"
    sheet.write_text("name,categories,region\nQendra,Strehim|Psikosocial,AL-11\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    assert "categories: read 'psikosocial' as psychosocial (translation)" in result.stderr


def test_an_import_names_the_needs_a_word_of_several_could_be(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "q1.csv"
    sheet.write_text("name,categories,region\nQendra,shelter|reintegration,AL-11\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    line = next(line for line in result.output.splitlines() if "categories:" in line and "error" in line)
    assert "'reintegration' is a word of several needs' names (basic_needs, case_management" in line


@pytest.mark.parametrize(
    ("typed", "code"), [("Vlora", "AL-12"), ("AL12", "AL-12"), ("Qarku i Vlorës", "AL-12")]
)
def test_validate_names_the_region_a_hand_typed_region_is_read_as(root: Path, typed: str, code: str) -> None:
    put(root, CLINIC)
    hand_edit(root, "al-vlo-1", region=typed)
    result = run(root, "validate", "AL")
    line = next(line for line in result.output.splitlines() if "region:" in line)
    assert f"match reads it as {code} Vlorë" in line
    assert line.endswith(f"--set region={code})")


# --- a confidential shelter through svcmatch's own HSDS export -----------------------------------

SHELTER = Provider(
    id="al-shelter-1",
    name="Shelter for survivors",
    categories=("shelter",),
    region="AL-07",
    city="Bajram Curri",
    address="Rruga e Shelterit 7",
    latitude=42.3573,
    longitude=20.0722,
    confidential_address=True,
    focal_point="Drita (coordinator)",
    phone="+355 69 600 0001",
)


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_a_withheld_shelter_keeps_its_region_through_an_hsds_export(
    root: Path, tmp_path: Path, fmt: str
) -> None:
    put(root, SHELTER)
    exported = tmp_path / ("out.json" if fmt == "hsds-json" else "out-hsds")
    assert run(root, "export", "AL", "--format", fmt, "-o", str(exported)).exit_code == 0
    files = [exported] if exported.is_file() else sorted(exported.iterdir())
    text = "".join(path.read_text(encoding="utf-8") for path in files)
    assert "Shelteri" not in text and "Bajram" not in text and "42.357" not in text
    other = tmp_path / "other"
    DirectoryStore("AL", other).create(author="t")
    imported = run(other, "import", "AL", str(exported), "--format", "hsds")
    assert imported.exit_code == 0, imported.output
    (provider,) = DirectoryStore("AL", other).load().providers
    assert provider.region == "AL-07"  # was '': 'no region', and no match by region
    assert "no region" not in run(other, "validate", "AL").output
    again = run(root, "import", "AL", str(exported), "--format", "hsds", "--dry-run")
    assert "0 updated, 1 unchanged" in again.stderr, again.output  # was coverage: '' -> 'AL-07'


# --- the office's workbook ----------------------------------------------------------------------


def test_a_workbooks_cell_comments_are_said_not_to_be_read(root: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Partners"
    sheet.append(["name", "categories", "region", "phone"])
    sheet.append(["Qendra Tjeter Vizion", "shelter", "AL-03", "+355 69 234 5678"])
    sheet.append(["Different and Equal", "shelter", "AL-11", "+355 69 234 5679"])
    sheet["A1"].comment = Comment("the service point, not the organization", "Arta")
    sheet["D3"].comment = Comment("Phone changed in October: call the focal point", "Arta")
    path = tmp_path / "partners.xlsx"
    book.save(path)
    result = run(root, "import", "AL", str(path), "--dry-run")
    assert result.exit_code == 0, result.output
    # the office's note on a row was dropped without a word; the header's comment is no row's
    assert "comment in cell D3 not read (a comment is no cell's value" in result.stderr
    assert "A1" not in result.stderr


@pytest.mark.parametrize(
    ("cells", "days"),
    [
        (("13/03/2025 10:30", "05/03/2025 00:00"), ("2025-03-13", "2025-03-05")),
        (("3/13/2025 10:30 AM", "3/5/2025 0:00"), ("2025-03-13", "2025-03-05")),
        (("05.03.2025 00:00:00", "13.03.2025 08:15"), ("2025-03-05", "2025-03-13")),
    ],
)
def test_a_local_date_with_its_time_is_that_date(
    root: Path, tmp_path: Path, cells: tuple[str, str], days: tuple[str, str]
) -> None:
    """A CSV saved from a sheet whose date column shows a time, as a European or US locale writes
    it: refused ('not a date') where the ISO form with its time was read."""
    sheet = tmp_path / "q1.csv"
    rows = "".join(f"P{n},legal,AL-11,{cell}\n" for n, cell in enumerate(cells))
    sheet.write_text("name,categories,region,verified_on\n" + rows, encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    stored = {p.name: p.verified_on for p in DirectoryStore("AL", root).load().providers}
    assert [stored[f"P{n}"].isoformat() for n in range(2)] == list(days)


def test_a_local_date_followed_by_other_text_is_still_refused(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "q1.csv"
    sheet.write_text("name,categories,region,verified_on\nP,legal,AL-11,13/03/2025 noon\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    assert "'13/03/2025 noon' is not a date" in result.stderr


# --- a partner's HSDS feed, looked into --------------------------------------------------------


def _service(name: str, ids: tuple[str, str]) -> dict[str, Any]:
    """A partner's service (its id and its service_at_location's) at the partner's one place."""
    organization = {"id": "3c61a558-2be2-5c05-a006-3254b06679e1", "name": "Shoqata Jeta e Re"}
    organization["description"] = "Albanian NGO supporting survivors"
    term = {"id": "d7641a8f-9d60-5d19-a851-ef64bd117964", "name": "Emergency Shelter"}
    address = {"address_1": "Rruga Myslym Shyri 12", "city": "Tiranë", "state_province": "AL-11"}
    location = {
        "id": "85ee37b5-78ee-5e37-bfd8-cdb0daf44a57",
        "location_type": "physical",
        "addresses": [address],
    }
    return {
        "id": ids[0],
        "name": name,
        "status": "active",
        "schedules": [{"id": "0de3759b-6a2f-56dc-b5a2-58c72dc4a138", "freq": "WEEKLY", "byday": "MO"}],
        "organization": organization,
        "attributes": [{"id": ids[0][:-4] + "a77r", "link_type": "service_category", "taxonomy_term": term}],
        "service_at_locations": [{"id": ids[1], "location": location}],
    }


FIRST = ("7f0672f6-5a3e-5b1f-8ac5-705fa3d803bf", "4f105abf-428d-5e5e-9fd4-0a0caa2cb6f0")
SECOND = ("5fdb7032-9b93-5f73-a0aa-babf4f270057", "0de3759b-6a2f-56dc-b5a2-58c72dc4a139")


def _feed(tmp_path: Path, name: str = "Job club", *also: str) -> Path:
    """The partner's feed of one service (`name`), and of the services `also` at its place."""
    services = [_service(name, FIRST)] + [_service(other, SECOND) for other in also]
    path = tmp_path / f"feed-{len(list(tmp_path.glob('feed-*')))}.json"
    path.write_text(json.dumps(services), encoding="utf-8")
    return path


def test_show_gives_what_an_hsds_import_kept_aside_as_it_reads(root: Path, tmp_path: Path) -> None:
    assert run(root, "import", "AL", str(_feed(tmp_path)), "--format", "hsds").exit_code == 0
    (provider,) = DirectoryStore("AL", root).load().providers
    shown = run(root, "show", "AL", provider.id)
    extra = next(line for line in shown.output.splitlines() if line.startswith("extra"))
    # was the packed text ('{"hsds": "eNqtU01v2zAM..."}'), which told a data manager nothing
    assert "Albanian NGO supporting survivors" in extra and "WEEKLY" in extra
    stored = json.loads(run(root, "show", "AL", provider.id, "--format", "json").stdout)
    assert stored["extra"] == provider.extra  # the JSON form stays the stored record


@pytest.mark.parametrize("header", ["Konfidenciale", "Confidential", "Confidentiel", "Конфіденційно"])
def test_an_offices_confidential_column_is_named_and_never_to_delete(
    root: Path, tmp_path: Path, header: str
) -> None:
    """The office's column marking its shelters, under its own header: 'Konfidenciale' named no
    column, and the fix said '... or delete the column': followed, every shelter of the sheet
    was imported with its address public."""
    sheet = tmp_path / "q1.csv"
    sheet.write_text(f"name,categories,region,{header}\nStrehimi,shelter,AL-10,po\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 1
    line = next(line for line in result.stderr.splitlines() if "unknown column" in line)
    assert "did you mean confidential_address?" in line
    assert "delete" not in line


def test_an_address_column_said_confidential_is_not_the_flag(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "q1.csv"
    sheet.write_text("name,categories,region,Address (confidential)\nS,shelter,AL-10,R\n", encoding="utf-8")
    said = run(root, "import", "AL", str(sheet)).stderr
    line = next(line for line in said.splitlines() if "unknown" in line)
    assert "confidential_address" not in line  # a column of addresses is no yes/no column


def test_a_shelter_through_our_withheld_export_is_still_found_when_the_partner_renames_it(
    root: Path, tmp_path: Path
) -> None:
    """The office marks a partner's service confidential, passes its directory on as HSDS
    (withheld) and imports that file again; the partner then renames the service. The re-import
    dropped the location's ids from what the record keeps of its source, so the renamed service
    was no longer found at its place: it was added as a second, public record with the street
    address the shelter's record withholds."""
    assert run(root, "import", "AL", str(_feed(tmp_path, "Safe house")), "--format", "hsds").exit_code == 0
    (provider,) = DirectoryStore("AL", root).load().providers
    assert run(root, "edit", "AL", provider.id, "--set", "confidential_address=yes").exit_code == 0
    exported = tmp_path / "ours.json"
    assert run(root, "export", "AL", "--format", "hsds-json", "-o", str(exported)).exit_code == 0
    assert run(root, "import", "AL", str(exported), "--format", "hsds").exit_code == 0
    renamed = run(root, "import", "AL", str(_feed(tmp_path, "Safe house Jeta")), "--format", "hsds")
    assert renamed.exit_code == 0, renamed.output
    providers = DirectoryStore("AL", root).load().providers
    assert [(p.id, p.name, p.confidential_address) for p in providers] == [
        (provider.id, "Safe house Jeta", True)
    ]


def test_a_partners_new_service_at_a_confidential_shelters_place_is_confidential_too(
    root: Path, tmp_path: Path
) -> None:
    """The partner's next feed adds a service at the shelter's place (the same HSDS location):
    it was added as a public record, so every output gave the shelter's street; only `validate`
    warned afterwards."""
    assert run(root, "import", "AL", str(_feed(tmp_path, "Safe house")), "--format", "hsds").exit_code == 0
    (shelter,) = DirectoryStore("AL", root).load().providers
    assert run(root, "edit", "AL", shelter.id, "--set", "confidential_address=yes").exit_code == 0
    feed = _feed(tmp_path, "Safe house", "Counselling for residents")
    result = run(root, "import", "AL", str(feed), "--format", "hsds")
    assert result.exit_code == 0, result.output
    added = next(p for p in DirectoryStore("AL", root).load().providers if p.id != shelter.id)
    assert added.confidential_address
    assert f"{added.id}: the feed gives it at the place of a confidential shelter" in result.stderr
    assert "Myslym" not in result.output
    exported = run(root, "export", "AL", "--format", "hsds-json").stdout
    assert "Myslym" not in exported


def _partner_terms_feed(tmp_path: Path) -> Path:
    """The partner's one service, filed under its own taxonomy's term 'Écoute et accueil'."""
    service = _service("Drop-in centre", FIRST)
    service["attributes"][0]["taxonomy_term"] = {
        "id": SECOND[0],
        "name": "Écoute et accueil",
        "taxonomy": "P",
    }
    path = tmp_path / "terms-feed.json"
    path.write_text(json.dumps([service]), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["xlsx", "cp1252"])
def test_a_taxonomy_map_kept_in_excel_is_read(root: Path, tmp_path: Path, kind: str) -> None:
    """The office keeps its map of the partner's terms in Excel: a workbook was 'not UTF-8 text
    (byte 13) (save it as UTF-8)', and so was Excel's plain "CSV" (cp1252) with its accents."""
    path = tmp_path / f"terms.{'xlsx' if kind == 'xlsx' else 'csv'}"
    if kind == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        book.active.append(["term", "need"])
        book.active.append(["Écoute et accueil", "psychosocial"])
        book.save(path)
    else:
        path.write_bytes("term;need\r\nÉcoute et accueil;psychosocial\r\n".encode("cp1252"))
    feed = _partner_terms_feed(tmp_path)
    result = run(root, "import", "AL", str(feed), "--format", "hsds", "--taxonomy-map", str(path))
    assert result.exit_code == 0, result.output
    (provider,) = DirectoryStore("AL", root).load().providers
    assert provider.categories == ("psychosocial",)
    assert f"read {path.name}: " in result.stderr  # the sheet, or the code page detected, said


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_a_records_own_extra_keys_travel_through_an_hsds_export(root: Path, tmp_path: Path, fmt: str) -> None:
    """Keys of `extra` a spreadsheet's extra cell or `add --json` gave (the office's own data)
    were left out of an HSDS export without a word: imported elsewhere, they were gone."""
    own = {"donor": "EU", "codes": {"internal": [1, 2]}}
    put(root, CLINIC.with_changes(extra=own), SHELTER.with_changes(extra={"gps": "42.3573,20.0722"}))
    exported = tmp_path / "out"
    assert run(root, "export", "AL", "--format", fmt, "-o", str(exported)).exit_code == 0
    other = tmp_path / "other"
    DirectoryStore("AL", other).create(author="t")
    assert run(other, "import", "AL", str(exported), "--format", "hsds").exit_code == 0
    providers = {p.id: p for p in DirectoryStore("AL", other).load().providers}
    assert providers["al-vlo-1"].extra == own
    assert "gps" not in providers["al-shelter-1"].extra  # a withheld shelter's own keys stay home
    again = run(root, "import", "AL", str(exported), "--format", "hsds", "--dry-run")
    assert "al-vlo-1" not in again.stdout, again.stdout  # the round trip here changes nothing


# --- a town abroad ---------------------------------------------------------------------------


def test_a_town_of_another_country_as_a_records_city_is_refused_with_it(tmp_path: Path) -> None:
    """A Ghana office's record in Lomé (Togo) was stored without a word: match planned it with
    no place, and `geocode GH` looked for Lomé in Ghana (TEAM.md, docs 14:37)."""
    root = tmp_path / "dirs"
    DirectoryStore("GH", root).create(author="t")
    added = run(
        root, "add", "GH", "--name", "Clinic", "--category", "medical", "--region", "GH-TV", "--city", "Lomé"
    )
    assert added.exit_code == 2
    assert "city 'Lomé' is no place of Ghana: it is a town of TG" in added.output
    kept = run(
        root, "add", "GH", "--name", "Clinic", "--category", "medical", "--region", "GH-AA", "--city", "Accra"
    )
    assert kept.exit_code == 0, kept.output  # a town of the country, as before
    village = run(
        root, "add", "GH", "--name", "C", "--category", "medical", "--region", "GH-TV", "--city", "Xyzkope"
    )
    assert village.exit_code == 0, village.output  # a name no gazetteer has: stored as written
