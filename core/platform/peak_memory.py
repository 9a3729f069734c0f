"""This process's peak resident memory, as the system reports it (the benchmark's figures, a batch worker's row)."""

from __future__ import annotations

import sys


def peak_rss_mib() -> float | None:
    """This process's peak resident memory in MiB: ``VmHWM`` where there is /proc. ``ru_maxrss`` is only the
    fallback: a spawned process inherits its parent's (a child of a 400 MiB process read 414 MiB against a VmHWM of
    67 MiB). ``None`` where the system tells neither (Windows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / (1 << 20 if sys.platform == "darwin" else 1024)
