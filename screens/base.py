"""The protocol every screen follows, and the standard page frame most screens use.

A screen is entered with parameters (`enter`), re-sets its texts when the language changes
(`retranslate`, driven by Qt's LanguageChange event), stops what it started when left (`leave`), and
forgets everything of the traveller on `reset`. `speech_text()` is what "read aloud" reads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from screens.context import ScreenContext
from screens.widgets.header import Header
from screens.widgets.labels import text_label
from screens.widgets.language_bar import LanguageBar

log = logging.getLogger(__name__)
T = TypeVar("T")


class Screen(QWidget):
    """Base of all screens. One that reads what it shows on the kiosk's worker and says meanwhile that it is
    loading (the verdict, a job order, the vacancies) emits `loaded()` once the answer is shown: audio-first
    reading reads it again then (kiosk.shell.audio_first), or a traveller would hear only that it was
    loading."""

    loaded = Signal()

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.params: dict[str, Any] = {}
        self._rendered: tuple[Any, ...] | None = None
        self.loading = False  # a read on the worker (`read_then_show`) has not answered yet
        self._reads = 0  # reads started so far: an answer for an earlier one is dropped
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    @property
    def lang(self) -> str:
        return self.ctx.i18n.current

    def enter(self, **params: Any) -> None:
        """Show for `params`. A screen already rendered for the same parameters, language and content is
        shown as it is (back and home stay fast, and the traveller keeps their scroll position)."""
        rendered = (params, self.lang, self.ctx.store.generation)
        self.params = params
        if rendered != self._rendered:
            self.refresh()

    def _mark_rendered(self) -> None:
        self._rendered = (self.params, self.lang, self.ctx.store.generation)

    def refresh(self) -> None:
        """Re-read content and re-set texts for the current parameters and language."""
        self._stale = False
        self.retranslate()
        self._mark_rendered()

    def retranslate(self) -> None:
        """Set every UI string with self.tr(); subclasses extend."""

    def read_then_show(self, read: Callable[[], T], show: Callable[[T], None],
                       failed: Callable[[], None]) -> None:
        """Run `read` (database reads, no widget) on the kiosk's worker and `show` its answer on the UI
        thread: the one way a screen reads what it shows without blocking the UI thread. Only the answer to
        the latest call is shown (the traveller may have opened another item, changed language or left
        meanwhile: an earlier answer is dropped); a read that raises calls `failed`, which says so plainly.
        `loaded()` follows either, so audio-first reads the real text, not only that it was loading."""
        self._reads += 1
        ticket = self._reads
        self.loading = True

        def answered(then: Callable[[], None]) -> None:
            if ticket != self._reads:
                return  # a later read is on its way
            self.loading = False
            then()
            self.loaded.emit()

        def went_wrong(exc: Exception) -> None:
            if ticket == self._reads:
                log.error("%s could not read what it shows: %s", type(self).__name__, exc)
            answered(failed)

        self.ctx.background.submit(read, lambda value: answered(lambda: show(value)), went_wrong)

    def leave(self) -> None:
        self.ctx.speech.stop()

    def reset(self) -> None:
        self.params = {}
        self._rendered = None
        # An answer still on its way belongs to the traveller who has gone: it must not fill the page again.
        self._reads += 1
        self.loading = False

    def speech_text(self) -> str:
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._current():
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
        super().changeEvent(event)

    def _current(self) -> bool:
        """Already rendered for this language, item and content: a screen built after a language choice
        receives that choice's LanguageChange event too, and reading it again would only repeat the work
        (and, for a screen read on the worker, drop the answer already on its way)."""
        return self._rendered == (self.params, self.lang, self.ctx.store.generation)

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)


def _page_tr(text: str) -> str:
    # Explicit context: self.tr() would look the string up under the subclass's name.
    return QCoreApplication.translate("PageScreen", text)


class PageScreen(Screen):
    """A screen with the header (back, home, title, language, read aloud), a scrolling body and the
    SAMPLE strip. Subclasses fill `self.body` (a QVBoxLayout inside the scroll area) in `refresh()`.

    A subclass that reads its content on the worker sets `READS_ON_WORKER` and calls `load_content()` from
    `refresh()`: the SAMPLE strip's flag is then read with its content, and `self.page_status` (the first line
    of the body) says meanwhile that the page is loading, or that it cannot be shown. On the others (which
    read on the worker in their own way, or read nothing) the strip's flag is read on the worker by itself
    when the content's is not known yet (`ContentStore.known_sample`).

    The strip never reads on the UI thread, and is never missing while the content is the sample: until the
    flag is known for the content shown it says SAMPLE, and a read that fails leaves it so."""

    READS_ON_WORKER = False

    def __init__(self, ctx: ScreenContext, scroll: bool = True) -> None:
        super().__init__(ctx)
        self.outer = outer = QVBoxLayout(self)  # header, language bar, body, SAMPLE strip (top to bottom)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = Header(ctx.speech)
        self.header.back_clicked.connect(ctx.navigator.back)
        self.header.home_clicked.connect(ctx.navigator.home)
        self.header.finish_clicked.connect(ctx.session.request_end)
        self.header.read_clicked.connect(self._read_aloud)
        self.header.read_long_pressed.connect(self._start_audio_first)
        self.header.text_size_clicked.connect(ctx.display.next_text_size)
        self.header.contrast_clicked.connect(ctx.display.toggle_contrast)
        self.language_bar = LanguageBar(ctx.i18n)
        self.header.language_clicked.connect(self.language_bar.toggle)
        outer.addWidget(self.header)
        outer.addWidget(self.language_bar)
        self.body_widget = QWidget()
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(40, 28, 40, 28)
        self.body.setSpacing(20)
        self.page_status = text_label("", "Lead")
        self.page_status.hide()
        self.body.addWidget(self.page_status)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(self.body_widget)
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            self.scroll_area: QScrollArea | None = area
            outer.addWidget(area, 1)
        else:
            self.scroll_area = None
            outer.addWidget(self.body_widget, 1)
        self._sample_reads = 0  # reads of the strip's flag alone: an answer for an earlier one is dropped
        self.sample_strip = QLabel()
        self.sample_strip.setObjectName("SampleStrip")
        self.sample_strip.setWordWrap(True)
        outer.addWidget(self.sample_strip)

    def retranslate(self) -> None:
        self.header.lang = self.lang
        self.header.retranslate()
        # Explicit context: self.tr() would look the string up under the subclass's name.
        self.sample_strip.setText(
            QCoreApplication.translate(
                "PageScreen",
                "SAMPLE CONTENT — to be replaced by the Migration Agency. "
                "Numbers and addresses shown here are not official.",
            )
        )
        if not self.READS_ON_WORKER:
            self._read_sample_flag()

    def _show_sample_strip(self) -> None:
        """SAMPLE, unless the content shown is known not to be the sample (fail safe)."""
        self.sample_strip.setVisible(self.ctx.store.known_sample() is not False)

    def _read_sample_flag(self) -> None:
        """The strip for a page that does not read it with its content: at once when the flag is known for
        this content, else read on the worker. Apart from `read_then_show`: it does not make the page
        "loading", nor drop the page's own answer (the licence search's, the verdict's)."""
        self._show_sample_strip()
        if self.ctx.store.known_sample() is not None:
            return
        self._sample_reads += 1
        ticket, store = self._sample_reads, self.ctx.store

        def answered(sample: bool) -> None:
            if ticket == self._sample_reads:
                self.sample_strip.setVisible(sample)

        def went_wrong(exc: Exception) -> None:
            log.error("%s could not read whether the content is the sample: %s", type(self).__name__, exc)

        self.ctx.background.submit(lambda: store.info().sample, answered, went_wrong)

    def load_content(self, read: Callable[[], T], show: Callable[[T], None], waiting: bool = True,
                     left_out: Callable[[], None] | None = None) -> None:
        """Read the page's content on the worker (`read`, with the content's SAMPLE flag) and `show` it.
        With `waiting`, the page says it is loading until then and, if the read fails, that it cannot be
        shown (in place of its content, which `refresh()` has cleared); without (Home, whose tiles need no
        read), a failed read only calls `left_out`, which hides what the read would have shown."""
        store = self.ctx.store
        self._show_status(_page_tr("Loading…") if waiting else "")
        self._show_sample_strip()  # until the answer: as known for this content, else SAMPLE

        def shown(answer: tuple[bool, T]) -> None:
            self._show_status("")
            self.sample_strip.setVisible(answer[0])
            show(answer[1])

        def failed() -> None:
            self._show_status(_page_tr("This page cannot be shown right now. Please try again in a minute.")
                              if waiting else "")
            if left_out is not None:
                left_out()

        self.read_then_show(lambda: (store.info().sample, read()), shown, failed)

    def _show_status(self, text: str) -> None:
        self.page_status.setText(text)
        self.page_status.setVisible(bool(text))

    def status_text(self) -> str:
        """What the page says instead of its content (loading, or cannot be shown); "" once it is shown."""
        return self.page_status.text() if self.page_status.isVisibleTo(self) else ""

    def enter(self, **params: Any) -> None:
        """A different item (another agency's verdict, another article) opens at its top, where its title and
        verdict are; the same item, reached again by Back, keeps its scroll position."""
        other_item = params != self.params
        super().enter(**params)
        if other_item:
            self.scroll_to_top()

    def set_title(self, text: str) -> None:
        self.header.set_title(text)

    def scroll_to_top(self) -> None:
        if self.scroll_area is not None:
            self.scroll_area.verticalScrollBar().setValue(0)

    def _read_aloud(self) -> None:
        if self.ctx.speech.speaking:
            self.ctx.speech.stop()
        else:
            self.ctx.speech.speak(self.speech_text(), self.lang)

    def _start_audio_first(self) -> None:
        """Long press on "read aloud" (Home also has a visible switch): from now on each screen is read as it
        opens; turning the mode on reads this one (kiosk.shell.audio_first), and if it was on already it is
        read again."""
        if self.ctx.speech.audio_first:
            self.ctx.speech.speak(self.speech_text(), self.lang)
        else:
            self.ctx.speech.set_audio_first(True)

    def leave(self) -> None:
        super().leave()
        self.language_bar.hide()

    def reset(self) -> None:
        super().reset()
        self.language_bar.hide()
        self.scroll_to_top()


def clear_layout(layout: Any) -> None:
    """Remove and delete every item of a layout (used when a screen rebuilds its list)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
