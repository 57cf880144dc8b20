"""`directory validate`: the errors and warnings in one country's directory.

The checks of one record live in `checks`; this module runs them over a directory and adds
what needs several records (likely duplicates).
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .checks import SEVERITIES, Checker, Finding, Period, contact_items, stale_period
from .errors import InputError
from .geo import distance_km
from .languages import language_label, read_language
from .model import LOCATABLE_TEXT_FIELDS, Directory, Provider, locating_pattern, refuse_other_digits
from .privacy import public_name
from .taxonomy import fold

__all__ = [
    "Finding",
    "Period",
    "counts",
    "duplicate_findings",
    "parse_period",
    "period_reading",
    "shelter_place_findings",
    "shelter_place_warnings",
    "stale_period",
    "validate",
]

#: Two providers this close (km) with similar names are probably one.
NEARBY_KM = 5.0
#: rapidfuzz token_sort_ratio at or above which two names count as similar.
SIMILAR_NAME = 90.0
#: Name-token buckets larger than this are too common to compare within (the exact-name pass still runs).
_MAX_BUCKET = 400
_STOP_WORDS = frozenset(
    {
        "and",
        "the",
        "for",
        "of",
        "dhe",
        "per",
        "për",
        "ne",
        "në",
        "des",
        "les",
        "pour",
        "centre",
        "center",
        "qendra",
        "association",
        "shoqata",
        "organisation",
        "organization",
        "ngo",
    }
)


def validate(
    directory: Directory,
    *,
    today: dt.date,
    stale_after: Period | None = None,
    not_eligible: Mapping[str, int] | None = None,
    unanswered: Mapping[str, int] | None = None,
) -> list[Finding]:
    """Every error and warning in the directory, in file order, a provider's errors first.

    Errors make the data wrong (matching would mislead); warnings ask a person to look.
    A record is stale as `match` counts it (`matching.freshness.is_stale`), unless
    `stale_after` gives another period (`parse_period`).
    `not_eligible` counts, per provider id, the referrals it declined as not eligible in the
    last 12 months (`svcmatch referral`): three or more put its eligibility data in doubt.
    `unanswered` counts the referrals of the last 12 months it never answered by their
    deadline: three or more put its contact details in doubt.
    """
    checker = Checker(directory.info.country, today=today, stale_after=stale_after, commands=True)
    findings: list[Finding] = []
    for provider in directory.providers:
        findings.extend(checker.findings(provider))
    findings.extend(duplicate_findings(directory.providers, checker.country))
    findings.extend(shelter_place_findings(directory.providers))
    findings.extend(_declined_as_not_eligible(directory, not_eligible or {}))
    findings.extend(_left_unanswered(directory, unanswered or {}))
    findings.extend(unreachable_findings(directory))
    findings.extend(advisory_findings(directory, checker.region_codes))
    findings.extend(language_name_findings(directory))
    order = {p.id: index for index, p in enumerate(directory.providers)}
    findings.sort(key=lambda f: (order.get(f.provider, -1), SEVERITIES.index(f.severity)))
    return findings


def unreachable_findings(directory: Directory) -> list[Finding]:
    """A warning for each active provider with no phone, e-mail or focal point: `match` plans it
    and `package` sends it with nothing but its name and town, and no referral can reach it
    (`validate` said nothing until the twelfth office pass)."""
    code = directory.info.country
    return [
        Finding(
            "phone",
            "warning",
            "no phone, e-mail or focal point: a referral cannot reach it",
            f"find how to reach it, then svcmatch directory edit {code} {p.id} --set phone=.. "
            "(or email=.., focal_point=..)",
            p.id,
        )
        for p in directory.providers
        if p.status == "active" and not (p.phone.strip() or p.email.strip() or p.focal_point.strip())
    ]


#: This many not_eligible declines in 12 months make a provider's eligibility data doubtful.
NOT_ELIGIBLE_DECLINES = 3
#: This many referrals left unanswered past their deadline in 12 months put a provider's contact in doubt.
UNANSWERED_REFERRALS = 3


def _declined_as_not_eligible(directory: Directory, declines: Mapping[str, int]) -> list[Finding]:
    return _told_by_referrals(
        directory,
        declines,
        NOT_ELIGIBLE_DECLINES,
        "eligibility",
        "declined {n} referrals as not eligible in the last 12 months: its eligibility data may be wrong",
        "call the provider, correct who it takes (sex, age, exploitation, status)",
    )


def _left_unanswered(directory: Directory, unanswered: Mapping[str, int]) -> list[Finding]:
    return _told_by_referrals(
        directory,
        unanswered,
        UNANSWERED_REFERRALS,
        "contact",
        "did not answer {n} referrals by their deadline in the last 12 months: its contact details "
        "may be out of date",
        "call the provider, check its focal point, phone and e-mail",
    )


def _told_by_referrals(
    directory: Directory, counts: Mapping[str, int], least: int, field: str, message: str, check: str
) -> list[Finding]:
    """A warning for each provider whose referrals of the last 12 months say its record may be
    wrong: `counts[id]` of them at least `least` times."""
    code = directory.info.country
    return [
        Finding(
            field,
            "warning",
            message.format(n=counts[p.id]),
            f"{check}, then `svcmatch directory verify {code} {p.id} --by NAME`",
            p.id,
        )
        for p in directory.providers
        if counts.get(p.id, 0) >= least
    ]


def language_name_findings(directory: Directory) -> list[Finding]:
    """A warning for each record whose file gives a language by its name ('Albanian', 'Romani'):
    every command reads it as its code (`languages.stored_languages`), and the file should say
    the code, as `directory add`, `edit` and `import` write it (other tools read the file too)."""
    code = directory.info.country
    named: dict[str, list[tuple[str, str]]] = {}
    for provider_id, name, language in directory.info.languages_by_name:
        named.setdefault(provider_id, []).append((name, language))
    findings = []
    for provider in directory.providers:
        if provider.id not in named:
            continue
        findings.extend(
            _languages_naming_two(code, provider, [name for name, read in named[provider.id] if not read])
        )
        read = [(name, language) for name, language in named[provider.id] if language]
        if not read:
            continue
        # a confidential shelter's stored words are not echoed: only the codes they gave
        said = ", ".join(
            language_label(language)
            if provider.confidential_address
            else f"{name!r} as {language_label(language)}"
            for name, language in read
        )
        findings.append(
            Finding(
                "languages",
                "warning",
                f"the file gives {len(read)} language{'s' if len(read) > 1 else ''} by name, read as "
                f"{'codes' if len(read) > 1 else 'its code'}: {said}",
                f"write the codes: svcmatch directory edit {code} {provider.id} "
                f"--set {shlex.quote('languages=' + '|'.join(provider.languages))}",
                provider.id,
            )
        )
    return findings


def _languages_naming_two(code: str, provider: Provider, names: list[str]) -> list[Finding]:
    """An error for each language the file writes as a name that is one language's code and
    another's name ('Ga'): it loads as the code (Irish), which may not be the one meant."""
    findings = []
    for name in names:
        try:
            read_language(name)
        except InputError as error:
            findings.append(
                Finding(
                    "languages",
                    "error",
                    error.message,
                    f"{error.hint}: svcmatch directory edit {code} {provider.id} --set languages=...",
                    provider.id,
                )
            )
    return findings


