"""Session twenty-nine's places: loose spellings refused with the places they came close to, and
what session twenty-eight's screen left (docs/geography.md, "Session twenty-nine")."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import locate, locate_quietly, read_city
from svcmatch.geo.locate import WEAK_SPELLING, WeakSpelling

CASE = ["--needs", "shelter", "--sex", "female", "--age", "30"]


@pytest.mark.parametrize(
    ("query", "country", "meant"),
    [
        # each was read by a close spelling of 0.70-0.80 as a town far from the place meant,
        # a village or town that the gazetteer does not list (session twenty-eight's screen)
        ("Sotirya", "BG", "Sofia"),  # a village of Sliven, 270 km east of Sofia
        ("Sharya", "IQ", "Ash Shaţrah"),  # a Yazidi town of Duhok; Ash Shaṭrah is in Dhi Qar
        ("Sarmada", "SY", "Şamād"),  # Idlib's border town; Ṣamad is a village of Daraa
        ("Golapganj", "BD", "Gopālganj"),  # an upazila of Sylhet; Gopalganj is in Dhaka division
        # a raion of Chernivtsi Oblast named after the Dniester: a district of Kyiv by spelling
        ("Dnistrovskyi raion", "UA", "Dniprovskyi"),
    ],
)
def test_a_loose_spelling_is_refused_naming_what_it_came_close_to(
    query: str, country: str, meant: str
) -> None:
    with pytest.raises(WeakSpelling) as refused:
        locate(query, country)
    assert refused.value.place.how == "spelling" and refused.value.place.score < WEAK_SPELLING
    assert f"no place is named {query!r} in {country}" in refused.value.message
    assert f"did you mean {meant}?" in str(refused.value.hint)


def test_a_loose_spelling_one_slip_from_the_name_is_still_read() -> None:
    # 'Igbodo' is one letter from Igboho (and from Ugbodo): a typo as likely as another village,
    # said as a close spelling and as naming two towns
    place = locate("Igbodo", "NG")
    assert place.how == "spelling" and place.score < WEAK_SPELLING and place.ambiguous
    assert place.name == "Igboho"


def test_a_loose_spelling_with_a_region_given_is_refused_too() -> None:
    # 'Santa Elena, Petén' was Santa Ana (Petén) by a close spelling of 0.74
    with pytest.raises(WeakSpelling, match="did you mean Santa Ana"):
        locate("Santa Elena, Petén", "GT")


def test_a_record_s_city_still_reads_as_a_close_spelling_never_as_the_place() -> None:
    # a write path stores a record's city as written; its checks still see what it is close to
    place = read_city("Sotirya", "BG")
    assert place is not None and (place.name, place.how) == ("Sofia", "spelling")
    with pytest.raises(WeakSpelling) as quietly:
        locate_quietly("Sotirya", "BG")
    assert quietly.value.place.name == "Sofia" and "did you mean" not in quietly.value.message


def test_locate_and_match_refuse_a_loose_spelling_in_one_line() -> None:
    result = CliRunner().invoke(main, ["locate", "Sotirya", "--country", "BG"])
    assert result.exit_code != 0
    (line,) = [text for text in result.output.splitlines() if text.strip()]
    assert "did you mean Sofia?" in line and "0.71" in line
    to = "Dnistrovskyi raion"  # a sample country's: match reads its directory
    result = CliRunner().invoke(main, ["match", "--country", "UA", "--to", to, *CASE, "--format", "json"])
    assert result.exit_code != 0 and "did you mean Dniprovskyi?" in result.output
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout or "")


def test_an_exact_name_or_a_close_one_is_not_touched() -> None:
    assert locate("Sofia", "BG").how == "name"
    assert locate("Plovidv", "BG").name == "Plovdiv"  # a sound-alike, 0.94
    with pytest.raises(InputError, match="no place matches"):
        locate("Qqqqzzz", "BG")


def test_briceni_is_the_seat_of_its_district_not_the_village_of_donduseni() -> None:
    # GeoNames gives the village of Briceni (Dondușeni, MD-DO) 14,132 people, more than the town
    # of Briceni 45 km west (MD-BR): 'Briceni', 'Briceni, Moldova' and 'raionul Briceni' were it
    for query in ("Briceni", "Briceni, Moldova"):
        place = locate(query, "MD")
        assert (place.kind, place.region, place.how, place.ambiguous) == ("town", "MD-BR", "name", False)
        assert any(p.region == "MD-DO" for p in place.alternatives)  # the village, said beside it
    district = locate("raionul Briceni", "MD")
    assert (district.region, district.seat) == ("MD-BR", "Briceni")
    village = locate("Briceni, Dondușeni", "MD")  # the village, where her region says so
    assert (village.region, village.population) == ("MD-DO", 0)


@pytest.mark.parametrize(
    ("query", "number"),
    [
        ("Njësia Administrative Nr. 2", 2),
        ("Njesia administrative nr 11", 11),
        ("NjA 5", 5),
        ("Njësia Bashkiake Nr. 7", 7),  # the city's units before 2015
        ("Njësia Administrative Nr. 2, Tiranë", 2),
    ],
)
def test_tirana_s_numbered_units_are_the_city_not_dajt(query: str, number: int) -> None:
    # every number was Dajt, the former commune east of the city, by a close spelling of 0.76-0.78
    place = locate(query, "AL")
    assert (place.kind, place.region, place.seat, place.how) == ("district", "AL-11", "Tirana", "name")
    assert place.name == f"Njësia Administrative Nr. {number}"
    tirana = locate("Tirana", "AL")
    assert (place.latitude, place.longitude) == (tirana.latitude, tirana.longitude)


def test_a_unit_number_tirana_does_not_have_is_not_dajt_either() -> None:
    with pytest.raises(WeakSpelling, match="did you mean Dajt"):
        locate("Njësia Administrative Nr. 14", "AL")  # units 12-24 are named, not numbered


@pytest.mark.parametrize("query", ["Bakhdida", "Baghdede", "Bakhdeda", "بخديدا"])
def test_qaraqosh_by_its_syriac_name_is_not_baghdad(query: str) -> None:
    # 'Bakhdida' was Baghdad, 400 km south, by a close spelling of 0.90
    place = locate(query, "IQ")
    assert (place.name, place.region, place.how) == ("Al-Hamdaniya", "IQ-NI", "name")


@pytest.mark.parametrize("query", ["Bashiqa", "Baashiqa", "بعشيقة", "Bashiqa, Nineveh"])
def test_bashiqa_is_a_town_of_the_nineveh_plains(query: str) -> None:
    place = locate(query, "IQ")  # "no place matches" before
    assert (place.name, place.region, place.how) == ("Bashiqa", "IQ-NI", "name")
    assert place.latitude is not None and abs(place.latitude - 36.45) < 0.05


def test_a_typo_of_santo_domingo_is_the_city_as_the_name_is() -> None:
    # 'Santo Domngo' was the province around the capital (DO-32) by sound, before the city
    place = locate("Santo Domngo", "DO")
    assert (place.kind, place.region, place.how) == ("town", "DO-01", "spelling")
    assert any(p.region == "DO-32" and p.kind == "region" for p in place.alternatives)
    assert locate("Provincia Santo Domngo", "DO").region == "DO-32"  # the province, said so
    assert locate("Volyn", "UA").region == "UA-07"  # a region named as written still beats a sound


@pytest.mark.parametrize(
    ("query", "seat", "region"),
    [("Voznesenskyi raion", "Voznesensk", "UA-48"), ("Bohodukhivskyi raion", "Bohodukhiv", "UA-63")],
)
def test_a_raion_by_its_adjective_comes_before_donetsk_s_district(query: str, seat: str, region: str) -> None:
    # Donetsk's Voznesenskyi and Bohodukhivskyi districts (85,000 and 90,000 people) came first
    place = locate(query, "UA")
    assert (place.kind, place.seat, place.region) == ("district", seat, region)
    assert place.ambiguous  # other raions and districts of the name are said beside it
    donetsk = locate(f"{query.split()[0]}, Donetsk", "UA")  # Donetsk's, where the oblast says so
    assert donetsk.region == "UA-14"


def test_the_marks_of_writing_direction_copied_with_a_name_are_no_part_of_it() -> None:
    # 'طنجة' between two right-to-left marks, as copied from an Arabic document, was Tangier only
    # by a close spelling of 0.74, its readings showing '\u200f'
    for query in ("\u200fطنجة\u200f", "\u061cطنجة"):
        place = locate(query, "MA")
        assert (place.name, place.how) == ("Tangier", "name")
    assert locate("\u200eКиїв\u200e", "UA").how == "name"


@pytest.mark.parametrize(
    ("query", "country", "name", "was"),
    [
        ("Tusla", "US", "Tulsa", "Tuscola"),
        ("Wimsar", "DE", "Wismar", "Weimar"),
        ("Densa", "UA", "Desna", "Odesa"),
    ],
)
def test_a_loose_reading_takes_the_place_one_slip_away(query: str, country: str, name: str, was: str) -> None:
    # each came closer, by rapidfuzz, to another town than to the one it is a slip of
    place = locate(query, country)
    assert (place.name, place.how) == (name, "spelling")
    assert any(p.name == was for p in place.alternatives)


def test_two_names_one_slip_away_are_both_named_first() -> None:
    with pytest.raises(WeakSpelling) as refused:
        locate("Henre", "DE")  # Herne (two letters swapped), Heere (one changed); it came closest to Aachen
    assert "did you mean Herne or Heere?" in str(refused.value.hint)
    assert refused.value.message.index("Herne") < refused.value.message.index("Aachen")


def test_letters_without_a_latin_fold_count_in_a_slip() -> None:
    assert locate("Fødre", "NO").name == "Førde"  # 'ø' was dropped, leaving too few letters
    assert locate("Płcok", "PL").name == "Płock"


@pytest.mark.parametrize(
    ("query", "country", "seat"),
    [
        # since 2020 'Lviv raion' is the raion of Lviv; it was all of Lviv Oblast, read as exact
        ("Lviv raion", "UA", "Lviv"),
        ("Khmelnytskyi raion", "UA", "Khmelnytskyi"),
        ("Kharkiv rajon", "UA", "Kharkiv"),
        ("Odesa raion", "UA", "Odesa"),
        # Iraq's qadha: the town by a close spelling of 0.80 before
        ("Qadha Sinjar", "IQ", "Sinjār"),
        ("قضاء سنجار", "IQ", "Sinjār"),
        ("قضاء تلعفر", "IQ", "Tall ‘Afar"),
    ],
)
def test_a_district_word_reads_the_district_at_its_seat(query: str, country: str, seat: str) -> None:
    place = locate(query, country)
    assert (place.kind, place.seat, place.how, place.score) == ("district", seat, "name", 0.97)


def test_a_raion_is_still_a_region_where_the_regions_are_raions() -> None:
    assert (locate("Briceni raion", "MD").kind, locate("Briceni raion", "MD").region) == ("region", "MD-BR")
    assert locate("Quba rayon", "AZ").kind == "region"


def test_khett_is_cambodia_s_province() -> None:
    place = locate("Khett Prey Veng", "KH")  # the town by a close spelling before
    assert (place.kind, place.region, place.how) == ("region", "KH-14", "name")
    assert locate("Khet Bang Kapi", "TH").kind == "district"  # Thai khet: a district of Bangkok


def test_rrethinat_is_the_unit_around_shkoder() -> None:
    place = locate("Rrethinat", "AL")  # Allkaj, a village of Fier, by a close spelling before
    assert (place.kind, place.region, place.seat) == ("district", "AL-10", "Shkodër")
