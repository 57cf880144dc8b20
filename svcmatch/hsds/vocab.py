"""The svcmatch taxonomy published for HSDS, and maps from other taxonomies' terms to need codes."""

from __future__ import annotations

import csv
import io
import itertools
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..tables import Row, load_json, read_source, read_table, read_text_file, sniff_delimiter
from ..taxonomy import NEEDS, NEEDS_BY_CODE, fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TAXONOMY_NAME = "svcmatch"
TAXONOMY_VERSION = "1"
#: Namespace of every UUID svcmatch derives (uuid5), so that the same input gives the same ids.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:svcmatch:hsds")
TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy:svcmatch"))

#: Eligibility terms: code -> (provider field, description). Values are in attribute.value.
ELIGIBILITY_TERMS: dict[str, tuple[str, str]] = {
    "sex": ("sexes", "Sex served (female, male, other); one attribute per value; none means any"),
    "exploitation_type": (
        "exploitation_types",
        "Form of exploitation handled; one attribute per value; none means any",
    ),
    "unaccompanied_minors": ("unaccompanied_minors", "Takes unaccompanied minors (true/false)"),
    "accompanying_children": ("accompanying_children", "Takes accompanying children (true/false)"),
    "vot_specialised": ("vot_specialised", "Specialised in victims of trafficking (true/false)"),
    "official_status_required": ("official_status_required", "Requires official victim status (true/false)"),
    "disability_access": ("disability_access", "Accessible to people with disabilities (true/false)"),
    "language": ("languages", "Language spoken (ISO 639-1); one attribute per value"),
}
#: Record terms: svcmatch fields with no HSDS 3.0 place of their own.
RECORD_TERMS: dict[str, tuple[str, str]] = {
    "provider_id": ("id", "The svcmatch provider id, so that a re-import keeps it"),
    "organization_type": ("organization_type", "Kind of organisation (ngo, government, ...)"),
    "coverage": ("coverage", "Coverage: national, radius:KM, or ISO 3166-2 codes joined by |"),
    "outreach": ("outreach", "Reaches people outside its town (true/false)"),
    "coordinates_approximate": ("coordinates_approximate", "Coordinates are approximate (true/false)"),
    "confidential_address": ("confidential_address", "A confidential shelter address (true/false)"),
    "verified_by": ("verified_by", "Who last verified the record"),
    "notes": ("notes", "Notes kept with the record"),
    "extra": (
        "extra",
        "The record's own data with no place in HSDS (a JSON object), so that an import elsewhere keeps it",
    ),
    "region": (
        "region",
        "The region (ISO 3166-2) of a service point whose address is withheld (a confidential shelter)",
    ),
    "revision": (
        "revision",
        "The record's svcmatch revision when exported: a re-import never undoes a newer edit",
    ),
}
GROUP_TERMS: dict[str, str] = {
    "need": "svcmatch need categories (services for returning victims of trafficking)",
    "eligibility": "svcmatch eligibility facts",
    "record": "svcmatch record fields with no place of their own in HSDS 3.0",
}
LINK_TYPES = {"need": "service_category", "eligibility": "eligibility", "record": "svcmatch_record"}


def term_id(code: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"term:svcmatch:{code}"))


def taxonomy_detail() -> dict[str, Any]:
    return {
        "id": TAXONOMY_ID,
        "name": TAXONOMY_NAME,
        "description": "Need categories and eligibility facts of svcmatch (returning victims of trafficking)",
        "version": TAXONOMY_VERSION,
    }


def _term(code: str, name: str, description: str, group: str | None) -> dict[str, Any]:
    term: dict[str, Any] = {"id": term_id(code), "code": code, "name": name, "description": description}
    if group:
        term["parent_id"] = term_id(group)
    term.update({"taxonomy": TAXONOMY_NAME, "language": "en", "taxonomy_id": TAXONOMY_ID})
    return term


def term_group(code: str) -> str | None:
    if code in NEEDS_BY_CODE:
        return "need"
    if code in ELIGIBILITY_TERMS:
        return "eligibility"
    if code in RECORD_TERMS:
        return "record"
    return None


