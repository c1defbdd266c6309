"""Start the kiosk: prepare content, build the app, run the event loop."""

from __future__ import annotations

import logging
import logging.handlers
import os
import queue
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.bootstrap import ensure_content
from kiosk.app.compose import build_kiosk, configure_application, ensure_application, show_kiosk
from kiosk.app.config import ConfigError, load_config


def configure_logging() -> None:
    """Log to stderr (the journal under systemd) and, when systemd gives a LogsDirectory, to a file there.
    Records go through a queue so that file writes never happen on the UI thread."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if folder := os.environ.get("LOGS_DIRECTORY"):
        handlers.append(logging.FileHandler(Path(folder.split(":")[0]) / "kiosk.log", encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    logging.handlers.QueueListener(records, *handlers).start()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(logging.handlers.QueueHandler(records))


WARM_UP_AFTER_MS = 1000  # after the attract screen's first paint (see Kiosk.warm_up)


def run_kiosk(data_dir: Path, windowed: bool = False) -> int:
    configure_logging()
    try:
        config = load_config(data_dir)
    except ConfigError as exc:
        print(f"kiosk: configuration error: {exc}", file=sys.stderr)
        return 2
    ensure_content(data_dir)
    app = ensure_application()
    app.setApplicationName("migration-kiosk")
    configure_application(app)
    kiosk = build_kiosk(config)
    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_PAINT"):
        _exit_after_first_paint(kiosk.navigator.screen("attract"), app)
    show_kiosk(kiosk, windowed)
    kiosk.warm_up(WARM_UP_AFTER_MS)  # once the attract screen is up, before the first traveller
    return app.exec()


class _FirstPaint(QObject):
    """For start-up measurements and smoke tests: print the time of the first paint, the window's size and
    the CPU time spent so far (a cross-check of the wall-clock time on a busy machine), then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            geometry = window.geometry()
            size = f"{geometry.width()}x{geometry.height()}"
            print("first-paint", time.time(), size, f"cpu={time.process_time():.4f}", flush=True)
            watched.removeEventFilter(self)
            # exit(), not quit(): quit() asks the windows to close, and the locked-down window refuses.
            QTimer.singleShot(0, lambda: self._app.exit(0))
        return False


def _exit_after_first_paint(widget: QObject, app: QApplication) -> None:
    widget.installEventFilter(_FirstPaint(app))