def advisory_findings(directory: Directory, region_codes: Iterable[str]) -> list[Finding]:
    """An advisory stored under a key that is no region code of the country ('AL-7', 'al-08',
    'Kukës', written by hand or merged in git): match, batch and package look advisories up by
    the region's code, so no caseworker going there would ever see it."""
    code = directory.info.country
    known = set(region_codes)
    read = dict(directory.info.advisories_misfiled)
    keys = [key for key, _text in directory.info.advisories if key not in known and key not in read]
    return [
        Finding(
            "advisories",
            "error",
            f"the advisory {key!r} is no region code of {code}: "
            + (
                f"match, batch and package read it as {read[key]}"
                if read.get(key)
                else "match, batch and package never show it"
            ),
            f"svcmatch directory advise {code} {read.get(key) or '<region>'} --text '...' with its text, "
            f"then svcmatch directory advise {code} {key} --clear",
        )
        for key in [*(key for key in read if key not in known), *keys]
    ] + [
        Finding(
            "advisories",
            "error",
            f"the advisory for {key} gives the street address or exact point of a confidential "
            "shelter (written while it was public, or by hand): every output withholds it, the file keeps it",
            f"svcmatch directory advise {code} {key} --text '...' without it",
        )
        for key in directory.info.advisories_withheld
    ]


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """{"error": n, "warning": m}."""
    result = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        result[finding.severity] += 1
    return result


