"""Batch matching: cases from CSV or JSON lines in, one result record per case out, streamed."""

from __future__ import annotations

import csv
import ctypes
import datetime as dt
import difflib
import gc
import io
import json
import multiprocessing
import os
import re
import signal
import sys
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Protocol

import orjson

from .errors import DataError, ExitCode, InputError, NotFoundError, SvcmatchError
from .fileio import PRIVATE_FOLDER, private_mode, write_text_atomic
from .geo import resolve_country
from .matching import Case, Weights, match, matcher_for
from .matching.case import _LIST_KEYS as case_list_keys
from .matching.case import CASE_KEYS
from .matching.engine import SearchMemo, keep_searches
from .matching.result import WrittenMatch
from .model import Directory, dotted_date_reading
from .package import OPTION_KEYS as PACKAGE_KEYS  # the package options, as columns
from .package import PackageOptions, check_options, render_package
from .readings import Reading, readings_text
from .referral_feedback import ReferralFeedback
from .render import json_safe, neutralise_cell
from .storage import is_directory_file, load_directory
from .tables import FORMATS, SUFFIXES, HeaderRule, column_key, column_letters, open_table

#: Every table format the one reader takes (csv, xlsx, ods, xls, json, jsonl).
INPUT_FORMATS = FORMATS
OUTPUT_FORMATS = ("jsonl", "csv", "json")
PACKAGE_FORMATS = ("html", "md", "json", "jsonl")

KNOWN_KEYS = frozenset({"case_id", *CASE_KEYS, *PACKAGE_KEYS})

#: Columns of `--format csv`: one flat row per case.
CSV_COLUMNS = (
    "case_id",
    "row",
    "destination",
    "region",
    "plan",
    "unmet",
    "warnings",
    "package",
    "error",
    "readings",
    # appended (nineteenth caseworker pass): a script that reads columns by name or position
    # before it reads them still; the JSON lines had the reasons, the CSV only the needs
    "unmet_reasons",
)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class RawCase:
    """One case as read: where it is in the input (`row`) and its cells, or why it is unreadable."""

    row: int
    values: Mapping[str, Any]
    error: str = ""


def input_format_for(name: str, explicit: str | None = None) -> str | None:
    """The input format from --input-format or the file name's extension; None to sniff."""
    if explicit:
        return explicit
    suffix = Path(name).suffix.lower()
    if name == "-" or not suffix:  # stdin, <(...) as /dev/fd/63, a file named without one: sniffed
        return None
    if suffix == ".json":
        return None  # a list of cases, or JSON lines under a .json name: the first line tells
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    raise InputError(
        f"cannot tell the format of {name!r} from its extension",
        f"name it .csv, .jsonl, .xlsx or .ods, or give --input-format ({'|'.join(INPUT_FORMATS)})",
    )


#: How the reader finds the header row of a cases sheet.
CASE_HEADER = HeaderRule(KNOWN_KEYS, column_key)


class CaseReader:
    """Read cases one at a time from a binary stream, through the one table reader (`tables`).

    CSV (any separator, UTF-8 or UTF-16 with a BOM, a detected single-byte encoding, or
    `encoding`) and JSON lines are streamed; .xlsx, .ods and JSON are read whole.
    `bytes_read` tells a progress bar how far the reading has got; `info` how it was read.
    """

    def __init__(
        self,
        stream: IO[bytes],
        input_format: str | None,
        *,
        name: str = "cases",
        encoding: str | None = None,
        sheet: str | None = None,
    ) -> None:
        if isinstance(stream, io.TextIOBase):  # a script's open(path): the reader decodes itself
            raise TypeError(
                "CaseReader reads bytes: open the cases file with open(path, 'rb') "
                "(it finds the encoding itself: UTF-8, UTF-16 or Excel's single-byte ones)"
            )
        if input_format is not None and input_format not in INPUT_FORMATS:
            raise InputError(
                f"unknown input format {input_format!r}", f"use one of {', '.join(INPUT_FORMATS)}"
            )
        try:
            self.table = open_table(
                stream,
                name,
                fmt=input_format,
                encoding=encoding,
                sheet=sheet,
                header=CASE_HEADER,
                what="the cases",
            )
        except InputError as error:
            if "is empty" in error.message:
                raise InputError(
                    "the cases file is empty", "give a header row (case_id,country,to,needs,...)"
                ) from None
            raise
        self.info = self.table.info
        self.input_format = self.info.format
        self.columns: tuple[str, ...] = ()
        if self.table.header is not None:
            self.columns = tuple(column_key(c) for c in self.table.header)
            _check_columns(self.columns)

    @property
    def bytes_read(self) -> int:
        return self.table.bytes_read

    def __iter__(self) -> Iterator[RawCase]:
        if self.table.is_grid:
            return self._grid_cases()
        return self._record_cases()

    def _grid_cases(self) -> Iterator[RawCase]:
        width = len(self.columns)
        unnamed = tuple(i for i, column in enumerate(self.columns) if not column)
        for row in self.table:
            if row.error:  # with its fix, and its case_id where the row gives it whole
                error = _with_fix(row.error, row.hint) + self._taken_in(row.taken_in)
                yield RawCase(row.number, self._case_id_of(row.cells), error)
                continue
            cells = row.cells
            if not "".join(cells).strip():  # (no generator: a function made per row)
                continue  # Excel leaves rows of empty cells (";;;;") at the end
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                case_id = cells[self.columns.index("case_id")]
                yield RawCase(row.number, {"case_id": case_id}, self._too_many(len(cells), width))
                continue
            if unnamed and any(i < len(cells) and cells[i].strip() for i in unnamed):
                # a value under no header (avoid_region's header deleted) was read as nothing
                case_id = cells[self.columns.index("case_id")]
                yield RawCase(row.number, {"case_id": case_id}, self._unnamed(cells, unnamed))
                continue
            values = {}  # (a loop: a comprehension is a function made for each row)
            for column, cell in zip(self.columns, cells, strict=False):
                if column:
                    values[column] = cell
            yield RawCase(row.number, values)

    def _case_id_of(self, cells: tuple[str, ...]) -> dict[str, str]:
        """A row's case_id as {"case_id": ...}, where its cell is there and on one line."""
        index = self.columns.index("case_id")
        if index < len(cells) and "\n" not in cells[index]:
            return {"case_id": cells[index]}
        return {}

    def _taken_in(self, rows: tuple[tuple[str, ...], ...]) -> str:
        """For a row whose quoted cell took the rows below into it: the case_ids of those rows,
        which have no record of their own (a script sees which cases to run again)."""
        index = self.columns.index("case_id")
        ids = [cells[index].strip() or "(no case_id)" for cells in rows if index < len(cells)]
        if not ids:
            return ""
        more = f" and {len(ids) - 10} more" if len(ids) > 10 else ""
        return f"; the cases read into it, with no record of their own: {', '.join(ids[:10])}{more}"

    def _unnamed(self, cells: tuple[str, ...], unnamed: tuple[int, ...]) -> str:
        """A row's error for a value under a column without a header (the value is not said:
        it may be anything, a name too)."""
        index = next(i for i in unnamed if i < len(cells) and cells[i].strip())
        column = str(index + 1) if self.info.delimiter is not None else column_letters(index)
        return (
            f"column {column} has no header but this row has a value in it "
            "(give the column its header, such as avoid_region, or clear its cells)"
        )

    def _too_many(self, cells: int, width: int) -> str:
        problem = f"{cells} cells but the header has {width} columns"
        if self.info.delimiter is None:  # a workbook: a cell right of the last column
            return f"{problem} (give the column a header, or clear the cells right of the last column)"
        separator = "tab" if self.info.delimiter == "\t" else f"'{self.info.delimiter}'"
        return (
            f"{problem} (a cell holds a {separator} outside quotes: put that cell in double quotes, "
            "or separate its items with |)"
        )

    def _no_object(self, number: int) -> str:
        if self.input_format == "json":  # a list's item, maybe on the file's first line
            return (
                f"item {number} of the list is not a JSON object "
                "(write each case as {...} with case_id, country, ...)"
            )
        return "line is not a JSON object ({...})"

    def _record_cases(self) -> Iterator[RawCase]:
        for row in self.table:
            if row.error:
                yield RawCase(row.number, {}, _with_fix(row.error, row.hint))
                continue
            values = row.record
            if not isinstance(values, dict):
                yield RawCase(row.number, {}, self._no_object(row.number))
                continue
            unknown = sorted(str(k) for k in values if column_key(str(k)) not in KNOWN_KEYS)
            if unknown:
                if "meta" in values and "providers" in values:  # <(cat al.json): no caseload
                    raise InputError(
                        "the file given as the cases is a directory file (providers), not cases",
                        "give the cases file (case_id, country, to, needs, ...; see docs/batch.md)",
                    )
                yield RawCase(row.number, values, _unknown_keys(unknown))
                continue
            keyed = {column_key(str(k)): v for k, v in values.items()}
            if len(keyed) < len(values):  # 'avoid_region' and 'avoid-region': the last one won
                yield RawCase(row.number, values, _given_twice(values))
                continue
            yield RawCase(row.number, keyed)


