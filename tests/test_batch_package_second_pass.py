"""A second user pass over `svcmatch batch` and the referral package (session sixteen).

Each test holds a problem found by running batch as a script over a case management export
(stray quotes, odd cells, duplicate ids) and by opening the packages as a receiving partner
does (a browser, print on A4, other languages).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import directory_folder
from test_batch_user_pass import PROVIDERS as BATCH_PROVIDERS
from test_batch_user_pass import TODAY
from test_package import build

from svcmatch.cli import main
from svcmatch.package import render
from svcmatch.storage import bundled_root

#: The batch user pass's two providers (a women's shelter in Tirana, legal aid in Shkodër).
PROVIDERS = BATCH_PROVIDERS


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return directory_folder(tmp_path / "directories", PROVIDERS)


def _run(root: Path, args: list[str], data: bytes | None = None) -> Result:
    command = ["--directories", str(root), "batch", *args, "--today", TODAY]
    return CliRunner().invoke(main, command, input=data)


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def _run_cases(root: Path, tmp_path: Path, text: str, *args: str, name: str = "cases.csv") -> Result:
    """A batch run over a caseload file `name` holding `text`."""
    cases = tmp_path / name
    cases.write_text(text, encoding="utf-8")
    return _run(root, [str(cases), *args])


def _with_packages(root: Path, tmp_path: Path, csv_text: str) -> list[dict[str, object]]:
    """The records of a batch run with --packages over a CSV caseload."""
    cases = tmp_path / "cases.csv"
    cases.write_text(csv_text, encoding="utf-8")
    return _records(_run(root, [str(cases), "--packages", str(tmp_path / "out")]).stdout)


# --------------------------------------------------------------------------- a stray quote


def test_a_stray_quote_that_takes_in_the_rows_below_fails_its_row_and_says_they_are_missing(
    root: Path, tmp_path: Path
) -> None:
    """A case management export with one stray double quote (`"Durres`) in row 3: the lenient
    CSV reader read the rows below into that cell up to the next quote, so cases A3 and A4
    vanished from the results without a word, and A2 failed with 'the case has no needs'."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs\n"
        "A1,AL,Tirana,shelter\n"
        'A2,AL,"Durres,legal\n'
        "A3,AL,Tirana,medical\n"
        "A4,AL,Kukes,legal\n"
        'A5,AL,Tirana,"legal"\n'
        "A6,AL,Tirana,legal\n",
        encoding="utf-8",
    )
    result = _run(root, [str(cases)])
    records = _records(result.stdout)
    assert result.exit_code == 1
    broken = next(r for r in records if r.get("error"))
    assert (broken["case_id"], broken["row"]) == ("A2", 3)
    assert broken["error"] == (
        "its to cell holds 3 lines that read as rows of their own: a double quote opened in that "
        "cell is closed only further down (or never), so the rows below it were read into that one "
        'cell, not as rows (remove the stray " from the to cell of row 3, or close it where the '
        "cell ends; then read the file again); the cases read into it, with no record of their own: "
        "A3, A4, A5"
    )
    assert [r["case_id"] for r in records] == ["A1", "A2", "A6"]


