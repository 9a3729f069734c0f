"""Large synthetic exports for timeline tests and the benchmark (generated, never committed)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.model import empty_export, recording_id
from core.rules.finding import Finding


def big_export(n: int, seed: int = 7, years: float = 6.0, devices: int = 3):
    """An export with ``n`` events (half searches, a quarter purchases and recordings) and findings
    for every tenth recording."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2015-01-01T00:00:00Z").value
    span = int(years * 365.25 * 86400 * 1e9)

    def times(k: int) -> pd.Series:
        return pd.Series(pd.to_datetime(np.sort(rng.integers(start, start + span, k)), utc=True))

    n_search, n_purchase = n // 2, n // 4
    n_rec = n - n_search - n_purchase
    export = empty_export("amazon")
    export.searches = pd.DataFrame({"time": times(n_search), "query": [f"query {i} costs $5" for i in
                                                                      range(n_search)],
                                    "store": "Amazon.de", "device": "Firefox", "member": "S.csv",
                                    "line": np.arange(n_search) + 2})
    export.purchases = pd.DataFrame({"time": times(n_purchase), "title": [f"Item {i}" for i in range(n_purchase)],
                                     "order_id": "1", "quantity": 1, "amount": None, "currency": "EUR",
                                     "kind": "physical", "status": "", "website": "", "asin": None,
                                     "member": "O.csv", "line": np.arange(n_purchase) + 2})
    members = [f"Alexa.zip/Voice/{i:06d}.wav" for i in range(n_rec)]
    names = [f"Echo {chr(65 + k)}" for k in range(devices)]
    export.recordings = pd.DataFrame({
        "id": [recording_id(m) for m in members], "time": times(n_rec), "time_source": "filename",
        "device_serial": None, "device_name": [names[i % devices] for i in range(n_rec)],
        "transcript": [f"alexa number {i}" for i in range(n_rec)], "response": None, "duration_s": 2.0,
        "audio_member": members, "audio_format": "wav", "size": 1000, "crc32": None, "sha256": None,
        "member": members, "line": None})
    findings = [Finding("recording-without-device", "high" if i % 20 == 0 else "medium", rid, "x")
                for i, rid in enumerate(export.recordings["id"]) if i % 10 == 0]
    return export, findings
