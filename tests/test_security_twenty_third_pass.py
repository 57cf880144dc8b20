"""The twenty-third adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create, or
the Python API as a script does.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest
from helpers import big_batch_running, sample_folder
from test_security_second_pass import cli

import svcmatch

_CASE = ("--to", "Shkoder", "--needs", "shelter", "--sex", "female", "--age", "30")


# --- a country given as a number -------------------------------------------------------------------


@pytest.mark.parametrize("number", ["8", "08", " 8 "])
def test_a_country_given_as_a_short_number_is_said(tmp_path: Path, number: str) -> None:
    """`--country 8` was Albania (ISO 3166 numeric 008) without a word, where an age or a count
    typed into the wrong option is likelier than a country's number; said as a reading, as a
    region's code short of its zero is. The full number ('008') stays exact."""
    root = sample_folder(tmp_path, "al")
    found = cli(root, "match", "--country", number, *_CASE, "-f", "json")
    assert found.exit_code == 0, found.output
    assert {
        "field": "country",
        "input": "8" if number.strip() == "8" else "08",
        "read_as": "AL Albania",
        "how": "numeric_code",
    } in json.loads(found.stdout)["readings"]
    assert "country: read" in found.stderr and "Albania" in found.stderr
    located = cli(root, "locate", "Shkoder", "--country", number)
    assert located.exit_code == 0 and "as AL Albania (its ISO 3166 number 008)" in located.stderr
    shown = cli(root, "directory", "stats", number)
    assert shown.exit_code == 0 and "as AL Albania (its ISO 3166 number 008)" in shown.stderr
    case = svcmatch.Case.from_mapping({"country": number, "to": "Shkoder", "needs": "shelter"})
    assert [r.how for r in case.readings if r.field == "country"] == ["numeric_code"]
    exact = cli(root, "match", "--country", "008", *_CASE, "-f", "json")
    assert exact.exit_code == 0 and json.loads(exact.stdout)["readings"] == []


# --- a batch over processes whose parent is killed ----------------------------------------------------


def test_the_workers_of_a_batch_killed_with_sigkill_end_with_it_silently(tmp_path: Path) -> None:
    """`batch --jobs 2` killed with SIGKILL (the OOM killer, `kill -9`) left its workers to
    finish the chunk each held; each then printed a BrokenPipeError traceback to the terminal as
    it wrote its result to the dead parent. They end with their parent, without a word (Linux:
    the kernel signals them), and the -o file is as it was."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the kernel's parent-death signal is Linux's")
    batch, output = big_batch_running(tmp_path)
    try:
        batch.kill()
        _, stderr = batch.communicate(timeout=120)  # the end of stderr: every worker has ended
    finally:
        if batch.poll() is None:
            os.killpg(batch.pid, signal.SIGKILL)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert output.read_text(encoding="utf-8") == "earlier results\n"
