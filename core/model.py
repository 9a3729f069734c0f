"""The normalised model every vendor parser produces and every other part reads.

Tables are pandas DataFrames with the columns named below (constants, so a typo is an error).
All times are timezone-aware UTC (``datetime64[ns, UTC]``); text columns hold ``str`` or ``None``;
money is :class:`decimal.Decimal` (object column), never a float.

``member`` is the path of the file a row came from inside the export (``Alexa.zip/Voice/1.wav``);
``line`` is the 1-based physical line of a CSV row (header = line 1), or ``None``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

OS_CLUTTER = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", ".directory", "icon\r"})
MAC_FOLDER = "__MACOSX"  # what a Mac's Finder adds (core/source/finder_files.py leaves these out of an export)
FINDER_STATE = ".DS_Store"
APPLE_DOUBLE_PREFIX = "._"


def is_clutter(name: str) -> bool:
    """Files operating systems leave in folders (Finder, Explorer, KDE), never part of an export."""
    parts = name.lower().split("/")
    return parts[-1] in OS_CLUTTER or parts[-1].startswith(APPLE_DOUBLE_PREFIX) or MAC_FOLDER.lower() in parts[:-1]


def _files_id(files: list[ExportFile]) -> str:
    h = hashlib.sha256()
    for f in sorted(files, key=lambda f: (f.sha256, f.name)):
        h.update(f.sha256.encode("ascii"))
    return h.hexdigest()


# --- purchases: one row per purchased item line (physical or digital) -----------------------------
PURCHASE_COLUMNS = (
    "time", "order_id", "title", "quantity", "amount", "currency", "kind", "status", "website",
    "asin", "member", "line",
)
# kind: "physical" | "digital" | "refund"

# --- searches: one row per search query ------------------------------------------------------------
SEARCH_COLUMNS = ("time", "query", "store", "device", "member", "line")

# --- recordings: one row per voice recording ------------------------------------------------------
RECORDING_COLUMNS = (
    "id", "time", "time_source", "device_serial", "device_name", "transcript", "response",
    "duration_s", "audio_member", "audio_format", "size", "crc32", "sha256", "member", "line",
)
TimeSource = Literal["index", "filename", "metadata", "archive", "none"]
TIME_SOURCES: tuple[str, ...] = ("index", "filename", "metadata", "archive", "none")
#: Times that are not the recording's: the archive entry's date (often the day the export was packed), or none
WEAK_TIME_SOURCES = frozenset({"archive", "none"})

# --- devices: one row per device known to the account ---------------------------------------------
DEVICE_COLUMNS = (
    "serial", "name", "family", "registered", "deregistered", "voice_capable", "source", "member", "line",
)
# source: "registration" (device registry) | "alexa-list" (Alexa device list) | "purchase" (bought, e.g. an Echo)
# Layouts whose vendor exports no list of the account's devices at all (an empty devices table then means
# "not exported", not "no devices"): rules explain this instead of flagging every recording.
LAYOUTS_WITHOUT_DEVICE_LIST = frozenset({"google-takeout"})

# --- events: everything on the timeline (derived) -------------------------------------------------
EVENT_COLUMNS = ("time", "kind", "title", "ref")
EventKind = Literal["purchase", "search", "recording"]

TABLES = {
    "purchases": PURCHASE_COLUMNS,
    "searches": SEARCH_COLUMNS,
    "recordings": RECORDING_COLUMNS,
    "devices": DEVICE_COLUMNS,
}
TIME_COLUMNS = {"purchases": ("time",), "searches": ("time",), "recordings": ("time",),
                "devices": ("registered", "deregistered")}


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the right columns and dtypes."""
    import pandas as pd

    columns = TABLES[name]
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    for col in TIME_COLUMNS.get(name, ()):
        frame[col] = pd.Series(dtype="datetime64[ns, UTC]")
    return frame


def own_times(recordings: pd.DataFrame) -> pd.Series:
    """The recordings' times where the export records one (index, file name, audio metadata); missing where the
    time is only the archive entry's date or none (:data:`WEAK_TIME_SOURCES`)."""
    return recordings["time"].where(~recordings["time_source"].isin(list(WEAK_TIME_SOURCES)).to_numpy())


def recording_id(audio_member: str) -> str:
    """A stable id for a recording, derived from where its audio lives in the export."""
    return hashlib.sha1(audio_member.encode("utf-8", "surrogatepass")).hexdigest()[:16]  # noqa: S324


@dataclass(frozen=True)
class ExportFile:
    """One file the user opened (a ZIP or a file inside an opened folder): the evidence identity."""

    name: str
    path: str
    size: int
    sha256: str
    mtime: float


@dataclass
class FileEntry:
    """What happened to one file of the export in the import."""

    member: str
    status: Literal["recognised", "skipped", "unreadable"]
    dataset: str | None = None  # e.g. "amazon.orders", "amazon.voice"
    reason: str | None = None  # for skipped / unreadable, one plain sentence
    rows: int = 0  # rows read
    rejected: int = 0  # rows rejected (each one is in ``problems``)
    header: list[str] | None = None  # for unknown CSVs: the header only, never values


@dataclass
class Problem:
    """A row or file the import could not use, with where and why."""

    member: str
    line: int | None
    message: str


