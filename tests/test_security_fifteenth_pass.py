"""The fifteenth adversarial pass over every command (issues 13-16's kinds, held-out attacks).

Each test failed before its fix. They run the CLI as a user does, on folders they create.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from pathlib import Path

import pytest
from test_security_second_pass import CLINIC, SHELTER, cli

from svcmatch.characters import unsafe_character
from svcmatch.model import Provider
from svcmatch.render import visible
from svcmatch.storage import DirectoryStore

# --- a town glued to a word through a mark, a joiner or a kashida ---------------------------------

#: A confidential shelter of Tiznit (MA-09) beside a public clinic of Agadir.
_TIZNIT = dataclasses.replace(
    SHELTER, id="ma-hope-1", city="Tiznit", region="MA-09", address="Derb Zzsecret 7",
    latitude=29.6974, longitude=-9.7316,
)  # fmt: skip
_AGADIR = dataclasses.replace(
    CLINIC, id="ma-clinic-1", city="Agadir", region="MA-09", address="Rue Public 1",
    latitude=30.4202, longitude=-9.5982,
)  # fmt: skip
#: A confidential shelter of Rrëshen (AL-08), a town with a diaeresis.
_RRESHEN = dataclasses.replace(SHELTER, city="Rrëshen", latitude=41.7675, longitude=19.8756)


def _root(folder: Path, *providers: Provider) -> Path:
    store = DirectoryStore(providers[0].region[:2], folder)
    store.create(author="test")
    with store.transaction(author="test") as transaction:
        for provider in providers:
            transaction.put(provider)
    return folder


def _write_raw(root: Path, country: str, provider_id: str, values: dict[str, object]) -> None:
    """Change a stored record as another tool would (the checks refuse such values)."""
    path = root / f"{country.lower()}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["providers"][provider_id].update(values)
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False), encoding="utf-8")


_DRAFT = ("--case-ref", "X-1", "--draft", "-f", "md")


def _as_read(text: str) -> str:
    """What a reader sees: without marks, format characters and the Arabic kashida, folded."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(
        ch for ch in decomposed if unicodedata.category(ch)[0] != "M" and unicodedata.category(ch) != "Cf"
    ).replace("\u0640", "")


_GLUED_THROUGH = [
    # a text copied from a Mac (decomposed: the diaeresis a mark of its own)
    (_RRESHEN, "notes", "ring at Rre\u0308shenHouse", "rreshen"),
    (_RRESHEN, "how_to_refer", "ask for the Rre\u0308shenHouse desk", "rreshen"),
    # a variation selector, which an emoji needs and which shows as nothing here
    (SHELTER, "notes", "ring at Oro\ufe0fshHouse", "orosh"),
    # Arabic written with its vowel marks: 'the safe house in Tiznit'
    (_TIZNIT, "notes", "دار الأمان بِتِزْنِيتْ", "تزنيت"),
    # a joiner between two Arabic letters, taken since the joiners' change (a09e696)
    (_TIZNIT, "notes", "دار الأمان بتز\u200dنيت", "تزنيت"),
    # the kashida, which only stretches a line of Arabic
    (_TIZNIT, "notes", "دار الأمان تزنيـت", "تزنيت"),
    (_TIZNIT, "name", "دار تزنيـت", "تزنيت"),
]


