"""Countries, provider ids and case ids never make svcmatch read or write outside its folders."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.batch import PackageFolder, safe_filename
from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore, Root, directory_path

HOSTILE = [
    "../al",
    "../../etc/passwd",
    "/etc/passwd",
    "al/../../x",
    "a\x00l",
    "CON",
    "con.json",
    "NUL",
    "AUX",
    "x" * 5000,
    "..",
    ".",
    "",
    " ",
    "~",
    "al.json",
    "C:\\Windows\\x",
    "\\\\server\\share",
]


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """tmp/dirs holds the directories; tmp itself must gain no file outside the folders named."""
    store = DirectoryStore("AL", tmp_path / "dirs")
    store.create(author="t")
    with store.transaction(author="t") as transaction:
        transaction.put(
            Provider(
                id="al-tir-0001",
                name="Qendra",
                categories=("legal",),
                region="AL-11",
                city="Tiranë",
                latitude=41.33,
                longitude=19.82,
                coverage=Coverage("national"),
            )
        )
    return tmp_path


@pytest.mark.parametrize("country", HOSTILE)
def test_a_country_never_names_a_path(sandbox: Path, country: str) -> None:
    before = files_under(sandbox)
    runner = CliRunner()
    for command in (
        ["directory", "init", country],
        ["directory", "list", country],
        ["directory", "add", country, "--name", "X", "--category", "legal"],
        ["coverage", country],
        ["locate", "Tirana", "--country", country],
    ):
        result = runner.invoke(main, ["--directories", str(sandbox / "dirs"), *command])
        assert result.exit_code == 2, (command, result.output)
        assert "Traceback" not in result.output
    assert files_under(sandbox) == before
    with pytest.raises(InputError):
        directory_path(country, Root(sandbox / "dirs"))


@pytest.mark.parametrize("provider_id", [h for h in HOSTILE if h not in ("CON", "NUL", "AUX")])
def test_a_provider_id_never_names_a_path(sandbox: Path, provider_id: str) -> None:
    before = files_under(sandbox)
    runner = CliRunner()
    root = ["--directories", str(sandbox / "dirs")]
    for command in (
        ["show", "AL", provider_id],
        ["edit", "AL", provider_id, "--set", "notes=x"],
        ["remove", "AL", provider_id],
        ["history", "AL", provider_id],
        ["verify", "AL", provider_id],
        ["add", "AL", "--id", provider_id, "--name", "X", "--category", "legal"],
    ):
        result = runner.invoke(main, [*root, "directory", *command])
        assert result.exit_code == 2, (command, result.output)
    assert files_under(sandbox) == before  # ids are keys inside the file, never file names


@pytest.mark.parametrize("case_id", [*HOSTILE, "a/b/c", "../../../../../../tmp/evil", "é" * 300, "x:y*z?<>|"])
def test_a_case_id_never_leaves_the_packages_folder(tmp_path: Path, case_id: str) -> None:
    folder = PackageFolder(tmp_path / "packages", "html")
    name = folder.write(case_id, "<p>package</p>")
    written = tmp_path / "packages" / name
    assert written.read_text() == "<p>package</p>"
    assert files_under(tmp_path) == {written}
    assert "/" not in name and "\\" not in name and "\x00" not in name and ".." not in name.split(".")[0]
    assert len(name.encode()) <= 255
    assert safe_filename(case_id).split(".")[0].upper() not in {"CON", "NUL", "AUX", "PRN", "COM1", "LPT1"}


def test_batch_case_ids_through_the_cli_stay_in_the_folder(sandbox: Path) -> None:
    cases = sandbox / "cases.csv"
    rows = "".join(f'"{h.replace(chr(0), "")}",R{n},yes,AL,Tirana,legal\n' for n, h in enumerate(HOSTILE))
    cases.write_text("case_id,case_ref,draft,country,to,needs\n" + rows, encoding="utf-8")
    before = files_under(sandbox)
    result = CliRunner().invoke(
        main,
        [
            "--directories",
            str(sandbox / "dirs"),
            "batch",
            str(cases),
            "--packages",
            str(sandbox / "packages"),
            "-o",
            str(sandbox / "out.jsonl"),
        ],
    )
    assert result.exit_code in (0, 1), result.output
    new = files_under(sandbox) - before
    assert {p.parent for p in new} <= {sandbox / "packages", sandbox}
    assert {p for p in new if p.parent == sandbox} == {sandbox / "out.jsonl"}
    records = [json.loads(line) for line in (sandbox / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    packaged = {sandbox / "packages" / r["package"] for r in records if "package" in r}
    assert len(packaged) >= len(HOSTILE) - 2  # "" and " " are no case id: those rows fail alone
    assert {p for p in new if p.parent == sandbox / "packages"} == packaged


def test_directories_option_is_the_only_folder_written(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(sandbox)
    monkeypatch.setenv("HOME", str(sandbox / "home"))
    before = files_under(sandbox)
    result = CliRunner().invoke(
        main,
        [
            "--directories",
            str(sandbox / "dirs"),
            "directory",
            "edit",
            "AL",
            "al-tir-0001",
            "--set",
            "notes=x",
        ],
    )
    assert result.exit_code == 0, result.output
    changed = {p for p in files_under(sandbox) - before}
    assert all(sandbox / "dirs" in p.parents for p in changed) and changed  # the history record
    assert os.path.commonpath([*map(str, changed), str(sandbox / "dirs")]) == str(sandbox / "dirs")
