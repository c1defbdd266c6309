"""A publish as it happens: its steps (validate, build, write, sign, done), watched from the browser.

The publish runs in a thread of its own; the page `/publish/runs/<id>` reloads itself every second (a
meta refresh, no script) until the run is finished, then shows the result or the one line that says which
step failed and why. The steps come from the publish itself: `Desk.publish` reports "validate" and "build",
and the repository store below the publisher reports "write" at the first new file and "sign" at the first
metadata file. Kiosks follow the timestamp, which is written last, so a run that fails at any step leaves
them on the last publish: nothing is half-published.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sync.store import DirStore

STEPS = ("validate", "build", "write", "sign", "done")
STEP_WORDS = {
    "validate": "Validate the sources",
    "build": "Build the bundle",
    "write": "Write the new files to the repository",
    "sign": "Sign it and point kiosks at it",
    "done": "Done",
}
KEEP_RUNS = 20


@dataclass
class PublishRun:
    """One publish: the step it is at, and when finished its result or the line saying why it failed."""

    actor: str
    step: str = ""
    started: list[tuple[str, str]] = field(default_factory=list)  # (step, UTC time) in order
    result: Any = None
    failed: str | None = None
    finished: bool = False

    def enter(self, step: str) -> None:
        """Move on to `step` (a later step only: the store reports many writes)."""
        if step in STEPS and (not self.step or STEPS.index(step) > STEPS.index(self.step)):
            self.step = step
            self.started.append((step, datetime.now(UTC).strftime("%H:%M:%S")))

    def fail(self, exc: BaseException) -> None:
        """End the run with one line: the step and why (the first problem of a list of them)."""
        step = getattr(exc, "step", None)
        if step in STEPS:
            self.step = step
        lines = [line.strip().rstrip(":") for line in str(exc).splitlines() if line.strip()]
        why = "; ".join(lines[:2]) if lines else type(exc).__name__
        self.failed = f"{STEP_WORDS.get(self.step, 'Publish')} failed: {why[:400]}"
        self.finished = True

    def rows(self) -> list[dict[str, str]]:
        """Each step for the page: done, running, failed or waiting, with the time it started."""
        at = dict(self.started)
        out = []
        for step in STEPS:
            if step == self.step:
                state = "failed" if self.failed else "done" if self.finished else "running"
            elif step in at:
                state = "done"
            elif self.finished and not self.failed and step != "done":
                state = "skipped"  # e.g. no new file to write: every target was there already
            else:
                state = "waiting"
            out.append({"step": step, "words": STEP_WORDS[step], "state": state, "at": at.get(step, "")})
        return out


class ObservedStore(DirStore):
    """The repository folder, telling a run when the publisher starts writing files and metadata."""

    def __init__(self, store: DirStore, on_step: Callable[[str], None]) -> None:
        super().__init__(store.root)
        self._on_step = on_step

    def write(self, name: str, data: bytes) -> None:
        self._on_step("sign" if name.startswith("metadata/") else "write")
        super().write(name, data)

    def write_many(self, files: Mapping[str, bytes]) -> None:
        """The publisher writes the new files (targets, then the roles that name them) together."""
        self._on_step("sign" if all(name.startswith("metadata/") for name in files) else "write")
        super().write_many(files)


class Runs:
    """The publishes of this console: one at a time, the last few kept for their pages."""

    def __init__(self) -> None:
        self._runs: dict[str, PublishRun] = {}
        self._busy = threading.Lock()

    def get(self, key: str) -> PublishRun | None:
        return self._runs.get(key)

    @contextmanager
    def _slot(self) -> Iterator[None]:
        try:
            yield
        finally:
            self._busy.release()

    def start(self, actor: str, work: Callable[[PublishRun], Any]) -> str | None:
        """Run `work(run)` in a thread; the run's key, or None while another publish is under way."""
        if not self._busy.acquire(blocking=False):
            return None
        key = secrets.token_urlsafe(9)
        run = PublishRun(actor)
        self._runs[key] = run
        for old in list(self._runs)[:-KEEP_RUNS]:
            self._runs.pop(old, None)

        def target() -> None:
            with self._slot():
                try:
                    run.result = work(run)
                    run.enter("done")
                    run.finished = True
                except Exception as exc:  # every failure ends the run with its one line, never a traceback
                    run.fail(exc)

        threading.Thread(target=target, name=f"publish-{key}", daemon=True).start()
        return key
