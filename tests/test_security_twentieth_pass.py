"""The twentieth adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root, one_line_error

from svcmatch.errors import InputError
from svcmatch.model import parse_date, parse_float, parse_int
from svcmatch.referrals import parse_day, read_day, read_month

# --- another script's digits ------------------------------------------------------------------------

_MEDICAL = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "medical")


@pytest.mark.parametrize(
    ("args", "plain"),
    [
        ((*_MEDICAL, "--age", "٣٠"), "30"),  # Arabic-Indic
        ((*_MEDICAL, "--max-km", "３０"), "30"),  # full-width
        ((*_MEDICAL, "--children", "۲"), "2"),  # Persian
        ((*_MEDICAL, "--top", "३"), "3"),  # Devanagari
        ((*_MEDICAL, "--today", "2026-12-0７"), "2026-12-07"),
        (("referral", "list", "--today", "2026-12-0٧"), "2026-12-07"),
        (("coverage", "AL", "--for", "١٦"), "16"),
    ],
)
def test_a_number_or_date_in_another_scripts_digits_is_refused_with_the_plain_form(
    tmp_path: Path, args: tuple[str, ...], plain: str
) -> None:
    """`--age ٣٠` matched a 30-year-old, `--max-km ３０` kept 30 km and `--today 2026-12-0７`
    judged records on the 7th, without a word (`\\d`, int() and float() read every script's
    digits), where `referral list --today` refused the same day. Every door refuses them with
    the text in 0-9."""
    root = make_root(tmp_path / "d", CLINIC)
    one_line_error(cli(root, *args), "another script's digits", f"0-9: {plain}")


@pytest.mark.parametrize(
    ("field", "value", "plain"),
    [
        ("verified_on", "٢٠٢٦-٠٣-٠١", "2026-03-01"),
        ("capacity_available", "٣", "3"),
        ("latitude", "４１.７８", "41.78"),
        ("max_age", "٦٠", "60"),
    ],
)
def test_a_records_value_in_another_scripts_digits_is_refused_at_every_door(
    tmp_path: Path, field: str, value: str, plain: str
) -> None:
    """`directory edit --set verified_on=٢٠٢٦-٠٣-٠١` stored 2026-03-01 without a word; an
    import's cell the same (a day-first ٠٦/٠٩/٢٠٢٦ also set the column's order)."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    edit = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", f"{field}={value}")
    one_line_error(edit, field, plain)
    sheet = tmp_path / "al.csv"
    sheet.write_text(
        f"name,categories,city,region,{field}\nQendra,legal,Lezhë,AL-08,{value}\n", encoding="utf-8"
    )
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code != 0, result.output
    assert f"{field}: '{value}' is written in another script's digits" in result.stderr
    assert f"0-9: {plain}" in result.stderr, result.stderr
    assert (root / "al.json").read_bytes() == before


def test_a_case_files_number_in_another_scripts_digits_is_refused(tmp_path: Path) -> None:
    """A case file's `"age": "٣٠"` and a batch cell ٣٠ were the age 30 without a word."""
    root = make_root(tmp_path / "d", CLINIC)
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"country": "AL", "to": "Lezhë", "needs": ["medical"], "age": "٣٠"}), "utf-8")
    one_line_error(cli(root, "match", "--case", str(case)), "age", "0-9: 30")
    batch = cli(root, "batch", "-", input="case_id,country,to,needs,age\nc1,AL,Lezhë,medical,٣٠\n")
    error = json.loads(batch.stdout.splitlines()[0])["error"]
    assert "another script's digits" in error and "0-9: 30" in error, error


@pytest.mark.parametrize(
    "read",
    [
        lambda: parse_int("٣٠", "age"),
        lambda: parse_float("３０.５", "max_km"),
        lambda: parse_date("٢٠٢٦-٠٣-٠١", "verified_on"),
        lambda: parse_day("2026-12-0７", "--date"),
        lambda: read_day("٠١.١٢.٢٠٢٦", "--date"),
        lambda: read_month("٢٠٢٦-١١"),
    ],
)
def test_the_library_readers_refuse_another_scripts_digits(read: object) -> None:
    with pytest.raises(InputError, match="another script's digits"):
        read()  # type: ignore[operator]


def test_ascii_digits_are_read_as_before() -> None:
    assert parse_int("30", "age") == 30
    assert parse_float("30.5", "max_km") == 30.5
    assert str(parse_date("2026-03-01")) == "2026-03-01"
    assert read_month("2026-11") == ("2026-11", None)


_ = SHELTER  # used by the tests below
