"""The background pass that gives every recording its SHA-256 (evidence identity, duplicates).

Not on the critical path of an import: the model is usable before this finishes.
"""

from __future__ import annotations

import hashlib

from core.archive import Cancelled, ExportSource, Progress, _never, _no_progress
from core.errors import DossierError, ImportCancelled
from core.model import Export


def compute_clip_hashes(export: Export, source: ExportSource, progress: Progress = _no_progress,
                        cancelled: Cancelled = _never) -> None:
    """Fill ``export.recordings["sha256"]`` for every recording whose audio can be read."""
    recordings = export.recordings
    total = len(recordings)
    hashes: list[str | None] = []
    for done, member in enumerate(recordings["audio_member"], start=1):
        if cancelled():
            raise ImportCancelled()
        digest = hashlib.sha256()
        try:
            for chunk in source.iter_chunks(member):
                digest.update(chunk)
            hashes.append(digest.hexdigest())
        except DossierError as exc:
            export.report.problem(member, None, f"The clip could not be read for hashing: {exc}")
            hashes.append(None)
        if done % 50 == 0 or done == total:
            progress(done / total, f"Fingerprinting voice recordings… {done:,} of {total:,}")
    if total:
        recordings["sha256"] = hashes
