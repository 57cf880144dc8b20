"""The documents' links resolve, README's table of commands is the CLI's list of commands, and
docs/cli.md names every environment variable that svcmatch reads.

A relative link must name a file of the repository, and its anchor (`file.md#section`, or
`#section` within the page) a heading of that file, spelt as GitHub spells it; README's
"Commands" table must name every command and subcommand, and nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from svcmatch import settings
from svcmatch.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    *sorted((ROOT / "examples").glob("*.md")),
]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _outside_fences(text: str) -> list[str]:
    lines: list[str] = []
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(document: Path) -> set[str]:
    found: set[str] = set()
    seen: dict[str, int] = {}
    for line in _outside_fences(document.read_text(encoding="utf-8")):
        heading = re.match(r"#{1,6}\s+(.*)", line)
        if heading:
            slug = _slug(heading.group(1))
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def test_slug_is_githubs() -> None:
    assert _slug("Readings: what was read other than exactly") == "readings-what-was-read-other-than-exactly"
    assert _slug("`svcmatch batch`: match a whole caseload") == "svcmatch-batch-match-a-whole-caseload"
    assert _slug("Tables and the terminal's width") == "tables-and-the-terminals-width"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_relative_links_and_anchors_resolve(document: Path) -> None:
    broken: list[str] = []
    for line in _outside_fences(document.read_text(encoding="utf-8")):
        for target in LINK.findall(line):
            if "://" in target or target.startswith(("mailto:", "javascript:")):
                continue
            path, _, anchor = target.partition("#")
            linked = document.parent / path if path else document
            if not linked.exists():
                broken.append(f"{target}: no such file")
            elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
                broken.append(f"{target}: no heading with this anchor in {linked.name}")
    assert not broken, f"{document.name}: " + "; ".join(broken)


def _commands() -> set[str]:
    names: set[str] = set()
    context = click.Context(main)
    for name in COMMANDS:
        command = main.get_command(context, name)
        assert command is not None
        if isinstance(command, click.Group):
            sub_context = click.Context(command, parent=context)
            names.update(f"{name} {sub}" for sub in command.list_commands(sub_context))
        else:
            names.add(name)
    return names


def _readme_commands() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Commands", 1)[1].split("\n\n", 2)[1]
    names: set[str] = set()
    for cell in re.findall(r"^\| `svcmatch ([a-z /]+?)(?: [A-Z.]+[^`]*)?`", table, re.MULTILINE):
        group, _, subs = cell.rpartition(" ")
        names.update(f"{group} {sub}".strip() for sub in subs.split("/"))
    return names


def test_readme_lists_every_command_and_no_other() -> None:
    listed, real = _readme_commands(), _commands()
    assert "directory import" in listed and "match" in listed
    assert listed == real, f"only in README: {sorted(listed - real)}; missing: {sorted(real - listed)}"


def test_cli_md_names_every_environment_variable() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    table = text.split("## Environment variables", 1)[1]
    read = {value for name, value in vars(settings).items() if name.endswith("_ENV")}
    assert "SVCMATCH_GAZETTEERS" in read
    missing = sorted(name for name in read | {"XDG_DATA_HOME", "COLUMNS"} if f"| `{name}` |" not in table)
    assert not missing, f"docs/cli.md's environment variables lack {missing}"
