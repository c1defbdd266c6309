"""How the kiosk starts its own child processes (`kiosk apply`, the sync process): the command, and dying
with the parent.

A child that outlived a killed kiosk could replace content.db while the next kiosk syncs, so on Linux every
such child is killed when the thread that started it dies (PR_SET_PDEATHSIG), and leaves at once if the
kiosk died before the signal was armed.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable
from functools import partial


def _load_libc() -> ctypes.CDLL | None:
    """The C library, loaded in the parent: loading it in the child would widen the fork window."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


_LIBC = _load_libc()


def kiosk_command(*args: str) -> list[str]:
    """The kiosk command with `args`: `python -m kiosk ARGS` from a checkout, the executable itself in the
    PyInstaller build (where `-m` does not exist)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "kiosk", *args]


def die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the child between fork and exec
    """Arm PR_SET_PDEATHSIG, then make sure `parent` did not die before it was armed.

    The signal only covers deaths after prctl; a kiosk killed between fork and prctl would leave the child
    running, and an orphaned apply can replace content.db while the next kiosk syncs (the kill tests saw a
    version published two runs earlier). After arming, a parent pid other than `parent` means the kiosk is
    already gone, so the child leaves before it execs.
    """
    if _LIBC is not None:
        _LIBC.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def child_preexec() -> Callable[[], None] | None:
    """The `preexec_fn` for a kiosk child on Linux (None elsewhere), bound to this process's pid."""
    return partial(die_with_parent, os.getpid()) if sys.platform.startswith("linux") else None
