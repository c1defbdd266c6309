"""The kiosk in a real X11 window under Xvfb: it starts, covers the whole screen and paints."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is a Linux X server")


def _xvfb_env() -> dict[str, str]:
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is missing: scripts/run-tests installs it (apt-get install xvfb xauth)")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    return env


def test_full_screen_under_xvfb(tmp_path: Path, sample_db: Path) -> None:
    shutil.copy(sample_db, tmp_path / "content.db")
    env = {**_xvfb_env(), "KIOSK_EXIT_AFTER_FIRST_PAINT": "1"}
    cmd = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1920x1080x24",
        sys.executable,
        "-m",
        "kiosk",
        "run",
        "--data-dir",
        str(tmp_path),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("first-paint"))
    assert line.split()[2] == "1920x1080", line  # the whole screen, even with no window manager


def test_screenshots_in_a_real_window(tmp_path: Path, sample_db: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(sample_db, data / "content.db")
    cmd = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1920x1080x24",
        sys.executable,
        "-m",
        "kiosk",
        "screenshot",
        "--data-dir",
        str(data),
        "--out",
        str(tmp_path / "shots"),
        "--sizes",
        "1920x1080",
        "--languages",
        "ru",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, env=_xvfb_env(), cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    shots = sorted((tmp_path / "shots" / "1920x1080" / "ru").glob("*.png"))
    assert len(shots) >= 15
    assert all(p.stat().st_size > 10_000 for p in shots)  # painted pictures, not empty frames
