"""One-line errors for the command-line tools (`kiosk`, `kiosk-admin`), never a traceback to a person.

`closed_pipe_safe` also handles a reader that stops early (`kiosk-admin events | head`): Python would
print "BrokenPipeError" and a traceback, once for the write and again when it flushes stdout at exit.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., int])


def closed_pipe_safe(main: F) -> F:
    """Wrap a `main`: a closed stdout ends the command quietly with the shell's usual status (141)."""

    @functools.wraps(main)
    def wrapper(*args: object, **kwargs: object) -> int:
        try:
            result = main(*args, **kwargs)
            sys.stdout.flush()
            return result
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # so the flush at exit does not fail again
            return 141

    return wrapper  # type: ignore[return-value]  # functools.wraps loses the exact signature type
