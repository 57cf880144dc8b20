"""Every `svcmatch` command shown in README.md and the directory docs runs as written.

The examples are read from the documents themselves and run in order, in a fresh folder with
a copy of examples/, through CliRunner. Where a document shows an error line, the command must
fail and print that line (its "..." elisions aside); elsewhere it must succeed. Ids that a
document shows `add` printing are replaced by the ids `add` really printed. The Python
examples of README.md and the docs that give runnable ones run too, each document's blocks in order.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main

ROOT = Path(__file__).resolve().parents[1]
ID_LINE = re.compile(r"[a-z]{2}-[a-z0-9]+-[0-9a-f]{4}")

#: Input files the documents name without shipping them; written with the content the text describes.
FIXTURES = {
    # docs/batch.md: cases as JSON lines.
    "cases.jsonl": '{"case_id": "UA-1", "country": "UA", "to": "Kharkiv", "needs": "shelter", "age": 30}\n',
    # docs/spreadsheets.md: row 2 good, row 3 an unknown category, row 4 a latitude that is no number.
    "new.csv": (
        "name,categories,region,latitude,longitude\r\n"
        "Example Shelter Lezhë,shelter,AL-08,41.7836,19.6436\r\n"
        "Example Music Club,xylophone,AL-11,41.3275,19.8187\r\n"
        "Example Legal Desk,legal,AL-11,abc,19.8187\r\n"
    ),
}
#: Commands that show an input the reader supplies (an HSDS export from another system, the
#: partners' answers, their reply e-mail), or an option's syntax rather than a command ("[--strict]").
ILLUSTRATIVE = ("hsds-export/", "services.json", " [--", "answers.csv", "reply.txt")
#: Commands run before a document's own, to make the files it speaks of ("a match saved earlier").
SETUP = {
    "docs/package.md": [
        [
            "match",
            "--country",
            "AL",
            "--to",
            "Shkoder",
            "--needs",
            "shelter",
            "--format",
            "json",
            "-o",
            "match.json",
        ]
    ],
}


@dataclass
class Example:
    """One command of a document, with the output lines the document shows after it."""

    source: str
    command: str
    shown: list[str] = field(default_factory=list)


def _logical_lines(block: list[str]) -> Iterator[str]:
    pending = ""
    for line in block:
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        yield pending + line
        pending = ""


def examples(document: Path) -> list[Example]:
    """The shell examples of a Markdown file: `svcmatch ...` lines and `$ ...` lines with output."""
    found: list[Example] = []
    block: list[str] | None = None
    fenced = False  # inside any fence, also one not run (```text, ```python, ```json)
    for line in document.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            if fenced and block is not None:
                found.extend(_block_examples(document.name, block))
            block = [] if not fenced and line.strip() in ("```", "```console", "```shell") else None
            fenced = not fenced
            continue
        if block is not None:
            block.append(line)
    return found


def _block_examples(source: str, block: list[str]) -> Iterator[Example]:
    console = any(line.startswith("$ ") for line in block)
    current: Example | None = None
    for line in _logical_lines(block):
        if console:
            is_command = line.startswith("$ ")
            command = line[2:]
        else:
            command = line
            is_command = line.startswith(("svcmatch ", "pip ", "python3 -m venv ")) and "svcmatch " in line
        if is_command:
            if current is not None:
                yield current
            current = Example(source, command.strip()) if "svcmatch " in command else None
        elif current is not None and line.strip():
            current.shown.append(line)
    if current is not None:
        yield current


#: A command whose shown lines are its standard error alone (`... 2>&1 >/dev/null`).
STDERR_ONLY = " 2>&1 >/dev/null"


def _split(command: str) -> tuple[list[str], str | None, dict[str, str]]:
    """The svcmatch arguments of a shell line, what a pipe feeds it on stdin, and the
    variables set before it (`COLUMNS=130 svcmatch ...`)."""
    command = command.removesuffix(STDERR_ONLY)
    stdin = None
    if " | svcmatch " in command:
        left, _, command = command.partition(" | ")
        echoed = shlex.split(left)
        assert echoed[0] in ("echo", "cat"), left
        stdin = " ".join(echoed[1:]) + "\n" if echoed[0] == "echo" else Path(echoed[1]).read_text("utf-8")
    command = command.split(" && ")[-1]  # "pip install . && svcmatch ..."
    command = command.partition(" > ")[0]  # "... > results.csv": the output is not checked
    words = shlex.split(command, comments=True)
    env: dict[str, str] = {}
    while words and re.fullmatch(r"[A-Z_]+=\S*", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    assert words[0] == "svcmatch", command
    return words[1:], stdin, env


def _run_document(document: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(folder)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    monkeypatch.setenv("SVCMATCH_AUTHOR", "docs test")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "user-data"))  # referrals without a directories folder
    ids: dict[str, str] = {}
    ran = 0
    for args in SETUP.get(document, []):
        assert CliRunner().invoke(main, args).exit_code == 0, args
    for example in examples(ROOT / document):
        if any(marker in example.command for marker in ILLUSTRATIVE):
            continue
        command = example.command
        for shown_id, real_id in ids.items():
            command = command.replace(shown_id, real_id)
        args, stdin, env = _split(command)
        result = CliRunner().invoke(main, args, input=stdin, env=env)
        ran += 1
        where = f"{document}: `{example.command}`\n{result.output}"
        assert result.exception is None or isinstance(result.exception, SystemExit), where
        errors = [line for line in example.shown if line.startswith("svcmatch: error:")]
        if errors:
            assert result.exit_code != 0, where
            for line in errors:
                _assert_shown(line, result.stderr, where)
        else:
            assert result.exit_code == 0, where
        if example.command.endswith(STDERR_ONLY):  # the lines shown are all it says, word for word
            for line in example.shown:
                if "is SAMPLE data" not in line:  # said of the samples, not of an office's copy
                    _assert_shown(line, result.stderr, where)
        if "add" in args and example.shown and ID_LINE.fullmatch(example.shown[0]):
            ids[example.shown[0]] = result.stdout.split()[0]
    return ran


def _assert_shown(shown: str, stderr: str, where: str) -> None:
    """The document's line, where "..." stands for text that differs from run to run."""
    fragments = [re.escape(part) for part in shown.split("...")]
    pattern = ".*?".join(fragments)
    assert re.search(pattern, stderr), f"{shown!r} not in the output of {where}"


