"""The eighth adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root

from svcmatch.model import Provider

# --- svcmatch's own HSDS export, imported again, changes nothing ----------------------------------------

#: A record as a country office types it: several phones and e-mails in one cell (as the
#: directory allows), a website without its scheme, runs of spaces and line breaks in its texts.
TYPED = {
    "name": "Drop-in  Centre",
    "categories": ["medical", "legal"],
    "city": "Lezhë",
    "region": "AL-08",
    "address": "Rruga  Dy\nKati 2",
    "phone": "+355 22 000 099 | 0692 000 000",
    "email": "info@drop-in.example; legal@drop-in.example",
    "website": "drop-in.example/al",
    "how_to_refer": "1. Call the focal point.\n2.  Send the form.",
    "documents_required": ["ID  card", "referral letter"],
    "focal_point": "Ana  Maria (social worker)",
    "verified_on": "2026-11-01",
    "languages": ["sq"],
    "coverage": {"kind": "national"},
    "latitude": 41.78,
    "longitude": 19.64,
}


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_our_own_hsds_export_of_typed_texts_imported_again_changes_nothing(tmp_path: Path, fmt: str) -> None:
    """`export -f hsds-json` then `import --format hsds` into the same directory said "1
    updated" for a record as people type it: the import set aside its two phones ("malformed")
    and two e-mails ("not an email address") into extra, read the website back with the
    `https://` that export puts before it, and squeezed the line breaks and runs of spaces out
    of its address, name, focal point, documents and how to refer ('1. Call.\\n2. Send' became
    '1. Call. 2. Send'): the history got an edit that nobody made."""
    root = make_root(tmp_path / "d", CLINIC)
    record = tmp_path / "typed.json"
    record.write_text(json.dumps(TYPED), "utf-8")
    added = cli(root, "directory", "add", "AL", "--json", str(record))
    assert added.exit_code == 0, added.output
    out = tmp_path / ("out.json" if fmt == "hsds-json" else "out")
    assert cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(out)).exit_code == 0
    before = (root / "al.json").read_bytes()
    dry = cli(root, "directory", "import", "AL", str(out), "--format", "hsds", "--dry-run")
    assert dry.exit_code == 0 and "0 updated" in dry.stderr, dry.stderr
    assert "would change" not in dry.stderr and "kept aside" not in dry.stderr, dry.stderr
    result = cli(root, "directory", "import", "AL", str(out), "--format", "hsds")
    assert result.exit_code == 0 and "0 updated" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == before


# --- no refusal of what a caseworker writes confirms a guess of a confidential shelter's place ----------

#: SHELTER moved within its ~11 km cell to another village of it (Reps), another street.
MOVED = SHELTER.with_changes(city="Reps", address="Rruga Zzother 3", latitude=41.86611, longitude=20.02583)
#: Guesses an attacker writes into a note: every town in and near the cell, a town far from it,
#: each hundredth of a degree across the cell, the street's name, a street address.
GUESSES = (
    "Orosh",
    "Oroshi",
    "Reps",
    "Kurbnesh",
    "Blinisht",
    "Lezhë",
    "Tirana",
    *(f"41.{n:02d}" for n in range(78, 93)),
    *(f"20.{n:02d}" for n in range(0, 18)),
    "41°50'",
    "Zzsecret",
    "Zzother",
    "Rruga Zzsecret 77",
    "Rruga Zzother 3",
)


def _referral_answers(tmp_path: Path, shelter: Provider) -> dict[str, int]:
    """The exit code of `referral update REF --status accepted --note "... GUESS"` for each
    guess, each tried on the store as `referral open` left it."""
    root = make_root(tmp_path / shelter.city, shelter, CLINIC)
    package = tmp_path / f"{shelter.city}.json"
    made = cli(
        root,
        *("package", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female"),
        *("--case-ref", "X1", "--consent-date", "2026-12-01", "--select", "shelter=al-hope-1"),
        *("-f", "json", "-o", str(package)),
    )
    assert made.exit_code == 0, made.output
    assert cli(root, "referral", "open", "--from", str(package), "--by", "tester").exit_code == 0
    listed = json.loads(cli(root, "referral", "list", "-f", "json").stdout)
    reference = listed[0]["id"]
    opened = tmp_path / f"{shelter.city}-opened"
    shutil.copytree(root / "referrals", opened)
    answers = {}
    for guess in GUESSES:
        shutil.rmtree(root / "referrals")
        shutil.copytree(opened, root / "referrals")
        note = f"she will stay near {guess}"
        answers[guess] = cli(
            root, "referral", "update", reference, "--status", "accepted", "--note", note
        ).exit_code
    return answers


def test_a_referral_note_refused_confirms_no_guess_of_the_shelters_place(tmp_path: Path) -> None:
    """`referral update REF --status accepted --note "near Orosh"` was refused for the shelter's
    own village only, and `--note "41.83"` (or `"20.08"`) for the hundredth of a degree that
    holds its point only: a guess a call found the village, and the point to about 1 km,
    where every output gives only its ~11 km cell. A note is now judged by the cell: every
    town in or near it, every point of it and any street address are refused, the same
    wherever the shelter stands in its cell."""
    here, moved = _referral_answers(tmp_path, SHELTER), _referral_answers(tmp_path, MOVED)
    assert here == moved, {
        guess: (here[guess], moved[guess]) for guess in GUESSES if here[guess] != moved[guess]
    }
    for guess in (
        "Orosh",
        "Oroshi",
        "Reps",
        "41.83",
        "41.86",
        "20.08",
        "20.02",
        "41°50'",
        "Rruga Zzsecret 77",
    ):
        assert here[guess] == 2, guess  # still kept out of the store
    for guess in ("Lezhë", "Tirana", "41.92", "20.17"):
        assert here[guess] == 0, guess  # a place away from the cell is a fair word


# --- a confidential shelter's name never gives its town by another name of the town ----------------------


@pytest.mark.parametrize(
    ("country", "region", "city", "name"),
    [
        ("MA", "MA-07", "Marrakech", "Marrakesh Shelter"),  # the English exonym
        ("MA", "MA-03", "Fès", "Safe House Fez"),
        ("MA", "MA-01", "Tanger", "Tangier Refuge"),
        ("MA", "MA-06", "Casablanca", "Dar el Beida Women's House"),  # the Arabic name, in Latin letters
        ("MA", "MA-06", "Casablanca", "بيت الدار البيضاء"),  # in Arabic script
        ("UA", "UA-46", "Lviv", "Lemberg Safe House"),  # an old name
        ("UA", "UA-46", "Lviv", "Притулок Львов"),  # the Russian name, in Cyrillic
    ],
)
def test_a_confidential_shelters_name_never_gives_its_town_by_another_name(
    tmp_path: Path, country: str, region: str, city: str, name: str
) -> None:
    """`directory add MA --name "Marrakesh Shelter" --city Marrakech --confidential-address ...`
    was added (so were "Safe House Fez" for Fès, "Tangier Refuge" for Tanger, "Dar el Beida"
    for Casablanca, "Lemberg" for Lviv), while "Safe House Marrakech" was refused: the texts were
    searched for the town as stored, and every output shows the name that gives it. The texts
    are now searched for every name the gazetteers give the town too; a name stored before is
    shown with it withheld."""
    root = tmp_path / "d"
    assert cli(root, "directory", "init", country).exit_code == 0
    phone = "+212 5 24 00 00 00" if country == "MA" else "+380 44 000 0000"
    record = {
        "name": name,
        "city": city,
        "region": region,
        "address": "Rue 5" if country == "MA" else "вул. Тиха 5",
        "categories": ["shelter"],
        "confidential_address": True,
        "focal_point": "Focal Point",
        "phone": phone,
        "latitude": None,
        "longitude": None,
    }
    (tmp_path / "record.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    result = cli(root, "directory", "add", country, "--json", str(tmp_path / "record.json"))
    assert result.exit_code == 2 and "name gives the address or town" in result.stderr, result.output
    plain = {**record, "name": "Women's Safe House"}
    (tmp_path / "plain.json").write_text(json.dumps(plain, ensure_ascii=False), "utf-8")
    added = cli(root, "directory", "add", country, "--json", str(tmp_path / "plain.json"))
    assert added.exit_code == 0, added.output
    provider_id = added.stdout.strip()
    path = root / f"{country.lower()}.json"
    document = json.loads(path.read_text("utf-8"))
    document["providers"][provider_id]["name"] = name  # as stored by an older svcmatch, or by hand
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False), "utf-8")
    for command in (
        ("directory", "list", country, "-f", "json"),
        ("directory", "show", country, provider_id),
    ):
        shown = cli(root, *command)
        assert shown.exit_code == 0, shown.output
        assert name not in shown.stdout and "withheld" in shown.stdout, shown.stdout


# --- an export that could not be written never says it was -------------------------------------------


def test_an_hsds_json_export_to_a_full_disk_never_says_it_was_written(tmp_path: Path) -> None:
    """`directory export AL -f hsds-json > /dev/full` (or `>&-`) said "wrote 2 HSDS service
    record(s) to standard output" and then "cannot write the output": the line that a script
    or a person reads for success came before the write it reported."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root), "directory", "export", "AL"]
    with open("/dev/full", "w") as full:
        done = subprocess.run([*command, "-f", "hsds-json"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2, done.stderr
    assert "No space left on device" in done.stderr and "wrote" not in done.stderr, done.stderr
    assert "withheld the address" in done.stderr  # what it left out is still said
    written = subprocess.run([*command, "-f", "hsds-json"], capture_output=True, text=True)
    assert written.returncode == 0 and json.loads(written.stdout), written.stderr
    assert written.stderr.strip().splitlines()[-1].endswith("record(s) to standard output"), written.stderr


# --- printing a package to PDF touches no network -----------------------------------------------------


def test_printing_a_package_to_pdf_lets_the_browser_reach_no_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`package ... -f pdf -o p.pdf` started Chromium with `--disable-background-networking`
    only, and Chromium still looked up accounts.google.com and clients2.google.com (32 DNS
    queries a print, seen with `strace -f -e trace=connect`): the network, unasked, from the
    machine that prints a person's referral package. The browser is now told to resolve no
    host and to send any request to a closed local port (with them: no connection but the
    kernel's own address probe, and the PDF is printed). A stand-in browser records what it
    is told."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    told = tmp_path / "told.txt"
    browser = bin_folder / "chromium"
    browser.write_text(
        "#!/bin/sh\n"
        f'for a in "$@"; do printf "%s\\n" "$a" >> {told}; done\n'
        'for a in "$@"; do case "$a" in --print-to-pdf=*)\n'
        '  printf "%%PDF-1.4 stand-in" > "${a#--print-to-pdf=}";; esac; done\n',
        "utf-8",
    )
    browser.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_folder}:/usr/bin:/bin")
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    out = tmp_path / "p.pdf"
    result = cli(
        root,
        *("package", "--country", "AL", "--to", "Lezhë", "--needs", "shelter,medical", "--sex", "female"),
        *("--case-ref", "X1", "--draft", "-f", "pdf", "-o", str(out)),
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    arguments = told.read_text("utf-8").splitlines()
    assert "--host-resolver-rules=MAP * ~NOTFOUND" in arguments, arguments
    assert "--proxy-server=127.0.0.1:9" in arguments and "--proxy-bypass-list=<-loopback>" in arguments


# --- no output lands among the files of another directories folder ------------------------------------------


def test_no_output_lands_in_another_directories_folders_history_referrals_or_country_files(
    tmp_path: Path,
) -> None:
    """With `--directories d1`, `match -o d2/history/al/2027....json` wrote a phantom history
    entry into the folder d2 (whose `directory history AL` then failed: "history record ...
    cannot be read"), `-o d2/ma.json` made a country file of a match (every MA command of d2
    then failed on it), and `-o d2/referrals/x.json` wrote into d2's referral store: the guard
    knew only the folder given. Any folder that holds a directory file or its lock is now
    guarded alike."""
    here, there = make_root(tmp_path / "d1", CLINIC), make_root(tmp_path / "d2", CLINIC)
    (there / "referrals").mkdir()
    entry = there / "history" / "al" / "20270101T000000.000000Z-deadbeef.json"
    before = sorted(str(p.relative_to(there)) for p in there.rglob("*"))
    match = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "-f", "json", "-o")
    for target in (entry, there / "ma.json", there / ".ma.json.lock", there / "referrals" / "x.json"):
        result = cli(here, *match, str(target))
        assert result.exit_code == 2, (target, result.output)
    package = (
        "package",
        "--country",
        "AL",
        "--to",
        "Lezhë",
        "--needs",
        "shelter",
        "--case-ref",
        "X1",
        "--draft",
    )
    assert cli(here, *package, "-f", "json", "-o", str(there / "ua.json")).exit_code == 2
    assert (
        cli(here, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(there / "history" / "x")).exit_code
        == 2
    )
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nma,AL,Lezhë,shelter\n", "utf-8")
    packaged = cli(here, "batch", str(cases), "--packages", str(there), "--package-format", "json")
    assert packaged.exit_code == 2, packaged.output
    assert sorted(str(p.relative_to(there)) for p in there.rglob("*")) == before
    assert cli(there, "directory", "history", "AL").exit_code == 0
    elsewhere = tmp_path / "out"
    elsewhere.mkdir()
    assert cli(here, *match, str(elsewhere / "ma.json")).exit_code == 0  # a folder of no directory


# --- an import never makes a confidential shelter public without being asked -----------------------------


@pytest.mark.parametrize("fmt", ["csv", "hsds"])
def test_an_import_never_makes_a_confidential_shelter_public_unasked(tmp_path: Path, fmt: str) -> None:
    """A sheet made from a template whose `confidential_address` column says `no` on every row
    (`id,phone,confidential_address` / `al-hope-1,+355 22 000 009,no`) was imported "1
    updated", and the shelter's street address, town and point were shown by every output from
    then on, without a word; so was an HSDS feed whose svcmatch attribute said false. Making a
    confidential shelter public now takes --make-public; the refusal names the shelter, nothing
    is written, and --dry-run says it too."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    if fmt == "csv":
        sheet = tmp_path / "update.csv"
        sheet.write_text("id,phone,confidential_address\nal-hope-1,+355 22 000 009,no\n", "utf-8")
        extra: tuple[str, ...] = ()
    else:
        sheet = tmp_path / "feed.json"
        assert cli(root, "directory", "export", "AL", "-f", "hsds-json", "-o", str(sheet)).exit_code == 0
        sheet.write_text(sheet.read_text("utf-8").replace('"value": "true"', '"value": "false"'), "utf-8")
        extra = ("--format", "hsds")
    before = (root / "al.json").read_bytes()
    for dry in (("--dry-run",), ()):
        result = cli(root, "directory", "import", "AL", str(sheet), *extra, *dry)
        assert result.exit_code == 2, result.output
        assert "al-hope-1" in result.stderr and "--make-public" in result.stderr, result.stderr
        assert "Zzsecret" not in result.output
    assert (root / "al.json").read_bytes() == before
    shown = cli(root, "directory", "show", "AL", "al-hope-1")
    assert "Zzsecret" not in shown.stdout
    made = cli(root, "directory", "import", "AL", str(sheet), *extra, "--make-public")
    assert made.exit_code == 0, made.output
    assert "Rruga Zzsecret 77" in cli(root, "directory", "show", "AL", "al-hope-1").stdout
