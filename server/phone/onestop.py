"""The one-stop pages of the phone edition: centres and offices, and the platform's services.

The same content as the kiosk's Centres and offices and Platform services screens, in the same words (the
kiosk's catalogue, contexts `OfficesScreen` and `ServicesScreen`). On a phone a number is a `tel:` link
and a place a `geo:` link (the phone's own map app); the region and country filters are plain links to
stable paths, so a filtered list can be bookmarked, exported and carried by a CDN:

    offices            everything: in Uzbekistan, then abroad
    offices/uz         in Uzbekistan            offices/{region}    one region (content/regions.py ids)
    offices/abroad     abroad                   offices/{country}   one destination country (ISO, lower case)
    services           the platform's services; `services#{id}` is one of them

A mobile visa centre's visit that has ended is left out, as on the kiosk.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from content.collation import by_name
from content.directory import HOME
from content.locale_text import country_name
from content.regions import REGIONS, region_name
from server.phone.pages import Missing, Page, day, guide_name, list_note, texts
from server.phone.source import Snapshot
from server.phone.words import Words

ABROAD = "abroad"
# Where a service the kiosk answers itself leads on the phone (the kiosk's screen → the phone's page).
_PHONE_PAGE = {"check": "check", "countries": "countries", "callback": "contacts", "offices": "offices",
               "services": "services", "alerts": "alerts", "report": "contacts#agency",
               "contacts": "contacts"}


def open_offices(snap: Snapshot, today: date) -> list[Mapping[str, Any]]:
    """Offices in the kiosk's order; a mobile visit that ended before `today` is gone."""
    day = today.isoformat()
    shown = [o for o in snap.bundle.offices if o["open_until"] is None or o["open_until"] >= day]
    return sorted(shown, key=lambda o: (o["order"], o["id"]))


def country_names(snap: Snapshot, w: Words, codes: list[str]) -> dict[str, str]:
    """Each country's name for a reader: its guide's name, else CLDR's (content.locale_text)."""
    guides = {g["country"]: guide_name(g, w) for g in snap.bundle.guides}
    return {code: guides.get(code) or country_name(code, w.lang) for code in codes}


def places(snap: Snapshot, today: date) -> list[str]:
    """Every filter path below `offices/` that has something to show (the static export writes each)."""
    offices = open_offices(snap, today)
    regions = {o["region"] for o in offices if o["country"] == HOME}
    countries = sorted({o["country"] for o in offices if o["country"] != HOME})
    return [HOME, ABROAD, *(r for r in REGIONS if r in regions), *countries]


def offices(snap: Snapshot, w: Words, today: date, place: str | None) -> Page:
    """The offices page, all of them or those of one place (see the module docstring)."""
    k = "OfficesScreen"
    everything = open_offices(snap, today)
    if place is not None and place not in places(snap, today):
        raise Missing(f"offices/{place}")
    home_regions = [r for r in REGIONS if any(o["region"] == r for o in everything if o["country"] == HOME)]
    abroad = sorted({o["country"] for o in everything if o["country"] != HOME})
    names = country_names(snap, w, abroad)
    abroad = by_name(abroad, names.__getitem__, w.lang)  # as the reader reads, as the kiosk lists them
    # The first chip of each bar says all of what, as the kiosk's chips do (screens/widgets/chip_bar.py).
    filters = [
        {"title": w.kiosk(k, "In Uzbekistan"), "links": [
            _link(w.kiosk(k, "All regions"), HOME, place), *(_link(region_name(r, w.lang), r, place)
                                                             for r in home_regions)]},
        {"title": w.kiosk(k, "Abroad"), "links": [
            _link(w.kiosk(k, "All countries"), ABROAD, place), *(_link(names.get(c, c.upper()), c, place)
                                                                 for c in abroad)]},
    ]
    sections = []
    langs: list[str | None] = []
    for where, title in ((HOME, w.kiosk(k, "In Uzbekistan")), (ABROAD, w.kiosk(k, "Abroad"))):
        at_home = where == HOME
        chosen = [o for o in everything if (o["country"] == HOME) == at_home
                  and place in (None, where, o["region"], o["country"])]
        if place is None or chosen or place == where:
            shown = [_office(o, w) for o in chosen]
            sections.append({"title": title, "offices": shown})
            langs += [o["lang"] for o in shown]
    note = list_note(w, langs)
    title = w.kiosk(k, "Centres and offices")
    if place is not None:
        title = f"{title}: {_place_name(place, w, names)}"
    return Page("offices.html", title, {
        "filters": filters, "sections": sections, "empty": w.kiosk(k, "No office is listed here yet."),
        "lead": w("Where to get help in person"), "note": note}, daily=True)


def _place_name(place: str, w: Words, names: Mapping[str, str]) -> str:
    k = "OfficesScreen"
    if place == HOME:
        return w.kiosk(k, "In Uzbekistan")
    if place == ABROAD:
        return w.kiosk(k, "Abroad")
    return region_name(place, w.lang) if place in REGIONS else names.get(place, place.upper())


def _link(text: str, place: str, current: str | None) -> dict[str, Any]:
    return {"text": text, "href": f"offices/{place}", "current": place == current}


def _office(o: Mapping[str, Any], w: Words) -> dict[str, Any]:
    k = "OfficesScreen"
    kinds = {"regional_office": w.kiosk(k, "Migration Agency office"), "centre": w.kiosk(k, "Centre"),
             "language_school": w.kiosk(k, "Language school"),
             "mobile_visa": w.kiosk(k, "Mobile visa centre"), "abroad": w.kiosk(k, "Office abroad")}
    text = texts(o, w)
    visit = None
    if o["open_from"] and o["open_until"]:
        visit = w.kiosk(k, "Open from {start} to {end}", start=day(o["open_from"], w),
                        end=day(o["open_until"], w))
    return {"id": o["id"], "kind": kinds.get(o["kind"], o["kind"]), "name": text["name"], "visit": visit,
            "lang": text["lang"],
            "does": text["does"], "address": w.kiosk(k, "Address: {address}", address=text["address"]),
            "hours": w.kiosk(k, "Hours: {hours}", hours=text["hours"]), "phone": o["phone"],
            "geo": "geo:" + o["geo"].replace(" ", "") if o["geo"] else None, "map": w("Show on the map"),
            "sample": w.kiosk(k, "SAMPLE") if o["sample"] else None}


def services(snap: Snapshot, w: Words) -> Page:
    """The platform's services: what each is, for whom, what to bring, and where to continue."""
    k = "ServicesScreen"
    listed = []
    for s in sorted(snap.bundle.services, key=lambda s: (s["order"], s["id"])):
        text = texts(s, w)
        here = s["answered_by"] == "kiosk" and s["kiosk_screen"] in _PHONE_PAGE
        listed.append({
            "id": s["id"], "name": text["name"], "what": text["what"], "lang": text["lang"],
            "who": w.kiosk(k, "For: {who}", who=text["who"]),
            "bring": w.kiosk(k, "Bring: {what}", what=text["bring"]),
            "platform": None if here else w.kiosk(k, "Needs the platform"),
            "href": _PHONE_PAGE[s["kiosk_screen"]] if here else None,
            "url": None if here else s["qr"],
            "open": w("Open ›") if here else w("Open on the platform ›"),
            "sample": w.kiosk(k, "SAMPLE") if s["sample"] else None})
    return Page("services.html", w.kiosk(k, "Platform services"), {
        "services": listed, "lead": w("What the “Xorijda ish” platform offers"),
        "note": list_note(w, (s["lang"] for s in listed))})
