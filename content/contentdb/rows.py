"""The rows of content.db's tables from the items of a verified bundle (content.bundle_read's plain JSON
values), each as a tuple in the column order of `schema.TABLES`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from content.bundle_format import shard_of
from content.languages import DEFAULT_FALLBACKS, UI_LANGUAGES, content_language, text_in

Row = tuple[Any, ...]


def topic_rows(topics: Iterable[dict]) -> Iterator[Row]:
    for t in topics:
        for lang, title in t["title"].items():
            yield (t["id"], lang, t["order"], t["icon"], title, t["summary"][lang])
        for lang in DEFAULT_FALLBACKS:
            target = content_language(lang)
            yield (t["id"], lang, t["order"], t["icon"], t["title"][target], t["summary"][target])


def _texts(items: Iterable[dict], shape: Callable[[dict, str, dict], Row]) -> Iterator[Row]:
    """One row per item and UI language: the shared fields plus that language's texts. The kiosk's extra
    UI languages (content/languages.py) get the texts of the language they fall back to, marked as such."""
    for item in items:
        texts = item["texts"]
        for lang, text in texts.items():
            yield shape(item, lang, text)
        for lang in DEFAULT_FALLBACKS:
            yield shape(item, lang, text_in(texts, lang))


def article_rows(articles: Iterable[dict]) -> Iterator[Row]:
    return _texts(articles, lambda a, lang, t: (
        a["id"], lang, a["topic"], a["order"], t["title"], t["summary"], t["body"], t.get("fallback"),
        json.dumps(a["countries"]), a["source"], a["reviewed_on"], a["qr"], int(bool(a["sample"]))))


def alert_rows(alerts: Iterable[dict]) -> Iterator[Row]:
    return _texts(alerts, lambda a, lang, t: (
        a["id"], lang, a["severity"], a["published_on"], a.get("expires_on"), t["title"], t["summary"],
        t.get("body") or "", json.dumps(t["red_flags"], ensure_ascii=False),
        json.dumps(t["actions"], ensure_ascii=False), t.get("fallback"), a["qr"], int(bool(a["sample"]))))


def guide_rows(guides: Iterable[dict]) -> Iterator[Row]:
    return _texts(guides, lambda g, lang, t: (
        g["country"], lang, g["order"], t["name"], t["summary"], t["route"], t["documents"], t["scams"],
        t["contacts"], t["emergency"], t["checklist"], t.get("fallback"),
        g["qr"], g["source"], g["reviewed_on"], int(bool(g["sample"]))))


def contact_rows(contacts: Iterable[dict]) -> Iterator[Row]:
    return _texts(contacts, lambda c, lang, t: (
        c["id"], lang, c["category"], c["order"], t["name"], t["description"], c.get("phone"), c.get("url"),
        json.dumps(c.get("countries", [])), t.get("fallback"), int(bool(c["sample"]))))


def agency_row(a: dict) -> Row:
    return (a["licence_no"], a["name"], json.dumps(a.get("other_names") or [], ensure_ascii=False), a["tin"],
            a["status"], a["issued_on"], a["expires_on"], a.get("status_changed_on"), a["status_reason"],
            a["region"], a["address"], a["phone"], json.dumps(a.get("countries") or [], ensure_ascii=False),
            shard_of(a["licence_no"]), a.get("status_reason_code", ""))


def warning_row(w: dict) -> Row:
    lists = (json.dumps(w.get(key) or [], ensure_ascii=False) for key in ("names", "phones", "telegram",
                                                                          "websites"))
    return (w["id"], *lists, w["reason"], w["listed_on"], w.get("reason_code", ""))


def checker_rows(docs: Iterable[dict]) -> Iterator[Row]:
    """The checker document once per UI language (its texts already cover all of them)."""
    for doc in docs:
        data = json.dumps(doc, ensure_ascii=False, sort_keys=True)
        for lang in UI_LANGUAGES:
            yield ("checker", lang, data)


def qa_rows(pairs: Iterable[dict]) -> Iterator[Row]:
    for p in pairs:
        questions = json.dumps(p["questions"], ensure_ascii=False, sort_keys=True)
        for lang in UI_LANGUAGES:
            yield (p["id"], lang, p["answer"][lang], p["see"], p["fallback"].get(lang), questions)
def office_rows(offices: Iterable[dict]) -> Iterator[Row]:
    return _texts(offices, lambda o, lang, t: (
        o["id"], lang, o["kind"], o["order"], o.get("region"), o["country"], o.get("phone"), o.get("geo"),
        o.get("open_from"), o.get("open_until"), t["name"], t["address"], t["hours"], t["does"],
        t.get("fallback"), int(bool(o["sample"]))))


def service_rows(services: Iterable[dict]) -> Iterator[Row]:
    return _texts(services, lambda s, lang, t: (
        s["id"], lang, s["order"], s["answered_by"], s.get("kiosk_screen"), s["qr"], t["name"], t["what"],
        t["who"], t["bring"], t.get("fallback"), int(bool(s["sample"]))))


def vacancy_rows(vacancies: Iterable[dict]) -> Iterator[Row]:
    for v in vacancies:
        yield (v["id"], v["part"], v["country"], v["occupation"], v["employer"], v["licence_no"],
               v["wage_min"], v["wage_max"], v["currency"], v["hours_per_week"], v["language"],
               v.get("language_level"), v["contract_no"], v["places"], v["closes_on"], v["apply_url"])


# Table -> rows of a list of items of that kind.
ROWS: dict[str, Callable[[list[dict]], Iterable[Row]]] = {
    "topics": topic_rows,
    "articles": article_rows,
    "alerts": alert_rows,
    "guides": guide_rows,
    "contacts": contact_rows,
    "agencies": lambda items: map(agency_row, items),
    "warnings": lambda items: map(warning_row, items),
    "checker": checker_rows,
    "qa": qa_rows,
    "offices": office_rows,
    "services": service_rows,
    "vacancies": vacancy_rows,
}
