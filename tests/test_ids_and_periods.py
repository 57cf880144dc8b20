"""Two small things a country office met: a provider added with a Cyrillic town got an id like
'ua-x-f7e7' (the town's letters were dropped, where 'Lviv' gives 'ua-lvi-...'), and `directory
stale --older-than 365d` did not count a record verified on a date in the future as stale, where
`12m` (and match) did."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from svcmatch.checks import Period
from svcmatch.cli import main


def test_a_cyrillic_town_gives_its_latin_letters_to_the_id(tmp_path: Path) -> None:
    root = ["--directories", str(tmp_path)]
    runner = CliRunner()
    assert runner.invoke(main, [*root, "directory", "init", "UA"]).exit_code == 0
    fields = ["--name", "Центр Надія", "--category", "shelter", "--region", "UA-46", "--city", "Львів"]
    added = runner.invoke(main, [*root, "directory", "add", "UA", *fields])
    assert added.exit_code == 0, added.output
    (new_id,) = [line for line in added.stdout.split() if line.startswith("ua-")]
    assert new_id.startswith("ua-lvi-"), new_id
    document = json.loads(
        runner.invoke(main, [*root, "directory", "show", "UA", new_id, "-f", "json"]).stdout
    )
    assert document["city"] == "Львів"  # the town as written; only the id takes its Latin letters


def test_a_verification_in_the_future_is_stale_in_days_as_in_months() -> None:
    today = dt.date(2026, 12, 4)
    future = dt.date(2027, 6, 1)
    assert Period(12, "months").is_stale(future, today)
    assert Period(365, "days").is_stale(future, today)
    assert not Period(365, "days").is_stale(dt.date(2026, 6, 1), today)
