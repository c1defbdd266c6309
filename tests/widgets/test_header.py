"""The header's title is shown whole, however long, at the largest text size, on both orientations.

The title wraps; the header must grow to the wrapped height when a screen gets a longer title (another
topic, another country) and shrink back for a short one. On a portrait screen the header moves its widgets
into two rows after it was built, which is where a stale layout once kept the header one line tall.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.app.theme import TEXT_SCALES, stylesheet
from kiosk.services.speech import Speech
from kiosk.services.voices import VoiceReport
from screens.widgets.header import Header

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHORT = "Ваши права"
LONG = "Законные пути работы за рубежом"  # two lines at the largest size on a portrait screen


class Page:
    """A header above an empty body in a kiosk-sized window, with "read aloud" shown (a voice exists)."""

    def __init__(self, qtbot: object, size: tuple[int, int]) -> None:
        speech = Speech(discovery=False)
        speech.set_voice_report(VoiceReport("espeak-ng", frozenset({"ru"})))
        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = Header(speech)
        self.header.lang = "ru"
        self.header.retranslate()
        self.body = QWidget()
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        qtbot.addWidget(self.window)  # type: ignore[attr-defined]  # pytest-qt's qtbot has no stubs
        self.window.setFixedSize(*size)
        self.window.show()
        settle()

    def show_title(self, text: str) -> None:
        self.header.set_title(text)
        settle()

    def title_shown_whole(self) -> bool:
        title = self.header.title
        return title.height() >= title.heightForWidth(title.width())


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def largest_text(qapp: QApplication) -> Iterator[None]:
    before = qapp.styleSheet()
    qapp.setStyleSheet(stylesheet(scale=TEXT_SCALES[-1]))
    yield
    qapp.setStyleSheet(before)


@pytest.mark.usefixtures("largest_text")
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_a_longer_title_grows_the_header_and_a_shorter_one_shrinks_it(
    qtbot: object, size: tuple[int, int]
) -> None:
    page = Page(qtbot, size)
    page.show_title(SHORT)
    one_line = page.header.height()
    assert page.title_shown_whole()

    page.show_title(LONG)
    title = page.header.title
    assert title.heightForWidth(title.width()) > title.fontMetrics().lineSpacing() * 1.5, "meant to wrap"
    need = title.heightForWidth(title.width())
    assert page.title_shown_whole(), f"the title got {title.size().toTuple()}, its two lines need {need} px"
    assert page.header.height() > one_line
    assert page.header.geometry().contains(title.geometry().translated(page.header.pos()))

    page.show_title(SHORT)
    assert page.header.height() == one_line  # a short title looks as it did before the long one
