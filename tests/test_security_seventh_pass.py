"""The seventh adversarial pass over every command (issue 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

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
