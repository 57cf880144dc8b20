"""HSDS import: turn nested service records into providers, keeping aside what has no field."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..characters import unsafe_character
from ..checks import contact_items, doubtful_point, is_email, is_web_address, refusals
from ..errors import InputError
from ..model import (
    CONFIDENTIAL_EXTRA_KEYS,
    EXPLOITATION_TYPES,
    HSDS_KEY,
    SEXES,
    Coverage,
    Provider,
    normalise,
    parse_bool,
    parse_coverage,
    parse_int,
    quoted,
    refuse_any_beside,
)
from ..phones import read_phone
from ..tables import load_json
from ..tabular import RowProblem
from ..taxonomy import NEEDS_BY_CODE, fold
from . import mapping as m
from .aside import pack
from .exporter import derived_uuid
from .source import Record
from .spec import CHILDREN, ENUMS, TABLES, URI_EXEMPT_PARENTS, check_cell, is_date, is_link, is_uuid
from .vocab import ELIGIBILITY_TERMS, RECORD_TERMS, TermMap, is_our_term

_PHONE = re.compile(r"\+?[\d\s().\-/]{5,32}((\s*(ext\.?|x|#)\s*\d{1,6}))?", re.IGNORECASE)
_STATUS = {
    "active": "active",
    "inactive": "inactive",
    "defunct": "inactive",
    "temporarily closed": "temporarily_closed",
}
#: Single-valued fields: where import looks for them, most specific first.
_CANDIDATES: dict[str, tuple[m.Path_, ...]] = {
    "email": (
        ("email",),
        ("organization", "email"),
        ("contacts", 0, "email"),
        (*m.SAL, "contacts", 0, "email"),
        (*m.LOC, "contacts", 0, "email"),
    ),
    "website": (("url",), ("organization", "website")),
    "phone": (
        ("phones", 0, "number"),
        (*m.SAL, "phones", 0, "number"),
        (*m.LOC, "phones", 0, "number"),
        ("contacts", 0, "phones", 0, "number"),
        (*m.SAL, "contacts", 0, "phones", 0, "number"),
        (*m.LOC, "contacts", 0, "phones", 0, "number"),
        ("organization", "phones", 0, "number"),
        ("organization", "contacts", 0, "phones", 0, "number"),
    ),
    "focal_point": (
        ("contacts", 0, "name"),
        (*m.SAL, "contacts", 0, "name"),
        (*m.LOC, "contacts", 0, "name"),
        ("organization", "contacts", 0, "name"),
    ),
    "how_to_refer": (("application_process",),),
}


@dataclass
class ImportContext:
    """What the import of one file shares across records."""

    country: str
    term_map: TermMap
    strict: bool
    problems: list[RowProblem] = field(default_factory=list)
    unmapped: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    #: (term name, term code, need codes) of each term of another taxonomy read as needs: said.
    mapped: Counter[tuple[str, str, tuple[str, ...]]] = field(default_factory=Counter)
    #: Providers of a service at several locations whose capacity (the service's) none takes.
    #: (provider id -> the service it came from).
    shared_capacity: dict[str, str] = field(default_factory=dict)
    #: Each reading other than an exact one (Reading.sentence()), and how many records had it.
    readings: Counter[str] = field(default_factory=Counter)
    #: (term name, term code, what it set) of each term read as eligibility facts: said too.
    mapped_eligibility: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    kept: Counter[str] = field(default_factory=Counter)
    #: Provider id -> the fields its source carried; a re-import keeps the stored others.
    carried: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Provider id -> the svcmatch revision its record had when it was exported (if it says).
    revisions: dict[str, int] = field(default_factory=dict)
    #: The day every record of the feed is checked against ("a date in the future"): read once,
    #: so that a feed read across midnight judges its first and last records alike.
    today: dt.date = field(default_factory=lambda: dt.date.today())


@dataclass
class _Draft:
    """One provider being built from one service (at one location)."""

    rem: Record
    where: str
    values: dict[str, Any] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)
    keyed: dict[str, Any] = field(default_factory=dict)
    unusable: list[dict[str, Any]] = field(default_factory=list)
    source_ids: dict[str, str] = field(default_factory=dict)
    refused: list[RowProblem] = field(default_factory=list)
    #: How many locations the service is at (one draft each).
    places: int = 1
    #: The service's capacity was left in the record: it counts the places of all of them.
    shared_capacity: bool = False
    #: Values read other than exactly (a region's synonym, a town's region), as sentences
    #: ('region: read ...'): said by the import, once each with how many records had it.
    readings: list[str] = field(default_factory=list)
    #: svcmatch's `region` attribute (a withheld shelter's region): the region when no address
    #: gives one (`_take_region_term`).
    region_term: tuple[m.Path_, str] | None = None
    #: svcmatch's `extra` attribute: the record's own keys of `extra` (not HSDS material).
    own_extra: dict[str, Any] = field(default_factory=dict)

    def set_aside(self, path: m.Path_, value: Any, reason: str) -> None:
        m.pop_path(self.rem, path)
        self.unusable.append({"field": m.dotted(path), "value": value, "reason": reason})

    def take_first(
        self,
        name: str,
        candidates: tuple[m.Path_, ...],
        convert: Callable[[Any], tuple[Any, str | None]],
        consume: bool = True,
    ) -> None:
        for path in candidates:
            raw = m.get_path(self.rem, path)
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            value, problem = convert(raw)
            if problem:
                self.set_aside(path, raw, problem)
                continue
            self.values[name] = value
            if consume:
                m.pop_path(self.rem, path)
            if path != m.CANONICAL.get(name, path) or not consume:
                self.paths[name] = m.dotted(path)
            return


def services_to_drafts(service: Record, where: str) -> list[_Draft]:
    """One draft per service at location; a service with no location gives one draft without."""
    sals = [s for s in service.get("service_at_locations") or [] if isinstance(s, dict)]
    drafts = []
    base = {k: v for k, v in service.items() if k != "service_at_locations"}
    if not sals:
        return [_Draft(copy.deepcopy(base), where)]
    for sal in sals:
        record = copy.deepcopy(base)
        record["service_at_locations"] = [copy.deepcopy(sal)]
        drafts.append(_Draft(record, where, places=len(sals)))
    return drafts


def convert(draft: _Draft, ctx: ImportContext) -> Provider | None:
    """The provider of a draft, or None (with the reason in ctx.problems) when it cannot be one."""
    rem = draft.rem
    name = rem.get("name")
    if not isinstance(name, str) or not name.strip():
        ctx.problems.append(
            RowProblem(
                None,
                str(rem.get("id") or draft.where),
                "name",
                None,
                f"{draft.where}: service has no name: cannot be a provider",
            )
        )
        return None
    draft.values["name"] = _tidy(name)
    rem.pop("name")
    _take_ids(draft)
    _take_attributes(draft, ctx)
    _take_service_fields(draft, ctx.country)
    _take_location(draft, ctx.country)
    _take_region_term(draft, ctx.country)
    _take_lists(draft)
    _take_coverage(draft, ctx.country)
    draft.values.setdefault("id", _derived_id(draft, ctx.country))
    _drop_defaults(draft, ctx.country)
    _check_rest(draft, draft.rem, "service", ())
    return _finish(draft, ctx)


# --- ids ----------------------------------------------------------------------------------------


def _take_ids(draft: _Draft) -> None:
    rem = draft.rem
    for key, path in (
        ("service", ("id",)),
        ("service_at_location", (*m.SAL, "id")),
        ("location", (*m.LOC, "id")),
        ("organization", ("organization", "id")),
    ):
        value = m.get_path(rem, path)
        if value not in (None, ""):
            draft.source_ids[key] = str(value)
    organization = rem.get("organization")
    if isinstance(organization, dict) and not is_uuid(organization.get("id")):
        organization.pop("id", None)  # export derives one; a UUID is kept to group services


def _derived_id(draft: _Draft, country: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(draft.values["name"]))
    slug = "-".join(words)[:24].strip("-") or "service"
    ids = draft.source_ids
    basis = "|".join((ids.get("service", ""), ids.get("service_at_location", ""), ids.get("location", "")))
    if not basis.strip("|"):
        # A confidential shelter's id is shown everywhere: a digest of its address or town would
        # let anyone who sees the id, name and phone confirm a guess of where it is.
        where = ("region",) if draft.values.get("confidential_address") else ("address", "city")
        basis = "|".join(str(draft.values.get(k, "")) for k in ("name", *where, "phone"))
    digest = hashlib.sha256(basis.encode("utf-8")).hexdigest()[:8]
    return f"{country.lower()}-{slug}-{digest}"


# --- attributes (categories, eligibility, our record terms) --------------------------------------


def _take_attributes(draft: _Draft, ctx: ImportContext) -> None:
    categories: list[str] = []
    for base in ((), m.SAL):
        attributes = m.get_path(draft.rem, (*base, "attributes"))
        if not isinstance(attributes, list):
            continue
        kept = []
        for index, attribute in enumerate(attributes):
            path = (*base, "attributes", index)
            taken = isinstance(attribute, dict) and _take_attribute(draft, ctx, attribute, path, categories)
            if not taken:
                kept.append(attribute)
        m.set_path(draft.rem, (*base, "attributes"), kept)
    draft.values["categories"] = tuple(dict.fromkeys(categories))


def _take_attribute(
    draft: _Draft, ctx: ImportContext, attribute: Record, path: m.Path_, categories: list[str]
) -> bool:
    """Map one attribute; True when it was consumed (its meaning lives in provider fields now)."""
    term = attribute.get("taxonomy_term")
    if not isinstance(term, dict):
        ctx.unmapped[("", str(attribute.get("taxonomy_term_id") or ""), "(no taxonomy term)")] += 1
        return False
    if is_our_term(term):
        _apply_our_term(draft, str(term["code"]), attribute.get("value"), path, categories)
        return True
    needs = ctx.term_map.lookup_needs(term)
    effects = ctx.term_map.lookup_eligibility(term)
    if needs:
        ctx.mapped[(str(term.get("name") or ""), str(term.get("code") or ""), needs)] += 1
        categories.extend(needs)
        draft.keyed.setdefault("terms", []).append({"needs": list(needs), "attribute": attribute})
    if effects:
        _apply_effects(draft, effects)
        read_as = "; ".join(f"{name} {_effect_text(value)}" for name, value in effects.items())
        ctx.mapped_eligibility[(str(term.get("name") or ""), str(term.get("code") or ""), read_as)] += 1
    if not needs and not effects:
        taxonomy = term.get("taxonomy") or (term.get("taxonomy_detail") or {}).get("name") or ""
        ctx.unmapped[(str(taxonomy), str(term.get("code") or ""), str(term.get("name") or ""))] += 1
    return bool(needs)


def _effect_text(value: Any) -> str:
    """An eligibility effect as the note says it: `female`, `female, male`, `yes`, `18`."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (tuple, list)):
        return ", ".join(str(item) for item in value)
    return str(value)


