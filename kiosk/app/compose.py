"""Composition root: builds the services, the window and the screens, and wires them together.

Nothing else in the app constructs a service; screens get theirs through `ScreenContext`.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app.config import Config
from kiosk.app.paths import translations_dir
from kiosk.app.theme import FONT_FAMILIES, stylesheet
from kiosk.services.admin_auth import PinGate
from kiosk.services.ask import AskService
from kiosk.services.search import SearchService
from kiosk.services.speech import Speech
from kiosk.services.state import StateStore
from kiosk.services.store import ContentStore, RegistryStore
from kiosk.services.verdicts import VerdictService
from kiosk.services.worker import Background
from kiosk.shell.admin_entry import AdminEntry
from kiosk.shell.audio_first import AudioFirstReader
from kiosk.shell.display import DisplaySettings
from kiosk.shell.i18n import I18n
from kiosk.shell.idle import IdleWatcher
from kiosk.shell.keypad import KeypadNavigation
from kiosk.shell.lockdown import (
    EXIT_RESTART,
    Lockdown,
    clear_clipboards,
    install_lockdown,
    mark_exit_to_desktop,
)
from kiosk.shell.navigator import Navigator
from kiosk.shell.session import Session
from kiosk.shell.watchdog import Watchdog
from screens.context import ScreenContext
from screens.widgets.idle_overlay import IdleOverlay

if TYPE_CHECKING:
    from kiosk.services.sync_service import SyncService

# Each screen's class as "module.Class", imported when the screen is first shown: start-up (the attract
# screen's first paint) imports only the attract screen, not every screen and everything they use. kiosk.spec
# names the screens/ modules for PyInstaller, which cannot follow these imports.
SCREENS: dict[str, str] = {
    "attract": "screens.attract.AttractScreen",
    "language": "screens.language.LanguageScreen",
    "home": "screens.home.HomeScreen",
    "alerts": "screens.alerts.AlertsScreen",
    "alert": "screens.alert.AlertScreen",
    "topics": "screens.topics.TopicsScreen",
    "articles": "screens.articles.ArticlesScreen",
    "article": "screens.article.ArticleScreen",
    "countries": "screens.countries.CountriesScreen",
    "guide": "screens.guide.GuideScreen",
    "contacts": "screens.contacts.ContactsScreen",
    "check": "screens.check_agency.CheckAgencyScreen",
    "verdict": "screens.verdict.VerdictScreen",
    "report": "screens.report.ReportScreen",
    "callback": "screens.callback.CallbackScreen",
    "red_flags": "screens.red_flags.RedFlagsScreen",
    "red_flags_result": "screens.red_flags_result.RedFlagsResultScreen",
    "offices": "screens.offices.OfficesScreen",
    "services": "screens.services.ServicesScreen",
    "one_stop": "screens.one_stop.OneStopScreen",
    "vacancies": "screens.vacancies.VacanciesScreen",
    "vacancy": "screens.vacancy.VacancyScreen",
    "ask": "screens.ask.AskScreen",
}


def screen_class(path: str) -> Callable[[ScreenContext], QWidget]:
    """The class a SCREENS entry names (a screen, built from its context), importing its module now."""
    module, _, name = path.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    if not (isinstance(cls, type) and issubclass(cls, QWidget)):
        raise TypeError(f"{path} is not a screen class")
    return cast(Callable[[ScreenContext], QWidget], cls)


def _build_screen(path: str, context: ScreenContext) -> QWidget:
    return screen_class(path)(context)


@dataclass
class Kiosk:
    """The running app's parts, kept together so tests and tools can reach them."""

    window: QWidget
    navigator: Navigator
    context: ScreenContext
    idle: IdleWatcher
    watchdog: Watchdog | None = None
    lockdown: Lockdown | None = None
    sync: SyncService | None = None

    def prebuild_screens(self, delay_ms: int = 0) -> None:
        """Build every traveller screen ahead of its first use, after start-up (see Navigator.prebuild)."""
        self.navigator.prebuild(list(SCREENS), delay_ms)

    def warm_up(self, delay_ms: int = 0) -> None:
        """What start-up leaves out, done once the attract screen is up and before the first traveller, one
        step per turn of the event loop from `delay_ms` on (a tap meanwhile waits for one step at most):
        the voice list (read in a thread), the alphabet collation's table and the registry search's engine
        (both on the worker), content sync (its service, and its first poll when a server is set), then
        every traveller screen with the modules it imports. The first paint needs none of them; a
        traveller's first taps would wait for each (tests/ui/test_start_up.py)."""
        in_turns([self.context.speech.discover_voices, self.prepare_collation, self.prepare_search,
                  self.start_sync, self.prebuild_screens], delay_ms, self.window)

    def prepare_collation(self) -> None:
        """Read the collation table (content.collation, 0.25 s) on the worker: the offices screen sorts its
        country names on the UI thread, and would otherwise read it at its first entry."""
        from content.collation import prepare

        log = logging.getLogger("kiosk")
        self.context.background.submit(prepare, lambda _: None,
                                       lambda exc: log.warning("collation table not read: %s", exc))

    def prepare_search(self) -> None:
        """Make the registry search's engine on the worker, where the check screen searches: it opens its
        connection and reads the index's first rows there, not on the UI thread."""
        log = logging.getLogger("kiosk")
        self.context.background.submit(self.context.search.prepare, lambda _: None,
                                       lambda exc: log.warning("registry search not prepared: %s", exc))

    def start_sync(self) -> None:
        """Make the content sync service (`kiosk.sync`) and, when a server is set, start polling it."""
        if self.sync is not None:
            return
        from kiosk.services.sync_service import SyncService  # and its process wiring: not for the first paint

        # Parented to the window: never collected off-thread.
        sync = SyncService(self.context.config, self.context.state, parent=self.window)
        self.sync = sync
        sync.content_changed.connect(self.reload_content)
        application().aboutToQuit.connect(lambda: sync.stop(5000))
        if self.context.config.server_url:
            sync.start()

    def open_pin_pad(self) -> None:
        if self.navigator.current_name not in ("pin", "admin"):
            self.navigator.go("pin")

    def restart_app(self) -> None:
        """Exit with the code the service manager restarts on."""
        self._quit(EXIT_RESTART)

    def exit_to_desktop(self) -> None:
        self._quit(mark_exit_to_desktop(logging.getLogger("kiosk.admin")))

    def _quit(self, code: int) -> None:
        self.context.speech.stop()
        if self.lockdown is not None:
            self.lockdown.lift()
        if self.watchdog is not None:
            self.watchdog.stopping()
        QApplication.exit(code)

    def end_session(self) -> None:
        """Forget the traveller: stop speech, reset every screen, default language, attract screen."""
        self.context.speech.stop()
        clear_clipboards()
        self.context.session.reset()
        self.context.display.reset()
        self.context.i18n.set_language(self.context.i18n.default)
        self.navigator.restart()

    def reload_content(self) -> None:
        """A new content.db was swapped in: reopen it, rebuild the search over it, redraw the open screen."""
        self.context.store.reload()  # the search follows the store's generation (SearchService)
        name = self.navigator.current_name
        if name is not None:
            self.navigator.page(name).refresh()

    def _screen_opened(self, name: str) -> None:
        """Arm the idle timer away from the attract screen (audio-first reading: kiosk.shell.audio_first)."""
        if name == "attract":
            self.idle.disarm()
        else:
            self.idle.arm()


