"""The need codes of DOMAIN.md, the words people write for them in the languages of
svcmatch/data/needs/, and turning those words into codes, saying how each was read."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .negation import NEGATIONS, WRITTEN, glued_negations, negations_in


class Need(NamedTuple):
    """One need category: its code, its English label and what it covers."""

    code: str
    label: str
    description: str

    @property
    def synonyms(self) -> tuple[str, ...]:
        """The English words for it (svcmatch/data/needs/en.txt)."""
        return tuple(need_words("en").get(self.code, ()))


NEEDS: tuple[Need, ...] = (
    Need("reception", "Reception", "meeting the person at the airport or border, escort, onward travel"),
    Need("shelter", "Shelter", "emergency or short-term safe accommodation, incl. VoT shelters"),
    Need("housing", "Housing", "longer-term housing, rent support"),
    Need("basic_needs", "Basic needs", "food, clothing, hygiene items, small cash grants"),
    Need("medical", "Medical care", "health screening and treatment, sexual and reproductive health"),
    Need("psychosocial", "Psychosocial support", "counselling, psychiatric care, support groups"),
    Need("legal", "Legal aid", "legal aid and representation, criminal proceedings, compensation"),
    Need("documentation", "Documentation", "identity and civil documents, recognition of diplomas"),
    Need("family", "Family support", "family assessment, tracing, mediation, reunification"),
    Need("education", "Education", "return to school, literacy, scholarships"),
    Need("vocational_training", "Vocational training", "job-skills training, apprenticeships"),
    Need("employment", "Employment", "job placement, job search support"),
    Need(
        "income_generation",
        "Income generation",
        "business start-up grants, coaching, microcredit, financial literacy",
    ),
    Need("social_protection", "Social protection", "access to state benefits and social services"),
    Need("childcare", "Childcare", "care for children who return with the person"),
    Need("security", "Security", "safety planning, protection measures"),
    Need("case_management", "Case management", "coordination and follow-up of the reintegration plan"),
)

NEED_CODES: tuple[str, ...] = tuple(n.code for n in NEEDS)
NEEDS_BY_CODE: dict[str, Need] = {n.code: n for n in NEEDS}
#: Accommodation: where the person will stay (a match's plan measures her services from it).
#: Every other need is a service she goes to.
ACCOMMODATION_NEEDS: frozenset[str] = frozenset({"shelter", "housing"})
#: Services of the place of return, ranked and planned from there, not from where the plan houses
#: her: family support is for her family where it lives (tracing, assessment, mediation,
#: reunification); identity and civil documents are issued where she is registered, and state
#: benefits and social services paid and given there (eighteenth caseworker pass: housed ~370 km
#: away, her documents were planned beside the shelter, her benefits "369 km from the accommodation").
AT_HOME_NEEDS: frozenset[str] = frozenset({"family", "documentation", "social_protection"})
#: Livelihood of where she will live: a job and a business are for the place she settles, not for a
#: shelter's short stay (a shelter is emergency or short-term accommodation, DOMAIN.md). Housed at a
#: shelter far from the place of return, they are ranked and planned from the place of return
#: (nineteenth caseworker pass: a man returning to Vlorë, housed ~100 km away in Tirana, had his job
#: placement and business grant planned in Tirana, the Vlorë jobs and business desk "about 102 km
#: from the accommodation"). A course can be taken during the stay: training stays near the shelter.
SETTLED_NEEDS: frozenset[str] = frozenset({"employment", "income_generation"})
#: Courses: taken during the stay where one is near the shelter, else where she settles after it.
#: Housed at a shelter far from the place of return, a course with no option within FAR_KM of the
#: shelter is ranked and planned from the place of return (twenty-second caseworker pass: a
#: fisherman returning to Mombasa, housed 441 km away in Nairobi, had his vocational training
#: planned at the Kilifi project "426 km from the accommodation", 52 km from Mombasa, because it
#: was 15 km nearer Nairobi than the Mombasa desk where he will live).
COURSE_NEEDS: frozenset[str] = frozenset({"vocational_training", "education"})
#: Where the plan houses her when it meets both: at its shelter, else at its housing.
STAY_ORDER: tuple[str, ...] = ("shelter", "housing")


def stay_need(needs: Iterable[str]) -> str | None:
    """The need whose provider the plan houses her at, of the needs it meets (`needs`, in any
    order): shelter, else housing, else None. The plan's services are measured from there."""
    met = set(needs)
    return next((need for need in STAY_ORDER if need in met), None)


