"""privacy.py: a confidential shelter's town, address, point and kept-aside location details
leave the directory file through no command (issue 14 items 5, 6, 7)."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.coverage import main_town_points, reached_regions
from svcmatch.model import Coverage, Provider
from svcmatch.privacy import WITHHELD, public_point, public_provider, withhold_values
from svcmatch.storage import DirectoryStore

# A village: its name alone nearly locates the shelter.
VILLAGE = Provider(
    id="al-village-1",
    name="Strehimi Fshat",
    categories=("shelter",),
    city="Vendresha e Vogël",
    region="AL-01",
    address="Rruga Zzyzx 9",
    latitude=40.50722,
    longitude=20.13472,
    coverage=Coverage("radius", km=25.0),
    phone="+355 69 000 0009",
    extra={"hsds_location": {"postal_code": "QQ-5401", "description": "behind the Qqvx mill"}},
)
LEAK = re.compile(r"Vendresha|Zzyzx|QQ-5401|Qqvx|40\.507|20\.134")


def _store(root: Path, provider: Provider) -> DirectoryStore:
    store = DirectoryStore("AL", root)
    store.create(author="test")
    with store.transaction(author="test") as transaction:
        transaction.put(provider)
    return store


def run(root: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--directories", str(root), *args])
    assert result.exit_code == 0, (args, result.output)
    return result.output


def test_public_provider_keeps_the_region_and_drops_what_locates() -> None:
    secret = VILLAGE.with_changes(confidential_address=True)
    shown = public_provider(secret)
    assert (shown.address, shown.city, shown.latitude, shown.longitude) == ("", "", None, None)
    assert shown.region == "AL-01" and shown.phone == VILLAGE.phone and "hsds_location" not in shown.extra
    assert public_provider(VILLAGE) is VILLAGE
    point = public_point(secret)
    assert point is not None and point != (VILLAGE.latitude, VILLAGE.longitude)
    assert public_point(VILLAGE) == (VILLAGE.latitude, VILLAGE.longitude)
    values = withhold_values({"city": "Vendresha e Vogël", "phone": "1", "extra": dict(VILLAGE.extra)}, True)
    assert values["city"] == WITHHELD and values["phone"] == "1" and not LEAK.search(json.dumps(values))


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_list_show_history_and_export_withhold_the_town(tmp_path: Path, fmt: str) -> None:
    root = tmp_path / "dirs"
    _store(root, VILLAGE.with_changes(confidential_address=True))
    for command in (["list", "AL"], ["show", "AL", VILLAGE.id], ["history", "AL"]):
        output = run(root, "directory", *command, "-f", fmt)
        assert not LEAK.search(output), (command, LEAK.findall(output))
    assert "AL-01" in run(root, "directory", "list", "AL", "-f", fmt)  # the region is shown
    for export in ("csv", "json"):
        assert not LEAK.search(run(root, "directory", "export", "AL", "--format", export))
    run(root, "directory", "export", "AL", "-o", str(tmp_path / "al.xlsx"))
    with zipfile.ZipFile(tmp_path / "al.xlsx") as book:
        assert not any(LEAK.search(book.read(name).decode("utf-8", "replace")) for name in book.namelist())
    shown = run(root, "directory", "show", "AL", VILLAGE.id, "--include-confidential")
    assert "Vendresha" in shown  # the owner, asking, sees it (so the checks above can fail)


def test_reimporting_an_export_keeps_the_withheld_town(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    store = _store(root, VILLAGE.with_changes(confidential_address=True))
    sheet = tmp_path / "al.csv"
    run(root, "directory", "export", "AL", "-o", str(sheet))
    run(root, "directory", "import", "AL", str(sheet))
    kept = store.load().get(VILLAGE.id)
    assert kept is not None and kept.city == VILLAGE.city and kept.extra == VILLAGE.extra


def test_history_is_scrubbed_when_a_shelter_becomes_confidential(tmp_path: Path) -> None:
    root = tmp_path / "dirs"
    store = _store(root, VILLAGE)
    with store.transaction(author="test") as transaction:
        transaction.put(VILLAGE.with_changes(address="Rruga Zzyzx 10", city="Vendresha e Vogël"))
    history = root / "history" / "al"
    assert any(LEAK.search(path.read_text(encoding="utf-8")) for path in history.glob("*.json"))
    with store.transaction(author="test") as transaction:
        transaction.put(VILLAGE.with_changes(address="Rruga Zzyzx 11", confidential_address=True))
    files = {path.name: path.read_text(encoding="utf-8") for path in history.glob("*.json")}
    assert not [name for name, text in files.items() if LEAK.search(text)]
    last = store.history()[-1]
    assert last.operation == "scrub" and last.provider_id == VILLAGE.id
    assert "scrubbed 2 earlier entries" in last.new["history"]
    assert not LEAK.search(run(root, "directory", "history", "AL", "-f", "json"))


def test_coverage_reaches_regions_from_the_public_cell_only() -> None:
    """Moving the shelter within its cell changes nothing the coverage matrix says."""
    points = main_town_points("AL")
    regions = sorted(points)
    secret = VILLAGE.with_changes(confidential_address=True, coverage=Coverage("radius", km=40.0))
    centre = public_point(secret)
    assert centre is not None
    reached = reached_regions(secret, regions, "AL", points)
    for d_lat, d_lon in ((0.04, 0.05), (-0.04, -0.05), (0.04, -0.05)):
        moved = secret.with_changes(latitude=centre[0] + d_lat, longitude=centre[1] + d_lon)
        assert public_point(moved) == centre
        assert reached_regions(moved, regions, "AL", points) == reached
