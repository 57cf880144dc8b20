"""The nineteenth adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from test_security_second_pass import CLINIC, SHELTER, cli, make_root, one_line_error

from svcmatch.cli import main
from svcmatch.model import parse_coverage

# --- a list item that is no text is said in the file's words ----------------------------------------

#: Python's words for JSON's null, true, false and a list or object, which no file holds.
_PYTHON_WORDS = ("None", "True", "False", "('", "['", "{'")

_CASE = {"country": "AL", "to": "Lezhë", "needs": ["medical"], "sex": "female"}
#: A match on the command line (the case file's `_CASE`).
_MEDICAL = ("--country", "AL", "--to", "Lezhë", "--needs", "medical")
_RECORD = {"name": "Qendra Ligjore", "categories": ["legal"], "city": "Lezhë", "region": "AL-08"}


def _python_free(line: str) -> None:
    assert not any(word in line for word in _PYTHON_WORDS), line


@pytest.mark.parametrize(
    ("key", "items", "said"),
    [
        ("avoid_region", ["AL-11", None], "item 2 of the list is null"),
        ("avoid_region", ["AL-11", ""], "item 2 of the list holds an empty value"),
        ("avoid_provider", [{"id": "al-clinic-1"}], "item 1 of the list is a JSON object"),
        ("language", [True], "item 1 of the list is a yes/no value"),
        ("needs", ["medical", 7], "item 2 of the list is a number"),
    ],
)
def test_a_case_list_item_that_is_no_text_is_said_in_the_files_words(
    tmp_path: Path, key: str, items: list[Any], said: str
) -> None:
    """`"avoid_region": ["AL-11", null]` was refused as "unknown region 'None'" (Python's word
    for null, suggesting regions close to it), a blank item as the tuple ('AL-11', ''), `[true]`
    as "language 'True'". A case file and a batch line name the item and what it is in JSON's
    words."""
    root = make_root(tmp_path / "d", CLINIC)
    case = tmp_path / "case.json"
    case.write_text(json.dumps({**_CASE, key: items}), encoding="utf-8")
    result = cli(root, "match", "--case", str(case))
    one_line_error(result, key, said)
    _python_free(result.stderr)
    line = json.dumps({"case_id": "c1", **_CASE, key: items})
    batch = cli(root, "batch", "-", input=line + "\n")
    error = json.loads(batch.stdout.splitlines()[0])["error"]
    assert key in error and said in error, error
    _python_free(error)


@pytest.mark.parametrize(
    ("value", "said"),
    [([24], "age: a list is not a whole number"), (True, "age: true is not a whole number")],
)
def test_a_case_value_of_another_kind_is_said_in_the_files_words(
    tmp_path: Path, value: Any, said: str
) -> None:
    """`"age": [24]` was refused as "age: [24] is not a whole number", `"top": true` as "True"."""
    root = make_root(tmp_path / "d", CLINIC)
    case = tmp_path / "case.json"
    case.write_text(json.dumps({**_CASE, "age": value}), encoding="utf-8")
    one_line_error(cli(root, "match", "--case", str(case)), said)


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("categories", ["legal", None], "categories: item 2 of the list is null"),
        ("languages", ["sq", True], "languages: item 2 of the list is a yes/no value"),
        (
            "coverage",
            {"kind": "regions", "regions": ["AL-08", False]},
            "coverage: item 2 of the list is a yes/no",
        ),
    ],
)
def test_a_records_list_item_that_is_no_text_is_said_in_the_files_words(
    tmp_path: Path, field: str, value: Any, said: str
) -> None:
    """`directory add --json` and `import` of a record whose categories held null refused it as
    "unknown need 'none'" (closest: social_protection...), a coverage's `false` as "unknown region
    'False'": words of no file. They name the field, the item and its kind (the value itself is not
    quoted: a confidential shelter's list could hold its town)."""
    root = make_root(tmp_path / "d", CLINIC)
    record = tmp_path / "record.json"
    record.write_text(json.dumps([{**_RECORD, field: value}]), encoding="utf-8")
    added = cli(root, "directory", "add", "AL", "--json", str(record))
    one_line_error(added, said)
    _python_free(added.stderr)
    imported = cli(root, "directory", "import", "AL", str(record))
    field_said, item_said = said.split(": ", 1)  # import names the row, the field and its cell
    assert imported.exit_code == 1 and f"row 1, {field_said} " in imported.stderr, imported.output
    assert f"': {item_said}" in imported.stderr, imported.output
    _python_free(imported.stderr)


