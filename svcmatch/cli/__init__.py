"""The `svcmatch` command: a thin click layer that parses, calls the core, and renders.

Subcommands live in their own modules and are imported only when they run, so that
`svcmatch match` does not pay for the import of `svcmatch directory import`.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import io
import itertools
import os
import re
import signal
import sys
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from typing import Any, NoReturn

import click

from .. import __version__, collector
from ..errors import ExitCode, InputError, SvcmatchError
from ..settings import Settings
from . import common
from .common import AppContext, allow_sample_option, fail
from .completion import add_completions
from .pasted import refuse_glued_options, refuse_windows_outputs

#: Other tools' words for a command (git's, a shell's, a spreadsheet's), and the command: by
#: spelling alone, `directory diff` was told 'did you mean edit?', `revert` 'remove or verify?',
#: `update` 'validate?', and `delete` nothing (ninth newcomer pass).
_COMMAND_WORDS = {
    **dict.fromkeys(("delete", "del", "rm"), "remove"),
    **dict.fromkeys(("update", "modify", "change", "set"), "edit"),
    **dict.fromkeys(("create", "new", "insert"), "add"),
    **dict.fromkeys(("check", "lint"), "validate"),
    **dict.fromkeys(("ls", "find"), "list"),
    **dict.fromkeys(("view", "get", "info", "cat"), "show"),
    **dict.fromkeys(("diff", "log", "changes"), "history"),
    **dict.fromkeys(("dump", "save", "backup"), "export"),
    "load": "import",
    **dict.fromkeys(("start", "setup"), "init"),
}
#: Words for undoing a change: there is no such command (docs/directory-commands.md).
_UNDO_WORDS = frozenset({"undo", "revert", "rollback", "restore"})


class LazyGroup(click.Group):
    """A click group whose subcommands are imported from "module:attribute" on first use."""

    def __init__(
        self,
        *args: Any,
        lazy_commands: dict[str, str] | None = None,
        write_commands: frozenset[str] = frozenset(),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands or {}
        #: Commands that change a directory file: they get --allow-sample.
        self.write_commands = write_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            import difflib  # lazy: about 2 ms of every start, for a mistyped command only

            commands = self.list_commands(ctx)
            said = _COMMAND_WORDS.get(name.lower())
            close = [said] if said in commands else difflib.get_close_matches(name, commands, n=2, cutoff=0.5)
            path = command_path(ctx)
            hint = f"did you mean {' or '.join(close)}?" if close else f"`{path} --help` lists the commands"
            if name.lower() in _UNDO_WORDS and "history" in commands:
                hint = (
                    f"there is no undo: `{path} history CC ID` shows each field's old value, and "
                    f"`{path} edit CC ID --set FIELD=OLD` sets it back (docs/directory-commands.md, "
                    "Undoing a change)"
                )
            if name.lower() in ("template", "templates") and "export" in commands:  # a newcomer's word
                hint = (  # 'did you mean validate?' sent her to the checks (thirteenth office pass)
                    f"the template is the export of a new directory: `{path} init CC`, then `{path} "
                    "export CC -o template.csv`; docs/spreadsheets.md, The template"
                )
            if name.lower() in ("help", "?"):  # as git and pip take it: `svcmatch help match`
                asked = args[1] if len(args) > 1 and self.get_command(ctx, args[1]) is not None else ""
                hint = f"help is an option here: `{path} {asked + ' ' if asked else ''}--help`"
            where = f" in {path!r}" if " " in path else ""
            raise InputError(f"no command {name!r}{where}", hint)
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands:
            module_name, _, attribute = self.lazy_commands[cmd_name].partition(":")
            module = importlib.import_module(module_name, package=__name__)
            command = getattr(module, attribute)
            assert isinstance(command, click.Command)
            add_completions(command)
            return allow_sample_option(command) if cmd_name in self.write_commands else command
        return super().get_command(ctx, cmd_name)


class Svcmatch(LazyGroup):
    """The root command: every error, signal and stream problem ends in one line and an exit
    code (docs/cli.md), never a traceback."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        argv = list(sys.argv[1:] if args is None else args)
        if args is None:  # the program's own process (the script, `python -m svcmatch`); not a caller's
            collector.pause_for_start_up()  # (already paused when started by svcmatch.__main__)
        with _exits_on_signals():
            try:
                common.ARGUMENTS[:] = argv
                _check_arguments(argv)
                _refuse_repeated_in(self, argv, "svcmatch", own=True)  # `--directories a --directories b`
                _stand_in_for_closed_streams()
                code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
                _flush_stdout()
            except click.ClickException as error:
                fail(usage_error(error, argv))
            except click.Abort as error:
                _interrupted() if isinstance(error.__context__, KeyboardInterrupt) else fail(
                    InputError("aborted", "run the command again")
                )
            except KeyboardInterrupt:
                _interrupted()
            except SvcmatchError as error:
                fail(error)
            except BrokenPipeError:
                _pipe_closed()
            except UnicodeEncodeError as error:
                fail(unencodable(error))
            except OSError as error:  # outside a command: --help or --version to a full disk
                _discard_stdout()
                fail(
                    InputError(
                        f"cannot write standard output: {error.strerror or error}",
                        "check the disk or the pipe",
                    )
                )
        sys.exit(code if isinstance(code, int) else int(ExitCode.OK))

    def _main_shell_completion(
        self, ctx_args: MutableMapping[str, Any], prog_name: str, complete_var: str | None = None
    ) -> None:
        """The shell's request for completions; COMP_WORDS missing or a COMP_CWORD that is no
        number (click reads them with os.environ[...] and int()) is one line, not a traceback."""
        try:
            super()._main_shell_completion(ctx_args, prog_name, complete_var)
        except (KeyError, ValueError) as error:
            if isinstance(error, KeyError) and error.args[:1] != ("COMP_WORDS",):
                raise
            what = "COMP_WORDS is not set" if isinstance(error, KeyError) else "COMP_CWORD is no number"
            raise InputError(
                f"cannot complete: {what}",
                "completion is run by your shell: load it as docs/cli.md says, and leave "
                "_SVCMATCH_COMPLETE, COMP_WORDS and COMP_CWORD unset",
            ) from None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        collector.resume_after_start_up()
        if not ctx.resilient_parsing:  # shell completion reads a line still being typed
            _refuse_repeated_options(ctx, command, rest)
        return name, command, rest

    def invoke(self, ctx: click.Context) -> Any:
        """Run the subcommand; a reader that went away is said here, inside click's main, which
        would otherwise take the BrokenPipeError itself and exit 1 (or 0) without a word."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _pipe_closed()


#: Options that name one thing on several commands: `directory stats --stale-months 6`, `stale
#: --older-than 6m`, `validate --stale-after 6m`. Learnt on one, typed on the other.
_SAME_MEANING = (("--stale-months", "--older-than", "--stale-after"),)
#: The options a newcomer's word for one means, asked before a close spelling, where the command
#: has them: by spelling, `match --region Shkodra` (the place of return) was told 'did you mean
#: --avoid-region?', `--gender` '--age?', `--destination` '--exploitation?' (ninth newcomer pass).
_OPTION_WORDS = {
    **dict.fromkeys(
        ("--town", "--city", "--destination", "--place", "--region", "--return", "--location"), ("--to",)
    ),
    **dict.fromkeys(("--sexe", "--sexes"), ("--sex",)),
    "--sex": ("--sexes",),
    "--gender": ("--sex", "--sexes"),
    **dict.fromkeys(("--lang", "--langs", "--languages"), ("--language",)),
    "--language": ("--languages",),
    **dict.fromkeys(("--ages", "--years"), ("--age",)),
}

#: Options of the root command that users put after the subcommand by mistake.
#: svcmatch's own options, each with what it takes, said when given after a command that does
#: not take it (`directory list AL --allow-sample` was "no option --allow-sample").
_ROOT_OPTIONS = {"--directories": " DIR", "--allow-sample": ""}


def _path_named(argv: Sequence[str]) -> str:
    """'svcmatch directory edit' for `directory edit AL x --set`: the commands named in turn."""
    words: list[str] = ["svcmatch"]
    command: click.Command = main
    for token in argv:
        if not isinstance(command, click.Group):
            break
        if token.startswith("-"):
            continue
        sub = command.get_command(click.Context(command), token)
        if sub is not None:
            words.append(token)
            command = sub
    return " ".join(words)


def command_path(ctx: click.Context | None) -> str:
    """'svcmatch directory show', whatever name the program was run under."""
    if ctx is None:
        return "svcmatch"
    words = ctx.command_path.split(" ")
    return " ".join(["svcmatch", *words[1:]])


def usage_error(error: click.ClickException, argv: Sequence[str] = ()) -> InputError:
    """click's own error (an unknown option, a value of the wrong type, a missing option) as
    svcmatch's one line with a fix."""
    ctx = getattr(error, "ctx", None)
    # click's parser raises "option '--to' requires an argument" without the command's
    # context: the command is then the one the arguments name (its --help is the one to read)
    path = command_path(ctx) if ctx is not None else _path_named(argv)
    help_hint = f"`{path} --help` lists the options"
    if type(error).__name__ == "NoArgsIsHelpError":  # click 8.2+: `svcmatch directory` alone
        return InputError(f"{path}: give a command", f"`{path} --help` lists the commands")
    if isinstance(error, click.NoSuchOption):
        name = error.option_name
        option = name.split("=")[0]
        if option in _ROOT_OPTIONS and ctx is not None and ctx.parent is not None:
            rest = path.split(" ", 1)[1] if " " in path else ""
            return InputError(
                f"{option} is an option of svcmatch itself, not of {rest!r}",
                f"put it before the command: svcmatch {option}{_ROOT_OPTIONS[option]} {rest} ...",
            )
        close = sorted(error.possibilities or ())
        single = _one_hyphen_word(name, argv)
        if single is not None:  # `-help` read as -h -e -l -p: "no option -e"
            name, meant = single, "-" + single
            known = {o for param in getattr(ctx, "command", main).params for o in param.opts}
            close = [meant] if meant in known | {"--help"} else close
        if ctx is not None:
            known = {o for param in ctx.command.params for o in param.opts}
            by_meaning = [o for o in _OPTION_WORDS.get(option, ()) if o in known]
            close = by_meaning or close  # by its meaning first: --region was told --avoid-region
            if not close:  # another command's name for the same thing
                close = [o for same in _SAME_MEANING if name in same for o in same if o in known]
        hint = f"did you mean {' or '.join(close)}?" if close else help_hint
        return InputError(f"{path}: no option {name}", hint)
    if isinstance(error, click.MissingParameter) and error.param is not None:
        kind = "argument" if isinstance(error.param, click.Argument) else "option"
        missing = _param_name(error.param, ctx)
        example = _MISSING_EXAMPLES.get((path, missing))
        hint = f"{example}; {help_hint}" if example else help_hint
        return InputError(f"{path}: missing {kind} {missing}", hint)
    if isinstance(error, click.BadParameter):
        return _bad_value(error, ctx, help_hint)
    message = " ".join(error.format_message().split())
    flag = _flag_given_a_value(ctx, argv) if "unexpected extra argument" in message else None
    if flag is not None:  # `--unaccompanied yes`
        flag_name, value, negative = flag
        leave = f"give {negative}" if negative else "leave it out"
        hint = f"{flag_name} is a flag: give it alone, without {value!r}; for no, {leave}"
        return InputError(f"{path}: {message[:1].lower()}{message[1:].rstrip('.')}", hint)
    return InputError(f"{path}: {message[:1].lower()}{message[1:].rstrip('.')}", help_hint)


