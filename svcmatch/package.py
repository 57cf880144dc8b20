"""The referral package: what the receiving partners get for one person, as HTML, Markdown or JSON."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from . import __version__
from .cell_place import gives_cell_place
from .characters import unsafe_character
from .errors import DataError, InputError
from .geo.distance import distance_km
from .html.package import render_html
from .labels import LANGUAGES
from .matching import Case, Weights, match, matcher_for
from .matching.case import MAX_TOP
from .matching.result import whole_km
from .matching.rules import children_assumed, coarse_km, service_point
from .matching.scoring import LANGUAGE_NEEDS, join_words
from .model import parse_bool, parse_date, parse_list, quoted, text_items, withhold_in_texts
from .negation import negations_in
from .package_notes import (
    Note,
    advisory_notes,
    case_notes,
    changed_since,
    interpreter_note,
    located,
    no_common_notes,
    planned_ids,
    provider_notes,
    regions_avoided,
    shown_advisory_notes,
    stay_step,
    stays_confidential,
    unmet_note,
)
from .package_words import (
    CONTACT_KEYS,
    ProviderCard,
    Words,
    alternatives_by_need,
    consent_rows,
    country_name,
    directory_rows,
    draft_text,
    field_rows,
    provider_cards,
    provider_rows,
    reply_heads,
    reply_rows,
    unmet_texts,
    warning_texts,
)
from .package_words import DRAFT_MARK as DRAFT_MARK
from .package_words import SAMPLE_MARK as SAMPLE_MARK
from .privacy import public_name, withhold_values
from .referrals import CASE_REF_RULE, DEADLINE_HOURS, is_case_ref, refuse_name_like_words
from .referrals import deadline as referral_deadline
from .referrals import planned as planned_referrals
from .render import jsonl_text, to_json, visible
from .settings import EARLIEST_DAY
from .taxonomy import ACCOMMODATION_NEEDS, NEEDS_BY_CODE, read_need, resolve_need, split_words, stay_need

if TYPE_CHECKING:
    from .model import Directory

SCHEMA_NAME = "svcmatch-referral-package"
SCHEMA_VERSION = 1
FORMATS: tuple[str, ...] = ("html", "md", "json", "jsonl")

#: Priority -> hours the receiving side has to respond: emergency 24 h, urgent 72 h, normal 14
#: days (DOMAIN.md), the deadlines of the package's referrals (referrals.DEADLINE_HOURS).
PRIORITIES: dict[str, int] = dict(DEADLINE_HOURS)

#: Risk flags a package may carry, in the order they are shown (risk to life first: it is
#: always shared). Flags only, never the story behind them.
RISK_FLAGS: tuple[str, ...] = (
    "risk_to_life",
    "re_trafficking_high",
    "traffickers_in_home_area",
    "threats_received",
    "debt_bondage",
    "family_involvement",
    "health_urgent",
    "mental_health_crisis",
    "pregnancy",
    "substance_dependence",
    "court_proceedings",
    "media_exposure",
)

#: How many other eligible providers a package names besides the chosen one.
ALTERNATIVES = 2
_NAME_MAX = 200


@dataclass(frozen=True, slots=True)
class Consent:
    """The person's consent to the referral: when, for what, to whom, until when."""

    date: dt.date
    purpose: str = ""
    recipients: tuple[str, ...] = ()
    until: dt.date | None = None

    def __post_init__(self) -> None:
        """A script's dates as text ("2026-03-01") are read as `--consent-date` reads them, or
        refused (a str compared with a date was a TypeError); one recipient as text is that
        recipient (its letters were shared with "p, a, r, t, n, e, r, s")."""
        object.__setattr__(self, "date", parse_date(self.date, "consent date"))
        if self.until is not None:
            object.__setattr__(self, "until", parse_date(self.until, "consent until"))
        if isinstance(self.recipients, str):
            object.__setattr__(self, "recipients", (self.recipients,))


@dataclass(frozen=True, slots=True)
class PackageOptions:
    """Everything about a package that the match does not say (the options of `svcmatch package`).

    `select` and `notes_for` map need codes to a provider id and to a note; `prepared_at`
    (default: now) is when the package is prepared, a date or a date-time.
    """

    case_ref: str
    #: The words of case_ref name no one (`referrals.name_like_words`): the caseworker said so.
    case_ref_not_a_name: bool = False
    priority: str = "normal"
    arrival: dt.date | None = None
    met_by: str = ""
    prepared_by: str = ""
    select: Mapping[str, str] = field(default_factory=dict)
    risks: tuple[str, ...] = ()
    notes_for: Mapping[str, str] = field(default_factory=dict)
    lang: str = "en"
    consent: Consent | None = None
    draft: bool = False
    name: str | None = None
    format: str = "html"
    prepared_at: dt.datetime | dt.date | None = None
    #: The need words as typed, by "--select CODE" / "--notes-for CODE", for messages.
    typed: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """An arrival date as text is read as `--arrival` reads it, or refused; one risk flag as
        text is that flag (it was read letter by letter: "unknown risk flag 'r'")."""
        if self.arrival is not None:
            object.__setattr__(self, "arrival", parse_date(self.arrival, "arrival"))
        if isinstance(self.risks, str):
            object.__setattr__(self, "risks", (self.risks,))

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> PackageOptions:
        """Options from plain values, as a CSV row or JSON line holds them (batch's cells).

        Keys are the long options of `svcmatch package` with "-" -> "_"; `today` is taken as
        `prepared_at`. Lists may be given as lists or as "a,b" text.
        """
        return options_from_values(values)


# --------------------------------------------------------------------------- parsing options


def parse_assignments(
    items: Iterable[str], option: str, typed: dict[str, str] | None = None
) -> dict[str, str]:
    """'NEED=VALUE' items (from --select or --notes-for) as {need code: value}; `typed` gets
    the word as typed for each "OPTION CODE"."""
    assigned: dict[str, str] = {}
    for item in items:
        word, sep, value = str(item).partition("=")
        if not sep or not word.strip() or not value.strip():
            raise InputError(
                f"{option} {item!r} is not NEED=VALUE", f"write e.g. {option} shelter=al-tir-1a2b"
            )
        codes = resolve_need(word)
        if len(codes) != 1:
            raise InputError(f"{option} {word!r} names several needs", "name one need code")
        if codes[0] in assigned:
            raise InputError(f"{option} names {codes[0]} twice", "give each need once")
        assigned[codes[0]] = value.strip()
        if typed is not None:
            typed[f"{option} {codes[0]}"] = word.strip()
    return assigned


def parse_risks(flags: Iterable[str]) -> tuple[str, ...]:
    """Known risk flags in display order; 'Re-Trafficking-High' is re_trafficking_high."""
    found: set[str] = set()
    for flag in flags:
        code = str(flag).strip().lower().replace("-", "_").replace(" ", "_")
        if code not in RISK_FLAGS:
            known = "known flags: " + ", ".join(RISK_FLAGS)
            held = [f for f in RISK_FLAGS if f in code]  # 'risk_to_life debt_bondage': two, not one
            if len(held) > 1:
                raise InputError(
                    f"unknown risk flag {flag!r}",
                    f"it holds {len(held)} flags: separate them with | or , ({'|'.join(held)}); {known}",
                )
            said = negations_in(code.replace("_", " "))
            if said:  # 'no risk to life' was told "did you mean risk_to_life?" (sixteenth pass)
                raise InputError(
                    f"risk flag {flag!r} says a risk she does not have ({said[0]!r})",
                    f"leave it out: give only the flags that hold; {known}",
                )
            meant = _risk_meant(code)
            raise InputError(
                f"unknown risk flag {flag!r}", (f"did you mean {meant}? " if meant else "") + known
            )
        found.add(code)
    return tuple(code for code in RISK_FLAGS if code in found)


def _risk_meant(code: str) -> str | None:
    """The flag an unknown one is close to: a close spelling, or the one flag with a word that
    begins as it does ('debts': debt_bondage, 'pregnant': pregnancy); None when none or several."""
    close = difflib.get_close_matches(code, RISK_FLAGS, n=1, cutoff=0.75)
    if close:
        return close[0]
    if len(code) < 4:
        return None
    begins = [f for f in RISK_FLAGS if any(word.startswith(code[:4]) for word in f.split("_"))]
    return begins[0] if len(begins) == 1 else None


#: The options of `svcmatch package` that describe a package, by long name with "-" -> "_": the
#: one list, which `batch --packages` takes as columns (a test checks the command declares each).
OPTION_KEYS = (
    "case_ref",
    "case_ref_not_a_name",
    "priority",
    "arrival",
    "met_by",
    "prepared_by",
    "select",
    "risk",
    "notes_for",
    "lang",
    "consent_date",
    "consent_purpose",
    "consent_recipients",
    "consent_until",
    "draft",
)
#: What `options_from_values` takes besides: the person's name (the command's option, never a
#: batch column), the format, the day it is prepared, and `risks`, the API's spelling of `risk`.
_OPTION_KEYS = frozenset({*OPTION_KEYS, "risks", "name", "format", "prepared_at", "today"})


