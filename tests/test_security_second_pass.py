"""The second adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore

REPO = Path(__file__).resolve().parent.parent
FRESH = dt.date.today() - dt.timedelta(days=30)
CLINIC = Provider(
    id="al-clinic-1",
    name="Public Clinic",
    categories=("medical", "shelter"),
    city="Lezhë",
    region="AL-08",
    address="Rruga Public 1",
    latitude=41.78,
    longitude=19.64,
    coverage=Coverage("national"),
    languages=("sq",),
    phone="+355 22 000 001",
    verified_on=FRESH,
)


def cli(root: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--directories", str(root), *args], input=input)


def make_root(folder: Path, *providers: Provider) -> Path:
    store = DirectoryStore("AL", folder)
    store.create(author="test")
    with store.transaction(author="test") as transaction:
        for provider in providers:
            transaction.put(provider)
    return folder


def one_line_error(result: Result, *words: str) -> None:
    """A refusal: exit 2, one line on stderr naming the problem, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("svcmatch: error:"), result.stderr
    assert all(word in lines[0] for word in words), lines[0]


# --- dates at the ends of the calendar ------------------------------------------------------------

CASE = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter,medical", "--sex", "female")
TODAY_COMMANDS = {
    "match": ("match", *CASE),
    "package": ("package", *CASE, "--case-ref", "X-1", "--draft", "-f", "json"),
    "validate": ("directory", "validate", "AL"),
    "stale": ("directory", "stale", "AL"),
    "stats": ("directory", "stats", "AL"),
    "referral list": ("referral", "list"),
    "batch": ("batch", "-"),
}


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("command", sorted(TODAY_COMMANDS))
def test_a_today_at_the_ends_of_the_calendar_is_one_line(tmp_path: Path, command: str, day: str) -> None:
    """`--today 0001-01-01` gave an OverflowError traceback in match, package and validate (a
    year of referral answers, or a stale period, before year 1), `9999-12-31` in package (a
    deadline after year 9999)."""
    root = make_root(tmp_path, CLINIC)
    rows = "case_id,country,to,needs\nc1,AL,Lezhë,shelter\n"
    result = cli(root, *TODAY_COMMANDS[command], "--today", day, input=rows)
    one_line_error(result, "--today", day, "1900-01-01")


def test_a_package_from_a_saved_match_refuses_a_today_without_deadlines(tmp_path: Path) -> None:
    root = make_root(tmp_path, CLINIC)
    saved = tmp_path / "m.json"
    assert cli(root, "match", *CASE, "--format", "json", "-o", str(saved)).exit_code == 0
    result = cli(
        root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "--today", "9999-12-31"
    )
    one_line_error(result, "--today")
    ordinary = cli(
        root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "--today", "2026-01-05"
    )
    assert ordinary.exit_code == 0, ordinary.output


# --- safety inputs read exactly or refused ---------------------------------------------------------


@pytest.mark.parametrize("command", ["match", "package"])
@pytest.mark.parametrize(
    ("option", "value"),
    [("--avoid-region", ""), ("--avoid-region", " "), ("--avoid-region", ","), ("--avoid-provider", "")],
)
def test_an_empty_region_or_provider_to_avoid_is_refused(
    tmp_path: Path, command: str, option: str, value: str
) -> None:
    """`--avoid-region "$REGION"` with the variable unset matched as if nothing were to be
    avoided, exit 0, without a word: a safety input is read exactly or refused."""
    root = make_root(tmp_path, CLINIC)
    extra = ("--case-ref", "X-1", "--draft") if command == "package" else ()
    result = cli(root, command, *CASE, *extra, "--avoid-region", "AL-10", option, value)
    one_line_error(result, option, "empty")
    trailing = cli(root, command, *CASE, *extra, "--avoid-region", "AL-10,")  # a stray comma is no value
    assert trailing.exit_code == 0, trailing.output


@pytest.mark.parametrize("value", ["", " ", ","])
def test_an_empty_risk_flag_is_refused(tmp_path: Path, value: str) -> None:
    """`package --risk "$FLAG"` with the variable unset wrote a package with no risk flag, exit
    0: the receiving side must know a risk to life, so an empty flag is refused."""
    root = make_root(tmp_path, CLINIC)
    result = cli(
        root, "package", *CASE, "--case-ref", "X-1", "--draft", "--risk", "risk_to_life", "--risk", value
    )
    one_line_error(result, "--risk", "empty")


# --- HSDS input with nothing of HSDS in it ---------------------------------------------------------


