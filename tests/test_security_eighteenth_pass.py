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

from test_security_second_pass import CLINIC, SHELTER, cli, make_root

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


def test_what_is_written_about_a_person_is_private(tmp_path: Path) -> None:
    """A saved match, a package, a batch's results and packages, a referral record and a list of
    referrals hold a person's needs, age, place of return or case reference beside the shelter
    she goes to; each was made 0644 (every local user could read it). A new one is made 0600 (a
    folder 0700) whatever the umask; a file that exists keeps the permissions its owner gave it."""
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
    assert all(referrals[name] == 0o700 for name in folders), referrals
    assert all(mode == 0o600 for name, mode in referrals.items() if name.endswith(".json")), referrals
    (out / "match.json").chmod(0o640)  # a file the caseworker shares with her team: kept so
    with _umask(0o022):
        again = cli(root, "match", *case, "-f", "json", "-o", str(out / "match.json"))
    assert again.exit_code == 0, again.output
    assert (out / "match.json").stat().st_mode & 0o777 == 0o640
    assert json.loads((out / "match.json").read_text(encoding="utf-8"))["needs"]
