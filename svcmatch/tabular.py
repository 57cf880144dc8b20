"""The spreadsheet template: read and write providers as CSV, XLSX and JSON rows."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gc
import io
import itertools
import json
import operator
import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Protocol

from .checks import checker_for, id_findings, id_from_town
from .dates import (
    BUDDHIST_ERA_FROM,
    CALENDARS,
    DAY_MONTH_DATE,
    ORDER_NAMES,
    SOLAR_HIJRI_YEARS,
    THAI_YEARS_AHEAD,
    date_orders_of,
    ethiopian_to_gregorian,
    full_year,
    gregorian_to_ethiopian,
    is_real_day,
    orders_shown,
    other_calendar_month_date,
    solar_hijri_month_days,
    solar_hijri_to_gregorian,
)
from .errors import InputError, SvcmatchError
from .geo import read_region
from .languages import language_codes
from .locating import as_latin_lookalikes
from .model import (
    BOOL_FIELDS,
    DATE_FIELDS,
    FIELD_NAMES,
    FLOAT_FIELDS,
    HSDS_KEY,
    INT_FIELDS,
    LOCATABLE_LINKS,
    LOCATABLE_TEXTS,
    TEMPLATE_COLUMNS,
    TEXT_FIELDS,
    Directory,
    Provider,
    any_folded,
    bool_translation,
    both_days_hint,
    build_provider,
    coerce_field,
    day_and_month,
    normalise,
    number_text,
    other_date_form,
    parse_date,
    parse_int,
    parse_list,
    public_extra,
    quoted,
    refuse_other_digits,
    swappable_dotted_date,
    template_row,
    unpack_json,
    withhold_in_texts,
)
from .phones import example_phone, international, read_phone, read_phones, same_numbers, without_text_marks
from .privacy import (
    LOCATING_DETAILS,
    LOCATING_FIELDS,
    SheltersPlaces,
    kept_places_again,
    locating_extra,
    public_coverage,
    public_directory,
    public_record,
    public_region,
    shown_extra,
    withhold_values,
)
from .readings import (
    DEGREES,
    DOTS,
    Reading,
    city_readings,
    exploitation_readings,
    language_readings,
    need_readings_of,
    person_words_read,
    region_reading,
    status_reading,
)
from .render import neutralise_cell, to_json
from .tables import (
    EXTRAS_INSTALL,
    FORMATS,
    MAX_ROWS,
    HeaderRule,
    Table,
    TableInfo,
    column_key,
    read_source,
    read_table,
)
from .tables import (
    MAX_XLSX_SHARED_STRINGS as MAX_XLSX_SHARED_STRINGS,  # re-exported: its old home
)
from .taxonomy import fold, is_need_code, read_need

#: Fields the model has beyond the template, written after it so that export then import is lossless.
EXTRA_COLUMNS: tuple[str, ...] = (
    "coordinates_approximate",
    "outreach",
    "documents_required",
    "how_to_refer",
    "extra",
)
#: What export hides for a confidential shelter; a blank cell on such a record keeps the stored value.
HIDDEN_FIELDS: tuple[str, ...] = (*LOCATING_FIELDS, *LOCATING_DETAILS)
#: Every column of the model, in the order export writes them.
COLUMNS: tuple[str, ...] = TEMPLATE_COLUMNS + EXTRA_COLUMNS
#: The record's revision when it was exported: import refuses to undo a newer edit with it.
REVISION = "revision"
#: Every column export writes and import reads: the model's, then the revision.
EXPORT_COLUMNS: tuple[str, ...] = (*COLUMNS, REVISION)
#: What a change report never shows of a confidential shelter: what could locate it.
WITHHELD_FIELDS: tuple[str, ...] = (*HIDDEN_FIELDS, "city", "extra")
READ_FORMATS: tuple[str, ...] = FORMATS
WRITE_FORMATS: tuple[str, ...] = ("csv", "json", "xlsx")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The ids storage accepts (a plain word); checked here so that a bad id is reported with its row.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
#: Columns whose cells are mostly each row's own (coordinates), or read into a mutable value
#: (extra): `_Rows` reads them each time instead of keeping each distinct cell's value.
_UNIQUE_COLUMNS = frozenset({"latitude", "longitude", "extra"})
_UNREAD = object()


@dataclass(frozen=True)
class RowProblem:
    """One problem with one cell or row of an input file.

    `row` is the spreadsheet row number (the header is row 1; for JSON the record's position,
    from 1) or None when the problem is not tied to a row; `record` is the id of the record
    concerned, when there is one. An "error" refuses the row; a "note" is reported only.
    """

    row: int | None
    record: str | None
    field: str | None
    value: str | None
    message: str
    severity: str = "error"

    def describe(self) -> str:
        """One line: "row 4 (al-tir-1a2b), latitude: '91,5' is not a number (...)"."""
        location = f"row {self.row}" if self.row is not None else ""
        if self.record:
            location = f"{location} ({self.record})" if location else f"record {self.record}"
        message = self.message
        subject = self.field or ""
        if subject and message.startswith(f"{subject}: "):
            message = message[len(subject) + 2 :]
        if self.value is not None and repr(self.value) not in message:
            subject = f"{subject} {self.value!r}".strip()
        if subject and not message.startswith(subject):
            message = f"{subject}: {message}"
        return f"{location}, {message}" if location else message


@dataclass
class ReadResult:
    """What reading an input file gave: the providers, the problems found, and notes."""

    providers: list[Provider] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: How the table was read (None for HSDS).
    info: TableInfo | None = None
    #: The row before which reading stopped after MOST_ERRORS errors (nothing would be written).
    stopped_at: int | None = None
    #: The locating fields (address, city, coordinates) that each row gives of a stored
    #: confidential shelter, by id: each counts as changed whatever its value, so that no
    #: output (--dry-run's list, the counts, a revision, the history) tells a right guess of
    #: where the shelter is from a wrong one.
    located: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "error"]


# --- reading -------------------------------------------------------------------------------

#: Errors after which an import that writes nothing when a row is wrong stops reading: a file
#: of millions of empty records must not cost minutes and gigabytes to refuse.
MOST_ERRORS = 1_000

#: How the reader finds the header row: the template's column names.
HEADER = HeaderRule(frozenset(EXPORT_COLUMNS), column_key, "providers", lambda cell: _names_a_column(cell))


def read_file(
    path: Path, country: str, *, fmt: str | None = None, existing: Directory | None = None
) -> ReadResult:
    """Read providers from a table file in the template's columns (see `read_bytes`)."""
    data = read_source(path, "import file")
    return read_bytes(data, country, fmt=fmt, existing=existing, name=path.name)


def read_bytes(
    data: bytes,
    country: str,
    *,
    fmt: str | None = None,
    existing: Directory | None = None,
    name: str = "input",
    encoding: str | None = None,
    sheet: str | None = None,
    overwrite: bool = False,
    date_order: str | None = None,
    calendar: str = "gregorian",
    allow_duplicates: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
    skip_invalid: bool = True,
    earlier: Earlier | None = None,
    removed: Removed | None = None,
    skip_totals: bool = False,
) -> ReadResult:
    """Read providers from the bytes of a CSV, XLSX, ODS, XLS, JSON or JSON lines table.

    Rows whose id is in `existing` update that record: columns the file lacks keep their
    values, and a blank address or coordinate on a confidential record keeps the stored one.
    Raises InputError when the file cannot be read at all; bad rows become problems.
    A row that carries a `revision` older than the stored record's, and would change it, is
    refused field by field unless `overwrite` (a newer edit is not undone by an old file);
    `earlier` (`earlier_values` of the store's history) tells the fields changed since from the
    file's own edits in that refusal. `removed` (`removed_records` of the history) names the
    ids removed from the directory: a row of an export (it gives a revision) that would add one
    again is refused unless `overwrite`; another is added with a note.
    `date_order` ("dmy" or "mdy") reads dates such as 3/1/2026, refused as ambiguous without
    it. `calendar` ("gregorian", "ethiopian" or "thai": `dates.CALENDARS`) is the one the
    sheet's dates are written in, each converted and said (`_Rows._in_calendar`); a Gregorian
    sheet of Ethiopia whose dates all look Ethiopian gets a warning naming the option
    (`_warn_ethiopian_dates`). A row without an id that matches a stored record (same name and town, phone or
    e-mail) is refused as a likely duplicate unless `allow_duplicates`. A row that looks like
    a totals row (`Total` over counts) is refused naming it, or left out with a note when
    `skip_totals`.
    `result.info` says how the table was read (encoding, sheet, header row). `progress`, when
    given, is told how many rows were read so far (the total is not known in advance).
    `today`: the day against which every row is checked (a date in the future is refused),
    read once for the whole file when not given: rows read after midnight are judged by the
    same day as the first ones.
    A table of more than MAX_ROWS rows or records is refused. Without `skip_invalid` (bad rows
    refuse the whole file), reading stops after MOST_ERRORS errors (`result.stopped_at`).
    """
    if calendar not in CALENDARS:
        choices = ", ".join(CALENDARS)
        raise InputError(f"calendar {calendar!r} is not one svcmatch reads", f"give one of {choices}")
    table = read_table(data, name, fmt=fmt, encoding=encoding, sheet=sheet, header=HEADER)
    reader = _Rows(
        country,
        existing,
        overwrite=overwrite,
        date_order=date_order,
        allow_duplicates=allow_duplicates,
        today=today,
    )
    reader.calendar = calendar
    reader.earlier = earlier
    reader.removed = removed
    reader.skip_totals = skip_totals
    reader.progress = progress
    reader.most_errors = None if skip_invalid else MOST_ERRORS
    reader.result.info = table.info
    result = reader.read_grid(table) if table.is_grid else reader.read_records(table)
    _note_absent(reader)
    _warn_ethiopian_dates(reader, today or dt.date.today())
    return result


def _warn_ethiopian_dates(reader: _Rows, today: dt.date) -> None:
    """A warning when an Ethiopian office's sheet, read as Gregorian, gives dates that all fall
    in the last three years of the Ethiopian calendar up to this one (7 to 10 years ago by the
    Gregorian): '15/03/2019' is 2026-11-24 to an Ethiopian office, and nothing in one date
    tells the calendar. The import goes on (each date is a real Gregorian day, as written).
    With --calendar ethiopian, one for the Gregorian days it kept (date cells, YYYY-MM-DD) that
    fall in those years."""
    this_year = gregorian_to_ethiopian(today)[0]
    looks_ethiopian = [day for day in reader.kept_gregorian if this_year - 2 <= day.year <= this_year]
    if reader.calendar == "ethiopian" and looks_ethiopian:
        reader._problem(
            None,
            None,
            None,
            None,
            f"{len(looks_ethiopian)} date(s) of the file ({min(looks_ethiopian).isoformat()}, ...) are read "
            "as Gregorian days, as a workbook's date cells and dates written YYYY-MM-DD are, yet fall "
            f"in {this_year - 2}-{this_year}, the years the Ethiopian calendar counts now",
            hint="if they are Ethiopian days that Excel made dates, write them as text, day/month/year "
            "(format the column as Text), and import again",
            severity="warning",
        )
    if reader.country != "ET" or reader.calendar != "gregorian" or not reader.dates_read:
        return
    if not all(this_year - 2 <= day.year <= this_year for day in reader.dates_read):
        return
    example = max(reader.dates_read)
    converted = ethiopian_to_gregorian(example.year, example.month, example.day, "")
    reader._problem(
        None,
        None,
        None,
        None,
        f"read as Gregorian, every date of the file is {today.year - example.year} or more years "
        f"old and none is after {this_year}, the year the Ethiopian calendar counts now: if they are "
        f"Ethiopian dates, {example.isoformat()} (day {example.day} of month {example.month}) is "
        f"{converted.isoformat()}",
        hint="import again with --calendar ethiopian to convert them",
        severity="warning",
    )


def _note_absent(reader: _Rows) -> None:
    """Say which stored records an export imported again leaves out (its rows give revisions):
    an office that deleted a row from its export expected the record gone, and an import never
    removes one. A sheet of a few rows to update (id,notes) says nothing of the others."""
    if not reader.exported or not reader.seen_ids or reader.result.stopped_at is not None:
        return
    absent = [record_id for record_id in reader.existing if record_id not in reader.seen_ids]
    if not absent:
        return
    shown = ", ".join(absent[:10]) + (f", ... ({len(absent) - 10} more)" if len(absent) > 10 else "")
    many = len(absent) > 1
    reader.result.notes.append(
        f"{len(absent)} stored record{'s are' if many else ' is'} not in the file ({shown}): an import "
        f"never removes a record; {'they stay as they are' if many else 'it stays as it is'} "
        f"(remove one with `svcmatch directory remove {reader.country} ID`)"
    )


#: Told how many records a long read has done, and how many there are when that is known:
#: the CLI draws a progress bar with it (a library caller may log it or leave it out).
Progress = Callable[[int, "int | None"], None]


def _need_codes(words: tuple[str, ...]) -> tuple[str, ...]:
    """Categories in people's words ('doctor', 'avocat', 'livelihood') as codes, as `directory
    add` takes them. A close spelling ('doctr') is refused with the word it is close to: nothing
    read by guesswork is stored. A word close to nothing stays as it is, for the checks."""
    codes: list[str] = []
    for word in words:
        try:
            found = (word,) if is_need_code(word) else read_need(word).codes
        except InputError:
            found = (word,)
        else:
            if not is_need_code(word):
                found = read_need(word, tolerant=False).codes  # raises for a close spelling
        codes.extend(code for code in found if code not in codes)
    return tuple(codes)


#: Why a phone's leading ' is left out (`phones.without_text_marks`), said once an import.
_TEXT_MARK_SAID = (
    "of the file so: a ' before a number is a spreadsheet's mark for text, not part of the number"
)


def _unneutralised(text: str) -> str:
    return text if text[:1] != "'" else unneutralise_cell(text)  # the test first: most cells


def unneutralise_cell(text: str) -> str:
    """Undo export's formula neutralising: "'=SUM(A1)" -> "=SUM(A1)", "''x" -> "'x"."""
    if text.startswith("'") and text[1:].startswith(("'", *_FORMULA_STARTS)):
        return text[1:]
    return text


#: (provider id, the file's revision, the stored revision) -> the value each field changed
#: after the file's revision had at it (as stored), or None when the history does not tell.
Earlier = Callable[[str, int, int], "Mapping[str, Any] | None"]


def earlier_values(changes: Callable[[], Iterable[Any]]) -> Earlier:
    """`Earlier` from a directory's history (`DirectoryStore.history`, read once, at the first
    row that needs it): the record's changes after the file's revision, each with its revision,
    must be all of them (one per revision up to the stored one), else it does not tell."""
    by_id: dict[str, list[Any]] | None = None

    def values(provider_id: str, revision: int, stored: int) -> Mapping[str, Any] | None:
        nonlocal by_id
        if by_id is None:
            by_id = {}
            try:
                for change in changes():
                    if change.provider_id is not None:
                        by_id.setdefault(change.provider_id, []).append(change)
            except SvcmatchError:  # a history file that cannot be read tells nothing: said as before
                by_id = {}
        later = sorted(
            (c for c in by_id.get(provider_id, ()) if c.revision is not None and c.revision > revision),
            key=operator.attrgetter("revision"),
        )
        if [c.revision for c in later] != list(range(revision + 1, stored + 1)):
            return None
        found: dict[str, Any] = {}
        for change in later:
            for name in (*change.old, *change.new):
                found.setdefault(name, change.old.get(name))
        return found

    return values


