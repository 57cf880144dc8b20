"""What every command shares: the app context, common options, errors and output."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click
from click.core import ParameterSource

from .. import fileio, render
from ..errors import ExitCode, InputError, SvcmatchError
from ..settings import EARLIEST_DAY, Settings
from .pasted import note as pasted_note

if TYPE_CHECKING:
    from ..model import Directory, DirectoryInfo, Provider
    from ..storage import DirectoryStore

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class AppContext:
    """Settings of the `svcmatch` group that subcommands read (through `pass_app`)."""

    directories: str | None = None
    settings: Settings = field(default_factory=Settings)
    #: --allow-sample: writing commands may change a file marked as sample data.
    allow_sample: bool = False
    #: Per country, the confidential shelters its directory's history says were removed, by id
    #: (the referral commands judge notes about them: `referral_cmd._removed_shelter`).
    removed_shelters: dict[str, dict[str, Provider]] = field(default_factory=dict)


pass_app = click.make_pass_decorator(AppContext, ensure=True)


#: An error line never echoes more of what was typed than this (a pasted file, a huge cell).
MAX_ERROR_CHARS = 400


#: The arguments of the command being run (set by the root command), for `fail` to say what
#: in them a word processor typed.
ARGUMENTS: list[str] = []


def fail(error: SvcmatchError) -> None:
    """Print an error as one line on stderr and exit with its code."""
    message = render.visible(" ".join(error.message.split()))  # one line; an echoed ESC shown, not obeyed
    if len(message) > MAX_ERROR_CHARS:
        message = message[: MAX_ERROR_CHARS - 1] + "…"
    fix = error.hint
    if error.exit_code == ExitCode.USAGE:
        pasted = pasted_note(error.message, ARGUMENTS)
        fix = f"{pasted}; {fix}" if pasted and fix else pasted or fix
    if error.lines:  # each problem on a line of its own, with its fix, instead of all in one
        fix = pasted_note(error.message, ARGUMENTS) if error.exit_code == ExitCode.USAGE else None
    hint = f" ({render.visible(fix)})" if fix else ""
    context = click.get_current_context(silent=True)
    if context is not None:
        context.meta.get(_SAID_LATER, []).clear()  # an error is one line: no reading before it
    shown = "".join(f"\n  {render.visible(' '.join(line.split()))}" for line in error.lines)
    click.echo(f"svcmatch: error: {message}{hint}{shown}", err=True)
    sys.exit(int(error.exit_code))


#: The key of ctx.meta that holds the notes `say_later` keeps until the command has run.
_SAID_LATER = "svcmatch.said_later"


def say_later(message: str) -> None:
    """A note said once the command has done its work (when its context closes), never before
    a one-line error: a reading of an option made before the command refuses another."""
    context = click.get_current_context(silent=True)
    if context is None:
        warn(message)
        return
    pending = context.meta.get(_SAID_LATER)
    if pending is None:
        pending = context.meta[_SAID_LATER] = []
        context.call_on_close(functools.partial(_say_all, pending))
    pending.append(message)


def _say_all(notes: list[str]) -> None:
    for note in notes:
        warn(note)


def reports_on_stdout(function: F) -> F:
    """A command that changes files and then prints what it did on standard output (the new
    ids, the referrals opened): a closed standard output (`>&-`) is refused before anything is
    written. The change was made and its report lost with exit 2, so a script that tried again
    added the record twice. (Put it under `handle_errors`.)"""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if getattr(sys.stdout, "closed", False):
            raise InputError(
                "standard output is closed, where this command says what it changed; nothing was written",
                "run it without >&- (or with >/dev/null to drop the report)",
            )
        return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def handle_errors(function: F) -> F:
    """Turn SvcmatchError into a one-line message and its exit code; never a traceback."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except SvcmatchError as error:
            fail(error)
        except BrokenPipeError:
            raise  # the root command exits 141, as a writer killed by SIGPIPE
        except OSError as error:  # a file the user named: missing folder, no permission, disk full
            reason = error.strerror or str(error)
            if error.filename:
                fail(
                    InputError(
                        f"cannot use {str(error.filename)!r}: {reason}",
                        "check the path, its folder and its permissions",
                    )
                )
            fail(
                InputError(
                    f"cannot write the output: {reason}", "check the disk, or write with -o FILE elsewhere"
                )
            )
        except ValueError as error:
            if "null byte" not in str(error):
                raise
            fail(InputError("a file name holds a NUL character", "give a plain file name"))

    return wrapper  # type: ignore[return-value]


