"""Dynamic properties the style sheet matches on (`#Choice[tall="true"]`, `#StepSegment[state=...]`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set the property `name` and have the style sheet apply again, only when it changed: Qt does not
    re-read a style sheet's property selectors by itself, and polishing again costs a re-layout."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
