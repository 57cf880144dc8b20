"""`validate`: errors and warnings in a directory, and how to repair each."""

from __future__ import annotations

import datetime as dt

import pytest

from svcmatch.checks import is_email, is_phone
from svcmatch.errors import InputError
from svcmatch.model import Directory, DirectoryInfo, Provider
from svcmatch.validate import (
    Finding,
    Period,
    counts,
    duplicate_findings,
    parse_period,
    stale_period,
    validate,
)

TODAY = dt.date(2026, 6, 1)
GOOD = Provider(
    id="al-tir-0001",
    name="Qendra Tjetër Vizion",
    categories=("shelter",),
    city="Tiranë",
    region="AL-11",
    latitude=41.3275,
    longitude=19.8187,
    languages=("sq", "en"),
    phone="+355 4 222 3334",
    email="info@example.org",
    verified_on=dt.date(2026, 1, 15),
)


def check(*providers: Provider, stale_after: Period | None = None) -> list[Finding]:
    return validate(Directory(DirectoryInfo("AL"), providers), today=TODAY, stale_after=stale_after)


def found(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity, f.provider, f.field) for f in findings]


def test_a_complete_fresh_record_has_no_findings() -> None:
    assert check(GOOD) == []


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"categories": ()}, "categories", "no need category"),
        ({"categories": ("shelter", "xylophone")}, "categories", "unknown categories xylophone"),
        ({"region": ""}, "region", "no region"),
        ({"region": "MA-06"}, "region", "MA-06 is not a region of Albania"),
        ({"languages": ("sq", "xx", "eng")}, "languages", "xx, eng not ISO 639"),
        ({"latitude": 41.9, "longitude": 12.5}, "latitude", "lie outside Albania"),
        ({"latitude": 19.8187, "longitude": 41.3275}, "latitude", "look swapped"),
        ({"latitude": 95.0}, "latitude", "latitude 95.0 is outside -90..90"),
        ({"phone": "call the office"}, "phone", "'call the office' is not a phone number"),
        ({"email": "info@@example"}, "email", "'info@@example' is not an e-mail address"),
        ({"min_age": 30, "max_age": 18}, "min_age", "min_age 30 is above max_age 18"),
        ({"status": "open"}, "status", "status 'open' is not one of"),
        ({"verified_on": dt.date(2027, 1, 1)}, "verified_on", "a date in the future"),
        (
            {"city": "Vorë", "region": "AL-12", "latitude": None, "longitude": None},
            "region",
            "is Vorë in AL-11",
        ),
        ({"notes": "ok\x1b]52;c;aGk=\x07"}, "notes", "control character U+001B"),
        ({"extra": {"hsds": {"x": float("nan")}}}, "extra", "not a finite number"),
    ],
)
def test_errors(changes: dict[str, object], field: str, words: str) -> None:
    findings = check(GOOD.with_changes(**changes))
    errors = [f for f in findings if f.severity == "error"]
    assert [(f.field, words in f.message) for f in errors] == [(field, True)]
    assert errors[0].fix


def test_error_fix_names_the_command() -> None:
    (finding,) = check(GOOD.with_changes(email="nope"))
    assert finding.describe() == (
        "al-tir-0001: error: email: 'nope' is not an e-mail address "
        "(fix: svcmatch directory edit AL al-tir-0001 --set email=name@example.org)"
    )


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"verified_on": dt.date(2025, 5, 1)}, "verified_on", "last verified 2025-05-01, 396 days ago"),
        ({"verified_on": None}, "verified_on", "never verified"),
        ({"status": "inactive"}, "status", "inactive"),
        ({"status": "temporarily_closed"}, "status", "temporarily closed"),
        ({"latitude": None, "longitude": None}, "latitude", "no coordinates"),
        ({"latitude": 42.0683, "longitude": 19.5126}, "latitude", "km from region AL-11"),
        # (an id of its own: al-tir-... begins with its town's letters, which validate says too)
        ({"confidential_address": True, "id": "al-qen-0001"}, "focal_point", "confidential shelter without"),
    ],
)
def test_warnings(changes: dict[str, object], field: str, words: str) -> None:
    findings = check(GOOD.with_changes(**changes))
    assert [(f.severity, f.field, words in f.message) for f in findings] == [("warning", field, True)]


def test_stale_after_is_configurable() -> None:
    old = GOOD.with_changes(verified_on=dt.date(2026, 1, 1))
    assert check(old) == []
    assert found(check(old, stale_after=Period(90, "days"))) == [("warning", "al-tir-0001", "verified_on")]
    assert found(check(old, stale_after=Period(5))) == [("warning", "al-tir-0001", "verified_on")]
    assert check(old, stale_after=Period(6)) == []  # 2026-01-01 to 2026-06-01: five whole months


