"""Read HSDS input (nested JSON, or a tabular data package) into nested service records."""

from __future__ import annotations

import copy
import csv
import io
import json
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .. import fileio
from ..errors import InputError
from ..fileio import (
    MAX_INPUT_BYTES,
    NotFinite,
    RepeatedKey,
    decode_text,
    finite_float,
    read_limited,
    refuse_constant,
    unique_keys,
)
from ..tables import (
    HEADER_SEARCH_ROWS,
    MAX_ROWS,
    MOST_JSON_CONTAINERS,
    SAMPLE_BYTES,
    TableInfo,
    column_key,
    decode_bytes,
    ends_in_a_quote,
    letters_read,
    refuse_too_many_containers,
    sniff_delimiter,
)
from ..tabular import RowProblem
from .legacy import LEGACY, NOT_READ, RENAMED_COLUMNS, TAXONOMY_1, TAXONOMY_1_COLUMNS
from .spec import CHILDREN, PARENT_ORDER, TABLES, parse_number

Record = dict[str, Any]


@dataclass
class Source:
    """Nested service records (each with where it came from), and what reading them found."""

    form: str  # "json" or "csv"
    services: list[tuple[Record, str]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_source(path: Path | str) -> Source:
    """A tabular package folder (or its datapackage.json), a JSON file, or JSON on standard input ('-')."""
    if str(path) == "-":
        data = _read_limited("-", "standard input")
        if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):  # a package's zip, piped
            return _read_zip(data, "standard input")
        return _json_source(data, "standard input")
    path = Path(path)
    if path.is_dir():
        return _read_package(path)
    if path.name == "datapackage.json" or (path.suffix.lower() == ".csv" and path.is_file()):
        tables = {Path(table.path).name for table in TABLES.values()} | {f"{stem}.csv" for stem in LEGACY}
        if path.name != "datapackage.json" and path.name not in {*tables, "taxonomy.csv"}:
            # a spreadsheet is no HSDS table: its folder's package (if any) is not what was named
            raise InputError(
                f"{path.name} is not a table of an HSDS package (services.csv, locations.csv, ...)",
                "import a spreadsheet without --format hsds, or give the package's folder",
            )
        return _read_package(path.parent)
    if not path.exists():
        raise InputError(f"{path} does not exist", "give an HSDS JSON file or a data package folder")
    data = _read_limited(path, path.name)
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _read_zip(data, path.name)
    return _json_source(data, path.name)


# --- a package sent as a zip -----------------------------------------------------------------------


#: The most members a zipped HSDS package may hold (a package has a few dozen tables; each
#: member is unpacked to a file of a temporary folder before the package is read).
MOST_ZIP_MEMBERS = 1_000


