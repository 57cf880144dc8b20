"""The twenty-third adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create, or
the Python API as a script does.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import big_batch_running, sample_folder
from test_security_second_pass import cli

import svcmatch

_CASE = ("--to", "Shkoder", "--needs", "shelter", "--sex", "female", "--age", "30")


# --- a country given as a number -------------------------------------------------------------------


@pytest.mark.parametrize("number", ["8", "08", " 8 "])
def test_a_country_given_as_a_short_number_is_said(tmp_path: Path, number: str) -> None:
    """`--country 8` was Albania (ISO 3166 numeric 008) without a word, where an age or a count
    typed into the wrong option is likelier than a country's number; said as a reading, as a
    region's code short of its zero is. The full number ('008') stays exact."""
    root = sample_folder(tmp_path, "al")
    found = cli(root, "match", "--country", number, *_CASE, "-f", "json")
    assert found.exit_code == 0, found.output
    assert {
        "field": "country",
        "input": "8" if number.strip() == "8" else "08",
        "read_as": "AL Albania",
        "how": "numeric_code",
    } in json.loads(found.stdout)["readings"]
    assert "country: read" in found.stderr and "Albania" in found.stderr
    located = cli(root, "locate", "Shkoder", "--country", number)
    assert located.exit_code == 0 and "as AL Albania (its ISO 3166 number 008)" in located.stderr
    shown = cli(root, "directory", "stats", number)
    assert shown.exit_code == 0 and "as AL Albania (its ISO 3166 number 008)" in shown.stderr
    case = svcmatch.Case.from_mapping({"country": number, "to": "Shkoder", "needs": "shelter"})
    assert [r.how for r in case.readings if r.field == "country"] == ["numeric_code"]
    exact = cli(root, "match", "--country", "008", *_CASE, "-f", "json")
    assert exact.exit_code == 0 and json.loads(exact.stdout)["readings"] == []


# --- a batch over processes whose parent is killed ----------------------------------------------------


def test_the_workers_of_a_batch_killed_with_sigkill_end_with_it_silently(tmp_path: Path) -> None:
    """`batch --jobs 2` killed with SIGKILL (the OOM killer, `kill -9`) left its workers to
    finish the chunk each held; each then printed a BrokenPipeError traceback to the terminal as
    it wrote its result to the dead parent. They end with their parent, without a word (Linux:
    the kernel signals them), and the -o file is as it was."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the kernel's parent-death signal is Linux's")
    batch, output = big_batch_running(tmp_path)
    try:
        batch.kill()
        _, stderr = batch.communicate(timeout=120)  # the end of stderr: every worker has ended
    finally:
        if batch.poll() is None:
            os.killpg(batch.pid, signal.SIGKILL)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert output.read_text(encoding="utf-8") == "earlier results\n"


# --- the directories folder and the locale: errors that name the problem ---------------------------


@pytest.mark.parametrize("kind", ["named pipe", "file"])
def test_a_directories_folder_that_is_no_folder_is_named(tmp_path: Path, kind: str) -> None:
    """SVCMATCH_DIRECTORIES (or `load_directory(root=...)`) naming a FIFO, a device or a file
    was refused as "no directory for AL (/tmp/x/al.json does not exist ...)", with the fix to
    start one there by `directory init`, which then failed ("cannot create /tmp/x: File
    exists"). The error names the folder and what it is."""
    given = tmp_path / "dirs"
    os.mkfifo(given) if kind == "named pipe" else given.write_text("{}", encoding="utf-8")
    environment = {**os.environ, "SVCMATCH_DIRECTORIES": str(given)}
    if kind == "named pipe":  # (a file is refused by the option itself, naming --directories)
        command = [sys.executable, "-m", "svcmatch", "match", "--country", "AL", *_CASE]
        found = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60)
        assert found.returncode == 2, found.stderr
        assert f"the directories folder {given} is a named pipe, not a folder" in found.stderr
        assert "directory init" not in found.stderr
    with pytest.raises(svcmatch.NotFoundError, match=f"{kind}, not a folder"):
        svcmatch.load_directory("AL", root=given)


