"""The sync process killed at random points during download and apply (a few runs here; hundreds in
benchmarks/sync_stress.py): content.db always opens, passes integrity_check, and is old or new."""

from __future__ import annotations

from pathlib import Path

from tests.sync.helpers import FIXTURE
from tests.testkit.stress import kill_runs


def test_random_kills_leave_old_or_new_content(tmp_path: Path) -> None:
    summary = kill_runs(tmp_path, runs=5, seed=11, source=FIXTURE)
    print(summary)
    assert summary["runs"] == 5
    assert summary["converged_after_kills"]
    assert sum(summary["content_after_run"].values()) == 5


def test_killing_the_kiosk_mid_cycle_leaves_old_or_new_content(tmp_path: Path) -> None:
    """As the app runs its cycles: the kiosk process killed, its sync process and apply child die with it."""
    summary = kill_runs(tmp_path, runs=4, seed=5, source=FIXTURE, app=True)
    print(summary)
    assert summary["runs"] == 4
    assert summary["converged_after_kills"]
    assert sum(summary["content_after_run"].values()) == 4
