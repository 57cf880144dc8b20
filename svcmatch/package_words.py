"""The referral package in its reader's language: labels and values worded (`Words`), countries,
languages and regions named in that language, and the rows that both renderings of a package
show (Markdown in `svcmatch.package`, HTML in `svcmatch.html.package`)."""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .geo.region_data import REGION_NAMES
from .labels import label
from .languages import language_endonym, language_name
from .model import WITHHELD_IN_TEXT

DRAFT_MARK = "DRAFT — NOT FOR SENDING"
#: Printed on every page of a package made from a sample directory.
SAMPLE_MARK = "SAMPLE DATA — FICTIONAL PROVIDERS"
#: Contact fields in the order a package shows them (city and address never for a confidential shelter).
CONTACT_KEYS = ("focal_point", "phone", "email", "website", "city", "address")


@dataclass
class ProviderCard:
    """One chosen provider with every need it is referred for: each provider is shown once."""

    provider: dict[str, Any]
    needs: list[str] = field(default_factory=list)
    by_caseworker: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


def provider_cards(package: Mapping[str, Any]) -> list[ProviderCard]:
    """The package's services grouped by chosen provider, in the order of the needs; warnings of
    the same provider under several needs are merged."""
    cards: dict[str, ProviderCard] = {}
    for service in package.get("needs") or ():
        provider = service["provider"]
        card = cards.get(provider["id"])
        if card is None:
            card = cards[provider["id"]] = ProviderCard(provider=dict(provider))
        else:
            for key in ("warnings", "notes"):
                seen = card.provider.setdefault(key, [])
                seen.extend(w for w in provider.get(key) or () if w not in seen)
        card.needs.append(service["need"])
        if service.get("chosen_by") == "caseworker":
            card.by_caseworker.append(service["need"])
        if service.get("notes"):
            card.notes.append((service["need"], service["notes"]))
    return list(cards.values())


@dataclass
class Alternative:
    """One alternative of a need as both renderings show it: in full, or named when a card or
    an earlier alternative shows it already (`seen_above`), with the warnings to check that
    were not shown there."""

    provider: Mapping[str, Any]
    seen_above: bool
    warnings: list[str]


def alternatives_by_need(package: Mapping[str, Any], words: Words) -> list[tuple[str, list[Alternative]]]:
    """Per need with alternatives, each of them: its "To check" warnings too (an alternative is
    whom the receiving side calls when the chosen one declines; a stale record or an old
    capacity figure was said in the JSON and left out of the Markdown and HTML)."""
    said: dict[str, list[str]] = {
        card.provider["id"]: warning_texts(card.provider, words) for card in provider_cards(package)
    }
    found = []
    for service in package.get("needs") or ():
        alternatives = []
        for provider in service.get("alternatives") or ():
            before = said.get(provider["id"])
            warnings = [w for w in warning_texts(provider, words) if before is None or w not in before]
            alternatives.append(Alternative(provider, before is not None, warnings))
            said[provider["id"]] = [*(before or ()), *warnings]
        if alternatives:
            found.append((str(service["need"]), alternatives))
    return found


def warning_texts(holder: Mapping[str, Any], words: Words) -> list[str]:
    """A provider's or the package's warnings in the rendering's language: its notes worded,
    or (a package from before notes) its `warnings` as they are."""
    if isinstance(holder.get("notes"), list):
        return [words.note(note) for note in holder["notes"]]
    return [str(w) for w in holder.get("warnings") or ()]


def unmet_texts(package: Mapping[str, Any], words: Words) -> dict[str, str]:
    """Why each unmet need is unmet, in the rendering's language."""
    notes = package.get("unmet_notes")
    if isinstance(notes, Mapping):
        return {need: words.note(note) for need, note in notes.items()}
    return {str(k): str(v) for k, v in (package.get("unmet_reasons") or {}).items()}


def country_name(alpha2: str, lang: str) -> str | None:
    """The country's name in `lang` from pycountry's own translations (offline)."""
    import pycountry  # lazy: heavy (about 100 ms); only a rendered package names the country

    found = pycountry.countries.get(alpha_2=alpha2) if len(alpha2) == 2 else None
    if found is None:
        return None
    name = str(found.name)
    if lang == "en":
        return name
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    return translation.gettext(name)


