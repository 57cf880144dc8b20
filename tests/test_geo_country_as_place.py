"""The country's own name given as the place of return ('Ukraine', 'Shqipëria', 'Morocco') is
refused with a one-line error: read by a close spelling it was a town (Ukrainske, Marrakesh)
or a state (Niger for Nigeria), and 'Kosovo' was Kosovo Polje. A town whose own name it is,
or its city ('Kuwait City'), stays a place."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("Ukraine", "UA"),
        ("Україна", "UA"),
        ("Albania", "AL"),
        ("Shqipëria", "AL"),
        ("Morocco", "MA"),
        ("المغرب", "MA"),
        ("Nigeria", "NG"),
        ("Kosovo", "XK"),
        ("Kosova", "XK"),
    ],
)
def test_the_country_is_not_a_place_in_it(query: str, country: str) -> None:
    with pytest.raises(InputError, match=rf"is the country .* \({country}\), not a place in it") as error:
        locate(query, country)
    assert "town or region of return" in error.value.hint


@pytest.mark.parametrize(
    ("query", "country", "name"),
    [
        ("Djibouti", "DJ", "Djibouti"),
        ("Luxembourg", "LU", "Luxembourg"),
        ("Singapore", "SG", "Singapore"),
        ("Kuwait", "KW", "Kuwait City"),
        ("Panama", "PA", "Panama City"),
        ("Niger", "NG", "Niger"),  # Nigeria's Niger State: the country Niger is NE
    ],
)
def test_a_place_named_like_its_country_stays_a_place(query: str, country: str, name: str) -> None:
    assert locate(query, country).name == name


def test_match_to_the_country_exits_with_one_line() -> None:
    result = CliRunner().invoke(
        main,
        [
            "match",
            "--country",
            "UA",
            "--to",
            "Ukraine",
            "--needs",
            "shelter",
            "--sex",
            "female",
            "--age",
            "30",
        ],
    )
    assert result.exit_code != 0
    (line,) = [text for text in result.output.splitlines() if "error" in text]
    assert "'Ukraine' is the country Ukraine (UA), not a place in it" in line