def _digits_only(
    kind: click.types.IntParamType | click.types.FloatParamType,
    value: Any,
    param: click.Parameter | None,
    ctx: click.Context | None,
) -> None:
    """Refuse a number written with Python's '_' between digits ('2_4' read as 24, '1_000'),
    which no person writes for a number: as click refuses any other text that is no number;
    and one in another script's digits (`model.refuse_other_digits`: --age ٣٠)."""
    if isinstance(value, str) and not value.isascii():
        from ..model import refuse_other_digits  # lazy: for a number typed beyond ASCII only

        refuse_other_digits(value, param.opts[0] if param is not None and param.opts else "value")
    if isinstance(value, str) and "_" in value:
        number = "float" if isinstance(kind, click.types.FloatParamType) else "integer"
        kind.fail(f"{value!r} is not a valid {number}.", param, ctx)


class WholeNumber(click.IntRange):
    """A whole number from `min` to `max` in digits (`_digits_only`; seventeenth adversarial pass)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        _digits_only(self, value, param, ctx)
        return super().convert(value, param, ctx)


class DecimalNumber(click.types.FloatParamType):
    """A number in digits (`_digits_only`)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        _digits_only(self, value, param, ctx)
        return super().convert(value, param, ctx)


#: Two names of one format: each is accepted wherever the other is.
FORMAT_ALIASES = {"md": "markdown", "markdown": "md"}


class FormatChoice(click.Choice):  # type: ignore[type-arg]  # generic only from click 8.2
    """A --format choice that also takes a format's other name (`md` for `markdown` and back)
    and passes on the name the command knows."""

    name = "format"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            typed = value.strip().lower()
            if typed not in self.choices and FORMAT_ALIASES.get(typed) in self.choices:
                value = FORMAT_ALIASES[typed]
            elif typed in self.choices:
                value = typed
        return super().convert(value, param, ctx)


