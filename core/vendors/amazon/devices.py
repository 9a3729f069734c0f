"""Devices: ``registration.csv`` (Devices.Registration) and Alexa device lists, columns matched by name.

``voice_capable`` is decided from the device family and name (Echo, Alexa, Fire TV …); devices on an
Alexa device list count as voice-capable unless their family names a non-voice gadget (bulb, plug …).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from core.i18n import _
from core.model import DEVICE_COLUMNS
from core.reading.convert import parse_times
from core.source.archive import Member
from core.vendors.amazon.context import Context, lines_of

SERIAL = ("DeviceSerialNumber", "Device Serial Number", "Serial Number", "SerialNumber", "Serial", "DSN",
          "deviceSerialNumber")
NAME = ("DeviceName", "Device Name", "Name", "AccountName", "Account Name", "Device Account Name", "FriendlyName")
FAMILY = ("Amazon Device Model Name", "DeviceFamily", "Device Family", "Family", "DeviceType", "Device Type", "Type",
          "DeviceModel", "Device Model", "Model", "Product")
REGISTERED = ("FirstTimeRegistered", "First Time Registered", "RegistrationDate", "Registration Date",
              "FirstRegistered", "Registered", "Registration Time", "RegisteredDate")
DEREGISTERED = ("LastTimeDeregistered", "Last Time Deregistered", "DeregistrationDate", "Deregistration Date",
                "Deregistered", "LastDeregistered", "DeregisteredDate", "Deregistration Time", "Time Deregistered")
STYLES = ("iso", "us", "epoch")

VOICE = re.compile(r"\b(echo|alexa|fire\s?tv|firetv|amazon\s+tap|knight|biscuit)\b", re.IGNORECASE)
NOT_VOICE = re.compile(r"\b(bulb|light|lamp|plug|switch|thermostat|sensor|lock|camera|doorbell)\b", re.IGNORECASE)


def voice_capable(family: str | None, name: str | None, on_alexa_list: bool) -> bool:
    text = " ".join(v for v in (family, name) if v)
    if VOICE.search(text):
        return True
    if on_alexa_list:
        return not NOT_VOICE.search(text)
    return False


def read_devices(ctx: Context, member: Member, source: str) -> pd.DataFrame | None:
    """Devices of one file; ``source`` is ``"registration"`` or ``"alexa-list"``."""
    table = ctx.read_table(member)
    if table is None:
        return None
    if not (table.has(*SERIAL) or table.has(*NAME) or table.has(*FAMILY)):
        ctx.unreadable(member, _("The file has no device serial, name or type column."))
        return None
    n = len(table)

    def text(aliases: tuple[str, ...]) -> pd.Series:
        return table.values_or_none(*aliases)

    def times(aliases: tuple[str, ...], label: str) -> tuple[pd.Series, np.ndarray]:
        raw = table.get(*aliases)
        if raw is None:
            return pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns, UTC]"), np.zeros(n, dtype=bool)
        parsed, bad = parse_times(raw, STYLES)
        return parsed, bad.to_numpy()

    serial, name, family = text(SERIAL), text(NAME), text(FAMILY)
    registered, bad_reg = times(REGISTERED, "registered")
    deregistered, bad_dereg = times(DEREGISTERED, "deregistered")
    bad = bad_reg | bad_dereg
    rejected = ctx.reject(table, bad, _("A registration date is not in a known format; row not read."))
    empty = (serial.isna() & name.isna() & family.isna()).to_numpy() & ~bad
    rejected += ctx.reject(table, empty, _("The row names no device; row not read."))
    keep = ~(bad | empty)
    on_list = source == "alexa-list"
    frame = pd.DataFrame({
        "serial": serial[keep].reset_index(drop=True),
        "name": name[keep].reset_index(drop=True),
        "family": family[keep].reset_index(drop=True),
        "registered": registered[keep].reset_index(drop=True),
        "deregistered": deregistered[keep].reset_index(drop=True),
        "voice_capable": [voice_capable(f, nm, on_list) for f, nm in zip(family[keep], name[keep], strict=True)],
        "source": source,
        "member": member.path,
        "line": lines_of(table, keep),
    }, columns=list(DEVICE_COLUMNS))
    ctx.recognised(member, "amazon.devices" if source == "registration" else "amazon.alexa-devices",
                   rows=n, rejected=rejected)
    ctx.note_repairs(table)
    return frame


ECHO_TITLE = re.compile(r"\becho\b", re.IGNORECASE)
ALEXA_TITLE = re.compile(r"alexa|amazon echo", re.IGNORECASE)
_SCAN_SLICE = 4096


def devices_from_purchases(purchases: pd.DataFrame) -> pd.DataFrame:
    """Voice devices the account bought (an Echo): ``source`` = ``purchase``, registered = order time."""
    if purchases.empty:
        return pd.DataFrame(columns=list(DEVICE_COLUMNS))
    echo = _echo_titles(purchases["title"].to_numpy(dtype=object))
    if not echo.any():
        return pd.DataFrame(columns=list(DEVICE_COLUMNS))
    echo &= purchases["kind"].eq("physical").to_numpy()
    bought = purchases[echo]
    return pd.DataFrame({
        "serial": None, "name": bought["title"].to_numpy(), "family": "Echo (purchased)",
        "registered": bought["time"].to_numpy(), "deregistered": pd.NaT, "voice_capable": True,
        "source": "purchase", "member": bought["member"].to_numpy(), "line": bought["line"].to_numpy(),
    }, columns=list(DEVICE_COLUMNS))


def _echo_titles(titles: np.ndarray) -> np.ndarray:
    """Which titles name an Echo. C-speed scans of slices of titles (one regex call over every title held the
    GIL for a quarter of a second at 200k orders and froze the window); titles are looked at one by one only
    in a slice that mentions "echo". No copy or hash table of every title (+130 MiB at 2M order lines)."""
    echo = np.zeros(len(titles), dtype=bool)
    for start in range(0, len(titles), _SCAN_SLICE):
        part = [t if isinstance(t, str) else "" for t in titles[start:start + _SCAN_SLICE]]
        joined = "\n".join(part)
        if "echo" in joined.lower() and ECHO_TITLE.search(joined):  # the plain search first: 20 times faster
            echo[start:start + len(part)] = [bool(ECHO_TITLE.search(t) and ALEXA_TITLE.search(t)) for t in part]
    return echo
