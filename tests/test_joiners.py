"""The zero-width non-joiner and joiner where a script needs them.

Persian, Dari, Pashto and Sorani write the non-joiner (U+200C) inside ordinary words, and
Sinhala, Malayalam and the other scripts with a virama need the joiner (U+200D) to form a
letter: a Kabul office's 'خانه‌ی امن' (safe house) was refused as holding "the control
character U+200C". They stay refused where they only hide something: at an edge, or between
Latin letters ('Or\\u200cosh' passes for 'Orosh').
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.characters import unsafe_character
from svcmatch.cli import main
from svcmatch.render import visible

SAFE_HOUSE = "\u062e\u0627\u0646\u0647\u200c\u06cc \u0627\u0645\u0646"  # Persian: khāne-ye amn
SRI = "\u0dc1\u0dca\u200d\u0dbb\u0dd3"  # Sinhala: shri, a joiner after the virama
HINDI = "\u0915\u094d\u200d\u0937"  # Devanagari: a half ka, the joiner after the virama


@pytest.mark.parametrize("text", [SAFE_HOUSE, SRI, HINDI, f"{SAFE_HOUSE} Kabul"])
def test_a_joiner_where_its_script_needs_it_is_part_of_the_text(text: str) -> None:
    assert unsafe_character(text) is None
    assert visible(text) == text


HIDING = [
    "Or\u200cosh House",
    "Public\u200dClinic",
    "\u200c\u062e\u0627\u0646\u0647",
    "\u0627\u0645\u0646\u200c",
    "\u0627\u200c 1",
]


@pytest.mark.parametrize("text", HIDING)
def test_a_joiner_that_only_hides_something_is_still_refused(text: str) -> None:
    assert unsafe_character(text) is not None
    assert "\\u200" in visible(text)


def test_a_kabul_office_adds_a_safe_house_named_in_dari(tmp_path: Path) -> None:
    runner = CliRunner()
    root = ["--directories", str(tmp_path)]
    assert runner.invoke(main, [*root, "directory", "init", "AF"]).exit_code == 0
    added = runner.invoke(
        main,
        [*root, "directory", "add", "AF", "--name", SAFE_HOUSE, "--needs", "shelter", "--city", "Kabul",
         "--region", "AF-KAB", "--sex", "female", "--language", "fa"],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    stored = json.loads((tmp_path / "af.json").read_text(encoding="utf-8"))
    assert [record["name"] for record in stored["providers"].values()] == [SAFE_HOUSE]
    listed = runner.invoke(main, [*root, "directory", "list", "AF"])
    assert SAFE_HOUSE in listed.output and "\\u200c" not in listed.output
    refused = runner.invoke(
        main,
        [*root, "directory", "add", "AF", "--name", "Safe\u200cHouse", "--needs", "shelter",
         "--city", "Kabul", "--region", "AF-KAB"],
    )  # fmt: skip
    assert refused.exit_code == 2 and "U+200C" in refused.stderr


def test_a_joiner_inside_a_persian_place_name_reads_as_the_name_without_it() -> None:
    """Dari writes Nimruz 'نیم‌روز', with a zero-width non-joiner; the gazetteer has 'نیمروز'.
    It was refused as a region to avoid and read by a close spelling for --to (fifteenth
    adversarial pass); folded names drop the joiners, as they drop the kashida."""
    from svcmatch.geo import locate, read_region

    assert read_region("نیم\u200cروز", "AF").code == "AF-NIM"
    place = locate("نیم\u200cروز", "AF")
    assert (place.region, place.how) == ("AF-NIM", "name")