def options_from_values(values: Mapping[str, Any]) -> PackageOptions:
    """PackageOptions from option values keyed by long option name ("-" -> "_")."""
    unknown = sorted(set(values) - _OPTION_KEYS)
    if unknown:
        raise InputError(
            f"unknown package options: {', '.join(unknown)}", "known: " + ", ".join(sorted(_OPTION_KEYS))
        )
    get = values.get

    def date_or_none(key: str) -> dt.date | None:
        value = get(key)
        return parse_date(value, key.replace("_", "-")) if value not in (None, "") else None

    def text(key: str, default: str = "") -> str:
        """A text option; a batch line's list, object or true refused (met_by {"a": 1} was stored
        as Python's "{'a': 1}", priority ["urgent"] refused as "['urgent']")."""
        value = get(key)
        if isinstance(value, (list, tuple, dict, bool)):
            raise InputError(f"{key}: {quoted(value)} is not a text", f"write {key} as a text")
        return str(value or default).strip()

    consent_date = date_or_none("consent_date")
    typed: dict[str, str] = {}
    consent = None
    if consent_date is not None:
        consent = Consent(
            consent_date,
            text("consent_purpose"),
            parse_list(get("consent_recipients") or (), "consent_recipients"),
            date_or_none("consent_until"),
        )
    elif any(get(k) for k in ("consent_purpose", "consent_recipients", "consent_until")):
        raise InputError("consent details without a consent date", "give --consent-date DATE too")
    return PackageOptions(
        case_ref=text("case_ref"),
        case_ref_not_a_name=parse_bool(get("case_ref_not_a_name") or False, "case_ref_not_a_name"),
        # a choice whatever its letter case ('Urgent', 'FR': an export capitalises its choices)
        priority=text("priority", "normal").casefold(),
        arrival=date_or_none("arrival"),
        met_by=text("met_by"),
        prepared_by=text("prepared_by"),
        select=parse_assignments(parse_list(get("select") or (), "select"), "--select", typed),
        risks=parse_risks(parse_list(get("risk") or get("risks") or (), "risk")),
        notes_for=parse_assignments(_note_items(get("notes_for")), "--notes-for", typed),
        lang=text("lang", "en").casefold(),
        consent=consent,
        draft=parse_bool(get("draft") or False, "draft"),
        name=text("name") if get("name") else None,
        format=text("format", "html"),
        prepared_at=get("prepared_at") or get("today"),
        typed=typed,
    )


def _note_items(value: Any) -> tuple[str, ...]:
    # A note may hold commas: a text value is one NEED=TEXT item, a list holds several; a text
    # is split only where a need word and '=' follow a separator (a cell of two notes).
    if value in (None, ""):
        return ()
    # a JSON number or yes/no of a batch line is one item, refused as no NEED=TEXT (it was an
    # internal error: 'int' object is not iterable)
    texts = text_items(value, "notes_for") if isinstance(value, (list, tuple)) else (str(value),)
    return tuple(item for text in texts for item in _notes_in(text))


#: Where a second NEED=TEXT item may begin in a notes text: after ',', ';', '|' or a line break,
#: a word or two and '='.
_NEXT_NOTE = re.compile(r"[,;|\n]\s*([^\W\d_][\w'’ -]{0,40}?)\s*=")


def _notes_in(text: str) -> list[str]:
    """The NEED=TEXT items of one notes text: 'shelter=arrives late; medical=needs an
    interpreter' is two (before the second batch user pass, all of it was the shelter's note,
    and the shelter read what was for the clinic). A separator starts an item only where the
    word before '=' is a need as written (a code, a synonym or a translation): 'dose=5 mg'
    stays in the note it is in."""
    items, start = [], 0
    for found in _NEXT_NOTE.finditer(text):
        try:
            reading = read_need(found[1], tolerant=False)
        except InputError:
            continue
        if len(reading.codes) == 1:
            items.append(text[start : found.start()])
            start = found.start(1)
    items.append(text[start:])
    return [item.strip() for item in items if item.strip()]


# --------------------------------------------------------------------------- building


def build_package(
    match_doc: Mapping[str, Any],
    options: PackageOptions,
    *,
    today: dt.datetime | dt.date | None = None,
    directory: Directory | None = None,
) -> dict[str, Any]:
    """The package document (schema svcmatch-referral-package, version 1) for one match.

    `match_doc` is a `match --format json` document; `today` (default: options.prepared_at,
    else now) is when the package is prepared. `directory` is the directory the match came
    from: the package words its warnings and reasons from the records (svcmatch.package_notes)
    in the package's language; without it (or when it is another version of the file) the
    match's English words are kept and marked as untranslated. Raises InputError for bad
    options and when there is no consent and the package is not a draft; DataError for a
    broken match document.
    """
    prepared = _prepared_time(today if today is not None else options.prepared_at)
    check_options(options, prepared)
    try:
        return _build(match_doc, options, prepared, directory)
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:
        # a saved match edited by hand or written by another tool: `"plan": 5` gave a script a
        # TypeError where this docstring promised a DataError (twenty-third adversarial pass)
        raise MatchDocumentError(
            "the match document holds a value of another kind than `svcmatch match --format json` "
            "writes (a text, number, list or object where another is written)",
            "save the match again with `svcmatch match ... --format json -o match.json`",
        ) from error


class MatchDocumentError(DataError):
    """A match document that holds, where `match --format json` writes one kind of value,
    another: its error is one line, the fault (`__cause__`) kept for a fresh match's."""


def _build(
    match_doc: Mapping[str, Any],
    options: PackageOptions,
    prepared: dt.datetime | dt.date,
    directory: Directory | None,
) -> dict[str, Any]:
    if directory is not None and _same_directory(directory, match_doc) is None:
        match_doc = _contacts_now(_as_shown_now(match_doc, directory), directory)
    case, needs_found = _match_parts(match_doc)
    _full_but_chosen(needs_found, options.select, match_doc)
    _add_selected_below_top(needs_found, options.select, match_doc, _same_directory(directory, match_doc))
    order = _need_order(case, needs_found, match_doc.get("unmet"))
    _check_needs_named(options, order, needs_found)
    notes = _Notes(match_doc, _same_directory(directory, match_doc), options.select, needs_found, directory)
    words = Words(options.lang)
    # a saved match may be older than the shelter's confidentiality (or than svcmatch's rule):
    # the directory as it is now says which providers are confidential, whatever its version
    secret = (
        frozenset(p.id for p in directory.providers if p.confidential_address) if directory else frozenset()
    )
    services = [
        _service(need, needs_found[need], match_doc, options, notes, words, secret)
        for need in order
        if needs_found.get(need)
    ]
    _refuse_a_shelters_place(options, services, directory, match_doc)
    _refuse_a_provider_moved_where_she_must_not_go(services, directory, match_doc)
    unmet = [need for need in order if not needs_found.get(need)]
    risks = parse_risks(options.risks)
    reasons = {need: note for need in unmet if (note := notes.unmet(need)) is not None}
    warnings = notes.case()
    return {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "draft": options.draft,
        "lang": options.lang,
        "case_ref": options.case_ref,
        # only when said: the keys of every other package are as they were
        **({"case_ref_not_a_name": True} if options.case_ref_not_a_name else {}),
        "contains_name": options.name is not None,
        "priority": _priority(options.priority, prepared),
        "prepared": {"at": _iso(prepared), "by": options.prepared_by or None},
        "return": _return_details(case, match_doc, options),
        "person": _person(case, options.name),
        "needs": services,
        "unmet": unmet,
        "unmet_reasons": {need: words.note(note) for need, note in reasons.items()},
        "unmet_notes": reasons,
        "referrals": planned_referrals(options.case_ref, services, options.priority, prepared),
        "warnings": [words.note(note) for note in warnings],  # advisories, ...
        "notes": warnings,
        "consent": _consent(options, bool(risks)),
        "risk_flags": list(risks),
        "directory": _directory(match_doc),
        "generator": _generator(),
    }


def _refuse_a_shelters_place(
    options: PackageOptions,
    services: list[dict[str, Any]],
    directory: Directory | None,
    match_doc: Mapping[str, Any],
) -> None:
    """What the caseworker writes into a package must not give the place of a confidential
    shelter that the package names (chosen or an alternative): it gives the focal point
    instead, and a referral's note is held to the same rule. Each text is judged from the
    shelter's public cell (`cell_place`), never its own place, so that no refusal confirms a
    guess (one batch case a village found it). A need's note (`--notes-for`) is about that
    need's providers: no town in or near their cell (the place of return itself is a fair
    word: the package names it anyway), street address or point of it. Who meets the person,
    who prepared the package and the consent are about the arrival and the organisations
    ("IOM Tirana reception"): no street address or point of any of their cells."""
    if directory is None:
        return
    secret = {p.id: p for p in directory.providers if p.confidential_address}
    named = {
        service["need"]: [
            secret[str(p["id"])]
            for p in (service["provider"], *service["alternatives"])
            if p["confidential_address"] and str(p["id"]) in secret
        ]
        for service in services
    }
    if not any(named.values()):
        return
    destination = match_doc.get("destination")
    back_to = _text(destination.get("name")) if isinstance(destination, Mapping) else ""
    texts = [
        (f"--notes-for {need}", note, named.get(need, []), True) for need, note in options.notes_for.items()
    ]
    every = list({p.id: p for shelters in named.values() for p in shelters}.values())
    texts += [
        ("--met-by", options.met_by, every, False),
        ("--prepared-by", options.prepared_by, every, False),
    ]
    if options.consent is not None:
        texts += [("--consent-purpose", options.consent.purpose, every, False)]
        texts += [("--consent-recipients", item, every, False) for item in options.consent.recipients]
    for option, text, shelters, with_town in texts:
        for provider in shelters if text else ():
            # judged from the shelter's cell, never its own place: a refusal confirms no guess
            if gives_cell_place(provider, text, except_town=back_to, towns=with_town):
                raise InputError(
                    f"{option} names {'a town, ' if with_town else ''}a street address or coordinates near "
                    f"confidential shelter {provider.id}, which a package never carries",
                    "write it without the place: the receiving side reaches the shelter through its "
                    "focal point",
                )