#: The languages with a need-word file (svcmatch/data/needs/<code>.txt): the countries of
#: return's, then the sending countries', then Indonesian (twenty-first caseworker pass), then
#: the languages of South and South-East Asia's and Afghanistan's returns, whose gazetteers the
#: tool ships (twenty-third caseworker pass: 'nhà tạm lánh', 'डाक्टर', 'وکیل' were unknown).
#: Each with the name the README and `svcmatch needs --help` give it: this is the one list of them
#: (session twenty-eight's newcomer: the README named twelve, the help said thirteen).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "fr": "French", "sq": "Albanian", "uk": "Ukrainian", "ru": "Russian",
    "ar": "Arabic", "it": "Italian", "es": "Spanish", "el": "Greek", "pt": "Portuguese",
    "de": "German", "pl": "Polish", "id": "Indonesian",
    "vi": "Vietnamese", "tl": "Tagalog", "ne": "Nepali", "fa": "Persian and Dari", "bn": "Bengali",
    "th": "Thai", "lo": "Lao", "my": "Burmese", "ro": "Romanian",
}  # fmt: skip
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)

_DATA = Path(__file__).parent / "data" / "needs"

#: Groups: one word that stands for several codes.
GROUPS: dict[str, tuple[str, ...]] = {
    "livelihood": ("vocational_training", "employment", "income_generation"),
}
#: The words for a group are in the word files, on a line of its own ('livelihood: kabuhayan').
#: Phrases that stand for several codes, each read as all of them and said as a reading (no code
#: or group of their own: `svcmatch needs` lists those). A home for a mother returning with her
#: baby is a place to stay that takes the child, and care for the child (nineteenth caseworker
#: pass: 'mother and baby home' was "unknown", closest medical, shelter, employment); childcare
#: asked without --children makes the plan house her only where children are taken, which the
#: warnings say.
PHRASES: dict[str, tuple[str, ...]] = dict.fromkeys(
    ("mother and baby home", "mother and baby unit", "mother and child home", "mother and baby shelter",
     "mother and child shelter", "accommodation for mother and child", "shelter for mother and child",
     "shelter for mothers with children", "mother and child accommodation"),
    ("shelter", "childcare"),
)  # fmt: skip
#: The codes a group or a phrase stands for.
_SEVERAL: dict[str, tuple[str, ...]] = {**GROUPS, **PHRASES}

#: Words that mean two codes equally: resolving one is an error that names both.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "grant": ("basic_needs", "income_generation"),
    "reintegration grant": ("basic_needs", "income_generation"),  # was read as 'reintegration plan'
    "money": ("basic_needs", "income_generation"),
    # French, Darija, Romanian, Ukrainian and Russian for money (twenty-ninth words pass: 'argent'
    # was read as a close spelling of 'rent', Romanian 'bani' of Albanian 'banim', both housing)
    **dict.fromkeys(
        ("argent", "flous", "lflous", "bani", "гроші", "деньги"), ("basic_needs", "income_generation")
    ),
    "care": ("childcare", "medical"),
    "children": ("childcare", "education"),
    "legal documents": ("documentation", "legal"),
    "allowance": ("basic_needs", "social_protection"),
    "accoglienza": (
        "reception",
        "shelter",
    ),  # Italian: reception at arrival, and the reception system's housing
    "soins": ("childcare", "medical"),
    # an unaccompanied minor's guardian is appointed by a court or the child protection service;
    # 'guardian' was read as Spanish 'guarderia' (daycare), childcare
    "guardian": ("legal", "social_protection"),
    "guardianship": ("legal", "social_protection"),
    "legal guardian": ("legal", "social_protection"),
    # Spanish and Italian for guardianship, and a minor's child protection (its social services,
    # or protection measures): eleventh caseworker pass, both were "unknown"
    "tutela": ("legal", "social_protection"),
    "child protection": ("security", "social_protection"),
    # a victim's identification (status) or her identity papers; was read as 'reunification'
    "identification": ("documentation", "legal"),
    # the state's health insurance is a benefit to enrol in, or the care it pays for (nineteenth
    # caseworker pass: it was "unknown")
    "health insurance": ("medical", "social_protection"),
    # a child's language classes to go back to school, or an adult's for a job (sixteenth
    # caseworker pass: 'Sprachkurs' was "unknown", closest vocational_training, employment, shelter)
    **dict.fromkeys(
        ("language course", "language courses", "language classes", "language lessons", "sprachkurs",
         "cours de langue", "corso di lingua", "curso de idiomas", "kurs językowy"),
        ("education", "vocational_training"),
    ),
}  # fmt: skip