def our_term(code: str) -> dict[str, Any]:
    """The taxonomy_term object of one svcmatch code, with its taxonomy detail (nested form)."""
    group = term_group(code)
    if code in NEEDS_BY_CODE:
        need = NEEDS_BY_CODE[code]
        term = _term(code, need.label, need.description, group)
    elif code in ELIGIBILITY_TERMS:
        term = _term(code, code.replace("_", " ").capitalize(), ELIGIBILITY_TERMS[code][1], group)
    else:
        term = _term(code, code.replace("_", " ").capitalize(), RECORD_TERMS[code][1], group)
    term["taxonomy_detail"] = taxonomy_detail()
    return term


def published_taxonomy() -> dict[str, Any]:
    """The svcmatch taxonomy as HSDS objects: what svcmatch/data/svcmatch_taxonomy.json holds."""
    terms = [_term(group, group.capitalize(), text, None) for group, text in GROUP_TERMS.items()]
    terms += [_term(n.code, n.label, n.description, "need") for n in NEEDS]
    terms += [
        _term(code, code.replace("_", " ").capitalize(), text, "eligibility")
        for code, (_f, text) in ELIGIBILITY_TERMS.items()
    ]
    terms += [
        _term(code, code.replace("_", " ").capitalize(), text, "record")
        for code, (_f, text) in RECORD_TERMS.items()
    ]
    return {"taxonomy": taxonomy_detail(), "taxonomy_terms": terms}


def is_our_term(term: Mapping[str, Any]) -> bool:
    detail = term.get("taxonomy_detail")
    names = {str(term.get("taxonomy") or "")}
    if isinstance(detail, Mapping):
        names.add(str(detail.get("name") or ""))
    code = str(term.get("code") or "")
    return TAXONOMY_NAME in names and term_group(code) is not None


# --- maps from other taxonomies -----------------------------------------------------------------

#: Eligibility effects a map may give a term: field -> kind.
EFFECT_FIELDS = {
    "sexes": "list",
    "exploitation_types": "list",
    "unaccompanied_minors": "bool",
    "accompanying_children": "bool",
    "vot_specialised": "bool",
    "official_status_required": "bool",
    "disability_access": "bool",
    "min_age": "int",
    "max_age": "int",
}


@dataclass
class TermMap:
    """Folded term code or name -> need codes, and -> eligibility effects."""

    needs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    eligibility: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: How the user's map was read, when not plainly (a workbook, a detected encoding): said.
    read_as: str = ""

    def update(self, other: TermMap) -> None:
        self.needs.update(other.needs)
        self.eligibility.update(other.eligibility)
        self.read_as = other.read_as or self.read_as

    def lookup_needs(self, term: Mapping[str, Any]) -> tuple[str, ...]:
        for key in _term_keys(term):
            if key in self.needs:
                return self.needs[key]
        return ()

    def lookup_eligibility(self, term: Mapping[str, Any]) -> dict[str, Any]:
        for key in _term_keys(term):
            if key in self.eligibility:
                return self.eligibility[key]
        return {}


def _term_keys(term: Mapping[str, Any]) -> list[str]:
    keys = []
    for name in ("code", "name"):
        value = term.get(name)
        if isinstance(value, (str, int)) and fold(str(value)):
            keys.append(fold(str(value)))
    return keys


def _need_codes(value: Any, where: str) -> tuple[str, ...]:
    items = value if isinstance(value, list) else str(value).replace(";", "|").replace(",", "|").split("|")
    codes = tuple(str(item).strip().lower() for item in items if str(item).strip())
    bad = [code for code in codes if code not in NEEDS_BY_CODE]
    if bad or not codes:
        raise InputError(
            f"{where}: {', '.join(bad) or 'nothing'} is not a need code",
            "map each term to codes that `svcmatch needs` lists, e.g. shelter",
        )
    return codes


