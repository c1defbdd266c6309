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


def _translated(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate(context, text)


def test_the_text_codes_of_sample_content_say_it_is_a_sample(kiosk: Kiosk) -> None:
    """What a phone keeps from the kiosk offline leaves the kiosk's SAMPLE strip behind: a fictional
    agency's verdict and the sample hotline number must say SAMPLE in the text itself (read from the
    image, as a phone's camera reads it), in the traveller's language."""
    from tests.ui.test_phone_qr import decode
    for lang in ("ru", "kk"):
        kiosk.context.i18n.set_language(lang)
        kiosk.navigator.go("verdict", kind="agency", ref=_revoked(kiosk))
        screen = kiosk.navigator.screen("verdict")
        until_read(kiosk, screen)  # read on the worker
        assert screen.verdict is not None and kiosk.context.store.info().sample
        text = decode(screen.text_qr)
        registry = _translated("VerdictScreen", "SAMPLE REGISTRY — fictional agencies")
        number = _translated("HotlinePanel", "SAMPLE NUMBER")
        assert registry != "SAMPLE REGISTRY — fictional agencies" and number != "SAMPLE NUMBER"  # translated
        assert text.splitlines()[0] == registry, text
        assert f"{_hotline(kiosk, lang)} ({number})" in text, text
        assert ".." not in text, text  # a Russian date ends with its own full stop ("2026 г.")


def test_the_job_offer_result_code_marks_a_sample_hotline(kiosk: Kiosk) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("red_flags_result", answers=())
    screen = kiosk.navigator.screen("red_flags_result")
    until_read(kiosk, screen)  # read on the worker
    number = _translated("HotlinePanel", "SAMPLE NUMBER")
    assert f"{_hotline(kiosk, 'ru')} ({number})" in screen.qr.target


def test_a_sample_contact_saved_from_its_code_is_named_a_sample(kiosk: Kiosk) -> None:
    """A MECARD puts the contact in the phone's address book, far from the kiosk's SAMPLE strip."""
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("contacts")
    settle()
    screen = kiosk.navigator.screen("contacts")
    until_read(kiosk, screen)
    sample = _translated("ContactsScreen", "SAMPLE")
    cards = [t for t in _targets(screen) if t.startswith("MECARD:")]
    assert cards
    for contact in kiosk.context.store.contacts("ru"):
        if contact.phone:
            assert contact.sample
            assert any(t.startswith(f"MECARD:N:{contact.name} ({sample});") for t in cards), contact.id


def test_a_date_that_ends_with_its_own_full_stop_ends_the_sentence(kiosk: Kiosk) -> None:
    """A Russian long date ends with "г.": the vacancies' "last confirmed on {date}." read "г.."."""
    from datetime import date

    from screens.widgets.vacancy_help import LATER, VacancyHelp
    kiosk.context.i18n.set_language("ru")
    panel = VacancyHelp()
    panel.show_state(LATER, "ru", date(2026, 12, 4))
    from kiosk.services.locale_text import long_date
    on = long_date(date(2026, 12, 4), "ru")
    assert on.endswith("г.") and f"{on} Вакансия" in panel.detail.text()
