"""The case options that `match`, `package` and `batch` share, and turning them into a Case."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from ..errors import InputError
from ..fileio import NotFinite, RepeatedKey, decode_text, float_sized_int, read_limited, unique_keys
from ..geo import enclosed_regions, region_name
from ..matching import Case, Weights
from ..matching.case import CASE_KEYS
from ..matching.destination import resolve_region_of
from ..model import EXPLOITATION_TYPES
from ..readings import Reading
from ..taxonomy import split_words
from .common import DecimalNumber, WholeNumber, warn

F = TypeVar("F", bound=Callable[..., Any])

#: Options that may be given more than once; their values replace the case file's list.
_LIST_OPTIONS = ("needs", "language", "avoid_region", "avoid_provider")
#: Safety options: one given empty (`--avoid-region "$REGION"` with the variable unset) is
#: refused, never read as "avoid nothing".
_SAFETY_OPTIONS = ("avoid_region", "avoid_provider")

_OPTIONS: tuple[Callable[[F], F], ...] = (
    click.option("--country", metavar="CC", help="Country of return (AL, ALB, Albania, ...)."),
    click.option("--to", metavar="PLACE", help="Town or region of return, as `locate` reads it."),
    click.option(
        "--needs",
        multiple=True,
        metavar="LIST",
        help="Needs: codes or the person's words, comma separated (`svcmatch needs`).",
    ),
    click.option("--sex", metavar="SEX", help="female, male or other."),
    click.option("--age", type=WholeNumber(0, 130), metavar="N", help="Age in years."),
    click.option("--unaccompanied", is_flag=True, default=False, help="An unaccompanied minor."),
    click.option(
        "--children",
        type=WholeNumber(0, 30),
        metavar="N",
        help="Accompanying children (shelter and housing must take them too).",
    ),
    click.option(
        "--language",
        multiple=True,
        metavar="CODE",
        help="A language the person speaks: an ISO 639 code (sq, rom) or its name in English, in "
        "itself or in an office's language (Albanian, Shqip, albanais); repeatable.",
    ),
    click.option(
        "--exploitation",
        metavar="TYPE",
        help=f"Form of exploitation (one: the one services must handle): {', '.join(EXPLOITATION_TYPES)}.",
    ),
    click.option(
        "--official-status/--no-official-status",
        "official_status",
        default=None,
        help="Whether the person has official victim status (default: unknown).",
    ),
    click.option(
        "--disability",
        is_flag=True,
        default=False,
        help="The person needs disability access: a shelter or housing must record it (a rule); "
        "a service without it is ranked lower and warned of.",
    ),
    click.option(
        "--avoid-region",
        multiple=True,
        metavar="PLACE",
        help="Exclude providers located in this region (or the region of this town); repeatable.",
    ),
    click.option("--avoid-provider", multiple=True, metavar="ID", help="Exclude this provider; repeatable."),
    click.option("--max-km", type=DecimalNumber(), metavar="N", help="Only providers at most N km away."),
    click.option("--top", type=WholeNumber(1, 100), metavar="K", help="Results per need [default: 3]."),
    click.option(
        "--case",
        "case_file",
        metavar="FILE|-",
        help="The case as a JSON object whose keys are these options' names with _ for - "
        '({"to": "Shkoder", "avoid_region": ["AL-09"]}); options given on the command line '
        "override it.",
    ),
)


def case_options(function: F) -> F:
    """Add every case option (and --case) to a command; it receives them as `case_values`."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["case_values"] = {name: kwargs.pop(name) for name in (*CASE_KEYS, "case_file")}
        return function(*args, **kwargs)

    command: Any = wrapper
    for option in reversed(_OPTIONS):
        command = option(command)
    return command  # type: ignore[no-any-return]


def weights_option(function: F) -> F:
    return click.option(
        "--weights",
        "weights_file",
        metavar="FILE",
        type=click.Path(dir_okay=False, path_type=str),
        help="JSON object overriding ranking weights (see docs/matching.md).",
    )(function)


def case_from_options(values: Mapping[str, Any]) -> Case:
    """The Case from the --case file (if any) with the options given on the command line on top."""
    merged: dict[str, Any] = dict(read_case_file(values["case_file"])) if values.get("case_file") else {}
    _refuse_empty_safety_keys(merged)
    context = click.get_current_context(silent=True)
    for name in CASE_KEYS:
        if name not in values or not _given(context, name, values[name]):
            continue
        value = values[name]
        if name in _LIST_OPTIONS:
            if name in _SAFETY_OPTIONS and any(not split_words(item) for item in value):
                option = "--" + name.replace("_", "-")
                raise InputError(
                    f"{option}: an empty value avoids nothing",
                    f"give what to avoid, or leave {option} out",
                )
            value = [word for item in value for word in split_words(item)]
            if name in _SAFETY_OPTIONS:
                value = _avoided_both(merged, name, value)
        merged[name] = value
    return Case.from_mapping(merged)


