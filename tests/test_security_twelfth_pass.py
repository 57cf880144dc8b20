"""The twelfth adversarial pass over every command (issues 11, 14 and 16's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli, make_root
from test_security_siblings import write_raw
from test_security_third_pass import _files, open_referrals

from svcmatch.referrals import referral_id

#: A return to Shkodër (AL-10) of a woman whose traffickers are in Lezhë (AL-08), where the
#: confidential shelter al-hope-1 and the public clinic stand.
AVOIDING = (
    *("--country", "AL", "--to", "Shkodër", "--needs", "shelter", "--sex", "female"),
    *("--avoid-region", "AL-08"),
)


# --- a region to avoid, and a provider's region stored in another spelling ---------------------------------


@pytest.mark.parametrize("stored", ["AL08", "Lezhë", "ＡＬ-08", "AL_08", ""])
def test_a_provider_whose_region_is_stored_otherwise_is_never_planned_in_a_region_to_avoid(
    tmp_path: Path, stored: str
) -> None:
    """`match --avoid-region AL-08` planned the shelter of Lezhë (AL-08) when its record's region
    read `AL08`, `Lezhë`, a fullwidth `ＡＬ-08`, `AL_08` or nothing (a file written by hand or by
    another tool, an HSDS feed without a state_province: `validate` reports each as an error),
    exit 0, without a word: the rule compared the stored text with the code. A region stored as
    a code or a name of the country is now read as the region to avoid is read; one that names
    no region leaves where the provider is unknown, so it is excluded as a near miss that says
    why (a guess is worse than a question), in match, package and batch alike."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    write_raw(root, {"al-hope-1": {"region": stored}})
    result = cli(root, "match", *AVOIDING, "-f", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [hit["id"] for hit in document["needs"]["shelter"]] == [], document["needs"]
    missed = {miss["id"]: miss for miss in document["near_misses"]["shelter"]}
    assert missed["al-hope-1"]["rule"] == "avoid_region", missed
    if stored in ("", "AL_08"):
        assert "region" in missed["al-hope-1"]["detail"] and "avoid" in missed["al-hope-1"]["detail"], missed
    package = cli(root, "package", "--case-ref", "X-1", "--draft", *AVOIDING, "-f", "json")
    assert package.exit_code == 0, package.output
    assert "al-hope-1" not in json.dumps(json.loads(package.stdout).get("needs", {})), package.stdout[:3000]
    cases = tmp_path / "cases.jsonl"
    case = {"case_id": "C-1", "country": "AL", "to": "Shkodër", "needs": "shelter", "sex": "female"}
    cases.write_text(json.dumps({**case, "avoid_region": "AL-08"}) + "\n", encoding="utf-8")
    batch = cli(root, "batch", str(cases), "-f", "jsonl")
    assert batch.exit_code == 0, batch.output
    assert "al-hope-1" not in json.dumps(json.loads(batch.stdout.splitlines()[0]).get("plan")), batch.stdout


def test_a_provider_whose_region_is_stored_otherwise_is_kept_where_nothing_is_avoided(tmp_path: Path) -> None:
    """The reading is the safety rule's only: without a region to avoid, or avoiding another
    region, such a provider is matched as before."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    write_raw(root, {"al-hope-1": {"region": "AL08"}})
    case = AVOIDING[:-2]
    for extra in ((), ("--avoid-region", "AL-07")):
        result = cli(root, "match", *case, *extra, "-f", "json")
        assert result.exit_code == 0, result.output
        shown = [hit["id"] for hit in json.loads(result.stdout)["needs"]["shelter"]]
        assert "al-hope-1" in shown, result.stdout


# --- an export that holds the confidential addresses ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "hsds-json", "hsds-csv"])
def test_an_export_with_the_confidential_addresses_is_created_private(tmp_path: Path, fmt: str) -> None:
    """docs/security.md tells offices to protect the directory file, which holds the shelters'
    addresses, with its permissions (`chmod 600 al.json`); `export --include-confidential -o
    addresses.csv` then wrote every confidential address into a new file with 0666 less the
    umask (0644): a copy any local user could read. A new file (an HSDS package's folder and
    tables) that holds them is now created private (0600, a folder 0700); a file replaced keeps
    its own permissions, and an export without them follows the umask as before."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    (root / "al.json").chmod(0o600)
    name = {"hsds-csv": "package", "hsds-json": "hsds.json"}.get(fmt, f"addresses.{fmt}")
    private, public = tmp_path / f"private-{name}", tmp_path / f"public-{name}"
    old_umask = os.umask(0o022)
    try:
        kept = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(private), "--include-confidential")
        left_out = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(public))
    finally:
        os.umask(old_umask)
    assert kept.exit_code == 0 and left_out.exit_code == 0, (kept.output, left_out.output)
    files = sorted(private.iterdir()) if fmt == "hsds-csv" else [private]
    assert files and all(path.stat().st_mode & 0o077 == 0 for path in files), [
        (path.name, oct(path.stat().st_mode)) for path in files
    ]
    if fmt == "hsds-csv":
        assert private.stat().st_mode & 0o077 == 0, oct(private.stat().st_mode)
        assert any("Zzsecret" in path.read_text(encoding="utf-8") for path in files)  # the premise
    public_files = sorted(public.iterdir()) if fmt == "hsds-csv" else [public]
    assert all(path.stat().st_mode & 0o777 == 0o644 for path in public_files)
    shared = tmp_path / f"shared-{name}"  # a file the office made to share: replaced, its mode kept
    assert cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(shared)).exit_code == 0
    if fmt != "hsds-csv":
        shared.chmod(0o640)
        again = cli(root, "directory", "export", "AL", "-f", fmt, "-o", str(shared), "--include-confidential")
        assert again.exit_code == 0, again.output
        assert shared.stat().st_mode & 0o777 == 0o640


