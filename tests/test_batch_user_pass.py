"""A script author's and a batch user's pass over `svcmatch batch` (session fourteen).

Each test holds a problem found by running batch as its users do: caseloads saved by Excel or
written by scripts, mixed countries, bad rows among good ones, exit codes a script checks.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import directory_folder

from svcmatch import batch
from svcmatch.cli import main
from svcmatch.errors import ExitCode

TODAY = "2026-03-01"

PROVIDERS = [
    {
        "id": "al-tir-0001",
        "name": "Women's Safe House",
        "categories": ["shelter", "medical"],
        "city": "Tirana",
        "address": "Rruga 1",
        "region": "AL-11",
        "latitude": 41.33,
        "longitude": 19.82,
        "coverage": {"kind": "national"},
        "sexes": ["female"],
        "verified_on": "2026-01-15",
    },
    {
        "id": "al-shk-0002",
        "name": "Shkodër Legal Aid",
        "categories": ["legal"],
        "city": "Shkodër",
        "address": "Rruga 2",
        "region": "AL-10",
        "latitude": 42.07,
        "longitude": 19.51,
        "coverage": {"kind": "national"},
        "verified_on": "2026-02-01",
    },
]


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return directory_folder(tmp_path / "directories", PROVIDERS)


def _run(root: Path, args: list[str], data: bytes | None = None) -> Result:
    return CliRunner().invoke(
        main, ["--directories", str(root), "batch", *args, "--today", TODAY], input=data
    )


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def _errors(result: Result) -> dict[str, str]:
    return {str(r["case_id"]): str(r["error"]) for r in _records(result.stdout) if "error" in r}


# --------------------------------------------------------------------------- a damaged directory


def test_a_damaged_directory_file_is_exit_3_as_documented_and_said_once(root: Path, tmp_path: Path) -> None:
    """docs/batch.md: exit 3 when 'a directory file cannot be read'. A caseload of AL and UA
    cases where ua.json was damaged (a git merge left it cut) exited 1, as if some cases were
    wrong, with the damage in every UA record and never on stderr; a script checking for 3 to
    alert the country office never saw it. The AL cases are still matched."""
    (root / "ua.json").write_text('{"meta": ', encoding="utf-8")
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs\nA1,AL,Tirana,shelter\nU1,UA,Lviv,shelter\nU2,UA,Kyiv,legal\n"
        "A2,AL,Nowhere-Xyz,legal\n",
        encoding="utf-8",
    )
    result = _run(root, [str(cases)])
    assert result.exit_code == ExitCode.DATA == 3, result.output
    records = _records(result.stdout)
    assert [r["case_id"] for r in records] == ["A1", "U1", "U2", "A2"]
    assert "error" not in records[0] and "ua.json" in str(records[1]["error"])
    said = [line for line in result.stderr.splitlines() if "ua.json" in line]
    assert len(said) == 1 and said[0].startswith("svcmatch: error: "), result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "svcmatch: 4 cases: 1 matched (0 with unmet needs), 3 failed "
        "(2 because a directory file cannot be used)"
    )


def test_a_damaged_directory_file_is_read_once_per_run_not_once_per_case(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each UA case read the damaged file again: 256 reads of it in a caseload of 1,000."""
    (root / "ua.json").write_text("{", encoding="utf-8")
    reads: list[str] = []
    real = batch.load_directory

    def counted(country: str, directories: str | None = None) -> object:
        reads.append(country)
        return real(country, directories)

    monkeypatch.setattr(batch, "load_directory", counted)
    settings = batch.BatchSettings(today=dt.date(2026, 3, 1), root=str(root))
    data = "case_id,country,to,needs\n" + "".join(f"U{i},UA,Lviv,shelter\n" for i in range(20))
    outcomes = list(batch.run_batch(batch.CaseReader(io.BytesIO(data.encode()), "csv"), settings))
    assert len(outcomes) == 20 and not any(o.ok for o in outcomes)
    assert reads == ["UA"]
    summary = batch.Summary()
    for outcome in outcomes:
        summary.add(outcome)
    assert summary.exit_code == ExitCode.DATA


