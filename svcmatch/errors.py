"""The library's exceptions and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of the `svcmatch` command, documented in docs/cli.md."""

    OK = 0
    PROBLEMS = 1  # the command ran but found problems (validation errors, failed batch rows)
    USAGE = 2  # bad option or bad user input: unknown country, place, need, provider id
    DATA = 3  # a directory file cannot be read, is damaged, is read-only or too new
    LOCKED = 4  # another writer held the directory lock for too long
    NETWORK = 5  # an online service that the user asked for could not be reached
    INTERRUPTED = 130  # Ctrl-C (SIGINT), as shells report a command that SIGINT ended


class SvcmatchError(Exception):
    """Base of every error svcmatch raises on purpose.

    `message` names the problem, `hint` names the fix; the CLI prints them on one line.
    `lines`, where one error gathers several problems of one value (every need word that could
    not be read), holds each problem with its fix: the CLI prints one a line under the message,
    and `hint` holds them all for a caller that keeps one line (a batch row).
    """

    exit_code: ExitCode = ExitCode.PROBLEMS

    def __init__(self, message: str, hint: str | None = None, lines: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.lines = lines

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(SvcmatchError):
    """A value the user typed is wrong: a code, a place, a date, an option value."""

    exit_code = ExitCode.USAGE


class NotFoundError(InputError):
    """A provider id, country or place that does not exist."""


class DataError(SvcmatchError):
    """A directory file (or another data file) cannot be used as it is."""

    exit_code = ExitCode.DATA


class ReadOnlyError(DataError):
    """A write was asked of a directory that must not be written (the bundled samples)."""


class LockTimeout(SvcmatchError):
    """Another process held a directory's write lock for longer than the timeout."""

    exit_code = ExitCode.LOCKED


class NetworkError(SvcmatchError):
    """An online service the user asked for failed or could not be reached."""

    exit_code = ExitCode.NETWORK
