"""The installed wheel carries the bundled sample directories and works outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="hatchling (test extra) builds the wheel offline")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("svcmatch-*.whl")
    return built


def test_wheel_holds_the_sample_directories_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for country in ("al", "ma", "ng", "ua"):
        assert f"svcmatch/_bundled_directories/{country}.json" in names
    # Issue 16: a gazetteer for every country with ISO 3166-2 subdivisions, within 25 MB.
    gazetteers = [n for n in names if n.startswith("svcmatch/geo/data/") and n.endswith(".json.gz")]
    assert len(gazetteers) > 190
    assert wheel.stat().st_size < 25 * 1024 * 1024
    assert "svcmatch/py.typed" in names
    assert not any(name.startswith(("tests/", ".venv/", "benchmarks/")) for name in names)


def test_installed_wheel_reads_bundled_directories(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "SVCMATCH_DIRECTORIES"}
    env["PYTHONPATH"] = str(site)
    done = subprocess.run(
        [sys.executable, "-m", "svcmatch", "directory", "list", "AL", "--format", "json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    providers = json.loads(done.stdout)
    assert len(providers) >= 60
    assert "sample" in done.stderr.lower()
    code = "import svcmatch.storage as s; print(s.resolve_root().path)"
    where = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    )
    assert Path(where.stdout.strip()).is_relative_to(site)
