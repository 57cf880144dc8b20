"""Issue 17, "one language": a package in French, Albanian, Ukrainian or Arabic holds no English
word that svcmatch wrote (warnings, reasons, need names, months, ...); the directory's own text
(provider names, how to refer, an advisory's text) and proper names stay as written."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import test_referrals
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.labels import CATALOGUE, LANGUAGES
from svcmatch.matching import Case, match
from svcmatch.model import Coverage, Directory, DirectoryInfo, Provider
from svcmatch.package import (
    DRAFT_MARK,
    SAMPLE_MARK,
    PackageOptions,
    build_package,
    render,
)
from svcmatch.package_words import Words, region_name
from svcmatch.storage import bundled_root, load_directory

TODAY = dt.date(2026, 3, 1)
KHARKIV = (49.98177, 36.25475)
KM_PER_DEGREE = 111.19
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]
ADVISORY = "The directory's own advisory words about this region."


def prov(pid: str, categories: tuple[str, ...], km: float = 1.0, **fields: Any) -> Provider:
    """A provider `km` north of Kharkiv (UA-63), active, verified in January, speaking Ukrainian."""
    values: dict[str, Any] = {
        "name": f"Centre {pid}",
        "categories": categories,
        "city": "Kharkiv",
        "region": "UA-63",
        "latitude": KHARKIV[0] + km / KM_PER_DEGREE,
        "longitude": KHARKIV[1],
        "verified_on": dt.date(2026, 1, 15),
        "coverage": Coverage("national"),
        "languages": ("uk",),
        "unaccompanied_minors": True,
        "accompanying_children": True,
        "disability_access": True,
        "how_to_refer": "Phone the focal point.",
        "documents_required": ("identity card",),
    }
    values.update(fields)
    return Provider(id=pid, **values)


def directory() -> Directory:
    """Every kind of warning and unmet reason the package words, around Kharkiv."""
    providers = (
        prov("shelter-full", ("shelter",), capacity_available=0, capacity_updated=dt.date(2026, 2, 25)),
        prov("shelter-old", ("shelter",), km=3, capacity_available=4, capacity_updated=dt.date(2025, 3, 2)),
        prov(
            "shelter-women",
            ("shelter",),
            km=5,
            sexes=("female",),
            min_age=18,
            official_status_required=True,
            verified_on=dt.date(2024, 9, 3),
        ),
        prov("housing-full", ("housing",), capacity_available=0, capacity_updated=dt.date(2026, 2, 20)),
        prov("medical-quiet", ("medical",), languages=(), verified_on=None, disability_access=False),
        prov("medical-labour", ("medical",), km=2, exploitation_types=("labour", "sexual"), max_age=25),
        prov("psy-other", ("psychosocial",), languages=("pl",), min_age=14, max_age=30),
        prov("legal-far", ("legal",), km=300),
        prov("family-away", ("family",), km=2, coverage=Coverage("radius", km=0.5)),
        prov("jobs-adults", ("employment",), km=2, min_age=18, unaccompanied_minors=False),
        prov("closed", ("childcare",), status="temporarily_closed"),
    )
    info = DirectoryInfo("UA", version="sha256:test", advisories=(("UA-63", ADVISORY),))
    return Directory(info, providers)


CASES: dict[str, dict[str, Any]] = {
    "adult": {
        "needs": (
            "shelter",
            "housing",
            "medical",
            "psychosocial",
            "legal",
            "family",
            "education",
            "childcare",
        ),
        "sex": "female",
        "age": 30,
        "language": ("uk", "sq"),
        "disability": True,
    },
    "unknown_facts": {"needs": ("shelter", "medical", "psychosocial"), "language": ("ar",)},
    "minor": {
        "needs": ("shelter", "medical", "employment", "legal"),
        "sex": "male",
        "age": 16,
        "unaccompanied": True,
        "children": 1,
        "exploitation": "begging",
        "official_status": False,
    },
    "avoided": {"needs": ("medical", "legal"), "avoid_region": ("UA-63",), "sex": "female", "age": 40},
}


def match_doc(case: dict[str, Any], where: Directory | None = None) -> dict[str, Any]:
    values = {"country": "UA", "to": "Kharkiv", **case}
    document: dict[str, Any] = match(Case(**values), where or directory(), today=TODAY).to_json()
    return document


def package(case: dict[str, Any], lang: str, **options: Any) -> dict[str, Any]:
    where = options.pop("where", None) or directory()
    opts = PackageOptions(case_ref="UA-T-1", lang=lang, draft=True, **options)
    return build_package(match_doc(case, where), opts, today=TODAY, directory=where)


# --------------------------------------------------------------------------- the word list


def _words(text: str) -> set[str]:
    return {
        w.lower() for w in re.findall(r"[A-Za-z][A-Za-z']+", re.sub(r"\{[a-z_]+\}", " ", text)) if len(w) >= 3
    }


#: English words that svcmatch writes into packages: every English label and note, and every
#: word of match's own English sentences (its warnings and reasons).
ENGLISH = set().union(*(_words(text) for text in CATALOGUE["en"].values()))


def english_words(document: dict[str, Any]) -> set[str]:
    """The word list for one match: the English labels plus the words of match's sentences."""
    found = set(ENGLISH)
    found |= set().union(*(_words(w) for w in document.get("warnings") or ()), set())
    for results in document["needs"].values():
        for result in results:
            found |= set().union(*(_words(w) for w in [*result["warnings"], *result["reasons"]]), set())
    found |= set().union(*(_words(w) for w in (document.get("unmet_reasons") or {}).values()), set())
    return found - {"svcmatch", "json", "sha"}


