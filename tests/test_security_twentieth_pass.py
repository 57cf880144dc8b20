"""The twentieth adversarial pass over every command (issues 13-17's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

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
        (("referral", "stats", "AL", "--since", "2026-12-0٧"), "2026-12-07"),
        (("coverage", "AL", "--for", "١٦"), "16"),
        (("directory", "stale", "AL", "--older-than", "٣٠"), "30"),  # was read as 30 days, said as such
        (("directory", "stale", "AL", "--older-than", "١٢m"), "12m"),  # 12 months, without a word
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


# --- who makes a change ---------------------------------------------------------------------------


def test_an_author_of_any_change_never_carries_a_shelters_address_into_history(tmp_path: Path) -> None:
    """`SVCMATCH_AUTHOR="safe house at Rruga Zzsecret 77"` editing a public clinic was stored in
    the clinic's history entry and shown by `directory history`: an author was searched only for
    the shelters the change touched. It is refused, nothing written; a plain name is taken."""
    root = make_root(tmp_path / "d", CLINIC, SHELTER)
    before = (root / "al.json").read_bytes()
    edit = ("directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 000 009", "--author")
    for author in ("safe house at Rruga Zzsecret 77", "rruga zzsecret 77", "at 41.83412, 20.08456"):
        one_line_error(cli(root, *edit, author), "the author of this change", "confidential shelter")
        assert (root / "al.json").read_bytes() == before
    assert not any("zzsecret" in p.read_text("utf-8").casefold() for p in (root / "history").rglob("*.json"))
    assert cli(root, *edit, "Arta, IOM Lezhë").exit_code == 0


def test_an_author_longer_than_a_history_entry_keeps_is_refused(tmp_path: Path) -> None:
    """`SVCMATCH_AUTHOR` of 100,000 characters was stored whole in each history entry."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    edit = ("directory", "edit", "AL", "al-clinic-1", "--set", "phone=+355 22 000 009", "--author")
    one_line_error(cli(root, *edit, "x" * 100_000), "100,000 characters", "at most 120")
    assert (root / "al.json").read_bytes() == before
    assert cli(root, *edit, "y" * 120).exit_code == 0


# --- a public record at an avoided shelter's address ------------------------------------------------

#: A public record at the confidential shelter's street address under its own name.
_SAME_BUILDING = ("--country", "AL", "--to", "Lezhë", "--needs", "medical,shelter", "--sex", "female")


def _same_building(tmp_path: Path) -> Path:
    shelter = dataclasses.replace(
        SHELTER, categories=("shelter", "medical"), address=CLINIC.address, city=CLINIC.city
    )
    return make_root(tmp_path / "d", CLINIC, shelter)


def test_a_public_record_at_an_avoided_shelters_address_is_avoided_and_never_named(tmp_path: Path) -> None:
    """`match --avoid-provider al-hope-1` (she refused the shelter, or it is known to her
    traffickers) planned Public Clinic, a public record at the shelter's street address: the
    same building under another name. It is avoided with the shelter and never named (not in
    the results, the near misses, the closest provider of an unmet need or a warning): which
    public record stands at the shelter's address would give the address. The shelter's own
    reason says, of every confidential shelter avoided, that such a record is avoided unnamed."""
    root = _same_building(tmp_path)
    assert "al-clinic-1" in cli(root, "match", *_SAME_BUILDING).stdout  # planned without the avoidance
    avoided = (*_SAME_BUILDING, "--avoid-provider", "al-hope-1", "--explain-excluded")
    for fmt in ("table", "json"):
        result = cli(root, "match", *avoided, "-f", fmt)
        assert result.exit_code in (0, 1), result.output
        assert "al-clinic-1" not in result.output and "Public Clinic" not in result.output, result.output
        assert "and any public record at its address, unnamed" in result.output
    package = cli(root, "package", *avoided[:-1], "--case-ref", "X-1", "--draft", "-f", "json")
    assert package.exit_code in (0, 1), package.output
    assert "al-clinic-1" not in package.output and "Public Clinic" not in package.output
    batch = cli(
        root,
        "batch",
        "-",
        input=json.dumps(
            {
                "case_id": "c1",
                "country": "AL",
                "to": "Lezhë",
                "needs": ["medical"],
                "avoid_provider": ["al-hope-1"],
            }
        )
        + "\n",
    )
    assert "al-clinic-1" not in batch.stdout, batch.stdout


