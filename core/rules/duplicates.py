"""``duplicate-audio``: the same audio bytes appear again at another time; later copies are flagged.

Identity is the SHA-256 of the clip. Where it is missing (the fingerprinting pass has not run or could not
read the clip), the same CRC-32 *and* size make a candidate — said so in the explanation. The earliest
copy (by time, then member) is named and never flagged; empty clips are left to ``recording-false-wake``.
A copy at the very same time as the first is ``low`` (delivered twice), at another time ``medium``.
"""

from __future__ import annotations

import pandas as pd

from core.i18n import N_, _, number
from core.model import Export
from core.rules.common import make, ordered, recordings_view, rows, unknown_time
from core.rules.finding import Finding, ReviewContext, Severity
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP

RULE = "duplicate-audio"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "The same audio at different times"),
    headline=QT_TRANSLATE_NOOP("Overview", "%1 recordings are copies of other recordings"),
    letter={
        "en": "recordings whose audio is identical to an earlier recording at another time",
        "de": "Aufnahmen, deren Audiodaten mit einer früheren Aufnahme zu anderer Zeit identisch sind",
        "fr": "enregistrements dont l'audio est identique à un enregistrement antérieur",
    },
)
BASIS = {"sha256": N_("identical SHA-256 fingerprint"),
         "crc32": N_("the same CRC-32 checksum and size — a likely duplicate; its full SHA-256 fingerprint was not "
                     "computed")}


def duplicate_audio(export: Export, context: ReviewContext) -> list[Finding]:
    recs = export.recordings
    if len(recs) < 2:
        return []
    size = pd.to_numeric(recs["size"], errors="coerce")
    sha = recs["sha256"].astype(object).where(recs["sha256"].notna(), "").astype(str).str.lower()
    crc = pd.to_numeric(recs["crc32"], errors="coerce")
    key = ("sha256:" + sha).where(sha != "", None).astype(object)
    candidate = (sha == "") & crc.notna() & size.notna()
    if candidate.any():
        key[candidate] = ("crc32:" + crc[candidate].astype("int64").astype(str) + ":"
                          + size[candidate].astype("int64").astype(str))
    usable = key.notna() & ~(size <= 0)
    dup_mask = usable & key.where(usable).duplicated(keep=False) & usable
    if not dup_mask.any():
        return []
    view = recordings_view(export)[dup_mask.to_numpy()].assign(key=key[dup_mask], size=size[dup_mask])
    view = view.sort_values(["key", "time", "where"], kind="stable", na_position="last")
    first_mask = ~view.duplicated("key").to_numpy()
    copies = view.groupby("key")["key"].transform("size").tolist()
    findings = []
    first: dict[str, object] = {}
    for row, is_first, count in zip(rows(view), first_mask.tolist(), copies, strict=True):
        if is_first:
            first = {"id": row.id, "where": row.where, "when": row.when, "iso": row.iso}
            continue
        same_time = row.iso is not None and row.iso == first["iso"]
        severity: Severity = "low" if same_time else "medium"
        kind, fingerprint = str(row.key).split(":", 1)
        text = _("This recording made at {when} has exactly the same audio ({size}) as the first copy, {first}, made "
                 "at {first_when}{same} ({basis}). The export holds {copies} copies of this audio.").format(
            when=unknown_time(row.when), size=_bytes(row.size), first=first["where"],
            first_when=unknown_time(first["when"]),  # type: ignore[arg-type]
            same=_(" — the same time") if same_time and not row.weak_time else "",  # not both the ZIP's date
            basis=_(BASIS[kind]), copies=number(count))
        findings.append(make(RULE, severity, row, text, {
            "basis": "sha256" if kind == "sha256" else "crc32+size", "fingerprint": fingerprint,
            "first_recording_id": first["id"], "first_member": first["where"], "first_time": first["iso"],
            "copies": count}))
    return ordered(findings)


def _bytes(size: float) -> str:
    return _("size unknown") if pd.isna(size) else _("{n} bytes").format(n=number(int(size)))


DUPLICATES_RULE = MetadataRule(RULE, TEXTS, duplicate_audio, needs_fingerprints=True)