def parse_period(text: str, option: str = "") -> Period:
    """'12m', '1y', '12 months', '1 year' -> calendar months (as `match` counts staleness);
    '365d', '52w', '30 days', '6 weeks' or a bare number -> days. `option` names the option
    in the error (`--older-than '6mo' is not a period`)."""
    refuse_other_digits(text, option or "period")  # '١٢m' was 12 months without a word
    match = re.fullmatch(
        r"\s*(\d{1,5})\s*(?:([dwmy])|days?|(w)eeks?|(m)onths?|(y)ears?)?\s*", text.casefold()
    )
    if not match or int(match.group(1)) == 0:
        shown = f"{option} {text!r}" if option else repr(text)
        raise InputError(f"{shown} is not a period", "write days or months, e.g. 365d, 12m, 1y")
    number = int(match.group(1))
    unit = next((u for u in match.groups()[1:] if u), "d")
    if unit in "my":
        return Period(number * (12 if unit == "y" else 1), "months")
    return Period(number * (7 if unit == "w" else 1), "days")


def period_reading(text: str, option: str) -> str | None:
    """How a bare number of a period was read (days), to be said: `--older-than 12` is 12 days,
    where a record goes stale after 12 months (said only in the summary until 2026-12-07)."""
    cleaned = text.strip()
    if not cleaned.isdigit() or int(cleaned) == 0:
        return None
    number = int(cleaned)
    return (
        f"{option}: read {cleaned!r} as {number} days (a bare number counts days; write {number}m for months)"
    )


# --- likely duplicates ------------------------------------------------------------------------


def duplicate_findings(providers: Sequence[Provider], country: str) -> list[Finding]:
    """Warnings for likely duplicates: same phone, same e-mail, or similar names nearby.

    Linear in the directory (buckets by phone, e-mail, region + name token), never all pairs.
    Each later record of a pair gets one warning naming the earlier one and every reason.
    """
    reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key_of, reason in ((_phone_keys, "same phone"), (_email_keys, "same e-mail")):
        for group in _groups(providers, key_of).values():
            for later in group[1:]:
                reasons[(group[0], later)].append(reason)
    # A confidential shelter is compared by its public ~11 km cell, never its exact point, so
    # that "similar name nearby" says no more of where it is than `match` does.
    for pair in _similar_nearby([p.public_view() for p in providers]):
        reasons[pair].append("similar name nearby")
    findings = []
    for (first, later), why in sorted(reasons.items()):
        original = providers[first]
        findings.append(
            Finding(
                field="name",
                severity="warning",
                message=f"may duplicate {original.id} ({public_name(original)}): {', '.join(why)}",
                fix=f"merge them and `svcmatch directory remove {country} {providers[later].id}`, "
                "or make the difference clear in the names",
                provider=providers[later].id,
            )
        )
    return findings


#: A public record this close (km) to a confidential shelter's exact point stands at its place.
AT_A_SHELTER_KM = 0.1
_WORD = re.compile(r"\w+")


