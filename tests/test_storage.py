"""The directory store: reading, locked atomic writes, damaged files, migration, history, processes."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from svcmatch.errors import DataError, InputError, LockTimeout, NotFoundError, ReadOnlyError
from svcmatch.model import SCHEMA_VERSION, Coverage, Provider
from svcmatch.privacy import is_confidential
from svcmatch.settings import Settings
from svcmatch.storage import (
    META_ID,
    META_TABLE,
    PROVIDERS_TABLE,
    REVISION,
    DirectoryStore,
    Root,
    _change_entries,
    _diff,
    _no_gc_pauses,
    _read_state,
    directory_path,
    file_lock,
    load_directory,
    resolve_root,
)

#: The bundled sample directories.
SAMPLES = Path(__file__).resolve().parent.parent / "directories"

SHELTER = Provider(
    id="al-shk-0001",
    name="Strehëza Shpresa",
    categories=("shelter",),
    city="Shkodër",
    region="AL-10",
    latitude=42.0683,
    longitude=19.5126,
    phone="+355 22 000 001",
)
LEGAL = Provider(
    id="al-tir-0002", name="Ndihma Ligjore", categories=("legal",), city="Tiranë", region="AL-11"
)


@pytest.fixture
def store(tmp_path: Path) -> DirectoryStore:
    store = DirectoryStore("AL", tmp_path)
    store.create(title="Albania test", author="setup")
    return store


def _filled(store: DirectoryStore) -> DirectoryStore:
    with store.transaction(author="setup", action="add") as transaction:
        transaction.put(SHELTER)
        transaction.put(LEGAL)
    return store


# --- reading and writing -------------------------------------------------------------------------


def test_written_providers_load_back_equal(store: DirectoryStore) -> None:
    _filled(store)
    directory = load_directory("Albania", store.root)
    assert directory.providers == (SHELTER, LEGAL)
    assert directory.info.country == "AL"
    assert directory.info.title == "Albania test"
    assert directory.info.schema_version == SCHEMA_VERSION
    assert directory.info.sample is False
    assert directory.info.path == str(store.path)
    assert directory.info.version.startswith("sha256:") and len(directory.info.version) == 23


def test_file_is_deterministic_utf8_sorted_one_field_a_line(store: DirectoryStore, tmp_path: Path) -> None:
    _filled(store)
    other = DirectoryStore("AL", tmp_path / "other")
    other.create(title="Albania test")
    with other.transaction() as transaction:  # the other order gives the same bytes
        transaction.put(LEGAL)
        transaction.put(SHELTER)
    text = store.path.read_text(encoding="utf-8")
    assert other.path.read_bytes() == store.path.read_bytes()
    assert text.endswith("}\n") and "Strehëza" in text and "\\u" not in text
    assert text == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    assert '      "phone": "+355 22 000 001",\n' in text


def test_version_changes_with_the_content(store: DirectoryStore) -> None:
    before = store.load().info.version
    _filled(store)
    assert store.load().info.version != before


def test_create_twice_is_refused(store: DirectoryStore) -> None:
    with pytest.raises(InputError, match="already exists"):
        store.create()


def test_missing_directory_names_the_files_there(store: DirectoryStore) -> None:
    with pytest.raises(NotFoundError, match="holds: AL") as caught:
        load_directory("MA", store.root)
    assert "directory init MA" in str(caught.value)


def test_an_exception_in_a_transaction_writes_nothing(store: DirectoryStore) -> None:
    before = store.path.read_bytes()
    with pytest.raises(RuntimeError), store.transaction() as transaction:
        transaction.put(SHELTER)
        raise RuntimeError("caller changed its mind")
    assert store.path.read_bytes() == before
    assert len(store.history()) == 1  # only the init


def test_a_transaction_without_changes_writes_nothing(store: DirectoryStore) -> None:
    _filled(store)
    mtime = store.path.stat().st_mtime_ns
    with store.transaction() as transaction:
        transaction.put(SHELTER)  # the same record again
    assert store.path.stat().st_mtime_ns == mtime
    assert len(store.history()) == 3


def test_a_transaction_reads_the_file_fresh(store: DirectoryStore) -> None:
    second = DirectoryStore("AL", store.root)  # made before the first store writes
    with store.transaction() as transaction:
        transaction.put(SHELTER)
    with second.transaction() as transaction:
        assert transaction.get(SHELTER.id) == SHELTER
        transaction.put(LEGAL)
    assert [p.id for p in store.load().providers] == [SHELTER.id, LEGAL.id]


def test_delete_unknown_id_and_new_id(store: DirectoryStore) -> None:
    with store.transaction() as transaction:
        with pytest.raises(NotFoundError, match="no provider 'nope'"):
            transaction.delete("nope")
        fresh = transaction.new_id(SHELTER)
        assert fresh.startswith("al-shk-") and len(fresh) == len("al-shk-1a2b")
        with pytest.raises(InputError, match="not a plain word"):
            transaction.put(Provider(id="../x", name="x"))
        with pytest.raises(InputError, match="cannot be set"):
            transaction.set_meta(country="MA")


def test_every_put_checks_the_words_it_stores(store: DirectoryStore) -> None:
    """`put` remembers the words it has checked (an import's rows repeat them), never a word
    that differs from them in any of the four places."""
    good = Provider(id="al-a", name="A", categories=("shelter",), region="AL-11", languages=("sq",))
    with store.transaction() as transaction:
        transaction.put(good)
        transaction.put(good.with_changes(id="al-b"))
        for wrong, message in (
            ({"categories": ("doctor",)}, "category 'doctor' is not a need code"),
            ({"region": "Tirana"}, "region 'Tirana' is not an ISO 3166-2 code"),
            ({"coverage": Coverage("regions", ("Shkoder",))}, "region 'Shkoder' is not an ISO"),
            ({"languages": ("Shqip",)}, "language 'Shqip' is not an ISO 639 code"),
            ({"categories": ["doctor"]}, "category 'doctor' is not a need code"),  # a list: unhashable
        ):
            with pytest.raises(InputError, match=message):
                transaction.put(good.with_changes(id="al-c", **wrong))
    assert [p.id for p in store.load().providers] == ["al-a", "al-b"]


# --- roots and paths -----------------------------------------------------------------------------


def test_roots_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    bundled = resolve_root()
    assert bundled.bundled and (bundled.path / "al.json").is_file()
    (tmp_path / "directories").mkdir()
    assert resolve_root() == Root(Path("directories"))
    monkeypatch.setenv("SVCMATCH_DIRECTORIES", str(tmp_path / "env"))
    assert resolve_root() == Root(Path("directories"))  # the core never reads the environment
    from_env = Settings.from_environment({"SVCMATCH_DIRECTORIES": str(tmp_path / "env")})
    assert resolve_root(None, from_env) == Root(tmp_path / "env")
    assert resolve_root(tmp_path / "given") == Root(tmp_path / "given")


@pytest.mark.parametrize("country", ["al", "../x", "AL/..", "A", "", "ALB", "/etc", "A\0"])
def test_directory_path_takes_only_resolved_codes(country: str, tmp_path: Path) -> None:
    with pytest.raises(InputError):
        directory_path(country, Root(tmp_path))


@pytest.mark.parametrize("country", ["../x", "../../etc/passwd", "al.json", "x\0y", "Atlantis"])
def test_a_country_never_becomes_a_path(country: str, tmp_path: Path) -> None:
    with pytest.raises(InputError):
        DirectoryStore(country, tmp_path)


def test_the_bundled_samples_are_read_only(tmp_path: Path) -> None:
    (tmp_path / "al.json").write_text("{}")
    store = DirectoryStore("AL", Root(tmp_path, bundled=True))
    with pytest.raises(ReadOnlyError) as caught, store.transaction():
        pass
    assert "directory init AL" in str(caught.value)
    with pytest.raises(ReadOnlyError):
        store.create()
    assert (tmp_path / "al.json").read_text() == "{}"


# --- damaged files -------------------------------------------------------------------------------


def _damage(store: DirectoryStore, kind: str) -> str:
    """Damage the file as `kind` says; returns what the error must say."""
    text = store.path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if kind == "truncated":
        store.path.write_text(text[: len(text) // 2], encoding="utf-8")
        return "is not valid JSON"
    if kind == "conflict":
        at = next(i for i, line in enumerate(lines) if '"phone"' in line)
        lines[at : at + 1] = [
            "<<<<<<< HEAD\n",
            lines[at],
            "=======\n",
            '      "phone": "+355 22 999 999",\n',
            ">>>>>>> office-b\n",
        ]
        store.path.write_text("".join(lines), encoding="utf-8")
        return f"line {at + 1}: has git merge conflict markers"
    if kind == "duplicate":
        at = next(i for i, line in enumerate(lines) if '"city": "Tiranë"' in line)
        lines.insert(at + 1, '      "city": "Durrës",\n')
        store.path.write_text("".join(lines), encoding="utf-8")
        return f"line {at + 2}: key 'city' appears twice"
    if kind == "schema":
        document = json.loads(text)
        document["providers"][LEGAL.id]["latitude"] = "north"
        store.path.write_text(json.dumps(document, indent=2), encoding="utf-8")
        line = json.dumps(document, indent=2).splitlines().index(f'    "{LEGAL.id}": {{') + 1
        return f"line {line}: provider '{LEGAL.id}' latitude"
    if kind == "unknown-table":
        document = json.loads(text)
        document["secrets"] = {}
        store.path.write_text(json.dumps(document), encoding="utf-8")
        return "unknown tables: secrets"
    if kind == "wrong-country":
        store.path.write_text(text.replace('"country": "AL"', '"country": "MA"'), encoding="utf-8")
        return "holds country 'MA'"
    if kind == "empty":
        store.path.write_text("", encoding="utf-8")
        return "is empty"
    if kind == "not-utf8":
        store.path.write_bytes(text.replace("Tiranë", "Tiran\udceb").encode("utf-8", "surrogateescape"))
        return "is not UTF-8"
    raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind",
    ["truncated", "conflict", "duplicate", "schema", "unknown-table", "wrong-country", "empty", "not-utf8"],
)
def test_a_damaged_file_is_named_and_never_overwritten(store: DirectoryStore, kind: str) -> None:
    _filled(store)
    expected = _damage(store, kind)
    damaged = store.path.read_bytes()
    with pytest.raises(DataError) as caught:
        load_directory("AL", store.root)
    assert str(store.path) in caught.value.message
    assert expected in caught.value.message
    assert caught.value.hint  # says how to repair
    with pytest.raises(DataError), store.transaction() as transaction:
        transaction.put(Provider(id="al-new-0003", name="New"))
    assert store.path.read_bytes() == damaged


def test_a_newer_schema_is_refused(store: DirectoryStore) -> None:
    text = store.path.read_text(encoding="utf-8")
    store.path.write_text(
        text.replace(f'"schema_version": {SCHEMA_VERSION}', f'"schema_version": {SCHEMA_VERSION + 1}'),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="newer than this svcmatch") as caught:
        store.load()
    assert "upgrade svcmatch" in str(caught.value)


def test_version_0_is_migrated_on_read_and_written_back_on_the_next_write(tmp_path: Path) -> None:
    v0 = {
        "_default": {
            "1": {"name": "Qendra", "city": "Vlorë", "categories": "shelter|medical", "region": "al-12"},
            "2": {"id": "al-given", "name": "Given", "sexes": ["any"]},
        }
    }
    path = tmp_path / "al.json"
    path.write_text(json.dumps(v0), encoding="utf-8")
    first, second = load_directory("AL", tmp_path), load_directory("AL", tmp_path)
    assert first == second and first.info.schema_version == 0
    generated = first.providers[0] if first.providers[0].id != "al-given" else first.providers[1]
    assert generated.id.startswith("al-vlo-") and generated.categories == ("shelter", "medical")
    assert generated.region == "AL-12" and first.get("al-given") == Provider(id="al-given", name="Given")
    assert json.loads(path.read_text(encoding="utf-8")) == v0  # reading never writes
    store = DirectoryStore("AL", tmp_path)
    with store.transaction(author="migrator") as transaction:
        transaction.put(Provider(id="al-given", name="Given", phone="+355 4 222 333"))
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["meta"]["directory"]["schema_version"] == SCHEMA_VERSION
    assert set(written["providers"]) == {generated.id, "al-given"}
    assert store.load().get(generated.id) == generated
    (change,) = store.history()
    assert change.provider_id == "al-given" and change.new == {"phone": "+355 4 222 333"}


# --- history -------------------------------------------------------------------------------------


def test_history_records_who_when_what_old_and_new(store: DirectoryStore) -> None:
    _filled(store)
    store = DirectoryStore("AL", store.root, settings=Settings(author="from-settings"))
    with store.transaction(action="edit") as transaction:
        transaction.put(SHELTER.with_changes(phone="+355 22 111 111", status="inactive"))
    with store.transaction(author="Maria", action="remove") as transaction:
        transaction.delete(LEGAL.id)
    changes = store.history()
    assert [(c.author, c.action, c.operation, c.provider_id) for c in changes] == [
        ("setup", "init", "meta", None),
        ("setup", "add", "add", SHELTER.id),
        ("setup", "add", "add", LEGAL.id),
        ("from-settings", "edit", "edit", SHELTER.id),
        ("Maria", "remove", "remove", LEGAL.id),
    ]
    edit = changes[3]
    assert edit.fields == ("phone", "status")
    assert edit.old == {"phone": "+355 22 000 001", "status": "active"}
    assert edit.new == {"phone": "+355 22 111 111", "status": "inactive"}
    assert changes[4].old["name"] == "Ndihma Ligjore" and changes[4].new == {}
    assert edit.time.utcoffset() is not None and edit.time.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert [c.provider_id for c in store.history(LEGAL.id)] == [LEGAL.id, LEGAL.id]
    files = sorted((store.root.path / "history" / "al").glob("*.json"))
    assert len(files) == 4 and all(f.name[:8].isdigit() and f.name.endswith(".json") for f in files)


def test_a_history_file_holds_each_change_on_a_line_of_its_own(store: DirectoryStore) -> None:
    _filled(store)
    _init, added = sorted((store.root.path / "history" / "al").glob("*.json"))  # one file a write
    text = added.read_text(encoding="utf-8")
    document = json.loads(text)
    lines = text.splitlines()
    assert lines[:3] == ["{", '  "action": "add",', '  "author": "setup",'] and lines[3] == '  "changes": ['
    changes = [json.loads(line.strip().rstrip(",")) for line in lines[4:6]]
    assert changes == document["changes"] and [c["provider"] for c in changes] == [SHELTER.id, LEGAL.id]
    compact = json.dumps(changes[0], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert lines[4] == "    " + compact + ","
    assert lines[6:] == [
        "  ],",
        '  "country": "AL",',
        '  "history_format": 1,',
        f'  "time": "{document["time"]}"',
        "}",
    ]


def test_a_history_file_written_a_field_a_line_reads_as_before(store: DirectoryStore) -> None:
    """History files written before 2026-12 lay each change out over many lines; until
    2026-12-05 a change a line, with ", " and ": "."""
    _filled(store)
    folder = store.root.path / "history" / "al"
    newest = sorted(folder.glob("*.json"))[-1]
    document = json.loads(newest.read_text(encoding="utf-8"))
    before = store.history()
    newest.write_text(
        json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n", encoding="utf-8"
    )
    assert store.history() == before
    lines = ",\n    ".join(json.dumps(c, ensure_ascii=False, sort_keys=True) for c in document["changes"])
    newest.write_text(json.dumps({**document, "changes": []}, indent=2).replace("[]", f"[\n    {lines}\n  ]"))
    assert store.history() == before


# --- locks, processes, crashes -------------------------------------------------------------------


def test_a_held_lock_times_out_with_a_clear_message(store: DirectoryStore) -> None:
    waiting = DirectoryStore("AL", store.root, settings=Settings(lock_timeout=0.2))
    with file_lock(store.path):
        started = time.monotonic()
        with pytest.raises(LockTimeout, match="locked by another writer") as caught, waiting.transaction():
            pass
        assert time.monotonic() - started < 15  # the 0.2 s given, not the default 30 s
    assert "SVCMATCH_LOCK_TIMEOUT" in str(caught.value)
    with pytest.raises(InputError, match="SVCMATCH_LOCK_TIMEOUT"):
        Settings.from_environment({"SVCMATCH_LOCK_TIMEOUT": "soon"})


def test_writers_in_several_processes_lose_nothing(store: DirectoryStore) -> None:
    code = """
        import sys
        from svcmatch.model import Provider
        from svcmatch.storage import DirectoryStore
        store = DirectoryStore("AL", sys.argv[1])
        for n in range(5):
            with store.transaction(author=f"writer-{sys.argv[2]}", action="add") as t:
                t.put(Provider(id=f"al-w{sys.argv[2]}-{n}", name=f"Writer {sys.argv[2]} record {n}"))
    """
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code), str(store.root.path), str(w)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(4)
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=60)
        assert writer.returncode == 0, errors
    ids = {p.id for p in store.load().providers}
    assert ids == {f"al-w{w}-{n}" for w in range(4) for n in range(5)}
    assert len(store.history()) == 1 + 20


_KILLABLE_WRITER = """
    import os, sys, time
    from svcmatch.model import Provider
    from svcmatch.storage import DirectoryStore
    real_replace = os.replace
    def replace(source, target):
        if str(target).endswith("al.json"):
            print("writing", flush=True)
            time.sleep(60)  # the test kills us here: temp file written, not yet in place
        real_replace(source, target)
    os.replace = replace
    with DirectoryStore("AL", sys.argv[1]).transaction(author="doomed") as t:
        t.put(Provider(id="al-doomed-1", name="Never written"))
"""


def test_a_writer_killed_mid_write_leaves_the_file_before_and_releases_the_lock(
    store: DirectoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(store)
    before = store.path.read_bytes()
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_KILLABLE_WRITER), str(store.root.path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    leftovers = list(store.root.path.glob(".al.json.*.tmp"))
    assert len(leftovers) == 1 and b"al-doomed-1" in leftovers[0].read_bytes()
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=10)
    assert store.path.read_bytes() == before
    assert store.load().get("al-doomed-1") is None
    monkeypatch.setenv("SVCMATCH_LOCK_TIMEOUT", "5")  # the dead writer's lock is gone at once
    with store.transaction() as transaction:
        transaction.put(Provider(id="al-after-1", name="After the crash"))
    assert not list(store.root.path.glob(".al.json.*.tmp"))
    assert store.load().get("al-after-1") is not None


def test_a_writer_killed_at_a_random_moment_leaves_before_or_after(store: DirectoryStore) -> None:
    code = """
        import sys
        from svcmatch.model import Provider
        from svcmatch.storage import DirectoryStore
        store = DirectoryStore("AL", sys.argv[1])
        for n in range(10_000):
            with store.transaction() as t:
                t.put(Provider(id=f"al-loop-{n:05d}", name="Loop " * 200))
            print(n, flush=True)
    """
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), str(store.root.path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    done = [writer.stdout.readline() for _ in range(5)]
    time.sleep(0.013)
    os.kill(writer.pid, signal.SIGKILL)
    rest, _ = writer.communicate(timeout=10)
    finished = len(done) + len(rest.split())
    count = len(store.load().providers)
    assert count in (finished, finished + 1)


# --- revisions (issue 14 item 11) ----------------------------------------------------------------


def test_each_write_that_changes_a_record_raises_its_revision(store: DirectoryStore) -> None:
    _filled(store)
    assert store.load().revision(SHELTER.id) == 1 and store.load().revision(LEGAL.id) == 1
    with store.transaction() as transaction:
        transaction.put(SHELTER.with_changes(phone="+355 22 111 111"))
        assert transaction.revision(SHELTER.id) == 2 and transaction.revision("al-none") is None
        transaction.put(SHELTER.with_changes(phone="+355 22 222 222"))  # one write, two puts
        assert transaction.revision(SHELTER.id) == 2
        transaction.put(LEGAL)  # the same values: no change, no new revision
    directory = store.load()
    assert directory.revision(SHELTER.id) == 2 and directory.revision(LEGAL.id) == 1
    assert directory.revision("al-none") == 0
    last = store.history()[-1]
    assert last.provider_id == SHELTER.id and last.revision == 2 and "revision" not in last.new
    with store.transaction() as transaction:
        transaction.put(SHELTER)
        transaction.put(SHELTER.with_changes(phone="+355 22 222 222"))  # back as it was
    assert store.load().revision(SHELTER.id) == 2
    with store.transaction() as transaction:
        transaction.delete(LEGAL.id)
    with store.transaction() as transaction:
        transaction.put(LEGAL)
    assert store.load().revision(LEGAL.id) == 1  # removed, then added again: a new record


def test_a_version_1_file_reads_as_revision_0_and_is_written_as_version_2(store: DirectoryStore) -> None:
    _filled(store)
    document = json.loads(store.path.read_text(encoding="utf-8"))
    document["meta"]["directory"]["schema_version"] = 1
    for record in document["providers"].values():
        del record["revision"]
    store.path.write_text(json.dumps(document), encoding="utf-8")
    directory = store.load()
    assert directory.info.schema_version == 1 and directory.revision(SHELTER.id) == 0
    with store.transaction() as transaction:
        transaction.put(SHELTER.with_changes(phone="+355 22 111 111"))
    written = json.loads(store.path.read_text(encoding="utf-8"))
    assert written["meta"]["directory"]["schema_version"] == SCHEMA_VERSION == 2
    assert written["providers"][SHELTER.id]["revision"] == 1
    assert written["providers"][LEGAL.id]["revision"] == 0


@pytest.mark.parametrize("value", ["1", -1, 1.5, True, None])
def test_a_revision_that_is_not_a_count_is_a_damaged_record(store: DirectoryStore, value: object) -> None:
    _filled(store)
    document = json.loads(store.path.read_text(encoding="utf-8"))
    document["providers"][LEGAL.id]["revision"] = value
    store.path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    with pytest.raises(DataError, match=rf"line \d+: provider '{LEGAL.id}' has revision"):
        store.load()


# --- history after a killed writer (issue 14 item 12), history folder errors (item 23) -----------


def _journal(store: DirectoryStore, version: str) -> Path:
    """What a writer killed between journaling its history entry and finishing it leaves."""
    from svcmatch.storage import _write_journal

    document = {
        "action": "edit",
        "author": "killed",
        "changes": [{"new": {"phone": "+355 9"}, "old": {}, "operation": "edit", "provider": SHELTER.id}],
        "country": "AL",
        "history_format": 1,
        "time": "2026-03-01T10:00:00.000000Z",
    }
    return _write_journal(
        store.root.path / "history" / "al", "20260301T100000.000000Z-0badf00d.json", version, document
    )


def test_a_journal_whose_write_never_reached_the_file_is_dropped(store: DirectoryStore) -> None:
    _filled(store)
    journal = _journal(store, "sha256:0123456789abcdef")
    before = store.history()
    assert all(change.author != "killed" for change in before)  # readers do not see it
    with store.transaction() as transaction:
        transaction.put(LEGAL.with_changes(phone="+355 22 000 002"))
    assert not journal.exists()
    assert [change.author for change in store.history()].count("killed") == 0


def test_a_journal_whose_write_reached_the_file_joins_the_history(store: DirectoryStore) -> None:
    _filled(store)
    journal = _journal(store, store.load().info.version)
    assert "killed" in [change.author for change in store.history()]  # seen before any writer
    with store.transaction() as transaction:
        transaction.put(LEGAL.with_changes(phone="+355 22 000 002"))
    assert not journal.exists()
    assert (journal.parent / "20260301T100000.000000Z-0badf00d.json").is_file()
    assert [change.author for change in store.history()].count("killed") == 1


def test_an_unusable_history_folder_is_blamed_and_nothing_is_written(store: DirectoryStore) -> None:
    _filled(store)
    before = store.path.read_bytes()
    folder = store.root.path / "history" / "al"
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    folder.write_text("not a folder", encoding="utf-8")
    with (
        pytest.raises(DataError, match=r"cannot write the history folder .*history/al") as caught,
        store.transaction() as transaction,
    ):
        transaction.put(LEGAL.with_changes(phone="+355 22 000 002"))
    assert "al.json" not in caught.value.message
    assert store.path.read_bytes() == before


def test_a_full_disk_names_the_directory_file_and_keeps_it(
    store: DirectoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from svcmatch import transaction as transaction_module

    _filled(store)
    before, history = store.path.read_bytes(), store.history()

    def full(path: Path, data: bytes, mode: int | None = None) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(transaction_module, "write_bytes_atomic", full)
    with pytest.raises(DataError) as caught, store.transaction() as transaction:
        transaction.put(LEGAL.with_changes(phone="+355 22 000 002"))
    assert str(caught.value).startswith(f"cannot write {store.path}: No space left on device (")
    assert "free disk space" in str(caught.value)
    assert store.path.read_bytes() == before and store.history() == history
    assert not list((store.root.path / "history" / "al").glob(".*.pending"))


# --- symbolic links and read-only files (issue 14 item 13) ---------------------------------------


def test_a_symlinked_directory_file_is_written_through_the_link(tmp_path: Path) -> None:
    shared = DirectoryStore("AL", tmp_path / "shared")
    shared.create(author="setup")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "al.json").symlink_to(shared.path)
    mine = DirectoryStore("AL", tmp_path / "mine")
    with mine.transaction(author="me") as transaction:
        transaction.put(LEGAL)
    assert mine.path.is_symlink()  # still a link: the shared copy is the one that changed
    assert shared.load().get(LEGAL.id) == LEGAL
    assert not list((tmp_path / "mine").glob(".al.json.*"))  # temp files beside the real file


def test_a_read_only_directory_file_is_refused_not_replaced(store: DirectoryStore) -> None:
    _filled(store)
    before = store.path.read_bytes()
    store.path.chmod(0o444)
    try:
        with (
            pytest.raises(ReadOnlyError, match=r"read-only \(mode 0444\)"),
            store.transaction() as transaction,
        ):
            transaction.put(LEGAL.with_changes(phone="+355 22 000 002"))
        assert store.path.read_bytes() == before and store.load().get(LEGAL.id) == LEGAL
    finally:
        store.path.chmod(0o644)


def test_an_added_or_removed_record_lists_its_values_that_are_not_defaults_in_any_key_order() -> None:
    """`_diff` compares a record laid out as `Transaction.put` makes it in one pass; any other
    layout (a record read from a file, keys sorted) the same way, key by key."""
    defaults = Provider(id="", name="").to_record()
    laid_out = ((*defaults, REVISION), (*defaults.values(), None))
    provider = Provider(id="al-x-0001", name="X", categories=("shelter",), min_age=0, notes="", outreach=True)
    record = {**provider.to_record(), REVISION: 1}
    expected = {
        "id": "al-x-0001",
        "name": "X",
        "categories": ["shelter"],
        "min_age": 0,
        "outreach": True,
        REVISION: 1,
    }
    for shown in (record, dict(sorted(record.items())), {k: v for k, v in record.items() if k != "notes"}):
        assert _diff(None, shown, defaults, laid_out) == ({}, expected)
        assert _diff(shown, None, defaults, laid_out) == (expected, {})
        assert _diff(None, shown, defaults) == ({}, expected)


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_the_history_of_added_records_is_the_same_by_the_quick_path_and_the_general_one(sample: Path) -> None:
    """`_change_entries` takes a record that `put` added (laid out as put lays it out) by a
    quick path; each sample's records, confidential shelters among them (their texts withheld
    where they give the place), must give the entries of the general path, which takes a
    record laid out otherwise (keys sorted, as read from a file) key by key."""
    directory = load_directory(sample.stem.upper(), SAMPLES)
    given = [_given_place(p) for p in directory.providers if p.confidential_address]
    providers = [*directory.providers, *given]
    put = {p.id: {**p.to_record(), REVISION: 3} for p in providers}
    read = {key: dict(sorted(record.items())) for key, record in put.items()}
    meta = {META_TABLE: {META_ID: {"title": "t"}}}
    before = {**meta, PROVIDERS_TABLE: {}}
    quick = _change_entries(before, {**meta, PROVIDERS_TABLE: put})
    general = _change_entries(before, {**meta, PROVIDERS_TABLE: read})
    assert any(is_confidential(record) for record in put.values())
    assert quick == general
    assert len(quick) == len(providers)


def _given_place(provider: Provider) -> Provider:
    """A confidential shelter whose notes and focal point give its town and street (what the
    history withholds), under another id."""
    return provider.with_changes(
        id=provider.id + "-b",
        notes=f"near {provider.city}, {provider.address}",
        focal_point=f"{provider.city} office",
    )


def test_a_version_0_confidential_shelter_without_an_id_gets_one_of_its_name_not_its_town(
    tmp_path: Path,
) -> None:
    v0 = {
        "_default": {
            "1": {"name": "Shelter Hope", "city": "Orosh", "confidential_address": True, "region": "AL-08"},
            "2": {"name": "Shelter Two", "city": "Orosh", "confidential_address": "yes", "region": "AL-08"},
            "3": {"name": "Clinic", "city": "Orosh", "confidential_address": False, "region": "AL-08"},
        }
    }
    (tmp_path / "al.json").write_text(json.dumps(v0), encoding="utf-8")
    ids = {p.name: p.id[: len("al-xxx-")] for p in load_directory("AL", tmp_path).providers}
    assert ids == {"Shelter Hope": "al-she-", "Shelter Two": "al-she-", "Clinic": "al-oro-"}


def test_the_version_outputs_show_tells_nothing_of_a_confidential_shelters_location(
    store: DirectoryStore,
) -> None:
    """The version (match -f json, package, coverage) was the checksum of the file's bytes: with
    the public records an output shows, anyone could rebuild the file for each guess of a
    shelter's town, street or point and compare. It is now a checksum in which a confidential
    shelter stands for its id, revision and public cell only; the journal keeps the bytes'."""
    secret = SHELTER.with_changes(confidential_address=True, address="Rruga 7")
    with store.transaction(author="t") as transaction:
        transaction.put(secret)
        transaction.put(LEGAL)
    text = store.path.read_text(encoding="utf-8")
    version = store.load().info.version
    guesses = [
        text.replace('"Shkodër"', '"Vau i Dejës"'),
        text.replace('"Rruga 7"', '"Rruga 8"'),
        text.replace("42.0683", "42.0684"),  # the same ~11 km cell
        json.dumps(json.loads(text.replace('"Rruga 7"', '"Rruga 9"'))),  # laid out otherwise
    ]
    for guess in guesses:
        store.path.write_text(guess, encoding="utf-8")
        loaded = store.load()
        assert loaded.info.version == version
        assert _read_state(store.path, "AL").version != _read_state(store.path, "AL").public_version
    public_change = text.replace('"Ndihma Ligjore"', '"Ndihma"')
    store.path.write_text(public_change, encoding="utf-8")
    assert store.load().info.version != version
    store.path.write_text(text, encoding="utf-8")
    with store.transaction(author="t") as transaction:
        transaction.put(secret.with_changes(city="Vau i Dejës"))
    assert store.load().info.version != version  # a write changes the revision
    plain = DirectoryStore("AL", store.root.path / "plain")
    plain.create(author="t")
    assert plain.load().info.version == _read_state(plain.path, "AL").version  # nothing to hide


