"""The third adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_security_second_pass import CLINIC, FRESH, cli, make_root
from test_security_siblings import PUBLIC_CLINIC, VILLAGE_SHELTER, write_raw

from svcmatch import hsds
from svcmatch.cli import main
from svcmatch.model import pack_json
from svcmatch.referrals import Answer, ReferralStore, referral_id

# --- invisible characters: a text that looks like another -------------------------------------------

#: Characters that show as nothing: a zero-width space, joiner and non-joiner, the word joiner,
#: a soft hyphen, a byte-order mark inside a text, the line separator, the Arabic letter mark,
#: a tag character (hidden text).
INVISIBLES = ["\u200b", "\u200d", "\u200c", "\u2060", "\u00ad", "\ufeff", "\u2028", "\u061c", "\U000e0041"]


@pytest.mark.parametrize("char", INVISIBLES, ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_are_refused_in_new_records(tmp_path: Path, char: str) -> None:
    # 'Public\u200bClinic' passes for another provider in every list and package, and a town
    # or street with one inside hides from the search that withholds a confidential shelter's
    root = make_root(tmp_path, CLINIC)
    kept = (root / "al.json").read_bytes()
    added = cli(root, "directory", "add", "AL", "--name", f"Public{char}Clinic", "--category", "medical",
                "--region", "AL-08", "--city", "Lezhë")  # fmt: skip
    assert added.exit_code == 2 and f"U+{ord(char):04X}" in added.stderr, (added.exit_code, added.output)
    edited = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"notes=call{char}first")
    assert edited.exit_code == 2, edited.output
    record = {"name": "X", "categories": ["medical"], "region": "AL-08", "extra": {"note": f"a{char}b"}}
    from_json = cli(root, "directory", "add", "AL", "--json", "-", input=json.dumps(record))
    assert from_json.exit_code == 2, from_json.output
    assert (root / "al.json").read_bytes() == kept


def test_invisible_characters_are_refused_in_an_import(tmp_path: Path) -> None:
    root = make_root(tmp_path, CLINIC)
    sheet = tmp_path / "new.csv"
    sheet.write_text("name,categories,region,city\nQendra\u200bRe,medical,AL-08,Lezhë\n", encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code != 0 and "U+200B" in result.output, result.output
    assert "Qendra" not in (root / "al.json").read_text(encoding="utf-8")


def test_stored_invisible_characters_are_shown_not_hidden(tmp_path: Path) -> None:
    root = make_root(tmp_path, CLINIC)
    write_raw(root, {"al-clinic-1": {"name": "Public\u200bClinic", "notes": "a\u2028b\u00adc"}})
    for fmt in ("table", "markdown"):
        shown = cli(root, "directory", "show", "AL", "al-clinic-1", "--format", fmt)
        assert shown.exit_code == 0, shown.output
        assert "u200bClinic" in shown.stdout and "\u200b" not in shown.stdout, shown.stdout
        assert "\u2028" not in shown.stdout and "\u00ad" not in shown.stdout
    listed = cli(root, "directory", "list", "AL", "--format", "json")
    assert "\u200b" not in listed.stdout and "Public\\u200bClinic" in listed.stdout
    assert json.loads(listed.stdout)[0]["name"] == "Public\u200bClinic"  # the same JSON, escaped
    match = cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "medical")
    assert match.exit_code == 0 and "\u200b" not in match.stdout and "\\u200b" in match.stdout


# --- a confidential shelter's town, street or point, spelled otherwise ------------------------------

#: The village shelter's town (Orosh), street (Rruga Zzsecret 77) and point (41.83412, 20.08456)
#: as people type them: in capitals, inflected, with an accent, a Cyrillic letter, a zero-width
#: space stored by another tool, fullwidth letters, in Cyrillic; the street without 'Rruga' or
#: its number; degrees with º, ˚, d, or spaces before a minute mark; fullwidth and Arabic digits.
SPELLINGS = [
    "the house in Oroshi",
    "OROSHIT",
    "in Orósh",
    "in \u041erosh",
    "in Or\u200bosh",
    "in Ｏｒｏｓｈ",
    "in Орош",
    "in O-r-o-s-h",
    "Zzsecret 77",
    "Rr. Zzsecret",
    "at 41º50' N",
    "at 41˚50'",
    "41d50m",
    "41 50' N, 20 05' E",
    "at ４１.８３４",
    "at ٤١٫٨٣٤",
]
#: What shows the spelling, or a part of it that gives the place away.
SPELLED = re.compile(r"(?i)or[oó]sh|[oо]rosh|ｏｓｈ|орош|zzsecret|41[º˚d ]|４１|٤١")


@pytest.mark.parametrize("text", SPELLINGS)
def test_a_confidential_shelters_place_spelled_otherwise_is_refused_in_its_texts(
    tmp_path: Path, text: str
) -> None:
    root = make_root(tmp_path, VILLAGE_SHELTER)
    kept = (root / "al.json").read_bytes()
    for field in ("notes", "how_to_refer", "focal_point"):
        result = cli(
            root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}={text.replace(chr(0x200B), '')}"
        )
        assert result.exit_code == 2 and "confidential shelter" in result.stderr, (field, result.output)
    assert (root / "al.json").read_bytes() == kept
    public = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "notes=call the focal point first")
    assert public.exit_code == 0, public.output  # a text that gives nothing away is taken


@pytest.mark.parametrize("text", SPELLINGS)
def test_a_confidential_shelters_place_spelled_otherwise_never_leaves_the_file(
    tmp_path: Path, text: str
) -> None:
    root = make_root(tmp_path, VILLAGE_SHELTER, PUBLIC_CLINIC)
    extra = {"hsds": pack_json({"record": {"description": f"Shelter. {text}."}})}
    write_raw(root, {"al-hope-1": {"notes": text, "how_to_refer": f"Call. {text}", "extra": extra}})
    case = ["--country", "AL", "--to", "Lezhë", "--needs", "shelter,medical"]
    outputs = {
        "show": cli(root, "directory", "show", "AL", "al-hope-1", "--format", "json"),
        "list": cli(root, "directory", "list", "AL", "--format", "csv"),
        "export": cli(root, "directory", "export", "AL", "--format", "json"),
        "hsds": cli(root, "directory", "export", "AL", "--format", "hsds-json"),
        "match": cli(root, "match", *case, "--format", "json"),
        "package": cli(root, "package", *case, "--case-ref", "R-1", "--draft", "--format", "md"),
    }
    for name, result in outputs.items():
        assert result.exit_code == 0, (name, result.output)
        shown = result.stdout.replace("\\u200b", "").replace("\u200b", "")  # as a reader sees it
        # clock times (prepared on, respond by): 17:41 is no point
        shown = re.sub(r"\d{1,2}:\d{2} \(UTC[^)]*\)", "", shown)
        assert not SPELLED.search(shown), (name, SPELLED.findall(shown))
    assert "Shelter Hope" in outputs["match"].stdout  # the shelter is there, its place is not
    owner = cli(root, "directory", "show", "AL", "al-hope-1", "--format", "json", "--include-confidential")
    assert SPELLED.search(owner.stdout)  # asked for, it is shown (so the checks above can fail)
    # a re-import of the redacted export keeps what is stored
    sheet = tmp_path / "al.csv"
    assert cli(root, "directory", "export", "AL", "-o", str(sheet)).exit_code == 0
    again = cli(root, "directory", "import", "AL", str(sheet))
    assert again.exit_code == 0 and "0 updated" in again.stderr, again.output


# --- a closed standard output: refused before a change whose report it would lose --------------------


def _closed_stdout(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`svcmatch --directories ROOT ARGS... >&-` in a shell, as a script runs it."""
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root), *args]
    return subprocess.run(["sh", "-c", '"$0" "$@" >&-', *command], capture_output=True, timeout=120)


