"""Distances in words agree with the table: a warning or an unmet reason gives whole km, as the
table's km column and the reasons do ('458 km', never '458.4 km' beside a table's 458)."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from svcmatch.cli import main


def test_the_far_away_warning_gives_the_distance_the_table_gives() -> None:
    args = ["match", "--country", "MA", "--to", "Oujda", "--needs", "housing", "--sex", "male", "--age", "34"]
    result = CliRunner().invoke(main, [*args, "--format", "json", "--today", "2026-12-03"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    far = [w for w in document["warnings"] if "far away" in str(w)]
    assert far, document["warnings"]
    assert not re.search(r"\d\.\d km", json.dumps(far)), far
    first = document["needs"]["housing"][0]
    assert first["distance_km"] == 458.4  # the JSON keeps the figure; words round it
    assert "458 km from Oujda" in first["reasons"]
    assert "is 458 km from Oujda" in json.dumps(far)