@dataclass
class ImportReport:
    """Every file of the export exactly once, plus the problems met on the way."""

    files: list[FileEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # archive-level observations (duplicate names …)
    parts_not_opened: list[str] = field(default_factory=list)  # parts of a split export its names show missing

    def add(self, entry: FileEntry) -> FileEntry:
        self.files.append(entry)
        return entry

    def problem(self, member: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(member, line, message))

    def by_status(self, status: str) -> list[FileEntry]:
        return [f for f in self.files if f.status == status]

    def status_counts(self) -> Counter[str]:
        """How many files have each status, in one pass (an export of 20,000 clips lists 20,000 files)."""
        return Counter(f.status for f in self.files)

    def to_json(self) -> dict[str, Any]:
        return {
            "recognised": [f.member for f in self.by_status("recognised")],
            "datasets": [
                {"member": f.member, "dataset": f.dataset, "rows": f.rows, "rejected": f.rejected}
                for f in self.by_status("recognised")
            ],
            "skipped": [
                {"member": f.member, "reason": f.reason, **({"header": f.header} if f.header else {})}
                for f in self.by_status("skipped")
            ],
            "unreadable": [{"member": f.member, "reason": f.reason} for f in self.by_status("unreadable")],
            "problems": [{"member": p.member, "line": p.line, "message": p.message} for p in self.problems],
            "notes": [{"member": p.member, "message": p.message} for p in self.notes],
        }


@dataclass
class Account:
    """What the export says about its owner (used by rules and letters)."""

    names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO 3166 alpha-2 where known
    marketplaces: list[str] = field(default_factory=list)  # e.g. "Amazon.de"


def export_id_of(sha256s: Iterable[str]) -> str:
    """An export's identity from its files' SHA-256s: the SHA-256 over them in sorted order."""
    h = hashlib.sha256()
    for digest in sorted(sha256s):
        h.update(digest.encode("ascii"))
    return h.hexdigest()


@dataclass
class Export:
    """A parsed export: the normalised tables, the owner, the documents and the import report."""

    vendor: str
    files: list[ExportFile]
    layouts: list[str]
    purchases: pd.DataFrame
    searches: pd.DataFrame
    recordings: pd.DataFrame
    devices: pd.DataFrame
    account: Account = field(default_factory=Account)
    documents: list[str] = field(default_factory=list)  # members kept as attachments (transcript PDFs, invoices)
    report: ImportReport = field(default_factory=ImportReport)
    #: Amazon cart history (2025–26 ``Cart History.csv``): time, title, asin, cart_list, member, line — items put
    #: in the cart, not purchases; ``None`` when the export has none
    cart: pd.DataFrame | None = None
    #: :meth:`identity_files` with what it was made from (the files and how many report entries there were)
    _identity: tuple[object, list[ExportFile]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def export_id(self) -> str:
        """The export's identity: SHA-256 over the hashes of the files that hold its data (order-independent).

        A file that adds nothing to the import — ``.DS_Store``, ``Thumbs.db``, a note the user put into the
        folder — does not change it, so such a file cannot orphan the review. Without any such data file
        (nothing recognised), every file counts."""
        return export_id_of(f.sha256 for f in self.identity_files())

    @property
    def legacy_export_id(self) -> str:
        """The identity before stray files were left out (every file): finds reviews saved by older versions."""
        return export_id_of(f.sha256 for f in self.files)

    def identity_files(self) -> list[ExportFile]:
        """The files the export's identity is made of (see :attr:`export_id`): those a recognised member lies in.

        Kept until the files or the number of report entries change (a letter asked for the identity four
        times, ~19 ms each at 20k recordings)."""
        key = (tuple((f.name, f.sha256) for f in self.files), len(self.report.files))
        if self._identity is None or self._identity[0] != key:
            depths = {f.name.count("/") + 1 for f in self.files}  # a file is a member's first parts, as many
            used = {"/".join(entry.member.split("/", depth)[:depth])  # as its own name has
                    for entry in self.report.files if entry.status == "recognised" for depth in depths}
            holding = [f for f in self.files if not is_clutter(f.name) and f.name in used]
            self._identity = (key, holding or [f for f in self.files if not is_clutter(f.name)] or list(self.files))
        return list(self._identity[1])

    @property
    def has_device_list(self) -> bool:
        """Whether this kind of export lists the account's devices (Google Takeout does not)."""
        return not set(self.layouts) & LAYOUTS_WITHOUT_DEVICE_LIST

    def table(self, name: str) -> pd.DataFrame:
        frame: pd.DataFrame = getattr(self, name)
        return frame

    def counts(self) -> dict[str, int]:
        return {name: len(self.table(name)) for name in TABLES}

    def events(self) -> pd.DataFrame:
        """All dated purchases, searches and recordings as one time-sorted table."""
        import pandas as pd

        parts = []
        for kind, table, title_col in (
            ("purchase", self.purchases, "title"),
            ("search", self.searches, "query"),
            ("recording", self.recordings, "transcript"),
        ):
            if len(table) == 0:
                continue
            part = pd.DataFrame({
                "time": table["time"],
                "kind": kind,
                "title": table[title_col],
                "ref": table.index,
            })
            parts.append(part[part["time"].notna()])
        if not parts:
            return pd.DataFrame({"time": pd.Series(dtype="datetime64[ns, UTC]"), "kind": [], "title": [],
                                 "ref": []})
        events = pd.concat(parts, ignore_index=True)
        return events.sort_values("time", kind="stable").reset_index(drop=True)


def empty_export(vendor: str = "unknown", files: list[ExportFile] | None = None) -> Export:
    """An export with no rows, for vendors to fill in."""
    return Export(
        vendor=vendor,
        files=list(files or []),
        layouts=[],
        purchases=empty_table("purchases"),
        searches=empty_table("searches"),
        recordings=empty_table("recordings"),
        devices=empty_table("devices"),
    )
