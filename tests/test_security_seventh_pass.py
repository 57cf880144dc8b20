"""The seventh adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root, one_line_error

# --- formula cells of a workbook whose values were never saved ----------------------------------------


def _workbook(
    path: Path, header: list[str], *rows: list[object], saved: dict[str, str] | None = None
) -> Path:
    """An .xlsx as a script writes it (openpyxl saves a formula without its value); `saved`
    gives some formula cells the value a spreadsheet program would have saved with them."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "providers"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    parts = {}
    with zipfile.ZipFile(buffer) as archive:
        for name in archive.namelist():
            parts[name] = archive.read(name)
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    for cell, value in (saved or {}).items():
        xml = re.sub(
            rf'<c r="{cell}"([^>]*)><f>([^<]*)</f><v\s*/>',
            rf'<c r="{cell}"\1 t="str"><f>\2</f><v>{value}</v>',
            xml,
        )
    parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_formula_cell_whose_value_was_never_saved_is_refused_not_read_as_blank(tmp_path: Path) -> None:
    """A workbook written by a script holds formulas without their values; openpyxl reads such
    a cell as blank, so `import` cleared the phone that `=A2` stood for ("1 updated") and
    stored a new shelter whose `confidential_address` was `=IF(TRUE(),"yes","no")` as public."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    update = _workbook(tmp_path / "update.xlsx", ["id", "phone"], ["al-clinic-1", "=A2"])
    result = cli(root, "directory", "import", "AL", str(update))
    one_line_error(result, "update.xlsx", "cell B2", "formula", "'=A2'", "never saved")
    new = _workbook(
        tmp_path / "new.xlsx",
        ["name", "categories", "city", "region", "address", "phone", "focal_point", "confidential_address"],
        [
            "House",
            "shelter",
            "Lezhë",
            "AL-08",
            "Rruga Tjeter 5",
            "+355 22 000 002",
            "F",
            '=IF(TRUE(),"yes","no")',
        ],
    )
    result = cli(root, "directory", "import", "AL", str(new), "--dry-run")
    one_line_error(result, "cell H2", "never saved")
    assert (root / "al.json").read_bytes() == kept


def test_a_batch_case_whose_region_to_avoid_is_an_unsaved_formula_is_refused(tmp_path: Path) -> None:
    """`batch cases.xlsx` read `avoid_region` = `=B2` (never computed) as blank: the traffickers'
    region was not avoided, exit 0."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    cases = _workbook(
        tmp_path / "cases.xlsx",
        ["case_id", "country", "to", "needs", "sex", "avoid_region"],
        ["C-1", "AL", "Lezhë", "shelter", "female", '=CONCAT("AL-","08")'],
    )
    result = cli(root, "batch", str(cases), "-f", "jsonl")
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "cell F2" in result.stderr and "never saved" in result.stderr, result.stderr
    assert '"matched"' not in result.stdout


def test_a_formula_with_its_saved_value_is_read_as_that_value(tmp_path: Path) -> None:
    """What a spreadsheet program saves (the value beside the formula, an empty text too) is
    read as before."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    sheet = _workbook(
        tmp_path / "saved.xlsx",
        ["id", "phone", "notes"],
        ["al-clinic-1", '="+355 22 000 "&"009"', '=""'],
        saved={"B2": "+355 22 000 009", "C2": ""},
    )
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    shown = json.loads(cli(root, "directory", "show", "AL", "al-clinic-1", "-f", "json").stdout)
    assert shown["phone"] == "+355 22 000 009"


# --- huge numbers of small inputs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("many.json", ("directory", "import", "AL")),
        ("many.json", ("directory", "import", "AL", "--format", "hsds", "--dry-run")),
        ("many.json", ("directory", "add", "AL", "--json")),
        ("many.json", ("batch",)),
    ],
)
def test_a_json_of_millions_of_empty_objects_is_refused_before_it_is_parsed(
    tmp_path: Path, name: str, command: tuple[str, ...]
) -> None:
    """A 6 MB file `[{},{},...]` of 2.1 million empty objects took 3.5 minutes and 3 GB of
    memory to refuse (each a row with three problems, each problem a line on stderr), holding
    the directory's lock: 50 MiB of them would take every byte of a laptop."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    source = tmp_path / name
    source.write_text("[" + ",".join(["{}"] * 2_100_000) + "]", encoding="utf-8")
    result = cli(root, *command, str(source))
    one_line_error(result, name, "2,100,001 objects and lists", "split it")
    assert (root / "al.json").read_bytes() == kept


