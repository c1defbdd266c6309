"""Where to get help in person, and what the "Xorijda ish" platform does: two content kinds.

`offices.yaml` is the directory of centres and offices: the agency's regional offices, the Uchtepa and
Termez centres, language schools, mobile visa centres (each visit an entry with its dates and place) and
attachés and offices abroad. An entry at home names its region; one abroad names its destination country,
so a country guide can list that country's offices. `services.yaml` is the platform's catalogue, each
service saying whether it needs the platform or the kiosk itself answers it (and on which screen).

Loading, checks and the bundle documents live here; the kiosk reads the rows through its content store.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from content.errors import Problem
from content.formats import DATE_FORMAT, id_problem, is_phone, parse_date, placeholder_phone_problem
from content.model import COUNTRIES, LANGUAGES, Origin
from content.regions import REGIONS

if TYPE_CHECKING:
    from content.checks import Report

OFFICE_KINDS: tuple[str, ...] = ("regional_office", "centre", "language_school", "mobile_visa", "abroad")
# A service the kiosk answers opens one of these screens; the others need the platform.
KIOSK_SCREENS: tuple[str, ...] = (
    "check", "countries", "callback", "offices", "services", "alerts", "report", "contacts",
)
ANSWERED_BY: tuple[str, ...] = ("kiosk", "platform")
HOME = "uz"
_GEO = re.compile(r"(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?)")
OFFICE_LIMITS = {"name": 70, "address": 160, "hours": 80, "does": 240}
SERVICE_LIMITS = {"name": 60, "what": 200, "who": 120, "bring": 160}


@dataclass(frozen=True)
class Office:
    id: str
    kind: str
    order: int
    region: str | None  # at home: a region id from content.regions
    country: str  # "uz" at home, the destination abroad
    phone: str | None
    geo: str | None  # "lat,lon", for a geo: QR
    open_from: str | None  # a mobile visa centre's visit
    open_until: str | None
    sample: bool
    texts: Mapping[str, Mapping[str, str]]  # field -> lang -> text
    origin: Origin


@dataclass(frozen=True)
class PlatformService:
    id: str
    order: int
    answered_by: str
    kiosk_screen: str | None
    qr: str
    sample: bool
    texts: Mapping[str, Mapping[str, str]]
    origin: Origin


def load_offices(root: Path, problems: list[Problem]) -> tuple[Office, ...]:
    from content.entries import entries  # the YAML reader: only the source tools need it, not an apply

    offices = []
    for r in entries(root, "offices.yaml", problems, required=False):
        offices.append(Office(
            id=r.text("id"), kind=r.text("kind"), order=r.integer("order"),
            region=r.optional_text("region"), country=r.text("country"), phone=r.optional_text("phone"),
            geo=r.optional_text("geo"), open_from=r.optional_text("open_from", what=DATE_FORMAT),
            open_until=r.optional_text("open_until", what=DATE_FORMAT), sample=r.boolean("sample"),
            texts={name: r.lang_map(name) for name in OFFICE_LIMITS}, origin=r.done(),
        ))
    return tuple(offices)


def load_services(root: Path, problems: list[Problem]) -> tuple[PlatformService, ...]:
    from content.entries import entries  # see load_offices

    services = []
    for r in entries(root, "services.yaml", problems, required=False):
        services.append(PlatformService(
            id=r.text("id"), order=r.integer("order"), answered_by=r.text("answered_by"),
            kiosk_screen=r.optional_text("kiosk_screen"), qr=r.text("qr"), sample=r.boolean("sample"),
            texts={name: r.lang_map(name) for name in SERVICE_LIMITS}, origin=r.done(),
        ))
    return tuple(services)


def _ids(report: Report, items: tuple[Office, ...] | tuple[PlatformService, ...], kind: str) -> None:
    seen: dict[str, int | None] = {}
    for item in items:
        if not item.origin.ok("id"):
            continue
        if problem := id_problem(item.id):
            report.at(item.origin, "id", problem)
        if item.id in seen:
            report.at(item.origin, "id", f"duplicate {kind} id '{item.id}' (first on line {seen[item.id]})")
        seen.setdefault(item.id, item.origin.line)


def _texts(report: Report, origin: Origin, texts: Mapping[str, Mapping[str, str]],
           limits: Mapping[str, int]) -> None:
    for name, by_lang in texts.items():
        for lang, text in by_lang.items():
            report.length(origin, name, text, limits[name], label=f"{name} ({lang})")
            report.uz_latn(origin, name, lang, [text])


def check_offices(report: Report, offices: tuple[Office, ...]) -> None:
    _ids(report, offices, "office")
    for o in offices:
        origin = o.origin
        report.choice(origin, "kind", o.kind, OFFICE_KINDS)
        report.order(origin, "order", o.order)
        if origin.ok("country") and o.country not in COUNTRIES:
            report.at(origin, "country", f"unknown country code '{o.country}'; use uz for an office at home")
        at_home = o.country == HOME
        if at_home and o.region not in REGIONS and origin.ok("region"):
            report.at(origin, "region", f"an office at home needs a region: one of {', '.join(REGIONS)}")
        if not at_home and o.region is not None:
            report.at(origin, "region", "an office abroad has a country, not a region")
        if (o.kind == "abroad") == at_home and origin.ok("kind"):
            report.at(origin, "kind", "kind 'abroad' is for an office outside Uzbekistan (country not uz)")
        if o.phone is not None and origin.ok("phone"):
            if not is_phone(o.phone):
                report.at(origin, "phone", f"phone '{o.phone}' may contain only digits, spaces, +, -, (, )")
            elif o.sample and (problem := placeholder_phone_problem(o.phone)):
                report.at(origin, "phone", problem)
        if o.geo is not None and origin.ok("geo") and not _geo_ok(o.geo):
            report.at(origin, "geo", f"geo '{o.geo}' must be 'latitude,longitude' in degrees: 41.31,69.28")
        report.date(origin, "open_from", o.open_from)
        report.date(origin, "open_until", o.open_until)
        if o.kind == "mobile_visa" and not (o.open_from and o.open_until) and origin.ok("kind"):
            report.at(origin, "kind", "a mobile visa centre needs open_from and open_until (its visit)")
        start, end = parse_date(o.open_from or ""), parse_date(o.open_until or "")
        if start and end and end < start:
            report.at(origin, "open_until", f"open_until {o.open_until} is before open_from {o.open_from}")
        _texts(report, origin, o.texts, OFFICE_LIMITS)


def _geo_ok(geo: str) -> bool:
    m = _GEO.fullmatch(geo.replace(" ", ""))
    if m is None:
        return False
    return abs(float(m[1])) <= 90 and abs(float(m[2])) <= 180


def check_services(report: Report, services: tuple[PlatformService, ...]) -> None:
    _ids(report, services, "service")
    for s in services:
        origin = s.origin
        report.order(origin, "order", s.order)
        report.choice(origin, "answered_by", s.answered_by, ANSWERED_BY)
        report.url(origin, "qr", s.qr)
        if s.answered_by == "kiosk" and s.kiosk_screen not in KIOSK_SCREENS and origin.ok("kiosk_screen"):
            report.at(origin, "kiosk_screen", f"a service the kiosk answers names its screen: one of "
                                              f"{', '.join(KIOSK_SCREENS)}")
        if s.answered_by == "platform" and s.kiosk_screen is not None:
            report.at(origin, "kiosk_screen", "a service that needs the platform has no kiosk_screen")
        _texts(report, origin, s.texts, SERVICE_LIMITS)


def _lang_texts(texts: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, Any]]:
    return {lang: {**{name: texts[name][lang] for name in texts}, "fallback": None} for lang in LANGUAGES}


def offices_doc(offices: tuple[Office, ...]) -> dict[str, Any]:
    return {"offices": [
        {"id": o.id, "kind": o.kind, "order": o.order, "region": o.region, "country": o.country,
         "phone": o.phone, "geo": o.geo.replace(" ", "") if o.geo else None, "open_from": o.open_from,
         "open_until": o.open_until, "sample": o.sample, "texts": _lang_texts(o.texts)}
        for o in sorted(offices, key=lambda o: (o.order, o.id))
    ]}


def services_doc(services: tuple[PlatformService, ...]) -> dict[str, Any]:
    return {"services": [
        {"id": s.id, "order": s.order, "answered_by": s.answered_by, "kiosk_screen": s.kiosk_screen,
         "qr": s.qr, "sample": s.sample, "texts": _lang_texts(s.texts)}
        for s in sorted(services, key=lambda s: (s.order, s.id))
    ]}
