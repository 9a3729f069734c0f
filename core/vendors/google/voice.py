"""Voice recordings: Assistant / Voice and Audio entries linked to the MP3 files named in ``audioFiles``.

Entries without audio (Google keeps audio only after an opt-in since 2020) and audio files no entry
names are both reported; the latter still become recordings, dated from their file name if it holds a
timestamp, else from the archive entry's date (weak, flagged by ``time_source``). An entry naming an audio file
the export lacks (a part of a split Takeout not opened) is a recording with no audio in the export, as an Amazon
index row without its clip is: missing audio is not a missing recording.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from core.i18n import _, ngettext
from core.model import ImportReport, Problem, recording_id
from core.vendors.google.activity import SAID_PREFIXES, Activity, device_of, strip_prefix
from core.vendors.google.discovery import TakeoutFile

_ISO_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})[T _](\d{2})[_:.\-](\d{2})[_:.\-](\d{2})(?:[.,_](\d{1,6}))?")
_COMPACT_NAME = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})[T_\-]?(\d{2})(\d{2})(\d{2})(?!\d)")
_EPOCH_MS = re.compile(r"(?<!\d)(1\d{12})(?!\d)")
LIST_EACH = 5  # up to this many missing or unnamed clips are reported one by one, more as one line
_EPOCH_S = re.compile(r"(?<!\d)(1\d{9})(?!\d)")


def time_from_filename(name: str) -> datetime | None:
    """A UTC time written in a clip's file name (ISO-like, compact, epoch s or ms), if any."""
    stem = name.rsplit("/", 1)[-1]
    for pattern in (_ISO_NAME, _COMPACT_NAME):
        match = pattern.search(stem)
        if match:
            fields = [int(g) for g in match.groups()[:6]]
            fraction = match.groups()[6] if len(match.groups()) > 6 else None
            micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
            try:
                y, mo, d, h, mi, sec = fields
                value = datetime(y, mo, d, h, mi, sec, micro, tzinfo=UTC)
            except ValueError:
                continue
            if 2000 <= value.year <= 2100:
                return value
    for pattern, scale in ((_EPOCH_MS, 1000), (_EPOCH_S, 1)):
        match = pattern.search(stem)
        if match:
            return datetime.fromtimestamp(int(match.group(1)) / scale, tz=UTC)
    return None


class AudioIndex:
    """Audio files by Takeout-relative path and by file name, for resolving ``audioFiles`` entries."""

    def __init__(self, audio: list[TakeoutFile]) -> None:
        self.by_rel = {f.rel: f for f in audio}
        self.by_name: dict[str, list[TakeoutFile]] = {}
        for f in audio:
            self.by_name.setdefault(f.rel.rsplit("/", 1)[-1], []).append(f)

    def resolve(self, name: str, activity_rel: str) -> TakeoutFile | None:
        folder = posixpath.dirname(activity_rel)
        clean = name.replace("\\", "/").lstrip("./")
        for candidate in (posixpath.normpath(posixpath.join(folder, clean)), clean):
            if candidate in self.by_rel:
                return self.by_rel[candidate]
        same_name = self.by_name.get(clean.rsplit("/", 1)[-1], [])
        if len(same_name) == 1:
            return same_name[0]
        near = [f for f in same_name if f.rel.startswith(folder + "/")]
        return near[0] if len(near) == 1 else None


def _row(audio: TakeoutFile, **values: Any) -> dict[str, Any]:
    member = audio.member
    return {
        "id": recording_id(member.path), "device_serial": None, "duration_s": None,
        "audio_member": member.path, "audio_format": member.suffix.lstrip(".") or None,
        "size": member.size, "crc32": member.crc32, "sha256": None, "line": None, **values,
    }


def _listed_only(act: Activity, name: str, **values: Any) -> dict[str, Any]:
    """The row of a recording an entry names whose audio file is not in the export."""
    return {
        "id": recording_id(f"{act.member}#{act.entry}#{name}"), "device_serial": None, "duration_s": None,
        "audio_member": None, "audio_format": None, "size": None, "crc32": None, "sha256": None, "line": None,
        "time": act.time, "time_source": "index" if act.time is not None else "none", **values,
    }


