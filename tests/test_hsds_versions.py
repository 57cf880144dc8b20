"""HSDS 1.1 and 2.0 tabular packages, written by the tests in those layouts (issue 15)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from svcmatch.hsds import read_hsds, services_json
from svcmatch.hsds.aside import unpack
from svcmatch.model import Directory, DirectoryInfo, Provider
from svcmatch.tabular import ReadResult

ORG = "org-1"
SERVICE = "svc-1"
LOCATION = "loc-1"


def write_csv(folder: Path, name: str, rows: list[dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def common_tables(folder: Path) -> None:
    """The tables 1.1 and 2.0 share with 3.0 (names and columns of their own version)."""
    write_csv(folder, "organizations.csv", [{"id": ORG, "name": "Bay Shelter Network", "description": "d"}])
    write_csv(
        folder,
        "services.csv",
        [
            {
                "id": SERVICE,
                "organization_id": ORG,
                "name": "Harbor House",
                "status": "active",
                "email": "intake@harbor.example",
                "application_process": "Call the hotline",
            }
        ],
    )
    write_csv(
        folder,
        "locations.csv",
        [
            {
                "id": LOCATION,
                "organization_id": ORG,
                "name": "Harbor House",
                "latitude": "37.8044",
                "longitude": "-122.2712",
            }
        ],
    )
    write_csv(
        folder,
        "phones.csv",
        [{"id": "ph-1", "service_id": SERVICE, "number": "+1 510 555 0100", "language": "en"}],
    )
    write_csv(
        folder,
        "physical_addresses.csv",
        [
            {
                "id": "1",
                "location_id": LOCATION,
                "address_1": "100 Harbor Way",
                "address_2": "Suite 4",
                "city": "Oakland",
                "state_province": "CA",
                "postal_code": "94607",
                "country": "US",
            }
        ],
    )
    write_csv(
        folder,
        "postal_addresses.csv",
        [
            {
                "id": "1",
                "location_id": LOCATION,
                "address_1": "PO Box 9",
                "city": "Oakland",
                "state_province": "CA",
                "postal_code": "94604",
                "country": "US",
            }
        ],
    )
    write_csv(folder, "eligibility.csv", [{"id": "1", "service_id": SERVICE, "eligibility": "Women"}])
    write_csv(folder, "payment_accepted.csv", [{"id": "1", "service_id": SERVICE, "payment": "Cash"}])
    write_csv(
        folder, "services_at_location.csv", [{"id": "sal-1", "service_id": SERVICE, "location_id": LOCATION}]
    )


def package_1_1(folder: Path) -> Path:
    """An HSDS 1.1 export as real ones come: no datapackage.json."""
    common_tables(folder)
    write_csv(
        folder,
        "taxonomy.csv",
        [
            {
                "id": "t-1",
                "name": "Emergency Shelter",
                "parent_id": "",
                "parent_name": "",
                "vocabulary": "Open Eligibility",
            }
        ],
    )
    write_csv(
        folder,
        "services_taxonomy.csv",
        [{"id": "1", "service_id": SERVICE, "taxonomy_id": "t-1", "taxonomy_detail": ""}],
    )
    write_csv(folder, "languages.csv", [{"id": "1", "service_id": SERVICE, "language": "Spanish"}])
    write_csv(
        folder,
        "service_areas.csv",
        [{"id": "1", "service_id": SERVICE, "service_area": "California", "description": ""}],
    )
    write_csv(
        folder,
        "regular_schedules.csv",
        [{"id": "1", "service_id": SERVICE, "weekday": "1", "opens_at": "09:00", "closes_at": "17:00"}],
    )
    return folder


def package_2_0(folder: Path) -> Path:
    """An HSDS 2.0 package with its datapackage.json: attribute tables and taxonomy_terms."""
    common_tables(folder)
    write_csv(
        folder,
        "taxonomy_terms.csv",
        [
            {
                "id": "t-1",
                "term": "Legal Aid",
                "description": "",
                "parent_id": "",
                "taxonomy": "Open Eligibility",
                "language": "en",
            }
        ],
    )
    write_csv(
        folder, "service_attributes.csv", [{"id": "1", "service_id": SERVICE, "taxonomy_term_id": "t-1"}]
    )
    write_csv(
        folder,
        "other_attributes.csv",
        [{"id": "1", "link_id": LOCATION, "link_type": "location", "taxonomy_term_id": "t-1"}],
    )
    names = [
        ("organizations", "organizations.csv"),
        ("services", "services.csv"),
        ("locations", "locations.csv"),
        ("phones", "phones.csv"),
        ("physical_addresses", "physical_addresses.csv"),
        ("postal_addresses", "postal_addresses.csv"),
        ("eligibility", "eligibility.csv"),
        ("payment_accepted", "payment_accepted.csv"),
        ("services_at_location", "services_at_location.csv"),
        ("taxonomy_terms", "taxonomy_terms.csv"),
        ("service_attributes", "service_attributes.csv"),
        ("other_attributes", "other_attributes.csv"),
    ]
    descriptor = {"name": "hsds-2.0", "resources": [{"name": name, "path": path} for name, path in names]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return folder


def read(folder: Path) -> ReadResult:
    return read_hsds(folder, "US", taxonomy_map=None, strict=False)


def notes(result: ReadResult) -> str:
    return "\n".join([*result.notes, *(p.describe() for p in result.problems)])


def assert_the_place_and_contacts_are_read(result: ReadResult) -> None:
    assert result.errors == [], notes(result)
    (provider,) = result.providers
    assert provider.name == "Harbor House"
    assert (provider.city, provider.address, provider.region) == ("Oakland", "100 Harbor Way", "US-CA")
    assert (provider.latitude, provider.longitude) == (37.8044, -122.2712)
    assert provider.phone == "+1 510 555 0100" and provider.email == "intake@harbor.example"
    assert provider.sexes == ("female",)  # eligibility.csv "Women", through the eligibility map
    kept = unpack(provider.extra)["record"]["service_at_locations"][0]["location"]["addresses"]
    assert [a.get("address_type", "physical") for a in kept] == ["physical", "postal"]
    assert kept[0]["address_2"] == "Suite 4" and kept[1]["address_1"] == "PO Box 9"


def test_a_1_1_export_without_datapackage_json_gives_full_records(tmp_path: Path) -> None:
    result = read(package_1_1(tmp_path / "hsds11"))
    assert_the_place_and_contacts_are_read(result)
    (provider,) = result.providers
    assert provider.categories == ("shelter",)  # services_taxonomy.csv + taxonomy.csv
    assert provider.languages == ("es",)  # 1.1 languages.csv: a `language` column
    assert provider.coverage.regions == ("US-CA",)  # 1.1 service_areas.csv: `service_area`
    text = notes(result)
    assert "payment_accepted.csv not read: payment methods have no place" in text
    assert "no datapackage.json" in text


def test_a_2_0_package_reads_its_attribute_tables(tmp_path: Path) -> None:
    result = read(package_2_0(tmp_path / "hsds20"))
    assert_the_place_and_contacts_are_read(result)
    (provider,) = result.providers
    assert provider.categories == ("legal",)  # service_attributes.csv + taxonomy_terms.csv `term`
    location = unpack(provider.extra)["record"]["service_at_locations"][0]["location"]
    assert location["attributes"][0]["taxonomy_term"]["name"] == "Legal Aid"  # other_attributes.csv
    assert "resource 'payment_accepted' not read: payment methods" in notes(result)


def test_a_table_that_is_not_read_is_named(tmp_path: Path) -> None:
    folder = package_1_1(tmp_path / "hsds11")
    write_csv(folder, "volunteers.csv", [{"id": "1", "name": "x"}])
    text = notes(read(folder))
    assert "volunteers.csv not read: no HSDS 1.1, 2.0 or 3.x table has this name" in text


# --- HSDS 3.1 import, and export of 3.0 and 3.1, each valid against its official schema -----------

#: The official files live beside the project (../shared, see each folder's SOURCE.md), not in
#: it: the tests that need them skip, saying why, where they are absent.
SHARED = Path(__file__).resolve().parents[2] / "shared"
OFFICIAL_FOLDERS = {"3.0": SHARED / "hsds-3.0", "3.1": SHARED / "hsds-3.1-dev"}
needs_official = pytest.mark.skipif(
    not all(folder.is_dir() for folder in OFFICIAL_FOLDERS.values()),
    reason=f"the official HSDS 3.0 and 3.1 files are not at {SHARED}/hsds-3.0 and hsds-3.1-dev",
)


def validator(version: str) -> Any:
    import jsonschema

    path = OFFICIAL_FOLDERS[version] / "schema" / "compiled" / "service_with_definitions.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors_of(version: str, records: list[dict[str, Any]]) -> list[str]:
    check = validator(version)
    return [f"{list(e.absolute_path)}: {e.message}" for r in records for e in check.iter_errors(r)]


@pytest.mark.parametrize(
    "name",
    ["service_full.json", "service_list.json", "service_at_location_full.json", "organization_full.json"],
)
@needs_official
def test_hsds_3_1_official_examples_import_with_their_capacity(name: str) -> None:
    result = read_hsds(OFFICIAL_FOLDERS["3.1"] / "examples" / name, "US", taxonomy_map=None, strict=False)
    assert not result.errors, notes(result)
    provider = result.providers[0]
    assert provider.name == "Community Counselling"
    if name != "service_list.json":
        assert (provider.capacity_available, provider.capacity_updated) == (12, dt.date(2024, 9, 25))


@needs_official
def test_the_3_1_capacity_goes_back_as_it_came_and_validates(tmp_path: Path) -> None:
    providers = read_hsds(
        OFFICIAL_FOLDERS["3.1"] / "examples" / "service_full.json", "US", taxonomy_map=None, strict=False
    ).providers
    directory = Directory(DirectoryInfo("US"), tuple(providers))
    records, _ = services_json(directory, include_confidential=False, version="3.1")
    (capacity,) = records[0]["capacities"]
    assert capacity["updated"] == "2024-09-25T14:23:06.5+01:00" and capacity["unit"]["name"] == "Kilogram"
    assert records[0]["additional_urls"][0]["url"] == "https://example.org"  # kept aside, written back
    assert errors_of("3.1", records) == []


def _providers_with_capacity(tmp_path: Path) -> list[Provider]:
    providers = read(package_1_1(tmp_path / "hsds11")).providers
    return [p.with_changes(capacity_available=2, capacity_updated=dt.date(2026, 1, 5)) for p in providers]


@pytest.mark.parametrize("version", ["3.0", "3.1"])
@needs_official
def test_each_version_exports_valid_records(tmp_path: Path, version: str) -> None:
    directory = Directory(DirectoryInfo("US"), tuple(_providers_with_capacity(tmp_path)))
    records, messages = services_json(directory, include_confidential=True, version=version)
    assert errors_of(version, records) == []
    if version == "3.0":
        assert "capacities" not in records[0]
        assert any("HSDS 3.0 has no place for it (--hsds-version 3.1 writes it)" in m for m in messages)
    else:
        assert records[0]["capacities"][0]["available"] == 2


def test_cli_hsds_version_defaults_to_3_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from svcmatch.cli import main
    from svcmatch.storage import DirectoryStore

    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    root = tmp_path / "dirs"
    DirectoryStore("US", root).create(title="US")
    runner = CliRunner()
    base = ["--directories", str(root), "directory"]
    folder = package_1_1(tmp_path / "hsds11")
    assert runner.invoke(main, [*base, "import", "US", str(folder), "--format", "hsds"]).exit_code == 0
    store = DirectoryStore("US", root)
    (provider,) = store.load().providers
    with store.transaction(author="tester") as transaction:
        transaction.put(provider.with_changes(capacity_available=4, capacity_updated=dt.date(2026, 1, 5)))
    default = runner.invoke(main, [*base, "export", "US", "--format", "hsds-json"])
    old = runner.invoke(main, [*base, "export", "US", "--format", "hsds-json", "--hsds-version", "3.0"])
    assert json.loads(default.stdout)[0]["capacities"][0]["available"] == 4
    assert "capacities" not in json.loads(old.stdout)[0]
    package = tmp_path / "pkg30"
    written = runner.invoke(
        main, [*base, "export", "US", "--format", "hsds-csv", "--hsds-version", "3.0", "-o", str(package)]
    )
    assert written.exit_code == 0 and not (package / "service_capacity.csv").exists()
    assert "HSDS 3.0" in json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["title"]
    wrong = runner.invoke(main, [*base, "export", "US", "--format", "csv", "--hsds-version", "3.0"])
    assert wrong.exit_code == 2 and "--hsds-version applies to" in wrong.stderr


@needs_official
def test_the_3_1_package_names_what_it_does_not_read() -> None:
    result = read_hsds(OFFICIAL_FOLDERS["3.1"] / "examples" / "csv", "US", taxonomy_map=None, strict=False)
    assert not result.errors, notes(result)
    assert "url.csv not read: HSDS 3.1 additional URLs are read from JSON" in notes(result)
    # the official example's capacity row names a service and a unit that the package lacks
    assert "service_capacity.csv: service_id matches no service" in notes(result)