def test_put_asks_again_whether_an_id_spells_the_place_of_another_shelter_than_new_ids(
    store: DirectoryStore,
) -> None:
    """`put` does not ask again whether the id `new_id` has just given a confidential shelter
    spells its place; any other shelter put under that id is asked (the shortcut holds for the
    same record only)."""
    hidden = SHELTER.with_changes(id="", confidential_address=True, name="Safe House")
    elsewhere = hidden.with_changes(city="Orosh", region="AL-08", latitude=None, longitude=None)
    with (
        pytest.raises(InputError, match="spells the address or town"),
        store.transaction(author="t") as transaction,
    ):
        fresh = transaction.new_id(hidden)
        transaction._fresh_id = ("al-orosh-0001", hidden)  # as if new_id had given it
        transaction.put(elsewhere, as_id="al-orosh-0001")
    with store.transaction(author="t") as transaction:
        transaction.put(hidden, as_id=transaction.new_id(hidden))
    assert fresh.startswith("al-")


def test_what_a_pause_of_the_collector_made_is_old_when_it_resumes() -> None:
    """`_no_gc_pauses` hands what it made to the collector's oldest generation: resumed, a young
    collection walked all of it (0.6 s after an import of 100,000 rows). A caller's freeze is
    kept; it leaves nothing frozen of its own."""
    before = gc.get_freeze_count()
    with _no_gc_pauses():
        made = [[] for _ in range(100)]
    gc.disable()
    try:
        young = {id(thing) for generation in (0, 1) for thing in gc.get_objects(generation=generation)}
        assert not any(id(thing) in young for thing in made)
    finally:
        gc.enable()
    assert gc.get_freeze_count() == before
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with _no_gc_pauses():
            more = [[] for _ in range(100)]
        assert gc.get_freeze_count() >= frozen + len(more)  # the caller's freeze, ours joined to it
    finally:
        if not before:
            gc.unfreeze()
