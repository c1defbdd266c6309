"""A confirmed call-back request reaches the situation centre exactly once, whatever is killed, and then
leaves the kiosk."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from kiosk.services.state import STATE_DB, StateStore
from server.db import SERVER_DB, ServerDB
from tests.sync.helpers import write_config
from tests.sync.test_sync_outbox import Clock, _drain
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment

ROOT = Path(__file__).resolve().parents[2]
# The kiosk's own commit path (StateStore.add_callback, as the call-back screen calls it); the process then
# waits as a kiosk would until its sync worker's next cycle, and is killed with SIGKILL.
CHILD = """
import sys, time
from pathlib import Path
from kiosk.services.state import StateStore
state = StateStore(Path(sys.argv[1]))
reference = state.add_callback({"phone": "+998900000000", "call_language": "uz", "topic": sys.argv[2],
                                "country": "ru", "consent": True})
print(reference, flush=True)
time.sleep(600)
"""


def _confirm_then_kill(data_dir: Path, topic: str) -> str:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), topic], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    reference = child.stdout.readline().strip()  # shown to the traveller: the commit has happened
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    return reference


def _server_callbacks(deployment: Deployment) -> list[dict]:
    return ServerDB(deployment.root / SERVER_DB).events("callback")


def test_callback_survives_kill_between_confirmation_and_delivery(
    tmp_path: Path, deployment: Deployment, proxy: FaultProxy
) -> None:
    data_dir = tmp_path / "kiosk"
    token = ServerDB(deployment.root / SERVER_DB).enrol("k1")
    write_config(data_dir, proxy.url, deployment, token)
    topics = ("passport_taken", "other", "unpaid_wages")
    references = [_confirm_then_kill(data_dir, topic) for topic in topics]
    state = StateStore(data_dir)
    assert {state.report(r).kind for r in references} == {"callback"}  # type: ignore[union-attr]
    # Deliver over a path that loses requests and answers, killing the sync process at random moments.
    proxy.mode, proxy.loss = "lossy", 0.3
    rng = random.Random(11)
    for _ in range(3):
        sync = subprocess.Popen([sys.executable, "-m", "kiosk", "sync", "--data-dir", str(data_dir)],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert sync.stdout is not None
        assert sync.stdout.readline().strip() == b"cycle-start"
        try:
            sync.wait(timeout=rng.uniform(0.0, 0.6))
        except subprocess.TimeoutExpired:
            sync.kill()
            sync.wait(timeout=10)
    _drain(state, token, proxy, Clock())
    received = _server_callbacks(deployment)
    assert sorted(e["reference"] for e in received) == sorted(references)  # none lost, none twice
    assert all(e["payload"]["consent"] is True for e in received)
    assert all(state.report(r) is None for r in references)  # delivered: gone from the kiosk
    state.close()
    stored = (data_dir / STATE_DB).read_bytes()
    assert b"+998900000000" not in stored
    assert json.loads(json.dumps(received[0]["payload"]))["phone"] == "+998900000000"
