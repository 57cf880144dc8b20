"""`svcmatch directory init/add/edit/remove/show/list/stats/history` through CliRunner."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import run_directory as run

from svcmatch.cli import main
from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore, file_lock, load_directory

RECENT = dt.date.today() - dt.timedelta(days=45)
SHELTER = Provider(
    id="al-shk-0001",
    name="Strehëza Shpresa",
    categories=("shelter", "psychosocial"),
    city="Shkodër",
    region="AL-10",
    address="Rruga e Fshehtë 1",
    latitude=42.0683,
    longitude=19.5126,
    confidential_address=True,
    sexes=("female",),
    languages=("sq", "en"),
    phone="+355 22 000 001",
    verified_on=RECENT,
)
LEGAL = Provider(
    id="al-tir-0002",
    name="Ndihma Ligjore",
    categories=("legal",),
    city="Tiranë",
    region="AL-11",
    status="inactive",
    coverage=Coverage("national"),
)
JOBS = Provider(
    id="al-tir-0003",
    name="=Punë Tani",
    categories=("employment", "vocational_training"),
    city="Tiranë",
    region="AL-11",
    address="Rruga Kavajës 5",
    verified_on=dt.date(2020, 5, 1),
)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no ./directories: nothing may fall back to the checkout's files
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    store = DirectoryStore("AL", tmp_path / "dirs")
    store.create(title="Albania test")
    with store.transaction(author="setup", action="add") as transaction:
        for provider in (SHELTER, LEGAL, JOBS):
            transaction.put(provider)
    return tmp_path / "dirs"


def fails(result: Result, code: int, message: str) -> None:
    """The command failed with one line naming the problem, and no traceback."""
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("svcmatch: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


# --- list ----------------------------------------------------------------------------------------

LIST_TABLE = f"""\
id           name              categories                      city    region    status    verified_on
-----------  ----------------  ------------------------------  ------  --------  --------  -------------
al-shk-0001  Strehëza Shpresa  shelter|psychosocial                    AL-10     active    {RECENT}
al-tir-0002  Ndihma Ligjore    legal                           Tiranë  AL-11     inactive
al-tir-0003  =Punë Tani        employment|vocational_training  Tiranë  AL-11     active    2020-05-01
"""
LIST_JSON = f"""\
[
  {{
    "id": "al-shk-0001",
    "name": "Strehëza Shpresa",
    "categories": [
      "shelter",
      "psychosocial"
    ],
    "city": "",
    "region": "AL-10",
    "status": "active",
    "verified_on": "{RECENT}"
  }},
  {{
    "id": "al-tir-0002",
    "name": "Ndihma Ligjore",
    "categories": [
      "legal"
    ],
    "city": "Tiranë",
    "region": "AL-11",
    "status": "inactive",
    "verified_on": null
  }},
  {{
    "id": "al-tir-0003",
    "name": "=Punë Tani",
    "categories": [
      "employment",
      "vocational_training"
    ],
    "city": "Tiranë",
    "region": "AL-11",
    "status": "active",
    "verified_on": "2020-05-01"
  }}
]
"""
LIST_JSONL = (
    f'{{"id": "al-shk-0001", "name": "Strehëza Shpresa", "categories": ["shelter", "psychosocial"], '
    f'"city": "", "region": "AL-10", "status": "active", "verified_on": "{RECENT}"}}\n'
    '{"id": "al-tir-0002", "name": "Ndihma Ligjore", "categories": ["legal"], "city": "Tiranë", '
    '"region": "AL-11", "status": "inactive", "verified_on": null}\n'
    '{"id": "al-tir-0003", "name": "=Punë Tani", "categories": ["employment", "vocational_training"], '
    '"city": "Tiranë", "region": "AL-11", "status": "active", "verified_on": "2020-05-01"}\n'
)
LIST_CSV = f"""\
id,name,categories,city,region,status,verified_on
al-shk-0001,Strehëza Shpresa,shelter|psychosocial,,AL-10,active,{RECENT}
al-tir-0002,Ndihma Ligjore,legal,Tiranë,AL-11,inactive,
al-tir-0003,'=Punë Tani,employment|vocational_training,Tiranë,AL-11,active,2020-05-01
"""
LIST_MARKDOWN = f"""\
| id | name | categories | city | region | status | verified_on |
|---|---|---|---|---|---|---|
| al-shk-0001 | Strehëza Shpresa | shelter\\|psychosocial |  | AL-10 | active | {RECENT} |
| al-tir-0002 | Ndihma Ligjore | legal | Tiranë | AL-11 | inactive |  |
| al-tir-0003 | =Punë Tani | employment\\|vocational\\_training | Tiranë | AL-11 | active | 2020-05-01 |
"""


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("table", LIST_TABLE),
        ("json", LIST_JSON),
        ("jsonl", LIST_JSONL),
        ("csv", LIST_CSV),
        ("markdown", LIST_MARKDOWN),
    ],
)
def test_list_in_every_format(root: Path, fmt: str, expected: str) -> None:
    result = run(root, "list", "AL", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected
    assert result.stderr == ""
    assert "Rruga" not in result.stdout and "42.06" not in result.stdout
    assert "Shkodër" not in result.stdout  # the town of a confidential shelter is withheld too


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        (["--category", "lawyer"], ["al-tir-0002"]),
        (["--category", "livelihood"], ["al-tir-0003"]),
        (["--category", "shelter", "--category", "legal"], ["al-shk-0001", "al-tir-0002"]),
        (["--needs", "lawyer"], ["al-tir-0002"]),  # as match names it (the lead's note)
        (["--need", "shelter", "--category", "legal"], ["al-shk-0001", "al-tir-0002"]),
        (["--region", "al-11"], ["al-tir-0002", "al-tir-0003"]),
        (["--status", "inactive"], ["al-tir-0002"]),
        (["--region", "AL-10", "--status", "inactive"], []),
    ],
)
def test_list_filters(root: Path, options: list[str], ids: list[str]) -> None:
    result = run(root, "list", "Albania", *options, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ids


def test_add_takes_needs_as_match_names_them(root: Path) -> None:
    """`directory add AL ... --needs shelter` said "no option --needs (did you mean --name or
    --notes?)": match takes --needs, and so do add and list now, as --category."""
    result = run(
        root, "add", "AL", "--name", "Need Words Centre", "--needs", "shelter,lawyer", "--region", "AL-11"
    )
    assert result.exit_code == 0, result.output
    shown = json.loads(run(root, "show", "AL", result.stdout.strip(), "--format", "json").stdout)
    assert shown["categories"] == ["shelter", "legal"]


