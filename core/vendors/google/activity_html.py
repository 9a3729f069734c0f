"""My Activity in HTML form, read with the standard library's ``html.parser``.

Each entry is a ``div.outer-cell``: a title cell (``p.mdl-typography--title`` = the header), a
``content-cell … mdl-typography--body-1`` cell (title line, further lines, the time last) and a
``mdl-typography--caption`` cell with ``Products:`` / ``Details:`` blocks (gtp ``parse_html/activity.py``).
Audio appears as ``<audio><source src>`` or as a link to the clip. Nothing is fetched or rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from core.model import ImportReport, Problem
from core.vendors.google.activity import Activity
from core.vendors.google.discovery import AUDIO_SUFFIXES
from core.vendors.google.htmltime import parse_html_time
from core.vendors.google.jsonio import clean_text

PRODUCT_KEYS = {"products", "produkte", "prodotti", "produits", "productos", "producten", "produtos"}
DETAIL_KEYS = {"details", "dettagli", "détails", "detalles", "detalhes"}


@dataclass
class _Line:
    text: str = ""
    url: str | None = None
    bold: bool = False
    only_audio: bool = False


@dataclass
class _Raw:
    header: str = ""
    body: list[_Line] = field(default_factory=lambda: [_Line()])
    caption: list[_Line] = field(default_factory=lambda: [_Line()])
    audio: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: list[_Raw] = []
        self._divs: list[str | None] = []  # role of each open div
        self._title_depth = 0
        self._skip = 0  # inside <script>/<style>
        self._bold = False
        self._in_audio_link = False

    @property
    def _role(self) -> str | None:
        return next((r for r in reversed(self._divs) if r), None)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        classes = set(attr.get("class", "").split())
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "div":
            role = None
            if "outer-cell" in classes:
                self.entries.append(_Raw())
                role = "outer"
            elif self.entries and "content-cell" in classes:
                if "mdl-typography--text-right" in classes:
                    role = "ignore"
                elif "mdl-typography--caption" in classes:
                    role = "caption"
                elif "mdl-typography--body-1" in classes:
                    role = "body"
            self._divs.append(role)
        elif tag == "p" and "mdl-typography--title" in classes and self.entries:
            self._title_depth += 1
        elif tag == "br":
            self._new_line()
        elif tag == "b":
            self._bold = True
        elif tag in ("a", "source", "audio") and self.entries:
            is_audio = self._link(attr.get("href") or attr.get("src"))
            if tag == "a":
                self._in_audio_link = is_audio

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "div" and self._divs:
            self._divs.pop()
        elif tag == "p" and self._title_depth:
            self._title_depth -= 1
        elif tag == "b":
            self._bold = False
        elif tag == "a":
            self._in_audio_link = False

    def handle_data(self, data: str) -> None:
        if self._skip or self._in_audio_link or not self.entries:
            return
        entry = self.entries[-1]
        if self._title_depth:
            entry.header += data
            return
        lines = self._lines()
        if lines is not None:
            lines[-1].text += data
            if self._bold and data.strip():
                lines[-1].bold = True
            if data.strip():
                lines[-1].only_audio = False

    def _lines(self) -> list[_Line] | None:
        role = self._role
        if not self.entries or role not in ("body", "caption"):
            return None
        return self.entries[-1].body if role == "body" else self.entries[-1].caption

    def _new_line(self) -> None:
        lines = self._lines()
        if lines is not None:
            lines.append(_Line())

    def _link(self, url: str | None) -> bool:
        if not url:
            return False
        path = url.split("?")[0].split("#")[0]
        if path.lower().endswith(AUDIO_SUFFIXES) and "://" not in url:
            self.entries[-1].audio.append(path)
            lines = self._lines()
            if lines is not None and not lines[-1].text.strip():
                lines[-1].only_audio = True
            return True
        lines = self._lines()
        if lines is not None and lines[-1].url is None:
            lines[-1].url = url
        return False


def _caption(lines: list[_Line]) -> tuple[list[str], list[str]]:
    products: list[str] = []
    details: list[str] = []
    key = ""
    for line in lines:
        text = clean_text(line.text)
        if not text:
            continue
        if line.bold and text.endswith(":"):
            key = text.rstrip(" :").lower()
            continue
        if key in PRODUCT_KEYS:
            products.append(text)
        elif key in DETAIL_KEYS:
            details.append(text)
    return products, details


def read_activity_html(data: bytes, member: str, folder: str | None,
                       report: ImportReport) -> tuple[list[Activity], int, int]:
    """Entries of an HTML My Activity file; returns (entries, rejected, zone-uncertain count)."""
    parser = _Parser()
    parser.feed(data.decode("utf-8-sig", errors="replace"))
    parser.close()
    entries: list[Activity] = []
    rejected = uncertain = 0
    for index, raw in enumerate(parser.entries, start=1):
        body = [ln for ln in raw.body if clean_text(ln.text) and not ln.only_audio]
        if not body:
            report.problem(member, None, f"Entry {index} has no text and was not used.")
            rejected += 1
            continue
        time_text = clean_text(body[-1].text) or ""
        parsed = parse_html_time(time_text)
        if parsed is None:
            report.problem(member, None, f"Entry {index} has an unreadable time ({time_text}) and was not used.")
            rejected += 1
            continue
        zone_uncertain = parsed.label not in ("UTC", "GMT")
        uncertain += zone_uncertain
        if parsed.warning:
            report.notes.append(Problem(member, None, f"Entry {index}: the time “{time_text}” {parsed.warning}."))
        title_line = body[0] if len(body) > 1 else _Line()
        products, details = _caption(raw.caption)
        entries.append(Activity(
            member=member, entry=index, header=clean_text(raw.header),
            title=clean_text(title_line.text), title_url=title_line.url,
            time=parsed.utc, time_raw=time_text, products=products,
            subtitles=[t for t in (clean_text(ln.text) for ln in body[1:-1]) if t],
            details=details, audio_files=list(dict.fromkeys(raw.audio)),
            zone_uncertain=zone_uncertain, folder=folder,
        ))
    return entries, rejected, uncertain


def looks_like_activity_html(data: bytes) -> bool:
    return b"outer-cell" in data[:1 << 20] or b"outer-cell" in data
