"""Apply a bundle in a child process (`kiosk apply`), so the app's UI thread never waits for it.

A thread is not enough for a 100,000-agency registry: parsing it, and above all freeing the parsed bundle
when `apply_bundle` returns (~40 ms) and Python's collections of millions of objects, hold the GIL, and
the UI thread stalled up to 70 ms in the benchmark. The child runs the foundation's own `kiosk apply`
(`kiosk.data.apply.apply_bundle`, atomic), so the result on disk is the same; a bundle the child rejects
raises ApplyError here as it would in-process. Killing the child at any moment is safe (that is what the
kill tests check); on Linux the child is killed when the thread that started it dies, so an apply can
never outlive a killed kiosk and race the next one (`kiosk.data.child`).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from kiosk.data.child import child_preexec, kiosk_command
from sync.interfaces import ApplyError


def _command(bundle_dir: Path, data_dir: Path) -> list[str]:
    return kiosk_command("apply", str(bundle_dir), "--data-dir", str(data_dir))


def apply_isolated(bundle_dir: Path, data_dir: Path, check: Callable[[], None], root: Path) -> str:
    """Apply `bundle_dir` to `data_dir` in a child; returns the applied version.

    `check()` is called a few times a second and may raise (the app is closing): the child is then killed
    and the exception propagates; content.db is the old one or the new one, never half of either.
    """
    child = subprocess.Popen(
        _command(bundle_dir, data_dir), cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=child_preexec(),  # noqa: PLW1509 - only prctl and getppid (kiosk.data.child)
    )
    try:
        while True:
            try:
                out, err = child.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                check()
    except BaseException:
        child.kill()
        child.wait()
        raise
    if child.returncode == 1 and err.startswith("kiosk apply: "):
        raise ApplyError(err.removeprefix("kiosk apply: ").strip())
    if child.returncode != 0 or not out.startswith("applied bundle "):
        raise OSError(f"kiosk apply exited with {child.returncode}: {err.strip()[-300:]}")
    return out.split()[2].rstrip(":")
