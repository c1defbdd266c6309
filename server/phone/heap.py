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

What is made after the freeze (the page cache's entries, the searches and agencies kept, connections) is
walked by each full collection all the same: some 60,000 objects after a first pass, 20-40 ms with the loop
held. CPython makes one every ten collections of the middle generation: under first-pass load (the benchmark)
one every 6 to 11 seconds, 10 to 37 ms each, inside the p99 of the page types measured. Once a snapshot is
settled, a full collection waits for `FULL_EVERY` middle ones instead; the young generations, where nearly
all cyclic garbage (a closed connection's objects, a failed request's traceback) is found, are collected as
often as before.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
FULL_EVERY = 100  # middle-generation collections per full one (CPython's default: 10)


def settle_new_snapshot() -> None:
    """After a new snapshot is loaded (in the loader thread): free what the previous one left in
    reference cycles, then freeze what is alive now (the new snapshot among it)."""
    with _lock:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        young, middle, _full = gc.get_threshold()
        gc.set_threshold(young, middle, FULL_EVERY)


def keep() -> None:
    """Freeze what is alive now (the page cache just warmed, say), without collecting first."""
    with _lock:
        gc.freeze()
