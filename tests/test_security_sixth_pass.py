"""The sixth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_security_second_pass import CLINIC, SHELTER, cli, make_root, one_line_error

from svcmatch import fileio
from svcmatch.cli import main

# --- the author of a change names a confidential shelter's town ---------------------------------------


@pytest.mark.parametrize(
    ("how", "author"),
    [("--author", "Orosh office"), ("env", "Oroshi staff"), ("--author", "Rruga Zzsecret 77 team")],
)
def test_an_author_that_gives_a_confidential_shelters_place_is_refused(
    tmp_path: Path, how: str, author: str
) -> None:
    """`directory edit AL al-hope-1 --set notes=x --author "Orosh office"` was written into the
    history, and `directory history` printed "Orosh office" beside every field of the shelter it
    changed: its notes refuse the town, a referral's --by refuses it, the author did not."""
    root = make_root(tmp_path, SHELTER)
    kept = (root / "al.json").read_bytes()
    entries = sorted((root / "history" / "al").glob("*.json"))
    args = ["directory", "edit", "AL", "al-hope-1", "--set", "notes=call first"]
    if how == "--author":
        result = cli(root, *args, "--author", author)
    else:
        result = CliRunner(env={"SVCMATCH_AUTHOR": author}).invoke(main, ["--directories", str(root), *args])
    one_line_error(result, "author", "confidential shelter al-hope-1", "--author")
    assert (root / "al.json").read_bytes() == kept
    assert sorted((root / "history" / "al").glob("*.json")) == entries
    assert cli(root, *args, "--author", "Tirana office").exit_code == 0  # another town is a fair name


def test_the_history_withholds_an_author_that_named_a_shelters_town_before_it_turned_confidential(
    tmp_path: Path,
) -> None:
    """A shelter edited by "Orosh office" while it was public, then marked confidential: the
    scrub withheld its earlier address, town and point but left the author, and `history`
    (every format) and the history files kept "Orosh office" beside the shelter's changes."""
    root = make_root(tmp_path, dataclasses.replace(SHELTER, confidential_address=False))
    assert (
        cli(
            root, "directory", "edit", "AL", "al-hope-1", "--set", "notes=x", "--author", "Orosh office"
        ).exit_code
        == 0
    )
    turned = cli(
        root, "directory", "edit", "AL", "al-hope-1", "--set", "confidential_address=true", "--author", "b"
    )
    assert turned.exit_code == 0, turned.output
    for fmt in ("table", "json", "csv", "markdown"):
        shown = cli(root, "directory", "history", "AL", "-f", fmt).output
        assert "al-hope-1" in shown and "Orosh" not in shown, shown
    files = "".join(path.read_text(encoding="utf-8") for path in (root / "history" / "al").glob("*.json"))
    assert "Orosh" not in files
    authors = {
        json.loads(path.read_text(encoding="utf-8"))["author"]
        for path in (root / "history" / "al").glob("*.json")
    }
    assert "(withheld) office" in authors


# --- an id given by hand spells a confidential shelter's town -------------------------------------------

NEW_SHELTER = {
    "name": "House",
    "categories": "shelter",
    "city": "Orosh",
    "region": "AL-08",
    "address": "Rruga Tjeter 5",
    "confidential_address": "true",
    "phone": "+355 22 000 002",
    "focal_point": "Focal House",
}


@pytest.mark.parametrize("given", ["al-orosh-house", "al-oroshi_2", "al-tjeter5", "AL-OROSH"])
@pytest.mark.parametrize("door", ["add", "add --json", "import"])
def test_a_new_confidential_shelters_own_id_never_spells_its_place(
    tmp_path: Path, door: str, given: str
) -> None:
    """`directory add AL --id al-orosh-house --city Orosh --confidential-address ...` stored the
    id, and every `list`, `match`, package and referral named it, with the town withheld beside
    it: ids made by svcmatch leave the town out, ids given by hand were taken as given."""
    root = make_root(tmp_path / "d", SHELTER)
    kept = (root / "al.json").read_bytes()
    record = {"id": given, **NEW_SHELTER}
    if door == "add":
        options = [
            f"--{name.replace('_', '-')}={value}"
            for name, value in record.items()
            if name != "confidential_address"
        ]
        result = cli(root, "directory", "add", "AL", *options, "--confidential-address")
    elif door == "add --json":
        document = {**record, "categories": ["shelter"], "confidential_address": True}
        result = cli(root, "directory", "add", "AL", "--json", "-", input=json.dumps(document))
    else:
        sheet = tmp_path / "new.csv"
        sheet.write_text(",".join(record) + "\n" + ",".join(record.values()) + "\n", encoding="utf-8")
        result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code in (1, 2), (result.exit_code, result.output)
    assert "spells the address or town" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == kept
    fresh = cli(
        root,
        "directory",
        "add",
        "AL",
        *[f"--{k.replace('_', '-')}={v}" for k, v in NEW_SHELTER.items() if k != "confidential_address"],
        "--confidential-address",
    )
    assert fresh.exit_code == 0, fresh.output  # a fresh id leaves the town out
    assert "orosh" not in fresh.output.lower()


