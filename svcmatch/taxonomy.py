"""The need codes of DOMAIN.md, their synonyms, and turning people's words into codes."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import InputError


@dataclass(frozen=True, slots=True)
class Need:
    """One need category: its code, what it covers, and words people use for it."""

    code: str
    label: str
    description: str
    synonyms: tuple[str, ...]


NEEDS: tuple[Need, ...] = (
    Need(
        "reception",
        "Reception",
        "meeting the person at the airport or border, escort, onward travel",
        (
            "airport pick-up",
            "airport pickup",
            "pick up",
            "escort",
            "arrival",
            "meet at airport",
            "onward travel",
            "transport",
            "travel",
        ),
    ),
    Need(
        "shelter",
        "Shelter",
        "emergency or short-term safe accommodation, incl. VoT shelters",
        (
            "accommodation",
            "safe house",
            "safehouse",
            "emergency housing",
            "refuge",
            "emergency accommodation",
            "shelter home",
            "place to stay",
            "safe accommodation",
        ),
    ),
    Need(
        "housing",
        "Housing",
        "longer-term housing, rent support",
        (
            "rent",
            "flat",
            "apartment",
            "long-term housing",
            "long term housing",
            "rent support",
            "home",
            "rental",
        ),
    ),
    Need(
        "basic_needs",
        "Basic needs",
        "food, clothing, hygiene items, small cash grants",
        (
            "food",
            "clothes",
            "clothing",
            "hygiene",
            "cash",
            "hygiene kit",
            "cash grant",
            "groceries",
            "basic needs",
        ),
    ),
    Need(
        "medical",
        "Medical care",
        "health screening and treatment, sexual and reproductive health",
        (
            "doctor",
            "health",
            "clinic",
            "hospital",
            "medicine",
            "medicines",
            "medical care",
            "healthcare",
            "health care",
            "reproductive health",
            "treatment",
            "nurse",
        ),
    ),
    Need(
        "psychosocial",
        "Psychosocial support",
        "counselling, psychiatric care, support groups",
        (
            "counselling",
            "counseling",
            "therapy",
            "mental health",
            "trauma",
            "psychologist",
            "psychiatrist",
            "psychological support",
            "support group",
            "psychosocial support",
        ),
    ),
    Need(
        "legal",
        "Legal aid",
        "legal aid and representation, criminal proceedings, compensation",
        (
            "lawyer",
            "legal aid",
            "court",
            "compensation",
            "legal advice",
            "attorney",
            "legal representation",
            "legal help",
        ),
    ),
    Need(
        "documentation",
        "Documentation",
        "identity and civil documents, recognition of diplomas",
        (
            "id card",
            "identity card",
            "passport",
            "birth certificate",
            "papers",
            "documents",
            "id",
            "civil documents",
            "diploma recognition",
        ),
    ),
    Need(
        "family",
        "Family support",
        "family assessment, tracing, mediation, reunification",
        (
            "family tracing",
            "reunification",
            "parents",
            "family reunification",
            "family mediation",
            "family assessment",
            "tracing",
        ),
    ),
    Need(
        "education",
        "Education",
        "return to school, literacy, scholarships",
        ("school", "literacy", "scholarship", "schooling", "reading and writing"),
    ),
    Need(
        "vocational_training",
        "Vocational training",
        "job-skills training, apprenticeships",
        ("training", "course", "apprenticeship", "vocational", "skills training", "job training"),
    ),
    Need(
        "employment",
        "Employment",
        "job placement, job search support",
        ("job", "work", "job placement", "job search", "employment support", "jobs"),
    ),
    Need(
        "income_generation",
        "Income generation",
        "business start-up grants, coaching, microcredit, financial literacy",
        (
            "business",
            "microcredit",
            "start-up grant",
            "startup grant",
            "small business",
            "business grant",
            "financial literacy",
            "micro credit",
            "own business",
        ),
    ),
    Need(
        "social_protection",
        "Social protection",
        "access to state benefits and social services",
        ("benefits", "welfare", "social assistance", "social services", "state benefits", "pension"),
    ),
    Need(
        "childcare",
        "Childcare",
        "care for children who return with the person",
        ("daycare", "day care", "kindergarten", "child care", "nursery", "creche"),
    ),
    Need(
        "security",
        "Security",
        "safety planning, protection measures",
        (
            "safety",
            "protection",
            "safety plan",
            "safety planning",
            "protection measures",
            "police protection",
        ),
    ),
    Need(
        "case_management",
        "Case management",
        "coordination and follow-up of the reintegration plan",
        ("case manager", "follow-up", "follow up", "coordination", "reintegration plan", "caseworker"),
    ),
)

NEED_CODES: tuple[str, ...] = tuple(n.code for n in NEEDS)
NEEDS_BY_CODE: dict[str, Need] = {n.code: n for n in NEEDS}

#: Groups: one word that stands for several codes.
GROUPS: dict[str, tuple[str, ...]] = {
    "livelihood": ("vocational_training", "employment", "income_generation"),
}
GROUP_SYNONYMS: dict[str, str] = {"livelihoods": "livelihood", "reintegration assistance": "livelihood"}

#: Words that mean two codes equally: resolving one is an error that names both.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "grant": ("basic_needs", "income_generation"),
    "money": ("basic_needs", "income_generation"),
    "care": ("childcare", "medical"),
    "children": ("childcare", "education"),
    "legal documents": ("documentation", "legal"),
    "allowance": ("basic_needs", "social_protection"),
}

#: Below this rapidfuzz score (0-100) a word is not taken as a typo of any known word.
_TYPO_CUTOFF = 80.0


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse separators, so that 'Counselling ' == 'counselling'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for sep in "_-/.":
        stripped = stripped.replace(sep, " ")
    return " ".join(stripped.split())


def _build_lexicon() -> dict[str, set[str]]:
    """Folded word -> the codes (or group names) it may mean."""
    lexicon: dict[str, set[str]] = {}
    for need in NEEDS:
        for word in (need.code, need.label, *need.synonyms):
            lexicon.setdefault(fold(word), set()).add(need.code)
    for group in GROUPS:
        lexicon.setdefault(fold(group), set()).add(group)
    for word, group in GROUP_SYNONYMS.items():
        lexicon.setdefault(fold(word), set()).add(group)
    for word, codes in AMBIGUOUS.items():
        lexicon.setdefault(fold(word), set()).update(codes)
    return lexicon


_LEXICON = _build_lexicon()


def is_need_code(code: str) -> bool:
    return code in NEEDS_BY_CODE


def resolve_need(word: str) -> tuple[str, ...]:
    """Turn one word ('Counseling', 'livelihood', 'ID card', 'lawyr') into need codes.

    Raises InputError naming the closest codes when nothing fits, or both codes when the
    word could mean two equally.
    """
    folded = fold(word)
    if not folded:
        raise InputError("empty need", "give a need code such as 'shelter' (see `svcmatch needs`)")
    meanings = _LEXICON.get(folded)
    if meanings is None:
        meanings = _fuzzy_meanings(folded, word)
    if len(meanings) > 1:
        both = " or ".join(sorted(meanings))
        raise InputError(f"need {word!r} could mean {both}", "name the code you mean")
    (meaning,) = meanings
    return GROUPS.get(meaning, (meaning,))


def _fuzzy_meanings(folded: str, word: str) -> set[str]:
    from rapidfuzz import fuzz, process

    scored = process.extract(folded, list(_LEXICON), scorer=fuzz.ratio, limit=8)
    if not scored or scored[0][1] < _TYPO_CUTOFF:
        suggestions = _closest_codes(scored)
        raise InputError(
            f"unknown need {word!r}",
            f"closest codes: {', '.join(suggestions)}; `svcmatch needs` lists them all",
        )
    best = scored[0][1]
    meanings: set[str] = set()
    for candidate, score, _ in scored:
        if score >= best - 0.01:
            meanings |= _LEXICON[candidate]
    return meanings


def _closest_codes(scored: list[tuple[str, float, int]]) -> list[str]:
    seen: list[str] = []
    for candidate, _score, _ in scored:
        for code in sorted(_LEXICON[candidate]):
            if code not in seen:
                seen.append(code)
    return seen[:3] or list(NEED_CODES[:3])


def split_words(text: str) -> list[str]:
    """Split a list cell or option value on ',', ';' and '|'."""
    for sep in ";|":
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def _word_list(words: str | Iterable[str]) -> list[str]:
    """A list cell or option value split into words, or a list of words without blanks."""
    return split_words(words) if isinstance(words, str) else [w for w in words if w.strip()]


def readings(words: str | Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
    """How each word that is not itself a need code was read, e.g. [("doctr", ("medical",))],
    so that a person can see a typo read the wrong way. Words that do not resolve are left to
    `resolve_needs` to report."""
    items = _word_list(words)
    found: list[tuple[str, tuple[str, ...]]] = []
    for word in items:
        if fold(word).replace(" ", "_") in NEEDS_BY_CODE:
            continue
        try:
            found.append((word.strip(), resolve_need(word)))
        except InputError:
            continue
    return found


def resolve_needs(words: str | Iterable[str]) -> tuple[str, ...]:
    """Resolve a comma separated string or a list of words into unique codes, in order given."""
    items = _word_list(words)
    codes: list[str] = []
    for word in items:
        for code in resolve_need(word):
            if code not in codes:
                codes.append(code)
    if not codes:
        raise InputError("no needs given", "give one or more needs, e.g. --needs shelter,medical")
    return tuple(codes)
