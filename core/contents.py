"""What an export holds, as opposed to what it holds none of: missing is not empty.

A device file that never came is not an empty device list (:func:`device_list_present`), nor is a missing order
or search file an empty history (:func:`history`): the overview, ``dossier scan``, the letters, the evidence
manifest and the batch summary all ask here before they write "0".
"""

from __future__ import annotations

from typing import Literal

from core.i18n import _
from core.model import Export

History = Literal["held", "missing", "unread"]
DEVICE_DATASETS = frozenset({"amazon.devices", "amazon.alexa-devices"})
#: The import report's datasets each history is read from: an export with none of them has no such history
HISTORY_DATASETS = {
    "purchases": frozenset({"amazon.orders", "amazon.digital-items", "amazon.digital-monetary",
                            "amazon.digital-orders", "amazon.refunds", "google.play.orders",
                            "google.play.purchases", "google.pay"}),
    "searches": frozenset({"amazon.searches", "google.search"}),
}
#: Files that may have held a history though none of their rows could be used (a My Activity file: searches or
#: voice, which is not known)
UNSORTED_DATASETS = {"searches": frozenset({"google.activity"})}


def history(export: Export, name: str) -> History:
    """Whether the export holds the history table ``name`` is read from: ``held`` (rows, or a recognised file that
    lists none), ``missing`` (no such file: "no order history", not "0 purchases") or ``unread`` (no row read, and
    a file of it had only rows that could not be used, or some file of the export could not be read or sorted, or
    a part of a split export was not opened: it may have been one)."""
    datasets = HISTORY_DATASETS.get(name)
    if datasets is None or len(export.table(name)):
        return "held"
    own = [f for f in export.report.files if f.dataset in datasets and f.status == "recognised"]
    if own:
        return "unread" if any(f.rejected for f in own) else "held"
    unsorted = UNSORTED_DATASETS.get(name, frozenset())
    if export.report.parts_not_opened:  # a part not opened may hold it: not "the export contains none"
        return "unread"
    return "unread" if any(f.status == "unreadable" or f.dataset in unsorted for f in export.report.files) \
        else "missing"


def device_list_present(export: Export) -> bool:
    """Whether the export holds a device list at all (a missing file is not an empty list)."""
    if not export.has_device_list:
        return False
    if len(export.devices) and "source" in export.devices and \
            export.devices["source"].isin(("registration", "alexa-list")).any():
        return True
    return any(f.dataset in DEVICE_DATASETS and f.status == "recognised" for f in export.report.files)


def histories(export: Export) -> dict[str, History]:
    """:func:`history` of each history table (purchases, searches)."""
    return {name: history(export, name) for name in HISTORY_DATASETS}


def recordings_without_audio(export: Export) -> int:
    """Recordings a table lists whose audio the export lacks (an index row without its clip, a Takeout part not
    opened)."""
    recordings = export.recordings
    return int(recordings["audio_member"].isna().sum()) if len(recordings) else 0


def parts_not_opened(export: Export) -> str:
    """The sentence naming the parts of a split export its names show were not opened (``""`` if none): a part
    not opened may hold anything, so the window and ``dossier scan`` say it where the contents are given."""
    if not export.report.parts_not_opened:
        return ""
    return _("Not opened: {parts}. This export is split into parts; open them all together to see "
             "everything.").format(parts=", ".join(export.report.parts_not_opened))
