"""The tar walk's own header parse says what ``tarfile`` says, and leaves everything else to ``tarfile``."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import random
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from core.errors import ExportDamaged
from core.source.budget import Budgets, Tally
from core.source.memberstream import ContainerWatch
from core.source.targz import list_tar_gz
from core.source.tarwalk import plain_header, tar_members

MTIME = 1709288100


class Reader(io.BytesIO):
    """An in-memory stand-in for the read-ahead (forward reads, a put-back)."""

    def unread(self, data: bytes) -> None:
        self.seek(self.tell() - len(data))

    def next_member(self) -> None:
        return None


def archive(members: list[tuple[tarfile.TarInfo, bytes]], fmt: int = tarfile.PAX_FORMAT) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return buffer.getvalue()


def member(name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE,
           link: str = "") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.mtime, info.mode = kind, link, MTIME, 0o644
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data


def seen(info: tarfile.TarInfo) -> tuple[object, ...]:
    return (info.name, info.type, info.size, info.mtime, info.mode, info.uid, info.gid, info.uname, info.gname,
            info.linkname, info.devmajor, info.devminor, info.offset, info.offset_data, info.chksum, info.pax_headers)


def walked(raw: bytes, read_data: bool = True) -> list[tuple[object, ...]]:
    reader, out = Reader(raw), []
    for info in tar_members(reader):
        out.append(seen(info))
        if read_data and info.isreg():
            reader.read(info.size)
    return out


def by_tarfile(raw: bytes) -> list[tuple[object, ...]]:
    with tarfile.open(fileobj=io.BytesIO(raw), mode="r:") as tar:
        return [seen(info) for info in tar]


MIXED = [
    member("Takeout/My Activity/Assistant/MyActivity.json", b"[]" * 300),
    member("Takeout/My Activity/Assistant/", kind=tarfile.DIRTYPE),
    member("Takeout/My Activity/Assistant/clip 1.mp3", bytes(range(256)) * 40),
    member("Takeout/link.mp3", kind=tarfile.SYMTYPE, link="../../etc/passwd"),
    member("Takeout/empty.txt"),
    member("Takeout/" + "deep/" * 30 + "long name.mp3", b"x" * 700),  # a pax or GNU long name after plain ones
    member("Takeout/Meine Aktivitäten/Google Assistant/Aufnahme.mp3", b"y" * 513),  # non-ASCII: pax in PAX_FORMAT
    member("Takeout/after.mp3", b"z" * 1024),  # plain again, now read by tarfile
]


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
def test_the_walk_lists_what_tarfile_lists(fmt: int) -> None:
    members = MIXED if fmt != tarfile.USTAR_FORMAT else [m for m in MIXED if len(m[0].name) < 250]
    raw = archive(members, fmt)
    assert walked(raw) == by_tarfile(raw)
    assert walked(raw, read_data=False) == by_tarfile(raw)  # a member left unread is skipped
    assert walked(raw + bytes(4096) + b"hidden after the end") == by_tarfile(raw)


def test_archives_that_are_not_plain_from_the_start_are_read_by_tarfile_alone() -> None:
    raw = archive([member("Takeout/" + "n" * 120, b"a"), *MIXED[:3]], tarfile.GNU_FORMAT)  # a GNU long name first
    assert walked(raw) == by_tarfile(raw)
    with pytest.raises(tarfile.ReadError):
        walked(b"not a tar at all" * 64)
    with pytest.raises(tarfile.ReadError):
        walked(b"")


def test_a_member_whose_data_ends_early_is_an_error_as_in_tarfile() -> None:
    raw = archive(MIXED[:3], tarfile.USTAR_FORMAT)
    cut = raw[:2560 + 400]  # inside the clip's data
    with pytest.raises(tarfile.ReadError):
        walked(cut, read_data=False)
    with pytest.raises(tarfile.ReadError):
        by_tarfile(cut)


@pytest.mark.skipif(shutil.which("tar") is None, reason="no tar program on this machine")
@pytest.mark.parametrize("fmt", ["gnu", "oldgnu", "posix", "ustar", "v7"])
def test_archives_made_by_gnu_tar_are_walked_as_tarfile_reads_them(tmp_path: Path, fmt: str) -> None:
    """Headers written by another program than the one the parse was checked against (GNU tar, every format)."""
    folder = tmp_path / "src" / "Takeout" / "Meine Aktivitäten" / "Google Assistant"
    folder.mkdir(parents=True)
    (folder / "MeineAktivitäten.json").write_bytes(b"[]")
    (folder / "Aufnahme 1.mp3").write_bytes(bytes(range(256)) * 100)
    (folder.parent / ("lang" * 20)).mkdir()
    (folder.parent / ("lang" * 20) / "clip.mp3").write_bytes(b"x" * 3000)
    os.symlink("../nowhere", folder / "link.mp3")
    os.link(folder / "Aufnahme 1.mp3", folder.parent / "hard.mp3")
    made = subprocess.run(["tar", f"--format={fmt}", "-cf", "-", "-C", str(tmp_path / "src"), "Takeout"],
                          capture_output=True, check=False)
    assert made.stdout
    assert walked(made.stdout) == by_tarfile(made.stdout)
    assert len(walked(made.stdout)) >= 6


def test_no_header_is_parsed_differently_from_tarfile() -> None:
    """Thousands of damaged and odd headers (each with its checksum made right, or not): the walk's parse either
    agrees with ``tarfile.TarInfo.frombuf`` field for field or leaves the header to it."""
    rng = random.Random(20261206)
    bases = [bytearray(info.tobuf(fmt, "utf-8", "surrogateescape")[-512:]) for fmt in
             (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT) for info, _data in MIXED[:5]]
    odd = [b"\x00", b" ", b"/", b"7", b"8", b"9", b"-", b"+", b"_", b"\x80", b"\xff", b"\xc3", b"x", b"L", b"S", b"g"]
    parsed = 0
    for _ in range(6000):
        block = bytearray(rng.choice(bases))
        for _change in range(rng.randint(1, 4)):
            where = rng.choice([rng.randrange(512), rng.randrange(100, 157), 156, rng.randrange(329, 345),
                                rng.randrange(345, 500)])
            block[where] = rng.choice(odd)[0] if rng.random() < 0.8 else rng.randrange(256)
        if rng.random() < 0.8:
            checksum = 256 + sum(block[:148]) + sum(block[156:])
            block[148:156] = b"%06o\x00 " % checksum
        ours = plain_header(bytes(block))
        try:
            theirs = tarfile.TarInfo.frombuf(bytes(block), tarfile.ENCODING, "surrogateescape")
        except tarfile.HeaderError:
            assert ours is None
            continue
        if ours is not None:
            parsed += 1
            if theirs.isdir():
                theirs.name = theirs.name.rstrip("/")  # what tarfile's member processing does next
            assert (ours.get_info(), ours.chksum) == (theirs.get_info(), theirs.chksum)
    assert parsed > 1000  # most stay plain: the fast path is the one tested


@pytest.mark.parametrize(("name", "prefix", "kind"), [
    (b"clip.mp3", b"Takeout/My Activity", tarfile.REGTYPE),
    (b"folder/", b"", tarfile.AREGTYPE),  # the old V7 way of writing a folder
    (b"folder//", b"Takeout", tarfile.DIRTYPE),
    (b"/", b"Takeout/folder", tarfile.DIRTYPE),  # only the prefix names it
    (b"", b"Takeout/folder/", tarfile.DIRTYPE),
    (b"Aufnahme \xc3\xa4.mp3", b"Takeout/Meine Aktivit\xc3\xa4ten", tarfile.REGTYPE),
    (b"bad \xff utf-8.mp3", b"", tarfile.REGTYPE),
])
def test_names_are_joined_and_trimmed_as_tarfile_does(name: bytes, prefix: bytes, kind: bytes) -> None:
    block = bytearray(512)
    block[0:len(name)], block[345:345 + len(prefix)], block[156:157] = name, prefix, kind
    for start, field in ((100, b"0000644"), (124, b"00000000012"), (136, b"14777054044"), (257, b"ustar\x0000")):
        block[start:start + len(field)] = field
    block[148:156] = b"%06o\x00 " % (256 + sum(block[:148]) + sum(block[156:]))
    ours = plain_header(bytes(block))
    assert ours is not None
    with tarfile.open(fileobj=io.BytesIO(bytes(block) + bytes(1024)), mode="r:") as tar:
        theirs = tar.next()
    assert theirs is not None and (ours.name, ours.type, ours.size) == (theirs.name, theirs.type, theirs.size)


def pax_member(records: bytes, name: str = "Takeout/clip.mp3", data: bytes = b"x" * 700,
               kind: bytes = tarfile.REGTYPE) -> bytes:
    """A pax header holding ``records`` (as written, valid or not), then a plain header and its data."""
    head = tarfile.TarInfo("././@PaxHeader")
    head.type, head.size = tarfile.XHDTYPE, len(records)
    padded = records + bytes(-len(records) % 512)
    info, _data = member(name, data if kind == tarfile.REGTYPE else b"", kind)
    body = info.tobuf(tarfile.USTAR_FORMAT) + data + bytes(-len(data) % 512) if kind == tarfile.REGTYPE \
        else info.tobuf(tarfile.USTAR_FORMAT)
    return head.tobuf(tarfile.USTAR_FORMAT) + padded + body


def record(keyword: str, value: str, slack: int = 0) -> bytes:
    """One pax record, its length field off by ``slack`` if asked."""
    text = f" {keyword}={value}\n".encode("utf-8", "surrogateescape")
    length = len(text) + len(str(len(text)))
    length += len(str(length)) - len(str(len(text)))
    return f"{length + slack}".encode() + text


def outcome(read: object, raw: bytes) -> object:
    try:
        return read(raw)  # type: ignore[operator]
    except (tarfile.TarError, ValueError) as exc:  # tarfile lets a ValueError out of some sparse records
        return type(exc)


def test_pax_headers_are_read_as_tarfile_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of pax headers, well-formed or not (names with other scripts and trailing slashes, numbers in
    odd forms, character-set and sparse records, lengths off by one, a missing newline): the walk's members equal
    ``tarfile``'s, or both fail alike. Most are read by the walk itself."""
    from core.source import tarwalk

    taken = [0]
    after_pax = tarwalk._after_pax

    def counted(*args: object) -> object:
        found = after_pax(*args)  # type: ignore[arg-type]
        taken[0] += found[0] is not None
        return found

    monkeypatch.setattr(tarwalk, "_after_pax", counted)
    rng = random.Random(6122026)
    values = {"path": ["Takeout/Meine Aktivitäten/Aufnahme ä.mp3", "Takeout/" + "lang/" * 40 + "x.mp3",
                       "Takeout/ordner/", "Takeout/日本語/音声.mp3", "Takeout/\udcff.mp3", "/abs/x.mp3", ""],
              "mtime": ["1709288100", "1709288100.25", "1e3", "-1", " 17", "", "1_0", "١٢"],
              "size": ["700", "0", "1400", "7_00", "+700", " 700", "x"], "uid": ["1000", "-1", "0x10"],
              "gid": ["1000", ""], "uname": ["jürgen", "root"], "gname": ["users"], "linkpath": ["../x"],
              "atime": ["1.5", "bad"], "comment": ["a=b c\nd"], "hdrcharset": ["BINARY"],
              "GNU.sparse.size": ["700"], "a b": ["c"]}
    for _ in range(1500):
        keys = rng.sample(sorted(values), rng.randint(1, 4))
        records = b"".join(record(k, rng.choice(values[k]), rng.choice([0] * 12 + [-1, 1])) for k in keys)
        if rng.random() < 0.05:
            records = records[:-1]
        kind = rng.choice([tarfile.REGTYPE] * 4 + [tarfile.DIRTYPE, tarfile.SYMTYPE])
        raw = pax_member(records, kind=kind) + archive([member("Takeout/next.mp3", b"n" * 10)])
        assert outcome(walked, raw) == outcome(by_tarfile, raw), records
    assert taken[0] > 200  # of 1,500: the rest have a record tarfile must judge


