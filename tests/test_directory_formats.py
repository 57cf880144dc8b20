"""Exact output of `directory stats|history|validate` in every format they take."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore

TODAY = dt.date.today()
RECENT = TODAY - dt.timedelta(days=30)
OLD = dt.date(2024, 1, 15)
AGE = (TODAY - OLD).days
SHELTER = Provider(
    id="al-str-0001",  # (of its name: an id of its town's letters is warned of by validate)
    name="Strehëza",
    categories=("shelter",),
    city="Shkodër",
    region="AL-10",
    address="Rruga e Fshehtë 1",
    latitude=42.0683,
    longitude=19.5126,
    confidential_address=True,
    focal_point="Arta",
    verified_on=RECENT,
)
DESK = Provider(
    id="al-tir-0002",
    name="=Desk",
    categories=("legal",),
    city="Tiranë",
    region="AL-11",
    latitude=41.3275,
    longitude=19.8187,
    phone="+355 4 222 333",
    verified_on=OLD,
)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    store = DirectoryStore("AL", tmp_path)
    store.create(title="Formats")
    with store.transaction(author="Besa", action="add") as transaction:
        transaction.put(SHELTER)
        transaction.put(DESK)
    with store.transaction(author="Ilir", action="edit") as transaction:
        transaction.put(DESK.with_changes(phone="+355 4 999 999", address="Rruga 2"))
    return tmp_path


def run(root: Path, *args: str) -> Result:
    if args[0] in ("validate", "stats"):  # judged on the day TODAY was taken, even past midnight
        args = (*args, "--today", TODAY.isoformat())
    result = CliRunner().invoke(main, ["--directories", str(root), "directory", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


STATS = {
    "jsonl": (
        '{"group": "total", "value": "providers", "count": 2}\n'
        '{"group": "category", "value": "shelter", "count": 1}\n'
        '{"group": "category", "value": "legal", "count": 1}\n'
        '{"group": "region", "value": "AL-10", "count": 1}\n'
        '{"group": "region", "value": "AL-11", "count": 1}\n'
        '{"group": "status", "value": "active", "count": 2}\n'
        '{"group": "verification", "value": "stale (12 months or more)", "count": 1}\n'
        '{"group": "verification", "value": "never verified", "count": 0}\n'
    ),
    "markdown": (
        "| group | value | count |\n"
        "|---|---|---|\n"
        "| total | providers | 2 |\n"
        "| category | shelter | 1 |\n"
        "| category | legal | 1 |\n"
        "| region | AL-10 | 1 |\n"
        "| region | AL-11 | 1 |\n"
        "| status | active | 2 |\n"
        "| verification | stale (12 months or more) | 1 |\n"
        "| verification | never verified | 0 |\n"
    ),
}


@pytest.mark.parametrize("fmt", sorted(STATS))
def test_stats(root: Path, fmt: str) -> None:
    result = run(root, "stats", "AL", "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout == STATS[fmt]


# The history of one provider: added by Besa, then two fields edited by Ilir (times masked as T).
HISTORY = {
    "table": """\
time                  author    action    change    provider     field        old             new
--------------------  --------  --------  --------  -----------  -----------  --------------  --------------
T                     Besa      add       add       al-tir-0002  categories                   legal
T                     Besa      add       add       al-tir-0002  city                         Tiranë
T                     Besa      add       add       al-tir-0002  latitude                     41.3275
T                     Besa      add       add       al-tir-0002  longitude                    19.8187
T                     Besa      add       add       al-tir-0002  name                         =Desk
T                     Besa      add       add       al-tir-0002  phone                        +355 4 222 333
T                     Besa      add       add       al-tir-0002  region                       AL-11
T                     Besa      add       add       al-tir-0002  verified_on                  2024-01-15
T                     Ilir      edit      edit      al-tir-0002  address                      Rruga 2
T                     Ilir      edit      edit      al-tir-0002  phone        +355 4 222 333  +355 4 999 999
""",
    "csv": """\
time,author,action,change,provider,field,old,new
T,Besa,add,add,al-tir-0002,categories,,legal
T,Besa,add,add,al-tir-0002,city,,Tiranë
T,Besa,add,add,al-tir-0002,latitude,,41.3275
T,Besa,add,add,al-tir-0002,longitude,,19.8187
T,Besa,add,add,al-tir-0002,name,,'=Desk
T,Besa,add,add,al-tir-0002,phone,,+355 4 222 333
T,Besa,add,add,al-tir-0002,region,,AL-11
T,Besa,add,add,al-tir-0002,verified_on,,2024-01-15
T,Ilir,edit,edit,al-tir-0002,address,,Rruga 2
T,Ilir,edit,edit,al-tir-0002,phone,+355 4 222 333,+355 4 999 999
""",
    "markdown": """\
