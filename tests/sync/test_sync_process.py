"""The app's sync cycles run in a process of their own: the kiosk process does no update-client work during
a poll, keeps what the sync client remembers between polls, records a sync process that died, and takes
the sync process with it when it is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest

from kiosk.app.config import load_config
from kiosk.services.state import StateStore
from kiosk.services.sync_process import SyncProcess, SyncStopped
from tests.sync.helpers import FAST, Kiosk, db_digest, edit_article, query, set_agency_status
from tests.testkit.serve import Deployment

ROOT = Path(__file__).resolve().parents[2]

# Runs as the kiosk process: the app's SyncService with its default runner, one cycle, then what was
# imported. Qt offscreen, no window: only the service and its event loop.
KIOSK_PROCESS = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from kiosk.app.config import load_config
from kiosk.services.state import StateStore
from kiosk.services.sync_service import SyncService

app = QCoreApplication([])
data_dir = Path(sys.argv[1])
state = StateStore(data_dir)
service = SyncService(load_config(data_dir), state, interval_ms=3_600_000)
seen = {}
service.content_changed.connect(lambda: seen.setdefault("changed", True))
service.status_changed.connect(lambda status: (seen.update(status=status), app.quit()))
QTimer.singleShot(0, service.sync_now)
QTimer.singleShot(60_000, app.quit)
app.exec()
service.stop()
heavy = sorted(name for name in sys.modules if name.split(".")[0] in ("tuf", "securesystemslib")
               or name in ("sync.client", "sync.runner", "sync.bins", "sync.catalogue", "sync.http"))
print(json.dumps({"changed": seen.get("changed", False), "status": seen.get("status"), "heavy": heavy}))
"""


@pytest.fixture
def process(kiosk: Kiosk) -> Iterator[SyncProcess]:
    """The app's sync runner for the test kiosk (short network limits, steps recorded)."""
    runner = SyncProcess(load_config(kiosk.data_dir), kiosk.state, limits=asdict(FAST))
    yield runner
    runner.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by its parent) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_the_kiosk_process_runs_no_update_client_code_during_a_poll(
    kiosk: Kiosk, deployment: Deployment, source: Path
) -> None:
    edit_article(source, "Polled in a process of its own.")
    deployment.publish_source(source)
    before = db_digest(kiosk.data_dir)
    run = subprocess.run([sys.executable, "-c", KIOSK_PROCESS, str(kiosk.data_dir)], cwd=ROOT, text=True,
                         capture_output=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["status"] is not None, run.stderr[-2000:]
    assert seen["status"]["last_error"] is None, seen["status"]
    assert seen["changed"] is True
    assert db_digest(kiosk.data_dir) != before
    assert seen["heavy"] == []  # python-tuf and the sync client were never imported by the kiosk


def test_a_one_agency_change_is_looked_up_in_its_bin_only_across_polls(
    process: SyncProcess, kiosk: Kiosk, deployment: Deployment, source: Path
) -> None:
    set_agency_status(source, "0123", "suspended")
    deployment.publish_source(source)
    first = process.run_once(deliver=False)
    assert first.changed, first.status
    assert process.last_part_lookups == 4096  # a new sync process knows no bin yet: every part name
    set_agency_status(source, "0123", "revoked")
    deployment.publish_source(source)
    second = process.run_once(deliver=False)
    assert second.changed, second.status
    assert second.status["last_error"] is None
    assert 0 < process.last_part_lookups <= 2 * 4096 // 64  # the changed bins' part names only
    assert query(kiosk.data_dir, "SELECT status FROM agencies WHERE licence_no = '0123'") == [("revoked",)]


def test_status_comes_back_as_the_in_process_runner_reports_it(
    process: SyncProcess, kiosk: Kiosk, deployment: Deployment, source: Path
) -> None:
    edit_article(source, "Status through a pipe.")
    deployment.publish_source(source)
    steps: list[str] = []
    process._on_step = steps.append  # noqa: SLF001 - record the progress lines
    result = process.run_once(deliver=False)
    assert result.changed
    assert {"refresh", "catalogue", "assemble", "apply", "keep-bundle"} <= set(steps)
    again = kiosk.runner.run_once(deliver=False)  # the in-process runner, same folder: nothing new
    assert not again.changed
    assert set(result.status) == set(again.status)
    assert result.status["content_version"] == again.status["content_version"]
    assert result.status["targets"] == again.status["targets"]


def test_a_sync_process_that_dies_is_recorded_and_started_again(
    process: SyncProcess, kiosk: Kiosk, deployment: Deployment, source: Path
) -> None:
    edit_article(source, "Killed on the way.")
    deployment.publish_source(source)
    before = db_digest(kiosk.data_dir)

    def kill_at_refresh(step: str) -> None:
        if step == "refresh" and process.pid is not None:
            os.kill(process.pid, signal.SIGKILL)

    process._on_step = kill_at_refresh  # noqa: SLF001
    result = process.run_once(deliver=False)
    assert not result.changed
    assert result.status["last_error"]["class"] == "SyncProcessDied"
    assert db_digest(kiosk.data_dir) == before
    status = StateStore(kiosk.data_dir)
    try:  # what `kiosk status` and the technician's screen read
        assert json.loads(status.get("sync.status") or "{}")["last_error"]["class"] == "SyncProcessDied"
    finally:
        status.close()
    process._on_step = None  # noqa: SLF001
    again = process.run_once(deliver=False)
    assert again.changed
    assert again.status["last_error"] is None


def test_abort_kills_the_cycle_and_changes_nothing(
    process: SyncProcess, kiosk: Kiosk, deployment: Deployment, source: Path
) -> None:
    edit_article(source, "Never applied.")
    deployment.publish_source(source)
    before = db_digest(kiosk.data_dir)
    process._on_step = lambda step: process.abort() if step == "refresh" else None  # noqa: SLF001
    with pytest.raises(SyncStopped):
        process.run_once(deliver=False)
    assert db_digest(kiosk.data_dir) == before


# The kiosk process, killed while its sync process waits for the next cycle.
PARENT = """
import sys
from pathlib import Path
from kiosk.app.config import load_config
from kiosk.services.state import StateStore
from kiosk.services.sync_process import SyncProcess

data_dir = Path(sys.argv[1])
runner = SyncProcess(load_config(data_dir), StateStore(data_dir))
runner.run_once(deliver=False)
print(runner.pid, flush=True)
sys.stdin.read()
"""


def test_the_sync_process_dies_with_the_kiosk(kiosk: Kiosk) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(kiosk.data_dir)], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert _alive(child)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:  # a condition wait, not a timing
            time.sleep(0.05)
        assert not _alive(child)
    finally:
        parent.kill()
        parent.wait()