#: What a missing option or argument that a newcomer does not know looks like, given.
_MISSING_EXAMPLES = {
    ("svcmatch package", "--case-ref"): "a code for the person, never a name: --case-ref AL-2026-0001",
    ("svcmatch locate", "--country"): "the country to look in: --country AL",
    ("svcmatch locate", "QUERY"): "the place to find: svcmatch locate Shkoder --country AL",
    ("svcmatch batch", "CASES"): "the file of cases, a row each: svcmatch batch cases.csv",
}

#: The example a number option's error gives: a value one would type (`--children 24` was one).
_TYPICAL = {"--children": 2, "--top": 5, "--jobs": 2, "-j": 2, "--stale-months": 12}

#: Words people give a flag as its value.
_YES_NO = frozenset({"yes", "no", "true", "false", "y", "n", "1", "0", "on", "off"})


def _flag_given_a_value(ctx: click.Context | None, argv: Sequence[str]) -> tuple[str, str, str] | None:
    """(the flag, the word after it, its --no- form or "") when a flag was given yes or no."""
    if ctx is None:
        return None
    flags = {
        opt: param.secondary_opts[0] if param.secondary_opts else ""
        for param in ctx.command.params
        if isinstance(param, click.Option) and param.is_flag
        for opt in param.opts
    }
    for word, value in itertools.pairwise(argv):
        if word in flags and value.casefold() in _YES_NO:
            return word, value, flags[word]
    return None


