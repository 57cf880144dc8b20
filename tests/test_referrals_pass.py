"""A referrals pass: a week of a caseworker's referrals, the partners answering in their own
words. Each test is a problem that the pass found."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import referral_package
from hypothesis import given
from hypothesis import strategies as st

from svcmatch.cli import main
from svcmatch.dates import gregorian_to_ethiopian
from svcmatch.referrals import _REPLY_REASONS, ReferralStore, read_month, read_period_day

ROOT = Path(__file__).resolve().parents[1]


def run(root: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), *args])


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "dirs"
    folder.mkdir()
    shutil.copy(ROOT / "directories" / "al.json", folder / "al.json")
    return folder


def opened(root: Path) -> str:
    ((referral, _),) = ReferralStore(root / "referrals").open_package(referral_package())
    return str(referral.id)


def status_of(root: Path, referral_id: str) -> tuple[str, str | None]:
    referral = ReferralStore(root / "referrals").get(referral_id)
    return referral.status, referral.reason


@pytest.mark.parametrize(
    "word",
    ["full", "Full", "no places", "s'ka vend", "S’ka vend", "nuk ka vend", "немає місць", "нет мест",
     "complet", "ممتلئة", "e don full"],
)  # fmt: skip
def test_a_partners_word_for_full_is_read_as_no_capacity_and_said(root: Path, word: str) -> None:
    """A shelter answers "full", "s'ka vend" (Albanian), "нет мест" (Russian): the reason
    was refused as unknown, though the partner said plainly that it had no places."""
    referral_id = opened(root)
    result = run(root, "referral", "update", referral_id, "--status", "declined", "--reason", word)
    assert result.exit_code == 0, result.output
    assert f"reason: read {word!r} as no_capacity" in result.stderr
    assert status_of(root, referral_id) == ("declined", "no_capacity")


def test_a_reply_file_with_the_partners_words_is_read(root: Path, tmp_path: Path) -> None:
    referral_id = opened(root)
    replies = tmp_path / "replies.csv"
    replies.write_text(f"id,status,reason,by\n{referral_id},declined,S'KA VEND,Strehëza\n", encoding="utf-8")
    result = run(root, "referral", "update", "--from", str(replies))
    assert result.exit_code == 0, result.output
    assert 'row 2: reason: read "S\'KA VEND" as no_capacity' in result.stderr
    assert status_of(root, referral_id) == ("declined", "no_capacity")


@pytest.mark.parametrize("word", ["full", "no_capacity", "s'ka vend"])
def test_a_reason_given_as_the_status_names_the_status_and_reason_to_give(root: Path, word: str) -> None:
    referral_id = opened(root)
    result = run(root, "referral", "update", referral_id, "--status", word)
    assert result.exit_code == 2
    assert result.stderr == (
        f"svcmatch: error: {word!r} is a reason (no_capacity), not a status (give the status declined "
        "(failed, for a referral accepted before) and the reason no_capacity: --status declined "
        "--reason no_capacity, or those two columns of a file)\n"
    )
    assert status_of(root, referral_id) == ("requested", None)


@pytest.mark.parametrize("word", ["fulll", "no place left", "pas complet", "bosh"])
def test_other_words_are_refused_with_the_codes(root: Path, word: str) -> None:
    referral_id = opened(root)
    result = run(root, "referral", "update", referral_id, "--status", "declined", "--reason", word)
    assert result.exit_code == 2
    assert f"unknown reason {word!r}" in result.stderr
    assert "use one of no_capacity, not_eligible, could_not_contact" in result.stderr
    assert status_of(root, referral_id) == ("requested", None)


def test_docs_list_every_word_read_as_a_reason() -> None:
    docs = (ROOT / "docs" / "referrals.md").read_text(encoding="utf-8")
    missing = [word for words in _REPLY_REASONS.values() for word in words if f"`{word}`" not in docs]
    assert missing == []


# --- a report for the month --------------------------------------------------------------------


def opened_on(root: Path, case_ref: str, prepared: str) -> str:
    ((referral, _),) = ReferralStore(root / "referrals").open_package(referral_package(case_ref, prepared))
    return str(referral.id)


def test_a_months_report_is_one_option(root: Path) -> None:
    """A caseworker's report for November: `--since 2026-11` was refused as no date, and the
    month's last day had to be worked out (30 or 31)."""
    for case_ref, prepared in (("AL-1", "2026-10-31"), ("AL-2", "2026-11-01"), ("AL-3", "2026-11-30")):
        opened_on(root, case_ref, prepared)
    by_month = run(root, "referral", "stats", "AL", "--month", "2026-11", "--format", "json")
    by_days = run(
        root, "referral", "stats", "AL", "--since", "2026-11-01", "--until", "2026-11-30", "--format", "json"
    )
    assert by_month.exit_code == 0, by_month.output
    assert by_month.stdout == by_days.stdout
    assert '"sent": 2' in by_month.stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--since", "2026-11"], "--since '2026-11' is a month, not a day (give a day (YYYY-MM-DD), "
         "or the whole month with --month 2026-11)"),
        (["--month", "2026-13"], "--month '2026-13' is not a month (write it as YYYY-MM, "
         "e.g. --month 2026-11, or with the month's name and year, Nov 2026)"),
        (["--month", "11/2026/1"], "--month '11/2026/1' is not a month"),
        (["--month", "2026-11", "--until", "2026-11-15"], "--month with --since or --until"),
    ],
)  # fmt: skip
def test_a_month_given_wrong_is_refused_naming_the_fix(root: Path, args: list[str], said: str) -> None:
    result = run(root, "referral", "stats", "AL", *args)
    assert result.exit_code == 2
    assert said in result.stderr and result.stderr.count("\n") == 1


