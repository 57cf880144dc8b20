"""`locate` and `svcmatch locate`: each kind of name, ties, nonsense, and the JSON contract."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import Place, distance_km, locate

JSON_KEYS = {
    "query",
    "name",
    "kind",
    "region",
    "region_name",
    "latitude",
    "longitude",
    "score",
    "population",
    "ambiguous",
    "how",
    "alternatives",
}


@pytest.mark.parametrize(
    ("query", "country", "region", "kind"),
    [
        ("Durrës", "AL", "AL-02", "town"),
        ("Durres", "AL", "AL-02", "town"),  # diacritics or none
        ("Тирана", "AL", "AL-11", "town"),
        ("Київ", "UA", "UA-30", "town"),
        ("طنجة", "MA", "MA-01", "town"),
        ("Scutari", "AL", "AL-10", "town"),
        ("Lemberg", "UA", "UA-46", "town"),
        ("Fez", "MA", "MA-03", "town"),
        ("Dnipropetrovsk", "UA", "UA-12", "town"),
        ("Kirovohrad", "UA", "UA-35", "town"),
        ("Stanislav", "UA", "UA-26", "town"),
        ("Kharkov", "UA", "UA-63", "town"),
        ("Odessa", "UA", "UA-51", "town"),
        ("Kijev", "UA", "UA-30", "town"),
        ("Lwów", "UA", "UA-46", "town"),
        ("Marrakesh", "MA", "MA-07", "town"),
        ("Shkodra", "AL", "AL-10", "town"),
        ("shkoder", "AL", "AL-10", "town"),
        ("  SHKODËR ", "AL", "AL-10", "town"),
        ("Lviv Oblast", "UA", "UA-46", "region"),
        ("Lvivska oblast", "UA", "UA-46", "region"),
        ("Львівська область", "UA", "UA-46", "region"),
        ("Souss-Massa", "MA", "MA-09", "region"),
        ("Qarku i Shkodrës", "AL", "AL-10", "region"),
        ("AL-10", "AL", "AL-10", "region"),
        ("10", "AL", "AL-10", "region"),
        ("MA-CAS", "MA", "MA-06", "region"),
        # a province of Souss-Massa, measured from its seat Biougra, not the whole region (the
        # caseworker's seventh pass: it was read as its region, 400 km across)
        ("Chtouka-Aït Baha", "MA", "MA-09", "district"),
        ("Shkdoer", "AL", "AL-10", "town"),
        ("Zaporozhe", "UA", "UA-23", "town"),
        ("Ternopl", "UA", "UA-61", "town"),
        ("Biougra", "MA", "MA-09", "town"),  # one word of a longer name ('Tine Biougra')
    ],
)
def test_kinds_of_names(query: str, country: str, region: str, kind: str) -> None:
    place = locate(query, country)
    assert (place.region, place.kind) == (region, kind)
    assert place.latitude is not None and place.longitude is not None
    assert 0 < place.score <= 1


def test_exact_beats_typo_and_town_beats_region_of_same_name() -> None:
    assert locate("Shkodër", "AL").score == 1.0
    assert locate("Shkdoer", "AL").score < 1.0
    lviv = locate("Lviv", "UA")
    assert lviv.kind == "town" and lviv.population and lviv.population > 500_000


@pytest.mark.parametrize(
    ("query", "country", "kind", "region", "also"),
    [
        # a small town named like a region elsewhere: the region, with the towns as alternatives
        ("California", "US", "region", "US-CA", ("town", "US-MD")),
        ("Florida", "US", "region", "US-FL", ("town", "US-NY")),
        ("Nevada", "US", "region", "US-NV", ("town", "US-MO")),
        ("Zeeland", "NL", "region", "NL-ZE", ("town", "NL-NB")),
        # a town that has the region's name only as another name of its own
        ("Hidalgo", "MX", "region", "MX-HID", None),
        ("Brandenburg", "DE", "region", "DE-BB", None),
        # a town of that very name inside the region, or one near the region's size, still wins
        ("Washington", "US", "town", "US-DC", ("region", "US-WA")),
        ("New York", "US", "town", "US-NY", ("region", "US-NY")),
        ("Lagos", "NG", "town", "NG-LA", None),
        ("Kharkiv", "UA", "town", "UA-63", None),
        ("Shkodra", "AL", "town", "AL-10", None),
        ("Kukes", "AL", "town", "AL-07", None),
    ],
)
def test_a_region_beats_a_small_town_of_its_name_elsewhere(
    query: str, country: str, kind: str, region: str, also: tuple[str, str] | None
) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == (kind, region)
    if also is not None:
        assert also in [(p.kind, p.region) for p in place.alternatives]


def test_ties_go_to_the_larger_place_and_list_the_others() -> None:
    place = locate("Ivanivka", "UA")
    assert place.ambiguous
    assert len(place.alternatives) >= 3
    assert all(
        place.population is not None and a.population is not None and place.population >= a.population
        for a in place.alternatives
        if a.name == "Ivanivka"
    )
    mykolaiv = locate("Mykolaiv", "UA")  # the oblast capital, not the town of 14,000 in Lviv Oblast
    assert mykolaiv.region == "UA-48"
    assert any(a.region == "UA-46" for a in mykolaiv.alternatives)


def test_the_region_after_a_comma_chooses_among_towns_of_one_name() -> None:
    place = locate("Ivanivka, Odesa Oblast", "UA")
    assert (place.name, place.region) == ("Ivanivka", "UA-51")
    assert locate("Mykolaiv, Lviv Oblast", "UA").region == "UA-46"
    assert locate("Shkoder, Albania", "AL").region == "AL-10"  # a trailing country name is dropped


@pytest.mark.parametrize(
    "query",
    ["Ivanivka UA-51", "Ivanivka Odesa Oblast", "Ivanivka Odesa", "Mykolaiv Lviv Oblast", "Shkoder AL-10"],
)
def test_a_region_after_a_space_chooses_as_after_a_comma(query: str) -> None:
    """A caseworker types 'Ivanivka UA-51' without the comma: it was read by spelling as a
    whole, as Bilozerka in Kherson Oblast (UA-65), where 'Ivanivka, UA-51' is Ivanivka in Odesa
    Oblast."""
    country = query.split()[-1][:2] if "-" in query else "UA"
    place = locate(query, country)
    head, _, tail = query.partition(" ")
    with_comma = locate(f"{head}, {tail}", country)
    assert (place.name, place.region, place.kind) == (with_comma.name, with_comma.region, with_comma.kind)


@pytest.mark.parametrize(
    ("query", "seat"),
    [
        ("Chtouka-Aït Baha", "Biougra"),
        ("Larache", "Larache"),
        ("Al Haouz", "Tahannaout"),
        ("M'diq-Fnideq", "M'diq"),
    ],
)
def test_a_province_is_measured_from_its_seat_not_its_region(query: str, seat: str) -> None:
    place = locate(query, "MA")
    assert place.seat == seat or place.name == seat, place
    assert place.kind in ("district", "town")


def test_every_moroccan_province_but_one_has_a_seat() -> None:
    """Fahs-Anjra's seat is not in the tables: it is read as its region, as before."""
    from svcmatch.geo.gazetteer import load_gazetteer
    from svcmatch.geo.locate import _province_seat, _seat_point
    from svcmatch.geo.region_names import region_index

    index, gazetteer = region_index("MA"), load_gazetteer("MA")
    provinces = [code for code, parent in index.parent.items() if code != parent and "/" not in code]
    missing = []
    for code in provinces:
        seat = _province_seat(code, index, gazetteer)
        if not (seat and _seat_point(seat, index.parent[code], gazetteer)):
            missing.append(code)
    assert len(provinces) == 75 and missing == ["MA-FAH"]


