"""The interpreter handed between threads more often while a thread decompresses beside Python work.

zlib lets go of the interpreter while it decompresses, but takes it back after each block of output it makes
(several per call). While another thread runs Python — a listing's header walk, module imports — each take-back
waits for Python's switch interval, 5 ms by default: a gzip pass beside a busy thread ran at under half its speed
(200 MiB: 2.2 s against 0.9 s at 0.5 ms, the busy thread's own pace unchanged). The window sets 1 ms for the whole
app (``gui.start.app``); a pass outside it (``dossier scan``, the batch) asks for the same while it runs.

The interval is process-wide, so requests are counted: the shortest interval asked for holds until the last
request ends, and the interval found before the first is then restored.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

QUICK_S = 0.001  # as the window's (gui.start.app)

_lock = threading.Lock()
_holders = 0
_before = 0.0


@contextlib.contextmanager
def quick(interval: float = QUICK_S) -> Iterator[None]:
    """Switch threads at least every ``interval`` seconds while the block runs (also on errors)."""
    global _holders, _before
    with _lock:
        if _holders == 0:
            _before = sys.getswitchinterval()
        _holders += 1
        sys.setswitchinterval(min(interval, sys.getswitchinterval()))
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                sys.setswitchinterval(_before)
