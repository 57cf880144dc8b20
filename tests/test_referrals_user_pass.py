"""Closed-loop referrals as caseworkers, receiving partners, supervisors and scripts use them
(the referral user pass): each test is a defect found by using `svcmatch referral ...`."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import referral_package

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.referrals import Answer, ReferralStore

SAMPLES = Path(__file__).resolve().parents[1] / "directories"
TODAY = dt.date(2026, 11, 25)
UTC = dt.timezone.utc


def run(root: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), *args])


def package_doc(case_ref: str = "AL-7", prepared: str = "2026-11-20") -> dict[str, Any]:
    return referral_package(case_ref, prepared)


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "dirs"
    folder.mkdir()
    shutil.copy(SAMPLES / "al.json", folder / "al.json")
    return folder


def opened(root: Path, **package: str) -> str:
    store = ReferralStore(root / "referrals")
    ((referral, _),) = store.open_package(package_doc(**package))
    return referral.id


def test_an_answer_recorded_on_a_machine_whose_clock_is_behind_is_not_lost(tmp_path: Path) -> None:
    """Two caseworkers share one store (a network folder): the second one's clock is an hour
    behind. Her `in_progress`, recorded after the colleague's `accepted` on the same day,
    replayed before it (events of a day are ordered by when they were recorded) and was
    shown `applied: no`: the referral stayed `accepted`."""
    store = ReferralStore(tmp_path)
    ((referral, _),) = store.open_package(package_doc(), now=dt.datetime(2026, 11, 20, 9, tzinfo=UTC))
    day = dt.date(2026, 11, 22)
    store.update(
        [Answer(id=referral.id, status="accepted", date=day)],
        today=TODAY,
        now=dt.datetime(2026, 11, 22, 10, 0, tzinfo=UTC),
    )
    store.update(
        [Answer(id=referral.id, status="in_progress", date=day)],
        today=TODAY,
        now=dt.datetime(2026, 11, 22, 9, 30, tzinfo=UTC),  # 10:30 by the right clock
    )
    again = store.get(referral.id)
    assert again.status == "in_progress"
    assert [row["applied"] for row in again.history()] == [True, True, True]


def test_a_second_caseworker_is_told_who_answered_first(root: Path) -> None:
    """Two caseworkers record the same partner's answer at once: the second was told only
    "a referral that is declined cannot become accepted", as if her own answer were wrong; it
    now says when and by whom the referral was declined, so she knows a colleague answered."""
    rid = opened(root)
    first = run(
        root, "referral", "update", rid, "--status", "declined", "--reason", "no_capacity",
        "--by", "Besa (Tirana office)", "--date", "2026-11-22", "--today", "2026-11-25",
    )  # fmt: skip
    assert first.exit_code == 0, first.output
    second = run(root, "referral", "update", rid, "--status", "accepted", "--today", "2026-11-25")
    assert second.exit_code == 2
    assert "declined (no_capacity) on 2026-11-22 by Besa (Tirana office)" in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1


def test_who_answered_first_is_withheld_where_it_would_place_a_confidential_shelter(root: Path) -> None:
    """The name of the first answer was recorded through the API (or before the shelter was
    made confidential): the refusal withholds it, as `referral show` does."""
    store = ReferralStore(root / "referrals")
    package = package_doc()
    package["needs"] = [{"need": "shelter", "provider": {"id": "al-exa-d378"}}]  # confidential, Tiranë
    ((referral, _),) = store.open_package(package)
    late = Answer(id=referral.id, status="declined", reason="other", date=dt.date(2026, 11, 22), by="Tirana")
    store.update([late], today=TODAY)
    second = run(root, "referral", "update", referral.id, "--status", "accepted", "--today", "2026-11-25")
    assert second.exit_code == 2 and "declined (other) on 2026-11-22 by (withheld" in second.stderr
    assert "Tiran" not in second.stderr


def test_an_empty_date_is_refused_not_read_as_today(root: Path) -> None:
    """`--date "$DAY"` with the variable unset recorded the answer as of today, silently
    (--today refuses an empty value); the answer's day is what the deadline and the
    feedback count from."""
    rid = opened(root)
    result = run(
        root, "referral", "update", rid, "--status", "accepted", "--date", "", "--today", "2026-11-25"
    )
    assert result.exit_code == 2 and "--date" in result.stderr
    assert ReferralStore(root / "referrals").get(rid).status == "requested"


def test_a_partner_west_of_the_caseworker_can_answer_on_its_own_day(tmp_path: Path) -> None:
    """A caseworker in Rome prepares the package at 00:30 on 21 November; the partner in
    Bogotá accepts at once, at 18:30 on 20 November by its calendar. Its answer was refused
    ("before the referral's last event"), and the next day too ("in the future") unless it
    knew to give --today: no day could be recorded that evening."""
    store = ReferralStore(tmp_path)
    ((referral, _),) = store.open_package(package_doc(prepared="2026-11-21T00:30+01:00"))
    assert referral.opened == "2026-11-21"
    bogota_today = dt.date(2026, 11, 20)
    (answered,) = store.update([Answer(id=referral.id, status="accepted")], today=bogota_today)
    assert answered.status == "accepted" and answered.updated == "2026-11-20"
    from svcmatch.referrals import feedback

    summary = feedback(store.referrals("AL"), TODAY)["al-shk-ae62"]
    assert summary.accepted == 1 and summary.median_days_to_answer == 0.0  # never -1 days
    ((other, _),) = store.open_package(package_doc("AL-8", prepared="2026-11-21T00:30+01:00"))
    with pytest.raises(InputError, match="before the package's day"):  # two days before: no time zone
        store.update([Answer(id=other.id, status="accepted")], today=dt.date(2026, 11, 19))


def _form_reasons(lang: str) -> list[str]:
    """The reasons the package's reply form lists in `lang`, in its own words and order."""
    from svcmatch.labels import label

    text = label("reply_text", lang)
    listed = text[text.index("(") + 1 : text.index(")")]
    return [word.strip() for word in listed.replace("،", ",").split(",")]