@pytest.mark.parametrize(
    ("shelter", "field", "text", "town"),
    _GLUED_THROUGH,
    ids=["nfd-notes", "nfd-how-to-refer", "selector", "harakat", "joiner", "kashida-notes", "kashida-name"],
)
def test_a_shelters_town_glued_to_a_word_through_a_mark_is_found(
    tmp_path: Path, shelter: Provider, field: str, text: str, town: str
) -> None:
    """`edit --set notes="دار الأمان بِتِزْنِيتْ"` (the safe house in Tiznit, with its vowel
    marks) of the confidential shelter of Tiznit was taken, exit 0, and every output printed
    it: the search for the town glued to a word cut the words at each mark, joiner or
    variation selector (`بِ` `تِ` ...), and read the kashida as a letter ('تزنيـت'). So was a
    note copied from a Mac, its 'ë' a letter and a mark ("RrëshenHouse"). They are read as
    the word they stand in."""
    country = shelter.region[:2]
    clinic = _AGADIR if country == "MA" else CLINIC
    root = _root(tmp_path / "d", clinic, shelter)
    refused = cli(root, "directory", "edit", country, shelter.id, "--set", f"{field}={text}")
    assert refused.exit_code == 2 and "gives the address or town" in refused.stderr, refused.output
    _write_raw(root, country, shelter.id, {field: text})  # written by another tool, or before the rule
    case = ("--country", country, "--to", clinic.city, "--needs", "shelter", "--sex", "female")
    outputs = {
        "show": cli(root, "directory", "show", country, shelter.id, "-f", "json").stdout,
        "list": cli(root, "directory", "list", country, "-f", "json").stdout,
        "export": cli(root, "directory", "export", country, "-f", "csv").stdout,
        "match": cli(root, "match", *case, "-f", "json").stdout,
        "package": cli(root, "package", *case, "--select", f"shelter={shelter.id}", *_DRAFT).stdout,
    }
    for command, shown in outputs.items():
        assert shown and town not in _as_read(shown), (command, shown)


# --- two names that only a joiner, a selector or a kashida tell apart -----------------------------

_SAFE_HOUSE = "دار الأمان"  # Arabic: the safe house


@pytest.mark.parametrize(
    "again",
    ["دار الأ\u200dمان", "دار الأمـان", "Public Clinic\u2764\ufe0f"],
    ids=["joiner", "kashida", "emoji"],
)
def test_a_name_that_only_an_unseen_character_tells_apart_is_a_likely_duplicate(
    tmp_path: Path, again: str
) -> None:
    """`directory add MA --name "دار الأ\\u200dمان"` beside a stored "دار الأمان" of the same town
    was added, exit 0: a joiner after an alef (which joins nothing) shows as nothing, and since
    the joiners' change (a09e696) a text may hold one between Arabic letters; so a kashida, and
    an emoji's variation selector beside one without. Every list and package then shows two
    records with one name. Such a name is now a likely duplicate, as a Cyrillic look-alike
    letter is (eleventh pass)."""
    first = "Public Clinic\u2764" if again.startswith("Public") else _SAFE_HOUSE
    root = _root(tmp_path / "d", dataclasses.replace(_AGADIR, name=first))
    added = cli(
        root, "directory", "add", "MA", "--name", again, "--needs", "medical", "--city", "Agadir",
        "--region", "MA-09", "--language", "ar",
    )  # fmt: skip
    assert added.exit_code == 2 and "likely a duplicate of ma-clinic-1" in added.stderr, added.output
    sheet = tmp_path / "rows.csv"
    sheet.write_text(f"name,categories,city,region\n{again},medical,Agadir,MA-09\n", encoding="utf-8")
    imported = cli(root, "directory", "import", "MA", str(sheet))
    assert imported.exit_code != 0 and "likely a duplicate of ma-clinic-1" in imported.output, imported.output


@pytest.mark.parametrize(
    "twin", ["دار الأ\u200dمان", "دار الأمـان", "Dar Al Amаn"], ids=["joiner", "kashida", "cyrillic"]
)
def test_a_provider_avoided_is_avoided_under_a_name_that_only_looks_the_same(
    tmp_path: Path, twin: str
) -> None:
    """`match --avoid-provider ma-safe-1` (the person refused the safe house) planned its second
    record "دار الأ\\u200dمان", stored before the duplicate check read joiners (or by another
    tool): the twins of a service point (caseworker pass 13) were told by their names as
    written. A name that only an unseen character or a look-alike letter tells apart is the
    same service point, as `import` tells it."""
    first = "Dar Al Aman" if twin.startswith("Dar") else _SAFE_HOUSE
    shelter = dataclasses.replace(_AGADIR, id="ma-safe-1", name=first, categories=("shelter",))
    second = dataclasses.replace(shelter, id="ma-safe-2", name=twin, phone="+212 528 000 002")
    root = _root(tmp_path / "d", shelter, second)
    case = ("--country", "MA", "--to", "Agadir", "--needs", "shelter", "--sex", "female")
    result = cli(root, "match", *case, "--avoid-provider", "ma-safe-1", "-f", "json")
    assert result.exit_code in (0, 1), result.output
    planned = json.loads(result.stdout)
    assert not planned["needs"]["shelter"] and not planned["plan"], planned["plan"]


