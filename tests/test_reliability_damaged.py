"""Damaged directory files: every command refuses them with path and line, none rewrites them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.model import SCHEMA_VERSION, Coverage, Provider
from svcmatch.storage import DirectoryStore

SHELTER = Provider(
    id="al-shk-0001",
    name="Qendra Shpresa",
    categories=("shelter",),
    city="Shkodër",
    region="AL-10",
    latitude=42.0683,
    longitude=19.5126,
    coverage=Coverage("national"),
    phone="+355 22 000 001",
)
LEGAL = Provider(
    id="al-tir-0002",
    name="Ndihma Ligjore",
    categories=("legal",),
    city="Tiranë",
    region="AL-11",
    latitude=41.3275,
    longitude=19.8187,
    coverage=Coverage("national"),
)


def _damage(path: Path, kind: str) -> str:
    """Damage the file; return what the error must name (the line or the record)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if kind == "truncated":
        path.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
        return "line "
    if kind == "conflict":
        at = next(i for i, line in enumerate(lines) if '"phone"' in line)
        lines[at : at + 1] = [
            "<<<<<<< HEAD\n",
            lines[at],
            "=======\n",
            '      "phone": "+355 1",\n',
            ">>>>>>> office-b\n",
        ]
        path.write_text("".join(lines), encoding="utf-8")
        return f"line {at + 1}"
    if kind == "duplicate":
        at = next(i for i, line in enumerate(lines) if '"city": "Tiranë"' in line)
        lines.insert(at + 1, '      "city": "Durrës",\n')
        path.write_text("".join(lines), encoding="utf-8")
        return f"line {at + 2}"
    if kind == "schema":
        document = json.loads(text)
        document["providers"][LEGAL.id]["latitude"] = {"north": True}
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
        return LEGAL.id
    if kind == "newer":
        path.write_text(
            text.replace(f'"schema_version": {SCHEMA_VERSION}', f'"schema_version": {SCHEMA_VERSION + 1}'),
            encoding="utf-8",
        )
        return "upgrade svcmatch"
    raise AssertionError(kind)


WRITES = [
    ["directory", "add", "AL", "--name", "New", "--category", "legal", "--region", "AL-11"],
    ["directory", "edit", "AL", SHELTER.id, "--set", "phone=+355 22 111 111"],
    ["directory", "remove", "AL", LEGAL.id],
    ["directory", "verify", "AL", SHELTER.id, "--by", "Ana"],
    ["directory", "geocode", "AL"],
    ["directory", "import", "AL", "IMPORT"],
    ["directory", "init", "AL"],
]
KINDS = ["truncated", "conflict", "duplicate", "schema", "newer"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_refuses_a_damaged_file_and_never_writes_it(tmp_path: Path, kind: str) -> None:
    store = DirectoryStore("AL", tmp_path / "dirs")
    store.create(author="t")
    with store.transaction(author="t") as transaction:
        transaction.put(SHELTER)
        transaction.put(LEGAL)
    named = _damage(store.path, kind)
    os.utime(store.path, ns=(1_000_000_000, 1_000_000_000))
    damaged = store.path.read_bytes()
    upload = tmp_path / "new.csv"
    upload.write_text("name,categories,region\nImported,legal,AL-11\n", encoding="utf-8")
    runner = CliRunner()
    for command in [
        *WRITES,
        ["directory", "list", "AL"],
        ["match", "--country", "AL", "--to", "Tirana", "--needs", "legal"],
    ]:
        args = [str(upload) if a == "IMPORT" else a for a in command]
        result = runner.invoke(main, ["--directories", str(tmp_path / "dirs"), *args])
        assert result.exit_code in (2, 3), (command, result.output)  # init: "already exists"
        assert "Traceback" not in result.output
        if command[1] != "init":
            assert str(store.path) in result.output and named in result.output, (command, result.output)
        assert store.path.read_bytes() == damaged
        assert store.path.stat().st_mtime_ns == 1_000_000_000
    assert not list(store.path.parent.glob(".al.json.*.tmp"))


@pytest.mark.parametrize("kind", KINDS)
def test_validate_says_how_to_repair(tmp_path: Path, kind: str) -> None:
    store = DirectoryStore("AL", tmp_path)
    store.create(author="t")
    with store.transaction(author="t") as transaction:
        transaction.put(SHELTER)
        transaction.put(LEGAL)
    _damage(store.path, kind)
    result = CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "validate", "AL"])
    assert result.exit_code == 3
    line = result.output.strip().splitlines()[-1]
    assert line.startswith("svcmatch: error: ") and str(store.path) in line
    assert any(
        word in line for word in ("repair", "restore", "finish the merge", "keep one", "fix", "upgrade")
    ), line


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"meta": {"directory": {"schema_version": ' + "9" * 5000 + "}}}", "longer than 4,300 digits"),
        ('{"meta": {"directory": {"title": "\\ud800"}}}', "line 1: holds \\ud800, half of a UTF-16 pair"),
        ('{"meta": {"directory": {"title": "\\udc00 x"}}}', "half of a UTF-16 pair"),
    ],
)
def test_hostile_json_in_the_directory_file_is_one_line(tmp_path: Path, content: str, expected: str) -> None:
    """Issue 14 item 20: JSON nested 100,000 deep, a 5,000-digit integer and a lone surrogate in
    the directory file give a one-line error naming the file (exit 3), no traceback."""
    (tmp_path / "al.json").write_text(content, encoding="utf-8")
    for args in (
        ["directory", "list", "AL"],
        ["directory", "add", "AL", "--name", "X", "--category", "legal", "--region", "AL-11"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "svcmatch", "--directories", str(tmp_path), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 3, result.stderr
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
        assert "al.json" in result.stderr and expected in result.stderr
    assert (tmp_path / "al.json").read_text(encoding="utf-8") == content
