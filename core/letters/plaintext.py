"""Turn the letters' own small HTML (p, h2, h3, ol, ul, li, br, b, strong, em, code, div) into plain text.

Only markup the templates write is interpreted; text content arrives unescaped exactly as the reader saw it.
"""

from __future__ import annotations

from html.parser import HTMLParser

from core.letters.sanitise import clean

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "ol", "ul", "li", "section", "table", "tr"}


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.lists: list[list[int | None]] = []  # stack of [counter] (None for bullets)
        self.heading = False

    def _newline(self, blank: bool = True) -> None:
        text = "".join(self.parts)
        stripped = text.rstrip(" ")
        if not stripped:
            return
        want = "\n\n" if blank else "\n"
        if not stripped.endswith(want):
            stripped = stripped.rstrip("\n") + want
        self.parts = [stripped]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in ("ol", "ul"):
            self._newline(blank=not self.lists)
            start = dict(attrs).get("start")
            self.lists.append([int(start) - 1 if tag == "ol" and start and start.isdigit() else
                               (0 if tag == "ol" else None)])
        elif tag == "li":
            self._newline(blank=False)
            depth = max(len(self.lists) - 1, 0)
            counter = self.lists[-1] if self.lists else [None]
            if counter[0] is None:
                self.parts.append("  " * depth + "- ")
            else:
                counter[0] += 1
                self.parts.append("  " * depth + f"{counter[0]}. ")
        elif tag in _BLOCKS:
            self._newline(blank=not self.lists)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            self._newline(blank=not self.lists)
        elif tag in _BLOCKS and tag != "li":
            self._newline(blank=not self.lists)

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if not text:
            if data and self.parts and not self.parts[-1].endswith((" ", "\n")):
                self.parts.append(" ")
            return
        if data[:1].isspace() and self.parts and not self.parts[-1].endswith((" ", "\n")):
            text = " " + text
        if data[-1:].isspace():
            text += " "
        if not self.parts or self.parts[-1].endswith("\n") or self.parts[-1].endswith("- ") \
                or (self.parts[-1].endswith(". ") and self.parts[-1].strip(" .").isdigit()):
            text = text.lstrip(" ")
        self.parts.append(text)


def html_to_text(markup: str) -> str:
    """Plain text of the letters' HTML: paragraphs separated by blank lines, numbered lists kept."""
    builder = _TextBuilder()
    builder.feed(markup)
    builder.close()
    text = "".join(builder.parts)
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return clean("\n".join(out).strip()) + "\n"