# --- a workbook whose sheet declares entities -------------------------------------------------------------


def _workbook_with_sheet(
    tmp_path: Path, name: str, header: list[str], row: list[str], edit: Callable[[str], str]
) -> Path:
    """An .xlsx written by openpyxl whose first sheet's XML `edit` rewrites (as a hostile tool
    would: a DTD, an entity, a cut-off element)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "providers"
    sheet.append(header)
    sheet.append(row)
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    with zipfile.ZipFile(plain) as archive:
        parts = {part: archive.read(part) for part in archive.namelist()}
    sheet_part = "xl/worksheets/sheet1.xml"
    parts[sheet_part] = edit(parts[sheet_part].decode("utf-8")).encode("utf-8")
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return path


LAUGHS = '<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8)
)
SHEET_EDITS: dict[str, Callable[[str], str]] = {
    # a file's contents pulled in by an external entity (expat never reads it: "undefined entity")
    "external entity": lambda xml: (
        '<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/hostname">]>' + xml.replace("NAME", "&x;")
    ),
    # a billion laughs: 10^9 letters from 1 KB (expat stops it: "amplification factor")
    "billion laughs": lambda xml: f"<!DOCTYPE worksheet [{LAUGHS}]>" + xml.replace("NAME", "&i;"),
    "cut off": lambda xml: xml[: xml.index("NAME")],
}


@pytest.mark.parametrize("edit", sorted(SHEET_EDITS))
def test_a_workbook_whose_sheet_is_no_readable_xml_is_one_line(tmp_path: Path, edit: str) -> None:
    """A sheet that declares entities (an external one that would pull in a file of the machine,
    a billion laughs) or whose XML is cut off passed the workbook's checks (its zip, its size,
    its workbook part) and failed while its rows were read: `import` (and `--dry-run`) and `batch`
    gave xml.etree's ParseError traceback. It is now one line naming the file and the fix,
    exit 2, nothing written."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    before = (root / "al.json").read_bytes()
    sheet = _workbook_with_sheet(
        tmp_path,
        "providers.xlsx",
        ["name", "categories", "region"],
        ["NAME", "medical", "AL-08"],
        SHEET_EDITS[edit],
    )
    for command in (
        ("directory", "import", "AL", str(sheet)),
        ("directory", "import", "AL", str(sheet), "--dry-run"),
    ):
        result = cli(root, *command)
        assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "providers.xlsx" in lines[0] and "save it again" in lines[0], result.stderr
    assert (root / "al.json").read_bytes() == before
    cases = _workbook_with_sheet(
        tmp_path,
        "cases.xlsx",
        ["case_id", "country", "to", "needs"],
        ["NAME", "AL", "Lezhë", "medical"],
        SHEET_EDITS[edit],
    )
    result = cli(root, "batch", str(cases))
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert "cases.xlsx" in result.stderr and "Traceback" not in result.output, result.stderr


