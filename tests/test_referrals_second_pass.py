"""Closed-loop referrals, a second user pass: caseworkers following referrals up, partners
answering by file or e-mail, an office's manager reading the figures, scripts, and stores that
travel between machines. Each test is a defect found by using `svcmatch referral ...`, written
first and seen to fail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import referral_package, sample_folder

from svcmatch.cli import main
from svcmatch.referrals import ReferralStore


def run(root: Path, *args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), *args], input=stdin)


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return sample_folder(tmp_path, "al")


def opened(root: Path, **package: Any) -> list[str]:
    store = ReferralStore(root / "referrals")
    return [referral.id for referral, _ in store.open_package(referral_package(**package))]


# --------------------------------------------------------------------------- a store that travels


def test_a_store_copied_through_a_mac_still_reads(root: Path) -> None:
    """A store copied to a USB stick or a network share from a Mac gets an AppleDouble file
    beside each file (`._open.json`, the Finder's metadata, not JSON): every referral command
    stopped ("referral event .../._open.json is not JSON"), and match dropped the whole
    referral history. Hidden files are no events."""
    (rid,) = opened(root)
    folder = root / "referrals" / "al" / rid
    (folder / "._open.json").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (root / "referrals" / "al" / "._ref-000000000000").write_bytes(b"\x00\x05\x16\x07")
    listed = run(root, "referral", "list", "--format", "json", "--today", "2026-11-25")
    assert listed.exit_code == 0, listed.output
    assert [item["id"] for item in json.loads(listed.stdout)] == [rid]
    shown = run(root, "referral", "show", rid, "--today", "2026-11-25")
    assert shown.exit_code == 0, shown.output
    matched = run(
        root, "match", "--country", "AL", "--to", "Shkodra", "--needs", "shelter", "--format", "json",
        "--today", "2026-11-25",
    )  # fmt: skip
    assert "referral history not used" not in matched.stdout
    assert json.loads(matched.stdout)["needs"]["shelter"][0]["referrals"] is not None


# --------------------------------------------------------------------------- answers, one by one or many


def test_an_unknown_referral_in_an_answers_file_names_its_row(root: Path) -> None:
    """A partner's file of 200 answers holds one id that is not in this store (another
    office's referral, a typo): the error named the id and the store, not the row, and the
    supervisor searched the sheet for it."""
    (rid,) = opened(root)
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status\n{rid},accepted\nref-000000000000,accepted\n")
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 4 or result.exit_code == 2, result.output
    assert "row 3" in result.stderr and "ref-000000000000" in result.stderr
    assert ReferralStore(root / "referrals").get(rid).status == "requested"  # all or nothing


@pytest.mark.parametrize("said", ["no answer", "No response", "no reply", "pas de réponse"])
def test_no_answer_is_refused_with_what_to_do_instead(root: Path, said: str) -> None:
    """A partner that never answered: the caseworker typed `--status "no answer"` and was told
    only the list of statuses (none of which says it). The refusal says what to do: leave it
    requested (`referral list --overdue` lists it, `referral stats` counts it unanswered), or
    cancel it with a note."""
    (rid,) = opened(root)
    result = run(root, "referral", "update", rid, "--status", said, "--today", "2026-12-25")
    assert result.exit_code == 2
    assert "--overdue" in result.stderr and "--status cancelled" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- the office's lists


def test_a_provider_id_typed_wrong_is_named_not_an_empty_list(root: Path) -> None:
    """`referral list --provider al-shk-ae6` (one letter short) or in capitals said "no
    referrals match", nothing else: the manager read that the shelter had never been sent
    anyone. The list stays empty (a script reads it; tests/test_referrals.py pins `[]`), and
    stderr says that no such provider exists, naming the one meant."""
    opened(root)
    for typed in ("al-shk-ae6", "AL-SHK-AE62"):
        result = run(
            root, "referral", "list", "--provider", typed, "--today", "2026-11-25", "--format", "json"
        )
        assert result.exit_code == 0 and json.loads(result.stdout) == [], (typed, result.output)
        assert "holds no such provider: did you mean al-shk-ae62" in result.stderr, result.stderr
    fine = run(root, "referral", "list", "--provider", "al-shk-ae62", "--today", "2026-11-25")
    assert fine.exit_code == 0 and "al-shk-ae62" in fine.stdout
    # a provider of the directory that no referral went to: an empty list, rightly
    never = run(root, "referral", "list", "--provider", "al-exa-d378", "--country", "AL")
    assert never.exit_code == 0 and "no referrals match" in never.stderr
    assert "no such provider" not in never.stderr


def test_a_provider_removed_from_the_directory_still_lists_its_referrals(root: Path) -> None:
    """The check of --provider must not refuse the id of a provider removed since: its
    referrals are in the store."""
    opened(root, needs={"shelter": "al-gone-0001"})
    result = run(root, "referral", "list", "--provider", "al-gone-0001", "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    assert "al-gone-0001" in result.stdout and "no such provider" not in result.stderr


# --------------------------------------------------------------------------- partners' answers

THREE = {"shelter": "al-shk-ae62", "medical": "al-shk-7bb7", "legal": "al-shk-9013"}


def reply_form(root: Path, lang: str = "en") -> tuple[list[str], str]:
    """A package made by `package`, its referrals opened, and its Markdown reply form (the
    table that ends the package) as the partner gets it: (referral ids, form)."""
    match = root.parent / "match.json"
    made = run(
        root, "match", "--country", "AL", "--to", "Shkodra", "--needs", "shelter,medical,legal",
        "--sex", "female", "--age", "24", "--format", "json", "-o", str(match), "--today", "2026-11-20",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    common = [
        "package", "--from", str(match), "--case-ref", "AL-2026-0042", "--priority", "urgent",
        "--consent-date", "2026-11-18", "--consent-recipients", "partners", "--today", "2026-11-20",
        "--lang", lang,
    ]  # fmt: skip
    package = root.parent / "pkg.json"
    assert run(root, *common, "--format", "json", "-o", str(package)).exit_code == 0
    assert run(root, "referral", "open", "--from", str(package), "--today", "2026-11-20").exit_code == 0
    markdown = run(root, *common, "--format", "markdown").stdout
    form = markdown[markdown.rindex("\n\n", 0, markdown.index("| ref-")) :].split("\n\n")[1]
    ids = [item["id"] for item in json.loads(package.read_text(encoding="utf-8"))["referrals"]]
    return ids, form


def filled(form: str, answers: dict[str, tuple[str, str, str]]) -> str:
    """The form with the partner's answer, date and name in the rows of `answers` (by id)."""
    lines = []
    for line in form.splitlines():
        for rid, cells in answers.items():
            if line.startswith(f"| {rid} "):
                line = line.removesuffix("|  |  |  |") + "| " + " | ".join(cells) + " |"
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_the_reply_form_pasted_back_from_an_e_mail_is_read(root: Path) -> None:
    """The partner fills in the package's reply form and sends it back in an e-mail; the
    caseworker pastes the reply into `referral update --from -`. It was refused ("column '|
    Referral id | Need | ...' not read"), quoted with '> ' too, and with its headers in a
    sheet ('Referral id', 'Accepted / declined (reason)' not read): the tool's own form could
    not be read back. The table is read, each heading said as read, and a row left blank (a
    referral not answered yet) is said and not recorded."""
    ids, form = reply_form(root)
    reply = filled(
        form,
        {
            ids[0]: ("accepted", "2026-11-21", "Shelter focal point"),
            ids[1]: ("declined (no capacity)", "2026-11-22", "Dr Hoxha"),
        },
    )
    e_mail = "Dear Elira,\n\nour answers:\n\n" + "".join(f"> {line}\n" for line in reply.splitlines())
    e_mail += "\nBest regards,\nAna\n"
    result = run(root, "referral", "update", "--from", "-", "--today", "2026-11-25", stdin=e_mail)
    assert result.exit_code == 0, result.output
    store = ReferralStore(root / "referrals")
    assert store.get(ids[0]).status == "accepted"
    assert (store.get(ids[1]).status, store.get(ids[1]).reason) == ("declined", "no_capacity")
    assert store.get(ids[2]).status == "requested"
    assert "'Accepted / declined (reason)' as status" in result.stderr, result.stderr
    assert f"({ids[2]})" in result.stderr and "no answer" in result.stderr
    assert "Markdown table" in result.stderr


def test_the_reply_form_copied_into_a_sheet_in_french_is_read(root: Path) -> None:
    """The French package's reply form, copied from the HTML into a sheet (tab-separated
    text), with the French headings."""
    ids, form = reply_form(root, "fr")
    rows = [line.strip("|").split("|") for line in form.splitlines() if not line.startswith("|---")]
    rows = [[cell.strip() for cell in row] for row in rows]
    rows[1][4:7] = ["Refusée (pas de place)", "2026-11-22", "Mme Dupont"]
    sheet = root.parent / "reponses.tsv"
    sheet.write_text("\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")
    result = run(root, "referral", "update", "--from", str(sheet), "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    assert ReferralStore(root / "referrals").get(ids[0]).reason == "no_capacity"
    assert "read the package's reply form: \"Identifiant de l'orientation\" as id" in result.stderr


def test_a_row_of_the_form_wrapped_by_an_e_mail_program_is_refused_not_lost(root: Path) -> None:
    """An e-mail program wrapped a long row of the pasted form: the answer in the wrapped
    line must not vanish (nor the rows below it)."""
    ids, form = reply_form(root)
    reply = filled(form, {ids[0]: ("accepted", "2026-11-21", "Shelter focal point")})
    cut = reply.index("Shelter focal point")
    wrapped = reply[:cut] + "\n" + reply[cut:]
    result = run(root, "referral", "update", "--from", "-", "--today", "2026-11-25", stdin=wrapped)
    assert result.exit_code == 2, result.output
    assert "join" in result.stderr
    assert ReferralStore(root / "referrals").get(ids[0]).status == "requested"


def test_the_list_fed_back_with_one_row_edited_records_that_row(root: Path) -> None:
    """docs: `referral list`'s output, edited, can be fed back. The manager changed one row of
    three and fed it back: refused on the first row she had not touched ("a referral that is
    requested cannot become requested"). A row of the list as recorded (its status, reason and
    `updated` unchanged) is said and not recorded; a row whose referral changed since the
    list was taken is still refused."""
    ids = opened(root, needs=THREE)
    listed = run(root, "referral", "list", "--format", "csv", "--today", "2026-11-25").stdout
    edited = listed.replace(
        f"{ids[1]},AL,AL-7,medical,al-shk-7bb7,requested,", f"{ids[1]},AL,AL-7,medical,al-shk-7bb7,accepted,"
    )
    assert edited != listed
    path = root.parent / "list.csv"
    path.write_text(edited, encoding="utf-8")
    result = run(root, "referral", "update", "--from", str(path), "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    store = ReferralStore(root / "referrals")
    assert [store.get(rid).status for rid in ids] == ["requested", "accepted", "requested"]
    assert "as recorded" in result.stderr and "1 answer(s) recorded" in result.stderr
    untouched = root.parent / "untouched.csv"
    untouched.write_text(listed, encoding="utf-8")
    nothing = run(
        root, "referral", "update", "--from", str(untouched), "--format", "json", "--today", "2026-11-25"
    )
    assert nothing.exit_code == 0 and json.loads(nothing.stdout) == [], nothing.output
    # the same file again: the edited row is now as recorded... but its `updated` is not
    # the one recorded (the list was taken before): refused, it says who answered
    again = run(root, "referral", "update", "--from", str(path), "--today", "2026-11-25")
    assert again.exit_code == 2 and "cannot become accepted" in again.stderr


# --------------------------------------------------------------------------- the manager's figures


def four_to_one_shelter(root: Path) -> list[str]:
    """Four cases referred to one shelter on 2026-11-02 (normal priority: answer due by the
    16th): one accepted, one declined, two never answered (one of them cancelled on the 20th,
    after its deadline)."""
    ids = [opened(root, case_ref=f"AL-{n}", prepared="2026-11-02")[0] for n in range(4)]
    store = ReferralStore(root / "referrals")
    import datetime as dt

    from svcmatch.referrals import Answer

    day = dt.date(2026, 11, 5)
    store.update(
        [
            Answer(id=ids[0], status="accepted", date=day),
            Answer(id=ids[1], status="declined", reason="not_eligible", date=day),
            Answer(id=ids[3], status="cancelled", date=dt.date(2026, 11, 20)),
        ],
        today=dt.date(2026, 11, 25),
    )
    return ids


def test_stats_count_the_referrals_a_provider_never_answered(root: Path) -> None:
    """The manager wants the providers that never answer: `referral stats` gave sent,
    accepted and declined, and a referral left unanswered past its deadline (still requested,
    or cancelled by the caseworker who gave up) counted as nothing. Each row now has
    `unanswered`; the regions' rows have `accepted` too (acceptance by need)."""
    four_to_one_shelter(root)
    result = run(root, "referral", "stats", "AL", "--format", "json", "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    (shelter,) = report["providers"]
    assert (shelter["sent"], shelter["accepted"], shelter["declined"], shelter["unanswered"]) == (4, 1, 1, 2)
    (region,) = report["regions"]
    assert (region["need"], region["sent"], region["accepted"], region["unanswered"]) == ("shelter", 4, 1, 2)
    before = run(root, "referral", "stats", "AL", "--format", "json", "--today", "2026-11-10")
    assert json.loads(before.stdout)["providers"][0]["unanswered"] == 0  # not due yet
    table = run(root, "referral", "stats", "AL", "--today", "2026-11-25")
    assert "unanswered" in table.stdout


def test_validate_names_a_provider_that_leaves_referrals_unanswered(root: Path) -> None:
    """What the answers say feeds the directory: `validate` doubted eligibility data after
    three not_eligible declines, but said nothing of a provider that never answers (a focal
    point who left, a dead phone). Three referrals unanswered past their deadline in 12
    months are a warning that names what to check."""
    four_to_one_shelter(root)
    opened(root, case_ref="AL-9", prepared="2026-11-03")
    result = run(root, "directory", "validate", "AL", "--format", "json", "--today", "2026-11-25")
    findings = [f for f in json.loads(result.stdout)["findings"] if f["provider"] == "al-shk-ae62"]
    said = [f for f in findings if "did not answer" in f["message"]]
    assert len(said) == 1, findings
    assert "3 referrals" in said[0]["message"] and "phone" in said[0]["fix"]


def test_a_list_row_whose_cells_name_another_referral_is_refused(root: Path) -> None:
    """The manager sorted the id column alone in her sheet (Excel's "continue with the current
    selection"), or pasted ids from another sheet: each row's status went to another case's
    referral, without a word. A row of `referral list` whose case_ref, need or provider_id
    are not those of the referral its id names is refused, naming both."""
    ids = opened(root, needs=THREE)
    listed = run(root, "referral", "list", "--format", "csv", "--today", "2026-11-25").stdout
    lines = listed.splitlines()
    cells = [line.split(",") for line in lines[1:]]
    cells[0][0], cells[1][0] = cells[1][0], cells[0][0]  # the ids of the first two rows swapped
    cells[0][5] = "accepted"
    path = root.parent / "sorted.csv"
    path.write_text("\n".join([lines[0], *(",".join(row) for row in cells)]) + "\n", encoding="utf-8")
    result = run(root, "referral", "update", "--from", str(path), "--today", "2026-11-25")
    assert result.exit_code == 2, result.output
    assert "row 2" in result.stderr and "do not belong together" in result.stderr
    assert [ReferralStore(root / "referrals").get(rid).status for rid in ids] == ["requested"] * 3


# --------------------------------------------------------------------------- made confidential since


def made_confidential(root: Path) -> None:
    """The Shkodër women's shelter becomes confidential (its name, e-mail and website named
    its town, and are changed with it, as the directory requires)."""
    edited = run(
        root, "directory", "edit", "AL", "al-shk-ae62", "--set", "confidential_address=true",
        "--set", "name=Example Women's Shelter North", "--set", "email=north@example.org",
        "--set", "website=", "--allow-sample",
    )  # fmt: skip
    assert edited.exit_code == 0, edited.output


@pytest.mark.parametrize("where", ["address", "name"])
def test_a_package_made_before_its_shelter_became_confidential_is_not_sent(root: Path, where: str) -> None:
    """A package made while the shelter was public gives its street address and town (or, made
    again `--from` the old match, its old name 'Example Women's Shelter Shkodër' and e-mail):
    `referral open` recorded it as sent without a word, and the partner got the place of a
    confidential shelter. It is refused before anything is written, naming what gives the
    place (never the value), and how to make a package that does not."""
    made_confidential(root)
    package = referral_package()
    contact = {"phone": "+355 00 555 0041", "email": "example-women-s-shelter-shkoder@example.org"}
    if where == "address":
        contact.update(city="Shkodër", address="Rruga Shembull 20")
    package["needs"][0]["provider"].update(
        name="Example Women's Shelter Shkodër", contact=contact, confidential_address=where == "name"
    )
    path = root.parent / "old-package.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    result = run(root, "referral", "open", "--from", str(path), "--today", "2026-11-25")
    assert result.exit_code == 2, result.output
    assert "al-shk-ae62" in result.stderr and "confidential" in result.stderr
    assert "Shembull" not in result.stderr and "Shkod" not in result.stderr
    assert "svcmatch match" in result.stderr
    assert not (root / "referrals").exists()
    # the package made from a new match carries neither: it is opened
    package["needs"][0]["provider"].update(
        name="Example Women's Shelter North",
        contact={"email": "north@example.org"},
        confidential_address=True,
    )
    path.write_text(json.dumps(package), encoding="utf-8")
    assert run(root, "referral", "open", "--from", str(path), "--today", "2026-11-25").exit_code == 0


def test_stats_for_a_period_of_a_donor_report(root: Path) -> None:
    """A donor report covers a period (a quarter, a year): `referral stats` summed every
    referral the store ever kept, with no way to choose the referrals of one period.
    `--since` and `--until` keep those opened in it (both days count)."""
    opened(root, case_ref="AL-1", prepared="2026-06-30")
    opened(root, case_ref="AL-2", prepared="2026-07-01")
    opened(root, case_ref="AL-3", prepared="2026-09-30")
    opened(root, case_ref="AL-4", prepared="2026-10-01")
    args = ("referral", "stats", "AL", "--format", "json", "--today", "2026-11-25")
    quarter = run(root, *args, "--since", "2026-07-01", "--until", "2026-09-30")
    assert quarter.exit_code == 0, quarter.output
    assert json.loads(quarter.stdout)["providers"][0]["sent"] == 2
    assert json.loads(run(root, *args, "--since", "2026-07-01").stdout)["providers"][0]["sent"] == 3
    assert json.loads(run(root, *args).stdout)["providers"][0]["sent"] == 4
    backwards = run(root, *args, "--since", "2026-09-30", "--until", "2026-07-01")
    assert backwards.exit_code == 2 and "--since" in backwards.stderr
    local = run(root, *args, "--since", "01/07/2026")
    assert local.exit_code == 2 and "YYYY-MM-DD" in local.stderr


def test_a_caseworker_lists_the_referrals_of_one_case(root: Path) -> None:
    """Following a case up days later, the caseworker wants its referrals: `referral list` had
    no way to choose one case (grep on the table). `--case-ref` keeps them; a case reference
    that no referral has is said, naming the close ones."""
    first = opened(root, case_ref="AL-2026-0042", needs=THREE)
    opened(root, case_ref="AL-2026-0043")
    result = run(
        root, "referral", "list", "--case-ref", "AL-2026-0042", "--format", "json", "--today", "2026-11-25"
    )
    assert result.exit_code == 0, result.output
    assert sorted(item["id"] for item in json.loads(result.stdout)) == sorted(first)
    typo = run(
        root, "referral", "list", "--case-ref", "AL-2026-042", "--format", "json", "--today", "2026-11-25"
    )
    assert typo.exit_code == 0 and json.loads(typo.stdout) == []
    assert "no referral of case 'AL-2026-042'" in typo.stderr and "AL-2026-0042" in typo.stderr
    empty = run(root, "referral", "list", "--case-ref", "", "--today", "2026-11-25")
    assert empty.exit_code == 2 and "--case-ref is empty" in empty.stderr


def test_a_list_row_a_colleague_answered_since_does_not_block_the_edited_rows(root: Path) -> None:
    """The manager took the list, a colleague then recorded an acceptance, and the manager fed
    back her list with another row edited: the whole file was refused on the row she had not
    touched ("a referral that is accepted ... cannot become requested"). `requested` is never
    an answer: a list row that still says it is a row not edited, said (with what became of
    the referral since) and not recorded."""
    ids = opened(root, needs=THREE)
    listed = run(root, "referral", "list", "--format", "csv", "--today", "2026-11-25").stdout
    colleague = run(
        root, "referral", "update", ids[0], "--status", "accepted", "--by", "Besa", "--today", "2026-11-25"
    )
    assert colleague.exit_code == 0, colleague.output
    row = next(line for line in listed.splitlines() if line.startswith(ids[1]))
    path = root.parent / "list.csv"
    path.write_text(
        listed.replace(row, row.replace(",requested,,", ",declined,no_capacity,")), encoding="utf-8"
    )
    result = run(root, "referral", "update", "--from", str(path), "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    store = ReferralStore(root / "referrals")
    assert [store.get(rid).status for rid in ids] == ["accepted", "declined", "requested"]
    assert f"{ids[0]} is accepted on 2026-11-25 by Besa" in result.stderr, result.stderr


# --------------------------------------------------------------------------- dates as partners write them


def test_a_partners_day_written_the_local_way_is_read_and_said(root: Path) -> None:
    """A partner in Tirana or Kyiv writes the day of its answer 21.11.2026 (the reply form does
    not say how): the whole file was refused ("write it as YYYY-MM-DD"), row after row. A day
    written with dots (day first wherever dots are used) or whose numbers allow one order
    (22/11/2026) is read as `directory add` reads it, and the reading is said; one that could
    be either (06/11/2026) is still refused, naming both."""
    ids = opened(root, needs=THREE)
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status,date\n{ids[0]},accepted,21.11.2026\n{ids[1]},accepted,22/11/2026\n")
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    store = ReferralStore(root / "referrals")
    assert [store.get(rid).updated for rid in ids[:2]] == ["2026-11-21", "2026-11-22"]
    assert "row 2: date: read '21.11.2026' as 2026-11-21" in result.stderr
    assert "row 3: date: read '22/11/2026' as 2026-11-22" in result.stderr

    def answered_on(day: str) -> Any:
        return run(
            root, "referral", "update", ids[2], "--status", "accepted", "--date", day, "--today", "2026-11-25"
        )

    one = answered_on("06/11/2026")
    assert one.exit_code == 2 and "day 6 of month 11 or day 11 of month 6" in one.stderr
    assert "YYYY-MM-DD" in one.stderr
    dotted = answered_on("23.11.2026")
    assert dotted.exit_code == 0 and "--date: read '23.11.2026' as 2026-11-23" in dotted.stderr


# --------------------------------------------------------------------------- a shared store


def test_a_store_held_by_a_colleague_names_the_store_not_a_path_that_is_not_there(root: Path) -> None:
    """Two caseworkers on a shared drive: while one records a long file of answers, the other's
    `referral update` waited and gave up with "<store>/referrals/referrals is locked by another
    writer" (a path that does not exist, and "the other edit" of a directory). It names the
    referral store and what holds it; nothing is recorded."""
    from svcmatch.errors import LockTimeout
    from svcmatch.referrals import Answer
    from svcmatch.storage import file_lock

    (rid,) = opened(root)
    store = ReferralStore(root / "referrals", lock_timeout=0.05)
    with file_lock(root / "referrals" / "referrals", 1), pytest.raises(LockTimeout) as refused:
        store.update([Answer(id=rid, status="accepted")], today=store.get(rid).due())
    message = refused.value.message
    assert "referrals/referrals" not in message
    assert f"the referral store {root / 'referrals'}" in message and "another caseworker" in message
    assert store.get(rid).status == "requested"


def test_the_list_saved_again_by_excel_with_its_local_dates_is_fed_back(root: Path) -> None:
    """Excel opens the list's CSV and saves it with the dates of its locale (`updated`
    2026-11-22 becomes 22/11/2026, or 11/22/2026): the row of a referral declined earlier, left
    as it was, was no longer "as recorded" and refused the whole file ("declined cannot become
    declined"). A listed day is the recorded one in either order of its day and month."""
    ids = opened(root, needs=THREE)
    declined = run(
        root, "referral", "update", ids[0], "--status", "declined", "--reason", "no_capacity",
        "--date", "2026-11-22", "--today", "2026-11-25",
    )  # fmt: skip
    assert declined.exit_code == 0, declined.output
    listed = run(root, "referral", "list", "--format", "csv", "--today", "2026-11-25").stdout
    for local in ("22/11/2026", "11/22/2026"):
        excel = listed.replace(",2026-11-22,", f",{local},").replace(",2026-11-20,", ",20/11/2026,")
        row = next(line for line in excel.splitlines() if line.startswith(ids[1]))
        excel = excel.replace(row, row.replace(",requested,,", ",accepted,,"))
        path = root.parent / "excel.csv"
        path.write_text(excel, encoding="utf-8")
        result = run(root, "referral", "update", "--from", str(path), "--today", "2026-11-25")
        if local == "22/11/2026":
            assert result.exit_code == 0, result.output
            assert ReferralStore(root / "referrals").get(ids[1]).status == "accepted"
        else:  # the edited row is recorded now: the same file again is said, not refused
            assert result.exit_code == 2 and "cannot become accepted" in result.stderr
            assert "cannot become declined" not in result.stderr


def test_a_deadline_edited_by_hand_does_not_stop_the_figures_or_matching(root: Path) -> None:
    """Counting unanswered referrals reads every deadline: one edited by hand into no date
    must not drop the country's whole referral history from `match` and `referral stats`."""
    (rid,) = opened(root)
    path = root / "referrals" / "al" / rid / "open.json"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"deadline": "2026-12-04"', '"deadline": "soon"')
    )
    assert '"soon"' in path.read_text(encoding="utf-8")
    figures = run(root, "referral", "stats", "AL", "--format", "json", "--today", "2026-12-25")
    assert figures.exit_code == 0, figures.output
    assert json.loads(figures.stdout)["providers"][0]["unanswered"] == 0
    matched = run(
        root, "match", "--country", "AL", "--to", "Shkodra", "--needs", "shelter", "--format", "json",
        "--today", "2026-12-25",
    )  # fmt: skip
    assert "referral history not used" not in matched.stdout


def test_a_bracketed_column_of_an_answers_file_is_still_refused(root: Path) -> None:
    """The reply form's columns that are not read are kept under a mark no header holds: a
    sheet's own "(notes)" column is refused as not read, not dropped without a word."""
    (rid,) = opened(root)
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status,(notes)\n{rid},accepted,called back\n")
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 2 and "'(notes)'" in result.stderr, result.output
