"""Synthetic exports for GUI tests and screenshots: invented people, generated in code.

``make_export`` builds an :class:`~core.model.Export` directly; ``write_export_zip`` writes a tiny ZIP
that :mod:`tests.gui.synthetic_vendor` recognises, so tests can go through the same import path a
user takes (``ExportSource.open`` → ``parse_export`` → rules) before the Amazon parser and demo land.
"""

from __future__ import annotations

import json
import random
import zipfile
from decimal import Decimal
from pathlib import Path

import pandas as pd

from core.model import ExportFile, empty_export, recording_id
from core.rules.finding import Finding, ReviewContext

TITLES = ["Kaffeebohnen 1 kg", "USB-C cable, 2 m", "Paperback: The Gardener's Year", "Bicycle lamp set",
          "Notebook A5 dotted", "Tea sampler", "Wool socks (3 pairs)", "Kindle edition: Night Trains",
          "Desk lamp", "Hiking map Allgäu", "<b>Echo Dot</b> refund offer", "Rain jacket"]
QUERIES = ["bike lamp", "dotted notebook", "wool socks", "hiking map", "rain jacket women", "tea gift",
           "kaffee bohnen", "usb c kabel", "desk lamp led", "night trains book"]
TRANSCRIPTS = ["alexa turn off the light in the kitchen", "alexa what's the weather in Lübeck tomorrow",
               "play radio", "", "alexa set a timer for ten minutes", "alexa add milk to the shopping list",
               "stop", "alexa how far is Hamburg", "alexa good night", None]


def make_export(recordings: int = 40, purchases: int = 25, searches: int = 60, seed: int = 1,
                name: str = "synthetic.zip"):
    rng = random.Random(seed)
    base = pd.Timestamp("2017-03-01T08:00:00Z")
    export = empty_export("amazon", [ExportFile(name, f"/nonexistent/{name}", 1234, f"{seed:064x}", 0.0)])
    export.layouts = ["synthetic"]

    def times(n: int, span_days: int, start: pd.Timestamp = base) -> list[pd.Timestamp]:
        return sorted(start + pd.Timedelta(seconds=rng.randrange(span_days * 86400)) for _ in range(n))

    export.purchases = pd.DataFrame({
        "time": pd.to_datetime(times(purchases, 600), utc=True),
        "order_id": [f"302-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}" for _ in range(purchases)],
        "title": [rng.choice(TITLES) for _ in range(purchases)],
        "quantity": [rng.choice([1, 1, 1, 2]) for _ in range(purchases)],
        "amount": [Decimal(rng.randrange(199, 8999)) / 100 for _ in range(purchases)],
        "currency": ["EUR"] * purchases,
        "kind": [rng.choice(["physical", "physical", "digital"]) for _ in range(purchases)],
        "status": ["Closed"] * purchases, "website": ["Amazon.de"] * purchases, "asin": [None] * purchases,
        "member": [f"{name}/Retail.OrderHistory.1.csv"] * purchases, "line": list(range(2, purchases + 2)),
    })
    export.searches = pd.DataFrame({
        "time": pd.to_datetime(times(searches, 600), utc=True),
        "query": [rng.choice(QUERIES) for _ in range(searches)],
        "store": ["Amazon.de"] * searches,
        "device": [rng.choice(["Firefox on Linux", "Kindle Paperwhite", None]) for _ in range(searches)],
        "member": [f"{name}/Search-Data.csv"] * searches, "line": list(range(2, searches + 2)),
    })
    members = [f"{name}/Alexa/audio/{i:05d}.wav" for i in range(recordings)]
    export.recordings = pd.DataFrame({
        "id": [recording_id(m) for m in members],
        "time": pd.to_datetime(times(recordings, 120, pd.Timestamp("2018-06-01T05:00:00Z")), utc=True),
        "time_source": ["filename"] * recordings,
        "device_serial": [rng.choice(["G090LF09643202VS", None]) for _ in range(recordings)],
        "device_name": [rng.choice(["Echo Dot (2nd gen)", "Echo", None]) for _ in range(recordings)],
        "transcript": [rng.choice(TRANSCRIPTS) for _ in range(recordings)],
        "response": [None] * recordings,
        "duration_s": [round(rng.uniform(0.8, 9.0), 2) for _ in range(recordings)],
        "audio_member": members, "audio_format": ["wav"] * recordings,
        "size": [rng.randrange(20_000, 200_000) for _ in range(recordings)],
        "crc32": [None] * recordings, "sha256": [None] * recordings,
        "member": members, "line": [None] * recordings,
    })
    export.devices = pd.DataFrame({
        "serial": ["G000KF1234", "B00ZV9RDKK"], "name": ["Kindle Paperwhite", "Fire TV Stick"],
        "family": ["Kindle", "Fire TV"],
        "registered": pd.to_datetime(["2016-12-24T18:00:00Z", "2017-05-02T10:00:00Z"], utc=True),
        "deregistered": pd.to_datetime([None, "2018-01-10T10:00:00Z"], utc=True),
        "voice_capable": [False, False], "source": ["registration"] * 2,
        "member": [f"{name}/Devices.csv"] * 2, "line": [2, 3],
    })
    from core.model import FileEntry

    for member, dataset, rows in ((f"{name}/Retail.OrderHistory.1.csv", "amazon.orders", purchases),
                                  (f"{name}/Search-Data.csv", "amazon.searches", searches),
                                  (f"{name}/Devices.csv", "amazon.devices", 2)):
        export.report.add(FileEntry(member, "recognised", dataset, rows=rows))
    export.report.add(FileEntry(f"{name}/Alexa/", "recognised", "amazon.voice", rows=recordings))
    export.report.add(FileEntry(f"{name}/Unknown/thing.csv", "skipped", reason="Dossier does not know this file.",
                                header=["Col A", "Col B"]))
    return export


def synthetic_rule(export, context: ReviewContext) -> list[Finding]:
    """Stands in for the real rules: no voice device → every recording is a finding."""
    voice = export.devices[export.devices["voice_capable"] == True]  # noqa: E712
    if len(voice) and not context.owner_has_no_device:
        return []
    findings = []
    for row in export.recordings.itertuples():
        findings.append(Finding(
            rule="recording-without-device", severity="high", subject=row.id,
            explanation="This recording was made although the account never had a voice device.",
            member=row.audio_member, time=row.time.isoformat(),
            evidence={"device_name": row.device_name, "devices_on_account": len(export.devices)}))
    short = export.recordings[export.recordings["duration_s"] < 1.5]
    for row in short.itertuples():
        findings.append(Finding(rule="recording-false-wake", severity="low", subject=row.id,
                                explanation="Very short recording with little speech — possibly a false wake.",
                                member=row.audio_member, time=row.time.isoformat(),
                                evidence={"duration_s": row.duration_s}))
    return findings


def write_export_zip(path: Path, recordings: int = 40, slow: float = 0.0, **extra: object) -> Path:
    """A ZIP the synthetic vendor recognises; ``slow`` seconds of cancellable parse work."""
    spec = {"recordings": recordings, "slow": slow, **extra}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("synthetic-export.json", json.dumps(spec))
        zf.writestr("Unknown/thing.csv", "Col A,Col B\nsecret value,another secret\n")
    return path
