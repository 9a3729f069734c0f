"""Complexity guards for the Takeout import: counted work, never timed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import core.audio.decode
from core.source.archive import ExportSource
from core.vendors import google, parse_export
from tests.core.vendors.google import synth


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counted: Counter[str] = Counter()
    real_open = ExportSource.open_member

    def open_member(self: ExportSource, member: object):  # type: ignore[no-untyped-def]
        counted[getattr(member, "path", member)] += 1  # type: ignore[index]
        return real_open(self, member)  # type: ignore[arg-type]

    monkeypatch.setattr(ExportSource, "open_member", open_member)
    return counted


def test_import_reads_each_data_file_once_and_no_clip(trees, tmp_path: Path, opens: Counter[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def no_decoding(*args: object, **kwargs: object) -> None:
        raise AssertionError("audio decoded at import")

    monkeypatch.setattr(core.audio.decode, "decode_pcm", no_decoding)
    parts = synth.write_split(trees["en-json"], tmp_path)
    with ExportSource.open(parts) as source:
        assert google.detect(source) > 0.9
        detected_reads = sum(opens.values())
        export = parse_export(source)
    assert detected_reads == 0  # detection looks at names only
    assert len(export.recordings) == 5 and export.recordings["audio_member"].notna().sum() == 4
    assert not [m for m in opens if m.endswith(".mp3")]  # clips are hashed later, never read by the parser
    assert max(opens.values()) == 1
