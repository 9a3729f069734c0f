"""Careful JSON and text reading for Takeout files (reliability.md §2.3, §4.3).

JSON is parsed from bytes (a BOM is fine), duplicate keys are reported, ``NaN``/``Infinity`` are
refused, and absurd nesting becomes one plain sentence instead of a ``RecursionError``. Every string
taken from the export goes through :func:`clean_text` (NFC, lone surrogates and control characters
replaced).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from core.errors import DossierError
from core.i18n import N_, _
from core.reading.convert import sanitize_text
from core.source.archive import ExportSource, Member

MAX_JSON_BYTES = 1 << 30  # one activity file larger than 1 GiB is refused, not read
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?$"
)


class JsonUnreadable(DossierError):
    """A JSON member that cannot be used as a whole; ``str()`` is the reason for the import report."""

    category = "json"
    default_message = N_("This file is not valid JSON.")


class _Duplicates:
    def __init__(self) -> None:
        self.keys: list[str] = []

    def hook(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                self.keys.append(key)
            result[key] = value
        return result


def _refuse_constant(name: str) -> Any:
    raise JsonUnreadable(_('The file contains the non-standard number {name}.').format(name=name))


def read_dataset(source: ExportSource, member: Member) -> bytes:
    """The bytes of one dataset file, refusing files beyond :data:`MAX_JSON_BYTES`."""
    if member.size > MAX_JSON_BYTES:
        raise JsonUnreadable(_("The file is larger than Dossier reads for one dataset (1 GiB)."))
    data = source.read_bytes(member, limit=MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        raise JsonUnreadable(_("The file is larger than Dossier reads for one dataset (1 GiB)."))
    return data


def load_json(source: ExportSource, member: Member) -> tuple[Any, list[str]]:
    """The parsed JSON of ``member`` and the duplicate keys met (the last value of each is kept)."""
    return parse_json_bytes(read_dataset(source, member))


def parse_json_bytes(data: bytes) -> tuple[Any, list[str]]:
    """Parse JSON bytes; raises :class:`JsonUnreadable` with a plain reason."""
    if not data.strip():
        raise JsonUnreadable(_("The file is empty."))
    dups = _Duplicates()
    try:
        value = json.loads(data, object_pairs_hook=dups.hook, parse_constant=_refuse_constant)
    except RecursionError:
        raise JsonUnreadable(_("The file is nested too deeply to be genuine data.")) from None
    except UnicodeDecodeError:
        raise JsonUnreadable(_("The file is not UTF-8 text.")) from None
    except json.JSONDecodeError as exc:
        raise JsonUnreadable(_("The file is not valid JSON (line {lineno}, column {colno}).").format(
            lineno=exc.lineno, colno=exc.colno)) from None
    except ValueError as exc:  # e.g. integers beyond the 4,300-digit limit
        raise JsonUnreadable(_("The file holds a number too long to be genuine data."), detail=str(exc)) from None
    return value, dups.keys


def clean_text(value: Any) -> str | None:
    """A string fit for display and storage (the shared sanitiser: NFC, lone surrogates and control
    characters replaced, bidi and zero-width characters made visible), or ``None`` when empty."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None  # absent, or a list/object where text belongs: not shown as "['x']"
    text = sanitize_text(value if isinstance(value, str) else str(value))
    text = text.replace("\xa0", " ").replace("\u2003", " ").strip()
    return text or None


TABLE_YEARS = (1678, 2261)  # the whole years a nanosecond pandas time column holds


def parse_iso_time(raw: Any) -> datetime | None:
    """An ISO 8601 time with zone (``2023-08-23T03:49:28.734Z``, micro- or nanoseconds) as UTC.

    Returns ``None`` for anything else, including a time without a zone (never guessed) and a time the
    tables cannot hold (before 1678 or after 2261, e.g. a damaged year 0001 or 3000).
    """
    if not isinstance(raw, str):
        return None
    match = _ISO.match(raw.strip())
    if not match or match.group(8) is None:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    micro = int((match.group(7) or "0")[:6].ljust(6, "0"))
    zone = match.group(8)
    try:
        value = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
    except ValueError:
        return None
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        value -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return value if TABLE_YEARS[0] <= value.year <= TABLE_YEARS[1] else None
