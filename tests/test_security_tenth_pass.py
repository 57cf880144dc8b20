"""The tenth adversarial pass over every command (issues 12 and 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root

from svcmatch.model import Coverage, Provider
from svcmatch.storage import DirectoryStore

MATCH = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter,medical", "--sex", "female")
PACKAGE = ("package", "--case-ref", "X-1", "--draft")


def _no_constants(text: str) -> Any:
    """JSON as the standard reads it: Infinity and NaN are no JSON (a browser's JSON.parse,
    Go's encoding/json and most other readers refuse them; Python's json takes them)."""

    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


# --- an advisory set after a match was saved -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_package_from_a_match_saved_before_an_advisory_gives_the_advisory(
    tmp_path: Path, lang: str
) -> None:
    """`match -o m.json`, then the country office's `directory advise AL AL-08 --text ...` (the
    region of return is now occupied, flooded, unsafe), then `package --from m.json`: the package
    for the receiving partner said no advisory in any format, exit 0. Setting the advisory made
    another version of the file, and the package then kept only the saved match's warnings. The
    directory as it is now says which advisories cover the place of return and the plan."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    saved = tmp_path / "m.json"
    assert cli(root, *MATCH, "-f", "json", "-o", str(saved)).exit_code == 0
    assert cli(root, "directory", "advise", "AL", "AL-08", "--text", "Zzflood: roads closed").exit_code == 0
    for form in ("json", "md", "html"):
        result = cli(root, *PACKAGE, "--from", str(saved), "--lang", lang, "-f", form)
        assert result.exit_code == 0, result.output
        assert "Zzflood: roads closed" in result.stdout, (form, result.stdout[-2000:])
    document = json.loads(cli(root, *PACKAGE, "--from", str(saved), "-f", "json").stdout)
    assert any("Zzflood" in w and "AL-08" in w for w in document["warnings"]), document["warnings"]
    # said once, not twice, when the saved match said it already
    again = tmp_path / "m2.json"
    assert cli(root, *MATCH, "-f", "json", "-o", str(again)).exit_code == 0
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "notes=x").exit_code == 0
    later = json.loads(cli(root, *PACKAGE, "--from", str(again), "-f", "json").stdout)
    assert sum("Zzflood" in w for w in later["warnings"]) == 1, later["warnings"]


def test_a_package_from_a_saved_match_says_an_advisory_where_the_plan_puts_her(tmp_path: Path) -> None:
    """The same for the region where the plan houses her, set under an advisory after the match."""
    far = dataclasses.replace(
        CLINIC, id="al-far-1", name="Far Clinic", categories=("medical",), city="Tiranë", region="AL-11"
    )
    far = dataclasses.replace(far, address="Rruga Far 2", latitude=41.33, longitude=19.82)
    root = make_root(tmp_path / "d", far)
    saved = tmp_path / "m.json"
    case = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "medical")
    made = cli(root, *case, "-f", "json", "-o", str(saved))
    assert made.exit_code == 0, made.output
    assert cli(root, "directory", "advise", "AL", "AL-11", "--text", "Zzstrike in Tirana").exit_code == 0
    document = json.loads(cli(root, *PACKAGE, "--from", str(saved), "-f", "json").stdout)
    assert any("Zzstrike" in w for w in document["warnings"]), document["warnings"]


# --- an ambiguous place of return, one of whose places is under an advisory --------------------------------


def _ua_root(folder: Path) -> Path:
    store = DirectoryStore("UA", folder)
    store.create(author="test")
    shelter = Provider(
        id="ua-myk-1",
        name="Family Shelter Mykolaiv",
        categories=("shelter",),
        city="Mykolaiv",
        region="UA-48",
        address="vul. Example 1",
        latitude=46.97,
        longitude=32.0,
        coverage=Coverage("national"),
        phone="+380 00 555 0001",
        verified_on=CLINIC.verified_on,
    )
    # a shown result in the other place's region: its advisory is said once, not twice
    luhansk = dataclasses.replace(shelter, id="ua-luh-1", name="Family Shelter Luhansk", city="Luhansk")
    luhansk = dataclasses.replace(luhansk, region="UA-09", latitude=48.57, longitude=39.33)
    with store.transaction(author="test") as transaction:
        transaction.put(shelter)
        transaction.put(luhansk)
    return folder


