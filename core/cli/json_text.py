"""JSON written as ``json.dump(value, out, ensure_ascii=False, indent=2)`` writes it, byte for byte, only faster.

With ``indent`` set, the standard library encodes every value in Python and hands the file one small piece at
a time; ``dossier scan --json`` of the benchmark export (20k recordings, 20k import-report entries) spent
~0.6 s there, on one core, after the last clip was hashed. Here a list of scalars or of flat records that all
share their keys is encoded a column at a time with the C string encoder and one ``%`` template per record
(a few hundredths of a second); anything else goes to ``json.dumps`` as before. Every ``\\n`` in JSON text
is structure (strings escape theirs), so a nested value's text is indented by replacing them. Lists are
written ``BATCH`` items at a time: the text of a big export's output is never held whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # the C encoder where available
from typing import Any, TextIO

INDENT = "  "
BATCH = 2000
_SCALARS = frozenset({str, int, float, bool, type(None)})


def write_json(value: Any, out: TextIO, level: int = 0) -> None:
    """``value`` as ``json.dump(value, out, ensure_ascii=False, indent=2)`` would write it at nesting ``level``."""
    if isinstance(value, dict) and value and all(type(key) is str for key in value):
        inner = INDENT * (level + 1)
        for n, (key, item) in enumerate(value.items()):
            out.write(("{\n" if n == 0 else ",\n") + inner + encode_basestring(key) + ": ")
            write_json(item, out, level + 1)
        out.write("\n" + INDENT * level + "}")
    elif isinstance(value, list) and value and (texts := _item_texts(value, level)) is not None:
        inner = INDENT * (level + 1)
        out.write("[\n" + inner)
        for n, batch in enumerate(texts):
            out.write(("" if n == 0 else ",\n" + inner) + (",\n" + inner).join(batch))
        out.write("\n" + INDENT * level + "]")
    else:
        out.write(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + INDENT * level))


def _item_texts(items: list[Any], level: int) -> Iterator[list[str]] | None:
    """The items' texts, ``BATCH`` at a time (an iterator of lists), when they are all scalars or all flat
    records with the same keys in the same order; else ``None``."""
    if _all_scalar(items):
        return (_column(items[start:start + BATCH]) for start in range(0, len(items), BATCH))
    first = items[0]
    if not isinstance(first, dict) or not first or any(type(key) is not str for key in first):
        return None
    keys = tuple(first)
    if not all(type(item) is dict and tuple(item) == keys for item in items):
        return None
    columns = [[item[key] for item in items] for key in keys]
    if not all(_all_scalar(column) for column in columns):
        return None
    fields = INDENT * (level + 2)
    template = "{\n" + ",\n".join(fields + encode_basestring(key).replace("%", "%%") + ": %s" for key in keys) \
        + "\n" + INDENT * (level + 1) + "}"
    return ([template % row for row in zip(*(_column(c[start:start + BATCH]) for c in columns), strict=True)]
            for start in range(0, len(items), BATCH))


def _all_scalar(values: list[Any]) -> bool:
    return set(map(type, values)) <= _SCALARS


def _column(values: list[Any]) -> list[str]:
    """Each scalar's JSON text, as ``json`` writes it (``NaN``/``Infinity`` included)."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(map(encode_basestring, values))  # one C call per value, no Python frame
    if kinds == {str, type(None)}:
        return ["null" if v is None else encode_basestring(v) for v in values]
    return [_scalar(v) for v in values]


def _scalar(value: Any) -> str:
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is float:
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    return int.__repr__(value)
