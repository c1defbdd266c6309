"""Verified vacancies: job orders from the platform's export (`vacancies.csv`), and the rule for showing one.

A vacancy is a job order a licensed agency registered: destination country, occupation, employer, the
agency's licence number, wage range and currency, hours, the language level the employer asks for, the
contract's registration number, places and closing date, and where to apply on the platform. The file is
the platform's export (columns in content/README.md, "Vacancies"); each row is checked against the
registry in the same source, so a job order from an unknown or unlicensed agency is never published.

Two of those rules depend on the day: a closing date in the past, and a licence past its end date. They are
the desk's publish-time checks (`publishing_on`, the day of the publication): a bundle built for display
(the kiosk's first-start build of its bundled sample, a preview, a test) checks only what no date changes,
because the kiosk hides closed and no-longer-licensed vacancies at query time anyway (`vacancy_visible`), and
a sample that stopped building once its dates passed would leave a new kiosk with no content at all.

The bundle carries each destination's job orders in `PARTS` parts, `vacancies/<country>-<part>.json`,
a vacancy's part chosen by a hash of its id (`vacancy_part`): a new, changed or withdrawn vacancy changes
one small file, and no other vacancy ever moves to another part. Whether a vacancy is *shown* is decided at
query time by `vacancy_visible`: a licence revoked or expired since publication, a registry too old to
confirm it, or a closing date that passed at midnight hides it without any new content.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache, partial
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from content.checks import Report
from content.collation import collated
from content.errors import Problem
from content.formats import id_problem, iso_date, parse_date
from content.model import COUNTRIES, Agency, Origin
from content.registry_csv import read_rows
from content.verdict import Kind, licence_kind

VACANCIES_CSV = "vacancies.csv"


T = TypeVar("T")
# A listed vacancy's (country, occupation, closes_on, id), read from its attributes.
_attributes: Callable[[Any], tuple[str, str, str, str]] = attrgetter(
    "country", "occupation", "closes_on", "id")


COLUMNS: tuple[str, ...] = (
    "id", "country", "occupation", "employer", "licence_no", "wage_min", "wage_max", "currency",
    "hours_per_week", "language", "language_level", "contract_no", "places", "closes_on", "apply_url",
)
# The platform's occupation groups; the kiosk names each in the traveller's language.
OCCUPATIONS: tuple[str, ...] = (
    "construction", "agriculture", "manufacturing", "warehouse", "driving", "care", "hospitality",
    "cooking", "cleaning", "welding",
)
# The language an employer asks for ("none": no requirement), and the CEFR level.
LANGUAGES_ASKED: tuple[str, ...] = ("none", "en", "de", "ru", "pl", "lt", "lv", "ko", "ja", "ar", "tr",
                                    "cs", "sk", "he", "hu", "fi")
LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")
HOME = "uz"
EMPLOYER_MAX = 120
CONTRACT_MAX = 40
# Parts per destination. 10,000 job orders over 12 destinations put ~830 in one country (~300 KB of JSON):
# 32 parts of ~10 KB each, few enough that a first sync fetches a few hundred small files.
PARTS = 32
_WHOLE = re.compile(r"[0-9]{1,9}")
_CURRENCY = re.compile(r"[A-Z]{3}")
_COUNTRY = re.compile(r"[a-z]{2}")


@dataclass(frozen=True)
class Vacancy:
    id: str
    country: str
    occupation: str
    employer: str
    licence_no: str
    wage_min: str  # as written: checked to be whole numbers, then stored as integers
    wage_max: str
    currency: str
    hours_per_week: str
    language: str
    language_level: str
    contract_no: str
    places: str
    closes_on: str
    apply_url: str
    origin: Origin


def load_vacancies(root: Path, problems: list[Problem]) -> tuple[Vacancy, ...]:
    """The rows of `vacancies.csv`; a source without the file simply has no vacancies."""
    if not (root / VACANCIES_CSV).exists():
        return ()
    return tuple(Vacancy(**{name: row[name] for name in COLUMNS}, origin=Origin(VACANCIES_CSV, line))
                 for line, row in read_rows(root / VACANCIES_CSV, VACANCIES_CSV, COLUMNS, problems))


@cache
def currencies() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows (Babel), so a typo such as 'EUD' is caught at publish time."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def check_vacancies(report: Report, vacancies: tuple[Vacancy, ...], agencies: tuple[Agency, ...],
                    publishing_on: date | None) -> None:
    """Every row against the rules in content/README.md, "Vacancies". `publishing_on` is the day of the
    publication; None (not a publication) leaves out the two rules that depend on the day."""
    by_licence = {a.licence_no: a for a in agencies}
    seen: dict[str, int | None] = {}
    for v in vacancies:
        o = report.cells(v.origin, {name: getattr(v, name) for name in COLUMNS})
        if o.ok("id") and (problem := id_problem(v.id)):
            report.at(o, "id", problem)
        elif v.id in seen:
            report.at(o, "id", f"duplicate vacancy id '{v.id}' (first on line {seen[v.id]})")
        seen.setdefault(v.id, o.line)
        if v.country == HOME or v.country not in COUNTRIES:
            report.at(o, "country", f"unknown destination country '{v.country}'; use a lower-case ISO code "
                                    f"of a country abroad, like de, pl, kr")
        report.choice(o, "occupation", v.occupation, OCCUPATIONS)
        if not v.employer:
            report.at(o, "employer", "employer is empty")
        report.length(o, "employer", v.employer, EMPLOYER_MAX)
        _check_licence(report, o, v, by_licence.get(v.licence_no), publishing_on)
        wages = [_whole(report, o, v, name) for name in ("wage_min", "wage_max")]
        if wages[0] is not None and wages[1] is not None:
            if wages[0] <= 0:
                report.at(o, "wage_min", f"wage_min must be above zero, not {v.wage_min}")
            if wages[0] > wages[1]:
                report.at(o, "wage_max", f"wage_max {v.wage_max} is below wage_min {v.wage_min}")
        if not _CURRENCY.fullmatch(v.currency) or v.currency not in currencies():
            report.at(o, "currency",
                      f"unknown currency '{v.currency}'; use an ISO 4217 code like EUR, PLN, KRW")
        hours = _whole(report, o, v, "hours_per_week")
        if hours is not None and not 1 <= hours <= 72:
            report.at(o, "hours_per_week", f"hours_per_week must be from 1 to 72, not {hours}")
        places = _whole(report, o, v, "places")
        if places is not None and places <= 0:
            report.at(o, "places", f"places must be at least 1, not {places}")
        report.choice(o, "language", v.language, LANGUAGES_ASKED)
        if v.language == "none" and v.language_level:
            report.at(o, "language_level", "language_level must be empty when language is none")
        elif v.language != "none":
            report.choice(o, "language_level", v.language_level, LEVELS)
        if not v.contract_no:
            report.at(o, "contract_no", "contract_no (the contract's registration number) is empty")
        report.length(o, "contract_no", v.contract_no, CONTRACT_MAX)
        closes = parse_date(v.closes_on)
        if closes is None:
            report.at(o, "closes_on", f"closes_on must be a date YYYY-MM-DD, not '{v.closes_on}'")
        elif publishing_on is not None and closes < publishing_on:
            report.at(o, "closes_on",
                      f"closes_on {v.closes_on} is in the past (today is {publishing_on.isoformat()})")
        if not v.apply_url:
            report.at(o, "apply_url", "apply_url (where to apply on the platform) is empty")
        report.url(o, "apply_url", v.apply_url)


def _check_licence(report: Report, o: Origin, v: Vacancy, agency: Agency | None,
                   publishing_on: date | None) -> None:
    """`o`: the row's origin with the cells already reported marked (`Report.cells`)."""
    if agency is None:
        report.at(o, "licence_no", f"licence '{v.licence_no}' is not in the registry")
        return
    # Without a publishing day, content.verdict's rule at the earliest day: what no date changes (the status
    # is active, the licence has an end date) still refuses the row; an end date that passed does not.
    kind = licence_kind(agency.status, iso_date(agency.expires_on, dotted=True), publishing_on or date.min)
    if kind is not Kind.LICENSED:
        report.at(o, "licence_no", f"licence '{v.licence_no}' is not currently licensed "
                                 f"({kind.value}); its vacancies cannot be published")


