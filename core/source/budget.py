"""The limits the export reader enforces before and while decompressing (see issue 2 and reliability.md §1.1).

Why these values:

* ``max_entries`` 250,000 — a large Amazon export has tens of thousands of files; ``zipfile.ZipFile()`` needs
  ~0.6 KiB and ~6 µs per entry, so 250k entries stay under ~150 MiB / ~1.5 s, while 1M would not.
* ``max_central_directory`` 64 MiB — 250k entries with 200-character names fit; the directory is held in memory.
* ``max_member_size`` 4 GiB declared per file: larger members are listed but not read (a note), since no
  file Dossier parses comes near it (a big video in a Takeout does). ``max_total_size`` 64 GiB declared for
  the whole export (nested archives included), or 200 × the export's size on disk if that is more — far
  beyond real exports relative to their size, far below a disk-filling bomb.
* ``ratio_warn`` 200 / ``ratio_refuse`` 1000 — Deflate cannot exceed ~1,032:1, real CSV/JSON/WAV stay below
  ~50:1; members smaller than ``ratio_min_size`` (1 MiB) are exempt (tiny files of zeros compress extremely).
* ``nested_in_memory`` 256 MiB — nested archives up to this total are decompressed into memory; larger ones
  are read through a view into the parent (stored) or a private temporary file (compressed).
* ``overlap_tolerance`` 29 bytes — less than a local header, so a "quoted" overlap cannot hide in it.
"""

from __future__ import annotations

from dataclasses import dataclass

KiB = 1 << 10
MiB = 1 << 20
GiB = 1 << 30

#: Read step for stored/Deflate members (decompression is bounded by the requested size).
FAST_STEP = 64 * KiB
#: Read step for Deflate64, bzip2, LZMA: their decompressors emit a whole chunk per call (reliability §1.4).
SMALL_STEP = 1 * KiB
#: Chunk size for hashing export files.
HASH_CHUNK = 8 * MiB  # export files are hashed in 8 MiB reads: fewer hand-overs of the interpreter


@dataclass(frozen=True)
class Budgets:
    """Limits for one opened export. ``Budgets()`` holds the defaults; tests may shrink them."""

    max_entries: int = 250_000
    max_central_directory: int = 64 * MiB
    max_member_size: int = 4 * GiB
    max_total_size: int = 64 * GiB
    expansion: float = 200.0  # the total budget grows to this many times the export's size on disk
    ratio_warn: float = 200.0
    ratio_refuse: float | None = 1000.0
    ratio_min_size: int = 1 * MiB
    nested_in_memory: int = 256 * MiB
    overlap_tolerance: int = 29
    max_notes_per_kind: int = 20


class Tally:
    """Running totals shared by every archive of one export (nested archives count against the parent)."""

    def __init__(self, budgets: Budgets, disk_bytes: int = 0) -> None:
        self.budgets = budgets
        self.declared = 0
        self.in_memory = 0
        #: A genuine export expands to at most a few times its size on disk, so very large exports (a 100 GB
        #: Takeout) stay openable while a small file declaring terabytes does not.
        self.limit = max(budgets.max_total_size, int(budgets.expansion * disk_bytes))

    def declare(self, size: int) -> bool:
        """Add a member's declared size; False when the export's total budget would be exceeded."""
        self.declared += size
        return self.declared <= self.limit

    def take_memory(self, size: int) -> bool:
        """Reserve ``size`` bytes for a nested archive held in memory; False if the reserve is spent."""
        if self.in_memory + size > self.budgets.nested_in_memory:
            return False
        self.in_memory += size
        return True
