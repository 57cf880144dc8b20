"""Region × need coverage matrix of active providers, and the records due for verification."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .geo import distance_km, regions, resolve_country, resolve_region
from .geo.gazetteer import load_gazetteer
from .matching.case import Case
from .matching.destination import Destination
from .matching.rules import CASE_RULES, REACH_SLACK_KM, Context, Entry
from .model import Directory, Provider, refuse_other_digits
from .person_words import EXPLOITATION_WORDS, SEX_WORDS
from .privacy import public_point, public_provider
from .taxonomy import NEED_CODES, fold, resolve_needs, split_words

if TYPE_CHECKING:  # a type only: `coverage` runs without the checks' geography
    from .checks import Period

#: A cell with this many providers is a gap; with THIN providers it is a thin spot.
GAP = 0
THIN = 1

#: Towns per region whose distance decides whether a radius reaches the region.
MAIN_TOWNS_PER_REGION = 3

_UNACCOMPANIED_WORDS = {"unaccompanied", "uam", "unaccompanied minor", "unaccompanied minors"}
_CHILDREN_WORDS = {"children", "with children", "accompanying children"}
#: Words for a child that may be the person (an age) or the children she returns with ('child'
#: was read as the second, said as "can serve: children": twenty-first adversarial pass).
_CHILD_WORDS = {"child", "a child", "kid", "kids", "minor", "minors"}
_NO_STATUS_WORDS = {"no status", "nostatus", "no official status", "without status"}
_POPULATION_HINT = (
    "write comma separated tokens: a sex (female, male, other), an age (16), "
    "unaccompanied, children, no_status, an exploitation type (sexual, labour, ...)"
)

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Population:
    """The people a coverage report is narrowed to (`--for female,16,unaccompanied`)."""

    sex: str | None = None
    age: int | None = None
    unaccompanied: bool = False
    children: bool = False
    exploitation: str | None = None
    no_status: bool = False  # without official victim status

    def describe(self) -> str:
        """The population in the mini-syntax, in a fixed order ('' for everyone)."""
        parts = [
            self.sex or "",
            "" if self.age is None else str(self.age),
            "unaccompanied" if self.unaccompanied else "",
            "children" if self.children else "",
            "no_status" if self.no_status else "",
            self.exploitation or "",
        ]
        return ",".join(p for p in parts if p)

    def admitted(self, provider: Provider, needs: Iterable[str], country: str) -> list[str]:
        """The needs for which the provider takes these people, by matching's own hard rules
        about the person (`_WHO_RULES`): `coverage --for` counts whom `match` would refer there
        (its own copy of the rules had drifted: it compared a mother's age with a daycare's)."""
        entry = Entry(0, provider)  # once per provider, for all its needs
        found = []
        for need in needs:
            ctx = _population_context(self, need, country)
            if all(rule(entry, need, ctx, None) is None for rule in _WHO_RULES):
                found.append(need)
        return found


#: Matching's hard rules (rules.CASE_RULES) about who the person is, which `--for` gives: not
#: where she returns, what she avoids, or a disability, which --for does not name.
_WHO_RULES = tuple(
    rule
    for name, rule in CASE_RULES
    if name in {"sex", "age", "unaccompanied", "children", "exploitation", "official_status"}
)
#: Where the population returns: anywhere (no rule of `_WHO_RULES` reads it).
_ANYWHERE = Destination("", "", "region", "", "", None, None)


@lru_cache(maxsize=256)
def _population_context(population: Population, need: str, country: str) -> Context:
    """The population as the case that matching's rules read, for one need."""
    case = Case(
        country=country,
        to="(a coverage report's population)",
        needs=(need,),
        sex=population.sex,
        age=population.age,
        unaccompanied=population.unaccompanied,
        children=1 if population.children else 0,
        exploitation=population.exploitation,
        official_status=False if population.no_status else None,
    )
    return Context(case, _ANYWHERE, None, frozenset(), frozenset())