def language_names(codes: Sequence[str], lang: str) -> list[str]:
    """'Albanian (sq), Italian (it)' in English; in any other package each language by its own
    name ('shqip (sq), italiano (it)'), else by its name in the package's language (pycountry's
    translations), else the code alone: never an English name in another language's package."""
    import pycountry  # lazy: heavy (about 100 ms); only a rendered package names languages

    translation = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    names = []
    for code in codes:
        english = language_name(code)
        if lang == "en":
            name: str | None = english if english != code else None
        else:
            local = translation.gettext(english) if english != code else code
            name = language_endonym(code) or (local if local != english else None)
        names.append(f"{name} ({code})" if name else code)
    return names


#: Scripts of the package languages that do not write in Latin letters: a region's name in
#: that script is its name in that language (svcmatch.geo.region_data's other names).
_SCRIPTS = {"uk": ("\u0400", "\u04ff"), "ar": ("\u0600", "\u06ff")}


def place_name(place: Mapping[str, Any], lang: str) -> str:
    """A place's name; a region's in the package's language."""
    if place.get("name") == place.get("region_name"):
        return region_name(str(place.get("region") or ""), str(place["name"]), lang)
    return str(place.get("name") or "")


def region_name(code: str, name: str, lang: str) -> str:
    """A region's name in the package's language: 'Харківська область' (UA-63) in Ukrainian.

    English keeps the gazetteer's name. Otherwise pycountry's translation of the ISO 3166-2
    name into the language, else a name in the language's script among svcmatch's region
    names, else the ISO 3166-2 name (the region's own, romanised), else the gazetteer's.
    """
    if lang == "en" or not code:
        return name
    import pycountry  # lazy: heavy (about 100 ms); only a package in another language needs it

    found = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    iso_name = str(found.name) if found is not None else ""
    if iso_name:
        translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        local = translation.gettext(iso_name)
        if local != iso_name:
            return local
    script = _SCRIPTS.get(lang)
    if script is not None:
        for other in REGION_NAMES.get(code, ("", ()))[1]:
            if other and all(script[0] <= ch <= script[1] for ch in other if ch.isalpha()):
                return other
    return iso_name or name


#: Package languages that write a decimal comma.
_DECIMAL_COMMA = frozenset({"fr", "sq", "uk"})