def test_the_months_last_day() -> None:
    from svcmatch.cli.referral_cmd import month_days

    assert month_days("2026-02") == ("2026-02-01", "2026-02-28")
    assert month_days("2028-02") == ("2028-02-01", "2028-02-29")
    assert month_days("2026-12") == ("2026-12-01", "2026-12-31")


# --- a report's period as a caseworker types it (sixth country office pass) ---------------------


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--since", "1.11.2026", "--until", "30.11.2026"],
         ["--since: read '1.11.2026' as 2026-11-01 (dots: day first)",
          "--until: read '30.11.2026' as 2026-11-30 (dots: day first)"]),
        (["--since", "01/11/2026", "--until", "2026-11-30"], None),  # could swap: refused below
        (["--month", "Nov 2026"], ["--month: read 'Nov 2026' as 2026-11"]),
        (["--month", "November 2026"], ["--month: read 'November 2026' as 2026-11"]),
        (["--month", "11.2026"], ["--month: read '11.2026' as 2026-11"]),
        (["--month", "11/2026"], ["--month: read '11/2026' as 2026-11"]),
        (["--month", "2026-11"], []),
    ],
)  # fmt: skip
def test_a_period_written_the_local_way_is_read_and_said(
    root: Path, args: list[str], said: list[str] | None
) -> None:
    """`--since 1.12.2026` was refused as no date, though `referral update --date` reads it."""
    for case_ref, prepared in (("AL-1", "2026-10-31"), ("AL-2", "2026-11-01"), ("AL-3", "2026-11-30")):
        opened_on(root, case_ref, prepared)
    result = run(root, "referral", "stats", "AL", *args, "--format", "json")
    if said is None:
        assert result.exit_code == 2
        assert "'01/11/2026' could be day 1 of month 11 or day 11 of month 1" in result.stderr
        return
    assert result.exit_code == 0, result.output
    assert '"sent": 2' in result.stdout
    assert [line for line in result.stderr.splitlines() if ": read " in line] == [
        f"svcmatch: {s}" for s in said
    ]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--since", "Dec 2026"], "--since 'Dec 2026' is a month, not a day (give a day (YYYY-MM-DD), "
         "or the whole month with --month 2026-12)"),
        (["--until", "12.2026"], "--until '12.2026' is a month, not a day"),
        (["--since", "last week"], "--since 'last week' is counted from today; svcmatch reads no such period "
         "(give a day as YYYY-MM-DD (or 1.12.2026, day first), or a month with --month 2026-12)"),
        (["--until", "yesterday"], "--until 'yesterday' is counted from today"),
        (["--month", "last month"], "--month 'last month' is not a month; svcmatch reads no period counted "
         "from today (write it as YYYY-MM"),
        (["--since", "Dec 1"], "--since 'Dec 1' is not a date (give a day as YYYY-MM-DD (or 1.12.2026"),
        (["--month", "Dex 2026"], "--month 'Dex 2026' is not a month"),
        (["--month", "13.2026"], "--month '13.2026' is not a month"),
        (["--month", "0000-12"], "--month '0000-12' is not a month"),
        (["--since", "0000-01-01"], "--since '0000-01-01' is not a date"),
    ],
)  # fmt: skip
def test_a_period_counted_from_today_or_a_month_as_a_day_is_refused(
    root: Path, args: list[str], said: str
) -> None:
    result = run(root, "referral", "stats", "AL", *args)
    assert result.exit_code == 2
    assert said in result.stderr and result.stderr.count("\n") == 1


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_a_period_day_reads_back_in_every_form_taken(day: dt.date) -> None:
    assert read_period_day(day.isoformat(), "--since") == (day, None)
    dotted = f"{day.day}.{day.month}.{day.year}"
    said = f"--since: read {dotted!r} as {day.isoformat()} (dots: day first)"
    assert read_period_day(dotted, "--since") == (day, said)
    for written in (f"{day.year}-{day.month}-{day.day}", f"{day.year}.{day.month:02d}.{day.day:02d}"):
        assert read_period_day(written, "--since")[0] == day  # (said when not ISO: seventh office pass)
    month = day.isoformat()[:7]
    for written in (month, f"{day.month}.{day.year}", f"{day:%b} {day.year}", f"{day:%B} {day.year}"):
        assert read_month(written)[0] == month


