"""What a licence check tells the traveller: one of six verdicts, decided here without any UI.

Kept pure so that the rules a traveller's safety depends on are tested directly: an agency whose licence
date has passed is EXPIRED even if the registry still says active, and a registry the caller calls stale
never produces a plain (safe, green) LICENSED.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from content.model import Agency
from content.model import Warning as WarningEntry


class Status(Enum):
    """What a traveller is told about one registry entry. The search result list and the verdict screen
    show the same status for the same entry, each with its own icon, colour and word; only LICENSED from
    fresh registry data is green."""

    LICENSED = "licensed"
    LICENSED_UNVERIFIED = "licensed_unverified"  # licensed, but the registry here is too old to confirm it
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"
    WARNING_LIST = "warning_list"
    NOT_FOUND = "not_found"

    @property
    def level(self) -> str:
        """safe (green), caution (amber) or danger (red): the colour family of the status."""
        if self is Status.LICENSED:
            return "safe"
        if self in (Status.LICENSED_UNVERIFIED, Status.SUSPENDED, Status.NOT_FOUND):
            return "caution"
        return "danger"


class Kind(Enum):
    LICENSED = "licensed"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"
    WARNING_LIST = "warning_list"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    agency: Agency | None = None
    warning: WarningEntry | None = None
    stale: bool = False  # registry data too old to confirm a licence: never show a plain green LICENSED
    query: str = ""

    @property
    def safe(self) -> bool:
        """Only a current licence from fresh registry data is shown as safe (green)."""
        return self.status is Status.LICENSED

    @property
    def status(self) -> Status:
        if self.kind is Kind.LICENSED and self.stale:
            return Status.LICENSED_UNVERIFIED
        return Status(self.kind.value)


def _parse(day: str | None) -> date | None:
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


def is_stale(verified_at: datetime | None, registry_as_of: datetime | None, today: date,
             stale_after_days: int) -> bool:
    """The one staleness rule (the kiosk's verdicts and `kiosk status` through
    `kiosk.services.verdicts.registry_freshness`, `kiosk search --json`, the phone edition).

    Registry data is stale when the kiosk's last verified refresh is more than `stale_after_days`
    calendar days before `today`, or when the licensing office's own signed "as of" date is. The first
    catches a kiosk cut off from its server; the second a server (or a thief of its online keys) that
    keeps serving an old registry as new, which no refresh can detect. Unknown times count as old.
    """
    return any(at is None or (today - at.date()).days > stale_after_days
               for at in (verified_at, registry_as_of))


def agency_verdict(agency: Agency, today: date, *, stale: bool) -> Verdict:
    """The verdict for a registry entry, given today's date and whether the registry is stale.

    Staleness is the caller's fact (`is_stale`); on the kiosk, `kiosk.services.verdicts.registry_freshness`
    decides it.
    """
    return Verdict(kind=licence_kind(agency.status, agency.expires_on, today), agency=agency, stale=stale)


def licence_kind(status: str, expires_on: str | None, today: date) -> Kind:
    """The verdict kind for a registry status: an active licence past its end date (or with none) is
    EXPIRED, and an unknown status is never LICENSED."""
    expires = _parse(expires_on)
    if status == "active" and (expires is None or expires < today):
        status = "expired"
    return {"active": Kind.LICENSED, "suspended": Kind.SUSPENDED, "revoked": Kind.REVOKED}.get(
        status, Kind.EXPIRED
    )


def warning_verdict(entry: WarningEntry) -> Verdict:
    return Verdict(kind=Kind.WARNING_LIST, warning=entry)


def not_found(query: str) -> Verdict:
    return Verdict(kind=Kind.NOT_FOUND, query=query)
