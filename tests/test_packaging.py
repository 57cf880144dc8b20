"""What the package promises is checked: CI runs the README's commands; metadata; the sdist runs its tests."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import svcmatch

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli", reason="reading pyproject.toml on Python 3.10 needs tomli")

ROOT = Path(__file__).resolve().parents[1]
#: Files git tracks that an sdist has no use for.
NOT_IN_SDIST = {".ci/run", ".gitignore"}


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _project() -> dict[str, object]:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    return project


def _readme_commands() -> list[str]:
    """The set-up, test and lint commands of the README's quickstart, as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```\n(.+)\n```$", quickstart, re.MULTILINE)


def test_readme_quickstart_puts_the_venv_into_the_set_up_commands() -> None:
    # Debian and Ubuntu refuse `pip install` into the system Python (PEP 668).
    install, test, lint = _readme_commands()
    for command in (install, test):
        assert command.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install ")
    assert install.split(" && ")[3].startswith("svcmatch match ")
    assert test.endswith(" && pip install '.[test]' && python -m pytest")
    assert lint == "ruff check . && ruff format --check . && mypy"


def test_ci_runs_the_readme_commands_word_for_word() -> None:
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    for command in _readme_commands():
        assert command in ci_lines, f"{command!r} is not a line of .ci/run"


def test_ci_runs_the_suite_on_the_oldest_and_newest_python() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "requires-python" in ci and "pyenv" in ci.lower()
    assert re.search(r'"\$venv/bin/python" -m pytest', ci)
    oldest = re.fullmatch(r">=3\.(\d+)", str(_project()["requires-python"]))
    assert oldest, "requires-python is read by .ci/run as '>=3.N'"


def test_licence_file_matches_the_declared_licence() -> None:
    assert _project()["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text


def test_classifiers_name_every_supported_python() -> None:
    project = _project()
    oldest = int(str(project["requires-python"]).removeprefix(">=3."))
    classifiers = project["classifiers"]
    assert isinstance(classifiers, list)
    version = re.compile(r"Programming Language :: Python :: 3\.(\d+)")
    named = {int(m[1]) for c in classifiers if (m := version.fullmatch(c))}
    assert min(named) == oldest
    assert named == set(range(oldest, max(named) + 1))
    assert max(named) >= 13


def test_project_urls_are_links() -> None:
    urls = _project()["urls"]
    assert isinstance(urls, dict) and urls
    assert all(str(url).startswith("https://") for url in urls.values())


def test_the_version_lives_in_one_place() -> None:
    project = _project()
    assert "version" not in project and project["dynamic"] == ["version"]
    assert _pyproject()["tool"]["hatch"]["version"] == {"path": "svcmatch/__init__.py"}  # type: ignore[index]
    assert re.fullmatch(r"\d+\.\d+\.\d+", svcmatch.__version__)
    from importlib.metadata import version

    assert version("svcmatch") == svcmatch.__version__


# --------------------------------------------------------------------------- the sdist


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    builders = pytest.importorskip(
        "hatchling.builders.sdist", reason="hatchling (test extra) builds the sdist"
    )
    out = tmp_path_factory.mktemp("sdist")
    (built,) = builders.SdistBuilder(str(ROOT)).build(directory=str(out))
    return Path(built)


def _members(sdist: Path) -> set[str]:
    with tarfile.open(sdist) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


@pytest.mark.slow
def test_sdist_holds_every_file_git_tracks(sdist: Path) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an unpacked sdist, say): nothing to compare with")
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout.split("\0")
    expected = {name for name in tracked if name and (ROOT / name).exists()} - NOT_IN_SDIST
    missing = expected - _members(sdist)
    assert not missing, f"the sdist leaves out {sorted(missing)[:10]}"
    assert "LICENSE" in _members(sdist)


@pytest.mark.slow
def test_tests_run_from_the_unpacked_sdist(sdist: Path, tmp_path: Path) -> None:
    with tarfile.open(sdist) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.12, and 3.10.12 and 3.11.4 on
            archive.extractall(tmp_path, filter="data")
        else:  # pragma: no cover - the archive is the one built above
            archive.extractall(tmp_path)
    (unpacked,) = tmp_path.iterdir()
    env = {k: v for k, v in os.environ.items() if k not in ("SVCMATCH_DIRECTORIES", "PYTHONPATH")}
    tests = [
        "tests/test_samples.py::test_obviously_fictional_and_fixed",  # reads tools/generate_samples.py
        "tests/test_docs_examples.py::test_examples_are_found",  # reads README.md and docs/
        "tests/test_docs_examples.py::test_python_examples_run",  # examples/ and directories/
        "tests/test_packaging.py::test_licence_file_matches_the_declared_licence",
    ]
    code = "import svcmatch, sys; print(svcmatch.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", code], cwd=unpacked, env=env, capture_output=True, text=True
    )
    assert Path(where.stdout.strip()).is_relative_to(unpacked), "the tests would not read the sdist's code"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert re.search(r"\b(\d+) passed\b", done.stdout)
    assert " skipped" not in done.stdout.splitlines()[-1]


def test_the_architecture_table_names_every_module() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text.split("## Modules", 1)[1].split("\n## ", 1)[0]
    package = ROOT / "svcmatch"
    names = [f"svcmatch/{p.name}`" for p in package.glob("*.py") if p.name != "__main__.py"]
    names += [f"svcmatch/{p.name}/`" for p in package.iterdir() if (p / "__init__.py").is_file()]
    missing = [name for name in names if f"`{name}" not in table]
    assert not missing, f"docs/architecture.md's module table lacks {missing}"