def _one_hyphen_word(letter: str, argv: Sequence[str]) -> str | None:
    """The word with one hyphen (`-help`, `-country`) that click split into the short option
    `letter` it did not know; None when the unknown option was typed as it is."""
    if len(letter) != 2 or letter.startswith("--") or letter in argv:
        return None
    return next(
        (
            word
            for word in argv
            if word.startswith("-")
            and not word.startswith("--")
            and len(word) > 2
            and word[1:].replace("-", "").isalpha()
            and letter[1] in word
        ),
        None,
    )


def _param_name(param: click.Parameter, ctx: click.Context | None) -> str:
    """An option or argument named once, as typed: '--country', not "'--country' / '-c'"."""
    return _first_name(param.get_error_hint(ctx) if ctx is not None else param.name or "")


def _first_name(hint: str) -> str:
    hint = re.sub(r"\s*\(env var: [^)]*\)", "", hint)  # "'--directories' (env var: '...')"
    return hint.split(" / ")[0].strip("'\"")


def _bad_value(error: click.BadParameter, ctx: click.Context | None, help_hint: str) -> InputError:
    param = error.param
    name = error.param_hint if isinstance(error.param_hint, str) else None
    name = _param_name(param, ctx) if name is None and param is not None else _first_name(name or "value")
    message = " ".join(error.message.split()).rstrip(".")
    kind = getattr(param, "type", None)
    typed = re.match(r"'(.*)' is not a valid (integer|float)", message)
    if typed is not None and isinstance(kind, (click.types.IntParamType, click.types.FloatParamType)):
        whole = isinstance(kind, click.types.IntParamType)
        bounds = ""
        low, high = getattr(kind, "min", None), getattr(kind, "max", None)
        if low is not None and high is not None:
            bounds = f" from {low} to {high}"
        option = name.split(" / ")[0]
        typical = _TYPICAL.get(option, low + 24 if whole and low is not None else 24)
        example = f", e.g. {option} {typical}"
        number = "a whole number" if whole else "a number"
        return InputError(
            f"{name}: {typed.group(1)!r} is not {number}", f"give {number}{bounds} in digits{example}"
        )
    if isinstance(kind, click.Choice):
        choices = [str(c) for c in kind.choices]
        value = re.match(r"'(.*?)' is not", message)
        if value is not None:
            import difflib  # lazy: about 2 ms of every start, for a mistyped value only

            close = difflib.get_close_matches(value.group(1), choices, n=1)
            # `export --format hsds`: the start of two choices, hsds-json and hsds-csv; one named
            # alone sent an office that wanted JSON to the tables
            started = [c for c in choices if c.startswith(value.group(1).lower())] if value.group(1) else []
            if len(started) > 1:
                close = [" or ".join(started)]
            if param is not None and "--lang" in param.opts:  # `--lang Albanian`: the language's code
                close = _language_code(value.group(1), choices) or close
            hint = f"did you mean {close[0]}? " if close else ""
            return InputError(
                f"{name}: unknown value {value.group(1)!r}", f"{hint}choose one of {', '.join(choices)}"
            )
    return InputError(f"{name}: {message[:1].lower()}{message[1:]}", help_hint)


