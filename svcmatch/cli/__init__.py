"""The `svcmatch` command: a thin click layer that parses, calls the core, and renders.

Subcommands live in their own modules and are imported only when they run, so that
`svcmatch match` does not pay for the import of `svcmatch directory import`.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from .. import __version__
from .common import AppContext


class LazyGroup(click.Group):
    """A click group whose subcommands are imported from "module:attribute" on first use."""

    def __init__(self, *args: Any, lazy_commands: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands:
            module_name, _, attribute = self.lazy_commands[cmd_name].partition(":")
            module = importlib.import_module(module_name, package=__name__)
            command = getattr(module, attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


#: Top-level commands: name -> "module:attribute" (relative to this package).
COMMANDS: dict[str, str] = {
    "needs": ".needs_cmd:needs",
    "directory": ".directory:directory",
    "locate": ".geo_cmds:locate",
    "gazetteer": ".geo_cmds:gazetteer",
    "coverage": ".coverage_cmd:coverage",
    "match": ".match_cmd:match",
    "package": ".package_cmd:package",
    "referral": ".referral_cmd:referral",
    "batch": ".batch_cmd:batch",
}


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="svcmatch")
@click.option(
    "--directories",
    "directories",
    type=click.Path(file_okay=False, path_type=str),
    envvar="SVCMATCH_DIRECTORIES",
    show_envvar=True,
    help="Folder of directory files. Default: ./directories if it exists, "
    "else the bundled sample directories.",
)
@click.pass_context
def main(ctx: click.Context, directories: str | None) -> None:
    """Match returning victims of trafficking to service providers, and keep the directories.

    \b
    Examples:
      svcmatch match --country AL --to Shkoder --needs shelter,medical --sex female --age 24
      svcmatch locate "Lemberg" --country UA
      svcmatch directory list AL --category shelter
    """
    import os

    from ..errors import SvcmatchError
    from ..geo import gazetteer
    from ..settings import Settings
    from .common import fail

    try:
        settings = Settings.from_environment(os.environ, directories=directories)
    except SvcmatchError as error:
        fail(error)
    gazetteer.use_settings(settings)
    ctx.obj = AppContext(directories=directories, settings=settings)
