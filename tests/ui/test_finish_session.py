"""Issue 11 #12: "Finish and clear my data", on every screen's header, ends the session as the idle
timeout does: everything typed is gone, the language and audio-first mode are back to their defaults, and
the attract screen shows."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from kiosk.app.compose import Kiosk
from tests.ui.helpers import settle, tap, until_read

TYPED = "Zzqx Private Traveller 998901234567"


def test_every_page_offers_finish_and_clear(kiosk: Kiosk) -> None:
    for name in ("home", "check", "report", "ask", "contacts", "callback"):
        kiosk.navigator.go(name)
        settle()
        until_read(kiosk, kiosk.navigator.screen(name))
        header = kiosk.navigator.screen(name).header  # type: ignore[attr-defined]
        assert header.finish_button.isVisible(), name
        assert header.finish_button.text(), name


def test_finish_and_clear_wipes_every_typed_field(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.context.session.set_audio_first(True)
    fields: list[QLineEdit] = []
    for name in ("check", "ask", "report", "callback"):
        kiosk.navigator.go(name)
        settle()
        until_read(kiosk, kiosk.navigator.screen(name))
        for field in kiosk.navigator.screen(name).findChildren(QLineEdit):
            field.setText(TYPED)
            fields.append(field)
    assert len(fields) >= 5
    tap(kiosk.navigator.screen("callback").header.finish_button)  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name == "attract"
    left = [f.objectName() or repr(f) for f in fields if TYPED in f.text() or f.isUndoAvailable()]
    assert not left, left
    assert kiosk.context.i18n.current == kiosk.context.i18n.default
    assert not kiosk.context.session.audio_first