#: Which code of an ambiguous word to name, where that depends on the country (twenty-first
#: caseworker pass: 'guardianship' said only "name the code you mean", and a caseworker could not
#: tell which office appoints an unaccompanied child's guardian in the country of return).
_WHICH_CODE: dict[str, str] = dict.fromkeys(
    ("guardian", "guardianship", "legal guardian", "tutela"),
    "name the code you mean: social_protection where the child protection service appoints the guardian, "
    "legal where a court does; both, comma separated, where both take part",
)

#: Words for what is no need of the directory, each with why and what to give instead (sixteenth
#: caseworker pass: 'interpreter' was "unknown need" with the closest codes reception, childcare,
#: shelter, and 'hotline' with education, shelter, security). Interpreting comes with the services
#: that happen in a language; a hotline is a way to reach a service, not a need.
_IN_HER_LANGUAGE = (
    "interpreting is no need in the directory: it comes with the services that happen in a language",
    "in a case, give her languages with --language (services that speak one rank first, and the warnings "
    "say where to arrange an interpreter); closest codes: psychosocial, legal, medical, case_management",
)
_A_LINE = (
    "a hotline is a way to reach a service, not a need",
    "name what she needs from it; closest codes: psychosocial, security, legal, case_management",
)
_INTERPRETING = (
    "interpreter interpreters interpreting interpretation translator dolmetscher dolmetschen interprete"
)
_INTERPRETING_ELSEWHERE = (
    "interprète intérprete traductor tłumacz perkthyes перекладач переводчик مترجم διερμηνέας"
)
_LINES = ("hotline", "helpline", "help line", "hot line", "crisis line", "phone line")
#: Nineteenth caseworker pass: 'wheelchair' was "unknown" (closest medical, social_protection,
#: childcare) and 'baby' (basic_needs, childcare, shelter): each says a fact of the person that
#: the case has its own option for, and reading either as a need would plan the wrong thing.
_ACCESS = (
    "disability access is no need: it is a fact of the person (a provider's, disability_access)",
    "in a case, set --disability and give the needs she has (a shelter or housing must then record access; "
    "other services without it are warned of); a wheelchair itself: medical; disability benefits: "
    "social_protection",
)
_ACCESS_WORDS = (
    "wheelchair", "wheelchair user", "wheelchair access", "disability", "disabled", "disability access",
    "accessible", "accessibility", "step free", "step-free access",
)  # fmt: skip
_A_CHILD = (
    "a baby is an accompanying child, not a need (a provider's, accompanying_children)",
    "in a case, set --children to the number of children and give the needs she has (shelter and housing "
    "must then take them); care for the child: childcare; formula, nappies: basic_needs; a paediatrician: "
    "medical; a home for both: 'mother and baby home'",
)
_A_SUBSTANCE = (
    "a substance is no need: name the help she needs with it",
    "'addiction treatment' (medical) or 'addiction counselling' (psychosocial)",
)
#: Twenty-ninth words pass: 'urgent' was read as a close spelling of 'rent' (housing), then of
#: French 'argent' (money): how soon is the package's priority, not a need.
_A_PRIORITY = (
    "how soon is no need: it is the referral's priority",
    "give the needs she has, and the priority with `svcmatch package --priority urgent` (or emergency)",
)
#: Twenty-ninth words pass: 'nothing' was read as a close spelling of 'clothing', basic needs.
_NO_NEED = ("it names no need", "give only the needs she has (a case names one at least); leave the rest out")
_NONE_WORDS = (
    "none", "nothing", "nil", "n/a", "no needs", "nothing needed", "aucun", "aucune", "rien", "asgjë",
    "asnjë", "нічого", "ничего", "nada", "niente", "nessuno", "nichts", "nic", "brak", "لا شيء",
)  # fmt: skip
NOT_NEEDS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(_NONE_WORDS, _NO_NEED),
    **dict.fromkeys(("urgent", "urgently", "asap", "urgence", "urgente", "urgenza", "dringend"), _A_PRIORITY),
    **dict.fromkeys((_INTERPRETING + " " + _INTERPRETING_ELSEWHERE).split(), _IN_HER_LANGUAGE),
    **dict.fromkeys(("interpreter services", "cultural mediator"), _IN_HER_LANGUAGE),
    **dict.fromkeys(_LINES, _A_LINE),
    **dict.fromkeys(_ACCESS_WORDS, _ACCESS),
    **dict.fromkeys(("baby", "babies", "infant", "newborn", "new born"), _A_CHILD),
    **dict.fromkeys(("alcohol", "drug", "drugs", "substance", "substances"), _A_SUBSTANCE),
}

#: How a word was read: `synonym` (an English word for the code), `translation` (a word of
#: another language), `spelling` (close to a known word, as a typo).
HOW_SYNONYM = "synonym"
HOW_TRANSLATION = "translation"
HOW_SPELLING = "spelling"

