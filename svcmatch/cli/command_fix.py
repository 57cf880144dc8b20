"""The fix of a refused `directory add` or `edit`: the command line typed, with the value to give."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Sequence

from ..checks import is_example
from ..model import Provider

#: A word the shell takes as it is: letters of any script, digits and a few marks.
_BARE_WORD = re.compile(r"[\w@%+=:,./-]+")


def assignments(text: str) -> list[tuple[str, str]]:
    """The fields and values of a check's fix: 'latitude=.. --set longitude=..' gives
    [('latitude', '..'), ('longitude', '..')]; a value in double quotes loses them."""
    found = []
    for part in text.split(" --set "):
        name, _equals, value = part.partition("=")
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        found.append((name.strip(), value))
    return found


def shell_word(word: str) -> str:
    """`word` as a shell reads it back: bare when it can be ('Shkodër', 'AL-10'), else quoted."""
    return word if _BARE_WORD.fullmatch(word) else shlex.quote(word)


def command_line(argv: Sequence[str]) -> str:
    return " ".join(["svcmatch", *map(shell_word, argv)])


def with_options(
    argv: Sequence[str], changes: Sequence[tuple[str, str]], flags: Callable[[str], Sequence[str]]
) -> list[str]:
    """`argv` with each field's option (any of `flags(field)`, with its value, as `--city X` or
    `--city=X`) given once, as the change says: where it was first typed, else at the end."""
    words = list(argv)
    for name, value in changes:
        names = tuple(flags(name))
        kept: list[str] = []
        at = None
        skip = False
        for word in words:
            if skip:
                skip = False
                continue
            if word in names or word.partition("=")[0] in names:
                at = len(kept) if at is None else at
                skip = word in names  # its value is the next word
                continue
            kept.append(word)
        given = [names[0], value]
        words = kept[:at] + given + kept[at:] if at is not None else kept + given
    return words


def with_settings(argv: Sequence[str], changes: Sequence[tuple[str, str]]) -> list[str]:
    """`argv` of `directory edit` with `--set FIELD=VALUE` for each change: in place of the
    `--set` of the same field typed, else at the end."""
    words = list(argv)
    for name, value in changes:
        kept: list[str] = []
        at = None
        index = 0
        while index < len(words):
            word = words[index]
            setting = (
                words[index + 1]
                if word == "--set" and index + 1 < len(words)
                else word.partition("=")[2]
                if word.startswith("--set=")
                else None
            )
            if setting is not None and setting.partition("=")[0].strip().replace("-", "_") == name:
                at = len(kept) if at is None else at
                index += 2 if word == "--set" else 1
                continue
            kept.append(word)
            index += 1
        given = ["--set", f"{name}={value}"]
        words = kept[:at] + given + kept[at:] if at is not None else kept + given
    return words


class CommandFix:
    """The fixes of a refused `directory add` (given by options) or `edit`: each names the option
    to give ('give --city Shkodër'), and `command` is the line typed with every one given, the
    exact command to run (a fix `set city=Shkodër` was no command the user had typed)."""

    def __init__(
        self, argv: Sequence[str], country: str, flags: Callable[[str], Sequence[str]] | None = None
    ) -> None:
        self.argv = list(argv)
        self.country = country
        self.flags = flags  # None: `directory edit`, whose fields are given by --set
        self.changes: dict[str, str] = {}

    def __call__(self, _provider: Provider, assignment: str) -> str:
        given = assignments(assignment)
        self.changes.update(given)
        if self.flags is None:
            return "give " + " ".join(f"--set {shell_word(f'{name}={value}')}" for name, value in given)
        return "give " + " ".join(f"{self.flags(name)[0]} {shell_word(value)}" for name, value in given)

    def command(self) -> str:
        """The line typed, with every option that the fixes asked for given; '' when none did,
        or when one is an example (name@example.org) or a placeholder that the user fills in."""
        if not self.changes or any(is_example(value, self.country) for value in self.changes.values()):
            return ""
        changes = list(self.changes.items())
        if self.flags is None:
            return command_line(with_settings(self.argv, changes))
        return command_line(with_options(self.argv, changes, self.flags))
