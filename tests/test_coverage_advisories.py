"""`coverage` shows the directory's advisories beside the counts: a national provider counts in
every region, so Crimea and Sevastopol showed three shelters and five psychosocial services with
nothing to say that a return there cannot be planned through the directory."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.storage import bundled_root

OCCUPIED = ["UA-09", "UA-14", "UA-23", "UA-40", "UA-43", "UA-65"]  # the UA sample's advisories


def _coverage(*args: str, root: Path | None = None) -> Any:
    prefix = ["--directories", str(root)] if root else []
    result = CliRunner().invoke(main, [*prefix, "coverage", *args])
    assert result.exit_code == 0, result.output
    return result


def test_json_carries_the_advisories_of_the_matrixs_regions() -> None:
    document = json.loads(_coverage("UA", "--format", "json").stdout)
    assert sorted(document["advisories"]) == OCCUPIED
    assert "temporary military occupation" in document["advisories"]["UA-43"]
    assert json.loads(_coverage("AL", "--format", "json").stdout)["advisories"] == {}


def test_csv_has_an_advisory_column_and_the_table_marks_the_rows() -> None:
    rows = list(csv.DictReader(_coverage("UA", "--format", "csv").stdout.splitlines()))
    advised = {row["region"] for row in rows if row["advisory"]}
    assert sorted(advised) == OCCUPIED
    table = _coverage("UA")
    assert "Autonomous Republic of Crimea †" in table.stdout
    assert "Lviv Oblast †" not in table.stdout
    assert "† = under an advisory (UA-09, UA-14, UA-23, UA-40, UA-43, UA-65)" in table.stderr


def test_html_lists_them_escaped(tmp_path: Path) -> None:
    document = json.loads((bundled_root() / "al.json").read_text(encoding="utf-8"))
    document["meta"]["directory"]["sample"] = False
    (tmp_path / "al.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    text = "Floods <b>in</b> the valley & roads closed"
    done = CliRunner().invoke(
        main, ["--directories", str(tmp_path), "directory", "advise", "AL", "AL-07", "--text", text]
    )
    assert done.exit_code == 0, done.output
    html = _coverage("AL", "--format", "html", root=tmp_path).stdout
    assert '<span class="advisory">advisory</span>' in html
    assert "Advisories: check before planning a return there" in html
    assert "Floods &lt;b&gt;in&lt;/b&gt; the valley &amp; roads closed" in html
    assert "<b>in</b>" not in html
