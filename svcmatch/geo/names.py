"""Place-name keys: folding (case, accents, script quirks), transliteration and sound-alike skeletons."""

from __future__ import annotations

import re
import unicodedata

#: What vanishes from a name, since none of it changes which place it is: apostrophes
#: (Kam'ianets = Kamianets), soft and hard signs, the Arabic kashida, and the zero-width
#: (non-)joiners that Persian, Dari, Pashto and the Indic scripts write inside words ('نیم‌روز',
#: Nimruz, was refused as a region to avoid: fifteenth adversarial pass), and the three marks
#: of writing direction that text copied from an Arabic or Hebrew document carries (LRM, RLM,
#: ALM: '\u200fطنجة\u200f' was Tangier only by a close spelling, its message showing the
#: escapes; session twenty-eight's screen. The overrides and isolates, which reorder what is
#: shown, are not dropped.) Other punctuation separates words.
_DROP = dict.fromkeys(
    map(
        ord,
        "'’ʼ`´ʹ‘ьЬъЪـ\u200c\u200d\u200e\u200f\u061c",
    ),
    None,
)
_ARABIC = str.maketrans({"ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي"})
_SEPARATORS = re.compile(r"[\s\-_/.,;:()\[\]\"«»]+")

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ы": "y",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "ё": "e",
}
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)
#: Russian reads these letters otherwise (и is i, г is g); й and ё are folded to и and е.
_RUSSIAN_TABLE = str.maketrans({**_CYRILLIC, "и": "i", "г": "g", "е": "e", "э": "e", "ы": "y"})
#: Modern Greek (Albania's south has Greek names: Δέλβινο, Χειμάρρα), folded, so no accents.
_GREEK_DIGRAPHS = (("ου", "u"), ("ει", "i"), ("οι", "i"), ("αι", "e"), ("μπ", "b"), ("ντ", "d"), ("γκ", "g"))
_GREEK_TABLE = str.maketrans(
    dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "avgdeziθiklmnxoprsstifhψo", strict=True)) | {"θ": "th", "ψ": "ps"}
)
#: Arabic letters as the French-based spellings of Moroccan names write them; و and ي are
#: mostly vowels there (Taourirt, Tiznit), ع and ء are not written.
_ARABIC_LATIN = str.maketrans(
    {
        "ا": "a",
        "أ": "a",
        "إ": "i",
        "آ": "a",
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "j",
        "ح": "h",
        "خ": "kh",
        "د": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "ch",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "z",
        "ع": "",
        "غ": "gh",
        "ف": "f",
        "ق": "k",
        "ڭ": "g",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        "و": "u",
        "ي": "i",
        "ء": "",
    }
)
#: Patterns below that are texts, not compiled, are compiled by `re` on first use: a cold
#: `match` of a Latin-script town uses none of them (docs/benchmarks.md, thirteenth pass).
_ARABIC_LETTERS = r"[\u0600-\u06ff]"
#: The article, written apart in Latin (Ksar el Kebir) and joined in Arabic (القصر الكبير);
#: French spellings add 'des' where Arabic has none (El Kelaa des Sraghna, قلعة السراغنة).
#: Darija spellings join it as 'L' before a consonant (Lqliaa is El Qliaa, القليعة).
_LATIN_ARTICLE = (
    r"(?<!\S)(?:(?:al|el|ad|ed|ar|er|as|es|at|et|az|ez|an|en|de|des|du)\s+(?=\S)|l(?=[^aeiouyl\s]))"
)
_CONSONANT_RULES: tuple[tuple[str, str], ...] = (
    ("kh", "h"),
    ("gh", "h"),
    ("sh", "c"),
    ("ch", "c"),
    ("ou", "u"),
    ("o", "u"),  # Arabic has no o: Zaio is زايو
    ("q", "k"),
    ("g", "k"),  # Moroccan Arabic writes g with ك, ق, ڭ or ج: Agadir أكادير, Ben Guerir ابن جرير
    ("j", "k"),
    ("w", "u"),
    ("x", "ks"),
    ("y", "i"),
)