def test_an_import_of_more_rows_than_a_directory_holds_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CSV of two million one-line rows was read whole (52 s, 1.2 GB) before its problems were
    listed; the spreadsheets' bound on rows (500,000) now holds for CSV, JSON and JSON lines."""
    from svcmatch import tabular

    monkeypatch.setattr(tabular, "MAX_ROWS", 50)
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    sheets = {
        "rows.csv": "id,notes\n" + "al-clinic-1,x\n" * 51,
        "rows.jsonl": '{"id": "al-clinic-1"}\n' * 51,
        "rows.json": "[" + ",".join(['{"id": "al-clinic-1"}'] * 51) + "]",
    }
    for name, text in sheets.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = cli(root, "directory", "import", "AL", str(tmp_path / name))
        one_line_error(result, name, "more than 50 rows")
    assert (root / "al.json").read_bytes() == kept


def test_a_refused_import_stops_reading_after_a_thousand_errors_and_lists_no_more(tmp_path: Path) -> None:
    """A file of thousands of bad rows printed every problem, three lines a row (900,000 lines
    for 300,000 empty records, 22 s); as nothing is written once a row is wrong, reading now
    stops after 1,000 errors and says so, and --skip-invalid lists 1,000 and counts the rest."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    source = tmp_path / "bad.jsonl"
    source.write_text("{}\n" * 3_000, encoding="utf-8")
    refused = cli(root, "directory", "import", "AL", str(source))
    assert refused.exit_code == 1, refused.output
    lines = refused.stderr.splitlines()
    assert len(lines) < 1_010, len(lines)
    assert "stopped reading before row 335 after 1,002 errors" in refused.stderr
    skipped = cli(root, "directory", "import", "AL", str(source), "--skip-invalid")
    assert skipped.exit_code == 1, skipped.output
    assert len(skipped.stderr.splitlines()) < 1_010
    assert "... and 8,000 more, not listed (8,000 errors, 0 notes)" in skipped.stderr


ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="providers">
<table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>\
<table:table-cell office:value-type="string"><text:p>phone</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>al-clinic-1</text:p></table:table-cell>\
CELL</table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""


@pytest.mark.parametrize(
    ("cell", "refused"),
    [
        ('<table:table-cell table:formula="of:=IF([.A4]&gt;&quot;&quot;;[.A4];&quot;x&quot;)"/>', True),
        (
            '<table:table-cell table:formula="of:=[.B1]" office:value-type="string">'
            "<text:p>+355 22 000 009</text:p></table:table-cell>",
            False,
        ),
    ],
)
def test_an_ods_formula_whose_value_was_never_saved_is_refused(
    tmp_path: Path, cell: str, refused: bool
) -> None:
    """The sibling in .ods: calamine read a formula cell without a value (odfpy and other
    scripts write one) as blank, and `import` cleared the phone, "1 updated"."""
    pytest.importorskip("python_calamine")
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    sheet = tmp_path / "p.ods"
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", ODS_CONTENT.replace("CELL", cell))
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    result = cli(root, "directory", "import", "AL", str(sheet))
    if refused:
        one_line_error(result, "p.ods", "row 4 of sheet 'providers'", "formula", "never saved")
    else:
        assert result.exit_code == 0, result.output
        shown = json.loads(cli(root, "directory", "show", "AL", "al-clinic-1", "-f", "json").stdout)
        assert shown["phone"] == "+355 22 000 009"


# --- a website that is a script -------------------------------------------------------------------------

SCRIPT_LINKS = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:text/html,<b>x</b>",
    "vbscript:x",
]


@pytest.mark.parametrize("link", SCRIPT_LINKS)
@pytest.mark.parametrize("door", ["add", "add --json", "edit", "import"])
def test_a_website_that_is_no_web_address_is_refused_at_every_door(
    tmp_path: Path, door: str, link: str
) -> None:
    """`directory edit AL al-clinic-1 --set website=javascript:alert(1)` was stored, and the
    HSDS export wrote it as the service's `url`, which a partner's HSDS tool or web page makes
    a link: a script run on the partner's machine by a click."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    record = {"name": "Legal Aid", "categories": "legal", "city": "Lezhë", "region": "AL-08", "website": link}
    if door == "add":
        result = cli(root, "directory", "add", "AL", *(f"--{key}={value}" for key, value in record.items()))
    elif door == "add --json":
        result = cli(
            root,
            "directory",
            "add",
            "AL",
            "--json",
            "-",
            input=json.dumps({**record, "categories": ["legal"]}),
        )
    elif door == "edit":
        result = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"website={link}")
    else:
        sheet = tmp_path / "new.csv"
        sheet.write_text("id,website\nal-clinic-1," + json.dumps(link) + "\n", encoding="utf-8")
        result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code in (1, 2), (result.exit_code, result.output)
    assert "is not a web address" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == kept
    for fine in ("https://legal.example.org/a?b=1", "www.legal.example.org"):
        assert cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"website={fine}").exit_code == 0


