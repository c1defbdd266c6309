"""The loaded source tree as frozen data, and the constants of the source format (see content/README.md).

Values keep the source's own spelling (dates as written, for instance): the validator judges them and the
bundle builder normalises them. Every item carries an `Origin` so a problem can name its file and line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from content.errors import Problem
from content.languages import LANGUAGES

if TYPE_CHECKING:  # content.directory builds on this module
    from content.directory import Office, PlatformService

TOPIC_ICONS: tuple[str, ...] = (
    "rights", "recruitment", "routes", "contract", "passport", "trouble", "alert", "country", "help", "check",
    "report",
)
SEVERITIES: tuple[str, ...] = ("urgent", "warning", "info")
CONTACT_CATEGORIES: tuple[str, ...] = ("agency", "consulate", "international", "emergency")
STATUSES: tuple[str, ...] = ("active", "suspended", "revoked", "expired")

# ISO 3166-1 alpha-2 codes, lower case: destinations of labour migration from Uzbekistan and their
# neighbours. A code outside this list is far more likely a typo ("uk", "en") than a new destination.
COUNTRIES: frozenset[str] = frozenset((
    "uz", "kz", "kg", "tj", "tm", "af", "ru", "by", "ua", "md", "az", "am", "ge", "de", "gb", "ie",
    "lt", "lv", "ee", "pl", "cz", "sk", "hu", "ro", "bg", "hr", "si", "rs", "fi", "se", "no", "dk",
    "is", "nl", "be", "lu", "fr", "it", "es", "pt", "at", "ch", "gr", "cy", "mt", "tr", "ae", "sa",
    "qa", "kw", "om", "bh", "il", "jo", "eg", "kr", "jp", "cn", "hk", "tw", "mn", "sg", "my", "th",
    "vn", "id", "ph", "in", "us", "ca", "au", "nz",
))

# Every guide has all six: entry and work rules (with registration deadlines), documents, the scams on that
# route, the embassy and agency office there, the destination's own emergency numbers (112 is not the
# police everywhere), and a checklist to go through before boarding.
GUIDE_SECTIONS: tuple[str, ...] = ("route", "documents", "scams", "contacts", "emergency", "checklist")
GUIDE_HEADINGS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "uz-Latn": MappingProxyType({"route": "## Qonuniy yoʻl", "documents": "## Hujjatlar",
                                 "scams": "## Koʻp uchraydigan firibgarliklar", "contacts": "## Aloqa",
                                 "emergency": "## Favqulodda raqamlar",
                                 "checklist": "## Uchishdan oldin tekshiring"}),
    "uz-Cyrl": MappingProxyType({"route": "## Қонуний йўл", "documents": "## Ҳужжатлар",
                                 "scams": "## Кўп учрайдиган фирибгарликлар", "contacts": "## Алоқа",
                                 "emergency": "## Фавқулодда рақамлар",
                                 "checklist": "## Учишдан олдин текширинг"}),
    "ru": MappingProxyType({"route": "## Законный путь", "documents": "## Документы",
                            "scams": "## Частые виды мошенничества", "contacts": "## Контакты",
                            "emergency": "## Экстренные номера", "checklist": "## Перед вылетом проверьте"}),
    "en": MappingProxyType({"route": "## Legal route", "documents": "## Documents",
                            "scams": "## Common scams", "contacts": "## Contacts",
                            "emergency": "## Emergency numbers", "checklist": "## Before you board"}),
})

# The one id rule (articles, alerts, topics, contacts, warnings' folders and bundle file names): lower-case
# ASCII words joined by "-", at most ID_MAX characters. `content.formats.id_problem` explains a bad one.
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Length limits, in characters (code points).
ID_MAX = 48
URL_MAX = 300
ORDER_MAX = 999_999
TOPIC_TITLE_MAX = 40
TOPIC_SUMMARY_MAX = 120
ARTICLE_TITLE_MAX = 70
ARTICLE_SUMMARY_MAX = 200
ARTICLE_BODY_MAX = 6000
ALERT_TITLE_MAX = 70
ALERT_SUMMARY_MAX = 200
ALERT_BODY_MAX = 3000
ALERT_LIST_MAX = 8
ALERT_LIST_ITEM_MAX = 140
GUIDE_NAME_MAX = 32
GUIDE_SUMMARY_MAX = 120
CONTACT_NAME_MAX = 60
CONTACT_DESCRIPTION_MAX = 200

M = TypeVar("M")
T = TypeVar("T")


@dataclass(frozen=True)
class Origin:
    """Where something was read: the file, the line it starts on, each field's line, and the fields that
    were missing or of the wrong type (already reported, so later checks skip them)."""

    path: str
    line: int | None = None
    fields: Mapping[str, int] = field(default_factory=dict)
    bad: frozenset[str] = frozenset()

    def at(self, name: str) -> int | None:
        return self.fields.get(name, self.line)

    def ok(self, name: str) -> bool:
        return name not in self.bad


@dataclass(frozen=True)
class Topic:
    id: str
    icon: str
    order: int
    title: Mapping[str, str]
    summary: Mapping[str, str]
    origin: Origin


@dataclass(frozen=True)
class ArticleMeta:
    id: str
    topic: str
    order: int
    countries: tuple[str, ...]
    source: str
    reviewed_on: str
    qr: str
    sample: bool


@dataclass(frozen=True)
class ArticleText:
    title: str
    summary: str


@dataclass(frozen=True)
class AlertMeta:
    id: str
    severity: str
    published_on: str
    expires_on: str | None
    qr: str
    sample: bool


@dataclass(frozen=True)
class AlertText:
    title: str
    summary: str
    red_flags: tuple[str, ...]
    actions: tuple[str, ...]


@dataclass(frozen=True)
class GuideMeta:
    country: str
    order: int
    qr: str
    source: str
    reviewed_on: str
    sample: bool


@dataclass(frozen=True)
class GuideText:
    name: str
    summary: str


@dataclass(frozen=True)
class LangFile(Generic[M, T]):
    """One `<lang>.md` file: its shared fields (`meta`), its own texts (None for a fallback) and its body."""

    lang: str
    meta: M
    text: T | None
    fallback: str | None
    body: str
    body_line: int
    origin: Origin


@dataclass(frozen=True)
class Item(Generic[M, T]):
    """A folder of language files (`articles/<id>/`, `alerts/<id>/`, `guides/<country>/`)."""

    folder: str
    path: str
    files: Mapping[str, LangFile[M, T]]
    unreadable: frozenset[str] = frozenset()  # languages whose file exists but could not be parsed (reported)

    @property
    def reference(self) -> LangFile[M, T]:
        """The file whose shared fields speak for the item: the first non-fallback file in LANGUAGES order."""
        present = [self.files[lang] for lang in LANGUAGES if lang in self.files]
        return next((f for f in present if f.fallback is None), present[0])

    @property
    def meta(self) -> M:
        return self.reference.meta


@dataclass(frozen=True)
class Article(Item[ArticleMeta, ArticleText]):
    pass


@dataclass(frozen=True)
class Alert(Item[AlertMeta, AlertText]):
    pass


@dataclass(frozen=True)
class Guide(Item[GuideMeta, GuideText]):
    pass


@dataclass(frozen=True)
class Contact:
    id: str
    category: str
    order: int
    phone: str | None
    url: str | None
    countries: tuple[str, ...]
    sample: bool
    name: Mapping[str, str]
    description: Mapping[str, str]
    origin: Origin


@dataclass(frozen=True)
class Agency:
    """One row of registry/agencies.csv; dates as written, lists split on `;`, country codes lower-cased."""

    licence_no: str
    name: str
    other_names: tuple[str, ...]
    tin: str
    status: str
    issued_on: str
    expires_on: str
    status_changed_on: str
    status_reason: str
    region: str
    address: str
    phone: str
    countries: tuple[str, ...]
    origin: Origin | None = None  # where the row was read from; None once it is in content.db
    status_reason_code: str = ""  # content/reasons.py AGENCY_REASONS; status_reason keeps the office's words


@dataclass(frozen=True)
class Warning:
    """One row of registry/warnings.csv: a known illegal operator."""

    id: str
    names: tuple[str, ...]
    phones: tuple[str, ...]
    telegram: tuple[str, ...]
    websites: tuple[str, ...]
    reason: str
    listed_on: str
    origin: Origin | None = None
    reason_code: str = ""  # content/reasons.py WARNING_REASONS; reason keeps the office's words


BUILD_DAY = "build-day"  # bundle.yaml `registry_as_of`: the sample registry is as of the day it is built


@dataclass(frozen=True)
class Source:
    """A whole source folder as loaded; `problems` holds what the loader already found (syntax, fields)."""

    root: Path
    sample: bool
    languages: tuple[str, ...]
    settings: Origin
    topics: tuple[Topic, ...] = ()
    articles: tuple[Article, ...] = ()
    alerts: tuple[Alert, ...] = ()
    guides: tuple[Guide, ...] = ()
    contacts: tuple[Contact, ...] = ()
    agencies: tuple[Agency, ...] = ()
    warnings: tuple[Warning, ...] = ()
    offices: tuple[Office, ...] = ()
    services: tuple[PlatformService, ...] = ()
    vacancies: tuple[Any, ...] = ()  # content/vacancies.py Vacancy rows (the platform's export)
    problems: tuple[Problem, ...] = ()
    # The red-flag checker (content/checker_source.py) and the Q&A pairs (content/qa_source.py); they keep
    # their own model there because their texts also cover the kiosk's extra UI languages.
    checker: Any = None
    qa: tuple[Any, ...] = ()
    # bundle.yaml's `registry_as_of`: None (the registry's own newest date) or BUILD_DAY (sample only).
    registry_as_of: str | None = None