#: Below this rapidfuzz score (0-100) a word is not taken as a typo of any known word; words
#: shorter than _TYPO_MIN_LENGTH letters are never read as typos ('foo' is not 'food').
_TYPO_CUTOFF = 80.0
_TYPO_MIN_LENGTH = 4
#: A word that is a known word with this many letters or more in front is a compound, never a
#: typo of it ('соцзащита' is not 'защита').
_PREFIX_MIN_LENGTH = 3
#: A known word of this many letters or fewer takes a typo of one letter more or less only.
_SHORT_WORD = 4


class NeedReading(NamedTuple):
    """How one word was read: the codes, how (None when it is a code), the known word it matched."""

    word: str
    codes: tuple[str, ...]
    how: str | None
    matched: str
    language: str


#: Letters that accent stripping leaves alone but people write without: Polish ł, Arabic's
#: final ة and ى as ه and ي; and Persian's ی and ک, which an Arabic keyboard writes ي and ك.
#: Persian's zero-width non-joiner (روان‌درمانی, نمی‌خواهد, as a Persian keyboard writes them) is
#: a space, as the word files write it, and its ۀ (left ە by accent stripping) is ه.
_LETTERS = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "\u200c": " ", "ە": "ه"}
)


_SEPARATORS = str.maketrans("_-/.", "    ")


def fold(text: str) -> str:
    """Lower-case, strip accents, collapse separators: 'Counselling ' == 'counselling',
    'Szkoła' == 'szkola'."""
    if text.isascii():
        stripped = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_LETTERS)
    return " ".join(stripped.translate(_SEPARATORS).split())


@functools.cache
def _not_needs() -> dict[str, tuple[str, str]]:
    """NOT_NEEDS by their folded words."""
    return {fold(word): said for word, said in NOT_NEEDS.items()}


def _parse_word_file(text: str) -> dict[str, list[str]]:
    """`code: word, word` lines (and # comments) -> {code: [words]}."""
    words: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, sep, rest = line.partition(":")
        code = code.strip()
        if not sep or (code not in NEEDS_BY_CODE and code not in GROUPS):
            raise ValueError(f"line {number}: {line[:40]!r} does not start with a need code or group")
        words.setdefault(code, []).extend(w.strip() for w in rest.split(",") if w.strip())
    return words


@functools.cache
def need_words(language: str) -> dict[str, list[str]]:
    """The words of one language for each need code, as its data file lists them."""
    if language not in LANGUAGES:
        raise InputError(f"no need words in language {language!r}", f"languages: {', '.join(LANGUAGES)}")
    text = (_DATA / f"{language}.txt").read_text(encoding="utf-8")
    return _parse_word_file(text)


class _Entry(NamedTuple):
    """What one folded word of the lexicon may mean, and in which language it is written."""

    meanings: frozenset[str]
    how: str  # synonym | translation
    language: str


@functools.cache
def _lexicon(languages: tuple[str, ...] = LANGUAGES) -> dict[str, _Entry]:
    """Folded word -> the codes (or group names) it may mean, and whether English or another
    language says it. Built on first use: start-up does not pay for every language's file."""
    meanings: dict[str, set[str]] = {}
    language_of: dict[str, str] = {}

    def add(word: str, meaning: str, language: str) -> None:
        folded = fold(word)
        meanings.setdefault(folded, set()).add(meaning)
        language_of.setdefault(folded, language)

    for need in NEEDS:
        add(need.code, need.code, "")
        add(need.label, need.code, "")
    for language in languages:
        for code, words in need_words(language).items():
            for word in words:
                add(word, code, language)
    for group in GROUPS:
        add(group, group, "")
    for phrase in PHRASES:
        add(phrase, phrase, "en")
    for word, codes in AMBIGUOUS.items():
        meanings[fold(word)] = set(codes)
        language_of.setdefault(fold(word), "en")
    return {
        word: _Entry(
            frozenset(found),
            HOW_SYNONYM if language_of[word] in ("", "en") else HOW_TRANSLATION,
            language_of[word] or "en",
        )
        for word, found in meanings.items()
    }


def is_need_code(code: str) -> bool:
    return code in NEEDS_BY_CODE


