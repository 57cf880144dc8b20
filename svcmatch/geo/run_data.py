"""Curated place facts that `locate` reads at run time, kept apart from region_data (the build's
tables, thousands of lines), so that a cold `svcmatch match` does not load those."""

from __future__ import annotations

#: Other names of provinces and prefectures (ISO 3166-2's second level) not named after a town,
#: as their people write them: 'الحوز' (Al Haouz) was Haouza, in Laâyoune-Sakia El Hamra, 1,000
#: km south, by a close spelling (session twenty-three). A province named after its seat town is
#: found by the town's names.
SUBREGION_EXONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "MA": {
        "MA-HAO": ("الحوز", "El Haouz", "Al-Haouz"),
        "MA-CHT": ("اشتوكة أيت باها", "Chtouka Ait Baha", "Chtouka"),
        "MA-REH": ("الرحامنة", "Rhamna"),
        "MA-SKH": ("الصخيرات تمارة", "Skhirat-Temara"),
        "MA-INE": ("إنزكان أيت ملول", "Inezgane Ait Melloul"),
        "MA-FAH": ("الفحص أنجرة", "Fahs Anjra"),
        "MA-MDF": ("المضيق الفنيدق", "Mdiq-Fnideq", "M'diq-Fnideq"),
        "MA-MOU": ("مولاي يعقوب",),
        "MA-OUJ": ("وجدة أنكاد", "Oujda Angad"),
        "MA-AGD": ("أكادير إدا أوتنان", "Agadir Ida Outanane"),
        "MA-TNG": ("طنجة أصيلة", "Tanger Assilah"),
    },
    # districts of Bangladesh in Bengali whose seat has another name in GeoNames' file, or whose
    # name given to the seat would make the Latin district a town (session twenty-seven: each
    # was "no place matches")
    "BD": {
        "BD-28": ("কুড়িগ্রাম",),
        "BD-35": ("মুন্সিগঞ্জ",),
        "BD-53": ("রাজবাড়ী",),
        "BD-12": ("চুয়াডাঙ্গা",),
        "BD-23": ("ঝিনাইদহ",),
        "BD-39": ("মেহেরপুর",),
        "BD-25": ("ঝালকাঠি",),
        "BD-02": ("বরগুনা",),
    },
}

#: Towns of another country that lie against a country of return and that its people name as
#: places of it, by that country: each is refused as the other country's, as a town that
#: GeoNames lists only there is. Without this, "Melilla" was read by a close spelling as
#: Mellila, a place of Casablanca-Settat 440 km away, and "Sebta" (Ceuta in Arabic and Darija)
#: as Casablanca's Sbata ("Ceuta" itself was refused as Spain's).
FOREIGN_TOWNS_BESIDE: dict[str, dict[str, tuple[str, ...]]] = {
    "MA": {"ES": ("Ceuta", "Sebta", "Sabta", "سبتة", "Melilla", "Mlilya", "Mliliya", "مليلية")},
    # Albanian names of the towns of Albanians beside Albania, and of Greek towns near it (session
    # twenty-three): "Kërçovë" (Kičevo) was Kuçovë by a close spelling, "Konicë" and "Konitsa"
    # Korçë, "Kastoria" Kastriot (Dibër), "Strugë" Strum (Fier), "Resnjë" Orenjë; "Ulqin",
    # "Tetovë", "Janinë" and "Igumenicë" were "no place matches". None is a name of AL.
    "AL": {
        "ME": (
            "Ulqin",
            "Ulqini",
            "Ulcinj",
            "Tivar",
            "Tivari",
            "Tuzi",
            "Plavë",
            "Plava",
            "Guci",
            "Gucia",
            "Gusinje",
            "Podgoricë",
            "Rozhajë",
        ),
        "MK": (
            "Tetovë",
            "Tetova",
            "Kërçovë",
            "Kërçova",
            "Kercove",
            "Kičevo",
            "Kicevo",
            "Shkup",
            "Shkupi",
            "Dibër e Madhe",
            "Dibra e Madhe",
            "Manastir",
            "Manastiri",
            "Strugë",
            "Ohër",
            "Ohri",
            "Kumanovë",
            "Kumanova",
            "Resnjë",
            "Resen",
        ),
        "GR": (
            "Janinë",
            "Janina",
            "Igumenicë",
            "Igumenica",
            "Igoumenitsa",
            "Filat",
            "Filati",
            "Filiates",
            "Konicë",
            "Konica",
            "Konitsa",
            "Prevezë",
            "Kostur",
            "Kosturi",
            "Kastoria",
            "Follorinë",
            "Florina",
            "Selanik",
            "Athinë",
            "Paramithi",
            "Paramythia",
            "Margëlliç",
        ),
    },
}

