"""The page process: the search process (server/phone/searcher.py) also renders first visits to agency pages.

At 100,000 agencies almost every visit to an agency page is a first one, and a first one cost the event loop
about 0.17 ms of CPU (a registry read, the page filled into its kept pieces, gzip) against some 0.007 ms for a
page it had already made. Under load the loop's one thread was the bottleneck while the machine's other core
was partly idle, and the first pass of the benchmark (benchmarks/phone_bench.py) waited on it. So the loop
hands such a page to the process beside it, which already has the registry database open, and goes on
answering; the page comes back made (status, headers, gzipped body) and is kept in the loop's page cache,
from which the waiting phone is answered.

The process renders with the same `Renderer` (server/phone/site.py) as the server, from a snapshot that
holds what an agency page reads of the content (`context_of`): the version, the sample flag and the
registry's "as of" date, the contacts (for the hotlines), when the server verified it, and the registry
database. So a page is the same bytes whichever process made it (tests/phone/test_page_process.py). The
server sends that context before the first page of each content version; a page asked of another version
than the one the process holds is answered with an error, and the server renders it itself.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from content.bundle_read import LoadedBundle
from server import registry_reader
from server.phone.registry import Registry
from server.phone.site import Renderer
from server.phone.source import Snapshot
from server.phone.words import Words

log = logging.getLogger(__name__)
Context = tuple[str, str, dict[str, Any], list[dict[str, Any]], datetime]


def context_of(snap: Snapshot) -> Context:
    """What of `snap` an agency page reads, as plain values (pickled into the process's pipe): the version,
    the registry database's path, the manifest's sample flag and registry date, the contacts, and when the
    server verified the content."""
    manifest = {"sample": snap.bundle.manifest["sample"],
                "registry_as_of": snap.bundle.manifest["registry_as_of"]}
    return snap.version, str(snap.registry.path), manifest, snap.bundle.contacts, snap.verified_at


def snapshot_of(context: Context) -> Snapshot:
    """The snapshot the process renders from: the server's, but for the content items an agency page
    does not read (articles, guides, alerts, ...), with the same registry database opened here."""
    version, path, manifest, contacts, verified_at = context
    bundle = LoadedBundle(manifest=manifest, topics=[], articles=[], alerts=[], guides=[],
                          contacts=contacts, agencies=[], warnings=[])
    return Snapshot(version, bundle, Registry.open(Path(path)), verified_at)


class Pages:
    """The process's side: the snapshot it holds and its renderer."""

    def __init__(self) -> None:
        self.renderer = Renderer()
        self.snap: Snapshot | None = None

    def answer(self, request: tuple[Any, ...]) -> tuple[Any, ...]:
        """Answer ``("context", id, context)`` with ``(id, True, None)``, and ``("page", id, version, lang,
        rest, up, today)`` with ``(id, (status, headers, gzipped body), None)``; ``(id, None, reason)``
        when the page cannot be made here (the server then makes it itself)."""
        kind, ident = request[0], request[1]
        try:
            if kind == "context":
                self.snap = snapshot_of(request[2])
                return ident, True, None
            if kind == "page":
                page = self._page(*request[2:])
                return (ident, page, None) if page is not None else (ident, None, "another content version")
        except Exception as exc:  # the server renders the page itself, and its log says why
            log.exception("page process: %s failed", kind)
            return ident, None, type(exc).__name__
        return ident, None, "unknown request"

    def _page(self, version: str, lang: str, rest: tuple[str, ...], up: str,
              today: str) -> tuple[int, dict[str, str], bytes] | None:
        snap = self.snap
        if snap is None or snap.version != version:
            return None
        reply = self.renderer.fresh(snap, Words(lang), list(rest), {}, up, date.fromisoformat(today), False)
        return reply.status, reply.headers, reply.packed or b""


def main() -> None:
    """The search process's main loop (server/registry_reader.py `main`), with pages."""
    registry_reader.main(other=Pages().answer)
