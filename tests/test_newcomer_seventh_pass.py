"""A seventh newcomer pass: what someone new to svcmatch tries after README.md's first match.
Each test is a problem it found."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from svcmatch.cli import main


@pytest.mark.parametrize(
    ("args", "command"),
    [(["directory", "list", "AL"], "directory list"), (["referral", "list"], "referral list")],
)
def test_allow_sample_after_a_command_that_does_not_take_it_says_where_it_goes(
    args: list[str], command: str
) -> None:
    """`--allow-sample` after a command that does not take it was 'no option --allow-sample',
    where `--directories` there was told to go before the command (eighth office pass)."""
    result = CliRunner().invoke(main, [*args, "--allow-sample"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"svcmatch: error: --allow-sample is an option of svcmatch itself, not of '{command}' "
        f"(put it before the command: svcmatch --allow-sample {command} ...)"
    )