class _FormatOption(click.Option):
    """--format, whose help speaks of --output only in a command that has one (`directory list`
    said "default: from the --output file's extension" and has none)."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        if not any(param.name == "output" for param in ctx.command.params):
            self.help = "Output format."
        else:  # one default, said once: "(default: ...) [default: table]" said two
            self.show_default = False
            self.help = (
                f"Output format (default: {self.default}, or from the --output file's extension "
                "where it names one: -o results.csv writes csv)."
            )
        return super().get_help_record(ctx)


def format_option(
    choices: Sequence[str] = ("table", "json", "jsonl", "csv", "markdown"), default: str = "table"
) -> Callable[[F], F]:
    return click.option(
        "--format",
        "-f",
        "fmt",
        cls=_FormatOption,
        type=FormatChoice(list(choices)),
        default=default,
        show_default=True,
        callback=format_from_output,
        help="Output format (default: from the --output file's extension, where it names one).",
    )


#: The format an --output file's extension names (`match -o results.csv` writes CSV).
_FORMAT_OF_EXTENSION = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


#: Extensions of the other formats people save files in (a workbook, a document): an --output
#: named so is refused by a command that does not write that format, never filled with another.
_OTHER_FORMAT_OF_EXTENSION = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".pdf": "pdf",
    ".xml": "xml",
    ".doc": "doc",
    ".docx": "docx",
    ".odt": "odt",
    ".zip": "zip",
}


def format_named_by(output: str | None) -> str | None:
    """The format an output file's extension names ('al.ods' -> 'ods'); None for another
    extension (.txt) or none."""
    if not output or output == "-":
        return None
    suffix = Path(output).suffix.casefold()
    return _FORMAT_OF_EXTENSION.get(suffix) or _OTHER_FORMAT_OF_EXTENSION.get(suffix)


def format_from_output(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """--format's callback: when it is not given, the format that the --output file's extension
    names among the command's formats; `match -o results.csv` wrote a text table and `batch -o
    results.csv` JSON lines into a file that a spreadsheet then could not read. An extension
    naming a format the command does not write (`stale -o to-call.xlsx`) is refused: a text
    table in a file named .xlsx opens in no spreadsheet. A given --format always wins.
    (Click handles options given on the command line first, so --output is known.)"""
    if param.name is None or ctx.get_parameter_source(param.name) is not ParameterSource.DEFAULT:
        return value
    output = ctx.params.get("output")
    named = format_named_by(output if isinstance(output, str) else None)
    if named is None:
        return value
    choices = getattr(param.type, "choices", ())
    if named in choices:
        return named
    raise InputError(
        f"-o {output!r} names a format that {ctx.info_name} does not write",
        f"it writes {', '.join(choices)}: name the file for one of them, "
        f"or give --format to write one into that name",
    )


def output_option(function: F) -> F:
    return click.option(
        "--output",
        "-o",
        "output",
        type=click.Path(dir_okay=False, path_type=str),
        default=None,
        help="Write to this file instead of standard output.",
    )(function)


def table_options(function: F) -> F:
    """--encoding and --sheet: how the one table reader reads a user's CSV or workbook."""
    function = click.option(
        "--sheet", default=None, metavar="NAME", help="The sheet of a workbook to read (default: found)."
    )(function)
    return click.option(
        "--encoding",
        default=None,
        metavar="NAME",
        help="Text encoding of a CSV or JSON file (utf-8, utf-16, cp1252, cp1251, ...). "
        "Default: UTF-8 or a byte-order mark, else detected and said.",
    )(function)


def today_option(function: F) -> F:
    """--today DATE: the day that counts as today, for outputs that can be reproduced."""
    return click.option(
        "--today",
        metavar="DATE",
        help="Judge how fresh records are on this date (YYYY-MM-DD) "
        "instead of today, for outputs that can be reproduced.",
    )(function)


def today_of(app: AppContext, text: str | None) -> dt.date:
    """The day --today gives, else the settings' today (the calendar's). An empty --today
    (`--today "$DAY"` with the variable unset) is refused, never read as the calendar's day."""
    return parse_today(text) if text is not None else app.settings.today_date()


#: The days that --today (and a saved match's `as_of`) may name: a deadline ahead or a look
#: back (stale records, a year of referral answers) from year 1 or 9999 is no date at all.
TODAY_RANGE = (EARLIEST_DAY, dt.date(2999, 12, 31))


def parse_today(text: str | dt.date, option: str = "--today") -> dt.date:
    """A day given as today (YYYY-MM-DD), within TODAY_RANGE: one line, never an overflow."""
    from ..model import parse_date  # lazy: as storage in open_directory (model comes with storage)

    day = within_today_range(parse_date(text, option), option)
    say_date_reading(text, option)
    return day


def say_date_reading(text: Any, what: str) -> None:
    """Say how a date with dots whose day and month could swap was read (day first)."""
    from ..model import dotted_date_reading  # lazy, as parse_today's

    said = dotted_date_reading(text, what)
    if said is not None:
        say_later(said)


def within_today_range(day: dt.date, option: str = "--today") -> dt.date:
    """`day`, if TODAY_RANGE holds it; else a one-line error naming the option."""
    first, last = TODAY_RANGE
    if not first <= day <= last:
        raise InputError(f"{option}: {day.isoformat()} is out of range", f"give a day from {first} to {last}")
    return day


def warn(message: str) -> None:
    """A message for the person at the terminal: stderr, never mixed with results; wrapped to
    the terminal's width when it is known (an error stays on one line: `fail`)."""
    width = terminal_width()
    text = f"svcmatch: {render.visible(message)}"  # a note may quote directory text: shown, not obeyed
    click.echo(text if width is None else "\n".join(render.wrap(text, width, rest="  ")), err=True)


def table_width(output: str | None = None) -> int | None:
    """The width a table is laid out for: the terminal's on standard output, none (full
    values) in an -o file."""
    return terminal_width() if output is None or output == "-" else None


def stdout_is_a_terminal() -> bool:
    """Whether standard output is a terminal (not a pipe, a file, or closed)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # no stdout, or a closed one
        return False


def terminal_width() -> int | None:
    """The width to lay tables out for: $COLUMNS, else the terminal's, never below
    render.MIN_TABLE_WIDTH; None when standard output is not a terminal (a pipe or a file keeps the
    full values)."""
    columns = os.environ.get("COLUMNS", "").strip()
    if re.fullmatch("[0-9]{1,6}", columns) and int(columns) > 0:  # isdigit() took '²', int() refused it
        return max(render.MIN_TABLE_WIDTH, int(columns))
    if not stdout_is_a_terminal():
        return None
    import shutil  # lazy: about 2 ms (with bz2 and lzma) of every start, for a terminal only

    return max(render.MIN_TABLE_WIDTH, shutil.get_terminal_size().columns)


def excel_mark(fmt: str, output: str | None) -> str:
    """What a CSV written to a file starts with: a byte-order mark, without which Excel reads
    its UTF-8 letters in the Windows code page (nothing for other formats or standard output)."""
    return "\ufeff" if fmt == "csv" and output and output != "-" else ""


def emit(text: str, output: str | None = None, *, private: bool = False) -> None:
    """Write a command's result to stdout, or atomically to a file (`private`: a new file is
    made 0o600, for what holds confidential shelters' addresses or a person's case: fileio.private_mode)."""
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    with atomic_text_file(Path(output), private=private) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_text_file(path: Path, *, private: bool = False) -> Iterator[IO[str]]:
    """An -o file (UTF-8, newlines kept as written) that replaces `path` only on a clean exit."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"folder {str(folder)!r} does not exist", "create it or choose another -o path")
    refuse_to_overwrite(path, "-o")
    path = written_through(path)
    fileio.clean_temp_files(path)  # what a killed earlier run left beside it
    in_body = False
    try:
        with fileio.atomic_text_file(path, fileio.private_mode(path) if private else None) as handle:
            in_body = True
            yield handle
            in_body = False
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
        if in_body and not _writing_failed(error):  # the caller's own error, not the file's
            raise
        reason = getattr(error, "strerror", None) or str(error)
        raise InputError(f"cannot write {str(path)!r}: {reason}", "choose another -o path") from None


#: What a write into a file says when the disk, not the caller, failed it.
_DISK_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _writing_failed(error: BaseException) -> bool:
    """Whether an error raised while the caller wrote into an -o file is the file's own (a full
    disk at a write: no file name, ENOSPC), which is said with the file's name like one at
    the end; another file's error names that file."""
    return isinstance(error, OSError) and error.filename is None and error.errno in _DISK_ERRORS


def refuse_to_overwrite(path: Path, option: str) -> None:
    """An output never replaces a directory file, a history file, or a file that the same
    command reads (`batch c.csv -o c.csv`); nor does it create a file where svcmatch keeps its
    own (a history entry, a lock, a referral record, a country's directory file)."""
    from ..storage import is_directory_file  # lazy: as in open_directory

    ctx = click.get_current_context(silent=True)
    if path.is_file():
        for given in _input_files(ctx):
            with contextlib.suppress(OSError):
                if os.path.samefile(given, path):
                    raise InputError(
                        f"{option} {str(path)!r} is an input of this command",
                        "write the output to another file",
                    )
        if _reads_standard_input(ctx) and _standard_input_is(path):  # `batch - -o c.csv < c.csv`
            raise InputError(
                f"{option} {str(path)!r} is an input of this command (its standard input)",
                "write the output to another file",
            )
        if is_directory_file(path):
            raise InputError(
                f"{option} {str(path)!r} is a directory file", "write the output to another file"
            )
        status = path.stat()
        mode = status.st_mode
        if not mode & 0o222:  # as a read-only directory file is refused, whoever runs it
            raise InputError(
                f"{option} {str(path)!r} is read-only (mode {mode & 0o777:04o}): "
                "svcmatch will not replace it",
                f"make it writable first (chmod u+w {str(path)!r}), or choose another file",
            )
        if status.st_nlink > 1 and not fileio.is_descriptor(path):  # as a hard-linked directory file
            raise InputError(
                f"{option} {str(path)!r} has {status.st_nlink} names (hard links): it would be "
                "replaced under this name only, and the others would keep the old content",
                "choose another file, or remove this name first (rm) to write a new one",
            )
    refuse_store_path(path, option, ctx)


def written_through(path: Path) -> Path:
    """The file an -o path names: through a symbolic link, as the shell's `>` writes (replacing
    the link with a file would leave the shared copy it points at silently behind), else the
    path itself."""
    if not path.is_symlink() or fileio.is_descriptor(path):  # /dev/stdout: into what the shell opened
        return path
    refuse_a_planted_link(path, "-o")
    return Path(os.path.realpath(path))


def refuse_a_planted_link(path: Path, option: str) -> None:
    """The kernel's rule for the shell's `>` (fs.protected_symlinks): a link in a sticky,
    world-writable folder (/tmp) is followed only when it is the user's own or the folder
    owner's. svcmatch follows an output's link itself (-o, --packages), so another user's
    link in /tmp made it replace whatever file of the user's the link pointed to."""
    if not path.is_symlink():
        return
    try:
        link, folder = path.lstat(), path.parent.stat()
    except OSError:
        return
    shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & stat.S_IWOTH
    if shared and link.st_uid not in (os.geteuid(), folder.st_uid):
        raise InputError(
            f"{option} {str(path)!r} is a symbolic link that another user (uid {link.st_uid}) made "
            f"in the shared folder {str(path.parent)!r}; svcmatch will not write where it points",
            f"remove the link, or choose another {option} of your own",
        )


#: Names svcmatch gives its own files in a directories folder: a country's file and its lock,
#: in any case (the file systems of macOS and Windows take `MA.json` for `ma.json`), and with
#: the dots and spaces at the end that Windows drops (`ma.json.` is `ma.json` there).
#: (A text that `re` compiles on first use, like the other patterns a cold `match` does not use.)
_STORE_NAME = r"(?i)(?:[a-z]{2}\.json|\.[a-z]{2}\.json\.lock)[. ]*"


def refuse_store_path(path: Path, option: str, ctx: click.Context | None = None) -> None:
    """Refuse an output path (a file, or the folder of `--packages` and hsds-csv) that is the
    directories folder, inside its history or referral store, or a name that is a directory
    file's or its lock's there (replacing a lock file breaks the lock); of the folder given,
    and of any other folder that holds a directory file or its lock (a second directories
    folder beside it: `-o ../dirs-2/ma.json` made a country file of a match there)."""
    ctx = ctx or click.get_current_context(silent=True)
    from ..storage import resolve_root  # lazy: as in open_directory

    app = ctx.find_object(AppContext) if ctx is not None else None
    try:
        root = resolve_root(app.directories if app else None, app.settings if app else None).path.resolve()
        target = path.expanduser().resolve()
    except (SvcmatchError, OSError, RuntimeError):
        return
    if app is not None:
        _refuse_own_data(path, option, target, app.settings)
    _refuse_in_store(path, option, target, root)
    for folder in _store_folders(target):
        if folder != root:
            _refuse_in_store(path, option, target, folder)


def _refuse_own_data(path: Path, option: str, target: Path, settings: Settings) -> None:
    """svcmatch's geocoding cache and the gazetteers it reads are its own files too: `-o
    ~/.cache/svcmatch/nominatim.json` replaced the cache (the answers of hours of look-ups at
    one a second), and `-o <gazetteers>/al.json.gz` every later AL command with "cannot read"
    (sixteenth adversarial pass)."""
    try:
        cache = settings.geocode_cache.expanduser().resolve()
        folders = {f.expanduser().resolve() for f in (*settings.gazetteer_folders, settings.gazetteer_folder)}
    except (OSError, RuntimeError):
        return
    if target == cache:
        raise InputError(
            f"{option} {str(path)!r} is svcmatch's geocoding cache", "write the output to another file"
        )
    if target.parent in folders and target.name.casefold().endswith(".json.gz"):
        raise InputError(
            f"{option} {str(path)!r} is where svcmatch keeps a gazetteer", "write the output to another file"
        )


def _store_folders(target: Path) -> Iterator[Path]:
    """The folders around an output that may be directories folders: the one it would be, the
    one it would go into, and the one a `history` or `referrals` folder above it belongs to;
    each that holds a directory file or its lock."""
    from ..storage import HISTORY_FOLDER  # lazy: as in open_directory

    candidates = [target, target.parent]
    own = (HISTORY_FOLDER, "referrals")  # in any case, as _in_store_folder reads them
    candidates += [above.parent for above in target.parents if above.name.casefold() in own]
    for folder in dict.fromkeys(candidates):
        if _holds_a_directory(folder):
            yield folder


def _holds_a_directory(folder: Path) -> bool:
    """Whether a folder holds a country's directory file or its lock (every write leaves one)."""
    from ..storage import is_directory_file  # lazy: as in open_directory

    try:
        with os.scandir(folder) as entries:
            return any(
                re.fullmatch(_STORE_NAME, entry.name)
                and (entry.name.startswith(".") or is_directory_file(Path(entry.path)))
                for entry in entries
            )
    except OSError:
        return False


def _in_store_folder(target: Path, root: Path, folder: str) -> bool:
    """Whether `target` is `root`'s folder `folder` or inside it, the folder named in any case
    (`History` is `history` on macOS and Windows)."""
    if not target.is_relative_to(root):
        return False
    parts = target.relative_to(root).parts
    return bool(parts) and parts[0].casefold() == folder


def _refuse_in_store(path: Path, option: str, target: Path, root: Path) -> None:
    from ..storage import HISTORY_FOLDER  # lazy: as in open_directory

    if target == root:
        raise InputError(f"{option} {str(path)!r} is a directories folder", "write the output elsewhere")
    if _in_store_folder(target, root, HISTORY_FOLDER):
        what = "a history file" if path.is_file() else "in the history folder"
        raise InputError(f"{option} {str(path)!r} is {what}", "write the output elsewhere")
    if _in_store_folder(target, root, "referrals"):
        raise InputError(
            f"{option} {str(path)!r} is in the referral store", "write the output to another file"
        )
    if target.parent == root and re.fullmatch(_STORE_NAME, target.name):
        raise InputError(
            f"{option} {str(path)!r} is where svcmatch keeps a directory file or its lock",
            "write the output to another file",
        )


def _reads_standard_input(ctx: click.Context | None) -> bool:
    """Whether the command was given `-` (standard input) as one of its inputs."""
    while ctx is not None:
        for name, value in ctx.params.items():
            if name not in ("output", "packages"):
                items = value if isinstance(value, (list, tuple)) else (value,)
                if any(getattr(item, "name", item) in ("-", "<stdin>") for item in items):
                    return True
        ctx = ctx.parent
    return False


def _standard_input_is(path: Path) -> bool:
    """Whether the standard input is the file `path` (the shell's `< path`): an -o of it would
    replace what the command reads (thirteenth adversarial pass: the caseload replaced by its
    results), as one named on the command line is refused."""
    try:
        given = os.fstat(sys.stdin.fileno())
        return stat.S_ISREG(given.st_mode) and os.path.samestat(given, path.stat())
    except (AttributeError, OSError, ValueError):  # no standard input, or no file behind it
        return False


def _input_files(ctx: click.Context | None) -> Iterator[str]:
    """The file names the command was given, other than its outputs."""
    while ctx is not None:
        for name, value in ctx.params.items():
            if name in ("output", "packages"):
                continue
            for item in value if isinstance(value, (list, tuple)) else (value,):
                given = getattr(item, "name", item)  # click.File gives an open file
                if isinstance(given, str) and given not in ("", "-") and os.path.isfile(given):
                    yield given
        ctx = ctx.parent


def open_directory(app: AppContext, country: str) -> Directory:
    """Load a country's directory for reading; say on stderr when it is sample data."""
    # lazy: every command imports this module, and `locate`, `needs` and --help read no
    # directory: storage costs them about 8 ms (docs/architecture.md)
    from ..storage import load_directory

    note_country_reading(country, file_named=True)
    directory = load_directory(country, app.directories, settings=app.settings)
    if directory.info.sample:
        note_sample(directory.info.path)
    note_languages_by_name(directory.info)
    return directory


def note_languages_by_name(info: DirectoryInfo) -> None:
    """Say on stderr that the file gives languages by name ('Albanian'), read as their codes."""
    ids = list(dict.fromkeys(provider_id for provider_id, _name, _code in info.languages_by_name))
    if ids:
        shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
        records = "record" if len(ids) == 1 else "records"
        warn(
            f"note: {info.path} gives languages by name in {len(ids)} {records} ({shown}), read as "
            f"their codes (the next write of the file stores the codes; `svcmatch directory "
            f"validate {info.country}` names them)"
        )