def _apply_our_term(draft: _Draft, code: str, raw: Any, path: m.Path_, categories: list[str]) -> None:
    value = "" if raw is None else str(raw).strip()
    values = draft.values
    if code in NEEDS_BY_CODE:
        categories.append(code)
        return
    target = (ELIGIBILITY_TERMS.get(code) or RECORD_TERMS[code])[0]
    try:
        if target in ("sexes", "exploitation_types", "languages"):
            item = language_or_value(target, value)
            values[target] = (*values.get(target, ()), item)
        elif target == "coverage":
            values["coverage"] = _parse_coverage(value, draft)
        elif target in ("id", "organization_type", "verified_by", "notes"):
            if value:
                values[target] = value
        elif target == "region":
            draft.region_term = (path, value)
        elif target == "extra":
            draft.own_extra = _own_extra(value)
        elif target == "revision":
            draft.keyed["revision"] = parse_int(value, "revision")  # not a field: _finish takes it
        else:
            values[target] = parse_bool(value, code)
    except InputError as exc:
        draft.unusable.append({"field": m.dotted((*path, "value")), "value": raw, "reason": exc.message})


def _own_extra(value: str) -> dict[str, Any]:
    """The object of svcmatch's `extra` attribute: a record's own keys, never the keys that hold
    what an import keeps aside (those come from the record itself)."""
    try:
        own = load_json(value, "extra", 'write a JSON object, e.g. {"donor": "EU"}')
    except InputError as error:
        raise InputError(f"extra {error.message}", error.hint) from None
    if not isinstance(own, dict):
        raise InputError("extra is not a JSON object", 'write a JSON object, e.g. {"donor": "EU"}')
    reserved = sorted(set(own) & {HSDS_KEY, *CONFIDENTIAL_EXTRA_KEYS})
    if reserved:
        raise InputError(f"extra gives {', '.join(reserved)}, kept by the import itself", "leave it out")
    return own


