"""The cyclic garbage collector during the program's start-up (svcmatch/collector.py,
docs/benchmarks.md "Ninth pass" and "Thirteenth pass"): paused while the command's modules
load, then resumed with what start-up made set aside (`gc.freeze`), in the program's own
process only."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main

#: A child that runs the program as its script does (`main()`, arguments from sys.argv) and
#: reports the collector's state at the command's start and at its end.
_PROGRAM = """
import gc, sys
import svcmatch.cli.needs_cmd as needs_cmd
seen = {}
inner = needs_cmd.needs.callback
def spy(*args, **kwargs):
    seen["start"] = (gc.isenabled(), gc.get_freeze_count() > 0)
    return inner(*args, **kwargs)
needs_cmd.needs.callback = spy
sys.argv = ["svcmatch", *sys.argv[1:]]
try:
    svcmatch.cli.main()
except SystemExit as stop:
    sys.stderr.write(f"state {seen.get('start')} exit {stop.code}\\n")
"""


@pytest.fixture
def collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.enable() if enabled else gc.disable()


def test_the_programs_command_runs_with_the_collector_on_and_start_up_set_aside() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import svcmatch.cli\n" + _PROGRAM, "needs", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    # On (so that a long import or batch collects its cycles), with start-up frozen.
    assert "state (True, True) exit 0" in done.stderr, done.stderr
    assert '"code": "shelter"' in done.stdout


def test_a_callers_process_keeps_its_collector_as_it_was(collector_restored: None) -> None:
    """CliRunner (tests, scripts) passes its arguments: its collector is the caller's business."""
    frozen = gc.get_freeze_count()
    for state in (True, False):
        gc.enable() if state else gc.disable()
        result = CliRunner().invoke(main, ["needs", "--format", "json"])
        assert result.exit_code == 0, result.output
        assert gc.isenabled() is state
        assert gc.get_freeze_count() == frozen


#: A child that starts the program as `python -m svcmatch` or the `svcmatch` script does, and
#: counts the collections made once the command line's modules began to load (svcmatch.cli)
#: and before start-up was set aside (nothing frozen yet).
_COUNTED = """
import gc, sys
early = []
def count(phase, info):
    if phase == "start" and "svcmatch.cli" in sys.modules and not gc.get_freeze_count():
        early.append(1)
gc.callbacks.append(count)
sys.argv = ["svcmatch", "needs", "--format", "json"]
try:
    START
except SystemExit as stop:
    sys.stderr.write(f"early {len(early)} exit {stop.code}\\n")
"""


@pytest.mark.parametrize(
    "start",
    [
        "from svcmatch.__main__ import run; run()",  # the `svcmatch` script (pyproject.toml)
        "import runpy; runpy.run_module('svcmatch', run_name='__main__')",  # python -m svcmatch
    ],
)
def test_the_program_collects_nothing_while_its_modules_load(start: str) -> None:
    """Paused before the command line is imported (click, settings, outputs), not only before
    the command's own module: imported with the collector on, they were collected about twenty
    times, some 2% of a cold `match`."""
    code = _COUNTED.replace("START", start)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert "early 0 exit 0" in done.stderr, done.stderr


def test_the_script_starts_the_program_by_run() -> None:
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'svcmatch = "svcmatch.__main__:run"' in pyproject