def test_list_of_nothing_says_so(root: Path) -> None:
    assert run(root, "list", "AL", "--status", "temporarily_closed").stdout == "(none)\n"


def test_sample_data_is_announced_on_stderr(tmp_path: Path) -> None:
    store = DirectoryStore("MA", tmp_path)
    store.create(sample=True)
    result = run(tmp_path, "list", "MA")
    assert result.exit_code == 0
    assert result.stderr == f"svcmatch: note: {store.path} is SAMPLE data (fictional providers)\n"


# --- show ----------------------------------------------------------------------------------------

SHOW_TABLE = """\
field                     value
------------------------  --------------
id                        al-tir-0002
name                      Ndihma Ligjore
organization_type
categories                legal
city                      Tiranë
address
region                    AL-11
latitude
longitude
coordinates_approximate   no
coverage                  national
outreach                  no
sexes
min_age
max_age
unaccompanied_minors      no
accompanying_children     no
vot_specialised           no
official_status_required  no
exploitation_types
languages
disability_access         no
phone
email
website
focal_point
capacity_available
capacity_updated
status                    inactive
verified_on
verified_by
confidential_address      no
documents_required
how_to_refer
notes
extra                     {}
revision                  1
"""

SHOW_CSV = """\
field,value
id,al-tir-0002
name,Ndihma Ligjore
organization_type,
categories,legal
city,Tiranë
address,
region,AL-11
latitude,
longitude,
coordinates_approximate,no
coverage,national
outreach,no
sexes,
min_age,
max_age,
unaccompanied_minors,no
accompanying_children,no
vot_specialised,no
official_status_required,no
exploitation_types,
languages,
disability_access,no
phone,
email,
website,
focal_point,
capacity_available,
capacity_updated,
status,inactive
verified_on,
verified_by,
confidential_address,no
documents_required,
how_to_refer,
notes,
extra,{}
revision,1
"""

