"""The follow-through in the main window: the deadline banners on the welcome page and on the opened
export's overview, and the correspondence dialog they open. The window only creates this and calls
:meth:`FollowUpWiring.show_welcome` / :meth:`FollowUpWiring.show_export`."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from typing import Any

from core.errors import DossierError
from gui.letters.followup_panel import CorrespondenceDialog, DeadlineBanner

log = logging.getLogger(__name__)


class FollowUpWiring:
    """Needs ``welcome.followup_slot``, ``overview.followup_slot``, ``result`` and ``today()`` of the window."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.welcome_banner = DeadlineBanner(window.welcome, actions=False)
        window.welcome.followup_slot.addWidget(self.welcome_banner)
        self.export_banner = DeadlineBanner(window.overview)
        window.overview.followup_slot.addWidget(self.export_banner)
        self.export_banner.correspondenceRequested.connect(self.open_correspondence)
        self.export_banner.draftRequested.connect(self.draft)
        self.dialog: CorrespondenceDialog | None = None

    def today(self) -> date:
        return self.window.today()

    def show_welcome(self) -> None:
        """Every saved case's due or passed deadlines (read-only look; nothing is written)."""
        from core.letters.followup_cases import pressing_across_cases
        from core.platform.paths import cases_dir

        try:
            items = pressing_across_cases(cases_dir(create=False), self.today())
        except (OSError, DossierError, sqlite3.Error):
            log.exception("deadlines of the saved cases unavailable")
            items = []
        self.welcome_banner.show_deadlines(items)

    def show_export(self) -> None:
        """The opened export's running deadlines; the case learns the export's vendor and names."""
        from core.letters.followup_cases import case_deadlines

        result = self.window.result
        if result is None:
            self.export_banner.show_deadlines([])
            return
        export, case = result.export, result.case
        if not case.read_only:
            case.set_export_label(export.vendor, [f.name for f in export.files])
        following = bool(case.letters() or case.replies() or case.declarations().get("request_date"))
        self.export_banner.show_deadlines([("", d) for d in case_deadlines(case, export.vendor, self.today())],
                                          following=following)

    def open_correspondence(self) -> CorrespondenceDialog | None:
        result = self.window.result
        if result is None:
            return None
        self.dialog = CorrespondenceDialog(result.case, result.export, getattr(result.source, "members", ()),
                                           self.today, self.window)
        self.dialog.finished.connect(lambda _code: self.show_export())
        self.dialog.open()
        return self.dialog

    def draft(self, kind: str) -> None:
        dialog = self.open_correspondence()
        if dialog is not None and kind:
            dialog.draft(kind)