def test_a_shelter_whose_id_names_its_town_can_still_turn_confidential_and_be_edited(tmp_path: Path) -> None:
    """The rule is for new records: one stored public under `al-orosh-1` may still be made
    confidential (the protection is never refused), and edited afterwards."""
    root = make_root(tmp_path, dataclasses.replace(SHELTER, id="al-orosh-1", confidential_address=False))
    for setting in ("confidential_address=true", "notes=call first"):
        result = cli(root, "directory", "edit", "AL", "al-orosh-1", "--set", setting)
        assert result.exit_code == 0, result.output


# --- -o /dev/stdout: into what the shell opened, never replacing it ---------------------------------------

STDOUT_COMMANDS = {
    "match": [
        "match",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--sex",
        "female",
        "-f",
        "json",
    ],
    "coverage": ["coverage", "AL", "-f", "csv"],
    "package": [
        "package",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--case-ref",
        "X-1",
        "--draft",
        "-f",
        "md",
    ],
    "batch": ["batch", "CASES", "-f", "jsonl"],
    "export csv": ["directory", "export", "AL", "-f", "csv"],
    "export xlsx": ["directory", "export", "AL", "-f", "xlsx"],
    "stale": ["directory", "stale", "AL", "--older-than", "1d", "-f", "csv"],
    "referral list": ["referral", "list", "-f", "csv"],
}


@pytest.mark.parametrize(
    ("name", "target"),
    [
        *((name, "/dev/stdout") for name in sorted(STDOUT_COMMANDS)),
        ("match", "/dev/fd/1"),
        ("match", "/proc/self/fd/1"),
    ],
)
def test_an_output_to_dev_stdout_appends_to_the_shells_file_and_passes_through_a_pipe(
    tmp_path: Path, name: str, target: str
) -> None:
    """`svcmatch match ... -o /dev/stdout >> results.log` replaced results.log with this
    match (the log's earlier lines gone, exit 0): -o followed the link to the file the shell
    had opened and replaced it atomically. Into a pipe (`-o /dev/stdout | jq`) it failed with
    "cannot write '/proc/<pid>/fd/pipe:[...]': No such file or directory", and `package -o
    /dev/stdout` said "the file exists already". Both now write into what the shell opened."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nc1,AL,Lezhë,shelter\n", encoding="utf-8")
    args = [str(cases) if arg == "CASES" else arg for arg in STDOUT_COMMANDS[name]]
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root), *args, "-o", target]
    log = tmp_path / "results.log"
    log.write_bytes(b"EARLIER LINE\n")
    with log.open("ab") as appended:
        done = subprocess.run(command, stdout=appended, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    written = log.read_bytes()
    assert written.startswith(b"EARLIER LINE\n"), written[:200]
    ours = written[len(b"EARLIER LINE\n") :]
    assert ours.startswith(b"PK") if name == "export xlsx" else ours.strip(), ours[:200]
    piped = subprocess.run(command, capture_output=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout[:2] == ours[:2] and len(piped.stdout) > 10, (piped.stdout[:200], ours[:200])


# --- an option given twice -------------------------------------------------------------------------------

TWICE = {
    "svcmatch --directories": ["--directories", "OTHER", "directory", "list", "AL"],
    "match --sex": [
        "match",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--sex",
        "female",
        "--sex",
        "male",
    ],
    "match --country": ["match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--country=UA"],
    "package --case-ref": [
        "package",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--case-ref",
        "A-1",
        "--draft",
        "--case-ref",
        "B-2",
    ],
    "list -f": ["directory", "list", "AL", "-f", "json", "--format", "csv"],
    "referral list --country": ["referral", "list", "--country", "AL", "--country", "UA"],
    "batch -o": ["batch", "CASES", "-o", "OUT1", "-o", "OUT2"],
    "add --outreach": [
        "directory",
        "add",
        "AL",
        "--name",
        "X",
        "--category",
        "medical",
        "--region",
        "AL-08",
        "--outreach",
        "--no-outreach",
    ],
}


@pytest.mark.parametrize("name", sorted(TWICE))
def test_an_option_given_twice_with_two_values_is_refused(tmp_path: Path, name: str) -> None:
    """`match ... --sex female ... --sex male` matched a man, `package --case-ref A-1 ...
    --case-ref B-2` wrote B-2's package, `batch c.csv -o a.csv -o b.csv` wrote b.csv only: click
    keeps the last value of an option given twice without a word, and which was meant is a guess."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nc1,AL,Lezhë,shelter\n", encoding="utf-8")
    names = {
        "CASES": str(cases),
        "OUT1": str(tmp_path / "a.jsonl"),
        "OUT2": str(tmp_path / "b.jsonl"),
        "OTHER": str(tmp_path),
    }
    result = cli(root, *[names.get(arg, arg) for arg in TWICE[name]])
    one_line_error(result, "is given twice", "give it once")
    assert (root / "al.json").read_bytes() == kept
    assert not (tmp_path / "a.jsonl").exists() and not (tmp_path / "b.jsonl").exists()


