"""Settings: resolved once by the command line from options and the environment, passed down."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import svcmatch
from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.settings import DEFAULT_LOCK_TIMEOUT, Settings


def test_defaults_ignore_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SVCMATCH_DIRECTORIES", str(tmp_path))
    monkeypatch.setenv("SVCMATCH_AUTHOR", "env")
    monkeypatch.setenv("SVCMATCH_LOCK_TIMEOUT", "1")
    settings = Settings()
    assert settings.directories is None and settings.author == ""
    assert settings.lock_timeout == DEFAULT_LOCK_TIMEOUT
    assert settings.cache_folder == Path.home() / ".cache" / "svcmatch"
    assert settings.today is None and settings.today_date() == dt.date.today()


def test_from_environment_reads_every_variable_and_options_win(tmp_path: Path) -> None:
    environ = {
        "SVCMATCH_DIRECTORIES": str(tmp_path / "dirs"),
        "SVCMATCH_LOCK_TIMEOUT": " 2.5 ",
        "SVCMATCH_AUTHOR": " Office AL ",
        "SVCMATCH_CACHE": str(tmp_path / "cache"),
        "SVCMATCH_GAZETTEERS": f"{tmp_path / 'g1'}:{tmp_path / 'g2'}",
        "SVCMATCH_USER_AGENT": "office (it@example.org)",
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    settings = Settings.from_environment(environ)
    assert settings.directories == tmp_path / "dirs"
    assert settings.lock_timeout == 2.5
    assert settings.author_name() == "Office AL"
    assert settings.geocode_cache == tmp_path / "cache" / "nominatim.json"
    assert settings.gazetteer_folders == (tmp_path / "g1", tmp_path / "g2")
    assert settings.gazetteer_folder == tmp_path / "data" / "svcmatch" / "gazetteers"
    assert settings.user_agent == "office (it@example.org)"
    given = Settings.from_environment(environ, directories=str(tmp_path / "opt"), today=dt.date(2026, 3, 1))
    assert given.directories == tmp_path / "opt" and given.today_date() == dt.date(2026, 3, 1)
    xdg = Settings.from_environment({"XDG_CACHE_HOME": str(tmp_path / "xdg")})
    assert xdg.geocode_cache == tmp_path / "xdg" / "svcmatch" / "nominatim.json"


@pytest.mark.parametrize("text", ["soon", "-1", "nan", "1e9"])
def test_a_bad_lock_timeout_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="SVCMATCH_LOCK_TIMEOUT"):
        Settings.from_environment({"SVCMATCH_LOCK_TIMEOUT": text})


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        Settings().author = "x"  # type: ignore[misc]


def test_no_module_below_the_command_line_reads_the_environment() -> None:
    package = Path(svcmatch.__file__).parent
    readers = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path.parent.name != "cli"
        and path.name != "settings.py"
        and re.search(r"os\.environ|getenv\(", path.read_text(encoding="utf-8"))
    ]
    assert readers == []


def test_the_command_line_refuses_a_bad_lock_timeout_in_one_line() -> None:
    result = CliRunner().invoke(main, ["directory", "list", "AL"], env={"SVCMATCH_LOCK_TIMEOUT": "soon"})
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "SVCMATCH_LOCK_TIMEOUT='soon'" in result.output


def test_the_command_line_passes_the_author_down(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["--directories", str(tmp_path)]
    env = {"SVCMATCH_AUTHOR": "Office AL", "SVCMATCH_DIRECTORIES": None}
    assert runner.invoke(main, [*args, "directory", "init", "AL"], env=env).exit_code == 0
    history = runner.invoke(main, [*args, "directory", "history", "AL", "--format", "json"], env=env)
    assert history.exit_code == 0, history.output
    assert '"Office AL"' in history.stdout
