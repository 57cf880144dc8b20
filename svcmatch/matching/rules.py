"""The hard rules of matching: each says in plain words why a provider cannot take a person."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping
from operator import attrgetter

from ..errors import DataError, InputError
from ..geo.distance import haversine_km as great_circle_km
from ..geo.locate import locate_quietly
from ..geo.regions import located_region
from ..locating import as_latin_lookalikes
from ..model import Provider
from ..taxonomy import ACCOMMODATION_NEEDS, fold
from .case import Case
from .destination import Destination
from .scoring import join_words

#: A provider with outreach or mobile services also reaches people this far from its location.
OUTREACH_KM = 30.0
#: A radius or outreach reaches this far beyond its figure: distances are shown in whole km
#: and run to a town's point, its centre, so a radius of 23 km ends at a town shown 23 km away
#: (fourteenth caseworker pass: 23.1 km from La Paz's point, it was "outside its coverage").
REACH_SLACK_KM = 0.5
#: Distances to a confidential shelter are rounded to this many km (never below it).
COARSE_KM = 10
#: What a confidential shelter's distance under `--max-km` is, where its rounded distance seems
#: to say the opposite of the limit ("about 10 km from Osh" kept by a limit of 5 km; "about 10 km
#: away, beyond the limit of 10 km"): the limit is read from its public cell, never its point.
MEASURED_COARSELY = (
    f"as measured from its public area (a confidential address's distance is rounded to {COARSE_KM} km, "
    "never below)"
)


class Entry:
    """A provider prepared once per directory: radians, sets, reach (a plain slotted class:
    thousands are built per directory, and dataclasses cost import time)."""

    __slots__ = (
        "categories",
        "cell",
        "confidential",
        "cos_lat",
        "index",
        "languages",
        "lat_r",
        "located",
        "lon_r",
        "national",
        "point",
        "provider",
        "radius_km",
        "reach_km",
        "reachable",
        "region",
        "regions",
        "residence",
        "tie",
    )

    def __init__(self, index: int, provider: Provider) -> None:
        coverage = provider.coverage
        self.index = index
        self.provider = provider
        self.categories = frozenset(provider.categories)
        self.regions = frozenset(provider.covered_regions()) if coverage.kind == "regions" else frozenset()
        self.languages = frozenset(provider.languages)
        self.national = coverage.kind == "national"
        #: the radius of a radius coverage; how far its coverage reaches around it (0 = none)
        radius = coverage.km if coverage.kind == "radius" else None
        self.radius_km = None if radius is None else radius + REACH_SLACK_KM
        reach = (radius or 0.0) + (OUTREACH_KM if provider.outreach else 0.0)
        self.reach_km = reach + REACH_SLACK_KM if reach > 0 else 0.0
        self.located = provider.latitude is not None and provider.longitude is not None
        self.lat_r = math.radians(provider.latitude or 0.0)
        self.lon_r = math.radians(provider.longitude or 0.0)
        self.cos_lat = math.cos(self.lat_r)
        self.cell = (0, 0)  # its grid cell, set by the Matcher (index.cell_of)
        self.region = provider.region
        self.confidential = provider.confidential_address
        #: a public shelter, whose services are usually for those it houses (plan.residents_first;
        #: a confidential one's are `shelter_not_hers`)
        self.residence = not provider.confidential_address and "shelter" in self.categories
        #: a referral can reach it: a phone, e-mail or focal point on record (plan.reachable_first)
        self.reachable = reachable(provider)
        verified = provider.verified_on.toordinal() if provider.verified_on is not None else 0
        #: the provider's part of the ties rule (engine.Hit.key): fresher verification, name,
        #: id (known free places, between verification and name, depend on the need and date).
        #: Two records of one name are told apart by their contact before their ids, so that a
        #: spreadsheet imported twice with new ids keeps their order.
        contact = (provider.phone, provider.email, provider.focal_point, provider.website)
        self.tie = (-verified, (provider.name.casefold(), *contact), provider.id)
        self.point: tuple[str, str] | None = None  # service_point(), worked out when first asked

    def service_point(self) -> tuple[str, str]:
        """Its `service_point`, kept: the plan compares it for every case's alternatives."""
        if self.point is None:
            p = self.provider
            self.point = service_point(p.name, p.city, p.region, p.confidential_address)
        return self.point


