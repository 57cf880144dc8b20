"""Directory files: where they live, fast checked reads, locked atomic writes, migration, history."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import itertools
import json
import json.encoder
import operator
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

import orjson

from .characters import unsafe_character
from .errors import DataError, InputError, LockTimeout, NotFoundError, ReadOnlyError
from .fileio import (
    NotFinite,
    clean_temp_files,
    finite_float,
    folder_mode,
    fsync_folder,
    mode_of,
    refuse_constant,
    unshared_mode,
    write_bytes_atomic,
)
from .geo import resolve_country
from .geo.names import to_latin
from .geo.regions import located_region
from .languages import stored_languages
from .model import (
    CONFIDENTIAL_EXTRA_KEYS,
    SCHEMA_VERSION,
    Directory,
    DirectoryInfo,
    Provider,
    coerce_field,
    provider_from_stored,
    public_location,
    quoted,
)
from .privacy import (
    LOCATING_FIELDS,
    WITHHELD,
    SheltersPlaces,
    is_confidential,
    public_advisories,
    withheld_author,
    withhold_values,
)
from .settings import LOCK_TIMEOUT_ENV, Settings, refuse_if_others_can_change
from .taxonomy import fold

if TYPE_CHECKING:
    from .transaction import Transaction

META_TABLE = "meta"
#: How much of a file is read to find its meta table (DirectoryStore.is_sample).
_HEAD_BYTES = 16_384
PROVIDERS_TABLE = "providers"
#: The key of a provider record that counts its changes (not a Provider field; see Transaction.put).
REVISION = "revision"
META_ID = "directory"
HISTORY_FOLDER = "history"
HISTORY_FORMAT = 1
#: The longest author (--author, $SVCMATCH_AUTHOR, --by) a change is stored with: a referral's
#: --by's limit.
AUTHOR_LIMIT = 120
META_KEYS = ("advisories", "country", "sample", "schema_version", "title")
#: Meta values a transaction may change; country and schema version follow from the file.
#: `advisories`: region code -> the text caseworkers must see before planning a return there.
SETTABLE_META = {"title": str, "sample": bool, "advisories": dict}

NEWLINE = b"\n"
_PROVIDER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
#: Patterns for a damaged file, a write or a journal: texts that `re` compiles on first use (a
#: cold `match` reads a sound file and uses none of them: docs/benchmarks.md, thirteenth pass).
_CONFLICT_MARKER = r"(?m)^(<<<<<<<|=======|>>>>>>>|\|\|\|\|\|\|\|)(?: |$)"


# --- where directories live ------------------------------------------------------------------


class Root(NamedTuple):  # a named tuple: cheaper to define at start-up than a dataclass
    """A folder of directory files; `bundled` marks the read-only samples shipped with svcmatch."""

    path: Path
    bundled: bool = False


def bundled_root() -> Path:
    """The sample directories shipped with svcmatch: inside the wheel, or the checkout's folder."""
    # The wheel force-includes directories/ as svcmatch/_bundled_directories. This is the path
    # importlib.resources.files("svcmatch") gives for an installed package, without its
    # start-up cost (about 15 ms).
    packaged = Path(__file__).with_name("_bundled_directories")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "directories"


def is_directory_file(path: Path) -> bool:
    """Whether `path` is a svcmatch directory file (its head opens with the meta table that
    svcmatch writes first), so that no output is ever written over one."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return False
    return re.match(r'\s*\{\s*"meta"\s*:\s*\{\s*"directory"\s*:', head) is not None


def resolve_root(explicit: str | Path | Root | None = None, settings: Settings | None = None) -> Root:
    """The folder given, else the settings' directories, else ./directories if it is a folder,
    else the samples."""
    if isinstance(explicit, Root):
        return explicit
    given = explicit if explicit not in (None, "") else settings.directories if settings else None
    if given is not None:
        return Root(Path(given).expanduser())
    local = Path("directories")
    if local.is_dir():
        # nobody chose this folder but the current one: in /tmp or a shared folder, another user
        # could have made it, with a provider of theirs to send her to, and taken the referrals
        # written below it (twenty-fourth adversarial pass)
        refuse_if_others_can_change(
            local.absolute(),
            "the current folder's directories folder",
            "give the folder you mean with --directories or SVCMATCH_DIRECTORIES",
        )
        return Root(local)
    return Root(bundled_root(), bundled=True)


def directory_path(country: str, root: Root) -> Path:
    """<root>/<alpha-2 in lower case>.json; refuses anything that is not a resolved alpha-2."""
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country):
        raise InputError(
            f"{country!r} is not a resolved country code",
            "give an ISO 3166-1 alpha-2 code such as AL (resolve it with resolve_country)",
        )
    return root.path / f"{country.lower()}.json"


def _alpha2(country: str) -> str:
    return resolve_country(country).alpha2


def available_countries(root: Root) -> list[str]:
    """Alpha-2 codes (upper case) of the directory files in a root folder."""
    if not root.path.is_dir():
        return []
    return sorted(
        p.stem.upper() for p in root.path.glob("*.json") if re.fullmatch(r"[a-z]{2}", p.stem) and p.is_file()
    )


def load_directory(
    country: str, root: str | Path | Root | None = None, *, settings: Settings | None = None
) -> Directory:
    """Read one country's directory (read-only, without TinyDB: start-up matters)."""
    resolved = resolve_root(root, settings)
    code = _alpha2(country)
    path = directory_path(code, resolved)
    if not path.is_file():
        raise _missing(code, path, resolved)
    return _read_state(path, code).directory()


#: What a directory file's path holds when it is no regular file, as its error names it.
_SPECIAL_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _missing(code: str, path: Path, root: Root) -> NotFoundError:
    if path.is_symlink() and not path.exists():  # a shared copy whose drive is not there
        return NotFoundError(
            f"no directory for {code}: {path} is a link to {os.readlink(path)!r}, which does not exist",
            "mount or restore what it points to, or replace the link",
        )
    if path.exists():  # a folder, a FIFO, a device: never read, never replaced
        mode = path.stat().st_mode
        kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), "a special file")
        return NotFoundError(
            f"no directory for {code}: {path} is {kind}, not a directory file",
            f"move it away, then `svcmatch --directories {root.path} directory init {code}`",
        )
    if root.path.exists() and not root.path.is_dir():  # SVCMATCH_DIRECTORIES, root=: a file, a FIFO
        mode = root.path.stat().st_mode
        kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), "a file")
        return NotFoundError(
            f"no directory for {code}: the directories folder {root.path} is {kind}, not a folder",
            "give --directories (or SVCMATCH_DIRECTORIES) the folder that holds the directory files",
        )
    present = available_countries(root)
    where = f"; {root.path} holds: {', '.join(present)}" if present else ""
    if root.bundled:  # the user chose no folder: name none of the package's own
        return NotFoundError(
            f"no directory for {code} (the bundled samples are {', '.join(present)})",
            f"choose one of them, give --directories the folder that holds yours, or start one: "
            f"`svcmatch --directories ./directories directory init {code}`",
        )
    fix = f"start one with `svcmatch --directories {root.path} directory init {code}`"
    sample = Root(bundled_root(), bundled=True)
    if directory_path(code, sample).is_file():
        # a newcomer's `directory init XK` made ./directories, and the README's match on the
        # bundled AL sample then read this folder, which has no AL, and said only to start one
        where += f"; the bundled sample of {code} is read only without --directories and ./directories"
        fix += f", or use the sample: `svcmatch --directories {sample.path} ...`"
    return NotFoundError(f"no directory for {code} ({path} does not exist{where})", fix)


# --- reading -----------------------------------------------------------------------------------


class _State(NamedTuple):  # (as Root)
    """A directory file as read and checked: meta, providers by id, and where it came from."""

    path: Path
    meta: dict[str, Any]
    providers: dict[str, Provider]
    file_schema_version: int
    #: The checksum of the file's bytes (the journal's, see `_reconcile_journal`).
    version: str
    revisions: dict[str, int]
    #: What outputs show as the directory's version (`_public_version`); the file's own when "".
    public_version: str = ""
    #: (provider id, name as stored, code) for each language the file gives by name.
    languages_by_name: tuple[tuple[str, str, str], ...] = ()

    def directory(self) -> Directory:
        stored = tuple(sorted((self.meta.get("advisories") or {}).items()))
        # shown to every caseworker: no confidential shelter's street address or point
        shown = public_advisories(stored, self.providers.values())
        advisories, misfiled = _read_advisories(shown, self.meta["country"]) if shown else ((), ())
        info = DirectoryInfo(
            country=self.meta["country"],
            path=str(self.path),
            schema_version=self.file_schema_version,
            sample=bool(self.meta.get("sample")),
            version=self.public_version or self.version,
            title=str(self.meta.get("title") or ""),
            advisories=advisories,
            advisories_withheld=tuple(
                code for (code, text), (_, kept) in zip(stored, shown, strict=True) if text != kept
            ),
            advisories_misfiled=misfiled,
            languages_by_name=self.languages_by_name,
        )
        ordered = tuple(self.providers[key] for key in sorted(self.providers))
        return Directory(info=info, providers=ordered, revisions=self.revisions)

    def tables(self) -> dict[str, dict[str, dict[str, Any]]]:
        """The file's content in the current schema, as TinyDB tables."""
        meta = {**self.meta, "schema_version": SCHEMA_VERSION}
        return {
            META_TABLE: {META_ID: meta},
            PROVIDERS_TABLE: {
                key: {**provider.to_record(), REVISION: self.revisions.get(key, 0)}
                for key, provider in self.providers.items()
            },
        }


