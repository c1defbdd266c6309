"""How a registry status looks: the icon, colour level and word, shared by the search results and the
verdict screen so that an entry never reads "Licensed" in the list and "LICENCE EXPIRED" when opened.

Which status an entry has is decided in `content/verdict.py` (one rule for both); this is only its look.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from content.verdict import Status


def status_word(status: Status) -> str:
    words = {
        Status.LICENSED: QCoreApplication.translate("Status", "Licensed"),
        Status.LICENSED_UNVERIFIED: QCoreApplication.translate(
            "Status", "Licensed — registry may be out of date"
        ),
        Status.SUSPENDED: QCoreApplication.translate("Status", "Licence suspended"),
        Status.REVOKED: QCoreApplication.translate("Status", "Licence revoked"),
        Status.EXPIRED: QCoreApplication.translate("Status", "Licence expired"),
        Status.WARNING_LIST: QCoreApplication.translate("Status", "On the warning list"),
        Status.NOT_FOUND: QCoreApplication.translate("Status", "Not in the registry"),
    }
    return words[status]


def status_icon(status: Status) -> str:
    """The icon's purpose name in kiosk/services/icons.py: one icon per status, never a tick for a
    status that is not a confirmed licence."""
    return status.value


def status_level(status: Status) -> str:
    """The style sheet's colour level: safe, caution or danger."""
    return status.level