# --- a confidential shelter's e-mail or website that names its town ---------------------------------------


@pytest.mark.parametrize(
    "setting",
    [
        "email=orosh.safehouse@example.org",
        "email=hope@orosh-ngo.example.org",
        "email=shelter.oroshi@example.org",  # inflected, as every text is searched
        "website=https://orosh-shelter.example.org",
        "website=www.example.org/shelters/orosh",
    ],
)
def test_a_confidential_shelters_email_or_website_that_names_its_town_is_refused(
    tmp_path: Path, setting: str
) -> None:
    """`directory edit AL al-hope-1 --set email=orosh.safehouse@example.org` was taken, exit 0,
    and every output (list, show, match, package, export, HSDS) printed the village whose name
    they withhold everywhere else: the e-mail was searched for nothing, the website for the
    point and the street address only. Both are now searched for the town (and its other
    names) as a name is, at every door; one that does not name it is taken."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    refused = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", setting)
    assert refused.exit_code == 2, refused.output
    assert "town" in refused.stderr, refused.stderr
    field = setting.partition("=")[0]
    taken = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}=hope@example.org")
    if field == "website":
        taken = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", "website=https://hope.example.org")
    assert taken.exit_code == 0, taken.output


def test_a_stored_email_or_website_that_names_a_shelters_town_never_leaves_the_file(tmp_path: Path) -> None:
    """The same stored before this rule (or by another tool): withheld in every output, as a
    note naming the town is; a re-import of the redacted export keeps what is stored; validate
    reports both as errors."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    write_raw(
        root,
        {
            "al-hope-1": {
                "email": "orosh.safehouse@example.org",
                "website": "https://orosh-shelter.example.org",
            }
        },
    )
    match = ("match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")
    outputs = {
        "list": cli(root, "directory", "list", "AL", "-f", "json"),
        "show": cli(root, "directory", "show", "AL", "al-hope-1", "-f", "json"),
        "export": cli(root, "directory", "export", "AL", "-f", "csv"),
        "hsds": cli(root, "directory", "export", "AL", "-f", "hsds-json"),
        "history": cli(root, "directory", "history", "AL", "-f", "json"),
        "match": cli(root, *match, "-f", "json"),
        "package": cli(root, "package", "--case-ref", "X-1", "--draft", *match[1:], "-f", "md"),
        "stale": cli(root, "directory", "stale", "AL", "-f", "json"),
    }
    for what, result in outputs.items():
        assert result.exit_code == 0, (what, result.output)
        assert "orosh" not in result.stdout.casefold(), (what, result.stdout[-3000:])
    assert "al-hope-1" in outputs["match"].stdout
    validated = cli(root, "directory", "validate", "AL")
    assert "al-hope-1: error: email" in validated.stdout and "al-hope-1: error: website" in validated.stdout
    assert "orosh" not in validated.output.casefold(), validated.output
    exported = tmp_path / "al.csv"
    assert cli(root, "directory", "export", "AL", "-o", str(exported)).exit_code == 0
    reimported = cli(root, "directory", "import", "AL", str(exported))
    assert reimported.exit_code == 0, reimported.output
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-hope-1"]
    assert (stored["email"], stored["website"]) == (
        "orosh.safehouse@example.org",
        "https://orosh-shelter.example.org",
    )