def _whole(report: Report, o: Origin, v: Vacancy, name: str) -> int | None:
    value = str(getattr(v, name))
    if not _WHOLE.fullmatch(value):
        report.at(o, name, f"{name} must be a whole number in digits, not '{value}'")
        return None
    return int(value)


def vacancy_json(v: Vacancy) -> dict[str, Any]:
    """One item of a `vacancies/<country>-<part>.json` target (the validated row, numbers as numbers)."""
    return {"id": v.id, "country": v.country, "occupation": v.occupation, "employer": v.employer,
            "licence_no": v.licence_no, "wage_min": int(v.wage_min), "wage_max": int(v.wage_max),
            "currency": v.currency, "hours_per_week": int(v.hours_per_week), "language": v.language,
            "language_level": v.language_level or None, "contract_no": v.contract_no,
            "places": int(v.places), "closes_on": v.closes_on, "apply_url": v.apply_url}


def vacancy_part(vacancy_id: str) -> str:
    """The part of a destination that holds this vacancy: sha256 of its id (UTF-8) modulo PARTS, two
    digits. It depends on the id alone, so a part's membership never changes when others are added."""
    digest = hashlib.sha256(vacancy_id.encode("utf-8")).digest()
    return f"{int.from_bytes(digest[:4], 'big') % PARTS:02d}"


