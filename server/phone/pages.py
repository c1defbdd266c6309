"""What each phone page shows, decided from a content snapshot; no HTTP here (the routes and the static
export both call these). Every function returns a `Page` or raises `Missing` for an unknown id.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from content.languages import content_language, text_in
from content.locale_text import country_name
from content.model import Agency
from content.reasons import AGENCY_REASONS, WARNING_REASONS
from content.search.engine import MAX_QUERY_CHARS
from content.verdict import Kind, Verdict, agency_verdict, is_stale, licence_kind, not_found, warning_verdict
from server.phone.memo import long_date
from server.phone.render import fill, phone_field, phones
from server.phone.source import Snapshot
from server.phone.words import NAMES, Words

_SEVERITY = {"urgent": 0, "warning": 1, "info": 2}
STALE_AFTER_DAYS = 7  # the kiosk's default `stale_after_days`: older registry data never shows plain green
MAX_RESULTS = 20
ICONS = {Kind.LICENSED: "✔", Kind.SUSPENDED: "⏸", Kind.REVOKED: "✖", Kind.EXPIRED: "✖",
         Kind.WARNING_LIST: "⚠", Kind.NOT_FOUND: "?"}


class Missing(Exception):
    """No such article, guide, alert, agency or warning: the caller answers 404."""


@dataclass
class Page:
    """A template and its values; `title` is the page's h1 and <title>."""

    template: str
    title: str
    values: dict[str, Any] = field(default_factory=dict)
    registry: bool = False  # depends on the registry and today's date (shorter caching)
    daily: bool = False  # depends on today's date (alerts in force, a mobile visit's dates): in the ETag
    # Values that differ from page to page of one shape, with the filter the template applies to each:
    # such pages are filled into kept pieces rather than rendered in full (server/phone/pieces.py).
    slots: Mapping[str, Callable[[str], Markup]] = field(default_factory=dict)


def _text(item: Mapping[str, Any], lang: str) -> tuple[Mapping[str, Any], str | None]:
    """An item's texts for a reader of `lang` (content.languages' one fallback rule: the kiosk's other
    languages are shown the Uzbek or Russian text), and the language actually shown when it is not `lang`."""
    text = text_in(item["texts"], lang)
    return text, text.get("fallback")