def test_a_shelter_at_an_avoided_public_records_address_is_avoided_and_never_named(tmp_path: Path) -> None:
    """The other way round: she refused Public Clinic, and the plan housed her at the confidential
    shelter in the same building. The shelter is avoided with it, never named."""
    shelter = dataclasses.replace(
        SHELTER, categories=("shelter", "medical"), address=CLINIC.address, city=CLINIC.city, latitude=41.79
    )
    other = dataclasses.replace(CLINIC, id="al-clinic-2", name="Other Clinic", address="Rruga Tjeter 5")
    root = make_root(tmp_path / "d", CLINIC, shelter, other)
    assert "al-hope-1" in cli(root, "match", *_SAME_BUILDING).stdout
    avoided = (*_SAME_BUILDING, "--avoid-provider", "al-clinic-1", "--explain-excluded")
    for fmt in ("table", "json"):
        result = cli(root, "match", *avoided, "-f", fmt)
        assert result.exit_code in (0, 1), result.output
        assert "al-hope-1" not in result.output and "Shelter Hope" not in result.output, result.output


def test_the_reason_of_an_avoided_shelter_is_said_whether_a_record_stands_at_its_address(
    tmp_path: Path,
) -> None:
    """The reason is the same with no public record at the shelter's address: it tells nothing."""
    root = make_root(tmp_path / "d", CLINIC, dataclasses.replace(SHELTER, categories=("shelter", "medical")))
    avoided = (*_SAME_BUILDING, "--avoid-provider", "al-hope-1", "--explain-excluded")
    result = cli(root, "match", *avoided, "-f", "json")
    assert "al-clinic-1" in result.stdout
    assert "and any public record at its address, unnamed" in result.stdout


# --- an HSDS feed's radius ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "area", ["Within 1.2.3 km of Vlorë", "Within ٥٠ km of Vlorë", "Within 0 km of Vlorë"]
)
def test_an_hsds_service_area_that_is_no_radius_is_kept_aside_and_said(tmp_path: Path, area: str) -> None:
    """A feed's service area "Within 1.2.3 km of Vlorë" stopped `import --format hsds` on a
    ValueError traceback; "Within ٥٠ km" was a 50 km radius and "Within 0 km" one of 0 km, without
    a word. A radius is digits 0-9 above 0; any other name is kept aside and said, as a service
    area naming no region is."""
    root = make_root(tmp_path / "d", CLINIC)
    service = {
        "id": "s1",
        "name": "Qendra Ligjore",
        "status": "active",
        "organization": {"id": "o1", "name": "Org"},
        "service_areas": [{"id": "a1", "name": area}],
        "service_at_locations": [
            {
                "id": "sl1",
                "location": {
                    "id": "l1",
                    "addresses": [{"id": "ad1", "address_1": "Rruga 1", "city": "Vlorë", "country": "AL"}],
                },
            }
        ],
    }
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([service], ensure_ascii=False), encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(feed), "--format", "hsds")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert f"service_areas.0.name {area!r}" in result.stderr, result.stderr
    stored = json.loads((root / "al.json").read_text(encoding="utf-8"))["providers"]
    assert all(record["coverage"].get("kind") != "radius" for record in stored.values()), stored


# --- a saved match's provider whose town moved into an avoided region ------------------------------


def test_a_saved_match_never_refers_her_to_a_town_in_an_avoided_region_under_another_regions_code(
    tmp_path: Path,
) -> None:
    """A saved match (to Lezhë, avoiding AL-11) whose clinic's record was corrected since to the
    town Tiranë, its region left AL-08: `match` avoids it (its town lies in AL-11), `package
    --from` referred her there, exit 0, with a warning that its town changed. Refused as a
    record moved into a region avoided is."""
    root = make_root(tmp_path / "d", CLINIC)
    saved = tmp_path / "m.json"
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--avoid-region", "AL-11")
    assert cli(root, "match", *case, "-f", "json", "-o", str(saved)).exit_code == 0
    path = root / "al.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"]["al-clinic-1"]["city"] = "Tiranë"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert "al-clinic-1" not in json.loads(cli(root, "match", *case, "-f", "json").stdout)["plan"].__repr__()
    package = ("package", "--from", str(saved), "--case-ref", "X-1", "--draft", "-f", "json")
    one_line_error(cli(root, *package), "al-clinic-1 now lies in a region this case avoids")


# --- a confidential shelter's id that begins with its town's letters ----------------------------------


def test_a_new_shelters_id_never_begins_with_its_towns_letters(tmp_path: Path) -> None:
    """Public records' ids begin with their town's first letters (al-oro-87bc in Orosh): `add
    --id al-oro-1` (and an import's id column) of a confidential shelter in Orosh was taken
    without a word, where a record turned confidential with such an id is warned of, and every
    output shows the id beside its region (the one town of AL-08 so beginning). Refused as an id
    spelling its town is; a fresh id is never made so ('Shelter Hope' in Shëngjin was al-she-)."""
    root = make_root(tmp_path / "d", CLINIC)
    before = (root / "al.json").read_bytes()
    shelter = ("--categories", "shelter", "--region", "AL-08", "--address", "Rruga Zzsecret 81")
    add = ("directory", "add", "AL", *shelter, "--confidential-address", "--focal-point", "Arta")
    one_line_error(cli(root, *add, "--id", "al-oro-1", "--name", "Streha", "--city", "Orosh"), "al-oro-1")
    sheet = tmp_path / "al.csv"
    sheet.write_text(
        "id,name,categories,city,region,address,confidential_address,focal_point\n"
        "al-oro-2,Streha,shelter,Orosh,AL-08,Rruga Zzsecret 82,yes,Arta\n",
        encoding="utf-8",
    )
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code != 0 and "al-oro-2" in result.stderr, result.output
    assert (root / "al.json").read_bytes() == before
    fresh = cli(root, *add, "--name", "Shelter Hope", "--city", "Shëngjin")
    assert fresh.exit_code == 0, fresh.output
    assert not fresh.stdout.startswith("al-she-"), fresh.stdout
    assert cli(root, *add, "--id", "al-hope-9", "--name", "Streha Dy", "--city", "Orosh").exit_code == 0


