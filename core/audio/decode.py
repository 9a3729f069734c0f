"""Decoding voice clips safely: PCM WAV in-process, everything else through a sandboxed ffmpeg.

Policy (docs: reliability §3): clips are decoded from bytes in memory; nothing is written to disk.
WAV (PCM 8/16/24/32-bit, float 32/64) is read in-process after :mod:`core.audio.wav_header` validates it, so a
header that claims 4 GB with a 1-second body yields 1 second and a 0-channel header a clear error. Other formats
go — only when they parse as a real audio container (:mod:`core.audio.containers`) — to the ffmpeg
bundled in ``imageio_ffmpeg`` with that format forced (``-f``) and no protocol but ``pipe`` (absolute
path only, never a bare name found on PATH or in the working directory), fed through stdin, with a
wall-clock timeout, an output cap and, on POSIX, CPU and memory limits. pydub is used only on raw PCM
already in memory (:func:`audio_segment`) — never ``from_file``/``export``, which leak audio into temporary files.
Every failure is a :class:`core.errors.ClipUnplayable` with one plain sentence.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import subprocess
import sys
import threading
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from core.audio.containers import container_format
from core.audio.wav_header import IEEE_FLOAT, MAX_RATE, MIN_RATE, PCM, WavInfo, parse_wav_header
from core.errors import ClipUnplayable
from core.i18n import _

if TYPE_CHECKING:
    from pydub import AudioSegment

DEFAULT_RATE = 16_000
PLAY_RATE = 24_000  # compressed clips are decoded to this rate for playback
MAX_PLAY_SECONDS = 900.0
MAX_INPUT_BYTES = 256 * 1024 * 1024  # a single clip larger than this is refused
FFMPEG_TIMEOUT_S = 60.0
FFMPEG_CPU_S = 60  # RLIMIT_CPU for the child
FFMPEG_MEMORY = 1536 * 1024 * 1024  # RLIMIT_AS for the child
STDERR_CAP = 64 * 1024

if sys.platform != "win32":
    import resource
else:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]


# --- ffmpeg -------------------------------------------------------------------------------------

def ffmpeg_path() -> str:
    """The absolute path of the ffmpeg Dossier runs: ``DOSSIER_FFMPEG`` if set, else imageio_ffmpeg's binary."""
    configured = os.environ.get("DOSSIER_FFMPEG")
    if configured:
        path = Path(configured)
        if path.is_absolute() and path.is_file() and os.access(path, os.X_OK):
            return str(path)
        raise ClipUnplayable(_("The ffmpeg set in DOSSIER_FFMPEG must be the absolute path of a program."),
                             detail=f"DOSSIER_FFMPEG={configured!r}")
    spec = importlib.util.find_spec("imageio_ffmpeg")
    if spec is not None and spec.origin:
        binaries = Path(spec.origin).resolve().parent / "binaries"
        suffix = ".exe" if sys.platform == "win32" else ""
        if binaries.is_dir():
            for candidate in sorted(binaries.iterdir()):
                if (candidate.name.startswith("ffmpeg") and candidate.is_file()
                        and candidate.suffix not in (".py", ".md", ".txt")
                        and (candidate.name.endswith(suffix) if suffix else os.access(candidate, os.X_OK))):
                    return str(candidate)
    raise ClipUnplayable(_("This clip cannot be played because the audio decoder (ffmpeg) is missing from "
                         "this installation."))


def _limit_child() -> None:  # pragma: no cover - runs in the child between fork and exec
    # no imports, no logging, no locks here (other threads exist); a limit the OS refuses is skipped
    if resource is not None:
        for limit, value in ((resource.RLIMIT_CPU, (FFMPEG_CPU_S, FFMPEG_CPU_S + 5)),
                             (resource.RLIMIT_AS, (FFMPEG_MEMORY, FFMPEG_MEMORY))):
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(limit, value)


