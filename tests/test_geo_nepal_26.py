"""Nepal's district seats and municipalities (session twenty-six). The file had 96 places:
most districts' seats were missing, so 'Jhapa', 'Sindhuli', 'Gorkha' or 'Dang' was its whole
province (every provider of the province 'in the region of return'), and municipalities were
"no place matches" ('Damak', 'Tilottama', 'Kohalpur') or another town by a close spelling
('Ratnanagar' was Biratnagar, 300 km away; 'Nilkantha' Budhanilkantha; 'Gamgadhi' Amargadhi)."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate
from svcmatch.geo.areas import NEPAL_DISTRICT_SEATS


@pytest.mark.parametrize(
    ("query", "seat", "region"),
    [
        # seats the file already listed, now said as the district's
        ("Jhapa", "Bhadrapur", "NP-P1"),
        ("Sunsari", "Inaruwa", "NP-P1"),
        ("Udayapur", "Triyuga", "NP-P1"),
        ("Sankhuwasabha", "Khā̃dbārī", "NP-P1"),
        ("Saptari", "Rājbirāj", "NP-P2"),
        ("Mahottari", "Jaleshwar", "NP-P2"),
        ("Sarlahi", "Malaṅgawā", "NP-P2"),
        ("Rautahat", "Gaur", "NP-P2"),
        ("Manang", "Chame", "NP-P4"),
        ("Parbat", "Kusma", "NP-P4"),
        ("Dang", "Ghorahi", "NP-P5"),
        ("Rupandehi", "Siddharthanagar", "NP-P5"),
        ("Humla", "Simikoṭ", "NP-P6"),
        ("Kanchanpur", "Bhimdatta", "NP-P7"),
        # seats added to the file
        ("Taplejung", "Phungling", "NP-P1"),
        ("Panchthar", "Phidim", "NP-P1"),
        ("Terhathum", "Myanglung", "NP-P1"),
        ("Solukhumbu", "Salleri", "NP-P1"),
        ("Solu", "Salleri", "NP-P1"),
        ("Okhaldhunga", "Siddhicharan", "NP-P1"),
        ("Khotang", "Diktel", "NP-P1"),
        ("Bara", "Kalaiya", "NP-P2"),
        ("Sindhuli", "Sindhulimadhi", "NP-P3"),
        ("Sindhuli District", "Sindhulimadhi", "NP-P3"),
        ("सिन्धुली", "Sindhulimadhi", "NP-P3"),
        ("Nuwakot", "Bidur", "NP-P3"),
        ("Rasuwa", "Dhunche", "NP-P3"),
        ("Dhading", "Dhading Besi", "NP-P3"),
        ("Gorkha", "Gorkha Bazar", "NP-P4"),
        ("गोरखा", "Gorkha Bazar", "NP-P4"),
        ("Tanahun", "Damauli", "NP-P4"),
        ("Syangja", "Putalibazar", "NP-P4"),
        ("Myagdi", "Beni", "NP-P4"),
        ("Nawalpur", "Kawasoti", "NP-P4"),
        ("Nawalparasi East", "Kawasoti", "NP-P4"),
        ("Gulmi", "Tamghas", "NP-P5"),
        ("Kapilvastu", "Taulihawa", "NP-P5"),
        ("Kapilbastu", "Taulihawa", "NP-P5"),
        ("Arghakhanchi", "Sandhikharka", "NP-P5"),
        ("Rolpa", "Liwang", "NP-P5"),
        ("Parasi", "Ramgram", "NP-P5"),
        ("Rukum West", "Musikot", "NP-P6"),
        ("Western Rukum", "Musikot", "NP-P6"),
        ("Dolpa", "Dunai", "NP-P6"),
        ("Mugu", "Gamgadhi", "NP-P6"),
        ("Jajarkot", "Khalanga", "NP-P6"),  # not Darchula's Khalanga (NP-P7)
        ("Bajura", "Martadi", "NP-P7"),
        ("Baitadi", "Dasharathchand", "NP-P7"),
    ],
)
def test_a_district_of_nepal_is_read_at_its_seat(query: str, seat: str, region: str) -> None:
    place = locate(query, "NP")
    assert (place.kind, place.seat, place.region, place.how) == ("district", seat, region, "name"), place


def test_every_district_seat_is_a_place_of_its_province() -> None:
    for district, seat in NEPAL_DISTRICT_SEATS.items():
        place = locate(district, "NP")
        assert (place.kind, place.seat) == ("district", seat), district


@pytest.mark.parametrize(
    ("query", "name", "region"),
    [
        # seats by their bazaar's and their municipality's names
        ("Phungling", "Phungling", "NP-P1"),
        ("Taplejung Bazar", "Phungling", "NP-P1"),
        ("Phidim", "Phidim", "NP-P1"),
        ("Myanglung", "Myanglung", "NP-P1"),
        ("Salleri", "Salleri", "NP-P1"),
        ("Solududhkunda", "Salleri", "NP-P1"),
        ("Okhaldhunga Bazar", "Siddhicharan", "NP-P1"),
        ("Diktel", "Diktel", "NP-P1"),
        ("Kalaiya", "Kalaiya", "NP-P2"),
        ("Kamalamai", "Sindhulimadhi", "NP-P3"),
        ("Sindhulimadhi", "Sindhulimadhi", "NP-P3"),
        ("Bidur", "Bidur", "NP-P3"),  # was refused as a town of Malaysia
        ("Trishuli", "Bidur", "NP-P3"),
        ("Dhunche", "Dhunche", "NP-P3"),
        ("Dhading Besi", "Dhading Besi", "NP-P3"),
        ("Nilkantha", "Dhading Besi", "NP-P3"),  # was Budhanilkantha by spelling
        ("Manthali", "Manthali", "NP-P3"),
        ("Bhimeshwar", "Charīkoṭ", "NP-P3"),
        ("Gorkha Bazar", "Gorkha Bazar", "NP-P4"),
        ("Damauli", "Damauli", "NP-P4"),
        ("Byas", "Damauli", "NP-P4"),
        ("Putalibazar", "Putalibazar", "NP-P4"),
        ("Beni", "Beni", "NP-P4"),  # was refused as a town of the DR Congo
        ("Kawasoti", "Kawasoti", "NP-P4"),
        ("Tamghas", "Tamghas", "NP-P5"),
        ("Resunga", "Tamghas", "NP-P5"),
        ("Taulihawa", "Taulihawa", "NP-P5"),
        ("Sandhikharka", "Sandhikharka", "NP-P5"),
        ("Liwang", "Liwang", "NP-P5"),
        ("Libang", "Liwang", "NP-P5"),
        ("Ramgram", "Ramgram", "NP-P5"),
        ("Musikot", "Musikot", "NP-P6"),
        ("Dunai", "Dunai", "NP-P6"),
        ("Thuli Bheri", "Dunai", "NP-P6"),
        ("Gamgadhi", "Gamgadhi", "NP-P6"),  # was Amargadhi by spelling, 150 km away
        ("Chhayanath Rara", "Gamgadhi", "NP-P6"),
        ("Bheri", "Khalanga", "NP-P6"),
        ("Khalanga, Karnali", "Khalanga", "NP-P6"),
        ("Martadi", "Martadi", "NP-P7"),
        ("Badimalika", "Martadi", "NP-P7"),
        ("Dasharathchand", "Dasharathchand", "NP-P7"),
        ("Mangalsen", "Mangalsen", "NP-P7"),
        # municipalities
        ("Mechinagar", "Mechinagar", "NP-P1"),
        ("Kakarbhitta", "Mechinagar", "NP-P1"),
        ("Damak", "Damak", "NP-P1"),
        ("Jitpur Simara", "Jitpur Simara", "NP-P2"),
        ("Simara", "Jitpur Simara", "NP-P2"),
        ("Nijgadh", "Nijgadh", "NP-P2"),
        ("Chandrapur", "Chandrapur", "NP-P2"),  # was Bhadrapur by spelling
        ("Chandranigahapur", "Chandrapur", "NP-P2"),
        ("Chandragiri", "Chandragiri", "NP-P3"),
        ("Tarakeshwar", "Tarakeshwar", "NP-P3"),
        ("Nagarjun", "Nagarjun", "NP-P3"),
        ("Dakshinkali", "Dakshinkali", "NP-P3"),
        ("Gokarneshwar", "Gokarneshwar", "NP-P3"),  # was Baneshwor by spelling
        ("Kageshwari-Manohara", "Kageshwari-Manohara", "NP-P3"),
        ("Kageshwari Manohara", "Kageshwari-Manohara", "NP-P3"),
        ("Shankharapur", "Shankharapur", "NP-P3"),
        ("Sankhu", "Shankharapur", "NP-P3"),
        ("Changunarayan", "Changunarayan", "NP-P3"),
        ("Suryabinayak", "Suryabinayak", "NP-P3"),
        ("Mahalaxmi", "Mahalaxmi", "NP-P3"),
        ("Godawari, Bagmati", "Godawari", "NP-P3"),
        ("Godawari, Sudurpashchim", "Godawari", "NP-P7"),
        ("Melamchi", "Melamchi", "NP-P3"),
        ("Ratnanagar", "Ratnanagar", "NP-P3"),  # was Biratnagar by spelling
        ("Khairahani", "Khairahani", "NP-P3"),
        ("Gaidakot", "Gaidakot", "NP-P4"),
        ("Tilottama", "Tilottama", "NP-P5"),
        ("Lumbini Sanskritik", "Lumbini Sanskritik", "NP-P5"),
        ("Krishnanagar", "Krishnanagar", "NP-P5"),  # was refused as a town of India
        ("Lamahi", "Lamahi", "NP-P5"),
        ("Kohalpur", "Kohalpur", "NP-P5"),
        ("Arjundhara", "Arjundhara", "NP-P1"),
        ("Urlabari", "Urlabari", "NP-P1"),
        ("Sunawarshi", "Sunwarshi", "NP-P1"),
        ("Devdaha", "Devdaha", "NP-P5"),
        ("Sainamaina", "Sainamaina", "NP-P5"),
        ("Sunwal", "Sunwal", "NP-P5"),
        ("Belauri", "Belauri", "NP-P7"),
        ("Belbari", "Belbari", "NP-P1"),  # would have been Belauri by spelling
        ("Nagarain", "Nagarain", "NP-P2"),  # would have been Nagarjun by spelling
        ("Dhulabari", "Mechinagar", "NP-P1"),
        ("Gaindakot", "Gaidakot", "NP-P4"),
        ("Rupakot Majhuwagadhi", "Diktel", "NP-P1"),
        ("Narayangarh", "Bharatpur", "NP-P3"),  # was refused as a town of India
        ("Narayanghat", "Bharatpur", "NP-P3"),
        # that must not change
        ("Kathmandu", "Kathmandu", "NP-P3"),
        ("Pokhara", "Pokhara", "NP-P4"),
        ("Biratnagar", "Biratnagar", "NP-P1"),
        ("Lalitpur", "Pātan", "NP-P3"),
        ("Tokha", "Tokha", "NP-P3"),
        ("Birtamod", "Birtamod", "NP-P1"),
    ],
)
def test_a_seat_or_municipality_of_nepal(query: str, name: str, region: str) -> None:
    place = locate(query, "NP")
    assert (place.kind, place.name, place.region, place.how) == ("town", name, region, "name"), place


def test_a_name_two_towns_share_is_said_ambiguous() -> None:
    # Darchula's seat is Khalanga too (the larger, as before); Godawari is a municipality of
    # Lalitpur and one of Kailali
    assert (locate("Khalanga", "NP").name, locate("Khalanga", "NP").ambiguous) == ("Dārchulā", True)
    assert locate("Godawari", "NP").ambiguous


@pytest.mark.parametrize(
    ("query", "region"),
    [
        ("Bagmati", "NP-P3"),
        ("Bagmati Province", "NP-P3"),
        ("NP-P1", "NP-P1"),
        ("Koshi", "NP-P1"),
        ("Lumbini", "NP-P5"),  # the province, not Lumbini Sanskritik
        ("Rukum East", "NP-P5"),  # its seat, Rukumkot, is not placed: the province, as before
    ],
)
def test_a_province_of_nepal_is_still_read(query: str, region: str) -> None:
    place = locate(query, "NP")
    assert (place.kind, place.region) == ("region", region), place


@pytest.mark.parametrize(
    ("query", "codes"), [("Nawalparasi", "NP-P4 Gandaki, NP-P5 Lumbini"), ("Rukum", "NP-P5")]
)
def test_a_district_split_between_provinces_is_still_refused(query: str, codes: str) -> None:
    with pytest.raises(InputError, match=codes):
        locate(query, "NP")