#: The last change of a provider id when it was its removal (who, when), else None.
Removed = Callable[[str], "Any | None"]


def removed_records(changes: Callable[[], Iterable[Any]]) -> Removed:
    """`Removed` from a directory's history (`DirectoryStore.history`, read once, at the first
    row whose id is not stored): an id whose last recorded change is its removal."""
    last: dict[str, Any] | None = None

    def removal(provider_id: str) -> Any | None:
        nonlocal last
        if last is None:
            last = {}
            try:
                for change in changes():  # oldest first
                    if change.provider_id is not None:
                        last[change.provider_id] = change
            except SvcmatchError:  # a history file that cannot be read tells nothing
                last = {}
        change = last.get(provider_id)
        return change if change is not None and change.operation == "remove" else None

    return removal


class _Rows:
    """Turns header + rows (or JSON records) into providers and row problems."""

    def __init__(
        self,
        country: str,
        existing: Directory | None,
        *,
        overwrite: bool = False,
        date_order: str | None = None,
        allow_duplicates: bool = False,
        today: dt.date | None = None,
    ) -> None:
        self.country = country
        #: The write paths' checks of every row, with the day read once for the whole file.
        self.checker = checker_for(country, today or dt.date.today())
        self.date_order = date_order
        #: The calendar of the file's dates (--calendar), and the Gregorian days read so far.
        self.calendar = "gregorian"
        self.dates_read: set[dt.date] = set()
        #: The Gregorian days a sheet of another calendar gave as such (date cells, YYYY-MM-DD).
        self.kept_gregorian: set[dt.date] = set()
        self.allow_duplicates = allow_duplicates
        self._duplicates: Duplicates | None = None
        self.existing = {p.id: p for p in existing.providers} if existing is not None else {}
        #: The stored ids by their case-folded form, made at the first new id (`_twin_in_case`).
        self._folded: dict[str, str] | None = None
        self.revisions = dict(existing.revisions) if existing is not None else {}
        self.overwrite = overwrite
        #: What the history says of the fields changed after a file's revision (`Earlier`).
        self.earlier: Earlier | None = None
        self.removed: Removed | None = None
        #: Leave out a row that looks like a totals row, with a note (--skip-totals), where it
        #: is refused by default.
        self.skip_totals = False
        #: Whether a row gave a revision: the file is an export, whose deleted rows `_note_absent` says.
        self.exported = False
        self.result = ReadResult()
        self.seen_ids: dict[str, int] = {}
        self._regions: dict[str, tuple[str | InputError, Reading | None]] = {}
        self._cells: dict[tuple[str, str], Any] = {}
        #: What the cells read so far say and no row has said yet (see `_cell`).
        self._unsaid: dict[tuple[str, str], list[Reading]] = {}
        self._city_notes: dict[tuple[str, str], tuple[Reading, ...]] = {}
        self._noted: set[str] = set()
        #: The date columns whose reading of a date with dots (day first) was said.
        self._dots_said: set[str] = set()
        #: Whether the text mark left out of a phone ("'0692345678") was said.
        self._text_mark_said = False
        self._columns: list[str | None] | None = None
        self._unnamed: list[int] = []
        self._names: list[str] = []
        self._pick: Callable[[list[str]], tuple[str, ...]] = tuple
        self.progress: Progress | None = None
        #: Stop reading after this many errors (None: read every row).
        self.most_errors: int | None = None
        self._error_count = 0
        #: A date column's order as its unambiguous dates show it (`_date_orders`), or the
        #: two rows that show both orders.
        self._column_orders: dict[str, str | _MixedOrders] = {}

    def read_grid(self, table: Table) -> ReadResult:
        """The rows in three passes: every row as read (a row that cannot be read, or holds a
        NUL, refuses the file, as it did when met); each column's distinct cells read once
        (`_read_columns`); then the rows in order, with the same problems and notes in the same
        order as one row at a time. A new row whose cells all read is made from the columns'
        values; any other (an id, a cell that did not read) goes through `_add`."""
        header_row = table.info.header_row or 1
        columns = self._header(list(table.header or ()), header_row, table.info.name)
        if self.result.errors:
            return self.result
        rows = self._grid_rows(table, columns)
        named = [cells for _number, cells in rows if not isinstance(cells, _Stray)]
        self._date_orders(rows, named)
        new_rows = _NewRows(self._names, named, self) if named else None
        at = 0
        for number, cells in rows:
            if self._enough_errors(number):
                break
            if isinstance(cells, _Stray):
                self._problem(
                    number,
                    None,
                    None,
                    cells.cell,
                    "a cell lies outside the named columns",
                    hint=f"give the column a name in row {header_row}",
                )
                continue
            assert new_rows is not None
            totals = self._totals_row(cells)
            if totals:
                at += 1
                looks = f"{cells[self._names.index('name')]!r} with {totals} looks like a totals row"
                if self.skip_totals:
                    self.result.notes.append(f"row {number}: {looks}, left out (--skip-totals)")
                else:
                    self._problem(
                        number,
                        None,
                        "name",
                        None,
                        f"{looks}, not a provider",
                        hint="delete the row from the sheet, or import with --skip-totals to leave it out",
                    )
                continue
            changes = new_rows.changes(at, cells)
            at += 1
            if changes is None:
                self._add(number, dict(zip(self._names, cells, strict=True)))
            else:
                self._add_new(number, changes, new_rows.phone(at - 1))
        return self.result

    def _totals_row(self, cells: tuple[str, ...]) -> str:
        """What a row gives besides its name, when that is only counts (`Total;;;;12`), or
        nothing but a word for total (`Gjithsej;;;;`, its sum lost): a sheet kept for years
        sums its places at the bottom. Such a row got an error for each missing field (`set
        categories=...`), whose fix would make the word Total a provider. "" for other rows."""
        if "name" not in self._names or not set(self._names) - {"id", "name", None, *_COUNT_COLUMNS}:
            return ""  # a sheet of names and counts alone (to update by id) is no provider list
        given = {n: c for n, c in zip(self._names, cells, strict=True) if n and c.strip()}
        others = [n for n in self._names if n in given and n != "name"]
        if (  # 'Gjithsej' over the count of providers, in the categories column: a sum too
            given.get("name")
            and fold(given["name"]).strip(" :.") in _TOTAL_WORDS
            and set(others) - set(_COUNT_COLUMNS)
            and all(re.fullmatch(r"[\d\s.,]+", given[n]) for n in others)
        ):
            return "nothing but numbers (" + ", ".join(others) + ")"
        if set(given) - {"name", *_COUNT_COLUMNS} or not given.get("name"):
            return ""
        if len(given) == 1:
            return "nothing else" if fold(given["name"]).strip(" :.") in _TOTAL_WORDS else ""
        return "nothing but " + ", ".join(n for n in self._names if n in given and n != "name")

    def _grid_rows(
        self, table: Table, columns: list[str | None]
    ) -> list[tuple[int, tuple[str, ...] | _Stray]]:
        """Each row's number and its named columns' cells (or the cell it holds outside them),
        leaving out empty rows."""
        rows: list[tuple[int, tuple[str, ...] | _Stray]] = []
        for done, row in enumerate(table, start=1):
            if self.progress is not None:
                self.progress(done, None)
            if row.error:  # the rows after it cannot be trusted either
                raise InputError(
                    f"{table.info.name}: row {row.number}: {row.error}",
                    row.hint or "check the quoting in that row",
                )
            joined = "".join(row.cells)
            if not joined.strip():
                continue  # spreadsheets leave empty rows behind
            if len(rows) >= MAX_ROWS:
                _refuse_too_many_rows(table.info.name)
            if "\x00" in joined:
                raise InputError(
                    f"{table.info.name}: row {row.number} contains NUL bytes, not a text file",
                    "give a CSV, .xlsx or JSON file",
                )
            rows.append((row.number, self._row_cells(columns, list(row.cells))))
        return rows

    def _date_orders(
        self, rows: list[tuple[int, tuple[str, ...] | _Stray]], named: list[tuple[str, ...]]
    ) -> None:
        """Without --date-order, each date column whose day/month dates include ambiguous ones
        (03/04/2025) takes the order its unambiguous ones show (25/04/2025: day first), said in
        a note; a column that shows both orders is refused (`_MixedOrders`). Dates with dots
        keep their day-first reading and show nothing. `named`: the cells of the rows that
        are not `_Stray`."""
        if self.date_order is not None or not DATE_FIELDS.intersection(self._names):
            return
        numbers = [number for number, cells in rows if not isinstance(cells, _Stray)]
        for column in sorted(DATE_FIELDS.intersection(self._names)):
            cells = list(map(operator.itemgetter(self._names.index(column)), named))
            shown, ambiguous = orders_shown(zip(numbers, cells, strict=True), calendar_days(self.calendar))
            if "dmy" in shown and "mdy" in shown:
                self._column_orders[column] = _MixedOrders(column, shown["dmy"], shown["mdy"])
            elif shown and ambiguous is not None:
                ((order, (row, cell)),) = shown.items()
                self._column_orders[column] = order
                gregorian = self.calendar in ("gregorian", "thai")  # (the Thai one's days are its own)
                read = read_date(ambiguous[1], order) if gregorian else ambiguous[1]
                self.result.notes.append(
                    f"read the dates of column {column} as {ORDER_NAMES[order]}, as row {row} ({cell}) "
                    f"shows: {ambiguous[1]} (row {ambiguous[0]}) is {_shown_day(read, order)} "
                    "(give --date-order to read them otherwise)"
                )

    def read_records(self, table: Table) -> ReadResult:
        for done, row in enumerate(table, start=1):
            if self.progress is not None:
                self.progress(done, None)
            if done > MAX_ROWS:
                _refuse_too_many_rows(table.info.name)
            number, record = row.number, row.record
            if self._enough_errors(number):
                break
            if row.error:
                self._problem(number, None, None, None, row.error)
                continue
            if not isinstance(record, Mapping):
                self._problem(number, None, None, None, "is not a JSON object with provider fields")
                continue
            hsds = sorted(str(k) for k in record if k in _HSDS_RECORD_KEYS)
            if hsds:
                raise InputError(
                    f"{table.info.name} holds HSDS records ({', '.join(hsds)}), not the template's records",
                    "give --format hsds; docs/hsds.md",
                )
            unknown = [k for k in record if k not in FIELD_NAMES and k != REVISION]
            for key in unknown:
                self._problem(
                    number, _text(record.get("id")) or None, str(key), None, _unknown_column_message(str(key))
                )
            if not unknown:
                self._add(number, dict(record))
        return self.result

    def _header(self, cells: list[str], row: int, name: str = "the file") -> list[str | None]:
        keys = [column_key(cell) for cell in cells]
        links = [key for key in keys if key in _HSDS_LINK_COLUMNS]
        if links:
            raise InputError(
                f"{name} is a table of an HSDS package (its column {links[0]}), not the template's sheet",
                "import the package's folder, or its zip, with --format hsds; docs/hsds.md",
            )
        columns: list[str | None] = []
        for cell in cells:
            name = column_key(cell)
            if not name:
                columns.append(None)
            elif name not in EXPORT_COLUMNS:
                self._problem(row, None, cell, cell, _unknown_column_message(cell))
                columns.append(None)
            elif name in columns:
                self._problem(row, None, name, cell, f"column {name} appears twice", hint="keep one of them")
                columns.append(None)
            else:
                columns.append(name)
        if "id" not in columns and "name" not in columns and not self.result.errors:
            self._problem(
                row,
                None,
                None,
                None,
                "the header names neither an id nor a name column",
                hint="the header row must hold the template's column names, e.g. id,name,categories",
            )
        return columns

    def _row_cells(self, columns: list[str | None], cells: list[str]) -> tuple[str, ...] | _Stray:
        """The named columns' cells of a row (export's formula neutralising undone), or the
        first cell it holds outside them."""
        unnamed = self._layout(columns)
        stray = [cells[i] for i in unnamed if i < len(cells) and cells[i].strip()]
        stray += [cell for cell in cells[len(columns) :] if cell.strip()]
        if stray:
            return _Stray(stray[0])
        if len(cells) < len(columns):
            cells = cells + [""] * (len(columns) - len(cells))
        picked = self._pick(cells)  # the named columns' cells, in one call
        if "\x00'" in "\x00" + "\x00".join(picked):  # a cell export neutralised (rows hold no NUL)
            picked = tuple(map(_unneutralised, picked))
        return picked

    def _layout(self, columns: list[str | None]) -> list[int]:
        """The indexes of the unnamed columns; and the named ones' names (`_names`) and a getter
        of their cells (`_pick`): worked out once per header rather than once per row."""
        if self._columns is not columns:
            self._columns = columns
            self._unnamed = [index for index, column in enumerate(columns) if column is None]
            self._names = [column for column in columns if column is not None]
            named = [index for index, column in enumerate(columns) if column is not None]
            getter = operator.itemgetter(*named)
            self._pick = getter if len(self._names) > 1 else lambda cells: (getter(cells),)
        return self._unnamed

    def _add(self, number: int, values: dict[str, Any]) -> None:
        """A row (or JSON record) one cell at a time: any row with an id, and a new row whose
        cells did not all read."""
        if not _blank(values.get(REVISION)):
            # a row of an export, whether it reads or not, as `_NewRows` says of the column: a
            # row refused for its id made the file no export (its deleted rows unsaid) only
            # when read one row at a time
            self.exported = True
        raw_id = values.pop("id", "")
        if isinstance(raw_id, (bool, list, dict)):  # a JSON record's id true was added as 'True'
            self._problem(
                number,
                None,
                "id",
                None,
                f"{quoted(raw_id)} is not a text",
                hint="write the id as a text, or leave it blank for a new id",
            )
            return
        record_id = _text(raw_id)
        revision_cell = values.pop(REVISION, None)
        if record_id in self.seen_ids:
            self._problem(
                number,
                record_id,
                "id",
                record_id,
                f"id {record_id} is already used on row {self.seen_ids[record_id]}",
                hint="give each row its own id, or leave it blank for a new record",
            )
            return
        if record_id and not ID_PATTERN.fullmatch(record_id):
            self._problem(
                number,
                None,
                "id",
                record_id,
                "is not a plain word",
                hint="use letters, digits and . _ : - (up to 100), or leave it blank for a new id",
            )
            return
        if record_id:
            self.seen_ids[record_id] = number
        base = self.existing.get(record_id) if record_id else None
        if record_id and base is None and (twin := self._twin_in_case(record_id)) is not None:
            self._problem(
                number,
                record_id,
                "id",
                record_id,
                f"id {record_id} differs from the stored {twin} only in case: the row would add a "
                "second record of it",
                hint=f"write {twin} to update that record, or give the new one another id",
            )
            return
        if record_id and base is None and not self._may_come_back(number, record_id, revision_cell):
            return
        changes: dict[str, Any] = {}
        failed: list[str] = []
        bad_phone = False
        readable, revision = self._revision(number, record_id, revision_cell)
        if not readable:
            return
        given: list[str] = []  # the locating fields it gives of a stored confidential shelter
        for column, raw in values.items():
            if base is not None and base.confidential_address and column in HIDDEN_FIELDS:
                if _blank(raw):
                    continue  # export hid it: a blank cell keeps the stored value
                given.append(column)
            if base is not None and _blank(raw) and column in KEPT_WHEN_BLANK:
                continue  # a blank flag is not "no", nor a blank status "active": kept as stored
            if column == "phone" and not _blank(raw):
                phone = self._phone(number, record_id, base, raw)
                bad_phone = phone is None  # the other checks still run, so every problem is listed
                changes[column] = base.phone if phone is None and base is not None else phone or ""
                continue
            # The cell as the field's type, or the InputError that refuses it (inline: this
            # runs for every cell of such a row).
            if type(raw) is not str or column in _UNIQUE_COLUMNS:  # a JSON value: read each time
                value = self._said(*self._read_cell(column, raw))
            elif column in TEXT_FIELDS:
                value = raw.strip()  # coerce_field's reading of a text cell, without the call
            else:
                value = self._cell(column, raw)
            if isinstance(value, InputError):
                failed.append(column)
                self._problem(number, record_id or None, column, _shown(raw), _without_prefix(value, column))
            else:
                changes[column] = value
                if column == "extra" and _gives_withheld_extra(base, value):
                    given.append(column)  # changed whatever its value, as its town is
        self._finish(number, record_id, base, changes, failed, bad_phone, revision, tuple(given))

    def _may_come_back(self, number: int, record_id: str, revision_cell: Any) -> bool:
        """False (and a problem) when a row of an export gives the id of a record removed since
        (last month's sheet, imported again, brought a closed provider back without a word);
        a row that gives no revision (typed by hand) adds it again, with a note."""
        gone = self.removed(record_id) if self.removed is not None else None
        if gone is None:
            return True
        when = f"on {gone.time:%Y-%m-%d} by {gone.author}"
        if _blank(revision_cell) or self.overwrite:
            self._problem(
                number,
                record_id,
                "id",
                None,
                f"{record_id} was removed from the directory {when}; the row adds it again",
                severity="note",
            )
            return True
        self._problem(
            number,
            record_id,
            "id",
            None,
            f"{record_id} was removed from the directory {when}, after this file was exported: the "
            "row would add it again",
            hint="delete the row, or import with --overwrite to add it again",
        )
        return False

    def _add_new(self, number: int, changes: dict[str, Any], phone_cell: str | None) -> None:
        """A new row (no id) whose other cells all read, as `_add` would take it: its values
        come from `_NewRows`; its phone number, its own, is read here."""
        bad_phone = False
        if phone_cell is not None:
            if _blank(phone_cell):
                changes["phone"] = phone_cell.strip()
            else:
                phone = self._phone(number, "", None, phone_cell)
                bad_phone = phone is None
                changes["phone"] = phone or ""
        self._finish(number, "", None, changes, [], bad_phone, None)

    def _finish(
        self,
        number: int,
        record_id: str,
        base: Provider | None,
        changes: dict[str, Any],
        failed: list[str],
        bad_phone: bool,
        revision: int | None,
        given: tuple[str, ...] = (),
    ) -> None:
        """The row's record, its checks, and whether it is taken. `given`: the locating
        fields it gives of a stored confidential shelter, changed whatever their values."""
        provider = self._build(record_id, base, changes)
        if (provider is base or provider == base) and not given and not failed and not bad_phone:
            self._stored_phone_said(number, provider)
            self.result.providers.append(provider)
            return
        # A new or changed record: every write path's checks (a cell that could not be read
        # is reported once, above).
        errors = [f for f in self.checker.errors(provider) if f.field not in failed]
        for link in LOCATABLE_LINKS:  # e-mail, website
            cell = getattr(provider, link)
            if base is not None and cell != getattr(base, link) and cell == _shown_link(base, link):
                # as export showed it, its place withheld (no address, or '(withheld)' whole: a map
                # link, a town glued to a word): the stored one is kept (keep_hidden)
                errors = [f for f in errors if f.field != link]
        if base is None and record_id:  # a new record's own id (Transaction.put refuses it too)
            errors += id_findings(provider)
        for finding in errors:
            self._problem(number, record_id or None, finding.field, None, finding.message, hint=finding.fix)
        if errors or failed:
            return
        if bad_phone:
            return
        if (
            base is not None
            and isinstance(revision, int)
            and not self._current(number, base, provider, revision, given)
        ):
            return
        if not record_id and not self.allow_duplicates and self._duplicate(number, provider):
            return
        # stored as written; said as read, when the row gives it: a stored town that the row
        # does not give is no input read (and a confidential shelter's town never leaves the file)
        if base is None or str(changes.get("city") or "").strip():
            for reading in self._city_readings(provider):
                self._note_reading(reading)
        doubtful = self.checker.doubtful_point(provider)
        if doubtful is not None:  # taken, and said: a remote place the gazetteer does not list
            self._problem(
                number,
                record_id or None,
                "latitude",
                None,
                doubtful.message,
                hint=doubtful.fix,
                severity="note",
            )
        if base is not None and provider.confidential_address and not base.confidential_address:
            for finding in id_from_town(provider):  # said when it turns, as `edit` says it (al-oro-87bc)
                self._problem(
                    number, record_id, "id", None, finding.message, hint=finding.fix, severity="warning"
                )
        if given:
            self.result.located[record_id] = given
        self.result.providers.append(provider)

    def _stored_phone_said(self, number: int, provider: Provider) -> None:
        """A warning for an unchanged row whose stored phone the country's plan refuses (typed
        to `add` or `edit` before they read phones, or by hand): the row is taken, as it
        changes nothing, and the number a partner would call is not let through unsaid."""
        problem = self.checker.phone_problem(provider.phone)
        if problem is not None:
            self._problem(
                number,
                provider.id,
                "phone",
                None,
                f"{problem} (the stored phone: the row leaves it as it is)",
                hint=f"write the whole number with its country code, e.g. {example_phone(self.country)}",
                severity="warning",
            )

    def _twin_in_case(self, record_id: str) -> str | None:
        """The stored id that `record_id` equals but for case (Transaction.put refuses it too)."""
        if self._folded is None:
            self._folded = {key.casefold(): key for key in self.existing}
        twin = self._folded.get(record_id.casefold())
        return twin if twin != record_id else None

    def _city_readings(self, provider: Provider) -> tuple[Reading, ...]:
        """`readings.city_readings`, asked once per file for each city and region."""
        key = (provider.city, provider.region)
        found = self._city_notes.get(key)
        if found is None:
            found = self._city_notes[key] = city_readings(provider, self.country)
        return found

    def _duplicate(self, number: int, provider: Provider) -> bool:
        """True (and a problem) when a row without an id matches a stored record, or a row
        of the same file taken before it."""
        if self._duplicates is None:
            self._duplicates = Duplicates(self.existing.values(), self.country)
        found = self._duplicates.take(provider, f"row {number}")
        if found is None:
            return False
        other, kind = found
        hint = (
            "give each service point once, or import with --allow-duplicates"
            if other.startswith("row ")
            else f"put {other} in the id column to update it, or import with --allow-duplicates"
        )
        self._problem(number, None, "id", None, f"likely a duplicate of {other} ({kind})", hint=hint)
        return True

    def _phone(self, number: int, record_id: str, base: Provider | None, raw: Any) -> str | None:
        """The phone cell in international format, the stored text when it holds the same numbers;
        None after a problem. A number read other than exactly is said in a note."""
        cell = (
            raw if isinstance(raw, str) else number_text(raw) if isinstance(raw, (int, float)) else str(raw)
        )
        unmarked = without_text_marks(cell)
        if unmarked != cell:  # said once: a column typed so has it on every row
            if not self._text_mark_said:
                self._text_mark_said = True
                said = f"phone: read {cell.strip()!r} (row {number}) as {unmarked.strip()!r}, and every phone"
                self.result.notes.append(f"{said} {_TEXT_MARK_SAID}")
            cell = unmarked
        if base is not None and same_numbers(base.phone, cell, self.country):
            return base.phone
        try:
            readings = read_phones(cell, self.country)
        except InputError as error:
            self._problem(number, record_id or None, "phone", None, error.message, hint=error.hint)
            return None
        for reading in readings:
            if reading.note:
                self._problem(number, record_id or None, "phone", None, reading.note, severity="note")
        return " | ".join(reading.number for reading in readings)

    def _revision(self, number: int, record_id: str, cell: Any) -> tuple[bool, int | None]:
        """(readable, the row's revision): None when blank or for a new record."""
        if not _blank(cell):
            self.exported = True  # a row of an export (`_note_absent`)
        if _blank(cell) or not record_id:
            return True, None
        try:
            return True, parse_int(cell, REVISION)
        except InputError as error:
            self._problem(
                number,
                record_id,
                REVISION,
                _shown(cell),
                _without_prefix(error, REVISION),
                hint="leave the revision as export wrote it, or blank",
            )
            return False, None

    def _current(
        self, number: int, base: Provider, provider: Provider, revision: int, given: tuple[str, ...] = ()
    ) -> bool:
        """False (and a problem per field) when the row would undo a change made after its
        export; or when its revision is one the stored record never had (newer than it: the
        file was exported from another copy of the directory, whose edits are not this one's)."""
        stored = self.revisions.get(base.id, 0)
        if revision == stored or self.overwrite:
            return True
        changed = field_changes(base, keep_hidden(base, provider), given)
        why = (
            f"changed since this file was exported (stored revision {stored}, the file's {revision})"
            if revision < stored
            else f"the file's revision {revision} is newer than the stored {stored}: it comes from another "
            "copy of the directory (or was edited by hand), and would undo this copy's edits"
        )
        own = (
            self._own_edits(base, provider, revision, stored, changed)
            if changed and revision < stored
            else set()
        )
        since = [name for name, _before, _after in changed if name not in own]
        for name, before, after in changed:
            said = (
                f"edited in this file; the row is refused with it, since {', '.join(since)} changed after "
                f"the export (stored revision {stored}, the file's {revision})"
                if name in own
                else why
            )
            self._problem(
                number,
                base.id,
                name,
                None,
                f"{said}: stored {before}, file {after}",
                hint="export again and redo the edit there, or import with --overwrite to keep the file's",
            )
        return not changed

    def _own_edits(
        self,
        base: Provider,
        provider: Provider,
        revision: int,
        stored: int,
        changed: list[tuple[str, str, str]],
    ) -> set[str]:
        """The changed fields that no write after the file's revision touched, by the history:
        the file's own edits, not newer ones it would undo. None of them when the history does
        not tell, or when every changed field was changed since (the message says so of each)."""
        values = self.earlier(base.id, revision, stored) if self.earlier is not None else None
        if values is None:
            return set()
        own = {name for name, _before, _after in changed if name not in values}
        return own if len(own) < len(changed) else set()

    @staticmethod
    def _build(record_id: str, base: Provider | None, changes: dict[str, Any]) -> Provider:
        if base is not None:
            # normalise's folding of 'any' (as export writes no restriction) asked first: a
            # re-import's unchanged row is then the stored record, not a copy of it
            folded = any_folded(
                changes.get("sexes", base.sexes), changes.get("exploitation_types", base.exploitation_types)
            )
            if _holds(base, {**changes, **folded} if folded else changes):
                return normalise(base)
            return normalise(base.with_changes(**changes))
        changes.setdefault("name", "")
        # normalise's folding before the record is made, rather than a second record after
        changes.update(any_folded(changes.get("sexes", ()), changes.get("exploitation_types", ())))
        changes["id"] = record_id
        return build_provider(changes)

    def _read_cell(self, column: str, raw: Any) -> tuple[Any, list[Reading]]:
        """The cell as the field's type (or the InputError that refuses it), and what its
        reading says (a language name, a need word, a region read other than exactly)."""
        heard: list[Reading] = []
        try:
            return self._coerce(column, raw, heard), heard
        except InputError as error:
            return error, heard

    def _cell(self, column: str, raw: str) -> Any:
        """A text cell that repeats down its column (a type, a region, a list of needs, a
        date, yes or no), read once per file (`_keep`): an import of 100,000 rows holds few
        distinct values outside its names, places and contacts. What its reading says is said
        the first time a row takes it, as reading it there would."""
        key = (column, raw)
        value = self._cells.get(key, _UNREAD)
        if value is _UNREAD:
            value = self._keep(key)
        if key in self._unsaid:
            self._said(None, self._unsaid.pop(key))
        return value

    def _keep(self, key: tuple[str, str]) -> Any:
        """Read a cell into `_cells`, what it says into `_unsaid` (said by `_cell`)."""
        value, heard = self._read_cell(*key)
        self._cells[key] = value
        if heard:
            self._unsaid[key] = heard
        return value

    def _said(self, value: Any, heard: list[Reading]) -> Any:
        """Say each reading (once per file), and give back the value."""
        for reading in heard:
            self._note_reading(reading)
        return value

    def _coerce(self, column: str, raw: Any, heard: list[Reading]) -> Any:
        if column == "extra":
            return _parse_extra(raw)
        if column == "documents_required" and isinstance(raw, str):
            raw = split_free_list(raw)
        if column in DATE_FIELDS and self.calendar != "gregorian" and not _blank(raw):
            raw = self._in_calendar(column, raw, heard)
        elif column in DATE_FIELDS and isinstance(raw, str) and raw.strip():
            refuse_other_digits(raw, column)  # before the column's order is asked of it
            order = self._date_order(column, raw)
            _refuse_another_calendar(column, raw, order)
            dotted = swappable_dotted_date(raw) if order is None else None
            if dotted is not None:  # said where a row takes the cell, as its other readings are
                heard.append(Reading(column, raw.strip(), dotted.isoformat(), DOTS))
            elif (form := other_date_form(raw, order)) is not None:  # 2026-3-1, 1 March 2026, 1/3/26
                year, month, day, how = form
                if is_real_day(year, month, day):  # (no real day: refused below, never said as read)
                    heard.append(Reading(column, raw.strip(), f"{year:04d}-{month:02d}-{day:02d}", how))
            raw = read_date(raw, order)
        if column in ("sexes", "exploitation_types") and isinstance(raw, str) and raw.strip():
            items, said = person_words_read(column, parse_list(raw, column))  # 'mujer' as female
            raw = "|".join(items) if said else raw
            heard.extend(said)
        if (
            column in FLOAT_FIELDS
            and isinstance(raw, str)
            and (degrees := coordinate_in_degrees(column, raw))
        ):
            heard.append(Reading(column, raw.strip(), number_text(degrees), DEGREES))
            raw = degrees
        if column in _NUMBER_FIELDS and isinstance(raw, str) and raw.strip().endswith("%"):
            _refuse_percentage(column, raw.strip())
        if column in BLANK_MEANS and isinstance(raw, str) and raw.strip().casefold() in NO_VALUE_WORDS:
            _refuse_no_value_word(column, raw.strip())
        if column in BOOL_FIELDS and (ticked := check_mark(column, raw)) is not None:
            heard.append(Reading(column, str(raw).strip(), "yes" if ticked else "no", "check mark"))
            raw = ticked
        if column == "status" and (code := status_translation(raw)) is not None:
            heard.append(Reading(column, str(raw).strip(), code, "translation"))  # 'aktiv'
            raw = code
        value = coerce_field(column, raw, lambda text: self._resolve_region(text, heard, column))
        if column in DATE_FIELDS and isinstance(value, dt.date):
            self.dates_read.add(value)
        if column == "status" and (spaced := status_reading(raw, value)) is not None:
            heard.append(spaced)  # 'Temporarily closed'
        if column == "exploitation_types":
            heard.extend(exploitation_readings(raw))  # 'domestic servitude'
        if column in BOOL_FIELDS and bool_translation(raw) is not None:  # 'po', 'VRAI': said
            heard.append(Reading(column, str(raw).strip(), "yes" if value else "no", "translation"))
        if column == "languages" and isinstance(raw, str):  # said as typed ('Shqip', not 'shqip')
            heard.extend(language_readings(tuple(item.strip() for item in parse_list(raw))))
        elif column in ("languages", "categories"):
            read = language_readings if column == "languages" else need_readings_of
            heard.extend(read(value))
        if column == "languages":
            return language_codes(value)
        return _need_codes(value) if column == "categories" else value

    def _in_calendar(self, column: str, raw: Any, heard: list[Reading]) -> Any:
        """A date cell of a sheet kept in another calendar (--calendar) as its Gregorian day,
        said ('15/03/2019' as 2026-11-24: `day_in_calendar`). A workbook's date cell is a
        Gregorian day, kept as it is, and so is a date written YYYY-MM-DD under --calendar
        ethiopian (as export writes them): an Ethiopian sheet exported and edited holds both,
        and a Thai locale shows a date cell's Gregorian day in the Buddhist era
        (`_warn_ethiopian_dates` warns of those that look Ethiopian). A text that is no date is
        given back, refused as such where it is read."""
        if isinstance(raw, dt.datetime):
            raw = raw.date()
        if isinstance(raw, dt.date):
            self.kept_gregorian.add(raw)
            return raw
        refuse_other_digits(raw, column)
        raw = raw.strip()
        found = day_in_calendar(raw, self.calendar, f"{column}: {raw!r}", self._calendar_order(column, raw))
        if found is None:
            return raw
        read, how = found
        if how == GREGORIAN_KEPT:
            self.kept_gregorian.add(read)
            return raw
        heard.append(Reading(column, raw, read.isoformat(), how))
        return read

    def _calendar_order(self, column: str, cell: str) -> str | None:
        """The order of a day/month date in the file's calendar: the column's, or the one its
        numbers allow there (13/05/2018 may be the 5th of Pagume, the 13th month, written month
        first); both possible is an InputError naming them."""
        order = self._date_order(column, cell)
        if order is not None or "." in cell:
            return order
        orders = date_orders_of(cell, calendar_days(self.calendar))
        if len(orders) == 2:
            first, _separator, second = DAY_MONTH_DATE.fullmatch(cell).group(1, 2, 3)  # type: ignore[union-attr]
            raise InputError(
                f"{column}: {cell!r} could be day {int(first)} of month {int(second)} or day {int(second)} "
                f"of month {int(first)}",
                "give --date-order dmy (day first) or mdy (month first)",
            )
        return orders[0] if orders else None

    def _date_order(self, column: str, cell: str) -> str | None:
        """The order to read a date cell of this column in: --date-order, else the one its
        column shows (not for a date with dots, read day first); raises for a day/month date
        of a column that shows both orders."""
        order = self._column_orders.get(column)
        if order is None or self.date_order is not None:
            return self.date_order
        if isinstance(order, _MixedOrders):
            order.refuse(cell)
            return None
        return None if "." in cell else order

    def _note_reading(self, reading: Reading) -> None:
        """Say once per file how a word was read other than exactly (svcmatch.readings); a
        date with dots whose day and month could swap once a column."""
        note = reading.sentence()
        if reading.how == DOTS:
            if reading.field in self._dots_said:
                return
            self._dots_said.add(reading.field)
            note += ", as every date with dots of the column"
        if note not in self._noted:
            self._noted.add(note)
            self.result.notes.append(note)

    def _resolve_region(self, text: str, heard: list[Reading], column: str = "region") -> str:
        """A region's code, read once per file for each text; what the reading says goes to
        `heard` each time (the cell that holds it says it)."""
        key = text.strip()
        found = self._regions.get(key)
        if found is None:
            try:
                reading = read_region(key, self.country)
            except InputError as error:
                found = (error, None)
            else:
                found = (reading.code, region_reading("region", reading))
            self._regions[key] = found
        code, noted = found
        if noted is not None:
            heard.append(noted._replace(field=column))  # region, or coverage: the cell that says it
        if isinstance(code, InputError):
            raise code
        return code

    def _problem(
        self,
        row: int | None,
        record: str | None,
        column: str | None,
        value: str | None,
        message: str,
        *,
        hint: str | None = None,
        severity: str = "error",
    ) -> None:
        text = f"{message} ({hint})" if hint else message
        self.result.problems.append(RowProblem(row, record, column, value, text, severity))
        self._error_count += severity == "error"

    def _enough_errors(self, row: int) -> bool:
        """Whether reading stops before `row`: MOST_ERRORS errors found, and nothing will be written."""
        if self.most_errors is None or self._error_count < self.most_errors:
            return False
        self.result.stopped_at = row
        return True


