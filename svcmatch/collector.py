"""The cyclic garbage collector during the program's start-up: paused while the command's
modules load, then resumed with what start-up made set aside (docs/benchmarks.md, "Ninth
pass" and "Thirteenth pass"). Only the program's own process pauses it (`svcmatch.__main__`,
and the root command when it reads sys.argv); a caller that passes its own arguments, as
CliRunner does, keeps its collector as it was."""

from __future__ import annotations

import gc

#: Whether `pause_for_start_up` paused the collector and nothing has resumed it.
_paused = False


def pause_for_start_up() -> None:
    """Pause the cyclic garbage collector while the program starts. Start-up (the command's
    modules imported, their classes and tables built) makes about a hundred thousand objects
    that live as long as the process and almost no cycles, and each collection on the way
    walks all of them again: some 10 ms of a cold `match` of about 100 (docs/benchmarks.md,
    "Ninth pass"). `resume_after_start_up` sets them aside and resumes it."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_after_start_up() -> None:
    """Once the command is known and its module imported: what start-up made is set aside from
    the collector for the rest of the process (`gc.freeze`, as batch does with its index), and
    the collector runs again for what the command itself makes."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