def test_a_quote_never_closed_says_the_rows_it_took_in_not_a_cut_off_file(root: Path, tmp_path: Path) -> None:
    """A stray quote with no quote after it: the rest of the file was one cell, and the
    error said the file looked cut off ('get the whole file again'), which it was not."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        'case_id,country,to,needs\nA1,AL,Tirana,shelter\nA2,AL,"Durres,legal\nA3,AL,Tirana,medical\n'
        "A4,AL,Kukes,legal\n",
        encoding="utf-8",
    )
    records = _records(_run(root, [str(cases)]).stdout)
    assert [r["case_id"] for r in records] == ["A1", "A2"]
    assert str(records[1]["error"]).startswith("its to cell holds 2 lines that read as rows of their own")


def test_a_quoted_cell_with_line_breaks_that_are_no_rows_is_read_as_it_is(root: Path, tmp_path: Path) -> None:
    """A note on several lines (Excel's Alt+Enter) stays one cell: the rule looks for lines
    with the header's number of cells."""
    records = _with_packages(
        root,
        tmp_path,
        'case_id,country,to,needs,notes_for,draft\nA1,AL,Tirana,shelter,"shelter=arrives late,\n'
        'with her sister",yes\n',
    )
    assert "error" not in records[0]


def test_a_file_cut_off_inside_a_quote_gives_its_fix_in_the_record(root: Path, tmp_path: Path) -> None:
    """The reader's fix for a row it cannot read ('get the whole file again; ...') was dropped:
    the record said the problem and no fix."""
    cases = tmp_path / "cases.csv"
    cases.write_text('case_id,country,to,needs\nA1,AL,Tirana,shelter\nA2,AL,Tirana,"legal', encoding="utf-8")
    records = _records(_run(root, [str(cases)]).stdout)
    assert records[1]["case_id"] == "A2"
    assert str(records[1]["error"]).endswith(
        "(get the whole file again; if that row is complete, close its quote or end it with a line break)"
    )


# --------------------------------------------------------------------------- the package on paper


def test_each_alternative_is_kept_whole_on_one_printed_page() -> None:
    """Printed on A4 (Chromium, --print-to-pdf), an alternative's name and phone ended one page
    and its e-mail, website, address and distance began the next, under no name: the cards of
    the chosen providers were kept whole, the alternatives were not."""
    html = render(build(), "html")
    items = re.findall(r'<div class="alt-item">(.*?)</div>', html, flags=re.S)
    assert [re.search(r'class="muted ref">([^<]+)<', item)[1] for item in items] == [  # type: ignore[index]
        "al-tir-ws",
        "al-lez-sh",
        "al-shk-hc",
    ]
    assert re.search(r"\.alt-item \{[^}]*break-inside: avoid", html)
    # 'Alternatives for Shelter:' stays with the first of them
    assert re.search(r"\.alt > p\.muted \{[^}]*break-after: avoid", html)


# --------------------------------------------------------------------------- in another language

SAFE_HOUSE = {
    "id": "al-tir-0009",
    "name": "Safe House",
    "categories": ["shelter"],
    "city": "Tirana",
    "address": "Rruga e Fshehtë 7",
    "region": "AL-11",
    "latitude": 41.33,
    "longitude": 19.82,
    "coverage": {"kind": "national"},
    "sexes": ["female"],
    "confidential_address": True,
    "verified_on": "2026-01-15",
}


@pytest.mark.parametrize(
    ("lang", "said"), [("fr", "(non communiqué)"), ("uk", "(приховано)"), ("ar", "(محجوب)")]
)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_a_confidential_shelters_withheld_town_is_said_in_the_packages_language(
    tmp_path: Path, lang: str, said: str, fmt: str
) -> None:
    """A confidential shelter named after its town is shown as 'Safe House (withheld)': in a
    French, Ukrainian or Arabic package that English word was the only one left, in the card,
    the reply table and every distance 'from the person's accommodation (...)'."""
    root = directory_folder(tmp_path / "directories", [SAFE_HOUSE, *PROVIDERS])
    stored = root / "al.json"  # a name stored before the rule, or by another tool: add refuses it
    stored.write_text(stored.read_text(encoding="utf-8").replace("Safe House", "Safe House Tirana"), "utf-8")
    case = ["--country", "AL", "--to", "Tirana", "--needs", "shelter,legal", "--sex", "female"]
    options = ["--case-ref", "C-1", "--draft", "--lang", lang, "--today", TODAY, "-f", fmt]
    result = CliRunner().invoke(main, ["--directories", str(root), "package", *case, *options])
    assert result.exit_code == 0, result.output
    assert "(withheld)" not in result.stdout
    assert f"Safe House {said}" in result.stdout


# --------------------------------------------------------------------------- one case, two rows


def test_a_case_given_twice_gets_one_package_and_the_second_row_says_why(root: Path, tmp_path: Path) -> None:
    """An export that gives case A1 twice (a case reopened, a join gone wrong): batch wrote
    A1.html and A1-2.html under the one case reference, with the same referral ids, so the
    partner's answer to ref-... could be either person's. The second row fails and names the
    first; without --packages both rows are matched, as before."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,case_ref,country,to,needs,sex,draft\n"
        "A1,,AL,Tirana,shelter,female,yes\n"
        "A1,,AL,Tirana,shelter,female,yes\n"
        "A2,A1,AL,Tirana,shelter,female,yes\n"
        "A3,,AL,Tirana,shelter,female,yes\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = _run(root, [str(cases), "--packages", str(out)])
    records = _records(result.stdout)
    assert result.exit_code == 1
    assert [r.get("package") for r in records] == ["A1.html", None, None, "A3.html"]
    said = (
        "case reference 'A1' has a package in this run already (row 2): two packages under one "
        "reference would share their referral ids (give each case its own case_id, or fill its "
        "case_ref column)"
    )
    assert [r.get("error") for r in records] == [None, said, said, None]
    assert sorted(p.name for p in out.iterdir()) == ["A1.html", "A3.html"]
    assert "4 cases: 2 matched (0 with unmet needs), 2 failed" in result.stderr
    assert [r.get("error") for r in _records(_run(root, [str(cases)]).stdout)] == [None] * 4


# --------------------------------------------------------------------------- a number with its unit


@pytest.mark.parametrize(
    ("column", "cell", "fix"),
    [("age", "17 years", "write the number alone: 17"), ("children", "2 kids", "write the number alone: 2")],
)
def test_a_number_written_with_its_unit_names_the_number_in_the_fix(
    root: Path, tmp_path: Path, column: str, cell: str, fix: str
) -> None:
    """A case management export writes ages as '17 years': the fix said 'write a number such
    as 18', which a hurried reader of a 17-year-old's row could take as the age to write (an
    adult's, losing a minor's protections). The fix names the number the cell gives."""
    cases = tmp_path / "cases.csv"
    cases.write_text(f"case_id,country,to,needs,{column}\nA1,AL,Tirana,legal,{cell}\n", encoding="utf-8")
    error = _records(_run(root, [str(cases)]).stdout)[0]["error"]
    assert error == f"{column}: {cell!r} is not a whole number ({fix})"


def test_a_bad_package_date_names_its_column_as_the_file_spells_it(root: Path, tmp_path: Path) -> None:
    """'consent-date: ...' named the option of `package`; the caseload's column is consent_date."""
    records = _with_packages(
        root,
        tmp_path,
        "case_id,country,to,needs,consent_date,consent_until\nA1,AL,Tirana,legal,46353,\n"
        "A2,AL,Tirana,legal,2026-02-01,someday\n",
    )
    assert [r["error"] for r in records] == [
        "consent_date: '46353' is not a date (write it as YYYY-MM-DD, e.g. 2026-03-01, or with the "
        "month's name, 1 March 2026)",
        "consent_until: 'someday' is not a date (write it as YYYY-MM-DD, e.g. 2026-03-01, or with the "
        "month's name, 1 March 2026)",
    ]


# --------------------------------------------------------------------------- an export's header


def test_an_exports_header_names_each_rename_and_the_columns_to_delete(root: Path, tmp_path: Path) -> None:
    """A case management export: 'Case No.', 'Needs identified', 'Age (years)' were unknown
    with no rename, and the columns batch does not read (a caseworker, notes) had no fix at all."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "Case No.,Country,To,Needs identified,Age (years),Caseworker,Notes\nA1,AL,Tirana,legal,30,x,y\n",
        encoding="utf-8",
    )
    result = _run(root, [str(cases)])
    assert result.exit_code == 2 and result.stdout == ""
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith(
            "svcmatch: error: unknown columns: case_no., needs_identified, age_(years), caseworker, notes "
            "(rename case_no. to case_id, needs_identified to needs, age_(years) to age; delete the columns "
            "caseworker, notes, which batch does not read; columns are case_id, "
        )
    ), result.stderr


def test_a_name_column_with_a_note_in_brackets_is_refused_as_a_name(root: Path, tmp_path: Path) -> None:
    """'Full name (optional)' was an unknown column, 'which batch does not read', not a name."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,Full name (optional)\nA1,AL,Tirana,legal,x\n", encoding="utf-8"
    )
    result = _run(root, [str(cases)])
    assert (
        result.exit_code == 2
        and "the cases hold a person's name (full_name_(optional) column)" in result.stderr
    )


