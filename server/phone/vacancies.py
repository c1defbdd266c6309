"""Verified vacancies on the phone: the list, filtered and paginated with plain links, and one job order.

The same job orders as the kiosk's Verified vacancies screens, chosen by the same query
(`content.contentdb.vacancies.visible_vacancies`): a closed vacancy, or one whose agency's licence is not
valid now, or any vacancy while the registry is too old to confirm a licence, is never listed. Words are
the kiosk's (contexts `VacanciesScreen`, `VacancyScreen`, `Occupation`) where the kiosk says the same.
Filters and pages are path segments, so every list page is a stable URL a CDN and the static export carry:

    vacancies                          every open vacancy, page 1
    vacancies/{country|all}            one destination (ISO 3166 alpha-2, lower case)
    vacancies/{country|all}/{job|all}  and one type of work (content.vacancies.OCCUPATIONS)
    vacancies/{country|all}/{job|all}/{n}   page n (n ≥ 1)
    vacancy/{id}                       one job order; after it closed, or its agency lost its licence,
                                       a 410 page that says which, with a link back to the list

The list is in the kiosk's order (content.vacancies.in_list_order): the destination's name in the reader's
language, by that language's alphabet (content.collation), then the type of work's name, the closing date and
the id.
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Mapping, Sequence
from datetime import date
from operator import itemgetter
from types import MappingProxyType
from typing import Any

from markupsafe import Markup, escape

from content.collation import by_name
from content.locale_text import country_name, one_stop
from content.vacancies import OCCUPATIONS, in_list_order
from content.verdict import Kind, agency_verdict, not_found
from server.phone.memo import language_name, long_date, wage_range
from server.phone.pages import ICONS, Missing, Page, day, hotlines, level, segment, stale, verdict_words
from server.phone.source import Snapshot
from server.phone.words import Words

PAGE_SIZE = 20  # as many as the kiosk shows at once; a page stays near 5 KB gzipped
ALL = "all"
_COUNTRY = re.compile(r"[a-z]{2}")
_PAGE = re.compile(r"[1-9][0-9]{0,5}")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
# (id of the day's list, language) → (that list, its lists by filter, sorted); the list is held so that its
# id is not reused.
_Lists = dict[tuple[str, str], list[Mapping[str, Any]]]
_SORTED: dict[tuple[int, str], tuple[list[dict[str, Any]], _Lists]] = {}
_SORTED_LOCK = threading.Lock()
_OCCUPATIONS = {"construction": "Construction", "agriculture": "Farm work", "manufacturing": "Factory work",
                "warehouse": "Warehouse", "driving": "Driver", "care": "Care work", "hospitality": "Hotels",
                "cooking": "Cook", "cleaning": "Cleaning", "welding": "Welder"}


class Gone(Exception):
    """A vacancy that was published but is no longer shown: the caller answers 410 with `page`."""

    def __init__(self, page: Page) -> None:
        super().__init__(page.title)
        self.page = page


def occupation_name(code: str, w: Words) -> str:
    """The kiosk's name of a type of work (context `Occupation`) in the reader's language."""
    source = _OCCUPATIONS.get(code)
    return w.kiosk("Occupation", source) if source else code


def language_asked(language: str, level_asked: str | None, w: Words) -> str:
    if language == "none":
        return w.kiosk("Occupation", "No language required")
    return f"{language_name(language, w.lang)} {level_asked or ''}".strip()


def title(v: Mapping[str, Any], w: Words) -> str:
    """"Welder — Germany", as the kiosk titles a job order."""
    return f"{occupation_name(v['occupation'], w)} — {country_name(v['country'], w.lang)}"


def ordered(snap: Snapshot, w: Words, today: date) -> list[Mapping[str, Any]]:
    """Today's vacancies in the reader's order: destination name, type of work, closing date, id."""
    return _lists(snap, w, today)[(ALL, ALL)]


def _lists(snap: Snapshot, w: Words, today: date) -> Mapping[tuple[str, str], list[Mapping[str, Any]]]:
    """Every list a page can show, keyed by (country or ALL, job or ALL), each in the reader's order.
    Built once per language and day: a list page then costs a look-up and a slice, not a pass over 10,000
    vacancies."""
    everything = snap.registry.vacancies(today, stale=stale(snap, today))
    key = (id(everything), w.lang)
    with _SORTED_LOCK:
        found = _SORTED.get(key)
    if found is not None and found[0] is everything:
        return found[1]
    result: list[Mapping[str, Any]] = in_list_order(
        everything, lambda c: country_name(c, w.lang), lambda o: occupation_name(o, w), w.lang,
        itemgetter("country", "occupation", "closes_on", "id"))
    lists: _Lists = {(ALL, ALL): result}
    for v in result:
        for group in ((v["country"], ALL), (ALL, v["occupation"]), (v["country"], v["occupation"])):
            lists.setdefault(group, []).append(v)
    with _SORTED_LOCK:
        if len(_SORTED) >= 32:
            _SORTED.clear()
        _SORTED[key] = (everything, lists)
    return lists


def paths(snap: Snapshot, w: Words, today: date) -> list[str]:
    """Every list page that has something to show, as linked from the lists (the static export)."""
    found = ["vacancies"]
    for (country, job), chosen in sorted(_lists(snap, w, today).items()):
        if chosen:
            found.append(f"vacancies/{country}/{job}")
            found += [f"vacancies/{country}/{job}/{n}" for n in range(2, _pages(len(chosen)) + 1)]
    return found


def listing(snap: Snapshot, w: Words, today: date, rest: Sequence[str], up: str) -> Page:
    """`vacancies[/{country}[/{job}[/{n}]]]`; a malformed or out-of-range part is a 404. `up` leads from
    the page to the root of the phone edition (its links are relative)."""
    country, job, number = _parse(rest)
    k = "VacanciesScreen"
    old = stale(snap, today)
    lists = _lists(snap, w, today)
    everything = lists[(ALL, ALL)]
    chosen = lists.get((country, job), [])
    pages = _pages(len(chosen))
    if number > pages:
        raise Missing("/".join(rest))
    shown = chosen[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
    # The choices a filter offers: those with a vacancy left by the other filter, by name.
    countries = _options([c for c, j in lists if c != ALL and j == job], lambda c: country_name(c, w.lang),
                         w.lang)
    jobs = _options([j for c, j in lists if j != ALL and c == country], lambda o: occupation_name(o, w),
                    w.lang)
    # The first chip of each bar says all of what, as the kiosk's chips do (screens/widgets/chip_bar.py).
    filters = [
        {"title": w.kiosk("CountriesScreen", "Where are you going to work?"),
         "links": [_link(w.kiosk(k, "All countries"), ALL, job, country == ALL),
                   *(_link(name, code, job, code == country) for code, name in countries)]},
        {"title": w("Type of work"),
         "links": [_link(w.kiosk(k, "All jobs"), country, ALL, job == ALL),
                   *(_link(name, country, code, code == job) for code, name in jobs)]},
    ]
    if old:
        empty = w("The registry data is too old to confirm the agency's licence, so no vacancy is shown.")
    elif not everything:
        empty = w.kiosk(k, "No vacancies are open at the moment.")
    else:
        # The phone has no text search: only the chosen country and job together can match nothing.
        empty = w.kiosk(k, "No vacancy for this job in this country. Choose another country or job.")
    sample_label = w.kiosk(k, "SAMPLE") if snap.sample else None
    badge = f'<span class="pill badge">{escape(sample_label)}</span>' if sample_label else ""
    home = f"{escape(up)}{escape(w.lang)}/"
    return Page("vacancies.html", w.kiosk(k, "Verified vacancies"), {
        "lead": w("Jobs abroad from licensed agencies only"),
        "filters": filters if everything else [], "empty": empty,
        "rows": [_row(home, _item(v, w), badge) for v in shown],
        **_pager(w, f"vacancies/{country}/{job}", number, pages),
    }, registry=True, slots=_LIST_SLOTS if pages > 2 else {})


# One line of a list, as vacancies.html lists it. Written here rather than in the template, as a results
# row of the check page is (server/phone/pages.py `_ROW`): a list page is filled into kept pieces with each
# line as one value; a line per template loop cost a first visit to a list page more than the rest of it.
_LINE = ('<li><a href="{home}{href}"><strong>{title}</strong><span>{employer}</span><span>{wage} · {closes}'
         '</span>{badge}</a></li>')


def _row(home: str, item: Mapping[str, str], badge: str) -> Markup:
    """A list line linked to its job order (`home`: the escaped path to the reader's Home; `item`: the
    line's escaped texts, `_item_of`; `badge`: the SAMPLE pill's HTML or nothing)."""
    return Markup(_LINE.format(home=home, badge=badge, **item))  # noqa: S704 - every part escaped


# What differs between list pages of one language and choice of filters, with the filter vacancies.html
# applies to each. Only a list of three pages or more is filled into pieces: its middle pages share one
# shape, where the pages of a shorter list would each keep pieces of their own to be used once.
_LIST_SLOTS = {name: escape for name in ("rows", "pager_text", "previous", "next")}  # a line is Markup: kept


def vacancy(snap: Snapshot, w: Words, vacancy_id: str, today: date) -> Page:
    """One job order with its agency's live status; `Gone` when it is no longer shown, `Missing` when it
    was never published."""
    if not _ID.fullmatch(vacancy_id):
        raise Missing(vacancy_id)
    old = stale(snap, today)
    v = snap.registry.vacancy(vacancy_id, today, stale=old)
    if v is None:
        raise Gone(_gone(snap, w, vacancy_id, today, old))
    k = "VacancyScreen"
    agency = snap.registry.agency(v["licence_no"])
    verdict = agency_verdict(agency, today, stale=old) if agency is not None else None
    headline = verdict_words(w, verdict)[0] if verdict is not None else ""
    facts = [
        w.kiosk(k, "Wage: {wage} a month", wage=wage_range(v["wage_min"], v["wage_max"], v["currency"],
                                                          w.lang)),
        w.kiosk(k, "Hours: {hours} a week", hours=v["hours_per_week"]),
        w.kiosk(k, "Places: {places}", places=v["places"]),
        w.kiosk(k, "Apply by: {date}", date=long_date(v["closes_on"], w.lang)),
        w.kiosk(k, "Contract registration number: {number}", number=v["contract_no"]),
    ]
    return Page("vacancy.html", title(v, w), {
        "employer": v["employer"], "sample_label": w.kiosk(k, "SAMPLE") if snap.sample else None,
        "order_title": w.kiosk(k, "The job order"), "facts": facts,
        "required_title": w("What is required"),
        "required": [w.kiosk(k, "Language: {language}",
                             language=language_asked(v["language"], v["language_level"], w))],
        "agency_title": w("Recruiting agency"),
        "agency": w.kiosk(k, "Agency: {name}, licence {number}", name=v["agency_name"],
                          number=v["licence_no"]),
        "agency_href": f"agency/{segment(v['licence_no'])}", "agency_link": w("The agency's status now ›"),
        "as_of": w.kiosk("VerdictScreen", "Registry data as of {date}",
                         date=day(snap.registry_as_of, w)),
        "level": level(verdict) if verdict is not None else "danger",
        "icon": ICONS[verdict.kind] if verdict is not None else ICONS[Kind.NOT_FOUND], "headline": headline,
        "warning": w.kiosk(k, "Never pay for a job offer. Apply only on the platform or at the licensed "
                              "agency."),
        "apply": v["apply_url"], "apply_text": w("Open on the platform ›"),
        "report_title": w("Report by phone"), "hotlines": hotlines(snap, w),
        "back": w("See the open vacancies ›"),
    }, registry=True, slots=_VACANCY_SLOTS)


# What differs between job orders of one language, verdict and registry date, with the filter vacancy.html
# applies to each (a plain `{{ value }}`); the title is also the page's <title> and skip link. A first
# visit is filled into kept pieces (server/phone/pieces.py), at under half the cost of a full render.
_VACANCY_SLOTS = {name: escape for name in ("title", "skip", "employer", "facts", "required", "agency",
                                             "agency_href", "apply")}


def _gone(snap: Snapshot, w: Words, vacancy_id: str, today: date, old: bool) -> Page:
    """Why a published vacancy is not shown now (closed, agency not licensed, registry too old), with the
    agency's status in the kiosk's words and colours when that is the reason."""
    state = snap.registry.vacancy_state(vacancy_id)
    if state is None:
        raise Missing(vacancy_id)
    reasons = []
    if state.closes_on < today.isoformat():
        reasons.append(one_stop(w("It closed on {date}.", date=long_date(state.closes_on, w.lang))))
    agency = snap.registry.agency(state.licence_no)
    verdict = agency_verdict(agency, today, stale=old) if agency is not None else not_found(state.licence_no)
    licensed = verdict.kind is Kind.LICENSED
    if not licensed:
        reasons.append(w("Its agency may no longer recruit workers."))
    if old:
        reasons.append(w("The registry data is too old to confirm the agency's licence, so no vacancy is "
                         "shown."))
    return Page("gone.html", w("This vacancy is no longer open"), {
        "what": title({"country": state.country, "occupation": state.occupation}, w),
        "employer": state.employer, "reasons": reasons,
        "verdict": None if licensed else {
            "level": level(verdict), "icon": ICONS[verdict.kind], "headline": verdict_words(w, verdict)[0],
            "agency": w.kiosk("VacancyScreen", "Agency: {name}, licence {number}",
                              name=agency.name if agency is not None else "—", number=state.licence_no)},
        "list": "vacancies", "list_text": w("See the open vacancies ›"),
        "agency_href": f"agency/{segment(state.licence_no)}" if agency is not None else None,
        "agency_link": w("The agency's status now ›")}, registry=True)


def _pager(w: Words, base: str, number: int, pages: int) -> dict[str, str | None]:
    """Page n of m with plain links to the pages before and after (page 1 has no number in its path);
    all None when there is one page only."""
    if pages < 2:
        return {"pager_text": None, "previous": None, "next": None, "previous_text": None, "next_text": None}
    return {"pager_text": w("Page {page} of {pages}", page=number, pages=pages),
            "previous": (base if number == 2 else f"{base}/{number - 1}") if number > 1 else None,
            "next": f"{base}/{number + 1}" if number < pages else None,
            "previous_text": w("‹ Previous page"), "next_text": w("Next page ›")}


def _parse(rest: Sequence[str]) -> tuple[str, str, int]:
    if len(rest) > 3:
        raise Missing("/".join(rest))
    country = rest[0] if len(rest) > 0 else ALL
    job = rest[1] if len(rest) > 1 else ALL
    number = rest[2] if len(rest) > 2 else "1"
    if ((country != ALL and not _COUNTRY.fullmatch(country)) or (job != ALL and job not in OCCUPATIONS)
            or not _PAGE.fullmatch(number)):
        raise Missing("/".join(rest))
    return country, job, int(number)


def _pages(count: int) -> int:
    return max(1, math.ceil(count / PAGE_SIZE))


def _options(codes: list[str], name: Any, lang: str) -> list[tuple[str, str]]:
    return by_name(((code, name(code)) for code in codes), itemgetter(1), lang)


def _link(text: str, country: str, job: str, current: bool) -> dict[str, Any]:
    return {"text": text, "href": f"vacancies/{country}/{job}", "current": current}


def _item(v: Mapping[str, Any], w: Words) -> Mapping[str, str]:
    return _item_of(w.lang, v["id"], v["country"], v["occupation"], v["employer"], v["wage_min"],
                    v["wage_max"], v["currency"], v["closes_on"])


@functools.lru_cache(maxsize=32768)
def _item_of(lang: str, vacancy_id: str, country: str, occupation: str, employer: str, wage_min: int,
             wage_max: int, currency: str, closes_on: str) -> Mapping[str, str]:
    """One line's texts, escaped, kept (by everything it shows) for the next page that lists the same
    vacancy: its wage, date and names cost CLDR formatting that several list pages would otherwise
    repeat."""
    w, k = Words(lang), "VacanciesScreen"
    return MappingProxyType({name: str(escape(text)) for name, text in {
        "href": f"vacancy/{segment(vacancy_id)}",
        "title": title({"country": country, "occupation": occupation}, w), "employer": employer,
        "wage": w.kiosk(k, "{wage} a month", wage=wage_range(wage_min, wage_max, currency, lang)),
        "closes": w.kiosk(k, "closes {date}", date=long_date(closes_on, lang))}.items()})