def _with_fix(error: str, hint: str) -> str:
    return f"{error} ({hint})" if hint else error


#: Columns of a directory's providers (a spreadsheet to import), never of cases.
_PROVIDER_COLUMNS = frozenset(
    {"categories", "latitude", "longitude", "coverage", "sexes", "organization_type", "focal_point"}
    | {"capacity_available", "verified_on", "confidential_address", "vot_specialised"}
)


def _check_columns(columns: tuple[str, ...]) -> None:
    unknown = [c for c in columns if c and c not in KNOWN_KEYS]
    providers = [c for c in unknown if c in _PROVIDER_COLUMNS]
    if len(providers) >= 2:  # its 'name' is a provider's: said as a person's name, it misled
        raise InputError(
            f"these are providers (a directory's columns: {', '.join(providers[:4])}), not cases",
            "give the cases file (case_id, country, to, needs, ...; see docs/batch.md); "
            "providers are imported with `svcmatch directory import CC FILE`",
        )
    spread = _spread_fields(unknown)
    if spread:
        raise InputError(*spread)
    names = [c for c in unknown if _person_name_key(c)]
    if names:
        raise InputError(
            f"the cases hold a person's name ({', '.join(names)} column)",
            f"delete the {', '.join(names)} column: batch reads no names; case_id is the "
            "pseudonymous code that stands for the person",
        )
    if unknown:  # before a missing case_id: 'CaseID' or 'ID' is the case_id column, renamed
        unread = [c for c in unknown if _column_meant(c) is None]
        delete = f"delete the columns {', '.join(unread)}, which batch does not read; " if unread else ""
        raise InputError(
            f"unknown columns: {', '.join(unknown)}",
            _renames(unknown) + delete + "columns are case_id, match's options (country, to, needs, ...) "
            "and, with --packages, package options (case_ref, consent_date, ...); see docs/batch.md",
        )
    if "case_id" not in columns:
        raise InputError("the cases have no case_id column", "add a case_id column with one code per case")
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    if repeated:
        raise InputError(f"columns given twice: {', '.join(repeated)}", "keep one column of each name")


#: Column names that hold a person's name (folded as column_key folds a header cell).
_NAME_KEYS = frozenset(
    {"name", "names", "surname", "forename", "firstname", "lastname", "fullname", "nome", "cognome", "nom"}
    | {"prenom", "prénom", "emri", "mbiemri", "імя", "ім'я", "ім’я", "прізвище", "имя", "фамилия", "الاسم"}
)


def is_name_key(key: str) -> bool:
    """Whether a column or key holds a person's name: 'name', 'Full Name', 'first_name', 'emri',
    'Full name (optional)'."""
    key = _HEADER_NOTE.sub("", key) or key
    return key in _NAME_KEYS or key.endswith("_name") or key.startswith("name_")


#: The columns a header '... name' may name: a place's, a region's, a provider's.
_PLACE_COLUMNS = frozenset({"to", "country", "avoid_region", "avoid_provider"})


def _person_name_key(key: str) -> bool:
    """is_name_key, less the headers whose name is a place's, a region's or a provider's ('Town
    name', 'Avoid region name', 'Provider name'): told to delete 'avoid_region_name' as "a
    person's name", an office planned every case in the traffickers' region (batch screen,
    session twenty-nine)."""
    return (
        is_name_key(key)
        and _column_meant(key) is None
        and not _PLACE_WORDS.search(key)
        and not _PROVIDER_WORDS.search(key)
    )


#: A field of several items spread over columns, as case management systems export it: 'Need 1',
#: 'need_2', 'other needs', 'primary need', 'language 2', 'avoid_region_2'.
_SPREAD = re.compile(
    r"^(?:(?:other|additional|more|further|primary|secondary|main|second|third)_)?"
    r"(needs?|languages?|avoid_regions?|avoid_providers?)(?:_?\d+|_\(\d+\))?$"
)
_SPREAD_FIELD = {"need": "needs", "language": "language", "languages": "language"}


