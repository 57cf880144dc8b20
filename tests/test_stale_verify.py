"""`directory stale` lists the records due for a check; `directory verify` stamps one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.coverage import due_for_verification
from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore, load_directory
from svcmatch.validate import Period

TODAY = dt.date.today()


def _days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


PROVIDERS = [
    Provider(
        id="al-fresh",
        name="Fresh",
        region="AL-10",
        verified_on=_days_ago(30),
        verified_by="A",
        focal_point="Arta K.",
        phone="+355 00 555 0001",
    ),
    Provider(
        id="al-old",
        name="Old",
        region="AL-10",
        verified_on=_days_ago(500),
        verified_by="B",
        focal_point="Ilir D.",
        phone="+355 00 555 0002",
        email="old@example.org",
    ),
    Provider(
        id="al-older",
        name="Older",
        region="AL-11",
        verified_on=_days_ago(900),
        status="inactive",
        focal_point="Mirela S.",
        phone="+355 00 555 0003",
    ),
    Provider(id="al-never", name="Never", region="AL-11", focal_point="Dritan P.", phone="+355 00 555 0004"),
    Provider(id="al-edge", name="Edge", region="AL-11", verified_on=_days_ago(200)),
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = DirectoryStore("AL", tmp_path)
    store.create(title="test")
    with store.transaction(author="setup") as transaction:
        for provider in PROVIDERS:
            transaction.put(provider)
    return tmp_path


def _run(root: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args])


def test_due_for_verification_orders_never_then_oldest() -> None:
    from svcmatch.model import Directory, DirectoryInfo

    directory = Directory(DirectoryInfo(country="AL"), tuple(PROVIDERS))
    due = due_for_verification(directory, stale_after=Period(365, "days"), today=TODAY)
    assert [d.provider.id for d in due] == ["al-never", "al-older", "al-old"]
    assert [d.days for d in due] == [None, 900, 500]
    assert [d.provider.id for d in due_for_verification(directory, stale_after=Period(6), today=TODAY)] == [
        "al-never",
        "al-older",
        "al-old",
        "al-edge",
    ]


def test_stale_json_has_the_contact_to_call(root: Path) -> None:
    # on the day the records were made, so that a run across midnight counts the same days
    result = _run(root, "stale", "AL", "--format", "json", "--today", TODAY.isoformat())
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == ["al-never", "al-older", "al-old"]
    assert rows[0]["verified_on"] == "never"
    assert rows[2] == {
        "id": "al-old",
        "name": "Old",
        "city": "",
        "region": "AL-10",
        "status": "active",
        "verified_on": _days_ago(500).isoformat(),
        "verified_by": "B",
        "days": 500,
        "focal_point": "Ilir D.",
        "phone": "+355 00 555 0002",
        "email": "old@example.org",
        "last_referral_contact": "",  # issue 17: an accepted referral is contact with the provider
    }
    assert "3 of 5 records" in result.stderr


def test_stale_older_than_and_table(root: Path) -> None:
    result = _run(root, "stale", "AL", "--older-than", "6m")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "name", "city", "verified_on", "days", "focal_point", "phone"]
    assert [line.split()[0] for line in lines[2:]] == ["al-never", "al-older", "al-old", "al-edge"]
    assert "Dritan P." in result.stdout and "+355 00 555 0004" in result.stdout


@pytest.mark.parametrize("period", ["soon", "0", "12x", "-3m"])
def test_stale_bad_period(root: Path, period: str) -> None:
    result = _run(root, "stale", "AL", "--older-than", period)
    assert result.exit_code == 2
    assert result.stderr.startswith("svcmatch: error: ")


def test_verify_stamps_the_record_and_its_history(root: Path) -> None:
    result = _run(root, "verify", "AL", "al-old", "--by", "Elira M.", "--on", "2026-01-15")
    assert result.exit_code == 0, result.output
    assert result.stdout == "al-old: verified on 2026-01-15 by Elira M.\n"
    provider = load_directory("AL", root).get("al-old")
    assert provider is not None
    assert (provider.verified_on, provider.verified_by) == (dt.date(2026, 1, 15), "Elira M.")
    assert provider.phone == "+355 00 555 0002"  # nothing else changed
    history = DirectoryStore("AL", root).history("al-old")
    assert history[-1].action == "verify" and history[-1].author == "Elira M."
    assert set(history[-1].fields) == {"verified_on", "verified_by"}


def test_verify_defaults_to_today_and_the_author(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "Office AL")
    result = _run(root, "verify", "AL", "al-never")
    assert result.exit_code == 0, result.output
    provider = load_directory("AL", root).get("al-never")
    assert provider is not None
    assert provider.verified_by == "Office AL"
    assert TODAY <= provider.verified_on <= dt.date.today()  # today's date, whichever side of midnight
    stale = json.loads(_run(root, "stale", "AL", "--format", "json").stdout)
    assert "al-never" not in [r["id"] for r in stale]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["al-nope"], 2),
        (["al-old", "--on", "2999-01-01"], 2),
        (["al-old", "--on", "yesterday"], 2),
        (["al-old", "--by", "  "], 2),
    ],
)
def test_verify_bad_input_changes_nothing(root: Path, args: list[str], code: int) -> None:
    before = (root / "al.json").read_bytes()
    result = _run(root, "verify", "AL", *args)
    assert result.exit_code == code
    assert result.stderr.startswith("svcmatch: error: ") and result.stderr.count("\n") == 1
    assert (root / "al.json").read_bytes() == before


def test_verify_refuses_the_bundled_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no ./directories here: the bundled samples are used
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    provider_id = load_directory("AL").providers[0].id
    result = CliRunner().invoke(main, ["directory", "verify", "AL", provider_id])
    assert result.exit_code == 3
    assert "read-only" in result.stderr


# --------------------------------------------------------------------------- one definition of stale

ON = dt.date(2026, 3, 1)
#: Around the edge: twelve calendar months to the day (365 days: stale, which the old 365-day
#: count of `directory stale` missed), a day less, eleven months, long ago and never.
VERIFIED = {
    "al-twelve": dt.date(2025, 3, 1),
    "al-day-less": dt.date(2025, 3, 2),
    "al-eleven": dt.date(2025, 4, 1),
    "al-long": dt.date(2023, 8, 20),
    "al-never-seen": None,
    "al-recent": dt.date(2026, 2, 1),
}


@pytest.fixture
def edge_root(tmp_path: Path) -> Path:
    store = DirectoryStore("AL", tmp_path)
    store.create(title="stale edges")
    with store.transaction(author="setup") as transaction:
        for index, (pid, day) in enumerate(VERIFIED.items()):
            transaction.put(
                Provider(
                    id=pid,
                    name=f"Shelter {index}",
                    categories=("shelter",),
                    region="AL-10",
                    city="Shkodër",
                    latitude=42.0683 + index / 1000,
                    longitude=19.5126,
                    phone=f"+355 22 400 10{index}",
                    verified_on=day,
                )
            )
    return tmp_path


def _json(root: Path, *args: str) -> Any:
    result = CliRunner().invoke(main, ["--directories", str(root), *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_match_validate_stale_and_stats_count_the_same_records_stale(edge_root: Path) -> None:
    from svcmatch.matching.freshness import is_stale

    expected = {pid for pid, day in VERIFIED.items() if is_stale(day, ON)}
    assert expected == {"al-twelve", "al-long", "al-never-seen"}
    today = ("--today", ON.isoformat())
    listed = {row["id"] for row in _json(edge_root, "directory", "stale", "AL", *today)}
    stats = _json(edge_root, "directory", "stats", "AL", *today)
    counted = {*stats["stale"], *stats["never_verified"]}
    findings = _json(edge_root, "directory", "validate", "AL", *today)["findings"]
    warned = {f["provider"] for f in findings if f["field"] == "verified_on"}
    matched = _json(
        edge_root, "match", "--country", "AL", "--to", "Shkoder", "--needs", "shelter", "--top", "10", *today
    )
    flagged = {m["id"] for m in matched["needs"]["shelter"] if m["stale"]}
    assert len(matched["needs"]["shelter"]) == len(VERIFIED)
    assert listed == counted == warned == flagged == expected


def test_an_explicit_period_in_months_is_the_same_rule(edge_root: Path) -> None:
    today = ("--today", ON.isoformat())
    listed = {
        row["id"] for row in _json(edge_root, "directory", "stale", "AL", "--older-than", "11m", *today)
    }
    stats = _json(edge_root, "directory", "stats", "AL", "--stale-months", "11", *today)
    findings = _json(edge_root, "directory", "validate", "AL", "--stale-after", "11m", *today)["findings"]
    warned = {f["provider"] for f in findings if f["field"] == "verified_on"}
    assert listed == {*stats["stale"], *stats["never_verified"]} == warned
    assert listed == {"al-twelve", "al-day-less", "al-eleven", "al-long", "al-never-seen"}
