"""What finds a confidential shelter's address, town or point in a text, in any spelling.

`model.locating_parts` gives the patterns of the address, town and point as stored (found in
any case and spacing, and withheld where they stand). A person types them otherwise too:
'Orósh', 'OROSHI' (an inflected form), 'Оrosh' with a Cyrillic О, 'Or\u200bosh', 'Ｏｒｏｓｈ',
'O-r-o-s-h', 'Zzyzx 9' for 'Rruga Zzyzx 9', '41º50'', '41˚50'', '41d50m', '４１.８３４'. A `Locator` also
looks for those, in the texts' search forms (`search_forms`), and a text where only such a
spelling is found is withheld whole: its parts cannot be mapped back.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import unquote

from .characters import INVISIBLE, SELECTORS

#: Letters of other scripts that look like Latin ones, as they read in a Latin word ('Оrosh').
_LOOKALIKES = str.maketrans(
    dict(zip("авекмнорстухіјѕԁӏαβεηικνορτυχω", "abekmhopctyxijsdlabenikvoptuxw", strict=True))
)


def as_latin_lookalikes(text: str) -> str:
    """`text` with the letters of other scripts that look like Latin ones read as those
    ('Public Сlinic', a Cyrillic С, is 'Public Clinic'), and without what shows as nothing or
    only stretches a line (a joiner after an alef, a variation selector, a kashida: fifteenth
    adversarial pass): what a reader cannot tell apart."""
    return text if text.isascii() else _DROPPED.sub("", text).translate(_LOOKALIKES)


#: Cyrillic as Ukrainian is written in Latin letters (a town stored as Орош, written Orosh).
_TRANSLITERATION = str.maketrans(
    {
        **dict(zip("абвгґдезиіїйклмнопрстуфыэё", "abvhgdezyiiiklmnoprstufyee", strict=True)),
        **dict(zip("єжхцчшщюя", ("ie", "zh", "kh", "ts", "ch", "sh", "shch", "iu", "ia"), strict=True)),
        **dict.fromkeys("ьъ'’ʼ", ""),
    }
)
#: Separators other scripts write: the Arabic decimal and thousands separators, primes; and the
#: letters Dari, Persian and Urdu write for Arabic ones ('ی' for 'ي', 'ک' for 'ك'), one letter
#: as the geography folds them (geo.names): "در مزار شریف" hid Mazar-e Sharif, whose gazetteer
#: names have the Arabic letters (fifteenth adversarial pass).
_MARKS = str.maketrans(
    {"٫": ".", "٬": ",", "′": "'", "″": '"', "’": "'", "ʹ": "'", "ة": "ه", "ى": "ي", "ک": "ك", "ی": "ي"}
)
#: The Arabic kashida (tatweel): it only stretches a line, so 'تزنيـت' is تزنيت (fifteenth
#: adversarial pass: read as a letter, it hid a confidential shelter's town from the search).
KASHIDA = "\u0640"
_DROPPED = re.compile(f"[{INVISIBLE}{SELECTORS}{KASHIDA}]")


#: Letters written apart ('O-r-o-s-h', 'O r o s h'): two or more single letters or digits, each
#: after one to three separators.
_SPACED_OUT = re.compile(r"(?<![^\W_])[^\W_](?:[\W_]{1,3}[^\W_](?![^\W_]))+")
#: (A text that `re` compiles on first use, as _IDN_LABEL: a cold `match` does not use them.)
_SEPARATORS = r"[\W_]+"


#: The most levels of %-escapes a text is decoded through (a link escaped twice is decoded
#: twice); one escaped more often is taken as giving the place (`spelled_in`). Decoding one
#: level at a time until nothing changed recursed once a level: `%25` written 3,000 times was a
#: RecursionError traceback, and 50,000 levels cost quadratic time.
MOST_DECODES = 8


@functools.lru_cache(maxsize=4096)
def _decodings(text: str) -> tuple[tuple[str, ...], bool]:
    """The text and its %-decodings, one a level (at most MOST_DECODES), and whether they are
    all of them."""
    found = [text]
    for _ in range(MOST_DECODES + 1):
        if "%" not in found[-1]:
            return tuple(found), True
        decoded = unquote(found[-1].replace("+", " "))
        if decoded == found[-1]:
            return tuple(found), True
        if len(found) > MOST_DECODES:
            return tuple(found), False
        found.append(decoded)
    return tuple(found), False


@functools.lru_cache(maxsize=4096)
def search_forms(text: str) -> tuple[str, ...]:
    """The forms in which a text is searched: lower case without accents, invisible
    characters or compatibility forms (fullwidth letters, º as o), every digit as an ASCII one;
    letters of other scripts read as the Latin letters they look like, and as transliterated;
    and each with letters written apart put together ('O-r-o-s-h'); a text with %-escapes (a
    map link: `?q=41%2E83412%2C20%2E08456`) is searched decoded too, level by level."""
    texts, _ = _decodings(text)
    forms = _plain_forms(text)
    for decoded in texts[1:]:
        forms = tuple(dict.fromkeys((*forms, *_plain_forms(decoded))))
    return forms


class _PlainCharacters(dict[int, str | None]):
    """What a character of a decomposed, case-folded text is in its plain form: a combining mark
    nothing, a decimal digit of any script its ASCII digit, a separator of _MARKS its own, any
    other itself; for `str.translate`, which looks each character up in C (a loop in Python over
    a town's every other name cost about a fifth of withholding a confidential shelter's place in
    its texts). Each character is worked out once and kept, the first MOST_KEPT of them."""

    MOST_KEPT = 8192

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        plain = _MARKS.get(code) or (
            None if unicodedata.combining(ch) else str(unicodedata.decimal(ch)) if ch.isdecimal() else ch
        )
        if len(self) < self.MOST_KEPT:
            self[code] = plain
        return plain


_PLAIN = _PlainCharacters()


def _plain_forms(text: str) -> tuple[str, ...]:
    if text.isascii():
        forms: tuple[str, ...] = (text.lower(),)
    else:
        plain = unicodedata.normalize("NFKD", _DROPPED.sub("", text).casefold()).translate(_PLAIN)
        forms = tuple(dict.fromkeys((plain.translate(_LOOKALIKES), plain.translate(_TRANSLITERATION))))
    joined = tuple(_SPACED_OUT.sub(_together, form) for form in forms if _SPACED_OUT.search(form))
    return forms + joined


def words_as_written(text: str, least: int) -> list[str]:
    """The words of a text with `least` letters or more, as written, a mark, joiner, variation
    selector or kashida inside a word or after it being part of it, as the search forms read
    them: 'بِتِزْنِيتْ' (Arabic with its vowel marks), 'Rrëshen' decomposed (an 'e' and a mark,
    as a Mac copies it), 'بتز\u200dنيت'. Cut at each of them, such a word's parts were each too
    short to be looked at (fifteenth adversarial pass)."""
    if text.isascii():
        return re.findall(rf"[^\W_]{{{least},}}", text)
    words: list[str] = []
    start, end, letters = -1, 0, 0
    for index, ch in enumerate(text):
        if ch.isalnum() and ch != KASHIDA:
            if start < 0:
                start, letters = index, 0
            letters, end = letters + 1, index + 1
        elif start >= 0 and (unicodedata.category(ch)[0] == "M" or _DROPPED.match(ch)):
            end = index + 1
        else:
            if start >= 0 and letters >= least:
                words.append(text[start:end])
            start = -1
    if start >= 0 and letters >= least:
        words.append(text[start:end])
    return words


def _together(found: re.Match[str]) -> str:
    return re.sub(_SEPARATORS, "", found.group())


#: Words of an address (of five letters or more) that name a kind of street or building, not
#: the place: the rest ('Zzyzx' of 'Rruga Zzyzx 9') locates it alone.
STREET_WORDS = frozenset(
    (
        "rruga",
        "rrugica",
        "bulevardi",
        "bulevard",
        "sheshi",
        "lagjja",
        "lagja",
        "lagje",
        "lagjia",
        "fshati",
        "pallati",
        "pallat",
        "hyrja",
        "apartamenti",
        "shtepia",
        "street",
        "avenue",
        "square",
        "place",
        "building",
        "block",
        "floor",
        "house",
        "number",
        "district",
        "village",
        "boulevard",
        "route",
        "impasse",
        "chemin",
        "allee",
        "immeuble",
        "appartement",
        "etage",
        "residence",
        "quartier",
        "douar",
        "zanqa",
        "zenqa",
        "lotissement",
        "viale",
        "piazza",
        "corso",
        "strasse",
        "platz",
        "ulica",
        "vulytsia",
        "prospekt",
        "prosp",
        "provulok",
        "ploshcha",
        "shose",
        "budynok",
        "kvartyra",
        "pidizd",
        "poverkh",
        "mikroraion",
    )
)


def address_words(address: str) -> tuple[str, ...]:
    """The words of an address that locate it without the rest: letters, five or more of
    them, not a kind of street (STREET_WORDS), in each search form."""
    words: dict[str, None] = {}
    for form in search_forms(address):
        for word in re.findall(r"[^\W\d_]+", form):
            if len(word) >= 5 and word not in STREET_WORDS:
                words[word] = None
    return tuple(words)


#: A word of a search form: letters and digits between separators.
_WORDS = re.compile(r"[^\W_]+")
#: A name to look for: its words but the last, the last (a town's: its stem), and how many
#: letters may follow the last (a town's inflected endings: Orosh, Oroshi; Lezhë, Lezha).
Name = tuple[tuple[str, ...], str, int]


def _name(form: str, least: int) -> Name | None:
    """A name (town, address) in a search form, or None when it is shorter than `least`."""
    words = _WORDS.findall(form)
    if len("".join(words)) < least:
        return None
    last, ending = words[-1], 0
    if len(last) >= 4 and not last.isdigit():
        if len(last) >= 5 and last[-1] in "aeiouy":
            last, ending = last[:-1], 4  # the stem: an inflection changes the last vowel
        else:
            ending = 3
    return tuple(words[:-1]), last, ending


@functools.lru_cache(maxsize=8192)
def _place(
    address: str, city: str, country: str = ""
) -> tuple[frozenset[str], tuple[Name, ...], tuple[str, ...]]:
    """What to look for of an address and a town of `country` ("" when it is not known) (a
    pair repeats over an import's rows and the outputs: worked out once): the address's own
    words, the names (the whole address, the town) in each search form, and a part of each
    that a text holding it holds."""
    # as long as the stored one is (model._locating_part): what is found so is found as written too
    address = address if len("".join(address.split())) >= 4 else ""
    city = city if len("".join(city.split())) >= 3 else ""
    own = frozenset(address_words(address))
    names = tuple(name for name in dict.fromkeys(_name(form, 4) for form in search_forms(address)) if name)
    town_names, town_keys = _city_names(city, country)
    found = (*names, *(name for name in town_names if name not in names))
    keys = (*own, *(first[0] if first else last for first, last, _ in names), *town_keys)
    return own, found, tuple(dict.fromkeys(keys))


@functools.lru_cache(maxsize=4096)
def _city_names(city: str, country: str = "") -> tuple[tuple[Name, ...], tuple[str, ...]]:
    """The names to look for of a town of `country`: as stored and every other name the
    gazetteers give it (exonyms, other languages and scripts, old names:
    `cell_place.other_town_names`), each in its search forms; worked out once a town (an
    import asks for the same towns row after row)."""
    if not city:
        return (), ()
    from .cell_place import other_town_names  # lazy: it reads geo, which imports model, which imports us

    towns = (city, *other_town_names(city, country))
    names = tuple(
        dict.fromkeys(name for town in towns for form in search_forms(town) if (name := _name(form, 3)))
    )
    return names, tuple(dict.fromkeys(first[0] if first else last for first, last, _ in names))


def _holds(words: list[str], name: Name) -> bool:
    """Whether the words of a text hold the name: its first words in a row, then a word that
    starts with its last and goes on by at most its ending's letters."""
    first, last, ending = name
    count = len(first)
    for index in range(count, len(words)):
        word = words[index]
        if (
            word.startswith(last)
            and len(word) - len(last) <= ending
            and words[index - count : index] == list(first)
        ):
            return word == last or word[len(last) :].isalpha()
    return False


#: In a search form, every decimal number as (whole part, first two decimals), and every degrees
#: with minutes as (degrees, minutes): marked (°, º read as o, d, deg, a colon), or apart with a
#: minute mark, seconds or a hemisphere after them. Each decimal takes only its first digits, so
#: that the next may start at its decimals ('1,41,83').
_DIGIT = re.compile(r"\d")
#: (The three below are texts that `re` compiles on first use: a cold `match` reads no point.)
_DECIMALS = r"(?<![\d.])(\d+)(?=[.,·](\d\d))"
_MARKED = r"(?<![\d.])(\d+)\s*(?:°|o|deg|d|:)\s*(\d+)(?!\d)"
_APART = r"(?<![\d.])(\d+)\s+(\d+)(?=(?:[.,]\d+)?(?:\s*['\"]|\s+\d|\s*[nsew](?![a-z])))"


@functools.lru_cache(maxsize=1024)  # a record's texts ask for its point in turn
def point_numbers(latitude: float, longitude: float) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """A point's numbers as a text gives them to about 1 km: (whole, two decimals), cut or
    rounded, and (degrees, minutes), with the minutes written with and without a leading 0."""
    decimals: set[tuple[str, str]] = set()
    minutes: set[tuple[str, str]] = set()
    for value in (latitude, longitude):
        size = abs(value)
        for number in {math.floor(size * 100), round(size * 100)}:
            whole, hundredths = divmod(number, 100)
            decimals.add((str(whole), f"{hundredths:02d}"))
        for number in {math.floor(size * 60), round(size * 60)}:
            degrees, minute = divmod(number, 60)
            minutes.update(((str(degrees), str(minute)), (str(degrees), f"0{minute}")))
    return decimals, minutes


#: An IDN label as a link writes it (`xn--orsh-rqa` for orósh).
_IDN_LABEL = r"(?i)xn--[a-z0-9-]+"


def _idn_read(found: re.Match[str]) -> str:
    try:
        return found.group().encode("ascii").decode("idna")
    except (UnicodeError, ValueError):  # no IDN label after all: kept as written
        return found.group()


def town_glued_in(link: str, city: str, country: str = "") -> bool:
    """Whether a confidential shelter's e-mail, website or name gives its town where the word
    search (`spelled_in`) does not: glued to another word at a word's start or end, as mailbox
    and host names write words and names do in CamelCase (`oroshsafehouse@`, `shelterorosh.org`,
    "OroshHouse": a town of five letters or more, as stored or stemmed, in any spelling and
    other name), or in an IDN host (`xn--orsh-rqa`, orósh), read first. A town's letters inside
    a word ('hyBERATech') are not looked for. Thirteenth adversarial pass: those were taken and
    shown."""
    if not link or len("".join(city.split())) < 3:
        return False
    decoded = re.sub(_IDN_LABEL, _idn_read, link) if "xn--" in link.lower() else link
    if decoded != link and spelled_in(decoded, "", city, None, country):
        return True
    glued = _glued_towns(city, country)
    return bool(glued) and any(
        word.startswith(glued) or word.endswith(glued)
        for form in search_forms(decoded)
        for word in _WORDS.findall(form)
    )


def words_with_town_glued(text: str, city: str, country: str = "") -> list[str]:
    """The words of a text (`words_as_written`, five letters or more) in which `town_glued_in`
    finds the town. A word of an ASCII text (letters and digits only) is its own one search
    form, lower-cased, and its one word there, without an IDN label, %-escape or letters
    written apart: `town_glued_in` comes to a startswith and an endswith on it, asked here
    without its look-ups (a confidential shelter's every text is searched so for each matcher
    built: a tenth of withholding its place; a property test holds the two to each other)."""
    if not text.isascii():
        return [word for word in words_as_written(text, 5) if town_glued_in(word, city, country)]
    glued = _glued_towns(city, country) if len("".join(city.split())) >= 3 else ()
    if not glued:
        return []
    return [
        word
        for word in words_as_written(text, 5)
        if (lowered := word.lower()).startswith(glued) or lowered.endswith(glued)
    ]


@functools.lru_cache(maxsize=4096)
def _glued_towns(city: str, country: str) -> tuple[str, ...]:
    """A town's names as `town_glued_in` looks for them glued to a word: each name and search
    form with its words run together, five letters or more. Worked out once a town (a cold
    `match` asked it again for each of a confidential shelter's texts: about 2 ms), and a tuple,
    which str.startswith tries in one call."""
    names, _ = _city_names(city, country)
    glued = {"".join((*first, last)) for first, last, _ in names}
    glued |= {"".join(_WORDS.findall(form)) for form in search_forms(city)}
    return tuple(sorted(word for word in glued if len(word) >= 5))


def spelled_in(
    text: str, address: str, city: str, point: tuple[float, float] | None, country: str = ""
) -> bool:
    """Whether a text gives the address, town (of `country`, "" when it is not known) or point
    in any spelling: searched in its search forms, word by word, and the point by its numbers
    (nothing is compiled per record: an import asks this of every confidential row, and each
    has an address and a point of its own)."""
    if not text:
        return False
    if "%" in text and not _decodings(text)[1]:
        return True  # escaped more often than any link is: what it hides is not read, so withheld
    forms = search_forms(text)
    own, names, keys = _place(address, city, country)
    for form in forms:
        if not any(map(form.__contains__, keys)):
            continue  # most texts: no word of the place at all, found by C's substring search
        words = _WORDS.findall(form)
        if not own.isdisjoint(words) or any(_holds(words, name) for name in names):
            return True
    if point is None or not all(map(math.isfinite, point)):
        return False
    if plus_code_in(text, _around(point, _PLUS_MARGIN_DEG)):
        return True
    if not _DIGIT.search(text):
        return False
    whole = [str(int(abs(value)) + step) for value in point for step in (0, 1)]  # (rounded up: + 1)
    forms = tuple(form for form in forms if any(degrees in form for degrees in whole))
    if not forms:
        return False  # most texts: not the point's degrees at all (C's substring search)
    decimals, minutes = point_numbers(*point)
    for form in forms:
        if any(found in decimals for found in re.findall(_DECIMALS, form)):
            return True
        if any(found in minutes for found in (*re.findall(_MARKED, form), *re.findall(_APART, form))):
            return True
    return False


class Locator:
    """Finds a confidential shelter's address, town or point in a text: `exact` as stored (any
    case and spacing), replaced where it stands, and in any other spelling (`spelled_in`), which
    withholds the whole text (its parts cannot be mapped back). A text where neither is found
    is left as it is."""

    __slots__ = ("address", "city", "country", "exact", "point")

    def __init__(
        self,
        exact: re.Pattern[str] | None,
        address: str,
        city: str,
        point: tuple[float, float] | None,
        country: str = "",
    ) -> None:
        self.exact = exact
        self.address, self.city, self.point, self.country = address, city, point, country

    def search(self, text: str) -> bool:
        """Whether the text gives the address, town or point in any spelling."""
        return bool(self.exact and self.exact.search(text)) or self._spelled(text)

    def sub(self, replacement: str, text: str) -> str:
        """The text with what it gives withheld (as `re.Pattern.sub`)."""
        if self.exact is not None:
            text = self.exact.sub(replacement, text)
        return replacement if self._spelled(text) else text

    def _spelled(self, text: str) -> bool:
        return spelled_in(text, self.address, self.city, self.point, self.country)


# --- what a text gives of a place judged from its public cell only ---------------------------------
#
# A text that someone who may not know a confidential shelter's place writes about it (a
# package's note for the shelter, a referral's note) is refused when it gives a place, but a
# refusal that depends on the place itself answers guesses: one package a village (or one batch
# case a village, or one a hundredth of a degree) found the shelter's town and its point to
# about 1 km. These judge a text from what any output already tells, the ~11 km cell.


def street_address_in(text: str) -> bool:
    """Whether a text holds a street address, whichever street it is: a kind of street
    (`_STREETS`) and a number within the next four words ('Rruga Zzyzx 77', 'вул. Лесі
    Українки 12'), or within the three words before it, as French, English and Arabic
    write an address ('22 rue de l'Exemple', '86 Example Road', '12 شارع محمد الخامس': the
    sample addresses of MA and NG were no address until the twenty-first adversarial pass)."""
    if not text or not _DIGIT.search(text):
        return False
    for form in search_forms(text):
        words = _WORDS.findall(form)
        for index, word in enumerate(words):
            if word not in _STREETS:
                continue
            if any(w.isdigit() for w in words[index + 1 : index + 5]) or _number_before(words[:index]):
                return True
    return False


def _number_before(words: Sequence[str]) -> bool:
    """Whether a house number ends `words`, or stands before their last two name words ('86
    Example Road', '14 Adeola Odeku Street'), with no small word between ('on 2026-12-07 by
    road', '2 on the street' are no address)."""
    for back in range(1, min(3, len(words)) + 1):
        if _HOUSE_NUMBER.fullmatch(words[-back]):
            return True
        if words[-back] in _BETWEEN or words[-back].isdigit():
            return False
    return False


#: A house number before its street: '22', '12bis', '4a'.
_HOUSE_NUMBER = re.compile(r"\d{1,5}[^\W\d_]{0,3}")
#: Small words that join a number to a street in a sentence, never in an address's name.
_BETWEEN = frozenset(
    (
        *("a", "an", "the", "on", "by", "to", "in", "at", "of", "from", "for", "and", "or", "via", "near"),
        *("per", "le", "la", "les", "de", "du", "des", "en", "par", "sur", "dans", "et", "ou", "vers", "au"),
        "aux",
    )
)


#: Kinds of street that STREET_WORDS lacks, as English, French and Arabic addresses write
#: them ('Road', 'St', 'Bd'; شارع street, زنقة lane, نهج, طريق road, درب alley; a search form
#: writes ة as ه). Not 'close', 'drive' or 'way': words of a note ('2 close friends').
_MORE_STREETS = (
    *("road", "rd", "st", "ave", "av", "blvd", "bd", "lane", "ln", "crescent", "highway", "ruelle"),
    *("derb", "شارع", "زنقه", "نهج", "طريق", "درب"),
)
#: The kinds of street of STREET_WORDS (not a house, floor or number: 'call the number 069...'
#: is no address), and as people write them short (a search form has no full stop).
_STREETS = frozenset(STREET_WORDS) - {
    "pallati",
    "pallat",
    "hyrja",
    "apartamenti",
    "shtepia",
    "place",
    "building",
    "block",
    "floor",
    "house",
    "number",
    "district",
    "village",
    "immeuble",
    "appartement",
    "etage",
    "residence",
    "budynok",
    "kvartyra",
    "pidizd",
    "poverkh",
    "fshati",
} | {"rr", "str", "ul", "vul", "rue", *_MORE_STREETS}


@functools.lru_cache(maxsize=256)
def _band_numbers(
    bounds: tuple[float, float, float, float],
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]], tuple[str, ...]]:
    """Every number that gives a point of a box (south, north, west, east) to about 1 km, as
    `point_numbers` gives one point's, with a hundredth or a minute around it, and the degrees
    they begin with."""
    decimals: set[tuple[str, str]] = set()
    minutes: set[tuple[str, str]] = set()
    degrees: set[str] = set()
    south, north, west, east = bounds
    for low, high in ((south, north), (west, east)):
        ends = sorted((abs(low), abs(high)))
        least = 0.0 if low < 0 < high else ends[0]
        for number in range(max(0, math.floor(least * 100) - 1), math.ceil(ends[1] * 100) + 2):
            whole, hundredths = divmod(number, 100)
            decimals.add((str(whole), f"{hundredths:02d}"))
            degrees.add(str(whole))
        for number in range(max(0, math.floor(least * 60) - 1), math.ceil(ends[1] * 60) + 2):
            whole, minute = divmod(number, 60)
            minutes.update(((str(whole), str(minute)), (str(whole), f"0{minute}")))
            degrees.add(str(whole))
    return frozenset(decimals), frozenset(minutes), tuple(sorted(degrees))


