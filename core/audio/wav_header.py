"""Reading a RIFF/WAVE header: the one place that walks WAV chunks (format, data, creation-date tags).

Used by the decoder (:mod:`core.audio.decode`, which needs the validated format) and by the import
(durations and dates from a clip's first bytes without decoding it). Headers are hostile input: sizes are
clamped to the bytes that exist, and an impossible format is a :class:`core.errors.ClipUnplayable`.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from core.errors import ClipUnplayable
from core.i18n import _

MIN_RATE, MAX_RATE = 1_000, 768_000
PCM, IEEE_FLOAT, EXTENSIBLE = 1, 3, 0xFFFE
PLACEHOLDER_SIZES = (0, 0xFFFFFFFF)  # a streamed (or RF64) WAV's data size: "up to the end of the file"


@dataclass(frozen=True)
class WavInfo:
    """What a RIFF/WAVE header says, validated. ``data_size`` is clamped to the bytes available."""

    format_tag: int  # 1 PCM, 3 IEEE float, anything else: leave it to ffmpeg
    channels: int
    rate: int
    width: int  # bytes per sample in the container
    byte_rate: int  # as the header states it (the only way to time a compressed WAV)
    data_offset: int
    data_size: int

    @property
    def block_align(self) -> int:
        return self.channels * self.width

    @property
    def is_plain(self) -> bool:
        """PCM or float samples that can be read without a codec."""
        return self.format_tag in (PCM, IEEE_FLOAT)

    @property
    def duration_s(self) -> float:
        if self.is_plain:
            return (self.data_size // self.block_align) / self.rate
        return self.data_size / self.byte_rate if self.byte_rate else 0.0


def is_wav(data: bytes) -> bool:
    return len(data) >= 12 and data[:4] in (b"RIFF", b"RF64") and data[8:12] == b"WAVE"


def chunks(buf: bytes) -> Iterator[tuple[bytes, int, int]]:
    """``(chunk id, body offset, declared size)`` of each RIFF chunk whose header lies inside ``buf``."""
    pos = 12
    while pos + 8 <= len(buf):
        chunk_id, size = buf[pos:pos + 4], struct.unpack_from("<I", buf, pos + 4)[0]
        yield chunk_id, pos + 8, size
        pos += 8 + size + (size & 1)


def parse_wav_header(buf: bytes, total_size: int | None = None) -> WavInfo | None:
    """Walk the RIFF chunks of ``buf``; ``None`` when it is not a WAV or the data chunk is not in ``buf``.

    Raises :class:`ClipUnplayable` for a WAV whose format is impossible (0 channels, absurd rate/width).
    ``total_size`` (the whole file's size) clamps the claimed data size; default: ``len(buf)``.
    """
    if not is_wav(buf):
        return None
    available = len(buf) if total_size is None else total_size
    fmt = None
    for chunk_id, body, size in chunks(buf):
        if chunk_id == b"fmt ":
            fmt = _parse_fmt(buf[body:body + min(size, 64)])
        elif chunk_id == b"data":
            if fmt is None:
                raise ClipUnplayable(_("This WAV clip is damaged: its sound data comes before its format."))
            rest = max(0, available - body)
            data_size = rest if size in PLACEHOLDER_SIZES else min(size, rest)
            return WavInfo(*fmt, body, data_size)
    return None


def _parse_fmt(fmt: bytes) -> tuple[int, int, int, int, int]:
    if len(fmt) < 16:
        raise ClipUnplayable(_("This WAV clip is damaged: its format description is cut short."))
    tag, channels, rate, byte_rate, block_align, bits = struct.unpack_from("<HHIIHH", fmt)
    if tag == EXTENSIBLE and len(fmt) >= 26:
        tag = struct.unpack_from("<H", fmt, 24)[0]
    if not 1 <= channels <= 8:
        raise ClipUnplayable(_("This WAV clip is damaged: it claims {channels} audio channels.").format(
            channels=channels))
    if not MIN_RATE <= rate <= MAX_RATE:
        raise ClipUnplayable(_('This WAV clip is damaged: it claims a sample rate of {rate} Hz.').format(rate=rate))
    if tag in (PCM, IEEE_FLOAT):
        if block_align == 0 or block_align % channels:
            raise ClipUnplayable(_("This WAV clip is damaged: its block size does not fit its channels."))
        width = block_align // channels
        allowed = (1, 2, 3, 4) if tag == PCM else (4, 8)
        if width not in allowed or not 0 < bits <= width * 8:
            raise ClipUnplayable(_("This WAV clip is damaged: it claims {bits}-bit samples in {width}-byte "
                                   "slots.").format(
                bits=bits, width=width))
    else:
        width = max(1, block_align // channels) if block_align else 1
    return tag, channels, rate, width, byte_rate


def probe_wav_duration(header: bytes, total_size: int | None = None, *, plain_only: bool = True) -> float | None:
    """Duration in seconds from a WAV's first bytes (~64 KiB); ``None`` if it cannot be told.

    Pass ``total_size`` (the file's size) so a header claiming more data than the file holds is clamped.
    ``plain_only=False`` also times compressed WAVs by their stated byte rate.
    """
    try:
        info = parse_wav_header(header, total_size if total_size is not None else 1 << 62)
    except ClipUnplayable:
        return None
    if info is None or (plain_only and not info.is_plain) or (not info.is_plain and not info.byte_rate):
        return None
    if total_size is None and info.data_size >= 0xFFFFFFFF - info.data_offset:
        return None  # placeholder size (streamed/RF64) and no file size to clamp it
    return info.duration_s


def wav_created(head: bytes) -> datetime | None:
    """The recording's creation time (UTC) from ``LIST/INFO ICRD`` or ``bext`` before the data chunk."""
    if not is_wav(head):
        return None
    for chunk_id, body, size in chunks(head):
        chunk = head[body:body + size]
        if chunk_id == b"LIST" and chunk[:4] == b"INFO":
            created = _info_date(chunk[4:])
        elif chunk_id == b"bext" and len(chunk) >= 338:
            created = parse_tag_date(chunk[320:338].decode("ascii", "replace").replace("\x00", ""))
        elif chunk_id == b"data":
            return None
        else:
            continue
        if created is not None:
            return created
    return None


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
