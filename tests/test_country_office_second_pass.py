"""A country office's second pass on data from outside: a partner's HSDS package (folder or
zip, other taxonomies, services at several locations), next month's re-import, and upkeep.
Each test is a problem that the pass found."""

from __future__ import annotations

import csv
import json
import uuid
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