#: What an office types in a cell that has no value ('n/a', '-', 'none'), in lower case: in a column
#: of numbers, dates, yes/no or codes each was refused as not a number, not a date, not yes or
#: no, with a fix that did not say a blank cell was the way to write it. (`na` is left out: it
#: is Nauru's language code; and 'нет', Russian's no, a yes/no column reads: a test checks that
#: it reads none of these.)
NO_VALUE_WORDS = frozenset(
    word.casefold()
    for word in (
        "n/a", "n.a.", "n/d", "s/o", "none", "nil", "null", "-", "--", "—", "–", "?", "/",
        "néant", "aucun", "aucune", "nuk ka", "ska", "немає", "لا يوجد",
    )
)  # fmt: skip
#: A provider's status in the languages whose yes and no the tables read (`model._TRUE_WORDS`),
#: each word read exactly (case aside) as its code and said (thirteenth office pass: an Albanian
#: sheet's every word was read but `status=aktiv`). A word for "closed" alone is none of them:
#: closed for good (inactive) or for a time (temporarily_closed) would be a guess. The forms of
#: each adjective (masculine, feminine, neuter) are listed, a few as offices type them without
#: their accents. Listed in docs/spreadsheets.md.
STATUS_WORDS: Mapping[str, str] = {
    word.casefold(): code
    for code, words in {
        "active": (
            "actif",  # fr ('active' is the code)
            "aktiv", "aktive",  # sq, de
            "активний", "активна", "активне", "діючий", "діюча",  # uk
            "активный", "активная", "активное", "действующий", "действующая",  # ru
            "نشط", "نشطة", "فعال", "فعالة",  # ar
            "attivo", "attiva",  # it
            "activo", "activa",  # es
            "ενεργό", "ενεργός", "ενεργή", "ενεργο", "ενεργος", "ενεργη",  # el
            "ativo", "ativa",  # pt
            "aktywny", "aktywna", "aktywne",  # pl
            "aktif",  # id
            "aktibo",  # tl
            "đang hoạt động", "hoạt động",  # vi
        ),
        "inactive": (
            "inactif",  # fr ('inactive' is the code)
            "joaktiv", "joaktive",  # sq
            "inaktiv",  # de
            "неактивний", "неактивна", "неактивне", "недіючий", "недіюча",  # uk
            "неактивный", "неактивная", "неактивное", "недействующий", "недействующая",  # ru
            "غير نشط", "غير نشطة", "غير فعال", "غير فعالة",  # ar
            "inattivo", "inattiva",  # it
            "inactivo", "inactiva",  # es
            "ανενεργό", "ανενεργός", "ανενεργή", "ανενεργο", "ανενεργος", "ανενεργη",  # el
            "inativo", "inativa",  # pt
            "nieaktywny", "nieaktywna", "nieaktywne",  # pl
            "tidak aktif", "nonaktif",  # id
            "hindi aktibo",  # tl
            "không hoạt động", "ngừng hoạt động",  # vi
        ),
        "temporarily_closed": (
            "fermé temporairement", "fermée temporairement", "temporairement fermé",
            "temporairement fermée",  # fr
            "mbyllur përkohësisht", "përkohësisht i mbyllur", "përkohësisht e mbyllur",
            "mbyllur perkohesisht", "perkohesisht i mbyllur", "perkohesisht e mbyllur",  # sq
            "vorübergehend geschlossen", "vorubergehend geschlossen",  # de
            "тимчасово закритий", "тимчасово закрита", "тимчасово закрите",  # uk
            "временно закрыт", "временно закрыта", "временно закрыто",  # ru
            "مغلق مؤقتا", "مغلق مؤقتاً", "مغلقة مؤقتا", "مغلقة مؤقتاً",  # ar
            "chiuso temporaneamente", "chiusa temporaneamente", "temporaneamente chiuso",
            "temporaneamente chiusa",  # it
            "cerrado temporalmente", "cerrada temporalmente", "temporalmente cerrado",
            "temporalmente cerrada",  # es
            "προσωρινά κλειστό", "προσωρινά κλειστός", "προσωρινά κλειστή",
            "προσωρινα κλειστο", "προσωρινα κλειστος", "προσωρινα κλειστη",  # el
            "temporariamente fechado", "temporariamente fechada", "fechado temporariamente",
            "fechada temporariamente",  # pt
            "tymczasowo zamknięty", "tymczasowo zamknięta", "tymczasowo zamknięte",  # pl
            "tutup sementara", "ditutup sementara",  # id
            "pansamantalang sarado",  # tl
            "tạm đóng cửa", "tạm ngừng hoạt động",  # vi
        ),
    }.items()
    for word in words
}  # fmt: skip


