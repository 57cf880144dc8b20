"""Shell completion of values: country codes, need codes, provider ids, format names.

click completes commands, options and the choices of a choice option (`--format`, `--sex`)
by itself. The values it cannot know are completed here, by parameter name, so that every
command that takes a country, a need or a provider id completes it without saying so.

Every command imports this module (`cli/__init__.py`), but completes nothing: what only the
completers read (pycountry, storage, the gazetteers' folders) is imported inside them, so that
no command pays for it at start-up (docs/architecture.md, "Imports inside functions").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..render import visible
from ..taxonomy import GROUPS, NEEDS

if TYPE_CHECKING:  # imported where a value is completed: about 0.8 ms of every start otherwise
    from click.shell_completion import CompletionItem

Completer = Callable[[click.Context, click.Parameter, str], "list[CompletionItem]"]


def countries(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Alpha-2 codes: first those with a directory file (yours, else the samples), then those
    with a gazetteer, then every other ISO 3166 code."""
    import pycountry  # lazy: heavy (about 100 ms), and only completion lists every country
    from click.shell_completion import CompletionItem

    typed = incomplete.upper()
    seen: dict[str, str] = {}
    for code, where in (*_directory_countries(ctx), *_gazetteer_countries()):
        if code.startswith(typed):
            seen.setdefault(code, where)
    for country in pycountry.countries:
        code = str(country.alpha_2)
        if code.startswith(typed):
            seen.setdefault(code, str(country.name))
    return [CompletionItem(code, help=where) for code, where in seen.items()]


def needs(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Need codes and groups; after a comma ('shelter,med'), the next item of the list; before
    an '=' (`--select med`), the need of NEED=VALUE."""
    from click.shell_completion import CompletionItem

    head, comma, last = incomplete.rpartition(",")
    prefix = head + comma
    items = [(n.code, n.description) for n in NEEDS] + [
        (g, "group: " + ", ".join(c)) for g, c in GROUPS.items()
    ]
    return [CompletionItem(prefix + code, help=text) for code, text in items if code.startswith(last.lower())]


def assignments(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """NEED=VALUE: the need before '='; after it, nothing (a provider id or free text)."""
    return [] if "=" in incomplete else needs(ctx, param, incomplete)


def provider_ids(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """The ids of the directory the command names (its COUNTRY or --country), with names."""
    country = ctx.params.get("country")
    if not isinstance(country, str) or not country:
        return []
    from click.shell_completion import CompletionItem

    try:
        from ..privacy import public_name
        from ..storage import load_directory  # lazy: `locate`, `needs` and --help read no directory

        directory = load_directory(country, _root(ctx))
    except Exception:  # completion never fails loudly: a wrong country just completes nothing
        return []
    # a name is directory text: the shell shows it, so a control character in it is shown, not
    # obeyed; and a confidential shelter's as every output shows it (never its town)
    return [
        CompletionItem(p.id, help=visible(public_name(p)))
        for p in directory.providers
        if p.id.startswith(incomplete)
    ]


#: Parameter name -> how its values complete.
COMPLETERS: dict[str, Completer] = {
    "country": countries,
    "countries": countries,
    "needs": needs,
    "categories": needs,
    "select": assignments,
    "notes_for": assignments,
    "provider_id": provider_ids,
    "avoid_provider": provider_ids,
    "provider": provider_ids,
}


def add_completions(command: click.Command) -> click.Command:
    """Attach the value completers to a command's parameters (once)."""
    for param in command.params:
        completer = COMPLETERS.get(param.name or "")
        if completer is not None and getattr(param, "_custom_shell_complete", None) is None:
            param._custom_shell_complete = completer  # what click's `shell_complete=` argument sets
    return command


def _root(ctx: click.Context) -> str | None:
    top = ctx.find_root()
    given = top.params.get("directories")
    return given if isinstance(given, str) else None


def _directory_countries(ctx: click.Context) -> Iterator[tuple[str, str]]:
    from ..storage import resolve_root  # lazy: `locate`, `needs` and --help read no directory

    try:
        folder = resolve_root(_root(ctx)).path
    except Exception:
        return
    for path in sorted(folder.glob("??.json")):
        yield path.stem.upper(), visible(f"directory {path}")


def _gazetteer_countries() -> Iterator[tuple[str, str]]:
    from ..geo.gazetteer import search_dirs  # lazy: --help, --version and `needs` use no geography

    for folder in search_dirs():
        for path in sorted(Path(folder).glob("??.json.gz")):
            yield path.name[:2].upper(), "gazetteer"
