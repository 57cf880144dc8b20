"""The package's 'speaks none of the person's languages' reads languages as match does: a
counsellor who records Arabic speaks a Darija speaker's language (Moroccan Arabic is one of
Arabic's), so the package no longer tells the partner otherwise."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from svcmatch.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "directories"


def test_a_darija_speaker_is_spoken_to_by_a_provider_recording_arabic(tmp_path: Path) -> None:
    case = ["--country", "MA", "--to", "Casablanca", "--needs", "psychosocial", "--sex", "female"]
    case += ["--age", "30", "--case-ref", "X-1", "--draft", "--format", "md", "--today", "2026-12-04"]
    for language, said in (("Darija", False), ("hu", True)):
        out = tmp_path / f"package-{language}.md"
        result = CliRunner().invoke(
            main, ["--directories", str(SAMPLES), "package", *case, "--language", language, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert ("speaks none of the person's languages" in out.read_text(encoding="utf-8")) is said


def test_one_free_place_is_not_said_in_the_plural(tmp_path: Path) -> None:
    """'(1 free places)' (the caseworker's pass): the package gives the figure after a colon in
    every language, as Ukrainian and Arabic did, so that no count needs a plural."""
    out = tmp_path / "package.md"
    case = ["--country", "AL", "--to", "Tirana", "--needs", "shelter", "--sex", "female", "--age", "24"]
    case += ["--case-ref", "X-2", "--draft", "--format", "md", "--today", "2026-12-04", "-o", str(out)]
    result = CliRunner().invoke(main, ["--directories", str(SAMPLES), "package", *case])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "(free places: 1)" in text and "1 free places" not in text
