"""An apply child must never outlive the kiosk that started it, even when the kiosk dies right after the fork.

The clean-clone CI once saw a kill test find content.db at a version published two runs earlier: the kiosk was
killed between fork and the child's PR_SET_PDEATHSIG, so the orphaned apply ran on and replaced content.db
during the next run. This test opens that window on purpose: the child waits, before it arms the signal, until
its parent has died.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

PARENT = textwrap.dedent("""
    import os, sys, threading, time
    from pathlib import Path
    from kiosk.data import child, isolated

    out = Path(sys.argv[1])
    me = os.getpid()
    armed = child.die_with_parent

    def late(*args, **kwargs):  # runs in the forked child: let the parent die first
        (out / "child.pid").write_text(str(os.getpid()))
        while os.getppid() == me:
            time.sleep(0.01)
        armed(*args, **kwargs)

    child.die_with_parent = late  # what every kiosk child (apply, sync process) arms
    isolated._command = lambda bundle, data: [
        sys.executable, "-c", f"open({str(out / 'applied')!r}, 'w').write('ran')"]
    threading.Thread(target=isolated.apply_isolated,
                     args=(out, out, lambda: None, Path.cwd()), daemon=True).start()
    while not (out / "child.pid").exists():
        time.sleep(0.01)
    os._exit(0)  # the kiosk is killed after the fork, before the child armed its death signal
""")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_apply_child_of_a_parent_dead_before_arming_does_not_run(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-c", PARENT, str(tmp_path)], cwd=REPO_ROOT, check=True, timeout=60)
    pid = int((tmp_path / "child.pid").read_text())
    deadline = time.monotonic() + 60
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid), "the orphaned apply child is still running a minute later"
    assert not (tmp_path / "applied").exists(), "the apply child ran after its kiosk had died"
