"""core.audio.decode: WAV in-process, ffmpeg by absolute path through pipes, hostile inputs → ClipUnplayable."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from core.audio import decode as audio
from core.audio.wav_header import probe_wav_duration
from core.audio.waveform import SILENCE_DBFS, peaks, rms_dbfs
from core.errors import ClipUnplayable
from tests.synth.audio import mp3_frames


def _wav(samples: np.ndarray, rate: int = 16000, width: int = 2, channels: int = 1) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        if width == 1:
            w.writeframes((np.round(samples * 127) + 128).astype(np.uint8).tobytes())
        elif width == 2:
            w.writeframes(np.round(samples * 32767).astype("<i2").tobytes())
        elif width == 3:
            ints = np.round(samples * 8388607).astype("<i4")
            w.writeframes(b"".join(int(v).to_bytes(3, "little", signed=True) for v in ints))
        else:
            w.writeframes(np.round(samples * 2147483647).astype("<i4").tobytes())
    return buf.getvalue()


def _tone(seconds: float = 0.5, rate: int = 16000, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _raw_header(channels: int, rate: int, bits: int, data_size: int, body: bytes) -> bytes:
    block = channels * bits // 8 if channels else 0
    fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * block, block, bits)
    return (b"RIFF" + struct.pack("<I", 0xFFFFFFFF) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt
            + b"data" + struct.pack("<I", data_size) + body)


@pytest.mark.parametrize("width", [1, 2, 3, 4])
def test_pcm_widths_decode_in_process(width: int) -> None:
    tone = _tone()
    samples, rate = audio.decode_pcm(_wav(tone, width=width))
    assert rate == 16000 and samples.dtype == np.float32 and len(samples) == len(tone)
    assert np.max(np.abs(samples - tone)) < (0.02 if width == 1 else 1e-3)


def test_stereo_is_mixed_to_mono_and_resampled_on_request() -> None:
    tone = _tone(rate=44100)
    stereo = np.repeat(tone, 2)
    samples, rate = audio.decode_pcm(_wav(stereo, rate=44100, channels=2), rate=16000)
    assert rate == 16000 and abs(len(samples) - len(tone) * 16000 / 44100) <= 1
    assert 0.45 < float(np.max(np.abs(samples))) < 0.55


def test_max_seconds_caps_wav() -> None:
    samples, rate = audio.decode_pcm(_wav(_tone(3.0)), max_seconds=1.0)
    assert len(samples) == rate


def test_header_claiming_4gb_with_one_second_loads_one_second() -> None:
    body = np.zeros(16000, "<i2").tobytes()
    data = _raw_header(1, 16000, 16, 0xFFFFFFF0, body)
    samples, rate = audio.decode_pcm(data)
    assert (len(samples), rate) == (16000, 16000)
    assert probe_wav_duration(data[:65536], total_size=len(data)) == pytest.approx(1.0)


@pytest.mark.parametrize(("channels", "rate", "bits"), [(0, 16000, 16), (1, 0, 16), (9, 16000, 16), (1, 16000, 0),
                                                        (1, 16000, 7)])
def test_impossible_wav_headers_are_clip_unplayable(channels: int, rate: int, bits: int) -> None:
    data = _raw_header(channels, rate, bits, 100, b"\0" * 100)
    with pytest.raises(ClipUnplayable) as err:
        audio.decode_pcm(data)
    assert str(err.value).endswith(".")
    assert probe_wav_duration(data) is None


def test_probe_duration_from_header_only() -> None:
    data = _wav(_tone(2.0))
    assert probe_wav_duration(data[:64], total_size=len(data)) == pytest.approx(2.0)
    assert probe_wav_duration(b"ID3\x04not a wav") is None


@pytest.mark.parametrize("data", [b"", os.urandom(3000), b"RIFF\0\0\0\0WAVE", b"\xff\xfb" + os.urandom(500)])
def test_garbage_is_clip_unplayable_quickly(data: bytes) -> None:
    start = time.monotonic()
    with pytest.raises(ClipUnplayable):
        audio.decode_pcm(data)
    assert time.monotonic() - start < 10


def test_other_formats_go_through_ffmpeg_pipes() -> None:
    ffmpeg = audio.ffmpeg_path()
    assert os.path.isabs(ffmpeg)
    wav = _wav(_tone(1.0))
    flac = subprocess.run([ffmpeg, "-nostdin", "-loglevel", "error", "-f", "wav", "-i", "pipe:0", "-f", "flac",
                           "pipe:1"], input=wav, capture_output=True, check=True).stdout
    samples, rate = audio.decode_pcm(flac)
    assert rate == 16000 and abs(len(samples) - 16000) < 50
    assert 0.45 < float(np.max(np.abs(samples))) < 0.55


def test_flac_bomb_is_capped_at_max_seconds() -> None:
    ffmpeg = audio.ffmpeg_path()
    flac = subprocess.run([ffmpeg, "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
                           "anullsrc=r=48000:cl=stereo", "-t", "600", "-f", "flac", "pipe:1"],
                          capture_output=True, check=True).stdout
    samples, rate = audio.decode_pcm(flac, max_seconds=2.0)
    assert rate == 16000 and len(samples) <= 2 * 16000


def test_ffmpeg_path_refuses_relative_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_FFMPEG", "ffmpeg")
    with pytest.raises(ClipUnplayable):
        audio.ffmpeg_path()


def test_hanging_decoder_is_killed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nexec sleep 30\n")
    fake.chmod(0o700)
    monkeypatch.setenv("DOSSIER_FFMPEG", str(fake))
    monkeypatch.setattr(audio, "FFMPEG_TIMEOUT_S", 0.5)
    start = time.monotonic()
    with pytest.raises(ClipUnplayable, match="too long"):
        audio.decode_pcm(mp3_frames())
    assert time.monotonic() - start < 5


def test_flooding_decoder_output_is_capped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nexec cat /dev/zero\n")
    fake.chmod(0o700)
    monkeypatch.setenv("DOSSIER_FFMPEG", str(fake))
    with pytest.raises(ClipUnplayable, match="more audio"):
        audio.decode_pcm(mp3_frames(), max_seconds=1.0)


def test_wav_bytes_round_trip_and_helpers() -> None:
    tone = _tone(0.25)
    data = audio.wav_bytes(tone, 16000)
    samples, rate = audio.decode_pcm(data)
    assert rate == 16000 and np.max(np.abs(samples - tone)) < 1e-3
    segment = audio.audio_segment(tone, 16000)
    assert segment.frame_rate == 16000 and abs(segment.duration_seconds - 0.25) < 1e-3
    drawn = peaks(tone, 16000, bins=10)
    assert len(drawn) == 10 and float(drawn.high.max()) == pytest.approx(0.5, abs=1e-3)
    assert rms_dbfs(np.zeros(100, np.float32)) == SILENCE_DBFS
    with pytest.raises(ValueError):
        audio.wav_bytes(tone, 0)