class _Text(HTMLParser):
    """The text of an HTML page, without its style sheet."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.skip = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


def directory_texts(pkg: dict[str, Any]) -> list[str]:
    """What the package shows in the directory's (or the caseworker's) own words."""
    found: list[str] = [pkg["case_ref"], pkg["return"].get("destination") or "", ADVISORY]
    found += [str(pkg["directory"].get(k) or "") for k in ("file", "version")]
    for service in pkg["needs"]:
        for provider in [service["provider"], *service["alternatives"]]:
            found += [provider["name"], provider["id"], provider.get("how_to_refer") or ""]
            found += list(provider["contact"].values()) + list(provider["documents_required"])
    for note in [*pkg["notes"], *pkg["unmet_notes"].values()]:
        found += [str(note.get(k) or "") for k in ("provider", "text")]
        found += [
            str(p.get(k)) for p in note.get("providers") or () if isinstance(p, dict) for k in ("name", "id")
        ]
        found += [p for p in note.get("providers") or () if isinstance(p, str)]
    found += [r["id"] for r in pkg["referrals"]]
    ret = pkg["return"]  # a region's name is a proper name ("Kharkivska oblast" in French)
    found.append(region_name(ret.get("region") or "", ret.get("region_name") or "", pkg["lang"]))
    return sorted((t for t in found if t), key=len, reverse=True)


def leftover_english(pkg: dict[str, Any], document: dict[str, Any], fmt: str) -> set[str]:
    """English words in the rendered package that the directory did not write."""
    text = render(pkg, fmt)
    text = page_text(text) if fmt == "html" else text.replace("\\", "")
    for own in [DRAFT_MARK, SAMPLE_MARK, *directory_texts(pkg)]:  # the marks are English on purpose
        text = text.replace(own, " ")
    local = set().union(*(_words(t) for t in CATALOGUE[pkg["lang"]].values()))
    return (_words(text) & english_words(document)) - local


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
@pytest.mark.parametrize("name", sorted(CASES))
def test_no_english_word_that_svcmatch_wrote(lang: str, name: str) -> None:
    document = match_doc(CASES[name])
    pkg = package(CASES[name], lang)
    for fmt in ("html", "md"):
        assert leftover_english(pkg, document, fmt) == set(), (fmt, render(pkg, fmt))


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_notes_account_for_every_warning_of_the_match(name: str) -> None:
    """No warning or reason of the match is left untranslated (`unexplained`) when the package
    has the directory: the package's notes and match's sentences say the same things."""
    pkg = package(CASES[name], "uk")
    notes = [*pkg["notes"], *pkg["unmet_notes"].values()]
    notes += [n for s in pkg["needs"] for p in [s["provider"], *s["alternatives"]] for n in p["notes"]]
    assert notes, "the cases are built to carry notes"
    assert [n for n in notes if n["code"] == "unexplained"] == []


def test_the_cases_carry_every_kind_of_note() -> None:
    """The word-list test covers every note: each code appears in some case."""
    codes: set[str] = set()
    for case in CASES.values():
        pkg = package(case, "fr")
        codes |= {n["code"] for n in pkg["notes"]} | {n["code"] for n in pkg["unmet_notes"].values()}
        for service in pkg["needs"]:
            for provider in [service["provider"], *service["alternatives"]]:
                codes |= {n["code"] for n in provider["notes"]}
        for note in pkg["unmet_notes"].values():
            codes |= {"rule_" + r["code"] for r in note.get("rules") or ()}
    expected = {
        "advisory", "exploitation_unknown", "far", "all_full", "nearest_breaks", "none_offers",
        "capacity_unknown", "capacity_old", "never_verified", "not_verified_since",
        "official_status_required", "serves_only", "ages", "exploitation_only", "languages_unrecorded",
        "speaks_none", "no_disability_access", "rule_coverage", "rule_age", "rule_unaccompanied",
        "children_assumed",
    }  # fmt: skip
    assert expected <= codes, expected - codes


def test_one_english_warning_put_back_fails_the_word_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test can fail: a Ukrainian note that falls back to English is found."""
    document = match_doc(CASES["adult"])
    assert leftover_english(package(CASES["adult"], "uk"), document, "html") == set()
    monkeypatch.delitem(CATALOGUE["uk"], "note_none_offers")
    pkg = package(CASES["adult"], "uk")
    assert {"active", "offers"} <= leftover_english(pkg, document, "html")
    assert {"active", "offers"} <= leftover_english(pkg, document, "md")