def _spread_fields(unknown: list[str]) -> tuple[str, str] | None:
    """The error and fix for a field spread over several columns: told to delete 'other needs'
    (matched on the first needs column alone, exit 0) or to rename 'language 1' and 'language 2'
    both to language (then "columns given twice"), an office lost needs and languages without a
    word (batch screen, session twenty-nine)."""
    spread: dict[str, list[str]] = {}
    for key in unknown:
        found = _SPREAD.match(key)
        if found and found.group(0) != found.group(1):  # 'needs' itself is no spread
            field = found.group(1)
            field = _SPREAD_FIELD.get(field, field if field == "needs" else field.rstrip("s"))
            spread.setdefault(field, []).append(key)
    if not spread:
        return None
    field, keys = next(iter(spread.items()))
    return (
        f"{field} is spread over several columns ({', '.join(keys)})",
        f"batch reads one {field} column: put all their items into it, separated by | "
        f"({_SPREAD_EXAMPLE[field]}), then delete the others",
    )


_SPREAD_EXAMPLE = {
    "needs": "shelter|medical",
    "language": "sq|it",
    "avoid_region": "AL-10|AL-09",
    "avoid_provider": "al-shk-ae62|al-tir-6334",
}


#: Headers that case management systems give the columns batch reads (said as a rename).
#: Case columns in the offices' and sending countries' words (Spanish, French, Albanian,
#: Ukrainian, Russian, Arabic, Italian, Tagalog, Vietnamese, Amharic), as `column_key` writes
#: them: a Colombian caseworker's 'país, destino, necesidades, edad' were told "delete the
#: columns ..., which batch does not read" (ninth office pass). Named in the fix only.
# fmt: off
_OFFICE_COLUMN_WORDS = {
    "case_id": ("caso", "número_de_caso", "numero_de_caso", "código", "codigo", "dossier",
                "numéro_de_dossier", "kodi", "rasti", "номер_справи", "номер_дела", "код", "رقم_الحالة",
                "codice", "kaso", "mã_hồ_sơ", "cas", "id_cas", "n°_dossier", "no_dossier", "référence",
                "réf", "ref", "identifiant", "nr._i_rastit", "nr_i_rastit", "kodi_i_rastit", "numri_i_rastit",
                "випадок", "номер_випадку"),
    "country": ("país", "pais", "pays", "vendi", "shteti", "країна", "страна", "البلد", "الدولة", "paese",
                "bansa", "quốc_gia", "ሀገር"),
    "to": ("destino", "ciudad", "lugar_de_retorno", "ville", "lieu_de_retour", "destinacioni", "qyteti",
           "місто", "город", "المدينة", "الوجهة", "destinazione", "città", "lungsod", "nơi_về", "thành_phố",
           "ከተማ"),
    "needs": ("necesidades", "besoins", "nevojat", "потреби", "потребности", "الاحتياجات", "bisogni",
              "pangangailangan", "nhu_cầu", "ፍላጎቶች"),
    "sex": ("sexo", "sexe", "gjinia", "стать", "пол", "الجنس", "sesso", "kasarian", "giới_tính", "ጾታ"),
    "age": ("edad", "âge", "mosha", "вік", "возраст", "العمر", "età", "tuổi", "ዕድሜ"),
    "language": ("idioma", "idiomas", "langue", "langues", "gjuha", "gjuhët", "мова", "язык", "اللغة",
                 "lingua", "wika", "ngôn_ngữ", "ቋንቋ"),
    # the columns of whom a provider must take: told "delete the columns i_pashoqëruar, which batch
    # does not read", an unaccompanied child was matched as one with a guardian, a mother without
    # her children (twenty-third adversarial pass)
    "unaccompanied": ("i_pashoqëruar", "e_pashoqëruar", "i/e_pashoqëruar", "no_acompañado", "no_acompañada",
                      "non_accompagné", "non_accompagnée", "non_accompagnato", "non_accompagnata",
                      "несупроводжуваний", "несопровождаемый", "غير_مصحوب", "uasc", "unaccompanied_child",
                      "unaccompanied_minor?", "separated_child", "mna", "msna", "mineur_non_accompagné",
                      "mineure_non_accompagnée", "mineur_isolé", "i_mitur_i_pashoqëruar",
                      "e_mitur_e_pashoqëruar"),
    "children": ("fëmijë", "fëmijët", "niños", "hijos", "hijas", "enfants", "діти", "дети", "أطفال",
                 "الأطفال", "bambini", "figli", "mga_anak", "trẻ_em", "accompanying_children",
                 "number_of_children"),
    "exploitation": ("shfrytëzimi", "lloji_i_shfrytëzimit", "explotación", "tipo_de_explotación",
                     "forma_de_explotación", "type_d'exploitation", "експлуатація", "эксплуатация",
                     "الاستغلال", "sfruttamento", "tipo_di_sfruttamento"),
    "disability": ("aftësi_të_kufizuara", "aftësia_e_kufizuar", "discapacidad", "handicap", "disabilità",
                   "інвалідність", "инвалидность", "إعاقة", "الإعاقة", "kapansanan", "khuyết_tật"),
    "official_status": ("statusi_i_viktimës", "estatus_de_víctima", "statut_de_victime", "status_di_vittima",
                        "victim_status", "статус_жертви", "статус_жертвы"),
}
# fmt: on
_COLUMN_WORDS = {
    **dict.fromkeys(
        ("id", "case", "case_no", "case_nr", "case_number", "case_code", "code", "reference"), "case_id"
    ),
    **dict.fromkeys(("needs_identified", "identified_needs", "needs_assessed", "services_needed"), "needs"),
    **dict.fromkeys(("destination", "town", "city", "place", "place_of_return", "return_to"), "to"),
    **dict.fromkeys(("country_of_return", "return_country", "destination_country"), "country"),
    **dict.fromkeys(("gender",), "sex"),
    **dict.fromkeys(("languages_spoken", "spoken_languages", "mother_tongue"), "language"),
    **dict.fromkeys(("unaccompanied_minor", "uam"), "unaccompanied"),
    # told "delete the columns max_distance_(km), referral_priority, consent_given_on, which batch
    # does not read", an office matched every case with no distance limit (batch screen, session
    # twenty-nine); _HEADER_NOTE takes '(km)' off first
    **dict.fromkeys(
        (
            "max_distance",
            "maximum_distance",
            "max_distance_km",
            "distance_max",
            "distance_maximale",
            "distanca_maksimale",
            "distancia_máxima",
            "distancia_maxima",
            "максимальна_відстань",
        ),
        "max_km",
    ),
    **dict.fromkeys(
        ("referral_priority", "priorité", "priorite", "prioriteti", "пріоритет", "prioridad"), "priority"
    ),
    **dict.fromkeys(
        ("consent_given_on", "date_of_consent", "consent_given", "date_du_consentement"), "consent_date"
    ),
    **dict.fromkeys(
        (
            "return_town",
            "town_of_return",
            "city_of_return",
            "region_of_return",
            "ville_de_retour",
            "nom_de_la_ville",
            "emri_i_qytetit",
            "назва_міста",
        ),
        "to",
    ),
    **dict.fromkeys(("exploitation_type", "form_of_exploitation", "type_of_exploitation"), "exploitation"),
    **{word: column for column, words in _OFFICE_COLUMN_WORDS.items() for word in words},
}


