"""HSDS versions: 1.1 and 2.0 packages written in those layouts, 3.1 import, 3.0 and 3.1 export (issue 15)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from test_hsds import assert_keys_resolve

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
    # url.csv is read; the official example's one row names neither a service nor an organization
    assert "url.csv: url belongs to no record; not imported" in notes(result)
    # the official example's capacity row names a service and a unit that the package lacks
    assert "service_capacity.csv: service_id matches no service" in notes(result)


# --- what HSDS 3.1 added, in both forms, each version checked against its own schemas ------------

NGO_JSON = Path(__file__).parent / "fixtures" / "hsds" / "al_shpresa.json"


def _uuid(n: int) -> str:
    return f"31000000-0000-4000-8000-{n:012d}"


def hsds_31_feed(tmp_path: Path) -> Path:
    """The NGO fixture with what HSDS 3.1 added: labelled URLs of a service and of its
    organization, an attribute label, a service area of a service at a location (and the
    capacity the fixture already has)."""
    records = json.loads(NGO_JSON.read_text(encoding="utf-8"))
    shelter = records[0]
    shelter["additional_urls"] = [
        {"id": _uuid(1), "label": "Facebook", "url": "https://facebook.example/shpresa"},
        {"id": _uuid(2), "url": "https://shpresa-e-re.example/strehe"},
    ]
    shelter["organization"]["additional_websites"] = [
        {"id": _uuid(3), "label": "Annual report", "url": "https://shpresa-e-re.example/raport"}
    ]
    shelter["attributes"][0]["label"] = "Strehim emergjent"
    shelter["service_at_locations"][0]["service_areas"] = [
        {"id": _uuid(4), "name": "Tiranë", "description": "women returning to Tiranë county"}
    ]
    path = tmp_path / "al_hsds31.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def object_schemas(version: str) -> dict[str, dict[str, Any]]:
    folder = OFFICIAL_FOLDERS[version] / "schema"
    names = [
        r["name"]
        for r in json.loads((OFFICIAL_FOLDERS[version] / "datapackage.json").read_text())["resources"]
    ]
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in names}


def flat_fields(schema: dict[str, Any]) -> list[str]:
    """The columns of an object's table: its properties that are values, not nested objects."""
    return [k for k, p in schema["properties"].items() if p.get("type") in ("string", "number", "integer")]


def assert_valid_package_of(folder: Path, version: str) -> dict[str, list[dict[str, Any]]]:
    """Every table of the version is there with exactly its columns; every row is valid against
    the version's schema of its object (formats on, `tabular_required` too); every key resolves.
    (3.1-dev's compiled tabular.json lacks its new tables, so the objects' own schemas are used.)"""
    import jsonschema

    checker = jsonschema.FormatChecker()
    schemas = object_schemas(version)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in descriptor["resources"]} == set(schemas)
    tables: dict[str, list[dict[str, Any]]] = {}
    for resource in descriptor["resources"]:
        name = resource["name"]
        types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == flat_fields(schemas[name]) == list(types), name
            rows = [
                {k: float(v) if types[k] == "number" else v for k, v in row.items() if v != ""}
                for row in reader
            ]
        required = [*schemas[name].get("required", []), *schemas[name].get("tabular_required", [])]
        required = [c for c in required if c in types]  # a nested `unit` is `unit_id` here
        row_schema = {**schemas[name], "required": required}
        check = jsonschema.Draft202012Validator(row_schema, format_checker=checker)
        for row in rows:
            errors = [f"{name} {list(e.absolute_path)}: {e.message}" for e in check.iter_errors(row)]
            assert not errors, (errors[:3], row)
        tables[name] = rows
    assert_keys_resolve(descriptor, tables)
    return tables