class Point:
    """A point in radians with its cosine, so that each distance costs one haversine."""

    __slots__ = ("cos_lat", "lat_r", "lon_r")

    def __init__(self, latitude: float, longitude: float) -> None:
        self.lat_r = math.radians(latitude)
        self.lon_r = math.radians(longitude)
        self.cos_lat = math.cos(self.lat_r)


def haversine_km(point: Point, lat_r: float, lon_r: float, cos_lat: float) -> float:
    """Great-circle distance from `point` (geo.distance's haversine), in km."""
    return great_circle_km(point.lat_r, point.lon_r, point.cos_lat, lat_r, lon_r, cos_lat)


def coarse_km(km: float) -> int:
    """Round half up to a multiple of COARSE_KM, never below COARSE_KM."""
    rounded = math.floor(km / COARSE_KM + 0.5) * COARSE_KM
    return rounded if rounded > COARSE_KM else COARSE_KM  # max(), as it compares (a call costs more)


#: The warning on a result whose point is its town's, not its building's (`directory geocode`
#: offline places a record without coordinates on its town's centre, or its region's).
ROUGH_LOCATION = "approximate location (its town's, not its building's): distances to it are about"


def located_roughly(provider: Provider) -> bool:
    """Whether a provider's distances are from an approximate point that outputs may say so of:
    a confidential shelter's are about already (its public cell), and whether its point is its
    town's is withheld (privacy.LOCATING_DETAILS)."""
    return provider.coordinates_approximate and not provider.confidential_address


def service_point(name: str, town: str, region: str, confidential: bool) -> tuple[str, str]:
    """What makes two records one service point to a caseworker: the same name (case, accents and
    separators aside) in the same town, a confidential shelter's in the same region (its town is
    withheld), as `import` refuses a new row (tabular.Duplicates). The plan's and the package's
    alternatives leave out one of the chosen provider's point: calling it again is no alternative
    ('Example Family Shelter Kukes' was the alternative to 'Example Family Shelter Kukës', one
    phone, one address, a record held twice)."""
    # a name that only a joiner, a kashida or a look-alike letter tells apart is the same
    # point, as import reads it (fifteenth adversarial pass: --avoid-provider planned it)
    return as_latin_lookalikes(fold(name)), region if confidential else (fold(town) or region)


def street_point(provider: Provider) -> tuple[str, str] | None:
    """A public record's street address in its town (case, accents and separators aside), which
    two records of one place share under two names ('Shelter Hope' and 'Strehëza Shpresa' at
    Rruga Besa 5: a record held twice, in two languages); None for a record without one, and
    for a confidential shelter, whose address no answer may compare (it would give it)."""
    return None if provider.confidential_address else street_key(provider)


def street_key(provider: Provider) -> tuple[str, str] | None:
    """`street_point` of any record, a confidential shelter's too (as the directory holds it,
    never as matching's view of it, which has no address); None for one without an address."""
    if not provider.address.strip():
        return None
    return as_latin_lookalikes(fold(provider.address)), fold(provider.city)


class Context:
    """A case prepared for the rules: resolved place, sets for fast membership."""

    __slots__ = (
        "_grouped",
        "avoid_ids",
        "avoid_regions",
        "case",
        "destination",
        "left_out",
        "point",
        "town_avoided",
        "twins",
        "unsaid",
    )

    def __init__(
        self,
        case: Case,
        destination: Destination,
        point: Point | None,
        avoid_regions: frozenset[str],
        avoid_ids: frozenset[str],
        twins: Mapping[str, str] | None = None,
        town_avoided: Mapping[str, str] | None = None,
        unsaid: frozenset[str] = frozenset(),
    ) -> None:
        self.case = case
        self.destination = destination
        self.point = point
        self.avoid_regions = avoid_regions
        #: the avoided providers' ids, and their service points' other records (`twins`: each
        #: such id -> the avoided id it shares its point with)
        self.twins: Mapping[str, str] = twins or {}
        self.avoid_ids = avoid_ids | frozenset(self.twins) | unsaid
        #: avoided ids never named, not even as a near miss: the public records at an avoided
        #: confidential shelter's street address (`Matcher.at_shelters_address`)
        self.unsaid = unsaid
        #: the records stored under another region than their town's, whose town lies in a region
        #: to avoid: id -> that region (`regions_of_towns`)
        self.town_avoided: Mapping[str, str] = town_avoided or {}
        #: every id the needs' indexes leave out: the avoided ones and those
        self.left_out = self.avoid_ids | frozenset(town_avoided) if town_avoided else self.avoid_ids
        self._grouped: tuple[tuple[str, Hashable], ...] | None = None

    def grouped(self) -> tuple[tuple[str, Hashable], ...]:
        """(rule name, what the case gives it) for each of GROUPED_RULES: the keys under which
        a need's index keeps the providers each rule lets through (the same for every need of
        the case, so worked out once)."""
        if self._grouped is None:
            grouped = []
            for name, _, _, case_key in GROUPED_RULES:  # (a loop: a generator is a function made per case)
                grouped.append((name, case_key(self)))
            self._grouped = tuple(grouped)
        return self._grouped


