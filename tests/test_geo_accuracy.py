"""Accuracy of `locate` on real place names as people write them (ground truth written by hand,
not taken from the gazetteer): Latin, Cyrillic, Arabic and Greek script, exonyms, old names, typos."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import distance_km, locate

# query, region, latitude, longitude (approximate town centre, from atlases)
AL = """
Tirana|AL-11|41.33|19.82
Tiranë|AL-11|41.33|19.82
Тирана|AL-11|41.33|19.82
Durrës|AL-02|41.32|19.45
Durres|AL-02|41.32|19.45
Durrësi|AL-02|41.32|19.45
Durazzo|AL-02|41.32|19.45
Shkodër|AL-10|42.07|19.51
Shkodra|AL-10|42.07|19.51
Shkoder|AL-10|42.07|19.51
Scutari|AL-10|42.07|19.51
Shkdoer|AL-10|42.07|19.51
Elbasan|AL-03|41.11|20.08
Elbasani|AL-03|41.11|20.08
Elbsan|AL-03|41.11|20.08
Fier|AL-04|40.72|19.56
Fieri|AL-04|40.72|19.56
Vlorë|AL-12|40.47|19.49
Vlora|AL-12|40.47|19.49
Valona|AL-12|40.47|19.49
Влёра|AL-12|40.47|19.49
Korçë|AL-06|40.62|20.78
Korca|AL-06|40.62|20.78
Korça|AL-06|40.62|20.78
Koritsa|AL-06|40.62|20.78
Корча|AL-06|40.62|20.78
Berat|AL-01|40.70|19.95
Berati|AL-01|40.70|19.95
Gjirokastër|AL-05|40.08|20.14
Gjirokastra|AL-05|40.08|20.14
Gjirokaster|AL-05|40.08|20.14
Argyrokastro|AL-05|40.08|20.14
Sarandë|AL-12|39.88|20.00
Saranda|AL-12|39.88|20.00
Kukës|AL-07|42.08|20.42
Kukesi|AL-07|42.08|20.42
Lezhë|AL-08|41.78|19.64
Lezha|AL-08|41.78|19.64
Alessio|AL-08|41.78|19.64
Peshkopi|AL-09|41.68|20.43
Peshkopia|AL-09|41.68|20.43
Burrel|AL-09|41.61|20.01
Bulqizë|AL-09|41.49|20.22
Kavajë|AL-11|41.18|19.56
Kavaja|AL-11|41.18|19.56
Krujë|AL-02|41.51|19.79
Kruja|AL-02|41.51|19.79
Lushnjë|AL-04|40.94|19.71
Lushnja|AL-04|40.94|19.71
Pogradec|AL-06|40.90|20.65
Librazhd|AL-03|41.18|20.32
Gramsh|AL-03|40.87|20.18
Peqin|AL-03|41.05|19.75
Kuçovë|AL-01|40.80|19.91
Kucova|AL-01|40.80|19.91
Çorovodë|AL-01|40.50|20.23
Përmet|AL-05|40.23|20.35
Tepelenë|AL-05|40.30|19.97
Delvinë|AL-12|39.95|20.10
Himarë|AL-12|40.10|19.74
Ersekë|AL-06|40.34|20.68
Bilisht|AL-06|40.63|21.00
Laç|AL-08|41.64|19.71
Rrëshen|AL-08|41.77|19.88
Pukë|AL-10|42.05|19.90
Koplik|AL-10|42.21|19.44
Bajram Curri|AL-07|42.36|20.08
Kamëz|AL-11|41.38|19.76
Shijak|AL-02|41.35|19.57
Ballsh|AL-04|40.60|19.73
Patos|AL-04|40.68|19.62
Divjakë|AL-04|40.99|19.53
Ksamil|AL-12|39.77|20.00
Cërrik|AL-03|41.03|19.99
Mamurras|AL-08|41.58|19.69
Shëngjin|AL-08|41.81|19.59
Maliq|AL-06|40.71|20.70
Rrogozhinë|AL-11|41.08|19.67
Fushë-Krujë|AL-02|41.48|19.72
"""

MA = """
Casablanca|MA-06|33.59|-7.62
الدار البيضاء|MA-06|33.59|-7.62
Casablnca|MA-06|33.59|-7.62
Rabat|MA-04|34.02|-6.83
الرباط|MA-04|34.02|-6.83
Fès|MA-03|34.03|-5.00
Fez|MA-03|34.03|-5.00
Fes|MA-03|34.03|-5.00
فاس|MA-03|34.03|-5.00
Marrakech|MA-07|31.63|-7.99
Marrakesh|MA-07|31.63|-7.99
Marakech|MA-07|31.63|-7.99
مراكش|MA-07|31.63|-7.99
Tanger|MA-01|35.77|-5.80
Tangier|MA-01|35.77|-5.80
Tangiers|MA-01|35.77|-5.80
طنجة|MA-01|35.77|-5.80
Tétouan|MA-01|35.57|-5.37
Tetuan|MA-01|35.57|-5.37
تطوان|MA-01|35.57|-5.37
Agadir|MA-09|30.42|-9.60
أكادير|MA-09|30.42|-9.60
Meknès|MA-03|33.90|-5.55
Meknes|MA-03|33.90|-5.55
مكناس|MA-03|33.90|-5.55
Oujda|MA-02|34.68|-1.91
وجدة|MA-02|34.68|-1.91
Kénitra|MA-04|34.26|-6.58
Kenitra|MA-04|34.26|-6.58
Salé|MA-04|34.05|-6.80
Nador|MA-02|35.17|-2.93
الناظور|MA-02|35.17|-2.93
Safi|MA-07|32.30|-9.24
El Jadida|MA-06|33.25|-8.51
Mazagan|MA-06|33.25|-8.51
Béni Mellal|MA-05|32.34|-6.35
Beni Mellal|MA-05|32.34|-6.35
Khouribga|MA-05|32.88|-6.91
Khénifra|MA-05|32.94|-5.67
Taza|MA-03|34.21|-4.01
Errachidia|MA-08|31.93|-4.43
Ouarzazate|MA-08|30.92|-6.89
Ouarzazat|MA-08|30.92|-6.89
Tinghir|MA-08|31.51|-5.53
Zagora|MA-08|30.33|-5.84
Guelmim|MA-10|28.99|-10.06
Goulimine|MA-10|28.99|-10.06
Tan-Tan|MA-10|28.44|-11.10
Sidi Ifni|MA-10|29.38|-10.17
Laâyoune|MA-11|27.15|-13.20
Laayoune|MA-11|27.15|-13.20
العيون|MA-11|27.15|-13.20
Smara|MA-11|26.74|-11.67
Boujdour|MA-11|26.13|-14.48
Dakhla|MA-12|23.68|-15.96
الداخلة|MA-12|23.68|-15.96
Tiznit|MA-09|29.70|-9.73
Taroudant|MA-09|30.47|-8.88
Inezgane|MA-09|30.36|-9.54
Ait Melloul|MA-09|30.33|-9.50
Biougra|MA-09|30.21|-9.37
Essaouira|MA-07|31.51|-9.77
Mogador|MA-07|31.51|-9.77
Al Hoceïma|MA-01|35.25|-3.93
Al Hoceima|MA-01|35.25|-3.93
الحسيمة|MA-01|35.25|-3.93
Chefchaouen|MA-01|35.17|-5.27
Chaouen|MA-01|35.17|-5.27
Larache|MA-01|35.19|-6.16
Ksar el Kebir|MA-01|35.00|-5.90
Asilah|MA-01|35.47|-6.03
Berkane|MA-02|34.92|-2.32
Taourirt|MA-02|34.41|-2.89
Figuig|MA-02|32.11|-1.23
Ifrane|MA-03|33.53|-5.11
Sefrou|MA-03|33.83|-4.84
Settat|MA-06|33.00|-7.62
Berrechid|MA-06|33.27|-7.59
Mohammedia|MA-06|33.69|-7.38
Khémisset|MA-04|33.82|-6.07
Sidi Kacem|MA-04|34.22|-5.71
Sidi Slimane|MA-04|34.26|-5.93
Témara|MA-04|33.93|-6.91
El Kelaa des Sraghna|MA-07|32.05|-7.41
Youssoufia|MA-07|32.25|-8.53
Azilal|MA-05|31.96|-6.57
Fquih Ben Salah|MA-05|32.50|-6.69
Midelt|MA-08|32.68|-4.74
Guercif|MA-02|34.23|-3.35
Ouezzane|MA-01|34.80|-5.58
Fnideq|MA-01|35.85|-5.36
"""

UA = """
Kyiv|UA-30|50.45|30.52
Київ|UA-30|50.45|30.52
Киев|UA-30|50.45|30.52
Kiev|UA-30|50.45|30.52
Kijów|UA-30|50.45|30.52
Kiew|UA-30|50.45|30.52
Lviv|UA-46|49.84|24.03
Львів|UA-46|49.84|24.03
Lvov|UA-46|49.84|24.03
Lwów|UA-46|49.84|24.03
Lemberg|UA-46|49.84|24.03
Kharkiv|UA-63|49.99|36.23
Харків|UA-63|49.99|36.23
Kharkov|UA-63|49.99|36.23
Харьков|UA-63|49.99|36.23
Charkiw|UA-63|49.99|36.23
Odesa|UA-51|46.48|30.73
Odessa|UA-51|46.48|30.73
Одеса|UA-51|46.48|30.73
Dnipro|UA-12|48.46|35.05
Дніпро|UA-12|48.46|35.05
Dnipropetrovsk|UA-12|48.46|35.05
Zaporizhzhia|UA-23|47.84|35.14
Zaporozhye|UA-23|47.84|35.14
Zaporizhia|UA-23|47.84|35.14
Запоріжжя|UA-23|47.84|35.14
Donetsk|UA-14|48.00|37.80
Luhansk|UA-09|48.57|39.31
Lugansk|UA-09|48.57|39.31
Mykolaiv|UA-48|46.97|32.00
Nikolaev|UA-48|46.97|32.00
Николаев|UA-48|46.97|32.00
Kherson|UA-65|46.64|32.62
Херсон|UA-65|46.64|32.62
Poltava|UA-53|49.59|34.55
Полтава|UA-53|49.59|34.55
Chernihiv|UA-74|51.49|31.29
Chernigov|UA-74|51.49|31.29
Cherkasy|UA-71|49.44|32.06
Sumy|UA-59|50.91|34.80
Суми|UA-59|50.91|34.80
Zhytomyr|UA-18|50.25|28.66
Zhitomir|UA-18|50.25|28.66
Житомир|UA-18|50.25|28.66
Rivne|UA-56|50.62|26.25
Rovno|UA-56|50.62|26.25
Рівне|UA-56|50.62|26.25
Lutsk|UA-07|50.75|25.34
Луцьк|UA-07|50.75|25.34
Ternopil|UA-61|49.55|25.59
Ternopol|UA-61|49.55|25.59
Tarnopol|UA-61|49.55|25.59
Тернопіль|UA-61|49.55|25.59
Khmelnytskyi|UA-68|49.42|26.99
Khmelnitskiy|UA-68|49.42|26.99
Proskurov|UA-68|49.42|26.99
Vinnytsia|UA-05|49.23|28.47
Vinnitsa|UA-05|49.23|28.47
Вінниця|UA-05|49.23|28.47
Ivano-Frankivsk|UA-26|48.92|24.71
Ивано-Франковск|UA-26|48.92|24.71
Stanislav|UA-26|48.92|24.71
Stanisławów|UA-26|48.92|24.71
Uzhhorod|UA-21|48.62|22.30
Uzhgorod|UA-21|48.62|22.30
Ungvár|UA-21|48.62|22.30
Ужгород|UA-21|48.62|22.30
Chernivtsi|UA-77|48.29|25.94
Czernowitz|UA-77|48.29|25.94
Chernovtsy|UA-77|48.29|25.94
Чернівці|UA-77|48.29|25.94
Kropyvnytskyi|UA-35|48.51|32.26
Kirovohrad|UA-35|48.51|32.26
Kirovograd|UA-35|48.51|32.26
Кропивницький|UA-35|48.51|32.26
Simferopol|UA-43|44.95|34.10
Сімферополь|UA-43|44.95|34.10
Sevastopol|UA-40|44.60|33.52
Kryvyi Rih|UA-12|47.91|33.39
Krivoy Rog|UA-12|47.91|33.39
Mariupol|UA-14|47.10|37.55
Маріуполь|UA-14|47.10|37.55
Kremenchuk|UA-53|49.07|33.42
Kremenchug|UA-53|49.07|33.42
Bila Tserkva|UA-32|49.80|30.11
Belaya Tserkov|UA-32|49.80|30.11
Brovary|UA-32|50.51|30.79
Irpin|UA-32|50.52|30.25
Bucha|UA-32|50.55|30.22
Uman|UA-71|48.75|30.22
Kamianets-Podilskyi|UA-68|48.68|26.58
Kamenets-Podolsky|UA-68|48.68|26.58
Drohobych|UA-46|49.35|23.51
Truskavets|UA-46|49.28|23.50
Mukachevo|UA-21|48.44|22.72
Kolomyia|UA-26|48.53|25.04
Kalush|UA-26|49.02|24.37
Kovel|UA-07|51.21|24.71
Berdiansk|UA-23|46.76|36.79
Melitopol|UA-23|46.85|35.37
Nikopol|UA-12|47.57|34.40
Kamianske|UA-12|48.51|34.61
Dniprodzerzhynsk|UA-12|48.51|34.61
Bakhmut|UA-14|48.59|38.00
Artemivsk|UA-14|48.59|38.00
Sloviansk|UA-14|48.87|37.62
Kramatorsk|UA-14|48.72|37.56
Sievierodonetsk|UA-09|48.95|38.49
Izmail|UA-51|45.35|28.84
Bilhorod-Dnistrovskyi|UA-51|46.19|30.35
Kerch|UA-43|45.36|36.47
Yalta|UA-43|44.50|34.17
Feodosia|UA-43|45.03|35.38
Yevpatoria|UA-43|45.20|33.37
Boryspil|UA-32|50.35|30.95
Fastiv|UA-32|50.08|29.92
Nizhyn|UA-74|51.05|31.89
Konotop|UA-59|51.24|33.20
Shostka|UA-59|51.86|33.48
Okhtyrka|UA-59|50.31|34.90
Lozova|UA-63|48.89|36.32
Chuhuiv|UA-63|49.84|36.69
Izium|UA-63|49.21|37.26
Voznesensk|UA-48|47.57|31.33
Nova Kakhovka|UA-65|46.75|33.35
Smila|UA-71|49.22|31.88
Berdychiv|UA-18|49.90|28.59
Korosten|UA-18|50.95|28.64
Dubno|UA-56|50.42|25.74
Sarny|UA-56|51.34|26.60
Chortkiv|UA-61|49.02|25.80
Kremenets|UA-61|50.10|25.73
Shepetivka|UA-68|50.18|27.06
Zhmerynka|UA-05|49.04|28.11
Mohyliv-Podilskyi|UA-05|48.45|27.80
Khust|UA-21|48.18|23.30
Berehove|UA-21|48.21|22.64
Oleksandriia|UA-35|48.67|33.11
Pryluky|UA-74|50.59|32.39
Myrhorod|UA-53|49.97|33.61
Lubny|UA-53|50.02|33.00
"""


def _cases(table: str, country: str) -> list[tuple[str, str, str, float, float]]:
    rows = []
    for line in table.strip().splitlines():
        query, region, lat, lon = line.split("|")
        rows.append((country, query, region, float(lat), float(lon)))
    return rows


CASES = _cases(AL, "AL") + _cases(MA, "MA") + _cases(UA, "UA")


def measure() -> tuple[int, int, int, list[str]]:
    """(cases, right regions, within 10 km, failures) over the whole list."""
    right = near = 0
    failures: list[str] = []
    for country, query, region, lat, lon in CASES:
        try:
            place = locate(query, country)
        except InputError as error:
            failures.append(f"{country} {query}: {error}")
            continue
        km = distance_km(lat, lon, place.latitude or 0.0, place.longitude or 0.0)
        right += place.region == region
        near += km <= 10.0
        if place.region != region or km > 10.0:
            failures.append(f"{country} {query}: {place.name} {place.region} {km:.0f} km (want {region})")
    return len(CASES), right, near, failures


def test_the_list_is_big_enough() -> None:
    for country in ("AL", "MA", "UA"):
        assert sum(1 for c in CASES if c[0] == country) >= 60


def test_at_least_95_percent_right_regions_and_close_coordinates() -> None:
    total, right, near, failures = measure()
    assert right / total >= 0.95, failures
    assert near / total >= 0.95, failures


@pytest.mark.parametrize(
    ("country", "query", "region", "lat", "lon"),
    [
        c
        for c in CASES
        if c[1]
        in {"Scutari", "Lemberg", "Fez", "Dnipropetrovsk", "Kirovohrad", "Тирана", "Київ", "طنجة", "Durres"}
    ],
)
def test_the_issue_examples(country: str, query: str, region: str, lat: float, lon: float) -> None:
    place = locate(query, country)
    assert place.region == region
    assert distance_km(lat, lon, place.latitude or 0, place.longitude or 0) < 5