def test_the_last_month_of_the_calendar_is_a_month(root: Path) -> None:
    """(`--month 9999-12` was an OverflowError's traceback: its next month has no year.)"""
    result = run(root, "referral", "stats", "AL", "--month", "9999-12", "--format", "json")
    assert result.exit_code == 0, result.output


# --- seventh office pass: codes and days written another way, said -------------------------------


@pytest.mark.parametrize(("typed", "code"), [("In progress", "in_progress"), ("in-progress", "in_progress")])
def test_a_status_written_with_a_space_or_hyphen_is_said(root: Path, typed: str, code: str) -> None:
    """`--status "In progress"` was read as in_progress without a word."""
    referral_id = opened(root)
    assert run(root, "referral", "update", referral_id, "--status", "accepted").exit_code == 0
    result = run(root, "referral", "update", referral_id, "--status", typed)
    assert result.exit_code == 0, result.output
    assert f"status: read {typed!r} as {code}" in result.stderr
    assert status_of(root, referral_id) == (code, None)


@pytest.mark.parametrize("typed", ["accepted", "Accepted", "ACCEPTED"])
def test_a_status_code_in_any_case_is_read_without_a_word(root: Path, typed: str) -> None:
    referral_id = opened(root)
    result = run(root, "referral", "update", referral_id, "--status", typed)
    assert result.exit_code == 0, result.output
    assert "status: read" not in result.stderr


def test_a_reason_and_a_listed_status_written_with_spaces_are_said(root: Path) -> None:
    referral_id = opened(root)
    declined = run(root, "referral", "update", referral_id, "--status", "declined", "--reason", "No capacity")
    assert "reason: read 'No capacity' as no_capacity" in declined.stderr
    listed = run(root, "referral", "list", "--status", "In progress")
    assert listed.exit_code == 0, listed.output
    assert "--status: read 'In progress' as in_progress" in listed.stderr