Rule = Callable[[Entry, str, Context, "float | None"], "str | None"]


def status_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    status = e.provider.status
    return None if status == "active" else f"it is {status.replace('_', ' ')}"


def covers(e: Entry, ctx: Context, km: float | None) -> bool:
    """National, naming the region of return, or reaching the place of return (`km`, as
    `Matcher.place_km` measures it: from a region of return, from its town nearest to the
    provider). A provider with a radius or outreach located in a region of return reaches it."""
    dest = ctx.destination
    if e.national or dest.region in e.regions:
        return True
    if e.reach_km <= 0:
        return False
    if dest.kind == "region" and e.region == dest.region and e.located:
        return True
    return km is not None and km <= e.reach_km


def coverage_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    return None if covers(e, ctx, km) else "outside its coverage"


def max_km_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    limit = ctx.case.max_km
    if limit is None:
        return None
    if km is None:
        return f"its distance is unknown (limit {limit:g} km)"
    if km <= limit:
        return None
    if e.confidential and coarse_km(km) <= limit:  # "about 10 km away, beyond the limit of 10 km"
        return f"beyond the limit of {limit:g} km {MEASURED_COARSELY}"
    return f"beyond the limit of {limit:g} km" + (outreach_to_ask(e, ctx) if covers(e, ctx, km) else "")


def outreach_to_ask(e: Entry, ctx: Context, where: str = "") -> str:
    """Where a provider that covers `where` (the place of return, unless given) and records
    outreach or mobile services is measured by its base (`--max-km`, the far-away warning), the
    call that may bring it to her: twentieth and twenty-first caseworker passes, a mobile team
    whose outreach reaches her town was "beyond the limit of 5 km", read as a no. The limit
    stays a hard rule (issue 12)."""
    if not e.provider.outreach:
        return ""
    if not where:
        dest = ctx.destination
        where = f"the region of return ({dest.region_name})" if dest.kind == "region" else dest.name
    return (
        f" (measured to its base; it runs outreach or mobile services covering {where}: "
        "ask whether they come to the person)"
    )


def avoid_provider_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    if e.provider.id not in ctx.avoid_ids:
        return None
    given = ctx.twins.get(e.provider.id)  # another record of an avoided service point
    if given:
        return f"the same service point as {given}, which you asked to avoid"
    if e.provider.confidential_address:  # said of each, whether a record stands there or not
        return "you asked to avoid it (and any public record at its address, unnamed)"
    return "you asked to avoid it"


def avoid_region_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    if not ctx.avoid_regions:
        return None
    stored = e.provider.region
    region = located_region(stored, ctx.case.country)
    if region is None:  # where it is is not known: a guess is worse than a question
        if not stored.strip():
            return "it records no region: it may be in a region you asked to avoid"
        where = f"its region {stored!r} is no region of {ctx.case.country}"
        return f"{where}: it may be in a region you asked to avoid"
    return "it is in a region you asked to avoid" if region in ctx.avoid_regions else None


def avoid_region_or_town_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    """`avoid_region_rule`, and a record stored under another region than its town's whose town
    lies in a region to avoid (a hand edit or a merge, which `validate` reports: Tirana stored
    in AL-08): a safety rule reads the record as in both, never only in the one stored. Its
    town is not named when its address is confidential."""
    said = avoid_region_rule(e, need, ctx, km)
    town = ctx.town_avoided.get(e.provider.id) if said is None else None
    if town is None:
        return said
    where = "its town" if e.confidential else f"its town, {e.provider.city},"
    # said after "but" in an unmet reason: one "but" ("nearest shelter is X, ..., but its town ...")
    said = f"{where} lies in {town}, a region you asked to avoid, though its record says {e.region}"
    return f"{said}: check its record"


