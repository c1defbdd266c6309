"""The admin screen: what it shows, and its buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from kiosk.app.compose import Kiosk
from kiosk.services.voices import SAMPLES, VoiceReport
from screens.admin import CONFIRM_MS, AdminScreen
from tests.ui.helpers import settle, tap


class FakeSync(QObject):
    """The shape of kiosk.sync_service's service: `sync_now()` and `status_changed(dict)`."""

    status_changed = Signal(dict)

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def sync_now(self) -> None:
        self.calls += 1


def open_admin(kiosk: Kiosk, qtbot: object, sync: FakeSync | None = None) -> AdminScreen:
    if sync is not None:
        kiosk.navigator.register("admin", lambda: AdminScreen(kiosk.context, sync))
    kiosk.navigator.go("admin")
    screen = kiosk.navigator.screen("admin")
    qtbot.waitUntil(lambda: "GB" in dict(screen.rows())["Free disk"], timeout=5000)  # type: ignore[attr-defined]
    settle()
    return screen  # type: ignore[return-value]


def test_shows_the_state_of_the_kiosk(admin_kiosk: Kiosk, qtbot: object) -> None:
    admin_kiosk.context.state.add_event("heartbeat", {"n": 1})
    screen = open_admin(admin_kiosk, qtbot)
    rows = dict(screen.rows())
    info = admin_kiosk.context.store.info()
    assert rows["Kiosk id"] == admin_kiosk.context.config.kiosk_id
    assert rows["Content version"].startswith(info.version)
    assert "ago" in rows["Content applied"]
    assert rows["Last sync"] == "sync not configured"
    assert rows["Outbox (not yet sent)"] == "1"
    assert not screen.sync_button.isEnabled()


def test_sync_status_and_sync_now_come_from_the_sync_service(admin_kiosk: Kiosk, qtbot: object) -> None:
    sync = FakeSync()
    screen = open_admin(admin_kiosk, qtbot, sync)
    error: dict[str, Any] = {"kind": "transient", "class": "SlowRetrievalError", "message": "offline"}
    sync.status_changed.emit({"last_verified_at": "2026-01-02T03:04:05+00:00", "last_error": error})
    rows = dict(screen.rows())
    assert rows["Last sync"].startswith("2026-01-02 03:04")
    assert "offline" in rows["Sync error"]
    tap(screen.sync_button)
    assert sync.calls == 1


def test_voices_per_language_and_why_one_is_missing(admin_kiosk: Kiosk, qtbot: object) -> None:
    admin_kiosk.context.speech.set_voice_report(VoiceReport("espeak-ng", frozenset({"uz", "ru"})))
    screen = open_admin(admin_kiosk, qtbot)
    rows = screen.voice_states
    assert rows["uz-Latn"] == rows["uz-Cyrl"] == "voice “uz”"
    assert rows["ru"] == "voice “ru”"
    assert rows["en"] == "espeak-ng: the voice “en” is not installed"
    assert rows["kaa"] == "espeak-ng has no voice for this language"
    spoken: list[tuple[str, str]] = []
    admin_kiosk.context.speech.speak = lambda text, lang: spoken.append((text, lang))  # type: ignore[method-assign]
    tests = {
        b.accessibleName(): b
        for b in screen.findChildren(QPushButton)
        if b.accessibleName().startswith("test-")
    }
    assert set(tests) == {"test-uz-Latn", "test-uz-Cyrl", "test-ru"}
    tap(tests["test-uz-Cyrl"])
    assert spoken == [(SAMPLES["uz-Cyrl"], "uz-Cyrl")]


def test_restart_and_exit_need_a_second_tap(admin_kiosk: Kiosk, qtbot: object) -> None:
    screen = open_admin(admin_kiosk, qtbot)
    asked: list[str] = []
    screen.restart_requested.connect(lambda: asked.append("restart"))
    screen.exit_requested.connect(lambda: asked.append("exit"))
    tap(screen.restart_button)
    assert asked == []
    assert "again" in screen.restart_button.text()
    tap(screen.exit_button)  # another button cancels the first one's confirmation
    assert "again" not in screen.restart_button.text()
    assert "again" in screen.exit_button.text()
    tap(screen.exit_button)
    assert asked == ["exit"]
    tap(screen.restart_button)
    screen._disarm.setInterval(20)  # type: ignore[attr-defined]
    screen._disarm.start()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "again" not in screen.restart_button.text(), timeout=2000)  # type: ignore[attr-defined]
    screen._disarm.setInterval(CONFIRM_MS)  # type: ignore[attr-defined]
    tap(screen.restart_button)
    assert asked == ["exit"]  # the confirmation had expired: that was a first tap again
    tap(screen.restart_button)
    assert asked == ["exit", "restart"]


def test_close_returns_to_the_attract_screen(admin_kiosk: Kiosk, qtbot: object) -> None:
    screen = open_admin(admin_kiosk, qtbot)
    tap(screen.close_button)
    assert admin_kiosk.navigator.current_name == "attract"
    assert admin_kiosk.navigator.history == []


def test_a_rejected_token_shows_on_the_technician_screen(admin_kiosk: Kiosk, qtbot: object) -> None:
    sync = FakeSync()
    screen = open_admin(admin_kiosk, qtbot, sync)
    assert dict(screen.rows())["Server token"] == "not refused"
    sync.status_changed.emit({"last_error": None, "token_rejected_at": "2026-12-01T10:00:00+00:00"})
    assert dict(screen.rows())["Server token"].startswith("REJECTED by the server since 2026-12-01T10:00")
