"""What a package warns about, as codes with values (not sentences), so each package language words it.

`match` explains itself in English sentences for the caseworker. A package goes to partners who
read French, Albanian, Ukrainian or Arabic, so it never copies those sentences: it reads the
same facts (the provider's record in the directory, the case, the match's own fields: `full`,
`distance_km`, `near_misses[].rule`) and states them as notes, `{"code": ..., values}`, that
`svcmatch.labels` words in the package's language. The rules themselves stay matching's
(`capacity_is_fresh`, `is_stale`, the hard rules of `matching.rules`): only the words are the
package's.

A note the package cannot derive is never dropped: when its notes do not account for every
warning of the match, the match's English words are kept in an `unexplained` note.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .errors import InputError, SvcmatchError
from .geo import region_name
from .geo.regions import located_region
from .matching import Case, Destination
from .matching.destination import resolve_region_of
from .matching.engine import CALLABLE_RULES, FAR_KM, NOT_HERS, Matcher, matcher_for, shown_under_advisories
from .matching.freshness import capacity_is_fresh, in_the_future, is_stale
from .matching.result import whole_km
from .matching.rules import (
    NOT_HOUSED_FAR,
    NOT_HOUSED_THERE,
    Context,
    Entry,
    Point,
    children_assumed,
    childrens_ages,
    coarse_km,
    failures,
    haversine_km,
    located_roughly,
    no_common_person,
    shelter_not_hers,
    stay_not_hers,
    teaches_her_children,
)
from .matching.scoring import CAPACITY_NEEDS, LANGUAGE_NEEDS, is_full, places_needed, speaks_any
from .model import withhold_in_texts
from .privacy import public_name
from .taxonomy import ACCOMMODATION_NEEDS, NEEDS_BY_CODE, split_words, stay_need

if TYPE_CHECKING:
    from .model import Directory, Provider

Note = dict[str, Any]


def _month(day: dt.date | None) -> str | None:
    """A date as 'YYYY-MM' (a note's month: the package words it with the month's name)."""
    return f"{day.year:04d}-{day.month:02d}" if day is not None else None


def provider_notes(
    provider: Provider,
    result: Mapping[str, Any],
    need: str,
    case: Mapping[str, Any],
    today: dt.date,
    advisories: Mapping[str, str] | None = None,
    destination_region: str = "",
    housed_at: frozenset[str] | None = None,
) -> list[Note]:
    """The notes about one result of `need`: what the caseworker and the partner must check.
    `advisories` (region -> text, the directory's) and the region of return: a provider in
    another region under an advisory says so, as match does. `housed_at`: the providers where
    the person stays (the plan's, or the one the caseworker chose), None when not known."""
    notes: list[Note] = []
    english = list(result.get("warnings") or ())
    # where the package houses her (the caseworker's choice of shelter, or the plan's), whatever the
    # match said of it: a saved match from before the note, or one whose plan housed her there
    if housed_at is not None and shelter_not_hers(provider, need, housed_at):
        notes.append({"code": "not_housed_there"})
        if english and NOT_HOUSED_THERE not in english:
            english.append(NOT_HOUSED_THERE)  # accounted for (_accounted)
    elif housed_at is not None and NOT_HOUSED_THERE in english:  # the caseworker chose to house her there
        english.remove(NOT_HOUSED_THERE)
    # another (public) place to stay far from where she stays, as match says it
    if housed_at is not None and _far_from_stay(result) and stay_not_hers(provider, need, housed_at):
        notes.append({"code": "not_housed_far"})
        if english and NOT_HOUSED_FAR not in english:
            english.append(NOT_HOUSED_FAR)  # accounted for (_accounted)
    elif NOT_HOUSED_FAR in english:  # the caseworker chose to house her there, or nowhere
        english.remove(NOT_HOUSED_FAR)
    country = str(case.get("country") or "")
    region = located(provider.region, country) if advisories else provider.region  # AL08: AL-08, as match
    if advisories and region in advisories and region != destination_region:
        notes.append({"code": "advisory_region", "region": region, "name": _region_name(region)})
    # a national service serves her wherever it is; a national shelter or housing is where she
    # would live, so its unknown distance is a note, as match warns it (seventh caseworker pass's
    # warning: the package missed it, and its count of notes no longer matched the match's words)
    if result.get("distance_km") is None and (
        provider.coverage.kind != "national" or need in ACCOMMODATION_NEEDS
    ):
        notes.append({"code": "distance_unknown"})
    elif result.get("distance_km") is not None and located_roughly(provider):
        notes.append({"code": "location_approximate"})
    spoken = [str(c) for c in case.get("language") or ()]
    if spoken and not provider.languages:
        notes.append({"code": "languages_unrecorded", "languages": spoken})
    elif spoken and not speaks_any(spoken, provider.languages):  # a macrolanguage too, as match reads it
        notes.append({"code": "speaks_none"})
    if case.get("disability") and not provider.disability_access:
        notes.append({"code": "no_disability_access"})
    if need in CAPACITY_NEEDS:
        places, updated = provider.capacity_available, provider.capacity_updated
        if places is None:
            notes.append({"code": "capacity_unknown"})
        elif updated is not None and in_the_future(updated, today):  # as match: no confirmation
            notes.append({"code": "capacity_future", "places": places, "date": updated.isoformat()})
        elif not capacity_is_fresh(updated, today):
            notes.append({"code": "capacity_old", "places": places, "month": _month(updated)})
        elif places <= 0:
            notes.append(_full(updated, result.get("referrals")))
        else:  # free places for the person and her children, or for her children, as match says
            children = case.get("children")
            needed = places_needed(need, children if isinstance(children, int) else 0)
            if needed is not None and places < needed:
                stay = need in ACCOMMODATION_NEEDS
                notes.append({"code": "places_short", "places": places, "needed": needed, "stay": stay})
    if provider.verified_on is None:
        notes.append({"code": "never_verified"})
    elif in_the_future(provider.verified_on, today):  # as match: no verification, check the record
        notes.append({"code": "verified_future", "date": provider.verified_on.isoformat()})
    elif is_stale(provider.verified_on, today):
        notes.append({"code": "not_verified_since", "month": _month(provider.verified_on)})
    if provider.official_status_required and case.get("official_status") is None:
        notes.append({"code": "official_status_required"})
    if case.get("sex") is None and provider.sexes:
        notes.append({"code": "serves_only", "sexes": list(provider.sexes)})
    if provider.min_age is not None or provider.max_age is not None:
        age = case.get("age") if isinstance(case.get("age"), int) else None
        theirs = teaches_her_children(need, provider, age, _children_return(case))
        if childrens_ages(need, provider) or theirs:  # childcare's are the children's, whatever hers
            ages: Note = {"code": "children_ages", "low": provider.min_age, "high": provider.max_age}
            if theirs:  # a school teaches them: "cares for children aged 6 to 15" was a day care's words
                ages["school"] = True
            notes.append(ages)
        elif case.get("age") is None:
            notes.append({"code": "ages", "low": provider.min_age, "high": provider.max_age})
    if case.get("exploitation") is None and provider.exploitation_types:
        notes.append({"code": "exploitation_only", "kinds": list(provider.exploitation_types)})
    answers = result.get("referrals")
    if isinstance(answers, Mapping) and answers.get("declined"):
        notes.append(
            {
                "code": "declined",
                "declined": answers["declined"],
                "sent": answers.get("sent"),
                "reason": answers.get("last_decline_reason") or "other",
                "date": answers.get("last_decline_date"),
            }
        )
    return _accounted(notes, english)


def _full(updated: dt.date | None, answers: Any) -> Note:
    """Full as of a day; by a referral answered "no capacity" that day when the match's
    `referrals` say so (`full_as_of`, svcmatch.referrals): declined, else failed."""
    day = updated.isoformat() if updated else None
    if not isinstance(answers, Mapping) or day is None or answers.get("full_as_of") != day:
        return {"code": "full", "date": day}
    declined = answers.get("last_decline_reason") == "no_capacity" and answers.get("last_decline_date") == day
    return {"code": "full_declined" if declined else "full_failed", "date": day}


def _far_from_stay(result: Mapping[str, Any]) -> bool:
    """Whether a result is measured from her accommodation and farther than FAR_KM from it."""
    km = result.get("distance_km")
    return result.get("distance_from") == "accommodation" and isinstance(km, (int, float)) and km > FAR_KM


def _accounted(notes: list[Note], english: Any) -> list[Note]:
    """The notes, with the match's English words kept when the notes miss any of them."""
    said = [str(w) for w in english or () if str(w).strip()]
    if said and len(said) != len(notes):  # none said: nothing to keep (an empty note was shown)
        notes.append({"code": "unexplained", "texts": said})
    return notes


def case_notes(match_doc: Mapping[str, Any], directory: Directory) -> list[Note]:
    """The notes about the case as a whole (match's `warnings`): advisories for the region of
    return, a form of exploitation to ask about, needs whose only options are far away,
    children taken to return with her because childcare is asked.

    The place of return lying in a region the caseworker asked to avoid is said without
    naming the region or any other region avoided (a package never lists them): the
    receiving partner must know that the return itself is a safety concern.
    """
    destination = match_doc.get("destination") or {}
    case = match_doc.get("case") or {}
    region = str(destination.get("region") or "")
    notes: list[Note] = []
    if region and region in regions_avoided(case):
        notes.append({"code": "avoided_destination"})
    notes.extend(advisory_notes(match_doc, directory))
    needs = [str(n) for n in case.get("needs") or ()]
    if children_assumed(case.get("children"), needs) and not ACCOMMODATION_NEEDS.isdisjoint(needs):
        notes.append({"code": "children_assumed", "needs": [n for n in needs if n in ACCOMMODATION_NEEDS]})
    results = {need: list(found) for need, found in (match_doc.get("needs") or {}).items()}
    if case.get("exploitation") is None:
        restricting = sorted(
            {
                str(r.get("name"))
                for found in results.values()
                for r in found
                if (p := directory.get(str(r.get("id")))) is not None and p.exploitation_types
            }
        )
        if restricting:
            notes.append({"code": "exploitation_unknown", "providers": restricting})
    notes.extend(no_common_notes(match_doc, directory, planned_ids(match_doc)))
    from_cell = stays_confidential(match_doc)
    said = [str(w) for w in match_doc.get("warnings") or () if str(w).strip()]
    for need, found in results.items():
        # only where the match says it, of the provider it names: its search reads deeper than
        # the results shown (a legal aid clinic 17 km away ranked 4th, below three that speak
        # her languages 534 km away, and `--top 1` made the package say "the only options for
        # Legal aid are far away", naming one of them)
        far = _far_said(need, said)
        if far is None:
            continue
        nearer = far.pop("nearer", None)
        if nearer is not None:  # the nearer one the plan passed over as unfit for her stay
            unfit = _unfit_nearer(str(nearer), found, directory, match_doc)
            far = {**far, "nearer": unfit} if unfit is not None else far
        near = [r for r in found if not r.get("full") and isinstance(r.get("distance_km"), (int, float))]
        same = [r for r in near if str(r.get("name")) == far["provider"]]
        if not same:  # ranked below the results shown: as the match's words give it
            if far["km"] is not None:
                region = far["from"] == "region"
                place = (destination.get("region_name") if region else None) or destination.get("name")
                notes.append({"code": "far", "need": need, **far, "place": str(place or "")})
            continue
        nearest = min(same, key=lambda r: float(r["distance_km"]))
        from_stay = nearest.get("distance_from") == "accommodation"
        # from a region of return, outside it (measured from its nearest town), as match
        # says: "70 km from Kukës" read as from the town of Kukës, 100 km away
        from_region = nearest.get("distance_from") == "region"
        # from a confidential shelter, from its public cell: whole km, 'about', as match says
        coarse = bool(nearest.get("confidential_address")) or (from_stay and from_cell)
        notes.append(
            {
                "code": "far",
                "need": need,
                "provider": str(nearest.get("name")),
                "km": float(whole_km(nearest["distance_km"])) if coarse else nearest["distance_km"],
                "coarse": coarse,
                "from": "accommodation" if from_stay else "region" if from_region else "place",
                "place": str(
                    (destination.get("region_name") if from_region else None) or destination.get("name") or ""
                ),
                **({"nearer": far["nearer"]} if "nearer" in far else {}),
                **({"outreach": True} if far.get("outreach") else {}),
            }
        )
    interpreter = interpreter_note(match_doc, directory, planned_ids(match_doc))
    if interpreter is not None:
        notes.append(interpreter)
    if said and len(said) != len(notes):
        notes.append({"code": "unexplained", "texts": said})
    return notes


def interpreter_note(
    match_doc: Mapping[str, Any], directory: Directory, chosen: Mapping[str, str]
) -> Note | None:
    """Counselling, legal aid, medical care or case management referred to providers that
    record languages, none of them the person's (`chosen`: need -> the provider id the package
    refers it to), as match's warning "... arrange an interpreter" says it of its plan; None when
    there are none. A provider that records no languages has its own note."""
    case = match_doc.get("case") or {}
    spoken = [str(c) for c in case.get("language") or ()]
    if not spoken:
        return None
    needs: list[str] = []
    names: list[str] = []
    for need in (str(n) for n in case.get("needs") or ()):
        record = directory.get(chosen[need]) if need in LANGUAGE_NEEDS and need in chosen else None
        if record is None or not record.languages or speaks_any(spoken, record.languages):
            continue
        needs.append(need)
        names.append(public_name(record))
    if not needs:
        return None
    providers = list(dict.fromkeys(names))
    return {"code": "interpreter", "needs": needs, "providers": providers, "languages": spoken}


def no_common_notes(
    match_doc: Mapping[str, Any], directory: Directory, chosen: Mapping[str, str]
) -> list[Note]:
    """The person's sex or age, not given, that no one could have at every provider the package
    refers her to (`chosen`: need -> provider id), as match's warning "no age fits the whole
    plan" says it of its plan: each note names the two providers and what each takes."""
    case = match_doc.get("case") or {}
    sex, age = case.get("sex"), case.get("age")
    referred = [
        (need, record)
        for need in (str(n) for n in case.get("needs") or ())
        if need in chosen and (record := directory.get(chosen[need])) is not None
    ]
    notes: list[Note] = []
    for fact, *clash in no_common_person(
        sex if isinstance(sex, str) else None,
        age if isinstance(age, int) else None,
        referred,
        _children_return(case),
    ):
        providers = [{"name": public_name(p), **_facts_of(p, fact)} for p in clash]
        notes.append({"code": "no_common", "fact": fact, "providers": providers})
    return notes


def _children_return(case: Mapping[str, Any]) -> bool:
    """Whether children return with the person of a saved match's case (`rules.children_return`)."""
    children, needs = case.get("children"), [str(n) for n in case.get("needs") or ()]
    return (isinstance(children, int) and children > 0) or children_assumed(children, needs)


def planned_ids(match_doc: Mapping[str, Any]) -> dict[str, str]:
    """Need -> the id of the provider the match's plan takes for it."""
    steps = (s for s in match_doc.get("plan") or () if isinstance(s, Mapping) and s.get("id"))
    return {str(s.get("need")): str(s.get("id")) for s in steps}


def _far_said(need: str, said: Sequence[str]) -> Note | None:
    """What the match's warnings say of a need whose only options are far away (engine's
    words: "the only legal aid options are far away: the nearest, X, is 139 km from Safi",
    "... is about 70 km outside the region of return (Kukës)", "... is 98 km from the
    accommodation (Y)"): the provider it names, and its whole km, whether about, and from what
    (km None when the words are not these); None when the match does not say it."""
    label = NEEDS_BY_CODE[need].label.lower() if need in NEEDS_BY_CODE else need
    prefix = f"the only {label} options are far away: the nearest, "
    for warning in said:
        if not warning.startswith(prefix):
            continue
        name, _, rest = warning[len(prefix) :].partition(", is ")
        found = _FAR_WORDS.match(rest)
        measured = (found.group(3) or "") if found else ""
        note: Note = {
            "provider": name,
            "km": float(found.group(2)) if found else None,
            "coarse": bool(found and found.group(1)),
            "from": "region" if measured.startswith("outside") else "accommodation" if measured else "place",
        }
        if _OUTREACH_SAID in rest:  # a mobile team may come to her (`rules.outreach_to_ask`)
            note["outreach"] = True
        _, clause, nearer = rest.rpartition("; nearer, ")
        return {**note, "nearer": nearer} if clause else note
    return None


def _unfit_nearer(
    words: str, found: Sequence[Mapping[str, Any]], directory: Directory, match_doc: Mapping[str, Any]
) -> Note | None:
    """The nearer provider a far-away warning says the plan passed over ("nearer, X takes people up
    to 17, where the accommodation takes people aged 18 and over": the case gives no age, and her
    accommodation decides who she is taken to be), with the sexes or ages of it and of her
    accommodation, for the package's note; None when the words name no record. Seventeenth
    caseworker pass: the package said "the nearest, X, is 300 km from the person's accommodation"
    and listed the children's home 1 km from it as the alternative, without the reason."""
    if words.endswith(f" {NOT_HERS}"):  # a confidential shelter not hers, by the name match gave it
        return {"name": words.removesuffix(f" {NOT_HERS}"), "fact": "not_hers"}
    step = stay_step(match_doc)
    stay = directory.get(str(step.get("id"))) if step is not None else None
    ids = [str(r.get("id")) for r in found if words.startswith(f"{r.get('name')} ")]
    if stay is None or not ids:
        ids = [p.id for p in directory.providers if words.startswith(f"{public_name(p)} ")]
    record = directory.get(ids[0]) if ids and stay is not None else None
    if record is None or stay is None:
        return None
    fact = "sex" if words.removeprefix(f"{public_name(record)} ").startswith("serves") else "age"
    return {
        "name": public_name(record),
        "fact": fact,
        "provider": _facts_of(record, fact),
        "stay": _facts_of(stay, fact),
    }


def _facts_of(p: Provider, fact: str) -> dict[str, Any]:
    """The sexes a provider serves, or its ages, as a note gives them (`fact`: sex or age)."""
    return {"sexes": list(p.sexes)} if fact == "sex" else {"low": p.min_age, "high": p.max_age}


#: The distance in a far-away warning (engine): "about 70 km outside the region of return",
#: "98 km from the accommodation", "139 km from Safi".
#: What match's far-away warning says of a provider that runs outreach or mobile services.
_OUTREACH_SAID = "; it runs outreach or mobile services covering "
_FAR_WORDS = re.compile(r"(about )?(\d+) km (outside the region of return|from the accommodation)?")


def stays_confidential(match_doc: Mapping[str, Any]) -> bool:
    """Whether the match's plan houses her at a confidential shelter: the distances of her
    services are then from its public cell (~11 km wide), said 'about' in whole km."""
    step = stay_step(match_doc)
    if step is None:
        return False
    results = (match_doc.get("needs") or {}).values()
    stay: Mapping[str, Any] = next(
        (r for found in results for r in found if r.get("id") == step.get("id")), {}
    )
    return bool(stay.get("confidential_address"))


def stay_step(match_doc: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The plan's step that houses her (its shelter, else its housing: taxonomy.stay_need),
    whatever order the case named the needs in; None when the plan houses her nowhere."""
    steps = [s for s in match_doc.get("plan") or () if isinstance(s, Mapping) and s.get("id")]
    need = stay_need(str(s.get("need")) for s in steps)
    return next((s for s in steps if s.get("need") == need), None)


def advisory_notes(match_doc: Mapping[str, Any], directory: Directory) -> list[Note]:
    """The directory's advisories that the case must show, as match words them, in its order:
    the region of return's, those of the other places its name may mean, and those of the
    regions where the plan puts her."""
    destination = match_doc.get("destination")
    destination = destination if isinstance(destination, Mapping) else {}
    region = str(destination.get("region") or "")
    advisories = dict(directory.info.advisories)
    notes: list[Note] = []
    if region in advisories:
        name = str(destination.get("region_name") or region)
        notes.append({"code": "advisory", "region": region, "name": name, "text": advisories[region]})
    seen = {region}
    for other in destination.get("alternatives") or ():
        code = str(other.get("region") or "") if isinstance(other, Mapping) else ""
        if code and code not in seen and code in advisories:
            notes.append(
                {
                    "code": "advisory_alternative",
                    "query": str(destination.get("query") or ""),
                    "place": str(other.get("name") or ""),
                    "region": code,
                    "name": str(other.get("region_name") or code),
                    "text": advisories[code],
                }
            )
        seen.add(code)
    planned = _planned_advisories(match_doc, directory, region)
    said = {*seen, *(str(note["region"]) for note in planned)}  # the region of return and its other places
    shown = (
        (located(str(r.get("region") or ""), directory.info.country), str(r.get("name") or ""))
        for found in (match_doc.get("needs") or {}).values()
        for r in found or ()
        if isinstance(r, Mapping)
    )
    return [*notes, *planned, *shown_advisory_notes(shown, advisories, said)]


def located(region: str, country: str) -> str:
    """A provider's stored region read as match reads it (`AL08`, `Lezhë`: AL-08), else as stored."""
    return (located_region(region, country) if country else None) or region


def shown_advisory_notes(
    shown: Iterable[tuple[str, str]], advisories: Mapping[str, str], said: set[str]
) -> list[Note]:
    """`advisory_shown` notes: the advisory of each region where a shown (or chosen) provider
    lies, whose card says "under an advisory: see the case's warnings", as match says them."""
    return [
        {
            "code": "advisory_shown",
            "region": code,
            "name": _region_name(code),
            "providers": names,
            "text": advisories[code],
        }
        for code, names in shown_under_advisories(shown, advisories, said)
    ]


def _planned_advisories(match_doc: Mapping[str, Any], directory: Directory, region: str) -> list[Note]:
    """Where the plan puts her in another region under an advisory (a return there too, as
    match says): one note per planned provider, with every need it takes, in the case's order."""
    advisories = dict(directory.info.advisories)
    if not advisories:
        return []
    needs_at: dict[str, list[str]] = {}
    for step in match_doc.get("plan") or ():
        if isinstance(step, Mapping) and step.get("id") is not None:
            needs_at.setdefault(str(step["id"]), []).append(str(step.get("need")))
    notes: list[Note] = []
    for provider_id, needs in needs_at.items():
        record = directory.get(provider_id)
        if record is not None:
            record = record.with_changes(region=located(record.region, directory.info.country))  # AL08: AL-08
        if record is None or record.region not in advisories or record.region == region:
            continue
        notes.append(
            {
                "code": "advisory_planned",
                "region": record.region,
                "name": _region_name(record.region),
                "needs": needs,
                "provider": public_name(record),
                "text": advisories[record.region],
            }
        )
    return notes


def _region_name(code: str) -> str:
    try:
        return region_name(code)
    except SvcmatchError:
        return code


def unmet_note(need: str, match_doc: Mapping[str, Any], directory: Directory) -> Note | None:
    """Why nothing can take the need: every eligible provider is full, the nearest provider
    of the need breaks a rule (named by code), or nothing active offers it. None when the
    package cannot tell (the match's words are then kept)."""
    results = [r for r in (match_doc.get("needs") or {}).get(need) or () if isinstance(r, Mapping)]
    full = [r for r in results if r.get("full")]
    if full:
        providers = []
        for r in full:
            record = directory.get(str(r.get("id")))
            updated = record.capacity_updated if record is not None else None
            providers.append(
                {
                    "id": str(r["id"]),
                    "name": str(r.get("name")),
                    "date": updated.isoformat() if updated else None,
                }
            )
        note: Note = {"code": "all_full", "providers": providers}
        # as match says it: the nearest near miss with room is the next call (one beyond --max-km)
        day = _as_of(match_doc)
        room = [
            m
            for m in _near_misses(need, match_doc)
            if m.get("rule") in CALLABLE_RULES
            and (found := directory.get(str(m.get("id")))) is not None
            and not (day is not None and is_full(found, need, day))
        ]
        if room:
            miss = min(room, key=_miss_km)
            nearest = _near_miss_note(miss, directory, match_doc, need)
            if nearest is not None:
                note["nearest"] = nearest
        return note
    misses = _near_misses(need, match_doc)
    if misses:  # the nearest, as match's unmet reason names it (the list is most actionable first)
        nearest = _near_miss_note(min(misses, key=_miss_km), directory, match_doc, need)
        if nearest is None or min(misses, key=_miss_km).get("rule") in CALLABLE_RULES:
            return nearest
        # a door no call opens: the nearest a call may open too, as match says it
        day = _as_of(match_doc)
        room = [
            m
            for m in misses
            if m.get("rule") in CALLABLE_RULES
            and isinstance(m.get("distance_km"), (int, float))
            and (found := directory.get(str(m.get("id")))) is not None
            and not (day is not None and is_full(found, need, day))
        ]
        call = _near_miss_note(min(room, key=_miss_km), directory, match_doc, need) if room else None
        return nearest if call is None else {**nearest, "call": call}
    return _closest_offering(need, match_doc, directory)


def _near_misses(need: str, match_doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [m for m in (match_doc.get("near_misses") or {}).get(need) or () if isinstance(m, Mapping)]


def _miss_km(miss: Mapping[str, Any]) -> float:
    km = miss.get("distance_km")
    return float(km) if isinstance(km, (int, float)) else math.inf


def _near_miss_note(
    miss: Mapping[str, Any], directory: Directory, match_doc: Mapping[str, Any], need: str
) -> Note | None:
    record = directory.get(str(miss.get("id")))
    if record is None:
        return None
    return _nearest(
        miss.get("name"),
        miss.get("distance_km"),
        miss.get("distance_coarse"),
        [str(miss.get("rule"))],
        record,
        match_doc,
        need,
        from_stay=miss.get("distance_from") == "accommodation",
        in_region=miss.get("distance_from") == "region" and miss.get("distance_km") == 0,
    )


def _nearest(
    name: Any,
    km: Any,
    coarse: Any,
    rules: Sequence[str],
    record: Provider,
    match_doc: Mapping[str, Any],
    need: str,
    *,
    from_stay: bool = False,
    in_region: bool = False,
) -> Note:
    """`from_stay`: `km` is from her accommodation, so a distance limit says it is measured
    from the place of return ("the nearest (3.9 km) ... is beyond the distance limit (10 km)"
    read as a contradiction). `in_region`: 0 km from a region of return is inside it, said so
    as match and the cards say it ("(0 km)" before)."""
    case = match_doc.get("case") or {}
    shown = withhold_in_texts(record)  # a confidential shelter's status written with its town
    broken = [_rule(rule, shown, case) for rule in rules]
    if from_stay:
        broken = [{**r, "from_return": True} if r["code"] == "max_km" else r for r in broken]
    if not isinstance(km, (int, float)) and not in_region:  # no known location: not 'beyond' it
        broken = [{**r, "unknown": True} if r["code"] == "max_km" else r for r in broken]
    day = _as_of(match_doc)
    if day is not None and is_full(record, need, day) and record.capacity_updated is not None:
        # full as well: no call to make first, with or without an exception (match says so)
        broken.append({"code": "full_too", "date": record.capacity_updated.isoformat()})
    return {
        "code": "nearest_breaks",
        "provider": str(name),
        "km": km if isinstance(km, (int, float)) else None,
        "coarse": bool(coarse),
        "rules": broken,
        **({"in_region": True} if in_region else {}),
    }


def _as_of(match_doc: Mapping[str, Any]) -> dt.date | None:
    """The day the match judged freshness on (its `as_of`), None when it does not say."""
    try:
        return dt.date.fromisoformat(str(match_doc.get("as_of")))
    except ValueError:
        return None


def _rule(rule: str, p: Provider, case: Mapping[str, Any]) -> Note:
    """A broken rule with the values its words need (the provider's ages, sexes, ...)."""
    values: Note = {"code": rule}
    if rule == "status":
        values["status"] = p.status
    elif rule == "sex":
        values["sexes"] = list(p.sexes)
    elif rule == "age":
        values.update(low=p.min_age, high=p.max_age)
    elif rule == "exploitation":
        values["kinds"] = list(p.exploitation_types)
    elif rule == "max_km":
        values["limit"] = case.get("max_km")
    return values


def _read_again(match_doc: Mapping[str, Any], directory: Directory) -> tuple[Matcher, Context] | None:
    """A saved match's case and place of return, read again for the rules of `directory`; None
    when the match does not give them as match writes them."""
    doc_case, where = match_doc.get("case") or {}, match_doc.get("destination") or {}
    try:
        case = Case.from_mapping({k: v for k, v in doc_case.items() if k != "top"})
        lat, lon = where.get("latitude"), where.get("longitude")
        destination = Destination(
            str(where.get("query") or ""),
            str(where.get("name") or ""),
            str(where.get("kind") or "town"),
            str(where.get("region") or ""),
            str(where.get("region_name") or ""),
            float(lat) if lat is not None else None,
            float(lon) if lon is not None else None,
        )
        avoided = frozenset(regions_avoided(doc_case))
    except (SvcmatchError, TypeError, ValueError, AttributeError):
        return None
    point = Point(float(lat), float(lon)) if lat is not None and lon is not None else None
    matcher = matcher_for(directory)
    twins = matcher.twins(case.avoid_provider)  # an avoided service point's every record, as match
    unsaid = matcher.at_shelters_address(case.avoid_provider)  # never named, as in match
    context = Context(case, destination, point, avoided, frozenset(case.avoid_provider), twins, None, unsaid)
    return matcher, context


def changed_since(
    need: str, result: Mapping[str, Any], match_doc: Mapping[str, Any], directory: Directory
) -> list[Note]:
    """What makes a saved match's result no plan now, in the directory as it is (`package --from`
    a match saved before the office edited the record): full now where it was not, and each hard
    rule it breaks now but its status (said on its own). Nineteenth caseworker pass: a shelter
    full since, and a legal aid clinic that serves men only since, were referred to without a word."""
    read = _read_again(match_doc, directory)
    e = read[0].by_id.get(str(result.get("id"))) if read is not None else None
    if read is None or e is None:
        return []
    matcher, ctx = read
    today = _as_of(match_doc) or dt.date.today()
    found: list[Note] = []
    if is_full(e.provider, need, today) and not result.get("full"):
        updated = e.provider.capacity_updated
        found.append({"code": "full_since", "date": updated.isoformat() if updated else None})
    doc_case = match_doc.get("case") or {}
    broken = failures(e, need, ctx, matcher.place_km(ctx, e))
    rules = [_rule(rule, e.provider, doc_case) for rule, _ in broken if rule != "status"]
    return [*found, {"code": "rules_since", "rules": rules}] if rules else found


def _closest_offering(need: str, match_doc: Mapping[str, Any], directory: Directory) -> Note | None:
    """As match does when no provider misses by one rule: the active provider of the need that
    breaks the fewest rules, nearest first; matching's own rules decide what it breaks."""
    offering = [p for p in directory if need in p.categories and p.status != "inactive"]
    if not offering:
        return {"code": "none_offers"}
    read = _read_again(match_doc, directory)
    if read is None:
        return None
    matcher, ctx = read
    destination = ctx.destination
    # as match measures a service: from where its plan houses her (the accommodation's public
    # point), the rules from the place of return; an Awka girl's vocational training was "the
    # nearest, Onitsha (32.6 km)" from Awka in the package and "the Reintegration Fund, about 6 km
    # from the accommodation" (the Abuja children's home the plan houses her in) in the match
    stay, anchor = _stay_anchor(need, match_doc, directory)
    # matching's own view of each provider (a confidential shelter at its public cell) and its
    # distance as the rules read it (from a region of return, from its town nearest to the
    # provider): measured from the region's centre, the package named another provider
    in_region = destination.kind == "region" and anchor is None
    best: tuple[tuple[int, float, str], Entry, float | None, list[str]] | None = None
    for index, p in enumerate(offering):
        if p.id in ctx.unsaid:
            continue
        e = matcher.by_id.get(p.id) or Entry(index, p.public_view())
        km = matcher.place_km(ctx, e)
        broken = [rule for rule, _ in failures(e, need, ctx, km)]
        if anchor is not None:
            km = (
                0.0
                if p.id == stay
                else (haversine_km(anchor, e.lat_r, e.lon_r, e.cos_lat) if e.located else None)
            )
        elif in_region and e.region == destination.region:
            km = 0.0
        key = (len(broken), float("inf") if km is None else km, p.id)
        if best is None or key < best[0]:
            best = (key, e, km, broken)
    if best is None or not best[3]:
        return None
    _, e, km, broken = best
    coarse = e.provider.confidential_address and km is not None
    if coarse and km is not None:
        shown: float | None = float(coarse_km(km))
    elif km is not None and anchor is not None and stays_confidential(match_doc):
        shown, coarse = float(whole_km(km)), True  # from a confidential shelter's cell: about
    else:
        shown = round(km, 1) if km is not None else None
    return _nearest(
        e.provider.name,
        shown,
        coarse,
        broken,
        e.provider,
        match_doc,
        need,
        from_stay=anchor is not None,
        in_region=in_region and km == 0,
    )


def _stay_anchor(need: str, match_doc: Mapping[str, Any], directory: Directory) -> tuple[str, Point | None]:
    """For a service, where the match's plan houses her: its id and public point (a
    confidential shelter's cell); ('', None) for accommodation or when the plan houses her
    nowhere."""
    step = stay_step(match_doc)
    if need in ACCOMMODATION_NEEDS or step is None:
        return "", None
    record = directory.get(str(step.get("id")))
    shown = record.public_view() if record is not None else None
    if shown is None or shown.latitude is None or shown.longitude is None:
        return str(step.get("id")), None
    return str(step.get("id")), Point(shown.latitude, shown.longitude)


def regions_avoided(case: Mapping[str, Any]) -> list[str]:
    """The case's regions to avoid as codes, read as match reads them: a text as a case file's
    ('AL-11', 'AL-11|AL-08'), and one that is no region refused (InputError). A saved match
    written by another tool (or edited) that held them as a text had it read letter by letter,
    and one unreadable was skipped, so a provider moved since into the region was given without
    a word (eighteenth adversarial pass)."""
    country, value = str(case.get("country") or ""), case.get("avoid_region")
    if value is None:
        return []
    if isinstance(value, str):
        value = split_words(value) or [value]  # '' or ',' is refused below, as a case file's is
    if not isinstance(value, (list, tuple)) or not all(isinstance(query, str) for query in value):
        raise InputError(
            "the match's avoid_region is not a list of regions",
            "match again, and make the package from the new match",
        )
    return [resolve_region_of(query, country).code for query in value]