def test_a_coverage_objects_regions_written_as_text_are_those_regions(tmp_path: Path) -> None:
    """`"coverage": {"kind": "regions", "regions": "AL-08|AL-10"}` was read letter by letter:
    refused as "unknown region 'A'" by import, and made the regions A, L, -, 0, 8 by the library
    (`parse_coverage` without a resolver). Its text is read as a coverage cell's."""
    assert parse_coverage({"kind": "regions", "regions": "AL-08|AL-10"}).regions == ("AL-08", "AL-10")
    root = make_root(tmp_path / "d", CLINIC)
    record = tmp_path / "record.json"
    coverage = {"kind": "regions", "regions": "AL-08|AL-10"}
    record.write_text(json.dumps([{**_RECORD, "id": "al-leg-1", "coverage": coverage}]), encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(record)).exit_code == 0
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-leg-1"]
    assert stored["coverage"] == {"kind": "regions", "regions": ["AL-08", "AL-10"]}


@pytest.mark.parametrize(
    ("key", "items", "said"),
    [("language", ["sq", True], "language: item 2"), ("needs", ["medical", None], "needs: item 2")],
)
def test_a_saved_matchs_list_item_that_is_no_text_is_refused(
    tmp_path: Path, key: str, items: list[Any], said: str
) -> None:
    """A saved match whose case's languages held `true` (edited) gave the package's person
    "Languages: Albanian (sq), True", exit 0: Python's word for a value of no language."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "m.json"
    made = cli(root, "match", *_MEDICAL, "-f", "json", "-o", str(saved))
    assert made.exit_code == 0, made.output
    document = json.loads(saved.read_text(encoding="utf-8"))
    document["case"][key] = items
    saved.write_text(json.dumps(document), encoding="utf-8")
    result = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "json")
    one_line_error(result, str(saved), said)


def test_an_hsds_null_among_objects_is_called_null(tmp_path: Path) -> None:
    """An HSDS feed's `"languages": [{...}, null]` was refused as "languages.1 is an object, not
    an object"; a `minimum_age` of true was noted as 'True' (Python's word)."""
    feed = json.loads((Path(__file__).parent / "fixtures" / "hsds" / "al_shpresa.json").read_text("utf-8"))
    service = feed[0]
    root = make_root(tmp_path / "d", CLINIC)
    nulled = tmp_path / "nulled.json"
    nulled.write_text(json.dumps([{**service, "languages": [*service["languages"], None]}]), encoding="utf-8")
    refused = cli(root, "directory", "import", "AL", str(nulled), "--format", "hsds")
    assert "languages.2 is null, not an object" in refused.stderr, refused.stderr
    aged = tmp_path / "aged.json"
    aged.write_text(json.dumps([{**service, "minimum_age": True}]), encoding="utf-8")
    noted = cli(root, "directory", "import", "AL", str(aged), "--format", "hsds", "--dry-run")
    assert "minimum_age 'true': age true is not a whole number" in noted.stderr, noted.stderr
    assert "True" not in noted.stderr


# --- numbers from the environment read exactly --------------------------------------------------------


def _cli_with(root: Path, env: dict[str, str], *args: str) -> Result:
    return CliRunner(env=env).invoke(main, ["--directories", str(root), *args])


