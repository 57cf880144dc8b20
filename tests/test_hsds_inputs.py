"""HSDS import at the door: paths, sizes, numbers, statuses, pages, stdin (issues 14 and 15)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.hsds import read_hsds
from svcmatch.hsds.aside import unpack
from svcmatch.storage import DirectoryStore, load_directory
from svcmatch.tabular import ReadResult

FIXTURES = Path(__file__).parent / "fixtures" / "hsds"


def read(path: Path | str, country: str = "AL") -> ReadResult:
    return read_hsds(Path(path), country, taxonomy_map=None, strict=False)


def service(**values: Any) -> dict[str, Any]:
    return {"name": "Qendra Tjetër", "status": "active", **values}


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def cli(root: Path, *args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), *args], input=stdin)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    folder = tmp_path / "dirs"
    DirectoryStore("AL", folder).create(title="AL test")
    return folder


# --- issue 14 item 9: resource paths stay inside the package -----------------------------------


def _package_pointing(tmp_path: Path, path: str) -> Path:
    package = tmp_path / "pkg"
    shutil.copytree(FIXTURES / "al_package", package)
    secret = tmp_path / "secret"
    secret.mkdir()
    shutil.copy(package / "services.csv", secret / "data.csv")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "service":
            resource["path"] = path
    write_json(package / "datapackage.json", descriptor)
    return package


@pytest.mark.parametrize("path", ["../secret/data.csv", "../../secret/data.csv", "/etc/passwd"])
def test_a_resource_path_outside_the_package_is_refused(tmp_path: Path, path: str) -> None:
    package = _package_pointing(tmp_path, path)
    with pytest.raises(InputError, match="'service' points outside the package folder"):
        read(package)


def test_a_linked_csv_outside_the_package_is_refused(tmp_path: Path) -> None:
    package = _package_pointing(tmp_path, "services.csv")
    (package / "services.csv").unlink()
    (package / "services.csv").symlink_to(tmp_path / "secret" / "data.csv")
    with pytest.raises(InputError, match="points outside the package folder"):
        read(package)


def test_the_cli_refuses_the_package_in_one_line_and_writes_nothing(tmp_path: Path, root: Path) -> None:
    package = _package_pointing(tmp_path, "../secret/data.csv")
    result = cli(root, "directory", "import", "AL", str(package), "--format", "hsds")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "outside the package folder" in result.stderr
    assert load_directory("AL", root).providers == ()


# --- issue 14 item 15: NaN and Infinity -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ('[{"name": "X", "status": "active", "x_extra": NaN}]', "NaN"),
        ('[{"name": "X", "status": "active", "minimum_age": Infinity}]', "Infinity"),
        ('[{"name": "X", "status": "active", "x_rank": -Infinity}]', "-Infinity"),
        ('[{"name": "X", "status": "active", "x_big": 1e999}]', "1e999"),
    ],
)
def test_nan_and_infinity_are_refused_at_the_door(tmp_path: Path, text: str, number: str) -> None:
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=f"holds the number {number}, which JSON and HSDS do not allow"):
        read(path)


def test_an_infinite_number_cell_is_not_stored_as_a_number(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(FIXTURES / "al_package", package)
    with (package / "services.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["minimum_age"] = "1e999"
    with (package / "services.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = read(package)
    json.dumps([p.to_record() for p in result.providers], allow_nan=False)  # raises on inf
    assert "1e999" in json.dumps([unpack(p.extra) for p in result.providers])  # kept as text
    assert any("minimum_age" in str(p.field) and p.value == "1e999" for p in result.problems)


# --- issue 14 item 16: every HSDS status maps; an unknown one is an error --------------------------


@pytest.mark.parametrize(
    ("status", "ours"),
    [
        ("active", "active"),
        ("inactive", "inactive"),
        ("defunct", "inactive"),
        ("temporarily closed", "temporarily_closed"),
        ("Temporarily_Closed", "temporarily_closed"),
    ],
)
def test_every_hsds_status_maps(tmp_path: Path, status: str, ours: str) -> None:
    result = read(write_json(tmp_path / "in.json", [service(status=status)]))
    (provider,) = result.providers
    assert provider.status == ours and result.errors == []


@pytest.mark.parametrize("status", ["closed", "suspended", "open", "pending"])
def test_an_unknown_status_refuses_the_record(tmp_path: Path, status: str) -> None:
    result = read(write_json(tmp_path / "in.json", [service(status=status), service(name="Good")]))
    assert [p.name for p in result.providers] == ["Good"]
    (error,) = result.errors
    assert error.field == "status" and f"service status {status!r} is not an HSDS status" in error.message


def test_a_closed_service_is_not_imported_as_active_by_the_cli(tmp_path: Path, root: Path) -> None:
    path = write_json(tmp_path / "in.json", [service(status="suspended")])
    result = cli(root, "directory", "import", "AL", str(path), "--format", "hsds")
    assert result.exit_code == 1 and "'suspended' is not an HSDS status" in result.stderr
    assert load_directory("AL", root).providers == ()


def test_a_missing_status_is_said(tmp_path: Path) -> None:
    result = read(
        write_json(
            tmp_path / "in.json", [{"name": "No status", "organization": {"name": "Org", "description": "d"}}]
        )
    )
    (provider,) = result.providers
    assert provider.status == "active"
    assert any("has no status; imported as active" in p.message for p in result.problems)


# --- issue 14 item 19: the 50 MiB limit -----------------------------------------------------------


def test_dev_zero_is_a_one_line_error(root: Path) -> None:
    result = cli(root, "directory", "import", "AL", "/dev/zero", "--format", "hsds")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "larger than 50 MiB" in result.stderr


def test_a_json_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import svcmatch.fileio

    monkeypatch.setattr(svcmatch.fileio, "MAX_INPUT_BYTES", 1000)
    path = write_json(tmp_path / "in.json", [service(description="x" * 2000)])
    with pytest.raises(InputError, match="larger than 0 MiB"):
        read(path)


def test_a_package_over_the_limit_together_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import svcmatch.hsds.source

    size = sum(p.stat().st_size for p in (FIXTURES / "al_package").glob("*.csv"))
    monkeypatch.setattr(svcmatch.hsds.source, "MAX_INPUT_BYTES", size - 10)
    with pytest.raises(InputError, match=r"are larger than .* MiB together"):
        read(FIXTURES / "al_package")


# --- issue 15: feeds that stop at the door --------------------------------------------------------


def test_an_organization_without_services_is_a_note(tmp_path: Path) -> None:
    lonely = {"id": "5e000000-0000-4000-8000-000000000099", "name": "Lonely", "description": "d"}
    busy = {"name": "Busy", "description": "d", "services": [service(name="Busy service")]}
    result = read(write_json(tmp_path / "in.json", [lonely, busy]))
    assert [p.name for p in result.providers] == ["Busy service"] and result.errors == []
    assert [p.severity for p in result.problems if "no service" in p.message] == ["note"]


def test_a_page_of_several_warns_that_it_is_one_page(tmp_path: Path) -> None:
    page = {"total_items": 240, "total_pages": 5, "page_number": 1, "size": 1, "contents": [service()]}
    result = read(write_json(tmp_path / "page.json", page))
    assert len(result.providers) == 1
    assert (
        "WARNING: page.json is page 1 of 5 of an HSDS API result (1 of its 240 items): only this page "
        "is imported; save every page and import each one"
    ) in result.notes


def test_a_whole_page_says_nothing_of_pages(tmp_path: Path) -> None:
    page = {"total_items": 1, "total_pages": 1, "page_number": 1, "contents": [service()]}
    assert not any("page" in note for note in read(write_json(tmp_path / "p.json", page)).notes)


def test_import_reads_hsds_json_from_standard_input(root: Path) -> None:
    result = cli(root, "directory", "import", "AL", "-", "--format", "hsds", stdin=json.dumps([service()]))
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in load_directory("AL", root).providers] == ["Qendra Tjetër"]


# --- issue 14 item 2: a re-import never resets what the feed does not carry ------------------------

#: A foreign feed: no svcmatch attributes, a location with every detail that can find it.
FEED_SERVICE = {
    "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f11",
    "name": "Strehë e Sigurt",
    "status": "active",
    "email": "info@strehe.example",
    "attributes": [{"taxonomy_term": {"code": "shelter", "name": "Emergency Shelter", "taxonomy": "x"}}],
    "service_at_locations": [
        {
            "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f12",
            "description": "Side door behind the bakery",
            "location": {
                "id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f13",
                "name": "Shtëpia e Gjelbër",
                "description": "Green house at the end of the lane",
                "transportation": "Bus 7 to the last stop",
                "latitude": "42.0683",
                "longitude": "19.5126",
                "addresses": [
                    {
                        "address_1": "Rruga e Fshehtë 1",
                        "address_2": "Kati i dytë",
                        "city": "Shkodër",
                        "region": "AL-10",
                        "state_province": "Shkodër",
                        "postal_code": "4001",
                        "country": "AL",
                        "address_type": "physical",
                    },
                    {
                        "address_1": "Kutia Postare 77",
                        "city": "Shkodër",
                        "state_province": "Shkodër",
                        "postal_code": "4002",
                        "country": "AL",
                        "address_type": "postal",
                    },
                ],
            },
        }
    ],
}
#: What in FEED_SERVICE locates the shelter, apart from the fields address/latitude/longitude.
PLACE_DETAILS = (
    "Kati i dytë",
    "4001",
    "Kutia Postare 77",
    "4002",
    "Green house at the end of the lane",
    "Bus 7 to the last stop",
    "Shtëpia e Gjelbër",
    "Side door behind the bakery",
    "42.0683",
    "19.5126",
)


def _import_feed(root: Path, path: Path, *more: str) -> Any:
    return cli(root, "directory", "import", "AL", str(path), "--format", "hsds", *more)


def test_a_feed_without_our_attributes_never_resets_local_fields(tmp_path: Path, root: Path) -> None:
    path = write_json(tmp_path / "feed.json", [FEED_SERVICE])
    assert _import_feed(root, path).exit_code == 0
    store = DirectoryStore("AL", root)
    (first,) = store.load().providers
    local = {
        "confidential_address": True,
        "capacity_available": 3,
        "capacity_updated": dt.date(2026, 2, 1),
        "notes": "Call before 18:00",
        "vot_specialised": True,
        "latitude": 42.07,
        "longitude": 19.51,
        "extra": {**first.extra, "office": "kept"},
    }
    with store.transaction(author="tester") as transaction:
        transaction.put(first.with_changes(**local))
    changed = json.loads(json.dumps(FEED_SERVICE))
    changed["email"] = "new@strehe.example"
    del changed["service_at_locations"][0]["location"]["latitude"]  # the feed has no usable point
    del changed["service_at_locations"][0]["location"]["longitude"]
    result = _import_feed(root, write_json(tmp_path / "feed2.json", [changed]))
    assert result.exit_code == 0 and "1 updated" in result.stderr
    (again,) = store.load().providers
    assert again.email == "new@strehe.example"  # what the feed carries is updated
    for name, value in local.items():
        if name != "extra":
            assert getattr(again, name) == value, name
    assert again.extra["office"] == "kept"
    unchanged = _import_feed(root, write_json(tmp_path / "feed3.json", [changed]), "--dry-run")
    # the feed gives the (now confidential) shelter's address and town, and location details
    # kept aside in extra (eleventh pass): they count as changed whatever their values, so that
    # no import tells a right guess from a wrong one
    assert "0 added, 1 updated, 0 unchanged" in unchanged.stderr
    assert {line.split(", ")[1].split(":")[0] for line in unchanged.stdout.splitlines()} == {
        "address",
        "city",
        "extra",
    }


def test_our_own_export_still_sets_every_field_on_re_import(tmp_path: Path, root: Path) -> None:
    path = write_json(tmp_path / "feed.json", [FEED_SERVICE])
    assert _import_feed(root, path).exit_code == 0
    store = DirectoryStore("AL", root)
    (first,) = store.load().providers
    exported = tmp_path / "ours.json"
    assert cli(root, "directory", "export", "AL", "--format", "hsds-json", "-o", str(exported)).exit_code == 0
    with store.transaction(author="tester") as transaction:
        transaction.put(first.with_changes(notes="edited later", vot_specialised=True))
    assert _import_feed(root, exported).exit_code == 1  # it would undo the later edit: refused
    assert _import_feed(root, exported, "--overwrite").exit_code == 0  # asked for
    (again,) = store.load().providers
    assert again.vot_specialised is False  # the export carried it ("false"): it applies
    assert again.notes == "edited later"  # an empty note is not written, so not carried: kept


# --- issue 14 item 3: details that locate a shelter are kept apart ----------------------------------


def test_location_details_are_kept_apart_from_the_round_trip_material(tmp_path: Path) -> None:
    from svcmatch.hsds.aside import KEY, PLACE_KEY

    (provider,) = read(write_json(tmp_path / "feed.json", [FEED_SERVICE])).providers
    assert set(provider.extra) == {KEY, PLACE_KEY}
    assert all(isinstance(value, str) for value in provider.extra.values())  # parsed only by export
    public = json.dumps(unpack({KEY: provider.extra[KEY]}), ensure_ascii=False)
    place = json.dumps(unpack({PLACE_KEY: provider.extra[PLACE_KEY]}), ensure_ascii=False)
    for detail in PLACE_DETAILS:
        assert detail not in public, detail
        assert detail in place, detail
    assert "0d1b5f8e" in public  # the source ids are no place
    whole = unpack(provider.extra)
    assert whole["record"]["service_at_locations"][0]["description"] == "Side door behind the bakery"


def _leaks(text: str) -> list[str]:
    """The place details a text gives away, directly or inside a kept HSDS part it carries."""
    from svcmatch.hsds.aside import PLACE_KEY

    found = [detail for detail in PLACE_DETAILS if detail in text]
    kept = re.findall(rf"{PLACE_KEY}\W+(\w+)", text)  # its value: the withheld mark, or a leak
    return found + [f"{PLACE_KEY}: {value}" for value in kept if value != "withheld"]


def test_location_details_of_a_confidential_shelter_never_leave_the_file(tmp_path: Path, root: Path) -> None:
    from svcmatch.hsds.vocab import our_term

    feed = json.loads(json.dumps(FEED_SERVICE))
    feed["service_at_locations"][0]["location"]["latitude"] = 42.0683
    feed["service_at_locations"][0]["location"]["longitude"] = 19.5126
    feed["attributes"].append({"taxonomy_term": our_term("confidential_address"), "value": "true"})
    assert _import_feed(root, write_json(tmp_path / "feed.json", [feed])).exit_code == 0
    (provider,) = load_directory("AL", root).providers
    assert provider.confidential_address
    feed["service_at_locations"][0]["location"]["transportation"] = "Bus 7 to the last stop, then walk"
    assert _import_feed(root, write_json(tmp_path / "feed2.json", [feed])).exit_code == 0  # a change
    outputs = {
        f"show {fmt}": cli(root, "directory", "show", "AL", provider.id, "--format", fmt).stdout
        for fmt in ("table", "json")
    }
    outputs["history"] = cli(root, "directory", "history", "AL", "--format", "json").stdout
    for fmt in ("csv", "json", "hsds-json"):
        out = tmp_path / f"export.{fmt}"
        result = cli(root, "directory", "export", "AL", "--format", fmt, "-o", str(out))
        assert result.exit_code == 0, result.stderr
        outputs[f"export {fmt}"] = out.read_text(encoding="utf-8-sig")
    xlsx = tmp_path / "export.xlsx"
    assert cli(root, "directory", "export", "AL", "-o", str(xlsx)).exit_code == 0
    import openpyxl

    sheet = openpyxl.load_workbook(xlsx).active
    outputs["export xlsx"] = "\n".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    for name, text in outputs.items():
        assert text, name
        assert _leaks(text) == [], name
    with_them = tmp_path / "all.hsds.json"
    cli(
        root,
        "directory",
        "export",
        "AL",
        "--format",
        "hsds-json",
        "--include-confidential",
        "-o",
        str(with_them),
    )
    assert set(_leaks(with_them.read_text(encoding="utf-8"))) == set(PLACE_DETAILS)  # asked for: all


def test_a_redacted_spreadsheet_re_import_keeps_the_location_details(tmp_path: Path, root: Path) -> None:
    from svcmatch.hsds.aside import PLACE_KEY

    assert _import_feed(root, write_json(tmp_path / "feed.json", [FEED_SERVICE])).exit_code == 0
    (provider,) = load_directory("AL", root).providers
    cli(root, "directory", "edit", "AL", provider.id, "--set", "confidential_address=yes")
    out = tmp_path / "al.csv"
    assert cli(root, "directory", "export", "AL", "-o", str(out)).exit_code == 0
    assert cli(root, "directory", "import", "AL", str(out)).exit_code == 0
    (again,) = load_directory("AL", root).providers
    assert again.extra[PLACE_KEY] == provider.extra[PLACE_KEY]


def test_the_place_key_is_one_that_privacy_withholds() -> None:
    from svcmatch.hsds.aside import PLACE_KEY
    from svcmatch.model import CONFIDENTIAL_EXTRA_KEYS, public_extra

    assert PLACE_KEY in CONFIDENTIAL_EXTRA_KEYS
    # a key of someone's own ("other") may hold a postal code or a GPS point: withheld too
    # (tests/test_security_second_pass.py::test_a_confidential_shelters_own_extra_keys_never_leave_the_file)
    assert public_extra({"hsds": "x", PLACE_KEY: "y", "other": 1}) == {"hsds": "x"}
    assert public_extra({"hsds": {"record": {}}}) == {}  # the nested form of before holds places too


# --- issue 15: timestamps, state codes, location types, standard output ---------------------------


def test_a_capacity_timestamp_keeps_its_time_and_zone(tmp_path: Path) -> None:
    from svcmatch.hsds import services_json
    from svcmatch.model import Directory, DirectoryInfo

    stamp = "2026-01-05T14:23:06.5+01:00"
    capacity = {"available": 2, "updated": stamp, "unit": {"name": "bed"}}
    (provider,) = read(write_json(tmp_path / "in.json", [service(capacities=[capacity])])).providers
    assert provider.capacity_available == 2 and provider.capacity_updated == dt.date(2026, 1, 5)
    records, _ = services_json(Directory(DirectoryInfo("AL"), (provider,)), include_confidential=False)
    assert records[0]["capacities"][0]["updated"] == stamp
    newer = provider.with_changes(capacity_updated=dt.date(2026, 2, 1))  # edited here: the old time is gone
    records, _ = services_json(Directory(DirectoryInfo("AL"), (newer,)), include_confidential=False)
    assert records[0]["capacities"][0]["updated"] == "2026-02-01T00:00:00Z"


@pytest.mark.parametrize(("text", "code"), [("CA", "US-CA"), ("ny", "US-NY"), ("California", "US-CA")])
def test_us_style_state_codes_are_read(tmp_path: Path, text: str, code: str) -> None:
    location = {
        "addresses": [{"address_1": "1 Main St", "city": "X", "state_province": text, "country": "US"}]
    }
    record = service(service_at_locations=[{"location": location}])
    result = read(write_json(tmp_path / "in.json", [record]), "US")
    (provider,) = result.providers
    assert provider.region == code and not any("state_province" in str(p.field) for p in result.problems)


def test_an_organization_location_without_a_type_is_exported_as_physical(tmp_path: Path) -> None:
    from svcmatch.hsds import services_json
    from svcmatch.model import Directory, DirectoryInfo

    organization = {"name": "Org", "description": "d", "locations": [{"name": "Office", "addresses": []}]}
    (provider,) = read(write_json(tmp_path / "in.json", [service(organization=organization)])).providers
    records, _ = services_json(Directory(DirectoryInfo("AL"), (provider,)), include_confidential=True)
    (location,) = records[0]["organization"]["locations"]
    assert location["location_type"] == "physical"


def test_export_hsds_json_to_standard_output(tmp_path: Path, root: Path) -> None:
    assert _import_feed(root, write_json(tmp_path / "feed.json", [FEED_SERVICE])).exit_code == 0
    for args in ((), ("-o", "-")):
        result = cli(root, "directory", "export", "AL", "--format", "hsds-json", *args)
        assert result.exit_code == 0, result.stderr
        (record,) = json.loads(result.stdout)
        assert record["name"] == "Strehë e Sigurt"
        assert "wrote 1 HSDS service record(s) to standard output" in result.stderr
    folder = cli(root, "directory", "export", "AL", "--format", "hsds-csv")
    assert folder.exit_code == 2 and "writes a folder" in folder.stderr


# --- issue 15: valid HSDS UUIDs are kept -------------------------------------------------------------


def _uuids(value: Any) -> set[str]:
    from svcmatch.hsds.spec import is_uuid

    if isinstance(value, dict):
        return set().union(*(_uuids(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_uuids(v) for v in value)) if value else set()
    return {value} if is_uuid(value) else set()


def test_valid_hsds_uuids_come_back_as_they_came(tmp_path: Path) -> None:
    from svcmatch.hsds import services_json
    from svcmatch.model import Directory, DirectoryInfo

    feed = json.loads(json.dumps(FEED_SERVICE))
    feed["phones"] = [{"id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f14", "number": "+355 22 000 009"}]
    feed["schedules"] = [{"id": "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f15", "byday": "MO", "freq": "WEEKLY"}]
    for number, address in enumerate(feed["service_at_locations"][0]["location"]["addresses"], start=6):
        address["id"] = f"0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f{number:02d}"
    providers = read(write_json(tmp_path / "feed.json", [feed])).providers
    records, _ = services_json(Directory(DirectoryInfo("AL"), tuple(providers)), include_confidential=True)
    assert _uuids(feed) <= _uuids(records)  # every id of the feed is in the export
    assert records[0]["id"] == feed["id"]


def test_a_service_at_two_locations_keeps_its_id_once(tmp_path: Path) -> None:
    from svcmatch.hsds import services_json
    from svcmatch.model import Directory, DirectoryInfo

    feed = json.loads(json.dumps(FEED_SERVICE))
    second = json.loads(json.dumps(feed["service_at_locations"][0]))
    second["id"] = "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f21"
    second["location"]["id"] = "0d1b5f8e-4a3c-4f7e-9a51-2b6c8d9e0f22"
    feed["service_at_locations"].append(second)
    providers = read(write_json(tmp_path / "feed.json", [feed])).providers
    assert len(providers) == 2
    records, _ = services_json(Directory(DirectoryInfo("AL"), tuple(providers)), include_confidential=True)
    ids = sorted(record["id"] for record in records)
    assert feed["id"] in ids and len(set(ids)) == 2  # one keeps it; the other gets its own
    sals = {r["service_at_locations"][0]["id"] for r in records}
    assert sals == {feed["service_at_locations"][0]["id"], second["id"]}