@functools.lru_cache(maxsize=4096)  # a batch reads the same few words case after case
def read_need(word: str, *, tolerant: bool = True) -> NeedReading:
    """How one word ('Counseling', 'livelihood', 'avocat', 'lawyr') is read as need codes.

    With `tolerant=False` (what write paths use) a word must be a code, a synonym or a
    translation, folded for case and accents; a close spelling is refused with the word it
    is close to. InputError names the closest codes when nothing fits, or both codes when
    the word could mean two.
    """
    folded = fold(word)
    if not folded:
        raise InputError("empty need", "give a need code such as 'shelter' (see `svcmatch needs`)")
    # English first: it alone answers most words at start-up cost of one file; the tests keep
    # every word of another language from meaning anything else than in the full lexicon.
    entry = _lexicon(("en",)).get(folded) or _lexicon().get(folded)
    how: str | None
    if entry is None and folded in _not_needs():
        problem, fix = _not_needs()[folded]
        raise InputError(f"need {word!r}: {problem}", fix)
    matched = folded
    if entry is None:
        entry = _known(folded)  # 'a job', 'un avocat': the word after its article
        matched = _article_less(folded) if entry is not None else folded
    if entry is None:
        joined = _joined(word, folded) or _one_need_in_words(word, folded)
        if joined is not None:
            return joined
    if entry is not None:
        meanings = set(entry.meanings)
        how = None if folded.replace(" ", "_") in meanings else entry.how
        language = entry.language
    else:
        matched, meanings = _fuzzy_meanings(folded, word)
        if not tolerant:
            codes = " or ".join(sorted(meanings))
            raise InputError(
                f"need {word!r} is not a known word (it looks like {matched!r}, {codes})",
                f"write {codes} or {matched!r} itself; nothing read by guesswork is stored",
            )
        how, language = HOW_SPELLING, _lexicon()[matched].language
    if len(meanings) > 1:
        both = " or ".join(sorted(meanings))
        which = _WHICH_CODE.get(matched, "name the code you mean")
        raise InputError(f"need {word!r} could mean {both}", which)
    (meaning,) = meanings
    return NeedReading(word.strip(), _SEVERAL.get(meaning, (meaning,)), how, matched, language)


#: What joins two needs in one phrase: 'psychological and legal assistance', 'медицинская и
#: юридическая помощь', 'ndihmë mjekësore dhe ligjore', 'طبية وقانونية' (و written onto the word);
#: (a text that `re` compiles on first use: a cold `match` does not use it).
#: Twenty-ninth words pass: the word files' newer languages' "and" too, Indonesian 'dan',
#: Vietnamese 'và', Nepali 'र', Bengali 'ও' and 'এবং', Lao 'ແລະ' (Tagalog's 'at' is English's
#: "at", as in 'school at home': left out).
_JOINS = r"\s+(?:and|&|\+|та|і|и|dhe|et|y|und|e|i|και|ve|و|dan|va|र|ও|এবং|ແລະ)\s+|\s+و(?=\S)"


#: Articles a caseworker writes before a need in her own words ('a job', 'un avocat', 'the
#: doctor', 'ein Anwalt'): session twenty-eight's newcomer had 'a job' refused as unknown.
_ARTICLES = frozenset(
    ("a", "an", "the", "some", "un", "une", "des", "du", "le", "la", "les", "l", "uno", "una", "il",
     "lo", "gli", "el", "los", "las", "unos", "unas", "um", "uma", "o", "os", "as", "ein", "eine",
     "einen", "einer", "der", "die", "das")
)  # fmt: skip


def _known(folded: str) -> _Entry | None:
    """What a folded word or phrase means, itself or after its article ('un avocat')."""
    lexicon = _lexicon()
    entry = lexicon.get(folded)
    if entry is None:
        first = folded.replace("'", " ").replace("\u2019", " ").partition(" ")[0]
        if first in _ARTICLES and first != folded:
            entry = lexicon.get(_article_less(folded))
        elif first.startswith(_AL) and len(first) > len(_AL) + 1:  # Arabic's article, on the word
            entry = lexicon.get(folded[len(_AL) :])
    return entry


#: Arabic's article, written onto its word ('الطبيب', the doctor).
_AL = "ال"


def _article_less(folded: str) -> str:
    """A folded phrase less its article ('un avocat' -> 'avocat', "l'avocat" -> 'avocat',
    'المحامي' -> 'محامي')."""
    if folded.startswith(_AL) and _lexicon().get(folded[len(_AL) :]) is not None:
        return folded[len(_AL) :]
    return folded.replace("'", " ").replace("\u2019", " ").partition(" ")[2]


def _joined(word: str, folded: str) -> NeedReading | None:
    """Two or more needs joined by 'and' (in any of the word files' languages), each part a
    known word: read as all of them, and said, since the phrase as a whole is no known word.
    None when a part is unknown or could mean two codes (the phrase is then read as one word)."""
    parts = [part for part in re.split(_JOINS, folded) if part]
    if len(parts) < 2:
        return None
    entries = [_known(part) for part in parts]
    codes: list[str] = []
    for entry in entries:
        if entry is None or len(entry.meanings) != 1:
            return None
        (meaning,) = entry.meanings
        codes.extend(code for code in _SEVERAL.get(meaning, (meaning,)) if code not in codes)
    return _read_by_parts(word, folded, entries, tuple(codes))


