"""A JSON file that cannot be read gets a hint naming what the command reads: cases for
`batch`, referral answers for `referral update --from`, provider records for an import (it said
"provider records" to all three)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["batch"], "give a JSON list of cases"),
        (["referral", "update", "--from"], "give a JSON list of referral answers"),
        (["directory", "import", "AL", "--dry-run"], "give a JSON list of provider records"),
    ],
)
def test_the_hint_names_what_the_command_reads(tmp_path: Path, args: list[str], hint: str) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"case_id": "a", ', encoding="utf-8")
    command = [*args[:3], str(broken), *args[3:]] if args[0] == "directory" else [*args, str(broken)]
    runner = CliRunner()
    assert runner.invoke(main, ["--directories", str(tmp_path), "directory", "init", "AL"]).exit_code == 0
    result = runner.invoke(main, ["--directories", str(tmp_path), *command])
    assert result.exit_code == 2, result.output
    assert f"({hint})" in result.output
    assert "Traceback" not in result.output


def test_setting_extra_as_text_says_how_to_change_it(tmp_path: Path) -> None:
    """`edit --set 'extra={"a":1}'` said "extra must be an object" to a user who gave one."""
    runner = CliRunner()
    root = ["--directories", str(tmp_path)]
    assert runner.invoke(main, [*root, "directory", "init", "AL"]).exit_code == 0
    added = runner.invoke(
        main,
        [*root, "directory", "add", "AL", "--name", "X Clinic", "--category", "medical", "--region", "AL-08"],
    )
    assert added.exit_code == 0, added.output
    provider_id = added.stdout.split()[0]
    result = runner.invoke(main, [*root, "directory", "edit", "AL", provider_id, "--set", 'extra={"a":1}'])
    assert result.exit_code == 2
    assert "not text to set" in result.output and "export the directory as JSON" in result.output
