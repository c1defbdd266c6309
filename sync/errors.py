"""Why a sync failed, in the three classes a kiosk acts on differently.

- `transient`: the network or the server is unavailable or slow ("try again later"). Nothing is wrong with
  what the kiosk trusts; it retries on the next poll.
- `rejected`: the server sent something that failed verification (a bad signature, a rollback, expired
  metadata, a target that does not match its signed hash, a signed bundle the kiosk cannot read). The kiosk
  keeps its content, records the class, and shows it in `kiosk status` and in the fleet view: someone must
  look, because this is what an attack looks like.
- `local`: this kiosk cannot sync at all (no trust root, disk full); an engineer must fix the kiosk.

python-tuf makes the same split with `DownloadError` apart from `RepositoryError` (tuf/api/exceptions.py).
"""

from __future__ import annotations

from tuf.api import exceptions as tuf_errors

from content.errors import BundleError
from sync.interfaces import ApplyError, ErrorInfo

TRANSIENT = "transient"
REJECTED = "rejected"
LOCAL = "local"


class SyncError(Exception):
    """A sync failure of this package's own making; `kind` is one of the three classes above."""

    kind = REJECTED


class LayoutError(SyncError):
    """Well-signed metadata that does not describe a kiosk bundle (a missing file, a bad custom field)."""


class RollbackError(SyncError):
    """The server offered older signed metadata than this kiosk has already applied."""


class MissingFileError(SyncError, tuf_errors.DownloadHTTPError):
    """The server answered 404/410 for a file the signed metadata names (a target, or a role's metadata
    listed in the snapshot): the repository on the server is broken or being tampered with, and waiting
    will not fix it. A `DownloadHTTPError` too, so python-tuf handles it where it expects one."""

    def __init__(self, message: str, status_code: int) -> None:
        tuf_errors.DownloadHTTPError.__init__(self, message, status_code)


class NoTrustRootError(SyncError):
    """The kiosk has no bootstrap root.json, so it cannot verify anything and must not try."""

    kind = LOCAL


class Cancelled(Exception):  # noqa: N818 - not an error: the kiosk is shutting down
    """The poll was stopped on purpose (the app is closing); nothing was changed."""


def classify(exc: BaseException) -> ErrorInfo:
    """The class of a failure. A body longer than its signed length counts as rejected, not as slowness."""
    name = type(exc).__name__
    message = str(exc)[:300] or name
    if isinstance(exc, SyncError):
        return ErrorInfo(exc.kind, name, message)
    if isinstance(exc, tuf_errors.DownloadLengthMismatchError):
        return ErrorInfo(REJECTED, name, message)
    if isinstance(exc, tuf_errors.DownloadError):
        return ErrorInfo(TRANSIENT, name, message)
    if isinstance(exc, tuf_errors.RepositoryError | BundleError | ApplyError):
        return ErrorInfo(REJECTED, name, message)
    return ErrorInfo(LOCAL, name, message)  # OSError (disk full, permissions) and anything unforeseen
