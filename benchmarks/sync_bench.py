"""Signed-sync figures on one machine, against a real kiosk-server on 127.0.0.1. Prints one JSON object.

The kiosk-server and the byte-counting proxy run in a process of their own (`tests/testkit/
server_process.py`), so that the stalls measured are the kiosk process's alone; the kiosk runs its cycles as
the app does, in its sync process (`kiosk/services/sync_process.py`).

- no_change_poll: bytes on the wire (HTTP heads and bodies, both directions, counted by the proxy) of a poll
  when nothing changed, with the ETag of timestamp.json remembered (warm) and after a restart (cold).
- full_registry_apply: a kiosk on the sample content updates to the N-agency registry through the Qt
  SyncService while a 5 ms QTimer runs on the UI thread; the longest gap between ticks is the longest time
  the UI thread was blocked (bar: 50 ms). Includes the UI thread's content reload.
- one_agency_change: the same, for the poll that picks up one changed agency: bytes and requests (bar:
  64 KB), wall seconds, and the kiosk's CPU seconds (bar: 1 s at 100,000 agencies): the kiosk process's
  thread that waits for the sync process, the sync process (and its apply child) for that cycle, and the UI
  thread's reload. `apply_cpu_s` is the apply alone; `part_lookups` the registry part names the poll looked
  up through python-tuf (the rest were remembered by the sync process from the previous poll, `sync/bins.py`).
  Both cycles run in the app's one sync process, which lives from cycle to cycle as in the app.
  The same-run baseline, `rebuild_baseline`, is what one change cost before content.db was updated in
  place: `kiosk apply` of the same bundle building a whole new file.
  The sync process and its apply child run from compiled bytecode, as on an installed kiosk.
  `ui_gaps_with_nothing_running` is the UI timer alone, just before: the stalls the machine's load causes;
  `ui_max_gap_vs_idle` puts the one-change stall beside it, and the load average is in `load_average`.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sync_bench.py [--agencies 100000] [--no-baseline]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import registry_data  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from content.bundle_format import (  # noqa: E402
    SHARDS,
    Manifest,
    TargetInfo,
    bundle_version,
    canonical_json,
    sha256_hex,
    shard_of,
)
from kiosk.app.bootstrap import ensure_content  # noqa: E402
from kiosk.app.config import load_config  # noqa: E402
from kiosk.services.state import StateStore  # noqa: E402
from kiosk.services.store import ContentStore  # noqa: E402
from kiosk.services.sync_process import SyncProcess  # noqa: E402
from kiosk.services.sync_service import SyncService  # noqa: E402
from sync.interfaces import CycleResult  # noqa: E402
from sync.publisher import build_files  # noqa: E402
from tests.testkit.serve import new_deployment, write_kiosk_toml  # noqa: E402
from tests.testkit.server_process import ServerProcess  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def registry(n: int) -> list[dict]:
    """`n` fictional agencies in the bundle's shape (benchmarks/registry_data.py rows)."""
    out = []
    for row in registry_data.agency_rows(n, seed=1):
        (
            licence,
            name,
            others,
            tin,
            status,
            issued,
            expires,
            changed,
            reason,
            region,
            address,
            phone,
            countries,
        ) = row
        out.append(
            {
                "licence_no": licence,
                "name": name,
                "other_names": json.loads(others),
                "tin": tin,
                "status": status,
                "issued_on": issued,
                "expires_on": expires,
                "status_changed_on": changed,
                "status_reason": reason,
                "region": region,
                "address": address,
                "phone": phone,
                "countries": json.loads(countries),
            }
        )
    return out


def with_registry(files: dict[str, bytes], base: Manifest, agencies: list[dict]) -> tuple[dict, Manifest]:
    shards: dict[str, list[dict]] = {s: [] for s in SHARDS}
    for agency in sorted(agencies, key=lambda a: a["licence_no"]):
        shards[shard_of(agency["licence_no"])].append(agency)
    files = dict(files)
    for shard, rows in shards.items():
        files[f"registry/agencies-{shard}.json"] = canonical_json({"shard": shard, "agencies": rows})
    targets = {name: TargetInfo(len(data), sha256_hex(data)) for name, data in sorted(files.items())}
    manifest = Manifest(
        version=bundle_version({n: t.sha256 for n, t in targets.items()}),
        sample=base.sample,
        languages=base.languages,
        registry_as_of=base.registry_as_of,
        targets=targets,
    )
    return files, manifest