SHOW_MARKDOWN = """\
| field | value |
|---|---|
| id | al-tir-0002 |
| name | Ndihma Ligjore |
| organization\\_type |  |
| categories | legal |
| city | Tiranë |
| address |  |
| region | AL-11 |
| latitude |  |
| longitude |  |
| coordinates\\_approximate | no |
| coverage | national |
| outreach | no |
| sexes |  |
| min\\_age |  |
| max\\_age |  |
| unaccompanied\\_minors | no |
| accompanying\\_children | no |
| vot\\_specialised | no |
| official\\_status\\_required | no |
| exploitation\\_types |  |
| languages |  |
| disability\\_access | no |
| phone |  |
| email |  |
| website |  |
| focal\\_point |  |
| capacity\\_available |  |
| capacity\\_updated |  |
| status | inactive |
| verified\\_on |  |
| verified\\_by |  |
| confidential\\_address | no |
| documents\\_required |  |
| how\\_to\\_refer |  |
| notes |  |
| extra | {} |
| revision | 1 |
"""


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("table", SHOW_TABLE),
        ("csv", SHOW_CSV),
        ("markdown", SHOW_MARKDOWN),
    ],
)
def test_show_in_text_formats(root: Path, fmt: str, expected: str) -> None:
    result = run(root, "show", "AL", "al-tir-0002", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected


def test_show_as_json_is_the_stored_record(root: Path) -> None:
    result = run(root, "show", "AL", "al-tir-0002", "--format", "json")
    stored = {**LEGAL.to_record(), "revision": 1}  # as the file holds it: import reads it back
    assert result.stdout == json.dumps(stored, ensure_ascii=False, indent=2) + "\n"
    lines = run(root, "show", "AL", "al-tir-0002", "--format", "jsonl").stdout.splitlines()
    assert lines[0] == '{"field": "id", "value": "al-tir-0002"}'
    assert lines[10] == '{"field": "coverage", "value": "national"}'
    assert len(lines) == len(stored)


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown"])
def test_show_hides_a_confidential_address_unless_asked(root: Path, fmt: str) -> None:
    hidden = run(root, "show", "AL", SHELTER.id, "--format", fmt)
    assert hidden.exit_code == 0
    assert "Fshehtë" not in hidden.stdout and "42.0683" not in hidden.stdout and "19.51" not in hidden.stdout
    assert "latitude" not in hidden.stdout and "Strehëza" in hidden.stdout
    assert "--include-confidential" in hidden.stderr
    shown = run(root, "show", "AL", SHELTER.id, "--format", fmt, "--include-confidential")
    assert "Rruga e Fshehtë 1" in shown.stdout and "42.0683" in shown.stdout


def test_show_unknown_id(root: Path) -> None:
    fails(run(root, "show", "AL", "al-nope"), 2, "no provider 'al-nope' in the AL directory")


# --- init, add, edit, remove ---------------------------------------------------------------------


def test_init_creates_an_empty_directory_and_refuses_twice(tmp_path: Path) -> None:
    result = run(tmp_path / "new", "init", "Ukraine", "--title", "Україна")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"svcmatch: created {tmp_path / 'new' / 'ua.json'}")
    directory = load_directory("UA", tmp_path / "new")
    assert directory.providers == () and directory.info.title == "Україна"
    fails(run(tmp_path / "new", "init", "UA"), 2, "already exists")


def test_writing_to_the_bundled_samples_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    for args in (
        ["add", "AL", "--name", "X", "--category", "legal", "--region", "AL-11"],
        ["remove", "AL", "al-x"],
        ["edit", "AL", "al-x", "--set", "phone=1"],
    ):
        result = CliRunner().invoke(main, ["directory", *args])
        fails(result, 3, "is a bundled sample directory and is read-only")
        assert "`svcmatch directory init AL` creates ./directories/" in result.stderr
    assert not (tmp_path / "directories").exists()


def test_init_without_a_directories_folder_creates_one_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    result = CliRunner().invoke(main, ["directory", "init", "US"])
    assert result.exit_code == 0, result.output
    assert "created ./directories/ in the current folder" in result.stderr
    assert (tmp_path / "directories" / "us.json").is_file()
    assert "us.json" not in result.stderr.split("created directories/us.json")[0]
    again = CliRunner().invoke(main, ["directory", "init", "AL"])
    assert again.exit_code == 0 and "created ./directories/" not in again.stderr
    assert load_directory("AL", tmp_path / "directories").providers == ()