@pytest.mark.parametrize("version", ["3.0", "3.1"])
@needs_official
def test_our_descriptor_has_the_tables_and_columns_of_each_version(version: str) -> None:
    from svcmatch.hsds.spec import datapackage

    ours = {r["name"]: r for r in datapackage(version)["resources"]}
    schemas = object_schemas(version)
    assert set(ours) == set(schemas)
    official = json.loads((OFFICIAL_FOLDERS[version] / "datapackage.json").read_text(encoding="utf-8"))
    for resource in official["resources"]:
        mine = ours[resource["name"]]
        assert mine["path"] == resource["path"]
        # 3.1-dev's descriptor lists no fields for `unit` and two for `service_capacity`: the
        # objects' schemas have them all (the names of the other tables are the same in both)
        assert [f["name"] for f in mine["schema"]["fields"]] == flat_fields(schemas[resource["name"]])
        if resource["name"] not in ("unit", "service_capacity"):
            theirs = [(f["name"], f["type"], f.get("format")) for f in resource["schema"]["fields"]]
            assert [(f["name"], f["type"], f.get("format")) for f in mine["schema"]["fields"]] == theirs
            keys = {
                (k["fields"], k["reference"]["resource"]) for k in resource["schema"].get("foreignKeys", [])
            }
            assert {
                (k["fields"], k["reference"]["resource"]) for k in mine["schema"].get("foreignKeys", [])
            } == keys


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
@needs_official
def test_hsds_3_1_additions_round_trip_and_validate(tmp_path: Path, fmt: str) -> None:
    from svcmatch.hsds import write_hsds

    providers = read_hsds(hsds_31_feed(tmp_path), "AL", taxonomy_map=None, strict=False).providers
    first = tmp_path / ("first.json" if fmt == "hsds-json" else "first")
    write_hsds(Directory(DirectoryInfo("AL"), tuple(providers)), first, fmt, include_confidential=True)
    if fmt == "hsds-csv":
        tables = assert_valid_package_of(first, "3.1")
        assert {row["url"]: row.get("label") for row in tables["url"]} == {
            "https://facebook.example/shpresa": "Facebook",
            "https://shpresa-e-re.example/strehe": None,
            "https://shpresa-e-re.example/raport": "Annual report",
        }
        assert sum(1 for row in tables["url"] if row.get("organization_id")) == 1
        assert [row["label"] for row in tables["attribute"] if row.get("label")] == ["Strehim emergjent"]
        (area,) = [row for row in tables["service_area"] if row.get("service_at_location_id")]
        assert area["name"] == "Tiranë" and not area.get("service_id")
        (capacity,) = tables["service_capacity"]
        assert capacity["available"] == 3 and capacity["id"] == "5e000000-0000-4000-8000-000000000012"
    else:
        records = json.loads(first.read_text(encoding="utf-8"))
        assert errors_of("3.1", records) == []
        (shelter,) = [r for r in records if r["name"] == "Strehë e sigurt për gra"]
        assert [u.get("label") for u in shelter["additional_urls"]] == ["Facebook", None]
        assert shelter["organization"]["additional_websites"][0]["label"] == "Annual report"
        assert shelter["service_at_locations"][0]["service_areas"][0]["name"] == "Tiranë"
    again = read_hsds(first, "AL", taxonomy_map=None, strict=False)
    assert not again.errors, notes(again)
    assert sorted(map(_fields, again.providers), key=str) == sorted(map(_fields, providers), key=str)
    second = tmp_path / ("second.json" if fmt == "hsds-json" else "second")
    write_hsds(Directory(DirectoryInfo("AL"), tuple(again.providers)), second, fmt, include_confidential=True)
    for path in sorted(first.iterdir()) if first.is_dir() else [first]:
        twin = second / path.name if first.is_dir() else second
        assert twin.read_text("utf-8") == path.read_text("utf-8"), path.name  # nothing lost


def _fields(provider: Provider) -> dict[str, Any]:
    import dataclasses

    return {f.name: getattr(provider, f.name) for f in dataclasses.fields(provider) if f.name != "extra"}


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
@needs_official
def test_a_3_0_export_leaves_out_what_3_1_added_and_says_so(tmp_path: Path, fmt: str) -> None:
    from svcmatch.hsds import write_hsds

    providers = read_hsds(hsds_31_feed(tmp_path), "AL", taxonomy_map=None, strict=False).providers
    out = tmp_path / ("out.json" if fmt == "hsds-json" else "out")
    messages = write_hsds(
        Directory(DirectoryInfo("AL"), tuple(providers)), out, fmt, include_confidential=True, version="3.0"
    )
    said = "\n".join(messages)
    assert "left out the capacity of 1 provider(s): HSDS 3.0 has no place for it" in said
    assert (
        "left out what HSDS 3.0 has no place for: attribute.label (1 provider(s)), "
        "organization.additional_websites (1 provider(s)), service.additional_urls (1 provider(s)), "
        "service_at_location.service_areas (1 provider(s)) (--hsds-version 3.1 writes it)"
    ) in said
    if fmt == "hsds-csv":
        tables = assert_valid_package_of(out, "3.0")
        assert "url" not in tables and not (out / "url.csv").exists()
    else:
        records = json.loads(out.read_text(encoding="utf-8"))
        assert errors_of("3.0", records) == []
        text = out.read_text(encoding="utf-8")
        for key in ("additional_urls", "additional_websites", '"label"', "capacities"):
            assert key not in text
        assert all("service_areas" not in sal for r in records for sal in r.get("service_at_locations", []))
    again = read_hsds(out, "AL", taxonomy_map=None, strict=False)
    assert not again.errors, notes(again)
    kept = {p.id: p for p in providers}
    for provider in again.providers:  # what 3.0 has is all there
        assert _fields(provider) == {
            **_fields(kept[provider.id]),
            "capacity_available": None,
            "capacity_updated": None,
        }


def test_a_3_0_package_written_over_our_3_1_one_drops_the_3_1_tables(tmp_path: Path) -> None:
    from svcmatch.hsds import write_hsds

    providers = read_hsds(hsds_31_feed(tmp_path), "AL", taxonomy_map=None, strict=False).providers
    directory = Directory(DirectoryInfo("AL"), tuple(providers))
    folder = tmp_path / "pkg"
    write_hsds(directory, folder, "hsds-csv", include_confidential=True)
    assert {"url.csv", "units.csv", "service_capacity.csv"} <= {p.name for p in folder.iterdir()}
    messages = write_hsds(directory, folder, "hsds-csv", include_confidential=True, version="3.0")
    assert (
        f"removed url.csv, units.csv, service_capacity.csv of the earlier HSDS 3.1 export in {folder}"
        in messages
    )
    assert not any((folder / name).exists() for name in ("url.csv", "units.csv", "service_capacity.csv"))
    again = read_hsds(folder, "AL", taxonomy_map=None, strict=False).providers
    assert [p.capacity_available for p in again] == [None] * len(again)  # no stale capacity read back
    other = tmp_path / "theirs"
    other.mkdir()
    (other / "url.csv").write_text("id,label,url\n", encoding="utf-8")
    said = write_hsds(directory, other, "hsds-csv", include_confidential=True, version="3.0")
    assert any(m.startswith(f"WARNING: {other} also holds url.csv") for m in said)
    assert (other / "url.csv").exists()  # not ours to remove
