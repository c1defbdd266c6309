"""The phone edition keeps the garbage collector's full collections short: what lives as long as a snapshot
is frozen once it is loaded and warmed (server/phone/heap.py), and what an older snapshot left in
reference cycles is freed when a newer one replaces it, not kept for ever."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from server.phone import heap
from tests.phone.conftest import SAMPLE, TODAY, until
from tests.testkit.serve import ServerThread, new_deployment


class _Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_new_snapshot_frees_the_cycles_the_frozen_old_one_left() -> None:
    old = _Node()
    alive = weakref.ref(old)
    heap.keep()  # the old snapshot, frozen while it was served
    del old  # replaced: now garbage, but in a cycle and out of the collector's sight
    gc.collect()
    assert alive() is not None  # frozen objects are not collected: without a thaw they would stay
    heap.settle_new_snapshot()
    assert alive() is None
    assert gc.get_freeze_count() > 0  # what is alive now (the new snapshot) is frozen in turn


def test_the_server_freezes_what_its_content_holds_once_loaded_and_warmed(tmp_path: Path) -> None:
    deployment = new_deployment(tmp_path / "deploy")
    deployment.publish_source(SAMPLE)
    server = ServerThread(deployment.root, refresh_interval_s=None, today=lambda: TODAY).start()
    try:
        site = server.server.config.app.state.phone_site
        until(lambda: site.content.peek() is not None and gc.get_freeze_count() > 0,
              what="the content frozen")
        frozen = gc.get_freeze_count()
        snap = site.content.peek()
        assert frozen > 1000
        assert not any(obj is snap for obj in gc.get_objects())  # the snapshot is out of the collector's walk
    finally:
        server.stop()


_FULL_COLLECTIONS = """
import gc, sys
from server.phone import heap
if sys.argv[1] == "settled":
    heap.settle_new_snapshot()
before = gc.get_stats()[2]["collections"]
kept = [[n] for n in range(300_000)]  # what a first pass of new pages and searches leaves in the caches
print(gc.get_stats()[2]["collections"] - before)
"""


def _full_collections(state: str) -> int:
    """Full collections a fresh interpreter makes while 300,000 new objects come to stay."""
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _FULL_COLLECTIONS, state], capture_output=True, text=True,
                         check=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, timeout=120)
    return int(out.stdout.split()[-1])


def test_full_collections_are_rare_once_a_snapshot_is_settled() -> None:
    """With the snapshot frozen, a full collection walks only what was made since, yet each still held the
    loop some 20-40 ms at 60,000 objects (page cache entries, kept searches and agencies, connections), and
    CPython's default made one every ten middle collections: one every few seconds of a first pass under
    load. After a snapshot is settled a full collection waits for `heap.FULL_EVERY` of them instead; the young
    generations (where nearly all cyclic garbage dies) are collected as before."""
    assert _full_collections("default") >= 3
    assert _full_collections("settled") == 0