def point_in_box(text: str, bounds: tuple[float, float, float, float]) -> bool:
    """Whether a text gives a coordinate of any point of the box (south, north, west, east) to
    about 1 km, in any way `spelled_in` finds a point's: one answer for every point inside."""
    if not text:
        return False
    if plus_code_in(text, bounds):
        return True
    if not _DIGIT.search(text):
        return False
    decimals, minutes, degrees = _band_numbers(bounds)
    for form in search_forms(text):
        if not any(whole in form for whole in degrees):
            continue
        if any(found in decimals for found in re.findall(_DECIMALS, form)):
            return True
        if any(found in minutes for found in (*re.findall(_MARKED, form), *re.findall(_APART, form))):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _town_names(towns: tuple[str, ...]) -> tuple[tuple[Name, ...], tuple[str, ...], tuple[str, ...]]:
    """The names to look for of several towns (as `_place` has a town's), a key of each, and
    each name of five letters or more written as one word (as `town_glued_in` looks for it)."""
    names = tuple(
        dict.fromkeys(name for town in towns for form in search_forms(town) if (name := _name(form, 3)))
    )
    keys = tuple(dict.fromkeys(first[0] if first else last for first, last, _ in names))
    glued = tuple(word for first, last, _ in names if len(word := "".join((*first, last))) >= 5)
    return names, keys, glued


