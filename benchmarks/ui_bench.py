"""UI benchmark: cold start, tap-to-paint latency and memory growth. Prints one JSON object.

- cold start: a fresh `python -m kiosk run` process until the attract screen is first painted, as a
  ratio to a bare PySide6 window started the same way in the same run (median of --runs each); with the
  CPU seconds each process had used by its first paint as a cross-check (on a busy machine a process waits
  for a core, and the wall clock counts the wait; the CPU time does not);
- tap to next screen painted: 200 real taps (QTest mouse clicks on tiles and header buttons), each timed
  from the click until the new screen has been painted; p50/p95/max;
- the first search after start-up (the engine is made by the kiosk's warm-up, not by the first keystroke),
  and the slowest tap of the tour's first round (each screen's first showing);
- memory: resident set size before and after 1,000 navigation cycles (after a warm-up), growth in MB.

The JSON carries the targets (issue 11: ratio <= 2.3, p95 <= 16 ms, growth <= 5 MB per 1,000 cycles),
whether each was met, and the load average before and after: on a shared machine the tap latency follows
the load, so read the figures with it. Progress goes to stderr.

Run: `.venv/bin/python benchmarks/ui_bench.py [--runs 5] [--taps 200] [--cycles 1000] [--cold-only]`.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1920, 1080)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("first-paint", time.time(), "1920x1080", f"cpu={time.process_time():.4f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _first_paint(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching `cmd` to its first paint, and the CPU seconds it had used by then (both from
    the "first-paint TIME SIZE cpu=SECONDS" line that `KIOSK_EXIT_AFTER_FIRST_PAINT` makes it print)."""
    start = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    line = next((x for x in out.stdout.splitlines() if x.startswith("first-paint")), None)
    if line is None:
        raise RuntimeError(f"{cmd[:3]} did not paint (exit {out.returncode}): {out.stderr.strip()[-500:]}")
    fields = line.split()
    cpu = next(float(f.removeprefix("cpu=")) for f in fields if f.startswith("cpu="))
    return float(fields[1]) - start, cpu


def medians(samples: dict[str, list[tuple[float, float]]], baseline: str) -> dict[str, float]:
    """Median wall and CPU seconds of each kind of start, and each one's ratios to `baseline`'s."""
    result: dict[str, float] = {}
    wall = {name: statistics.median(s[0] for s in runs) for name, runs in samples.items()}
    cpu = {name: statistics.median(s[1] for s in runs) for name, runs in samples.items()}
    for name in samples:
        result[f"{name}_s"] = round(wall[name], 3)
        result[f"{name}_cpu_s"] = round(cpu[name], 3)
        if name != baseline:
            result[f"{name}_ratio"] = round(wall[name] / wall[baseline], 2)
            result[f"{name}_cpu_ratio"] = round(cpu[name] / cpu[baseline], 2)
    return result


