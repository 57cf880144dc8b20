"""A region given by code is read as written: '08', 'AL-08', 'al08' are AL-08; '8' and 'AL-8'
would need a digit supplied, so where a region must be exact (avoided regions, what a directory
stores, advisories) they are refused with the code to write; tolerant readers show the reading."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import read_region

MATCH = ["match", "--country", "AL", "--to", "Tirana", "--needs", "shelter", "--sex", "female", "--age", "30"]


@pytest.mark.parametrize("text", ["AL-08", "al08", "AL 08", "Lezhë"])
def test_a_code_or_name_as_written_is_exact(text: str) -> None:
    reading = read_region(text, "AL")
    assert (reading.code, reading.how) == ("AL-08", None)


def test_a_bare_number_is_read_as_the_code_and_said() -> None:
    # session twenty-four: '08' without its country was read without a word
    reading = read_region("08", "AL")
    assert (reading.code, reading.how) == ("AL-08", "synonym")


@pytest.mark.parametrize(
    ("text", "country", "code"), [("8", "AL", "AL-08"), ("AL-8", "AL", "AL-08"), ("1", "MA", "MA-01")]
)
def test_a_code_short_of_a_digit_is_refused_where_a_region_is_exact(
    text: str, country: str, code: str
) -> None:
    with pytest.raises(InputError, match=f"not a region code of {country} as written") as caught:
        read_region(text, country)
    assert code in str(caught.value) and code in (caught.value.hint or "")
    reading = read_region(text, country, tolerant=True)
    assert (reading.code, reading.how) == (code, "spelling")


@pytest.mark.parametrize("text", ["8", "AL-8"])
def test_match_refuses_an_avoided_region_short_of_a_digit(text: str) -> None:
    result = CliRunner().invoke(main, [*MATCH, "--avoid-region", text])
    assert result.exit_code == 2
    assert "write AL-08" in result.output
    assert CliRunner().invoke(main, [*MATCH, "--avoid-region", "AL-08"]).exit_code == 0


def test_advise_refuses_a_region_short_of_a_digit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    root = ["--directories", str(tmp_path)]
    assert runner.invoke(main, [*root, "directory", "init", "AL"]).exit_code == 0
    result = runner.invoke(main, [*root, "directory", "advise", "AL", "8", "--text", "Floods in the north."])
    assert result.exit_code == 2, result.output
    assert "write AL-08" in result.output
    assert "Floods" not in (tmp_path / "al.json").read_text(encoding="utf-8")
