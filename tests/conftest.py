"""Shared fixtures: every test runs Qt offscreen with the bundled fonts and a fresh data directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