@pytest.mark.parametrize(
    "text", ['{"foo": 1}', "{}", '[{"foo": 1}, {"bar": 2}]', '{"contents": [{"foo": 1}]}']
)
def test_an_hsds_input_without_any_hsds_field_is_one_line(tmp_path: Path, text: str) -> None:
    """`import {"foo": 1} --format hsds` said "0 added", exit 0: a wrong file looked imported."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    feed = tmp_path / "feed.json"
    feed.write_text(text, encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds")
    one_line_error(result, "no HSDS records")
    assert (root / "al.json").read_bytes() == before
    organization = tmp_path / "org.json"  # an organization without services is HSDS: a note, exit 0
    organization.write_text('{"id": "x", "name": "Org"}', encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(organization), "--format", "hsds").exit_code == 0


# --- confidential shelters: what confirms their town ----------------------------------------------

SHELTER = Provider(
    id="al-hope-1",
    name="Shelter Hope",
    categories=("shelter",),
    city="Orosh",
    region="AL-08",
    address="Rruga Zzsecret 77",
    latitude=41.83412,
    longitude=20.08456,
    coverage=Coverage("national"),
    sexes=("female",),
    confidential_address=True,
    focal_point="Focal Hope",
    phone="+355 22 000 000",
    verified_on=FRESH,
)


def test_an_imports_duplicate_check_never_confirms_a_confidential_shelters_town(tmp_path: Path) -> None:
    """A row "Shelter Hope, Orosh" was refused as "likely a duplicate of al-hope-1 (same name and
    town)", one with any other town of the region went through: a dry run per village found
    the confidential shelter's. It is compared by name and region, as validate compares it."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    said = {}
    for town in ("Orosh", "Lezhë", "Rrëshen"):
        sheet = tmp_path / f"{town}.csv"
        sheet.write_text(f"name,categories,region,city\nShelter Hope,shelter,AL-08,{town}\n", "utf-8")
        result = cli(root, "directory", "import", "AL", str(sheet), "--dry-run")
        said[town] = result.stderr.replace(str(sheet), "FILE")
        assert "same name and region" in said[town] and "town)" not in said[town], said[town]
    assert said["Orosh"] == said["Lezhë"] == said["Rrëshen"]
    public = tmp_path / "public.csv"  # a public record is still compared by its town
    public.write_text("name,categories,region,city\nPublic Clinic,medical,AL-08,Lezhë\n", encoding="utf-8")
    assert "(same name and town)" in cli(root, "directory", "import", "AL", str(public), "--dry-run").stderr


def test_a_confidential_shelters_own_extra_keys_never_leave_the_file(tmp_path: Path) -> None:
    """`add --json` with `extra` {"postal_code", "gps", ...} of a confidential shelter: show,
    history and export (CSV, JSON) printed them, while they withheld the address."""
    root = make_root(tmp_path / "d", CLINIC)
    record = {
        **SHELTER.to_record(),
        "id": "al-hid-1",
        "extra": {"postal_code": "4504", "gps": "41.8341,20.0845", "place": {"name": "Zzvillage"}},
    }
    added = tmp_path / "add.json"
    added.write_text(json.dumps(record), encoding="utf-8")
    assert cli(root, "directory", "add", "AL", "--json", str(added)).exit_code == 0
    secrets = re.compile(r"4504|41\\.834|20\\.084|Zzvillage|Zzsecret|Orosh")
    outputs = [
        cli(root, *command, "--format", fmt).output
        for fmt in ("table", "json", "csv")
        for command in (("directory", "show", "AL", "al-hid-1"), ("directory", "history", "AL"))
    ]
    outputs += [cli(root, "directory", "export", "AL", "--format", fmt).output for fmt in ("csv", "json")]
    xlsx = tmp_path / "al.xlsx"
    assert cli(root, "directory", "export", "AL", "-o", str(xlsx)).exit_code == 0
    book = pytest.importorskip("openpyxl").load_workbook(xlsx, read_only=True)
    outputs.append(json.dumps([list(row) for sheet in book for row in sheet.iter_rows(values_only=True)]))
    outputs += [path.read_text(encoding="utf-8") for path in (root / "history" / "al").glob("*.json")]
    leaks = [secrets.findall(output) for output in outputs]
    assert not any(leaks), leaks
    owner = cli(root, "directory", "show", "AL", "al-hid-1", "--include-confidential", "--format", "json")
    assert "4504" in owner.output and "Zzvillage" in owner.output
    exported = tmp_path / "al.csv"  # a re-import of the redacted export keeps what is stored
    assert cli(root, "directory", "export", "AL", "-o", str(exported)).exit_code == 0
    assert cli(root, "directory", "import", "AL", str(exported)).exit_code == 0
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-hid-1"]["extra"]
    assert stored == record["extra"]