def test_an_option_given_twice_with_one_value_and_repeatable_options_still_work(tmp_path: Path) -> None:
    root = make_root(tmp_path, SHELTER, CLINIC)
    same = cli(
        root,
        "match",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--sex",
        "female",
        "--sex=female",
    )
    assert same.exit_code == 0, same.output
    many = cli(
        root,
        "match",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--language",
        "sq",
        "--language",
        "en",
        "--avoid-region",
        "AL-09",
        "--avoid-region",
        "AL-10",
    )
    assert many.exit_code == 0, many.output
    value = cli(
        root,
        "match",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--case",
        "-",
        "--top",
        "2",
        input='{"top": 3}',
    )
    assert value.exit_code == 0, value.output  # an option over the case file's key is no repeat


def test_edit_set_of_one_field_twice_is_refused(tmp_path: Path) -> None:
    """`directory edit AL al-clinic-1 --set phone=+355220000011 --set phone=+355220000012` stored
    the second without a word."""
    root = make_root(tmp_path, CLINIC)
    kept = (root / "al.json").read_bytes()
    result = cli(
        root,
        "directory",
        "edit",
        "AL",
        "al-clinic-1",
        "--set",
        "phone=+355220000011",
        "--set",
        "phone=+355220000012",
    )
    one_line_error(result, "--set gives phone twice", "once")
    assert (root / "al.json").read_bytes() == kept
    same = cli(
        root,
        "directory",
        "edit",
        "AL",
        "al-clinic-1",
        "--set",
        "phone=+355220000011",
        "--set",
        "phone=+355220000011",
    )
    assert same.exit_code == 0, same.output


# --- temporary files of -o: a killed writer's are removed, a live writer's are kept ---------------------


