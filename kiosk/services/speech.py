"""Read-aloud service: speaks text in the active language without ever blocking or crashing the UI.

Each utterance runs in its own `kiosk.services.speech_worker` process started with QProcess (asynchronous,
on the UI thread's event loop). A new utterance or `stop()` kills the previous one, so no text outlives the
traveller who asked for it; a per-utterance watchdog kills a hung engine; a worker that fails within its
first second is started once more (a flaky engine start), and otherwise `failed(str)` is emitted. Which
voices exist is read once per process in a background thread at start-up (see `kiosk.services.voices`).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

from kiosk.services.voices import (
    VOICE_FOR_LANG,
    VoiceGap,
    VoiceReport,
    discover,
    missing_reason,
    prepare_text,
    voice_gap,
)

log = logging.getLogger("kiosk.services.speech")

MAX_SECONDS = 900  # the longest article read aloud
RETRY_WITHIN_MS = 1000


def default_worker_cmd() -> list[str]:
    """The worker command: `-m kiosk.services.speech_worker` from a checkout; the frozen app's own executable
    with the     hidden `speech-worker` command in a PyInstaller build (where `-m` does not exist)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "speech-worker"]
    return [sys.executable, "-m", "kiosk.services.speech_worker"]


def worker_environment() -> QProcessEnvironment:
    """The kiosk's environment, with this checkout first on PYTHONPATH so that
    `-m kiosk.services.speech_worker`     finds the same code whatever the current directory is."""
    env = QProcessEnvironment.systemEnvironment()
    root = str(Path(__file__).resolve().parents[2])
    previous = env.value("PYTHONPATH")
    env.insert("PYTHONPATH", root + (os.pathsep + previous if previous else ""))
    return env


def utterance_limit_ms(text: str) -> int:
    """Generous speaking time for `text` (espeak-ng reads about 15 characters a second; allow 8), capped.
    Past it the engine is taken to hang: a hung engine must not hold off the idle reset for long."""
    return min(MAX_SECONDS * 1000, 10_000 + len(text) * 125)


