"""Measure the anomaly rules on a synthetic 20k-recording export, and the voice pass in clips per second.

    .venv/bin/python scripts/bench_rules.py [--recordings 20000] [--clips 200] [--no-voice]

Everything is generated in memory (espeak-ng + sox for the voice clips, in a private temp folder that is
deleted at the end); nothing is committed or written next to an export.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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
from core.rules.finding import ReviewContext
from core.rules.registry import METADATA_RULES, run_rules
from core.rules.voice import extract_features

TRANSCRIPTS = ["wie wird das wetter in hamburg", "spiel musik", "ruf sabine an", "wetter in münchen", "", "licht aus",
               "wie ist der verkehr nach berlin", "stelle einen timer auf zehn minuten", "call max", "lauter"]


def synthetic_export(n: int, seed: int = 7) -> Export:
    rng = random.Random(seed)
    start = pd.Timestamp("2018-01-01", tz="UTC")
    rows = []
    for i in range(n):
        member = f"Alexa/Voice/{i:06d}.wav"
        serial = rng.choice(["G0A1B2", "G0A1B2", "G0A1B2", "G0C3D4", "STRANGER9", None])
        sha = hashlib.sha256(str(i if rng.random() > 0.01 else i // 2).encode()).hexdigest()
        rows.append({"id": recording_id(member), "time": start + pd.Timedelta(minutes=rng.randrange(0, 3 * 525600)),
                     "time_source": "index", "device_serial": serial, "device_name": "Echo Dot" if serial else None,
                     "transcript": rng.choice(TRANSCRIPTS), "response": None, "duration_s": 2.0,
                     "audio_member": member, "audio_format": "wav", "size": 64044, "crc32": rng.randrange(1 << 32),
                     "sha256": sha, "member": "Alexa/index.csv", "line": i + 2})
    export = empty_export("amazon")
    export.recordings = pd.DataFrame(rows, columns=list(RECORDING_COLUMNS))
    export.devices = pd.DataFrame([
        {"serial": "G0A1B2", "name": "Echo Dot", "family": "Echo", "registered": pd.Timestamp("2019-01-01", tz="UTC"),
         "deregistered": pd.NaT, "voice_capable": True, "source": "registration", "member": "registration.csv"},
        {"serial": "G0C3D4", "name": "Küche", "family": "Echo", "registered": pd.Timestamp("2018-06-01", tz="UTC"),
         "deregistered": pd.Timestamp("2020-01-01", tz="UTC"), "voice_capable": True, "source": "alexa-list",
         "member": "Mobile/000.csv"},
    ], columns=list(DEVICE_COLUMNS))
    export.purchases = pd.DataFrame([
        {"time": start + pd.Timedelta(hours=8 + rng.randrange(0, 14), days=rng.randrange(0, 1000)),
         "title": rng.choice(["Buch", "Kaffee", "Echo Dot (3. Gen.) mit Alexa", "Kabel"]), "quantity": 1,
         "kind": "physical", "member": "orders.csv"} for _ in range(2000)], columns=list(PURCHASE_COLUMNS))
    export.searches = pd.DataFrame([
        {"time": start + pd.Timedelta(hours=7 + rng.randrange(0, 15), days=rng.randrange(0, 1000)),
         "query": "suche", "member": "search.csv"} for _ in range(5000)], columns=list(SEARCH_COLUMNS))
    for table in ("devices", "purchases", "searches"):
        frame = export.table(table)
        for col in ("time", "registered", "deregistered"):
            if col in frame:
                frame[col] = pd.to_datetime(frame[col], utc=True)
    export.account = Account(names=["Max Mustermann"], addresses=["Leopoldstraße 1, 80802 München"])
    return export


def bench_rules(n: int) -> None:
    ctx = ReviewContext(retention_days=365)
    export = synthetic_export(n)
    t = time.perf_counter()
    findings = run_rules(export, ctx)
    cold = time.perf_counter() - t
    print(f"Metadata rules on {n:,} recordings, mixed account (2 devices, strangers, duplicates; median of 3 runs):")
    total = 0.0
    for rule in METADATA_RULES:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            found = rule.run(export, ctx)
            times.append(time.perf_counter() - t)
        total += statistics.median(times)
        print(f"  {rule.id:<34} {statistics.median(times) * 1000:8.1f} ms  {len(found):6,} findings")
    print(f"  {'sum of medians (shared view cached)':<36} {total * 1000:6.1f} ms")
    print(f"  {'run_rules, first run on the export':<36} {cold * 1000:6.1f} ms  {len(findings):6,} findings")
    own = synthetic_export(n, seed=5)
    own.recordings["device_serial"] = "G0A1B2"
    own.recordings["time"] = own.recordings["time"] + pd.Timedelta(days=400)
    own.recordings["sha256"] = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(n)]
    t = time.perf_counter()
    findings = run_rules(own, ReviewContext())
    print(f"  {'run_rules, own Echo only':<36} {(time.perf_counter() - t) * 1000:6.1f} ms  {len(findings):6,} findings")
    stranger = synthetic_export(n, seed=11)
    stranger.devices = stranger.devices.iloc[0:0]
    stranger.purchases = stranger.purchases[~stranger.purchases["title"].str.contains("Echo")]
    t = time.perf_counter()
    findings = run_rules(stranger, ReviewContext())
    print(f"  {'run_rules, account without devices':<36} {(time.perf_counter() - t) * 1000:6.1f} ms  "
          f"{len(findings):6,} findings")


class _Clips:
    def __init__(self, clips: dict[str, bytes]) -> None:
        self.clips = clips

    def read_bytes(self, member: str, limit: int | None = None) -> bytes:
        return self.clips[member]


def bench_voice(count: int) -> None:
    if not (shutil.which("espeak-ng") and shutil.which("sox")):
        print("Voice pass: espeak-ng/sox missing, skipped.")
        return
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        base = []
        for i, (voice, text) in enumerate([("en-us+m3", "what is the weather in munich tomorrow"),
                                           ("en-us+f4", "turn off the lights in the living room"),
                                           ("de+m3", "wie wird das wetter morgen in hamburg"),
                                           ("de+f4", "stelle einen timer auf zehn minuten")]):
            raw, out = Path(tmp) / f"{i}.raw.wav", Path(tmp) / f"{i}.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-w", str(raw), text], check=True)
            subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True)
            base.append(out.read_bytes())
    clips = {f"Voice/{i}.wav": base[i % len(base)] for i in range(count)}
    export = empty_export("amazon")
    export.recordings = pd.DataFrame([{"id": recording_id(m), "audio_member": m} for m in clips],
                                     columns=list(RECORDING_COLUMNS))
    seconds = sum(len(b) - 44 for b in clips.values()) / 32000
    print(f"Voice pass on {count} clips ({seconds / count:.1f} s each, 16 kHz WAV):")
    for workers in (1, 2):
        cpu = time.process_time()
        result = extract_features(export, _Clips(clips), lambda f, m: None, lambda: False, workers=workers)
        busy = (time.process_time() - cpu) / result.seconds
        print(f"  {workers} worker(s): {result.clips_per_second:7.1f} clips/s  (CPU time / wall time {busy:.2f})")
    print(f"  (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recordings", type=int, default=20_000)
    parser.add_argument("--clips", type=int, default=200)
    parser.add_argument("--no-voice", action="store_true")
    args = parser.parse_args()
    bench_rules(args.recordings)
    if not args.no_voice:
        bench_voice(args.clips)


if __name__ == "__main__":
    main()
