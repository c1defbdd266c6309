"""An urgent alert written in one language and broadcast at once (`kiosk-admin alert`).

An alerts desk cannot wait for four translations when a scam is spreading: the alert is written in one
language and the other languages are explicit fallbacks to it (the bundle format's `fallback`), so every
kiosk shows it within one poll and says which language it is in. Translations follow in the sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from content import bundle_shape
from content.bundle_format import canonical_json
from content.bundle_read import parse_json
from content.errors import BundleError
from content.formats import url_problem
from content.model import LANGUAGES

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SEVERITIES = ("urgent", "warning", "info")


@dataclass(frozen=True)
class AlertText:
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


def problems(alert: AlertText) -> list[str]:
    """Everything wrong with the alert, by the limits of content/README.md."""
    found = []
    if not _ID.fullmatch(alert.id) or len(alert.id) > 48:
        found.append("id: lower-case ASCII words joined by '-', at most 48 characters")
    if alert.lang not in LANGUAGES:
        found.append(f"lang: one of {', '.join(LANGUAGES)}")
    if alert.severity not in SEVERITIES:
        found.append(f"severity: one of {', '.join(SEVERITIES)}")
    for name, value, limit in (("title", alert.title, 70), ("summary", alert.summary, 200)):
        if not value.strip() or len(value) > limit:
            found.append(f"{name}: 1-{limit} characters")
    for name, items in (("red flag", alert.red_flags), ("action", alert.actions)):
        if not 1 <= len(items) <= 8 or any(not i.strip() or len(i) > 140 for i in items):
            found.append(f"{name}s: 1-8 of them, each 1-140 characters")
    if why := url_problem(alert.qr):
        found.append(f"qr: {why}")
    if len(alert.body) > 3000:
        found.append("body: at most 3,000 characters")
    return found


def to_json(alert: AlertText) -> dict[str, Any]:
    """The alert as an `alerts.json` item: its own language, every other one a fallback copy."""
    text = {"title": alert.title, "summary": alert.summary, "red_flags": list(alert.red_flags),
            "actions": list(alert.actions), "body": alert.body.strip()}
    texts = {lang: {**text, "fallback": None if lang == alert.lang else alert.lang} for lang in LANGUAGES}
    return {"id": alert.id, "severity": alert.severity, "published_on": alert.published_on,
            "expires_on": alert.expires_on, "qr": alert.qr, "sample": False, "texts": texts}


def with_alert(current: bytes | None, alert: AlertText) -> bytes:
    """`alerts.json` with `alert` added (or replacing the alert with the same id), checked like a kiosk."""
    found = problems(alert)
    if found:
        raise ValueError("; ".join(found))
    doc = parse_json("alerts.json", current) if current else {"alerts": []}
    alerts = [a for a in doc["alerts"] if a.get("id") != alert.id] + [to_json(alert)]
    new = {"alerts": sorted(alerts, key=lambda a: a["id"])}
    try:
        bundle_shape.alerts(bundle_shape.Shape("alerts.json", LANGUAGES), new)
    except BundleError as exc:
        raise ValueError(str(exc)) from exc
    return canonical_json(new)