def _renames(unknown: list[str]) -> str:
    """'rename neeeds to needs, avoid_regoin to avoid_region; ' for the unknown names close to
    a known one (or that systems use for one: 'ID', 'Destination'), else ''."""
    pairs = [f"{name} to {meant}" for name in unknown if (meant := _column_meant(name)) is not None]
    return f"rename {', '.join(pairs)}; " if pairs else ""


#: A unit or note in brackets after a header's words ('Age (years)'), and its end's full stop ('Case No.').
_HEADER_NOTE = re.compile(r"_?\([^)]*\)$|[.:]+$")


def _column_meant(name: str) -> str | None:
    """The column an unknown header names: a close spelling, or a case management system's word
    for it ('ID', 'Destination', 'Case No.', 'Age (years)'); None for a column batch does not read."""
    key = _HEADER_NOTE.sub("", column_key(name)) or column_key(name)
    if key in KNOWN_KEYS and key != column_key(name):
        return key
    named = re.fullmatch(r"name_of_(.+)|(.+)_name", key)  # 'Town name', 'Name of town': the town
    if named:  # of a place only: a 'case name' is the person's name, never a case_id
        meant = _column_meant(named.group(1) or named.group(2))
        return meant if meant in _PLACE_COLUMNS else None
    close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1, cutoff=0.75)
    if _PLACE_WORDS.search(key) and _AVOID_WORDS.search(key):  # 'avoid_province' is no provider
        return "avoid_region"
    return _COLUMN_WORDS.get(key) or (close[0] if close else None) or _to_avoid(key)


#: Words of a header that names places: a column of places to avoid is avoid_region whatever
#: name it is spelled close to ('avoid_province' was told to be renamed avoid_provider).
_PLACE_WORDS = re.compile(
    r"provinc|region|oblast|county|district|prefect|area|zone|governorate|town|city|place"
)


#: Words of a header that holds what the case must avoid ('regions_to_avoid', 'unsafe_region',
#: "Traffickers' region"): never a column to delete (an error's fix never lifts a restriction).
#: In the offices' and sending countries' words too, as _OFFICE_COLUMN_WORDS: "Zona për t'u
#: shmangur" (Albanian), 'zonas a evitar', 'à éviter', 'da evitare', 'уникати', 'избегать',
#: 'تجنب', 'iwasan', 'tránh', 'unikać', 'vermeiden', 'αποφυγή' were told to be deleted
#: (twenty-third adversarial pass).
_AVOID_WORDS = re.compile(
    r"avoid|unsafe|danger|traffick|exclude|block|do_?not|shmang|[eé]vit|уника|избег|تجنب|iwas|tránh|unika|meiden|αποφυγ"
)


def _to_avoid(key: str) -> str | None:
    """avoid_region (avoid_provider for providers or services) for a header of what to avoid:
    "delete the columns regions_to_avoid, which batch does not read" was followed, and every
    case was planned in the traffickers' region (thirteenth adversarial pass)."""
    if not _AVOID_WORDS.search(key):
        return None
    return "avoid_provider" if _PROVIDER_WORDS.search(key) else "avoid_region"


#: Words of a header that names providers ('provider name', 'prestataire à éviter').
_PROVIDER_WORDS = re.compile(r"provider|service|organi[sz]ation|ngo|prestataire|ofrues|organizat")


def _given_twice(values: Mapping[Any, Any]) -> str:
    """A JSON case's error for one key given under two spellings, as `match --case` says it."""
    spellings: dict[str, list[str]] = {}
    for key in values:
        spellings.setdefault(column_key(str(key)), []).append(str(key))
    key, given = next((k, v) for k, v in spellings.items() if len(v) > 1)
    return (
        f"the case gives {key!r} twice ({', '.join(repr(g) for g in given)}) "
        "(keep one of them: which was meant is not known)"
    )


def _unknown_keys(unknown: list[str]) -> str:
    """A JSON case's error for keys batch does not read: which, and the fix."""
    spread = _spread_fields([column_key(k) for k in unknown])
    if spread:
        return f"{spread[0]} ({spread[1]})"
    names = [k for k in unknown if _person_name_key(column_key(k))]
    if names:
        fix = f"batch reads no person's name: leave {', '.join(names)} out; case_id stands for the person"
    else:
        fix = (
            _renames(unknown) + "keys are case_id, match's options (country, to, needs, ...) and "
            "package options (case_ref, consent_date, ...): see docs/batch.md"
        )
    return f"unknown keys: {', '.join(unknown)} ({fix})"


# --------------------------------------------------------------------------- one case


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """What stays the same for every case of a run."""

    today: dt.date
    default_country: str | None = None
    root: str | None = None
    #: "html", "md" or "json" to render a referral package per case; None for no packages.
    package_format: str | None = None
    #: The referral store (svcmatch.cli.common.referral_folder) whose answers each result carries;
    #: None: not consulted.
    referrals: Path | None = None
    #: The ranking weights (`--weights FILE`, as `match` takes them); None: the defaults.
    weights: Weights | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one case: its output record and, with --packages, the package text.

    Without --packages the record is made for the writers: its shown results are WrittenMatch
    (JSON text kept per provider and need; `plain()` gives one as `to_json()` does)."""

    case_id: str
    record: dict[str, Any]
    package_text: str | None = None
    #: For a failed case, the exit code of its error: ExitCode.DATA when the directory file of
    #: its country cannot be used (damaged, too new), which makes the run's exit code 3.
    exit_code: int = 0
    #: The case reference its package was written for (with --packages): one package a reference.
    case_ref: str | None = None

    @property
    def ok(self) -> bool:
        return "error" not in self.record


def split_case(values: Mapping[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(case_id, case values, package values) from one row, blank cells left out.

    The values stay as read ("24", "shelter|medical"): `Case.from_mapping` and the package
    options read cells the way people type them, and name the column of a bad value.
    """
    case_id = _text(values.get("case_id"))
    if not case_id:
        raise InputError("case_id is empty", "give every case a case_id")
    case: dict[str, Any] = {}
    package: dict[str, Any] = {}
    for key, value in values.items():
        if key == "case_id" or (_blank(value) and (value != [] or key not in _SCALAR_CASE_KEYS)):
            continue  # `"age": []` is no age: refused as `match --case` refuses it, not dropped
        (case if key in CASE_KEYS else package)[key] = value
    return case_id, case, package


