"""Nested ZIPs one level deep; deeper archives are listed, never opened; folders are walked safely."""

from __future__ import annotations

import os
import tempfile
import zipfile

import pytest

from core.errors import EncryptedExport, ZipBomb
from core.source.archive import ExportSource
from core.source.budget import Budgets
from tests.core.source.builders import RawEntry, full_overlap_bomb, plain_zip, raw_zip, zip_bytes

INNER = {"Voice/1.wav": b"RIFF" + os.urandom(3000), "Voice/transcripts.csv": b"id,text\n1,hello\n" * 100}


def outer_with(tmp_path, inner: bytes, method=zipfile.ZIP_DEFLATED, name="Alexa.zip"):
    return plain_zip(tmp_path / "Outer.zip", {name: inner, "top.csv": b"a,b\n"}, method)


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA])
def test_nested_zip_members(tmp_path, method) -> None:
    with ExportSource.open([outer_with(tmp_path, zip_bytes(INNER), method)]) as source:
        paths = {m.path for m in source.members}
        assert paths == {"Outer.zip/top.csv", "Outer.zip/Alexa.zip/Voice/1.wav",
                         "Outer.zip/Alexa.zip/Voice/transcripts.csv"}
        for name, data in INNER.items():
            member = source.member(f"Outer.zip/Alexa.zip/{name}")
            assert member.container == "Outer.zip"
            assert source.read_bytes(member) == data


def test_large_compressed_nested_zip_is_spooled_privately_and_removed(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    budgets = Budgets(nested_in_memory=10)  # force the temporary-file path
    with ExportSource.open([outer_with(tmp_path, zip_bytes(INNER))], budgets=budgets) as source:
        (private,) = os.listdir(tmp_path / "tmp")
        assert os.stat(tmp_path / "tmp" / private).st_mode & 0o077 == 0
        if os.name != "nt":
            assert os.listdir(tmp_path / "tmp" / private) == []  # anonymous file, already unlinked
        assert source.read_bytes("Outer.zip/Alexa.zip/Voice/1.wav") == INNER["Voice/1.wav"]
    assert os.listdir(tmp_path / "tmp") == []


def test_second_level_is_listed_not_opened(tmp_path) -> None:
    level2 = zip_bytes({"deep.csv": b"x"})
    level1 = zip_bytes({"Inner.zip": level2, "a.csv": b"1"})
    with ExportSource.open([outer_with(tmp_path, level1)]) as source:
        paths = {m.path for m in source.members}
        assert "Outer.zip/Alexa.zip/Inner.zip" in paths and "Outer.zip/Alexa.zip/Inner.zip/deep.csv" not in paths
        assert any("more than one level" in n.message for n in source.notes)
        assert source.read_bytes("Outer.zip/Alexa.zip/Inner.zip") == level2


def test_damaged_nested_zip_is_a_plain_member(tmp_path) -> None:
    with ExportSource.open([outer_with(tmp_path, b"not a zip at all" * 10)]) as source:
        assert "Outer.zip/Alexa.zip" in {m.path for m in source.members}
        assert any("cannot be opened" in n.message for n in source.notes)


def test_bomb_inside_is_refused(tmp_path) -> None:
    with pytest.raises(ZipBomb):
        ExportSource.open([outer_with(tmp_path, full_overlap_bomb(20, 1 << 20), zipfile.ZIP_STORED)])


def test_encrypted_inside_is_refused(tmp_path) -> None:
    inner = raw_zip([RawEntry(b"a.csv", b"\x01" * 20, flags=1)])
    with pytest.raises(EncryptedExport):
        ExportSource.open([outer_with(tmp_path, inner)])


def test_nested_sizes_count_against_the_export_budget(tmp_path) -> None:
    from core.errors import ExportTooLarge

    inner = zip_bytes({f"{i}.bin": b"\1" * 1000 for i in range(30)}, zipfile.ZIP_STORED)
    with pytest.raises(ExportTooLarge):
        ExportSource.open([outer_with(tmp_path, inner, zipfile.ZIP_STORED)],
                          budgets=Budgets(max_total_size=40_000, expansion=0))


def test_folder_export_with_zip_and_links(tmp_path) -> None:
    root = tmp_path / "export"
    (root / "Retail").mkdir(parents=True)
    (root / "Retail" / "orders.csv").write_bytes(b"a,b\n1,2\n")
    plain_zip(root / "Alexa.zip", INNER)
    outside = tmp_path / "secret.txt"
    outside.write_text("outside the export")
    try:
        os.symlink(outside, root / "link.txt")
        os.symlink(tmp_path, root / "linkdir")
    except OSError:
        pytest.skip("symlinks need extra rights on this system")
    with ExportSource.open([root]) as source:
        paths = {m.path for m in source.members}
        assert paths == {"Retail/orders.csv", "Alexa.zip/Voice/1.wav", "Alexa.zip/Voice/transcripts.csv"}
        assert {f.name for f in source.files} == {"Retail/orders.csv", "Alexa.zip"}
        assert all(len(f.sha256) == 64 for f in source.files)
        assert source.read_bytes("Retail/orders.csv") == b"a,b\n1,2\n"
        notes = {n.member for n in source.notes}
        assert {"link.txt", "linkdir"} <= notes


def test_folder_file_changed_after_open(tmp_path) -> None:
    from core.errors import ExportVanished

    root = tmp_path / "export"
    root.mkdir()
    (root / "a.csv").write_bytes(b"1234567890")
    with ExportSource.open([root]) as source:
        (root / "a.csv").write_bytes(b"12345")
        with pytest.raises(ExportVanished):
            source.read_bytes("a.csv")


def test_missing_path(tmp_path) -> None:
    from core.errors import ExportUnreadable

    with pytest.raises(ExportUnreadable) as info:
        ExportSource.open([tmp_path / "gone.zip"])
    assert str(info.value) == "Dossier cannot find “gone.zip” — check that it is still there."


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="POSIX only")
def test_folder_file_swapped_for_a_link_is_not_followed(tmp_path) -> None:
    from core.errors import DossierError

    root = tmp_path / "export"
    root.mkdir()
    (root / "a.csv").write_bytes(b"1234")
    secret = tmp_path / "secret"
    secret.write_bytes(b"SECRET")
    with ExportSource.open([root]) as source:
        (root / "a.csv").unlink()
        os.symlink(secret, root / "a.csv")
        with pytest.raises(DossierError):
            source.read_bytes("a.csv")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_fifo_in_folder_is_skipped_not_opened(tmp_path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    (root / "a.csv").write_bytes(b"1")
    os.mkfifo(root / "pipe.csv")  # opening it for reading would block forever
    with ExportSource.open([root]) as source:
        assert [m.path for m in source.members] == ["a.csv"]
        assert any(n.member == "pipe.csv" for n in source.notes)


def test_damaged_zip_in_folder_is_a_note_not_a_refusal(tmp_path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    (root / "broken.zip").write_bytes(b"PK\x03\x04 truncated download")
    (root / "a.csv").write_bytes(b"1")
    with ExportSource.open([root]) as source:
        assert {m.path for m in source.members} == {"broken.zip", "a.csv"}
        assert any(n.member == "broken.zip" and "cannot be opened" in n.message for n in source.notes)


def test_bomb_in_folder_is_still_refused(tmp_path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    (root / "bomb.zip").write_bytes(full_overlap_bomb(10, 1 << 20))
    with pytest.raises(ZipBomb):
        ExportSource.open([root])