def measured_poll(runner: SyncProcess, served: ServerProcess) -> dict:
    served.reset_counts()
    started = time.perf_counter()
    result = runner.run_once(deliver=False)
    assert result.status["last_error"] is None, result.status["last_error"]
    counts = served.counts()
    return {
        "bytes": counts.bytes_in + counts.bytes_out,
        "bytes_sent": counts.bytes_in,
        "bytes_received": counts.bytes_out,
        "requests": len(counts.log),
        "targets_downloaded": sum(1 for _, p, _ in counts.log if p.startswith("/targets/")),
        "changed": result.changed,
        "seconds": round(time.perf_counter() - started, 3),
    }


class TimedRunner:
    """The app's SyncProcess, adding up the CPU time of the kiosk's thread that waits for it and what the
    sync process reports for each cycle."""

    def __init__(self, process: SyncProcess) -> None:
        self.process = process
        self.thread_cpu_s = self.process_cpu_s = self.apply_cpu_s = 0.0

    def run_once(self, deliver: bool = True) -> CycleResult:
        started = time.thread_time()
        try:
            return self.process.run_once(deliver)
        finally:
            self.thread_cpu_s += time.thread_time() - started
            self.process_cpu_s += self.process.last_cpu_s
            self.apply_cpu_s += self.process.last_apply_cpu_s

    def abort(self) -> None:
        self.process.abort()


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ui_blocking_sync(app: QApplication, data_dir: Path, service: SyncService, runner: TimedRunner,
                     served: ServerProcess) -> dict:
    """One SyncService cycle with a 5 ms UI-thread timer running; the worst gap between its ticks, the
    wall and CPU seconds the kiosk spent, and the bytes on the wire. `service` and its `runner` are the
    kiosk's one sync service and sync process, kept from cycle to cycle as in the app (the sync process
    dies with the service's worker thread)."""
    runner.thread_cpu_s = runner.process_cpu_s = runner.apply_cpu_s = 0.0
    sync_runner = runner.process
    store = ContentStore(data_dir)
    store.info()
    clock, timer, loop = QElapsedTimer(), QTimer(), QEventLoop()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    reload_ms: list[float] = []
    reload_cpu: list[float] = []

    def reload() -> None:
        started, cpu = time.perf_counter(), time.thread_time()
        store.reload()
        store.info()
        reload_ms.append((time.perf_counter() - started) * 1000)
        reload_cpu.append(time.thread_time() - cpu)

    def finished(_status: dict) -> None:
        QTimer.singleShot(50, loop.quit)

    timer.setInterval(5)
    timer.timeout.connect(tick)
    service.content_changed.connect(reload)
    service.status_changed.connect(finished)
    served.reset_counts()
    clock.start()
    timer.start()
    started = time.perf_counter()
    service.sync_now()
    loop.exec()
    seconds = time.perf_counter() - started
    timer.stop()
    service.content_changed.disconnect(reload)
    service.status_changed.disconnect(finished)
    app.processEvents()
    ordered = sorted(gaps)
    counts = served.counts()
    assert service.last_status.get("last_error") is None, service.last_status
    return {
        "wall_s": round(seconds, 3),
        "kiosk_cpu_s": round(runner.thread_cpu_s + runner.process_cpu_s + sum(reload_cpu), 3),
        "apply_cpu_s": round(runner.apply_cpu_s, 3),
        "sync_process_cpu_s": round(runner.process_cpu_s - runner.apply_cpu_s, 3),
        "kiosk_waiting_thread_cpu_s": round(runner.thread_cpu_s, 4),
        "part_lookups": sync_runner.last_part_lookups,
        "ui_ticks": len(gaps),
        "ui_max_gap_ms": max(gaps),
        "ui_p99_gap_ms": ordered[int(len(ordered) * 0.99)],
        "reload_on_ui_thread_ms": round(reload_ms[0], 1) if reload_ms else None,
        "bytes": counts.bytes_in + counts.bytes_out,
        "requests": len(counts.log),
        "targets_downloaded": sum(1 for _, p, _ in counts.log if p.startswith("/targets/")),
        "agencies_in_content_db": store.connection().execute("SELECT COUNT(*) FROM agencies").fetchone()[0],
    }


def idle_gaps(app: QApplication, seconds: float = 3.0) -> dict:
    """The same 5 ms UI timer with nothing else running: the gaps this machine's load alone causes."""
    clock, timer, loop = QElapsedTimer(), QTimer(), QEventLoop()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer.setInterval(5)
    timer.timeout.connect(tick)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    clock.start()
    timer.start()
    loop.exec()
    timer.stop()
    ordered = sorted(gaps)
    return {"ui_max_gap_ms": max(gaps), "ui_p99_gap_ms": ordered[int(len(ordered) * 0.99)]}


def rebuild_baseline(data_dir: Path, work: Path) -> dict:
    """`kiosk apply` of the kiosk's current bundle into an empty folder: a whole new content.db, which is
    what every change cost before content.db was updated in place."""
    bundle = data_dir / "bundle"
    before = children_cpu_s()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kiosk", "apply", str(bundle), "--data-dir", str(work / "rebuild")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return {"wall_s": round(time.perf_counter() - started, 3), "cpu_s": round(children_cpu_s() - before, 3)}


