"""Bytes a kiosk moves for one changed vacancy in a repository made before the vacancy bins, before and after
`kiosk-admin bin-role vacancies`, and what the move itself costs (the command's seconds, the kiosk's poll).

A flat repository (`new_deployment(vacancy_bins=False)`) gets `--vacancies` job orders (default 10,000, as
`vacancies_bench.py`) from the sample source; a kiosk syncs through a byte-counting proxy on 127.0.0.1.
Prints JSON with the load average.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from admin import cli as admin  # noqa: E402 - after the path set-up above
from benchmarks.vacancies_bench import _poll, published  # noqa: E402


def _change_one(source: Path, n: int) -> None:
    """Raise the top wage of the first vacancy by `n`."""
    lines = (source / "vacancies.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[6] = str(int(cells[6]) + n)
    lines[1] = ",".join(cells)
    (source / "vacancies.csv").write_text("".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vacancies", type=int, default=10_000)
    args = parser.parse_args()
    with published(args.vacancies, vacancy_bins=False) as bench:
        source, deployment, proxy, runner = bench.source, bench.deployment, bench.proxy, bench.runner
        _poll(runner, proxy)
        _change_one(source, 1)
        deployment.publish_source(source)
        flat = _poll(runner, proxy)
        started = time.perf_counter()
        with contextlib.redirect_stdout(sys.stderr):  # the command's line; stdout is the JSON
            assert admin.main(["--deploy", str(deployment.root), "bin-role", "vacancies"]) == 0
        move_s = time.perf_counter() - started
        moved = _poll(runner, proxy)
        _change_one(source, 1)
        deployment.publish_source(source)
        binned = _poll(runner, proxy)
    keys = ("bytes", "requests", "apply_cpu_s", "wall_s")
    print(json.dumps({
        "vacancies": args.vacancies,
        "load_average": os.getloadavg(),
        "one_changed_vacancy_flat": {k: flat[k] for k in keys},
        "bin_role_s": round(move_s, 2),
        "kiosk_poll_after_the_move": {**{k: moved[k] for k in keys},
                                      "targets_downloaded": len(moved["targets"])},
        "one_changed_vacancy_binned": {k: binned[k] for k in keys},
    }, indent=2))


if __name__ == "__main__":
    main()