@pytest.mark.parametrize(
    ("fmt", "name"), [("xlsx", "al.xlsx"), ("hsds-json", "al-hsds.json"), ("csv", "al.csv")]
)
def test_a_temporary_file_that_a_killed_export_left_is_removed_by_the_next(
    tmp_path: Path, fmt: str, name: str
) -> None:
    """`directory export --include-confidential -o al.xlsx` (or hsds-json) killed with SIGKILL
    left `.al.xlsx.<8 hex>.tmp`, the shelters' addresses in it, and no later export removed it:
    those two wrote without the clean-up that every other -o does (item 22's kind)."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    out = tmp_path / "out"
    out.mkdir()
    left = out / f".{name}.0badc0de.tmp"
    left.write_text("Rruga Zzsecret 77", encoding="utf-8")
    result = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out / name))
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in out.iterdir()) == [name]


def test_a_writer_of_the_same_output_at_the_same_time_keeps_its_temporary_file(tmp_path: Path) -> None:
    """Two `batch cases.csv -o out.jsonl` at once: the second removed the first's temporary
    file as a leftover, and the first failed at its very end ("cannot write 'out.jsonl': No
    such file or directory", exit 2) after all its work. A temporary file that a live writer
    holds is now left alone; one whose writer is gone is removed."""
    root = make_root(tmp_path / "d", CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nc1,AL,Lezhë,shelter\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "svcmatch",
        "--directories",
        str(root),
        "batch",
        str(cases),
        "-o",
        str(out),
    ]
    with fileio.atomic_text_file(out) as mine:
        mine.write("the first writer's results\n")
        other = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        assert len(fileio.temp_files(out)) == 1  # ours, still there
    assert out.read_text(encoding="utf-8") == "the first writer's results\n"  # the last to finish wins
    assert fileio.temp_files(out) == []


# --- UTF-32 with its byte-order mark ---------------------------------------------------------------------


def test_utf32_with_its_byte_order_mark_is_read_by_the_table_and_json_readers(tmp_path: Path) -> None:
    """A UTF-32 file starts with FF FE 00 00, which begins as UTF-16's mark: it was read as
    UTF-16, every other character a NUL ("unknown column '\\x00i\\x00d...'"), and a case file
    in UTF-32 was "not UTF-8 text"."""
    root = make_root(tmp_path / "d", CLINIC)
    sheet = tmp_path / "u32.csv"
    sheet.write_bytes("id\tphone\r\nal-clinic-1\t+355 22 000 077\r\n".encode("utf-32"))
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    assert (
        json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-clinic-1"]["phone"]
        == "+355 22 000 077"
    )
    cases = tmp_path / "cases.csv"
    cases.write_bytes("case_id,country,to,needs\nc1,AL,Lezhë,shelter\n".encode("utf-32-be"))
    cases.write_bytes(b"\x00\x00\xfe\xff" + cases.read_bytes())  # the big-endian mark
    batch = cli(root, "batch", str(cases))
    assert batch.exit_code == 0 and '"case_id":"c1"' in batch.stdout, batch.output
    case = tmp_path / "case.json"
    case.write_bytes(json.dumps({"country": "AL", "to": "Lezhë", "needs": "shelter"}).encode("utf-32"))
    matched = cli(root, "match", "--case", str(case))
    assert matched.exit_code == 0 and "al-clinic-1" in matched.stdout, matched.output


# --- a history file edited by hand -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_a_history_file_with_a_lone_surrogate_is_named_as_damaged(tmp_path: Path, fmt: str) -> None:
    """A history file whose author was `"El\\ud800ira"` (a hand edit) was read, and `directory
    history` then said "standard output (utf-8) cannot hold '\\ud800' ... set
    PYTHONIOENCODING=utf-8": a wrong fix for a damaged file, which the directory file's reader
    names (item 20's lone surrogates, in every JSON reader)."""
    root = make_root(tmp_path, CLINIC)
    damaged = root / "history" / "al" / "20261204T000000.000000Z-0badc0de.json"
    damaged.write_text(
        '{"action": "edit", "author": "El\\ud800ira", "changes": [{"new": {"notes": "a"}, "old": {}, '
        '"operation": "edit", "provider": "al-clinic-1"}], "country": "AL", "history_format": 1, '
        '"time": "2026-12-04T00:00:00Z"}',
        encoding="utf-8",
    )
    result = cli(root, "directory", "history", "AL", "-f", fmt)
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(damaged) in lines[0] and "\\ud800" in lines[0], result.stderr
    assert "PYTHONIOENCODING" not in lines[0]


# --- an import row that gives only the id -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ids.csv", "id\nal-clinic-1\n"),
        ("blank.json", '[{"id": "al-clinic-1", "confidential_address": null}]'),
        ("one.json", '{"id": "al-clinic-1"}'),
        ("rows.jsonl", '{"id": "al-clinic-1", "status": ""}\n'),
    ],
)
def test_an_import_row_that_gives_only_the_id_is_unchanged_not_a_traceback(
    tmp_path: Path, name: str, content: str
) -> None:
    """`directory import AL ids.csv` whose rows give an id and nothing else (or only blank cells
    that keep the stored value) gave a traceback (IndexError in tabular._holds), with the
    dry run too."""
    root = make_root(tmp_path / "d", CLINIC)
    kept = (root / "al.json").read_bytes()
    sheet = tmp_path / name
    sheet.write_text(content, encoding="utf-8")
    for extra in (["--dry-run"], []):
        result = cli(root, "directory", "import", "AL", str(sheet), *extra)
        assert result.exit_code == 0, (result.output, result.exception)
        assert "1 unchanged" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == kept


# --- a blank cell never lifts a restriction ---------------------------------------------------------------

RESTRICTED = dataclasses.replace(
    CLINIC,
    status="temporarily_closed",
    sexes=("female",),
    exploitation_types=("sexual",),
    official_status_required=True,
    vot_specialised=True,
)