class Words:
    """Labels and value wording for one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        text = label(key, self.lang)
        return text.format(**values) if values else text

    def yes_no(self, value: Any) -> str:
        return self("yes") if value else self("no")

    def withheld(self, text: str) -> str:
        """`text` with the mark that stands for a confidential shelter's town or address in a
        name or a link ('Safe House (withheld)') in this language (a rendered package: the
        JSON keeps the mark as match writes it)."""
        return text.replace(WITHHELD_IN_TEXT, self("withheld")) if self.lang != "en" else text

    def need(self, code: str) -> str:
        try:
            return self("need_" + code)
        except KeyError:
            return code

    def risk(self, code: str) -> str:
        try:
            return self("risk_" + code)
        except KeyError:
            return code

    def sex(self, value: str | None) -> str:
        if not value:
            return self("not_stated")
        try:
            return self("sex_" + value)
        except KeyError:
            return value

    def children(self, value: Any) -> str:
        if value is None:
            return self("not_stated")
        return self.yes_no(value) if isinstance(value, bool) else str(value)

    def distance(self, provider: Mapping[str, Any]) -> str:
        """'1.1 km from the person's accommodation (Example Reintegration Fund)', 'in the region of
        return', '12 km from Lviv': what the distance is measured from, named (`distance_from`)."""
        km = provider.get("distance_km")
        if km is None:
            return ""
        about = provider.get("confidential_address") or provider.get("distance_about")
        distance = self.km(km, bool(about))
        measured_from, place = provider.get("distance_from"), provider.get("distance_from_place")
        if measured_from == "region" and km == 0:
            return self("in_region_of_return")
        if not place:
            return distance
        if measured_from == "accommodation":
            place = f"{self('place_accommodation')} ({place})"
        elif measured_from == "region":
            place = self("place_region_of_return", region=place)
        return self("distance_from", distance=distance, place=place)

    def priority(self, priority: Mapping[str, Any]) -> str:
        return self("priority_" + str(priority["level"]))

    def deadline(self, priority: Mapping[str, Any]) -> str:
        return human_time(priority.get("deadline")) or self("no_deadline")

    def shared(self, items: Iterable[str]) -> str:
        return self.sep.join(self(key) for key in items)

    def join(self, items: Sequence[str]) -> str:
        """['a', 'b', 'c'] -> 'a, b and c', with the language's 'and'."""
        items = [str(item) for item in items]
        if len(items) <= 1:
            return "".join(items)
        conjunction = self("and")
        last = f"{conjunction}{items[-1]}" if self.lang == "ar" else f"{conjunction} {items[-1]}"
        return self.sep.join(items[:-1]) + " " + last

    def month(self, value: Any) -> str:
        """'2025-03' as 'March 2025' in the package's language (month names stand alone)."""
        year, _, month = str(value or "").partition("-")
        if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
            return str(value or "")
        return f"{self('months').split()[int(month) - 1]} {year}"

    def km(self, km: Any, coarse: bool) -> str:
        if not isinstance(km, (int, float)):
            return self("note_distance_unknown")
        if round(km, 1) == 0:  # 'under 1 km', as match says it: '0 km' read as at the place itself
            return self("under_km")
        return self("about_km" if coarse else "km", km=self.number(km))

    @property
    def sep(self) -> str:
        """The separator of a list: Arabic has its own comma."""
        return "، " if self.lang == "ar" else ", "

    def number(self, value: float) -> str:
        """1.4 as '1,4' where the language writes a decimal comma (French, Albanian, Ukrainian)."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang in _DECIMAL_COMMA else text

    def _keyed(self, prefix: str, code: str) -> str:
        try:
            return self(prefix + code)
        except KeyError:
            return code.replace("_", " ")

    def ages(self, low: Any, high: Any) -> str:
        if low is not None and high is not None:
            return self("note_ages_range", low=low, high=high)
        return self("note_ages_min", low=low) if low is not None else self("note_ages_max", high=high)

    def rule(self, rule: Mapping[str, Any]) -> str:
        """A hard rule the nearest provider breaks, in words (never naming a region to avoid)."""
        code = str(rule.get("code"))
        if code == "status":
            return self._keyed("rule_status_", str(rule.get("status")))
        if code in ("avoid_region", "avoid_provider"):
            return self("rule_excluded")
        if code == "sex":
            return self(
                "note_serves_only", sexes=self.join([self._keyed("sexes_", s) for s in rule["sexes"]])
            )
        if code == "age":
            return self.ages(rule.get("low"), rule.get("high"))
        if code == "exploitation":
            return self("rule_exploitation", kinds=self.kinds(rule.get("kinds") or ()))
        if code == "max_km":
            limit = rule.get("limit")
            key = "rule_max_km_return" if rule.get("from_return") else "rule_max_km"
            key = "rule_max_km_unknown" if rule.get("unknown") else key
            return self(key, limit=f"{limit:g}" if isinstance(limit, (int, float)) else "?")
        if code == "full_too":
            return self("rule_full_too", date=rule.get("date"))
        try:
            return self("rule_" + code)
        except KeyError:
            return self("rule_other")

    def kinds(self, kinds: Iterable[str]) -> str:
        return self.join([self._keyed("exploitation_", str(k)) for k in kinds])

    def note(self, note: Mapping[str, Any]) -> str:
        """A note (svcmatch.package_notes) as one sentence in the package's language."""
        code = str(note.get("code"))
        if code == "unexplained":
            texts = "; ".join(str(t) for t in note.get("texts") or ())
            return texts if self.lang == "en" else f"{self('note_unexplained')}: {texts}"
        if code == "languages_unrecorded":
            names = language_names(note.get("languages") or (), self.lang)
            return self("note_" + code, languages=self.join(names))
        if code == "capacity_old":
            month = note.get("month")
            if not month:
                return self("note_capacity_undated", places=note.get("places"))
            return self("note_capacity_old", places=note.get("places"), month=self.month(month))
        if code in ("full", "full_declined", "full_failed"):
            date = note.get("date")
            return self("note_" + code, date=date) if date else self("note_full_undated")
        if code == "places_short":
            key = "note_places_short_stay" if note.get("stay") else "note_places_short_children"
            return self(key, places=note.get("places"), needed=note.get("needed"))
        if code == "not_verified_since":
            return self("note_" + code, month=self.month(note.get("month")))
        if code == "serves_only":
            return self.rule({"code": "sex", "sexes": note.get("sexes") or ()})
        if code == "ages":
            return self.ages(note.get("low"), note.get("high"))
        if code == "children_ages":
            low, high = note.get("low"), note.get("high")
            if note.get("school") and high is not None:  # a school's (it teaches only children)
                key = "note_school_ages_range" if low is not None else "note_school_ages_max"
                return self(key, low=low, high=high)
            if low is not None and high is not None:
                return self("note_children_ages_range", low=low, high=high)
            if low is not None:
                return self("note_children_ages_min", low=low)
            return self("note_children_ages_max", high=high)
        if code == "capacity_future":
            return self("note_capacity_future", places=note.get("places"), date=note.get("date"))
        if code == "contact_since":
            return self(
                "note_contact_since", fields=self.join([self(str(f)) for f in note.get("fields") or ()])
            )
        if code == "status_since":
            return self("note_status_since", status=self._keyed("rule_status_", str(note.get("status"))))
        if code == "full_since":
            return self("note_status_since", status=self("rule_full_now", date=note.get("date")))
        if code == "rules_since":
            rules = [self.rule(rule) for rule in note.get("rules") or () if isinstance(rule, Mapping)]
            return self("note_status_since", status="; ".join(rules))
        if code == "verified_future":
            return self("note_verified_future", date=note.get("date"))
        if code == "exploitation_only":
            return self("note_" + code, kinds=self.kinds(note.get("kinds") or ()))
        if code in (
            "advisory",
            "advisory_planned",
            "advisory_region",
            "advisory_alternative",
            "advisory_shown",
        ):
            region = str(note.get("region") or "")
            return self(
                "note_" + code,
                region=region_name(region, str(note.get("name") or region), self.lang),
                code=region,
                needs=self.join([self.need(str(n)) for n in note.get("needs") or ()]),
                provider=note.get("provider"),
                text=note.get("text"),
                query=note.get("query"),
                place=note.get("place"),
                providers=self.join([str(n) for n in note.get("providers") or ()]),
            )
        if code == "exploitation_unknown":
            return self("note_" + code, providers=self.join(note.get("providers") or ()))
        if code == "no_common":
            fact = "age" if note.get("fact") == "age" else "sex"
            clash = [
                f"{p.get('name')} ({self.rule({'code': fact, **p, 'sexes': p.get('sexes') or ()})})"
                for p in note.get("providers") or ()
                if isinstance(p, Mapping)
            ]
            return self("note_no_common_" + fact, providers=self.join(clash))
        if code == "children_assumed":
            return self("note_" + code, needs=self.join([self.need(str(n)) for n in note.get("needs") or ()]))
        if code == "interpreter":
            return self(
                "note_" + code,
                needs=self.join([self.need(str(n)) for n in note.get("needs") or ()]),
                providers=self.join([str(n) for n in note.get("providers") or ()]),
                languages=self.join(language_names(note.get("languages") or (), self.lang)),
            )
        if code == "far":
            place = note.get("place")
            if note.get("from") == "accommodation":
                place = self("place_accommodation")
            elif note.get("from") == "region":  # outside it, as match says: never a town's name
                place = self("place_region_of_return", region=place)
            far = self(
                "note_far",
                need=self.need(str(note.get("need"))),
                provider=note.get("provider"),
                distance=self.km(note.get("km"), bool(note.get("coarse"))),
                place=place,
            )
            if note.get("outreach"):
                far += self("note_far_outreach")
            nearer = note.get("nearer")
            if not isinstance(nearer, Mapping):
                return far
            if nearer.get("fact") == "not_hers":
                return far + self("note_far_nearer_not_hers", provider=nearer.get("name"))
            fact = "sex" if nearer.get("fact") == "sex" else "age"
            unfit, stay = (
                self.rule({"code": fact, **facts, "sexes": facts.get("sexes") or ()})
                for facts in (nearer.get("provider") or {}, nearer.get("stay") or {})
            )
            return far + self("note_far_nearer", provider=nearer.get("name"), unfit=unfit, stay=stay)
        # chosen instead of the plan's accommodation, or where the plan housed her nowhere
        if code == "stay_chosen" and note.get("home"):  # some measured from the place of return
            return self(
                "note_stay_chosen_home" if note.get("others") else "note_stay_chosen_home_only",
                need=self.need(str(note.get("need"))),
                chosen=note.get("chosen"),
                planned=note.get("planned"),
                place=note.get("place"),
                home=self.join([self.need(str(n)) for n in note.get("home") or ()]),
            )
        if code == "stay_chosen" and note.get("alone"):  # no other service planned
            return self(
                "note_stay_chosen_alone",
                need=self.need(str(note.get("need"))),
                chosen=note.get("chosen"),
                planned=note.get("planned"),
            )
        if code in ("stay_chosen", "stay_chosen_unplanned"):
            return self(
                f"note_{code}",
                need=self.need(str(note.get("need"))),
                chosen=note.get("chosen"),
                planned=note.get("planned"),
                place=note.get("place"),
            )
        if code == "all_full":
            providers = [
                self("full_on", name=p.get("name"), id=p.get("id"), date=p.get("date"))
                if p.get("date")
                else f"{p.get('name')} ({p.get('id')})"
                for p in note.get("providers") or ()
            ]
            nearest = note.get("nearest")
            if isinstance(nearest, Mapping):
                return self(
                    "note_all_full_near",
                    providers="; ".join(providers),
                    provider=nearest.get("provider"),
                    distance=self.km(nearest.get("km"), bool(nearest.get("coarse"))),
                    rules="; ".join(self.rule(r) for r in nearest.get("rules") or ()),
                )
            return self("note_all_full", providers="; ".join(providers))
        if code == "declined":
            return self(
                "note_declined",
                declined=note.get("declined"),
                sent=note.get("sent"),
                date=note.get("date"),
                reason=self._keyed("decline_", str(note.get("reason"))),
            )
        if (
            code == "nearest_breaks"
            and not note.get("in_region")
            and not isinstance(note.get("km"), (int, float))
        ):
            # no known distance: never 'the nearest' (thirteenth caseworker pass)
            return self(
                "note_unplaced_breaks",
                provider=note.get("provider"),
                rules="; ".join(self.rule(r) for r in note.get("rules") or ()),
            )
        if code == "nearest_breaks":
            said = self._breaks("note_nearest_breaks", note)
            call = note.get("call")  # the nearest a call may open, where the nearest cannot change
            return (
                said
                if not isinstance(call, Mapping)
                else f"{said}; {self._breaks('note_worth_a_call', call)}"
            )
        try:
            return self("note_" + code)
        except KeyError:  # a note from a newer svcmatch: its code, not a guess at its words
            return code.replace("_", " ")

    def _breaks(self, key: str, note: Mapping[str, Any]) -> str:
        """A provider that cannot take the person, with its distance and the rules it breaks."""
        return self(
            key,
            provider=note.get("provider"),
            distance=self("in_region_of_return")
            if note.get("in_region")
            else self.km(note.get("km"), bool(note.get("coarse"))),
            rules="; ".join(self.rule(r) for r in note.get("rules") or ()),
        )