def status_translation(text: Any) -> str | None:
    """The status code a word of `STATUS_WORDS` names ('aktiv' -> active), else None (a code,
    English, or no status word at all: the checks take or refuse it)."""
    if not isinstance(text, str):
        return None
    return STATUS_WORDS.get(" ".join(text.split()).casefold())


#: The ticks a sheet's yes/no column holds for a ticked box (Excel's Wingdings aside: a font,
#: not a character), read as yes and said: a tick means yes to anyone, and its one safety
#: column, `confidential_address`, errs on the side that keeps a shelter's address in.
TICKS = frozenset(("✓", "✔", "☑", "✅", "🗸"))
#: Crosses and x, refused: one office crosses out a box for no, another marks a box with an X
#: for yes (☒ is a ballot box marked with one), and read as no, a cross in
#: `confidential_address` would make a shelter's address public.
CROSSES = frozenset(("x", "X", "✗", "✘", "☒", "❌", "❎", "×", "✕", "✖"))


def check_mark(column: str, text: Any) -> bool | None:
    """True for a tick of `TICKS` (the cell's text alone), None for any other text; raises
    InputError for a cross of `CROSSES`, which could mean either."""
    if not isinstance(text, str):
        return None
    cell = text.strip()
    if cell in CROSSES:
        raise InputError(
            f"{column}: {cell!r} could mark yes (a box marked with a cross) or no (a box crossed out)",
            "write yes or no; a tick (✓) is read as yes",
        )
    return True if cell in TICKS else None


#: What a blank cell means in each column where a word for no value is refused, for its fix.
BLANK_MEANS = {
    "min_age": "no minimum age",
    "max_age": "no maximum age",
    "capacity_available": "free places not known",
    "capacity_updated": "no day given",
    "verified_on": "never verified",
    "latitude": "no point (`directory geocode` fills it from the town)",
    "longitude": "no point (`directory geocode` fills it from the town)",
    "sexes": "any sex",
    "exploitation_types": "any form of exploitation",
    "languages": "no language given",
    "status": "active",
    **dict.fromkeys(sorted(BOOL_FIELDS), "no"),
}


def _refuse_no_value_word(column: str, cell: str) -> None:
    """A word for no value ('n/a', '-') in a column of values (`NO_VALUE_WORDS`), refused
    naming the blank cell and what it means there: never read as blank, as 'n/a' in
    confidential_address would be 'no' (not confidential) without the office deciding it."""
    raise InputError(
        f"{column}: {cell!r} stands for no value, where the column takes a value or an empty cell",
        f"leave the cell empty if that is meant: empty, {column} means {BLANK_MEANS[column]}",
    )


#: The fields that hold a number (an age, free places, a coordinate).
_NUMBER_FIELDS = INT_FIELDS | FLOAT_FIELDS


def _refuse_percentage(column: str, cell: str) -> None:
    """A percentage where a number belongs ('18%': a column formatted as percent, where typing 18
    gives 18%, or a CSV saved from one) is refused as one: 'not a whole number' named 0.18 in a
    workbook, a number the office never saw, and the fix did not say what to change. Never read
    as its number: '12%' of free places may be a rate."""
    raise InputError(
        f"{column}: {cell!r} is a percentage, where a number belongs",
        f"write the number alone, {cell[:-1].strip()}; in a sheet whose column shows percentages, "
        "format the column as Number and type its numbers again",
    )


def _refuse_too_many_rows(name: str) -> None:
    raise InputError(
        f"{name}: more than {MAX_ROWS:,} rows (a directory holds a few thousand providers)",
        "split it into smaller files, or delete the empty rows at its end",
    )


def _shown_day(read: str | dt.date, order: str) -> str:
    """A date a note gives as read: the day (ISO), or a day of another calendar by its parts."""
    if isinstance(read, dt.date):
        return read.isoformat()
    found = DAY_MONTH_DATE.fullmatch(read)
    assert found is not None
    day, month = (found[1], found[3]) if order == "dmy" else (found[3], found[1])
    return f"day {int(day)} of month {int(month)}"


def _is_ethiopian_day(year: int, month: int, day: int) -> bool:
    try:
        ethiopian_to_gregorian(year, month, day, "")
    except InputError:
        return False
    return True


def _is_solar_hijri_day(year: int, month: int, day: int) -> bool:
    """Whether the numbers are a day of the Solar Hijri calendar, for a year it counts (1405),
    else of the Gregorian one (2026, a day kept as written)."""
    if year not in SOLAR_HIJRI_YEARS:
        return is_real_day(year, month, day)
    return 1 <= month <= 12 and 1 <= day <= solar_hijri_month_days(year, month)


def calendar_days(calendar: str) -> Callable[[int, int, int], bool]:
    """Whether numbers are a day of the calendar (the Thai one's months are the Gregorian ones)."""
    return {"ethiopian": _is_ethiopian_day, "solar-hijri": _is_solar_hijri_day}.get(calendar, is_real_day)


#: How `day_in_calendar` tells a date written YYYY-MM-DD under --calendar ethiopian: the Gregorian
#: day, kept as it is (an export writes them so).
GREGORIAN_KEPT = "gregorian_kept"


