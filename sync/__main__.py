"""Headless sync for one kiosk data folder: `python -m sync --data-dir DIR [--loop]`.

Runs exactly what the kiosk's sync worker runs (poll, apply, deliver the outbox, heartbeat) without Qt:
for field technicians checking a kiosk's connection, and for the kill tests, which start it and kill it.
Prints the resulting status as JSON after each cycle.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path

from kiosk.app.config import ConfigError, load_config
from kiosk.services.state import StateStore
from sync.runner import SyncRunner
from sync.status import run_status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sync", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--loop", action="store_true", help="poll every poll_interval_s until interrupted")
    parser.add_argument("--no-deliver", action="store_true", help="poll only; leave the outbox alone")
    parser.add_argument("--print-steps", action="store_true", help="print each step as it starts (tests)")
    parser.add_argument("--status", action="store_true", help="print the sync status and exit")
    parser.add_argument("--json", action="store_true", help="with --status: JSON instead of text")
    args = parser.parse_args(argv)
    if args.status:
        return run_status(args.data_dir.resolve(), args.json)
    try:
        config = load_config(args.data_dir.resolve())
    except ConfigError as exc:
        print(f"sync: configuration error: {exc}", file=sys.stderr)
        return 2
    if not config.server_url:
        print("sync: server_url is not set in kiosk.toml", file=sys.stderr)
        return 2
    state = StateStore(config.data_dir)
    def show(step: str) -> None:
        print(f"step {step}", flush=True)

    runner = SyncRunner(config, state, on_step=show if args.print_steps else None)
    stop = threading.Event()
    try:
        while True:
            print("cycle-start", flush=True)
            result = runner.run_once(deliver=not args.no_deliver)
            print(json.dumps({"changed": result.changed, **result.status}, sort_keys=True), flush=True)
            if not args.loop or stop.wait(config.poll_interval_s):
                return 0 if result.status["last_error"] is None else 1
    except KeyboardInterrupt:
        return 130
    finally:
        state.close()


if __name__ == "__main__":
    sys.exit(main())
