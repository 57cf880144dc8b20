"""What session twenty-four's screen of typed places found: urban districts of Vietnam's cities
that GeoNames' cities500 lacks or names only by their number in words ('Quận 8' was Quận Sáu,
district 6, by a close spelling; 'District 7' "no place matches"), and towns of Nigeria it
lacks ('Sango' was Zango, in Katsina, 900 km from Sango-Ota)."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate


@pytest.mark.parametrize(
    ("query", "name", "region"),
    [
        ("Quận 8", "Quận 8", "VN-SG"),  # was Quận Sáu (district 6)
        ("Quan 8", "Quận 8", "VN-SG"),
        ("District 8", "Quận 8", "VN-SG"),
        ("Q8", "Quận 8", "VN-SG"),
        ("Quận 12", "Quận 12", "VN-SG"),  # was Quận Hai (district 2)
        ("Q.12", "Quận 12", "VN-SG"),
        ("District 1", "Quận Một", "VN-SG"),  # "no place matches"
        ("District 7", "Quận Bảy", "VN-SG"),
        ("Q.1", "Quận Một", "VN-SG"),
        ("Q 3", "Quận Ba", "VN-SG"),
        ("SG", "Ho Chi Minh City", "VN-SG"),
        ("HN", "Hanoi", "VN-HN"),
        ("Bình Tân", "Bình Tân", "VN-SG"),  # was Tân Bình, another district
        ("Binh Tan", "Bình Tân", "VN-SG"),
        ("Bình Chánh", "Bình Chánh", "VN-SG"),  # was a hamlet of An Giang
        ("Nam Từ Liêm", "Nam Từ Liêm", "VN-HN"),  # was Tư, Đà Nẵng
        ("Thanh Trì", "Thanh Trì", "VN-HN"),  # was Phú Lộc, Sóc Trăng
        ("Hoàng Mai, Hà Nội", "Hoàng Mai", "VN-HN"),
        ("Hồng Bàng", "Hồng Bàng", "VN-HP"),  # was Lương Bằng, Hưng Yên
        ("Hải An", "Hải An", "VN-HP"),  # was Hội An
        ("Ngô Quyền", "Ngô Quyền", "VN-HP"),
        ("Lê Chân", "Lê Chân", "VN-HP"),
        ("Ninh Kiều", "Ninh Kiều", "VN-CT"),  # was Phù Ninh, Hanoi
    ],
)
def test_a_district_of_a_vietnamese_city_as_people_write_it(query: str, name: str, region: str) -> None:
    place = locate(query, "VN")
    assert (place.name, place.region, place.how) == (name, region, "name"), place


def test_a_district_that_shares_its_name_with_a_town_says_so() -> None:
    # Hoàng Mai is a town of Nghệ An (113,000 people) and a district of Hanoi: the larger first,
    # said as ambiguous, and the region given picks the other
    place = locate("Hoàng Mai", "VN")
    assert (place.region, place.ambiguous) == ("VN-22", True)


@pytest.mark.parametrize(
    ("query", "name", "region"),
    [
        ("Mararaba", "Mararaba", "NG-NA"),  # "no place matches"
        ("Ibusa", "Ibusa", "NG-DE"),
        ("Ibusa, Delta", "Ibusa", "NG-DE"),
        ("Onne", "Onne", "NG-RI"),
        ("Okuokoko", "Okuokoko", "NG-DE"),  # was Okokomaiko, a part of Lagos
        ("Sango", "Sango Ota", "NG-OG"),  # was Zango, Katsina
    ],
)
def test_a_nigerian_town_cities500_lacks(query: str, name: str, region: str) -> None:
    place = locate(query, "NG")
    assert (place.name, place.region, place.how) == (name, region, "name"), place


def test_a_district_number_alone_is_no_place() -> None:
    with pytest.raises(InputError):
        locate("8", "VN")


def test_the_ethiopian_half_of_a_border_town() -> None:
    # Moyale lies on both sides of the border: it was refused as Kenya's with --country ET
    place = locate("Moyale", "ET")
    assert (place.name, place.region, place.how) == ("Moyale", "ET-OR", "name"), place
