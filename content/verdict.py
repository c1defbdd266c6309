"""What a licence check tells the traveller: one of six verdicts, decided here without any UI.

Kept pure so that the rules a traveller's safety depends on are tested directly: an agency whose licence
date has passed is EXPIRED even if the registry still says active, and a registry the caller calls stale
never produces a plain (safe, green) LICENSED.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from content.model import Agency
from content.model import Warning as WarningEntry


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
        return self.kind is Kind.LICENSED and not self.stale


def _parse(day: str | None) -> date | None:
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


def agency_verdict(agency: Agency, today: date, *, stale: bool) -> Verdict:
    """The verdict for a registry entry, given today's date and whether the registry is stale.

    Staleness is the caller's fact; on the kiosk, `kiosk.services.verdicts.registry_freshness` decides it.
    """
    status = agency.status
    expires = _parse(agency.expires_on)
    if status == "active" and (expires is None or expires < today):
        status = "expired"
    kind = {"active": Kind.LICENSED, "suspended": Kind.SUSPENDED, "revoked": Kind.REVOKED}.get(
        status, Kind.EXPIRED
    )
    return Verdict(kind=kind, agency=agency, stale=stale)


def warning_verdict(entry: WarningEntry) -> Verdict:
    return Verdict(kind=Kind.WARNING_LIST, warning=entry)


def not_found(query: str) -> Verdict:
    return Verdict(kind=Kind.NOT_FOUND, query=query)
