"""Whether a text written about a confidential shelter gives a place, judged from its public cell.

A package's note for the shelter, who meets the person, a referral's note or who answered it
are written by people who do not know where the shelter is (no output tells them), and they
must not carry its place to the receiving partners or the referral store. Refusing a text that
holds the shelter's own town, street or point answered guesses: `package --notes-for
"shelter=near Orosh"` was refused for the right village only, and one batch case a village, or
one a hundredth of a degree, found the town and the point to about 1 km. The rule here depends
only on what every output already tells: the shelter's ~11 km cell (its region without a
point). A text is refused when it gives any point of the cell (with a hundredth of a degree
around it), names any town the gazetteer places in or near the cell (any town of the region for
a shelter without a point), or holds a street address (a kind of street and a number), so that
the answer is the same for the shelter wherever it is in its cell.
"""

from __future__ import annotations

import contextlib
import functools
import math

from .errors import InputError
from .geo.gazetteer import INDEX_MIN_POPULATION, countries_with_town, has_gazetteer, load_gazetteer
from .geo.names import fold_name
from .geo.parts import keys_holding
from .locating import names_a_town, point_in_box, street_address_in
from .model import CONFIDENTIAL_CELL_DEG, Provider, public_location
from .taxonomy import fold

#: How far around a shelter's cell a town is one that a text may not name (about 5.5 km): a
#: town whose centre lies just outside the cell may still be the shelter's.
TOWN_MARGIN_DEG = 0.05

__all__ = [
    "TOWN_MARGIN_DEG",
    "cell_box",
    "gives_cell_place",
    "names_a_town_near",
    "other_town_names",
    "towns_near",
]


def cell_box(provider: Provider, margin: float = 0.0) -> tuple[float, float, float, float] | None:
    """(south, north, west, east) of a confidential shelter's public cell, widened by `margin`
    degrees of latitude (as many km east and west); None without a point."""
    if provider.latitude is None or provider.longitude is None:
        return None
    centre_lat, centre_lon = public_location(provider.latitude, provider.longitude)
    across = 1 / max(math.cos(math.radians(centre_lat)), 0.05)
    half_lat, half_lon = CONFIDENTIAL_CELL_DEG / 2 + margin, (CONFIDENTIAL_CELL_DEG / 2 + margin) * across
    return centre_lat - half_lat, centre_lat + half_lat, centre_lon - half_lon, centre_lon + half_lon


def towns_near(provider: Provider) -> tuple[str, ...]:
    """The gazetteer's towns in or near a confidential shelter's cell; of its region without a
    point. () without a gazetteer of its country."""
    country = provider.region.split("-")[0].upper()
    box = cell_box(provider, TOWN_MARGIN_DEG)
    return _towns(country, provider.region if box is None else "", box)


@functools.lru_cache(maxsize=256)
def _towns(country: str, region: str, box: tuple[float, float, float, float] | None) -> tuple[str, ...]:
    if len(country) != 2 or not has_gazetteer(country):
        return ()
    towns = load_gazetteer(country).towns
    if box is None:
        return tuple(dict.fromkeys(town.name for town in towns if region and town.region == region))
    south, north, west, east = box
    return tuple(
        dict.fromkeys(
            town.name for town in towns if south <= town.latitude <= north and west <= town.longitude <= east
        )
    )


def gives_cell_place(
    provider: Provider | None, text: str, *, except_town: str = "", towns: bool = True
) -> bool:
    """Whether a text written about a provider would carry a confidential shelter's place: a
    point of its cell, a street address, or (with `towns`) a town in or near it (`except_town`,
    the place of return, stays a fair word). The same for every place of the shelter in its
    cell."""
    if provider is None or not provider.confidential_address or not text:
        return False
    if street_address_in(text):
        return True
    box = cell_box(provider)
    if box is not None and point_in_box(text, box):
        return True
    if not towns:
        return False
    return _names_a_town_near(provider, text, except_town)


def names_a_town_near(provider: Provider, text: str, except_town: str = "") -> bool:
    """Whether a text names a town in or near a confidential shelter's cell (`towns_near`),
    other than `except_town`: a caseworker's note, or the shelter's own texts (checks)."""
    return bool(text) and _names_a_town_near(provider, text, except_town)