def language_or_value(target: str, value: str) -> str:
    allowed = {"sexes": (*SEXES, "any"), "exploitation_types": (*EXPLOITATION_TYPES, "any")}.get(target)
    if target == "languages":
        code = m.language_code(value)
        if code is None:
            raise InputError(f"{quoted(value)} is not a language", "use ISO 639-1 codes")
        return code
    if allowed is not None and value.lower() not in allowed:
        raise InputError(f"{quoted(value)} is not one of {', '.join(allowed)}", "fix the value")
    return value.lower()


def _parse_coverage(value: str, draft: _Draft) -> Coverage:
    if not value or value == "own_region":
        return Coverage()
    return parse_coverage(value)


def _apply_effects(draft: _Draft, effects: dict[str, Any]) -> None:
    values = draft.values
    for name, effect in effects.items():
        if isinstance(effect, tuple):
            values[name] = tuple(dict.fromkeys((*values.get(name, ()), *effect)))
        elif isinstance(effect, bool):
            values[name] = values.get(name, False) or effect
        elif values.get(name) is None:
            values[name] = effect


# --- service fields -----------------------------------------------------------------------------


def _tidy(text: str, *, multiline: bool = False) -> str:
    """A feed's text as stored: as the feed wrote it, its ends stripped, so that svcmatch's own
    export imported again gives back what it wrote (a name's two spaces, an address's or a
    how-to-refer's lines); a text holding what its field may not hold (a line break in a name,
    a control character) has every run of white space read as one space, as before."""
    stripped = text.strip()
    if unsafe_character(stripped, multiline=multiline) is None:
        return stripped
    return " ".join(text.split())


