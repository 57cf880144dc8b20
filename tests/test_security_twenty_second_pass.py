"""The twenty-second adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import warnings
import zipfile
from pathlib import Path

import pytest
from click.testing import Result
from helpers import big_batch_running, sample_folder, signals_as_in_a_terminal
from test_security_second_pass import cli
from test_security_twenty_first_pass import refused

from svcmatch.referrals import is_case_ref


def _add(root: Path, name: str, category: str, *options: str) -> Result:
    """`directory add AL` of a record of this name and category, with further options."""
    return cli(root, "directory", "add", "AL", "--name", name, "--category", category, *options)


# --- a case reference holding a name in another form -------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "elira_hoxha",
        "ELIRA_HOXHA",
        "AL-Elira-Hoxha",
        "Elira_Hoxha_1990",
        "elira-hoxha-12-03-1990",
        "Elira_Hoxha_19900312",
        "hoxhaElira1990",
    ],
)
def test_a_case_reference_holding_a_name_in_another_form_is_refused(tmp_path: Path, name: str) -> None:
    """`package --case-ref elira_hoxha` (and 'AL-Elira-Hoxha', 'Elira_Hoxha_1990') made the
    package, and `referral open` kept the name in the store: only two capitalised words were a
    name. Two words of three letters or more with no number but a date of birth beside them are
    refused, by package and by referral open (a package of another tool, or edited)."""
    assert not is_case_ref(name)
    root = sample_folder(tmp_path, "al")
    case = ("--country", "AL", "--to", "Shkoder", "--needs", "medical", "--sex", "female", "--age", "30")
    refused(cli(root, "package", *case, "--case-ref", name, "--draft"), "case reference", "never a name")
    package = tmp_path / "pkg.json"
    made = cli(
        root, "package", *case, "--case-ref", "AL-2026-0042", "--consent-date", "2026-12-01", "-f", "json"
    )
    assert made.exit_code == 0, made.output
    document = json.loads(made.stdout)
    document["case_ref"] = name
    package.write_text(json.dumps(document), encoding="utf-8")
    refused(cli(root, "referral", "open", "--from", str(package)), "case reference", "never a name")
    assert not (root / "referrals").exists() or name not in "".join(
        p.read_text(encoding="utf-8") for p in (root / "referrals").rglob("*.json")
    )


@pytest.mark.parametrize(
    "code",
    [
        "IOM-Rome-7",
        "AL-2026-0042",
        "IOM-Roma-Tirana-2026-0042",
        "IOM-Rome-Case-2026-12",
        "Tirana-Office-12",
        "CARE-IT-AL-0042",
        "UNHCR-Rome-12",
        "VoT-AL-12",
        "caso-2026-11",
        "GR-ATH-2026-117",
        "Referenca",
        "Tirana-Office-000123",
    ],
)
def test_office_codes_stay_case_references(code: str) -> None:
    assert is_case_ref(code)


# --- a referral to a confidential shelter removed since -----------------------------------------------


def test_a_note_about_a_confidential_shelter_removed_since_is_judged_as_before(tmp_path: Path) -> None:
    """Notes giving a confidential shelter's street are refused, and withheld by `referral show`;
    but once `directory remove` took the shelter's record, there was no record to judge them by:
    `referral update --note "received at 22 Rue de l'Exemple"` was stored and `referral show`
    showed it (and one stored before). The history keeps the removed shelter's region and that it
    was confidential: notes are judged by them."""
    root = sample_folder(tmp_path, "ma")
    case = ("--country", "MA", "--to", "Marrakech", "--needs", "shelter", "--sex", "female", "--age", "30")
    chosen = ("--select", "shelter=ma-exa-1dd0", "--case-ref", "MA-2026-0001", "--consent-date", "2026-12-01")
    package = tmp_path / "pkg.json"
    made = cli(root, "package", *case, *chosen, "--today", "2026-12-02", "-f", "json", "-o", str(package))
    assert made.exit_code == 0, made.output
    assert cli(root, "referral", "open", "--from", str(package), "--today", "2026-12-02").exit_code == 0
    referral = json.loads(package.read_text(encoding="utf-8"))["referrals"][0]["id"]
    removed = cli(root, "directory", "remove", "MA", "ma-exa-1dd0", "--allow-sample", "--author", "office")
    assert removed.exit_code == 0, removed.output
    answer = ("referral", "update", referral, "--status", "accepted", "--today", "2026-12-03")
    refused(cli(root, *answer, "--note", "received at 22 Rue de l'Exemple"), "note", "street address")
    # a note stored before the rule (by hand, or an older svcmatch): shown withheld
    assert cli(root, *answer, "--note", "received").exit_code == 0
    for event in (root / "referrals").rglob("*.json"):
        text = event.read_text(encoding="utf-8")
        if '"received"' in text:
            event.write_text(text.replace('"received"', '"received at 22 Rue de l\'Exemple"'), "utf-8")
    shown = cli(root, "referral", "show", referral, "-f", "json")
    assert shown.exit_code == 0, shown.output
    assert "Exemple" not in shown.output
    assert "withheld" in shown.output


# --- an HSDS package zip giving one file twice ---------------------------------------------------------


def _hsds_package(tmp_path: Path) -> tuple[Path, Path]:
    """A directories folder with an empty AL directory, and the AL sample as an HSDS package."""
    (tmp_path / "sample").mkdir()
    sample = sample_folder(tmp_path / "sample", "al")
    package = tmp_path / "al-hsds"
    exported = cli(sample, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(package))
    assert exported.exit_code == 0, exported.output
    root = tmp_path / "d"
    assert cli(root, "directory", "init", "AL").exit_code == 0
    return root, package


@pytest.mark.parametrize("second", ["services.csv", "Services.csv"])
def test_an_hsds_zip_giving_one_file_twice_is_refused(tmp_path: Path, second: str) -> None:
    """A zip may hold two members of one name (or names one file system takes for one): the
    importer unpacked both to one file, the last replacing the first, and imported the services
    of whichever came last without a word (a zip of the AL sample's four services and one other
    `services.csv` imported that one service only, exit 0)."""
    root, package = _hsds_package(tmp_path)
    bundle = tmp_path / "pkg.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for table in sorted(package.iterdir()):
            archive.write(table, f"pkg/{table.name}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the name given twice: the attack
            archive.writestr(f"pkg/{second}", "id,name\nzz,Other Service\n")
    result = cli(root, "directory", "import", "AL", str(bundle))
    refused(result, "pkg.zip", "given twice")
    assert "Other Service" not in (root / "al.json").read_text(encoding="utf-8")


def test_an_hsds_cell_past_the_csv_limit_names_the_cell_not_the_encoding(tmp_path: Path) -> None:
    """A package's CSV with a cell of more than 131,072 characters was refused with "field larger
    than field limit (131072) (save it as UTF-8 CSV)": the file was UTF-8, and saving it so again
    changed nothing."""
    root, package = _hsds_package(tmp_path)
    services = package / "services.csv"
    header, first, *rest = services.read_text(encoding="utf-8").splitlines()
    cells = next(csv.reader([first]))
    cells[header.split(",").index("description")] = "x" * 200_000
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    services.write_text("\n".join([header, buffer.getvalue().rstrip("\n"), *rest]) + "\n", encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(package), "--format", "hsds")
    refused(result, "services.csv", "more than 131,072 characters", "shorten that cell")
    assert "UTF-8" not in result.stderr


# --- a public record written at a confidential shelter's address --------------------------------------

#: The AL sample's confidential safe house al-exa-7abb stands at this address in Tiranë (AL-11).
SAFE_HOUSE_ADDRESS = "Rruga Shembull 122"
AT_A_SHELTER = "gives the street address of a confidential shelter"


def test_a_public_record_written_at_a_shelters_address_is_warned_of_at_the_door(tmp_path: Path) -> None:
    """`directory add`, `edit` and a CSV import of a public record at a confidential shelter's
    street address said nothing (only `validate` warned, run now and then), and every `match`
    showed the public record whole, and so the shelter's place (re-judged from the twenty-first
    pass). Each says it as it writes, as `validate` words it (no shelter named); the record is
    written, as before. A record elsewhere is said nothing of."""
    root = sample_folder(tmp_path, "al")
    place = ("--region", "AL-11", "--city", "Tiranë", "--allow-sample")
    added = _add(root, "Drop-in Counselling", "psychosocial", *place, "--address", SAFE_HOUSE_ADDRESS)
    assert added.exit_code == 0, added.output
    new_id = added.stdout.strip()
    assert f"{new_id}: warning: address: {AT_A_SHELTER}" in added.stderr
    assert "al-exa-7abb" not in added.stderr and "Safe House" not in added.stderr
    elsewhere = _add(root, "Legal Desk", "legal", *place, "--address", "Rruga Tjeter 5")
    assert elsewhere.exit_code == 0 and AT_A_SHELTER not in elsewhere.stderr, elsewhere.output
    edited = cli(
        root,
        "directory",
        "edit",
        "AL",
        "al-ber-370e",
        "--set",
        "address=Rruga Shembull 90",
        "--set",
        "city=Tiranë",
        "--set",
        "region=AL-11",
        "--allow-sample",
    )
    assert edited.exit_code == 0, edited.output
    assert f"al-ber-370e: warning: address: {AT_A_SHELTER}" in edited.stderr
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "name,categories,region,city,address\n"
        "Clinic X,medical,AL-11,Tiranë,Rruga Shembull 10\n"
        "Clinic Y,medical,AL-11,Tiranë,Rruga Tjeter 7\n",
        encoding="utf-8",
    )
    checked = cli(root, "directory", "import", "AL", str(rows), "--dry-run")
    assert checked.exit_code == 0, checked.output
    assert checked.stderr.count(AT_A_SHELTER) == 1, checked.stderr
    imported = cli(root, "directory", "import", "AL", str(rows), "--allow-sample")
    assert imported.exit_code == 0, imported.output
    assert imported.stderr.count(AT_A_SHELTER) == 1, imported.stderr
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]
    assert {"Clinic X", "Clinic Y", "Drop-in Counselling"} <= {record["name"] for record in stored.values()}


# --- a shelter's former place in its history ------------------------------------------------------------


def test_a_former_place_in_a_text_is_scrubbed_when_a_shelter_turns_confidential(tmp_path: Path) -> None:
    """When a record turns confidential, its history's earlier addresses, towns and points are
    scrubbed, and a text that names its place now; but a text naming a place it had before (a
    how-to-refer "near Rruga Zzsecret 77 (41.83412, 20.08456)" written before it moved within its
    town) was kept in the history file, and `directory history` showed the street and the point,
    while the address entries of that same street said "(withheld: confidential shelter)"."""
    root = tmp_path / "d"
    assert cli(root, "directory", "init", "AL").exit_code == 0
    added = _add(
        root,
        "Hope House",
        "shelter",
        "--region",
        "AL-08",
        "--city",
        "Orosh",
        "--address",
        "Rruga Zzsecret 77",
        "--latitude",
        "41.83412",
        "--longitude",
        "20.08456",
    )
    assert added.exit_code == 0, added.output
    shelter = added.stdout.strip()
    moved = (
        "address=Rruga Zzother 9",
        "latitude=41.84",
        "longitude=20.09",
        "how_to_refer=near Rruga Zzsecret 77 (41.83412, 20.08456)",
    )
    for changes in (moved, ("how_to_refer=call the focal point",), ("confidential_address=yes",)):
        edited = cli(root, "directory", "edit", "AL", shelter, *(f"--set={change}" for change in changes))
        assert edited.exit_code == 0, edited.output
    secrets = ("Zzsecret", "41.83412", "20.08456")
    stored = "".join(path.read_text(encoding="utf-8") for path in (root / "history").rglob("*.json"))
    assert not any(secret in stored for secret in secrets)
    shown = cli(root, "directory", "history", "AL", shelter, "-f", "json")
    assert shown.exit_code == 0, shown.output
    assert not any(secret in shown.stdout for secret in secrets), shown.stdout
    assert "call the focal point" in shown.stdout


# --- a Ctrl-C of a batch over several processes ------------------------------------------------------------


def test_a_ctrl_c_of_a_batch_over_processes_says_it_was_interrupted_once(tmp_path: Path) -> None:
    """A Ctrl-C reaches every process of the terminal's group: at a Ctrl-C of `batch --jobs 2`,
    each worker printed a traceback of its KeyboardInterrupt ("Process ForkPoolWorker-1:
    Traceback ...") or "svcmatch: stopped by SIGTERM" (the parent ends the pool with SIGTERM,
    and the workers kept the command's handler) before "svcmatch: interrupted", and once in
    seven runs the run hung. The run says it was interrupted, once; the -o file it would
    replace is as it was."""
    batch, output = big_batch_running(tmp_path, preexec_fn=signals_as_in_a_terminal)
    try:
        os.killpg(batch.pid, signal.SIGINT)
        _, stderr = batch.communicate(timeout=120)
    finally:
        if batch.poll() is None:
            batch.kill()
    assert batch.returncode == 130, stderr
    assert "SIGTERM" not in stderr and stderr.count("svcmatch: interrupted") == 1, stderr
    assert output.read_text(encoding="utf-8") == "earlier results\n"
    assert not list(tmp_path.glob(".results.jsonl.*.tmp"))


# --- a private output written over a file every user can read ---------------------------------------------


def test_a_private_output_over_a_file_every_user_can_read_is_no_longer_readable_by_them(
    tmp_path: Path,
) -> None:
    """`directory export AL -o al.csv` (the public export, 0644), then `directory export AL
    --include-confidential -o al.csv` left al.csv 0644: every local user could read the
    confidential shelters' addresses (a new file of confidential content is made 0600); a
    package written over yesterday's 0644 one the same. A file that exists keeps its owner's
    and its group's rights; other users lose theirs."""
    root = sample_folder(tmp_path, "al")
    export = tmp_path / "al.csv"
    old_umask = os.umask(0o022)
    try:
        assert cli(root, "directory", "export", "AL", "-o", str(export)).exit_code == 0
        assert export.stat().st_mode & 0o777 == 0o644  # the premise: a public export, shared
        kept = cli(root, "directory", "export", "AL", "--include-confidential", "-o", str(export))
        package = tmp_path / "package.md"
        package.write_text("yesterday's package\n", encoding="utf-8")
        package.chmod(0o644)
        case = ("--country", "AL", "--to", "Shkoder", "--needs", "medical", "--sex", "female", "--age", "30")
        made = cli(
            root, "package", *case, "--case-ref", "AL-1", "--draft", "-f", "md", "--force", "-o", str(package)
        )
    finally:
        os.umask(old_umask)
    assert kept.exit_code == 0 and made.exit_code == 0, (kept.output, made.output)
    assert SAFE_HOUSE_ADDRESS in export.read_text(encoding="utf-8")
    assert export.stat().st_mode & 0o777 == 0o640
    assert package.stat().st_mode & 0o777 == 0o640
