"""systemd readiness and watchdog notifications, fed from the UI thread's event loop.

`READY=1` is sent once the attract screen has painted, and `WATCHDOG=1` every WatchdogSec/2 from a QTimer
on the UI thread: if the UI freezes, the pings stop and systemd restarts the kiosk. Uses the sd_notify
datagram protocol directly (the standard library is enough); does nothing when NOTIFY_SOCKET is unset
(a developer's desktop, Windows).

WATCHDOG_PID is deliberately not checked: under cage the kiosk is a child of the session's main process,
and the unit uses NotifyAccess=all for exactly that.
"""

from __future__ import annotations

import logging
import os
import socket

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger("kiosk.shell.watchdog")


class SystemdNotifier:
    """Sends sd_notify messages to `address` (default: $NOTIFY_SOCKET)."""

    def __init__(self, address: str | None = None) -> None:
        raw = os.environ.get("NOTIFY_SOCKET", "") if address is None else address
        if raw.startswith("@"):
            raw = "\0" + raw[1:]  # abstract namespace socket
        self._address = raw if raw.startswith(("/", "\0")) else ""
        if raw and not self._address:
            log.warning("NOTIFY_SOCKET %r is not a unix socket; systemd notifications are off", raw)
        self._warned = False

    @property
    def enabled(self) -> bool:
        return bool(self._address) and hasattr(socket, "AF_UNIX")

    def notify(self, message: str) -> bool:
        """Send one message (e.g. "READY=1"); False if it could not be delivered."""
        if not self.enabled:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto(message.encode("utf-8"), self._address)
            return True
        except OSError as exc:
            if not self._warned:  # a ping every few seconds must not flood the log
                log.warning("systemd notification failed: %s", exc)
                self._warned = True
            return False


def watchdog_interval_ms() -> int | None:
    """Half of $WATCHDOG_USEC in milliseconds, or None when systemd expects no pings."""
    try:
        usec = int(os.environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return max(1, usec // 2000) if usec > 0 else None


class Watchdog(QObject):
    """Tells systemd when the kiosk is ready and keeps telling it that the UI thread is alive."""

    def __init__(
        self,
        notifier: SystemdNotifier | None = None,
        interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier or SystemdNotifier()
        self._interval = interval_ms if interval_ms is not None else watchdog_interval_ms()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.ping)
        self._watched: QObject | None = None
        self.ready_sent = False

    @property
    def enabled(self) -> bool:
        return self._notifier.enabled

    def start(self, first_screen: QObject) -> None:
        """Start pinging now, and send READY=1 after `first_screen` (the attract screen) first paints."""
        if not self.enabled:
            log.debug("NOTIFY_SOCKET not set: systemd watchdog off")
            return
        if self._interval:
            self._timer.start(self._interval)
            self.ping()
        self._watched = first_screen
        first_screen.installEventFilter(self)

    def ping(self) -> None:
        self._notifier.notify("WATCHDOG=1")

    def status(self, text: str) -> None:
        self._notifier.notify(f"STATUS={text}")

    def stopping(self) -> None:
        """An orderly exit (admin restart or exit): systemd should not count it as a hang."""
        self._timer.stop()
        self._notifier.notify("STOPPING=1")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            QTimer.singleShot(0, self, self._ready)  # after this paint has reached the screen
        return False

    def _ready(self) -> None:
        self.ready_sent = self._notifier.notify("READY=1\nSTATUS=attract screen shown")
        log.info("told systemd the kiosk is ready")