def _line(raw: Any) -> tuple[Any, str | None]:
    return _text(raw, multiline=False)


def _lines(raw: Any) -> tuple[Any, str | None]:
    return _text(raw, multiline=True)


def _text(raw: Any, multiline: bool) -> tuple[Any, str | None]:
    if isinstance(raw, bool):  # `"application_process": false` was stored as the how-to-refer "False"
        return None, f"{quoted(raw)} is not text"
    return _tidy(str(raw), multiline=multiline), None


def _said(raw: Any, text: str) -> str:
    """A feed's value as a note quotes it: its text, or true/false as the feed wrote it."""
    return repr(text) if isinstance(raw, str) else quoted(raw)


#: A phone given as digits alone: what a spreadsheet makes of a number it took for one.
_DIGITS_ALONE = re.compile(r"[0-9]{6,15}")


def _one_phone(text: str) -> bool:
    return bool(_PHONE.fullmatch(text)) and 5 <= sum(ch.isdigit() for ch in text) <= 20


def _phone(raw: Any, country: str = "", readings: list[str] | None = None) -> tuple[Any, str | None]:
    """A phone number; or several separated by |, comma or semicolon, as a directory cell
    holds them (checks.contact_items) and svcmatch's own export writes them. Digits alone are
    a number a spreadsheet made (a partner's package is made in Excel too): read as a sheet's
    phone cell is (its + or leading 0 restored, said; one cut to six digits and zeros set
    aside), where one kept as written would be a number nobody abroad can dial."""
    text = str(raw).strip()
    if country and _DIGITS_ALONE.fullmatch(text):
        try:
            reading = read_phone(text, country)
        except InputError as error:
            return None, f"{error.message} ({error.hint})" if error.hint else error.message
        if reading.note and readings is not None:
            readings.append(f"phone: {reading.note}")
        return reading.number, None
    if _one_phone(text) or (len(items := contact_items(text)) > 1 and all(map(_one_phone, items))):
        return text, None
    return None, f"phone {_said(raw, text)} is malformed"


def _email(raw: Any) -> tuple[Any, str | None]:
    """An e-mail address; or several, as `_phone` reads several phones."""
    text = str(raw).strip()
    if is_email(raw) or (len(items := contact_items(text)) > 1 and all(map(is_email, items))):
        return text, None
    return None, f"{quoted(raw)} is not an email address"


def _website(raw: Any) -> tuple[Any, str | None]:
    text = str(raw).strip()
    if is_web_address(text):
        return text, None
    return None, f"{_said(raw, text)} is not a web address"


def _age(raw: Any) -> tuple[Any, str | None]:
    number = raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else None
    if number is None or number != int(number) or not 0 <= number <= 130:
        return None, f"age {quoted(raw)} is not a whole number of years from 0 to 130"
    return int(number), None


def _date(raw: Any) -> tuple[Any, str | None]:
    text = str(raw).strip()
    if is_date(text[:10]):
        return dt.date.fromisoformat(text[:10]), None
    return None, f"{_said(raw, text)} is not a date (YYYY-MM-DD)"


def _take_status(draft: _Draft) -> None:
    """Every HSDS status maps to ours; any other status refuses the record (guessing "active"
    would send people to a closed service), and a missing one is said."""
    raw = draft.rem.pop("status", None)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        draft.unusable.append(
            {
                "field": "status",
                "value": "",
                "reason": "service has no status; imported as active",
                "kept": True,
            }
        )
        return
    folded = " ".join(str(raw).strip().lower().replace("_", " ").split())
    if folded not in _STATUS:
        draft.refused.append(
            RowProblem(
                None,
                None,
                "status",
                _short(raw),
                f"{draft.where}: service status {quoted(raw)} is not an HSDS status "
                f"({', '.join(_STATUS)}); refused",
            )
        )
        return
    draft.values["status"] = _STATUS[folded]
    if folded == "defunct":
        draft.keyed["status"] = "defunct"


def _take_service_fields(draft: _Draft, country: str) -> None:
    for name, convert_value in (
        ("email", _email),
        ("website", _website),
        ("phone", functools.partial(_phone, country=country, readings=draft.readings)),
        ("focal_point", _line),
        ("how_to_refer", _lines),
    ):
        draft.take_first(name, _CANDIDATES[name], convert_value)
    draft.take_first("min_age", (("minimum_age",),), _age)
    draft.take_first("max_age", (("maximum_age",),), _age)
    low, high = draft.values.get("min_age"), draft.values.get("max_age")
    if low is not None and high is not None and low > high:
        for name, key in (("min_age", "minimum_age"), ("max_age", "maximum_age")):
            draft.unusable.append(
                {
                    "field": key,
                    "value": draft.values.pop(name),
                    "reason": f"minimum age {low} is above maximum age {high}",
                }
            )
    draft.take_first("verified_on", (("assured_date",),), _date)
    if "verified_by" not in draft.values:
        draft.take_first("verified_by", (("assurer_email",),), _email)
    _take_status(draft)
    _take_capacity(draft)


