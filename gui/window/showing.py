"""Showing an export: the overview at once, then tables, player, timelines and findings step by step.

One call froze the window for a second on a big export, so the showing runs as steps in turns of the event
loop (:mod:`gui.work.staged`). The timeline (matplotlib) and the clip player (Qt Multimedia) are built with the
first export shown, not at start-up (:mod:`gui.window.embedding`). New findings (fingerprints done, a verdict or
declaration changed) reach every part in turn the same way.
"""

from __future__ import annotations

import importlib
import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from core.platform import collector
from core.rules.finding import Finding, severity_rank
from gui.dialogs import messages
from gui.pages.overview_facts import KEY as OVERVIEW_FACTS
from gui.pages.overview_facts import OverviewFacts
from gui.start import smoke
from gui.window.base import WindowPart
from gui.work.importer import ImportResult
from gui.work.staged import in_background

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger("dossier.window")


def recordings_with_clips(recordings: pd.DataFrame) -> set[str]:
    """The ids of the recordings that have a clip in the export (those can be marked as the user's own voice)."""
    if not len(recordings):
        return set()
    return {str(i) for i, m in zip(recordings["id"].tolist(), recordings["audio_member"].tolist(), strict=True)
            if isinstance(m, str) and m}


class Showing(WindowPart):
    """Putting an export on screen (a part of :class:`gui.main_window.MainWindow`)."""

    def _show_result(self, result: ImportResult) -> None:
        """The overview at once; tables, player, timelines and findings list in later event-loop turns
        (``gui.work.staged``: one call froze the window for a second on a big export)."""
        export = result.export
        names = [f.name for f in export.files] or [Path(p).name for p in result.paths]
        self.setWindowTitle(f"{', '.join(names)} — Dossier")
        owner = bool(result.case.declarations().get("owner_has_no_device", False))
        facts = result.prepared.get(OVERVIEW_FACTS)
        self.overview.show_export(export, result.findings, names, owner,
                                  facts if isinstance(facts, OverviewFacts) else None)
        self.overview.verticalScrollBar().setValue(0)  # a new export starts at the top, wherever the last one was
        self.followup.show_export()
        self.pages.setCurrentWidget(self.overview)
        self.stack.setCurrentWidget(self.pages)
        self._findings_pending = False

        def table(name: str) -> list[Any]:
            panel = self.explore.tables[name]
            return [panel.clear_filters,
                    *panel.fill_steps(export.table(name), lambda: self._flags(name, result.findings))]

        def player() -> None:
            if self.player is not None:  # before the review list selects its first finding, which loads a clip
                self.player.set_source(result.source)
            self._feed_player(result.findings)

        def done() -> None:
            self._set_export_actions(True)
            self._showing_export = False
            collector.freeze_survivors()  # the shown export's pages: out of the collector's full passes
            hashes = self._start_hashes(result)
            hashes.done.connect(lambda: self._warm_letter_window(result))  # not beside the fingerprints' start
            if self._findings_pending:
                self._findings_updated(result.findings)
            if result.case.notice:  # the saved review was damaged: moved aside, backup restored
                messages.warn(self, self.tr("Your review was recovered"), result.case.notice)

        def review() -> list[Any]:
            # made on the showing thread, not in this turn: the findings list's labels, the recordings with a
            # clip and the first selection's row lookup (80,000 recordings: ~40 ms of Python for the clips alone)
            in_background(self._label_parts)
            clips = in_background(recordings_with_clips, export.recordings)
            in_background(self._recording_refs)
            return [lambda: clips,  # the next step waits for it
                    lambda: self.review.data_steps(result.findings, result.case, self._describe, clips.result())]

        steps = [*self._embed_steps(), *(step for name in self.explore.tables for step in table(name)), player,
                 *self._timeline_steps(result, result.findings), review, done]
        self._showing_export = True
        self.showing.run([self._if_current(result, step) for step in steps])

    def _timeline_steps(self, result: ImportResult, findings: list[Finding]) -> list[Any]:
        """Steps giving both timelines ``findings``: the lanes they share; the overview timeline's axes; its
        first paint (it stays hidden until it has data); the explore timeline (built when first shown)."""
        lanes: list[Any] = []  # the future of the lanes, built on another thread

        def shared() -> Any:
            if self.timeline is not None:
                from gui.timeline.data import build_lanes

                lanes[:] = [in_background(build_lanes, result.export, findings)]
                return lanes[0]  # the next step runs once they are built
            return None

        def give(view: Any) -> Any:
            if view is None:
                return None
            data = (result.export, findings, lanes[0].result() if lanes else None)
            # the overview's before its first data: axes now (in steps), paint once shown
            return view.data_steps_when_shown(*data, now=view is self.overview_timeline and view.isHidden())

        def show_overview() -> None:
            if self.overview_timeline is not None and self.overview_timeline.isHidden():
                self.overview_timeline.setVisible(True)

        return [shared, lambda: give(self.overview_timeline), show_overview, lambda: give(self.timeline)]

    def _warm_letter_window(self, result: ImportResult) -> None:
        """The letters' core modules off the window's thread, then (only then: a widget module imported while they
        are still loading waits for them, ~160 ms) the letter window's own, one per turn. Once the clip
        fingerprints are done and their findings shown: begun with the fingerprints, a fourth thread wanting the
        interpreter (beside the window, the fingerprints' tasks and their feeder) stretched the window's turns to
        35-58 ms after the export showed; begun beside the showing of their findings, to 47-78 ms."""
        if self.result is not result:
            return
        if self.showing.busy():  # the fingerprints' findings are being shown: after them
            self.showing.idle.connect(lambda: self._warm_letter_window(result), Qt.ConnectionType.SingleShotConnection)
            return
        widgets = (partial(importlib.import_module, name) for name in LETTER_WIDGET_MODULES)
        self.letters_warming.run([self._if_current(result, step)
                                  for step in (partial(in_background, _warm_letters), *widgets)])

    def _if_current(self, result: ImportResult, step: Any) -> Any:
        """``step``, skipped once another export (or none) is open."""
        def guarded() -> Any:
            return step() if self.result is result else None  # a future: the next step waits for it
        return guarded

    def export_ready(self) -> bool:
        """An export is open and every part of the window shows it."""
        return self.result is not None and not self.showing.busy()

    def _findings_updated(self, findings: list[Finding]) -> None:
        """New findings (clip fingerprints done, a verdict or declaration changed): every part in turn."""
        result = self.result
        if result is None:
            return
        result.findings = findings
        if self.showing.busy() and self._showing_export:  # still being filled: its last step applies these
            self._findings_pending = True
            return

        def flags() -> None:
            for name, panel in self.explore.tables.items():
                panel.set_flags(self._flags(name, findings))

        steps = [lambda: self.overview.show_findings(findings), lambda: self._feed_player(findings),
                 *self.review.data_steps(findings, result.case, self._describe), flags,
                 *self._timeline_steps(result, findings),
                 lambda: smoke.import_finished(result.export)]  # the frozen app's smoke test (no-op unless on)
        self._showing_export = False
        self.showing.run([self._if_current(result, step) for step in steps])

    def _flags(self, table: str, findings: list[Finding]) -> dict[int, str]:
        """Frame position → worst severity, for the recordings a finding is about."""
        if table != "recordings" or self.result is None:
            return {}
        ids = self.result.export.recordings["id"].tolist()
        where = {rid: pos for pos, rid in enumerate(ids)}
        flags: dict[int, str] = {}
        for finding in findings:
            pos = where.get(finding.subject)
            if pos is not None and severity_rank(finding.severity) < severity_rank(flags.get(pos, "")):
                flags[pos] = finding.severity
        return flags

    def _describe(self, finding: Finding) -> str:
        """The one-line label of a finding in the review list: local time and what was heard."""
        from gui.look.when import local_time

        shown, _utc = local_time(finding.time)
        detail = ""
        said = self._label_parts().get(finding.subject)
        if said is not None:
            transcript, archive_dated = said
            detail = f"“{transcript}”" if transcript else self.tr("(no transcript)")
            if shown and archive_dated:  # the ZIP entry's date, often the day the export was packed
                shown += " " + self.tr("(archive entry date)")
        if not detail and not shown:
            detail = finding.explanation
        text = " · ".join(part for part in (shown, detail) if part) or finding.subject
        return text if len(text) <= 120 else text[:119] + "…"

    def _label_parts(self) -> dict[str, tuple[str, bool]]:
        """Recording id → (transcript, '' when none; whether its time is only the archive entry's), built once per
        opened export."""
        if self.result is None:
            return {}
        if self._label_parts_of is None or self._label_parts_of[0] is not self.result:
            rec = self.result.export.recordings
            archive = rec["time_source"].isin(["archive"]).tolist() if len(rec) else []  # NA: not archive-dated
            rows = zip(rec["id"].tolist(), rec["transcript"].tolist(), archive, strict=True) if len(rec) else ()
            cached = {str(rid): (t if isinstance(t, str) else "", weak) for rid, t, weak in rows}
            self._label_parts_of = (self.result, cached)
        return self._label_parts_of[1]


LETTER_CORE_MODULES = ("core.letters.authorities", "core.letters.draft", "core.letters.evidence", "core.letters.i18n",
                       "core.letters.followup_output", "core.letters.verification", "core.letters.forms",
                       "core.case.profile")
#: The letter window's own modules, imported on the window's thread one per turn once the core ones are loaded
#: (2-9 ms each; ~45 ms in one go at the first letter's click)
LETTER_WIDGET_MODULES = ("gui.letters.preview", "gui.letters.routing", "gui.letters.languages", "gui.letters.panels",
                         "gui.letters.output", "gui.letters.editor")


def _warm_letters() -> None:
    """The letters' core modules imported and their templates compiled on the showing thread while the user looks
    at the export. Nothing of Qt: PySide6 makes its classes on first use, and the letter window's widget module
    imported here while the window ran Qt code crashed the process (3 times in 57 runs of the showing's tests)."""
    for name in LETTER_CORE_MODULES:
        importlib.import_module(name)
    from core.letters.render import warm_templates

    warm_templates()
