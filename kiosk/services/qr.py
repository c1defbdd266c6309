"""QR codes painted straight into a QImage (no temporary files, no PIL), and where the kiosk's QR codes lead.

qrcode has no Qt output; drawing its module matrix with QPainter is fast (a few ms per URL-sized code).

Every QR for an item or a verdict leads to the phone edition of the central server,
`{phone_base_url}/{lang}/{route}` (routes in docs/phone.md, a contract: printed codes live for years), in
the language the traveller is reading. Reviewed content (`sample: false`) may name its own official URL in
its `qr` field, which then wins; sample content's `qr` values are placeholders and never do. With no
`phone_base_url`, the item's own `qr` (or the official registry page for a verdict) is used.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

import qrcode
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_ZONE = 4  # modules of white border the QR standard asks for


@lru_cache(maxsize=256)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix for `text` with error correction M, including the quiet zone.

    Cached: the encoding (choosing the best of eight masks) is the slow part, a few ms per code and far
    more on a busy machine, and each traveller's first visit to a screen draws the same codes again (the
    session's end resets every screen). A matrix is small (a URL-sized code is 41 x 41); 256 of them hold
    every code of the sample content in every language."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


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


def phone_url(base_url: str, lang: str, route: str) -> str:
    """The phone edition's page for `route` (like `article/employer-pays`, percent-encoded already) in
    `lang`; "" with no base."""
    if not base_url:
        return ""
    return f"{base_url.rstrip('/')}/{quote(lang, safe='')}/{route}"


def content_qr(base_url: str, lang: str, route: str, own_qr: str, sample: bool) -> str:
    """Where an article's, alert's or guide's QR leads (see the module docstring for the rule)."""
    if own_qr and not sample:
        return own_qr
    return phone_url(base_url, lang, route) or own_qr


def service_qr(base_url: str, lang: str, service_id: str, own_qr: str, sample: bool) -> str:
    """A platform service on the phone edition's services page (`services#{id}`), unless reviewed content
    names the platform's own page for it: the rule of every content QR."""
    return content_qr(base_url, lang, f"services#{quote(service_id, safe='')}", own_qr, sample)


def vacancy_qr(base_url: str, lang: str, vacancy_id: str, apply_url: str) -> str:
    """A job order on the phone edition (`vacancy/{id}`): like a verdict, a code scanned later still
    tells the truth (the page says so once the vacancy closed or its agency lost its licence) and links
    on to the platform to apply. Without a phone edition, the platform's own page for it."""
    return phone_url(base_url, lang, f"vacancy/{quote(vacancy_id, safe='')}") or apply_url


def verdict_qr(base_url: str, registry_url: str, lang: str, *, licence_no: str | None = None,
               warning_id: str | None = None) -> str:
    """The live status page of an agency (or warning-list entry) on the phone edition: a code scanned
    today still tells the truth after a later revocation. Without a phone edition, the official registry."""
    if licence_no is not None:
        return phone_url(base_url, lang, f"agency/{quote(licence_no, safe='')}") or \
            registry_url.format(licence_no=quote(licence_no, safe=""))
    if warning_id is not None:
        return phone_url(base_url, lang, f"warning/{quote(warning_id, safe='')}")
    return ""
