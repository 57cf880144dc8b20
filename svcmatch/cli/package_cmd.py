"""`svcmatch package`: the referral package for one person, as HTML, Markdown or JSON."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import fileio
from ..errors import InputError, SvcmatchError
from ..geo import resolve_country
from ..labels import LANGUAGES
from ..matching import Weights, match
from ..model import json_kind, parse_list, text_items
from ..package import (
    FORMATS,
    PRIORITIES,
    RISK_FLAGS,
    MatchDocumentError,
    PackageOptions,
    build_package,
    options_from_values,
    refuse_what_todays_rules_rule_out,
    unsaid_gaps,
)
from ..package import render as render_built
from ..referral_feedback import ReferralFeedback
from ..referrals import parse_day
from ..storage import load_directory
from .case_options import case_from_options, case_options, load_weights, say_readings, weights_option
from .common import (
    AppContext,
    FormatChoice,
    emit,
    handle_errors,
    open_directory,
    output_option,
    pass_app,
    referral_folder,
    refuse_to_overwrite,
    say_date_reading,
    say_later,
    stdout_is_a_terminal,
    warn,
    within_today_range,
    written_through,
)

if TYPE_CHECKING:
    from ..model import Directory

#: -o file extension -> format, used when --format is not given.
_FORMAT_BY_SUFFIX = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".jsonl": "jsonl",
    ".pdf": "pdf",
}
_FROM_HINT = "give the JSON that `svcmatch match --format json` wrote"


@click.command()
@case_options
@weights_option
@click.option(
    "--from",
    "from_file",
    metavar="FILE",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="A saved `svcmatch match --format json` document ('-': standard input).",
)
@click.option(
    "--case-ref",
    required=True,
    metavar="REF",
    help="The pseudonymous case code (letters, digits, - and _), never a name.",
)
@click.option(
    "--case-ref-not-a-name",
    is_flag=True,
    help="The words of --case-ref (two or more that name no place or office) name no one: "
    "a project's, say. Without it such a reference is refused.",
)
@click.option(
    "--priority",
    type=click.Choice(list(PRIORITIES)),
    default="normal",
    show_default=True,
    help="emergency: answer within 24 h; urgent: within 72 h; normal: within 14 days.",
)
@click.option("--arrival", metavar="DATE", help="Planned arrival date (YYYY-MM-DD).")
@click.option("--met-by", metavar="TEXT", default="", help="Who meets the person on arrival.")
@click.option("--prepared-by", metavar="TEXT", default="", help="Organisation and caseworker contact.")
@click.option(
    "--select",
    multiple=True,
    metavar="NEED=ID",
    help="Refer this need to this provider instead of the plan's choice (repeatable).",
)
@click.option(
    "--risk",
    multiple=True,
    metavar="FLAG",
    help="A risk flag the receiving side must know (repeatable): " + ", ".join(RISK_FLAGS) + ".",
)
@click.option(
    "--notes-for",
    multiple=True,
    metavar="NEED=TEXT",
    help="A note for the provider of one need (repeatable).",
)
@click.option(
    "--lang",
    type=click.Choice(list(LANGUAGES)),
    default="en",
    show_default=True,
    help="Language of the package's own words, its labels and warnings (ar is written right to "
    "left); the person's languages are --language.",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=FormatChoice([*FORMATS, "pdf"]),
    default=None,
    help="Output format (md is also markdown; pdf is printed by a headless Chromium found on "
    "the machine, and needs -o). Default: from -o's extension, else html.",
)
@output_option
@click.option(
    "--consent-date",
    metavar="DATE",
    help="The date the person agreed to the referral. Required unless --draft.",
)
@click.option("--consent-purpose", metavar="TEXT", help="What the person agreed to share it for.")
@click.option("--consent-recipients", metavar="LIST", help="With whom, comma separated.")
@click.option("--consent-until", metavar="DATE", help="The consent holds until this date.")
@click.option("--draft", is_flag=True, help="A draft without consent, marked DRAFT — NOT FOR SENDING.")
@click.option(
    "--today",
    metavar="DATE",
    help="The day the package is prepared (YYYY-MM-DD; default: now). Referral ids and deadlines follow it.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace the -o file if it exists (a package written earlier is otherwise kept).",
)
@click.option(
    "--name",
    metavar="TEXT",
    help="Put the person's name in (only when a partner must have "
    "it); the package is then flagged as containing a name.",
)
@pass_app
@handle_errors
def package(
    app: AppContext,
    /,
    case_values: dict[str, Any],
    weights_file: str | None,
    from_file: str | None,
    fmt: str | None,
    output: str | None,
    force: bool,
    **values: Any,
) -> None:
    """Write the referral package for one person: providers, contacts, consent, risk flags.

    Give the same case options as `svcmatch match`, or --from a saved match. Without
    --consent-date the command refuses and writes nothing, unless --draft is given.

    \b
    Examples:
      svcmatch package --country AL --to Shkoder --needs shelter,medical --sex female \\
          --age 24 --case-ref AL-2026-0042 --priority urgent --consent-date 2026-03-01 \\
          --consent-recipients "Shelter, clinic" -o package.html
      svcmatch package --from match.json --case-ref AL-2026-0042 --draft --format md
    """
    written = Path(output).expanduser() if output and output != "-" else None
    if written is not None and not force and written.exists() and not fileio.is_special(written):
        raise InputError(
            f"-o {output}: the file exists already (a package written earlier is kept)",
            "give --force to replace it, or choose another -o file",
        )
    if any(not parse_list(flag) for flag in values.get("risk") or ()):  # `--risk "$FLAG"`, unset
        raise InputError(
            "--risk: an empty value shares no risk", "give a flag such as risk_to_life, or leave --risk out"
        )
    values["format"] = fmt or _format_for(output)
    if values.get("today") is None and app.settings.today is not None:
        values["today"] = app.settings.today
    elif values.get("today") is not None:  # deadlines lie ahead of it: year 9999 has none
        values["today"] = within_today_range(parse_day(values["today"], "--today"))
    for key in ("arrival", "consent_date", "consent_until"):
        say_date_reading(values.get(key), "--" + key.replace("_", "-"))
    _say_the_time_not_kept(values.get("arrival"))
    with _damaged_document(from_file):
        document, directory = _match_document(app, from_file, case_values, weights_file, values.get("today"))
        if values["format"] == "pdf" or (output and Path(output).suffix.lower() == ".pdf"):
            _write_pdf(document, values, output, directory)
            return
        options = options_from_values(values)
        text = _package_text(document, options, directory)
    if written is None and values["format"] == "html" and stdout_is_a_terminal():
        warn("the package is HTML, for a browser: write it to a file with -o package.html and open that")
    emit(text, output, private=True)  # the person's package: 0o600 when new


#: A day and a time of day, as an arrival is typed with its flight's time ('2026-12-08T10:30').
_DAY_AND_TIME = re.compile(r"\s*(\d{4}-\d{1,2}-\d{1,2})[T ](\d{1,2}):(\d{2})(?::\d{2})?\s*")


def _say_the_time_not_kept(arrival: object) -> None:
    """`--arrival 2026-12-08T10:30` gave the package the day, the time dropped without a word
    (and '2026-12-08T25:00' was taken as the 8th): the package gives the day only, so the time
    is said with where to give it, and a time of no day refused (twenty-third adversarial pass)."""
    typed = arrival.strip() if isinstance(arrival, str) else ""
    found = _DAY_AND_TIME.fullmatch(typed)
    if found is None:
        return
    day, hour, minute = found[1], int(found[2]), int(found[3])
    if hour > 23 or minute > 59:
        raise InputError(
            f"--arrival: {typed!r} holds {hour}:{minute:02d}, no time of day",
            "give the day as YYYY-MM-DD, and the time of arrival with --met-by",
        )
    if (hour, minute) != (0, 0):
        at = f"{hour:02d}:{minute:02d}"
        say_later(
            f"--arrival: read {typed!r} as the day {day}: the package gives the day only (give the "
            f"time with --met-by, e.g. --met-by 'IOM Tirana, at the airport at {at}')"
        )


@contextlib.contextmanager
def _damaged_document(from_file: str | None) -> Iterator[None]:
    """A saved match edited by hand (or by another tool) may hold a value of another kind
    where match writes a list or an object (`"destination": "x"`, `"unmet": 1`): the package
    is refused with one line naming the file, never a traceback."""
    try:
        yield
    except (TypeError, AttributeError, KeyError, IndexError, ValueError, MatchDocumentError) as error:
        if from_file is None:  # a fresh match: a fault of svcmatch, not of the user's file
            fault = error.__cause__ if isinstance(error, MatchDocumentError) else None
            raise (fault or error) from None
        raise InputError(
            f"{from_file} is not a match document as `svcmatch match --format json` writes it "
            "(a value of the wrong kind: a text, number, list or object where another is written)",
            "save the match again with `svcmatch match ... --format json -o match.json`",
        ) from None


def _write_pdf(
    document: Mapping[str, Any], values: dict[str, Any], output: str | None, directory: Directory | None
) -> None:
    """The package as PDF: the HTML printed by headless Chromium, written atomically to -o."""
    from ..html.pdf import html_to_pdf  # lazy: subprocess and tempfile, about 17 ms; --format pdf only

    if values["format"] != "pdf":
        raise InputError(
            f"-o {output} is a PDF, but --format {values['format']} writes {values['format'].upper()}",
            "give --format pdf, or leave --format out",
        )
    if not output or output == "-" or Path(output).suffix.lower() != ".pdf":
        raise InputError("--format pdf writes a file, not text", "give -o package.pdf")
    refuse_to_overwrite(Path(output), "-o")  # as every other -o (emit's atomic_text_file) is
    options = options_from_values({**values, "format": "html"})
    # the browser starts from the user's environment (its home folders made private there)
    pdf = html_to_pdf(_package_text(document, options, directory), environment=os.environ)
    target = written_through(Path(output))
    fileio.clean_temp_files(target)  # what a killed earlier print left beside it
    fileio.write_bytes_atomic(target, pdf, fileio.private_mode(target))


def _package_text(document: Mapping[str, Any], options: PackageOptions, directory: Directory | None) -> str:
    """The package rendered, after a note on stderr of each thing it leaves out or dates wrong
    (package.unsaid_gaps: a past arrival, a consent naming no recipients, nobody signing)."""
    package = build_package(document, options, directory=directory)
    for gap in unsaid_gaps(package, document):
        warn(f"note: {gap}")
    return render_built(package, options.format)


def _format_for(output: str | None) -> str:
    if output and output != "-":
        return _FORMAT_BY_SUFFIX.get(Path(output).suffix.lower(), "html")
    return "html"


def _match_document(
    app: AppContext,
    from_file: str | None,
    case_values: Mapping[str, Any],
    weights_file: str | None,
    today: Any = None,
) -> tuple[Mapping[str, Any], Directory | None]:
    """The saved match (--from, with the `referrals` it was saved with), or a fresh match of
    the case options with what the referral store says on the day prepared (`today`), with
    the directory it came from (the package words its warnings from its records; None when
    it cannot be read)."""

    given = [name for name, value in case_values.items() if value not in (None, (), False)]
    if from_file is not None:
        if given or weights_file:
            raise InputError(
                "--from and case options given together",
                "give either --from FILE or the case options, not both",
            )
        document = read_match_document(from_file)
        _refuse_another_countrys_directory(from_file, document)
        directory = _directory_of(app, document, from_file)
        if directory is None:  # it was made from the saved words without a word
            warn(
                f"note: the directory {from_file} was made from cannot be read here: the package gives "
                "the providers and contact details the match saved, unchecked against the directory "
                "(closures, moves, new phones)"
            )
        elif _saved_version(document):
            refuse_what_todays_rules_rule_out(document, directory)
        else:
            warn(
                f"note: {from_file} names no version of the directory it was made from: its providers "
                "are given as the directory has them now (contact details, closures, regions to avoid)"
            )
        return document, directory
    if not given:
        raise InputError(
            "no case to package", "give the case options (--country, --to, --needs, ...) or --from FILE"
        )
    case = case_from_options(case_values)
    day = parse_day(today, "--today") if today is not None else app.settings.today_date()
    answers = ReferralFeedback(referral_folder(app), day)
    directory = answers.view(open_directory(app, case.country))
    result = answers.apply(match(case, directory, weights=load_weights(weights_file), today=day))
    say_readings(result.readings, result.case)
    return result.to_json(), directory


def _refuse_another_countrys_directory(from_file: str, document: Mapping[str, Any]) -> None:
    """A saved match whose case returns to one country and whose directory is another's (edited,
    or written by another tool) was checked against that other directory: none of its providers
    found there, each was given as saved, one moved since into a region to avoid too."""
    info, case = document.get("directory"), document.get("case")
    named = str(info.get("country") or "").strip() if isinstance(info, Mapping) else ""
    returns = str(case.get("country") or "").strip() if isinstance(case, Mapping) else ""
    if named and returns and _alpha2(named) != _alpha2(returns):
        raise InputError(
            f"{from_file}: its case returns to {returns}, but it names the directory of {named}",
            "save the match again with `svcmatch match ... --format json -o match.json`",
        )


def _alpha2(country: str) -> str:
    """A country as its alpha-2 code ('Albania', 'ALB', 'al': AL), or as given if it names none."""
    try:
        return resolve_country(country).alpha2
    except SvcmatchError:
        return country.upper()


def _saved_version(document: Mapping[str, Any]) -> object:
    """The version of the directory a saved match names (None where it names none)."""
    info = document.get("directory")
    return info.get("version") if isinstance(info, Mapping) else None


def _directory_of(app: AppContext, document: Mapping[str, Any], from_file: str) -> Directory | None:
    """The directory a saved match names, as that match saw it (with its referral answers on
    the match's day), if it can be opened; the package checks its version. The match already
    said whether it is sample data."""
    info = document.get("directory")
    country = info.get("country") if isinstance(info, Mapping) else None
    if not isinstance(country, str) or not country:
        return None
    as_of = document.get("as_of")
    try:  # a day no match is saved with (edited) skipped every check against the directory
        day = within_today_range(parse_day(as_of, "as_of"), "as_of") if as_of else app.settings.today_date()
    except InputError as error:
        raise InputError(f"{from_file}: {error.message}", _FROM_HINT) from None
    try:
        directory = load_directory(country, app.directories, settings=app.settings)
        return ReferralFeedback(referral_folder(app), day).view(directory)
    except SvcmatchError:
        return None


def _refuse_json_lines(path: str, text: str, error: json.JSONDecodeError) -> None:
    """A file of several JSON records, one a line (`batch`'s results), said as that: 'not JSON
    (Extra data, line 2)' read as a damaged file."""
    if error.msg != "Extra data":
        return
    lines = [line for line in text.splitlines() if line.strip()]
    try:
        if not all(isinstance(json.loads(line), dict) for line in lines[:2]):
            return
    except json.JSONDecodeError:
        return
    raise InputError(
        f"{path} holds {len(lines)} records, one a line (batch's results): a package is made from one",
        f"give one record: e.g. sed -n 1p {path} > case.json, then --from case.json",
    )


def read_match_document(path: str) -> Mapping[str, Any]:
    """A saved `match --format json` document from a file or '-' (standard input)."""
    try:
        text = fileio.decode_text(fileio.read_limited(path, "--from file"))  # as the table reader reads them
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}", "check the --from path") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text", _FROM_HINT) from None
    try:
        document = json.loads(
            text,
            object_pairs_hook=fileio.unique_keys,
            parse_constant=fileio.refuse_constant,  # NaN, Infinity: no JSON; a package made of them neither
            parse_float=fileio.finite_float,
        )
    except fileio.RepeatedKey as error:
        raise InputError(f"{path}: {error}", _FROM_HINT) from None
    except json.JSONDecodeError as error:
        _refuse_json_lines(path, text, error)
        raise InputError(f"{path} is not JSON ({error.msg}, line {error.lineno})", _FROM_HINT) from None
    except RecursionError:
        raise InputError(f"{path} is JSON nested too deeply", _FROM_HINT) from None
    except fileio.NotFinite as error:
        raise InputError(f"{path} holds {error}, a number JSON does not allow", _FROM_HINT) from None
    except ValueError:  # an integer past Python's 4,300 digits
        raise InputError(f"{path} holds an integer longer than 4,300 digits", _FROM_HINT) from None
    if not isinstance(document, dict):
        raise InputError(f"{path} is not a match document", _FROM_HINT)
    if "error" in document and "row" in document and "case" not in document:  # a record of batch's
        raise InputError(
            f"{path}: case {document.get('case_id')} (row {document.get('row')}) was not matched by batch: "
            f"{document['error']}",
            "fix its cells and run batch again: a package is made from a matched case",
        )
    if "case" not in document and "needs" in document and not isinstance(document["needs"], dict):
        raise InputError(
            f"{path}: this is a case file; run `match --case` first",
            f"svcmatch match --case {path} --format json -o match.json, then package --from match.json",
        )
    if document.get("weights") is not None:  # what `match --weights` ranked with: read as it reads them
        weights = document["weights"]
        if not isinstance(weights, dict):
            raise InputError(f"{path}: weights is not an object of weights", _FROM_HINT)
        try:
            Weights.from_mapping(weights)
        except InputError as error:
            raise InputError(f"{path}: {error.message}", error.hint) from None
    _refuse_lists_of_no_text(path, document.get("case"))
    _refuse_values_of_another_kind(path, document)
    return document


