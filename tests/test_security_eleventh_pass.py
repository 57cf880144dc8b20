"""The eleventh adversarial pass over every command (issues 12 and 14's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_geo_geocode import FakeNominatim, fake  # noqa: F401 - the fixture of a fake Nominatim
from test_security_second_pass import CLINIC, SHELTER, cli, make_root
from test_security_siblings import write_raw

MATCH = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")
PACKAGE = ("package", "--case-ref", "X-1", "--draft")


def _completion(root: Path, words: str) -> str:
    """What zsh shows when completing `words` (the names beside the ids)."""
    environment = {
        **os.environ,
        "_SVCMATCH_COMPLETE": "zsh_complete",
        "COMP_WORDS": f"svcmatch --directories {root} {words}",
        "COMP_CWORD": str(len(words.split()) + 2),
    }
    done = subprocess.run(
        [sys.executable, "-m", "svcmatch"], env=environment, capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done
    return done.stdout.decode("utf-8")


# --- a confidential shelter's name that gives its street address ------------------------------------------


@pytest.mark.parametrize("name", ["Shelter at Rruga Zzsecret 77", "Hope Zzsecret 77", "Hope 77 zzsecret"])
def test_a_name_that_gives_a_shelters_street_address_is_refused(tmp_path: Path, name: str) -> None:
    """`directory edit AL al-hope-1 --set "name=Shelter at Rruga Zzsecret 77"` was taken, exit 0,
    and every output (list, show, match, package, export, completion) printed the shelter's
    street address with its number: a name was searched for its town only, so that a shelter
    named like its street ('Example Shelter' on 'Example Road') is not refused. A name holding
    the street's name and number together (the rule of a map link) is refused; the street's
    name alone is still taken."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    refused = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"name={name}")
    assert refused.exit_code == 2, refused.output
    assert "name gives the address" in refused.stderr, refused.stderr
    assert "Zzsecret" not in cli(root, "directory", "show", "AL", "al-hope-1").stdout
    taken = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "name=Zzsecret Hope")
    assert taken.exit_code == 0, taken.output


def test_a_stored_name_that_gives_a_confidential_shelters_street_address_never_leaves_the_file(
    tmp_path: Path,
) -> None:
    """The same name stored before this rule, or by another tool: withheld whole in every
    output, as a website that gives the street address is."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    write_raw(root, {"al-hope-1": {"name": "Hope Refuge Zzsecret 77"}})
    outputs = {
        "list": cli(root, "directory", "list", "AL", "-f", "csv"),
        "show": cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json"),
        "export": cli(root, "directory", "export", "AL", "-f", "json"),
        "hsds": cli(root, "directory", "export", "AL", "-f", "hsds-json"),
        "history": cli(root, "directory", "history", "AL", "-f", "json"),
        "match": cli(root, *MATCH, "-f", "json"),
        "package": cli(root, *PACKAGE, *MATCH[1:], "--select", "shelter=al-hope-1", "-f", "md"),
    }
    for what, result in outputs.items():
        assert result.exit_code == 0, (what, result.output)
        assert "Zzsecret" not in result.output, (what, result.output[-3000:])
    assert "al-hope-1" in outputs["match"].stdout
    assert "Zzsecret" not in _completion(root, "directory show AL al-")


# --- a name that gives a confidential shelter's town, in the messages that quote a name ------------------


@pytest.fixture
def named_after_its_village(tmp_path: Path) -> Path:
    """A confidential shelter whose stored name gives its village (written before the rule, or
    by another tool): `list`, `show`, `match` and the package show it as "(withheld) Shelter
    Hope"; a second record shares its phone (validate's likely duplicate)."""
    twin = dataclasses.replace(CLINIC, id="al-twin-1", name="Twin Office", phone=SHELTER.phone)
    root = make_root(tmp_path / "d", CLINIC, SHELTER, twin)
    write_raw(root, {"al-hope-1": {"name": "Orosh Shelter Hope"}})
    assert "Orosh" not in cli(root, "directory", "list", "AL").output  # the premise
    return root


