"""Synthetic voice clips: espeak-ng speech converted with sox to 16 kHz mono 16-bit WAV.

Clips are cached by (text, voice) under ``tests/.synth-cache`` (git-ignored), so test runs after the
first one do not spawn espeak-ng. :func:`wav` rebuilds a WAV with optional ``LIST/INFO ICRD`` metadata.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

CACHE = Path(os.environ.get("DOSSIER_SYNTH_CACHE", Path(__file__).resolve().parent.parent / ".synth-cache"))
VOICES = ("de+m3", "de+f3")
RATE = 16000


def tools_available() -> bool:
    return shutil.which("espeak-ng") is not None and shutil.which("sox") is not None


def speak(text: str, voice: str = VOICES[0], speed: int = 165) -> bytes:
    """16 kHz mono 16-bit PCM samples (little endian) of ``text`` spoken by ``voice``."""
    key = hashlib.sha256(f"{voice}|{speed}|{text}".encode()).hexdigest()[:24]
    cached = CACHE / f"{key}.pcm"
    if cached.exists():
        return cached.read_bytes()
    if not tools_available():
        return tone(len(text) * 0.06)
    with tempfile.TemporaryDirectory(prefix="dossier-synth-") as tmp:
        raw, out = Path(tmp) / "raw.wav", Path(tmp) / "out.raw"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text], check=True,
                       capture_output=True, timeout=60)
        subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed-integer",
                        "-t", "raw", str(out), "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02",
                        "0.5%", "reverse"], check=True, capture_output=True, timeout=60)
        pcm = out.read_bytes()
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp_path = cached.with_suffix(f".{os.getpid()}.tmp")
    tmp_path.write_bytes(pcm)
    os.replace(tmp_path, cached)
    return pcm


def tone(seconds: float, freq: float = 440.0) -> bytes:
    """A plain sine tone (fallback when espeak-ng/sox are missing)."""
    import math

    n = int(seconds * RATE)
    return b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / RATE))) for i in range(n))


def room_noise(seconds: float, seed: int = 0) -> bytes:
    """Quiet, deterministic room noise (about -56 dBFS): what a device keeps when it wakes by mistake."""
    import random

    rng = random.Random(seed)
    return b"".join(struct.pack("<h", int(rng.gauss(0.0, 50.0))) for _ in range(int(seconds * RATE)))


def wav(pcm: bytes, *, icrd: str | None = None, rate: int = RATE, info_after_data: bool = False) -> bytes:
    """A PCM WAV file; ``icrd`` adds a ``LIST/INFO ICRD`` creation date (before the data by default)."""
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    data = b"data" + struct.pack("<I", len(pcm)) + pcm + (b"\x00" if len(pcm) % 2 else b"")
    chunks = [fmt]
    info = b""
    if icrd is not None:
        value = icrd.encode("ascii") + b"\x00"
        if len(value) % 2:
            value += b"\x00"
        sub = b"ICRD" + struct.pack("<I", len(value)) + value
        info = b"LIST" + struct.pack("<I", 4 + len(sub)) + b"INFO" + sub
    chunks += [data, info] if info_after_data else [info, data]
    body = b"WAVE" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def vary(pcm: bytes, seed: int) -> bytes:
    """A distinct variant of a clip: a little leading silence and a gain change (for benchmarks)."""
    lead = b"\x00\x00" * (seed % 97 + 1)
    gain = 0.8 + (seed % 7) * 0.05
    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm[: len(pcm) // 2 * 2])
    scaled = struct.pack(f"<{len(samples)}h", *(max(-32768, min(32767, int(s * gain))) for s in samples))
    return lead + scaled


def duration(pcm: bytes, rate: int = RATE) -> float:
    return round(len(pcm) / (2 * rate), 3)


def mp3_frames(count: int = 3) -> bytes:
    """``count`` back-to-back MPEG-1 Layer III frame headers (128 kbit/s, 44.1 kHz) with empty bodies: bytes
    that parse as an MP3 container (for tests that swap in a fake decoder), not meaningful audio."""
    return (bytes.fromhex("fffb9000") + bytes(413)) * count