def test_a_town_whose_last_word_names_a_region_keeps_its_name() -> None:
    """The split after a space is tried only where the whole text is no name of its own."""
    from svcmatch.geo.gazetteer import load_gazetteer
    from svcmatch.geo.locate import _split_trailing_region
    from svcmatch.geo.names import fold_name
    from svcmatch.geo.region_names import region_index

    for country in ("AL", "MA", "NG", "UA"):
        gazetteer, index = load_gazetteer(country), region_index(country)
        for town in gazetteer.towns:
            if " " in town.name:
                text = town.name
                assert _split_trailing_region(text, fold_name(text), country, gazetteer, index) == (
                    text,
                    None,
                )


@pytest.mark.parametrize(
    ("query", "country", "name", "region"),
    [
        ("Benin City (Edo)", "NG", "Benin City", "NG-ED"),
        ("Uromi (Edo State)", "NG", "Uromi", "NG-ED"),
        ("Benin City (Nigeria)", "NG", "Benin City", "NG-ED"),
        ("Mykolaiv (Lviv Oblast)", "UA", "Mykolayiv", "UA-46"),
        ("Frankfurt (Oder)", "DE", "Frankfurt (Oder)", "DE-BB"),  # brackets of the name itself
    ],
)
def test_a_region_in_brackets_reads_like_one_after_a_comma(
    query: str, country: str, name: str, region: str
) -> None:
    place = locate(query, country)
    assert (place.name, place.region, place.how) == (name, region, "name")


@pytest.mark.parametrize("query", ["xqzzy", "Atlantisqq", "qwertyuiop", "Nowherevillezz"])
def test_nothing_plausible_is_an_input_error_with_suggestions(query: str) -> None:
    with pytest.raises(InputError, match="closest"):
        locate(query, "UA")


