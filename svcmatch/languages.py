"""Languages as codes: ISO 639-1, or ISO 639-3 where a language has no two-letter code (Romani
`rom`, Tamazight `zgh`), read from codes, English names and the languages' own names."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, NamedTuple

from .errors import InputError
from .negation import negations_in
from .taxonomy import fold

# The 184 ISO 639-1 codes, as pycountry lists them; kept here so that `match` does not load
# pycountry's whole language database (tens of milliseconds) at start-up.
_TABLE = (
    "aa=Afar|ab=Abkhazian|ae=Avestan|af=Afrikaans|ak=Akan|am=Amharic|an=Aragonese|ar=Arabic|"
    "as=Assamese|av=Avaric|ay=Aymara|az=Azerbaijani|ba=Bashkir|be=Belarusian|bg=Bulgarian|bi=Bislama|"
    "bm=Bambara|bn=Bangla|bo=Tibetan|br=Breton|bs=Bosnian|ca=Catalan|ce=Chechen|ch=Chamorro|"
    "co=Corsican|cr=Cree|cs=Czech|cu=Church Slavic|cv=Chuvash|cy=Welsh|da=Danish|de=German|dv=Divehi|"
    "dz=Dzongkha|ee=Ewe|el=Greek|en=English|eo=Esperanto|es=Spanish|et=Estonian|eu=Basque|fa=Persian|"
    "ff=Fulah|fi=Finnish|fj=Fijian|fo=Faroese|fr=French|fy=Western Frisian|ga=Irish|"
    "gd=Scottish Gaelic|gl=Galician|gn=Guarani|gu=Gujarati|gv=Manx|ha=Hausa|he=Hebrew|hi=Hindi|"
    "ho=Hiri Motu|hr=Croatian|ht=Haitian|hu=Hungarian|hy=Armenian|hz=Herero|ia=Interlingua|"
    "id=Indonesian|ie=Interlingue|ig=Igbo|ii=Sichuan Yi|ik=Inupiaq|io=Ido|is=Icelandic|it=Italian|"
    "iu=Inuktitut|ja=Japanese|jv=Javanese|ka=Georgian|kg=Kongo|ki=Kikuyu|kj=Kuanyama|kk=Kazakh|"
    "kl=Kalaallisut|km=Khmer|kn=Kannada|ko=Korean|kr=Kanuri|ks=Kashmiri|ku=Kurdish|kv=Komi|"
    "kw=Cornish|ky=Kirghiz|la=Latin|lb=Luxembourgish|lg=Ganda|li=Limburgan|ln=Lingala|lo=Lao|"
    "lt=Lithuanian|lu=Luba-Katanga|lv=Latvian|mg=Malagasy|mh=Marshallese|mi=Maori|mk=Macedonian|"
    "ml=Malayalam|mn=Mongolian|mr=Marathi|ms=Malay|mt=Maltese|my=Burmese|na=Nauru|"
    "nb=Norwegian Bokmål|nd=North Ndebele|ne=Nepali|ng=Ndonga|nl=Dutch|nn=Norwegian Nynorsk|"
    "no=Norwegian|nr=South Ndebele|nv=Navajo|ny=Chichewa|oc=Occitan|oj=Ojibwa|om=Oromo|or=Oriya|"
    "os=Ossetian|pa=Panjabi|pi=Pali|pl=Polish|ps=Pushto|pt=Portuguese|qu=Quechua|rm=Romansh|rn=Rundi|"
    "ro=Romanian|ru=Russian|rw=Kinyarwanda|sa=Sanskrit|sc=Sardinian|sd=Sindhi|se=Northern Sami|"
    "sg=Sango|sh=Serbo-Croatian|si=Sinhala|sk=Slovak|sl=Slovenian|sm=Samoan|sn=Shona|so=Somali|"
    "sq=Albanian|sr=Serbian|ss=Swati|st=Southern Sotho|su=Sundanese|sv=Swedish|sw=Swahili|ta=Tamil|"
    "te=Telugu|tg=Tajik|th=Thai|ti=Tigrinya|tk=Turkmen|tl=Tagalog|tn=Tswana|to=Tonga|tr=Turkish|"
    "ts=Tsonga|tt=Tatar|tw=Twi|ty=Tahitian|ug=Uighur|uk=Ukrainian|ur=Urdu|uz=Uzbek|ve=Venda|"
    "vi=Vietnamese|vo=Volapük|wa=Walloon|wo=Wolof|xh=Xhosa|yi=Yiddish|yo=Yoruba|za=Zhuang|zh=Chinese|"
    "zu=Zulu"
)

NAMES: dict[str, str] = dict(item.split("=", 1) for item in _TABLE.split("|"))
#: The endonym file, read on first use: the language's own names of each code.
_ENDONYM_FILE = Path(__file__).parent / "data" / "language_names.txt"
#: An ISO 639-3 code (a text that `re` compiles on first use: a cold `match` does not use it).
_THREE_LETTERS = r"[a-z]{3}"
_HINT = "give an ISO 639 code such as sq, it, ar, uk or rom, or a name such as Shqip or Français"


class LanguageReading(NamedTuple):
    """How a language was read: its code, and how (None for a code as written, `synonym` for
    an English name or another code of it, `translation` for its name in a language)."""

    text: str
    code: str
    how: str | None

    @property
    def label(self) -> str:
        """'sq (Albanian)'."""
        return f"{self.code} ({language_name(self.code)})"


def language_name(code: str) -> str:
    """'it' -> 'Italian', 'rom' -> 'Romany', 'gag' -> 'Gagauz'; an unknown code is returned
    as it is."""
    if code in NAMES:
        return NAMES[code]
    if not re.fullmatch(_THREE_LETTERS, code):
        return code
    # any ISO 639-3 language, not only those the endonym file names (a Gagauz speaker's
    # helpline 'speaks gag', before the tenth caseworker pass)
    return _other_names().get(code) or _pycountry_name(code) or code


def language_label(code: str) -> str:
    """'sq (Albanian)': a code with its name, as outputs show languages."""
    name = language_name(code)
    return code if name == code else f"{code} ({name})"


#: Endonyms that the languages write in lower case (the endonym file keeps the forms people
#: type, often capitalised).
_LOWER_CASE_ENDONYMS = frozenset({"sq", "fr", "it", "es", "pt", "ro", "pl", "uk", "ru", "el"})


def language_endonym(code: str) -> str | None:
    """The language's name in itself ('sq' -> 'shqip', 'uk' -> 'українська'); None when
    svcmatch/data/language_names.txt does not name it."""
    for name, found in _endonyms_in_order():
        if found == code:
            return name.lower() if code in _LOWER_CASE_ENDONYMS else name
    return None


@functools.cache
def _endonyms_in_order() -> tuple[tuple[str, str], ...]:
    """(name, code) as the endonym file lists them: a code's first name is its endonym."""
    text = _ENDONYM_FILE.read_text(encoding="utf-8")
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, names = line.partition(":")
        found += [(name.strip(), code.strip()) for name in names.split(",") if name.strip()]
    return tuple(found)