# --- variation selectors that choose nothing ------------------------------------------------------

#: 'Orosh' hidden in variation selectors, a byte each (U+E0100 + byte - 16, U+FE00 + byte).
_SMUGGLED = "".join(chr(0xE0100 + b - 16) if b >= 16 else chr(0xFE00 + b) for b in b"Orosh")


@pytest.mark.parametrize(
    "text",
    [
        f"Shelter Hope{_SMUGGLED}",
        "Shelter\ufe0f Hope",
        "\ufe0fShelter Hope",
        "Shelter Hope \u2764\ufe0f\ufe0f",
        "Shelter Hope\U000e004f\U000e0072",
    ],
    ids=["smuggled", "after-a-latin-letter", "at-the-start", "two", "tags"],
)
def test_a_variation_selector_that_chooses_nothing_is_refused_and_shown(tmp_path: Path, text: str) -> None:
    """`directory edit AL al-hope-1 --set name="Shelter Hope<selectors>"` was taken, exit 0, and
    every output (list, export CSV and JSON, the package's HTML) carried the selectors as they
    are: after a Latin letter they show nothing and choose nothing, and a run of them carries
    a hidden text, a byte each ('Orosh' here, the confidential shelter's village), as the tag
    characters did (refused since the third pass). A selector is now part of a text where it
    chooses a glyph (an emoji's, a CJK ideograph's, a Mongolian letter's), one per character;
    anywhere else refused at every door and shown as an escape. (Tag characters, refused since
    the third pass, were still written as they are by the JSON outputs.)"""
    root = _root(tmp_path / "d", CLINIC, SHELTER)
    refused = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"name={text}")
    assert refused.exit_code == 2 and re.search("VARIATION SELECTOR|TAG", refused.stderr), refused.output
    _write_raw(root, "AL", "al-hope-1", {"name": text})  # written by another tool
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "shelter", "--sex", "female")
    html = tmp_path / "p.html"
    package = ("package", *case, "--select", "shelter=al-hope-1", *_DRAFT[:-2])
    made = cli(root, *package, "-o", str(html))
    assert made.exit_code == 0, made.output
    outputs = {
        "list": cli(root, "directory", "list", "AL").stdout,
        "list json": cli(root, "directory", "list", "AL", "-f", "json").stdout,
        "export csv": cli(root, "directory", "export", "AL", "-f", "csv").stdout,
        "match csv": cli(root, "match", *case, "-f", "csv").stdout,
        "package html": html.read_text(encoding="utf-8"),
    }
    for command, shown in outputs.items():
        assert "Shelter" in shown and unsafe_character(shown, multiline=True) is None, command
    assert json.loads(outputs["list json"])[1]["name"] == text  # escaped, the same JSON


@pytest.mark.parametrize(
    "text", ["Home \u2764\ufe0f", "\u260e\ufe0e 24h", "\u845b\U000e0100 Centre", "\u1820\u180b"]
)
def test_a_variation_selector_that_chooses_a_glyph_is_part_of_the_text(text: str) -> None:
    assert unsafe_character(text) is None
    assert visible(text) == text


# --- the Python API: what a script prints or logs ---------------------------------------------------


