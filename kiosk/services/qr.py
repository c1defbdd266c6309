"""QR codes painted straight into a QImage: no temporary files, no PIL.

qrcode has no Qt output; drawing its module matrix with QPainter is fast (a few ms per URL-sized code).
"""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_ZONE = 4  # modules of white border the QR standard asks for


def qr_matrix(text: str) -> list[list[bool]]:
    """The module matrix for `text` with error correction M, including the quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def qr_image(text: str, size_px: int) -> QImage:
    """A square black-on-white QR image of about `size_px`, with whole-pixel modules so scanners read it."""
    matrix = qr_matrix(text)
    modules = len(matrix)
    scale = max(1, size_px // modules)
    side = modules * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRect(x * scale, y * scale, scale, scale))
    finally:
        painter.end()
    return image
