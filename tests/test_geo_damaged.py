"""A damaged gazetteer (a hand, a disk, an attacker with write access to the user's gazetteer
folder) is a one-line error that names the file, never a traceback: JSON nested 100,000 deep
(a RecursionError), a chunk whose compressed bytes are damaged (read mid-command, long after the
file was opened), a town row of the wrong shape."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from svcmatch.errors import DataError
from svcmatch.geo.gazetteer import _point, _town

DATA = Path(__file__).resolve().parents[1] / "svcmatch" / "geo" / "data"


def _locate(folder: Path, query: str = "Orosh") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SVCMATCH_GAZETTEERS": str(folder)}
    command = [sys.executable, "-m", "svcmatch", "locate", query, "--country", "AL"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def test_a_gazetteer_nested_too_deeply_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "al.json.gz").write_bytes(gzip.compress(b"[" * 100_000))
    result = _locate(tmp_path)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"svcmatch: error: cannot read {tmp_path / 'al.json.gz'}: its JSON is nested too deeply "
        "(rebuild or reinstall the data file)"
    ]


def test_a_gazetteer_that_unpacks_past_the_limit_is_one_line(tmp_path: Path) -> None:
    # 80 MiB of spaces from 80 KB (nineteenth adversarial pass: 300 MB took 608 MB of memory
    # before the error); refused as soon as 64 MiB are unpacked
    (tmp_path / "al.json.gz").write_bytes(gzip.compress(b" " * (80 * 1024 * 1024), 9))
    result = _locate(tmp_path)
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"svcmatch: error: cannot read {tmp_path / 'al.json.gz'}: it unpacks to more than 64 MiB "
        "(rebuild or reinstall the data file)"
    ]


def test_a_damaged_chunk_is_one_line_naming_the_file(tmp_path: Path) -> None:
    data = bytearray((DATA / "al.json.gz").read_bytes())
    reader = zlib.decompressobj(wbits=31)
    reader.decompress(bytes(data))
    start = len(data) - len(reader.unused_data)  # the chunks follow the head
    for at in range(start + 100, len(data) - 100, 300):
        data[at] ^= 0x55
    (tmp_path / "al.json.gz").write_bytes(bytes(data))
    result = _locate(tmp_path)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"svcmatch: error: {tmp_path / 'al.json.gz'} is damaged: its ")


@pytest.mark.parametrize("row", [["Orosh", "north", 20.0, 0, "AL-08", 0], ["Orosh"], None])
def test_a_damaged_town_row_is_a_data_error(row: object) -> None:
    with pytest.raises(DataError, match="a gazetteer is damaged: a town reads"):
        _town(row)  # type: ignore[arg-type]


def test_a_damaged_border_point_is_a_data_error() -> None:
    with pytest.raises(DataError, match="a border point reads"):
        _point(["41.0"])