def progress(what: str, value: object = None) -> None:
    """A line on stderr as each phase ends (a run at 1,000,000 agencies takes long; stdout stays JSON)."""
    extra = "" if value is None else " " + json.dumps(value)
    print(f"sync_bench {time.strftime('%H:%M:%S')} {what}{extra}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--no-baseline", action="store_true", help="skip the whole-rebuild baseline")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    load = [os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        work = Path(tmp)
        # The sync process and its apply child run from compiled bytecode, as on an installed kiosk (the
        # frozen build carries it): where PYTHONDONTWRITEBYTECODE is set, every child would compile its
        # modules again. The bytecode goes to a folder of this run, not into the source tree.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
        deployment = new_deployment(work / "deploy")
        sample_files, sample_manifest = build_files(ROOT / "content" / "sample", work / "sample")
        deployment.publisher().publish_bundle(sample_files, sample_manifest)
        served = ServerProcess(deployment.root).start()
        data_dir = work / "kiosk"
        ensure_content(data_dir)
        write_kiosk_toml(data_dir, served.url, deployment.trust_root())
        state = StateStore(data_dir)
        runner = SyncProcess(load_config(data_dir), state)
        measured_poll(runner, served)  # first sync of the sample
        warm = measured_poll(runner, served)
        runner.close()
        restarted = SyncProcess(load_config(data_dir), state)
        cold = measured_poll(restarted, served)
        restarted.close()

        started = time.perf_counter()
        agencies = registry(args.agencies)
        big_files, big_manifest = with_registry(sample_files, sample_manifest, agencies)
        deployment.publisher().publish_bundle(big_files, big_manifest)
        publish_s = time.perf_counter() - started
        progress("published the full registry", {"seconds": round(publish_s, 1)})
        # The app's one sync service and sync process, living from cycle to cycle.
        app_runner = TimedRunner(SyncProcess(load_config(data_dir), state))
        service = SyncService(load_config(data_dir), state, interval_ms=3_600_000, runner=app_runner)
        full = ui_blocking_sync(app, data_dir, service, app_runner, served)
        progress("full registry applied", full)

        changed = agencies[len(agencies) // 2]
        changed["status"] = "revoked"
        changed["status_changed_on"] = "2026-11-27"
        changed_files, changed_manifest = with_registry(sample_files, sample_manifest, agencies)
        report = deployment.publisher().publish_bundle(changed_files, changed_manifest)
        del agencies, big_files, changed_files
        load.append(os.getloadavg())
        idle = idle_gaps(app)
        one = ui_blocking_sync(app, data_dir, service, app_runner, served)
        load.append(os.getloadavg())
        progress("one agency changed", {**one, "idle": idle, "load": load[1:]})
        one["published_paths"] = list(report.paths)
        service.stop()
        service.deleteLater()
        app.processEvents()
        baseline = None if args.no_baseline else rebuild_baseline(data_dir, work)
        served.stop()
        state.close()
    out = {
        "agencies": args.agencies,
        "no_change_poll_bytes": warm["bytes"],
        "no_change_poll_requests": warm["requests"],
        "no_change_poll_bytes_after_restart": cold["bytes"],
        "one_agency_change_bytes": one["bytes"],
        "one_agency_change_kiosk_cpu_s": one["kiosk_cpu_s"],
        "one_agency_change_wall_s": one["wall_s"],
        "one_agency_change_ui_max_gap_ms": one["ui_max_gap_ms"],
        "one_agency_change_ui_p99_gap_ms": one["ui_p99_gap_ms"],
        "one_agency_change": one,
        "ui_gaps_with_nothing_running": idle,
        "ui_max_gap_vs_idle": round(one["ui_max_gap_ms"] / max(idle["ui_max_gap_ms"], 1), 2),
        "ui_p99_gap_vs_idle": round(one["ui_p99_gap_ms"] / max(idle["ui_p99_gap_ms"], 1), 2),
        "load_average": {"start": load[0], "before_one_change": load[1], "after_one_change": load[2]},
        "rebuild_baseline": baseline,
        "one_agency_change_apply_cpu_vs_rebuild": round(one["apply_cpu_s"] / baseline["cpu_s"], 3)
        if baseline else None,
        "publish_full_registry_s": round(publish_s, 2),
        "full_registry_apply": full,
        "bars": {
            "no_change_poll_bytes_max": 2048,
            "one_agency_change_bytes_max": 65536,
            "one_agency_change_kiosk_cpu_s_max_at_100k": 1.0,
            "ui_max_gap_ms_max": 50,
        },
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
