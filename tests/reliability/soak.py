"""Long run (L8) in a child process: open/close exports and play clips in a loop, sampling resources.

    python -m tests.reliability.soak EXPORT [cycles] [plays]

Prints ``@@SOAK@@{json}``: samples of RSS (MB), threads, open file descriptors and temp-folder entries
after a warm-up and at the end of each phase.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import psutil


def sample(label: str) -> dict:
    gc.collect()
    proc = psutil.Process()
    tmp = Path(tempfile.gettempdir())
    return {"label": label, "rss_mb": proc.memory_info().rss / 2**20, "threads": proc.num_threads(),
            "fds": proc.num_fds(), "temp": len(list(tmp.iterdir()))}


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.platform import netguard

    netguard.install()
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from core.rules.finding import ReviewContext
    from core.rules.registry import run_rules
    from core.source.archive import ExportSource
    from core.vendors import parse_export
    from gui.player.service import PlayerService

    export, cycles, plays = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    samples = []
    app = QApplication.instance() or QApplication(["soak"])
    for n in range(cycles):
        with ExportSource.open([export]) as source:
            run_rules(parse_export(source), ReviewContext(owner_has_no_device=True))
        if n in (4, cycles - 1):
            samples.append(sample(f"open/close {n + 1}"))
    with ExportSource.open([export]) as source:
        exported = parse_export(source)
        members = [m for m in exported.recordings["audio_member"] if isinstance(m, str)]
        clips = [source.read_bytes(m) for m in members]
    service = PlayerService()
    played = 0
    for n in range(plays):
        service.load(clips[n % len(clips)], f"clip-{n}", "wav")
        if service.available:
            service.play()
            deadline = time.monotonic() + 2
            while service.state != "playing" and time.monotonic() < deadline:
                QCoreApplication.processEvents()
                time.sleep(0.002)
            played += service.state == "playing"
        QCoreApplication.processEvents()
        service.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the app's event loop does
        if n in (49, plays // 2 - 1, plays - 1):
            samples.append(sample(f"play {n + 1}"))
    del app
    print("@@SOAK@@" + json.dumps({"samples": samples, "played": played, "available": service.available}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