def test_a_blank_status_or_restriction_cell_keeps_what_is_stored(tmp_path: Path) -> None:
    """A sheet `id,status,sexes,official_status_required,...` with those cells blank for a
    temporarily closed women's shelter that requires official victim status: "1 updated", and
    it was active again, for anyone, without the requirement (blank read as `active`, `any`,
    `no`), so `match` referred people to a closed shelter. A blank cell of a column with no
    blank value of its own keeps the stored value, as the confidential flag's does (item 1);
    the values written out still change it, and a new record's blanks are the defaults."""
    root = make_root(tmp_path / "d", RESTRICTED)
    kept = (root / "al.json").read_bytes()
    sheet = tmp_path / "blank.csv"
    columns = "id,status,sexes,exploitation_types,official_status_required,vot_specialised,phone"
    sheet.write_text(f"{columns}\nal-clinic-1,,,,,,+355 22 000 001\n", encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code == 0 and "1 unchanged" in result.stderr, result.output
    assert (root / "al.json").read_bytes() == kept
    sheet.write_text(f"{columns}\nal-clinic-1,active,any,any,no,no,+355 22 000 001\n", encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(sheet)).exit_code == 0
    record = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-clinic-1"]
    assert (record["status"], record["sexes"], record["official_status_required"]) == ("active", [], False)
    new = tmp_path / "new.csv"
    new.write_text(f"name,categories,region,{columns[3:]}\nNew,medical,AL-08,,,,,,\n", encoding="utf-8")
    added = cli(root, "directory", "import", "AL", str(new))
    assert added.exit_code == 0 and "1 added" in added.stderr, added.output


@pytest.mark.parametrize(
    "field", ["status", "sexes", "exploitation_types", "confidential_address", "official_status_required"]
)
def test_edit_never_reads_an_empty_value_as_the_default(tmp_path: Path, field: str) -> None:
    """`directory edit AL al-hope-1 --set confidential_address="$FLAG"` with the variable unset
    made the shelter public ("edited"), `--set status=` opened a temporarily closed one, `--set
    sexes=` a women's shelter to anyone: "an empty value clears the field", and the cleared
    value of these is the default."""
    root = make_root(tmp_path, dataclasses.replace(RESTRICTED, confidential_address=True))
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"{field}=")
    one_line_error(result, f"--set {field}= is empty", "give --set")
    assert (root / "al.json").read_bytes() == kept
    assert (
        cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "notes=").exit_code == 0
    )  # a text clears


# --- what the caseworker writes into a package ---------------------------------------------------------

PACKAGE = (
    "package",
    "--country",
    "AL",
    "--to",
    "Lezhë",
    "--needs",
    "shelter",
    "--sex",
    "female",
    "--case-ref",
    "X-1",
)


