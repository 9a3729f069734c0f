"""Members of well-formed archives read correctly, through every supported method and layout."""

from __future__ import annotations

import io
import os
import subprocess
import zipfile

import pytest

from core.errors import MemberUnreadable
from core.source.archive import ExportSource, Member
from tests.core.source.builders import RawEntry, deflate64_zip, plain_zip, raw_zip, seven_zip, zip_bytes

PAYLOAD = {"Retail.OrderHistory.1/Retail.OrderHistory.1.csv": b'\xef\xbb\xbf"Website","Order ID"\n' * 500,
           "Alexa/Voice/1.wav": b"RIFF" + os.urandom(5000), "empty.txt": b""}


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_methods(tmp_path, method) -> None:
    path = plain_zip(tmp_path / "e.zip", PAYLOAD, method)
    with ExportSource.open([path]) as source:
        assert sorted(m.path for m in source.members) == sorted(f"e.zip/{k}" for k in PAYLOAD)
        for name, data in PAYLOAD.items():
            assert source.read_bytes(f"e.zip/{name}") == data
            assert b"".join(source.iter_chunks(f"e.zip/{name}", 777)) == data
            assert source.read_bytes(f"e.zip/{name}", limit=10) == data[:10]


def test_export_identity(tmp_path) -> None:
    import hashlib

    path = plain_zip(tmp_path / "e.zip", PAYLOAD)
    seen: list[float] = []
    with ExportSource.open([path], progress=lambda f, m: seen.append(f)) as source:
        (f,) = source.files
        assert f.name == "e.zip" and f.size == path.stat().st_size
        assert f.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert abs(f.mtime - path.stat().st_mtime) < 1e-3
    assert seen[-1] == 1.0 and all(0 <= x <= 1 for x in seen)


def test_hash_files_off(tmp_path) -> None:
    with ExportSource.open([plain_zip(tmp_path / "e.zip", PAYLOAD)], hash_files=False) as source:
        assert source.files[0].sha256 == ""


def test_member_fields_and_lookup(tmp_path) -> None:
    path = plain_zip(tmp_path / "e.zip", PAYLOAD)
    with ExportSource.open([path]) as source:
        m = source.member("e.zip/Alexa/Voice/1.wav")
        assert isinstance(m, Member) and m.name == "1.wav" and m.suffix == ".wav" and m.container == "e.zip"
        assert m.size == len(PAYLOAD["Alexa/Voice/1.wav"]) and m.crc32 is not None and m.modified is not None
        with source.open_member(m) as stream:
            assert stream.read(4) == b"RIFF"
            stream.seek(0)
            assert stream.read() == PAYLOAD["Alexa/Voice/1.wav"]
        with pytest.raises(KeyError):
            source.member("e.zip/nope")
        with pytest.raises(MemberUnreadable):
            source.open_member("e.zip/nope")


def test_stream_works_with_text_wrappers(tmp_path) -> None:
    import csv

    path = plain_zip(tmp_path / "e.zip", {"a.csv": "x,y\n1,é\n".encode()})
    with ExportSource.open([path]) as source, source.open_member("e.zip/a.csv") as stream:
        rows = list(csv.reader(io.TextIOWrapper(stream, encoding="utf-8", newline="")))
    assert rows == [["x", "y"], ["1", "é"]]


def test_zip64_and_data_descriptors(tmp_path) -> None:
    path = tmp_path / "z64.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in PAYLOAD.items():
            with z.open(name, "w", force_zip64=True) as f:
                f.write(data)
    with ExportSource.open([path]) as source:
        for name, data in PAYLOAD.items():
            assert source.read_bytes(f"z64.zip/{name}") == data


def test_streamed_zip_with_data_descriptors(tmp_path) -> None:
    """Info-ZIP writing to a pipe sets flag bit 3 and writes sizes after the data."""
    import shutil

    if not shutil.which("zip"):
        pytest.skip("zip not installed")
    (tmp_path / "in.txt").write_bytes(b"streamed " * 1000)
    piped = subprocess.run(["zip", "-q", "-", "in.txt"], cwd=tmp_path, stdout=subprocess.PIPE, check=True)
    (tmp_path / "piped.zip").write_bytes(piped.stdout)
    with zipfile.ZipFile(tmp_path / "piped.zip") as z:
        assert z.infolist()[0].flag_bits & 0x8
    with ExportSource.open([tmp_path / "piped.zip"]) as source:
        assert source.read_bytes("piped.zip/in.txt") == b"streamed " * 1000


def test_prefix_and_trailing_junk(tmp_path) -> None:
    body = zip_bytes(PAYLOAD)
    path = tmp_path / "sfx.zip"
    path.write_bytes(os.urandom(1024) + body + b"\0" * 1024)
    with ExportSource.open([path]) as source:
        assert source.read_bytes("sfx.zip/Alexa/Voice/1.wav") == PAYLOAD["Alexa/Voice/1.wav"]
        messages = " ".join(n.message for n in source.notes)
        assert "starts with 1,024 bytes" in messages and "ends with 1,024 bytes" in messages


