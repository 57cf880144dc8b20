"""The newcomer's first hour, second pass (issue 19, 2026-12-06): three newcomers on fresh
clones, a caseworker who pastes commands from a Word document and types Windows paths, a new
country office starting from nothing, and a developer calling the Python API as docs/api.md
says. Each test is a stumble seen on a fresh clone of a28d878."""

from __future__ import annotations

import datetime as dt
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import svcmatch
from svcmatch.cli import main

NBSP = "\u00a0"
SHKODRA = ["match", "--country", "AL", "--needs", "shelter"]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def error_line(result: Result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("svcmatch: error: ")]
    assert len(lines) == 1, result.stderr
    return lines[0]


# ------------------------------------------------------------ a command pasted from Word


def test_a_non_breaking_space_never_swallows_the_region_to_avoid() -> None:
    """Word puts non-breaking spaces into a command; the shell does not split on them, so
    `--avoid-region AL-09` became part of the town ('Shkodra --avoid-region AL-09', read as
    Shkodër by a close spelling) and the region to avoid was silently dropped."""
    result = run(*SHKODRA, "--to", f"Shkodra{NBSP}--avoid-region{NBSP}AL-09")
    line = error_line(result)
    assert "non-breaking space" in line and "--avoid-region" in line
    assert "retype" in line
    assert result.stdout == ""


def test_an_option_glued_to_its_value_by_a_non_breaking_space_is_named() -> None:
    line = error_line(run("match", f"--country{NBSP}AL", "--to", "Shkodra", "--needs", "shelter"))
    assert "non-breaking space" in line and "--country" in line


@pytest.mark.parametrize("dash", ["\u2014country", "\u2013-country", "\u2013country"])
def test_a_word_processors_dash_before_an_option_says_to_type_two_hyphens(dash: str) -> None:
    """Word turns -- into an en or em dash: 'got unexpected extra arguments (—country AL)'
    named no fix."""
    line = error_line(run("match", dash, "AL", "--to", "Shkodra", "--needs", "shelter"))
    assert "two hyphens" in line and "--country" in line


def test_curly_quotes_that_split_a_list_say_to_type_straight_quotes() -> None:
    """“shelter, doctor” pasted from Word is two words to the shell: 'got unexpected extra
    argument (doctor”)' named no fix."""
    line = error_line(run("match", "--country", "AL", "--to", "Shkodra", "--needs", "“shelter,", "doctor”"))
    assert "curly quotes" in line and 'straight quotes (")' in line


def test_a_region_to_avoid_in_curly_quotes_is_refused_with_the_quotes_named() -> None:
    """Refused, as a safety input must be, but its fix listed AL-12, AL-08 and AL-04, never
    the AL-09 the caseworker typed."""
    line = error_line(run(*SHKODRA, "--to", "Shkodra", "--avoid-region", "“AL-09”"))
    assert "curly quotes" in line


# ------------------------------------------------------------ Windows paths


def test_a_windows_path_that_is_not_found_says_how_to_write_it_here() -> None:
    line = error_line(run("match", "--case", "examples\\case-al.json"))
    assert "examples/case-al.json" in line and "Windows" in line