@pytest.mark.parametrize(
    "given",
    [
        ["--select", "shelter=al-hope-1", "--notes-for", "shelter=take her to the house in Orosh"],
        ["--notes-for", "shelter=if full, Rruga Zzsecret 77 may have room"],
        ["--met-by", "staff at Rruga Zzsecret 77"],
        ["--prepared-by", "Elira, at 41.8341, 20.0845"],
        [
            "--consent-date",
            "2026-11-01",
            "--consent-recipients",
            "Shelter Hope (Rruga Zzsecret 77),Public Clinic",
        ],
    ],
)
@pytest.mark.parametrize("fmt", ["md", "json"])
def test_a_package_never_carries_a_confidential_shelters_place_in_what_the_caseworker_wrote(
    tmp_path: Path, given: list[str], fmt: str
) -> None:
    """`package ... --select shelter=al-hope-1 --notes-for "shelter=take her to the house in
    Orosh"` (or `--met-by "staff at Rruga Zzsecret 77"`) printed the confidential shelter's town
    and address into the package that goes to the receiving partners, whose every other
    line gives its focal point instead: a referral's note is refused for it, a package's was not.
    Who meets the person may name a town ("IOM Orosh reception", as docs/package.md's example
    names Tirana, where the samples keep a confidential shelter), never the address or point."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    draft = [] if "--consent-date" in given else ["--draft"]
    result = cli(root, *PACKAGE, *draft, "-f", fmt, *given)
    one_line_error(result, "confidential shelter al-hope-1", "focal point")
    assert result.stdout == ""
    fine = cli(root, *PACKAGE, "--draft", "-f", fmt, "--notes-for", "shelter=call the focal point first")
    assert fine.exit_code == 0, fine.output
    home = cli(
        root, *PACKAGE[:4], "Orosh", *PACKAGE[5:], "--draft", "-f", fmt, "--notes-for", "shelter=near Orosh"
    )
    assert home.exit_code == 0, home.output  # the place of return is a fair word
    met = cli(root, *PACKAGE, "--draft", "-f", fmt, "--met-by", "IOM Orosh reception")
    assert met.exit_code == 0, met.output  # a town is a fair word about the arrival


def test_batch_packages_never_carry_a_confidential_shelters_place_in_a_case_cell(tmp_path: Path) -> None:
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,sex,case_ref,draft,notes_for\n"
        "c1,AL,Lezhë,shelter,female,X-1,yes,shelter=the house in Orosh\n"
        "c2,AL,Lezhë,shelter,female,X-2,yes,shelter=call first\n",
        encoding="utf-8",
    )
    result = cli(root, "batch", str(cases), "--packages", str(tmp_path / "p"), "--package-format", "md")
    assert result.exit_code == 1, result.output
    assert sorted(path.name for path in (tmp_path / "p").iterdir()) == [
        "X-2.md"
    ]  # named after its reference (session 29)
    first = json.loads(result.stdout.splitlines()[0])
    assert "confidential shelter al-hope-1" in first["error"], first


@pytest.mark.parametrize("how", ["--by", "prepared-by"])
def test_referral_open_refuses_a_name_that_gives_the_place_of_the_shelter_it_goes_to(
    tmp_path: Path, how: str
) -> None:
    """`referral open --from pkg.json --by "Orosh office"`, the package referring to a
    confidential shelter of Orosh, stored the name (`referral show` withheld it, the store kept
    it in clear), where `referral update --by` refuses it; so did a hand-edited `prepared.by`."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    package = tmp_path / "pkg.json"
    made = cli(
        root,
        *PACKAGE,
        "--select",
        "shelter=al-hope-1",
        "--consent-date",
        "2026-11-01",
        "-f",
        "json",
        "-o",
        str(package),
    )
    assert made.exit_code == 0, made.output
    if how == "--by":
        args = ["--by", "Orosh office"]
    else:
        document = json.loads(package.read_text(encoding="utf-8"))
        document["prepared"]["by"] = "Oroshi team"
        package.write_text(json.dumps(document), encoding="utf-8")
        args = []
    result = cli(root, "referral", "open", "--from", str(package), *args)
    one_line_error(result, "confidential shelter al-hope-1", "without the address")
    assert not (root / "referrals").exists() or not any((root / "referrals").rglob("*.json"))
    if how == "--by":
        assert cli(root, "referral", "open", "--from", str(package), "--by", "Elira").exit_code == 0


# --- %-escapes nested thousands of levels deep ----------------------------------------------------------

DEEP = "%" + "25" * 3000 + "41"


def test_a_text_escaped_thousands_of_times_is_one_line_at_the_door(tmp_path: Path) -> None:
    """`directory edit AL al-hope-1 --set notes=%2525...2541` (`%25` 3,000 times) gave a
    RecursionError traceback: a confidential shelter's texts are searched %-decoded, one level
    at a time until nothing changed, by a function calling itself once per level."""
    root = make_root(tmp_path, SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    for field in ("notes", "website"):
        value = DEEP if field == "notes" else f"https://example.org/?q={DEEP}"
        result = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}={value}")
        one_line_error(result, field, "confidential shelter")
    assert (root / "al.json").read_bytes() == kept
    assert (
        cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"notes={DEEP}").exit_code == 0
    )  # public
    assert (
        cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "notes=100% sure, see %41").exit_code == 0
    )


def test_a_stored_text_escaped_thousands_of_times_is_withheld_not_a_traceback(tmp_path: Path) -> None:
    """Stored by another tool (or an older svcmatch), such a note made every output that shows
    the shelter a RecursionError traceback: `match`, `show`, `list`, `export`, `package`."""
    root = make_root(tmp_path, SHELTER, CLINIC)
    document = json.loads((root / "al.json").read_text(encoding="utf-8"))
    document["providers"]["al-hope-1"]["notes"] = DEEP
    (root / "al.json").write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
    for args in (
        ["match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female", "-f", "json"],
        ["directory", "show", "AL", "al-hope-1", "-f", "json"],
        ["directory", "export", "AL", "-f", "json"],
        [*PACKAGE, "--draft", "-f", "json"],
    ):
        result = cli(root, *args)
        assert result.exit_code == 0, (args, result.output, result.exception)
        assert "2525" not in result.stdout


