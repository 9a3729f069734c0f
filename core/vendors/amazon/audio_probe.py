"""Cheap facts about an audio file from its first bytes: format (magic bytes), WAV duration, WAV dates.

Nothing is decoded: the WAV ``fmt `` and ``data`` chunk headers give the duration, ``LIST/INFO ICRD`` and
``bext`` give a creation date when the tags sit before the audio data (where recorders put them).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime

HEAD_BYTES = 2048


@dataclass(frozen=True)
class Probe:
    format: str | None  # "wav", "mp3", "m4a", "ogg", "flac" or None (not audio)
    duration_s: float | None = None
    created: datetime | None = None  # UTC, from metadata


def sniff_format(head: bytes) -> str | None:
    """The audio container named by the magic bytes, or ``None``."""
    if len(head) >= 12 and head[:4] in (b"RIFF", b"RF64") and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3" or (len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0):
        return "mp3" if not (len(head) >= 2 and (head[1] & 0xF6) == 0xF0) else "aac"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "m4a"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"fLaC":
        return "flac"
    return None


def probe(head: bytes, size: int) -> Probe:
    fmt = sniff_format(head)
    if fmt != "wav":
        return Probe(fmt)
    return _probe_wav(head, size)


def _probe_wav(head: bytes, size: int) -> Probe:
    pos = 12
    byte_rate = 0
    created: datetime | None = None
    while pos + 8 <= len(head):
        chunk_id = head[pos:pos + 4]
        chunk_size = int.from_bytes(head[pos + 4:pos + 8], "little")
        body = head[pos + 8:pos + 8 + chunk_size]
        if chunk_id == b"fmt " and len(body) >= 16:
            tag, channels, rate, byte_rate, _align, bits = struct.unpack("<HHIIHH", body[:16])
            if not (1 <= channels <= 8 and 1000 <= rate <= 384000):
                return Probe("wav")
            if tag in (1, 3, 0xFFFE):  # PCM/float: the byte rate follows from the format, so a header whose
                width = (bits + 7) // 8  # byte rate lies (16,000 s for a 1 s clip) is not believed
                byte_rate = rate * channels * width if 1 <= width <= 8 else 0
        elif chunk_id == b"LIST" and body[:4] == b"INFO":
            created = created or _info_date(body[4:])
        elif chunk_id == b"bext" and len(body) >= 338:
            created = created or parse_tag_date(body[320:338].decode("ascii", "replace").replace("\x00", ""))
        elif chunk_id == b"data":
            data_size = chunk_size
            available = max(size - (pos + 8), 0)
            if data_size in (0, 0xFFFFFFFF) or data_size > available:
                data_size = available
            duration = round(data_size / byte_rate, 3) if byte_rate else None
            return Probe("wav", duration, created)
        pos += 8 + chunk_size + (chunk_size & 1)
    return Probe("wav", None, created)


def _info_date(body: bytes) -> datetime | None:
    pos = 0
    while pos + 8 <= len(body):
        sub_id = body[pos:pos + 4]
        sub_size = int.from_bytes(body[pos + 4:pos + 8], "little")
        if sub_id == b"ICRD":
            text = body[pos + 8:pos + 8 + sub_size].split(b"\x00", 1)[0].decode("latin-1").strip()
            return parse_tag_date(text)
        pos += 8 + sub_size + (sub_size & 1)
    return None


_TAG_DATE = re.compile(
    r"^(\d{4})[-:/](\d{2})[-:/](\d{2})(?:[T ]?(\d{2})[:\-](\d{2})(?:[:\-](\d{2}))?)?(Z|[+-]00:?00| ?UTC)?$")


def parse_tag_date(text: str) -> datetime | None:
    """``2018-06-02 18:00:00`` / ``2018-06-02T18:00:00Z`` / bext ``2018-06-0218:00:00`` → UTC datetime.

    A tag without a time of day (``2018-06-02``) is not precise enough to date a recording: ``None``.
    """
    match = _TAG_DATE.match(text.strip())
    if not match or match.group(4) is None:
        return None
    year, month, day, hour, minute = (int(match.group(i)) for i in range(1, 6))
    second = int(match.group(6) or 0)
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    return value if 2005 <= year <= 2099 else None