def test_a_confidential_shelters_repr_never_gives_its_place(tmp_path: Path) -> None:
    """A script that prints or logs a record (`print(provider)`, `logging.debug("%r",
    directory)`, a traceback that shows local values, a notebook's output) printed a
    confidential shelter's street, village and point: a Provider's repr was the dataclass's,
    every field as stored. It now shows the record as outputs show it, its place withheld."""
    import svcmatch

    root = _root(tmp_path / "d", CLINIC, SHELTER)
    directory = svcmatch.load_directory("AL", root)
    shelter = next(p for p in directory.providers if p.id == SHELTER.id)
    shown = {
        "repr": repr(shelter),
        "str": str(shelter),
        "format": f"{shelter}",
        "directory": repr(directory),
        "in a list": repr(list(directory)),
    }
    for how, text in shown.items():
        assert "al-hope-1" in text and "(withheld: confidential shelter)" in text, (how, text)
        assert not any(secret in text for secret in ("Zzsecret", "Orosh", "41.834", "20.084")), (how, text)
    clinic = next(p for p in directory.providers if p.id == CLINIC.id)
    assert "Rruga Public 1" in repr(clinic) and "41.78" in repr(clinic)  # a public record as it is
    assert shelter.address == SHELTER.address  # the values themselves are the script's to use
    for latitude in (float("nan"), float("inf")):  # a record a script builds: repr never raises
        built = dataclasses.replace(SHELTER, latitude=latitude, notes="two houses up from Orosh")
        assert "Orosh" not in repr(built) and "(withheld: confidential shelter)" in repr(built)


# --- a name written as a code ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Elira_Hoxha", "Elira-Hoxha", "EliraHoxha", "Olena_Koval_Petrenko"])
def test_a_name_written_with_underscores_is_no_case_reference(tmp_path: Path, name: str) -> None:
    """`package --case-ref "Elira Hoxha"` is refused "not a pseudonymous code (use letters,
    digits, - and _ ...; never a name)", and the caseworker tries again with what the rule
    allows: "Elira_Hoxha" was taken, exit 0, into the package, its file name and the referral
    store. Two or more words written like names (a capital, then small letters) joined by '_',
    '-' or nothing, without a digit, are now refused as the name they are."""
    root = _root(tmp_path / "d", CLINIC, SHELTER)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--sex", "female")
    refused = cli(root, "package", *case, "--case-ref", name, "--draft")
    assert refused.exit_code == 2 and "not a pseudonymous code" in refused.stderr, refused.output
    consent = ("--consent-date", "2026-12-01", "--consent-recipients", "medical")
    made = cli(root, "package", *case, "--case-ref", "AL-2026-0042", *consent, "-f", "json")
    assert made.exit_code == 0, made.output
    package = json.loads(made.stdout)
    package["case_ref"] = name  # another tool's package, or one edited by hand
    sent = tmp_path / "pkg.json"
    sent.write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    opened = cli(root, "referral", "open", "--from", str(sent))
    assert opened.exit_code == 2 and "not a pseudonymous code" in opened.stderr, opened.output


# (TRM-Hoxha-12 was one: a common surname is refused since the twenty-fifth pass)
@pytest.mark.parametrize("code", ["AL-2026-0042", "X-1", "x", "CaseA", "Elira7", "TRM-Hope-12", "ab_cd"])
def test_a_code_is_still_a_case_reference(tmp_path: Path, code: str) -> None:
    root = _root(tmp_path / "d", CLINIC, SHELTER)
    case = ("--country", "AL", "--to", "Lezhë", "--needs", "medical", "--sex", "female")
    assert cli(root, "package", *case, "--case-ref", code, "--draft").exit_code == 0


# --- a village beside the shelter -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("name", "Strehëza Kurbnesh"),
        ("notes", "the focal point meets her at the Reps junction"),
        ("how_to_refer", "Call first; we are behind the school of Blinisht"),
        ("website", "https://kurbneshhouse.example.org"),
    ],
)
def test_a_shelters_own_texts_never_name_a_village_beside_it(tmp_path: Path, field: str, text: str) -> None:
    """`directory edit AL al-hope-1 --set name="Strehëza Kurbnesh"` of the confidential shelter of
    Orosh was taken, exit 0, and every output printed it: its own texts were searched for its
    own town, not for the villages beside it (Kurbnesh, Reps, Blinisht, 5 km from Orosh, in its
    ~11 km cell), which place it far better than the cell that outputs give. A caseworker's note
    about the shelter is refused for those already (thirteenth pass: cell_place); its own texts
    are now too, at every door, and `validate` reports a stored one. The region's own name,
    which outputs give, stays a fair word."""
    root = _root(tmp_path / "d", CLINIC, SHELTER)
    fair = cli(
        root, "directory", "edit", "AL", "al-hope-1", "--set", "notes=takes women from all of Lezhë county"
    )
    assert fair.exit_code == 0, fair.output
    refused = cli(root, "directory", "edit", "AL", "al-hope-1", "--set", f"{field}={text}")
    assert refused.exit_code == 2 and "a town beside this confidential shelter" in refused.stderr, (
        refused.output
    )
    assert "Orosh" not in refused.stderr
    _write_raw(root, "AL", "al-hope-1", {field: text})  # written by another tool, or before the rule
    validated = cli(root, "directory", "validate", "AL")
    assert validated.exit_code == 1 and "a town beside this confidential shelter" in validated.output