def test_an_output_file_with_a_windows_path_is_refused_not_written_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-o C:\\Users\\elira\\out.csv` wrote a file of that name into the current folder, exit 0."""
    monkeypatch.chdir(tmp_path)
    result = run(*SHKODRA, "--to", "Shkodra", "-o", "C:\\Users\\elira\\out.csv")
    line = error_line(result)
    assert "Windows" in line and "-o" in line
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------ the Python API as docs/api.md says


@pytest.fixture(scope="module")
def match_doc() -> dict[str, object]:
    case = svcmatch.Case.from_mapping(
        {"country": "AL", "to": "Shkodra", "needs": "shelter", "sex": "female", "age": 24}
    )
    return svcmatch.match(case, svcmatch.load_directory("AL"), today=dt.date(2026, 12, 6)).to_json()


def _package(match_doc: dict[str, object], **options: object) -> dict[str, object]:
    return svcmatch.build_package(
        match_doc, svcmatch.PackageOptions(case_ref="AL-2026-0001", **options), today=dt.date(2026, 12, 6)
    )


def test_one_recipient_given_as_text_is_one_recipient(match_doc: dict[str, object]) -> None:
    """Consent(..., recipients="partners") was shared 'with: p, a, r, t, n, e, r, s'."""
    consent = svcmatch.Consent(dt.date(2026, 12, 1), "referral", "receiving partners")
    package = _package(match_doc, consent=consent)
    assert package["consent"]["recipients"] == ["receiving partners"]  # type: ignore[index]


def test_one_risk_flag_given_as_text_is_one_flag(match_doc: dict[str, object]) -> None:
    """risks="risk_to_life" was refused as 'unknown risk flag 'r''."""
    consent = svcmatch.Consent(dt.date(2026, 12, 1), "referral", ("partners",))
    package = _package(match_doc, consent=consent, risks="risk_to_life")
    assert "risk_to_life" in str(package["risk_flags"])


@pytest.mark.parametrize(
    "make",
    [
        lambda: svcmatch.Consent("2026-12-01", "referral", ("partners",)),  # type: ignore[arg-type]
        lambda: svcmatch.Consent(dt.date(2026, 12, 1), "referral", ("partners",), until="2027-06-01"),  # type: ignore[arg-type]
    ],
)
def test_a_date_written_as_iso_text_is_that_date(make: object, match_doc: dict[str, object]) -> None:
    """A date as text was a TypeError ('>' not supported between str and date), a traceback."""
    consent = make()  # type: ignore[operator]
    assert isinstance(consent.date, dt.date) and not isinstance(consent.until, str)
    assert _package(match_doc, consent=consent, arrival="2026-12-20")["return"]["arrival"] == "2026-12-20"  # type: ignore[index]


@pytest.mark.parametrize("value", ["01/12/2026", "tomorrow", 20261201])
def test_a_date_that_is_no_iso_date_is_an_input_error(value: object) -> None:
    with pytest.raises(svcmatch.InputError, match="YYYY-MM-DD"):
        svcmatch.Consent(value, "referral", ("partners",))  # type: ignore[arg-type]
    with pytest.raises(svcmatch.InputError, match="arrival"):
        svcmatch.PackageOptions(case_ref="AL-1", arrival=value)  # type: ignore[arg-type]


# ------------------------------------------------------------ a new country office (Sierra Leone, Moldova)


def test_an_imported_row_without_a_region_names_its_towns_region(tmp_path: Path) -> None:
    """`directory add --city Chisinau` without --region says 'Chisinau is in MD-CU'; a row of
    the office's first spreadsheet said only 'region=<ISO 3166-2 code or region name>'."""
    dirs = str(tmp_path / "dirs")
    assert run("--directories", dirs, "directory", "init", "SL").exit_code == 0
    sheet = tmp_path / "sl.csv"
    sheet.write_text("name,categories,city,region\nDon Bosco Fambul,shelter,Freetown,\n", encoding="utf-8")
    result = run("--directories", dirs, "directory", "import", "SL", str(sheet))
    assert result.exit_code != 0, result.output
    assert "row 2, region: no region" in result.stderr
    assert "Freetown is in SL-W" in result.stderr


def test_a_region_name_stored_through_the_api_is_refused_without_an_albanian_example(tmp_path: Path) -> None:
    store = svcmatch.DirectoryStore("MD", root=tmp_path)
    store.create(title="Moldova")
    provider = svcmatch.provider_from_record(
        {"id": "new", "name": "Centrul Speranța", "categories": ["shelter"], "region": "Chisinau"}
    )
    with pytest.raises(svcmatch.InputError) as raised, store.transaction(author="test") as tx:
        tx.put(provider)
    assert "AL-10" not in str(raised.value)
    assert "svcmatch locate" in str(raised.value)


def test_api_md_shows_how_a_script_adds_a_provider() -> None:
    """provider_from_record refuses a record without an id, and `tx.new_id` needs a provider:
    the page named both and showed neither (the developer newcomer's first try failed)."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert any("tx.new_id(" in block and "tx.put(" in block for block in blocks)


# ------------------------------------------------------------ help texts a newcomer reads


def test_validate_today_is_a_date_as_everywhere_else() -> None:
    """`--today [%Y-%m-%d]` in the help and "does not match the format '%Y-%m-%d'" in the
    error: strftime's words, where every other --today says DATE and YYYY-MM-DD."""
    help_text = run("directory", "validate", "--help").output
    assert "--today DATE" in help_text and "%Y" not in help_text
    line = error_line(run("directory", "validate", "AL", "--today", "12/2026/01"))  # (2026/12/01 reads)
    assert "YYYY-MM-DD" in line and "%Y" not in line


def test_an_empty_argument_is_not_said_to_hold_curly_quotes() -> None:
    line = error_line(run("directory", "validate", "AL", "--today", ""))
    assert "curly" not in line


def test_every_field_option_of_add_says_more_than_its_name() -> None:
    """'--vot-specialised  Vot specialised.', '--coordinates-approximate  Coordinates
    approximate.': the field's name again, in words a newcomer does not know."""
    from svcmatch.cli.directory_edit import add

    for param in add.params:
        name = (param.name or "").replace("_", " ").capitalize() + "."
        assert getattr(param, "help", None) != name, param.name
    languages = next(p for p in add.params if p.name == "languages")
    assert "name" in (languages.help or "")  # names are read (Shqip), not only ISO 639-1 codes


def test_the_case_option_says_its_keys_in_words() -> None:
    text = run("match", "--help").output
    assert "(- -> _)" not in text and "avoid_region" in text


# ------------------------------------------------------------ lists and options typed the caseworker's way


@pytest.mark.parametrize(("typed", "meant"), [("-help", "--help"), ("-country", "--country")])
def test_a_long_option_with_one_hyphen_is_named_whole(typed: str, meant: str) -> None:
    """`svcmatch match -help` said 'no option -e': click read -h, -e, -l, -p."""
    line = error_line(run("match", typed, "AL"))
    assert f"no option {typed}" in line and f"did you mean {meant}" in line


def test_needs_separated_by_a_space_say_to_separate_them_with_commas() -> None:
    """'shelter doctor' was 'unknown need' with the closest codes shelter, medical, psychosocial."""
    line = error_line(run("match", "--country", "AL", "--to", "Tirana", "--needs", "shelter doctor"))
    assert "2 needs" in line and "separate them with commas" in line


def test_languages_separated_by_a_space_say_how_to_give_several() -> None:
    line = error_line(run(*SHKODRA, "--to", "Tirana", "--language", "sq it"))
    assert "2 languages" in line and "separate them with commas" in line


def test_on_windows_a_windows_path_is_no_mistake(monkeypatch: pytest.MonkeyPatch) -> None:
    from svcmatch.cli import pasted

    monkeypatch.setattr(pasted.os, "sep", "\\")
    assert pasted.note("cannot read 'examples\\\\case.json'", ["examples\\case.json"]) is None
    pasted.refuse_windows_outputs(["-o", "C:\\Users\\elira\\out.csv"])  # no error


def test_match_today_as_iso_text_is_that_day() -> None:
    """`svcmatch.match(case, directory, today="2026-12-01")` was a TypeError in the engine."""
    case = svcmatch.Case.from_mapping({"country": "AL", "to": "Shkodra", "needs": "shelter"})
    directory = svcmatch.load_directory("AL")
    assert svcmatch.match(case, directory, today="2026-12-01").today == dt.date(2026, 12, 1)  # type: ignore[arg-type]
    with pytest.raises(svcmatch.InputError, match="today"):
        svcmatch.match(case, directory, today="1/12/2026")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("command", "typed", "its_own"),
    [
        (["directory", "stats", "AL"], "--older-than", "--stale-months"),
        (["directory", "stale", "AL"], "--stale-months", "--older-than"),
        (["directory", "validate", "AL"], "--older-than", "--stale-after"),
        (["directory", "stale", "AL"], "--stale-after", "--older-than"),
    ],
)
def test_another_commands_name_for_the_stale_period_names_this_ones(
    command: list[str], typed: str, its_own: str
) -> None:
    """stats says --stale-months 6, stale --older-than 6m, validate --stale-after 6m: a
    newcomer who learnt one on one command got '--help lists the options' on the next."""
    line = error_line(run(*command, typed, "6m"))
    assert f"did you mean {its_own}?" in line


def test_the_package_says_which_language_option_is_whose() -> None:
    """`package --language sq` is the person's language, not the package's (`--lang sq`): a
    caseworker who wanted an Albanian package got an English one, without a word."""
    text = run("package", "--help").output
    language = text.split("--language CODE", 1)[1].split("\n  --", 1)[0]
    lang = text.split("--lang [", 1)[1].split("\n  -", 1)[0]
    assert "--lang" in " ".join(language.split()) and "--language" in " ".join(lang.split())


def test_the_readme_says_what_its_words_mean() -> None:
    """The README spoke of a gazetteer, region codes, near misses, readings and a case
    reference before saying what any of them is; a caseworker new to the terminal knows none."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    words = readme.split("## Words used here", 1)[1].split("\n## ", 1)[0]
    for term in (
        "directory",
        "provider",
        "need code",
        "gazetteer",
        "region code",
        "language code",
        "plan",
        "near miss",
        "reading",
        "case reference",
        "sample data",
        "VoT",
        "HSDS",
    ):
        assert f"**{term}**" in words, term


@pytest.mark.parametrize("flag", ["--unaccompanied", "--disability", "--official-status"])
def test_a_flag_given_yes_says_it_is_given_alone(flag: str) -> None:
    """`--unaccompanied yes` was 'got unexpected extra argument (yes)'."""
    line = error_line(run(*SHKODRA, "--to", "Tirana", flag, "yes"))
    assert f"{flag} is a flag" in line and "without 'yes'" in line


@pytest.mark.parametrize(("option", "example"), [("--children", "--children 2"), ("--top", "--top 5")])
def test_a_number_options_example_is_a_number_it_would_take(option: str, example: str) -> None:
    """`--children yes` suggested 'e.g. --children 24', `--top all` 'e.g. --top 25'."""
    line = error_line(run(*SHKODRA, "--to", "Tirana", option, "yes"))
    assert f"e.g. {example})" in line


def test_a_directories_folder_with_a_windows_path_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`svcmatch --directories C:\\svcmatch\\dirs directory init MD` made a folder of that
    name here, and the office's file in it."""
    monkeypatch.chdir(tmp_path)
    line = error_line(run("--directories", "C:\\svcmatch\\dirs", "directory", "init", "MD"))
    assert "Windows path" in line and "--directories" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "example"),
    [
        (["package", "--country", "AL", "--to", "Tirana", "--needs", "shelter"], "--case-ref AL-2026-0001"),
        (["locate", "Shkoder"], "--country AL"),
        (["locate", "--country", "AL"], "svcmatch locate Shkoder --country AL"),
    ],
)
def test_a_missing_option_a_newcomer_does_not_know_gives_an_example(args: list[str], example: str) -> None:
    """'missing option --case-ref' said only that `--help` lists the options; what a case
    reference is, and that it is never a name, was three screens down the help."""
    assert example in error_line(run(*args))


def test_the_format_option_says_its_default_once() -> None:
    """'Output format (default: from the --output file's extension, where it names one).
    [default: table]': two defaults, and which wins unsaid."""
    text = " ".join(run("match", "--help").output.split())
    line = text.split("-f, --format", 1)[1].split(" -o, --output", 1)[0]
    assert line.count("default") == 1 and "table" in line.split("default", 1)[1]


@pytest.mark.parametrize("width", ["80", "100"])
def test_history_never_cuts_a_time_across_lines(tmp_path: Path, width: str) -> None:
    """A new office's first `directory history` showed '2026-12-06T10:5' over '4:26Z'."""
    dirs = str(tmp_path / "dirs")
    assert run("--directories", dirs, "directory", "init", "SL").exit_code == 0
    assert (
        run(
            "--directories",
            dirs,
            "directory",
            "add",
            "SL",
            "--name",
            "Rainbo Initiative",
            "--category",
            "medical",
            "--region",
            "SL-W",
            "--city",
            "Freetown",
        ).exit_code
        == 0
    )
    result = CliRunner().invoke(
        main, ["--directories", dirs, "directory", "history", "SL"], env={"COLUMNS": width}
    )
    assert result.exit_code == 0, result.output
    times = re.findall(r"^(\S+)", result.stdout, re.MULTILINE)[2:]
    assert times and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", t) for t in times if t[0].isdigit())
    assert all(len(line) <= int(width) for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (["needs", "--lang", "Albanian"], "sq"),
        (["needs", "--lang", "français"], "fr"),
        (["needs", "--lang", "Shqip"], "sq"),
    ],
)
def test_a_language_named_for_lang_says_its_code(args: list[str], meant: str) -> None:
    """`needs --lang Albanian` listed the codes without saying which is Albanian, where
    `--language Albanian` is read."""
    assert f"did you mean {meant}?" in error_line(run(*args))


def test_a_package_printed_as_html_on_a_terminal_says_to_write_a_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`svcmatch package ...` without -o filled the caseworker's terminal with HTML source."""
    from svcmatch.cli import package_cmd

    args = shlex.split("package --country AL --to Tirana --needs shelter --case-ref AL-1 --draft")
    monkeypatch.setattr(package_cmd, "stdout_is_a_terminal", lambda: True)
    result = run(*args)
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    assert "-o package.html" in result.stderr
    monkeypatch.setattr(package_cmd, "stdout_is_a_terminal", lambda: False)  # a pipe, a file: no word
    assert "-o package.html" not in run(*args).stderr


def test_spreadsheets_md_says_how_a_new_office_gets_an_empty_template() -> None:
    """A new country office read 'The template' and found no way to get one: an export of the
    directory `init` has just made is the header row alone."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "spreadsheets.md").read_text(encoding="utf-8")
    section = text.split("## The template", 1)[1].split("\n## ", 1)[0]
    assert "directory init SL" in section and "directory export SL -o sl-template.csv" in section


def test_a_negative_number_with_a_word_processors_dash_says_to_type_a_hyphen(tmp_path: Path) -> None:
    """Freetown's longitude pasted from a document, '–13.23' (an en dash), was 'not a number'."""
    dirs = str(tmp_path / "dirs")
    assert run("--directories", dirs, "directory", "init", "SL").exit_code == 0
    args = [
        "--name",
        "Rainbo",
        "--category",
        "medical",
        "--region",
        "SL-W",
        "--latitude",
        "8.48",
        "--longitude",
    ]
    line = error_line(run("--directories", dirs, "directory", "add", "SL", *args, "\u201313.23"))
    assert "type -13.23" in line


def test_coverage_for_help_names_every_token_it_reads() -> None:
    """`coverage --for` reads no_status (docs/coverage.md, and the error lists it); its help
    did not name it."""
    text = " ".join(run("coverage", "--help").output.split())
    assert "no_status" in text.split("--for TOKENS", 1)[1].split(" --needs", 1)[0]


def test_priority_help_says_every_deadline_and_batch_country_is_a_country() -> None:
    """`--priority` said the deadlines of emergency and urgent, not normal's 14 days (the
    default); `batch --country TEXT` where every other command says CC."""
    package = " ".join(run("package", "--help").output.split())
    assert "normal: within 14 days" in package
    assert "--country CC" in run("batch", "--help").output


def test_add_and_validate_name_what_a_value_is_not_text() -> None:
    """`--verified-on TEXT`, `--latitude TEXT`, `--stale-after TEXT`: every value is text; the
    help of stale says `--older-than PERIOD` and of match `--today DATE`."""
    add = run("directory", "add", "--help").output
    for shown in ("--verified-on DATE", "--capacity-updated DATE", "--latitude DEGREES", "--min-age YEARS"):
        assert shown in add, shown
    assert "--stale-after PERIOD" in run("directory", "validate", "--help").output


def test_a_hyphenated_name_with_a_non_breaking_space_is_no_option() -> None:
    """'Ivano -Frankivsk' with a non-breaking space is a town typed oddly, not an option."""
    from svcmatch.cli.pasted import refuse_glued_options

    refuse_glued_options([f"Ivano{NBSP}-Frankivsk", f"Qendra{NBSP}-{NBSP}Tirana"])  # no error
    with pytest.raises(svcmatch.InputError):
        refuse_glued_options([f"Tirana{NBSP}-o{NBSP}out.csv"])