#: The case's keys that take one value: an empty list there is a wrong value, not a blank one.
_SCALAR_CASE_KEYS = frozenset(CASE_KEYS) - case_list_keys


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


class CaseProcessor:
    """Turn one RawCase into an Outcome; keeps each country's directory loaded for the run."""

    def __init__(self, settings: BatchSettings, directories: Mapping[str, Directory] | None = None) -> None:
        self.settings = settings
        self.directories: dict[str, Directory] = dict(directories or {})
        #: Why a country's directory cannot be used (missing, damaged), found at its first case:
        #: a damaged file is read once per run, not once per case of its country.
        self.unusable: dict[str, SvcmatchError] = {}
        # Read once per process, when the first case of a country comes (not per case).
        self.answers = ReferralFeedback(settings.referrals, settings.today)

    def directory(self, country: str) -> Directory:
        found = self.directories.get(country)
        if found is not None:
            return found
        code = resolve_country(country).alpha2
        if code not in self.directories:
            failed = self.unusable.get(code)
            if failed is not None:
                raise type(failed)(failed.message, failed.hint)
            try:
                loaded = load_directory(code, self.settings.root)
            except (DataError, NotFoundError) as error:
                self.unusable[code] = error
                raise
            # As matching sees it: providers full by recent no_capacity answers (never stored).
            self.directories[code] = self.answers.view(loaded)
        return self.directories[code]

    def __call__(self, raw: RawCase) -> Outcome:
        given = raw.values.get("case_id")
        if isinstance(given, (list, dict, bool)):  # JSON: no text; never written as Python's repr
            shown = json.dumps(given, ensure_ascii=False)
            return _failed(
                "",
                raw.row,
                f"case_id: {shown if len(shown) <= 60 else shown[:57] + '...'} is not a text "
                '(write the case\'s code as a text, e.g. "AL-2026-0042")',
            )
        case_id = _text(given)
        if raw.error:
            return _failed(case_id, raw.row, raw.error)
        try:
            return self._matched(raw)
        except SvcmatchError as error:
            reason = str(error) if isinstance(error, _RowError) else row_error_text(error)
            return _failed(case_id, raw.row, reason + _lost_letters(raw.values), error.exit_code)
        except Exception as error:  # a bug must not stop a caseload; it is reported on the row
            return _failed(
                case_id, raw.row, f"internal error ({type(error).__name__}: {error}); please report it"
            )

    def _matched(self, raw: RawCase) -> Outcome:
        case_id, case_values, package_values = split_case(raw.values)
        if self.settings.default_country and "country" not in case_values:
            case_values["country"] = self.settings.default_country
        if "country" not in case_values:
            raise _every_bad_cell(
                _RowError("country is empty", "fill the country column or give --country"), case_values
            )
        try:
            case = Case.from_mapping(case_values)
        except InputError as error:
            raise _every_bad_cell(error, case_values) from None
        directory = self.answers.view(self.directory(case.country))
        # without a package, the record is only written: its shown results as JSON writers
        # write them (MatchResult.written: a provider's case-independent JSON made once)
        document = self.answers.to_json(
            match(case, directory, weights=self.settings.weights, today=self.settings.today),
            written=not self.settings.package_format,
        )
        record: dict[str, Any] = {"case_id": case_id, "row": raw.row, **document}
        package_text = case_ref = None
        if self.settings.package_format:
            package_text = render_case_package(document, case_id, package_values, self.settings, directory)
            case_ref = _text(package_values.get("case_ref")) or case_id
            record["warnings"] = [*document["warnings"], *_dotted_dates_said(package_values)]
        return Outcome(case_id, record, package_text, case_ref=case_ref)


#: The package cells that hold a day.
_DATE_CELLS = ("arrival", "consent_date", "consent_until")


def _dotted_dates_said(values: Mapping[str, Any]) -> list[str]:
    """How each date cell with dots whose day and month could swap was read ("consent_date: read
    '03.04.2026' as 2026-04-03 (dots: day first)"), as `package` and `match` say it on stderr:
    batch read them day first without a word (eighteenth adversarial pass). Said among the
    record's warnings, not its `readings`, whose `how` is one of the five the issue names."""
    return [said for key in _DATE_CELLS if (said := dotted_date_reading(values.get(key), key)) is not None]


#: A case that Case takes, into which one cell of a failed row is put to see if it is bad too.
_PROBE = {"country": "AL", "to": "-", "needs": "shelter"}


def _every_bad_cell(first: InputError, values: Mapping[str, Any]) -> InputError:
    """`first`, the error a row failed with, and the row's other bad cells, in the order of its
    columns on one line ('sex: ... ; also age: ...; also children: ...'), so that a row typed by
    hand is not fixed one run per cell. Each cell is tried alone in a case that is good without
    it; an error of two cells together (unaccompanied at 24) comes from `first` only."""
    found: list[str] = []
    for key, value in values.items():
        try:
            Case.from_mapping({**_PROBE, key: value})
        except SvcmatchError as error:
            found.append(row_error_text(error))
    for required in ("to", "needs"):
        if required not in values:
            try:
                Case.from_mapping({k: v for k, v in _PROBE.items() if k != required})
            except SvcmatchError as error:
                found.append(row_error_text(error))
    said = str(first) if isinstance(first, _RowError) else row_error_text(first)
    if said not in found:
        found.insert(0, said)
    if len(found) == 1:
        return first
    return _RowError("; also ".join(dict.fromkeys(found)))


#: '?' where letters were: two in a row, or one inside a word ('Ki?v'), as an encoding that
#: cannot hold a letter writes it (Excel's "CSV (Comma delimited)" and Cyrillic or Arabic).
_LOST = re.compile(r"\?\?|\w\?\w")


