"""`svcmatch gazetteer build` and `svcmatch directory geocode`: making and filling in place data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import click

from ..errors import InputError
from ..geo import build as builder
from ..geo import geocode as geo
from ..geo import resolve_country
from ..geo.gazetteer import left_out_text, load_gazetteer, user_data_dir
from ..model import Directory, Provider
from ..render import render
from . import LazyGroup
from .common import (
    AppContext,
    WholeNumber,
    emit,
    format_option,
    handle_errors,
    open_store,
    pass_app,
    reports_on_stdout,
    table_width,
    warn,
)


@click.group(cls=LazyGroup)  # a mistyped subcommand as `directory`'s: 'did you mean list?'
def gazetteer() -> None:
    """Offline place data: build a country's gazetteer with its smaller places and seats.

    Every country ships one of its places of 1,000 people or more and its administrative
    seats (AL, MA, NG, UA and 19 others, ID, NP, PE, TH, VN ...: every place GeoNames lists, 500
    people or more); a build keeps the places of 500 to 999 too, and every command reads it
    before the shipped file.

    \b
    Example:
      svcmatch gazetteer build MD
    """


@gazetteer.command("build")
@click.argument("countries", nargs=-1, metavar="CC...")
@click.option(
    "--all", "every", is_flag=True, help="Every country with ISO 3166-2 subdivisions, and Kosovo (XK)."
)
@click.option("--skip", multiple=True, metavar="CC", help="With --all: leave this country out; repeatable.")
@click.option(
    "--min-population",
    type=WholeNumber(500, 10_000_000),
    default=500,
    show_default=True,
    help="Only places with at least this many people, and the administrative seats whose "
    "population GeoNames does not give (always kept). 500 keeps every place GeoNames lists.",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to write <cc>.json.gz to. Default: the user data folder that locate reads "
    "($XDG_DATA_HOME/svcmatch/gazetteers).",
)
@click.option(
    "--countries",
    "country_names",
    is_flag=True,
    help="Also write countries.json and country_names.json.gz (names in every language pycountry knows).",
)
@handle_errors
def build(
    countries: tuple[str, ...],
    every: bool,
    skip: tuple[str, ...],
    min_population: int,
    output: Path | None,
    country_names: bool,
) -> None:
    """Build compact gazetteers from GeoNames (needs pip install 'svcmatch[gazetteer]').

    Regions are matched to ISO 3166-2 by their own names and by geometry (the region's
    reference point from the iso3166-2 package must lie among the region's places); every
    GeoNames region that could not be matched is reported, never guessed. The shipped files
    are made by these two commands (docs/geography.md):

    
    svcmatch gazetteer build --all --skip AL --skip MA --skip NG --skip UA --min-population 1000 \\
        --countries -o svcmatch/geo/data
    svcmatch gazetteer build AL MA NG UA AF BO EC ID IQ JO KG KH LA MN NP PE SY TH UG UZ VE \\
        VN YE -o svcmatch/geo/data

    \b
    Examples:
      svcmatch gazetteer build MD
      svcmatch gazetteer build XK -o ./gazetteers
    """
    if not countries and not every:
        raise InputError("which countries?", "give country codes (svcmatch gazetteer build MD NG) or --all")
    folder = output if output is not None else user_data_dir()
    if country_names:
        for path in builder.write_country_files(folder):
            warn(f"wrote {path}")
    left_out = {resolve_country(cc).alpha2 for cc in skip}
    cities: list[builder.City] = []
    smaller: Counter[str] = Counter()  # per country, the places the threshold leaves out
    for city in builder._cities():
        if builder.kept(city, min_population):
            cities.append(city)
        else:
            smaller[city["countrycode"]] += 1
    wanted = [cc for cc in builder.all_countries(cities) if cc not in left_out] if every else list(countries)
    if every and (empty := sorted(set(builder.all_countries()) - set(wanted) - left_out)):
        warn(f"no GeoNames places of {min_population} or more people, not built: {', '.join(empty)}")
    for country in wanted:
        report: list[str] = []
        document = builder.build_gazetteer(country, cities, report)
        if min_population > builder.MIN_POPULATION:  # says whether building at 500 adds places
            document["source"] += left_out_text(smaller[document["country"]], min_population)
        path = builder.write_compact(document, folder / builder.gazetteer_filename(document["country"]))
        unmapped = sum(1 for town in document["towns"] if not town[4])
        warn(
            f"wrote {path}: {len(document['towns'])} places, {len(document['regions'])} regions"
            + (f", {unmapped} places without a region" if unmapped else "")
        )
        for line in report:
            warn("  not mapped: " + line)
    warn(f"wrote {builder.write_town_index(folder)}")
    load_gazetteer.cache_clear()


@click.command()
@click.argument("country")
@click.option(
    "--online",
    is_flag=True,
    help="Ask OpenStreetMap's Nominatim (network) instead of the "
    "offline gazetteer. At most one request per second; answers are cached on disk.",
)
@click.option("--dry-run", is_flag=True, help="Show what would be filled; change nothing.")
@click.option(
    "--user-agent",
    "user_agent",
    default=None,
    metavar="TEXT",
    help="Who you are, for Nominatim (required with --online; or $SVCMATCH_USER_AGENT).",
)
@click.option(
    "--nominatim-url",
    "nominatim_url",
    default=None,
    metavar="URL",
    help="Your own Nominatim server (default: https://nominatim.openstreetmap.org).",
)
@format_option()
@pass_app
@handle_errors
@reports_on_stdout
def geocode(
    app: AppContext,
    country: str,
    online: bool,
    dry_run: bool,
    user_agent: str | None,
    nominatim_url: str | None,
    fmt: str,
) -> None:
    """Fill in missing provider coordinates: offline from the gazetteer (town centre, marked
    approximate), or with --online from Nominatim.

    \b
    Examples:
      svcmatch directory geocode AL --dry-run
      svcmatch directory geocode UA --online --user-agent "iom-kyiv-svcmatch (it@example.org)"
    """
    store = open_store(app, country)
    if not dry_run and store.read_only:
        with store.transaction(action="geocode"):
            pass  # raises the store's ReadOnlyError before any work (or any network request)
    directory = store.load()
    if online:
        url = nominatim_url or geo.DEFAULT_NOMINATIM
        agent = geo.user_agent_or_error(user_agent or app.settings.user_agent)
        geocoder = geo.nominatim_geocoder(agent, url, directory.info.country)
        result = geo.geocode_online(directory, geocoder, geo.GeocodeCache(geo.cache_path(app.settings)), url)
    else:
        result = geo.geocode_offline(directory)
    written = 0
    if not dry_run and result.fills:
        with store.transaction(action="geocode") as transaction:
            result = _still_as_looked_up(result, directory, transaction.get)
            written = geo.apply_fills(result.fills, transaction.get, transaction.put)
    emit(render(geo.fill_rows(result), fmt, width=table_width()))
    verb = "would fill" if dry_run else "filled"
    count = len(result.fills) if dry_run else written
    warn(
        f"{verb} {count} of {len(geo.missing(directory))} providers without coordinates"
        + (f"; {len(result.skips)} skipped" if result.skips else "")
    )


def _still_as_looked_up(
    result: geo.GeocodeResult, directory: Directory, get: Callable[[str], Provider | None]
) -> geo.GeocodeResult:
    """The fills of records whose address, town, region and confidentiality are as they were
    looked up; the others are skips, not written nor shown: another writer changed them during
    the look-up (minutes online), and the point found is the old place's (or, for a shelter
    marked confidential meanwhile, its place, which the table would print)."""
    looked_up = {provider.id: provider for provider in directory.providers}
    fills, skips = [], list(result.skips)
    for fill in result.fills:
        current, before = get(fill.provider_id), looked_up.get(fill.provider_id)
        if current is not None and before is not None and _place(current) == _place(before):
            fills.append(fill)
        else:
            skips.append(
                geo.Skip(fill.provider_id, fill.name, "changed during the look-up: run geocode again")
            )
    return geo.GeocodeResult(tuple(fills), tuple(skips))


def _place(provider: Provider) -> tuple[object, ...]:
    """What a geocoder looks a provider up by (and whether its point may be shown)."""
    return (provider.address, provider.city, provider.region, provider.confidential_address)