def names_a_town(text: str, towns: tuple[str, ...]) -> bool:
    """Whether a text names one of the towns, in any spelling and inflection `spelled_in`
    finds a town's, or glued to another word ('placed at OroshHouse': fourteenth adversarial
    pass), as `town_glued_in` finds a shelter's own town in its name."""
    if not text or not towns:
        return False
    names, keys, glued = _town_names(towns)
    for form in search_forms(text):
        if not any(key in form for key in keys):
            continue
        words = _WORDS.findall(form)
        if any(_holds(words, name) for name in names):
            return True
        if any(word.startswith(town) or word.endswith(town) for word in words for town in glued):
            return True
    return False


# --- plus codes --------------------------------------------------------------------------------------
#
# An Open Location Code ('plus code') gives a point to a few metres: Google Maps shows one for
# every place, and people share one where a street has no name or number. A full code is eight
# characters, '+' and two or three ('8FWRRX9P+2F'); a short one drops the first four and is read
# near a town ('RX9P+2F Orosh', or near wherever the reader is). A shelter's code in a note or
# its own texts gave its point where every other way of writing a point was found (twenty-first
# adversarial pass).

#: The plus codes' digits, each worth its place in base 20.
_PLUS_DIGITS = "23456789CFGHJMPQRVWX"
#: Degrees of each pair of a code's digits (latitude, longitude), the first pair first.
_PLUS_PAIRS = (20.0, 1.0, 0.05, 0.0025, 0.000125)
#: A full code (eight digits before '+') or a short one (four or six), with two or three after.
_PLUS_CODE = re.compile(
    r"(?<![0-9A-Za-z+])([2-9CFGHJMPQRVWX]{4}(?:[2-9CFGHJMPQRVWX]{2}){0,2})\+([2-9CFGHJMPQRVWX]{2,3})(?![0-9A-Za-z])",
    re.IGNORECASE,
)
#: How far around a point a code's square may lie and still give it (about 1 km, as numbers).
_PLUS_MARGIN_DEG = 0.01