def test_a_country_without_a_directory_stays_a_failed_case_exit_1(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nA1,AL,Tirana,shelter\nM1,MA,Fez,shelter\n", encoding="utf-8")
    result = _run(root, [str(cases)])
    assert result.exit_code == 1, result.output
    assert "no directory for MA" in _errors(result)["M1"]


# --------------------------------------------------------------------------- a row's fix names its column


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        # The caseload's Kharkiv row with AL in its country cell: --country only fills blank cells
        ("AL,Kharkiv,shelter,,,", "(set country to UA)"),
        (",,shelter,,,", None),  # country and to blank, no --country: the batch's own words
        ("AL,,shelter,,,", "(fill the to column)"),
        ("AL,Tirana,,,,", "(fill the needs column)"),
        (
            "AL,Tirana,shelter,,,",
            "(fill consent_date (with consent_purpose and consent_recipients), or set draft",
        ),
        ("AL,Tirana,shelter,,referral,", "(fill consent_date too)"),
        ("AL,Tirana,shelter,2026-02-01,referral,2026-01-01", "(check consent_until)"),
    ],
)
def test_a_failed_rows_fix_names_a_column_not_a_match_option(
    root: Path, tmp_path: Path, cells: str, said: str | None
) -> None:
    """A batch row's error said the fix as `match` and `package` take it: 'give --to or a
    'to' key in the case file', 'give --consent-date DATE ... or --draft', 'give --country UA'
    for a row whose country cell says AL (batch's --country only fills blank cells). Batch
    has no such options: the fix names the column to fill."""
    cases = tmp_path / "cases.csv"
    header = "case_id,country,to,needs,consent_date,consent_purpose,consent_until"
    cases.write_text(f"{header}\nR1,{cells}\n", encoding="utf-8")
    result = _run(root, [str(cases), "--packages", str(tmp_path / "out")])
    error = _errors(result)["R1"]
    assert "--" not in error.replace("give --country", ""), error
    if said is None:  # and the other empty cell that a case needs
        assert error == (
            "country is empty (fill the country column or give --country); "
            "also the case has no 'to' (fill the to column)"
        )
    else:
        assert said in error, error


def test_a_select_cell_that_names_no_eligible_provider_names_the_select_column(
    root: Path, tmp_path: Path
) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,select,draft\nR1,AL,Tirana,shelter,shelter=al-shk-0002,yes\n",
        encoding="utf-8",
    )
    error = _errors(_run(root, [str(cases), "--packages", str(tmp_path / "out")]))["R1"]
    assert error.startswith("select shelter=al-shk-0002: not an eligible shelter provider"), error


# --------------------------------------------------------------------------- unknown columns and keys


def test_a_misspelt_column_names_the_column_meant(root: Path, tmp_path: Path) -> None:
    """'unknown columns: neeeds (columns are case_id, match's options ...)': the fix was left to
    the reader; the column meant is named."""
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,neeeds,Avoid Regoin\nR1,AL,Tirana,shelter,\n", encoding="utf-8")
    result = _run(root, [str(cases)])
    assert result.exit_code == 2 and result.stdout == ""
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("svcmatch: error: unknown columns: neeeds, avoid_regoin (")
    assert "rename neeeds to needs, avoid_regoin to avoid_region" in line, line


