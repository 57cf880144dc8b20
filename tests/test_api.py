"""The public API of `import svcmatch`: lazy at run time, typed for type checkers, as docs/api.md says."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import svcmatch
from svcmatch.matching import ROW_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
INIT = ROOT / "svcmatch" / "__init__.py"


def _type_checking_imports() -> dict[str, str]:
    """Name -> module of the imports in __init__.py's `if TYPE_CHECKING:` block."""
    found: dict[str, str] = {}
    for node in ast.parse(INIT.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                for alias in statement.names:
                    assert alias.asname == alias.name, "a re-export is written `import X as X`"
                    found[alias.name] = "." + str(statement.module)
    return found


def test_type_checkers_see_the_same_names_that_run_time_exports() -> None:
    assert _type_checking_imports() == svcmatch._EXPORTS
    assert svcmatch.__all__ == ["__version__", *svcmatch._EXPORTS]


def test_every_public_name_resolves_and_a_wrong_one_is_an_attribute_error() -> None:
    for name in svcmatch.__all__:
        assert getattr(svcmatch, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'lod_directory'"):
        svcmatch.lod_directory  # type: ignore[attr-defined]  # noqa: B018


def test_import_svcmatch_stays_lazy() -> None:
    code = "import sys, svcmatch; print(sorted(m for m in sys.modules if m.startswith('svcmatch')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['svcmatch']"


def test_directory_has_a_length_and_iterates_over_its_providers() -> None:
    directory = svcmatch.load_directory("AL", ROOT / "directories")
    assert len(directory) == len(directory.providers) >= 60
    assert list(directory) == list(directory.providers)
    assert all(isinstance(p, svcmatch.Provider) for p in directory)
    empty = svcmatch.Directory(svcmatch.DirectoryInfo("AL"))
    assert len(empty) == 0 and list(empty) == []


def test_match_result_rows_are_flat_and_ready_for_a_data_frame() -> None:
    directory = svcmatch.load_directory("AL", ROOT / "directories")
    case = svcmatch.Case.from_mapping({"country": "AL", "to": "Shkodra", "needs": "shelter, legal"})
    rows = svcmatch.match(case, directory).rows()
    assert rows and rows[0]["rank"] == 1
    for row in rows:
        assert list(row) == [c for c in ROW_COLUMNS if c in row]  # ROW_COLUMNS' keys, in that order
        for key, value in row.items():
            if key == "needs_covered":
                assert isinstance(value, list) and all(isinstance(code, str) for code in value)
            else:
                assert value is None or isinstance(value, (str, int, float, bool)), (key, value)


# --------------------------------------------------------------------------- mypy on a user's script

GOOD = """
    import datetime as dt

    import svcmatch

    directory: svcmatch.Directory = svcmatch.load_directory("AL")
    count: int = len(directory)
    names: list[str] = [provider.name for provider in directory]
    case = svcmatch.Case.from_mapping({"country": "AL", "to": "Shkodra", "needs": "shelter"})
    result: svcmatch.MatchResult = svcmatch.match(case, directory, today=dt.date(2026, 1, 5))
    rows: list[dict[str, object]] = result.rows()
    place: svcmatch.Place = svcmatch.locate("Scutari", "AL")
    codes: tuple[str, ...] = svcmatch.resolve_needs("doctor, lawyer")
    try:
        svcmatch.load_directory("XX")
    except svcmatch.SvcmatchError as error:
        code: int = error.exit_code
"""

#: Each line is a wrong call; mypy must report an error on every one of them, and nowhere else.
BAD = """
    import svcmatch

    directory = svcmatch.load_directory("AL")
    svcmatch.load_directory(42)
    svcmatch.match("AL", directory)
    svcmatch.match(svcmatch.Case.from_mapping({}), directory, today="2026-01-05")
    svcmatch.Case(country="AL", to="Tirana", needs="shelter")
    svcmatch.lod_directory("AL")
    text: str = len(directory)
    for provider in directory:
        provider.nmae
    svcmatch.locate("Scutari")
"""


@pytest.mark.slow
def test_mypy_accepts_right_calls_and_rejects_wrong_ones(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy (test extra) checks the types")
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text(textwrap.dedent(GOOD), encoding="utf-8")
    bad.write_text(textwrap.dedent(BAD), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(good),
            str(bad),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    errors = re.findall(r"^(good|bad)\.py:(\d+): error: (.*)$", done.stdout, re.MULTILINE)
    assert not [e for e in errors if e[0] == "good"], done.stdout
    flagged = {int(line) for name, line, _ in errors if name == "bad"}
    lines = textwrap.dedent(BAD).splitlines()
    expected = {n for n, line in enumerate(lines, start=1) if n >= 5 and line.strip() and "for " not in line}
    assert flagged == expected, done.stdout


def test_the_examples_of_docs_api_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # the bundled samples, as a script elsewhere would see them
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert len(blocks) == 4
    namespace: dict[str, object] = {"__name__": "example"}
    for block in blocks:
        if "import pandas" in block:
            try:
                import pandas  # noqa: F401
            except ImportError:
                continue  # pandas is the reader's, not a dependency of svcmatch
        exec(compile(block, "docs/api.md example", "exec"), namespace)
    out = capsys.readouterr().out
    assert re.search(r"^\d+ providers; \['al-", out, re.MULTILINE)
    assert "no directory for DE" in out
    assert re.search(r"^1 provider: md-chi-[0-9a-f]{4}$", out, re.MULTILINE)  # a script adds one