def _whole_places(available: float) -> bool:
    """Whether a capacity's `available` is a count of places a cell would take (model.parse_int):
    a whole number of at most 9 digits (a negative one is left to the rule below)."""
    return (isinstance(available, int) or available.is_integer()) and abs(available) < 10**9


def _take_capacity(draft: _Draft) -> None:
    """HSDS 3.1 `capacities`: the first with a number available."""
    capacities = draft.rem.get("capacities")
    if not isinstance(capacities, list):
        return
    for index, capacity in enumerate(capacities):
        if not isinstance(capacity, dict):
            continue
        available = capacity.get("available")
        if (
            isinstance(available, (int, float))
            and not isinstance(available, bool)
            and not _whole_places(available)
        ):
            # 2.7 was stored as 2 (a guess), 1e300 as a number of 301 digits: as a cell refuses them
            draft.set_aside(
                ("capacities", index, "available"),
                available,
                f"available {available!r} is not a whole number of places",
            )
            continue
        if isinstance(available, (int, float)) and not isinstance(available, bool) and available >= 0:
            if draft.places > 1:
                # 3.1 counts the service's places: 4 free beds at two locations are not 4 at each
                draft.shared_capacity = True
                return
            draft.values["capacity_available"] = int(available)
            updated = capacity.get("updated")
            if isinstance(updated, str) and is_date(updated[:10]):
                draft.values["capacity_updated"] = dt.date.fromisoformat(updated[:10])
            # `updated` kept: its time and zone go back; so does a capacity's UUID, as every object's
            kept = {k: v for k, v in capacity.items() if k not in ("available", "service_id")}
            if not is_uuid(kept.get("id")):
                kept.pop("id", None)
            draft.keyed["capacity"] = kept
            capacities.pop(index)
            return


# --- location and address -----------------------------------------------------------------------


def _take_location(draft: _Draft, country: str) -> None:
    rem = draft.rem
    location = m.get_path(rem, m.LOC)
    if not isinstance(location, dict):
        return
    _take_coordinates(draft)
    addresses = location.get("addresses")
    if not isinstance(addresses, list) or not addresses:
        return
    index = next(
        (i for i, a in enumerate(addresses) if isinstance(a, dict) and a.get("address_type") == "physical"), 0
    )
    base = (*m.LOC, "addresses", index)
    if index != 0:
        draft.paths["address_index"] = str(index)
    for name, key in (("address", "address_1"), ("city", "city")):
        raw = m.get_path(rem, (*base, key))
        if isinstance(raw, str) and raw.strip():
            draft.values[name] = _tidy(raw, multiline=name == "address")
            m.pop_path(rem, (*base, key))
    _take_region(draft, base, country)
    address_country = m.get_path(rem, (*base, "country"))
    if isinstance(address_country, str) and address_country.strip().upper() not in ("", country.upper()):
        draft.unusable.append(
            {
                "field": m.dotted((*base, "country")),
                "value": address_country,
                "reason": f"address is in {address_country}, not in {country.upper()}",
                "kept": True,
            }
        )


def _take_region_term(draft: _Draft, country: str) -> None:
    """svcmatch's `region` attribute, which its export writes for a shelter whose address it
    withholds: the region, read as an address's is, when no address gave one."""
    if draft.region_term is None or "region" in draft.values:
        return
    path, raw = draft.region_term
    if not raw:
        return
    found = m.read_region_of(raw, country)
    if found is None:
        reason = f"region {quoted(raw)} is no ISO 3166-2 code or region name of {country.upper()}"
        draft.unusable.append({"field": m.dotted((*path, "value")), "value": raw, "reason": reason})
        return
    draft.values["region"] = found[0]
    if found[1] is not None:
        draft.readings.append(found[1].sentence())


def _take_coordinates(draft: _Draft) -> None:
    rem = draft.rem
    lat_path, lon_path = (*m.LOC, "latitude"), (*m.LOC, "longitude")
    lat, lon = m.get_path(rem, lat_path), m.get_path(rem, lon_path)
    if lat is None and lon is None:
        return
    problems: dict[str, str] = {}
    for label, raw, limit in (("latitude", lat, 90), ("longitude", lon, 180)):
        if raw is None:
            problems[label] = f"{label} is missing"
        elif not isinstance(raw, (int, float)) or isinstance(raw, bool):
            problems[label] = f"{label} {quoted(raw)} is not a number"
        elif not -limit <= raw <= limit:
            problems[label] = f"{label} {raw} is outside -{limit}..{limit}"
    if problems:
        for label, path, raw in (("latitude", lat_path, lat), ("longitude", lon_path, lon)):
            if raw is not None:
                other = "; ".join(problems.values())
                reason = problems.get(label) or f"{label} set aside with its pair ({other})"
                draft.set_aside(path, raw, reason)
        return
    draft.values["latitude"], draft.values["longitude"] = float(lat), float(lon)
    m.pop_path(rem, lat_path)
    m.pop_path(rem, lon_path)


