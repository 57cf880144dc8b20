"""A caseworker's ninth pass over issue 12's rules (the held-out panel runs `match --format
json`, `package` and `batch`): what a careful caseworker would overrule or misread, each test a
case on a small hand-made directory of a country the earlier passes tried little (Viet Nam,
Kosovo), or on a sample, that failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from helpers import hand_made_directory

from svcmatch.cli import main

TODAY = "2026-12-06"

#: Nghệ An (VN-22) and Hà Tĩnh (VN-23), 43 km apart: a VoT-specialised shelter in Vinh, full
#: (0 free places confirmed on 1 December), and a plain one in Hà Tĩnh with 3 free places;
#: neither takes accompanying children. A clinic in each town.
VIET_NAM: list[dict[str, Any]] = [
    {"id": "sh-vinh", "name": "Peace House Vinh", "categories": ["shelter"], "city": "Vinh",
     "region": "VN-22", "latitude": 18.679, "longitude": 105.681, "sexes": ["female"],
     "vot_specialised": True, "capacity_available": 0, "capacity_updated": "2026-12-01"},
    {"id": "sh-hatinh", "name": "Women's Shelter Ha Tinh", "categories": ["shelter"], "city": "Hà Tĩnh",
     "region": "VN-23", "latitude": 18.342, "longitude": 105.906, "sexes": ["female"],
     "capacity_available": 3, "capacity_updated": "2026-11-28"},
    {"id": "med-vinh", "name": "Vinh General Hospital", "categories": ["medical"], "city": "Vinh",
     "region": "VN-22", "latitude": 18.67, "longitude": 105.69},
    {"id": "med-hatinh", "name": "Ha Tinh Clinic", "categories": ["medical"], "city": "Hà Tĩnh",
     "region": "VN-23", "latitude": 18.34, "longitude": 105.90},
]  # fmt: skip


def _root(tmp_path: Path, country: str, records: list[dict[str, Any]]) -> Path:
    return hand_made_directory(tmp_path, country, records, "vi" if country == "VN" else "sq")


def _run(root: Path, command: str, options: list[str], *extra: str) -> str:
    args = ["--directories", str(root), command, *options, "--today", TODAY, *extra]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _match(root: Path, options: list[str], *extra: str) -> Any:
    return json.loads(_run(root, "match", options, "--format", "json", *extra))


def _package(root: Path, options: list[str], fmt: str = "json", *extra: str) -> Any:
    text = _run(root, "package", options, "--case-ref", "VN-9", "--draft", "--format", fmt, *extra)
    return json.loads(text) if fmt == "json" else text


# --- a near miss that is full says so: it is not the call to make first ---

VINH_MOTHER = ["--country", "VN", "--to", "Vinh", "--needs", "shelter,medical", "--sex", "female",
               "--age", "25", "--language", "vi", "--children", "1"]  # fmt: skip


def test_a_near_miss_that_is_full_says_so(tmp_path: Path) -> None:
    """A mother returning to Vinh with her child: no shelter takes children, so shelter is
    unmet, and the unmet reason named the shelter in Vinh, 1 km away, "but it does not take
    accompanying children", without a word that it is full (0 free places confirmed five days
    before): the caseworker calls it first to ask for an exception for the child, and a full
    shelter cannot take her with or without one. The near miss and the reason say it is full."""
    root = _root(tmp_path, "VN", VIET_NAM)
    found = _match(root, VINH_MOTHER, "--explain-excluded")
    assert found["unmet"] == ["shelter"]
    misses = {m["id"]: m for m in found["near_misses"]["shelter"]}
    assert misses["sh-vinh"]["rule"] == "children"
    assert "it is full too (0 free places as of 2026-12-01)" in misses["sh-vinh"]["detail"]
    assert "full" not in misses["sh-hatinh"]["detail"]  # 3 free places: the call to make
    reason = found["unmet_reasons"]["shelter"]
    assert reason.startswith("nearest shelter is Peace House Vinh")
    assert "it is full too (0 free places as of 2026-12-01)" in reason
    table = _run(root, "match", VINH_MOTHER, "--explain-excluded")
    near = " ".join(table.split("Near misses")[1].split())
    assert "it is full too (0 free places as of 2026-12-01)" in near


def test_the_packages_unmet_note_says_the_nearest_is_full_too(tmp_path: Path) -> None:
    """The package's note for the unmet shelter named the nearest as the match does, with the
    rule it breaks and nothing of its places: the receiving side read it as a shelter that
    could take her if it took the child."""
    root = _root(tmp_path, "VN", VIET_NAM)
    document = _package(root, VINH_MOTHER)
    note = document["unmet_reasons"]["shelter"]
    assert "Peace House Vinh" in note and "full" in note, note
    for lang, word in (("fr", "complet"), ("sq", "plot"), ("uk", "місць"), ("ar", "ممتلئ")):
        text = _package(root, VINH_MOTHER, "md", "--lang", lang)
        assert word in text.split("Peace House Vinh (1")[1].split("\n")[0], lang


# --- every eligible place is full, and the directory has a near miss with room ---

NGHE_AN_30_KM = ["--country", "VN", "--to", "Nghe An", "--needs", "shelter,medical", "--sex", "female",
                 "--age", "25", "--language", "vi", "--max-km", "30"]  # fmt: skip


def test_every_eligible_place_full_names_the_nearest_near_miss_with_room(tmp_path: Path) -> None:
    """Returning to Nghệ An with a limit of 30 km: the only shelter within it, in Vinh, is full,
    and the unmet reason said "call them, or look beyond the directory", while the directory
    has a shelter with 3 free places in Hà Tĩnh, 41 km from the region: beyond the limit the
    caseworker set, the call she would make before looking anywhere else. The reason names it."""
    root = _root(tmp_path, "VN", VIET_NAM)
    found = _match(root, NGHE_AN_30_KM)
    assert found["unmet"] == ["shelter"]
    reason = found["unmet_reasons"]["shelter"]
    assert reason.startswith("every eligible shelter provider is full: Peace House Vinh (sh-vinh, ")
    assert "look beyond the directory" not in reason
    assert (
        "or the nearest near miss, Women's Shelter Ha Tinh, 41 km outside the region of return "
        "(Nghệ An), beyond the limit of 30 km"
    ) in reason
    document = _package(root, NGHE_AN_30_KM)
    note = document["unmet_reasons"]["shelter"]
    assert "Peace House Vinh" in note and "Women's Shelter Ha Tinh" in note, note
    assert "look beyond the directory" not in note


def test_every_eligible_place_full_without_a_near_miss_still_says_look_beyond(tmp_path: Path) -> None:
    """Nothing else offers shelter: the words stay as they were."""
    root = _root(tmp_path, "VN", [r for r in VIET_NAM if r["id"] != "sh-hatinh"])
    found = _match(root, NGHE_AN_30_KM)
    assert found["unmet_reasons"]["shelter"].endswith("call them, or look beyond the directory")


# --- an ambiguous place of return: the others told apart from the one taken ---


def test_the_other_places_of_an_ambiguous_name_are_told_apart(tmp_path: Path) -> None:
    """`--to Zaporizhzhia` took the city (710,052 people) and said "others: Zaporizhzhya (UA-23
    Zaporizhzhia Oblast); Zaporizhzhia (UA-23 Zaporizhzhia Oblast); ...": the same name in the
    same oblast as the one taken, so the caseworker could not tell whether the city had been
    taken, and adding the oblast to the name ("Zaporizhzhia, Zaporizhzhia Oblast") changes
    nothing. Each other place says how many live there and how far it is from the one taken;
    the region of the name says it is the region; the package says the distance too."""
    options = ["--country", "UA", "--to", "Zaporizhzhia", "--needs", "medical", "--sex", "female"]
    found = json.loads(_run_sample("match", options, "--format", "json"))
    destination = found["destination"]
    assert destination["ambiguous"] and destination["name"] == "Zaporizhzhya"
    others = destination["alternatives"]
    villages = [o for o in others if o["kind"] == "town"]
    assert villages and all(o["population"] < 10_000 for o in villages)
    assert all(o["distance_km"] > 50 for o in villages)
    (oblast,) = [o for o in others if o["kind"] == "region"]
    assert oblast["distance_km"] is None and set(oblast) >= {"name", "region", "region_name"}
    table = " ".join(_run_sample("match", options).split())
    said = table[table.index("is ambiguous") :]
    assert "took Zaporizhzhya (UA-23, 710,052 people)" in said
    for village in villages:
        assert f"{village['population']:,} people, {round(village['distance_km'])} km from it" in said
    assert "Zaporizhzhia Oblast (UA-23, the region)" in said
    package = _run_sample("package", options, "--case-ref", "UA-9", "--draft", "--format", "md")
    line = next(row for row in package.splitlines() if "ambiguous name" in row)
    assert all(f"(UA-23, {v['distance_km']} km away)" in line for v in villages), line


def _run_sample(command: str, options: list[str], *extra: str) -> str:
    result = CliRunner().invoke(main, [command, *options, "--today", TODAY, *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_next_call_is_never_a_rule_a_call_cannot_change(tmp_path: Path) -> None:
    """The near miss named as the next call when every eligible place is full is one a call can
    open: never a men's shelter for a woman (sex and age cannot change), nor one the caseworker
    excluded herself (a region to avoid is where the traffickers are)."""
    mens = {"id": "sh-men", "name": "Men's Shelter Vinh", "categories": ["shelter"], "city": "Vinh",
            "region": "VN-22", "latitude": 18.68, "longitude": 105.68, "sexes": ["male"],
            "capacity_available": 4, "capacity_updated": "2026-12-01"}  # fmt: skip
    root = _root(tmp_path, "VN", [*VIET_NAM, mens])
    reason = _match(root, NGHE_AN_30_KM)["unmet_reasons"]["shelter"]
    assert "Men's Shelter Vinh" not in reason
    assert "or the nearest near miss, Women's Shelter Ha Tinh" in reason
    avoided = _match(root, [*NGHE_AN_30_KM, "--avoid-region", "VN-23"])["unmet_reasons"]["shelter"]
    assert "Ha Tinh" not in avoided and "Men's Shelter" not in avoided
    assert avoided.endswith("call them, or look beyond the directory")
    note = _package(root, [*NGHE_AN_30_KM, "--avoid-region", "VN-23"])["unmet_reasons"]["shelter"]
    assert "Ha Tinh" not in note and "Men's Shelter" not in note


# --- a distance limit says from where it is measured ---

#: Shkodër: a shelter 9 km south of the town, a clinic 4 km further south (13 km from the town).
SOUTH_OF_SHKODER: list[dict[str, Any]] = [
    {"id": "sh-south", "name": "Shelter South", "categories": ["shelter"], "city": "Shkodër",
     "region": "AL-10", "latitude": 41.987, "longitude": 19.515, "sexes": ["female"]},
    {"id": "clinic-south", "name": "Clinic South", "categories": ["medical"], "city": "Shkodër",
     "region": "AL-10", "latitude": 41.952, "longitude": 19.52},
]  # fmt: skip
SHKODER_10_KM = ["--country", "AL", "--to", "Shkoder", "--needs", "shelter,medical", "--sex", "female",
                 "--age", "30", "--language", "sq", "--max-km", "10"]  # fmt: skip


def test_a_limit_broken_says_the_distance_it_was_measured_by(tmp_path: Path) -> None:
    """`--max-km 10` from Shkodër, housed 9 km away: the clinic 4 km beyond her shelter is 13 km
    from Shkodër, and the unmet reason said "nearest medical care is Clinic South, 4 km from
    the accommodation, beyond the limit of 10 km", which reads as a contradiction (the limit is
    measured from the place of return, the 4 km from her shelter). The detail says the
    distance the limit was measured by; the package says where the limit is measured from."""
    root = _root(tmp_path, "AL", SOUTH_OF_SHKODER)
    found = _match(root, SHKODER_10_KM)
    assert found["unmet"] == ["medical"]
    (miss,) = found["near_misses"]["medical"]
    assert miss["distance_from"] == "accommodation" and round(miss["distance_km"]) == 4
    assert miss["detail"] == "13 km from Shkodër, beyond the limit of 10 km"
    reason = found["unmet_reasons"]["medical"]
    assert reason == (
        "nearest medical care is Clinic South, 4 km from the accommodation, 13 km from Shkodër, "
        "beyond the limit of 10 km"
    )
    note = _package(root, SHKODER_10_KM)["unmet_reasons"]["medical"]
    assert "beyond the distance limit (10 km from the place of return)" in note, note


# --- the only options far away, and a near miss next to her shelter ---

#: Returning to Vinh, housed in Hà Tĩnh (43 km): two clinics beside her shelter cover Hà Tĩnh
#: (one its region, one a radius of 20 km), not Vinh; the only other clinic is in Hanoi.
HA_TINH_CLINICS: list[dict[str, Any]] = [
    {"id": "sh-hatinh", "name": "Women's Shelter Ha Tinh", "categories": ["shelter"], "city": "Hà Tĩnh",
     "region": "VN-23", "latitude": 18.342, "longitude": 105.906, "sexes": ["female"]},
    {"id": "med-radius", "name": "Ha Tinh Clinic", "categories": ["medical"], "city": "Hà Tĩnh",
     "region": "VN-23", "latitude": 18.34, "longitude": 105.90, "coverage": {"kind": "radius", "km": 20}},
    {"id": "med-region", "name": "Ha Tinh Health Centre", "categories": ["medical"], "city": "Hà Tĩnh",
     "region": "VN-23", "latitude": 18.345, "longitude": 105.91,
     "coverage": {"kind": "regions", "regions": ["VN-23"]}},
    {"id": "med-hanoi", "name": "Hanoi Hospital", "categories": ["medical"], "city": "Hanoi",
     "region": "VN-HN", "latitude": 21.03, "longitude": 105.84},
]  # fmt: skip
VINH_HOUSED_IN_HA_TINH = ["--country", "VN", "--to", "Vinh", "--needs", "shelter,medical", "--sex",
                          "female", "--age", "30", "--language", "vi"]  # fmt: skip


def test_only_far_options_come_with_the_near_misses_beside_her_shelter(tmp_path: Path) -> None:
    """Housed 43 km from Vinh, her medical care was planned in Hanoi, 299 km from her shelter,
    with "the only medical care options are far away", and nothing said of the two clinics 1 km
    from the shelter that cover Hà Tĩnh, not Vinh (coverage is judged at the place of return):
    only `--explain-excluded` showed them. A need whose only options are far away lists its near
    misses, as an unmet one does, and a clinic whose radius reaches her shelter says so."""
    root = _root(tmp_path, "VN", HA_TINH_CLINICS)
    found = _match(root, VINH_HOUSED_IN_HA_TINH)
    assert found["plan"][1]["id"] == "med-hanoi"
    assert any("the only medical care options are far away" in w for w in found["warnings"])
    misses = {m["id"]: m for m in found["near_misses"]["medical"]}
    assert misses["med-region"]["detail"].endswith("it covers Hà Tĩnh (VN-23), where the accommodation is")
    assert misses["med-radius"]["detail"] == "outside its coverage; it reaches the accommodation, not Vinh"
    table = " ".join(_run(root, "match", VINH_HOUSED_IN_HA_TINH).split())
    assert "medical: med-radius Ha Tinh Clinic, 1 km: coverage: outside its coverage; it reaches" in table
    near = _match(root, [*VINH_HOUSED_IN_HA_TINH[:5], "shelter", "--sex", "female"])
    assert near["near_misses"] == {}  # a need met near her: nothing more said


def test_a_place_to_stay_found_only_far_away_comes_with_the_near_misses(tmp_path: Path) -> None:
    """A mother returning to Vinh with her child was housed in Hanoi, 263 km away ("the only
    shelter options are far away"), and nothing said of the shelters 1 and 43 km from Vinh that
    do not record taking children: the calls a caseworker makes before moving a family 263 km.
    They are listed, as for an unmet need (those within 60 km of the place of return)."""
    hanoi = {"id": "sh-hanoi", "name": "Peace House Hanoi", "categories": ["shelter"], "city": "Hanoi",
             "region": "VN-HN", "latitude": 21.03, "longitude": 105.84, "sexes": ["female"],
             "accompanying_children": True}  # fmt: skip
    root = _root(tmp_path, "VN", [*VIET_NAM, hanoi])
    found = _match(root, VINH_MOTHER)
    assert found["plan"][0]["id"] == "sh-hanoi"
    assert any("the only shelter options are far away" in w for w in found["warnings"])
    misses = [m["id"] for m in found["near_misses"]["shelter"]]
    assert misses == ["sh-vinh", "sh-hatinh"]


# --- a match written as CSV opens in Excel with its letters ---


def test_a_match_written_to_a_csv_file_opens_in_excel_with_its_letters(tmp_path: Path) -> None:
    """`match -o plan.csv` wrote UTF-8 without a byte-order mark, which Excel reads as the
    Windows code page: "Hà Tĩnh", "Shkodër", "Запоріжжя" came out as "HÃ  TÄ©nh"; `directory
    export` and `batch -o results.csv` write the mark. A file gets it; standard output does not."""
    root = _root(tmp_path, "VN", VIET_NAM)
    out = tmp_path / "plan.csv"
    _run(root, "match", NGHE_AN_30_KM, "--format", "csv", "-o", str(out))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Nghệ An".encode() in data
    assert not _run(root, "match", NGHE_AN_30_KM, "--format", "csv").startswith("\ufeff")


# --- a yes/no cell in another language is a reading, said ---


def test_a_yes_no_cell_in_another_language_is_said_as_read(tmp_path: Path) -> None:
    """A caseload sheet saved by a French Excel writes VRAI/FAUX, an Albanian office po/jo: a
    batch row's disability cell 'VRAI' was read as yes without a word, where every other input
    read other than exactly (a need word, a language, a sex) is said."""
    from svcmatch.matching import Case

    case = Case.from_mapping(
        {"country": "VN", "to": "Vinh", "needs": "medical", "disability": "VRAI", "official_status": "jo"}
    )
    assert case.disability is True and case.official_status is False
    said = {(r.field, r.input, r.read_as, r.how) for r in case.readings}
    assert ("disability", "VRAI", "yes", "translation") in said
    assert ("official_status", "jo", "no", "translation") in said
    plain = Case.from_mapping({"country": "VN", "to": "Vinh", "needs": "medical", "disability": "yes"})
    assert not plain.readings
    root = _root(tmp_path, "VN", VIET_NAM)
    (tmp_path / "cases.csv").write_text("case_id,country,to,needs,disability\nc1,VN,Vinh,medical,VRAI\n")
    record = json.loads(_run(root, "batch", [str(tmp_path / "cases.csv")]).splitlines()[0])
    assert {"field": "disability", "input": "VRAI", "read_as": "yes", "how": "translation"} in record[
        "readings"
    ]
