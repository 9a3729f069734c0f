"""Selection across the pages: a finding, a table row, a timeline event and the player follow one another."""

from __future__ import annotations

from typing import Any

from core.rules.finding import Finding
from gui.explore.page import TABLE_FOR_KIND
from gui.window.base import WindowPart


class Selection(WindowPart):
    """Cross-selection and page switching (a part of :class:`gui.main_window.MainWindow`)."""

    def _recording_ref(self, recording_id: str) -> int | None:
        """The recordings table's row label of a recording id (the first, as the table lists them)."""
        return self._recording_refs().get(recording_id)

    def _recording_refs(self) -> dict[str, int]:
        """Recording id → its first row label in the recordings table: built once per table, not a scan per
        selection (the showing thread builds it while the findings list is laid out; 80,000 recordings ~20 ms)."""
        if self.result is None:
            return {}
        rec = self.result.export.recordings
        known = self._refs_of
        if known is None or known[0] is not rec:
            refs: dict[str, int] = {}
            if len(rec):  # read from the last row up, so that the first row of an id is the one kept
                ids, labels = [str(rid) for rid in rec["id"].tolist()], list(map(int, rec.index.tolist()))
                refs = dict(zip(reversed(ids), reversed(labels), strict=True))
            known = self._refs_of = (rec, refs)
        return known[1]

    def _about(self, subject: str) -> list[Finding]:
        """The findings about one recording, in the findings' order (once per findings list, not a scan of
        20k findings per selection)."""
        if self.result is None:
            return []
        findings = self.result.findings
        if self._about_of is None or self._about_of[0] is not findings:
            about: dict[str, list[Finding]] = {}
            for finding in findings:
                about.setdefault(finding.subject, []).append(finding)
            self._about_of = (findings, about)
        return list(self._about_of[1].get(subject, ()))

    def _on_finding_selected(self, finding: Finding | None) -> None:
        if finding is None or self.result is None:
            return
        ref = self._recording_ref(finding.subject)
        if ref is None:
            return
        self.explore.tables["recordings"].select_labels([ref])
        for view in self._timelines():
            view.show_event("recording", ref)
        if self.player is not None:
            row = self.result.export.recordings.loc[ref].to_dict()
            self.player.show_recording(row, self._about(finding.subject))

    def play_recording(self, ref: int) -> None:
        """Play (or pause) a recording's clip from the recordings table; the stranger notice, when it is
        due, is shown on the Review page where the player lives."""
        if self.player is None or self.result is None or ref not in self.result.export.recordings.index:
            return
        row = self.result.export.recordings.loc[ref].to_dict()
        rid = str(row.get("id"))
        shown = self.player.recording
        if shown is not None and str(shown.get("id")) == rid and self.player.service.key == rid:
            self.player.toggle_play()
        else:
            self.player.show_recording(row, self._about(rid))
            self.player.play()
        if self.player.notice.isVisible():
            self.pages.setCurrentWidget(self.review)
            self.player.notice.play_button.setFocus()

    def _timelines(self) -> list[Any]:
        return [v for v in (self.timeline, self.overview_timeline) if v is not None]

    def _on_row_activated(self, kind: str, ref: int) -> None:
        for view in self._timelines():
            view.show_event(kind, ref)
        self._select_finding_for(kind, ref)

    def _select_finding_for(self, kind: str, ref: int) -> None:
        """Make the review list follow a recording chosen elsewhere (its first finding, if any)."""
        if kind != "recording" or self.result is None or ref not in self.result.export.recordings.index:
            return
        rid = str(self.result.export.recordings.loc[ref, "id"])
        for finding in self.result.findings:
            if finding.subject == rid:
                self.review.select(finding.id)
                break

    def _on_timeline_event(self, kind: str, ref: int) -> None:
        table = TABLE_FOR_KIND.get(kind)
        if table:
            self.explore.tables[table].select_labels([ref])
        self._select_finding_for(kind, ref)

    def review_group(self, rule: str, severity: str) -> None:
        """Open the Review page on the first finding of one group."""
        self.pages.setCurrentWidget(self.review)
        for fid in self.review.model.order:
            finding = self.review.model.findings[fid]
            if finding.rule == rule and finding.severity == severity:
                self.review.select(fid)
                break

    def show_table(self, name: str) -> None:
        self.pages.setCurrentWidget(self.explore)
        self.explore.show_table(name)

    def focus_search(self) -> None:
        if self.result is None:
            return
        if self.explore.current_table() is None:
            self.explore.show_table("recordings")
        self.pages.setCurrentWidget(self.explore)
        table = self.explore.current_table()
        if table is not None:
            table.search.setFocus()
            table.search.selectAll()
