"""The tenth adversarial pass over every command (issues 12 and 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from test_security_second_pass import CLINIC, cli, make_root


def _no_constants(text: str) -> Any:
    """JSON as the standard reads it: Infinity and NaN are no JSON (a browser's JSON.parse,
    Go's encoding/json and most other readers refuse them; Python's json takes them)."""

    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


# --- weights that overflow the score ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "weights",
    [
        {"distance": 1e300, "language": 1.7e308, "disability": 0.9e308},
        {"vot_specialised": 1e300},
        {"capacity": 0.01, "language_other": 1e200},
    ],
    ids=["overflow", "one-huge", "huge-decisive"],
)
def test_weights_too_large_to_add_up_are_one_line_and_no_json_holds_infinity(
    tmp_path: Path, weights: dict[str, float]
) -> None:
    """`match --weights w.json` with `{"distance": 1e300, "language": 1.7e308, "disability":
    0.9e308}` (each finite, the distance and language rules met) printed `"score": Infinity` in
    its JSON, exit 0: no JSON (a browser's JSON.parse refuses it), and `inf` in the table; a
    weight of 1e300 was taken as it was. A weight above 1,000,000 is refused, exit 2, one line
    naming it, and no JSON output holds Infinity or NaN."""
    clinic = dataclasses.replace(CLINIC, disability_access=True, vot_specialised=True)
    root = make_root(tmp_path / "d", clinic)
    file = tmp_path / "w.json"
    file.write_text(json.dumps(weights), "utf-8")
    case = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "--sex", "female")
    result = cli(root, *case, "--language", "sq", "--disability", "--weights", str(file), "-f", "json")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "weight" in lines[0] and "1,000,000" in lines[0], result.stderr
    assert len(lines[0]) < 300, lines[0]
    ordinary = cli(root, *case, "--language", "sq", "--disability", "-f", "json")
    _no_constants(ordinary.stdout)