def test_add_with_options(root: Path) -> None:
    result = run(
        root,
        "add",
        "AL",
        "--name",
        "Qendra Jeta",
        "--category",
        "doctor",
        "--category",
        "psychosocial,legal",
        "--region",
        "AL-12",
        "--city",
        "Vlorë",
        "--sex",
        "female",
        "--language",
        "sq",
        "--language",
        "it",
        "--min-age",
        "18",
        "--vot-specialised",
        "--latitude",
        "40,4667",
        "--longitude",
        "19.4897",
        "--coverage",
        "AL-12|AL-05",
        "--verified-on",
        "01.03.2026",
        "--author",
        "Maria",
    )
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"al-vlo-[0-9a-f]{4}\n", result.stdout)
    added = load_directory("AL", root).get(result.stdout.strip())
    assert added == Provider(
        id=result.stdout.strip(),
        name="Qendra Jeta",
        categories=("medical", "psychosocial", "legal"),
        city="Vlorë",
        region="AL-12",
        sexes=("female",),
        languages=("sq", "it"),
        min_age=18,
        vot_specialised=True,
        latitude=40.4667,
        longitude=19.4897,
        verified_on=dt.date(2026, 3, 1),
        coverage=Coverage("regions", ("AL-12", "AL-05")),
    )
    (change,) = DirectoryStore("AL", root).history(added.id)
    assert change.author == "Maria" and change.operation == "add" and change.new["name"] == "Qendra Jeta"


def test_add_from_json_file_and_stdin(root: Path, tmp_path: Path) -> None:
    records = [
        {"name": "Punë për të Rinjtë", "categories": ["employment"], "region": "AL-09"},
        {"id": "al-dur-beef", "name": "Strehë Durrës", "categories": "shelter", "region": "AL-02"},
    ]
    (tmp_path / "new.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    result = run(root, "add", "AL", "--json", str(tmp_path / "new.json"))
    assert result.exit_code == 0, result.output
    first, second = result.stdout.splitlines()
    assert re.fullmatch(r"al-pun-[0-9a-f]{4}", first) and second == "al-dur-beef"
    added, unplaced = result.stderr.splitlines()
    assert added == f"svcmatch: added 2 providers to {root / 'al.json'}"
    assert unplaced.startswith(f"svcmatch: note: 2 of them, {first}, al-dur-beef, have no coordinates:")
    single = run(
        root,
        "add",
        "AL",
        "--json",
        "-",
        input='{"name": "Mjeku", "categories": "medical", "region": "AL-11"}',
    )
    assert single.exit_code == 0, single.output
    assert len(load_directory("AL", root).providers) == 6


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--name", "X", "--region", "AL-11"], None, "add needs --category"),
        # an exact town names its region in the hint; the region is never filled in on its own
        (
            ["--name", "X", "--category", "legal", "--city", "Shkodër"],
            None,
            "Shkodër is in AL-10: --region AL-10",
        ),
        (
            ["--name", "X", "--category", "legal", "--region", "AL-11", "--latitude", "north"],
            None,
            "latitude: 'north' is not a number",
        ),
        (["--name", "X", "--category", "xylophone", "--region", "AL-11"], None, "unknown need 'xylophone'"),
        (["--name", "X", "--category", "legal", "--region", "MA-06"], None, "MA-06"),
        (
            ["--name", "X", "--category", "legal", "--region", "AL-11", "--status", "open"],
            None,
            "status 'open'",
        ),
        (
            ["--name", "X", "--category", "legal", "--region", "AL-11", "--min-age", "30", "--max-age", "18"],
            None,
            "min_age 30 is above max_age 18",
        ),
        (
            ["--json", "-"],
            '[{"name": "A", "categories": "legal", "region": "AL-11"}, {"name": "B", "colour": "red"}]',
            "record 2: unknown fields colour",
        ),
        (
            ["--json", "-"],
            '{"id": "al-tir-0002", "name": "Again", "categories": "legal", "region": "AL-11"}',
            "provider 'al-tir-0002' already exists",
        ),
        (
            ["--json", "-"],
            '{"name": "A",\n "categories": [legal]}',
            "standard input: not valid JSON: Expecting value at line 2, column 17",
        ),
        (["--json", "-"], '"just text"', "holds no provider records"),
        (["--json", "-", "--name", "X"], "{}", "--json cannot be combined with field options"),
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(
    root: Path, args: list[str], stdin: str | None, message: str
) -> None:
    before = (root / "al.json").read_bytes()
    fails(run(root, "add", "AL", *args, input=stdin), 2, message)
    assert (root / "al.json").read_bytes() == before


def test_edit_sets_and_clears_fields(root: Path) -> None:
    result = run(
        root,
        "edit",
        "AL",
        "al-tir-0002",
        "--set",
        "phone=+355 4 222 333",
        "--set",
        "status=temporarily closed",
        "--set",
        "languages=sq|en",
        "--set",
        "city=",
        "--set",
        "unaccompanied-minors=yes",
        "--author",
        "Besa",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == (  # 'temporarily closed' said as read since 2026-12-07
        "svcmatch: edited al-tir-0002: phone, status, languages, city, unaccompanied_minors\n"
        "svcmatch: status: read 'temporarily closed' as temporarily_closed (the code, a space or hyphen "
        "for its _)\n"
    )
    edited = load_directory("AL", root).get("al-tir-0002")
    assert edited == LEGAL.with_changes(
        phone="+355 4 222 333",
        status="temporarily_closed",
        languages=("sq", "en"),
        city="",
        unaccompanied_minors=True,
    )
    change = DirectoryStore("AL", root).history("al-tir-0002")[-1]
    assert (change.author, change.action) == ("Besa", "edit")
    assert change.old == {
        "city": "Tiranë",
        "languages": [],
        "phone": "",
        "status": "inactive",
        "unaccompanied_minors": False,
    }
    again = run(root, "edit", "AL", "al-tir-0002", "--set", "phone=+355 4 222 333")
    assert again.stderr == "svcmatch: al-tir-0002: nothing changed\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["al-tir-0002", "--set", "colour=red"], "unknown field 'colour'"),
        (["al-tir-0002", "--set", "min_age=old"], "min_age: 'old' is not a whole number"),
        (["al-tir-0002", "--set", "verified_on=31.02.2026"], "is not a real date"),
        (
            ["al-tir-0002", "--set", "latitude=95", "--set", "longitude=19"],
            "latitude 95.0 is outside -90..90",
        ),
        (["al-tir-0002", "--set", "phone"], "is not FIELD=VALUE"),
        (["al-tir-0002", "--set", "id=al-other"], "the id of a record cannot change"),
        (["al-tir-0002", "--set", "coverage=radius:-4"], "coverage radius"),
        (["al-nope", "--set", "phone=1"], "no provider 'al-nope'"),
    ],
)
def test_edit_refuses_bad_input(root: Path, args: list[str], message: str) -> None:
    before = (root / "al.json").read_bytes()
    fails(run(root, "edit", "AL", *args), 2, message)
    assert (root / "al.json").read_bytes() == before


