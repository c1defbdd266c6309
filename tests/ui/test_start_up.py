"""Start-up imports only what the first screen needs: every other screen is imported when first shown.

The cold-start benchmark (benchmarks/ui_bench.py, ratio to a bare window <= 2.3) is the figure; this is the
design it rests on, checked without timing anything.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.app.compose import SCREENS, Kiosk, screen_class
from screens.base import Screen

ROOT = Path(__file__).resolve().parents[2]


def test_every_screen_entry_names_a_screen_class() -> None:
    for name, path in SCREENS.items():
        assert issubclass(screen_class(path), Screen), name  # type: ignore[arg-type]


def test_building_the_kiosk_imports_no_screen_but_the_attract_screen(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.app.bootstrap import ensure_content\n"
        "from kiosk.app.compose import SCREENS, build_kiosk, configure_application, ensure_application\n"
        "from kiosk.app.config import load_config\n"
        f"data = Path({str(tmp_path / 'data')!r})\n"
        "ensure_content(data)\n"
        "app = ensure_application(); configure_application(app)\n"
        "kiosk = build_kiosk(load_config(data))\n"
        "modules = {p.rpartition('.')[0] for p in SCREENS.values()}\n"
        "print(' '.join(sorted(m for m in modules if m in sys.modules)))\n"
        "kiosk.context.state.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=300, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert out.stdout.split() == ["screens.attract"]


def test_a_screen_is_built_when_first_shown(kiosk: Kiosk) -> None:
    kiosk.navigator.go("countries")
    assert type(kiosk.navigator.screen("countries")).__name__ == "CountriesScreen"


def test_after_start_up_the_screens_are_built_ahead_of_the_first_tap(kiosk: Kiosk, qtbot: object) -> None:
    """`kiosk run` calls this once the attract screen is up: a traveller's first taps then do not wait for
    a screen's import and construction. It builds them without showing any."""
    kiosk.navigator.restart()
    kiosk.prebuild_screens()
    qtbot.waitUntil(lambda: all(kiosk.navigator.built(n) for n in SCREENS), timeout=60000)  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name == "attract"
    assert kiosk.navigator.history == []
