"""What a cold `svcmatch match --format json` on the Albanian sample loads (docs/benchmarks.md,
"Thirteenth pass: the cold start"): the modules and regular expressions that the command does
not use are left to the commands that do. Counted in a fresh process, never timed."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from svcmatch import characters, dates, locating, model, privacy, referrals, render, storage
from svcmatch.cli import common, pasted
from svcmatch.geo import names

REPO = Path(__file__).resolve().parent.parent
#: The module (svcmatch.geo.locate is the function of that name).
locate = importlib.import_module("svcmatch.geo.locate")

#: A child that runs the program as its script does and reports, on stderr's last line, the
#: modules it imported and the text of every pattern `re` compiled.
_CHILD = """
import json, re, sys
compiled = []
_compile = re._compile
def recording(pattern, flags):
    compiled.append(pattern if isinstance(pattern, str) else getattr(pattern, "pattern", ""))
    return _compile(pattern, flags)
re._compile = recording
sys.argv = ["svcmatch", *sys.argv[1:]]
import svcmatch.cli
try:
    svcmatch.cli.main()
except SystemExit as stop:
    code = stop.code
report = {"exit": code, "modules": sorted(sys.modules), "patterns": sorted(map(str, compiled))}
sys.stderr.write("\\n" + json.dumps(report) + "\\n")
"""

#: Modules a cold `match --format json` does without, each imported where it serves (the
#: figures are the thirteenth pass's, self time with bytecode cached).
NOT_IMPORTED = {
    "csv": "render's CSV format only (about 0.6 ms with _csv)",
    "base64": "material an import keeps aside (model.pack_json/unpack_json), about 0.6 ms",
    "getpass": "a write's author (Settings.author_name), about 0.6 ms with termios",
    "click.shell_completion": "completing a value in the shell, about 0.8 ms",
    "svcmatch.referrals": "the referral store, for a country with a referral folder (the zero counts "
    "of a match's JSON come from the light referral_feedback), about 2% of a cold match --format json",
    # imported lazily before this pass; kept out
    "difflib": "a mistyped command's suggestion",
    "shutil": "a terminal's width, referral purge",
    "svcmatch.checks": "the record checks of a write",
    "svcmatch.transaction": "TinyDB and the writes",
    "svcmatch.tables": "the table reader (--weights FILE, imports)",
    "tinydb": "the writes",
    "pycountry": "completion, the gazetteer builder",
    "rapidfuzz": "a close spelling, after an exact reading failed",
}

#: Patterns a cold `match` does not use, which `re` compiles on first use (they were compiled
#: at import: about 10 ms of the command's start in all).
NOT_COMPILED = {
    "characters.UNSAFE_CHARACTERS": characters.UNSAFE_CHARACTERS,
    "characters.UNSAFE_MULTILINE": characters.UNSAFE_MULTILINE,
    "render._CSV_CONTROL": render._CSV_CONTROL,
    "render.CELL_BREAKS": render.CELL_BREAKS,
    "storage._LONE_SURROGATE": storage._LONE_SURROGATE,
    "storage._CONFLICT_MARKER": storage._CONFLICT_MARKER,
    "storage._JOURNAL": storage._JOURNAL,
    "common._STORE_NAME": common._STORE_NAME,
    "pasted._OPTION": pasted._OPTION,
    "locating._APART": locating._APART,
    "locating._IDN_LABEL": locating._IDN_LABEL,
    "model._ISO_DATE_TIME": model._ISO_DATE_TIME,
    "model._DECIMAL": model._DECIMAL,
    "privacy._FIELD_NAME": privacy._FIELD_NAME,
    "referrals.CASE_REF": referrals.CASE_REF,
    "referrals._LOCAL_DAY": referrals._LOCAL_DAY,
    "geo.locate._BETWEEN_PLACES": locate._BETWEEN_PLACES,
    "geo.names._TOWN_WORDS": names._TOWN_WORDS,
    "geo.names._DISTRICT_WORDS": names._DISTRICT_WORDS,
    "geo.names._LATIN_ARTICLE": names._LATIN_ARTICLE,
    "dates._WEEKDAY_FIRST": dates._WEEKDAY_FIRST,
    "dates._DAY_NAME_YEAR": dates._DAY_NAME_YEAR,
    "dates._NAME_DAY_YEAR": dates._NAME_DAY_YEAR,
}


def bench_arguments() -> list[str]:
    """The arguments of the `match --format json` that benchmarks/bench_startup.py times."""
    spec = importlib.util.spec_from_file_location("bench_startup", REPO / "benchmarks" / "bench_startup.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    command: list[str] = bench.match_command("json")
    return command[command.index("--directories") :]


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    command = [sys.executable, "-c", _CHILD, *bench_arguments()]
    done = subprocess.run(command, capture_output=True, text=True)
    found: dict[str, object] = json.loads(done.stderr.strip().splitlines()[-1])
    assert found["exit"] == 0, done.stderr
    assert json.loads(done.stdout)["needs"]["shelter"], "the match found nothing: not the run meant"
    assert "--today" not in command  # (as the benchmark: a --today would compile the date's pattern)
    return found


@pytest.mark.parametrize("module", sorted(NOT_IMPORTED))
def test_a_cold_json_match_does_not_import(report: dict[str, object], module: str) -> None:
    modules = report["modules"]
    assert isinstance(modules, list)
    assert module not in modules, f"{module} is imported by a cold match; it serves {NOT_IMPORTED[module]}"


@pytest.mark.parametrize("name", sorted(NOT_COMPILED))
def test_a_cold_json_match_does_not_compile(report: dict[str, object], name: str) -> None:
    pattern = NOT_COMPILED[name]
    text = pattern if isinstance(pattern, str) else getattr(pattern, "pattern", "")
    patterns = report["patterns"]
    assert isinstance(patterns, list)
    assert str(text) not in patterns, f"{name} is compiled by a cold match, which does not use it"


def test_the_patterns_left_to_first_use_still_find_what_they_found() -> None:
    """Texts now, read by re.search and its kind: the same findings as the compiled patterns."""
    assert characters.unsafe_character("a\x1bb") == "U+001B ESCAPE"
    assert characters.unsafe_character("Or\u200bosh") == "U+200B ZERO WIDTH SPACE"
    assert characters.unsafe_character("two\nlines", multiline=True) is None
    assert render.neutralise_cell("a\x1bb") == "a\\eb"
    cells = render.wrap("shelter|legal|medical", 10, breaks=render.CELL_BREAKS)
    assert cells == ["shelter|", "legal|", "medical"]
    assert re.fullmatch(common._STORE_NAME, "AL.JSON. ")
    assert model.parse_date("2025-04-03T14:23:06.5+01:00").isoformat() == "2025-04-03"
    assert model.parse_float("1.5e3", "x") == 1500.0
    assert locating.town_glued_in("xn--orsh-rqa.al", "Orósh", "AL")
    assert locating.town_glued_in("OroshHouse", "Orosh", "AL") and not locating.town_glued_in(
        "House", "Orosh", "AL"
    )
    assert names.town_named("lviv city") == "lviv" and names.district_named("berehove raion") == "berehove"
    assert dates.named_month_date("Monday, MARCH 2, 2026") == (2026, 3, 2, False)
    assert dates.named_month_date("1er mars 26") == (2026, 3, 1, True)
    assert dates.named_month_date("1 Storm 2026") is None


def test_a_cold_json_match_makes_no_table_of_month_names() -> None:
    """The month and weekday words of every language are folded on first use (about 1 ms)."""
    child = (
        "import sys, svcmatch.cli, svcmatch.dates as d\n"
        "sys.argv = ['svcmatch', *sys.argv[1:]]\n"
        "try:\n    svcmatch.cli.main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(f'\\n{d._months.cache_info().currsize} {d._weekdays.cache_info().currsize}\\n')"
    )
    done = subprocess.run([sys.executable, "-c", child, *bench_arguments()], capture_output=True, text=True)
    assert json.loads(done.stdout)["needs"]["shelter"], done.stderr
    assert done.stderr.strip().splitlines()[-1] == "0 0"
    assert dates.month_of("Févr.") == 2 and dates.month_of("березня") == 3 and dates.month_of("Storm") is None
