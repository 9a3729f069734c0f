"""Google Takeout as ``.tgz``: listed and read in place (indexed gzip), same results and hashes as the ZIP."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest

from core.cli.main import main
from core.errors import ExportDamaged, ExportTooLarge, ZipBomb
from core.source.archive import ExportSource
from core.source.budget import Budgets
from tests.core.vendors.google import synth


def write_tgz(tree: dict[str, bytes], path: Path, prefix: str = "Takeout/", extra: list[tarfile.TarInfo] = ()) -> Path:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for rel in sorted(tree):
            info = tarfile.TarInfo(prefix + rel)
            info.size, info.mtime, info.mode = len(tree[rel]), 1709288100, 0o644
            tar.addfile(info, io.BytesIO(tree[rel]))
        for info in extra:
            tar.addfile(info)
    path.write_bytes(gzip.compress(buffer.getvalue(), mtime=0))
    return path


@pytest.fixture(scope="module")
def tree() -> dict[str, bytes]:
    return synth.english_json_tree()


@pytest.fixture
def produced(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How far each read-ahead had decompressed when it was closed (its ``produced``), in order."""
    from core.source import gzip_index

    reached: list[int] = []
    close = gzip_index.ReadAhead.close

    def recorded(self: gzip_index.ReadAhead) -> None:
        close(self)
        reached.append(self.produced)

    monkeypatch.setattr(gzip_index.ReadAhead, "close", recorded)
    return reached