def test_the_hsds_export_never_writes_a_script_link(tmp_path: Path) -> None:
    """A feed's `url: javascript:alert(1)` was imported as the website (it is a URI), or kept
    aside and written back by the HSDS export, and a website stored by another tool went out
    as it was; `validate` said nothing of it."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    feed = tmp_path / "feed.json"
    service = {
        "id": "11111111-1111-4111-8111-111111111111",
        "name": "Xsvc",
        "url": "javascript:alert(1)",
        "status": "active",
        "organization": {
            "id": "22222222-2222-4222-8222-222222222222",
            "name": "Org",
            "website": "data:text/html,<script>alert(2)</script>",
        },
    }
    feed.write_text(json.dumps(service), encoding="utf-8")
    assert cli(root, "directory", "import", "AL", str(feed), "--format", "hsds").exit_code == 0
    document = json.loads((root / "al.json").read_text(encoding="utf-8"))
    document["providers"]["al-clinic-1"]["website"] = "javascript:alert(3)"  # written by another tool
    (root / "al.json").write_text(json.dumps(document, indent=2, sort_keys=True), encoding="utf-8")
    shown = cli(root, "directory", "export", "AL", "-f", "hsds-json")
    assert shown.exit_code == 0, shown.output
    assert "javascript:" not in shown.stdout and "data:text" not in shown.stdout
    assert "left out" in shown.stderr
    folder = tmp_path / "hsds"
    assert cli(root, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(folder)).exit_code == 0
    tables = "".join(path.read_text(encoding="utf-8") for path in folder.glob("*.csv"))
    assert "javascript:" not in tables and "data:text" not in tables
    found = cli(root, "directory", "validate", "AL")
    assert "'javascript:alert(3)' is not a web address" in found.stdout + found.stderr


# --- svcmatch's own HSDS package that its import cannot read ---------------------------------------------


def test_an_hsds_csv_export_never_writes_a_cell_its_own_import_refuses(tmp_path: Path) -> None:
    """A note of 200,000 characters (stored through `add --json`) went into the hsds-csv
    package whole, and `import --format hsds` of that package then failed ("field larger than
    field limit"): svcmatch could not read its own export back, where the CSV export refuses
    such a value. The package is refused the same way, nothing written; hsds-json keeps it."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    record = {
        "name": "Long",
        "categories": ["medical"],
        "city": "Lezhë",
        "region": "AL-08",
        "notes": "n" * 200_000,
    }
    assert cli(root, "directory", "add", "AL", "--json", "-", input=json.dumps(record)).exit_code == 0
    folder = tmp_path / "package"
    result = cli(root, "directory", "export", "AL", "-f", "hsds-csv", "-o", str(folder))
    one_line_error(result, "200,000 characters", "nothing was written", "hsds-json")
    assert not folder.exists()
    assert not list(tmp_path.glob(".*hsds-part"))
    feed = tmp_path / "feed.json"
    assert cli(root, "directory", "export", "AL", "-f", "hsds-json", "-o", str(feed)).exit_code == 0
    assert cli(root, "directory", "import", "AL", str(feed), "--format", "hsds", "--dry-run").exit_code == 0


# --- phantom duplicates from add and from one sheet --------------------------------------------------