def test_remove_keeps_the_last_values_in_the_history(root: Path) -> None:
    result = run(root, "remove", "AL", "al-tir-0003")
    assert result.exit_code == 0 and result.stderr == "svcmatch: removed al-tir-0003 (=Punë Tani)\n"
    assert load_directory("AL", root).get("al-tir-0003") is None
    fails(run(root, "remove", "AL", "al-tir-0003"), 2, "no provider 'al-tir-0003'")
    history = json.loads(run(root, "history", "AL", "al-tir-0003", "--format", "json").stdout)
    assert [entry["operation"] for entry in history] == ["add", "remove"]
    assert history[1]["old"]["name"] == "=Punë Tani" and history[1]["author"] == "tester"


# --- bad countries, damaged files, locks ---------------------------------------------------------


@pytest.mark.parametrize("country", ["../x", "Atlantis", "/etc/passwd", "al.json", ""])
@pytest.mark.parametrize("command", [["list"], ["stats"], ["history"], ["init"], ["show", "{}", "x"]])
def test_bad_countries_are_refused(root: Path, country: str, command: list[str]) -> None:
    args = [country if part == "{}" else part for part in command]
    args = [args[0], country, *args[2:]] if args[0] == "show" else [*args, country]
    fails(run(root, *args), 2, "country")
    assert sorted(p.name for p in root.parent.iterdir()) == ["dirs"]


def test_a_missing_directory_says_how_to_start_one(root: Path) -> None:
    fails(run(root, "list", "MA"), 2, f"svcmatch --directories {root} directory init MA")


def test_a_damaged_file_is_reported_with_path_and_line(root: Path) -> None:
    path = root / "al.json"
    truncated = path.read_text(encoding="utf-8")[:200]
    path.write_text(truncated, encoding="utf-8")
    damaged = path.read_bytes()
    fails(run(root, "list", "AL"), 3, f"{path} line {truncated.count(chr(10)) + 1}, column")
    fails(run(root, "edit", "AL", "al-tir-0002", "--set", "phone=1"), 3, "will not overwrite")
    assert path.read_bytes() == damaged


