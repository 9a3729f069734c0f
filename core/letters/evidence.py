"""The evidence bundle: a manifest of the export (hashes, listing, flagged items, processing log) and a ZIP.

The manifest carries counts, paths, dates and hashes — never audio or transcripts. The flagged clips'
original bytes go into the bundle only when the user asks (off by default; they are other people's data).
Before a letter or bundle is written, :func:`verify_export` re-hashes the export files and raises
:class:`~core.errors.ExportChanged` when one differs. Every file is written atomically (temp file in the
target folder, fsync, ``os.replace``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from core import __version__
from core.contents import device_list_present, histories
from core.errors import DossierError, ExportChanged, ImportCancelled
from core.i18n import N_, _
from core.letters.context import Selection
from core.letters.labels import export_labels
from core.letters.sanitise import clean_line
from core.model import Export
from core.reading.timetext import iso_text
from core.source.archive import Cancelled, Progress, never_cancelled, no_progress
from core.source.exporthash import sha256_file

CLIPS_WARNING = N_("The clips are other people's voice recordings. Include them only if an authority asks for them, "
                    "and hand the bundle over only through the channel it names.")


class DestinationRefused(DossierError):
    category = "destination"
    default_message = (N_("Dossier does not write into or next to the export — choose another folder for the letter "
                       "and the evidence bundle."))


def verify_export(export: Export, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> None:
    """Re-hash every export file; :class:`ExportChanged` names the first file that is missing or different."""
    total = len(export.files) or 1
    for done, f in enumerate(export.files, start=1):
        progress((done - 1) / total, _("Checking that the export is unchanged… {done} of {total}").format(
            done=done, total=total))
        try:
            current = sha256_file(Path(f.path), cancelled)
        except OSError:
            raise ExportChanged(_("“{value}” is no longer where it was when you opened the export — put it back or "
                                  "open the export again.").format(value=clean_line(f.name, max_length=80))) from None
        if current != f.sha256:
            raise ExportChanged(_("“{value}” has changed since you opened the export (its SHA-256 differs) — the "
                                  "letter would quote a hash that no longer matches.").format(
                value=clean_line(f.name, max_length=80)))
    progress(1.0, _("The export is unchanged."))


def check_destination(export: Export, target: Path) -> None:
    """Refuse to write into, or next to, the export (its folder, or the folder a ZIP of it lies in)."""
    target = target.resolve()
    for f in export.files:
        depth = len(Path(f.name).parts)
        path = Path(f.path).resolve()
        root = path.parents[depth - 1] if depth <= len(path.parents) else path.parent
        if target == root or root in target.parents or target == path.parent:
            raise DestinationRefused()


def _plain(value: Any) -> str | None:
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return clean_line(value, max_length=200)


def build_manifest(export: Export, selection: Selection, *, processing_log: Sequence[tuple[str, str]] = (),
                   members: Iterable[Any] = (), attachments: Sequence[dict[str, Any]] = (),
                   correspondence: dict[str, Any] | None = None) -> dict[str, Any]:
    """The manifest as JSON-ready data. ``members`` (``archive.Member``-like) gives the listing with sizes;
    ``correspondence`` (:func:`core.letters.followup_output.correspondence_manifest`) the case's earlier letters
    and answers with their hashes, so the whole trail can be checked."""
    rows = {r["id"]: r for r in export.recordings.to_dict("records")} if len(export.recordings) else {}
    labels = export_labels(export, "en")  # a device label may hold a stranger's name: never in the manifest
    flagged = []
    for item in selection.findings:
        f = item.finding
        if f.subject == "export":
            continue  # summaries of the whole export: their recordings are listed one by one
        row = rows.get(f.subject, {})
        flagged.append({
            "finding": f.id, "rule": f.rule, "severity": f.severity, "status": item.status,
            "recording": f.subject if row else None,
            "member": _plain(row.get("audio_member")) or _plain(f.member),
            "time": iso_text(row.get("time")) or f.time,
            "time_source": _plain(row.get("time_source")),  # "archive": only the ZIP entry's date, no recording time
            "device": labels.shown(_plain(row.get("device_name")) or "") or _plain(row.get("device_serial")),
            "sha256": _plain(row.get("sha256")),
            "no_audio_in_export": bool(row) and _plain(row.get("audio_member")) is None,
        })
    flagged.sort(key=lambda x: (x["time"] or "", x["member"] or "", x["rule"]))
    listing = [{"member": clean_line(m.path, max_length=500), "size": int(m.size),
                **({"crc32": f"{m.crc32:08x}"} if getattr(m, "crc32", None) is not None else {})} for m in members]
    if not listing:
        listing = [{"member": clean_line(e.member, max_length=500), "status": e.status, "dataset": e.dataset}
                   for e in export.report.files]
    return {
        "dossier_version": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "export": {"id": export.export_id, "vendor": export.vendor, "layouts": list(export.layouts),
                   "files": [{"name": clean_line(f.name, max_length=300), "size": f.size, "sha256": f.sha256}
                             for f in export.files]},
        "counts": export.counts(),
        # missing is not empty: a history or device list the export holds no file of is not a count of 0
        "histories": histories(export),
        "device_list": device_list_present(export),
        "listing": listing,
        "flagged": flagged,
        "summaries": [labels.redact(clean_line(i.finding.explanation, max_length=300)) for i in selection.findings
                      if i.finding.subject == "export"],
        "flagged_recordings": len(selection.recordings),
        "attachments": list(attachments),
        **({"correspondence": correspondence} if correspondence else {}),
        "processing_log": [{"time": t, "message": clean_line(m, max_length=500)} for t, m in processing_log],
        "note": ("Counts, paths, dates, device labels and SHA-256 hashes only: no audio, no transcripts. Device labels "
                 "that may hold a person's name are replaced by 'Device A (label probably contains a name)'."),
    }


def _contents(manifest: dict[str, Any], name: str, n: int) -> str:
    """``12 purchases``, or that the export holds no such file (``no search history in the export``)."""
    held = manifest.get("histories", {}).get(name, "held")
    if name == "devices" and not n and manifest.get("device_list") is False:
        return "no device list in the export"
    what = {"purchases": "order history", "searches": "search history"}.get(name, name)
    if held == "missing":
        return f"no {what} in the export"
    return f"no {what} Dossier could read" if held == "unread" else f"{n:,} {name}"


def manifest_text(manifest: dict[str, Any]) -> str:
    """The manifest for people: plain text, one fact per line."""
    ex = manifest["export"]
    out = [f"Evidence manifest — Dossier {manifest['dossier_version']}, created {manifest['created']}",
           manifest["note"], "", f"Export id (SHA-256 over the files' hashes): {ex['id']}", "", "Export files:"]
    out += [f"  {f['name']}  {f['size']:,} bytes  SHA-256 {f['sha256']}" for f in ex["files"]]
    out += ["", "Contents: " + ", ".join(_contents(manifest, k, n) for k, n in manifest["counts"].items()), ""]
    out.append(f"Flagged items ({len(manifest['flagged'])} findings, {manifest['flagged_recordings']} recordings):")
    for x in manifest["flagged"]:
        when = (x["time"] or "-") + (" (archive entry date)" if x.get("time_source") == "archive" else "")
        out.append(f"  {when}  {x['member'] or '-'}  device: {x['device'] or 'none'}  rule: {x['rule']} "
                   f"({x['status']})  " + ("no audio in the export (listed only)" if x.get("no_audio_in_export")
                                           else f"SHA-256 {x['sha256'] or 'not computed'}"))
    if manifest["attachments"]:
        out += ["", "Attachments in this bundle:"]
        out += [f"  {a['name']}  {a['size']:,} bytes  SHA-256 {a['sha256']}" for a in manifest["attachments"]]
    out += correspondence_text(manifest.get("correspondence"))
    out += ["", f"File listing ({len(manifest['listing'])} files):"]
    for m in manifest["listing"]:
        extra = f"  {m['size']:,} bytes" if "size" in m else f"  {m.get('status', '')}"
        out.append(f"  {m['member']}{extra}")
    out += ["", "Processing log:"]
    out += [f"  {e['time']}  {e['message']}" for e in manifest["processing_log"]] or ["  (empty)"]
    return "\n".join(out) + "\n"


def correspondence_text(trail: dict[str, Any] | None) -> list[str]:
    """The correspondence section of the text manifest (nothing when the case holds none)."""
    if not trail:
        return []
    request = trail["request"]
    out = ["", "Correspondence (from the case):",
           f"  access request: {request['date'] or 'date not given'}"
           + (f" ({clean_line(request['channel'], max_length=80)})" if request["channel"] else "")
           + f"; export received: {request['export_received'] or 'date not given'}"]
    for x in trail["letters"]:
        out.append(f"  letter {x['letter']}: {x['kind']}/{x['lang']} to the {x['to']} ({x['addressee']}), drafted "
                   f"{x['drafted']}, " + (f"sent {x['sent']}" if x["sent"] else "not marked as sent"))
        out += [f"    {f['name']}  {f['size']:,} bytes  SHA-256 {f['sha256']}" for f in x["files"]]
    for r in trail["replies"]:
        out.append(f"  answer {r['reply']} from the {r['from']}, received {r['received']}: "
                   f"{clean_line(r['name'], max_length=120)}  {r['size']:,} bytes  SHA-256 {r['sha256']}")
    return out


# --- atomic writing ---------------------------------------------------------------------------------
def atomic_write(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``target`` via a temp file in its folder, fsync, then ``os.replace``; no partial file on failure."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temp).unlink()
        raise
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(target.parent, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    atomic_write(target, write)


def attachment_entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def write_bundle(target: Path, manifest: dict[str, Any], files: dict[str, bytes], *, source: Any = None,
                 include_clips: bool = False, progress: Progress = no_progress,
                 cancelled: Cancelled = never_cancelled) -> None:
    """The evidence ZIP: ``files`` (letter PDF, text), the manifest (JSON + text), optionally the clips.

    Clips are streamed from ``source`` (an :class:`~core.source.archive.ExportSource`) straight into the ZIP,
    byte for byte, under ``clips/<n>-<sha256 prefix><ext>``; the manifest maps them to their members.
    """
    clips: list[tuple[str, str]] = []
    if include_clips and source is not None:
        seen: set[str] = set()
        for x in manifest["flagged"]:
            member = x.get("member")
            if x.get("recording") and member and member not in seen and not x.get("no_audio_in_export"):
                seen.add(member)
                ext = Path(member).suffix.lower()[:8]
                clips.append((member, f"clips/{len(clips) + 1:05d}-{(x.get('sha256') or 'unhashed')[:16]}{ext}"))
        manifest = {**manifest, "clips": [{"member": m, "name": n} for m, n in clips]}

    def write(handle: IO[bytes]) -> None:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                zf.writestr(name, data)
            zf.writestr("evidence-manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2).encode())
            zf.writestr("evidence-manifest.txt", manifest_text(manifest).encode("utf-8"))
            for done, (member, name) in enumerate(clips, start=1):
                if cancelled():
                    raise ImportCancelled()
                with zf.open(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), "w") as out:
                    for chunk in source.iter_chunks(member):
                        out.write(chunk)
                progress(done / len(clips), _("Adding clips… {done:,} of {value:,}").format(
                    done=done, value=len(clips)))

    atomic_write(Path(target), write)
