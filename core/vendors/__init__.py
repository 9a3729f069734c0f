"""Vendor detection and dispatch over the vendor packages (each a :class:`~core.vendors.vendor.Vendor`).

Adding a vendor: a package ``core/vendors/<name>/`` with ``NAME``, ``WORDING``, ``detect`` and ``parse``
(see :mod:`core.vendors.vendor`), listed in :func:`available_vendors`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import ExportRefused, ExportVanished
from core.i18n import N_
from core.model import Export
from core.source.archive import Cancelled, ExportSource, Progress, never_cancelled, no_progress
from core.vendors.vendor import Vendor, VendorWording, unknown_wording

if TYPE_CHECKING:  # loaded with the vendor packages (the parse's modules), not with this one
    from core.reading.second_process import SecondProcess

MIXED_THRESHOLD = 0.5  # two vendors at least this sure of the same input: the files mix two exports


class UnknownExport(ExportRefused):
    category = "unknown-vendor"
    default_message = N_("Dossier does not recognise this export — it is neither an Amazon nor a Google export.")


class MixedExport(ExportRefused):
    category = "mixed-vendors"
    default_message = N_("These files mix an Amazon and a Google export — open them one at a time.")


def available_vendors() -> list[Vendor]:
    """The vendors Dossier reads, most specific first."""
    from core.vendors import amazon, google  # the vendor packages load with the first export, not at start-up

    return [amazon, google]


def vendor_wording(name: str) -> VendorWording:
    """The words for an export's vendor (``Export.vendor``); neutral words for a vendor this build lacks."""
    for vendor in available_vendors():
        if name == vendor.NAME:
            return vendor.WORDING
    return unknown_wording(name)


def detect_vendor(source: ExportSource) -> Vendor:
    """The vendor module most confident that ``source`` is its export."""
    scored = [(vendor.detect(source), vendor) for vendor in available_vendors()]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        raise UnknownExport()
    scored.sort(key=lambda s: s[0], reverse=True)
    confident = [vendor for score, vendor in scored if score >= MIXED_THRESHOLD]
    if len(confident) > 1:
        return _one_of(source, confident)
    return scored[0][1]


def _one_of(source: ExportSource, confident: list[Vendor]) -> Vendor:
    """Several vendors claim the input: a vendor whose export sits in its own folder (``claims``) wins when
    the other vendors recognise nothing outside that folder; otherwise the files mix two exports."""
    for vendor in confident:
        claims = getattr(vendor, "claims", None)
        if claims is None:
            continue
        claimed = claims(source)
        rest = copy.copy(source)
        rest.members = [m for m in source.members if m.path not in claimed]
        if not any(other.detect(rest) >= MIXED_THRESHOLD for other in confident if other is not vendor):
            return vendor
    raise MixedExport()


def start_second_process(paths: list[str]) -> SecondProcess | None:
    """A second process for the parse (:mod:`core.reading.second_process`), unless every file is named as Google
    names a Takeout's archives: no vendor gives a Takeout's tables away (they are small beside its media), and
    starting the process would only take CPU from the listing (a 191 MiB Takeout's model: 0.83 → 0.93 s)."""
    from core.reading.second_process import start_for
    from core.vendors.google.discovery import TAKEOUT_PART

    if paths and all(TAKEOUT_PART.match(Path(p).name) for p in paths):
        return None
    return start_for(paths)


def parse_export(source: ExportSource, progress: Progress = no_progress,
                 cancelled: Cancelled = never_cancelled, helper: SecondProcess | None = None) -> Export:
    """Detect the vendor and parse the export into the normalised model; ``helper``: a second process the
    vendor may give a big table to (:mod:`core.reading.second_process`), closed when the parse ends."""
    try:
        vendor = detect_vendor(source)
        export: Export = vendor.parse(source, progress, cancelled, helper)
    finally:
        if helper is not None:
            helper.close()
    ensure_unchanged(source)
    return export


def ensure_unchanged(source: ExportSource) -> None:
    """:class:`ExportVanished` if an export file was removed, cut or rewritten while it was being read.

    Vendors record a member they could not read and go on; this makes sure an export that changed under
    the import is refused as a whole instead of being shown, half read, as complete.
    """
    for f in source.files:
        try:
            st = Path(f.path).stat()
        except OSError:
            raise ExportVanished(detail=f"{f.name}: missing after import") from None
        if st.st_size != f.size or st.st_mtime_ns / 1e9 != f.mtime:
            raise ExportVanished(detail=f"{f.name}: size or time changed during import")