def test_a_tgz_that_turns_from_plain_to_pax_halfway_lists_and_hashes_every_member(tmp_path: Path) -> None:
    """Through the real read-ahead: the header put back at the hand-over is read again by tarfile."""
    raw = archive(MIXED)
    path = tmp_path / "takeout-20240301T101500Z-001.tgz"
    path.write_bytes(gzip.compress(raw, mtime=0))
    budgets = Budgets()
    found, shared = list_tar_gz(str(path), path.name, path.stat().st_size,
                                ContainerWatch(str(path), path.stat().st_size, path.stat().st_mtime_ns), budgets,
                                Tally(budgets, path.stat().st_size), _Sink(), lambda: False)
    try:
        files = {m.path.removeprefix(path.name + "/"): (h.sha256, h.opener().read()) for m, h in found}
    finally:
        shared.close()
    expected = {info.name: data for info, data in MIXED if info.isreg()}
    assert files == {name: (hashlib.sha256(data).hexdigest(), data) for name, data in expected.items()}


def test_a_damaged_tgz_is_still_one_sentence_when_the_walk_meets_it(tmp_path: Path) -> None:
    raw = archive(MIXED[:3], tarfile.USTAR_FORMAT)
    path = tmp_path / "takeout-20240301T101500Z-001.tgz"
    path.write_bytes(gzip.compress(raw[:2560 + 400], mtime=0))
    budgets = Budgets()
    with pytest.raises(ExportDamaged):
        list_tar_gz(str(path), path.name, path.stat().st_size,
                    ContainerWatch(str(path), path.stat().st_size, path.stat().st_mtime_ns), budgets,
                    Tally(budgets, path.stat().st_size), _Sink(), lambda: False)


class _Sink:
    def add(self, *args: object) -> None:
        return None
