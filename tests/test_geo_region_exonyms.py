"""Regions by the names people type for them: English exonyms ('Bavaria', 'Tibet', 'Red Sea'),
local forms and everyday abbreviations ('FCT', 'KPK'), read from the iso3166-2 package at build
time; mottos and names that two regions share are left out, so that nothing is a guess."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import build, locate, read_region


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        ("Bavaria", "DE", "DE-BY"),
        ("Lower Saxony", "DE", "DE-NI"),
        ("North Rhine-Westphalia", "DE", "DE-NW"),
        ("Catalonia", "ES", "ES-CT"),
        ("Andalusia", "ES", "ES-AN"),
        ("Tibet", "CN", "CN-XZ"),
        ("Inner Mongolia", "CN", "CN-NM"),
        ("Guangxi", "CN", "CN-GX"),  # was read as the village of Huangxi in Chongqing
        ("Xinjiang", "CN", "CN-XJ"),  # was read as the city of Xining in Qinghai
        ("广西", "CN", "CN-GX"),
        ("Fujian Province", "CN", "CN-FJ"),
        ("Red Sea", "EG", "EG-BA"),
        ("South Sinai", "EG", "EG-JS"),
        ("Transnistria", "MD", "MD-SN"),
        ("Gagauzia", "MD", "MD-GA"),
        ("FCT", "NG", "NG-FC"),
        ("KPK", "PK", "PK-KP"),
        ("Azad Kashmir", "PK", "PK-JK"),
        ("Moscow Oblast", "RU", "RU-MOS"),  # was the city of Moscow (RU-MOW)
    ],
)
def test_a_region_is_found_by_the_name_people_type(query: str, country: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == ("region", region)
    assert place.how != "spelling", "an exonym is a name read exactly, not a guess"


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        # a large town of the name still wins over the region named like it
        ("Moscow", "RU", "RU-MOW"),
        ("Lagos", "NG", "NG-LA"),
        ("Giza", "EG", "EG-GZ"),
        ("Cairo", "EG", "EG-C"),
        ("Canton", "CN", "CN-GD"),
        ("Smolensk", "RU", "RU-SMO"),
    ],
)
def test_towns_named_like_a_region_stay_towns(query: str, country: str, region: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.region) == ("town", region)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Bavaria", True),
        ("Red Sea", True),
        ("Ho Chi Minh City", True),  # 'City' with the region's own name
        ("Land of Promise", False),
        ("The Big Heart", False),
        ("Coal City State", False),
        ("Great Peace", False),
        ("Bab-ul-Islam/Gateway of Islam", False),
    ],
)
def test_mottos_and_nicknames_are_not_names(name: str, kept: bool) -> None:
    assert build._is_name(name, ["ho chi minh", "bayern", "al bahr al ahmar"]) is kept


def test_a_name_two_regions_share_is_left_out_and_curated_countries_keep_their_tables() -> None:
    vietnam = build.region_other_names("VN")
    # 'Serenity' is the nickname of both Ninh Bình (VN-18) and Quảng Bình (VN-24)
    assert not any("Serenity" in names for names in vietnam.values())
    assert "Ho Chi Minh City" in vietnam["VN-SG"]
    for country in ("AL", "MA", "UA"):
        assert not any(build.region_other_names(country).values())


def test_shipped_gazetteers_carry_the_other_names() -> None:
    from svcmatch.geo.gazetteer import load_gazetteer

    assert "Bavaria" in load_gazetteer("DE").regions["DE-BY"].names
    assert "Transnistria" in load_gazetteer("MD").regions["MD-SN"].names


@pytest.mark.parametrize(
    ("query", "country", "code"),
    [
        ("Galicia", "ES", "ES-GA"),  # ISO: 'Galicia [Galicia]'; was a spelling guess of Alzira
        ("Illes Balears", "ES", "ES-IB"),  # 'Illes Balears [Islas Baleares]'; was unknown
        ("Islas Baleares", "ES", "ES-IB"),
        ("Wales", "GB", "GB-WLS"),  # 'Wales [Cymru GB-CYM]'; was the village of Wales, England
        ("Uppsala län", "SE", "SE-C"),  # 'Uppsala län [SE-03]'
    ],
)
def test_each_form_of_a_bracketed_iso_name_is_the_region(query: str, country: str, code: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.region, place.how) == ("region", code, "name")


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("Arctic Region", "NO"),  # 'Svalbard (Arctic Region)' and 'Jan Mayen (Arctic Region)'
        ("Région", "TG"),  # 'Maritime (Région)': a type word alone
        ("city", "YE"),  # 'Amānat al ‘Āşimah [city]'
    ],
)
def test_a_bracketed_part_that_is_no_name_of_one_region(query: str, country: str) -> None:
    # a type word alone is refused as a kind of place (tests/test_geo_one_place.py)
    with pytest.raises(InputError, match=r"no place matches|says what kind of place, not which one"):
        locate(query, country)


def test_a_bracketed_qualifier_is_no_name() -> None:
    """'Guyane (française)': 'française' stays what it was, a spelling guess shown as one."""
    place = locate("française", "FR")
    assert (place.kind, place.how) == ("town", "spelling")


@pytest.mark.parametrize(
    ("query", "region"),
    [
        # pycountry writes Amara, Benshangul-Gumaz, Harari People: people do not
        ("Amhara", "ET-AM"),
        ("Amhara Region", "ET-AM"),
        ("Benishangul-Gumuz", "ET-BE"),
        ("Benishangul Gumuz", "ET-BE"),
        ("Harari", "ET-HA"),
        ("South West Ethiopia", "ET-SW"),
        # SNNPR by its everyday names; Central and South Ethiopia (2023) are in it, as ISO has it
        ("SNNPR", "ET-SN"),
        ("Southern Nations", "ET-SN"),
        ("Central Ethiopia", "ET-SN"),
        ("South Ethiopia Region", "ET-SN"),
    ],
)
def test_ethiopias_regions_by_the_names_people_write(query: str, region: str) -> None:
    """--avoid-region refused them (never a close spelling, as it must), --to read them by a
    close spelling (Amhara as Amara)."""
    reading = read_region(query, "ET")
    assert reading.code == region
    assert reading.how != "spelling"


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        ("Karen State", "MM", "MM-13"),
        ("BARMM", "PH", "PH-14"),
        ("Bangsamoro", "PH", "PH-14"),
        ("NTT", "ID", "ID-NT"),
        ("Province No. 1", "NP", "NP-P1"),
        ("Sudurpaschim", "NP", "NP-P7"),
        ("Chittagong Division", "BD", "BD-B"),
        ("NCT of Delhi", "IN", "IN-DL"),
        ("Baluchistan", "PK", "PK-BA"),
        ("Surkhandarya", "UZ", "UZ-SU"),
        ("El Quiche", "GT", "GT-14"),
        ("Capital District", "VE", "VE-A"),
        ("Vientiane Capital", "LA", "LA-VT"),
        ("Maekel", "ER", "ER-MA"),
        ("GBAO", "TJ", "TJ-GB"),
        ("Districts of Republican Subordination", "TJ", "TJ-RA"),
    ],
)
def test_regions_of_return_by_their_everyday_names(query: str, country: str, region: str) -> None:
    """Each was refused as a region to avoid and, as a place of return, refused or read by a
    close spelling."""
    reading = read_region(query, country)
    assert reading.code == region
    assert reading.how != "spelling"


@pytest.mark.parametrize(
    ("query", "country", "codes"),
    [
        ("Bendel", "NG", ("NG-ED", "NG-DE")),
        ("Bendel State", "NG", ("NG-ED", "NG-DE")),
        ("Brong-Ahafo", "GH", ("GH-BO", "GH-BE", "GH-AF")),
    ],
)
def test_a_former_region_is_refused_with_the_regions_it_became(
    query: str, country: str, codes: tuple[str, ...]
) -> None:
    """`--avoid-region Bendel` was refused with 'NG-AB' as the fix (a close spelling of no use)."""
    with pytest.raises(InputError) as refused:
        read_region(query, country)
    assert all(code in str(refused.value) for code in codes)
    assert "NG-AB" not in str(refused.value)


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("Rift Valley", 14),
        ("Coast Province", 6),
        ("Nyanza", 6),
        ("Western Province", 4),
        ("North Eastern", 3),
    ],
)
def test_a_former_province_of_kenya_is_refused_with_its_counties(query: str, codes: int) -> None:
    """Refused before too, but with the closest names of counties that lie elsewhere ('Rift
    Valley': Taita/Taveta, on the coast) or as a town of Rwanda ('Nyanza')."""
    for read in (read_region, locate):
        with pytest.raises(InputError) as refused:
            read(query, "KE")
        assert "lies across several regions" in str(refused.value)
        assert str(refused.value).count("KE-") >= codes
        assert "Rwanda" not in str(refused.value)


def test_every_kenyan_county_but_nairobi_lies_in_one_former_province() -> None:
    from svcmatch.geo.areas import AREAS
    from svcmatch.geo.regions import regions

    # the former provinces (the sub-counties listed since session twenty-seven each lie in one)
    counties = [code for names, codes in AREAS["KE"] if names[0].endswith("Province") for code in codes]
    assert len(counties) == len(set(counties)) == 46
    assert set(counties) | {"KE-30"} == {code for code, _name in regions("KE")}


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("Sindhupalchok", "NP-P3"),
        ("Sindhupalchowk District", "NP-P3"),
        ("Dhanusa", "NP-P2"),
        ("Humla", "NP-P6"),  # was read by spelling as Jumla, the town of another district
        ("Kanchanpur", "NP-P7"),  # was 'a town of India'
        ("Bara", "NP-P2"),  # was 'a town of Sudan'
    ],
)
def test_a_district_of_nepal_is_read_as_its_province_and_said(query: str, region: str) -> None:
    """Nepal's file has 62 places: of its 77 districts' names, 63 were 'no place matches' or a
    town abroad, and two were read by spelling as another place."""
    place = locate(query, "NP")
    # a district whose seat the gazetteer lists is read at it (session twenty-five; since
    # session twenty-six, every district but Rukum East)
    assert (place.kind, place.region) == ("district", region)
    reading = read_region(query, "NP")
    assert (reading.code, reading.how) == (region, "synonym")


