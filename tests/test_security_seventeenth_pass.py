"""The seventeenth adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root, one_line_error

# --- a package from a saved match gives the contact details of now ---------------------------------


def test_a_package_from_a_saved_match_gives_the_phone_the_directory_has_now(tmp_path: Path) -> None:
    """`package --from match.json` of a match saved before the office changed the clinic's phone
    and e-mail gave the partner the old number, exit 0, without a word: the package reads them
    from the directory as it is now, and the card says which changed."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "match.json"
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical")
    saved.write_text(cli(root, "match", *case, "-f", "json").stdout, encoding="utf-8")
    package = ("package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "json")
    before = json.loads(cli(root, *package).stdout)["needs"][0]["provider"]
    assert not any(note["code"] == "contact_since" for note in before["notes"])
    changes = ("--set", "phone=+355 22 999 999", "--set", "email=new@clinic.example")
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *changes).exit_code == 0
    result = cli(root, *package)
    assert result.exit_code == 0, result.output
    provider = json.loads(result.stdout)["needs"][0]["provider"]
    assert provider["contact"]["phone"] == "+355 22 999 999"
    assert provider["contact"]["email"] == "new@clinic.example"
    assert {"code": "contact_since", "fields": ["phone", "email"]} in provider["notes"]
    assert "(Phone and E-mail)" in " ".join(provider["warnings"])
    french = cli(root, *package[:-2], "-f", "md", "--lang", "fr")
    assert "+355 22 000 001" not in french.stdout and "(Téléphone et Courriel)" in french.stdout


# --- a confidential shelter's town written into its codes or phone ----------------------------------


def _stored_as(root: Path, provider_id: str, field: str, value: object) -> None:
    """A directory file edited by hand (or written by another tool): every door refuses it."""
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][provider_id][field] = value
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False), encoding="utf-8")


_SHELTER_CASE = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter,psychosocial", "--sex", "female")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "moved to Orosh"),
        ("phone", "+355 22 000 000 (Orosh office)"),
        ("sexes", ["female", "Orosh"]),
        ("languages", ["sq", "Orosh"]),
        ("exploitation_types", ["sexual", "Orosh"]),
        ("categories", ["shelter", "psychosocial", "Orosh"]),
    ],
)
def test_a_confidential_shelters_town_written_into_its_codes_never_leaves_the_file(
    tmp_path: Path, field: str, value: object
) -> None:
    """A file whose confidential shelter holds its village in its status ("moved to Orosh"), a
    language, a form of exploitation, a sex or its phone printed 'Orosh' in `list`, `show`,
    `stats`, `validate`'s message or fix, the exports, `match` and the package (its notes: "cannot
    take the person: moved to orosh", "handles only sexual and orosh"). Every output withholds
    it as it withholds it in the shelter's free texts; the edit that corrects it leaves no trace
    of it in the history."""
    shelter = dataclasses.replace(SHELTER, categories=("shelter", "psychosocial"))
    root = make_root(tmp_path / "d", CLINIC, shelter)
    _stored_as(root, "al-hope-1", field, value)
    package = ("package", *_SHELTER_CASE, "--case-ref", "X-1", "--draft")
    outputs = {
        "list": cli(root, "directory", "list", "AL", "-f", "csv"),
        "show": cli(root, "directory", "show", "AL", "al-hope-1"),
        "show json": cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json"),
        "stats": cli(root, "directory", "stats", "AL", "-f", "json"),
        "validate": cli(root, "directory", "validate", "AL"),
        "stale": cli(root, "directory", "stale", "AL", "--today", "2099-01-01", "-f", "json"),
        "csv": cli(root, "directory", "export", "AL", "-f", "csv"),
        "json": cli(root, "directory", "export", "AL", "-f", "json"),
        "match": cli(root, "match", *_SHELTER_CASE, "-f", "json"),
        "match table": cli(root, "match", *_SHELTER_CASE),
        "package": cli(root, *package, "-f", "json"),
        "package html": cli(root, *package, "-f", "html"),
    }
    for command, result in outputs.items():
        assert result.output and "orosh" not in result.output.casefold(), (command, result.output)
    corrected = {"status": "active", "phone": "+355 22 000 000"}.get(field)
    if corrected is not None:
        edit = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}={corrected}")
        assert edit.exit_code == 0, edit.output
        history = cli(root, "directory", "history", "AL", "-f", "json")
        files = "".join(path.read_text(encoding="utf-8") for path in (root / "history").rglob("*.json"))
        assert field in history.stdout
        for shown in (history.output, files):
            assert "orosh" not in shown.casefold(), shown