@pytest.mark.parametrize("lang", ["en", "fr", "sq", "uk", "ar"])
def test_the_reply_forms_reasons_read_as_the_reasons(lang: str) -> None:
    """The package asks the partner for one of six reasons in the package's language; the
    English form's "declined by the person" was refused by `--reason` ("unknown reason"), and
    no word of the French, Albanian, Ukrainian or Arabic form was read. Each reads now, said
    as a reading (never silently), and so do the reasons as the package's notes word them."""
    from svcmatch.labels import label
    from svcmatch.referrals import REASONS

    words = _form_reasons(lang)
    assert len(words) == len(REASONS)
    for word, code in [
        *zip(words, REASONS, strict=True),
        *((label(f"decline_{c}", lang), c) for c in REASONS),
    ]:
        answer = Answer.from_values({"id": "ref-000000000000", "status": "declined", "reason": word})
        assert answer.reason == code, word
        exact = word.lower() == code  # "Other": the code in another case
        assert answer.readings == (() if exact else (f"reason: read {word!r} as {code}",)), word
    # the code with a space for its '_' is said since 2026-12-07 (as "In progress" is)
    spaced = Answer.from_values({"id": "ref-000000000000", "status": "declined", "reason": "No capacity"})
    assert spaced.reason == "no_capacity"
    assert spaced.readings == ("reason: read 'No capacity' as no_capacity",)
    exact = Answer.from_values({"id": "ref-000000000000", "status": "declined", "reason": "NO_CAPACITY"})
    assert exact.reason == "no_capacity" and exact.readings == ()  # the code itself: no reading


def test_the_reply_forms_answer_cell_reads_as_status_and_reason(root: Path) -> None:
    """The form's answer column is "Accepted / declined (reason)": a caseworker copies the
    partner's cells ("Refusée (pas de place)") into the answers file. Each part is read, and
    said; a reason given twice and differently is refused."""
    rid = opened(root)
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status,date\n{rid},Refusée (pas de place),2026-11-22\n", encoding="utf-8")
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    referral = ReferralStore(root / "referrals").get(rid)
    assert (referral.status, referral.reason) == ("declined", "no_capacity")
    assert "row 2: status: read 'Refusée (pas de place)' as declined, reason no_capacity" in result.stderr
    copied = Answer.from_values({"id": rid, "status": "declined (no capacity)", "reason": "no_capacity"})
    assert copied.readings == ("status: read 'declined (no capacity)' as declined, reason no_capacity",)
    with pytest.raises(InputError, match="two reasons"):
        Answer.from_values({"id": rid, "status": "declined (no capacity)", "reason": "not_eligible"})
    single = run(root, "referral", "update", opened(root, case_ref="AL-8"), "--status", "accepted",
                 "--reason", "", "--today", "2026-11-25")  # fmt: skip
    assert single.exit_code == 0, single.output