def _refuse_a_provider_moved_where_she_must_not_go(
    services: list[dict[str, Any]], directory: Directory | None, match_doc: Mapping[str, Any]
) -> None:
    """A saved match may name a provider the case's safety rules rule out as they read now: its
    record moved since into a region the case avoids (a shelter that relocated, a region
    corrected), or a match made by an older svcmatch (or edited) that listed an avoided provider,
    a record of its service point or a public record at an avoided shelter's street address.
    `package --from` referred her there, exit 0, where `--select` of such a provider is refused
    (sixteenth adversarial pass); a match of the directory version it names was trusted whole
    (twenty-first). Every provider the package names is held to them, whatever the version."""
    if directory is None:
        return
    refusal = _avoidance(directory, match_doc)
    for service in services:
        for shown in (service["provider"], *service["alternatives"]):
            error = refusal(service["need"], str(shown["id"]))
            if error is not None:
                raise error


def _avoidance(directory: Directory, match_doc: Mapping[str, Any]) -> Callable[[str, str], InputError | None]:
    """The refusal of a provider (need, id) that the case's regions and providers to avoid rule
    out as match reads them now, None for one they let through. The region is not named (a
    package and its messages never list the regions avoided), nor a record at a shelter's
    address (which one stands there would give the address)."""
    case = match_doc.get("case") if isinstance(match_doc.get("case"), Mapping) else {}
    assert isinstance(case, Mapping)
    avoided, country = set(regions_avoided(case)), str(case.get("country") or "")
    refused = _providers_avoided(case)
    matcher = matcher_for(directory)
    # a record whose town lies in an avoided region under another region's code, as match
    # avoids it (a town corrected to Tiranë, its region left AL-02: referred, exit 0)
    town_avoided = matcher.town_avoided(frozenset(avoided)) if avoided else {}
    twins = matcher.twins(refused) if refused else {}
    unsaid = matcher.at_shelters_address(refused) if refused else frozenset()
    moved = _same_directory(directory, match_doc) is None
    why = "the directory changed after the match was saved" if moved else _OLDER_MATCH
    again = "match again, and make the package from the new match"

    def refusal(need: str, provider_id: str) -> InputError | None:
        record = directory.get(provider_id)
        if record is None:
            return None
        if record.id in unsaid:
            return InputError(
                f"the saved match names a provider this case's avoided providers rule out ({why})", again
            )
        if record.id in refused or record.id in twins:
            what = (
                "a provider this case avoids"
                if record.id in refused
                else f"the same service point as {twins[record.id]}, which this case avoids"
            )
            return InputError(f"{need}: {record.id} is {what} ({why})", again)
        if located(record.region, country) in avoided or record.id in town_avoided:
            where = "now lies in a region this case avoids (its record changed after the match was saved)"
            return InputError(
                f"{need}: {record.id} " + (where if moved else f"lies in a region this case avoids ({why})"),
                again,
            )
        return None

    return refusal


def refuse_what_todays_rules_rule_out(match_doc: Mapping[str, Any], directory: Directory | None) -> None:
    """A saved match of the directory version it names was trusted whole: one made by an older
    svcmatch whose rules let a provider through (or edited) was made a package that referred her
    to a shelter that does not take her age, sex or children, or beyond her max_km, without a
    word (twenty-first adversarial pass). The case is matched again as today's rules read it
    (every record, the most results a match gives, the match's weights and day), and a provider
    the saved match lists for a need that today's match does not is refused, the need and id
    named. (A match of another version is checked by `build_package` for what changed since.)
    Cases this svcmatch cannot read again are refused by the package's own reading of them."""
    if directory is None or _same_directory(directory, match_doc) is None:
        return
    saved = match_doc.get("needs")
    if not isinstance(saved, Mapping) or not isinstance(match_doc.get("case"), Mapping):
        return
    try:
        case = Case.from_mapping({**match_doc["case"], "top": MAX_TOP})
        today = dt.date.fromisoformat(str(match_doc.get("as_of")))
        weights = Weights.from_mapping(match_doc.get("weights") or {})
    except (InputError, ValueError, TypeError, AttributeError):
        return  # (refused where the package reads the case)
    now = match(case, directory, weights=weights, today=today, every_record=True).to_json()["needs"]
    refusal = _avoidance(directory, match_doc)  # said as the package says it (a shelter's twin unnamed)
    for need, results in saved.items():
        given = {str(r.get("id")) for r in now.get(need) or () if isinstance(r, Mapping)}
        for result in results if isinstance(results, list) else ():
            pid = str(result.get("id")) if isinstance(result, Mapping) else ""
            if pid and pid not in given and directory.get(pid) is not None:
                error = refusal(str(need), pid)
                if error is not None:
                    raise error
                raise InputError(
                    f"{need}: {pid} is not among the providers today's rules give this case ({_OLDER_MATCH})",
                    "match again, and make the package from the new match",
                )


#: Why a match of the directory version it names plans what the rules rule out.
_OLDER_MATCH = "the saved match was made by an older svcmatch, or edited"


def _providers_avoided(case: Mapping[str, Any]) -> frozenset[str]:
    """The case's providers to avoid as a saved match holds them (a list of ids; a text, as a
    case file's, split as match splits it); anything else is refused, as its regions are."""
    value = case.get("avoid_provider")
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = split_words(value) or [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(pid, str) for pid in value):
        raise InputError(
            "the match's avoid_provider is not a list of provider ids",
            "match again, and make the package from the new match",
        )
    return frozenset(pid.strip() for pid in value)


#: What a saved match says of a provider that its record's texts give (model.LOCATABLE_TEXTS).
_SAVED_TEXTS = ("name", "how_to_refer", "documents_required")
_SAVED_CONTACT = ("focal_point", "email", "website")


def _as_shown_now(match_doc: Mapping[str, Any], directory: Directory) -> Mapping[str, Any]:
    """A match saved from another version of the directory, with what it says of each shelter
    that is confidential now shown as every output shows that shelter's texts: its place (as
    stored now) withheld in its name, focal point, e-mail, website, how to refer and documents,
    and its saved name so withheld wherever the match's sentences name it. A match saved while
    the shelter was public held them as they were ("Orosh Shelter Hope", "Ring at Rruga ... 7"),
    and the office cleans them when it turns the shelter confidential (every door refuses them
    then): the package printed them (thirteenth adversarial pass; the fifth dropped its address
    and town only)."""
    secret = {p.id: p for p in directory.providers if p.confidential_address}
    renamed: dict[str, str] = {}

    def shown(node: Any) -> Any:
        if isinstance(node, Mapping):
            node = {key: shown(value) for key, value in node.items()}
            record = secret.get(str(node.get("id"))) if "id" in node else None
            if record is not None:
                contact = node.get("contact") if isinstance(node.get("contact"), Mapping) else {}
                saved = {k: node[k] for k in _SAVED_TEXTS if isinstance(node.get(k), (str, list))}
                saved.update({k: contact[k] for k in _SAVED_CONTACT if isinstance(contact.get(k), str)})
                public = withhold_values(saved, True, record.to_record())
                if isinstance(saved.get("name"), str) and public["name"] != saved["name"]:
                    renamed[saved["name"]] = public["name"]
                node.update({k: v for k, v in public.items() if k in _SAVED_TEXTS})
                if contact:
                    kept = {k: v for k, v in contact.items() if k not in ("city", "address")}
                    node["contact"] = {**kept, **{k: v for k, v in public.items() if k in _SAVED_CONTACT}}
            return node
        if isinstance(node, list):
            return [shown(item) for item in node]
        return node

    def named(node: Any) -> Any:
        if isinstance(node, Mapping):
            return {key: named(value) for key, value in node.items()}
        if isinstance(node, list):
            return [named(item) for item in node]
        if isinstance(node, str):
            for name, public in renamed.items():
                node = node.replace(name, public)
        return node

    if not secret:
        return match_doc
    document: Mapping[str, Any] = shown(match_doc)
    if renamed:
        document = named(document)
    return document


#: Where a saved result's contact differs from its record's now (a key only the package reads).
_CONTACT_SINCE = "contact_changed_since"


def _contacts_now(match_doc: Mapping[str, Any], directory: Directory) -> Mapping[str, Any]:
    """A match saved from another version of the directory, with each result's contact details
    as its record gives them now and the fields that changed kept under _CONTACT_SINCE (said as
    a note). `package --from` a match saved before the office changed a clinic's phone sent the
    partner to the old number without a word (seventeenth adversarial pass)."""
    needs = match_doc.get("needs")
    if not isinstance(needs, Mapping):
        return match_doc

    def now(result: Any) -> Any:
        record = directory.get(str(result.get("id"))) if isinstance(result, Mapping) else None
        saved = result.get("contact") if isinstance(result, Mapping) else None
        if record is None or not isinstance(saved, Mapping):
            return result
        shown = record.public_view()
        current = {key: getattr(shown, key) or "" for key in CONTACT_KEYS}
        if shown.confidential_address:  # as match gives it: no town, no street address
            current = {k: v for k, v in current.items() if k not in ("city", "address")}
        changed = [key for key in current if _text(saved.get(key)) != _text(current[key])]
        if not changed:
            return result
        return {**result, "contact": current, _CONTACT_SINCE: changed}

    renewed = {
        need: [now(r) for r in found] if isinstance(found, list) else found for need, found in needs.items()
    }
    return {**match_doc, "needs": renewed}