# --- a note about a shelter that names its town in another script -----------------------------------


def test_a_note_about_a_shelter_never_names_its_town_in_another_script(tmp_path: Path) -> None:
    """What a caseworker or a partner writes about a confidential shelter is judged by the towns
    of its cell (thirteenth pass), by their names as the gazetteer heads them: a Moroccan
    caseworker's `package --notes-for "shelter=تلتقي بها في تزنيت"` (meet her in Tiznit) for
    the shelter of Tiznit printed the town in the package, and `referral update --note`
    recorded it, exit 0, where "Tiznit" is refused. A town of the cell is now looked for under
    its other names too (the gazetteer's: other scripts, exonyms), as the shelter's own town
    is in its own texts."""
    town = "تزنيت"
    root = _root(tmp_path / "d", _AGADIR, _TIZNIT)
    case = ("--country", "MA", "--to", "Agadir", "--needs", "shelter", "--sex", "female")
    package = ("package", *case, "--select", "shelter=ma-hope-1")
    noted = cli(root, *package, *_DRAFT, "--notes-for", f"shelter=تلتقي بها في {town}")
    assert noted.exit_code in (0, 2) and town not in noted.stdout, noted.stdout
    consent = ("--consent-date", "2026-12-01", "--consent-recipients", "shelter")
    made = cli(root, *package, "--case-ref", "X-1", *consent, "-f", "json")
    assert made.exit_code == 0, made.output
    sent = tmp_path / "pkg.json"
    sent.write_text(made.stdout, encoding="utf-8")
    opened = cli(root, "referral", "open", "--from", str(sent))
    (referral,) = [word for word in opened.stdout.split() if word.startswith("ref-")]
    answer = cli(root, "referral", "update", referral, "--status", "accepted", "--note", f"وصلت إلى {town}")
    assert answer.exit_code == 2, answer.output
    assert town not in cli(root, "referral", "show", referral).stdout


# --- Dari and Persian letter forms -------------------------------------------------------------------

#: A confidential shelter of Mazar-e Sharif (AF-BAL).
_MAZAR = dataclasses.replace(
    SHELTER, id="af-amn-1", city="Mazār-e Sharīf", region="AF-BAL", address="Kocha-e Zzsecret 7",
    latitude=36.70904, longitude=67.11087,
)  # fmt: skip


@pytest.mark.parametrize("text", ["خانه امن در مزار شریف", "خانه امن در مزار‌شریف", "مرکز مزار شریف"])
def test_a_shelters_town_in_persian_letters_is_found(tmp_path: Path, text: str) -> None:
    """`directory edit AF af-amn-1 --set notes="خانه امن در مزار شریف"` (a safe house in
    Mazar-e Sharif, as a Kabul office writes it in Dari) of the confidential shelter of Mazar-e
    Sharif was taken, exit 0, and shown by every output: Dari and Persian write yeh and kaf as
    'ی' and 'ک', the gazetteer's Arabic names 'ي' and 'ك', and the search for the town read
    them as other letters (the geography folds them: `locate` found the town). They are one
    letter to the search now, as to the geography."""
    root = _root(tmp_path / "d", _MAZAR)
    refused = cli(root, "directory", "edit", "AF", "af-amn-1", "--set", f"notes={text}")
    assert refused.exit_code == 2 and "confidential shelter" in refused.stderr, refused.output
    _write_raw(root, "AF", "af-amn-1", {"notes": text})
    shown = cli(root, "directory", "show", "AF", "af-amn-1", "-f", "json").stdout
    assert "مزار" not in shown, shown
