"""Open Referral HSDS 3.0 import and export: official examples, schema validity, round trips."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.hsds import read_hsds, services_json, write_hsds
from svcmatch.hsds.aside import unpack
from svcmatch.hsds.spec import TABLES, datapackage
from svcmatch.hsds.vocab import NAMESPACE, published_taxonomy
from svcmatch.model import Coverage, Directory, DirectoryInfo, Provider
from svcmatch.tabular import ReadResult

#: The official HSDS 3.0 files live beside the project (../shared/hsds-3.0, see its SOURCE.md),
#: not in it: tests that need them skip, saying why, where the folder is absent.
OFFICIAL = Path(__file__).resolve().parents[2] / "shared" / "hsds-3.0"
FIXTURES = Path(__file__).parent / "fixtures" / "hsds"
NGO_JSON = FIXTURES / "al_shpresa.json"
NGO_PACKAGE = FIXTURES / "al_package"
ABSENT = f"the official HSDS 3.0 files are not at {OFFICIAL}"
official = pytest.mark.skipif(not OFFICIAL.is_dir(), reason=ABSENT)

SHELTER = Provider(
    id="al-shk-0001",
    name="Strehëza Shpresa",
    organization_type="ngo",
    categories=("shelter", "psychosocial"),
    city="Shkodër",
    region="AL-10",
    address="Rruga e Fshehtë 1",
    latitude=42.0683,
    longitude=19.5126,
    coverage=Coverage("radius", km=40),
    outreach=True,
    sexes=("female",),
    min_age=18,
    max_age=60,
    accompanying_children=True,
    vot_specialised=True,
    official_status_required=True,
    exploitation_types=("sexual", "labour"),
    languages=("sq", "en"),
    disability_access=True,
    phone="+355 22 000 001",
    email="strehe@example.org",
    website="https://shpresa.example.org",
    focal_point="Drita Kola",
    capacity_available=2,
    capacity_updated=dt.date(2026, 1, 5),
    status="temporarily_closed",
    verified_on=dt.date(2025, 12, 1),
    verified_by="IOM Tirana",
    confidential_address=True,
    documents_required=("ID card",),
    how_to_refer="Call the focal point first",
    notes="Night staff from 20:00",
)
LEGAL = Provider(
    id="al-tir-0002",
    name="Ndihma Ligjore",
    categories=("legal", "documentation"),
    city="Tiranë",
    region="AL-11",
    coverage=Coverage("national"),
    unaccompanied_minors=True,
    verified_by="check@example.org",
    verified_on=dt.date(2025, 3, 1),
)
JOBS = Provider(
    id="al-tir-0003",
    name="Punë Tani",
    categories=("employment", "vocational_training"),
    city="Tiranë",
    region="AL-11",
    coverage=Coverage("regions", ("AL-11", "AL-02")),
    latitude=41.33,
    longitude=19.82,
    coordinates_approximate=True,
)


def directory(*providers: Provider, country: str = "AL") -> Directory:
    return Directory(DirectoryInfo(country), tuple(sorted(providers, key=lambda p: p.id)))


def read(path: Path, country: str = "AL", **options: Any) -> ReadResult:
    options.setdefault("taxonomy_map", None)
    options.setdefault("strict", False)
    return read_hsds(path, country, **options)


def mapped(provider: Provider) -> dict[str, Any]:
    """Every field of the record except what is kept aside for HSDS."""
    return {f.name: getattr(provider, f.name) for f in dataclasses.fields(provider) if f.name != "extra"}


def messages(result: ReadResult) -> str:
    return "\n".join([*result.notes, *(p.describe() for p in result.problems)])


# --- validation against the official schemas -------------------------------------------------------


@pytest.fixture(scope="module")
def service_validator() -> Any:
    if not OFFICIAL.is_dir():
        pytest.skip(ABSENT)
    import jsonschema

    schema = json.loads(
        (OFFICIAL / "schema" / "compiled" / "service_with_definitions.json").read_text(encoding="utf-8")
    )
    checker = jsonschema.FormatChecker()
    assert {"uuid", "email", "uri", "date-time"} <= set(checker.checkers), "install the test extra"
    return jsonschema.Draft202012Validator(schema, format_checker=checker)


@pytest.fixture(scope="module")
def tabular_schema() -> dict[str, Any]:
    if not OFFICIAL.is_dir():
        pytest.skip(ABSENT)
    path = OFFICIAL / "schema" / "compiled" / "tabular.json"
    schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return schema


def assert_valid(validator: Any, record: dict[str, Any]) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(record)]
    assert not errors, errors[:5]


def typed_rows(folder: Path, table: str) -> list[dict[str, Any]]:
    """A CSV table of an exported package with cells typed as datapackage.json declares them.

    An empty cell is an absent value, except in a required text column, where it is the empty
    text that the nested form has too (svcmatch has no postal codes: see docs/hsds.md).
    """
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == table)
    types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    required_text = {
        f["name"]
        for f in resource["schema"]["fields"]
        if f["constraints"]["required"] and f["type"] == "string" and "format" not in f
    }
    with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == list(types), table
        rows = []
        for row in reader:
            typed: dict[str, Any] = {}
            for name, cell in row.items():
                if cell != "" or name in required_text:
                    typed[name] = float(cell) if types[name] == "number" else cell
            rows.append(typed)
    return rows


def assert_valid_package(folder: Path, tabular: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table is valid against tabular.json (formats on), every key resolves."""
    import jsonschema

    checker = jsonschema.FormatChecker()
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tables = {r["name"]: typed_rows(folder, r["name"]) for r in descriptor["resources"]}
    for name, rows in tables.items():
        if name not in tabular["properties"]:
            continue  # HSDS 3.1 capacity tables: checked in their own test
        item = tabular["properties"][name]["items"]
        validator = jsonschema.Draft202012Validator(item, format_checker=checker)
        for row in rows:
            errors = [f"{name} {list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(row)]
            assert not errors, errors[:5]
            for required in item.get("tabular_required", []):
                assert row.get(required), f"{name}.{required} is required in the tabular form"
    assert_keys_resolve(descriptor, tables)
    return tables


def assert_keys_resolve(descriptor: dict[str, Any], tables: dict[str, list[dict[str, Any]]]) -> None:
    """Every foreign key of a package's rows names a row of the table it refers to."""
    for resource in descriptor["resources"]:
        for key in resource["schema"].get("foreignKeys", []):
            target_ids = {row["id"] for row in tables[key["reference"]["resource"]]}
            for row in tables[resource["name"]]:
                value = row.get(key["fields"])
                assert value is None or value in target_ids, f"{resource['name']}.{key['fields']} {value}"


# --- the official examples --------------------------------------------------------------------------


@official
@pytest.mark.parametrize(
    "name",
    [
        "service_full.json",
        "service_list.json",
        "service_at_location_full.json",
        "organization_full.json",
        "csv",
    ],
)
def test_official_examples_import_into_a_us_directory(name: str) -> None:
    result = read(OFFICIAL / "examples" / name, "US")
    assert not result.errors, messages(result)
    (provider,) = result.providers
    assert provider.name == "Community Counselling"
    assert provider.id.startswith("us-community-counselling-")
    assert (provider.min_age, provider.max_age) == (12, 100)
    assert provider.verified_on == dt.date(2005, 1, 1)
    assert provider.email == "email@example.com" and provider.status == "active"
    assert provider.website == "http://example.com/counselling"
    assert "referral letter" in provider.how_to_refer
    if name != "service_list.json":  # the list example carries no location
        assert provider.city == "MyCity" and provider.address == "1-30 Main Street"
        assert provider.latitude is None and provider.region == ""
        assert provider.focal_point == "Ann Persona"
        text = messages(result)
        assert "latitude 100 is outside -90..90; kept aside" in text
        assert "region 'MyRegion' is no ISO 3166-2 code or region name of US" in text
        assert "phone '\"+44 1234 234567\"' is malformed" in text  # the example's phone carries quotes
        unusable = unpack(provider.extra)["unusable"]
        assert {
            "field": "service_at_locations.0.location.latitude",
            "value": 100,
            "reason": "latitude 100 is outside -90..90",
        } in unusable
    kept = unpack(provider.extra)["record"]
    assert kept["accreditations"].startswith("All of our practitioners")
    assert kept["organization"]["name"] == "Example Organization Inc."


@official
def test_official_package_reports_references_that_lead_nowhere() -> None:
    result = read(OFFICIAL / "examples" / "csv", "US")
    text = messages(result)
    assert "attributes.csv: link_id matches no record; attribute not imported" in text
    assert "contacts.csv: service_at_location_id matches no service_at_location" in text
    (provider,) = result.providers
    record = unpack(provider.extra)["record"]
    assert record["cost_options"][0]["amount"] == 35  # typed as the package declares
    assert record["program"]["name"] == "Community Mental Health Support"


@official
def test_official_example_export_is_valid_and_keeps_what_was_set_aside(service_validator: Any) -> None:
    result = read(OFFICIAL / "examples" / "service_full.json", "US")
    records, _ = services_json(directory(*result.providers, country="US"), include_confidential=False)
    (record,) = records
    assert_valid(service_validator, record)
    assert record["schedules"][0]["byday"] == "TH,FR"
    assert record["organization"]["id"] == "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
    assert record["service_at_locations"][0]["location"]["accessibility"][0]["details"].startswith("Switch")
    assert "latitude" not in record["service_at_locations"][0]["location"]  # 100 is no latitude


@official
def test_official_example_values_set_aside_as_text_go_back_on_export(
    tmp_path: Path, service_validator: Any, tabular_schema: dict[str, Any]
) -> None:
    """The example's quoted phone number and its 'MyState' are no use to matching, but HSDS takes
    them: export writes them back (an empty phone number would be an invalid phones.csv row)."""
    providers = read(OFFICIAL / "examples" / "service_full.json", "US").providers
    records, _ = services_json(directory(*providers, country="US"), include_confidential=False)
    (record,) = records
    assert_valid(service_validator, record)
    location = record["service_at_locations"][0]["location"]
    assert record["phones"][0]["number"] == location["phones"][0]["number"] == '"+44 1234 234567"'
    assert (location["addresses"][0]["state_province"], location["addresses"][0]["region"]) == (
        "MyState",
        "MyRegion",
    )
    assert "latitude" not in location and "longitude" not in location  # 100 is no latitude
    write_hsds(directory(*providers, country="US"), tmp_path / "pkg", "hsds-csv", include_confidential=False)
    tables = assert_valid_package(tmp_path / "pkg", tabular_schema)
    assert tables["phone"] and all(row["number"] == '"+44 1234 234567"' for row in tables["phone"])
    assert tables["address"] and all(row["state_province"] == "MyState" for row in tables["address"])
    organizations = {row["id"] for row in tables["organization"]}
    assert tables["program"] and all(row["organization_id"] in organizations for row in tables["program"])


def test_a_withheld_shelter_gets_no_set_aside_place_values_back() -> None:
    kept = {
        "record": {"service_at_locations": [{"location": {"addresses": [{"address_1": "x"}]}}]},
        "unusable": [
            {
                "field": "service_at_locations.0.location.addresses.0.state_province",
                "value": "Secret Quarter",
                "reason": "no region",
            }
        ],
    }
    shelter = SHELTER.with_changes(extra={"hsds": kept})
    for include, present in ((False, False), (True, True)):
        records, _ = services_json(directory(shelter), include_confidential=include)
        assert ("Secret Quarter" in json.dumps(records)) is present


@official
@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("taxonomy.json", "a taxonomy"),
        ("taxonomy_term_list.json", "a taxonomy_term"),
        ("location.json", "a location"),
        ("base.json", "the HSDS metadata document"),
        ("tabular.json", "a tabular package written as JSON (import the folder of CSV files instead)"),
    ],
)
def test_official_files_that_hold_no_service_are_refused_saying_what_they_are(name: str, kind: str) -> None:
    result = read(OFFICIAL / "examples" / name, "US")
    assert result.providers == []
    (problem,) = result.errors
    assert problem.message.startswith(f"{name} item 1: {kind}")
    assert problem.message.endswith(": cannot be a provider") and "None" not in problem.describe()


