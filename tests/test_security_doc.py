"""docs/security.md names, for every promise, the test that proves it: each named test exists,
and no promise of its sections goes without one (issue 14, "Done means")."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "security.md"
#: The sections whose bullets (and table rows) are promises; the others explain or list risks.
PROMISES = ("Nothing is lost", "Nothing leaks", "What gets stored", "Outputs opened by other programs")
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


@cache
def defined_tests(path: Path) -> frozenset[str]:
    """The test functions a test file defines (module level and in classes)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(
        node.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")
    )


def sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return {title.strip(): body for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def bullets(body: str) -> list[str]:
    """The top-level bullets of a section, each with its continuation lines."""
    return [item for item in re.split(r"^- ", body, flags=re.MULTILINE)[1:] if item.strip()]


REFERENCES = sorted(set(REFERENCE.findall(DOC.read_text(encoding="utf-8"))))


def test_the_document_names_tests() -> None:
    assert len(REFERENCES) > 60


@pytest.mark.parametrize(("file", "name"), REFERENCES, ids=[f"{f}::{n}" for f, n in REFERENCES])
def test_every_named_test_exists(file: str, name: str) -> None:
    path = REPO / file
    assert path.is_file(), f"docs/security.md names {file}, which does not exist"
    assert name in defined_tests(path), f"docs/security.md names {file}::{name}, which it does not define"


@pytest.mark.parametrize("title", PROMISES)
def test_every_promise_names_its_test(title: str) -> None:
    body = sections()[title]
    without = [item.split("\n")[0][:90] for item in bullets(body) if not REFERENCE.search(item)]
    assert not without, f"promises in '{title}' without a named test: {without}"


def test_every_limit_names_its_test() -> None:
    rows = [line for line in sections()["Sizes and hostile input"].splitlines() if line.startswith("| ")]
    limits = rows[2:]  # below the header and its rule
    assert limits and all(REFERENCE.search(row) for row in limits), [r[:60] for r in limits]


def test_a_wrong_reference_is_caught() -> None:
    """The check can fail: a name that no test file defines is not among its names."""
    assert "test_that_was_never_written" not in defined_tests(REPO / "tests" / "test_storage.py")
    assert "test_a_held_lock_times_out_with_a_clear_message" in defined_tests(
        REPO / "tests" / "test_storage.py"
    )
