"""Signed-sync figures on one machine, against a real kiosk-server on 127.0.0.1. Prints one JSON object.

- no_change_poll: bytes on the wire (HTTP heads and bodies, both directions, counted by a proxy) of a poll
  when nothing changed, with the ETag of timestamp.json remembered (warm) and after a restart (cold).
- full_registry_apply: a kiosk on the sample content updates to the N-agency registry through the Qt
  SyncService while a 5 ms QTimer runs on the UI thread; the longest gap between ticks is the longest time
  the UI thread was blocked (bar: 50 ms). Includes the UI thread's content reload.
- one_agency_change: the same, for the poll that picks up one changed agency: bytes and requests (bar:
  64 KB), wall seconds, and the kiosk's CPU seconds (bar: 1 s at 100,000 agencies): the sync worker
  thread, the apply child process and the UI thread's reload, not the server running in this process.
  `apply_cpu_s` is the apply alone. Both cycles run on one SyncRunner, as in the app, whose SyncService
  keeps its runner (and what the sync client remembers of the registry's hash bins) for its whole run.
  The same-run baseline, `rebuild_baseline`, is what one change cost
  before content.db was updated in place: `kiosk apply` of the same bundle building a whole new file.
  The apply child runs from compiled bytecode, as on an installed kiosk.
  `ui_gaps_with_nothing_running` is the UI timer alone, just before: the stalls the machine's load causes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sync_bench.py [--agencies 100000] [--no-baseline]
"""

from __future__ import annotations

import argparse
import cProfile
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
from kiosk.services.sync_service import SyncService  # noqa: E402
from kiosk.services.sync_wiring import make_runner  # noqa: E402
from sync.publisher import build_files  # noqa: E402
from sync.runner import SyncRunner  # noqa: E402
from tests.testkit.proxy import FaultProxy  # noqa: E402
from tests.testkit.serve import ServerThread, new_deployment, write_kiosk_toml  # noqa: E402

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


def measured_poll(runner: SyncRunner, proxy: FaultProxy) -> dict:
    proxy.reset_counts()
    started = time.perf_counter()
    result = runner.run_once(deliver=False)
    assert result.status["last_error"] is None, result.status["last_error"]
    return {
        "bytes": proxy.bytes_in + proxy.bytes_out,
        "bytes_sent": proxy.bytes_in,
        "bytes_received": proxy.bytes_out,
        "requests": len(proxy.log),
        "targets_downloaded": sum(1 for _, p, _ in proxy.log if p.startswith("/targets/")),
        "changed": result.changed,
        "seconds": round(time.perf_counter() - started, 3),
    }