# --- our own fixtures: mapping ----------------------------------------------------------------------


def test_ngo_json_maps_onto_providers() -> None:
    result = read(NGO_JSON)
    by_name = {(p.name, p.city): p for p in result.providers}
    shelter = by_name["Strehë e sigurt për gra", "Tiranë"]
    assert shelter.categories == ("shelter", "psychosocial")  # Open Eligibility through the default map
    assert shelter.sexes == ("female",) and shelter.vot_specialised and shelter.min_age == 18
    assert shelter.coverage == Coverage("regions", ("AL-11", "AL-02"))
    assert (shelter.latitude, shelter.longitude, shelter.region) == (41.3275, 19.8187, "AL-11")
    assert shelter.languages == ("sq", "en") and shelter.phone == "+355 4 222 3344"
    assert (shelter.capacity_available, shelter.capacity_updated) == (3, dt.date(2025, 11, 3))
    assert shelter.verified_by == "verifikim@shpresa-e-re.example"
    assert shelter.documents_required == ("Identity card or passport, if the person has one",)
    legal_tirana = by_name["Ndihmë juridike", "Tiranë"]
    assert legal_tirana.region == "AL-11"  # "Tirana" named the region
    assert legal_tirana.focal_point == "Elira Hoxha" and legal_tirana.email == "info@shpresa-e-re.example"
    legal_shkoder = by_name["Ndihmë juridike", "Shkodër"]
    assert legal_shkoder.region == "AL-10" and legal_shkoder.latitude is None and legal_shkoder.phone == ""
    assert legal_tirana.id != legal_shkoder.id  # one provider per service at a location
    assert read(NGO_JSON).providers == result.providers  # ids derived from HSDS ids are stable


