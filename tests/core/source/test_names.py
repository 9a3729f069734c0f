"""Odd names, links and duplicates are labels plus notes; nothing touches the file system."""

from __future__ import annotations

import os
import unicodedata

import pytest

from core.source.archive import ExportSource
from core.source.budget import Budgets
from tests.core.source.builders import S_IFLNK, RawEntry, raw_zip


def open_raw(tmp_path, entries, **kw):
    path = tmp_path / "e.zip"
    path.write_bytes(raw_zip(entries))
    return ExportSource.open([path], **kw)


def notes_text(source) -> str:
    return "\n".join(f"{n.member}: {n.message}" for n in source.notes)


@pytest.mark.parametrize("name,reason", [
    (b"../../evil.csv", "outside"), (b"a/../../x.csv", "outside"), (b"/etc/passwd", "absolute"),
    (b"C:/Windows/x.csv", "drive letter"), (b"\\\\server\\share\\x", "absolute"), (b"..\\x.csv", "outside"),
    (b"dir\\file.csv", "backslashes"), (b"evil.csv\x00.txt", "NUL"), (b"bell\x07.csv", "control"),
    (b"NUL.csv", "device"), (b"trailing. ", "dot or space"), (b"x" * 2000, "long"),
    ("r\u202etxt.exe".encode(), "control"),
])
def test_odd_names_are_notes_and_labels_only(tmp_path, name, reason) -> None:
    flags = 0x800 if any(b > 127 for b in name) else 0
    path = tmp_path / "e.zip"
    path.write_bytes(raw_zip([RawEntry(name, b"data", flags=flags), RawEntry(b"ok.csv", b"fine")]))
    before = sorted(os.walk(tmp_path))
    with ExportSource.open([path]) as source:
        assert reason in notes_text(source)
        (odd,) = [m for m in source.members if m.path != "e.zip/ok.csv"]
        assert odd.path.startswith("e.zip/")
        assert source.read_bytes(odd) == b"data"
    assert sorted(os.walk(tmp_path)) == before


def test_nul_name_is_cut_like_zipfile_and_escaped_in_notes(tmp_path) -> None:
    with open_raw(tmp_path, [RawEntry(b"evil.csv\x00.txt", b"x")]) as source:
        assert [m.path for m in source.members] == ["e.zip/evil.csv"]
        assert "\\x00" in notes_text(source) and "\x00" not in notes_text(source)


def test_backslash_names_become_slash_labels(tmp_path) -> None:
    with open_raw(tmp_path, [RawEntry(b"Alexa\\Voice\\1.wav", b"RIFF")]) as source:
        assert source.members[0].path == "e.zip/Alexa/Voice/1.wav"


def test_symlink_entry_is_skipped_never_followed(tmp_path) -> None:
    link = RawEntry(b"passwd", b"/etc/passwd", external_attr=(S_IFLNK | 0o777) << 16)
    with open_raw(tmp_path, [link, RawEntry(b"ok.csv", b"1")]) as source:
        assert [m.path for m in source.members] == ["e.zip/ok.csv"]
        assert "link" in notes_text(source)


def test_windows_made_entry_with_link_bits_is_data(tmp_path) -> None:
    entry = RawEntry(b"a.csv", b"1", external_attr=(S_IFLNK | 0o777) << 16, create_system=0)
    with open_raw(tmp_path, [entry]) as source:
        assert source.read_bytes("e.zip/a.csv") == b"1"


def test_exact_duplicates_keep_both_and_note(tmp_path) -> None:
    with open_raw(tmp_path, [RawEntry(b"a.csv", b"first"), RawEntry(b"a.csv", b"second, longer")]) as source:
        first, second = source.members
        assert first.path == second.path == "e.zip/a.csv" and first.size != second.size
        assert source.read_bytes("e.zip/a.csv") == b"first"
        assert source.read_bytes(second) == b"second, longer"
        assert "2 files are all called" in notes_text(source)


def test_case_and_normalisation_duplicates(tmp_path) -> None:
    nfc, nfd = unicodedata.normalize("NFC", "café.csv"), unicodedata.normalize("NFD", "café.csv")
    entries = [RawEntry(b"Data.csv", b"1"), RawEntry(b"data.CSV", b"2"),
               RawEntry(nfc.encode(), b"3", flags=0x800), RawEntry(nfd.encode(), b"4", flags=0x800)]
    with open_raw(tmp_path, entries) as source:
        text = notes_text(source)
        assert text.count("differ only in letter case or accents") == 2


def test_local_name_mismatch_is_noted(tmp_path) -> None:
    with open_raw(tmp_path, [RawEntry(b"report.csv", b"1", local_name=b"other.exe")]) as source:
        assert "two different names" in notes_text(source)


def test_notes_are_capped_per_kind(tmp_path) -> None:
    entries = [RawEntry(f"../{i}.csv".encode(), b"x") for i in range(50)]
    with open_raw(tmp_path, entries, budgets=Budgets(max_notes_per_kind=5)) as source:
        assert len(source.notes) == 6
        assert "45 more" in source.notes[-1].message


def test_damaged_local_header_is_member_level(tmp_path) -> None:
    from core.errors import MemberUnreadable

    data = bytearray(raw_zip([RawEntry(b"a.csv", b"aaaa"), RawEntry(b"b.csv", b"bbbb")]))
    data[0:4] = b"XXXX"
    path = tmp_path / "e.zip"
    path.write_bytes(bytes(data))
    with ExportSource.open([path]) as source:
        assert "header is damaged" in notes_text(source)
        assert source.read_bytes("e.zip/b.csv") == b"bbbb"
        with pytest.raises(MemberUnreadable):
            source.read_bytes("e.zip/a.csv")