def _run_ffmpeg(data: bytes, fmt: str, max_seconds: float, rate: int) -> bytes:
    """Decode ``data`` (a container of format ``fmt``, see :mod:`core.audio.containers`) to mono s16le at
    ``rate`` through ffmpeg's pipes; returns the PCM bytes. ffmpeg may open nothing but its own pipes."""
    cmd = [ffmpeg_path(), "-nostdin", "-hide_banner", "-loglevel", "error", "-threads", "1",
           "-protocol_whitelist", "pipe", "-f", fmt, "-i", "pipe:0", "-t", f"{max_seconds:.3f}",
           "-vn", "-sn", "-dn", "-ac", "1", "-ar", str(rate), "-f", "s16le", "pipe:1"]
    cap = int(max_seconds * rate) * 2 + 4096
    kwargs: dict[str, Any] = {}
    if sys.platform == "win32":  # pragma: no cover
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW
    elif resource is not None:
        kwargs["preexec_fn"] = _limit_child
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                close_fds=True, **kwargs)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ClipUnplayable(_("This clip cannot be played because the audio decoder could not start."),
                             detail=type(exc).__name__) from None
    out = bytearray()
    err = bytearray()
    overflow = threading.Event()

    def feed() -> None:
        try:
            assert proc.stdin is not None
            proc.stdin.write(data)
        except (BrokenPipeError, OSError, ValueError):
            pass
        finally:
            try:
                assert proc.stdin is not None
                proc.stdin.close()
            except OSError:
                pass

    def drain(stream: Any, sink: bytearray, limit: int, flag: bool) -> None:
        while True:
            chunk = stream.read(65536)
            if not chunk:
                return
            room = limit - len(sink)
            sink.extend(chunk[:max(room, 0)])
            if len(chunk) > room and flag:
                overflow.set()
                proc.kill()
                return

    threads = [threading.Thread(target=feed, daemon=True),
               threading.Thread(target=drain, args=(proc.stdout, out, cap, True), daemon=True),
               threading.Thread(target=drain, args=(proc.stderr, err, STDERR_CAP, False), daemon=True)]
    for t in threads:
        t.start()
    try:
        proc.wait(timeout=FFMPEG_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise ClipUnplayable(_("This clip cannot be played: decoding took too long and was stopped.")) from None
    finally:
        for t in threads:
            t.join(timeout=5)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
    if overflow.is_set():
        raise ClipUnplayable(_("This clip cannot be played: the decoder produced more audio than allowed."))
    if proc.returncode != 0:
        raise ClipUnplayable(_("This clip cannot be played: it is damaged or in a format Dossier cannot decode."),
                             detail=f"ffmpeg exit {proc.returncode}: {bytes(err[:500]).decode('utf-8', 'replace')}")
    if not out:
        raise ClipUnplayable(_("This clip cannot be played: it contains no audio Dossier can decode."))
    return bytes(out[: len(out) - len(out) % 2])


# --- WAV ---------------------------------------------------------------------------------------

def _wav_samples(data: bytes, info: WavInfo, max_seconds: float) -> np.ndarray:
    frames = min(info.data_size // info.block_align, int(max_seconds * info.rate))
    raw = data[info.data_offset: info.data_offset + frames * info.block_align]
    width = info.width
    if info.format_tag == IEEE_FLOAT:
        values = np.frombuffer(raw, dtype="<f4" if width == 4 else "<f8").astype(np.float32)
        values = np.clip(np.nan_to_num(values, nan=0.0, posinf=1.0, neginf=-1.0), -1.0, 1.0)
    elif width == 1:
        values = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif width == 2:
        values = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        values = ints.astype(np.float32) / float(1 << 23)
    else:
        values = (np.frombuffer(raw, dtype="<i4").astype(np.float64) / float(1 << 31)).astype(np.float32)
    if info.channels > 1:
        values = values.reshape(-1, info.channels).mean(axis=1, dtype=np.float32)
    return np.ascontiguousarray(values, dtype=np.float32)


def resample(samples: np.ndarray, src: int, dst: int) -> np.ndarray:
    """Linear-interpolation resampling with a windowed-sinc low-pass when going down (good enough for features)."""
    if src == dst or len(samples) == 0:
        return samples.astype(np.float32, copy=False)
    x = samples.astype(np.float64)
    if dst < src:
        cutoff = 0.5 * dst / src  # cycles per input sample
        taps = np.arange(-32, 33)
        kernel = 2 * cutoff * np.sinc(2 * cutoff * taps) * np.hamming(len(taps))
        x = np.convolve(x, kernel / kernel.sum(), mode="same")
    n_out = round(len(x) * dst / src)
    t_out = np.arange(n_out) * (src / dst)
    return np.interp(t_out, np.arange(len(x)), x).astype(np.float32)


# --- public API ---------------------------------------------------------------------------------

def decode_pcm(data: bytes, *, max_seconds: float = 300.0, rate: int | None = None) -> tuple[np.ndarray, int]:
    """Mono float32 samples in [-1, 1] and their sample rate, at most ``max_seconds`` long.

    WAV keeps its own rate unless ``rate`` is given; other formats come out at ``rate`` or 16 kHz.
    """
    if not data:
        raise ClipUnplayable(_("This clip is empty (0 bytes)."))
    if len(data) > MAX_INPUT_BYTES:
        raise ClipUnplayable(_("This clip is too large to decode safely."))
    if max_seconds <= 0:
        raise ValueError("max_seconds must be positive")
    if rate is not None and not MIN_RATE <= rate <= MAX_RATE:
        raise ValueError(f"unsupported sample rate {rate}")
    fmt = container_format(data)  # refuses playlists, manifests and anything else that is not audio
    info = parse_wav_header(data) if fmt == "wav" else None
    if info is not None and info.is_plain:
        samples = _wav_samples(data, info, max_seconds)
        if rate is not None and rate != info.rate:
            return resample(samples, info.rate, rate), rate
        return samples, info.rate
    out_rate = rate or DEFAULT_RATE
    pcm = _run_ffmpeg(data, fmt, max_seconds, out_rate)
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0, out_rate


def playable_wav(data: bytes, *, max_seconds: float = MAX_PLAY_SECONDS) -> bytes:
    """The clip as a 16-bit (or 8-bit) PCM WAV that Dossier wrote itself: what the media player is given.

    A PCM WAV keeps its samples under a fresh header; anything else is decoded first (ffmpeg, pipes only).
    The export's own bytes never reach a player that would guess their format. Raises :class:`ClipUnplayable`.
    """
    fmt = container_format(data)
    info = parse_wav_header(data) if fmt == "wav" else None
    if info is not None and info.format_tag == PCM and info.width in (1, 2):
        frames = min(info.data_size // info.block_align, int(max_seconds * info.rate))
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(info.channels)
            out.setsampwidth(info.width)
            out.setframerate(info.rate)
            out.writeframes(data[info.data_offset: info.data_offset + frames * info.block_align])
        return buffer.getvalue()
    samples, rate = decode_pcm(data, max_seconds=max_seconds, rate=None if info is not None else PLAY_RATE)
    return wav_bytes(samples, rate)


def wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    """A 16-bit PCM WAV file in memory (1-D mono, or 2-D ``(frames, channels)``)."""
    if not MIN_RATE <= int(rate) <= MAX_RATE:
        raise ValueError(f"unsupported sample rate {rate}")
    values = np.asarray(samples, dtype=np.float64)
    channels = 1 if values.ndim == 1 else int(values.shape[1])
    if values.ndim not in (1, 2) or not 1 <= channels <= 8:
        raise ValueError("samples must be 1-D or (frames, channels) with 1–8 channels")
    ints = np.round(np.clip(np.nan_to_num(values), -1.0, 1.0) * 32767.0).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(int(rate))
        out.writeframes(ints.tobytes())
    return buffer.getvalue()


def audio_segment(samples: np.ndarray, rate: int) -> AudioSegment:
    """A pydub ``AudioSegment`` built from samples in memory (no ffprobe, no temp files)."""
    import warnings

    with warnings.catch_warnings():  # pydub warns at import when no ffmpeg is on PATH; we never let it look
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        from pydub import AudioSegment

    ints = np.round(np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0) * 32767.0).astype("<i2")
    return AudioSegment(data=ints.tobytes(), sample_width=2, frame_rate=int(rate), channels=1)