#: Spelling pairs that transliteration systems (English, French, German, Polish, Ukrainian,
#: Russian) write differently for one sound; applied in order, before vowels are dropped.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "c"),
    ("shch", "s"),
    ("sch", "s"),
    ("ch", "c"),
    ("kh", "h"),
    ("zh", "z"),
    ("sh", "s"),
    ("sz", "s"),
    ("cz", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("q", "k"),
    ("x", "ks"),
    ("g", "h"),
    ("z", "s"),
)
#: Vowels, dropped after the first letter (a text that `re` compiles on first use: a cold
#: `match` does not use it).
_VOWELS = r"[aeiouyj]"


def fold_name(text: str) -> str:
    """Lower case, no accents, one space between words: 'Durrës' -> 'durres', 'Київ' -> 'киів'."""
    if text.isascii():  # most names: nothing to decompose (the same result as _fold_any, faster)
        return " ".join(_SEPARATORS.sub(" ", text.lower().translate(_DROP)).split())
    return _fold_any(text)


def _fold_any(text: str) -> str:
    """fold_name() of text in any script: accents decomposed and dropped, Arabic letter forms
    unified."""
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_DROP)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = unicodedata.normalize("NFC", stripped).translate(_ARABIC)
    return " ".join(_SEPARATORS.sub(" ", stripped).split())


#: Latin letters that have no accent to drop, written plain where a keyboard lacks them:
#: Điện Biên as Dien Bien, Łódzkie as Lodzkie, Tromsø as Tromso.
_PLAIN_LETTERS = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ı": "i", "ħ": "h", "æ": "ae", "œ": "oe"}
)


def plain_letters(folded: str) -> str:
    """A folded name with đ, ł, ø, ı and the like written plain ('đien bien' -> 'dien bien')."""
    return folded.translate(_PLAIN_LETTERS)


def to_latin(folded: str) -> str:
    """Transliterate folded Cyrillic to Latin (Ukrainian-style); other scripts pass unchanged."""
    return folded.translate(_CYRILLIC_TABLE)


def readings(folded: str) -> list[str]:
    """The Latin spellings a typed name may stand for: Cyrillic read as Ukrainian and as
    Russian (Ильичёвск is Ilichevsk, not Ylychevsk), Greek as Modern Greek; Latin as is."""
    found = [to_latin(folded)]
    if any("\u0400" <= ch <= "\u04ff" for ch in folded):
        found.append(folded.translate(_RUSSIAN_TABLE))
    if any("\u0370" <= ch <= "\u03ff" for ch in folded):
        text = folded
        for greek, latin in _GREEK_DIGRAPHS:
            text = text.replace(greek, latin)
        found.append(text.translate(_GREEK_TABLE))
        found.append(text.translate(_GREEK_TABLE).replace("v", "b"))  # Ελβασάν is Elbasan
    return list(dict.fromkeys(found))


def skeleton(folded: str) -> str:
    """A sound-alike key: the first letter, then consonants only, as transliterations disagree
    mostly on vowels and digraphs: Kyiv, Kiev, Kijów and Київ share 'kv'; Lviv, Lvov, Lwów 'lv'."""
    return latin_skeleton(to_latin(folded))


def latin_skeleton(latin: str) -> str:
    """skeleton() of a name already in Latin letters ('' for any other script)."""
    text = latin.replace(" ", "")
    if not text.isascii() or not text:
        return ""
    for written, sound in _SKELETON_RULES:
        text = text.replace(written, sound)
    text = text[0] + re.sub(_VOWELS, "", text[1:])
    # Doubled letters are spelling, not sound (Vinnytsia / Vinitsa).
    return re.sub(r"(.)\1+", r"\1", text)


def is_latin_lowercase_romanisation(name: str) -> bool:
    """GeoNames lists machine romanisations in lower case ('srndh'); real names are capitalised."""
    return name.isascii() and name == name.lower() and any(ch.isalpha() for ch in name)


