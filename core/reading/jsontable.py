"""JSON members as text tables: an array of objects (or ``{"key": [objects]}``), flattened to dotted names.

Parsed from bytes with the stdlib (``NaN``/``Infinity`` refused); nested objects become ``a.b`` columns,
lists stay JSON text. Rows have no line numbers (``Table.lines`` is ``None``).
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from core.i18n import _
from core.reading.tabular import Table, TableUnreadable, decode, read_member_bytes
from core.source.archive import ExportSource, Member


def read_json_records(source: ExportSource, member: Member) -> Table:
    """A JSON array of objects (or ``{"key": [objects]}``) as a text table with dotted column names."""
    data = read_member_bytes(source, member)
    try:
        text, _encoding = decode(data)
        parsed = json.loads(text.lstrip("\ufeff"), parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise TableUnreadable(_("The file is not valid JSON.")) from exc
    records = _records(parsed)
    if records is None:
        raise TableUnreadable(_("The JSON file does not hold a list of records."))
    rows = [flatten(r) for r in records]
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    frame = pd.DataFrame([[row.get(c, "") for c in columns] for row in rows], columns=list(columns), dtype=str)
    return Table(member.path, frame, list(columns), None, "utf-8")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _records(parsed: Any) -> list[dict[str, Any]] | None:
    if isinstance(parsed, list) and all(isinstance(r, dict) for r in parsed):
        return parsed
    if isinstance(parsed, dict):
        for value in parsed.values():
            if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
                return value
    return None


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"device": {"deviceName": "x"}}`` → ``{"device.deviceName": "x"}``; lists stay JSON text."""
    out: dict[str, str] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False)
        elif value is None:
            out[name] = ""
        elif isinstance(value, bool):
            out[name] = "true" if value else "false"
        else:
            out[name] = str(value)
    return out
