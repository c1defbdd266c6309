"""Helpers shared by the sync tests: kiosk set-up, source edits, and byte-level checks of content.db."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.app.config import load_config
from kiosk.services.state import StateStore
from kiosk.services.store import ContentStore
from kiosk.services.sync_wiring import kiosk_status, make_runner
from sync.http import Limits
from sync.runner import SyncRunner
from tests.testkit.serve import Deployment, write_kiosk_toml

FIXTURE = Path(__file__).resolve().parent.parent / "content" / "fixtures" / "minimal"
# Small limits so that fault tests end in seconds; the defaults suit a real uplink.
FAST = Limits(connect_s=2.0, headers_s=3.0, read_gap_s=2.0, grace_s=1.0, min_rate=2000, total_s=8.0)


@dataclass
class Kiosk:
    data_dir: Path
    state: StateStore
    runner: SyncRunner

    def close(self) -> None:
        self.state.close()

    @property
    def status(self) -> dict:
        return kiosk_status(load_config(self.data_dir), self.state)


def write_config(data_dir: Path, server_url: str, deployment: Deployment, token: str = "") -> None:
    write_kiosk_toml(data_dir, server_url, deployment.trust_root(), token)


def make_kiosk(
    data_dir: Path, server_url: str, deployment: Deployment, token: str = "", limits: Limits = FAST
) -> Kiosk:
    write_config(data_dir, server_url, deployment, token)
    config = load_config(data_dir)
    state = StateStore(data_dir)
    return Kiosk(data_dir, state, make_runner(config, state, limits=limits))


def shown_vacancies(kiosk: Kiosk, today: date) -> list[str]:
    """The ids of the vacancies the kiosk shows on `today` (its registry taken as fresh), each as often as
    it is shown."""
    store = ContentStore(kiosk.data_dir)
    try:
        return sorted(v.id for v in store.vacancies(today, stale=False))
    finally:
        store.reload()


def db_digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / "content.db").read_bytes()).hexdigest()


def query(data_dir: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(f"file:{data_dir / 'content.db'}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def edit_article(source: Path, text: str) -> None:
    """Append a sentence to the English body of one article."""
    path = source / "articles" / "employer-pays" / "en.md"
    path.write_text(path.read_text(encoding="utf-8").rstrip() + f"\n\n{text}\n", encoding="utf-8")


def set_agency_status(source: Path, licence_no: str, status: str, reason: str = "Changed in a test") -> None:
    path = source / "registry" / "agencies.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    for row in rows:
        if row["licence_no"] == licence_no:
            row.update(status=status, status_reason=reason, status_changed_on="2026-11-25")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