def _language_code(name: str, codes: Sequence[str]) -> list[str]:
    """[the code] of a language named in words ('Albanian', 'Shqip') when it is one of `codes`."""
    from ..languages import read_language  # lazy: for a mistyped --lang only

    try:
        code = read_language(name).code
    except SvcmatchError:
        return []
    return [code] if code in codes else []


def unencodable(error: UnicodeEncodeError) -> InputError:
    """Standard output that cannot hold the output's characters (a cp1252 console)."""
    char = error.object[error.start] if isinstance(error.object, str) else "?"
    return InputError(
        f"standard output ({error.encoding}) cannot hold {char!r}; nothing was written",
        "set PYTHONIOENCODING=utf-8, or write to a file with -o FILE",
    )


def _check_arguments(argv: Sequence[str]) -> None:
    """Arguments are text: bytes that are not UTF-8 arrive as lone surrogates, which would
    break every message that echoes them."""
    for word in argv:
        if any("\udc80" <= ch <= "\udcff" for ch in word):
            raw = word.encode("utf-8", "surrogateescape")
            shown = raw.decode("ascii", "backslashreplace")
            if _utf8(raw):  # typed in UTF-8, read by a locale of another encoding (LC_ALL=C, PYTHONUTF8=0)
                raise InputError(
                    f"the argument '{shown}' is UTF-8 text, which this locale's encoding "
                    f"({sys.getfilesystemencoding()}) cannot read",
                    "run svcmatch in a UTF-8 locale: LC_ALL=C.UTF-8, or PYTHONUTF8=1",
                )
            raise InputError(
                f"the argument '{shown}' holds bytes that are not UTF-8 text",
                "type it as UTF-8 text; rename a file whose name is not UTF-8",
            )
    if any(not word.isascii() or "\\" in word for word in argv):  # a pasted or Windows word only
        refuse_glued_options(argv)
        refuse_windows_outputs(argv)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _refuse_repeated_options(ctx: click.Context, command: click.Command | None, args: list[str]) -> None:
    """An option that takes one value, given twice with two values (`--sex female ... --sex
    male`, `--case-ref A-1 ... --case-ref B-2`, `--outreach --no-outreach`), is refused: click
    keeps the last without a word, and which one the user meant is a guess. Repeatable options
    (`--needs`, `--language`, `--set`, ...) and the same value twice are left alone."""
    path = [command_path(ctx), (command.name or "") if command is not None else ""]
    while isinstance(command, click.Group):  # `directory edit`, `referral update`: the command's own
        words = [index for index, arg in enumerate(args) if not arg.startswith("-")]
        if not words:
            return
        path.append(args[words[0]])
        command = command.get_command(ctx, args[words[0]])
        args = args[words[0] + 1 :]
    if command is not None:
        _refuse_repeated_in(command, args, " ".join(path))


