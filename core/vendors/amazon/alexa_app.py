"""Alexa app use on a phone (2025–26 ``Additional Data/Alexa/Devices/Mobile/CustomerInteraction_*.csv``).

Columns ``interaction_date, event_name, device_platform_name, device_make, device_model``. Each phone the app ran
on becomes a device of the Alexa device list (voice-capable: the app listens like an Echo), so a recording is not
called "without a voice device" when the account used Alexa on a phone. The period of use is not known (the table
shows interactions, not a registration): the device has no registration dates, and the first and last interaction
are stated in a note.
"""

from __future__ import annotations

import pandas as pd

from core.i18n import _
from core.model import DEVICE_COLUMNS, Problem
from core.source.archive import Member
from core.vendors.amazon.context import Context, lines_of
from core.vendors.amazon.transcriptions import parse_any_time

WHEN = ("interaction_date", "Interaction Date", "event_timestamp")
PLATFORM = ("device_platform_name", "Device Platform Name", "device_os")
MAKE = ("device_make", "Device Make")
MODEL = ("device_model", "Device Model")


def read_app_interactions(ctx: Context, member: Member) -> pd.DataFrame | None:
    """One device row per phone (platform, make, model) the Alexa app was used on."""
    table = ctx.read_table(member, usecols=WHEN + PLATFORM + MAKE + MODEL)
    if table is None:
        return None
    if not (table.has(*PLATFORM) or table.has(*MAKE) or table.has(*MODEL)):
        ctx.unreadable(member, _("The Alexa app table names no phone (platform, make or model)."))
        return None
    raw = table.get(*WHEN)
    times = parse_any_time(raw) if raw is not None else pd.Series(pd.NaT, index=table.frame.index,
                                                                  dtype="datetime64[ns, UTC]")
    phones = [" ".join(str(v) for v in parts if v) for parts in zip(
        table.values_or_none(*PLATFORM), table.values_or_none(*MAKE), table.values_or_none(*MODEL), strict=True)]
    frame = pd.DataFrame({"phone": phones, "time": times.to_numpy(), "line": lines_of(table)})
    frame = frame[frame["phone"] != ""]
    ctx.recognised(member, "amazon.alexa-app", rows=len(table))
    if frame.empty:
        return None
    first = frame.groupby("phone", sort=True).agg(line=("line", "first"), start=("time", "min"), end=("time", "max"))
    for label, row in first.iterrows():
        if pd.isna(row["start"]):
            note = _("The Alexa app was used on a phone ({phone}): evidence of Alexa use without an Echo.").format(
                phone=label)
        else:
            note = _("The Alexa app was used on a phone ({phone}, {first} to {last}): evidence of Alexa use "
                     "without an Echo.").format(phone=label, first=f"{row['start']:%Y-%m-%d}",
                                                last=f"{row['end']:%Y-%m-%d}")
        ctx.report.notes.append(Problem(member.path, None, note))
    return pd.DataFrame({
        "serial": None, "name": [f"Alexa app ({p})" for p in first.index], "family": "Alexa app (phone)",
        "registered": pd.NaT, "deregistered": pd.NaT, "voice_capable": True, "source": "alexa-list",
        "member": member.path, "line": first["line"].tolist(),
    }, columns=list(DEVICE_COLUMNS))