def test_confidential_findings_do_not_print_the_location() -> None:
    hidden = GOOD.with_changes(
        id="al-qen-0001", confidential_address=True, focal_point="Arta", latitude=42.0683, longitude=19.5126
    )
    (finding,) = check(hidden)
    assert "42.0683" not in finding.message and "the coordinates lie about" in finding.message


def test_duplicates_by_phone_email_and_similar_name_nearby() -> None:
    same_phone = GOOD.with_changes(id="b", name="Other", phone="04 222 3334", email="")
    same_mail = GOOD.with_changes(id="c", name="Third", phone="", email="INFO@example.org")
    similar = GOOD.with_changes(
        id="d", name="Qendra Tjeter Vizion.", phone="", email="", latitude=41.33, longitude=19.82
    )
    far = GOOD.with_changes(
        id="e",
        name="Qendra Tjetër Vizion",
        phone="",
        email="",
        city="Shkodër",
        region="AL-10",
        latitude=42.0683,
        longitude=19.5126,
    )
    findings = check(GOOD, same_phone, same_mail, similar, far)
    assert [(f.provider, f.message) for f in findings if f.field == "name"] == [
        ("b", "may duplicate al-tir-0001 (Qendra Tjetër Vizion): same phone"),
        ("c", "may duplicate al-tir-0001 (Qendra Tjetër Vizion): same e-mail"),
        ("d", "may duplicate al-tir-0001 (Qendra Tjetër Vizion): similar name nearby"),
    ]


def test_identical_names_without_coordinates_meet_in_the_same_town() -> None:
    a = GOOD.with_changes(latitude=None, longitude=None, phone="", email="")
    b = a.with_changes(id="b")
    c = a.with_changes(id="c", city="Durrës")
    pairs = [(f.provider, f.message.split(":")[0]) for f in duplicate_findings([a, b, c], "AL")]
    assert pairs == [("b", "may duplicate al-tir-0001 (Qendra Tjetër Vizion)")]


def test_duplicate_search_is_not_quadratic() -> None:
    """Thousands of records sharing common words: the buckets keep the comparisons few."""
    providers = [
        GOOD.with_changes(
            id=f"p{i}",
            name=f"Qendra Sociale {i}",
            phone=f"+355 4 {i:07d}",
            email=f"x{i}@example.org",
            latitude=41.0 + i * 1e-3,
        )
        for i in range(3000)
    ]
    assert duplicate_findings(providers, "AL") == []


def test_counts_and_errors_sort_before_warnings() -> None:
    findings = check(GOOD.with_changes(verified_on=None, email="x"))
    assert [f.severity for f in findings] == ["error", "warning"]
    assert counts(findings) == {"error": 1, "warning": 1}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("365d", Period(365, "days")),
        ("12m", Period(12)),
        ("1y", Period(12)),
        ("6m", Period(6)),
        ("2w", Period(14, "days")),
        ("90", Period(90, "days")),
        ("12 months", Period(12)),
        ("1 year", Period(12)),
        ("6 Weeks", Period(42, "days")),
        ("30 days", Period(30, "days")),
    ],
)
def test_parse_period(text: str, period: Period) -> None:
    assert parse_period(text) == period


def test_a_period_in_months_is_stale_as_match_counts_it() -> None:
    from svcmatch.matching.freshness import is_stale

    for day in (dt.date(2025, 6, 1), dt.date(2025, 6, 2), dt.date(2025, 5, 31), dt.date(2024, 2, 29), None):
        assert stale_period().is_stale(day, TODAY) == is_stale(day, TODAY)
    assert Period(12).is_stale(dt.date(2025, 6, 1), TODAY)  # twelve calendar months to the day
    assert not Period(365, "days").is_stale(dt.date(2025, 6, 2), TODAY)  # 364 days
    assert Period(365, "days").is_stale(dt.date(2025, 6, 1), TODAY)


@pytest.mark.parametrize("text", ["", "0", "0 months", "-3d", "1.5y", "12 mo nths", "1 yr"])
def test_parse_period_refuses(text: str) -> None:
    with pytest.raises(InputError, match="not a period"):
        parse_period(text)


@pytest.mark.parametrize(
    "phone", ["+355 4 222 333", "04/222-333", "(044) 123 4567", "+380441234567 ext. 12", "0035542223334"]
)
def test_phones(phone: str) -> None:
    assert is_phone(phone)


@pytest.mark.parametrize("phone", ["call us", "123", "+355 4 222 333 444 555 666", "=1+1", "+"])
def test_not_phones(phone: str) -> None:
    assert not is_phone(phone)


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("a.b@example.org", True),
        ("zyra@shoqata.al", True),
        ("a@b", False),
        ("a b@c.org", False),
        ("a@@b.org", False),
        ("a..b@c.org", False),
        ("info@example.o", False),
    ],
)
def test_emails(email: str, ok: bool) -> None:
    assert is_email(email) is ok