def test_an_ambiguous_place_of_return_says_the_advisory_of_its_other_place(tmp_path: Path) -> None:
    """`match --country UA --to Pervomaisk` took Pervomaysk in Mykolaiv Oblast (the largest) and
    named "Sokolohirsk (UA-09 Luhansk Oblast)" among the other places the name may mean: the
    Pervomaisk of Luhansk Oblast, under the sample's occupation advisory. `warnings` said
    nothing of it (match, batch, package), so a script that looks there for advisories, and a
    caseworker who meant the occupied town, planned a return there without seeing it. An
    advisory of a region that another reading of the name lies in is now a warning."""
    root = _ua_root(tmp_path / "d")
    text = "Zzoccupied: check with the country office"
    assert cli(root, "directory", "advise", "UA", "UA-09", "--text", text).exit_code == 0
    case = ("--country", "UA", "--to", "Pervomaisk", "--needs", "shelter", "--sex", "female")
    document = json.loads(cli(root, "match", *case, "-f", "json").stdout)
    assert document["destination"]["region"] != "UA-09"  # the premise: the other place was taken
    assert any(a["region"] == "UA-09" for a in document["destination"]["alternatives"])
    said = [w for w in document["warnings"] if "Zzoccupied" in w]
    assert len(said) == 1 and "UA-09" in said[0] and "Pervomaisk" in said[0], document["warnings"]
    assert "Zzoccupied" in cli(root, "match", *case).stdout  # the table's warnings too
    rows = tmp_path / "cases.csv"
    rows.write_text("case_id,country,to,needs,sex\nc1,UA,Pervomaisk,shelter,female\n", "utf-8")
    batch = cli(root, "batch", str(rows), "-f", "jsonl")
    assert any("Zzoccupied" in w for w in json.loads(batch.stdout)["warnings"]), batch.stdout
    for lang in ("en", "uk"):
        package = cli(root, *PACKAGE, *case, "--lang", lang, "-f", "json")
        assert package.exit_code == 0, package.output
        warnings = json.loads(package.stdout)["warnings"]
        assert any("Zzoccupied" in w and "UA-09" in w for w in warnings), warnings
        assert not any(n.get("code") == "unexplained" for n in json.loads(package.stdout)["notes"])
    # a place whose other readings are all outside the advisory's region: nothing more said
    plain = json.loads(cli(root, "match", *case[:3], "Mykolaiv", *case[4:], "-f", "json").stdout)
    assert not any("may also name" in w for w in plain["warnings"]), plain["warnings"]


# --- weights that overflow the score ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "weights",
    [
        {"distance": 1e300, "language": 1.7e308, "disability": 0.9e308},
        {"vot_specialised": 1e300},
        {"capacity": 0.01, "language_other": 1e200},
    ],
    ids=["overflow", "one-huge", "huge-decisive"],
)
def test_weights_too_large_to_add_up_are_one_line_and_no_json_holds_infinity(
    tmp_path: Path, weights: dict[str, float]
) -> None:
    """`match --weights w.json` with `{"distance": 1e300, "language": 1.7e308, "disability":
    0.9e308}` (each finite, the distance and language rules met) printed `"score": Infinity` in
    its JSON, exit 0: no JSON (a browser's JSON.parse refuses it), and `inf` in the table; a
    weight of 1e300 was taken as it was. A weight above 1,000,000 is refused, exit 2, one line
    naming it, and no JSON output holds Infinity or NaN."""
    clinic = dataclasses.replace(CLINIC, disability_access=True, vot_specialised=True)
    root = make_root(tmp_path / "d", clinic)
    file = tmp_path / "w.json"
    file.write_text(json.dumps(weights), "utf-8")
    case = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "--sex", "female")
    result = cli(root, *case, "--language", "sq", "--disability", "--weights", str(file), "-f", "json")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "weight" in lines[0] and "1,000,000" in lines[0], result.stderr
    assert len(lines[0]) < 300, lines[0]
    ordinary = cli(root, *case, "--language", "sq", "--disability", "-f", "json")
    _no_constants(ordinary.stdout)


# --- a purge of referrals with a day after today ----------------------------------------------------------


def _closed_referral(tmp_path: Path) -> tuple[Path, str]:
    """A directory folder whose referral store holds one referral declined today."""
    root = make_root(tmp_path / "d", CLINIC)
    package = tmp_path / "p.json"
    made = cli(
        root,
        *("package", "--country", "AL", "--to", "Lezhë", "--needs", "medical", "--case-ref", "R-1"),
        *("--consent-date", "2026-11-20", "--consent-purpose", "care", "--consent-recipients", "clinic"),
        *("-f", "json", "-o", str(package)),
    )
    assert made.exit_code == 0, made.output
    (referral,) = json.loads(package.read_text("utf-8"))["referrals"]
    assert cli(root, "referral", "open", "--from", str(package)).exit_code == 0
    declined = cli(
        root, "referral", "update", referral["id"], "--status", "declined", "--reason", "no_capacity"
    )
    assert declined.exit_code == 0, declined.output
    return root, referral["id"]


