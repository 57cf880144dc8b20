"""The command line's own errors, streams and signals: one line with a fix, a documented exit
code, never a traceback, and no partial or overwritten file."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from helpers import signals_as_in_a_terminal

from svcmatch.cli import main
from svcmatch.storage import DirectoryStore

REPO = Path(__file__).resolve().parents[1]
CASE = {"case_id": "c1", "country": "AL", "to": "Shkoder", "needs": "shelter", "sex": "female", "age": 24}


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def one_line_error(result: Result, code: int = 2) -> str:
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("svcmatch: error: ")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    assert errors[0].endswith(")"), "an error names its fix in parentheses"
    return errors[0]


def svcmatch(
    *args: str, env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    """The installed command in a child process (for streams, signals and encodings)."""
    streams = {"stdout": subprocess.PIPE, **kwargs, "stderr": subprocess.PIPE}
    return subprocess.run(
        [sys.executable, "-m", "svcmatch", *args],
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=60,
        **streams,  # type: ignore[call-overload]
    )


# --------------------------------------------------------------------------- click's own errors


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["match", "--country", "AL", "--to", "Shkoder", "--needs", "shelter", "--age", "seventeen"],
            "--age: 'seventeen' is not a whole number (give a whole number from 0 to 130 in digits, "
            "e.g. --age 24)",
        ),
        (
            ["match", "--country", "AL", "--directories", "x"],
            "--directories is an option of svcmatch itself, not of 'match' "
            "(put it before the command: svcmatch --directories DIR match ...)",
        ),
        (["mach"], "no command 'mach' (did you mean match"),
        (["directory", "lst", "AL"], "no command 'lst' in 'svcmatch directory' (did you mean list"),
        (["match", "--contry", "AL"], "svcmatch match: no option --contry (did you mean --country?)"),
        (["needs", "--format", "mardown"], "--format: unknown value 'mardown' (did you mean markdown?"),
        (["directory", "show"], "svcmatch directory show: missing argument COUNTRY"),
    ],
)
def test_click_errors_are_one_line_with_a_fix(args: list[str], expected: str) -> None:
    assert expected in one_line_error(run(*args))


@pytest.mark.parametrize("fmt", ["md", "markdown", "MD"])
def test_md_and_markdown_are_one_format(fmt: str) -> None:
    assert run("needs", "--format", fmt).stdout.startswith("| code | description |")


def test_a_town_in_another_country_names_that_country() -> None:
    line = one_line_error(run("match", "--country", "AL", "--to", "Kharkiv", "--needs", "shelter"))
    assert "'Kharkiv' is in Ukraine (UA), not in AL (give --country UA)" in line


def test_package_from_a_case_file_says_to_match_first() -> None:
    result = run("package", "--from", str(REPO / "examples" / "case-al.json"), "--case-ref", "X1", "--draft")
    assert "this is a case file; run `match --case` first" in one_line_error(result, 2)


def test_select_names_the_word_as_typed(tmp_path: Path) -> None:
    saved = tmp_path / "match.json"
    matched = run(
        "match", "--country", "AL", "--to", "Shkoder", "--needs", "shelter", "-f", "json", "-o", str(saved)
    )
    assert matched.exit_code == 0, matched.output
    package = ["package", "--from", str(saved), "--case-ref", "X1", "--draft", "--select"]
    assert "--select doctr (read as medical)" in one_line_error(run(*package, "doctr=x"))
    assert "'foo'" in one_line_error(run(*package, "foo=x"))


# --------------------------------------------------------------------------- -o never overwrites


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An office's own directory (not sample data), with a history, in ./directories."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    assert run("directory", "init", "AL").exit_code == 0
    added = run("directory", "add", "AL", "--name", "Qendra", "--category", "legal", "--region", "AL-11")
    assert added.exit_code == 0, added.output
    return tmp_path / "directories"


def test_output_never_replaces_a_directory_file(office: Path) -> None:
    before = (office / "al.json").read_bytes()
    result = run(
        "match", "--country", "AL", "--to", "Tirana", "--needs", "legal", "-o", "directories/al.json"
    )
    assert "is a directory file" in one_line_error(result)
    assert (office / "al.json").read_bytes() == before


def test_output_never_replaces_a_history_file(office: Path) -> None:
    entry = next((office / "history").rglob("*.json"))
    before = entry.read_bytes()
    assert "is a history file" in one_line_error(run("coverage", "AL", "-f", "csv", "-o", str(entry)))
    assert entry.read_bytes() == before


def test_output_never_replaces_an_input_of_the_same_command(tmp_path: Path) -> None:
    cases = tmp_path / "c.csv"
    shutil.copy(REPO / "examples" / "cases.csv", cases)
    before = cases.read_bytes()
    assert "is an input of this command" in one_line_error(run("batch", str(cases), "-o", str(cases)))
    assert cases.read_bytes() == before


def test_packages_are_not_overwritten_without_force(tmp_path: Path) -> None:
    cases = tmp_path / "c.jsonl"
    consent = {"consent_date": "2026-01-02", "case_ref": "c1"}
    cases.write_text(json.dumps({**CASE, **consent}) + "\n", encoding="utf-8")
    folder = tmp_path / "packages"
    args = ["batch", str(cases), "--packages", str(folder), "--today", "2026-03-01"]
    assert run(*args).exit_code == 0
    (folder / "c1.html").write_text("kept", encoding="utf-8")
    assert "exists already" in one_line_error(run(*args))
    assert gc.get_freeze_count() == 0  # the stopped run undid its gc.freeze() (it stayed for later tests)
    assert (folder / "c1.html").read_text(encoding="utf-8") == "kept"
    assert run(*args, "--force").exit_code == 0
    assert (folder / "c1.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --------------------------------------------------------------------------- sample data


def test_a_sample_file_refuses_writes_wherever_it_lives(tmp_path: Path) -> None:
    shutil.copy(REPO / "directories" / "al.json", tmp_path / "al.json")
    before = (tmp_path / "al.json").read_bytes()
    provider = DirectoryStore("AL", tmp_path).load().providers[0].id
    args = [
        "--directories",
        str(tmp_path),
        "directory",
        "edit",
        "AL",
        provider,
        "--set",
        "phone=+355 4 000 0000",
    ]
    line = one_line_error(run(*args), 3)
    assert "is marked as SAMPLE data" in line and "give --allow-sample" in line
    assert (tmp_path / "al.json").read_bytes() == before
    assert run(*args, "--allow-sample").exit_code == 0
    assert run("--allow-sample", *args[:-2], "--set", "phone=+355 4 000 0001").exit_code == 0


def test_every_directory_command_that_writes_takes_allow_sample() -> None:
    """The sample refusal says "give --allow-sample": every command that opens a transaction on
    a directory file must take it (`directory advise` did not, so its hint led nowhere)."""
    import inspect

    from svcmatch.cli.directory import WRITE_COMMANDS, directory

    ctx = click.Context(directory)
    for name in directory.list_commands(ctx):  # type: ignore[attr-defined]
        command = directory.get_command(ctx, name)
        assert command is not None and command.callback is not None
        writes = "transaction(" in inspect.getsource(inspect.unwrap(command.callback))
        takes = any(param.name == "allow_sample" for param in command.params)
        assert writes <= (name in WRITE_COMMANDS), f"directory {name} writes but is not in WRITE_COMMANDS"
        assert takes == (name in WRITE_COMMANDS), name


def test_an_advisory_on_a_sample_file_is_refused_then_allowed(tmp_path: Path) -> None:
    shutil.copy(REPO / "directories" / "al.json", tmp_path / "al.json")
    before = (tmp_path / "al.json").read_bytes()
    args = ["--directories", str(tmp_path), "directory", "advise", "AL", "AL-07", "--text", "Roads closed"]
    line = one_line_error(run(*args), 3)
    assert "is marked as SAMPLE data" in line and "give --allow-sample" in line
    assert (tmp_path / "al.json").read_bytes() == before
    assert run(*args, "--allow-sample").exit_code == 0
    assert ("AL-07", "Roads closed") in DirectoryStore("AL", tmp_path).load().info.advisories


# --------------------------------------------------------------------------- streams, bytes, signals


def test_bytes_that_are_not_utf8_in_an_argument() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "svcmatch", "locate", b"Tiran\xeb", "--country", "AL"],  # Latin-1 ë
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert b"holds bytes that are not UTF-8 text" in done.stderr


@pytest.mark.parametrize(
    ("redirected", "said"),
    [("batch - <&-", b"standard input is closed"), ("needs >&-", b"standard output is closed")],
)
def test_a_closed_standard_stream_is_an_error_not_lost_output(redirected: str, said: bytes) -> None:
    shell = subprocess.run(
        f"{shutil.which('sh')} -c '\"$0\" -m svcmatch {redirected}' {sys.executable}",
        shell=True,
        capture_output=True,
        timeout=60,
    )
    assert shell.returncode == 2, shell.stderr
    assert said in shell.stderr and b"Traceback" not in shell.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_disk_on_stdout_is_an_error() -> None:
    with open("/dev/full", "wb") as full:
        done = svcmatch("needs", stdout=full)
    assert done.returncode == 2 and b"No space left on device" in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_stdout_that_cannot_encode_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "ua.csv"
    with target.open("wb") as handle:
        done = svcmatch("directory", "export", "UA", stdout=handle, env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 2, done.stderr
    assert b"cannot hold" in done.stderr and b"PYTHONIOENCODING=utf-8" in done.stderr
    assert b"Traceback" not in done.stderr
    assert target.read_bytes() == b""


def _slow_batch(tmp_path: Path, *extra: str) -> subprocess.Popen[bytes]:
    """A batch with enough cases to be still running when the test signals it (its -o
    temporary file appears once the cases are read)."""
    cases = tmp_path / "many.jsonl"
    cases.write_text("".join(json.dumps({**CASE, "case_id": f"c{i}"}) + "\n" for i in range(6000)))
    return subprocess.Popen(
        [sys.executable, "-m", "svcmatch", "batch", str(cases), *extra],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        preexec_fn=signals_as_in_a_terminal,  # SIGINT as typed, even when the suite runs in the background
    )


def _wait_for(condition: Callable[[], object], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_sigint_exits_130(tmp_path: Path) -> None:
    child = _slow_batch(tmp_path, "-o", "out.jsonl")
    _wait_for(lambda: list(tmp_path.glob(".out.jsonl.*.tmp")))  # running
    child.send_signal(signal.SIGINT)
    _out, err = child.communicate(timeout=30)
    assert child.returncode == 130, err
    assert b"Traceback" not in err and b"interrupted" in err
    assert not list(tmp_path.glob(".out.jsonl.*"))


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_batch_removes_its_temporary_file_on_a_signal(tmp_path: Path, name: str) -> None:
    child = _slow_batch(tmp_path, "-o", "out.jsonl")
    _wait_for(lambda: list(tmp_path.glob(".out.jsonl.*.tmp")))
    child.send_signal(getattr(signal, name))
    _out, err = child.communicate(timeout=30)
    assert child.returncode == -getattr(signal, name), err  # ended by the signal, after cleaning up
    assert f"stopped by {name}".encode() in err
    assert b"Traceback" not in err
    assert not list(tmp_path.glob(".out.jsonl.*")) and not (tmp_path / "out.jsonl").exists()


def test_a_later_run_removes_what_a_killed_batch_left(tmp_path: Path) -> None:
    child = _slow_batch(tmp_path, "-o", "out.jsonl")
    _wait_for(lambda: list(tmp_path.glob(".out.jsonl.*.tmp")))
    child.kill()  # SIGKILL: nothing can clean up
    child.communicate(timeout=30)
    assert list(tmp_path.glob(".out.jsonl.*.tmp"))
    cases = tmp_path / "one.jsonl"
    cases.write_text(json.dumps(CASE) + "\n", encoding="utf-8")
    done = svcmatch("batch", str(cases), "-o", str(tmp_path / "out.jsonl"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob(".out.jsonl.*.tmp")) and (tmp_path / "out.jsonl").is_file()
