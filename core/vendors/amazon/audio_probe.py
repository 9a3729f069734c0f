"""Cheap facts about an audio file from its first bytes: format (magic bytes), WAV duration, WAV dates.

Nothing is decoded: the WAV header (:mod:`core.audio.wav_header`) gives the duration and, when the tags
sit before the audio data (where recorders put them), a creation date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.audio.formats import sniff_format
from core.audio.wav_header import probe_wav_duration, wav_created

HEAD_BYTES = 2048


@dataclass(frozen=True)
class Probe:
    format: str | None  # one of core.audio.formats.AUDIO_FORMATS, or None (not audio)
    duration_s: float | None = None
    created: datetime | None = None  # UTC, from metadata


def probe(head: bytes, size: int) -> Probe:
    fmt = sniff_format(head)
    if fmt != "wav":
        return Probe(fmt)
    duration = probe_wav_duration(head, size, plain_only=False)
    return Probe("wav", None if duration is None else round(duration, 3), wav_created(head))
