"""`kiosk status` and `kiosk sync`: the kiosk's sync, seen and run from a terminal, without Qt.

`kiosk sync` runs exactly what the app's sync worker runs (poll, apply, deliver the outbox, heartbeat):
for field technicians checking a kiosk's connection, and for the kill tests, which start it and kill it.
It prints the resulting status as JSON after each cycle.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

from kiosk.app.config import ConfigError, load_config
from kiosk.services.state import StateStore


def format_status(status: dict[str, Any]) -> str:
    """The human-readable form of `kiosk.services.sync_wiring.kiosk_status`."""
    error = status.get("last_error")
    server = status.get("server_url")
    transport = "" if not server else "  (https)" if server.startswith("https://") else \
        "  (plain http, this machine only)"
    lines = [
        f"server:             {server or 'none (offline only)'}{transport}",
        f"content version:    {status['content_version'] or 'none'}",
        f"last verified:      {status['last_verified_at'] or 'never'}"
        + ("  (STALE: licence results warn)" if status["stale"] else ""),
        f"registry as of:     {status.get('registry_as_of') or 'unknown'} (signed by the licensing office)",
        f"last attempt:       {status['last_attempt_at'] or 'never'}",
        f"last error:         {_error_line(error)}",
        "server token:       " + (f"REJECTED by the server at {status['token_rejected_at']}: reports are not "
                                  "delivered; ask for a new token (kiosk-admin enrol --rotate)"
                                  if status.get("token_rejected_at") else "not rejected"),
        f"outbox depth:       {status['outbox_depth']}",
        f"targets ({len(status['targets'])}):" + ("" if status["targets"] else " none synced yet"),
    ]
    lines += [f"  {name:<34} {digest}" for name, digest in status["targets"].items()]
    for role in status.get("trust_expiring", []):
        lines.append(f"WARNING: the signed {role} role expires {status['trust_expires'][role]}: "
                     f"updates stop then unless it is renewed (kiosk-admin renew)")
    return "\n".join(lines)


def _error_line(error: Any) -> str:
    if not isinstance(error, dict):
        return "none"
    return f"{error.get('kind')} {error.get('class')} at {error.get('at')}: {error.get('message')}"


def run_status(data_dir: Path, as_json: bool, out: TextIO | None = None) -> int:
    """`kiosk status [--json]`: print the status of the kiosk whose data folder is `data_dir`."""
    from kiosk.services.sync_wiring import kiosk_status

    out = out or sys.stdout
    try:
        config = load_config(data_dir)
    except ConfigError as exc:
        print(f"kiosk status: configuration error: {exc}", file=sys.stderr)
        return 2
    state = StateStore(data_dir)
    try:
        status = {**kiosk_status(config, state), "server_url": config.server_url or None}
    finally:
        state.close()
    print(json.dumps(status, indent=2, sort_keys=True) if as_json else format_status(status), file=out)
    return 0


def run_sync(data_dir: Path, loop: bool, deliver: bool, print_steps: bool) -> int:
    """`kiosk sync [--loop] [--no-deliver] [--print-steps]`: one cycle (or one per poll interval)."""
    from kiosk.services.sync_wiring import kiosk_status, make_runner

    try:
        config = load_config(data_dir)
    except ConfigError as exc:
        print(f"kiosk sync: configuration error: {exc}", file=sys.stderr)
        return 2
    if not config.server_url:
        print("kiosk sync: server_url is not set in kiosk.toml", file=sys.stderr)
        return 2
    state = StateStore(config.data_dir)

    def show(step: str) -> None:
        print(f"step {step}", flush=True)

    runner = make_runner(config, state, on_step=show if print_steps else None)
    stop = threading.Event()
    try:
        while True:
            print("cycle-start", flush=True)
            result = runner.run_once(deliver=deliver)
            status = kiosk_status(config, state)
            print(json.dumps({"changed": result.changed, **status}, sort_keys=True), flush=True)
            if not loop or stop.wait(config.poll_interval_s):
                return 0 if status["last_error"] is None else 1
    except KeyboardInterrupt:
        return 130
    finally:
        state.close()