def _read_zip(data: bytes, name: str) -> Source:
    """The tabular package in a zip (at its top, or in one folder of it), as its folder reads.

    Publishers send a package as the zip of its folder. Nothing of the zip is written outside
    a private temporary folder: a member named outside it (`../x`, `/etc/x`) or a link refuses
    the zip, and what its members unpack to is bounded as a package folder's CSV files are."""
    try:
        bundle = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in bundle.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{name} is not a readable zip file ({exc})", "zip the package again") from None
    if len(members) > MOST_ZIP_MEMBERS:  # each is unpacked to a file below: 300,000 took a minute
        raise InputError(
            f"{name} holds {len(members):,} members, more than an HSDS package's "
            f"{MOST_ZIP_MEMBERS:,} (a package has a few dozen tables)",
            "zip only the package's folder",
        )
    for info in members:
        # each step of the name as written: 'pkg//etc/x' is no folder 'pkg' holding 'etc/x' (its
        # rest, '/etc/x', is a path of its own), nor is 'C:x' or '..'
        steps = info.filename.replace("\\", "/").split("/")
        if any(step in ("", ".", "..") or ":" in step for step in steps):
            raise InputError(
                f"{name}: the member {info.filename!r} points outside the zip's folder",
                "zip the package's folder again, with the files inside it",
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InputError(f"{name}: the member {info.filename!r} is a link", "zip the files themselves")

    def shallowest(file_name: str) -> list[str]:
        found = (info.filename for info in members if Path(info.filename).name == file_name)
        return sorted(found, key=lambda member: (member.count("/"), member))

    # the package's folder: its descriptor's (frictionless tools put the tables under data/),
    # else the folder of its services.csv
    services = shallowest("datapackage.json") or shallowest("services.csv")
    if not services:
        workbook = any(info.filename == "[Content_Types].xml" for info in members)
        raise InputError(
            f"{name} holds {'a workbook' if workbook else 'no services.csv, so no HSDS tabular package'}",
            "import it without --format hsds"
            if workbook
            else "give the zip of an HSDS package's folder, or its folder, or an HSDS JSON file",
        )
    prefix = services[0][: -len(Path(services[0]).name)]
    inside = [info for info in members if info.filename.startswith(prefix)]
    if sum(info.file_size for info in inside) > fileio.MAX_INPUT_BYTES:
        raise InputError(
            f"the files of {name} unpack to more than {fileio.MAX_INPUT_BYTES // 2**20} MiB together",
            "split the package into smaller ones (see docs/security.md, sizes)",
        )
    for info in inside:  # the part below the package's folder, as it is joined below
        rest = PurePosixPath(info.filename.replace("\\", "/")[len(prefix) :])
        if rest.is_absolute() or not rest.parts or ".." in rest.parts:
            # 'pkg//home/user/.bashrc' passed the checks above and was written to /home/user/.bashrc
            raise InputError(
                f"{name}: the member {info.filename!r} points outside the zip's folder",
                "zip the package's folder again, with the files inside it",
            )
    given: dict[str, str] = {}
    for info in inside:  # one file given twice: which of them is the package's cannot be told
        # (unpacked, the last one replaced the first without a word; and in any case, as the file
        # systems of macOS and Windows read names)
        key = info.filename.replace("\\", "/")[len(prefix) :].casefold()
        if key in given:
            raise InputError(
                f"{name}: the members {given[key]!r} and {info.filename!r} are one file given twice",
                "zip the package's folder again: which of them is the package's cannot be told",
            )
        given[key] = info.filename
    with tempfile.TemporaryDirectory(prefix="svcmatch-hsds-") as folder:
        for info in inside:
            target = Path(folder, *PurePosixPath(info.filename.replace("\\", "/")[len(prefix) :]).parts)
            if Path(folder).resolve() not in target.resolve().parents:  # never outside, whatever the name
                raise InputError(
                    f"{name}: the member {info.filename!r} points outside the zip's folder",
                    "zip the package's folder again, with the files inside it",
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with bundle.open(info) as member:
                    content = member.read(info.file_size + 1)  # a size the header understates: cut off
            except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as exc:
                # damaged data (a bad CRC, a cut deflate stream), a password, a method zipfile lacks
                raise InputError(
                    f"{name}: the member {info.filename!r} cannot be unpacked ({type(exc).__name__}: "
                    f"{str(exc)[:80]})",
                    "zip the package again (without a password)",
                ) from None
            if len(content) > info.file_size:
                raise InputError(f"{name}: the member {info.filename!r} is damaged", "zip the package again")
            target.write_bytes(content)
        return _read_package(Path(folder), shown=name)


def refuse_too_many_services(source: Source, name: str) -> None:
    """Refuse a feed of more services than an import of a table takes rows (MAX_ROWS), before
    any is converted: each costs some 150 µs and a few KiB, and a feed of tiny records
    (`[{"name": "x"}, ...]`) holds millions within the size limit."""
    if len(source.services) > MAX_ROWS:
        raise InputError(
            f"{name}: holds {len(source.services):,} services, more than {MAX_ROWS:,} "
            "(a directory holds a few thousand providers)",
            "split it into smaller feeds",
        )


def _read_limited(path: Path | str, name: str, limit: int | None = None) -> bytes:
    """The bytes of one input file, refused past the input limit (50 MiB) before memory runs out."""
    try:
        # fileio's limit as it is when called (a test lowers it), not as it was at import
        return read_limited(path, f"HSDS input {name}", fileio.MAX_INPUT_BYTES if limit is None else limit)
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror}", "check the path") from None


def parse_json(data: bytes, name: str) -> Any:
    """JSON text as values, refusing what HSDS cannot hold: NaN, Infinity, numbers too large for a
    float, nesting deeper than any record, text that is not UTF-8."""
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text", "give an HSDS JSON file saved as UTF-8") from None
    refuse_too_many_containers(text, name)
    try:
        return json.loads(
            text, parse_constant=refuse_constant, parse_float=finite_float, object_pairs_hook=unique_keys
        )
    except RepeatedKey as exc:
        raise InputError(f"{name}: {exc}", "keep one of them: which was meant is not known") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name} is not valid JSON (line {exc.lineno}: {exc.msg})",
            "give an HSDS JSON file, or the folder of a tabular data package",
        ) from None
    except NotFinite as exc:
        raise InputError(
            f"{name} holds the number {exc.args[0]}, which JSON and HSDS do not allow",
            "write a finite number, or leave the value out",
        ) from None
    except RecursionError:
        raise InputError(f"{name} is nested too deeply to be HSDS", "give an HSDS JSON file") from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise InputError(f"{name} holds a number that cannot be read ({exc})", "fix the number") from None


