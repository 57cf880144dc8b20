"""`locate` on spellings the gazetteer does not list: Arabic met through its consonants, Cyrillic
read the Russian way, Greek, Albanian definite forms, old compound names. Each name here is
checked to be absent from the gazetteer's own names, so the test proves the resolver, not a list."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import distance_km, locate
from svcmatch.geo.gazetteer import load_gazetteer
from svcmatch.geo.names import consonant_key, fold_name, readings

# country, query, region, latitude, longitude (town centre, from atlases)
CASES = [
    # Arabic written without short vowels, against French-based spellings
    ("MA", "تاوريرت", "MA-02", 34.41, -2.89),  # Taourirt
    ("MA", "الخميسات", "MA-04", 33.82, -6.07),  # Khémisset
    ("MA", "تمارة", "MA-04", 33.93, -6.91),  # Témara: final ة is a vowel
    ("MA", "القصر الكبير", "MA-01", 35.00, -5.90),  # Ksar el Kébir: articles in both scripts
    ("MA", "قلعة السراغنة", "MA-07", 32.05, -7.41),  # El Kelaa des Sraghna: French 'des'
    ("MA", "الفقيه بن صالح", "MA-05", 32.50, -6.69),  # Fquih Ben Salah: final ه is a consonant
    ("MA", "اليوسفية", "MA-07", 32.25, -8.53),  # Youssoufia, not Safi (same consonants)
    ("MA", "زاكورة", "MA-08", 30.33, -5.84),  # Zagora: ك for g
    ("MA", "ابن جرير", "MA-07", 32.23, -7.95),  # Ben Guerir: ج for g
    ("MA", "شيشاوة", "MA-07", 31.54, -8.76),  # Chichaoua: a consonant repeated across a vowel
    ("MA", "وزان", "MA-01", 34.80, -5.58),  # Ouezzane: two consonants
    ("MA", "طاطا", "MA-09", 29.74, -7.97),  # Tata
    ("MA", "آسا", "MA-10", 28.61, -9.43),  # Assa: one consonant, vowels agree
    ("MA", "زايو", "MA-02", 34.94, -2.73),  # Zaio
    ("MA", "القليعة", "MA-09", 30.29, -9.46),  # Lqliaa: the Darija article joined as 'L'
    # Cyrillic read as Russian (и is i, г is g), not only as Ukrainian
    ("UA", "Ильичёвск", "UA-51", 46.30, 30.65),  # Chornomorsk
    ("UA", "Переяслав-Хмельницкий", "UA-32", 50.07, 31.45),
    # Greek (southern Albania)
    ("AL", "Δέλβινο", "AL-12", 39.95, 20.10),
    ("AL", "Χειμάρρα", "AL-12", 40.10, 19.74),
    ("AL", "Ελβασάν", "AL-03", 41.11, 20.08),
    # an old compound name: its head word is the town, not the word it shares with another
    ("UA", "Pereyaslav-Khmelnytskyi", "UA-32", 50.07, 31.45),
]


@pytest.mark.parametrize(("country", "query", "region", "lat", "lon"), CASES)
def test_spellings_the_gazetteer_does_not_list(
    country: str, query: str, region: str, lat: float, lon: float
) -> None:
    assert fold_name(query) not in load_gazetteer(country).names  # else this proves nothing
    place = locate(query, country)
    assert place.region == region, place
    assert place.latitude is not None and place.longitude is not None
    assert distance_km(lat, lon, place.latitude, place.longitude) < 10
    assert place.score < 1.0  # an approximate match says so


def test_arabic_and_french_spellings_share_consonants() -> None:
    assert consonant_key("تاوريرت") == consonant_key(fold_name("Taourirt")) == "trrt"
    assert consonant_key("القصر الكبير") == consonant_key(fold_name("Ksar el-Kébir"))
    assert consonant_key("الخميسات") == consonant_key(fold_name("Khémisset"))
    assert consonant_key("تمارة") != consonant_key("تماره")  # ة is a vowel, ه a consonant


def test_cyrillic_is_read_both_ways_and_greek_once() -> None:
    assert readings(fold_name("Ильичёвск")) == ["ylychevsk", "ilichevsk"]
    assert "delvino" in readings(fold_name("Δέλβινο"))
    assert readings("durres") == ["durres"]


def test_a_name_that_is_part_of_a_longer_query_ranks_below_an_exact_name() -> None:
    # 'Biougra' is all the words of 'Tine Biougra'; a query with extra words is weaker evidence
    assert locate("Biougra", "MA").score > locate("Pereyaslav-Khmelnytskyi", "UA").score


def test_arabic_nonsense_is_still_an_error() -> None:
    with pytest.raises(InputError):
        locate("كتاب", "MA")  # 'book'


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("Львівщина", "UA-46"),
        ("Lvivshchyna", "UA-46"),
        ("Львовщина", "UA-46"),  # Russian stem
        ("Київщина", "UA-32"),  # the oblast, never the city
        ("Одещина", "UA-51"),  # the stem drops the city's ending
        ("Вінниччина", "UA-05"),  # ts becomes chch
        ("Донеччина", "UA-14"),
        ("Рівненщина", "UA-56"),  # the stem is longer than the city's name
        ("Івано-Франківщина", "UA-26"),
    ],
)
def test_ukrainian_land_names_are_their_oblast(query: str, region: str) -> None:
    place = locate(query, "UA")
    assert (place.kind, place.region) == ("region", region)


def test_a_town_named_like_a_land_keeps_its_exact_name() -> None:
    assert locate("Lazeshchyna", "UA").kind == "town"


def test_a_region_named_as_written_beats_a_sound_alike_town_elsewhere() -> None:
    volyn = locate("Volyn", "UA")
    assert (volyn.kind, volyn.region) == ("region", "UA-07")  # not Vilino in Crimea
    vinnitsa = locate("Vinnitsa", "UA")
    assert (vinnitsa.kind, vinnitsa.region) == ("town", "UA-05")  # the city in that region


@pytest.mark.parametrize(
    ("query", "country", "name"),
    [
        # the first word of a long name, as people shorten it: each was read by sound as a
        # village elsewhere (Kamianytsia, 400 km away; Ivanivtsi; Kryva; Bilohorodka)
        ("Kamianets", "UA", "Kamyanets-Podilskyi"),
        ("Ivano", "UA", "Ivano-Frankivsk"),
        ("Kryvyi", "UA", "Kryvyy Rih"),
        ("Bilhorod", "UA", "Bilhorod-Dnistrovskyi"),
        ("Zielona", "PL", "Zielona Góra"),
    ],
)
def test_the_first_word_of_a_citys_name_is_that_city_and_said(query: str, country: str, name: str) -> None:
    place = locate(query, country)
    assert (place.name, place.how) == (name, "spelling")


@pytest.mark.parametrize(
    ("query", "country", "name"),
    [
        ("Ribat", "MA", "Rabat"),  # Rabat mistyped, not Ribat Al Khayr (12,000) shortened
        ("Stara", "UA", "Stryi"),  # many towns start 'Stara ...': no shortening of one of them
    ],
)
def test_a_first_word_gives_way_where_it_names_no_one_city(query: str, country: str, name: str) -> None:
    assert locate(query, country).name == name
