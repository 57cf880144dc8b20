"""What to avoid is a safety rule in a case file too: a list holding a blank item, or a cell of
separators only, is refused for that case (batch goes on with the others), never read as nothing
to avoid; an empty cell or key is none, as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.matching import Case

BASE = {"country": "AL", "to": "Tirana", "needs": ["shelter"]}


@pytest.mark.parametrize("key", ["avoid_region", "avoid_provider"])
@pytest.mark.parametrize("value", [[""], ["AL-07", " "], ",", " ; "])
def test_a_blank_value_to_avoid_is_refused(key: str, value: object) -> None:
    with pytest.raises(InputError, match=f"{key}: .* holds an empty value"):
        Case.from_mapping({**BASE, key: value})


@pytest.mark.parametrize("value", ["", None, [], "AL-07,", ["AL-07"]])
def test_an_empty_cell_is_none_and_a_stray_comma_is_no_value(value: object) -> None:
    case = Case.from_mapping({**BASE, "avoid_region": value})
    assert case.avoid_region in ((), ("AL-07",))


def test_batch_fails_that_case_only(tmp_path: Path) -> None:
    cases = tmp_path / "cases.json"
    cases.write_text(
        json.dumps([{"case_id": "a", **BASE, "avoid_region": [""]}, {"case_id": "b", **BASE}]),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["batch", str(cases), "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert "holds an empty value" in records[0]["error"]
    assert "error" not in records[1]