def _office_copy(samples: Path, target: Path) -> None:
    """The sample directories as an office's own files: the same records, not marked sample."""
    target.mkdir()
    for source in sorted(samples.glob("*.json")):
        document = json.loads(source.read_text(encoding="utf-8"))
        document["meta"]["directory"]["sample"] = False
        (target / source.name).write_text(
            json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
        )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(ROOT / "tests" / "fixtures" / "hsds", tmp_path / "tests" / "fixtures" / "hsds")
    shutil.copy(ROOT / "examples" / "cases.csv", tmp_path / "cases.csv")
    for name, text in FIXTURES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_examples_are_found() -> None:
    readme = [e.command for e in examples(ROOT / "README.md")]
    assert any("directory import AL examples/providers-al.csv" in c for c in readme)
    commands = " ".join(e.command for e in examples(ROOT / "docs" / "directory-commands.md"))
    for name in ("init", "add", "edit", "remove", "list", "show", "stats", "history"):
        assert f"directory {name} " in commands
    assert "| svcmatch --directories ./my-dirs directory add AL --json -" in commands


@pytest.mark.parametrize(
    "document",
    [
        "README.md",
        "docs/directory-commands.md",
        "docs/cli.md",
        "docs/package.md",  # run on the day the tests run: no example may carry a date that passes
        "docs/hsds.md",
        "docs/coverage.md",
        "docs/batch.md",
        "docs/referrals.md",  # its ids are those the package of its step 1 gives, on any day
    ],
)
def test_commands_run_as_written(document: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run_document(document, folder, monkeypatch) >= 1


def test_no_document_points_outside_the_repository() -> None:
    documents = [
        ROOT / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
        *sorted((ROOT / "examples").glob("*.md")),
    ]
    for document in documents:
        text = document.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)", text):
            if "://" in target or target.startswith("mailto:"):
                continue
            resolved = (document.parent / target).resolve()
            assert resolved.is_relative_to(ROOT), f"{document.name} links outside: {target}"
        for example in examples(document):
            if any(line.startswith("svcmatch: error:") for line in example.shown):
                continue  # an input shown being refused ('../x' is not a country)
            for word in shlex.split(example.command, comments=True):
                path = word.split("=", 1)[-1]
                if path.startswith(("../", "/")) and not path.startswith("/dev/"):
                    assert (ROOT / path).resolve().is_relative_to(ROOT), f"{document.name}: {example.command}"


def test_spreadsheet_commands_run_as_written(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # docs/spreadsheets.md speaks of an office whose directory is ./directories/<cc>.json: its
    # own, not a sample (a file marked as sample data is changed only with --allow-sample).
    _office_copy(ROOT / "directories", folder / "directories")
    assert _run_document("docs/spreadsheets.md", folder, monkeypatch) >= 5


def test_matching_commands_run_as_written(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # docs/matching.md speaks of a case file and of an office that records advisories in its
    # own directory; the readings it shows are what match says on stderr
    shutil.copy(ROOT / "examples" / "case-al.json", folder / "case.json")
    _office_copy(ROOT / "directories", folder / "directories")
    assert _run_document("docs/matching.md", folder, monkeypatch) >= 5


@pytest.mark.parametrize(
    "document",
    [
        "README.md",
        "docs/spreadsheets.md",
        "docs/api.md",
        "docs/batch.md",
        "docs/coverage.md",
        "docs/matching.md",
        "docs/package.md",
        "docs/referrals.md",
    ],
)
def test_python_examples_run(
    document: str, folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "directories", folder / "directories")
    shutil.copy(folder / "examples" / "providers-al.csv", folder / "providers.csv")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    text = (ROOT / document).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert blocks
    names: dict[str, object] = {"__name__": "example"}  # a later block uses what an earlier one made
    for block in blocks:
        if "import pandas" in block and importlib.util.find_spec("pandas") is None:
            continue  # api.md's data frame: pandas is no dependency of svcmatch
        exec(compile(block, f"{document} example", "exec"), names)
    assert os.listdir(folder / "directories")
