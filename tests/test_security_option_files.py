"""Files named by options (--weights, --taxonomy-map) are read like every input: bounded, and
hostile JSON or text is a one-line error naming the file and the fix, exit 2 (issue 14, 19-20)."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_security_sizes
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.storage import DirectoryStore

HSDS_JSON = Path(__file__).parent / "fixtures" / "hsds" / "al_shpresa.json"

HOSTILE = {
    "deep.json": (("[" * 100_000 + "]" * 100_000).encode(), "nested too deeply"),
    "long-int.json": (b'{"distance": ' + b"9" * 5000 + b"}", "integer longer than 4,300 digits"),
    "surrogate.json": (b'{"distance": 1, "\\ud800": 2}', "lone UTF-16 surrogate"),
    "latin1.json": ('{"distance": "caf\u00e9"}'.encode("latin-1"), "is not UTF-8 text (byte 18)"),
    # a CSV map is a table, read as every table is (its code page detected and said: third
    # country office pass); one cut off inside a quoted cell is refused as an import's is
    "cut-off.csv": (b'term,need\n"caf,shelter', "inside a quoted cell that is never closed"),
}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


MATCH = ["match", "--country", "AL", "--to", "Shkoder", "--needs", "shelter"]
IMPORT = ["directory", "import", "AL", str(HSDS_JSON), "--format", "hsds", "--dry-run"]


def weights_command(root: Path, path: str) -> list[str]:
    return ["--directories", str(root), *MATCH, "--weights", path]


def taxonomy_map_command(root: Path, path: str) -> list[str]:
    return ["--directories", str(root), *IMPORT, "--taxonomy-map", path]


COMMANDS = {"--weights": weights_command, "--taxonomy-map": taxonomy_map_command}


@pytest.mark.parametrize(
    ("option", "name"),
    [
        (option, name)
        for option in COMMANDS
        for name in HOSTILE
        if option != "--weights" or name.endswith(".json")
    ],
)
def test_hostile_option_files_are_one_line_errors(root: Path, tmp_path: Path, option: str, name: str) -> None:
    content, message = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(content)
    result = CliRunner().invoke(main, COMMANDS[option](root, str(path)))
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("svcmatch: error: ")
    assert message in result.output and name in result.output
    assert "Traceback" not in result.output and "set_int_max_str_digits" not in result.output


@pytest.mark.parametrize("option", COMMANDS)
def test_a_missing_option_file_is_named(root: Path, option: str) -> None:
    result = CliRunner().invoke(main, COMMANDS[option](root, "nowhere.json"))
    named = {"--weights": "weights file", "--taxonomy-map": "taxonomy map"}[option]
    assert (
        result.exit_code == 2
        and f"{named} 'nowhere.json' does not exist (check the file name)" in result.output
    )


@pytest.mark.parametrize("option", COMMANDS)
def test_dev_zero_as_an_option_file_is_cut_off_at_the_limit(root: Path, option: str) -> None:
    code, peak, output = test_security_sizes.measured(*COMMANDS[option](root, "/dev/zero"))
    assert code == 2 and "is larger than 50 MiB" in output, output
    assert peak < 250, peak  # MiB: at most the limit is ever held (it ran out of memory before)