# --------------------------------------------------------------------------- a region of return

EDO_SHELTER = {
    "id": "ng-ben-0001",
    "name": "Mercy Women's House Benin",
    "categories": ["shelter"],
    "city": "Benin City",
    "address": "1 Example Road",
    "region": "NG-ED",
    "latitude": 6.34,
    "longitude": 5.62,
    "coverage": {"kind": "regions", "regions": ["NG-ED"]},
    "sexes": ["female"],
    "verified_on": "2026-01-15",
}


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "in the region of return"), ("fr", "dans la région de retour")]
)
def test_an_unmet_needs_nearest_in_the_region_of_return_is_said_so_not_0_km(
    tmp_path: Path, lang: str, said: str
) -> None:
    """From matching's note: returning to Edo State (a region), the unmet shelter's nearest was
    'Mercy Women's House Benin (0 km)', where match says 'in the region of return (Edo)' and the
    package's cards 'in the region of return'."""
    root = directory_folder(tmp_path / "directories", [EDO_SHELTER], country="NG")
    case = ["--country", "NG", "--to", "Edo State", "--needs", "shelter", "--sex", "male", "--age", "40"]
    options = ["--case-ref", "C-1", "--draft", "--lang", lang, "--today", TODAY, "-f", "md"]
    result = CliRunner().invoke(main, ["--directories", str(root), "package", *case, *options])
    assert result.exit_code == 0, result.output
    assert f"Mercy Women's House Benin ({said})" in result.stdout, result.stdout
    assert "(0 km)" not in result.stdout


