"""Times in My Activity HTML: ``Mar 8, 2018, 5:14:40 PM``, ``Jan 25, 2019, 8:23:48 AM GMT``,
``23 nov 2021, 09:21:36 CET``, ``23.11.2021, 09:21:36 MEZ``.

Since about 2020 the zone label is the abbreviation of the **export's** zone, not the event's (a January
date labelled BST; gtp ``parse_html/html_time_utils.py``). Dossier converts with the label's offset, marks
every such time "zone uncertain", and says when the label cannot have been the zone on that date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

# abbreviation -> (offset in minutes, IANA zone whose label it is, canonical abbreviation there)
ZONES: dict[str, tuple[int, str | None, str | None]] = {
    "UTC": (0, None, None), "GMT": (0, None, None), "Z": (0, None, None),
    "BST": (60, "Europe/London", "BST"), "WET": (0, "Europe/Lisbon", "WET"), "WEST": (60, "Europe/Lisbon", "WEST"),
    "CET": (60, "Europe/Berlin", "CET"), "CEST": (120, "Europe/Berlin", "CEST"),
    "MEZ": (60, "Europe/Berlin", "CET"), "MESZ": (120, "Europe/Berlin", "CEST"),
    "EET": (120, "Europe/Athens", "EET"), "EEST": (180, "Europe/Athens", "EEST"), "MSK": (180, None, None),
    "EST": (-300, "America/New_York", "EST"), "EDT": (-240, "America/New_York", "EDT"),
    "CST": (-360, "America/Chicago", "CST"), "CDT": (-300, "America/Chicago", "CDT"),
    "MST": (-420, "America/Denver", "MST"), "MDT": (-360, "America/Denver", "MDT"),
    "PST": (-480, "America/Los_Angeles", "PST"), "PDT": (-420, "America/Los_Angeles", "PDT"),
    "AKST": (-540, "America/Anchorage", "AKST"), "AKDT": (-480, "America/Anchorage", "AKDT"),
    "HST": (-600, None, None), "JST": (540, None, None), "KST": (540, None, None), "SGT": (480, None, None),
    "HKT": (480, None, None), "AEST": (600, "Australia/Sydney", "AEST"), "AEDT": (660, "Australia/Sydney", "AEDT"),
    "NZST": (720, "Pacific/Auckland", "NZST"), "NZDT": (780, "Pacific/Auckland", "NZDT"),
}
MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "jan january januar janv janvier gen gennaio ene enero",
    "feb february februar févr février febbraio febrero",
    "mar march mär märz mrz mars marzo mrt maart",
    "apr april avr avril aprile abr abril",
    "may mai mag maggio mayo mei",
    "jun june juni juin giu giugno junio",
    "jul july juli juil juillet lug luglio julio",
    "aug august août ago agosto",
    "sep sept september septembre set settembre septiembre",
    "oct october okt oktober octobre ott ottobre octubre",
    "nov november novembre noviembre",
    "dec december dez dezember déc décembre dic dicembre diciembre",
), start=1):
    for _name in _names.split():
        MONTHS[_name] = _number

_CLOCK = r"(?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2})(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
_ZONE = r"(?:\s+(?P<zone>(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{1,5}))?"
_PATTERNS = [
    re.compile(r"^(?P<mon>[^\W\d_]+)\.? (?P<d>\d{1,2}), (?P<y>\d{4}),? " + _CLOCK + _ZONE + "$"),
    re.compile(r"^(?P<d>\d{1,2})\.? (?P<mon>[^\W\d_]+)\.? (?P<y>\d{4}),? (?:um |à |alle )?" + _CLOCK + _ZONE + "$"),
    re.compile(r"^(?P<d>\d{1,2})[./](?P<mo>\d{1,2})[./](?P<y>\d{4}),? (?:um )?" + _CLOCK + _ZONE + "$"),
]


@dataclass(frozen=True)
class LabelMismatch:
    """A zone label its region did not show on that date: ``BST`` in January, when Europe/London showed GMT."""

    label: str  # as written, e.g. "BST"
    region: str  # the IANA zone the label belongs to, e.g. "Europe/London"
    actual: str  # the label the region showed on that date, e.g. "GMT"
    hours: float  # how far the two labels' offsets lie apart


@dataclass(frozen=True)
class HtmlTime:
    """A parsed HTML time: the UTC instant, the zone label as written, and a warning if any."""

    utc: datetime
    label: str | None
    warning: LabelMismatch | None = None


def _offset(zone: str) -> int | None:
    if zone in ZONES:
        return ZONES[zone][0]
    match = re.fullmatch(r"(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?", zone)
    if not match:
        return None
    minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
    return minutes if match.group(1) == "+" else -minutes


def _label_check(zone: str, utc: datetime) -> LabelMismatch | None:
    """What is wrong when ``zone`` cannot have been the label of its region on that date (BST in January)."""
    info = ZONES.get(zone)
    if not info or info[1] is None:
        return None
    try:
        from zoneinfo import ZoneInfo

        local = utc.astimezone(ZoneInfo(info[1]))
    except Exception:  # no tz database: skip the check; the time stays "uncertain"
        return None
    actual, offset = local.tzname(), local.utcoffset()
    if not actual or actual == info[2] or offset is None:
        return None
    hours = abs(info[0] - offset.total_seconds() / 60) / 60
    return LabelMismatch(zone, info[1], actual, hours)


def parse_html_time(text: str) -> HtmlTime | None:
    """The instant an HTML time string names, or ``None`` if it is not a time Dossier can read."""
    text = " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            break
    else:
        return None
    groups = match.groupdict()
    month = int(groups["mo"]) if groups.get("mo") else MONTHS.get((groups.get("mon") or "").lower().rstrip("."))
    if month is None:
        return None
    hour = int(groups["h"])
    ampm = (groups.get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    zone = groups.get("zone")
    offset = 0 if zone is None else _offset(zone)
    if offset is None:
        return None
    try:
        local = datetime(int(groups["y"]), month, int(groups["d"]), hour, int(groups["mi"]), int(groups["s"]))
    except ValueError:
        return None
    utc = (local - timedelta(minutes=offset)).replace(tzinfo=UTC)
    return HtmlTime(utc, zone, _label_check(zone, utc) if zone else None)