def shelter_place_findings(providers: Sequence[Provider]) -> list[Finding]:
    """Warnings for a public record at a confidential shelter's place: its address or a free
    text gives the street address of a shelter of its region and town (any case and spacing),
    or its point lies within AT_A_SHELTER_KM of a shelter's (both points exact, not a town's
    centre). Every output shows a public record whole, so such a record gives the shelter's
    place away (the NGO's drop-in counselling listed at the shelter's building). The warning
    names no shelter: it says no more than the public record does. A door refusal would
    answer a writer's guesses; `validate` is the file's owner's."""
    # each shelter's address pattern, found by its rarest word: a text is searched only with
    # the patterns of the words it holds (one alternation of 2,000 addresses took 134 s for
    # 20,000 public records)
    found: dict[tuple[str, str], dict[str, re.Pattern[str]]] = defaultdict(dict)
    cells: dict[tuple[int, int], list[Provider]] = defaultdict(list)
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)  # each town as written and folded
    for shelter in providers:
        if not shelter.confidential_address:
            continue
        locator = locating_pattern(shelter.address, "", None)
        if locator is not None and locator.exact is not None:
            found[(shelter.region, fold(shelter.city))][shelter.address.casefold()] = locator.exact
            forms[(shelter.region, fold(shelter.city))] |= {fold(shelter.city), shelter.city.casefold()}
        if shelter.has_location and not shelter.coordinates_approximate:
            cells[_cell_of(shelter)].append(shelter)
    addresses: dict[tuple[str, str], dict[str, list[re.Pattern[str]]]] = {}
    for key, patterns in found.items():
        counts = Counter(word for address in patterns for word in set(_WORD.findall(address)))
        by_word: dict[str, list[re.Pattern[str]]] = defaultdict(list)
        for address, pattern in patterns.items():
            words = _WORD.findall(address)
            if words:
                by_word[min(words, key=lambda word: (counts[word], -len(word)))].append(pattern)
        addresses[key] = by_word
    towns_of: dict[str, list[str]] = defaultdict(list)
    # and each shelter town's places by a word of its name: a record of another town (or
    # region) whose text names the shelter's town beside its street ('the safe house at Rruga
    # Detare 7, Shëngjin' in a Lezhë clinic's how-to-refer) gives the place as well
    by_town_word: dict[str, list[tuple[tuple[str, str], set[str]]]] = defaultdict(list)
    for region, town in addresses:
        towns_of[region].append(town)
        for form in forms[(region, town)]:
            if words := _WORD.findall(form):
                by_town_word[words[0]].append(((region, town), set(words)))
    findings = []
    for provider in providers:
        if provider.confidential_address:
            continue
        town = fold(provider.city)
        own = [
            (provider.region, other)
            for other in towns_of.get(provider.region, ())
            if other == town or not other or not town  # a record without a town may be in it
        ]
        gives = ""
        if addresses:
            texts = [provider.address, *(_texts_of(provider, name) for name in LOCATABLE_TEXT_FIELDS)]
            for text in filter(None, texts):
                held = set(_WORD.findall(text.casefold()))
                keys = own + [
                    key
                    for word in held
                    for key, town_words in by_town_word.get(word, ())
                    if key not in own and town_words <= held
                ]
                searched = [addresses[key] for key in keys]
                candidates = (p for index in searched for word in held for p in index.get(word, ()))
                if any(candidate.search(text) for candidate in candidates):
                    gives = "street address"
                    break
        if not gives and cells and provider.has_location and not provider.coordinates_approximate:
            row, column = _cell_of(provider)
            near = (s for r in (-1, 0, 1) for c in (-1, 0, 1) for s in cells.get((row + r, column + c), ()))
            if any(_km_apart(provider, shelter) <= AT_A_SHELTER_KM for shelter in near):
                gives = "point"
        if gives:
            findings.append(
                Finding(
                    field="address" if gives == "street address" else "latitude",
                    severity="warning",
                    message=f"gives the {gives} of a confidential shelter: every output shows "
                    "this public record whole, and so the shelter's place",
                    fix="list the public service without the shelter's address and point (its "
                    "focal point instead), or mark it confidential too "
                    "(`--set confidential_address=yes`)",
                    provider=provider.id,
                )
            )
    return findings


def shelter_place_warnings(before: Iterable[Provider], written: Iterable[Provider]) -> list[Finding]:
    """`shelter_place_findings` of the public records a write puts into the directory (`before`,
    with `written` in their place): `add`, `edit` and `import` say them as they write, as
    warnings. A public clinic added at a shelter's street address was said by `validate` only,
    which an office runs now and then; every `match` showed the clinic, and so the shelter's
    place, meanwhile (twenty-second adversarial pass). Whoever writes the file can read it, so
    the warning tells a writer nothing the file does not; it names no shelter all the same."""
    providers = {provider.id: provider for provider in before}
    public = set()
    for provider in written:
        providers[provider.id] = provider
        if not provider.confidential_address:
            public.add(provider.id)
    if not public or not any(provider.confidential_address for provider in providers.values()):
        return []
    return [
        finding for finding in shelter_place_findings(list(providers.values())) if finding.provider in public
    ]


def _texts_of(provider: Provider, name: str) -> str:
    value = getattr(provider, name)
    return "\n".join(value) if isinstance(value, tuple) else str(value or "")


