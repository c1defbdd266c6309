"""The app's sync runner: every sync cycle runs in a child process, the app only starts it and reads lines.

Why: python-tuf's refresh, the registry's part lookups, downloads and JSON parsing are pure Python. On a
thread of the app they held the GIL often enough to stall the UI thread by 285-379 ms during a one-agency
update at 100,000 agencies. `SyncProcess` has the same `run_once`/`abort` as `sync.runner.SyncRunner`, but
the cycle runs in `kiosk.services.sync_worker`; this side imports no part of the update client, writes one
line per cycle to the child's stdin and reads its progress lines and its result (changed, status) back.

- The child lives as long as the app (started on the first cycle), so what the sync client keeps between
  polls (ETag, connections, the registry hash bins' memory of `sync.bins`) is kept as before.
- It dies with the app: PR_SET_PDEATHSIG on Linux (`kiosk.data.child`), armed in the
  child before exec and checked against a parent that already died. The signal follows the thread that
  started the child, so `SyncService` keeps its one worker thread for its whole life.
- `abort()` kills it: a kill at any instant leaves content.db old or new (the kill tests), and the next
  cycle starts a new child. A child that dies on its own is recorded as the cycle's error in state.db,
  where `kiosk status` and the technician's screen read it, and is started again at the next cycle.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from kiosk.app.config import Config
from kiosk.app.paths import resource_root
from kiosk.data.child import child_preexec, kiosk_command
from kiosk.services.state import StateStore
from kiosk.services.store import content_version
from sync import status
from sync.interfaces import CycleResult, ErrorInfo, StepHook

log = logging.getLogger(__name__)


class SyncStopped(Exception):
    """The cycle was aborted (`abort()`): the app is closing; nothing half-done was kept."""


class SyncProcess:
    """Runs sync cycles in a `sync-worker` child; see the module docstring."""

    def __init__(self, config: Config, state: StateStore, *, limits: dict[str, float] | None = None,
                 on_step: StepHook | None = None,
                 command: Callable[[], list[str]] | None = None) -> None:
        self._config, self._state = config, state
        self._limits = limits  # `sync.http.Limits` fields (tests' short waits); None: the defaults
        self._on_step = on_step
        self._command = command or (lambda: kiosk_command("sync-worker", "--data-dir", str(config.data_dir)))
        self._child: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._aborted = False
        self.last_cpu_s = 0.0  # CPU seconds the child (and its apply child) spent on the last cycle
        self.last_apply_cpu_s = 0.0  # of which the apply child's
        self.last_part_lookups = 0  # registry part names the last cycle looked up through python-tuf

    @property
    def pid(self) -> int | None:
        return self._child.pid if self._child is not None else None

    def start(self) -> None:
        """Start the child now and wait until it has loaded the update client (the self-test's check that
        the sync process runs); raises OSError if it cannot."""
        child = self._started()
        if child is None or child.stdout is None:
            raise OSError("the sync process was stopped")
        for line in child.stdout:
            if line.strip() == "ready":
                return
        raise OSError(f"the sync process ended at start (exit code {child.wait()})")

    def run_once(self, deliver: bool = True) -> CycleResult:
        """One cycle in the child: never raises for a failed poll (it is recorded in state.db, as by
        `SyncRunner`); raises SyncStopped after `abort()`."""
        try:
            answer = self._cycle(deliver)
        except (OSError, ValueError):  # a broken pipe, or a result line that is not JSON: treated as dead
            answer = None
        if self._aborted:
            raise SyncStopped("sync stopped")
        if answer is None:
            return self._child_died()
        self.last_cpu_s = float(answer.get("cpu_s", 0.0))
        self.last_apply_cpu_s = float(answer.get("apply_cpu_s", 0.0))
        self.last_part_lookups = int(answer.get("part_lookups", 0))
        return CycleResult(bool(answer["changed"]), answer["status"])

    def abort(self) -> None:
        """Kill the child (from any thread); the cycle in progress ends with SyncStopped."""
        with self._lock:
            self._aborted = True
            child = self._child
        if child is not None:
            child.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=5)  # reaped: a SIGKILLed process ends at once

    def close(self) -> None:
        """End the child after its cycle: close its input and reap it."""
        with self._lock:
            child, self._child = self._child, None
        if child is not None:
            _close(child.stdin)
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            _close(child.stdout)

    def _cycle(self, deliver: bool) -> dict[str, Any] | None:
        child = self._started()
        if child is None or child.stdin is None or child.stdout is None:
            return None
        child.stdin.write("cycle\n" if deliver else "cycle no-deliver\n")
        child.stdin.flush()
        for line in child.stdout:  # blocks without the GIL until the child writes
            if line.startswith("step "):
                if self._on_step is not None:
                    self._on_step(line[5:].strip())
            elif line.startswith("result "):
                answer = json.loads(line[7:])
                return answer if isinstance(answer, dict) else None
        return None  # end of output: the child died

    def _started(self) -> subprocess.Popen[str] | None:
        with self._lock:
            if self._aborted:
                return None
            if self._child is not None and self._child.poll() is None:
                return self._child
            self._child = subprocess.Popen(  # noqa: S603 - the kiosk's own command
                self._command(), cwd=resource_root(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                text=True, encoding="utf-8", preexec_fn=child_preexec(),  # noqa: PLW1509 - only prctl and getppid
            )
            assert self._child.stdin is not None
            values = {f.name: getattr(self._config, f.name) for f in dataclasses.fields(self._config)}
            settings = {"config": {**values, "data_dir": str(self._config.data_dir)}, "limits": self._limits}
            self._child.stdin.write(json.dumps(settings) + "\n")
            self._child.stdin.flush()
            return self._child

    def _child_died(self) -> CycleResult:
        """The child ended without a result (crashed, killed, out of memory): record it as the cycle's
        error, as a failed poll is, and start a new child next cycle."""
        with self._lock:
            child, self._child = self._child, None
        code = None
        if child is not None:
            child.kill()
            code = child.wait()
            _close(child.stdin)
            _close(child.stdout)
        info = ErrorInfo("local", "SyncProcessDied", f"the sync process ended without a result (exit code "
                                                     f"{code}); it is started again at the next cycle")
        log.error("sync process: %s", info.message)
        status.record_error(self._state, info)
        data_dir: Path = self._config.data_dir
        return CycleResult(False, status.collect_status(data_dir, self._state, content_version(data_dir)))


def _close(stream: IO[str] | None) -> None:
    if stream is not None:
        with contextlib.suppress(OSError):
            stream.close()