def in_turns(steps: list[Callable[[], None]], delay_ms: int, parent: QObject) -> None:
    """Run `steps` in order, one per turn of the event loop, the first after `delay_ms`."""
    pending = list(steps)

    def run_next() -> None:
        pending.pop(0)()
        if pending:
            QTimer.singleShot(0, parent, run_next)

    if pending:
        QTimer.singleShot(delay_ms, parent, run_next)


def application() -> QApplication:
    """The running QApplication (`QApplication.instance()` is typed as an optional QCoreApplication)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the kiosk needs a QApplication: create one before building the kiosk")
    return app


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (named like the program, no other arguments for Qt)."""
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


def configure_application(app: QApplication) -> None:
    """Fonts and style sheet shared by the real app, tests and the screenshot tool."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(26)
    app.setFont(font)
    app.setStyleSheet(stylesheet())


def main_window(stack: QStackedWidget) -> QWidget:
    """The kiosk's one top-level window: a plain widget around the screen stack.

    Not a QMainWindow: the kiosk has no menus, tool bars or docks, and a QMainWindow's layout starts an
    animation timer when first shown, a Qt-internal object that Qt for Python cannot name. Passed to the
    lockdown's application-wide event filter, it has Qt for Python resolve its type against every class it
    knows (some 170 enum types made on the spot): a tenth of the kiosk's cold start, for nothing."""
    window = QWidget()
    window.setObjectName("KioskWindow")
    window.setWindowTitle("Migration information kiosk")
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(stack)
    return window