#: Words that say what kind of region a name is, in the languages of the sample countries and
#: of other countries of return: 'Departamento de Petén', 'Provincia de Buenos Aires', 'Bagmati
#: Pradesh', 'Cairo Governorate' (a name that is the whole region's, Uttar Pradesh, stays one).
_TYPE_WORDS_RAW = (
    *("departamento", "depto", "dpto", "provincia", "pradesh", "प्रदेश", "governorate"),
    "oblast",
    "obl",
    "oblasti",
    "oblusu",  # Kyrgyz: 'Talas oblusu' was the town of Talas, by spelling
    "region",
    "reg",
    "regione",
    "rajon",
    "rajoni",
    "raion",
    "county",
    "province",
    "provinz",
    "prefecture",
    "prefektura",
    "qarku",
    "qarkut",
    "qark",
    "kraj",
    "wilaya",
    "jiha",
    # session twenty-four: Romanian, Uzbek, Khmer, Burmese region words ('jud. Iasi' was the
    # city, 'Toshkent viloyati' the city, 'judetul Ilfov' "no place matches")
    *("judet", "judetul", "județ", "județul", "jud"),
    *("viloyati", "viloyat", "вилояти", "вилоят", "вилоҷти"),
    # Khmer 'province' in Latin letters ('Khett Prey Veng' was the town by a close spelling;
    # a Thai khet is a district, and stays one)
    *("khett", "khaet"),
    *("ខេត្ត", "division", "တိုင်း", "တိုင်းဒေသကြီး"),
    # Thai, Lao, Arabic, Dari, Amharic, Tigrinya, Somali, Swahili words for a province or region
    # (session twenty-four's second screen: 'changwat Udon Thani' was the town)
    *("changwat", "จังหวัด", "จ", "khoueng", "khouang", "แขวง", "ແຂວງ", "محافظة", "muhafazat"),
    *("wilayat", "ولایت", "velayat", "kilil", "ክልል", "zoba", "ዞባ", "gobolka", "kaunti"),
    # session twenty-five's screens: French, Spanish, Swahili, Georgian, Armenian, Turkmen,
    # Mongolian, Kazakh, Belarusian, Bosnian, Malay, Urdu words for a region ('Mkoa wa Arusha'
    # and 'Estado de Oaxaca' were the towns, 'Lori marz' and 'Dornod aimag' "no place matches")
    *("département", "departement", "dept", "district autonome", "estado", "prov", "gouvernorat"),
    *("mkoa wa", "mkoa", "wilaya ya", "mkhare", "მხარე", "marz", "մարզ", "welayaty", "welaýaty"),
    *("welayat", "aimag", "aymag", "аймаг", "voblasts", "voblast"),
    *("вобласць", "kanton", "negeri", "صوبہ", "autonome"),
    # the third screen's: Persian "ostan"/"استان", Portuguese "província do/da", Spanish
    # "Pcia." and "distrito", Dzongkha "dzongkhag", Kinyarwanda and Kirundi "intara"
    # ('Ostan-e Tehran' was the city, 'Trashigang Dzongkhag' Gasa, 250 km away); Turkish
    # "ili" is read for TR only (locate._clean: 'Modiin Ili' is a typo of Modiin Ilit)
    *("ostan", "استان", "provincia do", "provincia da", "pcia", "distrito"),
    *("dzongkhag", "intara ya", "intara"),
    # session twenty-seven's screen of native scripts: Kyrgyz 'oblast', Serbian 'okrug' (ISO's
    # level in Serbia), Libya's 'sha'biyat', Sinhala and Tamil 'province' ('Чүй облусу',
    # 'Јужнобачки округ', 'شعبية الجفارة', 'දකුණු පළාත' were "no place matches")
    *("облусу", "oblusu", "округ", "okrug", "شعبية", "shabiyat", "පළාත", "மாகாணம்"),
    "provinsi",  # Indonesian: 'Provinsi Jawa Barat' was Jawa, a village of Nusa Tenggara
    # Tagalog 'province of' (session twenty-six: 'Lalawigan ng Cebu' was Santa Teresa, a village
    # of 3,177 people in MIMAROPA, by a close spelling)
    *("lalawigan ng", "lalawigan", "probinsya ng", "probinsya", "probinsiya ng", "probinsiya"),
    "city",
    "municipality",
    "autonomous republic",
    "republic",
    "respublika",
    "avtonomna",
    "avtonomnaia",
    "avtonomnaya",
    "autonomous",
    "misto",
    "gorod",
    "область",
    "обл",
    "регион",
    "регіон",
    "край",
    "місто",
    "город",
    "район",
    "автономна",
    "автономная",
    "республіка",
    "республика",
    "جهة",
    "إقليم",
    "عمالة",
    "منطقة",
    "ولاية",
    "مدينة",
)
#: Particles that only mean something beside a type word: 'Qarku i Shkodrës', 'Région de ...'.
_PARTICLES = re.compile(r"^(?:i|e|of|de\s+la|de\s+l|de|del|du|des|d|the)\s+|\s+(?:of|the)$")
#: ISO 3166-2 marks Moroccan names that cover Western Sahara: '(EH)', '(EH-partial)'.
_EH_SUFFIX = re.compile(r"\s+eh(?: partial)?$")


