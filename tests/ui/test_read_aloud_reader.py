"""The alert and article screens read aloud what a reader sees, in the order it stands on the screen: the
"not yet translated" note under the title, and the date (and source) beside the text, not only the text
column. What a reader does not need read (the QR code's caption, the SAMPLE badges) is left out."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from content.markdown import spoken_text
from kiosk.app.compose import Kiosk
from kiosk.services.store import Alert, Article
from screens.reader import ReaderScreen
from screens.widgets.qr_panel import QrPanel
from tests.ui.helpers import settle, until_read

MARKERS = "✖➜• "
BODY = "## Before you sign\n\nPay **nothing** up front.\n"


def _open(kiosk: Kiosk, name: str, lang: str, **params: object) -> ReaderScreen:
    kiosk.context.i18n.set_language(lang)
    settle()
    kiosk.navigator.go(name, **params)
    settle()
    screen = kiosk.navigator.screen(name)
    until_read(kiosk, screen)  # what it shows is read on the worker
    assert isinstance(screen, ReaderScreen)
    return screen


def _in_order(spoken: str, shown: list[str]) -> None:
    places = [spoken.find(text) for text in shown]
    assert -1 not in places, [text for text, at in zip(shown, places, strict=True) if at < 0]
    assert places == sorted(places), (places, spoken)


def test_an_alert_in_another_language_reads_its_note_and_its_published_date(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    alert = Alert("marked", "urgent", "2026-11-10", None, "Alert title", "Alert summary.", BODY,
                  ("First flag",), ("First action",), "ru", "", sample=False)
    monkeypatch.setattr(kiosk.context.store, "alert", lambda *a, **k: alert)
    screen = _open(kiosk, "alert", "en", alert_id="marked")
    spoken = screen.speech_text()
    _in_order(spoken, ["URGENT", "Alert title", "Not yet translated into your language. Shown in: Русский",
                       "Alert summary.", "First flag", "First action", "Pay nothing up front",
                       "Published: November 10, 2026"])
    assert "Scan with your phone" not in spoken


def test_an_article_in_another_language_reads_its_note_source_and_date(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = Article("marked", "recruitment", "Title", "Summary.", BODY, "ru", "The source", "2026-01-05",
                      "", sample=False)
    monkeypatch.setattr(kiosk.context.store, "article", lambda *a, **k: article)
    screen = _open(kiosk, "article", "en", article_id="marked")
    spoken = screen.speech_text()
    _in_order(spoken, ["Title", "Not yet translated into your language. Shown in: Русский", "Summary.",
                       "Pay nothing up front", "Source: The source", "Checked on: January 5, 2026"])
    assert "Scan with your phone" not in spoken


def _shown(screen: ReaderScreen) -> list[str]:
    """Every text a reader sees in the reading and side columns, Markdown as its words; not the QR codes'
    captions nor the SAMPLE badges."""
    texts = []
    for root in (screen.text_widget, screen.side):
        for label in root.findChildren(QLabel):
            if not label.isVisibleTo(screen) or not label.text() or label.objectName() == "SampleBadge":
                continue
            if _inside(label, QrPanel, root):
                continue
            body = label.objectName() == "Body"
            # A card's line starts with its marker (✖ ➜ •), drawn, not said; the side's lines may be read
            # with a full stop between them.
            lines = [spoken_text(label.text())] if body else label.text().splitlines()
            texts += [line.lstrip(MARKERS) for line in lines]
    return texts


def _inside(widget: QWidget, kind: type, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("lang", ["uz-Latn", "ru", "en", "kk", "tg"])
def test_every_text_shown_on_the_sample_alert_article_and_guide_is_read(kiosk: Kiosk, lang: str) -> None:
    """On the real sample content (in kk and tg shown in another language, with the note): nothing a reader
    sees is missing from what is read aloud. The country guide shares their frame and had the same gap."""
    store = kiosk.context.store
    alert = store.alerts(lang)[0]
    topic = store.topics(lang)[0]
    article = store.articles(topic.id, lang)[0]
    guide = store.guides(lang)[0]
    for name, params in (("alert", {"alert_id": alert.id}), ("article", {"article_id": article.id}),
                         ("guide", {"country": guide.country})):
        screen = _open(kiosk, name, lang, **params)
        spoken = screen.speech_text()
        missing = [text for text in _shown(screen) if text not in spoken]
        assert not missing, (name, lang, missing)
