"""Start the kiosk: prepare content, build the app, run the event loop."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import build_kiosk, configure_application, show_kiosk
from kiosk.bootstrap import ensure_content
from kiosk.config import ConfigError, load_config


def run_kiosk(data_dir: Path, windowed: bool = False) -> int:
    try:
        config = load_config(data_dir)
    except ConfigError as exc:
        print(f"kiosk: configuration error: {exc}", file=sys.stderr)
        return 2
    ensure_content(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("migration-kiosk")
    configure_application(app)  # type: ignore[arg-type]
    kiosk = build_kiosk(config)
    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_PAINT"):
        _exit_after_first_paint(kiosk.navigator.screen("attract"), app)
    show_kiosk(kiosk, windowed)
    return app.exec()


class _FirstPaint(QObject):
    """For start-up measurements and smoke tests: print the time of the first paint, then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            window = watched.window()  # type: ignore[attr-defined]
            geometry = window.geometry()
            print("first-paint", time.time(), f"{geometry.width()}x{geometry.height()}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._app.quit)
        return False


def _exit_after_first_paint(widget: QObject, app: QApplication) -> None:
    widget.installEventFilter(_FirstPaint(app))
