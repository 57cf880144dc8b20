"""A country office's second pass on data from outside: a partner's HSDS package (folder or
zip, other taxonomies, services at several locations), next month's re-import, and upkeep.
Each test is a problem that the pass found."""

from __future__ import annotations

import csv
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers import run_directory as run

from svcmatch.storage import DirectoryStore


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


def _ids(*names: str) -> dict[str, str]:
    return {name: str(uuid.uuid5(uuid.NAMESPACE_URL, f"partner:{name}")) for name in names}


IDS = _ids("org", "counselling", "legal", "tirana", "shkodra", "sal1", "sal2", "sal3", "oe", "t1", "t2", "t3")


def _write(folder: Path, name: str, header: list[str], rows: list[list[Any]]) -> None:
    with (folder / name).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def partner_package(folder: Path, *, legal_name: str = "Legal aid desk", legal: bool = True) -> Path:
    """A partner NGO's HSDS 3.0 tabular package, as its own system writes it: no
    datapackage.json, columns of its own, Open Eligibility terms, counselling at two places."""
    folder.mkdir(parents=True, exist_ok=True)
    i = IDS
    _write(
        folder,
        "organizations.csv",
        ["id", "name", "description", "email", "website", "partner_code"],
        [[i["org"], "Shoqata Partner", "Albanian NGO", "info@partner.example", "https://p.example", "P-77"]],
    )
    services = [[i["counselling"], i["org"], "Psychosocial counselling", "active", "18", "2026-10-01"]]
    if legal:
        services.append([i["legal"], i["org"], legal_name, "active", "", "2026-09-15"])
    header = ["id", "organization_id", "name", "status", "minimum_age", "assured_date"]
    _write(folder, "services.csv", header, services)
    _write(
        folder,
        "locations.csv",
        ["id", "location_type", "organization_id", "name", "latitude", "longitude"],
        [
            [i["tirana"], "physical", i["org"], "Tirana office", "41.3275", "19.8187"],
            [i["shkodra"], "physical", i["org"], "Shkodra office", "42.0683", "19.5126"],
        ],
    )
    places = [[i["sal1"], i["counselling"], i["tirana"]], [i["sal2"], i["counselling"], i["shkodra"]]]
    if legal:
        places.append([i["sal3"], i["legal"], i["tirana"]])
    _write(folder, "service_at_location.csv", ["id", "service_id", "location_id"], places)
    _write(
        folder,
        "addresses.csv",
        ["id", "location_id", "address_1", "city"],
        [
            [str(uuid.uuid5(uuid.NAMESPACE_URL, "ad1")), i["tirana"], "Rruga e Durresit 10", "Tiranë"],
            [str(uuid.uuid5(uuid.NAMESPACE_URL, "ad2")), i["shkodra"], "Rruga Kolë Idromeno 5", "Shkodër"],
        ],
    )
    _write(
        folder,
        "taxonomy_terms.csv",
        ["id", "code", "name", "taxonomy"],
        [
            [i["t1"], "1017", "Counseling", "Open Eligibility"],
            [i["t2"], "1025", "Legal", "Open Eligibility"],
            [i["t3"], "1111", "Women", "Open Eligibility"],
        ],
    )
    attributes = [
        ["a1", i["counselling"], i["t1"], "service_category"],
        ["a3", i["counselling"], i["t3"], "eligibility"],
    ]
    if legal:
        attributes.append(["a2", i["legal"], i["t2"], "service_category"])
    rows = [[str(uuid.uuid5(uuid.NAMESPACE_URL, a)), *rest, "service"] for a, *rest in attributes]
    _write(folder, "attributes.csv", ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"], rows)
    return folder


def stored(root: Path) -> dict[str, Any]:
    return {p.id: p for p in DirectoryStore("AL", root).load().providers}


# --- next month's feed: a service renamed by the partner -----------------------------------------


def test_a_service_the_partner_renamed_updates_its_provider(root: Path, tmp_path: Path) -> None:
    first = run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds")
    assert first.exit_code == 0, first.output
    before = stored(root)
    assert len(before) == 3
    (legal_id,) = [pid for pid, p in before.items() if p.name == "Legal aid desk"]
    renamed = partner_package(tmp_path / "m2", legal_name="Legal aid office")
    result = run(root, "import", "AL", str(renamed), "--format", "hsds")
    assert result.exit_code == 0, result.output
    after = stored(root)
    assert len(after) == 3, sorted(after)  # not a second provider beside the old one
    assert after[legal_id].name == "Legal aid office"
    assert "0 added, 1 updated, 2 unchanged" in result.stderr
    assert f"{legal_id}" in result.stderr and "renamed" in result.stderr


# --- a partner's own taxonomy: every reading said ------------------------------------------------


def test_an_eligibility_term_read_as_a_field_is_said(root: Path, tmp_path: Path) -> None:
    result = run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "read taxonomy term 'Women' (code '1111') as sexes female (2 record(s))" in result.stderr


def test_a_service_the_partner_dropped_is_said_to_stay(root: Path, tmp_path: Path) -> None:
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    (legal_id,) = [pid for pid, p in stored(root).items() if p.name == "Legal aid desk"]
    for dry in (("--dry-run",), ()):
        feed = partner_package(tmp_path / "m3", legal=False)
        result = run(root, "import", "AL", str(feed), "--format", "hsds", *dry)
        assert result.exit_code == 0, result.output
        assert (
            f"1 stored record of the feed's organizations is not in it ({legal_id}): an import never "
            "removes a record; it stays as it is (remove one with `svcmatch directory remove AL ID`)"
        ) in result.stderr
        quiet = run(root, "import", "AL", str(tmp_path / "m3"), "--format", "hsds", "--dry-run", "--quiet")
        assert "not in it" not in quiet.stderr
    assert legal_id in stored(root)


def test_a_feed_of_another_organization_says_nothing_of_the_stored_ones(root: Path, tmp_path: Path) -> None:
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    other = tmp_path / "other.json"
    record = {
        "id": str(uuid.uuid4()),
        "name": "Strehim",
        "organization": {"id": str(uuid.uuid4()), "name": "B"},
    }
    other.write_text(json.dumps([{**record, "status": "active"}]), encoding="utf-8")
    result = run(root, "import", "AL", str(other), "--format", "hsds", "--dry-run")
    assert "not in it" not in result.stderr, result.stderr


# --- a partner's package sent as a zip -------------------------------------------------------------


def zipped(folder: Path, archive: Path, *, under: str = "") -> Path:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(folder.iterdir()):
            bundle.write(path, f"{under}{path.name}")
    return archive


@pytest.mark.parametrize("under", ["", "hsds-export/"])
@pytest.mark.parametrize("given", [("--format", "hsds"), ()])
def test_a_zipped_package_imports_as_its_folder_does(
    root: Path, tmp_path: Path, under: str, given: tuple[str, ...]
) -> None:
    archive = zipped(partner_package(tmp_path / "m1"), tmp_path / "partner.zip", under=under)
    result = run(root, "import", "AL", str(archive), *given)
    assert result.exit_code == 0, result.output
    assert "3 added, 0 updated, 0 unchanged" in result.stderr
    assert "partner.zip: no datapackage.json" in result.stderr
    assert "tmp" not in result.stderr.replace(str(tmp_path), "")  # no temporary folder named
    folder = run(root, "import", "AL", str(tmp_path / "m1"), "--format", "hsds", "--dry-run")
    assert "0 added, 0 updated, 3 unchanged" in folder.stderr


def test_a_zip_without_a_package_says_what_it_needs(root: Path, tmp_path: Path) -> None:
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("readme.txt", "hello")
    result = run(root, "import", "AL", str(archive), "--format", "hsds")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "svcmatch: error: photos.zip holds no services.csv, so no HSDS tabular package "
        "(give the zip of an HSDS package's folder, or its folder, or an HSDS JSON file)"
    ]


