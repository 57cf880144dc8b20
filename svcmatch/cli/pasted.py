"""Arguments as a word processor or Windows writes them: refused, or named in an error's fix.

A command pasted from a Word document carries non-breaking spaces, curly quotes and dashes
that the shell does not read as spaces, quotes or hyphens; a path typed the Windows way
(`examples\\case.json`) names no file here. They are said in the words of the fix.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from ..errors import InputError

#: Spaces that the shell does not split on: no-break, figure and narrow no-break spaces.
_NO_BREAK = "\u00a0\u2007\u202f"
#: An option's name, alone: `--avoid-region`, or one letter (`-o`); not `-Frankivsk`. (This
#: pattern and _WINDOWS_ROOT are texts that `re` compiles on first use: only an error reads them.)
_OPTION = r"--[A-Za-z][\w-]*|-[A-Za-z]"
#: Dashes a word processor types for '-' or '--': hyphen, non-breaking hyphen, figure, en,
#: em, horizontal bar dash, minus sign.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_CURLY = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"
#: Options whose value is a file or folder to write (or the folder of directory files, which
#: `init` creates): a Windows path there would be written
#: here under a name holding backslashes.
_WRITTEN = ("-o", "--output", "--packages", "--directories")
#: A Windows drive ('C:\') or share ('\\server\').
_WINDOWS_ROOT = r"^(?:[A-Za-z]:\\|\\\\)"
_SEPARATED = "here folders are separated by / and there are no drive letters"


def refuse_glued_options(argv: Sequence[str]) -> None:
    """Refuse an argument in which a non-breaking space joins an option to other words:
    `--to "Shkodra --avoid-region AL-09"` read the region to avoid as part of the town."""
    for word in argv:
        if not any(space in word for space in _NO_BREAK):
            continue
        pieces = re.split(f"[{_NO_BREAK}]+", word)
        option = next((piece for piece in pieces if re.fullmatch(_OPTION, piece)), None)
        if option is not None:
            shown = re.sub(f"[{_NO_BREAK}]", " ", word)
            raise InputError(
                f"the argument {shown!r} holds non-breaking spaces (as a word processor types them), "
                f"so the shell did not split it and {option} was read as part of it",
                f"retype the spaces around {option} with the space bar, or paste the command "
                "into a plain-text editor first",
            )


def refuse_windows_outputs(argv: Sequence[str]) -> None:
    """Refuse `-o C:\\Users\\elira\\out.csv` on a system whose folders are separated by '/':
    it wrote a file of that whole name into the current folder."""
    if os.sep != "/":
        return
    for index, word in enumerate(argv):
        option, equals, value = word.partition("=")
        if not equals:
            option, value = word, argv[index + 1] if index + 1 < len(argv) else ""
        if option in _WRITTEN and "\\" in value:
            raise InputError(
                f"{option} '{value}' is a Windows path: {_SEPARATED}; nothing was written",
                f"give {option} {_here(value) or 'PATH'} with / between folders",
            )


def note(message: str, argv: Sequence[str]) -> str | None:
    """What in the arguments a usage error's message echoes was typed by a word processor or
    the Windows way, and how to type it here; None when nothing was."""
    if "is a Windows path" in message:
        return None
    for word in argv:
        if not word or (word not in message and repr(word)[1:-1] not in message):
            continue
        said = _said(word)
        if said is not None:
            return said
    return None


def _said(word: str) -> str | None:
    stripped = word.lstrip(_DASHES + "-")
    if word[:1] in _DASHES and stripped[:1].isdigit():  # '–13.23', a longitude pasted from Word
        return f"{word!r} begins with a dash a word processor typed ({word[0]}): type -{stripped}"
    if word[:1] in _DASHES and stripped[:1].isalpha():
        return (
            f"{word!r} begins with a dash a word processor typed ({word[0]}): type two hyphens, --{stripped}"
        )
    if word[:1] in _CURLY or word[-1:] in _CURLY:
        return (
            f'{word!r} holds curly quotes as a word processor types them: type straight quotes (") '
            "around a value with spaces, or none"
        )
    if "\u2011" in word:
        return f"{word!r} holds a non-breaking hyphen (\u2011): type - instead"
    if "\\" in word and "/" not in word and os.sep == "/":  # on Windows it is a path as written
        here = _here(word)
        written = f"write {here}" if here else "give the path it has on this system"
        return f"{word} is a Windows path: {_SEPARATED}; {written}"
    return None


def _here(path: str) -> str | None:
    """A relative Windows path as written here ('out\\a.csv' -> 'out/a.csv'); None for a
    drive's or a share's ('C:\\Users\\elira\\out.csv'), whose folders are not on this system."""
    return None if re.match(_WINDOWS_ROOT, path) else path.replace("\\", "/")