@pytest.fixture
def streams(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every ``SeekableGzip`` the listing makes, in order."""
    from core.source import targz

    made: list[object] = []
    real = targz.SeekableGzip

    def kept(*args: object) -> object:
        made.append(real(*args))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(targz, "SeekableGzip", kept)
    return made


@pytest.fixture
def inflated(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of each piece of output zlib gives, to the pass or to a read (a test clears it as it goes)."""
    from core.source import gzip_index

    produced: list[int] = []
    inflate = gzip_index.Inflater.read

    def counted(self: gzip_index.Inflater, limit: int = gzip_index.OUT_STEP) -> bytes:
        out = inflate(self, limit)
        produced.append(len(out))
        return out

    monkeypatch.setattr(gzip_index.Inflater, "read", counted)
    return produced


def scan(paths: list[Path], capsysbinary: pytest.CaptureFixture[bytes]) -> dict:  # type: ignore[type-arg]
    assert main(["scan", *map(str, paths), "--json"]) == 0
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


def test_tgz_reads_like_the_zip(tree, tmp_path: Path, capsysbinary) -> None:
    tgz = write_tgz(tree, tmp_path / "takeout-20240301T101500Z-1-001.tgz")
    as_zip = synth.write_zip(tree, tmp_path / "takeout-20240301T101500Z-001.zip")
    got, want = scan([tgz], capsysbinary), scan([as_zip], capsysbinary)
    assert got["export"]["vendor"] == "google" and got["counts"] == want["counts"]
    assert got["counts"]["recordings"] >= 4
    strip = lambda r: {k: v for k, v in r.items() if k not in {"member", "id", "listed_in"}}  # noqa: E731
    assert [strip(r) for r in got["recordings"]] == [strip(r) for r in want["recordings"]]
    hashes = {r["member"].split("/Takeout/", 1)[1]: r["sha256"] for r in got["recordings"] if r["sha256"]}
    assert hashes and all(hashes[rel] == hashlib.sha256(tree[rel]).hexdigest() for rel in hashes)
    assert len(got["report"]["recognised"]) == len(want["report"]["recognised"])


def test_member_reads_seek_and_stay_in_bounds(tree, tmp_path: Path) -> None:
    tgz = write_tgz(tree, tmp_path / "takeout.tgz")
    with ExportSource.open([tgz]) as source:
        assert {m.path.split("/Takeout/", 1)[1] for m in source.members} == set(tree)
        for member in reversed(source.members):  # backwards: every read seeks
            rel = member.path.split("/Takeout/", 1)[1]
            assert source.read_bytes(member) == tree[rel]
            assert source.read_bytes(member, limit=7) == tree[rel][:7]
            with source.open_member(member) as stream:
                stream.seek(3)
                assert stream.read() == tree[rel][3:]


def test_links_are_listed_not_followed(tmp_path: Path) -> None:
    link = tarfile.TarInfo("Takeout/evil")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    tgz = write_tgz({"My Activity/Search/MyActivity.json": b"[]"}, tmp_path / "t.tgz", extra=[link])
    with ExportSource.open([tgz]) as source:
        assert [m.name for m in source.members] == ["MyActivity.json"]
        assert any("link" in n.message for n in source.notes)


def test_bomb_and_budget_refused_before_decompressing(tmp_path: Path) -> None:
    zeros = {f"Takeout/z{i}.bin": bytes(3 << 20) for i in range(2)}
    bomb = write_tgz(zeros, tmp_path / "bomb.tgz", prefix="")
    with pytest.raises(ZipBomb):
        ExportSource.open([bomb], budgets=Budgets(ratio_refuse=100.0))
    with pytest.raises(ExportTooLarge):
        ExportSource.open([bomb], budgets=Budgets(max_total_size=1 << 20, expansion=1.0))
    with pytest.raises(ExportTooLarge):
        ExportSource.open([bomb], budgets=Budgets(max_entries=1))


def test_a_renamed_tgz_opens_by_its_bytes_and_a_tgz_that_is_none_is_named_so(tree, tmp_path: Path,
                                                                             capsysbinary) -> None:
    """Through ``dossier scan``: a Takeout ``.tgz`` saved as ``.zip`` or without a suffix was refused as "not a
    ZIP archive"; a file named ``.tgz`` that is no gzip was refused with the same ZIP sentence."""
    want = scan([write_tgz(tree, tmp_path / "takeout.tgz")], capsysbinary)
    for name in ("takeout-20240301T101500Z-001.zip", "takeout-download"):
        renamed = tmp_path / name
        renamed.write_bytes((tmp_path / "takeout.tgz").read_bytes())
        got = scan([renamed], capsysbinary)
        assert got["export"]["vendor"] == "google" and got["counts"] == want["counts"], name
    fake = tmp_path / "takeout-20240301T101500Z-1-001.tgz"
    fake.write_bytes(b"<html>Your download has expired</html>")
    assert main(["scan", str(fake)]) == 2
    assert capsysbinary.readouterr().err.decode().strip().splitlines()[-1] == (
        "dossier: This file is named as a .tgz archive but is not one (it is not gzip-compressed) — download it "
        "again.")


def test_damaged_tgz_is_one_sentence(tree, tmp_path: Path) -> None:
    good = write_tgz(tree, tmp_path / "good.tgz").read_bytes()
    cut = tmp_path / "cut.tgz"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(ExportDamaged) as info:
        ExportSource.open([cut])
    assert str(info.value) == "The download is incomplete or damaged — download it again."


def test_one_stream_per_archive_read_through_its_seek_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             streams: list[Any], inflated: list[int]) -> None:
    """Members are read from the nearest seek point kept while listing, not by decompressing from the start."""
    import random

    from core.source import targz

    rng = random.Random(3)
    tree = {f"My Activity/Assistant/c{i}.mp3": b"\xff\xfb\x90\x64" + rng.randbytes(400_000) for i in range(8)}
    tgz = write_tgz(tree, tmp_path / "big.tgz")
    monkeypatch.setattr(targz, "SPACING", 1 << 20)  # points every MiB: several in this small archive
    with ExportSource.open([tgz]) as source:
        for member in reversed(source.members):  # backwards: every read starts again from a point
            inflated.clear()
            assert source.read_bytes(member) == tree[member.path.split("/Takeout/", 1)[1]]
            assert sum(inflated) <= member.size + targz.SPACING + 1024
        assert len(streams) == 1
    assert len(streams[0].points) >= 3  # 3.2 MB of tar at 1 MiB spacing


