"""A caseworker's third pass over issue 12's rules (the held-out panel runs `match --format
json`): rules combined, and non-default weights. Each test is a case a careful caseworker
would have overruled before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_matching_caseworker import TODAY, ids, prov, run

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.matching import Case, Weights, match
from svcmatch.model import Directory, DirectoryInfo

# --- language: a rule of the issue, whatever else the case asks and whatever the weights -------


def test_a_counsellor_speaking_her_language_ranks_above_an_accessible_one_that_does_not() -> None:
    """A Hungarian-speaking wheelchair user in need of counselling: the counsellor who speaks
    Hungarian 10 km away ranked below one 2 km away who speaks none of her languages but has
    step-free access (language 0.50 against disability 0.50), and at the same distance the two
    tied and the name decided. Language ranks first (issue 12: unless the speaker breaks the
    distance rule); the missing access is a warning, as for every service."""
    speaker = prov("speaker", km=10, categories=("psychosocial",), languages=("hu",))
    ramp = prov("ramp", km=2, categories=("psychosocial",), languages=("uk",), disability_access=True)
    result = run(speaker, ramp, needs=("psychosocial",), language=("hu",), disability=True)
    assert ids(result, "psychosocial") == ["speaker", "ramp"]
    assert "no disability access recorded" in result.needs["psychosocial"][0].warnings
    alike = prov("alike", km=10, categories=("psychosocial",), languages=("uk",), disability_access=True)
    same = run(alike, speaker, needs=("psychosocial",), language=("hu",), disability=True)
    assert ids(same, "psychosocial") == ["speaker", "alike"]


@pytest.mark.parametrize(
    "weights",
    [
        {"language": 0.1},  # a speaker 30 km away below a non-speaker next door
        {"language": 0.0},
        {"disability": 0.9},  # an accessible non-speaker above a speaker
        {"distance": 0.6, "language": 0.5, "disability": 0.1},
        {"distance_scale_km": 10.0},  # 30 km is now two doublings of distance
    ],
)
def test_weights_that_break_the_language_rule_are_refused(weights: dict[str, float]) -> None:
    """`--weights {"language": 0.1}` was taken, and a counsellor speaking her language 30 km
    away then ranked below one next door who speaks none (within the distance rule): the
    issue's language rule held for the default weights only."""
    with pytest.raises(InputError, match="raise 'language'"):
        Weights.from_mapping(weights)


def test_the_language_rule_holds_for_weights_that_are_taken() -> None:
    w = Weights.from_mapping({"distance": 0.6, "language": 2.5, "disability": 0.3, "distance_scale_km": 10.0})
    speaker = prov("speaker", km=30, categories=("legal",), languages=("hu",))
    other = prov("other", km=0, categories=("legal",), languages=("uk",), disability_access=True)
    case = Case(country="AL", to="Shkoder", needs=("legal",), language=("hu",), disability=True)
    result = match(case, Directory(DirectoryInfo("AL"), (other, speaker)), today=TODAY, weights=w)
    assert ids(result, "legal") == ["speaker", "other"]


def test_match_weights_file_breaking_the_language_rule_is_a_one_line_error(tmp_path: Path) -> None:
    weights = tmp_path / "w.json"
    weights.write_text(json.dumps({"language": 0.1}), encoding="utf-8")
    argv = ["match", "--country", "AL", "--to", "Shkoder", "--needs", "legal", "--weights", str(weights)]
    result = CliRunner().invoke(main, [*argv, "--today", TODAY.isoformat(), "--format", "json"])
    assert result.exit_code == 2, result.output
    assert "raise 'language'" in result.output and "Traceback" not in result.output
