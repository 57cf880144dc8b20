"""Closed-loop referrals (`svcmatch referral ...`): ids in the package, the lifecycle, the store."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from svcmatch import referrals
from svcmatch.cli import main
from svcmatch.referrals import TRANSITIONS, Answer, ReferralStore

SAMPLES = Path(__file__).resolve().parents[1] / "directories"
NAME = "Zamira Kodheli"
CONSENT = [
    "--consent-date",
    "2026-11-20",
    "--consent-purpose",
    "reintegration",
    "--consent-recipients",
    "partners",
]
TODAY = dt.date(2026, 11, 25)


def run(root: Path, *args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), *args], input=stdin)


@pytest.fixture(scope="module")
def match_doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("m")
    shutil.copy(SAMPLES / "al.json", root / "al.json")
    out = root / "match.json"
    result = run(
        root,
        "match",
        "--country",
        "AL",
        "--to",
        "Shkodra",
        "--needs",
        "shelter,medical,legal",
        "--sex",
        "female",
        "--age",
        "24",
        "--language",
        "sq",
        "--format",
        "json",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "dirs"
    folder.mkdir()
    shutil.copy(SAMPLES / "al.json", folder / "al.json")
    return folder


def make_package(root: Path, match_doc: Path, *extra: str, case_ref: str = "AL-2026-0042") -> Path:
    out = root.parent / f"pkg-{case_ref}.json"
    result = run(
        root,
        "package",
        "--from",
        str(match_doc),
        "--case-ref",
        case_ref,
        "--priority",
        "urgent",
        "--today",
        "2026-11-21",
        *CONSENT,
        *extra,
        "--format",
        "json",
        "-o",
        str(out),
        "--force",  # the tests write the same package again on purpose
    )
    assert result.exit_code == 0, result.output
    return out


def test_package_gives_stable_ids_and_deadlines(root: Path, match_doc: Path) -> None:
    first = json.loads(make_package(root, match_doc).read_text())
    again = json.loads(make_package(root, match_doc).read_text())
    assert first["referrals"] == again["referrals"]
    planned = {(s["need"], s["provider"]["id"]) for s in first["needs"]}
    assert {(r["need"], r["provider_id"]) for r in first["referrals"]} == planned
    for item in first["referrals"]:
        assert set(item) == {"id", "need", "provider_id", "deadline"}
        assert item["id"] == referrals.referral_id(
            "AL-2026-0042", item["need"], item["provider_id"], dt.date(2026, 11, 21)
        )
        assert item["deadline"].startswith("2026-11-24")  # urgent: 72 h
    other = json.loads(make_package(root, match_doc, case_ref="AL-2026-0043").read_text())
    assert not {r["id"] for r in other["referrals"]} & {r["id"] for r in first["referrals"]}


@pytest.mark.parametrize(
    ("priority", "due"), [("emergency", "2026-11-22"), ("urgent", "2026-11-24"), ("normal", "2026-12-05")]
)
def test_deadline_follows_priority(priority: str, due: str) -> None:
    assert referrals.deadline(priority, dt.date(2026, 11, 21)) == due
    assert referrals.deadline(priority, dt.datetime(2026, 11, 21, 9, 30)).startswith(due)


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_package_asks_the_partner_to_answer_each_referral(root: Path, match_doc: Path, fmt: str) -> None:
    package = json.loads(make_package(root, match_doc).read_text())
    out = root.parent / f"p.{fmt}"
    result = run(
        root,
        "package",
        "--from",
        str(match_doc),
        "--case-ref",
        "AL-2026-0042",
        "--priority",
        "urgent",
        "--today",
        "2026-11-21",
        *CONSENT,
        "--format",
        fmt,
        "--lang",
        "fr",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "Votre réponse à chaque orientation" in text
    for item in package["referrals"]:
        assert item["id"] in text


def test_lifecycle_through_the_cli(root: Path, match_doc: Path) -> None:
    package = make_package(root, match_doc)
    ids = [r["id"] for r in json.loads(package.read_text())["referrals"]]
    opened = run(root, "referral", "open", "--from", str(package), "--by", "Elira M.", "--format", "json")
    assert opened.exit_code == 0, opened.output
    assert [r["id"] for r in json.loads(opened.stdout)] == ids
    files = sorted(p.read_bytes() for p in (root / "referrals").rglob("*.json"))
    again = run(root, "referral", "open", "--from", str(package))
    assert again.exit_code == 0 and "0 referral(s) opened, 3 already recorded" in again.stderr
    assert sorted(p.read_bytes() for p in (root / "referrals").rglob("*.json")) == files

    shelter, medical, legal = ids
    steps = [
        (shelter, ["--status", "accepted", "--date", "2026-11-22", "--by", "Shelter focal point"]),
        (shelter, ["--status", "in_progress", "--date", "2026-11-23"]),
        (shelter, ["--status", "completed", "--date", "2026-11-24", "--note", "arrived and settled"]),
        (medical, ["--status", "declined", "--reason", "not_eligible", "--date", "2026-11-22"]),
    ]
    for rid, options in steps:
        result = run(root, "referral", "update", rid, *options, "--today", "2026-11-25")
        assert result.exit_code == 0, result.output

    listed = run(root, "referral", "list", "--today", "2026-11-25", "--format", "json")
    items = {item["id"]: item for item in json.loads(listed.stdout)}
    keys = {
        "id",
        "country",
        "case_ref",
        "need",
        "provider_id",
        "status",
        "reason",
        "opened",
        "deadline",
        "updated",
        "overdue",
    }
    assert all(set(item) == keys for item in items.values())
    assert items[shelter]["status"] == "completed" and items[medical]["reason"] == "not_eligible"
    assert items[legal]["status"] == "requested" and items[legal]["overdue"] is True  # due 2026-11-24

    overdue = run(root, "referral", "list", "--overdue", "--today", "2026-11-25", "--format", "json")
    assert json.loads(overdue.stdout)[0]["id"] == legal and len(json.loads(overdue.stdout)) == 1
    not_yet = run(root, "referral", "list", "--overdue", "--today", "2026-11-24", "--format", "json")
    assert json.loads(not_yet.stdout) == []

    shown = run(root, "referral", "show", shelter, "--format", "json")
    events = json.loads(shown.stdout)["events"]
    assert [e["status"] for e in events] == ["requested", "accepted", "in_progress", "completed"]
    assert events[-1]["note"] == "arrived and settled"

    by_status = run(root, "referral", "list", "--status", "declined", "--format", "json")
    assert [i["id"] for i in json.loads(by_status.stdout)] == [medical]
    by_provider = run(root, "referral", "list", "--provider", "nobody", "--format", "json")
    assert json.loads(by_provider.stdout) == []

    stats = run(root, "referral", "stats", "AL", "--format", "json")
    report = json.loads(stats.stdout)
    declined = [p for p in report["providers"] if p["declined"]]
    assert declined and declined[0]["declined_by_reason"] == {"not_eligible": 1}
    assert any(r["need"] == "medical" and r["reasons"] == {"not_eligible": 1} for r in report["regions"])

    purged = run(root, "referral", "purge", "--closed-before", "2026-11-24")
    assert purged.exit_code == 0 and purged.stdout.split() == [medical]
    assert run(root, "referral", "show", medical).exit_code == 2
    assert run(root, "referral", "show", shelter).exit_code == 0


def _reach(store: ReferralStore, rid: str, status: str) -> None:
    path = {
        "requested": [],
        "accepted": ["accepted"],
        "in_progress": ["accepted", "in_progress"],
        "declined": ["declined"],
        "cancelled": ["cancelled"],
        "completed": ["accepted", "completed"],
        "failed": ["accepted", "failed"],
    }[status]
    for step in path:
        reason = "other" if step in ("declined", "failed") else None
        store.update([Answer(id=rid, status=step, reason=reason)], today=TODAY)


@pytest.mark.parametrize(("before", "after"), list(itertools.product(referrals.STATUSES, referrals.STATUSES)))
def test_every_transition_is_allowed_or_refused(tmp_path: Path, before: str, after: str) -> None:
    store = ReferralStore(tmp_path)
    package = _package_doc()
    (item, _), *_ = store.open_package(package)
    _reach(store, item.id, before)
    reason = "no_capacity" if after in ("declined", "failed") else None
    answer = Answer(id=item.id, status=after, reason=reason)
    if after in TRANSITIONS.get(before, ()):
        (updated,) = store.update([answer], today=TODAY)
        assert updated.status == after
    else:
        with pytest.raises(referrals.InputError, match="cannot become"):
            store.update([answer], today=TODAY)
        assert store.get(item.id).status == before


def _package_doc(case_ref: str = "AL-9") -> dict[str, Any]:
    return {
        "schema": "svcmatch-referral-package",
        "case_ref": case_ref,
        "draft": False,
        "prepared": {"at": "2026-11-20"},
        "priority": {"level": "normal"},
        "return": {"country": "AL"},
        "needs": [
            {"need": "shelter", "provider": {"id": "al-a"}},
            {"need": "legal", "provider": {"id": "al-b"}},
            {"need": "medical", "provider": {"id": "al-b"}},
        ],
    }


def test_reasons_are_required_and_checked() -> None:
    with pytest.raises(referrals.InputError, match="takes a reason"):
        Answer.from_values({"id": "ref-000000000000", "status": "failed"})
    with pytest.raises(referrals.InputError, match="unknown reason"):
        Answer.from_values({"id": "ref-000000000000", "status": "declined", "reason": "busy"})
    with pytest.raises(referrals.InputError, match="takes no reason"):
        Answer.from_values({"id": "ref-000000000000", "status": "accepted", "reason": "other"})
    with pytest.raises(referrals.InputError, match="unknown referral status"):
        Answer.from_values({"id": "ref-000000000000", "status": "rejected"})


def test_update_from_a_file_is_all_or_nothing(root: Path, match_doc: Path) -> None:
    package = make_package(root, match_doc)
    run(root, "referral", "open", "--from", str(package))
    a, b, c = (r["id"] for r in json.loads(package.read_text())["referrals"])
    bad = root.parent / "bad.csv"
    bad.write_text(
        f"id;status;reason;date;by;note\n{a};accepted;;2026-11-22;X;\n{b};completed;;2026-11-22;X;\n"
    )
    refused = run(root, "referral", "update", "--from", str(bad), "--today", "2026-11-25")
    assert refused.exit_code == 2 and "cannot become completed" in refused.stderr
    assert len(list((root / "referrals").rglob("*.json"))) == 3  # nothing was written

    good = root.parent / "good.json"
    good.write_text(
        json.dumps(
            [
                {"id": a, "status": "accepted", "date": "2026-11-22", "by": "X"},
                {"id": a, "status": "in_progress", "date": "2026-11-23"},
                {
                    "id": b,
                    "status": "declined",
                    "reason": "no_capacity",
                    "date": "2026-11-23",
                    "note": "full",
                },
            ]
        )
    )
    done = run(root, "referral", "update", "--from", str(good), "--today", "2026-11-25", "--format", "json")
    assert done.exit_code == 0, done.output
    status = {
        i["id"]: i["status"] for i in json.loads(run(root, "referral", "list", "--format", "json").stdout)
    }
    assert status == {a: "in_progress", b: "declined", c: "requested"}


def test_bad_input_is_one_line(root: Path, match_doc: Path) -> None:
    assert "not a referral id" in run(root, "referral", "show", "42").stderr
    future = run(root, "referral", "update", "ref-000000000000", "--status", "accepted")
    assert future.exit_code == 2 and "no referral" in future.stderr
    draft = root.parent / "draft.json"
    result = run(
        root,
        "package",
        "--from",
        str(match_doc),
        "--case-ref",
        "AL-1",
        "--draft",
        "--format",
        "json",
        "-o",
        str(draft),
    )
    assert result.exit_code == 0, result.output
    refused = run(root, "referral", "open", "--from", str(draft))
    assert refused.exit_code == 2 and "draft" in refused.stderr
    refused = run(root, "referral", "open", "--from", str(match_doc))
    assert refused.exit_code == 2 and "match result" in refused.stderr


def test_the_store_keeps_nothing_about_the_person(root: Path, match_doc: Path) -> None:
    package = make_package(
        root,
        match_doc,
        "--name",
        NAME,
        "--prepared-by",
        "Anna",
        "--notes-for",
        "shelter=Zamira arrives with her son",
        "--risk",
        "risk_to_life",
    )
    assert NAME in package.read_text()
    assert run(root, "referral", "open", "--from", str(package)).exit_code == 0
    stored = "\n".join(p.read_text() for p in (root / "referrals").rglob("*.json"))
    person = json.loads(package.read_text())["person"]
    for value in (NAME, "Zamira", '"age"', '"sex"', "female", '"languages"', "shqip"):
        assert value not in stored, value
    assert set(json.loads(stored.split("\n}\n")[0] + "}")) <= {
        "referral",
        "kind",
        "status",
        "date",
        "recorded",
        "by",
        "country",
        "case_ref",
        "need",
        "provider_id",
        "deadline",
    }
    assert person  # the package itself does carry the person's details


def _git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_two_offices_merge_without_conflict(tmp_path: Path) -> None:
    store = ReferralStore(tmp_path / "referrals")
    opened = [r for r, _ in store.open_package(_package_doc())]
    a, b, c = (r.id for r in opened)
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "open")
    _git(tmp_path, "checkout", "-qb", "tirana")
    store.update([Answer(id=a, status="accepted", date=dt.date(2026, 11, 21))], today=TODAY)
    store.update(
        [Answer(id=c, status="declined", reason="no_capacity", date=dt.date(2026, 11, 22))], today=TODAY
    )
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "tirana answers")
    _git(tmp_path, "checkout", "-q", "main")
    store.update([Answer(id=b, status="accepted", date=dt.date(2026, 11, 21))], today=TODAY)
    store.update([Answer(id=c, status="accepted", date=dt.date(2026, 11, 21))], today=TODAY)
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "shkoder answers")
    _git(tmp_path, "merge", "-q", "--no-edit", "tirana")  # fails the test on a conflict
    assert store.get(a).status == "accepted" and store.get(b).status == "accepted"
    both = store.get(c)
    assert [(e["status"], e["date"]) for e in both.history()][1:] == [
        ("accepted", "2026-11-21"),
        ("declined", "2026-11-22"),
    ]
    assert both.status == "accepted" and both.history()[-1]["applied"] is False


def test_feedback_sums_up_the_last_twelve_months(tmp_path: Path) -> None:
    store = ReferralStore(tmp_path)
    for number in range(3):
        (item, _), *_ = store.open_package(_package_doc(f"AL-{number}"))
        reason = "no_capacity" if number else "not_eligible"
        store.update(
            [Answer(id=item.id, status="declined", reason=reason, date=dt.date(2026, 11, 21 + number))],
            today=TODAY,
        )
    summary = referrals.feedback(store.referrals("AL"), TODAY)["al-a"]
    assert (summary.sent, summary.declined, summary.last_decline_reason) == (3, 2 + 1, "no_capacity")
    assert summary.full_since == "2026-11-23" and summary.median_days_to_answer == 2.0
    assert summary.sentence() == (
        "declined 3 of the last 3 referrals: no capacity (2), not eligible (1); last on 2026-11-23"
    )
    later = referrals.feedback(store.referrals("AL"), TODAY + dt.timedelta(days=400))
    assert later == {}


def _decline_three(root: Path, provider_id: str, reason: str) -> None:
    store = ReferralStore(root / "referrals")
    for number in range(3):
        package = _package_doc(f"AL-{number}")
        package["needs"] = [{"need": "shelter", "provider": {"id": provider_id}}]
        (item, _), *_ = store.open_package(package)
        store.update(
            [Answer(id=item.id, status="declined", reason=reason, date=dt.date.today())],
            today=dt.date.today(),
        )


def test_validate_doubts_eligibility_after_three_not_eligible_declines(root: Path) -> None:
    provider = json.loads((root / "al.json").read_text())["providers"]
    first = sorted(provider)[0]
    before = run(root, "directory", "validate", "AL", "--format", "json")
    assert not [f for f in json.loads(before.stdout)["findings"] if f["field"] == "eligibility"]
    _decline_three(root, first, "not_eligible")
    after = run(root, "directory", "validate", "AL", "--format", "json")
    doubts = [f for f in json.loads(after.stdout)["findings"] if f["field"] == "eligibility"]
    assert [(f["provider"], f["severity"]) for f in doubts] == [(first, "warning")]
    assert "declined 3 referrals as not eligible" in doubts[0]["message"]


def test_no_capacity_declines_do_not_doubt_eligibility(root: Path) -> None:
    first = sorted(json.loads((root / "al.json").read_text())["providers"])[0]
    _decline_three(root, first, "no_capacity")
    after = run(root, "directory", "validate", "AL", "--format", "json")
    assert not [f for f in json.loads(after.stdout)["findings"] if f["field"] == "eligibility"]


def test_stale_shows_the_last_referral_contact(root: Path) -> None:
    store = ReferralStore(root / "referrals")
    listed = json.loads(
        run(root, "directory", "stale", "AL", "--older-than", "1d", "--format", "json").stdout
    )
    provider_id = listed[0]["id"]
    package = _package_doc("AL-5")
    package["needs"] = [{"need": "shelter", "provider": {"id": provider_id}}]
    (item, _), *_ = store.open_package(package)
    store.update([Answer(id=item.id, status="accepted", date=dt.date(2026, 11, 22))], today=TODAY)
    rows = json.loads(run(root, "directory", "stale", "AL", "--older-than", "1d", "--format", "json").stdout)
    contact = {row["id"]: row["last_referral_contact"] for row in rows}
    assert contact[provider_id] == "2026-11-22"
    assert all(value == "" for key, value in contact.items() if key != provider_id)


def test_coverage_shows_where_referrals_were_declined(root: Path) -> None:
    directory = json.loads((root / "al.json").read_text())["providers"]
    first = sorted(directory)[0]
    region = directory[first]["region"]
    _decline_three(root, first, "no_capacity")
    result = run(root, "coverage", "AL", "--referrals", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["regions"]
    assert rows == [
        {
            "region": region,
            "need": "shelter",
            "sent": 3,
            "declined": 3,
            "failed": 0,
            "reasons": {"no_capacity": 3},
        }
    ]
    table = run(root, "coverage", "AL", "--referrals")
    assert "no_capacity 3" in table.stdout
    assert run(root, "coverage", "AL", "--referrals", "--format", "html").exit_code == 2


@pytest.mark.parametrize("width", [80, 200])
@pytest.mark.parametrize("command", [["list", "--country", "AL"], ["stats", "AL"]])
def test_referral_tables_fit_the_terminal(root: Path, command: list[str], width: int) -> None:
    _decline_three(root, "al-shk-ae62", "no_capacity")
    shown = CliRunner().invoke(
        main, ["--directories", str(root), "referral", *command], env={"COLUMNS": str(width)}
    )
    assert shown.exit_code == 0, shown.output
    too_long = [line for line in shown.stdout.splitlines() if len(line) > width]
    assert not too_long, f"{len(too_long[0])} > {width}: {too_long[0]!r}"
    if command[0] == "list":  # ids are never cut
        ids = {r.id for r in ReferralStore(root / "referrals").referrals("AL")}
        assert ids and ids <= set(shown.stdout.split())


def test_an_event_with_half_a_utf16_pair_is_named_as_damaged(root: Path, match_doc: Path) -> None:
    """A hand edit that leaves a lone surrogate escape ('El\\ud800ira') is the damaged-event
    error naming the file (exit 3), not an output error that blames the terminal's encoding."""
    package = make_package(root, match_doc)
    assert run(root, "referral", "open", "--from", str(package), "--by", "Elira M.").exit_code == 0
    event = sorted((root / "referrals").rglob("*.json"))[0]
    event.write_text(event.read_text(encoding="utf-8").replace("Elira", "El\\ud800ira"), encoding="utf-8")
    referral = event.parent.name
    for args in (["referral", "show", referral], ["referral", "list", "--format", "json"]):
        shown = run(root, *args)
        assert shown.exit_code == 3, shown.output
        assert f"referral event {event} holds half of a UTF-16 pair" in shown.stderr
