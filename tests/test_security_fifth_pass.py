"""The fifth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import re
import stat
import subprocess
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_security_second_pass import CASE, CLINIC, SHELTER, cli, make_root, one_line_error

from svcmatch import checks, fileio, hsds
from svcmatch.cli import main
from svcmatch.hsds import importer
from svcmatch.hsds.vocab import our_term

# --- help and version to a full disk; a group without its command ----------------------------------


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["directory", "--help"], ["match", "-h"]])
def test_help_and_version_to_a_full_disk_are_one_line(args: list[str]) -> None:
    """`svcmatch --help > /dev/full` gave click's traceback (OSError: No space left on device)
    with exit 1: --help and --version write outside any command, where the commands' own
    handling of a full disk does not reach."""
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "svcmatch", *args], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "svcmatch: error: cannot write standard output: No space left on device (check the disk or the pipe)"
    ]


@pytest.mark.parametrize("group", [[], ["directory"], ["referral"], ["gazetteer"]])
def test_a_group_without_its_command_is_one_line(group: list[str]) -> None:
    """`svcmatch referral` alone gave the whole help text squashed into one 'error' line and
    clipped at 400 characters (click 8.2's NoArgsIsHelpError read as a usage error)."""
    result = CliRunner().invoke(main, group)
    path = " ".join(["svcmatch", *group])
    one_line_error(result, f"{path}: give a command", f"`{path} --help` lists the commands")
    assert "Usage" not in result.stderr and "usage:" not in result.stderr


# --- a saved match edited by hand ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("destination",), "Lezhë"),
        (("destination",), [1]),
        (("unmet",), 1),
        (("case", "language"), 1),
    ],
)
def test_a_match_document_with_a_value_of_the_wrong_kind_is_one_line(
    tmp_path: Path, where: tuple[str, ...], value: object
) -> None:
    """`package --from m.json` where a hand edit made `destination` a text, `unmet` a number or
    the case's `language` a number gave a traceback (AttributeError, TypeError)."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "m.json"
    assert cli(root, "match", *CASE, "--format", "json", "-o", str(saved)).exit_code == 0
    document = json.loads(saved.read_text(encoding="utf-8"))
    inner = document
    for key in where[:-1]:
        inner = inner[key]
    inner[where[-1]] = value
    saved.write_text(json.dumps(document), encoding="utf-8")
    for fmt in ("html", "json"):
        result = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", fmt)
        one_line_error(result, str(saved), "not a match document", "save the match again")


# --- an advisory that gives a confidential shelter's address or point ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shelter Hope moved to Rruga Zzsecret 77",
        "RRUGA  zzsecret 77 is closed this week",
        "meet the escort at 41.8341, 20.0845",
        "map: https://www.openstreetmap.org/?mlat=41.83412&mlon=20.08456",
    ],
)
def test_an_advisory_never_gives_a_confidential_shelters_address_or_point(tmp_path: Path, text: str) -> None:
    """`directory advise AL AL-08 --text "Shelter Hope moved to Rruga Zzsecret 77"` was stored,
    and every `match`, `batch` and `package` for a return to the region printed it, with
    `directory stats`: a provider's own notes refuse the address and point, an advisory did not."""
    root = make_root(tmp_path, SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "advise", "AL", "AL-08", "--text", text)
    one_line_error(result, "advisory", "confidential shelter al-hope-1")
    assert (root / "al.json").read_bytes() == kept
    shown = cli(root, "match", *CASE).output
    assert "Zzsecret" not in shown and "41.83" not in shown
    town = cli(root, "directory", "advise", "AL", "AL-08", "--text", "Orosh: the road is closed")
    assert town.exit_code == 0, town.output  # a town is a fair word in its region's advisory


# --- a place written with %-escapes (a map link) ----------------------------------------------------


