"""A long import shows a progress bar on a terminal, and never in a pipe or with --quiet (issue 15)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.storage import DirectoryStore

HSDS_JSON = Path(__file__).parent / "fixtures" / "hsds" / "al_shpresa.json"
ROWS = 40


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "providers.csv"
    lines = ["name,categories,city,region"]
    lines += [f"Legal Aid {number},legal,Tiranë,AL-11" for number in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def on_a_terminal(*args: str) -> tuple[int, str]:
    """Run svcmatch with stderr on a pseudo-terminal; (exit code, what the terminal showed)."""
    main_fd, terminal_fd = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "svcmatch", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal_fd,
        env=env,
    )
    os.close(terminal_fd)
    shown = b""
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(main_fd)
    return process.wait(timeout=120), shown.decode("utf-8", "replace")


def test_no_bar_when_stderr_is_not_a_terminal(root: Path, table: Path) -> None:
    result = CliRunner().invoke(main, ["--directories", str(root), "directory", "import", "AL", str(table)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"svcmatch: imported {table} into AL: {ROWS} added, 0 updated, 0 unchanged\n"
    piped = subprocess.run(
        [
            sys.executable,
            "-m",
            "svcmatch",
            "--directories",
            str(root),
            "directory",
            "import",
            "AL",
            str(table),
            "--allow-duplicates",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert piped.returncode == 0 and "reading" not in piped.stderr and "#" not in piped.stderr


def test_a_bar_on_a_terminal_for_a_table(root: Path, table: Path) -> None:
    code, shown = on_a_terminal("--directories", str(root), "directory", "import", "AL", str(table))
    assert code == 0, shown
    assert "reading providers.csv" in shown and f"  {ROWS}" in shown, shown
    assert f"{ROWS} added" in shown


def test_a_bar_on_a_terminal_for_hsds(root: Path) -> None:
    args = ("--directories", str(root), "directory", "import", "AL", str(HSDS_JSON), "--format", "hsds")
    code, shown = on_a_terminal(*args, "--dry-run")
    assert code in (0, 1), shown
    assert f"reading {HSDS_JSON.name}" in shown and "3/3" in shown, shown


def test_quiet_draws_no_bar_on_a_terminal(root: Path, table: Path) -> None:
    code, shown = on_a_terminal(
        "--directories", str(root), "directory", "import", "AL", str(table), "--quiet"
    )
    assert code == 0, shown
    assert "reading" not in shown and f"{ROWS} added" in shown