# --- a damaged history file and a shelter that must turn confidential -------------------------------------


def test_a_damaged_history_file_never_keeps_a_shelter_public(tmp_path: Path) -> None:
    """`directory edit AL al-clinic-1 --set confidential_address=yes` (an address that must be
    hidden now: the traffickers found the shelter's old one) was refused, exit 3, the record left
    public in every output, because a history file that held an entry of the record could not
    be read (cut off by a full disk, a bad merge): the scrub of its earlier entries read every
    such file first. Every other write goes on past such a file (the history is appended to,
    never read). The record is now made confidential and the other files scrubbed; the damaged
    file is left as it is, and the command ends with one line saying that the change was
    written and which file may still hold the old values, exit 3."""
    root = make_root(tmp_path / "d", CLINIC)
    assert cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "notes=a").exit_code == 0
    history = sorted((root / "history" / "al").glob("*.json"))
    damaged = next(path for path in reversed(history) if b'"notes"' in path.read_bytes())
    damaged.write_bytes(damaged.read_bytes()[:150])
    kept = damaged.read_bytes()
    result = cli(root, "directory", "edit", "AL", "al-clinic-1", "--set", "confidential_address=yes")
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and damaged.name in lines[0] and "written" in lines[0], result.stderr
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-clinic-1"]
    assert stored["confidential_address"] is True
    assert damaged.read_bytes() == kept
    shown = cli(root, "directory", "list", "AL", "-f", "json")
    assert "Rruga Public" not in shown.stdout and "Lezhë" not in shown.stdout, shown.stdout
    scrubbed = [p for p in history if p != damaged and b"Rruga Public 1" in p.read_bytes()]
    assert not scrubbed, scrubbed


# --- an HSDS package sent as a zip whose members cannot be unpacked --------------------------------------

PACKAGE = Path(__file__).resolve().parent / "fixtures" / "hsds" / "al_package"


def _damaged_zip(tmp_path: Path, how: str) -> Path:
    """The zip of the sample HSDS package, damaged as a download or another tool leaves one: a
    flipped byte in the deflated data of services.csv, or every member marked encrypted."""
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(PACKAGE.iterdir()):
            bundle.writestr(path.name, path.read_bytes())
    data = bytearray(plain.getvalue())
    if how == "bad data":
        info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("services.csv")
        data[info.header_offset + 30 + len(info.filename) + len(info.extra) + 5] ^= 0xFF
    else:  # the general purpose flag's bit 0, in every local and central header
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            start = data.find(signature)
            while start != -1:
                data[start + offset] |= 1
                start = data.find(signature, start + 4)
    path = tmp_path / f"{how.replace(' ', '-')}.zip"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("how", ["bad data", "encrypted"])
