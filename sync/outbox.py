"""Delivering `state.db`'s outbox to the server: at least once, never twice stored, never lost.

Each event is POSTed with its id as `Idempotency-Key`; only a 2xx answer marks it delivered, so a request or
an answer lost on the way means the event is sent again and the server answers "duplicate". Failures back
off exponentially per event (with jitter, so a fleet coming back online does not stampede); a 429/503 with
`Retry-After` pauses the whole outbox for as long as the server asks. Heartbeats are not queued: one
is sent after each delivery round with fresh status, and a lost one is simply replaced by the next.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from sync.http import HttpClient
from sync.interfaces import OutboxEvent, OutboxStore

PAUSE_KEY = "sync.outbox.not_before"
MAX_PAUSE = timedelta(days=1)


@dataclass(frozen=True)
class Delivery:
    delivered: int
    failed: int
    paused_until: datetime | None = None
    error: str | None = None


class OutboxSender:
    def __init__(self, state: OutboxStore, server_url: str, token: str, http_client: HttpClient, *,
                 clock: Callable[[], datetime] | None = None, batch: int = 50, base_backoff_s: float = 15.0,
                 max_backoff_s: float = 3600.0, rng: random.Random | None = None) -> None:
        self.state, self.http, self.token = state, http_client, token
        self.url = server_url.rstrip("/") + "/v1/events"
        self.clock = clock or (lambda: datetime.now(UTC))
        self.batch, self.base_backoff_s, self.max_backoff_s = batch, base_backoff_s, max_backoff_s
        self._rng = rng or random.Random()

    def deliver(self) -> Delivery:
        """Send what is due, oldest first; stop at the first sign that the server cannot take more."""
        now = self.clock()
        paused = self._paused_until()
        if paused is not None and paused > now:
            return Delivery(0, 0, paused)
        delivered = failed = 0
        for event in self.state.due(now, self.batch):
            try:
                status, headers = self._post(_body(event), event.id)
            except OSError as exc:
                self._failed(event, f"network: {exc!r}")
                return Delivery(delivered, failed + 1, error=type(exc).__name__)
            if 200 <= status < 300:
                self.state.mark_delivered(event.id)
                delivered += 1
                continue
            failed += 1
            if status in (429, 503):
                until = now + self._retry_after(headers.get("retry-after"), event.attempts)
                self.state.put(PAUSE_KEY, until.isoformat())
                return Delivery(delivered, failed, until, error=f"HTTP {status}")
            self._failed(event, f"HTTP {status}")
            if status >= 500 or status in (401, 403):  # the server or this kiosk's token: no point going on
                return Delivery(delivered, failed, error=f"HTTP {status}")
        return Delivery(delivered, failed)

    def heartbeat(self, payload: dict[str, Any]) -> int:
        """Send a heartbeat now (not queued); the HTTP status (2xx: taken), or 0 if it did not arrive."""
        event = {"kind": "heartbeat", "created_at": self.clock().isoformat(timespec="seconds"),
                 "reference": None, "payload": payload}
        try:
            status, _ = self._post(json.dumps(event, sort_keys=True).encode(), str(uuid.uuid4()))
        except OSError:
            return 0
        return status

    def _post(self, body: bytes, key: str) -> tuple[int, dict[str, str]]:
        headers = {"Authorization": f"Bearer {self.token}", "Idempotency-Key": key,
                   "Content-Type": "application/json"}
        response = self.http.request("POST", self.url, body=body, headers=headers, max_bytes=64 * 1024)
        return response.status, dict(response.headers)

    def _failed(self, event: OutboxEvent, error: str) -> None:
        self.state.mark_failed(event.id, error, self.clock() + self._backoff(event.attempts))

    def _backoff(self, attempts: int) -> timedelta:
        """15 s, 30 s, 1 min, ... up to an hour; each randomly shortened by up to half."""
        delay = min(self.max_backoff_s, self.base_backoff_s * 2 ** min(attempts, 20))
        return timedelta(seconds=delay * (0.5 + self._rng.random() / 2))

    def _retry_after(self, value: str | None, attempts: int) -> timedelta:
        """Retry-After in seconds or as an HTTP date; the usual backoff if absent or unreadable."""
        if value:
            if value.strip().isdigit():
                return min(timedelta(seconds=int(value)), MAX_PAUSE)
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                when = None
            if when is not None and when.tzinfo is not None:
                return min(max(when - self.clock(), timedelta(0)), MAX_PAUSE)
        return self._backoff(attempts)

    def _paused_until(self) -> datetime | None:
        value = self.state.get(PAUSE_KEY)
        try:
            return datetime.fromisoformat(value) if value else None
        except ValueError:
            return None


def _body(event: OutboxEvent) -> bytes:
    return json.dumps({"kind": event.kind, "created_at": event.created_at, "reference": event.reference,
                       "payload": event.payload}, ensure_ascii=False, sort_keys=True).encode("utf-8")
