"""Hostile or broken archives are refused with one typed error before heavy work (reliability §8.1)."""

from __future__ import annotations

import os
import time
import zipfile
import zlib

import pytest

from core.errors import (
    EncryptedExport,
    ExportDamaged,
    ExportTooLarge,
    NotAZip,
    SplitArchive,
    UnreadableNames,
    UnsupportedArchive,
    ZipBomb,
)
from core.source.archive import ExportSource
from core.source.budget import Budgets
from tests.core.source.builders import (
    RawEntry,
    deflated_entry,
    eocd_only,
    full_overlap_bomb,
    overlap_with_directory,
    plain_zip,
    quoted_overlap_bomb,
    raw_zip,
)


def refused(path, error, **kw):
    with pytest.raises(error) as info:
        ExportSource.open([path], **kw)
    message = str(info.value)
    assert message.endswith((".", "…")) and "\n" not in message and "Traceback" not in message
    return info.value


def write(tmp_path, data: bytes, name: str = "export.zip"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_not_a_zip(tmp_path) -> None:
    err = refused(write(tmp_path, os.urandom(5000)), NotAZip)
    assert str(err) == "This file is not a ZIP archive."
    refused(write(tmp_path, b"%PDF-1.7\n" + b"x" * 3000, "renamed.zip"), NotAZip)


def test_empty_file(tmp_path) -> None:
    assert "empty" in str(refused(write(tmp_path, b""), NotAZip))


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.99, "in-cd", "in-eocd"])
def test_truncated_download(tmp_path, cut) -> None:
    good = plain_zip(tmp_path / "good.zip", {f"f{i}.csv": os.urandom(2000) for i in range(20)})
    data = good.read_bytes()
    cd = data.rfind(b"PK\x01\x02")
    eocd = data.rfind(b"PK\x05\x06")
    at = {"in-cd": cd + 20, "in-eocd": eocd + 10}.get(cut) if isinstance(cut, str) else int(len(data) * cut)
    err = refused(write(tmp_path, data[:at]), ExportDamaged)
    assert str(err) == "The download is incomplete or damaged — download it again."


def test_broken_directory_magic_is_damaged(tmp_path) -> None:
    data = bytearray(plain_zip(tmp_path / "g.zip", {"a.txt": b"a", "b.txt": b"b"}).read_bytes())
    data[data.find(b"PK\x01\x02")] = ord("X")
    refused(write(tmp_path, bytes(data)), ExportDamaged)


def test_eocd_count_lie_is_damaged(tmp_path) -> None:
    data = raw_zip([RawEntry(b"a.txt", b"a")], eocd_entries=65535)
    refused(write(tmp_path, data), ExportDamaged)


def test_million_entries_refused_quickly(tmp_path) -> None:
    path = write(tmp_path, eocd_only(1_000_000, 1_000_000 * 50, zip64=True))
    start = time.perf_counter()
    err = refused(path, ExportTooLarge)
    assert time.perf_counter() - start < 1.0
    assert "1,000,000" in str(err)


def test_billion_entries_and_huge_directory(tmp_path) -> None:
    refused(write(tmp_path, eocd_only(10**9, 10**9 * 46, zip64=True)), ExportTooLarge)
    refused(write(tmp_path, eocd_only(1000, 4 << 30, zip64=True), "b.zip"), ExportTooLarge)
    refused(write(tmp_path, eocd_only(60_000, 60_000 * 46), "c.zip"), ExportTooLarge, budgets=Budgets(max_entries=1000))


def test_full_overlap_bomb(tmp_path) -> None:
    err = refused(write(tmp_path, full_overlap_bomb(50, 1 << 20)), ZipBomb)
    assert str(err).startswith("This archive looks like a zip bomb:")
    assert "share" in str(err)


def test_quoted_overlap_bomb(tmp_path) -> None:
    refused(write(tmp_path, quoted_overlap_bomb()), ZipBomb)


def test_overlap_with_central_directory(tmp_path) -> None:
    refused(write(tmp_path, overlap_with_directory()), ZipBomb)


def test_high_ratio_bomb(tmp_path) -> None:
    zeros = b"\0" * (8 << 20)
    err = refused(write(tmp_path, raw_zip([deflated_entry(b"big.csv", zeros)])), ZipBomb)
    assert "times" in str(err)


def test_ratio_warning_is_a_note(tmp_path) -> None:
    text = (b"0123456789" * 7 + b"\n") * 40_000  # ~2.8 MB, ratio between 200 and 1000
    entry = deflated_entry(b"rows.csv", text)
    assert 200 < len(text) / len(entry.data) < 1000
    with ExportSource.open([write(tmp_path, raw_zip([entry]))]) as source:
        assert any("expands" in n.message for n in source.notes)
        assert source.read_bytes("export.zip/rows.csv") == text


def test_huge_declared_size_with_tiny_data_is_a_bomb(tmp_path) -> None:
    entry = RawEntry(b"huge.bin", b"x" * 100, size=5 << 30, compress_size=100)
    refused(write(tmp_path, raw_zip([entry])), ZipBomb)


def test_member_over_size_budget_is_listed_but_skipped(tmp_path) -> None:
    from core.errors import MemberUnreadable

    data = raw_zip([RawEntry(b"video.mp4", os.urandom(5000)), RawEntry(b"a.csv", b"1")])
    with ExportSource.open([write(tmp_path, data)], budgets=Budgets(max_member_size=4000)) as source:
        assert {m.path for m in source.members} == {"export.zip/video.mp4", "export.zip/a.csv"}
        assert any("too large" in n.message for n in source.notes)
        with pytest.raises(MemberUnreadable) as info:
            source.read_bytes("export.zip/video.mp4")
        assert "larger than" in str(info.value)
        assert source.read_bytes("export.zip/a.csv") == b"1"