def test_several_zips_form_one_export(tmp_path) -> None:
    a = plain_zip(tmp_path / "a" / "Export.zip" if (tmp_path / "a").mkdir() is None else None, {"x.csv": b"1"})
    b = plain_zip(tmp_path / "b.zip", {"y.csv": b"2"})
    with ExportSource.open([a, b]) as source:
        assert [m.path for m in source.members] == ["Export.zip/x.csv", "b.zip/y.csv"]
        assert [f.name for f in source.files] == ["Export.zip", "b.zip"]


@pytest.mark.skipif(seven_zip() is None, reason="7z not installed")
def test_deflate64_from_7zip(tmp_path) -> None:
    src = tmp_path / "src"
    (src / "Alexa").mkdir(parents=True)
    files = {"Alexa/a.csv": b"some,row,data\n" * 50_000, "Alexa/b.bin": os.urandom(200_000)}
    for name, data in files.items():
        (src / name).write_bytes(data)
    path = deflate64_zip(tmp_path / "d64.zip", src)
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("Alexa/a.csv").compress_type == 9
    with ExportSource.open([path]) as source:
        for name, data in files.items():
            assert source.read_bytes(f"d64.zip/{name}") == data
            assert b"".join(source.iter_chunks(f"d64.zip/{name}")) == data


@pytest.mark.skipif(seven_zip() is None, reason="7z not installed")
def test_corrupt_deflate64_member(tmp_path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.csv").write_bytes(b"".join(b"%d,row\n" % i for i in range(100_000)))
    path = deflate64_zip(tmp_path / "d64.zip", src)
    data = bytearray(path.read_bytes())
    for i in range(400, 416):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    with ExportSource.open([path]) as source, pytest.raises(MemberUnreadable):
        source.read_bytes("d64.zip/a.csv")


def test_size_lie_never_exceeds_declared(tmp_path) -> None:
    content = b"A" * 10_000
    path = tmp_path / "lie.zip"
    path.write_bytes(raw_zip([RawEntry(b"a.txt", content, size=100)]))  # stored: packed 10k, declares 100
    with ExportSource.open([path]) as source:
        assert any("sizes differ" in n.message for n in source.notes)
        with source.open_member("lie.zip/a.txt") as stream:
            got = b""
            with pytest.raises(MemberUnreadable):
                while chunk := stream.read(30):
                    got += chunk
            assert len(got) <= 100


def test_cancel_while_hashing(tmp_path) -> None:
    from core.errors import ImportCancelled

    big = tmp_path / "big.zip"
    plain_zip(big, {"a.bin": os.urandom(8 << 20)}, zipfile.ZIP_STORED)
    calls = {"n": 0}

    def cancel_later() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(ImportCancelled):
        ExportSource.open([big], cancelled=cancel_later)


def test_export_vanishing_while_hashing(tmp_path, monkeypatch) -> None:
    from core.errors import ExportVanished
    from core.source import exporthash

    path = plain_zip(tmp_path / "e.zip", {"a.csv": b"1"})

    def shrink_then_open(p, mode):  # the hash job's open: the file shrinks as it begins to be hashed
        os.truncate(p, 10)
        return open(p, mode)

    monkeypatch.setattr(exporthash, "open", shrink_then_open, raising=False)
    with pytest.raises(ExportVanished):
        ExportSource.open([path])


def test_export_file_paths_are_absolute(tmp_path, monkeypatch) -> None:
    plain_zip(tmp_path / "e.zip", {"a.csv": b"1"})
    monkeypatch.chdir(tmp_path)
    with ExportSource.open(["e.zip"]) as source:
        assert os.path.isabs(source.files[0].path) and source.files[0].path.endswith("e.zip")


def test_two_inputs_with_the_same_name(tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = plain_zip(tmp_path / "a" / "export.zip", {"x.csv": b"1"})
    two = plain_zip(tmp_path / "b" / "export.zip", {"x.csv": b"2"})
    with ExportSource.open([one, two]) as source:
        assert [f.name for f in source.files] == ["export.zip", "export.zip (2)"]
        assert source.read_bytes("export.zip/x.csv") == b"1"
        assert source.read_bytes("export.zip (2)/x.csv") == b"2"


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2])
def test_seek_and_tell(tmp_path, method) -> None:
    data = os.urandom(300_000)
    path = plain_zip(tmp_path / "s.zip", {"a.bin": data}, method)
    with ExportSource.open([path]) as source, source.open_member("s.zip/a.bin") as s:
        assert s.seek(1000) == 1000 and s.read(10) == data[1000:1010] and s.tell() == 1010
        assert s.seek(-20, io.SEEK_END) == len(data) - 20 and s.read() == data[-20:]
        assert s.seek(5) == 5 and s.read(5) == data[5:10]
        assert s.seek(100, io.SEEK_CUR) == 110 and s.read(3) == data[110:113]


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA])
def test_lines(tmp_path, method) -> None:
    text = b"".join(b"row %d,value\n" % i for i in range(5000)) + b"last line without newline"
    path = plain_zip(tmp_path / "l.zip", {"a.csv": text}, method)
    with ExportSource.open([path]) as source:
        with source.open_member("l.zip/a.csv") as stream:
            lines = list(stream)
        assert b"".join(lines) == text and len(lines) == 5001
        with source.open_member("l.zip/a.csv") as stream:
            assert stream.readline(3) == b"row" and stream.readline() == b" 0,value\n"
            assert stream.tell() == 12
