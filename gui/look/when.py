"""How the app shows a moment: local time with its zone, and the UTC value beside it (core: core.reading.timetext).

Exports and rule explanations speak UTC; people think in local time. Everywhere a single moment is
shown in full (the evidence panel, the player, tooltips) it reads
``Sun 06 May 2018, 20:49:09 CEST (18:49:09 UTC)`` — day and month names in the interface language.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class When:
    """``local``: "Sun 06 May 2018, 20:49:09 CEST"; ``utc``: "18:49:09 UTC" (with the date when it
    differs from the local one); ``utc_full``: "2018-05-06 18:49:09 UTC"."""

    local: str
    utc: str
    utc_full: str
    is_utc: bool  # the computer's zone is UTC itself: nothing to add in brackets

    @property
    def full(self) -> str:
        return self.local if self.is_utc else f"{self.local} ({self.utc})"


def utc_timestamp(value: object) -> pd.Timestamp | None:
    """``value`` (ISO text, datetime, Timestamp; naive means UTC) as an aware UTC Timestamp, or ``None``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    from core.reading.timetext import utc_timestamp as core_utc_timestamp  # pandas: not at start-up

    return core_utc_timestamp(value)


def zone_name(local: datetime) -> str:
    """The zone's abbreviation ("CEST"), or "UTC+03:00" where it has none or only a long name."""
    name = local.tzname() or ""
    if name and len(name) <= 5 and name.isalpha():
        return name
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
_MONTH_NUMBER = {name: i for i, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                                   "Oct", "Nov", "Dec"), start=1)}


def _localised(word: str) -> str:
    """Names from QLocale are the UI language's own; the test language ``qps`` marks them like any text."""
    from core.i18n import PSEUDO, current_language, pseudo

    return pseudo(word) if current_language() == PSEUDO else word


def month_name(month: int, short: bool = False, locale: QLocale | None = None) -> str:
    """"Oktober"/"Okt." in German, "October"/"Oct" in English (the UI language's names)."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _localised((locale or QLocale()).monthName(month, fmt))


def day_name(weekday: int, short: bool = True, locale: QLocale | None = None) -> str:
    """"So."/"Sonntag", "Sun"/"Sunday" (``weekday``: 1 = Monday … 7 = Sunday)."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _localised((locale or QLocale()).dayName(weekday, fmt))


def localise_months(text: str, locale: QLocale | None = None) -> str:
    """English month abbreviations (from strftime or matplotlib in the C locale) in the UI language."""
    return _ENGLISH_MONTHS.sub(lambda m: month_name(_MONTH_NUMBER[m.group(1)], True, locale), text)


def when(value: object, locale: QLocale | None = None) -> When | None:
    """How to show ``value`` (``None`` when it is not a time)."""
    stamp = utc_timestamp(value)
    if stamp is None:
        return None
    loc = locale or QLocale()
    moment = stamp.to_pydatetime()
    local = moment.astimezone()
    zone = zone_name(local)
    day = day_name(local.isoweekday(), True, loc)
    month = month_name(local.month, True, loc)
    shown = f"{day} {local:%d} {month} {local:%Y}, {local:%H:%M:%S} {zone}"
    same_day = local.date() == moment.date()
    utc = f"{moment:%H:%M:%S} UTC" if same_day else f"{moment:%Y-%m-%d %H:%M:%S} UTC"
    is_utc = local.utcoffset() is not None and not local.utcoffset() and zone == "UTC"
    return When(shown, utc, f"{moment:%Y-%m-%d %H:%M:%S} UTC", is_utc)


def when_text(value: object, locale: QLocale | None = None) -> str:
    """The full text for ``value`` ("" when it is not a time)."""
    moment = when(value, locale)
    return moment.full if moment else ""


def local_time(iso: str | None) -> tuple[str, str]:
    """(local time for display, UTC for the tooltip) of an ISO 8601 string.

    Called once per finding when the review list is built (20k+ at a time), so it stays on the C fast
    paths: ``datetime.fromisoformat`` and ``time.localtime`` (what ``astimezone()`` uses underneath).
    """
    if not iso:
        return "", ""
    try:
        stamp = datetime.fromisoformat(iso)
    except ValueError:
        import pandas as pd  # rare (not ISO 8601 as Python reads it); the app starts without pandas

        try:
            stamp = pd.Timestamp(iso).to_pydatetime()
        except (ValueError, TypeError):
            return iso, ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    utc = stamp.astimezone(UTC)
    try:
        lt = time.localtime(utc.timestamp())
    except (OSError, OverflowError):  # before 1970 on Windows, far outside the platform's range
        return utc.strftime("%Y-%m-%d %H:%M:%S"), utc.strftime("%Y-%m-%d %H:%M:%S UTC")
    shown = f"{lt.tm_year:04d}-{lt.tm_mon:02d}-{lt.tm_mday:02d} {lt.tm_hour:02d}:{lt.tm_min:02d}:{lt.tm_sec:02d}"
    return shown, utc.replace(tzinfo=None).isoformat(" ", "seconds") + " UTC"