def test_a_zip_member_outside_its_folder_is_refused(root: Path, tmp_path: Path) -> None:
    archive = zipped(partner_package(tmp_path / "m1"), tmp_path / "partner.zip")
    with zipfile.ZipFile(archive, "a") as bundle:
        bundle.writestr("../../escape.csv", "id\n1\n")
    result = run(root, "import", "AL", str(archive), "--format", "hsds")
    assert result.exit_code == 2, result.output
    assert "'../../escape.csv'" in result.stderr and "outside" in result.stderr
    assert not (tmp_path.parent / "escape.csv").exists()
    assert DirectoryStore("AL", root).load().providers == ()


def test_an_hsds_package_exports_as_a_zip_and_comes_back_unchanged(root: Path, tmp_path: Path) -> None:
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    archive = tmp_path / "al-hsds.zip"
    result = run(root, "export", "AL", "--format", "hsds-csv", "-o", str(archive))
    assert result.exit_code == 0, result.output
    assert archive.is_file()
    with zipfile.ZipFile(archive) as bundle:
        names = set(bundle.namelist())
    assert {"datapackage.json", "services.csv", "service_capacity.csv"} <= names
    assert f"as a tabular data package (zipped) to {archive}" in result.stderr
    again = run(root, "export", "AL", "--format", "hsds-csv", "-o", str(tmp_path / "again.zip"))
    assert again.exit_code == 0
    assert (tmp_path / "again.zip").read_bytes() == archive.read_bytes()  # the same bytes each time
    back = run(root, "import", "AL", str(archive), "--dry-run")
    assert back.exit_code == 0, back.output
    assert "0 added, 1 updated, 2 unchanged" in back.stderr  # the second place's service ids: below
    assert back.stdout.startswith("would change al-psychosocial-counselling-"), back.stdout
    assert run(root, "import", "AL", str(archive)).exit_code == 0
    assert run(root, "export", "AL", "--format", "hsds-csv", "-o", str(tmp_path / "2.zip")).exit_code == 0
    assert "0 added, 0 updated, 3 unchanged" in run(root, "import", "AL", str(tmp_path / "2.zip")).stderr


def test_export_to_a_zip_without_the_hsds_format_is_refused(root: Path, tmp_path: Path) -> None:
    result = run(root, "export", "AL", "-o", str(tmp_path / "al.zip"))
    assert result.exit_code == 2
    assert "names a format that export does not write" in result.stderr
    assert "--format hsds-csv" in result.stderr
    assert not (tmp_path / "al.zip").exists()