class _Discovery(QObject):
    """Reads the voice list once per process, off the UI thread; `done` is delivered on the UI thread."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.report: VoiceReport | None = None
        self._started = False

    def start(self, worker_cmd: list[str]) -> None:
        if self._started:
            return
        self._started = True
        threading.Thread(target=self._run, args=(worker_cmd,), name="voice-discovery", daemon=True).start()

    def _run(self, worker_cmd: list[str]) -> None:
        report = discover(worker_cmd)
        self.report = report
        self.done.emit(report)


_discovery: _Discovery | None = None


def _shared_discovery() -> _Discovery:
    global _discovery
    if _discovery is None:
        _discovery = _Discovery()
    return _discovery


class Speech(QObject):
    """Emits `started()`, `finished()`, `failed(str)`, `voices_changed()` and `audio_first_changed(bool)`;
    `speaking` tells whether an utterance is playing.

    Two modes: on request (the default: "read aloud" reads one screen), and audio first, for a traveller who
    cannot read the screen: each screen is read as it opens, and the item the keypad moves to
    (`kiosk.shell.audio_first` does the reading). The mode belongs to one traveller: the session's end turns
    it off."""

    started = Signal()
    finished = Signal()
    failed = Signal(str)
    voices_changed = Signal()
    audio_first_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        worker_cmd: list[str] | None = None,
        discovery: bool = True,
        max_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._cmd = worker_cmd or default_worker_cmd()
        self._env = worker_environment()
        self._process: QProcess | None = None
        self._old: list[QProcess] = []  # utterances already replaced or finished, see _keep_until_done
        self._out: str | None = None
        self._pending: tuple[str, str] | None = None  # (prepared text, voice) of the current utterance
        self._retried = False
        self._clock = QElapsedTimer()
        self._max_ms = max_ms
        self._watchdog = QTimer(self, singleShot=True)
        self._watchdog.timeout.connect(self._on_watchdog)
        self.last_error: str | None = None
        self._report: VoiceReport | None = None
        self._audio_first = False
        self._discovering = False
        if discovery:
            self.discover_voices()

    # --- voices ------------------------------------------------------------------------------------------
    def discover_voices(self) -> None:
        """Read which voices exist, once per process, in a background thread; `voices_changed` follows.
        The kiosk calls this once its attract screen is up (the engine's listing is a child process, and
        start-up has better use for the two cores); a Speech made with `discovery=True` calls it at once."""
        if self._discovering:
            return
        self._discovering = True
        shared = _shared_discovery()
        shared.done.connect(self._on_voices)
        self._report = self._report or shared.report
        shared.start(self._cmd)

    def set_voice_report(self, report: VoiceReport) -> None:
        """Use `report` as the installed voices (tests, and a discovery that finished)."""
        self._on_voices(report)

    def _on_voices(self, report: VoiceReport) -> None:
        self._report = report
        if report.error:
            log.warning("speech engine unavailable: %s", report.error)
        self.voices_changed.emit()

    @property
    def voices_known(self) -> bool:
        return self._report is not None

    def voices(self) -> dict[str, str]:
        """Language tag → voice code for every language that can be read aloud now."""
        return {lang: v for lang, v in VOICE_FOR_LANG.items() if v and self.available(lang)}

    def available(self, lang: str) -> bool:
        return missing_reason(lang, self._report) is None

    def missing_reason(self, lang: str) -> str | None:
        """Why `lang` has no read-aloud (for the admin screen); None if it has one."""
        return missing_reason(lang, self._report)

    def voice_gap(self, lang: str) -> VoiceGap | None:
        """Why `lang` has no read-aloud, as a kind the admin screen words in the screen language."""
        return voice_gap(lang, self._report)

    # --- mode --------------------------------------------------------------------------------------------
    @property
    def audio_first(self) -> bool:
        """Whether every screen is read aloud as it opens."""
        return self._audio_first

    def set_audio_first(self, on: bool) -> None:
        """Turn audio-first mode on or off; off also stops what is being read."""
        if on == self._audio_first:
            return
        self._audio_first = on
        if not on:
            self.stop()
        self.audio_first_changed.emit(on)

    # --- speaking ----------------------------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        return self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning

    @property
    def process(self) -> QProcess | None:
        """The running worker (benchmarks and diagnostics only)."""
        return self._process

    def speak(self, text: str, lang: str, out: str | None = None) -> None:
        """Start reading `text` in `lang`; anything still being read is stopped first. `out` writes a WAV
        file (or `-` for stdout) instead of playing."""
        self.stop()
        voice = VOICE_FOR_LANG.get(lang)
        if not text.strip() or voice is None:
            return
        if self._report is not None and not self.available(lang):
            self._fail(missing_reason(lang, self._report) or "no voice")
            return
        self._pending = (prepare_text(lang, text), voice)
        self._retried = False
        self._start(out)
        self.started.emit()

    def _start(self, out: str | None) -> None:
        assert self._pending is not None
        text, voice = self._pending
        # No parent and no lambda holding it: Python owns it, and `_keep_until_done` decides when it goes.
        # (deleteLater() on a child QProcess crashed PySide 6.11 when the Speech was deleted soon after.)
        process = QProcess()
        process.setProcessEnvironment(self._env)
        process.setProgram(self._cmd[0])
        process.setArguments([*self._cmd[1:], voice, *(["--out", out] if out else [])])
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process, self._out = process, out
        self._clock.start()
        process.start()
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()
        self._watchdog.start(self._max_ms or utterance_limit_ms(text))

    def stop(self) -> None:
        """Stop speaking now and forget the text. Safe to call when nothing is playing."""
        if self._kill():
            self.finished.emit()

    def _kill(self) -> bool:
        """End the current utterance; True if one was still running."""
        process, self._process = self._process, None
        self._pending = None
        self._watchdog.stop()
        if process is None:
            return False
        self._keep_until_done(process)
        if process.state() == QProcess.ProcessState.NotRunning:
            return False
        process.kill()
        process.waitForFinished(200)  # SIGKILL: reaped within a millisecond or two
        return True

    def _keep_until_done(self, process: QProcess) -> None:
        """Hold `process` (and every other one still running); let finished ones go. The one that just
        emitted a signal is kept until the next call, so that no process is deleted inside its own signal."""
        stopped = QProcess.ProcessState.NotRunning
        self._old = [p for p in self._old if p.state() != stopped and p is not process] + [process]

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if not isinstance(process, QProcess):
            return
        self._keep_until_done(process)
        if process is not self._process:
            return
        self._process = None
        self._watchdog.stop()
        if code == 0 and status == QProcess.ExitStatus.NormalExit:
            self._pending = None
            self.finished.emit()
            return
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        reason = err.splitlines()[-1] if err else f"speech worker exited with {code}"
        if status == QProcess.ExitStatus.CrashExit:
            reason = "speech worker crashed"
        if not self._retried and self._clock.elapsed() < RETRY_WITHIN_MS and self._pending is not None:
            self._retried = True
            log.warning("speech failed at start (%s); trying once more", reason)
            self._start(self._out)
            return
        self._fail(reason)

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if process is self._process and error == QProcess.ProcessError.FailedToStart:
            self._keep_until_done(process)
            self._process = None
            self._watchdog.stop()
            self._fail(process.errorString())

    def _on_watchdog(self) -> None:
        self._kill()
        self._fail("speech took too long and was stopped")

    def _fail(self, reason: str) -> None:
        self._pending = None
        self.last_error = reason
        log.warning("speech failed: %s", reason)
        self.failed.emit(reason)
        self.finished.emit()
