"""A caller that drops a refusal reads names without building its message (session twenty-two):
an import's checks read every city; a village the gazetteer lacks cost most of its time in the
closest names and the countries that have the name, which no one saw."""

from __future__ import annotations

import pytest

from svcmatch.errors import InputError
from svcmatch.geo import locate, locate_quietly, read_city


def test_a_quiet_refusal_is_one_line_without_the_closest_names() -> None:
    with pytest.raises(InputError) as quiet:
        locate_quietly("Zzyzxville", "NG")
    assert "no place matches 'Zzyzxville' in NG" in str(quiet.value)
    assert "closest" not in str(quiet.value)


def test_locate_still_names_the_closest_places_after_a_quiet_reading() -> None:
    assert read_city("Zzyzxville", "NG", "NG-ED") is None
    with pytest.raises(InputError, match="closest"):
        locate("Zzyzxville", "NG")
    with pytest.raises(InputError, match="is a town of"):
        locate("Eastbourne", "NG")  # the countries that have the name, as before


def test_a_quiet_reading_reads_as_locate_does() -> None:
    for text in ("Uromi", "Benin City", "Egor LGA", "Ugbowo"):
        assert locate_quietly(text, "NG") == locate(text, "NG")
    assert read_city("Uromi", "NG", "NG-ED") is not None