#: Options whose blank value (`-o "$OUT"`, the variable unset) was read as not given: a file
#: (or folder) to write or read, and facts about the person that narrow a match.
_NO_BLANK = frozenset(
    {
        "output",
        "packages",
        "case_file",
        "weights_file",
        "from_file",
        "json_file",
        "taxonomy_map",
        "source",
        "sex",
        "exploitation",
        "language",
    }
)


def _refuse_repeated_in(command: click.Command, args: Sequence[str], path: str, *, own: bool = False) -> None:
    """`_refuse_repeated_options` for one command's arguments; `own`: only the options before
    its first argument that is no option's value (the root's own, before the subcommand)."""
    options = {
        name: param
        for param in command.params
        if isinstance(param, click.Option)
        for name in (*param.opts, *param.secondary_opts)
    }
    seen: dict[str, tuple[str, str]] = {}
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg == "--":
            break
        if not arg.startswith("-") or arg == "-":
            if own:
                break
            continue
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg[:2], "", arg[2:])
        param = options.get(name)
        if param is None:
            continue  # click says what is wrong with it
        takes_value = not param.is_flag and not param.count
        present = bool(equals or value)
        if takes_value and not equals and not value:
            present = index < len(args)  # else click says the value is missing
            value = args[index] if present else ""
            index += 1
        if takes_value and present:
            _refuse_an_option_inside(value, name, options, path)
        if (
            takes_value
            and present
            and param.name in _NO_BLANK
            and not isinstance(param.type, click.Choice)  # click names a blank choice itself
            and not value.strip()
        ):
            option = param.opts[0]
            fix = {
                "output": f"give a file, or leave {option} out for standard output",
                "packages": f"give a folder, or leave {option} out for no packages",
            }.get(param.name, f"give a file, or leave {option} out")
            if param.name in ("sex", "exploitation", "language"):
                fix = f"give a value, or leave {option} out if it is not known"
            raise InputError(
                f"{path}: {option} is blank (a variable left unset?), which would have been read as "
                "not given",
                fix,
            )
        if param.multiple or param.count or param.name is None:
            continue
        given = (name, value if takes_value else name)
        earlier = seen.setdefault(param.name, given)
        if earlier[1] != given[1]:
            first, second = (
                (f"{earlier[0]} {earlier[1]}", f"{name} {value}") if takes_value else (earlier[0], name)
            )
            raise InputError(
                f"{path}: {param.opts[0]} is given twice ({first!r}, then {second!r})",
                "give it once, with the value you mean",
            )