def test_ngo_package_maps_onto_providers() -> None:
    result = read(NGO_PACKAGE)
    assert not result.errors, messages(result)
    counselling, helpline = sorted(result.providers, key=lambda p: p.name)
    assert counselling.languages == ("sq", "it") and counselling.region == "AL-03"
    assert counselling.categories == ("psychosocial",)  # Counseling and Support Groups
    assert helpline.status == "temporarily_closed" and helpline.coverage == Coverage("national")
    assert not helpline.has_location  # a service with no location gives a provider without one
    assert unpack(helpline.extra)["record"]["alert"] == "Closed for staff training until March"


def test_unmapped_terms_are_reported_and_a_map_maps_them(tmp_path: Path) -> None:
    result = read(NGO_JSON)
    assert (
        "taxonomy term 'Reintegration Grants' (code 'RG-01') of taxonomy 'shpresa-local' maps to no "
        "need code (2 record(s)); kept aside: map it with --taxonomy-map" in messages(result)
    )
    legal = next(p for p in result.providers if p.city == "Shkodër")
    terms = [a["taxonomy_term"]["name"] for a in unpack(legal.extra)["record"]["attributes"]]
    assert terms == ["Reintegration Grants"]  # kept, not dropped
    csv_map = tmp_path / "terms.csv"
    csv_map.write_text("term,need\nRG-01,income_generation|employment\n", encoding="utf-8")
    json_map = tmp_path / "terms.json"
    json_map.write_text(json.dumps({"reintegration grants": "income_generation"}), encoding="utf-8")
    for map_file in (csv_map, json_map):
        mapped_result = read(NGO_JSON, taxonomy_map=map_file)
        assert "'Reintegration Grants' (code 'RG-01') of taxonomy" not in messages(mapped_result)
        # a reading other than exact is said (docs/security.md, what gets stored)
        assert (
            "categories: read taxonomy term 'Reintegration Grants' (code 'RG-01') as income_generation"
            in (messages(mapped_result))
        )
        legal = next(p for p in mapped_result.providers if p.city == "Shkodër")
        assert legal.categories[:2] == ("legal", "income_generation")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"Foo": "lodging"}', "lodging is not a need code"),
        ("{not json", "not valid JSON"),
        ('{"eligibility": {"Women": {"gender": "f"}}}', "unknown eligibility field 'gender'"),
    ],
)
def test_a_bad_taxonomy_map_is_refused(tmp_path: Path, text: str, message: str) -> None:
    map_file = tmp_path / "map.json"
    map_file.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read(NGO_JSON, taxonomy_map=map_file)