def note_country_reading(country: str, *, file_named: bool = False) -> None:
    """Say on stderr a country read by a close spelling ('Sierra Lone' as SL): a directory
    command given one opened, or made, the file of the country it was read as without a word.
    With `file_named` (a command that opens the country's file), also a name other than its
    code and its English one ('gana', Spanish for Ghana): which file it opened is the reading
    (`init gana` made gh.json without a word until 2026-12-07)."""
    from ..geo.countries import read_by_spelling, resolve_country, short_number  # lazy: as in open_directory
    from ..geo.names import fold_name

    read = resolve_country(country)
    if short_number(country):
        warn(f"country: read {country!r} as {read.alpha2} {read.name} (its ISO 3166 number {read.numeric})")
        return
    if read_by_spelling(country, read.alpha2):
        warn(f"country: read {country!r} as {read.alpha2} {read.name} (close spelling)")
        return
    cleaned = " ".join(str(country).split())
    english = {fold_name(read.name), fold_name(read.name.partition(",")[0])}
    if (
        file_named
        and not (cleaned.isdigit() or (len(cleaned) <= 3 and cleaned.isascii()))
        and (fold_name(cleaned) not in english)
    ):
        warn(f"country: read {country!r} as {read.alpha2} {read.name}")


def referral_folder(app: AppContext) -> Path:
    """Where the referral store of the directories folder lives (docs/referrals.md): beside the
    directory files; beside the read-only bundled samples, in the user's data folder."""
    from ..storage import resolve_root  # lazy: as in open_directory

    root = resolve_root(app.directories, app.settings)
    return app.settings.data_folder / "referrals" if root.bundled else root.path / "referrals"


def open_store(app: AppContext, country: str) -> DirectoryStore:
    """The store of a country's directory, for commands that write; say on stderr when it is
    sample data (a copied sample that a country office starts to edit). The bundled samples
    are read-only: writing to them fails with an error that says they are samples."""
    from ..storage import DirectoryStore  # lazy: as in open_directory

    note_country_reading(country, file_named=True)
    store = DirectoryStore(country, app.directories, settings=app.settings)
    store.refuse_sample = not app.allow_sample
    if not store.read_only and store.exists() and store.is_sample():
        note_sample(store.path)
    store.on_read = note_languages_by_name
    return store


def allow_sample_option(command: click.Command) -> click.Command:
    """Give a writing command --allow-sample (once), which lets it change sample data."""
    if not any(param.name == "allow_sample" for param in command.params):
        command.params.append(
            click.Option(
                ["--allow-sample"],
                is_flag=True,
                expose_value=False,
                callback=_allow_sample,
                help="Change the directory file even though it is marked as sample data.",
            )
        )
    return command


def _allow_sample(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(AppContext).allow_sample = True


def note_sample(path: object) -> None:
    """Say on stderr that a directory file is sample data."""
    warn(f"note: {path} is SAMPLE data (fictional providers)")
