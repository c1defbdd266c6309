"""state.db: reports are durable, get unique readable references, and survive a reopen."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from kiosk.services.state import STATE_DB, StateStore


def test_report_is_committed_before_the_reference_is_returned(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    reference = store.add_report({"target": "Tez Viza", "reasons": ["fee"]})
    assert re.fullmatch(r"R-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", reference)
    # A second, independent connection sees it at once: it is on disk, not in a pending transaction.
    other = sqlite3.connect(tmp_path / STATE_DB)
    payload = other.execute("SELECT payload FROM outbox WHERE reference = ?", (reference,)).fetchone()[0]
    assert "Tez Viza" in payload
    other.close()
    store.close()
    reopened = StateStore(tmp_path)
    event = reopened.report(reference)
    assert event is not None
    assert event.payload["reasons"] == ["fee"]
    assert event.delivered_at is None
    assert reopened.outbox_depth() == 1


def test_durability_settings(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_references_are_unique(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    refs = {store.add_report({"n": i}) for i in range(300)}
    assert len(refs) == 300
    assert [e.payload["n"] for e in store.pending(limit=1000)] == list(range(300))


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    StateStore(tmp_path).close()
    conn = sqlite3.connect(tmp_path / STATE_DB)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(RuntimeError, match="newer kiosk"):
        StateStore(tmp_path)


def test_key_values_survive_a_reopen(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    assert store.get("admin.failures") is None
    store.put("admin.failures", "2")
    store.put("admin.failures", "3")
    store.close()
    assert StateStore(tmp_path).get("admin.failures") == "3"


def test_callback_gets_its_own_reference_and_leaves_the_kiosk_once_delivered(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    report = store.add_report({"target": "Tez Viza"})
    reference = store.add_callback({"phone": "+998900000000", "topic": "other"})
    assert re.fullmatch(r"C-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", reference)
    callback = store.report(reference)
    assert callback is not None
    assert callback.kind == "callback"
    assert callback.delivered_at is None
    for event in store.pending():
        store.mark_delivered(event.id)
    assert store.report(reference) is None  # the phone number is gone from state.db
    kept = store.report(report)
    assert kept is not None
    assert kept.delivered_at is not None  # a report keeps its row, marked delivered
    store.close()
    assert b"+998900000000" not in (tmp_path / STATE_DB).read_bytes()
    assert not (tmp_path / f"{STATE_DB}-wal").exists() or \
        b"+998900000000" not in (tmp_path / f"{STATE_DB}-wal").read_bytes()


PHONE = "+998 90 123 45 67"


def test_a_delivered_report_leaves_no_trace_of_what_was_typed(tmp_path: Path) -> None:
    """Old code kept every reporter's phone number in state.db in plain text for ever."""
    store = StateStore(tmp_path)
    reference = store.add_report({"target": "Tez Viza Group", "callback_phone": PHONE})
    kept = store.add_report({"target": "Still waiting", "callback_phone": "+998 91 000 00 01"})
    event = store.report(reference)
    assert event is not None
    store.mark_delivered(event.id)
    delivered = store.report(reference)
    assert delivered is not None
    assert delivered.delivered_at
    assert delivered.id == event.id
    assert set(delivered.payload) == {"sha256"}
    assert len(delivered.payload["sha256"]) == 64
    assert store.report(kept) is not None
    assert store.report(kept).payload["target"] == "Still waiting"
    for name in (STATE_DB, STATE_DB + "-wal"):  # neither the database nor its write-ahead log
        path = tmp_path / name
        data = path.read_bytes() if path.exists() else b""
        assert PHONE.encode() not in data, name
        assert b"Tez Viza Group" not in data, name
    store.close()
    for path in tmp_path.iterdir():
        assert PHONE.encode() not in path.read_bytes(), path.name


def test_an_older_state_db_is_scrubbed_when_opened(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    reference = store.add_report({"callback_phone": PHONE})
    store._conn.execute("UPDATE outbox SET delivered_at = '2026-01-01T00:00:00+00:00'")  # as before v2
    store._conn.execute("PRAGMA user_version = 1")
    store.close()
    reopened = StateStore(tmp_path)
    event = reopened.report(reference)
    assert event is not None
    assert set(event.payload) == {"sha256"}
    reopened.close()
