"""Issue 11 #8 and #9: wherever advice says "call the hotline" the number is on the screen with a tel: QR
code; contact QR codes save a phone contact offline; the verdict's text QR carries the verdict, the date
and the hotline."""

from __future__ import annotations

import sqlite3

from kiosk.app.compose import Kiosk
from screens.widgets.qr_panel import QrPanel
from tests.ui.helpers import settle, until_read, visible_texts


def _hotline(kiosk: Kiosk, lang: str) -> str:
    contact = kiosk.context.store.hotline(lang)
    assert contact is not None and contact.phone
    return contact.phone


def _targets(screen: object) -> list[str]:
    return [q.target for q in screen.findChildren(QrPanel) if q.isVisible()]  # type: ignore[attr-defined]


def _revoked(kiosk: Kiosk) -> str:
    conn = sqlite3.connect(kiosk.context.store.path)
    try:
        return conn.execute("SELECT MIN(licence_no) FROM agencies WHERE status = 'revoked'").fetchone()[0]
    finally:
        conn.close()


def test_a_verdict_that_says_call_shows_the_number_and_a_tel_code(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("verdict", kind="agency", ref=_revoked(kiosk))
    screen = kiosk.navigator.screen("verdict")
    until_read(kiosk, screen)  # read on the worker
    phone = _hotline(kiosk, "ru")
    assert phone in visible_texts(screen)
    digits = "tel:+" + "".join(ch for ch in phone if ch.isdigit())
    assert digits in _targets(screen)


def test_an_alert_and_the_report_confirmation_show_the_hotline(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("uz-Latn")
    phone = _hotline(kiosk, "uz-Latn")
    alert = kiosk.context.store.alerts("uz-Latn")[0]
    kiosk.navigator.go("alert", alert_id=alert.id)
    settle()
    until_read(kiosk, kiosk.navigator.screen("alert"))  # what it shows is read on the worker
    assert phone in visible_texts(kiosk.navigator.screen("alert"))
    kiosk.navigator.go("report", target="Tez Viza Ish")
    report = kiosk.navigator.screen("report")
    until_read(kiosk, report)  # the hotline is read on the worker
    report.sending.saved("R-TEST-0001", report._saved)
    settle()
    assert phone in visible_texts(report)


def test_contact_codes_save_a_phone_contact_offline(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go("contacts")
    settle()
    screen = kiosk.navigator.screen("contacts")
    until_read(kiosk, screen)  # what it shows is read on the worker
    with_phone = [c for c in kiosk.context.store.contacts("en") if c.phone]
    targets = _targets(screen)
    assert with_phone
    for contact in with_phone:
        digits = "+" + "".join(ch for ch in contact.phone or "" if ch.isdigit())
        assert any(t.startswith("MECARD:") and f"TEL:{digits};" in t for t in targets), contact.id


def test_the_text_code_of_a_verdict_holds_the_verdict_the_date_and_the_hotline(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("en")
    licence = _revoked(kiosk)
    kiosk.navigator.go("verdict", kind="agency", ref=licence)
    screen = kiosk.navigator.screen("verdict")
    until_read(kiosk, screen)  # read on the worker
    text = screen.text_qr.target
    assert licence in text and "revoked" in text.lower()
    assert str(kiosk.context.clock().year) in text  # the date of the check
    assert _hotline(kiosk, "en") in text