def test_a_district_split_between_provinces_is_refused_with_both_and_a_seat_stays_its_town() -> None:
    with pytest.raises(InputError, match="NP-P4 Gandaki, NP-P5 Lumbini"):
        locate("Nawalparasi", "NP")
    assert (locate("Kathmandu", "NP").kind, locate("Ilam", "NP").kind) == ("town", "town")


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Region 7", "PH-07"),
        ("Region 12", "PH-12"),
        ("Region IV-A", "PH-40"),
        ("Region 4A", "PH-40"),
        ("Region IV-B", "PH-41"),
    ],
)
def test_the_philippines_regions_as_offices_number_them(query: str, code: str) -> None:
    # a new Philippine office writes regions so: 'Region 7' and 'Region IV-A' were no place
    place = locate(query, "PH")
    assert (place.kind, place.region) == ("region", code)


def test_region_four_names_both_of_its_parts() -> None:
    with pytest.raises(InputError, match=r"PH-40 .*PH-41"):
        locate("Region 4", "PH")


def test_a_region_number_without_its_type_word_is_no_name() -> None:
    # 'Province 1' without its type word indexed '1' as a name of Koshi
    with pytest.raises(InputError):
        locate("1", "NP")
    assert locate("Province 1", "NP").region == "NP-P1"


def test_a_town_written_in_its_script_with_a_space_for_the_hyphen() -> None:
    # GeoNames writes Bahir Dar ባሕር-ዳር; the build dropped names of a country's own script with a
    # hyphen, so 'ባሕር ዳር' was "no place matches"
    for query in ("ባሕር ዳር", "ባሕር-ዳር"):
        place = locate(query, "ET")
        assert (place.name, place.region) == ("Bahir Dar", "ET-AM")