def _take_region(draft: _Draft, base: m.Path_, country: str) -> None:
    rem = draft.rem
    for key in ("region", "state_province"):
        raw = m.get_path(rem, (*base, key))
        if not isinstance(raw, str) or not raw.strip():
            continue
        found = m.read_region_of(raw, country)
        if found is None:
            draft.set_aside(
                (*base, key),
                raw,
                f"{key} {quoted(raw)} is no ISO 3166-2 code or region name of {country.upper()}",
            )
            continue
        code, reading = found
        if "region" not in draft.values:
            draft.values["region"] = code
            if reading is not None:
                draft.readings.append(reading.sentence())
            if key == "region":
                m.pop_path(rem, (*base, key))
        if key == "state_province" and code == draft.values["region"] and raw == m.region_name(code):
            m.pop_path(rem, (*base, key))  # export writes the region's name there again


# --- lists: languages, documents, capacity, coverage ---------------------------------------------


def _take_lists(draft: _Draft) -> None:
    rem = draft.rem
    languages = list(draft.values.get("languages", ()))
    entries = rem.pop("languages", None)
    if isinstance(entries, list):
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            found = m.read_language_of(entry.get("code")) or m.read_language_of(entry.get("name"))
            if found is None:
                draft.unusable.append(
                    {
                        "field": f"languages.{index}",
                        "value": entry,
                        "reason": "language has no ISO 639 code or known name",
                    }
                )
                continue
            code, reading = found
            if reading is not None:
                draft.readings.append(reading.sentence())
            languages.append(code)
            rest = {k: v for k, v in entry.items() if k not in ("id", "code", "service_id")}
            if rest.get("name") == m.language_name(code):
                rest.pop("name")
            if rest:
                draft.keyed.setdefault("languages", {})[code] = rest
    draft.values["languages"] = tuple(dict.fromkeys(languages))
    documents: list[str] = []
    entries = rem.get("required_documents")
    if isinstance(entries, list):
        kept = []
        for entry in entries:
            text = entry.get("document") if isinstance(entry, dict) else None
            if not isinstance(text, str) or not text.strip():
                kept.append(entry)
                continue
            documents.append(_tidy(text))
            rest = {k: v for k, v in entry.items() if k not in ("id", "document", "service_id")}
            if rest:
                draft.keyed.setdefault("documents", {})[documents[-1]] = rest
        rem["required_documents"] = kept
    draft.values["documents_required"] = tuple(dict.fromkeys(documents))


def _take_coverage(draft: _Draft, country: str) -> None:
    areas = draft.rem.get("service_areas")
    areas = [a for a in areas if isinstance(a, dict)] if isinstance(areas, list) else []
    keys = [m.area_key(area, country) for area in areas]
    if "coverage" not in draft.values:
        found = m.coverage_from_areas([k for k in keys if k], areas)
        if found is not None:
            draft.values["coverage"] = found
            for area, key in zip(areas, keys, strict=True):
                if key in found.regions:  # a region named other than exactly is said
                    read = m.read_region_of(str(area.get("name")), country)
                    if read is not None and read[1] is not None:
                        draft.readings.append(read[1]._replace(field="coverage").sentence())
    probe = Provider(
        id="probe",
        name="probe",
        coverage=draft.values.get("coverage", Coverage()),
        region=draft.values.get("region", ""),
        city=draft.values.get("city", ""),
    )
    generated = dict(m.coverage_areas(probe, country))
    kept = []
    for index, (area, key) in enumerate(zip(areas, keys, strict=True)):
        if key is None or key not in generated:
            kept.append(area)
            draft.unusable.append(
                {
                    "field": f"service_areas.{index}.name",
                    "value": area.get("name"),
                    "reason": (
                        "its radius may be thousands of km (the dot of 1.500 km separating thousands) "
                        "or km and metres: which is not known; write the km without a thousands dot"
                        if m.radius_in_thousands(str(area.get("name") or ""))
                        else f"service area names no region of {country.upper()} that the coverage uses"
                    ),
                    "kept": True,
                }
            )
            continue
        rest = {k: v for k, v in area.items() if k not in ("id", "service_id")}
        for name in ("name", "description"):
            if name in rest and rest[name] == generated[key].get(name):
                rest.pop(name)
        if rest:
            draft.keyed.setdefault("service_areas", {})[key] = rest
    if areas:
        draft.rem["service_areas"] = kept


# --- the rest: defaults, formats, ids -------------------------------------------------------------