# --- a CSV cut off in its last row ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "said"),
    [
        ("al-clinic-1,+355 22 000 056", "2 of the header's 4 cells"),
        ('al-clinic-1,+355 22 000 001,"a long note that was cu', "quoted cell that is never closed"),
        ('al-clinic-1,+355 22 000 001,"a note\nover li', "quoted cell that is never closed"),
    ],
)
def test_a_csv_cut_off_in_its_last_row_is_refused_not_imported(
    tmp_path: Path, ending: str, said: str
) -> None:
    """An export copied or downloaded only in part ends in the middle of a row: `1 updated`, the
    row's missing cells read as blank (its notes and status cleared), or its last cell, inside
    a quote never closed, stored cut ("a long note that was cu")."""
    root = make_root(tmp_path / "d", dataclasses.replace(CLINIC, notes="important"))
    kept = (root / "al.json").read_bytes()
    sheet = tmp_path / "cut.csv"
    sheet.write_text(f"id,phone,notes,status\n{ending}", encoding="utf-8")
    for extra in (["--dry-run"], []):
        result = cli(root, "directory", "import", "AL", str(sheet), *extra)
        one_line_error(result, "cut.csv", "ends in row 2", said, "get the whole file again")
    assert (root / "al.json").read_bytes() == kept
    whole = tmp_path / "whole.csv"  # a last row without a line break, but whole, is read
    whole.write_text(
        'id,phone,notes,status\nal-clinic-1,+355 22 000 056,"a note\nover lines",active', encoding="utf-8"
    )
    assert cli(root, "directory", "import", "AL", str(whole)).exit_code == 0
    stray = tmp_path / "stray.csv"  # a quote inside an unquoted cell opens nothing
    stray.write_text('id,notes\nal-clinic-1,Room 5" wide\n', encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(stray)).exit_code == 0


# --- an export from another copy of the directory ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json", "hsds-json"])
def test_an_export_from_another_copy_with_a_newer_revision_never_undoes_this_copys_edits(
    tmp_path: Path, fmt: str
) -> None:
    """Two offices keep copies of one directory. Copy B edits the clinic's notes three times
    (revision 4) and sends its export; copy A had changed the clinic's phone once (revision 2).
    A's import took B's rows ("1 updated") and put the old phone back: only a revision older
    than the stored one was refused, and 4 is not older than 2."""
    a = make_root(tmp_path / "a", CLINIC)
    b = make_root(tmp_path / "b", CLINIC)
    assert cli(a, "directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 000 777").exit_code == 0
    for note in ("one", "two", "three"):
        assert cli(b, "directory", "edit", "AL", "al-clinic-1", "--set", f"notes={note}").exit_code == 0
    sent = tmp_path / f"b.{'json' if fmt == 'hsds-json' else fmt}"
    assert cli(b, "directory", "export", "AL", "-f", fmt, "-o", str(sent)).exit_code == 0
    kept = (a / "al.json").read_bytes()
    result = cli(
        a, "directory", "import", "AL", str(sent), *(["--format", "hsds"] if fmt == "hsds-json" else [])
    )
    assert result.exit_code in (1, 2), result.output
    assert "newer than the stored 2" in result.stderr and "+355 22 000 777" in result.stderr, result.stderr
    assert (a / "al.json").read_bytes() == kept
    forced = cli(
        a,
        "directory",
        "import",
        "AL",
        str(sent),
        "--overwrite",
        *(["--format", "hsds"] if fmt == "hsds-json" else []),
    )
    assert forced.exit_code == 0, forced.output  # the user says which copy wins


