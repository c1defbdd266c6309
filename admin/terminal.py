"""Text from kiosks, made safe for an operator's terminal.

A heartbeat or a report is typed by whoever controls a kiosk (or its network): an escape sequence in it
could clear the operator's screen, retitle the window or hide lines. Everything that is not a printable
character (C0 and C1 controls, DEL, bidirectional overrides, zero-width marks) is shown as a visible
Python-style escape instead, so it is seen rather than obeyed.
"""

from __future__ import annotations


def terminal_safe(text: str) -> str:
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
