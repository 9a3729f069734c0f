"""Finding the Takeout inside an export and sorting its files by what Dossier can read.

Takeout names folders and files in the account's language (``My Activity`` / ``Meine Aktivitäten``,
``MyActivity.json`` / ``My Activity.json`` / ``Meine Aktivitäten.json``). Names are hints only: the
readers check the structure (JSON keys, HTML classes) before using a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from core.audio.formats import AUDIO_SUFFIXES
from core.source.archive import ExportSource, Member

Kind = Literal["activity-json", "activity-html", "audio", "play-orders", "play-purchases", "pay", "profile",
               "index", "other"]

# "My Activity" in the languages Takeout uses (lower case, spaces removed for comparison)
MY_ACTIVITY_NAMES = {
    "myactivity", "meineaktivitäten", "mesactivités", "lemieattività", "miactividad", "mijnactiviteit",
    "minhaatividade", "mojaaktywność",
}
TAKEOUT_INDEX_NAMES = {"archive_browser.html", "archiv_übersicht.html", "archiv_ubersicht.html"}
#: How Google names a Takeout's archives (``takeout-20240301T101500Z-001.zip``; also ``-1-001`` parts)
TAKEOUT_PART = re.compile(r"^(takeout-.+)-(\d{3})\.(zip|tgz|tar\.gz)$", re.IGNORECASE)
_SPLIT_HTML = re.compile(r"-\d+$")
_PAY_FILE = re.compile(r"^(transactions|transaktionen|transazioni|transacciones|transacties)[ _-]?\d*\.csv$")
_PROFILE_FILES = {"profile.json", "profil.json", "profilo.json", "perfil.json", "profiel.json"}

# product folders under My Activity (lower case); anything else is an activity Dossier does not model
ASSISTANT_NAMES = {"assistant", "google assistant", "assistente", "asistente", "assistent"}
VOICE_AUDIO_NAMES = {
    "voice and audio", "voice & audio", "sprach- und audioaktivitäten", "sprache und audio", "voix et audio",
    "voce e audio", "voz y audio", "spraak en audio",
}
SEARCH_NAMES = {
    "search", "google search", "suche", "google suche", "recherche", "ricerca", "búsqueda", "zoeken",
    "image search", "bildersuche", "video search", "videosuche",
}


def _squash(name: str) -> str:
    return name.replace(" ", "").replace("_", "").lower()


@dataclass(frozen=True)
class TakeoutFile:
    """One member with its path relative to the Takeout root (``My Activity/Assistant/x.mp3``)."""

    member: Member
    rel: str
    kind: Kind

    @property
    def parts(self) -> list[str]:
        return self.rel.split("/")

    @property
    def product(self) -> str | None:
        """The product folder under My Activity (``Assistant``, ``Suche``), lower case, if any."""
        label = self.product_label
        return label.lower() if label else None

    @property
    def product_label(self) -> str | None:
        """The product folder under My Activity as written."""
        parts = self.parts
        for i, part in enumerate(parts[:-2]):
            if _squash(part) in MY_ACTIVITY_NAMES:
                return parts[i + 1]
        return None


def takeout_relative(path: str) -> str | None:
    """The part of a member path after its ``Takeout/`` folder, or ``None`` if it has none."""
    parts = path.split("/")
    for i, part in enumerate(parts[:-1]):
        if part == "Takeout":
            return "/".join(parts[i + 1:])
    return None


def _root_relative(source: ExportSource) -> dict[str, str]:
    """Member path -> Takeout-relative path, also for a folder opened at the Takeout root itself."""
    mapping: dict[str, str] = {}
    for m in source.members:
        rel = takeout_relative(m.path)
        if rel is not None:
            mapping[m.path] = rel
    if mapping:
        return mapping
    # Opened at the Takeout folder itself: members are "My Activity/…" or "<zip>/My Activity/…"
    for m in source.members:
        parts = m.path.split("/")
        for i, part in enumerate(parts[:-1]):
            if _squash(part) in MY_ACTIVITY_NAMES:
                prefix = "/".join(parts[:i])
                for other in source.members:
                    if other.path.startswith(prefix + "/" if prefix else ""):
                        mapping.setdefault(other.path, other.path[len(prefix) + 1 if prefix else 0:])
                return mapping
        if m.name.lower() in TAKEOUT_INDEX_NAMES and len(parts) == 1:
            return {o.path: o.path for o in source.members}
    return mapping


def classify(rel: str) -> Kind:
    """What kind of Takeout file ``rel`` (a Takeout-relative path) looks like, by name only."""
    parts = rel.split("/")
    name = parts[-1]
    lower = name.lower()
    if len(parts) == 1 and lower in TAKEOUT_INDEX_NAMES:
        return "index"
    if lower.endswith(AUDIO_SUFFIXES):
        return "audio"
    stem, _, ext = lower.rpartition(".")
    in_activity = any(_squash(p) in MY_ACTIVITY_NAMES for p in parts[:-1])
    named = _squash(stem) in MY_ACTIVITY_NAMES or _squash(_SPLIT_HTML.sub("", stem)) in MY_ACTIVITY_NAMES
    if in_activity and ext in ("json", "html") and named:
        return "activity-json" if ext == "json" else "activity-html"
    folder = "/".join(parts[:-1]).lower()
    if "play" in folder and ext == "json":
        if _squash(stem) == "orderhistory":
            return "play-orders"
        if _squash(stem) == "purchasehistory":
            return "play-purchases"
    if ("pay" in folder or "wallet" in folder) and _PAY_FILE.match(lower):
        return "pay"
    if lower in _PROFILE_FILES:
        return "profile"
    return "other"


def discover(source: ExportSource) -> tuple[list[TakeoutFile], list[Member]]:
    """The Takeout files (with kinds) and the members that lie outside any Takeout folder."""
    mapping = _root_relative(source)
    found: list[TakeoutFile] = []
    outside: list[Member] = []
    for m in source.members:
        rel = mapping.get(m.path)
        if rel is None:
            outside.append(m)
        else:
            found.append(TakeoutFile(m, rel, classify(rel)))
    return found, outside


def takeout_score(source: ExportSource) -> float:
    """How sure we are that ``source`` is a Google Takeout export (0 … 1)."""
    files, _outside = discover(source)
    if not files:
        return 0.0
    kinds = {f.kind for f in files}
    explicit = any(takeout_relative(f.member.path) is not None for f in files)
    if kinds & {"index", "activity-json", "activity-html", "play-orders", "play-purchases", "pay"}:
        return 0.95 if explicit else 0.85
    return 0.6 if explicit else 0.0