def parse_population(text: str) -> Population:
    """Parse `female,16,unaccompanied` (tokens in any order, case and accents ignored).

    Raises InputError for an unknown token or a contradiction (two sexes, two ages, an
    unaccompanied minor aged 18 or more).
    """
    values: dict[str, Any] = {}
    tokens = split_words(text)
    if not tokens:
        raise InputError("--for is empty", _POPULATION_HINT)
    for token in tokens:
        name, value = _population_token(token)
        if name in values and values[name] != value:
            raise InputError(
                f"--for names two values for {name}: {values[name]} and {value}", f"give one {name}"
            )
        values[name] = value
    population = Population(**values)
    if population.unaccompanied and population.age is not None and population.age >= 18:
        raise InputError(
            f"an unaccompanied minor cannot be {population.age}",
            "give an age under 18 or drop 'unaccompanied'",
        )
    return population


def _population_token(token: str) -> tuple[str, Any]:
    refuse_other_digits(token, "--for")
    folded = fold(token)
    if re.fullmatch(r"\d{1,3}", folded):
        if not token.strip().isdecimal():  # '-1', '--5', '1-': fold dropped the signs, read as 1 and 5
            raise InputError(
                f"--for: {token!r} is not an age", "give an age from 0 to 130 in digits, such as 16"
            )
        age = int(folded)
        if age > 130:
            raise InputError(f"--for: {token!r} is not a human age", "give an age from 0 to 130")
        return "age", age
    if folded in SEX_WORDS:
        return "sex", SEX_WORDS[folded]
    if folded in _UNACCOMPANIED_WORDS:
        return "unaccompanied", True
    if folded in _CHILDREN_WORDS:
        return "children", True
    if folded in _CHILD_WORDS:
        raise InputError(
            f"--for: {token.strip()!r} may be the person's age or the children who return with her",
            "give an age for a child (such as 12, with unaccompanied if so), or 'children' for a person "
            "returning with children",
        )
    if folded in _NO_STATUS_WORDS:
        return "no_status", True
    if folded in EXPLOITATION_WORDS:
        return "exploitation", EXPLOITATION_WORDS[folded]
    raise InputError(f"--for: unknown token {token!r}", _POPULATION_HINT)


@dataclass(frozen=True, slots=True)
class Cell:
    """One region and need of the matrix, with its count."""

    region: str
    region_name: str
    need: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return {"region": self.region, "region_name": self.region_name, "need": self.need}


@dataclass(frozen=True, slots=True)
class CoverageReport:
    """The matrix: for each region (in code order) and need, the number of active providers."""

    country: str
    regions: tuple[tuple[str, str], ...]
    needs: tuple[str, ...]
    counts: Mapping[str, Mapping[str, int]]
    population: Population | None = None
    sample: bool = False
    directory_file: str = ""
    directory_version: str = ""
    #: (region, text): the directory's advisories for regions of the matrix (`directory advise`).
    #: A national provider counts in a region under military occupation too; the advisory says
    #: that a return there may not be possible, so each format shows it beside the counts.
    advisories: tuple[tuple[str, str], ...] = ()

    def cells(self) -> Iterable[Cell]:
        for code, name in self.regions:
            for need in self.needs:
                yield Cell(code, name, need, self.counts[code][need])

    def gaps(self) -> list[Cell]:
        return [cell for cell in self.cells() if cell.count == GAP]

    def thin(self) -> list[Cell]:
        return [cell for cell in self.cells() if cell.count == THIN]

    def advised(self, cells: Iterable[Cell]) -> list[Cell]:
        """The cells of regions under an advisory: their counts are the providers whose
        coverage includes the region (every national one does), not services known to work
        there, and the advisory may say that no return there can be planned (Crimea)."""
        advised = {code for code, _text in self.advisories}
        return [cell for cell in cells if cell.region in advised]

    def to_json(self) -> dict[str, Any]:
        """The `coverage --format json` document."""
        return {
            "country": self.country,
            "for": self.population.describe() if self.population else None,
            "needs": list(self.needs),
            "region_names": dict(self.regions),
            "regions": {code: dict(self.counts[code]) for code, _ in self.regions},
            "gaps": [cell.to_json() for cell in self.gaps()],
            "thin": [cell.to_json() for cell in self.thin()],
            "advisories": dict(self.advisories),
            "directory": {
                "file": self.directory_file,
                "version": self.directory_version,
                "sample": self.sample,
            },
        }

    def rows(self) -> list[dict[str, Any]]:
        """One flat row per region: code, name, a count per need, then the region's advisory
        (for CSV and Markdown)."""
        advisories = dict(self.advisories)
        return [
            {"region": code, "region_name": name, **self.counts[code], "advisory": advisories.get(code, "")}
            for code, name in self.regions
        ]