def open_referrals(root: Path, package: Path, needs: str, *case: str, case_ref: str = "R-1") -> None:
    """A package for case `case_ref` written to `package`, and its referrals opened."""
    consent = ["--consent-date", FRESH.isoformat(), "--consent-recipients", "partners"]
    place = ["--country", "AL", "--to", "Lezhë", "--needs", needs, *case]
    made = cli(
        root, "package", *place, "--case-ref", case_ref, *consent, "--format", "json", "-o", str(package)
    )
    assert made.exit_code == 0, made.output
    assert cli(root, "referral", "open", "--from", str(package)).exit_code == 0


def _files(root: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_a_writer_that_reports_on_stdout_refuses_a_closed_stdout_before_writing(tmp_path: Path) -> None:
    # `directory add AL ... >&-` added the record, then failed with exit 2 when it printed the
    # new id: a script that tried again added it twice (so did verify, geocode, advise, referral
    # open and update)
    root = make_root(tmp_path / "dirs", CLINIC)
    package = tmp_path / "pkg.json"
    open_referrals(root, package, "medical")
    (referral,) = [path.name for path in (root / "referrals" / "al").iterdir()]
    before = _files(root)
    commands = [
        ["directory", "add", "AL", "--name", "New Clinic", "--category", "medical", "--region", "AL-08"],
        ["directory", "verify", "AL", "al-clinic-1"],
        ["directory", "geocode", "AL"],
        ["directory", "advise", "AL", "AL-08", "--text", "Roads closed"],
        ["referral", "open", "--from", str(package.with_name("pkg2.json"))],
        ["referral", "update", referral, "--status", "accepted"],
    ]
    package.with_name("pkg2.json").write_text(
        package.read_text(encoding="utf-8").replace('"R-1"', '"R-2"'), encoding="utf-8"
    )
    for command in commands:
        done = _closed_stdout(root, *command)
        assert done.returncode == 2 and b"nothing was written" in done.stderr, (command, done.stderr)
        assert b"Traceback" not in done.stderr
        assert _files(root) == before, command


# --- referrals: what is written about a confidential shelter -----------------------------------------


def test_a_referral_note_never_gives_a_confidential_shelters_place(tmp_path: Path) -> None:
    # `referral update REF --note "house in Oroshi full, try Rruga Zzsecret 77"` was stored,
    # and `referral show` printed it to whoever reads the store
    root = make_root(tmp_path / "dirs", VILLAGE_SHELTER, PUBLIC_CLINIC)
    open_referrals(root, tmp_path / "pkg.json", "shelter", "--sex", "female", "--age", "30")
    store = ReferralStore(root / "referrals")
    (referral,) = [item for item in store.referrals() if item.provider_id == "al-hope-1"]
    before = _files(root)
    for option, text in [
        ("--note", "house in Oroshi is full"),
        ("--note", "try Rruga Zzsecret 77"),  # eighth pass: a street address, whichever
        ("--by", "Orosh staff"),
    ]:
        result = cli(root, "referral", "update", referral.id, "--status", "accepted", option, text)
        assert result.exit_code == 2 and "confidential shelter" in result.stderr, (text, result.output)
    answers = tmp_path / "answers.csv"
    answers.write_text(f"id,status,note\n{referral.id},accepted,at 41.8341 N\n", encoding="utf-8")
    assert cli(root, "referral", "update", "--from", str(answers)).exit_code == 2
    assert _files(root) == before
    fine = cli(root, "referral", "update", referral.id, "--status", "accepted", "--note", "call on Monday")
    assert fine.exit_code == 0, fine.output
    # a note stored before (or by another tool) is withheld where it is shown
    note = "full; house in Oroshi, Rruga Zzsecret 77"
    store.update([Answer(referral.id, "completed", note=note, by="Orosh staff")], today=dt.date.today())
    for fmt in ("table", "json", "csv", "markdown"):
        shown = cli(root, "referral", "show", referral.id, "--format", fmt)
        assert shown.exit_code == 0, shown.output
        assert not SPELLED.search(shown.stdout) and "Orosh" not in shown.stdout, (fmt, shown.stdout)
        assert "call on Monday" in shown.stdout


# --- shell completion shows directory text ---------------------------------------------------------


def test_completion_shows_a_providers_name_without_obeying_it(tmp_path: Path) -> None:
    # zsh (and fish) show each id's name beside it: a name stored with OSC 52 (set the clipboard)
    # and a bidi override reached the terminal raw through the shell
    root = make_root(tmp_path, CLINIC)
    write_raw(root, {"al-clinic-1": {"name": "Evil\x1b]52;c;aGk=\x07Name\u202e"}})
    environment = {
        **os.environ,
        "_SVCMATCH_COMPLETE": "zsh_complete",
        "COMP_WORDS": f"svcmatch --directories {root} directory show AL al-",
        "COMP_CWORD": "6",
    }
    done = subprocess.run(
        [sys.executable, "-m", "svcmatch"], env=environment, capture_output=True, timeout=60, check=False
    )
    assert b"al-clinic-1" in done.stdout, done
    assert not re.search(rb"[\x1b\x07]|\xe2\x80\xae", done.stdout), done.stdout
    assert b"Evil\\e]52" in done.stdout


# --- encodings: a JSON file saved by Notepad ---------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_json_file_with_a_byte_order_mark_is_read_by_every_reader(tmp_path: Path, encoding: str) -> None:
    # Windows Notepad saves UTF-8 with a byte-order mark, or UTF-16 ('Unicode'): add --json
    # and batch read both, while match --case and package --from refused the first
    # ("Unexpected UTF-8 BOM"), and --weights, --case, --from, referral open and an HSDS JSON
    # file refused the second
    root = make_root(tmp_path / "dirs", CLINIC)
    case = tmp_path / "case.json"
    values = {"country": "AL", "to": "Lezhë", "needs": "medical"}
    case.write_text(json.dumps(values), encoding=encoding)
    weights = tmp_path / "weights.json"
    weights.write_text(json.dumps({"distance": 0.5}), encoding=encoding)
    matched = cli(root, "match", "--case", str(case), "--weights", str(weights), "--format", "json")
    assert matched.exit_code == 0 and "al-clinic-1" in matched.stdout, matched.output
    saved = tmp_path / "match.json"
    saved.write_text(matched.stdout, encoding=encoding)
    package = cli(root, "package", "--from", str(saved), "--case-ref", "R-1", "--draft", "--format", "md")
    assert package.exit_code == 0 and "Public Clinic" in package.stdout, package.output
    feed = tmp_path / "feed.json"
    exported = cli(root, "directory", "export", "AL", "--format", "hsds-json")
    feed.write_text(exported.stdout, encoding=encoding)
    imported = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert imported.exit_code == 0, imported.output


def test_history_written_by_an_older_svcmatch_never_gives_the_place_in_a_text(tmp_path: Path) -> None:
    # an entry written before the texts were searched (or by another tool) kept the note in
    # clear, and `directory history` printed it: the history withheld only the address fields
    root = make_root(tmp_path, VILLAGE_SHELTER)
    entry = {
        "action": "edit",
        "author": "older",
        "changes": [
            {
                "new": {"notes": "the house in Oroshi", "how_to_refer": "Rr. Zzsecret, 41º50' N"},
                "old": {"notes": "", "how_to_refer": ""},
                "operation": "edit",
                "provider": "al-hope-1",
                "revision": 1,
            }
        ],
        "country": "AL",
        "history_format": 1,
        "time": "2020-01-01T00:00:00.000000Z",
    }
    (root / "history" / "al" / "20200101T000000.000000Z-0000aaaa.json").write_text(json.dumps(entry))
    for fmt in ("table", "json", "csv", "markdown"):
        shown = cli(root, "directory", "history", "AL", "--format", fmt)
        assert shown.exit_code == 0 and "older" in shown.stdout, shown.output
        assert not SPELLED.search(shown.stdout), (fmt, SPELLED.findall(shown.stdout))


# --- a referral store edited by hand (or merged from another office) ---------------------------------


def _edit_event(root: Path, referral: str, name: str, **values: object) -> None:
    path = next((root / "referrals" / "al" / referral).glob(name))
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, **values}), encoding="utf-8")


