"""`svcmatch needs`: the need codes, what they cover, and the words that mean them."""

from __future__ import annotations

import click

from ..render import render
from ..taxonomy import GROUPS, NEEDS
from .common import emit, format_option, handle_errors, table_width


@click.command()
@format_option()
@handle_errors
def needs(fmt: str) -> None:
    """List the need codes with what they cover and the words that resolve to them.

    \b
    Example:
      svcmatch needs --format markdown
    """
    rows = [{"code": n.code, "description": n.description, "synonyms": list(n.synonyms)} for n in NEEDS]
    rows += [
        {"code": group, "description": "group: " + ", ".join(codes), "synonyms": []}
        for group, codes in GROUPS.items()
    ]
    if fmt == "table":
        for row in rows:
            row["synonyms"] = ", ".join(row["synonyms"])
    emit(render(rows, fmt, columns=["code", "description", "synonyms"], width=table_width()))