def coverage_matrix(
    directory: Directory,
    *,
    population: Population | None = None,
    needs: Sequence[str] | str | None = None,
    region_points: Mapping[str, Sequence[Point]] | None = None,
) -> CoverageReport:
    """Count, for every top-level region and need, the active providers that cover it.

    A national provider covers every region; a "regions" provider the regions it lists (a
    province counts for its region); a "radius" provider its own region and every region one
    of whose main towns (`region_points`, default: the region's largest towns from the
    gazetteer) lies within the radius of its location. `population` keeps only providers
    whose eligibility rules admit those people.
    """
    country = directory.info.country
    regions = tuple(top_regions(country))
    codes = [code for code, _ in regions]
    need_codes = _need_columns(needs)
    counts = {code: dict.fromkeys(need_codes, 0) for code in codes}
    points = region_points
    for provider in directory.providers:
        offered = [n for n in need_codes if n in provider.categories]
        if population is not None and offered:
            offered = population.admitted(provider, offered, country)
        if not offered or provider.status != "active":
            continue
        if provider.coverage.kind == "radius" and points is None:
            points = main_town_points(country)
        for region in reached_regions(provider, codes, country, points or {}):
            for need in offered:
                counts[region][need] += 1
    info = directory.info
    advised = {top_region(code, country): text for code, text in info.advisories}
    return CoverageReport(
        country=country,
        regions=regions,
        needs=need_codes,
        counts=counts,
        population=population,
        sample=info.sample,
        directory_file=_file_name(info.path),
        directory_version=info.version,
        advisories=tuple((code, advised[code]) for code in codes if code in advised),
    )


def _need_columns(needs: Sequence[str] | str | None) -> tuple[str, ...]:
    if needs is None:
        return NEED_CODES
    chosen = resolve_needs(needs)
    return tuple(code for code in NEED_CODES if code in chosen)


def _file_name(path: str | None) -> str:
    if not path:
        return ""
    return re.split(r"[\\/]", path)[-1]


def reached_regions(
    provider: Provider, regions: Sequence[str], country: str, points: Mapping[str, Sequence[Point]]
) -> list[str]:
    """The top-level regions (of `regions`) that the provider's coverage reaches; a radius is
    measured from the public point (a confidential shelter's ~11 km cell centre, never its
    exact point), so that the matrix tells nothing that the cell does not."""
    kind = provider.coverage.kind
    if kind == "national":
        return list(regions)
    own = {top_region(provider.region, country)} if provider.region else set()
    if kind == "regions":
        named = {top_region(code, country) for code in provider.covered_regions()}
        return [code for code in regions if code in named]
    reached = set(own)
    point = public_point(provider)
    if point is not None and provider.coverage.km:
        reached |= _regions_within(point[0], point[1], provider.coverage.km + REACH_SLACK_KM, points)
    return [code for code in regions if code in reached]


def _regions_within(lat: float, lon: float, km: float, points: Mapping[str, Sequence[Point]]) -> set[str]:
    return {
        region
        for region, towns in points.items()
        if any(distance_km(lat, lon, t_lat, t_lon) <= km for t_lat, t_lon in towns)
    }


def top_regions(country: str) -> list[tuple[str, str]]:
    """(code, name) of the country's top-level regions (Morocco's 12 regions, not provinces)."""
    return sorted((code, name) for code, name in regions(country) if top_region(code, country) == code)


def top_region(code: str, country: str) -> str:
    """The top-level region a subdivision belongs to (MA-CAS -> MA-06); itself when top-level
    or unknown (`directory validate` reports unknown codes)."""
    key = (code.strip().upper(), country.upper())
    if key not in _TOP_CACHE:
        try:
            _TOP_CACHE[key] = resolve_region(key[0], key[1])
        except InputError:
            _TOP_CACHE[key] = key[0]
    return _TOP_CACHE[key]


