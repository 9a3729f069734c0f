"""What a vendor is to Dossier: a typed protocol each vendor package (``core.vendors.<name>``) fulfils.

A vendor package exposes, at module level::

    NAME: str                # "amazon" — also ``Export.vendor`` of the exports it parses
    WORDING: VendorWording   # how the company and its assistant are named to the user
    def detect(source) -> float                      # confidence 0..1 that this export is ours
    def parse(source, progress, cancelled, helper) -> Export # the normalised model (clip hashes may be None);
                                                              # helper: a second process it may give a big table

and optionally ``claims(source) -> set[str]`` (the members inside its own export folder), which tells a
vendor's export apart from another vendor's files beside it. Modules are checked against :class:`Vendor`
by mypy where :func:`core.vendors.available_vendors` lists them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from core.model import Export
from core.source.archive import Cancelled, ExportSource, Progress
from core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from core.reading.second_process import SecondProcess


@dataclass(frozen=True)
class VendorWording:
    """Vendor-specific words. ``no_device`` is an English source the app translates (context ``OverviewPage``)."""

    company: str  # "Amazon"
    assistant: str  # "Alexa"
    no_device: str  # the user's declaration that they never had a voice device of this vendor


class Vendor(Protocol):
    NAME: str
    WORDING: VendorWording

    def detect(self, source: ExportSource) -> float: ...

    def parse(self, source: ExportSource, progress: Progress, cancelled: Cancelled,
              helper: SecondProcess | None = None) -> Export: ...


def unknown_wording(name: str) -> VendorWording:
    """The words for an export of a vendor this build does not know (never another vendor's names)."""
    return VendorWording(company=name.capitalize() or "The company", assistant="voice assistant",
                         no_device=QT_TRANSLATE_NOOP("OverviewPage", "I have never used a voice assistant on any "
                                                                     "device of this account"))
