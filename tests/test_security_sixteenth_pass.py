"""The sixteenth adversarial pass over every command (issues 13-16's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, REPO, SHELTER, cli, make_root, one_line_error

# --- a "not" read as what it negates ----------------------------------------------------------------

_CASE = ("--country", "AL", "--to", "Lezhë", "--sex", "female")


@pytest.mark.parametrize(
    ("words", "negation"),
    [
        ("no shelter", "no"),
        ("pa strehim", "pa"),
        ("medical, no legal aid", "no"),
        ("no family tracing", "no"),
    ],
)
def test_a_need_she_does_not_have_is_refused_not_read_as_the_need(
    tmp_path: Path, words: str, negation: str
) -> None:
    """`match --needs "no shelter"` was read by close spelling as shelter, exit 0, and a shelter
    planned for a woman who had said she needs none (so 'pa strehim', Albanian for 'without
    shelter', and a batch cell 'medical, no legal aid'): the spelling reader skipped words
    shorter than four letters. A word that says "not" is no typo."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", *_CASE, "--needs", words, "-f", "json")
    one_line_error(result, "says what she does not need", repr(negation))
    cases = tmp_path / "cases.csv"
    cases.write_text(f'case_id,country,to,needs\nc1,AL,Lezhë,"{words}"\n', encoding="utf-8")
    batch = cli(root, "batch", str(cases))
    assert batch.exit_code == 1 and "does not need" in json.loads(batch.stdout)["error"], batch.output


def test_a_not_that_a_need_phrase_holds_itself_is_still_read(tmp_path: Path) -> None:
    """Portuguese 'no' (in the) of 'acolhimento no aeroporto' and the 'non' of 'non food items'
    are the phrases' own words: their typos are still read, and said; so is a 'non-' joined to
    a word ('non-emergency shelter' is a shelter)."""
    root = make_root(tmp_path / "d", CLINIC)
    needs = "acolhimento no aeroportu,non food itemz,non-emergency shelter"
    result = cli(root, "match", *_CASE, "--needs", needs, "-f", "json")
    assert result.exit_code in (0, 1), result.output
    document = json.loads(result.stdout)
    assert document["case"]["needs"] == ["reception", "basic_needs", "shelter"]
    assert [reading["how"] for reading in document["readings"]] == ["spelling"] * 3


@pytest.mark.parametrize("spoken", ["no English", "English but no Italian", "no sq", "jo anglisht"])
def test_a_language_she_does_not_speak_is_never_told_as_one_to_write(tmp_path: Path, spoken: str) -> None:
    """`match --language "no English"` was refused with "it holds 2 languages: separate them with
    commas, no, English", and the fix it named read 'no' as Norwegian and English as a
    language she speaks (so 'English but no Italian': 'but', Bungain, and 'no', Norwegian);
    counselling in English was then planned as hers. A text that says "not" is told as such."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", *_CASE, "--needs", "medical", "--language", spoken)
    one_line_error(result, "a language she does not speak")
    assert "separate them with commas" not in result.stderr


def test_two_languages_written_in_one_value_are_still_told_to_separate(tmp_path: Path) -> None:
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", *_CASE, "--needs", "medical", "--language", "Albanian or Italian")
    one_line_error(result, "separate them with commas, Albanian, Italian")


@pytest.mark.parametrize(
    ("place", "negation"),
    [
        ("not Tirana", "not"),
        ("anywhere but Tirana", "but"),
        ("jo Tiranë", "jo"),
        ("Durrës, not Tirana", "not"),
    ],
)
def test_a_place_she_does_not_go_to_is_refused_not_read_as_it(
    tmp_path: Path, place: str, negation: str
) -> None:
    """`match --to "anywhere but Tirana"` was read by close spelling as Tirana, exit 0, and every
    service planned in Tirana, the one place the caseworker had ruled out ('not Tirana', the
    Albanian 'jo Tiranë', a batch cell 'Durrës, not Tirana' the same). A place read by spelling
    from a text that says "not" is refused."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "match", "--country", "AL", "--to", place, "--needs", "medical", "-f", "json")
    one_line_error(result, "says which place is not meant", repr(negation))
    cases = tmp_path / "cases.csv"
    cases.write_text(f'case_id,country,to,needs\nc1,AL,"{place}",medical\n', encoding="utf-8")
    batch = cli(root, "batch", str(cases))
    assert batch.exit_code == 1 and "not meant" in json.loads(batch.stdout)["error"], batch.output


