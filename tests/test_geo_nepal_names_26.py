"""Nepal's districts by the other spellings caseworkers type, and in Devanagari (session
twenty-six's screen): 'Tanahu', 'Syanja', 'Terathum', 'Solu Khumbu', 'Sankhuwa Sabha' and
'Mahotari' were "no place matches" ('Okhaldunga' was Darchula, at the other end of the
country, by a close spelling), and 37 of the 54 districts that no town names were refused in
Devanagari ('दाङ', 'धनुषा', 'पर्सा', 'पाल्पा', 'कञ्चनपुर'; 'उदयपुर' as a town of India)."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate
from svcmatch.geo.areas import _NEPAL_DEVANAGARI, _NEPAL_DISTRICTS


def _assert_in_province(query: str, region: str) -> None:
    place = locate(query, "NP")
    # a district is read at its seat where the file lists it (Rukum East's is not: its province)
    assert place.kind in ("district", "region"), place
    assert (place.region, place.how) == (region, "name"), place


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("Okhaldunga", "NP-P1"),
        ("Panchathar", "NP-P1"),
        ("Sankhuwa Sabha", "NP-P1"),
        ("Sankhuwasava", "NP-P1"),
        ("Solu Khumbu", "NP-P1"),
        ("Solu-Khumbu", "NP-P1"),
        ("Terathum", "NP-P1"),
        ("Udaipur", "NP-P1"),  # was refused as a town of India
        ("Mahotari", "NP-P2"),
        ("Rauthat", "NP-P2"),
        ("Chitaun", "NP-P3"),
        ("Dolkha", "NP-P3"),
        ("Kavrepalanchowk", "NP-P3"),
        ("Kabhrepalanchowk", "NP-P3"),
        ("Kavre Palanchok", "NP-P3"),
        ("Sindhu Palchok", "NP-P3"),
        ("Sindupalchok", "NP-P3"),
        ("East Nawalparasi", "NP-P4"),
        ("Syanja", "NP-P4"),
        ("Shyangja", "NP-P4"),
        ("Tanahu", "NP-P4"),
        ("Tanahu District", "NP-P4"),
        ("Argakhanchi", "NP-P5"),
        ("Dang Deukhuri", "NP-P5"),  # was Deukhuri, a town of Dang, by a close spelling
        ("East Rukum", "NP-P5"),
        ("Rukum Purba", "NP-P5"),
        ("Kapilavastu", "NP-P5"),
        ("West Nawalparasi", "NP-P5"),
        ("Rupendehi", "NP-P5"),
        ("Dolpo", "NP-P6"),
        ("West Rukum", "NP-P6"),
        ("Rukum Paschim", "NP-P6"),
    ],
)
def test_a_district_by_another_spelling(query: str, region: str) -> None:
    _assert_in_province(query, region)


@pytest.mark.parametrize(
    ("query", "region"),
    [
        # Koshi
        ("झापा", "NP-P1"),
        ("खोटाङ", "NP-P1"),
        ("मोरङ", "NP-P1"),
        ("ओखलढुङ्गा", "NP-P1"),
        ("ओखलढुंगा", "NP-P1"),
        ("पाँचथर", "NP-P1"),
        ("संखुवासभा", "NP-P1"),
        ("सङ्खुवासभा", "NP-P1"),
        ("सोलुखुम्बु", "NP-P1"),
        ("सुनसरी", "NP-P1"),
        ("ताप्लेजुङ", "NP-P1"),
        ("तेह्रथुम", "NP-P1"),
        ("उदयपुर", "NP-P1"),  # was refused as a town of India
        ("उदयपुर जिल्ला", "NP-P1"),
        # Madhesh
        ("बारा", "NP-P2"),
        ("धनुषा", "NP-P2"),
        ("महोत्तरी", "NP-P2"),
        ("पर्सा", "NP-P2"),
        ("रौतहट", "NP-P2"),
        ("सप्तरी", "NP-P2"),
        ("सर्लाही", "NP-P2"),
        # Bagmati
        ("चितवन", "NP-P3"),
        ("धादिङ", "NP-P3"),
        ("दोलखा", "NP-P3"),
        ("काभ्रेपलाञ्चोक", "NP-P3"),
        ("काभ्रे", "NP-P3"),
        ("मकवानपुर", "NP-P3"),
        ("नुवाकोट", "NP-P3"),
        ("रसुवा", "NP-P3"),
        ("सिन्धुली", "NP-P3"),
        ("सिन्धुपाल्चोक", "NP-P3"),
        # Gandaki
        ("गोरखा", "NP-P4"),
        ("कास्की", "NP-P4"),
        ("मनाङ", "NP-P4"),
        ("म्याग्दी", "NP-P4"),
        ("नवलपुर", "NP-P4"),
        ("नवलपरासी पूर्व", "NP-P4"),
        ("नवलपरासी (बर्दघाट सुस्ता पूर्व)", "NP-P4"),
        ("पर्वत", "NP-P4"),
        ("स्याङ्जा", "NP-P4"),
        ("तनहुँ", "NP-P4"),
        ("तनहु", "NP-P4"),
        # Lumbini
        ("अर्घाखाँची", "NP-P5"),
        ("बाँके", "NP-P5"),
        ("दाङ", "NP-P5"),
        ("दाङ जिल्ला", "NP-P5"),
        ("रुकुम पूर्व", "NP-P5"),
        ("पूर्वी रुकुम", "NP-P5"),
        ("रुकुम (पूर्वी भाग)", "NP-P5"),
        ("गुल्मी", "NP-P5"),
        ("कपिलवस्तु", "NP-P5"),
        ("परासी", "NP-P5"),
        ("नवलपरासी पश्चिम", "NP-P5"),
        ("नवलपरासी (बर्दघाट सुस्ता पश्चिम)", "NP-P5"),
        ("पाल्पा", "NP-P5"),
        ("रोल्पा", "NP-P5"),
        ("रुपन्देही", "NP-P5"),
        # Karnali
        ("डोल्पा", "NP-P6"),
        ("हुम्ला", "NP-P6"),
        ("जाजरकोट", "NP-P6"),
        ("मुगु", "NP-P6"),
        ("रुकुम पश्चिम", "NP-P6"),
        ("पश्चिमी रुकुम", "NP-P6"),
        ("रुकुम (पश्चिम भाग)", "NP-P6"),
        # Sudurpashchim
        ("बैतडी", "NP-P7"),
        ("बाजुरा", "NP-P7"),
        ("कैलाली", "NP-P7"),
        ("कञ्चनपुर", "NP-P7"),
    ],
)
def test_a_district_in_devanagari(query: str, region: str) -> None:
    _assert_in_province(query, region)


def test_every_listed_district_has_its_devanagari_name() -> None:
    spelt = {name for districts in _NEPAL_DISTRICTS.values() for names in districts for name in names}
    assert set(_NEPAL_DEVANAGARI) <= spelt
    missing = [
        names[0]
        for districts in _NEPAL_DISTRICTS.values()
        for names in districts
        if names[0] not in _NEPAL_DEVANAGARI
    ]
    assert not missing


@pytest.mark.parametrize(
    ("query", "kind", "region"),
    [
        ("Kathmandu", "town", "NP-P3"),
        ("काठमाडौं", "town", "NP-P3"),
        ("Pokhara", "town", "NP-P4"),
        ("Dhankuta", "town", "NP-P1"),
        ("Deukhuri", "town", "NP-P5"),
        ("Bagmati", "region", "NP-P3"),
        ("NP-P1", "region", "NP-P1"),
        ("Koshi", "region", "NP-P1"),
    ],
)
def test_towns_and_provinces_stay_as_they_were(query: str, kind: str, region: str) -> None:
    place = locate(query, "NP")
    assert (place.kind, place.region) == (kind, region), place


@pytest.mark.parametrize("query", ["Nawalparasi", "Rukum"])
def test_a_district_split_in_2015_is_still_refused(query: str) -> None:
    with pytest.raises(InputError, match="lies across several regions"):
        locate(query, "NP")