def human_time(iso: str | None) -> str:
    """'2026-03-02T14:30+01:00' as '2026-03-02 14:30 (UTC+01:00)'; dates stay as they are."""
    if not iso:
        return ""
    if "T" not in iso:
        return iso
    moment = dt.datetime.fromisoformat(iso)
    text = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.strftime("%z")
    return f"{text} (UTC{offset[:3]}:{offset[3:]})" if offset else text


def field_rows(package: Mapping[str, Any], words: Words) -> dict[str, list[tuple[str, str]]]:
    """The label/value pairs of the header, return and person sections (values unescaped)."""
    ret, person = package["return"], package["person"]
    country = country_name(ret.get("country") or "", words.lang) or ret.get("country_name") or ""
    if country and ret.get("country"):
        country = f"{country} ({ret['country']})"
    country = country or ret.get("country") or ""
    place = ret.get("destination") or ""
    kind = ret.get("kind")  # a package from before it: a place named as its region is the region
    if kind == "region" or (kind is None and place and place == ret.get("region_name")):
        # a region of return said as one: 'Kukës (AL-07)' read as the town of Kukës, and the
        # town of Kukës was said the same way (seventh caseworker pass's package, eighth's fix)
        code = ret.get("region") or ""
        name = region_name(code, ret.get("region_name") or place, words.lang)
        place = words("return_region", region=name, code=code) if code else name
    else:
        region = ret.get("region_name") if kind is not None or ret.get("region_name") != place else ""
        if region:
            place += f" — {region_name(ret.get('region') or '', region, words.lang)}"
        if ret.get("region"):
            place += f" ({ret['region']})"
    typed = ret.get("destination_query")
    if typed:
        place += f" — {words('spelling_place', query=typed)}"
    others = ret.get("destination_alternatives") or []
    if others:
        names = words.sep.join(
            f"{place_name(o, words.lang)} ({o['region']}"
            + (
                f"{words.sep}{words('km_away', km=words.km(o['distance_km'], False))})"
                if "distance_km" in o
                else ")"
            )
            for o in others
        )
        place += f" — {words('as_close_places' if typed else 'ambiguous_place')} {names}"
    not_stated = words("not_stated")
    person_rows = [(words("name"), person["name"])] if "name" in person else []
    person_rows += [
        (words("age"), str(person["age"]) if person.get("age") is not None else not_stated),
        (words("sex"), words.sex(person.get("sex"))),
        (
            words("languages"),
            words.sep.join(language_names(person.get("languages") or (), words.lang)) or not_stated,
        ),
        (words("children"), words.children(person.get("children"))),
        (words("unaccompanied"), words.yes_no(person.get("unaccompanied_minor"))),
        (words("disability"), words.yes_no(person.get("disability"))),
    ]
    return {
        "header": [
            (words("priority"), words.priority(package["priority"])),
            (words("deadline"), words.deadline(package["priority"])),
            (words("prepared"), human_time(package["prepared"]["at"])),
            (words("prepared_by"), package["prepared"].get("by") or not_stated),
        ],
        "return": [
            (words("country"), country or not_stated),
            (words("destination"), place.strip(" —") or not_stated),
            (words("arrival"), ret.get("arrival") or not_stated),
            (words("met_by"), ret.get("met_by") or not_stated),
        ],
        "person": person_rows,
    }