def _same_directory(directory: Directory | None, match_doc: Mapping[str, Any]) -> Directory | None:
    """The directory if it is the file the match came from (same version), else None. A match
    that names no version (written by another tool, or edited) is not known to come from it: it
    was taken as made from the file as it is, so its saved phones were given and a provider
    moved since into a region to avoid was not refused (eighteenth adversarial pass)."""
    if directory is None:
        return None
    version = (match_doc.get("directory") or {}).get("version")
    return directory if version and version == directory.info.version else None


class _Notes:
    """The package's notes for one match (svcmatch.package_notes), or, without the directory
    the match came from, the match's own English words as `unexplained` notes."""

    def __init__(
        self,
        match_doc: Mapping[str, Any],
        directory: Directory | None,
        select: Mapping[str, str],
        found: Results,
        current: Directory | None = None,
    ) -> None:
        self.doc, self.directory = match_doc, directory
        #: The directory as it is now, whatever its version (None: not at hand).
        self.current = current
        self.case_doc = match_doc.get("case") if isinstance(match_doc.get("case"), Mapping) else {}
        as_of = str(match_doc.get("as_of") or "")
        try:
            self.today = dt.date.fromisoformat(as_of)
        except ValueError:
            self.today = dt.date.today()
        destination = match_doc.get("destination")
        self.region = str(destination.get("region") or "") if isinstance(destination, Mapping) else ""
        self.advisories = dict(directory.info.advisories) if directory is not None else {}
        #: The accommodation the caseworker chose instead of the plan's (--select), if any.
        self.stay = _chosen_stay(match_doc, select, found)
        #: The accommodation the caseworker chose where the plan housed her nowhere, as a note.
        self.unplanned = _unplanned_stay(match_doc, select, found)
        self.select = select
        self.found = found
        #: What each result's distance is measured from, by name (read once per package).
        self.places = _distance_places(match_doc, self.stay)
        #: Where the person stays: the plan's places to stay, or those the caseworker chose.
        planned = planned_ids(match_doc)
        self.housed_at = frozenset(
            pid for need in ACCOMMODATION_NEEDS if (pid := select.get(need) or planned.get(need))
        )

    def provider(self, result: Mapping[str, Any], need: str) -> list[Note]:
        record = self.directory.get(str(result.get("id"))) if self.directory is not None else None
        if record is None:
            return [*_english(result.get("warnings")), *self._closed_since(result, need)]
        assert isinstance(self.case_doc, Mapping)
        shown = withhold_in_texts(record)  # a confidential shelter's codes written with its town
        return provider_notes(
            shown, result, need, self.case_doc, self.today, self.advisories, self.region, self.housed_at
        )

    def _closed_since(self, result: Mapping[str, Any], need: str) -> list[Note]:
        """A saved match from another version of the directory lists only providers that were
        active then: one closed or removed since is said (tenth caseworker pass: a package from
        Monday's match referred her to a shelter temporarily closed on Tuesday, without a word),
        and so is one full since, or that no longer takes her (`changed_since`)."""
        if self.current is None:
            return []
        now = self.current.get(str(result.get("id")))
        if now is None:
            return [{"code": "gone_since"}]
        changed = result.get(_CONTACT_SINCE)
        since = [{"code": "contact_since", "fields": list(changed)}] if changed else []
        if changed and "city" in changed:  # its distance is the match's, from where it was
            since.insert(0, {"code": "moved_since"})
        if now.status != "active":
            return [{"code": "status_since", "status": now.status}, *since]
        return [*changed_since(need, result, self.doc, self.current), *since]

    def case(self) -> list[Note]:
        notes = (
            [*_english(self.doc.get("warnings")), *self._advisories_since()]
            if self.directory is None
            else case_notes(self.doc, self.directory)
        )
        notes += self._chosen_below_top_advisories(notes)
        if self.directory is not None and not LANGUAGE_NEEDS.isdisjoint(self.select):
            notes = self._interpreter_as_chosen(notes, self.directory)
        if self.directory is not None and self.select:
            notes = self._no_common_as_chosen(notes, self.directory)
        if self.stay is None:
            return notes if self.unplanned is None else [*notes, self.unplanned]
        need, planned, chosen = self.stay.need, self.stay.planned, self.stay.chosen
        for note in notes:  # the match's far options from its accommodation: from the plan's, by name
            if note.get("code") == "far" and note.get("from") == "accommodation":
                note.update({"from": "place", "place": planned})
        stay_note: Note = {"code": "stay_chosen", "need": need, "chosen": chosen, "planned": planned}
        home, others = _planned_from_home(self.doc, self.found)
        if home:  # family support, documents, benefits: near the place of return, not the plan's stay
            where = self.places["region"] if _region_of_return(self.doc) else self.places["destination"]
            stay_note.update({"home": home, "others": others, "place": where})
        elif not others:  # no other service planned: "the other services were chosen near Y" was false
            stay_note["alone"] = True
        return [*notes, stay_note]

    def _interpreter_as_chosen(self, notes: list[Note], directory: Directory) -> list[Note]:
        """The match's interpreter note names the plan's providers: here those the package
        refers her to (--select), in its place among the notes."""
        note = interpreter_note(self.doc, directory, {**planned_ids(self.doc), **self.select})
        at = next((i for i, n in enumerate(notes) if n.get("code") == "interpreter"), None)
        if at is None:
            return [*notes, note] if note is not None else notes
        return [*notes[:at], *([note] if note is not None else []), *notes[at + 1 :]]

    def _no_common_as_chosen(self, notes: list[Note], directory: Directory) -> list[Note]:
        """The match's "no age fits the whole plan" names the plan's providers: here those the
        package refers her to (--select), in the place of the match's notes."""
        found = no_common_notes(self.doc, directory, {**planned_ids(self.doc), **self.select})
        at = next((i for i, n in enumerate(notes) if n.get("code") == "no_common"), len(notes))
        kept = [n for n in notes if n.get("code") != "no_common"]
        return [*kept[:at], *found, *kept[at:]]

    def _chosen_below_top_advisories(self, notes: list[Note]) -> list[Note]:
        """A provider the caseworker chose below the match's --top (looked up again) says
        "under an advisory: see the case's warnings" as a shown one does: its region's advisory
        is added when no note says it yet."""
        if self.directory is None or not self.advisories:
            return []
        shown = {str(r.get("id")) for found in (self.doc.get("needs") or {}).values() for r in found or ()}
        said = {
            self.region,
            *(str(n.get("region")) for n in notes if str(n.get("code")).startswith("advisory")),
        }
        chosen = (
            (record.region, public_name(record))
            for found in self.found.values()
            for r in found
            if str(r.get("id")) not in shown and (record := self.directory.get(str(r.get("id")))) is not None
        )
        return shown_advisory_notes(chosen, self.advisories, said)

    def _advisories_since(self) -> list[Note]:
        """A saved match from another version of the directory keeps its own words, but an
        advisory set since (the place of return occupied after the match) must still reach
        the package: the directory as it is now says which advisories cover the case, and those
        the match's warnings do not say are added."""
        if self.current is None:
            return []
        said = [str(w) for w in self.doc.get("warnings") or ()]
        return [
            note
            for note in advisory_notes(self.doc, self.current)
            if not any(str(note["text"]) in w and str(note["region"]) in w for w in said)
        ]

    def km_from_stay(self, result: Mapping[str, Any]) -> float | None:
        """A service's distance from the accommodation the caseworker chose (--select), from
        public locations as the match measures (a confidential shelter's cell); None unknown."""
        assert self.stay is not None
        chosen_id = self.stay.chosen_id
        if result.get("id") == chosen_id:
            return 0.0
        stay, service = (_public_point(self.directory, str(i)) for i in (chosen_id, result.get("id")))
        if stay is None or service is None:
            return None
        return distance_km(*stay, *service)

    def unmet(self, need: str) -> Note | None:
        note = unmet_note(need, self.doc, self.directory) if self.directory is not None else None
        if note is not None:
            return note
        reasons = self.doc.get("unmet_reasons")
        said = _text(reasons.get(need)) if isinstance(reasons, Mapping) else ""
        return {"code": "unexplained", "texts": [said]} if said else None


def _public_point(directory: Directory | None, provider_id: str) -> tuple[float, float] | None:
    """Where matching may place a provider (a confidential shelter at its cell's centre)."""
    record = directory.get(provider_id) if directory is not None else None
    if record is None:
        return None
    shown = record.public_view()
    if shown.latitude is None or shown.longitude is None:
        return None
    return shown.latitude, shown.longitude


def _english(warnings: Any) -> list[Note]:
    """The match's own English warnings, one note each, for a package without the directory."""
    return [{"code": "unexplained", "texts": [_text(w)]} for w in warnings or () if _text(w)]


def _prepared_time(value: dt.datetime | dt.date | str | None) -> dt.datetime | dt.date:
    if value is None:
        return dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(f"prepared time {value!r} is not a date", "write it as YYYY-MM-DD") from None
    return value