def test_without_the_directory_the_match_words_are_kept_and_marked() -> None:
    """A package built without the directory (or from another version of it) does not drop a
    warning: it keeps match's English words under a translated note that says so."""
    document = match_doc(CASES["adult"])
    pkg = build_package(document, PackageOptions(case_ref="x", lang="uk", draft=True), today=TODAY)
    text = render(pkg, "md")
    assert "Пошук також повідомляє (англійською, без перекладу)" in text
    assert "capacity unknown" in text
    other = directory()
    other = Directory(DirectoryInfo("UA", version="sha256:other"), other.providers)
    again = build_package(
        document, PackageOptions(case_ref="x", lang="uk", draft=True), today=TODAY, directory=other
    )
    assert again["unmet_reasons"] == pkg["unmet_reasons"]


def all_warnings(pkg: dict[str, Any]) -> str:
    """Every provider's warnings (the chosen and the alternatives) and the case's, one per line."""
    providers = [p for s in pkg["needs"] for p in [s["provider"], *s["alternatives"]]]
    return "\n".join([*pkg["warnings"], *(w for p in providers for w in p["warnings"])])


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "capacity unknown: the last figure (free places: 4) dates from March 2025",
                "not verified since September 2024",
                "requires official victim status",
                "serves only: women",
            ],
        ),
        (
            "uk",
            [
                "кількість вільних місць невідома: останні дані (вільних місць: 4) — за березень 2025",
                "дані давно не перевірялися (востаннє — вересень 2024)",
                "вимагає офіційного статусу особи, яка постраждала від торгівлі людьми",
                "приймає лише: жінки",
            ],
        ),
    ],
)
def test_notes_and_months_in_words(lang: str, expected: list[str]) -> None:
    text = all_warnings(package(CASES["unknown_facts"], lang))
    for sentence in expected:
        assert sentence in text


def test_the_place_of_return_in_an_avoided_region_is_a_risk_flag_naming_no_region() -> None:
    """The receiving partner learns that the return itself is a safety concern (issue 12), but a
    package never lists the regions the person avoids (docs/package.md): the note names none,
    and a second avoided region appears nowhere."""
    case = {**CASES["avoided"], "avoid_region": ("UA-63", "UA-12")}
    document = match_doc(case)
    assert any("asked to avoid" in w for w in document["warnings"])
    for lang in LANGUAGES:
        pkg = package(case, lang)
        assert [n["code"] for n in pkg["notes"]] == ["avoided_destination", "advisory"]
        assert pkg["notes"][0] == {"code": "avoided_destination"}
        for text in (render(pkg, "md"), page_text(render(pkg, "html"))):
            assert CATALOGUE[lang]["note_avoided_destination"].split(":")[0] in text
            assert "UA-12" not in text and "Dnipro" not in text and "Дніпр" not in text
    assert "asked to avoid for the person's safety" in render(package(case, "en"), "md")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sq", "shqip (sq), italiano (it), українська (uk)"),
        ("uk", "shqip (sq), italiano (it), українська (uk)"),
        ("ar", "shqip (sq)، italiano (it)، українська (uk)"),
        ("fr", "shqip (sq), italiano (it), українська (uk)"),
        ("en", "Albanian (sq), Italian (it), Ukrainian (uk)"),
    ],
)
def test_the_persons_languages_by_their_own_names(lang: str, expected: str) -> None:
    pkg = package({"needs": ("medical",), "language": ("sq", "it", "uk")}, lang)
    assert expected in render(pkg, "md")
    # each name is isolated alone on the page (its code after it): the text read without the tags
    shown = " ".join(page_text(render(pkg, "html")).split())
    assert expected in shown.replace(" ,", ",").replace(" ،", "،")