#: A confidential shelter's services for a person it does not house (a result's warning).
NOT_HOUSED_THERE = (
    "a confidential shelter where the person does not stay: its services are usually for those it "
    "houses, and a visit would show the person where it is; call before referring"
)
#: A public place to stay's services for a person it does not house, far from where she stays (a
#: result's warning; twenty-second caseworker pass: a boy of 12 housed at the Kolda children's
#: centre had his medical care planned at the Dakar children's centre, 337 km away, without a word
#: that it is another home, whose care is for the children it houses).
NOT_HOUSED_FAR = (
    "a place to stay where the person does not stay, far from the accommodation: its services are "
    "usually for those it houses; call before referring"
)


def shelter_not_hers(provider: Provider, need: str, housed_at: Iterable[str]) -> bool:
    """Whether `need` is a service (not a place to stay) at a confidential shelter that does not
    house the person (`housed_at`: the ids of the providers of her accommodation). A careful
    caseworker sends no one it does not house there for a day service: its services are for its
    residents, and the visit would show her where it is (eighteenth caseworker pass)."""
    return (
        provider.confidential_address
        and need not in ACCOMMODATION_NEEDS
        and not ACCOMMODATION_NEEDS.isdisjoint(provider.categories)
        and provider.id not in housed_at
    )


def stay_not_hers(provider: Provider, need: str, housed_at: Iterable[str]) -> bool:
    """Whether `need` is a service at a public shelter, a residence (not confidential:
    `shelter_not_hers` is that one's), that does not house the person (`housed_at`): its medical
    care, counselling, food ... are usually for those it houses. A provider of housing without
    shelter is rent support or a flat, which houses no one where it serves them: twenty-third
    caseworker pass, a reintegration fund's grants, 365 km from her shelter, were "a place to stay
    where the person does not stay ...: its services are usually for those it houses"."""
    return (
        not provider.confidential_address
        and need not in ACCOMMODATION_NEEDS
        and "shelter" in provider.categories
        and provider.id not in housed_at
    )


#: Why the plan passed over a public shelter for a service (`stay_not_hers`), in its trade-off.
NOT_RESIDENT = "is a shelter where the person does not stay: its services are usually for those it houses"


def regions_of_towns(entries: Iterable[Entry], country: str) -> dict[str, frozenset[str]]:
    """The records whose city is a town known exactly (`geo.locate`, every town of the name) of
    regions other than the one they are stored under, by id: the regions of those towns. A town
    is read once, whatever the number of its records; a city the gazetteer does not know
    exactly, or a country without one, adds nothing. Read once per directory, and only for a
    case that avoids a region (it costs ~0.3-50 ms a town)."""
    regions_of: dict[str, frozenset[str]] = {}
    found: dict[str, frozenset[str]] = {}
    for e in entries:
        city = " ".join(e.provider.city.split())
        if not city:
            continue
        regions = regions_of.get(city)
        if regions is None:
            try:
                place = locate_quietly(city, country)
            except (InputError, DataError):
                regions = frozenset()
            else:
                towns = (place, *place.alternatives)
                regions = frozenset(t.region for t in towns if t.kind == "town" and t.score >= 1.0)
            regions_of[city] = regions
        if regions and e.region not in regions:
            found[e.provider.id] = regions
    return found


_SEX_PLURALS = {"female": "women", "male": "men", "other": "other genders"}


def sex_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    sex, served = ctx.case.sex, e.provider.sexes
    if sex is None or not served or sex in served:
        return None
    return "it " + sex_words(served)


def sex_words(served: tuple[str, ...]) -> str:
    """'serves women only', 'serves women and other genders only'."""
    return f"serves {join_words([_SEX_PLURALS.get(s, s) for s in served])} only"


#: The needs whose provider's ages are those of the children it cares for (care for the
#: children who return with the person), not the person's: her age is not compared with them.
CHILDREN_NEEDS = frozenset({"childcare"})
#: An unaccompanied minor is under 18, whatever the case leaves out.
ADULT_AGE = 18