def _day(moment: dt.datetime | dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def _iso(moment: dt.datetime | dt.date) -> str:
    if isinstance(moment, dt.datetime):
        return moment.isoformat(timespec="minutes")
    return moment.isoformat()


def check_options(options: PackageOptions, prepared: dt.datetime | dt.date) -> None:
    """Refuse options a package cannot be made with (InputError naming the option and the fix)."""
    if not is_case_ref(options.case_ref or ""):
        raise InputError(f"case reference {options.case_ref!r} is not a pseudonymous code", CASE_REF_RULE)
    if not options.case_ref_not_a_name:
        refuse_name_like_words(options.case_ref, "case reference", "give")
    if options.priority not in PRIORITIES:
        raise InputError(f"unknown priority {options.priority!r}", "use " + ", ".join(PRIORITIES))
    if options.lang not in LANGUAGES:
        raise InputError(f"unknown package language {options.lang!r}", "use " + ", ".join(LANGUAGES))
    if options.format not in FORMATS:
        raise InputError(f"unknown package format {options.format!r}", "use " + ", ".join(FORMATS))
    if options.name is not None and not 0 < len(options.name.strip()) <= _NAME_MAX:
        raise InputError(
            "the name is empty or too long", f"give at most {_NAME_MAX} characters, or leave --name out"
        )
    _check_texts(options)
    _check_arrival(options.arrival, _day(prepared))
    _check_consent(options, _day(prepared))


#: The longest text of who prepared the package, who meets her and the consent's purpose and
#: recipients: what `referral open` takes of the package's prepared-by.
_TEXT_MAX = 500


def _check_texts(options: PackageOptions) -> None:
    """A package's free texts as `referral open` will read them: a `--prepared-by` of 100,000
    characters, or one holding a control character, made a package (exit 0) whose referrals
    could then not be opened ("the package's prepared-by ... is not a short plain text";
    twentieth adversarial pass)."""
    texts = [("--prepared-by", options.prepared_by), ("--met-by", options.met_by)]
    if options.consent is not None:
        texts.append(("--consent-purpose", options.consent.purpose))
        texts.extend(("--consent-recipients", item) for item in options.consent.recipients)
    for option, text in texts:
        bad = unsafe_character(text or "", multiline=True)  # a line break is read as a space
        if bad is not None:
            raise InputError(f"{option} holds the control character {bad}", f"give {option} as plain text")
        if len(text or "") > _TEXT_MAX:
            raise InputError(
                f"{option} is {len(text):,} characters long", f"give at most {_TEXT_MAX} characters"
            )


#: How far from the day a package is prepared its arrival may lie: a package is made before she
#: travels, or soon after she arrived; a year either side is no arrival anyone plans.
_ARRIVAL_SPAN = dt.timedelta(days=366)


def _check_arrival(arrival: dt.date | None, prepared: dt.date) -> None:
    """`--arrival 0001-01-01` (a year typed wrong, a date of birth in the wrong cell) or
    9999-12-31 was written into the package as the day she arrives, without a word."""
    if arrival is None or abs(arrival - prepared) <= _ARRIVAL_SPAN:
        return
    side = "before" if arrival < prepared else "after"
    raise InputError(
        f"arrival {arrival} is more than a year {side} the package date {prepared}",
        "give the day she arrives as YYYY-MM-DD, or leave --arrival out",
    )


def _check_consent(options: PackageOptions, prepared: dt.date) -> None:
    consent = options.consent
    if consent is None:
        if not options.draft:
            raise InputError(
                "no consent recorded: a referral is sent only with the person's consent",
                "give --consent-date DATE (with --consent-purpose, --consent-recipients), "
                "or --draft for a draft that is not for sending",
            )
        return
    if consent.date > prepared:
        raise InputError(
            f"consent date {consent.date} is after the package date {prepared}",
            "give the date on which the person agreed",
        )
    if consent.date < EARLIEST_DAY:  # 0001-01-01 was taken as the day she agreed
        raise InputError(
            f"consent date {consent.date} is before {EARLIEST_DAY.year}",
            "give the date on which the person agreed",
        )
    if consent.until is not None and consent.until < consent.date:
        raise InputError(
            f"consent until {consent.until} is before the consent date {consent.date}",
            "check --consent-until",
        )
    if consent.until is not None and consent.until < prepared and not options.draft:
        raise InputError(
            f"the consent ran out on {consent.until}",
            "record the person's renewed consent with --consent-date and --consent-until",
        )


Results = dict[str, list[Mapping[str, Any]]]


def _match_parts(match_doc: Mapping[str, Any]) -> tuple[Mapping[str, Any], Results]:
    hint = "give a document saved with `svcmatch match ... --format json`"
    if not isinstance(match_doc, Mapping):
        raise DataError("the match document is not a JSON object", hint)
    case, needs = match_doc.get("case"), match_doc.get("needs")
    if not isinstance(case, Mapping) or not isinstance(needs, Mapping):
        raise DataError("the match document lacks its 'case' or 'needs'", hint)
    if not isinstance(match_doc.get("directory"), Mapping):
        raise DataError("the match document does not say which directory it came from", hint)
    found: Results = {}
    for need, results in needs.items():
        if not isinstance(results, list) or not all(isinstance(r, Mapping) and r.get("id") for r in results):
            raise DataError(f"the match document's results for {need!r} are not a list of providers", hint)
        # a need in `unmet` has no provider to refer to (e.g. every eligible shelter is full)
        found[str(need)] = [] if need in (match_doc.get("unmet") or ()) else results
    return case, found


def _full_but_chosen(found: Results, select: Mapping[str, str], match_doc: Mapping[str, Any]) -> None:
    """A need in `unmet` whose results are full has no provider to refer to, unless the
    caseworker chose one of them (`--select`): she called it, as the match says to, and it has
    a place now; it is referred to with its 'full' note, the others as alternatives (fourteenth
    caseworker pass: a town's only daycare, listed full, was refused as 'not an eligible
    childcare provider in this match (eligible: none)', where a full shelter was taken)."""
    needs = match_doc.get("needs")
    unmet = match_doc.get("unmet") or ()
    for need, provider_id in select.items():
        results = needs.get(need) if isinstance(needs, Mapping) and need in unmet else None
        if isinstance(results, list) and any(r.get("id") == provider_id for r in results):
            found[need] = results


def _need_order(case: Mapping[str, Any], found: Mapping[str, Any], unmet: Any) -> list[str]:
    order: list[str] = []
    named: list[Any] = case["needs"] if isinstance(case.get("needs"), list) else []
    for need in [*named, *found, *(unmet if isinstance(unmet, list) else [])]:
        if isinstance(need, str) and need not in order:
            order.append(need)
    return order


def _check_needs_named(
    options: PackageOptions, order: Sequence[str], found: Mapping[str, list[Mapping[str, Any]]]
) -> None:
    for option, chosen in (("--select", options.select), ("--notes-for", options.notes_for)):
        for need in chosen:
            if need not in order:
                word = options.typed.get(f"{option} {need}", need)
                read = f" (read as {need})" if word != need else ""
                raise InputError(
                    f"{option} {word}{read}: the match has no need {need}",
                    "needs in this match: "
                    + (", ".join(order) or "none")
                    + (  # 'shelter=with her sister, family=2 children' is read as two notes
                        f"; if '{word}=' belongs to the note before it, write it without '='"
                        if option == "--notes-for"
                        else ""
                    ),
                )
    for need in options.notes_for:
        if not found.get(need):
            raise InputError(
                f"--notes-for {need}: no provider can meet {need}, so no one reads the note",
                "give notes for the needs that have a provider",
            )
    for need, provider_id in options.select.items():
        eligible = [str(r["id"]) for r in found.get(need, [])]
        if provider_id not in eligible:
            raise InputError(
                f"--select {need}={provider_id}: not an eligible {need} provider in this match",
                "eligible: " + (", ".join(eligible) or "none"),
            )


def _add_selected_below_top(
    found: Results, select: Mapping[str, str], match_doc: Mapping[str, Any], directory: Directory | None
) -> None:
    """A provider chosen with --select that the match did not show (it ranks below --top), and
    the plan's alternatives it did not show: matched again for the same case as deep as --top
    goes (the plan, and so every distance, does not depend on --top), and added to its need's
    results when it is eligible. Without the directory the match came from, `_check_needs_named`
    refuses a chosen one as before, and the package has the alternatives the match showed."""
    wanted: dict[str, list[str]] = {}
    for need, provider_id in select.items():
        wanted.setdefault(need, []).append(provider_id)
    for step in match_doc.get("plan") or ():
        if isinstance(step, Mapping) and step.get("need") not in select:
            alternatives = step.get("alternatives") or ()
            wanted.setdefault(str(step.get("need")), []).extend(str(a) for a in alternatives[:ALTERNATIVES])
    missing = {
        need: [pid for pid in ids if pid not in {str(r.get("id")) for r in found[need]}]
        for need, ids in wanted.items()
        if found.get(need)
    }
    missing = {need: ids for need, ids in missing.items() if ids}
    if not missing or directory is None:
        return
    try:
        deeper = Case.from_mapping({**match_doc["case"], "top": MAX_TOP})
        today = dt.date.fromisoformat(str(match_doc.get("as_of")))
        # ranked and planned with the match's own weights: with the defaults the plan housed
        # her elsewhere, and a service's distance was measured from that other accommodation
        weights = Weights.from_mapping(match_doc.get("weights") or {})
    except (InputError, ValueError, TypeError, AttributeError):
        return  # a case this svcmatch cannot read again: refused as not among the results
    # every record of a service point held twice: she may choose the one the match showed not
    needs = match(deeper, directory, weights=weights, today=today, every_record=True).to_json()["needs"]
    for need, ids in missing.items():
        for provider_id in ids:
            result = next((r for r in needs.get(need, ()) if r.get("id") == provider_id), None)
            if result is not None:
                found[need] = [*found[need], result]


def _service(
    need: str,
    results: list[Mapping[str, Any]],
    match_doc: Mapping[str, Any],
    options: PackageOptions,
    notes: _Notes,
    words: Words,
    secret: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    chosen_by = "caseworker" if need in options.select else "plan"
    chosen = _chosen(need, results, match_doc, options.select.get(need))
    # the plan's alternatives first, whatever --top showed (matched again below it), then the
    # other results shown (a full one too, with its note: the receiving side sees it is full)
    planned = _alternatives(need, results, match_doc, chosen) if chosen_by == "plan" else []
    # never the chosen one's service point again (a record held twice), as the plan's are chosen
    point = _service_point(chosen)
    shown = [r for r in results if r not in planned and _service_point(r) != point]
    others = [*planned, *shown][:ALTERNATIVES]
    places = notes.places
    stay_km = notes.km_from_stay if notes.stay is not None else None
    return {
        "need": need,
        "chosen_by": chosen_by,
        "provider": _provider(chosen, notes.provider(chosen, need), words, places, secret, stay_km),
        "alternatives": [
            _provider(r, notes.provider(r, need), words, places, secret, stay_km) for r in others
        ],
        "notes": options.notes_for.get(need) or None,
    }


def _service_point(result: Mapping[str, Any]) -> tuple[str, str]:
    contact = result.get("contact") if isinstance(result.get("contact"), Mapping) else {}
    assert isinstance(contact, Mapping)
    return service_point(
        _text(result.get("name")),
        _text(contact.get("city")),
        _text(result.get("region")),
        bool(result.get("confidential_address")),
    )


def _chosen(
    need: str, results: list[Mapping[str, Any]], match_doc: Mapping[str, Any], selected: str | None
) -> Mapping[str, Any]:
    wanted = selected or _planned_id(need, match_doc)
    if wanted is None:
        return results[0]
    for candidate in [*results, *_all_results(match_doc)]:
        if candidate.get("id") == wanted:
            return candidate
    raise DataError(
        f"the match document's plan names {wanted!r} for {need}, but no result has that id",
        "save the match again with `svcmatch match ... --format json`",
    )


def _plan_step(need: str, match_doc: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The plan's step for the need, when the match gives its alternatives."""
    for step in match_doc.get("plan") or ():
        if (
            isinstance(step, Mapping)
            and step.get("need") == need
            and isinstance(step.get("alternatives"), list)
        ):
            return step
    return None


def _alternatives(
    need: str, results: list[Mapping[str, Any]], match_doc: Mapping[str, Any], chosen: Mapping[str, Any]
) -> list[Mapping[str, Any]]:
    """The plan's alternatives for the need, in its order, whatever --top showed (with --top 1
    the package had none: a display option changed what the receiving partners get)."""
    step = _plan_step(need, match_doc)
    if step is None:
        return []
    by_id = {str(r.get("id")): r for r in results}
    ids = [str(a) for a in step["alternatives"] if str(a) != chosen.get("id")]
    return [by_id[i] for i in ids if i in by_id][:ALTERNATIVES]


def _planned_id(need: str, match_doc: Mapping[str, Any]) -> str | None:
    for step in match_doc.get("plan") or ():
        if isinstance(step, Mapping) and step.get("need") == need and step.get("id"):
            return str(step["id"])
    return None


def _all_results(match_doc: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    for results in (match_doc.get("needs") or {}).values():
        yield from results


class _ChosenStay(NamedTuple):
    """The accommodation the caseworker chose (--select) instead of the plan's."""

    need: str
    planned: str  # the plan's provider, by name
    chosen: str  # the chosen one, by name
    chosen_id: str
    confidential: bool


def _chosen_stay(
    match_doc: Mapping[str, Any], select: Mapping[str, str], found: Results
) -> _ChosenStay | None:
    """The provider --select refers the need to that the plan houses her at (its shelter, else
    its housing), when it is not the plan's: she stays there instead, so the services are
    measured from it, and the package says they were chosen near the plan's. `found` are the
    need's results (one ranked below --top and chosen, added: _add_selected_below_top)."""
    step = stay_step(match_doc)
    if step is None:
        return None
    # a shelter chosen for a need the plan left unmet (every one full) where it housed her at
    # housing: she stays at the shelter (taxonomy.stay_need; fourteenth caseworker pass)
    need = stay_need([str(step.get("need")), *(n for n in select if found.get(n))]) or ""
    wanted = select.get(need)
    if wanted is None or wanted == step.get("id"):
        return None
    chosen = next((r for r in found.get(need, ()) if r.get("id") == wanted), None)
    if chosen is None:
        return None
    name = _text(chosen.get("name"))
    return _ChosenStay(need, _text(step.get("name")), name, wanted, bool(chosen.get("confidential_address")))


def _planned_from_home(match_doc: Mapping[str, Any], found: Results) -> tuple[list[str], bool]:
    """The planned services measured from the place of return, not from where the plan houses
    her (`distance_from` destination or region: family support, documents, benefits; taxonomy
    .AT_HOME_NEEDS), and whether any other service is planned. Eighteenth caseworker pass: with
    another shelter chosen, the note said every service's distance was from it, and family
    support's was from the place of return."""
    home: list[str] = []
    others = False
    for step in match_doc.get("plan") or ():
        if not isinstance(step, Mapping) or stay_need([str(step.get("need"))]) is not None:
            continue
        need = str(step.get("need"))
        result = next((r for r in found.get(need, ()) if r.get("id") == step.get("id")), None)
        if result is not None and result.get("distance_from") in ("destination", "region"):
            home.append(need)
        else:
            others = True
    return home, others


def _unplanned_stay(match_doc: Mapping[str, Any], select: Mapping[str, str], found: Results) -> Note | None:
    """The note for a place to stay the caseworker chose (--select) where the plan housed her
    nowhere (every eligible one full: `_full_but_chosen`): the services were chosen near the
    place of return, and their distances are from there. Fourteenth caseworker pass: a boy
    housed at a full boys' home 181 km away, chosen after a call, was referred to counselling
    "1.3 km from Luxor" without a word."""
    if stay_step(match_doc) is not None:
        return None
    need = stay_need(n for n in select if found.get(n))
    if need is None:
        return None
    chosen = next((r for r in found[need] if r.get("id") == select[need]), None)
    if chosen is None:
        return None
    place = _distance_places(match_doc)
    where = place["region"] if _region_of_return(match_doc) else place["destination"]
    name = _text(chosen.get("name"))
    return {"code": "stay_chosen_unplanned", "need": need, "chosen": name, "place": where}


def _region_of_return(match_doc: Mapping[str, Any]) -> bool:
    destination = match_doc.get("destination")
    return isinstance(destination, Mapping) and destination.get("kind") == "region"


def _distance_places(match_doc: Mapping[str, Any], chosen: _ChosenStay | None = None) -> dict[str, str]:
    """What a result's distance is measured from (its `distance_from`), by name: the place of
    return, the region of return, or the accommodation that the match's plan houses her in
    (the one the caseworker chose instead, `chosen`)."""
    destination = match_doc.get("destination") if isinstance(match_doc.get("destination"), Mapping) else {}
    assert isinstance(destination, Mapping)
    case = match_doc.get("case") if isinstance(match_doc.get("case"), Mapping) else {}
    assert isinstance(case, Mapping)
    places = {
        "destination": _text(destination.get("name") or case.get("to")),
        "region": _text(destination.get("region_name") or destination.get("name")),
    }
    step = stay_step(match_doc)
    if chosen is not None:
        places["accommodation"], places["accommodation_id"] = chosen.chosen, chosen.chosen_id
        if chosen.confidential:  # measured from its public cell: 'about'
            places["accommodation_confidential"] = "yes"
    elif step is not None and step.get("name"):
        places["accommodation"], places["accommodation_id"] = _text(step["name"]), str(step.get("id"))
        if stays_confidential(match_doc):  # measured from its public cell: 'about'
            places["accommodation_confidential"] = "yes"
    return places


def _provider(
    result: Mapping[str, Any],
    notes: list[Note],
    words: Words,
    places: Mapping[str, str],
    secret: frozenset[str] = frozenset(),
    stay_km: Callable[[Mapping[str, Any]], float | None] | None = None,
) -> dict[str, Any]:
    """The provider as the package shows it: contact, what to bring, how to refer, what to
    check (`notes`, worded in the package's language as `warnings`), and what its distance is
    measured from: `distance_from` (destination, region or accommodation, as the match says)
    and `distance_from_place`, its name. '1.1 km' alone read as from the place of return where
    it was from an accommodation 286 km away.

    A confidential shelter's address and town are dropped here too (whatever the match
    document holds), and its distance is rounded as match rounds it (rules.coarse_km): one the
    match says is confidential, or one whose id is in `secret` (confidential in the directory
    now). A service's distance from a confidential shelter's cell is the match's whole km
    (result.whole_km, half up), never Python's round() (half to even: 100.5 was 100).
    """
    confidential = bool(result.get("confidential_address")) or str(result.get("id")) in secret
    km = result.get("distance_km")
    from_stay = result.get("distance_from") == "accommodation"
    if stay_km is not None and from_stay:
        km = stay_km(result)  # from the accommodation the caseworker chose, not the plan's
    # the accommodation itself, as a provider of her services: at it (0 km from itself tells
    # nothing of where a confidential shelter is), as the match says
    at_stay = from_stay and str(result.get("id")) == places.get("accommodation_id") and km is not None
    # in the region of return (0 km from it), a confidential shelter too, as match says it: its
    # rounding to 10 km (never below) made it "about 10 km from the region of return (Edo)"
    in_region = result.get("distance_from") == "region" and isinstance(km, (int, float)) and km == 0
    distance = 0.0 if at_stay or in_region else _distance(km, confidential)
    measured_from = str(result.get("distance_from") or "destination") if distance is not None else None
    if measured_from not in ("destination", "region", "accommodation"):
        measured_from = None
    place = places.get(measured_from or "") or None
    # from a confidential shelter that houses her, a service's distance is from the shelter's
    # public cell, as the match says ('about 4 km from the accommodation')
    from_cell = measured_from == "accommodation" and bool(places.get("accommodation_confidential"))
    about = (confidential or from_cell) and not (at_stay or in_region)
    if from_cell and not confidential and distance is not None:
        # whole km, as match says it (one rounding, half up: 100.5 is 101): the cell is ~11 km wide
        distance = float(whole_km(distance))
    contact = result.get("contact") if isinstance(result.get("contact"), Mapping) else {}
    assert isinstance(contact, Mapping)
    shown = [k for k in CONTACT_KEYS if not (confidential and k in ("city", "address"))]
    return {
        "id": str(result["id"]),
        "name": _text(result.get("name")),
        "contact": {key: _text(contact.get(key)) for key in shown if _text(contact.get(key))},
        "confidential_address": confidential,
        "distance_km": distance,
        "distance_from": measured_from,
        "distance_from_place": place if measured_from else None,
        "distance_about": about if distance is not None else False,
        "needs_covered": [str(n) for n in result.get("needs_covered") or ()],
        "documents_required": [_text(d) for d in result.get("documents_required") or () if _text(d)],
        "how_to_refer": _text(result.get("how_to_refer")) or None,
        "warnings": [words.note(note) for note in notes],
        "notes": notes,
        # what its referrals say (svcmatch.referrals); None from a match saved without them
        "referrals": dict(result["referrals"]) if isinstance(result.get("referrals"), Mapping) else None,
    }


def _text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def _distance(value: Any, confidential: bool) -> float | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    if confidential:
        return float(coarse_km(value))  # as match rounds it: half up, never below COARSE_KM
    return round(float(value), 1)


def _priority(level: str, prepared: dt.datetime | dt.date) -> dict[str, Any]:
    """The priority with its deadline, the one its referrals carry (referrals.deadline): a
    normal package said 'no deadline stated' above referrals due in 14 days."""
    return {"level": level, "hours": PRIORITIES[level], "deadline": referral_deadline(level, prepared)}


def _return_details(
    case: Mapping[str, Any], match_doc: Mapping[str, Any], options: PackageOptions
) -> dict[str, Any]:
    directory = match_doc.get("directory") or {}
    country = str(case.get("country") or directory.get("country") or "").upper()
    destination = match_doc.get("destination") if isinstance(match_doc.get("destination"), Mapping) else {}
    assert isinstance(destination, Mapping)
    return {
        "country": country or None,
        "country_name": country_name(country, options.lang),
        "destination": _text(destination.get("name") or case.get("to")) or None,
        # town, region or district: a town named as its region (Kukës) is not the region
        "kind": _text(destination.get("kind")) or None,
        "region": _text(destination.get("region")) or None,
        "region_name": _text(destination.get("region_name")) or None,
        "destination_alternatives": _ambiguous_alternatives(destination),
        **_spelling_query(match_doc),
        "arrival": options.arrival.isoformat() if options.arrival else None,
        "met_by": options.met_by or None,
    }


def _spelling_query(match_doc: Mapping[str, Any]) -> dict[str, str]:
    """{"destination_query": what was typed} when no place has that name and the destination
    was read from it by a close spelling ('Bharapur', read as Bharatpur, 380 km from Bhadrapur,
    as close): the partners see what was asked, not only the guess."""
    for reading in match_doc.get("readings") or []:
        if isinstance(reading, Mapping) and reading.get("field") == "to" and reading.get("how") == "spelling":
            return {"destination_query": _text(reading.get("input"))}
    return {}


def _ambiguous_alternatives(destination: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The other places of an ambiguous destination's name (svcmatch.readings), else []; one
    in the region of the place taken says how far it is from it, where the match says it (a
    city and a village of one name in one region were told apart by nothing)."""
    if not destination.get("ambiguous"):
        return []
    found: list[dict[str, Any]] = []
    for other in destination.get("alternatives") or []:
        if not isinstance(other, Mapping):
            continue
        said: dict[str, Any] = {key: _text(other.get(key)) for key in ("name", "region", "region_name")}
        km = other.get("distance_km")
        if isinstance(km, (int, float)) and other.get("region") == destination.get("region"):
            said["distance_km"] = km
        found.append(said)
    return found


def _children(case: Mapping[str, Any]) -> int | bool | None:
    """The accompanying children as the case gives them; not stated (None) when childcare is
    asked without a count: children return with her, how many is not known (match's warning),
    so never '0' beside the note that says they come."""
    children = case.get("children")
    if children_assumed(children, [str(n) for n in case.get("needs") or ()]):
        return None
    return children if isinstance(children, (int, bool)) else None


def _person(case: Mapping[str, Any], name: str | None) -> dict[str, Any]:
    languages = case.get("language") or []
    person: dict[str, Any] = {
        "age": case.get("age") if isinstance(case.get("age"), int) else None,
        "sex": str(case["sex"]) if case.get("sex") else None,
        "languages": [languages] if isinstance(languages, str) else [str(x) for x in languages],
        "children": _children(case),
        "unaccompanied_minor": bool(case.get("unaccompanied")),
        "disability": bool(case.get("disability")),
    }
    if name is not None:
        person["name"] = name.strip()
    return person


def _consent(options: PackageOptions, has_risks: bool) -> dict[str, Any] | None:
    consent = options.consent
    if consent is None:
        return None
    shared = [
        "return",
        "person",
        *(["name"] if options.name is not None else []),
        "needs",
        *(["risk_flags"] if has_risks else []),
    ]
    return {
        "date": consent.date.isoformat(),
        "purpose": consent.purpose or None,
        "recipients": list(consent.recipients),
        "until": consent.until.isoformat() if consent.until else None,
        "shared": shared,
    }


def _directory(match_doc: Mapping[str, Any]) -> dict[str, Any]:
    directory = match_doc["directory"]
    return {
        "country": directory.get("country"),
        "file": directory.get("file"),
        "version": directory.get("version"),
        "sample": bool(directory.get("sample")),
    }


def _generator() -> dict[str, str]:
    return {"name": "svcmatch", "version": __version__}


# --------------------------------------------------------------------------- rendering


def unsaid_gaps(package: Mapping[str, Any], match_doc: Mapping[str, Any] | None = None) -> list[str]:
    """What a package to be sent leaves out or dates wrong, for the caseworker to see before it
    goes (stderr notes, not refusals): a planned arrival before the day it is prepared (she may
    have arrived: then the partner reads a plan made for a day gone), a consent that names no
    recipient, purpose or end (DOMAIN: what is shared, with whom, for what, until when), and an
    urgent or emergency package nobody signs (its partners answer within hours, to nobody). A
    draft is not sent: nothing is said of it (the screener's FE, the newcomer's 36). A risk flag
    the plan does not answer is said too, draft or not (`_flags_unanswered`)."""
    said = _flags_unanswered(package, match_doc)
    if package.get("draft"):
        return said
    arrival = str((package.get("return") or {}).get("arrival") or "")
    prepared = str((package.get("prepared") or {}).get("at") or "")[:10]
    if arrival and prepared and arrival < prepared:
        said.append(
            f"the planned arrival {arrival} is before the package date {prepared}: the package gives it as"
            " the day she arrives (check --arrival; if she has arrived, give the day she did)"
        )
    consent = package.get("consent") or {}
    missing = [
        option
        for option, given in (
            ("--consent-recipients", consent.get("recipients")),
            ("--consent-purpose", consent.get("purpose")),
            ("--consent-until", consent.get("until")),
        )
        if not given
    ]
    if consent and missing:
        said.append(
            "the consent record names no "
            + join_words([_CONSENT_PART[option] for option in missing])
            + f": the package says 'not stated' (give {', '.join(missing)})"
        )
    level = (package.get("priority") or {}).get("level")
    if level in ("urgent", "emergency") and not (package.get("prepared") or {}).get("by"):
        said.append(
            f"an {level} package with no --prepared-by: its partners are asked to answer within hours,"
            " and it names no one to answer to (give --prepared-by 'name, organisation, phone')"
        )
    return said


#: The need that answers a risk flag, and the distance beyond which it does not (matching's far
#: away: engine.FAR_KM, 60 km)
_FLAG_NEEDS = {"health_urgent": "medical", "mental_health_crisis": "psychosocial"}
_FLAG_FAR_KM = 60.0


def _flags_unanswered(package: Mapping[str, Any], match_doc: Mapping[str, Any] | None) -> list[str]:
    """The risk flags the plan does not answer, for the caseworker (the screener's FC: the package
    said "Traffickers live in the home area" and housed her 0.3 km from her town, "Urgent health
    need" with medical care 469 km away, without a word): `--risk` is the package's alone, and
    the match knows nothing of it. Notes, not refusals: she may choose to go home."""
    flags = set(package.get("risk_flags") or ())
    said = []
    case = (match_doc or {}).get("case") or {}
    if "traffickers_in_home_area" in flags and match_doc is not None and not regions_avoided(case):
        place = str((package.get("return") or {}).get("destination") or "the place of return")
        said.append(
            f"risk flag traffickers_in_home_area, but the match avoids no region: the plan is made around"
            f" {place}, where she returns (match again with --avoid-region for the traffickers' region, or"
            " keep it if she returns there knowing it)"
        )
    steps = {str(step.get("need")): step for step in package.get("needs") or ()}
    for flag, need in _FLAG_NEEDS.items():
        if flag not in flags:
            continue
        label = NEEDS_BY_CODE[need].label.lower()
        step = steps.get(need)
        provider = (step or {}).get("provider") or {}
        km = provider.get("distance_km")
        where = provider.get("distance_from_place") or "the place of return"
        if provider.get("distance_from") == "accommodation":
            where = f"her accommodation ({where})"
        if need in (package.get("unmet") or ()):
            said.append(f"risk flag {flag}, but no provider can meet {label}: look beyond the directory")
        elif step is None:
            said.append(f"risk flag {flag}, but {label} is not among the needs (add {need} to --needs)")
        elif isinstance(km, (int, float)) and km > _FLAG_FAR_KM:
            far = f"{label} is planned {km:g} km from {where}"
            said.append(f"risk flag {flag}, but {far}: find care near her first")
    return said


#: What each consent option records, as a note on a package without it says
_CONSENT_PART = {
    "--consent-recipients": "recipients",
    "--consent-purpose": "purpose",
    "--consent-until": "end date",
}


def render_package(
    match_doc: Mapping[str, Any],
    options: PackageOptions,
    *,
    today: dt.datetime | dt.date | None = None,
    directory: Directory | None = None,
) -> str:
    """The package for one match, rendered in options.format (what `batch --packages` calls);
    `directory` as for `build_package`."""
    package = build_package(match_doc, options, today=today, directory=directory)
    return render(package, options.format)


def render(package: Mapping[str, Any], fmt: str, lang: str | None = None) -> str:
    """A built package as "html", "md", "json" or "jsonl" (the JSON on one line) text."""
    if fmt == "json":
        return to_json(package)
    if fmt == "jsonl":
        return jsonl_text([package])
    if fmt == "md":
        return render_markdown(package, lang)
    if fmt == "html":
        return render_html(package, lang)
    raise InputError(f"unknown package format {fmt!r}", "use " + ", ".join(FORMATS))


# --------------------------------------------------------------------------- Markdown

#: Characters that make Markdown markup inside a line (emphasis, code, links, HTML, tables); a
#: backslash makes each literal. Values never start a line, so '#', '-', '+' need no escape, and
#: with '[' and ']' escaped no '(...)' can become a link target.
_MD_SPECIAL = frozenset("\\`*_[]<>|")


def md_escape(value: Any) -> str:
    """Text as literal Markdown: one line, control characters made visible (a terminal that
    shows the file obeys none), every markup character backslash-escaped."""
    text = visible(" ".join(str(value).split()))
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)


def _md_rows(rows: Sequence[tuple[str, str]]) -> list[str]:
    return [f"- **{md_escape(name)}:** {md_escape(value)}" for name, value in rows]


def _md_provider(provider: Mapping[str, Any], words: Words, *, full: bool) -> list[str]:
    lines = [f"**{md_escape(provider['name'])}** (`{provider['id'].replace('`', '')}`)", ""]
    lines += _md_rows(provider_rows(provider, words))
    if full:
        documents = provider.get("documents_required") or ()
        if documents:
            lines += _md_rows([(words("documents"), "; ".join(documents))])
        if provider.get("how_to_refer"):
            lines += _md_rows([(words("how_to_refer"), provider["how_to_refer"])])
        lines += _md_warnings(warning_texts(provider, words), words)
    return [*lines, ""]


def _md_warnings(warnings: Sequence[str], words: Words) -> list[str]:
    return _md_rows([(words("warnings"), "; ".join(warnings))]) if warnings else []


def _md_card(card: ProviderCard, words: Words) -> list[str]:
    needs = words.sep.join(
        md_escape(words.need(n))
        + (f" ({md_escape(words('chosen_by_caseworker'))})" if n in card.by_caseworker else "")
        for n in card.needs
    )
    lines = [f"### {needs}", "", f"{md_escape(words('referred_to'))}:", ""]
    lines += _md_provider(card.provider, words, full=True)
    for need, note in card.notes:
        lines += [*_md_rows([(words("notes_for", need=words.need(need)), note)]), ""]
    return lines


def _md_alternatives(package: Mapping[str, Any], words: Words) -> list[str]:
    lines: list[str] = []
    for need, alternatives in alternatives_by_need(package, words):
        # a heading of its own: as lines after the last card, they read as that service's
        lines += [f"### {md_escape(words('alternatives_for', need=words.need(need)))}", ""]
        for alternative in alternatives:
            provider = alternative.provider
            if alternative.seen_above:
                ident = provider["id"].replace("`", "")
                lines += [f"**{md_escape(provider['name'])}** (`{ident}`) — {md_escape(words('see_above'))}"]
                lines += ["", *_md_warnings(alternative.warnings, words)]
            else:
                lines += _md_provider(provider, words, full=False)[:-1]
                lines += _md_warnings(alternative.warnings, words)
            lines.append("")
    return lines


def render_markdown(package: Mapping[str, Any], lang: str | None = None) -> str:
    """The package as Markdown for e-mail and case notes; every value escaped."""
    lang = lang or str(package.get("lang") or "en")
    words = Words(lang)
    rows = field_rows(package, words)
    draft = [f"> **{md_escape(draft_text(words))}**", ""] if package.get("draft") else []
    if (package.get("directory") or {}).get("sample"):
        local = words("sample_mark")
        mark = SAMPLE_MARK if local == SAMPLE_MARK else f"{SAMPLE_MARK} · {local}"
        draft += [f"> **{md_escape(mark)}**", ""]
    lines = [*draft, f"# {md_escape(words('title'))} {md_escape(package['case_ref'])}", ""]
    if package.get("contains_name"):
        lines += [f"> **{md_escape(words('contains_name'))}**", ""]
    lines += [*_md_rows(rows["header"]), ""]
    lines += _md_section(words("return"), _md_rows(rows["return"]))
    lines += _md_section(words("person"), _md_rows(rows["person"]))
    flags = package.get("risk_flags") or ()
    lines += _md_section(
        words("risk_flags"),
        [f"- **{md_escape(words.risk(f))}**" for f in flags] or [md_escape(words("none"))],
    )
    # what to check about the return itself (an advisory for its region, a place read by a close
    # spelling) before the services planned there: it came after them, on a print's last page
    warnings = warning_texts(package, words)
    if warnings:
        lines += _md_section(words("warnings"), [f"- **{md_escape(w)}**" for w in warnings])
    services = [line for card in provider_cards(package) for line in _md_card(card, words)]
    services += _md_alternatives(package, words)
    lines += _md_section(words("needs"), services or [md_escape(words("none"))])
    unmet = package.get("unmet") or ()
    if unmet:
        reasons = unmet_texts(package, words)
        body = [f"**{md_escape(words('unmet_text'))}**", ""]
        body += [
            f"- {md_escape(words.need(n))}" + (f": {md_escape(reasons[n])}" if reasons.get(n) else "")
            for n in unmet
        ]
        lines += _md_section(words("unmet"), body)
    consent = package.get("consent")
    lines += _md_reply(package, words)
    lines += _md_section(
        words("consent"),
        _md_rows(consent_rows(consent, words)) if consent else [f"**{md_escape(words('consent_missing'))}**"],
    )
    lines += _md_footer(package, words)
    lines += ["", *draft] if draft else []
    return words.withheld(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).rstrip("\n") + "\n")


def _md_reply(package: Mapping[str, Any], words: Words) -> list[str]:
    """The reply section: one line per referral, for the receiving partner to answer."""
    rows = reply_rows(package, words)
    if not rows:
        return []
    head = reply_heads(words)
    lines = [
        md_escape(words("reply_text")),
        "",
        "| " + " | ".join(md_escape(h) for h in head) + " |",
        "|" + "---|" * len(head),
    ]
    lines += ["| " + " | ".join(md_escape(cell) for cell in row) + " |  |  |  |" for row in rows]
    return _md_section(words("reply"), lines)


def _md_section(title: str, body: list[str]) -> list[str]:
    return [f"## {md_escape(title)}", "", *body, ""]


def _md_footer(package: Mapping[str, Any], words: Words) -> list[str]:
    directory = package["directory"]
    body = [f"**{md_escape(words('sample_data'))}**", ""] if directory.get("sample") else []
    body += _md_rows(directory_rows(directory, words))
    body += ["", md_escape(words("generated_by", version=package["generator"]["version"]))]
    return _md_section(words("directory"), body)
