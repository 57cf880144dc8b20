"""The eighth adversarial pass: no refusal of what a caseworker writes into a package confirms a
guess of a confidential shelter's place (the sibling of the referral note's fix).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from test_security_eighth_pass import GUESSES, MOVED
from test_security_second_pass import CLINIC, SHELTER, cli, make_root

from svcmatch.model import Provider

PACKAGE = ("package", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")


def _package_answers(tmp_path: Path, shelter: Provider) -> dict[str, tuple[int, int]]:
    """For each guess, the exit codes of a package whose note for the shelter, and whose
    --met-by, holds it."""
    root = make_root(tmp_path / shelter.city, shelter, CLINIC)
    answers = {}
    for guess in GUESSES:
        codes = []
        for option in ("--notes-for", "--met-by"):
            text = f"shelter=she will stay near {guess}" if option == "--notes-for" else f"staff near {guess}"
            result = cli(
                root, *PACKAGE, "--case-ref", "X1", "--draft", "--select", "shelter=al-hope-1", option, text
            )
            assert result.exit_code in (0, 2), result.output
            codes.append(result.exit_code)
        answers[guess] = (codes[0], codes[1])
    return answers


def test_a_package_note_refused_confirms_no_guess_of_the_shelters_place(tmp_path: Path) -> None:
    """`package ... --select shelter=al-hope-1 --notes-for "shelter=near Orosh"` was refused for
    the shelter's own village only, and `--notes-for "shelter=at 41.83"` or `--met-by "staff
    at 20.08"` for the hundredth of a degree holding its point only: a read-only command told
    a right guess of the village, and of the point to about 1 km, from a wrong one. Each text
    is now judged from the shelter's cell, the same wherever it stands in it."""
    here, moved = _package_answers(tmp_path, SHELTER), _package_answers(tmp_path, MOVED)
    assert here == moved, {
        guess: (here[guess], moved[guess]) for guess in GUESSES if here[guess] != moved[guess]
    }
    for guess in ("Orosh", "Oroshi", "Reps", "Kurbnesh"):
        assert here[guess] == (2, 0), guess  # a town of the cell: kept out of the note to the shelter
    for guess in ("41.83", "41.86", "20.08", "20.02", "41°50'", "Rruga Zzsecret 77", "Rruga Zzother 3"):
        assert here[guess] == (2, 2), guess  # a point of the cell, a street address: kept out
    for guess in ("Lezhë", "Tirana", "41.92", "20.17"):
        assert here[guess] == (0, 0), guess  # the place of return, places away from the cell


def _batch_answers(tmp_path: Path, shelter: Provider) -> list[str]:
    """`batch --packages` of one case a guess, each with a note for the shelter: which matched."""
    root = make_root(tmp_path / shelter.city, shelter, CLINIC)
    cases = io.StringIO()
    writer = csv.writer(cases)
    writer.writerow(["case_id", "country", "to", "needs", "sex", "case_ref", "draft", "select", "notes_for"])
    for number, guess in enumerate(GUESSES):
        case = [f"c{number}", "AL", "Lezhë", "shelter", "female", f"X{number}", "yes", "shelter=al-hope-1"]
        writer.writerow([*case, f"shelter=near {guess}"])
    (tmp_path / "cases.csv").write_text(cases.getvalue(), "utf-8")
    packages = tmp_path / f"packages-{shelter.city}"
    result = cli(root, "batch", str(tmp_path / "cases.csv"), "--packages", str(packages), "-f", "jsonl")
    assert result.exit_code in (0, 1), result.output
    return [
        f"{record['case_id']}: {'error' in record and record['error'] is not None}"
        for record in map(json.loads, result.stdout.splitlines())
    ]


def test_batch_packages_refused_confirm_no_guess_of_the_shelters_place(tmp_path: Path) -> None:
    """The same through `batch --packages`: one case a village (or a hundredth of a degree) in
    one run, and the one that failed named the shelter's village (its point)."""
    assert _batch_answers(tmp_path, SHELTER) == _batch_answers(tmp_path, MOVED)
