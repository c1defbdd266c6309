"""The real kiosk (shared with the UI tests) with the PIN pad and the admin screen registered, as the
composition root wires them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app.compose import Kiosk
from kiosk.services.admin_auth import PinGate, hash_pin
from screens.admin import AdminScreen
from screens.pin_pad import PinPadScreen
from tests.ui.conftest import kiosk, sample_db  # noqa: F401  (fixtures: the real kiosk on sample content)

PIN = "482916"


class FakeClock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="session")
def pin_hash() -> str:
    return hash_pin(PIN)  # scrypt is slow on purpose: hash once per run


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def admin_kiosk(kiosk: Kiosk, pin_hash: str, clock: FakeClock) -> Kiosk:  # noqa: F811
    gate = PinGate(pin_hash, kiosk.context.state, clock=clock)
    kiosk.navigator.register("pin", lambda: PinPadScreen(kiosk.context, gate))
    kiosk.navigator.register("admin", lambda: AdminScreen(kiosk.context))
    kiosk.context.i18n.set_language("en")
    return kiosk


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path
