"""Many writer processes, killed writers and stale locks, through the real `svcmatch` commands."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from click.testing import CliRunner
from helpers import signals_as_in_a_terminal

from svcmatch.cli import main
from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore, file_lock, load_directory

# One writer process: adds, edits, imports (new rows and updates) and removes, each a separate
# `svcmatch` command run in this process, so that 4 processes really interleave.
WRITER = """
    import sys
    from pathlib import Path
    from click.testing import CliRunner
    from svcmatch.cli import main
    root, w = sys.argv[1], sys.argv[2]
    runner = CliRunner()
    def run(*args):
        result = runner.invoke(main, ["--directories", root, *args], env={"SVCMATCH_LOCK_TIMEOUT": "60"})
        if result.exit_code != 0:
            sys.exit(f"{args}: {result.output}")
    for n in range(3):
        run("directory", "add", "AL", "--id", f"al-w{w}-{n}", "--name", f"Writer {w} #{n}",
            "--category", "legal", "--region", "AL-11", "--author", f"w{w}")
        run("directory", "edit", "AL", f"al-base-{w}", "--set", f"notes=edit {n} by {w}")
        sheet = Path(root).parent / f"import-{w}-{n}.csv"
        sheet.write_text("id,name,categories,region,notes\\n"
                         f"al-imp-{w}-{n},Imported {w} {n},medical,AL-10,\\n"
                         f"al-base-{w},Base {w},legal,AL-11,import {n} by {w}\\n", encoding="utf-8")
        run("directory", "import", "AL", str(sheet))
    run("directory", "remove", "AL", f"al-gone-{w}")
"""


def _seed(root: Path, writers: int) -> DirectoryStore:
    store = DirectoryStore("AL", root)
    store.create(author="seed")
    with store.transaction(author="seed") as transaction:
        for w in range(writers):
            for stem in ("base", "gone"):
                transaction.put(
                    Provider(
                        id=f"al-{stem}-{w}",
                        name=f"{stem.title()} {w}",
                        categories=("legal",),
                        region="AL-11",
                        coverage=Coverage("national"),
                    )
                )
    return store


def test_adds_edits_imports_and_removes_from_four_processes_lose_nothing(tmp_path: Path) -> None:
    store = _seed(tmp_path / "dirs", 4)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(WRITER), str(store.root.path), str(w)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(4)
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
    directory = load_directory("AL", store.root)  # a valid file: it parses and checks
    ids = {p.id for p in directory.providers}
    assert ids == (
        {f"al-base-{w}" for w in range(4)}
        | {f"al-w{w}-{n}" for w in range(4) for n in range(3)}
        | {f"al-imp-{w}-{n}" for w in range(4) for n in range(3)}
    )
    assert {directory.get(f"al-base-{w}").notes for w in range(4)} == {f"import 2 by {w}" for w in range(4)}  # type: ignore[union-attr]
    operations = [(c.operation, c.provider_id) for c in store.history()]
    assert len([o for o in operations if o[0] == "add"]) == 8 + 12 + 12  # seed, adds, imports
    assert len([o for o in operations if o[0] == "remove"]) == 4
    assert len([o for o in operations if o[0] == "edit"]) == 4 * 3 * 2  # each edit and each import update
    assert not list(store.root.path.glob(".al.json.*.tmp"))


HOLDER = """
    import sys, time
    from pathlib import Path
    from svcmatch.storage import file_lock
    with file_lock(Path(sys.argv[1]), timeout=5):
        print("locked", flush=True)
        time.sleep(120)
