"""examples/walkthrough.md runs as written: every `$ svcmatch ...` line, in order, in the
folders the text describes, with the output lines it shows."""

from __future__ import annotations

import datetime as dt
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main

REPO = Path(__file__).resolve().parent.parent
WALKTHROUGH = REPO / "examples" / "walkthrough.md"
OFFICE = "## The country office"


def _steps(text: str) -> list[tuple[list[str], list[str]]]:
    """(argv, output lines shown after it) for each `$ svcmatch` line of the console blocks."""
    steps: list[tuple[list[str], list[str]]] = []
    in_console = False
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("```"):
            in_console = line == "```console"
            continue
        if not in_console:
            continue
        if pending or line.startswith("$ "):
            pending += line.removeprefix("$ ").removesuffix("\\") + " "
            if line.endswith("\\"):
                continue
            argv, pending = shlex.split(pending, comments=True), ""
            steps.append((argv, []))
        elif line and steps:
            steps[-1][1].append(line)
    return steps


def _loose(text: str) -> str:
    return re.sub(r"\d+ warnings", "N warnings", text)


def _run(steps: list[tuple[list[str], list[str]]], monkeypatch: pytest.MonkeyPatch) -> int:
    ran = 0
    for argv, shown in steps:
        if argv[0] == "export":
            name, value = argv[1].split("=", 1)
            monkeypatch.setenv(name, value)
            continue
        if argv[0] != "svcmatch":
            continue  # the shell's mkdir/cp: the test made the folder it describes
        result = CliRunner().invoke(main, argv[1:])
        assert result.exit_code == 0, (argv, result.output)
        for line in shown:
            # stale warnings grow as the fixed sample dates recede: compare their count loosely
            assert _loose(line) in _loose(result.stdout + result.stderr), (argv, line)
        ran += 1
    return ran


def test_every_command_of_the_walkthrough_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    caseworker, office = WALKTHROUGH.read_text(encoding="utf-8").split(OFFICE)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    monkeypatch.delenv("SVCMATCH_AUTHOR", raising=False)

    sending = tmp_path / "caseworker"  # the bundled samples, the files of examples/
    shutil.copytree(REPO / "examples", sending / "examples")
    monkeypatch.chdir(sending)
    assert _run(_steps(caseworker), monkeypatch) >= 7
    assert (sending / "package.html").is_file() and (sending / "results.csv").is_file()

    receiving = tmp_path / "office"  # its own folder with a copy of the sample
    (receiving / "directories").mkdir(parents=True)
    shutil.copy(REPO / "directories" / "al.json", receiving / "directories" / "al.json")
    monkeypatch.chdir(receiving)
    assert _run(_steps(office), monkeypatch) >= 15
    assert (receiving / "coverage-al.html").is_file() and (receiving / "to-call.csv").is_file()


def test_the_walkthrough_copies_the_sample_the_way_the_test_does() -> None:
    office = WALKTHROUGH.read_text(encoding="utf-8").split(OFFICE)[1]
    assert "mkdir -p directories && cp " in office and '/al.json" directories/' in office


def test_the_record_it_removes_as_a_duplicate_is_one_validate_flags() -> None:
    from svcmatch.storage import load_directory
    from svcmatch.validate import validate

    removed = [
        argv[4]
        for argv, _ in _steps(WALKTHROUGH.read_text(encoding="utf-8"))
        if argv[1:3] == ["directory", "remove"]
    ]
    findings = validate(load_directory("AL", REPO / "directories"), today=dt.date(2026, 11, 27))
    flagged = {f.provider for f in findings if "may duplicate" in f.message}
    assert removed and set(removed) <= flagged