| time | author | action | change | provider | field | old | new |
|---|---|---|---|---|---|---|---|
| T | Besa | add | add | al-tir-0002 | categories |  | legal |
| T | Besa | add | add | al-tir-0002 | city |  | Tiranë |
| T | Besa | add | add | al-tir-0002 | latitude |  | 41.3275 |
| T | Besa | add | add | al-tir-0002 | longitude |  | 19.8187 |
| T | Besa | add | add | al-tir-0002 | name |  | =Desk |
| T | Besa | add | add | al-tir-0002 | phone |  | +355 4 222 333 |
| T | Besa | add | add | al-tir-0002 | region |  | AL-11 |
| T | Besa | add | add | al-tir-0002 | verified\\_on |  | 2024-01-15 |
| T | Ilir | edit | edit | al-tir-0002 | address |  | Rruga 2 |
| T | Ilir | edit | edit | al-tir-0002 | phone | +355 4 222 333 | +355 4 999 999 |
""",
    "jsonl": "".join(
        json.dumps(
            dict(
                zip(
                    ("time", "author", "action", "change", "provider", "field", "old", "new"),
                    row,
                    strict=True,
                )
            ),
            ensure_ascii=False,
        )
        + "\n"
        for row in [
            ("T", "Besa", "add", "add", "al-tir-0002", "categories", None, ["legal"]),
            ("T", "Besa", "add", "add", "al-tir-0002", "city", None, "Tiranë"),
            ("T", "Besa", "add", "add", "al-tir-0002", "latitude", None, 41.3275),
            ("T", "Besa", "add", "add", "al-tir-0002", "longitude", None, 19.8187),
            ("T", "Besa", "add", "add", "al-tir-0002", "name", None, "=Desk"),
            ("T", "Besa", "add", "add", "al-tir-0002", "phone", None, "+355 4 222 333"),
            ("T", "Besa", "add", "add", "al-tir-0002", "region", None, "AL-11"),
            ("T", "Besa", "add", "add", "al-tir-0002", "verified_on", None, "2024-01-15"),
            ("T", "Ilir", "edit", "edit", "al-tir-0002", "address", "", "Rruga 2"),
            ("T", "Ilir", "edit", "edit", "al-tir-0002", "phone", "+355 4 222 333", "+355 4 999 999"),
        ]
    ),
}
TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.mark.parametrize("fmt", sorted(HISTORY))
def test_history(root: Path, fmt: str) -> None:
    result = run(root, "history", "AL", DESK.id, "--format", fmt)
    assert result.exit_code == 0
    pad = " " * 19 if fmt == "table" else ""
    assert TIME.sub("T" + pad, result.stdout) == HISTORY[fmt]


def test_history_json_is_one_document_per_change(root: Path) -> None:
    result = run(root, "history", "AL", DESK.id, "--format", "json")
    document = json.loads(TIME.sub("T", result.stdout))
    assert document[1:] == [
        {
            "time": "T",
            "author": "Ilir",
            "action": "edit",
            "operation": "edit",
            "provider": "al-tir-0002",
            "old": {"address": "", "phone": "+355 4 222 333"},
            "new": {"address": "Rruga 2", "phone": "+355 4 999 999"},
        }
    ]
    assert document[0]["old"] == {} and document[0]["new"]["name"] == "=Desk"


def test_history_of_a_confidential_shelter_in_every_format(root: Path) -> None:
    for fmt in ("table", "json", "jsonl", "csv", "markdown"):
        shown = run(root, "history", "AL", SHELTER.id, "--format", fmt).stdout
        assert "withheld" in shown and "Fshehtë" not in shown and "42.06" not in shown, fmt


STALE = f"last verified 2024-01-15, {AGE} days ago"
FIX = "check the record with the provider, then svcmatch directory verify AL al-tir-0002 --by <your name>"
VALIDATE = {
    "text": f"al-tir-0002: warning: verified_on: {STALE} (fix: {FIX})\n",
    "csv": f'severity,provider,field,message,fix\nwarning,al-tir-0002,verified_on,"{STALE}","{FIX}"\n',
    "jsonl": json.dumps(
        {
            "severity": "warning",
            "provider": "al-tir-0002",
            "field": "verified_on",
            "message": STALE,
            "fix": FIX,
        },
        ensure_ascii=False,
    )
    + "\n",
    "markdown": (
        "| severity | provider | field | message | fix |\n|---|---|---|---|---|\n"
        f"| warning | al-tir-0002 | verified\\_on | {STALE} | "
        + FIX.replace("_", "\\_").replace("<", "\\<").replace(">", "\\>")
        + " |\n"
    ),
    "table": (
        f"severity    provider     field        {'message':{len(STALE)}}  fix\n"
        f"----------  -----------  -----------  {'-' * len(STALE)}  {'-' * len(FIX)}\n"
        f"warning     al-tir-0002  verified_on  {STALE}  {FIX}\n"  # piped: every value whole
    ),
}


@pytest.mark.parametrize("fmt", sorted(VALIDATE))
def test_validate(root: Path, fmt: str) -> None:
    result = run(root, "validate", "AL", "--format", fmt)
    assert result.exit_code == 0
    assert result.stdout == VALIDATE[fmt]
    assert result.stderr == "svcmatch: AL: 0 errors, 1 warning in 2 providers\n"


def test_validate_json_and_exit_1_on_an_error(root: Path) -> None:
    result = run(root, "validate", "AL", "--format", "json")
    assert json.loads(result.stdout) == {
        "country": "AL",
        "providers": 2,
        "errors": 0,
        "warnings": 1,
        "findings": [json.loads(VALIDATE["jsonl"])],
    }
    assert run(root, "edit", "AL", DESK.id, "--set", "region=AL-99").exit_code == 2
    document = json.loads((root / "al.json").read_text(encoding="utf-8"))
    document["providers"][DESK.id]["email"] = "not an address"  # a bad value written by another tool
    (root / "al.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    failed = run(root, "validate", "AL", "--format", "csv")
    assert failed.exit_code == 1
    assert "error,al-tir-0002,email," in failed.stdout