def test_reads_backwards_through_a_stretch_restart_from_points_the_first_read_left(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streams: list[Any], inflated: list[int]) -> None:
    """A newest-first list of clips reads the archive backwards: after the first read of a stretch between two of
    the pass's points, each read restarts from a point that read left behind (at most ``FINE_SPACING`` before it),
    not from the pass's point at the start of the stretch; only the most recently used ``MAX_FINE`` are kept."""
    import random

    from core.source import gzip_index

    rng = random.Random(5)
    tree = {f"My Activity/Assistant/c{i:02d}.mp3": rng.randbytes(100_000) for i in range(40)}  # 4 MB: one stretch
    tgz = write_tgz(tree, tmp_path / "backwards.tgz")
    with ExportSource.open([tgz]) as source:
        clips = sorted(source.members, key=lambda member: member.path)
        for step, member in enumerate(reversed(clips)):
            inflated.clear()
            assert source.read_bytes(member) == tree[member.path.split("/Takeout/", 1)[1]]
            if step:
                assert sum(inflated) <= member.size + gzip_index.FINE_SPACING + 1024
        assert len(streams[0]._fine) >= 10  # one every 256 KiB of the 4 MB the first read went through
    monkeypatch.setattr(gzip_index, "MAX_FINE", 3)
    with ExportSource.open([tgz]) as source:
        source.read_bytes(max(source.members, key=lambda member: member.path))  # 15 points left, 3 kept
        assert len(streams[1]._fine) == 3 and sorted(streams[1]._fine) == streams[1]._fine_offsets


def test_split_tgz_parts_open_together_and_a_missing_part_is_named(tree, tmp_path: Path, capsysbinary) -> None:
    audio = {k: v for k, v in tree.items() if k.endswith(".mp3")}
    rest = {k: v for k, v in tree.items() if k not in audio}
    stem = "takeout-20240301T101500Z-1"
    first = write_tgz(rest, tmp_path / f"{stem}-001.tgz")
    write_tgz({}, tmp_path / f"{stem}-002.tgz")
    third = write_tgz(audio, tmp_path / f"{stem}-003.tgz")
    out = scan([first, third], capsysbinary)
    assert out["export"]["layouts"][-1] == "google-takeout-split"
    assert sum(1 for r in out["recordings"] if r["sha256"]) == len(audio)
    assert any(f"{stem}-002.tgz was not opened" in n["message"] for n in out["report"]["notes"])


def test_the_listing_hashes_every_member_once_and_the_scan_reads_no_clip_again(
        tree, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One sequential pass lists, checks and fingerprints; the clip hash pass then reads nothing."""
    from core.audio.clip_hashes import hash_members

    tgz = write_tgz(tree, tmp_path / "takeout.tgz")
    with ExportSource.open([tgz]) as source:
        clips = [m for m in source.members if m.path.endswith(".mp3")]
        assert clips and all(source.known_digest(m) == hashlib.sha256(tree[m.path.split("/Takeout/", 1)[1]])
                             .hexdigest() for m in source.members)
        monkeypatch.setattr(ExportSource, "open_member", lambda *a: pytest.fail("a clip was read again"))
        hashes, errors = hash_members(source, clips, lambda n: None, lambda: False)
    assert not errors and hashes == {m.path: hashlib.sha256(tree[m.path.split("/Takeout/", 1)[1]]).hexdigest()
                                     for m in clips}


def test_decompression_never_runs_far_ahead_of_the_checked_headers(tmp_path: Path, produced: list[int]) -> None:
    """The stream is decompressed in a thread beside the listing, but at most a few MiB in front of it: a bomb's
    refused member is not decompressed."""
    from core.source import gzip_index

    zeros = {f"z{i}.bin": bytes(100 << 20) for i in range(2)}  # 200 MB of zeros, ~200 KB packed
    bomb = write_tgz(zeros, tmp_path / "bomb.tgz", prefix="")
    with pytest.raises(ZipBomb):
        ExportSource.open([bomb], budgets=Budgets(ratio_refuse=700.0))  # 1st header ~500:1, with the 2nd ~1000:1
    lookahead = (gzip_index.AHEAD + 2) * gzip_index.PASS_STEP
    assert produced and produced[0] <= (100 << 20) + 2048 + lookahead  # not into the refused member


def test_listing_reports_how_much_of_the_archive_is_read_and_can_be_cancelled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .tgz is read whole to be listed: the progress moves with the bytes read, and a cancel stops it."""
    import random

    from core.errors import ImportCancelled
    from core.source import gzip_index

    monkeypatch.setattr(gzip_index, "PASS_STEP", 1 << 20)  # pieces of 1 MiB: several in this 4 MB archive

    rng = random.Random(2)
    tree = {f"My Activity/Assistant/c{i:04d}.mp3": rng.randbytes(3000) for i in range(1200)}
    tgz = write_tgz(tree, tmp_path / "many.tgz")
    seen: list[float] = []
    with ExportSource.open([tgz], lambda f, m: seen.append(f) if "Listing" in m else None, hash_files=False):
        pass
    inner = [f for f in seen if 0.0 < f < 1.0]
    assert len(inner) >= 3 and inner == sorted(inner)
    calls = iter(range(10**6))
    with pytest.raises(ImportCancelled):
        ExportSource.open([tgz], cancelled=lambda: next(calls) > 2)


@pytest.mark.parametrize("kind", [tarfile.XHDTYPE, tarfile.GNUTYPE_LONGNAME])
def test_a_header_that_declares_gigabytes_is_refused_before_it_is_read(
        tmp_path: Path, produced: list[int], kind: bytes) -> None:
    """A pax header or GNU long name whose block declares 200 MB (of zeros, ~200 KB packed): tarfile would gather
    it in memory whole (a 1 MB file made the scan take 2.2 GB); it is refused as a bomb after ~1 MiB."""
    import zlib

    from core.source import gzip_index

    header = tarfile.TarInfo("././@LongLink" if kind == tarfile.GNUTYPE_LONGNAME else "././@PaxHeader")
    header.type, header.size = kind, 200 << 20
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    parts = [packer.compress(header.tobuf(format=tarfile.USTAR_FORMAT))]
    parts += [packer.compress(bytes(1 << 20)) for _ in range(200)]
    bomb = tmp_path / "takeout-20240301T101500Z-1-001.tgz"
    bomb.write_bytes(b"".join([*parts, packer.flush()]))
    with pytest.raises(ZipBomb):
        ExportSource.open([bomb])
    assert produced and produced[0] <= gzip_index.MAX_READ + (gzip_index.AHEAD + 2) * gzip_index.PASS_STEP


def test_an_endless_chain_of_sparse_headers_is_refused(tmp_path: Path) -> None:
    """GNU sparse headers chained by their "extended" flag: tarfile collects 21 entries per 512 bytes for as long
    as the chain goes (a 0.9 MB file: 15 s and 700 MB). One member's headers stop at ``MAX_READ``."""
    import zlib

    head = tarfile.TarInfo("sparse.bin")
    head.type = tarfile.GNUTYPE_SPARSE
    block = bytearray(head.tobuf(format=tarfile.GNU_FORMAT))
    block[482] = 1  # isextended
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block[:512])
    extension = bytearray(512)
    for i in range(21):
        extension[i * 24:i * 24 + 24] = b"%011o\0%011o\0" % (i + 1, 1)
    extension[504] = 1
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(bytes(block)), *(packer.compress(bytes(extension) * 2048) for _ in range(40))]
    bomb = tmp_path / "takeout-20240301T101500Z-1-001.tgz"
    bomb.write_bytes(b"".join([*parts, packer.flush()]))
    with pytest.raises(ZipBomb):
        ExportSource.open([bomb])