#: A city that is a region of its own -> the region around it, which its name with a region's
#: type word names ('Minsk oblast', 'Almaty region', 'Osh oblast'): they were the city
#: (session twenty-five's screen), against the rule that a region's type word never names
#: the city (docs/geography.md). Read at run time.
REGION_AROUND_CITY: dict[str, str] = {
    "BY-HM": "BY-MI",
    "KZ-75": "KZ-19",
    "KZ-71": "KZ-11",
    "KZ-79": "KZ-61",
    "KG-GO": "KG-O",
    "UZ-TK": "UZ-TO",
    "UA-30": "UA-32",
    "RU-MOW": "RU-MOS",
    "RU-SPE": "RU-LEN",
    # session twenty-six's screen: 'Vientiane Province' and 'Sanaa Governorate' were the capital
    "LA-VT": "LA-VI",
    "YE-SA": "YE-SN",
    # session twenty-seven: 'Sofia City Province' was Sofia Province, around the city
    "BG-22": "BG-23",
}

#: The region around a city -> the city's own region ('Sofia City Province', 'Osh city oblast').
CITY_OF_REGION_AROUND = {around: city for city, around in REGION_AROUND_CITY.items()}

#: States as addresses write them after a town, with the dot of an abbreviation, by country:
#: 'Culiacán, Sin.' was refused as naming China ('sin' is one of its names), 'Colima, Col.',
#: 'Zacatecas, Zac.' and 'Campeche, Camp.' as no place, 'Mérida, Yuc.' read by a close spelling
#: (session twenty-six). Read only after a comma; a short word of Spanish without its dot
#: ('Son', 'Sin', 'Col') is no state there, and alone ('--to Sin.') none of these is read.
REGION_ABBREVIATIONS_AFTER_A_TOWN: dict[str, dict[str, str]] = {
    "MX": {
        **dict.fromkeys(("b.c.", "b. c.", "bc"), "MX-BCN"),
        **dict.fromkeys(("b.c.s.", "b. c. s.", "bcs"), "MX-BCS"),
        **dict.fromkeys(("camp.", "camp"), "MX-CAM"),
        **dict.fromkeys(("col.",), "MX-COL"),
        **dict.fromkeys(("gro.", "gro"), "MX-GRO"),
        **dict.fromkeys(("méx.", "mex.", "edo. méx.", "edo. mex.", "edo. de méx.", "edo. de mex."), "MX-MEX"),
        **dict.fromkeys(("mor.",), "MX-MOR"),
        **dict.fromkeys(("nay.", "nay"), "MX-NAY"),
        **dict.fromkeys(("q.r.", "q. r."), "MX-ROO"),
        **dict.fromkeys(("sin.",), "MX-SIN"),
        **dict.fromkeys(("son.",), "MX-SON"),
        **dict.fromkeys(("tab.",), "MX-TAB"),
        **dict.fromkeys(("ver.",), "MX-VER"),
        **dict.fromkeys(("yuc.", "yuc"), "MX-YUC"),
        **dict.fromkeys(("zac.", "zac"), "MX-ZAC"),
        **dict.fromkeys(("b.c.s", "bcs."), "MX-BCS"),
    },
    # Argentina's provinces as its addresses shorten them ('Córdoba, Cba.' and 'Mendoza, Mza.'
    # were no place; 'La Plata, Bs. As.' and 'Rosario, Sta. Fe' were read by a close spelling)
    "AR": {
        **dict.fromkeys(("bs. as.", "bs.as.", "bs as", "bsas", "pcia. de bs. as.", "pcia. bs. as."), "AR-B"),
        **dict.fromkeys(("prov. de bs. as.", "prov. bs. as.", "pba", "p.b.a."), "AR-B"),
        **dict.fromkeys(("cba.", "cba"), "AR-X"),
        **dict.fromkeys(("mza.", "mza"), "AR-M"),
        **dict.fromkeys(("sta. fe", "sta fe", "sta.fe"), "AR-S"),
        **dict.fromkeys(("tuc.", "tuc"), "AR-T"),
        **dict.fromkeys(("ctes.", "ctes"), "AR-W"),
        **dict.fromkeys(("e. ríos", "e. rios", "e.r.", "ent. ríos", "ent. rios"), "AR-E"),
        **dict.fromkeys(("sgo. del estero", "stgo. del estero", "sgo. del est."), "AR-G"),
        **dict.fromkeys(("sta. cruz", "sta cruz"), "AR-Z"),
        **dict.fromkeys(("nqn.", "nqn"), "AR-Q"),
    },
}