def test_a_utf8_argument_under_an_ascii_locale_is_not_called_other_bytes(tmp_path: Path) -> None:
    """Under LC_ALL=C with Python's UTF-8 mode off, `--to Shkodër` typed in UTF-8 was refused
    as "holds bytes that are not UTF-8 text (type it as UTF-8 text ...)": it is UTF-8, and the
    fix is the locale's."""
    root = sample_folder(tmp_path, "al")
    environment = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0"}
    command = [sys.executable.encode(), b"-m", b"svcmatch", b"--directories", os.fsencode(root)]
    case = [b"match", b"--country", b"AL", b"--to", "Shkodër".encode(), b"--needs", b"shelter"]
    found = subprocess.run([*command, *case], env=environment, capture_output=True, timeout=60)
    stderr = found.stderr.decode("utf-8", "replace")
    assert found.returncode == 2, stderr
    assert "is UTF-8 text" in stderr and "LC_ALL=C.UTF-8" in stderr and "not UTF-8 text" not in stderr
    latin = subprocess.run([*command, *case[:4], b"Shkod\xebr", b"--needs", b"shelter"], capture_output=True)
    assert latin.returncode == 2 and b"holds bytes that are not UTF-8 text" in latin.stderr


# --- an import's column of a restriction in other words --------------------------------------------


@pytest.mark.parametrize(
    ("header", "column", "lifted"),
    [
        ("Confidential (yes/no)", "confidential_address", "import its shelters' addresses as public"),
        ("secret", "confidential_address", "import its shelters' addresses as public"),
        ("Women only", "sexes", "take people of every sex"),
        ("Gjinia", "sexes", "take people of every sex"),
        ("Mosha", "min_age", "take people of every age"),
        ("Age range", "min_age", "split it into min_age and max_age"),
        ("Active", "status", "list its closed providers as active"),
    ],
)
def test_an_unknown_column_of_a_restriction_is_never_told_to_be_deleted(
    tmp_path: Path, header: str, column: str, lifted: str
) -> None:
    """`directory import` of a sheet whose column 'Confidential (yes/no)' marks its shelters,
    'Women only' or 'Gjinia' (sex) its women's shelters, 'Mosha' (age) its children's homes, was
    refused with "rename it to a template column (docs/spreadsheets.md), or delete the column":
    deleted, the shelters import with their addresses public, or taking every sex and age.
    Only a header close to one word of confidential_address got a warning; a header holding a
    word of such a column now names it and what deleting it would do."""
    root = tmp_path / "dirs"
    assert cli(root, "directory", "init", "AL", "--title", "test").exit_code == 0
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f"name;categories;city;region;{header}\nStreha;shelter;Shkodër;AL-10;yes\n", encoding="utf-8"
    )
    refused = cli(root, "directory", "import", "AL", str(sheet))
    assert refused.exit_code == 1, refused.output  # a refused import: nothing written
    assert f"did you mean {column}? rename it to {column}; deleting it would" in refused.stderr
    assert lifted in refused.stderr and "or delete the column" not in refused.stderr
    for other in ("Private notes", "Opening hours", "Address (confidential)"):  # none: the plain fix
        sheet.write_text(
            f"name;categories;city;region;{other}\nQendra;legal;Shkodër;AL-10;x\n", encoding="utf-8"
        )
        assert "or delete the column" in cli(root, "directory", "import", "AL", str(sheet)).stderr