def _words_pattern(raw: tuple[str, ...]) -> str:
    """Any of the words, folded as queries are (й is и), longest first, as whole words: a
    pattern's text, which `re` compiles on first use (a cold `match` uses the type words only:
    those are compiled here)."""
    words = sorted({fold_name(word) for word in raw}, key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(map(_whole, words)) + r")(?!\w)"


def _whole(word: str) -> str:
    """A word of a pattern; a letter alone of another script ('จ', Thai's shortened "province")
    only before a space, a comma or the end: a vowel sign is no letter to a word pattern, and 'จ' was
    found in 'จันทบุรี' before its vowel sign, so that the town of Chanthaburi was read as its
    province (session twenty-seven; a character class of those scripts' letters in every
    pattern's ends cost a cold `match` 1 ms to compile)."""
    return re.escape(word) + (r"(?=[\s,]|$)" if len(word) == 1 and not word.isascii() else "")


#: Khmer writes no space after "province" (ខេត្តសៀមរាប, Siem Reap province): a start of a text.
#: Chinese writes "province" and "autonomous region" after the name, without a space (云南省).
_TYPE_WORDS = re.compile(
    _words_pattern(_TYPE_WORDS_RAW)
    + "|^"
    + re.escape(fold_name("ខេត្ត"))
    + r"(?=\w)|(?<=\w)(?:"
    + "|".join(map(re.escape, map(fold_name, ("自治区", "省"))))
    + ")$"
)


def strip_region_type(folded: str) -> str:
    """Cut type words: 'lvivska oblast' -> 'lvivska', 'qarku i shkodres' -> 'shkodres'."""
    text = _EH_SUFFIX.sub("", folded)
    return _without_particles(" ".join(_TYPE_WORDS.sub(" ", text).split()))


def has_region_type(folded: str) -> bool:
    return bool(_TYPE_WORDS.search(folded))


#: Words that say a name is a town's: 'Lviv city', 'city of Shkodër', 'Kukës town', 'село Іванівка'.
_TOWN_WORDS = _words_pattern(
    (
        *("city", "town", "village", "misto", "gorod", "selo", "qyteti", "qytet", "fshati", "fshat", "ville"),
        *("selyshche", "poselok", "posyolok"),
        # Vietnamese city, town, commune, ward: 'thành phố Vinh' was Trà Vinh, 1,000 km south
        *("thành phố", "tp", "thị xã", "thị trấn", "xã", "phường"),
        "municipio",  # Spanish: 'Municipio de San Manuel' was San Manuel de Colohete, by spelling
        # Tagalog 'city of', 'town of': 'Lungsod ng Cebu' was Cabuyao, by a close spelling
        *("lungsod ng", "lungsod", "bayan ng"),
        *("desa", "kelurahan", "kel"),  # Indonesian village and urban ward ('Desa Sukamaju')
        # Portuguese: 'Favela da Rocinha' was read by a close spelling (session twenty-six)
        *("favela da", "favela do", "favela", "comunidade da", "comunidade do"),
        *("місто", "город", "село", "селище", "поселок", "مدينة"),
        # Chinese city, town and township, and Burmese town, written after the name: 'Ruili 市'
        # ('瑞丽市', which `locate` parts from the name where the whole is none; session twenty-eight)
        *("市", "镇", "乡", "မြို့"),
        # Romanian village, commune, town, municipality, as Moldovan addresses write them ('satul
        # Stauceni' was Stăuceni by a close spelling; session twenty-eight's screen)
        *("satul", "comuna", "orașul", "oraș", "municipiul"),
    )
)


def has_town_word(folded: str) -> bool:
    """'kyiv city', 'lviv misto': a word that names a town (a City-status region's too)."""
    return bool(re.search(_TOWN_WORDS, folded))


#: Words that say a name is a district's, smaller than a region: 'Berehove raion', 'Izmail
#: district', 'Ikeja LGA', 'Egor L.G.A.' (folded 'egor l g a'). A district named by its town is
#: measured from that town.
_DISTRICT_WORDS = _words_pattern(
    (
        "raion",
        "rayon",
        "rajon",
        "rajoni",
        "district",
        "lga",
        "l g a",
        "local government area",
        "local government",
        "local govt",
        "bashkia",
        "bashkise",
        "bashkisë",
        "rrethi",
        "rrethit",
        "huyện",  # Vietnamese: 'huyện Yên Thành' was Thanh Ba, 300 km away
        *("tumani", "tuman", "туман"),  # Uzbek and Tajik districts
        # a district in Thai ('Khet Bang Kapi', Bangkok's; in Cambodia a khet is a province, which
        # is then read at its town), Lao, Amharic, Somali
        *("khet", "เขต", "amphoe", "อำเภอ", "อ", "woreda", "wereda", "ወረዳ"),
        "degmada",
        # Ukraine's hromadas (since 2020), named by their centre: 'Бучанська громада' was "no
        # place matches"
        *("hromada", "громада", "territorial community", "otg", "отг", "тг"),
        *("jilla", "zila", "zilla", "जिल्ला", "জেলা"),  # Nepali, Bengali
        "район",
        "r-n",
        "р-н",
        # Indonesian regency and subdistrict, as addresses shorten them (session twenty-six: 'Kab.
        # Bandung' was Kabandang in Nusa Tenggara, 1,000 km away); Moldovan and Romanian raion
        *("kabupaten", "kab", "kecamatan", "kec", "raionul", "r-nul"),
        # session twenty-seven's screen of second-level units, each named by its seat and each
        # "no place matches" or read by a close spelling far away with the word ('Daïra d'Akbou',
        # 'Commune d'Abomey-Calavi', 'Markaz Kafr El Dawwar', 'Obshtina Kuklen', 'Srok Puok'):
        # French and Arabic communes, daïras, cercles, Egypt's markaz and kism, South Asia's
        # upazilas, tehsils, talukas and mandals, Uganda's and Kenya's sub-counties, Bulgaria's
        # and the Balkans' municipalities, Cambodia's and Myanmar's districts and townships
        *("commune", "daira", "دائرة", "cercle", "markaz", "مركز", "kism", "qism", "قسم"),
        *("upazila", "upazilla", "upozila", "উপজেলা", "tehsil", "tahsil", "taluka", "taluk", "mandal"),
        *("sub-county", "sub county", "subcounty", "obshtina", "община", "opstina", "opština"),
        *("општина", "opcina", "općina", "srok", "ស្រុក", "township", "မြို့နယ်", "ضلع"),
        # Bangladesh's and Pakistan's "headquarters" subdistrict ('Munshiganj Sadar' was Habiganj)
        *("sadar", "সদর"),
        # Chinese county, autonomous county and urban district, after the name ('河口县' was "no
        # place matches"), Lao district before it ('ເມືອງວັງວຽງ'), and Kosovo's municipality in
        # Albanian ('Komuna e Prizrenit': the town's genitive, read by `locate` as Albanian's
        # are); session twenty-eight
        *("县", "自治县", "区", "komuna", "ເມືອງ"),
        "regency",  # Indonesia's kabupaten in English ('Malang Regency' was the city, silently)
        # Iraq's and Syria's district and subdistrict, as their offices write them ('Qadha
        # Sinjar', 'قضاء سنجار' were the town by a close spelling; session twenty-eight's screen)
        *("qadha", "qada", "qadaa", "قضاء", "nahiya", "nahiyah", "ناحية"),
    )
)

#: How the adjective of a Ukrainian or Russian district ends, folded ('Berehivskyi', 'Odes'kyi',
#: 'Берегівський', 'Береговский' -> ...'скии'): the district of the town it is formed from.
_ADJECTIVE_ENDINGS = ("skyi", "skyy", "skyj", "skiy", "skij", "skii", "sky", "ckyi", "скии", "ska", "ска")
_ADJECTIVE_VOWELS = "aeiouyаеиоуяієюї"


#: Adjectives not formed by the rules of `adjective_stems`, by their stem: the folded name of
#: the town they are formed from (Bila Tserkva -> Bilotserkivskyi, Kryvyi Rih -> Kryvorizkyi).
_IRREGULAR_ADJECTIVES = {
    "bilotserkiv": "bila tserkva",
    "білоцерків": "біла церква",
    "kryvoriz": "kryvyi rih",
    "криворіз": "кривии ріг",
    "dniprov": "dnipro",
    "дніпров": "дніпро",
}


def district_adjective_stem(folded: str) -> str:
    """The stem of a district's adjective ('berehivskyi' -> 'berehiv', 'odeskyi' -> 'ode',
    'берегівскии' -> 'берегів', 'zaporizkyi' -> 'zaporiz'); '' for a name that is no such
    adjective."""
    if " " in folded:
        return ""
    for ending in _ADJECTIVE_ENDINGS:
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            return folded[: -len(ending)]
    for ending in ("zkyi", "зкии", "zka", "зка"):  # з + ський is written зький: Запоріжжя, Запорізький
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            return folded[: 1 - len(ending)]  # the з kept: 'zaporizkyi', 'zaporizka' -> 'zaporiz'
    return ""


def irregular_adjective_seat(stem: str) -> str:
    """The folded name of the town an irregular district adjective is formed from, or ''."""
    return _IRREGULAR_ADJECTIVES.get(stem, "")


def adjective_stems(folded: str) -> set[str]:
    """The stems that a town's name takes before '-skyi' / '-ський' / '-ский' as Ukrainian and
    Russian form a district's name from its seat's: Berehove -> Berehiv(skyi), Mukachevo ->
    Mukachiv, Odesa -> Ode(skyi), Drohobych -> Drohobyts, Kupiansk -> Kupian, Berezivka ->
    Bereziv, Bucha -> Buchan, Rozdilna -> Rozdilnian; Береговo -> Берегов(ский). More than the
    language makes (a stem no district has costs nothing: a query must match it exactly)."""
    if " " in folded or len(folded) < 3:
        return set()
    stems = {folded}
    bare = folded.rstrip(_ADJECTIVE_VOWELS)
    if bare != folded and len(bare) >= 3:
        stems.add(bare)
        if folded[-1] == "a":  # Bucha -> Buchanskyi, Rozdilna -> Rozdilnianskyi, Oleksandriia
            stems |= {bare + "an", bare + "ian", folded[:-1]}
        elif folded[-1] == "а":
            stems |= {bare + "ан", bare + "ян", folded[:-1]}
        elif folded[-1] in "yи":  # Polohy -> Polohivskyi; Sarny -> Sarnenskyi
            stems.add(bare + ("iv" if folded[-1] == "y" else "ів"))
            stems.add(bare + ("en" if folded[-1] == "y" else "ен"))
        if bare[-1:] in ("n", "н") and bare[-2:-1] not in _ADJECTIVE_VOWELS:
            stems.add(
                bare[:-1] + ("e" if bare[-1] == "n" else "е") + bare[-1]
            )  # Romny, Dubno -> Romen-, Duben-
        if folded.endswith(("ka", "ка")):  # Shostka -> Shostkynskyi
            stems.add(bare + ("yn" if folded[-1] == "a" else "ин"))
        if bare.endswith(("ts", "ц")) and len(bare) > 4:  # Chernivtsi -> Chernivetskyi
            stems.add(
                bare[: -len("ts" if bare.endswith("ts") else "ц")] + ("ets" if bare.endswith("ts") else "ец")
            )
        elif folded.endswith(("ne", "не")):  # Rivne -> Rivnenskyi
            stems.add(bare + ("en" if folded[-1] == "e" else "ен"))
    for stem in list(stems):
        for ending, instead in (("ka", ""), ("sk", ""), ("ка", ""), ("ск", ""), ("kh", "s"), ("х", "с")):
            if stem.endswith(ending) and len(stem) > 4:  # Kakhovka, Kupiansk; Volnovakha -> Volnovaskyi
                stems.add(stem[: -len(ending)] + instead)
        for ending, instead in (("sh", "s"), ("ш", "с"), ("zhzh", "z"), ("жж", "з")):
            if stem.endswith(ending):  # Varash -> Varaskyi; Zaporizhzhia -> Zaporizkyi
                stems.add(stem[: -len(ending)] + instead)
    for stem in list(stems):
        last = max(stem.rfind(v) for v in "oeое")
        if last > 0 and not any(c in _ADJECTIVE_VOWELS for c in stem[last + 1 :]):
            stems.add(stem[:last] + ("i" if stem[last] in "oe" else "і") + stem[last + 1 :])
        if stem.endswith("ch"):
            stems.add(stem[:-2] + "ts")
        if stem.endswith("ч"):
            stems.add(stem[:-1] + "ц")
        if stem.endswith("k"):  # Pryluky, Kremenchuk, Khmilnyk -> Prylutskyi, Kremenchutskyi
            stems.add(stem[:-1] + "ts")
        if stem.endswith("к"):
            stems.add(stem[:-1] + "ц")
    for stem in list(stems):
        if stem[-1:] in ("s", "с"):
            stems.add(stem[:-1])  # Odes + skyi is written Odeskyi
    return {stem for stem in stems if len(stem) >= 3}


def albanian_nominatives(folded: str) -> list[str]:
    """The nominatives an Albanian genitive may stand for, folded: 'shkodres' -> 'shkodre',
    'shkoder' (the ë before a last r falls: Shkodër, Shkodrës; Dibër, Dibrës), 'tropojes' ->
    'tropoje', 'matit' -> 'mat', 'kukesit' -> 'kukes'; Kosovo's 'istogut' -> 'istog',
    'ferizajt' -> 'ferizaj', 'vushtrrise' -> 'vushtrri'. Empty for a word of neither ending."""
    if folded.endswith("it") and len(folded) > 4:
        return [folded[:-2]]
    if folded.endswith("es") and len(folded) > 4:
        forms = [folded[:-1]]
        if folded[-3] == "r":
            forms.append(folded[:-3] + "er")
        return forms
    if folded.endswith("ise") and len(folded) > 5:  # after i: Vushtrri, Vushtrrisë; Viti, Vitisë
        return [folded[:-2]]
    if folded.endswith("ut") and len(folded) > 4:  # after k, g, h: Istog, Istogut; Kaçanik
        return [folded[:-2]]
    if folded.endswith("jt") and len(folded) > 4:  # after j: Ferizaj, Ferizajt; Skenderaj
        return [folded[:-1]]
    return []


def district_named(folded: str) -> str:
    """The name a query gives with a district's word ('berehove raion', 'izmail district' ->
    'berehove', 'izmail'); '' without one, or with a region's type word as well."""
    return _named_with(_DISTRICT_WORDS, folded)


#: How Ukrainian and Russian addresses write city, village, settlement before a name: 'м. Львів',
#: 'с. Іванівка', 'смт Слобожанське', 'г. Киев', 'гор. Киев', 'пос. Слобожанское' (folded: the
#: full stop is gone), and the same letters transliterated ('m. Lviv', 'g. Kiev': it was Hukiv,
#: in Khmelnytskyi oblast, by a close spelling, and 'gor. Kiev' Kharkiv Oblast); Bulgarian 'гр.
#: Сливен' ('gr. Sliven', read by a close spelling: session twenty-eight). Only at the start:
#: elsewhere a lone letter is no word.
_TOWN_ABBREVIATION = r"^(?:м|с|г|гр|гор|смт|пгт|сел|пос|m|s|g|gr|gor|smt|pgt|sel|pos)\s+(?=\S)"


_ELIDED_AFTER_A_TYPE_WORD = re.compile(
    r"\b(commune|da[iï]ra|province|pr[ée]fecture|d[ée]partement|r[ée]gion|district|cercle|wilaya"
    r"|arrondissement|sous-pr[ée]fecture)\s+(?:de\s+)?[dl]['’`]\s*(?=\w)",
    re.IGNORECASE,
)


def without_elision(text: str) -> str:
    """'Daïra d'Akbou' -> 'Daïra Akbou', 'région de l'Iffou' -> 'région Iffou': French elides
    "de" and "la" before a vowel, and a name folded with its "d" ('dakbou') was no place."""
    return _ELIDED_AFTER_A_TYPE_WORD.sub(r"\1 ", text)


def town_named(folded: str) -> str:
    """The name a query gives with words that say it is a town ('lviv city', 'city of lviv',
    'kukes town', 'м лвів' -> 'lviv', 'lviv', 'kukes', 'лвів'); '' when it has none of them,
    or a region's type word too ('kyiv city oblast' is no town)."""
    abbreviated = re.match(_TOWN_ABBREVIATION, folded)
    if abbreviated is not None:
        rest = folded[abbreviated.end() :]
        return "" if has_region_type(rest) else _without_particles(rest)
    return _named_with(_TOWN_WORDS, folded)


def kind_words_only(folded: str) -> bool:
    """'oblast', 'city', 'raion', 'м', 'city of': words for a kind of place and no name."""
    if folded.strip() in ("м", "с", "г", "смт", "пгт", "сел"):
        return True
    text = re.sub(_TOWN_ABBREVIATION, "", folded)
    for words in (_TYPE_WORDS, _TOWN_WORDS, _DISTRICT_WORDS):
        text = re.sub(words, " ", text)
    rest = _without_particles(" ".join(text.split()))
    return rest in ("", "i", "e", "of", "de", "du", "des", "d", "the") and folded.strip() != ""


def _named_with(words: str | re.Pattern[str], folded: str) -> str:
    if not re.search(words, folded):
        return ""
    text = " ".join(re.sub(words, " ", folded).split())
    return "" if has_region_type(text) else _without_particles(text)


def _without_particles(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _PARTICLES.sub("", text).strip()
    return text


def has_arabic(text: str) -> bool:
    return bool(re.search(_ARABIC_LETTERS, text))


def arabic_reading(text: str) -> str:
    """An Arabic name in the Latin letters of French-based Moroccan spellings, articles cut:
    'القصر الكبير' -> 'ksr kbir'. Takes the name as typed: the final ة (a vowel, تمارة is
    Temara) must still differ from ه (a consonant, الفقيه is Fquih)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_DROP)
    text = unicodedata.normalize("NFC", text).replace("ة", "a").replace("ى", "a")
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _SEPARATORS.sub(" ", text).split()]
    return " ".join(words).translate(_ARABIC_LATIN)


def sound_key(text: str) -> str:
    """A name as it sounds in French-based Moroccan spelling, vowels kept: Arabic read aloud
    (اليوسفية -> 'iusfia'), Latin folded with articles cut and letters doubled once
    (Youssoufia -> 'iusufia'). '' when letters of other scripts remain."""
    if has_arabic(text):
        latin = arabic_reading(text)  # Arabic does not write a consonant twice
    else:
        latin = re.sub(r"(.)\1+", r"\1", re.sub(_LATIN_ARTICLE, "", to_latin(text)).replace(" ", ""))
    latin = latin.replace(" ", "")
    if not latin.isascii():
        return ""
    for written, sound in _CONSONANT_RULES:
        latin = latin.replace(written, sound)
    return latin


def consonant_key(text: str) -> str:
    """The consonants of sound_key(): how an Arabic name (written without short vowels) meets
    its French-based spelling: تاوريرت and Taourirt are 'trrt', الخميسات and Khémisset 'hmst',
    القصر الكبير and Ksar el Kébir 'ksrkbr'. Latin names come folded."""
    return re.sub(r"[aeiou]", "", sound_key(text))


def letters_of(text: str) -> str:
    """The letters of a name, folded to Latin where a fold exists: no spaces, marks or digits.
    Letters without one are kept ('Førde' is 'førde', 'Płock' 'płock'; they were dropped, so
    that 'Fødre' was no slip from Førde: too few letters left)."""
    return re.sub(r"[\W\d_]", "", fold_name(to_latin(fold_name(text))))


def one_slip_apart(typed: str, name: str) -> bool:
    """Whether a typed word is one slip from a name, both folded to Latin letters: two
    neighbouring letters swapped, one letter changed, one left out or one added; in a name of
    five letters or more (a four-letter village one letter from a town is as likely a place).
    A record's city so close is the town misspelt (svcmatch.checks); `locate` takes a loose
    reading by spelling only so (`locate.WEAK_SPELLING`)."""
    a, b = (letters_of(text) for text in (typed, name))
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        swapped = a[start + 2 :] == b[start + 2 :] and a[start : start + 2] == b[start : start + 2][::-1]
        return swapped or a[start + 1 :] == b[start + 1 :]
    return a[start + 1 :] == b[start:] if len(a) > len(b) else a[start:] == b[start + 1 :]