class _NotANumber(ValueError):
    """NaN, Infinity or -Infinity in a directory file: Python's reader takes them, JSON has
    none, and no field holds one (the checks refuse them at every door)."""


def _refuse_constant(name: str) -> Any:
    raise _NotANumber(name)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _read_state(path: Path, country: str) -> _State:
    raw = _read_bytes(path)
    version = _version(raw)
    with _no_gc_pauses():
        document = _parse_json(path, raw)
        if not isinstance(document, dict):
            raise _damaged(path, "is not a JSON object of tables")
        file_version, meta, records = _upgrade(path, document, country)
        revisions = _revisions(path, raw, records)
        providers, by_name = _providers(path, raw, records)
        public = _public_version(raw, providers, revisions, meta)
        return _State(path, meta, providers, file_version, version, revisions, public, by_name)


def _public_version(
    raw: bytes,
    providers: Mapping[str, Provider],
    revisions: Mapping[str, int],
    meta: Mapping[str, Any],
    *,
    laid_out: bool = False,
) -> str:
    """The directory's version as outputs show it (`match`, `batch`, `package`, `coverage`): a
    checksum of the file in which each confidential shelter's record is replaced by its id,
    revision and public cell. A checksum of the whole file would let anyone who sees an output
    and the public records rebuild the file for each guess of a shelter's town, street or point
    and compare (a write through svcmatch changes the revision, so the version still changes
    with every write). Each record replaced must be exactly the text between its key and its
    closing brace, as svcmatch writes files (checked by parsing it back); any other layout is
    laid out again first, the confidential records already replaced."""
    secret = sorted(key for key, provider in providers.items() if provider.confidential_address)
    if not secret:
        return _version(raw)
    digest = hashlib.sha256()
    at = 0
    for key in secret:  # in the file's order: svcmatch writes records sorted by id
        head = b"\n    " + json.dumps(key, ensure_ascii=False).encode("utf-8") + b": {"
        start = raw.find(head, at)
        end = raw.find(b"\n    }", start) + len(b"\n    }") if start >= 0 else -1
        if start < 0 or end < len(b"\n    }") or not _is_record_text(raw[start:end], key, providers[key]):
            return "" if laid_out else _laid_out_version(providers, revisions, meta)
        digest.update(raw[at:start])
        digest.update(_stand_in(key, providers[key], revisions.get(key, 0)))
        at = end
    digest.update(raw[at:])
    return "sha256:" + digest.hexdigest()[:16]


def _is_record_text(text: bytes, key: str, provider: Provider) -> bool:
    """Whether `text` ("\\n    <key>: {...\\n    }") holds exactly the stored record of `key`."""
    try:
        parsed = json.loads(b"{" + text + b"}")
    except ValueError:
        return False
    record = parsed.get(key) if isinstance(parsed, dict) and len(parsed) == 1 else None
    if not isinstance(record, dict):
        return False
    record.pop(REVISION, None)
    try:
        return provider_from_stored({**record, "id": key}) == provider
    except (InputError, TypeError, ValueError):
        return False


def _stand_in(key: str, provider: Provider, revision: int) -> bytes:
    point = (
        public_location(provider.latitude, provider.longitude)
        if provider.latitude is not None and provider.longitude is not None
        else None
    )
    return json.dumps([key, revision, point]).encode("utf-8")


def _laid_out_version(
    providers: Mapping[str, Provider], revisions: Mapping[str, int], meta: Mapping[str, Any]
) -> str:
    """`_public_version` of a file not laid out as svcmatch writes it: of the file svcmatch
    would write of it (the same version as the file has once a write lays it out again)."""
    state = _State(Path(), dict(meta), dict(providers), SCHEMA_VERSION, "", dict(revisions))
    tables = state.tables()
    version = _public_version(serialise(tables), providers, revisions, meta, laid_out=True)
    if version:
        return version
    records: dict[str, Any] = tables[PROVIDERS_TABLE]
    for key, provider in providers.items():  # (not met: svcmatch writes what it finds)
        if provider.confidential_address:
            records[key] = _stand_in(key, provider, revisions.get(key, 0)).decode("utf-8")
    return _version(serialise(tables))


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's objects are built: they hold no
    cycles, and collections triggered by millions of new objects cost more than the parse
    itself (a 100k-provider file loads in about half the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _made_old()
            gc.enable()


def _made_old() -> None:
    """Move what the collector holds as young into its oldest generation (`gc.freeze`, then
    `gc.unfreeze`, which puts the frozen objects there), so that resuming does not walk the
    millions of objects the pause made: the first young collection after an import of 100,000
    rows walked them all (0.6 s of its CPU), and passing them on to the older generations
    made a full collection due. A caller that keeps objects frozen (the command line sets
    start-up's aside) keeps its freeze, and ours joins it: never unfreeze what it froze."""
    theirs = gc.get_freeze_count()
    gc.freeze()
    if not theirs:
        gc.unfreeze()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"{path} does not exist", "check the country and --directories") from None
    except OSError as error:
        raise DataError(f"cannot read {path}: {error.strerror}", "check the file's permissions") from None


def _damaged(path: Path, what: str, hint: str | None = None) -> DataError:
    return DataError(
        f"{path} {what}",
        hint
        or "repair it by hand or restore it from git or a backup; svcmatch will not overwrite a damaged file",
    )


