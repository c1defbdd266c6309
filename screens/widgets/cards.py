"""Pieces two or more screens show the same way: a card of bullet lines, the summary a flow is about to
send, an alert's severity word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from screens.widgets.labels import text_label


def bullet_card(heading: str, items: tuple[str, ...], marker: str) -> QFrame:
    """A card with a heading and one line per item, each starting with `marker`."""
    card = QFrame()
    card.setObjectName("Card")
    column = QVBoxLayout(card)
    column.setContentsMargins(24, 20, 24, 20)
    column.setSpacing(12)
    column.addWidget(text_label(heading, "SectionTitle"))
    for item in items:
        column.addWidget(text_label(f"{marker}  {item}"))
    return card


def summary_card() -> tuple[QFrame, QLabel]:
    """What a flow is about to send (a report, a call-back request) as a card in large type, readable at a
    glance before Send; the label is filled by the screen."""
    card = QFrame()
    card.setObjectName("Card")
    inside = QVBoxLayout(card)
    inside.setContentsMargins(28, 24, 28, 24)
    text = text_label("", "ReviewSummary")
    inside.addWidget(text)
    return card, text


def severity_text(level: str) -> str:
    """The word shown on an alert's severity chip (list and detail screens alike).

    The translation context stays "AlertsScreen", where these words were first translated.
    """
    words = {
        "urgent": QCoreApplication.translate("AlertsScreen", "URGENT"),
        "warning": QCoreApplication.translate("AlertsScreen", "WARNING"),
        "info": QCoreApplication.translate("AlertsScreen", "GOOD TO KNOW"),
    }
    return words.get(level, level.upper())
