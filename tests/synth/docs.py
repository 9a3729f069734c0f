"""Small hand-written files of synthetic exports: a minimal valid PDF, ZIPs with fixed entry dates, indexes."""

from __future__ import annotations

import calendar
import json
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from tests.synth.render import iso_time, to_csv
from tests.synth.spec import Clip

Entry = tuple[str, bytes] | tuple[str, bytes, datetime]


def pdf(title: str, lines: Sequence[str]) -> bytes:
    """A one-or-more-page PDF 1.4 with Helvetica text lines (WinAnsi), built by hand with a correct xref."""
    per_page = 48
    pages = [list(lines[i:i + per_page]) for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objects: list[bytes] = []

    def esc(text: str) -> bytes:
        raw = text.encode("cp1252", errors="replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    font_id = 3
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for number, page_lines in enumerate(pages):
        content = [b"BT /F1 14 Tf 56 790 Td (" + esc(title if number == 0 else f"{title} ({number + 1})") + b") Tj",
                   b"/F1 10 Tf 0 -24 Td 14 TL"]
        content += [b"(" + esc(line) + b") '" for line in page_lines]
        content.append(b"ET")
        stream = b"\n".join(content)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                       b"/Contents %d 0 R >>" % (font_id, page_ids[number] + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def write_zip(path: Path, entries: Iterable[Entry], *, default_time: datetime = datetime(2018, 8, 14, 9, 30, 0),
              method: int = zipfile.ZIP_DEFLATED) -> Path:
    """A ZIP with the given entries (name, bytes[, entry date]) in order; folders implied by names."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for entry in entries:
            name, data = entry[0], entry[1]
            when = entry[2] if len(entry) > 2 else default_time  # type: ignore[misc]
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = method
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return path


def zip_bytes(entries: Iterable[Entry], **kwargs: object) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for entry in entries:
            name, data = entry[0], entry[1]
            when = entry[2] if len(entry) > 2 else datetime(2018, 8, 14, 9, 30, 0)  # type: ignore[misc]
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buffer.getvalue()


def index_csv(clips: Sequence[Clip], customer: str = "A1SYNTHETIC") -> bytes:
    """A synthetic recordings index (labelled synthetic) using the Alexa web-API names."""
    header = ["recordKey", "timestamp", "device.deviceName", "deviceSerialNumber", "transcriptText",
              "alexaResponse", "audioFileName"]
    rows = []
    for clip in clips:
        millis = int(clip.time.timestamp() * 1000)
        rows.append([f"{customer}#{millis}#A3S5BH2HU6VAYF#{clip.device_serial or ''}", str(millis),
                     clip.device_name or "", clip.device_serial or "", clip.text, clip.response or "",
                     clip.file.rsplit("/", 1)[-1]])
    return to_csv(header, rows, bom=True, quote_all=True)


def voice_history_csv(clips: Sequence[Clip], customer: str = "A1SYNTHETIC") -> bytes:
    """A SYNTHETIC voice-history index (no real Amazon export is known to hold one; see export-formats §2.5).

    Columns use the Alexa web-API names (``recordKey`` = customer#epoch-ms#device type#serial, ``timestamp``
    in epoch ms, ``deviceName``, ``deviceSerialNumber``, ``deviceType``, ``transcriptText``) plus
    ``alexaResponse`` and ``audioFileName`` linking each row to its WAV. Newest first, as the web API lists
    them; times are the clips' UTC times whatever the machine's time zone; an empty text stays empty.
    """
    header = ["recordKey", "timestamp", "deviceName", "deviceSerialNumber", "deviceType", "transcriptText",
              "alexaResponse", "audioFileName"]
    rows = []
    for clip in sorted(clips, key=lambda c: (c.time, c.file), reverse=True):
        millis = calendar.timegm(clip.time.timetuple()) * 1000 + clip.time.microsecond // 1000
        device_type = clip.device_type or ""
        rows.append([f"{customer}#{millis}#{device_type}#{clip.device_serial or ''}", str(millis),
                     clip.device_name or "", clip.device_serial or "", device_type, clip.text, clip.response or "",
                     clip.file.rsplit("/", 1)[-1]])
    return to_csv(header, rows, bom=True, quote_all=True)


def index_json(clips: Sequence[Clip], customer: str = "A1SYNTHETIC") -> bytes:
    """The web-API record shape: recordKey, timestamp (epoch ms), device.deviceName, record items."""
    records = []
    for clip in clips:
        millis = int(clip.time.timestamp() * 1000)
        items = [{"recordItemType": "CUSTOMER_TRANSCRIPT", "transcriptText": clip.text, "utteranceId": "u1"}]
        if clip.response:
            items.append({"recordItemType": "ALEXA_RESPONSE", "transcriptText": clip.response})
        records.append({
            "recordKey": f"{customer}#{millis}#A3S5BH2HU6VAYF#{clip.device_serial or ''}",
            "timestamp": millis, "device": {"deviceName": clip.device_name},
            "utteranceType": "GENERAL", "domain": "Weather", "voiceHistoryRecordItems": items,
            "_synthetic": True,
        })
    return json.dumps({"customerHistoryRecords": records}, ensure_ascii=False).encode("utf-8")


def iso(value: datetime) -> str:
    return iso_time(value)