def _lost_letters(values: Mapping[str, Any]) -> str:
    """For a failed row: which cell lost its letters to '?' when the file was saved, and the fix."""
    lost = [  # the cells read as words; a note's 'Why??' is no lost letter
        key
        for key, value in values.items()
        if key in CASE_KEYS and isinstance(value, str) and _LOST.search(value)
    ]
    if not lost:
        return ""
    return (
        f"; the {', '.join(lost)} {'cells hold' if len(lost) > 1 else 'cell holds'} '?' where letters were: "
        "the file was saved in an encoding without them (save it again from the workbook as "
        "'CSV UTF-8', or give the cases as .xlsx)"
    )


class _RowError(InputError):
    """An error batch words for a row itself: its fix names batch's own options as they are."""


#: A fix as `match` and `package` say it, said for a batch row: the column to fill.
_ROW_FIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"give --([a-z]+) or a '[a-z_]+' key in the case file"), r"fill the \1 column"),
    (re.compile(r"give --country ([A-Z]{2})\b"), r"set country to \1"),
    (
        re.compile(r"give --consent-date DATE \(with --consent-purpose, --consent-recipients\), or --draft"),
        "fill consent_date (with consent_purpose and consent_recipients), or set draft to yes",
    ),
    (re.compile(r"give --consent-date DATE too"), "fill consent_date too"),
)
_OPTION = re.compile(r"--([a-z][a-z-]*)")


def _as_column(found: re.Match[str]) -> str:
    key = found[1].replace("-", "_")
    return key if key in KNOWN_KEYS else found[0]


def row_error_text(error: SvcmatchError) -> str:
    """An error of `Case`, `match` or the package, as a batch row's error: where the fix names
    an option of `match` or `package` (--to, --consent-date, --draft), batch has a column.
    The message is changed only where it starts with the option ('--select shelter=...:'),
    never where it quotes what the row holds."""
    message = error.message
    if message.startswith("--"):
        message = _OPTION.sub(_as_column, message, count=1)
    head, colon, rest = message.partition(": ")
    if colon and "-" in head and head.replace("-", "_") in KNOWN_KEYS:  # 'consent-date: ...'
        message = f"{head.replace('-', '_')}: {rest}"
    hint = error.hint
    if hint:
        for pattern, fix in _ROW_FIXES:
            hint = pattern.sub(fix, hint)
        # a command in backticks is given as it is typed ('`svcmatch locate NAME --country AL`'
        # was '`svcmatch locate NAME country AL`'); the words around it name the row's columns
        parts = hint.split("`")
        hint = "`".join(part if odd else _OPTION.sub(_as_column, part) for odd, part in _alternating(parts))
    return f"{message} ({hint})" if hint else message


def _alternating(parts: list[str]) -> Iterator[tuple[bool, str]]:
    """Each part of a text split at backticks, with whether it lies inside a pair of them."""
    return ((index % 2 == 1 and index < len(parts) - 1, part) for index, part in enumerate(parts))


def _failed(case_id: str, row: int, reason: str, exit_code: int = ExitCode.PROBLEMS) -> Outcome:
    one_line = " ".join(reason.split())
    return Outcome(case_id, {"case_id": case_id, "row": row, "error": one_line}, exit_code=int(exit_code))


def render_case_package(
    document: Mapping[str, Any],
    case_id: str,
    values: Mapping[str, Any],
    settings: BatchSettings,
    directory: Directory | None = None,
) -> str:
    """The referral package for one case, prepared on the run's date; case_ref defaults to case_id.

    Raises InputError (an error row) for bad package cells, and when the case has neither a
    consent date nor draft: a referral goes out only with the person's consent.
    """
    options = {"case_ref": case_id, **values, "format": settings.package_format}
    try:
        return render_package(
            document, PackageOptions.from_mapping(options), today=settings.today, directory=directory
        )
    except InputError as error:
        raise _every_bad_package_cell(error, values, settings) from None


#: The package cells read with the consent date (details of a consent; a draft or not): probed
#: with the row's own.
_CONSENT_CELLS = ("consent_purpose", "consent_recipients", "consent_until", "draft")


def _every_bad_package_cell(
    first: InputError, values: Mapping[str, Any], settings: BatchSettings
) -> InputError:
    """`first`, the error a row's package failed with, and the row's other bad package cells in
    the order of its columns, as `_every_bad_cell` says a row's bad case cells: each cell is
    tried alone in a draft that is good without it (consent details with the row's date)."""
    found: list[str] = []
    for key, value in values.items():
        probe = {"case_ref": "C-1", "draft": "yes", "format": settings.package_format, key: value}
        if key in _CONSENT_CELLS:
            probe["consent_date"] = values.get("consent_date") or settings.today.isoformat()
        try:
            check_options(PackageOptions.from_mapping(probe), settings.today)
        except InputError as error:
            found.append(row_error_text(error))
    said = row_error_text(first)
    if said not in found:
        found.insert(0, said)
    if len(found) == 1:
        return first
    return _RowError("; also ".join(dict.fromkeys(found)))


# --------------------------------------------------------------------------- running


_WORKER: CaseProcessor | None = None


def _start_worker(settings: BatchSettings, directories: Mapping[str, Directory], parent: int) -> None:
    global _WORKER
    # The run is the parent's to end: a Ctrl-C reaches every process of the terminal's group,
    # and the parent ends the pool with SIGTERM. A worker forked with the command's handlers
    # said "svcmatch: stopped by SIGTERM" for each worker beside "interrupted" at a Ctrl-C.
    for name, action in (("SIGINT", signal.SIG_IGN), ("SIGTERM", signal.SIG_DFL), ("SIGHUP", signal.SIG_DFL)):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), action)
    _end_with(parent)
    _WORKER = CaseProcessor(settings, directories)


#: prctl's option by which the kernel signals a process when its parent ends (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


