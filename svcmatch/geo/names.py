"""Place-name keys: folding (case, accents, script quirks), transliteration and sound-alike skeletons."""

from __future__ import annotations

import re
import unicodedata

#: Apostrophes and soft signs vanish (Kam'ianets = Kamianets); other punctuation separates words.
_DROP = dict.fromkeys(map(ord, "'’ʼ`´ʹ‘ьЬъЪـ"), None)
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
_VOWELS = re.compile(r"[aeiouyj]")


def fold_name(text: str) -> str:
    """Lower case, no accents, one space between words: 'Durrës' -> 'durres', 'Київ' -> 'киів'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_DROP)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = unicodedata.normalize("NFC", stripped).translate(_ARABIC)
    return " ".join(_SEPARATORS.sub(" ", stripped).split())


def to_latin(folded: str) -> str:
    """Transliterate folded Cyrillic to Latin (Ukrainian-style); other scripts pass unchanged."""
    return folded.translate(_CYRILLIC_TABLE)


def skeleton(folded: str) -> str:
    """A sound-alike key: the first letter, then consonants only, as transliterations disagree
    mostly on vowels and digraphs: Kyiv, Kiev, Kijów and Київ share 'kv'; Lviv, Lvov, Lwów 'lv'."""
    text = to_latin(folded).replace(" ", "")
    if not text.isascii() or not text:
        return ""
    for written, sound in _SKELETON_RULES:
        text = text.replace(written, sound)
    text = text[0] + _VOWELS.sub("", text[1:])
    # Doubled letters are spelling, not sound (Vinnytsia / Vinitsa).
    return re.sub(r"(.)\1+", r"\1", text)


def is_latin_lowercase_romanisation(name: str) -> bool:
    """GeoNames lists machine romanisations in lower case ('srndh'); real names are capitalised."""
    return name.isascii() and name == name.lower() and any(ch.isalpha() for ch in name)


#: Words that say what kind of region a name is, in the languages of the shipped countries.
_TYPE_WORDS_RAW = (
    "oblast",
    "obl",
    "oblasti",
    "region",
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
_PARTICLES = re.compile(r"^(?:i|e|of|de|du|des|d|the)\s+|\s+(?:of|the)$")
#: ISO 3166-2 marks Moroccan names that cover Western Sahara: '(EH)', '(EH-partial)'.
_EH_SUFFIX = re.compile(r"\s+eh(?: partial)?$")


def _type_words() -> re.Pattern[str]:
    words = sorted({fold_name(word) for word in _TYPE_WORDS_RAW}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


_TYPE_WORDS = _type_words()


def strip_region_type(folded: str) -> str:
    """Cut type words: 'lvivska oblast' -> 'lvivska', 'qarku i shkodres' -> 'shkodres'."""
    text = _EH_SUFFIX.sub("", folded)
    text = " ".join(_TYPE_WORDS.sub(" ", text).split())
    previous = None
    while previous != text:
        previous, text = text, _PARTICLES.sub("", text).strip()
    return text


def has_region_type(folded: str) -> bool:
    return bool(_TYPE_WORDS.search(folded))