def _refuse_empty_safety_keys(case: Mapping[str, Any]) -> None:
    """A case file's region or provider to avoid given as empty text (`"avoid_region":
    "$REGION"` written by a script whose variable was unset) avoided nothing, exit 0, where
    `--avoid-region ""` is refused (seventeenth adversarial pass). Refused alike; a key left
    out, null or an empty list is none."""
    for name in _SAFETY_OPTIONS:
        for key in (name, name.replace("_", "-")):
            value = case.get(key)
            if isinstance(value, str) and not value.strip():
                raise InputError(
                    f"case file: {key} is empty: an empty value avoids nothing",
                    f"give what to avoid, or leave {key} out of the case file",
                )


def _avoided_both(case: dict[str, Any], name: str, given: list[str]) -> list[Any]:
    """What to avoid from the command line added to the case file's, never in its place: the
    file's region to avoid (where the traffickers are) was dropped without a word when
    `--avoid-region` named another. Said on stderr when both give some."""
    from_file: list[Any] = []
    for key in (name, name.replace("_", "-")):
        value = case.pop(key, None)
        if isinstance(value, str):
            from_file += split_words(value) or [value]  # a blank value is refused by Case
        elif isinstance(value, (list, tuple)):
            from_file += list(value)
        elif value is not None:
            from_file.append(value)
    if from_file:
        option = "--" + name.replace("_", "-")
        shown = ", ".join(map(str, from_file))
        warn(f"{option}: avoiding {', '.join(given)} and the case file's {shown}")
    return list(dict.fromkeys([*from_file, *given]))


def say_readings(readings: Iterable[Reading], case: Case | None = None) -> None:
    """On stderr, each input read other than exactly ('doctr' as medical, Tropojë as Kukës), so
    that a word or place read the wrong way is seen at once; and, with the case, each city of a
    region's status inside an avoided region that the case does not avoid (say_enclosed)."""
    for reading in readings:
        warn(reading.sentence())
    if case is not None:
        say_enclosed(case)


def say_enclosed(case: Case) -> None:
    """Avoiding a region does not avoid a city with a region's status inside it (`--avoid-region
    Crimea` avoids UA-43, not Sevastopol, UA-40; Kyiv Oblast, UA-32, not Kyiv, UA-30): said on
    stderr with the option that avoids it too. Only there: a package never names an avoided
    region, and the caseworker who typed the option is the one who must see it."""
    avoided = [resolve_region_of(text, case.country).code for text in case.avoid_region]
    for code in avoided:
        for inner in enclosed_regions(code):
            if inner not in avoided:
                warn(
                    f"avoid_region: {inner} {region_name(inner)} lies inside {code} {region_name(code)} "
                    f"but is a region of its own, not avoided: add --avoid-region {inner} to avoid it too"
                )


def load_weights(path: str | None) -> Weights | None:
    return Weights.from_file(path) if path else None


def read_case_file(source: str) -> Mapping[str, Any]:
    """A case as a JSON object, from a file or '-' (standard input)."""
    try:
        text = decode_text(read_limited(source, "case file"))  # as the table reader reads them
    except OSError as error:
        raise InputError(
            f"cannot read case file {source!r}: {error.strerror}", "give a readable JSON file"
        ) from None
    except UnicodeDecodeError:
        raise InputError(f"case file {source!r} is not UTF-8 text", "save it as UTF-8 JSON") from None
    try:
        document = json.loads(text, object_pairs_hook=unique_keys, parse_int=float_sized_int)
    except RepeatedKey as error:
        raise InputError(
            f"case file {source!r}: {error}", "keep one of them: which was meant is not known"
        ) from None
    except RecursionError:
        raise InputError(f"case file {source!r} is JSON nested too deeply", _CASE_HINT) from None
    except json.JSONDecodeError as error:
        raise InputError(f"case file {source!r} is not JSON: {error}", _CASE_HINT) from None
    except NotFinite as error:
        raise InputError(f"case file {source!r} holds {error}", _CASE_HINT) from None
    except ValueError:  # an integer past Python's 4,300 digits
        raise InputError(
            f"case file {source!r} holds an integer longer than 4,300 digits", _CASE_HINT
        ) from None
    if not isinstance(document, dict):
        raise InputError(f"case file {source!r} is not a JSON object", _CASE_HINT)
    return document


_CASE_HINT = 'write an object such as {"country": "AL", "to": "Shkoder", "needs": ["shelter"]}'


def _given(context: click.Context | None, name: str, value: Any) -> bool:
    """Whether the user gave this option (a default never overrides the case file)."""
    if context is not None:
        source = context.get_parameter_source(name)
        if source is not None:
            return source not in (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP)
    return value not in (None, (), [], False)