def test_a_name_column_is_refused_as_a_name_and_the_fix_says_to_delete_it(root: Path, tmp_path: Path) -> None:
    """A caseload exported from a case management system carries the person's name: refused
    (nothing is matched, nothing written), and the message says why, not just 'unknown'."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,Full Name,country,to,needs\nR1,Maria Rossi,AL,Tirana,shelter\n", encoding="utf-8"
    )
    result = _run(root, [str(cases)])
    assert result.exit_code == 2 and result.stdout == "" and "Maria" not in result.output
    line = result.stderr.strip().splitlines()[-1]
    assert "full_name" in line and "name" in line and "delete" in line, line


def test_a_json_line_with_an_unknown_key_names_the_key_meant(root: Path) -> None:
    data = (
        b'{"case_id": "R1", "country": "AL", "to": "Tirana", "neeeds": "shelter"}\n'
        b'{"case_id": "R2", "country": "AL", "to": "Tirana", "needs": "shelter", "name": "Maria Rossi"}\n'
    )
    result = _run(root, ["-"], data)
    errors = _errors(result)
    assert errors["R1"] == (
        "unknown keys: neeeds (rename neeeds to needs; keys are case_id, match's options "
        "(country, to, needs, ...) and package options (case_ref, consent_date, ...): see docs/batch.md)"
    )
    assert "Maria" not in result.stdout
    assert errors["R2"].startswith("unknown keys: name (batch reads no person's name: leave name out")


# --------------------------------------------------------------------------- JSON lines


def test_a_json_line_that_is_no_json_says_its_column_not_line_1(root: Path) -> None:
    """'line is not JSON: standard input: not valid JSON: ... at line 1, column 2' on the
    record of row 3: 'line 1' is the line's own first line, which misled."""
    data = b'{"case_id": "R1", "country": "AL", "to": "Tirana", "needs": "shelter"}\n\n{bad json\n'
    records = _records(_run(root, ["-"], data).stdout)
    assert records[1]["row"] == 3
    assert records[1]["error"] == (
        "line is not JSON: Expecting property name enclosed in double quotes at column 2 "
        "(write one JSON object on each line)"
    )


def test_a_row_with_more_cells_than_the_header_says_the_fix(root: Path, tmp_path: Path) -> None:
    """A hand-written CSV with 'doctor, lawyer' unquoted: '5 cells but the header has 4
    columns', with no fix. The separator in a cell is the usual cause: it says so."""
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nR1,AL,Tirana,doctor, lawyer\n", encoding="utf-8")
    assert _errors(_run(root, [str(cases)]))["R1"] == (
        "5 cells but the header has 4 columns (a cell holds a ',' outside quotes: "
        "put that cell in double quotes, or separate its items with |)"
    )


# --------------------------------------------------------------------------- letters lost to '?'


def test_letters_lost_to_question_marks_say_to_save_the_file_as_utf8(root: Path, tmp_path: Path) -> None:
    """Excel's 'CSV (Comma delimited)' on a Western European Windows writes Київ or
    الدار البيضاء as '????': the row failed with "'????' is not a place name (give a town or
    region, e.g. Shkoder)", and nothing said the file had lost its letters, nor how to get them
    back (save it again as CSV UTF-8 from the workbook)."""
    cases = tmp_path / "cases.csv"
    rows = (
        "case_id;country;to;needs",
        "R1;AL;Тирана;shelter",
        "R2;AL;Tirana;shelter",
        "R3;AL;Tirana;xylophone",
    )
    text = "\r\n".join(rows) + "\r\n"
    cases.write_bytes(text.encode("cp1252", errors="replace"))
    errors = _errors(_run(root, [str(cases)]))
    assert "'??????'" in errors["R1"]
    assert errors["R1"].endswith(
        "; the to cell holds '?' where letters were: the file was saved in an encoding without them "
        "(save it again from the workbook as 'CSV UTF-8', or give the cases as .xlsx)"
    ), errors["R1"]
    assert "R2" not in errors and "'?'" not in errors["R3"]
    noted = tmp_path / "noted.csv"  # a package note's 'Why??' is no lost letter
    noted.write_text("case_id,country,to,needs,notes_for\nR4,AL,Tirana,xylophone,legal=Why??\n", "utf-8")
    assert "'?'" not in _errors(_run(root, [str(noted), "--packages", str(tmp_path / "p")]))["R4"]


@pytest.mark.parametrize(
    ("header", "said"),
    [
        ("CaseID,Country,To,Needs", "unknown columns: caseid (rename caseid to case_id; columns are"),
        ("ID,Country,Destination,Gender,Needs", "(rename id to case_id, destination to to, gender to sex; "),
        (
            "Case,Country of return,Town,Needs",
            "(rename case to case_id, country_of_return to country, town to to; ",
        ),
    ],
)
def test_a_header_that_spells_case_id_or_to_otherwise_names_the_rename(
    root: Path, tmp_path: Path, header: str, said: str
) -> None:
    """A case management system's export says 'CaseID' or 'ID', 'Destination' or 'Town':
    'the cases have no case_id column (add a case_id column ...)', although it has one under
    another name. The unknown columns are said first, with the rename each needs."""
    cases = tmp_path / "cases.csv"
    cases.write_text(f"{header}\nA1,AL,Tirana,female,shelter\n", encoding="utf-8")
    result = _run(root, [str(cases)])
    assert result.exit_code == 2 and result.stdout == ""
    assert said in result.stderr, result.stderr


