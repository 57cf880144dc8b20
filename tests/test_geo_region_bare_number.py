"""A region to avoid given as a bare number ('11', as a spreadsheet's cell holds it) is the code
of the country of return with that number, and is said as a reading (it was read without a word,
where a safety input is read exactly or said)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.geo.regions import read_region


def test_a_bare_number_is_said_as_a_reading() -> None:
    assert read_region("11", "AL").code == "AL-11"
    assert read_region("11", "AL").how == "synonym"


def test_a_code_written_with_its_country_is_read_as_it_is() -> None:
    for text in ("AL-11", "al-11", "AL11"):
        assert read_region(text, "AL").how is None


def test_match_says_the_reading_of_a_bare_number() -> None:
    runner = CliRunner()
    args = ["--directories", "directories", "match", "--country", "AL", "--to", "Shkodër"]
    args += ["--needs", "shelter", "--avoid-region", "11", "--format", "json"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    said = {"field": "avoid_region", "input": "11", "read_as": "AL-11 Tiranë", "how": "synonym"}
    assert said in document["readings"]