@pytest.mark.parametrize(
    "setting",
    [
        "website=https://maps.example.org/?q=41%2E83412%2C20%2E08456",
        "website=https://maps.example.org/?q=41%252E83412",
        "notes=see https://www.openstreetmap.org/search?query=Rruga%20Zzsecret%2077",
        "how_to_refer=https://www.openstreetmap.org/search?query=Or%6Fsh",
    ],
)
def test_a_place_written_with_percent_escapes_is_found(tmp_path: Path, setting: str) -> None:
    """A confidential shelter's point or address in a map link with %-escapes
    (`?q=41%2E83412%2C20%2E08456`, `Rruga%20Zzsecret%2077`) was accepted by `edit` and shown by
    every output, while the same link written plainly is refused and withheld."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    one_line_error(cli(root, "directory", "edit", "AL", "al-hope-1", "--set", setting), "exact point")
    name, _, value = setting.partition("=")
    path = root / "al.json"  # stored by another tool: withheld in every output
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"]["al-hope-1"][name] = value
    path.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
    outputs = [cli(root, "match", *CASE, "--format", fmt).output for fmt in ("table", "json", "csv")]
    outputs.append(cli(root, "package", *CASE, "--case-ref", "X-1", "--draft", "-f", "md").output)
    outputs += [cli(root, "directory", "show", "AL", "al-hope-1", "-f", f).output for f in ("table", "json")]
    outputs += [cli(root, "directory", "export", "AL", "--format", f).output for f in ("csv", "json")]
    assert not [o for o in outputs if re.search(r"41%(25)?2E83|Zzsecret|Or%6Fsh", o)]
    public = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "website=https://example.org/100%")
    assert public.exit_code == 0, public.output  # a % alone is no place


# --- an HSDS feed read across midnight ---------------------------------------------------------------

FIRST_DAY = dt.date(2026, 3, 1)
NEXT_DAY = FIRST_DAY + dt.timedelta(days=1)


def test_an_hsds_feed_judges_every_record_by_one_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An HSDS import asked the calendar for today once per record (checks.refusals without a
    day), so a feed read across midnight refused a record verified on the new day as "in the
    future" at its start and took the same date later (found by the store engineer). The feed
    is now checked against one day, read once."""
    readings: list[dt.date] = []

    class MovingDate(dt.date):
        @classmethod
        def today(cls) -> MovingDate:
            day = FIRST_DAY if not readings else NEXT_DAY
            readings.append(day)
            return cls(day.year, day.month, day.day)

    moving = types.SimpleNamespace(date=MovingDate, timedelta=dt.timedelta, datetime=dt.datetime)
    for module in (checks, importer):
        monkeypatch.setattr(module, "dt", moving)
    feed = [
        {
            "name": f"Qendra {n}",
            "status": "active",
            "assured_date": NEXT_DAY.isoformat(),
            "attributes": [{"taxonomy_term": our_term("legal"), "value": "true"}],
            "service_at_locations": [
                {"location": {"addresses": [{"city": "Tiranë", "state_province": "AL-11", "country": "AL"}]}}
            ],
        }
        for n in range(1, 4)
    ]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    result = hsds.read_hsds(path, "AL", taxonomy_map=None, strict=False)
    future = [p for p in result.problems if "future" in p.message]
    assert len(future) == 3 and result.providers == [], (result.problems, result.providers)
    given = hsds.read_hsds(path, "AL", taxonomy_map=None, strict=False, today=NEXT_DAY)
    assert len(given.providers) == 3, given.problems


# --- a full disk: the referral store and the -o file are named, and nothing is half-kept ------------


def _package_json(root: Path, tmp_path: Path) -> Path:
    saved = tmp_path / "pkg.json"
    made = cli(root, "package", *CASE, "--case-ref", "X-1", "--consent-date", "2026-12-01", "-f", "json",
               "-o", str(saved))  # fmt: skip
    assert made.exit_code == 0, made.output
    return saved


