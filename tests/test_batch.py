"""`svcmatch batch` end to end: order, errors, formats, stdin, repeatability, --jobs, packages."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import directory_folder

from svcmatch import batch
from svcmatch.cli import main
from svcmatch.storage import load_directory

TODAY = "2026-03-01"
SECRET = "Rruga e Fshehtë 7"

PROVIDERS = [
    {
        "id": "al-tir-0001",
        "name": "Women's Safe House",
        "categories": ["shelter", "medical", "psychosocial"],
        "city": "Tirana",
        "address": SECRET,
        "region": "AL-11",
        "latitude": 41.33,
        "longitude": 19.82,
        "coverage": {"kind": "national"},
        "sexes": ["female"],
        "vot_specialised": True,
        "confidential_address": True,
        "focal_point": "Focal Point A",
        "phone": "+355 4 000 001",
        "verified_on": "2026-01-15",
    },
    {
        "id": "al-tir-0002",
        "name": "Tirana Health Centre",
        "categories": ["medical"],
        "city": "Tirana",
        "address": "Rruga 1",
        "region": "AL-11",
        "latitude": 41.32,
        "longitude": 19.81,
        "coverage": {"kind": "radius", "km": 40},
        "verified_on": "2025-12-01",
    },
    {
        "id": "al-shk-0003",
        "name": "Shkodër Legal Aid",
        "categories": ["legal"],
        "city": "Shkodër",
        "address": "Rruga 2",
        "region": "AL-10",
        "latitude": 42.07,
        "longitude": 19.51,
        "coverage": {"kind": "regions", "regions": ["AL-10"]},
        "verified_on": "2026-02-01",
    },
]

HEADER = "case_id;country;to;needs;sex;age"
GOOD = "A1;AL;Tirana;shelter|medical;female;24"
UNMET = "A2;AL;Shkodër;legal|education;male;30"
BAD_PLACE = "A3;AL;Nowhere-Xyz;medical;female;40"
BAD_AGE = "A4;AL;Tirana;medical;female;old"
NO_COUNTRY = "A5;;Tirana;medical;female;40"


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return directory_folder(tmp_path / "directories", PROVIDERS)


def _csv(*lines: str) -> bytes:
    return ("\ufeff" + "\r\n".join((HEADER, *lines)) + "\r\n").encode()


def _run(root: Path, args: list[str], data: bytes | None = None) -> Result:
    today = [] if "--today" in args else ["--today", TODAY]
    return CliRunner().invoke(main, ["--directories", str(root), "batch", *args, *today], input=data)


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_mixed_rows_keep_order_report_errors_and_exit_1(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(GOOD, BAD_PLACE, UNMET, BAD_AGE, NO_COUNTRY))
    result = _run(root, [str(cases)])
    assert result.exit_code == 1, result.output
    records = _records(result.stdout)
    assert [(r["case_id"], r["row"]) for r in records] == [
        ("A1", 2),
        ("A3", 3),
        ("A2", 4),
        ("A4", 5),
        ("A5", 6),
    ]
    assert [sorted(r) == ["case_id", "error", "row"] for r in records] == [False, True, False, True, True]
    assert "Nowhere-Xyz" in str(records[1]["error"])
    assert "age" in str(records[3]["error"])
    assert "country" in str(records[4]["error"])
    assert all("\n" not in str(r.get("error", "")) for r in records)
    assert records[0]["plan"] and records[2]["unmet"] == ["education"]
    assert (
        result.stderr.strip().splitlines()[-1]
        == "svcmatch: 5 cases: 2 matched (1 with unmet needs), 3 failed"
    )


def test_records_are_the_match_json_of_each_case(root: Path, tmp_path: Path) -> None:
    from svcmatch.matching import Case, match
    from svcmatch.referral_feedback import ReferralFeedback

    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(GOOD, UNMET))
    result = _run(root, [str(cases)])
    assert result.exit_code == 0, result.output
    directory = load_directory("AL", root)
    for record, (to, needs, sex, age) in zip(
        _records(result.stdout),
        [("Tirana", "shelter|medical", "female", "24"), ("Shkodër", "legal|education", "male", "30")],
        strict=True,
    ):
        case = Case.from_mapping({"country": "AL", "to": to, "needs": needs, "sex": sex, "age": age})
        # with what the referral store beside the directory says (none here: zeros)
        answers = ReferralFeedback(root / "referrals", dt.date.fromisoformat(TODAY))
        expected = answers.apply(match(case, directory, today=dt.date.fromisoformat(TODAY))).to_json()
        assert {k: v for k, v in record.items() if k not in ("case_id", "row")} == json.loads(
            json.dumps(expected)
        )
    assert SECRET not in result.stdout


def test_all_matched_exits_0_and_country_can_be_a_default(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(GOOD, NO_COUNTRY))
    result = _run(root, [str(cases), "--country", "Albania"])
    assert result.exit_code == 0, result.output
    assert [r["case"]["country"] for r in _records(result.stdout)] == ["AL", "AL"]  # type: ignore[index]
    assert result.stderr.strip() == "svcmatch: 2 cases: 2 matched (0 with unmet needs), 0 failed"


def test_csv_output_is_one_flat_row_per_case(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(GOOD, BAD_PLACE, UNMET))
    result = _run(root, [str(cases), "--format", "csv"])
    lines = result.stdout_bytes.decode().split("\r\n")
    assert (
        lines[0] == "case_id,row,destination,region,plan,unmet,warnings,package,error,readings,unmet_reasons"
    )
    assert lines[1].startswith("A1,2,Tirana") and ",AL-11,shelter=al-tir-0001|medical=" in lines[1]
    assert lines[2].startswith("A3,3,,,,,,") and "Nowhere-Xyz" in lines[2]
    assert lines[3].startswith("A2,4,Shkodër,AL-10,legal=al-shk-0003,education,,")
    assert lines[4] == ""


def test_jsonl_from_stdin_and_json_array_output(root: Path) -> None:
    lines = [
        {"case_id": "J1", "country": "AL", "to": "Tirana", "needs": ["medical"], "age": 30},
        {"case_id": "J2", "country": "AL", "to": "Tirana", "needs": "medical", "nedds": 1},
        {"case_id": "J3", "country": "AL", "to": "Shkoder", "needs": "lawyer", "official_status": True},
    ]
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    as_lines = _run(root, ["-"], data)
    as_array = _run(root, ["-", "--format", "json"], data)
    assert as_lines.exit_code == as_array.exit_code == 1
    assert json.loads(as_array.stdout) == _records(as_lines.stdout)
    records = _records(as_lines.stdout)
    assert [r["row"] for r in records] == [1, 2, 3]
    assert str(records[1]["error"]).startswith("unknown keys: nedds (rename nedds to needs; ")
    assert [(step["need"], step["id"]) for step in records[2]["plan"]] == [("legal", "al-shk-0003")]  # type: ignore[union-attr,index]


def test_repeat_runs_are_byte_identical(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(GOOD, BAD_PLACE, UNMET))
    outputs = []
    for number in (1, 2):
        out = tmp_path / f"out{number}.jsonl"
        _run(root, [str(cases), "-o", str(out)])
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") == 3


def _many_cases(count: int) -> Iterator[str]:
    places = ["Tirana", "Shkodër", "Tiranë", "Nowhere-Xyz", "Scutari"]
    needs = ["shelter|medical", "legal", "doctor, lawyer", "medical|psychosocial|education", "bogus-need"]
    for number in range(count):
        yield (
            f"C{number:05d};AL;{places[number % 5]};{needs[number % 7 % 5]};"
            f"{('female', 'male')[number % 2]};{18 + number % 50}"
        )


def test_jobs_2_gives_the_same_bytes_as_one_process(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(*_many_cases(300)))  # several chunks of 64 per process
    single = _run(root, [str(cases), "--format", "csv"])
    spread = _run(root, [str(cases), "--format", "csv", "--jobs", "2"])
    assert single.exit_code == spread.exit_code == 1
    assert spread.stdout_bytes == single.stdout_bytes
    assert single.stdout_bytes.count(b"\r\n") == 301
    assert spread.stderr == single.stderr


PACKAGE_HEADER = "case_id;case_ref;country;to;needs;sex;age;consent_date;draft"


def test_packages_per_case_with_unsafe_case_ids_made_safe(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "\r\n".join(
            [
                PACKAGE_HEADER,
                "../../evil;R-1;AL;Tirana;shelter;female;24;2026-02-20;",
                "/etc/passwd;R-2;AL;Tirana;medical;female;24;;yes",
                "CON;R-3;AL;Tirana;medical;female;24;2026-02-20;",
                "a\x00b;R-4;AL;Tirana;medical;female;24;2026-02-20;",
                "evil;R-5;AL;Tirana;medical;female;24;2026-02-20;",
                "NO-CONSENT;;AL;Tirana;medical;female;24;;",
                "AL-7;;AL;Tirana;medical;female;24;2026-02-20;",
            ]
        )
        + "\r\n",
        encoding="utf-8",
    )
    out = tmp_path / "packages"
    result = _run(root, [str(cases), "--packages", str(out), "--package-format", "md"])
    assert result.exit_code == 1, result.output
    records = _records(result.stdout)
    # each named after its case reference, which travels with it and is checked for a person's
    # name, never after an unsafe case_id (session twenty-nine; the unsafe names themselves are
    # made safe by PackageFolder, tests/test_batch_io.py and tests/test_security_paths.py)
    assert [r.get("package") for r in records] == [
        "R-1.md",
        "R-2.md",
        "R-3.md",
        "R-4.md",
        "R-5.md",
        None,
        "AL-7.md",
    ]
    assert "consent" in str(records[5]["error"])
    written = sorted(str(r["package"]) for r in records if "package" in r)
    assert sorted(p.name for p in out.iterdir()) == written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.csv", "directories", "packages"]
    text = (out / "R-1.md").read_text(encoding="utf-8")
    assert "R-1" in text and "2026-03-01" in text and SECRET not in text
    assert "DRAFT" in (out / "R-2.md").read_text(encoding="utf-8")
    assert "AL-7" in (out / "AL-7.md").read_text(encoding="utf-8")  # case_ref defaults to case_id


def test_packages_are_reproducible(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    row = "P1;;AL;Tirana;shelter|medical;female;24;2026-02-20;"
    cases.write_text(f"{PACKAGE_HEADER}\n{row}\n", encoding="utf-8")
    texts = []
    for number in (1, 2):
        out = tmp_path / f"p{number}"
        assert _run(root, [str(cases), "--packages", str(out)]).exit_code == 0
        texts.append((out / "P1.html").read_bytes())
    assert texts[0] == texts[1]


@pytest.mark.parametrize(
    ("args", "data", "message"),
    [
        (["{cases}"], "case_id,neeeds\nA,shelter\n", "unknown columns: neeeds"),
        (["{cases}", "--country", "Atlantis"], "case_id,to\nA,Tirana\n", "Atlantis"),
        (["{cases}", "--today", "tomorrow"], "case_id,to\nA,Tirana\n", "--today"),
        (["{missing}"], "", "cannot read"),
        (["{cases}", "--jobs", "0"], "case_id,to\nA,Tirana\n", "--jobs"),
    ],
)
def test_usage_errors_exit_2_with_one_line_and_no_output(
    root: Path, tmp_path: Path, args: list[str], data: str, message: str
) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text(data, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    filled = [a.format(cases=cases, missing=tmp_path / "missing.csv") for a in args]
    result = _run(root, [*filled, "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert message in result.stderr.strip().splitlines()[-1]  # one line (click adds usage above its own)
    assert "Traceback" not in result.output and not out.exists()


def test_matching_a_large_generated_input_streams_in_bounded_memory(root: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(*_many_cases(3_000)))
    directories = {"AL": load_directory("AL", root)}
    settings = batch.BatchSettings(today=dt.date.fromisoformat(TODAY))

    def run(limit: int) -> batch.Summary:
        summary = batch.Summary()
        sink = io.StringIO()
        writer = batch.record_writer("jsonl", sink)
        with cases.open("rb") as stream:
            reader = batch.CaseReader(stream, "csv")
            for outcome in batch.run_batch(reader, settings, directories=directories):
                writer.write(outcome.record)
                summary.add(outcome)
                sink.seek(0)
                sink.truncate()  # the sink stands for the terminal: what it keeps is not the batch's
                if summary.cases == limit:
                    break
        return summary

    run(300)  # loads the gazetteer and fills the matcher's caches
    tracemalloc.start()
    try:
        summary = run(3_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.cases == 3_000 and summary.failed > 0 and summary.matched > 0
    assert peak < 1_000_000, f"peak {peak:,} bytes while matching 3,000 cases: not streaming"


def test_output_into_a_fifo_writes_into_it_and_never_replaces_it(root: Path, tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "results.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    cases = tmp_path / "cases.csv"
    cases.write_bytes(_csv(GOOD))
    result = _run(root, [str(cases), "-o", str(fifo)])
    reader.join(timeout=10)
    assert result.exit_code == 0, result.output
    assert fifo.is_fifo() and _records(received[0].decode())[0]["case_id"] == "A1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.csv", "directories", "results.fifo"]


def test_a_run_in_one_process_sets_its_objects_aside_from_gc_and_leaves_gc_as_it_was(
    root: Path, tmp_path: Path
) -> None:
    cases = _csv(*_many_cases(batch.FREEZE_EVERY + 20))
    directories = {"AL": load_directory("AL", root)}
    settings = batch.BatchSettings(today=dt.date.fromisoformat(TODAY))
    assert gc.get_freeze_count() == 0
    frozen_during = []
    for outcome in batch.run_batch(
        batch.CaseReader(io.BytesIO(cases), "csv"), settings, directories=directories
    ):
        frozen_during.append(gc.get_freeze_count())
        assert outcome.case_id
    assert len(frozen_during) == batch.FREEZE_EVERY + 20 and min(frozen_during) > 0
    assert gc.get_freeze_count() == 0  # unfrozen at the end
    gc.freeze()  # a caller that froze objects itself keeps them frozen
    try:
        reader = batch.CaseReader(io.BytesIO(cases), "csv")
        assert sum(1 for _ in batch.run_batch(reader, settings, directories=directories)) == len(
            frozen_during
        )
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