@pytest.mark.parametrize("value", ["1_0", "1e3", "３０"])
def test_a_lock_timeout_that_is_no_plain_number_is_refused(tmp_path: Path, value: str) -> None:
    """`SVCMATCH_LOCK_TIMEOUT=1_0` was read as 10 seconds and `1e3` as 1,000 (Python's float reads
    underscores, exponents and other scripts' digits): no one writes seconds so."""
    root = make_root(tmp_path / "d", CLINIC)
    edit = ("directory", "edit", "AL", "al-clinic-1", "--set", "notes=x")
    result = _cli_with(root, {"SVCMATCH_LOCK_TIMEOUT": value}, *edit)
    one_line_error(result, "SVCMATCH_LOCK_TIMEOUT", value, "is not a number of seconds")
    for plain in ("10", "2.5", " 5 "):
        assert _cli_with(root, {"SVCMATCH_LOCK_TIMEOUT": plain}, *edit).exit_code == 0


def test_a_columns_of_another_scripts_digit_is_no_traceback(tmp_path: Path) -> None:
    """`COLUMNS=²` (a digit to isdigit(), none to int()) stopped `directory list` on a ValueError
    traceback; it is ignored as any COLUMNS that is no number."""
    root = make_root(tmp_path / "d", CLINIC)
    result = _cli_with(root, {"COLUMNS": "²"}, "directory", "list", "AL")
    assert result.exit_code == 0 and result.exception is None, result.output
    assert "Public Clinic" in result.stdout


# --- dates no arrival is planned on ---------------------------------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "1900-01-01", "2025-11-30", "2027-12-05", "9999-12-31"])
def test_an_arrival_a_year_or_more_from_the_package_is_refused(tmp_path: Path, day: str) -> None:
    """`package --arrival 0001-01-01` (or 9999-12-31, a year typed wrong) was written into the
    package as the day she arrives, exit 0, without a word. An arrival more than a year before or
    after the package's day is refused; one within it (made before she travels, or after she
    arrived) is taken, in batch too."""
    root = make_root(tmp_path / "d", CLINIC)
    case = (*_MEDICAL, "--case-ref", "X-1", "--draft")
    today = ("--today", "2026-12-02", "-f", "json")
    one_line_error(cli(root, "package", *case, *today, "--arrival", day), "arrival", day, "more than a year")
    rows = f"case_id,country,to,needs,draft,arrival\nX-1,AL,Lezhë,medical,yes,{day}\n"
    batch = cli(root, "batch", "-", "--packages", str(tmp_path / "p"), "--today", "2026-12-02", input=rows)
    assert "more than a year" in json.loads(batch.stdout)["error"], batch.stdout
    consent = ("--consent-date", "0001-01-01")  # nor a consent given in year 1
    one_line_error(
        cli(root, "package", *_MEDICAL, "--case-ref", "X-1", *consent), "consent date", "before 1900"
    )
    for near in ("2025-12-02", "2026-12-24", "2027-12-02"):
        taken = cli(root, "package", *case, *today, "--arrival", near)
        assert taken.exit_code == 0 and json.loads(taken.stdout)["return"]["arrival"] == near, taken.output