def test_completion_never_shows_a_name_that_gives_a_shelters_town(named_after_its_village: Path) -> None:
    """zsh and fish show each id's name beside it: the stored name, town and all, where every
    output shows it withheld."""
    shown = _completion(named_after_its_village, "directory show AL al-")
    assert "al-hope-1" in shown and "Shelter Hope" in shown, shown
    assert "Orosh" not in shown, shown


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_validate_never_quotes_a_name_that_gives_a_shelters_town(
    named_after_its_village: Path, fmt: str
) -> None:
    """ "may duplicate al-hope-1 (Orosh Shelter Hope): same phone" quoted the stored name."""
    result = cli(named_after_its_village, "directory", "validate", "AL", "-f", fmt)
    assert "may duplicate al-hope-1" in result.stdout, result.output
    assert "Orosh" not in result.output, result.output


def test_remove_never_says_a_name_that_gives_a_shelters_town(named_after_its_village: Path) -> None:
    """ "removed al-hope-1 (Orosh Shelter Hope)" on standard error (a script's log)."""
    result = cli(named_after_its_village, "directory", "remove", "AL", "al-hope-1")
    assert result.exit_code == 0, result.output
    assert "removed al-hope-1" in result.stderr and "Orosh" not in result.output, result.output


def test_geocode_never_shows_a_name_that_gives_a_shelters_town(named_after_its_village: Path) -> None:
    """geocode's table withheld the town it placed the shelter by, beside the name that gave it."""
    write_raw(named_after_its_village, {"al-hope-1": {"latitude": None, "longitude": None}})
    for fmt in ("table", "json"):
        result = cli(named_after_its_village, "directory", "geocode", "AL", "--dry-run", "-f", fmt)
        assert result.exit_code == 0, result.output
        assert "al-hope-1" in result.stdout and "Orosh" not in result.output, result.output


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_a_packages_advisory_note_never_names_a_shelter_by_a_name_that_gives_its_town(
    named_after_its_village: Path, fmt: str
) -> None:
    """ "advisory for Lezhë (AL-08), where the plan puts Shelter at Orosh Shelter Hope": the
    package's note took the name from the directory file, where every card shows it withheld."""
    root = named_after_its_village
    assert cli(root, "directory", "advise", "AL", "AL-08", "--text", "Zzflood").exit_code == 0
    case = ("--country", "AL", "--to", "Tiranë", "--needs", "shelter", "--sex", "female")
    others = ("--avoid-provider", "al-clinic-1", "--avoid-provider", "al-twin-1")
    result = cli(root, *PACKAGE, *case, *others, "-f", fmt)
    assert result.exit_code == 0, result.output
    assert "Zzflood" in result.stdout, result.stdout[-3000:]
    assert "Orosh" not in result.stdout, [line for line in result.stdout.splitlines() if "Orosh" in line]


# --- an output named in another case than svcmatch's own files ----------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "MA.json",
        "Ma.json",
        ".AL.json.lock",
        "ma.json.",
        "ma.json ",
        "History/al/20270101T000000.000000Z-deadbeef.json",
        "REFERRALS/x.json",
    ],
)
def test_no_output_lands_on_svcmatchs_own_files_named_in_another_case(tmp_path: Path, name: str) -> None:
    """`match ... -o directories/MA.json` (or `.AL.json.lock`, `History/al/...`) was written,
    exit 0: the guard knew svcmatch's own names in lower case only. On the file systems of
    macOS and Windows, which most caseworkers' laptops use, that is `ma.json` (a country file
    of a match: every MA command then fails on it), the lock (replaced: two writers hold it at
    once) or a phantom history entry; and a folder holding both names under git cannot be
    checked out there. Such a name is refused in any case."""
    root = make_root(tmp_path / "d", CLINIC)
    (root / "referrals").mkdir()
    target = root / name
    target.parent.mkdir(parents=True, exist_ok=True)  # (one folder on macOS and Windows)
    before = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    result = cli(root, *MATCH, "-f", "json", "-o", str(target))
    assert result.exit_code == 2, (name, result.output)
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*")) == before


