"""sd_notify over a real AF_UNIX datagram socket: READY=1 after the first paint, then WATCHDOG=1 pings."""

from __future__ import annotations

import socket
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.shell.watchdog import SystemdNotifier, Watchdog, watchdog_interval_ms

pytestmark = pytest.mark.skipif(
    not hasattr(socket, "AF_UNIX") or sys.platform == "win32", reason="unix sockets"
)


class Systemd:
    """The receiving end of NOTIFY_SOCKET, as systemd holds it."""

    def __init__(self, address: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.setblocking(False)
        self.messages: list[str] = []

    def received(self) -> list[str]:
        while True:
            try:
                self.messages.append(self.sock.recv(4096).decode())
            except BlockingIOError:
                return self.messages


@pytest.fixture
def systemd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Systemd]:
    address = str(tmp_path / "notify")
    server = Systemd(address)
    monkeypatch.setenv("NOTIFY_SOCKET", address)
    monkeypatch.setenv("WATCHDOG_USEC", "200000")  # 0.2 s: pings every 0.1 s
    yield server
    server.sock.close()


def test_ready_after_the_first_paint_then_regular_pings(systemd: Systemd, qtbot: object) -> None:
    attract = QLabel("attract")
    qtbot.addWidget(attract)  # type: ignore[attr-defined]
    watchdog = Watchdog()
    assert watchdog.enabled
    assert watchdog_interval_ms() == 100
    watchdog.start(attract)
    assert systemd.received() == ["WATCHDOG=1"]
    assert not watchdog.ready_sent  # alive, but not ready yet
    attract.show()
    qtbot.waitUntil(lambda: watchdog.ready_sent, timeout=3000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: systemd.received().count("WATCHDOG=1") >= 4, timeout=3000)  # type: ignore[attr-defined]
    ready = [m for m in systemd.received() if m.startswith("READY=1")]
    assert len(ready) == 1
    assert "STATUS=" in ready[0]
    attract.repaint()
    watchdog.stopping()
    count = len(systemd.received())
    qtbot.wait(300)  # type: ignore[attr-defined]  # no pings after an orderly stop
    assert systemd.received()[count - 1] == "STOPPING=1"
    assert len(systemd.received()) == count
    assert sum(m.startswith("READY=1") for m in systemd.received()) == 1


def test_abstract_namespace_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"kiosk-test-{uuid.uuid4().hex}"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind("\0" + name)
    try:
        assert SystemdNotifier(f"@{name}").notify("STATUS=hello")
        assert server.recv(100) == b"STATUS=hello"
    finally:
        server.close()


def test_nothing_happens_without_systemd(monkeypatch: pytest.MonkeyPatch, qtbot: object) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    watchdog = Watchdog()
    assert not watchdog.enabled
    assert watchdog_interval_ms() is None
    watchdog.start(QLabel())
    watchdog.ping()
    watchdog.stopping()


def test_a_vanished_socket_is_logged_once_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = SystemdNotifier(str(tmp_path / "gone"))
    assert notifier.enabled
    assert not notifier.notify("WATCHDOG=1")
    assert not notifier.notify("WATCHDOG=1")
    assert sum("systemd notification failed" in r.getMessage() for r in caplog.records) == 1
