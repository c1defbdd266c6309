"""Kill the kiosk's sync process at random moments during download and apply, and check content.db after
each kill: it opens, passes PRAGMA integrity_check, and holds the old version or the new one.

The killed process is `kiosk sync` (the headless cycle), or with `app=True` a kiosk process running its
cycles as the app does, in the sync process of `kiosk.services.sync_process`: killing the kiosk must take
the sync process and its apply child with it.

Used by tests/sync/test_sync_kill.py (a few runs) and benchmarks/sync_stress.py (hundreds).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from kiosk.services.sync_wiring import content_version
from sync.publisher import build_files
from tests.testkit.serve import ServerThread, new_deployment, write_kiosk_toml

REPO_ROOT = Path(__file__).resolve().parents[2]


def _variant(source: Path, out: Path) -> Path:
    """A copy of `source` with one article and one agency changed (so both travel on every flip)."""
    shutil.copytree(source, out)
    article = next(sorted((out / "articles").iterdir()).__iter__()) / "en.md"
    article.write_text(article.read_text(encoding="utf-8").rstrip() + "\n\nChanged for the stress run.\n",
                       encoding="utf-8")
    csv = out / "registry" / "agencies.csv"
    lines = csv.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",active,", ",revoked,", 1) if ",active," in lines[1] else \
        lines[1].replace(",revoked,", ",active,", 1)
    csv.write_text("".join(lines), encoding="utf-8")
    return out


def _check_db(data_dir: Path) -> str | None:
    conn = sqlite3.connect(f"file:{data_dir / 'content.db'}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise AssertionError("integrity_check failed")
        return conn.execute("SELECT value FROM meta WHERE key = 'bundle_version'").fetchone()[0]
    finally:
        conn.close()


# A kiosk process that runs one cycle as the app does (in its sync process), printing what `kiosk sync
# --print-steps` prints.
APP_CYCLE = """
import sys
from pathlib import Path
from kiosk.app.config import load_config
from kiosk.services.state import StateStore
from kiosk.services.sync_process import SyncProcess

data_dir = Path(sys.argv[1])
runner = SyncProcess(load_config(data_dir), StateStore(data_dir),
                     on_step=lambda step: print("step", step, flush=True))
print("cycle-start", flush=True)
runner.run_once(deliver=False)
runner.close()
"""


def _run_child(data_dir: Path, kill_after: float | None, app: bool = False) -> tuple[list[str], bool, float]:
    """Run one sync cycle in a child process; kill it `kill_after` seconds into the cycle.

    Returns the steps the child started, whether it was killed, and the seconds from cycle start to exit.
    """
    command = ([sys.executable, "-c", APP_CYCLE, str(data_dir)] if app else
               [sys.executable, "-m", "kiosk", "sync", "--data-dir", str(data_dir), "--no-deliver",
                "--print-steps"])
    child = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "cycle-start"
    started = time.monotonic()
    steps: list[str] = []
    reader = threading.Thread(target=lambda: steps.extend(line.split()[1] for line in child.stdout
                                                          if line.startswith("step ")), daemon=True)
    reader.start()
    killed = False
    try:
        child.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        child.kill()
        killed = True
    child.wait(timeout=30)
    elapsed = time.monotonic() - started
    reader.join(timeout=5)
    return steps, killed, elapsed


def _survivors(data_dir: Path) -> list[int]:
    """Processes still working on `data_dir`: an apply child that outlived its kiosk races the next run."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and str(data_dir).encode() in cmdline:
            found.append(int(proc.name))
    return found


def _wait_no_survivors(data_dir: Path, run: int) -> None:
    deadline = time.monotonic() + 10
    while (left := _survivors(data_dir)) and time.monotonic() < deadline:
        time.sleep(0.05)
    if left:
        raise AssertionError(f"run {run}: processes {left} still work on the kiosk's data after its kill")


def kill_runs(workdir: Path, runs: int, seed: int = 1, source: Path | None = None,
              app: bool = False) -> dict[str, Any]:
    """`runs` sync cycles against a real server, each killed at a random point; returns a summary.

    The published content flips between two versions before every run, so every run has a download and
    an apply to interrupt. Kill times are drawn uniformly over the length of an undisturbed cycle.
    """
    source = source or REPO_ROOT / "content" / "sample"
    deployment = new_deployment(workdir / "deploy")
    builds = [build_files(src, workdir / f"build-{i}")
              for i, src in enumerate((source, _variant(source, workdir / "variant")))]
    versions = [manifest.version for _, manifest in builds]
    server = ServerThread(deployment.root).start()
    data_dir = workdir / "kiosk"
    write_kiosk_toml(data_dir, server.url, deployment.trust_root())
    rng = random.Random(seed)
    try:
        deployment.publisher().publish_bundle(*builds[0])
        _run_child(data_dir, None, app)  # the first, full sync
        deployment.publisher().publish_bundle(*builds[1])
        window = _run_child(data_dir, None, app)[2]  # an undisturbed update: its length is the kill window
        killed_at: Counter[str] = Counter()
        outcomes: Counter[str] = Counter()
        for run in range(runs):
            target = run % 2
            deployment.publisher().publish_bundle(*builds[target])
            before = content_version(data_dir)
            steps, killed, _ = _run_child(data_dir, rng.uniform(0.0, window), app)
            killed_at[(steps[-1] if steps else "start") if killed else "finished"] += 1
            if sys.platform.startswith("linux"):
                _wait_no_survivors(data_dir, run)
            after = _check_db(data_dir)
            if after not in (before, versions[target]):
                raise AssertionError(f"run {run}: content.db holds {after}, neither {before} nor "
                                     f"{versions[target]}")
            outcomes["new" if after == versions[target] and after != before else "old"] += 1
        _run_child(data_dir, None, app)
        final = _check_db(data_dir)
        assert final == versions[(runs - 1) % 2], "a clean cycle after the kills did not converge"
    finally:
        server.stop()
    return {"runs": runs, "killed": "the kiosk process (app)" if app else "kiosk sync",
            "kill_window_s": round(window, 3), "killed_during_step": dict(killed_at),
            "content_after_run": dict(outcomes), "integrity_failures": 0, "converged_after_kills": True}
