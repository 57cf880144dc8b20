"""The twenty-fourth adversarial pass over every command (the last session's leads, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create, or
the Python API as a script does.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import sample_folder

from svcmatch.cli import main
from svcmatch.errors import DataError
from svcmatch.geo import gazetteer
from svcmatch.geo.geocode import GeocodeCache
from svcmatch.referrals import is_case_ref, name_like_words

_MATCH = ("match", "--country", "AL", "--to", "Shkoder", "--needs", "shelter")
_AS_ROOT = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file to another user"
)
_NOBODY = 65534


def _match_with_gazetteers(root: Path, folder: Path) -> Result:
    environment = {"SVCMATCH_GAZETTEERS": str(folder)}
    return CliRunner().invoke(main, ["--directories", str(root), *_MATCH], env=environment)


def _planted_gazetteer(tmp_path: Path, mode: int) -> Path:
    """A folder holding a copy of the shipped gazetteer of Albania, the folder given `mode`."""
    folder = tmp_path / "gazetteers"
    folder.mkdir()
    shutil.copyfile(gazetteer.DATA_DIR / "al.json.gz", folder / "al.json.gz")
    folder.chmod(mode)
    return folder


def _refused_as_unsafe(result: Result, *words: str) -> None:
    assert result.exit_code == 3, (result.exit_code, result.output, result.exception)
    lines = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(lines) == 1 and "is not safe to read" in lines[0], result.stderr
    assert all(word in lines[0] for word in (*words, "SVCMATCH_GAZETTEERS")), lines[0]


# --- gazetteers and the geocoding cache that another user could have written ---------------------------


def test_a_gazetteer_in_a_folder_every_user_can_write_is_refused(tmp_path: Path) -> None:
    """A gazetteer in a folder of SVCMATCH_GAZETTEERS was read whoever could write the folder: one
    planted there could move a town to another region, and with it where she returns and which
    region `--avoid-region TOWN` avoids. The same file in a folder of the user's own is read."""
    root = sample_folder(tmp_path, "al")
    folder = _planted_gazetteer(tmp_path, 0o777)
    _refused_as_unsafe(_match_with_gazetteers(root, folder), "every user can write", str(folder))
    folder.chmod(0o755)
    read = _match_with_gazetteers(root, folder)
    assert read.exit_code == 0 and "Shkodër" in read.stdout, read.output


@_AS_ROOT
def test_a_gazetteer_another_user_owns_or_could_replace_is_refused(tmp_path: Path) -> None:
    """Owned by another user (the file, or a link to it that they planted in a sticky folder), or
    in a folder that a group of other users can write: refused. A folder writable by the
    owner's own group alone (a user private group, umask 002) is the owner's."""
    root = sample_folder(tmp_path, "al")
    folder = _planted_gazetteer(tmp_path, 0o755)
    os.chown(folder / "al.json.gz", _NOBODY, _NOBODY)
    _refused_as_unsafe(_match_with_gazetteers(root, folder), "is owned by the user")
    os.chown(folder / "al.json.gz", 0, 0)

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / "al.json.gz").symlink_to(folder / "al.json.gz")
    os.chown(shared / "al.json.gz", _NOBODY, _NOBODY, follow_symlinks=False)
    _refused_as_unsafe(_match_with_gazetteers(root, shared), "it is owned by the user")

    os.chown(folder, 0, 100)  # a group of others: not root's own (gid 0)
    folder.chmod(0o775)
    _refused_as_unsafe(_match_with_gazetteers(root, folder), "can write")
    os.chown(folder, 0, 0)
    assert _match_with_gazetteers(root, folder).exit_code == 0


