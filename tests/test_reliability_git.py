"""Two offices edit one directory on two git branches: the merge is clean and the file validates."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore, load_directory

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

PROVIDERS = [
    Provider(
        id=f"al-{city[:3].lower()}-000{n}",
        name=f"Qendra {city}",
        categories=("legal",),
        city=city,
        region=region,
        latitude=lat,
        longitude=lon,
        coverage=Coverage("national"),
        phone=f"+355 22 000 00{n}",
        email=f"info{n}@example.org",
    )
    for n, (city, region, lat, lon) in enumerate(
        [
            ("Shkodër", "AL-10", 42.0683, 19.5126),
            ("Tiranë", "AL-11", 41.3275, 19.8187),
            ("Vlorë", "AL-12", 40.4661, 19.4914),
        ],
        start=1,
    )
]


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(repo), "GIT_CONFIG_NOSYSTEM": "1"},
    )


def validate(repo: Path) -> Result:
    folder = str(repo / "directories")
    return CliRunner().invoke(main, ["--directories", folder, "directory", "validate", "AL"])


def svcmatch(repo: Path, *args: str) -> None:
    result = CliRunner().invoke(
        main, ["--directories", str(repo / "directories"), *args], env={"SVCMATCH_AUTHOR": "office"}
    )
    assert result.exit_code == 0, result.output


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.name", "Test Office")
    git(tmp_path, "config", "user.email", "office@example.org")
    store = DirectoryStore("AL", tmp_path / "directories")
    store.create(author="seed")
    with store.transaction(author="seed") as transaction:
        for provider in PROVIDERS:
            transaction.put(provider)
    git(tmp_path, "add", "-A")
    assert git(tmp_path, "commit", "-q", "-m", "start").returncode == 0
    return tmp_path


def branch(repo: Path, name: str, *edits: list[str]) -> None:
    git(repo, "checkout", "-q", "-b", name, "main")
    for edit in edits:
        svcmatch(repo, *edit)
    git(repo, "add", "-A")
    assert git(repo, "commit", "-q", "-m", name).returncode == 0


def merge(repo: Path) -> subprocess.CompletedProcess[str]:
    git(repo, "checkout", "-q", "main")
    assert git(repo, "merge", "-q", "--no-edit", "office-a").returncode == 0
    return git(repo, "merge", "--no-edit", "office-b")


def test_edits_of_different_providers_on_two_branches_merge_cleanly(repo: Path) -> None:
    branch(
        repo,
        "office-a",
        [
            "directory",
            "edit",
            "AL",
            "al-shk-0001",
            "--set",
            "phone=+355 22 111 111",
            "--set",
            "status=inactive",
        ],
    )
    branch(
        repo,
        "office-b",
        ["directory", "edit", "AL", "al-vlo-0003", "--set", "email=new@example.org"],
        ["directory", "verify", "AL", "al-tir-0002", "--by", "Office B", "--on", "2026-01-15"],
    )
    merged = merge(repo)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    directory = load_directory("AL", repo / "directories")
    assert directory.get("al-shk-0001").phone == "+355 22 111 111"  # type: ignore[union-attr]
    assert directory.get("al-vlo-0003").email == "new@example.org"  # type: ignore[union-attr]
    assert str(directory.get("al-tir-0002").verified_on) == "2026-01-15"  # type: ignore[union-attr]
    result = validate(repo)
    assert result.exit_code == 0, result.output
    history = CliRunner().invoke(
        main, ["--directories", str(repo / "directories"), "directory", "history", "AL", "-f", "json"]
    )
    assert history.output.count('"operation": "edit"') == 3  # each branch's record kept, no conflict


def test_adds_on_two_branches_merge_cleanly_when_their_ids_sort_apart(repo: Path) -> None:
    """New records are new keys in one sorted object: git merges them when other records lie
    between them; two adds that sort next to each other touch neighbouring lines (see below)."""
    branch(
        repo,
        "office-a",
        [
            "directory",
            "add",
            "AL",
            "--id",
            "al-aaa-0001",
            "--name",
            "A",
            "--category",
            "legal",
            "--region",
            "AL-11",
        ],
    )
    branch(
        repo,
        "office-b",
        [
            "directory",
            "add",
            "AL",
            "--id",
            "al-zzz-0001",
            "--name",
            "Z",
            "--category",
            "legal",
            "--region",
            "AL-11",
        ],
    )
    merged = merge(repo)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    ids = {p.id for p in load_directory("AL", repo / "directories").providers}
    assert {"al-aaa-0001", "al-zzz-0001"} <= ids


def test_adjacent_adds_conflict_and_the_conflict_is_refused_with_its_line(repo: Path) -> None:
    """Honest limit: two adds whose ids sort side by side conflict in git. svcmatch then refuses
    the file with the line of the markers, and never overwrites it."""
    branch(
        repo,
        "office-a",
        [
            "directory",
            "add",
            "AL",
            "--id",
            "al-new-0001",
            "--name",
            "A",
            "--category",
            "legal",
            "--region",
            "AL-11",
        ],
    )
    branch(
        repo,
        "office-b",
        [
            "directory",
            "add",
            "AL",
            "--id",
            "al-new-0002",
            "--name",
            "B",
            "--category",
            "legal",
            "--region",
            "AL-11",
        ],
    )
    merged = merge(repo)
    print("adjacent adds:", "merged" if merged.returncode == 0 else "conflict")
    if merged.returncode == 0:  # git found the hunks apart: then the merged file must be whole
        ids = {p.id for p in load_directory("AL", repo / "directories").providers}
        assert {"al-new-0001", "al-new-0002"} <= ids
        return
    path = repo / "directories" / "al.json"
    before = path.read_bytes()
    result = validate(repo)
    assert result.exit_code == 3 and "merge conflict markers" in result.output and "line " in result.output
    assert path.read_bytes() == before
