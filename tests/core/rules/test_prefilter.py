"""The voice-product prefilter's one-scan form answers exactly as a case-blind search per title."""

from __future__ import annotations

import random
import re

import numpy as np

from core.rules.devices import _PREFILTER, likely_voice_titles

#: Every character a case-blind search equates with one of the prefilter's letters, besides their own cases.
SPECIALS = [chr(c) for c in range(0x80, 0x3000) if any(re.fullmatch(letter, chr(c), re.IGNORECASE)
                                                       for letter in "echofiralxsnpkt")]


def _per_title(texts: list[str]) -> np.ndarray:
    return np.array([bool(_PREFILTER.search(t)) for t in texts], dtype=bool)


def test_same_answers_as_a_search_per_title() -> None:
    rng = random.Random(3)
    words = ["Echo Dot", "fire tv", "ALEXA", "sonos", "Speaker", "tap", "Kindle", "Bücher", "\0", "\n", "é", "x" * 50]
    for specials in ([], SPECIALS):
        texts = ["".join(rng.choice(words + specials) + rng.choice(["", "x", " "]) for _ in range(rng.randint(0, 6)))
                 for _ in range(3000)] + ["", "ech", "o", "echo"]
        assert (likely_voice_titles(texts) == _per_title(texts)).all()
    assert likely_voice_titles([]).shape == (0,)


def test_letters_that_fold_apart_are_found_as_the_search_finds_them() -> None:
    assert SPECIALS  # ſ, ı, İ, K (Kelvin sign)
    words = [w[:i] + c + w[i + 1:] for w in ("echo", "fire", "alexa", "sonos", "speaker", "tap")
             for i in range(len(w)) for c in SPECIALS]
    for word in words:
        assert likely_voice_titles([word, "plain"]).tolist() == _per_title([word, "plain"]).tolist(), word
