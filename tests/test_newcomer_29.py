"""The newcomer's finds of session twenty-eight that the lead took in session twenty-nine: the
messages a first hour meets say what to do, and the walkthrough says what the output says."""

from __future__ import annotations

from pathlib import Path

import pytest

from svcmatch.errors import NotFoundError
from svcmatch.storage import DirectoryStore, Root, bundled_root

ROOT = Path(__file__).resolve().parent.parent


def test_no_directory_in_the_samples_says_how_to_start_one() -> None:
    """Outside a folder with directories, `match --country GH` said "no directory for GH
    (.../site-packages/svcmatch/_bundled_directories/gh.json does not exist; ... holds: AL, MA,
    NG, UA) (choose another country or --directories)": a folder the user never chose, twice,
    and not how to start a directory of their own."""
    with pytest.raises(NotFoundError) as caught:
        DirectoryStore("GH", Root(bundled_root(), bundled=True)).load()
    message = str(caught.value)
    assert "no directory for GH (the bundled samples are AL, MA, NG, UA)" in message
    assert str(bundled_root()) not in message
    assert "directory init GH" in message


def test_a_cut_directory_file_names_what_is_wrong_in_whole_words(tmp_path: Path) -> None:
    """A directory file cut in half said "(Unterminated string starting at; truncated?)": the
    place Python gives after "at" is already said in front, as the line and column."""
    whole = (ROOT / "directories" / "al.json").read_text(encoding="utf-8")
    cut = whole[: whole.index('"name"', 2000) + 3]
    (tmp_path / "al.json").write_text(cut, encoding="utf-8")
    with pytest.raises(Exception) as caught:
        DirectoryStore("AL", Root(tmp_path)).load()
    message = str(caught.value)
    assert "is not valid JSON (Unterminated string; truncated?)" in message, message
    assert " at;" not in message
    assert (tmp_path / "al.json").read_text(encoding="utf-8") == cut  # never overwritten


def test_the_walkthrough_explains_the_unmet_case_as_batch_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walkthrough said the Kukës case was unmet by his 80 km limit alone, while batch's
    `unmet_reasons` said "outside its coverage": both rules leave him without, and the text now
    says which provider each one stops."""
    import csv

    from click.testing import CliRunner

    from svcmatch.cli import main

    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    out = tmp_path / "results.csv"
    argv = ["--directories", str(bundled_root()), "batch", str(ROOT / "examples" / "cases.csv")]
    result = CliRunner().invoke(main, [*argv, "--format", "csv", "-o", str(out), "--today", "2026-12-08"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        unmet = {row["case_id"]: row["unmet_reasons"] for row in csv.DictReader(handle) if row["unmet"]}
    assert list(unmet) == ["AL-2026-0104"]
    assert "75 km away, outside its coverage" in unmet["AL-2026-0104"]
    text = (ROOT / "examples" / "walkthrough.md").read_text(encoding="utf-8")
    told = text.split("The unmet case is", 1)[1].split("##", 1)[0]
    assert "AL-2026-0104" in told and "outside its coverage" in told and "97 km" in told
    case = "--country AL --to Kukës --needs employment --sex male --age 27 --max-km 80"
    near = CliRunner().invoke(
        main, [*argv[:2], "match", *case.split(), "--explain-excluded", "--today", "2026-12-08"]
    )
    assert "97 km: max_km: beyond the limit of 80 km" in near.output, near.output


def test_the_caseworker_rules_the_docs_cite_ship_with_the_project() -> None:
    """docs/matching.md rested on "DOMAIN.md's How a careful caseworker chooses", a file the
    repository does not have: the rules are summed up in docs/caseworker.md, which matching.md
    and the README link."""
    rules = (ROOT / "docs" / "caseworker.md").read_text(encoding="utf-8")
    for rule in ("Where she stays comes first", "Distance always counts", "Places to stay fill up"):
        assert rule in rules
    assert "(caseworker.md)" in (ROOT / "docs" / "matching.md").read_text(encoding="utf-8")
    assert "(docs/caseworker.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
