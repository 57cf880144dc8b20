"""Enormous cells, rows and files are refused with a clear error, in a bounded amount of memory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.fileio import MAX_INPUT_BYTES, MAX_LINE_BYTES
from svcmatch.storage import DirectoryStore

# Runs one command in a fresh process and prints its exit code, its output and its peak memory.
MEASURE = """
    import resource, sys
    from click.testing import CliRunner
    from svcmatch.cli import main
    result = CliRunner().invoke(main, sys.argv[1:])
    try:  # VmHWM: this process's own peak (ru_maxrss keeps the parent's peak across exec)
        status = open("/proc/self/status").read()
        peak_mib = int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError):
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tail = result.output[-300:].replace(chr(10), " ")
    print(result.exit_code, round(peak_mib), repr(result.exception), tail)
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    DirectoryStore("AL", tmp_path / "dirs").create(author="t")
    return tmp_path / "dirs"


def measured(*args: str) -> tuple[int, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MEASURE), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    code, peak, rest = done.stdout.split(" ", 2)
    return int(code), int(peak), rest


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.write(b"name,notes\n")
        handle.truncate(size)
    return path


def test_an_import_file_past_the_limit_is_refused_before_it_is_read(root: Path, tmp_path: Path) -> None:
    big = sparse(tmp_path / "huge.csv", MAX_INPUT_BYTES + 1)
    code, peak, output = measured("--directories", str(root), "directory", "import", "AL", str(big))
    assert code == 2 and "larger than 50 MiB" in output and "SystemExit" in output
    assert peak < 150, peak  # MiB: the file was not read


def test_an_endless_case_file_is_cut_off_at_the_limit(root: Path) -> None:
    code, peak, output = measured("--directories", str(root), "match", "--case", "/dev/zero")
    assert code == 2 and "case file is larger than 50 MiB" in output
    assert peak < 250, peak  # at most the limit is ever held


def test_an_enormous_batch_line_stops_with_its_line_number(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"case_id": "a", "country": "AL", "to": "Tirana", "needs": "legal"}\n'
        + '{"case_id": "b", "to": "'
        + "x" * (MAX_LINE_BYTES + 10)
        + '"}\n',
        encoding="utf-8",
    )
    code, peak, output = measured("--directories", str(root), "batch", str(cases))
    assert code == 2 and "line 2 of the cases is longer than 1024 KiB" in output
    assert peak < 150, peak


def test_an_enormous_csv_cell_is_one_clear_error(root: Path, tmp_path: Path) -> None:
    cell = "x" * 200_000  # past csv's 128 KiB cell limit, the documented limit of a cell
    sheet = tmp_path / "big-cell.csv"
    sheet.write_text(f"name,notes\nQendra,{cell}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--directories", str(root), "directory", "import", "AL", str(sheet)])
    assert (
        result.exit_code == 2
        and "row 2" in result.output
        and "field larger than field limit" in result.output
    )
    assert cell not in result.output and len(result.output) < 1000
    cases = tmp_path / "cases.csv"
    cases.write_text(
        f"case_id,country,to,needs\na,AL,Tirana,legal\nb,AL,{cell},legal\nc,AL,Tirana,legal\n",
        encoding="utf-8",
    )
    batch = CliRunner().invoke(main, ["--directories", str(root), "batch", str(cases)])
    records = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [r["case_id"] for r in records] == ["a", "", "c"]  # the bad row fails alone, in order
    assert "field larger than field limit" in records[1]["error"] and batch.exit_code == 1


def test_an_enormous_value_is_never_echoed_whole(root: Path) -> None:
    huge = "Tirana" * 100_000
    result = CliRunner().invoke(
        main, ["--directories", str(root), "match", "--country", "AL", "--to", huge, "--needs", "legal"]
    )
    assert result.exit_code == 2 and len(result.output) < 1000
    assert result.output.count("\n") == 1  # one line


def test_an_xlsx_that_unpacks_to_too_much_is_refused_before_openpyxl_reads_it(tmp_path: Path) -> None:
    import zipfile

    from svcmatch.errors import InputError
    from svcmatch.tabular import MAX_XLSX_SHARED_STRINGS, read_bytes

    bomb = tmp_path / "providers.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/sharedStrings.xml", "w") as part:
            chunk = b"<si><t>x</t></si>" * 65536
            for _ in range(MAX_XLSX_SHARED_STRINGS // len(chunk) + 1):
                part.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError, match="unpacks to"):
        read_bytes(bomb.read_bytes(), "AL", fmt="xlsx", name="providers.xlsx")
