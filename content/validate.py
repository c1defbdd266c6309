"""Validation of a loaded source folder: every check listed in content/README.md, "Validation".

`validate(source)` returns all problems, the loader's included, sorted by file and line; an empty list means
the folder can be built into a bundle. Nothing is raised for bad content: problems are data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from content.checks import Report
from content.directory import check_offices, check_services
from content.errors import Problem, sorted_problems
from content.formats import id_problem, is_phone, placeholder_phone_problem
from content.loader import load_source
from content.model import (
    BUILD_DAY,
    CONTACT_CATEGORIES,
    CONTACT_DESCRIPTION_MAX,
    CONTACT_NAME_MAX,
    LANGUAGES,
    TOPIC_ICONS,
    TOPIC_SUMMARY_MAX,
    TOPIC_TITLE_MAX,
    Contact,
    Source,
    Topic,
)
from content.vacancies import check_vacancies
from content.validate_items import check_alert, check_article, check_guide
from content.validate_registry import check_agencies, check_warnings


def validate(source: Source, publishing_on: date | None = None) -> list[Problem]:
    """Every problem of `source` (loading and content), sorted by file and line.

    `publishing_on` is the day of a publication (the desk's `kiosk-admin publish`, the console's publish,
    `python -m content validate`): it adds the rules that depend on the day (a vacancy's closing date
    passed, its agency's licence ended). Without it (the kiosk's first-start build of the bundled sample, a
    preview) only what no date changes is checked: the kiosk applies the day's rules at query time."""
    problems = list(source.problems)
    report = Report(problems)
    if source.settings.ok("languages") and source.languages != LANGUAGES:
        report.at(source.settings, "languages",
                  f"languages must be exactly [{', '.join(LANGUAGES)}], in this order")
    _check_registry_as_of(report, source)
    topics = _check_topics(report, source.topics)
    for article in source.articles:
        check_article(report, article, topics)
    for alert in source.alerts:
        check_alert(report, alert)
    for guide in source.guides:
        check_guide(report, guide)
    _check_contacts(report, source.contacts)
    check_agencies(report, source.agencies)
    check_warnings(report, source.warnings)
    _check_qa_links(report, source)
    check_offices(report, source.offices)
    check_services(report, source.services)
    check_vacancies(report, source.vacancies, source.agencies, publishing_on)
    return sorted_problems(_unique(problems))


def _check_registry_as_of(report: Report, source: Source) -> None:
    """`registry_as_of: build-day` dates a registry by the day its bundle is built: true of the sample's
    fictional registry (it never ages), a lie about a real one (a stale export would look current)."""
    if source.registry_as_of is None or not source.settings.ok("registry_as_of"):
        return
    if source.registry_as_of != BUILD_DAY:
        report.at(source.settings, "registry_as_of",
                  f"registry_as_of must be '{BUILD_DAY}' (sample content only) or left out")
    elif source.settings.ok("sample") and not source.sample:
        report.at(source.settings, "registry_as_of",
                  f"registry_as_of: {BUILD_DAY} is for sample content only (sample: true); "
                  "real content takes its date from the registry")


def _check_qa_links(report: Report, source: Source) -> None:
    """A Q&A pair's "see" must name an item of this source: its "open" button would lead nowhere."""
    items = {*(f"articles/{a.folder}" for a in source.articles),
             *(f"alerts/{a.folder}" for a in source.alerts),
             *(f"guides/{g.folder}" for g in source.guides)}
    for pair in source.qa:
        if pair.see and pair.see in items:
            continue
        if pair.see and "/" in pair.see:
            report.add("qa.yaml", pair.see_line,
                       f"pair '{pair.id}': see '{pair.see}' is not an item of this source")


def check_source(root: Path, publishing_on: date | None = None) -> tuple[Source, list[Problem]]:
    """Load and validate the source folder `root` (`publishing_on`: see `validate`)."""
    source = load_source(root)
    return source, validate(source, publishing_on)


def _unique(problems: list[Problem]) -> list[Problem]:
    """The same problem found twice (e.g. a language missing from both a list and a check) is shown once."""
    return list(dict.fromkeys(problems))


def _check_ids(report: Report, items: tuple[Topic, ...] | tuple[Contact, ...], kind: str) -> list[str]:
    seen: dict[str, int | None] = {}
    for item in items:
        origin = item.origin
        if not origin.ok("id"):
            continue
        if problem := id_problem(item.id):
            report.at(origin, "id", problem)
        if item.id in seen:
            report.at(origin, "id", f"duplicate {kind} id '{item.id}' (first on line {seen[item.id]})")
        else:
            seen[item.id] = origin.line
    return list(seen)


def _check_topics(report: Report, topics: tuple[Topic, ...]) -> list[str]:
    """Checks topics.yaml and returns the topic ids, for the articles' `topic` check."""
    for topic in topics:
        origin = topic.origin
        report.choice(origin, "icon", topic.icon, TOPIC_ICONS)
        for lang, text in topic.title.items():
            report.length(origin, "title", text, TOPIC_TITLE_MAX, label=f"title ({lang})")
            report.uz_latn(origin, "title", lang, [text])
        for lang, text in topic.summary.items():
            report.length(origin, "summary", text, TOPIC_SUMMARY_MAX, label=f"summary ({lang})")
            report.uz_latn(origin, "summary", lang, [text])
    return _check_ids(report, topics, "topic")


def _check_contacts(report: Report, contacts: tuple[Contact, ...]) -> None:
    _check_ids(report, contacts, "contact")
    for contact in contacts:
        origin = contact.origin
        report.choice(origin, "category", contact.category, CONTACT_CATEGORIES)
        report.order(origin, "order", contact.order)
        if contact.phone is not None and origin.ok("phone"):
            if not is_phone(contact.phone):
                report.at(origin, "phone", f"phone '{contact.phone}' may contain only digits, spaces, +, -, "
                                           f"( and )")
            elif contact.sample and (problem := placeholder_phone_problem(contact.phone)):
                report.at(origin, "phone", problem)
        report.url(origin, "url", contact.url)
        report.countries(origin, "countries", contact.countries)
        for lang, text in contact.name.items():
            report.length(origin, "name", text, CONTACT_NAME_MAX, label=f"name ({lang})")
            report.uz_latn(origin, "name", lang, [text])
        for lang, text in contact.description.items():
            report.length(origin, "description", text, CONTACT_DESCRIPTION_MAX, label=f"description ({lang})")
            report.uz_latn(origin, "description", lang, [text])
