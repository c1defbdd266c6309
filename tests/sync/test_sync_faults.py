"""A server that is down, slow, or sends garbage, truncated or oversized bodies: the kiosk keeps its content,
records a class of error, stays bounded in time, and picks up the update once the server behaves."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from sync.errors import REJECTED, TRANSIENT
from tests.sync.helpers import Kiosk, db_digest, edit_article, make_kiosk
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


FAULTS = [
    # (mode, what the proxy does it to, expected kind, expected class)
    ("down", "timestamp.json", TRANSIENT, "DownloadError"),
    ("slow", "timestamp.json", TRANSIENT, "SlowRetrievalError"),
    ("slow", "/targets/", TRANSIENT, "SlowRetrievalError"),
    ("garbage", "timestamp.json", REJECTED, "DeserializationError"),
    ("garbage", "/targets/", REJECTED, "LengthOrHashMismatchError"),
    ("truncate", "snapshot.json", TRANSIENT, "DownloadError"),
    ("truncate", "/targets/", TRANSIENT, "DownloadError"),
    ("oversize", "timestamp.json", REJECTED, "DownloadLengthMismatchError"),
    ("oversize", "/targets/", REJECTED, "DownloadLengthMismatchError"),
    ("drop_response", "snapshot.json", TRANSIENT, "DownloadError"),
    ("retry_after", "timestamp.json", TRANSIENT, "DownloadHTTPError"),
]


@pytest.mark.parametrize(
    ("mode", "where", "kind", "error_class"), FAULTS, ids=[f"{m}-{w.strip('/')}" for m, w, _, _ in FAULTS]
)
def test_fault_keeps_content_and_is_retried(
    kiosk: Kiosk,
    proxy: FaultProxy,
    deployment: Deployment,
    source: Path,
    mode: str,
    where: str,
    kind: str,
    error_class: str,
) -> None:
    edit_article(source, "An update that arrives once the server behaves.")
    deployment.publish_source(source)
    before = db_digest(kiosk.data_dir)
    proxy.slow_interval_s = 0.2
    proxy.rule = lambda _method, path: mode if where in path else "pass"
    started = time.monotonic()
    result = kiosk.runner.run_once(deliver=False)
    assert time.monotonic() - started < 12  # bounded by the client's deadlines, whatever the server does
    assert not result.changed
    assert db_digest(kiosk.data_dir) == before
    error = result.status["last_error"]
    assert (error["kind"], error["class"]) == (kind, error_class), error
    proxy.rule = None
    result = kiosk.runner.run_once(deliver=False)
    assert result.changed
    assert result.status["last_error"] is None


def test_server_down_is_transient_and_content_stays(
    tmp_path: Path, kiosk: Kiosk, deployment: Deployment
) -> None:
    before = db_digest(kiosk.data_dir)
    offline = make_kiosk(kiosk.data_dir, f"http://127.0.0.1:{_free_port()}", deployment)
    try:
        result = offline.runner.run_once(deliver=False)
    finally:
        offline.close()
    assert result.status["last_error"]["kind"] == TRANSIENT
    assert result.status["last_verified_at"] is not None  # the earlier verified refresh is still the last
    assert db_digest(kiosk.data_dir) == before