def test_a_held_lock_gives_exit_4(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SVCMATCH_LOCK_TIMEOUT", "0.1")
    with file_lock(root / "al.json"):
        fails(run(root, "remove", "AL", "al-tir-0002"), 4, "is locked by another writer (waited 0.1 s)")
    assert run(root, "list", "AL").exit_code == 0  # readers never wait


# --- stats and history ---------------------------------------------------------------------------

STATS_TABLE = """\
group         value                      count
------------  -------------------------  -------
total         providers                  3
category      shelter                    1
category      psychosocial               1
category      legal                      1
category      vocational_training        1
category      employment                 1
region        AL-10                      1
region        AL-11                      2
status        active                     2
status        inactive                   1
verification  stale (12 months or more)  1
verification  never verified             1
"""
STATS_CSV = """\
group,value,count
total,providers,3
category,shelter,1
category,psychosocial,1
category,legal,1
category,vocational_training,1
category,employment,1
region,AL-10,1
region,AL-11,2
status,active,2
status,inactive,1
verification,stale (12 months or more),1
verification,never verified,1
"""


def test_stats(root: Path) -> None:
    assert run(root, "stats", "AL").stdout == STATS_TABLE
    assert run(root, "stats", "AL", "--format", "csv").stdout == STATS_CSV
    assert json.loads(run(root, "stats", "AL", "--format", "json").stdout) == {
        "country": "AL",
        "providers": 3,
        "by_category": {
            "shelter": 1,
            "psychosocial": 1,
            "legal": 1,
            "vocational_training": 1,
            "employment": 1,
        },
        "by_region": {"AL-10": 1, "AL-11": 2},
        "by_status": {"active": 2, "inactive": 1},
        "stale_months": 12,
        "stale": ["al-tir-0003"],
        "never_verified": ["al-tir-0002"],
        "advisories": {},  # issue 12: `directory advise`
    }
    assert json.loads(run(root, "stats", "AL", "--stale-months", "1", "--format", "json").stdout)[
        "stale"
    ] == ["al-shk-0001", "al-tir-0003"]


HISTORY_CSV = """\
time,author,action,change,provider,field,old,new
T,setup,add,add,al-shk-0001,address,,(withheld: confidential shelter)
T,setup,add,add,al-shk-0001,city,,(withheld: confidential shelter)
T,setup,add,add,al-shk-0001,latitude,,(withheld: confidential shelter)
T,setup,add,add,al-shk-0001,longitude,,(withheld: confidential shelter)
T,tester,edit,edit,al-shk-0001,address,(withheld: confidential shelter),(withheld: confidential shelter)
T,tester,edit,edit,al-shk-0001,phone,+355 22 000 001,+355 22 999 999
"""


def test_history_shows_changes_and_hides_confidential_addresses(root: Path) -> None:
    result = run(
        root, "edit", "AL", SHELTER.id, "--set", "address=Rruga e Re 2", "--set", "phone=+355 22 999 999"
    )
    assert result.exit_code == 0, result.output
    history = run(root, "history", "AL", SHELTER.id, "--format", "csv")
    assert history.exit_code == 0, history.output
    times = re.findall(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", history.stdout, re.MULTILINE)
    assert len(times) == history.stdout.count("\n") - 1
    rows = re.sub(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "T", history.stdout, flags=re.MULTILINE)
    assert [
        line for line in rows.splitlines() if "confidential shelter)" in line or "tester" in line
    ] == HISTORY_CSV.splitlines()[1:]
    assert rows.splitlines()[0] == HISTORY_CSV.splitlines()[0]
    assert "Fshehtë" not in history.stdout and "Rruga e Re" not in history.stdout
    stored = "".join(path.read_text(encoding="utf-8") for path in (root / "history").rglob("*.json"))
    assert "Fshehtë" not in stored and "Rruga e Re" not in stored and "(withheld" in stored


def test_history_of_the_whole_directory_and_unknown_ids(root: Path) -> None:
    entries = json.loads(run(root, "history", "AL", "--format", "json").stdout)
    assert [(e["action"], e["operation"], e["provider"]) for e in entries] == [
        ("init", "meta", None),
        ("add", "add", "al-shk-0001"),
        ("add", "add", "al-tir-0002"),
        ("add", "add", "al-tir-0003"),
    ]
    assert entries[0]["new"] == {"country": "AL", "title": "Albania test"}
    fails(run(root, "history", "AL", "al-nope"), 2, "no history of provider 'al-nope'")


def test_history_of_a_damaged_file_masks_every_address(root: Path) -> None:
    (root / "al.json").write_text("<<<<<<< HEAD\n", encoding="utf-8")
    result = run(root, "history", "AL", JOBS.id)
    assert result.exit_code == 0, result.output
    assert "Rruga Kavajës" not in result.stdout and "(withheld: confidential shelter)" in result.stdout