class TimedRunner:
    """The kiosk's SyncRunner, adding up the CPU time of the worker thread that runs its cycles."""

    def __init__(self, runner: SyncRunner, profile: Path | None = None) -> None:
        self._runner = runner
        self.cpu_s = 0.0
        self._profile = profile

    def run_once(self, deliver: bool = True):  # noqa: ANN201 - SyncRunner's own result
        profiler = cProfile.Profile() if self._profile else None
        started = time.thread_time()
        try:
            if profiler is None:
                return self._runner.run_once(deliver)
            return profiler.runcall(self._runner.run_once, deliver)
        finally:
            self.cpu_s += time.thread_time() - started
            if profiler is not None and self._profile is not None:
                profiler.dump_stats(self._profile)

    def abort(self) -> None:
        """Not passed on: the benchmark stops its SyncService after the cycle has ended, and the runner,
        like the app's, lives on for the next cycle (an abort would cancel that one)."""

    def __getattr__(self, name: str):  # noqa: ANN204 - everything else is the runner's
        return getattr(self._runner, name)


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ui_blocking_sync(app: QApplication, data_dir: Path, state: StateStore, proxy: FaultProxy,
                     sync_runner: SyncRunner, profile: Path | None = None) -> dict:
    """One SyncService cycle with a 5 ms UI-thread timer running; the worst gap between its ticks, the
    wall and CPU seconds the kiosk spent, and the bytes on the wire. `sync_runner` is the kiosk's one
    runner, kept from cycle to cycle as the app's SyncService keeps it."""
    config = load_config(data_dir)
    runner = TimedRunner(sync_runner, profile)
    service = SyncService(config, state, interval_ms=3_600_000, runner=runner)  # type: ignore[arg-type]
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

    timer.setInterval(5)
    timer.timeout.connect(tick)
    service.content_changed.connect(reload)
    service.status_changed.connect(lambda _s: QTimer.singleShot(50, loop.quit))
    proxy.reset_counts()
    children_before = children_cpu_s()
    clock.start()
    timer.start()
    started = time.perf_counter()
    service.sync_now()
    loop.exec()
    seconds = time.perf_counter() - started
    timer.stop()
    service.stop()
    service.deleteLater()
    app.processEvents()
    apply_cpu = children_cpu_s() - children_before
    ordered = sorted(gaps)
    assert service.last_status.get("last_error") is None, service.last_status
    return {
        "wall_s": round(seconds, 3),
        "kiosk_cpu_s": round(runner.cpu_s + apply_cpu + sum(reload_cpu), 3),
        "apply_cpu_s": round(apply_cpu, 3),
        "sync_thread_cpu_s": round(runner.cpu_s, 3),
        "ui_ticks": len(gaps),
        "ui_max_gap_ms": max(gaps),
        "ui_p99_gap_ms": ordered[int(len(ordered) * 0.99)],
        "reload_on_ui_thread_ms": round(reload_ms[0], 1) if reload_ms else None,
        "bytes": proxy.bytes_in + proxy.bytes_out,
        "requests": len(proxy.log),
        "targets_downloaded": sum(1 for _, p, _ in proxy.log if p.startswith("/targets/")),
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


def profile_child(out: Path) -> None:
    """Run the apply child under cProfile, writing its stats to `out`."""
    from kiosk.data import isolated

    plain = isolated._command  # noqa: SLF001 - a benchmark's probe

    def profiled(bundle_dir: Path, data_dir: Path) -> list[str]:
        command = plain(bundle_dir, data_dir)
        return [command[0], "-m", "cProfile", "-o", str(out), *command[1:]]

    isolated._command = profiled  # noqa: SLF001


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--no-baseline", action="store_true", help="skip the whole-rebuild baseline")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the sync thread's one-change "
                        "cycle to this file (the figures then include the profiler's overhead)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        work = Path(tmp)
        # The apply child runs from compiled bytecode, as on an installed kiosk (the frozen build carries
        # it): where PYTHONDONTWRITEBYTECODE is set, every child would compile its modules again. The
        # bytecode goes to a folder of this run, not into the source tree.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
        deployment = new_deployment(work / "deploy")
        sample_files, sample_manifest = build_files(ROOT / "content" / "sample", work / "sample")
        deployment.publisher().publish_bundle(sample_files, sample_manifest)
        server = ServerThread(deployment.root).start()
        proxy = FaultProxy(server.port).start()
        data_dir = work / "kiosk"
        ensure_content(data_dir)
        write_kiosk_toml(data_dir, proxy.url, deployment.trust_root())
        state = StateStore(data_dir)
        runner = make_runner(load_config(data_dir), state)
        measured_poll(runner, proxy)  # first sync of the sample
        warm = measured_poll(runner, proxy)
        cold = measured_poll(make_runner(load_config(data_dir), state), proxy)

        started = time.perf_counter()
        agencies = registry(args.agencies)
        big_files, big_manifest = with_registry(sample_files, sample_manifest, agencies)
        deployment.publisher().publish_bundle(big_files, big_manifest)
        publish_s = time.perf_counter() - started
        app_runner = make_runner(load_config(data_dir), state)  # the app's: lives from cycle to cycle
        full = ui_blocking_sync(app, data_dir, state, proxy, app_runner)

        changed = agencies[len(agencies) // 2]
        changed["status"] = "revoked"
        changed["status_changed_on"] = "2026-11-27"
        changed_files, changed_manifest = with_registry(sample_files, sample_manifest, agencies)
        report = deployment.publisher().publish_bundle(changed_files, changed_manifest)
        del agencies, big_files, changed_files
        idle = idle_gaps(app)
        if args.profile:  # the apply child too, beside the sync thread's file
            profile_child(args.profile.with_suffix(".apply" + args.profile.suffix))
        one = ui_blocking_sync(app, data_dir, state, proxy, app_runner, args.profile)
        one["published_paths"] = list(report.paths)
        baseline = None if args.no_baseline else rebuild_baseline(data_dir, work)
        proxy.stop()
        server.stop()
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
        "one_agency_change": one,
        "ui_gaps_with_nothing_running": idle,
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