@pytest.mark.parametrize(
    ("typed", "how"),
    [("2026-12-1", "year-month-day"), ("2026.12.01", "dots: year first"), ("1. 12. 2026", "dots: day first")],
)
def test_an_answers_day_written_another_way_is_read_and_said(root: Path, typed: str, how: str) -> None:
    """`--date 2026-3-1` and `2026.03.01` were refused though `directory add` reads them."""
    referral_id = opened(root)
    result = run(root, "referral", "update", referral_id, "--status", "accepted", "--date", typed)
    assert result.exit_code == 0, result.output
    assert f"--date: read {typed!r} as 2026-12-01 ({how})" in result.stderr
    assert ReferralStore(root / "referrals").get(referral_id).events[-1].date == "2026-12-01"


def test_a_reports_days_written_another_way_are_read_and_said(root: Path) -> None:
    result = run(root, "referral", "stats", "AL", "--since", "2026-11-1", "--until", "2026.11.30")
    assert result.exit_code == 0, result.output
    assert "--since: read '2026-11-1' as 2026-11-01 (year-month-day)" in result.stderr
    assert "--until: read '2026.11.30' as 2026-11-30 (dots: year first)" in result.stderr


@pytest.mark.parametrize(
    ("typed", "said"),
    [("2026-12-1", "--today: read '2026-12-1' as 2026-12-01 (year-month-day)"),
     ("1.12.2026", "--today: read '1.12.2026' as 2026-12-01 (dots: day first)")],
)  # fmt: skip
def test_a_referral_commands_today_reads_as_every_other_commands(root: Path, typed: str, said: str) -> None:
    """`referral list --today 2026-12-1` was refused as no date, where `match --today` reads it."""
    opened(root)
    result = run(root, "referral", "list", "--overdue", "--today", typed)
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "read" in line] == [f"svcmatch: {said}"]


def test_a_purge_takes_its_day_only_as_written(root: Path) -> None:
    """A purge deletes for good: its day is read exactly, as before (the fix names the form)."""
    result = run(root, "referral", "purge", "--closed-before", "1.12.2025", "--dry-run")
    assert result.exit_code == 2
    assert "--closed-before '1.12.2025' is not a date (write it as YYYY-MM-DD)" in result.stderr


def test_stats_count_the_services_given_and_failed(root: Path) -> None:
    """A month's report and a donor's count the services given: `stats` gave sent, accepted,
    declined and unanswered, and a referral completed was counted as accepted alone."""
    store = ReferralStore(root / "referrals")
    package = referral_package(
        needs={"shelter": "al-shk-ae62", "medical": "al-shk-7bb7", "legal": "al-shk-9013"}
    )
    ids = {r.need: str(r.id) for r, _new in store.open_package(package)}
    for need, answers in (
        ("shelter", [("accepted", None), ("completed", None)]),
        ("medical", [("accepted", None), ("failed", "could_not_contact")]),
        ("legal", [("accepted", None)]),
    ):
        for status, reason in answers:
            given = ["--reason", reason] if reason else []
            done = run(
                root, "referral", "update", ids[need], "--status", status, *given, "--today", "2026-11-25"
            )
            assert done.exit_code == 0, done.output
    shown = run(
        root, "referral", "stats", "AL", "--month", "Nov 2026", "--today", "2026-12-01", "--format", "json"
    )
    assert shown.exit_code == 0, shown.output
    report = json.loads(shown.stdout)
    given = {row["provider_id"]: (row["completed"], row["failed"]) for row in report["providers"]}
    assert given == {"al-shk-ae62": (1, 0), "al-shk-7bb7": (0, 1), "al-shk-9013": (0, 0)}
    assert {row["need"]: row["completed"] for row in report["regions"]} == {
        "shelter": 1,
        "medical": 0,
        "legal": 0,
    }