def _end_with(parent: int) -> None:
    """Have the kernel end this worker with SIGTERM (its default action: silent) when the
    process that started it ends. A batch killed with SIGKILL left its workers to finish the
    chunk they held, and each then printed a BrokenPipeError traceback as it wrote its result
    to the dead parent (twenty-third adversarial pass). Linux only: elsewhere a worker ends,
    with that traceback, at its next result."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the kernel was told
        signal.raise_signal(signal.SIGTERM)


def _work(raw: RawCase) -> Outcome:
    assert _WORKER is not None, "worker not started"
    return _WORKER(raw)


def run_batch(
    cases: Iterable[RawCase],
    settings: BatchSettings,
    *,
    jobs: int = 1,
    directories: Mapping[str, Directory] | None = None,
    chunksize: int = 64,
) -> Generator[Outcome, None, None]:
    """Match every case, yielding one Outcome per case in input order (a generator: close it
    to end a run early, and a run in one process undoes its gc.freeze() at once).

    With `jobs` > 1 the cases are spread over that many processes; at most a few chunks are in
    flight at any time, so memory does not grow with the number of cases.
    """
    if jobs < 1:
        raise InputError(f"--jobs {jobs} is not a number of processes", "give 1 or more")
    if jobs == 1:
        return _run_here(cases, CaseProcessor(settings, directories))
    return _run_in_pool(cases, settings, jobs, dict(directories or {}), chunksize)


#: Cases between two gc.freeze() calls of a run in one process.
FREEZE_EVERY = 500


def _run_here(cases: Iterable[RawCase], processor: CaseProcessor) -> Generator[Outcome, None, None]:
    """The cases matched in this process. What the run keeps (directories, the matcher's
    index and caches) lives to its end, so before the first case and every FREEZE_EVERY
    cases it is set aside from the cyclic garbage collector (`gc.freeze`), which would
    otherwise walk all of it again at each full collection (at 100,000 providers, 5-10% of
    the run); `gc.unfreeze` at the end, unless the caller had frozen objects itself. The run
    keeps its searches' answers (`engine.keep_searches`), set only while one case is matched."""
    ours = gc.get_freeze_count() == 0
    kept: SearchMemo = OrderedDict()
    try:
        for count, raw in enumerate(cases):
            if count % FREEZE_EVERY == 0:
                gc.freeze()
            before = keep_searches(kept)
            try:
                outcome = processor(raw)
            finally:
                keep_searches(before)
            yield outcome
    finally:
        if ours:
            gc.unfreeze()


def _run_in_pool(
    cases: Iterable[RawCase],
    settings: BatchSettings,
    jobs: int,
    directories: dict[str, Directory],
    chunksize: int,
) -> Generator[Outcome, None, None]:
    method = "fork" if sys.platform.startswith("linux") else None
    context = multiprocessing.get_context(method)
    if method == "fork":
        for directory in directories.values():
            matcher_for(directory)  # index once here; the forked workers inherit it
    in_flight = threading.Semaphore(chunksize * jobs * 4)
    stopping = threading.Event()

    def bounded() -> Iterator[RawCase]:
        for raw in cases:
            in_flight.acquire()
            if stopping.is_set():
                return
            yield raw

    pool = context.Pool(jobs, initializer=_start_worker, initargs=(settings, directories, os.getpid()))
    finished = False
    try:
        for outcome in pool.imap(_work, bounded(), chunksize=chunksize):
            in_flight.release()
            yield outcome
        finished = True
    finally:
        stopping.set()
        for _ in range(chunksize * jobs * 4 + 1):
            in_flight.release()  # unblock the feeder thread so that the pool can shut down
        if finished:
            # Let idle workers take their stop sentinel and exit: terminating them while one
            # waits on the task queue's lock could leave that lock held and join() hanging.
            pool.close()
        else:
            pool.terminate()
        pool.join()


# --------------------------------------------------------------------------- summary


@dataclass
class Summary:
    """Counts for the line on stderr and the exit code."""

    cases: int = 0
    matched: int = 0
    with_unmet: int = 0
    failed: int = 0
    #: Cases that failed because their country's directory file cannot be used (exit code 3).
    unusable: int = 0

    def add(self, outcome: Outcome) -> None:
        self.cases += 1
        if outcome.ok:
            self.matched += 1
            if outcome.record.get("unmet"):
                self.with_unmet += 1
        else:
            self.failed += 1
            if outcome.exit_code == ExitCode.DATA:
                self.unusable += 1

    @property
    def exit_code(self) -> ExitCode:
        """3 when a directory file cannot be used, 1 when some cases failed, else 0."""
        if self.unusable:
            return ExitCode.DATA
        return ExitCode.PROBLEMS if self.failed else ExitCode.OK

    def text(self) -> str:
        unusable = f" ({self.unusable} because a directory file cannot be used)" if self.unusable else ""
        return (
            f"{self.cases} cases: {self.matched} matched ({self.with_unmet} with unmet needs), "
            f"{self.failed} failed{unusable}"
        )


# --------------------------------------------------------------------------- writing


class RecordWriter(Protocol):
    def write(self, record: Mapping[str, Any]) -> None: ...

    def close(self) -> None: ...


#: json.dumps(record, ensure_ascii=False, default=str), made once: a record holds no cycles, so
#: the encoder need not look for them on every object of every record.
_RECORD_JSON = json.JSONEncoder(ensure_ascii=False, default=str, check_circular=False)
#: orjson writes what the standard encoder would (dates and anything else it does not know
#: as str(value), keys that are not text as text), only without spaces after separators.
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_NON_STR_KEYS


def record_json(record: Mapping[str, Any]) -> str:
    """One record as one line of JSON, with nothing a terminal would act on (json_safe)."""
    try:
        text = orjson.dumps(record, default=str, option=_ORJSON_OPTIONS).decode()
    except TypeError:  # what orjson refuses (an integer beyond 64 bits): the standard encoder
        text = _RECORD_JSON.encode(_plain(record))
    return json_safe(text)