@pytest.mark.parametrize(
    "values",
    [{"reason": ["no_capacity"]}, {"reason": "full up"}, {"note": {"text": "x"}}, {"note": 5}, {"by": ["x"]}],
    ids=["reason-list", "reason-unknown", "note-object", "note-number", "by-list"],
)
def test_a_damaged_referral_event_is_one_line_in_every_command(
    tmp_path: Path, values: dict[str, object]
) -> None:
    # an answer whose reason is a list or whose note is an object (a hand edit, a bad merge)
    # gave a traceback in referral show, referral stats, coverage --referrals and match
    root = make_root(tmp_path / "dirs", CLINIC)
    open_referrals(root, tmp_path / "pkg.json", "medical")
    (referral,) = ReferralStore(root / "referrals").referrals()
    answered = cli(root, "referral", "update", referral.id, "--status", "declined", "--reason", "no_capacity")
    assert answered.exit_code == 0, answered.output
    _edit_event(root, referral.id, "2*.json", **values)
    for command in (
        ["referral", "list"],
        ["referral", "show", referral.id],
        ["referral", "stats", "AL"],
        ["coverage", "AL", "--referrals"],
    ):
        result = cli(root, *command)
        assert result.exit_code == 3 and "is damaged" in result.stderr, (
            command,
            result.output,
            result.exception,
        )
    matched = cli(root, "match", "--country", "AL", "--to", "Lezhë", "--needs", "medical")
    assert matched.exit_code == 0 and "Public Clinic" in matched.stdout, (matched.output, matched.exception)


