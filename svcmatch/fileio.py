"""Atomic file writes: a temporary file in the same folder, fsync, then one os.replace."""

from __future__ import annotations

import codecs
import contextlib
import io
import math
import os
import re
import signal
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, AnyStr

from .errors import InputError

TEMP_SUFFIX = ".tmp"


#: Longest part of the target's name kept in a temporary name (file names stop at 255 bytes).
_NAME_BYTES = 200


def _temp_stem(path: Path) -> str:
    name = path.name
    while len(name.encode("utf-8")) > _NAME_BYTES:
        name = name[:-1]
    return f".{name}."


def temp_path(path: Path) -> Path:
    """A fresh temporary name beside `path`: `.<name>.<8 hex>.tmp` (hidden, easy to clean up)."""
    # os.urandom(n).hex() is secrets.token_hex(n); secrets would bring random and base64 (some
    # 2-4 ms) into every command's start, `match` included, for these eight characters
    return path.with_name(f"{_temp_stem(path)}{os.urandom(4).hex()}{TEMP_SUFFIX}")


def temp_files(path: Path) -> list[Path]:
    """Temporary files that writers of `path` left behind (a killed process leaves one)."""
    return sorted(path.parent.glob(f"{glob_escape(_temp_stem(path))}*{TEMP_SUFFIX}"))


def glob_escape(name: str) -> str:
    """A file name with glob wildcards taken literally."""
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


def clean_temp_files(path: Path) -> None:
    """Remove what `temp_files` finds that no live writer holds (`_in_use`): what a killed
    writer left. A writer of the same -o file at the same time keeps its own (removing it
    failed that writer at its end, "cannot write 'out.jsonl': No such file or directory",
    after all its work)."""
    for leftover in temp_files(path):
        if not _in_use(leftover):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


if sys.platform == "win32":  # a file open in another process cannot be removed there at all

    def _hold(fd: int) -> int | None:
        return None

    def _in_use(path: Path) -> bool:
        return False

else:
    import fcntl

    def _hold(fd: int) -> int | None:
        """Mark a temporary file as being written: a lock that the kernel drops when the writer
        dies, held by a copy of `fd` (returned, to be closed once the file is in place)."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return os.dup(fd)
        except OSError:
            return None

    def _in_use(path: Path) -> bool:
        """Whether a live writer holds the temporary file (`_hold`)."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return False
        finally:
            os.close(fd)
        return False


#: The folders whose entries are a process's open descriptors (/dev/stdout links into one)
#: (a text that `re` compiles on first use: a cold `match` does not use it).
_DESCRIPTOR_FOLDER = r"/proc/(?:self|thread-self|\d+)(?:/task/\d+)?/fd|/dev/fd"


def is_descriptor(path: Path) -> bool:
    """Whether `path` names an open descriptor (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`,
    or a link to one): what it leads to is whatever the shell opened there (a pipe, a terminal,
    or a file given with `>` or `>>`), which must be written into, never replaced (replacing
    what `>> log.txt` opened loses the log; a pipe's name `pipe:[...]` is no file at all)."""
    current = Path(os.path.abspath(path))
    for _ in range(40):  # as many links as the kernel follows
        if re.fullmatch(_DESCRIPTOR_FOLDER, os.path.realpath(current.parent)):
            return True
        try:
            target = os.readlink(current)
        except OSError:  # no link (or nothing there): the chain ends in an ordinary name
            return False
        current = Path(os.path.abspath(current.parent / target))
    return False