def test_the_reply_table_fits_a_phone_screen() -> None:
    """On a phone (Chromium at 390 px wide) the reply table ran off the right edge: 'Respond by'
    and the deadlines were cut off (the page itself is one column below 40 rem). On a narrow
    screen the three blank answer columns (for paper) are left out, and what is left scrolls
    inside its box, not the page."""
    html = render(build(), "html")
    assert re.search(r'<div class="reply-wrap"><table class="reply">.*?</table></div>', html, flags=re.S)
    assert re.search(r"\.reply-wrap \{[^}]*overflow-x: auto", html)
    narrow = html[html.index("@media (max-width: 40rem)") :]
    narrow = narrow[: narrow.index("\n}\n")]
    assert re.search(
        r"table\.reply th:nth-child\(n\+5\), table\.reply td:nth-child\(n\+5\),\s*"
        r"table\.reply col:nth-child\(n\+5\) \{ display: none",
        narrow,
    )


def test_packages_as_json_lines_are_one_line_files(root: Path, tmp_path: Path) -> None:
    """`--package-format jsonl`, which --help offers, ended in a traceback (KeyError: 'jsonl')."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,sex,draft\nA1,AL,Tirana,shelter,female,yes\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = _run(root, [str(cases), "--packages", str(out), "--package-format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert _records(result.stdout)[0]["package"] == "A1.jsonl"
    lines = (out / "A1.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["case_ref"] == "A1"


def test_a_list_cell_with_one_item_a_line_is_a_list(root: Path, tmp_path: Path) -> None:
    """A case management system exports a multi-select field one choice a line (Excel's
    Alt+Enter): 'unknown need 'shelter\\nmedical' (closest codes: ...)'."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        'case_id,country,to,needs,language,sex\r\nA1,AL,Tirana,"shelter\r\nmedical\r\n","sq\r\nit",female\r\n',
        encoding="utf-8",
    )
    record = _records(_run(root, [str(cases)]).stdout)[0]
    assert "error" not in record, record
    assert record["case"]["needs"] == ["shelter", "medical"]  # type: ignore[index]
    assert record["case"]["language"] == ["sq", "it"]  # type: ignore[index]


# --------------------------------------------------------------------------- package --from a batch's results