@pytest.mark.parametrize("day", ["2099-01-01", "2062-12-06", "tomorrow"])
def test_a_purge_before_a_day_after_today_is_refused(tmp_path: Path, day: str) -> None:
    """`referral purge --closed-before 2062-12-06` (a typo of 2026's year) deleted every finished
    referral, one declined today too, exit 0, and a purge cannot be undone: the answers that say
    which shelter was full were gone. Every other day svcmatch records (a referral's answer,
    a verification) is refused in the future; a purge's day after today is now refused too,
    nothing deleted, and today (everything finished before today) is still taken."""
    root, referral = _closed_referral(tmp_path)
    if day == "tomorrow":
        day = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    for dry in ((), ("--dry-run",)):
        result = cli(root, "referral", "purge", "--closed-before", day, *dry)
        assert result.exit_code == 2, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "--closed-before" in lines[0] and day in lines[0], result.stderr
    assert cli(root, "referral", "show", referral).exit_code == 0  # kept
    today = cli(root, "referral", "purge", "--closed-before", dt.date.today().isoformat())
    assert today.exit_code == 0 and today.stdout.split() == [], today.output  # closed today: kept


# --- an advisory written while a shelter was public ----------------------------------------------------


def test_an_advisory_written_while_a_shelter_was_public_never_gives_its_place_once_confidential(
    tmp_path: Path,
) -> None:
    """`directory advise AL AL-08 --text "Shelter Hope moved to Rruga Zzsecret 77, 41.83412,20.08456"`
    is refused for a confidential shelter (fifth pass), but was taken while the shelter was
    public; `edit --set confidential_address=yes` then scrubbed its history, and every match,
    batch and package of a return to AL-08, `directory stats`, `coverage` and `directory
    history` went on printing its street address and point to every caseworker. They are now
    withheld in every output of the advisory, as a free text's are (its town stays: a fair word
    in its region's advisory)."""
    public = dataclasses.replace(SHELTER, confidential_address=False)
    root = make_root(tmp_path / "d", CLINIC, public)
    text = "Shelter Hope moved to Rruga Zzsecret 77 in Orosh (41.83412,20.08456): call first"
    assert cli(root, "directory", "advise", "AL", "AL-08", "--text", text).exit_code == 0
    turned = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "confidential_address=yes")
    assert turned.exit_code == 0, turned.output
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs,sex\nc1,AL,Lezhë,shelter,female\n", "utf-8")
    outputs = {
        "match": cli(root, *MATCH),
        "match json": cli(root, *MATCH, "-f", "json"),
        "match csv": cli(root, *MATCH, "-f", "csv"),
        "batch": cli(root, "batch", str(cases)),
        "package md": cli(root, *PACKAGE, *MATCH[1:], "-f", "md"),
        "package json": cli(root, *PACKAGE, *MATCH[1:], "-f", "json"),
        "package fr": cli(root, *PACKAGE, *MATCH[1:], "--lang", "fr", "-f", "html"),
        "stats": cli(root, "directory", "stats", "AL"),
        "stats json": cli(root, "directory", "stats", "AL", "-f", "json"),
        "coverage": cli(root, "coverage", "AL", "-f", "json"),
        "coverage html": cli(root, "coverage", "AL", "-f", "html"),
        "history": cli(root, "directory", "history", "AL"),
        "history json": cli(root, "directory", "history", "AL", "-f", "json"),
    }
    for name, result in outputs.items():
        assert result.exit_code == 0, (name, result.output)
        shown = result.stdout + result.stderr
        assert "call first" in shown or name.startswith("history"), name  # the advisory is shown
        for secret in ("Zzsecret", "41.83", "20.08", "41,83"):
            assert secret not in shown, (name, secret, shown[-1500:])
    assert "Orosh" in outputs["match"].stdout  # the town is a fair word in its region's advisory
    checked = cli(root, "directory", "validate", "AL")  # the file keeps the words: validate says so
    assert "advisory for AL-08" in checked.output and "Zzsecret" not in checked.output, checked.output
    assert checked.exit_code == 1, checked.output
    replaced = cli(root, "directory", "advise", "AL", "AL-08", "--text", "Roads closed")
    assert replaced.exit_code == 0 and "Zzsecret" not in replaced.stderr, replaced.stderr  # "which said: ..."
    assert "advisory for AL-08" not in cli(root, "directory", "validate", "AL").output