def test_total_budget(tmp_path) -> None:
    data = raw_zip([RawEntry(f"{i}.bin".encode(), b"x" * 1000) for i in range(20)])
    refused(write(tmp_path, data), ExportTooLarge, budgets=Budgets(max_total_size=10_000, expansion=0))
    with ExportSource.open([tmp_path / "export.zip"], budgets=Budgets(max_total_size=10_000)):
        pass  # 20 kB declared is within 200 x the file's size on disk


@pytest.mark.parametrize("flags,method", [(0x1, 8), (0x41, 8), (0x1, 99), (0, 99)])
def test_encrypted_members(tmp_path, flags, method) -> None:
    entries = [deflated_entry(b"ok.txt", b"fine"), RawEntry(b"secret.csv", b"\x12" * 40, method=method, flags=flags)]
    err = refused(write(tmp_path, raw_zip(entries)), EncryptedExport)
    assert str(err) == "Password-protected files are not part of a genuine export."


def test_real_zipcrypto_archive(tmp_path) -> None:
    import shutil
    import subprocess

    if not shutil.which("zip"):
        pytest.skip("Info-ZIP zip not installed")
    (tmp_path / "a.txt").write_text("secret")
    subprocess.run(["zip", "-q", "-P", "pw", "enc.zip", "a.txt"], cwd=tmp_path, check=True)
    refused(tmp_path / "enc.zip", EncryptedExport)


@pytest.mark.parametrize("method,word", [(98, "PPMd"), (93, "Zstandard"), (6, "Implode")])
def test_unsupported_method(tmp_path, method, word) -> None:
    err = refused(write(tmp_path, raw_zip([RawEntry(b"a.csv", b"zz", method=method)])), UnsupportedArchive)
    assert word in str(err)


def test_patched_data_flag(tmp_path) -> None:
    refused(write(tmp_path, raw_zip([RawEntry(b"a.csv", b"zz", flags=0x20)])), UnsupportedArchive)


def test_invalid_utf8_name_with_bit_11(tmp_path) -> None:
    err = refused(write(tmp_path, raw_zip([RawEntry(b"bad\xff\xfe.csv", b"x", flags=0x800)])), UnreadableNames)
    assert "names" in str(err)


def test_split_archive(tmp_path) -> None:
    import shutil
    import subprocess

    if not shutil.which("zip"):
        pytest.skip("Info-ZIP zip not installed")
    (tmp_path / "big.bin").write_bytes(os.urandom(150_000))
    subprocess.run(["zip", "-q", "-s", "64k", "split.zip", "big.bin"], cwd=tmp_path, check=True)
    assert (tmp_path / "split.z01").exists()
    err = refused(tmp_path / "split.zip", SplitArchive)
    assert "join the parts" in str(err)
    refused(tmp_path / "split.z01", SplitArchive)


def test_split_signature_and_7z_volume_name(tmp_path) -> None:
    refused(write(tmp_path, b"PK\x07\x08" + b"\0" * 100), SplitArchive)
    refused(write(tmp_path, b"PK\x03\x04" + b"\0" * 100, "export.zip.001"), SplitArchive)


def test_bad_crc_stays_member_level(tmp_path) -> None:
    """Z21: a damaged member is reported for that member only; the others read."""
    from core.errors import MemberUnreadable

    good = b"good data " * 100
    bad = RawEntry(b"bad.csv", b"bad data " * 100, crc=zlib.crc32(b"something else"))
    path = write(tmp_path, raw_zip([RawEntry(b"good.csv", good), bad]))
    with ExportSource.open([path]) as source:
        assert source.read_bytes("export.zip/good.csv") == good
        with pytest.raises(MemberUnreadable) as info:
            source.read_bytes("export.zip/bad.csv")
        assert info.value.member == "export.zip/bad.csv"
        assert "damaged" in str(info.value)


def test_corrupt_deflate_member(tmp_path) -> None:
    from core.errors import MemberUnreadable

    content = os.urandom(3000).hex().encode()
    entry = deflated_entry(b"data.json", content)
    entry.data = entry.data[:20] + bytes(b ^ 0x5A for b in entry.data[20:36]) + entry.data[36:]
    path = write(tmp_path, raw_zip([entry, deflated_entry(b"ok.json", b"{}")]))
    with ExportSource.open([path]) as source:
        with pytest.raises(MemberUnreadable):
            source.read_bytes("export.zip/data.json")
        assert source.read_bytes("export.zip/ok.json") == b"{}"


def test_zipfile_method_constants_unchanged() -> None:
    assert (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA) == (0, 8, 12, 14)


def test_end_record_understating_the_count(tmp_path) -> None:
    """EOCD says 1 entry but the directory holds 3,000: the directory walk still applies the entry budget."""
    data = raw_zip([RawEntry(f"{i}".encode(), b"") for i in range(3000)], eocd_entries=1)
    refused(write(tmp_path, data), ExportTooLarge, budgets=Budgets(max_entries=1000))


def test_cancel_during_open(tmp_path) -> None:
    from core.errors import ImportCancelled

    path = plain_zip(tmp_path / "e.zip", {"a.csv": b"1"})
    with pytest.raises(ImportCancelled):
        ExportSource.open([path], cancelled=lambda: True)