def _batch_results(root: Path, tmp_path: Path) -> Path:
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "case_id,country,to,needs,sex\nA1,AL,Tirana,shelter,female\nA2,AL,Nowhere,legal,\n", "utf-8"
    )
    results = tmp_path / "results.jsonl"
    assert _run(root, [str(cases), "-o", str(results)]).exit_code == 1
    return results


def _package_from(root: Path, document: Path) -> Result:
    options = ["--case-ref", "C-1", "--draft", "--today", TODAY, "-f", "md"]
    return CliRunner().invoke(
        main, ["--directories", str(root), "package", "--from", str(document), *options]
    )


def test_package_from_a_batchs_whole_results_says_to_give_one_record(root: Path, tmp_path: Path) -> None:
    """`package --from results.jsonl`: 'results.jsonl is not JSON (Extra data, line 2) (give the
    JSON that svcmatch match --format json wrote)', which a script author read as a broken file."""
    results = _batch_results(root, tmp_path)
    result = _package_from(root, results)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"svcmatch: error: {results} holds 2 records, one a line (batch's results): a package is made "
        f"from one (give one record: e.g. sed -n 1p {results} > case.json, then --from case.json)"
    )


def test_package_from_a_failed_batch_record_says_why_it_failed(root: Path, tmp_path: Path) -> None:
    """A batch record with an error given to `package --from`: 'the match document lacks its
    case or needs', exit 3 (a damaged file), where the record says why the case failed."""
    results = _batch_results(root, tmp_path)
    failed = tmp_path / "a2.json"
    failed.write_text(results.read_text(encoding="utf-8").splitlines()[1], encoding="utf-8")
    result = _package_from(root, failed)
    assert result.exit_code == 2
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(
        f"svcmatch: error: {failed}: case A2 (row 3) was not matched by batch: "
        "'Nowhere' is not the name of a place"  # a word for none, refused as such (session 23)
    )
    assert line.endswith("(fix its cells and run batch again: a package is made from a matched case)")
    good = tmp_path / "a1.json"
    good.write_text(results.read_text(encoding="utf-8").splitlines()[0], encoding="utf-8")
    assert _package_from(root, good).exit_code == 0


def test_priority_and_package_language_cells_are_read_whatever_their_letter_case(
    root: Path, tmp_path: Path
) -> None:
    """'unknown priority 'Urgent' (use emergency, urgent, normal)': an export capitalises its
    choices; the risk cells were read whatever their case already (Risk_To_Life)."""
    records = _with_packages(
        root,
        tmp_path,
        "case_id,country,to,needs,draft,lang,priority\n"
        "L1,AL,Tirana,legal,yes,FR,Urgent\nL2,AL,Tirana,legal,yes, ar ,\n",
    )
    assert [r.get("error") for r in records] == [None, None]
    package = (tmp_path / "out" / "L1.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in package and "p-urgent" in package


def test_a_row_with_several_bad_package_cells_names_each_of_them(root: Path, tmp_path: Path) -> None:
    """A row's bad case cells were all named ('sex: ...; also age: ...'), its bad package cells
    one a run: 'unknown priority 'high'', then, fixed, 'unknown package language 'de'', then ..."""
    records = _with_packages(
        root,
        tmp_path,
        "case_id,country,to,needs,draft,priority,lang,arrival,risk\n"
        "P1,AL,Tirana,legal,yes,high,de,soon,debts\n",
    )
    assert records[0]["error"] == (
        "unknown priority 'high' (use emergency, urgent, normal); also unknown package language 'de' "
        "(use en, fr, sq, uk, ar); also arrival: 'soon' is not a date (write it as YYYY-MM-DD, e.g. "
        "2026-03-01, or with the month's name, 1 March 2026); also unknown risk flag 'debts' (did you "
        "mean debt_bondage? known flags: risk_to_life, "
        "re_trafficking_high, "
        "traffickers_in_home_area, threats_received, debt_bondage, family_involvement, health_urgent, "
        "mental_health_crisis, pregnancy, substance_dependence, court_proceedings, media_exposure)"
    )


@pytest.mark.parametrize("value", [["x"], {"id": "x"}, True])
def test_a_json_case_id_that_is_no_text_fails_and_is_never_written_as_python(
    root: Path, tmp_path: Path, value: object
) -> None:
    """A JSON case whose case_id was a list came back with case_id "['x']" (Python's repr) and a
    package error about the case reference; a number (4) is read as its text, as before."""
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"case_id": value, "country": "AL", "to": "Tirana", "needs": "legal"},
        {"case_id": 4, "country": "AL"},
    ]
    cases.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    records = _records(_run(root, [str(cases)]).stdout)
    assert records[0] == {
        "case_id": "",
        "row": 1,
        "error": f"case_id: {json.dumps(value)} is not a text "
        '(write the case\'s code as a text, e.g. "AL-2026-0042")',
    }
    assert records[1]["case_id"] == "4"


