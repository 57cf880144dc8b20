"""Characters a terminal acts on instead of showing, or shows as nothing: one light home for
the test that every text a record, a referral or an advisory holds passes (imported on the
cold `match` path by `referrals`, so it must not pull in the record checks)."""

from __future__ import annotations

import re
import unicodedata

#: Bidirectional overrides, embeddings and isolates: they reorder what a terminal or a page shows.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Characters that show as nothing, so that two different texts look the same ('Qendra\u200bPublike'
#: passes for 'QendraPublike', a town's name hides from a search for it): the soft hyphen, the
#: Arabic letter mark, the Mongolian vowel separator, zero-width spaces and joiners, the
#: left-to-right and right-to-left marks, the line and paragraph separators, the word joiner and
#: invisible operators, the byte-order mark inside a text, interlinear annotations and the tag
#: characters (which can smuggle a hidden text); and the combining grapheme joiner, the Hangul
#: fillers, Khmer's inherent vowels and the shorthand and musical format controls, which no
#: name or note needs ('Or\u034fosh' shows as 'Orosh': fourteenth adversarial pass).
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028\u2029\u2060-\u2064\u3164"
    "\ufeff\uffa0\ufff9-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
)
#: Variation selectors: they choose a glyph of the character before them (an emoji's U+FE0F, a
#: Mongolian letter's form, a CJK ideograph's) and show nothing after any other: a text may
#: hold one where it chooses (`selects`), and the search for a shelter's town reads it without
#: them (locating). Anywhere else they only hide something: a run of them carries a hidden text,
#: a byte each (fifteenth adversarial pass), as the tag characters did.
SELECTORS = "\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef"
# The patterns below are texts, which `re` compiles on first use and keeps: a cold `match`
# checks no text with them, and compiling the three took about 2 ms of its start (thirteenth
# pass, docs/benchmarks.md).
_SELECTOR = f"[{SELECTORS}]"
_INVISIBLE = f"[{INVISIBLE}]"
#: Every character `unsafe_character` may name: controls (Cc), bidi controls, surrogates (Cs),
#: the invisible ones, and variation selectors (a pattern, for re.search).
UNSAFE_CHARACTERS = f"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff{INVISIBLE}{SELECTORS}]"
#: What `unsafe_character(..., multiline=True)` names: the same but for a newline, a tab and a
#: Windows line break.
UNSAFE_MULTILINE = (
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff{INVISIBLE}{SELECTORS}]"
    "|\r(?!\n)"
)
#: Names of the control characters met most (Unicode gives control characters no name).
_CONTROL_NAMES = {
    "\x00": "NUL",
    "\x07": "BELL",
    "\x08": "BACKSPACE",
    "\t": "TAB",
    "\n": "LINE FEED",
    "\r": "CARRIAGE RETURN",
    "\x1b": "ESCAPE",
    "\x7f": "DELETE",
    "\x9b": "CSI",
}


#: The zero-width non-joiner and joiner: invisible in Latin, Cyrillic or Greek text, but part of
#: how other scripts are written (Persian, Dari, Pashto and Sorani write the non-joiner inside
#: ordinary words, 'خانه‌ی امن'; Sinhala and Malayalam need the joiner after a virama, 'ශ්‍රී').
JOINERS = "\u200c\u200d"
#: Scripts whose letters join, by the first word of a letter's Unicode name.
_JOINING_SCRIPTS = frozenset({"ARABIC", "SYRIAC", "NKO", "MONGOLIAN", "MANDAIC", "HANIFI"})


def joins(text: str, index: int) -> bool:
    """Whether the joiner or non-joiner at `index` stands where its script needs it (the idea of
    IDNA's CONTEXTJ rule): after a virama, or between a letter of a joining script and a
    letter or mark; at an edge, or between Latin letters, it only hides ('Or\u200cosh')."""
    if not 0 < index < len(text) - 1 or text[index] not in JOINERS:
        return False
    before, after = text[index - 1], text[index + 1]
    if not unicodedata.category(after).startswith(("L", "M")):
        return False
    if unicodedata.combining(before) == 9:  # a virama: Devanagari, Bengali, Sinhala, Malayalam...
        return True
    return unicodedata.category(before).startswith("L") and (
        unicodedata.name(before, "").split(" ", 1)[0] in _JOINING_SCRIPTS
    )


#: Scripts whose letters no standardized variation sequence takes (a selector after one shows
#: nothing and chooses nothing).
_PLAIN_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "ARMENIAN", "GEORGIAN"})


def selects(text: str, index: int) -> bool:
    """Whether the variation selector at `index` chooses a glyph of the character before it: an
    emoji's or a symbol's presentation (U+FE0E, U+FE0F after a symbol, digit or punctuation), a
    standardized variant (U+FE00-U+FE0D after a symbol or a letter of a script that has them), a
    CJK ideograph's variant (U+E0100-U+E01EF), a Mongolian letter's form; one per character.
    After a Latin letter, a space, at the start or after another selector it only hides."""
    if not 0 < index < len(text) or not re.match(_SELECTOR, text[index]):
        return False
    selector, before = text[index], text[index - 1]
    category = unicodedata.category(before)
    script = unicodedata.name(before, "").split(" ", 1)[0]
    if selector in "\u180b\u180c\u180d\u180f":
        return script == "MONGOLIAN" and category.startswith("L")
    if selector >= "\U000e0100":
        return script == "CJK"
    if category[0] in "SNP" or before == "\u2139":  # ℹ️, the one letter an emoji is of
        return True
    return selector not in "\ufe0e\ufe0f" and category.startswith("L") and script not in _PLAIN_SCRIPTS


def part_of_text(text: str, index: int) -> bool:
    """Whether the joiner or variation selector at `index` is part of the text where it stands
    (`joins`, `selects`): shown as it is, not refused."""
    return joins(text, index) or selects(text, index)


def unsafe_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character a terminal would act on instead of showing, or would not show,
    described ('U+001B'), or None. Control characters (ESC, carriage return, NUL...),
    bidirectional overrides, lone surrogates and invisible characters (INVISIBLE), but for a
    joiner where its script needs it (`joins`); a newline and a tab are fine in multi-line text."""
    if not re.search(UNSAFE_CHARACTERS, text):  # the common case, without a Python loop over the characters
        return None
    for index, ch in enumerate(text):
        if multiline and (ch in "\n\t" or text.startswith("\r\n", index)):
            continue  # a line break, also as Windows writes it
        if part_of_text(text, index):
            continue  # a joiner where its script needs it, a selector where it chooses a glyph
        category = unicodedata.category(ch)
        if (
            category in ("Cc", "Cs")
            or ch in _BIDI_CONTROLS
            or re.match(_INVISIBLE, ch)
            or re.match(_SELECTOR, ch)
        ):
            name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ch, "")
            code = f"U+{ord(ch):04X}"
            return f"{code} {name}".strip() if name else code
    return None
