"""What "opening an export" does, as background work for :class:`gui.tasks.TaskRunner`.

The steps are core's: ``ExportSource.open`` → ``parse_export`` → open the case (the user's earlier
review of this export) → ``run_rules`` with the case's declarations. The clip fingerprints
(``compute_clip_hashes``) follow as a second, separate task once the export is on screen — or start right
after listing when peeking at each clip would decode all of it (Deflate64: ``prefetch_for_app``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication

from core.case.store import CaseStore
from core.errors import ImportCancelled
from core.model import Export
from core.rules.finding import Finding, ReviewContext, Verdict
from core.source.archive import ExportSource

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


@dataclass
class ImportResult:
    """An opened export with everything the window shows."""

    paths: list[str]
    source: ExportSource
    export: Export
    case: CaseStore
    findings: list[Finding] = field(default_factory=list)
    transcripts: dict[str, str] | None = None  # recording id -> transcript, built on first use
    prefetch: Any = None  # a ClipHashPrefetch still hashing in the background, until the hash task takes it
    earlier: Any = None  # an EarlierReview to offer carrying over (core.case.carry_over), found after hashing
    fingerprints: dict[str, str] = field(default_factory=dict)  # sha256 -> recording id

    def close(self) -> None:
        prefetch, self.prefetch = self.prefetch, None
        if prefetch is not None:
            prefetch.cancel()
        self.case.close()
        self.source.close()


def review_context(case: CaseStore) -> ReviewContext:
    """The rules' view of the user's declarations and verdicts."""
    declarations = case.declarations()
    verdicts = {fid: cast(Verdict, v) for fid, (v, _note) in case.verdicts().items() if v}
    retention = declarations.get("retention_days")
    own = {fid.split(":", 1)[1] for fid, v in verdicts.items() if v == "mine" and ":" in fid}
    return ReviewContext(
        owner_has_no_device=bool(declarations.get("owner_has_no_device", False)),
        retention_days=int(retention) if isinstance(retention, int | float | str) and str(retention).isdigit()
        else None,
        verdicts=verdicts,
        own_recordings=own,
    )


def run_rules(export: Export, case: CaseStore) -> list[Finding]:
    from core.rules.registry import run_rules as core_run_rules

    return core_run_rules(export, review_context(case))


def import_work(paths: list[str], case_folder: Path | None = None) -> Callable[..., ImportResult]:
    """The background function that opens ``paths`` as one export."""
    checking = translate("Import", "Checking your files…")
    looking = translate("Import", "Looking for things that do not belong to you…")

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> ImportResult:
        from core.audio.clip_prefetch import prefetch_for_app
        from core.vendors import parse_export

        progress(0.0, checking)
        source = ExportSource.open(list(paths), lambda f, m: progress(0.15 * f, m), cancelled)
        case: CaseStore | None = None
        prefetch = None
        try:
            prefetch = prefetch_for_app(source, cancelled)
            if cancelled():
                raise ImportCancelled()
            export = parse_export(source, lambda f, m: progress(0.15 + 0.75 * f, m), cancelled)
            if cancelled():
                raise ImportCancelled()
            progress(0.9, looking)
            case = CaseStore.open(export.export_id, case_folder, earlier_ids=(export.legacy_export_id,))
            findings = run_rules(export, case)
            case.log(f"opened export of {len(export.files)} file(s): "
                     + ", ".join(f"{k} {v}" for k, v in export.counts().items())
                     + f"; {len(findings)} findings")
            progress(1.0, looking)
            if cancelled():
                raise ImportCancelled()
            return ImportResult(list(paths), source, export, case, findings, prefetch=prefetch)
        except BaseException:
            if prefetch is not None:
                prefetch.cancel()
            if case is not None:
                case.close()
            source.close()
            raise

    return work


def hashes_work(result: ImportResult) -> Callable[..., list[Finding]]:
    """Fingerprint every clip, then re-run the rules (duplicates need the fingerprints)."""

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> list[Finding]:
        from core.audio.clip_hashes import compute_clip_hashes

        prefetched, result.prefetch = result.prefetch, None
        compute_clip_hashes(result.export, result.source, progress, cancelled, prefetched=prefetched,
                            background=True)
        remember_fingerprints(result)
        return run_rules(result.export, result.case)

    return work


def remember_fingerprints(result: ImportResult) -> None:
    """Store the recordings' fingerprints in the case; for a new, empty case find an earlier review to offer."""
    from core.case.carry_over import earlier_review, is_untouched, remember_recordings

    rec = result.export.recordings
    result.fingerprints = {str(sha): str(rid) for sha, rid in zip(rec["sha256"], rec["id"], strict=True)
                           if isinstance(sha, str) and sha}
    untouched = is_untouched(result.case)
    remember_recordings(result.case, result.fingerprints)
    if untouched and not result.case.read_only and result.fingerprints:
        result.earlier = earlier_review(result.case, result.fingerprints)


def rules_work(result: ImportResult) -> Callable[..., list[Finding]]:
    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> list[Finding]:
        return run_rules(result.export, result.case)

    return work


def close_quietly(result: Any) -> None:
    with contextlib.suppress(Exception):
        result.close()