def kept_record(root: Path, provider_id: str) -> dict[str, Any]:
    from svcmatch.hsds.aside import unpack

    return dict(unpack(stored(root)[provider_id].extra)["record"])


def test_a_partners_own_columns_survive_a_round_trip_through_the_csv_package(
    root: Path, tmp_path: Path
) -> None:
    """The tabular package has no column for a publisher's own fields (organizations.csv's
    partner_code): export says it leaves them out, and its re-import must not delete them."""
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    (legal_id,) = [pid for pid, p in stored(root).items() if p.name == "Legal aid desk"]
    assert kept_record(root, legal_id)["organization"]["partner_code"] == "P-77"
    exported = run(root, "export", "AL", "--format", "hsds-csv", "-o", str(tmp_path / "ours"))
    assert "left out of the CSV tables (no column in HSDS 3.1): organization.partner_code" in exported.stderr
    dry = run(root, "import", "AL", str(tmp_path / "ours"), "--format", "hsds", "--dry-run")
    assert legal_id not in dry.stdout  # nothing of it would change
    back = run(root, "import", "AL", str(tmp_path / "ours"), "--format", "hsds")
    assert back.exit_code == 0, back.output
    assert kept_record(root, legal_id)["organization"]["partner_code"] == "P-77"


def test_a_dry_run_says_which_kept_hsds_value_would_change(root: Path, tmp_path: Path) -> None:
    """The kept material is packed text: the dry run showed two blobs of base64 for it."""
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    (legal_id,) = [pid for pid, p in stored(root).items() if p.name == "Legal aid desk"]
    feed = partner_package(tmp_path / "m2")
    text = (feed / "organizations.csv").read_text(encoding="utf-8")
    (feed / "organizations.csv").write_text(text.replace("P-77", "P-78"), encoding="utf-8")
    result = run(root, "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0, result.output
    assert (
        f"would change {legal_id}, extra (hsds) record.organization.partner_code: 'P-77' -> 'P-78'\n"
        in result.stdout
    )
    assert "eNq" not in result.stdout  # no packed text


# --- a spreadsheet kept for years -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["Total", "Всього", "Gjithsej"])
def test_a_totals_row_is_named_as_one_with_the_fix_to_delete_it(
    root: Path, tmp_path: Path, name: str
) -> None:
    sheet = tmp_path / "providers.csv"
    sheet.write_text(
        f"name;categories;region;capacity_available\r\nQendra;shelter;AL-11;2\r\n{name};;;2\r\n;;;\r\n",
        encoding="utf-8",
    )
    result = run(root, "import", "AL", str(sheet), "--dry-run")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [
        f"svcmatch: error: row 3, name: {name!r} with nothing but capacity_available looks like a totals "
        "row, not a provider (delete the row from the sheet, or import with --skip-totals to leave it out)"
    ]


def test_a_sheet_of_names_and_counts_alone_has_no_totals_row(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "places.csv"
    sheet.write_text("name,capacity_available\nQendra,2\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet), "--dry-run")
    assert result.exit_code == 1
    assert "totals" not in result.stderr and "no need category" in result.stderr


@pytest.mark.parametrize("value", [3.55692e11, "355692000000", "380000000000", "692000000"])
def test_a_phone_whose_last_digits_a_spreadsheet_cut_is_refused(
    root: Path, tmp_path: Path, value: Any
) -> None:
    """Excel shows 355692345678 as 3.55692E+11; a CSV saved so and opened again, then saved as
    .xlsx, holds the number 355692000000: read as +355 69 200 0000, another person's number."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "categories", "region", "phone"])
    sheet.append(["Qendra", "shelter", "AL-11", value])
    book.save(tmp_path / "providers.xlsx")
    result = run(root, "import", "AL", str(tmp_path / "providers.xlsx"), "--dry-run")
    assert result.exit_code == 1, result.output
    assert "its last digits lost" in result.stderr
    assert "format the column as Text and type the whole number again" in result.stderr


@pytest.mark.parametrize("cell", ["+355 69 200 0000", "+355692000000", "355692345678", "+355 4 222 3330"])
def test_a_number_ending_in_zeros_written_with_its_plus_is_kept(
    root: Path, tmp_path: Path, cell: str
) -> None:
    sheet = tmp_path / "providers.csv"
    sheet.write_text(f"name,categories,region,phone\nQendra,shelter,AL-11,{cell}\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet), "--dry-run")
    assert result.exit_code == 0, result.output


# --- a service's capacity, when the service is at several places ---------------------------------


def _uuid(n: int) -> str:
    return f"6f1c2f52-4a8e-4a7e-9a7e-{n:012x}"


def shelter_feed(path: Path, *, places: int) -> Path:
    """A partner's HSDS 3.1 service with 4 free beds (the service's, as 3.1 counts them)."""
    sals = [
        {
            "id": _uuid(10 + n),
            "location": {
                "id": _uuid(20 + n),
                "location_type": "physical",
                "latitude": lat,
                "longitude": lon,
                "addresses": [
                    {"id": _uuid(30 + n), "address_1": f"Rr. {n}", "city": city, "country": "AL"}
                    | {"state_province": city, "address_type": "physical"}
                ],
            },
        }
        for n, (city, lat, lon) in enumerate(
            [("Elbasan", 41.1125, 20.0822), ("Vlorë", 40.4661, 19.4914)][:places]
        )
    ]
    capacity = {"id": _uuid(40), "available": 4, "maximum": 12, "updated": "2026-11-30T09:15:00+01:00"}
    service = {
        "id": _uuid(1),
        "name": "Strehim i përkohshëm",
        "status": "active",
        "capacities": [capacity | {"unit": {"id": _uuid(41), "name": "bed"}}],
        "attributes": [
            {
                "id": _uuid(50),
                "taxonomy_term_id": _uuid(51),
                "taxonomy_term": {"id": _uuid(51), "code": "BH-1800.8500", "name": "Emergency Shelter"},
            }
        ],
        "service_at_locations": sals,
    }
    path.write_text(json.dumps([service]), encoding="utf-8")
    return path


def test_a_services_capacity_is_not_given_to_each_of_its_places(root: Path, tmp_path: Path) -> None:
    """HSDS 3.1 counts a service's places, not a location's: a service with 4 free beds at two
    locations became two shelters with 4 free beds each (8 in matching and packages)."""
    result = run(
        root, "import", "AL", str(shelter_feed(tmp_path / "feed.json", places=2)), "--format", "hsds"
    )
    assert result.exit_code == 0, result.output
    providers = list(stored(root).values())
    assert len(providers) == 2
    assert [p.capacity_available for p in providers] == [None, None]
    ids = ", ".join(sorted(p.id for p in providers))
    assert (
        f"capacity: 1 service at several locations gives its places for the whole service ({ids}): "
        "given to none of its locations (kept, and written back on export); set each service point's "
        "with `svcmatch directory edit AL ID --set capacity_available=N --set capacity_updated=YYYY-MM-DD`"
    ) in result.stderr
    exported = run(root, "export", "AL", "--format", "hsds-json")
    assert '"available": 4' in exported.stdout  # not lost


def test_a_services_capacity_at_one_place_is_that_places(root: Path, tmp_path: Path) -> None:
    result = run(
        root, "import", "AL", str(shelter_feed(tmp_path / "feed.json", places=1)), "--format", "hsds"
    )
    assert result.exit_code == 0, result.output
    (provider,) = stored(root).values()
    assert provider.capacity_available == 4
    assert "several locations" not in result.stderr


@pytest.mark.parametrize("form", ["hsds-json", "hsds-csv"])
def test_a_services_capacity_stays_the_services_through_our_own_export(
    root: Path, tmp_path: Path, form: str
) -> None:
    """svcmatch's export writes one service per provider, each at one location: its re-import
    took the kept capacity of the whole service as each provider's own."""
    assert (
        run(
            root, "import", "AL", str(shelter_feed(tmp_path / "feed.json", places=2)), "--format", "hsds"
        ).exit_code
        == 0
    )
    out = tmp_path / ("ours.json" if form == "hsds-json" else "ours")
    assert run(root, "export", "AL", "--format", form, "-o", str(out)).exit_code == 0
    back = run(root, "import", "AL", str(out), "--format", "hsds")
    assert back.exit_code == 0, back.output
    assert [p.capacity_available for p in stored(root).values()] == [None, None]
    again = tmp_path / ("again.json" if form == "hsds-json" else "again")
    assert run(root, "export", "AL", "--format", form, "-o", str(again)).exit_code == 0
    assert '"available": 4' in (
        again.read_text()
        if form == "hsds-json"
        else (again / "service_capacity.csv").read_text().replace(",4,", '"available": 4')
    )
    assert (
        "0 added, 0 updated, 2 unchanged" in run(root, "import", "AL", str(again), "--format", "hsds").stderr
    )


# --- HSDS given as a spreadsheet --------------------------------------------------------------------


def test_an_hsds_feed_imported_without_its_format_says_to_give_it(root: Path, tmp_path: Path) -> None:
    feed = shelter_feed(tmp_path / "feed.json", places=1)
    result = run(root, "import", "AL", str(feed))
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        "svcmatch: error: feed.json holds HSDS records (attributes, capacities, service_at_locations), "
        "not the template's records (give --format hsds; docs/hsds.md)"
    ]


def test_an_hsds_packages_table_imported_alone_says_to_give_the_package(root: Path, tmp_path: Path) -> None:
    package = partner_package(tmp_path / "m1")
    result = run(root, "import", "AL", str(package / "services.csv"))
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        "svcmatch: error: services.csv is a table of an HSDS package (its column organization_id), not "
        "the template's sheet (import the package's folder, or its zip, with --format hsds; docs/hsds.md)"
    ]