def _refuse_an_option_inside(value: str, name: str, options: Mapping[str, click.Option], path: str) -> None:
    """An option of the command inside another option's value (`--to "Shkodra --avoid-region
    AL-09"`: a script's "$TO" holding both, a line quoted whole) is refused: it was read as part
    of the value, and the region to avoid was lost, exit 0 (sixteenth adversarial pass)."""
    if "--" not in value:
        return
    inside = next(
        (
            piece
            for word in value.split()
            if (piece := word.partition("=")[0]) in options and piece.startswith("--")
        ),
        None,
    )
    if inside is not None:
        raise InputError(
            f"{path}: the value {value!r} of {name} holds the option {inside}, which would be read as "
            "part of that value, not as an option",
            f"give {inside} and its value as arguments of their own, outside the quotes",
        )


class _ClosedStream:
    """Stands in for a standard stream the shell closed (`<&-`, `>&-`): using it is an error."""

    def __init__(self, name: str, hint: str) -> None:
        self.name, self.hint = name, hint
        self.encoding = "utf-8"
        self.closed = True

    @property
    def buffer(self) -> NoReturn:
        self._closed()

    def _closed(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise InputError(f"{self.name} is closed", self.hint)

    read = readline = readlines = write = writelines = __iter__ = _closed

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> NoReturn:
        self._closed()


def _stand_in_for_closed_streams() -> None:
    if sys.stdin is None:
        sys.stdin = _ClosedStream("standard input", "give a file name instead of -, or pipe the input in")
    if sys.stdout is None:
        sys.stdout = _ClosedStream("standard output", "write to a file with -o FILE, or run without >&-")
    sys.stdout = _written_whole(sys.stdout)
    sys.stderr = _written_whole(sys.stderr)


def _written_whole(stream: Any) -> Any:
    """A text stream whose every write reaches the file or fails. Under PYTHONUNBUFFERED=1 (or
    `python -u`, as many container images set) a standard stream writes straight to the file,
    and of a write that the disk took only in part (a disk or quota filling, `ulimit -f`) the
    rest was dropped without an error: `match -f json > plan.json` left half a plan, exit 0
    (twenty-fourth adversarial pass). Each write is now written whole or fails, still at once."""
    if not isinstance(stream, io.TextIOWrapper) or type(stream.buffer) is not io.FileIO:
        return stream  # buffered (the usual case: its buffer writes the rest), a test's, closed, ours
    stream.flush()
    return io.TextIOWrapper(
        _WholeWrites(stream.buffer), encoding=stream.encoding, errors=stream.errors, write_through=True
    )


class _WholeWrites(io.RawIOBase):
    """A file that writes all it is given, or raises (the file's own error at the next write)."""

    def __init__(self, raw: io.RawIOBase) -> None:
        super().__init__()
        self.raw = raw
        self.name = getattr(raw, "name", "")

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.raw.fileno()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            written = self.raw.write(view[done:])
            if written is None:  # a non-blocking descriptor that cannot take more now
                raise BlockingIOError(errno.EAGAIN, "standard output cannot take more now")
            done += written
        return done


def _flush_stdout() -> None:
    """Write out what is buffered now, so a full disk or a closed pipe is an error with an
    exit code rather than a message at interpreter exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _pipe_closed()
    except OSError as error:
        _discard_stdout()
        fail(
            InputError(
                f"cannot write standard output: {error.strerror or error}", "check the disk or the pipe"
            )
        )


def _discard_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _pipe_closed() -> NoReturn:
    """The reader went away (`svcmatch ... | head`): exit as a killed writer would (141 =
    128 + SIGPIPE), without a message, so `set -o pipefail` sees the output was cut."""
    _discard_stdout()
    sys.exit(128 + 13)


def _interrupted() -> NoReturn:
    click.echo("svcmatch: interrupted", err=True)
    sys.exit(int(ExitCode.INTERRUPTED))


@contextlib.contextmanager
def _exits_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP end the command as an exception would, so that temporary files are
    removed and locks released on the way out; then the process ends by that signal, as it
    would have without svcmatch's help (a shell reports 143 or 129).

    While the handlers are set and put back, the two signals are held (`_held`): one that came
    between setting the first handler and the `try`, or while the finally put them back, raised
    its SystemExit where nothing sent the signal again, and a caller that catches SystemExit
    (CliRunner in a loop of imports) lived on after a SIGTERM (seen once in the kill test)."""
    received: list[int] = []

    def leave(signum: int, _frame: object) -> None:
        received.append(signum)
        click.echo(f"svcmatch: stopped by {signal.Signals(signum).name}", err=True)
        sys.exit(128 + signum)

    numbers = {
        number for name in ("SIGTERM", "SIGHUP") if (number := getattr(signal, name, None)) is not None
    }
    previous: dict[int, Any] = {}
    mask = _held(numbers)
    try:
        for number in numbers:
            with contextlib.suppress(ValueError, OSError):  # not the main thread
                previous[number] = signal.signal(number, leave)
        _release(mask)  # a signal held meanwhile comes here, inside the try
        yield
    finally:
        mask = _held(numbers)
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(number, handler)
        if received:
            signal.signal(received[0], signal.SIG_DFL)
        _release(mask)  # a signal held meanwhile comes with the handlers put back
        if received:
            os.kill(os.getpid(), received[0])


def _held(numbers: set[int]) -> set[int] | None:
    """Hold these signals (delivered when released); the mask to restore, None where signals
    cannot be held (Windows) or not from this thread."""
    if not numbers or not hasattr(signal, "pthread_sigmask"):
        return None
    try:
        return set(signal.pthread_sigmask(signal.SIG_BLOCK, numbers))
    except (ValueError, OSError):
        return None


def _release(mask: set[int] | None) -> None:
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


#: Top-level commands: name -> "module:attribute" (relative to this package).
COMMANDS: dict[str, str] = {
    "needs": ".needs_cmd:needs",
    "directory": ".directory:directory",
    "locate": ".locate_cmd:locate",
    "gazetteer": ".geo_cmds:gazetteer",
    "coverage": ".coverage_cmd:coverage",
    "match": ".match_cmd:match",
    "package": ".package_cmd:package",
    "referral": ".referral_cmd:referral",
    "batch": ".batch_cmd:batch",
}


@click.group(
    cls=Svcmatch,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="svcmatch")
@click.option(
    "--directories",
    "directories",
    type=click.Path(file_okay=False, path_type=str),
    envvar="SVCMATCH_DIRECTORIES",
    show_envvar=True,
    help="Folder of directory files. Default: ./directories if it exists, "
    "else the bundled sample directories.",
)
@click.option(
    "--allow-sample",
    is_flag=True,
    help="Let writing commands change a directory file marked as sample data.",
)
@click.pass_context
def main(ctx: click.Context, directories: str | None, allow_sample: bool) -> None:
    """Match returning victims of trafficking to service providers, and keep the directories.

    \b
    Examples:
      svcmatch match --country AL --to Shkoder --needs shelter,medical --sex female --age 24
      svcmatch locate "Lemberg" --country UA
      svcmatch directory list AL --category shelter
    """
    from ..geo import gazetteer  # lazy: about 14 ms that --help, --version and `needs` do not use

    if directories is not None and not directories.strip():  # `--directories "$DIR"`, DIR unset
        fail(
            InputError(
                "--directories (or $SVCMATCH_DIRECTORIES) is blank: it would have read and written "
                "./directories or the samples instead",
                "give the folder, or leave the option out to mean ./directories",
            )
        )
    try:
        settings = Settings.from_environment(os.environ, directories=directories)
    except SvcmatchError as error:
        fail(error)
    gazetteer.use_settings(settings)
    ctx.obj = AppContext(directories=directories, settings=settings, allow_sample=allow_sample)