def test_no_package_folder_is_a_history_folder_named_in_another_case(tmp_path: Path) -> None:
    root = make_root(tmp_path / "d", CLINIC)
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs,draft\nc1,AL,Lezhë,shelter,yes\n", "utf-8")
    result = cli(root, "batch", str(cases), "--packages", str(root / "HISTORY"), "--package-format", "json")
    assert result.exit_code == 2, result.output
    assert not (root / "HISTORY").exists()


# --- the geocoding cache, damaged one answer at a time -----------------------------------------------


@pytest.mark.usefixtures("fake")
@pytest.mark.parametrize(
    "answer", ['["a", "b"]', '{"x": 1}', "[41.3]", "5", '"x"', "[NaN, 19.8]", "[95, 500]", "[true, false]"]
)
def test_a_damaged_answer_in_the_geocoding_cache_is_asked_again_not_a_traceback(
    tmp_path: Path, answer: str
) -> None:
    """A cache whose file is no JSON was "only a slower run", but one answer in it that is no
    point (a hand edit, another tool, a disk error in one line) gave a ValueError, KeyError,
    IndexError or TypeError traceback at `geocode --online`, and NaN or 95/500 were shown as
    the point it "would fill". Such an answer is now no answer: asked again, and replaced."""
    root = make_root(tmp_path / "d", dataclasses.replace(CLINIC, latitude=None, longitude=None))
    query = "Rruga Public 1, Lezhë, Albania"
    FakeNominatim.answers[query] = (41.78, 19.64)
    cache = tmp_path / "cache" / "nominatim.json"
    cache.parent.mkdir()
    cache.write_text(f'{{"https://nominatim.openstreetmap.org|{query}": {answer}, "other|x": [41.3, 19.8]}}')
    result = cli(root, "directory", "geocode", "AL", "--online", "--user-agent", "x", "-f", "json")
    assert result.exit_code == 0, (result.output, result.exception)
    [row] = json.loads(result.stdout)
    assert (row["latitude"], row["longitude"]) == (41.78, 19.64), row
    assert [call[0] for call in FakeNominatim.calls] == [query]
    kept = json.loads(cache.read_text(encoding="utf-8"))
    assert kept == {f"https://nominatim.openstreetmap.org|{query}": [41.78, 19.64], "other|x": [41.3, 19.8]}


