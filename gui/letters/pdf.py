"""A rendered letter as PDF: QTextDocument + QPdfWriter, DIN 5008 form A layout (A4).

Address window 20 mm from the left and 27 mm from the top with a one-line return address; information
block at 125 mm; fold marks at 87 and 192 mm, hole mark at 148.5 mm; subject in bold, body from 25 mm with
a 20 mm right margin; "Seite n von m" on every page. Header texts are set as plain text; the body HTML is
the autoescaped template output, and the document refuses to load any external resource.
Works headless: a QGuiApplication is created if none exists (offscreen platform when there is no display).
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from core.letters.render import RenderedLetter

MM_A4 = (210.0, 297.0)
LEFT, RIGHT, BOTTOM, TOP_NEXT = 25.0, 20.0, 22.0, 20.0
WINDOW_X, WINDOW_Y, WINDOW_W = 20.0, 27.0, 85.0
INFO_X, INFO_Y, INFO_W = 125.0, 32.0, 75.0
SUBJECT_Y = 98.5
FONT_FAMILIES = ["Liberation Sans", "Arial", "Helvetica", "DejaVu Sans"]
BODY_CSS = """
p {{ margin-top: 0px; margin-bottom: {p}px; }}
p.h3 {{ font-size: 11pt; margin-top: {h}px; margin-bottom: {li}px; }}
ol, ul {{ margin-top: 0px; margin-bottom: {li}px; }}
li {{ margin-bottom: {li}px; }}
code {{ font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8pt; }}
p.note {{ font-size: 8pt; color: #555555; }}
"""


_HEADING = re.compile(r"<h3\b[^>]*>(.*?)</h3>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_STYLE = re.compile(r'(<(?:p|li|ol|ul)\b[^>]*?)\sstyle="[^"]*"', re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WORD_JOINER = "\u2060"
CLOSINGS = ("Mit freundlichen Grüßen", "Yours faithfully", "Je vous prie d'agréer")


def _keep_emails_whole(text: str) -> str:
    """No line break at the hyphens of an e-mail address (a word joiner on each side)."""
    return _EMAIL.sub(lambda m: m.group(0).replace("-", f"{WORD_JOINER}-{WORD_JOINER}"), text)


def normalise_body(body_html: str) -> str:
    """The body as the PDF sets it, whether it comes from the template or from the editor's ``toHtml()``.

    Headings become bold paragraphs of body size; their inner markup (the editor wraps them in styled spans)
    is dropped, so nothing after a heading turns bold. The editor's per-paragraph margins go too, so an
    edited letter is laid out like a drafted one.
    """
    body = _HEADING.sub(lambda m: f'<p class="h3"><b>{_TAG.sub("", m.group(1))}</b></p>', body_html)
    body = _STYLE.sub(r"\1", body)
    return _keep_emails_whole(body)


def body_css(dpi: float) -> str:
    """The body style sheet; Qt reads margins in device pixels, so points are converted for ``dpi``."""
    px = dpi / 72.0
    return BODY_CSS.format(p=round(8 * px), h=round(6 * px), li=round(3 * px))


def ensure_gui_application() -> Any:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["dossier"])
    return app


def _safe_document_class() -> Any:
    from PySide6.QtGui import QTextDocument

    class SafeDocument(QTextDocument):
        """A text document that never loads images, style sheets or anything else by URL."""

        def loadResource(self, kind: int, name: Any) -> Any:
            return None

    return SafeDocument


def _font(point_size: float, bold: bool = False) -> Any:
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _plain_doc(text: str, width: float, point_size: float, device: Any, bold: bool = False) -> Any:
    doc = _safe_document_class()()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(point_size, bold))
    doc.setPlainText(text)
    doc.setTextWidth(width)
    return doc


def _line_bottoms(doc: Any) -> list[float]:
    """The bottom edge of every laid-out text line, in document coordinates (page breaks go there)."""
    bottoms: list[float] = []
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            bottoms.append(rect.top() + line.y() + line.height())
        block = block.next()
    return sorted(bottoms)


def _closing_span(doc: Any) -> tuple[float, float] | None:
    """From the top of the paragraph before the closing to the bottom of the signature (kept on one page)."""
    layout = doc.documentLayout()
    block = doc.begin()
    previous = None
    while block.isValid():
        if block.text().startswith(CLOSINGS):
            top = layout.blockBoundingRect(previous if previous is not None else block).top()
            signature = block.next() if block.next().isValid() else block
            return top, layout.blockBoundingRect(signature).bottom()
        if block.text().strip():
            previous = block
        block = block.next()
    return None


def _slices(bottoms: list[float], total: float, first: float, others: float,
            keep: tuple[float, float] | None = None) -> list[tuple[float, float]]:
    slices: list[tuple[float, float]] = []
    start = 0.0
    while start < total - 0.5:
        room = first if not slices else others
        fitting = [b for b in bottoms if start < b <= start + room]
        end = max(fitting) if fitting else start + room
        if keep and keep[0] < end < keep[1] and keep[0] > start + 0.5 and keep[1] - keep[0] < others:
            end = max([b for b in bottoms if start < b <= keep[0] + 0.5] or [keep[0]])
        slices.append((start, end))
        start = end
    return slices or [(0.0, 0.0)]


def body_document(body_html: str, device: Any, width: float) -> Any:
    """The letter body laid out for ``device`` (a QPdfWriter), as the PDF prints it."""
    body = _safe_document_class()()
    body.documentLayout().setPaintDevice(device)
    body.setDocumentMargin(0)
    body.setDefaultFont(_font(10.5))
    body.setHtml(f"<html><head><style>{body_css(96)}</style></head><body>{normalise_body(body_html)}</body></html>")
    body.setTextWidth(width)
    return body


def render_pdf(letter: RenderedLetter) -> bytes:
    """The letter as PDF bytes (A4, DIN 5008 form A)."""
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setTitle(letter.subject)
    writer.setCreator("Dossier")
    mm = writer.resolution() / 25.4
    width = (MM_A4[0] - LEFT - RIGHT) * mm

    body = body_document(letter.body_html, writer, width)

    subject_text = ("Objet\u00a0: " if letter.lang == "fr" else "") + letter.subject
    subject = _plain_doc(subject_text, width, 11, writer, bold=True)
    subject_gap = 2 * 11 * 1.2 / 72 * 25.4 * mm  # two blank lines after the subject (DIN 5008)
    body_top_first = SUBJECT_Y * mm + subject.size().height() + subject_gap
    first_room = MM_A4[1] * mm - BOTTOM * mm - body_top_first
    other_room = (MM_A4[1] - TOP_NEXT - BOTTOM) * mm
    slices = _slices(_line_bottoms(body), body.size().height(), first_room, other_room, _closing_span(body))

    painter = QPainter(writer)
    try:
        for index, (start, end) in enumerate(slices):
            if index:
                writer.newPage()
            if index == 0:
                _draw_first_page_header(painter, letter, writer, mm, subject)
            top = body_top_first if index == 0 else TOP_NEXT * mm
            painter.save()
            painter.translate(QPointF(LEFT * mm, top - start))
            body.drawContents(painter, QRectF(0, start, width, end - start))
            painter.restore()
            painter.setFont(_font(8))
            painter.setPen(QColor("#444444"))
            label = letter.labels.get("page", "Page {n} of {total}").format(n=index + 1, total=len(slices))
            painter.drawText(QRectF(LEFT * mm, (MM_A4[1] - 14) * mm, width, 6 * mm),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            painter.setPen(QPen(QColor("#000000")))
            if index == 0:  # fold and hole marks belong on the first sheet only
                _draw_marks(painter, mm)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _draw_marks(painter: Any, mm: float) -> None:
    """Fold marks (87, 192 mm) and the hole mark (148.5 mm) on the left edge."""
    from PySide6.QtCore import QLineF
    from PySide6.QtGui import QColor, QPen

    pen = QPen(QColor("#888888"))
    pen.setWidthF(0.2 * mm)
    painter.save()
    painter.setPen(pen)
    for y, length in ((87.0, 5.0), (148.5, 7.0), (192.0, 5.0)):
        painter.drawLine(QLineF(4 * mm, y * mm, (4 + length) * mm, y * mm))
    painter.restore()


def _draw_first_page_header(painter: Any, letter: RenderedLetter, device: Any, mm: float, subject: Any) -> None:
    from PySide6.QtCore import QPointF

    def draw(doc: Any, x: float, y: float) -> None:
        painter.save()
        painter.translate(QPointF(x, y))
        doc.drawContents(painter)
        painter.restore()

    # Return address: one line, 7 pt, at the bottom of the 17.7 mm return zone of the address field.
    ret = _plain_doc(letter.return_line, WINDOW_W * mm, 7, device)
    draw(ret, WINDOW_X * mm + 5 * mm, (WINDOW_Y + 17.7) * mm - ret.size().height() - 0.5 * mm)
    # Recipient zone: up to 6 lines from 44.7 mm.
    recipient = _plain_doc("\n".join(letter.recipient[:7]), (WINDOW_W - 5) * mm, 10, device)
    draw(recipient, WINDOW_X * mm + 5 * mm, (WINDOW_Y + 17.7) * mm + 1 * mm)
    # Information block.
    info_lines = [f"{label}: {value}" for label, value in letter.info if value]
    if letter.cc:
        info_lines.append(f"{letter.labels.get('cc', 'cc')}: {letter.cc}")
    info = _plain_doc(_keep_emails_whole("\n".join(info_lines)), INFO_W * mm - 10 * mm, 8.5, device)
    draw(info, INFO_X * mm, INFO_Y * mm)
    draw(subject, LEFT * mm, SUBJECT_Y * mm)