def childrens_ages(need: str, provider: Provider) -> bool:
    """Whether a provider's ages are those of the children it cares for: childcare's are, but
    not a place to stay's (one record, one range: the ages of those it houses, for its shelter
    and for the childcare it gives them) nor a range from 18 up, which is no child's: those are
    the people it serves, compared with the person's age as for any need. Eleventh caseworker
    pass: a shelter for women of 18 and over "cares for children aged 18 and over: check the
    children's ages", and was childcare for a girl of 16 it cannot house; a home for girls of
    13-17 and their babies was a childcare option for a mother of 26."""
    low = provider.min_age
    return for_the_children(need, provider) and (low is None or low < ADULT_AGE)


def for_the_children(need: str, provider: Provider) -> bool:
    """Whether the need is care for the children who return with the person (childcare) at a
    provider that is no place to stay: a shelter's childcare is for those it houses, whom its
    rules (ages, unaccompanied minors) are about."""
    return need in CHILDREN_NEEDS and ACCOMMODATION_NEEDS.isdisjoint(provider.categories)


def teaches_her_children(need: str, provider: Provider, age: int | None, children: bool) -> bool:
    """Whether an education provider is for the children who return with the person rather
    than for her (`children`: they return, `children_return`): it teaches only children (up to
    17), is no place to stay, and she is older than it takes (or her age is not given). Its ages
    are then the children's, as childcare's are. Twentieth caseworker pass: a mother of 32
    returning to Chautara with three children asked for "school" (or "school for children"),
    and the community school for ages 5-16 beside her shelter was refused as "it takes ages
    5-16": education unmet for three school-age children."""
    high = provider.max_age
    return (
        children
        and need == "education"
        and high is not None
        and high < ADULT_AGE
        and (age is None or age > high)
        and ACCOMMODATION_NEEDS.isdisjoint(provider.categories)
    )


def age_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    """The person's age in the provider's range; an unaccompanied minor of unknown age is
    under 18 (an adults-only provider cannot take her); childcare's ages are the children's
    (`childrens_ages`), and so are a children's school's when children return with her
    (`teaches_her_children`)."""
    if childrens_ages(need, e.provider):
        return None
    age, low, high = ctx.case.age, e.provider.min_age, e.provider.max_age
    if age is None:
        if ctx.case.unaccompanied and low is not None and low >= ADULT_AGE:
            return "it " + age_words(low, high)
        return None
    if (low is None or age >= low) and (high is None or age <= high):
        return None
    if need == "education" and teaches_her_children(need, e.provider, age, children_return(ctx.case)):
        return None
    return "it " + age_words(low, high)


def age_warning(provider: Provider, need: str, age: int | None, her_children: bool = False) -> str | None:
    """What a caseworker must check about a provider's ages that the case does not decide:
    the children's ages for childcare, and for a children's school that is for her children
    (`her_children`: `teaches_her_children`), the person's when her age is not given."""
    low, high = provider.min_age, provider.max_age
    if low is None and high is None:
        return None
    if childrens_ages(need, provider):
        return f"cares for children {child_age_words(low, high)}: check the children's ages"
    if her_children:
        ages = child_age_words(low, high)
        return f"teaches children {ages}, for the children who return with the person: check their ages"
    return age_words(low, high) if age is None else None


def child_age_words(low: int | None, high: int | None) -> str:
    """'aged 0-6', 'aged 3 and over', 'up to 6'."""
    if low is not None and high is not None:
        return f"aged {low}-{high}"
    return f"aged {low} and over" if low is not None else f"up to {high}"


def age_words(low: int | None, high: int | None) -> str:
    """'takes ages 12-17', 'takes people aged 18 and over', 'takes people up to 17'."""
    if low is not None and high is not None:
        return f"takes ages {low}-{high}"
    return f"takes people aged {low} and over" if low is not None else f"takes people up to {high}"


def unfit_for_stay(p: Provider, need: str, case: Case, stay: Provider | None) -> str | None:
    """What makes a service no plan for a person housed at `stay` when the case does not give
    her sex or age (each passes every provider's then): it serves no sex, or takes no age, that
    the accommodation takes ("serves men only, where the accommodation serves women only"), or
    None. Where the plan houses her decides who she is taken to be; fifteenth caseworker pass: a
    woman of unknown age housed at an adults' shelter had her education, counselling and family
    support planned at a youth shelter for ages 12-17, and on the UA sample her medical care at a
    children's home, a plan that no age fits. Childcare's ages are the children's, not hers."""
    if stay is None or p is stay:
        return None
    if case.sex is None and stay.sexes and p.sexes and set(stay.sexes).isdisjoint(p.sexes):
        return f"{sex_words(p.sexes)}, where the accommodation {sex_words(stay.sexes)}"
    ranged = stay.min_age is not None or stay.max_age is not None
    if case.age is None and ranged and not _theirs(need, p, case):
        low = max(stay.min_age or 0, p.min_age or 0)
        highs = [high for high in (stay.max_age, p.max_age) if high is not None]
        if highs and low > min(highs):
            ages = age_words(stay.min_age, stay.max_age).removeprefix("takes ")
            return f"{age_words(p.min_age, p.max_age)}, where the accommodation takes {ages}"
    return None


