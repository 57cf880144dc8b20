"""svcmatch.fileio: atomic replace, permissions like a plain file, no temp file left on failure."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from svcmatch import fileio


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_follows_the_umask_not_mkstemp(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fileio.write_text_atomic(tmp_path / "a.json", "{}\n")
        os.umask(0o002)
        fileio.write_bytes_atomic(tmp_path / "b.json", b"{}\n")
    finally:
        os.umask(old)
    assert mode(tmp_path / "a.json") == 0o644
    assert mode(tmp_path / "b.json") == 0o664


def test_replacing_keeps_the_old_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "al.json"
    target.write_text("old")
    target.chmod(0o640)
    fileio.write_text_atomic(target, "new")
    assert target.read_text() == "new"
    assert mode(target) == 0o640


def test_text_is_utf8_with_newlines_as_written(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    with fileio.atomic_text_file(target) as handle:
        handle.write("Durrës\r\nКиїв\n")
    assert target.read_bytes() == "Durrës\r\nКиїв\n".encode()


def test_a_failure_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "al.json"
    target.write_text("before")
    with pytest.raises(RuntimeError), fileio.atomic_text_file(target) as handle:
        handle.write("half")
        raise RuntimeError("killed half way")
    assert target.read_text() == "before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["al.json"]


def test_temp_files_are_found_and_cleaned(tmp_path: Path) -> None:
    target = tmp_path / "a[1]*.json"  # glob characters in the name are taken literally
    leftover = fileio.temp_path(target)
    leftover.write_text("partial")
    other = fileio.temp_path(tmp_path / "b.json")
    other.write_text("someone else's")
    assert fileio.temp_files(target) == [leftover]
    fileio.clean_temp_files(target)
    assert not leftover.exists() and other.exists()


def test_a_long_name_still_gets_a_temp_file_beside_it(tmp_path: Path) -> None:
    target = tmp_path / ("é" * 120 + ".json")  # 245 bytes: the name fits, name + suffix would not
    fileio.write_text_atomic(target, "ok")
    assert target.read_text() == "ok"
    assert fileio.temp_path(target).parent == tmp_path
    assert len(fileio.temp_path(target).name.encode()) <= 255


def test_writing_to_a_device_or_fifo_writes_into_it_and_never_replaces_it(tmp_path: Path) -> None:
    import os
    import stat
    import threading

    from svcmatch.fileio import atomic_text_file

    with atomic_text_file(Path(os.devnull)) as handle:
        handle.write("discarded\n")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    with atomic_text_file(fifo) as handle:
        handle.write("through the pipe\n")
    reader.join(timeout=10)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert list(tmp_path.iterdir()) == [fifo]


def test_a_signal_the_moment_the_temp_file_is_made_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM's handler (cli._exits_on_signals) raises SystemExit wherever the write is: also
    right after os.open made the temporary file, before its descriptor was kept."""
    real_open = os.open

    def open_then_signal(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        os.close(real_open(path, flags, mode))
        raise SystemExit(143)

    target = tmp_path / "out.jsonl"
    target.write_text("before\n", encoding="utf-8")
    monkeypatch.setattr(fileio.os, "open", open_then_signal)
    with pytest.raises(SystemExit):
        fileio.write_text_atomic(target, "after\n")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "before\n"
    assert list(fileio.temp_files(target)) == []


def test_a_taken_temp_name_is_refused_naming_the_target_and_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    taken = fileio.temp_path(target)
    taken.write_text("another writer's\n", encoding="utf-8")
    monkeypatch.setattr(fileio, "temp_path", lambda _path: taken)
    with pytest.raises(FileExistsError) as refused:
        fileio.write_text_atomic(target, "{}\n")
    assert refused.value.filename == str(target)
    assert taken.read_text(encoding="utf-8") == "another writer's\n"