def test_validate_says_which_field_gives_the_place_where_its_value_is_withheld_whole(tmp_path: Path) -> None:
    """`validate` read the status 'moved to Orosh' as 'moved_to_orosh', a word glued to the town
    that is withheld whole: its message was "status: (withheld)", without what is wrong."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    _stored_as(root, "al-hope-1", "status", "moved to Orosh")
    result = cli(root, "directory", "validate", "AL")
    assert result.exit_code == 1 and "orosh" not in result.output.casefold(), result.output
    assert "status holds a value that gives this confidential shelter's place (withheld)" in result.stdout


def test_a_confidential_shelters_codes_are_kept_where_its_town_is_spelt_like_one(tmp_path: Path) -> None:
    """Its codes name no place: a shelter for men in a village spelt 'Male' (as Malé, the
    Maldives' capital, is written without its accent) keeps `male` in every output and in
    matching, as any code a town may be spelt like ('bo', Tibetan, in Bo)."""
    shelter = dataclasses.replace(SHELTER, city="Male", sexes=("male",), languages=("sq", "bo"))
    root = make_root(tmp_path / "d", CLINIC, shelter)
    shown = json.loads(cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json").stdout)
    assert (shown["sexes"], shown["languages"]) == (["male"], ["sq", "bo"])
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "male", "-f", "json")
    planned = json.loads(cli(root, "match", *case).stdout)["needs"]["shelter"]
    assert "al-hope-1" in [result["id"] for result in planned]


# --- a date with dots whose day and month could swap is read day first, and said -------------------

_CASE = ("--country", "AL", "--to", "Lezhë", "--needs", "medical")
_DOTTED_DOORS = {
    "edit": (("directory", "edit", "AL", "al-clinic-1", "--set", "verified_on=03.04.2026"), "verified_on"),
    "verify": (("directory", "verify", "AL", "al-clinic-1", "--on", "03.04.2026"), "--on"),
    "match": (("match", *_CASE, "--today", "03.04.2026"), "--today"),
    "stale": (("directory", "stale", "AL", "--today", "03.04.2026"), "--today"),
    "package": (
        (
            "package",
            *_CASE,
            "--case-ref",
            "X-1",
            "--draft",
            "--arrival",
            "03.04.2026",
            "-f",
            "json",
            "--today",
            "2026-04-01",
        ),
        "--arrival",
    ),
    "add": (
        (
            "directory",
            "add",
            "AL",
            "--name",
            "Qendra Ligjore",
            "--categories",
            "legal",
            "--region",
            "AL-08",
            "--city",
            "Lezhë",
            "--verified-on",
            "03.04.2026",
        ),
        "verified_on",
    ),
}


@pytest.mark.parametrize("door", sorted(_DOTTED_DOORS))
def test_a_date_with_dots_whose_day_and_month_could_swap_is_said(tmp_path: Path, door: str) -> None:
    """`--set verified_on=03.04.2026`, `verify --on 03.04.2026`, `--today 03.04.2026`, `package
    --arrival 03.04.2026` and `add --verified-on` read the 3rd of April (dots are written day
    first) without a word, where `referral answer` says it: every reading other than an exact one
    is shown. Said once the command has run (never before a one-line error)."""
    root = make_root(tmp_path / "d", CLINIC)
    args, what = _DOTTED_DOORS[door]
    if door == "verify":  # a check on 3 April is after the stored one
        assert (
            cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "verified_on=2020-01-01").exit_code
            == 0
        )
    result = cli(root, *args)
    assert result.exit_code == 0, result.output
    assert f"{what}: read '03.04.2026' as 2026-04-03 (dots: day first)" in result.stderr
    plain = cli(root, *[arg.replace("03.04.2026", "13.04.2026") for arg in args])
    assert "dots: day first" not in plain.stderr  # one order possible: nothing to say
    refused = cli(root, *args, "--max-km", "0") if door in ("match", "package") else None
    if refused is not None:
        one_line_error(refused, "max_km: 0 is out of range")


def test_an_imports_dates_with_dots_are_said_once_a_column(tmp_path: Path) -> None:
    root = make_root(tmp_path / "d", CLINIC)
    rows = "name,categories,region,city,verified_on\n" + "".join(
        f"Qendra {n},legal,AL-08,Lezhë,0{n}.04.2026\n" for n in (1, 2, 3)
    )
    result = cli(root, "directory", "import", "AL", "-", "--dry-run", input=rows)
    assert result.exit_code == 0, result.output
    said = "verified_on: read '01.04.2026' as 2026-04-01 (dots: day first), as every date with dots"
    assert said in result.stderr and result.stderr.count("dots: day first") == 1, result.stderr
    month_first = cli(root, "directory", "import", "AL", "-", "--dry-run", "--date-order", "mdy", input=rows)
    assert month_first.exit_code == 0 and "day first" not in month_first.stderr, month_first.output


# --- codecs that no file is saved in ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["unicode_escape", "raw_unicode_escape", "punycode", "idna"])
@pytest.mark.parametrize("command", ["import", "batch"])
def test_an_escape_codec_is_no_encoding_to_read_a_table_in(
    tmp_path: Path, encoding: str, command: str
) -> None:
    """`--encoding unicode_escape` read a UTF-8 sheet's 'Lezhë' as 'LezhÃ«' (then read by
    spelling as Lezhë) and a cell's `\\u00eb` as ë, exit 0: Python's escape codecs, IDNA and
    Punycode are no file's encoding, as rot13 and base64 are not."""
    root = make_root(tmp_path / "d", CLINIC)
    sheet = tmp_path / "t.csv"
    if command == "import":
        sheet.write_text("name,categories,region,city\nQendra Ligjore,legal,AL-08,Lezhë\n", encoding="utf-8")
        args = ("directory", "import", "AL", str(sheet), "--dry-run")
    else:
        sheet.write_text("case_id,country,to,needs\nc1,AL,Lezhë,medical\n", encoding="utf-8")
        args = ("batch", str(sheet))
    one_line_error(
        cli(root, *args, "--encoding", encoding), f"--encoding {encoding!r} is not a text encoding"
    )
    assert cli(root, *args, "--encoding", "utf-8").exit_code == 0


