"""The frame shared by the article, alert and guide screens: a text column and a side column with the QR
code, which moves below the text on a portrait screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.services.qr import content_qr
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.widgets.labels import add_sample_badge, fallback_note, text_label
from screens.widgets.qr_panel import QrPanel

PORTRAIT_BELOW = 1300  # px of width under which the side column moves below the text


def markdown_label(markdown: str) -> QLabel:
    """Article text as a wrapping label (the page scrolls as a whole, which is easier to touch-scroll)."""
    label = QLabel()
    label.setObjectName("Body")
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setText(without_html(markdown))
    return label


def without_html(markdown: str) -> str:
    """Markdown whose raw HTML shows as text. Qt's Markdown reader (md4c, GitHub dialect) renders inline
    HTML and QLabel offers no switch to stop it; `&lt;` is the Markdown entity for a literal `<`, so no
    tag survives. Bundles with raw HTML are refused before they get here (content.bundle_shape); this
    holds even if one ever does."""
    return markdown.replace("<", "&lt;")


class ReaderScreen(PageScreen):
    """Subclasses call `show_item(...)` from `refresh()` and add their own blocks to `self.text_column`."""

    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx)
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(40)
        self.text_widget = QWidget()
        self.text_column = QVBoxLayout(self.text_widget)
        self.text_column.setContentsMargins(0, 0, 0, 0)
        self.text_column.setSpacing(18)
        self.side = QWidget()
        self.side_column = side_column = QVBoxLayout(self.side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.setSpacing(16)
        self.qr = QrPanel()
        side_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.meta = text_label("", "Muted")
        side_column.addWidget(self.meta)
        side_column.addStretch(1)
        self.side.setFixedWidth(340)
        self._split.addWidget(self.text_widget, 1)
        self._split.addWidget(self.side, 0)
        self.body.addLayout(self._split)
        self.body.addStretch(1)

    def begin(self) -> None:
        """Clear the text column before a screen fills it again."""
        clear_layout(self.text_column)

    def add_title(self, title: str, sample: bool, fallback: str | None) -> list[str]:
        """Show the item's title, its SAMPLE badge and the note naming the language it is shown in when the
        traveller's has no translation yet; returns what of it is read aloud (the title and that note: a
        traveller who cannot read must know the text that follows is in another language)."""
        self.text_column.addWidget(text_label(title, "ScreenTitle"))
        if sample:
            add_sample_badge(self.text_column, QCoreApplication.translate("ReaderScreen", "SAMPLE"))
        note = fallback_note(fallback)
        if note:
            self.text_column.addWidget(text_label(note, "Muted"))
        return [title, note] if note else [title]

    def phone_qr(self, route: str, own_qr: str, sample: bool) -> str:
        """Where this item's QR leads: its page on the phone edition in the current language."""
        return content_qr(self.ctx.config.phone_base_url, self.lang, route, own_qr, sample)

    def set_side(self, qr: str, meta_lines: list[str]) -> None:
        self.qr.set_target(
            qr, QCoreApplication.translate("ReaderScreen", "Scan with your phone to read this later")
        )
        self.meta.setText("\n".join(line for line in meta_lines if line))

    def side_text(self) -> list[str]:
        """What the side column shows as text, to be read aloud after the text column (it stands right of
        it, or below it on a portrait screen): its lines (a date, a source), not the QR code's caption,
        which only says what scanning does."""
        return self.meta.text().splitlines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = self.width() < PORTRAIT_BELOW
        self._split.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.side.setFixedWidth(self.width() - 80 if portrait else 340)
        super().resizeEvent(event)
