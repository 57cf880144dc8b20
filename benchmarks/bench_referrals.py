"""What the referral store costs `match` and `batch` (issue 17): reading it, and matching with it.

    python benchmarks/bench_referrals.py                          # 2,000 referrals, 1,000 cases
    python benchmarks/bench_referrals.py --referrals 500 --cases 200

The store is made in a temporary folder beside a copy of the Albanian sample: packages of
five referrals each, three in four of them answered (accepted, declined for a reason, or
accepted then failed). Each figure is the CPU time of this process (time.process_time), so
that other work on a shared machine does not inflate it:

- reading the store: once with no `referrals` folder (what every `match` pays without a
  store), once with the referrals;
- a batch: the same cases through `batch.CaseProcessor` without the store, and with it; the
  store must be read once per country, never per case (the count of reads is printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from svcmatch.batch import BatchSettings, CaseProcessor, RawCase  # noqa: E402
from svcmatch.referrals import REASONS, Answer, Referral, ReferralFeedback, ReferralStore  # noqa: E402
from svcmatch.storage import load_directory  # noqa: E402

TODAY = dt.date(2026, 11, 25)
TOWNS = ("Shkodra", "Tirana", "Durres", "Vlore", "Korce", "Elbasan", "Fier", "Berat")
NEEDS = ("shelter", "shelter|medical", "legal|psychosocial", "medical", "employment")


def make_store(folder: Path, count: int, providers: list[tuple[str, str]]) -> None:
    """`count` referrals (rounded up to packages of five) opened over the last year."""
    store = ReferralStore(folder)
    chance = random.Random(17)
    for number in range((count + 4) // 5):
        prepared = TODAY - dt.timedelta(days=chance.randrange(1, 365))
        picked = chance.sample(providers, 5)
        package = {
            "schema": "svcmatch-referral-package",
            "case_ref": f"AL-BENCH-{number}",
            "prepared": {"at": prepared.isoformat()},
            "priority": {"level": "normal"},
            "return": {"country": "AL"},
            "needs": [{"need": need, "provider": {"id": pid}} for pid, need in picked],
        }
        answers = []
        for referral, _ in store.open_package(package):
            day = min(TODAY, prepared + dt.timedelta(days=chance.randrange(0, 10)))
            roll = chance.random()
            if roll < 0.4:
                answers.append(Answer(id=referral.id, status="accepted", date=day))
            elif roll < 0.65:
                reason = chance.choice(REASONS)
                answers.append(Answer(id=referral.id, status="declined", reason=reason, date=day))
            elif roll < 0.75:
                answers.append(Answer(id=referral.id, status="accepted", date=day))
                answers.append(Answer(id=referral.id, status="failed", reason="no_capacity", date=day))
        store.update(answers, today=TODAY)


def cpu(action: Callable[[], T]) -> tuple[float, T]:
    start = time.process_time()
    result = action()
    return time.process_time() - start, result


def batch_seconds(root: Path, cases: list[RawCase], referrals: Path | None) -> tuple[float, int]:
    """CPU seconds for the cases, and how often the store was read."""
    reads = 0
    original = ReferralStore.referrals

    def counted(self: ReferralStore, country: str | None = None) -> list[Referral]:
        nonlocal reads
        reads += 1
        return original(self, country)

    ReferralStore.referrals = counted  # type: ignore[method-assign]  # count the reads
    try:
        processor = CaseProcessor(BatchSettings(today=TODAY, root=str(root), referrals=referrals))
        processor.directory("AL")  # the directory load is not the figure
        seconds, outcomes = cpu(lambda: [processor(raw) for raw in cases])
    finally:
        ReferralStore.referrals = original  # type: ignore[method-assign]
    assert all(outcome.ok for outcome in outcomes), "a benchmark case failed"
    return seconds, reads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=2000)
    parser.add_argument("--cases", type=int, default=1000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "directories"
        root.mkdir()
        shutil.copy(REPO / "directories" / "al.json", root / "al.json")
        directory = load_directory("AL", root)
        providers = [(p.id, need) for p in directory.providers for need in p.categories]
        start = time.perf_counter()
        make_store(root / "referrals", options.referrals, providers)
        files = sum(1 for _ in (root / "referrals").rglob("*.json"))
        print(
            f"store: {options.referrals} referrals, {files} event files ({time.perf_counter() - start:.1f} s)"
        )

        empty, _ = cpu(lambda: ReferralFeedback(root / "nothing-here", TODAY).providers("AL"))
        full, known = cpu(lambda: ReferralFeedback(root / "referrals", TODAY).providers("AL"))
        made_full = sum(1 for f in known.values() if f.full_since)
        print(f"read with no store folder            {empty * 1000:8.2f} ms CPU")
        print(
            f"read {options.referrals} referrals            {full * 1000:8.1f} ms CPU "
            f"({len(known)} providers, {made_full} full by a recent no_capacity answer)"
        )

        chance = random.Random(5)
        cases = [
            RawCase(
                number,
                {
                    "case_id": f"c{number}",
                    "country": "AL",
                    "to": chance.choice(TOWNS),
                    "needs": chance.choice(NEEDS),
                    "sex": "female",
                    "age": str(chance.randint(18, 50)),
                },
            )
            for number in range(options.cases)
        ]
        batch_seconds(root, cases[:20], None)  # warm the gazetteer and the caches of the run
        without, _ = batch_seconds(root, cases, None)
        with_store, reads = batch_seconds(root, cases, root / "referrals")
        per = 1000 / len(cases)
        print(
            f"batch of {len(cases)} cases, no store           {without:6.2f} s CPU "
            f"({without * per:.2f} ms a case)"
        )
        print(
            f"batch of {len(cases)} cases, with the store     {with_store:6.2f} s CPU "
            f"({with_store * per:.2f} ms a case; store read {reads} time(s))"
        )


if __name__ == "__main__":
    main()
