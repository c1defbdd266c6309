"""Speech tests use the real kiosk (shared with the UI tests) for the navigation cases."""

from __future__ import annotations

from tests.ui.conftest import kiosk, sample_db  # noqa: F401  (fixtures: the real kiosk on sample content)