def test_a_town_index_and_a_geocoding_cache_every_user_can_write_are_refused(tmp_path: Path) -> None:
    """The town index of a gazetteer folder answers which countries have a town of a name, and
    the geocoding cache gives the points that `directory geocode --online` stores: planted in a
    folder every user can write, each is refused, as a gazetteer is."""
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copyfile(gazetteer.DATA_DIR / gazetteer.TOWN_INDEX, folder / gazetteer.TOWN_INDEX)
    (folder / "nominatim.json").write_text('{"rruga 1, tirane, al": [41.0, 20.0]}', encoding="utf-8")
    folder.chmod(0o777)
    with pytest.raises(DataError, match="every user can write"):
        gazetteer.town_index(folder)
    with pytest.raises(DataError, match=r"the geocoding cache .* every user can write"):
        GeocodeCache(folder / "nominatim.json")
    folder.chmod(0o700)
    assert gazetteer.town_index(folder) and GeocodeCache(folder / "nominatim.json").entries
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def _match_here(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    """`match` run in `folder`, naming no directories folder: ./directories, if there is one."""
    monkeypatch.chdir(folder)
    return CliRunner().invoke(main, list(_MATCH), env={"SVCMATCH_DIRECTORIES": None})


def test_a_directories_folder_in_the_current_folder_every_user_can_write_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no --directories, a `directories` folder in the current one is read: in /tmp or a
    shared folder, another user could have made it, with a provider of theirs for the plan to
    send her to, and the referrals written below it. One that another user could change is
    refused, naming the options that choose a folder; one of the user's own is read."""
    sample_folder(tmp_path, "al").rename(tmp_path / "directories")
    (tmp_path / "directories").chmod(0o777)
    refused = _match_here(tmp_path, monkeypatch)
    assert refused.exit_code == 3 and refused.stdout == "", refused.output
    assert "the current folder's directories folder" in refused.stderr
    assert "every user can write it (give the folder you mean with --directories" in refused.stderr
    (tmp_path / "directories").chmod(0o755)
    read = _match_here(tmp_path, monkeypatch)
    assert read.exit_code == 0 and "Shkodër" in read.stdout, read.output


@_AS_ROOT
def test_a_directories_folder_another_user_made_in_a_shared_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/tmp (sticky, every user's) is a place to run from; a `directories` folder that another
    user made there is not a directory to read. Given by name, it is (the user chose it)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    planted = sample_folder(tmp_path, "al").rename(shared / "directories")
    for path in (planted, planted / "al.json"):
        os.chown(path, _NOBODY, _NOBODY)
    refused = _match_here(shared, monkeypatch)
    assert refused.exit_code == 3 and "it is owned by the user" in refused.stderr, refused.output
    chosen = CliRunner().invoke(main, ["--directories", str(planted), *_MATCH])
    assert chosen.exit_code == 0, chosen.output


# --- a case reference holding a name beside an office's number ---------------------------------------

_PACKAGE_CASE = (
    *("--country", "AL", "--to", "Shkoder", "--needs", "shelter", "--sex", "female", "--age", "30"),
    *("--consent-date", "2026-12-01", "--today", "2026-12-07", "-f", "json"),
)


def _in_store(root: Path, text: str) -> bool:
    store = root / "referrals"
    return store.exists() and any(text in p.read_text(encoding="utf-8") for p in store.rglob("*.json"))


@pytest.mark.parametrize("ref", ["AL-Elira-Hoxha-2026-0042", "al-elira-hoxha-0042", "UA-Kyiv-Olena-12"])
def test_a_case_reference_with_a_name_beside_an_office_number_is_refused_unless_said(
    tmp_path: Path, ref: str
) -> None:
    """'AL-Elira-Hoxha-2026-0042' was taken as a case reference (the office's number beside the
    words made it a code), and `referral open` kept the person's name in the store. Words that
    name no place or office are refused by `package`, by `referral open` (a package edited, or of
    another tool) and by `batch --packages` (a case id as the reference), unless the caseworker
    says that they name no one."""
    root = sample_folder(tmp_path, "al")
    run = CliRunner()
    refused = run.invoke(main, ["--directories", str(root), "package", *_PACKAGE_CASE, "--case-ref", ref])
    assert refused.exit_code == 2 and "may be the person's name" in refused.stderr, refused.output
    assert "--case-ref-not-a-name" in refused.stderr and refused.stdout == ""

    said = run.invoke(
        main,
        ["--directories", str(root), "package", *_PACKAGE_CASE, "--case-ref", ref, "--case-ref-not-a-name"],
    )
    assert said.exit_code == 0, said.output
    package = json.loads(said.stdout)
    assert package["case_ref"] == ref and package["case_ref_not_a_name"] is True
    del package["case_ref_not_a_name"]
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(package), encoding="utf-8")
    opened = run.invoke(main, ["--directories", str(root), "referral", "open", "--from", str(edited)])
    assert opened.exit_code == 2 and "may be the person's name" in opened.stderr, opened.output
    assert not _in_store(root, ref)
    package["case_ref_not_a_name"] = True
    edited.write_text(json.dumps(package), encoding="utf-8")
    opened = run.invoke(main, ["--directories", str(root), "referral", "open", "--from", str(edited)])
    assert opened.exit_code == 0 and _in_store(root, ref), opened.output

    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,sex,age,consent_date\n"
        + f"{ref},AL,Shkoder,shelter,female,30,2026-12-01\n",
        encoding="utf-8",
    )
    packages = tmp_path / "packages"
    batch = run.invoke(main, ["--directories", str(root), "batch", str(cases), "--packages", str(packages)])
    assert batch.exit_code == 1 and "may be the person's name" in batch.stdout, batch.output
    assert not packages.exists() or not any(packages.iterdir())


