"""The caller's work while a ``.tgz`` decompresses ahead of its listing (``ExportSource.open(meanwhile=…)``), and the
interpreter handed over often while the pass runs (``core.platform.handover``). Counted, never timed: each wait
below has a deadline far beyond what it needs."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pytest

from core.platform import handover
from core.source import gzip_index, targz  # noqa: F401 - targz first: its SPACING copies PASS_STEP, patched below
from core.source.archive import ExportSource
from core.source.listing import ArchiveLister
from tests.core.source.test_targz import write_tgz

PIECE = 1 << 20


@pytest.fixture
def read_aheads(monkeypatch: pytest.MonkeyPatch) -> list[gzip_index.ReadAhead]:
    """Every read-ahead made, in order; pieces of 1 MiB (so a few MiB of archive hold many)."""
    monkeypatch.setattr(gzip_index, "PASS_STEP", PIECE)
    made: list[gzip_index.ReadAhead] = []
    init = gzip_index.ReadAhead.__init__

    def recorded(self: gzip_index.ReadAhead, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(gzip_index.ReadAhead, "__init__", recorded)
    return made


def text_tree(members: int, size: int, seed: int = 3) -> dict[str, bytes]:
    """Members of compressible text (zlib takes a while over them, unlike zeros)."""
    rng = random.Random(seed)
    words = [rng.randbytes(6).hex().encode() for _ in range(500)]
    return {f"My Activity/Assistant/part{i:03d}.json":
            b" ".join(rng.choice(words) for _ in range(size // 13))[:size] for i in range(members)}


def listed(path: Path, meanwhile: object = None) -> list[tuple[str, int, str | None]]:
    with ExportSource.open([path], meanwhile=meanwhile) as source:  # type: ignore[arg-type]
        return [(m.path, m.size, source.known_digest(m)) for m in source.members]


def until(condition: object, deadline: float = 30.0) -> bool:
    end = time.monotonic() + deadline
    while not condition():  # type: ignore[operator]
        if time.monotonic() > end:
            return False
        time.sleep(0.01)
    return True


def test_the_pass_runs_ahead_while_the_caller_works_then_keeps_its_usual_distance(
        tmp_path: Path, read_aheads: list[gzip_index.ReadAhead]) -> None:
    tgz = write_tgz(text_tree(40, 600_000), tmp_path / "takeout-20240301T101500Z-1-001.tgz")
    seen: dict[str, float] = {}

    def meanwhile() -> None:
        ahead = read_aheads[0]
        seen["interval"] = sys.getswitchinterval()
        # the pass goes on beyond the usual two pieces while nobody reads …
        assert until(lambda: ahead.produced >= (gzip_index.AHEAD + 4) * PIECE)
        assert until(lambda: ahead._room._value == 0)  # … until its deeper room is full
        time.sleep(0.1)
        seen["warm"] = ahead.produced

    members = listed(tgz, meanwhile)
    assert members == listed(tgz)  # the same listing, digests included
    assert len(read_aheads) == 2 and seen["interval"] <= handover.QUICK_S
    assert seen["warm"] <= (gzip_index.WARM_AHEAD + 1) * PIECE
    assert sys.getswitchinterval() == pytest.approx(0.005)  # Python's own again after the pass


def _full_read_ahead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, members: int) -> gzip_index.ReadAhead:
    """A read-ahead ten pieces deep that has made its ten pieces, nobody reading."""
    import gzip

    monkeypatch.setattr(gzip_index, "PASS_STEP", PIECE)
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(b"".join(text_tree(members, 600_000).values()), mtime=0))
    ahead = gzip_index.ReadAhead(gzip_index.SeekableGzip(str(path), PIECE), depth=10)
    assert until(lambda: ahead._room._value == 0 and ahead.produced >= 10 * PIECE)
    return ahead


def test_after_the_callers_work_the_pass_keeps_the_usual_distance(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the rooms made meanwhile are given back, the pass is again at most ``AHEAD`` pieces in front of a slow
    reader (``settle``): every other piece taken gives one back, each taken once the reader has caught up."""
    ahead = _full_read_ahead(tmp_path, monkeypatch, 60)
    ahead.settle(2)
    distances = []
    while ahead.feed(PIECE // 4, len):
        time.sleep(0.005)  # a reader slower than zlib
        if ahead.pos > 20 * PIECE:  # 16 pieces taken: the 8 extra rooms are given back
            distances.append(ahead.produced - ahead.pos)
    ahead.close()
    assert len(distances) > 20 and max(distances) <= (2 + 2) * PIECE  # two queued, one read from, one made


def test_a_reader_catching_up_does_not_leave_the_pass_idle(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After the caller's work the reader takes the pieces made meanwhile; the pass goes on while it does (it used
    to wait until the queue was down to its usual depth)."""
    ahead = _full_read_ahead(tmp_path, monkeypatch, 40)
    ahead.settle(2)
    made = ahead.produced
    assert ahead.feed(PIECE, len) == PIECE  # one piece taken, nine still queued
    assert until(lambda: ahead.produced > made)
    ahead.close()


def test_the_callers_work_runs_once_before_any_listing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      read_aheads: list[gzip_index.ReadAhead]) -> None:
    """A ZIP or folder is listed only after it (the app's start-up imports are not beside a listing); a ``.tgz``
    first decompresses meanwhile; several parts: once."""
    import zipfile

    events: list[str] = []
    add_zip, add_tgz = ArchiveLister.add_zip, ArchiveLister.add_tar_gz
    monkeypatch.setattr(ArchiveLister, "add_zip", lambda self, item: (events.append("zip"), add_zip(self, item)))
    monkeypatch.setattr(ArchiveLister, "add_tar_gz",
                        lambda self, item, progress: (events.append("tgz"), add_tgz(self, item, progress)))
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "Order ID\n1\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text("x")
    parts = [write_tgz(text_tree(3, 1000, seed=i), tmp_path / f"takeout-20240301T101500Z-1-00{i}.tgz") for i in (1, 2)]
    running: list[bool] = []

    def meanwhile() -> None:
        events.append("meanwhile")
        running.append(len(read_aheads) == 1)  # made, and not closed before the listing

    for paths, expected in (([archive], ["meanwhile", "zip"]), ([folder], ["meanwhile"]),
                            (parts, ["tgz", "meanwhile", "tgz"])):
        events.clear()
        ExportSource.open(paths, meanwhile=meanwhile).close()
        assert events == expected, paths
    assert running == [False, False, True]  # the .tgz's pass was under way


def test_the_export_files_hash_waits_for_the_callers_work_beside_a_tgz_pass(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ZIP's file hash runs beside the caller's work (one core would idle); beside a ``.tgz``'s pass it would be a
    third thread on two cores, so it begins once the caller's work is done. Either way every file is hashed."""
    import hashlib
    import zipfile

    from core.source.exporthash import HashJob

    events: list[str] = []
    start = HashJob.start
    monkeypatch.setattr(HashJob, "start", lambda self, polite=False: (events.append("hash"), start(self, polite))[1])
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "Order ID\n1\n")
    parts = [write_tgz(text_tree(3, 1000, seed=i), tmp_path / f"takeout-20240301T101500Z-1-00{i}.tgz") for i in (1, 2)]
    for paths, first in (([archive], "hash"), (parts, "meanwhile"), ([*parts[::-1], archive], "meanwhile")):
        events.clear()
        with ExportSource.open(paths, meanwhile=lambda: events.append("meanwhile")) as source:
            digests = {Path(file.path).name: file.sha256 for file in source.files}
        assert events[0] == first and set(events) == {"hash", "meanwhile"}, paths
        assert digests == {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}
    events.clear()
    with ExportSource.open(parts) as source:  # no work of the caller's: hashed from the start
        assert events[0] == "hash" and all(file.sha256 for file in source.files)


def test_quick_handover_is_counted_and_restores_the_interval() -> None:
    before = sys.getswitchinterval()
    with handover.quick():
        assert sys.getswitchinterval() == pytest.approx(handover.QUICK_S)
        with handover.quick(0.0005):
            assert sys.getswitchinterval() == pytest.approx(0.0005)
        assert sys.getswitchinterval() == pytest.approx(0.0005)  # the shortest asked for holds until the last ends
        with pytest.raises(RuntimeError), handover.quick():
            raise RuntimeError("a failing pass")
    assert sys.getswitchinterval() == pytest.approx(before)


def test_open_export_loads_the_parse_after_the_callers_work_once(tmp_path: Path) -> None:
    """The pipeline's ``meanwhile``: the caller's work, then the parse's modules, both while the pass runs."""
    from core.pipeline import open_export
    from tests.core.vendors.google import synth

    tgz = write_tgz(synth.english_json_tree(), tmp_path / "takeout-20240301T101500Z-1-001.tgz")
    calls: list[bool] = []
    opened = open_export([tgz], hashes="later", meanwhile=lambda: calls.append("pandas" in sys.modules))
    try:
        assert len(calls) == 1 and len(opened.export.recordings) > 0
    finally:
        opened.close()


def test_a_bomb_behind_the_callers_work_is_decompressed_no_further_than_the_deeper_room(tmp_path: Path) -> None:
    """While the caller works, the pass runs ahead of every header check — at most ``WARM_AHEAD`` pieces (128 MiB;
    here pieces of 1 MiB) in front of the listing, and no further once the listing refuses the archive."""
    from core.errors import ZipBomb
    from core.source.budget import Budgets

    made: list[gzip_index.ReadAhead] = []
    zeros = {f"z{i}.bin": bytes(100 << 20) for i in range(2)}  # 200 MB of zeros, ~200 KB packed: refused at the 2nd
    bomb = write_tgz(zeros, tmp_path / "bomb.tgz", prefix="")
    init = gzip_index.ReadAhead.__init__

    def recorded(self: gzip_index.ReadAhead, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gzip_index.ReadAhead, "__init__", recorded)
        patch.setattr(gzip_index, "PASS_STEP", PIECE)
        with pytest.raises(ZipBomb):
            ExportSource.open([bomb], budgets=Budgets(ratio_refuse=700.0),  # 1st header ~500:1, with the 2nd ~1000:1
                              meanwhile=lambda: until(lambda: made[0]._room._value == 0))
    refused_at = made[0].pos  # the second header
    assert refused_at < (101 << 20)
    assert made[0].produced <= refused_at + (gzip_index.WARM_AHEAD + 1) * PIECE < 2 * (100 << 20)  # not all of it