def _parse_json(path: Path, raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise _damaged(path, f"line {line}: is not UTF-8 text") from None
    if not text.strip():
        raise _damaged(path, "is empty")
    surrogate = re.search(_LONE_SURROGATE, text) if "\\u" in text else None
    if surrogate:
        line = text.count("\n", 0, surrogate.start()) + 1
        raise _damaged(
            path, f"line {line}: holds {surrogate.group()}, half of a UTF-16 pair, not a character"
        )
    try:
        return json.loads(text, object_pairs_hook=_pairs_without_duplicates, parse_constant=_refuse_constant)
    except _NotANumber as constant:
        found = re.search(_CONSTANT, text)
        where = f"line {text.count(chr(10), 0, found.start()) + 1}: " if found else ""
        raise _damaged(path, f"{where}holds {constant}, which is not a number JSON knows") from None
    except _DuplicateKey as duplicate:
        line = _duplicate_line(text, duplicate.key)
        raise _damaged(
            path,
            f"line {line}: key {duplicate.key!r} appears twice",
            "keep one of the two entries (a bad merge?); svcmatch will not overwrite a damaged file",
        ) from None
    except json.JSONDecodeError as error:
        marker = re.search(_CONFLICT_MARKER, text)
        if marker:
            line = text.count("\n", 0, marker.start()) + 1
            raise _damaged(
                path,
                f"line {line}: has git merge conflict markers",
                "finish the merge: keep the right lines, delete the <<<<<<< ======= "
                ">>>>>>> lines, then run `svcmatch directory validate`",
            ) from None
        # Python's message ends "starting at"/"at" before the place it gives apart, here first
        what = re.sub(r"(?: starting)? at$", "", error.msg)
        raise _damaged(
            path, f"line {error.lineno}, column {error.colno}: is not valid JSON ({what}; truncated?)"
        ) from None
    except ValueError:  # Python reads integers of at most 4,300 digits
        raise _damaged(path, "holds an integer longer than 4,300 digits, which no field takes") from None
    except RecursionError:
        raise _damaged(path, "is nested too deeply to be a directory file") from None


#: NaN or an infinity written as a value (after a colon, a bracket or a comma).
_CONSTANT = r"(?<=[:\[,])\s*(?:NaN|-?Infinity)\b"

#: A \\uXXXX escape of half a UTF-16 surrogate pair without its other half.
_LONE_SURROGATE = (
    r"(?<!\\)\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<![\\]u[dD][89abAB][0-9a-fA-F]{2})(?<!\\)\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _duplicate_line(text: str, key: str) -> int:
    """Line of the second occurrence of a repeated key (slow path: only when one was found).

    The JSON parser tells object hooks no positions, so the raw text is searched: each place
    where `key` is written as a key ("key" then a colon), in order; the line of the second
    one that sits in the same object as an earlier one is the line to fix. Keys are compared
    as written in the file, so a key written with escapes in one place and plainly in another
    falls back to the last place it appears."""
    pattern = re.compile(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:")
    positions = [match.start() for match in pattern.finditer(text)]
    if not positions:
        return 1
    for earlier, later in itertools.pairwise(positions):
        if _same_object(text, earlier, later):
            return text.count("\n", 0, later) + 1
    return text.count("\n", 0, positions[-1]) + 1


def _same_object(text: str, start: int, end: int) -> bool:
    """Whether no brace between two places closes the object holding the first (braces in
    strings are counted too: good enough for a line number, which is all this is for)."""
    depth = 0
    for brace in re.finditer(_BRACE, text[start:end]):
        depth += 1 if brace.group() == "{" else -1
        if depth < 0:
            return False
    return depth == 0


_BRACE = r"[{}]"


def _upgrade(
    path: Path, document: dict[str, Any], country: str
) -> tuple[int, dict[str, Any], dict[str, Any]]:
    """(schema version on disk, meta, provider records by id) in the current schema."""
    if META_TABLE not in document:
        if set(document) <= {"_default"}:
            meta, records = _migrate_v0(path, document, country)
            return 0, meta, records
        raise _damaged(
            path,
            f"is not a svcmatch directory (tables {', '.join(sorted(document))})",
            "a directory file has the tables 'meta' and 'providers'; see docs/directory-format.md",
        )
    meta = _meta(path, document, country)
    file_version = meta["schema_version"]
    unknown = sorted(set(document) - {META_TABLE, PROVIDERS_TABLE})
    if unknown:
        raise _damaged(path, f"has unknown tables: {', '.join(unknown)}")
    records = document.get(PROVIDERS_TABLE, {})
    if not isinstance(records, dict):
        raise _damaged(path, "table 'providers' is not an object keyed by provider id")
    return file_version, meta, records


def _meta(path: Path, document: dict[str, Any], country: str) -> dict[str, Any]:
    table = document[META_TABLE]
    meta = table.get(META_ID) if isinstance(table, dict) else None
    if not isinstance(meta, dict):
        raise _damaged(path, f"has no meta record (table 'meta', key {META_ID!r})")
    version = meta.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(path, f"has no valid schema_version ({version!r})")
    if version > SCHEMA_VERSION:
        raise DataError(
            f"{path} has schema version {version}, newer than this svcmatch reads ({SCHEMA_VERSION})",
            "upgrade svcmatch: pip install --upgrade svcmatch",
        )
    if meta.get("country") != country:
        raise _damaged(
            path,
            f"holds country {meta.get('country')!r}, not {country}",
            f"rename the file to {str(meta.get('country')).lower()}.json or fix 'country'",
        )
    problem = _meta_problem(meta)
    if problem:
        raise _damaged(path, f"meta record is not valid: {problem}")
    found = {
        "country": country,
        "sample": meta.get("sample", False),
        "schema_version": version,
        "title": meta.get("title", ""),
    }
    if meta.get("advisories"):
        found["advisories"] = dict(meta["advisories"])
    return found


def _read_advisories(
    stored: tuple[tuple[str, str], ...], country: str
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The advisories by region code, and (key, region read or "") for each key that is not
    its region's code. `directory advise` writes the code, but a file edited by hand, merged
    in git or written by another tool may hold `AL08`, `al-08`, a province or the region's
    name: match, batch and package look advisories up by code, so a return there went without
    its advisory (thirteenth adversarial pass). Such a key is read as a provider's stored
    region is (`geo.regions.located_region`); one that names no region stays as it is."""
    by_region: dict[str, list[str]] = {}
    misfiled = []
    for key, text in stored:
        code = located_region(key, country) if isinstance(key, str) else None
        if code != key:
            misfiled.append((key, code or ""))
        texts = by_region.setdefault(code or key, [])
        if text not in texts:
            texts.append(text)
    return tuple((code, " / ".join(texts)) for code, texts in sorted(by_region.items())), tuple(misfiled)


def _meta_problem(meta: Mapping[str, Any]) -> str:
    """What is wrong with a meta record (a hand edit, a bad merge), named; "" when nothing."""
    unknown = sorted(set(meta) - set(META_KEYS))
    if unknown:
        return f"unknown key {', '.join(map(repr, unknown))} (the keys are {', '.join(META_KEYS)})"
    if not isinstance(meta.get("sample", False), bool):
        return "sample is not true or false"
    if not isinstance(meta.get("title", ""), str):
        return "title is not text"
    advisories = meta.get("advisories", {})
    if not isinstance(advisories, dict):
        return "advisories is not an object of region codes and texts"
    for key, text in advisories.items():
        if not key:
            return "advisories: an advisory has no region"
        if not isinstance(text, str) or not text.strip():
            return f"advisories: {key!r} has no text"
    return ""


def _migrate_v0(path: Path, document: dict[str, Any], country: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Version 0: a plain TinyDB file, provider records in "_default" under integer doc ids."""
    table = document.get("_default", {})
    if not isinstance(table, dict):
        raise _damaged(path, "table '_default' is not an object")
    records: dict[str, Any] = {}
    for doc_id, record in table.items():
        if not isinstance(record, dict):
            raise _damaged(path, f"document {doc_id} is not an object")
        name = str(record.get("name") or "")
        given = str(record.get("id") or "").strip()
        # of the name for a confidential shelter, as a new id is (Transaction.new_id): its id is
        # shown everywhere, its town nowhere
        place = "" if _confidential_v0(record) else str(record.get("city") or "")
        key = (
            given
            or f"{country.lower()}-{_slug(place or name)}-"
            f"{hashlib.sha256(f'{doc_id}:{name}'.encode()).hexdigest()[:4]}"
        )
        if key in records:
            raise _damaged(path, f"documents share the provider id {key!r}", "give each document its own id")
        records[key] = {**record, "id": key}
    meta = {"country": country, "sample": False, "schema_version": 0, "title": ""}
    return meta, records


def _confidential_v0(record: Mapping[str, Any]) -> bool:
    """Whether a version 0 record is a confidential shelter: its flag as the model reads it, and
    a flag it cannot read counts as one (its id then tells nothing either)."""
    try:
        return bool(coerce_field("confidential_address", record.get("confidential_address")))
    except InputError:
        return True


def _revisions(path: Path, raw: bytes, records: dict[str, Any]) -> dict[str, int]:
    """Each record's revision, taken out of the record; a record without one (a file of schema
    version 1, or written by hand) is at revision 0."""
    revisions: dict[str, int] = {}
    for key, record in records.items():
        if not isinstance(record, dict) or REVISION not in record:
            continue
        value = record.pop(REVISION)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise _record_error(path, raw, key, f"has revision {quoted(value)}, not a whole number from 0")
        revisions[key] = value
    return revisions


def _providers(
    path: Path, raw: bytes, records: dict[str, Any]
) -> tuple[dict[str, Provider], tuple[tuple[str, str, str], ...]]:
    """The records as providers, and (id, name, code) for each language given by name, read as
    its code (`languages.stored_languages`; `directory validate` and every command say it)."""
    providers: dict[str, Provider] = {}
    by_name: list[tuple[str, str, str]] = []
    for key, record in records.items():
        if not isinstance(record, dict):
            raise _record_error(path, raw, key, "is not an object")
        if record.get("id", key) != key:
            raise _record_error(path, raw, key, f"has id {record.get('id')!r} under key {key!r}")
        if not _PROVIDER_ID.fullmatch(key):
            raise _record_error(path, raw, key, "has an id that is not a plain word")
        languages = record.get("languages")
        if isinstance(languages, list):
            codes, read = stored_languages(languages)
            if read:
                record = {**record, "languages": codes}
                by_name += [(key, name, code) for name, code in read]
        try:
            # (the record holds its id already, checked above, but in files of before ids)
            providers[key] = provider_from_stored(record if "id" in record else {**record, "id": key})
        except InputError as error:
            raise _record_error(path, raw, key, _unquoted(error.message, record)) from None
        except (TypeError, ValueError) as error:
            raise _record_error(path, raw, key, _unquoted(str(error), record)) from None
        except OverflowError:  # a point or a number past a float's range: '"latitude": 999...9'
            raise _record_error(
                path, raw, key, f"{_past_a_float(record)}: a number past any a point or count takes"
            ) from None
    return providers, tuple(by_name)


def _past_a_float(record: Mapping[str, Any]) -> str:
    """The field of a record whose integer no float holds (only its name: it may be a point)."""
    return next(
        (name for name, value in record.items() if type(value) is int and abs(value) > sys.float_info.max),
        "a field",
    )


def _unquoted(problem: str, record: Mapping[str, Any]) -> str:
    """A damaged record's problem as every command prints it: of a confidential shelter (or a
    record whose flag cannot be read), the field without the value, which may be its point or
    town ("latitude: '41.83412 N' is not a number" reached every caseworker's match; twelfth
    adversarial pass). The file's owner finds the value at the line named."""
    if not _confidential_v0(record):
        return problem
    field, colon, _ = problem.partition(":")
    named = field if colon and len(field) <= 40 else "a field"
    return f"{named}: its stored value cannot be read (not shown: {WITHHELD[1:-1]})"


def _record_error(path: Path, raw: bytes, key: str, problem: str) -> DataError:
    position = raw.find(json.dumps(key, ensure_ascii=False).encode() + b":")
    line = f"line {raw.count(NEWLINE, 0, position) + 1}: " if position >= 0 else ""
    return _damaged(
        path,
        f"{line}provider {key!r} {problem}",
        "fix the record by hand or restore the file from git; svcmatch will not overwrite a damaged file",
    )


# --- writing -----------------------------------------------------------------------------------


def serialise(tables: Mapping[str, Any]) -> bytes:
    """The deterministic file text: UTF-8, sorted keys, two-space indent, one field a line.

    The bytes are exactly those of `json.dumps(tables, ensure_ascii=False, sort_keys=True,
    indent=2) + "\\n"` (files are diffed in git, so they must never change). orjson writes them
    (100,000 providers: 0.23 s against 3.8 s), except what it writes otherwise: a float under
    10^-4 (0.00001 where json.dumps writes 1e-05), and what it refuses (an integer beyond 64
    bits, a key that is not text, a lone surrogate, nesting past 255); those go to
    `_indented`, several times faster than json.dumps, and anything it does not handle to
    json.dumps itself. NaN and infinity, which no write path lets in (checks refuse them),
    would be written as null by orjson."""
    try:
        text = orjson.dumps(tables, option=_ORJSON_FILE)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        pass
    else:
        if not _orjson_differs(text):
            return text + b"\n"
    try:
        pieces = _file_pieces(tables) if _plain_values is not None else None
    except (_Unusual, RecursionError):
        pieces = None
    if pieces is None:
        return (json.dumps(tables, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")
    return "".join(pieces).encode("utf-8")


#: orjson's layout of the file: json.dumps' with indent=2 and sort_keys (keys sorted by code
#: point, as UTF-8 sorts them). Subclasses of dict, str and int (TinyDB's records are dicts
#: of their own) are written as their base type, as json.dumps writes them; what json.dumps
#: refuses (a dataclass, a date) raises instead of being written.
_ORJSON_FILE = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
_ORJSON_FILE |= orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
#: The end of a float under 10^-6 that orjson writes with a one-digit exponent (1.5e-7,
#: json.dumps' 1.5e-07), where a number ends in the file's layout (before a comma, a line's
#: end or the end of the text: a document that is one number) or in the history's compact
#: lines (before a closing bracket or brace too).
_ONE_DIGIT_EXPONENT = rb"e-[0-9](?:[,\n}\]]|\Z)"


def _orjson_differs(text: bytes) -> bool:
    """Whether orjson's `text` may differ from json.dumps': a float under 10^-4 written without
    an exponent (0.00001, json.dumps' 1e-05) or with a one-digit one. Text holding the same
    characters only costs the slower writer. (Searched for the literal first: a regex that
    looks behind each position takes seconds on a 130 MB file.)"""
    at = text.find(b"0.0000")
    while at >= 0:
        if at == 0 or not text[at - 1 : at].isdigit():
            return True
        at = text.find(b"0.0000", at + 1)
    return any(text[m.start() - 1 : m.start()].isdigit() for m in re.finditer(_ONE_DIGIT_EXPONENT, text))


def _file_pieces(tables: Any) -> list[str]:
    """The file's text in pieces, joined once by `serialise`. `_indented` lays out each
    record; the two levels above them (each table, keyed by id, and the object of the tables)
    are pieces here: laid out by `_indented` too, each level would copy the text of the levels
    below (128 MiB for 100,000 providers) once more."""
    if not (
        isinstance(tables, dict) and tables and all(isinstance(table, dict) for table in tables.values())
    ):
        return [*_indented([tables], "\n"), "\n"]
    names = _sorted_keys(tuple(tables))
    orders = [_sorted_keys(tuple(tables[name])) for name in names]
    records = iter(
        _indented(
            [tables[name][key] for name, order in zip(names, orders, strict=True) for key in order],
            _RECORD_INDENT,
        )
    )
    pieces: list[str] = []
    before_table = "{\n  "
    for name, order in zip(names, orders, strict=True):
        pieces.append(before_table + json.encoder.encode_basestring(name) + ": ")
        before_table = ",\n  "
        if not order:
            pieces.append("{}")
            continue
        before_record = "{" + _RECORD_INDENT
        for key in order:
            pieces += (before_record + json.encoder.encode_basestring(key) + ": ", next(records))
            before_record = "," + _RECORD_INDENT
        pieces.append("\n  }")
    pieces.append("\n}\n")
    return pieces


#: Where a file's records stand: in a table, in the object of the tables.
_RECORD_INDENT = "\n    "


# json.dumps writes an indented document with its pure-Python encoder (the C one has no indent),
# which made most of the cost of an import. `_indented` lays out the lists and objects itself
# and has the C encoder write the plain values (strings, numbers, true/false/null, [] and {}),
# a whole column of them in one call: the same field of every record of a table, split apart
# on a control character that the encoder always escapes inside strings.


class _Unusual(Exception):
    """A value json.dumps would treat in a way `_indented` does not copy (a key that is not a
    string, an object it cannot encode): serialise leaves the document to json.dumps."""


def _refuse_unusual(value: Any) -> Any:
    raise _Unusual


#: Between the values of a column: a character the encoder never writes raw inside a string.
_COLUMN_SEPARATOR = "\x00"
_CONTAINERS = (dict, list, tuple)
_make_encoder = getattr(json.encoder, "c_make_encoder", None)  # None on Pythons without _json
_plain_values = (
    _make_encoder(
        None,
        _refuse_unusual,
        json.encoder.encode_basestring,
        None,
        ": ",
        _COLUMN_SEPARATOR,
        True,
        False,
        True,
    )
    if _make_encoder is not None
    else None
)


def _indented(values: list[Any], indent: str) -> list[str]:
    """Each value as json.dumps(indent=2, sort_keys=True) writes it where `indent` ("\\n" and the
    spaces before the value's line) is its nesting."""
    if not values:
        return []
    first = values[0]
    if not (isinstance(first, _CONTAINERS) and first):  # most likely a column of plain values
        text = _plain_text(values)
        if not _holds_containers(text):
            return text.split(_COLUMN_SEPARATOR)
    texts = [""] * len(values)
    plain: list[int] = []
    objects: list[int] = []
    arrays: list[int] = []
    for at, value in enumerate(values):
        if isinstance(value, _CONTAINERS) and value:
            (objects if isinstance(value, dict) else arrays).append(at)
        else:
            plain.append(at)
    if plain:
        pieces = _plain_text([values[at] for at in plain]).split(_COLUMN_SEPARATOR)
        for at, piece in zip(plain, pieces, strict=True):
            texts[at] = piece
    inner = indent + "  "
    if objects:
        _indented_objects(values, objects, texts, indent, inner)
    if arrays:
        _indented_arrays(values, arrays, texts, indent, inner)
    return texts


#: The item types of an array that `_indented_arrays` lays out once per distinct array: those
#: whose equal values are written alike (not floats: 0.0 == -0.0; not containers: unhashable).
_REPEATED_ITEM_TYPES = frozenset({str, int, bool, type(None)})


def _indented_arrays(values: list[Any], arrays: list[int], texts: list[str], indent: str, inner: str) -> None:
    """The non-empty arrays among `values`. An array of plain items repeats down a column (a
    record's needs, languages, sexes, regions): each distinct one is written once (its items'
    types are part of its key: 1 and True are equal, but not written alike)."""
    distinct: dict[tuple[tuple[Any, ...], tuple[type, ...]], list[int]] = {}
    written: list[list[int]] = []
    for at in arrays:
        value = values[at]
        kinds = tuple(map(type, value))
        if _REPEATED_ITEM_TYPES.issuperset(kinds):
            key = (tuple(value), kinds)
            same = distinct.get(key)
            if same is None:
                distinct[key] = same = []
                written.append(same)
            same.append(at)
        else:
            written.append([at])
    items = _indented([item for same in written for item in values[same[0]]], inner)
    join = ("," + inner).join
    start = 0
    for same in written:
        end = start + len(values[same[0]])
        text = "[" + inner + join(items[start:end]) + indent + "]"
        for at in same:
            texts[at] = text
        start = end


def _plain_text(values: list[Any]) -> str:
    """The values written by the C encoder, separated by _COLUMN_SEPARATOR."""
    assert _plain_values is not None
    return "".join(_plain_values(values, 0))[1:-1]


def _holds_containers(text: str) -> bool:
    """Whether a column's text holds a list or object that is not empty at its top level (the
    separator comes before each value, and no string holds it raw)."""
    return (
        (text[:1] in ("[", "{") and text[:2] not in ("[]", "{}"))
        or text.count(_COLUMN_SEPARATOR + "[") != text.count(_COLUMN_SEPARATOR + "[]")
        or text.count(_COLUMN_SEPARATOR + "{") != text.count(_COLUMN_SEPARATOR + "{}")
    )


def _indented_objects(
    values: list[Any], objects: list[int], texts: list[str], indent: str, inner: str
) -> None:
    """The non-empty objects among `values`, field by field: the values of one key in all of
    them (a column of a table, mostly of one kind) are written together.

    Objects with the same keys in the same order (the records of a table) are one group: its
    values are taken a row at a time with one `itemgetter` call, turned into columns by `zip`,
    and its texts filled into one %-format a row at a time: no Python loop runs per field of
    each record."""
    if len(objects) < _FEW:
        # a few objects (the tables of a file, keyed by id): each one's values in one list,
        # all objects together
        orders = [_sorted_keys(tuple(values[at])) for at in objects]
        flat = [values[at][key] for at, order in zip(objects, orders, strict=True) for key in order]
        encoded = iter(_indented(flat, inner))
        for at, order in zip(objects, orders, strict=True):
            texts[at] = _layout(order, indent, inner) % tuple(itertools.islice(encoded, len(order)))
        return
    groups: dict[tuple[Any, ...], list[int]] = {}
    for at in objects:
        keys = tuple(values[at])
        group = groups.get(keys)
        if group is None:
            groups[keys] = [at]
        else:
            group.append(at)
    # Each group's rows, sorted keys first: the columns, each key's values group after group.
    columns: dict[str, list[Any]] = {}
    sorted_groups: list[tuple[list[str], list[int]]] = []
    for keys, members in groups.items():
        order = _sorted_keys(keys)
        records = map(_getter(order), [values[at] for at in members])
        for key, cells in zip(order, zip(*records, strict=True), strict=True):
            known = columns.get(key)
            if known is None:
                columns[key] = list(cells)
            else:
                known.extend(cells)
        sorted_groups.append((order, members))
    # A column of a few values (a key that few objects have) joins the others of its kind.
    few = [(key, column) for key, column in columns.items() if len(column) < _FEW]
    written = {key: iter(_indented(column, inner)) for key, column in columns.items() if len(column) >= _FEW}
    if few:
        together = iter(_indented([value for _key, column in few for value in column], inner))
        for key, column in few:
            written[key] = iter(list(itertools.islice(together, len(column))))
    for order, members in sorted_groups:
        layout = _layout(order, indent, inner).__mod__
        count = len(members)
        rows = zip(*[itertools.islice(written[key], count) for key in order], strict=True)
        for at, text in zip(members, map(layout, rows), strict=True):
            texts[at] = text


def _getter(keys: list[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """The values of these keys of an object, as a tuple, in one call."""
    if len(keys) == 1:
        key = keys[0]
        return lambda value: (value[key],)
    return operator.itemgetter(*keys)


#: Columns shorter than this are written together (see _indented_objects).
_FEW = 16


def _sorted_keys(keys: tuple[Any, ...]) -> list[str]:
    if not all(type(key) is str for key in keys):  # json.dumps converts (or refuses) them
        raise _Unusual
    return sorted(keys)


def _layout(order: list[str], indent: str, inner: str) -> str:
    """A %-format of an object with these keys, one field a line, its values to fill in."""
    fields = ("," + inner).join(
        json.encoder.encode_basestring(key).replace("%", "%%") + ": %s" for key in order
    )
    return "{" + inner + fields + indent + "}"


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@contextmanager
def file_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the write lock of a directory file; the kernel releases it if the process dies."""
    wait = Settings().lock_timeout if timeout is None else timeout
    _refuse_a_special_lock(lock_path(path))
    handle = open(lock_path(path), "a+b")  # noqa: SIM115 - closed in finally
    try:
        _acquire(handle, path, wait)
        try:
            yield
        finally:
            _release(handle)
    finally:
        handle.close()


def _refuse_a_special_lock(lock: Path) -> None:
    """A lock path that is a named pipe or a device is named for what it is (opened, it said
    "cannot write the output: File or stream is not seekable", of a command without one)."""
    try:
        mode = lock.stat().st_mode
    except OSError:
        return  # none yet (open makes it), or a folder or a dangling link: open names them
    kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), None)
    if kind is not None and not stat.S_ISDIR(mode):
        raise DataError(
            f"the lock file {lock} is {kind}, not a file: svcmatch cannot lock the directory file",
            f"remove it, and svcmatch makes a new one: rm {str(lock)!r}",
        )


def _acquire(handle: IO[bytes], path: Path, wait: float) -> None:
    deadline = time.monotonic() + wait
    while not _try_lock(handle):
        if time.monotonic() >= deadline:
            raise LockTimeout(
                f"{path} is locked by another writer (waited {wait:g} s)",
                f"try again when the other edit is done, or set {LOCK_TIMEOUT_ENV} to wait longer; "
                "a lock held by a process that died is released by itself",
            )
        time.sleep(0.02)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@functools.lru_cache(maxsize=4096)  # an import asks it for each new record's town
@functools.lru_cache(maxsize=4096)  # a new id's town or name: an import repeats the towns
def _slug(text: str) -> str:
    """The first three letters of a town or name in Latin letters: 'Львів' -> 'lvi' (it was 'x':
    every Cyrillic town gave ids like ua-x-f7e7); another script that has no table gives 'x'."""
    letters = re.sub(r"[^a-z0-9]", "", to_latin(fold(text)))
    return letters[:3] or "x"


# --- change history ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One provider's (or the directory's own) change in one write: who, when, what, old, new."""

    time: dt.datetime
    author: str
    action: str
    operation: str  # add | edit | remove | meta
    provider_id: str | None
    old: Mapping[str, Any] = field(default_factory=dict)
    new: Mapping[str, Any] = field(default_factory=dict)
    #: The provider's revision after the change (None: removed, a meta change, or older history).
    revision: int | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(sorted({*self.old, *self.new}))


def _diff(
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    defaults: Mapping[str, Any],
    laid_out: tuple[tuple[str, ...], tuple[Any, ...]] = ((), ()),
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Changed fields as (old values, new values); an add or a remove lists the non-default ones.
    (Keys in no particular order: the history is written with sorted keys.) `laid_out`: the
    keys of a record as `Provider.to_record` and `Transaction.put` make it, and their defaults."""
    if before is None or after is None:
        record = after or before or {}
        if tuple(record) == laid_out[0]:  # an added record: its values against the defaults in C
            values = dict(itertools.compress(record.items(), map(operator.ne, record.values(), laid_out[1])))
        else:
            values = {key: value for key, value in record.items() if value != defaults.get(key)}
        return ({}, values) if before is None else (values, {})
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for key in {*before, *after}:
        if before.get(key) != after.get(key):
            old[key], new[key] = before.get(key), after.get(key)
    return old, new


def _change_entries(
    before: Mapping[str, Any], after: Mapping[str, Any], touched: Mapping[str, tuple[str, ...]] | None = None
) -> list[dict[str, Any]]:
    """The history's changes from the tables before to those after; `touched`: fields listed as
    changed whatever their values (Transaction.touched), by provider id."""
    entries: list[dict[str, Any]] = []
    meta_before = before[META_TABLE][META_ID] or None
    meta_old, meta_new = _diff(meta_before, after[META_TABLE][META_ID], {"sample": False, "title": ""})
    meta_old.pop("schema_version", None)
    meta_new.pop("schema_version", None)
    if meta_new or meta_old:
        entries.append({"operation": "meta", "provider": None, "old": meta_old, "new": meta_new})
    defaults = Provider(id="", name="").to_record()
    laid_out = ((*defaults, REVISION), (*defaults.values(), None))  # a record as put makes it
    old_records, new_records = before[PROVIDERS_TABLE], after[PROVIDERS_TABLE]
    for key in sorted(old_records.keys() | new_records.keys()):
        was, now = old_records.get(key), new_records.get(key)
        if was is None and type(now) is dict and tuple(now) == laid_out[0]:
            # a record put added (most of an import): `_diff`'s answer, without its steps
            new = dict(itertools.compress(now.items(), map(operator.ne, now.values(), laid_out[1])))
            new.pop("id", None)
            new.pop(REVISION, None)
            if now["confidential_address"]:
                new = withhold_values(new, True, was, now)
            entry = {"operation": "add", "provider": key, "old": {}, "new": new, REVISION: now[REVISION]}
            entries.append(entry)
            continue
        if was is now or was == now:  # a record no write touched is the one read
            continue
        operation = "add" if was is None else "remove" if now is None else "edit"
        old, new = _diff(was, now, defaults, laid_out)
        if was is not None and now is not None:
            for name in (touched or {}).get(key, ()):
                if name not in new:  # written as changed: withheld below, as a change is
                    old[name], new[name] = was.get(name), now.get(name)
        for name in ("id", REVISION):  # the entry names the provider and its revision already
            old.pop(name, None)
            new.pop(name, None)
        if is_confidential(was) or is_confidential(now):  # both sides, the moment it turns
            old, new = withhold_values(old, True, was, now), withhold_values(new, True, was, now)
        entry = {"operation": operation, "provider": key, "old": old, "new": new}
        if now is not None:
            entry[REVISION] = now.get(REVISION, 0)
        entries.append(entry)
    return _kept_places_withheld(entries, new_records)


def _kept_places_withheld(
    entries: list[dict[str, Any]], records: Mapping[str, Any], shelters: SheltersPlaces | None = None
) -> list[dict[str, Any]]:
    """The entries with what a public record's kept material gives of a confidential shelter's
    place withheld (privacy.SheltersPlaces: its organization's other locations), as outputs
    show it: the history holds no shelter's place (fourteenth adversarial pass)."""
    holding = [
        entry
        for entry in entries
        if not is_confidential(records.get(entry.get("provider") or ""))
        and any(_holds_kept_places(entry.get(side)) for side in ("old", "new"))
    ]
    if holding and shelters is None:
        shelters = SheltersPlaces.of(record for record in records.values() if isinstance(record, dict))
    if shelters is None:
        return entries
    for entry in holding:
        for side in ("old", "new"):
            if _holds_kept_places(entry.get(side)):
                entry[side] = {**entry[side], "extra": shelters.extra(entry[side]["extra"])}
    return entries


def _holds_kept_places(values: Any) -> bool:
    extra = values.get("extra") if isinstance(values, dict) else None
    return isinstance(extra, dict) and any(key in extra for key in CONFIDENTIAL_EXTRA_KEYS)


def _refuse_author_giving_place(
    author: str, before: Mapping[str, Any], after: Mapping[str, Any], entries: list[dict[str, Any]]
) -> None:
    """Who makes a change is shown by `history` beside each field it changed: an author that
    gives the address, town or point of a confidential shelter the change touches ("Orosh
    office") is refused before anything is written, as a referral's `--by` is."""
    old_records, new_records = before[PROVIDERS_TABLE], after[PROVIDERS_TABLE]
    for entry in entries:
        key = entry.get("provider")
        if key is None:
            continue
        was, now = old_records.get(key), new_records.get(key)
        if (is_confidential(was) or is_confidential(now)) and withheld_author(author, was, now) != author:
            raise InputError(
                f"the author of this change gives the address, town or point of confidential shelter {key}, "
                "which `directory history` shows beside the change",
                "give --author (or $SVCMATCH_AUTHOR, or --by) without the place, e.g. the organisation",
            )
    # of any change: "Rruga Zzsecret 77" as the author of a clinic's new phone was stored in its
    # history entry and shown by `history` (twentieth adversarial pass); a shelter's street or
    # point, searched in all of them at once as an advisory is (its town alone names an office)
    shelters = [
        record for record in (*old_records.values(), *new_records.values()) if is_confidential(record)
    ]
    if shelters and public_advisories([("", author)], shelters)[0][1] != author:
        raise InputError(
            "the author of this change gives the street address or point of a confidential shelter, "
            "which `directory history` shows beside the change",
            "give --author (or $SVCMATCH_AUTHOR, or --by) without the place, e.g. the organisation",
        )


def _turned_confidential(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """Ids of the records that a write makes confidential (they were stored and were not)."""
    old_records = before[PROVIDERS_TABLE]
    return sorted(
        key
        for key, record in after[PROVIDERS_TABLE].items()
        if is_confidential(record) and key in old_records and not is_confidential(old_records[key])
    )


def _scrub_note(count: int) -> str:
    """What a scrub entry says it did."""
    fields = ", ".join(LOCATING_FIELDS)
    return f"scrubbed {count} earlier entries of {fields} and location details (now {WITHHELD!r})"


def _scrub_history(
    folder: Path,
    provider_ids: list[str],
    records: Mapping[str, Any] | None = None,
    unreadable: list[Path] | None = None,
) -> dict[str, int]:
    """Rewrite the earlier history entries of shelters that became confidential without what
    would locate them (privacy.withhold_values); returns how many entries each lost values in.
    A history file that cannot be read is left as it is and added to `unreadable`: refusing the
    write would leave the shelter public in every output (twelfth adversarial pass)."""
    scrubbed = dict.fromkeys(provider_ids, 0)
    if not folder.is_dir():
        return scrubbed
    wanted = set(provider_ids)
    # a public record's kept material may give their places too (an organization's locations)
    shelters = SheltersPlaces.of((records or {}).get(key) or {} for key in provider_ids)
    kept_places = CONFIDENTIAL_EXTRA_KEYS if shelters else ()
    documents: list[tuple[Path, Any]] = []
    for path in sorted(folder.glob("*.json")):
        raw = path.read_bytes()
        if not any(json.dumps(key).encode() in raw for key in (*wanted, *kept_places)):
            continue
        try:
            documents.append((path, _parse_json(path, raw)))
        except DataError:
            if unreadable is not None:
                unreadable.append(path)
    former = _former_places(documents, wanted)
    for path, document in documents:
        changed = False
        for entry in document.get("changes", []) if isinstance(document, dict) else []:
            if isinstance(entry, dict) and entry.get("provider") not in wanted and shelters is not None:
                before = json.dumps(entry, sort_keys=True)
                _kept_places_withheld([entry], records or {}, shelters)
                changed |= json.dumps(entry, sort_keys=True) != before
            if not isinstance(entry, dict) or entry.get("provider") not in wanted:
                continue
            touched = False
            for side in ("old", "new"):
                values = entry.get(side)
                if isinstance(values, dict):
                    stored = (records or {}).get(entry["provider"])
                    clean = withhold_values(
                        values, True, stored, entry.get("old"), entry.get("new"), *former[entry["provider"]]
                    )
                    touched |= clean != values
                    entry[side] = clean
            if touched:
                changed = True
                scrubbed[entry["provider"]] += 1
            author = document.get("author")
            if isinstance(author, str):  # who wrote "Orosh office" of the shelter is withheld too
                stored = (records or {}).get(entry["provider"])
                clean_author = withheld_author(author, stored, entry.get("old"), entry.get("new"))
                if clean_author != author:
                    document["author"] = clean_author
                    changed = True
        if changed:
            write_bytes_atomic(path, history_text(document))
    return scrubbed


def _former_places(documents: list[tuple[Path, Any]], wanted: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Each place the history gives a shelter before it became confidential (an address, town
    or point it had, with its region): a text of an earlier entry that names one is withheld too.
    Only the stored record's place and the entry's own were: a clinic's how-to-refer "at Rruga
    Zzsecret 77", the shelter's address until it moved within its town, was kept in the history
    file and shown by `directory history` once it turned confidential, while its address entries
    were scrubbed (twenty-second adversarial pass)."""
    former: dict[str, list[dict[str, Any]]] = {key: [] for key in wanted}
    for _, document in documents:
        for entry in document.get("changes", []) if isinstance(document, dict) else []:
            if not isinstance(entry, dict) or entry.get("provider") not in wanted:
                continue
            for side in ("old", "new"):
                values = entry.get(side)
                if not isinstance(values, dict):
                    continue
                place = {
                    name: values[name]
                    for name in (*LOCATING_FIELDS, "region")
                    if values.get(name) not in (None, "", WITHHELD)  # what a scrub left says nothing
                }
                if place.keys() - {"region"}:
                    former[entry["provider"]].append(place)
    return former


def history_text(document: Mapping[str, Any]) -> bytes:
    """A history file's text: the document with sorted keys, each top-level key on a line of
    its own (two-space indent), and each change on a line of its own, written compact (no
    space after ',' or ':': `json.dumps(change, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))`, which orjson writes).

    An import of 100,000 rows records 100,000 changes: laid out a field a line they made a
    second file the size of the directory, and writing it cost as much as writing the
    directory. One change a line is written by orjson (100,000 changes: 0.17 s, against about
    1.2 s for the C encoder of the standard library, which lays them out with ", " and ": "),
    and `grep <id> history/al/*.json` shows whole changes. Readers parse JSON, so files laid
    out otherwise (a field a line before 2026-12, ", " and ": " until 2026-12-05) read as
    before. Where orjson would write a value otherwise than json.dumps (a float under 10^-4)
    or refuses it (an integer beyond 64 bits, a key that is not text), json.dumps writes the
    changes, in the same layout."""
    changes = document["changes"]
    lines = _orjson_change_lines(changes) if changes else None
    if lines is None:
        lines = ",\n    ".join(map(_change_line, changes)).encode("utf-8")
    pieces: list[bytes] = []
    before = b"{\n  "
    for key in sorted(document):
        pieces.append(before + json.dumps(key, ensure_ascii=False).encode("utf-8") + b": ")
        before = b",\n  "
        if key != "changes":
            pieces.append(json.dumps(document[key], ensure_ascii=False, sort_keys=True).encode("utf-8"))
        elif changes:
            pieces += (b"[\n    ", lines, b"\n  ]")
        else:
            pieces.append(b"[]")
    pieces.append(b"\n}\n")
    return b"".join(pieces)


def _orjson_change_lines(changes: list[Any]) -> bytes | None:
    """The changes written by orjson, a line each (joined by ",\\n    "); None where orjson's
    text may differ from json.dumps' (see `serialise`) or where it refuses a value.

    One call writes them all (one call per change costs 5 us more each, five times the
    writing): a NUL string between each two changes marks where one ends, `,"\\u0000",` in
    orjson's text, which nothing else writes but a NUL string that is an item of a list; so
    the marks are counted, and a change that holds one is left to json.dumps (a change is an
    object: a mark of its own lies between its braces, never across a mark between two)."""
    if not {*map(type, changes)} <= {dict}:
        return None
    marked: list[Any] = [_CHANGE_MARK] * (2 * len(changes) - 1)
    marked[::2] = changes
    try:
        text = orjson.dumps(marked, option=_ORJSON_LINES)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return None
    if text.count(_CHANGE_MARK_TEXT) != len(changes) - 1 or _orjson_differs(text):
        return None
    return text[1:-1].replace(_CHANGE_MARK_TEXT, b",\n    ")


#: What `_orjson_change_lines` puts between two changes, and how orjson writes it there.
_CHANGE_MARK = "\x00"
_CHANGE_MARK_TEXT = b',"\\u0000",'
#: orjson's layout of the changes: compact, keys sorted by code point (as UTF-8 sorts them);
#: what json.dumps refuses (a dataclass, a date) raises instead of being written.
_ORJSON_LINES = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME


def _change_line(value: Any) -> str:
    """One change as a line of JSON, as `history_text` writes it, by json.dumps (keys sorted,
    no space after ',' or ':')."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _history_folder(root: Path, country: str) -> Path:
    return root / HISTORY_FOLDER / country.lower()


#: The history entry of a write in progress, journaled beside the history before the file is
#: replaced: ".<history file name>.<the version the write makes, 16 hex>.pending".
_JOURNAL = r"\.(\d{8}T\d{6}\.\d{6}Z-[0-9a-f]{8}\.json)\.([0-9a-f]{16})\.pending"


def _version(data: bytes) -> str:
    """A directory file's version: a short checksum of its bytes (DirectoryInfo.version)."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:16]


def _history_error(folder: Path, error: OSError) -> DataError:
    return DataError(
        f"cannot write the history folder {folder}: {error.strerror or error}",
        "check the folder's permissions and the free disk space; the directory file is unchanged",
    )


def _write_journal(
    folder: Path, name: str, version: str, document: Mapping[str, Any], mode: int | None = None
) -> Path:
    """Journal a write's history entry before the file is replaced (raises DataError naming the
    history folder, so that nothing is written when the history cannot be). The entry (and a
    history folder made for it) takes `mode`, the directory file's permissions (None: the
    umask's): its records are the file's, which the office may have made private (0o600)."""
    journal = folder / f".{name}.{version.removeprefix('sha256:')}.pending"
    try:
        if mode is not None:
            for part in (folder.parent, folder):
                with suppress(FileExistsError):
                    os.mkdir(part, folder_mode(mode))
        folder.mkdir(parents=True, exist_ok=True)
        for leftover in folder.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
        write_bytes_atomic(journal, history_text(document), mode)
    except OSError as error:
        raise _history_error(folder, error) from None
    return journal


def _journals(folder: Path) -> list[tuple[Path, str, str]]:
    """(journal, history file name, version) of each journal in a history folder."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(".*.pending")):
        match = re.fullmatch(_JOURNAL, path.name)
        if match:
            found.append((path, match.group(1), "sha256:" + match.group(2)))
    return found


def _finish_journal(journal: Path, name: str) -> None:
    """Move the journaled entry into the history (one rename): its file was written."""
    try:
        os.replace(journal, journal.with_name(name))
    except OSError as error:
        raise DataError(
            f"the change was written, but its history could not be: {journal.parent}: "
            f"{error.strerror or error}",
            "fix the history folder's permissions; the next change records it",
        ) from None
    fsync_folder(journal.parent)


def _reconcile_journal(folder: Path, version: str | None) -> None:
    """After a killed writer (called under the lock): a journaled entry whose write reached the
    file joins the history; one whose write never did is dropped, since nothing happened."""
    for journal, name, written in _journals(folder):
        if written == version:
            _finish_journal(journal, name)
        else:
            try:
                journal.unlink(missing_ok=True)
            except OSError as error:
                raise _history_error(folder, error) from None


def _journaled_records(folder: Path, path: Path) -> list[ChangeRecord]:
    """The journaled entry of a write that reached the file but was killed before its history
    was finished (read-only: the next writer moves it into the history)."""
    journals = _journals(folder)
    if not journals:
        return []
    try:
        current = _version(path.read_bytes())
    except OSError:
        return []
    return [
        record
        for journal, _, written in journals
        if written == current
        for record in _read_history_file(journal)
    ]


def _read_history_file(path: Path) -> list[ChangeRecord]:
    try:
        text = path.read_text(encoding="utf-8")
        # a lone surrogate escape (a hand edit) would be read, and fail every output that
        # writes it ("standard output (utf-8) cannot hold '\ud800'"): refused as the file's
        surrogate = re.search(_LONE_SURROGATE, text) if "\\u" in text else None
        if surrogate:
            raise ValueError(f"it holds {surrogate.group()}, half of a UTF-16 pair, not a character")
        # NaN or Infinity (a hand edit, another tool): read, and `history -f json` wrote them
        document = json.loads(text, parse_constant=refuse_constant, parse_float=finite_float)
    except NotFinite as error:
        raise DataError(
            f"history record {path} cannot be read (it holds {error}, a number JSON does not allow)",
            "restore it from git, or move it out of the history folder",
        ) from None
    except (OSError, ValueError, RecursionError) as error:
        raise DataError(
            f"history record {path} cannot be read ({str(error)[:200] or 'nested too deeply'})",
            "restore it from git, or move it out of the history folder",
        ) from None
    return _history_records(document, path)


def _history_records(document: Any, path: Path) -> list[ChangeRecord]:
    try:
        when = dt.datetime.fromisoformat(document["time"].replace("Z", "+00:00"))
        return [
            ChangeRecord(
                time=when,
                author=str(document["author"]),
                action=str(document["action"]),
                operation=str(entry["operation"]),
                provider_id=entry["provider"],
                old=dict(entry["old"]),
                new=dict(entry["new"]),
                revision=entry.get(REVISION),
            )
            for entry in document["changes"]
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise DataError(
            f"history record {path} cannot be read ({error})",
            "restore it from git, or move it out of the history folder",
        ) from None


# --- the store ---------------------------------------------------------------------------------


class DirectoryStore:
    """One country's directory file: read it, create it, change it in locked transactions."""

    def __init__(
        self, country: str, root: str | Path | Root | None = None, *, settings: Settings | None = None
    ) -> None:
        self.settings = settings or Settings()
        self.root = resolve_root(root, self.settings)
        self.country = _alpha2(country)
        self.path = directory_path(self.country, self.root)
        self.read_only = self.root.bundled
        #: Refuse to change a file marked as sample data (the command line sets it, unless
        #: --allow-sample): a checkout's tracked samples are not a country office's directory.
        self.refuse_sample = False
        #: Told what a transaction read (the command line says languages the file gives by name).
        self.on_read: Callable[[DirectoryInfo], None] | None = None

    def load(self) -> Directory:
        if not self.path.is_file():
            raise _missing(self.country, self.path, self.root)
        return _read_state(self.path, self.country).directory()

    def exists(self) -> bool:
        return self.path.is_file()

    def is_sample(self) -> bool:
        """Whether the file is marked as sample data, read from its head (the meta table comes
        first in files svcmatch writes), so that writing commands can say so without loading
        every provider. A file that cannot be read says no: its command reports the damage."""
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(_HEAD_BYTES).decode("utf-8", errors="replace")
            start = head.index(f'"{META_TABLE}"')
            start = head.index("{", start)
            meta, _end = json.JSONDecoder().raw_decode(head, start)
            info = meta.get(META_ID) if isinstance(meta, dict) else None
        except (OSError, ValueError, RecursionError):
            info = None
        if isinstance(info, dict):
            return info.get("sample") is True
        try:
            return self.load().info.sample  # meta not at the head: a hand-written file
        except (OSError, DataError, NotFoundError):
            return False

    def create(self, *, title: str = "", sample: bool = False, author: str | None = None) -> Directory:
        """Start an empty directory file (and its folder); an existing file is an error."""
        self._check_writable()
        self._check_author(author)
        try:
            self.root.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DataError(
                f"cannot create {self.root.path}: {error.strerror}", "choose another --directories folder"
            ) from None
        with self._locked():
            if self.path.exists():
                raise InputError(
                    f"{self.path} already exists",
                    f"add providers with `svcmatch directory add {self.country} ...`",
                )
            empty = _State(
                self.path,
                {"country": self.country, "sample": False, "schema_version": SCHEMA_VERSION, "title": ""},
                {},
                SCHEMA_VERSION,
                "",
                {},
            )
            from .transaction import DirectoryStorage, Transaction  # lazy: see `transaction`

            blank: dict[str, Any] = {META_TABLE: {META_ID: {}}, PROVIDERS_TABLE: {}}
            transaction = Transaction(self, DirectoryStorage(self._target(), self.country, empty))
            _reconcile_journal(self._history(), None)  # a killed init left one: its file never came
            transaction.set_meta(title=title, sample=sample)
            self._commit(transaction, author, "init", blank)
        return self.load()

    @contextmanager
    def transaction(self, *, author: str | None = None, action: str = "edit") -> Iterator[Transaction]:
        """Lock, read fresh, yield; on a clean exit write atomically and record the history.

        The cyclic garbage collector pauses until the transaction ends (`_no_gc_pauses`): the
        records it reads, changes and writes hold no cycles, and the collections that 100,000
        of them trigger cost a sixth of an import."""
        self._check_writable()
        self._check_author(author)
        if not self.path.is_file():
            raise _missing(self.country, self.path, self.root)
        # Lazy on purpose: svcmatch.transaction imports this module (a cycle at the top), and
        # TinyDB and the checks with it (some 40 ms) that `match`, which only reads, never uses.
        from .transaction import DirectoryStorage, Transaction

        with self._locked(), _no_gc_pauses():
            storage = DirectoryStorage(self._target(), self.country)
            transaction = Transaction(self, storage)  # reads and checks the file
            assert storage.state is not None
            _reconcile_journal(self._history(), storage.state.version)
            if self.on_read is not None and storage.state.languages_by_name:
                self.on_read(storage.state.directory().info)
            yield transaction
            self._commit(transaction, author, action)

    def history(self, provider_id: str | None = None) -> list[ChangeRecord]:
        """Every recorded change, oldest first; only one provider's when an id is given."""
        folder = self._history()
        files = sorted(folder.glob("*.json")) if folder.is_dir() else []
        records = [record for path in files for record in _read_history_file(path)]
        records.extend(_journaled_records(folder, self.path))
        if provider_id is not None:
            records = [r for r in records if r.provider_id == provider_id]
        return sorted(records, key=lambda r: r.time)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            with file_lock(self._target(), self.settings.lock_timeout):
                clean_temp_files(self._target())
                yield
        except PermissionError as error:
            raise DataError(
                f"cannot write in {self.root.path}: {error.strerror}",
                "check the folder's permissions or choose another --directories",
            ) from None

    def _target(self) -> Path:
        """The file a write replaces: through a symbolic link, the file it points to, so that a
        shared copy stays shared (and one lock serves every name of the file)."""
        return Path(os.path.realpath(self.path))

    def _check_writable(self) -> None:
        try:
            status = self.path.stat()
        except OSError:
            status = None
        mode = status.st_mode if status is not None else None
        if mode is not None and not mode & 0o222:  # refused as SQLite does, whoever runs it
            raise ReadOnlyError(
                f"{self.path} is read-only (mode {mode & 0o777:04o}): svcmatch will not replace it",
                f"if it is meant to change, make it writable first: chmod u+w {self.path}",
            )
        if status is not None and stat.S_ISREG(status.st_mode) and status.st_nlink > 1:
            # a write replaces the file: its other names (a hard link, `ln al.json /shared/`)
            # would keep the old content without a word, as a symbolic link did (item 13)
            raise ReadOnlyError(
                f"{self.path} has {status.st_nlink} names (hard links): a write would replace it "
                "under this name only, and the others would keep the old content",
                "share the file with a symbolic link instead (ln -s), or give this name its own "
                f"copy: cp {self.path} x && mv x {self.path}",
            )
        start = f"start your own: `svcmatch directory init {self.country}` creates ./directories/"
        if self.read_only:
            copy = "; or copy the sample into ./directories/ and give --allow-sample" if self.exists() else ""
            raise ReadOnlyError(f"{self.path} is a bundled sample directory and is read-only", start + copy)
        if self.refuse_sample and self.exists() and self.is_sample():
            raise ReadOnlyError(
                f"{self.path} is marked as SAMPLE data (fictional providers) and is not changed",
                "give --allow-sample to change it anyway, or start your own: "
                f"`svcmatch --directories ./my-dirs directory init {self.country}`",
            )

    def _history(self) -> Path:
        return _history_folder(self.root.path, self.country)

    def _check_author(self, author: str | None) -> None:
        """Who makes a change (--author, --by, $SVCMATCH_AUTHOR) is shown by `history` as the
        records' texts are: it takes no character a terminal acts on or does not show."""
        name = (author or "").strip() or self.settings.author_name()
        bad = unsafe_character(name)
        if bad is not None:
            raise InputError(
                f"the author holds the control character {bad}",
                "give a plain name with --author (or $SVCMATCH_AUTHOR)",
            )
        if len(name) > AUTHOR_LIMIT:  # stored in each history entry as given (100,000 characters were)
            raise InputError(
                f"the author is {len(name):,} characters long, more than the {AUTHOR_LIMIT} a history "
                "entry keeps",
                f"give a name of at most {AUTHOR_LIMIT} characters with --author (or $SVCMATCH_AUTHOR)",
            )

    def _commit(
        self, transaction: Transaction, author: str | None, action: str, before: dict[str, Any] | None = None
    ) -> None:
        """Write the file, then its history, so that a kill at any moment leaves the two in
        agreement: the history entry is journaled (history/<cc>/.pending) before the file is
        replaced, and moved into the history after; the next writer (or `history`) finishes a
        journal whose file was written and drops one whose file was not."""
        before = before or transaction.before()
        after = transaction.tables()
        entries = _change_entries(before, after, transaction.touched())
        if not entries:
            return
        name = (author or "").strip() or self.settings.author_name()
        _refuse_author_giving_place(name, before, after, entries)
        folder = self._history()
        turned = _turned_confidential(before, after)
        unreadable: list[Path] = []
        if turned:  # scrub first: were the write killed after, only more would be withheld
            try:
                scrubbed = _scrub_history(folder, turned, after[PROVIDERS_TABLE], unreadable)
            except OSError as error:
                raise _history_error(folder, error) from None
            entries.extend(
                {"operation": "scrub", "provider": key, "old": {}, "new": {"history": _scrub_note(count)}}
                for key, count in scrubbed.items()
                if count
            )
        now = dt.datetime.now(dt.timezone.utc)
        document = {
            "action": action,
            "author": name,
            "changes": entries,
            "country": self.country,
            "history_format": HISTORY_FORMAT,
            "time": now.isoformat().replace("+00:00", "Z"),
        }
        # os.urandom(n).hex() is secrets.token_hex(n) (see fileio: secrets slows every start)
        name = f"{now.strftime('%Y%m%dT%H%M%S.%fZ')}-{os.urandom(4).hex()}.json"

        journals: list[Path] = []

        mode = mode_of(self.path)
        if mode is None:  # `init`: the history of a new file takes the file's mode to be
            mode = unshared_mode(self.path)

        def journal(data: bytes) -> None:
            journals.append(_write_journal(folder, name, _version(data), document, mode))

        try:
            transaction.flush(journal)
        except OSError as error:
            for path in journals:  # the change did not happen: nor does its record
                path.unlink(missing_ok=True)
            raise DataError(
                f"cannot write {self.path}: {error.strerror or error}",
                "check the free disk space and the folder's permissions; the file is unchanged",
            ) from None
        _finish_journal(journals[0], name)
        if unreadable:  # the shelter is confidential now: only this file could not be scrubbed
            raise DataError(
                f"the change was written ({', '.join(turned)} confidential now), but history record "
                f"{unreadable[0]} cannot be read, so it was not scrubbed and may still hold the "
                f"shelter's address"
                + (f" ({len(unreadable) - 1} more such file(s) too)" if len(unreadable) > 1 else ""),
                "restore it from git, or repair it by hand without the address (`directory history` "
                "withholds the address in what it reads)",
            )