# --- an answers file's cells that are no text ------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        ({"status": ["completed"]}, "status is a list, not text"),
        ({"status": "failed", "reason": [None]}, "reason is a list, not text"),
        ({"status": "accepted", "date": True}, "date is true or false, not text"),
        ({"status": "accepted", "id": ["ref-placeholder"]}, "id is a list, not text"),
    ],
)
def test_an_answers_files_cell_that_is_no_text_is_said_in_the_files_words(
    tmp_path: Path, cells: dict[str, Any], said: str
) -> None:
    """`referral update --from` of a JSON answer whose status was ["completed"] was refused as
    "unknown referral status \\"['completed']\\" (did you mean completed?)", a reason [null] as
    '[None]', a date true as 'True': Python's words. Each is refused as a `by` or `note` of
    another kind was already ("note is an object, not text")."""
    root = make_root(tmp_path / "d", CLINIC)
    package = tmp_path / "p.json"
    made = cli(
        root, "package", *_MEDICAL, "--case-ref", "X-1", "--consent-date", "2026-12-01", "-o", str(package)
    )
    assert made.exit_code == 0, made.output
    opened = cli(root, "referral", "open", "--from", str(package), "-f", "json")
    assert opened.exit_code == 0, opened.output
    referral = json.loads(opened.stdout)[0]["id"]
    answer = {"id": referral, **cells}
    if answer["id"] == ["ref-placeholder"]:
        answer["id"] = [referral]
    answers = tmp_path / "answers.jsonl"
    answers.write_text(json.dumps(answer) + "\n", encoding="utf-8")
    result = cli(root, "referral", "update", "--from", str(answers))
    one_line_error(result, "row 1", said)
    _python_free(result.stderr)


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        ({"met_by": {"name": "IOM"}}, "met_by: a JSON object is not a text"),
        ({"priority": ["urgent"]}, "priority: a list is not a text"),
        ({"prepared_by": False}, "prepared_by: false is not a text"),
        ({"risk": [None]}, "risk: item 1 of the list is null"),
        ({"notes_for": [None]}, "notes_for: item 1 of the list is null"),
    ],
)
def test_a_batch_lines_package_option_that_is_no_text_is_said_in_the_files_words(
    tmp_path: Path, cells: dict[str, Any], said: str
) -> None:
    """`batch --packages` of a JSON line whose met_by was an object wrote the package's "met by"
    as Python's "{'name': 'IOM'}", exit 0; priority ["urgent"] was refused as "['urgent']", a risk
    [null] as "value: ... null" (no key named), notes_for [null] as "'None' is not NEED=VALUE"."""
    root = make_root(tmp_path / "d", CLINIC)
    line = json.dumps({"case_id": "c1", **_CASE, "draft": True, **cells})
    result = cli(root, "batch", "-", "--packages", str(tmp_path / "p"), input=line + "\n")
    error = json.loads(result.stdout.splitlines()[0]).get("error", "")
    assert said in error, result.stdout
    _python_free(error)


@pytest.mark.parametrize(("value", "said"), [([1], "a list"), (True, "true"), (None, "null")])
def test_a_weight_that_is_no_number_is_said_in_the_files_words(tmp_path: Path, value: Any, said: str) -> None:
    """`match --weights` of {"distance": true} was refused as "is not a number: True" (and
    None, [1]): Python's words for what the file holds."""
    root = make_root(tmp_path / "d", CLINIC)
    weights = tmp_path / "w.json"
    weights.write_text(json.dumps({"distance": value}), encoding="utf-8")
    result = cli(root, "match", *_MEDICAL, "--weights", str(weights))
    one_line_error(result, f"weight 'distance' is not a number: {said}")
    _python_free(result.stderr)


