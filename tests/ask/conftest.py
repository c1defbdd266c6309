"""The checker and ask screens are driven on the same real kiosk as the other UI tests."""

from tests.ui.conftest import kiosk, sample_db

__all__ = ["kiosk", "sample_db"]
