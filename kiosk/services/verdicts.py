"""Licence verdicts as the kiosk shows them, and the one freshness rule behind "is this registry stale?".

`content/verdict.py` decides the verdict for a registry entry (licensed, suspended, expired, ...) without
knowing where the registry came from. Whether the registry on this kiosk is fresh enough to show a green
LICENSED is decided here, once, by `registry_freshness`: the verdict screen (through `VerdictService`) and
`kiosk status` (through `freshness_from_files`) both call it, so they can never disagree. Extend the rule
in `registry_freshness` (the licensing office's signed "as of" is part of it) and nowhere else.

`content.verdict` (and the content model it brings) is imported by the calls that decide: the service is
built before the attract screen's first paint, which needs neither.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.services.store import CONTENT_DB, ContentStore, RegistryStore
from sync.interfaces import StatusStore
from sync.status import last_verified, registry_as_of

if TYPE_CHECKING:
    from content.verdict import Verdict


@dataclass(frozen=True)
class Freshness:
    """How current the registry on this kiosk is known to be."""

    verified_at: datetime | None  # the last moment the registry shown was known to be current
    stale: bool  # too old to confirm a licence: results warn and are never a plain green LICENSED


def registry_freshness(
    last_verified_at: datetime | None, applied_at: datetime | None, today: date, stale_after_days: int,
    signed_as_of: datetime | None = None,
) -> Freshness:
    """The kiosk's staleness: `content.verdict.is_stale` (the one rule, shared with the phone edition)
    on what this kiosk knows.

    The registry was current as of the last verified refresh from the server or, for a kiosk that never
    synced, when the content shipped with it was applied (so that goes stale too). A kiosk that synced
    also needs the licensing office's signed "as of" (`signed_as_of`, from the registry role) to be
    recent: a server that keeps serving an old registry cannot keep it looking fresh.
    """
    from content.verdict import is_stale

    times = [t for t in (last_verified_at, applied_at) if t is not None]
    verified = max(times) if times else None
    as_of = signed_as_of if last_verified_at is not None else verified
    return Freshness(verified, is_stale(verified, as_of, today, stale_after_days))


def _parse(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def freshness_from_files(data_dir: Path, state: StatusStore, today: date, stale_after_days: int) -> Freshness:
    """`registry_freshness` for a data folder, without the UI's open content store (`kiosk status`)."""
    applied: str | None = None
    path = data_dir / CONTENT_DB
    if path.exists():
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'applied_at'").fetchone()
            finally:
                conn.close()
            applied = row[0] if row else None
        except sqlite3.Error:
            applied = None
    return registry_freshness(last_verified(state), _parse(applied), today, stale_after_days,
                              registry_as_of(state))


class VerdictService:
    """What the verdict screen asks: the verdict for an agency or a warning-list entry, freshness included."""

    def __init__(self, store: ContentStore, registry: RegistryStore, state: StatusStore,
                 stale_after_days: int, clock: Callable[[], datetime]) -> None:
        self._store, self._registry, self._state = store, registry, state
        self._stale_after_days, self._clock = stale_after_days, clock

    def freshness(self) -> Freshness:
        applied = _parse(self._store.info().applied_at)
        return registry_freshness(last_verified(self._state), applied, self._clock().date(),
                                  self._stale_after_days, registry_as_of(self._state))

    def decide(self, kind: str | None, ref: str, query: str = "") -> Verdict:
        """`kind` is "agency" (ref = licence number) or "warning" (ref = warning-list id); anything not
        found is NOT FOUND for `query`, what the traveller typed."""
        from content.verdict import agency_verdict, not_found, warning_verdict

        if kind == "agency" and (agency := self._registry.agency(ref)) is not None:
            return agency_verdict(agency, self._clock().date(), stale=self.freshness().stale)
        if kind == "warning" and (entry := self._registry.warning(ref)) is not None:
            return warning_verdict(entry)
        return not_found(query)