def _effects(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InputError(f"{where}: eligibility must be an object", 'write e.g. {"sexes": ["female"]}')
    effects: dict[str, Any] = {}
    for name, raw in value.items():
        kind = EFFECT_FIELDS.get(name)
        if kind is None:
            raise InputError(
                f"{where}: unknown eligibility field {name!r}", f"use {', '.join(EFFECT_FIELDS)}"
            )
        if kind == "list" and isinstance(raw, list):
            effects[name] = tuple(str(v).lower() for v in raw)
        elif (kind == "bool" and isinstance(raw, bool)) or (
            kind == "int" and isinstance(raw, int) and not isinstance(raw, bool)
        ):
            effects[name] = raw
        else:
            raise InputError(f"{where}: {name} must be a {kind}", "see docs/hsds.md")
    return effects


def term_map_from_json(data: Any, where: str) -> TermMap:
    """{"needs": {term: code(s)}, "eligibility": {term: {field: value}}} or a flat {term: code(s)}."""
    if not isinstance(data, Mapping):
        raise InputError(f"{where}: a taxonomy map must be a JSON object", 'write {"term": "need_code"}')
    sections = data if ("needs" in data or "eligibility" in data) else {"needs": data}
    result = TermMap()
    for term, codes in (sections.get("needs") or {}).items():
        if str(term).startswith("_"):
            continue  # comments
        result.needs[fold(str(term))] = _need_codes(codes, f"{where}: term {term!r}")
    for term, effects in (sections.get("eligibility") or {}).items():
        if str(term).startswith("_"):
            continue
        result.eligibility[fold(str(term))] = _effects(effects, f"{where}: term {term!r}")
    return result


def term_map_from_csv(text: str, where: str) -> TermMap:
    """Rows of term, need code(s); a header row (term, need) is skipped. Separated by commas,
    semicolons (Excel's "CSV" where the decimal mark is a comma) or tabs, as the one table
    reader judges them (tables.sniff_delimiter)."""
    delimiter = sniff_delimiter(text.splitlines()[:20])
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as error:  # a cell over csv's field limit (128 KiB), a NUL in older Pythons
        hint = "write rows like: Emergency Shelter,shelter"
        raise InputError(f"{where}: cannot read it as CSV: {error}", hint) from None
    return term_map_from_rows(enumerate(rows, start=1), where)


def term_map_from_rows(rows: Iterable[tuple[int, Sequence[str]]], where: str) -> TermMap:
    """(row number, cells) of term, need code(s); a header row (term, need) is skipped."""
    result = TermMap()
    for number, row in rows:
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if len(cells) < 2 or not cells[0]:
            raise InputError(
                f"{where}: row {number} needs a term and a need code",
                "write rows like: Emergency Shelter,shelter",
            )
        if number == 1 and fold(cells[1]) in ("need", "need code", "code", "needs"):
            continue
        result.needs[fold(cells[0])] = _need_codes(cells[1], f"{where}: row {number}")
    return result


def _term_map_table(data: bytes, path: Path) -> TermMap:
    """A map kept as a table (CSV in any encoding and dialect the one reader takes, or a
    workbook: offices keep their maps in Excel), read by `tables.read_table`: a workbook, and
    Excel's plain "CSV" in a Windows code page, were 'not UTF-8 text' (third country office
    pass). What the reader read other than plainly is said as an import's table is."""
    table = read_table(data, str(path), what="the taxonomy map")
    header = table.header or ()
    rows = itertools.chain(
        [(table.info.header_row or 1, header)], (_cells_of(row, path.name) for row in table)
    )
    result = term_map_from_rows(rows, path.name)
    result.read_as = "" if table.info.is_plain else table.info.describe()
    return result


def _cells_of(row: Row, where: str) -> tuple[int, Sequence[str]]:
    if row.error:  # a quote never closed, a cell past the reader's limit
        raise InputError(
            f"{where}: cannot read it as CSV: row {row.number}: {row.error}",
            row.hint or "check the quoting in that row",
        )
    return row.number, row.cells


def load_term_map(path: Path | None) -> TermMap:
    """The default map, overlaid with the user's map (JSON or CSV) when one is given."""
    default_text = (DATA_DIR / "hsds_taxonomy_map.json").read_text(encoding="utf-8")
    result = term_map_from_json(json.loads(default_text), "default taxonomy map")
    if path is None:
        return result
    data = read_source(path, "taxonomy map")  # bounded, and hostile JSON is a one-line error
    where = Path(path).name
    if Path(path).suffix.lower() == ".json" or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        text = read_text_file(path, "taxonomy map")
        loaded = load_json(text, where, 'write an object of term -> need code, e.g. {"Housing": "shelter"}')
        result.update(term_map_from_json(loaded, where))
    else:
        result.update(_term_map_table(data, Path(path)))
    return result
