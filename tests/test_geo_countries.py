"""Countries: codes, English, official and local names, typos; ambiguity and nonsense refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import resolve_country


@pytest.mark.parametrize(
    ("text", "alpha2"),
    [
        ("AL", "AL"),
        ("al", "AL"),
        ("ALB", "AL"),
        ("008", "AL"),
        ("8", "AL"),
        ("Albania", "AL"),
        ("Shqipëria", "AL"),
        ("Shqiperia", "AL"),
        ("Shqipëri", "AL"),
        ("Albanie", "AL"),
        ("Albanien", "AL"),
        ("Албания", "AL"),
        ("Republic of Albania", "AL"),
        ("albnia", "AL"),
        ("MA", "MA"),
        ("MAR", "MA"),
        ("504", "MA"),
        ("Morocco", "MA"),
        ("Maroc", "MA"),
        ("Marokko", "MA"),
        ("المغرب", "MA"),
        ("Marocco", "MA"),
        ("Marruecos", "MA"),
        ("Kingdom of Morocco", "MA"),
        ("Morroco", "MA"),
        ("UA", "UA"),
        ("UKR", "UA"),
        ("804", "UA"),
        ("Ukraine", "UA"),
        ("Україна", "UA"),
        ("Украина", "UA"),
        ("Ukraina", "UA"),
        ("Ucraina", "UA"),
        ("Ukrajina", "UA"),
        ("Ukriane", "UA"),
        ("Moldova", "MD"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("Viet Nam", "VN"),
    ],
)
def test_country_variants(text: str, alpha2: str) -> None:
    assert resolve_country(text).alpha2 == alpha2


def test_a_name_that_fits_two_countries_names_both() -> None:
    with pytest.raises(InputError) as raised:
        resolve_country("Korea")
    assert "could be" in raised.value.message
    assert "(KR)" in raised.value.message and "(KP)" in raised.value.message
    assert "ISO code" in raised.value.hint


def test_a_word_of_one_country_name_is_that_country() -> None:
    assert resolve_country("Macedonia").alpha2 == "MK"


def test_country_record() -> None:
    country = resolve_country("Україна")
    assert (country.alpha2, country.alpha3, country.numeric, country.name) == ("UA", "UKR", "804", "Ukraine")


@pytest.mark.parametrize("text", ["", "  ", "XX", "QQQ", "999", "Atlantis", "Narnialand", "A", "AL.json"])
def test_unknown_countries_are_input_errors(text: str) -> None:
    with pytest.raises(InputError):
        resolve_country(text)


def test_unknown_country_suggests_the_closest() -> None:
    with pytest.raises(InputError, match="closest: "):
        resolve_country("Albanoa Republica")


@pytest.mark.parametrize("text", ["../al", "/etc/passwd", "al\x00", "al/../../x", "~", "a;b"])
def test_path_like_input_is_refused_before_any_lookup(text: str) -> None:
    with pytest.raises(InputError, match="is not a country"):
        resolve_country(text)


@given(st.text(max_size=30))
def test_any_text_gives_a_country_or_an_input_error(text: str) -> None:
    try:
        country = resolve_country(text)
    except InputError:
        return
    assert len(country.alpha2) == 2 and country.alpha2.isupper()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DRC", "CD"),
        ("DR Congo", "CD"),
        ("Zaire", "CD"),
        ("Congo-Kinshasa", "CD"),
        ("Congo-Brazzaville", "CG"),
        ("UK", "GB"),
    ],
)
def test_everyday_country_names(text: str, code: str) -> None:
    # 'DRC' was "unknown country (closest: China, Denmark, Iraq)", 'DR Congo' closest to Congo
    assert resolve_country(text).alpha2 == code


def test_congo_alone_names_both_congos() -> None:
    # ISO calls CG "Congo", but people say it of the Democratic Republic too: it was read as CG
    with pytest.raises(InputError, match=r"could be Congo \(CG\) or .*\(CD\)"):
        resolve_country("Congo")


def test_locate_says_a_country_read_by_a_close_spelling() -> None:
    # match said it; locate, the command a new office tries first, read 'Albnia' as AL silently
    result = CliRunner().invoke(main, ["locate", "Shkoder", "--country", "Albnia"])
    assert result.exit_code == 0, result.output
    assert "country: read 'Albnia' as AL Albania (close spelling)" in result.stderr
    exact = CliRunner().invoke(main, ["locate", "Shkoder", "--country", "Shqipëria"])
    assert "country:" not in exact.stderr


def test_a_directory_command_says_a_country_read_by_a_close_spelling(tmp_path: Path) -> None:
    # `directory init 'Sierra Lone'` made sl.json, and `directory list 'Sierra Lone'` said only
    # "no directory for SL": the country read from a close spelling was said nowhere
    made = CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "init", "Sierra Lone"])
    assert made.exit_code == 0, made.output
    assert "country: read 'Sierra Lone' as SL Sierra Leone (close spelling)" in made.stderr
    missing = CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "list", "Morroco"])
    assert missing.exit_code != 0
    assert "country: read 'Morroco' as MA Morocco (close spelling)" in missing.stderr
    exact = CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "list", "SL"])
    assert exact.exit_code == 0 and "country:" not in exact.stderr