def test_an_hsds_zip_whose_members_cannot_be_unpacked_is_one_line(tmp_path: Path, how: str) -> None:
    """`import AL package.zip --format hsds` of a zip whose deflated data is damaged (a download
    cut and resumed) gave zlib's "invalid code lengths set" traceback, and of one whose members
    are encrypted (zipped with a password) zipfile's RuntimeError traceback. Each is now one
    line naming the zip, the member and the fix, exit 2, nothing written."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    result = cli(root, "directory", "import", "AL", str(_damaged_zip(tmp_path, how)), "--format", "hsds")
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and ".zip" in lines[0] and "zip the package again" in lines[0], result.stderr
    assert (root / "al.json").read_bytes() == before


def test_an_hsds_zip_of_many_members_is_refused_before_they_are_unpacked(tmp_path: Path) -> None:
    """The zip's members were all written to a temporary folder before the package was read:
    a 27 MB zip of the sample package and 300,000 empty members took 59 s and 295 MB to import
    (`--dry-run` too), writing 300,000 files. A package has a few dozen tables: a zip of more
    than `hsds.source.MOST_ZIP_MEMBERS` members is refused, one line, before any is unpacked."""
    from svcmatch.hsds.source import MOST_ZIP_MEMBERS

    root = make_root(tmp_path / "d", CLINIC)
    bundle = tmp_path / "many.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for path in sorted(PACKAGE.iterdir()):
            archive.writestr(path.name, path.read_bytes())
        for number in range(MOST_ZIP_MEMBERS):
            archive.writestr(f"extra/x{number}.csv", b"")
    result = cli(root, "directory", "import", "AL", str(bundle), "--format", "hsds", "--dry-run")
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "many.zip" in lines[0] and "members" in lines[0], result.stderr


# --- a capacity that is no whole number of places ---------------------------------------------------------


@pytest.mark.parametrize("available", [2.7, 1e300, 10**20])
def test_an_hsds_capacity_that_is_no_whole_number_of_places_is_never_stored(
    tmp_path: Path, available: object
) -> None:
    """An HSDS 3.1 feed whose service capacity was `available: 2.7` was imported as 2 free
    places, without a word (a guess), and `1e300` or `10**20` as a capacity of 301 or 21 digits
    that every match then showed as free places; `edit --set capacity_available=2.7` and
    `100000000000000000` are refused ("not a whole number"). Such a capacity is now set aside
    with its reason, said as every value set aside is, and nothing is stored of it."""
    root = make_root(tmp_path / "d", CLINIC)
    feed = tmp_path / "feed.json"
    assert cli(root, "directory", "export", "AL", "-f", "hsds-json", "-o", str(feed)).exit_code == 0
    records = json.loads(feed.read_text(encoding="utf-8"))
    records[0]["capacities"] = [
        {"available": available, "updated": "2026-11-30T10:00:00Z", "unit": {"name": "beds"}}
    ]
    feed.write_text(json.dumps(records), encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds")
    assert result.exit_code == 0, result.output
    assert "available" in result.stderr and "whole number" in result.stderr, result.stderr
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]["al-clinic-1"]
    assert stored["capacity_available"] is None, stored["capacity_available"]


def test_a_json_record_whose_capacity_has_more_digits_than_a_cell_is_refused(tmp_path: Path) -> None:
    """`add --json` took `"capacity_available": 100000000000000000000` (a JSON number, where
    the same digits in a cell or `--set` are refused as no whole number) and every match showed
    it as free places. A JSON number is held to the cell's rule: at most 9 digits."""
    root = make_root(tmp_path / "d", CLINIC)
    record = tmp_path / "r.json"
    record.write_text(
        json.dumps(
            {"name": "Big", "categories": ["shelter"], "region": "AL-08", "capacity_available": 10**20}
        ),
        encoding="utf-8",
    )
    result = cli(root, "directory", "add", "AL", "--json", str(record))
    assert result.exit_code == 2, result.output
    assert "capacity_available" in result.stderr and "whole number" in result.stderr, result.stderr


