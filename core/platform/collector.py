"""Python's cyclic garbage collector paused around bulk work, shared by every thread that asks.

A full collection walks every tracked object of the process while holding the interpreter lock: with pandas,
matplotlib, Qt and an opened export loaded that is 30–60 ms in which no other thread — the window's included —
runs a line. Listing an archive, parsing an export and importing the export pages' modules make hundreds of
thousands of long-lived objects and almost no garbage cycles, so the collector is off while they run, and what
they made is frozen afterwards (``gc.freeze``: left out of later full collections).

The collector is process-wide, so the pause is counted: it is switched back on when the last of overlapping
pauses (an import beside the start-up preload, say) ends, and only if it was on when the first began.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextlib.contextmanager
def paused(*, unfreeze: bool = False) -> Iterator[None]:
    """The collector off while the block runs (also on errors); what exists at its end is frozen.

    ``unfreeze``: first return the objects frozen before to the collector's care, so that what an earlier
    import made and the caller has since dropped (a closed export) is collected again once the pause ends.
    """
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
        _holders += 1
        if unfreeze:
            gc.unfreeze()
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            gc.freeze()
            if _holders == 0 and _was_enabled:
                gc.enable()


def freeze_survivors() -> None:
    """Collect the young generations, then leave every object that survived out of later full collections: called
    once a shown export's tables and search indexes are made, which live until the export is closed (a full
    collection that walked them held the interpreter 30-40 ms, for the window too). Not after each new set of
    findings: objects frozen while alive and dropped later in a cycle are never collected (~3,000 of them per rules
    run), until the next import unfreezes. Nothing is done during a pause, whose end freezes anyway.

    Only the young generations: what the window just dropped is there. A full collection here also walked every
    entry of the new search indexes' lists (17 ms of the window's thread on the benchmark export, as one pause) and
    found 0-6 more objects; those, cycles already in the oldest generation, are frozen too and freed with the
    rest when the next import unfreezes."""
    with _lock:
        if _holders == 0:
            gc.collect(1)
            gc.freeze()


def pauses() -> int:
    """How many pauses are under way (for tests)."""
    return _holders
