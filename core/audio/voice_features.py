"""Per-clip voice features with numpy only: pitch (autocorrelation), spectral shape, MFCC-like cepstra.

The features describe *how* someone sounds, roughly: the typical pitch and its spread, how bright the
voice is (spectral centroid/roll-off) and the average shape of its spectral envelope (cepstral means and
spreads over the speech frames). They are enough to tell a deep male voice from a high female one or two
quite different speakers apart, not to identify a person (see :mod:`core.rules.voice` for the limits).

No BLAS (``@``/``dot``) here: the features run on several threads at once, and concurrent calls into
numpy's bundled OpenBLAS were seen to spin forever; ``einsum`` without ``optimize`` uses numpy's own loops.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.audio.decode import decode_pcm
from core.audio.waveform import rms_dbfs

RATE = 16_000
FRAME = 512  # 32 ms
HOP = 160  # 10 ms
MAX_SECONDS = 30.0
F0_MIN, F0_MAX = 60.0, 400.0
NEAR_SILENT_DBFS = -45.0  # a clip quieter than this overall is "near-silent" (no voice features)
MIN_SPEECH_S = 0.15  # less speech than this: near-silent, no features
N_MELS, N_CEPS = 26, 13
FEATURE_NAMES = ("pitch_median_st", "pitch_iqr_st", "voiced_fraction", "centroid_khz", "rolloff_khz",
                 *(f"cep{i}_mean" for i in range(1, N_CEPS)), *(f"cep{i}_std" for i in range(1, N_CEPS)))


@dataclass(frozen=True)
class ClipFeatures:
    """What the voice pass learns from one clip. ``vector`` is ``None`` for (near-)silent clips."""

    duration_s: float
    loudness_dbfs: float
    speech_s: float
    pitch_hz: float | None  # median pitch of voiced frames
    vector: np.ndarray | None

    @property
    def silent(self) -> bool:
        return self.vector is None


def _mel_filterbank() -> np.ndarray:
    def mel(f: np.ndarray) -> np.ndarray:
        return 2595.0 * np.log10(1.0 + f / 700.0)

    points = 700.0 * (10 ** (np.linspace(mel(np.array(0.0)), mel(np.array(RATE / 2)), N_MELS + 2) / 2595.0) - 1)
    bins = np.fft.rfftfreq(FRAME, 1.0 / RATE)
    bank = np.zeros((N_MELS, len(bins)))
    for i in range(N_MELS):
        lo, mid, hi = points[i], points[i + 1], points[i + 2]
        bank[i] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0.0, None)
    return bank


_MEL = _mel_filterbank()
_DCT = np.cos(np.pi / N_MELS * (np.arange(N_MELS)[None, :] + 0.5) * np.arange(N_CEPS)[:, None])
_WINDOW = np.hanning(FRAME)
_WINDOW_AC = np.fft.irfft(np.abs(np.fft.rfft(_WINDOW, 2 * FRAME)) ** 2)[:FRAME]
_LAGS = np.arange(int(RATE / F0_MAX), int(RATE / F0_MIN) + 1)


def _frames(x: np.ndarray) -> np.ndarray:
    if len(x) < FRAME:
        x = np.pad(x, (0, FRAME - len(x)))
    count = 1 + (len(x) - FRAME) // HOP
    idx = np.arange(FRAME)[None, :] + HOP * np.arange(count)[:, None]
    return x[idx]


def _pitch(frames: np.ndarray) -> np.ndarray:
    """Per-frame F0 in Hz (NaN where unvoiced), by normalised autocorrelation (Boersma's window correction)."""
    spec = np.fft.rfft(frames * _WINDOW, 2 * FRAME, axis=1)
    ac = np.fft.irfft(spec * np.conj(spec), axis=1)[:, :FRAME]  # complex input: much faster than real
    ac = ac / np.maximum(ac[:, :1], 1e-12) / np.maximum(_WINDOW_AC / _WINDOW_AC[0], 1e-3)
    region = ac[:, _LAGS]
    best = region.max(axis=1)
    # the first lag reaching 90 % of the best peak avoids octave-down errors
    first = np.argmax(region >= 0.9 * best[:, None], axis=1)
    lag = _LAGS[first].astype(np.float64)
    # parabolic refinement around the chosen lag
    i = np.clip(first, 1, len(_LAGS) - 2)
    rows = np.arange(len(region))
    a, b, c = region[rows, i - 1], region[rows, i], region[rows, i + 1]
    denom = a - 2 * b + c
    shift = np.where(np.abs(denom) > 1e-9, 0.5 * (a - c) / denom, 0.0)
    lag = np.where(first == i, lag + np.clip(shift, -1, 1), lag)
    return np.where(best > 0.45, RATE / lag, np.nan)


def features_from_samples(samples: np.ndarray) -> ClipFeatures:
    """Features of 16 kHz mono samples."""
    duration = len(samples) / RATE
    loudness = rms_dbfs(samples)
    if len(samples) < FRAME or loudness < NEAR_SILENT_DBFS:
        return ClipFeatures(duration, loudness, 0.0, None, None)
    x = samples.astype(np.float64) - float(np.mean(samples))
    frames = _frames(x)
    energy = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    speech = frames[(energy > energy.max() - 30.0) & (energy > -50.0)]
    speech_s = len(speech) * HOP / RATE
    if speech_s < MIN_SPEECH_S:
        return ClipFeatures(duration, loudness, speech_s, None, None)
    f0 = _pitch(speech)
    voiced = f0[~np.isnan(f0)]
    if len(voiced) >= 3:
        semitones = 12 * np.log2(voiced / 100.0)
        q1, med, q3 = np.percentile(semitones, [25, 50, 75])
        pitch_hz: float | None = float(100.0 * 2 ** (med / 12))
    else:
        q1 = med = q3 = float("nan")
        pitch_hz = None
    emphasised = np.concatenate([speech[:, :1], speech[:, 1:] - 0.97 * speech[:, :-1]], axis=1)
    spectrum = np.fft.rfft(emphasised * _WINDOW, axis=1)
    power = spectrum.real**2 + spectrum.imag**2
    freqs = np.fft.rfftfreq(FRAME, 1.0 / RATE)
    total = power.sum(axis=1) + 1e-12
    centroid = np.einsum("fk,k->f", power, freqs) / total
    cumulative = np.cumsum(power, axis=1)
    rolloff = freqs[np.argmax(cumulative >= 0.85 * total[:, None], axis=1)]
    ceps = np.einsum("fm,cm->fc", np.log(np.einsum("fk,mk->fm", power, _MEL) + 1e-10), _DCT)
    vector = np.concatenate([
        [med, q3 - q1, len(voiced) / len(speech), centroid.mean() / 1000, rolloff.mean() / 1000],
        ceps[:, 1:].mean(axis=0), ceps[:, 1:].std(axis=0),
    ]).astype(np.float64)
    return ClipFeatures(duration, loudness, speech_s, pitch_hz, vector)


def clip_features(data: bytes) -> ClipFeatures:
    """Decode a clip (any format :func:`core.audio.decode.decode_pcm` reads) and compute its features."""
    samples, _ = decode_pcm(data, max_seconds=MAX_SECONDS, rate=RATE)
    return features_from_samples(samples)