@pytest.mark.parametrize(("place", "read_as"), [("Tiranaa", "Tirana"), ("Portto de Mos", "Porto de Mós")])
def test_a_not_that_a_place_name_holds_itself_is_still_read(tmp_path: Path, place: str, read_as: str) -> None:
    """A typo is still read by spelling, and a name's own 'no' or 'Mós' is the name's."""
    country = "PT" if "Portto" in place else "AL"
    result = cli(tmp_path, "locate", place, "--country", country, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["name"] == read_as


# --- an option quoted into another option's value ---------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "inside"),
    [
        ("--to", "Lezhë --avoid-region AL-11", "--avoid-region"),
        ("--to", "Lezhë --max-km 20", "--max-km"),
        ("--needs", "medical --avoid-provider al-clinic-1", "--avoid-provider"),
    ],
    ids=["region-to-avoid", "max-km", "provider-to-avoid"],
)
def test_an_option_inside_another_options_value_is_refused(
    tmp_path: Path, option: str, value: str, inside: str
) -> None:
    """`match --to "Lezhë --avoid-region AL-11"` (a script's `--to "$TO"` whose variable held
    both, a line quoted whole) was read by close spelling as Lezhë, exit 0, and the region to
    avoid was lost without a word (so `--max-km`, a limit the case had set). An option of the
    command inside a value is refused, naming it."""
    root = make_root(tmp_path / "d", CLINIC)
    case = {"--country": "AL", "--to": "Lezhë", "--needs": "medical", option: value}
    result = cli(root, "match", *(word for pair in case.items() for word in pair))
    one_line_error(result, f"holds the option {inside}")


def test_a_free_text_may_hold_two_dashes(tmp_path: Path) -> None:
    """A note written with '--' for a dash ("call first --then e-mail") is no option."""
    root = make_root(tmp_path / "d", CLINIC)
    edited = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "notes=call first --then e-mail")
    assert edited.exit_code == 0, edited.output


# --- a saved match whose provider has moved since into a region to avoid -------------------------