@pytest.mark.parametrize(
    "header",
    [
        "Zona për t'u shmangur",
        "Régions à éviter",
        "zonas a evitar",
        "Уникати регіони",
        "Избегать",
        "مناطق يجب تجنبها",
    ],
)
def test_a_batch_column_of_regions_to_avoid_in_an_offices_words_is_never_told_to_be_deleted(
    tmp_path: Path, header: str
) -> None:
    """A cases sheet whose column of regions to avoid is headed in Albanian ("Zona për t'u
    shmangur"), French, Spanish, Ukrainian, Russian or Arabic was refused with "delete the
    columns ..., which batch does not read": followed, every case is planned without the region
    the traffickers are in. Only English words ('avoid', 'unsafe', 'danger') were known."""
    root = sample_folder(tmp_path, "al")
    cases = tmp_path / "cases.csv"
    cases.write_text(f"case_id,country,to,needs,sex,{header}\nc1,AL,Shkoder,shelter,female,AL-10\n", "utf-8")
    refused = cli(root, "batch", str(cases))
    assert refused.exit_code == 2, refused.output
    assert "to avoid_region" in refused.stderr and "delete the columns" not in refused.stderr


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("I pashoqëruar", "unaccompanied"),
        ("No acompañado", "unaccompanied"),
        ("UASC", "unaccompanied"),
        ("Fëmijë", "children"),
        ("Enfants", "children"),
        ("Shfrytëzimi", "exploitation"),
        ("Discapacidad", "disability"),
        ("Statusi i viktimës", "official_status"),
    ],
)
def test_a_batch_column_of_whom_a_provider_must_take_is_never_told_to_be_deleted(
    tmp_path: Path, header: str, column: str
) -> None:
    """A cases sheet headed in an office's words, 'I pashoqëruar' (Albanian, unaccompanied),
    'Fëmijë' (children), 'Discapacidad', was refused with "delete the columns i_pashoqëruar,
    which batch does not read": followed, an unaccompanied child is matched as one with a
    guardian, a mother without her children. Each is named as the column it is."""
    root = sample_folder(tmp_path, "al")
    cases = tmp_path / "cases.csv"
    cases.write_text(f"case_id,country,to,needs,{header}\nc1,AL,Shkoder,shelter,yes\n", "utf-8")
    refused = cli(root, "batch", str(cases))
    assert refused.exit_code == 2, refused.output
    assert f"to {column};" in refused.stderr and "delete the columns" not in refused.stderr


# --- the Python API and the environment -------------------------------------------------------------