#: Words that join two languages ('Spanish and Quechua', 'español y quechua', 'Tamil et Sinhala'),
#: left out of the fix that separates them: 'and' is the code of Ansus and 'et' of Estonian, so
#: a fix listing them read a language she does not speak (fourteenth caseworker pass).
# fmt: off
_JOINERS = frozenset({
    "and", "or", "&", "+", "y", "e", "et", "ou", "o", "u", "und", "oder", "i", "oraz", "lub",
    "и", "или", "і", "та", "або", "dhe", "ose", "و", "أو", "και", "ή", "ed",
})
# fmt: on


def _several(text: str) -> list[str]:
    """The words of `text` ('sq it', 'es/qu', 'Spanish and Quechua') that name a language each,
    joining words left out, or [] when any other word names none (or fewer than two are left)."""
    words = [w for w in text.replace("/", " ").split() if w.casefold() not in _JOINERS]
    if len(words) < 2 or _negations(fold(text)):
        # 'no English' is no two languages: told to write 'no, English', a caseworker gave
        # Norwegian and English for a woman who speaks no English (sixteenth adversarial pass)
        return []
    try:
        for word in words:
            read_language(word)
    except InputError:
        return []
    return words


def _negations(folded: str) -> list[str]:
    """The "not" words of a folded text, less those that name a language: Tagalog's 'hindi'
    ("not") is Hindi, and 'Hindi Urdu' was told it "says a language she does not speak"."""
    return [word for word in negations_in(folded) if word not in _by_name()]