def test_add_never_adds_a_record_that_is_already_there(tmp_path: Path) -> None:
    """`directory add` (or a script that ran it again after a timeout) added "Public Clinic,
    Lezhë" beside the stored al-clinic-1 with exit 0, and `add --json` of a list holding one
    record twice added both: phantom providers that matching ranked beside the real one, where
    `import` refuses such a row as a likely duplicate. A confidential shelter is compared by
    name and region, so the refusal never confirms its town."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    fields = ["--categories", "medical", "--region", "AL-08"]
    again = cli(root, "directory", "add", "AL", "--name", "public clinic", "--city", "Lezhe", *fields)
    one_line_error(again, "likely a duplicate of al-clinic-1 (same name and town)", "--allow-duplicates")
    for town in ("Orosh", "Lezhë"):
        shelter = cli(root, "directory", "add", "AL", "--name", "Shelter Hope", "--city", town, *fields)
        one_line_error(shelter, "likely a duplicate of al-hope-1 (same name and region)")
    record = {"name": "Legal Aid", "categories": ["legal"], "city": "Lezhë", "region": "AL-08"}
    twice = cli(root, "directory", "add", "AL", "--json", "-", input=json.dumps([record, record]))
    one_line_error(twice, "record 2", "likely a duplicate of record 1")
    assert (root / "al.json").read_bytes() == kept
    forced = cli(
        root,
        "directory",
        "add",
        "AL",
        "--name",
        "Public Clinic",
        "--city",
        "Lezhë",
        *fields,
        "--allow-duplicates",
    )
    assert forced.exit_code == 0, forced.output


def test_an_import_never_adds_one_new_row_twice(tmp_path: Path) -> None:
    """A sheet that held a new service point twice (pasted twice, or one office's list appended
    to another's) imported both rows, "2 added": the duplicate check looked only at the stored
    records. The later row is now refused as a duplicate of the earlier one."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    sheet = tmp_path / "new.csv"
    sheet.write_text(
        "name,categories,city,region\nLegal Aid,legal,Lezhë,AL-08\nLEGAL AID,legal,Lezhe,AL-08\n",
        encoding="utf-8",
    )
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code == 1, result.output
    assert "row 3, id: likely a duplicate of row 2 (same name and town)" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == kept
    allowed = cli(root, "directory", "import", "AL", str(sheet), "--allow-duplicates")
    assert allowed.exit_code == 0 and "2 added" in allowed.stderr, allowed.output


def test_an_hsds_feed_of_millions_of_tiny_records_is_refused_before_it_is_converted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 24 MB services.csv of 1.5 million one-line rows ran for more than two minutes (each
    service some 150 µs, every row held in memory) before the import said anything; a table of
    tiny phone rows held millions of objects. Services are bounded like the rows of a table
    (500,000), and the rows of a package together like the objects of a JSON document."""
    from svcmatch.hsds import source

    monkeypatch.setattr(source, "MAX_ROWS", 50)
    monkeypatch.setattr(source, "MOST_JSON_CONTAINERS", 200)
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    services = tmp_path / "services"
    services.mkdir()
    (services / "services.csv").write_text(
        "id,name,status\n" + "".join(f"{n},x,active\n" for n in range(51)), encoding="utf-8"
    )
    phones = tmp_path / "phones"
    phones.mkdir()
    (phones / "services.csv").write_text("id,name,status\n1,x,active\n", encoding="utf-8")
    (phones / "phones.csv").write_text(
        "id,service_id,number\n" + "".join(f"{n},1,1\n" for n in range(200)), encoding="utf-8"
    )
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps([{"id": str(n), "name": "x", "status": "active"} for n in range(51)]), encoding="utf-8"
    )
    for given, words in (
        (services, "more than 50 services"),
        (phones, "more than 200 rows"),
        (feed, "51 services"),
    ):
        result = cli(root, "directory", "import", "AL", str(given), "--format", "hsds")
        one_line_error(result, words, "split")
    assert (root / "al.json").read_bytes() == kept


def test_an_answers_file_that_names_one_referral_many_times_reads_the_directory_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`referral update --from answers.csv` read the directory file and the referral's events
    again for every row, to check its note: 200,000 rows took 50 s before the first answer was
    even judged (20,000: 14 s). Each referral's shelter is looked up once."""
    from test_security_third_pass import open_referrals

    from svcmatch.cli import referral_cmd

    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    open_referrals(root, tmp_path / "pkg.json", "medical")
    (referral,) = [path.name for path in (root / "referrals" / "al").iterdir()]
    reads = []
    real = referral_cmd.load_directory
    monkeypatch.setattr(referral_cmd, "load_directory", lambda *a, **k: reads.append(a) or real(*a, **k))
    answers = tmp_path / "answers.csv"
    answers.write_text("id,status,note\n" + f"{referral},in_progress,n\n" * 2_000, encoding="utf-8")
    result = cli(root, "referral", "update", "--from", str(answers))
    assert result.exit_code == 2 and "cannot become in_progress" in result.stderr, result.output
    assert len(reads) <= 2, len(reads)


# --- whether a confidential shelter's point is a town's centre -----------------------------------------


def test_no_output_says_whether_a_confidential_shelters_point_is_a_towns_centre(tmp_path: Path) -> None:
    """`directory geocode` places a shelter without coordinates at its town's centre and marks
    them approximate; `show`, `export` (every format), `history` and the HSDS export then said
    `coordinates_approximate: yes` beside the withheld point. With the public ~11 km cell that
    every match gives, "yes" names the gazetteer town in that cell: Orosh shares its cell with
    two villages, and 80% of Morocco's and Nigeria's towns are alone in theirs. The flag is
    withheld like the point, and a re-import of a redacted export keeps it."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    turned = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "coordinates_approximate=true")
    assert turned.exit_code == 0, turned.output
    outputs = {
        "show": cli(root, "directory", "show", "AL", "al-hope-1").stdout,
        "show json": cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json").stdout,
        "history": cli(root, "directory", "history", "AL", "al-hope-1", "-f", "json").stdout,
        "export csv": cli(root, "directory", "export", "AL").stdout,
        "export json": cli(root, "directory", "export", "AL", "-f", "json").stdout,
    }
    for name, text in outputs.items():
        if name == "export csv":
            header, _clinic, hope = text.lstrip("\ufeff").splitlines()[:3]
            column = header.split(",").index("coordinates_approximate")
            assert hope.split(",")[column] == "", hope
        elif name == "export json":
            (shown,) = [r for r in json.loads(text) if r["id"] == "al-hope-1"]
            assert shown["coordinates_approximate"] is None
        else:
            assert re.search(r"coordinates_approximate\W+(true|yes)", text) is None, (name, text)
    feed = json.loads(cli(root, "directory", "export", "AL", "-f", "hsds-json").stdout)
    (service,) = [s for s in feed if "Hope" in s["name"]]
    assert "coordinates_approximate" not in json.dumps(service["attributes"])
    files = "".join(path.read_text(encoding="utf-8") for path in (root / "history" / "al").glob("*.json"))
    assert re.search(r'"coordinates_approximate": true', files) is None
    for fmt in ("csv", "json"):
        redacted = tmp_path / f"al.{fmt}"
        assert cli(root, "directory", "export", "AL", "-o", str(redacted)).exit_code == 0
        again = cli(root, "directory", "import", "AL", str(redacted))
        assert again.exit_code == 0 and "0 updated" in again.stderr, again.output
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-hope-1"]
    assert stored["coordinates_approximate"] is True


# --- a geocode that races another writer -----------------------------------------------------------------


@pytest.mark.parametrize("change", [{"city": "Rrëshen"}, {"confidential_address": True}])
def test_geocode_never_writes_or_shows_a_point_for_a_record_changed_during_its_look_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: dict[str, object]
) -> None:
    """`directory geocode` looks up outside the lock (online, minutes) and then wrote every
    fill to a record still without coordinates: a town changed meanwhile got the old town's
    point (the shelter ranked from the wrong place), and a shelter marked confidential
    meanwhile had its point and town printed in the table, as looked up while it was public."""
    import dataclasses

    from svcmatch.cli import geo_cmds
    from svcmatch.storage import DirectoryStore

    unplaced = dataclasses.replace(
        SHELTER, id="al-new-1", name="New House", latitude=None, longitude=None, confidential_address=False,
        city="Lezhë", address="Rruga Public 9",
    )  # fmt: skip
    root = make_root(tmp_path / "d", unplaced, CLINIC)
    real = geo_cmds.geo.geocode_offline

    def racing(directory: object) -> object:
        found = real(directory)  # type: ignore[arg-type]
        with DirectoryStore("AL", root).transaction(author="other office") as transaction:
            current = transaction.get("al-new-1")
            assert current is not None
            transaction.put(current.with_changes(**change))
        return found

    monkeypatch.setattr(geo_cmds.geo, "geocode_offline", racing)
    result = cli(root, "directory", "geocode", "AL", "-f", "json")
    assert result.exit_code == 0, result.output
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-new-1"]
    assert stored["latitude"] is None and stored["longitude"] is None
    (row,) = json.loads(result.stdout)
    assert row["latitude"] is None and "Lezh" not in json.dumps(row) and "changed during" in row["skipped"]


# --- merged cells ------------------------------------------------------------------------------------------


def _merged_workbook(
    path: Path, header: list[str], rows: list[list[object]], *ranges: str, title: bool
) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "providers"
    if title:
        sheet.append(["Providers of Albania, as the office keeps them"])
        sheet.append([])
    for row in (header, *rows):
        sheet.append(row)
    for cells in ranges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def test_merged_cells_in_the_rows_read_are_refused_not_read_as_blank(tmp_path: Path) -> None:
    """A sheet kept by hand merges a column's cells where rows share a value (one focal point
    for two service points): openpyxl gives the value to the first row only, and `import`
    cleared the confidential shelter's focal point ("2 updated"); in `batch`, the second case
    of a merged `avoid_region` avoided nothing. A merged title above the header is fine."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    sheet = _merged_workbook(
        tmp_path / "merged.xlsx",
        ["id", "focal_point", "notes"],
        [["al-clinic-1", "Bora", "x"], ["al-hope-1", None, "y"]],
        "B2:B3",
        title=False,
    )
    one_line_error(cli(root, "directory", "import", "AL", str(sheet)), "cells B2:B3", "merged", "unmerge")
    assert (root / "al.json").read_bytes() == kept
    cases = _merged_workbook(
        tmp_path / "cases.xlsx",
        ["case_id", "country", "to", "needs", "sex", "avoid_region"],
        [
            ["C-1", "AL", "Lezhë", "shelter", "female", "AL-08"],
            ["C-2", "AL", "Lezhë", "shelter", "female", None],
        ],
        "F2:F3",
        title=False,
    )
    result = cli(root, "batch", str(cases), "-f", "jsonl")
    assert result.exit_code == 2 and "cells F2:F3" in result.stderr, result.output
    titled = _merged_workbook(
        tmp_path / "titled.xlsx", ["id", "notes"], [["al-clinic-1", "x"]], "A1:C1", title=True
    )
    assert cli(root, "directory", "import", "AL", str(titled)).exit_code == 0