def _cell_of(provider: Provider) -> tuple[int, int]:
    """A ~1 km square (0.01 degree) of the provider's point: shelters are compared with the
    public records of the 3 x 3 squares around them, never all pairs."""
    return int(_coord(provider.latitude) * 100 // 1), int(_coord(provider.longitude) * 100 // 1)


def _km_apart(first: Provider, second: Provider) -> float:
    return distance_km(
        _coord(first.latitude), _coord(first.longitude), _coord(second.latitude), _coord(second.longitude)
    )


def _groups(providers: Sequence[Provider], key_of: Callable[[Provider], set[str]]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, provider in enumerate(providers):
        for key in key_of(provider):
            groups[key].append(index)
    return {key: members for key, members in groups.items() if len(members) > 1}


def _phone_keys(provider: Provider) -> set[str]:
    """The last 8 digits of each number: '+355 4 222 3334' and '04 222 3334' meet."""
    keys = set()
    for phone in contact_items(provider.phone):
        digits = "".join(ch for ch in re.split(r"(?i)ext\.?|x|#", phone)[0] if ch.isdigit())
        if len(digits) >= 8:
            keys.add(digits[-8:])
    return keys


def _email_keys(provider: Provider) -> set[str]:
    return {email.casefold() for email in contact_items(provider.email) if "@" in email}


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\W+", fold(name)) if len(t) >= 3 and t not in _STOP_WORDS]


def _similar_nearby(providers: Sequence[Provider]) -> set[tuple[int, int]]:
    """Pairs (earlier, later) of similar names in one region that lie close together."""
    from rapidfuzz import fuzz  # lazy, as every heavy library (docs/architecture.md)

    folded = [fold(p.name) for p in providers]
    tokens = [_tokens(p.name) for p in providers]
    digits = [re.findall(r"\d+", name) for name in folded]  # "Shelter 1" and "Shelter 2" are two
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, provider in enumerate(providers):
        for token in set(tokens[index]):
            buckets[(provider.region, token)].append(index)
    exact: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, provider in enumerate(providers):
        exact[(provider.region, " ".join(sorted(re.split(r"\W+", folded[index]))))].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in exact.values():
        pairs.update(_close_pairs(providers, members))
    for index, provider in enumerate(providers):
        rarest = sorted({t for t in tokens[index]}, key=lambda t: len(buckets[(provider.region, t)]))[:2]
        for token in rarest:
            bucket = buckets[(provider.region, token)]
            if len(bucket) > _MAX_BUCKET:
                continue
            for other in bucket:
                if other <= index or (index, other) in pairs:
                    continue
                if (
                    _nearby(provider, providers[other])
                    and digits[index] == digits[other]
                    and fuzz.token_sort_ratio(folded[index], folded[other]) >= SIMILAR_NAME
                ):
                    pairs.add((index, other))
    return pairs


def _close_pairs(providers: Sequence[Provider], members: list[int]) -> Iterable[tuple[int, int]]:
    """Pairs of identically named providers that are nearby: a sweep over latitude, not all pairs."""
    if len(members) < 2:
        return
    located = sorted(
        (m for m in members if providers[m].has_location), key=lambda m: providers[m].latitude or 0.0
    )
    window = NEARBY_KM / 111.0
    for position, first in enumerate(located):
        for second in located[position + 1 :]:
            if (providers[second].latitude or 0.0) - (providers[first].latitude or 0.0) > window:
                break
            if _nearby(providers[first], providers[second]):
                yield (min(first, second), max(first, second))
    unlocated = [m for m in members if not providers[m].has_location]
    by_city: dict[str, list[int]] = defaultdict(list)
    for member in unlocated:
        by_city[fold(_town(providers[member]))].append(member)
    for group in by_city.values():
        for later in group[1:]:
            yield (group[0], later)
    no_city = by_city.get("")
    if no_city:  # a record without a town may be the same as one with it
        for city, group in by_city.items():
            if city:
                yield (min(no_city[0], group[0]), max(no_city[0], group[0]))


def _nearby(first: Provider, second: Provider) -> bool:
    """Within NEARBY_KM when both have coordinates; else the same town (or no town given)."""
    if first.has_location and second.has_location:
        return _km_apart(first, second) <= NEARBY_KM
    first_town, second_town = _town(first), _town(second)
    return not first_town or not second_town or fold(first_town) == fold(second_town)


def _town(provider: Provider) -> str:
    """The town a duplicate check may compare: none for a confidential shelter, whose warning
    would otherwise say it is in the town of the record it names (privacy withholds it)."""
    return "" if provider.confidential_address else provider.city


def _coord(value: Any) -> float:
    return float(value)