def day_in_calendar(text: str, calendar: str, shown: str, order: str | None) -> tuple[dt.date, str] | None:
    """(Gregorian day, how) of a date written in `calendar` (not "gregorian"), its day and month in
    `order` or the one its numbers allow; None for a text that is no date. `how` is the calendar
    for a day converted ('15/03/2019' under ethiopian is 2026-11-24, '15/11/2569' under thai
    2026-11-15, '1405/02/10' under solar-hijri 2026-04-30); GREGORIAN_KEPT for YYYY-MM-DD under
    ethiopian; "<calendar>_gregorian" for a year that is none of the Thai or the Solar Hijri
    calendar (2019 under thai, 2026 under solar-hijri): read as the Gregorian year it is, and said
    (until the eleventh office pass the Thai one was read without a word). Under solar-hijri, a
    day written with the name of its month ('15 حمل 1405', '15 فروردین 1405', '15 Hamal 1405')
    is converted too (it was 'not a date' until the twelfth office pass)."""
    named = other_calendar_month_date(text, shown) if calendar == "solar-hijri" else None
    if named is not None and named[0] == calendar:  # '15 حمل 1405', '15 Farvardin 1405'
        return solar_hijri_to_gregorian(*named[1:], shown), calendar
    numbers = date_numbers(text, order, shown)
    if numbers is None:
        return None
    year, month, day, how = numbers
    converts = {
        "ethiopian": how != "iso",
        "thai": year >= BUDDHIST_ERA_FROM,
        "solar-hijri": year in SOLAR_HIJRI_YEARS,
    }[calendar]
    if converts and calendar != "thai" and how.startswith("month_name"):
        raise InputError(
            f"{shown} names a month of the Gregorian calendar, and --calendar {calendar} reads "
            "its dates in another",
            f"write it as day/month/year of that calendar, or leave --calendar {calendar} out",
        )
    if calendar == "ethiopian" and not converts:
        return _real_day(year, month, day, shown), GREGORIAN_KEPT
    if calendar == "ethiopian":
        return ethiopian_to_gregorian(year, month, day, shown), calendar
    if not converts:
        return _real_day(year, month, day, shown), f"{calendar}_gregorian"
    if calendar == "thai":
        return _real_day(year - THAI_YEARS_AHEAD, month, day, shown), calendar
    return solar_hijri_to_gregorian(year, month, day, shown), calendar


def typed_day(
    text: str | dt.date, calendar: str, what: str, order: str | None = None
) -> tuple[dt.date, Reading | None]:
    """A day typed at a door of one record (`add`, `edit`, `verify --on`, `referral update`) in
    `calendar`, as import reads a cell of a sheet kept in it (`day_in_calendar`): its Gregorian
    day, and the reading to say (None for one read as written). Its day and month are read in the
    one order their numbers allow, or in `order` ("dmy", "mdy": `referral update --date-order`);
    both possible is refused naming both, as import does for a day alone in its column (until the
    eleventh office pass these doors read every day as Gregorian)."""
    if calendar == "gregorian" or not isinstance(text, str):
        return parse_date(text, what), None
    refuse_other_digits(text, what)
    cleaned = text.strip()
    orders = date_orders_of(cleaned, calendar_days(calendar))
    if len(orders) == 2 and order is not None:
        orders = (order,)
    if len(orders) == 2:
        first, _separator, second, year = DAY_MONTH_DATE.fullmatch(cleaned).group(1, 2, 3, 4)  # type: ignore[union-attr]
        raise InputError(
            f"{what}: {cleaned!r} could be day {int(first)} of month {int(second)} or day {int(second)} "
            f"of month {int(first)}",
            f"write it with dots, day first, as svcmatch reads every date with dots: "
            f"{int(first):02d}.{int(second):02d}.{year} or {int(second):02d}.{int(first):02d}.{year}",
        )
    found = day_in_calendar(cleaned, calendar, f"{what}: {cleaned!r}", orders[0] if orders else None)
    if found is None:
        return parse_date(cleaned, what), None  # refused, naming the forms to write
    read, how = found
    how = f"{calendar}_gregorian" if how == GREGORIAN_KEPT else how
    return read, Reading(what, cleaned, read.isoformat(), how)


@dataclass(frozen=True, slots=True)
class _MixedOrders:
    """A date column whose unambiguous dates show both orders: (row, cell) of the first of
    each. Its day/month dates are refused: which order each one follows cannot be told."""

    column: str
    day_first: tuple[int, str]
    month_first: tuple[int, str]

    def refuse(self, cell: str) -> None:
        """Raise for a day/month date written with / or -; nothing for any other text."""
        match = DAY_MONTH_DATE.fullmatch(cell.strip())
        if match is None or match.group(2) == ".":
            return
        raise InputError(
            f"{cell.strip()!r}: column {self.column} holds dates written day first (row "
            f"{self.day_first[0]}: {self.day_first[1]}) and month first (row {self.month_first[0]}: "
            f"{self.month_first[1]}), so the order of its dates cannot be told",
            "write the column's dates as YYYY-MM-DD, or give --date-order dmy (day first) or mdy "
            "(month first) and correct the dates it then refuses",
        )


@dataclass(frozen=True, slots=True)
class _Stray:
    """The first cell a row holds outside the named columns (the row is refused)."""

    cell: str


class _NewRows:
    """A grid's rows a column at a time, for the new rows (no id) that `_Rows._add_new` takes.

    Each column's distinct cells are read once (`_Rows._keep`; a text field's cells are
    stripped, coordinates and extra read each time, as `_add` reads them), and each row's
    values are taken from the columns with `zip`: no Python code runs per cell of such a row.
    A row with an id, or with a cell that did not read, is left to `_Rows._add`, which reports
    its problems in the order it always has."""

    def __init__(self, names: list[str], rows: list[tuple[str, ...]], reader: _Rows) -> None:
        self._all_names = names
        columns = dict(zip(names, zip(*rows, strict=True), strict=True))
        ids = columns.pop("id", None)
        revisions = columns.pop(REVISION, None)  # read for a row with an id only
        if revisions is not None and any(not _blank(cell) for cell in revisions):
            reader.exported = True  # as `_Rows._revision` says of every row it reads
        self._phones = columns.pop("phone", None)  # each row's own: read as the row is taken
        self._names = list(columns)
        #: The rows left to `_add` (those with an id, and those holding a cell that did not
        #: read), and those holding a cell whose reading has something to say.
        self._others = set() if ids is None else {at for at, cell in enumerate(ids) if cell.strip()}
        self._saying: set[int] = set()
        #: The rows without an id, whose columns are read here (a re-import's rows all have one:
        #: nothing is read twice), and where each one's values are in `_values`.
        self._new = [at for at in range(len(rows)) if at not in self._others] if self._others else None
        self._slot: dict[int, int] | None = None
        if self._new is not None:
            self._slot = {at: slot for slot, at in enumerate(self._new)}
            if not self._new:
                columns = dict.fromkeys(columns, ())
            else:
                pick = operator.itemgetter(*self._new)
                taken = pick if len(self._new) > 1 else lambda cells: (pick(cells),)
                columns = {column: taken(cells) for column, cells in columns.items()}
        count = len(rows) if self._new is None else len(self._new)
        values = [self._column(reader, column, cells) for column, cells in columns.items()]
        self._values = list(zip(*values, strict=True)) if values else [()] * count
        self._reader = reader

    def _row(self, slot: int) -> int:
        """The position among all rows of the new row at `slot` among the new ones."""
        return slot if self._new is None else self._new[slot]

    def _column(self, reader: _Rows, column: str, cells: tuple[str, ...]) -> list[Any]:
        """The column's values, new row by new row; notes which rows cannot be new rows."""
        if column in TEXT_FIELDS:
            return list(map(str.strip, cells))
        if column in _UNIQUE_COLUMNS:
            quick = _quick_column(column, cells)
            if quick is not None:
                return quick
            read = [reader._read_cell(column, cell) for cell in cells]
            self._others.update(
                self._row(slot) for slot, (value, heard) in enumerate(read) if heard or _failed(value)
            )
            return [value for value, _heard in read]
        values = {cell: reader._keep((column, cell)) for cell in dict.fromkeys(cells)}
        failed = {cell for cell, value in values.items() if _failed(value)}
        saying = {cell for cell in values if (column, cell) in reader._unsaid}
        if failed or saying:
            for slot, cell in enumerate(cells):
                if cell in failed:
                    self._others.add(self._row(slot))
                elif cell in saying:
                    self._saying.add(self._row(slot))
        return list(map(values.__getitem__, cells))

    def changes(self, at: int, cells: tuple[str, ...]) -> dict[str, Any] | None:
        """The values of the row at `at` (but its phone), or None when `_add` takes it; what
        its cells say is said first, as reading them would."""
        if at in self._others:
            return None
        if at in self._saying:
            for key in zip(self._all_names, cells, strict=True):
                if key in self._reader._unsaid:
                    self._reader._said(None, self._reader._unsaid.pop(key))
        slot = at if self._slot is None else self._slot[at]
        return dict(zip(self._names, self._values[slot], strict=True))

    def phone(self, at: int) -> str | None:
        """The row's phone cell; None without a phone column."""
        return None if self._phones is None else self._phones[at]


def _quick_column(column: str, cells: tuple[str, ...]) -> list[Any] | None:
    """A column of cells that each read without a word, read in bulk (no Python code per cell
    but a comprehension's): coordinates that are all plain decimals or blank (what export and
    most spreadsheets write), an extra column all empty; None for any other column, which is
    read a cell at a time (`_Rows._read_cell`). The values are those of `_read_cell`:
    `tests/test_tabular_columns.py` holds the two to each other."""
    if column == "extra":
        return [{} for _cell in cells] if not any(cells) else None
    if column not in FLOAT_FIELDS or not _PLAIN_DECIMALS.fullmatch("\n".join(cells)):
        return None
    # Each cell is now lines that are empty or a plain decimal: float() takes one decimal with
    # line breaks around it, as parse_float does once it strips them, and refuses the rest.
    try:
        return [float(cell) if cell else None for cell in cells]
    except ValueError:
        return None


#: A coordinate in degrees, minutes and seconds, as maps and GPS devices give it (41°19'39"N,
#: 41° 19.65' N, N 41°19'39", 41.3275° N): its hemisphere's letter before or after it, or a
#: minus before it. The minutes' and seconds' marks as keyboards type them (' ′ ’, " ″ ” '').
_DEGREES = re.compile(
    r"(?P<before>[NSEW])?\s*(?P<minus>-)?(?P<degrees>\d{1,3}(?:[.,]\d+)?)\s*°\s*"
    r"(?:(?P<minutes>\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*)?"
    r"(?:(?P<seconds>\d{1,2}(?:[.,]\d+)?)\s*(?:\"|″|”|''|′′)\s*)?(?P<after>[NSEW])?",
    re.IGNORECASE,
)
#: Two numbers in one coordinate's cell: a latitude and a longitude pasted together from a map.
_BOTH_COORDINATES = re.compile(r"(-?\d{1,3}(?:\.\d+)?)°?\s*(?:[,;]\s*|\s+)(-?\d{1,3}(?:\.\d+)?)°?")
#: The hemispheres of each coordinate, and the sign of each letter.
_HEMISPHERES = {"latitude": {"N": 1, "S": -1}, "longitude": {"E": 1, "W": -1}}


def coordinate_in_degrees(column: str, cell: str) -> float | None:
    """The decimal degrees of a latitude or longitude written in degrees, minutes and seconds
    (41°19'39"N: 41.3275, to six decimals, about 0.1 m), and None for any other cell (a decimal,
    read as ever). Refused: a letter of the other coordinate's hemispheres (E in latitude),
    minutes or seconds of 60 or more, a minus and a letter both, and a cell that holds both
    coordinates ('41.3275, 19.8187'). Until the twelfth office pass each was 'not a number',
    the fix a decimal the office had to work out."""
    text = cell.strip()
    pair = _BOTH_COORDINATES.fullmatch(text)
    if pair is not None and "." in text:
        raise InputError(
            f"{column}: {text!r} holds two numbers, a latitude and a longitude",
            f"give {pair[1]} in latitude and {pair[2]} in longitude",
        )
    found = _DEGREES.fullmatch(text)
    if found is None:
        return None
    letter = (found["before"] or found["after"] or "").upper()
    signs = _HEMISPHERES[column]
    parts = [float((found[name] or "0").replace(",", ".")) for name in ("degrees", "minutes", "seconds")]
    if (letter and letter not in signs) or (found["before"] and found["after"]):
        raise InputError(
            f"{column}: {text!r} names the hemisphere {letter} where a {column} takes {' or '.join(signs)}",
            f"check which of the two coordinates it is, and give a {column} with {' or '.join(signs)}",
        )
    if letter and found["minus"]:
        raise InputError(
            f"{column}: {text!r} has both a minus and the hemisphere {letter}",
            f"give the hemisphere's letter alone ({' or '.join(signs)})",
        )
    if parts[1] >= 60 or parts[2] >= 60 or (parts[2] and not parts[1].is_integer()):
        raise InputError(
            f"{column}: {text!r} has minutes or seconds of 60 or more, or seconds after a minute's fraction",
            "write it as degrees, minutes and seconds (41°19'39\"N), or as a decimal number such as 41.3275",
        )
    sign = -1 if found["minus"] else signs.get(letter, 1)
    return round(sign * (parts[0] + parts[1] / 60 + parts[2] / 3600), 6)


#: Lines that are each empty or a plain decimal number (see `_quick_column`).
#: (At most 300 digits before the point: a longer number is infinite as a float, which
#: parse_float refuses.)
_PLAIN_DECIMALS = re.compile(r"(?:-?[0-9]{1,300}(?:\.[0-9]+)?)?(?:\n(?:-?[0-9]{1,300}(?:\.[0-9]+)?)?)*")


def _holds(base: Provider, changes: dict[str, Any]) -> bool:
    """Whether the record holds these values already, each of the same type (so that
    `with_changes` would give an equal record of the same values): one getter call for the
    fields of a file's columns, which are the same for every row."""
    names = tuple(changes)
    if not names:  # a row that gives only the id (or only blank cells that keep): nothing changes
        return True
    getter = _GETTERS.get(names)
    if getter is None:
        if not _FIELDS.issuperset(names) or len(_GETTERS) > 64:
            return False  # with_changes says what is wrong with a name
        getter = _GETTERS[names] = operator.attrgetter(*names) if len(names) > 1 else _one(names[0])
    held = getter(base)
    given = tuple(changes.values())
    return held == given and tuple(map(type, held)) == tuple(map(type, given))


def _one(name: str) -> Callable[[Provider], tuple[Any, ...]]:
    get = operator.attrgetter(name)
    return lambda provider: (get(provider),)


#: Getters of the fields a row's changes name, by their names (see `_holds`).
_GETTERS: dict[tuple[str, ...], Callable[[Provider], tuple[Any, ...]]] = {}
_FIELDS = frozenset(FIELD_NAMES)


def _failed(value: Any) -> bool:
    return isinstance(value, InputError)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


#: Columns whose blank cell, in a row that updates a stored record, keeps the stored value: a
#: yes/no, the status and whom it serves have no blank value of their own (export writes `no`,
#: `active`, `any`), and reading a blank as the default lifted a restriction without a word (a
#: temporarily closed shelter "active" again, a women's shelter for anyone, a provider that
#: requires official victim status for everyone, a confidential shelter public).
KEPT_WHEN_BLANK = frozenset({*BOOL_FIELDS, "status", "sexes", "exploitation_types"})


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _without_prefix(error: InputError, column: str) -> str:
    """The model's message without its leading "column: ", which the report already names."""
    text = str(error)
    return text[len(column) + 2 :] if text.startswith(f"{column}: ") else text


