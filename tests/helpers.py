"""What many test files share: the `svcmatch directory` command run on a folder of directories,
and such a folder made from provider records (directly, or through `directory add` as a user
adds them)."""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.model import provider_from_record
from svcmatch.storage import DirectoryStore


def signals_as_in_a_terminal() -> None:
    """A child process's `preexec_fn`: SIGINT and SIGHUP do what they do for a command typed at
    a terminal. A suite started in the background (`cmd &` in a script, `nohup`) passes them on
    ignored, and a test that interrupts a child then saw it run to the end (exit 0, not 130)."""
    for number in (signal.SIGINT, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


def run_directory(root: Path, *args: str, input: str | bytes | None = None) -> Result:
    """`svcmatch --directories ROOT directory ARGS...`, as a user types it (stdin from `input`)."""
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args], input=input)


def directory_folder(folder: Path, records: Iterable[Mapping[str, Any]], *, country: str = "AL") -> Path:
    """`folder` (made) holding one directory file of `country` with these provider records."""
    folder.mkdir(exist_ok=True)
    store = DirectoryStore(country, folder)
    store.create(title=f"{country} tests", author="tests")
    with store.transaction(author="tests") as transaction:
        for record in records:
            transaction.put(provider_from_record(dict(record)))
    return folder


def verified_days(root: Path, country: str) -> dict[str, dt.date | None]:
    """The day each provider of ROOT's directory of `country` was last verified, by its name."""
    return {p.name: p.verified_on for p in DirectoryStore(country, root).load().providers}


def imported_sheet(root: Path, tmp_path: Path, country: str, sheet: str, *options: str) -> Result:
    """`directory import COUNTRY` of a CSV sheet (UTF-8) into a directory of COUNTRY made empty
    first, as an office imports it."""
    directory_folder(root, [], country=country)
    path = tmp_path / "sheet.csv"
    path.write_text(sheet, encoding="utf-8")
    return run_directory(root, "import", country, str(path), *options)


def hand_made_directory(tmp_path: Path, country: str, records: list[dict[str, Any]], language: str) -> Path:
    """A folder of directories holding one country's file of `records`, added with `directory
    add`, each active, national, speaking `language` and verified on 2026-11-01 unless it says
    otherwise; its path."""
    full = [
        {
            "status": "active",
            "coverage": {"kind": "national"},
            "languages": [language],
            "verified_on": "2026-11-01",
            **record,
        }
        for record in records
    ]
    (tmp_path / "records.json").write_text(json.dumps(full), encoding="utf-8")
    root = tmp_path / "dirs"
    assert run_directory(root, "init", country).exit_code == 0
    added = run_directory(root, "add", country, "--json", str(tmp_path / "records.json"))
    assert added.exit_code == 0, added.output
    return root


def run_on(root: Path, command: str, options: list[str], today: str, *extra: str) -> str:
    """`svcmatch --directories ROOT COMMAND OPTIONS --today TODAY EXTRA...`'s standard output,
    asserting that it succeeded (the caseworker panels' way of running match and package)."""
    args = ["--directories", str(root), command, *options, "--today", today, *extra]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def match_json(root: Path, options: list[str], today: str, *extra: str) -> Any:
    """`match OPTIONS --format json` on ROOT, read (`run_on`)."""
    return json.loads(run_on(root, "match", options, today, "--format", "json", *extra))


def package_on(
    root: Path, options: list[str], today: str, case_ref: str, fmt: str = "json", *extra: str
) -> Any:
    """A draft `package` of OPTIONS on ROOT in `fmt`: read when JSON, else its text (`run_on`)."""
    text = run_on(root, "package", options, today, "--case-ref", case_ref, "--draft", "--format", fmt, *extra)
    return json.loads(text) if fmt == "json" else text


def sample_folder(tmp_path: Path, *countries: str) -> Path:
    """`tmp_path/dirs` holding a copy of the shipped samples of `countries` (lower case)."""
    samples = Path(__file__).resolve().parents[1] / "directories"
    folder = tmp_path / "dirs"
    folder.mkdir()
    for country in countries:
        (folder / f"{country}.json").write_bytes((samples / f"{country}.json").read_bytes())
    return folder


def referral_package(
    case_ref: str = "AL-7", prepared: str = "2026-11-20", needs: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """A referral package as `referral open` reads it, made before referral ids (the store
    derives them from its needs): AL, normal priority, `needs` (need -> provider id)."""
    chosen = needs or {"shelter": "al-shk-ae62"}
    return {
        "schema": "svcmatch-referral-package",
        "case_ref": case_ref,
        "draft": False,
        "prepared": {"at": prepared},
        "priority": {"level": "normal"},
        "return": {"country": "AL"},
        "needs": [{"need": need, "provider": {"id": pid}} for need, pid in chosen.items()],
    }


def first_from_place_of_return(found: Mapping[str, Any], needs: Iterable[str], words: str) -> None:
    """Assert that each need's first result in a match document is measured from the place of
    return, its reasons saying `words` ("1 km from Benin City")."""
    for need in needs:
        first = found["needs"][need][0]
        assert first["distance_from"] == "destination", (need, first)
        assert words in first["reasons"], (need, first["reasons"])


def big_batch_running(tmp_path: Path, **popen: Any) -> tuple[subprocess.Popen[str], Path]:
    """`batch --jobs 2 -o results.jsonl` of the example cases 1,000 times over the AL, MA and UA
    samples, started in a process group of its own and returned once it writes results, with
    the -o file (holding "earlier results" until the run ends well)."""
    root = sample_folder(tmp_path, "al", "ma", "ua")
    header, *rows = (Path(__file__).parents[1] / "examples" / "cases.csv").read_text("utf-8").splitlines()
    cases = tmp_path / "cases.csv"
    cases.write_text("\n".join([header, *rows * 1000]) + "\n", encoding="utf-8")
    output = tmp_path / "results.jsonl"
    output.write_text("earlier results\n", encoding="utf-8")
    command = [sys.executable, "-m", "svcmatch", "--directories", str(root), "batch", str(cases)]
    batch = subprocess.Popen(
        [*command, "--jobs", "2", "-o", str(output)],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a group of its own, as a terminal's job
        **popen,
    )
    while not any(path.stat().st_size > 1_000_000 for path in tmp_path.glob(".results.jsonl.*.tmp")):
        assert batch.poll() is None, "the batch ended before it wrote results"
        time.sleep(0.01)  # until results are being written
    return batch, output


def ods_text_cell(value: str) -> str:
    """An .ods cell holding a text, as LibreOffice writes one."""
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def ods_file(path: Path, rows: Iterable[str], sheet: str = "providers") -> Path:
    """`path`, an .ods workbook of one sheet whose rows are these `<table:table-row>` elements."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{"".join(rows)}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path