@pytest.mark.parametrize(
    ("query", "country", "found"),
    [
        ("Tirana", "UA", r"'Tirana' is in Albania \(AL\), not in UA"),
        ("Kharkiv", "AL", r"Ukraine \(UA\)"),
        ("Lyon", "UA", r"'Lyon' is in France \(FR\), not in UA"),  # every country ships (issue 16)
    ],
)
def test_a_town_of_another_country_is_named_with_its_country(query: str, country: str, found: str) -> None:
    with pytest.raises(InputError, match=found) as error:
        locate(query, country)
    assert error.value.hint.startswith("give --country ")


@pytest.mark.parametrize("query", ["", "   ", "---", "x" * 200])
def test_empty_or_absurd_queries_are_input_errors(query: str) -> None:
    with pytest.raises(InputError):
        locate(query, "AL")


def test_country_without_gazetteer_names_the_build_command(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    # Every country with ISO 3166-2 regions is shipped since issue 16; Aruba has none.
    with pytest.raises(InputError, match="gazetteer build AW"):
        locate("Oranjestad", "Aruba")


def test_place_json_keys() -> None:
    document = locate("Lemberg", "UA").to_json()
    assert set(document) == JSON_KEYS
    assert document["name"] == "Lviv" and document["region_name"] == "Lviv Oblast"


def test_cli_json() -> None:
    result = CliRunner().invoke(main, ["locate", "Scutari", "--country", "AL", "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == JSON_KEYS
    assert (document["query"], document["name"], document["kind"], document["region"]) == (
        "Scutari",
        "Shkodër",
        "town",
        "AL-10",
    )
    assert distance_km(document["latitude"], document["longitude"], 42.07, 19.51) < 3


def test_cli_table_lists_alternatives_and_warns_on_ties() -> None:
    result = CliRunner().invoke(main, ["locate", "Ivanivka", "-c", "UA"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["match", "name", "kind", "region"]
    assert lines[2].startswith("best") and lines[3].startswith("also")
    assert "names more than one place" in result.stderr


def test_the_note_on_several_places_says_how_the_first_was_chosen() -> None:
    # "Tenancingo" is a town of Tlaxcala (11,636 people) and another name of Tenancingo de
    # Degollado, State of Mexico (14,174): the town of that very name comes first, and the note
    # said "the largest is shown first"
    result = CliRunner().invoke(main, ["locate", "Tenancingo", "-c", "MX", "-f", "json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["region"] == "MX-TLA" and document["alternatives"][0]["region"] == "MX-MEX"
    assert document["alternatives"][0]["population"] > document["population"]
    result = CliRunner().invoke(main, ["locate", "Tenancingo", "-c", "MX"])
    assert "names more than one place" in result.stderr
    assert "the largest is shown first" not in result.stderr
    assert "its own name before another name" in result.stderr


def test_a_tie_within_the_region_named_is_not_told_to_add_that_region() -> None:
    # the --help example said: Add the region to choose, e.g. "Ivanivka, Odesa Oblast, Odesa Oblast"
    result = CliRunner().invoke(main, ["locate", "Ivanivka, Odesa Oblast", "-c", "UA"])
    assert result.exit_code == 0
    assert "names more than one place in Odesa Oblast" in result.stderr
    assert "Odesa Oblast, Odesa Oblast" not in result.stderr
    assert "Add the region" in CliRunner().invoke(main, ["locate", "Ivanivka", "-c", "UA"]).stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["locate", "xqzzy", "-c", "UA"], "no place matches 'xqzzy' in UA (closest: "),
        (["locate", "Tirana", "-c", "../etc"], "is not a country"),
        (["locate", "Tirana", "-c", "Narnia"], "unknown country"),
    ],
)
def test_cli_errors_are_one_line_with_exit_2(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_place_is_frozen() -> None:
    place = locate("Fier", "AL")
    assert isinstance(place, Place)
    with pytest.raises(AttributeError):
        place.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("Irrua", "NG-ED"),
        ("Igueben", "NG-ED"),
        ("Okada", "NG-ED"),
        ("Afuze", "NG-ED"),
        ("Gwagwalada", "NG-FC"),
    ],
)
def test_nigerias_seats_without_a_population_figure_are_places(query: str, region: str) -> None:
    """Nigeria's file, a sample directory's country, keeps GeoNames' administrative seats that
    have no population figure, as AL's, MA's and UA's do: the seats of Edo State's local
    government areas were 'no place matches' (it was built at 1,000 people or more)."""
    place = locate(query, "NG")
    assert (place.name, place.kind, place.region, place.how) == (query, "town", region, "name")


@pytest.mark.parametrize(("country", "example"), [("UA", "Kyiv"), ("AL", "Tirana"), ("MA", "Casablanca")])
def test_a_text_that_is_no_place_name_gets_an_example_of_its_country(country: str, example: str) -> None:
    """'give a town or region, e.g. Shkoder' was said for every country (batch user pass)."""
    with pytest.raises(InputError) as caught:
        locate("!!!", country)
    assert f"e.g. {example}" in str(caught.value)