def test_many_folders_and_long_names_are_not_mistaken_for_a_bomb(tmp_path: Path) -> None:
    """The header budget is per member: 6,000 folder entries in a row and pax long names pass."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for i in range(6000):
            folder = tarfile.TarInfo(f"Takeout/Google Fotos/Album {i:05d} " + "ä" * 80)
            folder.type = tarfile.DIRTYPE
            tar.addfile(folder)
        info = tarfile.TarInfo("Takeout/My Activity/Search/" + "lang " * 60 + "MyActivity.json")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"[]"))
    path = tmp_path / "takeout.tgz"
    path.write_bytes(gzip.compress(buffer.getvalue(), mtime=0))
    with ExportSource.open([path]) as source:
        assert len(source.members) == 1 and source.members[0].name.endswith(" lang MyActivity.json")
        assert source.read_bytes(source.members[0]) == b"[]"


def test_digests_and_heads_whether_a_member_lies_inside_a_piece_or_spans_several(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from core.source import gzip_index

    monkeypatch.setattr(gzip_index, "PASS_STEP", 1 << 20)
    rng = random.Random(4)
    tree = {f"My Activity/Assistant/c{i:03d}.mp3": rng.randbytes(rng.choice((40, 3000, 700_000, 2_500_000)))
            for i in range(60)}
    with ExportSource.open([write_tgz(tree, tmp_path / "pieces.tgz")], hash_files=False) as source:
        for member in source.members:
            data = tree[member.path.split("/Takeout/", 1)[1]]
            handle = source._handles[member.path]
            assert source.known_digest(member) == hashlib.sha256(data).hexdigest()
            assert handle.head == data[:64]  # type: ignore[attr-defined]