# --- guesses never stored ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        (
            "directory",
            "add",
            "AL",
            "--name",
            "N",
            "--category",
            "legal",
            "--region",
            "AL-08",
            "--verified-on",
        ),
        ("directory", "edit", "AL", "al-clinic-1", "--set"),
        ("directory", "verify", "AL", "al-clinic-1", "--by", "x", "--on"),
        ("match", *CASE, "--today"),
    ],
    ids=["add", "edit", "verify", "match"],
)
def test_a_date_whose_day_and_month_could_swap_is_refused_at_every_door(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """`add --verified-on 03/12/2026` stored the 3rd of December (day first, a guess) while
    `import` refused the same cell as ambiguous: one rule now, at every door."""
    # verified before the days tried: verify refuses a day before the stored one (ninth pass)
    root = make_root(tmp_path, CLINIC.with_changes(verified_on=dt.date(2026, 1, 1)))
    before = (root / "al.json").read_bytes()
    value = "verified_on=03/12/2026" if command[1] == "edit" else "03/12/2026"
    result = cli(root, *command, value)
    one_line_error(result, "could be day 3 of month 12 or day 12 of month 3")
    assert (root / "al.json").read_bytes() == before
    unambiguous = (("13/03/2026", "2026-03-13"), ("03/13/2026", "2026-03-13"), ("03.12.2026", "2026-12-03"))
    for day, stored in unambiguous:  # the one order their numbers allow; dots are day first
        accepted = cli(root, *command, f"verified_on={day}" if command[1] == "edit" else day)
        assert accepted.exit_code == 0, accepted.output
        document = json.loads((root / "al.json").read_text(encoding="utf-8"))
        if command[0] == "directory":
            assert stored in {p.get("verified_on") for p in document["providers"].values()}


# --- nothing lost ----------------------------------------------------------------------------------


def test_batch_results_never_replace_a_package_written_in_the_same_run(tmp_path: Path) -> None:
    """`batch c.csv -o out/c1.html --packages out/` wrote c1's package, then replaced it with
    the results: exit 0, "1 matched", and the package was gone."""
    root = make_root(tmp_path / "d", CLINIC)
    out = tmp_path / "out"
    rows = "case_id,country,to,needs,case_ref,draft\nc1,AL,Lezhë,shelter,R-1,yes\n"
    # --format jsonl: an -o named .html without it is refused, a format batch does not write
    # (the package is named after its reference, R-1: session twenty-nine)
    args = ("batch", "-", "-o", str(out / "R-1.html"), "--format", "jsonl", "--packages", str(out))
    result = cli(root, *args, input=rows)
    assert result.exit_code == 0, result.output
    record = json.loads((out / "R-1.html").read_text(encoding="utf-8"))
    assert record["package"] == "R-1-2.html"
    assert (out / "R-1-2.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_forced_package_never_replaces_the_cases_file(tmp_path: Path) -> None:
    """`batch c1.json --packages . --package-format json --force` replaced the cases file c1.json
    with c1's package: --force replaces earlier packages, never an input of the command."""
    root = make_root(tmp_path / "d", CLINIC)
    cases = tmp_path / "R-1.json"  # the package is named after its reference (session 29)
    cases.write_text(
        '{"case_id": "c1", "country": "AL", "to": "Lezhë", "needs": "shelter", '
        '"case_ref": "R-1", "draft": true}\n',
        encoding="utf-8",
    )
    before = cases.read_bytes()
    args = ("batch", str(cases), "--packages", str(tmp_path), "--package-format", "json", "--force")
    result = cli(root, *args)
    assert result.exit_code == 0, result.output
    assert cases.read_bytes() == before
    assert json.loads(result.stdout)["package"] == "R-1-2.json"


def test_a_confidential_shelters_point_in_its_texts_or_website_never_leaves_the_file(tmp_path: Path) -> None:
    """A map link in the website (`?mlat=41.83412&mlon=20.08456`) or GPS in how_to_refer of a
    confidential shelter was accepted and shown by match, package, show and export: the free
    texts were searched for its address and town only."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    for setting in (
        "website=https://www.openstreetmap.org/?mlat=41.83412&mlon=20.08456",
        "how_to_refer=meet at 41°50'03\"N 20°05'04\"E",
        "notes=GPS 41,834 / 20,0846",
    ):
        refused = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", setting)
        one_line_error(refused, "exact point")
    path = root / "al.json"  # stored by another tool: withheld in every output
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"]["al-hope-1"].update(
        website="https://maps.example.org/?q=41.834,20.0846", how_to_refer="GPS 41.83412 20.08456, ring twice"
    )
    path.write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
    point = re.compile(r"41[.,]83|20[.,]08")
    outputs = [
        cli(root, "match", *CASE, "--format", fmt).output for fmt in ("table", "json", "csv", "markdown")
    ]
    outputs.append(cli(root, "package", *CASE, "--case-ref", "X-1", "--draft", "-f", "md").output)
    outputs += [
        cli(root, "directory", "show", "AL", "al-hope-1", "-f", fmt).output for fmt in ("table", "json")
    ]
    outputs += [
        cli(root, "directory", "export", "AL", "--format", fmt).output for fmt in ("csv", "json", "hsds-json")
    ]
    assert not [point.findall(output) for output in outputs if point.search(output)]
    assert "ring twice" in outputs[1]
    exported = tmp_path / "al.csv"  # a re-import of the redacted export keeps what is stored
    assert cli(root, "directory", "export", "AL", "-o", str(exported)).exit_code == 0
    assert cli(root, "directory", "import", "AL", str(exported)).exit_code == 0
    stored = json.loads(path.read_text(encoding="utf-8"))["providers"]["al-hope-1"]
    assert stored["website"] == "https://maps.example.org/?q=41.834,20.0846"
    assert stored["how_to_refer"] == "GPS 41.83412 20.08456, ring twice"


# --- streams -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [("needs",), ("directory", "export", "UA", "--format", "json")])
def test_a_reader_that_went_away_gives_exit_141_without_a_word(args: tuple[str, ...]) -> None:
    """docs/cli.md promises exit 141 (as a writer killed by SIGPIPE) when the reader of standard
    output goes away (`svcmatch ... | head` under `set -o pipefail`); click's main took the
    BrokenPipeError first and exited 1 without a word."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "svcmatch", *args], stdout=write, stderr=subprocess.PIPE, cwd=REPO
    )
    os.close(write)
    os.close(read)  # gone before svcmatch writes a byte (it takes longer to start)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 141, stderr
    assert b"Traceback" not in stderr and b"error" not in stderr


def test_an_hsds_term_of_another_taxonomy_read_as_a_need_is_said(tmp_path: Path) -> None:
    """A service whose taxonomy term 'Emergency Shelter' (of another taxonomy) the default map
    reads as shelter was imported as a shelter without a word: every reading other than an
    exact one is said, as the spreadsheet import says 'doctor' as medical."""
    root = make_root(tmp_path / "d", CLINIC)
    service = {
        "id": "11111111-1111-4111-8111-111111111111",
        "name": "Emergency Beds",
        "status": "active",
        "organization": {"id": "22222222-2222-4222-8222-222222222222", "name": "Org"},
        "attributes": [
            {
                "id": "33333333-3333-4333-8333-333333333333",
                "link_id": "11111111-1111-4111-8111-111111111111",
                "link_type": "service",
                "taxonomy_term": {
                    "id": "44444444-4444-4444-8444-444444444444",
                    "code": "x",
                    "name": "Emergency Shelter",
                },
            }
        ],
    }
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([service]), encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "read taxonomy term 'Emergency Shelter' (code 'x') as shelter (1 record(s))" in result.stderr


def test_replacing_an_advisory_says_what_it_said(tmp_path: Path) -> None:
    """`directory advise AL AL-08 --text ...` over another office's advisory replaced it without
    a word; the old words are said on standard error (and kept in the history)."""
    root = make_root(tmp_path, CLINIC)
    assert cli(root, "directory", "advise", "AL", "AL-08", "--text", "Flooding: call first").exit_code == 0
    again = cli(root, "directory", "advise", "AL", "AL-08", "--text", "Flooding: call first")
    assert again.exit_code == 0 and "replaced" not in again.stderr  # the same words: nothing lost
    replaced = cli(root, "directory", "advise", "AL", "Lezhë", "--text", "Roads closed")
    assert replaced.exit_code == 0 and "AL-08 Lezhë: advisory set" in replaced.stdout
    assert "replaced the advisory for AL-08 Lezhë, which said: Flooding: call first" in replaced.stderr
