"""The package says what match says about a capacity or verification dated after the case's day,
and about childcare's ages (found by the matching engineer after match's fourth caseworker pass):
the package said "the last figure (5 free places) dates from March 2027" and "not verified since
June 2027" for dates in the future, and for childcare with ages and a known age it had one note
fewer than match's warnings, so that it fell back to match's English words. And a capacity figure
dated in the future does not override a recent 'no capacity' answer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.storage import bundled_root

SHELTER = "al-shk-ae62"  # Example Women's Shelter Shkodër
TODAY = "2026-11-25"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "dirs"
    folder.mkdir()
    shutil.copy(bundled_root() / "al.json", folder / "al.json")
    return folder


def _set(root: Path, provider: str, **fields: Any) -> None:
    """Write fields into the file as a hand (or an older tool) could: the write paths refuse a
    date in the future, so the file is edited directly."""
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    records = document["providers"] if isinstance(document.get("providers"), dict) else None
    assert records is not None, list(document)
    record = next(r for r in records.values() if r.get("id") == provider)
    record.update(fields)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _cli(root: Path, *args: str) -> Any:
    result = CliRunner().invoke(main, ["--directories", str(root), *args])
    assert result.exit_code == 0, result.output
    return result


def _package(root: Path, needs: str, *extra: str, lang: str = "en") -> dict[str, Any]:
    args = ["package", "--country", "AL", "--to", "Shkodra", "--needs", needs, "--sex", "female"]
    args += [
        "--age",
        "30",
        "--case-ref",
        "AL-1",
        "--draft",
        "--today",
        TODAY,
        "--format",
        "json",
        "--lang",
        lang,
    ]
    return json.loads(_cli(root, *args, *extra).stdout)


def _provider(document: dict[str, Any], provider: str) -> dict[str, Any]:
    return next(
        p
        for service in document["needs"]
        for p in [service["provider"], *service["alternatives"]]
        if p["id"] == provider
    )


def test_dates_in_the_future_are_said_as_match_says_them(root: Path) -> None:
    _set(root, SHELTER, capacity_available=5, capacity_updated="2027-03-20", verified_on="2027-06-01")
    shelter = _provider(_package(root, "shelter"), SHELTER)
    codes = [note["code"] for note in shelter["notes"]]
    assert "capacity_future" in codes and "verified_future" in codes and "unexplained" not in codes
    assert (
        "capacity unknown: the last figure (free places: 5) is dated 2027-03-20, a date in the future"
        in (shelter["warnings"])
    )
    assert "verified on 2027-06-01, a date in the future: check the record" in shelter["warnings"]
    french = _provider(_package(root, "shelter", lang="fr"), SHELTER)
    assert "vérifié le 2027-06-01, une date future : vérifier la fiche" in french["warnings"]


def test_childcare_ages_are_the_childrens_whatever_her_age(root: Path) -> None:
    added = _cli(
        root,
        *("directory", "add", "AL", "--name", "Example Day Care Shkodër", "--category", "childcare"),
        *("--region", "AL-10", "--city", "Shkodër", "--min-age", "0", "--max-age", "6", "--allow-sample"),
    )
    day_care = added.stdout.split()[0]
    document = _package(root, "childcare", "--children", "1", "--select", f"childcare={day_care}")
    care = _provider(document, day_care)
    codes = [note["code"] for note in care["notes"]]
    assert "children_ages" in codes and "ages" not in codes and "unexplained" not in codes
    assert "cares for children aged 0 to 6: check the children's ages" in care["warnings"]


def test_a_capacity_dated_in_the_future_does_not_override_no_capacity(root: Path) -> None:
    referral_case = [
        "--country",
        "AL",
        "--to",
        "Shkodra",
        "--needs",
        "shelter",
        "--sex",
        "female",
        "--age",
        "24",
    ]
    consent = ["--consent-date", "2026-11-01", "--consent-recipients", "Shelter", "--prepared-by", "E. M."]
    package = root / "p.json"
    _cli(
        root,
        "package",
        *referral_case,
        "--case-ref",
        "AL-7",
        *consent,
        "--today",
        "2026-11-18",
        "-o",
        str(package),
    )
    opened = _cli(root, "referral", "open", "--from", str(package), "--by", "E. M.")
    referral = next(word for word in opened.stdout.split() if word.startswith("ref-"))
    _cli(
        root,
        "referral",
        "update",
        referral,
        "--status",
        "declined",
        "--reason",
        "no_capacity",
        "--date",
        "2026-11-20",
        "--today",
        "2026-11-20",
    )
    _set(root, SHELTER, capacity_available=4, capacity_updated="2099-01-01")  # a typo for a year
    document = json.loads(_cli(root, "match", *referral_case, "--today", TODAY, "--format", "json").stdout)
    shelter = next(r for r in document["needs"]["shelter"] if r["id"] == SHELTER)
    assert shelter["full"] is True and shelter["referrals"]["full_as_of"] == "2026-11-20"
