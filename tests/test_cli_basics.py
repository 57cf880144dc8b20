"""Behaviour every command shares: help with an example, version, entry points."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from svcmatch import __version__
from svcmatch.cli import COMMANDS, main
from svcmatch.cli.directory import DIRECTORY_COMMANDS


def _all_command_paths() -> list[list[str]]:
    paths: list[list[str]] = []
    ctx = click.Context(main)
    for name in sorted(COMMANDS):
        command = main.get_command(ctx, name)
        assert command is not None
        paths.append([name])
        if isinstance(command, click.Group):
            sub_ctx = click.Context(command, parent=ctx)
            for sub in command.list_commands(sub_ctx):
                paths.append([name, sub])
    return paths


def test_every_registered_command_imports() -> None:
    paths = _all_command_paths()
    assert ["directory", "import"] in paths
    assert len([p for p in paths if p[0] == "directory"]) == len(DIRECTORY_COMMANDS) + 1


@pytest.mark.parametrize("path", _all_command_paths(), ids=" ".join)
def test_every_command_has_help_with_an_example(path: list[str]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.output
    assert "svcmatch " in result.output.split("Options:")[0], f"no example in help of {path}"


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.output == f"svcmatch, version {__version__}\n"


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "svcmatch", "needs", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"code": "shelter"' in done.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["matchh"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["locate", "Balti"], "svcmatch locate: missing option --country"),
        (["referral", "open"], "svcmatch referral open: missing option --from"),
        (["directory", "edit", "AL", "al-x"], "svcmatch directory edit: missing option --set"),
        (["directory", "show", "AL"], "svcmatch directory show: missing argument ID"),
    ],
)
def test_a_missing_option_is_named_as_typed(args: list[str], said: str) -> None:
    """'missing option --country' / '-c' (click's hint with its quotes half stripped) read as
    garbage: the option is named once, as one would type it."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    line = result.output.strip().splitlines()[-1]
    assert line.startswith(f"svcmatch: error: {said} (")
    assert "'" not in line.split(" (", 1)[0]


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (["directory", "edit", "AL", "al-x", "--set"], "svcmatch directory edit"),
        (["match", "--country", "AL", "--to"], "svcmatch match"),
        (["--directories", "dirs", "directory", "list", "AL", "--category"], "svcmatch directory list"),
    ],
)
def test_an_option_without_its_value_points_to_its_commands_help(args: list[str], path: str) -> None:
    """click's parser gives "requires an argument" no context: the fix named `svcmatch --help`,
    which does not list the option (country office pass, left to the lead)."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    line = result.output.strip().splitlines()[-1]
    assert line.startswith(f"svcmatch: error: {path}: option '{args[-1]}' requires an argument")
    assert line.endswith(f"(`{path} --help` lists the options)")
