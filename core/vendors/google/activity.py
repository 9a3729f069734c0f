"""One My Activity entry, whichever form (JSON or HTML) it came from, and what it is about.

Titles are localised verb phrases: ``Said …`` / ``Gesagt: …`` for voice, ``Searched for …`` /
``Gesucht nach …`` for searches. The prefixes below are stripped to get the transcript or query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from urllib.parse import parse_qs, urlsplit

from core.vendors.google.discovery import ASSISTANT_NAMES, SEARCH_NAMES, VOICE_AUDIO_NAMES

Topic = Literal["voice", "search", "other"]

SAID_PREFIXES = ("Said", "Gesagt", "Vous avez dit", "Hai detto", "Has dicho", "Dijiste", "Gezegd", "Disse")
SEARCHED_PREFIXES = (
    "Searched for", "Gesucht nach", "Vous avez recherché", "Hai cercato", "Has buscado", "Buscaste",
    "Gezocht naar", "Pesquisou",
)
DEVICE_PREFIXES = ("Device:", "Gerät:", "Appareil :", "Appareil:", "Dispositivo:", "Apparaat:")
_QUOTES = "\"'“”„‟«»‘’‚"


@dataclass
class Activity:
    """A My Activity record in the shape of the official JSON schema (takeout ``README.md``)."""

    member: str  # the activity file's member path
    entry: int  # 1-based position in the file
    header: str | None
    title: str | None
    title_url: str | None
    time: datetime | None
    time_raw: str | None
    products: list[str] = field(default_factory=list)
    subtitles: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    audio_files: list[str] = field(default_factory=list)
    zone_uncertain: bool = False  # HTML: the label is the export's zone, not the event's
    folder: str | None = None  # product folder under My Activity, lower case


def strip_prefix(title: str | None, prefixes: tuple[str, ...]) -> tuple[str | None, bool]:
    """``title`` without a leading localised verb (and its colon and quotes); whether one was found."""
    if not title:
        return None, False
    for prefix in prefixes:
        if title.startswith(prefix) and (len(title) == len(prefix) or not title[len(prefix)].isalnum()):
            rest = title[len(prefix):].lstrip(" :\u00a0").strip()
            return (_unquote(rest) or None), True
    return title, False


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip()
    return text


def query_from_url(url: str | None) -> str | None:
    """The ``q=`` parameter of a Google search URL."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if "google." not in parts.netloc and parts.netloc:
        return None
    values = parse_qs(parts.query).get("q")
    return values[0].strip() or None if values else None


def _named(values: list[str], names: set[str]) -> bool:
    return any(v.strip().lower() in names for v in values)


def topic(activity: Activity) -> Topic:
    """Voice (Assistant, Voice and Audio, or anything with audio), search, or something else."""
    labels = [activity.header or "", *activity.products]
    if activity.audio_files:
        return "voice"
    if activity.folder in ASSISTANT_NAMES or activity.folder in VOICE_AUDIO_NAMES:
        return "voice"
    if activity.folder is None and _named(labels, ASSISTANT_NAMES | VOICE_AUDIO_NAMES):
        return "voice"
    if activity.folder in SEARCH_NAMES or (activity.folder is None and _named(labels, SEARCH_NAMES)):
        return "search"
    return "other"


def device_of(activity: Activity) -> tuple[str | None, list[str]]:
    """The device named in details or subtitles, and the remaining subtitles (the response)."""
    device = None
    for detail in activity.details:
        for prefix in DEVICE_PREFIXES:
            if detail.startswith(prefix) and len(detail) > len(prefix):
                device = device or detail[len(prefix):].strip()
    rest: list[str] = []
    for line in activity.subtitles:
        matched = next((p for p in DEVICE_PREFIXES if line.startswith(p) and len(line) > len(p)), None)
        if matched and device is None:
            device = line[len(matched):].strip()
        elif not matched:
            rest.append(line)
    return device, rest


_WS = re.compile(r"\s+")


def one_line(text: str | None) -> str | None:
    return _WS.sub(" ", text).strip() or None if text else None
