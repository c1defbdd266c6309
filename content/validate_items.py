"""Checks of the per-language Markdown items: articles, alerts and country guides."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from content.checks import COUNTRY_HINT, Report
from content.formats import id_problem, parse_date
from content.markdown import split_guide
from content.model import (
    ALERT_BODY_MAX,
    ALERT_LIST_ITEM_MAX,
    ALERT_LIST_MAX,
    ALERT_SUMMARY_MAX,
    ALERT_TITLE_MAX,
    ARTICLE_BODY_MAX,
    ARTICLE_SUMMARY_MAX,
    ARTICLE_TITLE_MAX,
    COUNTRIES,
    GUIDE_NAME_MAX,
    GUIDE_SUMMARY_MAX,
    LANGUAGES,
    SEVERITIES,
    Alert,
    AlertMeta,
    AlertText,
    Article,
    ArticleMeta,
    ArticleText,
    Guide,
    GuideMeta,
    GuideText,
    Item,
    LangFile,
)

LANG_FILES = ", ".join(f"{lang}.md" for lang in LANGUAGES)


def check_languages(report: Report, item: Item, kind: str) -> None:
    """Every language present, or an explicit fallback to a present file that has its own text; shared
    fields identical in every file."""
    for lang in LANGUAGES:
        if lang not in item.files and lang not in item.unreadable:
            report.add(f"{item.path}/{lang}.md", None,
                       f"missing language file: every {kind} needs {LANG_FILES} (a file may be a fallback)")
    for f in item.files.values():
        if f.fallback is None:
            continue
        line = f.origin.at("fallback")
        target = item.files.get(f.fallback)
        if f.fallback not in LANGUAGES:
            report.add(f.origin.path, line, f"fallback '{f.fallback}' is not a language; use one of "
                                            f"{', '.join(LANGUAGES)}")
        elif f.fallback == f.lang:
            report.add(f.origin.path, line, "a file cannot fall back to its own language")
        elif target is None and f.fallback not in item.unreadable:
            report.add(f.origin.path, line, f"falls back to {f.fallback}, but {f.fallback}.md is missing")
        elif target is not None and target.fallback is not None:
            report.add(f.origin.path, line, f"falls back to {f.fallback}, which is itself a fallback; "
                                            f"fall back to a file that has its own text")
        if f.body.strip():
            first = next(i for i, text in enumerate(f.body.split("\n")) if text.strip())
            report.add(f.origin.path, f.body_line + first, "a fallback file must have no body")
    ref = item.reference
    for f in item.files.values():
        if f is ref:
            continue
        for field in dataclasses.fields(f.meta):
            mine, theirs = getattr(f.meta, field.name), getattr(ref.meta, field.name)
            if mine != theirs and f.origin.ok(field.name) and ref.origin.ok(field.name):
                report.at(f.origin, field.name,
                          f"field '{field.name}' must be the same in every language file: "
                          f"{_show(mine)} here, {_show(theirs)} in {ref.lang}.md")


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, bool):
        return str(value).lower()
    return repr(value) if isinstance(value, str) else str(value)


def _check_id(report: Report, item: Item, f: LangFile, name: str, value: str) -> None:
    if f.origin.ok(name) and value != item.folder:
        report.at(f.origin, name, f"{name} '{value}' does not match the folder name '{item.folder}'")


def check_article(report: Report, article: Article, topics: Collection[str]) -> None:
    if problem := id_problem(article.folder):
        report.add(article.path, None, f"folder name: {problem}")
    check_languages(report, article, "article")
    for f in article.files.values():
        meta: ArticleMeta = f.meta
        origin = f.origin
        _check_id(report, article, f, "id", meta.id)
        if origin.ok("topic") and meta.topic not in topics:
            report.at(origin, "topic", f"unknown topic '{meta.topic}'; topics.yaml has: {', '.join(topics)}")
        report.order(origin, "order", meta.order)
        report.countries(origin, "countries", meta.countries)
        report.date(origin, "reviewed_on", meta.reviewed_on)
        report.url(origin, "qr", meta.qr)
        text: ArticleText | None = f.text
        if text is not None:
            report.length(origin, "title", text.title, ARTICLE_TITLE_MAX)
            report.length(origin, "summary", text.summary, ARTICLE_SUMMARY_MAX)
            report.uz_latn(origin, "title", f.lang, [text.title])
            report.uz_latn(origin, "summary", f.lang, [text.summary])
            report.body(origin, f.body_line, f.body, f.lang, ARTICLE_BODY_MAX, required=True)


def check_alert(report: Report, alert: Alert) -> None:
    if problem := id_problem(alert.folder):
        report.add(alert.path, None, f"folder name: {problem}")
    check_languages(report, alert, "alert")
    for f in alert.files.values():
        meta: AlertMeta = f.meta
        origin = f.origin
        _check_id(report, alert, f, "id", meta.id)
        report.choice(origin, "severity", meta.severity, SEVERITIES)
        report.date(origin, "published_on", meta.published_on)
        report.date(origin, "expires_on", meta.expires_on)
        published, expires = parse_date(meta.published_on), parse_date(meta.expires_on or "")
        if published and expires and expires < published:  # equal: expired on the day (expire now)
            report.at(origin, "expires_on", f"expires_on ({meta.expires_on}) must not be before "
                                            f"published_on ({meta.published_on})")
        report.url(origin, "qr", meta.qr)
        text: AlertText | None = f.text
        if text is None:
            continue
        report.length(origin, "title", text.title, ALERT_TITLE_MAX)
        report.length(origin, "summary", text.summary, ALERT_SUMMARY_MAX)
        for name, values in (("red_flags", text.red_flags), ("actions", text.actions)):
            if origin.ok(name) and not 1 <= len(values) <= ALERT_LIST_MAX:
                report.at(origin, name, f"{name} must have 1 to {ALERT_LIST_MAX} items, not {len(values)}")
            for number, value in enumerate(values, start=1):
                if not value:
                    report.at(origin, name, f"{name} item {number} is empty")
                report.length(origin, name, value, ALERT_LIST_ITEM_MAX, label=f"{name} item {number}")
        report.uz_latn(origin, "title", f.lang, [text.title])
        report.uz_latn(origin, "summary", f.lang, [text.summary])
        report.uz_latn(origin, "red_flags", f.lang, text.red_flags)
        report.uz_latn(origin, "actions", f.lang, text.actions)
        report.body(origin, f.body_line, f.body, f.lang, ALERT_BODY_MAX, required=False)


def check_guide(report: Report, guide: Guide) -> None:
    if guide.folder not in COUNTRIES:
        report.add(guide.path, None, f"unknown country code '{guide.folder}' as folder name; {COUNTRY_HINT}")
    check_languages(report, guide, "guide")
    for f in guide.files.values():
        meta: GuideMeta = f.meta
        origin = f.origin
        _check_id(report, guide, f, "country", meta.country)
        report.order(origin, "order", meta.order)
        report.date(origin, "reviewed_on", meta.reviewed_on)
        report.url(origin, "qr", meta.qr)
        text: GuideText | None = f.text
        if text is None:
            continue
        report.length(origin, "name", text.name, GUIDE_NAME_MAX)
        report.length(origin, "summary", text.summary, GUIDE_SUMMARY_MAX)
        report.uz_latn(origin, "name", f.lang, [text.name])
        report.uz_latn(origin, "summary", f.lang, [text.summary])
        for offset, message in split_guide(f.body, f.lang, f.body_line).findings:
            report.add(origin.path, f.body_line + offset, message)
        report.body(origin, f.body_line, f.body, f.lang, None, required=False)
