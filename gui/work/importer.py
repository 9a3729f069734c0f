"""What "opening an export" does, as background work for :class:`gui.work.tasks.TaskRunner`.

Every step is :mod:`core.pipeline`'s: :func:`~core.pipeline.open_export` (sources → parse → the user's
case → rules, and the voice check when the case holds "my voice" marks), then the clip fingerprints
(:func:`~core.pipeline.hash_clips`) as a second task once the export is on screen — or right after listing
when peeking at each clip would decode all of it (Deflate64) — and the voice pass
(:func:`~core.pipeline.voice_pass`) when the user marks clips as their own voice.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.pipeline import OpenedExport, StageTexts, findings_for, hash_clips, open_export, voice_pass
from core.rules.finding import Finding
from gui.pages import overview_facts
from gui.start import preload

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

ImportResult = OpenedExport  # an opened export with everything the window shows
Work = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


def import_work(paths: list[str], case_folder: Path | None = None) -> Callable[..., ImportResult]:
    """The background function that opens ``paths`` as one export (clip fingerprints follow separately)."""
    texts = StageTexts(checking=translate("Import", "Checking your files…"),
                       looking=translate("Import", "Looking for things that do not belong to you…"))

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> ImportResult:
        opened = open_export(paths, progress=progress, cancelled=cancelled, hashes="later", case="open",
                             case_folder=case_folder, voice=False, texts=texts, meanwhile=_after_start_up)
        try:  # the overview's figures here, not in the window's thread (gui.pages.overview_facts)
            opened.prepared[overview_facts.KEY] = overview_facts.overview_facts(opened.export)
        except BaseException:
            opened.close()
            raise
        return opened

    return work


def _after_start_up() -> None:
    """Before an export is listed or parsed (a ``.tgz`` meanwhile decompresses ahead of its listing): the start-up
    imports end first — not beside the listing, both would hold up the window's turns."""
    preload.finish()
    from core.reading.csv_stream import short_holds  # pandas: not before the first window is shown

    short_holds()  # CSV parts that let the window have the interpreter often


def hashes_work(result: ImportResult) -> Callable[..., list[Finding]]:
    """Fingerprint every clip, then re-run the rules (duplicates need the fingerprints)."""

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> list[Finding]:
        return hash_clips(result, progress, cancelled, background=True)

    return work


def rules_work(result: ImportResult) -> Callable[..., list[Finding]]:
    """The findings again after a verdict, a declaration or a "my voice" mark changed."""

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> list[Finding]:
        return findings_for(result)

    return work


def voice_work(result: ImportResult) -> Callable[..., list[Finding]]:
    """The voice check against the clips marked as the user's own (every clip decoded once per export)."""

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> list[Finding]:
        return voice_pass(result, progress, cancelled)

    return work


def close_quietly(result: Any) -> None:
    with contextlib.suppress(Exception):
        result.close()