#: Header words of offices' own sheets (English, French, Albanian, Ukrainian, Russian, Arabic,
#: Italian, Spanish) and the template column each means: used only to name the column in the
#: error that refuses the file, never to read one (a column is read by its template name alone).
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "emri",
        "emertimi",
        "nom",
        "nome",
        "nombre",
        "назва",
        "название",
        "имя",
        "الاسم",
        "اسم",
        "organisation",
        "organization",
        "provider",
    ),
    "phone": (
        "tel",
        "telephone",
        "telefon",
        "telefoni",
        "numri i telefonit",
        "telefono",
        "телефон",
        "هاتف",
        "الهاتف",
        "mobile",
        "cel",
        "cell",
        "phone number",
    ),
    "city": (
        "town",
        "qyteti",
        "qytet",
        "ville",
        "citta",
        "ciudad",
        "місто",
        "город",
        "مدينة",
        "المدينة",
        "municipality",
        "bashkia",
        "commune",
        "locality",
    ),
    "address": (
        "adresa",
        "adresse",
        "indirizzo",
        "direccion",
        "адреса",
        "адрес",
        "عنوان",
        "العنوان",
        "street",
        "rruga",
    ),
    "email": ("e mail", "mail", "courriel", "email address", "почта", "البريد الإلكتروني"),
    "region": (
        "qarku",
        "rajoni",
        "qark",
        "county",
        "oblast",
        "область",
        "регіон",
        "регион",
        "région",
        "regione",
        "provincia",
        "province",
        "district",
        "state",
        "المنطقة",
        "الجهة",
    ),
    "categories": (
        "services",
        "service",
        "category",
        "needs",
        "need",
        "sherbime",
        "sherbimet",
        "kategorite",
        "kategoria",
        "categorie",
        "catégories",
        "categorias",
        "категорії",
        "категории",
        "послуги",
        "услуги",
        "خدمات",
        "الخدمات",
    ),
    "focal_point": (
        "contact",
        "contact person",
        "focal point",
        "personi i kontaktit",
        "kontakt",
        "personne de contact",
        "contatto",
        "контактна особа",
        "контактное лицо",
    ),
    "notes": (
        "comments",
        "comment",
        "remarks",
        "note",
        "shenime",
        "remarques",
        "commentaires",
        "примітки",
        "примечания",
        "ملاحظات",
    ),
    "website": ("web", "site", "url", "web site", "site web", "faqja", "сайт", "الموقع"),
    "latitude": ("lat", "gjeresia", "широта"),
    "longitude": ("lon", "lng", "long", "gjatesia", "довгота", "долгота"),
    "languages": ("language", "gjuhet", "gjuhe", "langues", "langue", "мови", "языки", "لغات"),
    "verified_on": (
        *("last verified", "verified", "date verified", "verification date", "verifikuar", "verifikuar më"),
        *("data e verifikimit", "vérifié le", "date de vérification", "verificato il", "verificado el"),
        *("дата перевірки", "перевірено", "дата проверки", "проверено"),
    ),
    "capacity_available": (
        *("capacity", "free places", "places", "vende te lira", "kapaciteti", "places libres", "capacité"),
        *("posti liberi", "plazas libres", "вільні місця", "місткість", "свободные места", "вместимость"),
    ),
    "sexes": (
        *("sex", "gender", "gjinia", "gjini", "sexe", "genre", "sesso", "sexo", "стать", "пол", "الجنس"),
    ),
    "min_age": (
        *("min age", "minimum age", "age from", "mosha min", "mosha minimale", "âge minimum", "âge min"),
        *("età minima", "edad mínima", "мінімальний вік", "вік від", "минимальный возраст", "возраст от"),
    ),
    "max_age": (
        *("max age", "maximum age", "age to", "mosha max", "mosha maksimale", "âge maximum", "âge max"),
        *("età massima", "edad máxima", "максимальний вік", "вік до", "максимальный возраст", "возраст до"),
    ),
    "organization_type": ("type", "organisation type", "lloji"),
    "status": ("statusi", "statut", "статус"),
    "confidential_address": (
        "confidential",
        "confidentiality",
        "konfidenciale",
        "konfidencial",
        "confidentiel",
        "confidentielle",
        "riservato",
        "confidenziale",
        "confidencial",
        "конфіденційно",
        "конфиденциально",
        "سري",
    ),
}


#: More offices' header words, as `_HEADER_WORDS`: Tagalog (the Philippines), Vietnamese, Amharic,
#: and more Spanish and Arabic (ninth office pass: a Philippine office's `Pangalan`, `Lungsod` and
#: `Wika` got no suggestion).
_MORE_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "pangalan",
        "pangalan ng organisasyon",
        "tên",
        "tên tổ chức",
        "tên cơ sở",
        "ስም",
        "የድርጅቱ ስም",
        "organización",
        "nombre de la organización",
        "اسم المنظمة",
    ),
    "phone": (
        "telepono",
        "numero ng telepono",
        "cellphone",
        "điện thoại",
        "số điện thoại",
        "sđt",
        "ስልክ",
        "ስልክ ቁጥር",
        "celular",
        "móvil",
        "رقم الهاتف",
    ),
    "city": (
        "lungsod",
        "bayan",
        "lungsod/bayan",
        "munisipyo",
        "thành phố",
        "ከተማ",
        "municipio",
        "localidad",
        "البلدة",
    ),
    "address": (
        "tirahan",
        "địa chỉ",
        "አድራሻ",
        "domicilio",
    ),
    "email": (
        "thư điện tử",
        "ኢሜይል",
        "correo",
        "correo electrónico",
        "البريد",
    ),
    "region": (
        "rehiyon",
        "lalawigan",
        "probinsya",
        "tỉnh",
        "tỉnh/thành phố",
        "vùng",
        "ክልል",
        "departamento",
        "المحافظة",
        "الولاية",
    ),
    "categories": (
        "serbisyo",
        "mga serbisyo",
        "dịch vụ",
        "loại dịch vụ",
        "አገልግሎት",
        "አገልግሎቶች",
        "servicios",
        "categoría",
        "نوع الخدمة",
    ),
    "focal_point": (
        "người liên hệ",
        "đầu mối",
        "persona de contacto",
        "punto focal",
        "contacto",
        "جهة الاتصال",
        "الشخص المسؤول",
    ),
    "notes": (
        "tala",
        "mga tala",
        "ghi chú",
        "ማስታወሻ",
        "notas",
        "observaciones",
        "comentarios",
        "ملاحظة",
    ),
    "website": (
        "trang web",
        "ድረ ገጽ",
        "sitio web",
        "página web",
        "الموقع الإلكتروني",
    ),
    "latitude": (
        "latitud",
        "vĩ độ",
        "خط العرض",
    ),
    "longitude": (
        "longitud",
        "kinh độ",
        "خط الطول",
    ),
    "languages": (
        "wika",
        "mga wika",
        "ngôn ngữ",
        "ቋንቋ",
        "ቋንቋዎች",
        "idiomas",
        "idioma",
        "lenguas",
        "اللغات",
        "اللغة",
    ),
    "verified_on": (
        "petsa ng beripikasyon",
        "petsa ng pagpapatunay",
        "ngày xác minh",
        "ngày kiểm tra",
        "የተረጋገጠበት ቀን",
        "fecha de verificación",
        "تاريخ التحقق",
    ),
    "capacity_available": (
        "bakanteng lugar",
        "kapasidad",
        "chỗ trống",
        "sức chứa",
        "አቅም",
        "capacidad",
        "cupos",
        "الأماكن المتاحة",
        "السعة",
    ),
    "sexes": (
        "kasarian",
        "giới tính",
        "ጾታ",
        "género",
    ),
    "min_age": (
        "pinakamababang edad",
        "tuổi tối thiểu",
        "الحد الأدنى للعمر",
    ),
    "max_age": (
        "pinakamataas na edad",
        "tuổi tối đa",
        "الحد الأقصى للعمر",
    ),
    "organization_type": (
        "uri",
        "loại hình",
        "tipo",
        "tipo de organización",
        "نوع المنظمة",
    ),
    "status": (
        "katayuan",
        "trạng thái",
        "tình trạng",
        "ሁኔታ",
        "الحالة",
    ),
}


#: Header words of the offices of the tenth pass, as `_HEADER_WORDS`: Indonesian, Thai, Hausa,
#: Uzbek (Latin and Cyrillic), Bengali, and more Russian as Central Asia's offices write it (an
#: Indonesian office's `Kota`, `Bahasa` and `Tanggal verifikasi` got no suggestion, a Thai one's
#: `ชื่อ` none). A district, regency or subdistrict (`kabupaten`, `อำเภอ`, `tuman`) is a town's
#: column: the regions are the provinces, regions and divisions (`provinsi`, `จังหวัด`, `viloyat`).
_TENTH_PASS_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        *("nama", "nama organisasi", "nama lembaga", "ชื่อ", "ชื่อหน่วยงาน", "ชื่อองค์กร", "suna"),
        *("sunan kungiya", "nomi", "tashkilot nomi", "номи", "наименование", "наименование организации"),
        *("নাম", "সংস্থার নাম"),
    ),
    "categories": (
        *("kategori", "layanan", "jenis layanan", "บริการ", "ประเภทบริการ", "ayyuka", "hidima"),
        *("xizmatlar", "xizmat turi", "хизматлар", "সেবা", "সেবাসমূহ", "সেবার ধরন"),
    ),
    "city": (
        *("kota", "kabupaten", "kabupaten/kota", "kecamatan", "เมือง", "อำเภอ", "gari", "birni"),
        *("shahar", "tuman", "шаҳар", "туман", "район", "শহর", "উপজেলা"),
    ),
    "region": ("provinsi", "จังหวัด", "jiha", "viloyat", "вилоят", "জেলা", "বিভাগ"),
    "address": ("alamat", "ที่อยู่", "adireshi", "manzil", "манзил", "ঠিকানা"),
    "phone": (
        *("telepon", "nomor telepon", "no. telepon", "no telepon", "no. hp", "โทรศัพท์", "เบอร์โทร"),
        *("เบอร์โทรศัพท์", "lambar waya", "waya", "telefon raqami", "ফোন", "ফোন নম্বর", "মোবাইল"),
    ),
    "email": ("surel", "อีเมล", "imel", "elektron pochta", "эл. почта", "электронная почта", "ইমেইল"),
    "languages": ("bahasa", "ภาษา", "harshe", "harsuna", "til", "tillar", "тил", "тиллар", "язык", "ভাষা"),
    "verified_on": (
        *("tanggal verifikasi", "diverifikasi", "tanggal pemeriksaan", "วันที่ตรวจสอบ", "ranar tabbatarwa"),
        *("tekshirilgan sana", "текширилган сана", "যাচাইয়ের তারিখ"),
    ),
    "capacity_available": ("kapasitas", "tempat kosong", "ความจุ", "ที่ว่าง", "sig'im", "ধারণক্ষমতা"),
    "sexes": ("jenis kelamin", "เพศ", "jinsi", "жинси", "লিঙ্গ"),
    "min_age": ("usia minimum", "umur minimum", "อายุขั้นต่ำ", "eng kam yosh", "সর্বনিম্ন বয়স"),
    "max_age": ("usia maksimum", "umur maksimum", "อายุสูงสุด", "eng ko'p yosh", "সর্বোচ্চ বয়স"),
    "notes": ("catatan", "keterangan", "หมายเหตุ", "bayani", "izoh", "изоҳ", "мулоҳазалар", "মন্তব্য"),
    "focal_point": ("narahubung", "kontak person", "ผู้ประสานงาน", "ผู้ติดต่อ", "mas'ul shaxs", "যোগাযোগ ব্যক্তি"),
    "website": ("situs web", "situs", "เว็บไซต์", "veb-sayt", "ওয়েবসাইট"),
    "latitude": ("lintang", "garis lintang", "ละติจูด", "kenglik", "অক্ষাংশ"),
    "longitude": ("bujur", "garis bujur", "ลองจิจูด", "uzunlik", "দ্রাঘিমাংশ"),
    "status": ("สถานะ", "matsayi", "holati", "ҳолати", "অবস্থা"),
    "organization_type": ("jenis organisasi", "jenis lembaga", "ประเภทองค์กร", "tashkilot turi", "সংস্থার ধরন"),
    "confidential_address": ("rahasia", "ความลับ", "sirli", "গোপনীয়"),
}


#: Header words of the offices of the eleventh pass, as `_HEADER_WORDS`: Nepali (Devanagari),
#: Dari and Pashto (Afghanistan), Burmese (a Nepali office's `नाम`, an Afghan one's `ولایت`, a
#: Myanmar one's `အမည်` got no suggestion). A Nepali or Afghan district (`जिल्ला`, `ولسوالی`) and a
#: township (`မြို့နယ်`) are a town's column: the regions are the provinces (`प्रदेश`, `ولایت`)
#: and Myanmar's regions and states (`တိုင်းဒေသကြီး`, `ပြည်နယ်`).
_ELEVENTH_PASS_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("नाम", "संस्थाको नाम", "نام", "نام موسسه", "نام سازمان", "نوم", "د موسسې نوم", "အမည်", "အဖွဲ့အစည်းအမည်"),
    "categories": ("सेवा", "सेवाहरू", "सेवाको प्रकार", "خدمات", "نوع خدمات", "خدمتونه", "ဝန်ဆောင်မှု", "ဝန်ဆောင်မှုများ"),
    "city": ("शहर", "सहर", "नगरपालिका", "जिल्ला", "شهر", "ولسوالی", "ښار", "ولسوالۍ", "မြို့", "မြို့နယ်"),
    "region": ("प्रदेश", "ولایت", "တိုင်းဒေသကြီး", "ပြည်နယ်", "တိုင်းဒေသကြီး/ပြည်နယ်"),
    "address": ("ठेगाना", "آدرس", "نشانی", "پته", "လိပ်စာ"),
    "phone": (
        *("फोन", "फोन नम्बर", "सम्पर्क नम्बर", "تلفن", "شماره تلفن", "شماره تماس", "تلیفون"),
        *("د تلیفون شمېره", "ဖုန်း", "ဖုန်းနံပါတ်"),
    ),
    "email": ("इमेल", "ایمیل", "بریښنالیک", "အီးမေးလ်"),
    "languages": ("भाषा", "भाषाहरू", "زبان", "زبان ها", "زبان‌ها", "زبانها", "ژبه", "ژبې", "ဘာသာစကား"),
    "verified_on": (
        *("प्रमाणित मिति", "प्रमाणीकरण मिति", "تاریخ تایید", "تاریخ تأیید", "تاریخ بررسی"),
        *("د تایید نېټه", "စစ်ဆေးသည့်နေ့", "အတည်ပြုသည့်ရက်စွဲ"),
    ),
    "notes": ("कैफियत", "टिप्पणी", "یادداشت", "یادښت", "မှတ်ချက်"),
    "capacity_available": ("क्षमता", "ظرفیت"),
    "sexes": ("लिङ्ग", "جنسیت", "جنس", "လိင်"),
    "status": ("अवस्था", "स्थिति", "وضعیت", "حالت", "အခြေအနေ"),
    "website": ("वेबसाइट", "وب سایت", "ویب سایت", "ဝက်ဘ်ဆိုက်"),
    "focal_point": ("सम्पर्क व्यक्ति", "شخص تماس"),
    "latitude": ("अक्षांश", "عرض جغرافیایی"),
    "longitude": ("देशान्तर", "طول جغرافیایی"),
}


#: Header words of a column that holds a point, latitude and longitude together (folded).
_POINT_WORDS = frozenset(
    fold(word)
    for word in (
        *(
            "coordinates",
            "coordinate",
            "coords",
            "gps",
            "gps coordinates",
            "lat/long",
            "lat/lon",
            "lat, long",
        ),
        *("lat,long", "latlong", "latlng", "geo", "geolocation", "koordinatat", "koordinata", "coordonnées"),
        *("coordonnees gps", "coordinate gps", "coordenadas", "координати", "координаты", "إحداثيات"),
    )
)


