"""People's data: no command keeps a case or a name; errors echo only the value that is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore

NAME = "Marjeta Sekretnova"
CASE = ["--country", "AL", "--to", "Tirana", "--needs", "shelter,legal", "--sex", "female", "--age", "24"]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    store = DirectoryStore("AL", tmp_path / "dirs")
    store.create(author="t")
    with store.transaction(author="t") as transaction:
        transaction.put(
            Provider(
                id="al-tir-0001",
                name="Qendra",
                categories=("shelter", "legal"),
                city="Tiranë",
                region="AL-11",
                latitude=41.33,
                longitude=19.82,
                coverage=Coverage("national"),
            )
        )
    for variable in ("HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TMPDIR"):
        monkeypatch.setenv(variable, str(tmp_path / "home"))
    monkeypatch.setenv("SVCMATCH_CACHE", str(tmp_path / "home" / "cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def run(sandbox: Path, *args: str, stdin: str | None = None) -> str:
    result = CliRunner().invoke(main, ["--directories", str(sandbox / "dirs"), *args], input=stdin)
    assert result.exit_code in (0, 1, 2), result.output
    return result.output


def test_match_and_package_store_nothing_but_the_file_asked_for(sandbox: Path) -> None:
    before = snapshot(sandbox)
    run(sandbox, "match", *CASE, "-f", "json")
    run(
        sandbox,
        "match",
        "--case",
        "-",
        stdin=json.dumps({"country": "AL", "to": "Tirana", "needs": ["legal"]}),
    )
    run(sandbox, "package", *CASE, "--case-ref", "R-1", "--draft", "--name", NAME, "--format", "html")
    run(sandbox, "locate", "Tirana", "--country", "AL")
    assert snapshot(sandbox) == before  # no cache, log, history or temp file of the case anywhere
    run(sandbox, "package", *CASE, "--case-ref", "R-1", "--draft", "--name", NAME, "-o", "out.html")
    after = snapshot(sandbox)
    assert set(after) - set(before) == {sandbox / "out.html"} and NAME in after[sandbox / "out.html"].decode()


def test_the_name_appears_only_when_given_and_never_in_errors(sandbox: Path) -> None:
    for fmt in ("html", "md", "json"):
        assert NAME not in run(sandbox, "package", *CASE, "--case-ref", "R-1", "--draft", "--format", fmt)
    failures = [
        run(sandbox, "package", *CASE, "--case-ref", "R-1", "--name", NAME),  # no consent
        run(sandbox, "package", *CASE, "--case-ref", "bad ref!", "--draft", "--name", NAME),
        run(sandbox, "package", *CASE, "--case-ref", "R-1", "--draft", "--name", NAME, "--arrival", "soon"),
        run(sandbox, "package", *CASE, "--case-ref", "R-1", "--draft", "--name", NAME * 20),
    ]
    for output in failures:
        assert "error" in output and "Sekretnova" not in output, output


def test_batch_writes_only_what_was_asked_and_row_errors_name_only_the_bad_value(sandbox: Path) -> None:
    cases = sandbox / "cases.csv"
    cases.write_text(
        "case_id,case_ref,draft,country,to,needs,sex,age,language\n"
        "c1,R1,yes,AL,Tirana,legal,female,abc,sq\n"
        "c2,R2,yes,AL,Tirana,legal,female,31,Klingon-Secret\n"
        "c3,R3,yes,AL,Tirana,legal,female,32,sq\n",
        encoding="utf-8",
    )
    before = snapshot(sandbox)
    output = run(sandbox, "batch", str(cases), "-f", "jsonl")
    assert snapshot(sandbox) == before
    errors = {r["case_id"]: r["error"] for r in map(json.loads, output.splitlines()[:3]) if "error" in r}
    assert set(errors) == {"c1", "c2"}
    assert "abc" in errors["c1"] and "Tirana" not in errors["c1"] and "31" not in errors["c2"]
    run(sandbox, "batch", str(cases), "-o", "out.jsonl", "--packages", "pk")
    new = set(snapshot(sandbox)) - set(before)
    assert new == {sandbox / "out.jsonl", sandbox / "pk" / "R3.html"}  # named after its case_ref