def test_referral_show_shows_the_stores_texts_without_obeying_them(tmp_path: Path) -> None:
    root = make_root(tmp_path / "dirs", CLINIC)
    open_referrals(root, tmp_path / "pkg.json", "medical")
    (referral,) = ReferralStore(root / "referrals").referrals()
    _edit_event(root, referral.id, "open.json", case_ref="R-1\x1b]52;c;aGk=\x07\u202e")
    shown = cli(root, "referral", "show", referral.id)
    assert shown.exit_code == 0, shown.output
    assert not re.search("[\x1b\x07\u202e]", shown.stdout) and "R-1\\e]52" in shown.stdout, shown.stdout


# --- an HSDS package folder is written whole, or not at all ------------------------------------------


def test_a_failed_hsds_csv_export_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `export --format hsds-csv -o pkg` wrote the tables one by one into the folder: a failure
    # half-way (a full disk, a table path that is a folder, SIGTERM) left part new tables and
    # part old, or a partial new folder, which a partner then imports
    root = make_root(tmp_path / "dirs", CLINIC, VILLAGE_SHELTER)
    taken = tmp_path / "taken"
    (taken / "services.csv").mkdir(parents=True)
    result = cli(root, "directory", "export", "AL", "--format", "hsds-csv", "-o", str(taken))
    assert result.exit_code == 2 and "services.csv" in result.stderr, result.output
    assert [path.name for path in taken.iterdir()] == ["services.csv"]
    earlier = tmp_path / "pkg"
    assert cli(root, "directory", "export", "AL", "--format", "hsds-csv", "-o", str(earlier)).exit_code == 0
    before = _files(earlier)
    written: list[str] = []

    def fail_half_way(name: str, *args: object) -> str:
        written.append(name)
        if len(written) % 10 == 0:  # the tenth table of each export
            raise OSError(28, "No space left on device")
        return original(name, *args)  # type: ignore[arg-type]

    original = hsds.csv_text
    monkeypatch.setattr(hsds, "csv_text", fail_half_way)
    edited = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 999 999")
    assert edited.exit_code == 0
    failed = cli(root, "directory", "export", "AL", "--format", "hsds-csv", "-o", str(earlier))
    assert failed.exit_code != 0 and len(written) == 10, failed.output
    assert _files(earlier) == before  # the earlier package, whole
    fresh = tmp_path / "fresh"
    assert cli(root, "directory", "export", "AL", "--format", "hsds-csv", "-o", str(fresh)).exit_code != 0
    assert not fresh.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dirs", "pkg", "taken"]  # no stage left


