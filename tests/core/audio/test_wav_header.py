"""core.audio.wav_header and core.audio.formats: one reader of WAV chunks, one list of audio formats."""

from __future__ import annotations

import struct
from datetime import UTC, datetime

import pytest

from core.audio.formats import AUDIO_FORMATS, AUDIO_SUFFIXES, is_audio_name, sniff_format
from core.audio.wav_header import parse_wav_header, probe_wav_duration, wav_created
from tests.synth import audio

PCM = audio.tone(0.5)


def _header(tag: int, byte_rate: int, data_size: int, body: bytes) -> bytes:
    fmt = struct.pack("<HHIIHH", tag, 1, 8000, byte_rate, 1, 8)
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", data_size) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def test_compressed_wav_is_timed_by_its_byte_rate_only_when_asked() -> None:
    data = _header(7, 8000, 16000, b"\0" * 16000)  # mu-law, 2 s
    assert probe_wav_duration(data, len(data)) is None
    assert probe_wav_duration(data, len(data), plain_only=False) == pytest.approx(2.0)


def test_placeholder_data_size_means_up_to_the_end() -> None:
    data = _header(1, 8000, 0, b"\0" * 8000)  # streamed WAV: size 0 in the header
    info = parse_wav_header(data)
    assert info is not None and info.data_size == 8000 and info.duration_s == pytest.approx(1.0)


def test_creation_date_only_from_tags_before_the_data() -> None:
    assert wav_created(audio.wav(PCM, icrd="2018-06-02 18:00:00")) == datetime(2018, 6, 2, 18, tzinfo=UTC)
    assert wav_created(audio.wav(PCM, icrd="2018-06-02 18:00:00", info_after_data=True)) is None
    assert wav_created(b"ID3\x04") is None


def test_one_list_of_formats_and_magic_bytes() -> None:
    assert tuple("." + name for name in AUDIO_FORMATS) == AUDIO_SUFFIXES
    assert is_audio_name("Alexa/Audio/Clip.WAV") and not is_audio_name("clip.wav.txt")
    assert sniff_format(b"#!AMR\n") == "amr"
    assert sniff_format(audio.wav(PCM)[:16]) == "wav"
