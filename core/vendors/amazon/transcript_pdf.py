"""The 2018 transcript PDF: one PDF listing what Alexa understood (date, time, text), not in time order.

Text is extracted with pypdf (pure Python: no native PDF engine, nothing in a PDF can make it open a file or the
network; it reads the member's bytes from memory — no temporary file, no extraction). Each text piece comes with
its position; pieces are grouped into lines by their height on the page (so a table whose date, time and text
sit in separate cells reads as one row) and lines are read top to bottom. A line that starts with a date and a
time is a row; a line without one is a heading (``Datum Uhrzeit Text``, ``Date Time Transcript``) or, after a row
on the same page, the continuation of that row's text. Times are read as UTC (the PDF names no zone).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from core.errors import DossierError, ImportCancelled
from core.i18n import _
from core.source.archive import Member
from core.vendors.amazon.context import Context
from core.vendors.amazon.voice_activity import TimedRows

MAX_PDF_BYTES = 64 << 20  # a 2018 transcript of ~1,700 rows is well under 1 MB
MAX_PAGES = 5000
LINE_TOLERANCE = 3.0  # points: pieces whose baselines differ less than this are on one line

_DATE = (r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"  # 14.08.2018
         r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"  # 2018-08-14
         r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4})")  # 08/14/2018 (US: month first)
_TIME = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:\s*(?:Uhr|UTC|GMT|Z)\b)?"
ROW = re.compile(rf"^\s*(?:{_DATE})[,;\s|]+(?:um\s+|at\s+)?{_TIME}[\s|:;,–-]*(?P<text>.*)$")


def read_transcript_pdf(ctx: Context, member: Member) -> TimedRows | None:
    """The rows of one transcript PDF; ``None`` (recorded as unreadable) if it cannot be read."""
    if member.size > MAX_PDF_BYTES:
        ctx.unreadable(member, _("The PDF is larger than a transcript list can be; Dossier did not read it."))
        return None
    try:
        data = ctx.source.read_bytes(member)
    except DossierError as exc:
        ctx.unreadable(member, str(exc))
        return None
    try:
        lines = pdf_lines(data, ctx.check)
    except ImportCancelled:
        raise
    except Exception:  # pypdf raises many types on damaged or hostile files
        ctx.unreadable(member, _("The PDF is damaged or not a PDF; its transcripts could not be read."))
        return None
    times: list[pd.Timestamp | None] = []
    texts: list[str | None] = []
    page_of_last = -1
    for page, line in lines:
        match = ROW.match(line)
        if match is None:
            if texts and page == page_of_last and line.strip():
                texts[-1] = f"{texts[-1] or ''} {line.strip()}".strip()
            continue
        times.append(_time(match))
        texts.append(match.group("text").strip() or None)
        page_of_last = page
    stamps = pd.Series(times, dtype=object).astype("datetime64[ns, UTC]")
    ctx.recognised(member, "amazon.voice-transcripts-pdf", rows=len(times))
    return TimedRows(member.path, stamps, texts, [None] * len(times))


def pdf_lines(data: bytes, check: Callable[[], None] = lambda: None) -> list[tuple[int, str]]:
    """``(page number, text)`` of every line of the PDF, top to bottom, pieces left to right.

    pypdf's own log lines about a damaged file ("EOF marker not found") are silenced: the import report says
    that the file could not be read, in one sentence, and ``dossier scan`` prints nothing else."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    out: list[tuple[int, str]] = []
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES:
            break
        check()
        pieces: list[tuple[float, float, str]] = []
        page.extract_text(visitor_text=_collector(pieces))
        out.extend((number, text) for text in _group(pieces))
    return out


def _collector(pieces: list[tuple[float, float, str]]) -> Callable[..., None]:
    """A pypdf text visitor that keeps each piece with its position on the page."""
    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.extend((x, y, part) for part in text.split("\n") if part.strip())
    return visit


def _group(pieces: list[tuple[float, float, str]]) -> list[str]:
    """Pieces on one baseline joined left to right; lines from the top of the page down."""
    lines: list[tuple[float, list[tuple[float, str]]]] = []
    for x, y, text in sorted(pieces, key=lambda p: (-p[1], p[0])):
        if lines and abs(lines[-1][0] - y) < LINE_TOLERANCE:
            lines[-1][1].append((x, text))
        else:
            lines.append((y, [(x, text)]))
    return [" ".join(t.strip() for _x, t in sorted(parts, key=lambda p: p[0])) for _y, parts in lines]


def _time(match: re.Match[str]) -> pd.Timestamp | None:
    g = match.groupdict()
    year, month, day = ((g["y"], g["m"], g["d"]) if g["y"] else (g["y2"], g["m2"], g["d2"]) if g["y2"]
                        else (g["y3"], g["m3"], g["d3"]))
    hour = int(g["H"])
    ampm = (g["ampm"] or "").replace(".", "").lower()
    if ampm:
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        return pd.Timestamp(int(year), int(month), int(day), hour, int(g["M"]), int(g["S"] or 0), tz="UTC")
    except ValueError:
        return None