def reachable(p: Provider) -> bool:
    """Whether a referral can reach `p`: a phone, e-mail or focal point on record (`validate`'s
    warning for each active record without any)."""
    return bool(p.phone.strip() or p.email.strip() or p.focal_point.strip())


def decides_unknown(case: Case, p: Provider) -> bool:
    """Whether `p` takes only some sexes, or ages, where the case gives none: a place to stay the
    plan never moves her to for its services (`plan.other_stays`), for whom it houses would then
    decide who she is taken to be (a youth shelter's school for an adult of unknown age)."""
    if case.sex is None and p.sexes:
        return True
    return case.age is None and (p.min_age is not None or p.max_age is not None)


def _theirs(need: str, p: Provider, case: Case) -> bool:
    """Whether a provider's ages are those of the children who return with her (childcare's, a
    children's school's: `teaches_her_children`), not hers."""
    if childrens_ages(need, p):
        return True
    return need == "education" and teaches_her_children(need, p, case.age, children_return(case))


def no_common_person(
    sex: str | None, age: int | None, planned: Iterable[tuple[str, Provider]], children: bool = False
) -> list[tuple[str, Provider, Provider]]:
    """The facts the case does not give that no person could have at every planned provider
    (need, provider): ("sex", a, b) where a and b serve no sex in common, ("age", a, b) where a
    takes no one as young as b's oldest. The plan prefers services that fit the accommodation
    (`unfit_for_stay`); where none does, or two services clash, the case's warnings say so.
    `children`: children return with her (a children's school is theirs, not hers)."""
    found: list[tuple[str, Provider, Provider]] = []
    providers = {p.id: (need, p) for need, p in planned}.values()
    if sex is None:
        served = [p for _, p in providers if p.sexes]
        clash = next(((a, b) for a in served for b in served if set(a.sexes).isdisjoint(b.sexes)), None)
        if clash is not None:
            found.append(("sex", *clash))
    if age is None:
        ranged = [
            p
            for need, p in providers
            if not childrens_ages(need, p) and not teaches_her_children(need, p, age, children)
        ]
        lows = [(p.min_age, p) for p in ranged if p.min_age is not None]
        highs = [(p.max_age, p) for p in ranged if p.max_age is not None]
        if lows and highs:
            (low, oldest), (high, youngest) = max(lows, key=_first), min(highs, key=_first)
            if low > high:
                found.append(("age", oldest, youngest))
    return found


def no_common_words(fact: str, a: Provider, b: Provider) -> str:
    """The case's warning for a `no_common_person` clash, naming both providers."""
    if fact == "sex":
        clash = f"{a.name} {sex_words(a.sexes)}, {b.name} {sex_words(b.sexes)}"
    else:
        clash = f"{a.name} {age_words(a.min_age, a.max_age)}, {b.name} {age_words(b.min_age, b.max_age)}"
    return (
        f"the case does not give the person's {fact}, and no {fact} fits the whole plan: {clash}: "
        f"ask the person and give --{fact}"
    )


def _first(pair: tuple[int, Provider]) -> int:
    return pair[0]


def unaccompanied_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    """An unaccompanied minor needs providers that take them; childcare cares for her
    children, who are not unaccompanied (they are with her), as its ages are theirs; but a
    shelter's childcare is for those it houses (`for_the_children`)."""
    if (
        ctx.case.unaccompanied
        and not e.provider.unaccompanied_minors
        and not for_the_children(need, e.provider)
    ):
        return "it does not take unaccompanied minors"
    return None


def children_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    if children_return(ctx.case) and need in ACCOMMODATION_NEEDS and not e.provider.accompanying_children:
        return "it does not take accompanying children"
    return None


def children_return(case: Case) -> bool:
    """Whether children return with the person: `--children N`, or a need for childcare (care
    for the children who return with her, DOMAIN.md) when the case does not say how many: a
    shelter that cannot take them is no place for her (match says so in its warnings)."""
    return case.children > 0 or children_assumed(case.children, case.needs)


