"""The technician's admin screen: what state the kiosk is in, and the few things a technician may do.

Shows the kiosk id, content version and age, last sync and its error, outbox depth, free disk, and the
read-aloud voice of each language (or why there is none). Buttons: sync now, test speech per language,
restart app, exit to desktop (both need a second tap: there are no confirmation dialogs in a kiosk), and
close. Restart and exit are signals (`restart_requested`, `exit_requested`) wired by the composition root,
which owns the lockdown and the application. Values that need disk access are gathered off the UI thread.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.diagnostics import disk_facts
from kiosk.services.store import ContentInfo
from kiosk.services.voices import (
    GAP_ENGINE_ERROR,
    GAP_NO_VOICE,
    GAP_NOT_INSTALLED,
    GAP_NOT_READ,
    SAMPLES,
    VOICE_FOR_LANG,
    VoiceGap,
)
from kiosk.shell.i18n import LANGUAGES
from screens.base import PageScreen, clear_layout
from screens.context import ScreenContext
from screens.widgets.labels import text_label

log = logging.getLogger("kiosk.admin")
CONFIRM_MS = 5000
PORTRAIT_BELOW = 1300  # px of width under which the two cards stack
LABEL_MAX_PX = 420  # a row label wider than this wraps


class SyncService(Protocol):
    """What the admin screen uses of `kiosk.services.sync_service` (optional)."""

    status_changed: Any  # Signal(dict)

    def sync_now(self) -> None: ...


def age_text(iso: str | None, now: datetime) -> str:
    """ "3 d 4 h ago" for an ISO timestamp, "never" for None."""
    if not iso:
        return QCoreApplication.translate("AdminScreen", "never")
    try:
        then = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    seconds = int((now - (then if then.tzinfo else then.replace(tzinfo=UTC))).total_seconds())
    days, hours, minutes = seconds // 86400, seconds % 86400 // 3600, seconds % 3600 // 60
    if days:
        span = QCoreApplication.translate("AdminScreen", "{days} d {hours} h ago")
    elif hours:
        span = QCoreApplication.translate("AdminScreen", "{hours} h {minutes} min ago")
    else:
        span = QCoreApplication.translate("AdminScreen", "{minutes} min ago")
    span = span.format(days=days, hours=hours, minutes=minutes)
    return f"{iso[:16].replace('T', ' ')} ({span})"


def _native_name(tag: str) -> str:
    """Each language in its own name, as on the language screen, whatever the panel's language."""
    for language in LANGUAGES:
        if language.tag == tag:
            return language.native_name
    return QLocale(tag).nativeLanguageName() or tag


def _gather(ctx: ScreenContext) -> dict[str, Any]:
    """Runs off the UI thread: the diagnostics service reads state.db and the file system, the store the
    content's version and when it was applied."""
    facts = disk_facts(ctx.config.data_dir, ctx.state)
    return {"outbox": facts.outbox_depth, "free": facts.free_bytes, "total": facts.total_bytes,
            "content": ctx.store.info()}


