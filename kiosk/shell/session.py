"""What belongs to the current traveller and ends with them: audio-first mode (held by the speech service,
whose mode it is; display preferences live in kiosk.display). Reset by `Kiosk.end_session`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.services.speech import Speech


class Session(QObject):
    """Emits `audio_first_changed(bool)` (the speech service's). In audio-first mode every screen is read
    aloud as it opens. `request_end()` (the "Finish and clear my data" button) emits `end_requested()`, which
    the composition root connects to `Kiosk.end_session`, the same end as the idle timeout's."""

    audio_first_changed = Signal(bool)
    end_requested = Signal()

    def __init__(self, speech: Speech, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech = speech
        speech.audio_first_changed.connect(self.audio_first_changed)

    @property
    def audio_first(self) -> bool:
        return self._speech.audio_first

    def set_audio_first(self, on: bool) -> None:
        self._speech.set_audio_first(on)

    def request_end(self) -> None:
        self.end_requested.emit()

    def reset(self) -> None:
        self.set_audio_first(False)