@pytest.mark.parametrize(
    ("flag", "meant"), [("debts", "debt_bondage"), ("pregnant", "pregnancy"), ("threats", "threats_received")]
)
def test_an_unknown_risk_flag_names_the_flag_it_is_close_to(flag: str, meant: str) -> None:
    """'unknown risk flag 'debts' (known flags: ...)': twelve flags to read through for the one meant."""
    from svcmatch.errors import InputError
    from svcmatch.package import parse_risks

    with pytest.raises(InputError) as raised:
        parse_risks([flag])
    assert raised.value.hint.startswith(f"did you mean {meant}? known flags: risk_to_life, ")


# --------------------------------------------------------------------------- weights


def test_batch_ranks_with_the_weights_match_takes(root: Path, tmp_path: Path) -> None:
    """`match --weights FILE` ranked a country office's caseload one way, `batch` (no --weights)
    another: the same case gave other results in the two commands."""
    weights = tmp_path / "weights.json"
    weights.write_text('{"distance": 0.4}', encoding="utf-8")
    line = {"country": "AL", "to": "Shkoder", "needs": "shelter|legal", "sex": "female"}
    case = tmp_path / "case.json"
    case.write_text(json.dumps(line), encoding="utf-8")
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"case_id": "W1", **line}) + "\n", encoding="utf-8")
    record = _records(_run(root, [str(cases), "--weights", str(weights)]).stdout)[0]
    options = ["--weights", str(weights), "--format", "json", "--today", TODAY]
    matched = CliRunner().invoke(main, ["--directories", str(root), "match", "--case", str(case), *options])
    assert {k: v for k, v in record.items() if k not in ("case_id", "row")} == json.loads(matched.stdout)
    assert record["weights"]["distance"] == 0.4  # type: ignore[index]


def test_a_whole_number_written_with_a_decimal_comma_is_read_as_excel_wrote_it(
    root: Path, tmp_path: Path
) -> None:
    """Excel in most of Europe writes 17.0 as '17,0' in a CSV: 17.0 was read, '17,0' was 'not a
    whole number (write a number such as 18)'."""
    cases = tmp_path / "cases.csv"
    cases.write_text(
        'case_id,country,to,needs,age,children\nA1,AL,Tirana,legal,"17,0","1,0"\n', encoding="utf-8"
    )
    record = _records(_run(root, [str(cases)]).stdout)[0]
    assert (record["case"]["age"], record["case"]["children"]) == (17, 1)  # type: ignore[index]


# --------------------------------------------------------------------------- what the partner reads first

KHERSON_ADVISORY = "Parts of Kherson Oblast are under temporary military occupation"


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_an_advisory_for_the_place_of_return_comes_before_the_services(tmp_path: Path, fmt: str) -> None:
    """A return to Kherson: the advisory ('under temporary military occupation: check whether a
    return ... is possible and safe') came after every service card and alternative (Markdown),
    and after the reply form too (HTML): page 4 of 4 on A4, where a partner planning the
    reception reads last, if at all. It comes before the services, after the risk flags."""
    root = ["--directories", str(bundled_root())]
    case = ["--country", "UA", "--to", "Kherson", "--needs", "shelter,medical", "--sex", "female"]
    options = ["--case-ref", "UA-1", "--draft", "--today", "2026-11-28", "-f", fmt]
    result = CliRunner().invoke(main, [*root, "package", *case, *options])
    assert result.exit_code == 0, result.output
    text = result.stdout
    flags = text.index("<h2>Risk flags</h2>" if fmt == "html" else "## Risk flags")
    services = text.index("<h2>Services</h2>" if fmt == "html" else "## Services")
    assert flags < text.index(KHERSON_ADVISORY) < services


