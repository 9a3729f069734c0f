"""The window's timelines and clip player: built with the first export shown, one widget per step, not at start-up
(matplotlib and Qt Multimedia load then), and wired to the review page (a part of
:class:`gui.main_window.MainWindow`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from core.rules.finding import Finding
from gui.look.labels import plain_label
from gui.window.base import WindowPart

log = logging.getLogger("dossier.window")


class Embedding(WindowPart):
    """Building the timelines and the player, and feeding the player the flagged clips."""

    def _embed_steps(self) -> list[Any]:
        """Build the timeline and the player, one widget per step (once: only pages showing an export
        need them); none once they are built."""
        if not self._embed_pending:
            return []

        def timeline() -> Any:
            return self._new_timeline(self, self._embed_timeline) if self.timeline is None else None

        def overview_timeline() -> Any:
            if self.overview_timeline is None and self.timeline is not None:
                return self._new_timeline(self.overview, self._embed_overview_timeline)
            return None

        service = None

        def media() -> None:  # Qt Multimedia's backend starts (~18 ms): a turn of its own, before the panel's
            nonlocal service
            if self.player is None:
                service = self._player_service()

        def player() -> None:  # the last one: if the showing is cut short, the next export builds the rest
            if self.player is None:
                self.player = self._embed_player(service)
            self._embed_pending = False

        return [timeline, overview_timeline, media, player]

    def _new_timeline(self, parent: QWidget, attach: Callable[[Any], None]) -> list[Any]:
        """Steps building a timeline's empty figure (~30 ms, cut in three), then ``attach(view)``; none when
        matplotlib cannot load."""
        try:
            from gui.timeline.view import TimelineView  # matplotlib: loaded with the first export, not at start

            view = TimelineView(parent, build=False)
        except Exception:  # a broken optional view must not stop the app
            log.exception("timeline unavailable")
            return []
        return [*view.build_steps(), lambda: attach(view)]

    def _embed_timeline(self, view: Any) -> None:
        self.explore.set_timeline(view)
        view.eventSelected.connect(self._on_timeline_event)
        self.timeline = view

    def _embed_overview_timeline(self, small: Any) -> None:
        self.overview.set_timeline(small)
        small.setVisible(False)  # shown with its first data: no full draws of an empty plot meanwhile
        small.eventSelected.connect(self._on_timeline_event)
        small.eventSelected.connect(lambda _k, _r: self.pages.setCurrentWidget(self.explore))
        small.eventSelected.connect(lambda _k, _r: self.explore.setCurrentIndex(0))
        self.overview_timeline = small

    def _player_service(self) -> Any:
        """The player's media service, made apart from its panel (``None`` if Qt Multimedia cannot start: the
        panel then tries again, and shows its placeholder if it fails)."""
        try:
            from gui.player.service import PlayerService

            return PlayerService()
        except Exception:
            log.exception("player service unavailable")
            return None

    def _embed_player(self, service: Any = None) -> Any:
        try:
            from gui.player.panel import PlayerPanel  # Qt Multimedia: loaded with the first export, not at start

            player = PlayerPanel(self.review, service=service)
        except Exception:  # a broken player must not stop the app: the review works without it
            log.exception("player unavailable")
            placeholder = plain_label(self.tr("The clip player will appear here."), self.review)
            placeholder.setEnabled(False)
            self.review.set_player(placeholder)
            return None
        from gui.look.accessibility import describe_player

        describe_player(player)
        player.set_compact(True)  # the review page shows the finding, its evidence and the verdict buttons
        self.review.set_player(player)
        toggle = getattr(player, "toggle_play", None)
        if callable(toggle):
            self.review.space_handler = toggle
        player.verdictChosen.connect(lambda fid, verdict: self.review.set_verdict(verdict or None, fid))
        player.recordingShown.connect(self._on_player_recording)
        # Shift+J / Shift+K step through the flagged clips from the findings list too (the player's own
        # shortcuts only work while the focus is inside the player)
        for keys, slot in (("Shift+J", player.next_flagged), ("Shift+K", player.previous_flagged)):
            shortcut = QShortcut(QKeySequence(keys), self.review.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        return player

    def _feed_player(self, findings: list[Finding]) -> None:
        """Give the player the flagged recordings in time order, for its next/previous flagged clip."""
        if self.player is None or self.result is None:
            return
        from gui.player.playlist import Playlist

        rec = self.result.export.recordings
        flagged = rec[rec["id"].isin({f.subject for f in findings})] if len(rec) else rec
        rows: Playlist | list[dict[str, Any]] = \
            Playlist(flagged.sort_values("time", kind="stable", na_position="last")) if len(flagged) else []
        self.player.set_playlist(rows, findings)

    def _on_player_recording(self, recording_id: str) -> None:
        """The player moved to another flagged clip: the findings list (and so tables and timeline) follow."""
        current = self.review.current
        if self.result is None or (current is not None and current.subject == recording_id):
            return
        for fid in self.review.model.order:
            if self.review.model.findings[fid].subject == recording_id:
                self.review.select(fid)
                return