"""


def test_a_lock_left_by_a_killed_process_never_blocks(tmp_path: Path) -> None:
    store = _seed(tmp_path, 1)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLDER), str(store.path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    runner = CliRunner()
    args = ["--directories", str(tmp_path), "directory", "edit", "AL", "al-base-0", "--set", "notes=x"]
    started = time.monotonic()
    blocked = runner.invoke(main, args, env={"SVCMATCH_LOCK_TIMEOUT": "0.5"})
    # well below the default 30 s, so the 0.5 s given is the one that acted (generous for a loaded machine)
    assert blocked.exit_code == 4 and time.monotonic() - started < 15
    assert "locked by another writer" in blocked.output and "SVCMATCH_LOCK_TIMEOUT" in blocked.output
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate(timeout=10)
    assert store.path.with_name(".al.json.lock").exists()  # the lock file stays; its lock does not
    started = time.monotonic()
    done = runner.invoke(main, args, env={"SVCMATCH_LOCK_TIMEOUT": "0.5"})
    assert done.exit_code == 0, done.output
    assert time.monotonic() - started < 15  # not the default 30 s wait
    assert store.load().get("al-base-0").notes == "x"  # type: ignore[union-attr]


IMPORTER = """
    import sys
    from click.testing import CliRunner
    from svcmatch.cli import main
    root, sheet = sys.argv[1], sys.argv[2]
    runner = CliRunner()
    for n in range(1000):
        runner.invoke(main, ["--directories", root, "directory", "import", "AL", sheet.format(n % 2)])
        print(n, flush=True)
"""


def _history_agrees(store: DirectoryStore) -> None:
    """Each record has one history entry per revision, and its last recorded notes are its notes:
    no phantom entry for a write that never reached the file, none missing for one that did."""
    directory, history = store.load(), store.history()
    for provider in directory.providers:
        entries = [change for change in history if change.provider_id == provider.id]
        assert len(entries) == directory.revision(provider.id), provider.id
        notes = [change.new["notes"] for change in entries if "notes" in change.new]
        assert not notes or notes[-1] == provider.notes, provider.id


def test_an_import_killed_at_random_moments_leaves_before_or_after(tmp_path: Path) -> None:
    """The two sheets update the same 150 records with different notes, so that every import
    rewrites the file: a kill lands in a write, and a torn write would mix the two notes. The
    history agrees with the file after each kill (SIGKILL, SIGTERM or SIGHUP), before and after
    the next writer (issue 14 item 12)."""
    store = _seed(tmp_path / "dirs", 1)
    for n, mark in enumerate("AB"):
        rows = "".join(f"al-k-{i:03d},Imported {i},legal,AL-11,{mark * 300}\n" for i in range(150))
        (tmp_path / f"sheet-{n}.csv").write_text("id,name,categories,region,notes\n" + rows, encoding="utf-8")
    imported = {f"al-k-{i:03d}" for i in range(150)}
    seed_ids = {"al-base-0", "al-gone-0", "al-after-0"}
    rng = random.Random(9)
    for kill in (signal.SIGKILL, signal.SIGTERM, signal.SIGHUP) * 3:
        writer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(IMPORTER),
                str(store.root.path),
                str(tmp_path / "sheet-{}.csv"),
            ],
            stdout=subprocess.PIPE,
            text=True,
            preexec_fn=signals_as_in_a_terminal,  # SIGHUP is not ignored under nohup
        )
        assert writer.stdout is not None and writer.stdout.readline()  # one import done, more running
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(writer.pid, kill)
        writer.communicate(timeout=10)
        providers = [p for p in store.load().providers if p.id not in seed_ids]
        assert {p.id for p in providers} == imported
        assert {p.notes for p in providers} in ({"A" * 300}, {"B" * 300})  # before or after, never a mix
        _history_agrees(store)
        with store.transaction() as transaction:  # the next writer is not blocked, cleans up
            transaction.put(Provider(id="al-after-0", name="After"))
        assert not list(store.root.path.glob(".al.json.*.tmp"))
        assert not list((store.root.path / "history" / "al").glob(".*.pending"))
        _history_agrees(store)


def test_leftover_temp_files_are_ignored_by_readers_and_removed_by_the_next_writer(tmp_path: Path) -> None:
    store = _seed(tmp_path, 1)
    leftover = tmp_path / ".al.json.deadbeef.tmp"
    leftover.write_text('{"meta": {"direct', encoding="utf-8")  # what a killed writer leaves
    runner = CliRunner()
    listed = runner.invoke(main, ["--directories", str(tmp_path), "directory", "list", "AL", "-f", "json"])
    assert listed.exit_code == 0 and "al-base-0" in listed.output
    edited = runner.invoke(
        main, ["--directories", str(tmp_path), "directory", "edit", "AL", "al-base-0", "--set", "notes=after"]
    )
    assert edited.exit_code == 0, edited.output
    assert not leftover.exists()
    with file_lock(store.path, timeout=1):
        pass  # and the lock is free again