@pytest.mark.parametrize(
    "code",
    [
        "IOM-Roma-Tirana-2026-0042",
        "IOM-Rome-Case-2026-12",
        "Tirana-Office-12",
        "UNHCR-Rome-12",
        "IOM-Athens-Shelter-2026-3",
        "IOM-Italy-Albania-12",
        "AL-Dec-2026-1",
        "gr-ath-tir-12",  # an office's abbreviations: three letters
        "85ee37b5-78ee-5e37-bfd8-cdb0daf44a57",  # a case system's UUID
    ],
)
def test_office_codes_of_places_and_office_words_hold_no_name(code: str) -> None:
    assert is_case_ref(code) and name_like_words(code) == []


# --- standard output that the disk takes only in part ------------------------------------------------


def _limited_to_a_kilobyte() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a file size limit as Linux sets it")
@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_an_output_the_disk_takes_in_part_is_an_error_under_pythonunbuffered(
    tmp_path: Path, unbuffered: str
) -> None:
    """Under PYTHONUNBUFFERED=1 (many container images set it) `match -f json > plan.json` on a
    disk or quota filling (here a file size limit of 1 KiB) wrote the first kilobyte and ended
    with exit 0: the standard stream wrote straight to the file, and the rest of a write the
    disk took in part was dropped. It is exit 2 and one line, as without the variable."""
    root = sample_folder(tmp_path, "al")
    plan = tmp_path / "plan.json"
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root), *_MATCH, "-f", "json"]
    environment = {**os.environ, "PYTHONUNBUFFERED": unbuffered, "PYTHONDONTWRITEBYTECODE": "1"}
    with plan.open("wb") as handle:
        done = subprocess.run(
            command,
            stdout=handle,
            stderr=subprocess.PIPE,
            env=environment,
            preexec_fn=_limited_to_a_kilobyte,
            timeout=120,
            check=False,
        )
    errors = done.stderr.decode().splitlines()
    assert done.returncode == 2, (done.returncode, errors)
    assert [line for line in errors if "error" in line] == [
        "svcmatch: error: cannot write the output: File too large "
        "(check the disk, or write with -o FILE elsewhere)"
    ]


# --- an integer past a float's range ----------------------------------------------------------------

_HUGE = "9" * 400


def test_an_integer_past_a_floats_range_in_a_directory_file_is_one_line(tmp_path: Path) -> None:
    """A directory file whose latitude was an integer of 400 digits (a hand edit, a bad merge)
    failed every command with an OverflowError traceback; a point or a number past any that
    svcmatch reads is a damaged record now, named by its line and field, its value not shown."""
    root = sample_folder(tmp_path, "al")
    path = root / "al.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'"latitude": [^,]+,', f'"latitude": {_HUGE},', text, count=1), encoding="utf-8")
    for command in (_MATCH, ("directory", "list", "AL"), ("directory", "validate", "AL")):
        done = CliRunner().invoke(main, ["--directories", str(root), *command])
        assert done.exit_code == 3, (command, done.output, done.exception)
        assert (
            "latitude: a number past any a point or count takes" in done.stderr and _HUGE not in done.stderr
        )


def test_an_integer_past_a_floats_range_in_a_json_input_is_one_line(tmp_path: Path) -> None:
    """The same integer in a record of `directory add --json`, a `--weights` or `--case` file and
    a batch line gave a traceback (or a batch row's "internal error ... please report it")."""
    root = sample_folder(tmp_path, "al")
    record = tmp_path / "record.json"
    record.write_text(
        json.dumps({"name": "X Clinic", "categories": ["medical"], "region": "AL-11", "longitude": 19.8})[:-1]
        + f', "latitude": {_HUGE}}}',
        encoding="utf-8",
    )
    weights = tmp_path / "weights.json"
    weights.write_text(f'{{"distance": {_HUGE}}}', encoding="utf-8")
    case = tmp_path / "case.json"
    case.write_text(
        f'{{"country": "AL", "to": "Shkoder", "needs": "shelter", "max_km": {_HUGE}}}', encoding="utf-8"
    )
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        case.read_text(encoding="utf-8").replace("{", '{"case_id": "c1", ', 1) + "\n", encoding="utf-8"
    )
    commands = {
        "add": ["directory", "add", "AL", "--json", str(record), "--allow-sample"],
        "weights": [*_MATCH, "--weights", str(weights)],
        "case": ["match", "--case", str(case)],
    }
    for name, command in commands.items():
        done = CliRunner().invoke(main, ["--directories", str(root), *command])
        assert done.exit_code == 2, (name, done.output, done.exception)
        assert "(400 digits), past any number svcmatch reads" in done.stderr, (name, done.stderr)
    batch = CliRunner().invoke(main, ["--directories", str(root), "batch", str(cases)])
    assert batch.exit_code == 1 and "past any number svcmatch reads" in batch.stdout, batch.output
    assert "internal error" not in batch.output
