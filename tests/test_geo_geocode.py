"""`directory geocode`: offline from the gazetteer; online through a fake Nominatim (no network)."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from svcmatch.cli import main
from svcmatch.errors import InputError
from svcmatch.geo import distance_km
from svcmatch.geo import geocode as geo
from svcmatch.model import Provider
from svcmatch.storage import DirectoryStore

PROVIDERS = [
    Provider(id="al-shk-0001", name="Shelter North", city="Shkodra", region="AL-10"),
    Provider(id="al-tir-0002", name="Legal Aid Tirana", city="Tiranë", address="Rruga e Kavajës 10"),
    Provider(id="al-vlo-0003", name="Clinic South", city="Vlora", latitude=40.47, longitude=19.49),
    Provider(id="al-xxx-0004", name="Mobile team", region="AL-06"),
    Provider(id="al-xxx-0005", name="Nowhere", city="Qwxzv"),
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = DirectoryStore("AL", tmp_path)
    store.create(title="test")
    with store.transaction(action="test") as transaction:
        for provider in PROVIDERS:
            transaction.put(provider)
    return tmp_path


def _load(root: Path) -> dict[str, Provider]:
    return {p.id: p for p in DirectoryStore("AL", root).load().providers}


def test_offline_fills_from_town_or_region_and_marks_approximate(root: Path) -> None:
    result = CliRunner().invoke(
        main, ["--directories", str(root), "directory", "geocode", "AL", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    providers = _load(root)
    north = providers["al-shk-0001"]
    assert north.coordinates_approximate
    assert north.latitude is not None and north.longitude is not None
    assert distance_km(north.latitude, north.longitude, 42.07, 19.51) < 5
    assert providers["al-tir-0002"].coordinates_approximate
    assert providers["al-xxx-0004"].latitude is not None  # the centre of Korçë county
    assert providers["al-vlo-0003"].coordinates_approximate is False  # had coordinates: untouched
    assert providers["al-xxx-0005"].latitude is None
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows if r["skipped"]] == ["al-xxx-0005"]
    assert "filled 3 of 4" in result.stderr


def test_offline_skips_a_city_outside_the_providers_region(tmp_path: Path) -> None:
    store = DirectoryStore("AL", tmp_path)
    store.create(title="test")
    with store.transaction(action="test") as transaction:
        transaction.put(Provider(id="al-ber-0001", name="Legal Aid", city="Shkodra", region="AL-10"))
    document = json.loads((tmp_path / "al.json").read_text(encoding="utf-8"))
    document["providers"]["al-ber-0001"]["region"] = "AL-01"  # by another tool: the checks refuse it
    (tmp_path / "al.json").write_text(json.dumps(document), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--directories", str(tmp_path), "directory", "geocode", "AL", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert "AL-10" in row["skipped"] and "AL-01" in row["skipped"]
    assert _load(tmp_path)["al-ber-0001"].latitude is None


def test_dry_run_changes_nothing(root: Path) -> None:
    before = (root / "al.json").read_bytes()
    result = CliRunner().invoke(main, ["--directories", str(root), "directory", "geocode", "AL", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "would fill 3" in result.stderr
    assert (root / "al.json").read_bytes() == before


class _Location:
    def __init__(self, lat: float, lon: float) -> None:
        self.latitude, self.longitude = lat, lon


class FakeNominatim:
    """Stands in for geopy.geocoders.Nominatim: records queries, answers from a table."""

    calls: ClassVar[list[tuple[str, dict[str, Any]]]] = []
    answers: ClassVar[dict[str, tuple[float, float]]] = {}
    fail: ClassVar[bool] = False
    init: ClassVar[dict[str, Any]] = {}

    def __init__(self, **kwargs: Any) -> None:
        FakeNominatim.init = kwargs

    def geocode(self, query: str, **kwargs: Any) -> _Location | None:
        from geopy.exc import GeocoderUnavailable

        FakeNominatim.calls.append((query, kwargs))
        if FakeNominatim.fail:
            raise GeocoderUnavailable("HTTP Error 503: Service Unavailable")
        found = FakeNominatim.answers.get(query)
        return _Location(*found) if found else None


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakeNominatim]:
    import geopy.geocoders

    monkeypatch.setattr(geopy.geocoders, "Nominatim", FakeNominatim)
    monkeypatch.setattr(geo, "MIN_DELAY_SECONDS", 0.0)
    monkeypatch.setattr(geo, "ERROR_WAIT_SECONDS", 0.0)
    monkeypatch.setenv("SVCMATCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("SVCMATCH_USER_AGENT", raising=False)
    FakeNominatim.calls = []
    FakeNominatim.fail = False
    FakeNominatim.answers = {
        "Rruga e Kavajës 10, Tiranë, Albania": (41.3231, 19.8108),
        "Shkodra, Albania": (42.0693, 19.5033),
    }
    return FakeNominatim


def _online(root: Path, *extra: str) -> Any:
    return CliRunner().invoke(
        main, ["--directories", str(root), "directory", "geocode", "AL", "--online", *extra]
    )


def test_online_uses_nominatim_with_user_agent_and_own_server_and_caches(
    root: Path, fake: type[FakeNominatim]
) -> None:
    result = _online(
        root,
        "--user-agent",
        "test-office (t@example.org)",
        "--nominatim-url",
        "http://localhost:8080/nominatim",
    )
    assert result.exit_code == 0, result.output
    assert fake.init["user_agent"] == "test-office (t@example.org)"
    assert (fake.init["domain"], fake.init["scheme"]) == ("localhost:8080/nominatim", "http")
    assert all(kwargs["country_codes"] == "al" for _q, kwargs in fake.calls)
    providers = _load(root)
    tirana = providers["al-tir-0002"]
    assert (tirana.latitude, tirana.longitude, tirana.coordinates_approximate) == (41.3231, 19.8108, False)
    assert providers["al-shk-0001"].coordinates_approximate  # only the city was looked up
    cache = json.loads((root / "cache" / "nominatim.json").read_text(encoding="utf-8"))
    assert any(key.endswith("Rruga e Kavajës 10, Tiranë, Albania") for key in cache)
    calls = len(fake.calls)
    _online(
        root, "--user-agent", "test-office", "--nominatim-url", "http://localhost:8080/nominatim", "--dry-run"
    )
    assert len(fake.calls) == calls  # found ones now have coordinates; the unknown one comes from the cache


def test_online_needs_a_user_agent(root: Path, fake: type[FakeNominatim]) -> None:
    result = _online(root)
    assert result.exit_code == 2
    assert "user agent" in result.stderr and not fake.calls


def test_online_takes_the_user_agent_from_the_environment(
    root: Path, fake: type[FakeNominatim], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SVCMATCH_USER_AGENT", "env-agent")
    assert _online(root).exit_code == 0
    assert fake.init["user_agent"] == "env-agent"


def test_no_network_is_one_line_exit_5_and_nothing_changed(root: Path, fake: type[FakeNominatim]) -> None:
    fake.fail = True
    before = (root / "al.json").read_bytes()
    result = _online(root, "--user-agent", "x")
    assert result.exit_code == 5
    assert result.stderr.count("\n") == 1 and "Nominatim" in result.stderr
    assert (root / "al.json").read_bytes() == before


def test_no_network_prints_no_traceback_outside_pytest(root: Path, tmp_path: Path) -> None:
    """pytest's own log handlers hide what geopy's retry logging does in a real terminal, so run
    the command in a fresh interpreter, with a Nominatim that fails (no network is touched)."""
    import subprocess
    import sys

    script = f"""
