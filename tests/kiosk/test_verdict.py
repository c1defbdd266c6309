"""The verdict rules a traveller's safety depends on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from content.model import Agency
from content.model import Warning as WarningEntry
from content.verdict import Kind, agency_verdict, is_stale, not_found, warning_verdict
from kiosk.app.bootstrap import ensure_content
from kiosk.app.config import load_config
from kiosk.services.state import StateStore
from kiosk.services.store import ContentStore, RegistryStore
from kiosk.services.sync_wiring import kiosk_status
from kiosk.services.verdicts import VerdictService, registry_freshness

TODAY = date(2026, 11, 28)
FRESH = datetime(2026, 11, 27, tzinfo=UTC)


def agency(status: str = "active", expires_on: str = "2028-01-01") -> Agency:
    return Agency(
        "LX-1",
        '"Test" MChJ',
        (),
        "123456789",
        status,
        "2020-01-01",
        expires_on,
        None,
        None,
        "Toshkent shahri",
        "Namuna 1",
        "+998 00 000 00 00",
        ("kr",),
    )


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("active", Kind.LICENSED),
        ("suspended", Kind.SUSPENDED),
        ("revoked", Kind.REVOKED),
        ("expired", Kind.EXPIRED),
    ],
)
def test_status_maps_to_verdict(status: str, kind: Kind) -> None:
    assert agency_verdict(agency(status), TODAY, stale=False).kind is kind


def test_active_licence_past_its_end_date_is_expired() -> None:
    verdict = agency_verdict(agency("active", expires_on="2026-11-27"), TODAY, stale=False)
    assert verdict.kind is Kind.EXPIRED
    assert not verdict.safe


def test_unknown_status_is_never_licensed() -> None:
    assert agency_verdict(agency("something-new"), TODAY, stale=False).kind is Kind.EXPIRED


def test_stale_registry_never_gives_a_plain_licensed() -> None:
    verdict = agency_verdict(agency(), TODAY, stale=True)
    assert verdict.kind is Kind.LICENSED
    assert verdict.stale
    assert not verdict.safe
    assert agency_verdict(agency(), TODAY, stale=False).safe


def test_freshness_rule() -> None:
    old = datetime(2026, 11, 1, tzinfo=UTC)
    assert registry_freshness(old, None, TODAY, 7, FRESH).stale
    assert registry_freshness(None, None, TODAY, 7).stale  # never verified, nothing applied
    assert not registry_freshness(FRESH, None, TODAY, 7, FRESH).stale
    assert not registry_freshness(old, None, TODAY, 30, old).stale
    # Refreshed yesterday, but the licensing office last signed the registry 27 days ago: stale.
    assert registry_freshness(FRESH, None, TODAY, 7, old).stale
    assert registry_freshness(FRESH, None, TODAY, 7, None).stale  # synced, yet no signed "as of"
    # A kiosk that never synced is as fresh as the content shipped with it, and no fresher.
    assert not registry_freshness(None, FRESH, TODAY, 7).stale
    assert registry_freshness(old, FRESH, TODAY, 7).verified_at == FRESH
    # Calendar days: 7 days ago at any hour is still fresh with 7 days allowed, 8 days ago is not.
    day7, day8 = datetime(2026, 11, 21, 0, 1, tzinfo=UTC), datetime(2026, 11, 20, 23, 59, tzinfo=UTC)
    assert not registry_freshness(day7, None, TODAY, 7, day7).stale
    assert registry_freshness(day8, None, TODAY, 7, FRESH).stale


def test_warning_and_not_found() -> None:
    entry = WarningEntry("w1", ("Tez Viza",), (), (), (), "Sold tourist visas", "2026-01-01")
    assert warning_verdict(entry).kind is Kind.WARNING_LIST
    assert not warning_verdict(entry).safe
    assert not_found("xyz").kind is Kind.NOT_FOUND
    assert not_found("xyz").query == "xyz"


def test_one_rule_for_staleness_refresh_or_signed_as_of() -> None:
    """Stale when either the last verified refresh or the licensing office's signed "as of" is older
    than the limit: a server that keeps refreshing an old registry cannot keep it looking fresh."""
    now = datetime(2026, 11, 28, 12, tzinfo=UTC)
    limit, today = timedelta(days=14), now.date()
    assert not is_stale(now - limit, now - limit, today, 14)  # 14 calendar days ago: still fresh
    assert is_stale(now - limit - timedelta(days=1), now, today, 14)  # refresh too old
    assert is_stale(now, now - limit - timedelta(days=1), today, 14)  # signed "as of" too old
    assert is_stale(now, None, today, 14)
    assert is_stale(None, now, today, 14)  # unknown counts as old


def test_kiosk_status_and_the_verdict_screen_share_the_rule(tmp_path: Path) -> None:
    """A kiosk that never synced is as fresh as the content applied on its first start, for both."""
    ensure_content(tmp_path)
    state = StateStore(tmp_path)
    try:
        config = load_config(tmp_path)
        assert not kiosk_status(config, state)["stale"]
        store = ContentStore(tmp_path)
        later = datetime.now(UTC) + timedelta(days=config.stale_after_days + 1)
        service = VerdictService(store, RegistryStore(store), state, config.stale_after_days, lambda: later)
        assert service.freshness().stale
        assert kiosk_status(config, state, now=later)["stale"]
        store.reload()
    finally:
        state.close()