def is_special(path: Path) -> bool:
    """Whether `path` exists and is not a regular file (a device, a FIFO, a socket), or names
    an open descriptor (`is_descriptor`)."""
    if is_descriptor(path):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def atomic_binary_file(path: Path, mode: int | None = None) -> Iterator[IO[bytes]]:
    """A file that replaces `path` in one step on a clean exit, and vanishes on an exception.

    The file gets the permissions a plain `open(path, "w")` would give it: those of the file it
    replaces, else 0o666 less the umask (mkstemp's 0o600 would hide shared directories from
    colleagues); or exactly `mode` when one is given (0o600 for a private cache). The temporary
    file is private (0o600) while it is written and takes them at the end: made with them, a
    0o644 temporary copy of a 0o600 directory file let any local user read it, addresses and
    all, for the time of the write. OSError reaches the caller.
    """
    if is_special(path):  # /dev/null, /dev/stdout, a FIFO: write into it, never replace it
        # appended: what the shell opened with `>` is empty already, and `>>` keeps what it held
        with path.open("ab" if is_descriptor(path) else "wb") as stream:
            yield stream
        return
    tmp = temp_path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    held: int | None = None
    try:
        try:
            fd = os.open(tmp, flags, 0o600)  # private while written, whatever it becomes
        except OSError as error:
            raise _NotCreated(error) from None
        held = _hold(fd)  # until the file is in place: another writer's clean-up leaves it
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _final_mode(path) if mode is None else mode)
        os.replace(tmp, path)
    except _NotCreated as failed:  # name the file the caller asked for, not the temporary one
        refused = failed.error
        raise type(refused)(refused.errno, refused.strerror, str(path)) from None
    except BaseException:
        # Also a signal's exit (SIGTERM, SIGHUP: cli._exits_on_signals) the moment the file came
        # to be, before the next line ran: the name is this write's own (random; O_EXCL refuses
        # one that is taken), so the file is removed whatever the moment.
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if held is not None:
            os.close(held)
    fsync_folder(path.parent)


