"""Google Takeout: My Activity (JSON or HTML, localised) with Assistant audio, searches, Google Play
orders and Google Pay transactions, read into the normalised model.

Google exports no device registry, so ``devices`` stays empty and ``layouts`` says ``google-takeout``;
rules take that into account instead of flagging every recording.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.model import Export
from core.source.archive import Cancelled, ExportSource, Progress, never_cancelled, no_progress
from core.translatable import QT_TRANSLATE_NOOP
from core.vendors.google.discovery import discover, takeout_score
from core.vendors.vendor import VendorWording

if TYPE_CHECKING:
    from core.reading.second_process import SecondProcess

NAME = "google"
WORDING = VendorWording(
    company="Google", assistant="Google Assistant",
    no_device=QT_TRANSLATE_NOOP("OverviewPage", "I have never used a voice assistant (such as Google Assistant) on "
                                                "any device of this account"))
LAYOUT = "google-takeout"


def detect(source: ExportSource) -> float:
    """Confidence that ``source`` is a Google Takeout (``Takeout/…``, also split over several ZIPs)."""
    return takeout_score(source)


def claims(source: ExportSource) -> set[str]:
    """The members inside the Takeout folder (another vendor's files beside it make a mixed input)."""
    files, _outside = discover(source)
    return {f.member.path for f in files}


def parse(source: ExportSource, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
          helper: SecondProcess | None = None) -> Export:
    """Read the Takeout into the model (clip hashes are left to the background pass). ``helper`` is not used: a
    Takeout's tables are small beside its media."""
    from core.vendors.google.importer import parse_takeout

    return parse_takeout(source, progress, cancelled)