def test_a_zipped_package_with_the_shelters_addresses_is_private(root: Path, tmp_path: Path) -> None:
    from svcmatch.model import provider_from_record

    with DirectoryStore("AL", root).transaction(author="t") as transaction:
        transaction.put(
            provider_from_record(
                {"id": "al-s-1", "name": "Strehë", "categories": ["shelter"], "region": "AL-11"}
                | {"city": "Tiranë", "address": "Rr. 1", "confidential_address": True, "focal_point": "E."}
            )
        )
    out = tmp_path / "al.zip"
    result = run(root, "export", "AL", "--format", "hsds-csv", "-o", str(out), "--include-confidential")
    assert result.exit_code == 0, result.output
    assert out.stat().st_mode & 0o777 == 0o600


# --- next month's sheet: a record removed since -----------------------------------------------


def two_records(root: Path) -> None:
    from svcmatch.model import provider_from_record

    with DirectoryStore("AL", root).transaction(author="t") as transaction:
        for pid, name in (("al-a-1", "Qendra A"), ("al-b-2", "Qendra B")):
            transaction.put(
                provider_from_record({"id": pid, "name": name, "categories": ["legal"], "region": "AL-11"})
            )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_an_old_export_never_brings_back_a_removed_record(root: Path, tmp_path: Path, suffix: str) -> None:
    two_records(root)
    export = tmp_path / f"last-month{suffix}"
    assert run(root, "export", "AL", "-o", str(export)).exit_code == 0
    assert run(root, "remove", "AL", "al-b-2", "--author", "Besa").exit_code == 0
    result = run(root, "import", "AL", str(export), "--dry-run")
    assert result.exit_code == 1, result.output
    today = __import__("datetime").date.today().isoformat()
    assert (
        f"al-b-2 was removed from the directory on {today} by Besa, after this file was exported: "
        "the row would add it again (delete the row, or import with --overwrite to add it again)"
    ) in result.stderr
    assert "al-b-2" not in stored(root)
    again = run(root, "import", "AL", str(export), "--overwrite")
    assert again.exit_code == 0, again.output
    assert "al-b-2" in stored(root)


