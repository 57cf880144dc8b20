"""The README's legend of the match table says what orders it (newcomer screen, session
twenty-eight: "`score` orders the results" under a table with a full provider's 0.40 below
another's -0.16)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from svcmatch.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_the_legend_says_a_full_provider_comes_after_whatever_its_score(tmp_path: Path) -> None:
    legend = " ".join(
        (ROOT / "README.md").read_text(encoding="utf-8").split("Reading the table:", 1)[1].split()
    )
    assert (
        "`score` orders the results, but for a full provider (`F`): it comes after every one not "
        "known to be full, whatever its score" in legend
    )
    # and so the tool does: the Shkodër shelter made full ranks below the national one
    document = json.loads((ROOT / "directories" / "al.json").read_text(encoding="utf-8"))
    shelter = document["providers"]["al-shk-ae62"]
    shelter["capacity_available"], shelter["capacity_updated"] = 0, "2026-12-06"
    document["meta"]["directory"]["sample"] = False
    (tmp_path / "al.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    args = [
        "--directories",
        str(tmp_path),
        "match",
        "--country",
        "AL",
        "--to",
        "Shkodra",
        "--needs",
        "shelter",
    ]
    args += ["--sex", "female", "--age", "24", "--today", "2026-12-07", "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    shelters = json.loads(result.stdout)["needs"]["shelter"]
    full = [r for r in shelters if r["full"]]
    assert [r["id"] for r in full] == ["al-shk-ae62"]
    above = shelters[: shelters.index(full[0])]
    assert above and any(r["score"] < full[0]["score"] for r in above)