def test_a_package_left_by_a_killed_hsds_export_is_removed_by_the_next(tmp_path: Path) -> None:
    root = make_root(tmp_path / "dirs", CLINIC)
    stage = tmp_path / ".pkg.999999999.abc123.hsds-part"  # no process has that number
    stage.mkdir()
    (stage / "locations.csv").write_text("id,name\nx,Secret place\n", encoding="utf-8")
    assert (
        cli(root, "directory", "export", "AL", "--format", "hsds-csv", "-o", str(tmp_path / "pkg")).exit_code
        == 0
    )
    assert not stage.exists() and (tmp_path / "pkg" / "services.csv").is_file()


# --- a referral update from a file is all or nothing, also when it is stopped -----------------------


def test_an_update_from_a_file_stopped_by_sigterm_records_all_answers_or_none(tmp_path: Path) -> None:
    # `referral update --from answers.csv` ("all or nothing") wrote one event file after the
    # other: SIGTERM half-way left 20 of 72 answers recorded
    root = make_root(tmp_path / "dirs", CLINIC)
    for case in range(8):
        open_referrals(
            root, tmp_path / f"pkg{case}.json", "shelter,medical,psychosocial", case_ref=f"R-{case}"
        )
    ids = [item.id for item in ReferralStore(root / "referrals").referrals()]
    answers = tmp_path / "answers.csv"
    steps = ("accepted", "in_progress", "completed")
    answers.write_text("id,status\n" + "".join(f"{i},{step}\n" for step in steps for i in ids))
    events = root / "referrals"
    before = len(list(events.rglob("*.json")))
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root), "referral", "update", "--from"]
    process = subprocess.Popen([*command, str(answers)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while process.poll() is None and len(list(events.rglob("*.json"))) == before:
        time.sleep(0.001)  # until the first answer is written
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)
    assert len(list(events.rglob("*.json"))) in (before, before + len(steps) * len(ids))
    assert cli(root, "referral", "list").exit_code == 0  # the store reads


# --- -o files: read-only ones are kept, links are written through ------------------------------------

OUTPUTS = [
    (["match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "--format", "json"], "out.json"),
    (["coverage", "AL", "--format", "csv"], "out.csv"),
    (
        [
            "package",
            "--country",
            "AL",
            "--to",
            "Lezhë",
            "--needs",
            "medical",
            "--case-ref",
            "R-1",
            "--draft",
            "--force",
        ],
        "out.html",
    ),
    (["directory", "export", "AL"], "out.csv"),
    (["directory", "export", "AL"], "out.xlsx"),
    (["directory", "export", "AL", "--format", "hsds-json"], "out.json"),
    (["referral", "list", "--format", "csv"], "out.csv"),
]


@pytest.mark.parametrize(("command", "name"), OUTPUTS, ids=lambda v: v if isinstance(v, str) else v[0])
def test_a_read_only_output_file_is_refused_not_replaced(
    tmp_path: Path, command: list[str], name: str
) -> None:
    # the directory file is refused when read-only (as SQLite does); an -o file with no write
    # bit was replaced without a word (rename needs no write permission on the file)
    root = make_root(tmp_path / "dirs", CLINIC)
    target = tmp_path / name
    target.write_bytes(b"kept")
    target.chmod(0o444)
    result = cli(root, *command, "-o", str(target))
    assert result.exit_code == 2 and "read-only" in result.stderr and "chmod u+w" in result.stderr, (
        result.output
    )
    assert target.read_bytes() == b"kept"


@pytest.mark.parametrize(("command", "name"), OUTPUTS, ids=lambda v: v if isinstance(v, str) else v[0])
def test_an_output_through_a_symbolic_link_is_written_where_it_points(
    tmp_path: Path, command: list[str], name: str
) -> None:
    # `-o shared.csv`, a link to a copy that colleagues read, replaced the link with a file of
    # its own: the shared copy silently stayed old (the sibling of item 13)
    root = make_root(tmp_path / "dirs", CLINIC)
    shared = tmp_path / "shared" / name
    shared.parent.mkdir()
    shared.write_bytes(b"old")
    link = tmp_path / name
    link.symlink_to(shared)
    result = cli(root, *command, "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and shared.read_bytes() != b"old"


# --- what a terminal acts on, in the author of a change and in CSV output ---------------------------


@pytest.mark.parametrize("how", ["--author", "environment", "--by"])
def test_the_author_of_a_change_takes_no_control_character(tmp_path: Path, how: str) -> None:
    # `--author $'Evil\e]52;c;...\a'` (or $SVCMATCH_AUTHOR, or advise/verify --by) was written
    # into the history, and `history --format csv` printed it raw to the terminal
    root = make_root(tmp_path, CLINIC)
    before = _files(root)
    hostile = "Evil\x1b]52;c;aGk=\x07"
    edit = ["directory", "edit", "AL", "al-clinic-1", "--set", "notes=call first"]
    if how == "--author":
        result = cli(root, *edit, "--author", hostile)
    elif how == "--by":
        result = cli(root, "directory", "verify", "AL", "al-clinic-1", "--by", hostile)
    else:
        result = CliRunner().invoke(
            main, ["--directories", str(root), *edit], env={"SVCMATCH_AUTHOR": hostile}
        )
    assert result.exit_code == 2 and "U+001B" in result.stderr, result.output
    assert _files(root) == before


def test_csv_output_shows_stored_control_characters_without_obeying_them(tmp_path: Path) -> None:
    # tables, show and Markdown made a stored ESC visible (item 21), but `list`, `show`,
    # `match` and `export` as CSV printed it raw: a CSV read in a terminal obeyed OSC 52
    root = make_root(tmp_path, CLINIC)
    write_raw(root, {"al-clinic-1": {"name": "Evil\x1b]52;c;aGk=\x07Clinic\u202e", "notes": "a\nb\tc\r\nd"}})
    case = ["--country", "AL", "--to", "Lezhë", "--needs", "medical"]
    for command in (
        ["directory", "list", "AL"],
        ["directory", "show", "AL", "al-clinic-1"],
        ["match", *case],
        ["directory", "history", "AL"],
    ):
        shown = cli(root, *command, "--format", "csv")
        assert shown.exit_code == 0, (command, shown.output)
        assert not re.search("[\x1b\x07\u202e]", shown.stdout), (command, shown.stdout)
    exported = cli(root, "directory", "export", "AL", "--format", "csv")
    assert "Evil\\e]52;c;aGk=\\x07Clinic\\u202e" in exported.stdout and "a\nb\tc" in exported.stdout


@pytest.mark.parametrize(
    ("where", "value"),
    [("country", "ZZ"), ("by", "Me\x1b]52;c;aGk=\x07"), ("by", "Me\u202e")],
)
def test_referral_open_holds_a_hand_edited_package_to_the_stores_rules(
    tmp_path: Path, where: str, value: str
) -> None:
    # a package whose country of return is 'ZZ' filed its referrals under a country no command
    # can name; one whose prepared-by holds ESC put it into every event written later
    root = make_root(tmp_path / "dirs", CLINIC)
    package = tmp_path / "pkg.json"
    open_referrals(root, package, "medical")
    before = _files(root)
    document = json.loads(package.read_text(encoding="utf-8"))
    if where == "country":
        document["return"]["country"] = value
    else:
        document["prepared"]["by"] = value
    document["case_ref"] = "R-2"  # a new case: its referrals would be opened
    prepared = dt.date.fromisoformat(document["prepared"]["at"][:10])
    document["referrals"] = [
        {**item, "id": referral_id("R-2", item["need"], item["provider_id"], prepared)}
        for item in document["referrals"]
    ]
    package.write_text(json.dumps(document), encoding="utf-8")
    result = cli(root, "referral", "open", "--from", str(package))
    assert result.exit_code == 2, result.output
    assert _files(root) == before


def test_validate_text_shows_another_records_name_without_obeying_it(tmp_path: Path) -> None:
    # validate's default text quotes the other record of a likely duplicate ("may duplicate
    # al-x (Zed...)"): a name stored with OSC 52 reached the terminal raw, as tables no longer do
    root = make_root(tmp_path, CLINIC, CLINIC.with_changes(id="al-clinic-2", phone="+355 22 000 002"))
    hostile = "\x1b]52;c;aGk=\x07\u202e"
    write_raw(
        root,
        {
            "al-clinic-1": {"name": f"Public Clinic {hostile}"},
            "al-clinic-2": {"name": f"Public Clinic{hostile}"},
        },
    )
    shown = cli(root, "directory", "validate", "AL")
    assert "may duplicate" in shown.stdout, shown.output
    assert not re.search("[\x1b\x07\u202e]", shown.stdout) and "\\e]52" in shown.stdout, shown.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["directory", "stale", "AL"],
        ["directory", "stats", "AL"],
        ["match", "--country", "AL", "--to", "Lezhë", "--needs", "medical"],
        ["referral", "list"],
    ],
    ids=lambda words: " ".join(words[:2]),
)
def test_an_empty_today_is_refused_not_read_as_the_calendars_day(tmp_path: Path, command: list[str]) -> None:
    # `--today "$DAY"` with the variable unset was the calendar's day in these commands (a
    # report that cannot be reproduced, without a word), while package and validate refused it
    root = make_root(tmp_path, CLINIC)
    result = cli(root, *command, "--today", "")
    assert result.exit_code == 2 and "--today" in result.stderr, result.output


def _batch_again_with_force(
    tmp_path: Path, spoil: Callable[[Path], None]
) -> subprocess.CompletedProcess[bytes]:
    """A batch that wrote one package, the package spoiled, then the batch again with --force,
    in a process of its own: a run stopped by an error leaves gc frozen until its generator is
    collected (batch._run_here), which another test of this process would see."""
    root = make_root(tmp_path / "dirs", CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs,draft\nc1,AL,Lezhë,medical,yes\n", encoding="utf-8")
    folder = tmp_path / "out"
    assert cli(root, "batch", str(cases), "--packages", str(folder)).exit_code == 0
    (package,) = folder.iterdir()
    spoil(package)
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root), "batch", str(cases)]
    return subprocess.run([*command, "--packages", str(folder), "--force"], capture_output=True, timeout=120)


def test_batch_force_never_replaces_a_read_only_package(tmp_path: Path) -> None:
    # `batch --packages out --force` replaced a package made read-only (kept on purpose) without
    # a word, as -o did (the sibling of the read-only -o file)
    def read_only(package: Path) -> None:
        package.write_text("kept", encoding="utf-8")
        package.chmod(0o444)

    done = _batch_again_with_force(tmp_path, read_only)
    (package,) = (tmp_path / "out").iterdir()
    assert b"read-only" in done.stderr and package.read_text(encoding="utf-8") == "kept", done.stderr


# --- a JSON key given twice: which was meant is not known --------------------------------------------


def test_a_json_key_given_twice_is_refused_by_every_reader(tmp_path: Path) -> None:
    # `"avoid_region": "AL-08", "avoid_region": ""` in a batch case or a case file avoided
    # nothing (Python keeps the last), and `"confidential_address": true, ... false` in an
    # `add --json` record stored a public shelter, without a word
    root = make_root(tmp_path / "dirs", CLINIC)
    twice = '"country": "AL", "to": "Lezhë", "needs": "medical", "avoid_region": "AL-08", "avoid_region": ""'
    case = tmp_path / "case.json"
    case.write_text("{" + twice + "}", encoding="utf-8")
    refused = cli(root, "match", "--case", str(case))
    assert refused.exit_code == 2 and "'avoid_region' is given twice" in refused.stderr, refused.output
    for name, text in (
        ("cases.jsonl", '{"case_id": "c1", ' + twice + "}\n"),
        ("cases.json", "[{" + twice + "}]"),
    ):
        cases = tmp_path / name
        cases.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "svcmatch", "--directories", str(root), "batch", str(cases)]
        batch = subprocess.run([*command, "--format", "jsonl"], capture_output=True, text=True, timeout=120)
        assert batch.returncode != 0 and "given twice" in batch.stdout + batch.stderr, batch
        assert '"avoid_region": []' not in batch.stdout  # no result that avoids nothing
    conflicting = tmp_path / "conflict.json"
    both = '"avoid_region": "AL-08", "avoid-region": "AL-09"'
    conflicting.write_text('{"country": "AL", "to": "Lezhë", "needs": "medical", ' + both + "}")
    both_given = cli(root, "match", "--case", str(conflicting))
    assert both_given.exit_code == 2 and "twice" in both_given.stderr, both_given.output
    kept = (root / "al.json").read_bytes()
    record = (
        '{"name": "New", "categories": ["shelter"], "region": "AL-08", "city": "Lezhë", "address": "Rr 1",'
    )
    flags = ' "confidential_address": true, "confidential_address": false}'
    added = cli(root, "directory", "add", "AL", "--json", "-", input=record + flags)
    assert added.exit_code == 2 and "given twice" in added.stderr, added.output
    assert (root / "al.json").read_bytes() == kept


