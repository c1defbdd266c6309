"""Shape checks of parsed bundle documents: keys, types, allowed values and complete languages.

Hash checks only prove that the bytes are the ones the builder (or signer) listed; these checks make sure
the kiosk can insert the documents without surprises (a missing key, a 400-digit number sqlite cannot
store, a lone surrogate UTF-8 cannot encode). Every failure is a BundleError naming the target file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from content.bundle_format import shard_of
from content.directory import ANSWERED_BY, KIOSK_SCREENS, OFFICE_KINDS, OFFICE_LIMITS, SERVICE_LIMITS
from content.errors import BundleError
from content.formats import parse_date, url_problem
from content.model import CONTACT_CATEGORIES, GUIDE_SECTIONS, ID_PATTERN, SEVERITIES, STATUSES, TOPIC_ICONS
from content.reasons import AGENCY_REASONS, WARNING_REASONS
from content.vacancies import LANGUAGES_ASKED, LEVELS, OCCUPATIONS, vacancy_part

_COUNTRY = re.compile(r"[a-z]{2}")
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1

Check = Callable[[Any, str], Any]


class Shape:
    """Checks for one target file; `where` is a JSON path like `articles[2].texts.ru.title`."""

    def __init__(self, name: str, languages: tuple[str, ...]) -> None:
        self.name = name
        self.languages = languages

    def fail(self, where: str, message: str) -> BundleError:
        return BundleError(f"{self.name}: {where}: {message}" if where else f"{self.name}: {message}")

    def obj(self, value: Any, where: str, fields: dict[str, Check],
            optional: dict[str, Check] | None = None) -> dict[str, Any]:
        """An object with every key of `fields`, any of `optional`, and no other."""
        if not isinstance(value, dict):
            raise self.fail(where, "must be a JSON object")
        optional = optional or {}
        for key in fields:
            if key not in value:
                raise self.fail(where, f"missing key '{key}'")
        for key in value:
            if key not in fields and key not in optional:
                raise self.fail(where, f"unknown key {key!r}")
        for key, check in {**fields, **optional}.items():
            if key in value:
                check(value[key], f"{where}.{key}" if where else key)
        return value

    def any_object(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a JSON object")
        return value

    def array(self, value: Any, where: str, item: Check) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "must be a JSON array")
        for index, element in enumerate(value):
            item(element, f"{where}[{index}]")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "must be a string")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(where, "is not valid Unicode text") from None
        return value

    def markdown(self, value: Any, where: str) -> str:
        """Body text in the kiosk's Markdown subset: the desk's own check, run again on every bundle the
        kiosk receives (a bundle signed elsewhere, or built by an older desk, gets no raw HTML through)."""
        from content.markdown import body_findings

        text = self.text(value, where)
        findings = body_findings(text)
        if findings:
            line, message = findings[0]
            raise self.fail(where, f"line {line + 1}: {message}")
        return text

    def maybe_text(self, value: Any, where: str) -> str | None:
        return None if value is None else self.text(value, where)

    def texts(self, value: Any, where: str) -> list[str]:
        return self.array(value, where, self.text)

    def matching(self, pattern: re.Pattern[str], what: str) -> Check:
        def check(value: Any, where: str) -> str:
            if not pattern.fullmatch(self.text(value, where)):
                raise self.fail(where, f"must be {what}, not {value[:60]!r}")
            return value
        return check

    def one_of(self, allowed: Collection[str]) -> Check:
        def check(value: Any, where: str) -> str:
            if self.text(value, where) not in allowed:
                raise self.fail(where, f"must be one of {', '.join(allowed)}, not {value[:60]!r}")
            return value
        return check

    def integer(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, "must be a whole number")
        if not _INT_MIN <= value <= _INT_MAX:
            raise self.fail(where, "is out of range")
        return value

    def boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "must be true or false")
        return value

    def date(self, value: Any, where: str) -> str:
        if parse_date(self.text(value, where)) is None:
            raise self.fail(where, f"must be a date YYYY-MM-DD, not {value[:60]!r}")
        return value

    def maybe_date(self, value: Any, where: str) -> str | None:
        return None if value is None else self.date(value, where)

    def url(self, value: Any, where: str) -> str:
        if why := url_problem(self.text(value, where)):
            raise self.fail(where, why)
        return value

    def maybe_url(self, value: Any, where: str) -> str | None:
        return None if value is None else self.url(value, where)

    def countries(self, value: Any, where: str) -> list[str]:
        return self.array(value, where, self.matching(_COUNTRY, "a two-letter country code"))

    def lang_map(self, value: Any, where: str) -> dict[str, str]:
        return self.obj(value, where, {lang: self.text for lang in self.languages})

    def lang_texts(self, fields: dict[str, Check]) -> Check:
        """`{lang: {...fields, "fallback": null | another language}}` for exactly the bundle's languages; a
        fallback must point at a language that has its own text."""
        def check(value: Any, where: str) -> dict[str, Any]:
            self.obj(value, where, {lang: _any for lang in self.languages})
            for lang in self.languages:
                others = self.one_of([other for other in self.languages if other != lang])
                self.obj(value[lang], f"{where}.{lang}", {**fields, "fallback": _optional(others)})
            for lang in self.languages:
                target = value[lang]["fallback"]
                if target is not None and value[target]["fallback"] is not None:
                    raise self.fail(f"{where}.{lang}.fallback", f"falls back to {target}, itself a fallback")
            return value
        return check


def _optional(check: Check) -> Check:
    """`check`, or None for a None value."""
    def optional(value: Any, where: str) -> Any:
        return None if value is None else check(value, where)
    return optional


def _any(value: Any, where: str) -> Any:
    return value


def _listing(s: Shape, doc: Any, key: str, item: dict[str, Check], extra: dict[str, Check] | None = None,
             optional: dict[str, Check] | None = None) -> list[dict[str, Any]]:
    """A document `{key: [item, ...], **extra}`; returns the items (which may have `optional` keys)."""
    def items(value: Any, where: str) -> list[Any]:
        return s.array(value, where, lambda element, at: s.obj(element, at, item, optional))
    return s.obj(doc, "", {**(extra or {}), key: items})[key]


def topics(s: Shape, doc: Any) -> list[dict[str, Any]]:
    topic = {"id": s.matching(ID_PATTERN, "an id"), "icon": s.one_of(TOPIC_ICONS), "order": s.integer,
             "title": s.lang_map, "summary": s.lang_map}
    return _listing(s, doc, "topics", topic)


def articles(s: Shape, doc: Any, topic: str) -> list[dict[str, Any]]:
    same_topic = s.one_of([topic])
    article = {"id": s.matching(ID_PATTERN, "an id"), "topic": same_topic, "order": s.integer,
               "countries": s.countries, "source": s.text, "reviewed_on": s.date, "qr": s.url,
               "sample": s.boolean,
               "texts": s.lang_texts({"title": s.text, "summary": s.text, "body": s.markdown})}
    return _listing(s, doc, "articles", article, {"topic": same_topic})


def alerts(s: Shape, doc: Any) -> list[dict[str, Any]]:
    alert = {"id": s.matching(ID_PATTERN, "an id"), "severity": s.one_of(SEVERITIES), "published_on": s.date,
             "expires_on": s.maybe_date, "qr": s.url, "sample": s.boolean,
             "texts": s.lang_texts({"title": s.text, "summary": s.text, "red_flags": s.texts,
                                    "actions": s.texts, "body": s.markdown})}
    return _listing(s, doc, "alerts", alert)


def guide(s: Shape, doc: Any, country: str) -> dict[str, Any]:
    return s.obj(doc, "", {
        "country": s.one_of([country]), "order": s.integer, "qr": s.url, "source": s.text,
        "reviewed_on": s.date, "sample": s.boolean,
        "texts": s.lang_texts({"name": s.text, "summary": s.text,
                               **{section: s.markdown for section in GUIDE_SECTIONS}}),
    })


def contacts(s: Shape, doc: Any) -> list[dict[str, Any]]:
    contact = {"id": s.matching(ID_PATTERN, "an id"), "category": s.one_of(CONTACT_CATEGORIES),
               "order": s.integer, "phone": s.maybe_text, "url": s.maybe_url, "countries": s.countries,
               "sample": s.boolean,
               "texts": s.lang_texts({"name": s.text, "description": s.text})}
    return _listing(s, doc, "contacts", contact)


def agencies(s: Shape, doc: Any, shard: str) -> list[dict[str, Any]]:
    def in_shard(value: Any, where: str) -> str:
        if shard_of(s.text(value, where)) != shard:
            raise s.fail(where, f"licence number {value[:60]!r} belongs in shard {shard_of(value)}")
        return value
    agency = {"licence_no": in_shard, "name": s.text, "other_names": s.texts, "tin": s.text,
              "status": s.one_of(STATUSES), "issued_on": s.date, "expires_on": s.date,
              "status_changed_on": s.maybe_date, "status_reason": s.text, "region": s.text, "address": s.text,
              "phone": s.text, "countries": s.countries}
    codes = {"status_reason_code": s.one_of(tuple(AGENCY_REASONS))}
    return _listing(s, doc, "agencies", agency, {"shard": s.one_of([shard])}, codes)


def warnings(s: Shape, doc: Any) -> list[dict[str, Any]]:
    warning: dict[str, Check] = {
        "id": s.text, "names": s.texts, "phones": s.texts, "telegram": s.texts, "websites": s.texts,
        "reason": s.text, "listed_on": s.date,
    }
    return _listing(s, doc, "warnings", warning, optional={"reason_code": s.one_of(tuple(WARNING_REASONS))})


def offices(s: Shape, doc: Any) -> list[dict[str, Any]]:
    office = {"id": s.matching(ID_PATTERN, "an id"), "kind": s.one_of(OFFICE_KINDS), "order": s.integer,
              "region": s.maybe_text, "country": s.matching(_COUNTRY, "a two-letter country code"),
              "phone": s.maybe_text, "geo": s.maybe_text, "open_from": s.maybe_date,
              "open_until": s.maybe_date, "sample": s.boolean,
              "texts": s.lang_texts({name: s.text for name in OFFICE_LIMITS})}
    return _listing(s, doc, "offices", office)


def services(s: Shape, doc: Any) -> list[dict[str, Any]]:
    service = {"id": s.matching(ID_PATTERN, "an id"), "order": s.integer,
               "answered_by": s.one_of(ANSWERED_BY),
               "kiosk_screen": lambda v, w: None if v is None else s.one_of(KIOSK_SCREENS)(v, w),
               "qr": s.url,
               "sample": s.boolean, "texts": s.lang_texts({name: s.text for name in SERVICE_LIMITS})}
    return _listing(s, doc, "services", service)


def vacancies(s: Shape, doc: Any, key: str) -> list[dict[str, Any]]:
    """One part of a destination (`key` "de-07"): every vacancy of that country whose id hashes to that
    part; each item read gains "part" (the key), the content.db column a changed part's rows are found by."""
    country, part = key.split("-")
    same_country = s.one_of([country])
    vacancy = {"id": s.matching(ID_PATTERN, "an id"), "country": same_country,
               "occupation": s.one_of(OCCUPATIONS), "employer": s.text, "licence_no": s.text,
               "wage_min": s.integer, "wage_max": s.integer, "currency": s.text, "hours_per_week": s.integer,
               "language": s.one_of(LANGUAGES_ASKED),
               "language_level": lambda v, w: None if v is None else s.one_of(LEVELS)(v, w),
               "contract_no": s.text, "places": s.integer, "closes_on": s.date, "apply_url": s.url}
    items = _listing(s, doc, "vacancies", vacancy, {"country": same_country, "part": s.one_of([part])})
    for at, item in enumerate(items):
        if vacancy_part(item["id"]) != part:
            raise s.fail(f"vacancies[{at}].id", f"belongs in part {vacancy_part(item['id'])}, not {part}")
        item["part"] = key
    return items
