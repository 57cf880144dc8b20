"""A word that is part of several needs' names ('assistance': cash, medical, legal,
psychological assistance ...) names none of them: refused with those needs, never read as a
close spelling of one of the phrases ('assistance' was read as basic_needs, 'cash assistance')."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.taxonomy import read_need


@pytest.mark.parametrize(("word", "codes"), [("assistance", ("legal", "medical")), ("Support", ("housing",))])
def test_a_word_of_several_needs_names_is_refused_with_them(word: str, codes: tuple[str, ...]) -> None:
    with pytest.raises(InputError, match="is a word of several needs' names") as refused:
        read_need(word)
    assert all(code in refused.value.message for code in codes)


@pytest.mark.parametrize(
    ("word", "code"),
    [("legal assistance", "legal"), ("docter", "medical"), ("cash assistence", "basic_needs")],
)
def test_whole_names_and_typos_are_read_as_before(word: str, code: str) -> None:
    assert read_need(word).codes == (code,)
