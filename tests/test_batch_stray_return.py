"""A stray double quote whose cell holds a carriage return inside a line.

CI on 2026-12-06 drew `case_id,country,to,needs,sex,age` then `"`, a line break and `\\r0"`
(tests/test_security_fuzz.py::test_batch_rows): the check for rows taken into a quoted cell
read each line of the cell with the csv module, which refuses a carriage return inside an
unquoted field, and `batch` ended in a traceback.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from svcmatch.cli import main


def test_a_stray_quote_with_a_carriage_return_in_its_cell_is_one_line_not_a_traceback() -> None:
    root = Path(__file__).resolve().parent.parent / "directories"
    text = 'case_id,country,to,needs,sex,age\n"\n\r0"\n'
    args = ["--directories", str(root), "batch", "-", "--input-format", "csv"]
    result = CliRunner().invoke(main, args, input=text)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