# --- the PDF browser's own files ----------------------------------------------------------------------------


def test_printing_a_package_to_pdf_leaves_no_browser_file_in_the_users_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`package ... --name "Zamira Zzname" -f pdf -o p.pdf` ran Chromium with its profile in a
    private folder, but Chromium still wrote `~/.config/chromium/Crash Reports/settings.dat` and
    `~/.cache/dconf/user` into the user's home at every print (seen with Chromium 156), and its
    crash reporter keeps a dump of a browser that crashes (the page's memory: the person's
    name, case and needs) under `Crash Reports/pending` there, for good: `package` writes
    nothing but the file asked for. The browser's home, configuration, cache and data folders
    are now inside the private folder, removed with it. A stand-in browser writes where
    Chromium's crash reporter writes (it follows $XDG_CONFIG_HOME, else $HOME/.config)."""
    bin_folder, home = tmp_path / "bin", tmp_path / "home"
    bin_folder.mkdir()
    home.mkdir()
    browser = bin_folder / "chromium"
    browser.write_text(
        "#!/bin/sh\n"
        'reports="${XDG_CONFIG_HOME:-$HOME/.config}/chromium/Crash Reports/pending"\n'
        'mkdir -p "$reports" "${XDG_CACHE_HOME:-$HOME/.cache}/dconf"\n'
        'for a in "$@"; do case "$a" in file://*) cat "${a#file://}" > "$reports/dump.dmp";; esac; done\n'
        'echo x > "${XDG_CACHE_HOME:-$HOME/.cache}/dconf/user"\n'
        'for a in "$@"; do case "$a" in --print-to-pdf=*)\n'
        '  printf "%%PDF-1.4 stand-in" > "${a#--print-to-pdf=}";; esac; done\n',
        "utf-8",
    )
    browser.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_folder}:/usr/bin:/bin")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    out = tmp_path / "p.pdf"
    result = cli(root, *PACKAGE, *MATCH[1:], "--name", "Zamira Zzname", "-f", "pdf", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    assert [str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()] == []


# --- a shown result under an advisory that the warnings never give ----------------------------------------


def test_a_result_under_an_advisory_finds_the_advisory_in_the_warnings(tmp_path: Path) -> None:
    """`match --to Lezhë --needs shelter` showed a shelter of Tiranë (AL-11, under an advisory:
    a strike, an occupation) with "in Tiranë (AL-11), under an advisory: see the warnings", and
    the warnings were empty: only a region where the plan puts her had its advisory said. A
    caseworker who chose that shelter (`package --select shelter=...`, the person's choice) sent
    a package whose card said "see the case's warnings", with no advisory anywhere in it. Each
    region under an advisory where a shown result (or a chosen provider) lies now has its
    advisory in the warnings."""
    tirana = dataclasses.replace(
        CLINIC, id="al-tir-1", name="Tirana Shelter", categories=("shelter",), city="Tiranë", region="AL-11"
    )
    tirana = dataclasses.replace(tirana, address="Rruga Tirana 3", latitude=41.33, longitude=19.82)
    root = make_root(tmp_path / "d", CLINIC, tirana)
    assert cli(root, "directory", "advise", "AL", "AL-11", "--text", "Zzstrike in Tirana").exit_code == 0
    case = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")
    document = json.loads(cli(root, *case, "-f", "json").stdout)
    (shown,) = [r for r in document["needs"]["shelter"] if r["id"] == "al-tir-1"]
    assert any("under an advisory" in w for w in shown["warnings"])  # the premise: it points there
    assert document["plan"][0]["id"] == "al-clinic-1"
    said = [w for w in document["warnings"] if "Zzstrike" in w]
    assert len(said) == 1 and "AL-11" in said[0] and "Tirana Shelter" in said[0], document["warnings"]
    assert "Zzstrike" in cli(root, *case).stdout
    hidden = json.loads(cli(root, *case, "--top", "1", "-f", "json").stdout)  # not shown: not said
    assert not any("Zzstrike" in w for w in hidden["warnings"]), hidden["warnings"]
    for lang in ("en", "sq"):
        chosen = cli(root, *PACKAGE, *case[1:], "--select", "shelter=al-tir-1", "--lang", lang, "-f", "json")
        assert chosen.exit_code == 0, chosen.output
        package = json.loads(chosen.stdout)
        assert any("Zzstrike" in w for w in package["warnings"]), package["warnings"]
        assert not any(n.get("code") == "unexplained" for n in package["notes"]), package["notes"]
    below = cli(root, *PACKAGE, *case[1:], "--top", "1", "--select", "shelter=al-tir-1", "-f", "json")
    assert below.exit_code == 0, below.output  # chosen below --top: looked up again, and said too
    assert any("Zzstrike" in w for w in json.loads(below.stdout)["warnings"]), below.stdout[-800:]


# --- a saved match holding NaN or Infinity ---------------------------------------------------------------


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_saved_match_holding_nan_or_infinity_is_one_line(tmp_path: Path, number: str) -> None:
    """`package --from m.json` where m.json's `distance_km` (or `score`) read NaN or Infinity
    (an edit by hand, another tool's JSON, or a score an older svcmatch let overflow) wrote a
    package whose JSON held `"distance_km": NaN` (no JSON: a partner's JSON.parse refuses it)
    and whose Markdown said "Distance: nan km from Lezhë", exit 0. Every other JSON reader
    refuses them (`referral open`, `add --json`, HSDS); so does `--from` now, one line naming
    the file."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "m.json"
    assert cli(root, *MATCH, "-f", "json", "-o", str(saved)).exit_code == 0
    document = json.loads(saved.read_text("utf-8"))
    document["needs"]["shelter"][0]["distance_km"] = "__number__"
    saved.write_text(json.dumps(document).replace('"__number__"', number), "utf-8")
    for form in ("json", "md"):
        result = cli(root, *PACKAGE, "--from", str(saved), "-f", form)
        assert result.exit_code == 2, (form, result.stdout[-600:])
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "m.json" in lines[0], result.stderr


@pytest.mark.parametrize("number", ["NaN", "-Infinity", "1e400"])
def test_a_history_file_holding_nan_or_infinity_is_named_as_damaged(tmp_path: Path, number: str) -> None:
    """A history file whose recorded latitude read NaN (a hand edit, a bad merge, another tool)
    was read, and `directory history AL -f json` printed `"latitude": NaN`, exit 0: no JSON. It
    is named as the damaged file it is, exit 3, as one holding a lone surrogate is."""
    root = make_root(tmp_path / "d", CLINIC)
    (entry,) = [p for p in (root / "history" / "al").glob("*.json") if "41.78" in p.read_text("utf-8")]
    entry.write_text(entry.read_text("utf-8").replace("41.78", number), "utf-8")
    for form in ("json", "table"):
        result = cli(root, "directory", "history", "AL", "-f", form)
        assert result.exit_code == 3, result.stdout[-600:]
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and entry.name in lines[0] and number in lines[0], result.stderr


@pytest.mark.parametrize(
    "number", ["1e400", "-2E+309", "1" + "0" * 400 + ".5"], ids=["1e400", "-2E+309", "401-digits"]
)
def test_a_directory_file_holding_a_number_past_a_floats_range_is_named_as_damaged(
    tmp_path: Path, number: str
) -> None:
    """A directory file whose record's `extra` held 1e400 (a hand edit, another tool) was read
    as inf: `directory show -f json` and `export -f json` printed `"score": Infinity`, exit 0,
    no JSON; NaN and Infinity written as such were refused as damage. A number past a float's
    range is refused the same way, exit 3, naming the file and the line."""
    root = make_root(tmp_path / "d", CLINIC)
    path = root / "al.json"
    document = json.loads(path.read_text("utf-8"))
    document["providers"]["al-clinic-1"]["extra"] = {"score": "__number__"}
    path.write_text(json.dumps(document, indent=2, sort_keys=True).replace('"__number__"', number), "utf-8")
    for command in (
        ("directory", "show", "AL", "al-clinic-1", "-f", "json"),
        ("directory", "export", "AL", "-f", "json"),
    ):
        result = cli(root, *command)
        assert result.exit_code == 3, result.stdout[-600:]
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "al.json line" in lines[0], result.stderr


# --- a population's age with a sign ------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["-1", "--5", "1-", "+16"])
def test_a_coverage_population_age_with_a_sign_is_refused_not_read_without_it(
    tmp_path: Path, token: str
) -> None:
    """`coverage AL --for -1` reported for one-year-olds ("for": "1"), and `--for=--5` for
    five-year-olds, exit 0, without a word: the signs were folded away with the punctuation. A
    negative age is no age; such a token is refused, one line, where `--for 16` is read."""
    root = make_root(tmp_path / "d", CLINIC)
    result = cli(root, "coverage", "AL", f"--for={token}")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--for" in lines[0] and token in lines[0], result.stderr
    assert json.loads(cli(root, "coverage", "AL", "--for=16", "-f", "json").stdout)["for"] == "16"
