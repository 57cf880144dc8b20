"""`svcmatch locate`: a town or region read from any spelling or script, offline.

Alone in its module, so that a cold `locate` imports neither the gazetteer builder nor geocoding.
"""

from __future__ import annotations

import click

from ..geo import locate as find
from ..geo.locate import close_to_words
from ..render import render
from .common import emit, format_option, handle_errors, note_country_reading, table_width, warn

_PLACE_COLUMNS = ["name", "kind", "region", "region_name", "latitude", "longitude", "population", "score"]


@click.command()
@click.argument("query")
@click.option(
    "--country",
    "-c",
    "country",
    required=True,
    metavar="CC",
    help="Country: ISO code (AL, MAR, 804) or name (Albania, Україна, Maroc).",
)
@format_option()
@handle_errors
def locate(query: str, country: str, fmt: str) -> None:
    """Find a town or region in any spelling or script, offline: its region and coordinates.

    Write 'NAME, REGION' to choose among towns of one name. Where names tie, the larger place
    wins; the others are listed.

    \b
    Examples:
      svcmatch locate Shkoder --country AL
      svcmatch locate "Lemberg" --country UA --format json
      svcmatch locate "Ivanivka, Odesa Oblast" --country UA
    """
    place = find(query, country)
    note_country_reading(country)
    if fmt == "json":
        emit(render([], "json", document=place.to_json()))
        return
    rows = [{**_row(place), "match": "best"}] + [{**_row(a), "match": "also"} for a in place.alternatives]
    emit(render(rows, fmt, columns=["match", *_PLACE_COLUMNS], width=table_width()))
    if place.seat:
        where = f"{place.region} {place.region_name}"
        warn(f"{query}: read as the district of {place.name} (seat {place.seat}), {where}")
    if place.how == "spelling" and not place.ambiguous:
        read = f"{place.name} ({place.region}){close_to_words(place.near)}"
        warn(f"no place is named {query!r}; read as {read} by a close spelling")
    elif place.how == "spelling":
        warn(
            f"no place is named {query!r}; places of close spellings are shown, the closest first "
            f"(check the one you mean, or give the nearest town that `locate` finds as written)"
        )
    elif place.ambiguous and {a.region for a in place.alternatives} <= {place.region}:
        # the region cannot choose among them (it may be the one the query named already)
        warn(
            f"{query!r} names more than one place in {place.region_name}; {_FIRST}, the others "
            "under it: check the coordinates of the one you mean"
        )
    elif place.ambiguous:
        warn(
            f"{query!r} names more than one place; {_FIRST}. "
            f'Add the region to choose, e.g. "{query}, {place.region_name}"'
        )


#: How locate orders places of one name (geo.locate._rank_population): a town whose own name
#: the query is counts five times its people against one for which it is another name.
_FIRST = "shown first is the likeliest (its own name before another name, then the larger)"


def _row(place: object) -> dict[str, object]:
    return {column: getattr(place, column) for column in _PLACE_COLUMNS}
