"""Districts named by their adjective (session twenty-two): Ukrainian and Russian name a district
after its seat ('Berehivskyi raion', 'Берегівський район', 'Береговский район'), and offices
copy addresses so. Each was read by a close spelling as a town elsewhere, often far away
('Berehivskyi raion' as Berestovskyi in Donetsk oblast), or refused."""

from __future__ import annotations

import pytest

from svcmatch.geo import locate
from svcmatch.geo.names import adjective_stems, district_adjective_stem, fold_name


@pytest.mark.parametrize(
    ("query", "seat", "region"),
    [
        ("Berehivskyi raion", "Berehove", "UA-21"),  # was Berestovskyi (Donetsk), by spelling
        ("Берегівський район", "Berehove", "UA-21"),
        ("Береговский район", "Berehove", "UA-21"),
        ("Berehivs'kyi r-n", "Berehove", "UA-21"),
        ("Mukachivskyi raion", "Mukachevo", "UA-21"),
        ("Odeskyi raion", "Odesa", "UA-51"),
        ("Одеський район", "Odesa", "UA-51"),
        ("Izmailskyi raion", "Izmayil", "UA-51"),
        ("Rozdilnianskyi raion", "Rozdilna", "UA-51"),
        ("Drohobytskyi raion", "Drohobych", "UA-46"),
        ("Стрийський район", "Stryi", "UA-46"),
        ("Kupianskyi raion", "Kupyansk", "UA-63"),
        ("Lozivskyi raion", "Lozova", "UA-63"),  # a village of Luhansk oblast is named so too
        ("Buchanskyi raion", "Bucha", "UA-32"),
        ("Brovarskyi raion", "Brovary", "UA-32"),
        ("Bilotserkivskyi raion", "Bila Tserkva", "UA-32"),  # was Bilotserkivka, a village
        ("Kramatorskyi raion", "Kramatorsk", "UA-14"),
        ("Volnovaskyi raion", "Volnovakha", "UA-14"),  # was Korolyov (Zhytomyr), by spelling
        ("Zaporizkyi raion", "Zaporizhzhya", "UA-23"),
        ("Запорізький район", "Zaporizhzhya", "UA-23"),
        ("Polohivskyi raion", "Polohy", "UA-23"),  # was Holosiyiv (Kyiv), by spelling
        ("Kakhovskyi raion", "Kakhovka", "UA-65"),
        ("Varaskyi raion", "Varash", "UA-56"),
        ("Kryvorizkyi raion", "Kryvyy Rih", "UA-12"),
    ],
)
def test_a_district_named_by_its_adjective_is_the_district_of_its_seat(
    query: str, seat: str, region: str
) -> None:
    place = locate(query, "UA")
    assert (place.kind, place.name, place.region) == ("district", seat, region), place


def test_the_district_of_a_town_by_its_name_is_as_before() -> None:
    place = locate("Berehove raion", "UA")
    assert (place.kind, place.name, place.region) == ("district", "Berehove", "UA-21")


@pytest.mark.parametrize("query", ["Egor L.G.A.", "Egor L. G. A", "Egor LGA"])
def test_a_local_government_area_written_with_full_stops(query: str) -> None:
    place = locate(query, "NG")  # 'Egor L.G.A.' was "no place matches"
    assert (place.kind, place.name, place.region) == ("district", "Egor", "NG-ED")


def test_an_adjective_is_read_only_with_a_districts_word() -> None:
    # without 'raion' it is a name like any other: a town or village called so is that place
    assert district_adjective_stem("berehivskyi raion") == ""  # the word is cut before this
    assert district_adjective_stem(fold_name("Berehivskyi")) == "berehiv"
    assert district_adjective_stem("kyiv") == ""


@pytest.mark.parametrize(
    ("town", "adjective"),
    [
        ("Berehove", "Berehivskyi"),
        ("Mukachevo", "Mukachivskyi"),
        ("Odesa", "Odes'kyi"),
        ("Drohobych", "Drohobytskyi"),
        ("Kupiansk", "Kupianskyi"),
        ("Berezivka", "Berezivskyi"),
        ("Bucha", "Buchanskyi"),
        ("Rivne", "Rivnenskyi"),
        ("Oleksandriia", "Oleksandriiskyi"),
        ("Melitopol", "Melitopolskyi"),
        ("Uzhhorod", "Uzhhorodskyi"),
        ("Берегове", "Берегівський"),
        ("Берегово", "Береговский"),
        ("Запоріжжя", "Запорізький"),
    ],
)
def test_the_stem_of_a_towns_adjective(town: str, adjective: str) -> None:
    assert district_adjective_stem(fold_name(adjective)) in adjective_stems(fold_name(town))


def test_tiachiv_as_officially_romanized() -> None:
    assert (locate("Tiachiv", "UA").name, locate("Tiachiv", "UA").how) == ("Tyachiv", "name")
    assert locate("Tiachivskyi raion", "UA").name == "Tyachiv"  # not Tiachivka, the village beside it


def test_kelaat_sraghna_as_people_write_it() -> None:
    place = locate("Kalaat Sraghna", "MA")  # was "no place matches"
    assert (place.name, place.region, place.how) == ("El Kelaa des Srarhna", "MA-07", "name")


@pytest.mark.parametrize(
    ("query", "seat", "region", "was"),
    [
        ("Lagos Mainland", "Yaba", "NG-LA", "Lagos, by a close spelling"),
        ("Lagos Mainland LGA", "Yaba", "NG-LA", "Lagos, by a close spelling"),
        ("Eleme", "Ogale", "NG-RI", "Elele, 40 km away, by a close spelling"),
    ],
)
def test_local_government_areas_whose_seats_are_parts_of_cities(
    query: str, seat: str, region: str, was: str
) -> None:
    place = locate(query, "NG")
    assert (place.kind, place.region, place.seat, place.how) == ("district", region, seat, "name"), was


def test_ogale_is_elemes_seat_not_kanos_gwale() -> None:
    place = locate("Ogale", "NG")  # read as Gwale (Kano) by a close spelling once Gwale was added
    assert (place.name, place.region, place.how) == ("Ogale", "NG-RI", "name")
