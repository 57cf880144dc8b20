"""A word for "not" that is half of a name written in two is no "not" (session twenty-eight: the
Tagalog 'wala', "none", added with the need words of Asia's returns, made 'Gujran Wala' (Gujranwala,
Pakistan's fifth city, written as it is often typed) a place that "says which place is not meant")."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.negation import negations_in


def test_half_of_a_name_written_in_two_is_not_a_negation() -> None:
    assert negations_in("gujran wala", "gujranwala") == []
    assert negations_in("arif wala", "arifwala") == []


def test_a_negation_beside_the_name_still_counts() -> None:
    assert negations_in("gujranwala wala", "gujranwala") == ["wala"]
    assert negations_in("wala gujranwala", "gujranwala") == ["wala"]
    assert negations_in("no tirana", "tirana") == ["no"]


def test_gujran_wala_is_read_as_gujranwala() -> None:
    result = CliRunner().invoke(main, ["locate", "Gujran Wala", "--country", "PK", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"Gujranwala"' in result.stdout


@pytest.mark.parametrize("needs", ["wala shelter", "walang tirahan"])
def test_a_need_said_with_wala_is_still_refused(needs: str) -> None:
    args = ["match", "--country", "AL", "--to", "Shkodra", "--needs", needs, "--sex", "female", "--age", "30"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert "does not need" in result.output