def test_the_api_page_says_what_load_directory_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/api.md said `load_directory(country)` reads SVCMATCH_DIRECTORIES, as the command
    line does; the library reads no environment variable (docs/STYLE: settings are made at the
    edge), so a script relying on it matched against the bundled samples' fictional providers.
    The page now says so."""
    own = sample_folder(tmp_path, "al")
    (own / "al.json").write_text(
        (own / "al.json").read_text("utf-8").replace('"sample": true', '"sample": false')
    )
    monkeypatch.setenv("SVCMATCH_DIRECTORIES", str(own))
    monkeypatch.chdir(tmp_path)  # no ./directories here
    assert svcmatch.load_directory("AL").info.sample  # the environment is not read
    assert not svcmatch.load_directory("AL", root=own).info.sample
    page = (Path(__file__).parents[1] / "docs" / "api.md").read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if line.startswith("| `load_directory("))
    assert "reads no environment variable" in row and 'root=os.environ["SVCMATCH_DIRECTORIES"]' in row


# --- an Ethiopian day past the Gregorian calendar's end ------------------------------------------------


@pytest.mark.parametrize("day", ["30/12/9999", "1/1/9993", "30/12/9992"])
def test_an_ethiopian_day_past_the_last_gregorian_day_is_one_line(tmp_path: Path, day: str) -> None:
    """`directory import ET sheet.csv --calendar ethiopian` with a verified_on of '30/12/9999'
    gave a ValueError traceback ("year 10007 is out of range"): the Ethiopian years past 9992
    fall after 9999-12-31. Refused naming the cell, as any day that is none."""
    root = tmp_path / "dirs"
    assert cli(root, "directory", "init", "ET", "--title", "test").exit_code == 0
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f"name;categories;city;region;verified_on\nQendra;legal;Addis Ababa;ET-AA;{day}\n", "utf-8"
    )
    refused = cli(root, "directory", "import", "ET", str(sheet), "--calendar", "ethiopian")
    assert refused.exit_code == 1, (refused.output, refused.exception)
    assert f"verified_on: '{day}' is a day after 9999-12-31" in refused.stderr
    assert "Traceback" not in refused.output


# --- the library's package from a match document of another shape ---------------------------------------


@pytest.mark.parametrize(("key", "value"), [("plan", 5), ("unmet", 5), ("destination", "x"), ("readings", 5)])
def test_a_package_of_a_match_document_of_another_shape_is_the_librarys_one_line_error(
    key: str, value: object
) -> None:
    """`svcmatch.build_package(document, options)` of a saved match edited by hand or written
    by another tool (`"plan": 5`) raised a TypeError or an AttributeError in a script, where its
    docstring promised a DataError and docs/api.md says that anything but a SvcmatchError is a
    bug (the command line said it in one line). It is a DataError of one line now."""
    directory = svcmatch.load_directory("AL")
    case = svcmatch.Case.from_mapping({"country": "AL", "to": "Shkoder", "needs": "shelter", "sex": "female"})
    document = {**svcmatch.match(case, directory).to_json(), key: value}
    options = svcmatch.PackageOptions(case_ref="AL-7", draft=True)
    with pytest.raises(svcmatch.DataError, match="holds a value of another kind") as raised:
        svcmatch.build_package(document, options, directory=directory)
    assert "\n" not in str(raised.value) and raised.value.exit_code == 3


# --- an arrival typed with its time --------------------------------------------------------------------


def test_an_arrival_typed_with_its_time_is_said_and_a_time_of_no_day_refused(tmp_path: Path) -> None:
    """`package --arrival 2026-12-08T10:30` (the flight's time) gave the package the 8th, the
    time dropped without a word, and '2026-12-08T25:00' was taken as the 8th too. The package
    gives the day only: the time is said, with where to give it; 25:00 is refused."""
    root = sample_folder(tmp_path, "al")
    package = ("package", "--country", "AL", *_CASE, "--case-ref", "AL-7", "--draft", "-f", "json")
    said = cli(root, *package, "--arrival", "2026-12-08T10:30")
    assert said.exit_code == 0, said.output
    assert json.loads(said.stdout)["return"]["arrival"] == "2026-12-08"
    assert "--arrival: read '2026-12-08T10:30' as the day 2026-12-08" in said.stderr
    assert "--met-by" in said.stderr
    refused = cli(root, *package, "--arrival", "2026-12-08T25:00")
    assert refused.exit_code == 2 and "holds 25:00, no time of day" in refused.stderr
    plain = cli(root, *package, "--arrival", "2026-12-08")
    assert plain.exit_code == 0 and "--arrival" not in plain.stderr


@pytest.mark.parametrize("door", ["add", "verify", "edit"])
def test_an_ethiopian_day_past_the_last_gregorian_day_is_one_line_at_every_door(
    tmp_path: Path, door: str
) -> None:
    """The office's eleventh pass took --calendar to add, edit and verify --on: there the same
    day gave the same ValueError traceback until the conversion refused it."""
    root = tmp_path / "dirs"
    assert cli(root, "directory", "init", "ET", "--title", "test").exit_code == 0
    record = ("--category", "legal", "--region", "ET-AA", "--city", "Addis Ababa")
    added = cli(root, "directory", "add", "ET", "--name", "Qendra", *record)
    assert added.exit_code == 0, added.output
    provider = added.stdout.strip()
    given = {
        "add": ("directory", "add", "ET", *record, "--name", "Q2", "--verified-on", "30/12/9999"),
        "verify": ("directory", "verify", "ET", provider, "--on", "30/12/9999"),
        "edit": ("directory", "edit", "ET", provider, "--set", "verified_on=30/12/9999"),
    }[door]
    refused = cli(root, *given, "--calendar", "ethiopian")
    assert refused.exit_code == 2, (refused.output, refused.exception)
    assert "'30/12/9999' is a day after 9999-12-31" in refused.stderr and "Traceback" not in refused.output
