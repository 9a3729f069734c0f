"""Synthetic exports for rule tests, built directly as model tables (no parser involved)."""

from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd

from core.model import (
    DEVICE_COLUMNS,
    PURCHASE_COLUMNS,
    RECORDING_COLUMNS,
    SEARCH_COLUMNS,
    Account,
    Export,
    empty_export,
    recording_id,
)


def ts(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def _frame(columns: tuple[str, ...], rows: list[dict[str, Any]], times: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=list(columns))
    frame = frame.astype(object)
    for col in times:
        frame[col] = pd.to_datetime(frame[col], utc=True)
    return frame


def recording(time: str | None, *, member: str | None = None, serial: str | None = None, name: str | None = None,
              transcript: str | None = None, sha256: str | None = None, crc32: int | None = None,
              size: int | None = 32044, time_source: str = "index", duration_s: float = 2.0) -> dict[str, Any]:
    member = member or f"Alexa/Voice/{time or 'undated'}-{serial or name or 'x'}-{transcript or ''}.wav"
    return {"id": recording_id(member), "time": time, "time_source": time_source, "device_serial": serial,
            "device_name": name, "transcript": transcript, "duration_s": duration_s, "audio_member": member,
            "audio_format": "wav", "size": size, "crc32": crc32,
            "sha256": sha256 if sha256 is not None else hashlib.sha256(member.encode()).hexdigest(),
            "member": "Alexa/index.csv", "line": None}


def device(serial: str | None, name: str | None, registered: str | None, deregistered: str | None = None, *,
           family: str | None = "Echo", voice: bool | None = True, source: str = "registration") -> dict[str, Any]:
    return {"serial": serial, "name": name, "family": family, "registered": registered, "deregistered": deregistered,
            "voice_capable": voice, "source": source, "member": "Devices.Registration/registration.csv",
            "line": None}


def purchase(time: str, title: str, kind: str = "physical", quantity: int = 1) -> dict[str, Any]:
    return {"time": time, "order_id": "302-" + hashlib.sha1(title.encode()).hexdigest()[:7], "title": title,
            "quantity": quantity, "amount": None, "currency": "EUR", "kind": kind, "status": "Closed",
            "website": "Amazon.de", "asin": None, "member": "Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
            "line": 2}


def search(time: str, query: str) -> dict[str, Any]:
    return {"time": time, "query": query, "store": "Amazon.de", "device": None,
            "member": "Search-Data/Search-Data.csv", "line": 2}


def build(recordings: list[dict[str, Any]] = (), devices: list[dict[str, Any]] = (),  # type: ignore[assignment]
          purchases: list[dict[str, Any]] = (), searches: list[dict[str, Any]] = (),  # type: ignore[assignment]
          account: Account | None = None) -> Export:
    export = empty_export("amazon")
    if recordings:
        export.recordings = _frame(RECORDING_COLUMNS, list(recordings), ("time",))
    if devices:
        export.devices = _frame(DEVICE_COLUMNS, list(devices), ("registered", "deregistered"))
    if purchases:
        export.purchases = _frame(PURCHASE_COLUMNS, list(purchases), ("time",))
    if searches:
        export.searches = _frame(SEARCH_COLUMNS, list(searches), ("time",))
    export.account = account or Account(names=["Max Mustermann"], addresses=["Leopoldstraße 1, 80802 München"])
    return export


def ids(findings: list[Any], rule: str | None = None) -> set[str]:
    return {f.subject for f in findings if rule is None or f.rule == rule}


def one_echo_account() -> tuple[Export, set[str], set[str], set[str]]:
    """An account with one registered Echo ("Küche", from 2019-05-01) and a Kindle: its own recordings, a stranger's
    device's, and the Echo's from before its registration (ids of each)."""
    own = [recording(f"2019-05-{d:02d}T18:{d:02d}:00Z", serial="G0A1B2", name="Küche", transcript=f"wetter {d}")
           for d in range(2, 22)]
    own.append(recording("2019-05-01T09:40:00Z", serial="G0A1B2", name="Küche", transcript="hallo"))  # set-up
    own.append(recording("2019-06-01T08:00:00Z", name="Küche", transcript="licht an"))  # name only
    unknown = [recording(f"2019-07-0{d}T03:00:00Z", serial="G0ZZ99", name="Echo Dot", transcript="call sabine")
               for d in range(1, 4)]
    before = [recording(f"2019-03-1{d}T12:00:00Z", serial="G0A1B2", name="Küche", transcript="radio")
              for d in range(1, 4)]
    export = build(own + unknown + before,
                   devices=[device("G0A1B2", "Küche", "2019-05-01T10:00:00Z"),
                            device("B00KINDLE", "Max's Kindle", "2018-01-01T00:00:00Z", family="Kindle", voice=None)],
                   purchases=[purchase("2019-04-20T10:00:00Z", "Echo Dot (3. Gen.) Intelligenter Lautsprecher mit "
                                                            "Alexa, Anthrazit Stoff"),
                              purchase("2019-04-20T10:00:00Z", "Wandhalterung für Echo Dot 3. Gen")])
    return export, ids_of(own), ids_of(unknown), ids_of(before)


def ids_of(rows: list[dict[str, Any]]) -> set[str]:
    return {r["id"] for r in rows}
