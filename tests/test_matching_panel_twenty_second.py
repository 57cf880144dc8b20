"""The twenty-second caseworker pass over issue 12: cases a careful caseworker would have overruled
or misread in `match`, `batch` and `package`, each on a small hand-made directory of a country of
return without a sample (Uganda, Honduras, Uzbekistan, Thailand, ...), each failing before its fix
(the held-out panel runs the same commands on other countries' directories)."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.matching import Case
from svcmatch.readings import person_words_read

# --- the sexes of the offices' sheets ---


@pytest.mark.parametrize(("word", "code"), [("ayollar", "female"), ("erkaklar", "male")])
def test_uzbek_plurals_are_read_as_the_persons_sex(word: str, code: str) -> None:
    """An Uzbek office's sheet writes the plural (`ayollar`, women; `erkaklar`, men), where the
    twenty-first pass read only the singular `ayol`, `erkak`: refused as "not known" at import and
    at `match --sex`; each is read exactly and said as a translation."""
    case = Case(country="UZ", to="Samarkand", needs=("medical",), sex=word)
    assert case.sex == code
    assert [(r.field, r.how) for r in case.readings] == [("sex", "translation")]


@pytest.mark.parametrize(
    ("word", "how"),
    [("semua", "translation"), ("Semua", "translation"), ("both", "synonym"), ("all", "synonym")],
)
def test_a_sexes_cell_saying_all_of_them_is_read_as_any(word: str, how: str) -> None:
    """An Indonesian office's sexes cell `semua` (all) was refused at import ("not one of female,
    male, other, any"), and so were English `all` and `both`: each is read as `any` (no
    restriction), and said."""
    items, said = person_words_read("sexes", [word])
    assert items == ("any",)
    assert [(r.input, r.read_as, r.how) for r in said] == [(word, "any", how)]


def test_all_is_no_persons_sex() -> None:
    """`semua` says which sexes a provider serves, never the person's: `match --sex semua` stays
    refused (a hard rule decides with the person's sex)."""
    with pytest.raises(InputError, match="'semua' is not known"):
        Case(country="ID", to="Bandung", needs=("medical",), sex="semua")