_TOP_CACHE: dict[tuple[str, str], str] = {}


def main_town_points(country: str) -> dict[str, list[Point]]:
    """Each top-level region's reference points for radius coverage: its MAIN_TOWNS_PER_REGION
    largest towns in the shipped gazetteer (districts of a city left out)."""
    towns = sorted(
        (t for t in load_gazetteer(resolve_country(country).alpha2).towns if not t.section),
        key=lambda t: (-t.population, t.name),
    )
    points: dict[str, list[Point]] = {}
    for town in towns:
        chosen = points.setdefault(town.region, [])
        if len(chosen) < MAIN_TOWNS_PER_REGION:
            chosen.append((town.latitude, town.longitude))
    return points


def need_abbreviation(code: str) -> str:
    """A three-letter column header for the table ('shelter' -> 'SHE')."""
    return code[:3].upper()


def table_rows(report: CoverageReport) -> list[dict[str, str]]:
    """Rows for the terminal table: short headers, gaps marked '0!' and thin spots '1*'."""
    rows: list[dict[str, str]] = []
    advised = dict(report.advisories)
    for code, name in report.regions:
        row = {"region": code, "name": f"{name} †" if code in advised else name}
        for need in report.needs:
            count = report.counts[code][need]
            mark = "!" if count == GAP else "*" if count == THIN else ""
            row[need_abbreviation(need)] = f"{count}{mark}"
        rows.append(row)
    return rows


def table_legend(report: CoverageReport) -> str:
    """What the table's marks and short headers mean, with the totals."""
    names = ", ".join(f"{need_abbreviation(n)}={n}" for n in report.needs)
    who = report.population.describe() if report.population else ""
    # A table printed without it would pass a men-only count for everyone's.
    scope = f"active providers that can serve: {who or 'everyone'}\n"
    advised = ""
    gaps, thin = report.gaps(), report.thin()
    gaps_there, thin_there = len(report.advised(gaps)), len(report.advised(thin))
    if report.advisories:
        codes = ", ".join(code for code, _ in report.advisories)
        advised = (
            f"\n† = under an advisory ({codes}): a return there may not be possible, whatever the "
            "counts, which are the providers whose coverage includes the region (every national "
            "one does), not services known to work there "
            f"(`svcmatch directory stats {report.country}` shows each advisory)"
        )
    there = f" ({gaps_there} of them under an advisory)" if gaps_there else ""
    thin_said = f" ({thin_there} of them under an advisory)" if thin_there else ""
    return (
        f"{scope}0! = gap (no active provider): {len(gaps)}{there}; "
        f"1* = thin spot (one provider): {len(thin)}{thin_said}\n{names}{advised}"
    )


@dataclass(frozen=True, slots=True)
class DueRecord:
    """A record due for verification: how old its last check is, and whom to call."""

    provider: Provider
    days: int | None  # None: never verified
    country: str = ""  # the directory's (a confidential shelter's region is shown as read in it)

    def to_row(self) -> dict[str, Any]:
        p = public_provider(self.provider, self.country)  # a confidential shelter's town is withheld
        return {
            "id": p.id,
            "name": p.name,
            "city": p.city,
            "region": p.region,
            "status": p.status,
            "verified_on": p.verified_on.isoformat() if p.verified_on else "never",
            "verified_by": p.verified_by,
            "days": self.days,
            "focal_point": p.focal_point,
            "phone": p.phone,
            "email": p.email,
        }


def due_for_verification(directory: Directory, *, stale_after: Period, today: dt.date) -> list[DueRecord]:
    """Records never verified or stale after `stale_after` (checks.Period: by default as `match`
    counts it), of any status; never-verified first, then oldest first, then by id."""
    due = [
        DueRecord(p, None if p.verified_on is None else (today - p.verified_on).days, directory.info.country)
        for p in directory.providers
        if stale_after.is_stale(p.verified_on, today)
    ]
    return sorted(due, key=lambda d: (d.days is not None, -(d.days or 0), d.provider.id))
