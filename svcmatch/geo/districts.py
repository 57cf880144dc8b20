"""Districts that people name their home by, below the regions a directory uses: Albania's old
districts and municipalities, Nigeria's local government areas. Read at run time."""

from __future__ import annotations

#: Albania's 36 districts (rrethe, ISO 3166-2:AL codes AL-BR ... AL-VL until 2018) and 61
#: municipalities (bashki, Law 115/2014 on the administrative-territorial division), by
#: county: people still name their home by them ('Tropojë', 'Kurbin', 'Malësi e Madhe').
#: Each is (its seat, its names): the names with their definite form (Tropoja, Kurbini), which
#: Albanians often write. Read at run time by `regions.region_index`: a name resolves to its
#: county, and `locate` measures from the seat (Tropojë from Bajram Curri, Kurbin from Laç),
#: found in the gazetteer within the county, else in SEAT_POINTS.
FORMER_DISTRICTS: dict[str, dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "AL": {
        "AL-01": (
            ("Berat", ("Berat", "Berati")),
            ("Kuçovë", ("Kuçovë", "Kuçova")),
            ("Çorovodë", ("Skrapar", "Skrapari")),
            ("Poliçan", ("Poliçan", "Poliçani")),
            ("Ura Vajgurore", ("Dimal",)),
        ),
        "AL-02": (
            ("Durrës", ("Durrës", "Durrësi")),
            ("Krujë", ("Krujë", "Kruja")),
            ("Shijak", ("Shijak", "Shijaku")),
        ),
        "AL-03": (
            ("Elbasan", ("Elbasan", "Elbasani")),
            ("Gramsh", ("Gramsh", "Gramshi")),
            ("Librazhd", ("Librazhd", "Librazhdi")),
            ("Peqin", ("Peqin", "Peqini")),
            ("Belsh", ("Belsh", "Belshi")),
            ("Cërrik", ("Cërrik", "Cërriku")),
            ("Përrenjas", ("Prrenjas", "Prrenjasi")),
        ),
        "AL-04": (
            ("Fier", ("Fier", "Fieri")),
            ("Lushnjë", ("Lushnjë", "Lushnja")),
            ("Ballsh", ("Mallakastër", "Mallakastra")),
            ("Divjakë", ("Divjakë", "Divjaka")),
            ("Patos", ("Patos", "Patosi")),
            ("Roskovec", ("Roskovec", "Roskoveci")),
        ),
        "AL-05": (
            ("Gjirokastër", ("Gjirokastër", "Gjirokastra")),
            ("Përmet", ("Përmet", "Përmeti")),
            ("Tepelenë", ("Tepelenë", "Tepelena")),
            ("Jorgucat", ("Dropull", "Dropulli")),
            ("Këlcyrë", ("Këlcyrë", "Këlcyra")),
            ("Libohovë", ("Libohovë", "Libohova")),
            ("Memaliaj", ("Memaliaj",)),
        ),
        "AL-06": (
            ("Korçë", ("Korçë", "Korça")),
            ("Bilisht", ("Devoll", "Devolli")),
            ("Ersekë", ("Kolonjë", "Kolonja")),
            ("Pogradec", ("Pogradec", "Pogradeci")),
            ("Maliq", ("Maliq", "Maliqi")),
            ("Pustec", ("Pustec", "Pusteci", "Prespa")),
        ),
        "AL-07": (
            ("Kukës", ("Kukës", "Kukësi")),
            ("Krumë", ("Has", "Hasi")),
            ("Bajram Curri", ("Tropojë", "Tropoja")),
        ),
        "AL-08": (
            ("Lezhë", ("Lezhë", "Lezha")),
            ("Laç", ("Kurbin", "Kurbini")),
            ("Rrëshen", ("Mirditë", "Mirdita")),
        ),
        "AL-09": (
            ("Peshkopi", ("Dibër", "Dibra")),
            ("Bulqizë", ("Bulqizë", "Bulqiza")),
            ("Burrel", ("Mat", "Mati")),
            ("Klos", ("Klos", "Klosi")),
        ),
        "AL-10": (
            ("Shkodër", ("Shkodër", "Shkodra")),
            ("Koplik", ("Malësi e Madhe", "Malësia e Madhe")),
            ("Pukë", ("Pukë", "Puka")),
            ("Vau i Dejës", ("Vau i Dejës",)),
            ("Fushë-Arrëz", ("Fushë-Arrëz", "Fushë Arrëz")),
        ),
        "AL-11": (
            ("Tiranë", ("Tiranë", "Tirana")),
            ("Kavajë", ("Kavajë", "Kavaja")),
            ("Kamëz", ("Kamëz", "Kamza")),
            ("Vorë", ("Vorë", "Vora")),
            ("Rrogozhinë", ("Rrogozhinë", "Rrogozhina")),
        ),
        "AL-12": (
            ("Vlorë", ("Vlorë", "Vlora")),
            ("Delvinë", ("Delvinë", "Delvina")),
            ("Sarandë", ("Sarandë", "Saranda")),
            ("Himarë", ("Himarë", "Himara")),
            ("Konispol", ("Konispol", "Konispoli")),
            ("Finiq", ("Finiq", "Finiqi")),
            ("Selenicë", ("Selenicë", "Selenica")),
        ),
    },
}
# Nigeria's local government areas (LGAs), which Nigerians give as where they are from ('Oredo
# LGA', 'Esan West'), in the states most people returning from Europe and Libya come from:
# Edo and Delta, Rivers, Lagos and the capital territory. Each is measured from its seat
# (headquarters). 'Oredo' was read by a close spelling as Orodo in Imo, 'Egor' as Ehor;
# 'Uhunmwonde', 'Ikpoba-Okha' and the rest were "no place matches". LGAs named as their seat
# town (Sapele, Bonny, Ikeja, Gwagwalada, Alimosho, Kosofe ...) are that town already, and are
# left out, as are Warri South-West, whose seat (Ogbe-Ijoh) the gazetteer lacks, and Omuma,
# another name of Umumma, a town of Imo. Lagos Mainland (seat Yaba) and Eleme (seat Ogale) are
# read since their seats are parts of Lagos and Port Harcourt (CITY_PARTS, session twenty-two:
# 'Lagos Mainland' was Lagos by a close spelling, 'Eleme' Elele, 40 km away).
FORMER_DISTRICTS["NG"] = {
    "NG-ED": (
        ("Igarra", ("Akoko-Edo", "Akoko Edo")),
        ("Uselu", ("Egor",)),
        ("Irrua", ("Esan Central",)),
        ("Uromi", ("Esan North-East", "Esan North East")),
        ("Ubiaja", ("Esan South-East", "Esan South East")),
        ("Ekpoma", ("Esan West",)),
        ("Fugar", ("Etsako Central",)),
        ("Agenebode", ("Etsako East",)),
        ("Auchi", ("Etsako West",)),
        ("Idogbo", ("Ikpoba-Okha", "Ikpoba Okha")),
        ("Benin City", ("Oredo",)),
        ("Abudu", ("Orhionmwon",)),
        ("Okada", ("Ovia North-East", "Ovia North East")),
        ("Iguobazuwa", ("Ovia South-West", "Ovia South West")),
        ("Afuze", ("Owan East",)),
        ("Sabongida-Ora", ("Owan West",)),
        ("Ehor", ("Uhunmwonde",)),
    ),
    "NG-DE": (
        ("Issele-Uku", ("Aniocha North",)),
        ("Ogwashi-Uku", ("Aniocha South",)),
        ("Isiokolo", ("Ethiope East",)),
        ("Oghara", ("Ethiope West",)),
        ("Owa-Oyibu", ("Ika North East", "Ika North-East")),
        ("Agbor", ("Ika South",)),
        ("Ozoro", ("Isoko North",)),
        ("Oleh", ("Isoko South",)),
        ("Aboh", ("Ndokwa East",)),
        ("Kwale", ("Ndokwa West",)),
        ("Orerokpe", ("Okpe",)),
        ("Akwukwu-Igbo", ("Oshimili North",)),
        ("Asaba", ("Oshimili South",)),
        ("Otor-Udu", ("Udu",)),
        ("Ughelli", ("Ughelli North",)),
        ("Otu-Jeremi", ("Ughelli South",)),
        ("Obiaruku", ("Ukwuani",)),
        ("Effurun", ("Uvwie",)),
        ("Koko", ("Warri North",)),
        ("Warri", ("Warri South",)),
    ),
    "NG-RI": (
        ("Rumuodomaya", ("Obio-Akpor", "Obio/Akpor", "Obio Akpor")),
        ("Isiokpo", ("Ikwerre",)),
        ("Ogale", ("Eleme",)),
        ("Afam", ("Oyigbo",)),
        ("Okehi", ("Etche",)),
        ("Bori", ("Khana",)),
        ("Kpor", ("Gokana",)),
        ("Sakpenwa", ("Tai",)),
        ("Buguma", ("Asari-Toru", "Asari Toru")),
        ("Abonnema", ("Akuku-Toru", "Akuku Toru")),
        ("Ahoada", ("Ahoada East",)),
        ("Akinima", ("Ahoada West",)),
        ("Abua", ("Abua/Odual", "Abua-Odual", "Abua Odual")),
        ("Ngo", ("Andoni",)),
        ("Omoku", ("Ogba/Egbema/Ndoni", "Ogba-Egbema-Ndoni", "ONELGA")),
        ("Ogu", ("Ogu/Bolo", "Ogu-Bolo")),
        ("Opobo", ("Opobo/Nkoro", "Opobo-Nkoro")),
    ),
    "NG-LA": (
        ("Ajegunle", ("Ajeromi-Ifelodun", "Ajeromi Ifelodun")),
        ("Festac Town", ("Amuwo-Odofin", "Amuwo Odofin")),
        ("Ikoyi", ("Eti-Osa", "Eti Osa")),
        ("Akodo", ("Ibeju-Lekki", "Ibeju Lekki")),
        ("Ifako", ("Ifako-Ijaiye", "Ifako Ijaiye")),
        ("Lagos", ("Lagos Island",)),
        ("Yaba", ("Lagos Mainland",)),
        ("Oshodi", ("Oshodi-Isolo", "Oshodi Isolo")),
    ),
    "NG-FC": (("Abuja", ("Abuja Municipal", "AMAC", "Abuja Municipal Area Council")),),
    # Ondo, Anambra and Ogun (session twenty-three): 'Yewa South' was Warri South (Delta) by a
    # close spelling, 'Idemili North' Oshimili North (Delta), 'Akoko North-East' Ika North East
    # (Delta), 'Odigbo' Oyigbo (Rivers), 'Ilaje' Ilawe-Ekiti, 'Anaocha' Anchau (Kaduna),
    # 'Ogbaru' Ogba (Lagos); 'Ifedore', 'Njikoka', 'Ewekoro' and others "no place matches".
    # Left out: LGAs named as their seat town (Owo, Idanre, Ihiala, Ifo, Sagamu ...), Ijebu
    # North East (its seat, Atan, shares its name with a larger Atan of Ado-Odo/Ota) and Aguata
    # (its headquarters, Ekwulobia, is not in the gazetteer; 'Aguata' is the town of that name).
    # Abeokuta North and South and Onitsha North and South are measured from their city.
    "NG-ON": (
        ("Ikare", ("Akoko North-East", "Akoko North East")),
        ("Oke-Agbe", ("Akoko North-West", "Akoko North West")),
        ("Isua", ("Akoko South-East", "Akoko South East")),
        ("Oka", ("Akoko South-West", "Akoko South West")),
        ("Ita-Ogbolu", ("Akure North",)),
        ("Akure", ("Akure South",)),
        ("Igbekebo", ("Ese Odo", "Ese-Odo")),
        ("Igbara-Oke", ("Ifedore",)),
        ("Igbokoda", ("Ilaje",)),
        ("Ile-Oluji", ("Ile Oluji/Okeigbo", "Ile-Oluji/Okeigbo", "Ileoluji/Okeigbo")),
        ("Ore", ("Odigbo",)),
        ("Bolorunduro", ("Ondo East",)),
        ("Ondo", ("Ondo West",)),
        ("Ifon", ("Ose",)),
    ),
    "NG-AN": (
        ("Otuocha", ("Anambra East",)),
        ("Nzam", ("Anambra West",)),
        ("Neni", ("Anaocha",)),
        ("Achalla", ("Awka North",)),
        ("Awka", ("Awka South",)),
        ("Anaku", ("Ayamelum",)),
        ("Ukpo", ("Dunukofia",)),
        ("Ozubulu", ("Ekwusigo",)),
        ("Ogidi", ("Idemili North",)),
        ("Ojoto", ("Idemili South",)),
        ("Abagana", ("Njikoka",)),
        ("Nnewi", ("Nnewi North",)),
        ("Ukpor", ("Nnewi South",)),
        ("Atani", ("Ogbaru",)),
        ("Onitsha", ("Onitsha North",)),
        ("Onitsha", ("Onitsha South",)),
        ("Ajalli", ("Orumba North",)),
        ("Umunze", ("Orumba South",)),
        ("Nteje", ("Oyi",)),
    ),
    "NG-OG": (
        ("Abeokuta", ("Abeokuta North",)),
        ("Abeokuta", ("Abeokuta South",)),
        ("Ota", ("Ado-Odo/Ota", "Ado-Odo Ota", "Ado Odo/Ota")),
        ("Itori", ("Ewekoro",)),
        ("Ogbere", ("Ijebu East",)),
        ("Ijebu-Igbo", ("Ijebu North",)),
        ("Imeko", ("Imeko Afon", "Imeko-Afon")),
        ("Owode", ("Obafemi Owode", "Obafemi-Owode")),
        ("Abigi", ("Ogun Waterside",)),
        ("Isara", ("Remo North",)),
        ("Ayetoro", ("Yewa North",)),
        ("Ilaro", ("Yewa South",)),
    ),
}
#: Seats of provinces and prefectures (ISO 3166-2's second level) not named after their seat
#: (a province named after its seat needs no line: `locate` finds its namesake town in its
#: region). Morocco's, from the decrees that set them up: people of Chtouka-Aït Baha return
#: to it, not to the whole of Souss-Massa, 400 km across.
PROVINCE_SEATS: dict[str, str] = {
    "MA-CHT": "Biougra",  # Chtouka-Aït Baha
    "MA-HAO": "Tahannaout",  # Al Haouz
    "MA-REH": "Ben Guerir",  # Rehamna
    "MA-FIG": "Bouarfa",  # Figuig
    "MA-BOM": "Missour",  # Boulemane
    "MA-SKH": "Temara",  # Skhirate-Témara
    "MA-INE": "Inezgane",  # Inezgane-Aït Melloul
    "MA-AGD": "Agadir",  # Agadir-Ida-Ou-Tanane
    "MA-OUJ": "Oujda",  # Oujda-Angad
    "MA-TNG": "Tangier",  # Tanger-Assilah
    "MA-OUD": "Dakhla",  # Oued Ed-Dahab
    "MA-ESM": "Smara",  # Es-Semara
    "MA-ASZ": "Assa",  # Assa-Zag
    "MA-MDF": "M'diq",  # M'diq-Fnideq
    # Bangladesh's districts whose seat GeoNames names otherwise, or lacks (session twenty-four's
    # screen: each was read as its whole division, measured from the division's centre)
    "BD-03": "Bogra",  # Bogura
    "BD-08": "Comilla",  # Cumilla
    "BD-45": "Nawābganj",  # Chapai Nawabganj
    "BD-47": "Maijdee",  # Noakhali
    "BD-02": "Barguna",
    "BD-12": "Chuadanga",
    "BD-23": "Jhenaidah",
    "BD-25": "Jhalakathi",
    "BD-28": "Kurigram",
    "BD-35": "Munshiganj",
    "BD-39": "Meherpur",
    "BD-53": "Rajbari",
    "BD-62": "Shariatpur",
    # the Philippines' Leyte, whose capital is Tacloban ('Leyte Province' was measured from the
    # town of Leyte, 7,000 people, 50 km north-west: session twenty-eight's screen)
    "PH-LEY": "Tacloban",
}
#: Seats of districts that the shipped gazetteer does not list (it keeps towns, not every
#: village): name -> (latitude, longitude). Jorgucat, seat of Dropull: 39°56′N 20°16′E.
#: Biougra, seat of Chtouka-Aït Baha: 30°13′N 9°22′W.
SEAT_POINTS: dict[str, tuple[float, float]] = {
    "Jorgucat": (39.9333, 20.2667),
    "Biougra": (30.2144, -9.3708),
    # seats of Bangladesh's districts that cities500 lacks (the district towns' centres)
    "Barguna": (22.150, 90.120),
    "Chuadanga": (23.640, 88.841),
    "Jhenaidah": (23.544, 89.170),
    "Jhalakathi": (22.641, 90.199),
    "Kurigram": (25.807, 89.636),
    "Munshiganj": (23.542, 90.530),
    "Meherpur": (23.773, 88.632),
    "Maijdee": (22.869, 91.099),
    "Rajbari": (23.757, 89.644),
    "Shariatpur": (23.206, 90.350),
}
