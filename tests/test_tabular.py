"""The spreadsheet template: reading CSV/XLSX/JSON as offices write them, and lossless export."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from svcmatch.characters import unsafe_character
from svcmatch.checks import _names_a_town_beside, id_begins_with_town, read_once_as_cp1252
from svcmatch.errors import InputError
from svcmatch.model import (
    CONFIDENTIAL_EXTRA_KEYS,
    EXPLOITATION_TYPES,
    HSDS_KEY,
    LOCATABLE_TEXT_FIELDS,
    SEXES,
    STATUSES,
    Coverage,
    Directory,
    DirectoryInfo,
    Provider,
    normalise,
    withhold_in_texts,
)
from svcmatch.tabular import (
    COLUMNS,
    DryRun,
    ReadResult,
    RowProblem,
    apply_import,
    keep_hidden,
    read_bytes,
    split_free_list,
    unneutralise_cell,
    write_csv,
    write_json,
    write_xlsx,
)
from svcmatch.taxonomy import NEED_CODES

TIRANA = Provider(
    id="al-tir-0001",
    name="Qendra Tjetër Vizion",
    organization_type="ngo",
    categories=("shelter", "psychosocial"),
    city="Tiranë",
    address="Rruga e Durrësit 12",
    region="AL-11",
    latitude=41.3275,
    longitude=19.8187,
    coverage=Coverage("national"),
    sexes=("female",),
    min_age=18,
    vot_specialised=True,
    languages=("sq", "en"),
    phone="+355 4 222 333",
    email="info@example.org",
    verified_on=dt.date(2026, 1, 15),
    verified_by="M. Hoxha",
    notes='=HYPERLINK("http://x")',
    documents_required=("ID card",),
    how_to_refer="call first",
)
SHELTER = Provider(
    id="al-shk-0002",
    name="Strehëz",
    categories=("shelter",),
    city="Shkodër",
    address="Rruga 1",
    region="AL-10",
    latitude=42.07,
    longitude=19.51,
    coverage=Coverage("radius", km=40.0),
    confidential_address=True,
    focal_point="Arta, case manager",
    notes="'quoted",
    outreach=True,
    extra={"hsds_id": "abc"},
    documents_required=("passport, or ID card",),
)


def directory(*providers: Provider, country: str = "AL") -> Directory:
    return Directory(DirectoryInfo(country), tuple(providers))


def read_csv(text: str, existing: Directory | None = None, country: str = "AL") -> ReadResult:
    return read_bytes(text.encode("utf-8"), country, fmt="csv", existing=existing)


def described(result: ReadResult) -> list[str]:
    return [p.describe() for p in result.problems]


HEADER = ",".join(COLUMNS)


def test_columns_are_the_template_then_every_other_field() -> None:
    assert COLUMNS[:3] == ("id", "name", "organization_type")
    assert COLUMNS[-5:] == (
        "coordinates_approximate",
        "outreach",
        "documents_required",
        "how_to_refer",
        "extra",
    )


def test_csv_export_exact_text() -> None:
    text = write_csv(directory(TIRANA, SHELTER))
    assert text == (
        HEADER + ",revision\r\n"
        "al-tir-0001,Qendra Tjetër Vizion,ngo,shelter|psychosocial,Tiranë,Rruga e Durrësit 12,AL-11,"
        "41.3275,19.8187,national,female,18,,no,no,yes,no,any,sq|en,no,+355 4 222 333,"
        "info@example.org,,,,,active,2026-01-15,M. Hoxha,no,"
        '"\'=HYPERLINK(""http://x"")",no,no,ID card,call first,,0\r\n'
        "al-shk-0002,Strehëz,,shelter,,,AL-10,,,radius:40,any,,,no,no,no,no,any,,no,,,,"
        '"Arta, case manager",,,active,,,yes,\'\'quoted,,yes,"passport, or ID card|",,'
        ",0\r\n"  # a confidential shelter's own extra keys and coordinates_approximate are withheld
    )


def test_export_keeps_confidential_location_only_when_asked() -> None:
    text = write_csv(directory(SHELTER), include_confidential=True)
    assert "Rruga 1" in text and "42.07,19.51" in text
    records = json.loads(write_json(directory(SHELTER)))
    assert (records[0]["address"], records[0]["latitude"], records[0]["longitude"]) == ("", None, None)


def test_reads_csv_as_excel_writes_it_in_europe() -> None:
    data = (
        "\ufeffid;name;categories;region;latitude;longitude;phone;notes;min_age\r\n"
        ";Qendra;Shelter|medical, legal;Tirana;41,3275;19,8187;+355 4 222 333;"
        '"two; parts\r\nand a line";18\r\n'
        ";;;;;;;;\r\n"
    ).encode("utf-8")
    result = read_bytes(data, "AL", fmt="csv")
    assert result.problems == []
    (provider,) = result.providers
    assert provider.categories == ("shelter", "medical", "legal")
    assert (provider.region, provider.latitude, provider.longitude) == ("AL-11", 41.3275, 19.8187)
    assert provider.notes == "two; parts\nand a line"  # the line break as a sheet holds it
    assert provider.min_age == 18 and provider.id == ""


def test_reads_utf16_tab_separated_unicode_text() -> None:
    data = "name\tcategories\tcity\tregion\r\nShtëpia\tshelter\tKorçë\tKorçë\r\n".encode("utf-16")
    (provider,) = read_bytes(data, "AL", fmt="csv").providers
    assert (provider.name, provider.city) == ("Shtëpia", "Korçë")


def test_yes_no_cells_take_every_spelling() -> None:
    rows = "".join(
        f"x{i},N,shelter,AL-11,{cell}\r\n"
        for i, cell in enumerate(["yes", "No", "TRUE", "false", "y", "n", "1", "0"])
    )
    result = read_csv("id,name,categories,region,disability_access\r\n" + rows)
    assert [p.disability_access for p in result.providers] == [True, False] * 4


def test_coverage_takes_codes_names_national_and_radius() -> None:
    result = read_csv(
        "id,name,categories,region,coverage\r\na,A,legal,AL-11,national\r\nb,B,legal,AL-11,radius:25\r\n"
        "c,C,legal,AL-11,Tirana|AL-10\r\nd,D,legal,AL-11,\r\n"
    )
    assert [p.coverage for p in result.providers] == [
        Coverage("national"),
        Coverage("radius", km=25.0),
        Coverage("regions", ("AL-11", "AL-10")),
        Coverage(),
    ]


def test_every_bad_cell_is_reported_with_row_column_and_value() -> None:
    text = (
        "id,name,categories,latitude,longitude,min_age,max_age,vot_specialised,verified_on,region\r\n"
        "ok-1,Good,shelter,41.3,19.8,,,,,AL-11\r\n"
        "bad-1,Bad,shelter|xylophone,abc,19.8,ten,,maybe,2026-13-01,AL-99\r\n"
        "bad-2,Also bad,shelter,41.3,19.8,30,20,,,\r\n"
    )
    result = read_csv(text)
    assert [p.id for p in result.providers] == ["ok-1"]
    assert described(result) == [
        "row 3 (bad-1), latitude: 'abc' is not a number (write a decimal number such as 41.3275)",
        "row 3 (bad-1), min_age: 'ten' is not a whole number (write a number such as 18)",
        "row 3 (bad-1), vot_specialised: 'maybe' is not yes or no (write yes/no, true/false, y/n or 1/0)",
        "row 3 (bad-1), verified_on: '2026-13-01' is not a real date (write it as YYYY-MM-DD)",
        f"row 3 (bad-1), region: {result.problems[4].message}",
        "row 3 (bad-1), categories: unknown categories xylophone "
        "(set categories=<need codes>; closest codes to 'xylophone': basic_needs, employment, "
        "security; `svcmatch needs` lists them)",
        "row 4 (bad-2), region: no region (set region=<ISO 3166-2 code or region name>)",
        "row 4 (bad-2), min_age 30 is above max_age 20 (set min_age=.. and max_age=..)",
    ]
    assert result.problems[0] == RowProblem(3, "bad-1", "latitude", "abc", result.problems[0].message)
    assert "AL-99" in result.problems[4].message


def test_unknown_column_names_the_closest_template_column() -> None:
    result = read_csv("id,Name,organisation_type,lattitude\r\na,A,ngo,41\r\n")
    assert result.providers == []
    assert described(result) == [
        "row 1, organisation_type: unknown column 'organisation_type' (did you mean organization_type?"
        " rename it to a template column (docs/spreadsheets.md), or delete the column)",
        "row 1, lattitude: unknown column 'lattitude' (did you mean latitude?"
        " rename it to a template column (docs/spreadsheets.md), or delete the column)",
    ]


def test_duplicate_ids_bad_ids_and_stray_cells_are_row_problems() -> None:
    result = read_csv(
        "id,name,categories,region,\r\na,A,legal,AL-11,\r\na,B,legal,AL-11,\r\n"
        "x y,C,legal,AL-11,\r\nb,D,legal,AL-11,oops\r\n"
    )
    assert [p.name for p in result.providers] == ["A"]
    assert [(p.row, p.field) for p in result.problems] == [(3, "id"), (4, "id"), (5, None)]
    assert "already used on row 2" in result.problems[0].message


def test_new_row_needs_a_name_but_an_update_does_not() -> None:
    existing = directory(TIRANA)
    result = read_csv("id,phone\r\nal-tir-0001,+355 4 999 999\r\nnew-1,+355 4 222 3334\r\n", existing)
    (updated,) = result.providers
    assert updated == TIRANA.with_changes(phone="+355 4 999 999")
    assert described(result) == [
        'row 3 (new-1), name is empty (set name="<name of the service point>")',
        "row 3 (new-1), categories: no need category "
        "(set categories=shelter|medical, codes of `svcmatch needs`)",
        "row 3 (new-1), region: no region (set region=<ISO 3166-2 code or region name>)",
    ]


def test_blank_location_cell_keeps_a_confidential_records_stored_one() -> None:
    existing = directory(SHELTER)
    exported = write_csv(existing)
    assert "Rruga 1" not in exported
    result = read_csv(exported, existing)
    # its own extra keys are withheld by the export too, and kept by the import (keep_hidden)
    assert [keep_hidden(SHELTER, provider) for provider in result.providers] == [SHELTER]
    edited = exported.replace("Strehëz", "Strehëz e re")
    (provider,) = read_csv(edited, existing).providers
    assert keep_hidden(SHELTER, provider) == SHELTER.with_changes(name="Strehëz e re")


def test_formula_cells_are_neutralised_and_read_back() -> None:
    notes = ["=1+1", "+SUM(A1)", "-x", "@cmd", "'=already", "'plain", "it's", "+355 4 222 333", "-19.8"]
    providers = [
        Provider(id=f"p{i}", name="N", categories=("legal",), region="AL-11", notes=note)
        for i, note in enumerate(notes)
    ]
    text = write_csv(directory(*providers))
    cells = [line.split(",")[COLUMNS.index("notes")] for line in text.splitlines()[1:]]
    assert cells == [
        "'=1+1",
        "'+SUM(A1)",
        "'-x",
        "'@cmd",
        "''=already",
        "''plain",
        "it's",
        "+355 4 222 333",
        "-19.8",
    ]
    assert [p.notes for p in read_csv(text).providers] == notes


def test_unneutralise_leaves_ordinary_quotes() -> None:
    assert unneutralise_cell("'hello") == "'hello"
    assert unneutralise_cell("'=x") == "=x"


def test_free_text_lists_split_on_bar_else_comma() -> None:
    assert split_free_list("ID card, passport") == ["ID card", "passport"]
    assert split_free_list("ID card, or passport|photo") == ["ID card, or passport", "photo"]


def test_reads_json_records_with_typed_or_text_values() -> None:
    records = [
        {
            "name": "A",
            "categories": ["shelter"],
            "latitude": 41.3,
            "longitude": "19,8",
            "disability_access": True,
            "coverage": {"kind": "radius", "km": 30},
            "region": "Tirana",
        },
        {"name": "B", "nmae": "x"},
        "not an object",
    ]
    result = read_bytes(json.dumps(records).encode(), "AL", fmt="json")
    (provider,) = result.providers
    assert (provider.longitude, provider.coverage.km, provider.region) == (19.8, 30.0, "AL-11")
    assert described(result) == [
        "row 2, nmae: unknown column 'nmae' (did you mean name?"
        " rename it to a template column (docs/spreadsheets.md), or delete the column)",
        "row 3, is not a JSON object with provider fields",
    ]


def test_reads_xlsx_with_typed_cells() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        [
            *("id", "name", "region", "categories", "latitude", "longitude"),
            *("min_age", "verified_on", "vot_specialised", "phone"),
        ]
    )
    # the phone became a number and lost its +
    sheet.append(["a", "A", "AL-03", "legal", 41.5, 20, 18, dt.datetime(2026, 2, 1), True, 355692345678])
    sheet.append([None, None, None, None, None, None, None, None, None, None])
    sheet.append(["b", "B", "AL-03", "legal", "x", 20, 1.0, "01.03.2026", "no", "+355 4"])
    buffer = io.BytesIO()
    book.save(buffer)
    result = read_bytes(buffer.getvalue(), "AL", fmt="xlsx")
    (a,) = result.providers
    assert (a.latitude, a.longitude, a.min_age, a.verified_on, a.vot_specialised, a.phone) == (
        41.5,
        20.0,
        18,
        dt.date(2026, 2, 1),
        True,
        "+355 69 234 5678",
    )
    assert described(result) == [
        "row 2 (a), phone: read '355692345678' as +355 69 234 5678: its + was missing (as when a "
        "spreadsheet makes it a number)",
        "row 4 (b), latitude: 'x' is not a number (write a decimal number such as 41.3275)",
        "row 4 (b), phone: '+355 4' is not a phone number (write it as +355 22 345 678)",
    ]


def test_unreadable_inputs_are_one_line_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match=r"not UTF-8.*CSV UTF-8.*--encoding"):
        read_bytes(b"name\r\nQendra \xeb\r\n", "AL", fmt="csv", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_bytes(b"[{", "AL", fmt="json")
    with pytest.raises(InputError, match=r"not a readable \.xlsx"):
        read_bytes(b"PK\x03\x04 broken", "AL", fmt="xlsx")
    with pytest.raises(InputError, match="empty"):
        read_bytes(b"", "AL", fmt="csv")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(InputError, match=r"pip install '\.\[xlsx,ods\]'"):
        write_xlsx(directory(TIRANA))


class FakeTransaction(DryRun):
    def new_id(self, provider: Provider) -> str:
        return f"al-new-{len(self.providers)}"


def test_apply_import_adds_updates_and_keeps_hidden_fields() -> None:
    target = FakeTransaction(directory(TIRANA, SHELTER))
    incoming = [
        Provider(id="", name="New"),
        TIRANA,
        SHELTER.with_changes(address="", latitude=None, longitude=None, phone="+355 1"),
    ]
    outcome = apply_import(target, incoming)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (
        ["al-new-2"],
        ["al-shk-0002"],
        ["al-tir-0001"],
    )
    assert target.providers["al-shk-0002"] == SHELTER.with_changes(phone="+355 1")


# --- round trips -----------------------------------------------------------------------------------

_TEXT = (
    st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc", "Cn", "Cf"),
            # the characters checks refuse in a record: bidi overrides and isolates, line separators,
            # invisible (format) characters
            blacklist_characters="\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
        ),
        max_size=12,
    )
    .map(str.strip)
    # and every other character the checks refuse (characters.INVISIBLE: since 2026-12-06 the
    # Khmer inherent vowels and Hangul fillers, letters by category, which CI drew in a note)
    .filter(lambda text: unsafe_character(text, multiline=True) is None)
    # and letters of UTF-8 read once as Windows-1252 ('Â¡' for '¡'), refused since 2026-12-07
    .filter(lambda text: read_once_as_cp1252(text) is None)
)
_MULTILINE = st.lists(_TEXT, max_size=3).map("\n".join).map(str.strip)
_ITEM = _TEXT.filter(lambda t: t != "" and "|" not in t)
_REGIONS = [f"AL-{n:02d}" for n in range(1, 13)]
#: Import refuses coordinates outside the country, a city of another region, and malformed phones
#: and e-mails: draw real ones.
_TOWNS = [
    (41.3275, 19.8187, "Tiranë", "AL-11"),
    (42.0683, 19.5126, "Shkodër", "AL-10"),
    (40.4661, 19.4914, "Vlorë", "AL-12"),
    (41.3233, 19.4414, "Durrës", "AL-02"),
    (40.6186, 20.7808, "Korçë", "AL-06"),
]
#: Phones as a directory keeps them: international format (import writes valid ones so), or an
#: unassigned number written with its + (kept as written).
_PHONES = ["", "+355 4 222 333", "+355 4 222 3334", "+355 69 123 4567 | +355 800 1234"]
#: Web addresses the checks take (http, https, a host name with a path, a non-ASCII host).
_WEBSITES = ["", "https://example.org", "www.shpresa.example.org/a?b=1#c", "http://qendra.example.al:8080/ü"]
_EMAILS = ["", "zyra@shoqata.al", "a.b@example.org; info@example.org"]


def _subset(values: tuple[str, ...] | list[str]) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.sampled_from(list(values)), unique=True, max_size=3).map(tuple)


@st.composite
def providers(draw: st.DrawFn, identifier: str) -> Provider:
    located = draw(st.booleans())
    town = draw(st.sampled_from(_TOWNS))
    ages = sorted(draw(st.lists(st.integers(0, 130), min_size=2, max_size=2)))
    coverage = draw(
        st.one_of(
            st.just(Coverage("national")),
            st.floats(1, 5000).map(lambda km: Coverage("radius", km=km)),
            _subset(_REGIONS).map(lambda r: Coverage("regions", r)),
        )
    )
    dates = st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2025, 12, 31))  # none in the future
    extra = st.dictionaries(
        # not the keys that hold what an HSDS import keeps aside, which the checks refuse in
        # any other shape (a draw of {"hsds": None} made a directory no import takes)
        _ITEM.filter(lambda key: key not in (HSDS_KEY, *CONFIDENTIAL_EXTRA_KEYS)),
        st.none() | st.booleans() | st.integers() | _TEXT | st.floats(allow_nan=False, allow_infinity=False),
        max_size=2,
    )
    provider = normalise(
        Provider(
            id=identifier,
            name=draw(_ITEM),
            organization_type=draw(_TEXT),
            categories=draw(_subset(NEED_CODES).filter(bool)),
            city=draw(st.sampled_from(["", town[2]])),
            address=draw(_MULTILINE),
            region=town[3],
            latitude=town[0] + draw(st.floats(-0.01, 0.01)) if located else None,
            longitude=town[1] + draw(st.floats(-0.01, 0.01)) if located else None,
            coordinates_approximate=draw(st.booleans()),
            coverage=coverage,
            outreach=draw(st.booleans()),
            sexes=draw(_subset(SEXES)),
            min_age=draw(st.none() | st.just(ages[0])),
            max_age=draw(st.none() | st.just(ages[1])),
            unaccompanied_minors=draw(st.booleans()),
            accompanying_children=draw(st.booleans()),
            vot_specialised=draw(st.booleans()),
            official_status_required=draw(st.booleans()),
            exploitation_types=draw(_subset(EXPLOITATION_TYPES)),
            languages=draw(_subset(["sq", "en", "it", "el"])),
            disability_access=draw(st.booleans()),
            phone=draw(st.sampled_from(_PHONES)),
            email=draw(st.sampled_from(_EMAILS)),
            website=draw(st.sampled_from(_WEBSITES)),
            focal_point=draw(_TEXT),
            capacity_available=draw(st.none() | st.integers(0, 999)),
            capacity_updated=draw(dates),
            status=draw(st.sampled_from(STATUSES)),
            verified_on=draw(dates),
            verified_by=draw(_TEXT),
            confidential_address=draw(st.booleans()),
            documents_required=tuple(draw(st.lists(_ITEM, max_size=3))),
            how_to_refer=draw(_MULTILINE),
            notes=draw(_MULTILINE),
            extra=draw(extra),
        )
    )
    # the checks refuse a confidential shelter whose free texts give its address or town, or
    # name a town beside it (a drawn name 'SELENIC' is the village of Selenicë, beside a point)
    return (
        provider if not _refused_as_confidential(provider) else replace(provider, confidential_address=False)
    )


def _refused_as_confidential(provider: Provider) -> bool:
    if not provider.confidential_address:
        return False
    if withhold_in_texts(provider) != provider or id_begins_with_town(provider.id, provider.city):
        return True  # (an id 'x-tir1' of a shelter in Tiranë: the checks refuse it since 2026-12-07)
    values = [getattr(provider, name) for name in LOCATABLE_TEXT_FIELDS]
    texts = [text for value in values for text in (value if isinstance(value, tuple) else (value,))]
    return any(_names_a_town_beside(provider, text) for text in texts)


@st.composite
def directories(draw: st.DrawFn) -> Directory:
    ids = draw(
        st.lists(st.from_regex(r"[a-z0-9][a-z0-9._:-]{0,12}", fullmatch=True), unique=True, max_size=4)
    )
    return directory(*(draw(providers(identifier)) for identifier in sorted(ids)))


def _round_trip(original: Directory, fmt: str) -> None:
    writer = {"csv": write_csv, "json": write_json, "xlsx": write_xlsx}[fmt]
    exported = writer(original, include_confidential=True)
    data = exported.encode("utf-8") if isinstance(exported, str) else exported
    fresh = read_bytes(data, "AL", fmt=fmt)
    assert fresh.problems == [] and tuple(fresh.providers) == original.providers
    # A redacted export read back into the directory it came from changes nothing either.
    redacted = writer(original)
    data = redacted.encode("utf-8") if isinstance(redacted, str) else redacted
    target = DryRun(original)
    outcome = apply_import(target, read_bytes(data, "AL", fmt=fmt, existing=original).providers)
    assert outcome.added == outcome.updated == []


#: A radius of 1.125 km, exported 'radius:1.125', was refused by the import as maybe 1125 km
#: once `model.refuse_thousands` came (Hypothesis found it; session twenty-five).
_RADIUS_OF_THREE_DECIMALS = Directory(
    info=DirectoryInfo(country="AL"),
    providers=(
        Provider(
            id="0", name="0", categories=("reception",), region="AL-11", coverage=Coverage("radius", km=1.125)
        ),
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directories())
@example(_RADIUS_OF_THREE_DECIMALS)
def test_csv_export_then_import_is_lossless(original: Directory) -> None:
    _round_trip(original, "csv")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directories())
def test_json_export_then_import_is_lossless(original: Directory) -> None:
    _round_trip(original, "json")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directories())
@example(_RADIUS_OF_THREE_DECIMALS)
def test_xlsx_export_then_import_is_lossless(original: Directory) -> None:
    pytest.importorskip("openpyxl")
    _round_trip(original, "xlsx")


def test_new_or_changed_rows_must_pass_validates_value_checks() -> None:
    result = read_csv(
        "name,categories,region,phone,email,latitude,longitude,languages\r\n"
        "A,legal,AL-11,call us,info@@x,41.9,12.5,sq\r\n"
        "B,legal,AL-11,,,41.3275,19.8187,xx\r\n"
    )
    assert result.providers == []
    assert [(p.row, p.field, p.message.split(" (")[0]) for p in result.problems] == [
        (2, "phone", "'call us' is not a phone number"),
        (2, "latitude", "(41.9, 12.5) lie outside Albania"),
        (2, "email", "'info@@x' is not an e-mail address"),
        (3, "languages", "xx not ISO 639 language codes"),
    ]


def test_an_unchanged_record_is_not_refused_for_old_flaws() -> None:
    flawed = directory(TIRANA.with_changes(email="not-an-email"))
    assert read_csv(write_csv(flawed), flawed).providers == list(flawed.providers)
