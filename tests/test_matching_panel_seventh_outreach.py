"""A caseworker's seventh pass (issue 12): what an outreach service reaches when the plan
houses her elsewhere (the fix is in engine.py, the lead's module, applied from the
caseworker's proposed diff)."""

from __future__ import annotations

from test_matching_caseworker import prov, run

from svcmatch.model import Coverage

#: A counselling service in Koplik (north of Shkodër) with a 5 km radius and outreach (35 km):
#: it reaches Shkodër, 17 km away, not Lezhë, 51 km away.
OUTREACH = prov(
    "counselling-outreach",
    categories=("psychosocial",),
    city="Koplik",
    latitude=42.21,
    longitude=19.43,
    languages=("sq",),
    outreach=True,
    coverage=Coverage("radius", km=5.0),
)
#: The only shelter, in Lezhë (AL-08), 34 km south of Shkodër.
SHELTER = prov(
    "shelter-lezhe",
    city="Lezhë",
    region="AL-08",
    latitude=41.78,
    longitude=19.64,
    sexes=("female",),
    languages=("sq",),
)
CASE = {"sex": "female", "age": 30, "language": ("sq",)}


def test_an_outreach_service_far_from_her_shelter_does_not_reach_her() -> None:
    """She returns to Shkodër and the plan houses her in Lezhë: the Koplik counsellor's reasons
    said "51 km from the accommodation; reaches you through outreach", as if it came to her
    shelter; its outreach reaches her town of return only."""
    found = run(OUTREACH, SHELTER, needs=("shelter", "psychosocial"), **CASE)
    reasons = found.needs["psychosocial"][0].reasons
    assert "51 km from the accommodation" in reasons
    assert "reaches you through outreach" not in reasons
    assert "reaches Shkodër through outreach, not the accommodation" in reasons


def test_an_outreach_service_reaching_her_where_she_is_still_says_reaches_you() -> None:
    found = run(OUTREACH, SHELTER, needs=("psychosocial",), **CASE)
    assert "reaches you through outreach" in found.needs["psychosocial"][0].reasons