# --- JSON -----------------------------------------------------------------------------------------


def _json_source(data: bytes, name: str) -> Source:
    parsed = parse_json(data, name)
    page_note = None
    if isinstance(parsed, dict) and isinstance(parsed.get("contents"), list):
        items: list[Any] = parsed["contents"]  # an API Page
        page_note = _page_note(parsed, name)
    elif isinstance(parsed, list):
        items = parsed
    elif isinstance(parsed, dict):
        items = [parsed]
    else:
        raise InputError(
            f"{name} holds no HSDS records",
            "give a list of services, service_at_location or organization records",
        )
    source = Source("json")
    if page_note:
        source.notes.append(page_note)
    if items and all(_no_hsds_field(item) for item in items):
        raise InputError(  # {"foo": 1} imported "0 added", exit 0: a wrong file, said as one
            f"{name} holds no HSDS records (no item has an HSDS field such as id, name or services)",
            "give a list of services, service_at_location or organization records",
        )
    for number, item in enumerate(items, start=1):
        where = f"{name} item {number}"
        if not isinstance(item, dict):
            source.problems.append(RowProblem(None, where, None, None, "is not an object: not a record"))
            continue
        _add_json_item(source, item, where)
    return source


def _page_note(page: Record, name: str) -> str | None:
    """What to say when an API Page is not the whole result: it is one page of several."""
    pages, number, total = page.get("total_pages"), page.get("page_number"), page.get("total_items")
    count = len(page["contents"])
    several = isinstance(pages, int) and not isinstance(pages, bool) and pages > 1
    more_items = isinstance(total, int) and not isinstance(total, bool) and total > count
    if not several and not more_items:
        return None
    of = f"page {number} of {pages}" if several and isinstance(number, int) else "one page"
    items = f" ({count} of its {total} items)" if isinstance(total, int) else ""
    return (
        f"WARNING: {name} is {of} of an HSDS API result{items}: only this page is imported; "
        "save every page and import each one"
    )


#: Keys only a service or a service_at_location has (a record with none of them is an organization).
_SERVICE_KEYS = ("status", "organization", "service_at_locations", "service", "location", "program")
#: Every key of an HSDS service, service_at_location or organization: an item with none of
#: them is no HSDS record at all.
_ORGANIZATION_KEYS = frozenset(
    {
        column.name
        for table in ("organization", "service", "service_at_location")
        for column in TABLES[table].columns
    }
    | {key for table in ("organization", "service", "service_at_location") for key in CHILDREN[table]}
    | {*_SERVICE_KEYS, "services", "attributes", "metadata"}
)


def _no_hsds_field(item: Any) -> bool:
    """Whether an item is an object with no key of any HSDS record (nor of another HSDS object,
    which `_not_a_service` names)."""
    return (
        isinstance(item, dict)
        and not _ORGANIZATION_KEYS.intersection(item)
        and _not_a_service(item) == NO_SERVICE
    )