def test_a_referral_store_on_a_full_disk_keeps_nothing_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`referral open` on a full disk said "cannot write the output: No space left on device
    (check the disk, or write with -o FILE elsewhere)", blaming an output it has not, and left
    the first referral's folder empty; `referral show` of that referral then gave a traceback
    (IndexError), and so did `referral update`. (Seen on a full 80 KiB tmpfs.)"""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    package = _package_json(root, tmp_path)
    written: list[Path] = []
    real = fileio.write_text_atomic

    def second_fails(path: Path, text: str, mode: int | None = None) -> None:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, text, mode)
        written.append(path)

    monkeypatch.setattr(fileio, "write_text_atomic", second_fails)
    result = cli(root, "referral", "open", "--from", str(package))
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines() == [
        f"svcmatch: error: cannot write the referral store {root / 'referrals'}: No space left on device; "
        "nothing was recorded (free some disk space (or check the folder's permissions) and run it again)"
    ]
    monkeypatch.undo()
    assert written and not written[0].exists()
    assert list((root / "referrals").rglob("ref-*")) == []  # no referral without its events
    assert cli(root, "referral", "open", "--from", str(package)).exit_code == 0  # once there is room


def test_a_referral_folder_without_events_is_no_referral(tmp_path: Path) -> None:
    """A referral's folder without its events (left by a writer killed between the folder and
    its first event, or by an older svcmatch on a full disk) gave a traceback in `referral
    show` and `referral update`."""
    root = make_root(tmp_path / "d", CLINIC)
    (root / "referrals" / "al" / "ref-000000000001").mkdir(parents=True)
    for args in (("show", "ref-000000000001"), ("update", "ref-000000000001", "--status", "accepted")):
        one_line_error(cli(root, "referral", *args), "no referral ref-000000000001")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ("package", *CASE, "--case-ref", "X-1", "--draft", "--force", "-f", "html"),
        ("coverage", "AL", "-f", "html"),
        ("directory", "export", "AL", "-f", "xlsx"),
    ],
)
def test_a_full_disk_names_the_output_file(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`package -o p.html`, `coverage -o c.html` and `export -o al.xlsx` on a full disk said
    "cannot write the output" without the file (issue 14 item 23's kind), where `match -o` named
    it: a write that fails inside the file, not at its end, was taken for the command's own error."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, *args, "-o", "/dev/full")
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert "'/dev/full': No space left on device" in line, line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_batch_to_a_full_disk_names_the_output_file(tmp_path: Path) -> None:
    """`batch cases.csv -o /dev/full` said "cannot write the output" without the file (the
    attacks engineer's note for batch_cmd: a special file is written into, not replaced)."""
    root = make_root(tmp_path / "d", CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nc1,AL,Shkoder,medical\n", encoding="utf-8")
    result = cli(root, "batch", str(cases), "-o", "/dev/full")
    assert result.exit_code == 2, result.output
    (line,) = [text for text in result.stderr.splitlines() if "error" in text]
    assert "cannot write '/dev/full': No space left on device" in line, line


# --- a long folder name ------------------------------------------------------------------------------


def test_an_hsds_package_goes_into_a_folder_with_a_long_name(tmp_path: Path) -> None:
    """`directory export AL -f hsds-csv -o <a 250-byte folder name>` (a name the system allows)
    failed with "cannot create ...: File name too long", exit 3: the private folder it writes
    first is named after it with 20 more bytes. Every file svcmatch writes beside an -o path
    keeps at most 200 bytes of its name (fileio.temp_path does it for files)."""
    root = make_root(tmp_path / "d", CLINIC)
    folder = tmp_path / ("h" * 250)
    for _ in range(2):  # a new folder, then over it
        result = cli(root, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(folder))
        assert result.exit_code == 0, result.output
    assert (folder / "services.csv").is_file() and (folder / "datapackage.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d", folder.name]  # no stage left beside it


# --- a saved match older than the shelter's confidentiality ------------------------------------------


def test_a_package_from_a_match_saved_before_the_shelter_turned_confidential_withholds_its_place(
    tmp_path: Path,
) -> None:
    """`match -o m.json` while the shelter was public, then `edit --set confidential_address=true`,
    then `package --from m.json` printed its street address and town in the package: the
    package trusted the saved match's flag (the match document of an older svcmatch, which
    showed the town, did the same). The directory as it is now decides."""
    public = dataclasses.replace(SHELTER, confidential_address=False)
    root = make_root(tmp_path / "d", public, CLINIC)
    saved = tmp_path / "m.json"
    assert cli(root, "match", *CASE, "--format", "json", "-o", str(saved)).exit_code == 0
    assert "Zzsecret" in saved.read_text(encoding="utf-8")
    turned = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "confidential_address=true")
    assert turned.exit_code == 0, turned.output
    for fmt in ("md", "html", "json"):
        result = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", fmt)
        assert result.exit_code == 0, result.output
        assert "Zzsecret" not in result.output and "Orosh" not in result.output, fmt


def test_an_hsds_import_judges_its_feed_by_the_settings_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """`directory import --format hsds` read the feed as of the calendar's day while the table
    reader used the settings' day (the attacks engineer's note for directory_io)."""
    import datetime as dt

    from svcmatch.cli import directory_io

    seen: dict[str, object] = {}

    def fake_read_hsds(path: Path, country: str, **options: object) -> object:
        seen.update(options)
        return object()

    monkeypatch.setattr(directory_io, "read_hsds", fake_read_hsds)
    day = dt.date(2026, 3, 1)
    directory_io._read_hsds("feed.json", "AL", None, False, None, day)
    assert seen["today"] == day


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_directory_file_that_is_no_file_says_what_it_is(tmp_path: Path) -> None:
    """A directory file that is a named pipe, a folder or a dangling link was reported as "does
    not exist; <folder> holds: AL", and `init` then said it already exists (the attacks
    engineer's note for storage). Each is now named for what it is; nothing is read or replaced."""
    root = tmp_path / "d"
    root.mkdir()
    os.mkfifo(root / "al.json")
    (root / "ma.json").mkdir()
    (root / "ua.json").symlink_to(tmp_path / "unmounted" / "ua.json")
    expected = {
        "AL": "al.json is a named pipe, not a directory file",
        "MA": "ma.json is a folder, not a directory file",
        "UA": "ua.json is a link to",
    }
    for country, words in expected.items():
        result = CliRunner().invoke(main, ["--directories", str(root), "directory", "list", country])
        assert result.exit_code != 0
        (line,) = [text for text in result.stderr.splitlines() if "error" in text]
        assert words in line and "does not exist;" not in line, line
    assert stat.S_ISFIFO((root / "al.json").stat().st_mode)  # never replaced