def _read_by_parts(
    word: str, folded: str, entries: list[_Entry | None], codes: tuple[str, ...]
) -> NeedReading:
    """A phrase read by its known parts: said as a translation when a part is one."""
    other = [entry.language for entry in entries if entry is not None and entry.how == HOW_TRANSLATION]
    how = HOW_TRANSLATION if other else HOW_SYNONYM
    return NeedReading(word.strip(), codes, how, folded, other[0] if other else "en")


def _one_need_in_words(word: str, folded: str) -> NeedReading | None:
    """A phrase whose every word is a known word of one and the same need ('business loan',
    'rent flat'): read as that need, and said. Twenty-first caseworker pass: 'business loan' was
    refused as "holds 2 needs (separate them with commas: business, loan)", two words of income
    generation. None when a word is unknown, could mean two codes, or means another need (the
    phrase then holds two needs, as before)."""
    parts = folded.split()
    if len(parts) < 2:
        return None
    lexicon = _lexicon()
    entries = [lexicon.get(part) for part in parts]
    meanings = {meaning for entry in entries if entry is not None for meaning in entry.meanings}
    if None in entries or len(meanings) != 1 or any(len(entry.meanings) != 1 for entry in entries if entry):
        return None
    (meaning,) = meanings
    return _read_by_parts(word, folded, entries, _SEVERAL.get(meaning, (meaning,)))


def resolve_need(word: str, tolerant: bool = True) -> tuple[str, ...]:
    """Turn one word ('Counseling', 'livelihood', 'ID card', 'avocat', 'lawyr') into need codes;
    see `read_need` for `tolerant` and the errors."""
    return read_need(word, tolerant=tolerant).codes


def _fuzzy_meanings(folded: str, word: str) -> tuple[str, set[str]]:
    """The known word closest to a typo and what it means; InputError when none is close."""
    from rapidfuzz import fuzz, process  # lazy: about 30 ms; only a word read by no table needs it

    lexicon = _lexicon()
    for one_script in _in_one_script(folded):
        if one_script in lexicon:  # 'schооl' with two Cyrillic о: a close spelling of school
            return one_script, set(lexicon[one_script].meanings)
    parts_of: list[str] = []
    if " " not in folded:  # one word: of how many needs' phrases is it a word?
        phrases = (entry for phrase, entry in lexicon.items() if folded in phrase.split())
        parts_of = sorted({code for entry in phrases for code in entry.meanings})
    if len(parts_of) > 1:
        # 'assistance' is no misspelt 'cash assistance': a word of several needs' phrases
        # ('medical assistance', 'legal assistance', ...) names none of them
        shown = ", ".join(parts_of[:6]) + (", ..." if len(parts_of) > 6 else "")
        raise InputError(
            f"need {word!r} is a word of several needs' names ({shown})",
            "name the need: a code or a fuller word such as 'legal assistance'; `svcmatch needs` lists them",
        )
    scored = process.extract(folded, list(lexicon), scorer=fuzz.ratio, limit=8)
    whole = _for_nots(word)
    typos = [
        found
        for found in scored
        if _misspelt(folded, found[0])
        and not negations_in(whole, found[0])
        and not glued_negations(whole, found[0])
    ]
    if not typos or typos[0][1] < _TYPO_CUTOFF or len(folded) < _TYPO_MIN_LENGTH:
        words = folded.split()
        if len(words) > 1 and all(part in lexicon for part in words):  # 'shelter doctor'
            raise InputError(
                f"need {word!r} holds {len(words)} needs",
                # a slash too: 'albergue/abogado' was told to write itself again
                f"separate them with commas: {', '.join(word.replace('/', ' ').split())}",
            )
        said = negations_in(whole) or glued_negations(whole)
        if said:  # 'no shelter' was read by spelling as shelter (sixteenth adversarial pass)
            raise InputError(
                f"need {word!r} says what she does not need ({WRITTEN.get(said[0], said[0])!r})",
                # 'walang tirahan', 'ไม่มีที่พัก' say she has no home: she needs one
                "leave it out: give only the needs she has (where it says what she lacks, "
                "'no place to stay', give the need itself)",
            )
        suggestions = _closest_codes(folded, scored)
        raise InputError(
            f"unknown need {word!r}",
            f"closest codes: {', '.join(suggestions)}; `svcmatch needs` lists them all",
        )
    best = typos[0][1]
    meanings: set[str] = set()
    for candidate, score, _ in typos:
        if score >= best - 0.01:
            meanings |= lexicon[candidate].meanings
    return typos[0][0], meanings


