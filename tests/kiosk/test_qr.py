"""QR codes are painted module by module and decode back to the same matrix."""

from __future__ import annotations

from PySide6.QtGui import QColor

from kiosk.services.qr import QUIET_ZONE, qr_image, qr_matrix


def test_image_matches_the_matrix(qapp: object) -> None:
    text = "https://example.org/kiosk-sample/articles/employer-pays"
    matrix = qr_matrix(text)
    image = qr_image(text, 300)
    scale = image.width() // len(matrix)
    assert image.width() == image.height() == scale * len(matrix)
    assert scale >= 1
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = QColor(image.pixel(x * scale + scale // 2, y * scale + scale // 2))
            assert (pixel.lightness() < 128) == dark
    # The quiet zone the standard asks for is white.
    assert not any(matrix[0])
    assert not any(row[QUIET_ZONE - 1] for row in matrix)
