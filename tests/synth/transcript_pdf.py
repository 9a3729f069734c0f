"""The 2018 Alexa transcript PDF, generated: a table of date, time and what Alexa understood, not in time order.

Each cell is placed on its own (``Tm``), as a table-making PDF writer does, so text extraction has to put the
cells of a row back together by position. Helvetica with WinAnsi encoding (umlauts survive).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

HEADINGS = {"de": ("Datum", "Uhrzeit", "Was Alexa verstanden hat"), "en": ("Date", "Time", "What Alexa heard")}
TITLES = {"de": "Alexa – Sprachaufnahmen und Transkripte", "en": "Alexa – voice recordings and transcripts"}
ROWS_PER_PAGE = 40


def _esc(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _cell(x: float, y: float, text: str, size: int = 9) -> bytes:
    return b"BT /F1 %d Tf 1 0 0 1 %.1f %.1f Tm (" % (size, x, y) + _esc(text) + b") Tj ET"


def transcript_pdf(rows: Sequence[tuple[datetime, str]], language: str = "de") -> bytes:
    """A PDF listing ``rows`` (time, text) in the given order, one table row each, headings in ``language``."""
    heads = HEADINGS[language]
    date_fmt = "%d.%m.%Y" if language == "de" else "%m/%d/%Y"
    pages = [list(rows[i:i + ROWS_PER_PAGE]) for i in range(0, max(len(rows), 1), ROWS_PER_PAGE)] or [[]]
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    page_ids = [4 + 2 * i for i in range(len(pages))]
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for number, page_rows in enumerate(pages):
        content = [_cell(56, 800, TITLES[language] + (f" ({number + 1})" if number else ""), 13)]
        content += [_cell(x, 770, head, 10) for x, head in zip((56, 136, 196), heads, strict=True)]
        y = 752.0
        for when, text in page_rows:
            # written right to left, as some writers do: the order in the file is not the reading order
            content.append(_cell(196, y, text))
            content.append(_cell(136, y, when.strftime("%H:%M:%S")))
            content.append(_cell(56, y, when.strftime(date_fmt)))
            y -= 17
        stream = b"\n".join(content)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (page_ids[number] + 1))
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