@functools.lru_cache(maxsize=512)
def read_language(text: str) -> LanguageReading:
    """A language from 'it', 'IT', 'ita', 'Italian', 'Italiano', 'rom', 'Shqip' or 'Tamaziɣt';
    InputError when it names no ISO 639 language. Names are read exactly (folded for case and
    accents), never by a close spelling."""
    cleaned = " ".join(str(text).split())
    lowered = cleaned.lower()
    if lowered in NAMES:
        _refuse_a_name_of_another(text, cleaned, lowered)
        return LanguageReading(cleaned, lowered, None)
    folded = fold(cleaned)
    by_name = _by_name()
    if folded in by_name:
        return LanguageReading(cleaned, by_name[folded], "synonym")
    endonym = _endonyms().get(folded)
    if endonym is not None:
        english = fold(language_name(endonym))
        return LanguageReading(cleaned, endonym, "synonym" if english == folded else "translation")
    if re.fullmatch(_THREE_LETTERS, lowered):
        code = _three_letter(lowered)
        if code is not None:
            _refuse_a_name_of_another(text, cleaned, code)
            return LanguageReading(cleaned, code, None if code == lowered else "synonym")
    code = _by_english_name(cleaned)
    if code is None:
        named = _named_with(folded)
        hint = (
            f"ISO 639 languages of that name: {', '.join(named)}; give the code of hers" if named else _HINT
        )
        several = _several(cleaned)
        if several:  # 'sq it': two languages, not one
            hint = f"it holds {len(several)} languages: separate them with commas, {', '.join(several)}"
        if " " in folded and _negations(folded):
            hint = "it says a language she does not speak: give only those she speaks"
        raise InputError(f"language {text!r} is not an ISO 639 language", hint)
    return LanguageReading(cleaned, code, "synonym")


def _refuse_a_name_of_another(text: str, cleaned: str, code: str) -> None:
    """Refuse a text written as a name is (a capital, then small letters) that is the code of one
    language and the English name of another: 'Ga' is Irish's code and the name of Accra's
    language (gaa), 'Fur' Friulian's and Darfur's (fvr). Either may be meant, so neither is
    taken (thirteenth caseworker pass: 'Ga' was read, without a word, as Irish). A code written
    as codes are ('ga', 'GA') is the code."""
    if len(cleaned) > 3 or not (cleaned[:1].isupper() and cleaned[1:].islower()):
        return
    others = [other for other in _living_by_name().get(fold(cleaned), ()) if other != code]
    if others:
        names = " or ".join(sorted({_pycountry_name(other) or language_name(other) for other in others}))
        codes = ", ".join(f"{other} ({_pycountry_name(other) or language_name(other)})" for other in others)
        raise InputError(
            f"language {text!r} is the code of {language_name(code)} and the name of {names}",
            f"give the code of hers: {code} ({language_name(code)}) or {codes}",
        )


@functools.cache
def _living_by_name() -> dict[str, tuple[str, ...]]:
    """Folded English name -> the stored codes of the living languages of that name (pycountry's
    whole table: only a capitalised code of two or three letters needs it)."""
    import pycountry  # lazy: about 100 ms

    found: dict[str, list[str]] = {}
    for language in pycountry.languages:
        code = _stored_code(language)
        if code is not None and getattr(language, "type", "L") == "L":
            found.setdefault(fold(str(language.name)), []).append(code)
    return {name: tuple(codes) for name, codes in found.items()}


@functools.lru_cache(maxsize=256)
def languages_named(text: str) -> tuple[str, ...]:
    """'code Name' of the languages whose English name holds the text's words ('Tamang': taj
    Eastern Tamang, tdg Western Tamang, tge Eastern Gorkha Tamang), for a refusal's fix; () when
    none or too many. Cached: `validate` asks it for every record that gives the same name."""
    return tuple(_named_with(fold(" ".join(str(text).split()))))


def _plain_words(folded: str) -> list[str]:
    """Words without hyphens and glottal marks: "K'iche'" is kiche, as people type it."""
    return re.sub(r"['\u2019\u02bc\u02bb`]", "", folded).replace("-", " ").split()


def _named_with(folded: str) -> list[str]:
    """'code Name' of the living languages whose English name holds the words (accents aside):
    Tamang is Eastern Tamang (taj) or Western Tamang (tdg), Kekchi is Kekchí (kek). Only for
    the refusal: which of them a person speaks is never guessed."""
    import pycountry  # lazy: only a name that nothing here knows needs it

    words = _plain_words(folded)
    if not words or len(folded) < 3:
        return []
    found = []
    for language in pycountry.languages:
        name_words = _plain_words(fold(str(language.name)))
        if getattr(language, "type", "L") == "L" and all(word in name_words for word in words):
            found.append(f"{_stored_code(language)} {language.name}")
    return sorted(found)[:6] if len(found) <= 6 else []


def resolve_language(text: str) -> str:
    """A language as its code (see `read_language`)."""
    return read_language(text).code


