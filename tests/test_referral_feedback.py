"""The answers improve the directory (issue 17): `match`, `batch` and `package` carry what each
provider's referrals say, and a recent no_capacity answer makes a provider full."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import test_referrals
from click.testing import CliRunner

from svcmatch import referrals
from svcmatch.batch import BatchSettings, CaseProcessor, RawCase, record_json
from svcmatch.cli import main
from svcmatch.referral_feedback import ReferralFeedback
from svcmatch.referrals import Answer, ReferralStore

SAMPLES = test_referrals.SAMPLES
root = test_referrals.root  # the fixture: a folder with a copy of the Albanian sample directory
NEAR = "al-shk-ae62"  # Example Women's Shelter Shkodër: the plan's shelter without feedback
FAR = "al-exa-d378"  # Example National Shelter (confidential; 1 free place as of 2026-10-31)
CASE = ["--country", "AL", "--to", "Shkodra", "--needs", "shelter", "--sex", "female", "--age", "24"]
CONSENT = [
    "--consent-date",
    "2026-11-01",
    "--consent-purpose",
    "reintegration",
    "--consent-recipients",
    "partners",
]
KEYS = [
    "sent",
    "accepted",
    "declined",
    "last_decline_reason",
    "last_decline_date",
    "median_days_to_answer",
    "full_as_of",
]


def run(root: Path, *args: str, columns: int = 100) -> Any:
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(main, ["--directories", str(root), *args])
    assert result.exit_code == 0, result.output
    return result


def match_json(root: Path, today: str, *extra: str) -> dict[str, Any]:
    return json.loads(run(root, "match", *CASE, *extra, "--today", today, "--format", "json").stdout)


def refer(root: Path, provider: str, prepared: str, case_ref: str, need: str = "shelter") -> str:
    """One referral of `need` to `provider`, through match, package and `referral open`."""
    saved = root.parent / f"match-{case_ref}.json"
    cases = ["--needs", need] if need != "shelter" else []
    run(root, "match", *CASE, *cases, "--today", prepared, "--format", "json", "-o", str(saved))
    package = root.parent / f"pkg-{case_ref}.json"
    run(
        root,
        "package",
        "--from",
        str(saved),
        "--select",
        f"{need}={provider}",
        "--case-ref",
        case_ref,
        "--today",
        prepared,
        *CONSENT,
        "--format",
        "json",
        "-o",
        str(package),
    )
    opened = json.loads(run(root, "referral", "open", "--from", str(package), "--format", "json").stdout)
    return str(opened[0]["id"])


def answer(root: Path, referral: str, status: str, day: str, reason: str | None = None) -> None:
    options = ["--reason", reason] if reason else []
    run(root, "referral", "update", referral, "--status", status, *options, "--date", day, "--today", day)


def result_of(document: dict[str, Any], provider: str, need: str = "shelter") -> dict[str, Any]:
    return next(r for r in document["needs"][need] if r["id"] == provider)


def test_without_history_every_result_has_zero_referrals_and_nothing_is_written(root: Path) -> None:
    document = match_json(root, "2026-11-25")
    for results in document["needs"].values():
        for result in results:
            assert list(result["referrals"]) == KEYS
            assert result["referrals"] == dict.fromkeys(KEYS, 0) | {
                "last_decline_reason": None,
                "last_decline_date": None,
                "median_days_to_answer": None,
                "full_as_of": None,
            }
    assert [step["id"] for step in document["plan"]] == [NEAR]
    assert not (root / "referrals").exists()  # match reads the store; it never creates it


def test_feedback_is_visible_in_match_json_and_table(root: Path) -> None:
    first = refer(root, NEAR, "2026-11-10", "AL-1")
    second = refer(root, NEAR, "2026-11-12", "AL-2")
    third = refer(root, NEAR, "2026-11-14", "AL-3")
    answer(root, first, "accepted", "2026-11-11")
    answer(root, second, "declined", "2026-11-15", "not_eligible")
    answer(root, third, "declined", "2026-11-20", "not_eligible")
    document = match_json(root, "2026-11-25")
    near = result_of(document, NEAR)
    assert near["referrals"] == {
        "sent": 3,
        "accepted": 1,
        "declined": 2,
        "last_decline_reason": "not_eligible",
        "last_decline_date": "2026-11-20",
        "median_days_to_answer": 3.0,  # 1, 3 and 6 days
        "full_as_of": None,  # not_eligible is not "full"
    }
    assert "declined 2 of the last 3 referrals: not eligible; last on 2026-11-20" in near["warnings"]
    assert "accepted 1 of the last 3 referrals, answering in 3 days (median)" in near["reasons"]
    assert near["full"] is False and document["plan"][0]["id"] == NEAR  # not_eligible is not "full"
    assert result_of(document, FAR)["referrals"]["sent"] == 0
    table = " ".join(run(root, "match", *CASE, "--today", "2026-11-25", columns=240).stdout.split())
    assert "! declined 2 of the last 3 referrals: not eligible; last on 2026-11-20" in table
    assert "accepted 1 of the last 3 referrals, answering in 3 days (median)" in table


def test_a_recent_no_capacity_decline_makes_the_provider_full(root: Path) -> None:
    before = (root / "al.json").read_bytes()
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    document = match_json(root, "2026-11-25")
    near = result_of(document, NEAR)
    assert near["full"] is True and near["referrals"]["full_as_of"] == "2026-11-20"
    assert "full: declined for no capacity on 2026-11-20: call before referring" in near["warnings"]
    assert "declined its one referral of the last 12 months: no capacity, on 2026-11-20" in near["warnings"]
    assert [step["id"] for step in document["plan"]] == [FAR]  # full is never planned
    table = " ".join(run(root, "match", *CASE, "--today", "2026-11-25", columns=240).stdout.split())
    assert f"2F {NEAR}" in table and "! full: declined for no capacity on 2026-11-20" in table
    # The view that matching saw is never stored: the directory file is as it was.
    assert (root / "al.json").read_bytes() == before
    shown = json.loads(run(root, "directory", "show", "AL", NEAR, "--format", "json").stdout)
    assert shown["capacity_available"] is None and shown["capacity_updated"] is None


def test_a_need_whose_eligible_providers_are_all_full_is_unmet_naming_them(root: Path) -> None:
    for number, provider in enumerate((NEAR, FAR), start=1):
        referral = refer(root, provider, "2026-11-18", f"AL-{number}")
        answer(root, referral, "declined", "2026-11-19", "no_capacity")
    document = match_json(root, "2026-11-25")
    assert document["plan"] == [] and document["unmet"] == ["shelter"]
    reason = document["unmet_reasons"]["shelter"]
    assert reason.startswith("every eligible shelter provider is full: ")
    assert f"({NEAR}, declined for no capacity on 2026-11-19)" in reason
    assert f"({FAR}, declined for no capacity on 2026-11-19)" in reason


def test_a_failure_for_no_capacity_counts_too(root: Path) -> None:
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "accepted", "2026-11-19")
    answer(root, referral, "failed", "2026-11-21", "no_capacity")
    near = result_of(match_json(root, "2026-11-25"), NEAR)
    assert near["full"] is True
    assert "full: a referral failed for no capacity on 2026-11-21: call before referring" in near["warnings"]
    assert near["referrals"]["accepted"] == 1 and near["referrals"]["declined"] == 0


def test_a_service_without_places_is_never_full(root: Path) -> None:
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    shelter = result_of(match_json(root, "2026-11-25"), NEAR)
    assert shelter["full"] is True and shelter["referrals"]["full_as_of"] == "2026-11-20"
    case = [*CASE[:5], "psychosocial", *CASE[6:]]
    document = json.loads(run(root, "match", *case, "--today", "2026-11-25", "--format", "json").stdout)
    counselling = result_of(document, NEAR, "psychosocial")
    assert counselling["full"] is False and counselling["referrals"]["full_as_of"] is None
    # not full: it keeps its rank above the others. The plan takes the counselling network
    # 0.6 km away instead, for another reason (session twenty-eight's caseworker pass: a shelter's
    # services are for those it houses, and she does not stay there), which its trade-off says
    assert document["needs"]["psychosocial"][0]["id"] == NEAR
    step = document["plan"][0]
    assert step["id"] != NEAR and NEAR in step["alternatives"]
    assert "a shelter where the person does not stay" in step["trade_off"]
    assert not any(w.startswith("full") for w in counselling["warnings"])
    assert counselling["referrals"]["declined"] == 1  # its history is told all the same


def test_a_newer_capacity_figure_overrides_the_decline(root: Path) -> None:
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    same_day = ["--set", "capacity_available=2", "--set", "capacity_updated=2026-11-20", "--allow-sample"]
    run(root, "directory", "edit", "AL", NEAR, *same_day)
    assert result_of(match_json(root, "2026-11-25"), NEAR)["full"] is True  # not newer: the decline holds
    newer = ["--set", "capacity_available=2", "--set", "capacity_updated=2026-11-22", "--allow-sample"]
    run(root, "directory", "edit", "AL", NEAR, *newer)
    document = match_json(root, "2026-11-25")
    near = result_of(document, NEAR)
    assert near["full"] is False and document["plan"][0]["id"] == NEAR
    assert near["referrals"]["full_as_of"] is None  # the newer figure wins
    assert "2 free places as of 2026-11-22" in near["reasons"]
    assert near["referrals"]["declined"] == 1  # the history is still told


@pytest.mark.parametrize(
    ("today", "full"), [("2026-12-20", True), ("2026-12-21", False), ("2027-02-01", False)]
)
def test_a_decline_counts_as_full_for_30_days(root: Path, today: str, full: bool) -> None:
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    document = match_json(root, today)
    assert result_of(document, NEAR)["full"] is full
    assert (document["plan"][0]["id"] == NEAR) is not full


def test_answers_after_today_do_not_count_yet(root: Path) -> None:
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    near = result_of(match_json(root, "2026-11-19"), NEAR)
    assert near["full"] is False
    assert near["referrals"] == {**near["referrals"], "sent": 1, "declined": 0, "last_decline_date": None}
    assert result_of(match_json(root, "2026-11-17"), NEAR)["referrals"]["sent"] == 0


def test_batch_and_package_carry_referrals(root: Path, tmp_path: Path) -> None:
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,sex,age,consent_date,consent_purpose,consent_recipients\n"
        "c1,AL,Shkodra,shelter,female,24,2026-11-01,reintegration,partners\n",
        encoding="utf-8",
    )
    out = tmp_path / "packages"
    batch = run(
        root, "batch", str(cases), "--today", "2026-11-25", "--packages", str(out), "--package-format", "json"
    )
    record = json.loads(batch.stdout.splitlines()[0])
    near = result_of(record, NEAR)
    assert near["full"] is True and near["referrals"]["last_decline_reason"] == "no_capacity"
    assert [step["id"] for step in record["plan"]] == [FAR]
    package = json.loads((out / "c1.json").read_text())
    alternative = package["needs"][0]["alternatives"][0]
    assert alternative["id"] == NEAR and alternative["referrals"] == near["referrals"]
    assert package["needs"][0]["provider"]["referrals"]["sent"] == 0

    made = run(
        root,
        "package",
        *CASE,
        "--case-ref",
        "AL-7",
        "--today",
        "2026-11-25",
        *CONSENT,
        "--format",
        "json",
    )
    fresh = json.loads(made.stdout)
    assert fresh["needs"][0]["provider"]["id"] == FAR
    assert fresh["needs"][0]["alternatives"][0]["referrals"]["declined"] == 1
    assert any(
        "full: declined for no capacity" in w for w in fresh["needs"][0]["alternatives"][0]["warnings"]
    )


def test_batch_reads_the_store_once(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    reads: list[str | None] = []
    original = ReferralStore.referrals

    def counted(self: ReferralStore, country: str | None = None) -> list[referrals.Referral]:
        reads.append(country)
        return original(self, country)

    monkeypatch.setattr(ReferralStore, "referrals", counted)
    settings = BatchSettings(today=dt.date(2026, 11, 25), root=str(root), referrals=root / "referrals")
    processor = CaseProcessor(settings)
    values = {
        "case_id": "c",
        "country": "AL",
        "to": "Shkodra",
        "needs": "shelter",
        "sex": "female",
        "age": "24",
    }
    outcomes = [processor(RawCase(number, values)) for number in range(200)]
    # a record's shown results are as its JSON line writes them (MatchResult.written)
    assert all(result_of(json.loads(record_json(o.record)), NEAR)["full"] for o in outcomes)
    assert reads == ["AL"]


def test_median_days_to_answer(tmp_path: Path) -> None:
    store = ReferralStore(tmp_path)
    today = dt.date(2026, 12, 10)
    answered_after = [4, 1, 10, 2]  # days from the day prepared (2026-11-20) to the first answer
    for number, days in enumerate([*answered_after, None]):
        package = {
            "schema": "svcmatch-referral-package",
            "case_ref": f"AL-{number}",
            "prepared": {"at": "2026-11-20"},
            "priority": {"level": "normal"},
            "return": {"country": "AL"},
            "needs": [{"need": "legal", "provider": {"id": "al-a"}}],
        }
        (item, _), *_ = store.open_package(package)
        if days is not None:
            day = dt.date(2026, 11, 20) + dt.timedelta(days=days)
            store.update([Answer(id=item.id, status="accepted", date=day)], today=today)
            later = day + dt.timedelta(days=3)  # later events do not change when it was answered
            store.update([Answer(id=item.id, status="completed", date=later)], today=today)
    summary = referrals.feedback(store.referrals("AL"), today)["al-a"]
    assert (summary.sent, summary.accepted, summary.declined) == (5, 4, 0)
    assert summary.median_days_to_answer == 3.0  # 1, 2, 4, 10: (2 + 4) / 2; the unanswered one is left out
    assert summary.accepted_sentence() == "accepted 4 of the last 5 referrals, answering in 3 days (median)"


@pytest.mark.parametrize(("text", "said"), [("{not json", "is not JSON"), (" " * 70_000, "too large")])
def test_a_damaged_store_does_not_stop_matching(root: Path, text: str, said: str) -> None:
    refer(root, NEAR, "2026-11-18", "AL-1")
    damaged = next((root / "referrals").rglob("open.json"))
    damaged.write_text(text, encoding="utf-8")
    document = match_json(root, "2026-11-25")
    assert document["plan"][0]["id"] == NEAR
    warning = next(w for w in document["warnings"] if w.startswith("referral history not used: "))
    assert said in warning and "restore it from git" in warning
    assert result_of(document, NEAR)["referrals"] is None


def test_the_bare_library_match_does_not_consult_the_store() -> None:
    from svcmatch.matching import Case, match
    from svcmatch.storage import load_directory

    directory = load_directory("AL", SAMPLES)
    case = Case.from_mapping(
        {"country": "AL", "to": "Shkodra", "needs": "shelter", "sex": "female", "age": 24}
    )
    result = match(case, directory, today=dt.date(2026, 11, 25))
    assert all(m.referrals is None for m in result.needs["shelter"])
    answers = ReferralFeedback(None, dt.date(2026, 11, 25))
    assert answers.view(directory) is directory and answers.apply(result) is result


LOADED = """
import sys
from svcmatch.cli import main
try:
    main(sys.argv[1:], prog_name="svcmatch")
