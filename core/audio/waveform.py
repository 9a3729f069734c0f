"""Waveform peaks and loudness of decoded audio, for the player's waveform and its normalisation.

Works on mono float32 samples in [-1, 1] as returned by :func:`core.audio.decode.decode_pcm`. Pure numpy:
fast enough to run on every clip the user clicks (a 5-minute clip at 16 kHz takes a few ms).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SILENCE_DBFS = -120.0
QUIET_DBFS = -30.0  # a clip whose speech level is below this is "very quiet"
TARGET_DBFS = -20.0  # level the normalisation aims for
MAX_GAIN_DB = 36.0  # never amplify more than this (noise floor would dominate)
PEAK_CEILING = 0.98  # never push peaks past this (no clipping)


@dataclass(frozen=True)
class Peaks:
    """Per-bin minimum and maximum of a clip, and the clip's length in seconds."""

    low: np.ndarray  # float32, one value per bin, in [-1, 0]
    high: np.ndarray  # float32, one value per bin, in [0, 1]
    duration_s: float

    def __len__(self) -> int:
        return len(self.low)


def peaks(samples: np.ndarray, rate: int, bins: int = 800) -> Peaks:
    """Min/max of ``samples`` in ``bins`` equal slices (fewer bins for very short clips)."""
    data = np.asarray(samples, dtype=np.float32).reshape(-1)
    duration = len(data) / rate if rate > 0 else 0.0
    if len(data) == 0 or bins <= 0:
        empty = np.zeros(0, dtype=np.float32)
        return Peaks(empty, empty, duration)
    bins = min(bins, len(data))
    per_bin = len(data) // bins
    body = data[: per_bin * bins].reshape(bins, per_bin)
    low = body.min(axis=1)
    high = body.max(axis=1)
    tail = data[per_bin * bins:]
    if len(tail):  # fold the remainder into the last bin
        low[-1] = min(float(low[-1]), float(tail.min()))
        high[-1] = max(float(high[-1]), float(tail.max()))
    return Peaks(np.minimum(low, 0.0).astype(np.float32), np.maximum(high, 0.0).astype(np.float32), duration)


def _dbfs(value: float) -> float:
    return 20.0 * math.log10(value) if value > 0 else SILENCE_DBFS


def rms_dbfs(samples: np.ndarray) -> float:
    """Root-mean-square level of the whole clip in dBFS (``SILENCE_DBFS`` for digital silence)."""
    data = np.asarray(samples, dtype=np.float64).reshape(-1)
    if len(data) == 0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, _dbfs(float(np.sqrt(np.mean(data * data)))))


def speech_dbfs(samples: np.ndarray, rate: int, window_s: float = 0.05) -> float:
    """Loudness of the louder part of the clip: RMS over the top 30 % of 50 ms windows.

    Voice clips are mostly pauses; measuring only the active windows keeps a short, normal-level
    utterance in a long silent clip from being called quiet.
    """
    data = np.asarray(samples, dtype=np.float64).reshape(-1)
    size = max(1, int(rate * window_s))
    count = len(data) // size
    if count == 0:
        return rms_dbfs(data)
    energy = (data[: count * size].reshape(count, size) ** 2).mean(axis=1)
    top = np.sort(energy)[-max(1, math.ceil(count * 0.3)):]
    return max(SILENCE_DBFS, _dbfs(float(np.sqrt(top.mean()))))


def peak_dbfs(samples: np.ndarray) -> float:
    data = np.asarray(samples).reshape(-1)
    return _dbfs(float(np.abs(data).max())) if len(data) else SILENCE_DBFS


def is_quiet(samples: np.ndarray, rate: int, threshold_dbfs: float = QUIET_DBFS) -> bool:
    """True when the clip's speech level is below ``threshold_dbfs`` but it is not pure silence."""
    level = speech_dbfs(samples, rate)
    return SILENCE_DBFS < level < threshold_dbfs


def normalisation_gain(samples: np.ndarray, rate: int, target_dbfs: float = TARGET_DBFS) -> float:
    """Linear gain that brings the speech level to ``target_dbfs``, limited by peaks and ``MAX_GAIN_DB``.

    Never attenuates (gain >= 1): the option is for quiet recordings, not for loud ones.
    """
    level = speech_dbfs(samples, rate)
    if level <= SILENCE_DBFS:
        return 1.0
    gain_db = min(target_dbfs - level, MAX_GAIN_DB)
    peak = peak_dbfs(samples)
    if peak > SILENCE_DBFS:
        gain_db = min(gain_db, _dbfs(PEAK_CEILING) - peak)
    return max(1.0, 10.0 ** (gain_db / 20.0))


def normalise(samples: np.ndarray, rate: int, target_dbfs: float = TARGET_DBFS) -> tuple[np.ndarray, float]:
    """The samples with :func:`normalisation_gain` applied (float32, clipped to [-1, 1]) and the gain."""
    gain = normalisation_gain(samples, rate, target_dbfs)
    data = np.asarray(samples, dtype=np.float32).reshape(-1)
    if gain == 1.0:
        return data, gain
    return np.clip(data * np.float32(gain), -1.0, 1.0).astype(np.float32), gain


@dataclass(frozen=True)
class ClipAnalysis:
    """What the player needs from a decoded clip: samples, peaks and loudness."""

    samples: np.ndarray
    rate: int
    peaks: Peaks
    speech_dbfs: float
    quiet: bool
    gain: float  # what normalisation would apply (1.0 = none)


def analyse(data: bytes, bins: int = 1200, max_seconds: float = 300.0) -> ClipAnalysis:
    """Decode ``data`` (in memory, see :func:`core.audio.decode.decode_pcm`) and measure it.

    Raises :class:`core.errors.ClipUnplayable` when the clip cannot be decoded.
    """
    from core.audio.decode import decode_pcm

    samples, rate = decode_pcm(data, max_seconds=max_seconds)
    return ClipAnalysis(samples=samples, rate=rate, peaks=peaks(samples, rate, bins),
                        speech_dbfs=speech_dbfs(samples, rate), quiet=is_quiet(samples, rate),
                        gain=normalisation_gain(samples, rate))


def normalised_wav(analysis: ClipAnalysis) -> bytes:
    """The clip as an in-memory 16-bit WAV with loudness normalisation applied ("Boost quiet clips").

    The gain is pydub's ``AudioSegment.apply_gain`` on the PCM in memory, and its plain-WAV ``export``
    writes straight into a ``BytesIO``: no ffmpeg, no temporary file (pydub's other export formats and
    ``from_file`` would write the voice to the temp folder, so Dossier never calls those).
    """
    import io

    from core.audio.decode import audio_segment

    segment = audio_segment(analysis.samples, analysis.rate)
    if analysis.gain > 1.0:
        segment = segment.apply_gain(20.0 * math.log10(analysis.gain))
    out = io.BytesIO()
    segment.export(out, format="wav")
    return out.getvalue()


def plain_wav(analysis: ClipAnalysis) -> bytes:
    """The decoded clip as an in-memory 16-bit WAV (for formats Qt cannot play itself)."""
    from core.audio.decode import wav_bytes

    return wav_bytes(analysis.samples, analysis.rate)