@functools.lru_cache(maxsize=1)
def _column_words() -> dict[str, str]:
    """Folded header word -> template column: the columns themselves and `_HEADER_WORDS`."""
    words = {fold(column): column for column in COLUMNS}
    for table in (_HEADER_WORDS, _MORE_HEADER_WORDS, _TENTH_PASS_HEADER_WORDS, _ELEVENTH_PASS_HEADER_WORDS):
        for column, said in table.items():
            words.update((fold(word), column) for word in said)
    return words


def _names_a_column(cell: str) -> bool:
    """Whether a header cell names a template column in the template's or an office's words."""
    return fold(cell) in _column_words()


def _unknown_column_message(column: str) -> str:
    """'unknown column 'Telefoni' (did you mean phone? ...)': the column meant, by a word of
    an office's own sheet or a close spelling of a template column's name; else none (a column
    named at random, 'Ville' as accompanying_children, sent the office the wrong way)."""
    from rapidfuzz import fuzz, process

    words = _column_words()
    folded = fold(column)
    meant = words.get(folded)
    if meant is None:
        best = process.extractOne(folded, list(words), scorer=fuzz.ratio, score_cutoff=75)
        meant = words[best[0]] if best else None
    if meant is None:  # 'Women only', 'Age range', 'Confidential (yes/no)': a word of a restriction
        held = set(re.findall(r"\w+", folded))
        if not held & _restrictions()["address"]:  # 'Address (confidential)' holds addresses
            meant = next((column for column, said in _restrictions().items() if said & held), None)
    fix = "rename it to a template column (docs/spreadsheets.md), or delete the column"
    if folded in _POINT_WORDS:  # '41.3275, 19.8187' as a map gives a point: no one column holds it
        return (
            f"unknown column {column!r} (a point in one column: split it into the columns latitude "
            "and longitude, each a decimal number such as 41.3275 and 19.8187, or delete the column)"
        )
    if meant in _RESTRICTIONS:  # deleted, it would lift what it restricts
        fix = f"rename it to {meant}; deleting it would {_RESTRICTIONS[meant][1]}"
    return f"unknown column {column!r} ({f'did you mean {meant}? ' if meant else ''}{fix})"


#: Columns that restrict whom a provider takes or what outputs show of it: words that a header
#: holding one among others gives it by, beside the column's own one-word headers, and what
#: deleting the column would do. An unknown column 'Women only', 'Age range', 'Mosha' (age),
#: 'Active' or 'Confidential (yes/no)' was told "rename it to a template column ..., or delete
#: the column", and deleted, the restriction went with it (twenty-third adversarial pass).
_RESTRICTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "confidential_address": (("secret", "hidden", "hide"), "import its shelters' addresses as public"),
    "sexes": (
        ("women", "woman", "men", "female", "male", "girls", "boys", "femmes", "hommes", "gra", "burra"),
        "let its providers take people of every sex",
    ),
    "min_age": (
        ("age", "ages", "mosha", "edad", "eta", "umur", "usia", "tuoi", "yosh", "вік", "возраст", "العمر"),
        "let its providers take people of every age (a range such as 18-65: split it into min_age "
        "and max_age)",
    ),
    "max_age": ((), "let its providers take people of every age"),
    "status": (("closed", "active", "inactive"), "list its closed providers as active"),
}


@functools.lru_cache(maxsize=1)
def _restrictions() -> dict[str, frozenset[str]]:
    """Each column of `_RESTRICTIONS` (and address) -> the folded words a header gives it by."""
    own: dict[str, set[str]] = {column: set() for column in (*_RESTRICTIONS, "address")}
    for word, column in _column_words().items():
        if column in own and re.fullmatch(r"\w+", word):
            own[column].add(word)
    extra = {column: said for column, (said, _) in _RESTRICTIONS.items()}
    return {
        column: frozenset(words | {fold(w) for w in extra.get(column, ())}) for column, words in own.items()
    }


def _parse_extra(value: Any) -> dict[str, Any]:
    if _blank(value):
        return {}
    if isinstance(value, Mapping):
        return dict(value)
    try:
        parsed = json.loads(str(value))
    except json.JSONDecodeError:
        parsed = None
    except (RecursionError, ValueError):  # nested too deeply, or an integer past 4,300 digits
        raise InputError(
            "is JSON nested too deeply or with an integer too long to read",
            'leave it as export wrote it, e.g. {"key": "value"}',
        ) from None
    if not isinstance(parsed, dict):
        raise InputError("is not a JSON object", 'leave it as export wrote it, e.g. {"key": "value"}')
    return parsed


def split_free_list(text: str) -> list[str]:
    """Items of a free-text list cell: split on '|' when there is one, else on ',' and ';'."""
    parts = text.split("|") if "|" in text else text.replace(";", ",").split(",")
    return [part.strip() for part in parts if part.strip()]


def join_free_list(items: Sequence[str]) -> str:
    """The cell for a free-text list; one item holding a comma gets a trailing '|' to stay one."""
    text = "|".join(items)
    if len(items) == 1 and ("," in text or ";" in text):
        text += "|"
    return text


_PHONE_SEPARATORS = re.compile(r"[|;,]")
_EMAIL_SEPARATORS = re.compile(r"[|;,\s]")
_NOT_DIGITS = re.compile(r"\D")


#: A stored confidential shelter is compared by name and region, never by its town: "same name
#: and town" would confirm the village that a row names (docs/security.md).
SAME_REGION = "same name and region"


class Duplicates:
    """The one rule for a new record (no id) that is likely a service point already there: a
    stored record, or one taken before it in the same file or `add` (two rows of one sheet,
    a script's `add` run twice). Used by `import` and `directory add`."""

    def __init__(self, stored: Iterable[Provider], country: str) -> None:
        self.country = country
        self._keys: dict[str, dict[str, str]] = {
            SAME_TOWN: {},
            SAME_REGION: {},
            "same phone": {},
            "same e-mail": {},
        }
        for provider in stored:
            for kind, key in _match_keys(provider, country, stored=True):
                self._keys[kind].setdefault(key, provider.id)

    def take(self, provider: Provider, name: str) -> tuple[str, str] | None:
        """(the id or name of the record `provider` is likely a duplicate of, why); or None,
        and `provider` (called `name`) is compared with the records that come after it, by its
        name only: several service points of one organisation may share a phone."""
        names = list(_name_keys(provider, stored=False))
        for kind, key in itertools.chain(names, _contact_keys(provider, self.country)):
            found = self._keys[kind].get(key)
            if found is not None:
                return found, kind
        kept = SAME_REGION if provider.confidential_address else SAME_TOWN  # as a stored one is
        for kind, key in names:
            if kind == kept:
                self._keys[kind].setdefault(key, name)
        return None


SAME_TOWN = "same name and town"


def _name_keys(provider: Provider, *, stored: bool) -> Iterator[tuple[str, str]]:
    if not provider.name.strip():
        return
    # letters of another script that look like Latin ones ('Public Сlinic', a Cyrillic С) are the
    # ones they look like: no list or package tells the two names apart
    name = as_latin_lookalikes(fold(provider.name))
    if provider.city.strip() and not (stored and provider.confidential_address):
        yield SAME_TOWN, f"{name}|{_folded_town(provider.city)}"
    if provider.region and (provider.confidential_address or not stored):
        yield SAME_REGION, f"{name}|{provider.region}"


#: `fold` of a town, kept: the rows of a file repeat their towns (each row's name is its own).
_folded_town = functools.lru_cache(maxsize=8192)(fold)


def _match_keys(provider: Provider, country: str, *, stored: bool = False) -> Iterator[tuple[str, str]]:
    """What makes two records likely the same service point: name and town (name and region
    for a stored confidential shelter), a phone, an e-mail."""
    yield from _name_keys(provider, stored=stored)
    yield from _contact_keys(provider, country)


def _contact_keys(provider: Provider, country: str) -> Iterator[tuple[str, str]]:
    for part in _PHONE_SEPARATORS.split(provider.phone):
        if part.strip():
            try:
                yield "same phone", read_phone(part, country).e164
            except InputError:
                yield "same phone", _NOT_DIGITS.sub("", part)
    for part in _EMAIL_SEPARATORS.split(provider.email):
        if part.strip():
            yield "same e-mail", part.strip().casefold()


#: Day 0 of the spreadsheet date serials (Excel's 1900 system, as LibreOffice reads it too).
_SERIAL_EPOCH = dt.date(1899, 12, 30)
_DATE_ORDER_HINT = ", or give --date-order dmy (day first) or mdy (month first)"


def read_date(text: str, order: str | None = None) -> str | dt.date:
    """A date cell: 3/1/2026 by `order` ("dmy" or "mdy"), or the one order its numbers allow.

    Raises InputError for an ambiguous day and month without `order`, and for a bare number
    (a spreadsheet's date serial, 46082, from a column not formatted as a date). Other text is
    returned for the model to read (ISO dates).
    """
    cleaned = text.strip()
    if re.fullmatch(r"\d{5}([.,]\d+)?", cleaned):  # a day, and a fraction of it for a time
        serial = int(cleaned.replace(",", ".").partition(".")[0])
        shown = _SERIAL_EPOCH + dt.timedelta(days=serial)
        raise InputError(
            f"{cleaned!r} is a spreadsheet's date number ({shown.isoformat()} if the column was a date)",
            f"format the column as a date, or write {shown.isoformat()}",
        )
    match = DAY_MONTH_DATE.fullmatch(cleaned)
    if not match:
        return text
    year, month, day = _day_month_numbers(match, order)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(f"{cleaned!r} is not a real date", "write it as YYYY-MM-DD") from None


def _day_month_numbers(match: re.Match[str], order: str | None) -> tuple[int, int, int]:
    """(year, month, day) of a date of `DAY_MONTH_DATE` by `order`, or the one its numbers allow."""
    first, separator, second, year_text = match.group(1, 2, 3, 4)
    shown = repr(match.string.strip())
    year = full_year(year_text, shown)
    hint = both_days_hint(int(first), int(second), year, _DATE_ORDER_HINT)
    day, month = day_and_month(int(first), int(second), separator, shown, order, hint)
    return year, month, day


def date_numbers(text: str, order: str | None = None, shown: str = "") -> tuple[int, int, int, str] | None:
    """(year, month, day, how) of a date cell as its numbers are written, the day perhaps no
    real one of the Gregorian calendar (30/02/2019, 05/13/2018: days of the Ethiopian one):
    day and month in `order` or the one their numbers allow (how: "digits"), year first (ISO),
    (how: "iso"), or a form of `other_date_form` (its how); None for any other text. A refusal
    of `other_date_form` (a two-digit year past 29, a month of another calendar) names `shown`."""
    cleaned = text.strip()
    match = DAY_MONTH_DATE.fullmatch(cleaned)
    if match:
        return (*_day_month_numbers(match, order), "digits")
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+Z-]*)?", cleaned)
    form = None if iso else other_date_form(cleaned, order, shown)
    if form is not None:
        return form
    return None if iso is None else (int(iso[1]), int(iso[2]), int(iso[3]), "iso")


