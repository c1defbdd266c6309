"""Every screen that reads a Markdown body aloud reads its words, not its syntax: the article, the alert, the
country guide, a country's emergency numbers below its offices, and the answers to a question."""

from __future__ import annotations

import pytest

from content.ask.engine import Answer
from kiosk.app.compose import Kiosk
from kiosk.services.store import Alert, Article, Guide
from screens.base import PageScreen
from tests.ui.helpers import settle, until_read

BODY = ("## Before you sign\n\nPay **nothing** up front and *never* give your passport away.\n\n"
        "- read the [contract](https://example.org/contract)\n- call `1010` or +998 71 000 00 00\n")


def _speech(kiosk: Kiosk, name: str, **params: object) -> str:
    kiosk.context.i18n.set_language("en")
    kiosk.navigator.go(name, **params)
    settle()
    screen = kiosk.navigator.screen(name)
    until_read(kiosk, screen)  # what it shows is read on the worker
    assert isinstance(screen, PageScreen)
    return screen.speech_text()


def _assert_words_not_syntax(spoken: str) -> None:
    for syntax in ("*", "](", "#", "`", "https://"):
        assert syntax not in spoken, (syntax, spoken)
    for words in ("Pay nothing up front", "read the contract", "call 1010 or +998 71 000 00 00"):
        assert words in spoken, (words, spoken)


def _guide(country: str) -> Guide:
    return Guide(country, "Germany", "Summary.", BODY, BODY, BODY, BODY, BODY, BODY, None, "", "Source",
                 "2026-01-01", sample=False)


def test_an_article_is_read_without_its_markdown(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article("marked", "recruitment", "Title", "Summary.", BODY, None, "Source", "2026-01-01", "",
                      sample=False)
    monkeypatch.setattr(kiosk.context.store, "article", lambda *a, **k: article)
    _assert_words_not_syntax(_speech(kiosk, "article", article_id="marked"))


def test_a_country_guide_is_read_without_its_markdown(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kiosk.context.store, "guide", lambda country, lang: _guide(country))
    _assert_words_not_syntax(_speech(kiosk, "guide", country="de"))


def test_a_country_s_emergency_numbers_below_its_offices_are_read_without_markdown(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offices screen reads every guide at once (the countries' names, and the one chosen).
    monkeypatch.setattr(kiosk.context.store, "guides", lambda lang: [_guide("de")])
    _assert_words_not_syntax(_speech(kiosk, "offices", country="de"))


def test_an_answer_is_read_without_its_markdown(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = Answer("articles", "marked", "Title", BODY, "en", 0.9, "articles/marked", "body")
    monkeypatch.setattr(kiosk.context.ask, "ask", lambda *a, **k: [answer])
    _assert_words_not_syntax(_speech(kiosk, "ask", question="passport"))


def test_an_alert_reads_its_body_too_in_the_order_shown(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The alert screen shows its Markdown body below the hotline; a traveller who barely reads hears all of
    it, in the order it stands on the screen, and not its syntax."""
    alert = Alert("marked", "urgent", "2026-01-01", None, "Alert title", "Alert summary.", BODY,
                  ("First flag",), ("First action",), None, "", sample=False)
    monkeypatch.setattr(kiosk.context.store, "alert", lambda *a, **k: alert)
    spoken = _speech(kiosk, "alert", alert_id="marked")
    _assert_words_not_syntax(spoken)
    hotline = kiosk.context.store.hotline("en")
    assert hotline is not None and hotline.phone
    shown = ["Alert title", "Alert summary.", "First flag", "First action", hotline.phone,
             "Pay nothing up front"]
    places = [spoken.find(text) for text in shown]
    assert -1 not in places and places == sorted(places), (places, spoken)