# --- an -o link that another user planted in a shared folder ----------------------------------------------


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown a link")
@pytest.mark.parametrize(
    "command",
    [
        (*MATCH, "-f", "json"),
        ("directory", "export", "AL", "-f", "csv"),
        (*PACKAGE, *MATCH[1:], "-f", "json", "--force"),
    ],
)
def test_an_output_link_another_user_planted_in_a_shared_folder_is_refused(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """`match ... -o /tmp/plan.json`, where another user had made /tmp/plan.json a symbolic
    link to the caseworker's own file, replaced that file with the match, exit 0: svcmatch
    follows an -o link itself (as the shell's `>` writes through one), where the kernel's
    protected_symlinks (on by default on Linux distributions) refuses the shell to follow a
    link in a sticky, world-writable folder that someone else owns. The same rule now holds:
    such a link is refused, nothing written; one of the user's own is written through."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    precious = tmp_path / "precious.txt"
    precious.write_text("the caseworker's notes\n", encoding="utf-8")
    planted = shared / "plan.json"
    planted.symlink_to(precious)
    os.chown(planted, 65534, 65534, follow_symlinks=False)  # nobody's
    result = cli(root, *command, "-o", str(planted))
    assert result.exit_code == 2, result.output
    assert "symbolic link" in result.stderr and "another user" in result.stderr, result.stderr
    assert precious.read_text(encoding="utf-8") == "the caseworker's notes\n"
    assert planted.is_symlink()
    own = shared / "mine.json"
    own.symlink_to(precious)  # the user's own link: written through, as before
    assert cli(root, *command, "-o", str(own)).exit_code == 0
    assert precious.read_text(encoding="utf-8") != "the caseworker's notes\n"


# --- a provider's name written with letters of another script that look the same ----------------------------


@pytest.mark.parametrize("name", ["Public Сlinic", "Рublic Clinic", "PUBLIC СLINIC", "Public Clіnic"])
def test_a_name_spelled_with_lookalike_letters_is_a_likely_duplicate(tmp_path: Path, name: str) -> None:
    """`directory add AL --name "Public Сlinic" --city Lezhë ...` (a Cyrillic С) was added beside
    the stored Public Clinic of Lezhë, exit 0, where "Public Clinic" itself is refused as a
    likely duplicate: the two look the same in every list, match and package, and the second
    gives another phone (a feed or a sheet that passes a number off as the clinic's). A name
    is compared with the letters of other scripts read as the Latin ones they look like, as
    the search for a shelter's town reads them; a sheet's row is refused the same way."""
    root = make_root(tmp_path / "d", CLINIC)
    add = ("directory", "add", "AL", "--category", "medical", "--city", "Lezhë", "--region", "AL-08")
    result = cli(root, *add, "--name", name, "--phone", "+355 69 666 6666")
    assert result.exit_code == 2, result.output
    assert "likely a duplicate of al-clinic-1" in result.stderr, result.stderr
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f"name,categories,city,region,phone\n{name},medical,Lezhë,AL-08,+355 69 666 6666\n", "utf-8"
    )
    imported = cli(root, "directory", "import", "AL", str(sheet))
    assert imported.exit_code != 0 and "likely a duplicate of al-clinic-1" in imported.output, imported.output
    assert [p for p in json.loads((root / "al.json").read_text("utf-8"))["providers"]] == ["al-clinic-1"]
    # a name of its own in another script is no duplicate
    other = cli(root, *add, "--name", "Клініка Лежа", "--phone", "+355 69 666 6668")
    assert other.exit_code == 0, other.output


# --- an HSDS feed's guess of whether a shelter's point is a town's centre ----------------------------------


def _feed_guessing_approximate(root: Path, tmp_path: Path, value: str) -> Path:
    """The shelter's record of svcmatch's own HSDS export, without its revision (a feed from
    elsewhere), with the attribute `coordinates_approximate` set to `value`."""
    exported = json.loads(cli(root, "directory", "export", "AL", "-f", "hsds-json").stdout)
    [record] = [s for s in exported if any(a.get("value") == "al-hope-1" for a in s["attributes"])]
    attributes = [a for a in record["attributes"] if a["taxonomy_term"]["code"] != "revision"]
    [outreach] = [a for a in attributes if a["taxonomy_term"]["code"] == "outreach"]
    term = {**outreach["taxonomy_term"], "id": "0e000000-0000-4000-8000-0000000000a1"}
    term.update(code="coordinates_approximate", name="Coordinates approximate")
    guess = {**outreach, "id": "0e000000-0000-4000-8000-0000000000a2", "value": value}
    guess.update(taxonomy_term=term, taxonomy_term_id=term["id"])
    feed = tmp_path / f"feed-{value}.json"
    feed.write_text(json.dumps([{**record, "attributes": [*attributes, guess]}]), encoding="utf-8")
    return feed


def test_an_hsds_import_never_tells_whether_a_shelters_point_is_a_towns_centre(tmp_path: Path) -> None:
    """`import --format hsds --dry-run` of a feed naming the confidential shelter by its provider
    id with the attribute `coordinates_approximate` said "1 unchanged" for the stored value and
    "1 updated" for the other: one dry run answered whether its point is a town's centre, which
    every output withholds (with the public ~11 km cell, "yes" names the town for most cells).
    Given, the flag counts as changed whatever its value, as a sheet's cell and `edit` count it."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    said = {}
    for value in ("true", "false"):
        feed = _feed_guessing_approximate(root, tmp_path, value)
        result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds", "--dry-run")
        assert result.exit_code == 0, result.output
        said[value] = result.output.replace(str(feed), "FEED")
    assert said["true"] == said["false"], said
    assert "1 updated" in said["false"], said


def test_a_sheets_extra_cell_never_tells_what_outputs_withhold_of_a_shelter(tmp_path: Path) -> None:
    """`import --dry-run` of a sheet `id,extra` / `al-hope-1,{"postal_code": "1001"}` said "1
    unchanged" when the confidential shelter's withheld `extra` held that postal code (or that
    GPS point, that kept HSDS location) and "1 updated" for any other: one dry run a guess.
    A cell that gives what outputs withhold of its `extra` counts as changed whatever its
    value, as its town and address do."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    write_raw(root, {"al-hope-1": {"extra": {"postal_code": "1001"}}})
    said = {}
    for code in ("1001", "1002"):
        sheet = tmp_path / f"{code}.csv"
        sheet.write_text(f'id,extra\nal-hope-1,"{{""postal_code"": ""{code}""}}"\n', encoding="utf-8")
        result = cli(root, "directory", "import", "AL", str(sheet), "--dry-run")
        assert result.exit_code == 0, result.output
        said[code] = result.output.replace(str(sheet), "SHEET")
    assert said["1001"] == said["1002"], said
    assert "1 updated" in said["1001"] and "1002" not in said["1002"], said


def test_an_hsds_feeds_location_details_never_tell_what_outputs_withhold_of_a_shelter(tmp_path: Path) -> None:
    """The same for an HSDS feed naming the shelter by its provider id whose location gives
    only details kept aside (a postal code): "1 unchanged" when they were the stored ones."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    exported = json.loads(cli(root, "directory", "export", "AL", "-f", "hsds-json").stdout)
    [record] = [s for s in exported if any(a.get("value") == "al-hope-1" for a in s["attributes"])]
    attributes = [a for a in record["attributes"] if a["taxonomy_term"]["code"] != "revision"]
    location = {"id": "0e000000-0000-4000-8000-0000000000b1", "name": "Zzhouse", "location_type": "physical"}
    at = {"id": "0e000000-0000-4000-8000-0000000000b2", "service_id": record["id"], "location": location}
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([{**record, "attributes": attributes, "service_at_locations": [at]}]), "utf-8")
    taken = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds")
    assert taken.exit_code == 0, taken.output
    again = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds", "--dry-run")
    assert again.exit_code == 0, again.output
    assert "1 updated" in again.stderr and "extra" in again.stdout, again.output


# --- an import's report of a change quotes the stored texts -------------------------------------------------


def test_an_imports_report_never_quotes_a_shelters_text_that_gives_its_place(tmp_path: Path) -> None:
    """`import --dry-run` of a sheet changing the confidential shelter's notes said "would change
    al-hope-1, notes: 'the house in Orosh' -> 'other note'", and a row exported at an older
    revision was refused with "stored 'the house in Orosh'": a change report withheld the
    address fields (address, town, point, extra) but quoted the stored free texts and name as
    they are in the file, where every other output withholds what gives the place in them."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    write_raw(root, {"al-hope-1": {"notes": "the house in Orosh, Rruga Zzsecret 77", "name": "Orosh Hope"}})
    assert "Orosh" not in cli(root, "directory", "show", "AL", "al-hope-1").output  # the premise
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,notes,name\nal-hope-1,other note,Shelter Hope\n", encoding="utf-8")
    planned = cli(root, "directory", "import", "AL", str(sheet), "--dry-run")
    assert planned.exit_code == 0, planned.output
    assert "would change al-hope-1, notes:" in planned.stdout and "name:" in planned.stdout, planned.output
    assert "Orosh" not in planned.output and "Zzsecret" not in planned.output, planned.output
    write_raw(root, {"al-hope-1": {"revision": 2}})
    old = tmp_path / "old.csv"
    old.write_text("id,notes,name,revision\nal-hope-1,other note,Shelter Hope,1\n", encoding="utf-8")
    refused = cli(root, "directory", "import", "AL", str(old), "--dry-run")
    assert "changed since this file was exported" in refused.stderr, refused.output
    assert "Orosh" not in refused.output and "Zzsecret" not in refused.output, refused.output


# --- a private file written through a temporary file that others can read ----------------------------------


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX permissions")
@pytest.mark.parametrize(
    "command",
    [
        ("directory", "edit", "AL", "al-hope-1", "--set", "notes=x"),
        ("directory", "export", "AL", "-f", "csv", "--include-confidential", "-o", "{out}"),
    ],
)
def test_a_private_file_is_never_written_through_a_temporary_file_others_can_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    """docs/security.md tells offices to protect the directory file (which holds the shelters'
    addresses) with its permissions, and a replaced file keeps them; but every write made its
    temporary file with 0666 less the umask (0644) and gave it the file's 0600 only once the
    whole content was in it: for the time of the write, any local user could open it and read
    every confidential address (an open file stays readable after the chmod). The same for an
    -o file kept private (`export --include-confidential -o addresses.csv`, chmod 600). A
    temporary file is now private from the moment it exists, and takes its mode at the end."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    out = tmp_path / "addresses.csv"
    out.write_text("old\n", encoding="utf-8")
    for private in (root / "al.json", out):
        private.chmod(0o600)
    seen: list[tuple[str, int]] = []
    fsync = os.fsync

    def spying(fd: int) -> None:  # called once the content is written, before the file is in place
        for folder in (root, tmp_path):
            seen.extend(
                (p.name, p.stat().st_mode & 0o777) for p in folder.iterdir() if p.name.endswith(".tmp")
            )
        fsync(fd)

    monkeypatch.setattr(os, "fsync", spying)
    old_umask = os.umask(0o022)
    try:
        result = cli(root, *(part.replace("{out}", str(out)) for part in command))
    finally:
        os.umask(old_umask)
    assert result.exit_code == 0, result.output
    assert seen, "no temporary file was seen"
    assert all(mode & 0o077 == 0 for _, mode in seen), seen
    assert (root / "al.json").stat().st_mode & 0o777 == 0o600
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown a link")
def test_a_packages_folder_link_another_user_planted_in_a_shared_folder_is_refused(tmp_path: Path) -> None:
    """`batch cases.csv --packages /tmp/pk --force`, where another user had made /tmp/pk a link
    to a folder of the caseworker's, wrote (and with --force replaced) files there."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    mine = tmp_path / "documents"
    mine.mkdir()
    planted = shared / "pk"
    planted.symlink_to(mine)
    os.chown(planted, 65534, 65534, follow_symlinks=False)
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs,draft\nc1,AL,Lezhë,shelter,yes\n", "utf-8")
    result = cli(root, "batch", str(cases), "--packages", str(planted), "--force")
    assert result.exit_code == 2, result.output
    assert "another user" in result.stderr, result.stderr
    assert not list(mine.iterdir())


# --- a region to avoid written in another script, read by a close spelling ------------------------------


@pytest.mark.parametrize(("typed", "meant"), [("Кукос", "AL-07"), ("Тирона", "AL-11"), ("Лешка", "AL-08")])
def test_a_region_to_avoid_in_another_script_is_never_read_by_a_close_spelling(
    tmp_path: Path, typed: str, meant: str
) -> None:
    """`match --avoid-region Кукос` (Kukës mistyped in Cyrillic) was read as AL-07 Kukës, said as
    a "translation", where `--avoid-region Kukos` is refused ("a region is never read by a close
    spelling"): the exact rule of the region to avoid let a close spelling through whenever it
    was written in another script than the gazetteer's name. Such a text is refused with the
    region it is close to, as in Latin letters; an exact name in another script (Кукес, Тирана)
    is read as before."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    case = ("match", "--country", "AL", "--to", "Durrës", "--needs", "shelter")
    refused = cli(root, *case, "--avoid-region", typed)
    assert refused.exit_code == 2, refused.output
    assert "never read by a close spelling" in refused.stderr and meant in refused.stderr, refused.stderr
    added = cli(root, "directory", "add", "AL", "--name", "Q", "--category", "legal", "--region", typed)
    assert added.exit_code == 2, added.output
    exact = {"AL-07": "Кукес", "AL-11": "Тирана", "AL-08": "Лежа"}[meant]
    taken = cli(root, *case, "--avoid-region", exact, "-f", "json")
    assert taken.exit_code == 0, taken.output


# --- a lock file that is no file ----------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_lock_file_that_is_a_named_pipe_is_named_for_what_it_is(tmp_path: Path) -> None:
    """`.al.json.lock` made a named pipe (a sync tool, a mistaken `mkfifo`): every write said
    "cannot write the output: File or stream is not seekable ... write with -o FILE elsewhere",
    blaming an output the command does not have. It now names the lock and the fix."""
    root = make_root(tmp_path / "d", CLINIC)
    lock = root / ".al.json.lock"
    lock.unlink()
    os.mkfifo(lock)
    before = (root / "al.json").read_bytes()
    result = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "notes=x")
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and ".al.json.lock" in lines[0] and "named pipe" in lines[0], result.stderr
    assert "write with -o" not in lines[0] and "the output" not in lines[0], lines[0]
    assert (root / "al.json").read_bytes() == before


# --- a referral answer whose note or name is no text ------------------------------------------------------


#: A package that may be sent: consent given, dated.
CONSENTED = ("--consent-date", "2026-12-01", "--consent-recipients", "x", "--today", "2026-12-05")


def _opened_referral(tmp_path: Path) -> tuple[Path, str]:
    """A folder whose referral store holds the referral of one package; its id."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    package = tmp_path / "pkg.json"
    made = cli(root, *PACKAGE[:3], *MATCH[1:], *CONSENTED, "-f", "json", "-o", str(package))
    assert made.exit_code == 0, made.output
    assert cli(root, "referral", "open", "--from", str(package)).exit_code == 0
    [referral] = json.loads(cli(root, "referral", "list", "-f", "json").stdout)
    return root, referral["id"]


@pytest.mark.parametrize("key", ["note", "by"])
@pytest.mark.parametrize("value", [{"a": 1}, [1], True])
def test_an_answer_whose_note_or_name_is_no_text_is_one_line(tmp_path: Path, key: str, value: object) -> None:
    """`referral update --from answers.json` whose answer's note was an object, a list, a number
    or true gave an AttributeError traceback ('dict' object has no attribute 'strip'), and whose
    `by` was one was recorded as its Python form ("{'a': 1}", "True") without a word. Each is a
    one-line error naming the answer; nothing is recorded."""
    root, referral = _opened_referral(tmp_path)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"id": referral, "status": "accepted", key: value}]), encoding="utf-8")
    before = sorted(p.name for p in (root / "referrals").rglob("*.json"))
    result = cli(root, "referral", "update", "--from", str(answers))
    assert result.exit_code == 2, (result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and key in lines[0] and "row 1" in lines[0], result.stderr
    assert sorted(p.name for p in (root / "referrals").rglob("*.json")) == before