class AdminScreen(PageScreen):
    """Emits `restart_requested()` and `exit_requested()` (after a confirming second tap)."""

    restart_requested = Signal()
    exit_requested = Signal()

    def __init__(self, ctx: ScreenContext, sync: SyncService | None = None) -> None:
        super().__init__(ctx)
        self._sync = sync
        # A sync service may already know its status (SyncService.last_status) before the next cycle ends.
        self._sync_status: dict[str, Any] | None = dict(getattr(sync, "last_status", None) or {}) or None
        self._facts: dict[str, Any] = {}
        self.voice_states: dict[str, str] = {}  # language tag → its voice, or why it has none
        self._armed: str | None = None  # the button waiting for its confirming tap
        self._disarm = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self._disarm.timeout.connect(self._cancel_confirm)
        self.info, self.info_grid = self._card(vertical_spacing=10)
        self.voices_title = text_label("", "SectionTitle")
        self.voices, self.voices_grid = self._card(vertical_spacing=8)
        self.buttons = QWidget()
        self._button_grid = QGridLayout(self.buttons)
        self._button_grid.setContentsMargins(0, 0, 0, 0)
        self._button_grid.setSpacing(20)
        self.sync_button = self._button(self._sync_now)
        self.restart_button = self._button(lambda: self._confirm("restart"))
        self.exit_button = self._button(lambda: self._confirm("exit"))
        self.close_button = self._button(ctx.navigator.restart, "SecondaryButton")
        self._place_buttons(columns=4)
        # Actions first (no scrolling to reach them); the two cards side by side on a landscape screen.
        self.body.addWidget(self.buttons)
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(28)
        for widgets in ((self.info,), (self.voices_title, self.voices)):
            column = QVBoxLayout()
            column.setSpacing(12)
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
            self._split.addLayout(column, 1)
        self.body.addLayout(self._split)
        self.body.addStretch(1)
        ctx.speech.voices_changed.connect(self._refresh_if_visible)
        if sync is not None:
            sync.status_changed.connect(self._on_sync_status)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    def _arrange(self) -> None:
        """The two cards side by side where they fit (not on a portrait screen, nor at the largest text in
        the longer languages), else one under the other; the buttons likewise."""
        margins = self.body.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 24  # a scroll bar may take its share
        side_by_side = self.width() >= PORTRAIT_BELOW
        if side_by_side:
            self._split.setDirection(QBoxLayout.Direction.LeftToRight)
            side_by_side = self._split.minimumSize().width() <= room
        if not side_by_side:
            self._split.setDirection(QBoxLayout.Direction.TopToBottom)
        self._arrange_buttons()

    def _arrange_buttons(self) -> None:
        """Four in a row where they fit, else two by two, else one under another: four buttons in a row
        are wider than a portrait screen in the longer languages, and Tajik's "tap again" even in two."""
        margins = self.body.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 24  # a scroll bar may take its share
        spacing = self._button_grid.horizontalSpacing()
        buttons = (self.sync_button, self.restart_button, self.exit_button, self.close_button)
        widest = max(button.sizeHint().width() for button in buttons)
        for columns in (4, 2, 1):
            if columns * widest + (columns - 1) * spacing <= room:
                break
        self._place_buttons(columns)

    def _place_buttons(self, columns: int) -> None:
        buttons = (self.sync_button, self.restart_button, self.exit_button, self.close_button)
        for i, button in enumerate(buttons):
            self._button_grid.addWidget(button, i // columns, i % columns)
        for column in range(4):
            self._button_grid.setColumnStretch(column, 1 if column < columns else 0)

    @staticmethod
    def _card(vertical_spacing: int) -> tuple[QFrame, QGridLayout]:
        card = QFrame()
        card.setObjectName("Card")
        grid = QGridLayout(card)
        grid.setContentsMargins(28, 22, 28, 22)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(vertical_spacing)
        return card, grid

    @staticmethod
    def _button(slot: Any, name: str = "") -> QPushButton:
        button = QPushButton()
        if name:
            button.setObjectName(name)
        button.setMinimumHeight(72)
        button.clicked.connect(slot)
        return button

    # --- screen protocol ---------------------------------------------------------------------------------
    def enter(self, **params: object) -> None:
        log.warning("admin screen shown")
        super().enter(**params)
        self.ctx.background.submit(lambda: _gather(self.ctx), self._on_facts, self._on_facts_error)

    def refresh(self) -> None:
        super().refresh()
        self.set_title(self.tr("Technician panel"))
        self.voices_title.setText(self.tr("Read-aloud voices"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setEnabled(self._sync is not None)
        self.restart_button.setText(
            self.tr("Tap again to restart") if self._armed == "restart" else self.tr("Restart app")
        )
        self.exit_button.setText(
            self.tr("Tap again to exit") if self._armed == "exit" else self.tr("Exit to desktop")
        )
        self.close_button.setText(self.tr("Close"))
        self._fill_info()
        self._fill_voices()
        self._arrange()

    def leave(self) -> None:
        super().leave()
        self._cancel_confirm()

    def reset(self) -> None:
        super().reset()
        self._cancel_confirm()
        self._facts = {}

    def speech_text(self) -> str:
        return self.header.title.text()

    # --- contents ----------------------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, str]]:
        """(label, value) pairs shown in the first card (also used by tests)."""
        info: ContentInfo | None = self._facts.get("content")  # read with the other facts, off the UI thread
        now = self.ctx.clock()
        free, total = self._facts.get("free"), self._facts.get("total")
        waiting = self.tr("…")
        version = info.version + (self.tr(" (sample)") if info.sample else "") if info else waiting
        disk = (
            self.tr("{free} GB of {total} GB").format(
                free=self._number(free / 1e9), total=self._number(total / 1e9)
            )
            if free is not None and total
            else waiting
        )
        return [
            (self.tr("Kiosk id"), self.ctx.config.kiosk_id),
            (self.tr("Content version"), version),
            (self.tr("Content applied"), age_text(info.applied_at, now) if info else waiting),
            (self.tr("Last sync"), self._sync_text(now)),
            (self.tr("Sync error"), self._sync_error()),
            (self.tr("Server token"), self._token_text()),
            (self.tr("Outbox (not yet sent)"), str(self._facts.get("outbox", waiting))),
            (self.tr("Free disk"), disk),
        ]

    def _number(self, value: float) -> str:
        """One decimal, with the screen language's decimal sign (5,5 in Russian)."""
        return QLocale().toString(value, "f", 1)

    def _gap_text(self, gap: VoiceGap) -> str:
        """Why a language has no voice, in the screen language (engine and voice names stay as they are)."""
        if gap.kind == GAP_NO_VOICE:
            return self.tr("{engine} has no voice for this language").format(engine=gap.engine)
        if gap.kind == GAP_NOT_READ:
            return self.tr("the list of installed voices has not been read yet")
        if gap.kind == GAP_ENGINE_ERROR:
            return self.tr("speech engine unavailable: {error}").format(error=gap.detail)
        if gap.kind == GAP_NOT_INSTALLED:
            return self.tr("{engine}: the voice “{voice}” is not installed").format(
                engine=gap.engine, voice=gap.voice
            )
        return self.tr("no voice is set for this language")

    def _sync_text(self, now: datetime) -> str:
        if self._sync is None:
            return self.tr("sync not configured")
        status = self._sync_status or {}
        when = status.get("last_verified_at") or status.get("last_sync") or status.get("last_attempt_at")
        return age_text(when, now) if status else self.tr("no sync yet since start")

    def _token_text(self) -> str:
        """A kiosk whose token the server refuses still updates content but cannot deliver reports."""
        rejected = (self._sync_status or {}).get("token_rejected_at")
        if rejected:
            return self.tr("REJECTED by the server since {when}: reports are not delivered; "
                           "ask for a new token").format(when=rejected)
        return self.tr("not refused")

    def _sync_error(self) -> str:
        error = (self._sync_status or {}).get("last_error")
        if not error:
            return self.tr("none")
        if isinstance(error, dict):
            return f"{error.get('kind', '')} {error.get('class', '')}: {error.get('message', '')}".strip()
        return str(error)

    def _fill_info(self) -> None:
        clear_layout(self.info_grid)
        for i, (label, value) in enumerate(self.rows()):
            name = text_label(label, "Muted")
            # Wraps only when it must (the largest text on a portrait screen), not in a narrow column.
            name.setMinimumWidth(min(name.fontMetrics().horizontalAdvance(label) + 8, LABEL_MAX_PX))
            shown = text_label(value)
            shown.setAccessibleName(label)
            self.info_grid.addWidget(name, i, 0)
            self.info_grid.addWidget(shown, i, 1)
        self.info_grid.setColumnStretch(1, 1)

    def _fill_voices(self) -> None:
        clear_layout(self.voices_grid)
        self.voice_states.clear()
        for i, lang in enumerate(VOICE_FOR_LANG):
            gap = self.ctx.speech.voice_gap(lang)
            reason = None if gap is None else self._gap_text(gap)
            state = self.voice_states[lang] = (
                self.tr("voice “{voice}”").format(voice=VOICE_FOR_LANG[lang]) if reason is None else reason
            )
            self.voices_grid.addWidget(text_label(_native_name(lang)), i, 0)
            self.voices_grid.addWidget(text_label(state, "" if reason is None else "Muted"), i, 1)
            if reason is None and lang in SAMPLES:
                test = QPushButton(self.tr("Test"))
                test.setObjectName("SecondaryButton")
                test.setAccessibleName(f"test-{lang}")
                test.clicked.connect(lambda _=False, tag=lang: self._test_speech(tag))
                self.voices_grid.addWidget(test, i, 2)
        self.voices_grid.setColumnStretch(1, 1)

    # --- actions -----------------------------------------------------------------------------------------
    def _test_speech(self, lang: str) -> None:
        log.warning("admin: test speech in %s", lang)
        self.ctx.speech.speak(SAMPLES[lang], lang)

    def _sync_now(self) -> None:
        if self._sync is not None:
            log.warning("admin: sync now")
            self._sync.sync_now()

    def _confirm(self, action: str) -> None:
        if self._armed != action:
            self._armed = action
            self._disarm.start()
            self.refresh()
            return
        self._cancel_confirm()
        log.warning("admin: %s confirmed", action)
        (self.restart_requested if action == "restart" else self.exit_requested).emit()

    def _cancel_confirm(self) -> None:
        self._disarm.stop()
        if self._armed is not None:
            self._armed = None
            if self.isVisible():
                self.refresh()

    def _on_sync_status(self, status: dict[str, Any]) -> None:
        self._sync_status = dict(status)
        self._refresh_if_visible()

    def _on_facts(self, facts: dict[str, Any]) -> None:
        self._facts = facts
        self._refresh_if_visible()

    def _on_facts_error(self, exc: Exception) -> None:
        log.warning("admin screen could not read disk or outbox: %s", exc)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()