@pytest.mark.parametrize("option", ["avoid_region", "avoid_provider"])
def test_what_to_avoid_on_the_command_line_is_added_to_the_case_files(tmp_path: Path, option: str) -> None:
    # `match --case c.json --avoid-region AL-09`, where c.json avoids AL-08 (the traffickers'
    # home region), avoided AL-09 only: the option replaced the file's list without a word
    other = CLINIC.with_changes(
        id="al-clinic-2", region="AL-09", city="Mirditë", latitude=41.76, longitude=19.98
    )
    root = make_root(tmp_path, CLINIC, other)
    in_file, on_line = ("AL-08", "AL-09") if option == "avoid_region" else ("al-clinic-1", "al-clinic-2")
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"country": "AL", "to": "Lezhë", "needs": "medical", option: in_file}))
    flag = "--" + option.replace("_", "-")
    result = cli(root, "match", "--case", str(case), flag, on_line, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["case"][option] == [in_file, on_line]
    assert in_file in result.stderr  # said: both are avoided


def test_batch_force_onto_what_is_no_package_says_force_does_not_help(tmp_path: Path) -> None:
    # a --packages file that is a link to a folder (or a directory file) was refused even with
    # --force, rightly, but the message said "give --force" (found by the attacks engineer)
    def linked(package: Path) -> None:
        package.unlink()
        package.symlink_to(tmp_path / "dirs", target_is_directory=True)

    done = _batch_again_with_force(tmp_path, linked)
    (package,) = (tmp_path / "out").iterdir()
    assert done.returncode != 0 and b"no earlier package" in done.stderr, done.stderr
    assert b"give --force" not in done.stderr and package.is_symlink()
