"""My Activity in JSON form: a top-level array of records (official schema, takeout ``README.md``)."""

from __future__ import annotations

from typing import Any

from core.i18n import _
from core.model import ImportReport
from core.vendors.google.activity import Activity
from core.vendors.google.jsonio import JsonUnreadable, clean_text, parse_iso_time

_KNOWN_KEYS = {"header", "title", "titleUrl", "time", "products", "subtitles", "details", "audioFiles",
               "description", "activityControls", "locationInfos", "imageFile", "attachedFiles"}


def _names(value: Any, key: str = "name") -> list[str]:
    """Texts of a list of ``{name: …}`` objects (or plain strings); items without text are skipped."""
    out: list[str] = []
    if not isinstance(value, list):
        return out
    for item in value:
        text = clean_text(item.get(key)) if isinstance(item, dict) else clean_text(item) if isinstance(
            item, str) else None
        if text:
            out.append(text)
    return out


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [t for t in (clean_text(v) for v in value if isinstance(v, str)) if t]


def looks_like_activity(value: Any) -> bool:
    """True for a JSON value shaped like My Activity (an array of objects with ``time`` or ``header``)."""
    if not isinstance(value, list):
        return False
    sample = [v for v in value[:20] if isinstance(v, dict)]
    if value and not sample:
        return False
    return all(("time" in v or "header" in v) and set(v) & _KNOWN_KEYS for v in sample)


def read_activity_json(value: Any, member: str, folder: str | None, report: ImportReport) -> tuple[list[Activity], int]:
    """The entries of a parsed My Activity file; rejected entries become problems. Returns (entries, rejected)."""
    if not looks_like_activity(value):
        raise JsonUnreadable(_("The file is not shaped like My Activity (an array of activity records)."))
    entries: list[Activity] = []
    rejected = 0
    for index, record in enumerate(value, start=1):
        if not isinstance(record, dict):
            report.problem(member, None, _("Entry {index} is not an activity record and was not used.").format(
                index=index))
            rejected += 1
            continue
        raw_time = record.get("time")
        when = parse_iso_time(raw_time)
        if when is None:
            shown = clean_text(raw_time) if isinstance(raw_time, str) else "no time"
            report.problem(member, None, _("Entry {index} has an unreadable time ({shown}) and was not used.").format(
                index=index, shown=shown))
            rejected += 1
            continue
        entries.append(Activity(
            member=member, entry=index,
            header=clean_text(record.get("header")),
            title=clean_text(record.get("title")),
            title_url=clean_text(record.get("titleUrl")),
            time=when, time_raw=raw_time if isinstance(raw_time, str) else None,
            products=_strings(record.get("products")),
            subtitles=_names(record.get("subtitles")),
            details=_names(record.get("details")),
            audio_files=_strings(record.get("audioFiles")),
            folder=folder,
        ))
    return entries, rejected