def test_a_batch_whose_csv_is_cut_off_fails_the_cut_case(tmp_path: Path) -> None:
    """`batch cases.csv` whose last line was cut before its avoid_region cell matched that case
    avoiding nothing (the traffickers' region), exit 0: the missing cells read as blank."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,sex,avoid_region\nc1,AL,Lezhë,shelter,female,AL-09\nc2,AL,Lezhë,shelter",
        encoding="utf-8",
    )
    result = cli(root, "batch", str(cases))
    assert result.exit_code == 1, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert "case" in lines[0] and "looks cut off" in lines[1]["error"], lines


def test_an_hsds_package_with_a_table_cut_off_is_refused(tmp_path: Path) -> None:
    """An HSDS package whose services.csv was copied only in part (its last row cut after the
    service's name) was read as it was, the cut row's cells blank: the service imported."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    package = tmp_path / "hsds"
    assert cli(root, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(package)).exit_code == 0
    services = package / "services.csv"
    whole = services.read_bytes()
    last = whole.rstrip(b"\r\n").rfind(b"\n") + 1
    cut = whole[: whole.index(b"Shelter Hope,", last) + len(b"Shelter Hope")]  # up to its name
    assert cut.count(b"\n") == whole.count(b"\n") - 1
    services.write_bytes(cut)
    kept = (root / "al.json").read_bytes()
    result = cli(root, "directory", "import", "AL", str(package), "--format", "hsds")
    one_line_error(result, "services.csv", "cut off", "get the whole package again")
    assert (root / "al.json").read_bytes() == kept


# --- a blank --directories ----------------------------------------------------------------------------------


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_directories_folder_is_refused_not_read_as_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blank: str
) -> None:
    """`svcmatch --directories "$DIR" directory edit ...` with DIR unset edited ./directories
    (another project's folder, where the script happened to run), or read the bundled samples,
    without a word: an empty --directories read as "not given"."""
    elsewhere = make_root(tmp_path / "directories", CLINIC)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    kept = (elsewhere / "al.json").read_bytes()
    result = CliRunner().invoke(
        main, ["--directories", blank, "directory", "edit", "AL", "al-clinic-1", "--set", "notes=x"]
    )
    one_line_error(result, "--directories", "blank", "give the folder")
    assert (elsewhere / "al.json").read_bytes() == kept
    listed = CliRunner().invoke(main, ["directory", "list", "AL"])  # left out: ./directories, as documented
    assert listed.exit_code == 0 and "al-clinic-1" in listed.stdout, listed.output


BLANK = {
    "match --case": ["match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--case", ""],
    "match --sex": ["match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", ""],
    "package --language": [*PACKAGE, "--draft", "--language", ""],
    "match --weights": ["match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--weights="],
    "batch --packages": ["batch", "CASES", "--packages", ""],
    "coverage -o": ["coverage", "AL", "-o", ""],
}


@pytest.mark.parametrize("name", sorted(BLANK))
def test_a_blank_file_or_fact_is_refused_not_read_as_not_given(tmp_path: Path, name: str) -> None:
    """`match --case "$CASE" --country AL ...` with CASE unset matched without the case file
    (its region to avoid lost), `batch c.csv --packages "$DIR"` wrote no package, exit 0, and
    `--sex ""` matched as if the sex were not known: a blank value read as "not given"."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nc1,AL,Lezhë,shelter\n", encoding="utf-8")
    result = cli(root, *[str(cases) if arg == "CASES" else arg for arg in BLANK[name]])
    one_line_error(result, "is blank", "leave")
    assert result.stdout == ""


# --- an id that differs from a stored one only in case -----------------------------------------------------


@pytest.mark.parametrize("door", ["import", "add", "add --json"])
def test_an_id_that_differs_from_a_stored_one_only_in_case_adds_no_second_record(
    tmp_path: Path, door: str
) -> None:
    """A spreadsheet capitalised the id cell (`Al-clinic-1`): the row meant to update
    al-clinic-1's phone added a second "Public Clinic" ("1 added"), a phantom duplicate that
    matching then ranked beside the real one; the duplicate check looks only at rows without
    an id, and ids are compared exactly."""
    root = make_root(tmp_path / "d", CLINIC)
    kept = (root / "al.json").read_bytes()
    record = {
        "id": "Al-clinic-1",
        "name": "Public Clinic",
        "categories": "medical",
        "region": "AL-08",
        "city": "Lezhë",
    }
    if door == "import":
        sheet = tmp_path / "rows.csv"
        sheet.write_text(",".join(record) + "\n" + ",".join(record.values()) + "\n", encoding="utf-8")
        result = cli(root, "directory", "import", "AL", str(sheet))
        assert result.exit_code == 1, result.output
    elif door == "add":
        result = cli(
            root,
            "directory",
            "add",
            "AL",
            *[f"--{k}={v}" if k != "categories" else f"--category={v}" for k, v in record.items()],
        )
        assert result.exit_code == 2, result.output
    else:
        result = cli(
            root,
            "directory",
            "add",
            "AL",
            "--json",
            "-",
            input=json.dumps({**record, "categories": ["medical"]}),
        )
        assert result.exit_code == 2, result.output
    assert "only in case" in result.stderr and "al-clinic-1" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == kept