def _around(point: tuple[float, float], margin: float) -> tuple[float, float, float, float]:
    """The box (south, north, west, east) of `margin` degrees around a point."""
    return point[0] - margin, point[0] + margin, point[1] - margin, point[1] + margin


def plus_code(latitude: float, longitude: float) -> str:
    """The ten digits of the full plus code of a point (before and after its '+')."""
    latitude = min(max(latitude, -90.0), 90.0 - 1e-9) + 90.0
    longitude = (longitude + 180.0) % 360.0
    digits = []
    for size in _PLUS_PAIRS:
        row, column = min(int(latitude // size), 19), min(int(longitude // size), 19)
        digits += [_PLUS_DIGITS[row], _PLUS_DIGITS[column]]
        latitude, longitude = latitude - row * size, longitude - column * size
    return "".join(digits)


def _plus_point(digits: str) -> tuple[float, float]:
    """The centre of the square a full code's digits (without '+', pairs only) give."""
    latitude, longitude = -90.0, -180.0
    for index, size in enumerate(_PLUS_PAIRS[: len(digits) // 2]):
        latitude += _PLUS_DIGITS.index(digits[2 * index]) * size
        longitude += _PLUS_DIGITS.index(digits[2 * index + 1]) * size
    half = _PLUS_PAIRS[len(digits) // 2 - 1] / 2
    return latitude + half, longitude + half


def plus_code_in(text: str, bounds: tuple[float, float, float, float]) -> bool:
    """Whether a text holds a plus code of a point in the box (south, north, west, east): a full
    code, or a short one read near the box's centre (as a reader there would read it, so that the
    answer is the same for every point of the box)."""
    if "+" not in text and "%2" not in text:
        return False  # most texts (a code's '+' in a link is %2B)
    south, north, west, east = bounds
    centre = ((south + north) / 2, (west + east) / 2)
    codes = _PLUS_CODE.findall(text) + (_PLUS_CODE.findall(unquote(text)) if "%" in text else [])
    for before, after in codes:
        digits = (before + after[:2]).upper()
        if len(before) < 8:  # a short code: the digits it drops are those of the nearest such code
            dropped = 8 - len(before)
            digits = plus_code(*centre)[:dropped] + digits
            latitude, longitude = _plus_point(digits)
            size = _PLUS_PAIRS[dropped // 2 - 1]
            latitude += size * round((centre[0] - latitude) / size)
            longitude += size * round((centre[1] - longitude) / size)
        else:
            latitude, longitude = _plus_point(digits)
        if south <= latitude <= north and west <= longitude <= east:
            return True
    return False
