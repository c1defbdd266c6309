"""What every screen is given by the composition root: the services it may use, nothing global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app.config import Config
    from kiosk.services.ask import AskService
    from kiosk.services.search import SearchService
    from kiosk.services.speech import Speech
    from kiosk.services.state import StateStore
    from kiosk.services.store import ContentStore, RegistryStore
    from kiosk.services.verdicts import VerdictService
    from kiosk.services.worker import Background
    from kiosk.shell.display import DisplaySettings
    from kiosk.shell.i18n import I18n
    from kiosk.shell.navigator import Navigator
    from kiosk.shell.session import Session


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ScreenContext:
    """Services shared by screens. Screens call these; they never open files, SQL or sockets themselves."""

    config: Config
    store: ContentStore
    registry: RegistryStore
    search: SearchService
    state: StateStore
    i18n: I18n
    speech: Speech
    navigator: Navigator
    background: Background
    display: DisplaySettings
    session: Session
    verdicts: VerdictService
    clock: Callable[[], datetime] = field(default=_now)
    ask: AskService | None = None  # "Ask a question"; None in tools that build screens without it
