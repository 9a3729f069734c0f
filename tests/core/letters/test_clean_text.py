"""``clean`` (every export or user string on its way into a letter) against the plain per-character rule, on random
text that mixes every kind of character it treats: controls, bidi controls, invisible marks, lone surrogates, line
breaks, combining marks that normalisation joins, and ordinary text of several scripts."""

from __future__ import annotations

import random
import unicodedata

from core.letters.sanitise import BIDI_CONTROLS, INVISIBLE, REPLACEMENT, clean, clean_line


def _plain_rule(value: object, max_length: int | None = None) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            out.append(REPLACEMENT)
        elif ch in "\n\t":
            out.append(ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or ch in BIDI_CONTROLS or ch in INVISIBLE:
            continue
        else:
            out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out))
    if max_length is not None and len(text) > max_length:
        text = text[: max_length - 1].rstrip() + "…"
    return text


PIECES = [*map(chr, range(0x00, 0x21)), *map(chr, range(0x7E, 0xA1)), *BIDI_CONTROLS, *INVISIBLE,
          "\ud800", "\udfff", "\ud83d", "\r\n", "\r", "e\u0301", "A\u030a", "\u200d", "\u200c", "ß", "Ä", "ç",
          "日本", "Привет", "مرحبا", "😀", "Echo Dot", " ", "  ", "<b>", "&amp;", "\u2028", "\u00a0", "\ufffd"]


def test_clean_is_the_plain_rule_on_random_text() -> None:
    rng = random.Random(2026)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        limit = rng.choice([None, 1, 5, 12, 300])
        assert clean(text, max_length=limit) == _plain_rule(text, limit), repr(text)
    assert clean(None) == "" and clean(42) == "42"
    assert clean_line("Echo\u202e Dot\n\tKüche\r\n") == "Echo Dot Küche"
