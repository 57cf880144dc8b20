"""Issue 13: every reading other than exact is shown (`readings`), and no guess is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import locate, read_region, resolve_region
from svcmatch.languages import read_language
from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore

SHELTER = Provider(
    id="al-shk-1", name="Women's Shelter", categories=("shelter",), city="Shkodër", region="AL-10"
)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    store = DirectoryStore("AL", tmp_path / "dirs")
    store.create(title="test")
    with store.transaction(author="setup", action="add") as transaction:
        transaction.put(SHELTER)
    return tmp_path / "dirs"


def directory(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args])


def stored(root: Path) -> dict[str, object]:
    document = json.loads((root / "al.json").read_text(encoding="utf-8"))
    return dict(document["providers"]["al-shk-1"])


# --- places ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Tropojë", "AL-07"),
        ("Tropoja", "AL-07"),
        ("Kurbin", "AL-08"),
        ("Has", "AL-07"),
        ("Mirditë", "AL-08"),
        ("Mat", "AL-09"),
        ("Bulqizë", "AL-09"),
        ("Kuçovë", "AL-01"),
        ("Skrapar", "AL-01"),
        ("Devoll", "AL-06"),
        ("Kolonjë", "AL-06"),
        ("Përmet", "AL-05"),
        ("Tepelenë", "AL-05"),
        ("Mallakastër", "AL-04"),
        ("Delvinë", "AL-12"),
        ("Librazhd", "AL-03"),
        ("Gramsh", "AL-03"),
        ("Peqin", "AL-03"),
        ("Malësi e Madhe", "AL-10"),
        ("Pukë", "AL-10"),
    ],
)
def test_old_districts_resolve_to_their_county(name: str, region: str) -> None:
    assert locate(name, "AL").region == region
    assert resolve_region(name, "AL") == region


@pytest.mark.parametrize(
    "name", ["Kyiv Oblast", "Kyivska oblast", "Київська область", "Kyivshchyna", "Kyiv region"]
)
def test_kyiv_oblast_in_every_form_is_the_oblast_not_the_city(name: str) -> None:
    place = locate(name, "UA")
    assert (place.kind, place.region) == ("region", "UA-32")
    assert resolve_region(name, "UA") == "UA-32"


@pytest.mark.parametrize(
    ("name", "region"), [("Krujë", "AL-02"), ("Laç", "AL-08"), ("Fushë-Krujë", "AL-02"), ("Vorë", "AL-11")]
)
def test_a_town_where_a_region_is_expected_is_read_as_its_region(name: str, region: str) -> None:
    reading = read_region(name, "AL")
    assert (reading.code, reading.how) == (region, "region_of_town")


def test_a_region_is_never_read_by_a_close_spelling() -> None:
    with pytest.raises(InputError) as caught:
        read_region("Tropja", "AL")
    assert "AL-07" in str(caught.value)  # the suggestion is Tropoja's county, not Topojë in Fier


def test_a_town_name_shared_by_regions_is_refused_as_a_region() -> None:
    with pytest.raises(InputError, match="several regions"):
        read_region("Ivanivka", "UA")


def test_moroccan_province_names_are_their_region() -> None:
    assert locate("إقليم القنيطرة", "MA").kind == "region"
    assert resolve_region("Province de Kénitra", "MA") == "MA-04"


# --- languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Shqip", "sq"),
        ("Français", "fr"),
        ("українська", "uk"),
        ("العربية", "ar"),
        ("Tamaziɣt", "zgh"),
        ("rom", "rom"),
        ("zgh", "zgh"),
        ("tzm", "tzm"),
        ("ber", "ber"),
        ("pcm", "pcm"),
        ("bin", "bin"),
        ("ita", "it"),
        ("Italian", "it"),
    ],
)
def test_languages_by_code_english_name_or_own_name(text: str, code: str) -> None:
    assert read_language(text).code == code


def test_a_constructed_language_is_not_a_language_people_return_with() -> None:
    with pytest.raises(InputError):
        read_language("Klingon")


# --- readings in match -------------------------------------------------------------------------


def match(*args: str) -> Result:
    return CliRunner().invoke(main, ["match", "--country", "AL", *args])


def test_match_json_has_readings_and_stderr_says_them() -> None:
    result = match(
        "--to", "Tropoja", "--needs", "doctr,avocat,mental", "--language", "Shqip", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    readings = json.loads(result.stdout)["readings"]
    assert {"field": "needs", "input": "doctr", "read_as": "medical", "how": "spelling"} in readings
    assert {"field": "needs", "input": "avocat", "read_as": "legal", "how": "translation"} in readings
    assert {"field": "needs", "input": "mental", "read_as": "psychosocial", "how": "synonym"} in readings
    assert {
        "field": "language",
        "input": "Shqip",
        "read_as": "sq (Albanian)",
        "how": "translation",
    } in readings
    assert any(r["field"] == "to" and "AL-07" in r["read_as"] for r in readings)
    assert "needs: read 'doctr' as medical (close spelling)" in result.stderr


def test_avoid_region_tropoja_avoids_kukes_and_a_typo_is_refused() -> None:
    result = match("--to", "Tirana", "--needs", "shelter", "--avoid-region", "Tropoja", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert {
        "field": "avoid_region",
        "input": "Tropoja",
        "read_as": "AL-07 Kukës",
        "how": "synonym",
    } in document["readings"]
    refused = match("--to", "Tirana", "--needs", "shelter", "--avoid-region", "Tropja")
    assert refused.exit_code == 2
    assert "AL-07" in refused.stderr


def test_an_ambiguous_destination_is_said_in_json_and_table() -> None:
    args = ["--country", "UA", "--to", "Ivanivka", "--needs", "shelter"]
    document = json.loads(CliRunner().invoke(main, ["match", *args, "--format", "json"]).stdout)
    assert document["destination"]["ambiguous"] is True
    assert all({"name", "region", "region_name"} <= set(a) for a in document["destination"]["alternatives"])
    assert any(r["how"] == "ambiguous" for r in document["readings"])
    table = CliRunner().invoke(main, ["match", *args]).stdout
    assert "'Ivanivka' is ambiguous: took Ivanivka" in table


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_readings_in_csv_and_markdown(fmt: str) -> None:
    result = match("--to", "Shkoder", "--needs", "doctr", "--format", fmt)
    assert "needs: read 'doctr' as medical (close spelling)" in result.stdout


def test_foo_is_an_error_in_match() -> None:
    result = match("--to", "Shkoder", "--needs", "foo")
    assert result.exit_code == 2 and "unknown need 'foo'" in result.stderr


# --- no stored guess ----------------------------------------------------------------------------


def test_edit_categories_mental_is_psychosocial_never_housing(root: Path) -> None:
    result = directory(root, "edit", "AL", "al-shk-1", "--set", "categories=mental")
    assert result.exit_code == 0, result.output
    assert stored(root)["categories"] == ["psychosocial"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["edit", "AL", "al-shk-1", "--set", "categories=doctr"], "'doctor'"),
        (["edit", "AL", "al-shk-1", "--set", "region=Tropja"], "AL-07"),
    ],
)
def test_edit_never_stores_a_close_spelling(root: Path, args: list[str], message: str) -> None:
    before = stored(root)
    result = directory(root, *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert stored(root) == before


def test_add_takes_translations_and_language_names(root: Path) -> None:
    result = directory(
        root, "add", "AL", "--name", "Qendra", "--category", "strehim", "--category", "avocat",
        "--region", "Vorë", "--city", "Vorë", "--language", "Shqip", "--language", "rom",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    document = json.loads((root / "al.json").read_text(encoding="utf-8"))
    added = next(p for p in document["providers"].values() if p["name"] == "Qendra")
    assert (added["categories"], added["region"], added["languages"]) == (
        ["shelter", "legal"],
        "AL-11",
        ["sq", "rom"],
    )


def test_import_refuses_a_close_spelling(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "new.csv"
    sheet.write_text("name,categories,region\nA,doctr,AL-10\n", encoding="utf-8")
    result = directory(root, "import", "AL", str(sheet))
    assert result.exit_code != 0
    assert "'doctor'" in result.stderr


@pytest.mark.parametrize(
    "changes",
    [
        {"categories": ("doctr",)},
        {"categories": ("avocat",)},
        {"region": "Tropoja"},
        {"languages": ("Shqip",)},
    ],
)
def test_transaction_put_stores_only_codes(root: Path, changes: dict[str, object]) -> None:
    store = DirectoryStore("AL", root)
    with pytest.raises(InputError), store.transaction(author="api") as transaction:
        transaction.put(SHELTER.with_changes(**changes))
    assert stored(root)["categories"] == ["shelter"]


# --- readings in batch, package and write paths ----------------------------------------------


def test_batch_says_each_cases_readings_in_csv_and_json(tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text("case_id,country,to,needs\nB1,UA,Ivanivka,doctr;житло\n", encoding="utf-8")
    as_csv = CliRunner().invoke(main, ["batch", str(cases), "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    header, row = as_csv.stdout.splitlines()[:2]
    assert header.endswith(",readings")
    assert "needs: read 'doctr' as medical (close spelling)" in row
    assert "to: read 'Ivanivka' as Ivanivka (UA-09 Luhansk Oblast) (ambiguous" in row
    as_json = CliRunner().invoke(main, ["batch", str(cases), "--format", "jsonl"])
    record = json.loads(as_json.stdout.splitlines()[0])
    assert {"field": "needs", "input": "житло", "read_as": "housing", "how": "translation"} in record[
        "readings"
    ]
    assert record["destination"]["ambiguous"] is True


def test_package_says_the_destination_was_ambiguous() -> None:
    args = [
        "package",
        "--country",
        "UA",
        "--to",
        "Ivanivka",
        "--needs",
        "shelter",
        "--draft",
        "--case-ref",
        "X1",
    ]
    text = CliRunner().invoke(main, [*args, "--format", "md"]).stdout
    assert (
        "Ivanivka — Luhansk Oblast (UA-09) — ambiguous name; other places of this name: Ivanivka (UA-65)"
        in text
    )
    document = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).stdout)
    assert {"name": "Ivanivka", "region": "UA-51", "region_name": "Odesa Oblast"} in document["return"][
        "destination_alternatives"
    ]


def test_add_says_how_it_read_region_category_and_language(root: Path) -> None:
    result = directory(
        root, "add", "AL", "--name", "Qendra", "--category", "strehim", "--region", "Vorë",
        "--city", "Vorë", "--language", "Shqip",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "region: read 'Vorë' as AL-11 Tiranë (town Vorë) (the region of this town)" in result.stderr
    assert "categories: read 'strehim' as shelter (translation)" in result.stderr
    assert "read 'shqip' as sq (Albanian) (translation)" in result.stderr


def test_import_notes_its_readings_once(root: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "new.csv"
    sheet.write_text("name,categories,region\nA,mjek,Krujë\nB,mjek,Kurbin\n", encoding="utf-8")
    result = directory(root, "import", "AL", str(sheet))
    assert result.exit_code == 0, result.output
    assert result.stderr.count("categories: read 'mjek' as medical (translation)") == 1
    assert "region: read 'Kurbin' as AL-08 Lezhë (synonym)" in result.stderr


def test_no_language_name_means_two_languages() -> None:
    from svcmatch.taxonomy import fold

    path = Path(__file__).resolve().parents[1] / "svcmatch" / "data" / "language_names.txt"
    seen: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, names = line.partition(":")
        for name in filter(None, (n.strip() for n in names.split(","))):
            assert seen.setdefault(fold(name), code) == code, name
            assert read_language(name).code == code, name


@pytest.mark.parametrize(
    ("word", "code"), [("policía", "security"), ("avvocata", "legal"), ("лікарка", "medical")]
)
def test_common_feminine_and_other_forms_are_translations(word: str, code: str) -> None:
    from svcmatch.taxonomy import read_need

    reading = read_need(word, tolerant=False)
    assert (reading.codes, reading.how) == ((code,), "translation")