#: Marks a "not" is written beside a need with ('shelter=no', 'shelter (no)', 'not: shelter').
_MARKS = re.compile(r"[=():!?]")


def _for_nots(word: str) -> str:
    """A word folded to search it for "not"s. A "not" is no typo ('no shelter', 'pa strehim'),
    but a hyphen makes it part of a word ('non-emergency shelter' is a shelter): searched
    without the hyphens, save after a "not" that is no prefix of words ('no-shelter', read as a
    shelter by spelling until the twenty-ninth words pass, as 'shelter=no' was)."""
    head, hyphen, rest = _MARKS.sub(" ", word).strip().partition("-")
    if hyphen and fold(head) in NEGATIONS and fold(head) not in _PREFIXES:
        return fold(f"{head} {rest.replace('-', '')}")
    return fold(f"{head}{rest.replace('-', '')}")


#: "Not"s that are prefixes of words too: 'non-emergency shelter' is a shelter.
_PREFIXES = frozenset(("non", "pa", "mos", "не", "μη", "غير"))


#: Cyrillic letters that look like Latin ones, each with its twin: a keyboard switched mid-word
#: writes 'schооl' or 'пpиют' (twenty-ninth words pass: 'schооl' was "unknown need").
_TWINS = dict(zip("аеорсухіјѕ", "aeopcyxijs", strict=True))
_TO_LATIN = str.maketrans(_TWINS)
_TO_CYRILLIC = str.maketrans({latin: cyrillic for cyrillic, latin in _TWINS.items()})


def _in_one_script(folded: str) -> list[str]:
    """A text that mixes Latin and Cyrillic letters, written in either script alone where its
    letters have twins; [] when it is in one script."""
    latin = any("a" <= ch <= "z" for ch in folded)
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in folded)
    return [folded.translate(_TO_LATIN), folded.translate(_TO_CYRILLIC)] if latin and cyrillic else []


def _misspelt(typed: str, known: str) -> bool:
    """Whether `typed` may be `known` misspelt: a typo changes letters within words, never a
    whole word. Phrases of as many words are compared word by word, each word the same or a
    close spelling ('mental helth'); otherwise the letters without spaces ('legalaid',
    'reception at airport'), each word of four letters or more found in them ('transport
    money' is no misspelt 'transporte'). 'family counselling' is no misspelt 'legal
    counselling', nor 'residential care' 'dental care': the whole phrase scored close because
    of the shared word."""
    from rapidfuzz import fuzz  # lazy, as in _fuzzy_meanings

    typed_words, known_words = typed.split(), known.split()
    if len(typed_words) == len(known_words):  # word by word (one word: as the caller scores it)
        return all(_word_misspelt(a, b, fuzz.ratio) for a, b in zip(typed_words, known_words, strict=True))
    letters = known.replace(" ", "")
    if fuzz.ratio(typed.replace(" ", ""), letters) < _TYPO_CUTOFF:
        return False
    return all(
        fuzz.partial_ratio(word, letters) >= _TYPO_CUTOFF
        for word in typed_words
        if len(word) >= _TYPO_MIN_LENGTH
    )


def _word_misspelt(typed: str, known: str, ratio: Callable[[str, str], float]) -> bool:
    """One word of a phrase: the same, a close spelling, or a short word less a letter ('place
    o stay', 'd card'; 'it card' is not 'id card')."""
    if typed == known:
        return True
    if len(known) <= _SHORT_WORD and abs(len(typed) - len(known)) > 1:
        # a short word's typo is a letter more or less, no more: 'urgent' and 'argent' (French
        # money) were read as 'rent', housing (twenty-ninth words pass)
        return False
    if typed.endswith(known) and len(typed) - len(known) >= _PREFIX_MIN_LENGTH:
        # a word in front is no typo: 'соцзащита' (social protection) is not 'защита' (security),
        # 'Fallbegleitung' (case management) not 'Begleitung' (reception): twelfth caseworker pass
        return False
    if ratio(typed, known) >= _TYPO_CUTOFF:
        return True
    short = len(known) < _TYPO_MIN_LENGTH and len(typed) == len(known) - 1
    return short and any(known[:i] + known[i + 1 :] == typed for i in range(len(known)))


