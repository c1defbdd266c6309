"""Packaging benchmark: build time, bundle size, and the built app's start against the source. Prints JSON.

- build: `pyinstaller --noconfirm --clean kiosk.spec`, timed (with --no-build the existing dist/kiosk/ is
  measured instead; build_s is then null);
- size: MB and files in dist/kiosk/ (symlinks counted once), and the largest parts of it;
- start: a fresh process until the attract screen's first paint (`KIOSK_EXIT_AFTER_FIRST_PAINT=1`, offscreen,
  on one content.db prepared first): the frozen `dist/kiosk/kiosk run` against `python -m kiosk run` from
  the checkout, interleaved (alternating which goes first) so machine load hits both alike, median of --runs
  each, as a ratio. Files are in the page cache ("warm"), as for a kiosk restarted by systemd. With
  --drop-caches (Linux, root) the page cache is also dropped before every start ("cold", as after a boot);
  that slows everything else on the machine for a moment, so it is not the default.

Run: `.venv/bin/python benchmarks/build_bench.py [--no-build] [--runs 5] [--drop-caches]`.
Compare the ratio within one run, not seconds across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DIST = ROOT / "dist" / "kiosk"
FROZEN = DIST / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
BUNDLE_MB_MAX = 250
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def build() -> float:
    """Seconds for a clean PyInstaller build of kiosk.spec (translations compiled first, not timed)."""
    from kiosk.tools.translations_build import compile_all

    compile_all()
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    start = time.perf_counter()
    cmd = [str(pyinstaller), "--noconfirm", "--clean", "--log-level", "WARN"]
    cmd += ["--workpath", "build/pyinstaller", "kiosk.spec"]  # as scripts/build-kiosk does
    subprocess.run(cmd, cwd=ROOT, check=True)
    return time.perf_counter() - start


def size(folder: Path) -> dict[str, object]:
    """Bytes on disk of every file once (symlinks not followed), and the biggest top-level parts."""
    total, files = 0, 0
    parts: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        n = path.stat().st_size
        total, files = total + n, files + 1
        rel = path.relative_to(folder).parts
        key = "/".join(rel[:3] if rel[:2] == ("_internal", "PySide6") else rel[:2])
        parts[key] = parts.get(key, 0) + n
    largest = sorted(parts.items(), key=lambda kv: -kv[1])[:8]
    return {
        "bundle_mb": round(total / 2**20, 1),
        "files": files,
        "largest_mb": {k: round(v / 2**20, 1) for k, v in largest},
    }


def _drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    DROP_CACHES.write_text("3\n")


def _first_paint(cmd: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        _drop_caches()
    start = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    line = next((x for x in out.stdout.splitlines() if x.startswith("first-paint")), None)
    if line is None:
        raise RuntimeError(f"{cmd[0]} did not paint (exit {out.returncode}): {out.stderr.strip()[-500:]}")
    return float(line.split()[1]) - start


def start_times(runs: int, data_dir: Path, cold: bool) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_AFTER_FIRST_PAINT": "1"}
    env.pop("NOTIFY_SOCKET", None)
    source_cmd = [sys.executable, "-m", "kiosk", "run", "--data-dir", str(data_dir)]
    frozen_cmd = [str(FROZEN), "run", "--data-dir", str(data_dir)]
    source: list[float] = []
    frozen: list[float] = []
    for i in range(runs):
        pairs = [(source, source_cmd), (frozen, frozen_cmd)]
        for samples, cmd in pairs if i % 2 == 0 else pairs[::-1]:
            samples.append(_first_paint(cmd, env, cold))
    s, f = statistics.median(source), statistics.median(frozen)
    return {"source_s": round(s, 3), "frozen_s": round(f, 3), "ratio": round(f / s, 2), "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="measure the existing dist/kiosk/")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true", help="also measure with a cold page cache")
    args = parser.parse_args()
    result: dict[str, object] = {"build_s": None if args.no_build else round(build(), 1)}
    if not FROZEN.exists():
        parser.error(f"{FROZEN} does not exist: build it first (scripts/build-kiosk)")
    result.update(size(DIST))
    with tempfile.TemporaryDirectory(prefix="kiosk-build-bench-") as tmp:
        from kiosk.app.bootstrap import ensure_content

        ensure_content(Path(tmp))  # the first start's sample apply is not part of either measurement
        result["start_warm"] = start_times(args.runs, Path(tmp), cold=False)
        result["start_cold"] = start_times(args.runs, Path(tmp), cold=True) if args.drop_caches else None
    result["targets"] = {"bundle_mb_max": BUNDLE_MB_MAX}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