def texts(item: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """An item's texts for a list entry, with `lang` set (for the HTML `lang` attribute) when they are in
    another language than the page."""
    text = text_in(item["texts"], w.lang)
    return {**text, "lang": text.get("fallback")}


def list_note(w: Words, shown: Any) -> str | None:
    """The fallback note for a list page: once, naming the languages its entries are shown in instead."""
    langs = sorted({lang for lang in shown if lang})
    if not langs:
        return None
    return w.kiosk("ReaderScreen", "Not yet translated into your language. Shown in: {language}",
                   language=", ".join(NAMES.get(lang, lang) for lang in langs))


def reason(w: Words, code: str, free_text: str) -> str:
    """The label of a registry reason code in the reader's language (the kiosk's "Reasons" translations of
    content.reasons' English labels), else the office's own words, as the kiosk's verdict shows it."""
    label = AGENCY_REASONS.get(code) or WARNING_REASONS.get(code)
    return w.kiosk("Reasons", label) if label else free_text


def day(value: str | None, w: Words) -> str:
    """A date as the reader's language writes it (CLDR, content.locale_text), "—" when there is none."""
    return long_date(value, w.lang) if value else "—"


def _fallback_note(w: Words, shown: str | None) -> str | None:
    if not shown:
        return None
    return w.kiosk("ReaderScreen", "Not yet translated into your language. Shown in: {language}",
                   language=NAMES.get(shown, shown))


def active_alerts(snap: Snapshot, today: date) -> list[Mapping[str, Any]]:
    """Alerts in force today, urgent first, newest first within a severity (as the kiosk lists them)."""
    day = today.isoformat()
    alerts: list[Mapping[str, Any]] = [a for a in snap.bundle.alerts
              if a["published_on"] <= day and (a["expires_on"] is None or a["expires_on"] > day)]
    alerts.sort(key=lambda a: a["id"])
    alerts.sort(key=lambda a: a["published_on"], reverse=True)
    alerts.sort(key=lambda a: _SEVERITY.get(a["severity"], 9))
    return alerts


def home(snap: Snapshot, w: Words, today: date) -> Page:
    """The kiosk's tasks, with verified vacancies where the kiosk's Home has its jobs tile."""
    urgent = next((a for a in active_alerts(snap, today) if a["severity"] == "urgent"), None)
    k = "HomeScreen"
    tiles = [
        ("check", w.kiosk(k, "Check an agency"), w.kiosk(k, "Is the agency that recruited you licensed?")),
        ("alerts", w.kiosk(k, "Fraud warnings"), w.kiosk(k, "How people are cheated, and how to stay safe")),
        ("topics", w.kiosk(k, "Your rights and legal work"),
         w.kiosk(k, "Fees, contracts, passports, legal ways to work abroad")),
        ("countries", w.kiosk(k, "Country guides"),
         w.kiosk(k, "Entry rules, documents and scams, country by country")),
        ("vacancies", w.kiosk("VacanciesScreen", "Verified vacancies"),
         w("Jobs abroad from licensed agencies only")),
        ("contacts#agency", w.kiosk(k, "Report fraud"), w.kiosk(k, "Tell the agency about a fake recruiter")),
        ("contacts", w.kiosk(k, "Help and hotlines"), w.kiosk(k, "Whom to call at home and abroad")),
    ]
    banner = None
    if urgent:
        shown = texts(urgent, w)
        banner = {"kicker": w.kiosk(k, "URGENT WARNING"), "title": shown["title"], "lang": shown["lang"],
                  # which language the title is shown in, when not the page's (as the alert page says)
                  "note": list_note(w, [shown["lang"]]),
                  "href": f"alert/{urgent['id']}", "more": w.kiosk(k, "Read ›")}
    return Page("home.html", w.kiosk(k, "How can we help you?"),
                {"tiles": [{"href": h, "title": t, "text": x} for h, t, x in tiles], "banner": banner,
                 "more": one_stop_links(w)}, daily=True)


def topics(snap: Snapshot, w: Words) -> Page:
    lang = content_language(w.lang)
    by_topic: dict[str, list[Mapping[str, Any]]] = {}
    for article in sorted(snap.bundle.articles, key=lambda a: (a["order"], a["id"])):
        by_topic.setdefault(article["topic"], []).append(article)
    groups = []
    for topic in sorted(snap.bundle.topics, key=lambda t: (t["order"], t["id"])):
        articles = [{"href": f"article/{a['id']}", **texts(a, w), "sample": a["sample"]}
                    for a in by_topic.get(topic["id"], [])]
        if articles:
            groups.append({"title": topic["title"][lang], "summary": topic["summary"][lang],
                           "lang": None if lang == w.lang else lang, "articles": articles})
    shown = [g["lang"] for g in groups] + [a["lang"] for g in groups for a in g["articles"]]
    return Page("topics.html", w.kiosk("TopicsScreen", "Your rights and legal work"),
                {"groups": groups, "note": list_note(w, shown)})


def article(snap: Snapshot, w: Words, article_id: str) -> Page:
    item = next((a for a in snap.bundle.articles if a["id"] == article_id), None)
    if item is None:
        raise Missing(article_id)
    text, shown = _text(item, w.lang)
    return Page("article.html", text["title"], {
        "summary": text["summary"], "body": text["body"], "sample": item["sample"],
        "fallback": _fallback_note(w, shown), "text_lang": shown or w.lang,
        "meta": [w.kiosk("ArticleScreen", "Source: {source}", source=item["source"]),
                 w.kiosk("ArticleScreen", "Checked on: {date}", date=day(item["reviewed_on"], w))]})


def severity_labels(w: Words) -> dict[str, str]:
    k = "AlertsScreen"
    return {"urgent": w.kiosk(k, "URGENT"), "warning": w.kiosk(k, "WARNING"),
            "info": w.kiosk(k, "GOOD TO KNOW")}


def alerts(snap: Snapshot, w: Words, today: date) -> Page:
    k = "AlertsScreen"
    labels = severity_labels(w)
    items = [{"href": f"alert/{a['id']}", **texts(a, w), "severity": a["severity"],
              "label": labels.get(a["severity"], ""), "sample": a["sample"]}
             for a in active_alerts(snap, today)]
    return Page("alerts.html", w.kiosk(k, "Fraud warnings"), {
        "note": list_note(w, (a["lang"] for a in items)),
        "intro": w.kiosk(k, "Recruiters who break these rules are cheating you. Tap a warning to read more."),
        "empty": w.kiosk(k, "There are no warnings right now."), "items": items}, daily=True)


def alert(snap: Snapshot, w: Words, alert_id: str) -> Page:
    """An alert by id, also after it expired: a QR printed while it was in force must still open it."""
    item = next((a for a in snap.bundle.alerts if a["id"] == alert_id), None)
    if item is None:
        raise Missing(alert_id)
    text, shown = _text(item, w.lang)
    k = "AlertScreen"
    labels = severity_labels(w)
    return Page("alert.html", text["title"], {
        "severity_label": labels.get(item["severity"], ""),
        "summary": text["summary"], "body": text["body"], "severity": item["severity"],
        "red_flags": text["red_flags"], "actions": text["actions"], "sample": item["sample"],
        "flags_title": w.kiosk(k, "Warning signs"), "actions_title": w.kiosk(k, "What to do"),
        "fallback": _fallback_note(w, shown), "text_lang": shown or w.lang,
        "meta": [w.kiosk(k, "Published: {date}", date=day(item["published_on"], w))]})


def guide_name(guide: Mapping[str, Any], w: Words) -> str:
    """A country guide's name: the guide's own in the reader's language, else the country's name in that
    language from CLDR (a Kazakh reader gets "Оңтүстік Корея", not the Russian guide's "Южная Корея")."""
    text = text_in(guide["texts"], w.lang)
    return str(text["name"]) if not text.get("fallback") else country_name(guide["country"], w.lang)


def countries(snap: Snapshot, w: Words) -> Page:
    items = [{"href": f"guide/{g['country']}", **texts(g, w), "title": guide_name(g, w),
              "sample": g["sample"]}
             for g in sorted(snap.bundle.guides, key=lambda g: (g["order"], g["country"]))]
    return Page("countries.html", w.kiosk("CountriesScreen", "Country guides"), {
        "intro": w.kiosk("CountriesScreen", "Where are you going to work?"), "items": items,
        "note": list_note(w, (g["lang"] for g in items))})


def guide(snap: Snapshot, w: Words, country: str) -> Page:
    item = next((g for g in snap.bundle.guides if g["country"] == country), None)
    if item is None:
        raise Missing(country)
    text, shown = _text(item, w.lang)
    k = "GuideScreen"
    sections = [(key, w.kiosk(k, heading), text[key]) for key, heading in (
        ("route", "Legal route"), ("documents", "Documents"), ("scams", "Common scams"),
        ("contacts", "Contacts"))]
    return Page("guide.html", guide_name(item, w), {
        "summary": text["summary"], "sections": sections, "sample": item["sample"],
        "fallback": _fallback_note(w, shown), "text_lang": shown or w.lang,
        "meta": [w.kiosk(k, "Source: {source}", source=item["source"]),
                 w.kiosk(k, "Checked on: {date}", date=day(item["reviewed_on"], w))]})


def contacts(snap: Snapshot, w: Words) -> Page:
    k = "ContactsScreen"
    headings = {"agency": w.kiosk(k, "Migration Agency"), "consulate": w.kiosk(k, "Embassies and consulates"),
                "international": w.kiosk(k, "International organisations"),
                "emergency": w.kiosk(k, "Emergencies")}
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in sorted(snap.bundle.contacts, key=lambda c: (c["order"], c["id"])):
        text = texts(c, w)
        groups.setdefault(c["category"], []).append({
            "name": text["name"], "description": text["description"], "lang": text["lang"],
            "phone": c["phone"], "url": c["url"], "sample": c["sample"],
            "short_numbers": c["category"] == "emergency"})
    ordered: list[dict[str, Any]] = [{"id": cat, "title": headings.get(cat, cat), "entries": groups[cat]}
                                     for cat in ("agency", "consulate", "international", "emergency")
                                     if cat in groups]
    note = list_note(w, (c["lang"] for entries in groups.values() for c in entries))
    return Page("contacts.html", w.kiosk(k, "Help and hotlines"),
                {"groups": ordered, "more": one_stop_links(w), "note": note})


def one_stop_links(w: Words) -> list[dict[str, str]]:
    """Help in person and the platform's services: below Home's six tasks and atop Help and hotlines,
    where the kiosk has them too."""
    return [{"href": "offices", "text": w.kiosk("OfficesScreen", "Centres and offices")},
            {"href": "services", "text": w.kiosk("ServicesScreen", "Platform services")}]


def hotlines(snap: Snapshot, w: Words) -> list[dict[str, str | None]]:
    """The Migration Agency's numbers (name and phone, each number once), for "report it" on verdicts; a
    name shown in another language than the page's has the kiosk's note saying so (`note`)."""
    seen: dict[str, dict[str, str | None]] = {}
    for c in sorted(snap.bundle.contacts, key=lambda c: (c["order"], c["id"])):
        if c["category"] == "agency" and c["phone"] and c["phone"] not in seen:
            text = texts(c, w)
            seen[c["phone"]] = {"name": text["name"], "lang": text["lang"], "phone": c["phone"],
                                "note": _fallback_note(w, text["lang"])}
    return list(seen.values())


def stale(snap: Snapshot, today: date) -> bool:
    """`content.verdict.is_stale` for the phone: when the server last verified its published content, and
    the licensing office's own signed "registry data as of" date."""
    as_of = snap.registry_as_of
    signed = datetime.fromisoformat(as_of) if as_of else None
    return is_stale(snap.verified_at, signed, today, STALE_AFTER_DAYS)


def verdict_words(w: Words, v: Verdict) -> tuple[str, str, tuple[str, ...]]:
    """(headline, meaning, steps): the kiosk's words for a verdict, with the phone's way to report. Made
    once per language, verdict and staleness, the only parts of `w` and `v` they depend on (a results
    page asks for twenty)."""
    return _verdict_words(w.lang, v.kind, v.stale)


@functools.cache  # at most 8 languages × 6 verdicts × 2
def _verdict_words(lang: str, kind: Kind, stale: bool) -> tuple[str, str, tuple[str, ...]]:
    """(headline, meaning, steps): the kiosk's words for a verdict, with the phone's way to report."""
    w, k = Words(lang), "VerdictScreen"
    report = w("Call the Migration Agency's hotline to report it.")
    no_pay = w.kiosk(k, "Do not pay anyone and do not hand over your passport.")
    if kind is Kind.LICENSED and stale:
        return (w.kiosk("Status", "Licensed — registry may be out of date"),
                w("The registry data is more than {days} days old. The licence may have changed since.",
                  days=STALE_AFTER_DAYS), (no_pay,))
    table = {
        Kind.LICENSED: ("Licensed", "This agency holds a valid licence to place workers abroad.",
                        (w.kiosk(k, "The employer pays the placement fee. The agency may charge you only for "
                                    "information and advice."),
                         w.kiosk(k, "Sign a written contract and make sure it is registered "
                                    "electronically."))),
        Kind.SUSPENDED: ("Licence suspended", "This agency may not recruit workers while its licence is "
                                              "suspended.", (no_pay, report)),
        Kind.REVOKED: ("Licence revoked", "This agency lost its licence. It may not recruit workers.",
                       (no_pay, report)),
        Kind.EXPIRED: ("Licence expired", "This agency's licence has ended. It may not recruit workers.",
                       (no_pay, report)),
        Kind.WARNING_LIST: ("On the warning list",
                            "This is a known illegal operator, not a licensed agency.",
                            (no_pay, report)),
        Kind.NOT_FOUND: ("Not in the registry",
                         "No licensed agency matches what you typed. An agency that is not in "
                         "the registry may not recruit you.",
                         (no_pay, report, w.kiosk(k, "Check the spelling, or search by licence number."))),
    }
    headline, meaning, steps = table[kind]
    # The headline is the kiosk's one status word (screens/widgets/status.py, "Status" context).
    return w.kiosk("Status", headline), w.kiosk(k, meaning), steps


def level(v: Verdict) -> str:
    """The kiosk's colour level, from the one rule in content.verdict: green only for a current licence
    from fresh data."""
    return v.status.level


def _agency_details(w: Words, a: Agency) -> list[str]:
    k = "VerdictScreen"
    lines = [w.kiosk(k, "Licence number: {value}", value=a.licence_no),
             w.kiosk(k, "Issued: {start} · Valid until: {end}", start=day(a.issued_on, w),
                     end=day(a.expires_on, w))]
    if a.status_changed_on or a.status_reason:
        lines.append(w.kiosk(k, "Last status change: {date} — {reason}", date=day(a.status_changed_on, w),
                             reason=reason(w, a.status_reason_code, a.status_reason) or "—"))
    if a.other_names:
        lines.append(w.kiosk(k, "Also known as: {names}", names=", ".join(a.other_names)))
    lines.append(w.kiosk(k, "Tax number (STIR): {value}", value=a.tin))
    lines.append(w.kiosk(k, "Address: {region}, {address}", region=a.region, address=a.address))
    if a.phone:
        lines.append(fill(w("Phone of the agency: {phone}"), phone=phone_field(a.phone)))
    if a.countries:
        lines.append(w.kiosk(k, "May recruit for: {countries}",
                             countries=", ".join(country_name(c, w.lang) for c in a.countries)))
    return lines


def _verdict_page(snap: Snapshot, w: Words, v: Verdict, name: str, details: list[str]) -> Page:
    title, common = _verdict_common(snap, w, v)
    return Page("verdict.html", title, {**common, "name": name, "details": details}, registry=True,
                slots=_VERDICT_SLOTS)


def _verdict_common(snap: Snapshot, w: Words, v: Verdict) -> tuple[str, dict[str, Any]]:
    """A verdict page's title and its values other than the entry's own (name and details): the same for
    every entry of one verdict, so they are made once per content version, language and verdict — a first
    agency page made them for itself, some tens of translations and the hotline list each time. The key
    holds all they are made of: the version (its registry date and sample flag), the language, and the
    verdict's kind and staleness (the only parts of `v` read here)."""
    key = (snap.version, w.lang, v.kind, v.stale)
    found = _COMMON.get(key)
    if found is None:
        headline, meaning, steps = verdict_words(w, v)
        k = "VerdictScreen"
        found = (w.kiosk(k, "Licence check result"), {
            "headline": headline, "meaning": meaning, "steps": steps, "level": level(v),
            "icon": ICONS[v.kind], "kind": v.kind.value,
            "as_of": w.kiosk(k, "Registry data as of {date}", date=day(snap.registry_as_of, w)),
            "sample_registry": w.kiosk(k, "SAMPLE REGISTRY — fictional agencies") if snap.sample else None,
            "steps_title": w.kiosk(k, "What to do next"), "details_title": w.kiosk(k, "Registry details"),
            "report_title": w("Report by phone"), "hotlines": hotlines(snap, w),
            "again": w.kiosk(k, "Check another agency")})
        if len(_COMMON) >= _COMMON_KEPT:  # older versions' entries: of no more use
            _COMMON.clear()
        _COMMON[key] = found
    return found


_COMMON: dict[tuple[str, str, Kind, bool], tuple[str, dict[str, Any]]] = {}
_COMMON_KEPT = 512  # 8 languages × 6 verdicts × 2 of a few versions

_VERDICT_SLOTS = {"name": escape, "details": phones}  # as verdict.html writes them


def agency(snap: Snapshot, w: Words, licence_no: str, today: date) -> Page:
    """The agency's status now, from the latest registry (a QR scanned months ago still tells the truth)."""
    found = snap.registry.agency(licence_no)
    if found is None:
        raise Missing(licence_no)
    v = agency_verdict(found, today, stale=stale(snap, today))
    return _verdict_page(snap, w, v, found.name, _agency_details(w, found))


def warning(snap: Snapshot, w: Words, warning_id: str) -> Page:
    entry = snap.registry.warnings.get(warning_id)
    if entry is None:
        raise Missing(warning_id)
    k = "VerdictScreen"
    details = [w.kiosk(k, "Why it is listed: {reason}", reason=reason(w, entry.reason_code, entry.reason)),
               w.kiosk(k, "Listed on: {date}", date=day(entry.listed_on, w))]
    known = [*map(phone_field, entry.phones), *entry.telegram, *entry.websites]
    if known:  # each number linked whole; handles and sites as text
        details.append(fill(w.kiosk(k, "Known contacts: {items}"), items=Markup(", ").join(known)))
    return _verdict_page(snap, w, warning_verdict(entry), ", ".join(entry.names), details)


def clean_query(q: str | None) -> str:
    """What is searched: at most what the engine reads, without control characters and bidi controls."""
    text = (q or "")[:MAX_QUERY_CHARS * 4]
    text = "".join(" " if (ch < " " or "\u007f" <= ch < "\u00a0" or "\u200b" <= ch <= "\u200f"
                           or "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" or ch == "\ufeff")
                   else ch for ch in text)
    return " ".join(text.split())[:MAX_QUERY_CHARS]


_HINT = "Type the agency's name, licence number, tax number (STIR), phone or Telegram."


def check(snap: Snapshot, w: Words, q: str | None, today: date, up: str) -> Page:
    """The search form, and for a query the kiosk's ranked results with each one's status. `up` leads from
    the page to the root of the phone edition (its links are relative)."""
    query = clean_query(q)
    values: dict[str, Any] = {"query": query, "label": w.kiosk("CheckAgencyScreen", _HINT),
                              "button": w("Search"), "results": None, "message": None, "not_found": None,
                              "sample_registry": w.kiosk("VerdictScreen",
                                                         "SAMPLE REGISTRY — fictional agencies")
                              if snap.sample else None,
                              "as_of": w.kiosk("VerdictScreen", "Registry data as of {date}",
                                               date=day(snap.registry_as_of, w))}
    if q is not None:
        matches = snap.registry.search(query, MAX_RESULTS) if query else []
        if not query:
            values["message"] = w("Type at least one letter or digit.")
        elif not matches:
            none = not_found(query)
            headline, meaning, steps = verdict_words(w, none)
            values["not_found"] = {"headline": headline, "meaning": meaning, "steps": steps,
                                   "icon": ICONS[Kind.NOT_FOUND], "hotlines": hotlines(snap, w),
                                   "report_title": w("Report by phone"),
                                   "steps_title": w.kiosk("VerdictScreen", "What to do next")}
        old = stale(snap, today)
        home = f"{escape(up)}{escape(w.lang)}/"
        values["results"] = [_result(snap, w, m.kind, m.ref, m.name, today, old, home) for m in matches]
    return Page("check.html", w.kiosk("HomeScreen", "Check an agency"), values, registry=True,
                slots=_CHECK_SLOTS)


# One results row, as check.html lists it. Written here rather than in the template because a results page
# is filled into kept pieces (server/phone/pieces.py) with each row as one value: a row per template loop
# cost a first search's page more than all the rest of it. tests/phone/test_result_links.py checks where its
# link leads; test_routes.py what it says.
_ROW = '<li><a href="{href}"><strong>{name}</strong>{ref}{pill}</a></li>'


def _result(snap: Snapshot, w: Words, kind: str, ref: str, name: str, today: date, old: bool,
            home: str) -> Markup:
    """A results row: the entry's name (as the search matched it), its licence number, and its status in
    the kiosk's words and colours, linked to its page (`home` is the escaped path to the reader's Home)."""
    if kind == "agency" and (licence := snap.registry.licence(ref)) is not None:
        # `agency_verdict`'s kind, from the licence alone: the row shows nothing else of the agency.
        pill = _pill(w.lang, licence_kind(*licence, today), old)
        href, shown = f"agency/{segment(ref)}", f"<span>{escape(ref)}</span>"
    else:
        v = warning_verdict(snap.registry.warnings[ref]) if ref in snap.registry.warnings else not_found(name)
        pill = _pill(w.lang, v.kind, v.stale)
        href, shown = f"warning/{segment(ref)}", ""
    return Markup(_ROW.format(href=f"{home}{escape(href)}", name=escape(name), ref=shown,  # noqa: S704
                              pill=pill))


@functools.cache  # at most 8 languages × 6 verdicts × 2
def _pill(lang: str, kind: Kind, stale: bool) -> str:
    """A result's status pill: the kiosk's colour, icon and status word (escaped HTML). They depend on the
    verdict's kind and staleness alone (`level`, `verdict_words`)."""
    headline = _verdict_words(lang, kind, stale)[0]
    colour = level(Verdict(kind, stale=stale))
    return (f'<span class="pill {escape(colour)}"><span aria-hidden="true">{escape(ICONS[kind])}</span> '
            f"{escape(headline)}</span>")


def segment(text: str) -> str:
    """An id or licence number as one path segment (a `/` in it as %2F: docs/phone.md)."""
    return quote(text, safe="")


# As check.html writes them; a results row is Markup (`_result`), which `escape` keeps as it is.
_CHECK_SLOTS = {"query": escape, "results": escape}


def not_found_page(w: Words) -> Page:
    return Page("message.html", w("Page not found"), {
        "text": w("This page does not exist or is no longer available."), "link": w("Go to the home page")})


def unpublished_page(w: Words) -> Page:
    return Page("message.html", w("Not available yet"), {
        "text": w("The information has not been published yet. Please try again later."),
        "link": w("Go to the home page")})


def updating_page(w: Words) -> Page:
    """While the server loads its content after a start: the same address again in a few seconds."""
    return Page("updating.html", w("Being updated"), {
        "text": w("The information is being prepared. This page will open in a moment."),
        "again": w("Try again"), "link": w("Go to the home page")})
