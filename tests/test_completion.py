"""Shell completion: commands, options and the values svcmatch knows (country codes, need
codes, provider ids of the chosen directory, format names)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.shell_completion import ShellComplete

from svcmatch.cli import main
from svcmatch.storage import DirectoryStore, bundled_root


def complete(*words: str, incomplete: str = "") -> list[str]:
    completion = ShellComplete(main, {}, "svcmatch", "_SVCMATCH_COMPLETE")
    return [item.value for item in completion.get_completions(list(words), incomplete)]


def test_commands_and_subcommands() -> None:
    assert complete(incomplete="ma") == ["match"]
    assert set(complete("directory", incomplete="s")) == {"show", "stats", "stale"}


def test_country_codes_with_directories_first() -> None:
    codes = complete("match", "--country", incomplete="")
    assert codes[:4] == ["AL", "MA", "NG", "UA"] and "FR" in codes
    assert complete("directory", "list", incomplete="u")[0] == "UA"
    assert all(code.startswith("M") for code in complete("coverage", incomplete="M"))


def test_need_codes_one_item_of_a_list_at_a_time() -> None:
    assert complete("match", "--needs", incomplete="psy") == ["psychosocial"]
    assert complete("match", "--needs", incomplete="shelter,me") == ["shelter,medical"]
    assert "livelihood" in complete("coverage", "AL", "--needs", incomplete="l")
    assert complete("package", "--select", incomplete="she") == ["shelter"]
    assert complete("package", "--select", incomplete="shelter=") == []


def test_provider_ids_of_the_chosen_directory(tmp_path: Path) -> None:
    sample = [p.id for p in DirectoryStore("AL", bundled_root()).load().providers]
    shown = complete("directory", "show", "AL", incomplete="al-ber")
    assert shown and set(shown) == {i for i in sample if i.startswith("al-ber")}
    assert complete("directory", "show", "XX", incomplete="al") == []  # an unknown country: nothing
    store = DirectoryStore("AL", tmp_path)
    store.create(title="mine")
    assert complete("--directories", str(tmp_path), "directory", "edit", "AL", incomplete="al") == []


@pytest.mark.parametrize(
    ("words", "expected"), [(("needs", "--format"), "markdown"), (("batch", "x.csv", "-f"), "jsonl")]
)
def test_format_names(words: tuple[str, ...], expected: str) -> None:
    assert expected in complete(*words, incomplete="")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_documented_scripts_are_written(shell: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "svcmatch"],
        env={**os.environ, "_SVCMATCH_COMPLETE": f"{shell}_source"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "_SVCMATCH_COMPLETE" in done.stdout, done.stderr
    documented = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"_SVCMATCH_COMPLETE={shell}_source svcmatch" in documented
