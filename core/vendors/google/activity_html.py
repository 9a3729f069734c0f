"""My Activity in HTML form, read with a small regex tokenizer (:mod:`.htmltokens`; no new dependency).

Each entry is a ``div.outer-cell``: a title cell (``p.mdl-typography--title`` = the header), a
``content-cell … mdl-typography--body-1`` cell (title line, further lines, the time last) and a
``mdl-typography--caption`` cell with ``Products:`` / ``Details:`` blocks (gtp ``parse_html/activity.py``).
Audio appears as ``<audio><source src>`` or as a link to the clip. Nothing is fetched or rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote

from core.audio.formats import AUDIO_SUFFIXES
from core.i18n import _, ngettext, number
from core.model import ImportReport, Problem
from core.vendors.google.activity import Activity
from core.vendors.google.htmltime import LabelMismatch, parse_html_time
from core.vendors.google.htmltokens import tokenize
from core.vendors.google.jsonio import clean_text

PRODUCT_KEYS = {"products", "produkte", "prodotti", "produits", "productos", "producten", "produtos"}
_ATTR_TAGS = frozenset({"div", "p", "a", "source", "audio"})
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


class _Parser:
    def __init__(self) -> None:
        self.entries: list[_Raw] = []
        self._divs: list[str | None] = []  # effective role inside each open div (inherited from outer divs)
        self._lines_now: list[_Line] | None = None  # the body or caption lines being written, if any
        self._title_depth = 0
        self._bold = False
        self._in_audio_link = False

    def _set_role(self) -> None:
        role = self._divs[-1] if self._divs else None
        if not self.entries or role not in ("body", "caption"):
            self._lines_now = None
        else:
            self._lines_now = self.entries[-1].body if role == "body" else self.entries[-1].caption

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            if self._lines_now is not None:
                self._lines_now.append(_Line())
            return
        if tag == "b":
            self._bold = True
            return
        attr = {k: v or "" for k, v in attrs}
        classes = set(attr.get("class", "").split())
        if tag == "div":
            role = self._divs[-1] if self._divs else None
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
            self._set_role()
        elif tag == "p" and "mdl-typography--title" in classes and self.entries:
            self._title_depth += 1
        elif tag in ("a", "source", "audio") and self.entries:
            is_audio = self._link(attr.get("href") or attr.get("src"))
            if tag == "a":
                self._in_audio_link = is_audio

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._divs:
            self._divs.pop()
            self._set_role()
        elif tag == "p" and self._title_depth:
            self._title_depth -= 1
        elif tag == "b":
            self._bold = False
        elif tag == "a":
            self._in_audio_link = False

    def handle_data(self, data: str) -> None:
        if self._in_audio_link or not self.entries:
            return
        entry = self.entries[-1]
        if self._title_depth:
            entry.header += data
            return
        lines = self._lines_now
        if lines is not None:
            line = lines[-1]
            line.text += data
            if not data.isspace():
                line.only_audio = False
                line.bold = line.bold or self._bold

    def _link(self, url: str | None) -> bool:
        if not url:
            return False
        path = unquote(url.split("?")[0].split("#")[0])
        if path.lower().endswith(AUDIO_SUFFIXES) and "://" not in url:
            self.entries[-1].audio.append(path)
            lines = self._lines_now
            if lines is not None and not lines[-1].text.strip():
                lines[-1].only_audio = True
            return True
        lines = self._lines_now
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


def _slices(text: str, size: int = 1 << 20) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters, each cut just before an entry's first tag."""
    pieces, start = [], 0
    while start < len(text):
        cut = text.find('<div class="outer-cell', start + size)
        cut = len(text) if cut < 0 else cut
        pieces.append(text[start:cut])
        start = cut
    return pieces


def read_activity_html(data: bytes, member: str, folder: str | None, report: ImportReport,
                       tick: Callable[[float], None] | None = None) -> tuple[list[Activity], int, int]:
    """Entries of an HTML My Activity file; returns (entries, rejected, zone-uncertain count).

    ``tick(fraction)`` is called between slices of a large file (it may raise to cancel).
    """
    parser = _Parser()
    pieces = _slices(data.decode("utf-8-sig", errors="replace"))
    for done, piece in enumerate(pieces, start=1):
        tokenize(piece, parser, _ATTR_TAGS)
        if tick is not None:
            tick(done / len(pieces))
    entries: list[Activity] = []
    rejected = uncertain = 0
    mislabelled: dict[LabelMismatch, list[int]] = {}  # warning -> entry numbers
    for index, raw in enumerate(parser.entries, start=1):
        body = [(text, ln.url) for ln in raw.body if not ln.only_audio and (text := clean_text(ln.text))]
        if not body:
            report.problem(member, None, _('Entry {index} has no text and was not used.').format(index=index))
            rejected += 1
            continue
        time_text = body[-1][0]
        parsed = parse_html_time(time_text)
        if parsed is None:
            report.problem(member, None, _("Entry {index} has an unreadable time ({time_text}) and was not "
                                           "used.").format(
                index=index, time_text=time_text))
            rejected += 1
            continue
        zone_uncertain = parsed.label not in ("UTC", "GMT")
        uncertain += zone_uncertain
        if parsed.warning:
            mislabelled.setdefault(parsed.warning, []).append(index)
        title, url = body[0] if len(body) > 1 else (None, None)
        products, details = _caption(raw.caption)
        entries.append(Activity(
            member=member, entry=index, header=clean_text(raw.header), title=title, title_url=url,
            time=parsed.utc, time_raw=time_text, products=products, subtitles=[t for t, _ in body[1:-1]],
            details=details, audio_files=list(dict.fromkeys(raw.audio)), zone_uncertain=zone_uncertain,
            folder=folder,
        ))
    for warning, numbers in mislabelled.items():
        report.notes.append(Problem(member, None, _mislabelled_note(warning, numbers)))
    return entries, rejected, uncertain


def _mislabelled_note(warning: LabelMismatch, entries: list[int]) -> str:
    """The note for the entries whose time carries a zone label its region did not show on that date."""
    form = 1 if warning.hours == 1 else 2  # the plural form: "1 hour", "2 hours", "0.5 hours"
    if len(entries) == 1:
        text = ngettext("Entry {entry}: the time is labelled {label}, but {region} showed {actual} on that date, "
                        "so it may be {hours} hour off.",
                        "Entry {entry}: the time is labelled {label}, but {region} showed {actual} on that date, "
                        "so it may be {hours} hours off.", form)
    else:
        text = ngettext("{count:,} entries (first: entry {entry}): the time is labelled {label}, but {region} showed "
                        "{actual} on that date, so it may be {hours} hour off.",
                        "{count:,} entries (first: entry {entry}): the time is labelled {label}, but {region} showed "
                        "{actual} on that date, so it may be {hours} hours off.", form)
    return text.format(entry=entries[0], count=len(entries), label=warning.label, region=warning.region,
                       actual=warning.actual,
                       hours=number(warning.hours, 0 if float(warning.hours).is_integer() else 1))


def looks_like_activity_html(data: bytes) -> bool:
    return b"outer-cell" in data[:1 << 20] or b"outer-cell" in data
