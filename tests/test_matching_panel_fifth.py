"""A caseworker's fifth pass over issue 12's rules (the held-out panel runs `match --format
json`): what a careful caseworker in Morocco, Albania, Ukraine or Nigeria would overrule or
misread, each test a case that failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import shlex
from typing import Any

import pytest
from click.testing import CliRunner
from test_matching_caseworker import KM_PER_DEGREE, SHKODER, TODAY, ids, plan, prov, run

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.matching import Case, match
from svcmatch.matching.rules import located_region
from svcmatch.matching.scoring import speaks_any, speaks_words
from svcmatch.model import Directory, DirectoryInfo
from svcmatch.taxonomy import read_need


def _match(options: str) -> dict[str, Any]:
    """`svcmatch match OPTIONS --format json` on the bundled samples, judged on 2026-12-04."""
    args = ["match", *shlex.split(options), "--today", "2026-12-04", "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


# --- safety: the region to avoid is read exactly, and a wider reading is said ------------------


def test_a_province_code_to_avoid_is_read_as_its_region_and_said() -> None:
    """`--avoid-region MA-CAS` (the prefecture of Casablanca) avoided all of Casablanca-Settat
    (MA-06: Settat, El Jadida, Mohammedia too) without a word, while `--to MA-CAS` said
    "read 'MA-CAS' as MA-06 Casablanca-Settat". A wider area than the code names is a reading."""
    document = _match("--country MA --to Rabat --needs shelter --avoid-region MA-CAS")
    assert {
        "field": "avoid_region",
        "input": "MA-CAS",
        "read_as": "MA-06 Casablanca-Settat",
        "how": "synonym",
    } in document["readings"]
    assert document["case"]["avoid_region"] == ["MA-CAS"]


@pytest.mark.parametrize("code", ["MA-06", "ma06", "MA 06"])
def test_the_regions_own_code_to_avoid_gives_no_reading(code: str) -> None:
    document = _match(f"--country MA --to Rabat --needs shelter --avoid-region '{code}'")
    assert [r for r in document["readings"] if r["field"] == "avoid_region"] == []


def test_a_bare_number_to_avoid_is_said() -> None:
    # session twenty-four: '06' has no country; it is read as MA-06, the country of return's, and
    # said (a region to avoid is read exactly or said; it was silent)
    document = _match("--country MA --to Rabat --needs shelter --avoid-region 06")
    assert [r["read_as"] for r in document["readings"] if r["field"] == "avoid_region"] == [
        "MA-06 Casablanca-Settat"
    ]


def test_a_province_code_to_avoid_still_avoids_its_region() -> None:
    document = _match("--country MA --to Casablanca --needs shelter,legal --avoid-region MA-CAS")
    assert all(m["region"] != "MA-06" for results in document["needs"].values() for m in results)
    assert any("a region you asked to avoid" in w for w in document["warnings"])


# --- need words: an English word is read as itself, not as a typo of another need --------------


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("medication", "medical"),  # was read as a close spelling of 'education'
        ("medications", "medical"),
        ("pharmacy", "medical"),  # was unknown
        ("prescription", "medical"),
        ("meal", "basic_needs"),  # was read as a close spelling of 'mental' (psychosocial)
        ("meals", "basic_needs"),
        ("food aid", "basic_needs"),
        ("legal counselling", "legal"),  # EU Directive 2011/36 art. 12's term; was unknown
        ("temporary shelter", "shelter"),
        ("psychiatric care", "psychosocial"),
        ("sexual health", "medical"),
        ("witness protection", "security"),
        ("identity papers", "documentation"),
        ("seed capital", "income_generation"),
    ],
)
def test_common_english_need_words_are_synonyms_not_typos(word: str, code: str) -> None:
    reading = read_need(word)
    assert reading.codes == (code,)
    assert reading.how == "synonym"


def test_a_reintegration_grant_is_not_read_as_a_reintegration_plan() -> None:
    """'reintegration grant' was read as a close spelling of 'reintegration plan' (case
    management); a grant is cash for basic needs or a business, as 'grant' alone is: the word
    is refused with both codes."""
    with pytest.raises(InputError, match="basic_needs or income_generation"):
        read_need("reintegration grant")


def test_medication_is_planned_as_medical_care_not_school() -> None:
    """`--needs shelter,medication` on the AL sample planned a school ('education', a close
    spelling) and no medical care."""
    document = _match("--country AL --to Shkoder --needs shelter,medication --sex female --age 24")
    assert list(document["needs"]) == ["shelter", "medical"]
    assert {"field": "needs", "input": "medication", "read_as": "medical", "how": "synonym"} in document[
        "readings"
    ]


def test_a_provider_recorded_in_a_province_is_avoided_with_its_region() -> None:
    """A directory file written by hand holds a shelter in Casablanca with region "MA-CAS" (the
    prefecture; `validate` reports it, `match` reads the file all the same). Returning to Rabat
    with the traffickers in Casablanca, `--avoid-region MA-CAS`, `MA-06` and `Casablanca`
    (each read as MA-06) all listed it: the rule compared "MA-CAS" with "MA-06"."""
    casa = prov("casa", region="MA-CAS", city="Casablanca", latitude=33.59, longitude=-7.61)
    rabat = prov("rabat", region="MA-04", city="Rabat", latitude=34.02, longitude=-6.84)
    directory = Directory(DirectoryInfo("MA"), (casa, rabat))
    for avoided in ("MA-CAS", "MA-06", "Casablanca"):
        case = Case(country="MA", to="Rabat", needs=("shelter",), avoid_region=(avoided,))
        result = match(case, directory, today=TODAY)
        assert ids(result) == ["rabat"], avoided
    kept = match(Case(country="MA", to="Rabat", needs=("shelter",)), directory, today=TODAY)
    assert ids(kept) == ["rabat", "casa"]
    assert located_region("MA-CAS", "MA") == "MA-06"
    assert located_region("AL-10", "AL") == "AL-10"
    assert located_region("ma-cas", "MA") == "MA-06"  # as a file written by hand may spell it
    assert located_region("XK-PZ", "XK") == "XK-PZ"  # no ISO subdivisions: svcmatch's district codes
    assert located_region("XK-01", "XK") is None  # no region of Kosovo (twelfth adversarial pass)


# --- language: a person's language and the macrolanguage a provider records --------------------


def test_a_darija_speakers_counsellor_recorded_as_speaking_arabic_speaks_her_language() -> None:
    """MA: a woman who speaks only Darija (`--language Darija`, read as `ary`, Moroccan Arabic).
    Every Moroccan provider records Arabic (`ar`), so each was "speaks none of the person's
    languages", and a counsellor 2 km away speaking only French ranked above the Arabic-speaking
    one 20 km away. Arabic (a macrolanguage in ISO 639-3) includes Moroccan Arabic."""
    french = prov("french", km=2, categories=("psychosocial",), languages=("fr",))
    arabic = prov("arabic", km=20, categories=("psychosocial",), languages=("ar", "fr"))
    result = run(french, arabic, needs=("psychosocial",), language=("ary",))
    assert ids(result, "psychosocial") == ["arabic", "french"]
    assert plan(result) == {"psychosocial": "arabic"}
    first = result.needs["psychosocial"][0]
    assert first.factors["language"] > 0
    # and the other way round: she says Arabic, the record says Moroccan Arabic
    darija = prov("darija", km=20, categories=("psychosocial",), languages=("ary",))
    again = run(french, darija, needs=("psychosocial",), language=("ar",))
    assert ids(again, "psychosocial") == ["darija", "french"]


def test_a_language_of_a_group_is_decisive_and_said_as_the_record_says_it() -> None:
    """A Tamazight speaker (`zgh`) and a counsellor recorded as speaking Amazigh (`ber`, the
    Berber languages) 60 km away, against one 5 km away speaking Arabic only: the decisive
    property names what the record says."""
    amazigh = prov("amazigh", km=60, categories=("psychosocial",), languages=("ber", "ar"))
    arabic = prov("arabic", km=5, categories=("psychosocial",), languages=("ar",))
    result = run(amazigh, arabic, needs=("psychosocial",), language=("zgh",))
    assert ids(result, "psychosocial") == ["amazigh", "arabic"]
    reasons = result.needs["psychosocial"][0].reasons
    assert "ranked above nearer Arabic for speaking Berber languages" in reasons


def test_two_languages_of_one_macrolanguage_are_not_alike() -> None:
    """Moroccan and Egyptian Arabic, Tarifit and Tachelhit: not read as one another."""
    egyptian = prov("egyptian", km=2, categories=("psychosocial",), languages=("arz",))
    result = run(egyptian, needs=("psychosocial",), language=("ary",))
    assert result.needs["psychosocial"][0].factors["language"] == 0
    assert "speaks none of the person's languages" in result.needs["psychosocial"][0].warnings
    assert not speaks_any(("rif",), ("shi",))
    assert speaks_any(("rif",), ("ber",)) and speaks_any(("ber",), ("rif",))


@pytest.mark.parametrize(
    ("person", "provider", "words"),
    [
        (("hu",), {"hu", "uk"}, "speaks Hungarian"),
        (("sq", "it"), {"it", "sq"}, "speaks Albanian and Italian"),
        (("ary",), {"ar", "fr"}, "speaks Arabic (the person's Moroccan Arabic is a variety of it)"),
        (("ar",), {"ary"}, "speaks Moroccan Arabic (a variety of the person's Arabic)"),
        (
            ("zgh",),
            {"ber"},
            "speaks Berber languages (the person's Standard Moroccan Tamazight is one of them)",
        ),
        (
            ("ber",),
            {"rif", "shi"},
            "speaks Tarifit and Tachelhit (varieties of the person's Berber languages)",
        ),
        (("ary", "ar"), {"ar"}, "speaks Arabic"),  # she gave Arabic too: read exactly
        (("ary",), {"arz"}, ""),
    ],
)
def test_what_a_provider_speaks_is_said_as_its_record_says_it(
    person: tuple[str, ...], provider: set[str], words: str
) -> None:
    assert speaks_words(person, frozenset(provider)) == words


# --- the country: a close spelling is a reading -------------------------------------------------


def test_a_country_read_by_a_close_spelling_is_said() -> None:
    """`--country Morroco` was read as MA without a word (every other field's close spelling is
    a reading); a code and the country's names in any language stay exact."""
    document = _match("--country Morroco --to Rabat --needs legal")
    assert {"field": "country", "input": "Morroco", "read_as": "MA Morocco", "how": "spelling"} in document[
        "readings"
    ]
    for exact in ("MA", "MAR", "504", "Morocco", "Maroc", "Marokko", "المغرب"):
        document = _match(f"--country '{exact}' --to Rabat --needs legal")
        assert [r for r in document["readings"] if r["field"] == "country"] == [], exact


