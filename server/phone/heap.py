"""Keeping the cyclic garbage collector's pauses out of the phone edition's page times.

A snapshot of a 100,000-agency registry, its ordered vacancy lists and the pages rendered ahead are a few
million objects that live as long as the snapshot. CPython's full collection walks every one of them, with
the interpreter lock held: measured under load (benchmarks/phone_bench.py, 200 connections), full
collections of 70 to 250 ms came every few seconds, and while one ran the event loop answered nothing, so
they made the p99 of every page type. `gc.freeze()` moves the objects alive at that moment out of the
collector's sight: it is called once a snapshot is loaded and once its pages have been rendered ahead.
When a newer snapshot replaces it, the frozen objects are handed back (`gc.unfreeze()`) and collected once,
so that the old snapshot's reference cycles are freed rather than kept for ever; that one collection is the
only full one a publish costs. Objects freed by reference counting (nearly all) are freed frozen or not.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()


def settle_new_snapshot() -> None:
    """After a new snapshot is loaded (in the loader thread): free what the previous one left in
    reference cycles, then freeze what is alive now (the new snapshot among it)."""
    with _lock:
        gc.unfreeze()
        gc.collect()
        gc.freeze()


def keep() -> None:
    """Freeze what is alive now (the page cache just warmed, say), without collecting first."""
    with _lock:
        gc.freeze()
