"""Loading 5,000 HSDS-imported providers against 5,000 native ones (issue 15: at most 2x).

    python benchmarks/bench_hsds_load.py                 # 5,000 providers, median of 5 loads
    python benchmarks/bench_hsds_load.py --providers 2000 --repeat 3

Three directory files of the same providers are written: native (as `directory add` makes
them), HSDS-imported (exported as HSDS, given the kind of material other publishers' feeds
carry — schedules, funding, costs, organization details, location descriptions, a second
address — then imported with `read_hsds`), and the same import with the kept HSDS material
as nested objects, as svcmatch stored it before (for comparison). Each is loaded with
`load_directory` in fresh processes: median wall time and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
COUNTRY = "UA"
LIMIT = 2.0


def foreign_material(record: dict[str, Any], number: int) -> None:
    """What a real publisher's service record carries beyond what svcmatch maps."""
    text = f"Service {number}: walk-in and appointments; bring any document you have. " * 4
    record["description"] = text
    record["fees_description"] = "Free of charge for people referred by partner organisations."
    record["eligibility_description"] = "Adults and accompanied children; interpreters on request."
    record["schedules"] = [
        {"byday": day, "opens_at": "09:00", "closes_at": "17:00", "freq": "WEEKLY", "description": text[:80]}
        for day in ("MO", "TU", "WE", "TH", "FR")
    ]
    record["funding"] = [{"source": "Ministry of Social Policy"}, {"source": "Private donations"}]
    record["cost_options"] = [{"option": "Consultation", "currency": "UAH", "amount": 0}]
    organization = record.setdefault("organization", {})
    organization.update(
        {
            "alternate_name": f"Org {number}",
            "tax_status": "non-profit",
            "year_incorporated": 2001 + number % 20,
            "legal_status": "registered charity",
            "contacts": [
                {"name": f"Director {number}", "title": "Director", "email": f"d{number}@example.org"}
            ],
            "organization_identifiers": [
                {"identifier_type": "registration", "identifier": f"{40000000 + number}"}
            ],
        }
    )
    for sal in record.get("service_at_locations") or []:
        location = sal.get("location") or {}
        location["description"] = "Ground floor, ramp at the side entrance."
        location["transportation"] = "Bus 12, tram 3; five minutes from the station."
        location["accessibility"] = [{"description": "Step-free access", "details": "ramp and lift"}]
        for address in location.get("addresses") or []:
            address["address_2"] = "Building B"
            address["postal_code"] = f"{10000 + number % 89999}"
        location.setdefault("addresses", []).append(
            {
                "address_1": f"PO Box {number}",
                "city": "Kyiv",
                "state_province": "Kyiv",
                "postal_code": "01001",
                "country": "UA",
                "address_type": "postal",
            }
        )


def write_files(folder: Path, count: int) -> dict[str, Path]:
    from benchmarks.generate import provider_records, towns, write_directory
    from svcmatch.hsds import read_hsds, services_json
    from svcmatch.hsds.aside import KEY, PLACE_KEY, unpack
    from svcmatch.storage import load_directory

    places = towns(COUNTRY)
    native_root = folder / "native"
    write_directory(native_root, COUNTRY, provider_records(COUNTRY, count, places))
    records, _ = services_json(load_directory(COUNTRY, native_root), include_confidential=True)
    for number, record in enumerate(records):
        foreign_material(record, number)
    providers = []
    for start in range(0, count, 1000):  # files of 1,000 records stay under the 50 MiB input limit
        feed = folder / f"feed-{start}.json"
        feed.write_text(json.dumps(records[start : start + 1000], ensure_ascii=False), encoding="utf-8")
        result = read_hsds(feed, COUNTRY, taxonomy_map=None, strict=False)
        providers += result.providers  # a generated point the checks put outside the country is refused
    kept = {p.id for p in providers}
    if len(kept) < count:  # compare the same providers: the native file loses the refused ones too
        print(f"({count - len(kept)} generated providers refused by the checks; both files leave them out)")
        native = [r for r in provider_records(COUNTRY, count, places) if r["id"] in kept]
        write_directory(native_root, COUNTRY, iter(native))
    hsds_root = folder / "hsds"
    write_directory(hsds_root, COUNTRY, (p.to_record() for p in providers))
    nested_root = folder / "nested"

    def nested(record: dict[str, Any]) -> dict[str, Any]:
        extra = dict(record["extra"])
        whole = unpack(extra)
        extra.pop(PLACE_KEY, None)
        extra[KEY] = whole
        return {**record, "extra": extra}

    write_directory(nested_root, COUNTRY, (nested(p.to_record()) for p in providers))
    return {"native": native_root, "hsds": hsds_root, "nested (before)": nested_root}


def load_command(root: Path) -> list[str]:
    code = "import sys; from svcmatch.storage import load_directory; load_directory(sys.argv[1], sys.argv[2])"
    return [sys.executable, "-c", code, COUNTRY, str(root)]


def seconds_of(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True)
    return time.perf_counter() - start


def peak_of(command: list[str]) -> int:
    code = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code, *command], cwd=REPO, check=True, capture_output=True)
    return int(out.stdout.strip())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--providers", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        roots = write_files(Path(temporary), args.providers)
        floor = [sys.executable, "-c", "import svcmatch.storage"]
        base = statistics.median(seconds_of(floor) for _ in range(args.repeat))
        figures = {}
        for name, root in roots.items():
            seconds = statistics.median(seconds_of(load_command(root)) for _ in range(args.repeat))
            size = (root / f"{COUNTRY.lower()}.json").stat().st_size
            figures[name] = (seconds - base, peak_of(load_command(root)), size)
    print(
        f"loading {args.providers:,} providers (median of {args.repeat} fresh processes, import time removed)"
    )
    native_time, native_peak, _ = figures["native"]
    for name, (seconds, peak, size) in figures.items():
        print(
            f"  {name:16} {seconds:6.2f} s  {peak / 2**20:6.0f} MiB peak  file {size / 2**20:5.1f} MiB"
            f"  ({seconds / native_time:.2f}x time, {peak / native_peak:.2f}x memory of native)"
        )
    hsds_time, hsds_peak, _ = figures["hsds"]
    ok = hsds_time <= LIMIT * native_time and hsds_peak <= LIMIT * native_peak
    print(f"target: HSDS-imported <= {LIMIT:g}x native in time and memory: {'met' if ok else 'NOT MET'}")


if __name__ == "__main__":
    main()