# --- freshness words ----------------------------------------------------------------------------


def test_a_verification_in_the_previous_calendar_month_is_not_this_month() -> None:
    """Judged on 1 March, a record verified on 20 February said "verified this month"."""
    shelter = prov("shelter", verified_on=dt.date(2026, 2, 20))
    result = run(shelter)  # judged on TODAY, 2026-03-01
    assert "verified 9 days ago" in result.needs["shelter"][0].reasons
    assert "verified this month" not in result.needs["shelter"][0].reasons
    same_month = run(prov("shelter", verified_on=dt.date(2026, 3, 1)))
    assert "verified this month" in same_month.needs["shelter"][0].reasons
    a_month = run(prov("shelter", verified_on=dt.date(2026, 1, 31)))
    assert "verified 1 month ago" in a_month.needs["shelter"][0].reasons


# --- the plan: of two choices worth the same, the one that ranks first ---------------------------

SOUTH_OF_SHKODER = SHKODER[0] - 1.0 / KM_PER_DEGREE  # 1 km south


def test_the_plan_takes_the_one_stop_centre_that_ranks_first_whatever_its_id() -> None:
    """Legal aid and medical care 1 km away at two places, and two one-stop centres alike 2 km
    away offering both: the plan keeps her to one place at either (the same points). It took
    the one whose id sorts first, so Beta Centre, ranked below Alpha Centre, when Alpha's id was
    'z-9', and the same spreadsheet imported again with new ids could change the plan."""

    def plan_with(alpha_id: str, beta_id: str) -> dict[str, str]:
        result = run(
            prov("legal", km=1, categories=("legal",)),
            prov("medical", km=1, categories=("medical",), latitude=SOUTH_OF_SHKODER),
            prov(alpha_id, km=2, categories=("legal", "medical"), name="Alpha Centre", phone="1"),
            prov(beta_id, km=2, categories=("legal", "medical"), name="Beta Centre", phone="2"),
            needs=("legal", "medical"),
        )
        assert [m.name for m in result.needs["legal"]][1:] == ["Alpha Centre", "Beta Centre"]
        return plan(result)

    assert plan_with("a-1", "b-1") == {"legal": "a-1", "medical": "a-1"}
    assert plan_with("z-9", "b-1") == {"legal": "z-9", "medical": "z-9"}


def test_a_counsellor_recorded_as_speaking_arabic_says_so_for_a_darija_speaker() -> None:
    """MA sample, Casablanca: the Arabic-speaking counsellors ranked as speaking her language
    but each warned "speaks none of the person's languages" (the reasons compared codes)."""
    document = _match(
        "--country MA --to Casablanca --needs psychosocial --sex female --age 30 --language Darija"
    )
    first = document["needs"]["psychosocial"][0]
    assert "speaks Arabic (the person's Moroccan Arabic is a variety of it)" in first["reasons"]
    assert "speaks none of the person's languages" not in first["warnings"]


def test_the_far_away_warning_names_only_the_services_the_plan_meets() -> None:
    """NG sample, Maiduguri: childcare is unmet, yet the warning said the plan "plans childcare
    and medical care near there"."""
    document = _match("--country NG --to Maiduguri --needs shelter,childcare,medical --sex female --age 25")
    assert document["unmet"] == ["childcare"]
    (far,) = [w for w in document["warnings"] if w.startswith("the only shelter options are far away")]
    assert "and plans medical care near there" in far
    assert "childcare" not in far