def test_a_providers_spreadsheet_given_as_cases_says_so(root: Path, tmp_path: Path) -> None:
    """examples/providers-al.csv given to batch by mistake said 'the cases hold a person's name
    (name column)': its name column is the provider's. It is said to be a providers file."""
    providers = Path(__file__).parent.parent / "examples" / "providers-al.csv"
    result = _run(root, [str(providers)])
    assert result.exit_code == 2 and result.stdout == ""
    line = result.stderr.strip().splitlines()[-1]
    assert "providers" in line and "not cases" in line and "person's name" not in line, line


def test_a_directory_file_given_as_cases_says_so(root: Path) -> None:
    """directories/al.json given as the cases was read as one case and failed with 'unknown
    keys: meta, providers', exit 1, as if the caseload had a bad row."""
    result = _run(root, [str(root / "al.json")])
    assert result.exit_code == 2 and result.stdout == ""
    line = result.stderr.strip().splitlines()[-1]
    assert "is a directory file" in line and "not cases" in line, line


# --------------------------------------------------------------------------- from Python


def test_case_reader_given_a_text_stream_says_to_open_the_file_in_binary(tmp_path: Path) -> None:
    """open('cases.csv') (text mode, as a script author writes it first) gave
    'TypeError: sequence item 1: expected a bytes-like object, str found' from deep in the reader."""
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nA1,AL,Tirana,shelter\n", encoding="utf-8")
    with open(cases, encoding="utf-8") as text, pytest.raises(TypeError, match=r"open\(path, 'rb'\)"):
        batch.CaseReader(text, "csv")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- every bad cell of a row