def build_kiosk(config: Config) -> Kiosk:
    """Build everything for `config` (content.db must already exist in its data directory)."""
    stack = QStackedWidget()
    window = main_window(stack)
    navigator = Navigator(stack)
    i18n = I18n(translations_dir(), config.default_language, parent=window)
    store = ContentStore(config.data_dir)
    registry = RegistryStore(store)
    state = StateStore(config.data_dir, config.report_seal_key)
    speech = Speech(window, discovery=False)  # the voice list is read in warm_up()
    context = ScreenContext(
        config=config,
        store=store,
        registry=registry,
        search=SearchService(store),
        state=state,
        i18n=i18n,
        speech=speech,
        navigator=navigator,
        background=Background(window),
        display=DisplaySettings(application(), window),
        session=Session(speech, window),
        # The screens' clock, read at each call: a test or tool that sets `context.clock` moves verdicts too.
        verdicts=VerdictService(store, registry, state, config.stale_after_days, lambda: context.clock()),
    )
    context.ask = AskService(store, context.background, parent=window)  # its index is built on first use
    for name, path in SCREENS.items():
        navigator.register(name, partial(_build_screen, path, context))
    idle = IdleWatcher(config.idle_timeout_s, window)
    kiosk = Kiosk(window=window, navigator=navigator, context=context, idle=idle)
    app = application()
    app.installEventFilter(idle)
    keypad = KeypadNavigation(navigator.back, window)
    app.installEventFilter(keypad)
    idle.timed_out.connect(kiosk.end_session)
    context.session.end_requested.connect(kiosk.end_session)  # "Finish and clear my data"
    idle.watch_speech(context.speech)
    IdleOverlay(window).attach(idle)
    navigator.changed.connect(kiosk._screen_opened)
    AudioFirstReader(speech, navigator, lambda: i18n.current, window)
    _add_admin(kiosk, app)
    navigator.restart()
    kiosk.watchdog = Watchdog(parent=window)
    kiosk.watchdog.start(navigator.screen("attract"))
    return kiosk


def _add_admin(kiosk: Kiosk, app: QApplication) -> None:
    """The technician's way in: a hidden corner gesture, a PIN pad, the admin screen."""
    context = kiosk.context
    gate = PinGate(context.config.admin_pin_hash, context.state)  # logs "admin entry disabled" if no PIN

    def pin_screen() -> QWidget:
        from screens.pin_pad import PinPadScreen  # on first use, as every screen (see SCREENS)

        return PinPadScreen(context, gate)

    kiosk.navigator.register("pin", pin_screen)

    def admin_screen() -> QWidget:
        from screens.admin import AdminScreen

        screen = AdminScreen(context, sync=kiosk.sync)
        screen.restart_requested.connect(kiosk.restart_app)
        screen.exit_requested.connect(kiosk.exit_to_desktop)
        return screen

    kiosk.navigator.register("admin", admin_screen)
    if gate.enabled:
        entry = AdminEntry(kiosk.window)
        entry.requested.connect(kiosk.open_pin_pad)
        app.installEventFilter(entry)


def show_kiosk(kiosk: Kiosk, windowed: bool) -> None:
    """Full screen on the primary screen (geometry set first: without a window manager Qt would not)."""
    if windowed:
        kiosk.window.resize(1280, 800)
        kiosk.window.show()
        return
    # Frameless, always on top, the whole screen, and no way out but the admin screen.
    kiosk.lockdown = install_lockdown(
        application(),
        kiosk.window,
        logging.getLogger("kiosk.shell.lockdown"),
    )
