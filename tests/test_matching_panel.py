"""A caseworker's second pass over issue 12's rules (the held-out panel runs `match --format
json`): each test is a case a careful caseworker would have overruled before its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from test_matching_caseworker import TODAY, ids, plan, prov, run

from svcmatch.cli import main
from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore


def _write(root: Path, *providers: Provider) -> Path:
    """A country office's own AL directory holding these providers."""
    store = DirectoryStore("AL", root)
    store.create(title="panel")
    with store.transaction() as tx:
        for p in providers:
            tx.put(p)
    return root


def _cli_json(root: Path, *args: str) -> dict[str, Any]:
    argv = ["--directories", str(root), "match", *args, "--today", TODAY.isoformat(), "--format", "json"]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


# --- the plan's choice is always shown -----------------------------------------------------------


def _one_place_for_two_services() -> tuple[Provider, ...]:
    return (
        prov("home", km=0),
        prov("both", km=2, categories=("medical", "psychosocial")),
        prov("clinic", km=1, categories=("medical",)),
        prov("counsel", km=1.1, categories=("psychosocial",)),
    )


def test_the_plans_choice_below_top_is_shown_with_its_rank() -> None:
    """--top 1 used to hide the plan's choice when it ranked second (to keep her to one place):
    the JSON's plan named a provider no result showed, and `package --from` refused it."""
    result = run(*_one_place_for_two_services(), needs=("shelter", "medical", "psychosocial"), top=1)
    assert plan(result) == {"shelter": "home", "medical": "both", "psychosocial": "both"}
    assert ids(result, "medical") == ["clinic", "both"]
    assert [m.rank for m in result.needs["medical"]] == [1, 2]
    shown = run(*_one_place_for_two_services(), needs=("shelter", "medical", "psychosocial"), top=3)
    assert ids(shown, "medical") == ["clinic", "both"]  # nothing added when it is shown anyway


def test_a_package_builds_from_a_top_1_match(tmp_path: Path) -> None:
    root = _write(tmp_path, *_one_place_for_two_services())
    document = _cli_json(
        root, "--country", "AL", "--to", "Shkoder", "--needs", "shelter,medical,psychosocial", "--top", "1"
    )
    saved = tmp_path / "match.json"
    saved.write_text(json.dumps(document), encoding="utf-8")
    built = CliRunner().invoke(
        main, ["package", "--from", str(saved), "--case-ref", "C-1", "--draft", "--format", "json"]
    )
    assert built.exit_code == 0, built.output
    services = {s["need"]: s["provider"]["id"] for s in json.loads(built.stdout)["needs"]}
    assert services["medical"] == "both"