# --- a number written with Python's underscores ------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "number"),
    [
        ("--age", "1_7", "a whole number"),
        ("--children", "1_0", "a whole number"),
        ("--max-km", "3_0", "a number"),
    ],
)
@pytest.mark.parametrize("command", ["match", "package"])
def test_a_number_with_underscores_is_refused_not_read(
    tmp_path: Path, command: str, option: str, value: str, number: str
) -> None:
    """`--age 1_7` was read as 17 (click reads numbers as Python does: '1_7' is 17), exit 0,
    without a word; `--children 1_0` as ten children, `--max-km 3_0` as 30 km. No person writes
    a number so: refused as any text that is no number, naming the option."""
    root = make_root(tmp_path / "d", CLINIC)
    extra = ("--case-ref", "X-1", "--draft") if command == "package" else ()
    result = cli(root, command, *_CASE, *extra, option, value)
    one_line_error(result, f"{option}: {value!r} is not {number}")
    assert cli(root, command, *_CASE, *extra, option, value.replace("_", "")).exit_code in (0, 1)


# --- a case file's region to avoid given empty ------------------------------------------------------


@pytest.mark.parametrize("key", ["avoid_region", "avoid-region", "avoid_provider"])
@pytest.mark.parametrize("command", ["match", "package"])
def test_a_case_files_empty_region_to_avoid_is_refused(tmp_path: Path, command: str, key: str) -> None:
    """`match --case case.json` of `{"avoid_region": ""}` (a script's `"$REGION"`, the variable
    unset) matched as if nothing were to be avoided, exit 0, where `--avoid-region ""` is
    refused (second adversarial pass). A key left out, null or an empty list is none."""
    root = make_root(tmp_path / "d", CLINIC)
    extra = ("--case-ref", "X-1", "--draft") if command == "package" else ()
    case = tmp_path / "case.json"
    base = {"country": "AL", "to": "Lezhë", "needs": "medical"}
    case.write_text(json.dumps({**base, key: " "}), encoding="utf-8")
    one_line_error(cli(root, command, "--case", str(case), *extra), f"case file: {key} is empty")
    for none in (None, []):
        case.write_text(json.dumps({**base, key: none}), encoding="utf-8")
        assert cli(root, command, "--case", str(case), *extra).exit_code == 0


