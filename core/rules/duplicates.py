"""``duplicate-audio``: the same audio bytes appear again at another time; later copies are flagged.

Identity is the SHA-256 of the clip. Where it is missing (the fingerprinting pass has not run or could not
read the clip), the same CRC-32 *and* size make a candidate — said so in the explanation. The earliest
copy (by time, then member) is named and never flagged; empty clips are left to ``recording-false-wake``.
"""

from __future__ import annotations

import pandas as pd

from core.model import Export
from core.rules.common import make, ordered, recordings_view, rows
from core.rules.finding import Finding, ReviewContext, Severity

RULE = "duplicate-audio"


def duplicate_audio(export: Export, context: ReviewContext) -> list[Finding]:
    recs = export.recordings
    if len(recs) < 2:
        return []
    view = recordings_view(export)
    size = pd.to_numeric(recs["size"], errors="coerce")
    sha = recs["sha256"].astype(object).where(recs["sha256"].notna(), "").astype(str).str.lower()
    crc = pd.to_numeric(recs["crc32"], errors="coerce")
    view["key"] = ("sha256:" + sha).where(sha != "", None)
    candidate = (sha == "") & crc.notna() & size.notna()
    view.loc[candidate, "key"] = ("crc32:" + crc[candidate].astype("int64").astype(str) + ":"
                                  + size[candidate].astype("int64").astype(str))
    view["size"] = size
    usable = view[view["key"].notna() & ~(size <= 0)]
    dup = usable[usable.duplicated("key", keep=False)]
    if not len(dup):
        return []
    dup = dup.sort_values(["key", "time", "where"], kind="stable", na_position="last")
    findings = []
    for key, group in dup.groupby("key", sort=True):
        first = group.iloc[0]
        by_sha = str(key).startswith("sha256:")
        basis = ("identical SHA-256 fingerprint" if by_sha else
                 "the same CRC-32 checksum and size (a likely duplicate — its full SHA-256 fingerprint was not "
                 "computed)")
        for row in rows(group.iloc[1:]):
            same_time = not pd.isna(row.time) and row.time == first["time"]
            severity: Severity = "low" if same_time else "medium"
            text = (f"This recording made at {row.when or 'an unknown time'} has exactly the same audio "
                    f"({_bytes(row.size)}) as the first copy, {first['where']}, made at "
                    f"{first['when'] or 'an unknown time'}{' — the same time' if same_time else ''} ({basis}). "
                    f"The export holds {len(group)} copies of this audio.")
            findings.append(make(RULE, severity, row, text, {
                "basis": "sha256" if by_sha else "crc32+size", "fingerprint": str(key).split(":", 1)[1],
                "first_recording_id": first["id"], "first_member": first["where"], "first_time": first["iso"],
                "copies": len(group)}))
    return ordered(findings)


def _bytes(size: float) -> str:
    return "size unknown" if pd.isna(size) else f"{int(size):,} bytes"
