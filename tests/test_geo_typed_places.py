"""Places as caseworkers type them, from a screen of 1,810 typed places (session twenty-three):
a village with its district, Russian and Ukrainian words for a town before its name, the
genitive of an Albanian district, and texts that name no place."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "name", "region"),
    [
        # a village, then its district: looked for in the district (each was Bilozerka, in
        # Kherson oblast, by a close spelling of the whole)
        ("Ivanivka, Odeskyi raion", "Ivanivka", "UA-51"),
        ("Ivanivka (Odeskyi raion)", "Ivanivka", "UA-51"),
        ("Ivanivka, Odeskyi", "Ivanivka", "UA-51"),  # the district's adjective alone
        ("Petrivka, Bilhorod-Dnistrovskyi district", "Petrivka", "UA-51"),  # was Petrovka, Crimea
        ("selo Ivanivka Odeska oblast", "Ivanivka", "UA-51"),
        # 'г.', 'гор.' written in Latin letters: 'g. Kiev' was Hukiv, 'gor. Kiev' Kharkiv Oblast
        ("g. Kiev", "Kyiv", "UA-30"),
        ("gor. Kiev", "Kyiv", "UA-30"),
        ("pos. Slobozhanske", "Slobozhanske", "UA-63"),
    ],
)
def test_a_place_typed_with_its_district_or_a_town_word(query: str, name: str, region: str) -> None:
    place = locate(query, "UA")
    assert (place.name, place.region) == (name, region), place
    assert place.how == "name"


def test_a_region_then_its_district_is_the_district() -> None:
    place = locate("Kyiv oblast, Bucha raion", "UA")  # was Kyiv city
    assert (place.kind, place.seat, place.region) == ("district", "Bucha", "UA-32")


def test_a_village_the_district_does_not_hold_is_refused_naming_the_district() -> None:
    with pytest.raises(InputError) as raised:
        locate("Ewu, Esan Central LGA", "NG")
    assert str(raised.value) == (
        "no place named 'Ewu' is known in Esan Central LGA (NG-ED), in NG's gazetteer "
        "(give 'Esan Central LGA' to measure from its seat, Irrua)"
    )


@pytest.mark.parametrize(
    ("query", "seat", "region"),
    [
        ("Rrethi i Shkodrës", "Shkodër", "AL-10"),  # was Allkaj, in Fier, by spelling
        ("Rrethi i Tropojës", "Bajram Curri", "AL-07"),
        ("Rrethi i Matit", "Burrel", "AL-09"),
        ("Rrethi i Dibrës", "Peshkopi", "AL-09"),
        ("Rrethi i Kukësit", "Kukës", "AL-07"),
    ],
)
def test_an_albanian_district_in_the_genitive(query: str, seat: str, region: str) -> None:
    place = locate(query, "AL")
    assert (place.kind, place.seat, place.region) == ("district", seat, region), place


@pytest.mark.parametrize(
    ("query", "country", "said"),
    [
        ("abroad", "UA", "is not the name of a place"),  # was Zabrid, Zakarpattia
        ("shelter", "AL", "is not the name of a place"),  # was Selitë
        ("unknown", "MA", "is not the name of a place"),
        ("same", "AL", "is not the name of a place"),  # was "give --country ES"
        ("+355 69 123 4567", "AL", "names no place (it has no letters)"),
        ("Italy", "UA", "names the country Italy (IT), not a place in UA"),  # was a village
        ("Libya", "NG", "names the country Libya (LY), not a place in NG"),
        ("Россия", "UA", "names the country Russian Federation (RU)"),
    ],
)
def test_a_text_that_names_no_place_is_refused_saying_so(query: str, country: str, said: str) -> None:
    with pytest.raises(InputError, match="give the town or region she returns to") as raised:
        locate(query, country)
    assert said in str(raised.value)


def test_a_place_named_like_a_word_for_none_is_that_place() -> None:
    assert locate("Niger", "NG").region == "NG-NI"  # a state named as a country
    assert locate("Benin", "NG").name == "Benin City"


@pytest.mark.parametrize(
    ("query", "country", "word"),
    [
        ("away from Kharkiv", "UA", "away"),
        ("far from Lagos", "NG", "far"),
        ("stay away from Benin", "NG", "away"),
    ],
)
def test_a_place_to_keep_away_from_is_not_the_place_of_return(query: str, country: str, word: str) -> None:
    with pytest.raises(InputError, match=f"says which place is not meant \\('{word}'\\)"):
        locate(query, country)


def test_a_part_of_benin_city_the_gazetteer_lacks_is_refused_naming_both_benins() -> None:
    with pytest.raises(InputError) as raised:
        locate("Ogba, Benin", "NG")  # was refused as the Republic of Benin only
    message = str(raised.value)
    assert "in or near Benin City (NG-ED)" in message and "--country BJ" in message
    with pytest.raises(InputError, match=r"names Benin \(BJ\) after the comma"):
        locate("Cotonou, Benin", "NG")


@pytest.mark.parametrize(
    ("query", "kind", "name", "region"),
    [
        ("tỉnh Nghệ An", "region", "Nghệ An", "VN-22"),  # was "no place matches"
        ("tinh Nghe An", "region", "Nghệ An", "VN-22"),
        ("Tỉnh Hà Tĩnh", "region", "Hà Tĩnh", "VN-23"),  # the province, not its town
        ("thành phố Vinh", "town", "Vinh", "VN-22"),  # was Trà Vinh, 1,000 km south
        ("thanh pho Ha Tinh", "town", "Hà Tĩnh", "VN-23"),  # was Hòa Bình
        ("huyện Yên Thành", "district", "Yên Thành", "VN-22"),  # was Thanh Ba, 300 km away
        ("Tinh Gia", "town", "Tĩnh Gia", "VN-21"),  # a name that begins like 'tỉnh'
    ],
)
def test_vietnamese_words_for_province_city_and_district(
    query: str, kind: str, name: str, region: str
) -> None:
    place = locate(query, "VN")
    assert (place.kind, place.name, place.region) == (kind, name, region), place


@pytest.mark.parametrize(
    ("query", "country", "name"),
    [
        ("Tirana, city", "AL", "Tirana"),  # was refused as naming the Vatican City after the comma
        ("Tirana (qyteti)", "AL", "Tirana"),
        ("Lviv (city)", "UA", "Lviv"),
        ("Lviv, misto", "UA", "Lviv"),
    ],
)
def test_a_word_for_a_town_after_the_comma_is_no_country(query: str, country: str, name: str) -> None:
    assert locate(query, country).name == name


def test_a_bracketed_part_of_a_city_is_read_as_before() -> None:
    place = locate("Sidi Moumen (Casablanca)", "MA")
    assert (place.name, place.region) == ("Sidi Moumen", "MA-06")