def test_an_hsds_true_or_false_where_a_text_is_written_is_never_stored_as_python_writes_it(
    tmp_path: Path,
) -> None:
    """An HSDS feed's `"application_process": false` was imported as the how-to-refer "False",
    exit 0, without a word: Python's word stored in the directory and told to caseworkers. It
    is kept aside with a note, as a value of the wrong kind is."""
    feed = json.loads((Path(__file__).parent / "fixtures" / "hsds" / "al_shpresa.json").read_text("utf-8"))
    root = make_root(tmp_path / "d", CLINIC)
    falsy = tmp_path / "falsy.json"
    falsy.write_text(json.dumps([{**feed[0], "application_process": False}]), encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(falsy), "--format", "hsds")
    assert result.exit_code == 0, result.output
    assert "application_process 'false': false is not text; kept aside" in result.stderr, result.stderr
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]
    assert all(record["how_to_refer"] != "False" for record in stored.values())


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("name", True, "name: true is not a text"),
        ("how_to_refer", False, "how_to_refer: false is not a text"),
        ("address", ["Rruga 1"], "address: a list is not a text"),
        ("focal_point", {"name": "Arta"}, "focal_point: a JSON object is not a text"),
    ],
)
def test_a_records_text_field_of_another_kind_is_refused_not_stored_as_python_writes_it(
    tmp_path: Path, field: str, value: Any, said: str
) -> None:
    """`directory add --json` and `import` of a JSON record stored its name true as "True", its
    how-to-refer false as "False" and an address ["Rruga 1"] as "['Rruga 1']", exit 0, without
    a word: Python's words in the directory, told to caseworkers and partners."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    record = tmp_path / "record.json"
    record.write_text(json.dumps([{**_RECORD, field: value}]), encoding="utf-8")
    one_line_error(cli(root, "directory", "add", "AL", "--json", str(record)), said)
    imported = cli(root, "directory", "import", "AL", str(record))
    assert imported.exit_code == 1 and said.split(": ", 1)[1] in imported.stderr, imported.output
    assert (root / "al.json").read_bytes() == before


@pytest.mark.parametrize("value", [True, ["al-leg-1"]])
def test_a_records_id_of_another_kind_is_refused(tmp_path: Path, value: Any) -> None:
    """`import` of a JSON record whose id was true added a provider with the id "True"; a list
    was refused as "['al-leg-1']" is not a plain word."""
    root = make_root(tmp_path / "d", CLINIC)
    record = tmp_path / "record.json"
    record.write_text(json.dumps([{**_RECORD, "id": value}]), encoding="utf-8")
    imported = cli(root, "directory", "import", "AL", str(record))
    assert imported.exit_code == 1 and "row 1, id:" in imported.stderr, imported.output
    assert "is not a text" in imported.stderr, imported.output
    _python_free(imported.stderr)
    assert set(json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]) == {"al-clinic-1"}


@pytest.mark.parametrize(("part", "key"), [("prepared", "at"), ("consent", "until")])
def test_a_packages_date_of_another_kind_is_said_in_the_files_words(
    tmp_path: Path, part: str, key: str
) -> None:
    """`referral open --from` a package whose prepared time (or consent-until) was true (edited)
    was refused as "the package's prepared date 'True' is not a date": Python's word."""
    root = make_root(tmp_path / "d", CLINIC)
    package = tmp_path / "p.json"
    consent = ("--consent-date", "2026-12-01", "--consent-until", "2099-01-01")
    made = cli(root, "package", *_MEDICAL, "--case-ref", "X-1", *consent, "-o", str(package))
    assert made.exit_code == 0, made.output
    document = json.loads(package.read_text(encoding="utf-8"))
    document[part][key] = True
    package.write_text(json.dumps(document), encoding="utf-8")
    result = cli(root, "referral", "open", "--from", str(package))
    one_line_error(result, "true is not a date")
    _python_free(result.stderr)


@pytest.mark.parametrize("header", ["avoid_province", "avoid_provinces"])
def test_a_column_of_places_to_avoid_is_never_told_to_be_providers(tmp_path: Path, header: str) -> None:
    """A batch column 'avoid_province' was refused with "rename avoid_province to
    avoid_provider" (the closest spelling): the fix, followed, read the traffickers' province as
    a provider's id. A header of places to avoid is told to be avoid_region."""
    root = make_root(tmp_path / "d", CLINIC)
    rows = f"case_id,country,to,needs,{header}\nc1,AL,Lezhë,medical,AL-11\n"
    result = cli(root, "batch", "-", input=rows)
    one_line_error(result, f"rename {header} to avoid_region")


