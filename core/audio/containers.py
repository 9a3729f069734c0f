"""Which audio container a clip really is — by parsing its structure, not by a magic prefix.

Only bytes that parse as one of these containers ever reach a decoder, and the decoder is then told the
format (``ffmpeg -f <demuxer>``) instead of guessing it. Anything else — an HLS/M3U playlist, a DASH
manifest, an SDP description, an ffconcat list, SMIL, text behind an ID3 tag — is refused with "this clip
cannot be played": such files name other files or network addresses, and a guessing decoder follows them.

:func:`container_format` returns the ffmpeg demuxer name: ``wav``, ``mp3``, ``aac`` (ADTS), ``flac``,
``ogg``, ``mov`` (MP4/M4A), ``matroska`` (WebM/MKA), ``amr`` or ``asf`` (WMA).
"""

from __future__ import annotations

import struct
from collections.abc import Callable

from core.audio.wav_header import is_wav, parse_wav_header
from core.errors import ClipUnplayable

NOT_AUDIO = ("This clip cannot be played: its bytes are not an audio file Dossier recognises "
             "(it may be a playlist or a description that points elsewhere).")
SCAN_LIMIT = 64 * 1024  # how far past the ID3 tag an MP3 frame may start
FRAMES_NEEDED = 3

_MP3_BITRATES = {  # (MPEG-1?, layer) → kbit/s by index 1..14
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_ADTS_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350)
_OGG_CODECS = (b"\x01vorbis", b"OpusHead", b"\x7fFLAC", b"Speex   ")
_ASF_GUID = bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c")


def container_format(data: bytes) -> str:
    """The ffmpeg demuxer for ``data``; raises :class:`ClipUnplayable` unless it parses as real audio."""
    for parse in (_wav, _flac, _ogg, _mp4, _matroska, _amr, _asf, _mp3, _adts):
        fmt = parse(data)
        if fmt is not None:
            return fmt
    raise ClipUnplayable(NOT_AUDIO)


def _wav(data: bytes) -> str | None:
    return "wav" if is_wav(data) and parse_wav_header(data) is not None else None


def _flac(data: bytes) -> str | None:
    # "fLaC", then a STREAMINFO block (type 0, 34 bytes) with a non-zero sample rate and 1–8 channels
    if len(data) < 42 or data[:4] != b"fLaC" or data[4] & 0x7F != 0 or data[5:8] != b"\x00\x00\x22":
        return None
    rate = int.from_bytes(data[18:21], "big") >> 4
    return "flac" if rate > 0 else None


def _ogg(data: bytes) -> str | None:
    # first page: "OggS", version 0, beginning-of-stream flag, a segment table, a known codec's first packet
    if len(data) < 28 or data[:4] != b"OggS" or data[4] != 0 or not data[5] & 0x02:
        return None
    segments = data[26]
    body = 27 + segments
    return "ogg" if any(data[body:body + len(c)] == c for c in _OGG_CODECS) else None


def _mp4(data: bytes) -> str | None:
    # ISO boxes from byte 0: "ftyp" first, then well-formed boxes with printable types up to the end (or a cut)
    if len(data) < 16 or data[4:8] != b"ftyp":
        return None
    pos = 0
    while pos + 8 <= len(data):
        size, kind = struct.unpack_from(">I4s", data, pos)
        if not all(32 < c < 127 for c in kind):
            return None
        if size == 1:
            if pos + 16 > len(data):
                break
            size = struct.unpack_from(">Q", data, pos + 8)[0]
        elif size == 0:
            break  # the last box runs to the end of the file
        if size < 8:
            return None
        pos += size
    return "mov"


def _matroska(data: bytes) -> str | None:
    # EBML header (1A 45 DF A3) whose DocType element (42 82) says webm or matroska
    if data[:4] != b"\x1a\x45\xdf\xa3":
        return None
    head = data[:64]
    at = head.find(b"\x42\x82")
    if at < 0 or at + 3 > len(head):
        return None
    length = head[at + 2] & 0x7F
    doctype = head[at + 3:at + 3 + length]
    return "matroska" if doctype in (b"webm", b"matroska") else None


def _amr(data: bytes) -> str | None:
    return "amr" if data.startswith((b"#!AMR\n", b"#!AMR-WB\n")) and len(data) > 10 else None


def _asf(data: bytes) -> str | None:
    return "asf" if len(data) >= 30 and data[:16] == _ASF_GUID else None


def _id3_end(data: bytes) -> int:
    pos = 0
    while data[pos:pos + 3] == b"ID3" and len(data) >= pos + 10:
        size = data[pos + 6:pos + 10]
        if any(b & 0x80 for b in size):
            return -1
        length = (size[0] << 21) | (size[1] << 14) | (size[2] << 7) | size[3]
        pos += 10 + length + (10 if data[pos + 5] & 0x10 else 0)
    return pos


def mp3_frame_length(header: bytes) -> int | None:
    """Length in bytes of the MPEG audio frame starting with these 4 bytes, ``None`` if not a frame header."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version, layer = (header[1] >> 3) & 3, 4 - ((header[1] >> 1) & 3)
    index, rate_index, padding = header[2] >> 4, (header[2] >> 2) & 3, (header[2] >> 1) & 1
    if version == 1 or layer == 4 or index in (0, 15) or rate_index == 3:
        return None
    bitrate = _MP3_BITRATES[(version == 3, layer)][index - 1] * 1000
    rate = _MP3_RATES[version][rate_index]
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    per_frame = 72 if layer == 3 and version != 3 else 144
    return per_frame * bitrate // rate + padding


def _chain(data: bytes, start: int, length_of: Callable[[bytes], int | None]) -> bool:
    """``FRAMES_NEEDED`` frames back to back from ``start`` (fewer only if they fill the data exactly)."""
    pos, frames = start, 0
    while frames < FRAMES_NEEDED:
        if pos == len(data) and frames:
            return True  # a very short clip
        length = length_of(data[pos:pos + 7])
        if not length:
            return False
        pos += length
        frames += 1
    return True


def _mp3(data: bytes) -> str | None:
    start = _id3_end(data)
    if start < 0:
        return None
    end = min(len(data) - 3, start + SCAN_LIMIT)
    pos = data.find(b"\xff", start, end)
    while 0 <= pos < end:
        if mp3_frame_length(data[pos:pos + 4]) and _chain(data, pos, mp3_frame_length):
            return "mp3"
        pos = data.find(b"\xff", pos + 1, end)
    return None


def _adts_length(header: bytes) -> int | None:
    if len(header) < 7 or header[0] != 0xFF or header[1] & 0xF6 != 0xF0:
        return None
    if (header[2] >> 2) & 0x0F >= len(_ADTS_RATES):
        return None
    length = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5)
    return length if length >= 7 else None


def _adts(data: bytes) -> str | None:
    start = _id3_end(data)
    return "aac" if start >= 0 and _chain(data, start, _adts_length) else None