def test_strict_refuses_records_with_unusable_values() -> None:
    result = read(NGO_JSON, strict=True)
    assert sorted(p.city for p in result.providers) == ["Tiranë", "Tiranë"]
    refused = [p for p in result.errors if "refused (--strict)" in p.message]
    assert {p.field for p in refused} == {
        "service_at_locations.0.phones.0.number",
        "service_at_locations.0.location.latitude",
        "service_at_locations.0.location.longitude",
    }


def test_records_that_cannot_be_providers_are_refused_with_the_reason() -> None:
    result = read(NGO_JSON)
    (nameless,) = [p for p in result.errors]
    assert nameless.record == "5e000000-0000-4000-8000-000000000046"
    assert nameless.message == "al_shpresa.json item 3: service has no name: cannot be a provider"
    orphan = read(FIXTURES / "organization_without_service.json")
    assert orphan.providers == [] and orphan.errors == []  # HSDS allows it: a note, not a blocker
    assert [p.message for p in orphan.problems] == [
        "organization_without_service.json item 1: organization has no service: nothing to import from it"
    ]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            {"name": "X", "status": "active", "service_at_locations": 1},
            "service_at_locations is a number, not a list of objects",
        ),
        (
            {"name": "X", "status": "active", "phones": [{"number": ["1"]}]},
            "phones.0.number is a list, not a single value",
        ),
        ({"name": "X", "organization": "Org"}, "organization is text, not an object"),
        (
            {"name": "X", "service_at_locations": [{"location": {"addresses": [7]}}]},
            "addresses.0 is a number",
        ),
    ],
)
def test_a_record_not_shaped_like_hsds_is_refused_naming_the_place(
    tmp_path: Path, record: dict[str, Any], message: str
) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps([record, {"name": "Good service", "status": "active"}]), encoding="utf-8")
    result = read(path)
    assert [p.name for p in result.providers] == ["Good service"]  # the bad one does not stop the rest
    (problem,) = result.errors
    assert message in problem.message and problem.message.endswith("not an HSDS service record; refused")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ("42", "holds no HSDS records"),
    ],
)
def test_unreadable_input_is_one_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read(path)
    with pytest.raises(InputError, match=r"has no services\.csv"):
        read(tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        read(tmp_path / "missing.json")


# --- export -----------------------------------------------------------------------------------------


def test_exported_records_are_valid_hsds(service_validator: Any) -> None:
    providers = [SHELTER, LEGAL, JOBS, *read(NGO_JSON).providers, *read(NGO_PACKAGE).providers]
    for include in (False, True):
        records, _ = services_json(directory(*providers), include_confidential=include)
        assert len(records) == len(providers)
        for record in records:
            assert_valid(service_validator, record)


def test_exported_package_is_valid_hsds(tmp_path: Path, tabular_schema: dict[str, Any]) -> None:
    providers = [SHELTER, LEGAL, JOBS, *read(NGO_JSON).providers, *read(NGO_PACKAGE).providers]
    messages_ = write_hsds(directory(*providers), tmp_path / "pkg", "hsds-csv", include_confidential=True)
    assert messages_[-1] == f"wrote 8 HSDS service(s) as a tabular data package to {tmp_path / 'pkg'}"
    tables = assert_valid_package(tmp_path / "pkg", tabular_schema)
    assert len(tables["service"]) == 8
    assert len(tables["organization"]) == 5  # the NGOs' services share their organization
    capacity = {row["service_id"]: row for row in tables["service_capacity"]}
    assert len(capacity) == 2 and all(
        row["updated"].endswith("T00:00:00Z") or "T" in row["updated"] for row in capacity.values()
    )


@official
def test_our_package_descriptor_matches_the_official_one() -> None:
    ours = {r["name"]: r for r in datapackage("3.0")["resources"]}
    theirs = json.loads((OFFICIAL / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    assert set(ours) == {r["name"] for r in theirs}
    for resource in theirs:
        mine = ours[resource["name"]]
        assert mine["path"] == resource["path"]
        fields = [(f["name"], f["type"], f.get("format")) for f in resource["schema"]["fields"]]
        assert [(f["name"], f["type"], f.get("format")) for f in mine["schema"]["fields"]] == fields
        assert {(k["fields"], k["reference"]["resource"]) for k in mine["schema"].get("foreignKeys", [])} == {
            (k["fields"], k["reference"]["resource"]) for k in resource["schema"].get("foreignKeys", [])
        }


def test_eligibility_is_written_as_svcmatch_attributes() -> None:
    (record,) = services_json(directory(SHELTER), include_confidential=True)[0]
    values = {}
    for attribute in record["attributes"]:
        term = attribute["taxonomy_term"]
        assert term["taxonomy"] == "svcmatch" and attribute["link_entity"] == "service"
        values.setdefault(term["code"], []).append(attribute.get("value"))
    assert values["provider_id"] == ["al-shk-0001"]
    assert values["shelter"] == [None] and values["psychosocial"] == [None]
    assert values["sex"] == ["female"] and values["exploitation_type"] == ["sexual", "labour"]
    assert values["language"] == ["sq", "en"]
    for name in (
        "vot_specialised",
        "official_status_required",
        "accompanying_children",
        "disability_access",
        "outreach",
        "confidential_address",
    ):
        assert values[name] == ["true"], name
    assert values["unaccompanied_minors"] == ["false"] and values["coverage"] == ["radius:40"]
    assert record["capacities"] == [
        {
            "id": record["capacities"][0]["id"],
            "service_id": record["id"],
            "unit": {"id": record["capacities"][0]["unit"]["id"], "name": "place"},
            "unit_id": record["capacities"][0]["unit"]["id"],
            "available": 2,
            "updated": "2026-01-05T00:00:00Z",
        }
    ]
    assert record["status"] == "temporarily closed"


def test_a_website_without_scheme_is_written_as_https() -> None:
    (record,) = services_json(
        directory(LEGAL.with_changes(website="www.ligjore.example.org")), include_confidential=False
    )[0]
    assert record["url"] == "https://www.ligjore.example.org"


def test_ids_are_uuid5_of_our_ids_and_stable() -> None:
    first, _ = services_json(directory(LEGAL, JOBS), include_confidential=False)
    again, _ = services_json(directory(JOBS, LEGAL), include_confidential=False)
    assert first == again
    assert first[0]["id"] == str(uuid.uuid5(NAMESPACE, "provider:al-tir-0002:service"))
    assert first[0]["service_at_locations"][0]["service_id"] == first[0]["id"]


def test_confidential_shelters_are_exported_without_address_or_coordinates(tmp_path: Path) -> None:
    withheld = write_hsds(
        directory(SHELTER, LEGAL), tmp_path / "out.json", "hsds-json", include_confidential=False
    )
    assert withheld[0] == (
        "withheld the address and coordinates of 1 confidential shelter(s): al-shk-0001 "
        "(--include-confidential writes them)"
    )
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    for secret in ("Rruga e Fshehtë", "42.0683", "19.5126", "within 40 km", "Within 40 km"):
        assert secret not in text
    write_hsds(directory(SHELTER), tmp_path / "pkg", "hsds-csv", include_confidential=False)
    package_text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "pkg").iterdir())
    assert "Rruga e Fshehtë" not in package_text and "42.0683" not in package_text
    write_hsds(directory(SHELTER), tmp_path / "all.json", "hsds-json", include_confidential=True)
    text = (tmp_path / "all.json").read_text(encoding="utf-8")
    assert "Rruga e Fshehtë 1" in text and "42.0683" in text
    again = read(tmp_path / "out.json").providers
    assert again[0].address == "" and again[0].latitude is None and again[0].confidential_address


def test_unknown_export_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown HSDS format 'hsds-xml'"):
        write_hsds(directory(LEGAL), tmp_path / "x", "hsds-xml", include_confidential=False)
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        write_hsds(directory(LEGAL), tmp_path / "file", "hsds-csv", include_confidential=False)


# --- round trips ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "name"), [("hsds-json", "out.json"), ("hsds-csv", "pkg")])
@pytest.mark.parametrize("source", ["ours", "ngo_json", "ngo_package"])
def test_import_export_import_keeps_every_mapped_field(
    tmp_path: Path, fmt: str, name: str, source: str
) -> None:
    providers = {
        "ours": [SHELTER, LEGAL, JOBS],
        "ngo_json": read(NGO_JSON).providers,
        "ngo_package": read(NGO_PACKAGE).providers,
    }[source]
    first = tmp_path / name
    write_hsds(directory(*providers), first, fmt, include_confidential=True)
    again = read(first)
    assert not again.errors, messages(again)
    assert sorted(map(mapped, again.providers), key=lambda p: p["id"]) == sorted(
        map(mapped, providers), key=lambda p: p["id"]
    )
    second = tmp_path / f"second-{name}"
    write_hsds(directory(*again.providers), second, fmt, include_confidential=True)
    files = sorted(first.iterdir()) if first.is_dir() else [first]
    for path in files:  # nothing lost: the second export is the first, byte for byte
        twin = second / path.name if first.is_dir() else second
        assert twin.read_text("utf-8") == path.read_text("utf-8")


@official
def test_official_example_round_trip_keeps_what_was_set_aside(tmp_path: Path) -> None:
    providers = read(OFFICIAL / "examples" / "service_at_location_full.json", "US").providers
    write_hsds(
        directory(*providers, country="US"), tmp_path / "a.json", "hsds-json", include_confidential=False
    )
    again = read(tmp_path / "a.json", "US").providers
    assert list(map(mapped, again)) == list(map(mapped, providers))
    first = unpack(providers[0].extra)["record"]
    assert unpack(again[0].extra)["record"]["schedules"] == first["schedules"]
    assert unpack(again[0].extra)["record"]["funding"] == first["funding"]


def test_round_trip_gives_the_same_matches(tmp_path: Path) -> None:
    from svcmatch.matching import Case, match

    providers = [SHELTER.with_changes(confidential_address=False), LEGAL, JOBS, *read(NGO_JSON).providers]
    before = directory(*providers)
    write_hsds(before, tmp_path / "pkg", "hsds-csv", include_confidential=False)
    after = directory(*read(tmp_path / "pkg").providers)
    case = Case(
        country="AL",
        to="Tiranë",
        needs=("shelter", "legal", "employment", "psychosocial"),
        sex="female",
        age=24,
    )
    today = dt.date(2026, 2, 1)
    first = match(case, before, today=today).to_json()
    second = match(case, after, today=today).to_json()
    first.pop("directory"), second.pop("directory")
    assert first == second
    assert first["needs"]["legal"]


# --- the published taxonomy and the CLI ---------------------------------------------------------------


def test_published_taxonomy_file_is_current_and_valid(tabular_schema: dict[str, Any]) -> None:
    import jsonschema

    path = Path(__file__).parents[1] / "svcmatch" / "data" / "svcmatch_taxonomy.json"
    published = json.loads(path.read_text(encoding="utf-8"))
    assert published == published_taxonomy(), "regenerate svcmatch/data/svcmatch_taxonomy.json"
    checker = jsonschema.FormatChecker()
    parts = (("taxonomy_term", published["taxonomy_terms"]), ("taxonomy", [published["taxonomy"]]))
    for name, items in parts:
        validator = jsonschema.Draft202012Validator(
            tabular_schema["properties"][name]["items"], format_checker=checker
        )
        for item in items:
            assert not list(validator.iter_errors(item)), item


def test_spec_tables_name_their_csv_files() -> None:
    assert TABLES["service_at_location"].path == "service_at_location.csv"
    assert TABLES["service_capacity"].hsds31 and TABLES["url"].hsds31 and not TABLES["service"].hsds31
    label = TABLES["attribute"].column("label")
    assert label is not None and label.hsds31
    assert [c.name for c in TABLES["attribute"].columns_of("3.0")][-1] == "value"


@official
def test_cli_imports_the_official_package_and_exports_hsds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    from svcmatch.storage import DirectoryStore

    root = tmp_path / "dirs"
    DirectoryStore("US", root).create(title="US test")
    runner = CliRunner()
    imported = runner.invoke(
        main,
        [
            "--directories",
            str(root),
            "directory",
            "import",
            "US",
            str(OFFICIAL / "examples" / "csv"),
            "--format",
            "hsds",
        ],
    )
    assert imported.exit_code == 0, imported.output
    assert "latitude 100 is outside -90..90; kept aside" in imported.stderr
    exported = runner.invoke(
        main,
        [
            "--directories",
            str(root),
            "directory",
            "export",
            "US",
            "--format",
            "hsds-json",
            "-o",
            str(tmp_path / "us.json"),
        ],
    )
    assert exported.exit_code == 0, exported.output
    (record,) = json.loads((tmp_path / "us.json").read_text(encoding="utf-8"))
    assert record["name"] == "Community Counselling"
    strict = runner.invoke(
        main,
        [
            "--directories",
            str(root),
            "directory",
            "import",
            "US",
            str(OFFICIAL / "examples" / "service_full.json"),
            "--format",
            "hsds",
            "--strict",
        ],
    )
    assert strict.exit_code == 1 and "refused (--strict)" in strict.stderr


def test_sample_directories_export_without_id_clashes(tmp_path: Path) -> None:
    from svcmatch.storage import load_directory

    for country in ("AL", "MA", "UA"):
        directory = load_directory(country)
        messages = write_hsds(directory, tmp_path / country, "hsds-csv", include_confidential=False)
        assert not [m for m in messages if "share id" in m], messages