def _add_json_item(source: Source, item: Record, where: str) -> None:
    if "services" in item or not any(key in item for key in _SERVICE_KEYS):  # an organization
        organization = {k: v for k, v in item.items() if k != "services"}
        services = item.get("services")
        if not isinstance(services, list) or not services:
            why = _not_a_service(item)
            alone = why == NO_SERVICE  # HSDS allows it: nothing to import, nothing wrong
            source.problems.append(
                RowProblem(
                    None,
                    str(item.get("id") or where),
                    None,
                    None if item.get("name") is None else str(item["name"]),
                    f"{where}: {why}: " + ("nothing to import from it" if alone else "cannot be a provider"),
                    "note" if alone else "error",
                )
            )
            return
        for service in services:
            if isinstance(service, dict):
                record = copy.deepcopy(service)
                record.setdefault("organization", copy.deepcopy(organization))
                source.services.append((record, where))
        return
    if "service" in item or ("location" in item and "status" not in item):  # a service_at_location
        service = item.get("service")
        if not isinstance(service, dict):
            source.problems.append(
                RowProblem(
                    None,
                    str(item.get("id") or where),
                    "service",
                    None,
                    f"{where}: service_at_location has no service: cannot be a provider",
                )
            )
            return
        record = copy.deepcopy(service)
        record["service_at_locations"] = [{k: copy.deepcopy(v) for k, v in item.items() if k != "service"}]
        source.services.append((record, where))
        return
    source.services.append((copy.deepcopy(item), where))


#: Keys that tell other HSDS objects apart, for the message when an item is no service record.
_OTHER_KINDS = (
    (("openapi_url", "profile"), "the HSDS metadata document (base.json)"),
    (("taxonomy_id", "term_facet", "parent_id"), "a taxonomy_term"),
    (("location_type", "latitude", "longitude", "addresses"), "a location"),
    (("version",), "a taxonomy"),
)


NO_SERVICE = "organization has no service"


def _not_a_service(item: Record) -> str:
    """Why an item without services cannot be a provider, naming what it looks like."""
    if any(str(key).endswith(".csv") for key in item):
        return "a tabular package written as JSON (import the folder of CSV files instead)"
    for keys, kind in _OTHER_KINDS:
        if any(key in item for key in keys):
            return f"{kind}, not a service, service_at_location or organization record"
    return NO_SERVICE


# --- tabular data package --------------------------------------------------------------------------


def _inside(folder: Path, path: Path, what: str) -> Path:
    """`path` when it resolves inside the package folder (links followed); refused otherwise, so
    that a descriptor cannot make the import read `../../secret/data.csv` or `/etc/passwd`."""
    root = folder.resolve()
    resolved = path.resolve()
    if resolved != root and root not in resolved.parents:
        raise InputError(
            f"{what} points outside the package folder ({path})",
            "keep every resource of the data package inside its folder",
        )
    return resolved


def _resource_paths(folder: Path, source: Source, shown: str) -> dict[str, Path]:
    """Table name -> CSV file, from datapackage.json where it can be read, else the usual names."""
    paths = {name: folder / table.path for name, table in TABLES.items()}
    paths.update({stem: folder / f"{stem}.csv" for stem in LEGACY})  # HSDS 1.1 and 2.0 files
    if not paths["taxonomy"].is_file():
        paths["taxonomy"] = folder / "taxonomy.csv"  # 1.1: the terms
    descriptor_path = folder / "datapackage.json"
    if not descriptor_path.is_file():
        source.notes.append(f"{shown}: no datapackage.json; read the CSV files by their HSDS names")
        return paths
    text = _read_limited(descriptor_path, "datapackage.json").decode("utf-8-sig", "replace").strip()
    if text and not text.startswith("{") and "\n" not in text and "\0" not in text:
        linked = folder / text  # a symbolic link stored as text (git on Windows; the official
        if linked.is_file():  # examples): only its resource paths are used, and they are confined
            text = _read_limited(linked, text).decode("utf-8-sig", "replace")
    try:
        descriptor = parse_json(text.encode("utf-8"), "datapackage.json")
        resources = descriptor["resources"]
        if not isinstance(resources, list):
            raise TypeError
    except (InputError, KeyError, TypeError):
        source.notes.append("datapackage.json could not be read; read the CSV files by their HSDS names")
        return paths
    for resource in resources:
        if not isinstance(resource, dict):
            continue
        name, rel = resource.get("name"), resource.get("path")
        if (name in TABLES or name in LEGACY) and isinstance(rel, str):
            if "://" in rel:
                raise InputError(
                    f"datapackage.json: resource {name!r} is at {rel}, not in the package folder",
                    "download it into the folder and give its file name as the path",
                )
            paths[name] = folder / rel
            _inside(folder, paths[name], f"datapackage.json: the path of resource {name!r}")
        elif isinstance(name, str) and name in NOT_READ:
            source.notes.append(f"resource {name!r} not read: {NOT_READ[name]}")
        else:
            source.notes.append(f"resource {name!r} is no HSDS 1.1, 2.0 or 3.x table; not read")
    return paths


