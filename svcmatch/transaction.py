"""The write side of the directory store: TinyDB over our own storage of the directory file.

`DirectoryStorage` is TinyDB's storage of one directory file (checked, migrated reads;
deterministic, atomic writes), `CommitCache` keeps a transaction's changes in memory until the
store commits, and `Transaction` is what `DirectoryStore.transaction()` yields. Only writers
import this module (and TinyDB): `load_directory`, which `match` uses, reads the file through
storage's faster path (see docs/architecture.md, "TinyDB").
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Storage, TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.table import Table

from .checks import id_begins_with_town, id_findings, id_spells_place, new_refusals, refuse, unsafe_character
from .errors import InputError, NotFoundError
from .fileio import unshared_mode, write_bytes_atomic
from .geo.locate import read_city
from .model import Provider, provider_from_stored
from .readings import check_stored_words
from .storage import (
    _PROVIDER_ID,
    META_ID,
    META_TABLE,
    PROVIDERS_TABLE,
    REVISION,
    SETTABLE_META,
    _meta_problem,
    _read_state,
    _slug,
    _State,
    serialise,
)

if TYPE_CHECKING:
    from .storage import DirectoryStore


class DirectoryStorage(Storage):
    """TinyDB's storage of one directory file: `read` checks the file and migrates it to the
    current schema (a damaged file is an error, never an empty database); `write` writes it
    deterministically (sorted keys, two-space indent) and atomically (a temporary file beside
    it, fsync, one rename). It is used only under the store's lock, which spans a whole
    read-change-write; through `CommitCache` it writes once, when the store commits."""

    def __init__(self, path: Path, country: str, state: _State | None = None) -> None:
        self.path = path
        self.country = country
        self.state = state
        #: Called with the file's new bytes just before they replace it (the store journals
        #: the write's history entry there).
        self.before_write: Callable[[bytes], None] | None = None

    def read(self) -> dict[str, Any]:
        if self.state is None:
            self.state = _read_state(self.path, self.country)
        return self.state.tables()

    def write(self, data: dict[str, Any]) -> None:
        encoded = serialise(data)
        if self.before_write is not None:
            self.before_write(encoded)
        write_bytes_atomic(self.path, encoded, unshared_mode(self.path))


class CommitCache(CachingMiddleware):
    """TinyDB's CachingMiddleware that writes only when flushed: a transaction's changes stay
    in memory until the store commits them, and vanish if it does not."""

    WRITE_CACHE_SIZE = sys.maxsize


class _IdTable(Table):
    """Provider ids are the document ids (TinyDB's default is an integer counter)."""

    document_id_class = str  # type: ignore[assignment]

    def insert_records(self, records: dict[str, dict[str, Any]]) -> None:
        """Insert new records under their ids in one table update, as `insert_multiple` of
        `Document`s does (the same error for an id the table holds), without its two copies
        of each record: an import of 100,000 rows hands over 100,000 records at once."""

        def insert(table: dict[Any, Any]) -> None:  # TinyDB says int ids; these are str
            clash = next((key for key in records if key in table), None)
            if clash is not None:
                raise ValueError(f"Document with ID {clash} already exists")
            table.update(records)

        self._update_table(insert)

    def replace_records(self, records: dict[str, dict[str, Any]]) -> None:
        """Put these records in place of the table's ones under the same ids, in one table
        update: the records replaced are left as they were (the transaction's `before` holds
        them), where `Table.update` changes each document in place."""

        def replace(table: dict[Any, Any]) -> None:
            missing = next((key for key in records if key not in table), None)
            if missing is not None:
                raise KeyError(missing)
            table.update(records)

        self._update_table(replace)


class _DirectoryDB(TinyDB):
    table_class = _IdTable


def open_database(storage: DirectoryStorage) -> TinyDB:
    """A TinyDB over a directory file (through CommitCache); provider ids are document ids."""
    return _DirectoryDB(storage=CommitCache(lambda: storage))  # type: ignore[no-untyped-call]


class Transaction:
    """The changes of one locked write, kept in TinyDB (in memory, through CommitCache) until
    the store commits them.

    TinyDB rewrites a whole table for each insert, update or remove, so one `put` per record
    would make an import quadratic. A transaction therefore keeps its changes in `_pending`
    (id -> record, or None for a removal) and hands them to TinyDB together: one
    `insert_records` (one table update, as `insert_multiple` without its copies), one `update`
    and one `remove`, whatever their number.
    """

    def __init__(self, store: DirectoryStore, storage: DirectoryStorage) -> None:
        self.store = store
        self._storage = storage
        #: The day every record put is checked against, read once: a transaction that crosses
        #: midnight judges its first and last records by the same day.
        self.today = store.settings.today_date()
        self._db = open_database(storage)
        # TinyDB's annotations say document ids are ints; these tables use string ids.
        self._providers: Any = self._db.table(PROVIDERS_TABLE)
        self._meta: Any = self._db.table(META_TABLE)
        cached = self._db.storage.read() or {}  # read (and check) the file now, under the lock
        assert storage.state is not None
        self.directory = storage.state.directory()
        #: The tables as read. The providers' records are TinyDB's own: a change replaces a
        #: record (`replace_records`), never changes it in place, so they are not copied (a
        #: 100,000-record file's records copied cost 100 MB); meta's is changed in place.
        self._before = {
            name: dict(table) if name == PROVIDERS_TABLE else {key: dict(doc) for key, doc in table.items()}
            for name, table in cached.items()
        }
        self._pending: dict[str, dict[str, Any] | None] = {}
        #: The providers as read, for `get` (building them again from TinyDB's records made
        #: most of the cost of an import's look-ups); an id that is put or deleted leaves it.
        self._as_read: dict[str, Provider] = dict(storage.state.providers)
        #: Whether the pending changes were handed to TinyDB (`_apply`, at commit): until then
        #: its providers table is the file as read, and `_record` looks there without TinyDB
        #: (a new id asks twice, a look-up through Table.get costs as much as the rest of a put).
        self._applied = False
        #: The categories, (region, coverage) and languages that `check_stored_words` has passed.
        self._stored_words: tuple[set[Any], set[Any], set[Any]] = (set(), set(), set())
        #: The fields `put` wrote as changed whatever their values, by provider id.
        self._touched: dict[str, tuple[str, ...]] = {}
        #: The id `new_id` last gave a confidential shelter, and the shelter: it does not spell
        #: the shelter's place (`put` need not ask again when it comes with that shelter).
        self._fresh_id: tuple[str, Provider] | None = None
        #: Every id by its case-folded form, made when a new id is first put (`_refuse_a_twin_in_case`).
        self._folded_ids: dict[str, str] | None = None

    def _record(self, provider_id: str) -> dict[str, Any] | None:
        if provider_id in self._pending:
            return self._pending[provider_id]
        if not self._applied:
            stored = self._before[PROVIDERS_TABLE].get(provider_id)
            return None if stored is None else dict(stored)
        document = self._providers.get(doc_id=provider_id)
        return None if document is None else dict(document)

    def get(self, provider_id: str) -> Provider | None:
        as_read = self._as_read.get(provider_id)
        if as_read is not None:
            return as_read
        record = self._record(provider_id)
        if record is None:
            return None
        return provider_from_stored({key: value for key, value in record.items() if key != REVISION})

    def revision(self, provider_id: str) -> int | None:
        """The provider's revision as this transaction holds it; None when there is no such provider."""
        record = self._record(provider_id)
        return None if record is None else int(record.get(REVISION, 0))

    def put(
        self,
        provider: Provider,
        *,
        checked: bool = False,
        as_id: str | None = None,
        touched: tuple[str, ...] = (),
    ) -> None:
        """Add the provider (at revision 1), or replace the one with its id (its revision goes
        up by one when a field changes; putting the same values back changes nothing).

        `checked`: the record, but for its id, has just passed `checks.refusals` of this
        directory's country (an import's rows, read by `tabular`), so its checks are not run a
        second time; the words it stores are still checked. `as_id`: the id to store it under
        (a new record's, from `new_id`), as `put(provider.with_changes(id=as_id))` without
        the copy. `touched`: fields written as changed whatever their values (a confidential
        shelter's locating fields that an import's row gives: the revision goes up and the
        history lists them, withheld, so that nothing tells a right guess from a wrong one)."""
        provider_id = provider.id if as_id is None else as_id
        if not _PROVIDER_ID.fullmatch(provider_id):
            raise InputError(
                f"provider id {provider_id!r} is not a plain word",
                "use letters, digits and . _ : - (up to 100), e.g. al-tir-1a2b",
            )
        fresh = self._fresh_id  # new_id has just asked of this id and shelter
        if (
            provider.confidential_address
            and not (fresh is not None and fresh[0] == provider_id and fresh[1] is provider)
            and self._record(provider_id) is None  # a new record's id
            and self._spells_place(provider, provider_id)
        ):
            refuse(id_findings(provider.with_changes(id=provider_id)), f"provider {provider_id}: ")
        # Each of the three kept apart: an import's rows repeat a few of each, but their
        # combinations hardly (80,000 of 100,000 bench rows were a new combination).
        words = (provider.categories, (provider.region, provider.coverage), provider.languages)
        try:
            known: bool | None = all(map(set.__contains__, self._stored_words, words))
        except TypeError:  # a list where the record holds a tuple: checked each time
            known = None
        if not known:
            check_stored_words(provider)  # never a guessed category, region or language
            if known is False:
                for stored, value in zip(self._stored_words, words, strict=True):
                    stored.add(value)
        if not checked:
            if as_id is not None:
                provider = provider.with_changes(id=as_id)  # the checks' fixes name it
            before = self.get(provider_id)
            if before != provider:  # a new or changed record must pass the checks of every write path
                refuse(
                    new_refusals(provider, before, self.store.country, today=self.today),
                    f"provider {provider_id}: ",
                )
        record = provider.to_record()
        record["id"] = provider_id
        current = self._record(provider_id)
        if not touched and current is not None and {**record, REVISION: current.get(REVISION, 0)} == current:
            return
        if current is None:
            self._refuse_a_twin_in_case(provider_id)
        began = self._before[PROVIDERS_TABLE].get(provider_id)
        if began is None:
            record[REVISION] = 1
        else:  # one more than when the transaction began, whatever the number of puts
            base = int(began.get(REVISION, 0))
            unchanged = (
                not touched and not self._touched.get(provider_id) and {**record, REVISION: base} == began
            )
            record[REVISION] = base if unchanged else base + 1
        if touched:
            self._touched[provider_id] = tuple(dict.fromkeys((*self._touched.get(provider_id, ()), *touched)))
        self._pending[provider_id] = record
        self._as_read.pop(provider_id, None)

    def _refuse_a_twin_in_case(self, provider_id: str) -> None:
        """A new id that differs from a stored one only in case (`Al-clinic-1`: a spreadsheet
        capitalised the cell) would add a second record of the same provider, where the row
        meant to update it; ids are compared exactly everywhere else."""
        if self._folded_ids is None:
            self._folded_ids = {key.casefold(): key for key in self._before[PROVIDERS_TABLE]}
        folded = provider_id.casefold()
        twin = self._folded_ids.get(folded)
        if twin is not None and twin != provider_id and self._record(twin) is not None:
            raise InputError(
                f"provider id {provider_id!r} differs from the stored {twin!r} only in case",
                f"write {twin} to change that record, or give the new one another id",
            )
        self._folded_ids[folded] = provider_id

    def put_many(self, providers: Iterable[Provider]) -> None:
        """`put` each provider: the bulk path, in one pass (an import of 100,000 rows)."""
        for provider in providers:
            self.put(provider)

    def delete(self, provider_id: str) -> None:
        if self._record(provider_id) is None:
            raise NotFoundError(
                f"no provider {provider_id!r} in {self.store.path.name}",
                f"list the ids with `svcmatch directory list {self.store.country}`",
            )
        self._pending[provider_id] = None
        self._as_read.pop(provider_id, None)

    def new_id(self, provider: Provider) -> str:
        """A fresh stable id: "<cc>-<slug of the city or name>-<4 hex digits>" (of the name for
        a confidential shelter: its id is shown everywhere, its town nowhere)."""
        place = "" if provider.confidential_address else provider.city
        country = self.store.country.lower()
        stem = f"{country}-{self._letters(provider, place)}-"
        if provider.confidential_address and self._stem_gives_place(provider, stem):
            # a confidential shelter's name may begin with its town ('Fes Women's Shelter' in
            # Fès: ma-fes-...), which id_findings refuses: then its need ('she'), else 'x'
            needs = (f"{country}-{_slug(need)}-" for need in provider.categories)
            stem = next((s for s in needs if not self._stem_gives_place(provider, s)), f"{country}-x-")
        while True:
            candidate = stem + secrets.token_hex(2)
            if self._record(candidate) is None and not (
                provider.confidential_address and self._spells_place(provider, candidate)
            ):
                if provider.confidential_address:
                    self._fresh_id = (candidate, provider)
                return candidate

    def _letters(self, provider: Provider, place: str) -> str:
        """The three letters of a new id: of its town, else (a town in a script without a Latin
        table, 'القاهرة', 'አዲስ አበባ': every record there got 'x') of the town's name in the
        gazetteer where it reads one exactly (Cairo: 'cai'), else of the record's name."""
        letters = _slug(place) if place else "x"
        if letters == "x" and place:
            found = read_city(place, self.store.country, provider.region)
            letters = _slug(found.name) if found is not None and found.how != "spelling" else "x"
        return _slug(provider.name) if letters == "x" else letters

    @classmethod
    def _stem_gives_place(cls, provider: Provider, stem: str) -> bool:
        """Whether a stem spells the shelter's place or begins with its town's first letters as a
        public record's does ('Shelter Hope' in Shëngjin: al-she-; twentieth adversarial pass)."""
        return cls._spells_place(provider, stem) or id_begins_with_town(stem, provider.city)

    @staticmethod
    def _spells_place(provider: Provider, candidate: str) -> bool:
        """Whether an id (or the stem of one) spells the shelter's address or town (id_findings)."""
        return id_spells_place(candidate, provider.address, provider.city)

    def set_meta(self, **values: Any) -> None:
        """Change the directory's title or sample flag."""
        for key, value in values.items():
            kind = SETTABLE_META.get(key)
            if kind is None or not isinstance(value, kind):
                raise InputError(
                    f"meta value {key}={value!r} cannot be set",
                    "set title (text), sample (true/false) or advisories (region -> text)",
                )
            if key == "advisories" and _meta_problem({"advisories": value}):
                raise InputError("advisories must map region codes to texts", "give each region a text")
            _refuse_control_characters(key, value, (self._meta.get(doc_id=META_ID) or {}).get(key))
        self._meta.update(values, doc_ids=[META_ID])

    def _apply(self) -> None:
        """Hand the pending changes to TinyDB: one insert_records, one update, one remove."""
        pending, self._pending = self._pending, {}
        self._applied = True
        present = self._providers._read_table()  # TinyDB's own table, keyed by document id
        removed = [key for key, record in pending.items() if record is None and key in present]
        changed = {key: record for key, record in pending.items() if record is not None and key in present}
        added = {key: record for key, record in pending.items() if record is not None and key not in present}

        if removed:
            self._providers.remove(doc_ids=removed)
        if changed:
            self._providers.replace_records(changed)
        if added:
            self._providers.insert_records(added)

    def tables(self) -> dict[str, Any]:
        """The tables as they stand with this transaction's changes (TinyDB's cache)."""
        self._apply()
        data = self._db.storage.read() or {}
        return {
            META_TABLE: dict(data.get(META_TABLE, {})),
            PROVIDERS_TABLE: dict(data.get(PROVIDERS_TABLE, {})),
        }

    def touched(self) -> dict[str, tuple[str, ...]]:
        """The fields each put wrote as changed whatever their values, by provider id."""
        return dict(self._touched)

    def before(self) -> dict[str, Any]:
        """The tables as the transaction read them."""
        return self._before

    def flush(self, before_write: Callable[[bytes], None] | None = None) -> None:
        """Write the file through DirectoryStorage, once; `before_write` gets its new bytes first."""
        self._apply()
        self._storage.before_write = before_write
        self._db.storage.flush()  # type: ignore[attr-defined]


def _refuse_control_characters(key: str, value: Any, stored: Any) -> None:
    """A new title or advisory text holds no character a terminal would act on (checks.py:
    the rule of every text a record holds); a text stored before is left to `validate`."""
    texts = value.values() if isinstance(value, dict) else [value]
    old = set(stored.values()) if isinstance(stored, dict) else {stored}
    for text in texts:
        unsafe = unsafe_character(text) if isinstance(text, str) and text not in old else None
        if unsafe is not None:
            what = "an advisory" if key == "advisories" else f"the {key}"
            raise InputError(
                f"{what} holds the control character {unsafe}, which a terminal would act on",
                "write it as plain text",
            )
