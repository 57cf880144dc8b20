"""`svcmatch directory ...`: the commands with which a country office keeps its directory."""

from __future__ import annotations

import click

from . import LazyGroup

#: Subcommand name -> "module:attribute" (relative to svcmatch.cli).
DIRECTORY_COMMANDS: dict[str, str] = {
    "init": ".directory_edit:init",
    "add": ".directory_edit:add",
    "edit": ".directory_edit:edit",
    "remove": ".directory_edit:remove",
    "show": ".directory_edit:show",
    "list": ".directory_edit:list_",
    "stats": ".directory_edit:stats",
    "history": ".directory_edit:history",
    "validate": ".directory_io:validate",
    "import": ".directory_io:import_",
    "export": ".directory_io:export",
    "stale": ".directory_check:stale",
    "verify": ".directory_check:verify",
    "advise": ".directory_advise:advise",
    "geocode": ".geo_cmds:geocode",
}


#: The commands that change a directory file (they take --allow-sample).
WRITE_COMMANDS = frozenset({"add", "edit", "remove", "import", "verify", "advise", "geocode"})


@click.group(cls=LazyGroup, lazy_commands=DIRECTORY_COMMANDS, write_commands=WRITE_COMMANDS)
def directory() -> None:
    """Keep a country's directory of providers: add, edit, check, import and export.

    \b
    Examples:
      svcmatch directory list AL --category shelter
      svcmatch directory edit AL al-tir-1a2b --set phone="+355 4 000 0000"
      svcmatch directory validate AL
    """
