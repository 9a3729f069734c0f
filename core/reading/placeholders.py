"""Amazon's placeholders: the values it writes instead of leaving a cell empty (``Not Available`` …)."""

from __future__ import annotations

import numpy as np

PLACEHOLDERS = frozenset({"", "not available", "not applicable", "n/a", "na", "none", "null", "-", "--"})


def is_placeholder_text(value: str) -> bool:
    return value.strip().lower() in PLACEHOLDERS


def placeholder_flags(texts: np.ndarray | list[str]) -> np.ndarray:
    """:func:`is_placeholder_text` of each text, by C-level iteration (no Python call per text)."""
    lowered = map(str.lower, map(str.strip, map(str, texts)))
    return np.fromiter(map(PLACEHOLDERS.__contains__, lowered), dtype=bool, count=len(texts))
