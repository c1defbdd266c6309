"""An urgent alert written in one language and broadcast at once (`kiosk-admin alert`).

An alerts desk cannot wait for four translations when a scam is spreading: the alert is written in one
language and the other languages are explicit fallbacks to it (the bundle format's `fallback`), so every
kiosk shows it within one poll and says which language it is in. Translations follow in the sources.

The alert is the content model's own `Alert` (as if read from `alerts/<id>/`), checked by the content
validator's `check_alert` and written by the bundle builder's `alert_document`: the desk and the source
folders obey one set of rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from content import bundle_shape
from content.bundle import alert_document
from content.bundle_format import canonical_json
from content.bundle_read import parse_json
from content.checks import Report
from content.errors import BundleError, Problem
from content.model import LANGUAGES, Alert, AlertMeta, AlertText, LangFile, Origin
from content.validate_items import check_alert


@dataclass(frozen=True)
class AlertDraft:
    """What the desk types: one alert in one language."""

    id: str
    lang: str
    title: str
    summary: str
    red_flags: list[str]
    actions: list[str]
    qr: str
    severity: str = "urgent"
    expires_on: str | None = None
    body: str = ""
    published_on: str = field(default_factory=lambda: date.today().isoformat())


def to_alert(draft: AlertDraft) -> Alert:
    """The draft as the content model's alert: its own language, every other one a fallback to it."""
    meta = AlertMeta(draft.id, draft.severity, draft.published_on, draft.expires_on, draft.qr, False)
    text = AlertText(draft.title, draft.summary, tuple(draft.red_flags), tuple(draft.actions))
    folder = f"alerts/{draft.id}"
    files = {}
    for lang in LANGUAGES:
        own = lang == draft.lang
        files[lang] = LangFile(lang, meta, text if own else None, None if own else draft.lang,
                               draft.body if own else "", 1, Origin(f"{folder}/{lang}.md"))
    return Alert(draft.id, folder, files)


def problems(draft: AlertDraft) -> list[Problem]:
    """Everything wrong with the draft, by the same checks as an alert in the content sources."""
    if draft.lang not in LANGUAGES:
        return [Problem("lang", None, f"'{draft.lang}' is not one of {', '.join(LANGUAGES)}")]
    found: list[Problem] = []
    check_alert(Report(found), to_alert(draft))
    return found


def with_alert(current: bytes | None, draft: AlertDraft) -> bytes:
    """`alerts.json` with the draft added (or replacing the alert with the same id), checked like a kiosk."""
    found = problems(draft)
    if found:
        raise ValueError("; ".join(p.message for p in found))
    doc = parse_json("alerts.json", current) if current else {"alerts": []}
    alerts = [a for a in doc["alerts"] if a.get("id") != draft.id] + [alert_document(to_alert(draft))]
    new = {"alerts": sorted(alerts, key=lambda a: a["id"])}
    try:
        bundle_shape.alerts(bundle_shape.Shape("alerts.json", LANGUAGES), new)
    except BundleError as exc:
        raise ValueError(str(exc)) from exc
    return canonical_json(new)