# --- a case that avoids a provider ---------------------------------------------------------------------


def test_a_case_avoiding_a_provider_never_reads_every_records_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`--avoid-provider` (a batch's avoid_provider column) read the street address of every
    record of the directory twice a case to find the avoided one's other records: 32 cases a
    second at 10,000 providers against 3,076 avoiding none (`python
    benchmarks/bench_avoid_provider.py`), a 100,000-line batch some hours. The addresses are read
    once per directory; a case reads those of the providers it avoids."""
    from svcmatch.matching import Case, engine
    from svcmatch.model import Directory, DirectoryInfo

    records = tuple(
        dataclasses.replace(CLINIC, id=f"al-clinic-{i}", name=f"Clinic {i}", address=f"Rruga {i}")
        for i in range(300)
    )
    directory = Directory(DirectoryInfo(country="AL"), records)
    case = Case.from_mapping(
        {"country": "AL", "to": "Lezhë", "needs": ["medical"], "avoid_provider": ["al-clinic-7"]}
    )
    engine.match(case, directory)  # the index and the addresses, once
    read: list[str] = []

    def counted(real: Any) -> Any:
        def reading(provider: Any) -> Any:
            read.append(provider.id)
            return real(provider)

        return reading

    for name in ("street_point", "street_key"):  # (before this pass, street_point alone)
        if hasattr(engine, name):
            monkeypatch.setattr(engine, name, counted(getattr(engine, name)))
    engine.match(case, directory)
    assert len(read) < 10, len(read)


def test_an_import_that_turns_a_record_confidential_says_an_id_that_begins_with_its_town(
    tmp_path: Path,
) -> None:
    """`edit --set confidential_address=yes` of a public record whose id begins with its town's
    letters (al-oro-87bc, as ids of public records do) warns that every output shows it; an
    import's row doing the same said nothing. It says it, once, as edit does."""
    public = dataclasses.replace(SHELTER, id="al-oro-1", confidential_address=False)
    root = make_root(tmp_path / "d", CLINIC, public)
    sheet = tmp_path / "al.csv"
    sheet.write_text("id,confidential_address\nal-oro-1,yes\n", encoding="utf-8")
    result = cli(root, "directory", "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    assert "warning: row 2 (al-oro-1), id al-oro-1 begins with the first letters of its town" in result.stderr
    again = cli(root, "directory", "import", "AL", str(sheet))
    assert again.exit_code == 0 and "begins with the first letters" not in again.stderr, again.stderr


# --- a package's free texts as the referral store reads them ----------------------------------------


@pytest.mark.parametrize("option", ["--prepared-by", "--met-by", "--consent-purpose", "--consent-recipients"])
@pytest.mark.parametrize(
    ("text", "said"), [("x" * 100_000, "100,000 characters long"), ("Arta\x07", "U+0007")]
)
def test_a_packages_free_text_is_held_to_the_referral_stores_rule(
    tmp_path: Path, option: str, text: str, said: str
) -> None:
    """`package --prepared-by` of 100,000 characters, or holding a bell, made a package, exit 0,
    whose referrals `referral open` then refused ("the package's prepared-by ... is not a short
    plain text (use at most 500 characters)", for the bell too); `--met-by` and the consent's
    texts were written whole into the package. Each is refused where the package is made."""
    root = make_root(tmp_path / "d", CLINIC)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--case-ref", "AL-9")
    made = cli(root, "package", *case, "--consent-date", "2026-12-01", "-f", "json", option, text)
    one_line_error(made, option, said)
    fine = cli(root, "package", *case, "--consent-date", "2026-12-01", "-f", "json", option, "Arta, IOM")
    assert fine.exit_code == 0, fine.output


def test_the_referral_store_says_a_control_character_as_such(tmp_path: Path) -> None:
    root = make_root(tmp_path / "d", CLINIC)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--case-ref", "AL-9")
    package = tmp_path / "p.json"
    made = cli(root, "package", *case, "--consent-date", "2026-12-01", "-f", "json", "-o", str(package))
    assert made.exit_code == 0, made.output
    one_line_error(cli(root, "referral", "open", "--from", str(package), "--by", "Arta\x07"), "U+0007")
