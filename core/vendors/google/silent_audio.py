"""Files named like audio that hold none: an empty ``.mp3``, a text saved under an audio name.

A Takeout's clips are found by their names (``core.vendors.google.discovery``); before they become recordings,
the first bytes of each are checked (``core.audio.formats.sniff_format``). One that certainly holds no audio —
empty, only zero bytes, or text — is not listed as a recording (the export would otherwise be said to contain
a recording it does not), and the import report says so; bytes Dossier cannot name are kept as a recording.
Reading the first bytes costs a positional read in a ZIP and nothing in a ``.tgz`` (kept while it was listed).
"""

from __future__ import annotations

from core.audio.formats import sniff_format
from core.errors import DossierError, ImportCancelled
from core.i18n import _, ngettext
from core.model import ImportReport, Problem
from core.source.archive import Cancelled, ExportSource
from core.vendors.google.discovery import TakeoutFile

HEAD_BYTES = 64
CHECK_EVERY = 256


def silent_kind(head: bytes, size: int) -> str | None:
    """``"empty"``, ``"zeros"`` or ``"text"`` for a file that certainly holds no audio; ``None`` for an audio
    format, and for bytes Dossier cannot name (kept: a clip with junk before its first frame still plays)."""
    if size == 0:
        return "empty"
    if sniff_format(head):
        return None
    if not head.strip(b"\0"):
        return "zeros"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:  # a character cut at the end of the head: judge the rest
        try:
            text = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return None
    return "text" if text and all(c.isprintable() or c.isspace() for c in text) else None


def split_by_content(source: ExportSource, files: list[TakeoutFile],
                     cancelled: Cancelled) -> tuple[list[TakeoutFile], list[tuple[TakeoutFile, str]]]:
    """``(audio, silent)``: the files that may hold audio, and those that certainly do not with their kind. A
    file that cannot be read stays with the audio (its recording says it cannot be played, as before)."""
    audio: list[TakeoutFile] = []
    silent: list[tuple[TakeoutFile, str]] = []
    for n, f in enumerate(files):
        if n % CHECK_EVERY == 0 and cancelled():
            raise ImportCancelled()
        try:
            kind = silent_kind(source.read_bytes(f.member, limit=HEAD_BYTES), f.member.size)
        except DossierError:
            kind = None
        if kind is None:
            audio.append(f)
        else:
            silent.append((f, kind))
    return audio, silent


def why_silent(kind: str) -> str:
    """The import report's reason for one such file."""
    if kind == "empty":
        return _("Named like audio, but the file is empty; it is not listed as a recording.")
    if kind == "zeros":
        return _("Named like audio, but it holds only zero bytes; it is not listed as a recording.")
    return _("Named like audio, but it holds text; it is not listed as a recording.")


def silent_note(silent: list[tuple[TakeoutFile, str]], report: ImportReport) -> None:
    """One note for all of them, naming the first."""
    if silent:
        first = silent[0][0]
        report.notes.append(Problem(first.member.path, None, ngettext(
            "{n:,} file named like audio holds no audio (first: {name}); it is not listed as a recording.",
            "{n:,} files named like audio hold no audio (first: {name}); they are not listed as recordings.",
            len(silent)).format(n=len(silent), name=first.rel)))
