"""`python -m svcmatch`, and the `svcmatch` script (`run`): the command line, with the cyclic
garbage collector paused before its modules are imported (svcmatch.collector)."""

from __future__ import annotations

from . import collector


def run() -> None:
    """The program: the collector is paused first, then the command line is imported and run.
    Imported with the collector on, the command line's own modules (click, settings, the
    outputs) were collected some twenty times on the way: about 2% of a cold `match`
    (docs/benchmarks.md, "Thirteenth pass")."""
    collector.pause_for_start_up()
    from .cli import main  # lazy: imported once the collector is paused

    main(prog_name="svcmatch")


if __name__ == "__main__":
    run()