@pytest.mark.parametrize(
    ("typed", "month"),
    [("Nov-26", "2026-11"), ("nov/26", "2026-11"), ("Nov-2026", "2026-11"), ("Dis-26", "2026-12")],
)
def test_a_month_as_a_spreadsheet_shows_it_is_read_and_said(typed: str, month: str) -> None:
    """`referral stats --month Nov-26` (Excel's mmm-yy) was refused (eighth office pass)."""
    from svcmatch.referrals import read_month

    assert read_month(typed) == (month, f"--month: read {typed!r} as {month}")


@pytest.mark.parametrize("typed", ["Nov 26", "Nov-95"])
def test_a_month_and_a_number_that_may_be_its_day_or_another_century_is_refused(typed: str) -> None:
    from svcmatch.errors import InputError
    from svcmatch.referrals import read_month

    with pytest.raises(InputError):
        read_month(typed)


def test_a_provider_that_left_referrals_unanswered_past_their_deadline_is_warned_of_in_match(
    tmp_path: Path,
) -> None:
    """A provider that never answered was planned without a word in `match` (`validate` warned at
    three): a caseworker sent the next referral into the same silence (eighth office pass)."""
    import test_referral_feedback as feedback

    root = tmp_path / "dirs"
    root.mkdir()
    (root / "al.json").write_bytes((feedback.SAMPLES / "al.json").read_bytes())
    feedback.refer(root, feedback.NEAR, "2026-11-02", "AL-1")  # normal priority: 14 days to answer
    said = "did not answer its one referral of the last 12 months by the deadline: check its contact details"
    before = feedback.result_of(feedback.match_json(root, "2026-11-16"), feedback.NEAR)
    assert not any(said in warning for warning in before["warnings"])  # the deadline's own day
    after = feedback.result_of(feedback.match_json(root, "2026-11-17"), feedback.NEAR)
    assert any(said in warning for warning in after["warnings"]), after["warnings"]
    assert after["referrals"]["sent"] == 1 and after["referrals"]["accepted"] == 0


# --- a month of answers in a sheet saved by Excel (tenth office pass) ---------------------------


def _two_referrals(root: Path, prepared: str = "2026-11-02") -> list[str]:
    store = ReferralStore(root / "referrals")
    needs = {"shelter": "al-shk-ae62", "medical": "al-shk-7bb7"}
    package = referral_package(prepared=prepared, needs=needs)
    return [str(referral.id) for referral, _ in store.open_package(package)]


