"""Characters a terminal acts on instead of showing: one light home for the test that every
text a record, a referral or an advisory holds passes (imported on the cold `match` path by
`referrals`, so it must not pull in the record checks)."""

from __future__ import annotations

import re
import unicodedata

#: Bidirectional overrides, embeddings and isolates: they reorder what a terminal or a page shows.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Every character `unsafe_character` may name: controls (Cc), bidi controls, surrogates (Cs).
UNSAFE_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
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


def unsafe_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character a terminal would act on instead of showing, described ('U+001B'),
    or None. Control characters (ESC, carriage return, NUL...), bidirectional overrides and
    lone surrogates; a newline and a tab are fine in multi-line text."""
    if not UNSAFE_CHARACTERS.search(text):  # the common case, without a loop over the characters in Python
        return None
    for index, ch in enumerate(text):
        if multiline and (ch in "\n\t" or text.startswith("\r\n", index)):
            continue  # a line break, also as Windows writes it
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or ch in _BIDI_CONTROLS:
            name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ch, "")
            code = f"U+{ord(ch):04X}"
            return f"{code} {name}".strip() if name else code
    return None