import sys, geopy.geocoders, geopy.exc
from svcmatch.geo import geocode
class Failing:
    def __init__(self, **kwargs): pass
    def geocode(self, query, **kwargs): raise geopy.exc.GeocoderUnavailable("Name or service not known")
geopy.geocoders.Nominatim = Failing
geocode.MIN_DELAY_SECONDS = geocode.ERROR_WAIT_SECONDS = 0.0
from svcmatch.cli import main
sys.argv = ["svcmatch", "--directories", {str(root)!r}, "directory", "geocode", "AL", "--online",
            "--user-agent", "x"]
main()
"""
    env = {**os.environ, "SVCMATCH_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 5, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr


def test_bad_nominatim_url(root: Path, fake: type[FakeNominatim]) -> None:
    result = _online(root, "--user-agent", "x", "--nominatim-url", "ftp://example.org")
    assert result.exit_code == 2


def test_read_only_samples_are_refused_before_any_request(
    fake: type[FakeNominatim], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SVCMATCH_DIRECTORIES", raising=False)
    monkeypatch.chdir(Path(__file__).parent)  # no ./directories here: the bundled samples are used
    result = CliRunner().invoke(main, ["directory", "geocode", "AL", "--online", "--user-agent", "x"])
    assert result.exit_code == 3, result.output
    assert not fake.calls


def test_cache_survives_damage(tmp_path: Path) -> None:
    path = tmp_path / "nominatim.json"
    path.write_text("{not json")
    cache = geo.GeocodeCache(path)
    assert cache.get("x") == (False, None)
    cache.put("x", (1.0, 2.0))
    cache.put("y", None)
    cache.save()
    again = geo.GeocodeCache(path)
    assert again.get("x") == (True, (1.0, 2.0)) and again.get("y") == (True, None)


def test_user_agent_or_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCMATCH_USER_AGENT", raising=False)
    with pytest.raises(InputError):
        geo.user_agent_or_error("  ")
    assert geo.user_agent_or_error("me") == "me"


# --- confidential shelters (issue 14 item 4) ---------------------------------------------------

HIDDEN = Provider(
    id="al-the-0009",
    name="Safe House",
    categories=("shelter",),
    city="Velipojë",
    region="AL-10",
    address="Rruga e Fshehtë 7",
    focal_point="Duty officer",
    confidential_address=True,
)
HIDDEN_QUERY = "Rruga e Fshehtë 7, Velipojë, Albania"


@pytest.fixture
def hidden_root(root: Path) -> Path:
    with DirectoryStore("AL", root).transaction(action="test") as transaction:
        transaction.put(HIDDEN)
    return root


def test_online_never_sends_a_confidential_shelters_address(
    hidden_root: Path, fake: type[FakeNominatim]
) -> None:
    fake.answers[HIDDEN_QUERY] = (42.39, 19.77)  # the service would know it: it must not be asked
    result = _online(hidden_root, "--user-agent", "x", "--format", "json")
    assert result.exit_code == 0, result.output
    assert fake.calls and not any("Fshehtë" in query or "Velipoj" in query for query, _kwargs in fake.calls)
    [row] = [row for row in json.loads(result.stdout) if row["id"] == HIDDEN.id]
    assert "confidential shelter" in row["skipped"] and "never sent" in row["skipped"]
    assert "Fshehtë" not in result.output and "Velipoj" not in result.output
    assert _load(hidden_root)[HIDDEN.id].latitude is None
    cache = (hidden_root / "cache" / "nominatim.json").read_text(encoding="utf-8")
    assert "Fshehtë" not in cache and "Velipoj" not in cache


def test_offline_fills_a_confidential_shelter_without_printing_where(hidden_root: Path) -> None:
    for fmt in ("json", "table", "csv"):
        result = CliRunner().invoke(
            main, ["--directories", str(hidden_root), "directory", "geocode", "AL", "--dry-run", "-f", fmt]
        )
        assert result.exit_code == 0, result.output
        assert "Velipoj" not in result.output and "41.8" not in result.output, fmt
    result = CliRunner().invoke(
        main, ["--directories", str(hidden_root), "directory", "geocode", "AL", "--format", "json"]
    )
    [row] = [row for row in json.loads(result.stdout) if row["id"] == HIDDEN.id]
    assert (row["latitude"], row["longitude"], row["matched"]) == (
        None,
        None,
        "(withheld: confidential shelter)",
    )
    # nor that its point is a gazetteer town's centre (with the public cell, it names the town)
    assert (row["approximate"], row["source"]) == (None, "(withheld: confidential shelter)")
    stored = _load(hidden_root)[HIDDEN.id]
    assert stored.latitude is not None and stored.coordinates_approximate  # the file gets the point


def test_a_confidential_shelter_that_cannot_be_placed_is_skipped_without_its_town(tmp_path: Path) -> None:
    store = DirectoryStore("AL", tmp_path)
    store.create(title="test")
    with store.transaction(action="test") as transaction:
        transaction.put(HIDDEN)
    document = json.loads((tmp_path / "al.json").read_text(encoding="utf-8"))
    document["providers"][HIDDEN.id]["region"] = "AL-01"  # by another tool: Velipojë is not in AL-01
    (tmp_path / "al.json").write_text(json.dumps(document), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--directories", str(tmp_path), "directory", "geocode", "AL", "-f", "json"]
    )
    [row] = json.loads(result.stdout)
    assert "could not be placed" in row["skipped"] and "Velipoj" not in result.output


def test_the_cache_is_private_and_forgets_confidential_addresses(
    hidden_root: Path, fake: type[FakeNominatim], tmp_path: Path
) -> None:
    cache_file = tmp_path / "cache" / "nominatim.json"
    cache_file.parent.mkdir()
    older = {f"{geo.DEFAULT_NOMINATIM}|{HIDDEN_QUERY}": [42.39, 19.77], "other|Tiranë, Albania": [41.3, 19.8]}
    cache_file.write_text(json.dumps(older), encoding="utf-8")  # an older svcmatch cached it
    cache_file.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        assert _online(hidden_root, "--user-agent", "x").exit_code == 0
    finally:
        os.umask(old_umask)
    assert cache_file.stat().st_mode & 0o777 == 0o600
    cached = json.loads(cache_file.read_text(encoding="utf-8"))
    assert "other|Tiranë, Albania" in cached and not any("Fshehtë" in key for key in cached)


def test_a_new_cache_is_created_private(tmp_path: Path) -> None:
    cache = geo.GeocodeCache(tmp_path / "new" / "nominatim.json")
    cache.put("x", (1.0, 2.0))
    old_umask = os.umask(0)
    try:
        cache.save()
    finally:
        os.umask(old_umask)
    assert cache.path.stat().st_mode & 0o777 == 0o600
    assert cache.path.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("url", ["http://[::1", "http://host:port/", "https://", "http://user:pw@"])
def test_a_malformed_nominatim_url_is_one_line(root: Path, fake: type[FakeNominatim], url: str) -> None:
    # 'http://[::1' was a traceback (ValueError: Invalid IPv6 URL, found by the attacks engineer)
    result = _online(root, "--user-agent", "x", "--nominatim-url", url)
    assert result.exit_code == 2, result.output
    assert "is not a Nominatim URL" in result.stderr and result.stderr.count("\n") == 1
    assert "pw" not in result.stderr and not fake.calls


def test_a_nominatim_url_with_a_password_is_never_printed(root: Path, fake: type[FakeNominatim]) -> None:
    fake.fail = True
    result = _online(
        root, "--user-agent", "x", "--nominatim-url", "https://office:s3cret@geo.example.org:8443/n"
    )
    assert result.exit_code == 5
    assert "geo.example.org:8443" in result.stderr
    assert "s3cret" not in result.stderr and "office" not in result.stderr
    assert fake.init["domain"] == "office:s3cret@geo.example.org:8443/n"  # still sent to the server


def test_a_city_read_only_by_a_close_spelling_is_skipped_not_placed_there(tmp_path: Path) -> None:
    # A city the gazetteer lacks that locate reads by a close spelling: `add` stores the city
    # as written (below geo.CITY_MISSPELLING), so geocode placed it at the town it is close to,
    # a guess written into the directory file (Bhaktapur at Bharatpur, 100 km away, until
    # Nepal's file listed Bhaktapur). Bardibas (Mahottari, NP-P2) is close to Bardiyā in
    # NP-P5: the skip said "city 'Bardibas' is Bardiyā in NP-P5, not in its region", a close
    # spelling told as a fact.
    store = DirectoryStore("NP", tmp_path)
    store.create(title="test")
    with store.transaction(action="test") as transaction:
        transaction.put(Provider(id="np-bar-0001", name="Saathi", city="Bardibas", region="NP-P2"))
        hidden = Provider(id="np-bar-0002", name="Safe house", city="Bardibas", region="NP-P2")
        transaction.put(replace(hidden, confidential_address=True))
        transaction.put(Provider(id="np-kat-0003", name="Maiti", city="Kathmandu", region="NP-P3"))
    command = ["--directories", str(tmp_path), "directory", "geocode", "NP", "-f", "json"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    skipped = rows["np-bar-0001"]["skipped"]
    assert "'Bardibas' is no place of the gazetteer as written (only close to Bardiyā" in skipped
    assert "is Bardiyā" not in skipped and "set latitude and longitude by hand" in skipped
    # NP's file keeps every place GeoNames lists: building it again would not add Bardibas
    assert "gazetteer build" not in skipped
    shown = rows["np-bar-0002"]
    assert "could not be placed" in shown["skipped"] and "Bardibas" not in json.dumps(shown)
    providers = {p.id: p for p in DirectoryStore("NP", tmp_path).load().providers}
    assert providers["np-bar-0001"].latitude is None and providers["np-bar-0002"].latitude is None
    assert providers["np-kat-0003"].latitude is not None


def test_no_network_says_the_server_could_not_be_reached_not_urllib3s_text(
    root: Path, fake: type[FakeNominatim], monkeypatch: pytest.MonkeyPatch
) -> None:
    # session twenty-eight's newcomer (find 38): without a network the error was geopy's text,
    # "Nominatim at nominatim.openstreetmap.org failed: HTTPSConnectionPool(host=...) ... (Caused
    # by NameResolutionError(\"HTTPS", cut at 200 characters
    from geopy.exc import GeocoderTimedOut, GeocoderUnavailable

    said = {
        "HTTPSConnectionPool(host='nominatim.openstreetmap.org', port=443): Max retries exceeded with "
        'url: /search?q=Shkoder%2C+Albania (Caused by NameResolutionError("<urllib3.connection.'
        "HTTPSConnection object>: Failed to resolve 'nominatim.openstreetmap.org'\"))": (
            "its name does not resolve"
        ),
        "[Errno 111] Connection refused": "the connection was refused",
    }
    for text, reason in said.items():

        def unreachable(self: FakeNominatim, query: str, error: str = text, **kwargs: Any) -> None:
            raise GeocoderUnavailable(error)

        monkeypatch.setattr(FakeNominatim, "geocode", unreachable)
        result = _online(root, "--user-agent", "x")
        assert result.exit_code == 5
        assert result.stderr.count("\n") == 1, result.stderr
        assert "could not reach Nominatim at nominatim.openstreetmap.org" in result.stderr
        assert reason in result.stderr and "run without --online" in result.stderr
        assert "HTTPSConnectionPool" not in result.stderr and "Errno" not in result.stderr

    def timed_out(self: FakeNominatim, query: str, **kwargs: Any) -> None:
        raise GeocoderTimedOut("Service timed out")

    monkeypatch.setattr(FakeNominatim, "geocode", timed_out)
    assert "did not answer in time" in _online(root, "--user-agent", "x").stderr


def test_a_server_that_answers_with_an_error_is_said_as_it_answered(
    root: Path, fake: type[FakeNominatim]
) -> None:
    fake.fail = True  # 'HTTP Error 503: Service Unavailable': reached, and it said so
    result = _online(root, "--user-agent", "x")
    assert "Nominatim at nominatim.openstreetmap.org failed: HTTP Error 503" in result.stderr