@pytest.mark.parametrize(
    ("lang", "region"),
    [("uk", "Харківська область"), ("en", "Kharkiv Oblast"), ("fr", "Kharkivska oblast")],
)
def test_region_of_return_in_the_package_language(lang: str, region: str) -> None:
    pkg = package({"needs": ("medical",)}, lang)
    assert f"Kharkiv — {region} (UA-63)" in render(pkg, "md")
    distance = {"distance_km": 1.4, "confidential_address": False}
    assert Words(lang).distance(distance) == {"uk": "1,4 км", "fr": "1,4 km", "en": "1.4 km"}[lang]
    assert region in render(pkg, "html")


def test_advisory_region_named_in_the_package_language() -> None:
    pkg = package({"needs": ("medical",)}, "uk")
    assert f"попередження щодо регіону Харківська область (UA-63): {ADVISORY}" in render(pkg, "md")
    # in English too, by its name as match says it, not "UA-63 (UA-63)"
    assert f"advisory for Kharkiv Oblast (UA-63): {ADVISORY}" in render(
        package({"needs": ("medical",)}, "en"), "md"
    )


def _cli_package(args: str, tmp_path: Path, lang: str) -> str:
    out = tmp_path / f"p-{lang}.md"
    result = CliRunner().invoke(
        main,
        [
            "--directories",
            str(bundled_root()),
            "package",
            *args.split(),
            "--case-ref",
            "C-1",
            "--draft",
            "--today",
            "2026-11-28",
            "--lang",
            lang,
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "lang", "region"),
    [
        ("--country UA --to Kherson --needs shelter,medical,legal --age 17", "uk", "Херсонська область"),
        ("--country MA --to Casablanca --needs shelter,medical,livelihood", "ar", "الدار البيضاء سطات"),
        ("--country AL --to Shkoder --needs shelter,doctor,school --age 15", "sq", "Shkodër"),
        ("--country MA --to Tanger --needs shelter,legal --disability", "fr", "Tanger-Tétouan-Al Hoceïma"),
    ],
)  # fmt: skip
def test_sample_packages_through_the_cli(tmp_path: Path, args: str, lang: str, region: str) -> None:
    """The bundled samples, through `svcmatch package`: the region in the package's language,
    no untranslated warning (the CLI gives the package its directory), and no English word
    that svcmatch wrote."""
    import json

    text = _cli_package(args, tmp_path, lang)
    assert region in text
    assert CATALOGUE[lang]["note_unexplained"] not in text
    root = ["--directories", str(bundled_root())]
    found = CliRunner().invoke(main, [*root, "match", *args.split(), "--today", "2026-11-28", "-f", "json"])
    document = json.loads(found.stdout)
    (tmp_path / "m.json").write_text(found.stdout, encoding="utf-8")
    made = CliRunner().invoke(
        main,
        [
            *root,
            "package",
            "--from",
            str(tmp_path / "m.json"),
            "--case-ref",
            "C-1",
            "--draft",
            "--lang",
            lang,
            "-f",
            "json",
        ],
    )
    pkg = json.loads(made.stdout)
    for fmt in ("html", "md"):
        assert leftover_english(pkg, document, fmt) == set(), render(pkg, fmt)
    for need, note in pkg["unmet_notes"].items():  # the same provider as match names
        if "provider" in note:
            assert note["provider"] in document["unmet_reasons"][need]