def vacancy_target(country: str, part: str) -> str:
    """`vacancies/de-07.json`: one part of one destination's job orders."""
    return f"vacancies/{country}-{part}.json"


def vacancy_docs(vacancies: tuple[Vacancy, ...]) -> dict[str, dict[str, Any]]:
    """The bundle targets: one per part of a destination that has vacancies, keyed by target name."""
    by_part: dict[tuple[str, str], list[Vacancy]] = {}
    for v in vacancies:
        by_part.setdefault((v.country, vacancy_part(v.id)), []).append(v)
    return {vacancy_target(country, part): {
                "country": country, "part": part,
                "vacancies": [vacancy_json(v) for v in sorted(rows, key=lambda v: v.id)]}
            for (country, part), rows in sorted(by_part.items())}


def vacancy_visible(closes_on: str, licence_status: str | None, licence_expires_on: str | None,
                    today: date, *, stale: bool) -> bool:
    """THE rule for showing a vacancy as verified (the kiosk's store and the phone edition use it).

    Shown only when its agency is in the registry and currently licensed (content.verdict's rule: an
    active licence past its end date is expired), the registry is fresh enough to confirm that (a stale
    registry never vouches for a job order), and its closing date is today or later, by the caller's
    local date.
    """
    if stale or licence_status is None:
        return False
    if not _licensed(licence_status, licence_expires_on, today):
        return False
    closes = _day(closes_on)
    return closes is not None and closes >= today


def in_list_order(items: Iterable[T], country_label: Callable[[str], str],
                  occupation_label: Callable[[str], str] = str, lang: str = "en",
                  fields: Callable[[T], tuple[str, str, str, str]] = _attributes) -> list[T]:
    """THE order of a list of vacancies, the kiosk's and the phone edition's: destination by the name the
    traveller reads (`country_label`, e.g. content.locale_text.country_name in their language: "Германия"
    before "Польша", not "de" before "pl"), then occupation by its name, the soonest closing date first,
    then id so that the order never depends on the database.

    Names are compared in the order of the alphabet of `lang` (content.collation: Kazakh Қ right after К,
    Uzbek Oʻ and Sh after Z). `fields` reads (country, occupation, closes_on, id) from an item: by default
    its attributes (the kiosk's rows); the phone edition's rows are mappings. Only the distinct names are
    collated: a dozen countries for 10,000 vacancies.
    """
    items = list(items)
    found = list(map(fields, items))
    order = partial(collated, lang=lang)
    country = _ranks({f[0] for f in found}, country_label, order)
    occupation = _ranks({f[1] for f in found}, occupation_label, order)
    keys = [(country[c], occupation[o], closes_on, key) for c, o, closes_on, key in found]
    return [items[i] for i in sorted(range(len(items)), key=keys.__getitem__)]


def _ranks(codes: set[str], label: Callable[[str], str],
           order: Callable[[Iterable[str]], list[str]]) -> dict[str, int]:
    """Each code's place when the codes are ordered by their labels."""
    labels = {code: label(code) for code in codes}
    place = {name: index for index, name in enumerate(order(set(labels.values())))}
    return {code: place[name] for code, name in labels.items()}


# A list of 10,000 job orders has a few hundred agencies and closing dates: each is decided once.
@lru_cache(maxsize=4096)
def _licensed(status: str, expires_on: str | None, today: date) -> bool:
    return licence_kind(status, expires_on, today) is Kind.LICENSED


@lru_cache(maxsize=4096)
def _day(text: str) -> date | None:
    return parse_date(text)
