"""Words for a person's sex and form of exploitation, in English and in the languages of the country offices
(Ukrainian, Russian, Albanian, French, Arabic): one table for `match`'s case and for
`coverage --for`. A word other than the code itself is said as a reading ('жінка' as female,
a translation; 'woman' as female, a synonym). Only whole words and phrases are read, never a
close spelling: exploitation decides which providers may take her."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .model import EXPLOITATION_TYPES
from .taxonomy import fold

_ENGLISH: dict[str, tuple[str, ...]] = {
    "female": ("female", "f", "woman", "women", "girl", "girls", "w"),
    "male": ("male", "m", "man", "men", "boy", "boys"),
    "other": ("other", "x", "non binary", "nonbinary", "diverse"),
}
#: Single letters are the ones forms use: Ukrainian ж/ч, Russian ж/м, French F/H.
_TRANSLATED: dict[str, tuple[str, ...]] = {
    "female": (
        *("жінка", "жіноча", "жінки", "дівчина", "ж"),
        *("женщина", "женский", "жен", "девушка", "девочка"),
        *("femër", "grua", "vajzë"),
        *("femme", "femmes", "féminin", "fille"),
        *("أنثى", "امرأة", "فتاة", "بنت"),
        # the sending countries' (eleventh caseworker pass: `--sex donna` was refused): Italian,
        # Spanish, Greek, Portuguese, German, Polish
        *("donna", "femmina", "femminile", "ragazza"),
        *("mujer", "femenino", "femenina", "niña", "chica"),
        *("γυναίκα", "θήλυ", "κορίτσι"),
        *("mulher", "feminino", "menina", "rapariga"),
        *("frau", "weiblich", "mädchen"),
        *("kobieta", "dziewczyna", "dziewczynka"),
        # twenty-first caseworker pass: the countries of return's words, as their offices and
        # partners write them (Indonesian and Malay, Vietnamese, Tagalog, Swahili, Uzbek, Hausa,
        # Bengali, Nepali, Thai, Amharic)
        *("perempuan", "wanita", "nữ", "phụ nữ", "babae", "mwanamke", "ayol", "mace", "mata"),
        *("মহিলা", "নারী", "महिला", "หญิง", "ሴት"),
        # twenty-second caseworker pass: the plural of an Uzbek office's sheet (women)
        "ayollar",
        # twenty-third caseworker pass: the need files' new languages, as a form or a case note
        # writes a woman or a girl (Vietnamese, Tagalog, Nepali, Persian and Dari, Bengali, Thai,
        # Lao, Burmese)
        *("con gái", "bé gái", "dalaga", "केटी", "स्त्री", "زن", "مونث", "دختر", "মেয়ে"),
        *("ผู้หญิง", "เพศหญิง", "เด็กหญิง", "ຍິງ", "ແມ່ຍິງ", "ຜູ້ຍິງ", "အမျိုးသမီး", "မိန်းကလေး"),
        # twenty-ninth words pass: Romanian, with its need file (Moldova's returns)
        *("femeie", "fată", "feminin"),
    ),
    "male": (
        *("чоловік", "чоловіча", "чоловіки", "хлопець", "хлопчик", "ч"),
        *("мужчина", "мужской", "муж", "парень", "мальчик", "м"),
        *("mashkull", "burrë", "djalë"),
        *("homme", "hommes", "masculin", "garçon", "h"),
        *("ذكر", "رجل", "ولد"),
        *("uomo", "maschio", "maschile", "ragazzo"),
        *("hombre", "masculino", "varón", "niño", "chico"),
        *("άνδρας", "άντρας", "άρρεν", "αγόρι"),
        *("homem", "menino", "rapaz"),
        *("mann", "männlich", "junge"),
        *("mężczyzna", "chłopiec", "chłopak"),
        # twenty-first caseworker pass (as for female, above)
        *("laki-laki", "lelaki", "pria", "nam", "đàn ông", "lalaki", "mwanamume", "erkak", "namiji", "maza"),
        *("পুরুষ", "पुरुष", "ชาย", "ወንድ"),
        "erkaklar",  # twenty-second caseworker pass (as 'ayollar', above)
        # twenty-third caseworker pass (as for female, above)
        *("con trai", "bé trai", "binata", "केटा", "مرد", "مذکر", "پسر", "ছেলে"),
        *("ผู้ชาย", "เพศชาย", "เด็กชาย", "ຊາຍ", "ຜູ້ຊາຍ", "အမျိုးသား", "ယောက်ျားလေး"),
        *("bărbat", "băiat"),  # twenty-ninth words pass (as for female, above)
    ),
    "other": ("інша", "інше", "другое", "другой", "tjetër", "autre", "آخر"),
}

#: A record's sexes served given as "all of them" (an import's sexes cell, never a person's sex):
#: read as `any`, said. Twenty-second caseworker pass: an Indonesian office's `semua` (all) was
#: refused, and so were English `all` and `both`.
_ANY_SEX: dict[str, tuple[str, ...]] = {
    "any": ("all", "both", "both sexes", "all sexes", "everyone", "mixed"),
}
_ANY_SEX_TRANSLATED: dict[str, tuple[str, ...]] = {
    "any": (
        *("semua", "semua jenis kelamin", "tất cả", "lahat", "wote", "hammasi", "barchasi"),
        *("tous", "toutes", "les deux", "mixte", "todos", "todas", "ambos", "mixto"),
        *("të gjithë", "të dyja", "всі", "обидві", "все", "оба", "الجميع", "كلاهما"),
    ),
}


# Also the words of caseworkers' files for the commonest forms (tenth caseworker pass: "cannabis
# farming", the forced criminality of many Vietnamese victims, "debt bondage", "child marriage"
# were refused).
# Eleventh caseworker pass: "forced prostitution", "housemaid" (women returning to Ethiopia from
# the Gulf), "drug trafficking" and the UK's "county lines" were refused.
_EXPLOITATION_ENGLISH: dict[str, tuple[str, ...]] = {
    "sexual": (
        "sex",
        "sexual exploitation",
        "prostitution",
        "online sexual exploitation",
        "forced prostitution",
        *("pornography", "forced pornography"),
        # twentieth caseworker pass: as case notes write it
        *("sex work", "sex trafficking"),
        # twenty-first caseworker pass: the places a case note names it by
        *("brothel", "massage parlour", "massage parlor", "commercial sexual exploitation"),
    ),
    "labour": (
        *("labor", "forced labour", "forced labor", "labour exploitation", "labor exploitation"),
        *("debt bondage", "bonded labour", "bonded labor"),
        # fourteenth caseworker pass: the sectors a form of exploitation is named by (Vietnamese
        # returned from the UK, Myanmar and Cambodian men from Thai boats)
        *(
            "nail bar",
            "nail bars",
            "nail salon",
            "car wash",
            "fishing boat",
            "fishing boats",
            "fishing vessel",
        ),
        # fifteenth caseworker pass: the sectors of labour exploitation as a case note names them
        *("construction", "construction site", "agriculture", "agricultural work", "farm work"),
        *("farm labour", "farm labor", "fruit picking", "factory work"),
        # twentieth caseworker pass: the sector alone, as "fishing boat" was read
        *("fishing", "fishing industry", "fishing crew"),
        # twenty-first caseworker pass: labour trafficking named as such, and the sectors of
        # South and South-East Asia's and Africa's returns (kilns, plantations, factories, mines)
        *(
            "labour trafficking",
            "labor trafficking",
            "trafficking for forced labour",
            "trafficking for forced labor",
        ),
        *("factory", "garment factory", "plantation", "palm oil plantation", "brick kiln", "brick kilns"),
        *("mining", "seafood processing", "forced labour at sea", "forced labor at sea"),
        *("gold mining", "gold mine", "gold mines"),
    ),
    "begging": ("forced begging", "child begging"),
    "criminality": (
        *("forced criminality", "criminal activities", "cannabis farming", "cannabis cultivation"),
        *("drug dealing", "drug cultivation", "shoplifting", "pickpocketing"),
        *("drug trafficking", "drug smuggling", "county lines"),
        # thirteenth caseworker pass: the scam compounds of South-East Asia (Indonesians,
        # Vietnamese, Ethiopians held to defraud people online), couriers, forced theft
        *("scam compound", "scam compounds", "scam centre", "scam centres", "scam center", "scam centers"),
        *("forced scamming", "forced online scamming", "forced criminal activity"),
        *("forced criminal activities", "criminal exploitation", "drug mule", "drug courier"),
        *("forced theft", "forced stealing"),
        *("cannabis farm", "cannabis farms", "cannabis factory"),
        # twentieth caseworker pass: the scam compounds as case notes name what was done there
        *("online scam", "online scams", "online scamming", "cyber scam", "cyber scams", "online fraud"),
    ),
    "domestic_servitude": (
        *("domestic work", "servitude", "domestic worker", "domestic labour", "domestic labor"),
        *("housemaid", "house maid", "maid"),
        *("domestic helper", "domestic help"),  # twenty-first caseworker pass (the Gulf, Hong Kong)
    ),
    "forced_marriage": ("marriage", "child marriage", "early marriage"),
    "organ_removal": (
        *("organs", "organ trafficking", "organ harvesting", "organ trade", "kidney removal"),
        *("kidney", "kidney sale", "kidney selling"),  # twentieth caseworker pass
        *("organ", "organ sale"),  # twenty-first caseworker pass
    ),
}
_EXPLOITATION_TRANSLATED: dict[str, tuple[str, ...]] = {
    "sexual": (
        *("сексуальна", "сексуальна експлуатація", "сексуальная", "сексуальная эксплуатация"),
        *("seksuale", "shfrytëzim seksual", "sexuelle", "exploitation sexuelle", "استغلال جنسي"),
        # fifteenth caseworker pass: Arabic as a case note writes it, with the article
        *("الاستغلال الجنسي", "دعارة", "الدعارة", "الدعارة القسرية"),
        # the sending countries' (eleventh caseworker pass): it, es, el, pt, de, pl
        *("sfruttamento sessuale", "prostituzione", "prostituzione forzata"),
        *("explotación sexual", "prostitución", "prostitución forzada", "explotación sexual comercial"),
        *("σεξουαλική εκμετάλλευση", "exploração sexual", "prostituição forçada"),
        *("sexuelle ausbeutung", "zwangsprostitution", "wykorzystanie seksualne", "prostytucja przymusowa"),
    ),
    "labour": (
        *("трудова", "трудова експлуатація", "примусова праця"),
        *("трудовая", "трудовая эксплуатация", "принудительный труд"),
        *("punë e detyruar", "shfrytëzim në punë", "travail forcé", "exploitation par le travail"),
        *("عمل قسري", "استغلال في العمل", "العمل القسري", "الاستغلال في العمل", "السخرة"),
        *(
            "sfruttamento lavorativo",
            "lavoro forzato",
            "explotación laboral",
            "trabajo forzoso",
            "trabajo forzado",
            "trata laboral",
        ),
        *("εργασιακή εκμετάλλευση", "καταναγκαστική εργασία", "exploração laboral", "trabalho forçado"),
        *("arbeitsausbeutung", "zwangsarbeit", "praca przymusowa", "wyzysk w pracy"),
        # twenty-first caseworker pass: West Africa's gold mining sites, as French case notes name them
        *("orpaillage", "site d'orpaillage", "mine d'or", "travail dans les mines"),
    ),
    "begging": (
        *("жебракування", "попрошайничество", "lypje", "mendicité", "mendicité forcée", "تسول"),
        *("accattonaggio", "accattonaggio forzato", "mendicidad", "mendicidad forzada", "επαιτεία"),
        *("mendicidade", "zwangsbetteln", "żebractwo", "التسول", "bettelei", "zwangsbettelei"),
    ),
    "criminality": (
        *("злочинна діяльність", "преступная деятельность", "criminalité forcée"),
        *("actividades delictivas", "delitos forzados", "criminalidad forzada"),
        *("أنشطة إجرامية", "الأنشطة الإجرامية"),
    ),
    "domestic_servitude": (
        *("домашнє рабство", "домашнее рабство", "servitude domestique"),
        *("servitù domestica", "servidumbre doméstica", "οικιακή δουλεία", "servidão doméstica"),
        "trabajo doméstico",
        *("عبودية منزلية", "العبودية المنزلية", "العمل المنزلي"),
    ),
    "forced_marriage": (
        *("примусовий шлюб", "принудительный брак", "martesë e detyruar", "mariage forcé"),
        *("زواج قسري", "الزواج القسري", "الزواج المبكر"),
        *("matrimonio forzato", "matrimonio forzado", "καταναγκαστικός γάμος", "casamento forçado"),
        "matrimonio servil",
        *("zwangsheirat", "zwangsehe", "małżeństwo przymusowe"),
    ),
    "organ_removal": (
        *("вилучення органів", "изъятие органов", "prélèvement d'organes"),
        *("prelievo di organi", "traffico di organi", "extracción de órganos", "tráfico de órganos"),
        *("remoção de órgãos", "organhandel", "handel narządami", "نزع الأعضاء", "تجارة الأعضاء"),
        *("الاتجار بالأعضاء", "الاتجار بالأعضاء البشرية"),
    ),
}


class _Folded(Mapping[str, str]):
    """Folded word -> code, folded on first use: folding 130 words in several scripts costs about
    1 ms, which a cold `match` without --sex or --exploitation need not pay."""

    def __init__(self, *tables: Mapping[str, tuple[str, ...]], codes: tuple[str, ...] = ()) -> None:
        self._tables, self._codes = tables, codes
        self._words: dict[str, str] | None = None

    def _table(self) -> dict[str, str]:
        if self._words is None:
            words = {fold(code): code for code in self._codes}
            for table in self._tables:
                words.update((fold(word), code) for code, listed in table.items() for word in listed)
            self._words = words
        return self._words

    def __getitem__(self, folded: str) -> str:
        return self._table()[folded]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


#: Folded word -> sex code.
SEX_WORDS: Mapping[str, str] = _Folded(_ENGLISH, _TRANSLATED)
#: Folded word -> exploitation code (the codes themselves, with '_' or a space, included).
EXPLOITATION_WORDS: Mapping[str, str] = _Folded(
    _EXPLOITATION_ENGLISH, _EXPLOITATION_TRANSLATED, codes=EXPLOITATION_TYPES
)
#: Folded word -> 'any', for a record's sexes served (`_ANY_SEX`).
ANY_SEX_WORDS: Mapping[str, str] = _Folded(_ANY_SEX, _ANY_SEX_TRANSLATED)
#: Folded words of another language than English (their reading says 'translation').
TRANSLATED: Mapping[str, str] = _Folded(_TRANSLATED, _EXPLOITATION_TRANSLATED, _ANY_SEX_TRANSLATED)