def _drop_defaults(draft: _Draft, country: str) -> None:
    """Remove values that export writes again by itself, so they are not kept twice."""
    rem = draft.rem
    defaults: tuple[tuple[m.Path_, Any], ...] = (
        ((*m.LOC, "location_type"), "physical"),
        ((*m.LOC, "name"), draft.values["name"]),
        (("organization", "name"), draft.values["name"]),
        (
            ("organization", "description"),
            m.organization_description(
                str(m.get_path(rem, ("organization", "name")) or draft.values["name"]),
                draft.values.get("categories", ()),
            ),
        ),
    )
    for path, value in defaults:
        if m.get_path(rem, path) == value:
            m.pop_path(rem, path)
    addresses = m.get_path(rem, (*m.LOC, "addresses"))
    for address in addresses if isinstance(addresses, list) else []:
        if isinstance(address, dict):
            if str(address.get("country", "")).upper() == country.upper():
                address.pop("country")
            for key, value in (("address_type", "physical"), ("postal_code", "")):
                if address.get(key) == value:
                    address.pop(key)


_KEEP_IDS = frozenset({"taxonomy_term", "taxonomy"})


def _check_rest(draft: _Draft, obj: Any, table: str, path: m.Path_) -> None:
    """Set aside values of the kept record that break HSDS formats; drop ids export derives again."""
    if not isinstance(obj, dict):
        return
    spec = TABLES.get(table)
    for key in list(obj):
        value = obj[key]
        child = CHILDREN.get(table, {}).get(key)
        if child is not None:
            child_table, many = child
            if many and isinstance(value, list):
                for index, item in enumerate(value):
                    _check_rest(draft, item, child_table, (*path, key, index))
            elif not many:
                _check_rest(draft, value, child_table, (*path, key))
            continue
        if _derived_again(table, key) and not (key == "id" and is_uuid(value)):
            obj.pop(key)  # a valid HSDS UUID is kept as it came: a re-import elsewhere must match it
            continue
        column = spec.column(key) if spec else None
        if column is None or value is None:
            continue
        kind = "s" if column.kind == "r" and table in URI_EXEMPT_PARENTS else column.kind
        reason = check_cell(kind, value)
        enum = ENUMS.get((table, key))
        if reason is None and enum is not None and value not in enum:
            reason = f"is not one of {', '.join(sorted(enum))}"
        if reason is not None:
            obj.pop(key)
            draft.unusable.append(
                {
                    "field": m.dotted((*path, key)),
                    "value": value,
                    "reason": f"{table}.{key} {quoted(value)} {reason}",
                }
            )


def _derived_again(table: str, key: str) -> bool:
    """Ids and foreign keys that export derives again (taxonomy ids and real UUIDs of
    organizations and parent organizations are kept): a link HSDS declares for the table
    (`spec.is_link`). An organization's `tax_id` is its tax number, and a field of another tool
    (`crm_id`) the publisher's: both were dropped without a word until 2026-12-07."""
    if table in _KEEP_IDS or key == "parent_organization_id" or (table == "organization" and key == "id"):
        return False
    spec = TABLES.get(table)
    return key == "id" or (is_link(key) and spec is not None and spec.column(key) is not None)


def kept_fields(obj: Any, table: str = "service") -> set[str]:
    """'table.field' names of the values a kept record holds (for the import report)."""
    names: set[str] = set()
    if isinstance(obj, dict):
        for key, value in obj.items():
            child = CHILDREN.get(table, {}).get(key)
            if child is None:
                if key != "id":  # ids are kept, but they are no content to report
                    names.add(f"{table}.{key}")
                continue
            items = value if isinstance(value, list) else [value]
            for item in items:
                found = kept_fields(item, child[0])
                names |= found if found else set()
    return names


