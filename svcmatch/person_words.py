"""Words for a person's sex and form of exploitation, in English and in the languages of the country offices
(Ukrainian, Russian, Albanian, French, Arabic): one table for `match`'s case and for
`coverage --for`. A word other than the code itself is said as a reading ('жінка' as female,
a translation; 'woman' as female, a synonym). Only whole words and phrases are read, never a
close spelling: exploitation decides which providers may take her."""

from __future__ import annotations

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

_EXPLOITATION_ENGLISH: dict[str, tuple[str, ...]] = {
    "sexual": ("sex", "sexual exploitation", "prostitution"),
    "labour": ("labor", "forced labour", "forced labor", "labour exploitation", "labor exploitation"),
    "begging": ("forced begging",),
    "criminality": ("forced criminality", "criminal activities"),
    "domestic_servitude": ("domestic work", "servitude"),
    "forced_marriage": ("marriage",),
    "organ_removal": ("organs", "organ trafficking"),
}
_EXPLOITATION_TRANSLATED: dict[str, tuple[str, ...]] = {
    "sexual": (
        *("сексуальна", "сексуальна експлуатація", "сексуальная", "сексуальная эксплуатация"),
        *("seksuale", "shfrytëzim seksual", "sexuelle", "exploitation sexuelle", "استغلال جنسي"),
    ),
    "labour": (
        *("трудова", "трудова експлуатація", "примусова праця"),
        *("трудовая", "трудовая эксплуатация", "принудительный труд"),
        *("punë e detyruar", "shfrytëzim në punë", "travail forcé", "exploitation par le travail"),
        *("عمل قسري", "استغلال في العمل"),
    ),
    "begging": ("жебракування", "попрошайничество", "lypje", "mendicité", "mendicité forcée", "تسول"),
    "criminality": ("злочинна діяльність", "преступная деятельность", "criminalité forcée"),
    "domestic_servitude": ("домашнє рабство", "домашнее рабство", "servitude domestique"),
    "forced_marriage": (
        *("примусовий шлюб", "принудительный брак", "martesë e detyruar", "mariage forcé"),
        "زواج قسري",
    ),
    "organ_removal": ("вилучення органів", "изъятие органов", "prélèvement d'organes"),
}
#: Folded word -> exploitation code (the codes themselves, with '_' or a space, included).
EXPLOITATION_WORDS: dict[str, str] = {fold(code): code for code in EXPLOITATION_TYPES} | {
    fold(word): code
    for table in (_EXPLOITATION_ENGLISH, _EXPLOITATION_TRANSLATED)
    for code, words in table.items()
    for word in words
}
#: Folded words of another language than English (their reading says 'translation').
TRANSLATED: frozenset[str] = frozenset(
    fold(word)
    for table in (_TRANSLATED, _EXPLOITATION_TRANSLATED)
    for words in table.values()
    for word in words
)