def test_from_a_saved_match_the_package_reads_the_same_directory(tmp_path: Path) -> None:
    saved = tmp_path / "m.json"
    root = str(bundled_root())
    args = ["--directories", root, "match", "--country", "UA", "--to", "Kherson", "--needs", "shelter,legal"]
    result = CliRunner().invoke(main, [*args, "--today", "2026-11-28", "-f", "json", "-o", str(saved)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "p.md"
    pkg_args = ["--directories", root, "package", "--from", str(saved), "--case-ref", "C-2", "--draft"]
    result = CliRunner().invoke(main, [*pkg_args, "--lang", "uk", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "попередження щодо регіону Херсонська область (UA-65)" in text
    assert CATALOGUE["uk"]["note_unexplained"] not in text
    assert load_directory("UA", bundled_root()).info.version in text


root = test_referrals.root  # the fixture: a folder with a copy of the Albanian sample directory


def test_referral_answers_in_the_package_language(root: Path) -> None:
    """What a provider's referrals say (issue 17's feedback) is a note too: a decline for no
    capacity that makes it full, and its declines, in the package's language."""
    import json

    from test_referral_feedback import CASE, CONSENT, NEAR, answer, refer, run

    referral = refer(root, NEAR, "2026-11-18", "AL-1")
    answer(root, referral, "declined", "2026-11-20", "no_capacity")
    made = run(
        root,
        "package",
        *CASE,
        "--case-ref",
        "AL-7",
        "--today",
        "2026-11-25",
        *CONSENT,
        "--lang",
        "sq",
        "-f",
        "json",
    )
    alternative = json.loads(made.stdout)["needs"][0]["alternatives"][0]
    assert alternative["id"] == NEAR
    assert [
        n["code"] for n in alternative["notes"] if n["code"] in ("full_declined", "declined", "unexplained")
    ] == [
        "full_declined",
        "declined",
    ]
    assert (
        "plot: refuzoi për mungesë vendesh më 2026-11-20: telefononi para referimit"
        in alternative["warnings"]
    )
    assert (
        "refuzoi 1 nga 1 referimet e fundit (12 muaj); i fundit më 2026-11-20: pa vende"
        in alternative["warnings"]
    )


SUMY = (50.9077, 34.7981)  # UA-59, ~140 km north-west of Kharkiv


def advised_elsewhere() -> Directory:
    """Returning to Kharkiv (no advisory here), the only shelter with room is in Sumy Oblast,
    which is under an advisory: the plan houses her there (tests/test_matching_panel_third.py)."""
    providers = (
        prov("shelter-full", ("shelter",), capacity_available=0, capacity_updated=dt.date(2026, 2, 25)),
        prov("shelter-sumy", ("shelter",), city="Sumy", region="UA-59", latitude=SUMY[0], longitude=SUMY[1]),
        prov("clinic", ("medical",), km=2),
    )
    info = DirectoryInfo("UA", version="sha256:test", advisories=(("UA-59", ADVISORY),))
    return Directory(info, providers)


ADVISED_CASE = {"needs": ("shelter", "medical"), "sex": "female", "age": 30, "language": ("uk",)}


def test_an_advisory_where_the_plan_puts_her_is_a_note_in_every_language() -> None:
    """match warns of an advisory for a region where the plan houses her (not the region of
    return); the package had no note for it, so it repeated every English warning of the case
    as `unexplained`, untranslated (found by the matching engineer)."""
    where = advised_elsewhere()
    document = match_doc(ADVISED_CASE, where)
    assert any("where the plan puts" in w for w in document["warnings"])
    for lang in LANGUAGES:
        pkg = package(ADVISED_CASE, lang, where=where)
        notes = [*pkg["notes"], *(n for s in pkg["needs"] for n in s["provider"]["notes"])]
        assert [n["code"] for n in notes if n["code"].startswith("advisory")] == [
            "advisory_planned",
            "advisory_region",
        ]
        assert not [n for n in notes if n["code"] == "unexplained"], lang
        if lang != "en":
            for fmt in ("html", "md"):
                # 'Sumska oblast': ISO's own name of the region, a proper name (as for the region of return)
                assert leftover_english(pkg, document, fmt) <= {"oblast"}, (lang, fmt)
        assert ADVISORY in render(pkg, "md")
    words = render(package(ADVISED_CASE, "uk", where=where), "md")
    assert "Сумська область (UA-59)" in words and "Centre shelter-sumy" in words
