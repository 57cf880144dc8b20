"""What session twenty-seven's own geography work found: a city that is a region of its own,
named with 'city' and a region's type word ('Sofia City Province', 'Tashkent city region', 'Osh
city oblast'), was the region around the city, another region (ISO's BG-23, UZ-TO, KG-O)."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate, read_region


@pytest.mark.parametrize(
    ("query", "country", "kind", "region"),
    [
        ("Sofia City Province", "BG", "region", "BG-22"),  # was BG-23, Sofia Province around it
        ("Sofia city oblast", "BG", "region", "BG-22"),
        ("Tashkent city region", "UZ", "region", "UZ-TK"),  # was UZ-TO
        ("Osh city region", "KG", "region", "KG-GO"),  # was KG-O
        ("Osh city oblast", "KG", "region", "KG-GO"),
        ("Kyiv city oblast", "UA", "region", "UA-30"),
        ("Almaty city region", "KZ", "region", "KZ-75"),
        # what must not change: the region around the city, and the city alone
        ("Sofia Province", "BG", "region", "BG-23"),
        ("Sofia oblast", "BG", "region", "BG-23"),
        ("Sofia region", "BG", "region", "BG-23"),
        ("Sofia", "BG", "town", "BG-22"),
        ("Sofia City", "BG", "town", "BG-22"),
        ("Sofia-grad", "BG", "region", "BG-22"),
        ("Tashkent region", "UZ", "region", "UZ-TO"),
        ("Osh oblast", "KG", "region", "KG-O"),
        ("Osh", "KG", "town", "KG-GO"),
        ("Kyiv oblast", "UA", "region", "UA-32"),
        ("Minsk oblast", "BY", "region", "BY-MI"),
    ],
)
def test_a_city_region_named_with_city_and_a_type_word(
    query: str, country: str, kind: str, region: str
) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == (kind, region)


@pytest.mark.parametrize(
    ("query", "country", "town", "region"),
    [
        # a town beside a city's part: the town, not the part ('Godawari, Lalitpur' was Patan,
        # Lalitpur's part of the valley's city, though Lalitpur's Godawari lies 10 km from it)
        ("Godawari, Lalitpur", "NP", "Godawari", "NP-P3"),
        # a city, then its part: the part, as before
        ("Kathmandu, Patan", "NP", "Pātan", "NP-P3"),
        ("Rabat, Agdal", "MA", "Agdal", "MA-04"),
        ("Marrakech, Gueliz", "MA", "Guéliz", "MA-07"),
        ("Casablanca, Sidi Moumen", "MA", "Sidi Moumen", "MA-06"),
    ],
)
def test_a_town_beside_a_part_of_a_city(query: str, country: str, town: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.name, place.region) == ("town", town, region)


@pytest.mark.parametrize(
    ("query", "country", "town"),
    [
        # a name written twice: a ValueError from zip(strict=True) in negation.negations_in
        # (every word of the text was the name's, so none was left to look at)
        ("Tirana-Tirana", "AL", "Tirana"),
        ("Київ-Київ", "UA", "Kyiv"),
        ("Одеса Одеса", "UA", "Odesa"),
        ("Одеса/Одеса", "UA", "Odesa"),
        ("Одеса (Одеса)", "UA", "Odesa"),
        ("София-София", "BG", "Sofia"),
    ],
)
def test_a_name_written_twice_is_read_not_a_crash(query: str, country: str, town: str) -> None:
    assert locate(query, country).name == town


@pytest.mark.parametrize(
    ("query", "country", "name", "region"),
    [
        # the comma of Arabic script (and of Chinese, Ethiopic, Burmese) parts a place from its
        # region as "," does: each was the region's capital, the town before it dropped, or refused
        ("تازة، جهة فاس مكناس", "MA", "Taza", "MA-03"),  # was Fes
        ("مكناس، فاس مكناس", "MA", "Meknes", "MA-03"),  # was Fes
        ("جرجيس، مدنين", "TN", "Zarzis", "TN-82"),  # was Medenine
        ("جبلة، اللاذقية", "SY", "Jablah", "SY-LA"),  # was Latakia
        ("الرمثا، إربد", "JO", "Ar Ramthā", "JO-IR"),  # was Irbid
        # Thai and Lao words for province and district joined to the name ("no place matches")
        ("จังหวัดตาก", "TH", "Tak", "TH-63"),
        ("จังหวัดเชียงใหม่", "TH", "Chiang Mai", "TH-50"),
        ("อำเภอแม่สาย", "TH", "Mae Sai", "TH-57"),
        ("อำเภอแม่สาย จังหวัดเชียงราย", "TH", "Mae Sai", "TH-57"),  # a space between the parts
        ("ແຂວງບໍ່ແກ້ວ", "LA", "Bokèo", "LA-BK"),
        ("ແຂວງຫຼວງພະບາງ", "LA", "Luang Prabang", "LA-LP"),  # the province, by its seat
        # a town, then a land of several regions ('Katanga' was read as Kazakhstan, refused)
        ("Lubumbashi, Katanga", "CD", "Lubumbashi", "CD-HK"),
        ("Kolwezi, Katanga", "CD", "Kolwezi", "CD-LU"),
        ("Kalemie, Katanga", "CD", "Kalemie", "CD-TA"),
        # second-level units' words, and French elision after a type word
        ("Commune d'Abomey-Calavi", "BJ", "Abomey-Calavi", "BJ-AQ"),  # "no place matches"
        ("Commune d’Abomey-Calavi", "BJ", "Abomey-Calavi", "BJ-AQ"),
        ("Daïra d'Akbou", "DZ", "Akbou", "DZ-06"),  # "no place matches"
        ("Daira d'Arzew", "DZ", "Arzew", "DZ-31"),
        ("Daïra de Bab El Oued", "DZ", "Bab El Oued", "DZ-16"),  # was El Oued, 600 km away
        ("Province d'El Hajeb", "MA", "El Hajeb", "MA-03"),  # "no place matches"
        ("Markaz Minya al-Qamh", "EG", "Minyā al Qamḩ", "EG-SHR"),  # was Minya, 270 km away
        ("Markaz Mallawi", "EG", "Mallawī", "EG-MN"),
        ("Hlaingthaya township", "MM", "Hlaingthaya", "MM-06"),
        ("Cercle de Kati", "ML", "Kati", "ML-2"),
        ("Munshiganj Sadar", "BD", "Munshiganj", "BD-C"),  # was Habiganj, by a close spelling
        ("Jessore Sadar", "BD", "Jessore", "BD-D"),
        ("SDQ", "DO", "Santo Domingo", "DO-01"),  # its airport's code, as caseworkers write it
        # a district of Viet Nam with its province after it, or with its word
        ("Ý Yên, Nam Định", "VN", "Nam Định", "VN-67"),  # refused: no place so named there
        ("huyện Ý Yên, tỉnh Nam Định", "VN", "Nam Định", "VN-67"),
        ("huyện Ý Yên", "VN", "Nam Định", "VN-67"),  # was Vĩnh Yên by a close spelling
        ("Ý Yên District", "VN", "Nam Định", "VN-67"),
        ("Sơn Động, VN-54", "VN", "Bắc Giang", "VN-54"),
        # what must not change
        ("Nam Định", "VN", "Nam Định", "VN-67"),
        ("Koira Kano", "NE", "Koira Kano", "NE-8"),
        ("Wilaya d'Oran", "DZ", "Oran", "DZ-31"),
    ],
)
def test_session_27_screens_read(query: str, country: str, name: str, region: str) -> None:
    place = locate(query, country)
    assert (place.name, place.region) == (name, region)


def test_a_large_city_abroad_is_not_a_quarter_by_a_word() -> None:
    # 'Kano' for Niger was Koira Kano, a quarter of Niamey, by a close spelling: it is Nigeria's
    with pytest.raises(InputError, match="is a town of Nigeria"):
        locate("Kano", "NE")


def test_a_town_outside_a_land_of_the_country_is_no_country() -> None:
    # 'Katanga' is a land of CD, which a close spelling read as Kazakhstan
    with pytest.raises(InputError) as refused:
        locate("Kinshasa, Katanga", "CD")
    assert "Kazakhstan" not in str(refused.value)


@pytest.mark.parametrize(
    ("query", "country", "town", "region"),
    [
        # the region first by a close spelling ('St' for Saint, 'Adjara' for Ajaria), then its
        # town: each was refused as no place so named near the town (the region named in it)
        ("St Catherine, Spanish Town", "JM", "Spanish Town", "JM-14"),
        ("St. James, Montego Bay", "JM", "Montego Bay", "JM-08"),
        ("Adjara, Batumi", "GE", "Batumi", "GE-AJ"),
        ("Adjara, Kobuleti", "GE", "Kobuleti", "GE-AJ"),
    ],
)
def test_a_region_by_spelling_then_its_town(query: str, country: str, town: str, region: str) -> None:
    place = locate(query, country)
    assert (place.name, place.region, place.how) == (town, region, "spelling")


@pytest.mark.parametrize("query", ["saxli", "sakhli", "სახლი"])
def test_georgian_home_is_no_place(query: str) -> None:
    # 'saxli' (home) was Sadakhlo, a village, by a close spelling
    with pytest.raises(InputError, match="is not the name of a place"):
        locate(query, "GE")


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        # words for a region in Kyrgyz, Serbian Cyrillic, Libya's Arabic, Sinhala and Tamil
        # (each "no place matches")
        ("Чүй облусу", "KG", "KG-C"),
        ("Ысык-Көл облусу", "KG", "KG-Y"),
        ("Нишавски округ", "RS", "RS-20"),
        ("شعبية الجفارة", "LY", "LY-JI"),
        ("දකුණු පළාත", "LK", "LK-3"),
        ("බස්නාහිර පළාත", "LK", "LK-1"),
        ("கிழக்கு மாகாணம்", "LK", "LK-5"),
    ],
)
def test_region_words_of_other_scripts(query: str, country: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == ("region", region)


@pytest.mark.parametrize(
    ("query", "country", "unit", "seat", "region"),
    [
        # a unit of the region given after it (each "no place matches": units were looked for in
        # a name given alone)
        ("Lurambi, Kakamega", "KE", "Lurambi", "Kakamega", "KE-11"),
        ("Nyando, Kisumu", "KE", "Nyando", "Awasi", "KE-17"),
        ("Mezam, North-West", "CM", "Mezam", "Bamenda", "CM-NW"),
        ("Mezam, Nord-Ouest", "CM", "Mezam", "Bamenda", "CM-NW"),
        # the unit is named, with its seat ('read as the district of Sokodé (seat Sokodé)')
        ("Tchaoudjo", "TG", "Tchaoudjo", "Sokodé", "TG-C"),
        ("Sindhupalchok", "NP", "Sindhupalchok", "Chautārā", "NP-P3"),
    ],
)
def test_a_unit_with_its_region_and_its_name(
    query: str, country: str, unit: str, seat: str, region: str
) -> None:
    place = locate(query, country)
    assert (place.kind, place.name, place.seat, place.region) == ("district", unit, seat, region)


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        # Nepal's Koshi and Lumbini in Devanagari (ISO's package gave Lumbini Koshi's name)
        ("कोशी प्रदेश", "NP", "NP-P1"),
        ("कोशी", "NP", "NP-P1"),
        ("लुम्बिनी प्रदेश", "NP", "NP-P5"),
        ("लुम्बिनी", "NP", "NP-P5"),
    ],
)
def test_nepal_provinces_in_devanagari(query: str, country: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == ("region", region)


@pytest.mark.parametrize(
    ("query", "district"),
    [
        # districts of Bangladesh in Bengali whose seat GeoNames names otherwise ("no place matches")
        ("কুড়িগ্রাম", "Kurigram"),
        ("মুন্সিগঞ্জ", "Munshiganj"),
        ("রাজবাড়ী", "Rajbari"),
        ("চুয়াডাঙ্গা", "Chuadanga"),
        ("ঝিনাইদহ", "Jhenaidah"),
        ("মেহেরপুর", "Meherpur"),
        ("ঝালকাঠি", "Jhalakathi"),
        ("বরগুনা", "Barguna"),
    ],
)
def test_bangladesh_districts_in_bengali(query: str, district: str) -> None:
    place = locate(query, "BD")
    assert (place.kind, place.name) == ("district", district)


@pytest.mark.parametrize(
    ("query", "kind", "region"),
    [
        # a region's type word names the region, though GeoNames gives the town the same name
        # ('Changwat Chiang Rai' was the town: the caseworker engineer's find)
        ("Changwat Chiang Rai", "region", "TH-57"),
        ("Changwat Chiang Mai", "region", "TH-50"),
        ("Chiang Rai", "town", "TH-57"),
    ],
)
def test_a_province_word_names_the_province(query: str, kind: str, region: str) -> None:
    place = locate(query, "TH")
    assert (place.kind, place.region) == (kind, region)


def test_a_thai_province_word_joined_to_the_name_is_read_as_a_region_to_avoid() -> None:
    # '--avoid-region จังหวัดเชียงใหม่' was refused as an unknown region (the caseworker engineer's)
    assert read_region("จังหวัดเชียงใหม่", "TH").code == "TH-50"


@pytest.mark.parametrize(
    ("query", "kind", "name"),
    [
        # Thai addresses shorten district and province ('อ.', 'จ.'): read as Chiang Rai by spelling
        ("อ.แม่สาย จ.เชียงราย", "district", "Mae Sai"),
        ("อ.อรัญประเทศ จ.สระแก้ว", "district", "Aranyaprathet"),
        ("จ.ตาก", "region", "Tak"),
        # a province's capital district (Mueang) is its town ("no place matches")
        ("อำเภอเมืองเชียงราย", "town", "Chiang Rai"),
        ("อ.เมืองเชียงใหม่", "town", "Chiang Mai"),
    ],
)
def test_thai_addresses_shortened(query: str, kind: str, name: str) -> None:
    place = locate(query, "TH")
    assert (place.kind, place.name) == (kind, name)


@pytest.mark.parametrize(("query", "country"), [("Riga", "LV"), ("Baku", "AZ"), ("Tbilisi", "GE")])
def test_a_capital_abroad_is_not_a_quarter_named_after_it(query: str, country: str) -> None:
    # Slavutych's quarters are named after capitals: 'Riga' was Riga Quarter, by a close spelling
    with pytest.raises(InputError, match=rf"is a town of .* \({country}\)"):
        locate(query, "UA")


def test_french_same_is_no_division_of_cameroon() -> None:
    # 'même' (same) was read as the division of Meme once the divisions were listed
    with pytest.raises(InputError, match="is not the name of a place"):
        locate("même", "CM")
    assert locate("Meme", "CM").seat == "Kumba"


@pytest.mark.parametrize(
    ("query", "country", "town"),
    [
        # a town of the country with more than a village's people keeps its first word: a
        # caseworker in Mexico who types 'Lagos' means Lagos de Moreno (150,000 people), not Nigeria's
        ("Lagos", "MX", "Lagos de Moreno"),
        ("Palma", "CU", "Palma Soriano"),
        ("Guadalajara", "CO", "Guadalajara de Buga"),
    ],
)
def test_a_town_of_the_country_keeps_a_word_a_city_abroad_has(query: str, country: str, town: str) -> None:
    place = locate(query, country)
    assert (place.name, place.how) == (town, "spelling")


@pytest.mark.parametrize(
    ("query", "kind", "name"),
    [
        # 'จ' (Thai's shortened "province") was found inside names before a vowel sign, so that
        # the town was read as its province
        ("จันทบุรี", "town", "Chanthaburi"),
        ("พิจิตร", "town", "Phichit"),
        ("จ. ตาก", "region", "Tak"),
    ],
)
def test_a_thai_letter_inside_a_name_is_no_type_word(query: str, kind: str, name: str) -> None:
    place = locate(query, "TH")
    assert (place.kind, place.name) == (kind, name)