@pytest.mark.parametrize(
    ("field", "day"), [("verified_on", "0001-01-01"), ("capacity_updated", "1899-12-30")]
)
def test_a_record_checked_before_1900_is_refused(tmp_path: Path, field: str, day: str) -> None:
    """`directory edit --set verified_on=0001-01-01` (and an import's 1899-12-30, the day a
    spreadsheet's blank date cell reads) was stored without a word, where `verify --on
    0001-01-01` is refused as out of range. A check or a count of free places is dated from
    1900 on, at every door and in `validate`."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    extra = ("--set", "capacity_available=2") if field == "capacity_updated" else ()
    edit = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"{field}={day}", *extra)
    one_line_error(edit, field, day, "is before 1900")
    rows = f"id,{field}\nal-clinic-1,{day}\n"
    imported = cli(root, "directory", "import", "AL", "-", input=rows)
    assert imported.exit_code == 1 and f"{day} is before 1900" in imported.stderr, imported.output
    assert (root / "al.json").read_bytes() == before
    taken = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"{field}=1900-01-01", *extra)
    assert taken.exit_code == 0, taken.output


@pytest.mark.parametrize("region", ["AL-08", "AL-10"])
def test_a_public_text_giving_a_shelters_street_and_town_is_warned_of_from_any_town(
    tmp_path: Path, region: str
) -> None:
    """A Lezhë clinic's how-to-refer "the safe house at Rruga Zzsecret 77, Orosh" (the
    confidential shelter's street and village) is printed whole by `match` and the package, and
    `validate` said nothing: it searched a public record's texts only for the shelters of its own
    town. A text that names a shelter's town beside its street is searched for it, from any town
    or region; the street alone in another town may be another street."""
    from dataclasses import replace

    city = "Lezhë" if region == "AL-08" else "Shkodër"
    told = replace(
        CLINIC, region=region, city=city, how_to_refer="the safe house at Rruga Zzsecret 77, Orosh"
    )
    street_only = replace(CLINIC, id="al-clinic-2", region=region, city=city, notes="Rruga Zzsecret 77 desk")
    root = make_root(tmp_path / "d", SHELTER, told, street_only)
    result = cli(root, "directory", "validate", "AL")
    warned = [
        line for line in result.output.splitlines() if "street address of a confidential shelter" in line
    ]
    assert [line.split(":")[0] for line in warned] == ["al-clinic-1"], result.output


def test_a_coverage_kind_of_another_kind_is_said_in_the_files_words(tmp_path: Path) -> None:
    """`"coverage": {"kind": ["national"]}` was refused as "coverage kind ['national'] is
    unknown": Python's words for a list."""
    root = make_root(tmp_path / "d", CLINIC)
    record = tmp_path / "record.json"
    record.write_text(json.dumps([{**_RECORD, "coverage": {"kind": ["national"]}}]), encoding="utf-8")
    added = cli(root, "directory", "add", "AL", "--json", str(record))
    one_line_error(added, "coverage kind a list is unknown")
    _python_free(added.stderr)


@pytest.mark.parametrize(
    ("where", "value", "said"),
    [
        (
            ("needs", "medical", 0, "name"),
            True,
            "needs.medical.0.name is a yes/no value (true or false), not a text",
        ),
        (
            ("needs", "medical", 0, "contact", "phone"),
            [1],
            "needs.medical.0.contact.phone is a list, not a text",
        ),
        (("needs", "medical", 0, "referrals", "declined"), True, "referrals.declined is a yes/no value"),
        (("case", "sex"), True, "case.sex is a yes/no value (true or false), not a text"),
        (("destination", "name"), [1], "destination.name is a list, not a text"),
    ],
)
def test_a_saved_matchs_value_of_another_kind_is_refused_never_printed_as_python_writes_it(
    tmp_path: Path, where: tuple[Any, ...], value: Any, said: str
) -> None:
    """`package --from` of a saved match whose provider's name was true (edited, or another
    tool's) printed "**True** (`al-clinic-1`)" in the package, exit 0; a phone [1] "[1]", a
    count of declines true "declined True of its last 0 referrals; the last on None". Each is
    refused naming its place in the file."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "m.json"
    assert cli(root, "match", *_MEDICAL, "-f", "json", "-o", str(saved)).exit_code == 0
    document = json.loads(saved.read_text(encoding="utf-8"))
    holder = document
    for key in where[:-1]:
        holder = holder[key]
    holder[where[-1]] = value
    saved.write_text(json.dumps(document), encoding="utf-8")
    result = cli(root, "package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "md")
    one_line_error(result, str(saved), said)