def test_the_bullets_of_a_boxed_list_sit_inside_its_box() -> None:
    """The 'To check' box's padding took the list's indent: its bullets hung outside the red box."""
    html = render(build(), "html")
    assert re.search(r"ul\.alert \{[^}]*padding-inline-start: 1\.7rem", html)
    assert html.index(".alert {") < html.index("ul.alert {")  # the later rule wins


# --------------------------------------------------------------------------- notes for two providers


@pytest.mark.parametrize(
    "cell",
    [
        "shelter=arrives late; medical=needs an interpreter",
        "shelter=arrives late\nmedical=needs an interpreter",
        "shelter=arrives late | doctor=needs an interpreter",
        "shelter=arrives late, medical=needs an interpreter",
    ],
)
def test_a_notes_cell_for_two_needs_gives_each_provider_its_own_note(
    root: Path, tmp_path: Path, cell: str
) -> None:
    """'shelter=arrives late; medical=needs an interpreter' in one notes_for cell: the whole text
    was the shelter's note, so the shelter read what was for the clinic (a package shares with
    each service only what it needs to know), and the clinic got nothing."""
    text = f'case_id,country,to,needs,sex,draft,notes_for\nN1,AL,Tirana,shelter|medical,female,yes,"{cell}"\n'
    assert (
        _run_cases(
            root, tmp_path, text, "--packages", str(tmp_path / "out"), "--package-format", "json"
        ).exit_code
        == 0
    )
    package = json.loads((tmp_path / "out" / "N1.json").read_text(encoding="utf-8"))
    assert {n["need"]: n["notes"] for n in package["needs"]} == {
        "shelter": "arrives late",
        "medical": "needs an interpreter",
    }


def test_a_note_that_holds_an_equals_sign_of_no_need_stays_whole(root: Path, tmp_path: Path) -> None:
    """A note's own '=' ('dose=5 mg') starts no note: 'dose' is no need."""
    text = 'case_id,country,to,needs,draft,notes_for\nN1,AL,Tirana,shelter,yes,"shelter=late; dose=5mg"\n'
    _run_cases(root, tmp_path, text, "--packages", str(tmp_path / "out"), "--package-format", "json")
    package = json.loads((tmp_path / "out" / "N1.json").read_text(encoding="utf-8"))
    assert package["needs"][0]["notes"] == "late; dose=5mg"


def test_a_note_for_a_need_the_case_has_not_says_how_to_keep_it_in_the_note_before(
    root: Path, tmp_path: Path
) -> None:
    """'shelter=with her sister, family=2 children' is two notes, the second for a need the case
    has not: the fix says how to keep it in the shelter's note."""
    note = "shelter=with her sister, family=2 children"
    text = f'case_id,country,to,needs,draft,notes_for\nN1,AL,Tirana,shelter,yes,"{note}"\n'
    error = _records(_run_cases(root, tmp_path, text, "--packages", str(tmp_path / "out")).stdout)[0]["error"]
    assert error == (
        "notes_for family: the match has no need family (needs in this match: shelter; if "
        "'family=' belongs to the note before it, write it without '=')"
    )


def test_two_risk_flags_in_one_item_are_said_as_two_not_as_the_first() -> None:
    """'risk_to_life debt_bondage' (a space between them): 'did you mean risk_to_life?', which,
    followed, dropped the debt bondage flag."""
    from svcmatch.errors import InputError
    from svcmatch.package import parse_risks

    with pytest.raises(InputError) as raised:
        parse_risks(["risk_to_life debt_bondage"])
    assert raised.value.hint.startswith(
        "it holds 2 flags: separate them with | or , (risk_to_life|debt_bondage); known flags: "
    )