def test_a_hand_made_row_giving_a_removed_id_says_it_comes_back(root: Path, tmp_path: Path) -> None:
    two_records(root)
    assert run(root, "remove", "AL", "al-b-2", "--author", "Besa").exit_code == 0
    sheet = tmp_path / "back.csv"
    sheet.write_text("id,name,categories,region\nal-b-2,Qendra B,legal,AL-11\n", encoding="utf-8")
    result = run(root, "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    assert "al-b-2 was removed from the directory on " in result.stderr
    assert "by Besa; the row adds it again" in result.stderr


def test_a_partners_feed_bringing_back_a_removed_service_says_so(root: Path, tmp_path: Path) -> None:
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    (legal_id,) = [pid for pid, p in stored(root).items() if p.name == "Legal aid desk"]
    assert run(root, "remove", "AL", legal_id, "--author", "Besa").exit_code == 0
    result = run(root, "import", "AL", str(tmp_path / "m1"), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0, result.output
    assert f"{legal_id} was removed from the directory on " in result.stderr
    assert "by Besa; the feed adds it again" in result.stderr


def test_our_own_hsds_export_never_brings_back_a_removed_record(root: Path, tmp_path: Path) -> None:
    two_records(root)
    assert (
        run(root, "export", "AL", "--format", "hsds-json", "-o", str(tmp_path / "ours.json")).exit_code == 0
    )
    assert run(root, "remove", "AL", "al-b-2", "--author", "Besa").exit_code == 0
    result = run(root, "import", "AL", str(tmp_path / "ours.json"), "--format", "hsds")
    assert result.exit_code == 1, result.output
    assert "al-b-2 was removed from the directory on " in result.stderr
    assert "after this feed was exported: the feed would add it again" in result.stderr
    assert "al-b-2" not in stored(root)


# --- a partner's regions as people write them ----------------------------------------------------


def test_a_feeds_region_read_other_than_exactly_is_said(root: Path, tmp_path: Path) -> None:
    records = [
        {
            "id": _uuid(100 + n),
            "name": f"S{n}",
            "status": "active",
            "attributes": [{"taxonomy_term": {"code": "shelter", "taxonomy": "svcmatch"}}],
            "service_at_locations": [
                {
                    "id": _uuid(200 + n),
                    "location": {
                        "id": _uuid(300 + n),
                        "addresses": [{"address_1": "x", "city": city, "state_province": province}],
                    },
                }
            ],
        }
        for n, (province, city) in enumerate(
            [
                ("Tirana", "Tirana"),
                ("Qarku i Tiranës", "Tiranë"),
                ("Tropojë", "Bajram Curri"),
                ("AL-10", "Shkodër"),
            ]
        )
    ]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(records), encoding="utf-8")
    result = run(root, "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "region: read" in line]
    assert notes == [
        "svcmatch: note: region: read 'Qarku i Tiranës' as AL-11 Tiranë (synonym) (1 record(s))",
        "svcmatch: note: region: read 'Tirana' as AL-11 Tiranë (town Tirana) (the region of this town)"
        " (1 record(s))",
        "svcmatch: note: region: read 'Tropojë' as AL-07 Kukës (synonym) (1 record(s))",
    ]


def test_a_feeds_service_area_read_as_a_region_by_another_name_is_said(root: Path, tmp_path: Path) -> None:
    record = {
        "id": _uuid(400),
        "name": "Legal desk",
        "status": "active",
        "attributes": [{"taxonomy_term": {"code": "legal", "taxonomy": "svcmatch"}}],
        "service_areas": [{"name": "Qarku i Shkodrës"}, {"name": "Lezhë"}],
        "service_at_locations": [
            {"location": {"addresses": [{"address_1": "x", "city": "Shkodër", "state_province": "AL-10"}]}}
        ],
    }
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([record]), encoding="utf-8")
    result = run(root, "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "coverage: read 'Qarku i Shkodrës' as AL-10 Shkodër (synonym) (1 record(s))" in result.stderr
    assert "'Lezhë'" not in result.stderr  # read exactly


def test_a_feeds_languages_are_read_as_a_spreadsheets_are_and_said(root: Path, tmp_path: Path) -> None:
    """HSDS had a language reader of its own: 'Shqip' and 'Romani', which a sheet's languages
    column reads, were set aside; 'alb', 'English' and 'en-GB' were read without a word."""
    entries = [
        [{"name": "Shqip"}],
        [{"code": "alb"}],
        [{"name": "English"}],
        [{"code": "en-GB"}],
        [{"name": "Romani"}],
    ]
    entries += [[{"code": "sq", "name": "Albanian"}]]
    records = [
        {
            "id": _uuid(500 + n),
            "name": f"L{n}",
            "status": "active",
            "languages": languages,
            "attributes": [{"taxonomy_term": {"code": "legal", "taxonomy": "svcmatch"}}],
            "service_at_locations": [
                {
                    "location": {
                        "addresses": [{"address_1": f"{n}", "city": "Tiranë", "state_province": "AL-11"}]
                    }
                }
            ],
        }
        for n, languages in enumerate(entries)
    ]
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps(records), encoding="utf-8")
    result = run(root, "import", "AL", str(feed), "--format", "hsds")
    assert result.exit_code == 0, result.output
    assert [p.languages for p in sorted(stored(root).values(), key=lambda p: p.name)] == [
        ("sq",),
        ("sq",),
        ("en",),
        ("en",),
        ("rom",),
        ("sq",),
    ]
    notes = sorted(line for line in result.stderr.splitlines() if "languages: read" in line)
    assert len(notes) == 5, result.stderr
    assert "svcmatch: note: languages: read 'Shqip' as sq (Albanian) (translation) (1 record(s))" in notes
    assert "svcmatch: note: languages: read 'en-GB' as en (English) (synonym) (1 record(s))" in notes
    assert "no ISO 639 code" not in result.stderr


def _phone_feed(path: Path, numbers: list[str]) -> Path:
    records = [
        {
            "id": _uuid(600 + n),
            "name": f"P{n}",
            "status": "active",
            "phones": [{"number": number}],
            "attributes": [{"taxonomy_term": {"code": "legal", "taxonomy": "svcmatch"}}],
            "service_at_locations": [
                {
                    "location": {
                        "addresses": [{"address_1": f"{n}", "city": "Tiranë", "state_province": "AL-11"}]
                    }
                }
            ],
        }
        for n, number in enumerate(numbers)
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_a_partners_phone_that_a_spreadsheet_made_a_number_is_read_as_a_sheets_is(
    root: Path, tmp_path: Path
) -> None:
    """A partner's package is often made in Excel too: 355692345678 lost its +, 692345678 its
    0; stored so, match and the package gave a number no one abroad can dial."""
    feed = _phone_feed(
        tmp_path / "feed.json", ["355692345678", "692345678", "355692000000", "+355 4 222 333"]
    )
    result = run(root, "import", "AL", str(feed), "--format", "hsds")
    assert result.exit_code == 0, result.output
    phones = {p.name: p.phone for p in stored(root).values()}
    assert phones == {"P0": "+355 69 234 5678", "P1": "+355 69 234 5678", "P2": "", "P3": "+355 4 222 333"}
    assert "phone: read '355692345678' as +355 69 234 5678: its + was missing" in result.stderr
    assert "its leading 0 was missing" in result.stderr
    assert "'355692000000' ends in 6 zeros" in result.stderr and "kept aside" in result.stderr


# --- upkeep between two feeds: what the office checked since ---------------------------------------


def test_a_partners_older_assured_date_never_moves_a_verification_back(root: Path, tmp_path: Path) -> None:
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    (legal_id,) = [pid for pid, p in stored(root).items() if p.name == "Legal aid desk"]
    verified = run(root, "verify", "AL", legal_id, "--by", "Besa", "--on", "2026-11-20")
    assert verified.exit_code == 0, verified.output
    result = run(root, "import", "AL", str(tmp_path / "m1"), "--format", "hsds")
    assert result.exit_code == 0, result.output
    record = stored(root)[legal_id]
    assert (str(record.verified_on), record.verified_by) == ("2026-11-20", "Besa")
    assert (
        f"{legal_id}: verified here on 2026-11-20, after the feed's date 2026-09-15: the newer "
        "verification is kept"
    ) in result.stderr
    assert "0 added, 0 updated, 3 unchanged" in result.stderr


def test_a_partners_older_capacity_never_replaces_a_newer_one(root: Path, tmp_path: Path) -> None:
    feed = shelter_feed(tmp_path / "feed.json", places=1)  # 4 free beds on 2026-11-30
    assert run(root, "import", "AL", str(feed), "--format", "hsds").exit_code == 0
    (pid,) = stored(root)
    edit = run(
        root, "edit", "AL", pid, "--set", "capacity_available=0", "--set", "capacity_updated=2026-12-02"
    )
    assert edit.exit_code == 0, edit.output
    result = run(root, "import", "AL", str(feed), "--format", "hsds")
    assert result.exit_code == 0, result.output
    record = stored(root)[pid]
    assert (record.capacity_available, str(record.capacity_updated)) == (0, "2026-12-02")
    assert f"{pid}: capacity confirmed here on 2026-12-02, after the feed's 2026-11-30: kept" in result.stderr


def test_an_encrypted_or_damaged_zip_is_one_line(root: Path, tmp_path: Path) -> None:
    archive = zipped(partner_package(tmp_path / "m1"), tmp_path / "partner.zip")
    data = bytearray(archive.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[6] |= 0x1  # the first member says it is encrypted (its general purpose flag, twice)
    data[central + 8] |= 0x1
    locked = tmp_path / "locked.zip"
    locked.write_bytes(bytes(data))
    data = bytearray(archive.read_bytes())
    data[45:60] = bytes(b ^ 0xFF for b in data[45:60])  # the first member's deflated bytes
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    for bad in (locked, damaged):
        result = run(root, "import", "AL", str(bad))
        assert result.exit_code == 2, (bad, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith(f"svcmatch: error: {bad.name}"), result.stderr


def test_a_sheets_coverage_and_languages_readings_name_their_column_and_the_text_typed(
    root: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "providers.csv"
    sheet.write_text(
        "name,categories,region,coverage,languages\nQ1,shelter,AL-11,Tirana County|Lezhë,Shqip|en\n",
        encoding="utf-8",
    )
    result = run(root, "import", "AL", str(sheet), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "note: coverage: read 'Tirana County' as AL-11 Tiranë (synonym)" in result.stderr
    assert "note: region: read 'Tirana County'" not in result.stderr  # the region cell is AL-11
    assert "note: languages: read 'Shqip' as sq (Albanian) (translation)" in result.stderr


def test_a_zip_with_its_descriptor_above_a_data_folder_is_read_by_it(root: Path, tmp_path: Path) -> None:
    """Frictionless tools write datapackage.json at the top and the tables under data/."""
    package = partner_package(tmp_path / "m1")
    resources = [
        {"name": name, "path": f"data/{name}.csv"}
        for name in (
            "organization",
            "service",
            "location",
            "service_at_location",
            "address",
            "taxonomy_term",
            "attribute",
        )
    ]
    files = {
        "organization": "organizations",
        "service": "services",
        "location": "locations",
        "service_at_location": "service_at_location",
        "address": "addresses",
        "taxonomy_term": "taxonomy_terms",
        "attribute": "attributes",
    }
    archive = tmp_path / "frictionless.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("datapackage.json", json.dumps({"name": "p", "resources": resources}))
        for name, stem in files.items():
            bundle.write(package / f"{stem}.csv", f"data/{name}.csv")
    result = run(root, "import", "AL", str(archive), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "3 added" in result.stderr


def test_two_phones_written_with_a_slash_are_refused_with_the_separator_to_use(
    root: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "providers.csv"
    sheet.write_text(
        "name,categories,region,phone\nB,shelter,AL-11,+355 4 222 3334 / 069 234 5678\n", encoding="utf-8"
    )
    result = run(root, "import", "AL", str(sheet), "--dry-run")
    assert result.exit_code == 1
    assert (
        "phone: '+355 4 222 3334 / 069 234 5678' holds 2 numbers separated by '/' (separate them "
        "with |: +355 4 222 3334 | +355 69 234 5678)"
    ) in result.stderr


@pytest.mark.parametrize(
    "member", ["pkg//tmp/escape.csv", "pkg/./services.csv", "C:/escape.csv", "pkg/../escape.csv"]
)
def test_a_zip_member_with_an_empty_or_odd_step_is_refused(root: Path, tmp_path: Path, member: str) -> None:
    archive = zipped(partner_package(tmp_path / "m1"), tmp_path / "partner.zip", under="pkg/")
    with zipfile.ZipFile(archive, "a") as bundle:
        bundle.writestr(member, "id\n1\n")
    result = run(root, "import", "AL", str(archive), "--dry-run")
    assert result.exit_code == 2, result.output
    assert "points outside the zip's folder" in result.stderr
    assert not Path("/tmp/escape.csv").exists()


def test_a_workbook_with_providers_on_two_sheets_is_refused_without_sheet(root: Path, tmp_path: Path) -> None:
    """A sheet per region, as offices keep them: the import read the first and left the other
    sheets' providers out, said only as '(also: Shkodër)' (and not at all with --quiet)."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Tiranë"
    book.active.append(["name", "categories", "region"])
    book.active.append(["Qendra T", "shelter", "AL-11"])
    other = book.create_sheet("Shkodër")
    other.append(["name", "categories", "region"])
    other.append(["Qendra S", "shelter", "AL-10"])
    path = tmp_path / "by-region.xlsx"
    book.save(path)
    result = run(root, "import", "AL", str(path), "--dry-run")
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        "svcmatch: error: by-region.xlsx holds providers on 2 sheets (Tiranë, Shkodër), and one sheet "
        "is read at a time (give --sheet NAME, for each sheet in turn)"
    ]
    for sheet, name in (("Tiranë", "Qendra T"), ("Shkodër", "Qendra S")):
        chosen = run(root, "import", "AL", str(path), "--sheet", sheet, "--dry-run")
        assert chosen.exit_code == 0 and f"would add (new 1): {name}" in chosen.stdout


def test_a_zipped_package_on_standard_input_is_read(root: Path, tmp_path: Path) -> None:
    archive = zipped(partner_package(tmp_path / "m1"), tmp_path / "partner.zip")
    result = run(root, "import", "AL", "-", "--format", "hsds", "--dry-run", input=archive.read_bytes())
    assert result.exit_code == 0, result.output
    assert "3 added" in result.stderr


def test_a_partners_feed_replacing_a_local_edit_says_so(root: Path, tmp_path: Path) -> None:
    """An office corrects a partner's record here; the partner's next feed gives the old value
    again and takes it back, '1 updated' and nothing more."""
    assert run(root, "import", "AL", str(partner_package(tmp_path / "m1")), "--format", "hsds").exit_code == 0
    (legal_id,) = [pid for pid, p in stored(root).items() if p.name == "Legal aid desk"]
    edit = ["--set", "name=Legal aid desk Tirana", "--set", "region=AL-11", "--author", "Besa"]
    edited = run(root, "edit", "AL", legal_id, *edit)
    assert edited.exit_code == 0, edited.output
    result = run(root, "import", "AL", str(tmp_path / "m1"), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0, result.output
    today = __import__("datetime").date.today().isoformat()
    assert (
        f"{legal_id}, name: edited here by Besa on {today} (edit), after this feed's last import; "
        "the feed gives 'Legal aid desk' and replaces it (keep yours: ask the publisher to correct "
        "it, or edit again after the import)"
    ) in result.stderr
    quiet = run(root, "import", "AL", str(tmp_path / "m1"), "--format", "hsds", "--dry-run", "--quiet")
    assert "edited here" not in quiet.stderr


@pytest.mark.parametrize(
    "content",
    [
        "\ufeffterm;need\r\nCounseling;psychosocial|medical\r\nLegal;legal\r\n",  # Excel, European locale
        "term\tneed\nCounseling\tpsychosocial|medical\nLegal\tlegal\n",  # tab-separated
        "Counseling,psychosocial|medical\nLegal,legal\n",  # no header
    ],
)
def test_a_taxonomy_map_saved_by_excel_is_read(root: Path, tmp_path: Path, content: str) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text(content, encoding="utf-8")
    feed = partner_package(tmp_path / "m1")
    result = run(
        root, "import", "AL", str(feed), "--format", "hsds", "--taxonomy-map", str(terms), "--dry-run"
    )
    assert result.exit_code == 0, result.output
    assert (
        "read taxonomy term 'Counseling' (code '1017') as psychosocial, medical (2 record(s))"
        in result.stderr
    )


@pytest.mark.parametrize("header", ["Min\nage", "Min\r\nage", "Min\u00a0age", "Min  age", "Min\tage"])
def test_a_header_wrapped_in_its_cell_or_with_a_hard_space_is_its_column(
    root: Path, tmp_path: Path, header: str
) -> None:
    """Excel's Alt+Enter wraps a long header in its cell; a header copied from a web page has a
    non-breaking space: 'Min age' was forgiven, 'Min<line break>age' refused."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["name", "categories", "region", header])
    book.active.append(["A", "shelter", "AL-11", 18])
    book.save(tmp_path / "providers.xlsx")
    result = run(root, "import", "AL", str(tmp_path / "providers.xlsx"), "--dry-run")
    assert result.exit_code == 0, result.output


def test_a_feed_without_ids_whose_phone_changed_is_not_a_second_provider_silently(
    root: Path, tmp_path: Path
) -> None:
    """A feed without HSDS ids: the provider id is made of its name, address and phone, so a
    new phone made a new id, and the re-import added a second 'Qendra X' in Tiranë ('1 added')."""

    def feed(phone: str) -> Path:
        record = {
            "name": "Qendra X",
            "status": "active",
            "phones": [{"number": phone}],
            "attributes": [{"taxonomy_term": {"code": "legal", "taxonomy": "svcmatch"}}],
            "service_at_locations": [
                {
                    "location": {
                        "addresses": [{"address_1": "Rr 1", "city": "Tiranë", "state_province": "AL-11"}]
                    }
                }
            ],
        }
        path = tmp_path / f"feed-{phone[-1]}.json"
        path.write_text(json.dumps([record]), encoding="utf-8")
        return path

    assert run(root, "import", "AL", str(feed("+355 4 222 3334")), "--format", "hsds").exit_code == 0
    (first,) = stored(root)
    result = run(root, "import", "AL", str(feed("+355 4 222 3335")), "--format", "hsds")
    assert result.exit_code == 1, result.output
    assert f"likely a duplicate of {first} (same name and town)" in result.stderr
    assert "--allow-duplicates" in result.stderr
    assert list(stored(root)) == [first]
    allowed = run(
        root, "import", "AL", str(feed("+355 4 222 3335")), "--format", "hsds", "--allow-duplicates"
    )
    assert allowed.exit_code == 0 and len(stored(root)) == 2
