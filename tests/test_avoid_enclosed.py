"""Avoiding a region does not avoid a city with a region's status inside it: match and package
say so on stderr, with the option that avoids it too, and never in the package itself (a
package names no avoided region)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from svcmatch.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "directories"
CASE = ["--country", "UA", "--to", "Lviv", "--needs", "shelter", "--sex", "female", "--age", "30"]
HINT = (
    "avoid_region: UA-40 Sevastopol lies inside UA-43 Autonomous Republic of Crimea but is a region "
    "of its own, not avoided: add --avoid-region UA-40 to avoid it too"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--directories", str(SAMPLES), *args, "--today", "2026-12-04"])
    return result.exit_code, result.stdout, result.stderr


def test_avoiding_crimea_says_that_sevastopol_is_not_avoided() -> None:
    code, _, stderr = run("match", *CASE, "--avoid-region", "Crimea")
    assert code == 0 and HINT in stderr
    code, _, stderr = run("match", *CASE, "--avoid-region", "Crimea", "--avoid-region", "UA-40")
    assert code == 0 and "lies inside" not in stderr
    code, _, stderr = run("match", *CASE, "--avoid-region", "Kharkiv Oblast")
    assert code == 0 and "lies inside" not in stderr


def test_the_package_says_it_to_the_caseworker_only(tmp_path: Path) -> None:
    out = tmp_path / "package.md"
    options = ["--case-ref", "T-1", "--draft", "--format", "md", "-o", str(out)]
    code, _, stderr = run("package", *CASE, "--avoid-region", "Crimea", *options)
    assert code == 0 and HINT in stderr
    text = out.read_text(encoding="utf-8")
    assert "Sevastopol" not in text and "UA-40" not in text and "Crimea" not in text