def _closest_codes(folded: str, scored: list[tuple[str, float, int]]) -> list[str]:
    """The codes to suggest for an unknown word: first those whose known words share a word
    with it ('somebody to talk with': 'talk to someone', psychosocial), the rarer the shared
    word the better, then those of the closest spellings. Twenty-eighth session's newcomer:
    'someone to talk to' was offered employment, housing and documentation."""
    weights: dict[str, float] = {}
    index = _word_index()
    # (sorted: a set's order follows the hash seed, and so did the codes suggested for a tie,
    # from one run to the next: the speed engineer's find, session twenty-nine)
    for word in sorted(set(folded.split())):
        codes = index.get(word, frozenset())
        for code in sorted(codes):
            weights[code] = weights.get(code, 0.0) + 1.0 / len(codes)
    by_spelling: list[str] = []
    for candidate, _score, _ in scored:
        for code in sorted(_lexicon()[candidate].meanings):
            if code not in by_spelling:
                by_spelling.append(code)
    rank = {code: place for place, code in enumerate(by_spelling)}
    seen = sorted(weights, key=lambda code: (-weights[code], rank.get(code, len(rank)), code))
    seen += [code for code in by_spelling if code not in weights]
    return seen[:3] or list(NEED_CODES[:3])


#: Words too common in the phrases of needs to say which need a phrase means.
_FILLERS = frozenset(
    ("a", "an", "the", "to", "of", "for", "with", "and", "in", "at", "on", "by", "from", "or", "my", "her")
)


@functools.cache
def _word_index() -> dict[str, frozenset[str]]:
    """Each word (of three letters or more, no filler) of the known words and phrases -> the need
    codes whose words hold it: 'talk' -> psychosocial, 'papers' -> documentation."""
    found: dict[str, set[str]] = {}
    for phrase, entry in _lexicon().items():
        codes = {code for meaning in entry.meanings for code in _SEVERAL.get(meaning, (meaning,))}
        for word in phrase.split():
            if len(word) >= 3 and word not in _FILLERS:
                found.setdefault(word, set()).update(codes)
    return {word: frozenset(codes) for word, codes in found.items()}


def split_words(text: str) -> list[str]:
    """Split a list cell or option value on ',', ';' and '|', and the commas and semicolons
    of other scripts: Arabic '،' '؛' (طبيب، محامي), full-width '，' '；' and ideographic '、',
    and on line breaks (a multi-select field exported one choice a line, Excel's Alt+Enter)."""
    for sep in _LIST_SEPARATORS:
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


_LIST_SEPARATORS = ";|\u060c\u061b\uff0c\uff1b\u3001\r\n"


def _word_list(words: str | Iterable[str]) -> list[str]:
    """A list cell or option value split into words, or a list of words without blanks."""
    return split_words(words) if isinstance(words, str) else [w for w in words if w.strip()]


def read_needs(words: str | Iterable[str], *, tolerant: bool = True) -> list[NeedReading]:
    """How each word of a list cell or option value was read (codes and how), in order."""
    return [read_need(word, tolerant=tolerant) for word in _word_list(words)]


def readings(words: str | Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
    """How each word that is not itself a need code was read, e.g. [("doctr", ("medical",))],
    so that a person can see a typo read the wrong way. Words that do not resolve are left to
    `resolve_needs` to report."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for word in _word_list(words):
        try:
            reading = read_need(word)
        except InputError:
            continue
        if reading.how is not None:
            found.append((reading.word, reading.codes))
    return found


def _all_read(words: str | Iterable[str], tolerant: bool) -> list[NeedReading]:
    """Each word read, or one InputError naming every word that could not be read, each with
    its problem and fix (session twenty-eight's newcomer learnt of three unknown words in three
    runs); one such word is refused as before."""
    found: list[NeedReading] = []
    refused: list[tuple[str, InputError]] = []
    for word in _word_list(words):
        try:
            found.append(read_need(word, tolerant=tolerant))
        except InputError as error:
            refused.append((word.strip(), error))
    try:
        if len(refused) == 1:
            raise refused[0][1]
        if refused:
            lines = tuple(str(error) for _, error in refused)
            words_read = ", ".join(repr(word) for word, _ in refused)
            raise InputError(
                f"{len(refused)} need words could not be read: {words_read}",
                "; ".join(lines),
                lines,
            )
    finally:
        # each error's traceback holds this frame, whose list held the errors: a cycle that kept
        # every refused case's frames until the collector ran, which a batch pauses (3,000
        # cases held ~900 KB more on Python 3.10; tests/test_batch.py's streaming bound)
        refused.clear()
    return found


def resolve_needs(words: str | Iterable[str], tolerant: bool = True) -> tuple[str, ...]:
    """Resolve a comma separated string or a list of words into unique codes, in order given."""
    codes: list[str] = []
    for reading in _all_read(words, tolerant):
        for code in reading.codes:
            if code not in codes:
                codes.append(code)
    if not codes:
        raise InputError("no needs given", "give one or more needs, e.g. --needs shelter,medical")
    return tuple(codes)
