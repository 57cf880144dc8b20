"""Countries: turn 'AL', 'ALB', '008', 'Albania' (and more) into one ISO 3166-1 country."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: str
    name: str


def resolve_country(text: str) -> Country:
    """Resolve a country given as alpha-2, alpha-3, numeric or English name.

    Anything that could name a path ('../x', '/etc', 'a\\0') is refused before any lookup.
    """
    import pycountry

    cleaned = str(text).strip()
    if not cleaned or not re.fullmatch(r"[^\W\d_]+(?:[ '\-.,()][^\W\d_]+)*\.?|\d{1,3}", cleaned):
        raise InputError(f"{text!r} is not a country", "give an ISO code such as AL, MAR or 804, or a name")
    if cleaned.isdigit():
        found = pycountry.countries.get(numeric=cleaned.zfill(3))
    elif len(cleaned) in (2, 3) and cleaned.isascii():
        found = pycountry.countries.get(**{f"alpha_{len(cleaned)}": cleaned.upper()})
    else:
        found = None
    if found is None:
        try:
            found = pycountry.countries.lookup(cleaned)
        except LookupError:
            found = None
    if found is None:
        raise InputError(f"unknown country {text!r}", "give an ISO code such as AL, MAR or 804, or an English name")
    return Country(found.alpha_2, found.alpha_3, found.numeric, found.name)
