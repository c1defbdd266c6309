"""Where the kiosk finds its read-only resources, from a source checkout and from a PyInstaller build.

Kept in one place so that the packaged app (`kiosk.spec`) and a checkout agree on the layout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding `translations/` and `content/sample/` (the bundle root when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def translations_dir() -> Path:
    return resource_root() / "translations"


def sample_source_dir() -> Path:
    """Source content shipped with the app, applied on first start with an empty data directory."""
    return resource_root() / "content" / "sample"


def default_data_dir() -> Path:
    """Per-user data directory: `$KIOSK_DATA_DIR`, else `$XDG_DATA_HOME/migration-kiosk`."""
    env = os.environ.get("KIOSK_DATA_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "migration-kiosk"
