"""Member names: odd-name and duplicate findings, link entries, and capped archive notes.

Names are labels only — nothing is ever written under them — but a traversal path, a drive letter or two
files that differ only in case are signs that an archive is not what the company sent, so they become notes.
"""

from __future__ import annotations

import contextlib
import re
import stat
import unicodedata
import zipfile
import zlib
from collections import Counter, defaultdict

from core.i18n import _, ngettext
from core.model import Problem

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_DRIVE = re.compile(r"^[A-Za-z]:")
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_DEVICE = re.compile(r"(?:^|/)(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|/|$)", re.IGNORECASE)
_DEVICE_STEMS = tuple(sorted({device[:3] for device in _WINDOWS_DEVICES}))


class NoteSink:
    """Collects archive notes, at most ``cap`` per kind, then one summary line per kind."""

    def __init__(self, notes: list[Problem], cap: int) -> None:
        self.notes = notes
        self.cap = cap
        self.counts: Counter[str] = Counter()

    def add(self, kind: str, member: str, message: str) -> None:
        self.counts[kind] += 1
        if self.counts[kind] <= self.cap:
            self.notes.append(Problem(member, None, message))

    def finish(self, where: str) -> None:
        """Append "… and N more" lines for kinds that overflowed, then reset the counters."""
        for _kind, count in sorted(self.counts.items()):
            if count > self.cap:
                more = count - self.cap
                self.notes.append(Problem(where, None, ngettext(
                    "… and {n} more note like the ones above.", "… and {n} more notes like the ones above.",
                    more).format(n=f"{more:,}")))
        self.counts.clear()


def shown(text: str) -> str:
    """``text`` with control and bidi characters made visible (for messages about names)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else
                        f"\\u{ord(m.group()):04x}", text)


def odd_name_reason(raw: str) -> str | None:
    """Why a raw entry name is unusual for a genuine export, or ``None``."""
    if len(raw) <= 1024 and not _suspect(raw):
        return None
    return _odd_because(raw)


def _suspect(raw: str) -> bool:
    """A quick first look (1-4 µs instead of one regex's 5-8): true for every name :func:`_odd_because` flags."""
    if _CONTROL.search(raw) or "\\" in raw or raw.startswith("/") or raw[1:2] == ":" or ".." in raw or "./" in raw \
            or " /" in raw or raw.endswith((".", " ")):
        return True
    low = raw.lower()
    return any(stem in low for stem in _DEVICE_STEMS) and _DEVICE.search(raw) is not None


def _odd_because(raw: str) -> str | None:
    """:func:`odd_name_reason` without its quick first look."""
    if "\x00" in raw:
        return _("contains a NUL character")
    if _CONTROL.search(raw):
        return _("contains control or text-direction characters")
    if raw.startswith(("/", "\\")):
        return _("is an absolute path")
    if _DRIVE.match(raw):
        return _("starts with a drive letter")
    parts = re.split(r"[\\/]", raw)
    if ".." in parts:
        return _("points outside the archive (“..”)")
    if "\\" in raw:
        return _("uses backslashes")
    for part in parts:
        if part and (part[-1] in ". " and part not in (".",)):
            return _("has a name ending in a dot or space")
        if part.split(".")[0].lower() in _WINDOWS_DEVICES:
            return _("uses a reserved Windows device name")
    if len(raw) > 1024:
        return _("has an extremely long name")
    return None


UTF8_FLAG = 0x800  # general purpose bit 11: the name is UTF-8


def member_label(info: zipfile.ZipInfo) -> str:
    """The member path label for an entry: zipfile's name (cut at NUL), backslashes shown as ``/``.

    A name stored without the UTF-8 flag is read by ``zipfile`` as code page 437; when its bytes are valid
    UTF-8 with letters beyond ASCII — as macOS's Archive Utility and Info-ZIP ``zip`` in a non-UTF-8 locale
    write them — it is read as UTF-8, as ``unzip`` shows it ("Meine Aktivitäten", not "Meine Aktivit├ñten").
    Code page 437 text is almost never valid UTF-8 (it would need pairs like "├ñ")."""
    name = info.filename
    if not info.flag_bits & UTF8_FLAG and not name.isascii():
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return name.replace("\\", "/")


UNICODE_PATH = 0x7075  # Info-ZIP Unicode Path extra field: version 1, CRC-32 of the header name, UTF-8 name


def unicode_path(info: zipfile.ZipInfo) -> str | None:
    """The entry's name from an Info-ZIP Unicode Path field, as unzip and 7-Zip show it; ``None`` without one.

    The field counts only when its CRC-32 matches the name stored in the header (else those tools ignore it
    too, as the field was written for another name); Python's ``zipfile`` ignores the field altogether."""
    extra, pos = info.extra, 0
    while pos + 4 <= len(extra):
        kind, size = int.from_bytes(extra[pos:pos + 2], "little"), int.from_bytes(extra[pos + 2:pos + 4], "little")
        body = extra[pos + 4:pos + 4 + size]
        pos += 4 + size
        if kind != UNICODE_PATH or len(body) < 5 or body[0] != 1:
            continue
        try:
            raw = info.orig_filename.encode("utf-8" if info.flag_bits & UTF8_FLAG else "cp437")
            name = body[5:].decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
        return name if zlib.crc32(raw) == int.from_bytes(body[1:5], "little") and name else None
    return None


def entry_path(label: str, info: zipfile.ZipInfo) -> tuple[str, str | None]:
    """``(member path, Unicode name)``: the entry listed inside ``label`` under the name unzip and 7-Zip show —
    its Unicode name field when that disagrees with the main name (then also returned), else
    :func:`member_label`."""
    agreed = unicode_path(info)
    if agreed is not None and agreed != info.filename:
        return f"{label}/{agreed.replace(chr(92), '/')}", agreed
    return f"{label}/{member_label(info)}", None


def is_link_or_special(info: zipfile.ZipInfo) -> bool:
    """True for symlink, device, FIFO or socket entries made on Unix (their link is never followed)."""
    if info.create_system != 3:
        return False
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR)


def duplicate_notes(paths: list[str], sink: NoteSink) -> None:
    """Notes for exact, case-only and Unicode-normalisation duplicates among member paths."""
    exact = Counter(paths)
    if len(exact) != len(paths):
        for path, count in exact.items():
            if count > 1:
                sink.add("duplicate", path, _("{count} files are all called “{value}”; Dossier reads the first one. "
                                              "A genuine export does not contain duplicates.").format(
                    count=count, value=shown(path)))
    keys = {path: path.lower() if path.isascii() else unicodedata.normalize("NFC", path).casefold()
            for path in exact}
    if len(set(keys.values())) == len(keys):
        return
    folded: defaultdict[str, set[str]] = defaultdict(set)
    for path, key in keys.items():
        folded[key].add(path)
    for group in folded.values():
        if len(group) > 1:
            names = " and ".join(f"“{shown(p)}”" for p in sorted(group))
            sink.add("near-duplicate", sorted(group)[0],
                     _("The files {names} differ only in letter case or accents — they may be confused.").format(
                         names=names))
