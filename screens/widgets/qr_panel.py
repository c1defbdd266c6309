"""A QR code with a caption, for continuing on a phone. The image is painted, never written to disk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.services.qr import qr_image
from screens.widgets.labels import text_label, widest_word


class QrPanel(QWidget):
    """Shows `set_target(text)` as a QR code of `size` px; hides itself when there is nothing to encode."""

    def __init__(self, size: int = 260, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QrPanel")
        self._size = size
        self._target = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(size, size)
        column.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        self.caption = text_label("", "Muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setFixedWidth(size + 40)
        self.caption.installEventFilter(self)  # a new text size changes its font: fit it again
        column.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignHCenter)

    @property
    def target(self) -> str:
        return self._target

    def set_target(self, text: str, caption: str) -> None:
        self._target = text
        self.caption.setText(caption)
        self._fit_caption()
        if not text:
            self.image.clear()
            self.hide()
            return
        image = qr_image(text, self._size)
        self.image.setPixmap(
            QPixmap.fromImage(image).scaled(
                self._size,
                self._size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.show()

    def _fit_caption(self) -> None:
        """The caption is as wide as the code and a margin, or as its widest word if that is wider: a word
        never breaks, and a wider one was cut at both ends ("Отсканируйте," under the hotline's code at
        text size 1.4). Its width is then fixed, so its height is known: reserve it (nested word-wrapped
        labels do not always get their height-for-width from the layouts around them)."""
        caption = self.caption
        caption.ensurePolished()  # the style sheet's font, not the default one
        frame = caption.width() - caption.contentsRect().width() + 2 * caption.margin()
        caption.setFixedWidth(max(self._size + 40, widest_word(caption) + frame))
        caption.setMinimumHeight(max(0, caption.heightForWidth(caption.width())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.caption and event.type() == QEvent.Type.FontChange:
            self._fit_caption()
        return super().eventFilter(watched, event)