def cold_start(runs: int, data_dir: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_AFTER_FIRST_PAINT": "1"}
    # An installed kiosk starts from compiled bytecode (pip and PyInstaller compile it); with
    # PYTHONDONTWRITEBYTECODE set machine-wide every start would compile each of its ~100 modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    kiosk_cmd = [sys.executable, "-m", "kiosk", "run", "--data-dir", str(data_dir)]
    # The first start applies the sample bundle and writes the bytecode; not part of the measurement.
    _first_paint(kiosk_cmd, env)
    samples: dict[str, list[tuple[float, float]]] = {"bare": [], "kiosk": []}
    for _ in range(runs):  # interleaved so that machine load affects both alike
        samples["bare"].append(_first_paint([sys.executable, "-c", BARE], env))
        samples["kiosk"].append(_first_paint(kiosk_cmd, env))
    figures = medians(samples, "bare")
    return {
        **figures,
        "ratio": figures["kiosk_ratio"],
        "cpu_ratio": figures["kiosk_cpu_ratio"],
        "kiosk_s_each": [round(wall, 3) for wall, _ in samples["kiosk"]],
        "bare_s_each": [round(wall, 3) for wall, _ in samples["bare"]],
        "runs": runs,
    }


def _kiosk(data_dir: Path):  # noqa: ANN202 - returns the app's Kiosk object
    from PySide6.QtWidgets import QApplication

    from kiosk.app.bootstrap import ensure_content
    from kiosk.app.compose import SCREENS, build_kiosk, configure_application
    from kiosk.app.config import load_config

    ensure_content(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    kiosk = build_kiosk(load_config(data_dir))
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    # As `kiosk run` does once the attract screen is up: the screens (and the search engine) are ready
    # before the first traveller.
    kiosk.warm_up()
    deadline = time.monotonic() + 120
    while not all(kiosk.navigator.built(name) for name in SCREENS) and time.monotonic() < deadline:
        app.processEvents()
    return app, kiosk


def _tap_plan(kiosk) -> list:  # noqa: ANN001
    """A tour of the kiosk as (description, function returning the widget to tap)."""
    from PySide6.QtWidgets import QWidget

    def screen(name: str) -> QWidget:
        return kiosk.navigator.screen(name)

    def tile(name: str, index: int = 0):  # noqa: ANN202
        return lambda: screen(name).grid.tiles()[index]

    def home_tile(target: str):  # noqa: ANN202
        return lambda: next(t for t in screen("home").grid.tiles() if t.property("target") == target)

    def back(name: str):  # noqa: ANN202
        return lambda: screen(name).header.back_button

    def home(name: str):  # noqa: ANN202
        return lambda: screen(name).header.home_button

    return [
        home_tile("alerts"),
        tile("alerts"),
        back("alert"),
        home("alerts"),
        home_tile("topics"),
        tile("topics"),
        tile("articles"),
        back("article"),
        home("articles"),
        home_tile("countries"),
        tile("countries", 1),
        home("guide"),
        home_tile("contacts"),
        home("contacts"),
    ]


def taps(kiosk, app, count: int) -> dict[str, float]:  # noqa: ANN001
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    painted: list[float] = []

    class PaintWatch(QObject):
        """Watches each screen's own paint events (installed on every screen as it opens, not on the whole
        application: an application-wide Python filter would add its own cost to every event of a tap)."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            current = kiosk.navigator.screen(kiosk.navigator.current_name)
            if obj is current and event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    watched: set[str] = set()

    def watch_screen(name: str) -> None:
        if name not in watched:
            watched.add(name)
            kiosk.navigator.screen(name).installEventFilter(watch)

    kiosk.navigator.changed.connect(watch_screen)
    kiosk.context.i18n.set_language("ru")
    kiosk.navigator.go("home")
    app.processEvents()
    plan = _tap_plan(kiosk)
    samples = []
    for i in range(count):
        target = plan[i % len(plan)]()
        painted.clear()
        start = time.perf_counter()
        QTest.mouseClick(target, Qt.MouseButton.LeftButton)
        deadline = start + 2
        while not painted and time.perf_counter() < deadline:
            app.processEvents()
        _run_loop_once(app)
        samples.append(((painted[0] if painted else deadline) - start) * 1000)
    kiosk.navigator.changed.disconnect(watch_screen)
    for name in watched:
        kiosk.navigator.screen(name).removeEventFilter(watch)
    first_visits = samples[: len(plan)]  # each screen's first showing since start-up
    samples.sort()
    return {
        "taps": count,
        "first_round_max_ms": round(max(first_visits), 1),
        "p50_ms": round(samples[len(samples) // 2], 1),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 1),
        "max_ms": round(samples[-1], 1),
    }


def _run_loop_once(app) -> None:  # noqa: ANN001
    """What one turn of the real event loop does, including deleting widgets scheduled with deleteLater()."""
    from PySide6.QtCore import QEvent

    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def memory(kiosk, app, cycles: int) -> dict[str, float]:  # noqa: ANN001
    import psutil

    process = psutil.Process()
    store = kiosk.context.store
    lang = kiosk.context.i18n.current
    alert = store.alerts(lang)[0].id
    topic = store.topics(lang)[0].id
    article = store.articles(topic, lang)[0].id
    country = store.guides(lang)[0].country

    def cycle() -> None:
        nav = kiosk.navigator
        for name, params in (
            ("home", {}),
            ("alerts", {}),
            ("alert", {"alert_id": alert}),
            ("topics", {}),
            ("articles", {"topic": topic}),
            ("article", {"article_id": article}),
            ("countries", {}),
            ("guide", {"country": country}),
            ("contacts", {}),
            ("check", {}),
            ("report", {}),
        ):
            nav.go(name, **params)
            _run_loop_once(app)
        nav.restart()
        _run_loop_once(app)

    for _ in range(50):
        cycle()
    gc.collect()
    before = process.memory_info().rss
    for _ in range(cycles):
        cycle()
    gc.collect()
    app.processEvents()
    after = process.memory_info().rss
    return {
        "cycles": cycles,
        "rss_before_mb": round(before / 2**20, 1),
        "rss_after_mb": round(after / 2**20, 1),
        "growth_mb": round((after - before) / 2**20, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--taps", type=int, default=200)
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--cold-only", action="store_true", help="only the cold start")
    args = parser.parse_args()
    load_before = [round(x, 2) for x in os.getloadavg()]
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        data_dir = Path(tmp)
        _progress("cold start")
        cold = result["cold_start"] = cold_start(args.runs, data_dir)
        if args.cold_only:
            result["met"] = {"cold_start_ratio": cold["ratio"] <= 2.3}
            result["load_average"] = _load(load_before)
            print(json.dumps(result, indent=2))
            return 0
        app, kiosk = _kiosk(data_dir)
        _progress("taps")
        started = time.perf_counter()
        kiosk.context.search.search("Namuna")  # a traveller's first keystroke on the check screen
        result["first_search_ms"] = round((time.perf_counter() - started) * 1000, 1)
        tap = result["tap_to_paint"] = taps(kiosk, app, args.taps)
        _progress("memory")
        mem = result["memory"] = memory(kiosk, app, args.cycles)
        kiosk.context.state.close()
    growth_per_1000 = mem["growth_mb"] * 1000 / max(1, args.cycles)
    result["targets"] = {
        "cold_start_ratio_max": 2.3, "tap_p95_ms_max": 16, "memory_growth_mb_per_1000_max": 5
    }
    result["met"] = {
        "cold_start_ratio": cold["ratio"] <= 2.3,
        "tap_p95_ms": tap["p95_ms"] <= 16,
        "memory_growth": growth_per_1000 <= 5,
    }
    result["load_average"] = _load(load_before)
    print(json.dumps(result, indent=2))
    return 0


def _load(before: list[float]) -> dict[str, object]:
    return {"before": before, "after": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count()}


def _progress(phase: str) -> None:
    print(f"ui_bench: {phase} ...", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