def _report_unusable(draft: _Draft, ctx: ImportContext, pid: str) -> bool:
    """One problem per unusable value (copies of it elsewhere in the record folded in); True: refuse."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item in draft.unusable:
        groups.setdefault((_short(item["value"]), item["reason"]), []).append(item)
    refuse = False
    for (value, reason), items in groups.items():
        kept = bool(items[0].get("kept"))
        refused = ctx.strict and not kept
        refuse = refuse or refused
        more = f" (and {len(items) - 1} more place(s))" if len(items) > 1 else ""
        suffix = "; refused (--strict)" if refused else ("" if kept else "; kept aside")
        ctx.problems.append(
            RowProblem(
                None, pid, items[0]["field"], value, reason + more + suffix, "error" if refused else "note"
            )
        )
    return refuse


def _finish(draft: _Draft, ctx: ImportContext) -> Provider | None:
    pid = draft.values["id"]
    refused = _report_unusable(draft, ctx, pid)
    for problem in draft.refused:
        ctx.problems.append(dataclasses.replace(problem, record=pid))
    if refused or draft.refused:
        return None
    if draft.shared_capacity:
        ctx.shared_capacity[pid] = draft.source_ids.get("service") or draft.where
    for sentence in draft.readings:
        ctx.readings[sentence] += 1
    revision = draft.keyed.pop("revision", None)
    if isinstance(revision, int):
        ctx.revisions[pid] = revision
    set_aside = [{k: v for k, v in u.items() if k != "kept"} for u in draft.unusable if not u.get("kept")]
    _drop_derived_ids(draft.rem, "service", ("service",), pid)
    _drop_derived_capacity(draft, pid)
    record = m.prune(draft.rem)
    hsds: dict[str, Any] = {"record": record}
    for key, value in (
        ("paths", draft.paths),
        ("keyed", m.prune(draft.keyed)),
        ("source", _source_ids(draft.source_ids, pid)),
        ("unusable", set_aside),
    ):
        if value:
            hsds[key] = value
    for name in kept_fields(record):
        ctx.kept[name] += 1
    values = dict(draft.values)
    try:
        for name in ("sexes", "exploitation_types"):
            refuse_any_beside(name, tuple(values.get(name) or ()))
    except InputError as exc:  # 'female' and 'any' were folded into no restriction
        ctx.problems.append(RowProblem(None, pid, None, None, str(exc)))
        return None
    # svcmatch's own export, imported again, keeps nothing: its re-import changes nothing
    values["extra"] = {**draft.own_extra, **(pack(_plain(hsds)) if len(hsds) > 1 or record else {})}
    provider = normalise(Provider(**values))
    problems = refusals(provider, ctx.country, today=ctx.today, complete=False)
    if problems:
        message = "; ".join(f"{f.field}: {f.message} ({f.fix})" for f in problems)
        ctx.problems.append(RowProblem(None, pid, None, None, message))
        return None
    doubtful = doubtful_point(provider, ctx.country, today=ctx.today)
    if doubtful is not None:  # taken, and said
        said = f"{doubtful.message} ({doubtful.fix})"
        ctx.problems.append(RowProblem(None, pid, "latitude", None, said, "note"))
    ctx.carried[provider.id] = frozenset(
        name for name, value in draft.values.items() if value not in ((), None, "")
    ) | {"id", "name", "extra"}
    return provider


def _drop_derived_ids(obj: Any, table: str, path: tuple[str, ...], pid: str) -> None:
    """Leave out the ids that export derives again, the same, from the provider id at the same
    place (exporter._assign_ids): they came from svcmatch's own export and go back as they were."""
    if not isinstance(obj, dict):
        return
    if table == "organization":
        derived = derived_uuid("organization", pid)
        if obj.get("id") == derived:
            obj.pop("id")
        pid, path = str(obj.get("id") or derived), ("organization",)  # its parts: from its own id
    elif table not in ("taxonomy_term", "taxonomy") and obj.get("id") == derived_uuid("provider", pid, *path):
        obj.pop("id")
    for key, (child_table, many) in CHILDREN.get(table, {}).items():
        value = obj.get(key)
        if many and isinstance(value, list):
            for index, item in enumerate(value):
                _drop_derived_ids(item, child_table, (*path, key, str(index)), pid)
        elif not many:
            _drop_derived_ids(value, child_table, (*path, key), pid)


def _drop_derived_capacity(draft: _Draft, pid: str) -> None:
    """What export writes of a capacity by itself (exporter._capacity: its derived ids, the unit
    'place', the date at midnight UTC) is not kept: only what a feed brought of its own."""
    capacity = draft.keyed.get("capacity")
    if not isinstance(capacity, dict):
        return
    path = ("service", "capacities", "0")
    if capacity.get("id") == derived_uuid("provider", pid, *path):
        capacity.pop("id")
    unit = capacity.get("unit")
    if isinstance(unit, dict) and unit.get("id") == derived_uuid("provider", pid, *path, "unit"):
        unit.pop("id")
        if capacity.get("unit_id") == derived_uuid("provider", pid, *path, "unit"):
            capacity.pop("unit_id")
        if unit == {"name": "place"}:
            capacity.pop("unit")
    updated = draft.values.get("capacity_updated")
    if isinstance(updated, dt.date) and capacity.get("updated") == f"{updated.isoformat()}T00:00:00Z":
        capacity.pop("updated")
    if not capacity:
        draft.keyed.pop("capacity")


def _source_ids(ids: dict[str, str], pid: str) -> dict[str, str]:
    """The source ids that svcmatch's own export did not derive from the provider id."""
    place = ("service", "service_at_locations", "0")
    derived = {
        "service": derived_uuid("provider", pid, "service"),
        "service_at_location": derived_uuid("provider", pid, *place),
        "location": derived_uuid("provider", pid, *place, "location"),
        "organization": derived_uuid("organization", pid),
    }
    return {key: value for key, value in ids.items() if value != derived.get(key)}


def _plain(value: Any) -> Any:
    """JSON-ready copy (dates as text) so that the directory file can hold it."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _short(value: Any) -> str:
    # the feed's value in its own words: true, null, ["sq"], not Python's True, None, ['sq']
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."
