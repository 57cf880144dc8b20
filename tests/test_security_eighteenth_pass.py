"""The eighteenth adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import referral_package
from test_security_second_pass import CLINIC, SHELTER, cli, make_root, one_line_error

from svcmatch.referrals import ReferralStore
from svcmatch.storage import DirectoryStore

# --- files about a person, and a private directory's history, are private ---------------------------


@contextlib.contextmanager
def _umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _modes(folder: Path) -> dict[str, int]:
    """Each file and folder under `folder` (its own name relative to it) with its permissions."""
    return {str(path.relative_to(folder)): path.stat().st_mode & 0o777 for path in sorted(folder.rglob("*"))}


def test_a_private_directory_files_history_is_private(tmp_path: Path) -> None:
    """An office that made al.json private (`chmod 600`, as this page advises) had every change
    copied into history/al/*.json made 0644, in a folder of 0755: each record's old and new
    values readable by every user of the machine. A history file (and the history folder svcmatch
    makes) takes the directory file's permissions; a shared file's history stays shared."""
    private = make_root(tmp_path / "private", CLINIC)
    shared = make_root(tmp_path / "shared", CLINIC)
    for root in (private, shared):  # made by the test's own writes, under the test's umask
        shutil.rmtree(root / "history")
    (private / "al.json").chmod(0o600)
    (shared / "al.json").chmod(0o640)
    with _umask(0o022):
        for root in (private, shared):
            edit = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 111 222")
            assert edit.exit_code == 0, edit.output
    assert set(_modes(private / "history").values()) == {0o700, 0o600}, _modes(private / "history")
    assert set(_modes(shared / "history").values()) == {0o750, 0o640}, _modes(shared / "history")
    (private / "history" / "al").chmod(0o755)  # a folder the office opened: left as it is
    with _umask(0o022):
        again = cli(private, "directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 111 333")
    assert again.exit_code == 0, again.output
    assert (private / "history" / "al").stat().st_mode & 0o777 == 0o755
    assert all(mode == 0o600 for mode in _modes(private / "history" / "al").values())


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o640), (0o002, 0o660), (0o077, 0o600)])
def test_a_new_directory_file_is_never_readable_by_every_user(tmp_path: Path, umask: int, mode: int) -> None:
    """`directory init` made al.json 0644 under the usual umask: every confidential shelter's
    address added to it was readable by every user of the machine until the office thought of
    `chmod` (this page's advice). A new directory file, and its history, give others no right
    (the group keeps what the umask gives it); a file that exists keeps its own."""
    with _umask(umask):
        assert cli(tmp_path, "directory", "init", "AL").exit_code == 0
    assert (tmp_path / "al.json").stat().st_mode & 0o777 == mode
    assert {m for name, m in _modes(tmp_path / "history").items() if name.endswith(".json")} == {mode}
    (tmp_path / "al.json").chmod(0o644)  # an office that shares it: kept so
    with _umask(umask):
        added = cli(
            tmp_path,
            "directory",
            "add",
            "AL",
            "--name",
            "Klinika",
            "--categories",
            "medical",
            "--region",
            "AL-08",
            "--city",
            "Lezhë",
            "--phone",
            "+355 22 000 001",
        )
    assert added.exit_code == 0, added.output
    assert (tmp_path / "al.json").stat().st_mode & 0o777 == 0o644


def test_what_is_written_about_a_person_is_private(tmp_path: Path) -> None:
    """A saved match, a package, a batch's results and packages, a referral record and a list of
    referrals hold a person's needs, age, place of return or case reference beside the shelter
    she goes to; each was made 0644 (every local user could read it). A new one is made 0600 (a
    folder 0700) whatever the umask, a referral record (the team's store) without any right for
    other users; a file that exists keeps the permissions its owner gave it."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    out = tmp_path / "out"
    out.mkdir()
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter,medical", "--sex", "female")
    consent = ("--case-ref", "AL-1", "--consent-date", "2026-11-01", "--consent-recipients", "partners")
    cases = out / "cases.csv"
    cases.write_text("case_id,country,to,needs,sex,consent_date\nAL-2,AL,Lezhë,medical,female,2026-11-01\n")
    cases.chmod(0o644)
    with _umask(0o022):
        runs = [
            cli(root, "match", *case, "-f", "json", "-o", str(out / "match.json")),
            cli(root, "package", *case, *consent, "-o", str(out / "package.html")),
            cli(
                root,
                "package",
                "--from",
                str(out / "match.json"),
                *consent,
                "-f",
                "json",
                "-o",
                f"{out}/p.json",
            ),
            cli(root, "batch", str(cases), "-o", f"{out}/results.jsonl", "--packages", f"{out}/packages"),
            cli(root, "referral", "open", "--from", str(out / "p.json"), "--by", "E. M."),
            cli(root, "referral", "list", "-f", "csv", "-o", str(out / "referrals.csv")),
        ]
    assert all(run.exit_code == 0 for run in runs), [run.output for run in runs if run.exit_code]
    written = {name: mode for name, mode in _modes(out).items() if name != "cases.csv"}
    made = {"match.json", "package.html", "p.json", "results.jsonl", "packages", "referrals.csv"}
    assert made <= set(written), written
    assert all(mode == (0o700 if name == "packages" else 0o600) for name, mode in written.items()), written
    referrals = _modes(root / "referrals")
    assert any(name.endswith("open.json") for name in referrals), referrals
    folders = {name for name in referrals if (root / "referrals" / name).is_dir()}
    # the referral store is a team's: its group keeps what the umask gives it, others get nothing
    assert all(referrals[name] == 0o750 for name in folders), referrals
    assert all(mode == 0o640 for name, mode in referrals.items() if name.endswith(".json")), referrals
    (out / "match.json").chmod(0o640)  # a file the caseworker shares with her team: kept so
    with _umask(0o022):
        again = cli(root, "match", *case, "-f", "json", "-o", str(out / "match.json"))
    assert again.exit_code == 0, again.output
    assert (out / "match.json").stat().st_mode & 0o777 == 0o640
    assert json.loads((out / "match.json").read_text(encoding="utf-8"))["needs"]


# --- batch says how it read a date with dots -------------------------------------------------------


def test_batch_says_how_it_read_a_package_date_with_dots(tmp_path: Path) -> None:
    """`batch --packages` read a row's `arrival`, `consent_date` or `consent_until` of
    '03.04.2026' as the 3rd of April (dots: day first) without a word, where `package` and the
    directory commands say it (the seventeenth pass's note). The record says it among its
    warnings (JSON and CSV); a date only one way round (15.04.2026) or in ISO is said nowhere."""
    root = make_root(tmp_path / "d", CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,arrival,consent_date,consent_until\n"
        "AL-7,AL,Lezhë,medical,03.04.2026,02.11.2026,2027-01-01\n"
        "AL-8,AL,Lezhë,medical,15.04.2026,2026-11-02,\n",
        encoding="utf-8",
    )
    result = cli(root, "batch", str(cases), "--packages", str(tmp_path / "packages"), "--today", "2026-11-10")
    assert result.exit_code == 0, result.output
    records = {r["case_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert "arrival: read '03.04.2026' as 2026-04-03 (dots: day first)" in records["AL-7"]["warnings"]
    assert "consent_date: read '02.11.2026' as 2026-11-02 (dots: day first)" in records["AL-7"]["warnings"]
    assert not any("dots" in warning for warning in records["AL-8"]["warnings"]), records["AL-8"]["warnings"]
    assert all(r["how"] != "dots" for record in records.values() for r in record["readings"])
    table = cli(root, "batch", str(cases), "--packages", str(tmp_path / "again"), "-f", "csv")
    assert "consent_date: read '02.11.2026' as 2026-11-02 (dots: day first)" in table.stdout


# --- a saved match that names no directory version ---------------------------------------------------


def test_a_saved_match_without_a_directory_version_is_checked_as_the_directory_is_now(tmp_path: Path) -> None:
    """`package --from` of a saved match holding no directory version (written by another tool,
    or edited) took it as made from the directory as it is: a clinic whose phone changed since
    was given with the saved phone, and one moved since into a region the case avoids was not
    refused, exit 0, without a word. Such a match is checked as one from another version, and
    the command says why."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-region", "AL-11")
    document = json.loads(cli(root, "match", *case, "-f", "json").stdout)
    del document["directory"]["version"]
    saved.write_text(json.dumps(document), encoding="utf-8")
    package = ("package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "json")
    changes = ("--set", "phone=+355 22 999 999")
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *changes).exit_code == 0
    result = cli(root, *package)
    assert result.exit_code == 0, result.output
    provider = json.loads(result.stdout)["needs"][0]["provider"]
    assert provider["contact"]["phone"] == "+355 22 999 999"
    assert {"code": "contact_since", "fields": ["phone"]} in provider["notes"]
    assert "names no version of the directory" in result.stderr
    moved = ("--set", "region=AL-11", "--set", "city=Tirana")
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *moved).exit_code == 0
    refused = cli(root, *package)
    assert refused.exit_code == 2, refused.output
    assert "now lies in a region this case avoids" in refused.stderr


# --- a month at the ends of the calendar -------------------------------------------------------------


@pytest.mark.parametrize("month", ["0000-01", "0000-12"])
def test_a_month_of_year_zero_is_one_line(tmp_path: Path, month: str) -> None:
    """`referral stats --month 0000-01` stopped on a ValueError traceback (year 0 is out of range)."""
    root = make_root(tmp_path / "d", CLINIC)
    one_line_error(cli(root, "referral", "stats", "AL", "--month", month), "--month", "is not a month")


def test_the_last_month_of_the_calendar_is_counted(tmp_path: Path) -> None:
    """`referral stats --month 9999-12` stopped on an OverflowError traceback (it looked for the
    day after the month); it counts the month, as `--since 9999-12-01 --until 9999-12-31` does."""
    root = make_root(tmp_path / "d", CLINIC)
    stats = ("referral", "stats", "AL", "-f", "json")
    month = cli(root, *stats, "--month", "9999-12")
    days = cli(root, *stats, "--since", "9999-12-01", "--until", "9999-12-31")
    assert month.exit_code == 0, month.output
    assert month.stdout == days.stdout


# --- a saved match's region to avoid written as a text --------------------------------------------------


@pytest.mark.parametrize("avoid", ["AL-11", "AL-11|AL-08", "Tiranë"])
def test_a_saved_matchs_region_to_avoid_written_as_text_is_still_avoided(tmp_path: Path, avoid: str) -> None:
    """A saved match whose `avoid_region` is a text (as a case file or a batch cell holds it;
    written by another tool, or edited) was read letter by letter ('A', 'L', '-', ...), each
    skipped as no region: `package --from` of it referred her, exit 0, to a clinic that had moved
    since into the region she must avoid. It is read as a case file's is, so the package is
    refused as for a list."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-region", "AL-11")
    document = json.loads(cli(root, "match", *case, "-f", "json").stdout)
    document["case"]["avoid_region"] = avoid
    saved.write_text(json.dumps(document), encoding="utf-8")
    moved = ("--set", "region=AL-11", "--set", "city=Tirana")
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *moved).exit_code == 0
    refused = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft")
    one_line_error(refused, "al-clinic-1 now lies in a region this case avoids")


@pytest.mark.parametrize("avoid", ["AL-13", "", [7], {"AL-11": True}])
def test_a_saved_matchs_region_to_avoid_that_is_no_region_is_refused(tmp_path: Path, avoid: object) -> None:
    """One that is no region (or no text) was skipped, so nothing was avoided: it is refused,
    as `match` refuses it."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    document = json.loads(
        cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "-f", "json").stdout
    )
    document["case"]["avoid_region"] = avoid
    saved.write_text(json.dumps(document), encoding="utf-8")
    refused = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft")
    one_line_error(refused, "avoid_region")


def test_a_saved_match_whose_directory_cannot_be_read_is_said(tmp_path: Path) -> None:
    """`package --from` where the directory the match names cannot be read (another folder, a
    file gone or damaged) gave the providers and phones the match saved, unchecked against any
    directory, exit 0, without a word. It still does (a package can be made offline from a saved
    match), and says so."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    saved.write_text(
        cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "-f", "json").stdout
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = cli(elsewhere, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["needs"][0]["provider"]["id"] == "al-clinic-1"
    assert "cannot be read here" in result.stderr and "unchecked against the directory" in result.stderr
    assert (
        "cannot be read here"
        not in cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft").stderr
    )


def test_a_saved_match_naming_another_countrys_directory_is_refused(tmp_path: Path) -> None:
    """A saved match whose case returns to Albania and whose `directory.country` says MA (edited)
    was checked against Morocco's directory, where none of its providers is: each was given as
    saved, one moved since into the region she must avoid too, exit 0. It is refused."""
    root = make_root(tmp_path / "d", CLINIC)
    DirectoryStore("MA", root).create(author="test")
    saved = tmp_path / "match.json"
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-region", "AL-11")
    document = json.loads(cli(root, "match", *case, "-f", "json").stdout)
    document["directory"]["country"] = "MA"
    saved.write_text(json.dumps(document), encoding="utf-8")
    moved = ("--set", "region=AL-11", "--set", "city=Tirana")
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *moved).exit_code == 0
    refused = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft")
    one_line_error(refused, "its case returns to AL, but it names the directory of MA")


# --- a reason's fix never adds a "not" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "code"), [("eligible", "not_eligible"), ("could contact", "could_not_contact")]
)
def test_a_reason_is_never_told_to_be_its_negation(tmp_path: Path, reason: str, code: str) -> None:
    """`referral update --status declined --reason eligible` (a partner's word, or a status in
    the wrong column) was told "did you mean not_eligible?": the fix, followed, records that she
    is not eligible where the partner said she is. A "not" that the code adds is never
    suggested, as one the code lacks was not ('not accepted')."""
    store = ReferralStore(tmp_path / "referrals")
    ((referral, _),) = store.open_package(referral_package("AL-7", "2026-11-20"))
    args = (
        "referral",
        "update",
        referral.id,
        "--status",
        "declined",
        "--reason",
        reason,
        "--date",
        "2026-11-21",
    )
    result = cli(tmp_path, *args)
    one_line_error(result, f"unknown reason {reason!r}")
    assert code not in result.stderr.split("use one of")[0], result.stderr
    assert store.get(referral.id).status == "requested"


@pytest.mark.parametrize("as_of", ["1800-01-01", "9999-12-31", "not a date"])
def test_a_saved_match_of_a_day_no_match_is_made_is_refused(tmp_path: Path, as_of: str) -> None:
    """A saved match whose `as_of` is no day a match is made on (edited) had its directory
    dropped: `package --from` gave every provider as saved, one moved since into the region she
    must avoid too, exit 0. It is refused naming the file."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-region", "AL-11")
    document = json.loads(cli(root, "match", *case, "-f", "json").stdout)
    document["as_of"] = as_of
    saved.write_text(json.dumps(document), encoding="utf-8")
    moved = ("--set", "region=AL-11", "--set", "city=Tirana")
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *moved).exit_code == 0
    refused = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft")
    one_line_error(refused, f"{saved}: as_of")


# --- a region to avoid written with two regions in it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"), [("AL-11 Lezhë", "AL-11", "AL-08"), ("Tiranë AL-08", "AL-08", "AL-11")]
)
def test_a_region_to_avoid_naming_two_regions_is_never_told_to_be_one(
    tmp_path: Path, text: str, first: str, second: str
) -> None:
    """`--avoid-region "AL-11 Lezhë"` (a code and another region's town, a comma forgotten) was
    refused with "write AL-08 or the exact name": the fix, followed, dropped AL-11, which she had
    written as a code. The refusal names both regions, and the fix gives each."""
    root = make_root(tmp_path / "d", CLINIC)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical")
    result = cli(root, "match", *case, "--avoid-region", text)
    one_line_error(result, "names more than one region", f"({first}, {second})")
    assert f"write {second}" not in result.stderr
    batch = cli(
        root, "batch", "-", input=f"case_id,country,to,needs,avoid_region\nC1,AL,Lezhë,medical,{text}\n"
    )
    assert "names more than one region" in json.loads(batch.stdout)["error"]


def test_a_saved_match_naming_its_country_otherwise_is_not_another_country(tmp_path: Path) -> None:
    """The check above compares countries, not their spellings: a case of 'Albania' (another tool
    writes the name) with the directory of AL is the same country."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    document = json.loads(
        cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "-f", "json").stdout
    )
    document["case"]["country"] = "Albania"
    saved.write_text(json.dumps(document), encoding="utf-8")
    result = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["needs"][0]["provider"]["id"] == "al-clinic-1"
