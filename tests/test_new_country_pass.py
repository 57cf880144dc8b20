"""A country of return without a bundled directory, set up as a country office would (issue 14
of the newcomer pass): Nepal, whose shipped gazetteer lists places of 1,000 people or more and
leaves out seats without a population figure, so that districts and some towns are missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import locate


def test_a_name_missing_from_a_coarse_gazetteer_is_not_said_to_be_outside_the_country() -> None:
    # Rampur is a municipality of Nepal (Palpa); NP's shipped file has no place of that name,
    # the index of large towns has one in India. "is in India (IN), not in NP (give --country
    # IN)" said a falsehood, and its fix sent a Nepali case to India. (It was Kanchanpur, a
    # district, until Nepal's districts were read as their provinces: geo/areas.py.)
    with pytest.raises(InputError) as raised:
        locate("Rampur", "NP")
    said = str(raised.value)
    assert "not in NP" not in said and "India (IN)" in said
    assert "gazetteer" in said and "give --country IN" in said
    assert "nearest town or its region" in said
    # Since 2026-12-06 NP's shipped file keeps every place GeoNames lists (84): building it
    # again gives the same file, so the fix no longer names the build.
    assert "gazetteer build" not in said


def test_a_name_in_another_country_keeps_its_message_where_the_gazetteer_lists_villages() -> None:
    # AL's shipped gazetteer lists places of 500 people and the seats: the old message stands.
    with pytest.raises(InputError) as raised:
        locate("Kharkiv", "AL")
    assert str(raised.value) == "'Kharkiv' is in Ukraine (UA), not in AL (give --country UA)"


@pytest.mark.parametrize(
    ("query", "country", "build_named"),
    [("Rangeli", "NP", False), ("Sipacapa", "GT", True), ("Kalapara", "BD", False), ("xqzzy", "UA", False)],
)
def test_no_place_names_the_fix_beside_the_closest_names(query: str, country: str, build_named: bool) -> None:
    # Damak, a town of 75,000 Nepal's file lacked (Rangeli since session twenty-six, which added
    # Damak): 'closest: ...' named no fix. (It was the
    # district of Sindhupalchok, now read as its province, Bagmati.) The build is named only
    # where it lists more places than the shipped file: GT's leaves out villages of 500 to 999
    # people (Sipacapa); BD's leaves out none, since GeoNames has none; UA's lists villages,
    # and NP's every place GeoNames has (since 2026-12-06).
    with pytest.raises(InputError) as raised:
        locate(query, country)
    hint = raised.value.hint or ""
    assert hint.startswith("closest: ")
    assert "give its nearest town or its region" in hint
    assert ("gazetteer build" in hint) == build_named
    assert (f"gazetteer build {country}" in hint) == build_named


def _match_in_nepal(folder: Path, to: str) -> Result:
    CliRunner().invoke(main, ["--directories", str(folder), "directory", "init", "NP"])
    case = ["--country", "NP", "--to", to, "--needs", "shelter"]
    return CliRunner().invoke(main, ["--directories", str(folder), "match", *case])


def test_match_says_it_in_one_line(tmp_path: Path) -> None:
    result = _match_in_nepal(tmp_path, "Rampur")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "'Rampur'" in result.stderr
    assert "nearest town or its region" in result.stderr


def test_an_unknown_region_lists_the_regions_beside_the_closest_names(tmp_path: Path) -> None:
    # Mahakali, a former zone of Sudurpashchim (NP-P7): 'closest: NP-P4 Gandaki, ...' by
    # spelling alone pointed at the wrong province, and named no way to find the right one.
    # (It was Kailali, a district, until the districts were read as their provinces.)
    CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "init", "NP"])
    add = ["--directories", str(tmp_path), "directory", "add", "NP", "--name", "Example Maiti Dhangadhi"]
    result = CliRunner().invoke(main, [*add, "--category", "shelter", "--region", "Mahakali"])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "unknown region 'Mahakali' in NP (closest: NP-P4 Gandaki" in line
    assert "NP-P1 Koshi" in line and "NP-P7 Sudurpashchim" in line
    kailali = CliRunner().invoke(main, [*add, "--category", "shelter", "--region", "Kailali"])
    assert kailali.exit_code == 0, kailali.output  # a district: its province, said


def test_an_unknown_region_of_a_country_of_many_regions_points_to_locate() -> None:
    from svcmatch.geo import read_region

    with pytest.raises(InputError) as raised:
        read_region("Qqxzzvw", "US")
    assert "svcmatch locate" in (raised.value.hint or "")


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        # Spanish 'departamento' (Guatemala, Colombia), 'provincia' (Argentina), Nepali
        # 'pradesh', 'governorate' (Egypt): type words of countries of return that svcmatch
        # ships no directory for. Valle del Cauca was read as Valle de San José, a town of
        # Santander, by a close spelling; Buenos Aires province as the capital city (AR-C).
        ("Departamento del Valle del Cauca", "CO", "CO-VAC"),
        ("Departamento de Petén", "GT", "GT-17"),
        ("Quetzaltenango depto", "GT", "GT-09"),
        ("Provincia de Buenos Aires", "AR", "AR-B"),
        ("Bagmati Pradesh", "NP", "NP-P3"),
        ("Karnali Pradesh", "NP", "NP-P6"),
        ("Uttar Pradesh", "IN", "IN-UP"),
    ],
)
def test_a_region_with_its_type_word_in_the_language_of_its_country(
    query: str, country: str, region: str
) -> None:
    place = locate(query, country)
    assert (place.kind, place.region, place.how) == ("region", region, "name")


def test_a_close_spelling_that_two_towns_share_is_said_as_a_close_spelling(tmp_path: Path) -> None:
    # 'Bharapur' (a slip of Bharatpur or Bhadrapur, 380 km apart) is no place of NP; both come
    # close. The reading said "(ambiguous: several places have this name)", as if a town of
    # that name had been found. (This test used Bhaktapur until NP's file listed it.)
    result = _match_in_nepal(tmp_path, "Bharapur")
    assert result.exit_code == 0, result.output
    assert "to: read 'Bharapur' as Bharatpur (NP-P3 Bagmati) (close spelling)" in result.stderr
    assert "several places have this name" not in result.output + result.stderr
    # under the table too: it said "'Bharapur' is ambiguous: took Bharatpur (...); others: ..."
    assert (
        "'Bharapur' is no place as written: took Bharatpur (NP-P3, 369,377 people), the closest"
        in result.stdout
    )
    assert "Bhadrapur (NP-P1 Koshi" in result.stdout
    assert "is ambiguous" not in result.stdout
    located = CliRunner().invoke(main, ["locate", "Bharapur", "--country", "NP"])
    assert "names more than one place" not in located.stderr
    assert "no place is named 'Bharapur'" in located.stderr


def test_nepal_towns_without_a_population_figure_are_places(tmp_path: Path) -> None:
    # Nepal's shipped file kept places of 1,000 people, and GeoNames gives Bhaktapur (80,000
    # people) and Ghorahi no figure: `--to Bhaktapur` read Bharatpur, 100 km away, by a close
    # spelling, and Ghorahi was "no place matches". Since 2026-12-06 the file keeps them.
    for town, region in (("Bhaktapur", "NP-P3"), ("Ghorahi", "NP-P5"), ("Dhulikhel", "NP-P3")):
        place = locate(town, "NP")
        assert (place.name, place.region, place.how) == (town, region, "name")


def test_locate_says_a_close_spelling() -> None:
    located = CliRunner().invoke(main, ["locate", "Shkodrr", "--country", "AL"])
    assert located.exit_code == 0
    assert "no place is named 'Shkodrr'; read as Shkodër (AL-10) by a close spelling" in located.stderr
    assert CliRunner().invoke(main, ["locate", "Shkodra", "--country", "AL"]).stderr == ""


def test_the_gazetteer_help_says_what_a_build_adds() -> None:
    # It said "build the gazetteer of a country that svcmatch does not ship": every country
    # ships one (200 files); a build adds the smaller places and the seats.
    shown = CliRunner().invoke(main, ["gazetteer", "--help"]).output
    assert "does not ship" not in shown and "smaller places" in shown
    assert "does not ship" not in CliRunner().invoke(main, ["--help"]).output


@pytest.mark.parametrize(
    ("query", "country", "region"),
    [
        # Viet Nam's provinces written without their letters đ (as people type them): 'Dong
        # Nai' was read by a close spelling as Ðông Hà, a town of Quảng Trị, 'Dien Bien' as
        # Điện Bàn in Quảng Nam; fold_name keeps đ, ł, ø (no accent to drop), and pycountry's
        # region names have no plain form beside them, as GeoNames' towns do (Da Lat, Lodz).
        ("Dong Nai", "VN", "VN-39"),
        ("Dien Bien", "VN", "VN-71"),
        ("Dak Lak", "VN", "VN-33"),
        ("Dong Thap", "VN", "VN-45"),
        ("Lodzkie", "PL", "PL-10"),
    ],
)
def test_a_region_written_without_its_letters_that_have_no_accent(
    query: str, country: str, region: str
) -> None:
    place = locate(query, country)
    assert (place.kind, place.region, place.how) == ("region", region, "name")


@pytest.mark.parametrize(
    ("query", "country", "regions"),
    [
        # Dongbei (China's north-east) was read by a close spelling as Yongbei, a town of
        # Yunnan, 3,000 km away; Eje Cafetero (Colombia's coffee region) was "no place".
        ("Dongbei", "CN", ("CN-HL", "CN-JL", "CN-LN")),
        ("Northeast China", "CN", ("CN-HL", "CN-JL", "CN-LN")),
        ("Eje Cafetero", "CO", ("CO-CAL", "CO-RIS", "CO-QUI")),
        ("Tay Nguyen", "VN", ("VN-33", "VN-72", "VN-30", "VN-28", "VN-35")),
    ],
)
def test_an_area_of_a_country_of_return_is_refused_with_its_regions(
    query: str, country: str, regions: tuple[str, ...]
) -> None:
    with pytest.raises(InputError) as raised:
        locate(query, country)
    assert "lies across several regions" in raised.value.message
    assert all(code in raised.value.message for code in regions)


def test_a_region_code_with_a_zero_its_country_does_not_write_is_a_close_spelling() -> None:
    # Cambodia's codes are KH-1 ... KH-25; a sheet's 'KH-01' was "unknown region" with
    # KH-9, KH-10 and KH-12 as the closest, never KH-1 (AL-8 for AL-08 names AL-08).
    from svcmatch.geo import read_region

    with pytest.raises(InputError) as raised:
        read_region("KH-01", "KH")
    assert "(closest: KH-1 " in raised.value.message and raised.value.hint.startswith("write KH-1;")
    reading = read_region("01", "KH", tolerant=True)
    assert (reading.code, reading.how) == ("KH-1", "spelling")
    assert read_region("KH-10", "KH").code == "KH-10"


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        # Tamang and Tharu (Nepal) are several ISO 639-3 languages, none named so alone; Kekchi
        # (Guatemala) is pycountry's Kekchí. The refusal named only sq, it, ar, uk or rom.
        ("Tamang", ("taj Eastern Tamang", "tdg Western Tamang")),
        ("Tharu", ("thl Dangaura Tharu", "thr Rana Tharu")),
        ("Kekchi", ("kek Kekchí",)),
        ("Kiche", ("quc K'iche'",)),
    ],
)
def test_a_language_iso_names_only_with_more_words_names_those(name: str, listed: tuple[str, ...]) -> None:
    from svcmatch.languages import read_language

    with pytest.raises(InputError) as raised:
        read_language(name)  # still refused: which of them she speaks is hers to say
    for language in listed:
        assert language in (raised.value.hint or "")


def test_format_help_speaks_of_output_only_where_the_command_has_it() -> None:
    # `directory list --help` said "default: from the --output file's extension" for a command
    # that has no --output (so are show, stats, locate ...).
    listed = CliRunner().invoke(main, ["directory", "list", "--help"], env={"COLUMNS": "200"}).output
    assert "--output" not in listed and "-f, --format" in listed
    stale = CliRunner().invoke(main, ["directory", "stale", "--help"], env={"COLUMNS": "200"}).output
    assert "from the --output file's extension" in " ".join(stale.split())


def test_the_language_option_says_what_it_reads() -> None:
    # It said "(ISO 639-1 or English name)": Nepal's Tamang (taj), Romani (rom) and names in
    # the language itself (Shqip) are read too.
    shown = " ".join(CliRunner().invoke(main, ["match", "--help"]).output.split())
    assert "ISO 639-1 or English name" not in shown and "an ISO 639 code (sq, rom)" in shown


def test_a_bad_phone_is_shown_an_example_of_its_own_country(tmp_path: Path) -> None:
    # A Nepal directory's phone error said 'set phone="+355 4 222 333"', an Albanian number.
    CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "init", "NP"])
    add = ["--directories", str(tmp_path), "directory", "add", "NP", "--name", "Example Legal Aid"]
    record = ["--category", "legal", "--region", "NP-P3", "--phone", "call us"]
    result = CliRunner().invoke(main, [*add, *record])
    assert result.exit_code == 2
    assert "+977" in result.stderr and "+355" not in result.stderr


def test_the_fixes_of_a_nepal_directory_give_no_albanian_examples(tmp_path: Path) -> None:
    CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "init", "NP"])
    edit = CliRunner().invoke(
        main, ["--directories", str(tmp_path), "directory", "edit", "NP", "np-x", "--set", "phone"]
    )
    assert edit.exit_code == 2 and "+355" not in edit.stderr and "--set phone=" in edit.stderr
    from svcmatch.geo import read_region

    with pytest.raises(InputError) as raised:
        read_region("x" * 130, "NP")
    assert "AL-10" not in str(raised.value) and "NP-P1" in str(raised.value)


@pytest.mark.parametrize(
    ("query", "country", "codes"),
    [
        # Guatemala's ISO codes were letters (GT-AV Alta Verapaz) until they became numbers;
        # Nepal's were its zones (NP-BA Bagmati zone, not the province NP-P3). Read as place
        # names, they gave towns as the closest ('Puerto Barrios, ...').
        ("GT-AV", "GT", "GT-01 to GT-22"),
        ("np-ba", "NP", "NP-P1 to NP-P7"),
        ("NP-1", "NP", "NP-P1 to NP-P7"),
        ("AL-SH", "AL", "AL-01 to AL-12"),  # Shkodër district's old code: it was Lezhë, by spelling
    ],
)
def test_a_code_of_the_country_that_is_no_region_code_says_so(query: str, country: str, codes: str) -> None:
    with pytest.raises(InputError) as raised:
        locate(query, country)
    assert raised.value.message == f"{query!r} is no region code of {country}"
    assert codes in (raised.value.hint or "")


def test_a_nepali_province_with_its_type_word_in_devanagari() -> None:
    place = locate("बागमती प्रदेश", "NP")  # Bagmati Pradesh, as a Nepali sheet writes it
    assert (place.kind, place.region) == ("region", "NP-P3")


def test_a_package_says_the_place_of_return_was_read_by_a_close_spelling(tmp_path: Path) -> None:
    # The package, the document the receiving partners get, said "Town or region of return:
    # Bharatpur — Bagmati (NP-P3) — ambiguous name; other places of this name: Bhadrapur": what
    # the caseworker typed was nowhere. (It was Bhaktapur, 100 km from Bharatpur, until NP's
    # file listed Bhaktapur; 'Bharapur' is as close to Bharatpur as to Bhadrapur.)
    CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "init", "NP"])
    case = ["--country", "NP", "--to", "Bharapur", "--needs", "shelter", "--case-ref", "NP-1", "--draft"]
    package = ["--directories", str(tmp_path), "package", *case]
    document = CliRunner().invoke(main, [*package, "--format", "json"])
    assert document.exit_code == 0, document.output
    package_json = json.loads(document.stdout)
    assert package_json["return"]["destination_query"] == "Bharapur"
    import jsonschema

    schema = json.loads(
        (Path(__file__).resolve().parents[1] / "docs" / "package.schema.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(package_json)
    for lang in ("en", "sq"):
        shown = CliRunner().invoke(main, [*package, "--format", "md", "--lang", lang]).stdout
        line = next(line for line in shown.splitlines() if "Bharatpur" in line)
        assert "Bharapur" in line and "Bhadrapur" in line, line
        assert "ambiguous" not in line and "paqartë" not in line, line


def test_add_with_a_language_iso_names_only_with_more_words_names_those(tmp_path: Path) -> None:
    # `directory add NP --language Tamang` said "tamang not ISO 639 language codes (set
    # languages=sq|en, ...)": the country office's path, without the languages to choose from.
    CliRunner().invoke(main, ["--directories", str(tmp_path), "directory", "init", "NP"])
    add = ["--directories", str(tmp_path), "directory", "add", "NP", "--name", "Example Saathi"]
    result = CliRunner().invoke(
        main, [*add, "--category", "psychosocial", "--region", "NP-P3", "--language", "Tamang"]
    )
    assert result.exit_code == 2
    assert "taj Eastern Tamang" in result.stderr and "tdg Western Tamang" in result.stderr
