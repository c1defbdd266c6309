"""`python -m sync` is kept as the old name of `kiosk sync` (and `--status` of `kiosk status`), across a
process boundary: sync/ never imports the kiosk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kiosk.services.sync_wiring import content_version
from tests.sync.helpers import write_config
from tests.testkit.proxy import FaultProxy
from tests.testkit.serve import Deployment

ROOT = Path(__file__).resolve().parents[2]


def _sync(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)


def test_python_m_sync_runs_one_kiosk_sync_cycle(tmp_path: Path, deployment: Deployment,
                                                 proxy: FaultProxy) -> None:
    data_dir = tmp_path / "kiosk"
    write_config(data_dir, proxy.url, deployment)
    run = _sync("--data-dir", str(data_dir), "--no-deliver")
    assert run.returncode == 0, run.stderr
    status = json.loads(run.stdout.splitlines()[-1])
    assert status["changed"] is True
    assert status["last_error"] is None
    assert content_version(data_dir) == status["content_version"]


def test_python_m_sync_status_is_kiosk_status(tmp_path: Path, deployment: Deployment,
                                              proxy: FaultProxy) -> None:
    data_dir = tmp_path / "kiosk"
    write_config(data_dir, proxy.url, deployment)
    run = _sync("--status", "--json", "--data-dir", str(data_dir))
    assert run.returncode == 0, run.stderr
    status = json.loads(run.stdout)
    assert status["content_version"] is None
    assert status["server_url"] == proxy.url


def test_python_m_sync_bad_arguments_get_the_kiosk_usage_line(tmp_path: Path) -> None:
    run = _sync("--data-dir", str(tmp_path), "--no-such-option")
    assert run.returncode == 2
    assert run.stderr.startswith("usage: kiosk")