@pytest.mark.parametrize("member", ["pkg//{target}", "pkg///{target}"])
def test_an_hsds_zip_never_writes_a_file_outside_its_temporary_folder(tmp_path: Path, member: str) -> None:
    """`import AL package.zip --format hsds --dry-run` of a zip whose package sits in a folder
    (`pkg/services.csv`) and that holds a member `pkg//home/user/.bashrc` wrote that member to
    /home/user/.bashrc: the member's name passed the checks (no `..`, not absolute as a whole),
    and the part after the package's folder, `/home/user/.bashrc`, was joined to the temporary
    folder as an absolute path. A zip whose member would land outside the folder is refused,
    one line, and nothing is written anywhere."""
    root = make_root(tmp_path / "d", CLINIC)
    target = tmp_path / "outside" / "planted.txt"
    bundle = tmp_path / "slip.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for path in sorted(PACKAGE.iterdir()):
            archive.writestr(f"pkg/{path.name}", path.read_bytes())
        archive.writestr(member.format(target=str(target).lstrip("/")), b"planted by a zip\n")
    result = cli(root, "directory", "import", "AL", str(bundle), "--format", "hsds", "--dry-run")
    assert not target.exists(), target.read_text()
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert "slip.zip" in result.stderr and "outside" in result.stderr, result.stderr


# --- a referral package whose case reference is a person's name -------------------------------------------


@pytest.mark.parametrize("case_ref", ["Elira Hoxha", "Elira Hoxha, b. 1990", "x" * 41])
def test_referral_open_never_stores_a_case_reference_that_is_no_pseudonymous_code(
    tmp_path: Path, case_ref: str
) -> None:
    """`package --case-ref "Elira Hoxha"` is refused ("not a pseudonymous code ... never a
    name"), but `referral open --from pkg.json` of a package whose case_ref was edited to the
    person's name (another tool's package, a form filled by hand; the referral ids made again
    from it) stored the name in the referral store, which `referral list` and `show` then print
    beside every referral: the store is to keep nothing about the person but the case
    reference. The package's case reference is now held to the rule of `--case-ref`, nothing
    written."""
    root = make_root(tmp_path / "d", CLINIC)
    package = tmp_path / "pkg.json"
    open_referrals(root, package, "medical")
    before = _files(root)
    document = json.loads(package.read_text(encoding="utf-8"))
    document["case_ref"] = case_ref
    prepared = dt.date.fromisoformat(document["prepared"]["at"][:10])
    document["referrals"] = [
        {**item, "id": referral_id(case_ref, item["need"], item["provider_id"], prepared)}
        for item in document["referrals"]
    ]
    package.write_text(json.dumps(document), encoding="utf-8")
    result = cli(root, "referral", "open", "--from", str(package))
    assert result.exit_code == 2, result.output
    assert "pseudonymous" in result.stderr and "Elira" not in result.stderr, result.stderr
    assert _files(root) == before


# --- a damaged record of a confidential shelter, in the error every command prints --------------------------


@pytest.mark.parametrize(
    ("field", "stored", "secret"),
    [
        ("latitude", "41.83412 N", "41.83"),
        ("longitude", "20.08456 E", "20.08"),
        ("latitude", {"deg": 41.83412}, "41.83"),
    ],
)
def test_a_damaged_confidential_record_never_has_its_place_quoted_in_the_error(
    tmp_path: Path, field: str, stored: object, secret: str
) -> None:
    """A directory file edited by hand (offices keep it under git) whose confidential shelter's
    latitude read `"41.83412 N"` (or a decimal comma) made every command, `match` and `batch`
    included, stop with "provider 'al-hope-1' latitude: '41.83412 N' is not a number": the
    exact point on the standard error of every caseworker and script log. The error names the
    record, line and field of a confidential shelter without its value; a public record's
    value is still quoted."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    write_raw(root, {"al-hope-1": {field: stored}})
    for command in (
        ("match", "--country", "AL", "--to", "Lezhë", "--needs", "shelter"),
        ("directory", "list", "AL"),
    ):
        result = cli(root, *command)
        assert result.exit_code == 3, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "al-hope-1" in lines[0] and field in lines[0], result.stderr
        assert secret not in result.output, result.output
    write_raw(
        root, {"al-hope-1": {field: SHELTER.to_record()[field]}, "al-clinic-1": {"latitude": "41.78 N"}}
    )
    public = cli(root, "directory", "list", "AL")
    assert public.exit_code == 3 and "'41.78 N'" in public.stderr, public.stderr
