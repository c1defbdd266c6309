"""Icons and country flags drawn from vendored SVG files (Lucide, ISC; flag-icons, MIT) with QtSvg.

Why SVG and not Unicode symbols: a symbol like ✔ or ⚑ is drawn by whichever font happens to have it, in
that font's weight and size, and the same symbol meant different things on different screens. An SVG is the
same picture on every kiosk, in the colour the theme asks for.

Loaded lazily and cached: nothing here is read before a screen first asks for an icon, so start-up does not
pay for QtSvg or the files. Names are the file names in `kiosk/assets/icons/` (see `ICON_NAMES`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from kiosk.app.paths import resource_root

# Purpose -> Lucide file name. Screens ask by purpose, so an icon can be swapped in one place.
ICON_NAMES = {
    "check": "shield-check",
    "alert": "triangle-alert",
    "rights": "scale",
    "recruitment": "hand",
    "money": "banknote",
    "card": "credit-card",
    "visa": "stamp",
    "wage": "trending-up",
    "routes": "plane",
    "contract": "file-signature",
    "passport": "book-user",
    "trouble": "life-buoy",
    "country": "globe",
    "help": "phone",
    "phone": "phone",
    "call": "phone-call",
    "report": "megaphone",
    "topics": "book-open",
    "licensed": "circle-check",
    "licensed_unverified": "clock-alert",
    "suspended": "circle-pause",
    "revoked": "circle-x",
    "expired": "calendar-x",
    "warning_list": "octagon-alert",
    "not_found": "circle-question-mark",
    "centre": "building-2",
    "vacancies": "briefcase",
    "red_flags": "list-checks",
    "question": "message-circle-question-mark",
    "back": "arrow-left",
    "home": "house",
    "read": "volume-2",
    "mute": "volume-x",
    "stop": "square",
    "language": "languages",
    "contrast": "contrast",
    "search": "search",
    "next": "chevron-right",
    "qr": "qr-code",
    "backspace": "delete",
    "enter": "corner-down-left",
    "lock": "lock",
    "verified": "badge-check",
}


def assets_dir() -> Path:
    return resource_root() / "kiosk" / "assets"


def icon_path(name: str) -> Path:
    """The SVG file for a purpose (or a Lucide file name given directly)."""
    return assets_dir() / "icons" / f"{ICON_NAMES.get(name, name)}.svg"


def flag_path(country: str) -> Path:
    return assets_dir() / "flags" / f"{country.lower()}.svg"


@lru_cache(maxsize=32)
def _svg_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _render(svg: bytes, width: int, height: int, ratio: float) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # here, not at import: start-up never loads QtSvg

    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    finally:
        painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@lru_cache(maxsize=256)
def icon_pixmap(name: str, size: int, color: str, ratio: float = 1.0) -> QPixmap:
    """A `size`-px square icon in `color` (Lucide draws with `currentColor`); empty if it is unknown."""
    svg = _svg_bytes(icon_path(name))
    if svg is None:
        return QPixmap()
    return _render(svg.replace(b"currentColor", color.encode("ascii")), size, size, ratio)


@lru_cache(maxsize=128)
def flag_pixmap(country: str, height: int, ratio: float = 1.0) -> QPixmap:
    """The 4:3 flag of an ISO 3166 alpha-2 country; the globe icon for a country without a vendored flag."""
    svg = _svg_bytes(flag_path(country))
    if svg is None:
        return icon_pixmap("country", height, "#4A5561", ratio)
    return _render(svg, height * 4 // 3, height, ratio)


def has_flag(country: str) -> bool:
    return flag_path(country).is_file()
