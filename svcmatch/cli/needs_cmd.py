"""`svcmatch needs`: the need codes, what they cover, and the words that mean them."""

from __future__ import annotations

import click

from ..render import render
from ..taxonomy import GROUPS, LANGUAGE_NAMES, LANGUAGES, NEEDS, need_words
from .common import emit, format_option, handle_errors, table_width


@click.command()
@click.option(
    "--lang",
    "language",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default="en",
    show_default=True,
    help="Language of the words listed (ISO 639-1): "
    + ", ".join(f"{code} {name}" for code, name in LANGUAGE_NAMES.items())
    + ".",
)
@format_option()
@handle_errors
def needs(language: str, fmt: str) -> None:
    """List the need codes with what they cover and the words that resolve to them.

    The words come from svcmatch/data/needs/<lang>.txt; any of them, in any of the languages
    of --lang, is read as its code wherever a need is asked for.

    \b
    Examples:
      svcmatch needs --format markdown
      svcmatch needs --lang fr
    """
    words = need_words(language.lower())
    rows = [
        {
            "code": n.code,
            "description": n.description,
            "language": language.lower(),
            "synonyms": words.get(n.code, []),
        }
        for n in NEEDS
    ]
    rows += [
        {
            "code": group,
            "description": "group: " + ", ".join(codes),
            "language": language.lower(),
            "synonyms": words.get(group, []),
        }
        for group, codes in GROUPS.items()
    ]
    columns = ["code", "description", "synonyms"]
    if fmt == "table":
        for row in rows:
            row["synonyms"] = ", ".join(row["synonyms"])
    else:
        columns.insert(2, "language")
    emit(render(rows, fmt, columns=columns, width=table_width()))
