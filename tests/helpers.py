"""What many test files share: the `svcmatch directory` command run on a folder of directories."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from svcmatch.cli import main


def run_directory(root: Path, *args: str, input: str | bytes | None = None) -> Result:
    """`svcmatch --directories ROOT directory ARGS...`, as a user types it (stdin from `input`)."""
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args], input=input)