def _read_package(folder: Path, shown: str | None = None) -> Source:
    """The package in `folder`; `shown` names it in messages (a zip's name, not the temporary
    folder it was unpacked into)."""
    if shown is None:
        shown = folder.resolve().name or str(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder", "give the folder of an HSDS tabular data package")
    source = Source("csv")
    paths = _resource_paths(folder, source, shown)
    if not paths["service"].is_file():
        raise InputError(
            f"{shown} has no {paths['service'].name}",
            "an HSDS tabular data package needs services.csv (see datapackage.json)",
        )
    package = _Package(source)
    budget = MAX_INPUT_BYTES
    read: set[Path] = set()
    for name, csv_path in paths.items():
        if csv_path.is_file():
            read.add(csv_path.resolve())
            inside = _inside(folder, csv_path, csv_path.name)
            try:
                data = _read_limited(inside, csv_path.name, budget)
            except InputError:
                raise InputError(
                    f"the CSV files of {shown} are larger than {MAX_INPUT_BYTES // 2**20} MiB together",
                    "split the package into smaller ones (see docs/security.md, sizes)",
                ) from None
            budget -= len(data)
            package.read_table(name, csv_path.name, data)
    for csv_path in sorted(folder.glob("*.csv")):
        if csv_path.resolve() not in read:  # say it by name: nothing is skipped silently
            why = NOT_READ.get(csv_path.stem, "no HSDS 1.1, 2.0 or 3.x table has this name")
            source.notes.append(f"{csv_path.name} not read: {why}")
    package.nest()
    return source


class _Package:
    """The rows of a tabular package, joined into nested objects along their *_id columns."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.objects: dict[str, dict[str, Record]] = {name: {} for name in TABLES}
        self.where: dict[int, str] = {}
        self.used: set[int] = set()
        #: Rows read from every table so far (bounded: a package of tiny rows costs gigabytes).
        self.rows = 0

    def note(self, obj: Record | None, column: str | None, value: Any, message: str) -> None:
        where = self.where.get(id(obj), "") if obj is not None else ""
        file_name, _, row = where.partition(" row ")
        self.source.problems.append(
            RowProblem(
                int(row) if row else None,
                str(obj.get("id")) if obj else None,
                column,
                None if value is None else str(value),
                f"{file_name}: {message}" if file_name else message,
                "note",
            )
        )

    def read_table(self, name: str, file_name: str, data: bytes) -> None:
        """Rows of one CSV file into objects of their 3.0 table (an HSDS 1.1 or 2.0 file is
        converted row by row: legacy.py)."""
        text, delimiter = self._text(file_name, data)
        try:
            rows = []
            for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter):
                rows.append(row)
                self.rows += 1
                if name == "service" and len(rows) > MAX_ROWS:
                    raise InputError(
                        f"{file_name}: holds more than {MAX_ROWS:,} services "
                        "(a directory holds a few thousand providers)",
                        "split it into smaller feeds",
                    )
                if self.rows > MOST_JSON_CONTAINERS:  # each row is an object, as in a JSON feed
                    raise InputError(
                        f"{file_name}: the package's tables hold more than {MOST_JSON_CONTAINERS:,} rows "
                        "together",
                        "split the package into smaller ones (see docs/security.md, sizes)",
                    )
        except csv.Error as exc:
            if "field limit" in str(exc):  # not the encoding: saving it as UTF-8 changes nothing
                raise InputError(
                    f"cannot read {file_name}: a cell holds more than {csv.field_size_limit():,} characters",
                    "shorten that cell (a provider's texts are a few lines)",
                ) from None
            raise InputError(f"cannot read {file_name}: {exc}", "save it as UTF-8 CSV") from None
        if rows and (
            (not text.endswith(("\n", "\r")) and None in rows[-1].values())
            or (text.count('"') % 2 == 1 and ends_in_a_quote(text.splitlines(keepends=True), delimiter))
        ):  # a table cut off (a copy or download interrupted): its last record's cells are missing or cut
            raise InputError(
                f"{file_name} ends in the middle of its last row (missing cells, or a quoted cell never "
                "closed): it looks cut off, and reading it would store a cut value or take its "
                "missing cells for blank",
                "get the whole package again",
            )
        renamed = RENAMED_COLUMNS.get(name, {})
        columns = self._columns(name, file_name, rows)
        for number, row in enumerate(rows, start=2):
            cells = {
                renamed.get(columns[key], columns[key]): cell
                for key, cell in row.items()
                if key is not None and isinstance(cell, str) and cell.strip()
            }
            if not cells:
                continue  # an empty row (Excel leaves ';;;;' below the last): as every table reads it
            stem = Path(file_name).stem
            if name in LEGACY:
                converted = LEGACY[name](cells, stem)
            elif name == "taxonomy" and TAXONOMY_1_COLUMNS & set(row):
                converted = TAXONOMY_1(cells, stem)
            else:
                converted = [(name, cells)]
            for table_name, converted_row in converted:
                self._add(table_name, converted_row, f"{file_name} row {number}", file_name)

    def _text(self, file_name: str, data: bytes) -> tuple[str, str]:
        """A table's text and separator, by the policy of every other table (svcmatch.tables):
        HSDS's tables are UTF-8 with commas, but a table opened in Excel and saved again comes
        back in the office's code page, or with semicolons where the decimal mark is a comma.
        Read with commas as UTF-8, such a services.csv gave no service, and the import said
        "0 added" and exited 0. Any reading other than UTF-8 and commas is said."""
        text, codec, how = decode_bytes(data, file_name)
        delimiter = sniff_delimiter(text.splitlines(keepends=True)[:HEADER_SEARCH_ROWS])
        info = TableInfo(file_name, "csv", encoding=codec, encoding_source=how, delimiter=delimiter)
        if how.startswith("detected"):
            info.letters = letters_read(
                data[:SAMPLE_BYTES], codec, "save the table again as CSV UTF-8: it may be {other}"
            )
        if not info.is_plain or delimiter != ",":
            self.source.notes.append(f"{info.describe()} (HSDS's tables are UTF-8, with commas)")
        return text, delimiter

    def _columns(self, name: str, file_name: str, rows: list[dict[str, Any]]) -> dict[str, str]:
        """Each header cell of a table as its HSDS column: HSDS writes them in lower case with
        '_', and a spreadsheet's user may not ('ID', 'Organization ID'). Read so, said. A
        services.csv without an id column gave no service, and the import said "0 added",
        exit 0: it is a one-line error."""
        header = [key for key in (rows[0] if rows else {}) if key is not None]
        columns = {key: column_key(key) for key in header}
        changed = [f"{key.strip()!r} as {columns[key]}" for key in header if columns[key] != key.strip()]
        if changed:
            said = ", ".join(changed[:5]) + (f" and {len(changed) - 5} more" if len(changed) > 5 else "")
            self.source.notes.append(
                f"{file_name}: read the column{'s' if len(changed) > 1 else ''} {said} "
                "(HSDS's column names are lower case, with _)"
            )
        if name == "service" and rows and "id" not in columns.values():
            shown = ", ".join(repr(key) for key in header[:6]) + (", ..." if len(header) > 6 else "")
            raise InputError(
                f"{file_name} has no id column, so no service can be read from its {len(rows):,} "
                f"row{'s' if len(rows) != 1 else ''} "
                f"(its columns: {shown})",
                "name the services' identifier column id, as HSDS does (docs/hsds.md)",
            )
        return columns

    def _add(self, name: str, cells: Record, where: str, file_name: str) -> None:
        table = TABLES[name]
        obj: Record = {}
        for column_name, cell in cells.items():
            column = table.column(column_name)
            value: Any = cell
            if column is not None and column.kind == "n" and isinstance(cell, str):
                number_value = parse_number(cell)
                value = cell if number_value is None else number_value
            obj[column_name] = value
        self.where[id(obj)] = where
        key = str(obj.get("id") or "")
        if not key:
            self.note(obj, "id", None, "row has no id; not imported")
        elif key in self.objects[name]:
            if name == "taxonomy_term" and key.startswith("eligibility:"):
                return  # one term per eligibility word, shared by the services that name it
            if name == "service" and obj != self.objects[name][key]:
                # another service under one id (a name or status edited in a copied row): which
                # row the publisher meant is not known, as a JSON feed's second service
                file_row = where.partition(" row ")[2]
                self.source.problems.append(
                    RowProblem(
                        int(file_row) if file_row else None,
                        key,
                        "id",
                        key,
                        f"{where}: the service {key} is given twice, with other values; refused",
                    )
                )
                return
            self.note(obj, "id", key, f"duplicate id in {file_name}; the first row wins")
        else:
            self.objects[name][key] = obj

    def find(self, table: str, key: Any) -> Record | None:
        return self.objects[table].get(str(key)) if key not in (None, "") else None

    def attach(self, parent: Record, key: str, child: Record, many: bool) -> None:
        if many:
            parent.setdefault(key, []).append(child)
        else:
            parent[key] = child
        self.used.add(id(child))

    def _child_key(self, parent_table: str, child_table: str) -> str:
        for key, (table, _many) in CHILDREN.get(parent_table, {}).items():
            if table == child_table:
                return key
        raise KeyError(child_table)

    def nest(self) -> None:
        self._nest_singles()
        for child_table, parents in PARENT_ORDER.items():
            for obj in self.objects[child_table].values():
                self._nest_by_parents(child_table, obj, parents)
        self._nest_links("attribute", "link_id", "link_entity", "attributes")
        self._nest_links("metadata", "resource_id", "resource_type", "metadata")
        self._nest_leftovers()
        for service in self.objects["service"].values():
            self.source.services.append((copy.deepcopy(service), self.where.get(id(service), "")))

    def _nest_singles(self) -> None:
        singles = (
            ("service", "organization_id", "organization", "organization"),
            ("service", "program_id", "program", "program"),
            ("service_at_location", "location_id", "location", "location"),
            ("attribute", "taxonomy_term_id", "taxonomy_term", "taxonomy_term"),
            ("taxonomy_term", "taxonomy_id", "taxonomy", "taxonomy_detail"),
            ("service_capacity", "unit_id", "unit", "unit"),
        )
        for table, column, target, key in singles:
            for obj in self.objects[table].values():
                found = self.find(target, obj.get(column))
                if found is not None:
                    self.attach(obj, key, found, many=False)
                elif obj.get(column):
                    self.note(obj, column, obj[column], f"{column} matches no {target}")

    def _nest_by_parents(self, child_table: str, obj: Record, parents: tuple[str, ...]) -> None:
        placed = False
        for parent_table in parents:
            column = f"{parent_table}_id"
            parent = self.find(parent_table, obj.get(column))
            if parent is None:
                if obj.get(column):
                    self.note(obj, column, obj[column], f"{column} matches no {parent_table}")
                continue
            if not placed:
                self.attach(parent, self._child_key(parent_table, child_table), obj, many=True)
                placed = True
        if not placed:
            self.note(obj, None, None, f"{child_table} belongs to no record; not imported")

    def _nest_links(self, table: str, column: str, entity_column: str, key: str) -> None:
        for obj in self.objects[table].values():
            target_id = obj.get(column)
            entity = str(obj.get(entity_column) or "")
            order = [entity] if entity in TABLES else []
            order += [name for name in TABLES if name not in order]
            for name in order:
                parent = self.find(name, target_id)
                if parent is not None:
                    self.attach(parent, key, obj, many=True)
                    break
            else:
                self.note(obj, column, target_id, f"{column} matches no record; {table} not imported")

    def _nest_leftovers(self) -> None:
        """Locations and programs no service uses go with their organization."""
        for table, key in (("location", "locations"), ("program", "programs")):
            for obj in self.objects[table].values():
                if id(obj) in self.used:
                    continue
                organization = self.find("organization", obj.get("organization_id"))
                if organization is not None:
                    self.attach(organization, key, obj, many=True)
                else:
                    self.note(obj, None, None, f"{table} is used by no service; not imported")
        for obj in self.objects["organization"].values():
            if id(obj) not in self.used:
                self.source.problems.append(
                    RowProblem(
                        _row(self.where.get(id(obj), "")),
                        str(obj.get("id")),
                        None,
                        str(obj.get("name") or ""),
                        f"organizations.csv: {NO_SERVICE}: nothing to import from it",
                        "note",
                    )
                )
        for obj in self.objects["meta_table_description"].values():
            self.note(obj, None, None, "meta_table_description has no place in a provider; not imported")


def _row(where: str) -> int | None:
    _, _, row = where.partition(" row ")
    return int(row) if row else None
