"""Clip hashing started right after listing, so the fingerprints are computed while the model is parsed.

In ``dossier scan`` (:func:`prefetch_for_scan`) every clip is needed anyway: the pass always runs. The parse's
header probe reads a clip's first bytes itself where that is cheap (Stored, Deflate, Deflate64: a few KiB
decoded), so the parse and the rules that need no fingerprints are done while the clips are still hashed; it
waits for the bytes the pass read only where peeking would decode the whole clip (bzip2, LZMA). In the app the
pass only runs early for such clips (:func:`prefetch_for_app`). Either way the workers run at a lower priority
than the parse (``BACKGROUND_NICE``): the parse is the one serial path, and given a core of its own it ends
with the hashing instead of after it.
"""

from __future__ import annotations

import threading

from core.audio.clip_hashes import HEAD_KEPT, hash_members
from core.audio.clip_processes import BACKGROUND_NICE
from core.audio.formats import is_audio_name
from core.errors import ImportCancelled
from core.i18n import _
from core.source.archive import Cancelled, ExportSource, Member, Progress, never_cancelled, no_progress
from core.source.inflate import cheap_to_peek


def prefetch_for_app(source: ExportSource, cancelled: Cancelled = never_cancelled) -> ClipHashPrefetch | None:
    """A background prefetch when some clips are slow to peek at, else ``None`` (hash after the parse)."""
    members = audio_members(source)
    slow = slow_to_peek(source, members)
    return ClipHashPrefetch(source, cancelled, members=members, wait_for=slow, nice=BACKGROUND_NICE) \
        if slow else None


def prefetch_for_scan(source: ExportSource) -> ClipHashPrefetch:
    """Every clip hashed while the model is parsed, the workers below the parse; the parse waits for a clip's
    first bytes only where reading them itself would decode the whole clip."""
    members = audio_members(source)
    return ClipHashPrefetch(source, members=members, wait_for=slow_to_peek(source, members), nice=BACKGROUND_NICE)


def audio_members(source: ExportSource) -> list[Member]:
    """Each audio-named member once (the first of equal paths)."""
    unique: dict[str, Member] = {}
    for m in source.members:
        if is_audio_name(m.path):
            unique.setdefault(m.path, m)
    return list(unique.values())


def slow_to_peek(source: ExportSource, members: list[Member]) -> set[str]:
    """Clips whose first bytes cost a whole-clip decode (bzip2, LZMA; Deflate64 without ``inflate64``)."""
    slow = set()
    for m in members:
        located = source.zip_entry(m)
        if located is not None and not cheap_to_peek(located[1]):
            slow.add(m.path)
    return slow


class ClipHashPrefetch:
    """Hashes every audio-named member in the background, started right after listing, so the clip hashes
    are computed while the model is parsed (``compute_clip_hashes(..., prefetched=...)`` collects them).

    The files read are the ones the parse is about to name as recordings; a recording the prefetch did not
    cover is hashed afterwards as usual, so the result never depends on this guess. For the clips in
    ``wait_for`` (all of them when it is ``None``) the parse's header probe (``source.read_bytes(clip, limit)``)
    is served from the first bytes the hash pass read, so such a clip is decompressed once, not twice.
    """

    def __init__(self, source: ExportSource, cancelled: Cancelled = never_cancelled, *,
                 members: list[Member] | None = None, wait_for: set[str] | None = None, nice: int = 0) -> None:
        self.members = audio_members(source) if members is None else members
        # ``wait_for``: the parse waits for a head only for these clips, where reading it itself would decode the
        # whole clip (``None``: for every clip); ``nice``: how much lower the workers run than the parse
        self._wait_for = wait_for
        self.sizes = {m.path: m.size for m in self.members}
        self.done = 0
        self._stop = threading.Event()
        self._result: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self._error: BaseException | None = None
        self._heads: dict[str, bytes] = {}
        self._ready = {path: threading.Event() for path in self.sizes}
        self._source = source
        source.head_source = self._head

        def stopped() -> bool:
            return self._stop.is_set() or cancelled()

        def run() -> None:
            try:
                heads = self._heads if wait_for is None or wait_for else None  # else the parse peeks itself
                self._result = hash_members(source, self.members, self._count, stopped, heads,
                                             lambda path: self._ready[path].set(), nice=nice)
            except BaseException as exc:  # re-raised by result() in the caller's thread
                self._error = exc
            finally:
                for event in self._ready.values():  # nobody waits for a pass that ended
                    event.set()

        self._thread = threading.Thread(target=run, name="clip-hash-prefetch", daemon=True)
        self._thread.start()

    def _head(self, path: str, limit: int) -> bytes | None:
        """The clip's first ``limit`` bytes as the hash pass read them (waiting for it), else ``None``."""
        ready = self._ready.get(path)
        if ready is None or limit > HEAD_KEPT:
            return None
        if self._wait_for is not None and path not in self._wait_for and not ready.is_set():
            return None  # cheaper to read than to wait for
        while not ready.wait(0.1):
            if not self._thread.is_alive():
                break
        head = self._heads.pop(path, None)
        if head is None or (len(head) < limit and len(head) != self.sizes[path]):
            return None
        return head[:limit]

    def _release(self) -> None:
        if self._source.head_source == self._head:
            self._source.head_source = None
        self._heads.clear()

    def _count(self, count: int) -> None:
        self.done = count

    def cancel(self) -> None:
        self._stop.set()
        self._thread.join()
        self._release()

    def result(self, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled
               ) -> tuple[dict[str, str], dict[str, str]]:
        """Wait for the background pass (reporting progress); ``({path: digest}, {path: error})``."""
        total = len(self.members)
        while self._thread.is_alive():
            if cancelled():
                self.cancel()
                raise ImportCancelled()
            text = _("Fingerprinting voice recordings… {done:,} of {total:,}")
            progress(self.done / total if total else 1.0, text.format(done=self.done, total=total))
            self._thread.join(0.1)
        self._release()
        if self._error is not None:
            raise self._error
        return self._result