# --- an HSDS export of a category that is no need code ----------------------------------------------


@pytest.mark.parametrize("fmt", ["hsds-json", "hsds-csv"])
def test_an_hsds_export_of_a_category_that_is_no_need_code_is_one_line(tmp_path: Path, fmt: str) -> None:
    """A file whose record holds 'doctor' among its categories (edited by hand or written by
    another tool; every door reads it as medical) stopped `export -f hsds-json` on a KeyError
    traceback. One line names the record and the fix, nothing written."""
    root = make_root(tmp_path / "d", CLINIC)
    _stored_as(root, "al-clinic-1", "categories", ["medical", "doctor"])
    target = tmp_path / "hsds.zip"
    result = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(target))
    assert result.exit_code == 3, (result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "al-clinic-1: category 'doctor' is no need code" in lines[0], result.stderr
    assert not target.exists()


# --- a list field stored as a number, yes/no or object -----------------------------------------------


_LIST_FIELDS = ["sexes", "languages", "categories", "exploitation_types", "documents_required"]


@pytest.mark.parametrize(
    ("field", "value"),
    [(field, value) for field in _LIST_FIELDS for value in (7, True, {"town": "Orosh"})]
    + [("coverage", 7), ("coverage", True)],  # (an object is a coverage record)
)
def test_a_list_stored_as_another_kind_of_value_is_one_line(
    tmp_path: Path, field: str, value: object
) -> None:
    """A file whose record holds a number, true or an object where a list is written (edited by
    hand or by another tool) stopped every command that read it (`list`, `match`, `export`, ...)
    on an AttributeError traceback. One line names the record and the field, never the value
    (a confidential shelter's could give its town)."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    _stored_as(root, "al-clinic-1", field, value)
    for args in (
        ("directory", "list", "AL"),
        ("match", *_CASE),
        ("directory", "export", "AL", "-f", "hsds-json"),
    ):
        result = cli(root, *args)
        assert result.exit_code == 3, (args, result.output, result.exception)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and f"'al-clinic-1' {field}: a " in lines[0], lines
        assert "where a list of texts is written" in lines[0] and "Orosh" not in lines[0]


# --- a batch line's notes as a number; a coverage object with keys it does not read -----------------


@pytest.mark.parametrize("value", [7, True, 1.5])
def test_a_batch_lines_notes_as_a_number_is_refused_not_an_internal_error(
    tmp_path: Path, value: object
) -> None:
    """A JSON line whose `notes_for` is a number or true failed its case as "internal error
    (TypeError: 'int' object is not iterable); please report it". It is refused as a note that
    is no NEED=TEXT."""
    root = make_root(tmp_path / "d", CLINIC)
    line = {
        "case_id": "c1",
        "country": "AL",
        "to": "Lezhë",
        "needs": "medical",
        "draft": True,
        "notes_for": value,
    }
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = cli(root, "batch", str(cases), "--packages", str(tmp_path / "out"))
    error = json.loads(result.stdout)["error"]
    assert result.exit_code == 1 and "is not NEED=VALUE" in error and "internal error" not in error, error


def test_a_coverage_object_with_keys_it_does_not_read_is_refused(tmp_path: Path) -> None:
    """A file whose coverage is `{"town": "Lezhë"}` (edited by hand) was read as covering no
    region, without a word, and `validate` found nothing. Refused as a damaged record, naming
    the key, as `directory add --json` refuses it."""
    root = make_root(tmp_path / "d", CLINIC)
    _stored_as(root, "al-clinic-1", "coverage", {"town": "Lezhë"})
    result = cli(root, "directory", "list", "AL")
    assert result.exit_code == 3 and "coverage holds keys it does not read: town" in result.stderr
