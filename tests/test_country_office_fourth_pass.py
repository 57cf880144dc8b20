"""A fourth country office pass: sheets as Excel saves them in each office's locale, an Open
Referral dataset in and out, and a week of closed-loop referrals. Each test is a problem that
the pass found."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_directory as run

from svcmatch.storage import DirectoryStore
from svcmatch.tables import read_table


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SVCMATCH_AUTHOR", "tester")
    return tmp_path / "dirs"


def new_directory(root: Path, country: str) -> None:
    DirectoryStore(country, root).create(author="t")


# --- a Ukrainian export saved by Excel as "CSV" (cp1251) --------------------------------------------


UA_SHEET = (
    "name,categories,city,address,region,phone\r\n"
    'Example Shelter Lviv,shelter,Lviv,"вул. Прикладна, 7",UA-46,+380 32 000 0007\r\n'
    'Example Legal Centre Kyiv,legal,Kyiv,"вул. Прикладна, 12",UA-30,+380 44 000 0012\r\n'
    "Example Clinic Odesa,medical,Odesa,Example street 3,UA-51,+380 48 000 0003\r\n"
)


def test_a_cp1251_sheet_of_latin_names_and_cyrillic_addresses_reads_as_cyrillic(
    root: Path, tmp_path: Path
) -> None:
    """A Ukrainian office exports the directory (names in Latin letters, addresses in Cyrillic),
    edits it in Excel and saves it as plain "CSV", which a Ukrainian Windows writes in cp1251.
    chardet read it as cp1252, and the import stored 'âóë. Ïðèêëàäíà, 7' for every address,
    with a note that suggested cp1250."""
    new_directory(root, "UA")
    sheet = tmp_path / "ua.csv"
    sheet.write_bytes(UA_SHEET.encode("cp1251"))
    result = run(root, "import", "UA", str(sheet))
    assert result.exit_code == 0, result.output
    assert "cp1251 (detected, not UTF-8), its letters read as 'вул', 'Прикладна'," in result.output
    assert "give --encoding" not in result.output  # the words show it; no western code page to try
    addresses = {p.address for p in DirectoryStore("UA", root).load().providers}
    assert addresses == {"вул. Прикладна, 7", "вул. Прикладна, 12", "Example street 3"}


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Qendra Shkodër,Durrës,Vlorë,Gjirokastër,500 €,20 °C", "cp1252"),
        ("Łódź,Kraków,ulica Świętokrzyska,źdźbło", "cp1250"),
        ("Şişli,İstanbul,Beşiktaş", "cp1254"),
        ("Αθήνα,Θεσσαλονίκη,οδός Παραδείγματος", "cp1253"),
        ("Київ,Львів,Притулок Надія", "cp1251"),
    ],
)
def test_each_scripts_code_page_reads_its_own_letters(text: str, codec: str) -> None:
    """The split by script leaves each code page's own letters as they were read before."""
    table = read_table(f"name;notes\r\nA;{text}\r\n".encode(codec), "x.csv")
    assert [row.cells for row in table] == [("A", text)]
