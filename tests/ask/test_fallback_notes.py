"""Every kind of content shown to a Karakalpak or Kazakh traveller in the language it falls back to (Uzbek
Latin, Russian) says so per item, in the traveller's language: articles, guides, alerts, contacts, offices,
services, the checker's questions and the editors' answers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame

from kiosk.app.compose import Kiosk
from screens.widgets.labels import fallback_note
from tests.ui.helpers import until_read, visible_texts

FALLS_BACK_TO = {"kaa": "uz-Latn", "kk": "ru"}
KINDS = {
    "article": {"article_id": "employer-pays"},
    "guide": {"country": "gb"},
    "alert": {"alert_id": "keep-your-passport"},
    "contacts": {},
    "offices": {},
    "services": {},
    "red_flags": {},
    "ask": {"question": "pasport"},
}


@pytest.mark.parametrize("lang", list(FALLS_BACK_TO))
@pytest.mark.parametrize("screen", list(KINDS))
def test_each_kind_says_it_is_not_yet_translated(kiosk: Kiosk, lang: str, screen: str) -> None:
    kiosk.context.i18n.set_language(lang)
    if screen == "ask":
        kiosk.context.ask.build_now()
    kiosk.navigator.go(screen, **KINDS[screen])
    until_read(kiosk, kiosk.navigator.screen(screen))
    note = fallback_note(FALLS_BACK_TO[lang])
    assert note and note != fallback_note(None)
    texts = visible_texts(kiosk.navigator.screen(screen))
    assert note in texts, f"{screen} in {lang}: no note {note!r} among {texts[:12]}"
    # The note is in the traveller's language, not in the language of the text it stands over.
    kiosk.context.i18n.set_language(FALLS_BACK_TO[lang])
    assert fallback_note(FALLS_BACK_TO[lang]) != note


@pytest.mark.parametrize("screen", ["contacts", "offices", "services"])
def test_no_note_where_the_item_is_in_the_travellers_language(kiosk: Kiosk, screen: str) -> None:
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go(screen)
    until_read(kiosk, kiosk.navigator.screen(screen))
    notes = {fallback_note(target) for target in ("uz-Latn", "uz-Cyrl", "ru")}
    assert not notes & set(visible_texts(kiosk.navigator.screen(screen)))


@pytest.mark.parametrize("lang", ["kk", "ky", "tg"])
@pytest.mark.parametrize("screen", ["contacts", "offices", "services"])
def test_a_list_says_it_once_and_each_card_keeps_its_language(kiosk: Kiosk, lang: str, screen: str) -> None:
    """The note stood on every card of a list all in Russian; it is said once per screen, as the phone
    edition's list pages say it, and each card still records the language its words are in."""
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go(screen)
    until_read(kiosk, kiosk.navigator.screen(screen))
    shown = kiosk.navigator.screen(screen)
    note = fallback_note("ru")
    assert visible_texts(shown).count(note) == 1, f"{screen} in {lang}"
    cards = [c for c in shown.findChildren(QFrame, "Card") if c.isVisibleTo(shown)]
    assert len(cards) >= 2
    assert {c.property("lang") for c in cards} == {"ru"}
    assert all(c.accessibleDescription() == note for c in cards)


def test_the_list_note_names_each_language_once() -> None:
    from screens.widgets.labels import list_fallback_note

    assert list_fallback_note([None, None]) == ""
    assert list_fallback_note(["ru", None, "ru"]) == fallback_note("ru")
    both = list_fallback_note(["ru", "uz-Latn", "ru"])
    assert both.count("Русский") == 1 and both.count("Oʻzbekcha") == 1