def _real_day(year: int, month: int, day: int, shown: str) -> dt.date:
    """The day, or an InputError naming `shown` for no real one (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(f"{shown} is not a real date", "write it as YYYY-MM-DD") from None


def _refuse_another_calendar(column: str, text: str, order: str | None) -> None:
    """A date of a year from 2400 (2569 is 2026 in Thailand's Buddhist era) is refused naming
    --calendar thai: 'a date in the future, set it to today' sent the office the wrong way; one
    of a year of the Solar Hijri calendar (1405 is 2026-27) naming --calendar solar-hijri, where
    'before 1900, a blank date cell' did (eleventh office pass)."""
    numbers = date_numbers(text, order, f"{column}: {text.strip()!r}")
    if numbers is None:
        return
    year, month, day, _how = numbers
    if year >= BUDDHIST_ERA_FROM:
        era, calendar, gregorian = (
            "the Thai Buddhist era",
            "thai",
            f"{year - THAI_YEARS_AHEAD:04d}-{month:02d}-{day:02d}",
        )
    elif year in SOLAR_HIJRI_YEARS and _is_solar_hijri_day(year, month, day):
        era, calendar = "the Solar Hijri calendar", "solar-hijri"
        gregorian = solar_hijri_to_gregorian(year, month, day, "").isoformat()
    else:
        return
    raise InputError(
        f"{column}: {text.strip()!r} is of the year {year}, a year of {era} "
        f"({gregorian[:4] if calendar == 'thai' else gregorian} in the Gregorian calendar)",
        f"import with --calendar {calendar} to convert the file's dates, or write it as {gregorian}",
    )


def field_changes(
    stored: Provider, incoming: Provider, given: Collection[str] = ()
) -> list[tuple[str, str, str]]:
    """(field, stored value, new value) of each field that differs, and of each locating field
    `given` of a confidential shelter (ReadResult.located), values as quoted cells.

    What could locate a confidential shelter (address, coordinates, town, extra) is shown as
    "(withheld)": a change report is output like any other.
    """
    before = export_row(stored, include_confidential=True)
    after = export_row(incoming, include_confidential=True)
    secret = stored.confidential_address or incoming.confidential_address
    places = (stored.to_record(), incoming.to_record()) if secret else ()
    changes = []
    for name in COLUMNS:
        if before[name] != after[name] or name in given:
            if secret and name in WITHHELD_FIELDS:
                changes.append((name, "(withheld)", "(withheld)"))
            elif secret and name == "region":  # a region stored as its town ('OROSH'): not quoted
                changes.append((name, repr(public_region(stored)), repr(public_region(incoming))))
            elif secret and name in _PLACE_TEXTS:  # as every output shows them: the place withheld
                was, now = (
                    withhold_values({name: v}, True, *places)[name] for v in (before[name], after[name])
                )
                changes.append((name, repr(was), repr(now)))
            else:
                changes.append((name, repr(before[name]), repr(after[name])))
    return changes


#: The texts of a confidential shelter that outputs show with its address, town and point withheld.
_PLACE_TEXTS = frozenset(LOCATABLE_TEXTS)


def planned_changes(
    directory: Directory, providers: Iterable[Provider], located: Mapping[str, Collection[str]] | None = None
) -> list[str]:
    """What an import would do, one line per added record and per changed field (for --dry-run);
    `located`: ReadResult.located, the locating fields listed whatever their values."""
    stored = {p.id: p for p in directory.providers}
    shelters: list[SheltersPlaces | None] = []  # (made at the first change of a public `extra`)
    lines = []
    for number, provider in enumerate(providers, start=1):
        base = stored.get(provider.id) if provider.id else None
        if base is None:
            lines.append(f"would add {provider.id or f'(new {number})'}: {provider.name}")
            continue
        given = (located or {}).get(provider.id, ())
        incoming = keep_hidden(base, provider)
        for name, before, after in field_changes(base, incoming, given):
            if name == "extra" and before != "(withheld)":
                if not shelters:
                    shelters.append(SheltersPlaces.of(directory.providers))
                # as outputs show them: a shelter of its organization withheld (privacy)
                shown = [
                    replace(p, extra=shelters[0].extra(p.extra)) if shelters[0] else p
                    for p in (base, incoming)
                ]
                lines.extend(f"would change {provider.id}, {line}" for line in extra_changes(*shown))
                continue
            lines.append(f"would change {provider.id}, {name}: {before} -> {after}")
    return lines


def extra_changes(stored: Provider, incoming: Provider) -> list[str]:
    """What differs in `extra`, one line per value (`extra (hsds) record.organization.partner_code:
    'P-77' -> 'P-78'`): an HSDS import keeps its material packed (deflated, base64), and a line
    showing the two packed texts told nobody what would change."""
    lines: list[str] = []
    for key in sorted(stored.extra.keys() | incoming.extra.keys()):
        was, now = stored.extra.get(key, _NONE), incoming.extra.get(key, _NONE)
        if was == now:
            continue
        if key in PACKED_EXTRA_KEYS:
            was = unpack_json(was) if was is not _NONE else _NONE
            now = unpack_json(now) if now is not _NONE else _NONE
        lines.extend(
            f"extra ({key}) {path}: {a} -> {b}".replace(" : ", ": ") for path, a, b in _differences(was, now)
        )
    return lines


#: Columns that link a table of an HSDS package to another: no template sheet has them.
_HSDS_LINK_COLUMNS = frozenset(
    {"organization_id", "service_id", "location_id", "service_at_location_id", "link_id", "taxonomy_term_id"}
)
#: Keys of a nested HSDS record that no template record has (lists of objects, mostly).
_HSDS_RECORD_KEYS = frozenset(
    {"service_at_locations", "attributes", "capacities", "schedules", "service_areas", "contacts"}
    | {"required_documents", "program", "organization", "phones", "locations", "services", "contents"}
)
#: Columns a totals row at the bottom of a sheet sums.
_COUNT_COLUMNS = ("capacity_available", "min_age", "max_age")
#: "Total" in the offices' and the sending countries' languages, as a sheet's last row says it
#: (folded: lower case, no accents).
_TOTALS = (
    "total totals sum gjithsej totali shuma всього разом усього итого всего totale somme summe gesamt "
    "insgesamt razem suma σύνολο المجموع الإجمالي toplam"
)
_TOTAL_WORDS = frozenset(fold(word) for word in _TOTALS.split())

#: A value that is not there (shown as "(none)").
_NONE: Any = object()
#: The keys of `extra` that hold packed material (model.pack_json).
PACKED_EXTRA_KEYS = frozenset({HSDS_KEY, "hsds_location"})


def _differences(was: Any, now: Any, path: str = "") -> Iterator[tuple[str, str, str]]:
    if isinstance(was, dict) and isinstance(now, dict):
        for key in list(was) + [k for k in now if k not in was]:
            yield from _differences(
                was.get(key, _NONE), now.get(key, _NONE), f"{path}.{key}" if path else str(key)
            )
    elif isinstance(was, list) and isinstance(now, list) and len(was) == len(now):
        for index, (a, b) in enumerate(zip(was, now, strict=True)):
            yield from _differences(a, b, f"{path}.{index}" if path else str(index))
    elif isinstance(was, list) and isinstance(now, list) and _items_moved(was, now) == ([], []):
        yield path, _shown_value(was), _shown_value(now)  # the same items in another order
    elif isinstance(was, list) and isinstance(now, list):  # items left out or added: each its line
        gone, added = _items_moved(was, now)
        for index in gone:
            yield f"{path}.{index}" if path else str(index), _shown_value(was[index]), "(none)"
        for index in added:
            yield f"{path}.{index}" if path else str(index), "(none)", _shown_value(now[index])
    elif was != now:
        yield path, _shown_value(was), _shown_value(now)


def _items_moved(was: list[Any], now: list[Any]) -> tuple[list[int], list[int]]:
    """The places in `was` of its items `now` lacks, and in `now` of its items `was` lacks (a
    list of 12 values set aside, one left out: the two lists cut to 80 characters looked alike)."""
    return (
        [index for index, item in enumerate(was) if item not in now],
        [index for index, item in enumerate(now) if item not in was],
    )


def _shown_value(value: Any) -> str:
    if value is _NONE:
        return "(none)"
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "..."


# --- applying an import --------------------------------------------------------------------


class ImportTarget(Protocol):
    """What `apply_import` needs of a storage Transaction."""

    def get(self, provider_id: str) -> Provider | None: ...
    def put(
        self,
        provider: Provider,
        *,
        checked: bool = False,
        as_id: str | None = None,
        touched: tuple[str, ...] = (),
    ) -> None: ...
    def new_id(self, provider: Provider) -> str: ...


@dataclass
class ImportOutcome:
    """Which records an import added, changed, and left as they were."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged"


def _gives_withheld_extra(base: Provider | None, value: Any) -> bool:
    """Whether an `extra` cell gives a key that outputs withhold of a stored confidential
    shelter (a postal code, a GPS point, a kept HSDS location): were it counted as changed only
    when it differs, a dry run would confirm a guess of it."""
    return (
        base is not None
        and base.confidential_address
        and isinstance(value, Mapping)
        and bool(locating_extra(value))
    )


def _shown_link(provider: Provider, link: str) -> str | None:
    """A confidential shelter's e-mail or website as outputs show it, where they withhold its
    place in it ('(withheld).safehouse@example.org', or '(withheld)' whole: no address, which
    the link checks would refuse, where an import of the redacted export keeps the stored one,
    `keep_hidden`); None otherwise."""
    stored = getattr(provider, link)
    if not provider.confidential_address or not stored:
        return None
    shown = getattr(withhold_in_texts(provider), link)
    return shown if shown != stored else None


def keep_hidden(stored: Provider, incoming: Provider) -> Provider:
    """A confidential record's address and coordinates survive an import of a redacted export;
    so do the places of a public record's kept material that outputs withhold (a shelter of its
    organization: `privacy.kept_places_again`)."""
    if not stored.confidential_address:
        extra = kept_places_again(incoming.extra, stored.extra) if incoming.extra else incoming.extra
        return incoming if extra == incoming.extra else replace(incoming, extra=extra)
    kept: dict[str, Any] = {
        name: getattr(stored, name) for name in HIDDEN_FIELDS if _blank(getattr(incoming, name))
    }
    shown = withhold_in_texts(stored)  # a text as export showed it, address withheld: no change
    for name in LOCATABLE_TEXTS:
        if getattr(incoming, name) == getattr(shown, name) != getattr(stored, name):
            kept[name] = getattr(stored, name)
    public = public_extra(stored.extra)
    hidden_extra = {k: v for k, v in stored.extra.items() if k not in public}
    incoming_extra = dict(incoming.extra)
    kept_hsds = stored.extra.get(HSDS_KEY)
    # shown_extra compiles the record's locating pattern (for each confidential record of a
    # re-import, most of its cost): asked only of an HSDS text, the one thing it withholds in;
    # anything else under the key is left out of what export shows.
    shown_hsds = shown_extra(stored).get(HSDS_KEY) if isinstance(kept_hsds, str) else None
    if incoming_extra.get(HSDS_KEY) == shown_hsds != kept_hsds:
        incoming_extra[HSDS_KEY] = kept_hsds  # as export showed it, address withheld: no change
        kept["extra"] = incoming_extra
    if any(key not in incoming_extra for key in hidden_extra):
        kept["extra"] = {**hidden_extra, **incoming_extra}
    return replace(incoming, **kept) if kept else incoming


def apply_import(
    target: ImportTarget,
    providers: Iterable[Provider],
    *,
    checked: bool = False,
    located: Mapping[str, tuple[str, ...]] | None = None,
) -> ImportOutcome:
    """Add or update each provider (a blank id gets a new one); returns what changed.

    `checked`: the providers are those `read_bytes` gave, which ran the write paths' checks
    (`checks.refusals`) on each, so the target need not run them again on a record that the
    import does not change but for a new id (a confidential record whose hidden values are
    kept is a new record, checked again).
    `located`: ReadResult.located; a record whose row gives a confidential shelter's locating
    fields is updated, those fields written as changed, whatever their values."""
    outcome = ImportOutcome()
    for provider in providers:
        stored = target.get(provider.id) if provider.id else None
        if stored is None:
            # a new id is put with the record, not in a copy of it (the checks ignore ids)
            new_id = None if provider.id else target.new_id(provider)
            target.put(provider, checked=checked, as_id=new_id)
            outcome.added.append(new_id or provider.id)
            continue
        kept = keep_hidden(stored, provider)
        touched = (located or {}).get(kept.id, ())
        if kept == stored and not touched:
            outcome.unchanged.append(kept.id)
        else:
            target.put(kept, checked=checked and kept is provider, touched=touched)
            outcome.updated.append(kept.id)
    return outcome


class DryRun:
    """An ImportTarget over a loaded directory that changes nothing (for `import --dry-run`)."""

    def __init__(self, directory: Directory) -> None:
        self.providers = {p.id: p for p in directory.providers}
        self._counter = 0

    def get(self, provider_id: str) -> Provider | None:
        return self.providers.get(provider_id)

    def put(
        self,
        provider: Provider,
        *,
        checked: bool = False,
        as_id: str | None = None,
        touched: tuple[str, ...] = (),
    ) -> None:
        if as_id is not None:
            provider = provider.with_changes(id=as_id)
        self.providers[provider.id] = provider

    def new_id(self, provider: Provider) -> str:
        self._counter += 1
        return f"(new {self._counter})"


# --- writing -------------------------------------------------------------------------------


def export_row(
    provider: Provider, *, include_confidential: bool = False, country: str | None = None
) -> dict[str, str]:
    """The provider as text cells of every column in COLUMNS (before formula neutralising).

    With `country`, valid phone numbers are written in international format.
    """
    stored = provider
    if provider.confidential_address and not include_confidential:
        provider = withhold_in_texts(provider)  # a note or how_to_refer that gives the address
    row = template_row(provider)
    if country and provider.phone:
        row["phone"] = international(provider.phone, country)
    row["coordinates_approximate"] = "yes" if provider.coordinates_approximate else "no"
    row["outreach"] = "yes" if provider.outreach else "no"
    row["documents_required"] = join_free_list(provider.documents_required)
    row["how_to_refer"] = provider.how_to_refer
    row["extra"] = (
        json.dumps(dict(provider.extra), ensure_ascii=False, sort_keys=True) if provider.extra else ""
    )
    if provider.confidential_address and not include_confidential:
        for name in HIDDEN_FIELDS:
            row[name] = ""
        extra = shown_extra(stored)
        row["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else ""
        row["region"] = public_region(stored, country or "")
        row["coverage"] = public_coverage(stored, country or "").to_text()
    return row


def _safe_cell(text: str) -> str:
    """A cell no spreadsheet runs as a formula, and that `unneutralise_cell` reads back exactly."""
    if text.startswith("'"):
        text = "'" + text
    return neutralise_cell(text)


def hidden_count(directory: Directory) -> int:
    """How many records export hides the address and coordinates of."""
    return sum(1 for p in directory.providers if p.confidential_address)


def write_csv(directory: Directory, *, include_confidential: bool = False) -> str:
    """The directory as CSV text: template columns, the extra ones, the revision; CRLF line ends.

    Refuses (InputError) a value longer than a CSV cell svcmatch reads back: nothing is cut.
    """
    directory = directory if include_confidential else public_directory(directory)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    limit = csv.field_size_limit()
    for provider in directory.providers:
        row = export_row(provider, include_confidential=include_confidential, country=directory.info.country)
        row[REVISION] = str(directory.revision(provider.id))
        cells = [_safe_cell(row[c]) for c in EXPORT_COLUMNS]
        _check_lengths(provider, cells, limit, "CSV", "export as JSON, which keeps it whole")
        writer.writerow(cells)
    return buffer.getvalue()


#: The most characters an .xlsx cell holds (Excel's limit; openpyxl cuts longer text).
XLSX_CELL_LIMIT = 32_767


def _check_lengths(provider: Provider, cells: Sequence[Any], limit: int, what: str, fix: str) -> None:
    for column, cell in zip(EXPORT_COLUMNS, cells, strict=False):
        if isinstance(cell, str) and len(cell) > limit:
            raise InputError(
                f"{provider.id}: {column} has {len(cell):,} characters, more than a {what} cell "
                f"holds whole ({limit:,}); nothing was written",
                fix,
            )


def write_json(directory: Directory, *, include_confidential: bool = False) -> str:
    """The directory as a JSON list of provider records (the fields of the model)."""
    directory = directory if include_confidential else public_directory(directory)
    records: list[dict[str, Any]] = []
    for provider in directory.providers:
        record = public_record(
            provider, include_confidential=include_confidential, country=directory.info.country
        )
        if record["phone"]:  # as public_record shows it: a confidential shelter's town withheld in it
            record["phone"] = international(record["phone"], directory.info.country)
        record[REVISION] = directory.revision(provider.id)
        records.append(record)
    return to_json(records)


_NUMBER_COLUMNS = frozenset({"latitude", "longitude", "min_age", "max_age", "capacity_available"})


def write_xlsx(directory: Directory, *, include_confidential: bool = False) -> bytes:
    """The directory as an .xlsx workbook (sheet "providers"), numbers as numbers."""
    directory = directory if include_confidential else public_directory(directory)
    try:
        import openpyxl
        from openpyxl.styles import Font
    except ImportError:
        raise InputError(  # reading's fix, "save the sheet as CSV", means nothing to an export
            "writing .xlsx files needs openpyxl",
            f"{EXTRAS_INSTALL}; or export as CSV (-o with a .csv name; Excel opens it)",
        ) from None
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "providers"
    sheet.append(list(EXPORT_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "C2"
    fix = "export as CSV or JSON, which keep it whole"
    for provider in directory.providers:
        row = export_row(provider, include_confidential=include_confidential, country=directory.info.country)
        cells = [_xlsx_value(provider, c, row[c]) for c in COLUMNS]
        _check_lengths(provider, cells, XLSX_CELL_LIMIT, ".xlsx", fix)
        sheet.append([*cells, directory.revision(provider.id)])
    for index, column in enumerate(EXPORT_COLUMNS, start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width = max(10, len(column) + 2)
    buffer = io.BytesIO()
    failed: OSError | None = None
    try:
        book.save(buffer)
    except OSError as error:  # its traceback holds openpyxl's writers: raised again without it
        failed = OSError(error.errno, error.strerror)
    if failed is not None:
        _drop_dead_writers()
        raise failed
    return buffer.getvalue()


def _drop_dead_writers() -> None:
    """openpyxl streams each sheet through a temporary file; when the disk is full its writer's
    generator is left open, and Python printed its 'Exception ignored' traceback after our one
    error line when it was collected. Collected here, its error not printed (the export failed
    already, and says so)."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _xlsx_value(provider: Provider, column: str, text: str) -> Any:
    if column in _NUMBER_COLUMNS and text:
        value = getattr(provider, column)
        if isinstance(value, float) and float(f"{value:.15g}") != value:
            return text  # a spreadsheet keeps 15 digits: text keeps the number exact
        return value if isinstance(value, (int, float)) else text
    return _safe_cell(text)


def write_table(directory: Directory, fmt: str, *, include_confidential: bool = False) -> str | bytes:
    """Export in one of WRITE_FORMATS: text for csv/json, bytes for xlsx."""
    writers: dict[str, Callable[..., str | bytes]] = {
        "csv": write_csv,
        "json": write_json,
        "xlsx": write_xlsx,
    }
    if fmt not in writers:
        raise InputError(f"unknown export format {fmt!r}", f"use one of {', '.join(WRITE_FORMATS)}")
    return writers[fmt](directory, include_confidential=include_confidential)


assert set(COLUMNS) == {f.name for f in fields(Provider)}, "every model field needs a column"
