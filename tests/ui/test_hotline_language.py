"""The hotline's name shown to a Kazakh, Tajik, Kyrgyz or Karakalpak traveller in the language it falls back
to says so, as articles and the contacts list do ("Not yet translated into your language. Shown in: …"),
once per screen: wherever advice says "call the hotline" (the verdict, the topic's articles, an alert, the
one-stop screen, the offices) and on the contacts list. A screen all in the traveller's language has no
note."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.app.compose import Kiosk
from screens.widgets.hotline import HotlinePanel
from screens.widgets.labels import fallback_note
from tests.ui.helpers import until_read, visible_texts

SHOWN_IN = {"kk": "ru", "tg": "ru", "ky": "ru", "kaa": "uz-Latn"}
SCREENS = ["verdict", "articles", "alert", "one_stop", "offices", "contacts"]


def _params(kiosk: Kiosk, screen: str) -> dict[str, str]:
    if screen == "verdict":
        conn = sqlite3.connect(kiosk.context.store.path)
        try:
            licence = conn.execute("SELECT MIN(licence_no) FROM agencies WHERE status = 'revoked'").fetchone()
        finally:
            conn.close()
        return {"kind": "agency", "ref": licence[0]}
    if screen == "articles":
        return {"topic": kiosk.context.store.topics("ru")[0].id}
    if screen == "alert":
        return {"alert_id": "keep-your-passport"}
    return {}


def _show(kiosk: Kiosk, screen: str, lang: str) -> tuple[list[str], list[HotlinePanel]]:
    kiosk.context.i18n.set_language(lang)
    kiosk.navigator.go(screen, **_params(kiosk, screen))
    shown = kiosk.navigator.screen(screen)
    until_read(kiosk, shown)  # the verdict is read on the worker
    panels = [p for p in shown.findChildren(HotlinePanel) if p.isVisibleTo(shown)]
    return visible_texts(shown), panels


@pytest.mark.parametrize("lang", list(SHOWN_IN))
@pytest.mark.parametrize("screen", SCREENS)
def test_the_hotline_says_which_language_it_is_in(kiosk: Kiosk, screen: str, lang: str) -> None:
    hotline = kiosk.context.store.hotline(lang)
    assert hotline is not None and hotline.fallback == SHOWN_IN[lang]  # the store keeps the language shown
    texts, panels = _show(kiosk, screen, lang)
    note = fallback_note(SHOWN_IN[lang])
    assert texts.count(note) == 1, f"{screen} in {lang}: {texts.count(note)} notes {note!r}"
    if screen != "contacts":
        assert panels, f"no hotline on {screen}"
    for panel in panels:
        assert panel.property("lang") == SHOWN_IN[lang]
        assert panel.accessibleDescription() == note


@pytest.mark.parametrize("lang", ["ru", "uz-Latn"])
@pytest.mark.parametrize("screen", SCREENS)
def test_no_note_where_the_hotline_is_in_the_readers_language(kiosk: Kiosk, screen: str, lang: str) -> None:
    texts, panels = _show(kiosk, screen, lang)
    notes = {fallback_note(target) for target in ("uz-Latn", "uz-Cyrl", "ru")}
    assert not notes & set(texts)
    assert all(not p.property("lang") and not p.accessibleDescription() for p in panels)
