"""Send → saved: the last step of a traveller's form that is committed to the kiosk's state.db (a fraud
report, a call-back request).

The commit runs off the UI thread; meanwhile the send button says "Sending…" and cannot be tapped twice.
The reference code (and its QR) is shown only once the commit has returned it, so a traveller never writes
down a code for something the kiosk did not keep. A failure gives the button back and says so; nothing typed
is lost. The report and the call-back screens each wrote this out; it lives here once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton

from screens.context import ScreenContext
from screens.widgets.qr_panel import QrPanel

if TYPE_CHECKING:
    from kiosk.services.store import ContentStore


def with_content_version(payload: dict[str, object], store: ContentStore) -> dict[str, object]:
    """`payload` with the version of the content the kiosk shows (what the agency reads a report against).
    Called in the commit, on the worker: it reads content.db."""
    return {**payload, "content_version": store.info().version}


@dataclass
class SendTexts:
    """The words the flow shows, in the screen's language (set again on every language change)."""

    send: str = ""
    sending: str = ""
    failed: str = ""
    reference: str = ""  # the QR code's caption


class SendFlow:
    """`send(save, done)`: run `save()` (returns the reference) in the background, then show the reference
    and call `done(reference)` on the UI thread; `clear()` forgets the last reference."""

    def __init__(self, ctx: ScreenContext, button: QPushButton, reference: QLabel, qr: QrPanel,
                 error: QLabel) -> None:
        self._ctx = ctx
        self._button = button
        self._reference = reference
        self._qr = qr
        self._error = error
        self.texts = SendTexts()
        self.reference = ""
        self.busy = False  # being saved: the form stays as it is until the answer is here

    def set_texts(self, texts: SendTexts) -> None:
        self.texts = texts
        # Disabled is not busy: a send button waiting for consent speaks the new language too.
        if not self.busy:
            self._button.setText(texts.send)

    def send(self, save: Callable[[], str], done: Callable[[str], None]) -> None:
        self.busy = True
        self._button.setEnabled(False)
        self._button.setText(self.texts.sending)
        self._error.setText("")
        self._ctx.background.submit(save, lambda reference: self.saved(reference, done), self._failed)

    def clear(self) -> None:
        self.reference = ""
        self._reference.setText("")
        self._qr.set_target("", "")

    def saved(self, reference: str, done: Callable[[str], None]) -> None:
        """Show `reference` as committed (the screenshot tool shows a confirmation this way too)."""
        self.reference = reference
        self._reference.setText(reference)
        self._qr.set_target(reference, self.texts.reference)
        self._idle()
        done(reference)

    def _failed(self, _exc: Exception) -> None:
        self._idle()
        self._error.setText(self.texts.failed)

    def _idle(self) -> None:
        self.busy = False
        self._button.setEnabled(True)
        self._button.setText(self.texts.send)
