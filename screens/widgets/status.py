"""Words for registry statuses, shared by the search results and the verdict screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_text(status: str) -> str:
    words = {
        "active": QCoreApplication.translate("Status", "Licensed"),
        "suspended": QCoreApplication.translate("Status", "Licence suspended"),
        "revoked": QCoreApplication.translate("Status", "Licence revoked"),
        "expired": QCoreApplication.translate("Status", "Licence expired"),
        "warning": QCoreApplication.translate("Status", "On the warning list"),
    }
    return words.get(status, status)