def _plain(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The record with its shown results as plain dicts (`WrittenMatch.plain`), for the
    standard encoder, which would write their JSON texts as texts."""
    needs = record.get("needs")
    if not isinstance(needs, Mapping):
        return record
    plain = {
        need: [m.plain() if isinstance(m, WrittenMatch) else m for m in shown]
        for need, shown in needs.items()
    }
    return {**record, "needs": plain}


class JsonLinesWriter:
    """One JSON object per line."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, record: Mapping[str, Any]) -> None:
        self.stream.write(record_json(record) + "\n")

    def close(self) -> None:
        self.stream.flush()


class JsonArrayWriter:
    """A JSON array written as it goes: "[", one object per line, "]"."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, record: Mapping[str, Any]) -> None:
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(record_json(record))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class CsvWriter:
    """One flat row per case (CSV_COLUMNS), formula cells neutralised, CRLF line ends."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writer = csv.writer(stream, lineterminator="\r\n")
        self.writer.writerow(CSV_COLUMNS)

    def write(self, record: Mapping[str, Any]) -> None:
        row = flat_row(record)
        self.writer.writerow([neutralise_cell(row[c]) for c in CSV_COLUMNS])

    def close(self) -> None:
        self.stream.flush()


def readings_text_of(readings: Any) -> str:
    """The `readings` of a match document as one cell (svcmatch.readings)."""
    return readings_text(Reading(**r) for r in readings if isinstance(r, Mapping))


def flat_row(record: Mapping[str, Any]) -> dict[str, str]:
    """The CSV row of one record: plan as "need=id|...", unmet as "need|...", its reasons as
    "need: why | ..."."""
    destination = record.get("destination") or {}
    plan = record.get("plan") or []
    return {
        "case_id": str(record.get("case_id", "")),
        "row": str(record.get("row", "")),
        "destination": str(destination.get("name", "")),
        "region": str(destination.get("region", "")),
        "plan": "|".join(f"{step.get('need')}={step.get('id')}" for step in plan),
        "unmet": "|".join(str(need) for need in record.get("unmet") or []),
        "warnings": " | ".join(str(w) for w in record.get("warnings") or []),
        "package": str(record.get("package", "")),
        "error": str(record.get("error", "")),
        "readings": readings_text_of(record.get("readings") or []),
        "unmet_reasons": " | ".join(f"{need}: {why}" for need, why in _reasons(record)),
    }


def _reasons(record: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Each unmet need with why, in the order of `unmet` (a need without a reason is left out)."""
    reasons = record.get("unmet_reasons") or {}
    if not isinstance(reasons, Mapping):
        return []
    return [(str(need), str(reasons[need])) for need in record.get("unmet") or [] if reasons.get(need)]


WRITERS: dict[str, Callable[[IO[str]], RecordWriter]] = {
    "jsonl": JsonLinesWriter,
    "json": JsonArrayWriter,
    "csv": CsvWriter,
}


def record_writer(fmt: str, stream: IO[str]) -> RecordWriter:
    if fmt not in WRITERS:
        raise InputError(f"unknown output format {fmt!r}", f"use one of {', '.join(OUTPUT_FORMATS)}")
    return WRITERS[fmt](stream)


# --------------------------------------------------------------------------- package files

#: Names Windows reserves for devices, with or without an extension.
_RESERVED = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        "CONIN$",
        "CONOUT$",
        *(f"COM{i}" for i in "123456789¹²³"),
        *(f"LPT{i}" for i in "123456789¹²³"),
    }
)
_UNSAFE = re.compile(r"[^\w.\-]+")
MAX_NAME_BYTES = 100


def safe_filename(case_id: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name stem from a case_id that is safe on Linux, macOS and Windows.

    Keeps letters, digits, '.', '-' and '_'; anything else (separators, '..', NUL, control
    characters, spaces) becomes '_'; no leading dot or dash; no device names (CON, NUL, COM1 ...);
    at most `max_bytes` bytes of UTF-8.
    """
    text = unicodedata.normalize("NFC", case_id)
    text = _UNSAFE.sub("_", text).lstrip("._ -").rstrip("._ ")  # "-rf" would read as an option
    text = re.sub(r"\.{2,}", ".", text)
    while len(text.encode("utf-8")) > max_bytes:
        text = text[:-1]
    text = text.rstrip("._ ")
    if not text:
        text = "case"
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    return text


@dataclass
class PackageFolder:
    """Where --packages writes: one file per case, names made safe and never reused in a run."""

    path: Path
    extension: str
    used: set[str] = field(default_factory=set)
    #: The case references written in this run, and the row of each.
    refs: dict[str, int] = field(default_factory=dict)
    #: Replace a package file that exists already (from an earlier run); without it, refuse.
    force: bool = False

    def __post_init__(self) -> None:
        try:
            self.path.mkdir(PRIVATE_FOLDER, parents=True, exist_ok=True)  # its names are case references
        except OSError as error:
            raise InputError(
                f"cannot create the packages folder {str(self.path)!r}: {error.strerror}",
                "choose another --packages folder",
            ) from None
        self.root = self.path.resolve()

    def name_for(self, case_ref: str) -> str:
        stem = safe_filename(case_ref)
        name, number = f"{stem}.{self.extension}", 1
        while name.casefold() in self.used:  # case-insensitive: macOS and Windows file systems
            number += 1
            name = f"{stem}-{number}.{self.extension}"
        self.used.add(name.casefold())
        return name

    def write(self, case_ref: str, text: str) -> str:
        """Write one package atomically and return its file name (relative to the folder)."""
        name = self.name_for(case_ref)
        target = self.root / name
        if target.parent != self.root:  # cannot happen with safe_filename; never write elsewhere
            raise InputError(f"package name {name!r} leaves the folder", "report this case_id")
        if target.exists() and not self.force:
            raise InputError(
                f"--packages: {str(target)!r} exists already",
                "give --force to replace earlier packages, or choose an empty --packages folder",
            )
        if target.exists() and (is_directory_file(target) or not target.is_file()):
            raise InputError(  # --force replaces earlier packages only: saying "give --force" misled
                f"--packages: {str(target)!r} is no earlier package "
                "(a directory file, a folder, or a link to one)",
                "svcmatch never replaces it, even with --force: "
                "move it away, or choose an empty --packages folder",
            )
        if target.is_file() and not target.stat().st_mode & 0o222:  # as every -o (cli.common)
            raise InputError(
                f"--packages: {str(target)!r} is read-only: svcmatch will not replace it",
                f"make it writable first (chmod u+w {str(target)!r}), or choose an empty --packages folder",
            )
        write_text_atomic(target, text, private_mode(target))  # a person's package: 0o600 when new
        return name


def with_package(outcome: Outcome, folder: PackageFolder | None) -> dict[str, Any]:
    """The record to write: with --packages, the package file name is added to a matched case."""
    return packaged(outcome, folder).record


def packaged(outcome: Outcome, folder: PackageFolder | None) -> Outcome:
    """The outcome as written: with --packages, a matched case's package is written and named in
    its record; a case whose reference has a package in this run already fails instead (two
    packages under one reference share their referral ids: an answer to one is the other's)."""
    if folder is None or not outcome.ok or outcome.package_text is None:
        return outcome
    row = int(outcome.record.get("row") or 0)
    ref = outcome.case_ref or outcome.case_id
    first = folder.refs.get(ref)
    if first is not None:
        return _failed(
            outcome.case_id,
            row,
            f"case reference {ref!r} has a package in this run already (row {first}): two packages under "
            "one reference would share their referral ids (give each case its own case_id, or fill its "
            "case_ref column)",
        )
    # named after the reference that travels with it, checked for a person's name, never after
    # a case_id the reference stands in for ("Elira Hoxha" wrote Elira_Hoxha.md: batch screen,
    # session twenty-nine)
    record = {**outcome.record, "package": folder.write(ref, outcome.package_text)}
    folder.refs[ref] = row
    return replace(outcome, record=record)