def recordings_from_activity(voice: list[Activity], rel_of: dict[str, str], index: AudioIndex,
                             report: ImportReport, silent: AudioIndex | None = None,
                             ) -> tuple[list[dict[str, Any]], set[str]]:
    """Recording rows for voice entries with audio; the audio members they use. ``silent``: the files named
    like audio that hold none (``core.vendors.google.silent_audio``) — an entry naming one is told apart from one
    naming a file the export lacks."""
    rows: list[dict[str, Any]] = []
    used: dict[str, tuple[int, str]] = {}  # audio member -> (entry, activity file) that names it
    without_audio: Counter[str] = Counter()
    missing: dict[str, list[tuple[int, str]]] = {}  # activity file -> (entry, audio name) not in the export
    listed_only: set[tuple[str, int, str]] = set()
    for act in voice:
        if not act.audio_files:
            without_audio[act.member] += 1
            continue
        transcript, _prefix = strip_prefix(act.title, SAID_PREFIXES)
        device, response = device_of(act)
        for name in act.audio_files:
            audio = index.resolve(name, rel_of.get(act.member, act.member))
            if audio is None and silent is not None and silent.resolve(name, rel_of.get(act.member, act.member)):
                report.problem(act.member, None, _("Entry {entry} names the audio file {name}, which is in the "
                                                   "export but holds no audio.").format(entry=act.entry, name=name))
                continue
            if audio is None:
                if (act.member, act.entry, name) not in listed_only:  # a set: 80,000 entries of a part alone
                    listed_only.add((act.member, act.entry, name))
                    missing.setdefault(act.member, []).append((act.entry, name))
                    rows.append(_listed_only(act, name, device_name=device, transcript=transcript,
                                             response="\n".join(response) or None, member=act.member))
                continue
            if audio.member.path in used:
                earlier, file = used[audio.member.path]
                report.problem(act.member, None, _("Entry {entry} names the audio file {name}, already linked to "
                                                   "entry {earlier} of {file}; it is listed once.").format(
                    entry=act.entry, name=name, earlier=earlier, file=file))
                continue
            used[audio.member.path] = (act.entry, act.member)
            rows.append(_row(audio, time=act.time, time_source="index", device_name=device,
                             transcript=transcript, response="\n".join(response) or None, member=act.member))
    for member, gone in missing.items():
        if len(gone) <= LIST_EACH:
            for entry, name in gone:
                report.problem(member, None, _("Entry {entry} names the audio file {name}, which is not in the "
                                               "export.").format(entry=entry, name=name))
        else:
            report.problem(member, None, _("{value:,} entries name audio files that are not in the export (first: "
                                           "entry {value2}, {value3}); was a part of the export left out?").format(
                value=len(gone), value2=gone[0][0], value3=gone[0][1]))
    for member, count in sorted(without_audio.items()):
        report.notes.append(Problem(member, None, ngettext(
            "{n:,} voice entry has no audio file (Google keeps audio only when voice and audio activity is switched "
            "on).",
            "{n:,} voice entries have no audio file (Google keeps audio only when voice and audio activity is "
            "switched on).", count).format(n=count)))
    return rows, set(used)


def recordings_from_orphans(audio: list[TakeoutFile], used: set[str], report: ImportReport) -> list[dict[str, Any]]:
    """Recording rows for audio files that no activity entry names (reported per file, or per folder if many)."""
    rows: list[dict[str, Any]] = []
    by_folder: dict[str, list[tuple[str, str]]] = {}  # folder -> (member, time source)
    for f in audio:
        if f.member.path in used:
            continue
        when = time_from_filename(f.member.name)
        source = "filename"
        if when is None and f.member.modified is not None:
            when, source = f.member.modified.replace(tzinfo=UTC), "archive"
        elif when is None:
            source = "none"
        by_folder.setdefault(f.member.path.rsplit("/", 1)[0], []).append((f.member.path, source))
        rows.append(_row(f, time=when, time_source=source, device_name=None, transcript=None, response=None,
                         member=f.member.path))
    for folder, files in by_folder.items():
        if len(files) <= LIST_EACH:
            for member, source in files:
                report.notes.append(Problem(member, None, _orphan_note(source)))
            continue
        counts = Counter(source for _, source in files)
        how = ", ".join(_dated_count(s, n) for s, n in sorted(counts.items()))
        report.notes.append(Problem(folder, None, _("No activity entry names {n:,} audio files in this folder; they "
                                                    "are listed as recordings ({how}).").format(n=len(files), how=how)))
    return rows


def _orphan_note(source: str) -> str:
    """The note for an audio file no activity entry names, by where its time comes from."""
    if source == "filename":
        return _("No activity entry names this audio file; it is listed as a recording, dated from its file name.")
    if source == "archive":
        return _("No activity entry names this audio file; it is listed as a recording, dated from the archive "
                 "entry (weak).")
    return _("No activity entry names this audio file; it is listed as a recording, undated.")


def _dated_count(source: str, n: int) -> str:
    """How many of a folder's unnamed audio files are dated which way (an item of the folder note's list)."""
    if source == "filename":
        text = ngettext("{n:,} dated from its file name", "{n:,} dated from their file names", n)
    elif source == "archive":
        text = ngettext("{n:,} dated from its archive entry (weak)", "{n:,} dated from archive entries (weak)", n)
    else:
        text = ngettext("{n:,} undated", "{n:,} undated", n)
    return text.format(n=n)
