"""The twenty-fourth adversarial pass over every command (the last session's leads, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create, or
the Python API as a script does.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
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
    _refused_as_unsafe(_match_with_gazetteers(root, shared), f"{shared / 'al.json.gz'} is owned by the user")

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
        "Hoxha-2026-0042",  # one word: a surname alone is not told from a code (a residual)
    ],
)
def test_office_codes_of_places_and_office_words_hold_no_name(code: str) -> None:
    assert is_case_ref(code) and name_like_words(code) == []