def _names_a_town_near(provider: Provider, text: str, except_town: str) -> bool:
    towns = towns_near(provider)
    if except_town:
        allowed = fold(except_town)
        towns = tuple(town for town in towns if fold(town) != allowed)
    # and each under its other names, as the gazetteer gives them: 'تزنيت' in an Arabic note
    # named Tiznit, whose Latin name alone was looked for (fifteenth adversarial pass)
    country = provider.region.split("-")[0].upper()
    return names_a_town(text, (*towns, *(name for town in towns for name in other_town_names(town, country))))


@functools.lru_cache(maxsize=4096)
def other_town_names(city: str, country: str = "") -> tuple[str, ...]:
    """Every other name the gazetteer of `country` gives its towns called `city`: exonyms,
    other languages and scripts, old names ('Marrakesh', 'مراكش' and 'Marrakech' for Marrakech
    in MA). A confidential shelter's texts (its name first: every output shows it) are searched
    for these too (`locating`): "Marrakesh Shelter" gave the town that outputs withhold where
    "Marrakech Shelter" was refused. Without a country ("" or one with no gazetteer), the
    towns of that name of every country with one of 15,000 people or more (the town index).
    () for a name no gazetteer lists as a town.

    The shelter's own country is the one its town is in: its gazetteer alone is read (a cold
    `match` read the town index of 200 countries, about 40 ms, for the first confidential
    shelter), and another country's town of the same name adds nothing of its own. As with the
    town index, a name is looked for only where one of its towns has INDEX_MIN_POPULATION
    people or more: a village's other names in GeoNames are mostly its district's (Dibra for
    Peshkopi), which outputs show."""
    key = fold_name(city)
    if len("".join(key.split())) < 3:
        return ()
    found: list[str] | None = None
    if len(country) == 2:
        # (a gazetteer loaded is kept: looking for its file again costs more than the rest)
        with contextlib.suppress(InputError):  # no gazetteer of that country: every country's
            found = _names_of_towns(country.upper(), key)
    if found is None:
        found = [name for other in countries_with_town(key) for name in _names_of_towns(other, key)]
    names = dict.fromkeys(found)
    names.pop(key, None)
    return tuple(name for name in names if len("".join(name.split())) >= 3)


#: Towns whose names are found by a pass over a gazetteer's names before its names index is
#: turned round once (UA's: a pass about 5 ms, turning it round 12 ms; a pass now searches the
#: text of each chunk not read yet, `parts.keys_holding`): a `match` asks for the towns of a few
#: confidential shelters, an import or a batch for hundreds.
_PASSES_BEFORE_TURNING = 2
_passes: dict[str, int] = {}


def expect_towns(country: str, count: int) -> None:
    """Tell `other_town_names` that about `count` towns of `country` are to be asked for (a
    matcher withholds every confidential shelter's place in its texts): for more than
    _PASSES_BEFORE_TURNING, the gazetteer's names index is turned round at the first rather than
    read whole for each of the first ones (a pass costs half of turning it round: at 10,000
    providers, 70 M of the index build's 2,081 M instructions). The names found are the same."""
    country = country.upper()
    if count > _PASSES_BEFORE_TURNING:
        _passes[country] = max(_passes.get(country, 0), _PASSES_BEFORE_TURNING)


def _names_of_towns(country: str, key: str) -> list[str]:
    """Every name of the towns of `country` called `key` (folded), `key` among them."""
    gazetteer = load_gazetteer(country)
    names, towns = gazetteer.names, gazetteer.towns
    indices = names.get(key, ())
    if not any(towns[index].population >= INDEX_MIN_POPULATION for index in indices):
        return []  # as the town index has them: a village's other names are mostly its district's
    if _passes.get(country, 0) < _PASSES_BEFORE_TURNING:
        _passes[country] = _passes.get(country, 0) + 1
        return keys_holding(names, indices)  # each chunk's text searched, not parsed
    by_town = _names_by_town(country)
    return [name for index in indices for name in by_town.get(index, ())]


@functools.lru_cache(maxsize=8)
def _names_by_town(country: str) -> dict[int, tuple[str, ...]]:
    """A gazetteer's names index turned round: each town's index -> every name of it."""
    by_town: dict[int, list[str]] = {}
    for name, indices in load_gazetteer(country).names.items():
        for index in indices:
            by_town.setdefault(index, []).append(name)
    return {index: tuple(found) for index, found in by_town.items()}