except SystemExit:
    pass
print("svcmatch.referrals" in sys.modules, file=sys.stderr)
"""


def store_loaded(root: Path, *args: str) -> tuple[bool, str]:
    """Whether a fresh `svcmatch match` process imported svcmatch.referrals, and its stdout."""
    command = [
        sys.executable,
        "-c",
        LOADED,
        "--directories",
        str(root),
        "match",
        *CASE,
        "--today",
        "2026-11-25",
    ]
    done = subprocess.run(
        [*command, *args], capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1] == "True", done.stdout


def test_match_reads_the_store_only_when_the_country_has_referrals(root: Path) -> None:
    """A cold match does not import svcmatch.referrals for nothing (start-up, docs/architecture.md):
    without a referral folder for the country every format is the same without it, the JSON's
    zero counts too (they come from svcmatch.referral_feedback; docs/benchmarks.md, thirteenth
    pass)."""
    loaded, without = store_loaded(root)
    assert not loaded
    loaded, json_without = store_loaded(root, "--format", "json")
    assert not loaded and '"sent": 0' in json_without
    assert not store_loaded(root, "--format", "csv")[0]
    (root / "referrals" / "al").mkdir(parents=True)  # an empty store for Albania: read, says nothing
    loaded, with_store = store_loaded(root)
    assert loaded and with_store == without
    loaded, json_with_store = store_loaded(root, "--format", "json")
    assert loaded and json_with_store == json_without


def test_a_cold_json_match_does_not_load_the_record_checks(root: Path) -> None:
    """referrals tests its notes with characters.unsafe_character, a light module: importing it
    from checks put the record checks (15 ms) into every cold `match --format json`."""
    code = LOADED.replace('"svcmatch.referrals" in sys.modules', '"svcmatch.checks" in sys.modules')
    command = [sys.executable, "-c", code, "--directories", str(root), "match", *CASE, "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize(
    "history", ["no store", "another country's", "a decline", "damaged", "not consulted"]
)
def test_a_batch_record_is_the_json_of_the_result_with_its_referrals(root: Path, history: str) -> None:
    """`ReferralFeedback.to_json` writes the zero counts into the JSON where the store says
    nothing of the country, without copying each result: the same document as
    `apply(result).to_json()` whatever the store holds."""
    from svcmatch.matching import Case, match
    from svcmatch.storage import load_directory

    folder: Path | None = root / "referrals"
    if history == "another country's":
        (root / "referrals" / "ma").mkdir(parents=True)
    elif history in ("a decline", "damaged"):
        answer(root, refer(root, NEAR, "2026-11-18", "AL-1"), "declined", "2026-11-20", "no_capacity")
        if history == "damaged":
            next((root / "referrals").rglob("open.json")).write_text("{not json", encoding="utf-8")
    elif history == "not consulted":
        folder = None
    today = dt.date(2026, 11, 25)
    case = Case.from_mapping(
        {"country": "AL", "to": "Shkodra", "needs": "shelter|medical", "sex": "female", "age": 24}
    )
    answers = ReferralFeedback(folder, today)
    result = match(case, answers.view(load_directory("AL", root)), today=today)
    document = answers.to_json(result)
    assert document == answers.apply(result).to_json()
    told = [shown["referrals"] for matches in document["needs"].values() for shown in matches]
    assert told and all((r is None) == (history in ("damaged", "not consulted")) for r in told)
    if history == "a decline":
        assert result_of(document, NEAR)["referrals"]["full_as_of"] == "2026-11-20"
