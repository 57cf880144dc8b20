"""Words for a person's sex, in English and in the languages of the country offices
(Ukrainian, Russian, Albanian, French, Arabic): one table for `match`'s case and for
`coverage --for`. A word other than the code itself is said as a reading ('жінка' as female,
a translation; 'woman' as female, a synonym)."""

from __future__ import annotations

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
    ),
    "male": (
        *("чоловік", "чоловіча", "чоловіки", "хлопець", "хлопчик", "ч"),
        *("мужчина", "мужской", "муж", "парень", "мальчик", "м"),
        *("mashkull", "burrë", "djalë"),
        *("homme", "hommes", "masculin", "garçon", "h"),
        *("ذكر", "رجل", "ولد"),
    ),
    "other": ("інша", "інше", "другое", "другой", "tjetër", "autre", "آخر"),
}

#: Folded word -> sex code.
SEX_WORDS: dict[str, str] = {
    fold(word): code for table in (_ENGLISH, _TRANSLATED) for code, words in table.items() for word in words
}
#: Folded words of another language than English (their reading says 'translation').
TRANSLATED: frozenset[str] = frozenset(fold(word) for words in _TRANSLATED.values() for word in words)