def language_codes(items: tuple[str, ...]) -> tuple[str, ...]:
    """A record's languages as codes ('Shqip' -> 'sq'); an unknown one stays as written, for
    `validate` to report with its record."""
    codes: list[str] = []
    for item in items:
        try:
            code = resolve_language(item)
        except InputError:
            code = item
        if code not in codes:
            codes.append(code)
    return tuple(codes)


#: A stored language written as svcmatch writes codes (`sq`, `rom`): taken as it is at load,
#: without a look-up (a code that is no language is `validate`'s to report).
_WRITTEN_AS_A_CODE = re.compile(r"[a-z]{2,3}")


def stored_languages(items: list[Any]) -> tuple[list[Any], tuple[tuple[str, str], ...]]:
    """A directory file's languages with each language given by name read as its code
    ('Albanian' -> sq, 'Romani' -> rom, 'Shqip' -> sq), and (name, code) for each so read: a hand
    edit or another tool's file wrote names, which `match` took for unknown codes (a Romani
    speaker was told the provider 'speaks none of her languages'). A name is read exactly, as
    `read_language` reads it; a text it does not read ('Albanain') is left as it is, for
    `validate` to report: never a guess. A code written as a name that is also another language's
    name ('Ga': Irish's code, Accra's language) is left as it is too, with "" for its code: the
    record then holds Irish's code, and `validate` reports it as an error."""
    if all(type(item) is not str or _WRITTEN_AS_A_CODE.fullmatch(item) for item in items):
        return items, ()
    codes: list[Any] = []
    read: list[tuple[str, str]] = []
    for item in items:
        if type(item) is str and not _WRITTEN_AS_A_CODE.fullmatch(item):
            try:
                reading = read_language(item)
            except InputError:
                if is_language_code(item.strip().lower()):
                    read.append((" ".join(item.split()), ""))
                codes.append(item)
                continue
            if reading.how is not None:  # a name, not a code in capitals ('SQ')
                read.append((" ".join(item.split()), reading.code))
            item = reading.code
        codes.append(item)
    return codes, tuple(read)


def is_language_code(code: str) -> bool:
    """Whether a stored code is an ISO 639-1 code, or an ISO 639-3 code of a language without one."""
    if code in NAMES:
        return True
    return bool(re.fullmatch(_THREE_LETTERS, code)) and _three_letter(code) == code


@functools.cache
def _by_name() -> dict[str, str]:
    """Folded English name -> code, built on first use (a case that gives codes never needs it)."""
    return {fold(name): code for code, name in NAMES.items()}


@functools.cache
def _endonyms() -> dict[str, str]:
    """Folded endonym -> code, from svcmatch/data/language_names.txt (read on first use)."""
    found: dict[str, str] = {}
    for name, code in _endonyms_in_order():
        found.setdefault(fold(name), code)
    return found


@functools.cache
def _other_names() -> dict[str, str]:
    """English names of the codes that the endonym file adds beyond ISO 639-1 (rom, zgh, ber)."""
    codes = {code for code in _endonyms().values() if code not in NAMES}
    return {code: name for code in codes if (name := _pycountry_name(code))}


@functools.lru_cache(maxsize=256)
def _three_letter(code: str) -> str | None:
    """An ISO 639-2/639-3 code as svcmatch stores it: the two-letter code where there is one
    ('ita' -> 'it', 'alb' -> 'sq'), else the code itself ('rom'); None when unknown."""
    import pycountry  # lazy: about 100 ms; only a three-letter code that is not ISO 639-1 needs it

    found = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
    if found is None:
        family = pycountry.language_families.get(alpha_3=code)
        return code if family is not None else None
    return _stored_code(found)


def _stored_code(found: Any) -> str | None:
    """The two-letter code, else the three-letter code of a living language (people speak
    it); None for constructed, extinct, ancient and historical ones (Klingon, Gothic)."""
    alpha_2 = getattr(found, "alpha_2", None)
    if alpha_2:
        return str(alpha_2)
    return str(found.alpha_3) if getattr(found, "type", "L") == "L" else None


@functools.lru_cache(maxsize=256)
def _pycountry_name(code: str) -> str:
    import pycountry  # lazy: about 100 ms; only a code beyond ISO 639-1 (rom, zgh) needs its name

    found = pycountry.languages.get(alpha_3=code) or pycountry.language_families.get(alpha_3=code)
    return str(found.name) if found is not None else ""


def _by_english_name(text: str) -> str | None:
    import pycountry  # lazy: about 100 ms; only a name that no table here knows needs it

    try:
        found = pycountry.languages.lookup(text)
    except LookupError:
        return None
    return _stored_code(found)
