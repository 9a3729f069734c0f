"""Benchmark: from the key press that plays a clip to its first audio frame leaving the app.

    source scripts/audio_env.sh
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_click_to_sound.py [--runs 10]

The real clip player (``gui.player.panel.PlayerPanel``) is given a clip that is loud from its very first
sample (a 440 Hz tone, made in memory — no voice, no file); the play button has the focus and a Space key
press is sent to it, as a user would. ``parec`` records the PulseAudio sink's monitor (the null sink of
``scripts/audio_env.sh``, or the default sink) in 5 ms fragments on a reader thread that timestamps each
fragment on arrival. Reported per run, median and worst:

* key → Qt "playing": the key press until QMediaPlayer says it plays;
* key → first frame: the key press until the first non-silent fragment arrives from the monitor — what
  the sound server received from the app, plus up to one fragment (5 ms) of recording granularity.

What remains between that frame and the loudspeaker is the sound server's and the device's own buffer
(on the PulseAudio null sink that is the sink's latency; on a laptop's sound card typically 20–50 ms).
"""

from __future__ import annotations

import argparse
import io
import math
import os
import statistics
import struct
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RATE = 48000
FRAGMENT_MS = 5
LOUD = 2000  # 16-bit sample magnitude that counts as sound (the tone peaks at ~16000)


def tone_wav(seconds: float = 1.5) -> bytes:
    """A 16-bit mono WAV of a 440 Hz tone at about -6 dBFS that starts at full level."""
    frames = b"".join(struct.pack("<h", int(16000 * math.sin(2 * math.pi * 440 * i / RATE)))
                      for i in range(int(RATE * seconds)))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    return out.getvalue()


class Monitor:
    """``parec`` on the sink's monitor; :meth:`first_sound_after` is when sound first arrived after a time."""

    def __init__(self, device: str) -> None:
        self.arrivals: list[tuple[float, bool]] = []  # (monotonic arrival, loud)
        self._proc = subprocess.Popen(
            ["parec", f"--device={device}", "--format=s16le", f"--rate={RATE}", "--channels=1", "--raw",
             f"--latency-msec={FRAGMENT_MS}"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        size = RATE * FRAGMENT_MS // 1000 * 2
        while True:
            chunk = self._proc.stdout.read1(size) if hasattr(self._proc.stdout, "read1") else \
                self._proc.stdout.read(size)
            if not chunk:
                return
            now = time.monotonic()
            count = len(chunk) // 2
            samples = struct.unpack(f"<{count}h", chunk[:count * 2])
            self.arrivals.append((now, any(abs(s) > LOUD for s in samples)))

    def first_sound_after(self, start: float) -> float | None:
        return next((t for t, loud in list(self.arrivals) if t >= start and loud), None)

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)


def sink_monitor() -> str:
    sink = subprocess.run(["pactl", "get-default-sink"], capture_output=True, text=True, check=True).stdout.strip()
    return f"{sink}.monitor"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from gui.player.panel import PlayerPanel

    app = QApplication.instance() or QApplication(sys.argv)
    clip = tone_wav()

    class MemorySource:  # the player reads clips through the export's source; here one clip in memory
        def read_bytes(self, _member: str) -> bytes:
            return clip

    panel = PlayerPanel()
    panel.resize(1000, 420)
    panel.show()
    panel.set_source(MemorySource())  # type: ignore[arg-type]
    panel.show_recording({"id": "tone", "audio_member": "tone.wav", "audio_format": "wav"}, [])
    if not panel.service.available:
        print("no audio output: run `source scripts/audio_env.sh` first", file=sys.stderr)
        return 1
    monitor = Monitor(sink_monitor())

    def pump(until: float, done: object = None) -> None:
        while time.monotonic() < until and not (callable(done) and done()):
            app.processEvents()
            time.sleep(0.001)

    pump(time.monotonic() + 1.0)  # parec and the player settle
    to_state: list[float] = []
    to_sound: list[float] = []
    for run in range(args.runs):
        panel.service.stop()
        pump(time.monotonic() + 1.0)  # the sink falls silent
        panel.transport.play.setFocus()
        playing: list[float] = []
        panel.service.stateChanged.connect(lambda s, box=playing: box.append(time.monotonic()) if s == "playing"
                                           else None)
        start = time.monotonic()
        QTest.keyClick(panel.transport.play, Qt.Key.Key_Space)
        pump(start + 5.0, lambda t=start: monitor.first_sound_after(t) is not None)
        sound = monitor.first_sound_after(start)
        panel.service.stateChanged.disconnect()
        if not playing or sound is None:
            print(f"run {run + 1}: no sound within 5 s", file=sys.stderr)
            continue
        to_state.append(playing[0] - start)
        to_sound.append(sound - start)
        print(f"run {run + 1}: key → Qt playing {1000 * to_state[-1]:.0f} ms, "
              f"key → first frame {1000 * to_sound[-1]:.0f} ms")
    monitor.close()
    panel.service.unload()
    if not to_sound:
        return 1
    for name, values in (("key → Qt playing", to_state), ("key → first frame", to_sound)):
        print(f"{name}: median {1000 * statistics.median(values):.0f} ms, worst {1000 * max(values):.0f} ms "
              f"({len(values)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
