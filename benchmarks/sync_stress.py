"""Kill the kiosk's sync process at random points of download and apply, many times; prints one JSON object.

After every kill content.db must open, pass PRAGMA integrity_check and hold either the version it held
before the run or the version just published; at the end one clean cycle must bring the newest version.
The published content flips between the sample and a variant of it (one article, one agency changed).

`--app` kills a kiosk process that runs its cycles as the app does, in its sync process (which, with its
apply child, must die with it) instead of `kiosk sync`.

    .venv/bin/python benchmarks/sync_stress.py [--runs 200] [--seed 1] [--app]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.testkit.stress import kill_runs  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--app", action="store_true", help="kill the kiosk process, not `kiosk sync`")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sync-stress-") as tmp:
        summary = kill_runs(Path(tmp), args.runs, args.seed, app=args.app)
    print(json.dumps({**summary, "seconds": round(time.perf_counter() - started, 1)}, indent=2))


if __name__ == "__main__":
    main()