def children_assumed(children: int | None, needs: Iterable[str]) -> bool:
    """Childcare is asked and the case gives no number of children: children are taken to
    return with her, which match and the package say (never a silent guess)."""
    return not children and "childcare" in needs


def disability_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    """With --disability, a place to stay must have disability access (a service without it
    is listed with a warning)."""
    if ctx.case.disability and need in ACCOMMODATION_NEEDS and not e.provider.disability_access:
        return "it has no disability access recorded"
    return None


def exploitation_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    kind, handled = ctx.case.exploitation, e.provider.exploitation_types
    if kind is None or not handled or kind in handled:
        return None
    return f"it handles only {join_words([t.replace('_', ' ') for t in handled])} exploitation"


def official_status_rule(e: Entry, need: str, ctx: Context, km: float | None) -> str | None:
    if e.provider.official_status_required and ctx.case.official_status is False:
        return "it requires official victim status"
    return None


#: The rules a case can break, in the order a failure is reported; name -> check.
CASE_RULES: tuple[tuple[str, Rule], ...] = (
    ("max_km", max_km_rule),
    ("avoid_provider", avoid_provider_rule),
    ("avoid_region", avoid_region_or_town_rule),
    ("sex", sex_rule),
    ("age", age_rule),
    ("unaccompanied", unaccompanied_rule),
    ("children", children_rule),
    ("disability", disability_rule),
    ("exploitation", exploitation_rule),
    ("official_status", official_status_rule),
)
ALL_RULES: tuple[tuple[str, Rule], ...] = (
    ("status", status_rule),
    ("coverage", coverage_rule),
    *CASE_RULES,
)


def _schools_children(case: Case) -> bool:
    """Whether the age rule may read a children's school as the children's (education asked, an
    age given, children returning): only then is it part of the age rule's key, so that other
    cases share the providers it lets through (a key per children's count cost 1.1% of batch)."""
    return case.age is not None and "education" in case.needs and children_return(case)


def _age_fields(p: Provider) -> Hashable:
    """What the age rule reads of a provider: its range, and whether it is a place to stay (for
    childcare, whose ages are then those it houses: `childrens_ages`)."""
    return p.min_age, p.max_age, ACCOMMODATION_NEEDS.isdisjoint(p.categories)


def _unaccompanied_fields(p: Provider) -> Hashable:
    """What the unaccompanied-minors rule reads of a provider (`for_the_children`)."""
    return p.unaccompanied_minors, ACCOMMODATION_NEEDS.isdisjoint(p.categories)


#: The rules that read only a few fields of the provider and of the case: each is decided once
#: per group of providers with the same fields (rule, provider fields, case fields).
GROUPED_RULES: tuple[tuple[str, Rule, Callable[[Provider], Hashable], Callable[[Context], Hashable]], ...] = (
    ("avoid_region", avoid_region_rule, attrgetter("region"), attrgetter("avoid_regions")),
    ("sex", sex_rule, attrgetter("sexes"), attrgetter("case.sex")),
    (
        "age",
        age_rule,
        _age_fields,
        lambda c: (c.case.age, c.case.unaccompanied and c.case.age is None, _schools_children(c.case)),
    ),
    ("unaccompanied", unaccompanied_rule, _unaccompanied_fields, attrgetter("case.unaccompanied")),
    ("children", children_rule, attrgetter("accompanying_children"), lambda c: children_return(c.case)),
    ("disability", disability_rule, attrgetter("disability_access"), attrgetter("case.disability")),
    ("exploitation", exploitation_rule, attrgetter("exploitation_types"), attrgetter("case.exploitation")),
    (
        "official_status",
        official_status_rule,
        attrgetter("official_status_required"),
        attrgetter("case.official_status"),
    ),
)


def failures(
    e: Entry, need: str, ctx: Context, km: float | None, most: int | None = None
) -> list[tuple[str, str]]:
    """Every hard rule the provider breaks for this need, as (rule, plain words); with `most`,
    no more than that many (a near miss breaks one: the search stops at a second)."""
    found: list[tuple[str, str]] = []
    for name, rule in ALL_RULES:
        words = rule(e, need, ctx, km)
        if words is not None:
            found.append((name, words))
            if most is not None and len(found) >= most:
                break
    return found
