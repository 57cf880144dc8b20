"""A confidential shelter's name never gives its town (issue 14 item 5, the lead's pass): every
output shows a provider's name while withholding a confidential shelter's town, so 'Women's
Shelter Orosh' named the village that the ~11 km cell hides. A new or edited name that gives
the town is refused at every door, like a note that does (model.LOCATABLE_TEXT_FIELDS); a
stored one (written before the rule, or by another tool) is shown with the town withheld."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.model import gives_location

SAMPLES = Path(__file__).resolve().parents[1] / "directories"
FIELDS = [
    "--categories", "shelter", "--city", "Orosh", "--region", "AL-08", "--coverage", "AL-08",
    "--sexes", "female", "--phone", "+355 69 123 4567", "--confidential-address",
    "--verified-on", "2026-11-01",
]  # fmt: skip


def _init(tmp_path: Path) -> list[str]:
    root = ["--directories", str(tmp_path)]
    assert CliRunner().invoke(main, [*root, "directory", "init", "AL"]).exit_code == 0
    return root


def test_a_new_confidential_shelter_named_after_its_village_is_refused(tmp_path: Path) -> None:
    root = _init(tmp_path)
    refused = CliRunner().invoke(
        main, [*root, "directory", "add", "AL", "--name", "Women's Shelter Orosh", *FIELDS]
    )
    assert refused.exit_code != 0
    (line,) = refused.stderr.strip().splitlines()
    assert "name gives the address or town" in line and "give --name '<the same without" in line
    listed = CliRunner().invoke(main, [*root, "directory", "list", "AL", "-f", "json"])
    assert json.loads(listed.stdout) == []  # nothing stored
    added = CliRunner().invoke(
        main, [*root, "directory", "add", "AL", "--name", "Women's Safe House", *FIELDS]
    )
    assert added.exit_code == 0, added.output


def test_an_edit_cannot_put_the_town_into_its_name(tmp_path: Path) -> None:
    root = _init(tmp_path)
    added = CliRunner().invoke(
        main, [*root, "directory", "add", "AL", "--name", "Women's Safe House", *FIELDS]
    )
    (pid,) = [word for word in added.stdout.split() if word.startswith("al-")]
    edited = CliRunner().invoke(
        main, [*root, "directory", "edit", "AL", pid, "--set", "name=Safe House of Orosh"]
    )
    assert edited.exit_code != 0 and "name gives the address or town" in edited.stderr


def test_a_stored_name_that_gives_the_town_is_shown_with_the_town_withheld(tmp_path: Path) -> None:
    root = _init(tmp_path)
    added = CliRunner().invoke(
        main, [*root, "directory", "add", "AL", "--name", "Women's Safe House", *FIELDS]
    )
    (pid,) = [word for word in added.stdout.split() if word.startswith("al-")]
    path = tmp_path / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][pid]["name"] = "Women's Shelter Orosh"  # another tool, or an old file
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    outputs = [
        CliRunner().invoke(main, [*root, "directory", "list", "AL", "-f", "json"]),
        CliRunner().invoke(main, [*root, "directory", "show", "AL", pid]),
        CliRunner().invoke(
            main,
            [*root, "match", "--country", "AL", "--to", "Shkodër", "--needs", "shelter", "--sex", "female",
             "--age", "30", "--today", "2026-12-05", "--format", "json"],
        ),
    ]  # fmt: skip
    for result in outputs:
        assert result.exit_code == 0, result.output
        assert "Orosh" not in result.stdout
        assert "Women's Shelter (withheld" in result.stdout


@pytest.mark.parametrize("country", ["al", "ma", "ng", "ua"])
def test_no_sample_confidential_shelter_is_named_after_its_town(country: str) -> None:
    providers = json.loads((SAMPLES / f"{country}.json").read_text(encoding="utf-8"))["providers"]
    named = [
        p["id"]
        for p in providers.values()
        if p.get("confidential_address") and gives_location(p["name"], "", p.get("city") or "", None)
    ]
    assert named == []


def test_a_towns_other_names_come_from_its_countrys_gazetteer_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A confidential shelter's town is in its directory's country (its region says which):
    its other names are that gazetteer's, read without the town index of 200 countries (a
    cold `match` read it, about 40 ms, for the first confidential shelter), the same names the
    index found there, whichever way (a pass over the names, or the index turned round) gives
    them; another country's town of the same name (Lagos, Portugal) adds none."""
    from svcmatch import cell_place

    everywhere = {city: set(cell_place.other_town_names(city)) for city in ("Shkodër", "Lagos", "Lviv")}
    cell_place.other_town_names.cache_clear()
    monkeypatch.setattr(cell_place, "countries_with_town", lambda *_: pytest.fail("the town index was read"))
    monkeypatch.setattr(cell_place, "_passes", {})
    assert set(cell_place.other_town_names("Shkodër", "AL")) == everywhere["Shkodër"]
    assert {"scutari", "shkodra"} <= everywhere["Shkodër"]
    assert set(cell_place.other_town_names("Lviv", "UA")) == everywhere["Lviv"]  # a pass
    monkeypatch.setattr(cell_place, "_passes", {"UA": cell_place._PASSES_BEFORE_TURNING})
    cell_place.other_town_names.cache_clear()
    assert set(cell_place.other_town_names("Lviv", "UA")) == everywhere["Lviv"]  # turned round
    lagos = set(cell_place.other_town_names("Lagos", "NG"))
    assert "lacobriga" in everywhere["Lagos"] and "lacobriga" not in lagos  # Portugal's Lagos
    assert lagos and lagos < everywhere["Lagos"]
    cell_place.other_town_names.cache_clear()


def test_a_stored_name_giving_the_town_by_another_name_is_withheld(tmp_path: Path) -> None:
    """'Scutari Refuge' for a shelter in Shkodër (an old name of the town, stored before the
    rule or by another tool): every output withholds it, as it withholds 'Shkodër Refuge'."""
    root = _init(tmp_path)
    fields = [*FIELDS]
    fields[fields.index("Orosh")], fields[fields.index("AL-08")] = "Shkodër", "AL-10"
    added = CliRunner().invoke(
        main, [*root, "directory", "add", "AL", "--name", "Women's Safe House", *fields]
    )
    (pid,) = [word for word in added.stdout.split() if word.startswith("al-")]
    path = tmp_path / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][pid]["name"] = "Scutari Refuge"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    outputs = [
        CliRunner().invoke(main, [*root, "directory", "show", "AL", pid]),
        CliRunner().invoke(
            main,
            [*root, "match", "--country", "AL", "--to", "Tirana", "--needs", "shelter", "--sex", "female",
             "--age", "30", "--today", "2026-12-05", "--format", "json"],
        ),
    ]  # fmt: skip
    for result in outputs:
        assert result.exit_code == 0, result.output
        assert "Scutari" not in result.stdout and "(withheld" in result.stdout
