"""Closed-loop referrals, a second user pass: caseworkers following referrals up, partners
answering by file or e-mail, an office's manager reading the figures, scripts, and stores that
travel between machines. Each test is a defect found by using `svcmatch referral ...`, written
first and seen to fail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import referral_package, sample_folder

from svcmatch.cli import main
from svcmatch.referrals import ReferralStore


def run(root: Path, *args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, ["--directories", str(root), *args], input=stdin)


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    return sample_folder(tmp_path, "al")


def opened(root: Path, **package: Any) -> list[str]:
    store = ReferralStore(root / "referrals")
    return [referral.id for referral, _ in store.open_package(referral_package(**package))]


# --------------------------------------------------------------------------- a store that travels


def test_a_store_copied_through_a_mac_still_reads(root: Path) -> None:
    """A store copied to a USB stick or a network share from a Mac gets an AppleDouble file
    beside each file (`._open.json`, the Finder's metadata, not JSON): every referral command
    stopped ("referral event .../._open.json is not JSON"), and match dropped the whole
    referral history. Hidden files are no events."""
    (rid,) = opened(root)
    folder = root / "referrals" / "al" / rid
    (folder / "._open.json").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    (root / "referrals" / "al" / "._ref-000000000000").write_bytes(b"\x00\x05\x16\x07")
    listed = run(root, "referral", "list", "--format", "json", "--today", "2026-11-25")
    assert listed.exit_code == 0, listed.output
    assert [item["id"] for item in json.loads(listed.stdout)] == [rid]
    shown = run(root, "referral", "show", rid, "--today", "2026-11-25")
    assert shown.exit_code == 0, shown.output
    matched = run(
        root, "match", "--country", "AL", "--to", "Shkodra", "--needs", "shelter", "--format", "json",
        "--today", "2026-11-25",
    )  # fmt: skip
    assert "referral history not used" not in matched.stdout
    assert json.loads(matched.stdout)["needs"]["shelter"][0]["referrals"] is not None


# --------------------------------------------------------------------------- answers, one by one or many


def test_an_unknown_referral_in_an_answers_file_names_its_row(root: Path) -> None:
    """A partner's file of 200 answers holds one id that is not in this store (another
    office's referral, a typo): the error named the id and the store, not the row, and the
    supervisor searched the sheet for it."""
    (rid,) = opened(root)
    answers = root.parent / "answers.csv"
    answers.write_text(f"id,status\n{rid},accepted\nref-000000000000,accepted\n")
    result = run(root, "referral", "update", "--from", str(answers), "--today", "2026-11-25")
    assert result.exit_code == 4 or result.exit_code == 2, result.output
    assert "row 3" in result.stderr and "ref-000000000000" in result.stderr
    assert ReferralStore(root / "referrals").get(rid).status == "requested"  # all or nothing


@pytest.mark.parametrize("said", ["no answer", "No response", "no reply", "pas de réponse"])
def test_no_answer_is_refused_with_what_to_do_instead(root: Path, said: str) -> None:
    """A partner that never answered: the caseworker typed `--status "no answer"` and was told
    only the list of statuses (none of which says it). The refusal says what to do: leave it
    requested (`referral list --overdue` lists it, `referral stats` counts it unanswered), or
    cancel it with a note."""
    (rid,) = opened(root)
    result = run(root, "referral", "update", rid, "--status", said, "--today", "2026-12-25")
    assert result.exit_code == 2
    assert "--overdue" in result.stderr and "--status cancelled" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- the office's lists


def test_a_provider_id_typed_wrong_is_named_not_an_empty_list(root: Path) -> None:
    """`referral list --provider al-shk-ae6` (one letter short) or in capitals said "no
    referrals match", nothing else: the manager read that the shelter had never been sent
    anyone. The list stays empty (a script reads it; tests/test_referrals.py pins `[]`), and
    stderr says that no such provider exists, naming the one meant."""
    opened(root)
    for typed in ("al-shk-ae6", "AL-SHK-AE62"):
        result = run(
            root, "referral", "list", "--provider", typed, "--today", "2026-11-25", "--format", "json"
        )
        assert result.exit_code == 0 and json.loads(result.stdout) == [], (typed, result.output)
        assert "holds no such provider: did you mean al-shk-ae62" in result.stderr, result.stderr
    fine = run(root, "referral", "list", "--provider", "al-shk-ae62", "--today", "2026-11-25")
    assert fine.exit_code == 0 and "al-shk-ae62" in fine.stdout
    # a provider of the directory that no referral went to: an empty list, rightly
    never = run(root, "referral", "list", "--provider", "al-exa-d378", "--country", "AL")
    assert never.exit_code == 0 and "no referrals match" in never.stderr
    assert "no such provider" not in never.stderr


def test_a_provider_removed_from_the_directory_still_lists_its_referrals(root: Path) -> None:
    """The check of --provider must not refuse the id of a provider removed since: its
    referrals are in the store."""
    opened(root, needs={"shelter": "al-gone-0001"})
    result = run(root, "referral", "list", "--provider", "al-gone-0001", "--today", "2026-11-25")
    assert result.exit_code == 0, result.output
    assert "al-gone-0001" in result.stdout and "no such provider" not in result.stderr