def provider_rows(provider: Mapping[str, Any], words: Words) -> list[tuple[str, str]]:
    contact = provider.get("contact") or {}
    rows = [(words(key), contact[key]) for key in CONTACT_KEYS if contact.get(key)]
    if provider.get("confidential_address"):
        rows.append((words("address"), words("confidential")))
    if provider.get("distance_km") is not None:
        rows.append((words("distance"), words.distance(provider)))
    return rows


def consent_rows(consent: Mapping[str, Any], words: Words) -> list[tuple[str, str]]:
    not_stated = words("not_stated")
    return [
        (words("consent_date"), consent["date"]),
        (words("consent_purpose"), consent.get("purpose") or not_stated),
        (words("consent_recipients"), ", ".join(consent.get("recipients") or ()) or not_stated),
        (words("consent_until"), consent.get("until") or not_stated),
        (words("consent_shared"), words.shared(consent.get("shared") or ())),
    ]


def directory_rows(directory: Mapping[str, Any], words: Words) -> list[tuple[str, str]]:
    rows = [
        (words("country"), str(directory.get("country") or "")),
        (words("directory_file"), str(directory.get("file") or "")),
        (words("directory_version"), str(directory.get("version") or "")),
    ]
    return [(key, value) for key, value in rows if value]


def reply_heads(words: Words) -> list[str]:
    """The reply table's column heads, in the package's language (HTML and Markdown)."""
    keys = (
        "referral_id",
        "reply_need",
        "reply_provider",
        "deadline",
        "reply_answer",
        "reply_date",
        "reply_by",
    )
    return [words(key) for key in keys]


def reply_rows(package: Mapping[str, Any], words: Words) -> list[tuple[str, str, str, str]]:
    """(referral id, need, provider, deadline) of each planned referral, in the package's words."""
    names = {s["provider"]["id"]: s["provider"]["name"] for s in package.get("needs") or ()}
    return [
        (
            r["id"],
            words.need(r["need"]),
            names.get(r["provider_id"], r["provider_id"]),
            human_time(r.get("deadline")) or "",
        )
        for r in package.get("referrals") or ()
    ]


def draft_text(words: Words) -> str:
    """The English mark always (readers and tests look for it), the translation beside it."""
    local = words("draft_mark")
    return DRAFT_MARK if local == DRAFT_MARK else f"{DRAFT_MARK} · {local}"