def _final_mode(path: Path) -> int:
    """The permissions `open(path, "w")` would give: the file's own, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0o077)  # read by setting it (svcmatch writes from one thread)
        os.umask(umask)
        return 0o666 & ~umask


#: The permissions of a new file or folder that holds confidential shelters' addresses.
PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
#: `os.mkdir`'s mode for a folder of files made with `unshared_mode` (the umask still applies):
#: its owner and group may enter it, other users not.
UNSHARED_FOLDER = 0o770


def mode_of(path: Path) -> int | None:
    """The read and write permissions of the file at `path` (None where there is none): what a
    file written from it (a directory file's history) takes, so that a directory file the office
    made private (0o600) does not have its records copied into files every local user can read."""
    try:
        return path.stat().st_mode & 0o666
    except OSError:
        return None


def unshared_mode(path: Path) -> int | None:
    """The `mode` to write a directory file with: for a new one, 0o666 less the umask and less
    every right of other users (0o644 becomes 0o640: the owner's group keeps what the umask
    gives it); None for one that exists, which keeps its own. A new directory file was made
    0o644, so every confidential shelter's address added to it was readable by every user of
    the machine until the office thought of `chmod`."""
    return None if path.exists() else _final_mode(path) & ~0o007


def folder_mode(file_mode: int) -> int:
    """The permissions of a folder for files of `file_mode`: each class that may read them may
    enter it (0o600 gives 0o700, 0o644 gives 0o755)."""
    return file_mode | (file_mode & 0o444) >> 2


def private_mode(path: Path) -> int | None:
    """The `mode` to write a file holding what must stay private with (`export
    --include-confidential`; a person's match, package or referral): 0o600 for a new file,
    whatever the umask (offices protect the directory file with its permissions, and a copy of
    its addresses made 0o644 undid that); for a file that exists, the permissions its owner gave
    it less every right of other users (0o644 becomes 0o640; a group it is shared with keeps its
    rights): a public export replaced by one `--include-confidential`, or yesterday's package by
    today's, was left readable by every local user, addresses and all."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return PRIVATE_FILE
    except OSError:
        return None  # (it cannot be replaced either: the write names the problem)
    return None if not stat.S_ISREG(mode) else mode & 0o7770


class _NotCreated(Exception):
    """os.open refused the temporary file (`error`): there is nothing of ours to remove."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


@contextlib.contextmanager
def atomic_text_file(path: Path, mode: int | None = None) -> Iterator[IO[str]]:
    """`atomic_binary_file` as UTF-8 text, newlines kept exactly as written."""
    with atomic_binary_file(path, mode) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
            text.flush()
        finally:
            text.detach()  # the binary file is closed (and synced) by atomic_binary_file


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace `path` with `data` in one step: readers see the old file or the new, never half.
    A failed write (a full disk) names `path`, which the OSError of a write or fsync does not."""
    try:
        with atomic_binary_file(path, mode) as handle:
            handle.write(data)
    except OSError as error:
        if error.filename is not None or error.errno is None:
            raise
        raise type(error)(error.errno, error.strerror, str(path)) from None


def write_text_atomic(path: Path, text: str, mode: int | None = None) -> None:
    """`write_bytes_atomic` for UTF-8 text (newlines kept exactly as given)."""
    write_bytes_atomic(path, text.encode("utf-8"), mode)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open folders, and needs not."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # the data is written; only the durability of the rename is not guaranteed
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- bounded reads of user input ---------------------------------------------------------------

#: The largest file svcmatch reads whole (imports, case files, saved matches, add --json).
MAX_INPUT_BYTES = 50 * 1024 * 1024
#: The longest line of a streamed input (a batch's cases): one case, never a whole file.
MAX_LINE_BYTES = 1024 * 1024


def read_limited(source: str | Path, what: str = "input file", limit: int = MAX_INPUT_BYTES) -> bytes:
    """A file's bytes (standard input for '-'), refused past `limit` after reading at most one byte more.

    A FIFO or /dev/zero is cut off the same way, so memory stays bounded whatever is named.
    OSError (missing, unreadable) reaches the caller, which knows what to advise.
    """
    if source == "-":
        stdin: bytes = read_stream(sys.stdin.buffer, what, limit)
        return stdin
    path = Path(source)
    if "\0" in str(path):
        raise InputError(f"the name of the {what} holds a NUL character", "give a plain file name")
    if path.is_file() and path.stat().st_size > limit:
        raise _too_big(what, limit)
    with path.open("rb") as handle:
        data: bytes = read_stream(handle, what, limit)
    return data


def read_stream(handle: IO[AnyStr], what: str = "input", limit: int = MAX_INPUT_BYTES) -> AnyStr:
    """At most `limit` bytes (characters) of a stream; more is an InputError, not a memory blow-up."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise _too_big(what, limit)
    return data


def _too_big(what: str, limit: int) -> InputError:
    return InputError(
        f"the {what} is larger than {limit // (1024 * 1024)} MiB",
        "split it into smaller files (see docs/security.md, sizes)",
    )


def process_alive(pid: int) -> bool:
    """Whether process `pid` still runs (a temporary file or folder named after it is in use)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process of that number: not ours to judge
    return True


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold SIGTERM and SIGHUP until the block ends (they are delivered then): a group of
    writes that must land together (a referral update's answers) is not cut half-way by them.
    Where signals cannot be held (not the main thread, not POSIX), the block runs as it is."""
    held = {getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError, ValueError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def decode_text(data: bytes) -> str:
    """A text file the user names (JSON, a case, weights, a taxonomy map) as text: UTF-8, a
    byte-order mark dropped, or UTF-16 when it starts with its byte-order mark (what Windows
    Notepad saves as 'Unicode'), as the table reader takes them; UnicodeDecodeError else."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        return data.decode("utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


class NotFinite(ValueError):
    """NaN, Infinity or a float past a float's range (1e400) in JSON (`refuse_constant`,
    `finite_float`): Python's reader takes them, JSON has none, and an output that wrote one
    back would be no JSON."""


def refuse_constant(text: str) -> Any:
    """`parse_constant` of a JSON reader that refuses NaN and Infinity (NotFinite)."""
    raise NotFinite(text)


def finite_float(text: str) -> float:
    """`parse_float` of a JSON reader that refuses a number past a float's range (NotFinite)."""
    value = float(text)
    if not math.isfinite(value):
        raise NotFinite(text)
    return value


def float_sized_int(text: str) -> int:
    """`parse_int` of a JSON reader that refuses an integer past a float's range (NotFinite):
    svcmatch reads a number where it takes one as a float (a point, a distance, a weight), and
    Python's conversion of a 400-digit integer raised OverflowError, a traceback from every
    command over a directory file, `directory add --json`, `--weights` and `--case` files, and a
    batch line's "internal error" (twenty-fourth adversarial pass)."""
    value = int(text)
    if abs(value) > sys.float_info.max:
        raise NotFinite(f"{text[:12]}… ({len(text.lstrip('-'))} digits), past any number svcmatch reads")
    return value


class RepeatedKey(ValueError):
    """A JSON object that gives one key twice (`unique_keys`)."""


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`object_pairs_hook` of every JSON reader of user input: the object, or RepeatedKey
    naming a key given twice. JSON leaves its meaning open and Python keeps the last, so
    `"avoid_region": "AL-08", "avoid_region": ""` avoided nothing, without a word."""
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise RepeatedKey(f"the key {key!r} is given twice")
            seen.add(key)
    return found
