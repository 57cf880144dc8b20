"""Fuzz every parser of user input through the CLI: never a traceback, always a clear exit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcmatch.cli import main
from svcmatch.model import TEMPLATE_COLUMNS, Coverage, Provider
from svcmatch.storage import DirectoryStore

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
# Text a person might paste: any script, controls, quotes, separators, formula starts; no NUL
# (a command line cannot carry one).
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=40)
WORDS = st.one_of(
    TEXT,
    st.sampled_from(
        [
            "",
            " ",
            "-",
            "--",
            "..",
            "../x",
            "1e309",
            "nan",
            "-1",
            "NaN",
            "９",
            "٣",
            "Ⅻ",
            "2026-02-30",
            "0000-00-00",
            "shelter,,",
            "|",
            "=1+1",
        ]
    ),
)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dirs")
    store = DirectoryStore("AL", folder)
    store.create(author="fuzz")
    with store.transaction(author="fuzz") as transaction:
        transaction.put(
            Provider(
                id="al-tir-0001",
                name="Qendra",
                categories=("shelter", "legal"),
                city="Tiranë",
                region="AL-11",
                latitude=41.3275,
                longitude=19.8187,
                coverage=Coverage("national"),
            )
        )
    return folder


def invoke(root: Path, *args: str, stdin: str | bytes | None = None) -> Result:
    result = CliRunner().invoke(main, ["--directories", str(root), *args], input=stdin)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2, 3), (args, result.exit_code, result.output)
    if result.exit_code == 2:  # a clear one-line reason, from svcmatch or click
        assert "error" in result.output.lower() or "Error" in result.output
    return result


@FUZZ
@given(to=WORDS, needs=WORDS, age=WORDS, max_km=WORDS, language=WORDS)
def test_match_options(root: Path, to: str, needs: str, age: str, max_km: str, language: str) -> None:
    invoke(
        root,
        "match",
        "--country",
        "AL",
        "--to",
        to or "Tirana",
        "--needs",
        needs or "shelter",
        "--age",
        age,
        "--max-km",
        max_km,
        "--language",
        language,
        "-f",
        "json",
    )


@FUZZ
@given(country=WORDS, place=WORDS)
def test_place_and_country_names(root: Path, country: str, place: str) -> None:
    invoke(root, "locate", place, "--country", country)
    invoke(root, "directory", "list", country)
    invoke(root, "coverage", country, "--for", place)


@FUZZ
@given(
    document=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
        max_leaves=8,
    ),
    keys=st.dictionaries(
        st.sampled_from(
            [
                "country",
                "to",
                "needs",
                "sex",
                "age",
                "children",
                "language",
                "max_km",
                "top",
                "avoid_region",
                "official_status",
            ]
        ),
        st.none() | st.booleans() | st.integers() | st.floats() | TEXT | st.lists(TEXT, max_size=2),
        max_size=6,
    ),
)
def test_case_files(root: Path, document: object, keys: dict[str, object]) -> None:
    invoke(root, "match", "--case", "-", stdin=json.dumps(document))
    invoke(
        root,
        "match",
        "--case",
        "-",
        stdin=json.dumps({"country": "AL", "to": "Tirana", "needs": ["shelter"], **keys}),
    )


@FUZZ
@given(
    rows=st.lists(st.lists(WORDS, min_size=1, max_size=6), max_size=4),
    header=st.sampled_from(["case_id,country,to,needs,sex,age", "case_id;country;to;needs", "x,y", ""]),
)
def test_batch_rows(root: Path, rows: list[list[str]], header: str) -> None:
    text = (
        header + "\n" + "".join(",".join(f'"{c.replace(chr(34), "")}"' for c in row) + "\n" for row in rows)
    )
    invoke(root, "batch", "-", "--input-format", "csv", stdin=text)
    invoke(root, "batch", "-", "--input-format", "jsonl", stdin=text)


@FUZZ
@given(field=st.sampled_from([*TEMPLATE_COLUMNS, "nonsense", "", "id"]), value=WORDS)
def test_edit_set_values(
    root: Path, tmp_path_factory: pytest.TempPathFactory, field: str, value: str
) -> None:
    invoke(root, "directory", "edit", "AL", "al-tir-0001", "--set", f"{field}={value}")
    invoke(root, "directory", "edit", "AL", "al-tir-0001", "--set", value)
    invoke(
        root,
        "directory",
        "add",
        "AL",
        "--name",
        "X",
        "--category",
        "legal",
        "--region",
        "AL-11",
        "--latitude",
        value,
        "--verified-on",
        value,
    )


@FUZZ
@given(
    cells=st.lists(st.tuples(st.sampled_from(TEMPLATE_COLUMNS), WORDS), min_size=1, max_size=8),
    raw=st.binary(max_size=200),
)
def test_csv_import(root: Path, cells: list[tuple[str, str]], raw: bytes) -> None:
    columns = list(dict.fromkeys(["name", *(c for c, _ in cells)]))
    values = dict(cells)
    line = ",".join('"' + values.get(c, "N").replace('"', '""') + '"' for c in columns)
    invoke(root, "directory", "import", "AL", "-", "--dry-run", stdin=",".join(columns) + "\n" + line + "\n")
    invoke(root, "directory", "import", "AL", "-", "--dry-run", stdin=raw)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    cells=st.lists(
        st.one_of(WORDS, st.integers(), st.floats(allow_nan=False), st.booleans(), st.none()),
        min_size=1,
        max_size=8,
    )
)
def test_xlsx_import(root: Path, tmp_path_factory: pytest.TempPathFactory, cells: list[object]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(TEMPLATE_COLUMNS[: len(cells)]))
    sheet.append(
        [c if not isinstance(c, str) else "".join(ch for ch in c if ch.isprintable()) for c in cells]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path_factory.mktemp("x") / "in.xlsx"
    path.write_bytes(buffer.getvalue())
    invoke(root, "directory", "import", "AL", str(path), "--dry-run")
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])  # a damaged workbook
    invoke(root, "directory", "import", "AL", str(path), "--dry-run")


@FUZZ
@given(needs=WORDS, date=WORDS)
def test_need_words_and_dates(root: Path, needs: str, date: str) -> None:
    invoke(root, "coverage", "AL", "--needs", needs)
    invoke(root, "directory", "stale", "AL", "--older-than", date)
    invoke(root, "directory", "verify", "AL", "al-tir-0001", "--on", date)
    invoke(
        root,
        "package",
        "--country",
        "AL",
        "--to",
        "Tirana",
        "--needs",
        needs or "shelter",
        "--case-ref",
        "R1",
        "--draft",
        "--arrival",
        date,
        "--consent-date",
        date,
        "--format",
        "json",
    )


HSDS_KEYS = st.sampled_from(
    [
        "name",
        "id",
        "services",
        "service",
        "location",
        "status",
        "organization",
        "service_at_locations",
        "latitude",
        "addresses",
        "phones",
        "number",
        "region",
        "attributes",
        "taxonomy_term",
        "code",
        "languages",
        "minimum_age",
        "assured_date",
        "email",
        "contents",
        "service_areas",
        "capacities",
        "required_documents",
        "contacts",
    ]
)
HSDS_LEAF = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), WORDS)
HSDS_TREE = st.recursive(
    HSDS_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(HSDS_KEYS, inner, max_size=5)),
    max_leaves=25,
)


#: Records that look like services, organizations or service_at_locations, with any values.
HSDS_RECORDS = st.lists(
    st.builds(
        lambda name, rest: {"name": name, **rest},
        WORDS,
        st.dictionaries(HSDS_KEYS, HSDS_TREE, min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=3,
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(document=st.one_of(HSDS_RECORDS, HSDS_TREE))
def test_hsds_json_import(root: Path, tmp_path_factory: pytest.TempPathFactory, document: object) -> None:
    path = tmp_path_factory.mktemp("hsds") / "services.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # NaN and Infinity too, as Python writes them
    invoke(root, "directory", "import", "AL", str(path), "--format", "hsds", "--dry-run")