def test_a_package_from_a_saved_match_never_refers_her_where_a_provider_has_moved(tmp_path: Path) -> None:
    """`package --from match.json` of a match that avoided Tirana (AL-11) referred her, exit 0,
    to a clinic whose record had moved to Tirana after the match was saved (a service that
    relocated), with its old town and address, where `--select` of a provider in a region to
    avoid is refused. It is refused, without naming the region."""
    root = make_root(tmp_path / "d", CLINIC)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-region", "AL-11")
    saved = tmp_path / "match.json"
    saved.write_text(cli(root, "match", *case, "-f", "json").stdout, encoding="utf-8")
    package = ("package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "md")
    assert cli(root, *package).exit_code == 0
    moved = (
        "--set",
        "region=AL-11",
        "--set",
        "city=Tiranë",
        "--set",
        "latitude=41.33",
        "--set",
        "longitude=19.82",
    )
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", *moved).exit_code == 0
    result = cli(root, *package)
    one_line_error(result, "al-clinic-1 now lies in a region this case avoids")
    assert "AL-11" not in result.stderr and "Tiran" not in result.stderr


# --- a number the fix would pick out of two --------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "cell", "guess"), [("age", "16 or 17", "16"), ("children", "1 boy and 2 girls", "1")]
)
def test_the_fix_of_a_cell_with_two_numbers_never_picks_one(
    tmp_path: Path, column: str, cell: str, guess: str
) -> None:
    """A batch cell `children` of "1 boy and 2 girls" was refused with "write the number alone:
    1", and the fix, followed, took one child where she returns with three (a shelter that
    takes one child planned); "16 or 17" was told "16". A text with two numbers names none."""
    root = make_root(tmp_path / "d", CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text(f'case_id,country,to,needs,{column}\nc1,AL,Lezhë,medical,"{cell}"\n', encoding="utf-8")
    result = cli(root, "batch", str(cases))
    error = json.loads(result.stdout)["error"]
    assert result.exit_code == 1 and "is not a whole number" in error, result.output
    assert f"alone: {guess}" not in error


# --- a provider avoided under another name at its street address ------------------------------------


def test_a_provider_avoided_is_avoided_under_another_name_at_its_address(tmp_path: Path) -> None:
    """`match --avoid-provider al-clinic-1` (she refused the clinic at Rruga Public 1) planned
    "Klinika Publike", its second record at the same street address under its Albanian name
    (another phone, so `add` and `import` took it; a feed in English and a sheet in Albanian
    give such pairs): the records avoided together were told by their names alone. A public
    record at the same street address in the same town is avoided too."""
    twin = dataclasses.replace(
        CLINIC, id="al-clinic-2", name="Klinika Publike", address="rruga public 1", phone="+355 22 000 009"
    )
    root = make_root(tmp_path / "d", CLINIC, twin)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-provider", "al-clinic-1")
    result = cli(root, "match", *case, "-f", "json")
    assert result.exit_code in (0, 1), result.output
    planned = json.loads(result.stdout)
    assert not planned["needs"]["medical"] and not planned["plan"], planned["plan"]


def test_a_shelter_avoided_never_says_which_public_record_shares_its_address(tmp_path: Path) -> None:
    """A confidential shelter's address is never compared: avoiding it says nothing of a public
    record at its address (that would give the address)."""
    shelter = dataclasses.replace(SHELTER, categories=("shelter", "medical"), address=CLINIC.address)
    root = make_root(tmp_path / "d", CLINIC, shelter)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-provider", "al-hope-1")
    result = cli(root, "match", *case, "-f", "json")
    planned = json.loads(result.stdout)
    assert [r["id"] for r in planned["needs"]["medical"]] == ["al-clinic-1"], result.output
    assert "same service point" not in result.output


# --- a confidential shelter's region that a file holds as its town ---------------------------------


def _region_stored_as(root: Path, provider_id: str, region: str) -> None:
    """Write a record's region as a file written by hand or by another tool may hold it."""
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][provider_id]["region"] = region
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(("region", "shown"), [("Orosh", "AL-08"), ("AL-08 Orosh", "(withheld)")])
def test_a_confidential_shelters_region_stored_as_its_town_never_leaves_the_file(
    tmp_path: Path, region: str, shown: str
) -> None:
    """A directory file whose confidential shelter holds its village as its region ("Orosh",
    which match reads as the village's region, AL-08: a file written by hand or by another
    tool, the doors store a code) printed 'OROSH' in `list`, `show`, `stats`, `validate`'s
    message and every export (CSV, JSON, HSDS). Outputs show the region's code, or withhold a
    text that reads as none."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    _region_stored_as(root, "al-hope-1", region)
    outputs = {
        "list": cli(root, "directory", "list", "AL", "-f", "csv"),
        "show": cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json"),
        "stats": cli(root, "directory", "stats", "AL", "-f", "json"),
        "validate": cli(root, "directory", "validate", "AL", "-f", "json"),
        "stale": cli(root, "directory", "stale", "AL", "--today", "2099-01-01", "-f", "json"),
        "csv": cli(root, "directory", "export", "AL", "-f", "csv"),
        "json": cli(root, "directory", "export", "AL", "-f", "json"),
        "hsds": cli(root, "directory", "export", "AL", "-f", "hsds-json"),
    }
    for command, result in outputs.items():
        assert result.stdout and "orosh" not in result.output.casefold(), (command, result.output)
    shelter = next(row for row in json.loads(outputs["json"].stdout) if row["id"] == "al-hope-1")
    assert shelter["region"] == shown


def test_a_region_stored_as_a_shelters_town_is_corrected_by_its_export_without_a_trace(
    tmp_path: Path,
) -> None:
    """Its export imported again corrects the region to the code; the import's report and the
    history (command and files) said 'OROSH' -> 'AL-08'. They withhold it as they withhold the
    town."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    _region_stored_as(root, "al-hope-1", "Orosh")
    sheet = tmp_path / "export.csv"
    assert cli(root, "directory", "export", "AL", "-o", str(sheet)).exit_code == 0
    dry = cli(root, "directory", "import", "AL", str(sheet), "--dry-run")
    imported = cli(root, "directory", "import", "AL", str(sheet))
    assert imported.exit_code == 0 and "1 updated" in imported.stderr, imported.output
    history = cli(root, "directory", "history", "AL", "-f", "json")
    files = "".join(path.read_text(encoding="utf-8") for path in (root / "history").rglob("*.json"))
    for shown in (dry.output, imported.output, history.output, files):
        assert "orosh" not in shown.casefold(), shown
    assert (
        json.loads(cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json").stdout)["region"]
        == "AL-08"
    )


def test_a_confidential_shelters_coverage_stored_as_its_town_never_leaves_the_file(tmp_path: Path) -> None:
    """So its coverage: `"regions": ["Orosh"]` printed 'OROSH' in `show`, the JSON export,
    the HSDS export's service area and `validate`'s message. Shown as its region's code."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"]["al-hope-1"]["coverage"] = {"kind": "regions", "regions": ["Orosh"]}
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    outputs = {
        "show": cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json"),
        "validate": cli(root, "directory", "validate", "AL", "-f", "json"),
        "csv": cli(root, "directory", "export", "AL", "-f", "csv"),
        "json": cli(root, "directory", "export", "AL", "-f", "json"),
        "hsds": cli(root, "directory", "export", "AL", "-f", "hsds-json"),
    }
    for command, result in outputs.items():
        assert result.stdout and "orosh" not in result.output.casefold(), (command, result.output)
    assert json.loads(outputs["show"].stdout)["coverage"]["regions"] == ["AL-08"]


# --- a risk flag she does not have ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "negation"), [("no risk to life", "no"), ("traffickers not in home area", "not")]
)
def test_a_risk_she_does_not_have_is_never_told_as_the_flag_to_give(
    tmp_path: Path, flag: str, negation: str
) -> None:
    """`package --risk "no risk to life"` was refused with "did you mean risk_to_life?", and the
    fix, followed, told the receiving side of a risk to her life that the caseworker had ruled
    out (a flag always shared); so 'traffickers not in home area'. A "not" is said as such."""
    root = make_root(tmp_path / "d", CLINIC)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--case-ref", "X-1", "--draft")
    result = cli(root, "package", *case, "--risk", flag)
    one_line_error(result, "says a risk she does not have", repr(negation))
    assert "did you mean" not in result.stderr


# --- outputs never replace the geocoding cache or a gazetteer -------------------------------------


@pytest.mark.parametrize("own", ["cache/svcmatch/nominatim.json", "data/svcmatch/gazetteers/al.json.gz"])
def test_no_output_replaces_the_geocoding_cache_or_a_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own: str
) -> None:
    """`match -o ~/.cache/svcmatch/nominatim.json` replaced the geocoding cache (hours of
    look-ups at one a second), and `-o <data>/svcmatch/gazetteers/al.json.gz` made every later
    AL command fail with "cannot read": the guard of svcmatch's own files knew the directories
    folder only. Both are refused, and the file is left as it was."""
    monkeypatch.delenv("SVCMATCH_CACHE", raising=False)
    monkeypatch.delenv("SVCMATCH_GAZETTEERS", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    root = make_root(tmp_path / "d", CLINIC)
    target = tmp_path / own
    target.parent.mkdir(parents=True)
    kept = (REPO / "svcmatch" / "geo" / "data" / "al.json.gz").read_bytes()  # a gazetteer, or any cache
    target.write_bytes(kept)
    result = cli(root, "match", *_CASE, "--needs", "medical", "-f", "json", "-o", str(target))
    one_line_error(result, str(target))
    assert target.read_bytes() == kept
