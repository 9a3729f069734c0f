"""core.audio.waveform: peaks and loudness on synthetic signals."""

import numpy as np
import pytest

from core.audio import waveform

RATE = 16000


def tone(amplitude: float, seconds: float = 1.0, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_peaks_bound_the_signal_per_bin():
    samples = np.concatenate([tone(0.1, 0.5), tone(0.8, 0.5)])
    p = waveform.peaks(samples, RATE, bins=100)
    assert len(p) == 100
    assert p.duration_s == pytest.approx(1.0)
    assert p.high[:50].max() == pytest.approx(0.1, abs=1e-3)
    assert p.high[50:].max() == pytest.approx(0.8, abs=1e-3)
    assert (p.low <= 0).all() and (p.high >= 0).all()
    assert p.low[60] == pytest.approx(-0.8, abs=0.01)


def test_peaks_of_short_and_empty_clips():
    assert len(waveform.peaks(np.zeros(0, np.float32), RATE)) == 0
    short = waveform.peaks(np.array([0.5, -0.25, 0.1], np.float32), RATE, bins=800)
    assert len(short) == 3 and short.high[0] == pytest.approx(0.5) and short.low[1] == pytest.approx(-0.25)
    odd = waveform.peaks(np.r_[np.zeros(10, np.float32), np.float32(0.9)], RATE, bins=5)
    assert odd.high[-1] == pytest.approx(0.9)  # the remainder is folded into the last bin


def test_levels_and_quiet_detection():
    loud, quiet = tone(0.5), tone(0.005)
    assert waveform.rms_dbfs(loud) == pytest.approx(20 * np.log10(0.5 / np.sqrt(2)), abs=0.1)
    assert not waveform.is_quiet(loud, RATE)
    assert waveform.is_quiet(quiet, RATE)
    assert not waveform.is_quiet(np.zeros(RATE, np.float32), RATE)  # silence is not "quiet speech"
    assert waveform.rms_dbfs(np.zeros(10, np.float32)) == waveform.SILENCE_DBFS


def test_speech_level_ignores_long_pauses():
    clip = np.concatenate([np.zeros(RATE * 4, np.float32), tone(0.3, 1.0)])
    assert waveform.speech_dbfs(clip, RATE) > waveform.rms_dbfs(clip) + 5


def test_normalise_lifts_quiet_clip_without_clipping():
    quiet = tone(0.01)
    out, gain = waveform.normalise(quiet, RATE)
    assert gain > 5
    assert waveform.speech_dbfs(out, RATE) == pytest.approx(waveform.TARGET_DBFS, abs=0.5)
    assert np.abs(out).max() <= 1.0


def test_normalise_never_attenuates_and_respects_peak_ceiling():
    loud = tone(0.9)
    out, gain = waveform.normalise(loud, RATE)
    assert gain == 1.0 and out is not None
    spiky = tone(0.001)
    spiky[100] = 0.5  # one click: the gain must stop at the click's headroom
    out, gain = waveform.normalise(spiky, RATE)
    assert np.abs(out).max() <= waveform.PEAK_CEILING + 1e-6
    assert gain == pytest.approx(waveform.PEAK_CEILING / 0.5, rel=1e-3)
