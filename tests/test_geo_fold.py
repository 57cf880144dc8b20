"""fold_name's fast path for ASCII text gives what the general folding gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from svcmatch.geo.names import _fold_any, fold_name


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_ascii_folds_as_any_text_does(text: str) -> None:
    assert fold_name(text) == _fold_any(text)


def test_examples() -> None:
    assert fold_name("  New-York,  CITY ") == _fold_any("  New-York,  CITY ") == "new york city"
    assert fold_name("Kam'ianets`Podilskyi") == "kamianetspodilskyi"
    assert fold_name("Durrës") == "durres" and fold_name("Київ") == "киів"
