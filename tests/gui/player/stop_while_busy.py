"""Child process for ``test_media_threads``: play and stop clips while the window thread does Qt work.

    python -m tests.gui.player.stop_while_busy ROUNDS

Each round makes a new :class:`PlayerService` (a fresh audio output, whose first renderer teardown is the
dangerous moment), plays a generated tone, then stops it while the window thread keeps resetting a table
model and scroll-bar ranges — Qt work that takes the same internal mutexes the FFmpeg audio thread holds
while it destroys its renderer. Prints ``round N`` after each round and ``done`` at the end; a deadlock
between the interpreter lock and a Qt mutex shows as a child that stops printing.
"""

from __future__ import annotations

import io
import math
import os
import struct
import sys
import time
import wave


def tone() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 5))) for i in range(16000)))
    return out.getvalue()


def main(rounds: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QScrollBar, QTableView

    from gui.player.service import PlayerService

    app = QApplication([])
    view = QTableView()
    view.show()
    bars = [QScrollBar() for _ in range(200)]
    n = 0

    def busy(ms: int) -> None:
        nonlocal n
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            view.setModel(QStandardItemModel(50, 3, view))
            for bar in bars:
                bar.setRange(0, n % 97)
                n += 1
            app.processEvents()

    wav = tone()
    service: PlayerService | None = None
    for i in range(rounds):
        if service is not None:
            service.unload()
            service.deleteLater()
        service = PlayerService()
        service.load(wav, f"tone{i}")
        service.play()
        busy(80)
        service.stop()
        busy(30)
        print(f"round {i}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
