"""Words that say "not": a text that holds one names what a person does not want, need or speak."""

from __future__ import annotations

import itertools
import unicodedata


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: "not", "no", "without", "except", "but" in the languages the word files read (English, the
#: countries of return's and the sending countries'), folded as `taxonomy.fold` and
#: `geo.names.fold_name` fold a text (lower case, no accents). A word of them that a known
#: name holds too ('non food items', Portugal's 'Porto de Mós', 'La Paz' less a letter) is
#: that name's, not a "not": callers compare with the name a text came close to.
_WRITTEN = (
    # English, French, Italian, Spanish, Portuguese, German, Polish
    "no", "not", "never", "without", "except", "exclude", "excluded", "excluding", "but",
    "avoid", "avoiding",
    "pas", "sans", "sauf", "jamais", "non", "senza", "tranne", "eccetto", "mai",
    "sin", "nunca", "excepto", "salvo", "não", "sem", "exceto",
    "nicht", "kein", "keine", "keinen", "ohne", "außer", "ausser", "nie", "bez", "oprócz",
    # Albanian, Ukrainian, Russian, Greek, Arabic
    "jo", "nuk", "pa", "mos", "përveç",
    "не", "ні", "нет", "без", "крім", "окрім", "кроме",
    "όχι", "χωρίς", "δεν", "μη", "εκτός",
    "لا", "ليس", "بدون", "غير", "عدا", "سوى",
    # twenty-third caseworker pass, the need files' new languages: Vietnamese, Tagalog,
    # Nepali, Persian and Dari (each as either keyboard writes ی and ک), Bengali, Thai, Lao,
    # Burmese; a script without spaces says "not" inside a word, which is then no known word
    "không", "chưa", "trừ", "hindi", "wala", "walang", "huwag", "maliban",
    "होइन", "छैन", "नचाहिने", "चाहिँदैन", "पर्दैन", "बिना", "बाहेक",
    "نه", "نیست", "نيست", "نمی", "نمي", "بجز", "جز", "غیر",
    "না", "নয়", "নেই", "ছাড়া", "বাদে", "বিনা",
    "ไม่", "ไม่ใช่", "ไม่มี", "ไม่ต้องการ", "ยกเว้น", "นอกจาก",
    "ບໍ່", "ບໍ່ມີ", "ບໍ່ແມ່ນ", "ຍົກເວັ້ນ", "ນອກຈາກ",
    "မဟုတ်", "မလို", "မလိုအပ်", "မရှိ", "မှအပ",
    # twenty-ninth words pass, the forms a caseworker types: Nepali's "not needed" without
    # its candrabindu or with an anusvara, Persian's "does not have/want" (نمی‌خواهد is read
    # by its نمی, the non-joiner a space), Burmese's spoken and polite "not needed"
    "चाहिदैन", "चाहिंदैन", "ندارد", "نخواهد", "نمیخواهد", "نميخواهد",
    "မလိုဘူး", "မလိုပါ", "မလိုအပ်ပါ", "မလိုအပ်ဘူး", "မလိုချင်ဘူး", "မရှိဘူး",
    # Albanian's "not" written onto its verb ("s'ka nevojë", she has no need), and Darija's in
    # Latin letters: "machi" (not), "bla" (without), "ma bghatch" (does not want)
    "s'ka", "s’ka", "s'ke", "s'kam", "machi", "mashi", "bla", "bghatch", "bghatsh", "mabghatch", "mabghatsh",
    # Ukrainian and Russian "there is none"; Romanian "without", "no" (its "nu" left out: it is
    # Vietnamese 'nữ', woman, in 'phụ nữ')
    "немає", "нема", "нету", "fără", "niciun", "nicio",
    # English written short
    "don't", "dont", "doesn't", "doesnt", "don’t", "doesn’t",
)  # fmt: skip
NEGATIONS = frozenset(_folded(word) for word in _WRITTEN)
#: Each folded "not" as it is written: folding drops Thai's, Lao's and Burmese's tone marks and
#: Indic viramas ('ไม่' folds to 'ไม', no word), so a message quotes the written form.
WRITTEN: dict[str, str] = {_folded(word): word for word in _WRITTEN}

#: The "not" words of the scripts written without spaces (Thai, Lao, Burmese), as a word holds
#: them: 'ไม่ต้องการที่พัก' (does not want a place to stay) is one word.
_GLUED = ("ไม่", "ບໍ່", "မလို", "မရှိ", "မဟုတ်", "မလိုအပ်", "မလိုချင်")


def glued_negations(folded: str, name: str | None = None) -> list[str]:
    """The "not" words of Thai, Lao and Burmese held inside the words of `folded` (a folded
    text); with the folded `name` it was read as, only those the name does not hold itself."""
    found = [word for word in _GLUED if _folded(word) in folded]
    return [word for word in found if name is None or _folded(word) not in name]


def negations_in(folded: str, name: str | None = None) -> list[str]:
    """The words of `folded` (a folded text) that say "not"; with the folded `name` it was read
    as, only words added to it: 'no shelter' read as 'shelter' gives ['no'], while 'La Pa' (La
    Paz less a letter) and 'Anenii No' (Anenii Noi) have as many words as their names."""
    words = folded.split()
    if name is not None:
        own = name.split()
        if len(words) <= len(own):
            return []
        # a word of the name written in two ('Gujran Wala' for Gujranwala, 'wala' Tagalog's "none"):
        # neither half is a word added to it
        halves = {half for pair in itertools.pairwise(words) if "".join(pair) in own for half in pair}
        words = [word for word in words if word not in own and word not in halves]
        if not words:  # 'Tirana-Tirana', 'Одеса (Одеса)': every word is the name's
            return []
    if not words:  # '=' or '-' alone: no words, no "not" (zip below wants one after each word)
        return []
    # 'Ward No. 5', 'No 12': a number's sign, not "no"
    return [
        word
        for word, after in zip(words, [*words[1:], ""], strict=True)
        if word in NEGATIONS and not (word in _NUMBER_SIGNS and after[:1].isdigit())
    ]


#: Words that say "number" before one ('No. 5', 'Nr 5'), which are also words for "not".
_NUMBER_SIGNS = frozenset(("no",))
