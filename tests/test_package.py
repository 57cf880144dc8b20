"""The referral package: building the document, consent, minimisation, escaping, labels, schema."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcmatch.errors import DataError, InputError
from svcmatch.html.package import render_html
from svcmatch.labels import CATALOGUE, LANGUAGES, label
from svcmatch.package import (
    DRAFT_MARK,
    RISK_FLAGS,
    Consent,
    PackageOptions,
    build_package,
    md_escape,
    render,
    render_markdown,
    render_package,
)
from svcmatch.render import visible

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "package.schema.json"
PREPARED = dt.datetime(2026, 3, 2, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
HOSTILE = "<script>alert(1)</script> \"q\" 'q' ](javascript:alert(1)) <img src=x onerror=alert(2)>"
SHELTER_ADDRESS = "Rruga e Fshehtë 7"  # a confidential shelter's street: must never leave the directory


def provider(
    pid: str,
    name: str,
    *,
    confidential: bool = False,
    km: float = 5.0,
    needs: tuple[str, ...] = ("shelter",),
    **contact: str,
) -> dict[str, Any]:
    """One ranked result as `match --format json` writes it."""
    base = {
        "focal_point": f"Focal of {pid}",
        "phone": "+355 69 000 1111",
        "email": f"{pid}@example.org",
        "website": "",
        "city": "Shkodër",
        "address": f"Street of {pid} 1",
    }
    base.update(contact)
    return {
        "id": pid,
        "name": name,
        "score": 0.8,
        "distance_km": km,
        "distance_coarse": confidential,
        "needs_covered": list(needs),
        "reasons": [f"{km} km from Shkodër"],
        "warnings": [],
        "contact": base,
        "confidential_address": confidential,
        "documents_required": ["referral form"],
        "how_to_refer": "Call the focal point first.",
    }


def match_document() -> dict[str, Any]:
    """A match for a woman returning to Shkodër: a confidential shelter, a clinic, no lawyer.

    The shelter's result still carries its address and coordinates, as a careless upstream
    or a hand-edited --from file might: the package must drop them anyway.
    """
    shelter = provider(
        "al-shk-safe",
        "Shtëpia e Sigurt",
        confidential=True,
        km=14.2,
        needs=("shelter", "medical"),
        address=SHELTER_ADDRESS,
    )
    shelter.update(latitude=42.0683, longitude=19.5126)
    return {
        "case": {
            "country": "AL",
            "to": "Shkoder",
            "needs": ["shelter", "medical", "legal"],
            "sex": "female",
            "age": 24,
            "unaccompanied": False,
            "children": 1,
            "language": ["sq", "it"],
            "exploitation": "sexual",
            "official_status": True,
            "disability": False,
            "avoid_region": ["AL-11"],
            "avoid_provider": [],
            "max_km": None,
            "top": 3,
        },
        "destination": {
            "name": "Shkodër",
            "kind": "town",
            "region": "AL-10",
            "region_name": "Shkodër",
            "latitude": 42.0693,
            "longitude": 19.5033,
        },
        "needs": {
            "shelter": [
                shelter,
                provider("al-tir-ws", "Tirana Women's Shelter", km=96.4),
                provider("al-lez-sh", "Lezhë Shelter", km=41.0),
                provider("al-dur-sh", "Durrës Shelter", km=120.0),
            ],
            "medical": [provider("al-shk-hc", "Shkodër Health Centre", km=2.3, needs=("medical",))],
            "legal": [],
        },
        "plan": [{"need": "shelter", "id": "al-shk-safe"}, {"need": "medical", "id": "al-shk-safe"}],
        "unmet": ["legal"],
        "unmet_reasons": {"legal": "no legal aid provider covers AL-10"},
        "near_misses": {},
        "directory": {"country": "AL", "file": "al.json", "version": "sha256:0a1b2c3d", "sample": False},
    }


def options(**changes: Any) -> PackageOptions:
    values: dict[str, Any] = {
        "case_ref": "AL-2026-0042",
        "priority": "urgent",
        "consent": Consent(
            dt.date(2026, 3, 1), "reintegration referral", ("Shelter", "Clinic"), dt.date(2026, 9, 1)
        ),
    }
    values.update(changes)
    return PackageOptions(**values)


def build(doc: dict[str, Any] | None = None, **changes: Any) -> dict[str, Any]:
    return build_package(doc or match_document(), options(**changes), today=PREPARED)


def all_formats(package: dict[str, Any]) -> dict[str, str]:
    return {fmt: render(package, fmt) for fmt in ("html", "md", "json")}


@pytest.fixture(scope="module")
def schema_validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --------------------------------------------------------------------------- contents


def test_package_holds_what_the_receiving_partner_needs() -> None:
    package = build(
        arrival=dt.date(2026, 3, 10),
        met_by="IOM reception",
        prepared_by="Anna, Caritas",
        risks=("debt_bondage", "risk_to_life"),
    )
    assert (package["schema"], package["version"], package["case_ref"]) == (
        "svcmatch-referral-package",
        1,
        "AL-2026-0042",
    )
    assert package["priority"] == {"level": "urgent", "hours": 72, "deadline": "2026-03-05T14:30+01:00"}
    assert package["prepared"] == {"at": "2026-03-02T14:30+01:00", "by": "Anna, Caritas"}
    assert package["return"] == {
        "country": "AL",
        "country_name": "Albania",
        "destination": "Shkodër",
        "kind": "town",
        "region": "AL-10",
        "region_name": "Shkodër",
        "destination_alternatives": [],
        "arrival": "2026-03-10",
        "met_by": "IOM reception",
    }
    assert package["person"] == {
        "age": 24,
        "sex": "female",
        "languages": ["sq", "it"],
        "children": 1,
        "unaccompanied_minor": False,
        "disability": False,
    }
    assert [s["need"] for s in package["needs"]] == ["shelter", "medical"]
    assert package["unmet"] == ["legal"]
    assert package["risk_flags"] == ["risk_to_life", "debt_bondage"]  # risk to life first, always
    assert package["directory"] == {
        "country": "AL",
        "file": "al.json",
        "version": "sha256:0a1b2c3d",
        "sample": False,
    }
    assert package["consent"]["shared"] == ["return", "person", "needs", "risk_flags"]


def test_the_person_is_described_in_minimal_terms() -> None:
    text = json.dumps(build())
    for secret in ("exploitation", "sexual", "official_status", "avoid_region", "AL-11"):
        assert secret not in text


def test_each_need_names_the_plans_provider_and_at_most_two_alternatives() -> None:
    shelter, medical = build()["needs"]
    assert shelter["provider"]["id"] == "al-shk-safe" and shelter["chosen_by"] == "plan"
    assert [p["id"] for p in shelter["alternatives"]] == ["al-tir-ws", "al-lez-sh"]
    # the plan sends medical to the shelter that also covers it, though medical's list lacks it
    assert medical["provider"]["id"] == "al-shk-safe"
    assert [p["id"] for p in medical["alternatives"]] == ["al-shk-hc"]
    assert shelter["provider"]["documents_required"] == ["referral form"]
    assert shelter["provider"]["how_to_refer"] == "Call the focal point first."


def test_select_overrides_the_plan() -> None:
    shelter = build(select={"shelter": "al-lez-sh"})["needs"][0]
    assert shelter["provider"]["id"] == "al-lez-sh" and shelter["chosen_by"] == "caseworker"
    assert [p["id"] for p in shelter["alternatives"]] == ["al-shk-safe", "al-tir-ws"]


@pytest.mark.parametrize(
    ("select", "message"),
    [
        ({"shelter": "al-nowhere"}, "not an eligible shelter provider"),
        ({"medical": "al-tir-ws"}, "not an eligible medical provider"),
        ({"legal": "al-tir-ws"}, "eligible: none"),
        ({"housing": "al-tir-ws"}, "the match has no need housing"),
    ],
)
def test_select_must_name_an_eligible_provider_of_that_need(select: dict[str, str], message: str) -> None:
    with pytest.raises(InputError) as caught:
        build(select=select)
    assert message in str(caught.value)


def test_notes_go_with_their_need_and_must_name_one() -> None:
    package = build(notes_for={"shelter": "Arrives late; female escort"})
    assert package["needs"][0]["notes"] == "Arrives late; female escort"
    with pytest.raises(InputError, match="no need education"):
        build(notes_for={"education": "x"})
    with pytest.raises(InputError, match="no provider can meet legal"):
        build(notes_for={"legal": "court hearing on 12 May"})


@pytest.mark.parametrize(
    ("level", "prepared", "deadline"),
    [
        ("emergency", PREPARED, "2026-03-03T14:30+01:00"),
        ("urgent", PREPARED, "2026-03-05T14:30+01:00"),
        ("normal", PREPARED, "2026-03-16T14:30+01:00"),  # 14 days, as its referrals (was None)
        ("normal", dt.date(2026, 3, 2), "2026-03-16"),
        ("emergency", dt.date(2026, 3, 2), "2026-03-03"),
        ("urgent", dt.date(2026, 3, 2), "2026-03-05"),
    ],
)
def test_priority_deadline(level: str, prepared: dt.date, deadline: str) -> None:
    package = build_package(match_document(), options(priority=level), today=prepared)
    assert package["priority"]["deadline"] == deadline


def test_unknown_risk_flag_lists_the_known_ones() -> None:
    with pytest.raises(InputError) as caught:
        build(risks=("trafficker_nearby",))
    assert all(flag in (caught.value.hint or "") for flag in RISK_FLAGS)


@pytest.mark.parametrize("ref", ["Maria Rossi", "", "a/b", "../x", "x" * 41, "-AL1", "Zoë-1"])
def test_case_reference_must_be_a_pseudonymous_code(ref: str) -> None:
    with pytest.raises(InputError, match="pseudonymous"):
        build(case_ref=ref)


def test_broken_match_document_is_a_data_error() -> None:
    doc = match_document()
    doc["plan"] = [{"need": "shelter", "id": "al-gone"}]
    with pytest.raises(DataError, match="al-gone"):
        build(doc)
    with pytest.raises(DataError, match="'case' or 'needs'"):
        build({"directory": {}})


# --------------------------------------------------------------------------- consent


def test_consent_guard_refuses_without_a_consent_date() -> None:
    with pytest.raises(InputError, match="no consent recorded") as caught:
        build(consent=None)
    assert "--consent-date" in (caught.value.hint or "")
    assert build(consent=None, draft=True)["consent"] is None


@pytest.mark.parametrize(
    ("consent", "message"),
    [
        (Consent(dt.date(2026, 3, 5)), "after the package date"),
        (Consent(dt.date(2026, 1, 5), until=dt.date(2026, 1, 1)), "before the consent date"),
        (Consent(dt.date(2026, 1, 5), until=dt.date(2026, 2, 1)), "ran out on 2026-02-01"),
    ],
)
def test_consent_dates_must_make_sense(consent: Consent, message: str) -> None:
    with pytest.raises(InputError, match=message):
        build(consent=consent)


def test_consent_record_in_every_format() -> None:
    rendered = all_formats(build())
    for fmt, text in rendered.items():
        assert "2026-03-01" in text and "2026-09-01" in text and "reintegration referral" in text, fmt


# --------------------------------------------------------------------------- draft mark


def test_draft_is_marked_in_every_format() -> None:
    package = build(consent=None, draft=True)
    assert json.loads(render(package, "json"))["draft"] is True
    lines = [line for line in render(package, "md").splitlines() if line.strip()]
    assert DRAFT_MARK in lines[0] and DRAFT_MARK in lines[-1]
    html = render(package, "html")
    # the mark is the head of the page-wide table: print repeats it on every page
    assert re.search(
        r'<table class="frame"[^>]*><thead><tr><td><div class="draft-mark"[^>]*>'
        r'<span dir="ltr">DRAFT — NOT FOR SENDING</span>',
        html,
    )
    assert html.rstrip().endswith("</td></tr></tbody></table>\n</body>\n</html>")


def test_a_package_that_is_not_a_draft_has_no_mark() -> None:
    for text in all_formats(build()).values():
        assert DRAFT_MARK not in text
    assert build()["draft"] is False


# --------------------------------------------------------------------------- minimisation


def test_confidential_shelter_location_never_appears() -> None:
    package = build(select={"medical": "al-shk-hc"})
    shelter = package["needs"][0]["provider"]
    assert shelter["contact"] == {
        "focal_point": "Focal of al-shk-safe",
        "phone": "+355 69 000 1111",
        "email": "al-shk-safe@example.org",
    }
    assert shelter["distance_km"] == 10.0  # 14.2 km, coarse
    for fmt, text in all_formats(package).items():
        for secret in (SHELTER_ADDRESS, "42.06", "19.51", "14.2", "latitude", "longitude"):
            assert secret not in text, (fmt, secret)
        assert "Focal of al-shk-safe" in text, fmt
    # an ordinary provider keeps its address
    assert "Street of al-shk-hc 1" in render(package, "html")


@pytest.mark.parametrize(("km", "coarse"), [(3.0, 10.0), (14.9, 10.0), (15.1, 20.0), (96.4, 100.0)])
def test_distance_to_a_confidential_shelter_is_coarse(km: float, coarse: float) -> None:
    doc = match_document()
    doc["needs"]["shelter"][0]["distance_km"] = km
    assert build(doc)["needs"][0]["provider"]["distance_km"] == coarse


def test_no_name_unless_asked_and_then_flagged() -> None:
    without = build()
    assert without["contains_name"] is False and "name" not in without["person"]
    with_name = build(name="Drita Hoxha")
    assert with_name["contains_name"] is True and with_name["person"]["name"] == "Drita Hoxha"
    assert "name" in with_name["consent"]["shared"]
    for fmt, text in all_formats(without).items():
        assert "Drita Hoxha" not in text and "contains the person" not in text, fmt
    for fmt, text in all_formats(with_name).items():
        assert "Drita Hoxha" in text, fmt
    assert escape(label("contains_name")) in render(with_name, "html")
    assert md_escape(label("contains_name")) in render(with_name, "md")


# --------------------------------------------------------------------------- escaping


def hostile_package() -> dict[str, Any]:
    doc = match_document()
    shelter = doc["needs"]["shelter"][1]
    shelter["name"] = HOSTILE
    shelter["contact"].update(focal_point=HOSTILE, phone=HOSTILE, email=HOSTILE, website=HOSTILE)
    shelter["how_to_refer"] = HOSTILE
    shelter["documents_required"] = [HOSTILE]
    shelter["warnings"] = [HOSTILE]
    return build(
        doc,
        select={"shelter": "al-tir-ws"},
        met_by=HOSTILE,
        prepared_by=HOSTILE,
        name=HOSTILE,
        notes_for={"shelter": HOSTILE},
        consent=Consent(dt.date(2026, 3, 1), HOSTILE, (HOSTILE,)),
    )


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)


def parse_html(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "footer",
    "section",
    "h1",
    "h2",
    "h3",
    "p",
    "span",
    "bdi",
    "dl",
    "dt",
    "dd",
    "ul",
    "li",
    "a",
    "div",
    "table",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}


def test_hostile_strings_are_escaped_in_html() -> None:
    html = render(hostile_package(), "html")
    parsed = parse_html(html)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    for _tag, attrs in parsed.tags:
        for name, value in attrs:
            assert not name.startswith("on") and name not in ("src", "style", "srcset"), name
            assert "javascript" not in (value or "").lower()
    text = "".join(parsed.text)
    assert text.count(HOSTILE) >= 8  # every hostile value comes back as text, whole
    assert "<script" not in html and "<img" not in html


def test_hostile_strings_are_escaped_in_markdown() -> None:
    md = render(hostile_package(), "md")
    for markup in ("](javascript:", "<script", "</script", "<img"):
        assert not re.search(r"(?<!\\)" + re.escape(markup), md), markup
    assert md_escape(HOSTILE).startswith("\\<script\\>alert(1)\\</script\\> \"q\" 'q' \\](javascript:")
    assert md.count(md_escape(HOSTILE)) >= 8


def test_hostile_strings_survive_json_unchanged(schema_validator: Any) -> None:
    package = hostile_package()
    loaded = json.loads(render(package, "json"))
    assert loaded["needs"][0]["provider"]["name"] == HOSTILE
    schema_validator.validate(loaded)


@given(st.text(max_size=60))
def test_md_escape_leaves_no_markup(text: str) -> None:
    escaped = md_escape(text)
    unescaped = re.sub(r"\\(.)", r"\1", escaped)
    assert unescaped == visible(" ".join(text.split()))  # a control character shown, not kept
    assert not re.search(r"(?<!\\)(?:\\\\)*[`*_\[\]<>|]", re.sub(r"\\[\\`*_\[\]<>|]", "", escaped))


# --------------------------------------------------------------------------- HTML page


def test_html_loads_nothing_from_anywhere() -> None:
    html = render(build(consent=None, draft=True), "html")
    parsed = parse_html(html)
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "embed", "source", "base")
        for name, value in attrs:
            assert name != "src"
            if name == "href":
                assert (value or "").startswith(("tel:", "mailto:")), value
    assert "url(" not in parsed.style and "@import" not in parsed.style
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "@page { size: A4" in parsed.style and "@media (max-width" in parsed.style
    assert ("name", "viewport") in [a for _, attrs in parsed.tags for a in attrs]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_renders(lang: str) -> None:
    package = build(lang=lang, risks=("risk_to_life",))
    html, md = render(package, "html"), render(package, "md")
    direction = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}">' in html
    for text, quote in ((html, escape), (md, md_escape)):
        assert quote(label("title", lang)) in text and quote(label("risk_risk_to_life", lang)) in text
        assert quote(label("need_shelter", lang)) in text
        assert "AL-2026-0042" in text


def test_country_name_follows_the_language() -> None:
    assert "Shqipëri" in render_html(build(), "sq")
    assert "ألبانيا" in render_html(build(), "ar")
    assert "Albanie (AL)" in render_markdown(build(lang="fr"))


def test_languages_are_named_by_their_own_names_outside_english() -> None:
    assert "Albanian (sq), Italian (it)" in render_markdown(build())
    for lang in ("fr", "sq", "uk"):
        assert "shqip (sq), italiano (it)" in render_markdown(build(lang=lang))
    assert "shqip (sq)، italiano (it)" in render_markdown(build(lang="ar"))


def test_labels_fall_back_to_english() -> None:
    catalogue = {"en": {"title": "Referral package", "extra": "Only in English"}, "fr": {"title": "Dossier"}}
    assert label("title", "fr", catalogue) == "Dossier"
    assert label("extra", "fr", catalogue) == "Only in English"
    assert label("extra", "xx", catalogue) == "Only in English"
    assert label("km", "fr") == CATALOGUE["en"]["km"]  # French has no "km" of its own
    for lang, labels in CATALOGUE.items():
        assert set(labels) <= set(CATALOGUE["en"]), lang


def test_every_risk_flag_and_need_has_an_english_label() -> None:
    from svcmatch.taxonomy import NEED_CODES

    for flag in RISK_FLAGS:
        assert label("risk_" + flag)
    for code in NEED_CODES:
        assert label("need_" + code)


# --------------------------------------------------------------------------- JSON and batch


def test_every_variant_validates_against_the_schema(schema_validator: Any) -> None:
    variants = [
        build(),
        build(consent=None, draft=True, name="A B", priority="emergency", risks=tuple(RISK_FLAGS)),
        build(select={"shelter": "al-dur-sh", "medical": "al-shk-hc"}, lang="ar", priority="normal"),
        build_package(match_document(), options(), today=dt.date(2026, 3, 2)),
    ]
    sparse = match_document()
    sparse["destination"] = None
    sparse["case"] = {"country": "AL", "needs": ["legal"]}
    sparse["needs"] = {"legal": []}
    variants.append(build(sparse))
    for package in variants:
        schema_validator.validate(json.loads(render(package, "json")))


def test_schema_rejects_a_confidential_address_and_an_unflagged_name(schema_validator: Any) -> None:
    package = json.loads(render(build(), "json"))
    leaky = copy.deepcopy(package)
    leaky["needs"][0]["provider"]["contact"]["address"] = SHELTER_ADDRESS
    assert not schema_validator.is_valid(leaky)
    unflagged = copy.deepcopy(package)
    unflagged["person"]["name"] = "A B"
    assert not schema_validator.is_valid(unflagged)
    unconsented = copy.deepcopy(package)
    unconsented["consent"] = None
    assert not schema_validator.is_valid(unconsented)


def test_render_package_from_batch_style_values() -> None:
    values = {
        "case_ref": "case-7",
        "priority": "emergency",
        "select": ["shelter=al-lez-sh"],
        "risk": "risk_to_life|debt_bondage",
        "notes_for": ["shelter=needs an escort, at night"],
        "consent_date": "01.03.2026",
        "consent_recipients": "Shelter; Clinic",
        "lang": "fr",
        "format": "json",
        "today": dt.date(2026, 3, 2),
    }
    package = json.loads(render_package(match_document(), PackageOptions.from_mapping(values)))
    assert package["case_ref"] == "case-7" and package["lang"] == "fr"
    assert package["priority"]["deadline"] == "2026-03-03"
    assert package["needs"][0]["provider"]["id"] == "al-lez-sh"
    assert package["needs"][0]["notes"] == "needs an escort, at night"
    assert package["consent"]["recipients"] == ["Shelter", "Clinic"]
    assert package["risk_flags"] == ["risk_to_life", "debt_bondage"]
    with pytest.raises(InputError, match="unknown package options: colour"):
        PackageOptions.from_mapping({"case_ref": "x", "colour": "red"})
    with pytest.raises(InputError, match="without a consent date"):
        PackageOptions.from_mapping({"case_ref": "x", "consent_until": "2026-05-01"})
