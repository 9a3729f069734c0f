"""The audio formats Dossier reads: one list of names and file suffixes, and recognising them by magic bytes.

Vendors use the suffixes to find recordings (names are hints only), the import confirms them with
:func:`sniff_format`, the player passes the name to the media backend as a format hint, and the problem
report leaves such files out.
"""

from __future__ import annotations

AUDIO_FORMATS: tuple[str, ...] = ("wav", "mp3", "m4a", "aac", "ogg", "opus", "flac", "amr")
AUDIO_SUFFIXES: tuple[str, ...] = tuple(f".{name}" for name in AUDIO_FORMATS)


def is_audio_name(name: str) -> bool:
    """Whether a file name ends in one of :data:`AUDIO_SUFFIXES` (case-insensitive)."""
    return name.lower().endswith(AUDIO_SUFFIXES)


def sniff_format(head: bytes) -> str | None:
    """The audio container named by the magic bytes (one of :data:`AUDIO_FORMATS`), or ``None``."""
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
    if head[:5] == b"#!AMR":
        return "amr"
    return None
