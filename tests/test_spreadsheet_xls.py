"""Old Excel (.xls, Excel 97-2003) through the optional python-calamine reader (issue 15)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.storage import DirectoryStore
from svcmatch.tables import read_table

#: A real .xls (BIFF8 in an OLE file), fictional data. openpyxl cannot write .xls; it was made
#: once with xlwt 1.3.0 (pip install xlwt), not a dependency of svcmatch:
#:
#:     book = xlwt.Workbook(encoding="utf-8")
#:     lists = book.add_sheet("Lists")          # categories, regions / shelter, AL-11 / legal, AL-10
#:     sheet = book.add_sheet("Partners")
#:     sheet.write_merge(0, 0, 0, 5, "Referral partners, Albania (fictional)")
#:     # row 2: name, categories, region, city, phone, verified_on
#:     # row 3: Qendra Excel 97, legal, AL-11, Tiranë, 355692345678 (a number), 2026-03-01
#:     # row 4: Strehë Shkodër, shelter, AL-10, Shkodër, "+355 22 000 001", 2025-12-15
#:     # (the dates written with xlwt.easyxf(num_format_str="DD/MM/YYYY"): date cells)
#:     book.save("partners.xls")
XLS = Path(__file__).parent / "fixtures" / "spreadsheets" / "partners.xls"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


def run(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args])


def test_an_xls_workbook_imports_with_its_sheet_header_phones_and_dates(root: Path) -> None:
    pytest.importorskip("python_calamine")
    result = run(root, "import", "AL", str(XLS))
    assert result.exit_code == 0, result.output
    assert (
        "read partners.xls: XLS, sheet 'Partners' (also: Lists), header on row 2 "
        "(row 1 above it not read)" in result.stderr
    )
    stored = {p.name: p for p in DirectoryStore("AL", root).load().providers}
    assert set(stored) == {"Qendra Excel 97", "Strehë Shkodër"}
    qendra, shkoder = stored["Qendra Excel 97"], stored["Strehë Shkodër"]
    assert (qendra.city, qendra.region, qendra.categories) == ("Tiranë", "AL-11", ("legal",))
    assert qendra.phone == "+355 69 234 5678"  # the sheet made it a number; its + is shown as read
    assert "read '355692345678' as +355 69 234 5678: its + was missing" in result.stderr
    assert (qendra.verified_on, shkoder.verified_on) == (dt.date(2026, 3, 1), dt.date(2025, 12, 15))


def test_an_xls_is_known_by_its_bytes_and_its_sheets_can_be_named() -> None:
    pytest.importorskip("python_calamine")
    data = XLS.read_bytes()
    table = read_table(data, "-")  # standard input: no extension, the OLE signature tells
    assert table.info.format == "xls"
    with pytest.raises(InputError, match=r"has no sheet 'Providers' \(its sheets are: Lists, Partners\)"):
        read_table(data, "partners.xls", sheet="Providers")


def test_a_damaged_xls_is_one_error(root: Path, tmp_path: Path) -> None:
    pytest.importorskip("python_calamine")
    broken = tmp_path / "broken.xls"
    broken.write_bytes(XLS.read_bytes()[:1500])
    result = run(root, "import", "AL", str(broken))
    assert result.exit_code == 2
    assert "broken.xls: not a readable .xls file" in result.stderr and "Traceback" not in result.output
    assert DirectoryStore("AL", root).load().providers == ()


def test_without_python_calamine_an_xls_is_refused_with_the_extra_to_install(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "python_calamine", None)  # as if it were not installed
    result = run(root, "import", "AL", str(XLS))
    assert result.exit_code == 2
    assert "reading .xls files needs python-calamine" in result.stderr
    assert "pip install '.[xlsx,ods]'" in result.stderr  # from the svcmatch folder, as the README says