def test_a_row_with_several_bad_cells_names_each_of_them(root: Path, tmp_path: Path) -> None:
    """A row typed by hand with 'K', '24 years' and 'one' said only its first bad cell: fixed
    and run again, the same row failed on the next, a run per cell. Every bad cell of the row
    is named, in the order of the columns, on the one line."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,sex,age,children,top\nR1,AL,Tirana,shelter,K,24 years,one,3\n",
        encoding="utf-8",
    )
    error = _errors(_run(root, [str(cases)]))["R1"]
    assert error.startswith("sex: 'K' is not known (use one of female, male or other)"), error
    assert error.count("; also ") == 2 and "\n" not in error
    assert error.index("age: '24 years'") < error.index("children: 'one'")


def test_a_rows_other_bad_cells_are_named_with_a_column_fix(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs,age\nR1,AL,,xylophone,old\n", encoding="utf-8")
    error = _errors(_run(root, [str(cases)]))["R1"]
    assert "the case has no 'to' (fill the to column)" in error, error
    assert "needs: unknown need 'xylophone'" in error and "age: 'old'" in error, error
    assert "--" not in error


def test_a_row_with_one_bad_cell_says_it_alone(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs,age\nR1,AL,Tirana,shelter,old\n", encoding="utf-8")
    error = _errors(_run(root, [str(cases)]))["R1"]
    assert error == "age: 'old' is not a whole number (write a number such as 18)"


# --------------------------------------------------------------------------- a key given twice


def test_a_json_case_giving_avoid_region_twice_fails_as_match_refuses_it(root: Path, tmp_path: Path) -> None:
    """{"avoid_region": "AL-10", "avoid-region": "AL-11"}: `match --case` refuses it ('the case
    gives 'avoid_region' twice'), but batch folded both spellings to one key and kept the last:
    AL-10, where the traffickers are, was dropped without a word and the case matched in it."""
    line = {"case_id": "R1", "country": "AL", "to": "Tirana", "needs": "shelter"}
    data = "".join(
        json.dumps({**line, "case_id": f"R{n}", **twice}) + "\n"
        for n, twice in enumerate(
            (
                {"avoid_region": "AL-10", "avoid-region": "AL-11"},
                {"Avoid Region": "AL-10", "avoid_region": "AL-10"},
            )
        )
    ).encode()
    result = _run(root, ["-"], data)
    errors = _errors(result)
    assert errors["R0"] == (
        "the case gives 'avoid_region' twice ('avoid_region', 'avoid-region') (keep one of them: "
        "which was meant is not known)"
    )
    assert errors["R1"].startswith("the case gives 'avoid_region' twice ('Avoid Region', 'avoid_region')")
    case_file = tmp_path / "case.json"
    case_file.write_text(
        json.dumps(
            {
                "country": "AL",
                "to": "Tirana",
                "needs": "shelter",
                "avoid_region": "AL-10",
                "avoid-region": "AL-11",
            }
        ),
        encoding="utf-8",
    )
    refused = CliRunner().invoke(main, ["--directories", str(root), "match", "--case", str(case_file)])
    assert refused.exit_code == 2 and "twice" in refused.output


# --------------------------------------------------------------------------- batch and match agree


def test_a_caseload_line_given_to_match_case_gives_the_batch_record(root: Path, tmp_path: Path) -> None:
    """A script author checks a batch result with `match --case line.json`, the caseload's own
    line: 'unknown case key 'case_id''. match reads the line (its case_id is batch's, read by
    nobody) and gives the record batch wrote, but for case_id and row."""
    line = {
        "case_id": "AL-2026-0042",
        "country": "AL",
        "to": "Tirana",
        "needs": "shelter, lawyer",
        "sex": "female",
        "age": 24,
        "language": "sq|it",
    }
    case_file = tmp_path / "line.json"
    case_file.write_text(json.dumps(line), encoding="utf-8")
    record = _records(_run(root, ["-"], (json.dumps(line) + "\n").encode()).stdout)[0]
    matched = CliRunner().invoke(
        main,
        ["--directories", str(root), "match", "--case", str(case_file), "--format", "json", "--today", TODAY],
    )
    assert matched.exit_code == 0, matched.output
    assert json.loads(matched.stdout) == {k: v for k, v in record.items() if k not in ("case_id", "row")}


def test_a_json_list_item_that_is_no_object_is_not_called_a_line(root: Path, tmp_path: Path) -> None:
    """A JSON list [{...}, "oops"] said 'line is not a JSON object' of its second item, which
    is on the first line of the file."""
    cases = tmp_path / "cases.json"
    cases.write_text(
        '[{"case_id": "A", "country": "AL", "to": "Tirana", "needs": "shelter"}, "oops"]', "utf-8"
    )
    records = _records(_run(root, [str(cases)]).stdout)
    assert records[1] == {
        "case_id": "",
        "row": 2,
        "error": "item 2 of the list is not a JSON object "
        "(write each case as {...} with case_id, country, ...)",
    }


# --------------------------------------------------------------------------- a cell under no header


def test_a_value_under_a_column_without_a_header_fails_its_row(root: Path, tmp_path: Path) -> None:
    """A caseload whose avoid_region header was deleted (or never typed) kept its cells: AL-11,
    the region to avoid, was read as nothing and the case matched there, exit 0. A row with a
    value under a column without a header fails, naming the column (not the value, which may
    be anything, a name too); a row with that cell empty is matched."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,\nR1,AL,Tirana,shelter,AL-11\nR2,AL,Tirana,shelter,\n", encoding="utf-8"
    )
    result = _run(root, [str(cases)])
    assert result.exit_code == 1
    errors = _errors(result)
    assert errors == {
        "R1": "column 5 has no header but this row has a value in it "
        "(give the column its header, such as avoid_region, or clear its cells)"
    }
    assert _records(result.stdout)[0] == {"case_id": "R1", "row": 2, "error": errors["R1"]}


# --------------------------------------------------------------------------- process substitution


