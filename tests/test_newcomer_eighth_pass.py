"""An eighth newcomer pass: what a newcomer types that is not svcmatch's word. Each test is a
problem it found."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from svcmatch.cli import main


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("diff", "history"),  # was 'did you mean edit?'
        ("log", "history"),
        ("delete", "remove"),  # was no suggestion
        ("rm", "remove"),
        ("update", "edit"),  # was 'did you mean validate?'
        ("check", "validate"),
        ("ls", "list"),
        ("backup", "export"),
        ("create", "add"),
    ],
)
def test_another_tools_word_for_a_directory_command_names_it(typed: str, meant: str) -> None:
    result = CliRunner().invoke(main, ["directory", typed, "AL"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"svcmatch: error: no command {typed!r} in 'svcmatch directory' (did you mean {meant}?)\n"
    )


@pytest.mark.parametrize("typed", ["undo", "revert", "rollback"])
def test_undo_says_how_a_change_is_undone(typed: str) -> None:
    """`directory revert` was told 'did you mean remove or verify?'."""
    result = CliRunner().invoke(main, ["directory", typed, "AL"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"svcmatch: error: no command {typed!r} in 'svcmatch directory' (there is no undo: `svcmatch "
        "directory history CC ID` shows each field's old value, and `svcmatch directory edit CC ID --set "
        "FIELD=OLD` sets it back (docs/directory-commands.md, Undoing a change))\n"
    )


def test_a_word_for_a_command_the_group_lacks_is_left_to_the_spelling() -> None:
    result = CliRunner().invoke(main, ["referral", "update", "--help"])
    assert result.exit_code == 0  # referral's own update
    result = CliRunner().invoke(main, ["referral", "rm"])
    assert "did you mean remove" not in result.stderr


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("--region", "--to"),  # was 'did you mean --avoid-region?': the opposite of what she meant
        ("--town", "--to"),  # was '--to or --today or --top?'
        ("--city", "--to"),
        ("--destination", "--to"),  # was '--exploitation?'
        ("--gender", "--sex"),  # was '--age?'
        ("--sexe", "--sex"),
        ("--lang", "--language"),
        ("--ages", "--age"),
    ],
)
def test_a_newcomers_word_for_a_match_option_names_the_option_meant(typed: str, meant: str) -> None:
    args = ["match", "--country", "AL", "--to", "Shkodra", "--needs", "shelter", typed, "x"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert f"svcmatch match: no option {typed} (did you mean {meant}?)" in result.stderr
