"""The cyclic garbage collector during the program's start-up (svcmatch/cli/__init__.py,
docs/benchmarks.md "Ninth pass"): paused while the command's modules load, then resumed with
what start-up made set aside (`gc.freeze`), in the program's own process only."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

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