#: Where a saved match holds a text or a whole number (or null). An edited one (or another
#: tool's) whose values were of another kind had them printed in the package as Python writes
#: them ("**True** (`al-pub-1`)", "declined True of its last 0 referrals; the last on None").
_SAVED_KINDS: tuple[tuple[str, tuple[str, ...], type], ...] = (
    ("case", ("country", "to", "sex", "exploitation"), str),
    ("case", ("age", "children"), int),
    ("destination", ("name", "region", "region_name"), str),
    ("directory", ("country", "file", "version"), str),
)
_RESULT_TEXTS = ("id", "name", "how_to_refer")
_REFERRAL_KINDS: dict[str, type] = {"sent": int, "accepted": int, "declined": int, "last_decline_reason": str}


def _refuse_values_of_another_kind(path: str, document: Mapping[str, Any]) -> None:
    def check(value: Any, where: str, kind: type) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, kind)):
            wanted = "a text" if kind is str else "a whole number"
            raise InputError(f"{path}: {where} is {json_kind(value)}, not {wanted}", _FROM_HINT)

    for part, keys, kind in _SAVED_KINDS:
        section = document.get(part)
        if isinstance(section, Mapping):
            for key in keys:
                check(section.get(key), f"{part}.{key}", kind)
    needs, plan = document.get("needs"), document.get("plan")
    results = [
        *(
            (f"needs.{need}.{number}", result)
            for need, listed in (needs.items() if isinstance(needs, Mapping) else ())
            if isinstance(listed, list)
            for number, result in enumerate(listed)
        ),
        *((f"plan.{number}", step) for number, step in enumerate(plan if isinstance(plan, list) else ())),
    ]
    for where, result in results:
        if not isinstance(result, Mapping):
            continue  # refused as a damaged document where the package reads it
        for key in _RESULT_TEXTS:
            check(result.get(key), f"{where}.{key}", str)
        contact, referrals = result.get("contact"), result.get("referrals")
        for key, value in contact.items() if isinstance(contact, Mapping) else ():
            check(value, f"{where}.contact.{key}", str)
        if isinstance(referrals, Mapping):
            for key, counted in _REFERRAL_KINDS.items():
                check(referrals.get(key), f"{where}.referrals.{key}", counted)


def _refuse_lists_of_no_text(path: str, case: Any) -> None:
    """A saved case's lists hold texts: an edited one whose language list held `true` gave the
    package's person 'Languages: Albanian (sq), True' (Python's word), exit 0."""
    if not isinstance(case, Mapping):
        return
    for key in ("needs", "language", "avoid_region", "avoid_provider"):
        if isinstance(case.get(key), list):
            try:
                text_items(case[key], key)
            except InputError as error:
                raise InputError(f"{path}: the case's {error.message}", _FROM_HINT) from None


#: `--language` is the person's; `package --language sq` made an English package for a
#: caseworker who wanted an Albanian one (newcomer's second pass): its help says so here.
for _param in package.params:
    if _param.name == "language" and isinstance(_param, click.Option):
        _param.help = f"{_param.help} The package's own language is --lang."