def test_an_answers_file_column_that_is_not_read_is_refused(root: Path) -> None:
    """A supervisor's sheet named its columns "Date answered" and "notes": both were dropped
    without a word, so the answers were recorded as of today and without their notes. A
    column that is not read is refused, naming the one meant; nothing is written."""
    rid = opened(root)
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status,Date answered,notes\n{rid},accepted,2026-11-22,bring the ID card\n")
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 2
    assert "'Date answered'" in result.stderr and "'notes' (did you mean note?" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert ReferralStore(root / "referrals").get(rid).status == "requested"


def test_the_list_fed_back_says_which_columns_it_does_not_read(root: Path) -> None:
    """`referral list --format csv`, edited and fed back, is an answers file: its other
    columns are not answers. They are said as not read, `updated` among them (an edited
    `updated` is not the answer's day: `date` is)."""
    rid = opened(root)
    listed = run(root, "referral", "list", "--format", "csv", "--today", "2026-11-25")
    edited = root.parent / "edited.csv"
    edited.write_text(listed.stdout.replace(",requested,", ",accepted,"), encoding="utf-8")
    result = run(root, "referral", "update", "--from", str(edited), "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    assert ReferralStore(root / "referrals").get(rid).status == "accepted"
    assert "not read" in result.stderr and "updated" in result.stderr


def emergency(case_ref: str, prepared: dt.datetime) -> dict[str, Any]:
    """A package prepared at a time of day, as `package` makes them, with its referrals."""
    from svcmatch.referrals import planned

    document = package_doc(case_ref, prepared.isoformat(timespec="minutes"))
    document["priority"] = {"level": "emergency"}
    document["referrals"] = planned(case_ref, document["needs"], "emergency", prepared)
    return document


def test_an_emergency_referral_is_overdue_when_its_24_hours_are_past(root: Path) -> None:
    """An emergency (24 h) referral prepared at 09:00 was due at 09:00 the next day, yet
    listed overdue only the day after that: a supervisor's `referral list --overdue` hid an
    unanswered emergency for up to another 24 hours. Without --today, the deadline's time
    counts; with --today (a day, no time), a referral is overdue after its deadline's day."""
    store = ReferralStore(root / "referrals")
    rome = dt.timezone(dt.timedelta(hours=1))
    ((referral, _),) = store.open_package(emergency("AL-9", dt.datetime(2026, 11, 20, 9, 0, tzinfo=rome)))
    assert referral.deadline == "2026-11-21T09:00+01:00"
    day = dt.date(2026, 11, 21)
    assert referral.is_overdue(day, now=dt.datetime(2026, 11, 21, 9, 30, tzinfo=rome))
    assert not referral.is_overdue(day, now=dt.datetime(2026, 11, 21, 8, 30, tzinfo=rome))
    assert not referral.is_overdue(day) and referral.is_overdue(day + dt.timedelta(days=1))

    now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    ((late, _),) = store.open_package(emergency("AL-10", now - dt.timedelta(hours=24, minutes=2)))
    listed = run(root, "referral", "list", "--overdue", "--format", "json")
    assert late.id in [item["id"] for item in json.loads(listed.stdout)]
    shown = run(root, "referral", "show", late.id)
    assert "OVERDUE" in shown.stdout


def test_many_answers_read_the_directory_once(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A script's answers file of 1,200 rows loaded the directory file once per referral to
    check its notes (28 s on the 98-provider sample; minutes on a country's real directory):
    it is read once per country and command."""
    import svcmatch.cli.referral_cmd as command

    store = ReferralStore(root / "referrals")
    ids = [opened(root, case_ref=f"AL-{n}") for n in range(5)]
    loads: list[str] = []
    real = command.load_directory
    monkeypatch.setattr(
        command, "load_directory", lambda country, *a, **k: loads.append(country) or real(country, *a, **k)
    )
    answers = root.parent / "answers.csv"
    answers.write_text("id,status\n" + "".join(f"{rid},accepted\n" for rid in ids))
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    assert loads == ["AL"]
    assert {store.get(rid).status for rid in ids} == {"accepted"}


def test_opening_a_package_dated_after_today_says_so(root: Path) -> None:
    """A package made with `--today` a fortnight ahead (the planned departure) and sent now
    was opened without a word: its referrals count from that day (no answer could be
    recorded before it, it was never overdue before its deadline a month out). Opening it
    says so (a warning: the package may come from a partner a day ahead)."""
    ahead = (dt.date.today() + dt.timedelta(days=14)).isoformat()
    package = root.parent / "ahead.json"
    package.write_text(json.dumps(package_doc("AL-11", prepared=ahead)), encoding="utf-8")
    result = run(root, "referral", "open", "--from", str(package))
    assert result.exit_code == 0, result.output
    assert f"the package is dated {ahead}, after today" in result.stderr
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    package.write_text(json.dumps(package_doc("AL-12", prepared=tomorrow)), encoding="utf-8")
    assert "after today" not in run(root, "referral", "open", "--from", str(package)).stderr


def test_an_answers_files_error_names_the_row_of_the_sheet(root: Path) -> None:
    """An error in an answers sheet named "row 1" for its first answer, which is the
    sheet's row 2 (row 1 is the header that the command says it read), and a blank row
    before it shifted the count again: the supervisor looked at the wrong row. Rows are
    the sheet's, as `directory import` and `batch` give them."""
    rid = opened(root, prepared="2026-05-20")  # 2026-06-12 and 2026-12-06 can both be the day
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status,date\n,,\n{rid},accepted,06/12/2026\n")
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-12-25")
    assert result.exit_code == 2
    assert "row 3: date '06/12/2026'" in result.stderr, result.stderr
    readings = root.parent / "readings.csv"
    readings.write_text(f"id,status,reason\n{rid},refuzuar,pa vende\n")
    said = run(root, "referral", "update", "--from", str(readings), "--today", "2026-12-25")
    assert said.exit_code == 0 and "row 2: status: read 'refuzuar' as declined" in said.stderr


def test_a_second_package_for_the_same_need_names_the_open_referral_it_may_replace(root: Path) -> None:
    """The caseworker chose another shelter (`package --select`) after sending the first
    package and opened the new one: the first referral stayed `requested` without a word,
    and turned up overdue on the supervisor's list. Opening says which open referral of the
    same case and need is still there, and how to cancel it."""
    first = opened(root)
    package = package_doc()
    package["needs"] = [{"need": "shelter", "provider": {"id": "al-exa-d378"}}]
    path = root.parent / "again.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    result = run(root, "referral", "open", "--from", str(path))
    assert result.exit_code == 0, result.output
    assert f"AL-7 still has an open shelter referral to al-shk-ae62 ({first}, requested)" in result.stderr
    assert f"svcmatch referral update {first} --status cancelled" in result.stderr
    again = run(root, "referral", "open", "--from", str(path))
    assert "still has" not in again.stderr  # said when it is opened, not at every look


@pytest.mark.parametrize("text", ["20261206", "2026-W49-7", "2026-340", "2026-12-06Z"])
def test_a_date_is_read_the_same_on_every_python(root: Path, text: str) -> None:
    """`--date 2026-W49-7` (an ISO week date) and `--date 20261206` were recorded as
    2026-12-06 on Python 3.11 and refused on 3.10 (its `fromisoformat` is stricter): the same
    command did two things. A date is YYYY-MM-DD, with or without a time after it."""
    rid = opened(root)
    result = run(
        root, "referral", "update", rid, "--status", "accepted", "--date", text, "--today", "2026-12-25"
    )
    assert result.exit_code == 2 and "write it as YYYY-MM-DD" in result.stderr
    with_time = run(
        root, "referral", "update", rid, "--status", "accepted", "--date", "2026-12-06T10:00:00+01:00",
        "--today", "2026-12-25",
    )  # fmt: skip
    assert with_time.exit_code == 0, with_time.output


def test_a_capacity_figure_dated_after_the_runs_day_does_not_override_a_decline(root: Path) -> None:
    """An audit re-runs a case as of 25 November (`match --today 2026-11-25`). The shelter
    declined for no capacity on 20 November; its record now has places confirmed on 30
    November. As of the 25th the decline was the latest word (the figure is "in the
    future" for that run), yet the figure won because it was compared with the calendar's
    today, not the run's: the shelter was not full and its capacity "unknown"."""
    import test_referral_feedback as fb

    referral = fb.refer(root, fb.NEAR, "2026-11-18", "AL-1")
    fb.answer(root, referral, "declined", "2026-11-20", "no_capacity")
    later = ["--set", "capacity_available=2", "--set", "capacity_updated=2026-11-30", "--allow-sample"]
    fb.run(root, "directory", "edit", "AL", fb.NEAR, *later)
    near = fb.result_of(fb.match_json(root, "2026-11-25"), fb.NEAR)
    assert near["full"] is True and near["referrals"]["full_as_of"] == "2026-11-20"
    now = fb.result_of(fb.match_json(root, "2026-12-01"), fb.NEAR)
    assert now["full"] is False and now["referrals"]["full_as_of"] is None  # the newer figure wins


def test_sending_again_on_the_day_of_a_decline_says_the_referral_is_closed(root: Path) -> None:
    """The shelter declined in the morning (no capacity) and called back at noon with a
    place; the caseworker made the package again and opened it: "0 referral(s) opened, 1
    already recorded", as if all were well, while the referral (same case, need, provider
    and day, so the same id) stayed declined and the acceptance could not be recorded. Opening
    says that the referral is closed, and how to send it again."""
    path = root.parent / "pkg.json"
    path.write_text(json.dumps(package_doc()), encoding="utf-8")
    first = run(root, "referral", "open", "--from", str(path), "--format", "json")
    (rid,) = [item["id"] for item in json.loads(first.stdout)]
    run(root, "referral", "update", rid, "--status", "declined", "--reason", "no_capacity",
        "--date", "2026-11-20", "--today", "2026-11-20")  # fmt: skip
    again = run(root, "referral", "open", "--from", str(path))
    assert again.exit_code == 0, again.output
    assert f"{rid} is declined (no_capacity) on 2026-11-20" in again.stderr
    assert "package --today 2026-11-21" in again.stderr


def test_a_package_without_referral_ids_is_held_to_the_same_rule_for_its_sender(root: Path) -> None:
    """A package made before packages carried referral ids (its referrals derived from its
    needs) was opened with `--by` naming the town of the confidential shelter it refers to:
    the check of `--by` looked only at a package's `referrals` list, so the name was written
    into the store beside the shelter's id (a shared folder, often under git)."""
    package = package_doc()
    package["needs"] = [{"need": "shelter", "provider": {"id": "al-exa-d378"}}]  # confidential, Tiranë
    path = root.parent / "old.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    result = run(root, "referral", "open", "--from", str(path), "--by", "Tirana")
    assert result.exit_code == 2 and "confidential shelter al-exa-d378" in result.stderr
    assert not (root / "referrals").exists() or not list((root / "referrals").rglob("*.json"))


def test_a_package_sent_again_with_a_higher_priority_says_the_deadline_kept(root: Path) -> None:
    """New risk information the same day: the caseworker made the package again as an
    emergency and opened it. The referral (same id: the priority is not part of it) kept
    its 14-day deadline without a word, so the supervisor's overdue list would not show the
    emergency for two weeks. Opening says which deadline the store keeps."""
    path = root.parent / "pkg.json"
    path.write_text(json.dumps(package_doc()), encoding="utf-8")
    first = run(root, "referral", "open", "--from", str(path), "--format", "json")
    (kept,) = json.loads(first.stdout)
    assert kept["deadline"] == "2026-12-04"
    urgent = package_doc()
    urgent["priority"] = {"level": "emergency"}
    path.write_text(json.dumps(urgent), encoding="utf-8")
    again = run(root, "referral", "open", "--from", str(path))
    assert again.exit_code == 0, again.output
    assert (
        f"{kept['id']} keeps the deadline 2026-12-04 it was opened with; this package gives 2026-11-21"
        in (again.stderr)
    )


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_an_answer_column_given_twice_is_refused(root: Path, kind: str) -> None:
    """A sheet with "Status" (the partner's) and "status" (the office's), or a script's JSON
    giving both spellings: the last one was read and the other dropped without a word."""
    rid = opened(root)
    answers = root.parent / f"answers.{kind}"
    if kind == "csv":
        answers.write_text(f"id,Status,status,reason\n{rid},accepted,declined,\n")
    else:
        answers.write_text(json.dumps([{"id": rid, "Status": "accepted", "status": "declined"}]))
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 2 and "'Status', 'status'" in result.stderr, result.stderr
    assert ReferralStore(root / "referrals").get(rid).status == "requested"


def test_stats_as_csv_says_that_it_holds_the_providers_table_only(root: Path) -> None:
    """`referral stats --format csv` wrote the providers' table and left the regions' table
    (where referrals were declined, and why) out without a word; the docs promise both."""
    rid = opened(root)
    run(
        root,
        "referral",
        "update",
        rid,
        "--status",
        "declined",
        "--reason",
        "no_capacity",
        "--today",
        "2026-11-25",
    )
    result = run(root, "referral", "stats", "AL", "--format", "csv")
    assert result.exit_code == 0 and result.stdout.startswith("provider_id,")
    assert "regions' table" in result.stderr and "--format json" in result.stderr


def test_options_of_one_answer_with_a_file_of_answers_are_refused(root: Path) -> None:
    """`update --from answers.csv --by "Besa"` (who recorded them all) recorded every answer
    without a name: --by, --reason, --note and --date were dropped without a word beside
    --from. They are refused, naming the column to use."""
    rid = opened(root)
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status\n{rid},accepted\n")
    result = run(root, "referral", "update", "--from", str(answers), "--by", "Besa", "--today", "2026-11-25")
    assert result.exit_code == 2 and "--by" in result.stderr and "by column" in result.stderr
    assert ReferralStore(root / "referrals").get(rid).status == "requested"


@pytest.mark.parametrize(
    ("command", "words"),
    [
        ("open", None),
        ("update", "CSV, XLSX, JSON or JSON lines"),
        ("show", None),
    ],
)
def test_help_says_what_the_command_does_with_its_formats_and_files(command: str, words: str | None) -> None:
    """`referral open/update/show --help` said the format defaults "from the --output file's
    extension", an option they do not have; `update --from` said "CSV or JSON" (it reads
    XLSX and JSON lines too)."""
    shown = CliRunner().invoke(main, ["referral", command, "--help"])
    assert shown.exit_code == 0 and "--output" not in shown.stdout
    if command == "update":
        assert words in " ".join(shown.stdout.split())


def test_a_package_whose_consent_has_ended_is_not_sent(root: Path) -> None:
    """The person consented until 30 November; the package lay in a folder and was opened
    (sent) on 6 December without a word. A referral is sent only with consent: opening a
    package whose consent has ended is refused, as a draft is; nothing is written."""
    package = package_doc()
    package["consent"] = {"date": "2026-11-01", "until": "2026-11-30"}
    path = root.parent / "expired.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    refused = run(root, "referral", "open", "--from", str(path), "--today", "2026-12-06")
    assert refused.exit_code == 2 and "consent ended on 2026-11-30" in refused.stderr
    assert not (root / "referrals").exists()  # not even the store's folder and lock
    on_the_day = run(root, "referral", "open", "--from", str(path), "--today", "2026-11-30")
    assert on_the_day.exit_code == 0, on_the_day.output


def test_opening_a_referral_to_a_provider_closed_since_says_so(root: Path) -> None:
    """The package came from a match saved last week; the shelter has since been marked
    temporarily closed (and another provider removed from the directory). `referral open`
    sent both without a word; it names each."""
    edited = run(
        root, "directory", "edit", "AL", "al-shk-ae62", "--set", "status=temporarily_closed", "--allow-sample"
    )
    assert edited.exit_code == 0, edited.output
    package = package_doc()
    package["needs"] = [
        {"need": "shelter", "provider": {"id": "al-shk-ae62"}},
        {"need": "legal", "provider": {"id": "al-gone-0000"}},
    ]
    path = root.parent / "old.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    result = run(root, "referral", "open", "--from", str(path))
    assert result.exit_code == 0, result.output
    assert "al-shk-ae62 is temporarily_closed in the directory now" in result.stderr
    assert "al-gone-0000 is not in the directory now" in result.stderr


def test_overdue_with_another_status_is_refused_not_an_empty_list(root: Path) -> None:
    """A supervisor asked for accepted referrals past their deadline (`--overdue --status
    accepted`) and got "no referrals match": overdue means still requested, so the list was
    always empty, which read as "nothing to chase"."""
    rid = opened(root)
    run(root, "referral", "update", rid, "--status", "accepted", "--today", "2026-11-21")
    result = run(root, "referral", "list", "--overdue", "--status", "accepted", "--today", "2026-12-25")
    assert result.exit_code == 2 and "--overdue" in result.stderr and "requested" in result.stderr
    both = run(root, "referral", "list", "--overdue", "--status", "requested", "--today", "2026-12-25")
    assert both.exit_code == 0, both.output


@pytest.mark.parametrize("dry", [True, False])
def test_a_purge_with_no_store_writes_nothing(root: Path, dry: bool) -> None:
    """An office's retention script ran `referral purge` (or its dry run) in a directories
    folder that had no referrals yet: it created `referrals/` and its lock file, a new folder
    in the office's shared repository from a command that deletes, or only looks."""
    result = run(root, "referral", "purge", "--closed-before", "2026-01-01", *(["--dry-run"] if dry else []))
    assert result.exit_code == 0, result.output
    assert not (root / "referrals").exists()
