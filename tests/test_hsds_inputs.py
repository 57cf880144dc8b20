"""HSDS import at the door: paths, sizes, numbers, statuses, pages, stdin (issues 14 and 15)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.hsds import read_hsds
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
    text = json.dumps([p.to_record() for p in result.providers], allow_nan=False)  # raises on inf
    assert "1e999" in text  # kept aside as the text it was
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