def test_cases_from_process_substitution_or_a_name_without_extension_are_sniffed(
    root: Path, tmp_path: Path
) -> None:
    """`svcmatch batch <(grep AL cases.jsonl)`, as scripts pass a filtered caseload: 'cannot
    tell the format of '/dev/fd/63' from its extension'; standard input (-) is sniffed, and so
    is now a name without an extension. A name with an unknown extension is still refused."""
    assert batch.input_format_for("/dev/fd/63") is None
    assert batch.input_format_for("cases") is None
    with pytest.raises(batch.InputError, match="extension"):
        batch.input_format_for("cases.data")
    fifo = tmp_path / "cases"
    fifo.write_text(
        '{"case_id": "A1", "country": "AL", "to": "Tirana", "needs": "shelter"}\n', encoding="utf-8"
    )
    result = _run(root, [str(fifo)])
    assert result.exit_code == 0, result.output
    assert _records(result.stdout)[0]["case_id"] == "A1"
    piped = _run(root, ["-"], (root / "al.json").read_bytes())  # <(cat al.json) is no regular file
    assert piped.exit_code == 2 and piped.stdout == "" and "is a directory file" in piped.stderr


def test_a_named_pipe_is_read_whole_not_its_head_twice(root: Path, tmp_path: Path) -> None:
    """The check that the cases are no directory file read the first 4 KiB of a pipe
    (`<(...)`, a FIFO) and dropped them: the caseload then began in its 40th line or so."""
    import os
    import threading

    line = '{"case_id": "A%d", "country": "AL", "to": "Tirana", "needs": "shelter"}\n'
    data = "".join(line % n for n in range(200)).encode()
    fifo = tmp_path / "cases.jsonl"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as pipe:
            pipe.write(data)

    results: list[Result] = []
    writer = threading.Thread(target=write, daemon=True)
    reader = threading.Thread(target=lambda: results.append(_run(root, [str(fifo)])), daemon=True)
    writer.start()
    reader.start()
    reader.join(timeout=60)  # a second open of the pipe waits for a writer that has gone: never ends
    assert results, "batch opened the pipe twice and waits for a second writer"
    assert results[0].exit_code == 0, results[0].output
    assert [r["case_id"] for r in _records(results[0].stdout)] == [f"A{n}" for n in range(200)]


# --------------------------------------------------------------------------- CSV for Excel


def test_a_csv_results_file_starts_with_a_bom_so_excel_shows_the_letters(root: Path, tmp_path: Path) -> None:
    """`batch cases.csv -o results.csv`, then a double click: Excel read the UTF-8 file as
    cp1252 and showed 'ShkodÃ«r' and Cyrillic as 'Ð¥Ð°...', where `directory export -o x.csv`
    writes a BOM for this. A CSV file from -o starts with one; standard output does not (a
    pipe to another program), nor JSON lines."""
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nA1,AL,Shkodër,legal\n", encoding="utf-8")
    assert _run(root, [str(cases), "-o", str(tmp_path / "results.csv")]).exit_code == 0
    written = (tmp_path / "results.csv").read_bytes()
    assert written.startswith(b"\xef\xbb\xbfcase_id,row,") and "Shkodër".encode() in written
    piped = _run(root, [str(cases), "--format", "csv"])
    assert piped.stdout_bytes.startswith(b"case_id,row,")
    assert _run(root, [str(cases), "-o", str(tmp_path / "r.jsonl")]).exit_code == 0
    assert (tmp_path / "r.jsonl").read_bytes().startswith(b'{"case_id"')


# --------------------------------------------------------------------------- yes and no, said


def test_a_yes_or_no_in_another_language_is_a_reading(root: Path, tmp_path: Path) -> None:
    """'po' (Albanian yes) in an unaccompanied cell made the person an unaccompanied minor
    without a word, where every other cell read other than exactly is said under readings."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,age,unaccompanied,official_status,disability\n"
        "R1,AL,Tirana,shelter,15,po,так,no\n",
        encoding="utf-8",
    )
    record = _records(_run(root, [str(cases)]).stdout)[0]
    assert record["case"]["unaccompanied"] is True  # type: ignore[index]
    readings = [
        r for r in record["readings"] if r["field"] in ("unaccompanied", "official_status", "disability")
    ]  # type: ignore[union-attr]
    assert readings == [
        {"field": "unaccompanied", "input": "po", "read_as": "yes", "how": "translation"},
        {"field": "official_status", "input": "так", "read_as": "yes", "how": "translation"},
    ]
