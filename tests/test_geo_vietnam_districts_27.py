"""Viet Nam's districts (huyện) and district-level towns (thị xã) before the 2025 reform, which
cities500 mostly lacks (session twenty-seven): each reads as the province it lies in. Before,
'Ia Grai' (Gia Lai) was Giá Rai in Bạc Liêu, 1,000 km away, 'Sơn Động' (Bắc Giang) Đông Sơn
in Thanh Hóa, 'Ý Yên' (Nam Định) Vĩnh Yên; 'Can Lộc' was Bình Long, 'Hải Hậu' Hải Châu of Đà
Nẵng, 'Lạng Giang' Đà Nẵng; 'Giao Thủy' was refused."""

from __future__ import annotations

import unicodedata

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate
from svcmatch.geo.areas import _VIETNAM_DISTRICTS, area_named
from svcmatch.geo.gazetteer import load_gazetteer
from svcmatch.geo.names import fold_name
from svcmatch.geo.region_names import region_index


def _ascii(name: str) -> str:
    name = name.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Ia Grai", "VN-30"),
        ("Sơn Động", "VN-54"),
        ("Son Dong", "VN-54"),
        ("Ý Yên", "VN-67"),
        ("Y Yen", "VN-67"),
        ("y yen", "VN-67"),
        ("Can Lộc", "VN-23"),
        ("Can Loc", "VN-23"),
        ("Lộc Hà", "VN-23"),
        ("Hoằng Hóa", "VN-21"),
        ("Hoang Hoa", "VN-21"),
        ("Hải Hậu", "VN-67"),
        ("Hai Hau", "VN-67"),
        ("Giao Thủy", "VN-67"),
        ("Giao Thuy", "VN-67"),
        ("Lạng Giang", "VN-54"),
        ("Lang Giang", "VN-54"),
        ("Yên Dũng", "VN-54"),
        ("Yen Dung", "VN-54"),
        ("Quỳnh Phụ", "VN-20"),
        ("Quynh Phu", "VN-20"),
        ("Thái Thụy", "VN-20"),
        ("Thai Thuy", "VN-20"),
        ("Tuyên Hóa", "VN-24"),
        ("Cẩm Giàng", "VN-61"),
        ("Vĩnh Bảo", "VN-HP"),
        ("Vân Đồn", "VN-13"),
        ("Van Don", "VN-13"),
        ("Văn Bàn", "VN-02"),
        ("Xín Mần", "VN-03"),
        ("Nậm Pồ", "VN-71"),
        ("Mường Tè", "VN-01"),
        ("Sốp Cộp", "VN-05"),
        ("Thạch An", "VN-04"),
        ("Tràng Định", "VN-09"),
        ("Lục Yên", "VN-06"),
        ("Kon Plông", "VN-28"),
        ("Krông Búk", "VN-33"),
        ("Krong Buk", "VN-33"),
        ("Cư M'gar", "VN-33"),
        ("Thoại Sơn", "VN-44"),
        ("Tháp Mười", "VN-45"),
        ("U Minh Thượng", "VN-47"),
        ("Trần Đề", "VN-52"),
        ("Tran De", "VN-52"),
    ],
)
def test_a_district_reads_as_its_province(query: str, code: str) -> None:
    place = locate(query, "VN")
    assert (place.kind, place.region) == ("region", code), (query, place)


def test_every_district_and_its_ascii_form_reads_as_its_province() -> None:
    wrong = []
    for code, districts in _VIETNAM_DISTRICTS.items():
        for names in districts:
            for query in dict.fromkeys((*names, _ascii(names[0]))):
                if query == _ascii(names[0]) and fold_name(query) not in {fold_name(n) for n in names}:
                    continue  # a form with d for đ that another province's district has
                place = locate(query, "VN")
                if (place.kind, place.region) != ("region", code):
                    wrong.append((query, code, place.kind, place.name, place.region))
    assert not wrong


def test_no_district_is_named_as_a_town_or_a_province() -> None:
    gazetteer, index = load_gazetteer("VN"), region_index("VN")
    named = [
        name
        for districts in _VIETNAM_DISTRICTS.values()
        for names in districts
        for name in names
        if gazetteer.names.get(fold_name(name)) or index.names.get(fold_name(name))
    ]
    assert not named


def test_no_district_name_is_in_two_provinces() -> None:
    seen: dict[str, str] = {}
    for code, districts in _VIETNAM_DISTRICTS.items():
        for names in districts:
            for name in names:
                assert seen.setdefault(fold_name(name), code) == code, name


@pytest.mark.parametrize(
    ("query", "kind", "code"),
    [
        ("Hà Nội", "town", "VN-HN"),
        ("Vinh", "town", "VN-22"),
        ("Huế", "town", "VN-26"),
        ("Nam Định", "town", "VN-67"),
        ("VN-67", "region", "VN-67"),
        # left out: a town of the gazetteer has the name (a village of Nghệ An; of Thái Nguyên)
        ("Kim Sơn", "town", "VN-22"),
        ("Hương Sơn", "town", "VN-69"),
    ],
)
def test_towns_and_regions_are_unchanged(query: str, kind: str, code: str) -> None:
    place = locate(query, "VN")
    assert (place.kind, place.region) == (kind, code)


def test_tay_nguyen_is_still_refused_across_regions() -> None:
    with pytest.raises(InputError, match="lies across several regions"):
        locate("Tây Nguyên", "VN")


@pytest.mark.parametrize("query", ["Châu Thành", "Chau Thanh", "Phú Tân", "Tân Châu", "Phú Mỹ", "Tam Duong"])
def test_a_name_that_districts_of_two_provinces_share_is_no_area(query: str) -> None:
    assert area_named(query, "VN") is None
