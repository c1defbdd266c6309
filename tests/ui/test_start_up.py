"""Start-up imports only what the first screen needs: every other screen is imported when first shown.

The cold-start benchmark (benchmarks/ui_bench.py, ratio to a bare window <= 2.3) is the figure; this is the
design it rests on, checked without timing anything.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from content.collation import ready as collation_ready
from kiosk.app.compose import SCREENS, Kiosk, screen_class
from screens.base import Screen

ROOT = Path(__file__).resolve().parents[2]

# What the attract screen's first paint does not need, so `kiosk run` leaves it to the warm-up once the
# screen is up (Kiosk.warm_up) or to its first use: the registry search and its fuzzy matching, "Ask" and
# its index, the content rules (model, vacancies, red-flag checker, verdicts) and YAML, report sealing,
# content sync, CLDR names and dates, QR codes and SVG icons.
DEFERRED = (
    "content.search", "rapidfuzz", "content.ask", "content.model", "content.vacancies", "content.checker",
    "content.verdict", "yaml", "sync.sealing", "nacl", "kiosk.services.sync_service",
    "kiosk.services.sync_process", "sync.runner", "tuf", "babel", "kiosk.services.locale_text", "qrcode",
    "kiosk.services.qr", "kiosk.services.icons", "PySide6.QtSvg", "sqlite_utils",
    "content.collation", "pyuca",
)  # fmt: skip


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
    """`kiosk run` warms up once the attract screen is up: a traveller's first taps then do not wait for a
    screen's import and construction, the first keystroke of a search not for the search engine, and
    "read aloud" knows its voices; content sync has its service. It builds the screens without showing
    any."""
    kiosk.navigator.restart()
    assert not kiosk.context.search.prepared
    assert kiosk.sync is None
    kiosk.warm_up()
    qtbot.waitUntil(lambda: all(kiosk.navigator.built(n) for n in SCREENS), timeout=60000)  # type: ignore[attr-defined]
    assert kiosk.sync is not None
    kiosk.context.background.wait()
    assert kiosk.context.search.prepared  # made on the worker, where the check screen searches
    assert collation_ready()  # read on the worker, not at the offices screen's first sort
    qtbot.waitUntil(lambda: kiosk.context.speech.voices_known, timeout=20000)  # type: ignore[attr-defined]
    assert kiosk.navigator.current_name == "attract"
    assert kiosk.navigator.history == []


def test_the_start_path_leaves_what_the_first_paint_does_not_need(tmp_path: Path, sample_db: Path) -> None:
    """`kiosk run` to its first paint, as the cold-start benchmark starts it: none of DEFERRED imported."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(sample_db, data / "content.db")
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('modules', *sorted(sys.modules), flush=True))\n"
        "from kiosk.app.cli import main\n"
        f"sys.exit(main(['run', '--data-dir', {str(data)!r}]))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_AFTER_FIRST_PAINT": "1", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=300, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert any(line.startswith("first-paint") for line in lines), out.stdout
    modules = next(line for line in lines if line.startswith("modules ")).split()[1:]
    early = [m for m in modules if any(m == d or m.startswith(d + ".") for d in DEFERRED)]
    assert early == []
