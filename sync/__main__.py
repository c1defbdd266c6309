"""`python -m sync ...`: the old name of `kiosk sync ...`, kept as an alias.

The headless sync cycle used to be started as `python -m sync --data-dir DIR [--loop] [--no-deliver]`, and
`python -m sync --status [--json]` printed the status. Both now belong to the kiosk (`kiosk sync`, `kiosk
status`), because only the kiosk knows its settings, state.db and content.db, and `sync/` never imports
`kiosk/`. So the alias crosses a process boundary instead of an import: it runs the `kiosk` command with
the same arguments. On POSIX the kiosk replaces this process (same process id, so whoever started
`python -m sync` can still stop or kill it, and its exit code is the kiosk's); elsewhere it runs as a child
whose exit code is passed on.
"""

from __future__ import annotations

import os
import subprocess
import sys


def kiosk_command(argv: list[str]) -> list[str]:
    """The `kiosk` command line that does what `python -m sync ARGV` did."""
    args = list(argv)
    command = "sync"
    if "--status" in args:  # the old `python -m sync --status [--json]`
        args.remove("--status")
        command = "status"
    return [sys.executable, "-m", "kiosk", command, *args]


def main(argv: list[str] | None = None) -> int:
    command = kiosk_command(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        sys.stdout.flush()
        os.execv(command[0], command)  # noqa: S606 - our own interpreter, fixed module, the user's arguments
    try:
        return subprocess.call(command)  # noqa: S603 - as above
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
