"""The network edge of the TUF client: python-tuf's FetcherInterface over `sync.http.HttpClient`.

Two things on top of the stock fetcher: hard deadlines and a minimum rate (slow-retrieval protection that
also keeps shutdown quick), and a conditional GET for `timestamp.json`, the one file fetched on every poll:
an unchanged timestamp costs a bodiless 304 instead of the signed file. Every failure leaves as a
`tuf.api.exceptions.DownloadError`, so the updater and the kiosk see one kind of "try again later", with
one exception: a file that verified metadata names and the server answers 404 for is a `MissingFileError`,
which the kiosk counts as "rejected" (the repository is broken; waiting will not mend it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tuf.api import exceptions
from tuf.ngclient.fetcher import FetcherInterface

from sync.errors import MissingFileError
from sync.http import BodyTooLarge, HttpClient, HttpTimeout

# ngclient's own download_file enforces each file's signed length; this is only a backstop.
MAX_BODY = 64 << 20
_CONDITIONAL = ("/timestamp.json",)
_GONE = (404, 410)
_NEXT_ROOT = re.compile(r"/metadata/[0-9]+\.root\.json$")


class KioskFetcher(FetcherInterface):
    """Fetches for one kiosk; remembers the ETag and body of `timestamp.json` between polls."""

    def __init__(self, http_client: HttpClient) -> None:
        self._http = http_client
        self._cached: dict[str, tuple[str, bytes]] = {}

    def forget(self) -> None:
        """Drop remembered bodies: after a failed poll, one of them may be what failed verification."""
        self._cached.clear()

    def _fetch(self, url: str) -> Iterator[bytes]:
        conditional = url.endswith(_CONDITIONAL)
        cached = self._cached.get(url) if conditional else None
        headers = {"If-None-Match": cached[0]} if cached else {}
        try:
            exchange = self._http.open("GET", url, headers=headers)
        except HttpTimeout as exc:
            raise exceptions.SlowRetrievalError(str(exc)) from exc
        except (OSError, ValueError) as exc:
            raise exceptions.DownloadError(f"cannot reach {url}: {exc!r}") from exc
        if exchange.status == 304 and cached is not None:
            exchange.read(0)  # finishes the bodiless response so the connection can be reused
            return iter([cached[1]])
        if exchange.status != 200:
            exchange.close()
            if exchange.status in _GONE and _is_named_by_signed_metadata(url):
                raise MissingFileError(f"HTTP {exchange.status}: the server lost {url}", exchange.status)
            raise exceptions.DownloadHTTPError(f"HTTP {exchange.status} for {url}", exchange.status)
        if conditional and (etag := exchange.headers.get("etag")):
            body = b"".join(_chunks(exchange.chunks(1 << 20), url))
            self._cached[url] = (etag, body)
            return iter([body])
        return _chunks(exchange.chunks(MAX_BODY), url)


def _is_named_by_signed_metadata(url: str) -> bool:
    """Every file the updater asks for is named by metadata it has verified, except two: `timestamp.json`
    (the entry point: a 404 there is a wrong address or a server being set up) and the next root
    (`N.root.json`, where python-tuf takes a 404 to mean "no newer root")."""
    return not url.endswith("/timestamp.json") and not _NEXT_ROOT.search(url)


def _chunks(chunks: Iterator[bytes], url: str) -> Iterator[bytes]:
    """The body, with every failure while reading it turned into a DownloadError subclass."""
    try:
        yield from chunks
    except BodyTooLarge as exc:
        raise exceptions.DownloadLengthMismatchError(f"{url}: {exc}") from exc
    except HttpTimeout as exc:
        raise exceptions.SlowRetrievalError(f"{url}: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise exceptions.DownloadError(f"{url}: download failed: {exc!r}") from exc
