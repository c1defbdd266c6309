"""The kiosk app's sync process: runs its sync cycles, so that none of their work holds the app's GIL.

A poll verifies signed metadata with python-tuf, looks up registry parts, downloads and parses JSON: on a
thread of the app this held the interpreter lock long enough to stall the UI thread by hundreds of
milliseconds at 100,000 agencies. `kiosk.services.sync_process.SyncProcess` starts this process once and
keeps it for the app's whole run, so what the sync client remembers between polls (the ETag of
timestamp.json, kept-alive connections, what each registry hash bin held: `sync.bins`) lives on here.

The conversation, one line each way, text:

- in: the settings, as one JSON object (`{"config": {...kiosk.app.config.Config fields...}, "limits":
  {...} | null}`), then one line per cycle: `cycle` or `cycle no-deliver`;
- out: `ready` once the update client is loaded; per cycle, `step NAME` as each step starts (once for a
  run of the same step), then `result {"changed", "status", "cpu_s", "apply_cpu_s", "part_lookups"}`:
  the cycle's result (`sync.runner.SyncRunner.run_once`), the CPU seconds this process and its apply child
  spent on it (and the apply child alone), and how many registry part names it looked up through
  python-tuf.

The process ends when its input ends (the app closed the pipe, or died: it is also killed with the app, see
`SyncProcess`). The cycle itself is exactly `kiosk sync`'s (`kiosk.services.sync_wiring.make_runner`, the
apply in a `kiosk apply` child of this process), so a kill at any instant leaves old or new content.

Started as `kiosk sync-worker --data-dir DIR` (`python -m kiosk sync-worker ...` from a checkout). Not a
command for people.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import signal
import sys
from pathlib import Path
from typing import Any, TextIO

from kiosk.app.config import Config
from kiosk.services.state import StateStore


def _cpu_s() -> tuple[float, float]:
    """CPU seconds of this process, and of the children it has waited for (the apply children)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _configure_logging() -> None:
    """As the app logs (stderr, and the systemd LogsDirectory file), naming this process."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if folder := os.environ.get("LOGS_DIRECTORY"):
        handlers.append(logging.FileHandler(Path(folder.split(":")[0]) / "kiosk.log", encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s sync-worker %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=handlers, force=True)


def config_from(values: dict[str, Any]) -> Config:
    """The app's `Config`, as `SyncProcess` sent it (every field a JSON value; data_dir a string)."""
    return Config(**{**values, "data_dir": Path(values["data_dir"])})


def serve(source: TextIO, out: TextIO, data_dir: Path) -> int:
    """Answer cycle requests from `source` until it ends."""
    from kiosk.services.sync_wiring import make_runner  # the update client (tuf): only in this process
    from sync.http import Limits

    first = source.readline()
    if not first:
        return 0
    settings = json.loads(first)
    config = config_from({**settings["config"], "data_dir": str(data_dir)})
    limits = Limits(**settings["limits"]) if settings.get("limits") else None

    last = [""]

    def show(step: str) -> None:
        if step != last[0]:  # one line per run of the same step: 4,096 part downloads wake the app once
            last[0] = step
            out.write(f"step {step}\n")
            out.flush()

    state = StateStore(config.data_dir)
    try:
        runner = make_runner(config, state, limits=limits, on_step=show)
        out.write("ready\n")  # the update client is loaded (what the self-test checks of a frozen build)
        out.flush()
        for line in source:
            words = line.split()
            if words[:1] != ["cycle"]:
                continue
            last[0] = ""
            own, children = _cpu_s()
            result = runner.run_once(deliver="no-deliver" not in words)
            own_after, children_after = _cpu_s()
            answer = {"changed": result.changed, "status": result.status,
                      "cpu_s": round(own_after - own + children_after - children, 4),
                      "apply_cpu_s": round(children_after - children, 4), "part_lookups": runner.part_lookups}
            out.write("result " + json.dumps(answer, sort_keys=True) + "\n")
            out.flush()
    finally:
        state.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """`sync-worker --data-dir DIR`: the folder is on the command line so that `ps` shows which kiosk's
    data the process works on; the settings (the kiosk's token among them) come on stdin."""
    parser = argparse.ArgumentParser(prog="kiosk sync-worker")
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the kiosk's terminal is for the app to handle
    _configure_logging()
    return serve(sys.stdin, sys.stdout, args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