def _excel_answers(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """An answers file as Excel saves one in a European locale: semicolons, cp1252, CRLF."""
    path = tmp_path / "answers.csv"
    lines = ["id;status;reason;by;date;note"]
    lines += [f"{i};{status};;Drita;{day};në rregull" for i, status, day in rows]
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def test_answers_whose_days_could_swap_take_date_order(root: Path, tmp_path: Path) -> None:
    """A caseworker's sheet of answers, its days as Excel shows them in Albania (04/11/2026), was
    refused row by row, the fix to retype each day as YYYY-MM-DD: `import` has --date-order,
    `referral update` had none. (Opened in March: both readings of each day can be the
    answer's; one before the package's day is ruled out since the thirteenth office pass.)"""
    first, second = _two_referrals(root, prepared="2026-03-02")
    days = [(first, "accepted", "04/11/2026"), (second, "accepted", "05/11/2026")]
    answers = _excel_answers(tmp_path, days)
    refused = run(root, "referral", "update", "--from", str(answers))
    assert refused.exit_code == 2
    assert (
        "row 2: date '04/11/2026' could be day 4 of month 11 or day 11 of month 4 (write the one meant as "
        "YYYY-MM-DD: 2026-04-11 or 2026-11-04, or give --date-order dmy (day first) or mdy (month first))"
    ) in refused.stderr
    result = run(root, "referral", "update", "--from", str(answers), "--date-order", "dmy")
    assert result.exit_code == 0, result.output
    assert "row 2: date: read '04/11/2026' as 2026-11-04 (day first, --date-order dmy)" in result.stderr
    store = ReferralStore(root / "referrals")
    assert [store.get(i).events[-1].date for i in (first, second)] == ["2026-11-04", "2026-11-05"]


def test_answers_whose_days_could_swap_take_the_order_their_column_shows(root: Path, tmp_path: Path) -> None:
    first, second = _two_referrals(root)
    days = [(first, "accepted", "04/11/2026"), (second, "accepted", "13/11/2026")]
    answers = _excel_answers(tmp_path, days)
    result = run(root, "referral", "update", "--from", str(answers))
    assert result.exit_code == 0, result.output
    assert (
        "read the days of column date as day/month/year, as row 3 (13/11/2026) shows: 04/11/2026 (row 2) is "
        "2026-11-04 (give --date-order to read them otherwise)"
    ) in result.stderr
    assert ReferralStore(root / "referrals").get(first).events[-1].date == "2026-11-04"


def test_one_answers_day_takes_date_order_too(root: Path) -> None:
    (first, _second) = _two_referrals(root)
    answer = ["--status", "accepted", "--date", "11/04/2026", "--date-order", "mdy"]
    result = run(root, "referral", "update", first, *answer)
    assert result.exit_code == 0, result.output
    assert "--date: read '11/04/2026' as 2026-11-04 (month first, --date-order mdy)" in result.stderr


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "15/11/2569",
            "Thai Buddhist era (2026-11-15 in the Gregorian calendar) (give the day as 2026-11-15)",
        ),
        (
            "1405/08/30",
            "Solar Hijri calendar (2026-11-21 in the Gregorian calendar) (give the day as 2026-11-21)",
        ),
        (f"{dt.date.today().year + 57}-08-20", "a year of Nepal's Bikram Sambat calendar"),
    ],
)
def test_a_partners_day_of_another_calendar_is_named_with_its_gregorian_day(
    root: Path, typed: str, said: str
) -> None:
    """A Thai, Afghan or Nepali partner's day (eleventh office pass) was 'in the future' or
    'before the package's day', with no word of the calendar or of the day it is."""
    referral_id = opened(root)
    result = run(root, "referral", "update", referral_id, "--status", "accepted", "--date", typed)
    assert result.exit_code != 0
    assert said in result.stderr
    assert "in the future" not in result.stderr and "before the package" not in result.stderr
    assert status_of(root, referral_id) == ("requested", None)


def test_an_ethiopian_partners_day_is_said_as_the_ethiopian_calendar_would_read_it(root: Path) -> None:
    """A partner in Ethiopia answering on `15/03/2019` (its calendar's day) was told only that
    the day was before the package's: the calendar went unsaid."""
    today = dt.date.today()
    days = (today - dt.timedelta(days=back) for back in range(1, 10))  # one is day 1-28 of months 1-12
    answered = next(
        d for d in days if gregorian_to_ethiopian(d)[2] <= 28 and gregorian_to_ethiopian(d)[1] <= 12
    )
    year, month, day = gregorian_to_ethiopian(answered)
    package = {
        **referral_package(prepared=(today - dt.timedelta(days=10)).isoformat()),
        "return": {"country": "ET"},
    }
    ((referral, _),) = ReferralStore(root / "referrals").open_package(package)
    typed = f"{day:02d}/{month:02d}/{year}"
    args = ("--status", "accepted", "--date", typed, "--date-order", "dmy")
    result = run(root, "referral", "update", str(referral.id), *args)
    assert result.exit_code != 0
    said = f"; as a day of the Ethiopian calendar, it is {answered.isoformat()}"
    assert f"before the package's day ({referral.opened}){said}" in result.stderr