def test_merged_cells_of_an_ods_are_refused_too(tmp_path: Path) -> None:
    """The sibling in .ods: calamine reads the cells a merged range covers
    (`table:covered-table-cell`) as blank, and `import` cleared the second row's phone."""
    pytest.importorskip("python_calamine")
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    merged = (
        '<table:table-cell table:number-rows-spanned="2" office:value-type="string">'
        "<text:p>+355 22 000 009</text:p></table:table-cell></table:table-row>"
        '<table:table-row><table:table-cell office:value-type="string"><text:p>al-hope-1</text:p>'
        "</table:table-cell><table:covered-table-cell/>"
    )
    sheet = tmp_path / "p.ods"
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", ODS_CONTENT.replace("CELL", merged))
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    one_line_error(cli(root, "directory", "import", "AL", str(sheet)), "cells B4:B5", "merged")
    assert (root / "al.json").read_bytes() == kept


def test_a_formula_whose_saved_value_is_an_error_is_refused_not_stored(tmp_path: Path) -> None:
    """A lookup that failed in the spreadsheet (`=VLOOKUP(...)` showing `#N/A`) was imported as
    the text "#N/A": "1 updated", the confidential shelter's focal point replaced by it."""
    root = make_root(tmp_path / "d", SHELTER, CLINIC)
    kept = (root / "al.json").read_bytes()
    sheet = _workbook(
        tmp_path / "lookup.xlsx", ["id", "focal_point"], ["al-hope-1", "=VLOOKUP(A2,Contacts!A:B,2,FALSE)"]
    )
    with zipfile.ZipFile(sheet) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        r'<c r="B2"([^>]*)><f>([^<]*)</f><v\s*/>', r'<c r="B2"\1 t="e"><f>\2</f><v>#N/A</v>', xml
    ).encode("utf-8")
    with zipfile.ZipFile(sheet, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    result = cli(root, "directory", "import", "AL", str(sheet))
    one_line_error(result, "cell B2", "#N/A", "VLOOKUP", "failed")
    assert (root / "al.json").read_bytes() == kept
